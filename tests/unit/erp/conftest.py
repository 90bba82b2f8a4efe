"""Fixtures for the HTTP policy tests: a scripted loopback server and a fast client."""

from __future__ import annotations

import pytest

from desktop.erp.http import HttpClient, HttpSettings

from .scripted_server import ScriptedServer


@pytest.fixture
def server():
    s = ScriptedServer()
    yield s
    s.stop()


class Sleeps(list):
    """Records the delays the client asked for instead of sleeping (keeps tests fast)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps():
    return Sleeps()


@pytest.fixture
def client(server, sleeps):
    settings = HttpSettings(connect_timeout=1.0, read_timeout=2.0, retries=2, backoff=0.1)
    c = HttpClient(server.url, settings, sleep=sleeps, rand=lambda: 0.5)
    yield c
    c.close()
