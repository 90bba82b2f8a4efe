"""Entry point of the frozen app (PyInstaller runs this file as __main__): the console
script's own function, so the bundle behaves exactly like ``invoice-desk``."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
