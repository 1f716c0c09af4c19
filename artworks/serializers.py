from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from artworks.images import thumbnail_url, validate_image_url
from artworks.models import Artwork, ArtworkImage
from members.models import Member
from members.postcodes import outward_code
from project.pagination import PageSerializer
from project.representation import iso_datetime

MAX_IMAGES = 5
MAX_ID = 2**63 - 1


class ArtistSummarySerializer(serializers.ModelSerializer):
    """The public face of an artist inside an artwork."""

    postcode = serializers.SerializerMethodField(
        help_text='The outward code alone ("E1" of "E1 6AN"), for shipping quotes.'
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
            "postcode",
        ]
        read_only_fields = fields

    def get_postcode(self, artist: Member) -> str:
        return outward_code(artist.postcode)


class ArtworkImageSerializer(serializers.ModelSerializer):
    class Meta:
        model = ArtworkImage
        fields = ["id", "image_url"]
        read_only_fields = fields


class ArtworkImageDetailSerializer(ArtworkImageSerializer):
    thumbnail_url = serializers.SerializerMethodField(
        help_text="A 400 x 400 version for Cloudinary images, else the image itself."
    )

    class Meta(ArtworkImageSerializer.Meta):
        fields = ["id", "image_url", "position", "thumbnail_url"]
        read_only_fields = fields

    def get_thumbnail_url(self, image: ArtworkImage) -> str:
        return thumbnail_url(image.image_url)


ARTWORK_FIELDS = [
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
]
MEASURES = ["price", "width", "depth", "height", "weight"]


class ArtworkListSerializer(serializers.ModelSerializer):
    """An artwork in the marketplace: exactly the fields clients read.

    artworks.selectors.artworks_as_dicts builds the same shape by hand for
    long lists; a test keeps the two equal.
    """

    artist = ArtistSummarySerializer(read_only=True)
    artworks_images = ArtworkImageSerializer(
        source="images", many=True, read_only=True, help_text="In upload order."
    )

    class Meta:
        model = Artwork
        fields = [*ARTWORK_FIELDS, "artist", "artworks_images"]
        read_only_fields = fields
        extra_kwargs = {field: {"coerce_to_string": False} for field in MEASURES}

    def to_representation(self, artwork: Artwork) -> dict:
        # Written out by hand because building DRF's fields for every
        # instance costs more than the rest of a read. The declared fields
        # still describe the schema; a test compares the two renderings.
        body = {field: getattr(artwork, field) for field in ARTWORK_FIELDS}
        for field in MEASURES:
            body[field] = float(body[field])
        artist = artwork.artist
        body["artist"] = {
            "id": artist.pk,
            "username": artist.username,
            "first_name": artist.first_name,
            "last_name": artist.last_name,
            "bio": artist.bio,
            "website": artist.website,
            "postcode": outward_code(artist.postcode),
        }
        body["artworks_images"] = [
            {"id": image.pk, "image_url": image.image_url}
            for image in artwork.images.all()
        ]
        return body


class ArtworkSerializer(ArtworkListSerializer):
    """One artwork, with whether it was withdrawn and when it changed."""

    class Meta(ArtworkListSerializer.Meta):
        fields = [
            *ArtworkListSerializer.Meta.fields,
            "is_archived",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def to_representation(self, artwork: Artwork) -> dict:
        body = super().to_representation(artwork)
        body["is_archived"] = artwork.is_archived
        body["created_at"] = iso_datetime(artwork.created_at)
        body["updated_at"] = iso_datetime(artwork.updated_at)
        return body


@extend_schema_field(OpenApiTypes.URI)
class ImageURLField(serializers.URLField):
    """An image URL, also accepted as the `{id, image_url}` object a client read."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 500)
        super().__init__(**kwargs)
        self.validators.append(validate_image_url)

    def to_internal_value(self, data):
        if isinstance(data, dict) and "image_url" in data:
            data = data["image_url"]
        return super().to_internal_value(data)


class ArtworkWriteSerializer(serializers.ModelSerializer):
    """The fields an artist sets; `artist`, `id` and unknown fields are ignored."""

    artworks_images = serializers.ListField(
        child=ImageURLField(),
        min_length=1,
        max_length=MAX_IMAGES,
        help_text="1 to 5 https image URLs, in display order; replaces the images.",
    )

    class Meta:
        model = Artwork
        fields = [*ARTWORK_FIELDS[1:], "artworks_images"]
        extra_kwargs = {field: {"coerce_to_string": False} for field in MEASURES}

    def validate_artworks_images(self, urls: list[str]) -> list[str]:
        if len(set(urls)) != len(urls):
            raise serializers.ValidationError("The same image is listed twice.")
        return urls


class ImageAddSerializer(serializers.Serializer):
    image_url = ImageURLField()


class UploadSignatureSerializer(serializers.Serializer):
    cloud_name = serializers.CharField()
    api_key = serializers.CharField()
    timestamp = serializers.IntegerField()
    folder = serializers.CharField()
    signature = serializers.CharField()
    upload_url = serializers.URLField()


class PaginatedArtworkListSerializer(PageSerializer):
    results = ArtworkListSerializer(many=True)
