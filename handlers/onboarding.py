"""/start, /help and /language in a private chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.config import SUPPORTED_LOCALES
from bot.render import joining as words
from bot.render.joining import LANGUAGE
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.keyboards import reply_to, send, send_or_edit


async def start(update: Update, context: KringContext) -> None:
    """Greet a person and show how to choose a language."""
    user = update.effective_user
    reply = words.greeting(context.tr, user.first_name if user else None)
    if update.effective_message:
        await reply_to(update.effective_message, reply)


async def show_help(update: Update, context: KringContext) -> None:
    """List the commands in the person's language."""
    user = update.effective_user
    roles = await context.services.community.roles(user.id) if user else []
    if update.effective_message:
        await reply_to(update.effective_message, words.help_message(context.tr, roles))


async def ask_language(update: Update, context: KringContext) -> None:
    """Show the language picker."""
    if update.effective_message:
        await reply_to(update.effective_message, words.ask_language(context.tr))


async def choose_language(update: Update, context: KringContext) -> None:
    """Store the tapped language and confirm in that language."""
    query = update.callback_query
    tap = parse(query.data, LANGUAGE) if query is not None else None
    if query is None or tap is None:
        return
    code = tap.rest(0)
    if code not in SUPPORTED_LOCALES:
        await query.answer(words.language_button_gone(context.tr), show_alert=True)
        return
    member = await context.services.members.choose_locale(query.from_user.id, code)
    context.member = member
    tr = context.services.catalogs.get(code)
    context.tr = tr
    await query.answer()
    if query.message is not None and query.message.is_accessible:
        roles = await context.services.community.roles(query.from_user.id)
        reply = words.language_chosen_with_help(tr, roles)
        await send_or_edit(context, query.message.chat.id, query.message.message_id, reply)
    else:
        await send(context, query.from_user.id, words.language_chosen(tr))


def register(application: Application) -> None:
    """Add the onboarding handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("start", start, filters=private))
    application.add_handler(CommandHandler("help", show_help))
    application.add_handler(CommandHandler("language", ask_language, filters=private))
    application.add_handler(CallbackQueryHandler(choose_language, pattern=f"^{LANGUAGE}"))
