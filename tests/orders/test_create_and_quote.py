"""Ordering at the quoted price, and the quote itself, in Decimal.

Worked examples, by hand, for an artwork of the given size sent from the
artist's postcode to the collector's:
  base = (5 + 2 x weight + 0.001 x width x depth x height)
         x (1 + 0.2 x zones apart)
  insurance = 1% of the price; total = price + base + insurance, to pennies.
"""

from decimal import Decimal

import pytest

from orders.models import Order, OrderEvent
from orders.pricing import Quote, postcode_zone, price_matches, quote_compute
from tests.conftest import client_for
from tests.factories import ArtistFactory, ArtworkFactory, CollectorFactory

WORKED_EXAMPLES = [
    # M1 (zone 3) to E1 (zone 1), 2 zones: (5 + 3 + 4) x 1.4 = 16.80;
    # insurance 2.50; total 269.30.
    pytest.param(
        "M1 1AE",
        "E1 6AN",
        dict(price="250.00", weight="1.50", width="40", depth="2", height="50"),
        ("16.80", "2.50", "269.30"),
        id="manchester-to-east-london",
    ),
    # EH1 (zone 4) to CB2 (zone 2), 2 zones: (5 + 24.5 + 27) x 1.4 = 79.10;
    # insurance 12.3456; 1234.56 + 79.10 + 12.3456 = 1326.0056 -> 1326.01.
    pytest.param(
        "EH1 1YZ",
        "CB2 1TN",
        dict(price="1234.56", weight="12.25", width="30", depth="30", height="30"),
        ("79.10", "12.35", "1326.01"),
        id="edinburgh-to-cambridge",
    ),
    # BS1 and LS1 are both zone 3: 5 + 1.5 + 0.696465 = 7.196465; insurance
    # 0.9999; 99.99 + 7.196465 + 0.9999 = 108.186365 -> 108.19, so shipping
    # is what the rounded parts leave: 108.19 - 99.99 - 1.00 = 7.20.
    pytest.param(
        "BS1 4DJ",
        "LS1 5AB",
        dict(price="99.99", weight="0.75", width="10.5", depth="3.3", height="20.1"),
        ("7.20", "1.00", "108.19"),
        id="bristol-to-leeds-same-zone",
    ),
    # QQ is no UK area, so zone 4; SW1A is London, zone 1: 3 zones apart:
    # 12 x 1.6 = 19.20; insurance 2.50; total 271.70.
    pytest.param(
        "SW1A 1AA",
        "QQ1 1AA",
        dict(price="250.00", weight="1.50", width="40", depth="2", height="50"),
        ("19.20", "2.50", "271.70"),
        id="london-to-unknown-area",
    ),
]


def artwork_for(artist_postcode: str, **sizes):
    artist = ArtistFactory(postcode=artist_postcode)
    return ArtworkFactory(
        artist=artist, **{name: Decimal(value) for name, value in sizes.items()}
    )


@pytest.mark.parametrize(
    ("postcode", "zone"),
    [
        ("E1 6AN", 1),
        ("EC1A 1BB", 1),
        ("EH1 1YZ", 4),
        ("N1 9GU", 1),
        ("NE1 4ST", 3),
        ("W1A 1AA", 1),
        ("WA1 1AA", 3),
        ("B1 1AA", 2),
        ("S1 2HE", 3),
        (" cb2 1tn ", 2),
        ("BT1 5GS", 4),
        ("QQ1 1AA", 4),
        ("", 4),
    ],
)
def test_postcode_zone_tries_two_letters_then_one_then_falls_to_zone_4(postcode, zone):
    assert postcode_zone(postcode) == zone


@pytest.mark.parametrize(
    ("artist_postcode", "buyer_postcode", "sizes", "expected"), WORKED_EXAMPLES
)
def test_quote_matches_the_worked_example(
    artist_postcode, buyer_postcode, sizes, expected
):
    sizes = {name: Decimal(value) for name, value in sizes.items()}

    quote = quote_compute(
        artist_postcode=artist_postcode, collector_postcode=buyer_postcode, **sizes
    )

    shipping, insurance, total = (Decimal(value) for value in expected)
    assert (quote.shipping_cost, quote.insurance, quote.total) == (
        shipping,
        insurance,
        total,
    )
    assert quote.artwork_price + quote.shipping_cost + quote.insurance == quote.total


