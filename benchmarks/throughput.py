"""Reports per second and peak memory of `python -m helpers run` on a synthetic corpus of 1,000 and 10,000 reports.

The corpus is the bundled reports (data/raw) copied over and over into a temporary folder, each
copy's publication date shifted by a different number of days and a numbered sentence appended,
so every copy is a new report to the cache. For each size it measures:

- bare: `nlp.pipe` over the same texts with the same loaded pipeline (the ceiling);
- full: one worker, no cache, in a fresh process (its peak RSS is read from
  `resource.getrusage(RUSAGE_CHILDREN)` before any other child has run at that size);
- two workers: `--workers 2` (it also fills a cache folder);
- cached: one worker again with that cache: every report is a hit;
- dask: `--backend dask --workers 2`, a LocalCluster of two worker processes (no cache).

Each run is `python -m helpers run` in a fresh process, timed from start to exit (interpreter,
imports and model loading included): reports read, analysed and written a batch at a time.

Prints a table and, last, a JSON line with `full_vs_bare`, `two_workers_speedup`, `dask_vs_local`
(Dask's two workers over the local two), `cached_speedup` and `rss_growth_10x` (ratios at the
largest size; memory: largest size over smallest).
`--quick` uses 200 and 2,000 reports. Each figure is one run, not a best of several.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.paths import DATA_RAW  # noqa: E402
from helpers.reading import read_reports  # noqa: E402

SUMMARY = re.compile(r"^(?P<reports>\d+) reports read, (?P<rejected>\d+) rejected, (?P<cached>\d+) cached, "
                     r"(?P<processed>\d+) processed, (?P<events>\d+) events, (?P<rows>\d+) timeline rows", re.MULTILINE)


def build_corpus(folder: Path, size: int) -> Path:
    """`size` reports in `folder`: copies of the bundled ones, each with its own date and a numbered sentence."""
    bundled, _ = read_reports([DATA_RAW])
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(size):
        article = bundled[number % len(bundled)]
        copy = number // len(bundled)
        published = article.published + timedelta(days=copy) if article.published else None
        header = f"date: {published.isoformat()}\n" if published else ""
        text = (f"{header}title: {article.title or 'Untitled'}\nsource: {article.source or 'synthetic'}\n\n"
                f"{article.body.strip()}\n\nThis is synthetic report number {number}.\n")
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def child_run(folder: Path, out: Path, *, workers: int = 1, cache: Path | None = None, backend: str = "local") -> dict:
    """`python -m helpers run` in a fresh process, progress bar and all (stderr kept in
    OUT.log): wall time from start to exit, the interpreter and the model's loading included."""
    command = [sys.executable, "-m", "helpers", "run", str(folder), "--out", str(out), "--workers", str(workers),
               "--backend", backend, *(["--cache", str(cache)] if cache else ["--no-cache"])]
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    Path(f"{out}.log").write_text(completed.stderr, encoding="utf-8")
    found = SUMMARY.search(completed.stderr)
    if completed.returncode != 0 or found is None:
        raise SystemExit(f"child run failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    progress = [line for line in completed.stderr.replace("\r", "\n").splitlines() if line.startswith("reports:")]
    return {"seconds": seconds, **{name: int(value) for name, value in found.groupdict().items()},
            "progress": progress[-1].strip() if progress else ""}


def bare_seconds(folder: Path) -> float:
    """Seconds `nlp.pipe` takes over the reports' texts, model already loaded (reading not counted)."""
    from helpers.nlp import load_model

    articles, _ = read_reports([folder])
    nlp = load_model()
    bodies = [article.body for article in articles]
    list(nlp.pipe(bodies[:4]))  # warm up
    started = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=16):
        pass
    return time.perf_counter() - started


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="200 and 2,000 reports instead of 1,000 and 10,000")
    parser.add_argument("--sizes", type=int, nargs="+", default=None, help="corpus sizes (overrides --quick)")
    arguments = parser.parse_args()
    sizes = arguments.sizes or ([200, 2_000] if arguments.quick else [1_000, 10_000])
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsline-bench-") as temporary:
        work = Path(temporary)
        folders = {size: build_corpus(work / f"corpus-{size}", size) for size in sizes}
        # Peak RSS first, smallest size first: RUSAGE_CHILDREN is the largest of all children so far.
        full, rss = {}, {}
        for size in sizes:
            log(f"{size}: full pipeline, 1 worker, no cache")
            full[size] = child_run(folders[size], work / f"out-full-{size}")
            rss[size] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB -> MiB on Linux
            log(f"{size}: {full[size]['seconds']:.1f} s, peak RSS {rss[size]:.0f} MiB; {full[size]['events']} events, "
                f"{full[size]['rows']} timeline rows; last progress line: {full[size]['progress']}")
        for size in sizes:
            log(f"{size}: two workers (filling a cache)")
            two = child_run(folders[size], work / f"out-two-{size}", workers=2, cache=work / f"cache-{size}")
            log(f"{size}: {two['seconds']:.1f} s; cached re-run")
            cached = child_run(folders[size], work / f"out-cached-{size}", cache=work / f"cache-{size}")
            assert cached["processed"] == 0, cached
            log(f"{size}: {cached['seconds']:.1f} s; Dask LocalCluster, two worker processes")
            dask = child_run(folders[size], work / f"out-dask-{size}", workers=2, backend="dask")
            log(f"{size}: {dask['seconds']:.1f} s; bare nlp.pipe")
            bare = bare_seconds(folders[size])
            log(f"{size}: bare {bare:.1f} s")
            rows.append({"reports": size, "bare_s": bare, "full_s": full[size]["seconds"], "two_workers_s": two["seconds"],
                         "cached_s": cached["seconds"], "dask_s": dask["seconds"], "rss_mib": rss[size]})
    print(f"{'reports':>8} {'bare s':>8} {'full s':>8} {'2 workers s':>12} {'dask 2w s':>10} {'cached s':>9} "
          f"{'bare rep/s':>11} {'full rep/s':>11} {'2w rep/s':>9} {'dask rep/s':>11} {'RSS MiB':>8}")
    for row in rows:
        n = row["reports"]
        print(f"{n:>8} {row['bare_s']:>8.1f} {row['full_s']:>8.1f} {row['two_workers_s']:>12.1f} {row['dask_s']:>10.1f} "
              f"{row['cached_s']:>9.1f} {n / row['bare_s']:>11.1f} {n / row['full_s']:>11.1f} "
              f"{n / row['two_workers_s']:>9.1f} {n / row['dask_s']:>11.1f} {row['rss_mib']:>8.0f}")
    largest, smallest = rows[-1], rows[0]
    print(json.dumps({
        "sizes": sizes,
        # the definition: full-pipeline reports/s over bare reports/s (1.0 = no overhead)
        "full_vs_bare": round(largest["bare_s"] / largest["full_s"], 2),
        "two_workers_speedup": round(largest["full_s"] / largest["two_workers_s"], 2),
        "cached_speedup": round(largest["full_s"] / largest["cached_s"], 1),
        "rss_growth_10x": round(largest["rss_mib"] / smallest["rss_mib"], 2) if len(rows) > 1 else None,
        "reports_per_s": {str(row["reports"]): round(row["reports"] / row["full_s"], 1) for row in rows},
        "rss_mib": {str(row["reports"]): round(row["rss_mib"]) for row in rows},
        # Dask LocalCluster with two worker processes over the local backend with two workers
        "dask_vs_local": round(largest["two_workers_s"] / largest["dask_s"], 2),
    }))


if __name__ == "__main__":
    main()
