"""What encryption adds to start-up: opening the same village data encrypted vs unencrypted.

    .venv/bin/python tests/benchmarks/bench_encryption.py [--runs 9] [--incidents 1000]

Each run starts a fresh Python process that imports what the app imports to open its data,
then opens, checks and migrates the database and reads the profile, and prints the time from
its own start. "encrypted" also unlocks the key file with the passphrase (Argon2id at the
shipped cost) before opening, as a user's start does; "unencrypted" opens an unencrypted copy
of the same data (as MODE LATIHAN does). Both alternate in the same run. Target (issue 7):
the median difference is at most 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "kebun kopi di bukit"

CHILD = """
import sys, time
start = time.perf_counter()
from desktop.paths import DataPaths
from desktop.storage import keystore, profile_store
from desktop.storage.db import UNPROTECTED
from desktop.storage.installation import Installation
paths = DataPaths.resolve(sys.argv[1])
key = keystore.unlock(paths, sys.argv[2]) if sys.argv[2] else UNPROTECTED
inst = Installation(paths, key)
inst.open()
profile_store.load_profile()
print(f"{time.perf_counter() - start:.6f}", flush=True)
inst.close()
"""


def child(data: Path, passphrase: str) -> float:
    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run cached bytecode
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), passphrase],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(out.stdout.strip())


def prepare(root: Path, incidents: int) -> tuple[Path, Path]:
    """The same village twice: one encrypted with a passphrase, one unencrypted copy."""
    from desktop.domain.training import TRAINING_PROFILE
    from desktop.paths import DataPaths
    from desktop.storage import incidents as store
    from desktop.storage import keystore, profile_store
    from desktop.storage.backup import export_copy
    from desktop.storage.db import UNPROTECTED
    from desktop.storage.installation import Installation

    encrypted = DataPaths.resolve(root / "terenkripsi")
    made = keystore.new_protection(encrypted, PASSPHRASE)
    inst = Installation(encrypted, made.key, new=True)
    inst.open()
    profile_store.save_profile(TRAINING_PROFILE)
    store.add_demo_records(incidents)
    inst.close()
    plain = DataPaths.resolve(root / "biasa")
    plain.ensure()
    export_copy(encrypted.database, made.key, plain.database, UNPROTECTED)
    # The unencrypted side takes its own daily backup on the warm-up run.
    plain.backups.mkdir(parents=True, exist_ok=True)
    return encrypted.root, plain.root


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--incidents", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        encrypted, plain = prepare(Path(tmp), args.incidents)
        child(encrypted, PASSPHRASE)  # warm-up: bytecode, disk cache, today's backups
        child(plain, "")
        with_key, without, added = [], [], []
        for _ in range(args.runs):
            e = child(encrypted, PASSPHRASE)
            p = child(plain, "")
            with_key.append(e)
            without.append(p)
            added.append(e - p)
    print(f"data: {args.incidents} incident records")
    print(f"unencrypted open: median {statistics.median(without) * 1000:.0f} ms")
    print(f"encrypted unlock + open: median {statistics.median(with_key) * 1000:.0f} ms")
    print(
        f"added by encryption: median {statistics.median(added) * 1000:.0f} ms "
        f"(min {min(added) * 1000:.0f}, max {max(added) * 1000:.0f}, {args.runs} runs)"
        " — target <= 500 ms"
    )
    return 0 if statistics.median(added) <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
