"""Dialogs: all derive from base_dialog.BaseDialog."""
