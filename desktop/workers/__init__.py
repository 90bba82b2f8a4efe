"""Qt workers: background jobs and the sync thread (QtCore only, no widgets)."""
