"""A real office suite opens every Word file we write: LibreOffice turns each into a PDF holding the English."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from rebuild_fixtures import aligned_project, letter_pdf, make_docx

from workbench import actions
from workbench.export import export_project
from workbench.pipeline import translate_document
from workbench.store import Store


def english(texts: list[str]) -> list[str]:
    return [f"ENGLISH {t}" for t in texts]


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler's pdftotext are needed to open the .docx outputs",
)
def test_libreoffice_opens_every_docx_we_write(tmp_path: Path) -> None:
    outputs: dict[str, Path] = {}
    report = make_docx(tmp_path / "rapport.docx")
    outputs["rebuilt"] = translate_document(report, tmp_path / "out" / "rapport-en.docx", translate=english).path
    outputs["from-pdf"] = translate_document(
        letter_pdf(tmp_path), tmp_path / "out" / "lettre-en.docx", translate=english
    ).path
    with Store.open_workspace(tmp_path / "workspace") as store:
        project_id, links = aligned_project(store, report)
        for link in links:
            actions.approve(store, project_id, link.id or 0)
        outputs["document"] = export_project(store, project_id, "document", tmp_path / "out" / "export-en.docx")
        outputs["bilingual"] = export_project(store, project_id, "bilingual-docx", tmp_path / "out")
    pdfs = tmp_path / "pdf"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdfs),
            *map(str, outputs.values()),
        ],
        capture_output=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    expected = {
        "rebuilt": ["ENGLISH Le Comité adopte l’ordre du jour.", "ENGLISH Total approuvé par l’Assemblée."],
        "from-pdf": ["ENGLISH M. Anatole Brissac"],
        "document": ["LE COMITÉ ADOPTE L’ORDRE DU JOUR.", "ELLE VERSERA 2,5 MILLIONS D’EUROS."],
        "bilingual": ["French", "English", "approved", "LA SÉANCE EST LEVÉE À 18 HEURES."],
    }
    for kind, docx_path in outputs.items():
        pdf = pdfs / (docx_path.stem + ".pdf")
        assert pdf.exists(), f"LibreOffice did not convert {docx_path.name}"
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
        flat = " ".join(text.stdout.decode("utf-8").split())
        for phrase in expected[kind]:
            assert phrase in flat, f"{phrase!r} not in the PDF of {docx_path.name}: {flat[:300]}"
