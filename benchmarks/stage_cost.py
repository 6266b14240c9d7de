"""What each stage after spaCy costs next to the spaCy pass: entities, time, events and the timeline.

    python benchmarks/stage_cost.py [--repeats 7] [--voa]

On the bundled reports (data/raw), or with --voa on the 77 real Voice of America stories of ../shared/voa
(their `published` timestamp read as the date; says so and stops when ../shared is missing). Each stage is
repeated and its best pass kept, so a busy machine inflates neither side; the stages take turns (spaCy, entities,
time, events, timeline, then again), so a machine that slows down for a while weighs on all of them alike. Prints a
table and, last, a JSON line with each stage's seconds and its share of the spaCy pass;
`events_and_timeline_vs_spacy` is issue 13's figure (goal: at most 0.15), `time_vs_spacy` issue 3's (under 0.10).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.entities import entity_rows  # noqa: E402
from helpers.events import events_of, events_table  # noqa: E402
from helpers.nlp import load_model  # noqa: E402
from helpers.paths import DATA_RAW  # noqa: E402
from helpers.reading import articles_table, read_reports  # noqa: E402
from helpers.timeline import build_timeline  # noqa: E402
from helpers.timex import timexes_of  # noqa: E402

VOA = ROOT.parent / "shared" / "voa" / "voa_stories.jsonl"


def best_of(repeats: int, work) -> tuple[float, object]:
    """The best time of `repeats` runs of `work`, and its result (benchmarks/time_cost.py times its two stages so)."""
    best, result = float("inf"), None
    for _ in range(repeats):
        seconds, result = timed(work)
        best = min(best, seconds)
    return best, result


def timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def voa_reports(folder: Path) -> Path:
    """The VOA stories as a JSONL table the kit reads (a `date` column from `published`)."""
    table = folder / "voa.jsonl"
    with VOA.open(encoding="utf-8") as lines, table.open("w", encoding="utf-8") as out:
        for line in lines:
            if line.strip():
                story = json.loads(line)
                out.write(json.dumps({**story, "date": story["published"][:10]}) + "\n")
    return table


def measure(inputs: list[Path], repeats: int) -> dict:
    articles, _ = read_reports(inputs)
    nlp = load_model()
    bodies = [article.body for article in articles]
    list(nlp.pipe(bodies[:2]))  # warm up
    best = dict.fromkeys(("spacy", "entities", "time", "events", "timeline"), float("inf"))
    for _ in range(repeats):  # (the stages in turn, each pass: a machine slowing down weighs on them alike)
        seconds = {}
        seconds["spacy"], docs = timed(lambda: list(nlp.pipe(bodies, batch_size=16)))
        pairs = list(zip(docs, articles))
        seconds["entities"], _ = timed(lambda: [entity_rows(doc, article_id=a.article_id) for doc, a in pairs])
        seconds["time"], timexes = timed(lambda: [timexes_of(doc, published=a.published) for doc, a in pairs])
        seconds["events"], events = timed(lambda: [events_of(doc, found, article_id=a.article_id,
                                                             published=a.published)
                                                   for (doc, a), found in zip(pairs, timexes)])
        table = events_table([event for found in events for event in found])
        articles_frame = articles_table(articles)
        seconds["timeline"], timeline = timed(lambda: build_timeline(table, articles_frame))
        best = {stage: min(best[stage], seconds[stage]) for stage in best}
    spacy_seconds, entity_seconds, time_seconds, event_seconds, timeline_seconds = best.values()
    figures = {"reports": len(articles), "chars": sum(map(len, bodies)), "events": len(table),
               "timeline_rows": len(timeline), "spacy_seconds": spacy_seconds, "entities_seconds": entity_seconds,
               "time_seconds": time_seconds, "events_seconds": event_seconds, "timeline_seconds": timeline_seconds}
    for stage in ("entities", "time", "events", "timeline"):
        figures[f"{stage}_vs_spacy"] = figures[f"{stage}_seconds"] / spacy_seconds
    figures["events_and_timeline_vs_spacy"] = (event_seconds + timeline_seconds) / spacy_seconds
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--voa", action="store_true", help="the 77 VOA stories of ../shared/voa instead")
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        if arguments.voa and not VOA.exists():
            print(f"error: the VOA stories are not at {VOA} (expected ../shared beside the repo)", file=sys.stderr)
            return 1
        inputs = [voa_reports(Path(folder))] if arguments.voa else [DATA_RAW]
        figures = measure(inputs, arguments.repeats)
    print(f"{figures['reports']} reports, {figures['chars']:,} characters, {figures['events']} events, "
          f"{figures['timeline_rows']} timeline rows; best of {arguments.repeats} passes")
    print(f"{'stage':<10} {'seconds':>8} {'of spaCy':>9}")
    print(f"{'spaCy':<10} {figures['spacy_seconds']:>8.3f} {1:>9.3f}")
    for stage in ("entities", "time", "events", "timeline"):
        print(f"{stage:<10} {figures[f'{stage}_seconds']:>8.3f} {figures[f'{stage}_vs_spacy']:>9.3f}")
    print(json.dumps({key: round(value, 4) if isinstance(value, float) else value for key, value in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
