"""Drive an installed OmegaT (3.x) in console mode: its segments, and a project translated.

A TMX unit is an exact match in a CAT tool only when its source text equals one
of the tool's own segments, so this is how the tests and the benchmarks measure
what our exports are worth in OmegaT. OmegaT runs headless with a private
configuration folder, so a translator's own ~/.omegat is never read or changed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from lxml import etree

from workbench.errors import StageMissingError, WorkbenchError
from workbench.export.omegat.files import project_file

OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))
TIMEOUT = 300


def omegat_available() -> bool:
    return OMEGAT_JAR.exists() and shutil.which("java") is not None


def _run(project: Path, mode: str, *extra: str, config: Path | None = None) -> str:
    """Run OmegaT on a project folder in one console mode; its log."""
    if not omegat_available():
        raise StageMissingError(f"OmegaT is not installed ({OMEGAT_JAR} or java missing; apt-get install omegat)")
    with tempfile.TemporaryDirectory(prefix="omegat-config-") as private:
        cmd = ["java", "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR), str(project)]
        cmd += [f"--config-dir={config or private}", "--no-team", "--disable-project-locking", f"--mode={mode}"]
        done = subprocess.run([*cmd, *extra], capture_output=True, text=True, timeout=TIMEOUT, check=False)
    log = done.stdout + done.stderr
    if "loading segmentation rules" in log:
        raise WorkbenchError("OmegaT could not load the project's segmentation rules")
    if done.returncode != 0:
        raise WorkbenchError(f"OmegaT exited {done.returncode}: {log[-500:]}")
    return log


def project_segments(project: Path) -> list[str]:
    """OmegaT's source segments of every file in a project, as OmegaT dumps them (no order)."""
    with tempfile.TemporaryDirectory(prefix="omegat-dump-") as work:
        dump = Path(work) / "segments.tmx"
        # `omegat --help` calls this mode console-pseudotranslatetmx; 3.6 only accepts this name.
        _run(project, "console-createpseudotranslatetmx", f"--pseudotranslatetmx={dump}", "--pseudotranslatetype=empty")
        if not dump.exists():
            raise WorkbenchError("OmegaT wrote no segment dump")
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.parse(str(dump), parser).getroot()
    return [tu.findtext("tuv/seg") or "" for tu in root.iter("tu")]


def translate_project(project: Path) -> Path:
    """`omegat --mode=console-translate`: OmegaT fills what it can from tm/auto/ and writes target/."""
    _run(project, "console-translate")
    return project / "target"


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
    (project / "omegat.project").write_text(project_file(src, tgt), encoding="utf-8")
    (project / "source" / "source.txt").write_text(source_text, encoding="utf-8")
    if segmentation is not None:
        (project / "omegat" / "segmentation.conf").write_bytes(segmentation)
    return project_segments(project)
