"""`generate` of all four APIs, cold and no-op, against running openapi-python-client's and
datamodel-codegen's CLIs once per spec, in the same run."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))


def _wall(command: list[str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, timeout=900)
    return time.perf_counter() - start


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        naive = 0.0
        for spec in SPECS:
            naive += _wall(
                [
                    str(BIN / "openapi-python-client"),
                    "generate",
                    "--path",
                    str(spec),
                    "--meta",
                    "none",
                    "--output-path",
                    str(out / f"opc-{spec.stem}"),
                    "--overwrite",
                ]
            )
            naive += _wall(
                [
                    str(BIN / "datamodel-codegen"),
                    "--input",
                    str(spec),
                    "--input-file-type",
                    "openapi",
                    "--output-model-type",
                    "pydantic_v2.BaseModel",
                    "--output",
                    str(out / f"{spec.stem}.py"),
                ]
            )
        generate = [sys.executable, "-m", "generator", "generate", "--output", str(out / "ours")]
        cold = _wall([*generate, "--force"])
        noop = min(_wall(generate) for _ in range(3))
    return {"naive": naive, "cold": cold, "noop": noop}


def report(r: dict[str, Any]) -> str:
    ratio = r["cold"] / r["naive"]
    return "\n".join(
        [
            "## Code generation (`generate`)",
            "",
            f"All {len(SPECS)} APIs, wall time of whole commands, interpreter start-up included.",
            "The naive way runs the `openapi-python-client` and `datamodel-codegen` CLIs once per",
            "spec, one after another. Ours is one `python -m generator generate`, which builds the",
            "APIs in parallel worker processes (one per core, at most four), each importing both",
            "generators once, and also formats the trees, adds their banners and stamps them.",
            "",
            "| run | seconds | vs naive |",
            "|---|---:|---:|",
            f"| naive: both CLIs per spec | {r['naive']:.2f} | 1.00x |",
            f"| ours, cold (`--force`) | {r['cold']:.2f} | {ratio:.2f}x |",
            f"| ours, no-op (nothing changed) | {r['noop']:.2f} | {r['noop'] / r['naive']:.2f}x |",
            "",
            "Targets, as met in this run:",
            "",
            f"- cold <= 0.5x naive: {ratio:.2f}x, {'met' if ratio <= 0.5 else 'NOT met'}",
            f"- no-op <= 0.5 s: {r['noop']:.2f} s, {'met' if r['noop'] <= 0.5 else 'NOT met'}",
            "",
        ]
    )


if __name__ == "__main__":
    print(report(measure()))
