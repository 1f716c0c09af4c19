import pytest
from rest_framework.test import APIClient

from jwt_auth.services import tokens_issue
from tests.factories import ArtistFactory, CollectorFactory


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


def client_for(member) -> APIClient:
    """Return an API client that sends the member's access token."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens_issue(member).access}")
    return client


@pytest.fixture
def artist(db):
    return ArtistFactory()


@pytest.fixture
def collector(db):
    return CollectorFactory()


@pytest.fixture
def artist_client(artist) -> APIClient:
    return client_for(artist)


@pytest.fixture
def collector_client(collector) -> APIClient:
    return client_for(collector)


@pytest.fixture
def superuser_client(client, django_user_model):
    """A Django test client logged in to the admin as a superuser."""
    admin = django_user_model.objects.create_superuser(
        "admin", "admin@example.com", "Admin-Password-123"
    )
    client.force_login(admin)
    return client
