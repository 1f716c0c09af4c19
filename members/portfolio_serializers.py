"""The public face of artists: the directory and a portfolio."""

from rest_framework import serializers

from artworks.serializers import ArtworkListSerializer
from members.models import Member
from members.postcodes import outward_code

MAX_PAGE_SIZE = 100


class PageQuerySerializer(serializers.Serializer):
    page = serializers.IntegerField(
        min_value=1,
        required=False,
        help_text="Ask for one page, from 1: the answer is then "
        "{count, next, previous, results}. Without it, a plain array of all.",
    )
    page_size = serializers.IntegerField(
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        required=False,
        help_text="Items per page when page is given, 1 to 100 (default 20).",
    )


class ArtistListQuerySerializer(PageQuerySerializer):
    search = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="Words that must all appear in the username, first or last name.",
    )


class ArtistSerializer(serializers.ModelSerializer):
    """An artist in the public directory."""

    artwork_count = serializers.IntegerField(
        help_text="How many of their artworks are shown (not archived)."
    )

    class Meta:
        model = Member
        fields = [
            "id",
            "username",
            "first_name",
            "last_name",
            "bio",
            "website",
            "artwork_count",
        ]
        read_only_fields = fields


class ArtistPortfolioSerializer(ArtistSerializer):
    """An artist's public profile and their artworks for sale, newest first."""

    postcode = serializers.SerializerMethodField(
        help_text='The outward code alone ("E1" of "E1 6AN").'
    )
    artworks = ArtworkListSerializer(
        source="for_sale", many=True, help_text="For sale, newest first."
    )

    class Meta(ArtistSerializer.Meta):
        fields = [
            "id",
            "username",
            "first_name",
            "last_name",
            "bio",
            "website",
            "postcode",
            "artwork_count",
            "artworks",
        ]
        read_only_fields = fields

    def get_postcode(self, artist: Member) -> str:
        return outward_code(artist.postcode)


class PageSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="How many items there are in all.")
    next = serializers.URLField(allow_null=True, help_text="The next page, if any.")
    previous = serializers.URLField(
        allow_null=True, help_text="The previous page, if any."
    )


class ArtistPageSerializer(PageSerializer):
    results = ArtistSerializer(many=True)
