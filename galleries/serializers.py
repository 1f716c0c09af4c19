from rest_framework import serializers

from artworks.serializers import MAX_ID, ArtworkSerializer

MAX_PER_PAGE = 100


class GalleryPageQuerySerializer(serializers.Serializer):
    page = serializers.IntegerField(
        min_value=1,
        required=False,
        help_text="The page to return, from 1. Without page and per_page: all.",
    )
    per_page = serializers.IntegerField(
        min_value=1,
        max_value=MAX_PER_PAGE,
        required=False,
        help_text="Artworks per page, 1 to 100 (default 20 when page is given).",
    )


class GalleryPageSerializer(serializers.Serializer):
    """A collector's gallery with one page of its artworks."""

    id = serializers.IntegerField(source="gallery.id")
    curator = serializers.IntegerField(
        source="gallery.curator_id", help_text="The member id of the collector."
    )
    artworks = ArtworkSerializer(
        many=True, help_text="The requested page, newest added first."
    )
    total = serializers.IntegerField(help_text="How many artworks the gallery holds.")


class CurateSerializer(serializers.Serializer):
    artwork = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="The id of the artwork."
    )


class CurateResponseSerializer(serializers.Serializer):
    message = serializers.CharField()
    artwork = ArtworkSerializer()


class GallerySummarySerializer(serializers.Serializer):
    """A gallery in the staff list."""

    id = serializers.IntegerField()
    curator = serializers.IntegerField(
        source="curator_id", help_text="The member id of the collector."
    )
    curator_username = serializers.CharField(source="curator.username")
    artwork_count = serializers.IntegerField()
    created_at = serializers.DateTimeField()
