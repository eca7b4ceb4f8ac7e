"""The ``geoinc`` command line.

    geoinc geocode "Khair Khana" "Zazai Maidan, Khost" [--country AF] [--json]
    geoinc geocode --file examples/seed_places.txt
    geoinc stats incidents.csv [--bands 10,25,50,100] [--by month] [-o table.csv|.md] [--plot profile.png]
    geoinc export incidents.csv -o out.geojson|.gpkg|.csv
    geoinc map incidents.csv -o map.html|map.png|.svg|.pdf [--title T] [--no-cluster] [--heatmap] [--time] [--cdn]
    geoinc assets fetch DIR
    geoinc extract article.txt [--published 2026-03-05] [-o drafts.csv|.geojson] [--map drafts.html]

Input options of ``stats``, ``export`` and ``map``: ``--column SRC=DST`` (map your column
names onto the schema, repeatable), ``--format acled|ucdp|gtd|geoinc``, ``--encoding``,
``--sep``, ``--layer`` (GeoPackage).

Exit codes (see :data:`EXIT_CODES`): 0 done (rows with problems are reported on stderr
and in the output's ``status``/``message``); 1 ``geocode``: some names are invalid; 2 a
command-line usage error (unknown option, a date that is not YYYY-MM-DD, bad bands);
3 an input file cannot be read (missing, a directory, empty, header only, encoding,
separator, quotes, missing columns); 4 an output file cannot be written; 70 an internal
error (a bug: please report it; GEOINC_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import GeoincError, IncidentError, IncidentFileError

__all__ = ["EXIT_CODES", "main"]

#: Exit codes of the command line.
EXIT_CODES = {
    0: "done",
    1: "geocode: some names are invalid",
    2: "command-line usage error",
    3: "an input file cannot be read",
    4: "an output file cannot be written",
    70: "internal error",
}

_REGION_HELP = (
    "region: an installed region's name or a region folder (default: the shipped one, afpak; python -m geoinc.regions lists them)"
)
_TABLE_COLUMNS = ["query", "status", "name", "kind", "admin1", "country", "lat", "lon", "precision", "uncertainty_km", "score"]


class _OutputError(GeoincError):
    """An output file that cannot be written (exit code 4)."""


def _read_text(path: str, what: str, encoding: str | None = None) -> str:
    """A text file for people: UTF-8 (BOM or not), UTF-16 by its BOM, or ``encoding``;
    every problem an :class:`IncidentFileError` with the fix."""
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if p.is_dir():
        raise IncidentFileError(f"{p}: is a directory; give the {what} file in it")
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise IncidentFileError(f"{p}: no such file; check the path") from None
    except OSError as exc:
        raise IncidentFileError(f"{p}: cannot be read ({exc.strerror}); check its permissions") from None
    if encoding is None and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    try:
        return raw.decode(encoding or "utf-8-sig")
    except LookupError:
        raise IncidentFileError(f"--encoding {encoding!r} is not a known encoding; e.g. utf-8, cp1252, latin-1") from None
    except UnicodeDecodeError as exc:
        raise IncidentFileError(
            f"{p}: not {encoding or 'UTF-8'} (byte {exc.start}: {raw[exc.start : exc.start + 1]!r}); if it was saved as "
            "Windows-1252 or Latin-1 pass --encoding cp1252, or re-save it as UTF-8"
        ) from None


def _read_names(path: str, encoding: str | None = None) -> list[str]:
    text = _read_text(path, "names", encoding)
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _iso_date(text: str) -> str:
    """argparse type: an ISO date YYYY-MM-DD, or a refusal that says why."""
    import re
    from datetime import date

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        why = " (is 03/04 the 3rd of April or March 4?)" if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text.strip()) else ""
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date{why}; write YYYY-MM-DD, e.g. 2026-03-05")
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day of the calendar; write YYYY-MM-DD") from None
    return text.strip()


def _column_arg(text: str) -> tuple[str, str]:
    src, sep, dst = text.partition("=")
    if not sep or not src.strip() or not dst.strip():
        raise argparse.ArgumentTypeError(f"--column takes SOURCE=SCHEMA, e.g. event_date=date; got {text!r}")
    return src.strip(), dst.strip()


def _read(args: argparse.Namespace):
    """read_incidents with the input options; a table without rows is an input error."""
    from .incidents import read_incidents

    gdf = read_incidents(
        args.incidents,
        columns=dict(args.column) if args.column else None,
        format=args.format,
        country=args.country,
        encoding=args.encoding,
        sep=args.sep,
        layer=args.layer,
        progress=args.progress,
        region=args.region,
    )
    if len(gdf) == 0:
        raise IncidentFileError(f"{args.incidents}: no incident rows below the header; add rows or check the file")
    return gdf


def _cmd_geocode(args: argparse.Namespace) -> int:
    from .geocoding import check_hints, geocode_many

    names = list(args.names)
    if args.file:
        names += _read_names(args.file, args.encoding)
    if not names:
        raise GeoincError("give place names as arguments or with --file")
    check_hints(country=args.country, admin1=args.admin1, region=args.region)  # an option applies to every name: a usage error
    df = geocode_many(names, country=args.country, admin1=args.admin1, admin2=args.admin2, progress=args.progress, region=args.region)
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
        raise argparse.ArgumentTypeError(f"--bands takes numbers separated by commas, e.g. 10,25,50,100; got {text!r}") from None


def _cmd_stats(args: argparse.Namespace) -> int:
    from .analysis import border_proximity, border_summary, plot_border_profile

    gdf = border_proximity(_read(args), region=args.region)
    table = border_summary(gdf, bands_km=args.bands, by=args.by, region=args.region)
    if args.output:
        out = Path(args.output)
        if out.suffix.lower() == ".md":
            out.write_text(_markdown(table), encoding="utf-8")
        elif out.suffix.lower() == ".csv":
            from .io import escape_formula

            table.map(escape_formula).to_csv(out, index=False, lineterminator="\n")
        else:
            raise _OutputError(f"{out}: -o takes a .csv or .md file")
    print(_markdown(table))
    _report_rows(gdf)
    if args.plot:
        fig = plot_border_profile(gdf, bands_km=args.bands, region=args.region)
        fig.savefig(args.plot, dpi=120, metadata={"Software": None})
        print(f"profile written to {args.plot}", file=sys.stderr)
    return 0


def _report_rows(gdf, limit: int = 20) -> None:
    """Rows that are not "ok", counted by status, the first few messages on stderr."""
    counts = gdf["status"].value_counts()
    if set(counts.index) <= {"ok"}:
        return
    print("\n" + ", ".join(f"{k}: {v}" for k, v in counts.items()), file=sys.stderr)
    shown = gdf.loc[gdf["status"] != "ok", "message"].head(limit)
    for msg in shown:
        print("  " + msg, file=sys.stderr)
    rest = int((gdf["status"] != "ok").sum()) - len(shown)
    if rest > 0:
        print(f"  ... and {rest} more (see the status and message columns)", file=sys.stderr)


def _markdown(df) -> str:
    cols = list(df.columns)
    fmt = lambda v: "" if v is None or (isinstance(v, float) and v != v) else (f"{v:g}" if isinstance(v, float) else str(v))  # noqa: E731
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    lines += ["| " + " | ".join(fmt(v).replace("|", "\\|") for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def _cmd_export(args: argparse.Namespace) -> int:
    from .analysis import border_proximity
    from .io import to_file

    gdf = _read(args)
    if not args.no_border:
        gdf = border_proximity(gdf, region=args.region)
    path = to_file(gdf, args.output)
    counts = gdf["status"].value_counts()
    print(f"wrote {len(gdf)} rows to {path} (" + ", ".join(f"{k}: {v}" for k, v in counts.items()) + ")", file=sys.stderr)
    return 0


def _cmd_map(args: argparse.Namespace) -> int:
    from .maps import incident_map, save_map

    static = Path(args.output).suffix.lower() in (".png", ".svg", ".pdf")

    steps = ["read and geocode", "render", "write"]
    bar = None
    if args.progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(steps), desc="map", unit="step")
    gdf = _read(args)
    if bar:
        bar.update()
    if static:  # a picture for publication (matplotlib)
        from .figure import incident_figure, save_figure

        fig = incident_figure(gdf, title=args.title, region=args.region)
        if bar:
            bar.update()
        path = save_figure(fig, args.output)
    else:
        m = incident_map(
            gdf,
            title=args.title,
            cluster=False if args.no_cluster else None,
            heatmap=args.heatmap,
            time=args.time,
            cdn=args.cdn,
            region=args.region,
        )
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
    print(
        f"{len(ASSETS)} assets in {folder} (maps do not need them: the wheel ships them; these copies are for serving or inspecting)",
        file=sys.stderr,
    )
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from .text import extract_places
    from .textevents import extract_incidents

    text = _read_text(args.article, "article", args.encoding)
    mentions = extract_places(text, region=args.region)
    drafts = extract_incidents(text, published=args.published, source=args.source, region=args.region)
    print(f"{len(mentions)} place mentions:", file=sys.stderr)
    for m in mentions:
        where = m.place.name + f" ({m.place.kind}, {m.place.admin1 or m.place.country})" if m.place else m.status
        if m.status == "unresolved":
            where = f"unresolved, located at {where}" if m.place else "unresolved"
        print(f"  {m.start:6}-{m.end:<6} {m.text!r:32} -> {where}  [{m.confidence:.2f}]", file=sys.stderr)
    cols = [
        "id",
        "date",
        "date_precision",
        "event_type",
        "location",
        "place",
        "killed_min",
        "killed_best",
        "injured_min",
        "civilians_killed",
        "actor",
        "verification",
        "aggregate",
        "background",
    ]
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
        gdf = read_incidents(events.drop(columns=["aggregate"]), region=args.region)
        save_map(incident_map(gdf, title=f"Drafts: {args.article}", region=args.region), args.map)
        print(f"map written to {args.map}", file=sys.stderr)
    return 0


def _input_options(p: argparse.ArgumentParser) -> None:
    """Options of the commands that read an incident table."""
    p.add_argument("--country", help="default country (ISO code, e.g. AF) for rows without one")
    p.add_argument(
        "--column",
        action="append",
        type=_column_arg,
        metavar="SOURCE=SCHEMA",
        help="map a column onto the schema, e.g. --column event_date=date (repeatable)",
    )
    p.add_argument("--format", choices=["acled", "ucdp", "gtd", "geoinc"], help="force a format (default: detected)")
    p.add_argument("--encoding", help="text encoding (default UTF-8, or UTF-16 by its byte-order mark), e.g. cp1252")
    p.add_argument("--sep", help="CSV separator (default: detected among , ; tab |)")
    p.add_argument("--layer", help="GeoPackage layer (needed when the file has several)")
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bars (default: when stderr is a terminal)"
    )


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="geoinc",
        description="Map conflict incidents from news reports (AF/PK).",
        epilog="exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()),
    )
    ap.add_argument("--version", action="version", version=f"geoinc {__version__}")
    ap.add_argument("--region", default=None, help=_REGION_HELP)
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("geocode", help="resolve place names offline and print a table")
    g.add_argument("--region", default=argparse.SUPPRESS, help=_REGION_HELP)
    g.add_argument("names", nargs="*", help="place names, e.g. 'Khair Khana' 'Ali Sher, Khost'")
    g.add_argument("--file", help="one name per line ('-' for stdin; '#' starts a comment)")
    g.add_argument("--country", help="restrict to a country (AF, PK or a name)")
    g.add_argument("--admin1", help="restrict to a province or region (name, ISO 3166-2 or code such as AF.37)")
    g.add_argument("--admin2", help="restrict to a district (ignored, with a message, if it names none)")
    g.add_argument("--json", action="store_true", help="print JSON records instead of a table")
    g.add_argument("--encoding", help="encoding of --file (default UTF-8, or UTF-16 by its byte-order mark)")
    g.add_argument("--progress", action="store_true", help="show a progress bar")
    g.set_defaults(func=_cmd_geocode)

    st = sub.add_parser("stats", help="incidents and casualties by distance to the region's border (the Durand Line)")
    st.add_argument("--region", default=argparse.SUPPRESS, help=_REGION_HELP)
    st.add_argument("incidents", help="CSV, JSON, GeoJSON or GeoPackage of incidents (ACLED and UCDP exports too)")
    st.add_argument("--bands", type=_bands_arg, default=(10, 25, 50, 100), help="band edges in km (10,25,50,100)")
    st.add_argument("--by", action="append", help="split further: month, year, week, event_type, admin1, actor ...")
    st.add_argument("-o", "--output", help="write the table to a .csv or .md file")
    st.add_argument("--plot", help="write the border profile to a PNG file")
    _input_options(st)
    st.set_defaults(func=_cmd_stats)

    ex = sub.add_parser("export", help="write incidents as GeoJSON (RFC 7946), GeoPackage or CSV")
    ex.add_argument("--region", default=argparse.SUPPRESS, help=_REGION_HELP)
    ex.add_argument("incidents")
    ex.add_argument("-o", "--output", required=True, help="out.geojson, out.gpkg or out.csv")
    ex.add_argument("--no-border", action="store_true", help="leave out the border proximity columns")
    _input_options(ex)
    ex.set_defaults(func=_cmd_export)

    mp = sub.add_parser("map", help="a map of incidents: HTML (works offline) or PNG/SVG/PDF")
    mp.add_argument("--region", default=argparse.SUPPRESS, help=_REGION_HELP)
    mp.add_argument("incidents")
    mp.add_argument(
        "-o",
        "--output",
        default="incidents_map.html",
        help="map.html (interactive), or map.png / .svg / .pdf (static, for publication)",
    )
    mp.add_argument("--title")
    mp.add_argument("--no-cluster", action="store_true", help="never draw hexagon bins (default: above 20,000 in view)")
    mp.add_argument("--heatmap", action=argparse.BooleanOptionalAction, default=True, help="heatmap layer (toggle)")
    mp.add_argument("--time", action=argparse.BooleanOptionalAction, default=True, help="timeline of incidents per week/month")
    mp.add_argument("--cdn", action="store_true", help="load Leaflet from a CDN (smaller file; the page then needs the network)")
    _input_options(mp)
    mp.set_defaults(func=_cmd_map)

    xt = sub.add_parser("extract", help="place mentions and draft incidents from an article")
    xt.add_argument("--region", default=argparse.SUPPRESS, help=_REGION_HELP)
    xt.add_argument("article", help="a text file ('-' for stdin)")
    xt.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD (for 'Friday', 'last night', ...)")
    xt.add_argument("--encoding", help="encoding of the article (default UTF-8, or UTF-16 by its byte-order mark)")
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
    """Run the CLI; returns the exit code (:data:`EXIT_CODES`)."""
    import os

    args = _parser().parse_args(argv)
    if getattr(args, "progress", False) is None:
        args.progress = sys.stderr.isatty()
    try:
        return args.func(args)
    except IncidentError as exc:
        print(f"geoinc: error: {exc}", file=sys.stderr)
        return 3
    except _OutputError as exc:
        print(f"geoinc: error: {exc}", file=sys.stderr)
        return 4
    except GeoincError as exc:
        print(f"geoinc: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # writing an output: a missing folder, no permission, a full disk
        where = f"{exc.filename}: " if exc.filename else ""
        print(
            f"geoinc: error: {where}cannot be written ({exc.strerror or exc}); check the folder and its permissions", file=sys.stderr
        )
        return 4
    except Exception as exc:  # a bug: one line for people, the traceback on request
        if os.environ.get("GEOINC_DEBUG"):
            raise
        print(
            f"geoinc: internal error: {type(exc).__name__}: {str(exc)[:200]}; please report it (GEOINC_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
