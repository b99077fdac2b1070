"""Glossaries in the workspace database, for one project or for the whole workspace.

The rows are the store's (`workbench.store.glossaries`, migration 4); here is what they mean:
scopes, merging, and the messages a translator reads.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError, NotFoundError
from workbench.store import GlossaryInfo, Store, TermRow
from workbench.terms.model import Glossary, Term
from workbench.terms.text import fold


def _project_id(store: Store, project: str | None) -> int | None:
    return None if project is None else store.project(project).id


def _scope(project: str | None) -> str:
    return f"project {project!r}" if project else "the workspace"


def _term(row: TermRow) -> Term:
    return Term(
        source=row.source,
        target=row.target,
        dnt=row.dnt,
        case_sensitive=row.case_sensitive,
        note=row.note,
        id=str(row.id),
        line=row.line,
    )


def save_glossary(store: Store, glossary: Glossary, source_path: str | None = None) -> Glossary:
    """Store (or replace, same name and scope) a glossary; returns it with stored term ids."""
    rows = [TermRow(t.source, t.target, t.dnt, t.case_sensitive, t.note, t.line) for t in glossary.terms]
    store.put_glossary(glossary.name, _project_id(store, glossary.project), source_path, rows)
    return load_glossary(store, glossary.name, glossary.project)


def load_glossary(store: Store, name: str, project: str | None = None) -> Glossary:
    found = store.find_glossary(name, _project_id(store, project))
    if found is None:
        raise NotFoundError(f"no glossary {name!r} in {_scope(project)} (see: workbench glossary list)")
    gid, rows = found
    return Glossary(name=name, terms=[_term(r) for r in rows], project=project, id=gid)


def list_glossaries(store: Store, project: str | None = None) -> list[GlossaryInfo]:
    """Glossaries of the workspace, and of `project` when given (all of them when it is None)."""
    return store.glossary_listing(_project_id(store, project))


def remove_glossary(store: Store, name: str, project: str | None = None) -> int:
    """Delete a glossary; returns how many terms it had."""
    glossary = load_glossary(store, name, project)
    store.drop_glossary(glossary.id or 0)
    return len(glossary.terms)


def glossary_for_project(store: Store, project: str | None) -> Glossary:
    """Every term that applies to `project`: workspace glossaries, then the project's own, which win on conflicts."""
    merged: dict[str, Term] = {}
    for row in store.terms_in_scope(_project_id(store, project)):
        term = _term(row)
        merged[fold(" ".join(term.source.split()))] = term
    if not merged and project is None:
        return Glossary(name="workspace", terms=[])
    name = f"{project} terms" if project else "workspace terms"
    if not merged:
        return Glossary(name=name, terms=[], project=project)
    return Glossary(name=name, terms=list(merged.values()), project=project)


def glossary_for_file(store: Store, extra: str | Path | None = None) -> Glossary | None:
    """The terms a translation made outside any project uses: the workspace glossaries, and the
    glossary file `extra` (`translate FILE --glossary`), whose terms win on conflicts. None: no terms."""
    from dataclasses import replace

    from workbench.terms.importers import read_glossary

    merged: dict[str, Term] = {}
    sources = [glossary_for_project(store, None)]
    if extra is not None:
        sources.append(read_glossary(extra))
    for glossary in sources:
        for term in glossary.terms:
            merged[fold(" ".join(term.source.split()))] = replace(term, id="")  # new ids: unique once merged
    if not merged:
        return None
    return Glossary(
        name="workspace terms" if extra is None else f"workspace terms + {Path(extra).name}",
        terms=list(merged.values()),
    )


def import_glossary(store: Store, path: str, *, project: str | None = None, name: str | None = None) -> Glossary:
    from workbench.terms.importers import read_glossary

    glossary = read_glossary(path, name)
    if not glossary.name.strip():
        raise InputError("a glossary name cannot be empty (use --name)")
    glossary.project = project
    return save_glossary(store, glossary, source_path=str(path))
