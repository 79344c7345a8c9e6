"""The portfolio report from Python: the same report as the other surfaces, its formats and
its tables as DataFrames, on tests/data/minimal.json (T-1 plans 1 250 000.50 investment and
320 000.00 valued internal hours in 2026)."""

import datetime
import json

import pytest

import tiltak
from conftest import SOURCE_DIR

AS_OF = datetime.date(2026, 11, 23)


@pytest.fixture
def portfolio(minimal_path):
    return tiltak.Portfolio.load(minimal_path)


def test_report_json_has_the_exact_amounts(portfolio):
    report = tiltak.build_report(portfolio, AS_OF, lang="en")
    doc = json.loads(report.to_json())
    assert doc["as_of"] == "2026-11-23"
    assert doc["language"] == "en"
    assert doc["initiatives"][0]["total_plan"] == "1570000.50"
    assert report.initiative_ids[0] == "T-1"
    assert report.as_of == AS_OF


def test_frames_keep_amounts_exact_in_minor_units(portfolio):
    frames = tiltak.build_report(portfolio, AS_OF).frames()
    initiatives = frames["initiatives"]
    t1 = initiatives[initiatives["id"] == "T-1"].iloc[0]
    assert t1["total_plan_minor"] == 157000050
    assert t1["total_plan"] == pytest.approx(1570000.50)
    assert set(frames) >= {"budget", "years", "capacity", "economy", "goals", "changes"}
    assert frames["budget"]["year"].tolist()[0] == 2026


def test_formats_and_notebook_view(portfolio):
    report = tiltak.build_report(portfolio, AS_OF)
    assert report.to_html().startswith("<!DOCTYPE html>")
    assert report.to_markdown().startswith("# Porteføljerapport")
    assert "initiatives.csv" in report.to_csv()
    view = report._repr_html_()
    assert view.startswith("<iframe srcdoc=") and "&lt;!DOCTYPE html&gt;" in view


def test_since_lists_what_changed(portfolio):
    # The previous report did not have T-2 yet.
    previous = json.loads(tiltak.build_report(portfolio, datetime.date(2026, 10, 1)).to_json())
    previous["initiatives"] = [line for line in previous["initiatives"] if line["id"] != "T-2"]
    frames = tiltak.build_report(portfolio, AS_OF, since=json.dumps(previous)).frames()
    changes = frames["changes"]
    assert changes["id"].tolist() == ["T-2"]
    assert changes["kind"].tolist() == ["added"]


def test_bad_arguments_raise_with_the_reason(portfolio):
    with pytest.raises(tiltak.InvalidArgumentError, match="scope"):
        tiltak.build_report(portfolio, AS_OF, scope="area")
    with pytest.raises(tiltak.NotFoundError, match="XX"):
        tiltak.build_report(portfolio, AS_OF, scope="area:XX")
    with pytest.raises(tiltak.InvalidArgumentError, match="calendar"):
        tiltak.build_report(portfolio, AS_OF, calendar="lunar")
    with pytest.raises(tiltak.ValidationError):
        tiltak.build_report(portfolio, AS_OF, since='{"not": "a report"}')


def test_benefit_realisation_frame_is_the_engines_summary():
    fjordvik = tiltak.Portfolio.load(SOURCE_DIR / "examples" / "fjordvik.json")
    frame = tiltak.build_report(fjordvik, AS_OF).frames()["benefit_realisation"]
    summary = tiltak.portfolio_realisation(fjordvik, AS_OF)
    assert frame["id"].tolist() == [b.id for b in summary.benefits]
    assert frame["realised_to_date_minor"].sum() == summary.realised_to_date.minor_units
    g01 = frame[frame["id"] == "G-01"].iloc[0]
    assert "behind_plan" in g01["flags"]


def test_default_language_is_the_currencys():
    """One rule on every surface (C++, C API, CLI): nb for NOK, da for DKK, unless asked."""
    danish = tiltak.Portfolio.load(SOURCE_DIR / "tests" / "data" / "fixed-start-conflict.json")
    assert json.loads(tiltak.build_report(danish, AS_OF).to_json())["language"] == "da"
    assert tiltak.build_report(danish, AS_OF).language == "da"
    assert tiltak.build_report(danish, AS_OF, language="en").language == "en"
