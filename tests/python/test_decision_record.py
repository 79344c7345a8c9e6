"""A decision record that stands up, from Python (issue 16; docs/governance.md): decisions
checked, the record verified against the archive's copies, archive messages always valid."""

import datetime
import json

import pytest

import tiltak


@pytest.fixture
def decided(data_dir) -> tiltak.Portfolio:
    return tiltak.Portfolio.load(data_dir / "governance" / "decided.json")


def test_negative_amount_is_refused(decided):
    with pytest.raises(tiltak.ValidationError) as refused:
        tiltak.advance(decided, "T-1", "paused", "council", datetime.date(2026, 7, 1),
                       amount=tiltak.Money.parse("-5", "NOK"))
    assert [p.value for p in refused.value.problems] == ['"amount"']  # the requirement as JSON text
    assert len(tiltak.decisions(decided)) == 2


def test_decision_before_the_last_needs_a_late_registration(decided):
    before_last = datetime.date(2026, 5, 15)
    with pytest.raises(tiltak.ValidationError) as refused:
        tiltak.advance(decided, "T-1", "paused", "council", before_last, lang="en")
    assert refused.value.problems[0].message.startswith("dated 2026-05-15, before the last decision in the log")
    logged = tiltak.advance(decided, "T-1", "paused", "council", before_last, late_registration=True)
    assert logged.late_registration and len(tiltak.decisions(decided)) == 3


def test_record_is_held_against_the_archived_messages(decided):
    archived = [tiltak.arkivmelding_for_decision(decided, i) for i in range(2)]
    result = tiltak.verify_decision_log(decided, archived=archived)
    assert (result.intact, result.acknowledged, result.findings) == (True, 2, [])
    document = json.loads(decided.to_json())
    document["decisions"].pop()
    document["initiatives"][0]["stage"] = "paused"
    cut = tiltak.Portfolio.from_json(json.dumps(document))
    assert tiltak.verify_decision_log(cut).intact  # nothing outside the file: undetectable
    result = tiltak.verify_decision_log(cut, archived=archived, lang="en")
    assert not result.intact
    assert [(f.value, f.pointer) for f in result.findings] == [("cut_tail", "/decisions")]


def test_text_xml_cannot_carry_is_refused_with_its_pointer(data_dir):
    portfolio = tiltak.Portfolio.load(data_dir / "governance" / "control-characters.json")
    with pytest.raises(tiltak.ValidationError) as refused:
        tiltak.arkivmelding_for_registration(portfolio, "T-1")
    assert refused.value.problems[0].pointer == "/initiatives/0/title"
    with pytest.raises(tiltak.Error):
        tiltak.arkivmelding_for_registration(portfolio, "T-2", system="")
