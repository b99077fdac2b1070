"""Offline translation: Argos packages run through CTranslate2 in batches.

Public interface (other stages and the pipeline call these):

- `find_model(from_code, to_code, name)` -> `InstalledPackage | None`; `require_model(...)` -> the
  package, or `ModelMissingError` saying how to install one
- `Translator(package, beam, batch_size, threads, device)` with `.model_id` and `.translate(texts, progress)`
- `draft_project(store, project_id, ...)` -> drafts stored per segment, with checks; the workspace
  translation memory first, the model (loaded only if needed) for the rest
- `draft_project_report(...)` -> `DraftReport`: the same, with counts by origin (memory, model, fuzzy,
  undrafted)
- `translate_texts(texts, package=..., store=...)` -> translations, cached when a store is given

Heavy imports (ctranslate2, sentencepiece) happen on first use; argostranslate is never imported
(its package format and folder are read directly).
"""

from __future__ import annotations

from workbench.translate.ctranslate import Translator
from workbench.translate.drafts import (
    DraftReport,
    ModelMissingError,
    draft_project,
    draft_project_report,
    require_model,
    translate_texts,
)
from workbench.translate.packages import (
    InstalledPackage,
    find_model,
    install_from_index,
    install_package,
    list_packages,
    packages_dir,
    remove_package,
)

__all__ = [
    "DraftReport",
    "InstalledPackage",
    "ModelMissingError",
    "Translator",
    "draft_project",
    "draft_project_report",
    "find_model",
    "install_from_index",
    "install_package",
    "list_packages",
    "packages_dir",
    "remove_package",
    "require_model",
    "translate_texts",
]
