"""A portfolio with registered people's names in every free-text field (issue 17's privacy test).

The free-text fields are read from schemas/portfolio.schema.json, not listed by hand: every
property that is a plain string there, without an enum, pattern, format or const (titles,
descriptions, comments, mitigations, notes, reasons, names of units and programmes...); ids and
references are named definitions ($ref) and are left alone. Into each occurrence in the
document goes one person's name or id, written the ways people write them: in capitals, with
doubled spaces, across a line break. People's own `name` fields stay as they are: they are what
must not show. Used by the Python test (tests/python/test_privacy_every_field.py) and the PDF
check (tests/report/check_pdf_report.py):

    python3 names_everywhere.py PORTFOLIO.json OUT.json   writes the named copy
"""

import json
import sys
from pathlib import Path

SCHEMA = Path(__file__).resolve().parents[2] / "schemas" / "portfolio.schema.json"
NOT_FREE_TEXT = ("enum", "pattern", "format", "const")


def _is_free_text(schema):
    kind = schema.get("type")
    is_string = kind == "string" or (isinstance(kind, list) and "string" in kind)
    return is_string and not any(key in schema for key in NOT_FREE_TEXT)


def _resolve(schema, root):
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _spellings(person):
    """A person's name or id as free text spells it."""
    first, *rest = person["name"].split(" ", 1)
    last = rest[0] if rest else ""
    return [
        person["name"].upper(),
        f"{first}  {last}",
        f"{first}\n{last}",
        person["id"].upper(),
        person["name"].lower(),
    ]


def _free_text_places(document, schema, root, pointer=""):
    """(container, key, pointer) for every free-text string in the document."""
    schema = _resolve(schema, root)
    if isinstance(document, dict):
        properties = schema.get("properties", {})
        for key, value in document.items():
            if key not in properties:
                continue
            field = properties[key]
            if isinstance(value, str) and _is_free_text(field):
                yield document, key, f"{pointer}/{key}"
            else:
                yield from _free_text_places(value, field, root, f"{pointer}/{key}")
    elif isinstance(document, list) and "items" in schema:
        for index, item in enumerate(document):
            yield from _free_text_places(item, schema["items"], root, f"{pointer}/{index}")


def names_everywhere(document):
    """A copy of the portfolio document with a person's name or id in every free-text field,
    and the pointers written to (people's own names excepted)."""
    named = json.loads(json.dumps(document))
    root = json.loads(SCHEMA.read_text(encoding="utf-8"))
    people = named["organisation"]["people"]
    spellings = [spelling for person in people for spelling in _spellings(person)]
    written = []
    for container, key, pointer in _free_text_places(named, root, root):
        if pointer.startswith("/organisation/people/"):
            continue
        container[key] = f"{container[key]} ({spellings[len(written) % len(spellings)]})"
        written.append(pointer)
    return named, written


def main():
    document = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    named, _ = names_everywhere(document)
    Path(sys.argv[2]).write_text(json.dumps(named, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
