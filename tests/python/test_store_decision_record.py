"""A store's decision record from Python (issue 16; docs/governance.md, "What the chain
proves"): Store.verify_decision_log holds the latest log against the store's own history of
chain heads and the archive's copies, as ``tiltak log verify STORE --archived DIR`` does."""

import shutil

import pytest

import tiltak


@pytest.fixture
def decided_json(data_dir) -> str:
    return (data_dir / "governance" / "decided.json").read_text(encoding="utf-8")


def test_sqlite_store_records_the_chain_head(tmp_path, decided_json):
    archived = [tiltak.arkivmelding_for_decision(tiltak.Portfolio.from_json(decided_json), 1)]
    with tiltak.Store.create(tmp_path / "decided.db") as store:
        store.import_json(decided_json, author="kari")
        result = store.verify_decision_log()
        assert (result.intact, result.recorded, result.language) == (True, 2, "nb")
        result = store.verify_decision_log(archived=archived, rulebook="no-default", lang="en")
        assert (result.intact, result.acknowledged, result.recorded) == (True, 2, 2)


def test_json_store_cut_is_found_against_the_archive(tmp_path, data_dir, decided_json):
    archived = [tiltak.arkivmelding_for_decision(tiltak.Portfolio.from_json(decided_json), 1)]
    cut = tmp_path / "cut.json"
    shutil.copy(data_dir / "governance" / "decided-cut.json", cut)
    with tiltak.Store(cut) as store:
        assert store.verify_decision_log().intact  # nothing outside the file: undetectable
        result = store.verify_decision_log(archived=archived, lang="en")
    assert (result.intact, result.recorded) == (False, 0)
    assert [(f.value, f.pointer, f.message) for f in result.findings] == [
        ("cut_tail", "/decisions",
         "the archive acknowledged decision 2, but the log ends at decision 1: decisions were removed")]


def test_a_copy_that_is_no_decision_message_is_refused(tmp_path, data_dir, decided_json):
    receipt = (data_dir / "governance" / "kvittering-t1.xml").read_text(encoding="utf-8")
    path = tmp_path / "decided.json"
    path.write_text(decided_json, encoding="utf-8")
    with tiltak.Store(path) as store, pytest.raises(tiltak.ValidationError):
        store.verify_decision_log(archived=[receipt])
