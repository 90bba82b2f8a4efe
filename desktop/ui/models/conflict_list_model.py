"""The invoices waiting for a conflict decision, as a list (number, party, what changed, since)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from .conflict_fields_model import field_label

UuidRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    """One waiting invoice as the list shows it (plain values, read by the dialog)."""

    uuid: str
    number: str
    party: str
    fields: tuple[str, ...]     # snapshot field names in conflict (lines as line:<uuid>)
    since: datetime             # UTC, naive (as the store keeps it)
    erp_final: bool = False
    deleted: bool = False


def local_time(moment: datetime) -> str:
    """A UTC moment from the store in the computer's time zone, to the minute."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ConflictListModel(QAbstractListModel):
    """GUI thread only; the dialog hands it entries, it never reads the store."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[ConflictEntry] = []

    def set_entries(self, entries: list[ConflictEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def row_of(self, uuid: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.uuid == uuid), -1)

    def what_changed(self, e: ConflictEntry) -> str:
        scalars = [field_label(f) for f in e.fields if not f.startswith("line:")]
        lines = sum(1 for f in e.fields if f.startswith("line:"))
        parts = scalars + ([self.tr("%n line(s)", "", lines)] if lines else [])
        return self.tr(", ").join(parts) if parts else self.tr("nothing listed")

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == UuidRole:
            return e.uuid
        number = e.number or self.tr("(no number)")
        if role == Qt.ItemDataRole.DisplayRole:
            state = ""   # a line of its own: appended to "since" it was cut in Chinese
            if e.deleted:
                state = "\n" + self.tr("deleted in the ERP")
            elif e.erp_final:
                state = "\n" + self.tr("final in the ERP")
            return self.tr("{number} · {party}\n{what}\nsince {since}{state}").format(
                number=number, party=e.party, what=self.what_changed(e), state=state,
                since=local_time(e.since))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{number} · {party}: {what}").format(
                number=number, party=e.party, what=self.what_changed(e))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{number} · {party}: {what}").format(
                number=number, party=e.party, what=self.what_changed(e))
        return None
