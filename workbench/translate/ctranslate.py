"""Translate already-segmented sentences with a package's CTranslate2 model, in batches.

argostranslate's own `translate()` re-splits every text with its sentence splitter (which
may want to download models) and sends sentences one paragraph at a time. Here the
segmenter has already split; we load the CTranslate2 model and the SentencePiece model
once and send whole batches, sorted by length so that each batch pads little.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from workbench.errors import InputError, WorkbenchError
from workbench.translate.packages import InstalledPackage

Progress = Callable[[int, int], None]

_LOADED: dict[tuple[str, str, str, int], tuple[Any, Any]] = {}
_LOAD_LOCK = threading.Lock()


def pick_device(device: str = "auto") -> str:
    """ "auto" is CUDA when CTranslate2 sees a GPU, else CPU."""
    if device not in ("auto", "cpu", "cuda"):
        raise InputError(f"unknown device {device!r}: use auto, cpu or cuda")
    if device != "auto":
        return device
    import ctranslate2

    try:
        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # noqa: BLE001 - a broken CUDA install must not stop CPU translation
        return "cpu"


def package_fingerprint(package: InstalledPackage) -> str:
    """Short id of the package's exact contents (its recorded sha256, else its model files)."""
    if package.sha256:
        return package.sha256[:12]
    digest = hashlib.sha256()
    for name in ("metadata.json", "model/config.json"):
        path = package.path / name
        if path.exists():
            digest.update(path.read_bytes())
    model_bin = package.path / "model" / "model.bin"
    if model_bin.exists():
        stat = model_bin.stat()
        digest.update(f"{stat.st_size}:{int(stat.st_mtime)}".encode())
    return digest.hexdigest()[:12]


def model_id(package: InstalledPackage, beam: int) -> str:
    """What decides a model's output: the package's exact contents and the beam (no model is loaded)."""
    return f"argos:{package.name}:{package.version}:{package_fingerprint(package)}:b{beam}"


