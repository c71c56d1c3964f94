"""Draw the application icon: one SVG source, rendered with Qt to PNGs and a multi-size Windows .ico.

The picture: a white corridor route running from inland (top left) down to the sea (bottom), a shipping
container on it, on a blue rounded square. Run ``python packaging/make_icons.py`` after changing the SVG;
the outputs in resources/icons/ are committed.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
NAME = "corridor-desk"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1e6fd0"/>
      <stop offset="1" stop-color="#0b3a78"/>
    </linearGradient>
    <clipPath id="tile"><rect x="8" y="8" width="240" height="240" rx="52"/></clipPath>
  </defs>
  <g clip-path="url(#tile)">
    <rect x="0" y="0" width="256" height="256" fill="url(#sky)"/>
    <path d="M0 184 C 32 168 64 168 96 184 C 128 200 160 200 192 184 C 216 172 240 170 256 176 V256 H0 Z"
          fill="#26b5f0"/>
    <path d="M0 214 C 32 200 64 200 96 214 C 128 228 160 228 192 214 C 216 204 240 202 256 208 V256 H0 Z"
          fill="#0f8fd6"/>
  </g>
  <path d="M58 44 C 58 120 198 96 198 186" fill="none" stroke="#ffffff" stroke-width="24"
        stroke-linecap="round"/>
  <rect x="96" y="88" width="64" height="40" rx="6" fill="#ff9800" stroke="#ffffff" stroke-width="6"/>
  <path d="M112 96 V120 M128 96 V120 M144 96 V120" stroke="#c25e00" stroke-width="5" stroke-linecap="round"/>
</svg>
"""


def render(size: int) -> bytes:
    """PNG bytes of the icon at ``size`` pixels, rendered by Qt's SVG renderer."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / f"{NAME}.svg").write_text(SVG, encoding="utf-8")
    for size in (256, 48):
        suffix = "" if size == 256 else f"-{size}"
        (ICONS / f"{NAME}{suffix}.png").write_bytes(render(size))
    # Each ico size rendered from the vector source (sharper than one downscaled bitmap).
    frames = [Image.open(io.BytesIO(render(size))).convert("RGBA") for size in ICO_SIZES]
    frames[-1].save(
        ICONS / f"{NAME}.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1]
    )
    del app
    print(f"wrote {NAME}.svg, {NAME}.png, {NAME}-48.png, {NAME}.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
