"""The pandas helpers and _repr_html_."""

import datetime
import json
import os
import subprocess
import sys

import pytest

import tiltak

pd = pytest.importorskip("pandas")


def test_initiatives_frame(minimal):
    frame = minimal.initiatives_frame()
    assert list(frame.columns) == [
        "id", "title", "stage", "phase", "programme", "owner", "owner_name", "service_areas",
        "planned_start", "planned_end", "actual_start", "actual_end", "fixed_start",
        "planned_cost_minor", "planned_cost", "planned_benefit_minor", "planned_benefit", "status"]
    dtypes = frame.dtypes
    assert dtypes["id"] == object and dtypes["planned_start"] == object
    assert dtypes["planned_cost_minor"] == "int64" and dtypes["planned_benefit_minor"] == "int64"
    assert dtypes["planned_cost"] == "float64" and dtypes["planned_benefit"] == "float64"
    assert isinstance(dtypes["stage"], pd.CategoricalDtype) and dtypes["stage"].ordered
    assert list(dtypes["stage"].categories) == list(tiltak.STAGES)
    assert list(dtypes["status"].categories) == ["green", "yellow", "red"]
    assert frame.attrs == {"name": "Testvik kommune", "currency": "NOK"}

    t1, t2 = frame.iloc[0], frame.iloc[1]
    assert (t1["id"], t1["title"], t1["stage"], t1["phase"]) == ("T-1", "Min side", "in_progress", "execution")
    assert (t1["owner"], t1["owner_name"], t1["service_areas"]) == ("p-eier", "Eva Eier", ["helse"])
    assert t1["planned_start"] == datetime.date(2026, 2, 1)
    assert t1["planned_end"] == datetime.date(2026, 12, 31)
    assert t1["actual_start"] is None and t1["fixed_start"] is None
    assert t1["planned_cost_minor"] == 157000050
    assert t1["planned_cost"] == 1570000.50
    assert t1["planned_benefit_minor"] == 117019500
    assert t2["planned_benefit_minor"] == 78013000
    assert t1["status"] == "yellow"
    assert pd.isna(t2["status"])
    assert t2["owner"] is None and t2["programme"] is None
    assert frame["planned_cost_minor"].sum() == 157000050
    assert frame.sort_values("stage")["id"].tolist() == ["T-2", "T-1"]  # lifecycle order


def test_costs_frame(minimal):
    frame = minimal.costs_frame()
    assert list(frame.columns) == ["initiative", "year", "kind", "basis", "amount_minor", "amount", "hours",
                                   "role", "bearer", "description"]
    assert frame["year"].dtype == "int64" and frame["hours"].dtype == "int64"
    assert frame["amount_minor"].dtype == "int64" and frame["amount"].dtype == "float64"
    assert list(frame["kind"].cat.categories) == ["investment", "operating", "internal_hours"]
    assert list(frame["basis"].cat.categories) == ["plan", "actual", "forecast"]
    assert frame.to_dict("records") == [
        {"initiative": "T-1", "year": 2026, "kind": "investment", "basis": "plan", "amount_minor": 125000050,
         "amount": 1250000.5, "hours": 0, "role": None, "bearer": "u-ikt", "description": None},
        {"initiative": "T-1", "year": 2026, "kind": "internal_hours", "basis": "plan", "amount_minor": 32000000,
         "amount": 320000.0, "hours": 400, "role": "developer", "bearer": None, "description": None},
    ]


def test_benefits_frame(minimal):
    frame = minimal.benefits_frame()
    assert list(frame.columns) == ["benefit", "title", "kind", "recipient_kind", "recipient", "year", "quantity",
                                   "unit", "value_minor", "value", "contributors", "shares_basis_points",
                                   "unattributed_basis_points"]
    assert frame["quantity"].dtype == "float64" and frame["value_minor"].dtype == "int64"
    assert frame[["benefit", "year", "quantity", "value_minor", "value"]].to_dict("records") == [
        {"benefit": "B-1", "year": 2027, "quantity": 1000.0, "value_minor": 65000000, "value": 650000.0},
        {"benefit": "B-1", "year": 2028, "quantity": 2000.5, "value_minor": 130032500, "value": 1300325.0},
    ]
    assert frame["value_minor"].sum() == 195032500
    assert (frame["recipient_kind"].tolist(), frame["recipient"].tolist()) == (["unit"] * 2, ["u-hjem"] * 2)


def test_to_pandas_gives_the_three_frames(minimal):
    frames = minimal.to_pandas()
    assert sorted(frames) == ["benefits", "costs", "initiatives"]
    assert frames["initiatives"].equals(minimal.initiatives_frame())


def test_frames_of_an_empty_portfolio_keep_their_columns_and_dtypes(minimal, minimal_document):
    minimal_document["initiatives"] = []
    minimal_document["benefits"] = []
    empty = tiltak.Portfolio.from_json(json.dumps(minimal_document))
    for name, frame in empty.to_pandas().items():
        full = minimal.to_pandas()[name]
        assert len(frame) == 0
        assert list(frame.columns) == list(full.columns)
        assert frame.dtypes.to_dict() == full.dtypes.to_dict(), name


def test_frames_of_a_large_portfolio_agree_with_the_summary():
    portfolio = tiltak.generate_portfolio(300, seed=7)
    frame = portfolio.initiatives_frame()
    summary = portfolio.summary()
    assert len(frame) == 300
    assert frame["planned_cost_minor"].sum() == summary.total_cost.minor_units
    assert frame["planned_benefit_minor"].sum() == summary.total_benefit.minor_units
    costs = portfolio.costs_frame()
    plan = costs[costs["basis"] == "plan"]
    assert plan["amount_minor"].sum() == summary.total_cost.minor_units


def test_repr_html_escapes_everything(minimal_document):
    minimal_document["name"] = "Kommune <b>&</b> \"Co\""
    minimal_document["initiatives"][0]["title"] = "<script>alert('x')</script>"
    minimal_document["organisation"]["people"][0]["name"] = "Eva & <Eier>"
    html = tiltak.Portfolio.from_json(json.dumps(minimal_document))._repr_html_()
    assert "<script>" not in html and "<b>" not in html and "<Eier>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Kommune &lt;b&gt;&amp;&lt;/b&gt; &quot;Co&quot;" in html
    assert "Eva &amp; &lt;Eier&gt;" in html
    assert "1 570 000,50 kr" in html and "1 950 325,00 kr" in html
    assert html.count("<tr>") == 3  # heading + two initiatives


def test_repr_html_is_compact_for_large_portfolios():
    html = tiltak.generate_portfolio(120)._repr_html_()
    assert html.count("<tr>") == 51
    assert "and 70 more initiatives" in html


def test_the_module_imports_without_pandas():
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import tiltak\n"
        "p = tiltak.generate_portfolio(3)\n"
        "assert len(p) == 3 and p._repr_html_()\n"
        "try:\n"
        "    p.initiatives_frame()\n"
        "except ImportError as e:\n"
        "    assert 'pandas' in str(e)\n"
        "else:\n"
        "    raise SystemExit('expected ImportError')\n"
        "assert 'pandas' not in [m for m in sys.modules if sys.modules[m] is not None]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ))
