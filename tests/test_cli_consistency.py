"""The command line says one thing one way: a short flag means the same everywhere, usage lines
read as in any Unix tool, every export format and status is in `export --help`, and the small
things translators trip over (a port in use, a text file named .pdf, no-break spaces) get one
clear answer."""

from __future__ import annotations

import socket
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from review_example import example_project

from workbench.cli import app, main
from workbench.export import FORMATS
from workbench.store import Store
from workbench.triage import STATUS_CHOICES


def commands() -> Iterator[tuple[str, Any]]:
    """Every command and group, with its full name ("workbench models install")."""
    root = typer.main.get_command(app)

    def walk(command: Any, path: str) -> Iterator[tuple[str, Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}")

    yield from walk(root, "workbench")


def help_text(path: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main([*path.split()[1:], "--help"]) == 0
    return capsys.readouterr().out


def test_a_short_flag_means_one_thing_in_every_command() -> None:
    meanings: dict[str, set[str]] = defaultdict(set)
    where: dict[str, list[str]] = defaultdict(list)
    for path, command in commands():
        for param in command.params:
            if param.param_type_name != "option":
                continue
            names = [*param.opts, *param.secondary_opts]
            long = next((n for n in names if n.startswith("--")), param.name)
            for short in (n for n in names if not n.startswith("--")):
                meanings[short].add(long)
                where[short].append(f"{path} {long}")
    clashes = {short: sorted(where[short]) for short, longs in meanings.items() if len(longs) > 1}
    assert not clashes, f"short flags with two meanings: {clashes}"
    # The ones translators type most, as the issue names them.
    assert meanings["-p"] == {"--project"} and meanings["-e"] == {"--english"} and meanings["-o"] == {"--out"}


def test_usage_lines_name_arguments_as_people_write_them(capsys: pytest.CaptureFixture[str]) -> None:
    for path, _ in commands():
        text = help_text(path, capsys)
        usage = text.splitlines()[0]
        assert usage.startswith(f"Usage: {path}"), usage
        assert "{" not in usage and "}" not in usage, f"{path}: {usage}"
        assert "<list[" not in text, f"{path} shows a Python type"
    assert help_text("workbench run", capsys).splitlines()[0] == "Usage: workbench run [OPTIONS] FR_FILE"
    assert "FILE_OR_LANGS..." in help_text("workbench models install", capsys).splitlines()[0]


def test_align_shows_its_two_files_as_required_and_realign_is_its_own_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usage = help_text("workbench align", capsys).splitlines()[0]
    assert usage == "Usage: workbench align [OPTIONS] SRC_FILE TGT_FILE"
    assert "--realign" not in help_text("workbench align", capsys)
    assert help_text("workbench realign", capsys).splitlines()[0] == "Usage: workbench realign [OPTIONS] PROJECT"
    one = tmp_path / "a.txt"
    one.write_text("Bonjour.\n", encoding="utf-8")
    assert main(["align", str(one)]) == 2
    assert "workbench realign PROJECT" in capsys.readouterr().err


def test_export_help_lists_every_format_and_every_status(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(help_text("workbench export", capsys).split())
    for fmt in FORMATS:
        assert fmt in text, f"export --help does not name {fmt}"
    for status in STATUS_CHOICES:
        assert status in text, f"export --help does not name --status {status}"
    assert "--threshold" in text and "--min-confidence" not in text  # the old name still works, unlisted


def test_review_says_when_its_port_is_taken_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = tmp_path / "ws"
    with Store.open_workspace(workspace) as store:
        example_project(store)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["-w", str(workspace), "review", "lettre", "--no-browser", "--port", str(port)])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err == (
        f"workbench: port {port} is already in use on 127.0.0.1 (another review server?): give another "
        "--port, or leave --port out to get a free one"
    )
    # -p names the project here as everywhere; a number given to it was meant as the port.
    assert main(["-w", str(workspace), "review", "-p", "8765", "--no-browser"]) == 1
    assert "-p names the project; for the port write --port 8765" in capsys.readouterr().err


def test_a_text_file_named_pdf_is_recognised_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "rapport.pdf"
    saved.write_text("Le présent rapport est soumis en application de la résolution 78/214.\n", encoding="utf-8")
    for argv in (["segment", str(saved)], ["inspect", str(saved)], ["-w", str(tmp_path), "run", str(saved)]):
        assert main(argv) == 1
        err = capsys.readouterr().err.strip()
        assert "rapport.pdf is named .pdf but holds plain text" in err and "rapport.txt" in err, err
        assert len(err.splitlines()) == 1


def test_segment_lines_keep_no_break_spaces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Le budget s’élève à 13\u00a0400\u00a0francs\u00a0: «\u00a0oui\u00a0». Il est\nadopté.\n"
    source = tmp_path / "budget.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["segment", str(source)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Le budget s’élève à 13\u00a0400\u00a0francs\u00a0: «\u00a0oui\u00a0»."
    assert lines[1] == "Il est adopté."  # a hard wrap is still one line


def test_projects_show_uses_the_pages_words_for_statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workbench import actions

    workspace = tmp_path / "ws"
    with Store.open_workspace(workspace) as store:
        pid = example_project(store).id
        first, second = store.links(pid)[:2]
        actions.exclude(store, pid, first.id or 0)
        actions.needs_review(store, pid, second.id or 0)
    assert main(["-w", str(workspace), "projects", "show", "lettre"]) == 0
    shown = capsys.readouterr().out
    assert "excluded" in shown and "needs review" in shown and "rejected" not in shown
    assert "threshold" in shown and "0.5" in shown


def test_the_docs_give_the_default_language_codes_the_export_writes(capsys: pytest.CaptureFixture[str]) -> None:
    import inspect

    from workbench.export import export_project_report

    default = inspect.signature(export_project_report).parameters["tgt_lang"].default
    assert default == "en-US"
    root = Path(__file__).resolve().parent.parent
    export_doc = (root / "docs" / "export.md").read_text(encoding="utf-8")
    assert f"`fr-FR` and `{default}` by default" in export_doc
    assert "`en-GB` by default" not in export_doc and "en-GB export as empty" not in export_doc
    assert f"`fr-FR` → `{default}` by default" in (root / "README.md").read_text(encoding="utf-8")
    assert f"default {default}" in " ".join(help_text("workbench export", capsys).split())
