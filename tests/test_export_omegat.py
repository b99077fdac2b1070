"""A real CAT tool takes our TMX: OmegaT fills the target document from it.

Drives ../shared/eval/omegat_roundtrip.sh (OmegaT 3.6 in console mode, ~4 s a run);
skips cleanly when OmegaT, Java or ../shared are not installed.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from support.omegat import omegat_available
from test_export import LETTER, NBSP
from test_export_helpers import make_project, shared

from workbench import Store
from workbench.export import export_project

# Sentences of a letter, with a 2:1 link: OmegaT can never match that unit as a whole.
PAIRS = [
    *LETTER,
    ("Le budget s’élève à 13 400 000 francs suisses.", "The budget is CHF 13.4 million, 2.5 million voluntary."),
    ("Dont 2,5 millions de contributions volontaires.", ""),
    (f"Veuillez agréer les assurances de ma très haute considération{NBSP}!", "Accept my highest consideration!"),
]
LINKS = [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4, 5], [4]), ([6], [6])]


def _omegat(tmx: Path, source: Path, *args: str) -> tuple[int, int, str]:
    if not omegat_available():
        pytest.skip("OmegaT is not installed (apt-get install omegat); real-client check skipped")
    script = shared("eval", "omegat_roundtrip.sh")
    done = subprocess.run(
        ["bash", str(script), str(tmx), str(source), *args], capture_output=True, text=True, timeout=600
    )
    found = re.search(r"omegat_ok=(\d) matched=(\d+)/(\d+)", done.stdout)
    assert found, done.stdout + done.stderr
    print(done.stdout)  # shown with pytest -s: what OmegaT made of our file
    return int(found.group(2)), int(found.group(3)), done.stdout


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    store = Store.open_workspace()
    pid = make_project(store, "lettre", PAIRS, links=LINKS)
    return export_project(store, pid, out=tmp_path / "lettre.tmx")


def test_omegat_fills_every_line_from_our_tmx(exported: Path, tmp_path: Path) -> None:
    # One unit per line, as our segmenter cut them: OmegaT must find every pair.
    source = tmp_path / "source.txt"
    merged = f"{PAIRS[4][0]} {PAIRS[5][0]}"
    lines = [PAIRS[i][0] for i in (0, 1, 2, 3)] + [merged, PAIRS[6][0]]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    matched, total, _ = _omegat(exported, source, "--lines")
    assert (matched, total) == (6, 6)


def test_omegat_with_its_own_segmentation_matches_the_one_to_one_units(exported: Path, tmp_path: Path) -> None:
    # Rebuilt paragraphs, one per block: OmegaT's French SRX splits them itself.
    source = tmp_path / "paragraphs.txt"
    paragraphs = [" ".join(PAIRS[i][0] for i in (0, 1)), " ".join(PAIRS[i][0] for i in (2, 3, 4, 5)), PAIRS[6][0]]
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    matched, total, out = _omegat(exported, source, "--min-ratio", "0")
    # Every 1:1 unit is one of OmegaT's segments (M. and « » do not fool its rules);
    # the 2:1 unit is two OmegaT segments, so it cannot be an exact match.
    assert (matched, total) == (5, 6), out
    assert "Le budget" in out and "segmented the source differently" in out


def omegat_segments(source_text: str, work: Path, segmentation: bytes | None = None) -> list[str]:
    from support.omegat import omegat_segments as run

    if not omegat_available():
        pytest.skip("OmegaT is not installed (apt-get install omegat); real-client check skipped")
    return run(source_text, work, segmentation)


def test_omegat_3_6_loads_our_segmentation_rules_as_a_project_file(tmp_path: Path) -> None:
    from workbench.export.srx import write_omegat_segmentation

    text = "Elle examinera le rapport « L’eau, bien commun ». M. Brissac présidera."
    default = omegat_segments(text + "\n", tmp_path / "default")
    assert sorted(default) == ["Elle examinera le rapport « L’eau, bien commun ».", "M. Brissac présidera."]
    # A rule OmegaT does not have (break after a comma) shows that it reads ours.
    conf = io.BytesIO()
    write_omegat_segmentation({"fr": [(True, ",", r"\s")], "en": [(True, r"[.?!]", r"\s")]}, conf)
    ours = omegat_segments(text + "\n", tmp_path / "ours", conf.getvalue())
    assert sorted(ours) == ["Elle examinera le rapport « L’eau,", "bien commun ». M. Brissac présidera."]
