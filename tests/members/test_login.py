import runpy

import pytest
from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle

import project.settings
from galleries.models import Gallery
from jwt_auth.tokens import decode_token
from members.models import Member
from tests.factories import (
    DEFAULT_PASSWORD,
    ArtistFactory,
    CollectorFactory,
    MemberFactory,
)

URL = "/api/members/login/"


@pytest.mark.django_db
def test_collector_login_returns_tokens_message_and_gallery(api_client):
    collector = CollectorFactory(email="kim@example.com")

    response = api_client.post(
        URL, {"email": "KIM@example.com", "password": DEFAULT_PASSWORD}, format="json"
    )

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "refresh", "message", "gallery_id"}
    assert body["gallery_id"] == collector.gallery.pk
    assert decode_token(body["token"], "access")["sub"] == str(collector.pk)
    assert decode_token(body["refresh"], "refresh")["sub"] == str(collector.pk)


@pytest.mark.django_db
def test_artist_login_has_no_gallery(api_client):
    artist = ArtistFactory()

    response = api_client.post(
        URL, {"email": artist.email, "password": DEFAULT_PASSWORD}, format="json"
    )

    assert response.status_code == 200
    assert "gallery_id" not in response.json()


@pytest.mark.parametrize(
    "credentials",
    [
        {"email": "kim@example.com", "password": "Wrong-password-1"},
        {"email": "nobody@example.com", "password": DEFAULT_PASSWORD},
    ],
)
@pytest.mark.django_db
def test_wrong_credentials_are_401_with_message_and_errors(api_client, credentials):
    CollectorFactory(email="kim@example.com")

    response = api_client.post(URL, credentials, format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json() == {
        "detail": "The email or password is incorrect.",
        "code": "invalid_credentials",
        "errors": ["The email or password is incorrect."],
        "message": "The email or password is incorrect.",
    }


@pytest.mark.django_db
def test_inactive_member_cannot_log_in(api_client):
    CollectorFactory(email="kim@example.com", is_active=False)

    response = api_client.post(
        URL, {"email": "kim@example.com", "password": DEFAULT_PASSWORD}, format="json"
    )

    assert response.status_code == 401


@pytest.mark.django_db
def test_missing_fields_are_400_with_message_and_errors(api_client):
    response = api_client.post(URL, {"email": "kim@example.com"}, format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["errors"] == ["Password: This field is required."]
    assert body["message"] == "Password: This field is required."


@pytest.mark.django_db
def test_login_is_rate_limited_per_client_address(api_client):
    CollectorFactory(email="kim@example.com")
    wrong = {"email": "kim@example.com", "password": "Wrong-password-1"}
    statuses = [
        api_client.post(URL, wrong, format="json").status_code for _ in range(10)
    ]

    response = api_client.post(
        URL, {"email": "kim@example.com", "password": DEFAULT_PASSWORD}, format="json"
    )

    assert statuses == [401] * 10
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert 0 < int(response["Retry-After"]) <= 60


@pytest.mark.django_db
def test_rate_limit_of_one_address_does_not_block_another(api_client):
    CollectorFactory(email="kim@example.com")
    wrong = {"email": "kim@example.com", "password": "Wrong-password-1"}
    for _ in range(11):
        api_client.post(URL, wrong, format="json", REMOTE_ADDR="10.0.0.1")

    response = api_client.post(
        URL,
        {"email": "kim@example.com", "password": DEFAULT_PASSWORD},
        format="json",
        REMOTE_ADDR="10.0.0.2",
    )

    assert response.status_code == 200


@pytest.mark.django_db
def test_collector_without_a_gallery_logs_in_and_gets_a_new_one(api_client):
    collector = MemberFactory(user_type=Member.UserType.COLLECTOR)

    response = api_client.post(
        URL, {"email": collector.email, "password": DEFAULT_PASSWORD}, format="json"
    )

    assert response.status_code == 200
    gallery = Gallery.objects.get(curator=collector)
    assert response.json()["gallery_id"] == gallery.pk


@pytest.mark.django_db
def test_login_leaves_an_existing_gallery_as_it_is(api_client):
    collector = CollectorFactory()
    gallery = collector.gallery

    response = api_client.post(
        URL, {"email": collector.email, "password": DEFAULT_PASSWORD}, format="json"
    )

    assert response.json()["gallery_id"] == gallery.pk
    assert list(Gallery.objects.filter(curator=collector)) == [gallery]


@pytest.mark.django_db
def test_auth_throttle_rate_sets_the_rate_of_login_registration_and_refresh(
    api_client, monkeypatch, settings
):
    monkeypatch.setenv("AUTH_THROTTLE_RATE", "3/hour")
    configured = runpy.run_path(project.settings.__file__)["REST_FRAMEWORK"]
    settings.REST_FRAMEWORK = configured
    # The throttle reads its rates once, when DRF is imported.
    monkeypatch.setattr(
        ScopedRateThrottle, "THROTTLE_RATES", api_settings.DEFAULT_THROTTLE_RATES
    )
    CollectorFactory(email="kim@example.com")
    wrong = {"email": "kim@example.com", "password": "Wrong-password-1"}

    statuses = [
        api_client.post(URL, wrong, format="json").status_code for _ in range(3)
    ]
    refused = api_client.post(URL, wrong, format="json")

    assert configured["DEFAULT_THROTTLE_RATES"] == dict.fromkeys(
        ["login", "register", "refresh"], "3/hour"
    )
    assert statuses == [401, 401, 401]
    assert refused.status_code == 429
    assert 60 < int(refused["Retry-After"]) <= 3600
