"""Paying for an accepted order: stock, the sold-out cascade, failures, card data."""

import logging
import re
from decimal import Decimal

import pytest

from orders.models import Order, OrderEvent
from orders.payments import PaymentDeclined, PaymentProvider
from tests.conftest import client_for
from tests.factories import ArtworkFactory
from tests.orders.builders import CARD, act, order_in, snapshot

Status = Order.Status


class DecliningProvider(PaymentProvider):
    def charge(self, *, amount: Decimal, card, reference: str) -> str:
        raise PaymentDeclined()


@pytest.mark.django_db
def test_payment_takes_one_unit_and_answers_what_is_left():
    artwork = ArtworkFactory(quantity_for_sale=3)
    order = order_in(Status.ACCEPTED, artwork=artwork)

    response = act(client_for(order.buyer), "pay", order.pk)

    assert response.status_code == 200
    assert response.json() == {
        "message": "Payment accepted: the artist will now ship the artwork.",
        "new_quantity": 2,
        "is_for_sale": True,
    }
    artwork.refresh_from_db()
    assert (artwork.quantity_for_sale, artwork.is_for_sale) == (2, True)
    order.refresh_from_db()
    assert order.status == Status.READY_TO_SHIP
    assert order.paid_at is not None
    assert order.payment_reference.startswith("demo_")


@pytest.mark.django_db
def test_paying_for_the_last_unit_ends_the_sale_and_cancels_the_other_open_orders():
    artwork = ArtworkFactory(quantity_for_sale=2)
    first = order_in(Status.ACCEPTED, artwork=artwork)
    last = order_in(Status.ACCEPTED, artwork=artwork)
    waiting = [order_in(Status.PENDING, artwork=artwork) for _ in range(2)]
    act(client_for(first.buyer), "pay", first.pk)
    untouched = snapshot(waiting[0])

    response = act(client_for(last.buyer), "pay", last.pk)

    assert untouched["status"] == Status.PENDING
    assert response.json()["new_quantity"] == 0
    assert response.json()["is_for_sale"] is False
    artwork.refresh_from_db()
    assert (artwork.quantity_for_sale, artwork.is_for_sale) == (0, False)
    for order in waiting:
        order.refresh_from_db()
        assert (order.status, order.cancel_reason) == (Status.CANCELLED, "sold_out")
        assert order.viewed_by_buyer is False
        event = OrderEvent.objects.get(order=order)
        assert (event.actor_id, event.reason) == (None, "sold_out")
    first.refresh_from_db()
    assert first.status == Status.READY_TO_SHIP


@pytest.mark.django_db
def test_payment_with_no_stock_left_cancels_the_order_as_sold_out():
    artwork = ArtworkFactory(quantity_for_sale=1)
    order = order_in(Status.ACCEPTED, artwork=artwork)
    # The artist took the last unit off sale after accepting.
    type(artwork).objects.filter(pk=artwork.pk).update(
        quantity_for_sale=0, is_for_sale=False
    )

    response = act(client_for(order.buyer), "pay", order.pk)

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "sold_out"
    assert body["error"] == body["detail"]
    assert "no money was taken" in body["detail"]
    order.refresh_from_db()
    assert (order.status, order.cancel_reason) == (Status.CANCELLED, "sold_out")
    assert order.payment_reference == ""
    assert OrderEvent.objects.get(order=order).to_status == Status.CANCELLED
    artwork.refresh_from_db()
    assert artwork.quantity_for_sale == 0


@pytest.mark.django_db
def test_refused_payment_when_the_artwork_was_archived_in_the_meantime():
    artwork = ArtworkFactory(quantity_for_sale=2)
    order = order_in(Status.ACCEPTED, artwork=artwork)
    # Archived by a path that left the order open (its cascade failed).
    type(artwork).objects.filter(pk=artwork.pk).update(
        is_archived=True, is_for_sale=False
    )
    before = snapshot(order)

    response = act(client_for(order.buyer), "pay", order.pk)

    assert response.status_code == 409
    body = response.json()
    assert (body["code"], body["status"]) == ("artwork_withdrawn", "accepted")
    assert body["error"] == body["detail"]
    assert snapshot(order) == before
    order.refresh_from_db()
    assert order.payment_reference == ""


