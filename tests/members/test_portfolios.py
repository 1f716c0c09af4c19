import datetime

import pytest
from django.utils import timezone

from artworks.models import Artwork
from tests.factories import ArtistFactory, ArtworkFactory, CollectorFactory

LIST_URL = "/api/members/artists/"
ARTIST_KEYS = {
    "id",
    "username",
    "first_name",
    "last_name",
    "bio",
    "website",
    "artwork_count",
}
PORTFOLIO_KEYS = ARTIST_KEYS | {"postcode", "artworks"}
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
}


def portfolio_url(member_id):
    return f"/api/members/artists/{member_id}/"


def assert_nothing_private(response, *members):
    text = response.content.decode()
    for member in members:
        assert member.email not in text
        assert member.address not in text
        assert member.postcode not in text


# The directory


@pytest.mark.django_db
def test_lists_active_artists_with_their_public_fields_only(api_client):
    painter = ArtistFactory()
    sculptor = ArtistFactory()
    CollectorFactory()
    ArtistFactory(is_active=False)

    response = api_client.get(LIST_URL)

    assert response.status_code == 200
    body = response.json()
    assert [artist["id"] for artist in body] == [painter.pk, sculptor.pk]
    assert set(body[0]) == ARTIST_KEYS
    assert body[0]["username"] == painter.username
    assert body[0]["bio"] == painter.bio
    assert body[0]["website"] == painter.website


@pytest.mark.django_db
def test_artwork_count_leaves_out_archived_artworks(api_client):
    artist = ArtistFactory()
    ArtworkFactory.create_batch(2, artist=artist)
    ArtworkFactory(artist=artist, quantity_for_sale=0, is_for_sale=False)
    ArtworkFactory(artist=artist, is_archived=True)
    ArtistFactory()

    body = api_client.get(LIST_URL).json()

    assert [artist["artwork_count"] for artist in body] == [3, 0]


@pytest.mark.django_db
def test_the_directory_shows_no_email_address_or_postcode(api_client):
    artist = ArtistFactory(address="7 Secret Mews, Manchester", postcode="M4 5JD")

    response = api_client.get(LIST_URL)

    assert_nothing_private(response, artist)
    assert "M4" not in response.content.decode()


@pytest.mark.django_db
def test_search_matches_username_first_and_last_name_ignoring_case(api_client):
    frida = ArtistFactory(username="fk", first_name="Frida", last_name="Kahlo")
    ArtistFactory(username="dr", first_name="Diego", last_name="Rivera")
    henri = ArtistFactory(username="kahlofan", first_name="Henri", last_name="Roux")

    by_last_name = api_client.get(LIST_URL, {"search": "KAHLO"}).json()
    by_first_name = api_client.get(LIST_URL, {"search": "frid"}).json()
    by_username = api_client.get(LIST_URL, {"search": "dr"}).json()

    assert [a["id"] for a in by_last_name] == [frida.pk, henri.pk]
    assert [a["id"] for a in by_first_name] == [frida.pk]
    assert [a["username"] for a in by_username] == ["dr"]


@pytest.mark.django_db
def test_search_needs_every_word_to_match(api_client):
    frida = ArtistFactory(first_name="Frida", last_name="Kahlo")
    ArtistFactory(first_name="Frida", last_name="Baranek")

    body = api_client.get(LIST_URL, {"search": " frida   kahlo "}).json()

    assert [artist["id"] for artist in body] == [frida.pk]


@pytest.mark.django_db
def test_a_blank_search_lists_everyone_and_no_match_is_empty(api_client):
    ArtistFactory.create_batch(2)

    blank = api_client.get(LIST_URL, {"search": ""}).json()
    nothing = api_client.get(LIST_URL, {"search": "zzzqqq"}).json()

    assert len(blank) == 2
    assert nothing == []


@pytest.mark.django_db
def test_search_does_not_look_at_emails(api_client):
    ArtistFactory(username="painter", email="hidden-word@example.com")

    body = api_client.get(LIST_URL, {"search": "hidden-word"}).json()

    assert body == []


