"""The order state machine: every move an order can make, and who may make it.

The services in orders.services refuse any move that is not in this table,
and the API derives each order's `allowed_actions` from it, so the two can
never disagree.
"""

from dataclasses import dataclass
from enum import StrEnum

from orders.models import Order

Status = Order.Status
Reason = Order.CancelReason


class Role(StrEnum):
    """Who is acting on an order."""

    BUYER = "buyer"
    SELLER = "seller"
    STAFF = "staff"
    SYSTEM = "system"


# Members act through the API; staff act through the admin.
API_ROLES = (Role.BUYER, Role.SELLER)


class Guard(StrEnum):
    """A check, beyond the status, that the service makes under the locks."""

    UNITS_FREE_TO_HOLD = "units_free_to_hold"
    RESPONSE_OVERDUE = "response_overdue"
    PAYMENT_OVERDUE = "payment_overdue"
    DELIVERY_OVERDUE = "delivery_overdue"
    ARTWORK_SOLD_OUT = "artwork_sold_out"
    ARTWORK_WITHDRAWN = "artwork_withdrawn"


@dataclass(frozen=True)
class Transition:
    action: str
    sources: tuple[Status, ...]
    target: Status
    role: Role
    # Whose `viewed_by_*` flag is cleared: they have news to read.
    notifies: tuple[Role, ...]
    cancel_reason: Reason | None = None
    guard: Guard | None = None
    # Refused once the artwork is archived: it can no longer be ordered.
    needs_listed_artwork: bool = False

    @property
    def timestamp_field(self) -> str | None:
        return TIMESTAMP_FIELDS.get(self.target)


TIMESTAMP_FIELDS = {
    Status.ACCEPTED: "accepted_at",
    Status.READY_TO_SHIP: "paid_at",
    Status.SHIPPED: "shipped_at",
    Status.COMPLETED: "completed_at",
    Status.CANCELLED: "cancelled_at",
}
OPEN = (Status.PENDING, Status.ACCEPTED)
BOTH = (Role.BUYER, Role.SELLER)

TRANSITIONS = {
    transition.action: transition
    for transition in (
        Transition(
            "accept",
            (Status.PENDING,),
            Status.ACCEPTED,
            Role.SELLER,
            notifies=(Role.BUYER,),
            guard=Guard.UNITS_FREE_TO_HOLD,
            needs_listed_artwork=True,
        ),
        Transition(
            "reject",
            (Status.PENDING,),
            Status.CANCELLED,
            Role.SELLER,
            notifies=(Role.BUYER,),
            cancel_reason=Reason.SELLER_REJECTED,
        ),
        Transition(
            "cancel",
            OPEN,
            Status.CANCELLED,
            Role.BUYER,
            notifies=(Role.SELLER,),
            cancel_reason=Reason.BUYER_CANCELLED,
        ),
        # Payment also takes one unit of stock; see services.order_pay.
        Transition(
            "pay",
            (Status.ACCEPTED,),
            Status.READY_TO_SHIP,
            Role.BUYER,
            notifies=(Role.SELLER,),
            needs_listed_artwork=True,
        ),
        Transition(
            "ship",
            (Status.READY_TO_SHIP,),
            Status.SHIPPED,
            Role.SELLER,
            notifies=(Role.BUYER,),
        ),
        Transition(
            "complete",
            (Status.SHIPPED,),
            Status.COMPLETED,
            Role.BUYER,
            notifies=(Role.SELLER,),
        ),
        Transition(
            "lapse_response",
            (Status.PENDING,),
            Status.CANCELLED,
            Role.SYSTEM,
            notifies=BOTH,
            cancel_reason=Reason.SELLER_LAPSED,
            guard=Guard.RESPONSE_OVERDUE,
        ),
        Transition(
            "lapse_payment",
            (Status.ACCEPTED,),
            Status.CANCELLED,
            Role.SYSTEM,
            notifies=BOTH,
            cancel_reason=Reason.PAYMENT_LAPSED,
            guard=Guard.PAYMENT_OVERDUE,
        ),
        Transition(
            "auto_complete",
            (Status.SHIPPED,),
            Status.COMPLETED,
            Role.SYSTEM,
            notifies=BOTH,
            guard=Guard.DELIVERY_OVERDUE,
        ),
        # The seller made the sale that sold the work out; only the buyer
        # has news.
        Transition(
            "sell_out",
            OPEN,
            Status.CANCELLED,
            Role.SYSTEM,
            notifies=(Role.BUYER,),
            cancel_reason=Reason.SOLD_OUT,
            guard=Guard.ARTWORK_SOLD_OUT,
        ),
        # The seller archived the work; as with a sale, only the buyer has
        # news.
        Transition(
            "withdraw",
            OPEN,
            Status.CANCELLED,
            Role.SYSTEM,
            notifies=(Role.BUYER,),
            cancel_reason=Reason.ARTWORK_WITHDRAWN,
            guard=Guard.ARTWORK_WITHDRAWN,
        ),
        # Staff cancel only before payment: refunds are not handled here.
        Transition(
            "staff_cancel",
            OPEN,
            Status.CANCELLED,
            Role.STAFF,
            notifies=BOTH,
            cancel_reason=Reason.STAFF_CANCELLED,
        ),
        Transition(
            "staff_complete",
            (Status.SHIPPED,),
            Status.COMPLETED,
            Role.STAFF,
            notifies=BOTH,
        ),
    )
}

# The birth of an order, for its first event: made by the buyer, news for the
# seller. It has no source status, so no action ever leads to it.
CREATE = Transition("create", (), Status.PENDING, Role.BUYER, notifies=(Role.SELLER,))


def role_of(order: Order, member_id: int | None) -> Role | None:
    """Return the member's part in the order, or None for a third party."""
    return role_between(order.buyer_id, order.seller_id, member_id)


def role_between(buyer_id: int, seller_id: int, member_id: int | None) -> Role | None:
    """Return the member's part in an order between this buyer and seller."""
    if member_id is not None and member_id == buyer_id:
        return Role.BUYER
    if member_id is not None and member_id == seller_id:
        return Role.SELLER
    return None


def allowed_actions(order: Order, role: Role | None) -> list[str]:
    """List the actions the party may take through the API from this status.

    Guards (units free to hold, stock left at payment) are checked only when
    the action is taken, so a listed action can still be refused.
    """
    return actions_from(order.status, role)


def actions_from(status: str, role: Role | None) -> list[str]:
    """List the API actions of the party from a status; see allowed_actions."""
    return list(ACTIONS_BY_ROLE_AND_STATUS.get((role, status), ()))


ACTIONS_BY_ROLE_AND_STATUS = {
    (role, status): tuple(
        transition.action
        for transition in TRANSITIONS.values()
        if transition.role == role and status in transition.sources
    )
    for role in API_ROLES
    for status in Status
}
