"""Writes of galleries: creating one, adding an artwork to it, removing one."""

import logging

from django.db import IntegrityError, transaction

from artworks.models import Artwork
from artworks.selectors import artworks_for_display
from galleries.models import Gallery, GalleryArtwork
from galleries.selectors import gallery_get_for_curator
from members.models import Member
from project.errors import ApplicationError, NotFound

logger = logging.getLogger(__name__)


class UnknownArtwork(ApplicationError):
    code = "unknown_artwork"
    default_detail = "No artwork has this id."


class ArtworkArchived(ApplicationError):
    code = "artwork_archived"
    default_detail = (
        "This artwork was withdrawn by its artist and can no longer be added to "
        "a gallery."
    )


class ArtworkNotInGallery(NotFound):
    code = "not_in_gallery"
    default_detail = "This artwork is not in the gallery."


def gallery_create(*, curator: Member) -> Gallery:
    """Create the private gallery of a collector."""
    return Gallery.objects.create(curator=curator)


@transaction.atomic
def gallery_artwork_add(
    *, curator: Member, gallery_id: int, artwork_id: int
) -> tuple[Artwork, bool]:
    """Add an artwork to the curator's gallery; return it and if it was added.

    An artwork already in the gallery is left as it is (and reported as not
    added), archived or not; an archived artwork cannot be newly added.
    """
    gallery = gallery_get_for_curator(gallery_id=gallery_id, curator=curator)
    artwork = artworks_for_display().filter(pk=artwork_id).first()
    if artwork is None:
        raise UnknownArtwork()
    if GalleryArtwork.objects.filter(gallery=gallery, artwork=artwork).exists():
        return artwork, False
    # An artwork archived just after this check may still be added: that is
    # the same state as one archived after it was added, which galleries keep.
    if artwork.is_archived:
        raise ArtworkArchived()

    added = _entry_insert(gallery=gallery, artwork=artwork)
    if added:
        logger.info(
            "Artwork added to gallery gallery=%s artwork=%s", gallery.pk, artwork.pk
        )
    return artwork, added


def _entry_insert(*, gallery: Gallery, artwork: Artwork) -> bool:
    """Insert the gallery entry; return False if another add came first."""
    try:
        with transaction.atomic():
            GalleryArtwork.objects.create(gallery=gallery, artwork=artwork)
    except IntegrityError:
        # The unique (gallery, artwork) constraint waited for the other
        # insert to commit and refused this one; at READ COMMITTED the row
        # is now visible. Any other integrity error is a real failure.
        if not GalleryArtwork.objects.filter(gallery=gallery, artwork=artwork).exists():
            raise
        return False
    return True


@transaction.atomic
def gallery_artwork_remove(
    *, curator: Member, gallery_id: int, artwork_id: int
) -> None:
    """Remove an artwork from the curator's gallery."""
    gallery = gallery_get_for_curator(gallery_id=gallery_id, curator=curator)
    deleted, _ = GalleryArtwork.objects.filter(
        gallery=gallery, artwork_id=artwork_id
    ).delete()
    if not deleted:
        raise ArtworkNotInGallery()

    logger.info(
        "Artwork removed from gallery gallery=%s artwork=%s", gallery.pk, artwork_id
    )
