"""One French file to English, outside any project: drafts from the workspace memory first, then
the model for the rest (loaded only when the cache lacks some), written as the English document
in the file's own format. `workbench translate FILE` and `translate_document()` both come here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import InputError
from workbench.memory.model import DEFAULT_FUZZY_THRESHOLD, ORIGIN_MODEL
from workbench.model import Document, Role
from workbench.pipeline.inputs import read_and_segment
from workbench.store import Store

if TYPE_CHECKING:
    from workbench.memory import Match
    from workbench.rebuild import RebuildResult
    from workbench.terms.model import Glossary

Progress = Callable[[int, int], None]
"""progress(done, total) over the distinct sentences the model translates."""

_SUFFIX_FORMATS = {"htm": "html", "xhtml": "html", "text": "txt", "md": "txt"}


@dataclass
class DraftOptions:
    """How the drafts are made: the model and its decoding, and whether the memory is asked first."""

    model: str | None = None
    beam: int = 4
    batch_size: int = 32
    threads: int = 0
    device: str = "auto"
    memory: bool = True
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD


@dataclass
class FileDrafts:
    """A read French document and one English draft per segment ("" where there is none)."""

    document: Document
    english: list[str]
    matches: list[Match | None]
    """The memory's match per segment (None: none, or the memory was not asked)."""
    model_id: str | None = None
    """The model that drafted what the memory did not hold; None when it was not needed."""

    @property
    def from_memory(self) -> int:
        return sum(1 for m in self.matches if m is not None and m.kind != "fuzzy")

    def origins(self) -> list[tuple[str, str]]:
        """(origin code, origin name) of every draft: a memory unit, else the model."""
        return [
            (m.origin_code, m.origin) if m is not None and m.kind != "fuzzy" else (ORIGIN_MODEL, self.model_id or "")
            for m in self.matches
        ]

    def fuzzy(self) -> list[Match | None]:
        """The fuzzy match beside each segment's model draft, if any."""
        return [m if m is not None and m.kind == "fuzzy" else None for m in self.matches]


def file_format(path: Path) -> str:
    """The format a file's suffix names (`.htm` is html, `.md` is txt), before it is read."""
    suffix = path.suffix.lower().lstrip(".")
    return _SUFFIX_FORMATS.get(suffix, suffix)


def planned_output(source: str | os.PathLike[str], fmt: str, out: str | os.PathLike[str] | None) -> Path:
    """Where the English document of `source` goes (see `rebuild.default_output`); an output that
    cannot be written in that format is refused here, before anything is translated."""
    from workbench.rebuild import default_output
    from workbench.rebuild.base import output_format

    target = default_output(source, fmt, out)
    output_format(target, fmt)
    return target


def read_french(path: Path, force: bool = False) -> Document:
    """The file read and segmented; one clearly not in French is refused unless `force`."""
    from workbench.langcheck import check_document

    document = read_and_segment(path, "fr", Role.SOURCE)
    check_document(document, "fr", path, "a French document", force)
    return document


def draft_document(
    document: Document,
    options: DraftOptions,
    *,
    store: Store | None = None,
    glossary: Glossary | None = None,
    translate: Callable[[list[str]], list[str]] | None = None,
    translator: Any | None = None,
    progress: Progress | None = None,
) -> FileDrafts:
    """English for every segment: the memory's exact and number-only matches first (with a `store` and
    `options.memory`), then `translate` (any function from sentences to their English), else
    `translator` (a `workbench.translate.Translator`), else the installed model, for the rest.

    The model's drafts are cached in `store`, per model and glossary; the model is loaded only when
    the cache lacks some sentence.
    """
    texts = [s.text for s in document.segments]
    matches: list[Match | None] = [None] * len(texts)
    if options.memory and store is not None:
        from workbench.memory import Matcher

        matches = Matcher(store, "fr", "en", fuzzy_threshold=options.fuzzy_threshold).lookup(texts)
    drafts: list[str | None] = [m.target if m is not None and m.kind != "fuzzy" else None for m in matches]
    todo = [t for t, d in zip(texts, drafts, strict=True) if d is None]
    found = FileDrafts(document, [], matches)
    if translate is not None:
        english = iter(_call(translate, todo))
        found.english = [d if d is not None else next(english) for d in drafts]
        return found
    if todo:
        known, found.model_id = _model_drafts(todo, options, store, glossary, translator, progress)
        drafts = [d if d is not None else known[t] for t, d in zip(texts, drafts, strict=True)]
    found.english = [d or "" for d in drafts]
    return found


def _call(translate: Callable[[list[str]], list[str]], texts: list[str]) -> list[str]:
    english = list(translate(texts))
    if len(english) != len(texts):
        raise InputError(f"the translation function gave {len(english)} sentences for {len(texts)}")
    return english


def _model_drafts(
    texts: list[str],
    options: DraftOptions,
    store: Store | None,
    glossary: Glossary | None,
    translator: Any | None,
    progress: Progress | None,
) -> tuple[dict[str, str], str]:
    """(sentence -> the model's English, the model's id), from the cache where it holds them."""
    from workbench.translate import Translator, require_model, translate_texts
    from workbench.translate.ctranslate import model_id
    from workbench.translate.drafts import cache_key

    pending = list(dict.fromkeys(texts))
    package = None
    if translator is None:
        package = require_model("fr", "en", name=options.model)
        name = model_id(package, options.beam)
    else:
        name = str(translator.model_id)
    known = store.cached_translations(cache_key(name, glossary), pending) if store is not None else {}
    if len(known) < len(pending):
        if translator is None:
            assert package is not None
            translator = Translator(
                package,
                beam=options.beam,
                batch_size=options.batch_size,
                threads=options.threads,
                device=options.device,
            )
        translated = translate_texts(pending, store=store, translator=translator, progress=progress, glossary=glossary)
        known = dict(zip(pending, translated, strict=True))
    return known, name


def translate_document(
    path: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    *,
    model: str | None = None,
    translate: Callable[[list[str]], list[str]] | None = None,
    translator: Any | None = None,
    store: Store | None = None,
    wrap: int | None = None,
    progress: Progress | None = None,
) -> RebuildResult:
    """Translate a French file and write the English document in its own format.

    `out` defaults to `<stem>.en.<ext>` beside the file (a PDF gives .txt). The drafts
    come from `translate` (any function from a list of sentences to their English),
    else `translator` (a `workbench.translate.Translator`), else the installed fr→en
    model (`model` names one); with a `store`, drafts are cached there.
    """
    from workbench.rebuild import write_document

    document = read_and_segment(Path(path), "fr", Role.SOURCE)
    target = planned_output(path, document.format, out)
    options = DraftOptions(model=model, memory=False)
    drafts = draft_document(
        document, options, store=store, translate=translate, translator=translator, progress=progress
    )
    return write_document(document, drafts.english, target, wrap=wrap)
