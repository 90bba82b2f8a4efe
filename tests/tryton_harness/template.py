"""Locate/install the trytond venv and build the cached template database."""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

__all__ = [
    "HARNESS_VERSION", "DB_NAME", "REPO_ROOT", "TrytonHarnessError",
    "tryton_venv", "ensure_tryton_venv", "tryton_version", "default_cache_dir",
    "build_template", "Template", "write_config", "checkpoint",
]

# Bump when the template's content changes in a way the setup script's hash does not show.
HARNESS_VERSION = "1"
DB_NAME = "invoice_desk"
ADMIN_PASSWORD = "admin"
REPO_ROOT = Path(__file__).resolve().parents[2]
_HERE = Path(__file__).resolve().parent
_SETUP_SCRIPT = _HERE / "_setup_accounting.py"
_INSTALL_SCRIPT = REPO_ROOT / ".ci" / "install_tryton.sh"


class TrytonHarnessError(RuntimeError):
    pass


def tryton_venv() -> Path:
    """The trytond virtualenv: $TRYTON_VENV or ~/.cache/invoice-desk/tryton-venv."""
    env = os.environ.get("TRYTON_VENV")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "invoice-desk" / "tryton-venv"


def _bin(name: str) -> Path:
    return tryton_venv() / "bin" / name


