"""A status-bar label for amounts per currency that drops whole amounts ("+2 more") to fit."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

SEPARATOR = " · "


class TotalsLabel(QLabel):
    """GUI thread only. Shows ``template`` (with an ``{amounts}`` placeholder) filled with as
    many of the amounts as fit its width, followed by "+N more"; an amount is always shown
    whole or not at all. The tooltip lists every amount, whatever the width."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._template = ""
        self._amounts: list[tuple[str, str]] = []

    # ------------------------------------------------------------------------- data ----
    def set_amounts(self, template: str, amounts: list[tuple[str, str]]) -> None:
        """``template`` is translated and holds ``{amounts}``; ``amounts`` are (amount text,
        currency) in the order to show them. An empty list shows "0"."""
        self._template = template
        self._amounts = list(amounts)
        self.setToolTip(self._tooltip())
        self.updateGeometry()
        self._fit()

    def clear_amounts(self) -> None:
        self._template = ""
        self._amounts = []
        self.setToolTip("")
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        """The text with every amount (what the label shows when it is wide enough)."""
        return self._candidates()[0] if self._template else ""

    # ------------------------------------------------------------------------ texts ----
    def _parts(self) -> list[str]:
        return [f"{amount} {currency}" for amount, currency in self._amounts]

    def _candidates(self) -> list[str]:
        """Texts from the longest to the shortest: all amounts, then fewer and "+N more",
        then none ("Total: …")."""
        parts = self._parts()
        if not parts:
            return [self._template.format(amounts="0")]
        n = len(parts)
        texts = [self._template.format(amounts=SEPARATOR.join(parts))]
        for shown in range(n - 1, 0, -1):
            more = self.tr("+%n more", "amounts of further currencies", n - shown)
            texts.append(self._template.format(
                amounts=SEPARATOR.join(parts[:shown]) + " " + more))
        texts.append(self._template.format(amounts="…"))
        return texts

    def _tooltip(self) -> str:
        if not self._template:
            return ""
        if not self._amounts:
            return self._template.format(amounts="0")
        title = escape(self._template.format(amounts="").strip())
        rows = "".join(f"<tr><td align='right'>{escape(amount)}</td>"
                       f"<td>&nbsp;{escape(cur)}</td></tr>" for amount, cur in self._amounts)
        return f"<b>{title}</b><table cellspacing='0' cellpadding='1'>{rows}</table>"

    def _margins_width(self) -> int:
        m = self.contentsMargins()
        return m.left() + m.right() + 2 * self.margin()

    def _fit(self) -> None:
        if not self._template:
            self.setText("")
            return
        fm = self.fontMetrics()
        room = self.contentsRect().width() - 2 * self.margin()
        texts = self._candidates()
        for text in texts:
            if fm.horizontalAdvance(text) <= room:
                self.setText(text)
                return
        # narrower than "Total: …": cut the words at the right (no amount is in it)
        self.setText(fm.elidedText(texts[-1], Qt.TextElideMode.ElideRight, max(room, 0)))

    # ------------------------------------------------------------------------ sizes ----
    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self.full_text()) + self._margins_width()
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") + self._margins_width(),
                     hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._fit()
