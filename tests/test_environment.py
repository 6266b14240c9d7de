"""The kit's environments agree: environment.yml pins what pyproject.toml pins, and make test checks everything."""
import re
import tomllib

import pytest
import yaml

from helpers.paths import ROOT

# conda-forge name -> PyPI name, where the two differ.
CONDA_TO_PYPI = {
    "matplotlib-base": "matplotlib",
    "dask-core": "dask",
}
# In environment.yml but not pinned in pyproject: the interpreter and the installer themselves.
CONDA_ONLY = {"python", "pip"}

PIN = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?P<op>==|=)\s*(?P<version>[^\s;#=]+)\s*$")


def normalise(name: str) -> str:
    """PyPI's rule (PEP 503): case, `-`, `_` and `.` don't tell packages apart."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_pins(lines: list[str], *, where: str, operator: str) -> dict[str, str]:
    """{normalised name: version} of `name<operator>version` lines; anything else is an error."""
    pins = {}
    for line in lines:
        match = PIN.match(line)
        assert match and match["op"] == operator, f"{where}: {line!r} is not pinned as name{operator}version"
        name = normalise(CONDA_TO_PYPI.get(match["name"], match["name"]))
        assert name not in pins, f"{where}: {name} is listed twice"
        pins[name] = match["version"]
    return pins


@pytest.fixture(scope="module")
def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as stream:
        return tomllib.load(stream)


@pytest.fixture(scope="module")
def environment() -> dict:
    with open(ROOT / "environment.yml", encoding="utf-8") as stream:
        return yaml.safe_load(stream)


@pytest.fixture(scope="module")
def pyproject_pins(pyproject) -> dict[str, str]:
    project = pyproject["project"]
    lines = project["dependencies"] + project["optional-dependencies"]["test"]
    return parse_pins(lines, where="pyproject.toml", operator="==")


@pytest.fixture(scope="module")
def environment_pins(environment) -> dict[str, str]:
    conda_lines = [entry for entry in environment["dependencies"] if isinstance(entry, str)]
    pip_sections = [entry["pip"] for entry in environment["dependencies"] if isinstance(entry, dict)]
    assert len(pip_sections) == 1, "environment.yml needs exactly one `pip:` section"
    pip_lines = [line for line in pip_sections[0] if not line.startswith("-")]  # `-e .` and options
    conda_lines = [line for line in conda_lines if normalise(re.split(r"[=<>!~\s]", line)[0]) not in CONDA_ONLY]
    conda = parse_pins(conda_lines, where="environment.yml", operator="=")
    pip = parse_pins(pip_lines, where="environment.yml pip:", operator="==")
    both = conda.keys() & pip.keys()
    assert not both, f"environment.yml lists {sorted(both)} under both conda and pip"
    return conda | pip


def test_environment_is_newsline_on_conda_forge_only(environment, pyproject):
    assert environment["name"] == "newsline"
    assert environment["channels"] == ["conda-forge"]
    dependencies = environment["dependencies"]
    assert "pip" in dependencies
    python = [entry for entry in dependencies if isinstance(entry, str) and entry.startswith("python=")]
    assert python == ["python=3.11"], f"environment.yml python: {python}"
    assert pyproject["project"]["requires-python"] == ">=3.11,<3.12"


def test_environment_installs_the_kit_itself_editable(environment):
    pip_section = next(entry["pip"] for entry in environment["dependencies"] if isinstance(entry, dict))
    assert "-e ." in pip_section


def test_every_pyproject_pin_is_in_environment_yml_with_the_same_version(pyproject_pins, environment_pins):
    problems = [
        f"{name}: pyproject.toml {version}, environment.yml {environment_pins.get(name, 'missing')}"
        for name, version in sorted(pyproject_pins.items())
        if environment_pins.get(name) != version
    ]
    assert not problems, "\n".join(problems)


def test_every_environment_yml_pin_is_in_pyproject_with_the_same_version(pyproject_pins, environment_pins):
    problems = [
        f"{name}: environment.yml {version}, pyproject.toml {pyproject_pins.get(name, 'missing')}"
        for name, version in sorted(environment_pins.items())
        if pyproject_pins.get(name) != version
    ]
    assert not problems, "\n".join(problems)


def test_parse_pins_tells_which_line_is_not_pinned():
    with pytest.raises(AssertionError, match="'pandas>=2' is not pinned"):
        parse_pins(["pandas>=2"], where="pyproject.toml", operator="==")
    assert parse_pins(["matplotlib-base=3.10.9", "PyYAML=6.0.4"], where="x", operator="=") == {
        "matplotlib": "3.10.9",
        "pyyaml": "6.0.4",
    }


def recipe(target: str) -> str:
    """The command lines of a Makefile target (tab-indented lines after `target:`)."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(rf"^{re.escape(target)}\s*:(?!=)", line)), None)
    assert start is not None, f"the Makefile has no `{target}:` target"
    body = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        body.append(line)
    return "\n".join(body)


def makefile_variables() -> dict[str, str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    return dict(re.findall(r"^([A-Z_]+)\s*:?=\s*(.*)$", text, flags=re.MULTILINE))


def expanded_recipe(target: str) -> str:
    text, variables = recipe(target), makefile_variables()
    for _ in range(5):  # variables that name variables
        text = re.sub(r"\$\(([A-Z_]+)\)", lambda m: variables.get(m[1], m[0]), text)
    return text


def test_make_test_runs_unit_tests_and_nbval():
    test = expanded_recipe("test")
    assert re.search(r"-m pytest tests\b", test), "make test no longer runs the unit tests"
    assert re.search(r"-m pytest --nbval --nbval-current-env notebooks\b", test), "make test no longer runs nbval"
    # Failures must fail: no ignored errors, and only nbval's exit 5 (nothing collected) is let through.
    assert "|| true" not in test and not re.search(r"^\t-", recipe("test"), flags=re.MULTILINE)
    assert re.findall(r"-eq (\d+)", test) == ["5"]


def test_ci_runs_make_test():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script
    assert re.search(r"^make test\s*$", script, flags=re.MULTILINE)
