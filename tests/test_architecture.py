"""The package keeps the shape docs/architecture.md promises a newcomer.

The layers themselves are import-linter's contract in pyproject.toml (`lint-imports`, run by
scripts/test.sh); these checks cover what that contract cannot say: no cycle between files,
counting the imports written inside functions; no file too long to read; no test kit shipped.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "workbench"
MAX_LINES = 600
_LAZY = re.compile(r"workbench(\.\w+)+:\w+")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _under_type_checking(tree: ast.Module) -> set[int]:
    """Line numbers of imports that only type checkers run (`if TYPE_CHECKING:`)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                for sub in ast.walk(inner):
                    if isinstance(sub, ast.Import | ast.ImportFrom):
                        lines.add(sub.lineno)
    return lines


def imports_of(module: str) -> Iterator[tuple[str, int]]:
    """Every workbench module `module` imports at run time, wherever the import is written, with its line."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    typing_only = _under_type_checking(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and node.lineno in typing_only:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    yield alias.name, node.lineno
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _LAZY.fullmatch(node.value):
            # Modules named in a string and imported when used: the export registry's "module:attribute"
            # writers, the export package's lazily loaded names (written the same way).
            target = node.value.partition(":")[0]
            if target in MODULES:
                yield target, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in MODULES:
                    yield submodule, node.lineno
                elif target in MODULES:
                    yield target, node.lineno


def import_cycles() -> list[list[str]]:
    """Groups of files that import each other, directly or round a loop (Tarjan's components)."""
    graph = {m: sorted({t for t, _ in imports_of(m) if t != m}) for m in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph)))
    for module in graph:
        if module not in index:
            visit(module)
    return cycles


def test_no_two_files_import_each_other_even_inside_functions() -> None:
    cycles = import_cycles()
    assert cycles == [], "import cycles between files:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_finder_sees_imports_written_inside_functions() -> None:
    # The check above would pass on any tree if the finder missed function-level imports.
    inside = []
    for module, path in MODULES.items():
        functions = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.FunctionDef)]
        lines = {line for _, line in imports_of(module)}
        inside += [line for f in functions for line in lines if f.lineno < line <= (f.end_lineno or 0)]
    assert inside, "no function-level import found anywhere: the finder is not looking inside functions"


def test_every_registered_format_loads_and_sits_below_the_orchestrator() -> None:
    from workbench.export.formats import FORMATS

    for spec in FORMATS.values():
        for dotted in filter(None, (spec.writer, spec.reader)):
            module = dotted.partition(":")[0]
            assert module.startswith(("workbench.export.", "workbench.rebuild.")), dotted
            assert module != "workbench.export.orchestrator", dotted
            assert callable(spec.load_writer()) and (spec.reader is None or callable(spec.load_reader()))
    found = {t for t, _ in imports_of("workbench.export.formats")}
    assert "workbench.export.tmx" in found and "workbench.rebuild.bilingual" in found


def test_no_file_in_the_package_is_too_long_to_read() -> None:
    long = {
        str(p.relative_to(REPO)): n
        for p in MODULES.values()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"files over {MAX_LINES} lines: {long}"


def test_no_test_kit_ships_in_the_package() -> None:
    kits = ("testing", "testmodel", "mtstub", "sample", "synthetic", "argos_fallback", "conftest", "fixtures")
    shipped = [m for m in MODULES if any(part in kits for part in m.split("."))]
    assert shipped == []


def test_the_layer_contract_holds() -> None:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(lint).exists():
        pytest.skip("import-linter is not installed (pip install -e '.[dev]' installs it)")
    done = subprocess.run([lint, "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_architecture_page_lists_the_layers_the_contract_checks() -> None:
    import tomllib

    contract = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = [layer for layer in contract["contracts"][0]["layers"] if layer != "__main__"]
    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    documented: dict[int, set[str]] = {}
    for number, path in re.findall(r"^\| (\d+) \| `workbench/([\w/.]+?)(?:/|\.py)?`", page, re.M):
        documented.setdefault(int(number), set()).add(path)
    for number, path in re.findall(r"^\| (\d+) \| `workbench/[\w/.]+`, `workbench/(\w+)\.py`", page, re.M):
        documented[int(number)].add(path)
    assert documented == {n: set(layer.replace(" ", "").split("|")) for n, layer in enumerate(layers, 1)}
    on_disk = {m.split(".")[1] for m in MODULES if m.count(".") >= 1} - {"__main__"}
    assert on_disk == set().union(*documented.values()), "a module or package without its row in docs/architecture.md"
