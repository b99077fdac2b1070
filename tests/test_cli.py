"""The command line explains itself and never shows a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.cli import main

COMMANDS = ["run", "segment", "inspect", "translate", "align", "review", "export", "import", "models", "projects"]


def test_workbench_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for cmd in COMMANDS:
        assert f"  {cmd} " in out


@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_command_has_help(cmd: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([cmd, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Usage: workbench " + cmd in out
    assert len(out.splitlines()) > 3


@pytest.mark.parametrize(
    "argv",
    [
        ["run"],
        ["run", "--no-such-option", "x"],
        ["projects", "show"],
        ["translate", "x", "--beam", "zero"],
        ["frobnicate"],
    ],
)
def test_wrong_arguments_give_one_line_and_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("workbench: error:")
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_a_missing_file_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "no-such-lettre.txt"]) == 1
    err = capsys.readouterr().err
    assert "not found" in err and "no-such-lettre.txt" in err and "Traceback" not in err


def test_projects_list_on_an_empty_workspace(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["projects", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_the_installed_entry_point_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "workbench", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("workbench ")
