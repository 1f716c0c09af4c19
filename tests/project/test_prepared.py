"""Prepared queries answer exactly as the ORM would, for any argument."""

import pytest
from django.db.models import Q

from artworks.models import ArtworkImage
from orders.models import Order
from project.prepared import PreparedQuery
from tests.factories import ArtworkFactory, ArtworkImageFactory, OrderFactory

IMAGES_OF = PreparedQuery(
    lambda artwork_id: (
        ArtworkImage.objects.filter(artwork_id=artwork_id)
        .order_by("-position")
        .values_list("id", "image_url", "position")
    ),
    "artwork_id",
)


@pytest.mark.django_db
def test_rows_are_those_of_the_queryset_for_each_argument():
    first, second = ArtworkFactory(), ArtworkFactory()
    ArtworkImageFactory(artwork=first, position=5)

    for artwork in (first, second):
        expected = list(
            ArtworkImage.objects.filter(artwork=artwork)
            .order_by("-position")
            .values_list("id", "image_url", "position")
        )
        assert IMAGES_OF.rows(artwork_id=artwork.pk) == expected
    assert 5 in [position for _, _, position in IMAGES_OF.rows(artwork_id=first.pk)]


@pytest.mark.django_db
def test_an_unknown_id_has_no_rows():
    assert IMAGES_OF.rows(artwork_id=987654) == []
    assert IMAGES_OF.count(artwork_id=987654) == 0


@pytest.mark.parametrize("artwork_id", [2**63, -(2**63) - 1, 2**70])
@pytest.mark.django_db
def test_an_id_beyond_a_bigint_has_no_rows_without_asking_the_database(
    artwork_id, django_assert_num_queries
):
    # SQLite refuses such a number outright instead of finding nothing.
    with django_assert_num_queries(0):
        assert IMAGES_OF.rows(artwork_id=artwork_id) == []
        assert IMAGES_OF.count(artwork_id=artwork_id) == 0


@pytest.mark.django_db
def test_count_counts_the_rows_of_one_argument_only():
    order = OrderFactory(viewed_by_buyer=False, viewed_by_seller=True)
    OrderFactory(buyer=order.buyer, viewed_by_buyer=True)
    OrderFactory(viewed_by_buyer=False)
    unviewed = PreparedQuery(
        lambda member_id: Order.objects.filter(
            Q(buyer_id=member_id, viewed_by_buyer=False)
            | Q(seller_id=member_id, viewed_by_seller=False)
        ).values_list("pk"),
        "member_id",
    )

    assert unviewed.count(member_id=order.buyer_id) == 1
    assert unviewed.count(member_id=order.seller_id) == 0


@pytest.mark.django_db
def test_rows_are_converted_like_the_orms():
    order = OrderFactory()
    by_id = PreparedQuery(
        lambda order_id: Order.objects.filter(pk=order_id).values_list(
            "price", "created_at", "viewed_by_buyer"
        ),
        "order_id",
    )

    assert by_id.rows(order_id=order.pk) == [
        (order.price, order.created_at, order.viewed_by_buyer)
    ]


def test_an_argument_the_query_does_not_use_is_refused():
    unused = PreparedQuery(
        lambda artwork_id: ArtworkImage.objects.values_list("id"), "artwork_id"
    )

    with pytest.raises(ValueError, match="artwork_id"):
        unused.rows(artwork_id=1)
