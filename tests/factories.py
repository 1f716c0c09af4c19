"""factory_boy factories shared by the whole test suite."""

from decimal import Decimal

import factory

from artworks.models import Artwork, ArtworkImage
from galleries.models import Gallery, GalleryArtwork
from members.models import Member
from orders.models import Order
from orders.pricing import quote_for

DEFAULT_PASSWORD = "Correct-Horse-42"


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda member: f"{member.username}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    address = "1 Example Street, London"
    postcode = "E1 6AN"
    user_type = Member.UserType.COLLECTOR
    password = factory.django.Password(DEFAULT_PASSWORD)


class ArtistFactory(MemberFactory):
    user_type = Member.UserType.ARTIST
    postcode = "M1 1AE"
    bio = "Paints the northern light."
    website = "https://artist.example.com"


class CollectorFactory(MemberFactory):
    user_type = Member.UserType.COLLECTOR

    gallery = factory.RelatedFactory(
        "tests.factories.GalleryFactory", factory_related_name="curator"
    )


class GalleryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gallery

    curator = factory.SubFactory(MemberFactory)


class ArtworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Artwork
        skip_postgeneration_save = True

    artist = factory.SubFactory(ArtistFactory)
    title = factory.Sequence(lambda n: f"Study no. {n}")
    description = "Oil on linen."
    year = 2023
    price = Decimal("250.00")
    quantity_for_sale = 1
    is_for_sale = True
    medium = Artwork.Medium.PAINTING
    material = "oil on linen"
    width = Decimal("40.00")
    depth = Decimal("2.00")
    height = Decimal("50.00")
    weight = Decimal("1.50")

    images = factory.RelatedFactoryList(
        "tests.factories.ArtworkImageFactory", factory_related_name="artwork", size=1
    )


class ArtworkImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArtworkImage

    artwork = factory.SubFactory(ArtworkFactory, images=[])
    image_url = factory.Sequence(
        lambda n: f"https://res.cloudinary.com/demo/image/upload/v1/artworks/{n}.jpg"
    )
    position = factory.Sequence(lambda n: n)


class GalleryArtworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GalleryArtwork

    gallery = factory.SubFactory(GalleryFactory)
    artwork = factory.SubFactory(ArtworkFactory)


class OrderFactory(factory.django.DjangoModelFactory):
    """A pending order priced by the server's own quote."""

    class Meta:
        model = Order

    buyer = factory.SubFactory(CollectorFactory)
    artwork = factory.SubFactory(ArtworkFactory)
    seller = factory.LazyAttribute(lambda order: order.artwork.artist)
    status = Order.Status.PENDING
    artwork_price = factory.LazyAttribute(
        lambda order: quote_for(artwork=order.artwork, buyer=order.buyer).artwork_price
    )
    shipping_cost = factory.LazyAttribute(
        lambda order: quote_for(artwork=order.artwork, buyer=order.buyer).shipping_cost
    )
    insurance = factory.LazyAttribute(
        lambda order: quote_for(artwork=order.artwork, buyer=order.buyer).insurance
    )
    price = factory.LazyAttribute(
        lambda order: order.artwork_price + order.shipping_cost + order.insurance
    )
    viewed_by_buyer = True
    viewed_by_seller = False
