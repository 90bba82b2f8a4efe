#!/usr/bin/env bash
# Build "Invoice Desk.app" and dist/InvoiceDesk-<version>.dmg on macOS: icons, PyInstaller
# (installer/invoice_desk.spec), smoke test of the frozen app, then — only when credentials are
# given — codesign (hardened runtime), notarisation and stapling; last, the .dmg.
#
#   bash installer/macos/build_dmg.sh
#
# Signing is done by PyInstaller itself (installer/invoice_desk.spec reads MACOS_SIGN_IDENTITY:
# every binary, then the .app; hardened runtime, secure timestamp and
# installer/macos/entitlements.plist), so nested Qt frameworks are signed in the right order.
#
# Environment (all optional; without them the app and the .dmg are unsigned, for testing):
#   INVOICE_DESK_BUILD_VENV   virtualenv to build with (default .venv; made with $PYTHON,
#                             default python3, and the app installed, when missing)
#   MACOS_SIGN_IDENTITY       "Developer ID Application: Company (TEAMID)" from the keychain
#   MACOS_KEYCHAIN            the keychain holding it (CI: a temporary one), else the default
#   Notarisation (needs MACOS_SIGN_IDENTITY), either
#   MACOS_NOTARY_PROFILE      a profile saved by `xcrun notarytool store-credentials`, or
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific password)
#
# The version comes from desktop/__init__.py (the spec writes it into Info.plist; this script
# checks that it did). The user's data is in ~/Library/Application Support/InvoiceDesk, never
# in the .app: replacing the app upgrades it and keeps every invoice.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(uname -s)" != "Darwin" ]; then
    echo "build_dmg.sh: runs on macOS only (hdiutil, codesign, notarytool)" >&2
    exit 1
fi

VENV="${INVOICE_DESK_BUILD_VENV:-.venv}"
PY="$VENV/bin/python"
APP_NAME="Invoice Desk"
APP="dist/$APP_NAME.app"
EXE="$APP/Contents/MacOS/invoice-desk"

VERSION=$(sed -n 's/^__version__ *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' desktop/__init__.py)
[ -n "$VERSION" ] || { echo "build_dmg.sh: no __version__ in desktop/__init__.py" >&2; exit 1; }
DMG="dist/InvoiceDesk-$VERSION.dmg"
echo "Invoice Desk $VERSION"

# --- build venv -----------------------------------------------------------------------------
if [ ! -x "$PY" ]; then
    "${PYTHON:-python3}" -m venv "$VENV"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q -e .
fi
"$PY" -m pip install -q "pyinstaller>=6.10,<7"

# --- signing set-up: PyInstaller signs (see codesign_identity in the spec) -------------------
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    if [ -n "${MACOS_KEYCHAIN:-}" ]; then
        # codesign looks in the user's keychain search list: put the build keychain on it.
        # shellcheck disable=SC2046
        security list-keychains -d user -s "$MACOS_KEYCHAIN" \
            $(security list-keychains -d user | tr -d '"')
    fi
    security find-identity -v -p codesigning | grep -F "$MACOS_SIGN_IDENTITY" >/dev/null || {
        echo "build_dmg.sh: no codesigning identity '$MACOS_SIGN_IDENTITY' in the keychains" >&2
        exit 1
    }
    export MACOS_SIGN_IDENTITY
else
    echo "MACOS_SIGN_IDENTITY not set: the app is signed ad hoc only (Gatekeeper refuses it on" \
         "other Macs); no notarisation"
fi

# --- icons and the .app (signed by PyInstaller when an identity is given) -------------------
"$PY" installer/make_icons.py build/icons
rm -rf "$APP" dist/invoice-desk
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/invoice_desk.spec

plist_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" \
    "$APP/Contents/Info.plist")
if [ "$plist_version" != "$VERSION" ]; then
    echo "build_dmg.sh: Info.plist says $plist_version, desktop/__init__.py $VERSION" >&2
    exit 1
fi

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
    if ! codesign --display --verbose=2 "$APP" 2>&1 | grep -q "flags=.*runtime"; then
        echo "build_dmg.sh: the app is not signed with the hardened runtime" >&2
        exit 1
    fi
fi

smoke_test() {  # the frozen app, from inside the .app: version, headless store, the window
    local data said
    data=$(mktemp -d -t invoice-desk-smoke)
    said=$("$EXE" --version)
    if [ "$said" != "Invoice Desk $VERSION" ]; then
        echo "smoke test: --version said '$said'" >&2
        return 1
    fi
    "$EXE" --data-dir "$data" demo-data --count 20 >/dev/null
    "$EXE" --data-dir "$data" audit verify >/dev/null
    "$EXE" --data-dir "$data" export "$data/out.xlsx" >/dev/null
    QT_QPA_PLATFORM=offscreen "$EXE" --data-dir "$data/gui" --smoke-test
    rm -rf "$data"
    echo "smoke test passed"
}
smoke_test  # signed builds run here with the hardened runtime and the entitlements

# --- notarisation: only with a signing identity and notary credentials -----------------------
notarize() {  # notarize FILE: submit, wait for Apple's verdict (the caller staples)
    local file=$1
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$file" --keychain-profile "$MACOS_NOTARY_PROFILE" \
            --wait --timeout 1h --output-format json >build/notarytool.json
    else
        xcrun notarytool submit "$file" --apple-id "$MACOS_NOTARY_APPLE_ID" \
            --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" \
            --wait --timeout 1h --output-format json >build/notarytool.json
    fi
    cat build/notarytool.json
    if ! grep -q '"status" *: *"Accepted"' build/notarytool.json; then
        echo "build_dmg.sh: Apple did not accept $file; 'xcrun notarytool log <id>' says why" >&2
        return 1
    fi
}

NOTARIZE=0
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ] || { [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] &&
            [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; }; then
        NOTARIZE=1
    else
        echo "no notarisation credentials (MACOS_NOTARY_PROFILE, or MACOS_NOTARY_APPLE_ID +" \
             "MACOS_NOTARY_TEAM_ID + MACOS_NOTARY_PASSWORD): signed, not notarised"
    fi
fi

if [ "$NOTARIZE" = 1 ]; then
    # The app first, so the copy a user drags out of the .dmg carries its own ticket.
    mkdir -p build
    ditto -c -k --sequesterRsrc --keepParent "$APP" build/notarize-app.zip
    notarize build/notarize-app.zip
    xcrun stapler staple "$APP"
    xcrun stapler validate "$APP"
    spctl --assess --type execute --verbose=2 "$APP"
fi

# --- the .dmg: the app and a link to /Applications ------------------------------------------
STAGE=build/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/$APP_NAME.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ "$NOTARIZE" = 1 ]; then
    notarize "$DMG"
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
fi

echo "app: $APP ($(du -sh "$APP" | cut -f1))"
echo "dmg: $DMG ($(du -sh "$DMG" | cut -f1))"
