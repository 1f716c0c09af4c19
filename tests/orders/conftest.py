import pytest

from tests.conftest import client_for
from tests.factories import ArtistFactory, CollectorFactory, MemberFactory


@pytest.fixture
def outsider_client(db):
    """A collector who is party to none of the orders under test."""
    return client_for(CollectorFactory())


@pytest.fixture
def outsider_artist_client(db):
    return client_for(ArtistFactory())


@pytest.fixture
def staff_member(db):
    return MemberFactory(is_staff=True, user_type="")
