"""Group meetings ("sessions"): facilitators plan them with buttons; parents get one
reminder with coming / not coming / not sure, and a reflection prompt afterwards."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import Translator
from bot.prompts import Source
from bot.render import Reply
from bot.render import meetings as words
from bot.render.meetings import ATTEND, PLAN, REFLECT
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.groups import pick_group, refuse
from handlers.keyboards import buttons_of, markup, reply_to, send, send_or_edit
from storage.community import NotAllowed
from storage.dialogs import DialogView

log = logging.getLogger(__name__)

# The meeting being planned: step "plan" while buttons are tapped, "place" when the next
# message is its place; args {"group", "weeks", "day", "minute", "theme"} as chosen so far.
DIALOG = "meeting"


# -- parents -------------------------------------------------------------------------------


async def attend_tapped(update: Update, context: KringContext) -> None:
    """Coming / not coming / not sure."""
    query = update.callback_query
    tap = parse(query.data, ATTEND) if query is not None else None
    if query is None or query.data is None or tap is None:
        return
    tr = context.tr
    meeting_id, answer = tap.number(0), tap.rest(1)
    meeting = (
        await context.services.meetings.answer(query.from_user.id, meeting_id, answer)
        if meeting_id is not None
        else None
    )
    if meeting is None:
        await query.answer(words.meeting_gone(tr), show_alert=True)
        return
    await query.answer(words.attend_thanks(tr, answer))
    message = query.message
    shown = buttons_of(message.reply_markup) if isinstance(message, Message) else ()
    if shown:
        try:
            await query.edit_message_reply_markup(markup(words.mark_chosen(shown, query.data)))
        except Exception:  # "not modified": the same button twice
            log.debug("attendance keyboard unchanged", exc_info=True)


async def reflect_tapped(update: Update, context: KringContext) -> None:
    """A one-tap reflection answer."""
    query = update.callback_query
    tap = parse(query.data, REFLECT) if query is not None else None
    if query is None or tap is None:
        return
    tr = context.tr
    meeting_id, scale = tap.number(0), tap.number(1, last=True)
    meeting = None
    if meeting_id is not None and scale is not None:
        meeting = await context.services.meetings.reflect(
            query.from_user.id, meeting_id, scale=scale
        )
    if meeting is None:
        await query.answer(words.button_gone(tr))
        return
    await query.answer(words.saved(tr))


async def dialog_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """The place a facilitator types for the meeting being planned (text only)."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return False
    draft = {**dialog.args, "place": message.text.strip()[:200]}
    await _finish(context, message.chat_id, user.id, draft)
    return True


