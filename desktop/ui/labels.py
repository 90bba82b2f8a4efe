"""Translated display names of domain values, and display-time translation of domain messages.

Domain code marks its messages with QT_TRANSLATE_NOOP(context, text); they are translated
here, at display time, then their ``{name}`` placeholders are filled.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.errors import KnownError, ValidationFailed
from ..domain.validation import Problem


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "submitted": QCoreApplication.translate("Labels", "Submitted"),
        "approved": QCoreApplication.translate("Labels", "Approved"),
        "posted": QCoreApplication.translate("Labels", "Posted"),
        "paid": QCoreApplication.translate("Labels", "Paid"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(str(status), str(status))


def kind_label(kind: str, credit_note: bool = False) -> str:
    if credit_note:
        return (QCoreApplication.translate("Labels", "Sales credit note") if kind == "sale"
                else QCoreApplication.translate("Labels", "Purchase credit note"))
    return {"sale": QCoreApplication.translate("Labels", "Sales invoice"),
            "purchase": QCoreApplication.translate("Labels", "Purchase invoice")}.get(str(kind), str(kind))


def sync_label(state: str) -> str:
    return {
        "local_only": QCoreApplication.translate("Labels", "Local only"),
        "pending": QCoreApplication.translate("Labels", "Waiting to sync"),
        "synced": QCoreApplication.translate("Labels", "Synced"),
        "conflict": QCoreApplication.translate("Labels", "Conflict"),
        "rejected": QCoreApplication.translate("Labels", "Rejected by ERP"),
        "deleted_in_erp": QCoreApplication.translate("Labels", "Deleted in ERP"),
    }.get(str(state), str(state))


def role_label(role: str) -> str:
    return {
        "clerk": QCoreApplication.translate("Labels", "Clerk"),
        "approver": QCoreApplication.translate("Labels", "Approver"),
        "administrator": QCoreApplication.translate("Labels", "Administrator"),
    }.get(str(role), str(role))


def permission_label(perm: str) -> str:
    return {
        "edit": QCoreApplication.translate("Labels", "edit invoices"),
        "submit": QCoreApplication.translate("Labels", "submit invoices"),
        "approve": QCoreApplication.translate("Labels", "approve invoices"),
        "post": QCoreApplication.translate("Labels", "post invoices"),
        "cancel": QCoreApplication.translate("Labels", "cancel invoices"),
        "record_payment": QCoreApplication.translate("Labels", "record payments"),
        "resolve_conflicts": QCoreApplication.translate("Labels", "resolve conflicts"),
        "change_connection": QCoreApplication.translate("Labels", "change the connection"),
    }.get(str(perm), str(perm))


def payment_state_label(state: str) -> str:
    return {
        "unpaid": QCoreApplication.translate("Labels", "Unpaid"),
        "partly_paid": QCoreApplication.translate("Labels", "Partly paid"),
        "paid": QCoreApplication.translate("Labels", "Paid"),
        "overpaid": QCoreApplication.translate("Labels", "Overpaid"),
    }.get(str(state), str(state))


# Parameters whose values are themselves domain words, shown translated inside a sentence.
_PARAM_LABELS = {"role": role_label, "current": status_label, "target": status_label,
                 "status": status_label, "permission": permission_label}


def fill(context: str, message: str, params: dict) -> str:
    """Translate ``message`` in ``context``, then fill its placeholders (translated words)."""
    shown = {k: _PARAM_LABELS[k](v) if k in _PARAM_LABELS else v for k, v in params.items()}
    text = _t(context, message)
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        try:
            return message.format(**shown)
        except (KeyError, IndexError, ValueError):
            return message


def report_message(report: dict) -> str:
    """The message of a sync run (a report dict or its stored copy) in the window's language:
    the sync thread sends the source text and its parameters, not rendered English."""
    mid = report.get("message_id") or ""
    if mid:
        return fill("ERP", mid, dict(report.get("message_params") or {}))
    return report.get("message") or ""


def problem_text(problem: Problem) -> str:
    return fill("Validation", problem.message, dict(problem.params))


def error_text(exc: BaseException) -> str:
    """One translated sentence for a KnownError (its class says its context)."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(problem_text(p) for p in exc.problems)
    if isinstance(exc, KnownError):
        for ctx in ("Errors", "Workflow", "Validation", "Duplicates", "ERP", "Import",
                    "Export", "EInvoice", "Audit", "Tutorial"):
            if _t(ctx, exc.message) != exc.message:
                return fill(ctx, exc.message, exc.params)
        return fill("Errors", exc.message, exc.params)
    return str(exc)


def format_money(amount: Decimal, currency: str = "") -> str:
    """A Decimal with thousands separators and its own exponent (never through float)."""
    places = max(0, -amount.as_tuple().exponent) if isinstance(amount.as_tuple().exponent, int) else 2
    return f"{amount:,.{places}f}"


def format_rate(rate: Decimal) -> str:
    n = rate.normalize()
    text = f"{n:f}" if n != n.to_integral() else f"{n.quantize(Decimal(1)):f}"
    return f"{text} %"