@pytest.mark.parametrize(
    ("artist_postcode", "buyer_postcode", "sizes", "expected"), WORKED_EXAMPLES
)
@pytest.mark.django_db
def test_quote_endpoint_answers_the_worked_example(
    artist_postcode, buyer_postcode, sizes, expected
):
    artwork = artwork_for(artist_postcode, **sizes)
    buyer = CollectorFactory(postcode=buyer_postcode)

    response = client_for(buyer).get("/api/orders/quote/", {"artwork_id": artwork.pk})

    assert response.status_code == 200
    shipping, insurance, total = (float(value) for value in expected)
    assert response.json() == {
        "artwork_id": artwork.pk,
        "artwork_price": float(sizes["price"]),
        "shipping_cost": shipping,
        "insurance": insurance,
        "total": total,
    }


@pytest.mark.parametrize(
    ("artist_postcode", "buyer_postcode", "sizes", "expected"), WORKED_EXAMPLES
)
@pytest.mark.django_db
def test_create_stores_the_servers_quote(
    artist_postcode, buyer_postcode, sizes, expected
):
    artwork = artwork_for(artist_postcode, **sizes)
    buyer = CollectorFactory(postcode=buyer_postcode)
    shipping, insurance, total = (Decimal(value) for value in expected)

    response = client_for(buyer).post(
        "/api/orders/create/",
        {"artwork_id": artwork.pk, "final_price": str(total)},
        format="json",
    )

    assert response.status_code == 201, response.json()
    order = Order.objects.get()
    assert (order.artwork_price, order.shipping_cost, order.insurance, order.price) == (
        Decimal(sizes["price"]),
        shipping,
        insurance,
        total,
    )


@pytest.mark.parametrize("offset", ["-0.01", "0.01", "0"])
@pytest.mark.django_db
def test_create_accepts_a_total_within_a_penny_and_keeps_the_servers(offset):
    artwork = artwork_for("M1 1AE", price="250.00")
    buyer = CollectorFactory(postcode="E1 6AN")

    response = client_for(buyer).post(
        "/api/orders/create/",
        {
            "artwork_id": artwork.pk,
            "final_price": float(Decimal("269.30") + Decimal(offset)),
        },
        format="json",
    )

    assert response.status_code == 201
    assert response.json()["price"] == 269.30
    assert Order.objects.get().price == Decimal("269.30")


@pytest.mark.parametrize(
    ("final_price", "matches"),
    [
        # 108.2 + 0.01 in a client's floats.
        ("108.21000000000001", True),
        ("108.21", True),
        ("108.19", True),
        ("108.2149", True),
        ("108.215", False),
        ("108.18999999999999", True),
        ("108.185", True),
        ("108.1849", False),
        ("108.22", False),
    ],
)
def test_price_matches_the_client_total_rounded_to_pennies(final_price, matches):
    quote = Quote(
        artwork_price=Decimal("99.99"),
        shipping_cost=Decimal("7.21"),
        insurance=Decimal("1.00"),
        total=Decimal("108.20"),
    )

    assert price_matches(Decimal(final_price), quote) is matches