async def reflection_words(update: Update, context: KringContext) -> bool:
    """A parent's words or voice note after a meeting; False if no reflection is open."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return False
    said = (
        {"voice": message.voice.file_id}
        if message.voice
        else ({"text": message.text} if message.text else {})
    )
    if not said:
        return False
    meeting = await context.services.meetings.reflect(
        user.id, text=said.get("text"), voice=said.get("voice")
    )
    if meeting is None:
        return False
    await reply_to(message, words.words_kept(context.tr, meeting.group_name))
    return True


# -- facilitators ----------------------------------------------------------------------------


async def session_command(update: Update, context: KringContext) -> None:
    """/session: plan a meeting or a weekly series, with buttons."""
    group = await pick_group(update, context, "session")
    if group is None or update.effective_chat is None:
        return
    await ask_kind(context, update.effective_chat.id, group.id, None)


async def ask_kind(
    context: KringContext, chat_id: int, group_id: int, message_id: int | None
) -> None:
    """Once, or every week?"""
    await send_or_edit(context, chat_id, message_id, words.ask_kind(context.tr, group_id))


def _today(context: KringContext, zone: str) -> date:
    return context.services.clock().astimezone(ZoneInfo(zone)).date()


async def plan_tapped(update: Update, context: KringContext) -> None:
    """The planning buttons, one step at a time (the draft is a dialog until the end)."""
    query = update.callback_query
    tap = parse(query.data, PLAN) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    tr = context.tr
    group_id, step, value = tap.number(0), tap.text(1), tap.rest(2)
    user_id = query.from_user.id
    if group_id is None or not await context.services.community.can_manage(user_id, group_id):
        await query.answer(words.not_yours(tr), show_alert=True)
        return
    await query.answer()
    group = await context.services.community.group(group_id)
    assert group is not None
    chat_id, message_id = query.message.chat.id, query.message.message_id
    dialogs = context.services.dialogs
    if step in {"day", "at", "theme", "noplace"}:
        current = await dialogs.current(user_id, DIALOG)
        draft: dict[str, Any] = dict(current.args) if current is not None else {}
    today = _today(context, group.timezone)
    if step == "kind":
        draft = {"group": group_id, "weeks": 1 if value == "1" else 12}
        await dialogs.open(user_id, DIALOG, "plan", draft)
        reply = words.ask_day(tr, group.timezone, today + timedelta(days=1), group_id, "day")
        await send_or_edit(context, chat_id, message_id, reply)
    elif step == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        await dialogs.open(user_id, DIALOG, "plan", {**draft, "day": value})
        await send_or_edit(context, chat_id, message_id, words.ask_time(tr, group_id, "at"))
    elif step == "at" and value.isdigit():
        await dialogs.open(user_id, DIALOG, "plan", {**draft, "minute": int(value)})
        await send_or_edit(context, chat_id, message_id, words.ask_theme(tr, group_id))
    elif step == "theme" and value in {s.value for s in Source}:
        # Now the next message means the place.
        await dialogs.open(user_id, DIALOG, "place", {**draft, "theme": value})
        await send_or_edit(context, chat_id, message_id, words.ask_place(tr, group_id))
    elif step == "noplace":
        await _finish(context, chat_id, user_id, {**draft, "place": ""})
    elif step in {"cancel", "dayrem", "list"} and value.isdigit():
        await _manage(context, chat_id, user_id, step, int(value))
    elif step == "move" and value.isdigit():
        reply = words.ask_day(tr, group.timezone, today, group_id, "mday", f"{value}_")
        await send_or_edit(context, chat_id, message_id, reply)
    elif step == "mday" and re.fullmatch(r"\d+_\d{4}-\d{2}-\d{2}", value):
        reply = words.ask_time(tr, group_id, "mto", f"{value}_")
        await send_or_edit(context, chat_id, message_id, reply)
    elif step == "mto" and re.fullmatch(r"\d+_\d{4}-\d{2}-\d{2}_\d+", value):
        raw_id, raw_day, raw_minute = value.split("_")
        day, minute = date.fromisoformat(raw_day), int(raw_minute)
        local = datetime(
            day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=ZoneInfo(group.timezone)
        )
        try:
            moved = await context.services.meetings.change(
                user_id,
                int(raw_id),
                context.services.meeting_composer,
                starts_at=local.astimezone(ZoneInfo("UTC")),
            )
        except (NotAllowed, ValueError):
            await send(context, chat_id, words.time_passed(tr))
            return
        await send(context, chat_id, words.done(tr, "moved", moved))


async def _finish(context: KringContext, chat_id: int, user_id: int, draft: dict[str, Any]) -> None:
    tr = context.tr
    await context.services.dialogs.close(user_id, DIALOG)  # asked once, whatever follows
    needed = {"group", "day", "minute", "theme"}
    if not needed <= set(draft):
        await send(context, chat_id, words.went_wrong(tr))
        return
    try:
        created, skipped = await context.services.meetings.plan(
            user_id,
            draft["group"],
            date.fromisoformat(draft["day"]),
            draft["minute"],
            draft["theme"],
            draft.get("place", ""),
            draft.get("weeks", 1),
        )
    except (NotAllowed, ValueError):
        await send(context, chat_id, _not_yours(tr))
        return
    group = await context.services.community.group(draft["group"])
    zone = group.timezone if group is not None else context.services.default_timezone
    await send(context, chat_id, words.planned(tr, created, skipped, zone))


def _not_yours(tr: Translator) -> Reply:
    return Reply(words.not_yours(tr), html=False)


async def sessions_command(update: Update, context: KringContext) -> None:
    """/sessions: upcoming meetings with cancel, reminder-on-the-day and attendance."""
    group = await pick_group(update, context, "sessions")
    if group is None or update.effective_chat is None:
        return
    await show_upcoming(context, update.effective_chat.id, group.id)


async def show_upcoming(context: KringContext, chat_id: int, group_id: int) -> None:
    """The next meetings, each with its buttons."""
    tr = context.tr
    meetings = await context.services.meetings.upcoming(group_id, limit=5)
    if not meetings:
        await send(context, chat_id, words.none_planned(tr))
        return
    for m in meetings:
        await send(context, chat_id, words.upcoming(tr, m))


async def _manage(
    context: KringContext, chat_id: int, user_id: int, step: str, meeting_id: int
) -> None:
    tr = context.tr
    service = context.services.meetings
    composer = context.services.meeting_composer
    try:
        if step == "list":
            listing = await service.attendance_list(user_id, meeting_id)
            await send(context, chat_id, Reply(words.attendance_text(tr, listing)))
        elif step == "cancel":
            m = await service.change(user_id, meeting_id, composer, cancel=True)
            await send(context, chat_id, words.done(tr, "cancelled", m))
        elif step == "dayrem":
            current = await service.get(meeting_id)
            assert current is not None
            m = await service.change(
                user_id, meeting_id, composer, day_reminder=not current.day_reminder
            )
            await show_upcoming(context, chat_id, m.group_id)
    except NotAllowed:
        await send(context, chat_id, _not_yours(tr))


async def blockday_command(update: Update, context: KringContext) -> None:
    """/blockday 24-12 31-12: days without meetings (school holidays) for your groups."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    tr = context.tr
    groups = await context.services.community.managed_groups(user.id)
    if not groups:
        await refuse(update, context)
        return
    days = []
    today = _today(context, groups[0].timezone)
    for arg in context.args or []:
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?", arg)
        if not match:
            continue
        try:
            d = date(int(match.group(3) or today.year), int(match.group(2)), int(match.group(1)))
        except ValueError:
            continue
        if d < today and not match.group(3):
            d = d.replace(year=d.year + 1)
        days.append(d)
    if not days:
        await reply_to(message, words.blockday_usage(tr))
        return
    for group in groups:
        for d in days:
            await context.services.meetings.block_day(user.id, group.id, d)
    await reply_to(message, words.days_blocked(tr, len(days)))


def register(application: Application) -> None:
    """Add the meeting handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("session", session_command, filters=private))
    application.add_handler(CommandHandler("sessions", sessions_command, filters=private))
    application.add_handler(CommandHandler("blockday", blockday_command, filters=private))
    application.add_handler(CallbackQueryHandler(plan_tapped, pattern=f"^{PLAN}"))
    application.add_handler(CallbackQueryHandler(attend_tapped, pattern=f"^{ATTEND}"))
    application.add_handler(CallbackQueryHandler(reflect_tapped, pattern=f"^{REFLECT}"))
