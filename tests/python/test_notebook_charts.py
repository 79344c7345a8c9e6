"""The example notebook shows its charts and runs from any directory (issue 18): executed by
jupyter nbconvert from a scratch directory, without TILTAK_SOURCE_DIR, its outputs hold the
charts as PNG images."""

import json
import os
import shutil
import subprocess

import pytest
from conftest import SOURCE_DIR

NOTEBOOK = SOURCE_DIR / "examples" / "report.ipynb"


def test_notebook_source_asks_for_inline_charts():
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "%matplotlib inline" in code
    assert "matplotlib.use(" not in code  # a non-interactive backend would hide every chart


@pytest.mark.skipif(shutil.which("jupyter-nbconvert") is None, reason="needs Debian's jupyter-nbconvert")
def test_notebook_runs_from_elsewhere_and_shows_its_charts(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("TILTAK_SOURCE_DIR", "MPLBACKEND")}
    copy = tmp_path / "report.ipynb"  # a copy, away from the repository
    shutil.copy(NOTEBOOK, copy)
    subprocess.run(["jupyter-nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=120",
                    "--ExecutePreprocessor.kernel_name=python3", "--output", "executed.ipynb", str(copy)],
                   cwd=tmp_path, env=environment, check=True, capture_output=True, timeout=300)
    executed = json.loads((tmp_path / "executed.ipynb").read_text(encoding="utf-8"))
    images = [output for cell in executed["cells"] if cell["cell_type"] == "code"
              for output in cell.get("outputs", []) if "image/png" in output.get("data", {})]
    assert len(images) >= 4  # budget, economy, hump, realisation
