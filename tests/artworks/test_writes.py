import logging
from decimal import Decimal

import pytest
from django.utils import timezone

from artworks.models import Artwork, ArtworkImage
from orders.models import Order, OrderEvent
from tests.conftest import client_for
from tests.factories import ArtistFactory, ArtworkFactory, OrderFactory
from tests.orders.builders import order_in

Status = Order.Status

CREATE_URL = "/api/artworks/create/"
IMAGE = "https://res.cloudinary.com/demo/image/upload/v1/artworks/{}.jpg"


def detail_url(artwork) -> str:
    return f"/api/artworks/{artwork.pk}/"


def artwork_body(**changes) -> dict:
    return {
        "title": "Harbour at dusk",
        "description": "Oil on linen.",
        "year": 2024,
        "price": 1200,
        "quantity_for_sale": 2,
        "is_for_sale": True,
        "medium": "painting",
        "material": "oil on linen",
        "width": 40.6,
        "depth": 2,
        "height": 55.9,
        "weight": 1.8,
        "artworks_images": [IMAGE.format("a"), IMAGE.format("b")],
        **changes,
    }


@pytest.mark.django_db
def test_artist_lists_an_artwork_with_images_in_order(artist_client, artist):
    response = artist_client.post(CREATE_URL, artwork_body(), format="json")

    assert response.status_code == 201
    body = response.json()
    artwork = Artwork.objects.get(pk=body["id"])
    assert artwork.artist == artist
    assert artwork.price == Decimal("1200.00")
    assert body["price"] == 1200
    assert body["artist"]["id"] == artist.pk
    assert [image["image_url"] for image in body["artworks_images"]] == [
        IMAGE.format("a"),
        IMAGE.format("b"),
    ]
    assert body["is_archived"] is False


@pytest.mark.django_db
def test_artist_and_id_in_the_body_are_ignored(artist_client, artist):
    other = ArtistFactory()

    response = artist_client.post(
        CREATE_URL,
        artwork_body(artist=other.pk, id=999, is_archived=True, colour="red"),
        format="json",
    )

    assert response.status_code == 201
    artwork = Artwork.objects.get()
    assert (artwork.artist, artwork.is_archived) == (artist, False)
    assert artwork.pk != 999


@pytest.mark.django_db
def test_collector_cannot_list_an_artwork(collector_client):
    response = collector_client.post(CREATE_URL, artwork_body(), format="json")

    assert response.status_code == 403
    assert Artwork.objects.count() == 0


@pytest.mark.django_db
def test_anonymous_cannot_list_an_artwork(api_client):
    response = api_client.post(CREATE_URL, artwork_body(), format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"


@pytest.mark.django_db
def test_no_stock_means_not_for_sale(artist_client):
    response = artist_client.post(
        CREATE_URL, artwork_body(quantity_for_sale=0, is_for_sale=True), format="json"
    )

    assert response.status_code == 201
    assert response.json()["is_for_sale"] is False


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "x" * 101}, "title"),
        ({"title": ""}, "title"),
        ({"description": "x" * 301}, "description"),
        ({"price": 0}, "price"),
        ({"price": -5}, "price"),
        ({"price": 100000}, "price"),
        ({"price": "12.345"}, "price"),
        ({"price": "NaN"}, "price"),
        ({"price": "abc"}, "price"),
        ({"quantity_for_sale": -1}, "quantity_for_sale"),
        ({"medium": "fresco"}, "medium"),
        ({"material": "x" * 51}, "material"),
        ({"year": timezone.now().year + 1}, "year"),
        ({"year": "soon"}, "year"),
        ({"width": 0}, "width"),
        ({"depth": 10000}, "depth"),
        ({"height": -1}, "height"),
        ({"weight": 0}, "weight"),
        ({"artworks_images": []}, "artworks_images"),
        ({"artworks_images": [IMAGE.format(n) for n in range(6)]}, "artworks_images"),
        ({"artworks_images": "https://example.com/a.jpg"}, "artworks_images"),
        ({"artworks_images": ["javascript:alert(1)"]}, "artworks_images"),
        ({"artworks_images": ["data:image/png;base64,AAAA"]}, "artworks_images"),
        ({"artworks_images": ["http://example.com/a.jpg"]}, "artworks_images"),
        ({"artworks_images": [IMAGE.format(1), IMAGE.format(1)]}, "artworks_images"),
        ({"is_for_sale": "perhaps"}, "is_for_sale"),
    ],
)
@pytest.mark.django_db
def test_invalid_artworks_are_refused(artist_client, changes, field):
    response = artist_client.post(CREATE_URL, artwork_body(**changes), format="json")

    assert response.status_code == 400
    body = response.json()
    assert field in {name.split(".")[0] for name in body["fields"]}
    assert body["errors"]
    assert Artwork.objects.count() == 0
    assert ArtworkImage.objects.count() == 0


