"""Safe retries: replay the first answer to a write sent with an Idempotency-Key.

A client on a bad network may send the same POST or PATCH twice. With the
same `Idempotency-Key` header (per member and endpoint) the second request
gets the first answer back instead of doing the work again. The same key
with another body is refused, and so is a repeat while the first request is
still running. Server errors, conflicts and rate limits are not kept, so
they can be retried for real. A path with and without its trailing slash is
the same endpoint (the order actions answer both spellings).
"""

import hashlib
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from members.models import Member
from project.errors import ApplicationError, Conflict
from project.models import IdempotencyKey

logger = logging.getLogger(__name__)

KEY_LIFETIME = timedelta(hours=24)
MAX_KEY_LENGTH = 255
MAX_PATH_LENGTH = IdempotencyKey._meta.get_field("path").max_length
UNSTORED_STATUSES = {409, 429}
FINGERPRINT_SALT = "project.idempotency.request_fingerprint"


class KeyReusedWithAnotherBody(ApplicationError):
    status_code = 422
    code = "idempotency_key_reused"
    default_detail = (
        "This Idempotency-Key was already used with a different request body; "
        "use a new key for a new request."
    )


class KeyStillRunning(Conflict):
    code = "idempotency_key_in_progress"
    default_detail = (
        "A request with this Idempotency-Key is still running; retry when it ends."
    )


class InvalidKey(ApplicationError):
    code = "idempotency_key_invalid"
    default_detail = (
        f"The Idempotency-Key header must be 1 to {MAX_KEY_LENGTH} visible characters."
    )


@dataclass(frozen=True)
class StoredResponse:
    status_code: int
    content_type: str
    body: bytes


def request_fingerprint(body: bytes) -> str:
    """Return a keyed hash of a request body, to tell a repeat from a change.

    Keyed with the server's secret: a payment's body holds card fields, and
    a plain hash of so little randomness could be reversed by trying them.
    """
    return salted_hmac(FINGERPRINT_SALT, body, algorithm="sha256").hexdigest()


def endpoint_scope(path: str) -> str:
    """Return the stored form of a path: one per endpoint, within the column."""
    path = path.rstrip("/") or "/"
    if len(path) > MAX_PATH_LENGTH:
        return f"sha256:{hashlib.sha256(path.encode()).hexdigest()}"
    return path


def idempotency_begin(
    *, member: Member, key: str, method: str, path: str, body: bytes
) -> IdempotencyKey | StoredResponse:
    """Claim a key for a request, or return the answer already stored for it."""
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise InvalidKey()
    fingerprint = request_fingerprint(body)
    scope = {
        "member": member,
        "key": key,
        "method": method,
        "path": endpoint_scope(path),
    }

    IdempotencyKey.objects.filter(
        **scope, created_at__lt=timezone.now() - KEY_LIFETIME
    ).delete()
    try:
        with transaction.atomic():
            return IdempotencyKey.objects.create(**scope, request_hash=fingerprint)
    except IntegrityError:
        existing = IdempotencyKey.objects.filter(**scope).first()

    if existing is None:
        # The other request failed and released the key in the meantime.
        raise KeyStillRunning()
    if existing.request_hash != fingerprint:
        raise KeyReusedWithAnotherBody()
    if existing.status_code is None:
        raise KeyStillRunning()
    logger.info("Idempotent replay key_id=%s member=%s", existing.pk, member.pk)
    return StoredResponse(
        existing.status_code, existing.content_type, bytes(existing.response_body)
    )


def idempotency_finish(
    record: IdempotencyKey, *, status_code: int, content_type: str, body: bytes
) -> None:
    """Keep the answer for replays, or release the key if it may be retried."""
    if status_code >= 500 or status_code in UNSTORED_STATUSES:
        record.delete()
        return
    record.status_code = status_code
    record.content_type = content_type
    record.response_body = body
    record.save(update_fields=["status_code", "content_type", "response_body"])


def idempotency_keys_prune() -> int:
    """Delete stored answers older than their 24-hour lifetime; return how many."""
    deleted, _ = IdempotencyKey.objects.filter(
        created_at__lt=timezone.now() - KEY_LIFETIME
    ).delete()
    return deleted
