"""/broadcast: a facilitator writes to their group, in one or more languages.

Pick the group, pick a language, type the message or send a voice note; add other
languages if you like; see a preview; confirm. Members get their own language, or the
group's language with a small marker saying so. Nothing goes out before confirmation; a
report follows when delivery has finished.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.config import SUPPORTED_LOCALES
from bot.i18n import LANGUAGE_NAMES, Catalogs, Translator
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.groups import pick_group
from storage.broadcasts import BroadcastView, Recipient, Report
from storage.community import NotAllowed
from storage.dialogs import DialogView
from storage.models import BroadcastStatus

log = logging.getLogger(__name__)

CALLBACK = "bc:"  # bc:<broadcast id>:<action>[:<language>]
DIALOG = "broadcast"  # step "text": {"broadcast": id, "language": code}


class BroadcastComposer:
    """Each member's messages: their language, else the group's with a marker."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    def messages(
        self, broadcast: BroadcastView, recipient: Recipient
    ) -> list[tuple[str, dict[str, Any]]]:
        """A text and/or a voice note, as (method, payload) pairs."""
        tr = self._catalogs.get(recipient.locale)
        header = "📣 " + tr.gettext("Message from {group}").format(
            group=tr.user_text(broadcast.group_name)
        )
        out: list[tuple[str, dict[str, Any]]] = []
        # One language per member: theirs if written or spoken, else the group's, else the
        # first there is; its text and/or voice note, with a marker when it is not theirs.
        locale = _pick(set(broadcast.texts) | set(broadcast.voices), recipient.locale,
                       broadcast.default_locale)  # fmt: skip
        if locale is None:
            return out
        marker = _marker(tr, locale) if locale != recipient.locale else None
        if locale in broadcast.texts:
            body = tr.user_text(broadcast.texts[locale])
            if marker:
                body += "\n\n" + marker
            out.append(("sendMessage", {"text": f"<b>{header}</b>\n\n{body}",
                                        "parse_mode": "HTML"}))  # fmt: skip
        if locale in broadcast.voices:
            caption = header
            if marker:
                caption += "\n" + marker
            out.append(("sendVoice", {"voice": broadcast.voices[locale],
                                      "caption": caption, "parse_mode": "HTML"}))  # fmt: skip
        return out


def _pick(written: set[str], wanted: str, default: str) -> str | None:
    """The member's language, else the group's, else the first one written (as sorted)."""
    for locale in (wanted, default):
        if locale in written:
            return locale
    return min(written, default=None)


def _marker(tr: Translator, locale: str) -> str:
    return "🌐 " + tr.gettext("(This message is in {language}: it was not written in yours.)")\
        .format(language=LANGUAGE_NAMES.get(locale, locale))  # fmt: skip


def report_text(catalogs: Catalogs, report: Report, locale: str | None) -> str:
    """The facilitator's report when delivery has finished."""
    tr = catalogs.get(locale)
    b = report.broadcast
    lines = [
        "<b>" + tr.gettext("Your message to {group} has gone out.").format(
            group=tr.user_text(b.group_name)) + "</b>",
        tr.gettext("Delivered: {count}").format(count=report.delivered),
        tr.gettext("Held for quiet hours (sent in the morning): {count}").format(
            count=report.quiet_hours),
        tr.gettext("On a break (not sent): {count}").format(count=b.held_paused),
        tr.gettext("Weekly message limit reached (not sent): {count}").format(count=b.held_cap),
        tr.gettext("Blocked Kring (not reachable): {count}").format(count=report.unreachable),
        tr.gettext("Failed: {count}").format(count=report.failed),
    ]  # fmt: skip
    return "\n".join(lines)


def _language_keyboard(broadcast_id: int, done: set[str]) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(("✓ " if lc in done else "") + LANGUAGE_NAMES[lc],
                                  callback_data=f"{CALLBACK}{broadcast_id}:lang:{lc}")]
            for lc in SUPPORTED_LOCALES]  # fmt: skip
    return InlineKeyboardMarkup(rows)


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
        await context.bot.send_message(
            chat_id, tr.gettext("Sorry, this is not one of your groups.")
        )
        return
    text = tr.gettext(
        "A message to {group}. Which language will you write or speak it in? You can add "
        "more languages afterwards."
    ).format(group=tr.user_text(draft.group_name))
    await context.bot.send_message(chat_id, text, parse_mode="HTML",
                                   reply_markup=_language_keyboard(draft.id, set()))  # fmt: skip


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
        await query.answer(tr.gettext("Sorry, this is not one of your groups."), show_alert=True)
        return
    if view.status is not BroadcastStatus.DRAFT:
        await query.answer(tr.gettext("This message was already sent or cancelled."),
                           show_alert=True)  # fmt: skip
        return
    await query.answer()
    if action == "lang" and language in LANGUAGE_NAMES:
        await context.services.dialogs.open(
            query.from_user.id, DIALOG, "text", {"broadcast": broadcast_id, "language": language}
        )
        await context.bot.send_message(chat_id, tr.gettext(
            "Type the message in {language}, or send a voice note.").format(
            language=LANGUAGE_NAMES[language]))  # fmt: skip
    elif action == "more":
        await context.bot.send_message(chat_id, tr.gettext("Which language?"), reply_markup=(
            _language_keyboard(broadcast_id, set(view.texts) | set(view.voices))))  # fmt: skip
    elif action == "send":
        try:
            sent = await service.confirm(query.from_user.id, broadcast_id,
                                         context.services.broadcast_composer)  # fmt: skip
        except (NotAllowed, ValueError):
            await context.bot.send_message(chat_id, tr.gettext(
                "Sorry, this is not one of your groups."))  # fmt: skip
            return
        if context.services.wake_sender is not None:
            context.services.wake_sender()  # the first message leaves at once, not at a poll
        await _drop_buttons(query)
        await context.bot.send_message(chat_id, tr.ngettext(
            "Sending to {count} member. I will tell you when it has gone out.",
            "Sending to {count} members. I will tell you when it has gone out.",
            sent.recipients).format(count=sent.recipients))  # fmt: skip
    elif action == "cancel":
        await service.cancel(query.from_user.id, broadcast_id)
        await context.services.dialogs.close(query.from_user.id, DIALOG)
        await _drop_buttons(query)
        await context.bot.send_message(chat_id, tr.gettext("Cancelled. Nothing was sent."))


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
    done = sorted(set(view.texts) | set(view.voices))
    text = "\n".join([
        tr.gettext("Preview above. Languages: {languages}.").format(
            languages=", ".join(LANGUAGE_NAMES[lc] for lc in done)),
        tr.gettext("Members without their language get {language} with a small note.").format(
            language=LANGUAGE_NAMES.get(view.default_locale if view.default_locale in done
                                        else done[0], done[0])),
    ])  # fmt: skip
    b = f"{CALLBACK}{view.id}:"
    markup = InlineKeyboardMarkup([
        [InlineKeyboardButton(tr.gettext("Add another language"), callback_data=f"{b}more")],
        [InlineKeyboardButton(tr.ngettext("Send to {count} member", "Send to {count} members",
                                          audience).format(count=audience),
                              callback_data=f"{b}send")],
        [InlineKeyboardButton(tr.gettext("Cancel"), callback_data=f"{b}cancel")],
    ])  # fmt: skip
    await context.bot.send_message(chat_id, text, reply_markup=markup)


def register(application: Application) -> None:
    """Add the broadcast handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("broadcast", broadcast_command, filters=private))
    application.add_handler(CallbackQueryHandler(tapped, pattern=f"^{CALLBACK}"))
