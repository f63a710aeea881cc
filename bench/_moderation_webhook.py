"""The moderation stream end to end: `kring run` behind its webhook, next to bare PTB.

Group messages from the bench's generated stream are posted to the webhook of a real
`kring run` process (SQLite, or PostgreSQL when set) whose groups are linked to 20 group
chats. Ordinary messages cause no Bot API call, so each chat ends with a sentinel message
carrying a listed word: Kring handles a chat's updates in order, so when every sentinel's
`deleteMessage` has reached the fake, every message before it has been checked. Messages
per second = messages / (first post → last sentinel deleted). The bare PTB app echoes every
message; its figure is messages / (first post → last echo).
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from _common import bench_database
from _loadgen import LoadClient
from sqlalchemy import insert
from webhook import SECRET, TOKEN, server_process

from storage.db import create_engine
from storage.models import Group, Organisation
from tests.fakes import FakeBotAPI, FakeBotAPIServer, UpdateFactory

CHATS = 20
FIRST_CHAT = -1_009_000_000_000
FIRST_USER = 7_300_000_000
USERS = 400
SENTINEL_WORD = "kankerlijer"  # on the Dutch list; any listed word would do


async def link_chats(url: str) -> None:
    """One organisation, one group per chat, each linked (as /link would do)."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                insert(Organisation).values(id=1, name="Bench", created_at=datetime.now(UTC))
            )
            await conn.execute(
                insert(Group),
                [
                    {
                        "organisation_id": 1,
                        "name": f"Groep {i}",
                        "telegram_chat_id": FIRST_CHAT - i,
                        "timezone": "Europe/Amsterdam",
                        "default_locale": "nl",
                        "prompt_cap_per_week": 3,
                        "created_at": datetime.now(UTC),
                    }
                    for i in range(CHATS)
                ],
            )
    finally:
        await engine.dispose()


def updates(texts: list[str]) -> tuple[list[dict[str, object]], dict[int, int]]:
    """The stream as group-message updates over the chats, then one sentinel per chat.
    Returns the updates and each chat's sentinel message id."""
    factory = UpdateFactory(first_update_id=FIRST_USER)
    # Dates as if the messages came in at 100 a second over 20 chats: each member writes
    # every few seconds, as people do (one date for all would be a flood from everyone).
    start = int(time.time())
    out = []
    for i, text in enumerate(texts):
        out.append(
            factory.group_message(
                text or "…",
                chat_id=FIRST_CHAT - i % CHATS,
                user_id=FIRST_USER + i % USERS,
                language_code="nl",
                date=start + i // 100,
            )
        )
    sentinels = {}
    for c in range(CHATS):
        update = factory.group_message(
            f"jij {SENTINEL_WORD}",
            chat_id=FIRST_CHAT - c,
            user_id=FIRST_USER + USERS + c,
            language_code="nl",
        )
        sentinels[FIRST_CHAT - c] = int(update["message"]["message_id"])  # type: ignore[index]
        out.append(update)
    return out, sentinels


async def post_all(base: str, stream: list[dict[str, object]]) -> float:
    """Post every update (32 in flight, per-chat order kept by one queue); return the start."""
    queue: asyncio.Queue[dict[str, object]] = asyncio.Queue()
    for update in stream:
        queue.put_nowait(update)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with LoadClient(base, 32, headers) as client:

        async def worker() -> None:
            while not queue.empty():
                status = await client.post_json("/telegram/webhook", queue.get_nowait())
                if status != 200:
                    raise RuntimeError(f"webhook answered {status}")

        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(32)))
    return started


async def until(condition: object, within_s: float = 600.0) -> float:
    deadline = time.monotonic() + within_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not finish the stream in time")
        await asyncio.sleep(0.05)
    return time.monotonic()


async def kring(texts: list[str], db_kind: str) -> float:
    """Messages per second through `kring run`'s webhook and check chain."""
    stream, sentinels = updates(texts)
    api = FakeBotAPI(token=TOKEN, strict_webhook_url=False)
    with FakeBotAPIServer(api) as fake:
        async with bench_database(db_kind) as url:
            await link_chats(url)
            async with server_process("kring", fake, url) as base:
                started = await post_all(base, stream)

                def done() -> bool:
                    deleted = {
                        (c.chat_id, c.params.get("message_id"))
                        for c in api.calls_to("deleteMessage")
                    }
                    return all((chat, mid) in deleted for chat, mid in sentinels.items())

                finished = await until(done)
    return len(stream) / (finished - started)


async def bare(texts: list[str]) -> float:
    """Messages per second through the bare PTB echo app (one reply per message)."""
    stream, _ = updates(texts)
    api = FakeBotAPI(token=TOKEN, strict_webhook_url=False)
    with FakeBotAPIServer(api) as fake:
        async with server_process("bare", fake, None) as base:
            started = await post_all(base, stream)
            finished = await until(lambda: len(api.sent_messages()) >= len(stream))
    return len(stream) / (finished - started)
