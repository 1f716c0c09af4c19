import base64
import json
from datetime import timedelta

import jwt
import pytest
from django.conf import settings

from jwt_auth.tokens import encode_token
from members.models import Member
from tests.factories import ArtistFactory

URL = "/api/members/user/"


def forge(claims: dict, key: str | None = None, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key or settings.JWT_SIGNING_KEY, algorithm=algorithm)


def valid_claims(member: Member, **overrides) -> dict:
    _, claims = encode_token(
        member.pk, member.token_version, "access", timedelta(minutes=5)
    )
    return {**claims, **overrides}


def unsigned_token(claims: dict) -> str:
    def part(data: dict) -> str:
        raw = json.dumps(data).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


def get_with(api_client, header: str | None):
    if header is not None:
        api_client.credentials(HTTP_AUTHORIZATION=header)
    return api_client.get(URL)


def assert_refused(response, code: str) -> None:
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    body = response.json()
    assert body["code"] == code
    assert body["detail"]


@pytest.mark.django_db
def test_valid_access_token_authenticates(api_client):
    member = ArtistFactory()

    response = get_with(api_client, f"Bearer {forge(valid_claims(member))}")

    assert response.status_code == 200
    assert response.json()["id"] == member.pk


@pytest.mark.django_db
def test_missing_header_is_token_missing(api_client):
    assert_refused(get_with(api_client, None), "token_missing")


@pytest.mark.django_db
def test_foreign_scheme_is_ignored_and_reads_as_missing(api_client):
    assert_refused(get_with(api_client, "Basic dXNlcjpwYXNz"), "token_missing")


@pytest.mark.parametrize(
    "header",
    ["Bearer", "Bearer two tokens", "Bearer not.a.jwt", "Bearer é"],
)
@pytest.mark.django_db
def test_malformed_bearer_header_is_token_invalid(api_client, header):
    assert_refused(get_with(api_client, header), "token_invalid")


@pytest.mark.django_db
def test_expired_token_is_token_expired(api_client):
    member = ArtistFactory()
    claims = valid_claims(member, exp=valid_claims(member)["iat"] - 10)

    assert_refused(get_with(api_client, f"Bearer {forge(claims)}"), "token_expired")


@pytest.mark.django_db
def test_token_signed_with_another_key_is_token_invalid(api_client):
    member = ArtistFactory()
    token = forge(
        valid_claims(member), key="another-key-that-is-long-enough-0123456789"
    )

    assert_refused(get_with(api_client, f"Bearer {token}"), "token_invalid")


@pytest.mark.django_db
def test_alg_none_token_is_token_invalid(api_client):
    member = ArtistFactory()

    response = get_with(api_client, f"Bearer {unsigned_token(valid_claims(member))}")

    assert_refused(response, "token_invalid")


@pytest.mark.django_db
def test_hs512_token_is_refused_even_with_the_right_key(api_client):
    member = ArtistFactory()
    token = forge(valid_claims(member), algorithm="HS512")

    assert_refused(get_with(api_client, f"Bearer {token}"), "token_invalid")


@pytest.mark.parametrize("claim", ["sub", "exp", "iat", "jti", "type", "ver"])
@pytest.mark.django_db
def test_token_without_a_required_claim_is_token_invalid(api_client, claim):
    member = ArtistFactory()
    claims = valid_claims(member)
    del claims[claim]

    assert_refused(get_with(api_client, f"Bearer {forge(claims)}"), "token_invalid")


@pytest.mark.django_db
def test_refresh_token_is_not_an_access_token(api_client):
    member = ArtistFactory()
    token = forge(valid_claims(member, type="refresh"))

    assert_refused(get_with(api_client, f"Bearer {token}"), "token_invalid")


@pytest.mark.django_db
def test_token_of_an_older_version_is_token_revoked(api_client):
    member = ArtistFactory()
    token = forge(valid_claims(member))
    Member.objects.filter(pk=member.pk).update(token_version=1)

    assert_refused(get_with(api_client, f"Bearer {token}"), "token_revoked")


@pytest.mark.django_db
def test_deactivated_member_token_stops_at_once(api_client):
    member = ArtistFactory()
    token = forge(valid_claims(member))
    Member.objects.filter(pk=member.pk).update(is_active=False)

    assert_refused(get_with(api_client, f"Bearer {token}"), "member_inactive")


@pytest.mark.django_db
def test_deleted_member_token_stops_at_once(api_client):
    member = ArtistFactory()
    token = forge(valid_claims(member))
    member.delete()

    assert_refused(get_with(api_client, f"Bearer {token}"), "member_inactive")


@pytest.mark.django_db
def test_non_numeric_subject_is_token_invalid(api_client):
    member = ArtistFactory()

    response = get_with(api_client, f"Bearer {forge(valid_claims(member, sub='abc'))}")

    assert_refused(response, "token_invalid")


@pytest.mark.django_db
def test_separate_signing_key_is_used_when_configured(api_client, settings):
    member = ArtistFactory()
    settings.JWT_SIGNING_KEY = "a-dedicated-jwt-signing-key-0123456789abcdef"
    signed_with_secret_key = forge(valid_claims(member), key=settings.SECRET_KEY)
    signed_with_jwt_key = forge(valid_claims(member))

    assert_refused(
        get_with(api_client, f"Bearer {signed_with_secret_key}"), "token_invalid"
    )
    assert get_with(api_client, f"Bearer {signed_with_jwt_key}").status_code == 200
