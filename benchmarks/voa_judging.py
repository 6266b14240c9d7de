"""A hand-judging sheet of event rows from real Voice of America stories the kit was not tuned on, and its figures.

    python benchmarks/voa_judging.py sample [--out benchmarks/voa_judging.csv] [--size 40] [--seed 13]
                                            [--part held-out|dev] [--fresh]
    python benchmarks/voa_judging.py [score [benchmarks/voa_judging.csv]]
    python benchmarks/voa_judging.py rest --out F [--part held-out|dev]
    python benchmarks/voa_judging.py estimate [--part held-out|dev] [SHEET ...]

The 77 VOA stories (../shared/voa/voa_stories.jsonl) are split once and for all: sorted by `id`, every third
story starting with the first (positions 0, 3, 6, ...: 26 stories) is held out from tuning and only judged;
the other 51 are the development part that rules may be written against.

`sample` runs the kit on the held-out stories (`--part dev`: on the development stories, to judge while tuning) (their `published` timestamp read as the date) and writes a sheet
of `--size` event rows drawn at random with a fixed seed, one row per event with the sentence it came from and
empty columns for the judge: `is_event` (y/n: something happened, is happening, or is planned or claimed to
happen, with a participant), `actor_ok`, `place_ok`, `source_ok`, `date_ok` (y/n, or "-" where the sentence
names none and the kit gave none), and `note`. An existing sheet is never overwritten (judgements are work).

Sheets kept: `voa_judging_before.csv` (the kit before issue 13), `voa_judging_session1.csv`,
`voa_judging_session2_mid.csv`, `voa_judging_session2.csv`, `voa_judging_session3.csv`,
`voa_judging_session4_mid.csv`, `voa_judging_session4_mid2.csv` (held-out, earlier states of the kit: the last
three at bac2d65, 30c2465 and 6ff85e4, the last two of sentences no earlier sheet showed) and `voa_judging.csv`
(held-out, at 52a934b: 40 rows drawn with seed 37 from sentences no earlier sheet showed, as `--fresh` draws
them, judged by a helper that did no tuning); `voa_judging_session4_final27.csv` (held-out, at fe801df: the 27
events then left whose sentences no sheet, committed or not, had shown);
`voa_judging_s11.csv` (held-out, at 8a1c4fb, seed 1101: 40 of the 45 events then left whose sentences no
committed sheet showed, outside the two held-out stories bundled in data/raw; judged by a helper that did no
tuning, with instructions written anew in session 11, the earlier ones being lost; a sample of what was left,
not of all events); `voa_judging_s12.csv` (held-out, at 8464a0d, seed 1201: the 7 events then left whose
sentences no committed sheet showed; judged by a helper that did no tuning, with the session 11 instructions,
together with the wire sheets `held_s12.csv` and `tb_held_s12.csv`). `voa_judging_dev/` holds dev-part sheets judged the same way, which rules were written
against. `--fresh` draws only sentences no committed sheet has shown and leaves out the bundled stories: after
voa_judging_s12.csv none is left; measure further work on new real stories.

`rest` and `estimate` measure every row the kit now gives on a part, not a sample of it (the stories bundled in
data/raw left out). A verdict of a kept sheet still applies to a row while the kit gives the row the value judged:
`is_event` where the same word of the same sentence was judged, `actor_ok` while the actor is the one judged, and
so on. `rest` writes a sheet of the rows some verdict is missing for (rows never judged, or whose actor, place,
source or date changed since); once those are judged (`voa_judging_rest_s18.csv`: the held-out part at 59498be,
and `voa_judging_rest_s18b.csv` the 5 rows later rules changed, `voa_judging_rest_s19.csv` the 6 rows session 19's
rules changed, `voa_judging_rest_s20.csv` the 3 of session 20, `voa_judging_rest_s21*.csv` the 1 and 3 of session
21, none in session 22, `voa_judging_rest_s23.csv` the 1 of session 23, `voa_judging_rest_s25.csv` the 6 of
session 25; `voa_judging_dev/dev_rest_s18*.csv`, `dev_rest_s19*.csv`, `dev_rest_s20.csv`, `dev_rest_s21*.csv`,
`dev_rest_s22.csv`, `dev_rest_s23.csv`, `dev_rest_s24.csv` and `dev_rest_s25.csv` the same for the dev part; session 22's row came from a heading rule withdrawn after review, so its verdict no longer
applies), `estimate`
prints what a sample of 40 would show on average, each figure over the rows its verdicts cover. A row judged again
keeps only its last verdicts, on every column: judges differ on close calls, so a figure can move a little with
no change of the kit's value.

How a sheet is judged: `voa_judging_instructions.md` (the session 11 instructions, written again in session 20).

`score` reads a judged sheet and prints how many rows are no event, and on how many rows the actor, the place,
the source and the date are right (the issue's targets: at most 5 non-events in 40; actor, place and source
each right on at least 34).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VOA = ROOT.parent / "shared" / "voa" / "voa_stories.jsonl"
DEFAULT_SHEET = ROOT / "benchmarks" / "voa_judging.csv"
SEED = 13
JUDGED = ["is_event", "actor_ok", "place_ok", "source_ok", "date_ok"]
SHOWN = ["event_id", "title", "published", "sentence", "trigger", "action", "type", "actor", "target", "place",
         "date_value", "date_start", "date_from", "source", "hedged", "modality"]


def stories(path: Path = VOA) -> list[dict]:
    """Every VOA story, sorted by id."""
    if not path.exists():
        raise FileNotFoundError(f"the VOA stories are not at {path} (expected ../shared beside the repo)")
    with path.open(encoding="utf-8") as lines:
        return sorted((json.loads(line) for line in lines if line.strip()), key=lambda story: story["id"])


def held_out(all_stories: list[dict]) -> list[dict]:
    """The judged part: every third story by id, starting with the first."""
    return [story for position, story in enumerate(all_stories) if position % 3 == 0]


def development(all_stories: list[dict]) -> list[dict]:
    """The part rules may be written against: the two stories in three that are not held out."""
    return [story for position, story in enumerate(all_stories) if position % 3 != 0]


def shown_sentences(folder: Path = ROOT / "benchmarks") -> set[str]:
    """Every sentence a committed sheet has shown a judge (voa_judging*.csv and voa_judging_dev/*.csv)."""
    sheets = [*folder.glob("voa_judging*.csv"), *folder.glob("voa_judging_dev/*.csv")]
    return {sentence for sheet in sheets
            for sentence in pd.read_csv(sheet, dtype=str, keep_default_na=False)["sentence"]}


def sample(out: Path, size: int, seed: int = SEED, part: str = "held-out", fresh: bool = False) -> int:
    if out.exists():
        print(f"error: {out} exists; judgements are not overwritten (remove it yourself to start again)",
              file=sys.stderr)
        return 1
    events, bundled, count = part_events(part)
    if fresh:  # only sentences no committed sheet has shown, so that the sheet measures rules written since,
        # and not the stories bundled in data/raw, whose rows are read whenever the bundled reports are checked
        events = events[~events["sentence"].isin(shown_sentences()) & ~events["article_id"].isin(bundled)]
    rows = events.sample(n=min(size, len(events)), random_state=seed).sort_values("event_id")
    write_sheet(rows, out)
    print(f"{len(rows)} of {len(events)} events from {count} {part} stories -> {out}")
    return 0


def part_events(part: str) -> tuple[pd.DataFrame, set[str], int]:
    """The kit's events on a part's stories (their `published` timestamp read as the date), with each story's title
    and publication time; the ids of the stories also bundled in data/raw; and how many stories the part has."""
    from helpers.pipeline import run

    judged = (held_out if part == "held-out" else development)(stories())
    with tempfile.TemporaryDirectory() as folder:
        table = Path(folder) / "voa_held_out.jsonl"
        table.write_text("".join(json.dumps({**story, "date": story["published"][:10]}) + "\n"
                                 for story in judged), encoding="utf-8")
        tables = run([table], progress=False)
    events = tables.events.merge(tables.articles[["article_id", "title", "published"]], on="article_id")
    return events, bundled_articles(tables.articles), len(judged)


def write_sheet(rows: pd.DataFrame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    rows[SHOWN].assign(**{column: "" for column in JUDGED}, note="").to_csv(out, index=False)


def kept_verdicts(extra: list[Path] = ()) -> pd.DataFrame:
    """Every judgement the committed sheets (and `extra` sheets) hold, one row per judged event row, later sheets
    after earlier ones (a row judged twice keeps its last verdict)."""
    folder = ROOT / "benchmarks"
    sheets = sorted([*folder.glob("voa_judging*.csv"), *folder.glob("voa_judging_dev/*.csv")]) + list(extra)
    return pd.concat([pd.read_csv(sheet, dtype=str, keep_default_na=False) for sheet in sheets], ignore_index=True)


#: The columns each verdict is about: a verdict holds while the kit still gives the value judged.
VALUES = {"actor_ok": "actor", "place_ok": "place", "source_ok": "source", "date_ok": "date_value"}


def verdicts_for(events: pd.DataFrame, verdicts: pd.DataFrame) -> pd.DataFrame:
    """Each event row with the verdicts that still apply to it: `is_event` where the same word of the same sentence
    was judged, each field's where its judged value is the value the kit gives now ("" where none applies)."""
    keys = ["sentence", "trigger"]
    rows = events[keys + list(VALUES.values())].astype(str).reset_index(drop=True)
    found = rows.merge(verdicts.drop_duplicates(keys, keep="last")[keys + ["is_event"]], on=keys, how="left")
    for column, value in VALUES.items():
        judged = verdicts[keys + [value, column]].drop_duplicates(keys + [value], keep="last")
        found = found.merge(judged, on=keys + [value], how="left")
    return found.fillna("")


def rest(out: Path, part: str) -> int:
    """A sheet of the part's event rows (bundled stories left out) that no kept judgement covers whole: rows never
    judged, and rows whose actor, place, source or date changed since they were."""
    if out.exists():
        print(f"error: {out} exists; judgements are not overwritten", file=sys.stderr)
        return 1
    events, bundled, count = part_events(part)
    events = events[~events["article_id"].isin(bundled)].reset_index(drop=True)
    found = verdicts_for(events, kept_verdicts())
    open_rows = events[found[JUDGED].eq("").any(axis=1).values].sort_values("event_id")
    write_sheet(open_rows, out)
    print(f"{len(open_rows)} of {len(events)} events from {count} {part} stories need a judgement -> {out}")
    return 0


def estimate(part: str, extra: list[Path]) -> int:
    """The figures of every event row the kit now gives on the part (bundled stories left out), from the kept
    judgements that still apply: what a sample of 40 would show on average, and how many rows no judgement covers."""
    events, bundled, count = part_events(part)
    events = events[~events["article_id"].isin(bundled)].reset_index(drop=True)
    found = verdicts_for(events, kept_verdicts(extra))
    figures = {"stories": count - len(bundled), "rows": len(found),
               "judged_whole": int((~found[JUDGED].eq("").any(axis=1)).sum())}
    for column in JUDGED:  # each over the rows a verdict of its own covers
        judged = found.loc[found[column] != "", column]
        name = "no_event" if column == "is_event" else column.removesuffix("_ok") + "_right"
        share = (judged == "n").mean() if column == "is_event" else judged.isin(["y", "-"]).mean()
        figures[f"{name}_per_40"] = round(40 * float(share), 1) if len(judged) else None
        figures[f"{name}_judged"] = len(judged)
    print(json.dumps(figures))
    return 0


def bundled_articles(articles: pd.DataFrame) -> set[str]:
    """The ids of the stories that are also bundled in data/raw (matched by title)."""
    bundled = {json.loads(line).get("title") for path in (ROOT / "data" / "raw").rglob("*.jsonl")
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return set(articles.loc[articles["title"].isin(bundled - {None, ""}), "article_id"])


def score(path: Path) -> int:
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = sheet[JUDGED].eq("").any(axis=1).sum()
    if missing:
        print(f"error: {missing} rows of {path} are not judged yet", file=sys.stderr)
        return 1
    figures = {"rows": len(sheet), "no_event": int((sheet["is_event"] == "n").sum())}
    for column in JUDGED[1:]:
        figures[column.removesuffix("_ok") + "_right"] = int(sheet[column].isin(["y", "-"]).sum())
    print(json.dumps(figures))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command")
    sampling = commands.add_parser("sample", help="write a sheet of event rows to judge")
    sampling.add_argument("--out", type=Path, default=DEFAULT_SHEET)
    sampling.add_argument("--size", type=int, default=40)
    sampling.add_argument("--seed", type=int, default=SEED)
    sampling.add_argument("--part", choices=["held-out", "dev"], default="held-out")
    sampling.add_argument("--fresh", action="store_true", help="only sentences no committed sheet has shown")
    scoring = commands.add_parser("score", help="the figures of a judged sheet")
    scoring.add_argument("sheet", type=Path, nargs="?", default=DEFAULT_SHEET)
    remaining = commands.add_parser("rest", help="write a sheet of the rows no kept judgement covers")
    remaining.add_argument("--out", type=Path, required=True)
    remaining.add_argument("--part", choices=["held-out", "dev"], default="held-out")
    estimating = commands.add_parser("estimate", help="the figures of all rows the kit now gives, from kept verdicts")
    estimating.add_argument("--part", choices=["held-out", "dev"], default="held-out")
    estimating.add_argument("sheets", type=Path, nargs="*", help="judged sheets not committed yet")
    arguments = parser.parse_args(argv)
    if arguments.command is None:  # `make bench` runs every benchmark bare: the figures of the committed sheet
        arguments = parser.parse_args(["score"])
    try:
        if arguments.command == "sample":
            return sample(arguments.out, arguments.size, arguments.seed, arguments.part, arguments.fresh)
        if arguments.command == "rest":
            return rest(arguments.out, arguments.part)
        if arguments.command == "estimate":
            return estimate(arguments.part, arguments.sheets)
        return score(arguments.sheet)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
