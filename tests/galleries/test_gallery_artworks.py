import pytest

from tests.conftest import client_for
from tests.factories import ArtworkFactory, CollectorFactory, GalleryArtworkFactory
from tests.galleries.conftest import ARTWORK_KEYS


def artworks_url(gallery_id):
    return f"/api/galleries/{gallery_id}/artworks/"


@pytest.mark.django_db
def test_lists_the_artworks_of_the_gallery_newest_added_first(
    collector, collector_client
):
    first = GalleryArtworkFactory(gallery=collector.gallery).artwork
    second = GalleryArtworkFactory(gallery=collector.gallery).artwork
    GalleryArtworkFactory(gallery=CollectorFactory().gallery)

    response = collector_client.get(artworks_url(collector.gallery.pk))

    assert response.status_code == 200
    body = response.json()
    assert [artwork["id"] for artwork in body] == [second.pk, first.pk]
    assert all(set(artwork) == ARTWORK_KEYS for artwork in body)


@pytest.mark.django_db
def test_an_archived_artwork_is_listed_and_marked(collector, collector_client):
    GalleryArtworkFactory(
        gallery=collector.gallery, artwork=ArtworkFactory(is_archived=True)
    )

    body = collector_client.get(artworks_url(collector.gallery.pk)).json()

    assert [artwork["is_archived"] for artwork in body] == [True]


@pytest.mark.django_db
def test_an_empty_gallery_is_an_empty_array(collector, collector_client):
    response = collector_client.get(artworks_url(collector.gallery.pk))

    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.django_db
def test_another_collectors_gallery_is_a_404_like_a_missing_one(collector_client):
    other = CollectorFactory()
    GalleryArtworkFactory(gallery=other.gallery)

    foreign = collector_client.get(artworks_url(other.gallery.pk))
    missing = collector_client.get(artworks_url(other.gallery.pk + 1000))

    assert foreign.status_code == missing.status_code == 404
    assert foreign.json() == missing.json()


@pytest.mark.django_db
def test_anonymous_is_a_401(api_client, collector):
    response = api_client.get(artworks_url(collector.gallery.pk))

    assert response.status_code == 401


@pytest.mark.django_db
def test_an_artist_is_a_403(artist_client, collector):
    response = artist_client.get(artworks_url(collector.gallery.pk))

    assert response.status_code == 403


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.django_db
def test_runs_four_queries_whatever_the_number_of_artworks(
    django_assert_num_queries, count
):
    collector = CollectorFactory()
    for _ in range(count):
        GalleryArtworkFactory(gallery=collector.gallery)
    client = client_for(collector)

    # The member, the gallery, the artworks with their artists, the images.
    with django_assert_num_queries(4):
        response = client.get(artworks_url(collector.gallery.pk))

    assert len(response.json()) == count


@pytest.mark.parametrize("gallery_id", [2**63, 10**30])
@pytest.mark.django_db
def test_a_gallery_id_beyond_the_database_range_is_a_plain_404(
    collector_client, gallery_id
):
    response = collector_client.get(artworks_url(gallery_id))

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
