"""The ASGI app: Telegram's webhook, the health check and the dashboard's pages."""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text

from bot.intake import Intake, UpdateIntake
from bot.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from bot.web.dashboard import install_dashboard
from bot.web.impact import install_impact

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Real updates are a few kilobytes; a megabyte leaves room for long texts with entities.
MAX_BODY_BYTES = 1_048_576


class WebRuntime(Protocol):
    """What the web app needs from the running bot."""

    webhook_secret: str | None

    @property
    def intake(self) -> UpdateIntake:
        """Where updates go."""
        ...

    async def database_ok(self) -> bool:
        """Whether the database answers."""
        ...


def create_app(
    runtime: WebRuntime,
    lifespan: Callable[[FastAPI], AbstractAsyncContextManager[None]] | None = None,
) -> FastAPI:
    """Build the web app around a runtime; `lifespan` starts and stops the bot with it."""
    app = FastAPI(title="Kring", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)

    @app.post(WEBHOOK_PATH)
    async def telegram_webhook(request: Request) -> Response:
        """Take one update from Telegram: authenticate, cap, parse, check, store, then 200."""
        started = time.perf_counter()
        try:
            return await _take_update(request)
        finally:
            metrics = getattr(runtime, "metrics", None)
            if metrics is not None:
                metrics.webhook_seconds.observe(time.perf_counter() - started)

    async def _take_update(request: Request) -> Response:
        expected = runtime.webhook_secret
        given = request.headers.get(SECRET_HEADER, "")
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            return JSONResponse({"ok": False, "error": "forbidden"}, status_code=403)
        body = await _read_capped(request, MAX_BODY_BYTES)
        if body is None:
            return JSONResponse({"ok": False, "error": "body too large"}, status_code=413)
        try:
            data: Any = json.loads(body)
        except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: nesting
            return JSONResponse({"ok": False, "error": "malformed JSON"}, status_code=400)
        outcome = await runtime.intake.accept_json(data)
        if outcome is Intake.INVALID:
            return JSONResponse({"ok": False, "error": "not an update"}, status_code=400)
        return JSONResponse({"ok": True, "outcome": outcome.value})

    @app.get("/metrics")
    async def metrics() -> Response:
        """Queue depths, counts, webhook latency and roles, in Prometheus' text format.
        Numbers only: no name, chat or message ever appears here."""
        found = getattr(runtime, "metrics", None)
        if found is None:
            return JSONResponse({"ok": False, "error": "not running"}, status_code=503)
        refresh = getattr(runtime, "refresh_metrics", None)
        if refresh is not None:
            try:
                await refresh()
            except Exception:  # a scrape while the database is away still shows the counts
                log.warning("could not read queue depths for /metrics", exc_info=True)
        return Response(found.text(), media_type=METRICS_CONTENT_TYPE)

    @app.get("/healthz")
    async def healthz() -> Response:
        """Report whether the database is reachable (503 when it is not)."""
        ok = await runtime.database_ok()
        return JSONResponse(
            {"status": "ok" if ok else "degraded", "database": "ok" if ok else "unreachable"},
            status_code=200 if ok else 503,
        )

    install_dashboard(app, lambda: getattr(runtime, "dashboard", None))
    install_impact(app, runtime)
    return app


async def _read_capped(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it exceeds `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                return None
        except ValueError:
            return None
    chunks = bytearray()
    async for chunk in request.stream():
        chunks += chunk
        if len(chunks) > limit:
            return None
    return bytes(chunks)


async def check_database(engine: Any) -> bool:
    """Run `SELECT 1`; any failure means unreachable."""
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True
    except Exception:
        log.warning("database health check failed", exc_info=True)
        return False


@asynccontextmanager
async def no_lifespan(_: FastAPI) -> AsyncIterator[None]:
    """A lifespan that does nothing (tests that drive the runtime themselves)."""
    yield
