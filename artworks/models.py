from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

MAX_PRICE = Decimal("99999.99")
MAX_MEASURE = Decimal("9999.99")
positive_measure = [
    MinValueValidator(Decimal("0.01")),
    MaxValueValidator(MAX_MEASURE),
]


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
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="artworks"
    )
    title = models.CharField(max_length=100)
    description = models.CharField(max_length=300, blank=True)
    year = models.PositiveSmallIntegerField()
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


class ArtworkImage(models.Model):
    artwork = models.ForeignKey(
        Artwork, on_delete=models.CASCADE, related_name="images"
    )
    image_url = models.URLField(max_length=500)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.image_url
