"""Files and folders we write get the permissions the user's umask gives, as other tools' do.

Writing through `tempfile` (so that nothing is ever seen half-written) creates files 0600 and
folders 0700 whatever the umask says; an export shared with a colleague or a CAT tool running
as another user then cannot read it. These put the usual modes back before the rename.
"""

from __future__ import annotations

import os
from pathlib import Path


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # the only portable way to read it: set it and put it back at once
    os.umask(mask)
    return mask


def file_mode() -> int:
    return 0o666 & ~current_umask()


def folder_mode() -> int:
    return 0o777 & ~current_umask()


def follow_umask(path: Path) -> None:
    """Give `path` (and, for a folder, everything in it) the modes a plain `open()`/`mkdir` would."""
    if path.is_dir():
        os.chmod(path, folder_mode())
        for inner in path.rglob("*"):
            if not inner.is_symlink():
                os.chmod(inner, folder_mode() if inner.is_dir() else file_mode())
    elif path.exists():
        os.chmod(path, file_mode())
