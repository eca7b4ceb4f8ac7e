"""The geoinc command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geoinc.cli import main


def test_geocode_prints_a_table(capsys):
    assert main(["geocode", "Khair Khana", "Zazai Maidan, Khost"]) == 0
    out = capsys.readouterr().out
    assert "Khair Khana" in out and "neighbourhood" in out and "district" in out


def test_geocode_json_is_valid_and_complete(capsys):
    assert main(["geocode", "Khair Khana", "Xyzzy", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in records] == ["matched", "unresolved"]
    assert records[0]["lat"] == pytest.approx(34.577)


def test_geocode_reads_names_from_a_file(tmp_path, capsys):
    f = tmp_path / "names.txt"
    f.write_text("# comment\nKabul\n\nGardez, Paktia\n", encoding="utf-8")
    assert main(["geocode", "--file", str(f), "--json"]) == 0
    assert [r["query"] for r in json.loads(capsys.readouterr().out)] == ["Kabul", "Gardez, Paktia"]


def test_country_option_restricts(capsys):
    main(["geocode", "Khost", "--country", "PK", "--json"])
    assert json.loads(capsys.readouterr().out)[0]["status"] in ("unresolved", "ambiguous")  # never the Afghan city


@pytest.mark.parametrize(
    "argv, code",
    [(["geocode"], 2), (["geocode", "--file", "/nonexistent/names.txt"], 3), (["geocode", "Kabul", "--country", "Narnia"], 2)],
)
def test_bad_input_exits_with_a_documented_code_and_a_message(argv, code, capsys):
    assert main(argv) == code
    assert "geoinc: error:" in capsys.readouterr().err


def test_invalid_row_exits_1(capsys):
    assert main(["geocode", "Kabul", "   "]) == 1


def test_module_entry_point_runs():
    out = subprocess.run(
        [sys.executable, "-m", "geoinc", "geocode", "Torkham", "--json"], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out)[0]["kind"] == "crossing"


EXAMPLE = str(__import__("pathlib").Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv")


def test_stats_prints_a_table_and_writes_outputs(tmp_path, capsys):
    md, png = tmp_path / "t.md", tmp_path / "p.png"
    assert main(["stats", EXAMPLE, "--bands", "10,50,100", "-o", str(md), "--plot", str(png)]) == 0
    out = capsys.readouterr().out
    assert "| side | band | incidents |" in out and "imprecise" in out and "10–50 km" in out
    assert md.read_text(encoding="utf-8").startswith("| side | band |")
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_stats_by_month_writes_csv(tmp_path):
    import pandas as pd

    out = tmp_path / "t.csv"
    assert main(["stats", EXAMPLE, "--by", "month", "-o", str(out)]) == 0
    t = pd.read_csv(out)
    assert list(t.columns[:3]) == ["month", "side", "band"] and t["incidents"].sum() == 16


@pytest.mark.parametrize("ext", ["geojson", "gpkg", "csv"])
def test_export_writes_each_format(tmp_path, ext, capsys):
    import pyogrio

    out = tmp_path / f"x.{ext}"
    assert main(["export", EXAMPLE, "-o", str(out)]) == 0
    assert "wrote 16 rows" in capsys.readouterr().err
    if ext != "csv":
        assert pyogrio.read_info(out)["features"] == 16


@pytest.mark.parametrize(
    "argv, code",
    [
        (["stats", "/nope.csv"], 3),
        (["export", EXAMPLE, "-o", "/tmp/x.shp"], 2),
        (["stats", EXAMPLE, "--by", "colour"], 2),
        (["export", EXAMPLE, "-o", "/nonexistent-dir/x.csv"], 4),
    ],
)
def test_stats_and_export_errors_exit_with_their_code(argv, code, capsys):
    assert main(argv) == code
    err = capsys.readouterr().err
    assert err.startswith("geoinc: error:") and "Traceback" not in err


def test_bad_bands_are_a_usage_error(capsys):
    with pytest.raises(SystemExit):
        main(["stats", EXAMPLE, "--bands", "ten,twenty"])


# --- input files as people have them: one line what is wrong and how to fix it, no traceback
ROWS = [["id", "date", "location", "killed_best"], ["a1", "2026-03-02", "Gardez", "3"], ["a2", "2026-03-03", "Kâbul", "1"]]


def _table(sep: str = ",") -> str:
    return "\n".join(sep.join(r) for r in ROWS) + "\n"


INPUT_FILES = {
    # case: (file name, bytes, exit code, what stderr says)
    "empty": ("e.csv", b"", 3, "the file is empty"),
    "newlines only": ("n.csv", b"\n\n\n", 3, "no header row"),
    "header only": ("h.csv", b"id,date,location\n", 3, "no incident rows below the header"),
    "UTF-8 with BOM": ("b.csv", b"\xef\xbb\xbf" + _table().encode(), 0, "wrote 2 rows"),
    "UTF-16": ("u.csv", _table().encode("utf-16"), 0, "wrote 2 rows"),
    "Latin-1": ("l.csv", _table().encode("latin-1"), 3, "pass encoding='cp1252' (CLI: --encoding cp1252)"),
    "semicolon separated": ("s.csv", _table(";").encode(), 0, "wrote 2 rows"),
    "tab separated": ("t.tsv", _table("\t").encode(), 0, "wrote 2 rows"),
    "tab separated .csv": ("t.csv", _table("\t").encode(), 0, "wrote 2 rows"),
    "xlsx": ("x.xlsx", b"PK\x03\x04 not really a workbook", 3, ".xlsx"),
    "unclosed quote": ("q.csv", b'id,date,location\na1,2026-03-02,"Gardez\na2,2026-03-03,Kabul\n', 3, "quote"),
    "ragged rows": ("r.csv", b"id,date,location\na1,2026-03-02,Gardez,extra,cells\n", 3, "fields, the header 3"),
    "missing date column": ("m.csv", b"event_date,location\n2026-03-02,Gardez\n", 3, "--column event_date=date"),
}


@pytest.mark.parametrize("case", list(INPUT_FILES))
def test_input_file_problems_get_one_line_and_an_exit_code(case, tmp_path, capsys):
    name, data, code, says = INPUT_FILES[case]
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["export", str(path), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == code
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    if code:
        assert err.count("\n") == 1 and err.startswith("geoinc: error:")


@pytest.mark.parametrize("command", ["stats", "map", "export"])
@pytest.mark.parametrize("target", ["directory", "missing"])
def test_a_directory_or_a_missing_file_is_an_input_error(command, target, tmp_path, capsys):
    path = tmp_path if target == "directory" else tmp_path / "nope.csv"
    argv = [command, str(path)] + (["-o", str(tmp_path / "o.csv")] if command == "export" else [])
    assert main(argv) == 3
    assert ("is a directory" if target == "directory" else "no such file") in capsys.readouterr().err


def test_latin1_reads_with_the_encoding_option(tmp_path):
    import pandas as pd

    path = tmp_path / "l.csv"
    path.write_bytes(_table().encode("latin-1"))
    assert main(["export", str(path), "-o", str(tmp_path / "o.csv"), "--encoding", "cp1252"]) == 0
    assert pd.read_csv(tmp_path / "o.csv")["location"].tolist() == ["Gardez", "Kâbul"]


def test_column_option_maps_a_name(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b"event_date,location\n2026-03-02,Gardez\n")
    assert main(["export", str(path), "-o", str(tmp_path / "o.geojson"), "--column", "event_date=date"]) == 0


def test_geocode_file_in_utf16_or_latin1(tmp_path, capsys):
    f = tmp_path / "names.txt"
    f.write_bytes("Kabul\nGardez\n".encode("utf-16"))
    assert main(["geocode", "--file", str(f), "--json"]) == 0
    f.write_bytes("K\u00e4bul\n".encode("latin-1"))
    capsys.readouterr()
    assert main(["geocode", "--file", str(f), "--json"]) == 3
    err = capsys.readouterr().err
    assert "--encoding cp1252" in err and "Traceback" not in err
    assert main(["geocode", "--file", str(f), "--encoding", "latin-1", "--json"]) == 0


def test_extract_refuses_a_non_utf8_article_with_the_fix(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes("Pakistani jets struck Khost on Friday, officials said. Caf\u00e9.".encode("cp1252"))
    assert main(["extract", str(f)]) == 3
    assert "--encoding cp1252" in capsys.readouterr().err


@pytest.mark.parametrize(
    "value, reason",
    [
        ("03/04/2026", "is 03/04 the 3rd of April or March 4?"),
        ("2026-02-30", "not a day of the calendar"),
        ("yesterday", "not an ISO date"),
    ],
)
def test_published_must_be_iso(value, reason, tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Pakistani jets struck Khost, officials said.", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(f), "--published", value])
    assert exc.value.code == 2 and reason in capsys.readouterr().err


def test_exit_codes_are_documented_in_the_help():
    from geoinc.cli import EXIT_CODES, _parser

    assert set(EXIT_CODES) == {0, 1, 2, 3, 4, 70}
    help_text = " ".join(_parser().format_help().split())
    assert all(f"{k} {v}" in help_text for k, v in EXIT_CODES.items())
