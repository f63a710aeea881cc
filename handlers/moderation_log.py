"""The moderation audit log in a private chat: /modlog for a group's staff and coordinators,
its pages, and a facilitator's undo of a warning or a mute.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.render import moderation_log as words
from bot.render.moderation_log import LOG, UNDO
from handlers.callbacks import parse
from handlers.chat_moderation import SPEAKING, attempt
from handlers.context import KringContext
from handlers.groups import refuse
from handlers.keyboards import send, send_or_edit
from storage.community import GroupView, NotAllowed
from storage.enums import Role
from storage.moderation import LOG_PAGE


async def modlog(update: Update, context: KringContext) -> None:
    """/modlog: the latest events of each of one's groups, a page at a time."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return
    groups = await _staff_groups(context, user.id)
    if not groups:
        await refuse(update, context)
        return
    for group in groups[:3]:
        await _show_log(context, message.chat_id, user.id, group, 0, None)


async def log_page(update: Update, context: KringContext) -> None:
    """Older or newer events of /modlog (the tapped message is edited)."""
    query = update.callback_query
    tap = parse(query.data, LOG) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    # The offset may have any length: one past the end shows the last page.
    group_id, raw_offset = tap.number(0), tap.rest(1)
    if group_id is None or not raw_offset.isdigit():
        await query.answer()
        return
    groups = {g.id: g for g in await _staff_groups(context, query.from_user.id)}
    group = groups.get(group_id)
    if group is None:
        await query.answer(words.not_yours(context.tr))
        return
    await query.answer()
    await _show_log(
        context,
        query.message.chat.id,
        query.from_user.id,
        group,
        int(raw_offset),
        query.message.message_id,
    )


async def _staff_groups(context: KringContext, user_id: int) -> list[GroupView]:
    roles = await context.services.community.roles(user_id)
    found = {
        r.group.id: r.group
        for r in roles
        if r.group and r.role in {Role.FACILITATOR, Role.VOLUNTEER}
    }
    for group in await context.services.community.managed_groups(user_id):
        found.setdefault(group.id, group)
    return [found[k] for k in sorted(found)]


async def _show_log(
    context: KringContext,
    chat_id: int,
    user_id: int,
    group: GroupView,
    offset: int,
    message_id: int | None,
) -> None:
    tr = context.tr
    service = context.services.moderation
    facilitator = await service.role_in(user_id, group.id) is Role.FACILITATOR
    # Parents' words are for the group's own facilitators, never for a coordinator (who
    # manages the group and may undo, but reads figures, not words).
    own_group = any(
        r.role is Role.FACILITATOR and r.group is not None and r.group.id == group.id
        for r in await context.services.community.roles(user_id)
    )
    total = await service.log_size(group.id)
    offset = max(0, min(offset, max(total - 1, 0)))
    actions = await service.recent(group.id, LOG_PAGE, offset)
    reply = words.log_page(
        tr, group, actions, may_undo=facilitator, reads_words=own_group, offset=offset, total=total
    )
    await send_or_edit(context, chat_id, message_id, reply)


async def undo_tapped(update: Update, context: KringContext) -> None:
    """Undo a warning or a mute from the log."""
    query = update.callback_query
    tap = parse(query.data, UNDO) if query is not None else None
    if query is None or tap is None:
        return
    tr = context.tr
    try:
        # int() as before (it reads " 7" and "-7" too); what it refuses is answered
        # "only facilitators".
        done = await context.services.moderation.undo(query.from_user.id, int(tap.rest(0)))
    except (NotAllowed, ValueError):
        await query.answer(words.only_facilitators(tr), show_alert=True)
        return
    if done is None:
        await query.answer(words.already_undone(tr))
        return
    if done.action == "mute" and done.target_telegram_id is not None:
        group = await context.services.community.group(done.group_id)
        if group is not None:
            await attempt(
                context,
                group,
                "restrict",
                context.bot.restrict_chat_member(
                    done.chat_id,
                    done.target_telegram_id,
                    SPEAKING,
                    use_independent_chat_permissions=True,
                ),
            )
    await query.answer(words.undone_toast(tr))
    if query.message is not None:
        await send(context, query.message.chat.id, words.undone(tr, done.action, done.target_name))


def register(application: Application) -> None:
    """Add /modlog, its pages and undo."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("modlog", modlog, filters=private))
    application.add_handler(CallbackQueryHandler(undo_tapped, pattern=f"^{UNDO}"))
    application.add_handler(CallbackQueryHandler(log_page, pattern=f"^{LOG}"))
