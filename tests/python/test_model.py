"""The value types: construction, equality, repr, copies and views, dates, enumerations."""

import copy
import datetime
import pickle

import pytest

import tiltak
from tiltak import CostLine, Dependency, Initiative, Money, Period


def test_initiative_from_keywords_and_positions():
    initiative = Initiative("T-3", "Ny portal", stage="approved", service_areas=["skole"], owner="p-eier",
                            planned=Period(datetime.date(2027, 1, 1), datetime.date(2027, 6, 30)),
                            costs=[CostLine(2027, "investment", amount=Money.parse("100.00", "NOK"))])
    assert initiative.id == "T-3"
    assert initiative.title == "Ny portal"
    assert initiative.stage == "approved"
    assert initiative.planned.end == datetime.date(2027, 6, 30)
    assert initiative.costs[0].basis == "plan"  # the default
    assert initiative.anchoring is None
    assert Initiative().stage == "idea"


def test_constructor_rejects_unknown_and_repeated_fields():
    with pytest.raises(TypeError, match="unexpected keyword argument 'titel'; did you mean 'title'"):
        Initiative("T-3", titel="x")
    with pytest.raises(TypeError, match="multiple values for argument 'title'"):
        Initiative("T-3", "x", title="y")
    with pytest.raises(TypeError, match="at most 2 positional"):
        Period(None, None, None)
    with pytest.raises(TypeError):
        CostLine(year="2027")


def test_repr_shows_the_main_fields():
    assert repr(Initiative("T-3", "Ny <portal>")) == "Initiative(id='T-3', title='Ny <portal>', stage='idea')"
    assert repr(Period(datetime.date(2027, 1, 1))) == "Period(start=datetime.date(2027, 1, 1), end=None)"
    assert repr(Dependency(component="id-porten")) == (
        "Dependency(initiative=None, component='id-porten', type='finish_to_start', lag_days=0)")


def test_equality_copy_and_pickle(minimal):
    t1 = minimal["T-1"]
    assert t1 == minimal["T-1"]
    assert t1 != minimal["T-2"]
    assert t1 != "T-1"
    with pytest.raises(TypeError):
        hash(t1)  # mutable values are unhashable
    for duplicate in (copy.copy(t1), copy.deepcopy(t1), pickle.loads(pickle.dumps(t1))):
        assert duplicate == t1
        duplicate.title = "changed"
        assert t1.title == "Min side"
    benefit = minimal.benefits[0]
    assert pickle.loads(pickle.dumps(benefit)) == benefit
    assert pickle.loads(pickle.dumps(minimal.organisation)) == minimal.organisation


def test_match_statement_support():
    assert Period.__match_args__ == ("start", "end")
    assert CostLine.__match_args__[:3] == ("year", "kind", "basis")


def test_lists_are_copies_and_assigning_them_back_changes_the_value(minimal):
    t1 = minimal["T-1"]
    costs = t1.costs
    costs[0].year = 2030
    assert t1.costs[0].year == 2026  # a copy
    t1.costs = costs
    assert t1.costs[0].year == 2030
    areas = t1.service_areas
    areas.append("skole")
    assert t1.service_areas == ["helse"]


def test_optional_objects_are_copies(minimal):
    t1 = minimal["T-1"]
    anchoring = t1.anchoring
    anchoring.recommended = False
    assert t1.anchoring.recommended is True
    t1.anchoring = None
    assert anchoring.sector_leader == "p-leder"  # still usable: it never pointed into t1


def test_nested_objects_are_live_views():
    initiative = Initiative("T-3", "x")
    initiative.planned.start = datetime.date(2027, 1, 1)
    assert initiative.planned.start == datetime.date(2027, 1, 1)
    planned = initiative.planned
    del initiative  # the view keeps its owner alive
    assert planned.start == datetime.date(2027, 1, 1)
    initiative = Initiative("T-4", "y")
    initiative.security.cloud_service = True
    assert initiative.security.cloud_service is True