@pytest.mark.django_db
def test_page_returns_count_links_and_results(api_client):
    artists = ArtistFactory.create_batch(5)

    response = api_client.get(LIST_URL, {"page": 2, "page_size": 2})

    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 5
    assert [a["id"] for a in body["results"]] == [a.pk for a in artists[2:4]]
    assert body["next"] == "http://testserver/api/members/artists/?page=3&page_size=2"
    assert (
        body["previous"] == "http://testserver/api/members/artists/?page=1&page_size=2"
    )


@pytest.mark.django_db
def test_the_first_page_has_no_previous_and_the_last_no_next(api_client):
    ArtistFactory.create_batch(3)

    first = api_client.get(LIST_URL, {"page": 1, "page_size": 2}).json()
    last = api_client.get(LIST_URL, {"page": 2, "page_size": 2}).json()

    assert first["previous"] is None
    assert first["next"] is not None
    assert last["next"] is None
    assert len(last["results"]) == 1


@pytest.mark.django_db
def test_page_keeps_the_search(api_client):
    ArtistFactory.create_batch(3, last_name="Hepworth")
    ArtistFactory(last_name="Moore")

    body = api_client.get(
        LIST_URL, {"search": "hepworth", "page": 1, "page_size": 2}
    ).json()

    assert body["count"] == 3
    assert "search=hepworth" in body["next"]


@pytest.mark.django_db
def test_page_size_defaults_to_twenty(api_client):
    ArtistFactory.create_batch(21)

    body = api_client.get(LIST_URL, {"page": 1}).json()

    assert len(body["results"]) == 20
    assert body["count"] == 21


@pytest.mark.django_db
def test_a_page_past_the_end_is_empty_and_points_back_to_the_last(api_client):
    ArtistFactory.create_batch(3)

    body = api_client.get(LIST_URL, {"page": 9, "page_size": 2}).json()

    assert body["count"] == 3
    assert body["results"] == []
    assert body["next"] is None
    assert body["previous"].endswith("page=2&page_size=2")


@pytest.mark.django_db
def test_page_size_without_page_is_still_the_plain_array(api_client):
    ArtistFactory.create_batch(3)

    body = api_client.get(LIST_URL, {"page_size": 2}).json()

    assert isinstance(body, list)
    assert len(body) == 3


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": 0}, "page"),
        ({"page": -2}, "page"),
        ({"page": "last"}, "page"),
        ({"page": 1, "page_size": 0}, "page_size"),
        ({"page": 1, "page_size": 101}, "page_size"),
        ({"page": 1, "page_size": "all"}, "page_size"),
    ],
)
@pytest.mark.django_db
def test_invalid_page_parameters_are_a_400(api_client, params, field):
    response = api_client.get(LIST_URL, params)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert list(response.json()["fields"]) == [field]


@pytest.mark.django_db
def test_the_directory_needs_no_credentials_and_ignores_bad_ones(api_client):
    ArtistFactory()
    api_client.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")

    response = api_client.get(LIST_URL)

    assert response.status_code == 200
    assert len(response.json()) == 1


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.django_db
def test_the_directory_runs_one_query_whatever_the_number_of_artists(
    api_client, django_assert_num_queries, count
):
    for _ in range(count):
        ArtworkFactory(artist=ArtistFactory())

    with django_assert_num_queries(1):
        response = api_client.get(LIST_URL)

    assert len(response.json()) == count


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.django_db
def test_a_directory_page_runs_two_queries_whatever_the_number_of_artists(
    api_client, django_assert_num_queries, count
):
    ArtistFactory.create_batch(count)

    # The count, then the page.
    with django_assert_num_queries(2):
        response = api_client.get(LIST_URL, {"page": 1, "page_size": 5})

    assert response.json()["count"] == count


# One artist's portfolio


@pytest.mark.django_db
def test_the_portfolio_shows_the_public_profile_and_outward_postcode(api_client):
    artist = ArtistFactory(postcode="E1 6AN")
    ArtworkFactory(artist=artist, is_archived=True)

    response = api_client.get(portfolio_url(artist.pk))

    assert response.status_code == 200
    body = response.json()
    assert set(body) == PORTFOLIO_KEYS
    assert body["id"] == artist.pk
    assert body["username"] == artist.username
    assert body["first_name"] == artist.first_name
    assert body["last_name"] == artist.last_name
    assert body["postcode"] == "E1"
    assert body["artwork_count"] == 0
    assert body["artworks"] == []


