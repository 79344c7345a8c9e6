"""The package's public surface: __all__, __version__, docstrings, stubs."""

import ast
import re
from pathlib import Path

import tiltak
from tiltak import _tiltak

from conftest import SOURCE_DIR

PACKAGE = Path(tiltak.__file__).parent


def test_version_is_the_project_version():
    cmake = (SOURCE_DIR / "CMakeLists.txt").read_text(encoding="utf-8")
    version = re.search(r"project\(tiltak\s+VERSION\s+([0-9.]+)", cmake).group(1)
    assert tiltak.__version__ == version == _tiltak.__version__


def test_all_names_exist_and_are_documented():
    assert len(set(tiltak.__all__)) == len(tiltak.__all__)
    for name in tiltak.__all__:
        assert hasattr(tiltak, name), name
        if name in ("__version__", "STAGES"):
            continue
        assert getattr(tiltak, name).__doc__, f"{name} has no docstring"


def test_every_public_method_is_documented():
    for name in tiltak.__all__:
        obj = getattr(tiltak, name)
        if not isinstance(obj, type) or obj.__module__ == "tiltak":
            continue
        for attribute, value in vars(obj).items():
            if attribute.startswith("_") or not callable(value):
                continue
            assert getattr(value, "__doc__", None), f"{name}.{attribute} has no docstring"


def test_everything_public_in_the_native_module_is_exported():
    public = {name for name in dir(_tiltak) if not name.startswith("_")}
    assert public <= set(tiltak.__all__)


def test_stubs_declare_every_public_name_and_method():
    tree = ast.parse((PACKAGE / "_tiltak.pyi").read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    functions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    variables = {node.target.id for node in tree.body if isinstance(node, ast.AnnAssign)}
    for name in dir(_tiltak):
        if name.startswith("__") and name != "__version__" or name.startswith("_") and name[1:2].isupper():
            continue
        if name == "_InitiativeIterator":
            continue
        obj = getattr(_tiltak, name)
        if isinstance(obj, type):
            assert name in classes, f"class {name} missing from the stubs"
            declared = {n.name for n in classes[name].body if isinstance(n, ast.FunctionDef)}
            declared |= {n.target.id for n in classes[name].body if isinstance(n, ast.AnnAssign)}
            for base in classes[name].bases:
                base_node = classes.get(getattr(base, "id", ""))
                if base_node is not None:
                    declared |= {n.name for n in base_node.body if isinstance(n, ast.FunctionDef)}
                    declared |= {n.target.id for n in base_node.body if isinstance(n, ast.AnnAssign)}
            for attribute in vars(obj):
                if attribute.startswith("_") and attribute not in ("_repr_html_", "_columns"):
                    continue
                assert attribute in declared, f"{name}.{attribute} missing from the stubs"
        elif callable(obj):
            assert name in functions, f"function {name} missing from the stubs"
        else:
            assert name in variables, f"{name} missing from the stubs"


def test_py_typed_marker_is_shipped():
    assert (PACKAGE / "py.typed").exists()
