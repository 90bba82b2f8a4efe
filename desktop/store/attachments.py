"""Attachments: files kept content-addressed beside the database (``attachments/ab/abcd…``).

The row, the audit event and the outbox entry are written in one transaction; the file is
copied first (an orphan file is harmless and deduplicated; a row without its file is not).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..domain.errors import BadInput, NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import new_uuid
from . import invoice_repo, outbox
from .models import AttachmentRow, InvoiceRow
from .store import Store

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Attachment:
    uuid: str
    filename: str
    size: int
    mime: str
    sha256: str
    path: Path


def attachment_dir(store: Store) -> Path:
    return store.path.parent / "attachments"


def _blob_path(store: Store, sha: str) -> Path:
    return attachment_dir(store) / sha[:2] / sha


def _copy_in(store: Store, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the content store; returns (sha256, size)."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}."),
                       file=str(source), reason=exc.strerror or str(exc)) from exc
    if size > MAX_BYTES:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "{file} is larger than {mb} MB; attach a "
                                                   "smaller file."), file=source.name, mb=50)
    target_dir = attachment_dir(store)
    target_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=target_dir, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = _blob_path(store, sha)
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            os.unlink(tmp)
        else:
            os.replace(tmp, final)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}."),
                       file=str(source), reason=exc.strerror or str(exc)) from exc
    return sha, size


def add(store: Store, actor: str, invoice_uuid: str, source: Path) -> Attachment:
    source = Path(source)
    sha, size = _copy_in(store, source)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    with store.db.write() as s:
        inv = invoice_repo.get(s, invoice_uuid)
        row = AttachmentRow(uuid=new_uuid(), invoice_id=inv.id, filename=source.name,
                            sha256=sha, size=size, mime=mime)
        s.add(row)
        s.flush()
        store.audit_log().append(s, actor, "attach", "invoice", inv.uuid, None,
                                 {"attachment": row.uuid, "file": source.name, "sha256": sha})
        outbox.enqueue(s, "attachment", row.uuid, "attach", {"invoice": inv.uuid})
        return Attachment(row.uuid, row.filename, size, mime, sha, _blob_path(store, sha))


def list_for(store: Store, invoice_uuid: str) -> list[Attachment]:
    with store.db.read() as s:
        inv = invoice_repo.get(s, invoice_uuid)
        rows = s.execute(select(AttachmentRow).where(AttachmentRow.invoice_id == inv.id)
                         .order_by(AttachmentRow.id)).scalars()
        return [Attachment(r.uuid, r.filename, r.size, r.mime, r.sha256,
                           _blob_path(store, r.sha256)) for r in rows]


def remove(store: Store, actor: str, attachment_uuid: str) -> None:
    with store.db.write() as s:
        row = s.execute(select(AttachmentRow).where(AttachmentRow.uuid == attachment_uuid)
                        ).scalar_one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no attachment {uuid}."),
                           uuid=attachment_uuid)
        inv_uuid = s.get(InvoiceRow, row.invoice_id).uuid
        sha = row.sha256
        s.delete(row)
        s.flush()
        store.audit_log().append(s, actor, "detach", "invoice", inv_uuid,
                                 {"attachment": attachment_uuid, "file": row.filename}, None)
        still_used = s.execute(select(func.count(AttachmentRow.id))
                               .where(AttachmentRow.sha256 == sha)).scalar_one()
    if not still_used:
        _blob_path(store, sha).unlink(missing_ok=True)


def export_copy(att: Attachment, target: Path) -> None:
    shutil.copyfile(att.path, target)


def for_sync(store: Store, attachment_uuid: str) -> tuple[Attachment, str, str | None] | None:
    """(the attachment, its invoice's uuid, the invoice's ERP id) — None if it is gone."""
    with store.db.read() as s:
        row = s.execute(select(AttachmentRow).where(AttachmentRow.uuid == attachment_uuid)
                        ).scalar_one_or_none()
        if row is None:
            return None
        inv = s.get(InvoiceRow, row.invoice_id)
        att = Attachment(row.uuid, row.filename, row.size, row.mime, row.sha256,
                         _blob_path(store, row.sha256))
        return att, inv.uuid, inv.erp_id
