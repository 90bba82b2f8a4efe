"""The tamper-evident audit trail: a chain of HMAC-SHA256 links.

mac_n = HMAC(key, mac_{n-1} || canonical(event_n)). The key lives in the OS keychain, so an
edited row and a recomputed chain both fail verification. Where no keychain exists the chain
is a plain SHA-256 chain (it detects edits, not a recomputed chain) and the store says so.
Appends happen inside the caller's write transaction (BEGIN IMMEDIATE), so two writer
threads can never fork the chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets as pysecrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import KnownError
from ..domain.i18n import QT_TRANSLATE_NOOP
from . import secrets
from .models import AuditEventRow, Meta

GENESIS = "0" * 64
MODE_HMAC = "hmac-sha256"
MODE_PLAIN = "sha256"


@dataclass(frozen=True, slots=True)
class ChainKey:
    mode: str
    key: bytes | None

    def mac(self, prev: str, payload: bytes) -> str:
        data = prev.encode() + payload
        if self.mode == MODE_HMAC:
            assert self.key is not None
            return hmac.new(self.key, data, hashlib.sha256).hexdigest()
        return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    mode: str
    events: int
    first_bad_id: int | None = None
    reason: str = ""          # QT_TRANSLATE_NOOP("Audit", …)
    warning: str = ""


def _meta(s: Session, key: str) -> str | None:
    row = s.get(Meta, key)
    return row.value if row else None


def _key_name(store_id: str) -> str:
    return f"audit-key:{store_id}"


def forget_key(store_id: str) -> None:
    """Delete the keychain key of a store whose file is gone for good (its chain cannot be
    checked any more, so the key has nothing left to protect)."""
    if store_id:
        secrets.delete_secret(_key_name(store_id))


def init_chain(s: Session, store_id: str) -> str:
    """Choose the chain mode of a new store: HMAC with a keychain key, else plain SHA-256."""
    mode = _meta(s, "audit_mode")
    if mode:
        return mode
    try:
        secrets.set_secret(_key_name(store_id), pysecrets.token_hex(32))
        mode = MODE_HMAC
    except secrets.KeychainUnavailable:
        mode = MODE_PLAIN
    s.add(Meta(key="audit_mode", value=mode))
    return mode


def load_key(s: Session, store_id: str) -> ChainKey:
    mode = _meta(s, "audit_mode") or MODE_PLAIN
    if mode == MODE_PLAIN:
        return ChainKey(MODE_PLAIN, None)
    hexkey = secrets.get_secret(_key_name(store_id))
    if not hexkey:
        raise KnownError(QT_TRANSLATE_NOOP(
            "Errors", "The audit key of this store is missing from the system keychain, so "
                      "changes cannot be signed; restore the keychain or ask an administrator."))
    return ChainKey(MODE_HMAC, bytes.fromhex(hexkey))


def canonical(ts: str, actor: str, action: str, entity: str, entity_uuid: str,
              before: str | None, after: str | None, seq: int) -> bytes:
    return json.dumps([seq, ts, actor, action, entity, entity_uuid, before, after],
                      ensure_ascii=False, separators=(",", ":")).encode()


def dumps(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


class AuditLog:
    """Appends events to the chain inside the caller's write session."""

    def __init__(self, key: ChainKey) -> None:
        self.key = key

    def append(self, s: Session, actor: str, action: str, entity: str, entity_uuid: str,
               before: Any = None, after: Any = None) -> AuditEventRow:
        last = s.execute(select(AuditEventRow.id, AuditEventRow.mac)
                         .order_by(AuditEventRow.id.desc()).limit(1)).first()
        seq = (last.id + 1) if last else 1
        prev = last.mac if last else GENESIS
        ts = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        b, a = dumps(before), dumps(after)
        mac = self.key.mac(prev, canonical(ts, actor, action, entity, entity_uuid, b, a, seq))
        row = AuditEventRow(id=seq, ts=ts, actor=actor, action=action, entity=entity,
                            entity_uuid=entity_uuid, before=b, after=a, prev_mac=prev, mac=mac)
        s.add(row)
        record_head(s, mac)
        s.flush()
        return row


def verify(s: Session, key: ChainKey) -> VerifyReport:
    """Walk the chain; report the first link that does not hold."""
    prev = GENESIS
    expected_id = 1
    count = 0
    warning = "" if key.mode == MODE_HMAC else QT_TRANSLATE_NOOP(
        "Audit", "No keychain key: this chain detects edited rows but not a chain recomputed "
                 "by someone with access to the file.")
    for row in s.execute(select(AuditEventRow).order_by(AuditEventRow.id)).scalars():
        count += 1
        if row.id != expected_id:
            return VerifyReport(False, key.mode, count, row.id, QT_TRANSLATE_NOOP(
                "Audit", "Events are missing before event {id}."), warning)
        if row.prev_mac != prev:
            return VerifyReport(False, key.mode, count, row.id, QT_TRANSLATE_NOOP(
                "Audit", "Event {id} does not follow the event before it."), warning)
        mac = key.mac(prev, canonical(row.ts, row.actor, row.action, row.entity,
                                      row.entity_uuid, row.before, row.after, row.id))
        if not hmac.compare_digest(mac, row.mac):
            return VerifyReport(False, key.mode, count, row.id, QT_TRANSLATE_NOOP(
                "Audit", "Event {id} was altered after it was written."), warning)
        prev = row.mac
        expected_id += 1
    head = _meta(s, "audit_head")
    if head is not None and head != prev:
        return VerifyReport(False, key.mode, count, expected_id, QT_TRANSLATE_NOOP(
            "Audit", "The newest events were removed (the chain ends before event {id})."),
            warning)
    return VerifyReport(True, key.mode, count, None, "", warning)


def record_head(s: Session, mac: str) -> None:
    """Remember the newest link, so removing events from the end is detected too."""
    row = s.get(Meta, "audit_head")
    if row is None:
        s.add(Meta(key="audit_head", value=mac))
    else:
        row.value = mac


class ChainWriter:
    """Fast appends for bulk work (import, demo data) inside ONE write transaction.

    Reads the last link once, then chains events in memory; ``flush`` inserts them with one
    executemany and moves the recorded head.
    """

    def __init__(self, s: Session, key: ChainKey) -> None:
        last = s.execute(select(AuditEventRow.id, AuditEventRow.mac)
                         .order_by(AuditEventRow.id.desc()).limit(1)).first()
        self.s = s
        self.key = key
        self.seq = last.id if last else 0
        self.prev = last.mac if last else GENESIS
        self.rows: list[dict] = []

    def add(self, actor: str, action: str, entity: str, entity_uuid: str, before: Any = None,
            after: Any = None) -> None:
        self.seq += 1
        ts = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        b, a = dumps(before), dumps(after)
        mac = self.key.mac(self.prev, canonical(ts, actor, action, entity, entity_uuid, b, a,
                                                self.seq))
        self.rows.append({"id": self.seq, "ts": ts, "actor": actor, "action": action,
                          "entity": entity, "entity_uuid": entity_uuid, "before": b, "after": a,
                          "prev_mac": self.prev, "mac": mac})
        self.prev = mac

    def flush(self) -> None:
        if self.rows:
            self.s.execute(AuditEventRow.__table__.insert(), self.rows)
            self.rows = []
            record_head(self.s, self.prev)
