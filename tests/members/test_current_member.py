import pytest
from rest_framework.serializers import Serializer

from members.models import Member
from members.serializers import MemberSerializer
from tests.conftest import client_for
from tests.factories import DEFAULT_PASSWORD, ArtistFactory

URL = "/api/members/user/"
MEMBER_FIELDS = {
    "id",
    "username",
    "email",
    "first_name",
    "last_name",
    "user_type",
    "address",
    "postcode",
    "bio",
    "website",
}


@pytest.mark.django_db
def test_member_reads_own_profile_without_password(artist_client, artist):
    response = artist_client.get(URL)

    assert response.status_code == 200
    body = response.json()
    assert set(body) == MEMBER_FIELDS
    assert body["id"] == artist.pk
    assert body["postcode"] == "M1 1AE"
    assert "password" not in response.content.decode()
    assert "argon2" not in response.content.decode()


@pytest.mark.django_db
def test_member_updates_profile_fields(artist_client, artist):
    response = artist_client.patch(
        URL,
        {"first_name": "Frida", "postcode": "ls11ua", "bio": "Now in Leeds."},
        format="json",
    )

    assert response.status_code == 200
    artist.refresh_from_db()
    assert (artist.first_name, artist.postcode, artist.bio) == (
        "Frida",
        "LS1 1UA",
        "Now in Leeds.",
    )
    assert response.json()["postcode"] == "LS1 1UA"


@pytest.mark.django_db
def test_email_user_type_and_username_are_ignored_on_update(artist_client, artist):
    before = (artist.email, artist.user_type, artist.username)

    response = artist_client.patch(
        URL,
        {"email": "new@example.com", "user_type": "collector", "username": "other"},
        format="json",
    )

    assert response.status_code == 200
    artist.refresh_from_db()
    assert (artist.email, artist.user_type, artist.username) == before


@pytest.mark.parametrize(
    "body",
    [
        {"postcode": "nowhere"},
        {"address": ""},
        {"first_name": ""},
        {"last_name": "   "},
        {"first_name": "Frida", "last_name": ""},
        {"website": "ftp:/x"},
        {"bio": "b" * 701},
    ],
)
@pytest.mark.django_db
def test_invalid_profile_update_changes_nothing(artist_client, artist, body):
    before = Member.objects.values().get(pk=artist.pk)

    response = artist_client.patch(URL, body, format="json")

    assert response.status_code == 400
    assert Member.objects.values().get(pk=artist.pk) == before


@pytest.mark.parametrize("field", ["first_name", "last_name"])
@pytest.mark.django_db
def test_blank_name_is_refused_naming_the_field(artist_client, artist, field):
    before = getattr(artist, field)

    response = artist_client.patch(URL, {field: ""}, format="json")

    assert response.status_code == 400
    assert response.json()["fields"] == {field: ["This field may not be blank."]}
    artist.refresh_from_db()
    assert getattr(artist, field) == before


@pytest.mark.django_db
def test_password_change_revokes_earlier_tokens_and_returns_new_ones(api_client):
    artist = ArtistFactory()
    old_client = client_for(artist)

    response = old_client.post(
        "/api/members/password/",
        {
            "old_password": DEFAULT_PASSWORD,
            "new_password": "Another-Long-Secret-7",
            "new_password_confirmation": "Another-Long-Secret-7",
        },
        format="json",
    )

    assert response.status_code == 200
    assert old_client.get(URL).json()["code"] == "token_revoked"
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {response.json()['token']}")
    assert api_client.get(URL).status_code == 200
    artist.refresh_from_db()
    assert artist.check_password("Another-Long-Secret-7")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            {
                "old_password": "not-the-password",
                "new_password": "Another-Long-Secret-7",
                "new_password_confirmation": "Another-Long-Secret-7",
            },
            "old_password",
        ),
        (
            {
                "old_password": DEFAULT_PASSWORD,
                "new_password": "12345678",
                "new_password_confirmation": "12345678",
            },
            "new_password",
        ),
        (
            {
                "old_password": DEFAULT_PASSWORD,
                "new_password": "Another-Long-Secret-7",
                "new_password_confirmation": "Another-Long-Secret-8",
            },
            "new_password_confirmation",
        ),
    ],
)
@pytest.mark.django_db
def test_refused_password_change_keeps_password_and_tokens(artist, body, field):
    client = client_for(artist)

    response = client.post("/api/members/password/", body, format="json")

    assert response.status_code == 400
    assert field in response.json()["fields"]
    artist.refresh_from_db()
    assert artist.check_password(DEFAULT_PASSWORD)
    assert client.get(URL).status_code == 200


@pytest.mark.django_db
def test_hand_written_profile_equals_drf_fields(artist):
    serializer = MemberSerializer(artist)

    assert serializer.to_representation(artist) == Serializer.to_representation(
        serializer, artist
    )


@pytest.mark.parametrize(
    ("method", "url"),
    [("patch", URL), ("post", "/api/members/password/")],
)
@pytest.mark.parametrize(
    ("body", "code"),
    [('{"first_name": "Frida"', "parse_error"), ("[]", "invalid")],
)
@pytest.mark.django_db
def test_malformed_json_or_an_array_is_a_400_with_detail_and_code(
    artist_client, artist, method, url, body, code
):
    before = Member.objects.values().get(pk=artist.pk)

    response = getattr(artist_client, method)(
        url, body, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert response.json()["detail"]
    assert Member.objects.values().get(pk=artist.pk) == before
