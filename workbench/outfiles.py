"""Where written files go, and how they are written: one copy for every export, rebuilt document and report.

`resolve_output` names the file (`out` as given, or a name inside `out` or `aligned/`);
`atomic_output` / `atomic_write` write it under a hidden temporary name beside it and rename,
so nobody ever sees half a file, and a failed write leaves the previous file as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from workbench.errors import InputError
from workbench.fileperms import file_mode

DEFAULT_FOLDER = Path("aligned")
"""Where exports go when no --out is given."""

__all__ = ["DEFAULT_FOLDER", "atomic_output", "atomic_write", "is_folder", "resolve_output", "zip_folder"]


def is_folder(out: str | os.PathLike[str]) -> bool:
    """`out` names a folder: one already, a path ending with a slash, or a name without a file extension."""
    raw = os.fspath(out)
    target = Path(raw)
    return target.is_dir() or raw.endswith(("/", os.sep)) or not target.suffix


def resolve_output(filename: str, out: str | os.PathLike[str] | None, project_name: str) -> Path:
    """`filename` inside `out` (or aligned/) when `out` is a folder, else `out` itself."""
    # Project names are validated by the store; refuse anything that could leave the folder anyway.
    if Path(filename).name != filename or filename.startswith(".") or "\0" in filename or ".." in Path(filename).parts:
        raise InputError(f"project name {project_name!r} cannot be used as a file name")
    if out is None:
        return DEFAULT_FOLDER / filename
    if is_folder(out):
        return Path(out) / filename
    return Path(out)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """Write to a hidden temporary file beside `path`, then rename: never a half-written file.

    A folder that cannot be written (read-only, disk full, not a folder) is one clear
    InputError; the file that was there before, if any, is left as it was.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}; nothing was written") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, file_mode())  # mkstemp made it 0600: the umask decides, as for any tool's file
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError(f"cannot write {path}: {exc.strerror or exc}; nothing was written") from exc
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """`data` as the whole of `path`, written as `atomic_output` writes."""
    with atomic_output(path) as stream:
        stream.write(data)


def zip_folder(folder: Path) -> bytes:
    """`folder` as the bytes of one .zip whose top entry is the folder itself (unzipping gives the folder back)."""
    buffer = io.BytesIO()
    try:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for path in sorted(folder.rglob("*")):
                name = (Path(folder.name) / path.relative_to(folder)).as_posix()
                if path.is_dir():
                    out.writestr(name + "/", b"")  # an empty folder (target/, glossary/) is part of the project
                else:
                    out.write(path, name)
    except OSError as exc:
        raise InputError(f"cannot read {folder}: {exc.strerror or exc}") from exc
    return buffer.getvalue()
