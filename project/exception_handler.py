"""The one exception handler that turns every error into the API's JSON shape.

Every error body has `detail` (a sentence a person can act on), `code` (a
stable identifier for programs) and `errors` (a list of sentences).
Validation errors add `fields` ({field: [messages]}) and phrase `errors` as
"Field: message". A view may name extra keys, in `error_detail_aliases`,
under which the same sentence is repeated for clients that read `message`
or `error` instead of `detail`.
"""

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler

from project.errors import ApplicationError

NON_FIELD_KEYS = {"non_field_errors", "__all__"}


def flatten_field_errors(detail: Any, path: str = "") -> dict[str, list[str]]:
    """Flatten DRF's nested error structure into {"field.sub": [messages]}."""
    if isinstance(detail, dict):
        items = detail.items()
    elif isinstance(detail, list) and any(isinstance(i, dict | list) for i in detail):
        items = enumerate(detail)
    else:
        messages = detail if isinstance(detail, list) else [detail]
        return {path or "non_field_errors": [str(message) for message in messages]}

    fields: dict[str, list[str]] = {}
    for key, value in items:
        if key in NON_FIELD_KEYS:
            child = path
        else:
            child = f"{path}.{key}" if path else str(key)
        for name, messages in flatten_field_errors(value, child).items():
            fields.setdefault(name, []).extend(messages)
    return fields


def field_label(path: str) -> str:
    return path.split(".")[0].replace("_", " ").capitalize()


def describe_field_errors(fields: dict[str, list[str]]) -> list[str]:
    """Render field errors as the "Field: message" strings clients display."""
    return [
        message if field == "non_field_errors" else f"{field_label(field)}: {message}"
        for field, messages in fields.items()
        for message in messages
    ]


def _as_drf_exception(exc: Exception) -> Exception:
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(as_serializer_error(exc))
    if isinstance(exc, Http404):
        return exceptions.NotFound()
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied()
    return exc


def _error_body(exc: Exception) -> tuple[dict[str, Any], int] | None:
    if isinstance(exc, ApplicationError):
        body = {"detail": exc.detail, "code": exc.code, "errors": [exc.detail]}
        return {**body, **exc.extra}, exc.status_code
    if isinstance(exc, exceptions.ValidationError):
        fields = flatten_field_errors(exc.detail)
        errors = describe_field_errors(fields)
        body = {
            "detail": " ".join(errors) or "Invalid input.",
            "code": "invalid",
            "errors": errors,
            "fields": fields,
        }
        return body, exc.status_code
    if isinstance(exc, exceptions.NotAuthenticated):
        detail = (
            "Authentication required: send the header "
            "'Authorization: Bearer <token>' with the token from login."
        )
        return {"detail": detail, "code": "token_missing", "errors": [detail]}, 401
    if isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        detail = str(exc.detail)
        code = codes if isinstance(codes, str) else "error"
        return {"detail": detail, "code": code, "errors": [detail]}, exc.status_code
    return None


def application_error_response(error: ApplicationError) -> JsonResponse:
    """Render an application error raised outside a DRF view."""
    body, status_code = _error_body(error)
    return JsonResponse(body, status=status_code)


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Render any known error as the API's JSON error body.

    Unknown exceptions return None, so Django answers 500 and logs them once.
    """
    exc = _as_drf_exception(exc)
    rendered = _error_body(exc)
    if rendered is None:
        return None
    body, status_code = rendered

    headers = {}
    default = drf_exception_handler(exc, context)
    if default is not None:
        headers = {
            name: value
            for name, value in default.items()
            if name in {"WWW-Authenticate", "Retry-After"}
        }
    if status_code == status.HTTP_401_UNAUTHORIZED:
        headers.setdefault("WWW-Authenticate", "Bearer")

    view = context.get("view")
    for alias in getattr(view, "error_detail_aliases", ()):
        body[alias] = body["detail"]
    return Response(body, status=status_code, headers=headers)
