"""Build the benchmark dataset and describe each target (run by bench.run).

Prints JSON: for each target, the request locust sends, plus the SQL queries
and bytes of one such request measured in-process.
"""

import argparse
import json
import os
import random
import statistics
import time
from decimal import Decimal

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from artworks.models import Artwork, ArtworkImage  # noqa: E402
from galleries.models import Gallery, GalleryArtwork  # noqa: E402
from jwt_auth.services import tokens_issue  # noqa: E402
from members.models import Member  # noqa: E402
from orders.models import Order  # noqa: E402
from orders.pricing import quote_for  # noqa: E402

PASSWORD = "Benchmark-Password-1"
POSTCODES = ["E1 6AN", "M1 1AE", "LS1 1UA", "BS1 4DJ", "EH1 1YZ", "CB2 1TN", "CF10 1EP"]
ORDER_STATUSES = [status for status, _ in Order.Status.choices]
# The artwork the order cycle buys, with stock for any run: by the last of
# the 20 artists, so that the cycle's sales never grow the seller orders
# measured (the first artist's).
STOCKED = 19


def build(artwork_count: int) -> dict:
    """Create members, artworks, galleries and orders in bulk; return key rows."""
    rng = random.Random(7)
    password = make_password(PASSWORD)

    def member(prefix: str, index: int, user_type: str) -> Member:
        return Member(
            username=f"{prefix}{index}",
            email=f"{prefix}{index}@bench.example.com",
            first_name=prefix.title(),
            last_name=str(index),
            user_type=user_type,
            address=f"{index} Bench Road",
            postcode=POSTCODES[index % len(POSTCODES)],
            bio="An artist of the benchmark." if user_type == "artist" else "",
            password=password,
        )

    artists = Member.objects.bulk_create(
        member("artist", i, "artist") for i in range(20)
    )
    collectors = Member.objects.bulk_create(
        member("collector", i, "collector") for i in range(50)
    )
    galleries = Gallery.objects.bulk_create(Gallery(curator=c) for c in collectors)

    artworks = Artwork.objects.bulk_create(
        Artwork(
            artist=artists[i % len(artists)],
            title=f"Benchmark piece {i}",
            description="Oil and wax on a birch panel, signed on the back.",
            year=2000 + i % 25,
            price=Decimal(100 + i % 900),
            quantity_for_sale=1_000_000 if i == STOCKED else 1 + i % 3,
            is_for_sale=True,
            medium=Artwork.Medium.values[i % len(Artwork.Medium.values)],
            material="oil on birch",
            width=Decimal("40.00"),
            depth=Decimal("2.50"),
            height=Decimal("60.00"),
            weight=Decimal("2.40"),
        )
        for i in range(artwork_count)
    )
    ArtworkImage.objects.bulk_create(
        ArtworkImage(
            artwork=artwork,
            image_url=f"https://res.cloudinary.com/demo/image/upload/bench/{artwork.pk}-{n}.jpg",
            position=n,
        )
        for artwork in artworks
        for n in range(3)
    )
    GalleryArtwork.objects.bulk_create(
        GalleryArtwork(gallery=gallery, artwork=artwork)
        for gallery in galleries
        for artwork in rng.sample(artworks, min(20, len(artworks)))
    )

    # 500 orders in every state: 100 sold by the first artist, 50 bought by
    # the first collector, the rest spread over everyone.
    works_of = {artist.pk: [] for artist in artists}
    for artwork in artworks:
        works_of[artwork.artist_id].append(artwork)
    orders = []
    for n in range(500):
        seller = artists[0] if n < 100 else artists[1 + n % (len(artists) - 1)]
        buyer = collectors[0] if 100 <= n < 150 else collectors[1 + n % 49]
        works = works_of[seller.pk]
        orders.append(_order(buyer, works[n % len(works)], ORDER_STATUSES[n % 6], n))
    Order.objects.bulk_create(orders)
    return {
        "artist": artists[0],
        "collector": collectors[0],
        "gallery": galleries[0],
        "artwork": artworks[1],
        "stocked_artwork": artworks[STOCKED],
        # Each load-test user of the order cycle buys as one of them, as a
        # collector has one open order per artwork at a time.
        "cycle_collectors": collectors[10:30],
    }


