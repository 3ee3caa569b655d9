"""The Dask cluster the benchmarks' sweeps run on: a local one, or an existing one by address.

A sweep evaluates its candidates through a pure function of plain data (STYLE 12) that
lives under `tests/` (`corpus.sweep`, `fuzz.differential`), which is not an installed
package: every process that unpickles a task must find it. A local cluster's workers are
spawned by multiprocessing, which starts them with this process's `sys.path` (it replaces
the one their environment's `PYTHONPATH` would give), so the folders go on both, before the
cluster starts: `sys.path` for the workers, `PYTHONPATH` for anything they start in turn.
The scheduler (it unpickles task graphs too) and workers of an existing cluster get them
prepended to their `sys.path`: they must see this checkout at the same path, as a
`dask scheduler` and `dask worker` on this machine do; workers that join later need
`PYTHONPATH` themselves.

A local cluster's workers have no memory limit of their own: Dask would otherwise restart a
worker holding one large program (a 1024 x 512 x 512 grid of the corpus) at its share of
the machine, retry the task and give up.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from distributed import Client

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


def _prepend_pythonpath(entries: Sequence[str]) -> None:
    """Put `entries` first on `PYTHONPATH`, once each, for the processes started from now."""
    current = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [*entries, *(p for p in current if p not in entries)]
    )


def _sys_path_adder(entries: Sequence[str]) -> Callable[[], None]:
    """A function that prepends `entries` to a process's `sys.path`; nested, so cloudpickle
    sends it by value (the scheduler and workers cannot import this file)."""
    paths = list(entries)

    def add() -> None:
        for entry in reversed(paths):
            if entry not in sys.path:
                sys.path.insert(0, entry)

    return add


def connect(
    scheduler: str | None = None, workers: int = 2, paths: Sequence[Path] = (TESTS,)
) -> Client:
    """A client of a new local cluster of `workers` processes with one thread each, or of
    the scheduler at address `scheduler`; either way its workers can import from `paths`.

    Use it as a context manager: closing the client also stops a local cluster it started.
    """
    entries = [str(p) for p in paths]
    add = _sys_path_adder(entries)
    add()
    _prepend_pythonpath(entries)
    if scheduler is not None:
        client = Client(scheduler)
        client.run_on_scheduler(add)
        client.run(add)
        return client
    return Client(
        n_workers=max(workers, 1),
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        memory_limit=0,  # a large program may take most of the machine (issue 15 bounds it)
    )
