"""The public face of artists: the directory and a portfolio."""

from rest_framework import serializers

from artworks.serializers import ArtworkListSerializer
from members.models import Member
from members.postcodes import outward_code
from project.pagination import PageQuerySerializer, PageSerializer


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


class ArtistPageSerializer(PageSerializer):
    results = ArtistSerializer(many=True)
