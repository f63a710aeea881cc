"""The python-telegram-bot Application factory: handlers wired, Kring's services attached."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import BotCommand, Update
from telegram.error import RetryAfter, TelegramError
from telegram.ext import AIORateLimiter, Application, BaseUpdateProcessor, ContextTypes
from telegram.request import BaseRequest

from bot.config import SUPPORTED_LOCALES
from bot.delivery import retry_after_seconds
from bot.render.joining import command_descriptions
from handlers import (
    broadcasts,
    chat_moderation,
    checkin_settings,
    checkins,
    dialogs,
    digests,
    fallback,
    group_choice,
    groups,
    impact,
    impact_questions,
    journey,
    meetings,
    moderation_log,
    moderation_settings,
    onboarding,
    privacy,
    tracking,
)
from handlers.context import SERVICES_KEY, KringContext, Services

log = logging.getLogger(__name__)

# Updates Kring asks Telegram for: member joins/leaves and blocks are not in the default.
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
    Update.CHAT_MEMBER,
]


class SendBudgetLimiter(AIORateLimiter):
    """PTB's rate limiter, with the per-group budget kept for what the bot *sends*.

    Telegram's 20 messages a minute per group is about messages posted in the group.
    Deleting a message, restricting or banning a member posts nothing, so those calls must
    not queue behind a dozen welcomes: an insult would stay visible and a member would
    keep writing for as long as the queue lasts. Every call still honours a 429.

    Replies come before bulk sends: each reply sent tells the outbox sender (`on_sent`),
    which counts it in the bot's budget and moves its own next send back. A reply that meets
    a 429 is waited out and tried again, up to `REPLY_RETRIES` times (Telegram says how long
    to wait), and `on_throttled` tells the sender to hold bulk sending meanwhile.
    """

    REPLY_RETRIES = 10

    def __init__(self, on_throttled: Callable[[float], None] | None = None) -> None:
        super().__init__(overall_max_rate=0, max_retries=self.REPLY_RETRIES)
        self.on_throttled = on_throttled
        self.on_sent: Callable[[], None] | None = None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Apply the group budget only to sending endpoints."""
        if not endpoint.startswith(SENDING):
            data = {key: value for key, value in data.items() if key != "chat_id"}

        sending = endpoint.startswith(SENDING)

        async def call(*a: Any, **kw: Any) -> Any:
            try:
                result = await callback(*a, **kw)
            except RetryAfter as exc:
                if self.on_throttled is not None:
                    self.on_throttled(retry_after_seconds(exc.retry_after))
                raise
            if sending and self.on_sent is not None:
                self.on_sent()
            return result

        return await super().process_request(call, args, kwargs, endpoint, data, rate_limit_args)


# Bot API methods that post a message in the chat (and so count towards its budget).
SENDING = ("send", "copyMessage", "forwardMessage")


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Handle updates concurrently across chats, but one at a time within a chat.

    A parent tapping two buttons quickly must see them handled in order, while a busy group
    must not hold up everyone else's private chats.
    """

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's coroutine under its chat's lock."""
        key = _chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # forget idle chats so memory stays flat
                del self._waiting[key]
                del self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


def _chat_key(update: object) -> int | None:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


HANDLER_ERRORS_KEY = "kring.handler_errors"


async def _count_error(update: object, context: KringContext) -> None:
    """Count handler errors for `/metrics` (the next error handler logs and answers)."""
    context.application.bot_data[HANDLER_ERRORS_KEY] = (
        context.application.bot_data.get(HANDLER_ERRORS_KEY, 0) + 1
    )


def build_application(
    token: str,
    services: Services,
    *,
    base_url: str = "https://api.telegram.org/bot",
    request: BaseRequest | None = None,
    rate_limit: bool = True,
) -> Application:
    """Build the bot's Application; the web lifespan or polling loop drives it (no Updater)."""
    builder = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .updater(None)
        .context_types(ContextTypes(context=KringContext))
        .concurrent_updates(PerChatUpdateProcessor())
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if rate_limit:
        # Replies answer a person who just wrote to us. Telegram's ~30/s applies to bulk
        # sending, which goes through the outbox sender and its own pacing; throttling
        # replies to 30/s as well would make every parent wait behind a busy minute. So:
        # no overall cap here, the 20/min group cap kept, and a 429 waited out and retried.
        limiter = SendBudgetLimiter()
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]
    application = builder.build()
    application.bot_data[SERVICES_KEY] = services
    application.bot_data[HANDLER_ERRORS_KEY] = 0
    # First, so it counts every error before fallback's handler answers (and stops others).
    application.add_error_handler(_count_error)
    tracking.register(application)
    journey.register(application)  # before onboarding: /start with an invite code
    onboarding.register(application)
    privacy.register(application)
    groups.register(application)
    group_choice.register(application)  # "Which group?": back to the feature that asked
    checkins.register(application)
    checkin_settings.register(application)  # /checkin, for facilitators
    broadcasts.register(application)
    meetings.register(application)
    impact.register(application)
    impact_questions.register(application)  # /impactquestions, for coordinators
    digests.register(application)
    chat_moderation.register(application)  # the group chat
    moderation_log.register(application)  # /modlog and undo, in private
    moderation_settings.register(application)  # /moderation, word lists, texts
    dialogs.register(application)  # private text and voice: the open dialog, or onwards
    fallback.register(application)  # last: it takes whatever no feature took
    return application


async def set_command_menu(application: Application) -> None:
    """Tell Telegram our command list in every language (the menu next to the text field)."""
    services: Services = application.bot_data[SERVICES_KEY]
    try:
        for locale in SUPPORTED_LOCALES:
            tr = services.catalogs.get(locale)
            commands = [BotCommand(c, d) for c, d in command_descriptions(tr)]
            await application.bot.set_my_commands(commands, language_code=locale)
        default = services.catalogs.get(None)
        await application.bot.set_my_commands(
            [BotCommand(c, d) for c, d in command_descriptions(default)]
        )
    except TelegramError:
        # A menu is a convenience; the bot works without it.
        log.warning("could not set the command menu", exc_info=True)
