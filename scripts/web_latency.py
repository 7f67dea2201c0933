"""Latency of the HTTP API on a large synthetic store, in process (TestClient: routing,
validation, the store query and JSON encoding; no network). Prints the median of 5 calls.

    .venv/bin/python scripts/web_latency.py --events 1000000
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from readouts.bench.synthetic import synthetic_tables
from readouts.store import Store
from readouts.web import ServeConfig, create_app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "latency.duckdb"
        started = time.perf_counter()
        with Store(db) as store:
            store.write_tables(synthetic_tables(args.events))
        print(f"store of {args.events:,} events built in {time.perf_counter() - started:.1f} s")
        client = TestClient(create_app(ServeConfig(db=str(db))))
        actor = client.get("/api/actors", params={"limit": 1}).json()[0]["id"]
        calls = [
            ("/api/stats", {}),
            ("/api/events", {"limit": 50}),
            ("/api/events", {"country": "CHN", "type": "CONSULT", "limit": 50}),
            ("/api/events", {"actor": "Smith", "sort": "actor", "limit": 50}),
            ("/api/events", {"clustered": "true", "limit": 50}),
            ("/api/actors", {"country": "RUS", "limit": 50}),
            (f"/api/actors/{actor}", {}),
            ("/api/network", {"type": "ACCUSE", "from": "2020-01-01", "to": "2020-12-31"}),
            ("/api/network", {"max_edges": 200}),
            ("/api/locations", {"country": "UKR"}),
        ]
        for path, params in calls:
            times = []
            for _ in range(5):
                tick = time.perf_counter()
                response = client.get(path, params=params)
                times.append(time.perf_counter() - tick)
                assert response.status_code == 200, response.text
            shown = path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
            print(f"{statistics.median(times) * 1000:8.1f} ms  {shown}")


if __name__ == "__main__":
    main()
