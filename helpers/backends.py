"""Where reports are parsed: in this process, in worker processes, or on a Dask cluster.

Every backend takes chunks of articles and gives back, per article, its (entities, timexes,
events) tables or the error (a str) that stopped its analysis. Chunks are handed out as they
come and their results taken back in the order they were given, with only a few chunks in
flight at a time, so a run over any number of reports holds a bounded number of them.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from typing import Callable, Iterable, Iterator

from helpers.geography import UserPlace
from helpers.nlp import load_model

#: Reports sent to a worker at a time: large enough to keep nlp.pipe batching, small enough to balance.
CHUNK_REPORTS = 32
BACKENDS = ("local", "dask")


def in_order(chunks: Iterable, submit: Callable, result: Callable, *, window: int) -> Iterator:
    """Submit `chunks` one by one, never more than `window` unfinished, and yield each one's
    result in submission order (a slow chunk holds back the ones after it, not the workers)."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


class InProcess:
    """Parse in this process with one loaded model (the default: no start-up cost). `places`: the
    rows of a user's places file the model's gazetteer has (see helpers.nlp.load_model)."""

    def __init__(self, *, model: str | None, max_chars: int | None, rows_of: Callable,
                 places: tuple[UserPlace, ...] = ()):
        self.model, self.max_chars, self.rows_of, self.places = model, max_chars, rows_of, places
        self.window = 1

    def __enter__(self):
        return self

    def __exit__(self, *problem) -> None:
        return None

    def submit(self, chunk: list):
        return list(self.rows_of(chunk, load_model(self.model, places=self.places), max_chars=self.max_chars))

    @staticmethod
    def result(handle: list) -> list:
        return handle


class Processes(InProcess):
    """Parse in `workers` processes started with "spawn", each loading the model once.

    "spawn", not "fork": a forked copy of a loaded spaCy pipeline is not something to rely on,
    and spawn behaves the same on Linux, macOS and Windows. The pool starts with the first chunk.
    """

    def __init__(self, workers: int, **options):
        super().__init__(**options)
        self.workers, self.pool = workers, None
        self.window = 2 * workers

    def __exit__(self, *problem) -> None:
        if self.pool is None:
            return
        if problem[0] is not None:  # stopped by an error: do not wait for the chunks in flight
            self.pool.terminate()
        else:
            self.pool.close()
        self.pool.join()

    def submit(self, chunk: list):
        if self.pool is None:
            load_model(self.model, places=self.places)  # fail here, with the helpful message, not in a worker
            self.pool = multiprocessing.get_context("spawn").Pool(
                self.workers, initializer=_start_worker, initargs=(self.model, self.places))
        return self.pool.apply_async(_worker_rows, (chunk,), {"max_chars": self.max_chars, "rows_of": self.rows_of})

    @staticmethod
    def result(handle) -> list:
        return handle.get()


class Dask(InProcess):
    """Parse on a Dask distributed cluster: the one at `scheduler` (an address such as
    tcp://10.0.0.5:8786), else a LocalCluster of `workers` processes with one thread each.

    Each worker process loads the model once (load_model is cached per process) and parses one
    chunk at a time; the tables come back to this process, which writes them.
    """

    def __init__(self, workers: int, *, scheduler: str | None = None, **options):
        super().__init__(**options)
        self.workers, self.scheduler = workers, scheduler
        self.client = self.cluster = None

    def __enter__(self):
        from distributed import Client, LocalCluster  # imported here: only this backend needs Dask

        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            # the dashboard on a free port: Dask's own 8787 may be taken (another cluster, a second notebook),
            # and the warning it then prints lands in a notebook's output (None does not turn the dashboard off);
            # logs only when critical: a worker's heartbeat that meets the scheduler already closed logs an ERROR
            # with a traceback on a busy machine, which landed in notebook 06 (a task's own error reaches result())
            self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                        dashboard_address=":0", silence_logs=50)
            self.client = Client(self.cluster)
        threads = sum(self.client.nthreads().values())
        self.window = 2 * max(1, threads)
        return self

    def __exit__(self, *problem) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def submit(self, chunk: list):
        return self.client.submit(_dask_rows, chunk, model=self.model, places=self.places,
                                  max_chars=self.max_chars, rows_of=self.rows_of, pure=False)

    @staticmethod
    def result(handle) -> list:
        return handle.result()


def backend(name: str, *, workers: int, scheduler: str | None, **options) -> InProcess:
    """The backend called `name` ("local" or "dask"), ready to use in a `with` block."""
    if name == "dask":
        return Dask(workers, scheduler=scheduler, **options)
    if name != "local":
        raise ValueError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")
    if scheduler:
        raise ValueError("--scheduler is for the dask backend")
    return Processes(workers, **options) if workers > 1 else InProcess(**options)


_WORKER_MODEL: list = []  # the model name and user's places a worker process was started with
_PARSE_LOCK = threading.Lock()  # a Dask worker with several threads parses one chunk at a time


def _start_worker(model: str | None, places: tuple[UserPlace, ...] = ()) -> None:
    _WORKER_MODEL[:] = [model, places]
    load_model(model, places=places)


def _worker_rows(chunk: list, *, max_chars: int | None, rows_of: Callable) -> list:
    model, places = _WORKER_MODEL
    return list(rows_of(chunk, load_model(model, places=places), max_chars=max_chars))


def _dask_rows(chunk: list, *, model: str | None, places: tuple[UserPlace, ...] = (), max_chars: int | None,
               rows_of: Callable) -> list:
    with _PARSE_LOCK:
        return list(rows_of(chunk, load_model(model, places=places), max_chars=max_chars))

