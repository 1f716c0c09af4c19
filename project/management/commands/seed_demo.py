import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from artworks.images import cloudinary_account
from artworks.models import Artwork, ArtworkImage
from galleries.models import GalleryArtwork
from members.models import Member
from members.postcodes import normalise_postcode
from members.services import member_register
from orders.models import Order
from orders.pricing import quote_for
from orders.services import (
    order_accept,
    order_cancel,
    order_complete,
    order_create,
    order_pay,
    order_reject,
    order_ship,
)
from project import demo_data

logger = logging.getLogger(__name__)

DEMO_PAYMENT_PROVIDER = "orders.payments.DemoPaymentProvider"
DEMO_CLOUD = "demo"

# Each move takes the order id, its buyer and its seller.
STEPS = {
    "accept": lambda pk, buyer, seller: order_accept(order_id=pk, seller=seller),
    "reject": lambda pk, buyer, seller: order_reject(order_id=pk, seller=seller),
    "cancel": lambda pk, buyer, seller: order_cancel(order_id=pk, buyer=buyer),
    "pay": lambda pk, buyer, seller: order_pay(
        order_id=pk, buyer=buyer, card=demo_data.CARD
    ),
    "ship": lambda pk, buyer, seller: order_ship(
        order_id=pk,
        seller=seller,
        carrier=demo_data.CARRIER,
        tracking_number=f"RD{pk:09d}GB",
    ),
    "complete": lambda pk, buyer, seller: order_complete(order_id=pk, buyer=buyer),
}


class Command(BaseCommand):
    help = (
        "Create a small demo marketplace: artists, artworks, collectors with "
        "galleries and orders in every status. Does nothing if it is already "
        "there."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Seed only a database with no members at all; otherwise skip "
            "silently (what `make run` uses).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Member.objects.exists():
            return
        if _demo_members().exists():
            self.stdout.write("The demo data is already there; nothing was changed.")
            return
        problem = _settings_problem()
        if problem and if_empty:
            self.stderr.write(f"Demo data not created: {problem}")
            return
        if problem:
            raise CommandError(problem)

        with transaction.atomic():
            members = _members_create()
            artworks = _artworks_create(members)
            _galleries_fill(members, artworks)
            orders = [
                _order_place(members, artworks, plan) for plan in demo_data.ORDERS
            ]

        logger.info(
            "Demo data created members=%s artworks=%s orders=%s",
            len(members),
            len(artworks),
            len(orders),
        )
        self._print_summary(len(artworks), len(orders))

    def _print_summary(self, artwork_count: int, order_count: int) -> None:
        self.stdout.write(
            f"Created {len(demo_data.ARTISTS)} artists, {artwork_count} artworks, "
            f"{len(demo_data.COLLECTORS)} collectors and {order_count} orders."
        )
        self.stdout.write(f"Every demo member's password: {demo_data.PASSWORD}")
        for label, people in (
            ("artist", demo_data.ARTISTS),
            ("collector", demo_data.COLLECTORS),
        ):
            for person in people:
                self.stdout.write(f"  {label:<9}  {person.email}")


def _demo_members():
    return Member.objects.filter(email__endswith=f"@{demo_data.EMAIL_DOMAIN}")


def _settings_problem() -> str:
    """Say why these settings cannot hold the demo data, or return ''."""
    account = cloudinary_account()
    if account is not None and account.cloud_name != DEMO_CLOUD:
        return (
            "the demo images are in Cloudinary's public demo cloud, and "
            "CLOUDINARY_URL only accepts images of another cloud."
        )
    if settings.ORDER_PAYMENT_PROVIDER != DEMO_PAYMENT_PROVIDER:
        return (
            "the demo orders are paid with a test card, so "
            f"ORDER_PAYMENT_PROVIDER must be {DEMO_PAYMENT_PROVIDER}."
        )
    return ""


def _members_create() -> dict[str, Member]:
    people = [(person, Member.UserType.ARTIST) for person in demo_data.ARTISTS]
    people += [(person, Member.UserType.COLLECTOR) for person in demo_data.COLLECTORS]
    return {person.username: _member_register(person, kind) for person, kind in people}


def _member_register(person: demo_data.DemoMember, user_type: str) -> Member:
    return member_register(
        email=person.email,
        username=person.username,
        password=demo_data.PASSWORD,
        user_type=user_type,
        first_name=person.first_name,
        last_name=person.last_name,
        address=person.address,
        postcode=normalise_postcode(person.postcode),
        bio=person.bio,
        website=person.website,
    )


def _artworks_create(members: dict[str, Member]) -> dict[str, Artwork]:
    return {
        plan.title: _artwork_create(members[plan.artist], plan)
        for plan in demo_data.ARTWORKS
    }


def _artwork_create(artist: Member, plan: demo_data.DemoArtwork) -> Artwork:
    artwork = Artwork(artist=artist, **plan.model_fields())
    artwork.full_clean()
    artwork.save()
    for position, url in enumerate(plan.image_urls()):
        image = ArtworkImage(artwork=artwork, image_url=url, position=position)
        image.full_clean()
        image.save()
    return artwork


def _galleries_fill(members: dict[str, Member], artworks: dict[str, Artwork]):
    for username, titles in demo_data.GALLERIES.items():
        gallery = members[username].gallery
        for title in titles:
            GalleryArtwork.objects.get_or_create(
                gallery=gallery, artwork=artworks[title]
            )


def _order_place(
    members: dict[str, Member],
    artworks: dict[str, Artwork],
    plan: demo_data.DemoOrder,
) -> Order:
    buyer, artwork = members[plan.buyer], artworks[plan.artwork]
    order = order_create(
        buyer=buyer,
        artwork_id=artwork.pk,
        final_price=quote_for(artwork=artwork, buyer=buyer).total,
    )
    for step in demo_data.JOURNEYS[plan.journey]:
        STEPS[step](order.pk, buyer, artwork.artist)
    return order
