"""Corpus scale: the main job over a folder of document pairs, in parallel, resumable.

Each pair is one independent task (`process_pair`) that any engine can run: the
current process, a local process pool, or Ray actors on a cluster. The
workspace database is the record of what is finished: a pair whose project is
marked done is never redone, a failed one is retried on the next run, and one
failure never stops the rest.
"""

from __future__ import annotations

import csv
import json
import re
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from workbench.errors import InputError, WorkbenchError
from workbench.outfiles import atomic_output, atomic_write
from workbench.store import Store

DOCUMENT_SUFFIXES = {".txt", ".docx", ".html", ".htm", ".xhtml", ".pdf"}
_LANG_MARK = re.compile(r"[._-](fr|fra|fre|french|francais|en|eng|english|anglais)$", re.IGNORECASE)
_FR_MARK = re.compile(r"[._-](fr|fra|fre|french|francais)$", re.IGNORECASE)
DONE_KEY = "batch_done"


@dataclass(frozen=True)
class PairTask:
    name: str
    source: str
    target: str | None


@dataclass(frozen=True)
class BatchOptions:
    workspace: str
    out: str
    batch: str = "batch"
    embedder: str | None = None
    model: str | None = None
    threshold: float | None = None
    """None: each project's own (0.5 for a new one)."""
    translate: bool = True
    fuzzy_threshold: int = 75
    memory: bool = True
    force: bool = False
    """Accept documents whose language looks wrong (see workbench.langcheck)."""

    def project_name(self, task: PairTask) -> str:
        return f"{self.batch}-{task.name}"[:120]


@dataclass
class PairOutcome:
    name: str
    status: str  # done | skipped (already done) | failed
    seconds: float = 0.0
    links: int = 0
    confident: int = 0
    mean_confidence: float | None = None
    tmx: str | None = None
    error: str | None = None
    from_memory: int = 0
    numbers_changed: int = 0
    from_model: int = 0
    fuzzy_suggestions: int = 0


@dataclass
class BatchReport:
    batch: str
    engine: str
    workers: int
    outcomes: list[PairOutcome] = field(default_factory=list)
    unpaired: list[str] = field(default_factory=list)
    seconds: float = 0.0
    corpus_tmx: str | None = None
    corpus_tsv: str | None = None
    report: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def to_dict(self) -> dict[str, Any]:
        scores = [o.mean_confidence for o in self.outcomes if o.mean_confidence is not None]
        return {
            "batch": self.batch,
            "engine": self.engine,
            "workers": self.workers,
            "pairs": len(self.outcomes),
            "done": self.count("done"),
            "skipped": self.count("skipped"),
            "failed": self.count("failed"),
            "unpaired": self.unpaired,
            "links": sum(o.links for o in self.outcomes),
            "confident_links": sum(o.confident for o in self.outcomes),
            "mean_confidence": round(sum(scores) / len(scores), 4) if scores else None,
            "drafts": {
                "memory": sum(o.from_memory - o.numbers_changed for o in self.outcomes),
                "memory_numbers_changed": sum(o.numbers_changed for o in self.outcomes),
                "model": sum(o.from_model for o in self.outcomes),
                "fuzzy_suggestions": sum(o.fuzzy_suggestions for o in self.outcomes),
            },
            "seconds": round(self.seconds, 2),
            "corpus_tmx": self.corpus_tmx,
            "corpus_tsv": self.corpus_tsv,
            "outcomes": [asdict(o) for o in self.outcomes],
        }


# -- pairing -------------------------------------------------------------------


def _documents(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder")
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in DOCUMENT_SUFFIXES
    )


def _key(path: Path) -> str:
    return _LANG_MARK.sub("", path.stem).lower()


def _safe_name(key: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in key).strip(".-") or "doc"


