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
    tu = sub.add_parser("tutorial", help="learn the app step by step on practice data")
    tu.add_argument("lesson", nargs="?", help="basics, sync, conflicts, troubleshooting or 1-4")

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
    pa.add_argument("--password-stdin", action="store_true",
                    help="read the password from standard input into the system keychain")
    pc = psub.add_parser("company", help="your company's identity on e-invoices (the "
                                         "profile of --profile, else the default one)")
    pc.add_argument("--name")
    pc.add_argument("--tax-id")
    pc.add_argument("--address")
    pc.add_argument("--country", help="ISO 3166 code, e.g. CN or DE")
    pc.add_argument("--json", action="store_true")
    pt = psub.add_parser("test", help="test the connection of a profile")
    pt.add_argument("id", nargs="?")
    pt.add_argument("--json", action="store_true")

    sy = sub.add_parser("sync", help="sync the profile's store with its ERP")
    sy.add_argument("--once", action="store_true", required=True,
                    help="run one cycle and print its report")
    sy.add_argument("--json", action="store_true")

    co = sub.add_parser("conflicts", help="invoices changed both here and in the ERP")
    csub = co.add_subparsers(dest="action", required=True, parser_class=CliParser)
    cl = csub.add_parser("list")
    cl.add_argument("--json", action="store_true")
    cs = csub.add_parser("show")
    cs.add_argument("id")
    cs.add_argument("--json", action="store_true")
    cr = csub.add_parser("resolve")
    cr.add_argument("id")
    cr.add_argument("--take", choices=["mine", "theirs"], required=True,
                    help="the side for every field not named with --field")
    cr.add_argument("--field", action="append", default=[], metavar="NAME=mine|theirs")
    cd = csub.add_parser("dismiss", help="an invoice the ERP deleted: keep the local copy as "
                                         "it is, close its conflict and stop syncing it")
    cd.add_argument("id")
    cd.add_argument("--json", action="store_true", help="print the result as JSON")

    im = sub.add_parser("import", help="import invoices from .xlsx or a UBL .xml e-invoice")
    im.add_argument("file", type=Path)
    im.add_argument("--sheet")
    im.add_argument("--mapping", help="JSON: field → column number (0-based) or header")
    im.add_argument("--dry-run", action="store_true", help="check only; save nothing")
    im.add_argument("--rejects", type=Path, help="write the refused rows to this .xlsx")
    ex = sub.add_parser("export", help="export invoices to .xlsx, or one invoice to UBL .xml")
    ex.add_argument("file", type=Path)
    ex.add_argument("--invoice", help="with .xml: the invoice to export")
    ex.add_argument("--lines", action="store_true", help="one row per line")
    ex.add_argument("--search", default="")
    ex.add_argument("--status", action="append", default=[])
    ex.add_argument("--language", choices=EXPORT_LANGUAGES,
                    help="the language of headers, kinds and statuses in an .xlsx (default: "
                         "the window's language)")

    pe = sub.add_parser("practice-erp", help="the built-in practice ERP")
    pesub = pe.add_subparsers(dest="action", required=True, parser_class=CliParser)
    ps = pesub.add_parser("serve", help="run it on loopback until interrupted")
    ps.add_argument("--port", type=int, default=8069)
    ps.add_argument("--data", type=Path, help="its SQLite file (default: a temporary one)")
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
    if args.action == "test":
        return _profile_test(args, reg)
    if args.action == "company":
        return _profile_company(args)
    prof = Profile(id=reg.unique_id(args.name), name=args.name, kind=args.kind, url=args.url,
                   database=args.database, username=args.user, local_role=args.role,
                   allow_plain_http=args.allow_plain_http, ca_file=args.ca_file)
    if prof.kind in ("rest", "tryton"):
        from .erp.http import check_url
        if not prof.url:
            raise BadInput("A {kind} profile needs --url.", kind=prof.kind)
        for warning in filter(None, [check_url(prof.url, prof.allow_plain_http)]):
            print(f"warning: {warning}", file=sys.stderr)
    reg.add(prof)
    if args.password_stdin:
        from .store import secrets
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise BadInput("No password was given on standard input.")
        if not secrets.set_secret(prof.secret_name(), password, session_only_fallback=True):
            print("warning: no system keychain here; the password was not saved and must be "
                  "given again.", file=sys.stderr)
    print(prof.id)
    return EXIT_OK


