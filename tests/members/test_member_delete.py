"""A member who has orders cannot be deleted, from the ORM or the admin."""

import pytest
from django.db.models import ProtectedError

from members.models import Member
from orders.models import Order
from tests.factories import OrderFactory


def order_rows() -> list[tuple]:
    return list(
        Order.objects.order_by("pk").values_list(
            "pk", "buyer_id", "seller_id", "artwork_id", "status"
        )
    )


@pytest.mark.parametrize("side", ["buyer", "seller"])
@pytest.mark.django_db
def test_deleting_a_member_with_orders_is_refused_and_keeps_them(side):
    order = OrderFactory()
    member = getattr(order, side)
    before = order_rows()

    with pytest.raises(ProtectedError):
        member.delete()

    assert Member.objects.filter(pk=member.pk).exists()
    assert order_rows() == before


@pytest.mark.parametrize("side", ["buyer", "seller"])
@pytest.mark.django_db
def test_admin_delete_of_a_member_with_orders_is_refused_and_keeps_them(
    superuser_client, side
):
    order = OrderFactory()
    member = getattr(order, side)
    url = f"/admin/members/member/{member.pk}/delete/"
    before = order_rows()

    confirm = superuser_client.get(url)
    response = superuser_client.post(url, {"post": "yes"})

    for answer in (confirm, response):
        assert answer.status_code == 200
        assert "<title>Cannot delete member |" in answer.content.decode()
    assert Member.objects.filter(pk=member.pk).exists()
    assert order_rows() == before
