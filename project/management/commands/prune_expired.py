import logging

from django.core.management.base import BaseCommand

from jwt_auth.services import refresh_tokens_prune
from project.idempotency import idempotency_keys_prune

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Delete expired refresh-token records and stored idempotent answers "
        "(safe to run at any time; schedule it daily)."
    )

    def handle(self, *args, **options):
        tokens = refresh_tokens_prune()
        answers = idempotency_keys_prune()
        logger.info("Pruned expired rows tokens=%s answers=%s", tokens, answers)
        self.stdout.write(
            f"Deleted {tokens} refresh token records and {answers} idempotent answers."
        )
