"""Undo for the invoice editor: each change is a snapshot pair; typing in one field merges."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QUndoCommand

from ...domain.records import Invoice


class SnapshotCommand(QUndoCommand):
    """Before/after copies of the whole working invoice (small: an invoice and its lines).

    ``key`` names the field edited; consecutive edits of the same key merge into one step
    (typing "1250" is one undo, not four). ``key`` None never merges (line added, moved...).
    The first ``redo`` (from QUndoStack.push) does nothing: the change is already applied.
    """

    def __init__(self, editor, before: Invoice, after: Invoice, key: str | None,
                 text: str) -> None:
        super().__init__(text)
        self.editor, self.before, self.after, self.key = editor, before, after, key
        self._pushed = False

    def id(self) -> int:  # noqa: A003 - Qt API
        return -1 if self.key is None else 1 + zlib.crc32(self.key.encode()) % 0x3FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SnapshotCommand) or other.key != self.key or self.key is None:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.editor.apply_snapshot(self.after)

    def undo(self) -> None:
        self.editor.apply_snapshot(self.before)
