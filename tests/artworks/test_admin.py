import pytest

from tests.factories import ArtistFactory, ArtworkFactory


@pytest.fixture
def staff_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        "admin", "admin@example.com", "Admin-Password-123"
    )
    client.force_login(admin)
    return client


@pytest.mark.django_db
def test_admin_lists_artworks_filtered_by_medium(staff_client):
    ArtworkFactory(title="Bronze hare", medium="sculpture")
    ArtworkFactory(title="Sea study", medium="painting")

    response = staff_client.get("/admin/artworks/artwork/", {"medium": "sculpture"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Bronze hare" in page
    assert "Sea study" not in page


@pytest.mark.django_db
def test_admin_searches_artworks_by_artist(staff_client):
    ArtworkFactory(title="Bronze hare", artist=ArtistFactory(last_name="Hepworth"))
    ArtworkFactory(title="Sea study")

    response = staff_client.get("/admin/artworks/artwork/", {"q": "hepworth"})

    page = response.content.decode()
    assert "Bronze hare" in page
    assert "Sea study" not in page


@pytest.mark.django_db
def test_admin_shows_an_artwork_with_its_images(staff_client):
    artwork = ArtworkFactory()
    image = artwork.images.get()

    response = staff_client.get(f"/admin/artworks/artwork/{artwork.pk}/change/")

    assert response.status_code == 200
    assert image.image_url in response.content.decode()
