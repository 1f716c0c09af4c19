"""The order endpoints' shapes, paths, permissions and bad input."""

import json

import pytest

from orders import selectors
from orders.models import Order, OrderEvent
from orders.serializers import OrderSerializer
from orders.urls import ROUTES
from project.renderers import ORJSONRenderer
from tests.conftest import client_for
from tests.factories import ArtistFactory, ArtworkFactory, CollectorFactory
from tests.orders.builders import ACTIONS, act, order_in

Status = Order.Status
ORDER_KEYS = {
    "id",
    "price",
    "status",
    "created_at",
    "buyer_info",
    "seller_info",
    "artwork_info",
    "allowed_actions",
    "artwork_price",
    "shipping_cost",
    "insurance",
    "updated_at",
    "cancel_reason",
    "viewed_by_buyer",
    "viewed_by_seller",
    "carrier",
    "tracking_number",
    "accepted_at",
    "paid_at",
    "shipped_at",
    "completed_at",
    "cancelled_at",
}
BUYER_INFO_KEYS = {"id", "username", "address", "postcode"}
SELLER_INFO_KEYS = {"id", "username", "first_name", "last_name"}
ARTWORK_INFO_KEYS = {"id", "title", "width", "depth", "height", "weight"}
EVENT_KEYS = {"from_status", "to_status", "actor", "reason", "note", "created_at"}
LIST_PATHS = ["purchase-requests", "seller"]


def assert_contract_order(body: dict, order: Order) -> None:
    assert set(body) == ORDER_KEYS
    assert set(body["buyer_info"]) == BUYER_INFO_KEYS
    assert set(body["seller_info"]) == SELLER_INFO_KEYS
    assert set(body["artwork_info"]) == ARTWORK_INFO_KEYS
    assert body["id"] == order.pk
    assert body["price"] == float(order.price)
    assert body["status"] == order.status
    assert body["created_at"] == order.created_at.isoformat().replace("+00:00", "Z")
    assert body["buyer_info"]["postcode"] == order.buyer.postcode
    assert body["artwork_info"]["weight"] == float(order.artwork.weight)


@pytest.mark.django_db
def test_purchase_requests_lists_only_the_callers_purchases_newest_first():
    buyer = CollectorFactory()
    older = order_in(Status.PENDING, buyer=buyer)
    newer = order_in(Status.ACCEPTED, buyer=buyer)
    order_in(Status.PENDING)

    response = client_for(buyer).get("/api/orders/purchase-requests/")

    assert response.status_code == 200
    body = response.json()
    assert [order["id"] for order in body] == [newer.pk, older.pk]
    assert_contract_order(body[1], older)


@pytest.mark.django_db
def test_seller_lists_only_the_callers_sales():
    artist = ArtistFactory()
    sale = order_in(Status.PENDING, artwork=ArtworkFactory(artist=artist))
    order_in(Status.PENDING)

    response = client_for(artist).get("/api/orders/seller/")

    body = response.json()
    assert [order["id"] for order in body] == [sale.pk]
    assert_contract_order(body[0], sale)
    assert body[0]["allowed_actions"] == ["accept", "reject"]


@pytest.mark.parametrize("path", LIST_PATHS)
@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.django_db
def test_order_lists_take_the_same_queries_whatever_their_length(
    path, size, django_assert_num_queries
):
    artist = ArtistFactory()
    buyer = CollectorFactory()
    for _ in range(size):
        # Each order its own artwork, as one buyer has one open order per work.
        order_in(Status.PENDING, buyer=buyer, artwork=ArtworkFactory(artist=artist))
    client = client_for(buyer if path == "purchase-requests" else artist)

    # The member behind the token, then the orders with their members and
    # artworks in one join.
    with django_assert_num_queries(2):
        response = client.get(f"/api/orders/{path}/")

    assert len(response.json()) == size


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.django_db
def test_list_rows_built_by_hand_equal_the_serializer(status, staff_member):
    order = order_in(status, carrier="Royal Mail", tracking_number="RM123")
    queryset = selectors.orders_for_display().filter(pk=order.pk)

    for member in (order.buyer, order.seller, staff_member):
        by_hand = selectors.orders_as_dicts(queryset, member)
        serialized = OrderSerializer(queryset, many=True, context={"member": member})

        assert by_hand == json.loads(ORJSONRenderer().render(serialized.data))


@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.django_db
def test_staff_see_every_order_in_the_same_queries(
    size, staff_member, django_assert_num_queries
):
    orders = [order_in(Status.PENDING) for _ in range(size)]
    client = client_for(staff_member)

    # The member behind the token, then every order with its members and
    # artwork in one join.
    with django_assert_num_queries(2):
        response = client.get("/api/orders/all/")

    assert response.status_code == 200
    assert {order["id"] for order in response.json()} == {o.pk for o in orders}
    assert all(order["allowed_actions"] == [] for order in response.json())


