"""The timeline of more events than fit in memory: events kept on disk sorted by day, merged a day at a time."""
from __future__ import annotations

import heapq
import json
from itertools import groupby
from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from helpers.timeline import TIMELINE_COLUMNS, build_timeline, export_timeline, timelinejs

#: Rows read from each sorted run at a time while merging: memory is about runs x this x a row.
READ_ROWS = 128
#: Events given to build_timeline at a time (whole days; a day with more is given whole).
CHUNK_EVENTS = 2_000


class TimelineRuns:
    """Events added a batch at a time and written, dated ones only, as runs sorted by
    `date_start`; `write` merges the runs a day at a time into the timeline.

    Merging whole days at a time gives the rows `build_timeline` gives over all the events at
    once, because it only ever merges events that start on the same day; within a day the
    events keep the order they were added in (run by run, each run in its own order). Memory
    holds READ_ROWS rows of each run and CHUNK_EVENTS events (or the busiest day), however
    many events there are.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.runs: list[Path] = []

    def add(self, events: pd.DataFrame) -> None:
        dated = events[events["date_start"].notna()]
        if dated.empty:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        run = self.folder / f"run-{len(self.runs):05d}.parquet"
        dated.sort_values("date_start", kind="stable").to_parquet(run, index=False)
        self.runs.append(run)

    def days(self) -> Iterator[pd.DataFrame]:
        """The added dated events, one frame per `date_start`, in date order."""
        cursors = [day_groups(run, index) for index, run in enumerate(self.runs)]
        merged = heapq.merge(*cursors, key=lambda item: (item[0], item[1]))
        for _, same_day in groupby(merged, key=lambda item: item[0]):
            yield pd.concat([frame for _, _, frame in same_day], ignore_index=True)

    def day_chunks(self) -> Iterator[pd.DataFrame]:
        """The added dated events in frames of whole days, each of at least CHUNK_EVENTS events
        but the last: fewer, larger calls to build_timeline than one a day."""
        chunk: list[pd.DataFrame] = []
        size = 0
        for day in self.days():
            chunk.append(day)
            size += len(day)
            if size >= CHUNK_EVENTS:
                yield pd.concat(chunk, ignore_index=True)
                chunk, size = [], 0
        if chunk:
            yield pd.concat(chunk, ignore_index=True)

    def write(self, folder: Path, published: dict[str, str | None]) -> int:
        """Write timeline.csv, timeline.parquet and timeline.json (TimelineJS) into `folder`
        (a staging folder), a day at a time; return the number of rows. The files are the ones
        `export_timeline` writes for the whole timeline, byte for byte."""
        folder = Path(folder)
        articles = pd.DataFrame({"article_id": list(published), "published": list(published.values())})
        rows, writer = 0, None
        with open(folder / "timeline.csv", "w", encoding="utf-8", newline="") as csv, \
                open(folder / "timeline.json", "w", encoding="utf-8") as timeline_json:
            head = json.dumps(timelinejs(pd.DataFrame(columns=TIMELINE_COLUMNS)), ensure_ascii=False, indent=1)
            timeline_json.write(head[:head.rindex('"events": [')] + '"events": [')
            for events in self.day_chunks():
                timeline = build_timeline(events, articles)
                if timeline.empty:
                    continue
                timeline.to_csv(csv, index=False, header=rows == 0)
                table = pa.Table.from_pandas(with_dates(timeline), preserve_index=False)
                if writer is None:  # a column with no value on the first day holds text on later ones
                    schema = pa.schema([field.with_type(pa.string()) if pa.types.is_null(field.type) else field
                                        for field in table.schema], metadata=table.schema.metadata)
                    writer = pq.ParquetWriter(folder / "timeline.parquet", schema)
                writer.write_table(table.cast(writer.schema))
                for event in timelinejs(timeline)["events"]:
                    text = json.dumps(event, ensure_ascii=False, indent=1).replace("\n", "\n  ")
                    timeline_json.write(("," if rows else "") + "\n  " + text)
                    rows += 1
            timeline_json.write("\n ]\n}" if rows else "]\n}")
        if writer is not None:
            writer.close()
        else:  # no dated event at all: the empty tables, with their columns
            export_timeline(pd.DataFrame(columns=TIMELINE_COLUMNS), folder)
        return rows


def with_dates(timeline: pd.DataFrame) -> pd.DataFrame:
    """The timeline with its date columns as dates (what timeline.parquet holds)."""
    frame = timeline.copy()
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def day_groups(run: Path, index: int) -> Iterator[tuple[str, int, pd.DataFrame]]:
    """(date_start, run index, that day's events) for one sorted run, read READ_ROWS rows at a time."""
    pending: list[pd.DataFrame] = []
    pending_day = None
    for batch in pq.ParquetFile(run).iter_batches(batch_size=READ_ROWS):
        frame = batch.to_pandas()
        for day, rows in frame.groupby("date_start", sort=False):
            if pending and day != pending_day:
                yield pending_day, index, pd.concat(pending, ignore_index=True)
                pending = []
            pending_day = day
            pending.append(rows)
    if pending:
        yield pending_day, index, pd.concat(pending, ignore_index=True)
