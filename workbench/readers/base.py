"""What every reader shares: file checks, size limit, and building a Document from text."""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError

# Larger inputs are refused with a clear message rather than read into memory:
# a translator's document is a few MB at most; 200 MB is a wrong file.
MAX_BYTES = 200 * 1024 * 1024


def check_file(path: str | Path) -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError(f"file not found: {p}")
    if p.is_dir():
        raise InputError(f"{p} is a folder, not a file")
    size = p.stat().st_size
    if size == 0:
        raise InputError(f"{p} is empty: there is nothing to segment")
    if size > MAX_BYTES:
        raise InputError(
            f"{p} is {size / 1024 / 1024:.0f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for one document; "
            "split it into smaller files"
        )
    return p


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
