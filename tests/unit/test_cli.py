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
