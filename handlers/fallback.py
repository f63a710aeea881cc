"""What the bot says to anything it does not understand, and to its own errors."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from bot.i18n import Translator
from bot.render import fallback as words
from handlers.context import KringContext
from handlers.keyboards import reply_to, send

log = logging.getLogger(__name__)

# PTB runs at most one handler per group, in the order they were added: the fallbacks sit
# in the features' group and are registered last, so they only see what nothing else took.
FALLBACK_GROUP = 0


async def unknown_command(update: Update, context: KringContext) -> None:
    """A command we do not have: a short hint in the member's language."""
    if update.effective_message:
        await reply_to(update.effective_message, words.unknown_command(context.tr))


async def other_message(update: Update, context: KringContext) -> None:
    """Text, voice or anything else in a private chat that no feature expects right now."""
    if update.effective_message:
        await reply_to(update.effective_message, words.not_understood(context.tr))


async def stale_button(update: Update, context: KringContext) -> None:
    """A button from an old message that no feature handles any more."""
    if update.callback_query:
        await update.callback_query.answer(words.button_gone(context.tr), show_alert=True)


async def on_error(update: object, context: KringContext) -> None:
    """Log the error and, in a private chat, tell the person kindly to try again. It never
    raises anything but the stop that ends the update (whatever the update holds, and
    even when the database or Telegram fails too)."""
    try:
        await _answer_error(update, context)
    except ApplicationHandlerStop:
        raise
    except Exception:
        log.exception("the error handler failed as well (error: %r)", context.error)
        raise ApplicationHandlerStop from None


async def _answer_error(update: object, context: KringContext) -> None:
    if not isinstance(update, Update) or update.effective_chat is None:
        log.error("error while handling an update", exc_info=context.error)
        return
    chat = update.effective_chat
    if isinstance(context.error, Forbidden) and chat.type == chat.PRIVATE:
        # They blocked the bot between writing and our reply: remember it, nothing to say.
        log.info("chat %s blocked the bot; marking the member unreachable", chat.id)
        await context.services.members.set_reachable(chat.id, reachable=False)
        raise ApplicationHandlerStop
    log.error("error while handling an update", exc_info=context.error)
    if chat.type != chat.PRIVATE:
        return
    tr = await _error_translator(update, context)
    try:
        await send(context, chat.id, words.went_wrong(tr))
    except Exception:  # the error handler must never raise
        log.warning("could not tell the user about an error", exc_info=True)
    # One apology per update: later handler groups would act on a half-handled update.
    raise ApplicationHandlerStop


async def _error_translator(update: Update, context: KringContext) -> Translator:
    """The person's language for an apology (PTB gives error handlers a fresh context).

    The stored choice is tried first; the database may be what failed, so Telegram's
    language is the fallback.
    """
    user = update.effective_user
    code = user.language_code if user else None
    if not isinstance(code, str):  # never from Telegram, but an error handler must not trip
        code = None
    chosen = None
    if user is not None:
        try:
            member = await context.services.members.find(user.id)
            chosen = member.locale if member else None
        except Exception:
            log.debug("no stored language for the apology", exc_info=True)
    return context.services.catalogs.resolve(chosen, code)


def register(application: Application) -> None:
    """Add the fallback handlers and the error handler; call after every feature."""
    private = filters.ChatType.PRIVATE
    application.add_handler(
        MessageHandler(private & filters.COMMAND, unknown_command), group=FALLBACK_GROUP
    )
    application.add_handler(
        MessageHandler(private & ~filters.COMMAND & ~filters.StatusUpdate.ALL, other_message),
        group=FALLBACK_GROUP,
    )
    application.add_handler(CallbackQueryHandler(stale_button), group=FALLBACK_GROUP)
    application.add_error_handler(on_error)
