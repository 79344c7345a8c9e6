"""The enumeration names of the Python module are the document names the C++ library
writes (the module keeps its own copy of the table; this pins it)."""

import ast
import json
from pathlib import Path

import pytest

import tiltak
from tiltak import _tiltak

STUBS = Path(tiltak.__file__).with_name("_tiltak.pyi")


def test_every_stage_name_round_trips_through_the_document():
    for stage in tiltak.STAGES:
        initiative = tiltak.Initiative("T-1", "x", stage=stage)
        assert json.loads(initiative.to_json())["stage"] == stage
        assert tiltak.Initiative.from_json(initiative.to_json()).stage == stage


@pytest.mark.parametrize("kind", _tiltak._ENUM_NAMES["cost_kind"])
@pytest.mark.parametrize("basis", _tiltak._ENUM_NAMES["cost_basis"])
def test_cost_kind_and_basis_names_are_the_document_names(kind, basis):
    line = tiltak.CostLine(2026, kind, basis, hours=1 if kind == "internal_hours" else 0)
    written = json.loads(tiltak.Initiative("T-1", "x", costs=[line]).to_json())["costs"][0]
    assert written["kind"] == kind
    assert written.get("basis", "plan") == basis


def test_other_initiative_enumerations_are_the_document_names():
    names = _tiltak._ENUM_NAMES
    for dimension in names["status_dimension"]:
        for rag in names["rag"]:
            report = tiltak.StatusReport(dimension, rag, date=__import__("datetime").date(2026, 1, 1))
            written = json.loads(tiltak.Initiative("T-1", "x", status=[report]).to_json())["status"][0]
            assert (written["dimension"], written["rag"]) == (dimension, rag)
    for kind in names["dependency_type"]:
        dependency = tiltak.Dependency("T-0", type=kind)
        written = json.loads(tiltak.Initiative("T-1", "x", dependencies=[dependency]).to_json())["dependencies"][0]
        assert written.get("type", "finish_to_start") == kind
    for reason in names["mandatory_reason"]:
        mandate = tiltak.Mandate(reason)
        assert json.loads(tiltak.Initiative("T-1", "x", mandatory=mandate).to_json())["mandatory"]["reason"] == reason


def test_portfolio_level_enumerations_are_the_document_names(minimal_document):
    names = _tiltak._ENUM_NAMES
    for role in names["role"]:
        minimal_document["organisation"]["people"][1]["role"] = role
        portfolio = tiltak.Portfolio.from_json(json.dumps(minimal_document))
        assert portfolio.organisation.people[1].role == role
    for kind in names["benefit_kind"]:
        document = json.loads(json.dumps(minimal_document))
        document["benefits"][0]["kind"] = kind
        if kind == "qualitative":  # not valued in money
            del document["benefits"][0]["value_per_unit"]
        assert tiltak.Portfolio.from_json(json.dumps(document)).benefits[0].kind == kind
    for direction in names["indicator_direction"]:
        minimal_document["benefits"][0]["indicator"]["direction"] = direction
        assert tiltak.Portfolio.from_json(json.dumps(minimal_document)).benefits[0].indicator.direction == direction
    for external in ("citizens", "businesses", "other_public_bodies"):
        minimal_document["benefits"][0]["recipient"] = {"external": external}
        assert tiltak.Portfolio.from_json(json.dumps(minimal_document)).benefits[0].recipient.kind == external
    assert set(names["recipient_kind"]) == {"unit", "member", "citizens", "businesses", "other_public_bodies"}
    assert names["organisation_kind"] == ("municipality", "cooperation")
    cooperation = tiltak.generate_portfolio(5, cooperation_members=2)
    assert cooperation.organisation.kind == "cooperation"


def test_currencies_and_languages():
    assert _tiltak._ENUM_NAMES["currency"] == ("NOK", "DKK", "EUR", "SEK")
    assert _tiltak._ENUM_NAMES["language"] == ("nb", "da", "en")


def _stub_literals():
    tree = ast.parse(STUBS.read_text(encoding="utf-8"))
    literals = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript):
            name = node.targets[0].id
            if getattr(node.value.value, "id", None) == "Literal":
                elements = node.value.slice.elts if isinstance(node.value.slice, ast.Tuple) else [node.value.slice]
                literals[name] = tuple(e.value for e in elements)
    return literals


def test_the_stubs_literal_types_match_the_module():
    literals = _stub_literals()
    for enum, names in _tiltak._ENUM_NAMES.items():
        alias = "_" + "".join(part.capitalize() for part in enum.split("_"))
        assert literals[alias] == names, alias
