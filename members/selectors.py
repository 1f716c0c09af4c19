"""Reads of members: the public directory of artists and their portfolios."""

from django.db.models import Count, Prefetch, Q, QuerySet

from artworks.selectors import artworks_for_display
from members.models import Member
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


def artist_portfolio(*, artist_id: int) -> Member:
    """Return an artist and their artworks for sale, newest first (`for_sale`).

    A collector, a member of staff or an inactive artist is not found.
    """
    for_sale = (
        artworks_for_display()
        .filter(is_for_sale=True, is_archived=False)
        .order_by("-created_at", "-id")
    )
    artist = (
        artists_public()
        .filter(pk=artist_id)
        .prefetch_related(Prefetch("artworks", queryset=for_sale, to_attr="for_sale"))
        .first()
    )
    if artist is None:
        raise NotFound("No artist has this id.")
    return artist
