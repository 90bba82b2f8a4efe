"""Migrations: atomic, backed up, schema equal to the models; bad files left untouched."""

import hashlib
import shutil
import sqlite3
import textwrap
from datetime import date
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.domain.errors import StoreError
from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine
from desktop.domain.workflow import Role
from desktop.store import migrate
from desktop.store.db import Database
from desktop.store.invoice_service import InvoiceService, load_invoice
from desktop.store.models import Base
from desktop.store.store import Store


def _dump(path):
    con = sqlite3.connect(path)
    out = list(con.iterdump())
    con.close()
    return out


def test_new_store_schema_matches_the_models(store):
    with store.db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": lambda name, type_, parents:
                                                     not (name or "").startswith("invoice_fts")})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    assert migrate.current_revision(store.db) == migrate.head_revision()
    assert migrate.HEAD_REVISION == migrate.head_revision()  # the fast start-up check


def test_pragmas(store):
    with store.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


FAILING = '''
"""A migration that fails halfway (test only)."""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE party SET name = 'CHANGED'")
    op.execute("INSERT INTO no_such_table VALUES (1)")


def downgrade():
    pass
'''


def test_failing_migration_leaves_the_file_unchanged(tmp_path):
    st = Store(tmp_path / "s.sqlite")
    InvoiceService(st, "a", Role.CLERK).create_invoice(
        Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 1, 1),
                lines=[InvoiceLine("x", Decimal(1), Decimal(1))]), PartyRef(name="Keep Me"))
    st.close()
    before = _dump(tmp_path / "s.sqlite")
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fail.py").write_text(
        textwrap.dedent(FAILING.format(head=migrate.head_revision())))
    db = Database(tmp_path / "s.sqlite")
    with pytest.raises(Exception):
        migrate.upgrade(db, script_location=scripts)
    db.dispose()
    assert _dump(tmp_path / "s.sqlite") == before
    backups = list(tmp_path.glob("s.backup-*.sqlite"))
    assert len(backups) == 1 and _dump(backups[0]) == before


def _revisions():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("revision", _revisions())
def test_database_of_each_revision_with_data_migrates_to_head(tmp_path, revision):
    """Make a store at ``revision``, put data in it with plain SQL of that revision's shape,
    then open it with this version: the data is still there and the audit chain holds."""
    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrate.upgrade(db, target=revision)
    db.dispose()
    con = sqlite3.connect(path)
    con.executescript(SEED_SQL[revision])
    con.commit()
    con.close()
    st = Store(path)
    assert migrate.current_revision(st.db) == migrate.head_revision()
    inv, _ = load_invoice(st, "OLD-1")
    assert inv.party_name == "旧客户" and inv.lines[0].description == "old line"
    from desktop.store import search
    with st.db.read() as s:
        assert search.stats(s, search.InvoiceQuery()).count == 1   # totals back-filled (0002)
        assert search.count(s, search.InvoiceQuery(kind="sale", statuses=("draft",))) == 1
    with st.db.write() as s:
        search.rebuild_all(s)
    with st.db.read() as s:
        assert [r.number for r in search.list_invoices(s, search.InvoiceQuery(text="客户"))] == [
            "OLD-1"]
    st.close()


# Data as each revision stored it (add one entry per new revision).
SEED_SQL = {
    "0001": """
    INSERT INTO party (id, uuid, name, role, tax_id, country, address, contact, sync_state,
                       created_at, updated_at)
      VALUES (1, 'p-1', '旧客户', 'customer', '', 'CN', '', '', 'local_only',
              '2026-01-01 00:00:00', '2026-01-01 00:00:00');
    INSERT INTO invoice (id, uuid, kind, is_credit_note, credit_note_of, number, party_id,
        issue_date, currency, payment_terms, notes, external_ref, status, net_minor, tax_minor,
        gross_minor, paid_minor, outstanding_minor, sync_state, sync_message, erp_state,
        created_at, updated_at)
      VALUES (1, 'i-1', 'sale', 0, '', 'OLD-1', 1, '2026-01-02', 'CNY', '', '', '', 'draft',
              100, 13, 113, 0, 113, 'local_only', '', '', '2026-01-02 00:00:00',
              '2026-01-02 00:00:00');
    INSERT INTO invoice_line (id, uuid, invoice_id, position, description, quantity, unit,
        unit_price, discount, tax_rate, net_minor, tax_minor)
      VALUES (1, 'l-1', 1, 0, 'old line', '1', '', '1.00', '0', '13', 100, 13);
    """,
}
SEED_SQL["0002"] = SEED_SQL["0001"]  # 0002 added tables, no change to these


def test_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is my shopping list, not a database.\n" * 100)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as exc:
        Store(path)
    assert "not an Invoice Desk database" in exc.value.text()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not list(tmp_path.glob("notes.sqlite-*"))


def test_read_only_store_reads_but_refuses_writes(tmp_path, service, store):
    service.create_invoice(Invoice(kind=InvoiceKind.SALE, party_uuid="", number="R-1",
                                   issue_date=date(2026, 1, 1),
                                   lines=[InvoiceLine("x", Decimal(1), Decimal(1))]),
                           PartyRef(name="A"))
    store.close()
    con = sqlite3.connect(store.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _dump(store.path)
    ro = Store(store.path, read_only=True)
    assert load_invoice(ro, "R-1")[0].number == "R-1"
    with pytest.raises(StoreError) as exc:
        InvoiceService(ro, "a", Role.CLERK).create_invoice(
            Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 1, 1),
                    lines=[InvoiceLine("x", Decimal(1), Decimal(1))]), PartyRef(name="B"))
    assert "read-only" in exc.value.text()
    ro.close()
    assert _dump(store.path) == before


def test_missing_folder_is_created_and_missing_read_only_file_is_an_error(tmp_path):
    st = Store(tmp_path / "a" / "b" / "s.sqlite")
    st.close()
    with pytest.raises(StoreError):
        Store(tmp_path / "nope.sqlite", read_only=True)
