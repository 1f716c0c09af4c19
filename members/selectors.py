"""Reads of members: the public directory of artists and their portfolios."""

from typing import Any

from django.db.models import Count, Q, QuerySet

from artworks.selectors import artworks_as_dicts, artworks_in_marketplace
from members.models import Member
from members.postcodes import outward_code
from project.errors import NotFound

# What anyone may see of an artist: never the email, address or full postcode
# (the postcode is loaded only to show its outward code).
PUBLIC_ARTIST_FIELDS = (
    "id",
    "username",
    "first_name",
    "last_name",
    "bio",
    "website",
    "postcode",
)


def artists_public() -> QuerySet[Member]:
    """Return active artists with how many of their artworks are shown."""
    return (
        Member.objects.filter(user_type=Member.UserType.ARTIST, is_active=True)
        .only(*PUBLIC_ARTIST_FIELDS)
        .annotate(
            artwork_count=Count("artworks", filter=Q(artworks__is_archived=False))
        )
        .order_by("id")
    )


def artists_matching(artists: QuerySet[Member], text: str) -> QuerySet[Member]:
    """Keep the artists whose username or names hold every word of `text`."""
    for word in text.split():
        artists = artists.filter(
            Q(username__icontains=word)
            | Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
        )
    return artists


def artist_list(*, search: str = "") -> QuerySet[Member]:
    """Return the public artists matching `search`, oldest member first."""
    return artists_matching(artists_public(), search)


def artist_portfolio(*, artist_id: int) -> dict[str, Any]:
    """Return an artist's public profile and artworks for sale, newest first.

    Rendered as ArtistPortfolioSerializer describes it. A collector, a member
    of staff or an inactive artist is not found.
    """
    artist = (
        artists_public()
        .filter(pk=artist_id)
        .values(*PUBLIC_ARTIST_FIELDS, "artwork_count")
        .first()
    )
    if artist is None:
        raise NotFound("No artist has this id.")
    artist["postcode"] = outward_code(artist["postcode"])
    for_sale = artworks_in_marketplace().filter(artist_id=artist_id, is_for_sale=True)
    artist["artworks"] = artworks_as_dicts(for_sale)
    return artist
