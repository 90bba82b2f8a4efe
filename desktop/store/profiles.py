"""The profile registry (Qt-free, no secrets): profiles, their settings, the last one used.

Each profile has its own folder (and store) under the data directory. The registry is one
JSON file written atomically; secrets live in the keychain under ``profile:<id>``.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from ..domain.errors import BadInput, KnownError, NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import Party
from ..domain.validation import Problem, validate_party
from ..domain.workflow import Role

APP_NAME = "InvoiceDesk"
PRACTICE_ID = "practice"
KINDS = ("offline", "practice", "rest", "tryton")


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass(slots=True)
class Profile:
    id: str
    name: str
    kind: str = "offline"               # offline | practice | rest | tryton
    url: str = ""
    database: str = ""                  # Tryton database name
    username: str = ""
    company: str = ""                   # our company's name (a connection test fills it)
    allow_plain_http: bool = False
    ca_file: str = ""
    local_role: str = Role.CLERK.value  # used by offline and practice profiles only
    actor: str = ""                     # the name written into the audit trail
    extra_tax_rates: list[str] = field(default_factory=list)
    sync_interval_s: int = 60
    mapping: dict = field(default_factory=dict)
    # The rest of our company's identity, as e-invoices name it (File ▸ Settings). Profiles
    # written before these existed load with them empty.
    company_tax_id: str = ""
    company_address: str = ""
    company_country: str = ""           # ISO 3166 alpha-2, e.g. "CN"

    @property
    def connected(self) -> bool:
        return self.kind in ("rest", "tryton")

    def company_party(self) -> Party:
        """Our company as a party of an e-invoice (empty fields where nothing is set)."""
        def text(value) -> str:          # a hand-edited profiles.json may hold null
            return value.strip() if isinstance(value, str) else ""
        return Party(name=text(self.company), tax_id=text(self.company_tax_id),
                     address=text(self.company_address),
                     country=text(self.company_country).upper())

    def company_problems(self) -> list[Problem]:
        """What is wrong with the company identity as set (fields name, tax_id, country).

        Every field may be empty (a profile needs no identity until an e-invoice is made);
        a tax ID is checked with python-stdnum when the country says which rules apply.
        """
        party = self.company_party()
        return [p for p in validate_party(party) if not (p.field == "name" and not party.name)]

    def secret_name(self) -> str:
        return f"profile:{self.id}"


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "profile"


class ProfileRegistry:
    """profiles.json in the data directory. Not thread-safe: the GUI thread and the CLI own it."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.file = self.data_dir / "profiles.json"

    # --- file -------------------------------------------------------------------------
    def _load(self) -> dict:
        if not self.file.exists():
            return {"profiles": [], "last_used": ""}
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("profiles"), list):
                raise ValueError("not a profile list")
            return data
        except (ValueError, OSError) as exc:
            raise KnownError(QT_TRANSLATE_NOOP(
                "Errors", "The profile list {path} is damaged ({reason}); move it aside and add "
                          "the profiles again."), path=str(self.file), reason=str(exc)) from exc

    def _save(self, data: dict) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.data_dir, prefix=".profiles-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # --- profiles ---------------------------------------------------------------------
    def list(self) -> list[Profile]:
        known = {f.name for f in fields(Profile)}
        return [Profile(**{k: v for k, v in p.items() if k in known})
                for p in self._load()["profiles"]]

    def get(self, profile_id: str) -> Profile:
        for p in self.list():
            if p.id == profile_id:
                return p
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no profile \"{id}\"."), id=profile_id)

    def add(self, profile: Profile) -> Profile:
        if profile.kind not in KINDS:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "A profile kind is one of: {kinds}."),
                           kinds=", ".join(KINDS))
        try:
            Role(profile.local_role)
        except ValueError:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "A role is one of: {roles}."),
                           roles=", ".join(r.value for r in Role)) from None
        data = self._load()
        if any(p["id"] == profile.id for p in data["profiles"]):
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "A profile \"{id}\" exists already."),
                           id=profile.id)
        data["profiles"].append(asdict(profile))
        if not data.get("last_used"):
            data["last_used"] = profile.id
        self._save(data)
        return profile

    def update(self, profile: Profile) -> None:
        data = self._load()
        for i, p in enumerate(data["profiles"]):
            if p["id"] == profile.id:
                data["profiles"][i] = asdict(profile)
                self._save(data)
                return
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no profile \"{id}\"."), id=profile.id)

    def last_used(self) -> Profile | None:
        data = self._load()
        for p in self.list():
            if p.id == data.get("last_used"):
                return p
        return None

    def set_last_used(self, profile_id: str) -> None:
        data = self._load()
        data["last_used"] = profile_id
        self._save(data)

    def unique_id(self, name: str) -> str:
        base = slugify(name)
        taken = {p.id for p in self.list()}
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    # --- places -----------------------------------------------------------------------
    def profile_dir(self, profile_id: str) -> Path:
        return self.data_dir / "profiles" / profile_id

    def store_path(self, profile_id: str) -> Path:
        return self.profile_dir(profile_id) / "invoices.sqlite"

    def ensure_offline_default(self) -> Profile:
        """The profile to use when none exists yet: a local, offline one."""
        last = self.last_used()
        if last is not None:
            return last
        profiles = self.list()
        if profiles:
            return profiles[0]
        return self.add(Profile(id="local", name="Local (offline)", kind="offline",
                                local_role=Role.ADMINISTRATOR.value))

    def ensure_practice(self) -> Profile:
        try:
            return self.get(PRACTICE_ID)
        except NotFound:
            return self.add(Profile(id=PRACTICE_ID, name="Practice", kind="practice",
                                    local_role=Role.ADMINISTRATOR.value, actor="trainee"))
