"""The base of every error that the application raises on purpose.

Services raise these (never anything from rest_framework); the API's
exception handler turns them into JSON error bodies.
"""

from typing import Any


class ApplicationError(Exception):
    """A request refused by a business rule; knows its HTTP status and code."""

    status_code = 400
    code = "invalid"
    default_detail = "The request could not be processed."

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        extra: dict[str, Any] | None = None,
    ):
        self.detail = detail or self.default_detail
        if code:
            self.code = code
        self.extra = extra or {}
        super().__init__(self.detail)


class NotFound(ApplicationError):
    status_code = 404
    code = "not_found"
    default_detail = "Not found."


class PermissionDenied(ApplicationError):
    status_code = 403
    code = "permission_denied"
    default_detail = "You do not have permission to perform this action."


class Conflict(ApplicationError):
    status_code = 409
    code = "conflict"
    default_detail = "The request conflicts with the current state."


class Unavailable(ApplicationError):
    status_code = 503
    code = "service_unavailable"
    default_detail = "This service is not available right now."
