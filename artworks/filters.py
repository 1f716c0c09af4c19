"""The marketplace's query parameters: filters, search and ordering.

Every parameter is validated strictly: a value that is not understood is a
400 that names the values allowed, never silently ignored.
"""

from decimal import Decimal

import django_filters as filters
from django import forms

from artworks.models import MAX_PRICE, Artwork
from artworks.selectors import artworks_matching

MAX_ID = 2**63 - 1
MAX_YEAR = 9999
MAX_PRICE_FILTER = MAX_PRICE * 1000
MEDIUMS = [value for value, _label in Artwork.Medium.choices]
ORDERINGS = ["price", "year", "created_at", "title"]
TRUE_VALUES = {"true", "1", "yes"}
FALSE_VALUES = {"false", "0", "no"}


def _allowed(values) -> str:
    return ", ".join(values)


class CommaSeparatedChoiceField(forms.MultipleChoiceField):
    """Several choices, as repeated parameters, commas, or both."""

    def to_python(self, value):
        values = super().to_python(value)
        return [part.strip() for item in values for part in item.split(",") if part]


class StrictBooleanField(forms.Field):
    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).strip().lower()
        if text in TRUE_VALUES:
            return True
        if text in FALSE_VALUES:
            return False
        raise forms.ValidationError("Enter true or false.", code="invalid_boolean")


class MediumFilter(filters.MultipleChoiceFilter):
    field_class = CommaSeparatedChoiceField


class StrictBooleanFilter(filters.BooleanFilter):
    field_class = StrictBooleanField


class IntegerFilter(filters.NumberFilter):
    field_class = forms.IntegerField


class ArtworkFilter(filters.FilterSet):
    artist = IntegerFilter(
        field_name="artist_id", min_value=1, max_value=MAX_ID, label="Artist id."
    )
    medium = MediumFilter(
        choices=Artwork.Medium.choices,
        error_messages={
            "invalid_choice": "%(value)s is not a medium; use one or several of "
            + _allowed(MEDIUMS)
            + "."
        },
        label="One or several mediums, repeated or comma-separated.",
    )
    min_price = filters.NumberFilter(
        field_name="price",
        lookup_expr="gte",
        min_value=Decimal(0),
        max_value=MAX_PRICE_FILTER,
        label="Lowest price, inclusive.",
    )
    max_price = filters.NumberFilter(
        field_name="price",
        lookup_expr="lte",
        min_value=Decimal(0),
        max_value=MAX_PRICE_FILTER,
        label="Highest price, inclusive.",
    )
    is_for_sale = StrictBooleanFilter(label="true or false.")
    year_min = IntegerFilter(
        field_name="year",
        lookup_expr="gte",
        min_value=0,
        max_value=MAX_YEAR,
        label="Earliest year, inclusive.",
    )
    year_max = IntegerFilter(
        field_name="year",
        lookup_expr="lte",
        min_value=0,
        max_value=MAX_YEAR,
        label="Latest year, inclusive.",
    )
    search = filters.CharFilter(
        method="filter_search",
        max_length=200,
        label="Words to find in the title, description, material or artist's name.",
    )
    ordering = filters.OrderingFilter(
        fields=[(field, field) for field in ORDERINGS],
        error_messages={
            "invalid_choice": "%(value)s is not an ordering; use one of "
            + _allowed([*ORDERINGS, *(f"-{field}" for field in ORDERINGS)])
            + "."
        },
        label="price, year, created_at or title; prefix - for descending.",
    )

    class Meta:
        model = Artwork
        fields = []

    def filter_search(self, queryset, name, value):
        return artworks_matching(queryset, value)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        # A stable tie-breaker, so that pages never repeat or skip a row.
        ordering = self.form.cleaned_data.get("ordering")
        if ordering:
            queryset = queryset.order_by(*ordering, "-id")
        return queryset
