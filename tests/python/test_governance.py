"""Governance from Python: the compliance check (and its DataFrames), gates and mandates,
the decision log and the KS Fiks Arkiv link (docs/governance.md)."""

import datetime
import json

import pytest

import tiltak

AS_OF = datetime.date(2026, 11, 23)


@pytest.fixture
def fjordvik() -> tiltak.Portfolio:
    from conftest import SOURCE_DIR

    return tiltak.Portfolio.load(SOURCE_DIR / "examples" / "fjordvik.json")


def test_check_fjordvik_gives_the_planted_report(fjordvik):
    report = tiltak.check(fjordvik, as_of=AS_OF, lang="en")
    assert report.rulebook == "no-default"
    assert (report.count("error"), report.count("warning"), report.count("info")) == (14, 18, 0)
    first = report.findings[0]
    assert (first.subject, first.rule, first.severity) == ("T-002", "cloud-clearance", "error")
    assert first.pointer == "/initiatives/1/security/security_clearance"
    assert json.loads(report.to_json())["counts"] == {"error": 14, "warning": 18, "info": 0}


def test_findings_frame_and_areas_frame(fjordvik):
    pd = pytest.importorskip("pandas")
    report = tiltak.check(fjordvik, "no-default", AS_OF)
    frame = report.to_frame()
    assert len(frame) == 32
    assert list(frame.columns) == ["subject_kind", "subject", "rule", "severity", "pointer", "message"]
    assert list(frame["severity"].cat.categories) == ["error", "warning", "info"]
    assert frame["severity"].cat.ordered
    counts = frame.groupby("rule", observed=True).size()
    assert counts["status-report"] == 4 and counts["benefit-owner"] == 4
    assert frame.attrs["rulebook"] == "no-default" and frame.attrs["as_of"] == AS_OF
    areas = tiltak.areas_frame(report)
    helse = areas.set_index("area").loc["helse-omsorg"]
    assert (helse["initiatives"], helse["compliant_initiatives"], helse["errors"], helse["warnings"]) == (14, 8, 3, 10)
    assert helse["compliance_share"] == pytest.approx(8 / 14)
    assert areas["initiatives"].dtype == pd.Series([1], dtype="int64").dtype


def test_custom_rulebook_and_bad_rulebook(minimal):
    rules = tiltak.rulebook_from_json(json.dumps({
        "rulebook": "mine",
        "rules": [{"id": "no-case", "severity": "info", "scope": "initiative", "condition": {"empty": "case_reference"},
                   "message": {"nb": "{id} mangler saksnummer", "da": "-", "en": "-"}}]}))
    assert [r["id"] for r in rules.rules] == ["no-case"]
    report = tiltak.check(minimal, rules, AS_OF, "nb")
    assert [(f.subject, f.message) for f in report.findings] == [("T-2", "T-2 mangler saksnummer")]
    with pytest.raises(tiltak.ValidationError) as error:
        tiltak.rulebook_from_json('{"rulebook": "x", "rules": [{"id": "r", "severity": "fatal"}]}')
    assert [p.pointer for p in error.value.problems] == ["/rules/0/severity", "/rules/0/scope",
                                                         "/rules/0/condition", "/rules/0/message"]
    with pytest.raises(tiltak.NotFoundError):
        tiltak.rulebook("se-default")
    assert tiltak.rulebook_ids() == ["no-default", "dk-default"]


def test_advance_logs_or_refuses_without_change(minimal):
    before = minimal.to_json()
    with pytest.raises(tiltak.ValidationError) as error:
        tiltak.advance(minimal, "T-2", "anchored", "secretariat", AS_OF)
    assert [p.value for p in error.value.problems] == ['"sector-leader"']  # the requirement as JSON text
    assert minimal.to_json() == before
    decision = tiltak.advance(minimal, "T-1", "paused", "council", AS_OF, case_reference="2026/1234",
                              reason="Venter", amount=tiltak.Money(100000, "NOK"))
    assert (decision.from_stage, decision.to_stage, decision.body) == ("in_progress", "paused", "council")
    assert len(decision.hash) == 64 and decision.previous_hash == ""
    assert minimal["T-1"].stage == "paused"
    assert tiltak.decisions(minimal) == [decision]
    assert tiltak.verify_decision_log(minimal).intact
    assert tiltak.competent_body(minimal, "T-1") == "council"  # personal data: not the secretariat


def test_check_transition_lists_what_advance_would_refuse(minimal):
    before = minimal.to_json()
    refused = tiltak.check_transition(minimal, "T-2", "anchored", "secretariat", AS_OF, lang="en")
    assert not refused.allowed
    assert [p.value for p in refused.unmet] == ["sector-leader"]
    assert json.loads(refused.to_json())["unmet"][0]["requirement"] == "sector-leader"
    assert tiltak.check_transition(minimal, "T-1", "paused", "council", AS_OF).allowed
    assert minimal.to_json() == before and tiltak.decisions(minimal) == []
    with pytest.raises(tiltak.InvalidArgumentError, match="unknown decision body; expected one of secretariat"):
        tiltak.check_transition(minimal, "T-1", "paused", "mayor", AS_OF)


def test_replay_reproduces_the_stages(minimal, data_dir):
    decided = tiltak.Portfolio.load(data_dir / "governance" / "decided.json")
    replayed = tiltak.replay_decisions(minimal, tiltak.decisions(decided))
    assert replayed.to_json() == decided.to_json()
    assert minimal["T-1"].stage == "in_progress" and tiltak.decisions(minimal) == []
    with pytest.raises(tiltak.ValidationError):
        tiltak.replay_decisions(decided, tiltak.decisions(decided)[1:] + tiltak.decisions(decided)[:1])


def test_tampered_log_is_found(data_dir):
    tampered = tiltak.Portfolio.load(data_dir / "governance" / "tampered.json")
    result = tiltak.verify_decision_log(tampered)
    assert (result.intact, result.entries, result.first_broken) == (False, 2, 0)
    assert result.reason == "hash does not match the entry's content"


def test_archive_messages_validate_and_receipt_is_read_back(data_dir):
    from conftest import SOURCE_DIR

    decided = tiltak.Portfolio.load(data_dir / "governance" / "decided.json")
    xsd = SOURCE_DIR / "schemas" / "fiks-arkiv" / "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd"
    registration = tiltak.arkivmelding_for_registration(decided, "T-1")
    assert tiltak.schema_problems(registration, xsd) == []
    assert "<n5mdk:noekkel>tiltak/T-1/registrering</n5mdk:noekkel>" in registration
    assert tiltak.schema_problems(tiltak.arkivmelding_for_decision(decided, 1), xsd) == []
    receipt_xml = (data_dir / "governance" / "kvittering-t1.xml").read_text(encoding="utf-8")
    receipt = tiltak.read_archive_receipt(receipt_xml)
    assert receipt["case_file"]["case_number"] == "2026/1234"
    assert receipt["entry"] == {"key": "tiltak/T-1/registrering", "system_id": "0b7e4a52-2c9d-4f7e-8a13-5d6c4b3a2f10",
                                "created": True, "registry_number": "2026/5678", "number_in_case": 1}
    tiltak.apply_archive_receipt(decided, receipt_xml)
    assert decided["T-1"].registry_entry == "2026/5678"
    with pytest.raises(tiltak.ValidationError):  # well-formed, but not a receipt
        tiltak.read_archive_receipt("<nope/>")
