"""The receiver under load, on this computer's loopback only (issue 14.6 and 14.9).

    .venv/bin/python tests/benchmarks/bench_receiver.py [--runs 3] [--uploads 300]
        [--slow 200] [--big 10] [--big-mb 99]

* load: ``--uploads`` uploads of 20 KB exports, 8 at a time, without and with ``--slow``
  connections open that never finish their headers (each from its own 127.0.x.y address, as
  from many computers); throughput, p50 and p99, medians of ``--runs`` runs. The same with
  the receiver as it was before issue 14 (uvicorn's own limits: ``limit_concurrency=64``, no
  guard) for comparison.
* memory: ``--big`` uploads of ``--big-mb`` MB at once to ``siaga-tppo receive`` in its own
  process: its peak resident memory (VmHWM).

Every loop is bounded in count and time; it sends nothing beyond 127.0.0.0/8.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from desktop.exchange.receiver.store import Quota  # noqa: E402
from tests.exchange.receiver_harness import (  # noqa: E402
    KUNGKAI,
    OTHERS,
    Figures,
    envelope_of,
    measure_uploads,
    receiver_process,
    running_receiver,
    slow_connections,
)


@contextlib.contextmanager
def as_before(root: Path, room: Quota):
    """The receiver's app served the way it was before issue 14: uvicorn's h11 protocol with
    ``limit_concurrency=64`` and no guard."""
    import uvicorn

    with running_receiver(root, quota=room) as receiver:
        port = receiver.server.config.port + 1
        app = receiver.server.config.app
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            limit_concurrency=64,
            log_level="warning",
            timeout_keep_alive=5,
            lifespan="off",
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            yield receiver, f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            thread.join(timeout=30)


def median_figures(runs: list[Figures]) -> Figures:
    statuses: dict[int, int] = {}
    for run in runs:
        for status, n in run.statuses.items():
            statuses[status] = statuses.get(status, 0) + n
    return Figures(
        runs[0].uploads,
        statistics.median(r.seconds for r in runs),
        statistics.median(r.p50 for r in runs),
        statistics.median(r.p99 for r in runs),
        statuses,
    )


def load(args: argparse.Namespace, tmp: Path) -> None:
    room = Quota(files=1_000_000, bytes=10**12)  # measured here: the door, not the quota
    with running_receiver(tmp / "load", quota=room, max_bytes=1024 * 1024) as receiver:
        tokens = {**receiver.others, KUNGKAI: receiver.token}
        calm = [measure_uploads(receiver.url, tokens, args.uploads, 8) for _ in range(args.runs)]
        print(median_figures(calm).line("guarded, no slow clients"), flush=True)
        busy = []
        for _ in range(args.runs):
            with slow_connections(receiver.url, args.slow):
                busy.append(measure_uploads(receiver.url, tokens, args.uploads, 8))
            time.sleep(0.5)
        print(median_figures(busy).line(f"guarded, {args.slow} slow clients"), flush=True)
    with as_before(tmp / "before", room) as (receiver, url):
        tokens = {**receiver.others, KUNGKAI: receiver.token}
        before = measure_uploads(url, tokens, args.uploads, 8)
        print(before.line("before issue 14, no slow clients"), flush=True)
        with slow_connections(url, args.slow):
            print(
                measure_uploads(url, tokens, args.uploads, 8).line(
                    f"before issue 14, {args.slow} slow clients"
                ),
                flush=True,
            )


def memory(args: argparse.Namespace, tmp: Path) -> None:
    codes = OTHERS[: args.big]
    size = args.big_mb * 1024 * 1024 - 4096
    bodies = [envelope_of(size, village=code) for code in codes]
    with receiver_process(tmp / "memory", "--max-mb", str(args.big_mb + 1)) as receiver:
        idle = receiver.status_kb("VmRSS:") / 1024

        def post(body: bytes, code: str, n: int) -> int:
            headers = {"Authorization": f"Bearer {receiver.tokens[code]}"}
            # each from its own address, as from its own village
            transport = httpx.HTTPTransport(local_address=f"127.0.3.{n + 2}")
            with httpx.Client(transport=transport, timeout=600) as client:
                url = f"{receiver.url}/api/v1/exports"
                return client.post(url, content=body, headers=headers).status_code

        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(len(bodies)) as pool:
            statuses = list(pool.map(post, bodies, codes, range(len(bodies))))
        took = time.perf_counter() - start
        peak = receiver.status_kb("VmHWM:") / 1024
    print(
        f"memory: {len(bodies)} uploads of {args.big_mb} MB at once in {took:.1f} s, statuses "
        f"{sorted(set(statuses))}; receiver resident memory {idle:.0f} MB idle, peak {peak:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--uploads", type=int, default=300)
    parser.add_argument("--slow", type=int, default=200)
    parser.add_argument("--big", type=int, default=10)
    parser.add_argument("--big-mb", type=int, default=99)
    args = parser.parse_args()
    args.big = min(args.big, len(OTHERS))
    with tempfile.TemporaryDirectory() as folder:
        load(args, Path(folder))
        memory(args, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
