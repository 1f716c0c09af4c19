"""The moves the clock makes, at their boundaries, and the command that runs them."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command

from orders.models import Order, OrderEvent
from orders.services import orders_run_timers
from tests.factories import ArtworkFactory
from tests.orders.builders import order_in

Status = Order.Status
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
# status the order waits in, its setting, the days it defaults to, and what
# the timer makes of it
TIMERS = {
    "lapse_response": (
        Status.PENDING,
        "ORDER_RESPONSE_DAYS",
        7,
        "cancelled",
        "seller_lapsed",
    ),
    "lapse_payment": (
        Status.ACCEPTED,
        "ORDER_PAYMENT_DAYS",
        7,
        "cancelled",
        "payment_lapsed",
    ),
    "auto_complete": (Status.SHIPPED, "ORDER_AUTO_COMPLETE_DAYS", 14, "completed", ""),
}
NOTHING_DUE = {
    "lapse_response": 0,
    "lapse_payment": 0,
    "auto_complete": 0,
    "sell_out": 0,
    "withdraw": 0,
}


def waiting_order(status: str) -> Order:
    """Create an order that entered `status` at START."""
    with time_machine.travel(START, tick=False):
        return order_in(status, viewed_by_buyer=True, viewed_by_seller=True)


@pytest.mark.parametrize("action", TIMERS)
@pytest.mark.django_db
def test_timer_waits_until_exactly_its_limit(action):
    status, _, days, _, _ = TIMERS[action]
    order = waiting_order(status)

    with time_machine.travel(START + timedelta(days=days) - SECOND, tick=False):
        moved = orders_run_timers()

    assert moved == NOTHING_DUE
    order.refresh_from_db()
    assert order.status == status
    assert not OrderEvent.objects.exists()


@pytest.mark.parametrize("action", TIMERS)
@pytest.mark.django_db
def test_timer_moves_the_order_at_its_limit_and_tells_both_parties(action):
    status, _, days, target, reason = TIMERS[action]
    order = waiting_order(status)
    due = START + timedelta(days=days)

    with time_machine.travel(due, tick=False):
        moved = orders_run_timers()

    assert moved == {**NOTHING_DUE, action: 1}
    order.refresh_from_db()
    assert (order.status, order.cancel_reason) == (target, reason)
    assert (order.viewed_by_buyer, order.viewed_by_seller) == (False, False)
    event = OrderEvent.objects.get(order=order)
    assert (event.from_status, event.to_status, event.actor_id, event.reason) == (
        status,
        target,
        None,
        reason,
    )
    stamp = order.cancelled_at if target == "cancelled" else order.completed_at
    assert stamp == due


@pytest.mark.parametrize("action", TIMERS)
@pytest.mark.django_db
def test_timer_follows_its_setting(action, settings):
    status, setting, _, target, _ = TIMERS[action]
    setattr(settings, setting, 2)
    order = waiting_order(status)

    with time_machine.travel(START + timedelta(days=2), tick=False):
        orders_run_timers()

    order.refresh_from_db()
    assert order.status == target


@pytest.mark.parametrize(
    "status", [Status.READY_TO_SHIP, Status.COMPLETED, Status.CANCELLED]
)
@pytest.mark.django_db
def test_no_timer_touches_an_order_waiting_on_nobody(status):
    order = waiting_order(status)

    with time_machine.travel(START + timedelta(days=365), tick=False):
        moved = orders_run_timers()

    assert moved == NOTHING_DUE
    order.refresh_from_db()
    assert order.status == status


@pytest.mark.django_db
def test_timers_cancel_open_orders_left_on_a_sold_out_artwork():
    artwork = ArtworkFactory(quantity_for_sale=1)
    order = order_in(Status.PENDING, artwork=artwork)
    type(artwork).objects.filter(pk=artwork.pk).update(
        quantity_for_sale=0, is_for_sale=False
    )

    moved = orders_run_timers()

    assert moved == {**NOTHING_DUE, "sell_out": 1}
    order.refresh_from_db()
    assert (order.status, order.cancel_reason) == (Status.CANCELLED, "sold_out")


@pytest.mark.django_db
def test_timers_cancel_open_orders_left_on_a_withdrawn_artwork():
    artwork = ArtworkFactory()
    pending = order_in(Status.PENDING, artwork=artwork)
    accepted = order_in(Status.ACCEPTED, artwork=artwork)
    paid = order_in(Status.READY_TO_SHIP, artwork=artwork)
    type(artwork).objects.filter(pk=artwork.pk).update(is_archived=True)

    moved = orders_run_timers()

    assert moved == {**NOTHING_DUE, "withdraw": 2}
    for order in (pending, accepted):
        order.refresh_from_db()
        assert (order.status, order.cancel_reason) == (
            Status.CANCELLED,
            "artwork_withdrawn",
        )
    paid.refresh_from_db()
    assert paid.status == Status.READY_TO_SHIP


@pytest.mark.django_db
def test_command_reports_what_it_moved_and_a_second_run_moves_nothing():
    for status in (Status.PENDING, Status.ACCEPTED, Status.SHIPPED):
        waiting_order(status)
    output, again = StringIO(), StringIO()

    with time_machine.travel(START + timedelta(days=30), tick=False):
        call_command("run_order_timers", stdout=output)
        call_command("run_order_timers", stdout=again)

    assert output.getvalue().splitlines() == [
        "lapse_response: 1 unanswered requests cancelled",
        "lapse_payment: 1 unpaid orders cancelled",
        "auto_complete: 1 shipped orders completed",
        "sell_out: 0 orders of sold-out artworks cancelled",
        "withdraw: 0 orders of withdrawn artworks cancelled",
    ]
    assert [
        line.split(":")[1].split()[0] for line in again.getvalue().splitlines()
    ] == ["0"] * 5
    assert OrderEvent.objects.count() == 3


@pytest.mark.django_db
def test_command_logs_the_counts(caplog):
    waiting_order(Status.PENDING)

    with time_machine.travel(START + timedelta(days=7), tick=False):
        call_command("run_order_timers", stdout=StringIO())

    record = next(r for r in caplog.records if r.name.endswith("run_order_timers"))
    assert record.getMessage() == (
        "Order timers ran lapse_response=1 lapse_payment=0 auto_complete=0 "
        "sell_out=0 withdraw=0"
    )
