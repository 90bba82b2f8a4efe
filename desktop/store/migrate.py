"""Apply the shipped Alembic migrations at start-up: atomically, after a backup copy.

Alembic is imported only when the file is not at ``HEAD_REVISION`` (saves ~0.35 s of
start-up on every launch); a test keeps the constant equal to the scripts' head.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from .db import Database, backup_copy

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD_REVISION = "0002"  # update with every new revision (tests/unit/store/test_migrations.py)


def alembic_config(script_location: Path | None = None):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return cfg


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(db: Database) -> str | None:
    """The revision recorded in the file (None for a new, empty file)."""
    with db.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise


def upgrade(db: Database, script_location: Path | None = None,
            target: str = "head") -> Path | None:
    """Bring ``db`` to ``target``. Returns the backup made first, if any.

    The whole upgrade is one transaction (BEGIN IMMEDIATE): if any step fails, the file is
    as it was. A file that already holds data is copied first (sqlite3 backup API).
    """
    db.check_is_database()
    current = current_revision(db)
    if script_location is None and target in ("head", HEAD_REVISION) and current == HEAD_REVISION:
        return None
    from alembic import command
    cfg = alembic_config(script_location)
    head = head_revision(script_location) if target == "head" else target
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
