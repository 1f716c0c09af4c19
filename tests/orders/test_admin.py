"""The orders admin: lists and searches, read-only history, and staff actions."""

import pytest
from django.contrib.messages import get_messages

from orders.models import Order, OrderEvent
from tests.factories import ArtworkFactory, CollectorFactory
from tests.orders.builders import order_in

Status = Order.Status
CHANGELIST = "/admin/orders/order/"


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "admin", "admin@example.com", "Admin-Password-123"
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def run_action(admin_client, action: str, orders: list[Order]):
    return admin_client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [order.pk for order in orders]},
        follow=True,
    )


def messages_of(response) -> list[tuple[str, str]]:
    return [(m.level_tag, m.message) for m in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_changelist_shows_status_parties_and_price(admin_client):
    order = order_in(Status.ACCEPTED)

    response = admin_client.get(CHANGELIST)

    assert response.status_code == 200
    page = response.content.decode()
    for text in (order.buyer.username, order.seller.username, "Accepted", "269.30"):
        assert text in page


@pytest.mark.django_db
def test_changelist_filters_by_status(admin_client):
    pending = order_in(Status.PENDING, buyer=CollectorFactory(username="waiting"))
    order_in(Status.SHIPPED, buyer=CollectorFactory(username="underway"))

    response = admin_client.get(CHANGELIST, {"status__exact": pending.status})

    page = response.content.decode()
    assert "waiting" in page
    assert "underway" not in page


@pytest.mark.parametrize("query", ["waiting", "Sunflowers"])
@pytest.mark.django_db
def test_changelist_searches_members_and_artwork_titles(admin_client, query):
    order_in(
        Status.PENDING,
        buyer=CollectorFactory(username="waiting"),
        artwork=ArtworkFactory(title="Sunflowers"),
    )
    order_in(Status.PENDING, buyer=CollectorFactory(username="other"))

    response = admin_client.get(CHANGELIST, {"q": query})

    page = response.content.decode()
    assert "waiting" in page
    assert "other" not in page


@pytest.mark.django_db
def test_change_page_shows_the_history_and_edits_no_status(admin_client):
    order = order_in(Status.PENDING)
    OrderEvent.objects.create(
        order=order, to_status="pending", actor=order.buyer, note="Asked by phone."
    )

    response = admin_client.get(f"{CHANGELIST}{order.pk}/change/")

    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="status"' not in page
    assert 'name="price"' not in page
    assert "Order events" in page
    assert "Asked by phone." in page
    assert 'name="events-0-note"' not in page


@pytest.mark.django_db
def test_orders_cannot_be_added_or_deleted_by_hand(admin_client):
    order = order_in(Status.PENDING)

    added = admin_client.get(f"{CHANGELIST}add/")
    deleted = admin_client.post(f"{CHANGELIST}{order.pk}/delete/", {"post": "yes"})

    assert added.status_code == 403
    assert deleted.status_code == 403
    assert Order.objects.filter(pk=order.pk).exists()


@pytest.mark.django_db
def test_staff_cancel_goes_through_the_service_with_the_admin_as_actor(
    admin_client, admin_user
):
    orders = [order_in(Status.PENDING), order_in(Status.ACCEPTED)]

    response = run_action(admin_client, "cancel_as_staff", orders)

    assert response.status_code == 200
    assert messages_of(response) == [("success", "2 order(s) cancelled.")]
    for order in orders:
        order.refresh_from_db()
        assert (order.status, order.cancel_reason) == (
            Status.CANCELLED,
            "staff_cancelled",
        )
        event = OrderEvent.objects.get(order=order)
        assert (event.actor_id, event.note) == (admin_user.pk, "From the admin.")


@pytest.mark.django_db
def test_staff_cancel_reports_a_refusal_as_a_warning_and_goes_on(admin_client):
    paid = order_in(Status.READY_TO_SHIP)
    pending = order_in(Status.PENDING)

    response = run_action(admin_client, "cancel_as_staff", [paid, pending])

    assert response.status_code == 200
    assert messages_of(response) == [
        (
            "warning",
            f"Order {paid.pk}: This order is ready to ship, so staff cannot cancel it.",
        ),
        ("success", "1 order(s) cancelled."),
    ]
    paid.refresh_from_db()
    assert paid.status == Status.READY_TO_SHIP
    assert not OrderEvent.objects.filter(order=paid).exists()


@pytest.mark.django_db
def test_mark_completed_completes_shipped_orders_and_warns_about_others(
    admin_client, admin_user
):
    shipped = order_in(Status.SHIPPED)
    pending = order_in(Status.PENDING)

    response = run_action(admin_client, "mark_completed", [shipped, pending])

    assert messages_of(response) == [
        (
            "warning",
            f"Order {pending.pk}: This order is pending, so staff cannot complete it.",
        ),
        ("success", "1 order(s) completed."),
    ]
    shipped.refresh_from_db()
    pending.refresh_from_db()
    assert shipped.status == Status.COMPLETED
    assert pending.status == Status.PENDING
    assert OrderEvent.objects.get(order=shipped).actor_id == admin_user.pk


@pytest.mark.django_db
def test_order_events_are_listed_read_only(admin_client):
    order = order_in(Status.PENDING)
    event = OrderEvent.objects.create(order=order, to_status="pending")

    listed = admin_client.get("/admin/orders/orderevent/")
    changed = admin_client.post(
        f"/admin/orders/orderevent/{event.pk}/change/", {"to_status": "completed"}
    )

    assert listed.status_code == 200
    assert changed.status_code == 403
    event.refresh_from_db()
    assert event.to_status == "pending"
