"""A group chosen from "Which group?": continue the command it was chosen for.

`handlers.groups.pick_group` asks the question for every feature; this module sits above
the features and hands the choice to the one that asked, so no feature imports another.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot.render.groups import GROUP_PICK, not_yours_message
from handlers import broadcasts, checkin_settings, groups, impact, meetings, moderation_settings
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.keyboards import send_or_edit


async def group_picked(update: Update, context: KringContext) -> None:
    """A group chosen from the list: continue the action it was chosen for."""
    query = update.callback_query
    tap = parse(query.data, GROUP_PICK) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    action, group_id = tap.text(0), tap.number(1)
    await query.answer()
    community = context.services.community
    if group_id is None or not await community.can_manage(query.from_user.id, group_id):
        reply = not_yours_message(context.tr)
        await send_or_edit(context, query.message.chat.id, query.message.message_id, reply)
        return
    group = await community.group(group_id)
    assert group is not None
    if await groups.after_pick(context, query, action, group):
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    if action == "session":
        await meetings.ask_kind(context, chat_id, group.id, message_id)
    elif action == "sessions":
        await meetings.show_upcoming(context, chat_id, group.id)
    elif action == "broadcast":
        await broadcasts.start_draft(context, chat_id, query.from_user.id, group.id)
    elif action == "moderation":
        await moderation_settings.show_settings(context, chat_id, group.id, message_id)
    elif action == "checkin":
        await checkin_settings.show_settings(context, chat_id, group.id, message_id)
    elif action == "trajectory":
        await impact.ask_trajectory(context, chat_id, query.from_user.id, group.id, group.name)


def register(application: Application) -> None:
    """Add the handler for the "Which group?" buttons."""
    application.add_handler(CallbackQueryHandler(group_picked, pattern=f"^{GROUP_PICK}"))
