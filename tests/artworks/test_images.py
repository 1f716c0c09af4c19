import json
import logging
from types import SimpleNamespace

import cloudinary.uploader
import cloudinary.utils
import pytest

from artworks.images import cloudinary_asset
from artworks.models import Artwork, ArtworkImage
from tests.conftest import client_for
from tests.factories import ArtistFactory, ArtworkFactory, ArtworkImageFactory

OUR_CLOUD = "cloudinary://123456789012345:s3cret-api-secret@ourcloud"
OUR_IMAGE = "https://res.cloudinary.com/ourcloud/image/upload/v1712/openstudio/a/b.jpg"
OTHER_IMAGE = "https://res.cloudinary.com/othercloud/image/upload/v1712/x.jpg"


def images_url(artwork) -> str:
    return f"/api/images/artwork/{artwork.pk}/images/"


def image_url(image) -> str:
    return f"/api/images/image/{image.pk}/"


class FakeCloudinary:
    """Stands in for Cloudinary's HTTP API and records what was asked of it."""

    def __init__(self, answer=None, error=None):
        self.requests = []
        self.answer = answer or {"result": "ok"}
        self.error = error

    def request(self, method, url, fields, headers, **kwargs):
        if self.error:
            raise self.error
        self.requests.append({"url": url, "fields": dict(fields)})
        return SimpleNamespace(
            status=200, headers={}, data=json.dumps(self.answer).encode()
        )


@pytest.fixture
def our_cloud(settings):
    settings.CLOUDINARY_URL = OUR_CLOUD


@pytest.fixture
def fake_cloudinary(monkeypatch):
    fake = FakeCloudinary()
    monkeypatch.setattr(cloudinary.uploader._http, "request", fake.request)
    return fake


@pytest.mark.django_db
def test_anyone_lists_the_images_of_an_artwork_in_order(api_client):
    artwork = ArtworkFactory(images=[])
    second = ArtworkImageFactory(artwork=artwork, position=1)
    first = ArtworkImageFactory(artwork=artwork, position=0)

    response = api_client.get(images_url(artwork))

    assert response.status_code == 200
    assert [image["id"] for image in response.json()] == [first.pk, second.pk]
    assert set(response.json()[0]) == {"id", "image_url", "position", "thumbnail_url"}


@pytest.mark.django_db
def test_images_of_an_unknown_artwork_are_404(api_client):
    assert api_client.get("/api/images/artwork/424242/images/").status_code == 404


@pytest.mark.django_db
def test_owner_adds_an_image_after_the_others(artist_client, artist):
    artwork = ArtworkFactory(artist=artist)

    response = artist_client.post(
        images_url(artwork), {"image_url": OUR_IMAGE}, format="json"
    )

    assert response.status_code == 201
    assert response.json()["position"] == artwork.images.first().position + 1
    assert artwork.images.count() == 2


@pytest.mark.django_db
def test_only_the_owner_adds_images(collector):
    artwork = ArtworkFactory()

    for member in (ArtistFactory(), collector):
        response = client_for(member).post(
            images_url(artwork), {"image_url": OUR_IMAGE}, format="json"
        )

        assert response.status_code == 403
    assert artwork.images.count() == 1


@pytest.mark.django_db
def test_a_sixth_image_is_refused(artist_client, artist):
    artwork = ArtworkFactory(artist=artist, images=[])
    ArtworkImageFactory.create_batch(5, artwork=artwork)

    response = artist_client.post(
        images_url(artwork), {"image_url": OUR_IMAGE}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "too_many_images"
    assert artwork.images.count() == 5


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:image/png;base64,AAAA", "http://example.com/a.jpg"],
)
@pytest.mark.django_db
def test_unsafe_image_urls_are_refused(artist_client, artist, url):
    artwork = ArtworkFactory(artist=artist)

    response = artist_client.post(
        images_url(artwork), {"image_url": url}, format="json"
    )

    assert response.status_code == 400
    assert "image_url" in response.json()["fields"]
    assert artwork.images.count() == 1


@pytest.mark.django_db
def test_with_cloudinary_configured_only_our_cloud_is_accepted(
    artist_client, artist, our_cloud
):
    artwork = ArtworkFactory(artist=artist)

    foreign = artist_client.post(
        images_url(artwork), {"image_url": OTHER_IMAGE}, format="json"
    )
    ours = artist_client.post(
        images_url(artwork), {"image_url": OUR_IMAGE}, format="json"
    )

    assert foreign.status_code == 400
    assert "ourcloud" in foreign.json()["detail"]
    assert ours.status_code == 201


@pytest.mark.django_db
def test_without_cloudinary_any_https_url_is_accepted(artist_client, artist):
    artwork = ArtworkFactory(artist=artist)

    response = artist_client.post(
        images_url(artwork),
        {"image_url": "https://images.example.com/a.jpg"},
        format="json",
    )

    assert response.status_code == 201