@pytest.mark.django_db
def test_a_json_array_body_is_refused(artist_client):
    response = artist_client.post(CREATE_URL, [artwork_body()], format="json")

    assert response.status_code == 400
    assert Artwork.objects.count() == 0


@pytest.mark.django_db
def test_put_takes_back_what_the_client_read(artist_client, artist):
    artwork = ArtworkFactory(artist=artist)
    read = artist_client.get(detail_url(artwork)).json()
    read["artist"] = artist.pk
    read["artworks_images"] = [IMAGE.format("new")]
    read["price"] = 99.5

    response = artist_client.put(detail_url(artwork), read, format="json")

    assert response.status_code == 200
    artwork.refresh_from_db()
    assert artwork.price == Decimal("99.50")
    assert list(artwork.images.values_list("image_url", flat=True)) == [
        IMAGE.format("new")
    ]
    assert response.json()["artworks_images"][0]["image_url"] == IMAGE.format("new")


@pytest.mark.django_db
def test_put_accepts_images_as_the_objects_it_read(artist_client, artist):
    artwork = ArtworkFactory(artist=artist)
    read = artist_client.get(detail_url(artwork)).json()

    response = artist_client.put(detail_url(artwork), read, format="json")

    assert response.status_code == 200
    assert [image["image_url"] for image in response.json()["artworks_images"]] == [
        image["image_url"] for image in read["artworks_images"]
    ]


@pytest.mark.django_db
def test_put_and_patch_are_partial(artist_client, artist):
    artwork = ArtworkFactory(artist=artist, title="Before", quantity_for_sale=3)

    put = artist_client.put(detail_url(artwork), {"title": "After"}, format="json")
    patch = artist_client.patch(
        detail_url(artwork), {"quantity_for_sale": 0}, format="json"
    )

    assert put.status_code == 200
    assert patch.status_code == 200
    artwork.refresh_from_db()
    assert (artwork.title, artwork.quantity_for_sale, artwork.is_for_sale) == (
        "After",
        0,
        False,
    )
    assert artwork.images.count() == 1


@pytest.mark.django_db
def test_other_artist_and_collector_cannot_change_an_artwork(collector):
    artwork = ArtworkFactory(title="Mine")

    for member in (ArtistFactory(), collector):
        client = client_for(member)
        put = client.put(detail_url(artwork), {"title": "Stolen"}, format="json")
        delete = client.delete(detail_url(artwork))

        assert (put.status_code, delete.status_code) == (403, 403)
    artwork.refresh_from_db()
    assert artwork.title == "Mine"


@pytest.mark.django_db
def test_unknown_artwork_is_404(api_client, artist_client):
    assert api_client.get("/api/artworks/424242/").status_code == 404
    assert (
        artist_client.put("/api/artworks/424242/", {}, format="json").status_code == 404
    )
    assert artist_client.delete("/api/artworks/424242/").status_code == 404
    assert api_client.get(f"/api/artworks/{2**70}/").status_code == 404


