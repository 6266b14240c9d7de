"""The timeline of more events than fit in memory: events kept on disk sorted by day, merged a day at a time."""
from __future__ import annotations

import heapq
import json
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from helpers.timeline import (EVENT_COLUMNS, TIMELINE_COLUMNS, TIMELINEJS_TAIL, ToldDays, Window, export_timeline,
                              timeline_groups, timeline_rows, timelinejs, timelinejs_events, timelinejs_head,
                              with_dates, within_window)

#: Rows read from each sorted run at a time while merging: memory is about runs x this x a row.
READ_ROWS = 128
#: Events given to build_timeline at a time (whole days; a day with more is given whole).
CHUNK_EVENTS = 2_000


class TimelineRuns:
    """Events added a batch at a time and written, dated ones only, as runs sorted by
    `date_start`; `write` merges the runs a day at a time into the timeline.

    Merging whole days at a time gives the rows `build_timeline` gives over all the events at
    once, because it only ever merges events that start on the same day, but for a mention dated by
    its report's publication, which may join a day told in the days before: ToldDays holds back the
    groups of the last REPORTED_DAYS until the next chunk is read. Within a day the events keep the order
    they were added in (run by run, each run in its own order). Memory holds READ_ROWS rows of each
    run and CHUNK_EVENTS events (or the busiest day) and the last days' groups, however many
    events there are.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.runs: list[Path] = []
        self.columns: list[str] = []

    def add(self, events: pd.DataFrame) -> None:
        self.columns = [column for column in events.columns if column in EVENT_COLUMNS]
        dated = events.loc[events["date_start"].notna(), self.columns]
        if dated.empty:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        run = self.folder / f"run-{len(self.runs):05d}.parquet"
        dated.sort_values("date_start", kind="stable").to_parquet(run, index=False)
        self.runs.append(run)

    def records(self) -> Iterator[dict]:
        """The added dated events as plain records, in date order; a day's events in the order
        they were added (heapq.merge takes equal days from the earlier run first)."""
        return heapq.merge(*(run_records(run) for run in self.runs), key=itemgetter("date_start"))

    def days(self) -> Iterator[pd.DataFrame]:
        """The added dated events, one frame per `date_start`, in date order."""
        for _, same_day in groupby(self.records(), key=itemgetter("date_start")):
            yield pd.DataFrame(list(same_day), columns=self.columns)

    def day_chunks(self) -> Iterator[pd.DataFrame]:
        """The added dated events in frames of whole days, each of at least CHUNK_EVENTS events
        but the last: a few large calls to build_timeline rather than one a day."""
        chunk: list[dict] = []
        for _, same_day in groupby(self.records(), key=itemgetter("date_start")):
            chunk.extend(same_day)
            if len(chunk) >= CHUNK_EVENTS:
                yield pd.DataFrame(chunk, columns=self.columns)
                chunk = []
        if chunk:
            yield pd.DataFrame(chunk, columns=self.columns)

    def day_groups(self, told: ToldDays, articles: pd.DataFrame) -> Iterator[list[list[dict]]]:
        """The groups of mentions of one event (helpers.timeline.timeline_groups), chunk by chunk, each chunk's once
        no later day can join them (see ToldDays)."""
        for events in self.day_chunks():
            yield told.ready(min(events["date_start"]))
            told.add(timeline_groups(events, articles))
        yield told.ready()

    def write(self, folder: Path, published: dict[str, str | None], *, window: Window | None = None) -> int:
        """Write timeline.csv, timeline.parquet and timeline.json (TimelineJS) into `folder`
        (a staging folder), a day at a time; return the number of rows. The files are the ones
        `export_timeline` writes for the whole timeline, byte for byte; with a `window`, for
        the rows within it (see helpers.timeline.within_window)."""
        folder = Path(folder)
        articles = pd.DataFrame({"article_id": list(published), "published": list(published.values())})
        rows, writer = 0, None
        with open(folder / "timeline.csv", "w", encoding="utf-8", newline="") as csv, \
                open(folder / "timeline.json", "w", encoding="utf-8") as timeline_json:
            timeline_json.write(timelinejs_head(timelinejs(pd.DataFrame(columns=TIMELINE_COLUMNS))))
            told = ToldDays()  # (a mention dated by its report may join a day told in the chunk before)
            for groups in self.day_groups(told, articles):
                timeline = within_window(timeline_rows(groups, articles), *(window or ()))
                if timeline.empty:
                    continue
                timeline.to_csv(csv, index=False, header=rows == 0)  # rows: written before this chunk
                table = pa.Table.from_pandas(with_dates(timeline), preserve_index=False)
                if writer is None:  # a column with no value on the first day holds text on later ones
                    schema = pa.schema([field.with_type(pa.string()) if pa.types.is_null(field.type) else field
                                        for field in table.schema], metadata=table.schema.metadata)
                    writer = pq.ParquetWriter(folder / "timeline.parquet", schema)
                writer.write_table(table.cast(writer.schema))
                timeline_json.write((",\n" if rows else "") + timelinejs_events(timelinejs(timeline)["events"]))
                rows += len(timeline)
            timeline_json.write(TIMELINEJS_TAIL)
        if writer is not None:
            writer.close()
        else:  # no dated event at all: the empty tables, with their columns
            export_timeline(pd.DataFrame(columns=TIMELINE_COLUMNS), folder)
        return rows


def run_records(run: Path) -> Iterator[dict]:
    """The events of one sorted run as plain records, read READ_ROWS rows at a time."""
    for batch in pq.ParquetFile(run).iter_batches(batch_size=READ_ROWS):
        yield from batch.to_pylist()
