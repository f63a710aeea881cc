"""Button data is read one way (issue 14): `handlers.callbacks.parse` and its `Tap`, never
by hand with `removeprefix`, `partition` or `split` at each handler."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANDLERS = ROOT / "handlers"
CUTTERS = {"removeprefix", "partition", "split"}
# The one module that cuts button data: the parser itself.
PARSER = "handlers/callbacks.py"
# Modules that still cut button data by hand, each to be converted to `parse`. The list
# only shrinks: a module listed here that no longer does so fails the test.
STILL_BY_HAND: set[str] = set()


def _mentions_data(node: ast.expr) -> bool:
    """Whether an expression reads something called `data` (`query.data`, `data`, ...)."""
    return any(
        (isinstance(n, ast.Attribute) and n.attr == "data")
        or (isinstance(n, ast.Name) and n.id == "data")
        for n in ast.walk(node)
    )


def cut_by_hand(source: str, filename: str = "<snippet>") -> list[str]:
    """Where `source` cuts button data itself: `<line>: <call>` for each such call."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CUTTERS
            and _mentions_data(node.func.value)
        ):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_check_finds_data_cut_by_hand() -> None:
    snippet = """
async def tapped(update, context):
    query = update.callback_query
    raw, _, op = query.data.removeprefix("mf:").partition(":")
    parts = update.callback_query.data.split(":")
    group, _, rest = data.partition(":")
    tap = parse(query.data, "mf:")
    first, _, last = message.text.partition(" ")
    return query.data == "forget:yes", tap.text(0).split("-")
"""
    lines = sorted(int(found.split(":")[0]) for found in cut_by_hand(snippet))
    assert lines == [4, 4, 5, 6]  # not parse(...), a message's text nor a field of a Tap


def test_handlers_read_button_data_only_through_parse() -> None:
    by_hand: dict[str, list[str]] = {}
    for path in sorted(HANDLERS.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == PARSER:
            continue
        found = cut_by_hand(path.read_text(encoding="utf-8"), name)
        if found:
            by_hand[name] = found
    new = {name: calls for name, calls in by_hand.items() if name not in STILL_BY_HAND}
    assert not new, f"button data cut by hand; use handlers.callbacks.parse: {new}"
    converted = STILL_BY_HAND - set(by_hand)
    assert not converted, f"converted to parse: take them off STILL_BY_HAND: {converted}"
