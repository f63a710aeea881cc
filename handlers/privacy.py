"""What a member controls: /pause, /resume, /mydata and /forget."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from secrets import token_hex
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.render import privacy as words
from bot.render.privacy import FORGET, PAUSE, QUIET, QUIET_CHOICES
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.keyboards import reply_to, send_or_edit
from storage.dialogs import DialogView
from storage.outbox import NewMessage

DIALOG = "pause"  # step "date": the next message is the day the break ends
_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?\s*$")


async def _zone(context: KringContext, user_id: int) -> str:
    """The time zone of the person's (first) group, for dates they type."""
    roles = await context.services.community.roles(user_id)
    groups = [r.group for r in roles if r.group]
    return groups[0].timezone if groups else context.services.default_timezone


def parse_day(text: str, zone: str, today: datetime) -> datetime | None:
    """A day typed as 24-12, 24/12/2026 or 24.12.26, as the end of that day in `zone`.

    A day without a year that has passed this year means next year. Past days are refused.
    """
    match = _DATE.match(text)
    if not match:
        return None
    day, month, year = int(match[1]), int(match[2]), match[3]
    local_today = today.astimezone(ZoneInfo(zone)).date()
    try:
        if year is None:
            chosen = local_today.replace(month=month, day=day)
            if chosen < local_today:
                chosen = chosen.replace(year=chosen.year + 1)
        else:
            full = int(year) + (2000 if len(year) == 2 else 0)
            chosen = local_today.replace(year=full, month=month, day=day)
    except ValueError:
        return None
    if chosen < local_today:
        return None
    end = datetime.combine(chosen + timedelta(days=1), time(0, 0), tzinfo=ZoneInfo(zone))
    return end.astimezone(UTC)


async def pause(update: Update, context: KringContext) -> None:
    """Offer three ways to pause: a week, until a date, until I resume."""
    message = update.effective_message
    if message is None or not await _is_member(update, context):
        return
    await reply_to(message, words.ask_pause(context.tr))


async def pause_choice(update: Update, context: KringContext) -> None:
    """Apply the chosen pause (or ask for the date)."""
    query = update.callback_query
    tap = parse(query.data, PAUSE) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    tr = context.tr
    choice = tap.rest(0)
    await query.answer()
    user_id = query.from_user.id
    if choice == "date":
        await context.services.dialogs.open(user_id, DIALOG, "date")
        await send_or_edit(context, chat_id, message_id, words.ask_pause_date(tr))
        return
    if choice == "week":
        until = context.services.clock() + timedelta(days=7)
        await context.services.privacy.pause(user_id, until)
        reply = words.paused_until(tr, until, await _zone(context, user_id))
    else:
        await context.services.privacy.pause(user_id, None)
        reply = words.paused_open(tr)
    await send_or_edit(context, chat_id, message_id, reply)


async def dialog_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """The date typed after "Until a date" (asked again until it is one)."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return False
    tr = context.tr
    zone = await _zone(context, user.id)
    until = parse_day(message.text, zone, context.services.clock())
    if until is None:
        await reply_to(message, words.date_not_understood(tr))
        return True
    await context.services.dialogs.close(user.id, DIALOG)
    await context.services.privacy.pause(user.id, until)
    await reply_to(message, words.paused_until(tr, until, zone))
    return True


async def resume(update: Update, context: KringContext) -> None:
    """End a pause."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not await _is_member(update, context):
        return
    await context.services.privacy.resume(user.id)
    await context.services.dialogs.close(user.id, DIALOG)
    await reply_to(message, words.resumed(context.tr))


async def _is_member(update: Update, context: KringContext) -> bool:
    user = update.effective_user
    if user is None:
        return False
    if await context.services.community.roles(user.id):
        return True
    if update.effective_message:
        await reply_to(update.effective_message, words.not_a_member(context.tr))
    return False


async def mydata(update: Update, context: KringContext) -> None:
    """Everything stored about the person: a readable message and a JSON file."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    tr = context.tr
    data = await context.services.privacy.export(user.id)
    if data is None:
        await reply_to(message, words.nothing_kept(tr))
        return
    data["checkin_answers"] = await context.services.checkins.export(user.id)
    data["meetings"] = await context.services.meetings.export(user.id)
    data["impact_answers"] = await context.services.impact.export(user.id)
    await reply_to(message, words.mydata(tr, data))
    payload = words.mydata_file(tr, data)
    await message.reply_document(InputFile(payload, filename="kring-mydata.json"))


async def forget(update: Update, context: KringContext) -> None:
    """Ask for confirmation before erasing everything."""
    message = update.effective_message
    if message is None:
        return
    await reply_to(message, words.ask_forget(context.tr))


async def forget_answer(update: Update, context: KringContext) -> None:
    """Erase on "yes" and tell the facilitators a member left (without a name)."""
    query = update.callback_query
    tap = parse(query.data, FORGET) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    tr = context.tr
    await query.answer()
    if tap.rest(0) != "yes":
        await send_or_edit(context, chat_id, message_id, words.nothing_deleted(tr))
        return
    user_id = query.from_user.id
    # The facilitators to tell, looked up before the memberships are gone.
    community = context.services.community
    result = await context.services.privacy.forget(user_id)
    notices = []
    for group_id, group_name in result.groups:
        for staff in await community.facilitators(group_id):
            staff_tr = context.services.catalogs.get(staff.locale)
            notices.append(
                NewMessage(
                    # No member id in the key: the notice must not name who left.
                    dedupe_key=f"forget:{group_id}:{staff.telegram_user_id}:{token_hex(6)}",
                    chat_id=staff.telegram_user_id,
                    payload=words.member_left(staff_tr, group_name).payload(),
                )
            )
    await context.services.outbox.enqueue(notices)
    await send_or_edit(context, chat_id, message_id, words.forgotten(tr))


async def quiet(update: Update, context: KringContext) -> None:
    """Offer a few quiet-hour windows (the bot holds messages until they end)."""
    message = update.effective_message
    if message is None or not await _is_member(update, context):
        return
    await reply_to(message, words.ask_quiet(context.tr))


async def quiet_choice(update: Update, context: KringContext) -> None:
    """Store the chosen quiet hours."""
    query = update.callback_query
    tap = parse(query.data, QUIET) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    await query.answer()
    index = tap.number(0, last=True)
    if index is None or index >= len(QUIET_CHOICES):
        return
    start, end = QUIET_CHOICES[index]
    await context.services.privacy.set_quiet_hours(query.from_user.id, start, end)
    reply = words.quiet_saved(context.tr, start, end)
    await send_or_edit(context, query.message.chat.id, query.message.message_id, reply)


def register(application: Application) -> None:
    """Add the privacy handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("pause", pause, filters=private))
    application.add_handler(CommandHandler("resume", resume, filters=private))
    application.add_handler(CommandHandler("mydata", mydata, filters=private))
    application.add_handler(CommandHandler("forget", forget, filters=private))
    application.add_handler(CommandHandler("quiet", quiet, filters=private))
    application.add_handler(CallbackQueryHandler(quiet_choice, pattern=f"^{QUIET}"))
    application.add_handler(CallbackQueryHandler(pause_choice, pattern=f"^{PAUSE}"))
    application.add_handler(CallbackQueryHandler(forget_answer, pattern=f"^{FORGET}"))
    # The date typed after "Until a date" comes through handlers.dialogs.
