"""libtiltak_c.so driven through ctypes only, the way a .NET (P/Invoke) or Java (JNA) caller
drives it: opaque handles as void pointers, UTF-8 byte strings with explicit lengths, int
statuses, error details read from the context, and every returned string released with
tiltak_string_free (never with the caller's own allocator).

ctest runs this with TILTAK_C_LIBRARY (the built library) and TILTAK_TEST_DATA (tests/data).
"""

import ctypes
import json
import os
from pathlib import Path

import pytest

TILTAK_OK = 0
TILTAK_E_INVALID_ARGUMENT = -1
TILTAK_E_VALIDATION = -3
TILTAK_E_NOT_FOUND = -5

c_context = ctypes.c_void_p  # opaque handles: never dereferenced by the caller
c_portfolio = ctypes.c_void_p
# Returned strings are received as c_void_p, not c_char_p: ctypes would convert a c_char_p
# result to bytes and lose the address that tiltak_string_free needs.
c_string_out = ctypes.POINTER(ctypes.c_void_p)


def load_library() -> ctypes.CDLL:
    lib = ctypes.CDLL(os.environ["TILTAK_C_LIBRARY"])
    signatures = {
        "tiltak_version": ([], ctypes.c_char_p),  # static string owned by the library
        "tiltak_string_free": ([ctypes.c_void_p], None),
        "tiltak_context_new": ([], c_context),
        "tiltak_context_free": ([c_context], None),
        "tiltak_context_error_code": ([c_context], ctypes.c_int),
        "tiltak_context_error_message": ([c_context], ctypes.c_char_p),  # owned by the context
        "tiltak_context_error_source": ([c_context], ctypes.c_char_p),
        "tiltak_context_error_pointer": ([c_context], ctypes.c_char_p),
        "tiltak_context_error_value": ([c_context], ctypes.c_char_p),
        "tiltak_context_error_json": ([c_context, c_string_out, ctypes.POINTER(ctypes.c_size_t)], ctypes.c_int),
        "tiltak_portfolio_from_json": ([c_context, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(c_portfolio)],
                                       ctypes.c_int),
        "tiltak_portfolio_load": ([c_context, ctypes.c_char_p, ctypes.POINTER(c_portfolio)], ctypes.c_int),
        "tiltak_portfolio_free": ([c_portfolio], None),
        "tiltak_portfolio_summary": ([c_context, c_portfolio, c_string_out, ctypes.POINTER(ctypes.c_size_t)],
                                     ctypes.c_int),
        "tiltak_portfolio_get_initiative": (
            [c_context, c_portfolio, ctypes.c_char_p, c_string_out, ctypes.POINTER(ctypes.c_size_t)], ctypes.c_int),
        "tiltak_portfolio_update_initiative": ([c_context, c_portfolio, ctypes.c_char_p, ctypes.c_size_t],
                                               ctypes.c_int),
        "tiltak_portfolio_initiative_count": ([c_context, c_portfolio, ctypes.POINTER(ctypes.c_size_t)],
                                              ctypes.c_int),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = argtypes
        function.restype = restype
    return lib


@pytest.fixture(scope="module")
def lib() -> ctypes.CDLL:
    return load_library()


@pytest.fixture
def context(lib):
    handle = lib.tiltak_context_new()
    assert handle
    yield handle
    lib.tiltak_context_free(handle)


@pytest.fixture
def minimal_json() -> bytes:
    return (Path(os.environ["TILTAK_TEST_DATA"]) / "minimal.json").read_bytes()


@pytest.fixture
def portfolio(lib, context, minimal_json):
    handle = c_portfolio()
    assert lib.tiltak_portfolio_from_json(context, minimal_json, len(minimal_json), ctypes.byref(handle)) == TILTAK_OK
    yield handle
    lib.tiltak_portfolio_free(handle)


def take_string(lib, pointer: ctypes.c_void_p, length: ctypes.c_size_t) -> str:
    """Copy a returned string into Python, then give it back to tiltak to free."""
    assert pointer.value is not None
    try:
        return ctypes.string_at(pointer.value, length.value).decode("utf-8")
    finally:
        lib.tiltak_string_free(pointer)


def call_for_string(lib, function, *arguments) -> str:
    out, length = ctypes.c_void_p(), ctypes.c_size_t()
    status = function(*arguments, ctypes.byref(out), ctypes.byref(length))
    assert status == TILTAK_OK, status
    return take_string(lib, out, length)


def test_version_is_major_minor_patch(lib):
    assert len(lib.tiltak_version().decode("ascii").split(".")) == 3


def test_load_file_and_read_the_summary(lib, context):
    path = (Path(os.environ["TILTAK_TEST_DATA"]) / "minimal.json").as_posix().encode("utf-8")
    handle = c_portfolio()
    assert lib.tiltak_portfolio_load(context, path, ctypes.byref(handle)) == TILTAK_OK
    try:
        summary = json.loads(call_for_string(lib, lib.tiltak_portfolio_summary, context, handle))
    finally:
        lib.tiltak_portfolio_free(handle)
    assert summary["name"] == "Testvik kommune"
    assert summary["total_cost"] == "1570000.50"
    assert summary["total_benefit"] == "1950325.00"
    assert [line["total_benefit"] for line in summary["initiatives"]] == ["1170195.00", "780130.00"]


def test_get_an_initiative_with_non_ascii_text(lib, context, portfolio):
    initiative = json.loads(call_for_string(lib, lib.tiltak_portfolio_get_initiative, context, portfolio, b"T-2"))
    assert initiative["title"] == "Pårørendeapp"  # UTF-8 both ways
    assert initiative["dependencies"][0]["initiative"] == "T-1"


def test_validation_error_details_are_in_the_context(lib, context, portfolio):
    count = ctypes.c_size_t()
    update = json.dumps({"id": "T-2", "title": "Pårørendeapp", "stage": "ready",
                         "costs": [{"year": 2026, "kind": "investment", "amount": 12.5}]}).encode("utf-8")
    status = lib.tiltak_portfolio_update_initiative(context, portfolio, update, len(update))
    assert status == TILTAK_E_VALIDATION
    assert lib.tiltak_context_error_code(context) == TILTAK_E_VALIDATION
    assert lib.tiltak_context_error_pointer(context).decode("utf-8") == "/stage"
    assert lib.tiltak_context_error_value(context).decode("utf-8") == '"ready"'
    assert "expected one of" in lib.tiltak_context_error_message(context).decode("utf-8")
    problems = json.loads(call_for_string(lib, lib.tiltak_context_error_json, context))
    assert [p["pointer"] for p in problems] == ["/stage", "/costs/0/amount"]
    assert all(p["message"] for p in problems)
    # Nothing changed, and the next successful call clears the error.
    assert lib.tiltak_portfolio_initiative_count(context, portfolio, ctypes.byref(count)) == TILTAK_OK
    assert count.value == 2
    assert lib.tiltak_context_error_code(context) == TILTAK_OK
    assert call_for_string(lib, lib.tiltak_context_error_json, context) == "[]"


def test_failures_leave_outputs_null(lib, context, portfolio):
    out, length = ctypes.c_void_p(1234), ctypes.c_size_t(99)
    status = lib.tiltak_portfolio_get_initiative(context, portfolio, b"T-404", ctypes.byref(out), ctypes.byref(length))
    assert status == TILTAK_E_NOT_FOUND
    assert out.value is None and length.value == 0
    assert lib.tiltak_context_error_value(context) == b'"T-404"'
    handle = c_portfolio(1234)
    assert lib.tiltak_portfolio_from_json(context, b"{", 1, ctypes.byref(handle)) < 0
    assert handle.value is None


def test_null_arguments_are_statuses_not_crashes(lib, context):
    assert lib.tiltak_portfolio_summary(context, None, None, None) == TILTAK_E_INVALID_ARGUMENT
    assert lib.tiltak_portfolio_summary(None, None, None, None) == TILTAK_E_INVALID_ARGUMENT
    assert lib.tiltak_context_error_message(None) == b""
