"""Hostile dependency graphs and dates, written as portfolio documents (issue 14): used by the
CLI tests (tests/cli/graph_hardening.cmake runs this file) and the Python tests
(tests/python/test_graph_hardening.py imports it).

    python3 graph_cases.py DIR [RING_SIZE]   writes DIR/<case>.json for every case below
"""

import json
import sys
from pathlib import Path


def initiative(number, depends_on=(), start="2026-01-01", end="2026-03-31", lag=0):
    return {
        "id": f"R-{number:06d}",
        "title": f"Tiltak {number}",
        "stage": "approved",
        "planned": {"start": start, "end": end},
        "dependencies": [{"initiative": f"R-{on:06d}", "lag_days": lag} for on in depends_on],
    }


def portfolio(initiatives):
    return {
        "schema_version": 1,
        "name": "Ringvik kommune",
        "currency": "NOK",
        "organisation": {"name": "Ringvik kommune"},
        "initiatives": initiatives,
    }


def ring(size):
    """Initiative k depends on k - 1, and the first on the last: one cycle through all."""
    return portfolio([initiative(k, [k - 1 if k > 1 else size]) for k in range(1, size + 1)])


def tangle_and_pair():
    """Seven initiatives that all depend on each other (2 365 cycles), then two apart that
    depend on each other: the pair's cycle is reported however many the tangle has."""
    knot = [initiative(k, [j for j in range(1, 8) if j != k]) for k in range(1, 8)]
    return portfolio(knot + [initiative(8, [9]), initiative(9, [8])])


def chain(size, lag=0, start="2026-01-01", end="2026-03-31"):
    """Initiative k depends on k - 1."""
    return portfolio([initiative(k, [k - 1] if k > 1 else [], start, end, lag) for k in range(1, size + 1)])


def cases(ring_size):
    outside = chain(2)
    outside["initiatives"][0]["planned"]["start"] = "1899-12-31"
    outside["initiatives"][1]["fixed_start"] = "2201-01-01"
    return {
        "ring": ring(ring_size),
        "tangle": tangle_and_pair(),
        "huge_lag": chain(2, lag=1_000_000_000),
        # 2 000 initiatives a 100 days apart: the last would start about 2573.
        "past_range": chain(2000, lag=10),
        "outside_dates": outside,
        # One initiative near the end of the range: a slip of a year takes it past.
        "near_end": chain(1, start="2200-06-01", end="2200-09-30"),
        # Every initiative has all later ones downstream: prioritise took 58 s over it.
        "long_chain": chain(100_000),
        # Selection options and criteria (not portfolios): the greedy method, quick on 50 000
        # candidates; the transitive-dependants criterion alone.
        "greedy_options": {"method": "greedy"},
        "dependants_criteria": {"criteria": [{"id": "dependants", "kind": "dependants", "weight": 1}]},
    }


def write_all(directory, ring_size):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name, document in cases(ring_size).items():
        (directory / f"{name}.json").write_text(json.dumps(document), encoding="utf-8")


if __name__ == "__main__":
    write_all(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 50_000)