def _profile_company(args) -> int:
    """Set (only the options given) and show the company identity of a profile; refused with
    every problem, nothing saved, when the tax ID does not fit the country."""
    from dataclasses import replace
    reg, prof = _profile(args)
    changes = {k: v.strip() for k, v in (("company", args.name), ("company_tax_id", args.tax_id),
                                         ("company_address", args.address),
                                         ("company_country", args.country)) if v is not None}
    if "company_country" in changes:
        changes["company_country"] = changes["company_country"].upper()
    new = replace(prof, **changes)
    problems = new.company_problems()
    if problems:
        for pr in problems:
            print(f"invoice-desk: {pr.field}: {pr.message.format(**dict(pr.params))}",
                  file=sys.stderr)
        return EXIT_BAD_INPUT
    if changes:
        reg.update(new)
    party = new.company_party()
    shown = {"profile": new.id, "name": party.name, "tax_id": party.tax_id,
             "address": party.address, "country": party.country}
    if args.json:
        _print_json(shown)
    else:
        for k, v in shown.items():
            print(f"{k:<8} {v}")
    return EXIT_OK


def _profile_test(args, reg) -> int:
    from .sync.connect import connected
    prof = reg.get(args.id) if args.id else (reg.get(args.profile) if args.profile
                                             else reg.ensure_offline_default())
    with connected(reg, prof) as conn:
        info = conn.test_connection()
    data = {"erp": info.erp_name, "server_version": info.server_version, "user": info.user,
            "company": info.company, "role": info.role.value, "rights": sorted(info.rights),
            "warnings": list(info.warnings)}
    if args.json:
        _print_json(data)
    else:
        print(f"Connected to {info.erp_name} {info.server_version} as {info.user} "
              f"({info.role.value}) for {info.company}.")
        for w in info.warnings:
            print(f"warning: {w}", file=sys.stderr)
    return EXIT_OK


def cmd_sync(args) -> int:
    from .sync.connect import connected, stop_practice_servers
    from .sync.engine import SyncEngine
    reg, prof = _profile(args)
    from .store.store import Store
    try:
        with Store(reg.store_path(prof.id)) as store, connected(reg, prof) as conn:
            report = SyncEngine(store, conn, actor=prof.actor or getpass.getuser()).run_once()
    finally:
        stop_practice_servers()
    if args.json:
        _print_json(report.as_dict())
    else:
        print(f"sync {report.outcome}: pushed {report.pushed}, pulled {report.pulled}, "
              f"merged {report.merged}, conflicts waiting {report.conflicts}, "
              f"deleted in ERP {report.deleted}, errors {len(report.errors)}"
              + (f" — {report.message}" if report.message else ""))
        for e in report.errors:
            print(f"  {e['kind']}: {e['uuid']}: {e['message']}", file=sys.stderr)
    return EXIT_OK if report.outcome == "ok" else EXIT_FAIL


