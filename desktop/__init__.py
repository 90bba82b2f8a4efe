"""Invoice Desk: a desktop application for finance clerks."""

__version__ = "0.1.0"