def ensure_tryton_venv() -> Path:
    """Run .ci/install_tryton.sh (fast no-op when up to date); raise on failure."""
    venv = tryton_venv()
    env = dict(os.environ, TRYTON_VENV=str(venv))
    t0 = time.monotonic()
    proc = subprocess.run(["bash", str(_INSTALL_SCRIPT)], env=env, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise TrytonHarnessError(
            f"{_INSTALL_SCRIPT} failed (exit {proc.returncode}) after "
            f"{time.monotonic() - t0:.1f}s:\n{proc.stdout}\n{proc.stderr[-6000:]}")
    return venv


def tryton_version() -> str:
    out = subprocess.run([str(_bin("python")), "-c", "import trytond; print(trytond.__version__)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def default_cache_dir() -> Path:
    env = os.environ.get("INVOICE_DESK_TRYTON_CACHE")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "invoice-desk" / "tryton-templates"


def write_config(path: Path, data_dir: Path, *, ssl: tuple[Path, Path] | None = None,
                 extra: dict[str, dict[str, str]] | None = None) -> Path:
    """trytond INI. [web] listen is left OUT on purpose: the env var would lose to it."""
    sections: dict[str, dict[str, str]] = {
        "database": {"uri": "sqlite://", "path": str(data_dir)},
        "session": {"timeout": "3600"},
    }
    if ssl:
        sections["ssl"] = {"certificate": str(ssl[0]), "privatekey": str(ssl[1])}
    for sec, opts in (extra or {}).items():
        sections.setdefault(sec, {}).update(opts)
    text = "".join(f"[{sec}]\n" + "".join(f"{k} = {v}\n" for k, v in opts.items()) + "\n"
                   for sec, opts in sections.items())
    path.write_text(text, encoding="utf-8")
    return path


def checkpoint(db_file: Path) -> None:
    con = sqlite3.connect(str(db_file))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    for suffix in ("-wal", "-shm", "-journal"):
        p = Path(str(db_file) + suffix)
        if p.exists() and p.stat().st_size == 0:
            p.unlink()


class Template:
    """A built template: `db_file` (DIR/invoice_desk.sqlite) and `facts` (dict)."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.database = DB_NAME
        self.db_file = self.directory / f"{DB_NAME}.sqlite"
        self.facts_file = self.directory / "facts.json"
        self.facts: dict = json.loads(self.facts_file.read_text(encoding="utf-8"))
        info = self.directory / "build.json"
        self.build_info: dict = json.loads(info.read_text()) if info.exists() else {}

    def __repr__(self) -> str:
        return f"Template({str(self.directory)!r})"


def _template_key(version: str, year: int) -> str:
    digest = hashlib.sha256(_SETUP_SCRIPT.read_bytes()).hexdigest()[:10]
    return f"trytond-{version}-y{year}-h{HARNESS_VERSION}-{digest}"


def _run(cmd: list[str], *, env: dict, cwd: Path, log: Path, what: str) -> None:
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(cmd)}\n")
        out.flush()
        proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-8000:]
        raise TrytonHarnessError(f"{what} failed (exit {proc.returncode}); log {log}:\n{tail}")


def _subprocess_env() -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TRYTOND_", "PYTHON")) and k not in ("VIRTUAL_ENV", "TRYTONPASSFILE")}
    venv = tryton_venv()
    env["VIRTUAL_ENV"] = str(venv)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def build_template(cache_dir: Path | str | None = None, *, year: int | None = None,
                   install: bool = True, force: bool = False) -> Template:
    """Build (once) and return the template database.

    Cached in cache_dir/<key>/ where key = trytond version + calendar year + harness
    version + hash of the setup script. Safe against concurrent builders (flock).
    """
    if install:
        ensure_tryton_venv()
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    cache_dir.mkdir(parents=True, exist_ok=True)
    year = year or dt.date.today().year
    version = tryton_version()
    key = _template_key(version, year)
    final = cache_dir / key
    lock_path = cache_dir / ".lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if final.exists() and not force and (final / "facts.json").exists():
                return Template(final)
            if final.exists():
                shutil.rmtree(final)
            for stale in cache_dir.glob("*.building-*"):  # left by a killed builder
                shutil.rmtree(stale, ignore_errors=True)
            work = cache_dir / f"{key}.building-{os.getpid()}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            try:
                _build(work, year, version)
            except BaseException:
                # keep the failed build for post-mortem, under a name never used as a cache hit
                failed = cache_dir / f"{key}.failed"
                shutil.rmtree(failed, ignore_errors=True)
                with contextlib.suppress(OSError):
                    work.rename(failed)
                raise
            os.rename(work, final)
            # drop stale templates of other keys (other years/versions), keep .failed ones
            for other in cache_dir.iterdir():
                if other.is_dir() and other.name.startswith("trytond-") and other != final \
                        and ".building-" not in other.name and not other.name.endswith(".failed"):
                    shutil.rmtree(other, ignore_errors=True)
            return Template(final)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _build(work: Path, year: int, version: str) -> None:
    t0 = time.monotonic()
    log = work / "build.log"
    conf = write_config(work / "trytond.conf", work)
    db_file = work / f"{DB_NAME}.sqlite"
    db_file.touch()
    passfile = work / "admin.pass"
    passfile.write_text(ADMIN_PASSWORD + "\n")
    env = _subprocess_env()
    env["TRYTONPASSFILE"] = str(passfile)
    _run([str(_bin("trytond-admin")), "-c", str(conf), "-d", DB_NAME, "-u", "account_invoice",
          "--activate-dependencies", "--email", "admin@example.com"],
         env=env, cwd=work, log=log, what="trytond-admin")
    t1 = time.monotonic()
    env.pop("TRYTONPASSFILE")
    _run([str(_bin("python")), str(_SETUP_SCRIPT), str(conf), DB_NAME,
          str(work / "facts.json"), str(year)],
         env=env, cwd=work, log=log, what="accounting setup (proteus)")
    t2 = time.monotonic()
    checkpoint(db_file)
    passfile.unlink()
    conf.unlink()  # it holds the build path; servers write their own
    (work / "build.json").write_text(json.dumps({
        "trytond_version": version, "year": year, "harness_version": HARNESS_VERSION,
        "python": sys.version.split()[0],
        "seconds_admin": round(t1 - t0, 2), "seconds_setup": round(t2 - t1, 2),
        "seconds_total": round(time.monotonic() - t0, 2),
        "built_at": dt.datetime.now().isoformat(timespec="seconds"),
    }, indent=2))
