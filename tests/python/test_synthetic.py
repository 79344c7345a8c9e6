"""generate_portfolio: deterministic synthetic portfolios."""

import pytest

import tiltak


def test_the_same_arguments_give_the_same_portfolio():
    a = tiltak.generate_portfolio(200, seed=42)
    b = tiltak.generate_portfolio(200, seed=42)
    assert a == b
    assert a.to_json() == b.to_json()
    assert tiltak.generate_portfolio(200, seed=43) != a


def test_generated_portfolios_are_valid_and_sized_as_asked():
    portfolio = tiltak.generate_portfolio(150, 3, currency="DKK", cooperation_members=4, years=3, first_year=2030)
    assert len(portfolio) == 150
    assert portfolio.currency == "DKK"
    assert portfolio.validate() == []
    assert portfolio.organisation.kind == "cooperation"
    assert len(portfolio.organisation.members) == 4
    assert sum(m.cost_share_basis_points for m in portfolio.organisation.members) == 10000
    assert [i.id for i in portfolio][:2] == ["T-001", "T-002"]
    years = {line.year for i in portfolio for line in i.costs}
    assert years <= {2030, 2031, 2032}
    assert tiltak.Portfolio.from_json(portfolio.to_json()) == portfolio


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        tiltak.generate_portfolio(10, 1, 2.0)
    assert len(tiltak.generate_portfolio(0)) == 0
    assert len(tiltak.generate_portfolio(5, dependencies_per_initiative=0.0)) == 5
