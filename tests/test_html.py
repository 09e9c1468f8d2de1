"""report.html, opened in a real headless Chromium: it renders, logs nothing to the console
(no script error, no blocked request: the page's Content-Security-Policy forbids any
network load, so an external request would be logged as a violation), sorts its tables,
and its screenshot is a page, not a blank. Skipped when no Chromium is installed; CI
installs Debian's `chromium` package (see .ci/run)."""
import os
import re
import shutil
import struct
import subprocess
import zlib

import pytest

from reconcile.report import render_html

CHROMIUM = os.environ.get("RECONCILE_CHROMIUM") or next(
    (path for path in map(shutil.which, ("chromium", "chromium-browser", "google-chrome", "chrome")) if path), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (apt-get install chromium, "
                                                              "or set RECONCILE_CHROMIUM)")


def chromium(*arguments, cwd):
    """Run headless Chromium; (stdout, the console messages it logged)."""
    result = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--enable-logging=stderr", "--v=0", *arguments], cwd=cwd, capture_output=True,
                            text=True, timeout=60)
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return result.stdout, console


@pytest.fixture(scope="module")
def page(seed_report, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    path = folder / "report.html"
    path.write_text(render_html(seed_report, base=str(folder)), encoding="utf-8")
    return path


def test_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b|\bsrc=", text)
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text


@pytest.fixture(scope="module")
def clicked(page):
    """Chromium's DOM and console for a copy of the page that clicks the Value heading of the
    agreements table twice: one browser start serves the rendering and the sorting tests."""
    if CHROMIUM is None:
        pytest.skip("no Chromium found")
    copy = page.parent / "clicked.html"
    script = ("<script>var t = document.querySelectorAll('table.sortable')[1];"
              "t.querySelectorAll('th')[1].click(); t.querySelectorAll('th')[1].click();</script></body>")
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", script), encoding="utf-8")
    return chromium("--dump-dom", copy.as_uri(), cwd=page.parent)


@needs_chromium
def test_page_renders_without_console_messages(clicked):
    dom, console = clicked
    assert console == []
    assert "<h2 id=\"discrepancies\">Discrepancies</h2>" in dom
    assert "<del>international</del>" in dom and "<ins>this</ins>" in dom
    assert dom.count('<table class="sortable">') >= 6


@needs_chromium
def test_clicking_a_heading_sorts_the_table(clicked):
    dom, _ = clicked
    agreements = dom.split('id="agreements"', 1)[1].split("</table>", 1)[0]
    assert 'aria-sort="descending"' in agreements
    values = re.findall(r"</a></td><td>([^<]*)</td>", agreements)
    assert values == sorted(values, reverse=True) and len(values) == 2


@needs_chromium
def test_screenshot_shows_a_page(page, tmp_path):
    shot = tmp_path / "shot.png"
    chromium(f"--screenshot={shot}", "--window-size=412,900", page.as_uri(), cwd=tmp_path)
    width, height, pixels = read_png(shot.read_bytes())
    assert (width, height) == (412, 900)
    assert len(set(pixels[i:i + 3] for i in range(0, len(pixels), 97 * 3))) > 20  # text and colours, not a blank


def read_png(data):
    """(width, height, raw scanline bytes) of a PNG, with the standard library only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, position = b"", 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"IDAT":
            idat += data[position + 8:position + 8 + length]
        position += 12 + length
    return width, height, zlib.decompress(idat)
