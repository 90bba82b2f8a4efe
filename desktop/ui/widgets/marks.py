"""Marking a field as invalid: a red border (style sheet, ``invalid`` property) and a tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def mark_invalid(widget: QWidget, message: str) -> None:
    """``message`` empty clears the mark."""
    invalid = bool(message)
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()
    widget.setToolTip(message)
