"""Hidden names from Python (issue 17): build_report(..., hide_personal_names=True) keeps every
registered person's name and id out of Report.frames() and the JSON and HTML text, however
the name is written, and shows each person by role and unit. On examples/fjordvik.json with
names written into titles, comments, mitigations and a benefit's title."""

import datetime
import json
import re

import tiltak
from conftest import SOURCE_DIR

AS_OF = datetime.date(2026, 11, 23)


def fjordvik_naming_people():
    document = json.loads((SOURCE_DIR / "examples" / "fjordvik.json").read_text(encoding="utf-8"))
    first = document["initiatives"][0]
    first["title"] += " (LISE  KVAMSDAL)"
    first["status"][0]["comment"] = "Avklart med Ingvild\nÅsheim og P-BENTE-SKOGHEIM"
    first["risks"][0]["title"] = "Sykdom hos JON VETLE RISHAUG"
    first["risks"][0]["mitigation"] = "Randi   Halsvik avlaster"
    document["benefits"][0]["title"] += " for INGVILD ÅSHEIM"
    return document


def normalised(text):
    return re.sub(r"\s+", " ", text).casefold()


def leaks(text, people):
    seen = normalised(text)
    return [term for person in people for term in (person["name"], person["id"]) if normalised(term) in seen]


def strings(value):
    """Every string in a parsed JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_hidden_names_reach_no_frame_json_or_html():
    document = fjordvik_naming_people()
    people = document["organisation"]["people"]
    portfolio = tiltak.Portfolio.from_json(json.dumps(document))
    report = tiltak.build_report(portfolio, AS_OF, hide_personal_names=True)

    frames = report.frames()
    for name, frame in frames.items():
        for column in frame.columns:
            for value in frame[column]:
                if isinstance(value, str):
                    assert not leaks(value, people), (name, column, value)

    # JSON escapes line breaks: its strings are looked at once parsed.
    for text in strings(json.loads(report.to_json())):
        assert not leaks(text, people), text
    assert not leaks(report.to_html(), people)

    # People are shown by role and unit: benefit owners were person ids before.
    owners = set(frames["benefit_realisation"]["owner"].dropna())
    assert "Gevinsteier (Servicetorget og dokumentsenteret)" in owners
    assert "Eier (Barnehagekontoret)" in set(frames["initiatives"]["owner"])
    assert "Prosjektleder" in report.to_html()


def test_names_are_shown_unless_hidden():
    document = fjordvik_naming_people()
    report = tiltak.build_report(tiltak.Portfolio.from_json(json.dumps(document)), AS_OF)
    assert "p-bente-skogheim" in set(report.frames()["benefit_realisation"]["owner"].dropna())
    assert leaks(report.to_html(), document["organisation"]["people"])
