"""The bundled example and the seeds, segmented by our own segmenter, export as TMX the checker
and OmegaT accept. Skips only while the segmentation stage is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES
from lxml import etree
from test_export_helpers import check_tmx, shared

from workbench import Document, Link, LinkStatus, Role, Store
from workbench.export import export_project


def _segmented(path: Path, lang: str, role: Role) -> Document:
    from workbench.pipeline import read_and_segment

    return read_and_segment(path, lang, role)


def _project(store: Store, name: str, fr_path: Path, en_path: Path | None) -> tuple[int, list[str]]:
    """Source and target segmented; links 1:1 by position (the aligner is not what is tested here)."""
    fr = _segmented(fr_path, "fr", Role.SOURCE)
    proj = store.create_project(name, "fr", "en")
    store.add_document(proj.id, fr)
    if en_path is not None:
        en = store.add_document(proj.id, _segmented(en_path, "en", Role.TARGET))
    else:  # no English version: the French is its own stand-in target
        en = _segmented(fr_path, "fr", Role.TARGET)
        en.lang = "en"
        en = store.add_document(proj.id, en)
    pairs = list(zip(fr.segments, en.segments, strict=False))
    links = [Link([s.id or 0], [t.id or 0], 0.9, LinkStatus.APPROVED) for s, t in pairs]
    store.replace_links(proj.id, links)
    paragraphs = [" ".join(s.text for s in p.segments) for p in fr.paragraphs if p.segments]
    return proj.id, paragraphs


def test_bundled_example_exports_and_omegat_fills_it(tmp_path: Path) -> None:
    checker = shared("eval", "check_tmx.py")
    store = Store.open_workspace()
    pid, paragraphs = _project(store, "example", EXAMPLES / "lettre-fr.txt", EXAMPLES / "letter-en.txt")
    path = export_project(store, pid, out=tmp_path / "example.tmx")
    out = check_tmx(path, checker, "--source-text", str(EXAMPLES / "lettre-fr.txt"))
    assert "typography changed" not in out

    from test_export_omegat import _omegat

    # Our units one per line: OmegaT must find every pair.
    units = tmp_path / "units.txt"
    srcs = [tu.findtext("tuv/seg") or "" for tu in etree.parse(str(path)).getroot().iter("tu")]
    units.write_text("\n".join(srcs) + "\n", encoding="utf-8")
    matched, total, _ = _omegat(path, units, "--lines")
    assert matched == total
    # Our rebuilt paragraphs, one per block, with OmegaT's own segmentation: reported, not all expected.
    blocks = tmp_path / "paragraphs.txt"
    blocks.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    matched, total, out = _omegat(path, blocks, "--min-ratio", "0")
    print(f"OmegaT own segmentation on the example: {matched}/{total} exact matches")
    assert matched > 0, out


@pytest.mark.parametrize("seed", ["000_41ae84ca3f15aa7e.txt", "001_d3c509bc505ec507.txt"])
def test_seeds_export_with_their_typography_kept(tmp_path: Path, seed: str) -> None:
    checker = shared("eval", "check_tmx.py")
    source = shared("seeds", seed)
    store = Store.open_workspace()
    pid, _ = _project(store, Path(seed).stem, source, None)
    path = export_project(store, pid, out=tmp_path / f"{Path(seed).stem}.tmx")
    out = check_tmx(path, checker, "--source-text", str(source))
    assert "typography changed" not in out


def test_omegat_with_our_rules_matches_at_least_as_many_of_our_segments(tmp_path: Path) -> None:
    import io

    from test_export_omegat import omegat_segments

    from workbench.export.srx import load_rules, write_omegat_segmentation

    doc = _segmented(EXAMPLES / "lettre-fr.txt", "fr", Role.SOURCE)
    ours = [s.text for s in doc.segments]
    text = "\n\n".join(" ".join(s.text for s in p.segments) for p in doc.paragraphs if p.segments) + "\n"
    conf = io.BytesIO()
    write_omegat_segmentation(load_rules(["fr", "en"]), conf)
    default = set(omegat_segments(text, tmp_path / "default"))
    custom = set(omegat_segments(text, tmp_path / "ours", conf.getvalue()))
    n_default, n_custom = sum(s in default for s in ours), sum(s in custom for s in ours)
    print(f"OmegaT exact-matchable segments of {len(ours)}: default rules {n_default}, our rules {n_custom}")
    assert n_custom >= n_default
