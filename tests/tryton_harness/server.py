"""Run a real trytond on loopback against a fresh copy of the template database."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests

from .certs import make_server_cert
from .template import (DB_NAME, Template, TrytonHarnessError, _subprocess_env, checkpoint,
                       tryton_venv, write_config)

__all__ = ["TrytonServer", "free_port"]


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class TrytonServer:
    """A trytond process serving a private copy of the template.

        with TrytonServer(template) as srv:          # or TrytonServer(template, https=True)
            srv.url        # "http://127.0.0.1:PORT" (https://... with https=True)
            srv.database   # "invoice_desk"
            srv.facts      # dict, see facts.json (company_id, accounts, journals, taxes ...)
            srv.ca_file    # Path of the test CA (https only, else None)
            srv.log_file   # trytond's stdout+stderr
            srv.raw()      # a RawTryton (not logged in) with the right verify=

    `template` is a Template (from build_template) or its directory.
    """

    def __init__(self, template: Template | Path | str, *, https: bool = False,
                 startup_timeout: float = 30.0, workdir: Path | str | None = None,
                 keep: bool = False, extra_config: dict[str, dict[str, str]] | None = None):
        self.template = template if isinstance(template, Template) else Template(Path(template))
        self.https = https
        self.startup_timeout = startup_timeout
        self.keep = keep or bool(os.environ.get("INVOICE_DESK_KEEP_TRYTON"))
        self.extra_config = extra_config
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="tryton-srv-"))
        self.database = DB_NAME
        self.facts: dict = json.loads(json.dumps(self.template.facts))  # private copy
        self.db_file = self.workdir / f"{DB_NAME}.sqlite"
        self.config_file = self.workdir / "trytond.conf"
        self.log_file = self.workdir / "trytond.log"
        self.ca_file: Path | None = None
        self.host = "127.0.0.1"
        self.port: int | None = None
        self.url: str | None = None
        self.process: subprocess.Popen | None = None
        self.start_seconds: float | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> "TrytonServer":
        t0 = time.monotonic()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.copy_template()
        ssl = None
        if self.https:
            ca, cert, key = make_server_cert(self.workdir / "tls")
            self.ca_file, ssl = ca, (cert, key)
        write_config(self.config_file, self.workdir, ssl=ssl, extra=self.extra_config)
        last_error = None
        for _attempt in range(3):  # a free port can be taken between probe and bind
            self.port = free_port(self.host)
            scheme = "https" if self.https else "http"
            self.url = f"{scheme}://{self.host}:{self.port}"
            self._spawn()
            try:
                self._wait_ready()
                break
            except TrytonHarnessError as exc:
                last_error = exc
                log = self.read_log()
                self._terminate()
                if "Address already in use" not in log:
                    raise
        else:
            raise last_error  # type: ignore[misc]
        self.start_seconds = time.monotonic() - t0
        return self

    def copy_template(self) -> None:
        """(Re)place the database with a clean copy of the template (server must be stopped)."""
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(self.db_file) + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.template.db_file, self.db_file)

    def _spawn(self) -> None:
        env = _subprocess_env()
        env["TRYTOND_WEB__LISTEN"] = f"{self.host}:{self.port}"
        with open(self.log_file, "a", encoding="utf-8") as log:
            log.write(f"--- starting trytond on {self.url}\n")
            log.flush()
            self.process = subprocess.Popen(
                [str(tryton_venv() / "bin" / "trytond"), "-c", str(self.config_file),
                 "-d", self.database],
                env=env, cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        body = {"id": 0, "method": "common.server.version", "params": []}
        with requests.Session() as s:
            s.trust_env = False
            while True:
                if self.process.poll() is not None:
                    raise TrytonHarnessError(
                        f"trytond exited with {self.process.returncode} before answering "
                        f"on {self.url}; log {self.log_file}:\n{self.read_log()[-8000:]}")
                try:
                    r = s.post(f"{self.url}/rpc/", json=body, timeout=(1, 5),
                               verify=str(self.ca_file) if self.ca_file else True)
                    if r.status_code == 200 and "result" in r.json():
                        self.server_version = r.json()["result"]
                        return
                except (requests.ConnectionError, requests.Timeout, ValueError):
                    pass
                if time.monotonic() > deadline:
                    raise TrytonHarnessError(
                        f"trytond did not answer common.server.version on {self.url} within "
                        f"{self.startup_timeout:.0f}s; log {self.log_file}:\n"
                        f"{self.read_log()[-8000:]}")
                time.sleep(0.1)

    def _terminate(self) -> None:
        p = self.process
        if p is None:
            return
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(p.pid, signal.SIGKILL)  # its own session: only trytond's group
                except ProcessLookupError:
                    pass
                p.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        self._terminate()
        if self._own_workdir and not self.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def restart(self, *, fresh_database: bool = False) -> None:
        """Stop and start again on the same port/url (optionally with a clean database)."""
        self._terminate()
        if fresh_database:
            self.copy_template()
        self._spawn()
        self._wait_ready()

    def checkpoint(self) -> None:
        checkpoint(self.db_file)

    def __enter__(self) -> "TrytonServer":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- helpers ---------------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def verify(self):
        """What to pass as requests' verify= for this server."""
        return str(self.ca_file) if self.ca_file else True

    def read_log(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def raw(self, login: str | None = None, password: str | None = None):
        """A RawTryton for this server; logged in when login is given (password from facts
        if omitted), with context {"company": company_id} preset."""
        from .rpc import RawTryton
        rt = RawTryton(self.url, self.database, verify=self.verify,
                       context=dict(self.facts.get("context", {})))
        if login is not None:
            if password is None:
                password = self.facts["users"][login]["password"]
            rt.login(login, password)
        return rt

    def __repr__(self) -> str:
        return f"TrytonServer(url={self.url!r}, database={self.database!r}, alive={self.alive})"