@pytest.mark.django_db
def test_the_portfolio_lists_artworks_for_sale_newest_first(api_client):
    artist = ArtistFactory()
    older = ArtworkFactory(artist=artist)
    newer = ArtworkFactory(artist=artist)
    Artwork.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3)
    )
    ArtworkFactory(artist=artist, is_archived=True)
    ArtworkFactory(artist=artist, quantity_for_sale=0, is_for_sale=False)
    ArtworkFactory()

    body = api_client.get(portfolio_url(artist.pk)).json()

    assert [artwork["id"] for artwork in body["artworks"]] == [newer.pk, older.pk]
    assert body["artwork_count"] == 3


@pytest.mark.django_db
def test_each_portfolio_artwork_has_the_contract_shape(api_client):
    artist = ArtistFactory(postcode="SW1A 1AA")
    artwork = ArtworkFactory(artist=artist)

    shown = api_client.get(portfolio_url(artist.pk)).json()["artworks"][0]

    assert set(shown) == ARTWORK_KEYS
    assert shown["price"] == 250.0
    assert shown["weight"] == 1.5
    assert shown["artist"] == {
        "id": artist.pk,
        "username": artist.username,
        "first_name": artist.first_name,
        "last_name": artist.last_name,
        "bio": artist.bio,
        "website": artist.website,
        "postcode": "SW1A",
    }
    assert shown["artworks_images"] == [
        {"id": image.pk, "image_url": image.image_url} for image in artwork.images.all()
    ]


@pytest.mark.django_db
def test_the_portfolio_shows_no_email_address_or_full_postcode(api_client):
    artist = ArtistFactory(address="7 Secret Mews, Manchester", postcode="M4 5JD")
    ArtworkFactory.create_batch(2, artist=artist)

    response = api_client.get(portfolio_url(artist.pk))

    assert response.status_code == 200
    assert_nothing_private(response, artist)
    assert "5JD" not in response.content.decode()


@pytest.mark.django_db
def test_a_collectors_id_is_a_404(api_client):
    collector = CollectorFactory()

    response = api_client.get(portfolio_url(collector.pk))

    assert response.status_code == 404
    assert response.json()["detail"] == "No artist has this id."
    assert_nothing_private(response, collector)


@pytest.mark.django_db
def test_an_unknown_or_inactive_artist_is_a_404(api_client):
    inactive = ArtistFactory(is_active=False)

    unknown = api_client.get(portfolio_url(inactive.pk + 1000))
    hidden = api_client.get(portfolio_url(inactive.pk))

    assert unknown.status_code == hidden.status_code == 404


@pytest.mark.django_db
def test_the_portfolio_needs_no_credentials(api_client, collector_client):
    artist = ArtistFactory()

    anonymous = api_client.get(portfolio_url(artist.pk))
    signed_in = collector_client.get(portfolio_url(artist.pk))

    assert anonymous.status_code == signed_in.status_code == 200
    assert anonymous.json() == signed_in.json()


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.django_db
def test_the_portfolio_runs_three_queries_whatever_the_number_of_artworks(
    api_client, django_assert_num_queries, count
):
    artist = ArtistFactory()
    ArtworkFactory.create_batch(count, artist=artist)

    # The artist with their count, the artworks with the artist, the images.
    with django_assert_num_queries(3):
        response = api_client.get(portfolio_url(artist.pk))

    assert len(response.json()["artworks"]) == count


@pytest.mark.parametrize("artist_id", [2**63, 10**30])
@pytest.mark.django_db
def test_an_artist_id_beyond_the_database_range_is_a_404(api_client, artist_id):
    response = api_client.get(portfolio_url(artist_id))

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("search", "message"),
    [("a\x00b", "Null characters are not allowed."), ("x" * 201, None)],
)
@pytest.mark.django_db
def test_a_search_with_a_null_character_or_over_200_characters_is_a_400(
    api_client, search, message
):
    response = api_client.get(LIST_URL, {"search": search})

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["search"]
    if message:
        assert response.json()["fields"]["search"] == [message]
