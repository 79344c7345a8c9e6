"""Fixtures for the tiltak Python tests. ctest sets PYTHONPATH to the build tree's package
and TILTAK_TEST_DATA_DIR to tests/data (see CMakeLists.txt)."""

import json
import os
from pathlib import Path

import pytest

import tiltak

DATA_DIR = Path(os.environ.get("TILTAK_TEST_DATA_DIR", Path(__file__).resolve().parent.parent / "data"))
SOURCE_DIR = Path(os.environ.get("TILTAK_SOURCE_DIR", Path(__file__).resolve().parents[2]))


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture
def minimal_path() -> Path:
    return DATA_DIR / "minimal.json"


@pytest.fixture
def minimal(minimal_path) -> tiltak.Portfolio:
    return tiltak.Portfolio.load(minimal_path)


@pytest.fixture
def minimal_document(minimal_path) -> dict:
    """tests/data/minimal.json as a dict, to derive broken documents from."""
    return json.loads(minimal_path.read_text(encoding="utf-8"))
