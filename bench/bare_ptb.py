"""A bare python-telegram-bot application behind the same kind of webhook, for comparison.

No database, no i18n, no dedupe: an echo handler. Same web stack (FastAPI on uvicorn), same
secret check, same update processor concurrency as Kring, same fake Bot API. Configured by
the environment: TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, TELEGRAM_WEBHOOK_SECRET,
KRING_PORT.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI, Request, Response
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer every message with its own text."""
    if update.effective_message and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def main() -> None:
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    secret = os.environ["TELEGRAM_WEBHOOK_SECRET"]
    application = (
        Application.builder()
        .token(token)
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .updater(None)
        .concurrent_updates(64)
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with application:
            await application.start()
            yield
            await application.stop()

    app = FastAPI(lifespan=lifespan)

    @app.post("/telegram/webhook")
    async def webhook(request: Request) -> Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return Response(status_code=403)
        data = json.loads(await request.body())
        await application.update_queue.put(Update.de_json(data, application.bot))
        return Response(status_code=200)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    config = uvicorn.Config(app, host="127.0.0.1", port=int(os.environ["KRING_PORT"]),
                            log_level="warning", access_log=False)  # fmt: skip
    asyncio.run(uvicorn.Server(config).serve())


if __name__ == "__main__":
    main()
