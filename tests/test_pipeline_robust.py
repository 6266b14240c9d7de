"""helpers.pipeline on awkward work: long reports in pieces with offsets kept, one
failing report isolated, and tables written as a set that a killed run never leaves half-made."""
from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import pipeline
from helpers.io import STAGING_PREFIX, TableParts, clear_stale_staging, staged_folder
from helpers.paths import DATA_RAW, ROOT, SEED
from helpers.pipeline import analyse, cut_points, run, write_tables
from helpers.reading import Article, parse_txt, read_reports

WAR = Path(__file__).parent / "fixtures" / "war"  # invented war updates, test fixtures (not bundled data)

TABLES = ["articles.csv", "entities.csv", "events.csv", "parquet", "rejected.csv", "removed.csv", "timeline.csv",
          "timeline.json", "timeline.parquet", "timexes.csv", "warnings.csv"]


def article(text: str, path: str, row: int | None = None) -> Article:
    from helpers.reading import make_article_id

    return Article(article_id=make_article_id(text), path=path, format="txt", text=text, row=row)


def visible(folder: Path) -> dict[str, bytes]:
    """The files a user sees in `folder` and its subfolders (not hidden ones), with their bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)}


def offsets_hold(tables, texts: dict[str, str]) -> list:
    wrong = []
    for name, column in [("entities", "text"), ("timexes", "text"), ("events", "sentence")]:
        for row in getattr(tables, name).itertuples(index=False):
            if texts[row.article_id][row.start:row.end] != getattr(row, column):
                wrong.append((name, row.start, row.end, getattr(row, column)))
    return wrong


# --- long reports --------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\t\r\"”"), max_size=400), st.integers(min_value=1, max_value=60))
def test_cut_points_cover_the_text_in_pieces_no_longer_than_the_limit(text, limit):
    pieces = cut_points(text, limit=limit)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(pieces, pieces[1:]))
    assert all(0 < end - start <= limit for start, end in pieces) or text == ""


def test_cut_points_prefer_paragraphs_then_sentences():
    text = "One two. Three four.\n\nFive six. Seven eight."
    assert cut_points(text, limit=30) == [(0, 22), (22, 44)]  # after the blank line
    assert cut_points("Five six. Seven eight. Nine ten.", limit=25) == [(0, 23), (23, 32)]  # after a sentence
    assert cut_points("x" * 25, limit=10) == [(0, 10), (10, 20), (20, 25)]  # one unbroken word


@pytest.fixture(scope="module")
def war_article() -> Article:
    """The eight war updates, less their link trailers, as one long report (about 12,000 characters,
    under the seed-style header of the first)."""
    articles, rejected = read_reports([WAR])
    assert not rejected and len(articles) == 8
    parts = [article.text[:next((cut.start for cut in article.removed if cut.reason == "related-links trailer"),
                                None)] for article in articles]
    return parse_txt("\n\n".join(parts), path="war-digest.txt")


@pytest.fixture(scope="module")
def whole_and_pieces(war_article):
    whole = analyse([war_article], progress=False)
    pieces = analyse([war_article], progress=False, max_chars=1500)
    return whole, pieces


def test_a_report_longer_than_a_piece_is_parsed_in_pieces(war_article):
    assert len(cut_points(war_article.body, limit=1500)) >= 7


def test_offsets_of_a_report_parsed_in_pieces_point_at_its_text(war_article, whole_and_pieces):
    _, pieces = whole_and_pieces
    assert len(pieces.entities) > 100 and len(pieces.timexes) > 20 and len(pieces.events) > 80
    assert offsets_hold(pieces, {war_article.article_id: war_article.text}) == []


def test_pieces_find_what_the_whole_finds(whole_and_pieces):
    whole, pieces = whole_and_pieces
    def spans(tables):
        return set(map(tuple, tables.entities[["start", "end", "text", "label"]].values.tolist()))
    shared = spans(whole) & spans(pieces)
    assert len(shared) >= 0.8 * len(spans(whole)), (spans(whole) - spans(pieces))
    assert pieces.events["event_id"].is_unique
    assert pieces.events["event_id"].tolist() == [f"{pieces.events['article_id'][0]}-{n:03d}"
                                                  for n in range(1, len(pieces.events) + 1)]


def test_a_model_with_a_small_max_length_gets_pieces_it_accepts(nlp, war_article):
    previous = nlp.max_length
    nlp.max_length = 2000  # spaCy raises E088 for a longer text: the pipeline must never hand it one
    try:
        tables = analyse([war_article], progress=False)
    finally:
        nlp.max_length = previous
    assert nlp.max_length == previous
    assert len(war_article.text) > 5 * 2000 and len(tables.events) > 80
    assert offsets_hold(tables, {war_article.article_id: war_article.text}) == []


def test_one_report_failing_analysis_is_refused_and_the_rest_analysed(monkeypatch, seed_article):
    real = pipeline.timexes_of
    other = article("Ukrainian forces entered Izium on Saturday, officials said.", "other.txt")
    broken = article("A temple built 3000 years ago was hit.", "table.csv", row=4)

    def fails_on_one(doc, *, published):
        if "temple" in doc.text:
            raise ValueError("year -978 is out of range")
        return real(doc, published=published)

    monkeypatch.setattr(pipeline, "timexes_of", fails_on_one)
    tables = analyse([seed_article, broken, other], progress=False)
    assert tables.articles["article_id"].tolist() == [seed_article.article_id, other.article_id]
    assert set(tables.events["article_id"]) == {seed_article.article_id, other.article_id}
    assert tables.rejected.values.tolist() == [
        ["table.csv", "line 4: analysis failed (ValueError: year -978 is out of range)"]]


# --- writing the tables as a set -----------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_run():
    return run([SEED], progress=False)


def test_write_tables_touches_nothing_that_is_not_ours(seed_run, tmp_path):
    (tmp_path / "charts").mkdir()
    (tmp_path / "charts" / "map.png").write_bytes(b"a chart")
    (tmp_path / "my notes.txt").write_text("mine", encoding="utf-8")
    written = write_tables(seed_run, tmp_path)
    assert sorted(path.name for path in written) == TABLES
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(TABLES + ["charts", "my notes.txt"])
    assert (tmp_path / "charts" / "map.png").read_bytes() == b"a chart"
    assert (tmp_path / "my notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_write_failing_half_way_leaves_the_previous_tables_whole(seed_run, tmp_path, monkeypatch):
    previous = dataclasses.replace(seed_run, **{name: getattr(seed_run, name).head(1) for name in
                                                 ("articles", "removed", "entities", "timexes", "events")})
    write_tables(previous, tmp_path)
    before = visible(tmp_path)
    calls = []
    real = TableParts.add

    def fails_on_the_third(parts, name, frame):
        calls.append(name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(parts, name, frame)

    monkeypatch.setattr(TableParts, "add", fails_on_the_third)
    with pytest.raises(OSError):
        write_tables(seed_run, tmp_path)
    assert len(calls) == 3
    assert visible(tmp_path) == before
    assert sorted(os.listdir(tmp_path)) == TABLES  # no staging folder left behind


def test_stale_staging_folders_are_cleared_but_not_a_running_ones(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"{STAGING_PREFIX}{int(dead.stdout)}-0123456789ab"
    running = tmp_path / f"{STAGING_PREFIX}{os.getppid()}-0123456789ab"
    look_alike = tmp_path / f"{STAGING_PREFIX}notours"
    for folder in (stale, running, look_alike):
        folder.mkdir()
        (folder / "articles.csv").write_text("half", encoding="utf-8")
    assert clear_stale_staging(tmp_path) == [stale]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([running.name, look_alike.name])


def test_staged_files_replace_their_namesakes_only_when_all_are_written(tmp_path):
    (tmp_path / "a.csv").write_text("old a", encoding="utf-8")
    (tmp_path / "b.csv").write_text("old b", encoding="utf-8")
    with staged_folder(tmp_path) as staging:
        (staging / "a.csv").write_text("new a", encoding="utf-8")
        assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "old a"  # not yet
        (staging / "b.csv").write_text("new b", encoding="utf-8")
    assert visible(tmp_path) == {"a.csv": b"new a", "b.csv": b"new b"}
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "b.csv"]


# --- killing a run -------------------------------------------------------------------------------

def environment() -> dict[str, str]:
    variables = dict(os.environ)
    variables["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), variables.get("PYTHONPATH")]))
    return variables


def run_cli(*arguments) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpers", *map(str, arguments)], cwd=ROOT, env=environment(),
                          capture_output=True, text=True, timeout=600)


def wait_for(condition, process: subprocess.Popen, *, seconds: float = 300, every: float = 0.001) -> bool:
    """Poll until `condition()` or the process ends; True when the condition came first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return False
        time.sleep(every)
    return False


