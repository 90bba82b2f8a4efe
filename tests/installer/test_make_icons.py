"""installer/make_icons.py: the .ico and .icns containers hold one PNG per size, readable by
Qt's own image readers (the same formats Windows and macOS read)."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "installer" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pngs(make_icons, qapp):
    return make_icons.render_pngs(make_icons.SOURCE, (16, 32, 64, 128, 256, 512, 1024))


def test_svg_renders_to_pngs_of_each_size(pngs, qapp):
    from PySide6.QtGui import QImage
    for size, data in pngs.items():
        assert data.startswith(PNG_MAGIC)
        image = QImage.fromData(data, "PNG")
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255   # drawn, not empty
        assert image.pixelColor(0, 0).alpha() == 0                       # transparent corner


def test_ico_holds_every_size_as_png(make_icons, pngs, tmp_path, qapp):
    sizes = (16, 32, 64, 128, 256)
    data = make_icons.ico_bytes({s: pngs[s] for s in sizes})
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(sizes))
    for i, size in enumerate(sizes):
        w, h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (w or 256, h or 256) == (size, size)
        assert data[offset:offset + length] == pngs[size]
    path = tmp_path / "x.ico"
    path.write_bytes(data)
    from PySide6.QtGui import QImageReader
    reader = QImageReader(str(path))
    assert reader.imageCount() == len(sizes)


def test_icns_holds_the_apple_png_types(make_icons, pngs, tmp_path, qapp):
    data = make_icons.icns_bytes(pngs)
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, pos = {}, 8
    while pos < len(data):
        ostype, length = data[pos:pos + 4].decode(), struct.unpack_from(">I", data, pos + 4)[0]
        found[ostype] = data[pos + 8:pos + length]
        pos += length
    assert found["ic10"] == pngs[1024] and found["ic07"] == pngs[128] and found["icp4"] == pngs[16]
    path = tmp_path / "x.icns"
    path.write_bytes(data)
    from PySide6.QtGui import QImageReader
    assert QImageReader(str(path)).canRead()


def test_main_writes_every_output(make_icons, tmp_path, qapp):
    assert make_icons.main([str(tmp_path)]) == 0
    for name in ("invoice-desk.ico", "invoice-desk.icns", "invoice-desk.png",
                 "invoice-desk-16.png", "invoice-desk-1024.png"):
        assert (tmp_path / name).stat().st_size > 0