def cpu_workers(device: str, threads: int) -> tuple[int, int]:
    """(model replicas, threads each) for `threads` CPU threads in all (0: every core).

    One batch decoded on 2 threads spends much of each step synchronising small matrix
    products; two replicas of one thread each, each decoding its own batch, keep both cores
    busy (measured 20-25% faster on 2 cores). On a GPU one replica takes everything.
    """
    if device == "cuda":
        return 1, threads
    total = threads or os.cpu_count() or 1
    workers = 2 if total >= 2 else 1
    return workers, max(1, total // workers)


def _load(package: InstalledPackage, device: str, threads: int) -> tuple[Any, Any]:
    """The CT2 translator and SentencePiece processor, loaded once per process and package."""
    key = (str(package.path), package_fingerprint(package), device, threads)
    with _LOAD_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        import ctranslate2
        import sentencepiece as spm

        model_dir = package.path / "model"
        sp_path = package.path / "sentencepiece.model"
        if not (model_dir / "model.bin").exists():
            raise WorkbenchError(f"the model {package.name} at {package.path} has no model/model.bin; reinstall it")
        if not sp_path.exists():
            raise WorkbenchError(
                f"the model {package.name} at {package.path} has no sentencepiece.model "
                "(only SentencePiece packages are supported); reinstall it"
            )
        try:
            workers, per_worker = cpu_workers(device, threads)
            translator = ctranslate2.Translator(
                str(model_dir),
                device=device,
                compute_type="auto",
                inter_threads=workers,
                intra_threads=per_worker,
            )
            processor = spm.SentencePieceProcessor(model_file=str(sp_path))
        except (RuntimeError, ValueError, OSError) as exc:
            raise WorkbenchError(
                f"cannot load the translation model {package.name} from {package.path} ({exc}); "
                "the package is damaged: remove it and install it again"
            ) from exc
        _LOADED[key] = (translator, processor)
        return translator, processor


def _is_oom(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "out of memory" in text or "bad_alloc" in text or "cudaerrormemoryallocation" in text


class Translator:
    """One package's model, ready to translate lists of sentences."""

    def __init__(
        self,
        package: InstalledPackage,
        beam: int = 4,
        batch_size: int = 32,
        threads: int = 0,
        device: str = "auto",
        *,
        max_decoding_length: int | None = None,
        max_tokens: int | None = None,
    ) -> None:
        if beam < 1:
            raise InputError("the beam size must be at least 1")
        if batch_size < 1:
            raise InputError("the batch size must be at least 1")
        self.package = package
        self.beam = beam
        self.batch_size = batch_size
        self.threads = max(0, threads)
        self.device = pick_device(device)
        self.workers = cpu_workers(self.device, self.threads)[0]
        # None: as long as the batch's input calls for (see _decoding_limit); a number: a fixed cap.
        self.max_decoding_length = max_decoding_length
        # Source tokens per batch (padded): small on a CPU, where big padded batches run slower.
        self.max_tokens = max_tokens or (16384 if self.device == "cuda" else 4096)
        self.target_prefix = str(package.meta.get("target_prefix", ""))
        self.model_id = model_id(package, beam)
        self._translator, self._sp = _load(package, self.device, self.threads)

    def __repr__(self) -> str:
        return f"Translator({self.model_id}, device={self.device}, batch_size={self.batch_size})"

    def translate(self, texts: list[str], progress: Progress | None = None) -> list[str]:
        """Translations of `texts`, in the same order; each text is translated as one sentence."""
        out = [""] * len(texts)
        done = 0
        for indices, translations in self.batches(texts):
            for i, t in zip(indices, translations, strict=True):
                out[i] = t
            done += len(indices)
            if progress:
                progress(done, len(texts))
        return out

    def batches(self, texts: list[str]) -> Iterator[tuple[list[int], list[str]]]:
        """Translate batch by batch, longest first: yields (positions in `texts`, translations).

        Callers that store results per batch (drafts) lose at most one batch when interrupted.
        Empty texts come back empty without reaching the model.
        """
        empty = [i for i, t in enumerate(texts) if not t.strip()]
        if empty:
            yield empty, ["" for _ in empty]
        tokens = {i: self._sp.encode(t, out_type=str) for i, t in enumerate(texts) if t.strip()}
        order = sorted(tokens, key=lambda i: -len(tokens[i]))
        chunks: list[list[int]] = []
        for i in order:
            # A batch is full at batch_size sentences or at the token budget (padded size):
            # on a CPU, long padded batches cost more than they save.
            if chunks and (
                len(chunks[-1]) >= self.batch_size
                or (len(chunks[-1]) + 1) * len(tokens[chunks[-1][0]]) > self.max_tokens
            ):
                chunks.append([])
            if not chunks:
                chunks.append([])
            chunks[-1].append(i)
        if self.workers == 1 or len(chunks) == 1:
            for chunk in chunks:
                yield chunk, self._translate_tokens([tokens[j] for j in chunk])
            return
        # Several model replicas: keep one batch more in flight than there are replicas (the
        # extra one waits in CTranslate2's queue), and still yield in order, batch by batch.
        pool = ThreadPoolExecutor(max_workers=self.workers + 1, thread_name_prefix="translate")
        pending: deque[tuple[list[int], Future[list[str]]]] = deque()
        try:
            for chunk in chunks:
                pending.append((chunk, pool.submit(self._translate_tokens, [tokens[j] for j in chunk])))
                if len(pending) > self.workers:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _translate_tokens(self, batch: list[list[str]]) -> list[str]:
        try:
            results = self._translator.translate_batch(
                batch,
                target_prefix=[[self.target_prefix]] * len(batch) if self.target_prefix else None,
                max_batch_size=self.batch_size,
                beam_size=self.beam,
                length_penalty=0.2,  # argostranslate's setting, so drafts match its output
                # No replace_unknowns (argostranslate sets it): it makes CTranslate2 keep attention
                # for every step, which cost 8x in batches; SentencePiece models rarely emit <unk>.
                max_decoding_length=self._decoding_limit(batch),
            )
        except (RuntimeError, MemoryError) as exc:
            if not _is_oom(exc) and not isinstance(exc, MemoryError):
                raise WorkbenchError(f"the translation model {self.package.name} failed: {exc}") from exc
            if len(batch) == 1:
                raise WorkbenchError(
                    f"out of memory translating one sentence of {len(batch[0])} tokens on {self.device}; "
                    "try --batch-size 1 on the CPU, or shorten the segment; drafts saved so far are kept"
                ) from exc
            half = len(batch) // 2  # a batch too big for the device: split it rather than fail
            return self._translate_tokens(batch[:half]) + self._translate_tokens(batch[half:])
        return [self._decode(r.hypotheses[0]) for r in results]

    def _decoding_limit(self, batch: list[list[str]]) -> int:
        """Output tokens allowed per sentence of `batch`.

        A fixed cap (CTranslate2's default is 256) cuts the end off a long sentence, such as a
        UN letter's one-sentence paragraph; twice the longest source sentence leaves any real
        translation room and still stops a model that never ends its output.
        """
        if self.max_decoding_length is not None:
            return self.max_decoding_length
        return max(64, 2 * max(len(tokens) for tokens in batch) + 16)

    def _decode(self, pieces: list[str]) -> str:
        if self.target_prefix and pieces and pieces[0] == self.target_prefix:
            pieces = pieces[1:]
        text = str(self._sp.decode_pieces(pieces))
        return text[1:] if text.startswith(" ") else text
