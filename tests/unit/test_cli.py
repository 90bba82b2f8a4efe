"""The command line, run as a clerk's script would: real processes, real files."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
       "QT_QPA_PLATFORM": "offscreen"}


def run(data_dir, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir),
                           *args], input=stdin, capture_output=True, text=True, env=ENV,
                          timeout=120)


INVOICE = {"kind": "sale", "number": "INV-77", "party": {"name": "北京中关村科技有限公司"},
           "issue_date": "2026-11-28", "due_date": "2026-12-28", "currency": "CNY",
           "lines": [{"description": "咨询服务", "quantity": "2", "unit_price": "500.00",
                      "tax_rate": "13"}]}


def test_version():
    r = subprocess.run([sys.executable, "-m", "desktop.cli", "--version"], capture_output=True,
                       text=True, env=ENV)
    assert r.returncode == 0 and r.stdout.startswith("Invoice Desk ")


def test_add_show_edit_round_trip(data_dir):
    r = run(data_dir, "invoices", "add", "--json", stdin=json.dumps(INVOICE))
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["totals"]["gross"] == "1130.00" and shown["status"] == "draft"
    # the output of show, edited, is valid input for edit
    shown["notes"] = "加急"
    shown["lines"][0]["quantity"] = "3"
    r = run(data_dir, "invoices", "edit", "INV-77", "--json", stdin=json.dumps(shown))
    assert r.returncode == 0, r.stderr
    edited = json.loads(r.stdout)
    assert edited["totals"]["gross"] == "1695.00" and edited["notes"] == "加急"
    r = run(data_dir, "invoices", "list", "--json", "--search", "中关村")
    assert [x["number"] for x in json.loads(r.stdout)] == ["INV-77"]
    r = run(data_dir, "invoices", "status", "INV-77", "submitted")
    assert r.returncode == 0 and "submitted" in r.stdout
    r = run(data_dir, "audit", "verify")
    assert r.returncode == 0 and "intact" in r.stdout
    assert "keychain" in r.stderr  # no keychain backend here: the plain chain says so


@pytest.mark.parametrize("payload,needle", [
    ("{not json", "not valid JSON"),
    (json.dumps({**INVOICE, "colour": "red"}), "Unknown field colour"),
    (json.dumps({**INVOICE, "lines": [{"description": "x", "unit_price": "1.2.3a"}]}),
     "not a number"),
    (json.dumps({**INVOICE, "lines": [{"description": "x", "unit_price": 9.99}]}), "string"),
    (json.dumps({**INVOICE, "lines": [{"description": "", "unit_price": "-1"}]}),
     "cannot be negative"),
    (json.dumps({**INVOICE, "currency": "ABC"}), "currency"),
])
def test_bad_input_exit_2_one_sentence_nothing_written(data_dir, payload, needle):
    r = run(data_dir, "invoices", "add", stdin=payload)
    assert r.returncode == 2
    assert needle in r.stderr and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    r = run(data_dir, "invoices", "list", "--json")
    assert json.loads(r.stdout) == []


def test_unknown_invoice_and_bad_arguments(data_dir):
    r = run(data_dir, "invoices", "show", "NOPE")
    assert r.returncode == 2 and "There is no invoice NOPE." in r.stderr
    r = run(data_dir, "invoices", "list", "--sort", "colour")
    assert r.returncode == 2 and "Unknown sort column" in r.stderr
    r = run(data_dir, "demo-data", "--count", "-5")
    assert r.returncode == 2
    r = run(data_dir, "invoices", "frobnicate")
    assert r.returncode == 2


def test_demo_data_and_audit_tamper(data_dir):
    r = run(data_dir, "demo-data", "--count", "40")
    assert r.returncode == 0 and "40 invoices" in r.stdout
    r = run(data_dir, "invoices", "list", "--json", "--limit", "100")
    rows = json.loads(r.stdout)
    assert len(rows) == 40
    assert {x["status"] for x in rows} >= {"draft", "posted", "paid"}
    assert {x["currency"] for x in rows} >= {"CNY"}
    db = data_dir / "profiles" / "local" / "invoices.sqlite"
    con = sqlite3.connect(db)
    con.execute("UPDATE audit_event SET after = replace(after, '\"number\"', '\"numbre\"') WHERE id = 7")
    con.commit()
    con.close()
    r = run(data_dir, "audit", "verify")
    assert r.returncode == 1 and "Event 7" in r.stderr


def test_not_a_database(data_dir):
    db = data_dir / "profiles" / "local" / "invoices.sqlite"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"garbage" * 1000)
    r = run(data_dir, "invoices", "list")
    assert r.returncode == 1 and "not an Invoice Desk database" in r.stderr
    assert db.read_bytes() == b"garbage" * 1000


def test_profiles(data_dir):
    r = run(data_dir, "profile", "add", "ACME Tryton", "--kind", "tryton", "--url",
            "https://erp.example.com", "--database", "acme")
    assert r.returncode == 0 and r.stdout.strip() == "acme-tryton"
    r = run(data_dir, "profile", "list", "--json")
    assert json.loads(r.stdout)[0]["id"] == "acme-tryton"
    r = run(data_dir, "--profile", "nope", "invoices", "list")
    assert r.returncode == 2 and "no profile" in r.stderr
    (data_dir / "profiles.json").write_text("{broken")
    r = run(data_dir, "profile", "list")
    assert r.returncode == 1 and "damaged" in r.stderr


def test_profile_company_sets_only_what_is_given_and_refuses_a_bad_tax_id(data_dir):
    r = run(data_dir, "profile", "company", "--name", "Smoke Trading Ltd", "--tax-id",
            "91986987QQJE70K23X", "--country", "cn")
    assert r.returncode == 0, r.stderr
    r = run(data_dir, "profile", "company", "--address", "1 Bund Road", "--json")
    shown = json.loads(r.stdout)
    assert shown == {"profile": shown["profile"], "name": "Smoke Trading Ltd",
                     "tax_id": "91986987QQJE70K23X", "address": "1 Bund Road", "country": "CN"}
    before = (data_dir / "profiles.json").read_bytes()
    r = run(data_dir, "profile", "company", "--tax-id", "DE123", "--country", "DE")
    assert r.returncode == 2 and "tax_id" in r.stderr and "DE123" in r.stderr
    assert (data_dir / "profiles.json").read_bytes() == before     # nothing half-saved


def test_export_import_round_trip_and_bad_files(data_dir, tmp_path):
    assert run(data_dir, "demo-data", "--count", "12").returncode == 0
    out = tmp_path / "list.xlsx"
    r = run(data_dir, "export", str(out), "--lines")
    assert r.returncode == 0 and out.exists()
    other = tmp_path / "other"
    r = run(other, "import", str(out), "--dry-run")
    assert r.returncode == 0 and "would import 12" in r.stdout
    assert json.loads(run(other, "invoices", "list", "--json").stdout) == []
    r = run(other, "import", str(out))
    assert r.returncode == 0 and "imported 12" in r.stdout
    r = run(other, "import", str(out))  # the same file again: all flagged as duplicates
    assert "imported 0" in r.stdout and "12 duplicate" in r.stdout
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    r = run(other, "import", str(bad))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = run(other, "import", str(tmp_path / "x.csv"))
    assert r.returncode == 2 and ".csv" in r.stderr


def _xlsx_rows(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def test_export_words_follow_the_language(data_dir, tmp_path):
    assert run(data_dir, "demo-data", "--count", "12").returncode == 0
    zh = tmp_path / "zh.xlsx"
    r = run(data_dir, "export", str(zh), "--lines", "--language", "zh_CN")
    assert r.returncode == 0, r.stderr
    header, rows = _xlsx_rows(zh)
    assert header[:5] == ["发票号码", "购销类型", "往来单位", "税号", "国家"]
    assert {r["购销类型"] for r in rows} <= {"销售发票", "采购发票", "销售红字发票", "采购红字发票"}
    assert all(r["国家"] for r in rows) and any(r["税号"] for r in rows)
    other = tmp_path / "other"                 # the Chinese file imports again
    r = run(other, "import", str(zh))
    assert r.returncode == 0 and "imported 12" in r.stdout, r.stderr
    en = tmp_path / "en.xlsx"
    assert run(data_dir, "export", str(en), "--language", "en").returncode == 0
    header, rows = _xlsx_rows(en)
    assert "Status" in header and {r["Kind"] for r in rows} <= {
        "Sales invoice", "Purchase invoice", "Sales credit note", "Purchase credit note"}
    assert {r["Status"] for r in rows} <= {"Draft", "Submitted", "Approved", "Posted", "Paid",
                                           "Cancelled"}
    assert all(r["Country"] for r in rows)


def test_export_without_language_uses_the_windows(data_dir, tmp_path):
    assert run(data_dir, "demo-data", "--count", "3").returncode == 0
    (data_dir / "ui-settings.ini").write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    out = tmp_path / "list.xlsx"
    assert run(data_dir, "export", str(out)).returncode == 0
    header, rows = _xlsx_rows(out)
    assert header[0] == "发票号码" and "状态" in header
    assert {r["状态"] for r in rows} <= {"草稿", "已提交", "已审批", "已过账", "已付款", "已作废"}


def test_ubl_export_needs_our_company_and_import_knows_us_by_tax_id(data_dir, tmp_path):
    from desktop.store.profiles import ProfileRegistry
    assert run(data_dir, "invoices", "add", stdin=json.dumps(INVOICE)).returncode == 0
    out = tmp_path / "inv.xml"
    r = run(data_dir, "export", str(out), "--invoice", "INV-77")
    assert r.returncode == 2 and not out.exists()
    assert "needs its name, tax ID, country" in r.stderr
    assert "File ▸ Settings…, under “Your company”" in r.stderr and "Traceback" not in r.stderr
    reg = ProfileRegistry(data_dir)
    prof = reg.ensure_offline_default()
    prof.company, prof.company_country = "Invoice Desk Test Co", "CN"
    prof.company_tax_id = "91110000600037341X"                  # a wrong check character
    reg.update(prof)
    r = run(data_dir, "export", str(out), "--invoice", "INV-77")
    assert r.returncode == 2 and "is not valid in CN" in r.stderr and not out.exists()
    prof.company_tax_id = "91110000600037341L"
    reg.update(prof)
    r = run(data_dir, "export", str(out), "--invoice", "INV-77")
    assert r.returncode == 0, r.stderr
    assert "<cbc:CompanyID>91110000600037341L</cbc:CompanyID>" in out.read_text("utf-8")
    other = tmp_path / "other"                  # the customer's side would not know us
    assert run(other, "profile", "list").returncode == 0
    r = run(other, "import", str(out))
    assert r.returncode == 2 and "neither is your company" in r.stderr
    reg2 = ProfileRegistry(other)               # ours again, known by tax ID, not by name
    mine = reg2.ensure_offline_default()
    mine.company_tax_id = "91110000600037341L"
    reg2.update(mine)
    r = run(other, "import", str(out))
    assert r.returncode == 0 and "imported 1" in r.stdout, r.stderr


def test_sync_and_conflicts_with_the_practice_erp(data_dir):
    assert run(data_dir, "profile", "add", "Practice", "--kind", "practice", "--role",
               "approver").returncode == 0
    r = run(data_dir, "--profile", "practice", "invoices", "add", stdin=json.dumps(INVOICE))
    assert r.returncode == 0, r.stderr
    for target in ("submitted", "approved"):
        assert run(data_dir, "--profile", "practice", "invoices", "status", "INV-77",
                   target).returncode == 0
    r = run(data_dir, "--profile", "practice", "sync", "--once", "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["outcome"] == "ok" and report["pushed"] == 1
    shown = json.loads(run(data_dir, "--profile", "practice", "invoices", "show", "INV-77",
                           "--json").stdout)
    assert shown["sync_state"] == "synced"
    r = run(data_dir, "--profile", "practice", "conflicts", "list", "--json")
    assert json.loads(r.stdout) == []
    r = run(data_dir, "--profile", "practice", "conflicts", "resolve", "INV-77", "--take",
            "mine")
    assert r.returncode == 2 and "no conflict" in r.stderr
    assert run(data_dir, "profile", "add", "Books", "--kind", "offline").returncode == 0
    r = run(data_dir, "--profile", "books", "sync", "--once")  # an offline profile: no ERP
    assert r.returncode == 2 and "offline" in r.stderr


def test_practice_erp_serve(tmp_path):
    import urllib.error
    import urllib.request
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "practice-erp", "serve",
                             "--port", "0", "--data", str(tmp_path / "erp.sqlite3")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        line = proc.stdout.readline()
        url = line.split(" on ")[1].split(" ")[0]
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(url + "/api/v1/whoami", timeout=10)
        assert exc.value.code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- conflicts dismiss ----------------------------------------------------------------------

def _practice_books(data_dir):
    """The practice profile's ERP books, opened without serving (between two CLI runs)."""
    from desktop.sandbox.practice_erp import PracticeErp
    from desktop.store.profiles import ProfileRegistry
    return PracticeErp(ProfileRegistry(data_dir).profile_dir("practice") / "practice-erp.sqlite3")


