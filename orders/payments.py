"""Taking payment for an order, behind a small interface.

The provider is named by the ORDER_PAYMENT_PROVIDER setting. Card details
pass through these classes on their way to the provider and nowhere else:
they are never saved, logged or put in an error message.
"""

import logging
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils.module_loading import import_string

from project.errors import ApplicationError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Card:
    # repr=False keeps the numbers out of tracebacks and debug output.
    number: str = field(repr=False)
    expiry: str = field(repr=False)
    cvv: str = field(repr=False)


class PaymentDeclined(ApplicationError):
    status_code = 402
    code = "payment_declined"
    default_detail = "The payment was declined; no money was taken."


class PaymentProvider:
    """Charge a card; return the provider's reference or raise PaymentDeclined."""

    def charge(self, *, amount: Decimal, card: Card, reference: str) -> str:
        raise NotImplementedError


class DemoPaymentProvider(PaymentProvider):
    """Accept any card-shaped input and take no money: for demonstrations."""

    def charge(self, *, amount: Decimal, card: Card, reference: str) -> str:
        payment_reference = f"demo_{uuid.uuid4().hex}"
        logger.info(
            "Demo payment accepted reference=%s payment=%s amount=%s",
            reference,
            payment_reference,
            amount,
        )
        return payment_reference


def payment_provider() -> PaymentProvider:
    """Return the provider named by the ORDER_PAYMENT_PROVIDER setting."""
    return import_string(settings.ORDER_PAYMENT_PROVIDER)()