@pytest.mark.django_db
def test_a_declined_payment_changes_nothing(settings):
    settings.ORDER_PAYMENT_PROVIDER = f"{__name__}.DecliningProvider"
    order = order_in(Status.ACCEPTED, artwork=ArtworkFactory(quantity_for_sale=1))
    before = snapshot(order)

    response = act(client_for(order.buyer), "pay", order.pk)

    assert response.status_code == 402
    body = response.json()
    assert body["code"] == "payment_declined"
    assert body["error"] == body["detail"]
    assert snapshot(order) == before


@pytest.mark.parametrize(
    ("who", "status", "status_code"),
    [
        ("buyer", Status.PENDING, 409),
        ("seller", Status.ACCEPTED, 403),
        ("outsider", Status.ACCEPTED, 404),
    ],
)
@pytest.mark.django_db
def test_every_payment_failure_says_it_under_error_and_detail(
    who, status, status_code, outsider_client
):
    order = order_in(status)
    client = {
        "buyer": lambda: client_for(order.buyer),
        "seller": lambda: client_for(order.seller),
        "outsider": lambda: outsider_client,
    }[who]()

    response = act(client, "pay", order.pk)

    assert response.status_code == status_code
    body = response.json()
    assert body["error"] == body["detail"]
    assert body["detail"]


@pytest.mark.parametrize(
    "card",
    [
        {},
        {**CARD, "cardNumber": "4242 4242 4242 42x2"},
        {**CARD, "cardNumber": "4242"},
        {**CARD, "cardNumber": "4" * 20},
        {**CARD, "expiryDate": "13/29"},
        {**CARD, "cvv": "12"},
        {**CARD, "cardNumber": {"digits": "4242424242424242"}},
        {**CARD, "cardNumber": None},
    ],
)
@pytest.mark.django_db
def test_invalid_card_fields_are_refused_without_echoing_them(card):
    order = order_in(Status.ACCEPTED)
    before = snapshot(order)

    response = order_pay_request(order, card)

    assert response.status_code == 400
    body = response.json()
    assert body["error"] == body["detail"]
    assert "4242" not in response.content.decode()
    assert snapshot(order) == before


def order_pay_request(order, card):
    return client_for(order.buyer).patch(
        f"/api/orders/payment/{order.pk}", card, format="json"
    )


@pytest.mark.django_db
def test_card_fields_are_never_logged_or_stored(caplog):
    order = order_in(Status.ACCEPTED)
    secret = {"cardNumber": "5555 4444 3333 1111", "expiryDate": "07/31", "cvv": "987"}
    secrets = ["5555", "4444", "3333", "1111", "07/31", "987"]

    with caplog.at_level(logging.DEBUG):
        response = order_pay_request(order, secret)
        refused = order_pay_request(order, secret)

    assert response.status_code == 200
    assert refused.status_code == 409
    # Ids, amounts and the provider's random hex reference may hold any
    # digits; take them out before looking for the card's.
    ids = {order.pk, order.artwork_id, order.buyer_id, order.seller_id}
    harmless = rf"demo_[0-9a-f]{{32}}|(?<![0-9])({'|'.join(map(str, ids))})(?![0-9])"
    harmless += r"|amount=[0-9.]+"
    logged = re.sub(harmless, "", " ".join(r.getMessage() for r in caplog.records))
    assert "cardNumber" not in logged
    assert "cvv" not in logged
    order.refresh_from_db()
    stored = [
        order.status,
        order.cancel_reason,
        order.carrier,
        order.tracking_number,
        re.sub(r"^demo_[0-9a-f]{32}$", "", order.payment_reference),
        *OrderEvent.objects.values_list("note", flat=True),
    ]
    for value in secrets:
        assert value not in logged
        assert value not in refused.content.decode()
        assert value not in " ".join(stored)


def test_a_card_never_shows_its_numbers_in_repr():
    from orders.payments import Card

    card = Card(number="4242424242424242", expiry="12/29", cvv="123")

    assert "4242" not in repr(card)
    assert "123" not in repr(card)
