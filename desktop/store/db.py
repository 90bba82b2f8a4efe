"""Engine, pragmas, migrations on open, and sessions per unit of work.

Transactions are explicit: pysqlite's own transaction handling is switched off and every
unit of work issues BEGIN (reads) or BEGIN IMMEDIATE (writes), so DDL in migrations is
atomic and two writer threads can never interleave the audit chain.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import StoreError
from ..domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
               (0xF900, 0xFAFF), (0x20000, 0x2FA1F))


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(lo <= o <= hi for lo, hi in _CJK_RANGES)


def cjk_spaced(text: str | None) -> str:
    """Put spaces around every CJK character, so the unicode61 tokenizer sees one per token."""
    if not text:
        return ""
    return "".join(f" {ch} " if is_cjk(ch) else ch for ch in text)


def _on_connect(dbapi_conn, _record, *, read_only: bool = False) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    dbapi_conn.create_function("cjk_spaced", 1, cjk_spaced, deterministic=True)
    cur = dbapi_conn.cursor()
    if not read_only:
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA cache_size = -32768")  # 32 MiB
    cur.close()


def _on_begin(conn) -> None:
    if conn.get_execution_options().get("sqlite_immediate"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _translate_error(exc: Exception, path: Path) -> StoreError:
    msg = str(exc).lower()
    if "not a database" in msg or "malformed" in msg:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not an Invoice Desk database (or it is damaged); it was left "
            "untouched. Choose another file or data directory."), path=str(path))
    if "readonly" in msg or "read-only" in msg:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is read-only, so nothing can be saved; nothing was changed. Copy it "
            "to a writable folder or ask for write permission."), path=str(path))
    if "locked" in msg or "busy" in msg:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is busy in another program; try again in a moment."), path=str(path))
    if "unable to open" in msg or "disk i/o" in msg or "full" in msg:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "{path} cannot be opened or written ({reason}); check the disk and the "
            "folder's permissions."), path=str(path), reason=str(exc.args[0] if exc.args else exc))
    return StoreError(QT_TRANSLATE_NOOP("Errors", "The database {path} failed: {reason}."),
                      path=str(path), reason=str(exc))


class Database:
    """One SQLite file. Thread-safe: each thread opens its own sessions from it.

    ``read()`` and ``write()`` are context managers giving a Session for one unit of work;
    ``write()`` holds the write lock (BEGIN IMMEDIATE) for its whole length, so keep it short.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            url = f"sqlite:///file:{self.path}?mode=ro&uri=true"
        else:
            url = f"sqlite:///{self.path}"
        self.engine: Engine = create_engine(url, connect_args={"check_same_thread": False},
                                            pool_pre_ping=False)
        event.listen(self.engine, "connect",
                     lambda c, r: _on_connect(c, r, read_only=read_only))
        event.listen(self.engine, "begin", _on_begin)
        self._writer = self.engine.execution_options(sqlite_immediate=True)
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(self._writer, expire_on_commit=False)

    # --- sessions -------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read_factory() as s:
                with s.begin():
                    yield s
        except (OperationalError, DatabaseError) as exc:
            raise _translate_error(exc, self.path) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        if self.read_only:
            raise _translate_error(OperationalError("", {}, Exception("readonly")), self.path)
        try:
            with self._write_factory() as s:
                with s.begin():
                    yield s
        except (OperationalError, DatabaseError) as exc:
            raise _translate_error(exc, self.path) from exc

    def raw_connection(self):
        """A stdlib-level connection for benchmarks and maintenance."""
        return self.engine.raw_connection()

    def dispose(self) -> None:
        self.engine.dispose()

    # --- opening ----------------------------------------------------------------------
    def check_is_database(self) -> None:
        """Raise StoreError if the file exists but is not SQLite (without modifying it)."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with open(self.path, "rb") as fh:
            head = fh.read(16)
        if head != b"SQLite format 3\x00":
            raise _translate_error(DatabaseError("", {}, Exception("file is not a database")),
                                   self.path)

    def set_wal(self) -> None:
        """Open a first connection (which switches the file to WAL), translating errors."""
        if self.read_only:
            return
        try:
            with self.engine.connect():
                pass
        except (OperationalError, DatabaseError) as exc:
            raise _translate_error(exc, self.path) from exc


def backup_copy(path: Path, label: str) -> Path:
    """Copy the database with the sqlite3 backup API (consistent even with a WAL)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _prune_backups(path)
    log.info("backed up %s to %s", path.name, target.name)
    return target


def _prune_backups(path: Path, keep: int = 5) -> None:
    backups = sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"))
    for old in backups[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()


def copy_file(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)


def ping(db: Database) -> None:
    with db.read() as s:
        s.execute(text("SELECT 1"))
