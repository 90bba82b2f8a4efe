"""Render installer/icons/invoice-desk.svg into the icons the installers need.

    python installer/make_icons.py [OUT_DIR]      (default: build/icons)

Writes ``invoice-desk-<size>.png`` (16…1024), ``invoice-desk.png`` (256, Linux),
``invoice-desk.ico`` (Windows: 16–256, PNG-compressed entries) and ``invoice-desk.icns``
(macOS: 16–1024, PNG entries). Rendering uses PySide6's QSvgRenderer (offscreen, no display);
the .ico and .icns containers are written here with ``struct`` — both formats accept PNG
data for every entry (Windows Vista+, macOS 10.7+), so neither Pillow nor ``iconutil`` is
needed. The outputs are build products: they go to build/ (git-ignored) and every build
script makes them again.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "installer" / "icons" / "invoice-desk.svg"
NAME = "invoice-desk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns OSType per PNG entry: (type, pixel size). ic11–ic14 are the @2x variants.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def render_pngs(svg: Path, sizes) -> dict[int, bytes]:
    """PNG bytes of ``svg`` at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {svg}")
    out = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        out[size] = bytes(data)
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container with one PNG entry per size (a 256 px entry is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container of PNG entries."""
    body = b""
    for ostype, size in ICNS_TYPES:
        png = pngs[size]
        body += ostype.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(SOURCE, PNG_SIZES)
    for size, png in pngs.items():
        (out_dir / f"{NAME}-{size}.png").write_bytes(png)
    (out_dir / f"{NAME}.png").write_bytes(pngs[256])
    (out_dir / f"{NAME}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out_dir / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    print(f"icons written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