def cmd_conflicts(args) -> int:
    from .sync import conflicts
    prof, store = _open_store(args)
    with store:
        if args.action == "list":
            items = conflicts.list_conflicts(store)
            if args.json:
                _print_json([{"uuid": c.uuid, "number": c.number, "party": c.party,
                              "fields": c.fields, "since": c.since.isoformat(),
                              "deleted_in_erp": c.deleted_in_erp} for c in items])
            else:
                for c in items:
                    print(f"{c.number or c.uuid:<20} {c.fields} field(s)  {c.party}"
                          + ("  (deleted in the ERP: dismiss)" if c.deleted_in_erp else ""))
            return EXIT_OK
        if args.action == "show":
            d = conflicts.detail(store, args.id)
            rows = [{"field": c.field, "base": c.base, "mine": c.mine, "theirs": c.theirs}
                    for c in d.merge.conflicts]
            if args.json:
                _print_json({"uuid": d.uuid, "number": d.number, "party": d.party,
                             "erp_final": d.erp_final, "deleted_in_erp": d.deleted_in_erp,
                             "conflicts": rows,
                             "merged_from_mine": d.merge.from_mine,
                             "merged_from_theirs": d.merge.from_theirs})
            else:
                note = ("  (deleted in the ERP: nothing to choose; keep the local copy with "
                        "`conflicts dismiss`)" if d.deleted_in_erp else
                        "  (posted in the ERP: only theirs can be kept)" if d.erp_final else "")
                print(f"{d.number or d.uuid}  {d.party}{note}")
                for r in rows:
                    print(f"  {r['field']}: base={r['base']!r} mine={r['mine']!r} "
                          f"theirs={r['theirs']!r}")
            return EXIT_OK
        _may_resolve(prof)
        if args.action == "dismiss":
            return _conflicts_dismiss(args, prof, store)
        fields = {}
        for item in args.field:
            name, _, side = item.partition("=")
            if side not in ("mine", "theirs"):
                raise BadInput("--field takes NAME=mine or NAME=theirs, not {item}.", item=item)
            fields[name] = side
        inv = conflicts.decide(store, prof.actor or getpass.getuser(), args.id, args.take,
                               fields)
        print(f"{inv.number or inv.uuid}: decided; it will be sent with the next sync.")
        return EXIT_OK


def _may_resolve(prof) -> None:
    """The profile's role decides conflicts (as in the window), or PermissionDenied."""
    from .domain.errors import PermissionDenied
    from .domain.workflow import Permission, has_permission
    if not has_permission(Role(prof.local_role), Permission.RESOLVE_CONFLICTS):
        raise PermissionDenied("The {role} role may not do this ({permission}).",
                               role=prof.local_role, permission="resolve_conflicts")


def _conflicts_dismiss(args, prof, store) -> int:
    from .sync import conflicts
    try:
        inv = conflicts.dismiss(store, prof.actor or getpass.getuser(), args.id)
    except conflicts.NotDeletedInErp as exc:
        name = exc.params.get("number") or args.id
        raise BadInput("{name} still exists in the ERP, so its conflict cannot be dismissed; "
                       "decide it with `invoice-desk conflicts resolve {key} --take "
                       "mine|theirs`.", name=name, key=args.id) from exc
    if args.json:
        from .store.invoice_service import load_invoice
        _print_json({"uuid": inv.uuid, "number": inv.number, "dismissed": True,
                     "sync_state": load_invoice(store, inv.uuid)[1]["sync_state"]})
    else:
        print(f"{inv.number or inv.uuid}: conflict closed; the local copy is kept as it is and "
              f"is no longer synced (the ERP deleted this invoice).")
    return EXIT_OK


