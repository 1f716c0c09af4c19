import logging

import pytest

from jwt_auth.services import tokens_issue
from tests.conftest import client_for
from tests.factories import DEFAULT_PASSWORD, ArtistFactory


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.django_db
def test_preflight_from_the_frontend_origin_is_allowed(api_client, method):
    response = api_client.options(
        "/api/members/user/",
        HTTP_ORIGIN="http://localhost:5173",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "http://localhost:5173"
    assert method in response["Access-Control-Allow-Methods"]
    allowed_headers = response["Access-Control-Allow-Headers"]
    assert "authorization" in allowed_headers
    assert "content-type" in allowed_headers


@pytest.mark.django_db
def test_browsers_may_send_an_idempotency_key_and_read_the_replay_header(api_client):
    preflight = api_client.options(
        "/api/orders/create/",
        HTTP_ORIGIN="http://localhost:5173",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, idempotency-key",
    )
    read = api_client.get("/api/artworks/", HTTP_ORIGIN="http://localhost:5173")

    assert "idempotency-key" in preflight["Access-Control-Allow-Headers"]
    assert "Idempotent-Replayed" in read["Access-Control-Expose-Headers"]


@pytest.mark.parametrize(
    "origin", ["http://localhost:4173", "http://127.0.0.1:8080", "http://localhost"]
)
@pytest.mark.django_db
def test_in_dev_a_frontend_on_any_local_port_is_allowed(api_client, origin):
    response = api_client.options(
        "/api/members/user/",
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="PATCH",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )

    assert response["Access-Control-Allow-Origin"] == origin


@pytest.mark.parametrize(
    "origin", ["https://evil.example.com", "http://localhost.evil.example.com"]
)
@pytest.mark.django_db
def test_unknown_origin_gets_no_cors_grant(api_client, origin):
    response = api_client.options(
        "/api/members/user/",
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )

    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
def test_refused_request_is_logged_once_without_the_token(api_client, caplog):
    member = ArtistFactory()
    token = tokens_issue(member).access
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}x")

    with caplog.at_level(logging.INFO):
        api_client.get("/api/members/user/")

    failures = [
        r for r in caplog.records if r.getMessage().startswith("Request failed")
    ]
    assert [r.getMessage() for r in failures] == [
        "Request failed: GET /api/members/user/ status=401 member=None"
    ]
    assert failures[0].levelno == logging.WARNING
    assert token not in caplog.text


@pytest.mark.django_db
def test_validation_errors_are_not_logged_as_request_failures(caplog):
    member = ArtistFactory()

    with caplog.at_level(logging.INFO):
        response = client_for(member).post("/api/members/password/", [], format="json")

    assert response.status_code == 400
    assert "Request failed" not in caplog.text


@pytest.mark.django_db
def test_login_never_logs_the_password_or_tokens(api_client, caplog):
    member = ArtistFactory()

    with caplog.at_level(logging.DEBUG):
        ok = api_client.post(
            "/api/members/login/",
            {"email": member.email, "password": DEFAULT_PASSWORD},
            format="json",
        )
        api_client.post(
            "/api/members/login/",
            {"email": member.email, "password": "Wrong-Guess-123"},
            format="json",
        )

    assert DEFAULT_PASSWORD not in caplog.text
    assert "Wrong-Guess-123" not in caplog.text
    assert ok.json()["token"] not in caplog.text
    assert member.email not in caplog.text
