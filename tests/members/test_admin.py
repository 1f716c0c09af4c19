import pytest

from tests.factories import ArtistFactory, CollectorFactory


@pytest.fixture
def staff_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        "admin", "admin@example.com", "Admin-Password-123"
    )
    client.force_login(admin)
    return client


@pytest.mark.django_db
def test_admin_lists_members_with_type_and_filters_by_type(staff_client):
    ArtistFactory(username="painter")
    CollectorFactory(username="buyer")

    response = staff_client.get("/admin/members/member/", {"user_type": "artist"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "painter" in page
    assert "buyer" not in page


@pytest.mark.django_db
def test_admin_searches_members_by_email(staff_client):
    ArtistFactory(username="painter", email="painter@studio.example.com")
    ArtistFactory(username="sculptor")

    response = staff_client.get("/admin/members/member/", {"q": "studio.example"})

    page = response.content.decode()
    assert "painter" in page
    assert "sculptor" not in page


@pytest.mark.django_db
def test_admin_opens_a_member_change_page(staff_client):
    artist = ArtistFactory()

    response = staff_client.get(f"/admin/members/member/{artist.pk}/change/")

    assert response.status_code == 200
    assert "Marketplace" in response.content.decode()
