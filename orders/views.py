"""The orders API: each view parses, calls one service or selector, serializes.

The rules (who may do what, from which status) live in orders.services and
orders.transitions; a refusal is raised there and rendered by the project's
exception handler.
"""

from dataclasses import asdict

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from members.permissions import IsCollector
from members.serializers import MessageSerializer
from orders import openapi, selectors, services
from orders.payments import Card
from orders.schema import WholeBodyPatchSchema
from orders.serializers import (
    CardSerializer,
    MarkViewedResponseSerializer,
    MarkViewedSerializer,
    OrderConflictSerializer,
    OrderCreateSerializer,
    OrderDetailSerializer,
    OrderSerializer,
    PaymentErrorSerializer,
    PaymentResponseSerializer,
    QuoteQuerySerializer,
    QuoteSerializer,
    ReviewResponseSerializer,
    ReviewSerializer,
    ShipSerializer,
    UnviewedSerializer,
)
from project.errors import NotFound
from project.schema import ErrorSerializer
from project.serializers import EmptyBodySerializer

REVIEW_MESSAGES = {
    "accepted": "Order accepted: the buyer can now pay.",
    "cancelled": "Order rejected: the buyer has been told.",
}
WRONG_ROLE = OpenApiResponse(
    ErrorSerializer, "The caller is this order's other party: only one side may."
)
REFUSED_MOVE = OpenApiResponse(
    OrderConflictSerializer,
    "The order's status does not allow this move (`invalid_transition`, with "
    "`status`), or another request is changing it (`order_busy`).",
)


def order_body(order, request, serializer_class=OrderSerializer) -> dict:
    return serializer_class(order, context={"member": request.user}).data


def orders_body(orders, request) -> list:
    return selectors.orders_as_dicts(orders, request.user)


class OrderCreateView(APIView):
    permission_classes = [IsCollector]

    @extend_schema(
        operation_id="orders_create",
        summary="Ask to buy an artwork at the quoted price",
        request=OrderCreateSerializer,
        responses={
            201: OrderSerializer,
            400: OpenApiResponse(
                ErrorSerializer,
                "Invalid input, or the artwork is not for sale (`artwork_unavailable`).",
            ),
            409: OpenApiResponse(
                OrderConflictSerializer,
                "The price changed (`price_changed`, with the server's `quote`) or "
                "the caller already has an open order for it (`order_already_open`).",
            ),
        },
        examples=openapi.CREATE,
    )
    def post(self, request):
        serializer = OrderCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        order = services.order_create(buyer=request.user, **serializer.validated_data)
        return Response(order_body(order, request), status=status.HTTP_201_CREATED)


class PurchaseRequestsView(APIView):
    @extend_schema(
        operation_id="orders_purchase_requests",
        summary="The caller's orders as buyer, newest first",
        responses=OrderSerializer(many=True),
        examples=openapi.ORDER_LIST,
    )
    def get(self, request):
        return Response(orders_body(selectors.orders_bought_by(request.user), request))


class SellerOrdersView(APIView):
    @extend_schema(
        operation_id="orders_seller_list",
        summary="The caller's orders as seller, newest first",
        responses=OrderSerializer(many=True),
        examples=openapi.ORDER_LIST,
    )
    def get(self, request):
        return Response(orders_body(selectors.orders_sold_by(request.user), request))


class AllOrdersView(APIView):
    permission_classes = [IsAdminUser]

    @extend_schema(
        operation_id="orders_all",
        summary="Every order (staff only)",
        responses=OrderSerializer(many=True),
    )
    def get(self, request):
        return Response(orders_body(selectors.orders_for_display(), request))


class OrderDetailView(APIView):
    @extend_schema(
        operation_id="orders_retrieve",
        summary="One of the caller's orders with its history; marks it seen",
        responses=OrderDetailSerializer,
    )
    def get(self, request, order_id: int):
        order = services.order_open(order_id=order_id, member=request.user)
        return Response(order_body(order, request, OrderDetailSerializer))


class LegacySellerOrderDetailView(APIView):
    @extend_schema(
        operation_id="orders_seller_detail",
        summary="One of the caller's sales (kept for older clients)",
        description="Use `GET /api/orders/{order_id}/`, which serves both parties.",
        deprecated=True,
        responses={200: OrderSerializer, 403: WRONG_ROLE},
    )
    def get(self, request, order_id: int):
        order = selectors.order_sold_by(order_id, request.user)
        return Response(order_body(order, request))


class OrderReviewView(APIView):
    schema = WholeBodyPatchSchema()

    @extend_schema(
        operation_id="orders_review",
        summary="The seller accepts or turns down a pending order",
        request=ReviewSerializer,
        responses={
            200: ReviewResponseSerializer,
            403: WRONG_ROLE,
            409: OpenApiResponse(
                OrderConflictSerializer,
                "The order is not pending (`invalid_transition`), every unit is "
                "already held by an accepted order (`no_stock_available`), or the "
                "artwork was withdrawn from sale (`artwork_withdrawn`).",
            ),
        },
        examples=openapi.REVIEW,
    )
    def patch(self, request, order_id: int):
        serializer = ReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        order = services.order_review(
            order_id=order_id,
            seller=request.user,
            decision=serializer.validated_data["action"],
        )
        return Response(
            {"message": REVIEW_MESSAGES[order.status], "status": order.status}
        )


