"""The ``invoice-desk`` command: the window by default, headless sub-commands for scripts,
the installer's smoke test and the tests.

Exit codes: 0 ok, 1 failure, 2 bad input. Errors go to stderr as one sentence.
Qt is imported lazily, only for the window.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from decimal import Decimal
from pathlib import Path

from . import __version__
from .domain.errors import BadInput, KnownError
from .domain.workflow import Role

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2

INVOICE_JSON_HELP = """\
Invoice JSON (the same shape in and out; money and quantities as strings):
  {"kind": "sale" | "purchase", "number": "INV-1", "party": {"name": "...", "tax_id": "...",
   "country": "CN"} (or just "name", or {"uuid": "..."}), "issue_date": "2026-11-28",
   "due_date": "2026-12-28", "currency": "CNY", "payment_terms": "", "notes": "",
   "external_ref": "", "is_credit_note": false,
   "lines": [{"description": "...", "quantity": "2", "unit": "h", "unit_price": "500.00",
              "discount": "0", "tax_rate": "13"}]}
Output adds uuid, status, totals, payment_state, sync_state; those are ignored on input, so
the output of `show --json` can be edited and given to `edit`. Unknown keys are refused.
"""


class CliParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one sentence, exit 2
        self.print_usage(sys.stderr)
        print(f"invoice-desk: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    p = CliParser(prog="invoice-desk", description="Invoice Desk: enter, check and correct "
                  "invoices, kept in step with your ERP.",
                  epilog=INVOICE_JSON_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"Invoice Desk {__version__}")
    p.add_argument("--data-dir", type=Path, help="where profiles and stores live")
    p.add_argument("--profile", help="the profile to use (default: the last one used)")
    p.add_argument("--smoke-test", action="store_true",
                   help="open the window offscreen on a demo store, then quit")
    sub = p.add_subparsers(dest="command", parser_class=CliParser)

    sub.add_parser("demo", help="open the practice profile with sample data in the window")

    dd = sub.add_parser("demo-data", help="fill the profile's store with sample invoices")
    dd.add_argument("--count", type=int, default=200)
    dd.add_argument("--seed", type=int, default=2026)

    inv = sub.add_parser("invoices", help="list, show, add and edit invoices",
                         epilog=INVOICE_JSON_HELP,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    isub = inv.add_subparsers(dest="action", required=True, parser_class=CliParser)
    ls = isub.add_parser("list", help="list invoices (newest first)")
    ls.add_argument("--search", default="")
    ls.add_argument("--status", action="append", default=[])
    ls.add_argument("--kind", choices=["sale", "purchase"])
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--offset", type=int, default=0)
    ls.add_argument("--sort", default="issue_date")
    ls.add_argument("--json", action="store_true")
    sh = isub.add_parser("show", help="show one invoice by uuid or number")
    sh.add_argument("id")
    sh.add_argument("--json", action="store_true")
    ad = isub.add_parser("add", help="add an invoice from JSON (a file, or - for stdin)")
    ad.add_argument("file", nargs="?", default="-")
    ad.add_argument("--json", action="store_true", help="print the saved invoice as JSON")
    ed = isub.add_parser("edit", help="change an invoice from JSON (only the keys given)")
    ed.add_argument("id")
    ed.add_argument("file", nargs="?", default="-")
    ed.add_argument("--json", action="store_true")
    st = isub.add_parser("status", help="move an invoice along the workflow")
    st.add_argument("id")
    st.add_argument("target", choices=["draft", "submitted", "approved", "posted", "cancelled"])

    au = sub.add_parser("audit", help="the tamper-evident audit trail")
    asub = au.add_subparsers(dest="action", required=True, parser_class=CliParser)
    asub.add_parser("verify", help="check every link of the chain")

    pr = sub.add_parser("profile", help="profiles: list and add")
    psub = pr.add_subparsers(dest="action", required=True, parser_class=CliParser)
    pl = psub.add_parser("list")
    pl.add_argument("--json", action="store_true")
    pa = psub.add_parser("add")
    pa.add_argument("name")
    pa.add_argument("--kind", choices=["offline", "practice", "rest", "tryton"],
                    default="offline")
    pa.add_argument("--url", default="")
    pa.add_argument("--database", default="")
    pa.add_argument("--user", default="")
    pa.add_argument("--role", choices=[r.value for r in Role], default=Role.CLERK.value)
    pa.add_argument("--allow-plain-http", action="store_true")
    pa.add_argument("--ca-file", default="")
    return p


# --- helpers ------------------------------------------------------------------------------

def _registry(args):
    from .store.profiles import ProfileRegistry
    return ProfileRegistry(args.data_dir)


def _profile(args):
    reg = _registry(args)
    if args.profile:
        return reg, reg.get(args.profile)
    return reg, reg.ensure_offline_default()


def _open_store(args):
    from .store.store import Store
    reg, prof = _profile(args)
    return prof, Store(reg.store_path(prof.id))


def _service(store, prof):
    from .store.invoice_service import InvoiceService
    actor = prof.actor or getpass.getuser()
    rates = tuple(Decimal(r) for r in prof.extra_tax_rates)
    return InvoiceService(store, actor, Role(prof.local_role), rates)


def _read_json(source: str):
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput("Cannot read {file}: {reason}.", file=source,
                       reason=exc.strerror or str(exc)) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput("The input is not valid JSON (line {line}, column {col}: {msg}).",
                       line=exc.lineno, col=exc.colno, msg=exc.msg) from exc


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


# --- commands -----------------------------------------------------------------------------

def cmd_invoices(args) -> int:
    from .domain.invoice_json import invoice_from_json, invoice_to_json
    from .domain.records import Status
    from .store import search
    from .store.invoice_service import load_invoice
    prof, store = _open_store(args)
    with store:
        if args.action == "list":
            q = search.InvoiceQuery(text=args.search, statuses=tuple(args.status),
                                    kind=args.kind or "", sort=args.sort)
            if args.sort not in search.SORT_COLUMNS:
                raise BadInput("Unknown sort column {col}; use one of: {cols}.", col=args.sort,
                               cols=", ".join(search.SORT_COLUMNS))
            with store.db.read() as s:
                rows = search.list_invoices(s, q, offset=args.offset, limit=args.limit)
            if args.json:
                _print_json([{"uuid": r.uuid, "number": r.number, "kind": r.kind,
                              "party": r.party_name, "issue_date": r.issue_date.isoformat(),
                              "currency": r.currency, "gross": str(r.gross),
                              "outstanding": str(r.outstanding), "status": r.status,
                              "sync_state": r.sync_state} for r in rows])
            else:
                for r in rows:
                    print(f"{r.issue_date}  {r.number or '-':<18} {r.status:<10} "
                          f"{r.gross:>14} {r.currency}  {r.party_name}")
            return EXIT_OK
        if args.action == "show":
            inv, facts = load_invoice(store, args.id)
            out = invoice_to_json(inv, facts["party_tax_id"], facts["sync_state"],
                                  facts["sync_message"])
            if args.json:
                _print_json(out)
            else:
                _print_human(out)
            return EXIT_OK
        svc = _service(store, prof)
        if args.action == "add":
            data = _read_json(args.file)
            inv, party = invoice_from_json(data)
            result = svc.create_invoice(inv, party)
        elif args.action == "edit":
            base, _facts = load_invoice(store, args.id)
            data = _read_json(args.file)
            inv, party = invoice_from_json(data, base=base)
            result = svc.update_invoice(inv, party)
        else:  # status
            inv = svc.change_status(load_invoice(store, args.id)[0].uuid, Status(args.target))
            print(f"{inv.number or inv.uuid}: {inv.status.value}")
            return EXIT_OK
        for w in result.warnings:
            print("warning: " + w.reason.format(other=w.other_number or w.other_uuid),
                  file=sys.stderr)
        inv, facts = load_invoice(store, result.uuid)
        if args.json:
            _print_json(invoice_to_json(inv, facts["party_tax_id"], facts["sync_state"],
                                        facts["sync_message"]))
        else:
            print(inv.uuid)
        return EXIT_OK


def _print_human(d: dict) -> None:
    print(f"{d['number'] or '(no number)'}  [{d['status']}]  {d['kind']}  {d['uuid']}")
    print(f"  party: {d['party']['name']} {d['party']['tax_id']}")
    print(f"  issued {d['issue_date']}, due {d['due_date'] or '-'}, {d['currency']}")
    for ln in d["lines"]:
        print(f"  - {ln['description']}: {ln['quantity']} {ln['unit']} x {ln['unit_price']}"
              f" (-{ln['discount']}%) @ {ln['tax_rate']}% = {ln['net']}")
    t = d["totals"]
    print(f"  net {t['net']}  tax {t['tax']}  gross {t['gross']}  outstanding {t['outstanding']}")


def cmd_demo_data(args) -> int:
    from .sandbox.demo_data import generate
    from .store.bulk import import_invoices
    if args.count < 0 or args.count > 1_000_000:
        raise BadInput("--count must be between 0 and 1,000,000.")
    prof, store = _open_store(args)
    with store:
        result = import_invoices(store, prof.actor or "demo", generate(args.count, args.seed),
                                 action="demo", total=args.count)
    print(f"{result.invoices} invoices and {result.parties_created} parties added to profile "
          f"'{prof.id}'.")
    return EXIT_OK


def cmd_audit(args) -> int:
    prof, store = _open_store(args)
    with store:
        report = store.verify_audit()
    if report.warning:
        print("warning: " + report.warning, file=sys.stderr)
    if report.ok:
        print(f"Audit trail intact: {report.events} events ({report.mode}).")
        return EXIT_OK
    print("Audit trail BROKEN: " + report.reason.format(id=report.first_bad_id), file=sys.stderr)
    return EXIT_FAIL


def cmd_profile(args) -> int:
    from .store.profiles import Profile
    reg = _registry(args)
    if args.action == "list":
        last = reg.last_used()
        profiles = reg.list()
        if args.json:
            _print_json([{"id": p.id, "name": p.name, "kind": p.kind, "url": p.url,
                          "last_used": bool(last and last.id == p.id)} for p in profiles])
        else:
            for p in profiles:
                mark = "*" if last and last.id == p.id else " "
                print(f"{mark} {p.id:<16} {p.kind:<9} {p.name}  {p.url}")
        return EXIT_OK
    prof = Profile(id=reg.unique_id(args.name), name=args.name, kind=args.kind, url=args.url,
                   database=args.database, username=args.user, local_role=args.role,
                   allow_plain_http=args.allow_plain_http, ca_file=args.ca_file)
    reg.add(prof)
    print(prof.id)
    return EXIT_OK


def run_gui(args) -> int:
    from . import app  # Qt only from here on
    return app.main(args)


COMMANDS = {"invoices": cmd_invoices, "demo-data": cmd_demo_data, "audit": cmd_audit,
            "profile": cmd_profile}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        from .logsetup import setup_logging
        from .store.profiles import default_log_dir
        log_dir = (args.data_dir / "logs") if args.data_dir else default_log_dir()
        setup_logging(log_dir)
    except OSError:
        pass  # logging is a help, not a requirement
    try:
        if args.command in COMMANDS:
            return COMMANDS[args.command](args)
        return run_gui(args)
    except BadInput as exc:
        print(f"invoice-desk: {exc.text()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KnownError as exc:
        print(f"invoice-desk: {exc.text()}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
