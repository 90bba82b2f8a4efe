"""The translation marker for Qt-free code: strings are marked here, translated in ui/."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate matches this name
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text
