"""The sync engine: push the outbox, pull changes, merge three ways. Pure Python, no Qt."""
