"""The dimming layer of the tutorial: covers a window except a hole over the step's target.

The hole is cut out of the overlay's mask, so clicks, typing, wheel and drag in the hole
reach the real widgets underneath (``window.childAt()`` there finds them, not the overlay);
a click on the dimmed part is eaten and reported as ``dim_clicked`` (the coach shows a hint).

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QRegion
from PySide6.QtWidgets import QWidget

DIM = QColor(0, 0, 0, 115)
RING = 3


class TutorialOverlay(QWidget):
    """A child of ``window`` covering all of it; follows the window's size by itself."""

    dim_clicked = Signal(QPoint)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("tutorialOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hole = QRect()
        self._window = window
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self._update_mask()

    def set_hole(self, rect: QRect | None) -> None:
        """Leave ``rect`` (window coordinates) uncovered; None or empty: dim everything."""
        rect = QRect() if rect is None else QRect(rect)
        if rect == self.hole and self.geometry() == self._window.rect():
            return
        self.hole = rect
        self.setGeometry(self._window.rect())
        self._update_mask()
        self.update()

    def _update_mask(self) -> None:
        region = QRegion(self.rect())
        if not self.hole.isEmpty():
            region = region.subtracted(QRegion(self.hole))
        self.setMask(region)

    def hole_center(self) -> QPoint:
        return self.hole.center()

    # --- Qt -------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
            self._update_mask()
        return False

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRect(QRectF(self.rect()))
        if not self.hole.isEmpty():
            inner = QPainterPath()
            inner.addRect(QRectF(self.hole))
            path = path.subtracted(inner)
        p.fillPath(path, DIM)
        if not self.hole.isEmpty():
            ring = QRectF(self.hole).adjusted(-RING / 2 - 1, -RING / 2 - 1, RING / 2 + 1,
                                              RING / 2 + 1)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING))
            p.drawRoundedRect(ring, 4, 4)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.dim_clicked.emit(event.position().toPoint())
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: N802
        event.accept()
