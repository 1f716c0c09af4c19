from project.errors import ApplicationError


class TokenError(ApplicationError):
    status_code = 401
    code = "token_invalid"
    default_detail = "The token is malformed or its signature is wrong; log in again."


class TokenExpired(TokenError):
    code = "token_expired"
    default_detail = "The token has expired; refresh it or log in again."


class TokenRevoked(TokenError):
    code = "token_revoked"
    default_detail = (
        "The token was revoked by a logout or password change; log in again."
    )


class MemberInactive(TokenError):
    code = "member_inactive"
    default_detail = "The account of this token is deactivated or no longer exists."
