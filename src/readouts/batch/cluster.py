"""Starting or joining the Ray cluster a batch job runs on.

No address (and no ``RAY_ADDRESS``): a local Ray instance sized to this machine, shut down
when the job ends. ``auto`` joins the cluster started on this machine with ``ray start``;
``ray://host:10001`` connects through Ray Client; ``host:6379`` joins as a driver.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError

# A batch job passes only shard descriptions and counts through the object store.
_LOCAL_OBJECT_STORE = 256 * 1024 * 1024


@dataclass(frozen=True)
class Cluster:
    address: str  # "local" for a Ray instance started by this job
    nodes: int
    cpus: int
    start_seconds: float

    def describe(self) -> dict[str, Any]:
        return {"address": self.address, "nodes": self.nodes, "cpus": self.cpus}


def _import_ray() -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "WARNING")
    try:
        import ray
    except ImportError:  # pragma: no cover - ray is a dependency; this guards broken installs
        raise UsageError(
            "Ray is not installed: pip install 'ray[data]' (setup.sh installs it)"
        ) from None
    return ray


@contextmanager
def ray_cluster(address: str | None, workers: int) -> Iterator[Cluster]:
    """A connected Ray cluster for the ``with`` block; a local one is shut down after it."""
    ray = _import_ray()
    address = address or os.environ.get("RAY_ADDRESS") or None
    started = time.perf_counter()
    own = not ray.is_initialized()
    if own:
        if address:
            ray.init(address=address, logging_level="WARNING", log_to_driver=False)
        else:
            ray.init(
                num_cpus=max(workers, os.cpu_count() or 1),
                include_dashboard=False,
                object_store_memory=_LOCAL_OBJECT_STORE,
                logging_level="WARNING",
                log_to_driver=False,
            )
    try:
        nodes = [node for node in ray.nodes() if node.get("Alive")]
        cpus = int(ray.cluster_resources().get("CPU", 0))
        yield Cluster(
            address=address or ("local" if own else "connected"),
            nodes=len(nodes),
            cpus=cpus,
            start_seconds=round(time.perf_counter() - started, 2),
        )
    finally:
        if own:
            ray.shutdown()


__all__ = ["Cluster", "ray_cluster"]
