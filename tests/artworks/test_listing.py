import json
from decimal import Decimal

import pytest
from rest_framework.serializers import Serializer
from rest_framework.utils.encoders import JSONEncoder

from artworks.selectors import (
    artwork_detail,
    artworks_as_dicts,
    artworks_for_display,
)
from artworks.serializers import ArtworkListSerializer, ArtworkSerializer
from tests.factories import (
    ArtistFactory,
    ArtworkFactory,
    ArtworkImageFactory,
    OrderFactory,
)

URL = "/api/artworks/"
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
ARTIST_KEYS = {
    "id",
    "username",
    "first_name",
    "last_name",
    "bio",
    "website",
    "postcode",
}


def titles(response) -> list[str]:
    body = response.json()
    rows = body["results"] if isinstance(body, dict) else body
    return [row["title"] for row in rows]


@pytest.mark.django_db
def test_list_is_a_plain_array_in_the_contract_shape(api_client):
    artist = ArtistFactory(postcode="E1 6AN", address="9 Secret Lane")
    artwork = ArtworkFactory(artist=artist, images=[], price=Decimal("1200.50"))
    second = ArtworkImageFactory(artwork=artwork, position=1)
    first = ArtworkImageFactory(artwork=artwork, position=0)

    response = api_client.get(URL)

    assert response.status_code == 200
    [row] = response.json()
    assert set(row) == ARTWORK_KEYS
    assert set(row["artist"]) == ARTIST_KEYS
    assert row["price"] == 1200.5
    assert isinstance(row["width"], float)
    assert row["artist"]["postcode"] == "E1"
    assert row["artworks_images"] == [
        {"id": first.pk, "image_url": first.image_url},
        {"id": second.pk, "image_url": second.image_url},
    ]
    text = response.content.decode()
    assert "6AN" not in text
    assert "Secret Lane" not in text
    assert artist.email not in text


@pytest.mark.django_db
def test_hand_built_rows_equal_the_serializer(api_client):
    for _ in range(3):
        artwork = ArtworkFactory()
        ArtworkImageFactory(artwork=artwork)
    queryset = artworks_for_display().order_by("-created_at", "-id")

    by_hand = artworks_as_dicts(queryset)
    serialized = ArtworkListSerializer(queryset, many=True).data

    assert [dict(row) for row in serialized] == by_hand


@pytest.mark.django_db
def test_hand_built_details_equal_the_serializer(api_client):
    artwork = ArtworkFactory(is_archived=True)
    ArtworkImageFactory(artwork=artwork, position=3)
    ArtworkImageFactory(artwork=artwork, position=1)
    queryset = artworks_for_display().filter(pk=artwork.pk)
    serialized = [dict(row) for row in ArtworkSerializer(queryset, many=True).data]

    assert artworks_as_dicts(queryset, detail=True) == serialized
    assert artwork_detail(artwork.pk) == serialized[0]
    assert [image["image_url"] for image in serialized[0]["artworks_images"]] == [
        image.image_url for image in artwork.images.order_by("position")
    ]


@pytest.mark.django_db
def test_archived_artworks_are_hidden_from_the_marketplace(api_client):
    ArtworkFactory(title="On show")
    archived = ArtworkFactory(title="Withdrawn", is_archived=True)
    OrderFactory(artwork=archived)

    response = api_client.get(URL)

    assert titles(response) == ["On show"]


@pytest.mark.django_db
def test_newest_first_by_default(api_client):
    ArtworkFactory(title="Old")
    ArtworkFactory(title="New")

    assert titles(api_client.get(URL)) == ["New", "Old"]


@pytest.mark.django_db
def test_a_stale_token_does_not_stop_a_public_read(api_client):
    ArtworkFactory()
    api_client.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")

    response = api_client.get(URL)

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"medium": "sculpture"}, ["Bronze"]),
        ({"medium": "sculpture,photography"}, ["Print", "Bronze"]),
        ({"min_price": "100", "max_price": "500"}, ["Bronze"]),
        ({"is_for_sale": "false"}, ["Sold"]),
        ({"is_for_sale": "true"}, ["Print", "Bronze"]),
        ({"year_min": "2000", "year_max": "2010"}, ["Bronze"]),
    ],
)
@pytest.mark.django_db
def test_filters(api_client, params, expected):
    ArtworkFactory(title="Bronze", medium="sculpture", price=Decimal("300"), year=2005)
    ArtworkFactory(
        title="Sold",
        medium="painting",
        price=Decimal("50"),
        year=1990,
        quantity_for_sale=0,
        is_for_sale=False,
    )
    ArtworkFactory(title="Print", medium="photography", price=Decimal("900"), year=2020)

    response = api_client.get(URL, params)

    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.django_db
def test_repeated_medium_parameters_are_combined(api_client):
    ArtworkFactory(title="Bronze", medium="sculpture")
    ArtworkFactory(title="Quilt", medium="textile")
    ArtworkFactory(title="Oil", medium="painting")

    response = api_client.get(f"{URL}?medium=sculpture&medium=textile")

    assert titles(response) == ["Quilt", "Bronze"]


@pytest.mark.django_db
def test_filter_by_artist(api_client):
    artist = ArtistFactory()
    ArtworkFactory(title="Mine", artist=artist)
    ArtworkFactory(title="Theirs")

    assert titles(api_client.get(URL, {"artist": artist.pk})) == ["Mine"]


