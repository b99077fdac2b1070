"""argostranslate's own translation path, made safe offline: the benchmark's peer and a test's cross-check.

workbench never calls argostranslate (it reads Argos packages and runs them through
CTranslate2 itself); `benchmarks/translation.py` times this path against ours, and a test
checks that both give the same drafts.

argostranslate 1.11 reads its settings once, at import, from environment variables; its
first `translate()` would download a sentence-splitting model (MiniSBD, or stanza's
resources.json), and it re-splits every text even when it is one sentence. Here its
sentencizer is replaced by one that returns the text whole (our segmenter has already
split), and the settings are pinned before the first import.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from workbench.translate.packages import InstalledPackage, packages_dir

Progress = Callable[[int, int], None]


class WholeText:
    """A sentencizer that never splits: the text given is already one sentence."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]

    def __str__(self) -> str:
        return "WholeText"


def offline_environment(threads: int = 0, device: str = "cpu", beam: int = 4) -> dict[str, str]:
    """The settings argostranslate must read at import to stay offline and comparable to ours."""
    return {
        "ARGOS_PACKAGES_DIR": str(packages_dir()),
        "ARGOS_DEVICE_TYPE": device,
        "ARGOS_BEAM_SIZE": str(beam),
        "ARGOS_INTER_THREADS": "1",
        "ARGOS_INTRA_THREADS": str(threads),
        # Anything but ARGOSTRANSLATE/DEFAULT either downloads (stanza, spacy) or, for NONE,
        # silently skips every package; we replace the sentencizer after loading instead.
        "ARGOS_CHUNK_TYPE": "ARGOSTRANSLATE",
        "ARGOS_DEBUG": "0",
        "HF_HUB_OFFLINE": "1",
    }


def import_argostranslate(threads: int = 0, device: str = "cpu", beam: int = 4) -> Any:
    """`argostranslate.translate`, imported with offline settings and pointed at our packages folder."""
    for key, value in offline_environment(threads, device, beam).items():
        os.environ.setdefault(key, value)
    os.environ["ARGOS_CHUNK_TYPE"] = "ARGOSTRANSLATE"
    import argostranslate.settings as settings
    import argostranslate.translate as translate

    # Settings were read at the first import, maybe with other values: set what we rely on.
    settings.chunk_type = settings.ChunkType.ARGOSTRANSLATE
    settings.device = device
    settings.beam_size = beam
    settings.inter_threads = 1
    settings.intra_threads = threads

    # Imported earlier (another folder, another test)? Point it at today's folder.
    folder = packages_dir()
    if settings.package_data_dir != folder:
        settings.package_data_dir = folder
        settings.package_dirs[:] = [folder]
        translate.get_installed_languages.cache_clear()
        translate.installed_translates.clear()
    return translate


def patch_installed_sentencizers(translate: Any) -> int:
    """Give every installed argostranslate translation the whole-text sentencizer; returns how many."""
    count = 0
    for item in translate.installed_translates:
        underlying = getattr(item.cached_translation, "underlying", None)
        if underlying is not None and hasattr(underlying, "sentencizer"):
            underlying.sentencizer = WholeText()
            count += 1
    return count


class ArgosTranslator:
    """Translate sentence by sentence through argostranslate's own package translation."""

    def __init__(self, package: InstalledPackage, threads: int = 0, device: str = "cpu", beam: int = 4) -> None:
        translate = import_argostranslate(threads, device, beam)
        from argostranslate.package import Package

        self.package = package
        pkg = Package(package.path)
        source = translate.Language(package.from_code, str(package.meta.get("from_name", package.from_code)))
        target = translate.Language(package.to_code, str(package.meta.get("to_name", package.to_code)))
        self._translation = translate.PackageTranslation(source, target, pkg)
        self._translation.sentencizer = WholeText()
        self.model_id = f"argostranslate:{package.name}:{package.version}"

    def translate(self, texts: list[str], progress: Progress | None = None) -> list[str]:
        out = []
        for i, text in enumerate(texts):
            out.append(str(self._translation.translate(text)) if text.strip() else "")
            if progress:
                progress(i + 1, len(texts))
        return out
