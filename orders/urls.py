"""Order routes, each answered with and without its trailing slash.

The web client calls some actions as `orders/review/<id>/` and others as
`orders/review/<id>`; APPEND_SLASH is off for the API, so both spellings are
routed. Both appear in the OpenAPI schema, the one without slash marked
deprecated, with `_without_slash` after its operation id.
"""

from django.urls import path, re_path

from orders import views


def with_and_without_slash(route: str, view, name: str) -> list:
    return [
        path(f"{route}/", view.as_view(), name=name),
        path(route, view.as_view(), name=f"{name}-no-slash"),
    ]


ROUTES = [
    ("create", views.OrderCreateView, "order-create"),
    ("purchase-requests", views.PurchaseRequestsView, "order-purchase-requests"),
    ("seller", views.SellerOrdersView, "order-seller-list"),
    ("all", views.AllOrdersView, "order-all"),
    ("review/<int:order_id>", views.OrderReviewView, "order-review"),
    ("cancel/<int:order_id>", views.OrderCancelView, "order-cancel"),
    ("payment/<int:order_id>", views.OrderPaymentView, "order-payment"),
    ("shipped/<int:order_id>", views.OrderShippedView, "order-shipped"),
    ("complete/<int:order_id>", views.OrderCompleteView, "order-complete"),
    ("unviewed-orders", views.UnviewedOrdersView, "order-unviewed"),
    ("mark-viewed", views.MarkViewedView, "order-mark-viewed"),
    ("quote", views.QuoteView, "order-quote"),
    (
        "order-details/<int:order_id>",
        views.LegacySellerOrderDetailView,
        "order-seller-detail",
    ),
    ("<int:order_id>", views.OrderDetailView, "order-detail"),
]

urlpatterns = [
    *(
        pattern
        for route, view, name in ROUTES
        for pattern in with_and_without_slash(route, view, name)
    ),
    # The payment screen reads `error` from every failure, even a bad URL.
    re_path(
        r"^payment/",
        views.UnknownPaymentPathView.as_view(schema=None),
        name="order-payment-unknown",
    ),
]
