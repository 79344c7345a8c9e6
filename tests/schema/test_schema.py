"""The JSON Schema of the portfolio document (schemas/portfolio.schema.json).

Checks that the schema is itself valid draft 2020-12, that the bundled example validates, and
that typical mistakes are rejected. Run with: python3 -m pytest tests/schema
"""

import copy
import json
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")
from jsonschema import Draft202012Validator  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "schemas" / "portfolio.schema.json"
EXAMPLE_PATH = ROOT / "examples" / "fjordvik.json"


@pytest.fixture(scope="module")
def schema():
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def validator(schema):
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def example():
    with EXAMPLE_PATH.open(encoding="utf-8") as f:
        return json.load(f)


def minimal():
    return {
        "schema_version": 1,
        "name": "Testportefølje",
        "currency": "NOK",
        "organisation": {"name": "Testvik kommune"},
    }


def errors(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def test_schema_is_valid_draft_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_example_validates(validator, example):
    problems = [f"{e.json_path}: {e.message}" for e in errors(validator, example)]
    assert problems == []


def test_minimal_document_validates(validator):
    assert errors(validator, minimal()) == []


def test_system_register_validates(validator):
    with (ROOT / "tests" / "data" / "systems.json").open(encoding="utf-8") as f:
        register = json.load(f)
    errors = list(validator.iter_errors(register))
    assert not errors, errors[0].message


def test_system_with_unknown_hosting_is_rejected(validator):
    with (ROOT / "tests" / "data" / "systems.json").open(encoding="utf-8") as f:
        register = json.load(f)
    register["systems"][0]["hosting"] = "sky"
    assert not validator.is_valid(register)


def test_document_with_decision_log_validates(validator):
    with (ROOT / "tests" / "data" / "governance" / "decided.json").open(encoding="utf-8") as f:
        document = json.load(f)
    assert errors(validator, document) == []
    document["decisions"][0]["hash"] = "not-a-hash"
    document["decisions"][1]["body"] = "mayor"
    found = errors(validator, document)
    assert [list(e.absolute_path) for e in found] == [["decisions", 0, "hash"], ["decisions", 1, "body"]]


def test_example_covers_every_stage(example, schema):
    stages = set(schema["$defs"]["initiative"]["properties"]["stage"]["enum"])
    assert {i["stage"] for i in example["initiatives"]} == stages


def mutated(example, change):
    document = copy.deepcopy(example)
    change(document)
    return document


def first_with(items, key):
    return next(item for item in items if key in item)


def set_amount_number(d):
    first_with(d["initiatives"], "costs")["costs"][0]["amount"] = 1250000.5


def set_amount_three_decimals(d):
    first_with(d["initiatives"], "costs")["costs"][0]["amount"] = "100.005"


def set_amount_grouped(d):
    d["strategy"]["budget_frames"][0]["investment"] = "7 500 000.00"


def add_unknown_field(d):
    d["initiatives"][0]["titel"] = "Min side"


def add_unknown_top_level_field(d):
    d["version"] = 1


def set_bad_stage(d):
    d["initiatives"][0]["stage"] = "ongoing"


def set_norwegian_stage(d):
    d["initiatives"][0]["stage"] = "pågår"


def set_bad_date_pattern(d):
    d["initiatives"][0]["planned"]["start"] = "01.09.2025"


def set_date_with_time(d):
    d["components"][0]["available_from"] = "2027-03-01T00:00:00Z"


def set_schema_version_3(d):
    d["schema_version"] = 3


def set_bad_currency(d):
    d["currency"] = "kr"


def drop_stage(d):
    del d["initiatives"][0]["stage"]


def set_score_6(d):
    first_with(d["initiatives"], "goals")["goals"][0]["score"] = 6


def set_probability_0(d):
    first_with(d["initiatives"], "risks")["risks"][0]["probability"] = 0


def set_hours_on_investment(d):
    line = next(c for i in d["initiatives"] for c in i.get("costs", []) if c["kind"] == "investment")
    line["hours"] = 10


def set_negative_investment(d):
    line = next(c for i in d["initiatives"] for c in i.get("costs", []) if c["kind"] == "investment")
    line["amount"] = "-1000.00"


def drop_role_from_internal_hours(d):
    line = next(c for i in d["initiatives"] for c in i.get("costs", []) if c["kind"] == "internal_hours")
    del line["role"]


def set_zero_internal_hours(d):
    line = next(c for i in d["initiatives"] for c in i.get("costs", []) if c["kind"] == "internal_hours")
    line["hours"] = 0


def set_dependency_on_both(d):
    first_with(d["initiatives"], "dependencies")["dependencies"][0] = {"initiative": "T-001", "component": "idporten"}


def set_bad_dependency_type(d):
    first_with(d["initiatives"], "dependencies")["dependencies"][0]["type"] = "FS"


def set_recipient_unit_and_external(d):
    d["benefits"][0]["recipient"] = {"unit": "servicetorget", "external": "citizens"}


def set_bad_external_recipient(d):
    d["benefits"][0]["recipient"] = {"external": "innbyggere"}


def set_bad_benefit_kind(d):
    d["benefits"][0]["kind"] = "economic"


def set_share_over_100(d):
    first_with(d["benefits"], "contributors")["contributors"][0]["share"] = 150


def set_bad_role(d):
    d["organisation"]["people"][0]["role"] = "manager"


def add_contact_data(d):
    d["organisation"]["people"][0]["email"] = "ola@example.org"


def cooperation_without_members(d):
    d["organisation"]["kind"] = "cooperation"
    d["organisation"].pop("members", None)


BROKEN = [
    set_amount_number,
    set_amount_three_decimals,
    set_amount_grouped,
    add_unknown_field,
    add_unknown_top_level_field,
    set_bad_stage,
    set_norwegian_stage,
    set_bad_date_pattern,
    set_date_with_time,
    set_schema_version_3,
    set_bad_currency,
    drop_stage,
    set_score_6,
    set_probability_0,
    set_hours_on_investment,
    set_negative_investment,
    drop_role_from_internal_hours,
    set_zero_internal_hours,
    set_dependency_on_both,
    set_bad_dependency_type,
    set_recipient_unit_and_external,
    set_bad_external_recipient,
    set_bad_benefit_kind,
    set_share_over_100,
    set_bad_role,
    add_contact_data,
    cooperation_without_members,
]


@pytest.mark.parametrize("change", BROKEN, ids=[f.__name__ for f in BROKEN])
def test_broken_document_is_rejected(validator, example, change):
    assert errors(validator, mutated(example, change)), f"{change.__name__} was accepted"


def test_amount_as_number_points_at_the_field(validator, example):
    found = errors(validator, mutated(example, set_amount_number))
    assert found
    assert all(e.json_path.endswith(".costs[0].amount") for e in found)
    assert all(e.validator == "type" for e in found)


def test_unknown_field_is_named(validator, example):
    found = errors(validator, mutated(example, add_unknown_field))
    assert any("titel" in e.message for e in found)


@pytest.mark.parametrize("amount", ["0", "1250000.50", "-300", "0.05", "12.5"])
def test_valid_amounts(validator, amount):
    document = minimal()
    document["strategy"] = {"budget_frames": [{"year": 2027, "investment": amount, "operating": "0"}]}
    assert errors(validator, document) == []


@pytest.mark.parametrize("share", [50, "33.33", 0, "100", 100.0])
def test_valid_percentages(validator, share):
    document = minimal()
    document["organisation"]["kind"] = "cooperation"
    document["organisation"]["members"] = [{"id": "a", "name": "A", "cost_share": share}]
    assert errors(validator, document) == []


@pytest.mark.parametrize("share", ["33.333", "100.01", "-5", "50 %", True])
def test_invalid_percentages(validator, share):
    document = minimal()
    document["organisation"]["kind"] = "cooperation"
    document["organisation"]["members"] = [{"id": "a", "name": "A", "cost_share": share}]
    assert errors(validator, document)
