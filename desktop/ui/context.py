"""What the window works on: the profile, its store, the user's role, and the write service."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..domain.tax import STANDARD_VAT_RATES
from ..domain.workflow import Role
from ..store.invoice_service import InvoiceService
from ..store.profiles import Profile, ProfileRegistry
from ..store.store import Store


@dataclass
class AppContext:
    """GUI thread only (the store itself may be handed to a worker task; sessions may not)."""

    registry: ProfileRegistry
    profile: Profile
    store: Store

    @property
    def role(self) -> Role:
        try:
            return Role(self.profile.local_role)
        except ValueError:
            return Role.CLERK

    @property
    def actor(self) -> str:
        if self.profile.actor:
            return self.profile.actor
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "user"

    @property
    def extra_rates(self) -> tuple[Decimal, ...]:
        out = []
        for r in self.profile.extra_tax_rates:
            try:
                out.append(Decimal(str(r)))
            except InvalidOperation:
                continue
        return tuple(out)

    @property
    def tax_rates(self) -> tuple[Decimal, ...]:
        return STANDARD_VAT_RATES + tuple(r for r in self.extra_rates
                                          if r not in STANDARD_VAT_RATES)

    def service(self) -> InvoiceService:
        from ..domain.records import Status
        syncs = self.profile.kind in ("practice", "rest", "tryton")
        return InvoiceService(self.store, self.actor, self.role, self.extra_rates,
                              first_push=Status.APPROVED if syncs else None)

    def close(self) -> None:
        self.store.close()
