"""The galleries API: a collector's private gallery, and the staff overview."""

from drf_spectacular.utils import (
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework import status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from artworks.selectors import artworks_as_dicts
from artworks.serializers import ArtworkSerializer
from galleries import openapi, selectors, services
from galleries.serializers import (
    CurateResponseSerializer,
    CurateSerializer,
    GalleryPageQuerySerializer,
    GalleryPageSerializer,
    GallerySummarySerializer,
)
from members.permissions import IsCollector
from project.pagination import (
    PageQuerySerializer,
    PageSerializer,
    list_or_page,
    serializer_render,
)
from project.schema import ErrorSerializer


class MyGalleryView(APIView):
    permission_classes = [IsCollector]
    query_serializer_class = GalleryPageQuerySerializer

    @extend_schema(
        operation_id="galleries_my_gallery",
        parameters=[GalleryPageQuerySerializer],
        responses={
            200: GalleryPageSerializer,
            404: OpenApiResponse(ErrorSerializer, "The collector has no gallery."),
        },
        description="The caller's gallery with all its artworks, or one page of "
        "them with `page` and `per_page`; `total` counts them all. Archived "
        "artworks stay, marked `is_archived`.",
    )
    def get(self, request):
        query = GalleryPageQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        page = selectors.gallery_page(member=request.user, **query.validated_data)
        return Response(
            {
                "id": page.gallery.pk,
                "curator": page.gallery.curator_id,
                "artworks": page.artworks,
                "total": page.total,
            }
        )


class GalleryArtworksView(APIView):
    permission_classes = [IsCollector]

    @extend_schema(
        operation_id="galleries_artworks_list",
        responses=ArtworkSerializer(many=True),
        description="Every artwork of the caller's gallery, newest added first. "
        "Another member's gallery is a 404.",
    )
    def get(self, request, gallery_id):
        artworks = selectors.gallery_artworks_for_curator(
            gallery_id=gallery_id, curator=request.user
        )
        return Response(artworks_as_dicts(artworks, detail=True))


class GalleryCurateView(APIView):
    permission_classes = [IsCollector]
    schema = openapi.RequestBodyOnDeleteSchema()

    @extend_schema(
        operation_id="galleries_curate_add",
        request=CurateSerializer,
        responses={
            201: OpenApiResponse(CurateResponseSerializer, "Added."),
            200: OpenApiResponse(CurateResponseSerializer, "Already in the gallery."),
            400: OpenApiResponse(
                ErrorSerializer,
                "Invalid body, no artwork with this id (`unknown_artwork`), or "
                "an archived artwork (`artwork_archived`).",
            ),
        },
        examples=openapi.CURATE_ADD,
    )
    def post(self, request, gallery_id):
        serializer = CurateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        artwork, added = services.gallery_artwork_add(
            curator=request.user,
            gallery_id=gallery_id,
            artwork_id=serializer.validated_data["artwork"],
        )
        message = "Added to your gallery." if added else "Already in your gallery."
        return Response(
            {"message": message, "artwork": ArtworkSerializer(artwork).data},
            status=status.HTTP_201_CREATED if added else status.HTTP_200_OK,
        )

    @extend_schema(
        operation_id="galleries_curate_remove",
        request=CurateSerializer,
        responses={
            204: OpenApiResponse(description="Removed; no body."),
            400: OpenApiResponse(ErrorSerializer, "Invalid body."),
            404: OpenApiResponse(
                ErrorSerializer,
                "Not one of the caller's galleries, or the artwork is not in it "
                "(`not_in_gallery`).",
            ),
        },
        examples=openapi.CURATE_REMOVE,
    )
    def delete(self, request, gallery_id):
        serializer = CurateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.gallery_artwork_remove(
            curator=request.user,
            gallery_id=gallery_id,
            artwork_id=serializer.validated_data["artwork"],
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


class GalleryPageOfSummariesSerializer(PageSerializer):
    results = GallerySummarySerializer(many=True)


class GalleryListView(APIView):
    permission_classes = [IsAdminUser]
    query_serializer_class = PageQuerySerializer

    @extend_schema(
        operation_id="galleries_all_list",
        parameters=[PageQuerySerializer],
        responses=PolymorphicProxySerializer(
            component_name="GalleryListOrPage",
            serializers=[
                GallerySummarySerializer(many=True),
                GalleryPageOfSummariesSerializer,
            ],
            resource_type_field_name=None,
            many=False,
        ),
        description="Staff only. Every gallery with its curator and number of "
        "artworks, oldest first; a plain array, or one page when `page` is given.",
    )
    def get(self, request):
        query = PageQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        galleries = selectors.galleries_with_counts()
        return Response(
            list_or_page(
                request,
                galleries,
                serializer_render(GallerySummarySerializer),
                query.validated_data,
            )
        )
