#!/usr/bin/env python3
"""Score the geocoder on real conflict places with the source's own coordinates.

Sets:

* **UCDP GED Pakistan dev set** (``../shared/eval/ucdp_pk_places_dev.csv``: 312 places
  with ``where_prec == 1``; UCDP GED, Sundberg & Melander 2013, CC BY 4.0), asked three
  ways: hinted (country + admin1 + admin2 as UCDP writes them), admin1 only, and bare.
* **UCDP GED Afghanistan districts** (``benchmarks/data/ucdp_af_districts.csv``: 267 events
  with UCDP's district name and point; derived by ``benchmarks/data/make_ucdp_af_districts.py``),
  asked as UCDP writes the district ("Warduj district") with country AF: the answer
  should be the district, its uncertainty covering UCDP's point.
* **Afghan village list** (``benchmarks/data/af_villages.csv``: 2,000 villages sampled from
  a public list of 8,892 with province, district and point; derived by
  ``benchmarks/data/make_af_villages.py``), asked with province + district, province only.
* **Leave-one-out villages**: real GeoNames villages of AF and PK taken *out* of the
  gazetteer (with every same-name record within 25 km), then asked for by name with
  their province (and district) — the hard negatives: a local name the gazetteer
  lacks.  Every ``matched`` answer more than 25 km away is a confident error.

Metrics (of the answers with status matched or approximate at precision 1-2 — the
"town/district-level" answers): coverage (share of queries so answered), share within
25 km, share more than 100 km off, honesty (truth within ``uncertainty_km``).  The
naive way beside it: exact-name lookup in the GeoNames records (unique answer only).

    python benchmarks/eval_real_places.py [--loo 600]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import publish  # noqa: E402

import geoinc  # noqa: E402
from geoinc.geocoding import geocode_many  # noqa: E402
from geoinc.names import variant_key  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "ucdp_pk_places_dev.csv"
AF_DISTRICTS = Path(__file__).resolve().parent / "data" / "ucdp_af_districts.csv"
AF_VILLAGES = Path(__file__).resolve().parent / "data" / "af_villages.csv"


def haversine(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(x, dtype=float)) for x in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(a, 1)))


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c.isalnum()).lower()


def score(df, lat, lon, label: str, statuses=("matched", "approximate")) -> dict:
    n = len(df)
    located = df["status"].isin(statuses).to_numpy() & df["precision"].fillna(9).le(2).to_numpy()
    d = haversine(lat, lon, df["lat"].fillna(0), df["lon"].fillna(0))
    unc = df["uncertainty_km"].fillna(0).to_numpy(dtype=float)
    k = int(located.sum())
    out = {
        "set": label,
        "n": n,
        "answers": k,
        "coverage": k / n if n else 0.0,
        "within25": float((d[located] <= 25).mean()) if k else float("nan"),
        "over100": float((d[located] > 100).mean()) if k else float("nan"),
        "honest": float((d[located] <= unc[located] + 1e-9).mean()) if k else float("nan"),
        "matched": int((df["status"] == "matched").sum()),
        "approximate": int((df["status"] == "approximate").sum()),
        "ambiguous": int((df["status"] == "ambiguous").sum()),
        "unresolved": int((df["status"] == "unresolved").sum()),
        "invalid": int((df["status"] == "invalid").sum()),
    }
    m = (df["status"] == "matched").to_numpy() & located
    out["matched_within25"] = float((d[m] <= 25).mean()) if m.any() else float("nan")
    out["matched_over100"] = float((d[m] > 100).mean()) if m.any() else float("nan")
    out["matched_honest"] = float((d[m] <= unc[m] + 1e-9).mean()) if m.any() else float("nan")
    out["_d"] = d
    out["_located"] = located
    return out


def naive(names, countries, g_index) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Exact folded-name lookup in the GeoNames records: an answer only when unique in the country."""
    lat = np.full(len(names), np.nan)
    lon = np.full(len(names), np.nan)
    for i, (n, cc) in enumerate(zip(names, countries)):
        hits = g_index.get((cc, fold(n)), [])
        if len(hits) == 1:
            lat[i], lon[i] = hits[0]
    ok = ~np.isnan(lat)
    return lat, lon, ok


