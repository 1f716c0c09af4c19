"""Every change to an order: one service per move of the state machine.

Each move runs in one transaction that locks the order row and then its
artwork row, always in that order so that two moves can never wait for each
other, re-checks the status under the lock, writes exactly one OrderEvent,
clears the viewed flag of whoever has news, and logs one line once the
transaction has committed. The table of moves is orders.transitions.
"""

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, OperationalError, connection, transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from artworks.models import Artwork
from members.models import Member
from orders import selectors
from orders.errors import (
    ArtworkUnavailable,
    ArtworkWithdrawn,
    InvalidTransition,
    NoStockAvailable,
    OrderAlreadyOpen,
    OrderBusy,
    PriceChanged,
    SoldOut,
)
from orders.models import Order, OrderEvent
from orders.payments import Card, payment_provider
from orders.pricing import price_matches, quote_for
from orders.transitions import CREATE, TRANSITIONS, Guard, Role, Transition, role_of
from project.errors import ApplicationError, NotFound, PermissionDenied

logger = logging.getLogger(__name__)

# A move waits at most this long for another move on the same order or
# artwork, then answers 409 instead of tying up a worker.
LOCK_TIMEOUT = "5s"
LOCK_NOT_AVAILABLE = "55P03"
ACTION_VERBS = {
    "pay": "pay for",
    "staff_cancel": "cancel",
    "staff_complete": "complete",
}

# The web client sends "cancel" when the artist turns a request down.
REVIEW_DECISIONS = {"accept": "accept", "reject": "reject", "cancel": "reject"}


@dataclass(frozen=True)
class PaymentResult:
    order: Order
    new_quantity: int
    is_for_sale: bool


def order_create(*, buyer: Member, artwork_id: int, final_price: Decimal) -> Order:
    """Ask to buy one unit of an artwork at the price the buyer was quoted.

    The price is the server's own quote; `final_price` only has to agree with
    it within a penny.
    """
    if not buyer.is_collector:
        raise PermissionDenied("Only collectors can order artworks.")

    with transaction.atomic():
        # Locked so that a payment selling the last unit either happens
        # before (and this order is refused) or after (and cancels it).
        artwork = (
            Artwork.objects.select_for_update(of=("self",))
            .select_related("artist")
            .filter(pk=artwork_id)
            .first()
        )
        if artwork is None or not _is_orderable(artwork):
            raise ArtworkUnavailable()
        quote = quote_for(artwork=artwork, buyer=buyer)
        if not price_matches(final_price, quote):
            raise PriceChanged(extra={"quote": asdict(quote)})
        existing = selectors.order_open_for(buyer=buyer, artwork=artwork)
        if existing is not None:
            raise OrderAlreadyOpen(extra={"order_id": existing.pk})

        order = Order.objects.create(
            buyer=buyer,
            seller=artwork.artist,
            artwork=artwork,
            artwork_price=quote.artwork_price,
            shipping_cost=quote.shipping_cost,
            insurance=quote.insurance,
            price=quote.total,
            viewed_by_buyer=True,
            viewed_by_seller=False,
        )
        _record(order, CREATE, from_status="", actor=buyer)
    return order


def order_accept(*, order_id: int, seller: Member) -> Order:
    """Accept a pending order; it then holds one unit until paid or cancelled."""
    return _member_move("accept", order_id=order_id, member=seller)


def order_reject(*, order_id: int, seller: Member) -> Order:
    """Turn down a pending order."""
    return _member_move("reject", order_id=order_id, member=seller)


def order_cancel(*, order_id: int, buyer: Member) -> Order:
    """Withdraw an order that has not been paid yet."""
    return _member_move("cancel", order_id=order_id, member=buyer)


def order_ship(
    *, order_id: int, seller: Member, carrier: str = "", tracking_number: str = ""
) -> Order:
    """Record that a paid order has been sent, with how it can be tracked."""
    return _member_move(
        "ship",
        order_id=order_id,
        member=seller,
        carrier=carrier,
        tracking_number=tracking_number,
    )


