import pytest
from django.contrib import admin

from galleries.models import Gallery
from members.admin import MemberAdmin
from members.models import Member
from tests.factories import ArtistFactory, CollectorFactory


@pytest.mark.django_db
def test_admin_lists_members_with_type_and_filters_by_type(superuser_client):
    ArtistFactory(username="painter")
    CollectorFactory(username="buyer")

    response = superuser_client.get("/admin/members/member/", {"user_type": "artist"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "painter" in page
    assert "buyer" not in page


@pytest.mark.django_db
def test_admin_searches_members_by_email(superuser_client):
    ArtistFactory(username="painter", email="painter@studio.example.com")
    ArtistFactory(username="sculptor")

    response = superuser_client.get("/admin/members/member/", {"q": "studio.example"})

    page = response.content.decode()
    assert "painter" in page
    assert "sculptor" not in page


@pytest.mark.django_db
def test_admin_opens_a_member_change_page(superuser_client):
    artist = ArtistFactory()

    response = superuser_client.get(f"/admin/members/member/{artist.pk}/change/")

    assert response.status_code == 200
    assert "Marketplace" in response.content.decode()


@pytest.mark.django_db
def test_admin_add_of_a_collector_creates_their_gallery(superuser_client):
    response = superuser_client.post(
        "/admin/members/member/add/",
        {
            "username": "buyer",
            "email": "buyer@example.com",
            "user_type": "collector",
            "password1": "Gallery-Owner-2024",
            "password2": "Gallery-Owner-2024",
        },
    )

    assert response.status_code == 302
    collector = Member.objects.get(username="buyer")
    assert Gallery.objects.filter(curator=collector).count() == 1


@pytest.mark.django_db
def test_admin_add_of_an_artist_creates_no_gallery(superuser_client):
    response = superuser_client.post(
        "/admin/members/member/add/",
        {
            "username": "painter",
            "email": "painter@example.com",
            "user_type": "artist",
            "password1": "Easel-Owner-2024",
            "password2": "Easel-Owner-2024",
        },
    )

    assert response.status_code == 302
    assert not Gallery.objects.exists()


@pytest.mark.django_db
def test_admin_change_of_an_artist_to_collector_creates_their_gallery(rf):
    member = ArtistFactory()
    member.user_type = Member.UserType.COLLECTOR

    MemberAdmin(Member, admin.site).save_model(
        rf.post("/"), member, form=None, change=True
    )

    member.refresh_from_db()
    assert member.user_type == "collector"
    assert Gallery.objects.filter(curator=member).count() == 1


@pytest.mark.django_db
def test_admin_save_of_a_collector_keeps_their_one_gallery(rf):
    collector = CollectorFactory()
    gallery = collector.gallery

    MemberAdmin(Member, admin.site).save_model(
        rf.post("/"), Member.objects.get(pk=collector.pk), form=None, change=True
    )

    assert list(Gallery.objects.filter(curator=collector)) == [gallery]


@pytest.mark.parametrize("query", ["Okafor", "amara_o"])
@pytest.mark.django_db
def test_admin_searches_members_by_name_and_username(superuser_client, query):
    ArtistFactory(username="amara_o", first_name="Amara", last_name="Okafor")
    ArtistFactory(username="sculptor", first_name="Tom", last_name="Reid")

    response = superuser_client.get("/admin/members/member/", {"q": query})

    page = response.content.decode()
    assert "amara_o" in page
    assert "sculptor" not in page


@pytest.mark.django_db
def test_admin_filters_members_by_active(superuser_client):
    ArtistFactory(username="painter")
    ArtistFactory(username="departed", is_active=False)

    response = superuser_client.get("/admin/members/member/", {"is_active__exact": "0"})

    page = response.content.decode()
    assert "departed" in page
    assert "painter" not in page
