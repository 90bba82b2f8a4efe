"""Test harness running a REAL trytond 8.2 (SQLite) on loopback.

trytond lives in its own virtualenv (.ci/install_tryton.sh, $TRYTON_VENV); this package
uses only the stdlib and requests and drives trytond's tools as subprocesses.

    from tests.tryton_harness import build_template, TrytonServer, RawTryton
    tmpl = build_template()                       # cached, ~40 s cold, instant warm
    with TrytonServer(tmpl) as srv:
        rt = srv.raw("admin")                     # logged-in RawTryton
        rt.execute("party.party", "search_read", [], 0, None, None, ["name"])

pytest fixtures live in tests.tryton_harness.fixtures (tryton_template, tryton_server,
tryton_server_https, tryton_raw).
"""
from .rpc import (RawTryton, TrytonConcurrencyError, TrytonHTTPError, TrytonRPCError,
                  TrytonUserError, TrytonUserWarning, decode, encode)
from .server import TrytonServer, free_port
from .template import (DB_NAME, HARNESS_VERSION, Template, TrytonHarnessError, build_template,
                       default_cache_dir, ensure_tryton_venv, tryton_venv, tryton_version)

__all__ = [
    "RawTryton", "TrytonRPCError", "TrytonHTTPError", "TrytonUserError", "TrytonUserWarning",
    "TrytonConcurrencyError", "encode", "decode", "TrytonServer", "free_port", "DB_NAME",
    "HARNESS_VERSION", "Template", "TrytonHarnessError", "build_template", "default_cache_dir",
    "ensure_tryton_venv", "tryton_venv", "tryton_version",
]
