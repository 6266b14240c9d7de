"""The package's shape: data flows one way through the stages, benchmark adapters stay at the edge."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "helpers"

# Each module (or package) of helpers/ in the order data flows through it: a module may import one of its own
# layer or an earlier one, never a later one. The command line (__main__) and the package face (__init__,
# which imports lazily by name) stand outside.
LAYERS = [
    {"paths", "lexicon", "io", "colours"},
    {"geography"},
    {"nlp", "headings"},
    {"reading"},
    {"entities"},
    {"timex"},
    {"events"},
    {"timeline", "timeline_runs"},
    {"backends", "cache"},
    {"pipeline"},
    {"charts", "display", "selection", "manifest", "render", "notebook", "captions", "explore", "briefing"},
    {"evaluation"},
]
LAYER_OF = {name: number for number, layer in enumerate(LAYERS) for name in layer}
OUTSIDE = {"__main__", "__init__"}


def unit_of(path: Path) -> str:
    """The top-level module or package of helpers/ a file belongs to ("timex" for helpers/timex/rules.py)."""
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imported_units(path: Path) -> set[str]:
    """The top-level helpers modules a file imports (`from helpers import backends` counts as backends)."""
    units = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] == "helpers":
                names = [parts[1]] if len(parts) > 1 else [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name.split(".")[1] for alias in node.names
                     if alias.name.startswith("helpers.")]
        units.update(names)
    return units


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_place_in_the_flow():
    units = {unit_of(path) for path in SOURCES} - OUTSIDE
    assert units, "no module found under helpers/"
    assert units <= set(LAYER_OF), f"not placed in LAYERS: {sorted(units - set(LAYER_OF))}"


@pytest.mark.parametrize("path", SOURCES, ids=[str(path.relative_to(PACKAGE)) for path in SOURCES])
def test_no_import_runs_back_up_the_stages(path):
    unit = unit_of(path)
    if unit in OUTSIDE:
        return
    later = {imported for imported in imported_units(path) - OUTSIDE
             if LAYER_OF.get(imported, -1) > LAYER_OF[unit]}
    assert not later, f"{path.relative_to(PACKAGE)} imports later stages {sorted(later)}"


def test_only_the_command_line_imports_the_benchmark_adapters():
    importers = {str(path.relative_to(PACKAGE)) for path in SOURCES
                 if unit_of(path) != "evaluation" and "evaluation" in imported_units(path)}
    assert importers == {"__main__.py"}


def test_the_layer_check_sees_a_backward_import(tmp_path):
    # the check above must be able to fail: a stage importing a later one is caught
    module = PACKAGE / "timex" / "story.py"
    assert "events" not in imported_units(module)
    written = tmp_path / "helpers_copy.py"
    written.write_text("from helpers.events import events_of\nfrom helpers import pipeline\n", encoding="utf-8")
    assert imported_units(written) == {"events", "pipeline"}


@pytest.mark.parametrize("package", ["timex", "events"])
def test_stage_packages_stay_readable(package):
    """No file over 500 lines and no function over 60 in the two largest stages (a newcomer reads them)."""
    files = sorted((PACKAGE / package).glob("*.py"))
    assert len(files) > 3
    long_files = {path.name: n for path in files if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500}
    long_functions = {
        f"{path.name}:{node.name}": node.end_lineno - node.lineno + 1
        for path in files for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > 60
    }
    assert not long_files and not long_functions, (long_files, long_functions)
