"""The layout holds: no cycle between modules, and no import against the direction
`bot` → `handlers` → `scheduler` → `storage` → pure modules.

Every import counts: at the top, inside functions and under `TYPE_CHECKING` (an import
only the type checker sees still ties two modules together).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "scheduler", "storage")
FRAMEWORKS = ("telegram", "fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic")

# What each package may not import (a module, a package or a third-party library).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "storage": ("telegram", "fastapi", "starlette", "bot", "handlers", "scheduler"),
    "scheduler": ("telegram", "fastapi", "starlette", "bot", "handlers"),
    # Handlers reach the database through storage's services and views, never its tables
    # (the enums they need are in storage.enums).
    "handlers": ("fastapi", "starlette", "scheduler", "bot", "sqlalchemy", "storage.models"),
}
# Modules of `bot/` that are plain values and words, not the composition root: handlers
# may use them (DESIGN.md: "handlers may import storage, bot.i18n, pure modules").
BOT_FOR_HANDLERS = {"bot.i18n", "bot.config", "bot.prompts", "bot.charts", "bot.render"}
# Renderers: plain values in, text and buttons as data out (issue 14). No Telegram type, no
# web framework, no database session, no callback module: the runtime, the dashboard and
# the handlers all use them, and another chat channel could.
RENDER = "bot.render"
RENDER_FORBIDDEN = (
    "telegram", "fastapi", "starlette", "sqlalchemy", "handlers", "scheduler", "storage.models",
    "bot.runtime", "bot.app", "bot.web", "bot.delivery", "bot.services",
)  # fmt: skip
# What the composition root outside `bot.app` (which registers the handlers) may take from
# `handlers`: the services' type and the one Telegram conversion, never a callback module.
ROOT_MAY_USE = {"handlers.context", "handlers.keyboards", "handlers.moderation"}
ROOT_MODULES = ("bot.runtime", "bot.services", "bot.web", "bot.delivery")
# Pure logic: no framework, no database, no Kring module but other pure ones, so storage,
# the scheduler and the handlers can all use it and tests use plain values.
PURE = {
    "storage.enums",
    "storage.delivery_policy",
    "storage.round_times",
    "storage.impact_moments",
    "storage.impact_stats",
    "storage.digest_stats",
}

# Edges that break a rule today and are still to be removed. Each says why it is here;
# the test fails on any violating edge not listed (and on a listed one that is gone, so
# the list only shrinks).
WHY_RENDER = "composer or text still in a callback module; moves to bot.render (issue 14)"
ALLOWED: dict[tuple[str, str], str] = {
}


def modules() -> dict[str, Path]:
    """Every module of the four packages (migrations are Alembic's, not ours)."""
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imported(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    """The modules `name` imports, resolved to a Kring module where there is one."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            # `from handlers import groups` imports the module handlers.groups.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base
                       for a in node.names]  # fmt: skip
        else:
            continue
        for target in targets:
            while target not in known and "." in target and target.split(".")[0] in PACKAGES:
                target = target.rsplit(".", 1)[0]
            yield target


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: set(imported(name, path, known)) - {name} for name, path in known.items()}


def _within(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def violations(edges: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Imports against the direction of the layout."""
    found = set()
    for source, targets in edges.items():
        package = source.split(".")[0]
        for target in targets:
            if source in PURE and (
                target.split(".")[0] in FRAMEWORKS
                or (target.split(".")[0] in PACKAGES and target not in PURE)
            ):
                found.add((source, target))
            for banned in FORBIDDEN.get(package, ()):
                if not _within(target, banned):
                    continue
                if package == "handlers" and any(_within(target, m) for m in BOT_FOR_HANDLERS):
                    continue
                found.add((source, target))
            if _within(source, RENDER) and any(_within(target, b) for b in RENDER_FORBIDDEN):
                found.add((source, target))
            if (
                any(_within(source, r) for r in ROOT_MODULES)
                and _within(target, "handlers")
                and not any(_within(target, m) for m in ROOT_MAY_USE)
            ):
                found.add((source, target))
    return found


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Groups of Kring modules that import each other, directly or around a loop."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, set()) & edges.keys()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read_whole() -> None:
    """The reader sees imports inside functions and under TYPE_CHECKING too."""
    edges = graph()
    assert "storage.models" in edges["storage.members"]
    assert "telegram.ext" in edges["handlers.context"]
    assert "handlers.broadcasts" in edges["handlers.dialogs"]  # `from handlers import x`
    assert len(edges) > 50


def test_no_module_imports_against_the_layout() -> None:
    found = violations(graph())
    new = sorted(found - ALLOWED.keys())
    gone = sorted(ALLOWED.keys() - found)
    assert not new, "imports against the layout (bot → handlers → scheduler → storage):\n" + (
        "\n".join(f"  {a} imports {b}" for a, b in new)
    )
    assert not gone, f"fixed, so take them off ALLOWED: {gone}"


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_the_checks_catch_what_they_should() -> None:
    """A made-up graph with each kind of mistake."""
    edges = {
        "storage.outbox": {"telegram", "scheduler.jobs", "storage.models"},
        "scheduler.jobs": {"storage.outbox", "handlers.groups"},
        "handlers.groups": {"bot.i18n", "bot.runtime", "handlers.context"},
        "handlers.context": {"handlers.groups"},
        "storage.delivery_policy": {"sqlalchemy", "storage.models"},
        "bot.render.meetings": {"telegram", "bot.i18n", "handlers.callbacks"},
        "bot.runtime": {"handlers.meetings", "handlers.keyboards", "bot.render.meetings"},
    }
    assert violations(edges) == {
        ("storage.outbox", "telegram"),
        ("storage.outbox", "scheduler.jobs"),
        ("scheduler.jobs", "handlers.groups"),
        ("handlers.groups", "bot.runtime"),
        ("storage.delivery_policy", "sqlalchemy"),
        ("storage.delivery_policy", "storage.models"),
        ("bot.render.meetings", "telegram"),
        ("bot.render.meetings", "handlers.callbacks"),
        ("bot.runtime", "handlers.meetings"),
    }
    assert sorted(cycles(edges)) == [
        ["handlers.context", "handlers.groups"],
        ["scheduler.jobs", "storage.outbox"],
    ]


def private_imports() -> list[str]:
    """`from storage.x import _helper` anywhere in the four packages: another module's
    private name, which should have a public home instead (issue 14)."""
    found = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in PACKAGES:
                found += [f"{name} imports {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]  # fmt: skip
    return found


def test_no_module_takes_another_modules_private_names() -> None:
    assert private_imports() == []