def test_dates_are_datetime_dates_both_ways():
    period = Period(datetime.date(2026, 2, 1), datetime.date(2026, 12, 31))
    assert type(period.start) is datetime.date
    period.end = None
    assert period.end is None
    with pytest.raises(TypeError, match="datetime.datetime"):
        period.start = datetime.datetime(2026, 2, 1, 12, 0)
    period.start = "2026-02-03"  # ISO text is a date too
    assert period.start == datetime.date(2026, 2, 3)
    with pytest.raises(TypeError, match="ISO date"):
        period.start = "3.2.2026"
    with pytest.raises(ValueError):
        period.start = datetime.date(1300, 1, 1)
    period.start = datetime.date(9999, 12, 31)
    assert period.start == datetime.date(9999, 12, 31)
    period.start = datetime.date(1400, 1, 1)
    assert period.start == datetime.date(1400, 1, 1)


def test_unset_required_date_reads_as_none():
    report = tiltak.StatusReport("cost", "red")
    assert report.date is None
    report.date = datetime.date(2026, 5, 1)
    assert report.date == datetime.date(2026, 5, 1)


def test_enumerations_are_strings():
    line = CostLine(2026, "internal_hours", "forecast", hours=10, role="developer")
    assert line.kind == "internal_hours" and isinstance(line.kind, str)
    assert line.basis == "forecast"
    with pytest.raises(tiltak.InvalidArgumentError, match="expected one of investment, operating, internal_hours"):
        line.kind = "capex"
    with pytest.raises(TypeError):
        line.kind = 1
    assert tiltak.STAGES == ("idea", "registered", "anchored", "in_council", "recommended", "approved",
                             "in_progress", "completed", "closed", "rejected", "paused", "cancelled")


def test_dependency_is_on_an_initiative_or_a_component():
    dependency = Dependency("T-1", type="start_to_start", lag_days=-5)
    assert (dependency.initiative, dependency.component) == ("T-1", None)
    dependency.component = "id-porten"
    assert (dependency.initiative, dependency.component) == (None, "id-porten")
    dependency.initiative = None  # already not on an initiative: nothing to do
    with pytest.raises(tiltak.InvalidArgumentError):
        dependency.component = None
    assert Dependency(initiative=None, component="x").component == "x"
    assert pickle.loads(pickle.dumps(dependency)) == dependency


def test_risk_score_is_read_only():
    risk = tiltak.Risk("R1", "x", probability=4, consequence=5, financial_consequence=Money(100, "NOK"))
    assert risk.score == 20
    with pytest.raises(AttributeError):
        risk.score = 3


def test_money_fields_are_values():
    line = CostLine(2026, amount=Money(100, "NOK"))
    amount = line.amount
    line.amount = Money(200, "NOK")
    assert amount == Money(100, "NOK")


def test_initiative_json_round_trip(minimal):
    t1 = minimal["T-1"]
    assert Initiative.from_json(t1.to_json()) == t1
    danish = Initiative.from_json('{"id": "X", "title": "x", "stage": "idea", "costs": '
                                  '[{"year": 2026, "kind": "operating", "amount": "10.00"}]}', currency="DKK")
    assert danish.costs[0].amount == Money(1000, "DKK")
    with pytest.raises(tiltak.ValidationError) as caught:
        Initiative.from_json('{"id": "X", "title": "x", "stage": "later"}')
    assert caught.value.pointer == "/stage"
    with pytest.raises(tiltak.ParseError):
        Initiative.from_json('{"id": ')


def test_value_types_have_docstrings_on_every_property():
    for name in tiltak.__all__:
        obj = getattr(tiltak, name)
        if not isinstance(obj, type):
            continue
        for attribute, value in vars(obj).items():
            if isinstance(value, property) and not attribute.startswith("_"):
                assert value.__doc__, f"{name}.{attribute} has no docstring"


def test_fixed_start_round_trips_through_the_document():
    initiative = Initiative("T-5", "Kontrakt", fixed_start=datetime.date(2027, 3, 1))
    assert initiative.fixed_start == datetime.date(2027, 3, 1)
    assert '"fixed_start": "2027-03-01"' in initiative.to_json()
    assert Initiative.from_json(initiative.to_json()) == initiative
    assert Initiative().fixed_start is None