def _store_db(data_dir):
    from desktop.store.profiles import ProfileRegistry
    reg = ProfileRegistry(data_dir)
    return sqlite3.connect(reg.store_path(reg.get("practice").id))


@pytest.fixture(scope="module")
def conflicts_template(tmp_path_factory):
    """A practice profile where INV-1 and INV-2 changed here and in its ERP and wait in
    conflict; then the ERP deleted INV-1 and sync found it. Built once, copied per test."""
    data_dir = tmp_path_factory.mktemp("conflicts") / "data"

    def ok(*args, stdin=None):
        r = run(data_dir, "--profile", "practice", *args, stdin=stdin)
        assert r.returncode == 0, r.stderr
        return r

    assert run(data_dir, "profile", "add", "Practice", "--kind", "practice", "--role",
               "approver").returncode == 0
    uuids = {}
    for number in ("INV-1", "INV-2"):
        r = ok("invoices", "add", "--json", stdin=json.dumps({**INVOICE, "number": number}))
        uuids[number] = json.loads(r.stdout)["uuid"]
        for target in ("submitted", "approved"):
            ok("invoices", "status", number, target)
    assert json.loads(ok("sync", "--once", "--json").stdout)["pushed"] == 2
    erp = _practice_books(data_dir)
    try:
        for uuid in uuids.values():
            erp.colleague_edit(uuid, {"notes": "ERP note"})
    finally:
        erp.stop()
    for number in uuids:
        ok("invoices", "edit", number, stdin=json.dumps({"notes": "our note"}))
    assert json.loads(ok("sync", "--once", "--json").stdout)["conflicts"] == 2
    erp = _practice_books(data_dir)
    try:
        erp.delete_invoice(uuids["INV-1"])
    finally:
        erp.stop()
    assert json.loads(ok("sync", "--once", "--json").stdout)["deleted"] == 1
    return data_dir, uuids


