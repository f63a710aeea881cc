"""The parent's journey in: an invite link, their language, plain-words consent, welcome."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.config import SUPPORTED_LOCALES
from bot.render import joining as words
from bot.render.joining import CONSENT, JOIN
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.keyboards import reply_to, send_or_edit
from handlers.onboarding import start
from storage.community import InviteStatus, InviteView

# Bump when the consent text changes in substance: members then agreed to an older text.
CONSENT_VERSION = 1


async def start_with_code(update: Update, context: KringContext) -> None:
    """`/start <code>` from an invite link: check the code, then ask for the language."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    code = (context.args or [""])[0]
    if not code or code == "hello":
        await start(update, context)
        return
    tr = context.tr
    invite = await context.services.community.peek_invite(code[:32])
    if invite.status is not InviteStatus.OK or invite.group is None:
        await reply_to(message, words.invite_problem(tr, invite.status))
        return
    if await _already_in(context, user.id, invite):
        await reply_to(message, words.already_in(tr, invite.group.name))
        return
    await reply_to(message, words.invited(tr, invite.group.name, invite.code))


async def _already_in(context: KringContext, user_id: int, invite: InviteView) -> bool:
    roles = await context.services.community.roles(user_id)
    return any(r.role == invite.role and r.group and invite.group and r.group.id == invite.group.id
               for r in roles)  # fmt: skip


async def join_language(update: Update, context: KringContext) -> None:
    """A language tapped while joining: show the consent text in that language."""
    query = update.callback_query
    tap = parse(query.data, JOIN) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    locale, code = tap.text(0), tap.rest(1)
    if locale not in SUPPORTED_LOCALES:
        await query.answer()
        return
    tr = context.services.catalogs.get(locale)
    invite = await context.services.community.peek_invite(code)
    await query.answer()
    if invite.status is not InviteStatus.OK or invite.group is None:
        await send_or_edit(context, chat_id, message_id, words.invite_problem(tr, invite.status))
        return
    reply = words.consent(tr, invite.group.name, locale, code)
    await send_or_edit(context, chat_id, message_id, reply)


async def consent_answer(update: Update, context: KringContext) -> None:
    """Agree: become a member. Decline: nothing is kept, and how to come back."""
    query = update.callback_query
    tap = parse(query.data, CONSENT) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    answer, locale, code = tap.text(0), tap.text(1), tap.rest(2)
    tr = context.services.catalogs.get(locale if locale in SUPPORTED_LOCALES else None)
    await query.answer()
    if answer != "y":
        await send_or_edit(context, chat_id, message_id, words.declined(tr))
        return
    user = query.from_user
    name = user.first_name or ""
    joined = await context.services.community.accept_invite(
        code, user.id, name, tr.locale, CONSENT_VERSION
    )
    if joined.status is not InviteStatus.OK or joined.group is None:
        await send_or_edit(context, chat_id, message_id, words.invite_problem(tr, joined.status))
        return
    context.tr = tr
    roles = await context.services.community.roles(user.id)
    reply = words.welcome(tr, joined.group.name, roles)
    await send_or_edit(context, chat_id, message_id, reply)


def register(application: Application) -> None:
    """Add the journey handlers (before onboarding's plain /start)."""
    private = filters.ChatType.PRIVATE
    application.add_handler(
        CommandHandler("start", start_with_code, filters=private & filters.Regex(r"^/start \S"))
    )
    application.add_handler(CallbackQueryHandler(join_language, pattern=f"^{JOIN}"))
    application.add_handler(CallbackQueryHandler(consent_answer, pattern=f"^{CONSENT}"))
