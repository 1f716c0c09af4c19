from django.conf import settings
from django.db import models
from django.db.models import F, Q


class Order(models.Model):
    """A collector's request to buy one unit of an artwork, and its progress."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        READY_TO_SHIP = "ready to ship", "Ready to ship"
        SHIPPED = "shipped", "Shipped"
        COMPLETED = "completed", "Completed"
        CANCELLED = "cancelled", "Cancelled"

    class CancelReason(models.TextChoices):
        SELLER_REJECTED = "seller_rejected", "Rejected by the seller"
        BUYER_CANCELLED = "buyer_cancelled", "Cancelled by the buyer"
        SELLER_LAPSED = "seller_lapsed", "The seller did not answer in time"
        PAYMENT_LAPSED = "payment_lapsed", "The buyer did not pay in time"
        SOLD_OUT = "sold_out", "The artwork sold out"
        ARTWORK_WITHDRAWN = "artwork_withdrawn", "The artist withdrew the artwork"
        STAFF_CANCELLED = "staff_cancelled", "Cancelled by staff"

    OPEN_STATUSES = (Status.PENDING, Status.ACCEPTED)

    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="purchases"
    )
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="sales"
    )
    artwork = models.ForeignKey(
        "artworks.Artwork", on_delete=models.PROTECT, related_name="orders"
    )
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING
    )
    # Prices are copied from the quote when the order is made, so that later
    # changes to the artwork never change what the buyer agreed to pay.
    artwork_price = models.DecimalField(max_digits=7, decimal_places=2)
    shipping_cost = models.DecimalField(max_digits=12, decimal_places=2)
    insurance = models.DecimalField(max_digits=9, decimal_places=2)
    price = models.DecimalField(max_digits=12, decimal_places=2)
    viewed_by_buyer = models.BooleanField(default=True)
    viewed_by_seller = models.BooleanField(default=False)
    cancel_reason = models.CharField(
        max_length=20, choices=CancelReason.choices, blank=True
    )
    carrier = models.CharField(max_length=100, blank=True)
    tracking_number = models.CharField(max_length=100, blank=True)
    payment_reference = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["buyer", "-created_at"], name="order_buyer_created"),
            models.Index(fields=["seller", "-created_at"], name="order_seller_created"),
            models.Index(fields=["artwork", "status"], name="order_artwork_status"),
            models.Index(
                fields=["buyer"],
                condition=Q(viewed_by_buyer=False),
                name="order_unviewed_by_buyer",
            ),
            models.Index(
                fields=["seller"],
                condition=Q(viewed_by_seller=False),
                name="order_unviewed_by_seller",
            ),
            # The timers look for orders that waited too long in one status.
            models.Index(
                fields=["created_at"],
                condition=Q(status="pending"),
                name="order_pending_since",
            ),
            models.Index(
                fields=["accepted_at"],
                condition=Q(status="accepted"),
                name="order_accepted_since",
            ),
            models.Index(
                fields=["shipped_at"],
                condition=Q(status="shipped"),
                name="order_shipped_since",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "pending",
                        "accepted",
                        "ready to ship",
                        "shipped",
                        "completed",
                        "cancelled",
                    ]
                ),
                name="order_status_known",
            ),
            models.CheckConstraint(
                condition=Q(
                    price=F("artwork_price") + F("shipping_cost") + F("insurance")
                ),
                name="order_price_is_sum",
            ),
            models.CheckConstraint(
                condition=(
                    Q(status="cancelled", cancelled_at__isnull=False)
                    & ~Q(cancel_reason="")
                )
                | (~Q(status="cancelled") & Q(cancel_reason="")),
                name="order_cancel_reason_iff_cancelled",
            ),
            # One open request per collector and artwork: a double click on
            # "buy" must not ask the artist twice.
            models.UniqueConstraint(
                fields=["buyer", "artwork"],
                condition=Q(status__in=["pending", "accepted"]),
                name="order_one_open_per_buyer_artwork",
            ),
        ]

    def __str__(self):
        return f"Order {self.pk} ({self.status})"


class OrderEvent(models.Model):
    """One move of an order from a status to another; the order's history."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20)
    # Null for moves made by the system (timers, sold-out cancellations).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="order_events",
    )
    reason = models.CharField(max_length=20, blank=True)
    # Free text a member of staff gave when acting from the admin.
    note = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.from_status or 'new'} -> {self.to_status}"
