"""tiltak.Store on PostgreSQL (docs/store.md): a URI for a location, on the test server
(TILTAK_TEST_POSTGRES, scripts/postgres-test-server.sh), in a schema of its own; skipped
without a server."""

import os
import subprocess
from pathlib import Path

import pytest

import tiltak

SERVER = os.environ.get("TILTAK_TEST_POSTGRES", "")
SOURCE_DIR = Path(os.environ.get("TILTAK_SOURCE_DIR", Path(__file__).resolve().parents[2]))
pytestmark = pytest.mark.skipif(not SERVER, reason="no PostgreSQL server: TILTAK_TEST_POSTGRES is not set")


def psql(sql):
    subprocess.run(["psql", "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", SERVER, "-c", sql], check=True)


@pytest.fixture
def location():
    schema = f"tiltak_python_{os.getpid()}"  # an identifier as it stands
    psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}")
    yield SERVER + ("&" if "?" in SERVER else "?") + "options=-csearch_path%3D" + schema
    psql(f"DROP SCHEMA {schema} CASCADE")


def test_a_postgresql_store_keeps_revisions(location):
    example = (SOURCE_DIR / "examples" / "fjordvik.json").read_text(encoding="utf-8")
    with tiltak.Store.create(location) as store:
        store.import_json(example, author="kari", message="import", time="2026-11-01T08:00:00Z")
        imported = store.export_json()

    def retitle(portfolio):
        initiative = portfolio["T-003"]
        initiative.title = "Ny tittel"
        portfolio.update_initiative(initiative)

    with tiltak.Store(location) as store:
        made = store.apply(retitle, author="ola", message="new title", time="2026-11-02T09:00:00Z")
        assert made.number == 2
        assert store.read()["T-003"].title == "Ny tittel"
        assert store.export_json(at=1) == imported
        assert [r.author for r in store.revisions()] == ["kari", "ola"]
    with pytest.raises(tiltak.DuplicateError, match="exists already"):
        tiltak.Store.create(location)
    with pytest.raises(tiltak.IoError) as failed:
        tiltak.Store(location + "&user=no_such_user&password=hemmelig")
    assert "hemmelig" not in str(failed.value)
