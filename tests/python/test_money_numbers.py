"""Money with numbers (issue 18): float(), ordering against numbers, division, and Money or
numbers wherever an options document expects an amount."""

import decimal
import fractions
import json
import pickle

import pytest
from conftest import DATA_DIR

import tiltak

M = tiltak.Money


def _choice(selection):
    """A selection's document without its run time (two runs differ in ``seconds``)."""
    document = selection.to_dict()
    document.pop("seconds")
    return document


def test_float_is_the_amount_in_kroner():
    assert float(M(125000050, "NOK")) == 1250000.5
    assert float(M(-1, "NOK")) == -0.01
    assert float(M(0, "DKK")) == 0.0


def test_ordering_against_numbers_is_exact():
    assert M(1, "NOK") > 0 and not M(0, "NOK") > 0 and M(-1, "NOK") < 0
    assert M(100, "NOK") >= 1 and M(100, "NOK") <= 1
    assert M(101, "NOK") > decimal.Decimal("1.00") and M(101, "NOK") < decimal.Decimal("1.02")
    assert M(10, "NOK") > 0.09 and M(10, "NOK") < 0.11
    assert M(1, "NOK") > fractions.Fraction(1, 101)  # exactly 0.01 > 1/101
    assert 0 < M(1, "NOK")  # reflected
    # 2**53 + 1 øre as a float would round to 2**53: the exact comparison sees the difference.
    big = M(2**53 + 1, "NOK")
    assert big > fractions.Fraction(2**53, 100)


def test_ordering_refuses_what_is_not_a_number():
    with pytest.raises(TypeError):
        M(1, "NOK") < "1"
    with pytest.raises(TypeError):
        M(1, "NOK") < True
    with pytest.raises(TypeError):
        M(1, "NOK") < float("nan")
    with pytest.raises(tiltak.CurrencyMismatchError):
        M(1, "NOK") < M(1, "DKK")


def test_equality_stays_between_money():
    assert M(100, "NOK") != 1  # equal amounts of different currencies are not equal, so 1 is neither
    assert M(100, "NOK") == M(100, "NOK")
    assert hash(M(100, "NOK")) == hash(M(100, "NOK"))


def test_division_by_a_number_rounds_to_the_minor_unit_halves_away_from_zero():
    assert M(100, "NOK") / 3 == M(33, "NOK")  # 33.33... øre
    assert M(200, "NOK") / 3 == M(67, "NOK")  # 66.67 øre
    assert M(5, "NOK") / 2 == M(3, "NOK")  # 2.5 øre: away from zero
    assert M(-5, "NOK") / 2 == M(-3, "NOK")
    assert M(7, "NOK") / 2 == M(4, "NOK") and M(9, "NOK") / 2 == M(5, "NOK")  # not to even
    assert M(100, "NOK") / decimal.Decimal("0.5") == M(200, "NOK")
    assert M(100, "NOK") / 0.25 == M(400, "NOK")
    assert (M(100, "NOK") / 4).currency == "NOK"
    with pytest.raises(ZeroDivisionError):
        M(100, "NOK") / 0
    with pytest.raises(TypeError):
        2 / M(100, "NOK")


def test_division_by_money_is_the_ratio():
    assert M(100, "NOK") / M(400, "NOK") == 0.25
    assert isinstance(M(1, "NOK") / M(3, "NOK"), float)
    with pytest.raises(tiltak.CurrencyMismatchError):
        M(1, "NOK") / M(1, "DKK")
    with pytest.raises(ZeroDivisionError):
        M(1, "NOK") / M(0, "NOK")


def test_division_overflow_is_an_amount_overflow():
    with pytest.raises(tiltak.AmountOverflowError):
        M(2**62, "NOK") / 0.25


def test_options_accept_money_and_numbers_as_amounts():
    minimal = tiltak.Portfolio.load(DATA_DIR / "minimal.json")
    as_text = tiltak.select_portfolio(minimal, {"budgets": [{"year": 2026, "investment": "1000000"}]})
    for amount in (M(100000000, "NOK"), 1000000, decimal.Decimal("1000000.00"), 1000000.0):
        selection = tiltak.select_portfolio(minimal, {"budgets": [{"year": 2026, "investment": amount}]})
        assert _choice(selection) == _choice(as_text), amount
    assert "T-1" not in as_text.selected  # the budget binds: T-1 costs 1 250 000.50


def test_amounts_with_more_than_two_decimals_are_refused():
    minimal = tiltak.Portfolio.load(DATA_DIR / "minimal.json")
    with pytest.raises(tiltak.InvalidArgumentError, match="more than two decimals"):
        tiltak.select_portfolio(minimal, {"budgets": [{"year": 2026, "investment": 0.001}]})
    with pytest.raises(tiltak.ValidationError, match="/budgets/0/investment"):  # a bool is no amount
        tiltak.select_portfolio(minimal, {"budgets": [{"year": 2026, "investment": True}]})


def test_keyword_options_and_the_budget_shortcut():
    minimal = tiltak.Portfolio.load(DATA_DIR / "minimal.json")
    by_document = tiltak.select_portfolio(minimal, {"budgets": [{"year": 2026, "investment": "1000000"}]})
    by_keyword = tiltak.select_portfolio(minimal, budgets=[{"year": 2026, "investment": M(100000000, "NOK")}])
    shortcut = tiltak.select_portfolio(minimal, budget=1000000, first_year=2026, last_year=2026)
    assert _choice(by_keyword) == _choice(by_document) == _choice(shortcut)
    with pytest.raises(tiltak.InvalidArgumentError, match="operating_budget goes with budget"):
        tiltak.select_portfolio(minimal, operating_budget=1)


def test_budget_shortcut_uses_the_frames_years():
    fjordvik = tiltak.Portfolio.load(DATA_DIR.parent.parent / "examples" / "fjordvik.json")
    selection = tiltak.select_portfolio(fjordvik, budget=M(300000000, "NOK"))
    assert [y["year"] for y in selection["years"]] == [2026, 2027, 2028, 2029, 2030]
    assert {y.investment_budget for y in selection.years} == {M(300000000, "NOK")}


def test_money_in_uncertainty_estimates_is_json_serialisable():
    # The uncertainty estimates hold factors, not amounts; Money there is a ValidationError of
    # the library (a wrong type), not Python's "not JSON serializable".
    minimal = tiltak.Portfolio.load(DATA_DIR / "minimal.json")
    with pytest.raises(tiltak.ValidationError):
        tiltak.uncertainty_analysis(minimal, {"seed": M(1, "NOK")})


def test_money_pickles():
    assert pickle.loads(pickle.dumps(M(-12345, "DKK"))) == M(-12345, "DKK")
    assert json.dumps(str(M(5, "NOK"))) == '"0.05"'
