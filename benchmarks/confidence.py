"""The events' `confidence`: learn its weights from hand-judged development rows, and measure what it separates.

    python benchmarks/confidence.py cv         # development rows: cross-validated by story, nothing written
    python benchmarks/confidence.py train      # the same figures, then writes helpers/events/confidence_weights.py
    python benchmarks/confidence.py measure    # the held-out VOA stories: what keeping rows above a confidence does

The score is a logistic regression over how a row was told (helpers/events/confidence.py: tense, clause,
auxiliaries, how it was dated, modality, typed or not, quotation, the kind of subject, ...), fitted with an L2
penalty on every row of the development parts that a judge said is or is not an event:
- the VOA development stories (voa_judging.py's split; sheets in benchmarks/voa_judging_dev/), matched by sentence
  and word as `voa_judging.py estimate` matches them;
- the wire development stories (wire_judging.py's dev parts of AQUAINT and TimeBank; the sheets whose name says
  `dev`), matched by story, sentence start and word.
Held-out rows are never fitted on: `measure` only reads them, for the figures of a note.

`cv` prints, over 5 folds of stories repeated with 5 shuffles, the AUC and what removing the least confident 5, 10,
15 and 20% of rows would do: the share of those rows that are no event, and the non-events per 40 rows left. A
hand-written fit (numpy gradient descent) rather than scikit-learn: it is twenty lines, and the kit itself only
needs the weights.

Needs ../shared/voa and ../shared/eval/external (says so and stops when they are missing).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import voa_judging  # noqa: E402
import wire_judging  # noqa: E402
from helpers.events.confidence import recording  # noqa: E402

WEIGHTS_FILE = ROOT / "helpers" / "events" / "confidence_weights.py"
#: The L2 penalty of the fit (not tuned past a look at 0.3, 1, 3 and 10 on the development folds).
PENALTY = 3.0
SHARES = (0.05, 0.10, 0.15, 0.20)


def judged_rows() -> pd.DataFrame:
    """Every judged development row: its story, its features (one column each) and `no_event` (1 or 0)."""
    rows = []
    with recording() as found:
        voa_judging.part_events("dev")
    verdicts = voa_judging.kept_verdicts().drop_duplicates(["sentence", "trigger"], keep="last")
    said = dict(zip(zip(verdicts["sentence"], verdicts["trigger"]), verdicts["is_event"]))
    rows += [labelled(event, told, said.get((event.sentence, event.trigger), "")) for event, told in found]
    sheets = [path for path in sorted((ROOT / "benchmarks" / "wire_judging").glob("*.csv")) if "dev" in path.stem]
    wire = pd.concat([pd.read_csv(path, dtype=str, keep_default_na=False) for path in sheets], ignore_index=True)
    wire = wire.drop_duplicates(["article_id", "start", "trigger"], keep="last")
    said = dict(zip(zip(wire["article_id"], wire["start"], wire["trigger"]), wire["is_event"]))
    for stories in (wire_judging.parts(), wire_judging.timebank_news()):
        with tempfile.TemporaryDirectory() as folder, recording() as found:
            wire_judging.as_reports(stories["dev"], Path(folder))
            from helpers.pipeline import run
            run([folder], progress=False)
        rows += [labelled(event, told, said.get((event.article_id, str(event.start), event.trigger), ""))
                 for event, told in found]
    table = pd.DataFrame(rows).fillna(0.0)
    return table[table["verdict"].isin(["y", "n"])].reset_index(drop=True)


def labelled(event, told: dict[str, float], verdict: str) -> dict:
    return {"article_id": event.article_id, "verdict": verdict, **told}


def fit(features: np.ndarray, no_event: np.ndarray, penalty: float = PENALTY, steps: int = 3000) -> np.ndarray:
    """Logistic regression by gradient descent; column 0 is the bias, which is not penalised."""
    weights = np.zeros(features.shape[1])
    for _ in range(steps):
        chance = 1 / (1 + np.exp(-features @ weights))
        gradient = features.T @ (chance - no_event) / len(no_event)
        gradient[1:] += penalty * weights[1:] / len(no_event)
        weights -= gradient
    return weights


def cross_validated(table: pd.DataFrame, names: list[str], shuffles: int = 5) -> dict:
    """AUC and the effect of removing the least confident rows, over folds of whole stories."""
    features = np.column_stack([np.ones(len(table)), table[names].to_numpy()])
    no_event = (table["verdict"] == "n").to_numpy(float)
    stories = np.array(sorted(set(table["article_id"])))
    figures = []
    for seed in range(shuffles):
        order = stories.copy()
        np.random.default_rng(seed).shuffle(order)
        score = np.zeros(len(table))
        for fold in np.array_split(order, 5):
            held = table["article_id"].isin(fold).to_numpy()
            score[held] = features[held] @ fit(features[~held], no_event[~held])
        figures.append(separation(score, no_event))
    return {key: round(float(np.mean([figure[key] for figure in figures])), 3) for key in figures[0]}


def separation(score: np.ndarray, no_event: np.ndarray) -> dict:
    """AUC of `score` (higher: more likely no event), then per share removed: its share of non-events and the
    non-events per 40 rows kept."""
    positive, negative = score[no_event == 1], score[no_event == 0]
    figures = {"auc": float((positive[:, None] > negative[None, :]).mean()
                            + 0.5 * (positive[:, None] == negative[None, :]).mean()),
               "no_event_per_40": 40 * float(no_event.mean())}
    for share in SHARES:
        removed = score >= np.quantile(score, 1 - share)
        figures[f"removed {share:.0%}: no event"] = float(no_event[removed].mean())
        figures[f"removed {share:.0%}: kept per 40"] = 40 * float(no_event[~removed].mean())
    return figures


def train(write: bool) -> int:
    table = judged_rows()
    names = sorted(column for column in table.columns if column not in {"article_id", "verdict"})
    print(f"{len(table)} judged development rows, {int((table['verdict'] == 'n').sum())} no event, "
          f"{table['article_id'].nunique()} stories, {len(names)} features")
    print(json.dumps(cross_validated(table, names)))
    if write:
        features = np.column_stack([np.ones(len(table)), table[names].to_numpy()])
        weights = fit(features, (table["verdict"] == "n").to_numpy(float))
        learned = {"bias": round(float(weights[0]), 4)} | {
            name: round(float(weight), 4) for name, weight in sorted(zip(names, weights[1:]), key=lambda p: p[1])}
        WEIGHTS_FILE.write_text(
            '"""The weights of helpers.events.confidence (a positive weight: more likely no event), written by '
            '`python\nbenchmarks/confidence.py train` from the judged development rows; do not edit by hand."""\n'
            f"WEIGHTS = {json.dumps(learned, indent=4)}\n", encoding="utf-8")
        print(f"weights -> {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


def measure() -> int:
    """The held-out VOA rows (bundled stories left out) with the kept verdicts: the figures of `voa_judging.py
    estimate` over the rows at or above each confidence."""
    events, bundled, _ = voa_judging.part_events("held-out")
    events = events[~events["article_id"].isin(bundled)].reset_index(drop=True)
    found = voa_judging.verdicts_for(events, voa_judging.kept_verdicts())
    for floor in (0.0, 0.5, 0.6, 0.7, 0.75, 0.8):
        kept = found[(events["confidence"] >= floor).to_numpy()]
        figures = {"at least": floor, "rows": len(kept)}
        for column in voa_judging.JUDGED:
            judged = kept.loc[kept[column] != "", column]
            share = (judged == "n").mean() if column == "is_event" else judged.isin(["y", "-"]).mean()
            figures[column] = round(40 * float(share), 1) if len(judged) else None
        print(json.dumps(figures))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["cv", "train", "measure"])
    arguments = parser.parse_args(argv)
    try:
        return measure() if arguments.command == "measure" else train(write=arguments.command == "train")
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