def _order(buyer: Member, artwork: Artwork, status: str, n: int) -> Order:
    quote = quote_for(artwork=artwork, buyer=buyer)
    is_cancelled = status == Order.Status.CANCELLED
    return Order(
        buyer=buyer,
        seller=artwork.artist,
        artwork=artwork,
        status=status,
        artwork_price=quote.artwork_price,
        shipping_cost=quote.shipping_cost,
        insurance=quote.insurance,
        price=quote.total,
        viewed_by_buyer=n % 2 == 0,
        viewed_by_seller=n % 3 == 0,
        cancel_reason=Order.CancelReason.BUYER_CANCELLED if is_cancelled else "",
        cancelled_at=timezone.now() if is_cancelled else None,
    )


class QueryTimer:
    """Count the SQL queries run and the time spent waiting for them."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start
            self.count += 1


def measure(client: Client, target: dict, repeat: int = 20) -> dict:
    """Measure requests to a target in-process, one at a time.

    Returns the SQL queries and bytes of one request, and the medians of
    the time the database took and of the whole request's time.
    """
    headers = (
        {"HTTP_AUTHORIZATION": f"Bearer {target['token']}"}
        if target.get("token")
        else {}
    )
    body = json.dumps(target["body"]) if target.get("body") else ""
    database_ms, request_ms = [], []
    for _ in range(repeat):
        timer = QueryTimer()
        start = time.perf_counter()
        with connection.execute_wrapper(timer):
            response = client.generic(
                target["method"],
                target["path"],
                body,
                content_type="application/json",
                **headers,
            )
        request_ms.append(1000 * (time.perf_counter() - start))
        database_ms.append(1000 * timer.seconds)
        if response.status_code >= 400:
            raise SystemExit(f"{target['path']} answered {response.status_code}")
    return {
        "queries": timer.count,
        "bytes": len(response.content),
        "database_ms": statistics.median(database_ms),
        "request_ms": statistics.median(request_ms),
    }


def targets_for(rows: dict) -> dict:
    artist_token = tokens_issue(rows["artist"]).access
    collector_token = tokens_issue(rows["collector"]).access
    stocked = rows["stocked_artwork"]

    def get(path: str, token: str | None = None) -> dict:
        return {"method": "GET", "path": path, "token": token}

    return {
        "ref: constant": get("/bench/constant/"),
        "ref: constant+JWT": get("/bench/constant-jwt/", collector_token),
        "ref: values+orjson": get("/bench/values/"),
        "artworks list": get("/api/artworks/"),
        "artworks page": get("/api/artworks/?page=1&page_size=20"),
        "artwork detail": get(f"/api/artworks/{rows['artwork'].pk}/"),
        "artist portfolio": get(f"/api/members/artists/{rows['artist'].pk}/"),
        "my-gallery": get("/api/galleries/my-gallery/", collector_token),
        "seller orders": get("/api/orders/seller/", artist_token),
        "purchase requests": get("/api/orders/purchase-requests/", collector_token),
        "unviewed-orders": get("/api/orders/unviewed-orders/", collector_token),
        "members/user": get("/api/members/user/", collector_token),
        "login": {
            "method": "POST",
            "path": "/api/members/login/",
            "body": {"email": rows["collector"].email, "password": PASSWORD},
        },
        "order cycle": {
            "cycle": {
                "artwork_id": stocked.pk,
                # Each collector's own quote: shipping depends on their postcode.
                "collectors": [
                    {
                        "token": tokens_issue(buyer).access,
                        "final_price": str(
                            quote_for(artwork=stocked, buyer=buyer).total
                        ),
                    }
                    for buyer in rows["cycle_collectors"]
                ],
                "artist_token": tokens_issue(stocked.artist).access,
            }
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--artworks", type=int, default=1000)
    options = parser.parse_args()

    rows = build(options.artworks)
    # Bulk-loaded tables have no statistics or visibility map yet; autovacuum
    # would soon provide both on a real database.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    targets = targets_for(rows)
    client = Client(SERVER_NAME="localhost")
    for target in targets.values():
        if "cycle" not in target:
            target.update(measure(client, target))
    print(json.dumps({"targets": targets}))


if __name__ == "__main__":
    main()
