"""How long `make run` takes and how big its pages are: the pipeline, then every notebook rendered to HTML.

    python benchmarks/render_pages.py [REPORTS] [--cold]

On the bundled reports (data/raw) unless a folder or file of reports is given. Runs what `make run` runs,
`python -m helpers run` then `python -m helpers render`, into a scratch folder (the repository's own
data/processed and reports/ are left alone), each step timed end to end as a user waits for it. With
--cold the analysis cache is a fresh folder too, so nothing is reused; by default the user's cache is
used as `make run` uses it. Prints each step's seconds, each page's size, and last a JSON line; issue 15's
goals are `render_seconds` under 120 for the bundled reports and `pages_mb` under 15.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], environment: dict[str, str]) -> float:
    """Run a command from the repository's root, its output shown; its wall-clock seconds."""
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, env=environment)
    if completed.returncode not in (0, 2):  # 2: some reports were refused, as make run allows
        sys.exit(f"failed ({completed.returncode}): {' '.join(command)}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="?", type=Path, default=ROOT / "data" / "raw")
    parser.add_argument("--cold", action="store_true", help="a fresh analysis cache: nothing reused")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsline-render-") as scratch:
        scratch = Path(scratch)
        environment = dict(os.environ)
        if arguments.cold:
            environment["XDG_CACHE_HOME"] = str(scratch / "cache")
        python = sys.executable
        tables, html = scratch / "tables", scratch / "html"
        pipeline = timed([python, "-m", "helpers", "run", str(arguments.reports.resolve()), "--out", str(tables),
                          "--quiet"], environment)
        render = timed([python, "-m", "helpers", "render", "--reports", str(arguments.reports.resolve()),
                        "--out", str(tables), "--html", str(html), "--build", str(scratch / "build")], environment)
        sizes = {page.name: page.stat().st_size for page in sorted(html.glob("*.html"))}
    print(f"\nreports: {arguments.reports}{' (cold cache)' if arguments.cold else ''}")
    print(f"pipeline {pipeline:6.1f} s\nrender   {render:6.1f} s\ntotal    {pipeline + render:6.1f} s")
    for name, size in sizes.items():
        print(f"  {name:40s} {size / 1e6:6.2f} MB")
    total = sum(sizes.values()) / 1e6
    print(f"  {'all pages':40s} {total:6.2f} MB")
    print(json.dumps({"reports": str(arguments.reports), "cold": arguments.cold, "pipeline_seconds": round(pipeline, 1),
                      "render_seconds": round(render, 1), "total_seconds": round(pipeline + render, 1),
                      "pages": len(sizes), "pages_mb": round(total, 2)}))


if __name__ == "__main__":
    main()
