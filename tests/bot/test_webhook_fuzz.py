"""Garbled webhook bodies, generated: never a 5xx, nothing stored that a handler chokes on,
and an ordinary /start is answered after all of them (issue 15)."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from sqlalchemy import func, select

from storage.models import InboxUpdate
from tests.bot.test_webhook import PARENT, Web, replies, wait_for, web  # noqa: F401
from tests.conftest import Database

SEED = 20261206
ROUNDS = 300
ODD_VALUES: list[Any] = [
    None, True, 0, -1, 2**63, -(2**63) - 1, 10**40, 1.5, float("1e308"), "", "x" * 70_000,
    "Am\x00ina", "\ud800", "\u202eevil\u202c", "<b>&amp;</b>", [], {}, [[[]]], {"a": {"b": {}}},
]  # fmt: skip


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON object."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += leaves(item, (*path, index))
    return found


def garble(update: dict[str, Any], rng: random.Random) -> bytes:
    """A valid update with one to three values replaced by something odd, or its text cut
    or nested deep, or raw bytes that are not JSON at all."""
    kind = rng.random()
    if kind < 0.1:
        body = json.dumps(update).encode()
        return body[: rng.randrange(len(body))]
    if kind < 0.2:
        depth = rng.choice([30, 1_000, 50_000])
        return b'{"update_id": 7, "message": ' + b"[" * depth + b"]" * depth + b"}"
    if kind < 0.25:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
    garbled = copy.deepcopy(update)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(leaves(garbled)[1:])
        holder = garbled
        for step in path[:-1]:
            holder = holder[step]
        holder[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    return json.dumps(garbled, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")


async def test_garbled_bodies_never_break_the_webhook(web: Web, db: Database) -> None:  # noqa: F811
    rng = random.Random(SEED)
    statuses: dict[int, int] = {}
    for i in range(ROUNDS):
        update = web.updates.message(f"hallo {i}", user_id=PARENT + 1 + i)
        update["update_id"] = 10_000 + i
        response = await web.post(garble(update, rng))
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    assert set(statuses) <= {200, 400, 413}, statuses
    assert statuses.get(400, 0) > ROUNDS // 2  # most of them were refused at the door
    worker = web.runtime.inbox_worker
    assert worker is not None
    await worker.drain()
    assert worker.errors == 0 and worker.given_up == 0  # what was stored could be handled
    async with db.sessions() as session:
        waiting = await session.scalar(
            select(func.count()).select_from(InboxUpdate).where(InboxUpdate.handled_at.is_(None))
        )
    assert waiting == 0
    # An ordinary parent is still answered, in her language.
    ok = await web.post(web.updates.command("start", user_id=PARENT, language_code="ar"))
    assert ok.status_code == 200
    await wait_for(lambda: bool(replies(web.api, PARENT)))
    assert any("\u0600" <= ch <= "\u06ff" for ch in replies(web.api, PARENT)[0].text or "")


def test_the_shipped_schema_is_the_specifications() -> None:
    """`bot/update_schema.json` is what `python -m bot.update_check` makes from the Bot API
    specification the fakes use, so the door and the fakes agree on every type."""
    from pathlib import Path

    from bot.update_check import SCHEMA, build_schema

    api = json.loads((Path(__file__).parents[1] / "fakes" / "api.min.json").read_text())
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == build_schema(api)
