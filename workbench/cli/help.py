"""Usage lines and argument lists as people write them: `workbench run [OPTIONS] FR_FILE`.

typer writes required arguments as `{fr_file}` and lists Python types (`<list[str]>`) next to
them; every command registers with `cls=Command` to get the usual forms instead.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand


def argument_name(param: Any) -> str:
    """`FR_FILE`, `WHAT...`: the metavar (or the parameter's name) in capitals."""
    name = str(param.metavar or param.name or "").upper()
    return f"{name}..." if param.nargs != 1 else name


class Command(TyperCommand):
    """A typer command whose usage line and help name arguments the usual way."""

    shown_required: frozenset[str] = frozenset()
    """Arguments shown as required although click accepts them missing (an older form of the command)."""

    def _required(self, param: Any) -> bool:
        return bool(param.required) or param.name in self.shown_required

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument" and not getattr(param, "hidden", False):
                name = argument_name(param)
                pieces.append(name if self._required(param) else f"[{name}]")
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                # The help says what the argument is; its Python type says nothing to a translator.
                text = record[1]
                if param.name in self.shown_required and "[required]" not in text:
                    text = f"{text}  [required]"
                arguments.append((argument_name(param), text))
            else:
                options.append(record)
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)
