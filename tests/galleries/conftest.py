import pytest

from tests.conftest import client_for
from tests.factories import MemberFactory

ARTWORK_KEYS = {
    "id",
    "title",
    "description",
    "year",
    "price",
    "quantity_for_sale",
    "is_for_sale",
    "medium",
    "material",
    "width",
    "depth",
    "height",
    "weight",
    "artist",
    "artworks_images",
    "is_archived",
    "created_at",
    "updated_at",
}
ARTIST_KEYS = {
    "id",
    "username",
    "first_name",
    "last_name",
    "bio",
    "website",
    "postcode",
}


@pytest.fixture
def staff_member(db):
    return MemberFactory(user_type="", is_staff=True)


@pytest.fixture
def staff_client(staff_member):
    return client_for(staff_member)
