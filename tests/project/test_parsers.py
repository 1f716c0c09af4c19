import pytest

from members.models import Member
from tests.conftest import client_for
from tests.factories import ArtistFactory

DEEPLY_NESTED = "[" * 1000 + "]" * 1000


def assert_parse_error(response) -> None:
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == "parse_error"
    assert body["detail"] == (
        "JSON parse error - the body is nested too deeply to be read."
    )


@pytest.mark.django_db
def test_deeply_nested_login_body_is_a_400_parse_error(api_client):
    response = api_client.post(
        "/api/members/login/", DEEPLY_NESTED, content_type="application/json"
    )

    assert_parse_error(response)


@pytest.mark.django_db
def test_deeply_nested_body_of_a_member_is_a_400_and_changes_nothing():
    artist = ArtistFactory(first_name="Frida")
    before = Member.objects.values().get(pk=artist.pk)

    response = client_for(artist).patch(
        "/api/members/user/", DEEPLY_NESTED, content_type="application/json"
    )

    assert_parse_error(response)
    assert Member.objects.values().get(pk=artist.pk) == before


@pytest.mark.django_db
def test_deeply_nested_body_with_an_idempotency_key_is_a_400():
    artist = ArtistFactory()

    response = client_for(artist).patch(
        "/api/members/user/",
        DEEPLY_NESTED,
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="nested-1",
    )

    assert_parse_error(response)
