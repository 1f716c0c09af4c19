from decimal import Decimal

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from members.models import Member
from orders.models import Order, OrderEvent
from orders.transitions import API_ROLES, TRANSITIONS, allowed_actions, role_of
from project.schema import ErrorSerializer

MAX_ID = 2**63 - 1
API_ACTIONS = [
    action for action, transition in TRANSITIONS.items() if transition.role in API_ROLES
]


class BuyerInfoSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["id", "username", "address", "postcode"]


class SellerInfoSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["id", "username", "first_name", "last_name"]


class ArtworkInfoSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    width = serializers.DecimalField(max_digits=6, decimal_places=2)
    depth = serializers.DecimalField(max_digits=6, decimal_places=2)
    height = serializers.DecimalField(max_digits=6, decimal_places=2)
    weight = serializers.DecimalField(max_digits=6, decimal_places=2)


class OrderSerializer(serializers.ModelSerializer):
    """An order as its buyer, its seller or staff sees it.

    Needs `member` (the caller) in the context for `allowed_actions`.
    """

    buyer_info = BuyerInfoSerializer(source="buyer", read_only=True)
    seller_info = SellerInfoSerializer(source="seller", read_only=True)
    artwork_info = ArtworkInfoSerializer(source="artwork", read_only=True)
    allowed_actions = serializers.SerializerMethodField(
        help_text="What the caller may do next through the API."
    )

    class Meta:
        model = Order
        fields = [
            "id",
            "price",
            "status",
            "created_at",
            "buyer_info",
            "seller_info",
            "artwork_info",
            "allowed_actions",
            "artwork_price",
            "shipping_cost",
            "insurance",
            "updated_at",
            "cancel_reason",
            "viewed_by_buyer",
            "viewed_by_seller",
            "carrier",
            "tracking_number",
            "accepted_at",
            "paid_at",
            "shipped_at",
            "completed_at",
            "cancelled_at",
        ]
        read_only_fields = fields

    @extend_schema_field(
        serializers.ListField(child=serializers.ChoiceField(choices=API_ACTIONS))
    )
    def get_allowed_actions(self, order: Order) -> list[str]:
        member = self.context["member"]
        return allowed_actions(order, role_of(order, member.pk))


class EventActorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["id", "username"]


class OrderEventSerializer(serializers.ModelSerializer):
    actor = EventActorSerializer(
        read_only=True, allow_null=True, help_text="Null for the system's moves."
    )

    class Meta:
        model = OrderEvent
        fields = ["from_status", "to_status", "actor", "reason", "note", "created_at"]
        read_only_fields = fields


class OrderDetailSerializer(OrderSerializer):
    events = OrderEventSerializer(many=True, read_only=True)

    class Meta(OrderSerializer.Meta):
        fields = [*OrderSerializer.Meta.fields, "events"]
        read_only_fields = fields


class OrderCreateSerializer(serializers.Serializer):
    artwork_id = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    final_price = serializers.DecimalField(
        max_digits=None,
        decimal_places=None,
        min_value=Decimal("0"),
        max_value=Decimal("1e12"),
        help_text="The total the buyer was shown; must match the quote within a penny.",
    )


class ReviewSerializer(serializers.Serializer):
    action = serializers.ChoiceField(
        choices=["accept", "cancel", "reject"],
        help_text='"cancel" and "reject" both turn the order down.',
    )


class ReviewResponseSerializer(serializers.Serializer):
    message = serializers.CharField()
    status = serializers.ChoiceField(choices=Order.Status.choices)


class CardSerializer(serializers.Serializer):
    """Card-shaped input; the values go to the payment provider and nowhere else."""

    # The sources are the names of orders.payments.Card's fields.
    cardNumber = serializers.RegexField(
        r"^[0-9][0-9 -]{10,21}[0-9]$",
        source="number",
        max_length=23,
        error_messages={"invalid": "Enter the 12 to 19 digits of the card number."},
    )
    expiryDate = serializers.RegexField(
        r"^(0[1-9]|1[0-2]) ?/ ?([0-9]{2}|[0-9]{4})$",
        source="expiry",
        max_length=9,
        error_messages={"invalid": "Enter the expiry date as MM/YY."},
    )
    cvv = serializers.RegexField(
        r"^[0-9]{3,4}$",
        max_length=4,
        error_messages={"invalid": "Enter the 3 or 4 digits of the security code."},
    )

    def validate_cardNumber(self, value: str) -> str:
        digits = value.replace(" ", "").replace("-", "")
        if not 12 <= len(digits) <= 19:
            raise serializers.ValidationError(
                "Enter the 12 to 19 digits of the card number."
            )
        return digits


class PaymentResponseSerializer(serializers.Serializer):
    message = serializers.CharField()
    new_quantity = serializers.IntegerField(help_text="Units of the artwork left.")
    is_for_sale = serializers.BooleanField()


class ShipSerializer(serializers.Serializer):
    carrier = serializers.CharField(
        max_length=100, required=False, allow_blank=True, default=""
    )
    tracking_number = serializers.CharField(
        max_length=100, required=False, allow_blank=True, default=""
    )


class UnviewedSerializer(serializers.Serializer):
    has_unviewed_orders = serializers.BooleanField()
    unviewed_count = serializers.IntegerField()


class MarkViewedSerializer(serializers.Serializer):
    user_type = serializers.ChoiceField(
        choices=Member.UserType.choices,
        required=False,
        help_text="The caller's own type; inferred when absent.",
    )


class MarkViewedResponseSerializer(serializers.Serializer):
    message = serializers.CharField()
    marked = serializers.IntegerField(help_text="How many orders were marked.")


class QuoteQuerySerializer(serializers.Serializer):
    artwork_id = serializers.IntegerField(min_value=1, max_value=MAX_ID)


class QuoteSerializer(serializers.Serializer):
    artwork_id = serializers.IntegerField()
    artwork_price = serializers.DecimalField(max_digits=12, decimal_places=2)
    shipping_cost = serializers.DecimalField(max_digits=12, decimal_places=2)
    insurance = serializers.DecimalField(max_digits=12, decimal_places=2)
    total = serializers.DecimalField(max_digits=12, decimal_places=2)


class PriceQuoteSerializer(serializers.Serializer):
    artwork_price = serializers.DecimalField(max_digits=12, decimal_places=2)
    shipping_cost = serializers.DecimalField(max_digits=12, decimal_places=2)
    insurance = serializers.DecimalField(max_digits=12, decimal_places=2)
    total = serializers.DecimalField(max_digits=12, decimal_places=2)


class OrderConflictSerializer(ErrorSerializer):
    status = serializers.ChoiceField(
        choices=Order.Status.choices,
        required=False,
        help_text="The order's current status, when a move was refused.",
    )
    order_id = serializers.IntegerField(
        required=False, help_text="The open order that already exists."
    )
    quote = PriceQuoteSerializer(
        required=False, help_text="The server's quote, when the price changed."
    )


class PaymentErrorSerializer(OrderConflictSerializer):
    error = serializers.CharField(
        required=False,
        help_text=(
            "The same sentence as `detail`, on every refusal of the payment. "
            "Only a malformed Idempotency-Key header, refused before the "
            "request reaches the payment, answers without it."
        ),
    )
