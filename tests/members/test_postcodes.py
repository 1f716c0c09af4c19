import pytest

from members.postcodes import outward_code
from tests.factories import ArtistFactory, ArtworkFactory


@pytest.mark.parametrize(
    ("postcode", "outward"),
    [
        ("E1 6AN", "E1"),
        ("E16AN", "E1"),
        ("e1 6an", "E1"),
        (" e1  6an ", "E1"),
        ("SW1A1AA", "SW1A"),
        ("SW1A 1AA", "SW1A"),
        ("M11AE", "M1"),
        ("EC1A1BB", "EC1A"),
        ("CR26XH", "CR2"),
        ("E1", "E1"),
        ("", ""),
    ],
)
def test_outward_code_is_the_postcode_without_its_inward_code(postcode, outward):
    assert outward_code(postcode) == outward


@pytest.mark.parametrize("postcode", ["NOT A POSTCODE", "E1 6AN X", "12345", "E"])
def test_outward_code_of_something_that_is_not_a_postcode_reveals_nothing(postcode):
    assert outward_code(postcode) == ""


@pytest.mark.parametrize("postcode", ["E16AN", "e1 6an"])
@pytest.mark.django_db
def test_a_postcode_saved_without_its_space_stays_private(api_client, postcode):
    artist = ArtistFactory(postcode=postcode)
    artwork = ArtworkFactory(artist=artist)

    portfolio = api_client.get(f"/api/members/artists/{artist.pk}/")
    detail = api_client.get(f"/api/artworks/{artwork.pk}/")
    listing = api_client.get("/api/artworks/")

    assert portfolio.json()["postcode"] == "E1"
    assert detail.json()["artist"]["postcode"] == "E1"
    assert listing.json()[0]["artist"]["postcode"] == "E1"
    for response in (portfolio, detail, listing):
        assert "6AN" not in response.content.decode().upper()
