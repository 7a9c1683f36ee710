"""`make bench`: run every benchmark and write docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from benchmarks import client, fuzz, generate, serve, validate

OUT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def main() -> int:
    sections = [
        validate.report(validate.measure()),
        generate.report(generate.measure()),
        serve.report(serve.measure()),
        client.report(client.measure()),
    ]
    fuzzing = fuzz.measure()
    sections.append(fuzz.report(fuzzing))
    fuzz.write_detection(fuzzing)
    header = (
        "# Benchmarks\n\n"
        "Written by `make bench`; every target is a ratio against a peer measured in the same\n"
        f"run on the same machine (Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cores), but for the no-op generate time. Rates vary by some tens of\n"
        "percent between runs on a shared machine; the ratios are what to read.\n\n"
    )
    OUT.write_text(header + "\n".join(sections), encoding="utf-8")
    sys.stdout.write(OUT.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
