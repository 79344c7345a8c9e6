"""Loading, saving and reading a portfolio."""

import copy
import datetime
import json
import pickle

import pytest

import tiltak


def test_load_then_save_gives_an_equal_portfolio_and_identical_text(minimal, tmp_path):
    path = tmp_path / "saved.json"
    minimal.save(path)
    again = tiltak.Portfolio.load(path)
    assert again == minimal
    assert not (again != minimal)
    assert path.read_text(encoding="utf-8") == minimal.to_json()
    assert again.to_json() == minimal.to_json()
    path2 = tmp_path / "saved-again.json"
    again.save(str(path2))  # str paths too
    assert path2.read_bytes() == path.read_bytes()


def test_save_replaces_an_existing_file_and_leaves_no_temporary_files(minimal, tmp_path):
    path = tmp_path / "portfolio.json"
    path.write_text("old", encoding="utf-8")
    minimal.save(path)
    assert tiltak.Portfolio.load(path) == minimal
    assert [p.name for p in tmp_path.iterdir()] == ["portfolio.json"]


def test_from_json_matches_load(minimal, minimal_path):
    text = minimal_path.read_text(encoding="utf-8")
    assert tiltak.Portfolio.from_json(text) == minimal
    assert tiltak.Portfolio.from_json(minimal.to_json()) == minimal


def test_to_json_is_the_document(minimal):
    document = json.loads(minimal.to_json())
    assert document["schema_version"] == 1
    assert document["initiatives"][0]["costs"][0]["amount"] == "1250000.50"


def test_portfolio_reads_as_the_document(minimal):
    assert minimal.name == "Testvik kommune"
    assert minimal.currency == "NOK"
    assert len(minimal) == 2
    assert [i.id for i in minimal.initiatives] == ["T-1", "T-2"]
    assert [i.id for i in minimal] == ["T-1", "T-2"]
    assert [b.id for b in minimal.benefits] == ["B-1"]
    assert minimal.organisation.name == "Testvik kommune"
    assert minimal.organisation.kind == "municipality"
    assert [a.id for a in minimal.organisation.service_areas] == ["helse", "skole"]
    assert minimal.organisation.people[0].role == "owner"
    assert minimal.organisation.units[1].service_area == "helse"
    assert [g.weight for g in minimal.strategy.goals] == [0.6, 0.4]
    frame = minimal.strategy.budget_frames[0]
    assert (frame.year, frame.investment, frame.operating) == (
        2026, tiltak.Money(200000000, "NOK"), tiltak.Money(50000000, "NOK"))
    assert minimal.strategy.capacity[0].hours == 1600
    component = minimal.components[0]
    assert (component.id, component.provider, component.available_from) == (
        "id-porten", "Digdir", datetime.date(2020, 1, 1))
    assert [b.id for b in minimal.benefits_of("T-2")] == ["B-1"]
    assert minimal.benefits_of("T-99") == []


def test_initiative_fields(minimal):
    t1 = minimal["T-1"]
    assert t1.title == "Min side"
    assert t1.stage == "in_progress"
    assert t1.phase == "execution"
    assert t1.service_areas == ["helse"]
    assert t1.owner == "p-eier"
    assert t1.case_reference == "2026/1234"
    assert t1.anchoring == tiltak.Anchoring("p-leder", True, datetime.date(2026, 1, 10))
    assert t1.status == [tiltak.StatusReport("schedule", "yellow", "Forsinket leveranse", datetime.date(2026, 10, 1))]
    assert t1.planned == tiltak.Period(datetime.date(2026, 2, 1), datetime.date(2026, 12, 31))
    assert t1.actual == tiltak.Period()
    assert t1.costs[0] == tiltak.CostLine(2026, "investment", "plan", tiltak.Money.parse("1250000.50", "NOK"),
                                          bearer="u-ikt")
    assert t1.costs[1].kind == "internal_hours"
    assert (t1.costs[1].hours, t1.costs[1].role, t1.costs[1].bearer) == (400, "developer", None)
    risk = t1.risks[0]
    assert (risk.id, risk.probability, risk.consequence, risk.score) == ("R1", 3, 4, 12)
    assert risk.last_assessed == datetime.date(2026, 9, 1)
    assert risk.financial_consequence is None
    assert t1.dependencies == [tiltak.Dependency(component="id-porten")]
    assert t1.goals == [tiltak.GoalContribution("g1", 4)]
    assert t1.mandatory is None
    assert t1.security.processes_personal_data is True
    assert t1.security.dpia_done == datetime.date(2026, 3, 1)
    assert t1.security.ros_done is None

    t2 = minimal["T-2"]
    assert t2.owner is None
    assert t2.dependencies[0].initiative == "T-1"
    assert t2.dependencies[0].component is None
    assert (t2.dependencies[0].type, t2.dependencies[0].lag_days) == ("start_to_start", 30)


