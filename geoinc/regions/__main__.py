"""``python -m geoinc.regions [REGION ...]``: list regions, their files, borders and sources.

Without arguments: every installed region. Arguments: installed names or region folders
(a folder made as ``docs/regions.md`` describes).
"""

from __future__ import annotations

import json
import sys

from ..errors import GeoincError
from . import get_region, list_regions


def _describe(name: str) -> None:
    r = get_region(name)
    print(f"{r.name}: {r.title} — countries {', '.join(r.countries)}, bbox {r.bbox}")
    print(f"  folder: {r.path}")
    for key, fname in sorted(r.manifest.get("files", {}).items()):
        print(f"  {key}: {fname}")
    for b in r.borders:
        grid = f", grid {b.grid.name}" if b.grid is not None else ", no grid (exact distances)"
        print(f"  border {b.id}: {b.name} ({'–'.join(b.countries)}), {b.file.name}{grid}")
    lists = sorted(p.name for p in r.lexicon_dir.glob("*.t*")) if r.lexicon_dir.is_dir() else []
    print(f"  word lists: {', '.join(lists) if lists else 'none (text extraction uses none)'}")
    sources = r.path / "SOURCES.json"
    if sources.is_file():
        for sname, s in json.loads(sources.read_text(encoding="utf-8")).get("sources", {}).items():
            ver = s.get("version") or s.get("commit", "")
            print(f"  source {sname} {ver}: {s.get('licence', '')}")
    print(f"  attribution: {r.attribution}")


def main(argv: list[str] | None = None) -> int:
    names = sys.argv[1:] if argv is None else argv
    try:
        for name in names or list_regions():
            _describe(name)
    except GeoincError as exc:
        print(f"geoinc.regions: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
