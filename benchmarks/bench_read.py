"""Reading a national-scale ACLED export: geoinc.read_incidents against a bare pandas.read_csv.

The file is synthetic but shaped like a real ACLED export: the current export's 31 columns
in their order, ACLED's vocabularies (disorder types, event and sub-event types,
``time_precision``, ``geo_precision``, interaction codes, source scales), given
coordinates of real AF/PK places from the shipped gazetteer (ACLED always gives
coordinates), dates as "02 March 2026", notes of ACLED's length. Each reader runs in a
fresh process (a user's cost: cold caches, imports outside the timed call); the peak
memory is the process's maximum resident set.

    python benchmarks/bench_read.py            # 1,000,000 rows (the issue's target)
    python benchmarks/bench_read.py --rows 200000 --no-old

With ``--old REV`` (default the commit before the rewrite) the previous per-cell reader
is timed on ``--old-rows`` rows of the same file, for the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from _results import publish  # noqa: E402

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
# (disorder_type, event_type, sub_event_types) as in ACLED's codebook
ACLED_TYPES = [
    ("Political violence", "Battles", ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]),
    (
        "Political violence",
        "Explosions/Remote violence",
        [
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
            "Chemical weapon",
        ],
    ),
    ("Political violence", "Violence against civilians", ["Attack", "Abduction/forced disappearance", "Sexual violence"]),
    ("Demonstrations", "Protests", ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]),
    ("Political violence", "Riots", ["Violent demonstration", "Mob violence"]),
    (
        "Strategic developments",
        "Strategic developments",
        [
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ],
    ),
]
ACTORS = {
    "AF": [
        "Military Forces of Afghanistan (2021-)",
        "Islamic State (Khorasan)",
        "Unidentified Armed Group (Afghanistan)",
        "Protesters (Afghanistan)",
        "Civilians (Afghanistan)",
        "Military Forces of Pakistan (2018-)",
    ],
    "PK": [
        "Military Forces of Pakistan (2018-)",
        "TTP: Tehreek-i-Taliban Pakistan",
        "Police Forces of Pakistan (2018-)",
        "BLA: Balochistan Liberation Army",
        "Protesters (Pakistan)",
        "Civilians (Pakistan)",
    ],
}
INTER = [
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
]
SOURCES = [
    "Pajhwok Afghan News",
    "Tolo News",
    "Dawn",
    "The Express Tribune",
    "Kabul Now",
    "Hasht-e Subh",
    "Balochistan Post",
    "Amu TV",
    "Dawn; The Express Tribune",
    "Pajhwok Afghan News; Tolo News",
]
SCALES = ["National", "Subnational", "Local partner-National", "New media", "Other-National", "International"]


def make_acled(path: Path, n: int, seed: int = 7) -> None:
    """Write ``n`` ACLED-shaped rows (column-wise, numpy) to ``path``."""
    from geoinc.gazetteer import Gazetteer

    rng = np.random.default_rng(seed)
    places = [p for p in Gazetteer.default() if p.kind in ("populated_place", "district") and p.country in ("AF", "PK")]
    pick = rng.integers(0, len(places), n)
    lat = np.array([p.lat for p in places])[pick] + rng.normal(0, 0.01, n)
    lon = np.array([p.lon for p in places])[pick] + rng.normal(0, 0.01, n)
    cc = np.array([p.country for p in places], dtype=object)[pick]
    loc = np.array([p.name for p in places], dtype=object)[pick]
    adm1 = np.array([p.admin1 or "" for p in places], dtype=object)[pick]
    adm2 = np.array([p.admin2 or "" for p in places], dtype=object)[pick]
    days = pd.Timestamp("2018-01-01") + pd.to_timedelta(rng.integers(0, 8 * 365, n), unit="D")
    t = rng.integers(0, len(ACLED_TYPES), n)
    disorder = np.array([x[0] for x in ACLED_TYPES], dtype=object)[t]
    etype = np.array([x[1] for x in ACLED_TYPES], dtype=object)[t]
    sub = np.array([rng.choice(ACLED_TYPES[k][2]) for k in range(len(ACLED_TYPES))], dtype=object)
    subs = np.array([ACLED_TYPES[k][2][j % len(ACLED_TYPES[k][2])] for k, j in zip(t, rng.integers(0, 8, n))], dtype=object)
    del sub
    actor_pool = {c: np.array(v, dtype=object) for c, v in ACTORS.items()}
    a1 = np.where(cc == "AF", actor_pool["AF"][rng.integers(0, 6, n)], actor_pool["PK"][rng.integers(0, 6, n)])
    a2 = np.where(
        rng.random(n) < 0.5, "", np.where(cc == "AF", actor_pool["AF"][rng.integers(0, 6, n)], actor_pool["PK"][rng.integers(0, 6, n)])
    )
    i1, i2 = rng.integers(0, 8, n), rng.integers(0, 8, n)
    inter = np.array(INTER, dtype=object)
    fatal = np.where(rng.random(n) < 0.6, 0, rng.geometric(0.2, n))
    date_text = days.strftime("%d %B %Y")
    notes = (
        "On "
        + pd.Series(date_text)
        + ", "
        + pd.Series(a1)
        + " "
        + pd.Series(subs).str.lower()
        + " in "
        + pd.Series(loc)
        + " ("
        + pd.Series(adm2)
        + ", "
        + pd.Series(adm1)
        + "). "
        + pd.Series(fatal).astype(str)
        + " fatalities reported by local sources; further details were not "
        "available at the time of coding."
    )
    df = pd.DataFrame(
        {
            "event_id_cnty": np.where(cc == "AF", "AFG", "PAK") + pd.Series(np.arange(1, n + 1)).astype(str).to_numpy(dtype=object),
            "event_date": date_text,
            "year": days.year,
            "time_precision": rng.choice([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], n),
            "disorder_type": disorder,
            "event_type": etype,
            "sub_event_type": subs,
            "actor1": a1,
            "assoc_actor_1": np.where(rng.random(n) < 0.8, "", "Civilians (Afghanistan)"),
            "inter1": inter[i1],
            "actor2": a2,
            "assoc_actor_2": "",
            "inter2": np.where(a2 == "", "", inter[i2]),
            "interaction": inter[i1] + "-" + inter[i2],
            "civilian_targeting": np.where(rng.random(n) < 0.2, "Civilian targeting", ""),
            "iso": np.where(cc == "AF", 4, 586),
            "region": "Caucasus and Central Asia",
            "country": np.where(cc == "AF", "Afghanistan", "Pakistan"),
            "admin1": adm1,
            "admin2": adm2,
            "admin3": "",
            "location": loc,
            "latitude": np.round(lat, 4),
            "longitude": np.round(lon, 4),
            "geo_precision": rng.choice([1, 1, 1, 2, 2, 3], n),
            "source": np.array(SOURCES, dtype=object)[rng.integers(0, len(SOURCES), n)],
            "source_scale": np.array(SCALES, dtype=object)[rng.integers(0, len(SCALES), n)],
            "notes": notes.to_numpy(dtype=object),
            "fatalities": fatal,
            "tags": np.where(rng.random(n) < 0.05, "crowd size=no report", ""),
            "timestamp": 1_700_000_000 + rng.integers(0, 60_000_000, n),
        }
    )
    assert list(df.columns) == ACLED_COLUMNS
    df.to_csv(path, index=False)


_CHILD = {
    "bare": "import pandas as pd\nt=time.perf_counter()\ndf=pd.read_csv(PATH)\nn=len(df)",
    "geoinc": "import geoinc\nt=time.perf_counter()\ndf=geoinc.read_incidents(PATH)\nn=len(df)\n"
    "extra={'status': df['status'].value_counts().to_dict(), 'given': int((df['geocode_status']=='given').sum())}",
    "old": "import geoinc\nimport pandas as pd\nsrc=pd.read_csv(PATH, dtype=str, keep_default_na=False, nrows=ROWS)\n"
    "t=time.perf_counter()\ndf=geoinc.read_incidents(src)\nn=len(df)",
}


def run_child(kind: str, path: Path, pythonpath: Path, rows: int = 0) -> dict:
    """Run one reader in a fresh process; its seconds, rows and peak resident memory (MB)."""
    code = (
        f"import time, json\nextra={{}}\nPATH={str(path)!r}\nROWS={rows}\n" + _CHILD[kind] + "\nsec=time.perf_counter()-t\n"
        # VmHWM is this process's own peak (ru_maxrss carries the parent's over fork and exec)
        "mb=int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])/1024\n"
        "print(json.dumps({'sec': sec, 'rows': n, 'peak_mb': mb, **extra}))"
    )
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    wall = time.perf_counter()
    # run outside the worktree: "python -c" puts the current folder first on sys.path
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=tempfile.gettempdir()
    ).stdout
    res = json.loads(out.strip().splitlines()[-1])
    res["wall"] = time.perf_counter() - wall
    return res


def old_tree(rev: str, into: Path) -> Path | None:
    """The geoinc package at ``rev`` (git archive), for the per-cell reader it had."""
    try:
        data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "geoinc", "gazetteer"], capture_output=True, check=True).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return None
    import io
    import tarfile

    tarfile.open(fileobj=io.BytesIO(data)).extractall(into, filter="data")
    return into


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--old", default="b44e41b", help="git revision of the previous reader (for the ratio)")
    ap.add_argument("--old-rows", type=int, default=10_000)
    ap.add_argument("--no-old", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "acled_like.csv"
        t0 = time.perf_counter()
        make_acled(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        print(f"wrote {args.rows:,} rows, {size_mb:.0f} MB in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        bare = run_child("bare", path, ROOT)
        geo = run_child("geoinc", path, ROOT)
        old = None
        if not args.no_old:
            tree = old_tree(args.old, Path(tmp) / "old")
            if tree is not None:
                new_small = run_child("old", path, ROOT, args.old_rows)
                old = (run_child("old", path, tree, args.old_rows), new_small)
    ratio = geo["sec"] / bare["sec"]
    b_rate, g_rate = bare["rows"] / bare["sec"], geo["rows"] / geo["sec"]
    lines = [
        f"{args.rows:,} ACLED-shaped rows (31 columns, given coordinates), {size_mb:.0f} MB CSV; "
        "each reader in a fresh process, imports not timed.",
        "",
        "| reader | seconds | rows/s | peak memory (MB) |",
        "|---|---:|---:|---:|",
        f"| `pd.read_csv(path)` (bare, the naive baseline) | {bare['sec']:.2f} | {b_rate:,.0f} | {bare['peak_mb']:.0f} |",
        f"| `geoinc.read_incidents(path)` | {geo['sec']:.2f} | {g_rate:,.0f} | {geo['peak_mb']:.0f} |",
        "",
        f"read_incidents / bare read_csv: **{ratio:.1f}x** (target ≤ 10x); {geo['sec']:.1f} s (target ≤ 15 s); "
        f"peak {geo['peak_mb'] / 1024:.2f} GB (target ≤ 3 GB). Statuses: {geo.get('status')}; rows with given "
        f"coordinates: {geo.get('given'):,}.",
    ]
    if old is not None:
        o, nw = old
        lines += [
            "",
            f"The previous per-cell reader ({args.old}) on the first {args.old_rows:,} rows as a frame: "
            f"{o['sec']:.2f} s; this reader on the same frame: {nw['sec']:.2f} s "
            f"(**{o['sec'] / nw['sec']:.0f}x** faster).",
        ]
    publish("bench_read", lines)


if __name__ == "__main__":
    main()
