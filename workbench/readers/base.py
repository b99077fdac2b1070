"""What every reader shares: file checks, size limit, and building a Document from text."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.errors import InputError


# Larger inputs are refused at once with a clear message: a translator's
# document is a few MB at most, and segmenting runs at about 0.5-1 MB/s, so a
# 50 MB file is almost always the wrong file (a log, a dump, a whole corpus).
# WORKBENCH_MAX_INPUT_MB raises the limit for those who mean it.
def _limit_mb() -> float:
    try:
        return float(os.environ.get("WORKBENCH_MAX_INPUT_MB", "32"))
    except ValueError:
        return 32.0


MAX_BYTES = int(_limit_mb() * 1024 * 1024)


def check_file(path: str | Path) -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError(f"file not found: {p}")
    if p.is_dir():
        raise InputError(f"{p} is a folder, not a file")
    check_size(p, "segment", "one document; split it into smaller files")
    return p


def check_size(path: Path, doing: str, what: str) -> None:
    """Refuse an empty or enormous file before it is read whole: `{path} is empty: there is nothing to
    {doing}`, or over the limit `for {what}`."""
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path} is empty: there is nothing to {doing}")
    if size > MAX_BYTES:
        raise InputError(
            f"{path} is {size / 1024 / 1024:.0f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for {what} "
            "(or set WORKBENCH_MAX_INPUT_MB)"
        )


def read_bytes(path: str | Path) -> bytes:
    p = check_file(path)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from exc


def require_text(text: str, path: str | Path) -> str:
    if not text.strip():
        raise InputError(f"{path} holds no text (only blank space)")
    return text
