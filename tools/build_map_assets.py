#!/usr/bin/env python3
"""Write the files geoinc's maps ship with, so a map needs no network.

1. ``geoinc/assets/vendor/``: the JavaScript and CSS the page runs, taken from the npm
   registry (``npm pack`` of pinned versions, the tarball checked against the registry's
   ``dist.integrity``), with ``vendor.json`` (package, version, file, sha256, licence,
   CDN URL of the same file) and ``LICENSES.md`` (each package's licence text).
   Leaflet's CSS images are written into its CSS as ``data:`` URIs (no file beside the page).
2. ``geoinc/assets/basemap.json``: the basemap drawn without tiles (country, province and
   district outlines, the Durand Line, towns, the default distance bands), computed once
   here from the shipped gazetteer (see :mod:`geoinc.basemap`), not when a map is made.

    python tools/build_map_assets.py            # both
    python tools/build_map_assets.py --basemap  # only the basemap (no network)
    python tools/build_map_assets.py --check    # rebuild in memory, compare with the committed files

Same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geoinc.basemap import BASEMAP_FILE, VENDOR_DIR, build_basemap, write_json  # noqa: E402

#: package@version -> files taken from its tarball (path inside the package -> name written).
PACKAGES = {
    "leaflet@1.9.4": {"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css"},
    "leaflet.heat@0.2.0": {"dist/leaflet-heat.js": "leaflet-heat.js"},
}
LICENCES = {"leaflet": "BSD-2-Clause", "leaflet.heat": "BSD-2-Clause (includes simpleheat, BSD-2-Clause)"}
CDN = "https://cdn.jsdelivr.net/npm/{name}@{version}/{path}"


def _npm(*args: str, cwd: str | None = None) -> str:
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is needed to fetch the map's JavaScript (apt-get install npm)")
    r = subprocess.run([npm, *args], capture_output=True, text=True, cwd=cwd, timeout=300)
    if r.returncode:
        raise SystemExit(f"npm {' '.join(args)} failed:\n{r.stderr[-2000:]}")
    return r.stdout


def _inline_css_images(css: str, tar: tarfile.TarFile, css_path: str) -> str:
    base = css_path.rsplit("/", 1)[0]

    def repl(m: re.Match) -> str:
        member = tar.extractfile(f"package/{base}/{m.group(1)}")
        if member is None:
            return m.group(0)
        return "url(data:image/png;base64," + base64.b64encode(member.read()).decode("ascii") + ")"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", repl, css)


def vendor_files() -> dict[str, bytes]:
    """Every vendored file (name -> bytes), the manifest and the licences, from the npm registry."""
    out: dict[str, bytes] = {}
    manifest = []
    licences = [
        "# Licences of the JavaScript and CSS shipped in geoinc/assets/vendor/\n",
        "Fetched from the npm registry by tools/build_map_assets.py.\n",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for spec, files in PACKAGES.items():
            name, version = spec.rsplit("@", 1)
            integrity = _npm("view", spec, "dist.integrity").strip()
            _npm("pack", spec, "--pack-destination", tmp, cwd=tmp)
            tgz = Path(tmp) / f"{name}-{version}.tgz"
            algo, digest = integrity.split("-", 1)
            got = base64.b64encode(hashlib.new(algo, tgz.read_bytes()).digest()).decode("ascii")
            if got != digest:
                raise SystemExit(f"{spec}: tarball does not match the registry's integrity {integrity}")
            with tarfile.open(tgz) as tar:
                for path, dest in files.items():
                    member = tar.extractfile(f"package/{path}")
                    if member is None:
                        raise SystemExit(f"{spec} has no {path}")
                    data = member.read()
                    if dest.endswith(".css"):
                        data = _inline_css_images(data.decode("utf-8"), tar, path).encode("utf-8")
                    out[dest] = data
                    manifest.append(
                        {
                            "file": dest,
                            "package": name,
                            "version": version,
                            "path": path,
                            "licence": LICENCES[name],
                            "integrity": integrity,
                            "sha256": hashlib.sha256(data).hexdigest(),
                            "cdn": CDN.format(name=name, version=version, path=path),
                        }
                    )
                lic = tar.extractfile("package/LICENSE")
                text = lic.read().decode("utf-8").strip() if lic is not None else "(no LICENSE file in the package)"
                licences.append(f"\n## {name} {version} ({LICENCES[name]})\n\n```\n{text}\n```\n")
    out["vendor.json"] = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode("utf-8")
    out["LICENSES.md"] = "".join(licences).encode("utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--basemap", action="store_true", help="only the basemap (no network)")
    ap.add_argument("--vendor", action="store_true", help="only the npm files")
    ap.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = ap.parse_args(argv)
    both = not (args.basemap or args.vendor)
    wanted: dict[Path, bytes] = {}
    if both or args.vendor:
        wanted.update({VENDOR_DIR / k: v for k, v in vendor_files().items()})
    if both or args.basemap:
        wanted[BASEMAP_FILE] = write_json(build_basemap())
    stale = [p for p, data in wanted.items() if not p.is_file() or p.read_bytes() != data]
    if args.check:
        for p in stale:
            print(f"differs: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for p in stale:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(wanted[p])
    for p, data in wanted.items():
        print(f"{'wrote' if p in stale else 'same '} {p.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
