import runpy
from datetime import timedelta

import pytest

import project.settings
from jwt_auth.services import tokens_issue
from jwt_auth.tokens import decode_token
from tests.conftest import client_for
from tests.factories import ArtistFactory

REFRESH_URL = "/api/members/token/refresh/"


@pytest.mark.django_db
def test_refresh_rotates_the_pair(api_client):
    member = ArtistFactory()
    pair = tokens_issue(member)

    response = api_client.post(REFRESH_URL, {"refresh": pair.refresh}, format="json")

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "refresh"}
    assert body["refresh"] != pair.refresh
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {body['token']}")
    assert api_client.get("/api/members/user/").json()["id"] == member.pk


@pytest.mark.django_db
def test_used_refresh_token_is_refused_and_revokes_the_member_tokens(api_client):
    member = ArtistFactory()
    pair = tokens_issue(member)
    rotated = api_client.post(REFRESH_URL, {"refresh": pair.refresh}, format="json")

    replay = api_client.post(REFRESH_URL, {"refresh": pair.refresh}, format="json")

    assert replay.status_code == 401
    assert replay.json()["code"] == "token_revoked"
    again = api_client.post(
        REFRESH_URL, {"refresh": rotated.json()["refresh"]}, format="json"
    )
    assert again.json()["code"] == "token_revoked"


@pytest.mark.django_db
def test_access_token_cannot_refresh(api_client):
    pair = tokens_issue(ArtistFactory())

    response = api_client.post(REFRESH_URL, {"refresh": pair.access}, format="json")

    assert response.status_code == 401
    assert response.json()["code"] == "token_invalid"
    assert response["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("body", [{}, {"refresh": ""}, {"refresh": ["x"]}, []])
@pytest.mark.django_db
def test_malformed_refresh_request_is_400(api_client, body):
    response = api_client.post(REFRESH_URL, body, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


@pytest.mark.django_db
def test_logout_revokes_access_and_refresh_tokens(api_client):
    member = ArtistFactory()
    pair = tokens_issue(member)
    client = client_for(member)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {pair.access}")

    response = client.post("/api/members/logout/")

    assert response.status_code == 200
    assert client.get("/api/members/user/").json()["code"] == "token_revoked"
    refused = api_client.post(REFRESH_URL, {"refresh": pair.refresh}, format="json")
    assert refused.json()["code"] == "token_revoked"


@pytest.mark.django_db
def test_refresh_is_rate_limited_with_retry_after(api_client):
    statuses = [
        api_client.post(REFRESH_URL, {"refresh": "x"}, format="json").status_code
        for _ in range(10)
    ]

    response = api_client.post(REFRESH_URL, {"refresh": "x"}, format="json")

    assert statuses == [401] * 10
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert 0 < int(response["Retry-After"]) <= 60


@pytest.mark.django_db
def test_issued_access_token_lasts_a_day_and_refresh_token_thirty_days(api_client):
    pair = tokens_issue(ArtistFactory())

    response = api_client.post(REFRESH_URL, {"refresh": pair.refresh}, format="json")

    access = decode_token(response.json()["token"], "access")
    refresh = decode_token(response.json()["refresh"], "refresh")
    assert access["exp"] - access["iat"] == 24 * 60 * 60
    assert refresh["exp"] - refresh["iat"] == 30 * 24 * 60 * 60


def test_default_token_lifetimes_are_a_day_and_thirty_days(monkeypatch):
    monkeypatch.delenv("JWT_ACCESS_TOKEN_LIFETIME_MINUTES", raising=False)
    monkeypatch.delenv("JWT_REFRESH_TOKEN_LIFETIME_DAYS", raising=False)

    configured = runpy.run_path(project.settings.__file__)

    assert configured["JWT_ACCESS_TOKEN_LIFETIME"] == timedelta(days=1)
    assert configured["JWT_REFRESH_TOKEN_LIFETIME"] == timedelta(days=30)


@pytest.mark.parametrize(
    ("body", "code"), [('{"refresh": "abc"', "parse_error"), ("[1, 2]", "invalid")]
)
@pytest.mark.django_db
def test_malformed_json_or_an_array_is_a_400_with_detail_and_code(
    api_client, body, code
):
    response = api_client.post(REFRESH_URL, body, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert response.json()["detail"]
