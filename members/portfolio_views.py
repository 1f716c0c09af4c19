"""Public artist portfolios: the directory of artists and each one's works."""

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from members import selectors
from members.portfolio_serializers import (
    ArtistListQuerySerializer,
    ArtistPageSerializer,
    ArtistPortfolioSerializer,
    ArtistSerializer,
)
from project.pagination import list_or_page, serializer_render


class PublicView(APIView):
    """Base of read-only views anyone may call, without credentials."""

    authentication_classes = []
    permission_classes = [AllowAny]


class ArtistListView(PublicView):
    query_serializer_class = ArtistListQuerySerializer

    @extend_schema(
        operation_id="artists_list",
        parameters=[ArtistListQuerySerializer],
        responses=PolymorphicProxySerializer(
            component_name="ArtistListOrPage",
            serializers=[ArtistSerializer(many=True), ArtistPageSerializer],
            resource_type_field_name=None,
            many=False,
        ),
        description="Public. Active artists in the order they joined. A plain "
        "array, or one page when `page` is given.",
    )
    def get(self, request):
        query = ArtistListQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        artists = selectors.artist_list(search=query.validated_data.get("search", ""))
        return Response(
            list_or_page(
                request,
                artists,
                serializer_render(ArtistSerializer),
                query.validated_data,
            )
        )


class ArtistPortfolioView(PublicView):
    @extend_schema(
        operation_id="artists_retrieve",
        responses=ArtistPortfolioSerializer,
        description="Public. An artist's profile and artworks for sale, newest "
        "first. A collector's id is a 404.",
    )
    def get(self, request, artist_id):
        return Response(selectors.artist_portfolio(artist_id=artist_id))
