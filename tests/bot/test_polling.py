"""Long polling into the inbox: an update is confirmed to Telegram only once it is stored."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Bot

from bot.intake import Intake, UpdateIntake
from bot.polling import poll_updates
from storage.updates import Stored, UpdateInbox
from tests.conftest import Database
from tests.fakes import FakeBotAPI, FakeRequest, UpdateFactory
from tests.harness import TOKEN


class FlakyInbox(UpdateInbox):
    """The database fails the first `failures` stores."""

    def __init__(self, db: Database, failures: int) -> None:
        super().__init__(db.sessions)
        self.failures = failures

    async def add(self, update_id: int, data: dict[str, Any], *args: Any) -> Stored:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("the database went away")
        return await super().add(update_id, data, *args)


async def test_an_update_that_could_not_be_stored_is_fetched_again(db: Database) -> None:
    api = FakeBotAPI(token=TOKEN)
    factory = UpdateFactory()
    first = api.push_update(factory.message("hallo", user_id=9_400_000_001))
    for i in range(2, 4):
        api.push_update(factory.message(f"hallo {i}", user_id=9_400_000_000 + i))
    inbox = FlakyInbox(db, failures=2)
    intake = UpdateIntake(inbox)
    bot = Bot(TOKEN, request=FakeRequest(api), get_updates_request=FakeRequest(api))
    await bot.initialize()
    stop = asyncio.Event()
    task = asyncio.create_task(poll_updates(bot, intake, ["message"], stop, long_poll_s=0))
    try:
        for _ in range(300):  # two failures back off 1 s and 2 s
            if not api.pending_updates and (await inbox.depth()).waiting == 3:
                break
            await asyncio.sleep(0.05)
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=10)  # ends cleanly: the loop survived the errors
        await bot.shutdown()
    assert api.pending_updates == []  # each confirmed to Telegram, after it was stored
    assert (await inbox.depth()).waiting == 3  # all three stored, none lost
    again = factory.message("hallo", user_id=9_400_000_001) | {"update_id": first}
    assert await intake.accept_json(again) is Intake.DUPLICATE
