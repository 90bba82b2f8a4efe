"""Shared test set-up: offscreen Qt, an in-memory keyring, temporary data directories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.memory_keyring.MemoryKeyring")

import pytest  # noqa: E402

pytest_plugins = ["tests.tryton_harness.fixtures"]


@pytest.fixture
def data_dir(tmp_path):
    """A fresh data directory for one test."""
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture(autouse=True)
def _fresh_memory_keyring():
    """Each test starts with an empty in-memory keychain and no session-only secrets."""
    from desktop.store import secrets
    from tests.memory_keyring import MemoryKeyring
    MemoryKeyring.store.clear()
    secrets._session_only.clear()  # noqa: SLF001 - test isolation
    yield


@pytest.fixture
def store(tmp_path):
    """An empty store in a temporary folder."""
    from desktop.store.store import Store
    st = Store(tmp_path / "store.sqlite")
    yield st
    st.close()


@pytest.fixture
def service(store):
    from desktop.domain.workflow import Role
    from desktop.store.invoice_service import InvoiceService
    return InvoiceService(store, "alice", Role.ADMINISTRATOR)
