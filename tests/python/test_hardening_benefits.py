"""Hostile JSON and far years through the Python module (issue 14; duplicate keys from issue 16):
parse errors are tiltak.ParseError with line and column (a number beyond a double used to be a
bare RuntimeError), parameter-set years are range-checked, and a far year returns at once."""

import math
import time

import pytest

import tiltak


def test_number_beyond_a_double_is_a_parse_error_with_line_and_column():
    with pytest.raises(tiltak.ParseError) as caught:
        tiltak.Portfolio.from_json('{\n  "schema_version": 1e400\n}', "p.json")
    problem = caught.value.problems[0]
    assert (problem.source, problem.line, problem.column) == ("p.json", 2, 21)
    assert "the number 1e400 is out of range" in problem.message
    assert caught.value.code == "parse_error"


def test_ill_formed_utf8_names_the_encoding_and_the_byte_offset():
    with pytest.raises(tiltak.ParseError) as caught:
        tiltak.Portfolio.from_json(b'{"name": "Fjordvik \xe5 kommune"}')
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (1, 20)
    assert "not UTF-8: 0xE5 0x20 at byte offset 19" in problem.message


def test_duplicate_key_is_refused_with_the_pointer_of_the_second(minimal_path):
    text = minimal_path.read_text(encoding="utf-8").replace('"title": "Min side",', '"title": "Min side", "title": "X",')
    with pytest.raises(tiltak.ParseError) as caught:
        tiltak.Portfolio.from_json(text)
    assert caught.value.pointer == "/initiatives/0/title"
    assert caught.value.problems[0].line > 1


def test_duplicate_key_and_overflow_in_other_inputs(minimal):
    with pytest.raises(tiltak.ParseError) as caught:
        tiltak.parameters_from_json('{"id": "a", "id": "b"}', "p.json")
    assert caught.value.pointer == "/id"
    with pytest.raises(tiltak.ParseError) as caught:
        tiltak.uncertainty_analysis(minimal, '{"draws": 1e400}')
    assert caught.value.problems[0].column == 11


@pytest.mark.parametrize("year", [2147483647, 202])
def test_parameter_set_years_are_range_checked(year):
    with pytest.raises(tiltak.ValidationError) as caught:
        tiltak.parameters_from_json('{"id": "x", "based_on": "no-2021", "discount_year": %d}' % year, "p.json")
    assert caught.value.pointer == "/discount_year"
    assert caught.value.value == str(year)


def test_discount_curve_factor_of_a_far_year_returns_at_once():
    # Used to loop year by year: 2147483647 never returned.
    curve = tiltak.DiscountCurve(tiltak.parameter_set("no-2021"), 2026, 2026)
    start = time.monotonic()
    assert curve.factor(2147483647) == 0.0
    assert math.isinf(curve.factor(-2147483648))
    assert time.monotonic() - start < 0.5
    assert curve.factor(2126) == pytest.approx(1.04 ** -40 * 1.03 ** -35 * 1.02 ** -25, rel=1e-14)
