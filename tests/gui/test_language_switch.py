"""The language is switched at run time: every open window retranslates itself."""

from __future__ import annotations

from desktop.domain.records import Status
from desktop.ui import settings
from desktop.ui.labels import error_text
from desktop.domain.errors import PermissionDenied
from desktop.domain.workflow import transition_refusal, Role


def test_switch_to_chinese_and_back_at_run_time(window, qtbot):
    dlg = window.new_invoice()
    qtbot.waitExposed(dlg)
    dlg.save()   # problems listed in English
    assert window.file_menu.title() == "&File"
    assert dlg.save_button.text() == "&Save"
    window.apply_settings("zh_CN", None)
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert settings.get_str("ui/language") == "zh_CN"
    assert window.status_actions[Status.APPROVED].text() == "审批(&A)"
    assert window.model.headerData(0, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt
                                   .Orientation.Horizontal) == "发票号码"
    assert window.count_label.text() == f"{window.model.rowCount()} 张发票"
    assert window.filter_bar.status_combo.itemText(2) == "草稿"
    qtbot.waitUntil(lambda: dlg.save_button.text() == "保存(&S)")
    assert dlg.windowTitle().startswith("新建发票")
    assert "请选择客户或供应商。" in [dlg.problems_list.item(i).text()
                                 for i in range(dlg.problems_list.count())]
    assert dlg.party_picker.edit.toolTip() == "请选择客户或供应商。"
    window.apply_settings("en", None)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    qtbot.waitUntil(lambda: dlg.save_button.text() == "&Save")
    dlg.undo_stack.setClean()
    dlg.reject()


def test_domain_messages_are_translated_with_their_words(window, qtbot):
    window.languages.apply("zh_CN")
    msg = transition_refusal(Role.CLERK, Status.SUBMITTED, Status.APPROVED)
    exc = PermissionDenied(msg, role="clerk", current="submitted", target="approved")
    assert error_text(exc) == "“会计员”角色不能把发票从“已提交”改为“已审批”。"
    window.languages.apply("en")
    assert error_text(exc) == "The Clerk role may not move an invoice from Submitted to Approved."
