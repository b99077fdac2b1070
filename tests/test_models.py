"""A translator installs, lists, inspects and removes offline models; bad files are refused clearly."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from support.testmodel import build_argosmodel
from translate_fixtures import *  # noqa: F403 - the model_files and packages fixtures

from workbench.cli import main
from workbench.errors import InputError
from workbench.translate import find_model, list_packages, packages_dir
from workbench.translate.packages import KNOWN_PACKAGES, install_package

REPO = Path(__file__).resolve().parent.parent


def test_the_copy_model_builds_fast_without_torch(tmp_path: Path) -> None:
    started = time.perf_counter()
    path = build_argosmodel(tmp_path / "m.argosmodel", "copy")
    assert time.perf_counter() - started < 1.0
    # In a fresh interpreter, building must not even import torch.
    code = (
        "import sys; sys.path.insert(0, 'tests'); from support.testmodel import build_argosmodel; "
        f"build_argosmodel({str(tmp_path / 'n.argosmodel')!r}, 'copy'); assert 'torch' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
    assert {n.split("/")[0] for n in names} == {"translate-fr_en-copy"}
    for needed in ("metadata.json", "sentencepiece.model", "model/model.bin"):
        assert f"translate-fr_en-copy/{needed}" in names


def test_install_list_info_remove(
    model_files: dict[str, Path], packages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list"]) == 0
    assert "No translation model installed" in capsys.readouterr().err

    assert main(["models", "install", str(model_files["copy"])]) == 0
    assert "installed fr-en 1.0" in capsys.readouterr().err
    assert packages_dir() == packages
    assert (packages / "translate-fr_en-copy" / "metadata.json").exists()

    assert main(["models", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["from_code"], p["to_code"], p["version"]) for p in listed] == [("fr-en", "fr", "en", "1.0")]
    assert listed[0]["sha256"] and listed[0]["size"] > 100_000

    assert main(["models", "info", "fr-en", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert "model/model.bin" in info["files"] and "sentencepiece.model" in info["files"]

    found = find_model("fr", "en")
    assert found is not None and found.path == packages / "translate-fr_en-copy"
    assert find_model("en", "fr") is None

    assert main(["models", "remove", "fr-en"]) == 0
    assert list_packages() == []
    assert main(["models", "remove", "fr-en"]) == 1
    assert "no translation model 'fr-en'" in capsys.readouterr().err


def test_argostranslate_sees_our_packages_and_we_see_its_own(model_files: dict[str, Path], packages: Path) -> None:
    install_package(model_files["copy"])
    # A package unzipped by hand or by argospm, without our install record, is found too.
    with zipfile.ZipFile(model_files["de-en"]) as zf:
        zf.extractall(packages)
    assert sorted(p.name for p in list_packages()) == ["de-en", "fr-en"]

    from argostranslate.package import get_installed_packages

    theirs = get_installed_packages([packages])
    assert sorted(f"{p.from_code}-{p.to_code}" for p in theirs) == ["de-en", "fr-en"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("not a zip", "not an Argos package"),
        ("truncated", "not an Argos package"),
        ("no model", "model/model.bin) is missing"),
        ("bad metadata", "metadata.json is not valid JSON"),
        ("two folders", "exactly one top-level folder"),
    ],
)
def test_a_broken_package_is_refused_and_the_installed_one_kept(
    model_files: dict[str, Path],
    packages: Path,
    tmp_path: Path,
    damage: str,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    install_package(model_files["copy"])
    before = sorted(p.relative_to(packages) for p in packages.rglob("*"))
    bad = tmp_path / "bad.argosmodel"
    good = model_files["copy"]
    if damage == "not a zip":
        bad.write_text("<html>Sorry, rate limited</html>")
    elif damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    else:
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
            for item in src.infolist():
                data = src.read(item)
                if damage == "no model" and item.filename.endswith("model.bin"):
                    continue
                if damage == "bad metadata" and item.filename.endswith("metadata.json"):
                    data = b"{not json"
                dst.writestr(item, data)
            if damage == "two folders":
                dst.writestr("other/readme.txt", "x")
    assert main(["models", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert sorted(p.relative_to(packages) for p in packages.rglob("*")) == before
    assert [p.name for p in list_packages()] == ["fr-en"]


def test_the_real_fr_en_package_is_checked_against_its_known_sha256(tmp_path: Path, packages: Path) -> None:
    """A file claiming to be translate-fr_en 1.9 whose bytes differ is refused as damaged."""
    fake = tmp_path / "translate-fr_en-1_9.argosmodel"
    build_argosmodel(fake, "copy")
    with zipfile.ZipFile(fake) as src:
        items = [(i, src.read(i)) for i in src.infolist()]
    with zipfile.ZipFile(fake, "w") as dst:
        for item, data in items:
            if item.filename.endswith("metadata.json"):
                meta = json.loads(data)
                meta["package_version"] = "1.9"
                data = json.dumps(meta).encode()
            dst.writestr(item, data)
    with pytest.raises(InputError, match="sha256 is .* not 3b3052fee6bb"):
        install_package(fake)
    assert list_packages() == []


def test_known_packages_match_the_model_manifest() -> None:
    manifest = json.loads((REPO / "models" / "manifest.json").read_text())
    for entry in manifest["translation"]:
        known = next(k for k in KNOWN_PACKAGES if k["name"] == entry["name"])
        assert (known["sha256"], known["size"], known["file"]) == (entry["sha256"], entry["size"], entry["file"])


def test_online_install_fails_fast_and_says_what_to_carry_over(
    packages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing listens on this loopback port: the same refusal an offline machine gives.
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    started = time.perf_counter()
    assert main(["models", "install", "fr", "en"]) == 1
    assert time.perf_counter() - started < 15
    err = capsys.readouterr().err
    assert "offline" in err and "translate-fr_en-1_9.argosmodel" in err
    assert "workbench models install" in err and "argos-net.com" in err
