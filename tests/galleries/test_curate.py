import pytest

from galleries.models import GalleryArtwork
from tests.factories import ArtworkFactory, CollectorFactory, GalleryArtworkFactory
from tests.galleries.conftest import ARTWORK_KEYS


def curate_url(gallery_id):
    return f"/api/galleries/{gallery_id}/curate/"


@pytest.mark.django_db
def test_adding_an_artwork_is_a_201_with_the_artwork(collector, collector_client):
    artwork = ArtworkFactory()

    response = collector_client.post(
        curate_url(collector.gallery.pk), {"artwork": artwork.pk}, format="json"
    )

    assert response.status_code == 201
    body = response.json()
    assert body["message"] == "Added to your gallery."
    assert set(body["artwork"]) == ARTWORK_KEYS
    assert body["artwork"]["id"] == artwork.pk
    assert list(collector.gallery.artworks.all()) == [artwork]


@pytest.mark.django_db
def test_adding_it_again_is_a_200_and_keeps_one_row(collector, collector_client):
    artwork = ArtworkFactory()
    url = curate_url(collector.gallery.pk)
    collector_client.post(url, {"artwork": artwork.pk}, format="json")

    response = collector_client.post(url, {"artwork": artwork.pk}, format="json")

    assert response.status_code == 200
    assert response.json()["message"] == "Already in your gallery."
    assert response.json()["artwork"]["id"] == artwork.pk
    assert GalleryArtwork.objects.filter(artwork=artwork).count() == 1


@pytest.mark.django_db
def test_an_archived_artwork_cannot_be_added(collector, collector_client):
    artwork = ArtworkFactory(is_archived=True)

    response = collector_client.post(
        curate_url(collector.gallery.pk), {"artwork": artwork.pk}, format="json"
    )

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "artwork_archived"
    assert "withdrawn" in body["detail"]
    assert GalleryArtwork.objects.count() == 0


