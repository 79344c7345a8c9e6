"""Signatures of the native functions for ``inspect.signature()`` and IDEs.

pybind11's functions are builtins whose signature lives only in the first line of their
docstring ("name(a: int, *, b: str = 'x') -> T"); ``inspect.signature`` cannot read it. The
package therefore exports each native function through a thin Python wrapper carrying a
``__signature__`` parsed from that line: parameter names, kinds (positional-or-keyword,
keyword-only after ``*``) and defaults (shown as pybind11 writes them) are the native ones,
annotations are pybind11's type names as text. tests/python/test_signatures.py checks every
public function and that the stubs (_tiltak.pyi) name the same parameters.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any, Callable, List

__all__ = ["native_signature", "with_signature"]


class _Default:
    """A default value as pybind11 shows it (``None``, ``'portfolio'``, ``<CostBasis.plan>``)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _split(text: str) -> List[str]:
    """Split a parameter list at its top-level commas (not inside brackets or quotes)."""
    parts, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "([{<":
            depth += 1
        elif ch in ")]}>" and depth > 0:
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts


def _value(text: str) -> Any:
    simple = {"None": None, "True": True, "False": False}
    if text in simple:
        return simple[text]
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        pass
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return _Default(text)


def native_signature(function: Callable[..., Any]) -> inspect.Signature:
    """The signature in the first line of a pybind11 function's docstring."""
    name = function.__name__
    first = (function.__doc__ or "").lstrip().split("\n", 1)[0]
    if not first.startswith(name + "("):
        raise ValueError(f"{name}: no signature line in the docstring")
    inner, _, returns = first[len(name) + 1:].rpartition(")")
    parameters = []
    kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
    for part in _split(inner):
        if part == "*":
            kind = inspect.Parameter.KEYWORD_ONLY
            continue
        if part == "/":
            parameters = [p.replace(kind=inspect.Parameter.POSITIONAL_ONLY) for p in parameters]
            continue
        if part.startswith("**"):
            parameters.append(inspect.Parameter(part[2:].split(":")[0].strip(), inspect.Parameter.VAR_KEYWORD))
            continue
        if part.startswith("*"):
            parameters.append(inspect.Parameter(part[1:].split(":")[0].strip(), inspect.Parameter.VAR_POSITIONAL))
            kind = inspect.Parameter.KEYWORD_ONLY
            continue
        head, has_default, default = part.partition("=")
        pname, _, annotation = head.partition(":")
        parameters.append(inspect.Parameter(
            pname.strip(), kind,
            default=_value(default.strip()) if has_default else inspect.Parameter.empty,
            annotation=annotation.strip() or inspect.Parameter.empty))
    annotation = returns.strip()[2:].strip() if returns.strip().startswith("->") else inspect.Signature.empty
    return inspect.Signature(parameters, return_annotation=annotation)


def with_signature(function: Callable[..., Any]) -> Callable[..., Any]:
    """A wrapper of the native ``function`` that inspect.signature() can read."""
    signature = native_signature(function)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **kwargs)

    wrapper.__signature__ = signature  # type: ignore[attr-defined]
    wrapper.__module__ = "tiltak"
    return wrapper
