import pytest

from tests.conftest import client_for
from tests.factories import CollectorFactory, GalleryArtworkFactory, MemberFactory

URL = "/api/galleries/all/"


@pytest.mark.django_db
def test_staff_see_every_gallery_with_its_curator_and_artwork_count(staff_client):
    busy = CollectorFactory()
    GalleryArtworkFactory.create_batch(2, gallery=busy.gallery)
    quiet = CollectorFactory()

    response = staff_client.get(URL)

    assert response.status_code == 200
    body = response.json()
    assert [(g["id"], g["curator"], g["artwork_count"]) for g in body] == [
        (busy.gallery.pk, busy.pk, 2),
        (quiet.gallery.pk, quiet.pk, 0),
    ]
    assert set(body[0]) == {
        "id",
        "curator",
        "curator_username",
        "artwork_count",
        "created_at",
    }
    assert body[0]["curator_username"] == busy.username


@pytest.mark.django_db
def test_staff_can_ask_for_a_page(staff_client):
    collectors = CollectorFactory.create_batch(3)

    response = staff_client.get(URL, {"page": 2, "page_size": 2})

    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 3
    assert [g["id"] for g in body["results"]] == [collectors[2].gallery.pk]
    assert body["next"] is None
    assert body["previous"].endswith("page=1&page_size=2")


@pytest.mark.django_db
def test_a_collector_is_a_403(collector_client):
    response = collector_client.get(URL)

    assert response.status_code == 403


@pytest.mark.django_db
def test_an_artist_is_a_403(artist_client):
    response = artist_client.get(URL)

    assert response.status_code == 403


@pytest.mark.django_db
def test_anonymous_is_a_401(api_client):
    response = api_client.get(URL)

    assert response.status_code == 401


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.django_db
def test_runs_two_queries_whatever_the_number_of_galleries(
    django_assert_num_queries, count
):
    for _ in range(count):
        GalleryArtworkFactory(gallery=CollectorFactory().gallery)
    client = client_for(MemberFactory(user_type="", is_staff=True))

    # The member, then the galleries with curators and counts.
    with django_assert_num_queries(2):
        response = client.get(URL)

    assert len(response.json()) == count