@pytest.mark.django_db
def test_the_last_image_cannot_be_removed(artist_client, artist):
    artwork = ArtworkFactory(artist=artist)
    image = artwork.images.get()

    response = artist_client.delete(image_url(image))

    assert response.status_code == 400
    assert response.json()["code"] == "last_image"
    assert ArtworkImage.objects.filter(pk=image.pk).exists()


@pytest.mark.django_db
def test_only_the_owner_removes_an_image(collector, api_client):
    artwork = ArtworkFactory()
    image = ArtworkImageFactory(artwork=artwork)

    for member in (ArtistFactory(), collector):
        assert client_for(member).delete(image_url(image)).status_code == 403
    assert api_client.delete(image_url(image)).status_code == 401
    assert ArtworkImage.objects.filter(pk=image.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_removing_an_image_destroys_its_asset_after_commit(
    artist, our_cloud, fake_cloudinary
):
    artwork = ArtworkFactory(artist=artist)
    image = ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)

    response = client_for(artist).delete(image_url(image))

    assert response.status_code == 204
    [request] = fake_cloudinary.requests
    assert request["url"].endswith("/ourcloud/image/destroy")
    assert request["fields"]["public_id"] == "openstudio/a/b"
    assert request["fields"]["invalidate"]


@pytest.mark.django_db(transaction=True)
def test_replacing_images_destroys_only_the_dropped_assets(
    artist, our_cloud, fake_cloudinary
):
    artwork = ArtworkFactory(artist=artist, images=[])
    ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)
    ArtworkImageFactory(artwork=artwork, image_url=OTHER_IMAGE.replace("other", "our"))
    kept = OTHER_IMAGE.replace("other", "our")

    response = client_for(artist).put(
        f"/api/artworks/{artwork.pk}/", {"artworks_images": [kept]}, format="json"
    )

    assert response.status_code == 200
    assert [r["fields"]["public_id"] for r in fake_cloudinary.requests] == [
        "openstudio/a/b"
    ]


@pytest.mark.django_db(transaction=True)
def test_deleting_an_artwork_destroys_its_assets(artist, our_cloud, fake_cloudinary):
    artwork = ArtworkFactory(artist=artist, images=[])
    ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)

    response = client_for(artist).delete(f"/api/artworks/{artwork.pk}/")

    assert response.status_code == 204
    assert [r["fields"]["public_id"] for r in fake_cloudinary.requests] == [
        "openstudio/a/b"
    ]
    assert not Artwork.objects.filter(pk=artwork.pk).exists()


@pytest.mark.django_db
def test_nothing_is_destroyed_when_the_change_is_refused(
    artist_client,
    artist,
    our_cloud,
    fake_cloudinary,
    django_capture_on_commit_callbacks,
):
    artwork = ArtworkFactory(artist=artist, images=[])
    image = ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)

    with django_capture_on_commit_callbacks(execute=True):
        response = artist_client.delete(image_url(image))

    assert response.status_code == 400
    assert fake_cloudinary.requests == []


@pytest.mark.django_db(transaction=True)
def test_a_cloudinary_failure_is_logged_and_the_request_succeeds(
    artist, our_cloud, monkeypatch, caplog
):
    fake = FakeCloudinary(error=OSError("network down"))
    monkeypatch.setattr(cloudinary.uploader._http, "request", fake.request)
    artwork = ArtworkFactory(artist=artist, images=[])
    image = ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)
    ArtworkImageFactory(artwork=artwork)

    with caplog.at_level(logging.WARNING, logger="artworks.images"):
        response = client_for(artist).delete(image_url(image))

    assert response.status_code == 204
    assert "Cloudinary asset not destroyed public_id=openstudio/a/b" in caplog.text
    assert "s3cret" not in caplog.text


@pytest.mark.django_db
def test_upload_signature_verifies_with_the_sdk(artist_client, artist, our_cloud):
    response = artist_client.post("/api/images/signature/")

    assert response.status_code == 200
    body = response.json()
    assert body["cloud_name"] == "ourcloud"
    assert body["api_key"] == "123456789012345"
    assert body["folder"] == f"openstudio/artworks/{artist.pk}"
    expected = cloudinary.utils.api_sign_request(
        {"folder": body["folder"], "timestamp": body["timestamp"]}, "s3cret-api-secret"
    )
    assert body["signature"] == expected
    assert "s3cret" not in response.content.decode()


@pytest.mark.django_db
def test_upload_signature_is_for_artists_only(collector_client, our_cloud, api_client):
    assert collector_client.post("/api/images/signature/").status_code == 403
    assert api_client.post("/api/images/signature/").status_code == 401