class OrderCancelView(APIView):
    schema = WholeBodyPatchSchema()

    @extend_schema(
        operation_id="orders_cancel",
        summary="The buyer withdraws an unpaid order",
        request=EmptyBodySerializer,
        responses={200: OrderSerializer, 403: WRONG_ROLE, 409: REFUSED_MOVE},
        examples=openapi.CANCEL,
    )
    def patch(self, request, order_id: int):
        EmptyBodySerializer(data=request.data).is_valid(raise_exception=True)
        order = services.order_cancel(order_id=order_id, buyer=request.user)
        return Response(order_body(order, request))


class OrderPaymentView(APIView):
    schema = WholeBodyPatchSchema()
    # The payment screen of the web client shows `error`.
    error_detail_aliases = ("error",)

    @extend_schema(
        operation_id="orders_pay",
        summary="The buyer pays for an accepted order",
        description=(
            "Takes one unit of stock. The card fields go to the payment provider "
            "and are never stored or logged. Every error repeats `detail` as `error`."
        ),
        request=CardSerializer,
        responses={
            200: PaymentResponseSerializer,
            400: OpenApiResponse(PaymentErrorSerializer, "Invalid card fields."),
            402: OpenApiResponse(PaymentErrorSerializer, "The payment was declined."),
            403: OpenApiResponse(PaymentErrorSerializer, "The caller is the seller."),
            404: OpenApiResponse(PaymentErrorSerializer, "Not one of the caller's."),
            409: OpenApiResponse(
                PaymentErrorSerializer,
                "The order is not accepted (`invalid_transition`), the artwork "
                "sold out and the order is now cancelled (`sold_out`), or it was "
                "withdrawn from sale (`artwork_withdrawn`).",
            ),
        },
        examples=openapi.PAYMENT,
    )
    def patch(self, request, order_id: int):
        serializer = CardSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = services.order_pay(
            order_id=order_id,
            buyer=request.user,
            card=Card(**serializer.validated_data),
        )
        return Response(
            {
                "message": "Payment accepted: the artist will now ship the artwork.",
                "new_quantity": result.new_quantity,
                "is_for_sale": result.is_for_sale,
            }
        )


class UnknownPaymentPathView(APIView):
    """Answer a payment URL whose id is no number in the payment error shape."""

    error_detail_aliases = ("error",)

    def initial(self, request, *args, **kwargs):
        # After authentication, so that a missing token is still a 401.
        super().initial(request, *args, **kwargs)
        raise NotFound("You have no order with this id.")


class OrderShippedView(APIView):
    schema = WholeBodyPatchSchema()

    @extend_schema(
        operation_id="orders_ship",
        summary="The seller records that a paid order was sent",
        request=ShipSerializer,
        responses={200: MessageSerializer, 403: WRONG_ROLE, 409: REFUSED_MOVE},
        examples=openapi.SHIP,
    )
    def patch(self, request, order_id: int):
        serializer = ShipSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.order_ship(
            order_id=order_id, seller=request.user, **serializer.validated_data
        )
        return Response({"message": "Order marked as shipped."})


class OrderCompleteView(APIView):
    schema = WholeBodyPatchSchema()

    @extend_schema(
        operation_id="orders_complete",
        summary="The buyer confirms that a shipped order arrived",
        request=EmptyBodySerializer,
        responses={200: OrderSerializer, 403: WRONG_ROLE, 409: REFUSED_MOVE},
        examples=openapi.COMPLETE,
    )
    def patch(self, request, order_id: int):
        EmptyBodySerializer(data=request.data).is_valid(raise_exception=True)
        order = services.order_complete(order_id=order_id, buyer=request.user)
        return Response(order_body(order, request))


class UnviewedOrdersView(APIView):
    @extend_schema(
        operation_id="orders_unviewed",
        summary="Whether the caller has order news not yet seen",
        responses=UnviewedSerializer,
        examples=openapi.UNVIEWED,
    )
    def get(self, request):
        count = selectors.orders_unviewed_count(request.user)
        return Response({"has_unviewed_orders": count > 0, "unviewed_count": count})


class MarkViewedView(APIView):
    @extend_schema(
        operation_id="orders_mark_viewed",
        summary="Mark the caller's orders seen on their side",
        request=MarkViewedSerializer,
        responses=MarkViewedResponseSerializer,
        examples=openapi.MARK_VIEWED,
    )
    def post(self, request):
        serializer = MarkViewedSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        marked = services.orders_mark_viewed(
            member=request.user, **serializer.validated_data
        )
        return Response({"message": "Orders marked as viewed.", "marked": marked})


class QuoteView(APIView):
    permission_classes = [IsCollector]
    query_serializer_class = QuoteQuerySerializer

    @extend_schema(
        operation_id="orders_quote",
        summary="What an order for the artwork would cost the caller",
        parameters=[QuoteQuerySerializer],
        responses={
            200: QuoteSerializer,
            404: OpenApiResponse(ErrorSerializer, "No artwork has this id."),
        },
        examples=openapi.QUOTE,
    )
    def get(self, request):
        query = QuoteQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        artwork_id = query.validated_data["artwork_id"]
        quote = selectors.order_quote(artwork_id=artwork_id, buyer=request.user)
        return Response(
            QuoteSerializer({"artwork_id": artwork_id, **asdict(quote)}).data
        )
