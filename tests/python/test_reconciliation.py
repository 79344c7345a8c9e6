"""Figures that reconcile (#22), read from the report's JSON as a user would: the members'
reports add up to the cooperation's, and the service areas' to the portfolio's, to the øre."""

import datetime
import json
from collections import Counter
from decimal import Decimal

import tiltak
from conftest import SOURCE_DIR

AS_OF = datetime.date(2026, 12, 1)
YEAR_FIELDS = ("plan_investment", "plan_operating", "pipeline", "actual", "forecast_investment", "forecast_operating")


def report(portfolio, scope="portfolio"):
    return json.loads(tiltak.build_report(portfolio, AS_OF, scope=scope).to_json())["portfolio_totals"]


def years(totals):
    sums = Counter()
    for year in totals["years"]:
        for field in YEAR_FIELDS:
            sums[(year["year"], field)] += Decimal(year[field])
    return sums


def added(parts):
    total = Counter()
    for part in parts:
        total.update(part)
    return {key: value for key, value in total.items() if value}


def test_members_reports_add_up_to_the_cooperation(data_dir):
    portfolio = tiltak.Portfolio.load(data_dir / "cooperation-keys.json")
    whole = years(report(portfolio))
    members = [years(report(portfolio, f"member:{member}")) for member in ("M-1", "M-2", "M-3")]
    assert added(members) == {key: value for key, value in whole.items() if value}
    # Keys 33.33/33.34/33.33 of 1 000 000.02: each rounded on its own they made 1 000 000.03.
    assert sum(m[(2026, "plan_investment")] for m in members) == Decimal("1000000.02")


def test_service_areas_partition_the_example_at_one_discount_year():
    portfolio = tiltak.Portfolio.load(SOURCE_DIR / "examples" / "fjordvik.json")
    whole = report(portfolio)
    areas = [report(portfolio, f"area:{area}") for area in
             ("fellestjenester", "helse-omsorg", "oppvekst", "barnehage", "kultur-fritid", "teknisk")]
    assert sum(Decimal(a["economy"]["pv_costs"]) for a in areas) == Decimal(whole["economy"]["pv_costs"])
    assert {a["economy"]["discount_year"] for a in areas} == {whole["economy"]["discount_year"]}
    assert added(years(a) for a in areas) == {key: value for key, value in years(whole).items() if value}
