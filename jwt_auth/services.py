"""Issue, refresh and revoke the tokens of a member."""

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jwt_auth.exceptions import MemberInactive, TokenError, TokenRevoked
from jwt_auth.models import RefreshToken
from jwt_auth.tokens import decode_token, encode_token, expiry_of
from members.models import Member

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str


def tokens_issue(member: Member) -> TokenPair:
    """Issue an access token and a single-use refresh token for a member."""
    access, _ = encode_token(
        member.pk, member.token_version, "access", settings.JWT_ACCESS_TOKEN_LIFETIME
    )
    jti = uuid.uuid4()
    refresh, claims = encode_token(
        member.pk,
        member.token_version,
        "refresh",
        settings.JWT_REFRESH_TOKEN_LIFETIME,
        jti=jti,
    )
    RefreshToken.objects.create(jti=jti, member=member, expires_at=expiry_of(claims))
    return TokenPair(access=access, refresh=refresh)


def member_for_claims(claims: dict[str, Any]) -> Member:
    """Return the active member a verified token speaks for, if still valid."""
    member = Member.objects.filter(pk=int(claims["sub"])).first()
    if member is None or not member.is_active:
        raise MemberInactive()
    if claims["ver"] != member.token_version:
        raise TokenRevoked()
    return member


def token_refresh(raw_refresh: str) -> TokenPair:
    """Exchange a refresh token for a new pair; the old one stops working.

    A refresh token presented a second time means it was copied: every token
    of the member is revoked, so whoever holds the copy is logged out too.
    """
    claims = decode_token(raw_refresh, "refresh")
    with transaction.atomic():
        member = member_for_claims(claims)
        stored = (
            RefreshToken.objects.select_for_update()
            .filter(jti=claims["jti"], member=member)
            .first()
        )
        if stored is None:
            raise TokenError()
        is_reused = stored.used_at is not None
        if is_reused:
            tokens_revoke_all(member)
        else:
            stored.used_at = timezone.now()
            stored.save(update_fields=["used_at"])
            pair = tokens_issue(member)

    if is_reused:
        logger.warning("Refresh token reused; tokens revoked for member=%s", member.pk)
        raise TokenRevoked("This refresh token was already used; log in again.")
    return pair


def tokens_revoke_all(member: Member) -> None:
    """Revoke every token issued to the member so far."""
    Member.objects.filter(pk=member.pk).update(token_version=F("token_version") + 1)
    member.refresh_from_db(fields=["token_version"])


def refresh_tokens_prune() -> int:
    """Delete the records of refresh tokens that have expired; return how many."""
    deleted, _ = RefreshToken.objects.filter(expires_at__lt=timezone.now()).delete()
    return deleted
