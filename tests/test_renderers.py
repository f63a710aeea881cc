"""Renderers write every message; callback modules only decide and send (issue 14).

A message's words live in `bot.render`: a module of `handlers/` that calls `gettext`
itself writes words where nobody else can reuse or review them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.render import Button, Reply, buttons_from_json, column, grid, tap

ROOT = Path(__file__).resolve().parent.parent
WORD_CALLS = {"gettext", "ngettext", "pgettext", "N_"}
# Callback modules that still write their own words, to move into `bot.render`. The test
# fails on a module not listed that writes words, and on a listed one that no longer does,
# so the list only shrinks.
STILL_WRITING: set[str] = set()


def writes_words(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in WORD_CALLS:
                return True
    return False


def callback_modules() -> list[Path]:
    """Modules that handle Telegram updates or web requests (not the renderers)."""
    return sorted([*ROOT.glob("handlers/**/*.py"), *ROOT.glob("bot/web/*.py")])


def test_only_renderers_write_words() -> None:
    writing = {str(p.relative_to(ROOT)) for p in callback_modules() if writes_words(p)}
    assert not writing - STILL_WRITING, f"words outside bot.render: {writing - STILL_WRITING}"
    assert not STILL_WRITING - writing, f"take off STILL_WRITING: {STILL_WRITING - writing}"


def test_the_check_sees_words() -> None:
    assert writes_words(ROOT / "bot/render/meetings.py")
    assert not writes_words(ROOT / "handlers/meetings.py")


def test_buttons_survive_an_outbox_row() -> None:
    """Buttons go into a row's JSON as data and come back the same."""
    reply = Reply("<b>Hi</b>", column([tap("✅ Coming", "att:", 12, "yes")]))
    payload = reply.payload()
    assert payload["parse_mode"] == "HTML"
    assert buttons_from_json(payload["buttons"]) == reply.buttons
    assert reply.buttons[0][0].data == "att:12:yes"
    assert Reply("plain", html=False).payload() == {"text": "plain"}


def test_grid_and_the_64_byte_limit() -> None:
    buttons = [tap(str(i), "x:", i) for i in range(5)]
    assert [len(r) for r in grid(buttons, 2)] == [2, 2, 1]
    with pytest.raises(ValueError):
        _ = Button("long", "bc:", ("ا" * 40,)).data  # Arabic letters are two bytes each
