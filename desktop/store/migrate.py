"""Apply the shipped Alembic migrations at start-up: atomically, after a backup copy."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .db import Database, backup_copy

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return cfg


def head_revision(script_location: Path | None = None) -> str:
    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, script_location: Path | None = None,
            target: str = "head") -> Path | None:
    """Bring ``db`` to ``target``. Returns the backup made first, if any.

    The whole upgrade is one transaction (BEGIN IMMEDIATE): if any step fails, the file is
    as it was. A file that already holds data is copied first (sqlite3 backup API).
    """
    db.check_is_database()
    cfg = alembic_config(script_location)
    head = ScriptDirectory.from_config(cfg).get_current_head() if target == "head" else target
    current = current_revision(db)
    if current == head:
        return None
    backup = None
    if current is not None and db.path.exists() and db.path.stat().st_size > 0:
        backup = backup_copy(db.path, current)
    with db._writer.connect() as conn:  # noqa: SLF001 - the writer engine issues BEGIN IMMEDIATE
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    log.info("migrated %s from %s to %s", db.path.name, current, head)
    return backup
