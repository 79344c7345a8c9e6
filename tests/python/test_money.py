"""tiltak.Money: exact amounts in minor units."""

import copy
import decimal
import pickle
from decimal import Decimal

import pytest

import tiltak
from tiltak import Money


def test_construct_from_minor_units_and_read_back():
    amount = Money(125000050, "NOK")
    assert amount.minor_units == 125000050
    assert amount.currency == "NOK"
    assert str(amount) == "1250000.50"
    assert repr(amount) == "Money('1250000.50', 'NOK')"
    assert amount.to_decimal() == Decimal("1250000.50")
    assert str(amount.to_decimal()) == "1250000.50"
    assert isinstance(amount.to_decimal(), decimal.Decimal)


def test_parse():
    assert Money.parse("1250000.50", "NOK") == Money(125000050, "NOK")
    assert Money.parse("-12.5", "DKK") == Money(-1250, "DKK")
    assert Money.parse("300", "EUR") == Money(30000, "EUR")
    assert str(Money.parse("-0.05", "SEK")) == "-0.05"
    for bad in ("1,5", "1.505", "1e3", "", "abc", "1 000"):
        with pytest.raises(tiltak.ParseError):
            Money.parse(bad, "NOK")
    with pytest.raises(tiltak.AmountOverflowError):
        Money.parse("99999999999999999999", "NOK")


def test_repr_round_trips():
    amount = Money(-5, "DKK")
    assert repr(amount) == "Money('-0.05', 'DKK')"
    assert eval(repr(amount).replace("Money(", "Money.parse(")) == amount


def test_from_decimal_is_exact():
    assert Money.from_decimal(Decimal("1250000.50"), "NOK") == Money(125000050, "NOK")
    assert Money.from_decimal(Decimal("1.500"), "NOK") == Money(150, "NOK")
    assert Money.from_decimal(Decimal("1E+3"), "NOK") == Money(100000, "NOK")
    assert Money.from_decimal(7, "NOK") == Money(700, "NOK")
    assert Money.from_decimal("0.05", "NOK") == Money(5, "NOK")
    amount = Money(-987654321, "SEK")
    assert Money.from_decimal(amount.to_decimal(), "SEK") == amount
    with pytest.raises(tiltak.ParseError):
        Money.from_decimal(Decimal("1.005"), "NOK")
    with pytest.raises(tiltak.ParseError):
        Money.from_decimal(Decimal("NaN"), "NOK")
    with pytest.raises(tiltak.InvalidArgumentError):
        Money.from_decimal(1.5, "NOK")
    with pytest.raises(tiltak.AmountOverflowError):
        Money.from_decimal(Decimal("1E+30"), "NOK")


def test_format_for_people():
    amount = Money(125000050, "NOK")
    assert amount.format(lang="nb") == "1 250 000,50 kr"
    assert amount.format() == "1 250 000,50 kr"  # the customary language of NOK
    assert amount.format(lang="en") == "NOK 1,250,000.50"
    assert amount.format(lang="nb", whole_units=True) == "1 250 001 kr"
    assert Money(125000050, "DKK").format() == "1 250 000,50 kr"
    assert Money(125000050, "DKK").format(lang="nb") == "1 250 000,50 DKK"
    assert Money(-5, "EUR").format() == "EUR -0.05"
    with pytest.raises(tiltak.InvalidArgumentError):
        amount.format(lang="de")


def test_arithmetic():
    a = Money(1000, "NOK")
    b = Money(250, "NOK")
    assert a + b == Money(1250, "NOK")
    assert a - b == Money(750, "NOK")
    assert b - a == Money(-750, "NOK")
    assert -a == Money(-1000, "NOK")
    assert +a == a
    assert abs(Money(-3, "NOK")) == Money(3, "NOK")
    assert a * 3 == Money(3000, "NOK")
    assert 3 * a == Money(3000, "NOK")
    assert sum([a, b, b]) == Money(1500, "NOK")
    assert sum([], Money.zero("NOK")) == Money(0, "NOK")
    total = Money.zero("NOK")
    total += a
    assert total == a


def test_arithmetic_refuses_other_types():
    a = Money(1000, "NOK")
    with pytest.raises(TypeError):
        a + 1
    with pytest.raises(TypeError):
        1 + a
    with pytest.raises(TypeError):
        a * 1.5
    with pytest.raises(TypeError):
        a * True
    with pytest.raises(TypeError):
        a * a


def test_currency_mismatch():
    with pytest.raises(tiltak.CurrencyMismatchError):
        Money(1, "NOK") - Money(1, "DKK")
    with pytest.raises(tiltak.CurrencyMismatchError):
        Money(1, "NOK") < Money(1, "DKK")
    assert Money(1, "NOK") != Money(1, "DKK")  # equality never raises


def test_overflow():
    largest = Money(2**63 - 1, "NOK")
    smallest = Money(-(2**63), "NOK")
    with pytest.raises(tiltak.AmountOverflowError):
        largest + Money(1, "NOK")
    with pytest.raises(tiltak.AmountOverflowError):
        smallest - Money(1, "NOK")
    with pytest.raises(tiltak.AmountOverflowError):
        -smallest
    with pytest.raises(tiltak.AmountOverflowError):
        largest * 2
    with pytest.raises(tiltak.AmountOverflowError):
        Money(1, "NOK") * 2**64
    with pytest.raises(tiltak.AmountOverflowError):
        Money(2**63, "NOK")
    with pytest.raises(OverflowError):
        Money(-(2**63) - 1, "NOK")


def test_unknown_currency():
    with pytest.raises(tiltak.InvalidArgumentError) as caught:
        Money(1, "USD")
    assert "NOK, DKK, EUR, SEK" in str(caught.value)


def test_comparisons_and_hash():
    a, b = Money(1, "NOK"), Money(2, "NOK")
    assert a < b <= b and b > a >= a
    assert sorted([b, a]) == [a, b]
    assert max([a, b]) == b
    assert hash(Money(1, "NOK")) == hash(Money(1, "NOK"))
    assert len({Money(1, "NOK"), Money(1, "NOK"), Money(1, "DKK")}) == 2
    assert Money(0, "NOK") != 0
    assert not Money(0, "NOK")
    assert Money(1, "NOK")
    assert Money(0, "NOK").is_zero


def test_immutable_copy_and_pickle():
    amount = Money(125000050, "NOK")
    with pytest.raises(AttributeError):
        amount.minor_units = 3
    assert copy.copy(amount) is amount
    assert copy.deepcopy(amount) is amount
    assert pickle.loads(pickle.dumps(amount)) == amount