@pytest.mark.django_db
def test_an_archived_artwork_already_there_is_a_200_and_stays(
    collector, collector_client
):
    artwork = ArtworkFactory(is_archived=True)
    GalleryArtworkFactory(gallery=collector.gallery, artwork=artwork)

    response = collector_client.post(
        curate_url(collector.gallery.pk), {"artwork": artwork.pk}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["artwork"]["is_archived"] is True
    assert GalleryArtwork.objects.count() == 1


@pytest.mark.django_db
def test_an_unknown_artwork_is_a_400_and_adds_nothing(collector, collector_client):
    response = collector_client.post(
        curate_url(collector.gallery.pk), {"artwork": 987654}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_artwork"
    assert response.json()["detail"] == "No artwork has this id."
    assert GalleryArtwork.objects.count() == 0


@pytest.mark.parametrize(
    "body", [{}, {"artwork": "twelve"}, {"artwork": 0}, {"artwork": 2**63}, []]
)
@pytest.mark.django_db
def test_an_invalid_body_is_a_400_and_adds_nothing(collector, collector_client, body):
    response = collector_client.post(
        curate_url(collector.gallery.pk), body, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert GalleryArtwork.objects.count() == 0


@pytest.mark.django_db
def test_adding_to_another_collectors_gallery_is_a_404_that_adds_nothing(
    collector_client,
):
    other = CollectorFactory()
    artwork = ArtworkFactory()

    response = collector_client.post(
        curate_url(other.gallery.pk), {"artwork": artwork.pk}, format="json"
    )

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert GalleryArtwork.objects.count() == 0


@pytest.mark.django_db
def test_adding_to_a_gallery_that_does_not_exist_is_the_same_404(
    collector, collector_client
):
    artwork = ArtworkFactory()
    other = CollectorFactory()
    foreign = collector_client.post(
        curate_url(other.gallery.pk), {"artwork": artwork.pk}, format="json"
    )

    missing = collector_client.post(
        curate_url(other.gallery.pk + 1000), {"artwork": artwork.pk}, format="json"
    )

    assert missing.status_code == 404
    assert missing.json() == foreign.json()
    assert GalleryArtwork.objects.count() == 0


@pytest.mark.django_db
def test_removing_an_artwork_is_a_204_with_an_empty_body(collector, collector_client):
    entry = GalleryArtworkFactory(gallery=collector.gallery)
    kept = GalleryArtworkFactory(gallery=collector.gallery)

    response = collector_client.delete(
        curate_url(collector.gallery.pk), {"artwork": entry.artwork_id}, format="json"
    )

    assert response.status_code == 204
    assert response.content == b""
    assert list(GalleryArtwork.objects.all()) == [kept]


@pytest.mark.django_db
def test_removing_it_again_is_a_404(collector, collector_client):
    entry = GalleryArtworkFactory(gallery=collector.gallery)
    url = curate_url(collector.gallery.pk)
    collector_client.delete(url, {"artwork": entry.artwork_id}, format="json")

    response = collector_client.delete(
        url, {"artwork": entry.artwork_id}, format="json"
    )

    assert response.status_code == 404
    assert response.json()["code"] == "not_in_gallery"
    assert response.json()["detail"] == "This artwork is not in the gallery."


@pytest.mark.django_db
def test_removing_an_artwork_that_is_only_in_another_gallery_is_a_404(
    collector, collector_client
):
    elsewhere = GalleryArtworkFactory(gallery=CollectorFactory().gallery)

    response = collector_client.delete(
        curate_url(collector.gallery.pk),
        {"artwork": elsewhere.artwork_id},
        format="json",
    )

    assert response.status_code == 404
    assert GalleryArtwork.objects.count() == 1


@pytest.mark.django_db
def test_removing_from_another_collectors_gallery_is_a_404_that_removes_nothing(
    collector_client,
):
    entry = GalleryArtworkFactory(gallery=CollectorFactory().gallery)

    response = collector_client.delete(
        curate_url(entry.gallery_id), {"artwork": entry.artwork_id}, format="json"
    )

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert GalleryArtwork.objects.count() == 1


@pytest.mark.parametrize("body", [None, {}, {"artwork": "twelve"}])
@pytest.mark.django_db
def test_removing_without_a_valid_artwork_is_a_400_that_removes_nothing(
    collector, collector_client, body
):
    GalleryArtworkFactory(gallery=collector.gallery)

    response = collector_client.delete(
        curate_url(collector.gallery.pk), body, format="json"
    )

    assert response.status_code == 400
    assert GalleryArtwork.objects.count() == 1


@pytest.mark.parametrize("method", ["post", "delete"])
@pytest.mark.django_db
def test_anonymous_is_a_401_that_changes_nothing(api_client, collector, method):
    entry = GalleryArtworkFactory(gallery=collector.gallery)

    response = getattr(api_client, method)(
        curate_url(collector.gallery.pk), {"artwork": entry.artwork_id}, format="json"
    )

    assert response.status_code == 401
    assert GalleryArtwork.objects.count() == 1


@pytest.mark.parametrize("method", ["post", "delete"])
@pytest.mark.django_db
def test_an_artist_is_a_403_that_changes_nothing(artist_client, collector, method):
    entry = GalleryArtworkFactory(gallery=collector.gallery)

    response = getattr(artist_client, method)(
        curate_url(collector.gallery.pk), {"artwork": entry.artwork_id}, format="json"
    )

    assert response.status_code == 403
    assert GalleryArtwork.objects.count() == 1


@pytest.mark.parametrize("method", ["post", "delete"])
@pytest.mark.django_db
def test_a_gallery_id_beyond_the_database_range_is_a_404(collector_client, method):
    artwork = ArtworkFactory()

    response = getattr(collector_client, method)(
        curate_url(2**63), {"artwork": artwork.pk}, format="json"
    )

    assert response.status_code == 404
    assert GalleryArtwork.objects.count() == 0
