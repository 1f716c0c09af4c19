from typing import Any

from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.request import Request

from jwt_auth.exceptions import TokenError
from jwt_auth.services import member_for_claims
from jwt_auth.tokens import decode_token
from members.models import Member

KEYWORD = "Bearer"


class JWTAuthentication(BaseAuthentication):
    """Authenticate `Authorization: Bearer <access token>` requests.

    Another scheme (Basic, Token, ...) is left to other authenticators; a
    Bearer header that does not hold a valid, current access token is a 401.
    """

    def authenticate(self, request: Request) -> tuple[Member, dict[str, Any]] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != KEYWORD.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(
                "The Authorization header must be 'Bearer <token>', with one token.",
                code="token_invalid",
            )

        try:
            raw = parts[1].decode("ascii")
            claims = decode_token(raw, "access")
            member = member_for_claims(claims)
        except UnicodeDecodeError as error:
            raise exceptions.AuthenticationFailed(
                TokenError.default_detail, code=TokenError.code
            ) from error
        except TokenError as error:
            raise exceptions.AuthenticationFailed(
                error.detail, code=error.code
            ) from error
        return member, claims

    def authenticate_header(self, request: Request) -> str:
        return KEYWORD
