"""Races between real threads on real PostgreSQL connections.

Each thread calls the API (or a service) on its own connection; a barrier
releases them together. Controls take the row locks (and, for stock, the
conditional update) away and show the same race going wrong, so that these
tests are known to be able to fail.
"""

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from datetime import timedelta

import pytest
import time_machine
from django.db import connection, transaction
from django.utils import timezone

from artworks.models import Artwork
from orders import selectors, services
from orders.models import Order, OrderEvent
from orders.payments import DemoPaymentProvider
from tests.conftest import client_for
from tests.factories import ArtistFactory, ArtworkFactory
from tests.orders.builders import act, order_in

Status = Order.Status
# Wide enough that, without locks, every racer reads before anyone writes.
RACE_WINDOW = 0.2


def run_together(calls: list[Callable]) -> list:
    """Run each call in its own thread and connection, all released at once."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index: int, call: Callable) -> None:
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except Exception as error:
            results[index] = error
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(index, call))
        for index, call in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def outcomes(responses) -> Counter:
    return Counter(
        (response.status_code, response.json().get("code")) for response in responses
    )


@pytest.fixture
def slow_hold_count(monkeypatch):
    """Pause after counting the held units, as a busy server might."""
    count = selectors.orders_holding_units

    def counted_slowly(artwork_id: int) -> int:
        held = count(artwork_id)
        time.sleep(RACE_WINDOW)
        return held

    monkeypatch.setattr(selectors, "orders_holding_units", counted_slowly)


@pytest.fixture
def slow_charge(monkeypatch):
    """Make the demo provider take a while to answer, as a real one does."""
    charge = DemoPaymentProvider.charge

    def charged_slowly(self, **kwargs):
        time.sleep(RACE_WINDOW)
        return charge(self, **kwargs)

    monkeypatch.setattr(DemoPaymentProvider, "charge", charged_slowly)


@pytest.fixture
def without_row_locks(monkeypatch):
    """Load the order and artwork as `_lock` does, but lock nothing."""

    def load_unlocked(order_id: int, *, skip_locked: bool = False):
        order = Order.objects.filter(pk=order_id).first()
        if order is not None:
            order.artwork = Artwork.objects.get(pk=order.artwork_id)
        return order

    monkeypatch.setattr(services, "_lock", load_unlocked)


@pytest.fixture
def slow_unlocked_load(without_row_locks, monkeypatch):
    """Pause after loading the order unlocked, so that every racer reads first."""
    load = services._lock

    def loaded_slowly(order_id: int, *, skip_locked: bool = False):
        order = load(order_id, skip_locked=skip_locked)
        time.sleep(RACE_WINDOW)
        return order

    monkeypatch.setattr(services, "_lock", loaded_slowly)


@pytest.fixture
def unguarded_stock(monkeypatch):
    """Take a unit by writing back the stock read earlier, with no condition.

    The conditional update waits for a competing sale and re-reads the stock,
    as a lock would; with it gone, nothing stops a sale the stock cannot
    cover.
    """

    def take_unguarded(artwork: Artwork) -> bool:
        if artwork.quantity_for_sale == 0:
            return False
        time.sleep(RACE_WINDOW)
        left = artwork.quantity_for_sale - 1
        Artwork.objects.filter(pk=artwork.pk).update(
            quantity_for_sale=left, is_for_sale=left > 0
        )
        artwork.quantity_for_sale, artwork.is_for_sale = left, left > 0
        return True

    monkeypatch.setattr(services, "_take_one_unit", take_unguarded)


def ten_requests_for_three_units() -> tuple[Artwork, list[Order]]:
    artwork = ArtworkFactory(quantity_for_sale=3)
    return artwork, [order_in(Status.PENDING, artwork=artwork) for _ in range(10)]


def accept_all(artwork: Artwork, orders: list[Order]) -> list:
    clients = [client_for(artwork.artist) for _ in orders]
    return run_together(
        [
            lambda client=client, order=order: act(client, "accept", order.pk)
            for client, order in zip(clients, orders, strict=True)
        ]
    )


@pytest.mark.django_db(transaction=True)
def test_ten_concurrent_accepts_hold_exactly_the_three_units(slow_hold_count):
    artwork, orders = ten_requests_for_three_units()

    responses = accept_all(artwork, orders)

    assert outcomes(responses) == {(200, None): 3, (409, "no_stock_available"): 7}
    assert Order.objects.filter(status=Status.ACCEPTED).count() == 3
    assert OrderEvent.objects.filter(to_status=Status.ACCEPTED).count() == 3


@pytest.mark.django_db(transaction=True)
def test_control_without_row_locks_concurrent_accepts_hold_more_than_the_stock(
    slow_hold_count, without_row_locks
):
    artwork, orders = ten_requests_for_three_units()

    accept_all(artwork, orders)

    assert Order.objects.filter(status=Status.ACCEPTED).count() > 3


@pytest.mark.django_db(transaction=True)
def test_the_three_held_units_sell_exactly_once_each(slow_hold_count):
    artwork, orders = ten_requests_for_three_units()
    accept_all(artwork, orders)
    accepted = list(
        Order.objects.filter(status=Status.ACCEPTED).select_related("buyer")
    )
    clients = [client_for(order.buyer) for order in accepted]

    responses = run_together(
        [
            lambda client=client, order=order: act(client, "pay", order.pk)
            for client, order in zip(clients, accepted, strict=True)
        ]
    )

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert sorted(response.json()["new_quantity"] for response in responses) == [
        0,
        1,
        2,
    ]
    artwork.refresh_from_db()
    assert (artwork.quantity_for_sale, artwork.is_for_sale) == (0, False)
    statuses = Counter(Order.objects.values_list("status", "cancel_reason"))
    assert statuses == {("ready to ship", ""): 3, ("cancelled", "sold_out"): 7}


def five_accepted_orders_for_three_units() -> tuple[Artwork, list[Order]]:
    # The artist lowered the stock after accepting, which the accept rule
    # cannot prevent.
    artwork = ArtworkFactory(quantity_for_sale=3)
    return artwork, [order_in(Status.ACCEPTED, artwork=artwork) for _ in range(5)]


def pay_all(orders: list[Order]) -> list:
    clients = [client_for(order.buyer) for order in orders]
    return run_together(
        [
            lambda client=client, order=order: act(client, "pay", order.pk)
            for client, order in zip(clients, orders, strict=True)
        ]
    )


@pytest.mark.django_db(transaction=True)
def test_concurrent_payments_for_more_orders_than_units_sell_only_the_stock():
    artwork, accepted = five_accepted_orders_for_three_units()

    responses = pay_all(accepted)

    assert outcomes(responses) == {(200, None): 3, (409, "sold_out"): 2}
    refusals = [
        response.json() for response in responses if response.status_code == 409
    ]
    assert all(body["error"] == body["detail"] for body in refusals)
    artwork.refresh_from_db()
    assert (artwork.quantity_for_sale, artwork.is_for_sale) == (0, False)
    statuses = Counter(Order.objects.values_list("status", "cancel_reason"))
    assert statuses == {("ready to ship", ""): 3, ("cancelled", "sold_out"): 2}


@pytest.mark.django_db(transaction=True)
def test_control_without_locks_concurrent_payments_sell_more_than_the_stock(
    without_row_locks, unguarded_stock
):
    artwork, accepted = five_accepted_orders_for_three_units()

    pay_all(accepted)

    assert Order.objects.filter(status=Status.READY_TO_SHIP).count() > 3
    artwork.refresh_from_db()
    assert artwork.quantity_for_sale > 0


def pay_eight_times(order: Order) -> list:
    clients = [client_for(order.buyer) for _ in range(8)]
    return run_together(
        [lambda client=client: act(client, "pay", order.pk) for client in clients]
    )


@pytest.mark.django_db(transaction=True)
def test_eight_concurrent_payments_of_one_order_pay_once(slow_charge):
    artwork = ArtworkFactory(quantity_for_sale=5)
    order = order_in(Status.ACCEPTED, artwork=artwork)

    responses = pay_eight_times(order)

    assert outcomes(responses) == {(200, None): 1, (409, "invalid_transition"): 7}
    assert (
        OrderEvent.objects.filter(order=order, to_status=Status.READY_TO_SHIP).count()
        == 1
    )
    artwork.refresh_from_db()
    assert artwork.quantity_for_sale == 4


@pytest.mark.django_db(transaction=True)
def test_control_without_row_locks_a_double_click_pays_twice(
    slow_charge, without_row_locks
):
    artwork = ArtworkFactory(quantity_for_sale=5)
    order = order_in(Status.ACCEPTED, artwork=artwork)

    pay_eight_times(order)

    assert (
        OrderEvent.objects.filter(order=order, to_status=Status.READY_TO_SHIP).count()
        > 1
    )
    artwork.refresh_from_db()
    assert artwork.quantity_for_sale < 4


def pay_and_cancel_together(order: Order) -> list:
    payer, canceller = client_for(order.buyer), client_for(order.buyer)
    return run_together(
        [
            lambda: act(payer, "pay", order.pk),
            lambda: act(canceller, "cancel", order.pk),
        ]
    )


@pytest.mark.parametrize("attempt", range(5))
@pytest.mark.django_db(transaction=True)
def test_a_payment_racing_a_cancel_ends_in_one_consistent_state(attempt):
    artwork = ArtworkFactory(quantity_for_sale=2)
    order = order_in(Status.ACCEPTED, artwork=artwork)

    paid, cancelled = pay_and_cancel_together(order)

    order.refresh_from_db()
    artwork.refresh_from_db()
    assert sorted([paid.status_code, cancelled.status_code]) == [200, 409]
    if paid.status_code == 200:
        assert (order.status, artwork.quantity_for_sale) == (Status.READY_TO_SHIP, 1)
        assert order.payment_reference
    else:
        assert (order.status, artwork.quantity_for_sale) == (Status.CANCELLED, 2)
        assert order.payment_reference == ""
        assert paid.json()["error"] == paid.json()["detail"]
    assert OrderEvent.objects.filter(order=order).count() == 1


@pytest.mark.django_db(transaction=True)
def test_control_without_row_locks_a_payment_and_a_cancel_both_succeed(
    slow_unlocked_load,
):
    artwork = ArtworkFactory(quantity_for_sale=2)
    order = order_in(Status.ACCEPTED, artwork=artwork)

    paid, cancelled = pay_and_cancel_together(order)

    assert (paid.status_code, cancelled.status_code) == (200, 200)
    assert OrderEvent.objects.filter(order=order).count() == 2


@pytest.mark.django_db(transaction=True)
def test_concurrent_timer_runs_move_each_due_order_once():

    from django.utils import timezone

    orders = [order_in(Status.PENDING) for _ in range(10)]
    later = timezone.now() + timedelta(days=8)

    with time_machine.travel(later, tick=False):
        runs = run_together([services.orders_run_timers] * 3)

    assert sum(run["lapse_response"] for run in runs) == 10
    for order in orders:
        assert OrderEvent.objects.filter(order=order).count() == 1


@contextmanager
def row_locked_elsewhere(model, pk: int):
    """Hold a row lock in another thread's transaction for the block's length."""
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                model.objects.select_for_update().get(pk=pk)
                holding.set()
                release.wait(timeout=10)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(timeout=10)
    try:
        yield
    finally:
        release.set()
        holder.join(timeout=10)


@pytest.mark.parametrize("model", [Order, Artwork])
@pytest.mark.django_db(transaction=True)
def test_timers_skip_an_order_whose_rows_another_transaction_holds(model):
    order = order_in(Status.PENDING)
    now = timezone.now() + timedelta(days=8)
    locked_pk = order.pk if model is Order else order.artwork_id

    with row_locked_elsewhere(model, locked_pk):
        while_held = services.orders_run_timers(now=now)
    after = services.orders_run_timers(now=now)

    assert while_held["lapse_response"] == 0
    assert after["lapse_response"] == 1


@pytest.mark.django_db(transaction=True)
def test_a_move_that_waits_too_long_for_the_lock_answers_409_busy(monkeypatch):
    monkeypatch.setattr(services, "LOCK_TIMEOUT", "100ms")
    order = order_in(Status.PENDING)

    with row_locked_elsewhere(Order, order.pk):
        response = act(client_for(order.seller), "accept", order.pk)

    assert response.status_code == 409
    assert response.json()["code"] == "order_busy"
    order.refresh_from_db()
    assert order.status == Status.PENDING
    assert not OrderEvent.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_sold_out_cascade_that_cannot_lock_an_order_leaves_the_payment_made(
    monkeypatch, caplog
):
    monkeypatch.setattr(services, "LOCK_TIMEOUT", "100ms")
    artwork = ArtworkFactory(quantity_for_sale=1)
    paying = order_in(Status.ACCEPTED, artwork=artwork)
    busy, waiting = (order_in(Status.PENDING, artwork=artwork) for _ in range(2))
    client = client_for(paying.buyer)

    with (
        caplog.at_level(logging.WARNING, logger="orders.services"),
        row_locked_elsewhere(Order, busy.pk),
    ):
        response = act(client, "pay", paying.pk)

    assert response.status_code == 200
    assert response.json()["new_quantity"] == 0
    paying.refresh_from_db()
    assert paying.status == Status.READY_TO_SHIP
    busy.refresh_from_db()
    waiting.refresh_from_db()
    assert busy.status == Status.PENDING
    assert (waiting.status, waiting.cancel_reason) == (Status.CANCELLED, "sold_out")
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.getMessage() == (
        f"Order cascade failed order={busy.pk} action=sell_out artwork={artwork.pk}"
    )
    assert services.orders_run_timers()["sell_out"] == 1
    busy.refresh_from_db()
    assert (busy.status, busy.cancel_reason) == (Status.CANCELLED, "sold_out")


@pytest.mark.django_db(transaction=True)
def test_marking_viewed_skips_an_order_being_moved_without_waiting_for_it():
    seller = ArtistFactory()
    moving, other = (
        order_in(Status.PENDING, artwork=ArtworkFactory(artist=seller))
        for _ in range(2)
    )
    locked, release = threading.Event(), threading.Event()

    def move_slowly() -> None:
        # Holds the order's row lock as a move does while it runs.
        with transaction.atomic():
            Order.objects.select_for_update().get(pk=moving.pk)
            locked.set()
            release.wait(timeout=10)
        connection.close()

    mover = threading.Thread(target=move_slowly)
    mover.start()
    locked.wait(timeout=10)
    try:
        started = time.monotonic()
        marked = services.orders_mark_viewed(member=seller)
        waited = time.monotonic() - started
    finally:
        release.set()
        mover.join()

    assert marked == 1
    assert waited < 1
    assert Order.objects.get(pk=other.pk).viewed_by_seller is True
    assert Order.objects.get(pk=moving.pk).viewed_by_seller is False
