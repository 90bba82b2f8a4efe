"""The status bar's totals per currency: whole amounts only, "+N more", the full list as tooltip,
in English and Chinese, at every window width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.ui.labels import format_money
from desktop.ui.widgets.totals_label import SEPARATOR, TotalsLabel

AMOUNTS = [("12,836,221.23", "CNY"), ("385,379.21", "EUR"), ("26,640,499", "JPY"),
           ("114,815.37", "USD")]


def _check_shown(label: TotalsLabel, template: str, amounts: list[tuple[str, str]]) -> int:
    """Asserts the label shows ``template`` with a whole prefix of ``amounts`` (and "+N more"
    for the rest) that fits its width, or only words; returns how many amounts it shows."""
    shown = label.text()
    room = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(shown) <= room, (shown, room)
    parts = [f"{a} {c}" for a, c in amounts]
    for k in range(len(parts), 0, -1):
        rest = len(parts) - k
        more = " " + label.tr("+%n more", "amounts of further currencies", rest) if rest else ""
        if shown == template.format(amounts=SEPARATOR.join(parts[:k]) + more):
            return k
    # narrower than any amount: words only, never a digit of an amount
    assert not any(ch.isdigit() for ch in shown), shown
    assert shown.endswith("…"), shown
    return 0


def _check_tooltip(label: TotalsLabel, amounts: list[tuple[str, str]]) -> None:
    tip = label.toolTip()
    for amount, currency in amounts:
        assert amount in tip and currency in tip, (amount, currency, tip)


def test_label_shows_whole_amounts_at_every_width(qtbot):
    label = TotalsLabel()
    qtbot.addWidget(label)
    label.show()
    template = "Total incl. tax: {amounts}"
    label.set_amounts(template, AMOUNTS)
    seen = set()
    for width in range(20, label.sizeHint().width() + 40, 7):
        label.resize(width, label.height())
        seen.add(_check_shown(label, template, AMOUNTS))
        _check_tooltip(label, AMOUNTS)
    assert seen == {0, 1, 2, 3, 4}, "every step from words only to all amounts was shown"
    assert label.full_text() == template.format(amounts=SEPARATOR.join(
        f"{a} {c}" for a, c in AMOUNTS))


def test_label_keeps_its_size_hint_for_the_full_text_and_can_shrink(qtbot):
    label = TotalsLabel()
    qtbot.addWidget(label)
    label.set_amounts("Outstanding: {amounts}", AMOUNTS)
    fm = label.fontMetrics()
    assert label.sizeHint().width() >= fm.horizontalAdvance(label.full_text())
    assert label.minimumSizeHint().width() < fm.horizontalAdvance("Outstanding:")
    label.clear_amounts()
    assert label.text() == "" and label.toolTip() == ""


def _window_amounts(stats_by_currency) -> list[tuple[str, str]]:
    return [(format_money(v), c) for c, v in sorted(stats_by_currency.items()) if v]


def _check_window(window, totals_template: str, outstanding_template: str) -> dict[int, int]:
    stats = window.model.stats()
    gross = _window_amounts(stats.gross_by_currency)
    outstanding = _window_amounts(stats.outstanding_by_currency)
    assert len(gross) == 4, "the demo data has invoices in four currencies"
    shown: dict[int, int] = {}
    for width in (2600, 1600, 1280, 1100, window.minimumSizeHint().width()):
        window.resize(width, 780)
        QApplication.processEvents()
        k = _check_shown(window.totals_label, totals_template, gross)
        _check_shown(window.outstanding_label, outstanding_template, outstanding)
        _check_tooltip(window.totals_label, gross)
        _check_tooltip(window.outstanding_label, outstanding)
        shown[window.width()] = k
    return shown


def test_status_bar_never_cuts_an_amount_as_the_window_narrows(window):
    shown = _check_window(window, "Total incl. tax: {amounts}", "Outstanding: {amounts}")
    assert shown[max(shown)] == 4, "a wide window shows every currency"
    assert shown[min(shown)] < 4, "a narrow window hides some behind '+N more'"
    assert window.count_label.text() == f"{window.model.rowCount()} invoices"


def test_status_bar_never_cuts_an_amount_in_chinese(window, qtbot):
    window.apply_settings("zh_CN", None)
    qtbot.waitUntil(lambda: window.count_label.text().endswith("张发票"))
    assert window.totals_label.tr("+%n more", "amounts of further currencies", 2) == "另 2 种"
    shown = _check_window(window, "含税合计：{amounts}", "未付金额：{amounts}")
    assert shown[min(shown)] < 4
