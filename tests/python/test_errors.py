"""The exception hierarchy: one class per tiltak::ErrorCode, with code, pointer, value and
every problem."""

import json
import pickle

import pytest

import tiltak

EXPECTED = {
    # class: (code, built-in bases)
    tiltak.InvalidArgumentError: ("invalid_argument", (ValueError,)),
    tiltak.ParseError: ("parse_error", (ValueError,)),
    tiltak.ValidationError: ("validation_error", (ValueError,)),
    tiltak.IoError: ("io_error", (OSError,)),
    tiltak.NotFoundError: ("not_found", (KeyError, LookupError)),
    tiltak.CurrencyMismatchError: ("currency_mismatch", (ValueError,)),
    tiltak.AmountOverflowError: ("overflow", (OverflowError, ArithmeticError)),
    tiltak.DuplicateError: ("duplicate", (ValueError,)),
    tiltak.InfeasibleError: ("infeasible", ()),
    tiltak.ConflictError: ("conflict", ()),
    tiltak.InternalError: ("internal", (RuntimeError,)),
}


@pytest.mark.parametrize("cls", list(EXPECTED))
def test_every_error_code_has_a_class_under_tiltak_error(cls):
    code, bases = EXPECTED[cls]
    assert issubclass(cls, tiltak.Error)
    assert cls.code == code
    for base in bases:
        assert issubclass(cls, base)
    assert cls.__module__ == "tiltak"
    assert cls.__doc__


def test_the_error_codes_are_those_of_the_cpp_library(tmp_path):
    # error.hpp: every code but ok. A new code would need a class (errors.cpp, _errors.py).
    codes = {code for code, _ in EXPECTED.values()}
    assert codes == {"invalid_argument", "parse_error", "validation_error", "io_error", "not_found",
                     "currency_mismatch", "overflow", "duplicate", "infeasible", "conflict", "internal"}


def test_dangling_dependency_is_a_validation_error_with_its_pointer(minimal_document):
    minimal_document["initiatives"][1]["dependencies"][0]["initiative"] = "T-99"
    with pytest.raises(tiltak.ValidationError) as caught:
        tiltak.Portfolio.from_json(json.dumps(minimal_document), source="dangling.json")
    error = caught.value
    assert error.code == "validation_error"
    assert error.pointer == "/initiatives/1/dependencies/0/initiative"
    assert error.value == '"T-99"'
    assert [p.pointer for p in error.problems] == ["/initiatives/1/dependencies/0/initiative"]
    problem = error.problems[0]
    assert isinstance(problem, tiltak.Problem)
    assert problem.source == "dangling.json"
    assert problem.message
    assert str(error).startswith("dangling.json: /initiatives/1/dependencies/0/initiative: ")
    assert str(problem) == problem.describe()


def test_validation_error_lists_every_problem(minimal_document):
    minimal_document["initiatives"][0]["costs"][0]["amount"] = 1250000.5
    minimal_document["initiatives"][1]["titel"] = "typo"
    minimal_document["initiatives"][1]["dependencies"][0]["initiative"] = "T-99"
    with pytest.raises(tiltak.ValidationError) as caught:
        tiltak.Portfolio.from_json(json.dumps(minimal_document))
    pointers = [p.pointer for p in caught.value.problems]
    assert "/initiatives/0/costs/0/amount" in pointers
    assert "/initiatives/1/titel" in pointers
    assert caught.value.pointer == caught.value.problems[0].pointer
    amount = next(p for p in caught.value.problems if p.pointer.endswith("/amount"))
    assert amount.value == "1250000.5"


def test_malformed_json_is_a_parse_error_with_line_and_column():
    with pytest.raises(tiltak.ParseError) as caught:
        tiltak.Portfolio.from_json('{\n  "name": "x",\n  oops\n}')
    error = caught.value
    assert error.code == "parse_error"
    assert isinstance(error, ValueError)
    assert error.problems[0].line == 3
    assert error.problems[0].column > 0


def test_missing_file_is_an_io_error_and_an_os_error(tmp_path):
    with pytest.raises(OSError) as caught:
        tiltak.Portfolio.load(tmp_path / "missing.json")
    assert isinstance(caught.value, tiltak.IoError)
    assert caught.value.code == "io_error"
    assert "missing.json" in str(caught.value)


def test_save_into_a_missing_directory_is_an_io_error(minimal, tmp_path):
    with pytest.raises(tiltak.IoError):
        minimal.save(tmp_path / "no" / "such" / "dir.json")


def test_unknown_id_is_not_found_and_a_key_error(minimal):
    with pytest.raises(tiltak.NotFoundError) as caught:
        minimal.remove_initiative("T-99")
    error = caught.value
    assert isinstance(error, KeyError)
    assert error.code == "not_found"
    assert error.value == '"T-99"'
    assert str(error) == 'no initiative has this id (value: "T-99")'  # not KeyError's quoted repr


def test_existing_id_is_a_duplicate_error(minimal):
    with pytest.raises(tiltak.DuplicateError) as caught:
        minimal.add_initiative(tiltak.Initiative("T-1", "Igjen"))
    assert caught.value.code == "duplicate"
    assert caught.value.pointer == "/id"
    assert caught.value.value == '"T-1"'


def test_currency_mismatch_and_overflow():
    with pytest.raises(tiltak.CurrencyMismatchError) as caught:
        tiltak.Money(1, "NOK") + tiltak.Money(1, "DKK")
    assert caught.value.code == "currency_mismatch"
    assert caught.value.problems == [] and caught.value.pointer == "" and caught.value.value == ""
    with pytest.raises(tiltak.AmountOverflowError) as caught:
        tiltak.Money(2**63 - 1, "NOK") + tiltak.Money(1, "NOK")
    assert caught.value.code == "overflow"
    assert isinstance(caught.value, OverflowError)


def test_unknown_enumeration_name_is_an_invalid_argument():
    initiative = tiltak.Initiative("T-3", "x")
    with pytest.raises(tiltak.InvalidArgumentError) as caught:
        initiative.stage = "underway"
    assert isinstance(caught.value, ValueError)
    assert caught.value.code == "invalid_argument"
    assert caught.value.value == '"underway"'
    assert "in_progress" in str(caught.value)
    assert initiative.stage == "idea"


def test_bad_generator_options_are_invalid_arguments():
    with pytest.raises(tiltak.InvalidArgumentError):
        tiltak.generate_portfolio(10, years=0)
    with pytest.raises(tiltak.InvalidArgumentError):
        tiltak.generate_portfolio(-1)


def test_errors_survive_pickling(minimal_document):
    minimal_document["initiatives"][1]["dependencies"][0]["initiative"] = "T-99"
    with pytest.raises(tiltak.ValidationError) as caught:
        tiltak.Portfolio.from_json(json.dumps(minimal_document))
    again = pickle.loads(pickle.dumps(caught.value))
    assert type(again) is tiltak.ValidationError
    assert again.code == "validation_error"
    assert again.problems == caught.value.problems
    assert str(again) == str(caught.value)
    io = pickle.loads(pickle.dumps(tiltak.IoError("cannot read x")))
    assert isinstance(io, OSError) and str(io) == "cannot read x"


def test_errors_can_be_raised_from_python():
    problem = tiltak.Problem(pointer="/name", message="too long")
    error = tiltak.ValidationError("too long", [problem])
    assert error.pointer == "/name"
    assert error.problems == [problem]
    assert tiltak.Error("x").problems == []
