"""Report.to_pdf(): the PDF for the archive from Python. Printing costs seconds, so this checks
the wiring without Chromium (the PDF itself is checked in tests/report/check_pdf_report.py)."""

import datetime

import pytest

import tiltak


def test_to_pdf_without_chromium_names_what_is_missing(minimal_path, monkeypatch):
    report = tiltak.build_report(tiltak.Portfolio.load(minimal_path), datetime.date(2026, 11, 23))
    monkeypatch.setenv("TILTAK_CHROMIUM", "/no/such/chromium")
    with pytest.raises(tiltak.NotFoundError, match=r"Chromium \(Debian package chromium; or set TILTAK_CHROMIUM\)"):
        report.to_pdf()
