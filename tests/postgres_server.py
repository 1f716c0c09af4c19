"""A private, throwaway PostgreSQL server for the test suite and the benchmark.

It is started from the PostgreSQL binaries installed on the machine (found on
PATH or under /usr/lib/postgresql/<version>/bin), listens on a free port of
127.0.0.1, keeps its data in a temporary folder and is removed when stopped.
PostgreSQL refuses to run as root, so under root the server runs as the
`postgres` system user through `runuser`.

Run a command against one:  python -m tests.postgres_server -- <command...>
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER_USER = "postgres"
SEARCH_PATTERNS = [
    "/usr/lib/postgresql/*/bin",
    "/usr/local/pgsql/bin",
    "/opt/homebrew/opt/postgresql@*/bin",
    "/Applications/Postgres.app/Contents/Versions/latest/bin",
]


class PostgresNotFound(RuntimeError):
    pass


def find_binaries() -> Path:
    """Return the folder holding initdb and pg_ctl, newest version first."""
    on_path = shutil.which("initdb"), shutil.which("pg_ctl")
    if all(on_path):
        return Path(os.path.realpath(on_path[0])).parent
    candidates = []
    for pattern in SEARCH_PATTERNS:
        candidates.extend(glob.glob(pattern))
    candidates.sort(key=_version_key, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise PostgresNotFound(
        "No PostgreSQL server binaries (initdb, pg_ctl) were found on PATH or under "
        "/usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: "
        "`apt-get install postgresql`; macOS: `brew install postgresql`), "
        "or set DATABASE_URL to a PostgreSQL database you can create databases on."
    )


def _version_key(folder: str) -> tuple[int, ...]:
    digits = [part for part in Path(folder).parts if part.isdigit()]
    return tuple(int(part) for part in digits) or (0,)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivatePostgres:
    """One throwaway server: start() returns its URL, stop() removes it."""

    def __init__(self) -> None:
        self.binaries = find_binaries()
        self.folder: Path | None = None
        self.port = 0
        self.as_other_user = os.geteuid() == 0

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    def _run(self, *command: str) -> None:
        argv = [str(self.binaries / command[0]), *command[1:]]
        if self.as_other_user:
            argv = ["runuser", "-u", SERVER_USER, "--", *argv]
        result = subprocess.run(argv, capture_output=True, text=True, cwd="/")
        if result.returncode != 0:
            raise RuntimeError(
                f"PostgreSQL command {command[0]} failed:\n{result.stdout}{result.stderr}"
            )

    def start(self) -> str:
        self.folder = Path(tempfile.mkdtemp(prefix="openstudio-postgres-"))
        if self.as_other_user:
            account = pwd.getpwnam(SERVER_USER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        self.port = _free_port()

        self._run(
            "initdb", "-D", str(self.data_dir), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-sync", "--locale=C",
        )  # fmt: skip
        # Durability is worthless for a database that is deleted afterwards.
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.data_dir), "-l", str(self.folder / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        return self.url

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            self._run(
                "pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop"
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1 :] if "--" in argv else argv
    if not command:
        print("usage: python -m tests.postgres_server -- <command...>", file=sys.stderr)
        return 2
    server = PrivatePostgres()
    url = server.start()
    try:
        return subprocess.call(command, env={**os.environ, "DATABASE_URL": url})
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
