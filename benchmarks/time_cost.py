"""What the time stage costs next to the spaCy pass it follows, on the bundled reports.

Prints a table and, last, a JSON line with `time_vs_spacy` (time stage seconds / spaCy seconds).
The issue's goal: under 0.10. Each pass is repeated (7 times unless --repeats says) and the best is kept, so a
busy machine does not inflate either side.
"""
from __future__ import annotations

import argparse
import json

from helpers.nlp import load_model
from helpers.paths import DATA_RAW
from helpers.reading import read_reports
from helpers.timex import timexes_of
from stage_cost import best_of  # benchmarks/ is on the path of a script run from it


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    arguments = parser.parse_args()
    articles, _ = read_reports([DATA_RAW])
    nlp = load_model()
    bodies = [article.body for article in articles]
    list(nlp.pipe(bodies[:2]))  # warm up
    spacy_seconds, docs = best_of(arguments.repeats, lambda: list(nlp.pipe(bodies, batch_size=16)))
    time_seconds, found = best_of(arguments.repeats, lambda: [
        timexes_of(doc, published=article.published) for doc, article in zip(docs, articles)])
    expressions = sum(len(timexes) for timexes in found)
    print(f"{'reports':>8} {'chars':>9} {'spaCy s':>8} {'time s':>8} {'ratio':>6} {'timexes':>8}")
    print(f"{len(articles):>8} {sum(map(len, bodies)):>9,} {spacy_seconds:>8.3f} {time_seconds:>8.3f} "
          f"{time_seconds / spacy_seconds:>6.3f} {expressions:>8}")
    print(json.dumps({"reports": len(articles), "spacy_seconds": round(spacy_seconds, 4),
                      "time_seconds": round(time_seconds, 4),
                      "time_vs_spacy": round(time_seconds / spacy_seconds, 4), "timexes": expressions}))


if __name__ == "__main__":
    main()
