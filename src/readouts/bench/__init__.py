"""``readouts bench``: throughput of ingest against spaCy alone on the same texts in the same
run (real corpus first, then a generated one), DuckDB write throughput, and filtered query
latency on a large synthetic store (DESIGN.md section 8). Timing is reported, never asserted:
ratios measured within one run are what carry over between machines."""

from .runner import BenchOptions, run_bench

__all__ = ["BenchOptions", "run_bench"]
