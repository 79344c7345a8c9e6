"""One name per concept and plain inputs (issue 18): lang= everywhere, *_end in every frame,
Report.frames() as documented, dates as datetime.date or ISO text."""

import datetime

import pytest

import tiltak

AS_OF = datetime.date(2026, 11, 23)


@pytest.fixture
def portfolio(minimal_path):
    return tiltak.Portfolio.load(minimal_path)


def test_build_report_takes_lang_and_warns_on_the_old_name(portfolio):
    assert tiltak.build_report(portfolio, AS_OF, lang="en").language == "en"
    with pytest.warns(DeprecationWarning, match="use lang="):
        old = tiltak.build_report(portfolio, AS_OF, language="da")
    assert old.language == "da"
    with pytest.raises(tiltak.InvalidArgumentError, match="lang= only"):
        with pytest.warns(DeprecationWarning):
            tiltak.build_report(portfolio, AS_OF, lang="en", language="da")


def test_frames_are_the_documented_fourteen(portfolio):
    pytest.importorskip("pandas")
    report = tiltak.build_report(portfolio, AS_OF)
    frames = report.frames()
    documented = ["initiatives", "budget", "risks", "benefits", "dependencies_at_risk", "years", "service_areas",
                  "capacity", "economy", "goals", "pending_decisions", "compliance", "benefit_realisation",
                  "changes"]
    assert list(frames) == documented
    doc = type(report).frames.__doc__
    assert "14 tables" in doc and all(name in doc for name in documented)


def test_changes_has_its_columns_without_since(portfolio):
    pytest.importorskip("pandas")
    changes = tiltak.build_report(portfolio, AS_OF).frames()["changes"]
    assert changes.shape == (0, 6)
    assert list(changes.columns) == ["id", "title", "kind", "field", "before", "after"]


def test_report_frames_say_planned_end_as_the_portfolio_frames_do(portfolio):
    pytest.importorskip("pandas")
    initiatives = tiltak.build_report(portfolio, AS_OF).frames()["initiatives"]
    assert "planned_end" in initiatives.columns and "planned_finish" not in initiatives.columns
    assert "planned_end" in portfolio.initiatives_frame().columns
    t1 = initiatives[initiatives["id"] == "T-1"].iloc[0]
    assert t1["planned_end"] == datetime.date(2026, 12, 31)
    with pytest.warns(DeprecationWarning, match="now 'planned_end'"):
        old = initiatives["planned_finish"]
    assert old.tolist() == initiatives["planned_end"].tolist()


def test_dates_may_be_iso_text(portfolio):
    by_date = tiltak.build_report(portfolio, AS_OF).to_json()
    assert tiltak.build_report(portfolio, "2026-11-23").to_json() == by_date
    assert tiltak.portfolio_realisation(portfolio, "2028-02-01") == \
        tiltak.portfolio_realisation(portfolio, datetime.date(2028, 2, 1))


@pytest.mark.parametrize("bad", ["23.11.2026", "2026-13-01", "2026-W47-1", "20261123", ""])
def test_a_bad_date_text_is_a_short_type_error(portfolio, bad):
    with pytest.raises(TypeError) as error:
        tiltak.build_report(portfolio, bad)
    message = str(error.value)
    assert message.startswith("expected a datetime.date or an ISO date") and repr(bad) in message
    assert "incompatible function arguments" not in message


def test_report_frames_pickle(portfolio):
    pytest.importorskip("pandas")
    import pickle

    frame = tiltak.build_report(portfolio, AS_OF).frames()["initiatives"]
    again = pickle.loads(pickle.dumps(frame))
    assert again.equals(frame) and list(again.columns) == list(frame.columns)
