"""Hidden names in every free-text field (issue 17): Fjordvik with a registered person's name or
id written into each of its free-text fields (545 of them: titles, descriptions, comments,
mitigations, notes, unit, component and programme names...; tests/support/names_everywhere.py
reads which fields are free text from the schema), in capitals, with doubled spaces and across
line breaks. With hide_personal_names no name or person id reaches the frames, the JSON, the
HTML, the Markdown or the CSV files, in any of the three languages; without it they do. (The
PDF's text is checked by tests/report/check_pdf_report.py on the same document.)"""

import datetime
import json
import re
import sys

import pytest

import tiltak
from conftest import SOURCE_DIR
from test_privacy import leaks, strings

sys.path.insert(0, str(SOURCE_DIR / "tests" / "support"))
from names_everywhere import names_everywhere  # noqa: E402

AS_OF = datetime.date(2026, 11, 23)


@pytest.fixture(scope="module")
def named():
    document = json.loads((SOURCE_DIR / "examples" / "fjordvik.json").read_text(encoding="utf-8"))
    return names_everywhere(document)


def outputs(report):
    """(where, text) for every text every format of the report holds."""
    for table, frame in report.frames().items():
        for column in frame.columns:
            for value in frame[column]:
                if isinstance(value, str):
                    yield f"frame {table}.{column}", value
    # JSON escapes line breaks: its strings are looked at once parsed.
    for text in strings(json.loads(report.to_json())):
        yield "json", text
    yield "html", report.to_html()
    yield "markdown", report.to_markdown()
    for name, text in report.to_csv().items():
        yield f"csv {name}", text


def test_the_named_copy_is_a_valid_portfolio_with_names_in_every_kind_of_free_text(named):
    document, written = named
    kinds = {re.sub(r"/\d+", "/*", pointer) for pointer in written}
    for kind in ("/initiatives/*/title", "/initiatives/*/description", "/initiatives/*/status/*/comment",
                 "/initiatives/*/risks/*/mitigation", "/benefits/*/measurements/*/note",
                 "/organisation/units/*/name", "/initiatives/*/programme", "/components/*/provider"):
        assert kind in kinds
    tiltak.Portfolio.from_json(json.dumps(document))  # raises on any problem


@pytest.mark.parametrize("language", ["nb", "da", "en"])
def test_hidden_names_reach_no_output(named, language):
    document, _ = named
    people = document["organisation"]["people"]
    portfolio = tiltak.Portfolio.from_json(json.dumps(document))
    report = tiltak.build_report(portfolio, AS_OF, lang=language, hide_personal_names=True)
    for where, text in outputs(report):
        assert not leaks(text, people), (where, text[:200])
    # What is not personal stays: the titles around the names.
    html = report.to_html()
    for initiative in json.loads((SOURCE_DIR / "examples" / "fjordvik.json").read_text(encoding="utf-8"))["initiatives"]:
        if initiative["stage"] not in ("idea",):
            assert initiative["title"].replace("&", "&amp;") in html


def test_without_hiding_the_names_are_there(named):
    document, _ = named
    people = document["organisation"]["people"]
    report = tiltak.build_report(tiltak.Portfolio.from_json(json.dumps(document)), AS_OF)
    shown = set()
    for _, text in outputs(report):
        shown.update(leaks(text, people))
    assert {person["name"] for person in people} <= shown
