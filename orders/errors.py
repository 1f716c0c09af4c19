"""Why an order move is refused: each error with its stable code."""

from project.errors import ApplicationError, Conflict


class InvalidTransition(Conflict):
    code = "invalid_transition"


class NoStockAvailable(Conflict):
    code = "no_stock_available"
    default_detail = (
        "Every unit of this artwork is already held by an accepted order, "
        "so this one cannot be accepted."
    )


class ArtworkUnavailable(ApplicationError):
    code = "artwork_unavailable"
    default_detail = "This artwork is not for sale, or none is left."


class PriceChanged(Conflict):
    code = "price_changed"
    default_detail = (
        "The price has changed since it was shown: check the new quote and order again."
    )


class OrderAlreadyOpen(Conflict):
    code = "order_already_open"
    default_detail = "You already have an open order for this artwork."


class SoldOut(Conflict):
    code = "sold_out"
    default_detail = (
        "The artwork sold out before your payment: no money was taken and the "
        "order is cancelled."
    )


class ArtworkWithdrawn(Conflict):
    code = "artwork_withdrawn"
    default_detail = (
        "The artist withdrew this artwork from sale, so this order can no "
        "longer go ahead."
    )


class OrderBusy(Conflict):
    code = "order_busy"
    default_detail = "This order is being changed by another request; try again."
