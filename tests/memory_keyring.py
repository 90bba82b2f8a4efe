"""A test-only keyring backend that keeps secrets in process memory.

Selected with PYTHON_KEYRING_BACKEND=tests.memory_keyring.MemoryKeyring (the test suite sets
it); subprocesses started by tests inherit the variable and get their own empty store.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1
    store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)