@pytest.mark.django_db
def test_invalid_update_changes_nothing(artist_client, artist):
    artwork = ArtworkFactory(artist=artist, title="Before")

    response = artist_client.put(
        detail_url(artwork),
        {"title": "After", "artworks_images": ["http://plain.example.com/a.jpg"]},
        format="json",
    )

    assert response.status_code == 400
    artwork.refresh_from_db()
    assert artwork.title == "Before"
    assert artwork.images.count() == 1


@pytest.mark.django_db
def test_deleting_an_artwork_without_orders_removes_it(artist_client, artist):
    artwork = ArtworkFactory(artist=artist)

    response = artist_client.delete(detail_url(artwork))

    assert response.status_code == 204
    assert response.content == b""
    assert not Artwork.objects.filter(pk=artwork.pk).exists()
    assert ArtworkImage.objects.count() == 0


@pytest.mark.django_db
def test_deleting_an_ordered_artwork_archives_it_and_keeps_the_order(
    artist_client, artist, api_client
):
    artwork = ArtworkFactory(artist=artist)
    order = OrderFactory(artwork=artwork)

    response = artist_client.delete(detail_url(artwork))

    assert response.status_code == 204
    artwork.refresh_from_db()
    assert (artwork.is_archived, artwork.is_for_sale) == (True, False)
    assert Order.objects.get(pk=order.pk).artwork == artwork
    assert api_client.get("/api/artworks/").json() == []
    detail = api_client.get(detail_url(artwork))
    assert detail.status_code == 200
    assert detail.json()["is_archived"] is True


@pytest.mark.django_db
def test_archiving_cancels_the_pending_and_accepted_orders_as_withdrawn(
    artist_client, artist, caplog, django_capture_on_commit_callbacks
):
    artwork = ArtworkFactory(artist=artist, quantity_for_sale=3)
    pending = order_in(Status.PENDING, artwork=artwork, viewed_by_seller=True)
    accepted = order_in(Status.ACCEPTED, artwork=artwork, viewed_by_seller=True)
    paid = order_in(Status.READY_TO_SHIP, artwork=artwork)

    with (
        caplog.at_level(logging.INFO, logger="orders.services"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = artist_client.delete(detail_url(artwork))

    assert response.status_code == 204
    for order, from_status in ((pending, "pending"), (accepted, "accepted")):
        order.refresh_from_db()
        assert (order.status, order.cancel_reason) == (
            Status.CANCELLED,
            "artwork_withdrawn",
        )
        assert order.cancelled_at is not None
        assert (order.viewed_by_buyer, order.viewed_by_seller) == (False, True)
        event = OrderEvent.objects.get(order=order)
        assert (event.from_status, event.to_status) == (from_status, "cancelled")
        assert (event.actor_id, event.reason) == (None, "artwork_withdrawn")
        assert (
            f"Order moved order={order.pk} action=withdraw from={from_status} "
            f"to=cancelled actor=None artwork={artwork.pk}"
        ) in caplog.text
    paid.refresh_from_db()
    assert paid.status == Status.READY_TO_SHIP
    assert not OrderEvent.objects.filter(order=paid).exists()


@pytest.mark.django_db
def test_an_archived_artwork_cannot_be_edited(artist_client, artist):
    artwork = ArtworkFactory(artist=artist, is_archived=True, title="Gone")

    response = artist_client.put(detail_url(artwork), {"title": "Back"}, format="json")

    assert response.status_code == 409
    assert response.json()["code"] == "artwork_archived"
    artwork.refresh_from_db()
    assert artwork.title == "Gone"


@pytest.mark.django_db
def test_artwork_detail_runs_two_queries(api_client, django_assert_num_queries):
    artwork = ArtworkFactory()

    with django_assert_num_queries(2):
        response = api_client.get(detail_url(artwork))

    assert response.json()["id"] == artwork.pk