@pytest.mark.django_db
def test_create_accepts_a_total_with_float_noise_within_a_penny():
    artwork = artwork_for("M1 1AE", price="250.00")
    buyer = CollectorFactory(postcode="E1 6AN")

    response = client_for(buyer).post(
        "/api/orders/create/",
        # 269.2 + 0.09 in a client's floats: 269.29 once rounded to pennies.
        {"artwork_id": artwork.pk, "final_price": 269.28999999999996},
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert Order.objects.get().price == Decimal("269.30")


@pytest.mark.parametrize("final_price", ["269.28", "269.32", "250.00", "0"])
@pytest.mark.django_db
def test_create_refuses_a_total_off_by_more_than_a_penny_with_the_quote(final_price):
    artwork = artwork_for("M1 1AE", price="250.00")
    buyer = CollectorFactory(postcode="E1 6AN")

    response = client_for(buyer).post(
        "/api/orders/create/",
        {"artwork_id": artwork.pk, "final_price": final_price},
        format="json",
    )

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "price_changed"
    assert body["quote"] == {
        "artwork_price": 250.0,
        "shipping_cost": 16.8,
        "insurance": 2.5,
        "total": 269.3,
    }
    assert not Order.objects.exists()


@pytest.mark.django_db
def test_create_answers_a_pending_order_in_the_contract_shape(collector):
    artwork = ArtworkFactory()

    response = client_for(collector).post(
        "/api/orders/create/",
        {"artwork_id": artwork.pk, "final_price": 269.30},
        format="json",
    )

    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "pending"
    assert body["buyer_info"] == {
        "id": collector.pk,
        "username": collector.username,
        "address": collector.address,
        "postcode": collector.postcode,
    }
    assert body["seller_info"]["id"] == artwork.artist_id
    assert body["artwork_info"]["id"] == artwork.pk
    assert body["allowed_actions"] == ["cancel"]


@pytest.mark.django_db
def test_create_writes_one_event_and_tells_the_seller(collector):
    artwork = ArtworkFactory()

    client_for(collector).post(
        "/api/orders/create/",
        {"artwork_id": artwork.pk, "final_price": "269.30"},
        format="json",
    )

    order = Order.objects.get()
    event = OrderEvent.objects.get(order=order)
    assert (event.from_status, event.to_status, event.actor_id) == (
        "",
        "pending",
        collector.pk,
    )
    assert (order.viewed_by_buyer, order.viewed_by_seller) == (True, False)
    assert order.seller_id == artwork.artist_id


@pytest.mark.django_db
def test_an_artist_cannot_order(artist_client):
    artwork = ArtworkFactory()

    response = artist_client.post(
        "/api/orders/create/",
        {"artwork_id": artwork.pk, "final_price": "269.30"},
        format="json",
    )

    assert response.status_code == 403
    assert not Order.objects.exists()


@pytest.mark.parametrize(
    "artwork_fields",
    [
        {"is_for_sale": False},
        {"is_for_sale": False, "quantity_for_sale": 0},
        {"is_archived": True},
    ],
)
@pytest.mark.django_db
def test_create_refuses_an_artwork_that_is_not_for_sale(
    collector_client, artwork_fields
):
    artwork = ArtworkFactory(**artwork_fields)

    response = collector_client.post(
        "/api/orders/create/",
        {"artwork_id": artwork.pk, "final_price": "269.30"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "artwork_unavailable"
    assert not Order.objects.exists()


@pytest.mark.django_db
def test_create_refuses_an_artwork_that_does_not_exist(collector_client):
    response = collector_client.post(
        "/api/orders/create/", {"artwork_id": 999999, "final_price": "1"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "artwork_unavailable"


@pytest.mark.django_db
def test_create_refuses_a_second_open_order_for_the_same_artwork(collector):
    artwork = ArtworkFactory(quantity_for_sale=3)
    client = client_for(collector)
    body = {"artwork_id": artwork.pk, "final_price": "269.30"}
    first = client.post("/api/orders/create/", body, format="json")

    second = client.post("/api/orders/create/", body, format="json")

    assert second.status_code == 409
    assert second.json()["code"] == "order_already_open"
    assert second.json()["order_id"] == first.json()["id"]
    assert Order.objects.count() == 1


@pytest.mark.django_db
def test_quote_is_for_collectors_only(artist_client):
    artwork = ArtworkFactory()

    response = artist_client.get("/api/orders/quote/", {"artwork_id": artwork.pk})

    assert response.status_code == 403


@pytest.mark.parametrize(
    ("query", "status_code"),
    [({}, 400), ({"artwork_id": "abc"}, 400), ({"artwork_id": 2**70}, 400)],
)
@pytest.mark.django_db
def test_quote_refuses_a_missing_or_malformed_artwork_id(
    collector_client, query, status_code
):
    response = collector_client.get("/api/orders/quote/", query)

    assert response.status_code == status_code
    assert response.json()["fields"]["artwork_id"]


@pytest.mark.django_db
def test_quote_of_an_archived_or_unknown_artwork_is_404(collector_client):
    archived = ArtworkFactory(is_archived=True)

    for artwork_id in (archived.pk, 999999):
        response = collector_client.get(
            "/api/orders/quote/", {"artwork_id": artwork_id}
        )

        assert response.status_code == 404
