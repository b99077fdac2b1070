"""`workbench review` starts the local server, prints the address with its token and serves the page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
from review_example import example_project

from workbench.store import Store

REPO = Path(__file__).resolve().parent.parent


def test_review_prints_a_loopback_url_with_a_token_and_serves_the_latest_project(tmp_path: Path) -> None:
    store = Store.open_workspace(os.environ["WORKBENCH_HOME"])
    example_project(store, "lettre")
    store.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "review", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "?token=" in url
        token = url.split("token=")[1]
        base = url.split("/?")[0]
        with httpx.Client(base_url=base, timeout=10) as client:
            assert "app.js" in client.get("/").text
            state = client.get("/api/state", headers={"X-Workbench-Token": token}).json()
            assert state["project"]["name"] == "lettre" and len(state["rows"]) == 15
            assert client.get("/api/state").status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_review_of_an_unknown_project_says_so_in_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "review", "nope", "--no-browser"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().startswith("workbench: no project 'nope'")
    assert "Traceback" not in result.stderr
