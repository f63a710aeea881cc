"""When a handler fails: one apology in the reader's language, and the error handler
itself never fails, whatever the update holds and whatever else is broken."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.render.fallback import went_wrong
from tests.conftest import Database
from tests.harness import BotHarness, bot_harness

PARENT = 9_300_000_001


@pytest.fixture
async def bot(sqlite_db: Database) -> AsyncIterator[BotHarness]:
    async with bot_harness(sqlite_db) as harness:
        yield harness


def break_members(bot: BotHarness, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database goes away: every member lookup fails."""

    async def down(*_: Any, **__: Any) -> Any:
        raise ConnectionError("the database went away")

    monkeypatch.setattr(bot.services.members, "find", down)
    monkeypatch.setattr(bot.services.members, "set_reachable", down)


async def test_an_apology_in_the_telegram_language_when_the_database_is_down(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    break_members(bot, monkeypatch)
    calls = await bot.send(bot.updates.command("help", user_id=PARENT, language_code="ar"))
    sent = [c for c in calls if c.method == "sendMessage" and c.ok]
    assert [c.text for c in sent] == [went_wrong(bot.services.catalogs.get("ar")).text]
    assert "the error handler failed as well" not in caplog.text


async def test_an_odd_language_code_and_a_broken_database_do_not_break_the_error_handler(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An update the webhook would refuse (a number for a language) reaching the handlers
    another way, while the database is down: still one apology, in the default language."""
    break_members(bot, monkeypatch)
    update = bot.updates.command("help", user_id=PARENT)
    update["message"]["from"]["language_code"] = 5
    with caplog.at_level(logging.ERROR):
        calls = await bot.send(update)
    sent = [c for c in calls if c.method == "sendMessage" and c.ok]
    assert [c.text for c in sent] == [went_wrong(bot.services.catalogs.get(None)).text]
    assert "the error handler failed as well" not in caplog.text


async def test_a_blocked_member_while_the_database_is_down_is_logged_not_raised(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The reply meets 403 (she blocked the bot), and marking her unreachable fails too."""
    bot.api.block_chat(PARENT)

    async def down(*_: Any, **__: Any) -> Any:
        raise ConnectionError("the database went away")

    monkeypatch.setattr(bot.services.members, "set_reachable", down)
    with caplog.at_level(logging.ERROR):
        calls = await bot.send(bot.updates.command("help", user_id=PARENT, language_code="nl"))
    assert not [c for c in calls if c.method == "sendMessage" and c.ok]
    assert "the error handler failed as well" in caplog.text  # said, and nothing escaped
