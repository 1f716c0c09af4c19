"""Who is told of each move, the unviewed poll, and marking orders viewed."""

import pytest

from orders.models import Order
from orders.services import orders_cancel_sold_out
from tests.conftest import client_for
from tests.factories import ArtistFactory, ArtworkFactory, CollectorFactory
from tests.orders.builders import act, order_in

Status = Order.Status


@pytest.mark.parametrize(
    ("status", "action", "actor", "buyer_viewed", "seller_viewed"),
    [
        (Status.PENDING, "accept", "seller", False, True),
        (Status.PENDING, "reject", "seller", False, True),
        (Status.PENDING, "cancel", "buyer", True, False),
        (Status.ACCEPTED, "cancel", "buyer", True, False),
        (Status.ACCEPTED, "pay", "buyer", True, False),
        (Status.READY_TO_SHIP, "ship", "seller", False, True),
        (Status.SHIPPED, "complete", "buyer", True, False),
    ],
)
@pytest.mark.django_db
def test_each_move_clears_the_other_partys_viewed_flag(
    status, action, actor, buyer_viewed, seller_viewed
):
    order = order_in(
        status,
        artwork=ArtworkFactory(quantity_for_sale=2),
        viewed_by_buyer=True,
        viewed_by_seller=True,
    )
    member = order.buyer if actor == "buyer" else order.seller

    response = act(client_for(member), action, order.pk)

    assert response.status_code == 200
    order.refresh_from_db()
    assert (order.viewed_by_buyer, order.viewed_by_seller) == (
        buyer_viewed,
        seller_viewed,
    )


@pytest.mark.django_db
def test_a_sold_out_cancellation_tells_only_the_buyer():
    artwork = ArtworkFactory(quantity_for_sale=1)
    order = order_in(
        Status.PENDING, artwork=artwork, viewed_by_buyer=True, viewed_by_seller=True
    )
    type(artwork).objects.filter(pk=artwork.pk).update(
        quantity_for_sale=0, is_for_sale=False
    )

    orders_cancel_sold_out(artwork_id=artwork.pk)

    order.refresh_from_db()
    assert (order.viewed_by_buyer, order.viewed_by_seller) == (False, True)


@pytest.mark.django_db
def test_unviewed_orders_counts_news_on_both_sides():
    artist = ArtistFactory()
    order_in(Status.PENDING, artwork=ArtworkFactory(artist=artist))
    order_in(Status.PENDING, artwork=ArtworkFactory(artist=artist))
    order_in(
        Status.PENDING,
        artwork=ArtworkFactory(artist=artist),
        viewed_by_seller=True,
    )

    response = client_for(artist).get("/api/orders/unviewed-orders/")

    assert response.status_code == 200
    assert response.json() == {"has_unviewed_orders": True, "unviewed_count": 2}


@pytest.mark.django_db
def test_unviewed_orders_is_false_with_nothing_new(collector_client):
    response = collector_client.get("/api/orders/unviewed-orders")

    assert response.json() == {"has_unviewed_orders": False, "unviewed_count": 0}


@pytest.mark.parametrize("orders", [0, 5, 50])
@pytest.mark.django_db
def test_unviewed_orders_is_the_auth_query_and_one_count(
    orders, django_assert_num_queries
):
    artist = ArtistFactory()
    artwork = ArtworkFactory(artist=artist, quantity_for_sale=50)
    for _ in range(orders):
        order_in(Status.PENDING, artwork=artwork)
    client = client_for(artist)

    with django_assert_num_queries(2):
        response = client.get("/api/orders/unviewed-orders/")

    assert response.json()["unviewed_count"] == orders


@pytest.mark.django_db
def test_mark_viewed_marks_the_artists_sales_and_says_how_many():
    artist = ArtistFactory()
    sales = [
        order_in(Status.PENDING, artwork=ArtworkFactory(artist=artist)) for _ in "ab"
    ]
    someone_elses = order_in(Status.PENDING)

    response = client_for(artist).post(
        "/api/orders/mark-viewed/", {"user_type": "artist"}, format="json"
    )

    assert response.status_code == 200
    assert response.json() == {"message": "Orders marked as viewed.", "marked": 2}
    for order in sales:
        order.refresh_from_db()
        assert order.viewed_by_seller is True
    someone_elses.refresh_from_db()
    assert someone_elses.viewed_by_seller is False


@pytest.mark.django_db
def test_mark_viewed_infers_the_side_of_a_collector():
    buyer = CollectorFactory()
    purchase = order_in(Status.ACCEPTED, buyer=buyer, viewed_by_buyer=False)
    someone_elses = order_in(Status.ACCEPTED, viewed_by_buyer=False)

    response = client_for(buyer).post("/api/orders/mark-viewed/", {}, format="json")

    assert response.json()["marked"] == 1
    purchase.refresh_from_db()
    someone_elses.refresh_from_db()
    assert (purchase.viewed_by_buyer, purchase.viewed_by_seller) == (True, False)
    assert someone_elses.viewed_by_buyer is False


@pytest.mark.django_db
def test_mark_viewed_refuses_an_artist_claiming_to_be_a_collector():
    sale = order_in(Status.PENDING, viewed_by_seller=False)

    response = client_for(sale.seller).post(
        "/api/orders/mark-viewed/", {"user_type": "collector"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["fields"]["user_type"]
    sale.refresh_from_db()
    assert sale.viewed_by_seller is False


@pytest.mark.django_db
def test_mark_viewed_refuses_a_collector_claiming_to_be_an_artist():
    purchase = order_in(Status.ACCEPTED, viewed_by_buyer=False)

    response = client_for(purchase.buyer).post(
        "/api/orders/mark-viewed/", {"user_type": "artist"}, format="json"
    )

    assert response.status_code == 400
    purchase.refresh_from_db()
    assert purchase.viewed_by_buyer is False


@pytest.mark.parametrize("user_type", ["staff", "", 7, None])
@pytest.mark.django_db
def test_mark_viewed_refuses_an_unknown_user_type(collector_client, user_type):
    response = collector_client.post(
        "/api/orders/mark-viewed/", {"user_type": user_type}, format="json"
    )

    assert response.status_code == 400


@pytest.mark.parametrize(
    ("reader", "flag"), [("buyer", "viewed_by_buyer"), ("seller", "viewed_by_seller")]
)
@pytest.mark.django_db
def test_reading_an_order_marks_it_viewed_for_the_readers_side(reader, flag):
    order = order_in(Status.ACCEPTED, viewed_by_buyer=False, viewed_by_seller=False)
    member = order.buyer if reader == "buyer" else order.seller

    response = client_for(member).get(f"/api/orders/{order.pk}/")

    assert response.status_code == 200
    assert response.json()[flag] is True
    order.refresh_from_db()
    other = "viewed_by_seller" if reader == "buyer" else "viewed_by_buyer"
    assert (getattr(order, flag), getattr(order, other)) == (True, False)
