"""The tutorial's speech bubble: the step's text, "n of N", Back / Next / Skip, and an arrow
pointing at the highlighted part of the window; and where to put it.

GUI thread only. Screen readers get the lesson and step as the bubble's accessible name and
the step's text as its description; both are announced when the step changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (QAccessible, QAccessibleEvent, QPainter, QPainterPath, QPalette,
                           QPen, QPolygonF)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

ARROW = 12          # how far the arrow sticks out
MARGIN = 8          # keep this far from the window's edges
WIDTH = 380
SIDES = ("bottom", "top", "right", "left")


class TutorialCallout(QWidget):
    """A child of the window it points into; the coach moves it with ``place()``."""

    back_requested = Signal()
    next_requested = Signal()
    skip_requested = Signal()
    leave_requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("tutorialCallout")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.arrow_side = ""          # edge of the bubble the arrow leaves from
        self.arrow_at = 0             # along that edge, in pixels
        self.title = QLabel(self)
        self.title.setObjectName("tutorialLessonTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.counter = QLabel(self)
        self.counter.setObjectName("tutorialStepCounter")
        self.counter.setProperty("role", "secondary")
        self.leave_button = QToolButton(self)
        self.leave_button.setObjectName("tutorialLeaveButton")
        self.leave_button.setAutoRaise(True)
        self.leave_button.setText("\u2715")
        self.leave_button.clicked.connect(self.leave_requested)
        self.text = QLabel(self)
        self.text.setObjectName("tutorialStepText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.note = QLabel(self)
        self.note.setObjectName("tutorialNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("tutorialBackButton")
        self.back_button.clicked.connect(self.back_requested)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("tutorialSkipButton")
        self.skip_button.clicked.connect(self.skip_requested)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("tutorialNextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_requested)
        for b in (self.back_button, self.skip_button, self.next_button):
            b.setAutoDefault(False)

        head = QHBoxLayout()          # "2 of 17" ... ✕, then the lesson's title below
        head.addWidget(self.counter, 1)
        head.addWidget(self.leave_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        self.box = QVBoxLayout(self)
        self.box.addLayout(head)
        self.box.addWidget(self.title)
        self.box.addWidget(self.text)
        self.box.addWidget(self.note)
        self.box.addStretch(1)        # any spare height stays above the buttons
        self.box.addLayout(buttons)
        self._set_margins()
        self.retranslate_ui()

    # --- content --------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.leave_button.setToolTip(self.tr("Leave the tutorial (Esc); it resumes here next "
                                             "time"))
        self.leave_button.setAccessibleName(self.tr("Leave the tutorial"))
        self.back_button.setText(self.tr("&Back"))
        self.skip_button.setText(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Go on without doing this step"))

    def set_step(self, lesson_title: str, n: int, total: int, text: str, *, can_back: bool,
                 can_next: bool, last: bool) -> None:
        self.title.setText(lesson_title)
        self.counter.setText(self.tr("{n} of {total}").format(n=n, total=total))
        self.text.setText(text)
        self.note.hide()
        self.note.clear()
        self.back_button.setEnabled(can_back)
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setEnabled(can_next)
        self.next_button.setToolTip("" if can_next else self.tr(
            "Do what the text says in the highlighted part; the tutorial goes on by itself."))
        self.skip_button.setVisible(not (last and can_next))
        self.setAccessibleName(self.tr("Tutorial: {lesson}, step {n} of {total}").format(
            lesson=lesson_title, n=n, total=total))
        self.setAccessibleDescription(text)
        self.text.setAccessibleName(text)
        self._announce()

    def set_note(self, text: str, kind: str = "warning") -> None:
        self.note.setText(text)
        self.note.setProperty("role", "error" if kind == "error" else "secondary")
        self.note.setStyleSheet("color: #b26a00;" if kind == "warning" else "")
        self.note.setVisible(bool(text))
        self.setAccessibleDescription(self.text.text() + ("\n" + text if text else ""))
        self._announce()

    def note_text(self) -> str:
        return self.note.text() if self.note.isVisible() else ""

    def _announce(self) -> None:
        if QAccessible.isActive():
            for ev in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
                QAccessible.updateAccessibility(QAccessibleEvent(self, ev))

    # --- geometry -------------------------------------------------------------------
    def _set_margins(self) -> None:
        m = [14, 10, 14, 10]  # left, top, right, bottom
        side_index = {"left": 0, "top": 1, "right": 2, "bottom": 3}.get(self.arrow_side)
        if side_index is not None:
            m[side_index] += ARROW
        self.box.setContentsMargins(*m)

    def _size_for(self, width: int) -> tuple[int, int]:
        self.ensurePolished()      # the style sheet's fonts, before measuring a hidden bubble
        self.setFixedWidth(width)
        self.box.invalidate()      # the texts just changed: no cached height-for-width
        h = self.box.totalHeightForWidth(width) if self.box.hasHeightForWidth() else -1
        return width, h if h > 0 else self.box.totalSizeHint().height()

    def place(self, hole: QRect, preferred: str = "auto") -> str:
        """Put the bubble beside ``hole`` (window coordinates) on ``preferred`` side, or the
        side with room; inside the window in any case. → the side used ("" = no arrow)."""
        win = self.parentWidget().rect()
        width = max(200, min(WIDTH, win.width() - 2 * MARGIN))
        if hole.isEmpty() or preferred == "center":
            return self._put(win, width, "", QPoint(), hole)
        sides = [preferred] if preferred in SIDES else []
        room = {"top": hole.top() - MARGIN, "bottom": win.bottom() - hole.bottom() - MARGIN,
                "left": hole.left() - MARGIN, "right": win.right() - hole.right() - MARGIN}
        sides += sorted((s for s in SIDES if s not in sides), key=lambda s: -room[s])
        for side in sides:
            self.arrow_side = {"bottom": "top", "top": "bottom", "left": "right",
                               "right": "left"}[side]
            self._set_margins()
            w, h = self._size_for(width)
            need = h if side in ("top", "bottom") else w
            if room[side] >= need:
                return self._put(win, width, side, hole.center(), hole)
        return self._put(win, width, "inside", hole.center(), hole)

    def place_bottom(self) -> None:
        """No target to point at: sit at the bottom of the window, without an arrow."""
        win = self.parentWidget().rect()
        self.arrow_side = ""
        self._set_margins()
        w, h = self._size_for(max(200, min(WIDTH + 80, win.width() - 2 * MARGIN)))
        self.setGeometry(win.center().x() - w // 2, max(MARGIN, win.bottom() - h - 3 * MARGIN),
                         w, h)
        self.update()

    def _put(self, win: QRect, width: int, side: str, aim: QPoint, hole: QRect) -> str:
        if side in ("", "inside"):
            self.arrow_side = ""
            self._set_margins()
        w, h = self._size_for(width)
        if side == "bottom":
            x, y = aim.x() - w // 2, hole.bottom() + 1
        elif side == "top":
            x, y = aim.x() - w // 2, hole.top() - h
        elif side == "right":
            x, y = hole.right() + 1, aim.y() - h // 2
        elif side == "left":
            x, y = hole.left() - w, aim.y() - h // 2
        elif side == "inside":   # over a big target: the corner farthest from its centre
            x = win.left() + MARGIN if aim.x() > win.center().x() else win.right() - w - MARGIN
            y = win.bottom() - h - MARGIN if aim.y() < win.center().y() else win.top() + MARGIN
        else:
            x, y = win.center().x() - w // 2, win.center().y() - h // 2
        x = max(win.left() + MARGIN, min(x, win.right() - w - MARGIN))
        y = max(win.top() + MARGIN, min(y, win.bottom() - h - MARGIN))
        self.setGeometry(x, y, w, h)
        if self.arrow_side in ("top", "bottom"):
            self.arrow_at = max(ARROW + 8, min(aim.x() - x, w - ARROW - 8))
        elif self.arrow_side in ("left", "right"):
            self.arrow_at = max(ARROW + 8, min(aim.y() - y, h - ARROW - 8))
        self.update()
        return "" if side == "inside" else side

    def bubble_rect(self) -> QRectF:
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.arrow_side == "top":
            r.setTop(r.top() + ARROW)
        elif self.arrow_side == "bottom":
            r.setBottom(r.bottom() - ARROW)
        elif self.arrow_side == "left":
            r.setLeft(r.left() + ARROW)
        elif self.arrow_side == "right":
            r.setRight(r.right() - ARROW)
        return r

    def arrow_tip(self) -> QPoint:
        """Where the arrow points (the bubble's coordinates); the centre when there is none."""
        r = self.rect()
        a = self.arrow_at
        return {"top": QPoint(a, 0), "bottom": QPoint(a, r.bottom()),
                "left": QPoint(0, a), "right": QPoint(r.right(), a)}.get(self.arrow_side,
                                                                          r.center())

    # --- Qt -------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        r = self.bubble_rect()
        path = QPainterPath()
        path.addRoundedRect(r, 8, 8)
        if self.arrow_side:
            tip = QPointF(self.arrow_tip())
            a = float(self.arrow_at)
            if self.arrow_side in ("top", "bottom"):
                base = r.top() if self.arrow_side == "top" else r.bottom()
                tri = QPolygonF([QPointF(a - ARROW, base), tip, QPointF(a + ARROW, base)])
            else:
                base = r.left() if self.arrow_side == "left" else r.right()
                tri = QPolygonF([QPointF(base, a - ARROW), tip, QPointF(base, a + ARROW)])
            arrow = QPainterPath()
            arrow.addPolygon(tri)
            arrow.closeSubpath()
            path = path.united(arrow)
        p.fillPath(path, pal.color(QPalette.ColorRole.Base))
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
        p.drawPath(path)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
