"""A throwaway PostgreSQL server in a temporary folder, for the test suite and benchmarks.

It runs Debian's server binaries (``initdb``, ``pg_ctl``; package ``postgresql``) on a free
loopback port with its unix socket in the same folder, so nothing outside that folder is
touched and nothing listens beyond 127.0.0.1. PostgreSQL refuses to run as root: when this
process is root, the server runs as the ``postgres`` user (created by the Debian package)
through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

import psycopg
from psycopg import sql

from factwire.store.errors import StoreError

FAST = ("-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off")


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (PATH first, then Debian's layout)."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def unavailable() -> str | None:
    """Why a temporary server cannot start here, or None when it can."""
    if find_bin_dir() is None:
        return ("PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's "
                "'postgresql' package (apt-get install postgresql)")
    if os.geteuid() == 0 and not _user_exists("postgres"):
        return ("running as root and there is no 'postgres' user to run the server as: "
                "install Debian's 'postgresql' package, which creates it")
    return None


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TempPostgres:
    """``with TempPostgres() as pg: url = pg.create_database("t1")``.

    ``durable=False`` (the default, for tests) turns off fsync; benchmarks pass
    ``durable=True`` to measure PostgreSQL as it runs in production.
    """

    def __init__(self, *, durable: bool = False) -> None:
        self.durable = durable
        self.port = 0
        self.root: Path | None = None
        self._prefix: list[str] = []

    def start(self) -> TempPostgres:
        reason = unavailable()
        bin_dir = find_bin_dir()
        if reason or bin_dir is None:
            raise StoreError(f"cannot start a temporary PostgreSQL: {reason}",
                             reason="unreachable")
        self.root = Path(tempfile.mkdtemp(prefix="factwire-pg-"))
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._prefix = ["runuser", "-u", "postgres", "--"]
        self.port = free_port()
        data, log = self.root / "data", self.root / "server.log"
        self._run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = ["-p", str(self.port), "-k", str(self.root),
                   "-c", "listen_addresses=127.0.0.1", *(() if self.durable else FAST)]
        self._run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                  "-o", " ".join(options), "start")
        return self

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._prefix, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            self.stop()
            raise StoreError(f"temporary PostgreSQL: {Path(args[0]).name} failed: "
                             f"{(done.stderr or done.stdout).strip()[-800:]}", reason="unreachable")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def stop(self) -> None:
        if self.root is None:
            return
        bin_dir = find_bin_dir()
        data = self.root / "data"
        if bin_dir is not None and (data / "postmaster.pid").exists():
            subprocess.run([*self._prefix, str(bin_dir / "pg_ctl"), "-D", str(data),
                            "-m", "fast", "-w", "stop"], capture_output=True, check=False)
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