def order_complete(*, order_id: int, buyer: Member) -> Order:
    """Confirm that a shipped order has arrived."""
    return _member_move("complete", order_id=order_id, member=buyer)


def order_review(*, order_id: int, seller: Member, decision: str) -> Order:
    """Accept or turn down a pending order; "cancel" also turns it down."""
    return _member_move(REVIEW_DECISIONS[decision], order_id=order_id, member=seller)


def order_open(*, order_id: int, member: Member) -> Order:
    """Return one of the member's orders with its events, now seen by them."""
    order = selectors.order_for_party(order_id, member)
    order_mark_viewed(order=order, member=member)
    return order


def order_pay(*, order_id: int, buyer: Member, card: Card) -> PaymentResult:
    """Take payment for an accepted order and one unit of the artwork's stock.

    With no unit left the order is cancelled as sold out, that cancellation
    is committed, and only then SoldOut is raised. Selling the last unit
    cancels the artwork's other open orders.
    """
    transition = TRANSITIONS["pay"]
    with transaction.atomic():
        order = _lock(order_id)
        _refuse_unless_allowed(order, transition, _role_or_404(order, buyer))
        artwork = order.artwork
        unit_taken = _take_one_unit(artwork)
        if unit_taken:
            # Charged while the order is locked, so a double click cannot pay
            # twice; a declined card raises and puts the unit back.
            reference = payment_provider().charge(
                amount=order.price, card=card, reference=f"order-{order.pk}"
            )
            _move(order, transition, actor=buyer, payment_reference=reference)
        else:
            _move(order, TRANSITIONS["sell_out"], actor=None)

    if not unit_taken:
        raise SoldOut()
    if artwork.quantity_for_sale == 0:
        orders_cancel_sold_out(artwork_id=artwork.pk)
    return PaymentResult(order, artwork.quantity_for_sale, artwork.is_for_sale)


def orders_cancel_sold_out(*, artwork_id: int) -> int:
    """Cancel the open orders of an artwork with no unit left; return how many.

    Each order gets its own transaction after the sale has committed: locking
    them inside the sale, after its artwork, would invert the lock order.
    """
    return _cascade("sell_out", artwork_id)


def orders_cancel_withdrawn(*, artwork_id: int) -> int:
    """Cancel the open orders of an archived artwork; return how many.

    Call it once the archive has committed, for the lock order's sake, as
    with orders_cancel_sold_out.
    """
    return _cascade("withdraw", artwork_id)


# The sweeps of sold-out and withdrawn artworks catch any order that the
# cancellation after a sale or an archive left open.
TIMER_ACTIONS = (
    "lapse_response",
    "lapse_payment",
    "auto_complete",
    "sell_out",
    "withdraw",
)


def orders_run_timers(*, now: datetime | None = None) -> dict[str, int]:
    """Make every move that is due by the clock; return how many of each.

    Safe to run twice at once: an order locked by another run (or by a
    member) is skipped and left for the next run.
    """
    now = now or timezone.now()
    return {
        action: _system_moves(
            action, selectors.order_ids_due(action, now), now=now, skip_locked=True
        )
        for action in TIMER_ACTIONS
    }


def order_staff_cancel(*, order_id: int, staff: Member, note: str = "") -> Order:
    """Cancel an unpaid order from the admin, with the staff member's note."""
    return _staff_move("staff_cancel", order_id=order_id, staff=staff, note=note)


def order_staff_complete(*, order_id: int, staff: Member, note: str = "") -> Order:
    """Mark a shipped order completed from the admin."""
    return _staff_move("staff_complete", order_id=order_id, staff=staff, note=note)


def order_mark_viewed(*, order: Order, member: Member) -> None:
    """Note that the member has seen the order as its buyer or seller."""
    role = role_of(order, member.pk)
    if role is None:
        return
    field = f"viewed_by_{role}"
    if not getattr(order, field):
        Order.objects.filter(pk=order.pk).update(**{field: True})
        setattr(order, field, True)