def naive_score(lat, lon, ok, tlat, tlon, label):
    n = len(ok)
    d = haversine(tlat, tlon, np.nan_to_num(lat), np.nan_to_num(lon))
    k = int(ok.sum())
    return {
        "set": label,
        "n": n,
        "answers": k,
        "coverage": k / n,
        "within25": float((d[ok] <= 25).mean()) if k else float("nan"),
        "over100": float((d[ok] > 100).mean()) if k else float("nan"),
        "honest": float("nan"),
    }


def fmt_row(r: dict) -> str:
    def pct(x):
        return "–" if x != x else f"{100 * x:.1f} %"

    extra = ""
    if "matched" in r:
        extra = (
            f" | {r['matched']} / {r['approximate']} / {r['ambiguous']} / {r['unresolved']} / {r['invalid']}"
            f" | {pct(r['matched_within25'])} / {pct(r['matched_over100'])} / {pct(r['matched_honest'])}"
        )
    else:
        extra = " | – | –"
    return (
        f"| {r['set']} | {r['n']} | {r['answers']} | {pct(r['coverage'])} | {pct(r['within25'])} | "
        f"{pct(r['over100'])} | {pct(r['honest'])}{extra} |"
    )


def dev_rows():
    with open(DEV, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def leave_one_out(n: int, seed: int = 11, *, whole_name: bool = False):
    """A reduced gazetteer without ``n`` sampled villages (and same-name records within 25 km).

    ``whole_name``: drop every village or town of the sampled names, wherever it lies — the name
    is then absent as a village (the fuzzy matcher's hard negatives; units of the name stay, since
    they are the hints); otherwise same-name villages
    farther than 25 km stay (a village missing from the gazetteer while its namesakes are in it).
    """
    g = geoinc.Gazetteer.default()
    kinds = g.column("kind")
    fc = g.column("feature_code")
    pop = g.column("population")
    rng = random.Random(seed)
    pool = np.flatnonzero((kinds == "populated_place") & (fc == "PPL") & (pop == 0))
    sample = sorted(rng.sample(pool.tolist(), n))
    vkeys = {}
    drop = set()
    truth = []
    for i in sample:
        p = g.place_at(i)
        k = variant_key(p.name)
        vkeys.setdefault(k, []).append(i)
        truth.append(p)
    # every record sharing a name key with a sampled village, within 25 km of it
    for p in truth:
        for j, _, _ in g.variant_hits(variant_key(p.name)):
            q = g.place_at(j)
            near = haversine(p.lat, p.lon, q.lat, q.lon) <= 25
            if q.kind == "populated_place" and (whole_name or near):
                drop.add(j)
    keep = [i for i in range(len(g)) if i not in drop]
    recs = g._records()  # noqa: SLF001 - benchmark: rebuild the same table minus the dropped rows
    names = [g.names_at(i) for i in range(len(g))]
    rows = [{**recs[i], "names": "|".join(names[i][1:])} for i in keep]
    reduced = geoinc.Gazetteer.from_records(rows, label="leave-one-out")
    return reduced, truth, len(drop)


def district_name(admin2: str) -> str:
    """UCDP's admin2 without its feature word ("Kurram agency" -> "Kurram", "Bolan district" -> "Bolan")."""
    return re.sub(r"\s+(district|agency)$", "", admin2, flags=re.IGNORECASE)


def _source_homonyms(g, rows, hinted, r0, tlat, tlon) -> list[str]:
    """The dishonest hinted answers whose truth is the source's own slip: its point lies within 1 km of a
    gazetteer place of the same name in another district than the one the source names (the source coded a
    homonym: "Khar town, Bajaur" at the Khar of Malakand).  Reported beside honesty, never used by the geocoder."""
    unc = hinted["uncertainty_km"].fillna(0).to_numpy(dtype=float)
    bad = np.flatnonzero(r0["_located"] & (r0["_d"] > unc + 1e-9))
    slips = []
    for i in bad:
        a2 = fold(district_name(rows[i]["admin2"]))
        for j, _, _ in g.variant_hits(variant_key(rows[i]["name_core"])):
            p = g.place_at(j)
            if fold(p.admin2 or "") != a2 and haversine(tlat[i], tlon[i], p.lat, p.lon) <= 1.0:
                slips.append((i, p))
                break
    k = int(r0["_located"].sum())
    honest = k - len(bad)
    out = [
        "",
        f"Hinted answers outside their uncertainty: {len(bad)} of {k}. Of them, {len(slips)} have the source's point "
        "within 1 km of a same-name place in another district than the one the source names (the source coded a "
        f"homonym); honest excluding those rows: {honest}/{k - len(slips)} = {100 * honest / max(k - len(slips), 1):.1f} %.",
    ]
    for i, p in slips:
        out.append(f"- {rows[i]['query']!r} ({rows[i]['admin2']}): the source's point is {p.name}, {p.admin2} ({p.id})")
    return [*out, ""]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loo", type=int, default=600, help="villages left out (0: skip)")
    args = ap.parse_args(argv)
    lines = []
    head = (
        "| set | queries | answers (prec 1-2) | coverage | within 25 km | > 100 km off | honest (truth within uncertainty) "
        "| matched / approximate / ambiguous / unresolved / invalid | `matched` only: within 25 km / > 100 km / honest |"
    )
    sep = "|---|---|---|---|---|---|---|---|---|"
    g = geoinc.Gazetteer.default()
    gi: dict = {}
    for p in g.places_of_kind("populated_place"):
        if p.id.startswith("gn:"):
            gi.setdefault((p.country, fold(p.name)), []).append((p.lat, p.lon))
    results = []
    if DEV.is_file():
        rows = dev_rows()
        q = [r["query"] for r in rows]
        tlat = np.array([float(r["lat"]) for r in rows])
        tlon = np.array([float(r["lon"]) for r in rows])
        t0 = time.perf_counter()
        hinted = geocode_many(
            q, country=[r["country"] for r in rows], admin1=[r["admin1"] for r in rows], admin2=[r["admin2"] for r in rows]
        )
        dt = time.perf_counter() - t0
        a1 = geocode_many(q, country=[r["country"] for r in rows], admin1=[r["admin1"] for r in rows])
        bare = geocode_many(q)
        results += [
            score(hinted, tlat, tlon, "UCDP PK dev, hinted (country+admin1+admin2)"),
            score(a1, tlat, tlon, "UCDP PK dev, admin1 only"),
            score(bare, tlat, tlon, "UCDP PK dev, bare"),
        ]
        # the district's name alone ("Kurram", "Bolan"), as UCDP's admin2 is written without "district"/"agency"
        a2_names = [district_name(r["admin2"]) for r in rows]
        results.append(
            score(
                geocode_many(a2_names, country=[r["country"] for r in rows], admin1=[r["admin1"] for r in rows]),
                tlat,
                tlon,
                "UCDP PK dev, the district's name alone (with admin1; a name shared with the district's seat "
                "means the town, so events elsewhere in the district fall outside the town's radius)",
            )
        )
        nlat, nlon, ok = naive([r["name_core"] for r in rows], [r["country"] for r in rows], gi)
        results.append(naive_score(nlat, nlon, ok, tlat, tlon, "UCDP PK dev, naive exact GeoNames name (unique)"))
        lines.append(f"UCDP dev set: {len(rows)} places; hinted batch took {dt:.2f} s.")
        # the worst hinted answers, for the record
        r0 = results[0]
        bad = np.flatnonzero(r0["_located"] & (r0["_d"] > 25))
        if len(bad):
            lines.append("")
            lines.append(f"Hinted answers more than 25 km off ({len(bad)}):")
            for i in bad[:15]:
                h = hinted.iloc[i]
                lines.append(
                    f"- {q[i]!r} ({rows[i]['admin2']}, {rows[i]['admin1']}) -> {h['name']} ({h['kind']}, "
                    f"{h['status']}, {r0['_d'][i]:.0f} km, uncertainty {h['uncertainty_km']} km)"
                )
        lines += _source_homonyms(g, rows, hinted, r0, tlat, tlon)
    else:
        lines.append(f"{DEV} not found: UCDP dev set skipped.")
    if AF_DISTRICTS.is_file():
        with open(AF_DISTRICTS, newline="", encoding="utf-8") as fh:
            af = list(csv.DictReader(fh))
        af_df = geocode_many([r["adm_2"] for r in af], country="AF")
        r = score(
            af_df,
            np.array([float(r["lat"]) for r in af]),
            np.array([float(r["lon"]) for r in af]),
            "UCDP AF districts (adm_2 as written, country AF)",
        )
        results.append(r)
        # the district's name alone, as a news report or a location column writes it ("in Sangin")
        bare_names = [re.sub(r"\s+district$", "", r["adm_2"], flags=re.IGNORECASE) for r in af]
        for kw, label in (({"country": "AF"}, "country AF"), ({}, "bare")):
            results.append(
                score(
                    geocode_many(bare_names, **kw),
                    np.array([float(r["lat"]) for r in af]),
                    np.array([float(r["lon"]) for r in af]),
                    f"UCDP AF districts, name alone ({label})",
                )
            )
        lines.append(
            f"UCDP AF districts: {len(af)} events, {len({x['adm_2'] for x in af})} district names; "
            f"answers that are districts: {int((af_df['kind'] == 'district').sum())}."
        )
    if AF_VILLAGES.is_file():
        with open(AF_VILLAGES, newline="", encoding="utf-8") as fh:
            av = list(csv.DictReader(fh))
        vq = [r["name"] for r in av]
        vlat = np.array([float(r["lat"]) for r in av])
        vlon = np.array([float(r["lon"]) for r in av])
        prov = [r["province"] for r in av]
        results.append(
            score(
                geocode_many(vq, country="AF", admin1=prov, admin2=[r["district"] for r in av]),
                vlat,
                vlon,
                "AF village list, hinted (province+district)",
            )
        )
        results.append(score(geocode_many(vq, country="AF", admin1=prov), vlat, vlon, "AF village list, province only"))
    if args.loo:
        t0 = time.perf_counter()
        reduced, truth, ndrop = leave_one_out(args.loo)
        tlat = np.array([p.lat for p in truth])
        tlon = np.array([p.lon for p in truth])
        qn = [p.name for p in truth]
        cc = [p.country for p in truth]
        loo_h = geocode_many(qn, country=cc, admin1=[p.admin1 for p in truth], admin2=[p.admin2 for p in truth], gazetteer=reduced)
        loo_a1 = geocode_many(qn, country=cc, admin1=[p.admin1 for p in truth], gazetteer=reduced)
        loo_b = geocode_many(qn, gazetteer=reduced)
        for df, label in ((loo_h, "hinted (country+admin1+admin2)"), (loo_a1, "admin1 only"), (loo_b, "bare")):
            r = score(df, tlat, tlon, f"leave-one-out villages, {label}")
            m = (df["status"] == "matched").to_numpy()
            r["false_matched"] = float((m & (r["_d"] > 25)).mean())
            results.append(r)
        lines.append(
            f"Leave-one-out: {args.loo} villages sampled (seeded), {ndrop} records removed "
            f"({time.perf_counter() - t0:.0f} s incl. rebuilding the gazetteer)."
        )
        # the name itself absent: every record of the sampled names removed (fuzzy hard negatives)
        reduced, truth, ndrop = leave_one_out(args.loo, whole_name=True)
        tlat = np.array([p.lat for p in truth])
        tlon = np.array([p.lon for p in truth])
        qn = [p.name for p in truth]
        cc = [p.country for p in truth]
        a1 = [p.admin1 for p in truth]
        for df, label in (
            (
                geocode_many(qn, country=cc, admin1=a1, admin2=[p.admin2 for p in truth], gazetteer=reduced),
                "hinted (country+admin1+admin2)",
            ),
            (geocode_many(qn, country=cc, admin1=a1, gazetteer=reduced), "admin1 only"),
            (geocode_many(qn, gazetteer=reduced), "bare"),
        ):
            r = score(df, tlat, tlon, f"name left out (every village of that name), {label}")
            r["false_matched"] = float(((df["status"] == "matched").to_numpy() & (r["_d"] > 25)).mean())
            results.append(r)
        lines.append(
            f"Name left out: the same {args.loo} villages, every village or town of their names removed ({ndrop} records): "
            "no village of that name is left "
            "(districts and provinces of the name stay: they are the hints), so only a fuzzy or wrong reading can answer."
        )
    lines += ["", head, sep] + [fmt_row(r) for r in results]
    loo = [r for r in results if "false_matched" in r]
    if loo:
        lines.append("")
        lines.append(
            "Leave-one-out hard negatives — share of queries answered `matched` more than 25 km from the "
            "left-out village. Target <= 1 % where the name is absent from the gazetteer (issue 8's fuzzy "
            "hard negatives); where only the village is left out and namesakes more than 25 km away stay, "
            "a `matched` namesake in the hinted district is the residual risk of any incomplete gazetteer:"
        )
        for r in loo:
            lines.append(f"- {r['set']}: {100 * r['false_matched']:.2f} %")
    publish("eval_real_places", lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
