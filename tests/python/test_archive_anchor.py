"""The decision record's archive side from Python, as the CLI has it (issue 16;
docs/governance.md, "What the chain proves"): the anchor an archived decision message carries,
the schema check of a message, and the documents a decision message describes."""

import datetime
import hashlib
import re

import pytest

import tiltak


@pytest.fixture
def decided(data_dir) -> tiltak.Portfolio:
    return tiltak.Portfolio.load(data_dir / "governance" / "decided.json")


def test_anchor_is_read_from_the_archived_copy(decided):
    head = tiltak.decisions(decided)[1].hash
    anchor = tiltak.read_chain_anchor(tiltak.arkivmelding_for_decision(decided, 1))
    assert anchor == {"number": 2, "hash": head, "head_number": 2, "head_hash": head}
    # An earlier decision sent later anchors the head as it is then.
    assert tiltak.read_chain_anchor(tiltak.arkivmelding_for_decision(decided, 0))["head_number"] == 2


def test_registration_message_carries_no_anchor(decided):
    with pytest.raises(tiltak.ValidationError, match="no beslutningslogg"):
        tiltak.read_chain_anchor(tiltak.arkivmelding_for_registration(decided, "T-1"))


def test_arkivmelding_problems_name_the_line(decided):
    xml = tiltak.arkivmelding_for_decision(decided, 1)
    assert tiltak.arkivmelding_problems(xml) == []
    broken = xml.replace("<tittel>", "<titel>").replace("</tittel>", "</titel>")
    problems = tiltak.arkivmelding_problems(broken)
    assert problems and problems[0].line > 1 and "titel" in problems[0].message


def test_decision_message_describes_its_documents(decided):
    report = b"%PDF-1.7 saksframlegg"
    documents = [tiltak.ArchiveDocument("Saksframlegg", "saksframlegg.pdf", report),
                 tiltak.ArchiveDocument("Vedlegg", "vedlegg.txt", b"abc", mime_type="text/plain")]
    xml = tiltak.arkivmelding_for_decision(decided, 1, documents=documents)
    assert "<antallFiler>2</antallFiler>" in xml
    checksums = re.findall(r"<sjekksum>([0-9a-f]{64})</sjekksum>", xml)
    assert checksums == [hashlib.sha256(report).hexdigest(), hashlib.sha256(b"abc").hexdigest()]
    assert f"<filstoerrelse>{len(report)}</filstoerrelse>" in xml
    assert documents[1].content == b"abc" and documents[0].mime_type == "application/pdf"
    with pytest.raises(tiltak.Error):  # two files of one name
        tiltak.arkivmelding_for_decision(decided, 1, documents=[documents[0], documents[0]])


def test_forged_decision_beyond_the_gate_is_found_on_replay(decided):
    tiltak.advance(decided, "T-1", "completed", "secretariat", datetime.date(2026, 7, 1))  # no body asked
    strict = tiltak.rulebook_from_json(
        '{"rulebook": "strict", "gates": [{"from": ["in_progress", "paused"], "to": "paused", "minimum_body": '
        '"council"}, {"from": ["paused"], "to": "in_progress", "minimum_body": "council"}, '
        '{"from": ["in_progress"], "to": "completed", "minimum_body": "council"}]}')
    assert tiltak.verify_decision_log(decided).intact
    result = tiltak.verify_decision_log(decided, rulebook=strict, lang="en")
    assert [(f.value, f.pointer) for f in result.findings] == [("mandate", "/decisions/2/body")]
    assert result.findings[0].message == (
        "decision 3: the secretariat could not take it; it must be taken by the digitalisation council or above")