@pytest.mark.django_db
def test_all_orders_is_for_staff_only(collector_client, artist_client):
    for client in (collector_client, artist_client):
        assert client.get("/api/orders/all/").status_code == 403


@pytest.mark.django_db
def test_order_detail_shows_the_order_with_its_history():
    order = order_in(Status.PENDING)
    act(client_for(order.seller), "accept", order.pk)

    response = client_for(order.buyer).get(f"/api/orders/{order.pk}/")

    assert response.status_code == 200
    body = response.json()
    assert set(body) == ORDER_KEYS | {"events"}
    assert len(body["events"]) == 1
    assert set(body["events"][0]) == EVENT_KEYS
    assert body["events"][0]["actor"] == {
        "id": order.seller_id,
        "username": order.seller.username,
    }
    assert body["allowed_actions"] == ["cancel", "pay"]


@pytest.mark.django_db
def test_legacy_seller_detail_serves_the_seller():
    order = order_in(Status.PENDING)

    response = client_for(order.seller).get(f"/api/orders/order-details/{order.pk}")

    assert response.status_code == 200
    assert_contract_order(response.json(), order)


@pytest.mark.django_db
def test_legacy_seller_detail_refuses_the_buyer_and_hides_from_others(
    outsider_client,
):
    order = order_in(Status.PENDING)

    as_buyer = client_for(order.buyer).get(f"/api/orders/order-details/{order.pk}/")
    as_outsider = outsider_client.get(f"/api/orders/order-details/{order.pk}/")

    assert as_buyer.status_code == 403
    assert as_outsider.status_code == 404


@pytest.mark.django_db
def test_legacy_seller_detail_is_deprecated_in_the_schema(api_client):
    schema = api_client.get("/api/schema/", {"format": "json"}).json()

    operation = schema["paths"]["/api/orders/order-details/{order_id}/"]["get"]
    assert operation["deprecated"] is True


@pytest.mark.django_db
def test_no_slash_duplicates_are_in_the_schema_as_deprecated(api_client):
    paths = api_client.get("/api/schema/", {"format": "json"}).json()["paths"]

    unslashed = [
        path
        for path in paths
        if path.startswith("/api/orders/") and not path.endswith("/")
    ]
    assert len(unslashed) == len(ROUTES)
    for path in unslashed:
        assert f"{path}/" in paths
        assert all(operation["deprecated"] for operation in paths[path].values())


@pytest.mark.parametrize("path", ["", "order-details/"])
@pytest.mark.django_db
def test_another_members_order_is_not_found(path, outsider_client):
    order = order_in(Status.PENDING)

    response = outsider_client.get(f"/api/orders/{path}{order.pk}/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.django_db
def test_reading_another_members_order_marks_nothing(outsider_client):
    order = order_in(Status.PENDING, viewed_by_buyer=False, viewed_by_seller=False)

    outsider_client.get(f"/api/orders/{order.pk}/")

    order.refresh_from_db()
    assert (order.viewed_by_buyer, order.viewed_by_seller) == (False, False)


@pytest.mark.parametrize("slash", [True, False])
@pytest.mark.parametrize(
    ("path", "status_code"),
    [
        ("purchase-requests", 200),
        ("seller", 200),
        ("unviewed-orders", 200),
        ("{id}", 200),
        ("order-details/{id}", 200),
        # Reached the view, which refuses an artist.
        ("quote?artwork_id=1", 403),
        ("all", 403),
    ],
)
@pytest.mark.django_db
def test_every_read_path_answers_with_and_without_its_slash(path, status_code, slash):
    order = order_in(Status.PENDING)
    route, _, query = path.format(id=order.pk).partition("?")
    url = f"/api/orders/{route}{'/' if slash else ''}{'?' + query if query else ''}"

    response = client_for(order.seller).get(url)

    assert response.status_code == status_code
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("slash", [True, False])
@pytest.mark.parametrize(
    ("action", "status", "actor"),
    [
        ("accept", Status.PENDING, "seller"),
        ("cancel", Status.PENDING, "buyer"),
        ("pay", Status.ACCEPTED, "buyer"),
        ("ship", Status.READY_TO_SHIP, "seller"),
        ("complete", Status.SHIPPED, "buyer"),
    ],
)
@pytest.mark.django_db
def test_every_action_path_works_with_and_without_its_slash(
    action, status, actor, slash
):
    order = order_in(status)
    member = order.buyer if actor == "buyer" else order.seller

    response = act(client_for(member), action, order.pk, slash=slash)

    assert response.status_code == 200


@pytest.mark.parametrize("slash", ["/", ""])
@pytest.mark.django_db
def test_create_and_mark_viewed_work_with_and_without_the_slash(collector, slash):
    artwork = ArtworkFactory()
    client = client_for(collector)

    created = client.post(
        f"/api/orders/create{slash}",
        {"artwork_id": artwork.pk, "final_price": "269.30"},
        format="json",
    )
    marked = client.post(f"/api/orders/mark-viewed{slash}", {}, format="json")

    assert created.status_code == 201
    assert marked.status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "purchase-requests/"),
        ("get", "seller/"),
        ("get", "unviewed-orders/"),
        ("get", "all/"),
        ("get", "quote/?artwork_id=1"),
        ("get", "1/"),
        ("get", "order-details/1"),
        ("post", "create/"),
        ("post", "mark-viewed/"),
        *[("patch", f"{route}/1") for route, _ in ACTIONS.values()],
    ],
)
@pytest.mark.django_db
def test_every_order_endpoint_needs_a_token(api_client, method, path):
    response = getattr(api_client, method)(f"/api/orders/{path}")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "order_id", ["abc", "-1", "1.5", "99999999999999999999999999", str(2**63)]
)
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.django_db
def test_a_malformed_or_huge_id_is_not_found(collector_client, action, order_id):
    route, body = ACTIONS[action]

    response = collector_client.patch(
        f"/api/orders/{route}/{order_id}", body, format="json"
    )

    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize("order_id", ["99999999999999999999999999", str(2**63)])
