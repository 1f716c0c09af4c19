"""Page numbers for lists that are plain arrays unless a page is asked for.

Every list of the API follows one convention: without `page` the answer is
the whole list as a JSON array; with `page` (and `page_size`, 1 to 100) it
is `{count, next, previous, results}`. A page past the last one is empty
rather than an error, and its `previous` link points at the last page.
"""

from collections.abc import Callable, Sequence
from typing import Any

from django.db.models import QuerySet
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.utils.urls import replace_query_param

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 10**9

Render = Callable[[QuerySet | Sequence], Any]


class PageQuerySerializer(serializers.Serializer):
    page = serializers.IntegerField(
        min_value=1,
        max_value=MAX_PAGE,
        required=False,
        help_text="Ask for one page, from 1: the answer is then "
        "{count, next, previous, results}. Without it, a plain array of all.",
    )
    page_size = serializers.IntegerField(
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        required=False,
        help_text=f"Items per page when page is given, 1 to {MAX_PAGE_SIZE} "
        f"(default {DEFAULT_PAGE_SIZE}).",
    )


class PageSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="How many items there are in all.")
    next = serializers.URLField(allow_null=True, help_text="The next page, if any.")
    previous = serializers.URLField(
        allow_null=True, help_text="The previous page, if any."
    )


def list_or_page(
    request: Request, queryset: QuerySet, render: Render, query: dict
) -> Any:
    """Render the whole queryset, or with `page` in `query` one page and links.

    `query` is the validated data of a PageQuerySerializer (or a subclass);
    `render` turns rows into the JSON-ready list.
    """
    if "page" not in query:
        return render(queryset)

    page, page_size = query["page"], query.get("page_size", DEFAULT_PAGE_SIZE)
    count = queryset.count()
    offset = (page - 1) * page_size
    rows = render(queryset[offset : offset + page_size]) if offset < count else []
    last_page = max(1, -(-count // page_size))
    url = request.build_absolute_uri()
    return {
        "count": count,
        "next": replace_query_param(url, "page", page + 1)
        if offset + page_size < count
        else None,
        "previous": replace_query_param(url, "page", min(page - 1, last_page))
        if page > 1
        else None,
        "results": rows,
    }


def serializer_render(serializer_class: type[serializers.Serializer]) -> Render:
    """Return a `render` for list_or_page that uses a serializer."""
    return lambda rows: serializer_class(rows, many=True).data
