"""Page numbers for lists that are plain arrays unless a page is asked for."""

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.utils.urls import replace_query_param

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

PAGE_PARAMETERS = [
    OpenApiParameter(
        "page",
        int,
        description="A page number from 1; without it the whole list is a plain "
        "array, with it the answer is {count, next, previous, results}.",
    ),
    OpenApiParameter(
        "page_size",
        int,
        description=f"Rows per page, 1 to {MAX_PAGE_SIZE} "
        f"(default {DEFAULT_PAGE_SIZE}).",
    ),
]


class PageQuerySerializer(serializers.Serializer):
    page = serializers.IntegerField(min_value=1, max_value=10**9)
    page_size = serializers.IntegerField(
        min_value=1, max_value=MAX_PAGE_SIZE, default=DEFAULT_PAGE_SIZE
    )


def page_requested(request: Request) -> bool:
    return "page" in request.query_params


def paginate(
    request: Request,
    queryset: QuerySet,
    render: Callable[[QuerySet], list[dict[str, Any]]],
) -> dict[str, Any]:
    """Return one page of the queryset as {count, next, previous, results}.

    A page past the last one is empty rather than an error, so a client that
    deletes the last row of the last page simply sees an empty page.
    """
    params = PageQuerySerializer(data=request.query_params)
    params.is_valid(raise_exception=True)
    page, size = params.validated_data["page"], params.validated_data["page_size"]

    count = queryset.count()
    start = (page - 1) * size
    results = render(queryset[start : start + size]) if start < count else []
    url = request.build_absolute_uri()
    return {
        "count": count,
        "next": replace_query_param(url, "page", page + 1)
        if start + size < count
        else None,
        "previous": _previous_url(url, page, count, size),
        "results": results,
    }


def _previous_url(url: str, page: int, count: int, size: int) -> str | None:
    if page <= 1:
        return None
    last_page = max(1, -(-count // size))
    return replace_query_param(url, "page", min(page - 1, last_page))
