import pytest
from django.test import Client
from django.urls import path
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

import project.urls


class CrashingView(APIView):
    permission_classes = [AllowAny]
    schema = None

    def get(self, request):
        raise ZeroDivisionError("boom")


urlpatterns = [
    *project.urls.urlpatterns,
    path("api/crash/", CrashingView.as_view()),
]


def assert_json_error(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == code
    assert isinstance(body["detail"], str)
    assert body["detail"]
    return body


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.django_db
def test_unknown_url_is_a_json_404(debug, settings):
    settings.DEBUG = debug

    response = Client().get("/api/no-such-thing/")

    assert_json_error(response, 404, "not_found")


@pytest.mark.django_db
def test_wrong_method_is_a_json_405(api_client):
    response = api_client.delete("/api/health/")

    assert_json_error(response, 405, "method_not_allowed")


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_crash_is_a_json_500_without_traceback(debug, settings, caplog):
    settings.DEBUG = debug
    client = Client(raise_request_exception=False)

    response = client.get("/api/crash/")

    body = assert_json_error(response, 500, "server_error")
    assert "boom" not in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert body["detail"] == "The server failed to handle this request."
    failures = [
        r for r in caplog.records if r.getMessage().startswith("Request failed")
    ]
    assert len(failures) == 1
    assert failures[0].exc_info[0] is ZeroDivisionError


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ("{not json", "parse_error"),
        ("[1, 2]", "invalid"),
        ('"just a string"', "invalid"),
        ("null", "invalid"),
    ],
)
@pytest.mark.django_db
def test_malformed_bodies_are_400(api_client, payload, code):
    response = api_client.post(
        "/api/members/login/", payload, content_type="application/json"
    )

    assert_json_error(response, 400, code)


@pytest.mark.django_db
def test_form_encoded_body_is_415(api_client):
    response = api_client.post("/api/members/login/", {"email": "a@example.com"})

    assert_json_error(response, 415, "unsupported_media_type")


@pytest.mark.django_db
def test_index_lists_the_api_sections(api_client):
    for url in ["/", "/api/"]:
        response = api_client.get(url)

        assert response.status_code == 200
        assert response.json()["sections"]["members"] == "/api/members/"
