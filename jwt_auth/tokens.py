"""Encode and decode the API's JSON Web Tokens (HS256 only)."""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import jwt
from django.conf import settings
from django.utils import timezone

from jwt_auth.exceptions import TokenError, TokenExpired

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["sub", "exp", "iat", "jti", "type", "ver"]
TokenType = Literal["access", "refresh"]
WRONG_TYPE_DETAILS = {
    "access": "A refresh token cannot authenticate a request; send the access token.",
    "refresh": "This is not a refresh token; send the refresh token from login.",
}


def encode_token(
    member_id: int,
    token_version: int,
    token_type: TokenType,
    lifetime: timedelta,
    jti: uuid.UUID | None = None,
) -> tuple[str, dict[str, Any]]:
    """Sign a token of the given type for a member; return it and its claims."""
    issued_at = timezone.now()
    claims = {
        "sub": str(member_id),
        "iat": int(issued_at.timestamp()),
        "exp": int((issued_at + lifetime).timestamp()),
        "jti": str(jti or uuid.uuid4()),
        "type": token_type,
        "ver": token_version,
    }
    return jwt.encode(claims, settings.JWT_SIGNING_KEY, algorithm=ALGORITHM), claims


def decode_token(raw: str, expected_type: TokenType) -> dict[str, Any]:
    """Verify signature, expiry, required claims and type; return the claims."""
    try:
        claims = jwt.decode(
            raw,
            settings.JWT_SIGNING_KEY,
            algorithms=[ALGORITHM],
            options={"require": REQUIRED_CLAIMS},
        )
    except jwt.ExpiredSignatureError as error:
        raise TokenExpired() from error
    except jwt.InvalidTokenError as error:
        raise TokenError() from error

    if claims["type"] != expected_type:
        raise TokenError(WRONG_TYPE_DETAILS[expected_type])
    if not str(claims["sub"]).isdigit() or not isinstance(claims["ver"], int):
        raise TokenError()
    return claims


def expiry_of(claims: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(claims["exp"], tz=UTC)