@pytest.mark.django_db
def test_upload_signature_without_cloudinary_is_503(artist_client):
    response = artist_client.post("/api/images/signature/")

    assert response.status_code == 503
    assert response.json()["code"] == "uploads_not_configured"


@pytest.mark.parametrize(
    ("url", "public_id", "version"),
    [
        ("https://res.cloudinary.com/c/image/upload/v12/a/b.jpg", "a/b", "12"),
        ("https://res.cloudinary.com/c/image/upload/w_200,c_fill/v3/x.png", "x", "3"),
        ("https://res.cloudinary.com/c/image/upload/folder/x.jpg", "folder/x", None),
    ],
)
def test_public_ids_are_read_from_delivery_urls(url, public_id, version):
    asset = cloudinary_asset(url)

    assert (asset.cloud_name, asset.public_id, asset.version) == (
        "c",
        public_id,
        version,
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/c/image/upload/v1/a.jpg",
        "http://res.cloudinary.com/c/image/upload/v1/a.jpg",
        "https://res.cloudinary.com/c/video/upload/v1/a.mp4",
    ],
)
def test_other_urls_are_not_cloudinary_assets(url):
    assert cloudinary_asset(url) is None


@pytest.mark.django_db
def test_an_image_the_artwork_already_has_is_refused(artist_client, artist):
    artwork = ArtworkFactory(artist=artist, images=[])
    image = ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)

    response = artist_client.post(
        images_url(artwork), {"image_url": OUR_IMAGE}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "duplicate_image"
    assert list(artwork.images.all()) == [image]


@pytest.mark.django_db
def test_an_image_of_an_archived_artwork_cannot_be_removed(
    artist_client,
    artist,
    our_cloud,
    fake_cloudinary,
    django_capture_on_commit_callbacks,
):
    artwork = ArtworkFactory(
        artist=artist, images=[], is_archived=True, is_for_sale=False
    )
    image = ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)
    ArtworkImageFactory(artwork=artwork)

    with django_capture_on_commit_callbacks(execute=True):
        response = artist_client.delete(image_url(image))

    assert response.status_code == 409
    assert response.json()["code"] == "artwork_archived"
    assert artwork.images.count() == 2
    assert fake_cloudinary.requests == []


def shared_image(artist) -> tuple[Artwork, Artwork]:
    """Two artworks of the artist showing the same uploaded image."""
    artworks = [ArtworkFactory(artist=artist, images=[]) for _ in range(2)]
    for index, artwork in enumerate(artworks):
        ArtworkImageFactory(artwork=artwork, image_url=OUR_IMAGE)
        own_image = OUR_IMAGE.replace("b.jpg", f"own-{index}.jpg")
        ArtworkImageFactory(artwork=artwork, image_url=own_image)
    return artworks[0], artworks[1]


@pytest.mark.django_db
def test_removing_an_image_keeps_the_asset_another_artwork_still_shows(
    artist, our_cloud, fake_cloudinary, django_capture_on_commit_callbacks
):
    artwork, other = shared_image(artist)
    image = artwork.images.get(image_url=OUR_IMAGE)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(artist).delete(image_url(image))

    assert response.status_code == 204
    assert fake_cloudinary.requests == []
    assert other.images.filter(image_url=OUR_IMAGE).exists()


@pytest.mark.django_db
def test_replacing_images_keeps_the_asset_another_artwork_still_shows(
    artist, our_cloud, fake_cloudinary, django_capture_on_commit_callbacks
):
    artwork, other = shared_image(artist)
    kept = artwork.images.exclude(image_url=OUR_IMAGE).get().image_url

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(artist).put(
            f"/api/artworks/{artwork.pk}/", {"artworks_images": [kept]}, format="json"
        )

    assert response.status_code == 200
    assert fake_cloudinary.requests == []
    assert other.images.filter(image_url=OUR_IMAGE).exists()


@pytest.mark.django_db
def test_a_shared_asset_is_destroyed_with_the_last_artwork_showing_it(
    artist, our_cloud, fake_cloudinary, django_capture_on_commit_callbacks
):
    artwork, other = shared_image(artist)
    client = client_for(artist)

    with django_capture_on_commit_callbacks(execute=True):
        first = client.delete(f"/api/artworks/{artwork.pk}/")
    destroyed_after_first = list(fake_cloudinary.requests)
    with django_capture_on_commit_callbacks(execute=True):
        last = client.delete(f"/api/artworks/{other.pk}/")

    assert (first.status_code, last.status_code) == (204, 204)
    assert [r["fields"]["public_id"] for r in destroyed_after_first] == [
        "openstudio/a/own-0"
    ]
    assert sorted(r["fields"]["public_id"] for r in fake_cloudinary.requests) == [
        "openstudio/a/b",
        "openstudio/a/own-0",
        "openstudio/a/own-1",
    ]
