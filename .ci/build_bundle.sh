#!/usr/bin/env bash
# Build the Linux bundle (PyInstaller --onedir, installer/invoice_desk.spec) into
# dist/invoice-desk/ and smoke-test the frozen app: --version, headless commands that load
# migrations, keyring, stdnum, openpyxl and defusedxml, then the window offscreen
# (--smoke-test) in English and in Chinese. Prints the bundle's size and start times.
#
#   bash .ci/build_bundle.sh              build, then test
#   bash .ci/build_bundle.sh --no-build   test the bundle already in dist/
#
# Uses the app's virtualenv (.venv, made by .ci/setup; INVOICE_DESK_BUILD_VENV picks another)
# and installs PyInstaller into it from PyPI when missing. Everything else is offline.
# The frozen app only ever sees temporary --data-dir folders: it never touches real data.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=1
[ "${1:-}" = "--no-build" ] && BUILD=0
VENV="${INVOICE_DESK_BUILD_VENV:-.venv}"
PY="$VENV/bin/python"
APP=dist/invoice-desk/invoice-desk
INTERNAL=dist/invoice-desk/_internal
PYINSTALLER_REQ="pyinstaller>=6.10,<7"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY

if [ ! -x "$PY" ]; then
    echo "build_bundle: no $PY; run .ci/setup first" >&2
    exit 1
fi

