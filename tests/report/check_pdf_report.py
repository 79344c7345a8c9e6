"""The report as a PDF for the archive (issue #17): `tiltak report --format pdf` in one language,
made once and checked every way, so that CI pays for one Chromium print and one Ghostscript run:

- PDF/A-2b: the XMP says pdfaid:part 2, conformance B (pdfinfo -meta), with dc:language;
- the document information has the report's title and its as-of date (pdfinfo);
- every page is A4 portrait (pdfinfo -f 1 -l N);
- every font is embedded (pdffonts);
- the summary fits two pages: the first appendix heading is on page 3 at the latest (pdftotext);
- the running header and "Side 1 av N" page numbers are printed;
- page 1 rendered to PNG (pdftoppm) is not blank;
- with --hide-names, the report is of a copy with a person's name or id in every free-text
  field (tests/support/names_everywhere.py), and no registered person's name or id is anywhere
  in the text (pdftotext).

Exits 77 (skipped) when Chromium, Ghostscript or poppler-utils is not installed.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from names_everywhere import names_everywhere  # noqa: E402

SKIPPED = 77
TOOLS = ("pdfinfo", "pdffonts", "pdftotext", "pdftoppm")
# The words the checks look for, by language (src/reporting/report_words.cpp).
WORDS = {
    "nb": {"title": "Porteføljerapport", "summary": "Sammendrag", "appendix": "Vedlegg A:", "page": "Side 1 av ",
           "as_of": "Per 23.11.2026"},
    "da": {"title": "Porteføljerapport", "summary": "Resumé", "appendix": "Bilag A:", "page": "Side 1 af ",
           "as_of": "Pr. 23.11.2026"},
}


def output(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def page_text(pdf, first, last=None):
    return output("pdftotext", "-f", str(first), "-l", str(last or first), pdf, "-")


def flat(text):
    """Lower case, every run of white space one space: a name broken across lines still matches."""
    return re.sub(r"\s+", " ", text).lower()


def check_png(path):
    from PIL import Image  # python3-pil

    with Image.open(path) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        colours = sorted(rgb.getcolors(maxcolors=width * height), reverse=True)
    inked = 1 - colours[0][0] / (width * height)
    print(f"{path}: {width}x{height}, {len(colours)} colours, {inked:.0%} not paper")
    assert height > width, "page 1 is portrait"
    assert len(colours) >= 50, "page 1 has text, colours and figures, not a few flat colours"
    assert inked >= 0.05, "page 1 is (nearly) blank"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tiltak", required=True)
    parser.add_argument("--portfolio", required=True)
    parser.add_argument("--as-of", default="2026-11-23")
    parser.add_argument("--lang", required=True, choices=sorted(WORDS))
    parser.add_argument("--hide-names", action="store_true")
    parser.add_argument("--stdout", action="store_true", help="write the PDF with -o - and keep standard output")
    parser.add_argument("--workdir", required=True)
    arguments = parser.parse_args()
    words = WORDS[arguments.lang]

    missing = [tool for tool in ("chromium", "gs", *TOOLS) if not shutil.which(tool)]
    if missing and not (missing == ["chromium"] and os.environ.get("TILTAK_CHROMIUM")):
        print(f"not installed: {', '.join(missing)}: skipped")
        return SKIPPED
    os.makedirs(arguments.workdir, exist_ok=True)
    pdf = os.path.join(arguments.workdir, f"report-{arguments.lang}.pdf")
    if os.path.exists(pdf):
        os.remove(pdf)

    with open(arguments.portfolio, encoding="utf-8") as source:
        portfolio = json.load(source)
    reported = arguments.portfolio
    if arguments.hide_names:
        reported = os.path.join(arguments.workdir, "names-everywhere.json")
        with open(reported, "w", encoding="utf-8") as named:
            json.dump(names_everywhere(portfolio)[0], named, ensure_ascii=False)
    command = [arguments.tiltak, "report", reported, "--as-of", arguments.as_of, "--lang", arguments.lang,
               "--format", "pdf", "-o", "-" if arguments.stdout else pdf]
    if arguments.hide_names:
        command.append("--hide-names")
    started = time.monotonic()
    result = subprocess.run(command, check=True, capture_output=True, timeout=240)
    print(f"+ {' '.join(command)}: {time.monotonic() - started:.1f} s")
    if arguments.stdout:
        with open(pdf, "wb") as out:
            out.write(result.stdout)
    with open(pdf, "rb") as written:
        assert written.read(5) == b"%PDF-", "the output is a PDF"

    info = output("pdfinfo", pdf)
    fields = dict(re.findall(r"^([A-Za-z ]+):\s+(.*)$", info, flags=re.M))
    # With names everywhere, the portfolio's name holds one too (hidden: a role follows it).
    title = f"{words['title']} – {portfolio['name']}"
    assert fields.get("Title", "").startswith(title), f"title {fields.get('Title')!r}, expected {title!r}"
    assert fields.get("Subject") == words["as_of"], f"subject {fields.get('Subject')!r}"
    pages = int(fields["Pages"])
    print(f"{pdf}: {pages} pages, title {fields['Title']!r}, subject {fields['Subject']!r}")

    meta = output("pdfinfo", "-meta", pdf)
    assert re.search(r"pdfaid:part=['\"]2['\"]", meta), "the XMP declares PDF/A part 2"
    assert re.search(r"pdfaid:conformance=['\"]B['\"]", meta), "the XMP declares conformance B"
    assert f"<dc:language><rdf:Bag><rdf:li>{arguments.lang}</rdf:li>" in meta, "the XMP names the language"
    assert title in meta, "the XMP's dc:title is the document information's title"

    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", output("pdfinfo", "-f", "1", "-l", str(pages), pdf),
                       flags=re.M)
    rotations = re.findall(r"^Page\s+\d+ rot:\s+(\d+)", output("pdfinfo", "-f", "1", "-l", str(pages), pdf), flags=re.M)
    assert len(sizes) == pages, f"{len(sizes)} page sizes for {pages} pages"
    for number, (width, height) in enumerate(sizes, 1):
        assert abs(float(width) - 595.3) < 2 and abs(float(height) - 841.9) < 2, f"page {number} is not A4 portrait"
    assert set(rotations) == {"0"}, f"a page is rotated: {set(rotations)}"

    fonts = output("pdffonts", pdf).splitlines()[2:]
    assert fonts, "the text has fonts"
    for line in fonts:
        assert re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line), f"cannot read: {line}"
        embedded = line.split()[-5]
        assert embedded == "yes", f"a font is not embedded: {line}"
    print(f"{len(fonts)} fonts, all embedded")

    first_appendix = next(
        (n for n in range(1, pages + 1) if re.search(rf"^{re.escape(words['appendix'])}", page_text(pdf, n), flags=re.M)),
        None)
    assert first_appendix is not None, f"no page begins an appendix with {words['appendix']!r}"
    print(f"the summary takes {first_appendix - 1} page(s); {words['appendix']!r} begins page {first_appendix}")
    assert first_appendix <= 3, "the summary is longer than two pages"
    first_page = page_text(pdf, 1)
    assert words["summary"] in first_page, "page 1 has the summary"
    assert f"{words['page']}{pages}" in first_page, f"page 1 is numbered {words['page']}{pages}"
    assert flat(f"{words['title']} – {portfolio['name']}") in flat(page_text(pdf, 2)), "page 2 has the running header"

    prefix = os.path.join(arguments.workdir, f"page-{arguments.lang}")
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, prefix], check=True)
    check_png(prefix + ".png")

    if arguments.hide_names:
        text = flat(page_text(pdf, 1, pages))
        people = portfolio["organisation"]["people"]
        shown = [term for p in people for term in (p["name"], p["id"]) if flat(term) in text]
        assert not shown, f"--hide-names leaves in the PDF: {shown}"
        print(f"none of the {len(people)} people's names or ids is in the text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
