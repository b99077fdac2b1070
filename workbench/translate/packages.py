"""Argos translation packages: find, verify, install and remove them where argostranslate keeps them.

The packages folder is argostranslate's own (`$ARGOS_PACKAGES_DIR`, else
`$XDG_DATA_HOME/argos-translate/packages`, else `~/.local/share/argos-translate/packages`),
so a package installed with `argospm` is found here and one installed here is found by
`argospm`. Installing never leaves a half-extracted folder in it: argostranslate refuses
to list packages when any subfolder lacks a metadata.json.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.errors import InputError, NotFoundError, WorkbenchError

MAX_INFLATED_BYTES = 2 * 2**30
RECORD_NAME = "workbench.json"  # our install record inside the package folder; argostranslate ignores it
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
KNOWN_PACKAGES: list[dict[str, Any]] = [
    # Kept in step with models/manifest.json, which is not shipped inside the wheel.
    {
        "name": "fr-en",
        "package": "translate-fr_en",
        "version": "1.9",
        "file": "translate-fr_en-1_9.argosmodel",
        "size": 66585033,
        "sha256": "3b3052fee6bb1e8e8e632a26a723eb2a2c7710dfe73ba61ffd9b83e85d4f14c1",
        "url": "https://argos-net.com/v1/translate-fr_en-1_9.argosmodel",
    }
]

Progress = Callable[[int, int], None]


@dataclass
class InstalledPackage:
    """One installed Argos translation package (a folder in the packages directory)."""

    name: str
    from_code: str
    to_code: str
    version: str
    path: Path
    size: int
    sha256: str | None = None
    package_name: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def folder(self) -> str:
        return self.path.name


def packages_dir() -> Path:
    """Where argostranslate keeps packages (its own rules: env var, settings.json, XDG, home)."""
    env = os.environ.get("ARGOS_PACKAGES_DIR")
    if env:
        return Path(env).expanduser()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "argos-translate"
    with contextlib.suppress(OSError, ValueError, AttributeError):
        configured = json.loads((config / "settings.json").read_text(encoding="utf-8")).get("ARGOS_PACKAGES_DIR")
        if configured:
            return Path(configured).expanduser()
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "argos-translate" / "packages"


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _read_package(folder: Path) -> InstalledPackage | None:
    try:
        meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("type", "translate") != "translate":
        return None
    record: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        record = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    from_code, to_code = str(meta.get("from_code", "?")), str(meta.get("to_code", "?"))
    return InstalledPackage(
        name=f"{from_code}-{to_code}",
        from_code=from_code,
        to_code=to_code,
        version=str(meta.get("package_version", "?")),
        path=folder,
        size=_folder_size(folder),
        sha256=record.get("sha256"),
        package_name=str(meta.get("package_name", "")),
        meta=meta,
    )


def list_packages() -> list[InstalledPackage]:
    """Installed translation packages, by language pair then newest version first."""
    root = packages_dir()
    if not root.is_dir():
        return []
    found = [p for d in sorted(root.iterdir()) if d.is_dir() and (p := _read_package(d)) is not None]
    return sorted(found, key=lambda p: (p.name, _version_key(p.version)), reverse=False)


def _version_key(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split("."):
        parts.append(int(piece) if piece.isdigit() else -1)
    return tuple(-x for x in parts)  # newest first within a pair


def find_model(from_code: str = "fr", to_code: str = "en", name: str | None = None) -> InstalledPackage | None:
    """The installed package for this pair (newest version), or the one named (pair or folder name)."""
    packages = list_packages()
    if name is not None:
        exact = [p for p in packages if p.folder == name]
        if exact:
            return exact[0]
        matching = [p for p in packages if p.name == name]
        return matching[0] if matching else None
    matching = [p for p in packages if p.from_code == from_code and p.to_code == to_code]
    return matching[0] if matching else None


def get_package(name: str) -> InstalledPackage:
    """Like `find_model(name=...)`, but a missing package is an error naming what is installed."""
    found = find_model(name=name)
    if found is None:
        installed = ", ".join(sorted({p.name for p in list_packages()})) or "none"
        raise NotFoundError(
            f"no translation model {name!r} is installed in {packages_dir()} (installed: {installed}); "
            "install one with `workbench models install FILE.argosmodel` or `workbench models install fr en`"
        )
    return found


def file_sha256(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    return digest.hexdigest()


@dataclass
class PackageFile:
    """A verified `.argosmodel` file, not yet installed."""

    path: Path
    top: str
    meta: dict[str, Any]
    sha256: str


def known_entry(meta: dict[str, Any]) -> dict[str, Any] | None:
    """The manifest entry for this package version, when workbench knows its checksum."""
    pair = f"{meta.get('from_code')}-{meta.get('to_code')}"
    for entry in KNOWN_PACKAGES:
        if entry["name"] == pair and str(entry["version"]) == str(meta.get("package_version")):
            return entry
    return None


def verify_package_file(path: str | Path) -> PackageFile:
    """Check that `path` is a usable Argos translation package; raise InputError saying what is wrong."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"model file not found: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give the .argosmodel file")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path} is not an Argos package (.argosmodel files are zip archives); is the download cut?")
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.strip("/")]
            tops = {n.split("/", 1)[0] for n in names}
            if len(tops) != 1 or not any("/" in n for n in names):
                raise InputError(f"{path} is not an Argos package: it must hold exactly one top-level folder")
            top = tops.pop()
            if top in (".", "..") or top.startswith("."):
                raise InputError(f"{path} has an unsafe folder name {top!r}")
            for n in names:
                if n.startswith("/") or ".." in Path(n).parts:
                    raise InputError(f"{path} holds an unsafe path {n!r}; not installing it")
            # Real packages unzip to a few hundred MB; a zip bomb would fill the disk on extraction.
            inflated = sum(info.file_size for info in zf.infolist())
            if inflated > MAX_INFLATED_BYTES:
                raise InputError(
                    f"{path} would unzip to {inflated / 2**30:.1f} GB, over the "
                    f"{MAX_INFLATED_BYTES / 2**30:.0f} GB a translation package can take; not installing it"
                )
            needed = {
                f"{top}/metadata.json": "metadata.json",
                f"{top}/sentencepiece.model": "the sentencepiece.model tokenizer",
                f"{top}/model/model.bin": "the CTranslate2 model (model/model.bin)",
            }
            for member, what in needed.items():
                if member not in names:
                    raise InputError(f"{path} is not a usable translation package: {what} is missing")
            try:
                meta = json.loads(zf.read(f"{top}/metadata.json").decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise InputError(f"{path}: metadata.json is not valid JSON ({exc})") from exc
            bad = zf.testzip()
            if bad is not None:
                raise InputError(f"{path} is damaged ({bad} fails its checksum); download it again")
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path} is a damaged zip archive ({exc}); download it again") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{path}: metadata.json must hold an object")
    if meta.get("type", "translate") != "translate":
        raise InputError(f"{path} is an Argos {meta.get('type')!r} package, not a translation package")
    for key in ("from_code", "to_code"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise InputError(f"{path}: metadata.json lacks {key}")
    digest = file_sha256(path)
    entry = known_entry(meta)
    if entry is not None and digest != entry["sha256"]:
        raise InputError(
            f"{path} claims to be {entry['file']} but its sha256 is {digest}, not {entry['sha256']}: "
            "the file is damaged or altered; download it again"
        )
    return PackageFile(path=path, top=top, meta=meta, sha256=digest)


def install_package(path: str | Path, *, expect: tuple[str, str] | None = None) -> InstalledPackage:
    """Verify and install a `.argosmodel` file; an older copy of the same package is replaced."""
    checked = verify_package_file(path)
    pair = (checked.meta["from_code"], checked.meta["to_code"])
    if expect is not None and pair != expect:
        raise InputError(
            f"{checked.path} translates {pair[0]}→{pair[1]}, not {expect[0]}→{expect[1]}; nothing was installed"
        )
    root = packages_dir()
    root.mkdir(parents=True, exist_ok=True)
    target = root / checked.top
    # Extract beside the packages folder, then move into place in one rename: argostranslate
    # must never see a half-written package (it fails on a folder without metadata.json).
    staging = Path(tempfile.mkdtemp(prefix=".workbench-install-", dir=root.parent))
    try:
        with zipfile.ZipFile(checked.path) as zf:
            zf.extractall(staging)
        extracted = staging / checked.top
        record = {
            "sha256": checked.sha256,
            "source_file": checked.path.name,
            "installed_at": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "installed_by": "workbench",
        }
        (extracted / RECORD_NAME).write_text(json.dumps(record, indent=2), encoding="utf-8")
        old = None
        if target.exists():
            old = staging / "previous"
            target.rename(old)
        extracted.rename(target)
    except OSError as exc:
        raise WorkbenchError(f"cannot install into {root}: {exc.strerror or exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _forget_argos_cache()
    installed = _read_package(target)
    assert installed is not None
    return installed


def remove_package(name: str) -> InstalledPackage:
    package = get_package(name)
    shutil.rmtree(package.path)
    _forget_argos_cache()
    return package


def _forget_argos_cache() -> None:
    """argostranslate caches installed languages per process; drop them when we change the folder."""
    import sys

    module = sys.modules.get("argostranslate.translate")
    if module is not None:
        module.get_installed_languages.cache_clear()
        module.installed_translates.clear()


# -- online install -------------------------------------------------------------------------


def offline_help(from_code: str, to_code: str) -> str:
    entry = next((e for e in KNOWN_PACKAGES if e["name"] == f"{from_code}-{to_code}"), None)
    if entry is not None:
        file = entry["file"]
        where = f"{file} ({entry['size'] / 1e6:.0f} MB, sha256 {entry['sha256'][:12]}…) from {entry['url']}"
    else:
        file = f"translate-{from_code}_{to_code}-VERSION.argosmodel"
        where = (
            f"the translate-{from_code}_{to_code} .argosmodel file listed in the Argos package index ({DEFAULT_INDEX})"
        )
    return f"download {where} on a connected machine, carry it over, then run `workbench models install {file}`"


def _fetch(url: str, timeout: float, progress: Progress | None = None) -> bytes:
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "workbench"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - https index URLs only
        total = int(response.headers.get("Content-Length") or 0)
        chunks: list[bytes] = []
        done = 0
        while chunk := response.read(1 << 16):
            chunks.append(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    return b"".join(chunks)


def install_from_index(
    from_code: str,
    to_code: str,
    *,
    progress: Progress | None = None,
    timeout: float = 10.0,
    index_url: str | None = None,
) -> InstalledPackage:
    """Download the pair's package from the Argos index and install it; a clear error when offline."""
    import urllib.error

    url = index_url or os.environ.get("ARGOS_PACKAGE_INDEX", "").rstrip("/") + "/index.json"
    if url == "/index.json":
        url = DEFAULT_INDEX
    try:
        index = json.loads(_fetch(url, timeout).decode("utf-8"))
    except (OSError, urllib.error.URLError, ValueError) as exc:
        raise WorkbenchError(
            f"cannot reach the Argos package index ({_reason(exc)}): this machine looks offline; "
            + offline_help(from_code, to_code)
        ) from exc
    entries = [
        e for e in index if isinstance(e, dict) and e.get("from_code") == from_code and e.get("to_code") == to_code
    ]
    if not entries:
        raise NotFoundError(f"the Argos package index has no {from_code}→{to_code} translation package")
    entry = max(entries, key=lambda e: tuple(-x for x in _version_key(str(e.get("package_version", "0")))))
    links = [str(link) for link in entry.get("links", [])]
    last: Exception | None = None
    for link in links:
        try:
            data = _fetch(link, max(timeout, 60.0), progress)
            break
        except (OSError, urllib.error.URLError) as exc:
            last = exc
    else:
        raise WorkbenchError(
            f"could not download the {from_code}→{to_code} package ({_reason(last)}); "
            + offline_help(from_code, to_code)
        )
    with tempfile.TemporaryDirectory() as tmp:
        name = Path(links[0]).name if links else f"translate-{from_code}_{to_code}.argosmodel"
        file = Path(tmp) / name
        file.write_bytes(data)
        return install_package(file, expect=(from_code, to_code))


def _reason(exc: BaseException | None) -> str:
    if exc is None:
        return "no download link"
    reason = getattr(exc, "reason", None)
    return str(reason or exc)
