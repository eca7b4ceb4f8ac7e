"""Write one benchmark's section of benchmarks/RESULTS.md (between its own markers)."""

from __future__ import annotations

import os
import platform
from datetime import datetime, timezone
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")
HEADER = "# Benchmark results\n\nWritten by the scripts in `benchmarks/`; each section is replaced when its script runs.\n"


def machine() -> str:
    return f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}"


def write_section(name: str, body: str) -> None:
    """Replace the section ``name`` in RESULTS.md with ``body`` (markdown)."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    block = f"{start}\n## {name}\n\n_Run {stamp} on {machine()}._\n\n{body.strip()}\n{end}\n"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        text = before + block + after.lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    RESULTS.write_text(text, encoding="utf-8")


def publish(name: str, lines: list[str]) -> str:
    """Print a benchmark's report and record it as its section of RESULTS.md."""
    body = "\n".join(lines)
    print(body)
    write_section(name, body)
    return body
