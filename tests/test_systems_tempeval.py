"""Tests of the TempEval-3 system interface: `annotate_folder` and `python -m helpers tempeval`."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import ROOT
from helpers.evaluation.systems.tempeval import annotate_folder, output_name
from helpers.evaluation.formats.timeml import read_timeml

# A system-input file: the DCT (Monday 25 March 2013) is its only TIMEX3.
INPUT = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>resign</DOCID>\n'
         '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-25" temporalFunction="false" '
         'functionInDocument="CREATION_TIME">March 25, 2013</TIMEX3></DCT>\n'
         "<TEXT>\nThe minister of AT&amp;T resigned on Friday, his office said.\n</TEXT>\n</TimeML>\n")


@pytest.mark.parametrize("name, written", [("x.tml.TE3input", "x.tml"), ("x.TE3input", "x.tml"), ("x.tml", "x.tml")])
def test_output_names(name, written):
    assert output_name(Path(name)) == written


def test_the_inputs_are_never_overwritten(tmp_path):
    with pytest.raises(ValueError, match="input folder"):
        annotate_folder(tmp_path, tmp_path / ".")


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory):
    """One good input, one broken one, through the command line."""
    folder = tmp_path_factory.mktemp("tempeval")
    (folder / "in").mkdir()
    (folder / "in" / "resign.tml.TE3input").write_text(INPUT, encoding="utf-8")
    (folder / "in" / "broken.tml").write_text(INPUT.replace("</TEXT>", ""), encoding="utf-8")
    (folder / "in" / "notes.txt").write_text("not an input", encoding="utf-8")
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    completed = subprocess.run([sys.executable, "-m", "helpers", "tempeval", str(folder / "in"),
                                "--out", str(folder / "out"), "--quiet"],
                               cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600)
    return folder, completed


def test_cli_annotates_the_good_file_and_rejects_the_broken_one_with_exit_2(cli_run):
    folder, completed = cli_run
    assert completed.returncode == 2, completed.stderr
    rejected = [line for line in completed.stderr.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 1 and "broken.tml" in rejected[0] and "not well-formed" in rejected[0]
    assert sorted(p.name for p in (folder / "out").iterdir()) == ["resign.tml"]


def test_cli_output_has_a_resolved_friday_and_the_text_unchanged(cli_run):
    folder, _ = cli_run
    written = read_timeml(folder / "out" / "resign.tml")
    assert written.text == read_timeml(folder / "in" / "resign.tml.TE3input").text
    friday = [(t.text, t.type, t.value) for t in written.timexes if t.text == "Friday"]
    assert friday == [("Friday", "DATE", "2013-03-22")]  # the Friday before Monday 25 March 2013
    content = (folder / "out" / "resign.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>' in content
    assert content.replace('<TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>', "Friday") == INPUT
