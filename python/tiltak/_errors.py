"""The exceptions of tiltak: one class per error code of the C++ library (tiltak::ErrorCode).

Every class derives from :class:`Error` and, where one fits, from the built-in exception a
Python caller would expect, so ``except ValueError`` or ``except KeyError`` keep working:

=====================  ======================  ==========================================
code                   class                   also a
=====================  ======================  ==========================================
``invalid_argument``   InvalidArgumentError    ValueError
``parse_error``        ParseError              ValueError
``validation_error``   ValidationError         ValueError
``io_error``           IoError                 OSError
``not_found``          NotFoundError           KeyError
``currency_mismatch``  CurrencyMismatchError   ValueError
``overflow``           AmountOverflowError     OverflowError (so also ArithmeticError)
``duplicate``          DuplicateError          ValueError
``infeasible``         InfeasibleError         (only Error)
``conflict``           ConflictError           (only Error)
``internal``           InternalError           RuntimeError
=====================  ======================  ==========================================

The native module (tiltak._tiltak) raises these; they live in Python so that they can have
several bases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, List, Optional

if TYPE_CHECKING:  # pragma: no cover
    from ._tiltak import Problem

__all__ = [
    "Error",
    "InvalidArgumentError",
    "ParseError",
    "ValidationError",
    "IoError",
    "NotFoundError",
    "CurrencyMismatchError",
    "AmountOverflowError",
    "DuplicateError",
    "InfeasibleError",
    "ConflictError",
    "InternalError",
]


class Error(Exception):
    """Base class of every error tiltak raises.

    Attributes:
        code: the error code's name, as the C API and the CLI call it (``"validation_error"``).
        problems: every problem found (a list of :class:`tiltak.Problem`): where (source, JSON
            Pointer, line, column), the offending value and the reason. Empty when the error
            is not about input (e.g. a currency mismatch).
        pointer: the first problem's JSON Pointer, or ``""``.
        value: the first problem's offending value as written, or ``""``.
        message: the message (``str(error)``).
    """

    code: str = "internal"

    def __init__(self, message: str = "", problems: Optional[Iterable["Problem"]] = None) -> None:
        super().__init__(message)
        self.problems: List["Problem"] = list(problems) if problems is not None else []

    @property
    def message(self) -> str:
        """The message, as str(error)."""
        return str(self.args[0]) if self.args else ""

    @property
    def pointer(self) -> str:
        """The first problem's JSON Pointer (RFC 6901), or an empty string."""
        return self.problems[0].pointer if self.problems else ""

    @property
    def value(self) -> str:
        """The first problem's offending value as written, or an empty string."""
        return self.problems[0].value if self.problems else ""

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> Any:
        # Keep problems and code across pickling (multiprocessing, parallel notebooks).
        return (type(self), (self.message, self.problems), {"code": self.code})


class InvalidArgumentError(Error, ValueError):
    """An unusable argument: an unknown stage name, a bad option (code ``invalid_argument``)."""

    code = "invalid_argument"


class ParseError(Error, ValueError):
    """Input that is not well-formed JSON, CSV or amount text (code ``parse_error``).

    For JSON syntax errors the problem carries the line and column.
    """

    code = "parse_error"


class ValidationError(Error, ValueError):
    """Well-formed input that breaks the model's rules (code ``validation_error``).

    ``problems`` lists every problem found, each with its JSON Pointer.
    """

    code = "validation_error"


class IoError(Error, OSError):
    """A file that could not be read or written (code ``io_error``).

    Also an :class:`OSError`, so ``except OSError`` catches a missing file; ``errno`` and
    ``filename`` are not set (the message names the file and the reason).
    """

    code = "io_error"


class NotFoundError(Error, KeyError):
    """An id that does not exist (code ``not_found``).

    Also a :class:`KeyError`, so ``portfolio["T-99"]`` behaves like a mapping lookup. Unlike
    KeyError, ``str()`` gives the plain message.
    """

    code = "not_found"

    def __str__(self) -> str:
        return self.message


class CurrencyMismatchError(Error, ValueError):
    """Amounts in different currencies combined or compared (code ``currency_mismatch``)."""

    code = "currency_mismatch"


class AmountOverflowError(Error, OverflowError):
    """An amount outside the range of 64-bit minor units (code ``overflow``).

    Named so as not to shadow the built-in OverflowError, which it subclasses.
    """

    code = "overflow"


class DuplicateError(Error, ValueError):
    """An id that already exists (code ``duplicate``)."""

    code = "duplicate"


class InfeasibleError(Error):
    """A plan or selection that cannot be satisfied (code ``infeasible``)."""

    code = "infeasible"


class ConflictError(Error):
    """The store changed while a change to it was being made (code ``conflict``); nothing was
    written: try again."""

    code = "conflict"


class InternalError(Error, RuntimeError):
    """A bug in tiltak (code ``internal``); please report it."""

    code = "internal"


for _cls in (Error, InvalidArgumentError, ParseError, ValidationError, IoError, NotFoundError,
             CurrencyMismatchError, AmountOverflowError, DuplicateError, InfeasibleError, ConflictError,
             InternalError):
    _cls.__module__ = "tiltak"
del _cls
