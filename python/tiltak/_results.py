"""One result shape for every analysis (docs/python.md, "Results").

Every public analysis returns a *result*: read-only, picklable, comparable with ``==``, with
``to_dict()`` (the library's JSON document as plain Python values, as docs/*.md describe it),
``to_json()`` (that document as text) and, where the result is a table, ``to_pandas()``.
``isinstance(x, tiltak.Result)`` holds for all of them, and ``tiltak.RESULT_TYPES`` lists them.

Two kinds share that shape:

- results computed into C++ structs (PortfolioAppraisal, Schedule, ComplianceReport, ...) are
  the native classes: their attributes are typed (Money, datetime.date), ``to_json`` is the
  library's serializer, pickling goes field by field (result_class.hpp);
- results the library hands out as JSON documents (Ranking, Selection, Frontier, PlusMinus,
  Uncertainty, ...) are :class:`DocumentResult` subclasses here: attribute access is typed
  (amounts as :class:`Money`, nested objects as read-only :class:`Record` views, lists as
  fresh lists) and ``result["key"]`` reads the document as it is (amounts as decimal text).

This module also turns what a caller passes for an amount (Money, int, decimal.Decimal, a
float with at most two decimals, or decimal text) into the document's decimal text, so that
options documents may hold any of them.
"""

from __future__ import annotations

import abc
import copy
import decimal
import json
import warnings
from collections.abc import Mapping
from typing import Any, Dict, FrozenSet, Iterator, Optional

from . import _tiltak

__all__ = ["Result", "DocumentResult", "Record", "amount_text", "options_json", "RESULT_TYPES"]


def amount_text(value: Any, what: str = "amount") -> str:
    """An amount as the documents write it ("1250000.50"): from Money, int, decimal.Decimal,
    a float with at most two decimals, or decimal text (checked by the library's parser).
    InvalidArgumentError (a TypeError) for anything else."""
    if isinstance(value, _tiltak.Money):
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise _tiltak_error(f"{what}: expected an amount (Money, int, Decimal or decimal text), got a bool")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # The float's shortest repr is what the caller wrote; more than two decimals is not an
        # amount of øre, and rounding it silently would be a guess.
        value = decimal.Decimal(repr(value))
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise _tiltak_error(f"{what}: not a finite amount: {value}")
        normalized = value.normalize()
        if normalized.as_tuple().exponent < -2:  # type: ignore[operator]
            raise _tiltak_error(f"{what}: more than two decimals: {value}")
        return format(normalized, "f")
    raise _tiltak_error(f"{what}: expected an amount (Money, int, Decimal or decimal text), "
                        f"got {type(value).__name__}")


def _tiltak_error(message: str) -> Exception:
    from ._errors import InvalidArgumentError

    return InvalidArgumentError(message)


# Keys whose values are amounts in the options documents the functions accept (selection
# options' budgets, ...): numbers there become decimal text. Money is converted wherever it is.
_OPTION_AMOUNT_KEYS = frozenset({"investment", "operating", "amount", "budget", "operating_budget"})


def _plain(value: Any, key: Optional[str] = None) -> Any:
    if isinstance(value, _tiltak.Money) or isinstance(value, decimal.Decimal):
        return amount_text(value, key or "amount")
    if key in _OPTION_AMOUNT_KEYS and isinstance(value, (int, float)) and not isinstance(value, bool):
        return amount_text(value, key)
    if isinstance(value, Mapping):
        return {str(k): _plain(v, str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v, key) for v in value]
    if hasattr(value, "isoformat") and not isinstance(value, str):  # datetime.date
        return value.isoformat()
    return value


def options_json(document: Any) -> Optional[str]:
    """An options document as JSON text: None (the defaults), JSON text as it is, or a dict
    whose amounts may be Money, int, Decimal or text and whose dates may be datetime.date."""
    if document is None or isinstance(document, str):
        return document
    return json.dumps(_plain(document), ensure_ascii=False)


class Result(abc.ABC):
    """What every analysis returns: ``to_dict()``, ``to_json()``, pickle, ``==``; read-only.

    The native result classes are registered as virtual subclasses (see the end of this
    module), so ``isinstance(tiltak.appraise_portfolio(p), tiltak.Result)`` holds."""

    @abc.abstractmethod
    def to_dict(self) -> Dict[str, Any]:
        """The result's JSON document as plain Python values (docs/*.md describe the fields)."""

    @abc.abstractmethod
    def to_json(self) -> str:
        """The result's JSON document as text."""


