"""The Dask engine of ``plancheck run --engine dask``: the same per-file
function as the local engine, run on a Dask distributed cluster. Only file
paths go out and ready-to-store text comes back; the manifest and every
output are written here, exactly as with the local engine.

Workers must have plancheck installed and see the input files and the rules
directory at the same paths; the runner sends them absolute.
"""

from __future__ import annotations

from collections.abc import Iterator


class SchedulerUnreachable(Exception):
    """The Dask scheduler did not answer within the connect timeout."""


def dask_results(args: list[tuple], scheduler: str | None, workers: int, connect_timeout: float = 10.0) -> Iterator:
    """FileOutputs of ``parse_job(*arg)`` for every ``arg``, as they finish.

    ``scheduler``: the address of a running scheduler (tcp://host:8786); None
    starts a local cluster of ``workers`` processes for this run. A scheduler
    that does not answer within ``connect_timeout`` seconds is an error."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise SystemExit("plancheck: --engine dask needs dask[distributed]: pip install 'plancheck[dask]'") from None
    from .runner import _parse_job_star

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        try:
            client = Client(scheduler or cluster, timeout=connect_timeout)
        except (OSError, TimeoutError) as exc:
            raise SchedulerUnreachable(f"no Dask scheduler answered at {scheduler} within {connect_timeout:g} s ({type(exc).__name__})") from None
        with client:
            futures = client.map(_parse_job_star, args, pure=False, batch_size=64)
            for future in as_completed(futures):
                yield future.result()
                future.release()
    finally:
        if cluster is not None:
            cluster.close()