def cmd_import(args) -> int:
    from .sync import exchange
    prof, store = _open_store(args)
    actor = prof.actor or getpass.getuser()
    suffix = args.file.suffix.lower()
    with store:
        if suffix == ".xml":
            outcome = exchange.import_ubl(store, actor, args.file, exchange.own_party(prof),
                                          dry_run=args.dry_run)
        elif suffix in (".xlsx", ".xlsm"):
            mapping = None
            if args.mapping:
                mapping = _read_mapping(args.mapping)
            outcome = exchange.import_excel(store, actor, args.file, sheet=args.sheet,
                                            mapping=mapping, dry_run=args.dry_run)
        else:
            raise BadInput("Import reads .xlsx workbooks and UBL .xml e-invoices, not {ext}.",
                           ext=suffix or args.file.name)
    for item, warning in outcome.duplicates:
        print("duplicate, not imported: rows {rows}: ".format(
            rows=",".join(map(str, item.rows)) or "-")
            + warning.reason.format(other=warning.other_number or warning.other_uuid),
            file=sys.stderr)
    for rej in outcome.rejected:
        for p in rej.problems:
            print(f"refused: row {p.row}: {p.text()}", file=sys.stderr)
    if args.rejects and outcome.rejected:
        from .io.excel_rows import write_rejects_report
        write_rejects_report(args.rejects, outcome.rejected)
    verb = "would import" if args.dry_run else "imported"
    count = len(outcome.good) if args.dry_run else outcome.imported
    print(f"{verb} {count} invoice(s); {len(outcome.rejected)} refused, "
          f"{len(outcome.duplicates)} duplicate(s) skipped.")
    return EXIT_OK if not outcome.rejected else EXIT_BAD_INPUT


def _read_mapping(text: str) -> dict[str, int]:
    source = Path(text)
    try:
        data = json.loads(source.read_text(encoding="utf-8") if source.exists() else text)
    except (OSError, json.JSONDecodeError) as exc:
        raise BadInput("--mapping must be JSON such as {{\"number\": 0, \"party_name\": 1}} "
                       "or a file holding it ({reason}).", reason=str(exc)) from exc
    if not isinstance(data, dict) or not all(isinstance(v, int) and v >= 0
                                             for v in data.values()):
        raise BadInput("--mapping maps field names to column numbers (0 is the first column).")
    return data


EXPORT_LANGUAGES = ("en", "zh_CN")


def _export_labels(args):
    """The words of an .xlsx export in --language (default: the window's language)."""
    from .app import export_labels
    labels, found = export_labels(args.data_dir, args.language)
    if not found:
        print("warning: no translation found for that language; the export is in English.",
              file=sys.stderr)
    return labels


def cmd_export(args) -> int:
    from .store import search
    from .sync import exchange
    prof, store = _open_store(args)
    suffix = args.file.suffix.lower()
    with store:
        if suffix == ".xml":
            if not args.invoice:
                raise BadInput("Name the invoice to export as UBL with --invoice.")
            exchange.export_ubl(store, args.invoice, args.file, prof.company_party())
            print(f"wrote {args.file}")
            return EXIT_OK
        q = search.InvoiceQuery(text=args.search, statuses=tuple(args.status))
        n = exchange.export_excel(store, args.file, q, args.lines, labels=_export_labels(args))
    print(f"wrote {n} row(s) to {args.file}")
    return EXIT_OK


def cmd_practice_erp(args) -> int:
    from .sandbox.practice_erp import PracticeErp
    if not 0 <= args.port <= 65535:
        raise BadInput("--port must be between 0 and 65535.")
    try:
        server = PracticeErp(args.data, port=args.port)
        url = server.start()
    except OSError as exc:
        raise KnownError("Cannot listen on port {port}: {reason}.", port=args.port,
                         reason=exc.strerror or str(exc)) from exc
    print(f"Practice ERP on {url} (users: clerk/approver/admin, password \"practice\"); "
          f"Ctrl+C stops it.", flush=True)
    server.serve_forever()
    return EXIT_OK


def run_gui(args) -> int:
    from . import app  # Qt only from here on
    return app.main(args)


COMMANDS = {"invoices": cmd_invoices, "demo-data": cmd_demo_data, "audit": cmd_audit,
            "profile": cmd_profile, "sync": cmd_sync, "conflicts": cmd_conflicts,
            "practice-erp": cmd_practice_erp, "import": cmd_import, "export": cmd_export}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        from .logsetup import setup_logging
        from .store.profiles import default_log_dir
        log_dir = (args.data_dir / "logs") if args.data_dir else default_log_dir()
        setup_logging(log_dir)  # the ERP layer adds its own redaction when it is first used
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