def orders_mark_viewed(*, member: Member, user_type: str | None = None) -> int:
    """Mark the member's orders viewed on their side; return how many changed.

    The side follows the member's type: an artist's sales, a collector's
    purchases, or both for a member with no type. A `user_type` other than
    the member's own is refused.
    """
    if user_type is not None and user_type != member.user_type:
        raise ValidationError(
            {"user_type": [f"You are not registered as {user_type or 'no type'}."]}
        )

    marked = 0
    if not member.is_collector:
        marked += _mark_viewed(Role.SELLER, member)
    if not member.is_artist:
        marked += _mark_viewed(Role.BUYER, member)
    return marked


@transaction.atomic
def _mark_viewed(role: Role, member: Member) -> int:
    # One UPDATE over many rows would lock them in whatever order it finds
    # them, and two such calls (the client polls) meeting orders that moves
    # are changing can deadlock. Instead, lock the rows that are free, in id
    # order, and skip those being moved: a move gives news of its own.
    field = f"viewed_by_{role}"
    unviewed = (
        Order.objects.filter(**{role: member, field: False})
        .select_for_update(skip_locked=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return Order.objects.filter(pk__in=list(unviewed)).update(**{field: True})


def _is_orderable(artwork: Artwork) -> bool:
    return (
        artwork.is_for_sale
        and not artwork.is_archived
        and artwork.quantity_for_sale > 0
    )


def _member_move(action: str, *, order_id: int, member: Member, **changes) -> Order:
    transition = TRANSITIONS[action]
    with transaction.atomic():
        order = _lock(order_id)
        _refuse_unless_allowed(order, transition, _role_or_404(order, member))
        if transition.guard is not None and not GUARDS[transition.guard](order, None):
            raise NoStockAvailable()
        _move(order, transition, actor=member, **changes)
    return order


def _staff_move(action: str, *, order_id: int, staff: Member, note: str) -> Order:
    if not staff.is_staff:
        raise PermissionDenied("Only staff can do this.")
    transition = TRANSITIONS[action]
    with transaction.atomic():
        order = _lock(order_id)
        if order is None:
            raise NotFound("No order has this id.")
        _refuse_unless_allowed(order, transition, Role.STAFF)
        _move(order, transition, actor=staff, note=note)
    return order


def _cascade(action: str, artwork_id: int) -> int:
    moved = 0
    for order_id in selectors.order_ids_open_for_artwork(artwork_id):
        # The change that called for this cascade has committed (a payment
        # has been charged), so one order that cannot be moved now must not
        # turn it into an error. The order stays open, cannot be accepted or
        # paid, and the timers cancel it later.
        try:
            moved += _system_moves(action, [order_id])
        except (ApplicationError, DatabaseError):
            logger.warning(
                "Order cascade failed order=%s action=%s artwork=%s",
                order_id,
                action,
                artwork_id,
                exc_info=True,
            )
    return moved


def _system_moves(
    action: str,
    order_ids: list[int],
    *,
    now: datetime | None = None,
    skip_locked: bool = False,
) -> int:
    transition = TRANSITIONS[action]
    moved = 0
    for order_id in order_ids:
        with transaction.atomic():
            order = _lock(order_id, skip_locked=skip_locked)
            # Listed before the lock was taken: re-check, as someone may have
            # moved the order in between.
            if (
                order is not None
                and order.status in transition.sources
                and GUARDS[transition.guard](order, now)
            ):
                _move(order, transition, actor=None)
                moved += 1
    return moved


def _lock(order_id: int, *, skip_locked: bool = False) -> Order | None:
    """Lock the order row, then its artwork row; None if absent or skipped."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
    try:
        order = (
            Order.objects.select_for_update(skip_locked=skip_locked)
            .filter(pk=order_id)
            .first()
        )
        if order is not None:
            # A timer skips a busy artwork too, rather than wait on a sale.
            artwork = (
                Artwork.objects.select_for_update(skip_locked=skip_locked)
                .filter(pk=order.artwork_id)
                .first()
            )
            if artwork is None:
                return None
            order.artwork = artwork
    except OperationalError as error:
        if getattr(error.__cause__, "pgcode", None) == LOCK_NOT_AVAILABLE:
            raise OrderBusy() from error
        raise
    return order


def _role_or_404(order: Order | None, member: Member) -> Role:
    role = role_of(order, member.pk) if order is not None else None
    if role is None:
        # Someone else's order is answered exactly like a missing one.
        raise NotFound("You have no order with this id.")
    return role


def _refuse_unless_allowed(order: Order, transition: Transition, role: Role) -> None:
    """Refuse a party who may never make this move (403), or not now (409)."""
    verb = ACTION_VERBS.get(transition.action, transition.action)
    if role != transition.role:
        raise PermissionDenied(f"Only the {transition.role} of an order can {verb} it.")
    if order.status not in transition.sources:
        who = "staff" if role == Role.STAFF else f"its {role}"
        raise InvalidTransition(
            f"This order is {order.status}, so {who} cannot {verb} it.",
            extra={"status": order.status},
        )
    # Archiving cancels the open orders, but only after it has committed;
    # an order reached in between is refused here.
    if transition.needs_listed_artwork and order.artwork.is_archived:
        raise ArtworkWithdrawn(extra={"status": order.status})


def _take_one_unit(artwork: Artwork) -> bool:
    """Take one unit of stock if any is left; the last one ends the sale."""
    taken = Artwork.objects.filter(pk=artwork.pk, quantity_for_sale__gt=0).update(
        quantity_for_sale=F("quantity_for_sale") - 1,
        is_for_sale=Case(
            When(quantity_for_sale=1, then=Value(False)), default=F("is_for_sale")
        ),
        updated_at=timezone.now(),
    )
    if taken:
        artwork.refresh_from_db(fields=["quantity_for_sale", "is_for_sale"])
    return bool(taken)


def _move(
    order: Order, transition: Transition, *, actor: Member | None, note="", **changes
):
    from_status = order.status
    order.status = transition.target
    order.cancel_reason = transition.cancel_reason or ""
    if transition.timestamp_field:
        setattr(order, transition.timestamp_field, timezone.now())
    for role in transition.notifies:
        setattr(order, f"viewed_by_{role}", False)
    for field, value in changes.items():
        setattr(order, field, value)
    order.save()
    _record(order, transition, from_status=from_status, actor=actor, note=note)


def _record(
    order: Order,
    transition: Transition,
    *,
    from_status: str,
    actor: Member | None,
    note: str = "",
) -> None:
    OrderEvent.objects.create(
        order=order,
        from_status=from_status,
        to_status=order.status,
        actor=actor,
        reason=order.cancel_reason,
        note=note,
    )
    actor_id = actor.pk if actor is not None else None
    transaction.on_commit(
        lambda: logger.info(
            "Order moved order=%s action=%s from=%s to=%s actor=%s artwork=%s",
            order.pk,
            transition.action,
            from_status or "new",
            transition.target,
            actor_id,
            order.artwork_id,
        )
    )


def _units_free_to_hold(order: Order, now: datetime | None) -> bool:
    artwork = order.artwork
    held = selectors.orders_holding_units(artwork.pk)
    return held < artwork.quantity_for_sale


def _overdue(action: str) -> Callable[[Order, datetime | None], bool]:
    _, field, days_setting = selectors.TIMER_STARTS[action]

    def is_overdue(order: Order, now: datetime | None) -> bool:
        since = getattr(order, field)
        limit = timedelta(days=getattr(settings, days_setting))
        return since is not None and since <= (now or timezone.now()) - limit

    return is_overdue


def _sold_out(order: Order, now: datetime | None) -> bool:
    return order.artwork.quantity_for_sale == 0


def _withdrawn(order: Order, now: datetime | None) -> bool:
    return order.artwork.is_archived


GUARDS = {
    Guard.UNITS_FREE_TO_HOLD: _units_free_to_hold,
    Guard.RESPONSE_OVERDUE: _overdue("lapse_response"),
    Guard.PAYMENT_OVERDUE: _overdue("lapse_payment"),
    Guard.DELIVERY_OVERDUE: _overdue("auto_complete"),
    Guard.ARTWORK_SOLD_OUT: _sold_out,
    Guard.ARTWORK_WITHDRAWN: _withdrawn,
}
