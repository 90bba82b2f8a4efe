"""Progress kept per lesson in the practice profile; practice data prepared and reset; the
practice ERP driven by lesson actions."""

from __future__ import annotations

import json

import pytest

from desktop.domain.errors import ErpAuthError
from desktop.domain.records import InvoiceKind, Status
from desktop.store.invoice_service import load_invoice
from desktop.store.profiles import ProfileRegistry
from desktop.store.store import Store
from desktop.sync import connect
from desktop.tutorial import actions, practice
from desktop.tutorial.progress import LessonProgress, ProgressBook


def test_progress_survives_a_damaged_file_and_writes_atomically(tmp_path):
    path = tmp_path / "practice" / "tutorial-progress.json"
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    book = ProgressBook(path)
    assert book.get("basics") == LessonProgress()
    book.save_step("basics", 3, "party", {"x": "1"}, ["new"])
    book.complete("sync")
    assert [p.name for p in path.parent.iterdir()] == ["tutorial-progress.json"]
    again = ProgressBook(path)
    assert again.get("basics").step == "party" and again.get("basics").vars == {"x": "1"}
    assert again.get("sync").completed and not again.get("sync").in_progress
    again.restart("sync")
    assert ProgressBook(path).get("sync").completed        # a restart keeps the mark
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1 and set(data["lessons"]) == {"basics", "sync"}


def test_practice_items_hold_what_the_lessons_need():
    items = practice.practice_items(40)
    sales = [inv for inv, _ in items if inv.kind == InvoiceKind.SALE]
    assert sum(inv.status == Status.SUBMITTED for inv in sales) >= 6
    assert sum(inv.status == Status.APPROVED for inv in sales) >= 4
    assert any(inv.status == Status.POSTED and inv.party_name.isascii() for inv in sales)
    assert all(not inv.payments for inv in sales if inv.status in (Status.SUBMITTED,
                                                                    Status.APPROVED))


@pytest.fixture
def registry(data_dir):
    reg = ProfileRegistry(data_dir)
    yield reg
    connect.stop_practice_servers()


def test_prepare_practice_fills_both_sides_and_starts_over(registry):
    result = practice.prepare_practice(registry, count=12)
    book = ProgressBook.for_registry(registry)
    assert practice.is_prepared(registry, book) and result.invoices == 12 and result.synced
    erp = practice.practice_erp(registry)
    assert len(erp.books.live_invoice_ids()) == result.synced
    book.save_step("basics", 2, "open", {}, [])
    erp.drop_network()
    again = practice.prepare_practice(registry, count=12)
    assert again.store_id != result.store_id
    book = ProgressBook.for_registry(registry)
    assert book.practice_store_id() == again.store_id and not book.get("basics").in_progress
    assert len(erp.books.live_invoice_ids()) == again.synced     # emptied, faults cleared
    # the old practice store's audit key left the keychain with it; the new one has its own
    from tests.memory_keyring import MemoryKeyring
    keys = {name for (_svc, name) in MemoryKeyring.store if name.startswith("audit-key:")}
    assert keys == {f"audit-key:{again.store_id}"}


def test_lesson_actions_drive_the_practice_erp(registry):
    practice.prepare_practice(registry, count=12)
    profile = practice.practice_profile(registry)
    with Store(registry.store_path(profile.id)) as store:
        env = actions.ActionEnv(store, lambda: practice.practice_erp(registry))
        actions.run({"do": "pick_invoice", "where": {"sync_state": "synced", "status": "approved"},
                     "save_as": "c"}, env)
        uuid = env.vars["c"]
        actions.run({"do": "colleague_edit", "invoice": uuid,
                     "changes": {"notes": "from the ERP"}}, env)
        erp_id = load_invoice(store, uuid)[1]["erp_id"]
        assert practice.practice_erp(registry).get_invoice(erp_id)["notes"] == "from the ERP"
        actions.run({"do": "change_password", "password": "new"}, env)
        with pytest.raises(ErpAuthError), connect.connected(registry, profile) as conn:
            conn.test_connection()
        actions.run({"do": "restore_password"}, env)
        with connect.connected(registry, profile) as conn:
            assert conn.test_connection().user == "admin"
