"""The status workflow and the roles that may move an invoice along it."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP
from .records import Status


class Role(StrEnum):
    CLERK = "clerk"
    APPROVER = "approver"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    EDIT = "edit"
    SUBMIT = "submit"
    APPROVE = "approve"
    POST = "post"
    CANCEL = "cancel"
    RECORD_PAYMENT = "record_payment"
    RESOLVE_CONFLICTS = "resolve_conflicts"
    CHANGE_CONNECTION = "change_connection"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.EDIT, Permission.SUBMIT, Permission.RECORD_PAYMENT,
                           Permission.RESOLVE_CONFLICTS}),
    Role.APPROVER: frozenset({Permission.EDIT, Permission.SUBMIT, Permission.APPROVE,
                              Permission.POST, Permission.CANCEL, Permission.RECORD_PAYMENT,
                              Permission.RESOLVE_CONFLICTS}),
    Role.ADMINISTRATOR: frozenset(Permission),
}

# (from, to) → the permission it needs. PAID is reached by recording payments, not by hand.
TRANSITIONS: dict[tuple[Status, Status], Permission] = {
    (Status.DRAFT, Status.SUBMITTED): Permission.SUBMIT,
    (Status.SUBMITTED, Status.DRAFT): Permission.SUBMIT,        # withdraw / send back
    (Status.SUBMITTED, Status.APPROVED): Permission.APPROVE,
    (Status.APPROVED, Status.DRAFT): Permission.APPROVE,        # reopen
    (Status.APPROVED, Status.POSTED): Permission.POST,
    (Status.DRAFT, Status.CANCELLED): Permission.SUBMIT,        # a clerk may drop a draft
    (Status.SUBMITTED, Status.CANCELLED): Permission.CANCEL,
    (Status.APPROVED, Status.CANCELLED): Permission.CANCEL,
    (Status.POSTED, Status.CANCELLED): Permission.CHANGE_CONNECTION,  # administrators only
}

# Fields that stay writable once an invoice is posted (payments are separate records).
POSTED_WRITABLE_FIELDS = frozenset({"notes"})
IMMUTABLE_STATES = frozenset({Status.POSTED, Status.PAID, Status.CANCELLED})


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def transition_refusal(role: Role, current: Status, target: Status) -> str | None:
    """Why ``role`` may not move an invoice from ``current`` to ``target``; None if it may."""
    needed = TRANSITIONS.get((current, target))
    if needed is None:
        return QT_TRANSLATE_NOOP("Workflow", "An invoice cannot go from {current} to {target}.")
    if not has_permission(role, needed):
        return QT_TRANSLATE_NOOP("Workflow", "The {role} role may not move an invoice from "
                                             "{current} to {target}.")
    return None


def allowed_targets(role: Role, current: Status) -> list[Status]:
    return [t for (f, t), perm in TRANSITIONS.items() if f == current and has_permission(role, perm)]


def edit_refusal(role: Role, status: Status, changed_fields: set[str]) -> str | None:
    """Why ``role`` may not change ``changed_fields`` of an invoice in ``status``."""
    if not has_permission(role, Permission.EDIT):
        return QT_TRANSLATE_NOOP("Workflow", "The {role} role may not edit invoices.")
    if status == Status.CANCELLED and changed_fields:
        return QT_TRANSLATE_NOOP("Workflow", "A cancelled invoice cannot be changed.")
    if status in (Status.POSTED, Status.PAID):
        locked = sorted(changed_fields - POSTED_WRITABLE_FIELDS)
        if locked:
            return QT_TRANSLATE_NOOP("Workflow", "A posted invoice cannot be changed "
                                                 "(only its notes and payments): {fields}.")
    if status in (Status.SUBMITTED, Status.APPROVED) and not has_permission(role, Permission.APPROVE):
        if changed_fields:
            return QT_TRANSLATE_NOOP("Workflow", "This invoice is waiting for approval; withdraw "
                                                 "it to draft before editing.")
    return None
