from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from artworks.images import validate_image_url

MAX_PRICE = Decimal("99999.99")
MAX_MEASURE = Decimal("9999.99")
positive_measure = [
    MinValueValidator(Decimal("0.01")),
    MaxValueValidator(MAX_MEASURE),
]


def validate_year_not_in_future(year: int) -> None:
    """Refuse a year after the current one."""
    if year > timezone.now().year:
        raise ValidationError(
            "The year cannot be in the future.", code="year_in_future"
        )


class Artwork(models.Model):
    """A work an artist offers; archived instead of deleted once ordered."""

    class Medium(models.TextChoices):
        PAINTING = "painting", "Painting"
        SCULPTURE = "sculpture", "Sculpture"
        DIGITAL_ART = "digital_art", "Digital art"
        PHOTOGRAPHY = "photography", "Photography"
        MIXED_MEDIA = "mixed_media", "Mixed media"
        PRINTMAKING = "printmaking", "Printmaking"
        CERAMICS = "ceramics", "Ceramics"
        TEXTILE = "textile", "Textile"

    artist = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="artworks",
        limit_choices_to={"user_type": "artist"},
    )
    title = models.CharField(max_length=100)
    description = models.CharField(max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), validate_year_not_in_future]
    )
    price = models.DecimalField(
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(MAX_PRICE)],
    )
    quantity_for_sale = models.PositiveIntegerField(default=1)
    is_for_sale = models.BooleanField(default=True)
    medium = models.CharField(max_length=20, choices=Medium.choices)
    material = models.CharField(max_length=50, blank=True)
    width = models.DecimalField(
        max_digits=6, decimal_places=2, validators=positive_measure
    )
    depth = models.DecimalField(
        max_digits=6, decimal_places=2, validators=positive_measure
    )
    height = models.DecimalField(
        max_digits=6, decimal_places=2, validators=positive_measure
    )
    weight = models.DecimalField(
        max_digits=6, decimal_places=2, validators=positive_measure
    )
    is_archived = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        # The marketplace only ever shows artworks that are not archived, so
        # its sort orders are partial indexes over those rows. Search uses
        # trigram indexes, created on PostgreSQL only by migration 0002.
        indexes = [
            models.Index(
                fields=["-created_at", "-id"],
                condition=Q(is_archived=False),
                name="artwork_public_newest",
            ),
            models.Index(
                fields=["price", "id"],
                condition=Q(is_archived=False),
                name="artwork_public_price",
            ),
            models.Index(
                fields=["year", "id"],
                condition=Q(is_archived=False),
                name="artwork_public_year",
            ),
            models.Index(
                fields=["title", "id"],
                condition=Q(is_archived=False),
                name="artwork_public_title",
            ),
            models.Index(
                fields=["medium", "-created_at"],
                condition=Q(is_archived=False),
                name="artwork_public_medium",
            ),
            models.Index(
                fields=["artist", "-created_at"],
                condition=Q(is_archived=False, is_for_sale=True),
                name="artwork_artist_for_sale",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(price__gt=0), name="artwork_price_positive"
            ),
            models.CheckConstraint(
                condition=Q(width__gt=0, depth__gt=0, height__gt=0, weight__gt=0),
                name="artwork_measures_positive",
            ),
            models.CheckConstraint(
                condition=Q(is_for_sale=False) | Q(quantity_for_sale__gt=0),
                name="artwork_for_sale_needs_stock",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        # Nothing is for sale once the last unit is gone, whatever the form said.
        if self.quantity_for_sale == 0:
            self.is_for_sale = False


class ArtworkImage(models.Model):
    artwork = models.ForeignKey(
        Artwork, on_delete=models.CASCADE, related_name="images"
    )
    image_url = models.URLField(max_length=500, validators=[validate_image_url])
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        indexes = [
            models.Index(fields=["artwork", "position"], name="artwork_image_order"),
            models.Index(fields=["image_url"], name="artwork_image_url"),
        ]

    def __str__(self):
        return self.image_url
