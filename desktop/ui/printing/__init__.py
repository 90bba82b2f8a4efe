"""Printing and PDF export of invoices."""
