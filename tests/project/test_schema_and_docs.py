import re

import pytest
import yaml
from django.core.management import call_command


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
