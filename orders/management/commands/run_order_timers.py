import logging

from django.core.management.base import BaseCommand

from orders.services import orders_run_timers

logger = logging.getLogger(__name__)

DESCRIPTIONS = {
    "lapse_response": "unanswered requests cancelled",
    "lapse_payment": "unpaid orders cancelled",
    "auto_complete": "shipped orders completed",
    "sell_out": "orders of sold-out artworks cancelled",
    "withdraw": "orders of withdrawn artworks cancelled",
}


class Command(BaseCommand):
    help = (
        "Make every order move that is due by the clock: cancel requests the "
        "artist left unanswered and accepted orders left unpaid, complete "
        "shipped orders nobody confirmed. Idempotent and safe to run while "
        "another run is going; schedule it hourly or daily."
    )

    def handle(self, *args, **options):
        moved = orders_run_timers()
        logger.info(
            "Order timers ran lapse_response=%s lapse_payment=%s "
            "auto_complete=%s sell_out=%s withdraw=%s",
            moved["lapse_response"],
            moved["lapse_payment"],
            moved["auto_complete"],
            moved["sell_out"],
            moved["withdraw"],
        )
        for action, count in moved.items():
            self.stdout.write(f"{action}: {count} {DESCRIPTIONS[action]}")
