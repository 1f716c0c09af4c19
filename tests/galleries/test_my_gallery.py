import pytest

from tests.conftest import client_for
from tests.factories import ArtworkFactory, CollectorFactory, GalleryArtworkFactory
from tests.galleries.conftest import ARTIST_KEYS, ARTWORK_KEYS

URL = "/api/galleries/my-gallery/"


def fill_gallery(collector, count):
    """Add `count` artworks, the last one added being the newest."""
    return [
        GalleryArtworkFactory(gallery=collector.gallery).artwork for _ in range(count)
    ]


@pytest.mark.django_db
def test_returns_the_gallery_with_every_artwork_newest_added_first(
    collector, collector_client
):
    artworks = fill_gallery(collector, 3)

    response = collector_client.get(URL)

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"id", "curator", "artworks", "total"}
    assert body["id"] == collector.gallery.pk
    assert body["curator"] == collector.pk
    assert body["total"] == 3
    assert [a["id"] for a in body["artworks"]] == [a.pk for a in reversed(artworks)]


@pytest.mark.django_db
def test_each_artwork_has_the_contract_shape_with_archive_and_dates(
    collector, collector_client
):
    artwork = fill_gallery(collector, 1)[0]

    body = collector_client.get(URL).json()

    shown = body["artworks"][0]
    assert set(shown) == ARTWORK_KEYS
    assert set(shown["artist"]) == ARTIST_KEYS
    assert shown["artist"]["postcode"] == "M1"
    assert shown["price"] == 250.0
    assert shown["width"] == 40.0
    assert shown["is_archived"] is False
    assert shown["artworks_images"] == [
        {"id": image.pk, "image_url": image.image_url} for image in artwork.images.all()
    ]


@pytest.mark.django_db
def test_an_archived_artwork_stays_and_is_marked(collector, collector_client):
    artwork = ArtworkFactory(is_archived=True)
    GalleryArtworkFactory(gallery=collector.gallery, artwork=artwork)

    body = collector_client.get(URL).json()

    assert body["total"] == 1
    assert body["artworks"][0]["id"] == artwork.pk
    assert body["artworks"][0]["is_archived"] is True


@pytest.mark.django_db
def test_an_empty_gallery_has_no_artworks(collector, collector_client):
    response = collector_client.get(URL)

    assert response.status_code == 200
    assert response.json() == {
        "id": collector.gallery.pk,
        "curator": collector.pk,
        "artworks": [],
        "total": 0,
    }


@pytest.mark.django_db
def test_shows_only_the_callers_own_artworks(collector, collector_client):
    mine = fill_gallery(collector, 1)
    fill_gallery(CollectorFactory(), 2)

    body = collector_client.get(URL).json()

    assert [a["id"] for a in body["artworks"]] == [mine[0].pk]
    assert body["total"] == 1


@pytest.mark.django_db
def test_page_and_per_page_select_a_page_and_total_counts_all(
    collector, collector_client
):
    newest_first = list(reversed(fill_gallery(collector, 5)))

    body = collector_client.get(URL, {"page": 2, "per_page": 2}).json()

    assert [a["id"] for a in body["artworks"]] == [a.pk for a in newest_first[2:4]]
    assert body["total"] == 5


@pytest.mark.django_db
def test_the_last_page_may_be_short(collector, collector_client):
    newest_first = list(reversed(fill_gallery(collector, 5)))

    body = collector_client.get(URL, {"page": 3, "per_page": 2}).json()

    assert [a["id"] for a in body["artworks"]] == [newest_first[4].pk]
    assert body["total"] == 5


@pytest.mark.django_db
def test_per_page_alone_starts_at_the_first_page(collector, collector_client):
    newest_first = list(reversed(fill_gallery(collector, 3)))

    body = collector_client.get(URL, {"per_page": 2}).json()

    assert [a["id"] for a in body["artworks"]] == [a.pk for a in newest_first[:2]]
    assert body["total"] == 3


@pytest.mark.django_db
def test_page_alone_uses_twenty_per_page(collector, collector_client):
    fill_gallery(collector, 21)

    first = collector_client.get(URL, {"page": 1}).json()
    second = collector_client.get(URL, {"page": 2}).json()

    assert len(first["artworks"]) == 20
    assert len(second["artworks"]) == 1
    assert first["total"] == second["total"] == 21


@pytest.mark.parametrize("page", [4, 10**30])
@pytest.mark.django_db
def test_a_page_past_the_end_is_empty_with_the_right_total(
    collector, collector_client, page
):
    fill_gallery(collector, 3)

    response = collector_client.get(URL, {"page": page, "per_page": 1})

    assert response.status_code == 200
    assert response.json()["artworks"] == []
    assert response.json()["total"] == 3


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": 0}, "page"),
        ({"page": -1}, "page"),
        ({"page": "two"}, "page"),
        ({"page": "1.5"}, "page"),
        ({"per_page": 0}, "per_page"),
        ({"per_page": -5}, "per_page"),
        ({"per_page": 101}, "per_page"),
        ({"per_page": "many"}, "per_page"),
    ],
)
@pytest.mark.django_db
def test_invalid_page_parameters_are_a_400_naming_the_field(
    collector_client, params, field
):
    response = collector_client.get(URL, params)

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["detail"]
    assert list(body["fields"]) == [field]


@pytest.mark.django_db
def test_per_page_of_one_hundred_is_allowed(collector, collector_client):
    fill_gallery(collector, 2)

    response = collector_client.get(URL, {"per_page": 100})

    assert response.status_code == 200
    assert response.json()["total"] == 2


@pytest.mark.django_db
def test_anonymous_is_a_401_with_the_bearer_challenge(api_client):
    response = api_client.get(URL)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json()["code"] == "token_missing"


@pytest.mark.django_db
def test_an_artist_has_no_gallery_and_gets_a_403(artist_client):
    response = artist_client.get(URL)

    assert response.status_code == 403
    assert response.json()["detail"] == "Only collectors can do this."


@pytest.mark.django_db
def test_staff_who_are_not_collectors_get_a_403(staff_client):
    response = staff_client.get(URL)

    assert response.status_code == 403


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.django_db
def test_runs_four_queries_whatever_the_number_of_artworks(
    django_assert_num_queries, count
):
    collector = CollectorFactory()
    fill_gallery(collector, count)
    client = client_for(collector)

    # The member, the gallery, the artworks with their artists, the images.
    with django_assert_num_queries(4):
        response = client.get(URL)

    assert len(response.json()["artworks"]) == count


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.django_db
def test_a_page_runs_five_queries_whatever_the_number_of_artworks(
    django_assert_num_queries, count
):
    collector = CollectorFactory()
    fill_gallery(collector, count)
    client = client_for(collector)

    # As without a page, plus the count of all artworks for `total`.
    with django_assert_num_queries(5):
        response = client.get(URL, {"page": 1, "per_page": 5})

    assert len(response.json()["artworks"]) == 5
    assert response.json()["total"] == count
