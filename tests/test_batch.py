"""A corpus builder aligns a folder of document pairs, survives a kill, and gets one corpus TMX."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import shared_path
from support.synthetic import write_corpus

from workbench import Store
from workbench.batch import BatchOptions, discover_pairs, run_batch
from workbench.errors import InputError

N_PAIRS = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, N_PAIRS, seed=7, sentences=6)
    return folder


def _check_tmx(path: Path) -> None:
    checker = shared_path("eval", "check_tmx.py")
    done = subprocess.run(
        [sys.executable, str(checker), str(path), "--src", "fr", "--tgt", "en"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-2000:]


def _align_events(workspace: Path) -> dict[str, int]:
    with Store.open_workspace(workspace) as store:
        return {p.name: sum(1 for e in store.events(p.id) if e.kind == "align") for p in store.projects()}


def test_pairs_are_found_by_name(corpus: Path, tmp_path: Path) -> None:
    pairs, unpaired = discover_pairs(corpus)
    assert len(pairs) == N_PAIRS and not unpaired
    assert pairs[0].name == "doc00000"
    assert pairs[0].source.endswith("doc00000.fr.txt") and pairs[0].target and pairs[0].target.endswith(".en.txt")
    (tmp_path / "a").mkdir()
    with pytest.raises(InputError, match="no document pairs"):
        discover_pairs(tmp_path / "a")


def test_a_manifest_pairs_files_explicitly(corpus: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "pairs.csv"
    manifest.write_text(
        f"source,target,name\n{corpus}/doc00001.fr.txt,{corpus}/doc00001.en.txt,first\n", encoding="utf-8"
    )
    pairs, _ = discover_pairs(corpus, pairs_csv=manifest)
    assert [p.name for p in pairs] == ["first"]
    manifest.write_text("only-one-column\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        discover_pairs(corpus, pairs_csv=manifest)


def test_killed_local_batch_resumes_and_does_every_pair_exactly_once(corpus: Path, tmp_path: Path) -> None:
    ws, out = tmp_path / "ws", tmp_path / "out"
    cmd = [sys.executable, "-m", "workbench", "-w", str(ws), "batch", str(corpus), "-o", str(out), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    # Kill the whole process group once a few pairs are finished.
    deadline = time.time() + 240
    while time.time() < deadline:
        done = sum(1 for _ in (out / "pairs").glob("*.tmx")) if (out / "pairs").exists() else 0
        if done >= 3:
            break
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _align_events(ws)
    assert 0 < len(partial) < N_PAIRS + 1

    rerun = subprocess.run(cmd + ["--json"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    report = json.loads(rerun.stdout)
    assert report["pairs"] == N_PAIRS and report["failed"] == 0
    assert report["skipped"] >= 1 and report["done"] + report["skipped"] == N_PAIRS
    events = _align_events(ws)
    assert len(events) == N_PAIRS
    # A pair finished before the kill was not aligned again; one caught mid-way at most once more.
    assert sum(events.values()) <= N_PAIRS + 2
    assert all(n >= 1 for n in events.values())
    _check_tmx(out / "batch.tmx")
    tsv_lines = (out / "batch.tsv").read_text(encoding="utf-8").splitlines()
    assert len(tsv_lines) >= N_PAIRS * 4 and all(line.count("\t") == 1 for line in tsv_lines)


def test_ray_engine_on_a_local_cluster(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'workbench[ray]'")
    pairs, _ = discover_pairs(corpus)
    options = BatchOptions(workspace=str(tmp_path / "ws"), out=str(tmp_path / "out"), batch="ray")
    report = run_batch(pairs[:6], options, engine="ray", workers=2)
    assert report.count("done") == 6, [o.error for o in report.outcomes]
    assert report.corpus_tmx
    _check_tmx(Path(report.corpus_tmx))
    again = run_batch(pairs[:6], options, engine="ray", workers=2)
    assert again.count("skipped") == 6


def test_a_broken_pair_is_reported_and_does_not_stop_the_rest(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("doc00002.fr.txt", "doc00002.en.txt", "doc00003.fr.txt", "doc00003.en.txt"):
        (folder / name).write_bytes((corpus / name).read_bytes())
    (folder / "broken.fr.txt").write_bytes(b"\x00\xff\x00binary")
    (folder / "broken.en.txt").write_text("Hello.\n", encoding="utf-8")
    pairs, _ = discover_pairs(folder)
    options = BatchOptions(workspace=str(tmp_path / "ws"), out=str(tmp_path / "out"))
    report = run_batch(pairs, options)
    assert report.count("done") == 2 and report.count("failed") == 1
    failed = next(o for o in report.outcomes if o.status == "failed")
    assert failed.name == "broken" and failed.error and "Traceback" not in failed.error
    saved = json.loads(Path(report.report or "").read_text(encoding="utf-8"))
    assert saved["failed"] == 1
