import hashlib
import json

import pytest

from members.models import Member
from orders.models import Order, OrderEvent
from project.idempotency import (
    endpoint_scope,
    idempotency_begin,
    idempotency_finish,
    request_fingerprint,
)
from project.models import IdempotencyKey
from tests.conftest import client_for
from tests.factories import ArtistFactory, ArtworkFactory
from tests.orders.builders import order_in

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


@pytest.mark.parametrize(
    "path",
    [
        "/api/" + "a" * 600,
        "/api/orders/payment/" + "x" * 600,
    ],
)
def test_overlong_path_with_a_key_is_a_404_not_a_server_error(member, path):
    response = client_for(member).patch(
        path, {}, format="json", HTTP_IDEMPOTENCY_KEY="long-path"
    )

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_overlong_path_is_kept_in_a_bounded_form(member):
    path = "/api/orders/payment/" + "x" * 600

    claim = idempotency_begin(
        member=member, key="k", method="PATCH", path=path, body=b"{}"
    )

    assert claim.path == endpoint_scope(path)
    assert len(claim.path) <= IdempotencyKey._meta.get_field("path").max_length


def test_answer_of_an_unrouted_url_is_not_kept_for_the_right_one(member):
    client = client_for(member)
    client.post("/api/members/logout", HTTP_IDEMPOTENCY_KEY="logout-1")

    response = client.post("/api/members/logout/", HTTP_IDEMPOTENCY_KEY="logout-1")

    assert response.status_code == 200
    assert "Idempotent-Replayed" not in response
    assert list(IdempotencyKey.objects.values_list("path", flat=True)) == [
        "/api/members/logout"
    ]


def test_retry_with_the_other_trailing_slash_spelling_replays(member):
    order = order_in(Order.Status.PENDING, artwork=ArtworkFactory(artist=member))
    client = client_for(member)
    first = client.patch(
        f"/api/orders/review/{order.pk}",
        {"action": "accept"},
        format="json",
        HTTP_IDEMPOTENCY_KEY="accept-1",
    )

    retry = client.patch(
        f"/api/orders/review/{order.pk}/",
        {"action": "accept"},
        format="json",
        HTTP_IDEMPOTENCY_KEY="accept-1",
    )

    assert first.status_code == retry.status_code == 200
    assert retry["Idempotent-Replayed"] == "true"
    assert retry.json() == first.json()
    assert OrderEvent.objects.filter(order=order).count() == 1


def test_a_payment_body_is_kept_only_as_a_keyed_hash(db, settings):
    order = order_in(Order.Status.ACCEPTED)
    card = {"cardNumber": "4242424242424242", "expiryDate": "12/30", "cvv": "123"}
    body = json.dumps(card).encode()

    response = client_for(order.buyer).patch(
        f"/api/orders/payment/{order.pk}",
        body,
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="pay-1",
    )

    assert response.status_code == 200
    stored = IdempotencyKey.objects.get(key="pay-1")
    assert stored.request_hash != hashlib.sha256(body).hexdigest()
    assert "4242" not in stored.request_hash
    assert "4242" not in bytes(stored.response_body).decode()
    settings.SECRET_KEY = "another-secret-key-for-this-test-only-0123456789abcdef"
    assert request_fingerprint(body) != stored.request_hash
