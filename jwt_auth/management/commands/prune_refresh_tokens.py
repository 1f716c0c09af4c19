import logging

from django.core.management.base import BaseCommand

from jwt_auth.services import refresh_tokens_prune

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Delete the records of expired refresh tokens (safe to run at any time)."

    def handle(self, *args, **options):
        deleted = refresh_tokens_prune()
        logger.info("Pruned expired refresh tokens count=%s", deleted)
        self.stdout.write(f"Deleted {deleted} expired refresh token records.")
