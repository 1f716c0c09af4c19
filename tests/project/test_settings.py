import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "ENVIRONMENT": "PROD",
    "SECRET_KEY": "a-production-secret-key-of-sufficient-length-and-randomness-9f8e7d6c",
    "DATABASE_URL": "postgres://user:password@db.example.com:5432/openstudio",
    "ALLOWED_HOSTS": "openstudio.example.com",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "project.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_are_secure():
    script = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE,"
        " s.SECURE_PROXY_SSL_HEADER, s.ALLOWED_HOSTS, s.CORS_ALLOWED_ORIGIN_REGEXES)"
    )

    result = manage("shell", "-c", script, env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "False True True ('HTTP_X_FORWARDED_PROTO', 'https') "
        "['openstudio.example.com'] []"
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL"])
def test_production_refuses_to_start_without_a_required_setting(missing):
    env = {**PRODUCTION_ENV, missing: ""}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert f"{missing} must be set when ENVIRONMENT=PROD" in result.stderr


def test_development_needs_no_configuration_at_all():
    result = manage("check", env={"ENVIRONMENT": "DEV"})

    assert result.returncode == 0, result.stderr


def test_the_development_sqlite_file_lets_reads_go_on_during_a_write(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'dev.sqlite3'}"
    script = (
        "from django.db import connection;"
        "cursor = connection.cursor();"
        "print(cursor.execute('PRAGMA journal_mode').fetchone()[0],"
        " connection.transaction_mode)"
    )

    result = manage("shell", "-c", script, env={"DATABASE_URL": database_url})

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "wal IMMEDIATE"
