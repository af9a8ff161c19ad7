"""The figure helper: house style, refusal without alt text or data, byte-identical files."""

from __future__ import annotations

import pandas as pd
import pytest

from perumex.figures import FigureError, new_figure, publish

DATA = pd.DataFrame({"year": [2022, 2023, 2024], "value": [844.9, 868.6, 900.0]})
ALT = "Line chart of a synthetic test series rising over three years."


def _draw():
    fig, ax = new_figure()
    ax.plot(DATA["year"], DATA["value"], marker="o")
    ax.set_title("Perú – México: ¿señal? «prueba» ñ")
    return fig


def test_publish_writes_svg_pdf_csv_and_alt(tmp_path, monkeypatch):
    monkeypatch.setenv("PERUMEX_FIGURES_DIR", str(tmp_path))
    shown = publish(_draw(), name="fig-test-series", alt=ALT, data=DATA)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "fig-test-series.csv", "fig-test-series.json", "fig-test-series.pdf", "fig-test-series.svg"]
    assert pd.read_csv(tmp_path / "fig-test-series.csv").equals(DATA)
    bundle = shown._repr_mimebundle_()
    assert bundle["image/svg+xml"].lstrip().startswith("<?xml")
    assert ALT in bundle["text/plain"]
    assert (tmp_path / "fig-test-series.pdf").read_bytes().startswith(b"%PDF")


def test_rerun_is_byte_identical(tmp_path, monkeypatch):
    outputs = []
    for run in ("a", "b"):
        folder = tmp_path / run
        monkeypatch.setenv("PERUMEX_FIGURES_DIR", str(folder))
        publish(_draw(), name="fig-test-series", alt=ALT, data=DATA)
        outputs.append({p.name: p.read_bytes() for p in folder.iterdir()})
    assert outputs[0] == outputs[1]
    assert b"<dc:date>" not in outputs[0]["fig-test-series.svg"]
    assert b"CreationDate" not in outputs[0]["fig-test-series.pdf"]


@pytest.mark.parametrize("alt", ["", "   ", None, "too short"])
def test_refuses_figure_without_alt_text(tmp_path, monkeypatch, alt):
    monkeypatch.setenv("PERUMEX_FIGURES_DIR", str(tmp_path))
    with pytest.raises(FigureError, match="alt text"):
        publish(_draw(), name="fig-test-series", alt=alt, data=DATA)
    assert not list(tmp_path.iterdir())


def test_refuses_figure_without_data(tmp_path, monkeypatch):
    monkeypatch.setenv("PERUMEX_FIGURES_DIR", str(tmp_path))
    with pytest.raises(FigureError, match="DataFrame"):
        publish(_draw(), name="fig-test-series", alt=ALT, data=pd.DataFrame())


def test_refuses_bad_name(tmp_path, monkeypatch):
    monkeypatch.setenv("PERUMEX_FIGURES_DIR", str(tmp_path))
    with pytest.raises(FigureError, match="name"):
        publish(_draw(), name="My Figure", alt=ALT, data=DATA)