PASSED=0
FAILED=0
ok() { PASSED=$((PASSED + 1)); echo "  ok    $*"; }
fail() { FAILED=$((FAILED + 1)); echo "  FAIL  $*" >&2; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

VERSION=$("$PY" -c 'import ast, pathlib
for n in ast.parse(pathlib.Path("desktop/__init__.py").read_text()).body:
    if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "__version__":
        print(ast.literal_eval(n.value))')

# --- build ---------------------------------------------------------------------------------
BUILD_SECS="(not built)"
if [ "$BUILD" = 1 ]; then
    if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
        echo "build_bundle: installing $PYINSTALLER_REQ into $VENV"
        "$PY" -m pip install -q "$PYINSTALLER_REQ"
    fi
    echo "build_bundle: PyInstaller $("$PY" -m PyInstaller --version), Invoice Desk $VERSION"
    t0=$(now)
    "$PY" installer/make_icons.py build/icons >/dev/null
    rm -rf dist/invoice-desk
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller installer/invoice_desk.spec
    BUILD_SECS=$(secs "$t0" "$(now)")
    echo "build_bundle: built in ${BUILD_SECS} s"
fi
[ -x "$APP" ] || { echo "build_bundle: $APP is missing" >&2; exit 1; }

WORK=$(mktemp -d -t invoice-desk-bundle-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "build_bundle: smoke test of the frozen app"

# --- what the bundle holds -----------------------------------------------------------------
missing=0
while IFS= read -r -d '' f; do
    [ -f "$INTERNAL/$f" ] || { fail "bundle lacks $f"; missing=1; }
done < <(find resources -type f -print0
           find desktop/i18n -type f -name '*.qm' -print0
           find desktop/store/migrations -type f ! -path '*/__pycache__/*' ! -name '*.pyc' -print0)
[ "$missing" = 0 ] && ok "every resource, .qm and migration file is in the bundle"
for f in PySide6/Qt/translations/qtbase_zh_CN.qm PySide6/Qt/plugins/iconengines/libqsvgicon.so \
         PySide6/Qt/plugins/imageformats/libqsvg.so PySide6/Qt/plugins/platforms/libqoffscreen.so \
         PySide6/Qt/plugins/platforms/libqxcb.so; do
    if [ -f "$INTERNAL/$f" ]; then ok "bundle has $f"; else fail "bundle lacks $f"; fi
done
if ls "$INTERNAL"/keyring-*.dist-info/entry_points.txt >/dev/null 2>&1; then
    ok "keyring's entry points (backend discovery) are in the bundle"
else
    fail "keyring's dist-info/entry_points.txt is missing: keyring would find no backend"
fi

# --- start time: --version -----------------------------------------------------------------
"$APP" --version >/dev/null  # first start: page cache
best=999
for _ in 1 2 3; do
    t0=$(now)
    out=$("$APP" --version)
    t=$(secs "$t0" "$(now)")
    best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (b < a) ? b : a }')
done
VERSION_SECS=$best
if [ "$out" = "Invoice Desk $VERSION" ]; then ok "--version says '$out' (${VERSION_SECS} s)"
else fail "--version said '$out', expected 'Invoice Desk $VERSION'"; fi

# --- headless commands: migrations, stdnum, keyring, openpyxl, defusedxml -------------------
run() {  # run NAME COMMAND...: the frozen app must exit 0
    local name=$1; shift
    if "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"; then ok "$name"
    else fail "$name (exit $?): $(tail -n 5 "$WORK/err.txt")"; fi
}
D="$WORK/data"
run "demo-data --count 20 (store created by the Alembic migrations)" \
    "$APP" --data-dir "$D" demo-data --count 20
cat >"$WORK/de.json" <<'EOF'
{"kind": "sale", "number": "SMOKE-DE-1",
 "party": {"name": "Smoke GmbH", "tax_id": "DE136695976", "country": "DE"},
 "issue_date": "2026-11-28", "due_date": "2026-12-28", "currency": "CNY",
 "lines": [{"description": "Beratung", "quantity": "2", "unit": "h", "unit_price": "100.00",
            "discount": "0", "tax_rate": "13"}]}
EOF
# A valid German VAT number: stdnum.eu.vat imports stdnum.de.vat by name at run time.
run "invoices add with an EU VAT number (stdnum's per-country modules)" \
    "$APP" --data-dir "$D" invoices add "$WORK/de.json"
if "$APP" --data-dir "$D" invoices list --json --limit 100 >"$WORK/list.json" 2>"$WORK/err.txt" \
        && "$PY" -c 'import json, sys; rows = json.load(open(sys.argv[1])); sys.exit(0 if len(rows) == 21 else 1)' \
            "$WORK/list.json"; then
    ok "invoices list --json lists the 21 invoices"
else
    fail "invoices list --json: $(head -c 300 "$WORK/list.json") $(tail -n 3 "$WORK/err.txt")"
fi
run "audit verify (keyring asked for the audit key)" "$APP" --data-dir "$D" audit verify
run "export .xlsx (openpyxl)" "$APP" --data-dir "$D" export "$WORK/out.xlsx"
run "export --lines .xlsx" "$APP" --data-dir "$D" export --lines "$WORK/lines.xlsx"
run "import .xlsx into a new store (openpyxl reading)" \
    "$APP" --data-dir "$WORK/fresh1" import "$WORK/lines.xlsx"
run "profile company (our identity for the e-invoice seller; stdnum's cn.uscc)" \
    "$APP" --data-dir "$D" profile company --name "Smoke Trading Ltd" \
    --tax-id 91986987QQJE70K23X --country CN
run "export UBL .xml" "$APP" --data-dir "$D" export "$WORK/one.xml" --invoice SMOKE-DE-1
run "profile company of the new store (the same company, to import its own sale)" \
    "$APP" --data-dir "$WORK/fresh2" profile company --name "Smoke Trading Ltd" \
    --tax-id 91986987QQJE70K23X --country CN
run "import UBL .xml into a new store (defusedxml)" \
    "$APP" --data-dir "$WORK/fresh2" import "$WORK/one.xml"
run "the imported UBL invoice is there" \
    "$APP" --data-dir "$WORK/fresh2" invoices show SMOKE-DE-1 --json
# keyring.backends.* must be importable in the bundle (keyring loads them by name).
if echo "not-a-real-password" | PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
        "$APP" --data-dir "$D" profile add "Smoke ERP" --kind rest --url https://erp.example.test \
        --password-stdin >"$WORK/out.txt" 2>"$WORK/err.txt" && ! grep -q "no system keychain" "$WORK/err.txt"; then
    ok "profile add --password-stdin stores through a keyring backend"
else
    fail "profile add --password-stdin: $(tail -n 5 "$WORK/err.txt")"
fi

# --- the window, offscreen: English, then Chinese -------------------------------------------
SMOKE_SECS=""
for lang in en zh_CN; do
    G="$WORK/gui-$lang"
    mkdir -p "$G"
    printf '[ui]\nlanguage=%s\n' "$lang" >"$G/ui-settings.ini"
    t0=$(now)
    if "$APP" --data-dir "$G" --smoke-test >"$WORK/out.txt" 2>"$WORK/err.txt"; then
        t=$(secs "$t0" "$(now)")
        [ -z "$SMOKE_SECS" ] && SMOKE_SECS=$t
        ok "--smoke-test in $lang: the window opened on a demo store and closed (${t} s)"
    else
        fail "--smoke-test in $lang (exit $?): $(tail -n 8 "$WORK/err.txt")"
        continue
    fi
    if grep -h -E "no translation file|style sheet .* not found|Traceback" "$G"/logs/*.log \
            >"$WORK/bad.txt" 2>/dev/null; then
        fail "--smoke-test in $lang logged: $(head -n 3 "$WORK/bad.txt")"
    else
        ok "--smoke-test in $lang found its translations and style sheet"
    fi
done

# --- summary -------------------------------------------------------------------------------
SIZE=$(du -sh dist/invoice-desk | cut -f1)
FILES=$(find dist/invoice-desk -type f | wc -l)
echo "build_bundle: Invoice Desk $VERSION bundle dist/invoice-desk: $SIZE in $FILES files;" \
     "build ${BUILD_SECS} s; start: --version ${VERSION_SECS} s, --smoke-test ${SMOKE_SECS:-?} s"
echo "bundle: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
