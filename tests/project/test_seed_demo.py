import os
import re
import subprocess
import sys
from io import StringIO
from itertools import pairwise
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from rest_framework.test import APIClient

from artworks.models import Artwork, ArtworkImage
from galleries.models import Gallery, GalleryArtwork
from members.models import Member
from members.postcodes import normalise_postcode, postcode_area
from orders.models import Order, OrderEvent
from project import demo_data
from tests.factories import ArtistFactory

BASE_DIR = Path(__file__).resolve().parents[2]
LOGIN_URL = "/api/members/login/"
DEMO_IMAGE_PREFIX = "https://res.cloudinary.com/demo/image/upload/"
SEEDED_MODELS = (Member, Gallery, Artwork, ArtworkImage, GalleryArtwork, Order)


def seed(*args: str) -> tuple[str, str]:
    stdout, stderr = StringIO(), StringIO()
    call_command("seed_demo", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def row_counts() -> dict[str, int]:
    models = (*SEEDED_MODELS, OrderEvent)
    return {model.__name__: model.objects.count() for model in models}


def paid_orders(artwork: Artwork) -> int:
    return artwork.orders.filter(paid_at__isnull=False).count()


@pytest.fixture
def seeded(db) -> str:
    output, _ = seed()
    return output


@pytest.mark.django_db
def test_creates_artists_in_different_regions(seeded):
    artists = Member.objects.filter(user_type=Member.UserType.ARTIST)

    assert artists.count() == len(demo_data.ARTISTS) >= 4
    areas = {postcode_area(artist.postcode) for artist in artists}
    assert len(areas) == artists.count()
    for artist in artists:
        assert artist.postcode == normalise_postcode(artist.postcode)
        assert artist.address


@pytest.mark.django_db
def test_creates_artworks_in_every_medium(seeded):
    artworks = Artwork.objects.all()

    assert artworks.count() == len(demo_data.ARTWORKS) >= 25
    assert set(artworks.values_list("medium", flat=True)) == set(Artwork.Medium.values)
    assert artworks.filter(artist__user_type=Member.UserType.ARTIST).count() == (
        artworks.count()
    )
    assert artworks.filter(quantity_for_sale__gte=5).count() >= 3


@pytest.mark.django_db
def test_every_artwork_passes_its_validators_with_one_to_three_demo_images(seeded):
    for artwork in Artwork.objects.prefetch_related("images"):
        artwork.full_clean()
        images = list(artwork.images.all())
        assert 1 <= len(images) <= 3
        assert [image.position for image in images] == list(range(len(images)))
        for image in images:
            image.full_clean()
            assert image.image_url.startswith(DEMO_IMAGE_PREFIX)


@pytest.mark.django_db
def test_collectors_have_galleries_holding_a_few_artworks(seeded):
    collectors = Member.objects.filter(user_type=Member.UserType.COLLECTOR)

    assert collectors.count() == 3
    for collector in collectors:
        titles = set(collector.gallery.artworks.values_list("title", flat=True))
        assert titles == set(demo_data.GALLERIES[collector.username])
        assert len(titles) >= 3
    assert not Gallery.objects.filter(curator__user_type=Member.UserType.ARTIST)


@pytest.mark.django_db
def test_orders_reach_every_status(seeded):
    statuses = set(Order.objects.values_list("status", flat=True))

    assert statuses == set(Order.Status.values)
    assert Order.objects.count() == len(demo_data.ORDERS)


@pytest.mark.django_db
def test_every_order_has_a_history_that_ends_in_its_status(seeded):
    for order in Order.objects.prefetch_related("events"):
        events = list(order.events.all())

        assert events[0].from_status == ""
        assert events[0].to_status == Order.Status.PENDING
        assert events[-1].to_status == order.status
        for earlier, later in pairwise(events):
            assert later.from_status == earlier.to_status


@pytest.mark.django_db
def test_order_prices_are_the_server_quote(seeded):
    for order in Order.objects.all():
        assert (
            order.price == order.artwork_price + order.shipping_cost + order.insurance
        )
        assert order.seller_id == order.artwork.artist_id


@pytest.mark.django_db
def test_stock_is_what_remains_after_the_paid_orders(seeded):
    for plan in demo_data.ARTWORKS:
        artwork = Artwork.objects.get(title=plan.title)

        assert artwork.quantity_for_sale == plan.quantity - paid_orders(artwork)
        assert artwork.quantity_for_sale >= 0
        assert artwork.is_for_sale == (artwork.quantity_for_sale > 0)


@pytest.mark.django_db
def test_selling_the_last_unit_cancels_the_other_open_order(seeded):
    artwork = Artwork.objects.get(title="Castlefield Viaduct in Fog")

    statuses = sorted(artwork.orders.values_list("status", "cancel_reason"))

    assert statuses == [
        (Order.Status.CANCELLED, Order.CancelReason.SOLD_OUT),
        (Order.Status.COMPLETED, ""),
    ]
    assert artwork.quantity_for_sale == 0


@pytest.mark.django_db
def test_second_run_changes_nothing(seeded):
    before = row_counts()

    output, _ = seed()

    assert row_counts() == before
    assert output == "The demo data is already there; nothing was changed.\n"


@pytest.mark.django_db
def test_if_empty_skips_silently_when_members_exist():
    ArtistFactory()

    output, errors = seed("--if-empty")

    assert (output, errors) == ("", "")
    assert Member.objects.count() == 1
    assert not Artwork.objects.exists()


@pytest.mark.django_db
def test_if_empty_seeds_an_empty_database():
    output, _ = seed("--if-empty")

    assert "Created 5 artists, 30 artworks, 3 collectors and 15 orders." in output
    assert Artwork.objects.count() == len(demo_data.ARTWORKS)


@pytest.mark.django_db
def test_passwords_are_hashed(seeded):
    for member in Member.objects.all():
        assert demo_data.PASSWORD not in member.password
        assert member.check_password(demo_data.PASSWORD)


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["amara.okafor", "eleanor.whitfield"])
def test_printed_login_works(seeded, username):
    password = re.search(r"password: (\S+)", seeded).group(1)
    email = re.search(rf"^\s+\w+\s+({re.escape(username)}@\S+)$", seeded, re.M)

    response = APIClient().post(
        LOGIN_URL, {"email": email.group(1), "password": password}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["token"]


@pytest.mark.django_db
def test_refused_when_images_must_come_from_another_cloud(settings):
    settings.CLOUDINARY_URL = "cloudinary://key:secret@another-cloud"

    with pytest.raises(CommandError, match="demo cloud"):
        seed()

    assert not Member.objects.exists()


@pytest.mark.django_db
def test_if_empty_only_warns_when_settings_cannot_hold_the_demo(settings):
    settings.ORDER_PAYMENT_PROVIDER = "payments.RealProvider"

    output, errors = seed("--if-empty")

    assert output == ""
    assert "ORDER_PAYMENT_PROVIDER" in errors
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_full_run_rolls_back_when_a_step_fails(monkeypatch):
    def refuse(**kwargs):
        raise RuntimeError("refused")

    monkeypatch.setattr("project.management.commands.seed_demo.order_create", refuse)

    with pytest.raises(RuntimeError):
        seed()

    assert all(model.objects.count() == 0 for model in SEEDED_MODELS)


def manage_on_sqlite(database: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_seeds_a_fresh_sqlite_database_as_make_run_does(tmp_path):
    database = tmp_path / "db.sqlite3"
    assert manage_on_sqlite(database, "migrate", "--noinput").returncode == 0

    first = manage_on_sqlite(database, "seed_demo", "--if-empty")
    second = manage_on_sqlite(database, "seed_demo", "--if-empty")
    third = manage_on_sqlite(database, "seed_demo")

    assert first.returncode == 0, first.stderr
    assert f"password: {demo_data.PASSWORD}" in first.stdout
    assert (second.returncode, second.stdout) == (0, "")
    assert third.returncode == 0
    assert "already there" in third.stdout
