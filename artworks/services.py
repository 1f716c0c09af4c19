"""Every change to artworks and their images."""

import logging
from collections.abc import Iterable
from typing import Any

from django.db import transaction

from artworks.images import image_assets_destroy_on_commit
from artworks.models import Artwork, ArtworkImage
from members.models import Member
from orders.services import orders_cancel_withdrawn
from project.errors import ApplicationError, Conflict, NotFound, PermissionDenied

logger = logging.getLogger(__name__)

MAX_IMAGES = 5


class ArtworkArchived(Conflict):
    code = "artwork_archived"
    default_detail = "This artwork was withdrawn from sale and can no longer change."


class DuplicateImage(ApplicationError):
    code = "duplicate_image"
    default_detail = "This artwork already has this image."


class LastImage(ApplicationError):
    code = "last_image"
    default_detail = "An artwork keeps at least one image; add another one first."


class TooManyImages(ApplicationError):
    code = "too_many_images"
    default_detail = f"An artwork has at most {MAX_IMAGES} images."


def _check_owner(artwork: Artwork, member: Member) -> None:
    if artwork.artist_id != member.pk:
        raise PermissionDenied("Only the artist of this artwork can change it.")


def _lock(artwork_id: int) -> Artwork:
    artwork = Artwork.objects.select_for_update().filter(pk=artwork_id).first()
    if artwork is None:
        raise NotFound("No artwork has this id.")
    return artwork


def _apply_stock_rule(artwork: Artwork) -> None:
    # Nothing is for sale once the last unit is gone, whatever the client said.
    if artwork.quantity_for_sale == 0:
        artwork.is_for_sale = False


def _unused_assets_destroy_on_commit(image_urls: Iterable[str]) -> None:
    """Destroy the assets behind these URLs that no image row uses any more.

    Call it after the rows are gone, in the same transaction: an image may be
    shared by several artworks (an artist listing prints of one picture), and
    its asset must outlive all but the last of them.
    """
    urls = set(image_urls)
    still_used = ArtworkImage.objects.filter(image_url__in=urls).values_list(
        "image_url", flat=True
    )
    image_assets_destroy_on_commit(urls - set(still_used))


def _images_replace(artwork: Artwork, image_urls: list[str]) -> None:
    old_urls = set(artwork.images.values_list("image_url", flat=True))
    artwork.images.all().delete()
    ArtworkImage.objects.bulk_create(
        ArtworkImage(artwork=artwork, image_url=url, position=position)
        for position, url in enumerate(image_urls)
    )
    _unused_assets_destroy_on_commit(old_urls - set(image_urls))


@transaction.atomic
def artwork_create(*, artist: Member, image_urls: list[str], **fields: Any) -> Artwork:
    """List a new artwork of the artist with its images, in display order."""
    if not artist.is_artist:
        raise PermissionDenied("Only artists can list artworks.")

    artwork = Artwork(artist=artist, **fields)
    _apply_stock_rule(artwork)
    artwork.save()
    _images_replace(artwork, image_urls)

    logger.info("Artwork created artwork=%s artist=%s", artwork.pk, artist.pk)
    return artwork


@transaction.atomic
def artwork_update(
    *,
    artwork_id: int,
    member: Member,
    image_urls: list[str] | None = None,
    **fields: Any,
) -> Artwork:
    """Change the given fields of an artwork; a list of images replaces them all."""
    artwork = _lock(artwork_id)
    _check_owner(artwork, member)
    if artwork.is_archived:
        raise ArtworkArchived()

    for field, value in fields.items():
        setattr(artwork, field, value)
    _apply_stock_rule(artwork)
    artwork.save()
    if image_urls is not None:
        _images_replace(artwork, image_urls)

    logger.info("Artwork updated artwork=%s", artwork.pk)
    return artwork


def artwork_delete(*, artwork_id: int, member: Member) -> bool:
    """Delete an artwork, or archive it if it was ever ordered; True if deleted.

    Orders keep pointing to an archived artwork, so their history stays
    whole; it leaves the marketplace and can no longer be ordered, so its
    pending and accepted orders are cancelled.
    """
    with transaction.atomic():
        artwork = _lock(artwork_id)
        _check_owner(artwork, member)

        if not artwork.orders.exists():
            image_urls = list(artwork.images.values_list("image_url", flat=True))
            artwork.delete()
            _unused_assets_destroy_on_commit(image_urls)
            logger.info("Artwork deleted artwork=%s", artwork_id)
            return True

        artwork.is_archived = True
        artwork.is_for_sale = False
        artwork.save(update_fields=["is_archived", "is_for_sale", "updated_at"])
        logger.info("Artwork archived artwork=%s", artwork.pk)

    # Every order move locks the order row and then the artwork row. Locking
    # the orders here, under the artwork lock the archive holds, would take
    # them the other way round, and a buyer paying meanwhile would wait on us
    # while we wait on them. So, as after a sale that sells out, each order is
    # cancelled in its own transaction once the archive has committed; an
    # order reached in between is refused by accept and pay, which check the
    # archive under their own locks.
    orders_cancel_withdrawn(artwork_id=artwork.pk)
    return False


@transaction.atomic
def image_add(*, artwork_id: int, member: Member, image_url: str) -> ArtworkImage:
    """Add one image after the artwork's others."""
    artwork = _lock(artwork_id)
    _check_owner(artwork, member)
    if artwork.is_archived:
        raise ArtworkArchived()
    images = list(artwork.images.all())
    if any(image.image_url == image_url for image in images):
        raise DuplicateImage()
    if len(images) >= MAX_IMAGES:
        raise TooManyImages()

    position = max((image.position for image in images), default=-1) + 1
    image = ArtworkImage.objects.create(
        artwork=artwork, image_url=image_url, position=position
    )
    logger.info("Artwork image added artwork=%s image=%s", artwork.pk, image.pk)
    return image


@transaction.atomic
def image_delete(*, image_id: int, member: Member) -> None:
    """Remove an image of an artwork, unless it is the last one."""
    image = ArtworkImage.objects.filter(pk=image_id).first()
    if image is None:
        raise NotFound("No image has this id.")
    # Locking the artwork makes two removals of its last two images take
    # turns, so that one of them always sees the other's result.
    artwork = _lock(image.artwork_id)
    _check_owner(artwork, member)
    if artwork.is_archived:
        raise ArtworkArchived()
    if artwork.images.count() <= 1:
        raise LastImage()

    image.delete()
    _unused_assets_destroy_on_commit([image.image_url])
    logger.info("Artwork image removed artwork=%s image=%s", artwork.pk, image_id)