def discover_pairs(
    src_dir: Path, tgt_dir: Path | None = None, pairs_csv: Path | None = None
) -> tuple[list[PairTask], list[str]]:
    """Pair documents by name; return (pairs, names of files left without a partner).

    With two folders, `report.fr.txt` pairs with `report.en.txt` or `report.txt` (language
    marks `.fr`, `_fr`, `-en`... are ignored). With one folder, it must hold both languages,
    told apart by those marks. A CSV manifest (`source,target[,name]`, paths relative to the
    CSV) overrides name matching.
    """
    if pairs_csv is not None:
        return _pairs_from_csv(pairs_csv), []
    if tgt_dir is not None:
        sources = {_key(p): p for p in _documents(src_dir)}
        targets = {_key(p): p for p in _documents(tgt_dir)}
    else:
        sources, targets = {}, {}
        for p in _documents(src_dir):
            if _FR_MARK.search(p.stem):
                sources[_key(p)] = p
            elif _LANG_MARK.search(p.stem):
                targets[_key(p)] = p
    pairs = [PairTask(_safe_name(k), str(sources[k]), str(targets[k])) for k in sorted(sources) if k in targets]
    unpaired = sorted(str(sources[k]) for k in sources if k not in targets)
    unpaired += sorted(str(targets[k]) for k in targets if k not in sources)
    if not pairs:
        hint = "" if tgt_dir is not None else " (name them like letter.fr.txt and letter.en.txt)"
        raise InputError(f"no document pairs found in {src_dir}{' and ' + str(tgt_dir) if tgt_dir else ''}{hint}")
    return pairs, unpaired


def _pairs_from_csv(path: Path) -> list[PairTask]:
    if not path.is_file():
        raise InputError(f"pairs manifest not found: {path}")
    tasks: list[PairTask] = []
    seen: set[str] = set()
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            for line_no, row in enumerate(csv.reader(fh), start=1):
                if not row or row[0].strip().startswith("#"):
                    continue
                if line_no == 1 and row[0].strip().lower() in ("source", "src", "fr"):
                    continue
                if len(row) < 2 or not row[0].strip():
                    raise InputError(f"{path}, line {line_no}: expected 'source,target[,name]'")
                src = (path.parent / row[0].strip()).resolve()
                tgt = (path.parent / row[1].strip()).resolve() if row[1].strip() else None
                name = _safe_name(row[2].strip() if len(row) > 2 and row[2].strip() else _key(src))
                if name in seen:
                    raise InputError(f"{path}, line {line_no}: the name {name!r} is used twice")
                seen.add(name)
                tasks.append(PairTask(name, str(src), str(tgt) if tgt else None))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text") from exc
    if not tasks:
        raise InputError(f"{path} lists no document pairs")
    return tasks


# -- one pair ------------------------------------------------------------------


