import pytest

from members.models import Member
from project.idempotency import idempotency_begin, idempotency_finish
from project.models import IdempotencyKey
from tests.conftest import client_for
from tests.factories import ArtistFactory

URL = "/api/members/user/"


@pytest.fixture
def member(db):
    return ArtistFactory(first_name="Frida")


def patch(client, body, key="key-1"):
    return client.patch(URL, body, format="json", HTTP_IDEMPOTENCY_KEY=key)


def test_repeat_with_the_same_key_and_body_replays_the_first_answer(member):
    client = client_for(member)
    first = patch(client, {"first_name": "Maria"})
    Member.objects.filter(pk=member.pk).update(first_name="Changed meanwhile")

    repeat = patch(client, {"first_name": "Maria"})

    assert repeat.status_code == first.status_code == 200
    assert repeat.json() == first.json()
    assert repeat["Idempotent-Replayed"] == "true"
    member.refresh_from_db()
    assert member.first_name == "Changed meanwhile"


def test_same_key_with_another_body_is_422_and_changes_nothing(member):
    client = client_for(member)
    patch(client, {"first_name": "Maria"})

    response = patch(client, {"first_name": "Teresa"})

    assert response.status_code == 422
    assert response.json()["code"] == "idempotency_key_reused"
    member.refresh_from_db()
    assert member.first_name == "Maria"


def test_repeat_of_a_running_request_with_the_same_body_is_409(member):
    body = b'{"first_name":"Maria"}'
    idempotency_begin(member=member, key="k", method="PATCH", path=URL, body=body)

    response = client_for(member).patch(
        URL, body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="k"
    )

    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_key_in_progress"
    member.refresh_from_db()
    assert member.first_name == "Frida"


def test_keys_are_scoped_per_member(member):
    other = ArtistFactory(first_name="Other")
    patch(client_for(member), {"first_name": "Maria"})

    response = patch(client_for(other), {"first_name": "Maria"})

    assert "Idempotent-Replayed" not in response
    other.refresh_from_db()
    assert other.first_name == "Maria"


@pytest.mark.parametrize("status_code", [409, 429, 500, 503])
def test_conflicts_rate_limits_and_server_errors_are_not_stored(member, status_code):
    claim = idempotency_begin(
        member=member, key="k", method="POST", path="/x", body=b""
    )

    idempotency_finish(claim, status_code=status_code, content_type="", body=b"")

    assert not IdempotencyKey.objects.exists()


def test_validation_errors_are_stored_and_replayed(member):
    client = client_for(member)
    first = patch(client, {"postcode": "nowhere"})

    repeat = patch(client, {"postcode": "nowhere"})

    assert first.status_code == repeat.status_code == 400
    assert repeat["Idempotent-Replayed"] == "true"


def test_overlong_key_is_400(member):
    response = patch(client_for(member), {"first_name": "Maria"}, key="k" * 256)

    assert response.status_code == 400
    assert response.json()["code"] == "idempotency_key_invalid"
    member.refresh_from_db()
    assert member.first_name == "Frida"


def test_requests_without_a_key_are_not_recorded(member):
    client_for(member).patch(URL, {"first_name": "Maria"}, format="json")

    assert not IdempotencyKey.objects.exists()
