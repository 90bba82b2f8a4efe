"""Maintained list totals (by kind, status, currency, sync state) and a one-character-per-token
index for 1–2 character Chinese searches.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

KEY = "kind, status, currency, sync_state"


def _bump(sign: str, ref: str) -> str:
    return (f"INSERT INTO invoice_totals (kind, status, currency, sync_state, n, gross_minor, "
            f"outstanding_minor) VALUES ({ref}.kind, {ref}.status, {ref}.currency, "
            f"{ref}.sync_state, {sign}1, {sign}{ref}.gross_minor, {sign}{ref}.outstanding_minor) "
            f"ON CONFLICT ({KEY}) DO UPDATE SET n = n + excluded.n, "
            f"gross_minor = gross_minor + excluded.gross_minor, "
            f"outstanding_minor = outstanding_minor + excluded.outstanding_minor;")


def upgrade() -> None:
    op.create_table(
        "invoice_totals",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("gross_minor", sa.Integer(), nullable=False),
        sa.Column("outstanding_minor", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "status", "currency", "sync_state",
                                name=op.f("pk_invoice_totals")),
    )
    op.execute(f"INSERT INTO invoice_totals SELECT {KEY}, count(*), sum(gross_minor), "
               f"sum(outstanding_minor) FROM invoice GROUP BY {KEY}")
    op.execute(f"CREATE TRIGGER invoice_totals_ai AFTER INSERT ON invoice BEGIN "
               f"{_bump('', 'NEW')} END")
    op.execute(f"CREATE TRIGGER invoice_totals_ad AFTER DELETE ON invoice BEGIN "
               f"{_bump('-', 'OLD')} END")
    op.execute(f"CREATE TRIGGER invoice_totals_au AFTER UPDATE OF kind, status, currency, "
               f"sync_state, gross_minor, outstanding_minor ON invoice BEGIN "
               f"{_bump('-', 'OLD')} {_bump('', 'NEW')} END")
    # Chinese characters one token each: a 1–2 character query becomes a phrase query.
    op.execute("CREATE VIRTUAL TABLE invoice_fts_cjk USING fts5(body, tokenize='unicode61')")
    op.execute("INSERT INTO invoice_fts_cjk (rowid, body) SELECT rowid, "
               "cjk_spaced(number || ' ' || party || ' ' || notes || ' ' || lines) "
               "FROM invoice_fts")


def downgrade() -> None:
    op.execute("DROP TABLE invoice_fts_cjk")
    for t in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER invoice_totals_{t}")
    op.drop_table("invoice_totals")