@pytest.mark.parametrize(
    ("params", "field", "allowed"),
    [
        ({"medium": "oil"}, "medium", "painting, sculpture, digital_art"),
        ({"ordering": "colour"}, "ordering", "price, year, created_at, title, -price"),
        ({"is_for_sale": "maybe"}, "is_for_sale", "true or false"),
        ({"artist": "abc"}, "artist", ""),
        ({"artist": str(2**70)}, "artist", ""),
        ({"min_price": "1e999999"}, "min_price", ""),
        ({"year_min": "-3"}, "year_min", ""),
        ({"page": "0"}, "page", ""),
        ({"page": "1", "page_size": "101"}, "page_size", "100"),
    ],
)
@pytest.mark.django_db
def test_unknown_filter_values_are_refused(api_client, params, field, allowed):
    response = api_client.get(URL, params)

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert field in body["fields"]
    assert allowed in " ".join(body["fields"][field])


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("harbour", ["Harbour at dusk"]),
        ("HARB", ["Harbour at dusk"]),
        ("linocut", ["Gulls"]),
        ("kahlo", ["Harbour at dusk"]),
        ("frida harbour", ["Harbour at dusk"]),
        ("frida gulls", []),
        ("Grey", ["Gulls"]),
    ],
)
@pytest.mark.django_db
def test_search_matches_every_word_in_text_or_artist_name(api_client, search, expected):
    frida = ArtistFactory(first_name="Frida", last_name="Kahlo")
    ArtworkFactory(artist=frida, title="Harbour at dusk", description="Oil.")
    ArtworkFactory(
        title="Gulls",
        description="Three grey gulls.",
        material="linocut on paper",
    )

    response = api_client.get(URL, {"search": search})

    assert titles(response) == expected


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("price", ["B", "C", "A"]),
        ("-price", ["A", "C", "B"]),
        ("year", ["C", "A", "B"]),
        ("-year", ["B", "A", "C"]),
        ("title", ["A", "B", "C"]),
        ("-title", ["C", "B", "A"]),
        ("created_at", ["A", "B", "C"]),
        ("-created_at", ["C", "B", "A"]),
    ],
)
@pytest.mark.django_db
def test_ordering(api_client, ordering, expected):
    ArtworkFactory(title="A", price=Decimal("900"), year=2010)
    ArtworkFactory(title="B", price=Decimal("100"), year=2020)
    ArtworkFactory(title="C", price=Decimal("500"), year=2000)

    assert titles(api_client.get(URL, {"ordering": ordering})) == expected


@pytest.mark.django_db
def test_pages_count_and_link_to_their_neighbours(api_client):
    for number in range(5):
        ArtworkFactory(title=f"Work {number}")

    first = api_client.get(URL, {"page": 1, "page_size": 2}).json()
    second = api_client.get(URL, {"page": 2, "page_size": 2}).json()
    last = api_client.get(URL, {"page": 3, "page_size": 2}).json()

    assert first["count"] == 5
    assert [row["title"] for row in first["results"]] == ["Work 4", "Work 3"]
    assert first["previous"] is None
    assert "page=2" in first["next"]
    assert [row["title"] for row in second["results"]] == ["Work 2", "Work 1"]
    assert "page=1" in second["previous"]
    assert [row["title"] for row in last["results"]] == ["Work 0"]
    assert last["next"] is None


@pytest.mark.django_db
def test_a_page_past_the_end_is_empty(api_client):
    ArtworkFactory()

    body = api_client.get(URL, {"page": 7}).json()

    assert body["count"] == 1
    assert body["results"] == []
    assert body["next"] is None


@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.django_db
def test_list_runs_two_queries_whatever_its_length(
    api_client, django_assert_num_queries, size
):
    artists = ArtistFactory.create_batch(3)
    for number in range(size):
        artwork = ArtworkFactory(artist=artists[number % 3], images=[])
        ArtworkImageFactory.create_batch(3, artwork=artwork)

    with django_assert_num_queries(2):
        response = api_client.get(URL, {"search": "study", "medium": "painting"})

    assert len(response.json()) == size


@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.django_db
def test_a_page_runs_three_queries_whatever_the_total(
    api_client, django_assert_num_queries, size
):
    ArtworkFactory.create_batch(size)

    with django_assert_num_queries(3):
        response = api_client.get(URL, {"page": 1, "page_size": 100})

    assert response.json()["count"] == size


@pytest.mark.django_db
def test_conditional_get_answers_not_modified(api_client):
    ArtworkFactory()
    first = api_client.get(URL)

    again = api_client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.parametrize("serializer_class", [ArtworkListSerializer, ArtworkSerializer])
@pytest.mark.django_db
def test_hand_written_representation_equals_drf_fields(serializer_class):
    artwork = ArtworkFactory(artist=ArtistFactory(postcode="SW1A 1AA"))
    ArtworkImageFactory(artwork=artwork)
    artwork = artworks_for_display().get(pk=artwork.pk)
    serializer = serializer_class(artwork)

    by_hand = serializer.to_representation(artwork)
    by_fields = Serializer.to_representation(serializer, artwork)

    assert by_hand == json_ready(by_fields)
    assert by_hand["artist"]["postcode"] == "SW1A"


def json_ready(data):
    return json.loads(json.dumps(data, cls=JSONEncoder))
