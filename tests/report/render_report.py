"""The HTML report of a portfolio as a browser shows it (issue #8: "a test renders it in headless
Chromium to a PNG and checks it is non-blank and that key figures appear in the page text").

Runs `tiltak report FILE --format html -o report.html`, checks each inline SVG with an XML
parser (and xmllint when installed), renders the page with headless Chromium to a PNG, to its
DOM and to PDF, then checks that the PNG is not blank, that the expected texts are in the page
and that every printed page is A4. Exits 77 (skipped) when Chromium is not installed.
"""

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

SKIPPED = 77


def run(command, **kwargs):
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, check=True, **kwargs)


def check_svgs(page, workdir):
    charts = re.findall(r"<svg\b.*?</svg>", page, flags=re.S)
    assert len(charts) >= 5, f"expected the five charts, found {len(charts)} <svg> elements"
    xmllint = shutil.which("xmllint")
    for number, chart in enumerate(charts):
        ElementTree.fromstring(chart)  # raises on anything not well-formed
        if xmllint:
            path = os.path.join(workdir, f"chart-{number}.svg")
            with open(path, "w", encoding="utf-8") as out:
                out.write(chart)
            run([xmllint, "--noout", path])
    print(f"{len(charts)} charts are well-formed XML")


def chromium(binary, workdir, url, *arguments, **kwargs):
    return run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                f"--user-data-dir={os.path.join(workdir, 'chromium-profile')}",
                "--window-size=1240,1754", *arguments, url], timeout=240, **kwargs)


def check_png(path):
    from PIL import Image  # python3-pil, installed with matplotlib

    with Image.open(path) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        colours = sorted(rgb.getcolors(maxcolors=width * height), reverse=True)
    # Ink is whatever is neither the paper (the commonest colour) nor the backdrop beside it.
    paper_and_backdrop = sum(count for count, colour in colours[:2])
    inked = 1 - paper_and_backdrop / (width * height)
    print(f"{path}: {width}x{height}, {len(colours)} colours, {inked:.0%} ink")
    assert (width, height) == (1240, 1754), "the screenshot has the window's size"
    assert len(colours) >= 50, "a rendered report has text, colours and charts, not a few flat colours"
    assert inked >= 0.05, "the page is (nearly) blank"


def check_pdf(path):
    """Every page is A4, portrait (595 x 842 pt) or landscape; there is more than one."""
    with open(path, "rb") as pdf:
        data = pdf.read()
    boxes = [tuple(float(v) for v in box.split()) for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)]
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    print(f"{path}: {pages} pages, media boxes {sorted(set(boxes))}")
    assert pages >= 2, "the report prints to several pages"
    assert boxes, "the PDF names its page sizes"
    for box in boxes:
        size = sorted((box[2] - box[0], box[3] - box[1]))
        assert abs(size[0] - 595.3) < 2 and abs(size[1] - 841.9) < 2, f"a page is not A4: {box}"


def page_text(dom):
    dom = re.sub(r"<(style|title)\b.*?</\1>", " ", dom, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", dom))
    return re.sub(r"\s+", " ", text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tiltak", required=True)
    parser.add_argument("--portfolio", required=True)
    parser.add_argument("--as-of", default="2026-11-23")
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--expect", action="append", default=[], help="a text the page must show")
    arguments = parser.parse_args()

    if not (os.path.isfile(arguments.chromium) and os.access(arguments.chromium, os.X_OK)):
        print(f"Chromium not found ({arguments.chromium}): skipped")
        return SKIPPED
    os.makedirs(arguments.workdir, exist_ok=True)
    report = os.path.join(arguments.workdir, "report.html")
    screenshot = os.path.join(arguments.workdir, "report.png")
    for stale in (report, screenshot, os.path.join(arguments.workdir, "report.pdf")):
        if os.path.exists(stale):
            os.remove(stale)

    run([arguments.tiltak, "report", arguments.portfolio, "--as-of", arguments.as_of, "--format", "html",
         "-o", report])
    with open(report, encoding="utf-8") as source:
        check_svgs(source.read(), arguments.workdir)

    url = "file://" + os.path.abspath(report)
    chromium(arguments.chromium, arguments.workdir, url, f"--screenshot={screenshot}",
             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    check_png(screenshot)

    pdf = os.path.join(arguments.workdir, "report.pdf")
    chromium(arguments.chromium, arguments.workdir, url, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    check_pdf(pdf)

    dom = chromium(arguments.chromium, arguments.workdir, url, "--dump-dom",
                   capture_output=True, text=True).stdout
    text = page_text(dom)
    missing = [expected for expected in arguments.expect if expected not in text]
    assert not missing, f"not in the rendered page: {missing}"
    assert dom.count("<svg") >= 5, "the charts are in the rendered DOM"
    print("the page shows:", "; ".join(arguments.expect))
    return 0


if __name__ == "__main__":
    sys.exit(main())
