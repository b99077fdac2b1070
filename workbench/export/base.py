"""What every exchange format shares: the unit it writes, the file facts, language codes.

Each format module has one `Writer` (and, for TMX and TSV, one `Reader`) over
these bases, in the spirit of translate-toolkit's `storage/` package.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from workbench.errors import InputError
from workbench.version import __version__

__all__ = [
    "TOOL_NAME",
    "TOOL_VERSION",
    "ExportMeta",
    "ExportResult",
    "ExportUnit",
    "NothingToExportError",
    "ReadResult",
    "Reader",
    "Writer",
    "check_lang",
    "check_lang_pair",
    "language_tag",
    "primary",
    "xml_bytes",
]

TOOL_NAME = "workbench"
TOOL_VERSION = __version__


@dataclass
class ExportUnit:
    """One bilingual pair as it leaves (or enters) the workbench.

    `source`/`target` are the linked segments joined by one space, typography
    untouched. `kind` is the link type as translators write it ("1:1", "2:1").
    `context` binds the unit to one place of one file, as OmegaT's alternative
    translations are bound (`prev`/`next`: the source of the segments around it).
    """

    source: str
    target: str
    status: str = "approved"
    score: float | None = None
    kind: str = "1:1"
    note: str = ""
    doc: str = ""
    tuid: str = ""
    context: dict[str, str] = field(default_factory=dict)


@dataclass
class ExportMeta:
    """File-level facts every writer may use."""

    src_lang: str = "fr-FR"
    tgt_lang: str = "en-US"
    project: str = ""
    created: str = ""  # YYYYMMDDThhmmssZ
    changed: str = ""


@dataclass
class ExportResult:
    """What an export wrote and what it left out, so the CLI can tell the user."""

    path: Path
    units: int
    skipped_unaligned: int = 0
    skipped_empty: int = 0
    cleaned_characters: int = 0
    notes: list[str] = field(default_factory=list)
    by_status: dict[str, int] = field(default_factory=dict)
    """Units written per link status (pair formats), so the CLI can say what went out."""
    threshold: float | None = None
    """The confidence from which proposed links went out, when some could."""
    noun: str = "pairs"
    """What `units` counts, as the CLI says it (`pairs`, `rules`, `rows`, `units, a tuv per language`...)."""

    def describe_units(self) -> str:
        """`12 approved or edited, 18 proposed scoring at least 0.5`: where the units came from."""
        from workbench.triage import status_label

        if not self.by_status:
            return ""
        decided = self.by_status.get("approved", 0) + self.by_status.get("edited", 0)
        parts = [f"{decided} approved or edited"] if decided else []
        for status, n in sorted(self.by_status.items()):
            if status in ("approved", "edited"):
                continue
            if status == "proposed" and self.threshold is not None:
                parts.append(f"{n} proposed scoring at least {self.threshold:g}")
            else:
                parts.append(f"{n} {status_label(status)}")
        return ", ".join(parts)


class NothingToExportError(InputError):
    """The project has no links in the state asked for; `workbench run` catches it and says so."""


class Writer(ABC):
    """Writes a list of units to one file format."""

    extension: str = ""

    @abstractmethod
    def write(self, units: Sequence[ExportUnit], stream: IO[bytes], meta: ExportMeta) -> None:
        """Serialise `units` into the open binary `stream`."""


class Reader(ABC):
    """Reads units (and the languages found) back from a file."""

    @abstractmethod
    def read(self, path: Path, src_lang: str | None = None, tgt_lang: str | None = None) -> ReadResult:
        """Parse `path`; raise InputError with a clear message when it cannot be used."""


@dataclass
class ReadResult:
    units: list[ExportUnit]
    src_lang: str
    tgt_lang: str
    skipped: int = 0


# -- language codes ---------------------------------------------------------

_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def check_lang(code: str, what: str = "language code") -> str:
    """A BCP 47 tag as CAT tools expect it (`fr`, `fr-FR`); `fr_FR` is refused, not guessed."""
    code = code.strip()
    if "_" in code:
        raise InputError(
            f"{what} {code!r} uses '_': write {code.replace('_', '-')!r} "
            "(Trados skips units whose language does not match its TM, and OmegaT finds nothing)"
        )
    if not _LANG_RE.match(code):
        raise InputError(f"{what} {code!r} is not a language tag like 'fr', 'fr-FR' or 'en-GB'")
    return code


def check_lang_pair(src_lang: str, tgt_lang: str) -> tuple[str, str]:
    """Both tags checked (see `check_lang`), and refused when they name the same language."""
    src_lang = check_lang(src_lang, "source language code")
    tgt_lang = check_lang(tgt_lang, "target language code")
    if primary(src_lang) == primary(tgt_lang):
        raise InputError(f"source and target languages are both {primary(src_lang)!r}")
    return src_lang, tgt_lang


def primary(code: str | None) -> str:
    return (code or "").replace("_", "-").split("-")[0].lower()


# Region tags as the bilingual export writes them (fr-FR, en-US); other languages keep their plain code.
REGION_TAGS = {"fr": "fr-FR", "en": "en-US", "de": "de-DE", "es": "es-ES", "it": "it-IT", "nl": "nl-NL", "pt": "pt-PT"}


def language_tag(lang: str) -> str:
    """`de` -> `de-DE`: the tag an export writes for a stored language code."""
    return lang if "-" in lang else REGION_TAGS.get(lang.lower(), lang.lower())


def xml_bytes(root: Any, doctype: str | None = None) -> bytes:
    """Serialise an lxml tree as UTF-8 with the declaration every tool reads (double quotes, no BOM)."""
    from lxml import etree

    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n' + (doctype + "\n" if doctype else "")
    return head.encode("utf-8") + body
