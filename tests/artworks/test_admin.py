import pytest

from artworks.models import Artwork
from orders.models import Order
from tests.factories import ArtistFactory, ArtworkFactory, OrderFactory


@pytest.mark.django_db
def test_admin_lists_artworks_filtered_by_medium(superuser_client):
    ArtworkFactory(title="Bronze hare", medium="sculpture")
    ArtworkFactory(title="Sea study", medium="painting")

    response = superuser_client.get("/admin/artworks/artwork/", {"medium": "sculpture"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Bronze hare" in page
    assert "Sea study" not in page


@pytest.mark.django_db
def test_admin_searches_artworks_by_artist(superuser_client):
    ArtworkFactory(title="Bronze hare", artist=ArtistFactory(last_name="Hepworth"))
    ArtworkFactory(title="Sea study")

    response = superuser_client.get("/admin/artworks/artwork/", {"q": "hepworth"})

    page = response.content.decode()
    assert "Bronze hare" in page
    assert "Sea study" not in page


@pytest.mark.django_db
def test_admin_shows_an_artwork_with_its_images(superuser_client):
    artwork = ArtworkFactory()
    image = artwork.images.get()

    response = superuser_client.get(f"/admin/artworks/artwork/{artwork.pk}/change/")

    assert response.status_code == 200
    assert image.image_url in response.content.decode()


@pytest.mark.django_db
def test_admin_filters_artworks_for_sale(superuser_client):
    ArtworkFactory(title="Bronze hare", is_for_sale=True)
    ArtworkFactory(title="Sea study", is_for_sale=False)

    response = superuser_client.get(
        "/admin/artworks/artwork/", {"is_for_sale__exact": 0}
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Sea study" in page
    assert "Bronze hare" not in page


@pytest.mark.django_db
def test_admin_filters_archived_artworks(superuser_client):
    ArtworkFactory(title="Bronze hare")
    ArtworkFactory(title="Sea study", is_archived=True, is_for_sale=False)

    response = superuser_client.get(
        "/admin/artworks/artwork/", {"is_archived__exact": 1}
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Sea study" in page
    assert "Bronze hare" not in page


@pytest.mark.django_db
def test_admin_delete_of_an_ordered_artwork_is_refused_and_keeps_its_order(
    superuser_client,
):
    order = OrderFactory()
    artwork = order.artwork
    url = f"/admin/artworks/artwork/{artwork.pk}/delete/"

    confirm = superuser_client.get(url)
    response = superuser_client.post(url, {"post": "yes"})

    for answer in (confirm, response):
        assert answer.status_code == 200
        assert "<title>Cannot delete artwork |" in answer.content.decode()
    assert Artwork.objects.filter(pk=artwork.pk).exists()
    assert Order.objects.get(pk=order.pk).artwork_id == artwork.pk


@pytest.mark.django_db
def test_admin_bulk_delete_of_ordered_artworks_is_refused_and_keeps_them(
    superuser_client,
):
    ordered = OrderFactory().artwork
    unordered = ArtworkFactory()
    selected = {"_selected_action": [ordered.pk, unordered.pk]}

    response = superuser_client.post(
        "/admin/artworks/artwork/",
        {"action": "delete_selected", "post": "yes", **selected},
    )

    assert response.status_code == 200
    assert "<title>Cannot delete artworks |" in response.content.decode()
    assert set(Artwork.objects.values_list("pk", flat=True)) == {
        ordered.pk,
        unordered.pk,
    }
    assert Order.objects.filter(artwork=ordered).count() == 1


def change_form(artwork: Artwork, **changes) -> dict:
    """The admin change form of an artwork, as a browser would post it back."""
    image = artwork.images.get()
    fields = {
        "artist": artwork.artist_id,
        "title": artwork.title,
        "description": artwork.description,
        "year": artwork.year,
        "price": artwork.price,
        "quantity_for_sale": artwork.quantity_for_sale,
        "medium": artwork.medium,
        "material": artwork.material,
        "width": artwork.width,
        "depth": artwork.depth,
        "height": artwork.height,
        "weight": artwork.weight,
        "images-TOTAL_FORMS": 1,
        "images-INITIAL_FORMS": 1,
        "images-0-id": image.pk,
        "images-0-artwork": artwork.pk,
        "images-0-image_url": image.image_url,
        "images-0-position": image.position,
    }
    flags = {"is_for_sale": artwork.is_for_sale, "is_archived": artwork.is_archived}
    flags.update(changes)
    # An unticked checkbox is not sent at all.
    return {**fields, **{name: "on" for name, ticked in flags.items() if ticked}}


@pytest.mark.django_db
def test_archiving_in_the_admin_cancels_the_open_orders_as_withdrawn(
    superuser_client, django_capture_on_commit_callbacks
):
    artwork = ArtworkFactory(quantity_for_sale=2)
    pending = OrderFactory(artwork=artwork)

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            f"/admin/artworks/artwork/{artwork.pk}/change/",
            change_form(artwork, is_archived=True),
        )

    assert response.status_code == 302
    artwork.refresh_from_db()
    assert (artwork.is_archived, artwork.is_for_sale) == (True, False)
    pending.refresh_from_db()
    assert (pending.status, pending.cancel_reason) == ("cancelled", "artwork_withdrawn")


@pytest.mark.django_db
def test_other_admin_changes_leave_the_open_orders_alone(
    superuser_client, django_capture_on_commit_callbacks
):
    artwork = ArtworkFactory(quantity_for_sale=2)
    pending = OrderFactory(artwork=artwork)

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            f"/admin/artworks/artwork/{artwork.pk}/change/",
            {**change_form(artwork), "title": "Renamed"},
        )

    assert response.status_code == 302
    artwork.refresh_from_db()
    assert (artwork.title, artwork.is_archived) == ("Renamed", False)
    pending.refresh_from_db()
    assert pending.status == "pending"