def _view(value: Any, key: Optional[str], amounts: FrozenSet[str], currency: Optional[str]) -> Any:
    if key in amounts and isinstance(value, str) and currency is not None:
        return _tiltak.Money.parse(value, currency)
    if isinstance(value, dict):
        return Record(value, amounts, currency)
    if isinstance(value, list):
        return [_view(v, key, amounts, currency) for v in value]
    return value


class Record(Mapping):
    """A read-only view of one object of a result document: ``record.field`` is typed (amounts
    as Money, nested objects as Records), ``record["field"]`` is the document's value."""

    __slots__ = ("_document", "_amounts", "_currency")

    def __init__(self, document: Dict[str, Any], amounts: FrozenSet[str] = frozenset(),
                 currency: Optional[str] = None) -> None:
        object.__setattr__(self, "_document", document)
        object.__setattr__(self, "_amounts", amounts)
        object.__setattr__(self, "_currency", currency)

    def __getattr__(self, name: str) -> Any:
        document = object.__getattribute__(self, "_document")
        if name.startswith("__") or name not in document:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        return _view(document[name], name, self._amounts, self._currency)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __getitem__(self, key: str) -> Any:
        return self._document[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._document)

    def __len__(self) -> int:
        return len(self._document)

    def __dir__(self) -> Any:
        return sorted(set(super().__dir__()) | set(self._document))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Record):
            return self._document == other._document
        if isinstance(other, Mapping):
            return self._document == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Record({self._document!r})"

    def to_dict(self) -> Dict[str, Any]:
        """The object as plain Python values (a deep copy of the document's part)."""
        return copy.deepcopy(self._document)


class DocumentResult(Record):
    """A result kept as the library's JSON document. Subclasses name the keys holding amounts
    (``_amount_keys``) and may add ``to_pandas()`` and plots. Pickles as its document."""

    __slots__ = ()
    _amount_keys: FrozenSet[str] = frozenset()

    def __init__(self, document: Dict[str, Any], currency: Optional[str] = None) -> None:
        super().__init__(document, self._amount_keys, document.get("currency", currency))

    def __reduce__(self) -> Any:
        return (type(self), (self._document, self._currency))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DocumentResult) and type(other) is not type(self):
            return False
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {', '.join(list(self._document)[:6])}>"

    def to_json(self, indent: Optional[int] = None) -> str:
        """The document as JSON text (``indent`` as json.dumps)."""
        return json.dumps(self._document, indent=indent, ensure_ascii=False)


Result.register(DocumentResult)


class _FrameFallback:
    """For results that used to be pandas DataFrames (efficient_frontier, plan_selection):
    DataFrame attributes and columns still answer, from ``to_pandas()``, with a
    DeprecationWarning, for one release."""

    __slots__ = ()

    def _frame_warning(self, what: str) -> Any:
        warnings.warn(f"{type(self).__name__} is a result object now, not a DataFrame: use "
                      f".to_pandas(){what} (the DataFrame behaviour goes in the next release)",
                      DeprecationWarning, stacklevel=3)
        return self.to_pandas()  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> Any:
        try:
            return super().__getattr__(name)  # type: ignore[misc]
        except AttributeError:
            if name.startswith("_"):
                raise
            return getattr(self._frame_warning(f".{name}"), name)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str) and key in self._document:  # type: ignore[attr-defined]
            return self._document[key]  # type: ignore[attr-defined]
        return self._frame_warning(f"[{key!r}]")[key]


def _native_to_dict(self: Any) -> Dict[str, Any]:
    """The result's JSON document as plain Python values (docs/*.md describe the fields)."""
    return json.loads(self.to_json())


def _register_native(*names: str) -> tuple:
    """Give the native result classes to_dict() and (where to_frame() exists) to_pandas()."""
    classes = []
    for name in names:
        cls = getattr(_tiltak, name)
        if not hasattr(cls, "to_dict"):
            cls.to_dict = _native_to_dict
        if hasattr(cls, "to_frame") and not hasattr(cls, "to_pandas"):
            cls.to_pandas = cls.to_frame
        Result.register(cls)
        classes.append(cls)
    return tuple(classes)


NATIVE_RESULT_TYPES = _register_native(
    "PortfolioAppraisal", "InitiativeAppraisal", "Schedule", "ComplianceReport", "TransitionCheck",
    "RealisationSummary", "BenefitRealisation", "SlipImpact", "CancelImpact", "BenefitNetwork", "PayerRecipientMatrix",
    "BudgetWithdrawal", "CofinancingReport", "LogVerification")

# Filled by the modules defining DocumentResult subclasses (see tiltak/__init__.py).
RESULT_TYPES: tuple = NATIVE_RESULT_TYPES
