"""Ask an installed OmegaT (3.x, console mode) how it segments a text.

A TMX unit is an exact match in a CAT tool only when its source text equals one
of the tool's own segments, so this is how the tests and the benchmark measure
what our exports are worth in OmegaT, with its default rules and with ours.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from lxml import etree

from workbench.errors import StageMissingError, WorkbenchError

OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))

PROJECT_FILE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file>
<dictionary_dir>__DEFAULT__</dictionary_dir><source_lang>{src}</source_lang><target_lang>{tgt}</target_lang>
<source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>
<target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
<sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations>
<remove_tags>false</remove_tags></project></omegat>
"""


def omegat_available() -> bool:
    return OMEGAT_JAR.exists() and shutil.which("java") is not None


def omegat_segments(
    source_text: str, work: Path, segmentation: bytes | None = None, *, src: str = "fr", tgt: str = "en"
) -> list[str]:
    """OmegaT's own source segments of `source_text` (a plain-text file: one block per paragraph),
    in no particular order (OmegaT dumps a map); `segmentation` is a project `segmentation.conf`."""
    if not omegat_available():
        raise StageMissingError(f"OmegaT is not installed ({OMEGAT_JAR} or java missing; apt-get install omegat)")
    project = work / "project"
    for sub in ("source", "target", "tm", "omegat", "glossary", "dictionary"):
        (project / sub).mkdir(parents=True, exist_ok=True)
    (project / "omegat.project").write_text(PROJECT_FILE.format(src=src, tgt=tgt), encoding="utf-8")
    (project / "source" / "source.txt").write_text(source_text, encoding="utf-8")
    if segmentation is not None:
        (project / "omegat" / "segmentation.conf").write_bytes(segmentation)
    dump = work / "segments.tmx"
    cmd = ["java", "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR), str(project), f"--config-dir={work / 'cfg'}"]
    cmd += ["--no-team", "--disable-project-locking", "--mode=console-createpseudotranslatetmx"]
    cmd += [f"--pseudotranslatetmx={dump}", "--pseudotranslatetype=empty"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    log = done.stdout + done.stderr
    if "loading segmentation rules" in log:
        raise WorkbenchError("OmegaT could not load the segmentation rules given")
    if not dump.exists():
        raise WorkbenchError(f"OmegaT wrote no segment dump (exit {done.returncode}): {log[-500:]}")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(str(dump), parser).getroot()
    return [tu.findtext("tuv/seg") or "" for tu in root.iter("tu")]
