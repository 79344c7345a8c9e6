"""The report's discount year from Python (issue 17): by default the year of as_of, another with
discount_year=, one outside 1900-2200 refused."""

import datetime
import json

import pytest

import tiltak
from conftest import SOURCE_DIR

AS_OF = datetime.date(2026, 11, 23)


@pytest.fixture(scope="module")
def fjordvik():
    return tiltak.Portfolio.load(SOURCE_DIR / "examples" / "fjordvik.json")


def economy(report):
    return json.loads(report.to_json())["portfolio_totals"]["economy"]


def test_present_values_are_in_money_of_the_report_year(fjordvik):
    assert economy(tiltak.build_report(fjordvik, AS_OF))["discount_year"] == 2026
    assert "Netto nåverdi i 2026-kroner" in tiltak.build_report(fjordvik, AS_OF).to_markdown()


def test_another_year_is_that_of_the_appraisal(fjordvik):
    chosen = economy(tiltak.build_report(fjordvik, AS_OF, discount_year=2024))
    assert chosen["discount_year"] == 2024
    assert chosen["pv_costs"] == "51897613.69"  # the appraisal of Fjordvik discounted to 2024


def test_a_year_outside_the_supported_ones_is_refused(fjordvik):
    with pytest.raises(tiltak.InvalidArgumentError, match="the discount year 3000 is not within 1900-2200"):
        tiltak.build_report(fjordvik, AS_OF, discount_year=3000)
