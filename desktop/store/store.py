"""Opening a store: the database file, its migrations, its identity and its audit key."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from ..domain.errors import StoreError
from ..domain.i18n import QT_TRANSLATE_NOOP
from . import audit, migrate
from .db import Database
from .models import Meta

log = logging.getLogger(__name__)


class Store:
    """One profile's local store. Safe to share between threads (not its sessions).

    Opening creates the file if needed, applies migrations (atomically, after a backup),
    and sets up the audit chain. A read-only store can be read, never written.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Errors", "The folder {path} cannot be created ({reason})."),
                    path=str(self.path.parent), reason=exc.strerror or str(exc)) from exc
        elif not self.path.exists():
            raise StoreError(QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
                             path=str(self.path))
        self.db = Database(self.path, read_only=read_only)
        self.db.check_is_database()
        if read_only:
            rev = migrate.current_revision(self.db)
            if rev != migrate.HEAD_REVISION:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Errors", "{path} is read-only and was made by another version of Invoice "
                              "Desk; open a writable copy so it can be upgraded."),
                    path=str(self.path))
        else:
            self.db.set_wal()
            migrate.upgrade(self.db)
            self._init_identity()
        with self.db.read() as s:
            row = s.get(Meta, "store_id")
            self.store_id = row.value if row else ""
        self._chain_key: audit.ChainKey | None = None

    def _init_identity(self) -> None:
        with self.db.write() as s:
            row = s.get(Meta, "store_id")
            if row is None:
                row = Meta(key="store_id", value=str(uuid.uuid4()))
                s.add(row)
                s.flush()
            audit.init_chain(s, row.value)

    def chain_key(self) -> audit.ChainKey:
        if self._chain_key is None:
            with self.db.read() as s:
                self._chain_key = audit.load_key(s, self.store_id)
        return self._chain_key

    def audit_log(self) -> audit.AuditLog:
        return audit.AuditLog(self.chain_key())

    def verify_audit(self) -> audit.VerifyReport:
        key = self.chain_key()
        with self.db.read() as s:
            return audit.verify(s, key)

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
