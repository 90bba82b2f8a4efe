"""Render the main window, the invoice editor and the welcome page to PNG, in English and
Chinese (offscreen grab()).

    .venv/bin/python tests/tools/screenshots.py OUT_DIR [--count 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--count", type=int, default=300)
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from desktop.app import create_application
    from desktop.sandbox.demo_data import generate
    from desktop.store.bulk import import_invoices
    from desktop.store.profiles import ProfileRegistry
    from desktop.store.store import Store
    from desktop.ui import settings
    from desktop.ui.language import LanguageManager
    from desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        settings.configure(data)
        app = create_application()
        languages = LanguageManager(app)
        reg = ProfileRegistry(data)
        prof = reg.ensure_practice()
        with Store(reg.store_path(prof.id)) as st:
            import_invoices(st, "demo", generate(args.count), total=args.count)
        for lang in ("en", "zh_CN"):
            languages.apply(lang)
            app.processEvents()
            # welcome page (first run)
            w = MainWindow(ProfileRegistry(data / "empty"), languages)
            w.resize(1280, 780)
            w.show()
            w.show_welcome()
            app.processEvents()
            w.grab().save(str(args.out / f"welcome_{lang}.png"))
            w.shutdown()
            w.close()
            # main window and editor
            w = MainWindow(reg, languages)
            w.resize(1280, 780)
            w.show()
            w.open_profile(prof)
            w.select_row(0)
            app.processEvents()
            w.grab().save(str(args.out / f"main_{lang}.png"))
            dlg = w.open_selected()
            dlg.resize(1000, 700)
            app.processEvents()
            dlg.grab().save(str(args.out / f"editor_{lang}.png"))
            dlg.undo_stack.setClean()
            dlg.reject()
            new = w.new_invoice()
            new.resize(1000, 700)
            new.save()   # shows the problems of an empty invoice
            app.processEvents()
            new.grab().save(str(args.out / f"editor_problems_{lang}.png"))
            new.undo_stack.setClean()
            new.reject()
            app.processEvents()
            w.shutdown()
            w.close()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
