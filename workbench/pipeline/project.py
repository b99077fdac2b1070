"""The project a job works in: an earlier run's found again (or refused), documents stored, and the
drafts made the target side when no English version is given."""

from __future__ import annotations

from workbench.errors import InputError, WorkbenchError
from workbench.memory.model import ORIGIN_JOINED
from workbench.model import Document, Draft, Link, LinkStatus, Paragraph, Project, Role, Segment, is_set_aside
from workbench.store import Store, text_hash


def document_fingerprint(document: Document) -> str:
    return text_hash("\n".join(s.text for s in document.segments))


def first_per_role(documents: list[Document]) -> dict[Role, Document]:
    """The source and the first target: translations added later (`add-translation`) come after them."""
    out: dict[Role, Document] = {}
    for doc in documents:
        out.setdefault(doc.role, doc)
    return out


def find_reusable(store: Store, name: str, source: Document, target: Document | None) -> Project | None:
    """The project of an earlier run on the same files, or None; a different one under this name is an error."""
    try:
        project = store.project(name)
    except WorkbenchError:
        return None
    stored = first_per_role(store.documents(project.id))
    interrupted = Role.SOURCE not in stored or (target is not None and Role.TARGET not in stored)
    if interrupted and not store.events(project.id):
        # An earlier run was killed between creating the project and storing its documents:
        # nothing in it is anyone's work, so start it again rather than refuse the name.
        store.delete_project(project.id)
        return None
    same = Role.SOURCE in stored and stored[Role.SOURCE].meta.get("fingerprint") == document_fingerprint(source)
    if target is None:
        same = same and (Role.TARGET not in stored or bool(stored[Role.TARGET].meta.get("from_drafts")))
    else:
        same = (
            same
            and Role.TARGET in stored
            and stored[Role.TARGET].meta.get("fingerprint") == document_fingerprint(target)
        )
    if not same:
        raise InputError(
            f"a project named {name!r} already exists with other documents; choose another name with "
            f"--project, or delete it first with: workbench projects delete {name!r}"
        )
    return project


def store_document(store: Store, project_id: int, document: Document) -> Document:
    document.meta["fingerprint"] = document_fingerprint(document)
    return store.add_document(project_id, document)


def drafts_as_target(store: Store, project: Project, source: Document, drafts: dict[int, Draft], model: str) -> None:
    """No English version: the drafts become the target side, one per French segment, to post-edit in review.

    A memory unit that covers several consecutive segments (a 2:1 pair, a signature block kept as
    one unit) gives one target segment for all of them, and one n:1 row. Segments without a draft
    get an empty one to fill in.
    """
    paragraphs: list[Paragraph] = []
    text_parts: list[str] = []
    groups: list[list[int]] = []
    offset = 0
    for paragraph in source.paragraphs:
        if is_set_aside(paragraph.kind):
            continue  # page headers and footnotes get no draft to post-edit
        p_idx = len(paragraphs)
        segs: list[Segment] = []
        p_start = offset
        for seg in paragraph.segments:
            found = drafts.get(seg.id or -1)
            if found is not None and found.origin == ORIGIN_JOINED and groups:
                groups[-1].append(seg.id or 0)  # inside the previous segment's memory draft
                continue
            draft = found.text if found is not None else ""
            segs.append(Segment(draft, "en", offset, offset + len(draft), p_idx, seg.kind))
            groups.append([seg.id or 0])
            text_parts.append(draft + " ")
            offset += len(draft) + 1
        if not segs:
            continue  # every segment of it is inside a memory draft that began in the paragraph before
        paragraphs.append(Paragraph("", p_start, offset, paragraph.kind, segs))
        text_parts[-1:] = [text_parts[-1].rstrip(" ") + "\n"]
    text = "".join(text_parts)
    for p in paragraphs:
        p.text = text[p.start : p.end]
    doc = Document(text=text, lang="en", paragraphs=paragraphs, format="drafts", role=Role.TARGET)
    doc.meta["from_drafts"] = model
    store_document(store, project.id, doc)
    tgt_ids = [s.id for s in doc.segments]
    store.replace_links(
        project.id,
        [
            Link(src, [b], None, LinkStatus.NEEDS_REVIEW)
            for src, b in zip(groups, tgt_ids, strict=True)
            if b and all(src)
        ],
        kind="drafts",
    )


def has_review_work(store: Store, project_id: int) -> bool:
    return any(e.actor != "aligner" for e in store.events(project_id))