def test_benefit_fields(minimal):
    b1 = minimal.benefits[0]
    assert (b1.id, b1.kind, b1.owner) == ("B-1", "non_cash", "p-eier")
    assert b1.recipient == tiltak.Recipient("unit", "u-hjem")
    assert b1.indicator == tiltak.Indicator("timer per uke", "hours", "decrease")
    assert b1.baseline == tiltak.IndicatorValue(120.0, datetime.date(2026, 1, 1))
    assert b1.target.date == datetime.date(2027, 12, 31)
    assert b1.profile == [tiltak.PlannedBenefit(2027, 1000.0), tiltak.PlannedBenefit(2028, 2000.5)]
    assert b1.value_per_unit == tiltak.Money.parse("650.00", "NOK")
    assert b1.contributors == [tiltak.Contribution("T-1", 6000), tiltak.Contribution("T-2", 4000)]
    assert b1.goals == ["g2"]
    assert b1.planned_value(b1.profile[1], "NOK") == tiltak.Money.parse("1300325.00", "NOK")
    assert b1.planned_value_total("NOK") == tiltak.Money.parse("1950325.00", "NOK")


def test_lookup_by_id(minimal):
    assert minimal["T-2"].title == "Pårørendeapp"
    assert "T-1" in minimal
    assert "T-99" not in minimal
    assert 1 not in minimal
    with pytest.raises(KeyError):
        minimal["T-99"]
    with pytest.raises(tiltak.NotFoundError) as caught:
        minimal["T-99"]
    assert caught.value.value == '"T-99"'


def test_reads_are_copies(minimal):
    t1 = minimal["T-1"]
    t1.title = "Changed"
    minimal.initiatives[0].title = "Changed too"
    assert minimal["T-1"].title == "Min side"


def test_iteration_sees_the_portfolio_as_it_was_when_it_started(minimal):
    iterator = iter(minimal)
    first = next(iterator)
    minimal.update_initiative(tiltak.Initiative("T-2", "Renamed", stage="idea",
                                                dependencies=[tiltak.Dependency("T-1")]))
    assert first.id == "T-1"
    assert next(iterator).title == "Pårørendeapp"
    with pytest.raises(StopIteration):
        next(iterator)
    assert minimal["T-2"].title == "Renamed"


def test_repr(minimal):
    assert repr(minimal) == "<tiltak.Portfolio 'Testvik kommune': 2 initiatives, 1 benefit, NOK>"


def test_copy_is_independent(minimal):
    for duplicate in (minimal.copy(), copy.copy(minimal), copy.deepcopy(minimal)):
        assert duplicate == minimal
        assert duplicate is not minimal
        duplicate.update_initiative(tiltak.Initiative.from_json('{"id": "T-2", "title": "Ny", "stage": "idea"}'))
        assert duplicate["T-2"].title == "Ny"
        assert minimal["T-2"].title == "Pårørendeapp"
        assert duplicate != minimal


def test_pickle_round_trip(minimal):
    assert pickle.loads(pickle.dumps(minimal)) == minimal


def test_equality_with_other_types_is_false(minimal):
    assert minimal != "Testvik kommune"
    assert not (minimal == None)  # noqa: E711


def test_validate_is_empty_for_a_valid_portfolio(minimal):
    assert minimal.validate() == []


def test_validate_file(minimal_path, tmp_path):
    assert tiltak.validate_file(minimal_path) == []
    missing = tiltak.validate_file(tmp_path / "missing.json")
    assert len(missing) == 1 and "missing.json" in str(missing[0])
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,\n  "name": }', encoding="utf-8")
    problems = tiltak.validate_file(broken)
    assert len(problems) == 1
    assert problems[0].line == 2
    assert problems[0].column > 0


def test_validate_file_lists_every_problem(minimal_document, tmp_path):
    minimal_document["initiatives"][0]["stage"] = "underway"
    minimal_document["initiatives"][1]["titel"] = "typo"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(minimal_document), encoding="utf-8")
    problems = tiltak.validate_file(path)
    pointers = [p.pointer for p in problems]
    assert "/initiatives/0/stage" in pointers
    assert "/initiatives/1/titel" in pointers
    assert all(p.source.endswith("bad.json") for p in problems)
