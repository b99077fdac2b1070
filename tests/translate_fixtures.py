"""Fixtures shared by the translation and model tests: test packages and an isolated packages folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.testmodel import build_argosmodel

__all__ = ["model_files", "packages"]


@pytest.fixture(scope="session")
def model_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The test packages, built once per session (each in well under a second)."""
    folder = tmp_path_factory.mktemp("argosmodels")
    return {
        "copy": build_argosmodel(folder / "translate-fr_en-copy.argosmodel", "copy"),
        "random": build_argosmodel(folder / "translate-fr_en-random.argosmodel", "random"),
        "de-en": build_argosmodel(folder / "translate-de_en-copy.argosmodel", "copy", from_code="de", to_code="en"),
    }


@pytest.fixture()
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder
