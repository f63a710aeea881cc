"""The moderation audit log in a private chat: /modlog for a group's staff and coordinators,
its pages, and a facilitator's undo of a warning or a mute.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import Translator
from handlers.chat_moderation import SPEAKING, attempt, reason_label
from handlers.context import KringContext
from handlers.groups import refuse
from storage.community import GroupView, NotAllowed
from storage.models import Role
from storage.moderation import LOG_PAGE, ActionView

LOG = "ml:"  # ml:<group id>:<offset>
UNDO = "undo:"  # undo:<action id>


def action_label(tr: Translator, action: str) -> str:
    """A moderation action in words (the audit log, /modlog and the dashboard)."""
    labels = {
        "delete": tr.gettext("message deleted"),
        "flag": tr.gettext("asked the facilitators"),
        "warn": tr.gettext("warning"),
        "mute": tr.gettext("muted"),
        "unmute": tr.gettext("unmuted"),
        "ban": tr.gettext("removed"),
        "unban": tr.gettext("allowed back"),
        "alert": tr.gettext("safeguarding alert"),
        "report": tr.gettext("report"),
        "dismiss": tr.gettext("left as it is"),
    }
    return labels.get(action, action)


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
    if query is None or query.data is None or query.message is None:
        return
    raw_group, _, raw_offset = query.data.removeprefix(LOG).partition(":")
    if not (raw_group.isdigit() and raw_offset.isdigit()) or len(raw_group) > 18:
        await query.answer()
        return
    groups = {g.id: g for g in await _staff_groups(context, query.from_user.id)}
    group = groups.get(int(raw_group))
    if group is None:
        await query.answer(context.tr.gettext("Sorry, this is not one of your groups."))
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
    text = log_text(tr, group, actions, facilitator=own_group, offset=offset, total=total)
    buttons = []
    for a in actions:
        if facilitator and (a.action in {"warn", "mute"} or a.warned) and a.undone_at is None:
            what = tr.gettext("warning") if a.warned else action_label(tr, a.action)
            buttons.append(
                [
                    InlineKeyboardButton(
                        _undo_label(tr, what, a.target_name or "?"),
                        callback_data=f"{UNDO}{a.id}",
                    )
                ]
            )
    paging = []
    if offset + LOG_PAGE < total:
        paging.append(
            InlineKeyboardButton(
                "◀ " + tr.gettext("Older"), callback_data=f"{LOG}{group.id}:{offset + LOG_PAGE}"
            )
        )
    if offset > 0:
        paging.append(
            InlineKeyboardButton(
                tr.gettext("Newer") + " ▶",
                callback_data=f"{LOG}{group.id}:{max(offset - LOG_PAGE, 0)}",
            )
        )
    if paging:
        buttons.append(paging)
    markup = InlineKeyboardMarkup(buttons) if buttons else None
    if message_id is None:
        await context.bot.send_message(chat_id, text, parse_mode="HTML", reply_markup=markup)
    else:
        await context.bot.edit_message_text(
            text, chat_id=chat_id, message_id=message_id, parse_mode="HTML", reply_markup=markup
        )


BUTTON_MAX = 24  # visible characters: Telegram cuts longer labels on a phone


def _undo_label(tr: Translator, action: str, name: str) -> str:
    """ "Undo: warning Amina" within BUTTON_MAX characters. When the words leave too little
    room, "↩" stands for "undo" (and then the action goes); the name is shortened to fit."""
    for label in (tr.gettext("Undo: {action} {name}"), "↩ {action} {name}", "↩ {name}"):
        room = BUTTON_MAX - len(label.format(action=action, name=""))
        if room >= min(len(name), 4):
            if len(name) > room:
                name = name[: room - 1].rstrip() + "…"
            return label.format(action=action, name=name)
    return "↩ " + name[: BUTTON_MAX - 3] + "…"


def log_text(
    tr: Translator,
    group: GroupView,
    actions: list[ActionView],
    *,
    facilitator: bool,
    offset: int,
    total: int,
) -> str:
    """One line per event, newest first: when, who, what, about whom, why; for
    facilitators (not volunteers) a short excerpt of what was removed or flagged."""
    lines = [
        "<b>" + tr.gettext("Moderation in {group}").format(group=tr.user_text(group.name)) + "</b>"
    ]
    if not actions:
        lines.append(tr.gettext("Nothing yet."))
    for a in actions:
        # Day and month in the order the reader's language puts them (a skeleton), then
        # the time (24-hour, as in the Netherlands and Belgium).
        zone = ZoneInfo(group.timezone)
        when = " ".join(
            format_skeleton(skeleton, a.created_at, tzinfo=zone, locale=tr.locale)
            for skeleton in ("MMMd", "Hm")
        )
        who = "🤖" if a.actor_telegram_id is None else "👤"
        what = action_label(tr, a.action)
        if a.warned:
            what += " + " + tr.gettext("warning")
        line = f"{when} · {who} {what} · {tr.user_text(a.target_name or '?')}"
        if a.reason:
            line += f" · {reason_label(tr, a.reason)}"
        if a.undone_at is not None and a.action != "flag":
            line += " · " + tr.gettext("undone")
        if facilitator and a.excerpt:
            line += f"\n    <i>{tr.user_text(a.excerpt)}</i>"
        lines.append(line)
    if total > len(actions):
        lines.append(
            tr.gettext("{first}–{last} of {total}").format(
                first=offset + 1, last=offset + len(actions), total=total
            )
        )
    return "\n".join(lines)


async def undo_tapped(update: Update, context: KringContext) -> None:
    """Undo a warning or a mute from the log."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    tr = context.tr
    raw = query.data.removeprefix(UNDO)
    try:
        done = await context.services.moderation.undo(query.from_user.id, int(raw))
    except (NotAllowed, ValueError):
        await query.answer(tr.gettext("Sorry, only facilitators can do this."), show_alert=True)
        return
    if done is None:
        await query.answer(tr.gettext("That was already undone."))
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
    await query.answer(tr.gettext("Undone."))
    if query.message is not None:
        await context.bot.send_message(
            query.message.chat.id,
            tr.gettext("Undone: {action} {name}").format(
                action=action_label(tr, done.action), name=tr.user_text(done.target_name or "?")
            ),
            parse_mode="HTML",
        )


def register(application: Application) -> None:
    """Add /modlog, its pages and undo."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("modlog", modlog, filters=private))
    application.add_handler(CallbackQueryHandler(undo_tapped, pattern=f"^{UNDO}"))
    application.add_handler(CallbackQueryHandler(log_page, pattern=f"^{LOG}"))
