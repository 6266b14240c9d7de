"""A hand-judging sheet of event rows from real wire stories no rule of the events stage was written against.

    python benchmarks/wire_judging.py sample --out SHEET [--part held-out|dev] [--size 40] [--seed 71]
                                             [--corpus aquaint|timebank|wsj]
                                             [--exclude SHEET ...] [--keep-sentences]
    python benchmarks/wire_judging.py [score [SHEET]]     # default: benchmarks/wire_judging/tb_held_s10d.csv
    python benchmarks/wire_judging.py strip SHEET

The stories are the 73 AQUAINT wire reports of TempEval-3's TBAQ-cleaned (AP, NYT and Xinhua, 1998-2000: the
embassy bombings in Kenya and Tanzania, NATO's enlargement, the Elian Gonzalez case, a doctor's murder), read
from ../shared/eval/external/tempeval3/TBAQ-cleaned/AQUAINT. Their time expressions were part of the time
stage's development data; their events were never judged, listed or read while writing the events stage.

The stories are split once by file name: even positions (37) are the development part, odd positions (36) the
held-out part, whose rows are only judged by someone who wrote no rule.

`sample` writes each story of a part as a user saves a report (`date:` and `title:` lines, the text of <TEXT>), runs
the kit on the folder as `make run` does, and writes a sheet of `--size` event rows drawn with a fixed seed
(never the sentences of an `--exclude` sheet), with the columns of `voa_judging.py` and the same empty judging
columns. Judge it as `voa_judging.py` says. TimeBank/AQUAINT texts may not be copied into the repository: the
sheets committed in benchmarks/wire_judging/ keep the event's id, offsets and the kit's fields but no `sentence`
or `title` (`--keep-sentences` writes them for the judge; `strip` drops them before committing).

Sheets kept (benchmarks/wire_judging/, each judged by a helper that wrote no rule):
`first_all_stories.csv` (at 5f62ba1, 40 rows from all 73 stories, each written with its headline as the first
line of the text, before the split and the `title:` line existed); `held_before.csv` (at 5f62ba1, held-out
part, seed 71); `dev_before.csv` (at 5f62ba1, dev part, 60 rows, seed 5: read while writing rules);
`held_after.csv` (at b4ead63, held-out part, seed 72, no sentence of held_before.csv); `held_final.csv` (at
2d772e3, held-out part, seed 73, no sentence of the two before); `held_s8.csv` (at 88e2ce1, held-out part,
seed 74, no sentence of the three before nor of first_all_stories.csv); `held_s8c.csv` and `held_s8d.csv` (at
987cf62, seeds 76 and 78) and `held_s8e.csv` (at ec45d13, seed 79), each of sentences no earlier sheet showed;
`held_s9a.csv` and `held_s9b.csv` (at e865864, seeds 91 and 92: 80 of the 93 held-out events whose sentences
no earlier sheet showed; 12 are left, so the held-out part is spent: measure further work on new stories);
`dev_s9.csv` (dev part, at aa1edaa, seed 902, 60 rows of sentences no dev sheet showed: read while writing rules);
`held_s12.csv` (at 8464a0d, seed 1201: the 16 held-out events then left whose sentences no sheet showed).

`--corpus timebank` samples TimeBank's 49 general-news stories instead (ABC, CNN, PRI and VOA broadcasts; AP, APW and
NYT wires; 1989-1998; not its Wall Street Journal pages), from ../shared/eval/external/tempeval3/TBAQ-cleaned/TimeBank,
split by name as the AQUAINT stories are (25 dev, 24 held out). Their events were never judged or read before
session 10. Sheets kept: `tb_held_s10a.csv` (at 77fb5c7, seed 101, drawn from all 49 stories before the split was
made; its 20 dev-part rows were then read as dev data, its 20 held-out rows were not); `tb_held_s10a_rejudge.csv`
(the same 40 rows judged again by a second helper, blind to the first judge's columns, though the first sheet was
in the same folder); `tb_dev_s10.csv` (dev part, at 77fb5c7, seed 103) and `tb_dev_s10b.csv` (dev part, at
2fefdd3, seed 106), read while writing rules; `tb_held_s10b.csv` and `tb_held_s10c.csv` (held-out part, at b786e44,
seeds 104 and 105) and `tb_held_s10d.csv` (held-out part, at b75e786, seed 107), each of sentences no sheet before
showed; `tb_held_s12.csv` (at 8464a0d, seed 1201: the 14 held-out events then left whose sentences no sheet
showed), after which this part is spent too.

`--corpus wsj` samples TimeBank's 134 Wall Street Journal stories (1989-1990), split by name the same way: another
genre (business, markets, some politics) whose events no one had read before session 14. Sheet kept:
`wsj_held_s14.csv` (held-out part, seed 1401), judged by a helper that wrote no rule.

`score` prints the same figures as `voa_judging.py score`.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from voa_judging import JUDGED, SHOWN, score  # noqa: E402

AQUAINT = ROOT.parent / "shared" / "eval" / "external" / "tempeval3" / "TBAQ-cleaned" / "AQUAINT"
TIMEBANK = AQUAINT.parent / "TimeBank"
SEED = 71
DEFAULT_SHEET = ROOT / "benchmarks" / "wire_judging" / "tb_held_s10d.csv"


def parts(folder: Path = AQUAINT) -> dict[str, list[Path]]:
    """The stories split once by name: even positions are the development part (may be read while writing
    rules), odd positions the held-out part (only judged, by someone who wrote no rule)."""
    names = sorted(folder.glob("*.tml"))
    return {"dev": names[0::2], "held-out": names[1::2]}


def timebank_news(folder: Path = TIMEBANK) -> dict[str, list[Path]]:
    """TimeBank's 49 general-news stories (ABC, CNN, PRI, VOA broadcasts; AP, APW, NYT wires; 1989-1998), not its
    Wall Street Journal business pages: a pool no rule of the events stage was written against, split by name as
    the AQUAINT stories are (even positions dev, odd positions held out)."""
    names = sorted(path for path in folder.glob("*.tml") if not path.name.lower().startswith("wsj"))
    return {"dev": names[0::2], "held-out": names[1::2]}


def timebank_business(folder: Path = TIMEBANK) -> dict[str, list[Path]]:
    """TimeBank's 134 Wall Street Journal stories (1989-1990: business, markets, and some politics), a pool whose
    events no one read before session 14: a check of how the events stage carries over to another genre, split by
    name as the others are."""
    names = sorted(path for path in folder.glob("*.tml") if path.name.lower().startswith("wsj"))
    return {"dev": names[0::2], "held-out": names[1::2]}


def as_reports(paths: list[Path], out: Path) -> int:
    """Each AQUAINT story as a plain-text report with `date:` and `title:` header lines; how many were written."""
    from helpers.evaluation.formats.timeml import read_timeml
    written = 0
    for path in paths:
        document = read_timeml(path)
        title = re.search(r"<TITLE>(.*?)</TITLE>", path.read_text(encoding="utf-8"), re.S)
        headline = title.group(1).strip() if title else ""
        (out / f"{path.stem}.txt").write_text(
            f"date: {document.dct_date.isoformat()}\ntitle: {headline}\n\n{document.text.strip()}\n", encoding="utf-8")
        written += 1
    return written


def sample(out: Path, size: int, seed: int, exclude: list[Path], keep_sentences: bool, part: str,
           corpus: str = "aquaint") -> int:
    from helpers.pipeline import run
    source = AQUAINT if corpus == "aquaint" else TIMEBANK
    if not source.is_dir():
        print(f"error: the {corpus} stories are not at {source} (expected ../shared beside the repo)", file=sys.stderr)
        return 1
    paths = {"timebank": timebank_news, "wsj": timebank_business}.get(corpus, parts)()[part]
    if not paths:
        print(f"error: the {corpus} stories have no {part} part", file=sys.stderr)
        return 1
    if out.exists():
        print(f"error: {out} exists; judgements are not overwritten", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        stories = as_reports(paths, Path(folder))
        tables = run([folder], progress=False)
    events = tables.events.merge(tables.articles[["article_id", "title", "published"]], on="article_id")
    excluded = [pd.read_csv(sheet, dtype=str, keep_default_na=False) for sheet in exclude]
    shown = {sentence for sheet in excluded for sentence in sheet.get("sentence", pd.Series(dtype=str))}
    shown_ids = {key for sheet in excluded for key in sheet["article_id"] + ":" + sheet["start"]}
    events = events[~events["sentence"].isin(shown)
                    & ~(events["article_id"] + ":" + events["start"].astype(str)).isin(shown_ids)]
    rows = events.sample(n=min(size, len(events)), random_state=seed).sort_values("event_id")
    columns = [column for column in SHOWN if keep_sentences or column != "sentence"]
    sheet = rows[["article_id", "start", "end", *columns]].assign(**{column: "" for column in JUDGED}, note="")
    sheet = sheet.loc[:, ~sheet.columns.duplicated()]
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(out, index=False)
    print(f"{len(sheet)} of {len(events)} events from {stories} {part} {corpus} stories -> {out}")
    return 0


def strip(path: Path) -> int:
    """Drop the sentence and headline columns of a judged sheet, so that it may be committed."""
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    sheet.drop(columns=["sentence", "title"], errors="ignore").to_csv(path, index=False)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command")
    sampling = commands.add_parser("sample", help="write a sheet of event rows to judge")
    sampling.add_argument("--out", type=Path, required=True)
    sampling.add_argument("--size", type=int, default=40)
    sampling.add_argument("--seed", type=int, default=SEED)
    sampling.add_argument("--exclude", type=Path, nargs="*", default=[])
    sampling.add_argument("--keep-sentences", action="store_true")
    sampling.add_argument("--part", choices=["held-out", "dev"], default="held-out")
    sampling.add_argument("--corpus", choices=["aquaint", "timebank", "wsj"], default="aquaint")
    commands.add_parser("score", help="the figures of a judged sheet").add_argument(
        "sheet", type=Path, nargs="?", default=DEFAULT_SHEET)
    commands.add_parser("strip", help="drop the sentences of a judged sheet").add_argument("sheet", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command is None:  # `make bench` runs every benchmark bare: the figures of the latest held-out sheet
        arguments = parser.parse_args(["score"])
    if arguments.command == "sample":
        return sample(arguments.out, arguments.size, arguments.seed, arguments.exclude, arguments.keep_sentences,
                      arguments.part, arguments.corpus)
    if arguments.command == "strip":
        return strip(arguments.sheet)
    return score(arguments.sheet)


if __name__ == "__main__":
    sys.exit(main())
