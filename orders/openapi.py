"""Example requests and answers shown in the OpenAPI docs of the orders API."""

from drf_spectacular.utils import OpenApiExample

# Study no. 7 (250.00, 40 x 2 x 50 cm, 1.5 kg) sent from Manchester (zone 3)
# to east London (zone 1): base (5 + 3 + 4) x 1.4 = 16.80, insurance 2.50.
ORDER = {
    "id": 31,
    "price": 269.30,
    "status": "pending",
    "created_at": "2026-03-02T10:15:00Z",
    "buyer_info": {
        "id": 42,
        "username": "ada",
        "address": "1 Example Street, London",
        "postcode": "E1 6AN",
    },
    "seller_info": {
        "id": 7,
        "username": "turner",
        "first_name": "Joseph",
        "last_name": "Turner",
    },
    "artwork_info": {
        "id": 12,
        "title": "Study no. 7",
        "width": 40.0,
        "depth": 2.0,
        "height": 50.0,
        "weight": 1.5,
    },
    "allowed_actions": ["cancel"],
    "artwork_price": 250.00,
    "shipping_cost": 16.80,
    "insurance": 2.50,
    "updated_at": "2026-03-02T10:15:00Z",
    "cancel_reason": "",
    "viewed_by_buyer": True,
    "viewed_by_seller": False,
    "carrier": "",
    "tracking_number": "",
    "accepted_at": None,
    "paid_at": None,
    "shipped_at": None,
    "completed_at": None,
    "cancelled_at": None,
}
CANCELLED_ORDER = {
    **ORDER,
    "status": "cancelled",
    "allowed_actions": [],
    "cancel_reason": "buyer_cancelled",
    "viewed_by_seller": False,
    "updated_at": "2026-03-03T09:00:00Z",
    "cancelled_at": "2026-03-03T09:00:00Z",
}
COMPLETED_ORDER = {
    **ORDER,
    "status": "completed",
    "allowed_actions": [],
    "carrier": "Royal Mail",
    "tracking_number": "AB123456789GB",
    "updated_at": "2026-03-12T16:40:00Z",
    "accepted_at": "2026-03-02T18:00:00Z",
    "paid_at": "2026-03-03T08:30:00Z",
    "shipped_at": "2026-03-05T11:00:00Z",
    "completed_at": "2026-03-12T16:40:00Z",
}

CREATE = [
    OpenApiExample(
        "Order at the quoted total",
        request_only=True,
        value={"artwork_id": 12, "final_price": 269.30},
    ),
    OpenApiExample(
        "The new order", response_only=True, status_codes=["201"], value=ORDER
    ),
    OpenApiExample(
        "The price changed",
        response_only=True,
        status_codes=["409"],
        value={
            "detail": "The price has changed since it was shown: check the new "
            "quote and order again.",
            "code": "price_changed",
            "errors": [
                "The price has changed since it was shown: check the new quote "
                "and order again."
            ],
            "quote": {
                "artwork_price": 275.00,
                "shipping_cost": 16.80,
                "insurance": 2.75,
                "total": 294.55,
            },
        },
    ),
]

ORDER_LIST = [
    OpenApiExample("One order", response_only=True, value=[ORDER]),
]

REVIEW = [
    OpenApiExample("Accept", request_only=True, value={"action": "accept"}),
    OpenApiExample("Turn down", request_only=True, value={"action": "cancel"}),
    OpenApiExample(
        "Accepted",
        response_only=True,
        value={
            "message": "Order accepted: the buyer can now pay.",
            "status": "accepted",
        },
    ),
    OpenApiExample(
        "Not pending any more",
        response_only=True,
        status_codes=["409"],
        value={
            "detail": "This order is cancelled, so its seller cannot accept it.",
            "code": "invalid_transition",
            "errors": ["This order is cancelled, so its seller cannot accept it."],
            "status": "cancelled",
        },
    ),
]

CANCEL = [
    OpenApiExample("Cancel", request_only=True, value={}),
    OpenApiExample("Cancelled", response_only=True, value=CANCELLED_ORDER),
]

PAYMENT = [
    OpenApiExample(
        "A demo card",
        request_only=True,
        value={
            "cardNumber": "4242 4242 4242 4242",
            "expiryDate": "12/29",
            "cvv": "123",
        },
    ),
    OpenApiExample(
        "Paid",
        response_only=True,
        value={
            "message": "Payment accepted: the artist will now ship the artwork.",
            "new_quantity": 0,
            "is_for_sale": False,
        },
    ),
    OpenApiExample(
        "Sold out before the payment",
        response_only=True,
        status_codes=["409"],
        value={
            "detail": "The artwork sold out before your payment: no money was "
            "taken and the order is cancelled.",
            "error": "The artwork sold out before your payment: no money was "
            "taken and the order is cancelled.",
            "code": "sold_out",
            "errors": [
                "The artwork sold out before your payment: no money was taken "
                "and the order is cancelled."
            ],
        },
    ),
]

SHIP = [
    OpenApiExample(
        "Shipped with tracking",
        request_only=True,
        value={"carrier": "Royal Mail", "tracking_number": "AB123456789GB"},
    ),
    OpenApiExample("Shipped without tracking", request_only=True, value={}),
    OpenApiExample(
        "Shipped", response_only=True, value={"message": "Order marked as shipped."}
    ),
]

COMPLETE = [
    OpenApiExample("Confirm receipt", request_only=True, value={}),
    OpenApiExample("Completed", response_only=True, value=COMPLETED_ORDER),
]

UNVIEWED = [
    OpenApiExample(
        "Two orders with news",
        response_only=True,
        value={"has_unviewed_orders": True, "unviewed_count": 2},
    ),
]

MARK_VIEWED = [
    OpenApiExample("As the artist", request_only=True, value={"user_type": "artist"}),
    OpenApiExample("Whatever the caller is", request_only=True, value={}),
    OpenApiExample(
        "Marked",
        response_only=True,
        value={"message": "Orders marked as viewed.", "marked": 2},
    ),
]

QUOTE = [
    OpenApiExample(
        "Manchester to east London",
        response_only=True,
        value={
            "artwork_id": 12,
            "artwork_price": 250.00,
            "shipping_cost": 16.80,
            "insurance": 2.50,
            "total": 269.30,
        },
    ),
]
