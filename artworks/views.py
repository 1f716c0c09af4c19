from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import (
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework import status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from artworks import openapi, selectors, services
from artworks.filters import ArtworkFilter
from artworks.images import upload_signature
from artworks.serializers import (
    ArtworkImageDetailSerializer,
    ArtworkListSerializer,
    ArtworkSerializer,
    ArtworkWriteSerializer,
    ImageAddSerializer,
    PaginatedArtworkListSerializer,
    UploadSignatureSerializer,
)
from members.permissions import IsArtist
from project.pagination import PageQuerySerializer, list_or_page
from project.schema import ErrorSerializer
from project.serializers import EmptyBodySerializer

# Only the artist of an artwork may change it; the services refuse anyone
# else, so the permission classes do not show it to the schema generator.
NOT_THE_ARTIST = OpenApiResponse(
    ErrorSerializer,
    "The caller is not this artwork's artist (`permission_denied`).",
)
ARCHIVED = OpenApiResponse(
    ErrorSerializer,
    "The artwork is archived and can no longer change (`artwork_archived`), or "
    "a request with the same Idempotency-Key is still running.",
)


class PublicReadMixin:
    """Anyone may read; writes need a logged-in member.

    Reads skip authentication altogether, so a stale token sent along with a
    public read costs nothing and is not refused.
    """

    def get_permissions(self):
        if self.request.method in ("GET", "HEAD", "OPTIONS"):
            return [AllowAny()]
        return [IsAuthenticated()]

    def perform_authentication(self, request):
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            super().perform_authentication(request)


def artwork_body(artwork_id: int) -> dict:
    return selectors.artwork_detail(artwork_id)


class ArtworkListView(PublicReadMixin, GenericAPIView):
    """The marketplace: every artwork on show, newest first unless ordered."""

    filter_backends = [DjangoFilterBackend]
    filterset_class = ArtworkFilter

    def get_queryset(self):
        return selectors.artworks_in_marketplace()

    @extend_schema(
        operation_id="artworks_list",
        filters=True,
        parameters=[PageQuerySerializer],
        responses=PolymorphicProxySerializer(
            component_name="ArtworkListing",
            serializers=[
                ArtworkListSerializer(many=True),
                PaginatedArtworkListSerializer,
            ],
            resource_type_field_name=None,
            many=False,
        ),
    )
    def get(self, request):
        query = PageQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        artworks = self.filter_queryset(self.get_queryset())
        return Response(
            list_or_page(
                request, artworks, selectors.artworks_as_dicts, query.validated_data
            )
        )


class ArtworkCreateView(APIView):
    """List a new artwork with 1 to 5 image URLs (artists only)."""

    permission_classes = [IsArtist]

    @extend_schema(
        operation_id="artworks_create",
        request=ArtworkWriteSerializer,
        responses={201: ArtworkSerializer},
        examples=openapi.ARTWORK_CREATE,
    )
    def post(self, request):
        serializer = ArtworkWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        artwork = services.artwork_create(
            artist=request.user, image_urls=fields.pop("artworks_images"), **fields
        )
        return Response(artwork_body(artwork.pk), status=status.HTTP_201_CREATED)


class ArtworkDetailView(PublicReadMixin, APIView):
    """One artwork: anyone may read it; only its artist may change it."""

    @extend_schema(operation_id="artworks_retrieve", responses=ArtworkSerializer)
    def get(self, request, artwork_id: int):
        return Response(artwork_body(artwork_id))

    @extend_schema(
        operation_id="artworks_update",
        description="Partial, like PATCH: send the artwork as last read, edited. "
        "`artist`, `id` and unknown fields are ignored; `artworks_images` "
        "replaces the images.",
        request=ArtworkWriteSerializer,
        responses={
            200: ArtworkSerializer,
            403: NOT_THE_ARTIST,
            409: OpenApiResponse(
                ErrorSerializer,
                "The artwork is archived and can no longer change "
                "(`artwork_archived`).",
            ),
        },
        examples=openapi.ARTWORK_UPDATE,
    )
    def put(self, request, artwork_id: int):
        return self._update(request, artwork_id)

    @extend_schema(
        operation_id="artworks_partial_update",
        request=ArtworkWriteSerializer,
        responses={200: ArtworkSerializer, 403: NOT_THE_ARTIST, 409: ARCHIVED},
        examples=openapi.ARTWORK_UPDATE,
    )
    def patch(self, request, artwork_id: int):
        return self._update(request, artwork_id)

    @extend_schema(
        operation_id="artworks_destroy",
        description="Deletes the artwork, or archives it if it was ever ordered, "
        "so that order history stays whole.",
        responses={204: None, 403: NOT_THE_ARTIST},
    )
    def delete(self, request, artwork_id: int):
        services.artwork_delete(artwork_id=artwork_id, member=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _update(self, request, artwork_id: int):
        serializer = ArtworkWriteSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        services.artwork_update(
            artwork_id=artwork_id,
            member=request.user,
            image_urls=fields.pop("artworks_images", None),
            **fields,
        )
        return Response(artwork_body(artwork_id))


class ArtworkImagesView(PublicReadMixin, APIView):
    """The images of an artwork; its artist may add one."""

    @extend_schema(
        operation_id="artwork_images_list",
        responses=ArtworkImageDetailSerializer(many=True),
    )
    def get(self, request, artwork_id: int):
        images = selectors.artwork_images(artwork_id)
        return Response(ArtworkImageDetailSerializer(images, many=True).data)

    @extend_schema(
        operation_id="artwork_images_add",
        request=ImageAddSerializer,
        responses={
            201: ArtworkImageDetailSerializer,
            400: OpenApiResponse(
                ErrorSerializer,
                "Invalid input, the artwork already has five images "
                "(`too_many_images`), or it already shows this one "
                "(`duplicate_image`).",
            ),
            403: NOT_THE_ARTIST,
            409: ARCHIVED,
        },
        examples=openapi.IMAGE_ADD,
    )
    def post(self, request, artwork_id: int):
        serializer = ImageAddSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        image = services.image_add(
            artwork_id=artwork_id,
            member=request.user,
            image_url=serializer.validated_data["image_url"],
        )
        return Response(
            ArtworkImageDetailSerializer(image).data, status=status.HTTP_201_CREATED
        )


class ImageDeleteView(APIView):
    """Remove an image; an artwork keeps at least one."""

    @extend_schema(
        operation_id="artwork_images_destroy",
        responses={
            204: None,
            400: OpenApiResponse(
                ErrorSerializer,
                "The image is the artwork's last one (`last_image`): add another "
                "one first.",
            ),
            403: NOT_THE_ARTIST,
            409: ARCHIVED,
        },
    )
    def delete(self, request, image_id: int):
        services.image_delete(image_id=image_id, member=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class UploadSignatureView(APIView):
    """Sign a browser's direct upload of one image to Cloudinary."""

    permission_classes = [IsArtist]

    @extend_schema(
        operation_id="images_upload_signature",
        description="What a browser needs to upload one image straight to "
        "Cloudinary: POST the file there with these fields, then send the "
        "returned `secure_url` to the API.",
        request=EmptyBodySerializer,
        responses={
            200: UploadSignatureSerializer,
            503: OpenApiResponse(
                ErrorSerializer, "No Cloudinary account is configured."
            ),
        },
        examples=openapi.UPLOAD_SIGNATURE,
    )
    def post(self, request):
        signed = upload_signature(artist_id=request.user.pk)
        return Response(signed)