@pytest.fixture
def two_conflicts(conflicts_template, tmp_path):
    import shutil
    template, uuids = conflicts_template
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    return data_dir, uuids


def _listed(data_dir):
    r = run(data_dir, "--profile", "practice", "conflicts", "list", "--json")
    assert r.returncode == 0, r.stderr
    return {c["number"]: c["deleted_in_erp"] for c in json.loads(r.stdout)}


def test_conflicts_dismiss_keeps_the_local_copy_of_a_deleted_invoice(two_conflicts):
    data_dir, uuids = two_conflicts
    assert _listed(data_dir) == {"INV-1": True, "INV-2": False}
    r = run(data_dir, "--profile", "practice", "conflicts", "show", "INV-1")
    assert r.returncode == 0 and "deleted in the ERP" in r.stdout and "dismiss" in r.stdout
    r = run(data_dir, "--profile", "practice", "conflicts", "dismiss", "INV-1", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"uuid": uuids["INV-1"], "number": "INV-1",
                                    "dismissed": True, "sync_state": "deleted_in_erp"}
    assert _listed(data_dir) == {"INV-2": False}
    shown = json.loads(run(data_dir, "--profile", "practice", "invoices", "show", "INV-1",
                           "--json").stdout)
    assert (shown["sync_state"], shown["notes"]) == ("deleted_in_erp", "our note")  # kept
    con = _store_db(data_dir)
    try:
        open_rows = con.execute("SELECT count(*) FROM conflict c JOIN invoice i ON "
                                "i.id = c.invoice_id WHERE i.uuid = ? AND resolved_at IS NULL",
                                (uuids["INV-1"],)).fetchone()[0]
        queued = con.execute("SELECT count(*) FROM outbox WHERE entity_uuid = ?",
                             (uuids["INV-1"],)).fetchone()[0]
        [(actor, after)] = con.execute("SELECT actor, after FROM audit_event WHERE action = "
                                       "'dismiss' AND entity_uuid = ?", (uuids["INV-1"],))
    finally:
        con.close()
    assert (open_rows, queued) == (0, 0)
    assert json.loads(after)["sync_state"] == "deleted_in_erp" and actor
    r = run(data_dir, "--profile", "practice", "audit", "verify")
    assert r.returncode == 0 and "intact" in r.stdout
    report = json.loads(run(data_dir, "--profile", "practice", "sync", "--once",
                            "--json").stdout)
    assert (report["pushed"], report["errors"]) == (0, [])          # sync leaves it alone
    r = run(data_dir, "--profile", "practice", "conflicts", "dismiss", "INV-1")   # again
    assert r.returncode == 2 and "Invoice INV-1 has no conflict waiting." in r.stderr


