"""SQLAlchemy models of the local store. Money is INTEGER minor units; other decimals TEXT."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String,
                        Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class DecimalText(TypeDecorator):
    """Decimal kept exactly as TEXT (SQLite's NUMERIC is a float)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Key/value facts about this store (its id, the audit mode...)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PartyRow(Base):
    __tablename__ = "party"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    role: Mapped[str] = mapped_column(String(16), default="customer")
    tax_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    country: Mapped[str] = mapped_column(String(2), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(500), default="")
    erp_id: Mapped[str | None] = mapped_column(String(64), default=None)
    erp_version: Mapped[str | None] = mapped_column(String(64), default=None)
    sync_state: Mapped[str] = mapped_column(String(16), default="local_only")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class InvoiceRow(Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    is_credit_note: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_note_of: Mapped[str] = mapped_column(String(36), default="")
    number: Mapped[str] = mapped_column(String(64), default="")
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    currency: Mapped[str] = mapped_column(String(3))
    payment_terms: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    external_ref: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # Totals are computed by the domain on every save and kept for lists, sorting and sums.
    net_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)
    gross_minor: Mapped[int] = mapped_column(Integer, default=0)
    paid_minor: Mapped[int] = mapped_column(Integer, default=0)
    outstanding_minor: Mapped[int] = mapped_column(Integer, default=0)
    sync_state: Mapped[str] = mapped_column(String(16), default="local_only")
    sync_message: Mapped[str] = mapped_column(Text, default="")
    erp_id: Mapped[str | None] = mapped_column(String(64), default=None)
    erp_version: Mapped[str | None] = mapped_column(String(64), default=None)
    erp_state: Mapped[str] = mapped_column(String(32), default="")
    base_snapshot: Mapped[str | None] = mapped_column(Text, default=None)  # JSON, as last agreed
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    party: Mapped[PartyRow] = relationship(lazy="joined")
    lines: Mapped[list[InvoiceLineRow]] = relationship(
        order_by="InvoiceLineRow.position", cascade="all, delete-orphan", lazy="selectin")
    payments: Mapped[list[PaymentRow]] = relationship(
        order_by="PaymentRow.date", cascade="all, delete-orphan", lazy="selectin")

    __table_args__ = (
        Index("ix_invoice_date_id", "issue_date", "id"),
        Index("ix_invoice_status_date", "status", "issue_date"),
        Index("ix_invoice_party_currency", "party_id", "currency", "status"),
        Index("ix_invoice_number", "number"),
        Index("ix_invoice_sync_state", "sync_state"),
        Index("ix_invoice_erp_id", "erp_id"),
    )


class InvoiceLineRow(Base):
    __tablename__ = "invoice_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(DecimalText(40))
    unit: Mapped[str] = mapped_column(String(32), default="")
    unit_price: Mapped[Decimal] = mapped_column(DecimalText(40))
    discount: Mapped[Decimal] = mapped_column(DecimalText(16), default=Decimal(0))
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText(16))
    net_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)


class PaymentRow(Base):
    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"),
                                            index=True)
    date: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(64), default="")
    reference: Mapped[str] = mapped_column(String(128), default="")
    erp_id: Mapped[str | None] = mapped_column(String(64), default=None)


class AttachmentRow(Base):
    """A file kept content-addressed beside the database (``<db>.files/ab/abcdef…``)."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"),
                                            index=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PartyBalanceRow(Base):
    """Maintained aggregate: what each party owes (or is owed) per currency."""

    __tablename__ = "party_balance"
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"),
                                          primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    receivable_minor: Mapped[int] = mapped_column(Integer, default=0)   # sales, less credit notes
    payable_minor: Mapped[int] = mapped_column(Integer, default=0)      # purchases
    open_count: Mapped[int] = mapped_column(Integer, default=0)


class InvoiceTotalsRow(Base):
    """Maintained by triggers (migration 0002): counts and sums for the status bar."""

    __tablename__ = "invoice_totals"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    sync_state: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    gross_minor: Mapped[int] = mapped_column(Integer)
    outstanding_minor: Mapped[int] = mapped_column(Integer)


class AuditEventRow(Base):
    """One link of the tamper-evident chain: mac = HMAC(key, prev_mac + canonical(event))."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ts: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    before: Mapped[str | None] = mapped_column(Text, default=None)
    after: Mapped[str | None] = mapped_column(Text, default=None)
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class OutboxRow(Base):
    """A local change waiting to reach the ERP, written in the same transaction as it."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_error: Mapped[str] = mapped_column(Text, default="")


class SyncCursorRow(Base):
    __tablename__ = "sync_cursor"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConflictRow(Base):
    """One field of one invoice changed differently here and in the ERP."""

    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"),
                                            index=True)
    field: Mapped[str] = mapped_column(String(128))
    base: Mapped[str | None] = mapped_column(Text)     # JSON values
    mine: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    theirs_version: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolution: Mapped[str | None] = mapped_column(Text, default=None)
    __table_args__ = (UniqueConstraint("invoice_id", "field", "resolved_at"),)


class SyncRunRow(Base):
    __tablename__ = "sync_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(32), default="running")
    report: Mapped[str] = mapped_column(Text, default="{}")