def process_pair(task: PairTask, options: BatchOptions) -> PairOutcome:
    """Run the main job on one pair; never raises (a failure is an outcome)."""
    from workbench.pipeline import run

    started = time.perf_counter()
    name = options.project_name(task)
    try:
        with Store.open_workspace(options.workspace) as store:
            try:
                existing = store.project(name)
            except WorkbenchError:
                existing = None
            if existing is not None and existing.settings.get(DONE_KEY):
                return PairOutcome(task.name, "skipped", tmx=existing.settings.get("tmx"))
            result = run(
                task.source,
                task.target,
                project=name,
                out=Path(options.out) / "pairs",
                embedder=options.embedder,
                model=options.model,
                threshold=options.threshold,
                translate=options.translate,
                store=store,
                fuzzy_threshold=options.fuzzy_threshold,
                memory=options.memory,
                force=options.force,
            )
            scores = [lk.score for lk in store.links(result.project.id) if lk.score is not None]
            tmx = str(result.exports[0]) if result.exports else None
            # Marked done only once the TMX is on disk: a kill before this line means "redo".
            store.update_settings(result.project.id, {DONE_KEY: True, "tmx": tmx})
            return PairOutcome(
                task.name,
                "done",
                seconds=time.perf_counter() - started,
                links=sum(result.links_by_kind.values()),
                confident=result.confident,
                mean_confidence=round(sum(scores) / len(scores), 4) if scores else None,
                tmx=tmx,
                from_memory=result.from_memory,
                numbers_changed=result.numbers_changed,
                from_model=result.from_model,
                fuzzy_suggestions=result.fuzzy_suggestions,
            )
    except WorkbenchError as exc:
        return PairOutcome(task.name, "failed", time.perf_counter() - started, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken document must not stop the corpus
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return PairOutcome(task.name, "failed", time.perf_counter() - started, error=f"internal error: {detail}")


# -- engines -------------------------------------------------------------------


def _local(tasks: list[PairTask], options: BatchOptions, workers: int) -> Iterator[PairOutcome]:
    if workers <= 1:
        for task in tasks:
            yield process_pair(task, options)
        return
    # spawn, not fork: torch and the tokenizers keep threads that a forked child would inherit broken.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(process_pair, t, options) for t in tasks]
        for future in as_completed(futures):
            yield future.result()


def _ray(tasks: list[PairTask], options: BatchOptions, workers: int, address: str | None) -> Iterator[PairOutcome]:
    try:
        import ray
        from ray.util import ActorPool
    except ImportError as exc:
        raise InputError("the Ray engine needs Ray: pip install 'workbench[ray]'") from exc

    started_here = not ray.is_initialized()
    if started_here:
        ray.init(
            address=address,
            num_cpus=None if address else max(workers, 1),
            include_dashboard=False,
            log_to_driver=False,
            ignore_reinit_error=True,
        )
    try:
        # An actor keeps its process, so models loaded by the first pair serve the rest.
        worker_cls = ray.remote(num_cpus=1)(_PairWorker)
        actors = [worker_cls.remote(options) for _ in range(max(workers, 1))]
        pool = ActorPool(actors)
        yield from pool.map_unordered(lambda actor, task: actor.process.remote(task), tasks)
    finally:
        if started_here:
            ray.shutdown()


class _PairWorker:
    def __init__(self, options: BatchOptions) -> None:
        self.options = options

    def process(self, task: PairTask) -> PairOutcome:
        return process_pair(task, self.options)


def run_batch(
    tasks: list[PairTask],
    options: BatchOptions,
    *,
    engine: str = "local",
    workers: int = 1,
    ray_address: str | None = None,
    unpaired: Iterable[str] = (),
    on_outcome: Callable[[PairOutcome, int, int], None] | None = None,
) -> BatchReport:
    """Process every pair, then write the merged corpus TMX/TSV and a JSON report into `options.out`."""
    if engine not in ("local", "ray"):
        raise InputError(f"unknown engine {engine!r}: use local or ray")
    if workers < 1:
        raise InputError("--workers must be at least 1")
    names = [t.name for t in tasks]
    if len(set(names)) != len(names):
        raise InputError("two pairs have the same name; give them distinct names in a --pairs manifest")
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    # Open once up front so the schema exists before workers race to create it.
    Store.open_workspace(options.workspace).close()
    report = BatchReport(options.batch, engine, workers, unpaired=list(unpaired))
    started = time.perf_counter()
    outcomes = _local(tasks, options, workers) if engine == "local" else _ray(tasks, options, workers, ray_address)
    for outcome in outcomes:
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome, len(report.outcomes), len(tasks))
    report.seconds = time.perf_counter() - started
    report.outcomes.sort(key=lambda o: o.name)
    tmx_files = [Path(o.tmx) for o in report.outcomes if o.status in ("done", "skipped") and o.tmx]
    if tmx_files:
        corpus_tmx = out / f"{options.batch}.tmx"
        corpus_tsv = out / f"{options.batch}.tsv"
        merge_tmx(tmx_files, corpus_tmx, corpus_tsv)
        report.corpus_tmx, report.corpus_tsv = str(corpus_tmx), str(corpus_tsv)
    report_path = out / f"{options.batch}-report.json"
    atomic_write(report_path, json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8"))
    report.report = str(report_path)
    return report


# -- merged corpus -----------------------------------------------------------------


def merge_tmx(files: list[Path], tmx_out: Path, tsv_out: Path) -> int:
    """One corpus TMX (and a two-column TSV bitext) from per-pair TMX files, read and written by the
    export's own TMX and TSV formats; tuids are prefixed with the pair's file name."""
    from workbench.export.base import ExportMeta, ExportUnit
    from workbench.export.tmx import TmxReader, TmxWriter
    from workbench.export.tsv import TsvWriter

    units: list[ExportUnit] = []
    meta: ExportMeta | None = None
    for path in files:
        read = TmxReader().read(path)
        meta = meta or ExportMeta(src_lang=read.src_lang, tgt_lang=read.tgt_lang)
        for unit in read.units:
            if unit.tuid:
                unit.tuid = f"{path.stem}:{unit.tuid}"
            units.append(unit)
    if meta is None:
        return 0
    with atomic_output(tmx_out) as stream:
        TmxWriter().write(units, stream, meta)
    with atomic_output(tsv_out) as stream:
        TsvWriter(bitext=True).write(units, stream, meta)
    return len(units)
