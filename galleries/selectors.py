"""Reads of galleries: a curator's gallery, its artworks, the staff list."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, QuerySet

from artworks.models import Artwork
from artworks.selectors import artworks_as_dicts
from galleries.models import Gallery
from members.models import Member
from project.errors import NotFound

DEFAULT_PER_PAGE = 20


@dataclass(frozen=True)
class GalleryPage:
    """One page of a gallery's artworks and how many the gallery holds."""

    gallery: Gallery
    artworks: list[dict[str, Any]]
    total: int


def gallery_of_member(*, member: Member) -> Gallery:
    """Return the gallery the member curates."""
    gallery = Gallery.objects.filter(curator=member).first()
    if gallery is None:
        raise NotFound("You have no gallery.", code="no_gallery")
    return gallery


def gallery_get_for_curator(*, gallery_id: int, curator: Member) -> Gallery:
    """Return the gallery with this id if `curator` curates it.

    Another member's gallery is answered exactly like a missing one, so a
    gallery id tells nobody else anything.
    """
    gallery = Gallery.objects.filter(pk=gallery_id, curator=curator).first()
    if gallery is None:
        raise NotFound("You have no gallery with this id.")
    return gallery


def gallery_artworks(gallery: Gallery) -> QuerySet[Artwork]:
    """Return the gallery's artworks, archived ones too, newest added first."""
    return Artwork.objects.filter(gallery_entries__gallery=gallery).order_by(
        "-gallery_entries__added_at", "-gallery_entries__id"
    )


def gallery_artworks_for_curator(
    *, gallery_id: int, curator: Member
) -> QuerySet[Artwork]:
    """Return the artworks of a gallery of `curator`, newest added first."""
    gallery = gallery_get_for_curator(gallery_id=gallery_id, curator=curator)
    return gallery_artworks(gallery)


def gallery_page(
    *, member: Member, page: int | None = None, per_page: int | None = None
) -> GalleryPage:
    """Return the member's gallery with one page of its artworks, or all.

    Without `page` and `per_page` every artwork is returned; with either, the
    other defaults to 1 or DEFAULT_PER_PAGE. A page past the end is empty.
    """
    gallery = gallery_of_member(member=member)
    artworks = gallery_artworks(gallery)
    if page is None and per_page is None:
        rows = artworks_as_dicts(artworks, detail=True)
        return GalleryPage(gallery=gallery, artworks=rows, total=len(rows))

    page = page or 1
    per_page = per_page or DEFAULT_PER_PAGE
    total = gallery.entries.count()
    offset = (page - 1) * per_page
    # Past the end there is nothing to fetch, and a huge page number would
    # otherwise overflow the database's OFFSET.
    rows = (
        artworks_as_dicts(artworks[offset : offset + per_page], detail=True)
        if offset < total
        else []
    )
    return GalleryPage(gallery=gallery, artworks=rows, total=total)


def galleries_with_counts() -> QuerySet[Gallery]:
    """Return all galleries with curator and artwork count, oldest first."""
    return (
        Gallery.objects.select_related("curator")
        .only("id", "created_at", "curator__id", "curator__username")
        .annotate(artwork_count=Count("entries"))
        .order_by("id")
    )
