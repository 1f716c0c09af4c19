import pytest

from jwt_auth.services import tokens_issue
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
def test_refresh_is_rate_limited(api_client):
    statuses = [
        api_client.post(REFRESH_URL, {"refresh": "x"}, format="json").status_code
        for _ in range(11)
    ]

    assert statuses == [401] * 10 + [429]
