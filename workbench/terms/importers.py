"""Read glossary files: CSV/TSV (source, target, options) and TBX basic.

Every problem is reported with the file and line it is on, so a person can fix
the file and import it again; nothing is half-imported.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.errors import InputError
from workbench.terms.model import Glossary, Term
from workbench.terms.text import fold

SOURCE_COLUMNS = {"source", "src", "fr", "french", "français", "francais", "term", "source term", "fr-fr"}
TARGET_COLUMNS = {"target", "tgt", "en", "english", "anglais", "translation", "target term", "en-gb", "en-us"}
OPTION_COLUMNS = {"options", "option", "flags"}
NOTE_COLUMNS = {"note", "notes", "comment", "comments", "definition"}
DNT_OPTIONS = {"dnt", "do-not-translate", "do not translate", "donottranslate", "keep", "notranslate"}
CASE_OPTIONS = {"case", "case-sensitive", "case sensitive", "cs", "exact"}
_TRUE = {"1", "yes", "y", "true", "x", "oui"}


def read_glossary(path: str | Path, name: str | None = None) -> Glossary:
    """A glossary from a .csv, .tsv/.txt or .tbx/.xml file."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"glossary file not found: {p}")
    data = p.read_bytes()
    if not data.strip():
        raise InputError(f"{p} is empty: expected one term per line (source, target, options)")
    suffix = p.suffix.lower()
    if suffix in (".tbx", ".xml") or data.lstrip().startswith((b"<?xml", b"<martif", b"<tbx")):
        from workbench.terms.tbx import read_tbx

        terms = read_tbx(data, p)
    else:
        terms = parse_delimited(_decode(data, p), p, delimiter="\t" if suffix in (".tsv", ".tab") else None)
    return Glossary(name=name or p.stem, terms=check_duplicates(terms, p))


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            f"{path}, line {line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at column {column}); "
            "save the glossary as UTF-8 and import it again"
        ) from None


def _sniff(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    counts = {d: sample.count(d) for d in ("\t", ";", ",")}
    if counts["\t"]:
        return "\t"
    return ";" if counts[";"] > counts[","] else ","


def _options(raw: str, path: Path, line: int) -> tuple[bool, bool]:
    dnt = case = False
    for opt in raw.replace(";", ",").replace("|", ",").split(","):
        key = opt.strip().casefold()
        if not key:
            continue
        if key in DNT_OPTIONS:
            dnt = True
        elif key in CASE_OPTIONS:
            case = True
        else:
            raise InputError(
                f"{path}, line {line}: unknown option {opt.strip()!r} "
                "(known: dnt = do not translate, case = case-sensitive)"
            )
    return dnt, case


def parse_delimited(text: str, path: Path, delimiter: str | None = None) -> list[Term]:
    delim = delimiter or _sniff(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    columns = {"source": 0, "target": 1, "options": 2, "note": 3}
    extra_flags: dict[str, int] = {}
    first_data = 0
    for idx, row in enumerate(rows):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        header = [c.strip().casefold() for c in row]
        if any(h in SOURCE_COLUMNS for h in header) and any(h in TARGET_COLUMNS | OPTION_COLUMNS for h in header):
            columns = {}
            for i, h in enumerate(header):
                if h in SOURCE_COLUMNS and "source" not in columns:
                    columns["source"] = i
                elif h in TARGET_COLUMNS and "target" not in columns:
                    columns["target"] = i
                elif h in OPTION_COLUMNS:
                    columns["options"] = i
                elif h in NOTE_COLUMNS:
                    columns["note"] = i
                elif h in DNT_OPTIONS | {"dnt"}:
                    extra_flags["dnt"] = i
                elif h in CASE_OPTIONS | {"case_sensitive"}:
                    extra_flags["case"] = i
            if "target" not in columns and "dnt" not in extra_flags and "options" not in columns:
                raise InputError(f"{path}, line {idx + 1}: the header has no target column (e.g. 'target' or 'en')")
            first_data = idx + 1
        break

    def cell(row: list[str], key: str) -> str:
        i = columns.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    terms: list[Term] = []
    for idx in range(first_data, len(rows)):
        row, line = rows[idx], idx + 1
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        source, target = cell(row, "source"), cell(row, "target")
        dnt, case = _options(cell(row, "options"), path, line)
        if "dnt" in extra_flags and extra_flags["dnt"] < len(row):
            dnt = dnt or row[extra_flags["dnt"]].strip().casefold() in _TRUE
        if "case" in extra_flags and extra_flags["case"] < len(row):
            case = case or row[extra_flags["case"]].strip().casefold() in _TRUE
        if not source:
            raise InputError(f"{path}, line {line}: the source term is empty")
        if not target and not dnt:
            found = len(row)
            sep = "tab" if delim == "\t" else repr(delim)
            raise InputError(
                f"{path}, line {line}: no target term ({found} column{'s' if found != 1 else ''} found, "
                f"separated by {sep}; expected source, target[, options]); "
                "for a term to keep as is, give the option 'dnt'"
            )
        terms.append(
            Term(
                source=source, target=target or source, dnt=dnt, case_sensitive=case, note=cell(row, "note"), line=line
            )
        )
    if not terms:
        raise InputError(f"{path}: no terms found (expected one term per line: source, target[, options])")
    return terms


def check_duplicates(terms: list[Term], path: Path) -> list[Term]:
    """Drop exact repeats; refuse the same source term with two different renderings."""
    seen: dict[str, Term] = {}
    kept: list[Term] = []
    for term in terms:
        key = fold(" ".join(term.source.split()))
        previous = seen.get(key)
        if previous is None:
            seen[key] = term
            kept.append(term)
        elif (previous.rendering, previous.dnt) != (term.rendering, term.dnt):
            where = f"line {previous.line}" if previous.line else "an earlier entry"
            raise InputError(
                f"{path}, line {term.line}: {term.source!r} is already on {where} with target "
                f"{previous.rendering!r}, here {term.rendering!r}; keep one of them"
            )
    return kept
