"""``python -m geoinc.regions``: list the installed regions, their files and sources."""

from __future__ import annotations

import json
import sys

from . import get_region, list_regions


def main() -> int:
    for name in list_regions():
        r = get_region(name)
        print(f"{r.name}: {r.title} — countries {', '.join(r.countries)}, bbox {r.bbox}")
        print(f"  folder: {r.path}")
        for key, fname in sorted(r.manifest.get("files", {}).items()):
            print(f"  {key}: {fname}")
        sources = r.path / "SOURCES.json"
        if sources.is_file():
            for sname, s in json.loads(sources.read_text(encoding="utf-8")).get("sources", {}).items():
                ver = s.get("version") or s.get("commit", "")
                print(f"  source {sname} {ver}: {s.get('licence', '')}")
        print(f"  attribution: {r.attribution}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
