import pytest

from tests.factories import CollectorFactory, GalleryArtworkFactory


@pytest.mark.django_db
def test_the_gallery_list_shows_curators_and_artwork_counts(superuser_client):
    entry = GalleryArtworkFactory(gallery=CollectorFactory(username="ada").gallery)

    response = superuser_client.get("/admin/galleries/gallery/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Gallery of ada" in page
    assert '<td class="field-artwork_count">1</td>' in page
    assert entry.gallery.curator.username in page


@pytest.mark.django_db
def test_galleries_are_searched_by_curator_email(superuser_client):
    CollectorFactory(username="ada", email="ada@studio.example.com")
    CollectorFactory(username="grace")

    response = superuser_client.get(
        "/admin/galleries/gallery/", {"q": "studio.example"}
    )

    page = response.content.decode()
    assert "Gallery of ada" in page
    assert "Gallery of grace" not in page


@pytest.mark.django_db
def test_a_gallery_change_page_shows_its_artworks_inline(superuser_client):
    entry = GalleryArtworkFactory(gallery=CollectorFactory().gallery)

    response = superuser_client.get(
        f"/admin/galleries/gallery/{entry.gallery_id}/change/"
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="entries-0-artwork"' in page
    assert f'value="{entry.artwork_id}"' in page


@pytest.mark.django_db
def test_the_gallery_artwork_list_and_change_pages_render(superuser_client):
    entry = GalleryArtworkFactory(gallery=CollectorFactory().gallery)

    listing = superuser_client.get("/admin/galleries/galleryartwork/")
    change = superuser_client.get(f"/admin/galleries/galleryartwork/{entry.pk}/change/")

    assert listing.status_code == 200
    assert change.status_code == 200