def test_conflicts_dismiss_says_what_it_did(two_conflicts):
    data_dir, _ = two_conflicts
    r = run(data_dir, "--profile", "practice", "conflicts", "dismiss", "INV-1")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("INV-1: conflict closed; the local copy is kept")
    assert "no longer synced" in r.stdout


def test_conflicts_dismiss_refuses_a_conflict_the_erp_still_has(two_conflicts):
    data_dir, _ = two_conflicts
    r = run(data_dir, "--profile", "practice", "conflicts", "dismiss", "INV-2", "--json")
    assert r.returncode == 2 and r.stdout == ""
    assert "INV-2 still exists in the ERP" in r.stderr
    assert "`invoice-desk conflicts resolve INV-2 --take mine|theirs`" in r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert _listed(data_dir) == {"INV-1": True, "INV-2": False}     # nothing changed
    shown = json.loads(run(data_dir, "--profile", "practice", "invoices", "show", "INV-2",
                           "--json").stdout)
    assert shown["sync_state"] == "conflict"


def test_conflicts_dismiss_unknown_or_not_waiting(data_dir):
    r = run(data_dir, "conflicts", "dismiss", "NOPE")
    assert r.returncode == 2 and "There is no invoice NOPE." in r.stderr
    assert run(data_dir, "invoices", "add", stdin=json.dumps(INVOICE)).returncode == 0
    r = run(data_dir, "conflicts", "dismiss", "INV-77")
    assert r.returncode == 2 and "Invoice INV-77 has no conflict waiting." in r.stderr
    r = run(data_dir, "conflicts", "dismiss")
    assert r.returncode == 2 and "id" in r.stderr


def test_conflicts_dismiss_and_resolve_need_the_permission(data_dir, monkeypatch, capsys):
    """No role lacks it today; were one to, the command line refuses like the window."""
    from desktop import cli
    from desktop.domain import workflow
    monkeypatch.setattr("desktop.logsetup.setup_logging", lambda _dir: None)  # in-process
    monkeypatch.setitem(workflow.ROLE_PERMISSIONS, workflow.Role.ADMINISTRATOR,
                        frozenset({workflow.Permission.EDIT}))
    for args in (["dismiss", "INV-1"], ["resolve", "INV-1", "--take", "mine"]):
        assert cli.main(["--data-dir", str(data_dir), "conflicts", *args]) == 1
        err = capsys.readouterr().err
        assert "The administrator role may not do this (resolve_conflicts)." in err
