"""OpenAPI generation: the error answers and headers every operation shares."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import force_instance, is_serializer
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers
from rest_framework.permissions import AllowAny, IsAuthenticated

WRITE_METHODS = {"POST", "PUT", "PATCH"}
IDEMPOTENT_METHODS = {"POST", "PATCH"}
ERROR_DESCRIPTIONS = {
    "400": "Invalid input: `fields` and `errors` say what to change.",
    "401": "Missing, malformed, expired or revoked token (`WWW-Authenticate: Bearer`).",
    "403": "Authenticated, but this member may not do this.",
    "404": "No such object, or not one of the caller's.",
    "409": "Conflicts with the current state, or the same Idempotency-Key is running.",
    "422": "The Idempotency-Key was already used with a different body.",
    "429": "Too many requests from this address; see `Retry-After`.",
}


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="A sentence a person can act on.")
    code = serializers.CharField(help_text="A stable identifier for programs.")
    errors = serializers.ListField(
        child=serializers.CharField(), help_text='The problems as "Field: message".'
    )
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Validation errors by field name.",
    )


class OpenStudioAutoSchema(AutoSchema):
    """Add error answers and retry headers; mark routes without slash deprecated."""

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(
            path, path_regex, path_prefix, method, registry
        )
        # Every route ends with a slash and APPEND_SLASH is off, so a route
        # without one is a second spelling kept for older clients.
        if operation is not None and not path.endswith("/"):
            alias_note = (
                f"Another spelling of `{method} {path}/`, kept for older clients."
            )
            operation["operationId"] += "_without_slash"
            operation["deprecated"] = True
            operation["description"] = "\n\n".join(
                filter(None, [alias_note, operation.get("description")])
            )
        return operation

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if self.view.throttle_classes:
            parameters.append(
                OpenApiParameter(
                    "Retry-After",
                    int,
                    OpenApiParameter.HEADER,
                    response=[429],
                    description="Seconds to wait before sending the request again.",
                )
            )
        if self.method in IDEMPOTENT_METHODS and self._requires_authentication():
            parameters.append(
                OpenApiParameter(
                    "Idempotency-Key",
                    str,
                    OpenApiParameter.HEADER,
                    description=(
                        "Optional. A repeat with the same key and body within 24 "
                        "hours gets the first answer back instead of acting twice."
                    ),
                )
            )
        return parameters

    def _get_request_for_media_type(self, serializer, direction="request"):
        schema, required = super()._get_request_for_media_type(serializer, direction)
        if schema is None and is_serializer(force_instance(serializer)):
            # drf-spectacular leaves out a body without fields, and its
            # examples with it; such a body is still an (empty) object.
            return {"type": "object", "description": "An empty object."}, False
        return schema, required

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for status_code in self._error_statuses():
            if status_code not in responses:
                responses[status_code] = self._get_response_for_code(
                    ErrorSerializer, status_code, direction=direction
                )
                responses[status_code]["description"] = ERROR_DESCRIPTIONS[status_code]
        return responses

    def _error_statuses(self) -> list[str]:
        statuses = []
        if self.method in WRITE_METHODS or self._has_query_parameters():
            statuses.append("400")
        if self.view.authentication_classes:
            statuses.append("401")
        if self._has_role_permission():
            statuses.append("403")
        if "{" in self.path:
            statuses.append("404")
        if self.method in IDEMPOTENT_METHODS and self._requires_authentication():
            statuses.extend(["409", "422"])
        if self.view.throttle_classes:
            statuses.append("429")
        return statuses

    def _requires_authentication(self) -> bool:
        return any(
            not issubclass(permission, AllowAny)
            for permission in self.view.permission_classes
        )

    def _has_role_permission(self) -> bool:
        return any(
            permission not in (AllowAny, IsAuthenticated)
            for permission in self.view.permission_classes
        )

    def _has_query_parameters(self) -> bool:
        return self.method == "GET" and bool(
            getattr(self.view, "filterset_class", None)
            or getattr(self.view, "query_serializer_class", None)
        )
