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
    assert json.loads(capsys.readouterr().out)[0]["status"] == "unresolved"


@pytest.mark.parametrize("argv", [["geocode"], ["geocode", "--file", "/nonexistent/names.txt"],
                                  ["geocode", "Kabul", "--country", "Narnia"]])
def test_bad_input_exits_2_with_a_message(argv, capsys):
    assert main(argv) == 2
    assert "geoinc: error:" in capsys.readouterr().err


def test_invalid_row_exits_1(capsys):
    assert main(["geocode", "Kabul", "   "]) == 1


def test_module_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "geoinc", "geocode", "Torkham", "--json"], capture_output=True,
                         text=True, check=True).stdout
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


@pytest.mark.parametrize("argv", [["stats", "/nope.csv"], ["export", EXAMPLE, "-o", "/tmp/x.shp"],
                                  ["stats", EXAMPLE, "--by", "colour"]])
def test_stats_and_export_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "geoinc: error:" in capsys.readouterr().err


def test_bad_bands_are_a_usage_error(capsys):
    with pytest.raises(SystemExit):
        main(["stats", EXAMPLE, "--bands", "ten,twenty"])
