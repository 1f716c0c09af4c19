"""Orders in any status, and the HTTP call behind each member action."""

from django.utils import timezone

from orders.models import Order, OrderEvent
from tests.factories import OrderFactory

Status = Order.Status
ALL_STATUSES = [status.value for status in Status]
# The timestamps an order has once it has reached each status.
STATUS_TIMESTAMPS = {
    Status.PENDING: [],
    Status.ACCEPTED: ["accepted_at"],
    Status.READY_TO_SHIP: ["accepted_at", "paid_at"],
    Status.SHIPPED: ["accepted_at", "paid_at", "shipped_at"],
    Status.COMPLETED: ["accepted_at", "paid_at", "shipped_at", "completed_at"],
    Status.CANCELLED: ["cancelled_at"],
}
CARD = {"cardNumber": "4242 4242 4242 4242", "expiryDate": "12/29", "cvv": "123"}
# Each member action: its URL (without the id) and body.
ACTIONS = {
    "accept": ("review", {"action": "accept"}),
    "reject": ("review", {"action": "reject"}),
    "cancel": ("cancel", {}),
    "pay": ("payment", CARD),
    "ship": ("shipped", {}),
    "complete": ("complete", {}),
}


def order_in(status: str, **fields) -> Order:
    """Create an order that has reached `status`, with the matching timestamps."""
    now = timezone.now()
    values = dict.fromkeys(STATUS_TIMESTAMPS[status], now)
    if status == Status.CANCELLED:
        values["cancel_reason"] = Order.CancelReason.BUYER_CANCELLED
    return OrderFactory(status=status, **{**values, **fields})


def act(client, action: str, order_id: int, *, slash: bool = False):
    """Send the member action's PATCH for the order."""
    route, body = ACTIONS[action]
    url = f"/api/orders/{route}/{order_id}{'/' if slash else ''}"
    return client.patch(url, body, format="json")


def snapshot(order: Order) -> dict:
    """What a refused move must leave untouched."""
    order.refresh_from_db()
    order.artwork.refresh_from_db()
    return {
        "status": order.status,
        "cancel_reason": order.cancel_reason,
        "updated_at": order.updated_at,
        "events": OrderEvent.objects.filter(order=order).count(),
        "quantity_for_sale": order.artwork.quantity_for_sale,
        "is_for_sale": order.artwork.is_for_sale,
    }
