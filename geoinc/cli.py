"""The ``geoinc`` command line.

    geoinc geocode "Khair Khana" "Zazai Maidan, Khost" [--country AF] [--json]
    geoinc geocode --file examples/seed_places.txt
    geoinc stats incidents.csv [--bands 10,25,50,100] [--by month] [-o table.csv|.md] [--plot profile.png]
    geoinc export incidents.csv -o out.geojson|.gpkg|.csv
    geoinc map incidents.csv -o map.html|map.png|.svg|.pdf [--title T] [--no-cluster] [--heatmap] [--time] [--cdn]
    geoinc assets fetch DIR
    geoinc extract article.txt [--published 2026-03-05] [-o drafts.csv|.geojson] [--map drafts.html]
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


def _bands_arg(text: str) -> tuple[float, ...]:
    try:
        return tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--bands takes numbers separated by commas, e.g. 10,25,50,100; got {text!r}"
        ) from None


def _cmd_stats(args: argparse.Namespace) -> int:
    from .analysis import border_proximity, border_summary, plot_border_profile
    from .incidents import read_incidents

    gdf = border_proximity(read_incidents(args.incidents, country=args.country, progress=args.progress))
    table = border_summary(gdf, bands_km=args.bands, by=args.by)
    if args.output:
        out = Path(args.output)
        if out.suffix.lower() == ".md":
            out.write_text(_markdown(table), encoding="utf-8")
        elif out.suffix.lower() == ".csv":
            from .io import escape_formula

            table.map(escape_formula).to_csv(out, index=False, lineterminator="\n")
        else:
            raise GeoincError(f"{out}: -o takes a .csv or .md file")
    print(_markdown(table))
    bad = gdf["status"].isin(["invalid", "unresolved"])
    if bad.any():
        print(f"\n{int(bad.sum())} row(s) without a location:", file=sys.stderr)
        for msg in gdf.loc[bad, "message"]:
            print("  " + msg, file=sys.stderr)
    if args.plot:
        fig = plot_border_profile(gdf)
        fig.savefig(args.plot, dpi=120, metadata={"Software": None})
        print(f"profile written to {args.plot}", file=sys.stderr)
    return 0


def _markdown(df) -> str:
    cols = list(df.columns)
    fmt = lambda v: "" if v is None or (isinstance(v, float) and v != v) else (f"{v:g}" if isinstance(v, float) else str(v))  # noqa: E731
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    lines += ["| " + " | ".join(fmt(v).replace("|", "\\|") for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def _cmd_export(args: argparse.Namespace) -> int:
    from .analysis import border_proximity
    from .incidents import read_incidents
    from .io import to_file

    gdf = read_incidents(args.incidents, country=args.country, progress=args.progress)
    if not args.no_border:
        gdf = border_proximity(gdf)
    path = to_file(gdf, args.output)
    counts = gdf["status"].value_counts()
    print(f"wrote {len(gdf)} rows to {path} (" + ", ".join(f"{k}: {v}" for k, v in counts.items()) + ")",
          file=sys.stderr)  # fmt: skip
    return 0


def _cmd_map(args: argparse.Namespace) -> int:
    from .incidents import read_incidents
    from .maps import incident_map, save_map

    static = Path(args.output).suffix.lower() in (".png", ".svg", ".pdf")

    steps = ["read and geocode", "render", "write"]
    bar = None
    if args.progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(steps), desc="map", unit="step")
    gdf = read_incidents(args.incidents, country=args.country, progress=args.progress)
    if bar:
        bar.update()
    if static:  # a picture for publication (matplotlib)
        from .figure import incident_figure, save_figure

        fig = incident_figure(gdf, title=args.title)
        if bar:
            bar.update()
        path = save_figure(fig, args.output)
    else:
        m = incident_map(gdf, title=args.title, cluster=False if args.no_cluster else None, heatmap=args.heatmap,
                         time=args.time, cdn=args.cdn)  # fmt: skip
        if bar:
            bar.update()
        path = save_map(m, args.output)
    if bar:
        bar.update()
        bar.close()
    drawn = int((~gdf.geometry.is_empty).sum())
    print(f"wrote {path}: {drawn} of {len(gdf)} incidents mapped", file=sys.stderr)
    for msg in gdf.loc[gdf["status"].isin(["invalid", "unresolved"]), "message"]:
        print("  not mapped: " + msg, file=sys.stderr)
    return 0


def _cmd_assets(args: argparse.Namespace) -> int:
    from .assets import ASSETS, fetch_assets

    folder = fetch_assets(args.folder)
    print(f"{len(ASSETS)} assets in {folder}; use: geoinc map ... --offline-assets {folder}", file=sys.stderr)
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from .text import extract_incidents, extract_places

    text = sys.stdin.read() if args.article == "-" else Path(args.article).read_text(encoding="utf-8")
    mentions = extract_places(text)
    drafts = extract_incidents(text, published=args.published, source=args.source)
    print(f"{len(mentions)} place mentions:", file=sys.stderr)
    for m in mentions:
        where = m.place.name + f" ({m.place.kind}, {m.place.admin1 or m.place.country})" if m.place else m.status
        if m.status == "unresolved":
            where = f"unresolved, located at {where}" if m.place else "unresolved"
        print(f"  {m.start:6}-{m.end:<6} {m.text!r:32} -> {where}  [{m.confidence:.2f}]", file=sys.stderr)
    cols = ["id", "date", "date_precision", "event_type", "location", "place", "killed_min", "killed_best",
            "injured_min", "civilians_killed", "actor", "verification", "aggregate", "background"]  # fmt: skip
    import pandas as pd

    with pd.option_context("display.width", 200, "display.max_columns", None, "display.max_colwidth", 30):
        print(drafts[cols].to_string(index=False))
    if args.output:
        from .io import to_file

        to_file(drafts, args.output)
        print(f"drafts written to {args.output}", file=sys.stderr)
    if args.map:
        from .incidents import read_incidents
        from .maps import incident_map, save_map

        events = drafts[~drafts["aggregate"] & drafts["date"].notna()]
        save_map(incident_map(read_incidents(events.drop(columns=["aggregate"])), title=f"Drafts: {args.article}"),
                 args.map)  # fmt: skip
        print(f"map written to {args.map}", file=sys.stderr)
    return 0


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

    st = sub.add_parser("stats", help="incidents and casualties by distance to the Durand Line")
    st.add_argument("incidents", help="CSV, JSON, GeoJSON or GeoPackage of incidents (ACLED and UCDP exports too)")
    st.add_argument("--bands", type=_bands_arg, default=(10, 25, 50, 100), help="band edges in km (10,25,50,100)")
    st.add_argument("--by", action="append", help="split further: month, year, week, event_type, admin1, actor ...")
    st.add_argument("-o", "--output", help="write the table to a .csv or .md file")
    st.add_argument("--plot", help="write the border profile to a PNG file")
    st.add_argument("--country", help="default country (AF/PK) for rows without one")
    st.add_argument("--progress", action="store_true")
    st.set_defaults(func=_cmd_stats)

    ex = sub.add_parser("export", help="write incidents as GeoJSON (RFC 7946), GeoPackage or CSV")
    ex.add_argument("incidents")
    ex.add_argument("-o", "--output", required=True, help="out.geojson, out.gpkg or out.csv")
    ex.add_argument("--no-border", action="store_true", help="leave out the Durand Line proximity columns")
    ex.add_argument("--country", help="default country (AF/PK) for rows without one")
    ex.add_argument("--progress", action="store_true")
    ex.set_defaults(func=_cmd_export)

    mp = sub.add_parser("map", help="a map of incidents: HTML (works offline) or PNG/SVG/PDF")
    mp.add_argument("incidents")
    mp.add_argument("-o", "--output", default="incidents_map.html",
                    help="map.html (interactive), or map.png / .svg / .pdf (static, for publication)")  # fmt: skip
    mp.add_argument("--title")
    mp.add_argument("--no-cluster", action="store_true", help="never draw hexagon bins (default: above 20,000 in view)")
    mp.add_argument("--heatmap", action=argparse.BooleanOptionalAction, default=True, help="heatmap layer (toggle)")
    mp.add_argument("--time", action=argparse.BooleanOptionalAction, default=True, help="timeline of incidents per week/month")
    mp.add_argument("--cdn", action="store_true", help="load Leaflet from a CDN (smaller file; the page then needs the network)")
    mp.add_argument("--country", help="default country (AF/PK) for rows without one")
    mp.add_argument("--progress", action="store_true", help="progress bars for geocoding and rendering")
    mp.set_defaults(func=_cmd_map)

    xt = sub.add_parser("extract", help="place mentions and draft incidents from an article")
    xt.add_argument("article", help="a text file ('-' for stdin)")
    xt.add_argument("--published", help="publication date YYYY-MM-DD (for 'Friday', 'last night', ...)")
    xt.add_argument("--source", help="outlet and URL for the drafts' sources column")
    xt.add_argument("-o", "--output", help="write drafts to .csv, .geojson or .gpkg")
    xt.add_argument("--map", help="write a map of the dated drafts to this HTML file")
    xt.set_defaults(func=_cmd_extract)

    asp = sub.add_parser("assets", help="the map's JavaScript/CSS for offline use")
    asp_sub = asp.add_subparsers(dest="assets_command", required=True)
    fetch = asp_sub.add_parser("fetch", help="download the assets (npm registry or CDN) into a folder")
    fetch.add_argument("folder")
    fetch.set_defaults(func=_cmd_assets)
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
