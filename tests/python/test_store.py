"""tiltak.Store: the portfolio store from Python (docs/store.md)."""

import datetime
import os
from pathlib import Path

import pytest

import tiltak

SOURCE_DIR = Path(os.environ.get("TILTAK_SOURCE_DIR", Path(__file__).resolve().parents[2]))


@pytest.fixture
def example_text() -> str:
    return (SOURCE_DIR / "examples" / "fjordvik.json").read_text(encoding="utf-8")


@pytest.fixture
def store_path(tmp_path, example_text):
    path = tmp_path / "fjordvik.db"
    with tiltak.Store.create(path) as store:
        store.import_json(example_text, author="kari", message="import", time="2026-11-01T08:00:00Z")
    return path


def retitle(title):
    def change(portfolio):
        initiative = portfolio["T-003"]
        initiative.title = title
        portfolio.update_initiative(initiative)

    return change


def test_apply_commits_a_revision_and_earlier_states_stay_readable(store_path, example_text):
    with tiltak.Store(store_path) as store:
        before = store.read()["T-003"].title
        imported = store.export_json()  # canonical: the example file spells out some defaults
        made = store.apply(retitle("Ny tittel"), author="ola", message="new title", time="2026-11-02T09:00:00Z")
        assert isinstance(made, tiltak.Revision)
        assert (made.number, made.author, made.message, made.time) == (2, "ola", "new title", "2026-11-02T09:00:00Z")
        assert store.read()["T-003"].title == "Ny tittel"
        assert store.read(at=1)["T-003"].title == before
        assert store.read(at=datetime.date(2026, 11, 1))["T-003"].title == before
        assert store.export_json(at=1) == imported
        assert tiltak.Portfolio.from_json(imported) == tiltak.Portfolio.from_json(example_text)
        assert store.diff(1) == [{"entity": "initiative", "id": "T-003", "change": "changed"}]
        assert [r.number for r in store.revisions("T-003")] == [1, 2]
        assert store.revision().number == 2


def test_update_initiative_commits_that_initiative(store_path):
    with tiltak.Store(store_path) as store:
        initiative = store.read()["T-003"]
        initiative.title = "Ny tittel"
        made = store.update_initiative(initiative, author="ola", message="new title")
        assert made.number == 2
        assert store.read()["T-003"].title == "Ny tittel"
        assert store.diff(1) == [{"entity": "initiative", "id": "T-003", "change": "changed"}]
        stranger = store.read()["T-004"]
        stranger.id = "T-404"
        with pytest.raises(tiltak.NotFoundError):
            store.update_initiative(stranger, author="ola")


def test_history_is_a_data_frame(store_path):
    pytest.importorskip("pandas")
    with tiltak.Store(store_path) as store:
        store.apply(retitle("A"), author="ola", message="a", time="2026-11-02T09:00:00Z")
        frame = store.history()
    assert list(frame.columns) == ["revision", "time", "author", "message", "chain_head"]
    assert frame["revision"].tolist() == [1, 2]
    assert frame["author"].tolist() == ["kari", "ola"]
    assert str(frame["time"].dt.tz) == "UTC"
    assert frame["time"].iloc[1].isoformat() == "2026-11-02T09:00:00+00:00"


def test_an_exception_in_the_change_commits_nothing(store_path):
    def broken(portfolio):
        portfolio.update_initiative(portfolio["T-003"])
        raise RuntimeError("changed my mind")

    with tiltak.Store(store_path) as store:
        with pytest.raises(RuntimeError, match="changed my mind"):
            store.apply(broken, author="ola")
        assert len(store.revisions()) == 1


def test_errors_are_tiltak_errors(store_path, tmp_path):
    with tiltak.Store(store_path) as store:
        with pytest.raises(tiltak.NotFoundError):
            store.read(at=9)
        with pytest.raises(TypeError):
            store.read(at="yesterday")
    with pytest.raises(tiltak.IoError):
        tiltak.Store(tmp_path / "missing.db")
    with pytest.raises(tiltak.DuplicateError):
        tiltak.Store.create(store_path)
    store = tiltak.Store(store_path)
    store.close()
    with pytest.raises(tiltak.InvalidArgumentError, match="closed"):
        store.read()
