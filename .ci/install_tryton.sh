#!/usr/bin/env bash
# Install a real trytond 8.2 (+ account_invoice, proteus) into its OWN virtualenv,
# kept apart from the app's venv so trytond's dependencies never leak into it.
#
#   TRYTON_VENV   target venv (default: $HOME/.cache/invoice-desk/tryton-venv)
#   PYTHON        interpreter used to create the venv (default: python3)
#
# Idempotent: a marker file inside the venv records the requirement string; when it
# matches and the venv's python can import the modules, the script exits at once.
set -euo pipefail

VENV="${TRYTON_VENV:-$HOME/.cache/invoice-desk/tryton-venv}"
PY="${PYTHON:-python3}"
REQS=("trytond==8.2.*" "trytond-account-invoice==8.2.*" "proteus==8.2.*")
REQ_STRING="${REQS[*]}"
MARKER="$VENV/.invoice-desk-tryton-reqs"

check() {
    [ -x "$VENV/bin/python" ] && [ -x "$VENV/bin/trytond" ] && [ -x "$VENV/bin/trytond-admin" ] \
        && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$REQ_STRING" ] \
        && "$VENV/bin/python" -c "import trytond, proteus, trytond.modules.account_invoice" >/dev/null 2>&1
}

if check; then
    echo "install_tryton: up to date in $VENV ($("$VENV/bin/python" -c 'import trytond; print(trytond.__version__)'))"
    exit 0
fi

start=$(date +%s)
echo "install_tryton: installing $REQ_STRING into $VENV"
rm -f "$MARKER"
if [ ! -x "$VENV/bin/python" ]; then
    mkdir -p "$(dirname "$VENV")"
    "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${REQS[@]}"
"$VENV/bin/python" -c "import trytond, proteus, trytond.modules.account_invoice" \
    || { echo "install_tryton: import check failed" >&2; exit 1; }
printf '%s' "$REQ_STRING" > "$MARKER"
echo "install_tryton: done in $(( $(date +%s) - start )) s (trytond $("$VENV/bin/python" -c 'import trytond; print(trytond.__version__)'))"
