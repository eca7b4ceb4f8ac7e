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
