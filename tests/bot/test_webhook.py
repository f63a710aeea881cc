"""The webhook, through the real runtime (database, PTB Application, sender) and the fake."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import httpx
import pytest
from sqlalchemy import func, select

from bot.config import Settings
from bot.runtime import KringRuntime, Transport
from bot.web.app import MAX_BODY_BYTES, SECRET_HEADER, WEBHOOK_PATH, create_app
from storage.db import create_engine
from storage.models import InboxUpdate
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI, FakeRequest, UpdateFactory
from tests.harness import TOKEN

SECRET = "kring_TEST-secret_123"
PARENT = 9_100_000_001


@dataclass
class Web:
    api: FakeBotAPI
    runtime: KringRuntime
    client: httpx.AsyncClient
    updates: UpdateFactory

    async def post(self, body: object, secret: str | None = SECRET, **kw: object) -> httpx.Response:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        if isinstance(body, (bytes, str)):
            return await self.client.post(WEBHOOK_PATH, content=body, headers=headers)
        return await self.client.post(WEBHOOK_PATH, json=body, headers=headers)


async def wait_for(predicate: Callable[[], bool], within_s: float = 5.0) -> None:
    """Wait until the bot has done something (updates are handled off the request)."""
    deadline = asyncio.get_running_loop().time() + within_s
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the bot")
        await asyncio.sleep(0.01)


def replies(api: FakeBotAPI, chat_id: int) -> list[ApiCall]:
    return [c for c in api.calls if c.method == "sendMessage" and c.chat_id == chat_id]


@pytest.fixture
async def web(db: Database) -> AsyncIterator[Web]:
    api = FakeBotAPI()
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_WEBHOOK_URL="https://kring.example.org/telegram/webhook",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        DATABASE_URL=db.url,
        KRING_SECRET_KEY="webhook-test-secret-0123456789",
    )
    runtime = KringRuntime(settings, Transport(FakeRequest(api), FakeRequest(api)))
    await runtime.start()
    transport = httpx.ASGITransport(app=create_app(runtime))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://kring") as client:
            yield Web(api, runtime, client, UpdateFactory())
    finally:
        await runtime.stop()


async def test_start_registers_the_webhook_with_its_secret(web: Web) -> None:
    [call] = web.api.calls_to("setWebhook")
    assert call.params["url"] == "https://kring.example.org/telegram/webhook"
    assert call.params["secret_token"] == SECRET
    assert "my_chat_member" in call.params["allowed_updates"]
    # The command menu is set in every language.
    menus = {c.params.get("language_code") for c in web.api.calls_to("setMyCommands")}
    assert menus == {None, "nl", "ar", "tr", "so", "es"}


async def test_an_update_is_answered(web: Web) -> None:
    response = await web.post(web.updates.command("help", user_id=PARENT, language_code="es"))
    assert response.status_code == 200
    await wait_for(lambda: bool(replies(web.api, PARENT)))
    assert replies(web.api, PARENT)[0].text.startswith("Esto es lo que puedes hacer.")


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x", SECRET.upper()])
async def test_a_wrong_or_missing_secret_is_refused_before_parsing(
    web: Web, secret: str | None
) -> None:
    before = len(web.api.calls)
    response = await web.post(b"{not even json", secret=secret)
    assert response.status_code == 403
    response = await web.post(web.updates.command("help", user_id=PARENT), secret=secret)
    assert response.status_code == 403
    await asyncio.sleep(0.05)
    assert len(web.api.calls) == before


async def test_an_oversized_body_is_refused(web: Web) -> None:
    update = web.updates.message("x" * (MAX_BODY_BYTES + 1), user_id=PARENT)
    response = await web.post(json.dumps(update))
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'"just a string"',
        b'{"message": {"text": "no update id"}}',
        b'{"update_id": "12"}',
        b'{"update_id": true}',
        b'{"update_id": -5}',
        b'{"update_id": 5, "message": "not an object"}',
        b'{"update_id": 18446744073709551616}',  # beyond 64 bits
        # Nested far deeper than any update: json.loads itself gives up (RecursionError).
        b'{"update_id": 6, "message": ' + b'[' * 100_000 + b']' * 100_000 + b'}',
    ],
)
async def test_malformed_bodies_get_400_and_the_server_keeps_serving(web: Web, body: bytes) -> None:
    response = await web.post(body)
    assert response.status_code == 400
    ok = await web.post(web.updates.command("help", user_id=PARENT, language_code="so"))
    assert ok.status_code == 200
    await wait_for(lambda: bool(replies(web.api, PARENT)))


def _nested(depth: int) -> object:
    value: object = "bad"
    for _ in range(depth):
        value = [value]
    return value


def _spoiled(updates: UpdateFactory, path: tuple[str, ...], value: object) -> dict[str, object]:
    update = updates.message("hallo", user_id=PARENT)
    holder = update
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    return update


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("message", "from", "language_code"), 5),  # not text: crashed the error handler
        (("message", "from", "first_name"), "Am\x00ina"),  # NUL: PostgreSQL refuses it
        (("message", "chat", "id"), 2**64),  # an id beyond 64 bits
        (("message", "reply_markup"), _nested(30)),  # deeper than any update
        (("message", "date"), "yesterday"),
        (("message", "entities"), [{"type": "bold", "offset": "0", "length": 2}]),
    ],
)
async def test_updates_telegram_would_never_send_are_refused_at_the_door(
    web: Web, db: Database, path: tuple[str, ...], value: object
) -> None:
    """Refused with 400 before anything stores or handles them; the next one is served."""
    response = await web.post(_spoiled(web.updates, path, value))
    assert response.status_code == 400
    async with db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(InboxUpdate)) == 0
    ok = await web.post(web.updates.command("help", user_id=PARENT, language_code="ar"))
    assert ok.status_code == 200
    await wait_for(lambda: bool(replies(web.api, PARENT)))
    assert len(replies(web.api, PARENT)) == 1


async def test_an_acknowledged_update_waits_in_the_database_for_a_worker(
    web: Web, db: Database
) -> None:
    """200 means stored: with no worker running the update is still there, and a worker
    started later (here, or in another replica) answers it."""
    worker = web.runtime.inbox_worker
    assert worker is not None
    await worker.stop()
    response = await web.post(web.updates.command("help", user_id=PARENT, language_code="nl"))
    assert response.json() == {"ok": True, "outcome": "queued"}
    await asyncio.sleep(0.1)
    assert replies(web.api, PARENT) == []
    async with db.sessions() as session:
        [row] = (await session.scalars(select(InboxUpdate))).all()
        assert row.handled_at is None and row.chat_id == PARENT
    worker.start()
    await wait_for(lambda: bool(replies(web.api, PARENT)))
    await worker.drain()
    async with db.sessions() as session:
        [row] = (await session.scalars(select(InboxUpdate))).all()
        assert row.handled_at is not None


async def test_a_redelivered_update_is_handled_once(web: Web) -> None:
    update = web.updates.command("help", user_id=PARENT, language_code="tr")
    first = await web.post(update)
    again = await asyncio.gather(*(web.post(update) for _ in range(5)))
    assert first.json()["outcome"] == "queued"
    assert all(r.status_code == 200 and r.json()["outcome"] == "duplicate" for r in again)
    await wait_for(lambda: bool(replies(web.api, PARENT)))
    await asyncio.sleep(0.1)
    assert len(replies(web.api, PARENT)) == 1


async def test_healthz_reports_the_database(web: Web) -> None:
    response = await web.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    engine = web.runtime.engine
    # A database server that does not answer (nothing listens on port 1).
    web.runtime.engine = create_engine("postgresql+asyncpg://kring@127.0.0.1:1/kring")
    try:
        response = await web.client.get("/healthz")
    finally:
        await web.runtime.engine.dispose()
        web.runtime.engine = engine
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def metric(text: str, name: str) -> float:
    """One sample's value from Prometheus' text format (`name` with its labels)."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} not in /metrics:\n{text}")


async def test_metrics_show_queues_counts_and_roles_without_names(web: Web) -> None:
    worker = web.runtime.inbox_worker
    assert worker is not None
    await worker.stop()  # so an update waits in the inbox
    await web.post(web.updates.command("help", user_id=PARENT, language_code="nl"))
    await web.post(b'{"update_id": 5, "message": "not an object"}')
    body = (await web.client.get("/metrics")).text
    assert metric(body, "kring_inbox_waiting") == 1
    assert metric(body, 'kring_updates_total{outcome="refused"}') == 1
    assert metric(body, "kring_webhook_seconds_count") == 2
    replica = web.runtime.metrics.replica
    assert metric(body, f'kring_replica_role{{replica="{replica}",role="sender"}}') == 1
    worker.start()
    await wait_for(lambda: bool(replies(web.api, PARENT)))
    await worker.drain()
    body = (await web.client.get("/metrics")).text
    assert metric(body, "kring_inbox_waiting") == 0
    assert metric(body, 'kring_updates_total{outcome="handled"}') == 1
    assert str(PARENT) not in body and "Amina" not in body
