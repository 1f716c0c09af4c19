"""Public artist portfolios: the directory of artists and each one's works."""

from django.db.models import QuerySet
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

from members import selectors
from members.portfolio_serializers import (
    ArtistListQuerySerializer,
    ArtistPageSerializer,
    ArtistPortfolioSerializer,
    ArtistSerializer,
)

DEFAULT_PAGE_SIZE = 20


def list_or_page_response(
    request: Request,
    queryset: QuerySet,
    serializer_class: type[serializers.Serializer],
    query: dict,
) -> Response:
    """Answer a plain array, or with `page` in `query` one page and its links.

    A page past the end is empty; its `previous` link points at the last page.
    """
    if "page" not in query:
        return Response(serializer_class(queryset, many=True).data)

    page, page_size = query["page"], query.get("page_size", DEFAULT_PAGE_SIZE)
    count = queryset.count()
    offset = (page - 1) * page_size
    rows = list(queryset[offset : offset + page_size]) if offset < count else []
    last_page = max(1, -(-count // page_size))
    url = request.build_absolute_uri()
    return Response(
        {
            "count": count,
            "next": (
                replace_query_param(url, "page", page + 1)
                if offset + page_size < count
                else None
            ),
            "previous": (
                replace_query_param(url, "page", min(page - 1, last_page))
                if page > 1
                else None
            ),
            "results": serializer_class(rows, many=True).data,
        }
    )


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
        return list_or_page_response(
            request, artists, ArtistSerializer, query.validated_data
        )


class ArtistPortfolioView(PublicView):
    @extend_schema(
        operation_id="artists_retrieve",
        responses=ArtistPortfolioSerializer,
        description="Public. An artist's profile and artworks for sale, newest "
        "first. A collector's id is a 404.",
    )
    def get(self, request, artist_id):
        artist = selectors.artist_portfolio(artist_id=artist_id)
        return Response(ArtistPortfolioSerializer(artist).data)
