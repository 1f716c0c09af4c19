import logging
import sys

from django.http import HttpResponse, JsonResponse
from django.urls import Resolver404, resolve

from jwt_auth.exceptions import TokenError
from jwt_auth.services import member_for_claims
from jwt_auth.tokens import decode_token
from project.errors import ApplicationError
from project.exception_handler import application_error_response
from project.idempotency import StoredResponse, idempotency_begin, idempotency_finish

logger = logging.getLogger(__name__)

LOGGED_CLIENT_ERRORS = {401, 403, 429}
GENERIC_DETAILS = {
    400: ("Bad request.", "bad_request"),
    403: ("You do not have permission to perform this action.", "permission_denied"),
    404: ("No endpoint or object matches this URL.", "not_found"),
    405: ("This method is not allowed on this URL.", "method_not_allowed"),
    500: ("The server failed to handle this request.", "server_error"),
}


class JSONErrorMiddleware:
    """Answer every API error as JSON and log failed requests once.

    Errors raised outside DRF views (an unknown URL, a crash, Django's debug
    pages) arrive here as HTML; they are replaced by the API's error shape.
    The admin keeps its own pages.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code >= 400:
            self._log_failure(request, response)
            if not self._is_json(response) and not request.path.startswith("/admin/"):
                response = self._as_json(response)
        return response

    def process_exception(self, request, exception):
        request._failure_exc_info = sys.exc_info()

    @staticmethod
    def _is_json(response) -> bool:
        return response.get("Content-Type", "").startswith("application/json")

    @staticmethod
    def _as_json(response) -> JsonResponse:
        status = response.status_code
        detail, code = GENERIC_DETAILS.get(
            status if status < 500 else 500, ("The request failed.", "error")
        )
        replacement = JsonResponse(
            {"detail": detail, "code": code, "errors": [detail]}, status=status
        )
        for header in ("Allow", "WWW-Authenticate", "Retry-After"):
            if header in response:
                replacement[header] = response[header]
        return replacement

    @staticmethod
    def _log_failure(request, response) -> None:
        status = response.status_code
        if status < 500 and status not in LOGGED_CLIENT_ERRORS:
            return
        user = getattr(request, "user", None)
        member_id = user.pk if user is not None and user.is_authenticated else None
        level = logging.ERROR if status >= 500 else logging.WARNING
        logger.log(
            level,
            "Request failed: %s %s status=%s member=%s",
            request.method,
            request.path,
            status,
            member_id,
            exc_info=getattr(request, "_failure_exc_info", None),
        )


class IdempotencyMiddleware:
    """Replay the stored answer to an API write repeated with its Idempotency-Key.

    Only POST and PATCH requests of an authenticated member to a routed URL
    are considered; see project.idempotency for the rules. A URL that routes
    nowhere is a 404 whatever the key, and keeping that answer would replay
    it to a retry sent to the right URL with the same key.
    """

    METHODS = {"POST", "PATCH"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request.headers.get("Idempotency-Key")
        if key is None or request.method not in self.METHODS:
            return self.get_response(request)
        if not _is_routed(request.path_info):
            return self.get_response(request)
        member = _member_from_bearer_token(request)
        if member is None:
            return self.get_response(request)

        try:
            claim = idempotency_begin(
                member=member,
                key=key,
                method=request.method,
                path=request.path,
                body=request.body,
            )
        except ApplicationError as error:
            return application_error_response(error)
        if isinstance(claim, StoredResponse):
            replay = HttpResponse(
                claim.body, status=claim.status_code, content_type=claim.content_type
            )
            replay["Idempotent-Replayed"] = "true"
            return replay

        response = self.get_response(request)
        idempotency_finish(
            claim,
            status_code=response.status_code,
            content_type=response.get("Content-Type", ""),
            body=response.content,
        )
        return response


def _is_routed(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def _member_from_bearer_token(request):
    parts = request.headers.get("Authorization", "").split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        return None
    try:
        return member_for_claims(decode_token(parts[1], "access"))
    except TokenError:
        # The view answers the 401 itself, with the reason.
        return None
