"""inspect.signature() on every public function, and the stubs naming the same parameters
(issue 18): IDEs and help() see what the functions take."""

import ast
import inspect
from pathlib import Path

import pytest

import tiltak
from tiltak import _tiltak

STUBS = Path(tiltak.__file__).resolve().parent / "_tiltak.pyi"

FUNCTIONS = sorted(name for name in tiltak.__all__
                   if callable(getattr(tiltak, name)) and not inspect.isclass(getattr(tiltak, name)))


def _stub_functions():
    tree = ast.parse(STUBS.read_text(encoding="utf-8"))
    stubs = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            stubs.setdefault(node.name, []).append(node)
    return stubs


@pytest.mark.parametrize("name", FUNCTIONS)
def test_signature_is_readable(name):
    signature = inspect.signature(getattr(tiltak, name))
    assert signature.parameters or name in {"parameter_set_ids", "rulebook_ids"}


def test_native_signatures_are_the_bound_ones():
    signature = inspect.signature(tiltak.appraise_portfolio)
    assert list(signature.parameters)[:2] == ["portfolio", "parameters"]
    assert signature.parameters["parameters"].default is None
    assert signature.parameters["discount_year"].kind is inspect.Parameter.KEYWORD_ONLY
    report = inspect.signature(tiltak.build_report)
    assert report.parameters["scope"].default == "portfolio"
    assert report.parameters["stale_status_days"].default == 45
    assert report.parameters["lang"].kind is inspect.Parameter.KEYWORD_ONLY
    # Bind checks arguments as a call would.
    with pytest.raises(TypeError):
        signature.bind(None, None, 2026)  # discount_year is keyword-only


NATIVE = [name for name in FUNCTIONS
          if getattr(getattr(tiltak, name), "__wrapped__", None) is getattr(_tiltak, name, object())]


def test_native_functions_are_found():
    assert {"appraise_portfolio", "check", "compute_schedule", "build_report"} <= set(NATIVE)


@pytest.mark.parametrize("name", NATIVE)
def test_stubs_name_the_native_parameters(name):
    stubs = _stub_functions()
    assert name in stubs, f"{name} missing from the stubs"
    runtime = inspect.signature(getattr(tiltak, name))
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in runtime.parameters.values()):
        return  # an overloaded native function: the stubs spell out each overload
    node = stubs[name][0]
    arguments = node.args
    declared = [a.arg for a in arguments.posonlyargs + arguments.args]
    keyword_only = [a.arg for a in arguments.kwonlyargs]
    positional = [p.name for p in runtime.parameters.values() if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    keywords = [p.name for p in runtime.parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert declared == positional, f"{name}: stubs {declared}, native {positional}"
    assert keyword_only == keywords, f"{name}: stubs {keyword_only}, native {keywords}"
