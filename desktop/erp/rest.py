"""The generic REST connector: speaks the documented protocol (desktop/sandbox/PROTOCOL.md)
that the practice ERP serves and a company can put in front of an in-house ERP.

One instance per thread (it owns an HttpClient). Credentials are passed in by the caller
(from the keychain), kept only in memory, registered with the log redaction and never
put into messages or logs.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..domain.errors import ErpAuthError, ErpBug, ErpOffline
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import Invoice, Party, Payment, Status
from .base import Capabilities, ChangePage, ConnectionInfo, RemoteInvoice, RemoteParty, TaxCode
from .http import HttpClient, HttpSettings, Reply, remember_secret
from .mapping import (invoice_from_wire, invoice_to_wire, party_from_wire, party_to_wire,
                      payment_to_wire, role_from_rights, tax_from_wire)

API = "/api/v1"
PAGE_MAX = 1000


def _seg(erp_id: str) -> str:
    """An id as one safe path segment."""
    return quote(str(erp_id), safe="")


class RestConnector:
    """Connector for the REST protocol. Owned by ONE thread; call ``close()`` when done."""

    name = "rest"
    capabilities = Capabilities(push_payments=True, attachments=False, push_parties=True,
                                post=True, cancel=True)
    first_push_status = Status.APPROVED

    def __init__(self, base_url: str, user: str, password: str,
                 settings: HttpSettings | Mapping[str, Any] | None = None, *,
                 http: HttpClient | None = None) -> None:
        self._http = http or HttpClient(base_url, settings)
        self._user = user
        self.__password = password
        remember_secret(password)
        self._token: str | None = None

    def __repr__(self) -> str:  # never the password or the token
        return f"RestConnector({self._http.base_url!r}, user={self._user!r})"

    def close(self) -> None:
        self._token = None
        self._http.close()

    # --- session ---------------------------------------------------------------------

    def _login(self) -> None:
        reply = self._http.request("POST", API + "/session", idempotent=True,
                                   json_body={"user": self._user, "password": self.__password})
        token = reply.data.get("token") if isinstance(reply.data, dict) else None
        if not isinstance(token, str) or not token:
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP's login answer holds no session "
                                                  "token."))
        remember_secret(token)
        self._token = token

    def _call(self, method: str, path: str, *, json_body: Any = None,
              params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None,
              idempotent: bool | None = None) -> Reply:
        """An authenticated request; an expired session is renewed once, transparently."""
        if self._token is None:
            self._login()
        for attempt in (0, 1):
            try:
                return self._http.request(
                    method, API + path, json_body=json_body, params=params,
                    headers={**(headers or {}), "Authorization": f"Bearer {self._token}"},
                    idempotent=idempotent)
            except ErpAuthError:
                self._token = None
                if attempt:
                    raise
                self._login()     # a wrong password raises ErpAuthError here
        raise AssertionError("unreachable")

    # --- connection ------------------------------------------------------------------

    def test_connection(self) -> ConnectionInfo:
        d = self._call("GET", "/whoami").data
        if not isinstance(d, dict) or not isinstance(d.get("rights", []), list):
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP's whoami answer cannot be read."))
        rights = frozenset(str(r) for r in d.get("rights", []))
        return ConnectionInfo(
            erp_name=str(d.get("server", "REST ERP")), server_version=str(d.get("version", "")),
            user=str(d.get("user", self._user)), company=str(d.get("company", "")),
            role=role_from_rights(rights), rights=rights,
            warnings=(self._http.warning,) if self._http.warning else ())

    # --- pulling ---------------------------------------------------------------------

    def pull_changes(self, cursor: str | None, limit: int = 500) -> ChangePage:
        """One page of parties and invoices changed after ``cursor`` (None: from the start).

        The cursor is opaque: it packs the ERP's ``(modified, id)`` cursors of both lists.
        """
        limit = max(1, min(int(limit), PAGE_MAX))
        pos = _decode_cursor(cursor)
        parties = self._page("/parties", pos.get("p", ""), limit)
        invoices = self._page("/invoices", pos.get("i", ""), limit)
        return ChangePage(
            invoices=[invoice_from_wire(x) for x in invoices["items"]],
            parties=[party_from_wire(x) for x in parties["items"]],
            cursor=_encode_cursor({"p": parties["next"], "i": invoices["next"]}),
            more=bool(parties["more"] or invoices["more"]))

    def _page(self, path: str, since: str, limit: int) -> dict:
        params: dict[str, Any] = {"limit": limit}
        if since:
            params["since"] = since
        d = self._call("GET", path, params=params).data
        if (not isinstance(d, dict) or not isinstance(d.get("items"), list)
                or not isinstance(d.get("next", ""), str)):
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP's list answer for {path} cannot be "
                                                  "read."), path=path)
        return {"items": d["items"], "next": d.get("next") or since, "more": bool(d.get("more"))}

    def list_live_ids(self) -> set[str]:
        d = self._call("GET", "/invoices/ids").data
        if not isinstance(d, dict) or not isinstance(d.get("ids"), list):
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP's list of invoice ids cannot be "
                                                  "read."))
        return {str(i) for i in d["ids"]}

    def fetch_invoice(self, erp_id: str) -> RemoteInvoice:
        r = self._call("GET", f"/invoices/{_seg(erp_id)}")
        return invoice_from_wire(r.data, r.etag)

    def find_by_key(self, key: str) -> RemoteInvoice | None:
        d = self._call("GET", "/invoices", params={"key": key, "limit": 1}).data
        items = d.get("items") if isinstance(d, dict) else None
        if not isinstance(items, list):
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP's list answer for {path} cannot be "
                                                  "read."), path="/invoices")
        return invoice_from_wire(items[0]) if items else None

    # --- pushing ---------------------------------------------------------------------

    def create_invoice(self, invoice: Invoice, party_erp_id: str) -> RemoteInvoice:
        """Create with ``Idempotency-Key = invoice.uuid``: a repeat never makes a duplicate.

        If the ERP went silent mid-request (it may have created the record), look the key up
        before sending again.
        """
        body = invoice_to_wire(invoice, party_erp_id)
        headers = {"Idempotency-Key": invoice.uuid}
        try:
            r = self._call("POST", "/invoices", json_body=body, headers=headers)
        except ErpOffline:
            found = self.find_by_key(invoice.uuid)
            if found is not None:
                return found
            r = self._call("POST", "/invoices", json_body=body, headers=headers)
        return invoice_from_wire(r.data, r.etag)

    def update_invoice(self, erp_id: str, invoice: Invoice, base_version: str,
                       party_erp_id: str) -> RemoteInvoice:
        """Replace the editable fields if the ERP still holds ``base_version`` (else
        ErpConflict: fetch, merge, push again with the fresh version)."""
        r = self._call("PUT", f"/invoices/{_seg(erp_id)}",
                       json_body=invoice_to_wire(invoice, party_erp_id),
                       headers={"If-Match": f'"{base_version}"'})
        return invoice_from_wire(r.data, r.etag)

    def post_invoice(self, erp_id: str) -> RemoteInvoice:
        r = self._call("POST", f"/invoices/{_seg(erp_id)}/post", idempotent=True)
        return invoice_from_wire(r.data, r.etag)

    def cancel_invoice(self, erp_id: str) -> RemoteInvoice:
        r = self._call("POST", f"/invoices/{_seg(erp_id)}/cancel", idempotent=True)
        return invoice_from_wire(r.data, r.etag)

    def record_payment(self, erp_id: str, payment: Payment) -> RemoteInvoice:
        r = self._call("POST", f"/invoices/{_seg(erp_id)}/payments",
                       json_body=payment_to_wire(payment),
                       headers={"Idempotency-Key": payment.uuid})
        return invoice_from_wire(r.data, r.etag)

    # --- parties and tax codes ----------------------------------------------------------

    def upsert_party(self, party: Party, erp_id: str | None = None) -> RemoteParty:
        """Create (``Idempotency-Key = party.uuid``) or update the ERP's party ``erp_id``."""
        if not erp_id:
            r = self._call("POST", "/parties", json_body=party_to_wire(party),
                           headers={"Idempotency-Key": party.uuid})
            return party_from_wire(r.data, r.etag)
        current = self._call("GET", f"/parties/{_seg(erp_id)}")
        r = self._call("PUT", f"/parties/{_seg(erp_id)}", json_body=party_to_wire(party),
                       headers={"If-Match": f'"{current.etag}"'})
        return party_from_wire(r.data, r.etag)

    def find_party(self, party: Party) -> RemoteParty | None:
        """The ERP's party for ``party``: by our key, then tax ID, then name."""
        searches = [{"key": party.uuid}] if party.uuid else []
        if party.tax_id.strip():
            searches.append({"tax_id": party.tax_id})
        if party.name.strip():
            searches.append({"name": party.name})
        for params in searches:
            d = self._call("GET", "/parties", params={**params, "limit": 2}).data
            items = d.get("items") if isinstance(d, dict) else None
            if not isinstance(items, list):
                raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP's list answer for {path} cannot "
                                                      "be read."), path="/parties")
            if items:
                return party_from_wire(items[0])
        return None

    def list_parties(self) -> list[RemoteParty]:
        out: list[RemoteParty] = []
        since = ""
        while True:
            page = self._page("/parties", since, PAGE_MAX)
            out += [party_from_wire(x) for x in page["items"]]
            if not page["more"] or page["next"] == since:
                return out
            since = page["next"]

    def list_tax_codes(self) -> list[TaxCode]:
        d = self._call("GET", "/taxes").data
        items = d.get("items") if isinstance(d, dict) else None
        if not isinstance(items, list):
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP's list answer for {path} cannot be "
                                                  "read."), path="/taxes")
        return [tax_from_wire(x) for x in items]


def _encode_cursor(pos: dict[str, str]) -> str:
    raw = json.dumps({"v": 1, **pos}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str | None) -> dict[str, str]:
    if not cursor:
        return {}
    try:
        pos = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(pos, dict) or pos.get("v") != 1:
            raise ValueError
        return {k: str(pos.get(k) or "") for k in ("p", "i")}
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The saved sync position is not one the REST "
                                              "connector made; reset the sync position.")) \
            from None
