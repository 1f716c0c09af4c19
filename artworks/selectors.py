"""Reads of artworks: the marketplace, one artwork, and lists rendered fast."""

from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from artworks.models import Artwork, ArtworkImage
from members.models import Member
from members.postcodes import outward_code
from project.errors import NotFound

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
            *(f"artist__{field}" for field in (*ARTIST_VALUES, "postcode")),
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


def artwork_get(artwork_id: int) -> Artwork:
    """Return one artwork, archived or not, ready to serialize."""
    artwork = artworks_for_display().filter(pk=artwork_id).first()
    if artwork is None:
        raise NotFound("No artwork has this id.")
    return artwork


def artwork_images(artwork_id: int) -> list[ArtworkImage]:
    """Return the images of an existing artwork in display order."""
    if not Artwork.objects.filter(pk=artwork_id).exists():
        raise NotFound("No artwork has this id.")
    return list(ArtworkImage.objects.filter(artwork_id=artwork_id))


def artworks_as_dicts(artworks: QuerySet[Artwork]) -> list[dict[str, Any]]:
    """Render artworks in the shape of ArtworkListSerializer, in two queries.

    For long lists: rows come from `.values()` instead of model instances,
    and each artist is built once however many of their works are listed.
    """
    artist_fields = [f"artist__{field}" for field in (*ARTIST_VALUES, "postcode")]
    rows = list(artworks.values(*ARTWORK_VALUES, *artist_fields))
    images = _images_by_artwork(row["id"] for row in rows)

    artists: dict[int, dict[str, Any]] = {}
    result = []
    for row in rows:
        artist_id = row["artist__id"]
        artist = artists.get(artist_id)
        if artist is None:
            artist = {field: row[f"artist__{field}"] for field in ARTIST_VALUES}
            artist["postcode"] = outward_code(row["artist__postcode"])
            artists[artist_id] = artist
        artwork = {field: row[field] for field in ARTWORK_VALUES}
        for field in MEASURES:
            artwork[field] = float(artwork[field])
        artwork["artist"] = artist
        artwork["artworks_images"] = images.get(row["id"], [])
        result.append(artwork)
    return result


def _images_by_artwork(artwork_ids: Iterable[int]) -> dict[int, list[dict]]:
    images: dict[int, list[dict]] = {}
    rows = (
        ArtworkImage.objects.filter(artwork_id__in=list(artwork_ids))
        .order_by("artwork_id", "position", "id")
        .values_list("artwork_id", "id", "image_url")
    )
    for artwork_id, image_id, image_url in rows:
        images.setdefault(artwork_id, []).append(
            {"id": image_id, "image_url": image_url}
        )
    return images
