"""Reads of artworks: the marketplace, one artwork, and lists rendered fast."""

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from artworks.models import Artwork, ArtworkImage
from members.models import Member
from members.postcodes import outward_code
from project.errors import NotFound
from project.prepared import PreparedQuery
from project.representation import iso_datetime

ARTWORK_VALUES = (
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
)
MEASURES = ("price", "width", "depth", "height", "weight")
ARTIST_VALUES = ("id", "username", "first_name", "last_name", "bio", "website")
DEFAULT_ORDER = ("-created_at", "-id")
ARTIST_COLUMNS = tuple(f"artist__{field}" for field in (*ARTIST_VALUES, "postcode"))
LIST_COLUMNS = (*ARTWORK_VALUES, *ARTIST_COLUMNS)
DETAIL_COLUMNS = (*LIST_COLUMNS, "is_archived", "created_at", "updated_at")


def artworks_for_display() -> QuerySet[Artwork]:
    """Return artworks with the artist and images a response shows."""
    images = ArtworkImage.objects.only("id", "image_url", "position", "artwork_id")
    return (
        Artwork.objects.select_related("artist")
        .only(
            *ARTWORK_VALUES,
            "is_archived",
            "created_at",
            "updated_at",
            *ARTIST_COLUMNS,
        )
        .prefetch_related(Prefetch("images", queryset=images))
    )


def artworks_in_marketplace() -> QuerySet[Artwork]:
    """Return the artworks anyone may browse: every one not withdrawn."""
    return Artwork.objects.filter(is_archived=False).order_by(*DEFAULT_ORDER)


def artworks_matching(artworks: QuerySet[Artwork], text: str) -> QuerySet[Artwork]:
    """Keep the artworks in which every word of `text` appears somewhere.

    A word matches the title, description or material, or the artist's first
    or last name, ignoring case; trigram indexes on PostgreSQL serve it.
    """
    for word in text.split():
        artists = Member.objects.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word),
            user_type=Member.UserType.ARTIST,
        )
        artworks = artworks.filter(
            Q(title__icontains=word)
            | Q(description__icontains=word)
            | Q(material__icontains=word)
            | Q(artist_id__in=artists.values("id"))
        )
    return artworks


def artwork_detail(artwork_id: int) -> dict[str, Any]:
    """Return one artwork, archived or not, in the shape of ArtworkSerializer.

    This is the most frequent read of the API, so both of its queries are
    prepared: compiled once per process rather than on every request.
    """
    rows = _ARTWORK_BY_ID.rows(artwork_id=artwork_id)
    if not rows:
        raise NotFound("No artwork has this id.")
    images = [
        {"id": image_id, "image_url": image_url}
        for image_id, image_url in _IMAGES_OF_ARTWORK.rows(artwork_id=artwork_id)
    ]
    return _artwork_as_dict(rows[0], images, artists={})


def artwork_images(artwork_id: int) -> list[ArtworkImage]:
    """Return the images of an existing artwork in display order."""
    if not Artwork.objects.filter(pk=artwork_id).exists():
        raise NotFound("No artwork has this id.")
    return list(ArtworkImage.objects.filter(artwork_id=artwork_id))


def artworks_as_dicts(
    artworks: QuerySet[Artwork], *, detail: bool = False
) -> list[dict[str, Any]]:
    """Render artworks like ArtworkListSerializer, in two queries.

    With `detail`, like ArtworkSerializer. For long lists: rows come from
    `.values_list()` instead of model instances, and each artist is built
    once however many of their works are listed.
    """
    rows = artworks.values_list(*(DETAIL_COLUMNS if detail else LIST_COLUMNS))
    images = _images_by_artwork(artworks)
    artists: dict[int, dict[str, Any]] = {}
    return [_artwork_as_dict(row, images.get(row[0], []), artists) for row in rows]


def _artwork_as_dict(
    row: tuple, images: list[dict], artists: dict[int, dict[str, Any]]
) -> dict[str, Any]:
    """Build an artwork from a row of LIST_COLUMNS or DETAIL_COLUMNS."""
    artwork = dict(zip(ARTWORK_VALUES, row, strict=False))
    for field in MEASURES:
        artwork[field] = float(artwork[field])
    artist_id = row[len(ARTWORK_VALUES)]
    artist = artists.get(artist_id)
    if artist is None:
        artist_row = row[len(ARTWORK_VALUES) : len(LIST_COLUMNS)]
        artist = dict(zip(ARTIST_VALUES, artist_row, strict=False))
        artist["postcode"] = outward_code(artist_row[-1])
        artists[artist_id] = artist
    artwork["artist"] = artist
    artwork["artworks_images"] = images
    if len(row) == len(DETAIL_COLUMNS):
        is_archived, created_at, updated_at = row[len(LIST_COLUMNS) :]
        artwork["is_archived"] = is_archived
        artwork["created_at"] = iso_datetime(created_at)
        artwork["updated_at"] = iso_datetime(updated_at)
    return artwork


def _images_by_artwork(artworks: QuerySet[Artwork]) -> dict[int, list[dict]]:
    """Return the images of the artworks, by artwork id, in display order."""
    # A subquery, rather than the ids of the rows already read, spares
    # sending back a parameter per artwork on long lists.
    rows = (
        ArtworkImage.objects.filter(artwork__in=artworks.values("pk"))
        .order_by("artwork_id", "position", "id")
        .values_list("artwork_id", "id", "image_url")
    )
    images: dict[int, list[dict]] = {}
    for artwork_id, image_id, image_url in rows:
        images.setdefault(artwork_id, []).append(
            {"id": image_id, "image_url": image_url}
        )
    return images


_ARTWORK_BY_ID = PreparedQuery(
    lambda artwork_id: Artwork.objects.filter(pk=artwork_id).values_list(
        *DETAIL_COLUMNS
    ),
    "artwork_id",
)
_IMAGES_OF_ARTWORK = PreparedQuery(
    lambda artwork_id: (
        ArtworkImage.objects.filter(artwork_id=artwork_id)
        .order_by("position", "id")
        .values_list("id", "image_url")
    ),
    "artwork_id",
)
