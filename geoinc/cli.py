"""The ``geoinc`` command line.

    geoinc geocode "Khair Khana" "Zazai Maidan, Khost" [--country AF] [--json]
    geoinc geocode --file examples/seed_places.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import GeoincError

__all__ = ["main"]

_TABLE_COLUMNS = ["query", "status", "name", "kind", "admin1", "country", "lat", "lon", "precision",
                  "uncertainty_km", "score"]  # fmt: skip


def _read_names(path: str) -> list[str]:
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _cmd_geocode(args: argparse.Namespace) -> int:
    from .geocoding import geocode_many

    names = list(args.names)
    if args.file:
        names += _read_names(args.file)
    if not names:
        raise GeoincError("give place names as arguments or with --file")
    df = geocode_many(names, country=args.country, admin1=args.admin1, progress=args.progress)
    if args.json:
        records = json.loads(df.to_json(orient="records", force_ascii=False))
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.width", 200, "display.max_colwidth", 34):
            print(df[_TABLE_COLUMNS].to_string(index=False))
        counts = df["status"].value_counts()
        print("\n" + ", ".join(f"{k}: {v}" for k, v in counts.items()), file=sys.stderr)
    return 0 if (df["status"] != "invalid").all() else 1


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="geoinc", description="Map conflict incidents from news reports (AF/PK).")
    ap.add_argument("--version", action="version", version=f"geoinc {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("geocode", help="resolve place names offline and print a table")
    g.add_argument("names", nargs="*", help="place names, e.g. 'Khair Khana' 'Ali Sher, Khost'")
    g.add_argument("--file", help="one name per line ('-' for stdin; '#' starts a comment)")
    g.add_argument("--country", help="restrict to a country (AF, PK or a name)")
    g.add_argument("--admin1", help="restrict to a province (name or code such as AF.37)")
    g.add_argument("--json", action="store_true", help="print JSON records instead of a table")
    g.add_argument("--progress", action="store_true", help="show a progress bar")
    g.set_defaults(func=_cmd_geocode)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (2 for usage or input errors)."""
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except (GeoincError, OSError) as exc:
        print(f"geoinc: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
