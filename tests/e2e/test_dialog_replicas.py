"""Two `kring run` replicas on one PostgreSQL database: a dialog whose steps alternate
between them finishes, and so does one whose replica is restarted halfway.

Telegram posts each update to whichever replica the load balancer picks; here the test
plays the load balancer and alternates on purpose.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select

from storage.community import CommunityService
from storage.models import Broadcast, Meeting, Role
from storage.privacy import PrivacyService
from tests.conftest import open_database
from tests.e2e.test_kring_run import SECRET, KringProcess, start_kring, wait_until
from tests.fakes import ApiCall, FakeBotAPIServer, UpdateFactory
from tests.harness import TOKEN

pytestmark = pytest.mark.e2e

COORDINATOR = 7_400_000_001
FACILITATOR = 7_400_000_002
PARENT = 7_400_000_010
AMS = ZoneInfo("Europe/Amsterdam")


async def seed(url: str) -> int:
    """A group with a facilitator and one parent; its id."""
    async with open_database("postgres", url) as db:
        community = CommunityService(db.sessions)
        await community.add_coordinator("Buurthuis Oost", COORDINATOR)
        group = await community.create_group(COORDINATOR, "Moeders Oost", "Europe/Amsterdam", "nl")
        code = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR)
        await community.accept_invite(code, FACILITATOR, "Fatma", "nl", 1)
        code = await community.create_invite(FACILITATOR, group.id, Role.PARENT)
        await community.accept_invite(code, PARENT, "Bart", "nl", 1)
        # No quiet hours: the broadcast reaches the parent whatever the time of the run.
        await PrivacyService(db.sessions).set_quiet_hours(PARENT, 0, 0)
        return group.id


async def rows(url: str, model: Any) -> list[Any]:
    async with open_database("postgres", url) as db, db.sessions() as session:
        return list((await session.scalars(select(model))).all())


class Replicas:
    """Posts updates to the replicas in turn and waits for what the facilitator sees."""

    def __init__(self, fake: FakeBotAPIServer, bases: list[str]) -> None:
        self.fake = fake
        self.bases = bases
        self.updates = UpdateFactory()

    def post(self, replica: int, update: dict[str, Any]) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        with httpx.Client(base_url=self.bases[replica], headers=headers, timeout=5) as client:
            assert client.post("/telegram/webhook", json=update).status_code == 200

    def seen(self) -> list[ApiCall]:
        return [c for c in self.fake.api.calls if c.ok and c.chat_id == FACILITATOR
                and c.method in ("sendMessage", "editMessageText")]  # fmt: skip

    def step(
        self, replica: int, update: dict[str, Any], until: Callable[[ApiCall], bool]
    ) -> ApiCall:
        before = len(self.seen())
        self.post(replica, update)

        def arrived() -> bool:
            return any(until(c) for c in self.seen()[before:])

        wait_until(arrived, 15, "the facilitator's answer")
        return next(c for c in self.seen()[before:] if until(c))

    def say(self, replica: int, text: str, until: Callable[[ApiCall], bool]) -> ApiCall:
        update = self.updates.message(text, user_id=FACILITATOR, language_code="nl")
        return self.step(replica, update, until)

    def tap(self, replica: int, data: str, carrier: ApiCall,
            until: Callable[[ApiCall], bool]) -> ApiCall:  # fmt: skip
        assert data in carrier.callback_data, carrier.callback_data
        update = self.updates.callback(data, user_id=FACILITATOR, chat_id=FACILITATOR,
                                       language_code="nl", message=carrier.result)  # fmt: skip
        return self.step(replica, update, until)


def with_button(prefix: str) -> Callable[[ApiCall], bool]:
    return lambda c: any(d.startswith(prefix) for d in c.callback_data)


def saying(words: str) -> Callable[[ApiCall], bool]:
    return lambda c: words in (c.shown_text or "")


async def test_dialogs_alternate_between_replicas_and_survive_a_restart(
    tmp_path: Path, postgres_url: str
) -> None:
    group_id = await seed(postgres_url)
    running: list[KringProcess] = []

    async def start(name: str) -> str:
        folder = tmp_path / name
        folder.mkdir()
        kring, base = await asyncio.to_thread(start_kring, folder, fake, webhook=True,
                                              db_url=postgres_url)  # fmt: skip
        running.append(kring)
        return base

    with FakeBotAPIServer(token=TOKEN) as fake:
        try:
            bases = [await start("a"), await start("b")]
            r = Replicas(fake, bases)

            # A broadcast: command on A, language on B, text on A, send on B.
            cmd = r.updates.command("broadcast", user_id=FACILITATOR, language_code="nl")
            ask = await asyncio.to_thread(r.step, 0, cmd, with_button("bc:"))
            [draft] = await rows(postgres_url, Broadcast)
            await asyncio.to_thread(r.tap, 1, f"bc:{draft.id}:lang:nl", ask,
                                    saying("Typ het bericht"))  # fmt: skip
            panel = await asyncio.to_thread(r.say, 0, "Donderdag geen bijeenkomst.",
                                            with_button(f"bc:{draft.id}:send"))  # fmt: skip
            await asyncio.to_thread(r.tap, 1, f"bc:{draft.id}:send", panel,
                                    saying("Ik verstuur het naar 1 lid"))  # fmt: skip
            wait_until(lambda: any("Donderdag geen bijeenkomst." in (c.text or "")
                                   for c in fake.api.sent_messages(PARENT)),
                       15, "the parent's broadcast")  # fmt: skip

            # A meeting: steps alternate, then replica B restarts before the place is typed.
            g = f"mt:{group_id}:"
            day = datetime.now(AMS).date() + timedelta(days=3)
            cmd = r.updates.command("session", user_id=FACILITATOR, language_code="nl")
            panel = await asyncio.to_thread(r.step, 1, cmd, with_button(f"{g}kind:"))
            days = await asyncio.to_thread(r.tap, 0, f"{g}kind:1", panel, with_button(f"{g}day:"))
            hours = await asyncio.to_thread(r.tap, 1, f"{g}day:{day.isoformat()}", days,
                                            with_button(f"{g}at:"))  # fmt: skip
            themes = await asyncio.to_thread(r.tap, 0, f"{g}at:{18 * 60}", hours,
                                             with_button(f"{g}theme:"))  # fmt: skip
            await asyncio.to_thread(r.tap, 1, f"{g}theme:belonging", themes,
                                    with_button(f"{g}noplace"))  # fmt: skip
            code = await asyncio.to_thread(running[1].terminate)
            assert code == 0, running[1].log
            running.pop(1)
            r.bases[1] = await start("b-again")
            await asyncio.to_thread(r.say, 1, "Buurthuis De Linde", saying("1 bijeenkomst gepland"))
        finally:
            for kring in running:
                await asyncio.to_thread(kring.kill)

    [meeting] = await rows(postgres_url, Meeting)
    assert (meeting.place, meeting.theme) == ("Buurthuis De Linde", "belonging")
    assert meeting.starts_at.astimezone(AMS).date() == day
    assert not fake.errors
