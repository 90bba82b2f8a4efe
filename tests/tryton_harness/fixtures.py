"""pytest fixtures for a real trytond. Register from tests/conftest.py:

    pytest_plugins = ["tests.tryton_harness.fixtures"]

Fixtures
    tryton_template       session  Template (.db_file, .facts, .directory, .build_info)
    tryton_server         module   TrytonServer over HTTP, one per test module
    tryton_server_https   module   TrytonServer over HTTPS (self-signed CA at .ca_file)
    tryton_server_fresh   function TrytonServer with a pristine database for this test only
    tryton_raw            function RawTryton logged in as admin on tryton_server,
                                   context {"company": company_id} preset
    tryton_facts          module   the facts dict of tryton_server

Environment
    INVOICE_DESK_SKIP_TRYTON=1      skip every test that needs trytond (the ONLY way to skip;
                                    otherwise install/build errors FAIL the tests loudly)
    TRYTON_VENV                     trytond's virtualenv (default ~/.cache/invoice-desk/tryton-venv)
    INVOICE_DESK_TRYTON_CACHE       template cache (default ~/.cache/invoice-desk/tryton-templates)
    INVOICE_DESK_KEEP_TRYTON=1      keep each server's temp dir (database + trytond.log)
"""
from __future__ import annotations

import os
import time

import pytest

from .server import TrytonServer
from .template import build_template, default_cache_dir

_TIMINGS: dict[str, list] = {"template": [], "server_start": []}


def _skip_requested() -> bool:
    return os.environ.get("INVOICE_DESK_SKIP_TRYTON", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def tryton_template():
    if _skip_requested():
        pytest.skip("real trytond tests disabled by INVOICE_DESK_SKIP_TRYTON=1")
    t0 = time.monotonic()
    # No try/except on purpose: a failed install/build must error the tests, never skip.
    template = build_template(default_cache_dir())
    _TIMINGS["template"].append(
        (round(time.monotonic() - t0, 2), template.build_info.get("seconds_total")))
    return template


def _server(template, request, **kwargs):
    server = TrytonServer(template, **kwargs)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    _TIMINGS["server_start"].append((request.node.nodeid, round(server.start_seconds, 2),
                                     kwargs.get("https", False)))
    return server


@pytest.fixture(scope="module")
def tryton_server(tryton_template, request):
    server = _server(tryton_template, request)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def tryton_server_https(tryton_template, request):
    server = _server(tryton_template, request, https=True)
    yield server
    server.stop()


@pytest.fixture
def tryton_server_fresh(tryton_template, request):
    server = _server(tryton_template, request)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def tryton_facts(tryton_server):
    return tryton_server.facts


@pytest.fixture
def tryton_raw(tryton_server):
    rt = tryton_server.raw("admin")
    yield rt
    rt.close()


def pytest_terminal_summary(terminalreporter):
    if not (_TIMINGS["template"] or _TIMINGS["server_start"]):
        return
    tr = terminalreporter
    tr.section("tryton harness timings")
    for wall, built in _TIMINGS["template"]:
        tr.write_line(f"template ready in {wall:.2f}s"
                      + (f" (its build took {built}s)" if built else ""))
    starts = _TIMINGS["server_start"]
    for nodeid, secs, https in starts:
        tr.write_line(f"server start {secs:.2f}s{' https' if https else ''}  [{nodeid}]")