# A run of the real pipeline whose writer stops half-way through a file in the staging folder and
# says so: the parent kills it there, deterministically, as a power cut or `kill -9` would.
HALF_WAY = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from helpers import pipeline
    from helpers.io import TableParts

    calls = []
    real = TableParts.add

    def add(parts, name, frame):
        calls.append(name)
        if len(calls) < 3:
            return real(parts, name, frame)
        path = parts.folder / f"{name}.csv"
        path.write_text(frame.to_csv(index=False)[:200], encoding="utf-8")
        Path(sys.argv[3]).write_text(str(path), encoding="utf-8")
        time.sleep(600)

    TableParts.add = add
    pipeline.process([sys.argv[1]], out=sys.argv[2], progress=False, batch_reports=2)
""")


@pytest.fixture(scope="module")
def previous_outputs(tmp_path_factory):
    """An output folder holding a finished run's tables (the seed alone) and a chart of the user's."""
    out = tmp_path_factory.mktemp("previous")
    completed = run_cli("run", SEED, "--out", out, "--quiet")
    assert completed.returncode == 0, completed.stderr
    (out / "charts").mkdir()
    (out / "charts" / "map.png").write_bytes(b"drawn by notebook 05")
    return out


def copy_folder(source: Path, target: Path) -> Path:
    import shutil

    shutil.copytree(source, target)
    return target


def test_a_run_killed_while_writing_leaves_the_previous_tables_whole(previous_outputs, tmp_path):
    out = copy_folder(previous_outputs, tmp_path / "out")
    before = visible(out)
    signal_file = tmp_path / "half-way"
    child = subprocess.Popen([sys.executable, "-c", HALF_WAY, str(WAR), str(out), str(signal_file)],
                             cwd=ROOT, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert wait_for(signal_file.exists, child, every=0.01), child.communicate()[1]
        half_written = Path(signal_file.read_text(encoding="utf-8"))
        assert half_written.parent.name.startswith(STAGING_PREFIX) and half_written.parent.parent == out
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert visible(out) == before  # every table byte for byte the previous run's
    assert (out / "charts" / "map.png").read_bytes() == b"drawn by notebook 05"
    leftovers = [path.name for path in out.iterdir() if path.name.startswith(".")]
    assert len(leftovers) == 1 and leftovers[0].startswith(STAGING_PREFIX)  # hidden, and cleared next run
    assert (out / leftovers[0] / half_written.name).exists()  # the half-written file

    completed = run_cli("run", WAR, "--out", out, "--quiet")
    assert completed.returncode == 0, completed.stderr
    assert not [path.name for path in out.iterdir() if path.name.startswith(".")]
    fresh = tmp_path / "fresh"
    assert run_cli("run", WAR, "--out", fresh, "--quiet").returncode == 0
    tables = {name: data for name, data in visible(out).items() if not name.startswith("charts")}
    assert tables == visible(fresh)  # the re-run gives the same tables, byte for byte
    assert (out / "charts" / "map.png").read_bytes() == b"drawn by notebook 05"


def test_python_m_helpers_run_killed_mid_run_leaves_only_whole_tables(previous_outputs, tmp_path):
    out = copy_folder(previous_outputs, tmp_path / "out")
    before = visible(out)
    child = subprocess.Popen([sys.executable, "-m", "helpers", "run", str(DATA_RAW), "--out", str(out), "--quiet"],
                             cwd=ROOT, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def staging_exists() -> bool:
        return any(name.startswith(STAGING_PREFIX) for name in os.listdir(out))

    try:
        seen = wait_for(staging_exists, child)
        os.kill(child.pid, signal.SIGKILL)  # as soon as the run starts writing its tables
    finally:
        child.kill()
        child.wait()
    assert seen, "the run ended before it was seen writing"
    assert child.returncode == -signal.SIGKILL
    after_kill = visible(out)

    completed = run_cli("run", DATA_RAW, "--out", out, "--quiet")
    assert completed.returncode == 0, completed.stderr
    finished = visible(out)
    assert sorted(after_kill) == sorted(before)
    # each table is whole: the previous run's or the new one's, never a part of either
    for name, data in after_kill.items():
        assert data in (before[name], finished[name]), name
    kept = sum(after_kill[name] == before[name] for name in after_kill)
    print(f"killed run: {kept} of {len(after_kill)} tables still the previous run's, the rest whole new ones")
    assert not [path.name for path in out.iterdir() if path.name.startswith(".")]
