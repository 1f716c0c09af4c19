"""Drive every operation of the OpenAPI schema with generated inputs.

For an anonymous caller, an artist and a collector, no answer may be a
server error, every answer must match the schema for its status code, and
every error body must carry `detail` and `code`.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.throttling import ScopedRateThrottle
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from jwt_auth.services import tokens_issue
from project.wsgi import application
from tests.factories import ArtistFactory, ArtworkFactory, CollectorFactory

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
THROTTLE_SCOPES = ["login", "register", "refresh"]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


@pytest.fixture(autouse=True)
def _keep_the_test_connection_open():
    # Requests go through the real WSGI handler, whose request signals
    # would close the connection that holds the test's transaction.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _no_rate_limits(monkeypatch):
    # The fuzzer sends far more logins than a person could; the limit itself
    # is tested in tests/members.
    monkeypatch.setattr(
        ScopedRateThrottle, "THROTTLE_RATES", dict.fromkeys(THROTTLE_SCOPES, None)
    )


@pytest.fixture(autouse=True)
def _uploads_configured(settings):
    # Without an account the upload signature answers 503 by design; with
    # one, every image URL must be of that cloud, which the fuzzer tries too.
    settings.CLOUDINARY_URL = "cloudinary://123456789012345:fuzz-secret@fuzzcloud"


@pytest.fixture(params=["anonymous", "artist", "collector"])
def persona_headers(request, db) -> dict[str, str]:
    artist = ArtistFactory()
    collector = CollectorFactory()
    ArtworkFactory(artist=artist)
    member = {"anonymous": None, "artist": artist, "collector": collector}[
        request.param
    ]
    if member is None:
        return {}
    return {"Authorization": f"Bearer {tokens_issue(member).access}"}


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_generated_request_breaks_the_api(case, persona_headers):
    response = case.call(headers=persona_headers)

    case.validate_response(response, checks=CHECKS, headers=persona_headers)
    if response.status_code >= 400:
        body = response.json()
        assert body["detail"]
        assert body["code"]
