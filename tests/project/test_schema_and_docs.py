import re

import pytest
import yaml
from django.core.management import call_command
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from drf_spectacular.generators import SchemaGenerator


def test_schema_generates_and_validates_without_a_single_warning(tmp_path):
    target = tmp_path / "schema.yml"

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))

    assert yaml.safe_load(target.read_text())["openapi"].startswith("3.")


@pytest.mark.django_db
def test_schema_is_yaml_by_default_and_json_on_request(api_client):
    as_yaml = api_client.get("/api/schema/")
    as_json = api_client.get("/api/schema/", {"format": "json"})

    assert as_yaml.status_code == 200
    assert as_yaml["Content-Type"].startswith("application/vnd.oai.openapi")
    assert as_json.status_code == 200
    assert as_json.json()["info"]["title"] == "OpenStudio API"


@pytest.mark.parametrize("page", ["/api/docs/", "/api/redoc/"])
@pytest.mark.django_db
def test_docs_pages_render_with_assets_served_locally(client, page):
    response = client.get(page)

    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html)
    assert assets
    for asset in assets:
        assert asset.startswith("/static/"), f"{asset} is not served by the app"
        assert client.get(asset).status_code == 200, asset
    # Any absolute or protocol-relative URL, in a link, a script or a style.
    hosts = set(re.findall(r"(?:https?:)?//([\w.-]+)", html, flags=re.ASCII))
    assert hosts <= {"testserver"}, f"{page} loads from {hosts}"


# Routed under /api/ but deliberately left out of the schema.
NOT_IN_SCHEMA = {
    # The schema itself and the two pages that render it.
    "/api/schema/",
    "/api/docs/",
    "/api/redoc/",
    # A catch-all that answers a payment URL whose id is not a number with a
    # 404 in the payment error shape; it is no operation of its own.
    "/api/orders/^payment/",
}


@pytest.fixture(scope="module")
def schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def routed_paths(patterns, prefix: str = "/"):
    """Yield the path of every URL pattern, with {name} for each converter."""
    for pattern in patterns:
        route = str(pattern.pattern)
        if isinstance(pattern.pattern, RoutePattern):
            route = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)
        if isinstance(pattern, URLResolver):
            yield from routed_paths(pattern.url_patterns, prefix + route)
        else:
            yield prefix + route


def test_every_api_route_is_in_the_schema(schema):
    api_paths = {
        path
        for path in routed_paths(get_resolver().url_patterns)
        if path.startswith("/api/")
    }

    missing = api_paths - NOT_IN_SCHEMA - set(schema["paths"])

    assert api_paths > NOT_IN_SCHEMA
    assert missing == set()


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/api/artworks/{artwork_id}/", "put"),
        ("/api/artworks/{artwork_id}/", "patch"),
        ("/api/artworks/{artwork_id}/", "delete"),
        ("/api/images/artwork/{artwork_id}/images/", "post"),
        ("/api/images/image/{image_id}/", "delete"),
    ],
)
def test_owner_only_operations_document_403(schema, path, method):
    responses = schema["paths"][path][method]["responses"]

    assert "permission_denied" in responses["403"]["description"]


def test_deleting_the_last_image_documents_its_400(schema):
    responses = schema["paths"]["/api/images/image/{image_id}/"]["delete"]["responses"]

    assert "last_image" in responses["400"]["description"]


@pytest.mark.parametrize(
    "path",
    ["/api/members/login/", "/api/members/register/", "/api/members/token/refresh/"],
)
def test_rate_limited_operations_declare_retry_after(schema, path):
    response = schema["paths"][path]["post"]["responses"]["429"]

    assert response["headers"]["Retry-After"]["schema"] == {"type": "integer"}


def test_every_operation_has_a_tag_and_a_unique_id(schema):
    operations = [
        operation
        for methods in schema["paths"].values()
        for operation in methods.values()
    ]

    operation_ids = [operation["operationId"] for operation in operations]
    assert all(operation.get("tags") for operation in operations)
    assert len(operation_ids) == len(set(operation_ids))
    assert schema["paths"]["/api/"]["get"]["tags"] == ["index"]


@pytest.mark.parametrize("action", ["review", "cancel", "payment", "shipped"])
def test_order_action_without_slash_is_a_deprecated_alias(schema, action):
    slashed = schema["paths"][f"/api/orders/{action}/{{order_id}}/"]["patch"]

    alias = schema["paths"][f"/api/orders/{action}/{{order_id}}"]["patch"]

    assert alias["deprecated"] is True
    assert "deprecated" not in slashed
    assert alias["operationId"] == f"{slashed['operationId']}_without_slash"
    assert alias["responses"].keys() == slashed["responses"].keys()


def test_every_route_without_slash_is_a_deprecated_spelling_of_one_with(schema):
    unslashed = [path for path in schema["paths"] if not path.endswith("/")]

    assert unslashed
    for path in unslashed:
        assert f"{path}/" in schema["paths"], path
        assert all(op["deprecated"] for op in schema["paths"][path].values()), path


def test_logout_documents_its_answer(schema):
    response = schema["paths"]["/api/members/logout/"]["post"]["responses"]["200"]

    assert response["content"]["application/json"]["examples"]


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/api/orders/cancel/{order_id}/", "patch"),
        ("/api/orders/complete/{order_id}/", "patch"),
        ("/api/images/signature/", "post"),
    ],
)
def test_operation_without_body_fields_shows_an_empty_request(schema, path, method):
    body = schema["paths"][path][method]["requestBody"]["content"]["application/json"]

    assert body["schema"]["type"] == "object"
    assert [example["value"] for example in body["examples"].values()] == [{}]
