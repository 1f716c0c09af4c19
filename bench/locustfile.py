"""One benchmark target, described by the BENCH_TARGET environment variable.

A target is either one request ({"method", "path", "token", "body"}) sent
as fast as the server answers, or the write cycle of an order ({"cycle":
...}): a collector orders, the artist accepts, the collector pays.
"""

import itertools
import json
import os

from locust import FastHttpUser, constant, task

TARGET = json.loads(os.environ.get("BENCH_TARGET", '{"method": "GET", "path": "/"}'))
USER_NUMBERS = itertools.count()


def bearer(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


class BenchUser(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        # Each simulated client of the order cycle buys as its own collector.
        collectors = TARGET.get("cycle", {}).get("collectors", [{}])
        self.collector = collectors[next(USER_NUMBERS) % len(collectors)]

    @task
    def hit(self):
        if "cycle" in TARGET:
            self.order_cycle(TARGET["cycle"])
        else:
            self.client.request(
                TARGET["method"],
                TARGET["path"],
                json=TARGET.get("body"),
                headers=bearer(TARGET.get("token")),
                name=TARGET.get("name", TARGET["path"]),
            )

    def order_cycle(self, cycle: dict) -> None:
        created = self.client.post(
            "/api/orders/create/",
            json={
                "artwork_id": cycle["artwork_id"],
                "final_price": self.collector["final_price"],
            },
            headers=bearer(self.collector["token"]),
            name="create order",
        )
        if created.status_code == 409 and "order_id" in created.json():
            # A run stopped mid-cycle left this collector's order open.
            self.client.request(
                "PATCH",
                f"/api/orders/cancel/{created.json()['order_id']}",
                json={},
                headers=bearer(self.collector["token"]),
                name="cancel left-over order",
            )
            return
        if created.status_code != 201:
            return
        order_id = created.json()["id"]
        accepted = self.client.request(
            "PATCH",
            f"/api/orders/review/{order_id}",
            json={"action": "accept"},
            headers=bearer(cycle["artist_token"]),
            name="accept",
        )
        if accepted.status_code != 200:
            return
        self.client.request(
            "PATCH",
            f"/api/orders/payment/{order_id}",
            json={
                "cardNumber": "4242424242424242",
                "expiryDate": "12/30",
                "cvv": "123",
            },
            headers=bearer(self.collector["token"]),
            name="pay",
        )
