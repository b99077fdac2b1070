"""Pull the plug: a translator's acknowledged work survives SIGKILL, a full disk and a read-only workspace.

The review server is killed at random moments while clients write; `workbench run` is killed at
random moments while it stores a long document in the same workspace. After every kill the database
passes `PRAGMA integrity_check`, every action the server acknowledged is in the store, and the
commands start again cleanly. Exports are written to a temporary file and renamed, so a failed
export never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from support.sample import synthetic_project
from support.synthetic import sentence_pairs

from workbench.review.server import free_port
from workbench.store import DB_NAME, Store

REPO = Path(__file__).resolve().parent.parent
SERVER_KILLS = int(os.environ.get("WORKBENCH_SERVER_KILLS", "16"))
RUN_KILLS = int(os.environ.get("WORKBENCH_RUN_KILLS", "6"))
CLIENTS = 4
ENV = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def event_payloads(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return "\n".join(r[0] for r in con.execute("SELECT payload FROM events"))
    finally:
        con.close()


def segment_texts(db: Path, ids: list[int]) -> dict[int, str]:
    con = sqlite3.connect(db)
    try:
        marks = ",".join("?" * len(ids))
        return dict(con.execute(f"SELECT id, text FROM segments WHERE id IN ({marks})", ids).fetchall())
    finally:
        con.close()


def start_server(workspace: Path) -> tuple[subprocess.Popen[str], str, str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench",
            "-w",
            str(workspace),
            "review",
            "corpus",
            "--no-browser",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=ENV,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), f"the server did not start (exit {proc.poll()})"
    return proc, f"http://127.0.0.1:{port}", url.split("token=")[1]


class Client(threading.Thread):
    """One reviewer editing their own sentences, one request at a time, keeping what was acknowledged."""

    def __init__(self, number: int, base: str, token: str, segments: list[int], round_: int) -> None:
        super().__init__(daemon=True)
        self.number, self.base, self.segments, self.round = number, base, segments, round_
        self.headers = {"X-Workbench-Token": token, "Origin": base}
        self.history: list[tuple[int, str, bool]] = []
        """(segment, text, acknowledged) in the order sent."""
        self.stop = False

    def run(self) -> None:
        rng = random.Random(self.number * 1000 + self.round)
        with httpx.Client(timeout=5) as http:
            n = 0
            while not self.stop:
                seg = rng.choice(self.segments)
                text = f"r{self.round}c{self.number}n{n} relu et corrige"
                try:
                    res = http.post(
                        f"{self.base}/api/actions/edit",
                        json={"edits": [{"segment": seg, "text": text}]},
                        headers=self.headers,
                    )
                except httpx.HTTPError:
                    self.history.append((seg, text, False))  # the server is gone: never acknowledged
                    return
                assert res.status_code == 200, res.text
                self.history.append((seg, text, True))
                n += 1


def test_acknowledged_review_actions_survive_random_kills_of_the_server(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    with Store.open_workspace(workspace) as store:
        pid = synthetic_project(store, "corpus", rows=120).id
        targets = [lk.tgt[0] for lk in store.links(pid) if lk.tgt]
    db = workspace / DB_NAME
    owned = [targets[i::CLIENTS] for i in range(CLIENTS)]  # each reviewer edits their own sentences
    rng = random.Random(2024)
    acked: list[tuple[int, str]] = []
    last_acked: dict[int, str] = {}
    later: dict[int, set[str]] = {}  # texts sent after the last acknowledged one, never answered
    kills = 0
    for round_ in range(SERVER_KILLS):
        proc, base, token = start_server(workspace)
        clients = [Client(i, base, token, owned[i], round_) for i in range(CLIENTS)]
        for c in clients:
            c.start()
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        for c in clients:
            c.stop = True
            c.join(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
        assert integrity(db) == "ok"
        payloads = event_payloads(db)
        for c in clients:
            for seg, text, ok in c.history:
                if ok:
                    assert text in payloads, f"acknowledged edit {text!r} lost after kill {kills}"
                    last_acked[seg], later[seg] = text, set()
                    acked.append((seg, text))
                else:
                    later.setdefault(seg, set()).add(text)
        # Each sentence holds its last acknowledged text, or one sent after it that was committed
        # just before the kill but never answered: never anything older, never a mix.
        now = segment_texts(db, list(last_acked))
        for seg, text in last_acked.items():
            assert now[seg] == text or now[seg] in later[seg], (seg, now[seg], text)
    assert kills >= SERVER_KILLS and len(acked) > kills, (kills, len(acked))
    # After the last kill the server starts again and serves every row.
    proc, base, token = start_server(workspace)
    try:
        state = httpx.get(f"{base}/api/state", headers={"X-Workbench-Token": token}).json()
        assert state["total"] == 120
    finally:
        proc.kill()
        proc.wait()
        if proc.stdout:
            proc.stdout.close()
    print(f"\nserver kills={kills} acknowledged_actions={len(acked)} lost=0")


def long_letter(path: Path, paragraphs: int = 300) -> Path:
    rng = random.Random(5)
    french = [fr for fr, _ in sentence_pairs()]
    path.write_text("\n\n".join(" ".join(rng.choices(french, k=8)) for _ in range(paragraphs)) + "\n", encoding="utf-8")
    return path


def test_killed_runs_leave_the_workspace_sound_and_start_again(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    with Store.open_workspace(workspace) as store:
        pid = synthetic_project(store, "corpus", rows=30).id
        link = store.links(pid)[0]
        from workbench import actions

        actions.approve(store, pid, link.id or 0)
        reviewed = [(lk.id, lk.status.value) for lk in store.links(pid)]
    db = workspace / DB_NAME
    document = long_letter(tmp_path / "rapport.txt")
    base = [sys.executable, "-m", "workbench", "-w", str(workspace), "run", str(document), "--no-translate"]
    base += ["--out", str(tmp_path / "aligned")]
    rng = random.Random(11)
    # How long one uninterrupted run takes here (well under a second: it segments and stores
    # the letter); the kills then land in its second half, where the writes are.
    started = time.monotonic()
    timing = subprocess.run([*base, "-p", "rapport-timing"], capture_output=True, text=True, env=ENV, timeout=120)
    assert timing.returncode == 0, timing.stderr
    duration = time.monotonic() - started
    killed: list[str] = []
    attempt = 0
    while len(killed) < RUN_KILLS and attempt < 3 * RUN_KILLS:
        name = f"rapport-{attempt}"  # a fresh project each time, so every kill lands among real writes
        attempt += 1
        err = tmp_path / f"{name}.stderr"
        with err.open("wb") as sink:
            proc = subprocess.Popen([*base, "-p", name], stdout=subprocess.DEVNULL, stderr=sink, env=ENV)
            time.sleep(rng.uniform(0.4, 0.95) * duration)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed.append(name)
            proc.wait()
        if name not in killed:  # it finished before the kill: then it must have succeeded
            assert proc.returncode == 0, (name, err.read_text(errors="replace"))
        assert integrity(db) == "ok"
        with Store.open_workspace(workspace) as store:
            assert [(lk.id, lk.status.value) for lk in store.links(pid)] == reviewed
    assert len(killed) == RUN_KILLS, "the runs finished before they could be killed; make the document longer"
    # Every interrupted run can simply be run again, and then holds the whole document once.
    for name in killed:
        done = subprocess.run([*base, "-p", name], capture_output=True, text=True, env=ENV, timeout=120)
        assert done.returncode == 0, (name, done.stderr)
    with Store.open_workspace(workspace) as store:
        for name in killed:
            (doc,) = store.documents(store.project(name).id)
            assert len(doc.segments) == 300 * 8  # every sentence stored once, none twice
    print(f"\nrun kills={len(killed)}")


def test_a_run_killed_right_after_creating_its_project_can_be_started_again(tmp_path: Path) -> None:
    from workbench.pipeline import run

    letter = tmp_path / "lettre.txt"
    letter.write_text("Bonjour. Voici la lettre.\n\nMerci.\n", encoding="utf-8")
    with Store.open_workspace(tmp_path / "ws") as store:
        store.create_project("lettre", "fr", "en")  # what a kill between two writes leaves behind
        result = run(letter, store=store, translate=False, out=None)
        assert result.source_segments == 3


# -- disk full and read-only workspace ------------------------------------------------------------


def read_only(*folders: Path) -> tuple[list[str], bool]:
    """A command prefix under which `folders` are read-only, and whether it must be used.

    Root ignores permission bits, so for root the folders are bind-mounted read-only in a private
    mount namespace (`unshare -m`); anyone else just gets the permission bits removed.
    """
    if os.geteuid() != 0:
        return [], False
    mounts = " && ".join(f'mount --bind "{f}" "{f}" && mount -o remount,bind,ro "{f}"' for f in folders)
    for unshare in (["unshare", "-m"], ["unshare", "-r", "-m"]):
        prefix = [*unshare, "sh", "-c", f'{mounts} && exec "$@"', "sh"]
        try:
            probe = subprocess.run([*prefix, "sh", "-c", f'! touch "{folders[0]}/.probe"'], capture_output=True)
        except OSError:
            break
        if probe.returncode == 0:
            return prefix, True
    pytest.skip("running as root without mount namespaces: no way to make a folder read-only for this test")


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill: what a full disk looks like
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _workbench(
    args: list[str], cwd: Path, preexec: Callable[[], None] | None = None, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        env={**ENV, "HOME": str(cwd)},
        cwd=cwd,
        preexec_fn=preexec,
        timeout=60,
    )


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr)
    err = done.stderr.strip()
    assert "Traceback" not in err and "internal error" not in err, err
    assert len(err.splitlines()) == 1, err
    return err


@pytest.fixture
def reviewed(tmp_path: Path) -> tuple[Path, int]:
    workspace = tmp_path / "ws"
    with Store.open_workspace(workspace) as store:
        pid = synthetic_project(store, "corpus", rows=300).id
        from workbench import actions

        for lk in store.links(pid)[:10]:
            actions.approve(store, pid, lk.id or 0)
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return workspace, pid


def _chmod_tree(folder: Path, mode: int) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(mode if path.is_dir() else mode & 0o666)


def test_a_read_only_workspace_is_a_clear_error_and_nothing_changes(tmp_path: Path, reviewed: tuple[Path, int]) -> None:
    workspace, _ = reviewed
    before = (workspace / DB_NAME).read_bytes()
    letter = long_letter(tmp_path / "lettre.txt", paragraphs=3)
    prefix, mounted = read_only(workspace)
    if not mounted:
        _chmod_tree(workspace, 0o555)
    try:
        done = _workbench(["-w", str(workspace), "run", str(letter), "--no-translate"], tmp_path, prefix=prefix)
        err = _one_line(done)
        assert "read-only" in err or "cannot open" in err, err
        listed = _workbench(["-w", str(workspace), "projects", "list", "--json"], tmp_path, prefix=prefix)
        assert "Traceback" not in listed.stderr and "internal error" not in listed.stderr
    finally:
        _chmod_tree(workspace, 0o755)
    assert (workspace / DB_NAME).read_bytes() == before
    assert integrity(workspace / DB_NAME) == "ok"


def test_an_export_into_a_read_only_folder_leaves_the_old_file_whole(
    tmp_path: Path, reviewed: tuple[Path, int]
) -> None:
    workspace, _ = reviewed
    out = tmp_path / "aligned"
    first = _workbench(["-w", str(workspace), "export", "corpus", "-o", str(out) + "/"], tmp_path)
    assert first.returncode == 0, first.stderr
    old = (out / "corpus.tmx").read_bytes()
    prefix, mounted = read_only(out)
    if not mounted:
        out.chmod(0o555)
    try:
        again = _workbench(["-w", str(workspace), "export", "corpus", "-o", str(out) + "/"], tmp_path, prefix=prefix)
        err = _one_line(again)
        assert "cannot write" in err and "nothing was written" in err
    finally:
        out.chmod(0o755)
    assert (out / "corpus.tmx").read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == ["corpus.tmx"]  # no .part left behind


def test_a_full_disk_during_an_export_leaves_no_half_written_file(tmp_path: Path, reviewed: tuple[Path, int]) -> None:
    workspace, _ = reviewed
    out = tmp_path / "aligned"
    first = _workbench(["-w", str(workspace), "export", "corpus", "-o", str(out) + "/", "--status", "all"], tmp_path)
    assert first.returncode == 0, first.stderr
    old = (out / "corpus.tmx").read_bytes()
    assert len(old) > 128 * 1024
    with Store.open_workspace(workspace) as store:  # more to write this time
        pid = store.project("corpus").id
        from workbench import actions

        actions.approve_above(store, pid, store.links(pid)[-1].id or 0)
    full = _workbench(
        ["-w", str(workspace), "export", "corpus", "-o", str(out) + "/", "--status", "all"],
        tmp_path,
        _file_size_limit(64 * 1024),  # the disk fills up after 64 kB of the new file
    )
    err = _one_line(full)
    assert "cannot write" in err and "nothing was written" in err
    assert (out / "corpus.tmx").read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == ["corpus.tmx"]


def test_a_full_disk_while_storing_keeps_the_last_saved_state(tmp_path: Path, reviewed: tuple[Path, int]) -> None:
    workspace, pid = reviewed
    db = workspace / DB_NAME
    with Store.open_workspace(workspace) as store:
        saved = [(lk.id, lk.status.value) for lk in store.links(pid)]
    letter = long_letter(tmp_path / "rapport.txt", paragraphs=200)
    limit = 128 * 1024  # room for a little write-ahead log, not for 1600 sentences
    done = _workbench(["-w", str(workspace), "run", str(letter), "--no-translate"], tmp_path, _file_size_limit(limit))
    err = _one_line(done)
    assert "workspace database" in err or "disk" in err, err
    assert integrity(db) == "ok"
    with Store.open_workspace(workspace) as store:
        assert [(lk.id, lk.status.value) for lk in store.links(pid)] == saved
        half = [p for p in store.projects() if p.name == "rapport"]
        assert not half or not store.documents(half[0].id)  # no half-stored document
    again = _workbench(["-w", str(workspace), "run", str(letter), "--no-translate"], tmp_path)
    assert again.returncode == 0, again.stderr
