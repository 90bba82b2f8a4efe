"""The window: main window, models, dialogs, widgets, printing (PySide6 lives here)."""