@pytest.mark.django_db
def test_a_huge_id_on_the_detail_paths_is_not_found(collector_client, order_id):
    for path in (f"{order_id}/", f"order-details/{order_id}"):
        assert collector_client.get(f"/api/orders/{path}").status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"action": "ship"},
        {"action": ["accept"]},
        {"action": None},
        {"action": 1},
    ],
)
@pytest.mark.django_db
def test_review_refuses_a_missing_or_unknown_action(body):
    order = order_in(Status.PENDING)

    response = client_for(order.seller).patch(
        f"/api/orders/review/{order.pk}", body, format="json"
    )

    assert response.status_code == 400
    assert response.json()["fields"]["action"]
    order.refresh_from_db()
    assert order.status == Status.PENDING


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"artwork_id": 1},
        {"final_price": "10"},
        {"artwork_id": "one", "final_price": "10"},
        {"artwork_id": 2**63, "final_price": "10"},
        {"artwork_id": 1, "final_price": "ten"},
        {"artwork_id": 1, "final_price": "NaN"},
        {"artwork_id": 1, "final_price": "Infinity"},
        {"artwork_id": 1, "final_price": "1e400"},
        {"artwork_id": 1, "final_price": -1},
        {"artwork_id": 1, "final_price": [1]},
        {"artwork_id": 0, "final_price": "10"},
    ],
)
@pytest.mark.django_db
def test_create_refuses_bad_input_with_400(collector_client, body):
    response = collector_client.post("/api/orders/create/", body, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert not Order.objects.exists()


@pytest.mark.parametrize(
    "payload", ['["not", "an", "object"]', '"text"', "{not json", "null"]
)
@pytest.mark.django_db
def test_a_body_that_is_not_an_object_is_a_400(payload):
    order = order_in(Status.READY_TO_SHIP)

    response = client_for(order.seller).patch(
        f"/api/orders/shipped/{order.pk}", payload, content_type="application/json"
    )

    assert response.status_code == 400
    order.refresh_from_db()
    assert order.status == Status.READY_TO_SHIP
    assert not OrderEvent.objects.exists()


@pytest.mark.parametrize(
    "body",
    [{"carrier": "x" * 101}, {"tracking_number": ["AB1"]}, {"carrier": {"a": 1}}],
)
@pytest.mark.django_db
def test_shipped_refuses_bad_tracking_details(body):
    order = order_in(Status.READY_TO_SHIP)

    response = client_for(order.seller).patch(
        f"/api/orders/shipped/{order.pk}", body, format="json"
    )

    assert response.status_code == 400
    order.refresh_from_db()
    assert order.status == Status.READY_TO_SHIP


@pytest.mark.parametrize("order_id", ["null%2Cnull/", "abc", "", "1/extra/"])
@pytest.mark.django_db
def test_a_payment_url_without_a_numeric_id_still_answers_error_and_detail(
    collector_client, order_id
):
    # Found by the schema fuzzer: such URLs fell through to the generic 404.
    response = collector_client.patch(
        f"/api/orders/payment/{order_id}", {}, format="json"
    )

    assert response.status_code == 404
    body = response.json()
    assert body["error"] == body["detail"] == "You have no order with this id."


@pytest.mark.django_db
def test_a_payment_url_without_a_numeric_id_still_needs_a_token(api_client):
    response = api_client.patch("/api/orders/payment/abc", {}, format="json")

    assert response.status_code == 401
    assert response.json()["error"]


@pytest.mark.django_db
def test_quote_of_the_largest_possible_id_is_a_documented_404(collector_client):
    # Found by the schema fuzzer: the 404 was missing from the schema.
    response = collector_client.get("/api/orders/quote/", {"artwork_id": 2**63 - 2})
    schema = collector_client.get("/api/schema/", {"format": "json"}).json()

    assert response.status_code == 404
    assert "404" in schema["paths"]["/api/orders/quote/"]["get"]["responses"]
