"""Static maps for publication: geoinc.incident_figure and `geoinc map ... -o map.png`."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

import geoinc
from geoinc.cli import main
from geoinc.figure import FigureError, save_figure

pytest.importorskip("matplotlib")

EXAMPLE = Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"


@pytest.fixture(scope="module")
def example():
    return geoinc.read_incidents(EXAMPLE)


@pytest.fixture(scope="module")
def located(example):
    return example[~example.geometry.is_empty]


@pytest.fixture(scope="module")
def fig(example):
    return geoinc.incident_figure(example, title="Seed articles")


def _png_pixels(fig) -> np.ndarray:
    from PIL import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=60)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def test_figure_is_an_image_with_the_geography_and_incidents(fig):
    img = _png_pixels(fig).reshape(-1, 3)
    colours, counts = np.unique(img, axis=0, return_counts=True)
    assert len(colours) > 100 and counts.max() / len(img) < 0.8  # not blank, not one flat colour
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Seed articles"
    assert [c.get_gid() for c in ax.collections] == ["incidents-province", "incidents-district", "incidents-precise"]


def test_legend_lists_each_type_present_with_its_count(fig, located):
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    counts = located["event_type"].value_counts()
    for event_type, n in counts.items():
        assert f"{event_type} ({n})" in labels
    assert not any(t.startswith("Shelling") for t in labels)  # absent types are not listed
    assert "Durand Line" in labels and "province-level location" in labels


def test_border_scale_bar_and_attribution_are_drawn(fig, example, located):
    ax = fig.axes[0]
    line = [ln for ln in ax.lines if ln.get_gid() == "durand-line"]
    assert line and len(line[0].get_xdata()) > 1000
    label = next(t.get_text() for t in ax.texts if t.get_gid() == "scale-bar-label")
    assert any(ln.get_gid() == "scale-bar" for ln in ax.lines) and label.endswith("°N)") and " km " in label
    text = " ".join(t.get_text() for t in fig.texts)
    assert "OpenStreetMap" in text and "GeoNames" in text and f"{len(located)} incidents mapped" in text
    if len(located) < len(example):
        assert f"{len(example) - len(located)} without location" in text


def test_extent_is_the_incidents_and_can_be_set(example):
    ax = geoinc.incident_figure(example).axes[0]
    west, east = ax.get_xlim()
    assert west < example.geometry.x.min() and east > example.geometry.x.max()
    ax = geoinc.incident_figure(example, extent=(69, 33, 71, 35)).axes[0]
    assert ax.get_xlim() == (69, 71)
    with pytest.raises(FigureError, match="west < east"):
        geoinc.incident_figure(example, extent=(71, 33, 69, 35))


def test_empty_frame_draws_the_region(example):
    fig = geoinc.incident_figure(example.iloc[:0])
    assert "0 incidents mapped" in fig.texts[0].get_text() and fig.axes[0].get_xlim()[0] < 61


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_saved_in_each_format_identically_for_identical_input(fig, tmp_path, suffix, magic):
    a = save_figure(fig, tmp_path / f"a{suffix}").read_bytes()
    b = save_figure(fig, tmp_path / f"b{suffix}").read_bytes()
    assert a.startswith(magic) and a == b


def test_other_suffixes_are_refused(fig, tmp_path):
    with pytest.raises(FigureError, match=r"\.png, \.svg or \.pdf"):
        save_figure(fig, tmp_path / "map.jpg")


def test_cli_map_writes_a_png(tmp_path, capsys, example, located):
    out = tmp_path / "map.png"
    assert main(["map", str(EXAMPLE), "-o", str(out), "--title", "Seed articles"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 50_000
    assert f"{len(located)} of {len(example)} incidents mapped" in capsys.readouterr().err


def test_cli_map_html_is_offline_unless_cdn(tmp_path):
    assert main(["map", str(EXAMPLE), "-o", str(tmp_path / "a.html")]) == 0
    assert main(["map", str(EXAMPLE), "-o", str(tmp_path / "b.html"), "--cdn"]) == 0
    offline, online = (tmp_path / "a.html").read_text(encoding="utf-8"), (tmp_path / "b.html").read_text(encoding="utf-8")
    assert 'src="https://' not in offline and 'src="https://cdn.jsdelivr.net/npm/leaflet@' in online
