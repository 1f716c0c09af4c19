import pytest

from galleries.models import Gallery
from members.models import Member
from tests.factories import MemberFactory

URL = "/api/members/register/"


def registration(**overrides):
    body = {
        "email": "Ada.Lovelace@Example.com",
        "username": "ada",
        "first_name": "Ada",
        "last_name": "Lovelace",
        "password": "Analytical-Engine-1843",
        "password_confirmation": "Analytical-Engine-1843",
        "user_type": "collector",
        "address": "12 St James's Square, London",
        "postcode": " sw1y4jh ",
    }
    return {**body, **overrides}


@pytest.mark.django_db
def test_collector_registration_creates_member_and_gallery(api_client):
    response = api_client.post(URL, registration(), format="json")

    assert response.status_code == 201
    assert response.json()["message"] == "Registration successful."
    member = Member.objects.get(username="ada")
    assert member.email == "ada.lovelace@example.com"
    assert member.postcode == "SW1Y 4JH"
    assert member.user_type == "collector"
    assert Gallery.objects.filter(curator=member).count() == 1


@pytest.mark.django_db
def test_artist_registration_keeps_bio_and_website_and_has_no_gallery(api_client):
    body = registration(
        user_type="artist", bio="Draws engines.", website="https://ada.example.org"
    )

    response = api_client.post(URL, body, format="json")

    assert response.status_code == 201
    member = Member.objects.get(username="ada")
    assert (member.bio, member.website) == ("Draws engines.", "https://ada.example.org")
    assert not Gallery.objects.filter(curator=member).exists()


@pytest.mark.django_db
def test_password_is_stored_as_an_argon2_hash(api_client):
    api_client.post(URL, registration(), format="json")

    member = Member.objects.get(username="ada")
    assert member.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert member.check_password("Analytical-Engine-1843")


@pytest.mark.django_db
def test_email_already_taken_in_another_case_is_refused(api_client):
    MemberFactory(email="ada.lovelace@example.com")

    response = api_client.post(URL, registration(), format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["errors"] == ["Email: A member with this email already exists."]
    assert body["message"] == body["detail"]
    assert body["fields"] == {"email": ["A member with this email already exists."]}
    assert Member.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "expected_error"),
    [
        ({"email": "not-an-email"}, "Email: Enter a valid email address."),
        ({"postcode": "12345"}, "Postcode: Enter a valid UK postcode, such as E1 6AN."),
        ({"user_type": "curator"}, 'User type: "curator" is not a valid choice.'),
        ({"address": ""}, "Address: This field may not be blank."),
        (
            {"password_confirmation": "Something-else-99"},
            "Password confirmation: The passwords do not match.",
        ),
        (
            {"password": "password", "password_confirmation": "password"},
            "Password: This password is too common.",
        ),
        ({"bio": "x" * 701}, "Bio: Ensure this field has no more than 700 characters."),
        ({"website": "javascript:alert(1)"}, "Website: Enter a valid URL."),
        ({"first_name": ["Ada"]}, "First name: Not a valid string."),
        (
            {"username": "a" * 151},
            "Username: Ensure this field has no more than 150 characters.",
        ),
        ({"username": "ada lovelace!"}, None),
    ],
)
@pytest.mark.django_db
def test_invalid_registration_is_refused_with_field_errors(
    api_client, overrides, expected_error
):
    response = api_client.post(URL, registration(**overrides), format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert expected_error is None or expected_error in body["errors"]
    assert body["fields"]
    assert body["message"] == body["detail"]
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_missing_fields_are_each_named(api_client):
    response = api_client.post(URL, {}, format="json")

    assert response.status_code == 400
    assert set(response.json()["fields"]) == {
        "email",
        "username",
        "first_name",
        "last_name",
        "password",
        "password_confirmation",
        "user_type",
        "address",
        "postcode",
    }


@pytest.mark.django_db
def test_registration_is_rolled_back_when_the_gallery_cannot_be_created(
    api_client, monkeypatch
):
    def broken_gallery_create(*, curator):
        raise RuntimeError("gallery storage is down")

    monkeypatch.setattr("members.services.gallery_create", broken_gallery_create)
    api_client.raise_request_exception = False

    response = api_client.post(URL, registration(), format="json")

    assert response.status_code == 500
    assert response.json()["code"] == "server_error"
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_username_taken_in_another_case_is_refused_naming_the_username(api_client):
    MemberFactory(username="Ada")

    response = api_client.post(URL, registration(username="ada"), format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["fields"] == {
        "username": ["A member with this username already exists."]
    }
    assert body["errors"] == ["Username: A member with this username already exists."]
    assert Member.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "code"),
    [('{"email": "ada@example.com",', "parse_error"), ("[]", "invalid")],
)
@pytest.mark.django_db
def test_malformed_json_or_an_array_is_a_400_with_detail_and_code(
    api_client, body, code
):
    response = api_client.post(URL, body, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert response.json()["detail"]
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_registration_is_rate_limited_per_client_address(api_client):
    statuses = [api_client.post(URL, {}, format="json").status_code for _ in range(10)]

    response = api_client.post(URL, registration(), format="json")

    assert statuses == [400] * 10
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert 0 < int(response["Retry-After"]) <= 60
    assert not Member.objects.exists()
