"""The package's public face: `from helpers import run` and the like, imported only when used."""
from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import helpers
from helpers.paths import ROOT


@pytest.mark.parametrize("name", sorted(helpers.PUBLIC))
def test_every_public_name_is_the_one_its_module_defines(name):
    assert getattr(helpers, name) is getattr(importlib.import_module(helpers.PUBLIC[name]), name)
    assert name in dir(helpers)


def test_an_unknown_name_is_an_attribute_error_and_submodules_still_import():
    with pytest.raises(AttributeError, match="no_such_thing"):
        helpers.no_such_thing  # noqa: B018
    from helpers import charts

    assert charts.__name__ == "helpers.charts"


def test_importing_the_package_loads_no_stage():
    code = ("import sys, helpers, helpers.paths\n"
            "print(sorted(m for m in ('spacy', 'pandas', 'helpers.pipeline') if m in sys.modules))")
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                               env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"
