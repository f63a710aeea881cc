"""/broadcast: a facilitator writes to their group, in one or more languages.

Pick the group, pick a language, type the message or send a voice note; add other
languages if you like; see a preview; confirm. Members get their own language, or the
group's language with a small marker saying so. Nothing goes out before confirmation; a
report follows when delivery has finished.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import LANGUAGE_NAMES
from bot.render import Reply
from bot.render import broadcasts as words
from bot.render.broadcasts import CALLBACK
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.groups import pick_group
from handlers.keyboards import send
from storage.broadcasts import BroadcastView, Recipient
from storage.community import NotAllowed
from storage.dialogs import DialogView
from storage.enums import BroadcastStatus

log = logging.getLogger(__name__)

DIALOG = "broadcast"  # step "text": {"broadcast": id, "language": code}


async def broadcast_command(update: Update, context: KringContext) -> None:
    """/broadcast: choose the group (if several), then the first language."""
    group = await pick_group(update, context, "broadcast")
    if group is None or update.effective_chat is None or update.effective_user is None:
        return
    await start_draft(context, update.effective_chat.id, update.effective_user.id, group.id)


async def start_draft(context: KringContext, chat_id: int, user_id: int, group_id: int) -> None:
    """A new draft, and the question which language the message is in."""
    tr = context.tr
    try:
        draft = await context.services.broadcasts.start(user_id, group_id)
    except NotAllowed:
        await send(context, chat_id, Reply(words.not_yours(tr), html=False))
        return
    await send(context, chat_id, words.ask_language(tr, draft))


async def tapped(update: Update, context: KringContext) -> None:
    """Language, preview, send and cancel buttons."""
    query = update.callback_query
    tap = parse(query.data, CALLBACK) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    tr = context.tr
    broadcast_id, action, language = tap.number(0), tap.text(1), tap.text(2)
    if broadcast_id is None or not action:
        await query.answer()
        return
    service = context.services.broadcasts
    view = await service.get(broadcast_id)
    chat_id = query.message.chat.id
    if view is None or view.created_by != query.from_user.id:
        await query.answer(words.not_yours(tr), show_alert=True)
        return
    if view.status is not BroadcastStatus.DRAFT:
        await query.answer(words.already_done(tr), show_alert=True)
        return
    await query.answer()
    if action == "lang" and language in LANGUAGE_NAMES:
        await context.services.dialogs.open(
            query.from_user.id, DIALOG, "text", {"broadcast": broadcast_id, "language": language}
        )
        await send(context, chat_id, words.type_message(tr, language))
    elif action == "more":
        await send(context, chat_id, words.another_language(tr, view))
    elif action == "send":
        try:
            sent = await service.confirm(query.from_user.id, broadcast_id,
                                         context.services.broadcast_composer)  # fmt: skip
        except (NotAllowed, ValueError):
            await send(context, chat_id, Reply(words.not_yours(tr), html=False))
            return
        if context.services.wake_sender is not None:
            context.services.wake_sender()  # the first message leaves at once, not at a poll
        await _drop_buttons(query)
        await send(context, chat_id, words.sending(tr, sent.recipients))
    elif action == "cancel":
        await service.cancel(query.from_user.id, broadcast_id)
        await context.services.dialogs.close(query.from_user.id, DIALOG)
        await _drop_buttons(query)
        await send(context, chat_id, words.cancelled(tr))


async def _drop_buttons(query: Any) -> None:
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError:  # no buttons left to remove (an old or forged tap)
        log.debug("could not remove the buttons", exc_info=True)


async def dialog_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """Text or a voice note for the language being written (the dialog's arguments say
    which broadcast and language); False if the message is neither."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return False
    if message.voice is not None:
        parts: dict[str, str] = {"voice": message.voice.file_id}
    elif message.text:
        parts = {"text": message.text}
    else:
        return False
    await context.services.dialogs.close(user.id, DIALOG)
    try:
        view = await context.services.broadcasts.set_part(
            user.id, int(dialog.args["broadcast"]), str(dialog.args["language"]), **parts
        )
    except NotAllowed:
        return False
    await _preview(context, message.chat_id, view)
    return True


async def _preview(context: KringContext, chat_id: int, view: BroadcastView) -> None:
    """Show each language as members will see it, then the buttons."""
    tr = context.tr
    composer = context.services.broadcast_composer
    for locale in sorted(set(view.texts) | set(view.voices)):
        for method, payload in composer.messages(view, Recipient(0, chat_id, locale)):
            if method == "sendVoice":
                await context.bot.send_voice(chat_id, payload["voice"], caption=payload["caption"],
                                             parse_mode="HTML")  # fmt: skip
            else:
                await context.bot.send_message(chat_id, payload["text"], parse_mode="HTML")
    audience = await context.services.broadcasts.audience(view.id)
    await send(context, chat_id, words.preview(tr, view, audience))


def register(application: Application) -> None:
    """Add the broadcast handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("broadcast", broadcast_command, filters=private))
    application.add_handler(CallbackQueryHandler(tapped, pattern=f"^{CALLBACK}"))
