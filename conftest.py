"""Point the test suite at PostgreSQL before anything loads Django.

With DATABASE_URL set, the tests use that server. Otherwise a private
throwaway server is started for the run and removed at the end. This runs
when pytest imports this file, before the test packages' conftests import
models, so that Django is configured once, with the right database.
"""

import os

import django
import pytest

from tests.postgres_server import PrivatePostgres

_private_server: PrivatePostgres | None = None


def _configure_django() -> None:
    global _private_server
    if not os.environ.get("DATABASE_URL"):
        _private_server = PrivatePostgres()
        os.environ["DATABASE_URL"] = _private_server.start()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")

    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        raise pytest.UsageError(
            f"The tests need PostgreSQL, but DATABASE_URL points to {engine}."
        )
    django.setup()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _private_server is not None:
        _private_server.stop()


_configure_django()
