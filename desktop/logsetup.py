"""Logging to a rotating file in the user log directory, with secrets redacted.

Qt-free and importable from every layer (it knows nothing of the others).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_SECRET_PATTERNS = [
    (re.compile(r"(?i)(authorization|cookie|x-api-key|set-cookie)(\"?\s*[:=]\s*\"?)([^\"\n,}]+)"),
     r"\1\2[REDACTED]"),
    (re.compile(r"(?i)(\"?(?:password|passwd|pwd|token|secret|api_key|session)\"?\s*[:=]\s*\"?)"
                r"([^\"\s,}&]+)"), r"\1[REDACTED]"),
    (re.compile(r"(?i)\b(bearer|session|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 [REDACTED]"),
]


def redact(text: str) -> str:
    for pattern, repl in _SECRET_PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactFilter(logging.Filter):
    """Rewrites every record's message so no password, token or session header is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = ()
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "invoice-desk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler.addFilter(RedactFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler):
            root.removeHandler(h)
    root.addHandler(handler)
    return path
