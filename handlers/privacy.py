"""What a member controls: /pause, /resume, /mydata and /forget."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, time, timedelta
from secrets import token_hex
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import LANGUAGE_NAMES, Translator
from handlers.context import KringContext
from storage.dialogs import DialogView
from storage.outbox import NewMessage

PAUSE_CALLBACK = "pause:"
FORGET_CALLBACK = "forget:"
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
    tr = context.tr
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(tr.gettext("One week"), callback_data="pause:week")],
            [InlineKeyboardButton(tr.gettext("Until a date"), callback_data="pause:date")],
            [InlineKeyboardButton(tr.gettext("Until I resume"), callback_data="pause:open")],
        ]
    )  # fmt: skip
    await message.reply_text(
        tr.gettext("How long do you want a break from messages?"), reply_markup=keyboard
    )


async def pause_choice(update: Update, context: KringContext) -> None:
    """Apply the chosen pause (or ask for the date)."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    tr = context.tr
    choice = query.data.removeprefix(PAUSE_CALLBACK)
    await query.answer()
    user_id = query.from_user.id
    if choice == "date":
        await context.services.dialogs.open(user_id, DIALOG, "date")
        await query.edit_message_text(
            tr.gettext("Until which day? Type the date, for example 24-12.")
        )
        return
    if choice == "week":
        until = context.services.clock() + timedelta(days=7)
        await context.services.privacy.pause(user_id, until)
        text = _paused_until(tr, until, await _zone(context, user_id))
    else:
        await context.services.privacy.pause(user_id, None)
        text = tr.gettext("Your break has started. Tap /resume when you want messages again.")
    await query.edit_message_text(text)


def _paused_until(tr: Translator, until: datetime, zone: str) -> str:
    # The pause ends at midnight after the chosen day: name that day.
    day = format_date(
        (until - timedelta(seconds=1)).astimezone(ZoneInfo(zone)).date(),
        format="long",
        locale=tr.locale,
    )
    return tr.gettext(
        "Your break has started. You get messages again after {day}. Tap /resume to end it sooner."
    ).format(day=day)


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
        await message.reply_text(
            tr.gettext("I did not understand that date. Please type it like 24-12.")
        )
        return True
    await context.services.dialogs.close(user.id, DIALOG)
    await context.services.privacy.pause(user.id, until)
    await message.reply_text(_paused_until(tr, until, zone))
    return True


async def resume(update: Update, context: KringContext) -> None:
    """End a pause."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not await _is_member(update, context):
        return
    await context.services.privacy.resume(user.id)
    await context.services.dialogs.close(user.id, DIALOG)
    await message.reply_text(context.tr.gettext("Welcome back! You get messages again."))


async def _is_member(update: Update, context: KringContext) -> bool:
    user = update.effective_user
    if user is None:
        return False
    if await context.services.community.roles(user.id):
        return True
    if update.effective_message:
        await update.effective_message.reply_text(
            context.tr.gettext(
                "You are not in a group yet. Ask your group's facilitator for an invite link."
            )
        )
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
        await message.reply_text(tr.gettext("Kring keeps nothing about you."))
        return
    yes, no = tr.gettext("yes"), tr.gettext("no")
    lines = [tr.gettext("This is everything Kring keeps about you:"), ""]
    lines.append(tr.gettext("Name: {name}").format(name=tr.user_text(data["name"] or "–")))
    language = LANGUAGE_NAMES.get(data["language"] or "", data["language"] or "–")
    lines.append(tr.gettext("Language: {language}").format(language=language))
    lines.append(
        tr.gettext("Agreed to the privacy text: {answer}").format(
            answer=yes if data["consent_given_at"] else no
        )
    )
    quiet = _quiet_label(tr, *data["quiet_hours"])
    lines.append(tr.gettext("Quiet hours: {hours}").format(hours=quiet))
    paused = data["paused_until_resume"] or bool(data["paused_until"])
    lines.append(tr.gettext("On a break: {answer}").format(answer=yes if paused else no))
    for membership in data["memberships"]:
        if membership["group"]:
            lines.append(
                tr.gettext("Group: {group} ({role})").format(
                    group=tr.user_text(membership["group"]), role=_role_name(tr, membership["role"])
                )
            )
    for consent in data["impact_follow_up"]:
        lines.append(
            tr.gettext("Questions once more in a year ({group}): {answer}").format(
                group=tr.user_text(consent["group"]), answer=yes if consent["agreed"] else no
            )
        )
    data["checkin_answers"] = await context.services.checkins.export(user.id)
    data["meetings"] = await context.services.meetings.export(user.id)
    if data["checkin_answers"]:
        count = len(data["checkin_answers"])
        lines.append(
            tr.ngettext(
                "Check-in answers: {count} week", "Check-in answers: {count} weeks", count
            ).format(count=count)
        )
    lines += ["", tr.gettext("The file below has the same, for your own records.")]
    await message.reply_html("\n".join(lines))
    payload = json.dumps(_readable(tr, data), ensure_ascii=False, indent=2).encode()
    await message.reply_document(InputFile(payload, filename="kring-mydata.json"))


def _field_names(tr: Translator) -> dict[str, str]:
    """The /mydata file's fields in the reader's language."""
    return {
        "telegram_user_id": tr.pgettext("data file", "Telegram number"),
        "name": tr.pgettext("data file", "name"),
        "language": tr.pgettext("data file", "language"),
        "consent_given_at": tr.pgettext("data file", "agreed on"),
        "consent_version": tr.pgettext("data file", "privacy text version"),
        "reachable": tr.pgettext("data file", "Kring can reach you"),
        "paused_until": tr.pgettext("data file", "break until"),
        "paused_until_resume": tr.pgettext("data file", "break until /resume"),
        "quiet_hours": tr.pgettext("data file", "quiet hours"),
        "memberships": tr.pgettext("data file", "groups"),
        "impact_follow_up": tr.pgettext("data file", "questions once more in a year"),
        "agreed": tr.pgettext("data file", "you said"),
        "answered_at": tr.pgettext("data file", "answered on"),
        "messages_queued_or_sent_to_you": tr.pgettext("data file", "messages for you kept"),
        "created_at": tr.pgettext("data file", "first seen"),
        "role": tr.pgettext("data file", "role"),
        "group": tr.pgettext("data file", "group"),
        "organisation_id": tr.pgettext("data file", "organisation number"),
        "active": tr.pgettext("data file", "active"),
        "since": tr.pgettext("data file", "since"),
        "checkin_answers": tr.pgettext("data file", "check-in answers"),
        "meetings": tr.pgettext("data file", "meetings"),
        "round": tr.pgettext("data file", "check-in of"),
        "mood": tr.pgettext("data file", "mood (1 to 5)"),
        "reflection": tr.pgettext("data file", "question of the week (1 to 3)"),
        "contact": tr.pgettext("data file", "contact wanted (1 yes, 2 no)"),
        "notes": tr.pgettext("data file", "your words"),
        "kind": tr.pgettext("data file", "kind"),
        "content": tr.pgettext("data file", "text"),
        "meeting": tr.pgettext("data file", "meeting of"),
        "attendance": tr.pgettext("data file", "coming"),
        "words": tr.pgettext("data file", "your words"),
        "voice_note": tr.pgettext("data file", "voice note"),
    }


def _readable(tr: Translator, data: Any) -> Any:
    """The /mydata file in the reader's language: fields named in words, codes (language,
    role, quiet hours, answers) written out; numbers, dates and your own words as kept."""
    names = _field_names(tr)
    values = {
        "text": tr.pgettext("data file", "words"),
        "voice": tr.pgettext("data file", "voice note"),
        "yes": tr.gettext("Coming"),
        "no": tr.gettext("Not coming"),
        "maybe": tr.gettext("Not sure"),
    }

    def value(key: str, item: Any) -> Any:
        if key == "language" and isinstance(item, str):
            return LANGUAGE_NAMES.get(item, item)
        if key == "role" and isinstance(item, str):
            return _role_name(tr, item)
        if key == "quiet_hours" and isinstance(item, list | tuple):
            return _quiet_label(tr, *item)
        if key == "agreed" and isinstance(item, bool):
            return tr.gettext("yes") if item else tr.gettext("no")
        if key in ("kind", "attendance") and isinstance(item, str):
            return values.get(item, item)
        return _readable(tr, item)

    if isinstance(data, dict):
        return {names.get(k, k): value(k, v) for k, v in data.items()}
    if isinstance(data, list):
        return [_readable(tr, item) for item in data]
    return data


def _role_name(tr: Translator, role: str) -> str:
    names = {
        "parent": tr.pgettext("role", "parent"),
        "volunteer": tr.pgettext("role", "volunteer"),
        "facilitator": tr.pgettext("role", "facilitator"),
        "coordinator": tr.pgettext("role", "coordinator"),
    }
    return names.get(role, role)


async def forget(update: Update, context: KringContext) -> None:
    """Ask for confirmation before erasing everything."""
    message = update.effective_message
    if message is None:
        return
    tr = context.tr
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(tr.gettext("Yes, delete everything"),
                                  callback_data=FORGET_CALLBACK + "yes")],
            [InlineKeyboardButton(tr.gettext("No, keep it"), callback_data=FORGET_CALLBACK + "no")],
        ]
    )  # fmt: skip
    await message.reply_text(
        tr.gettext(
            "Do you want Kring to delete everything about you, in all your groups? "
            "This cannot be undone. You will no longer get messages."
        ),
        reply_markup=keyboard,
    )


async def forget_answer(update: Update, context: KringContext) -> None:
    """Erase on "yes" and tell the facilitators a member left (without a name)."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    tr = context.tr
    await query.answer()
    if query.data != FORGET_CALLBACK + "yes":
        await query.edit_message_text(tr.gettext("Nothing was deleted."))
        return
    user_id = query.from_user.id
    # The facilitators to tell, looked up before the memberships are gone.
    community = context.services.community
    result = await context.services.privacy.forget(user_id)
    notices = []
    for group_id, group_name in result.groups:
        for staff in await community.facilitators(group_id):
            staff_tr = context.services.catalogs.get(staff.locale)
            text = staff_tr.gettext(
                "A member left {group} and asked Kring to delete their data. "
                "Their name and answers are gone; the group's figures stay, without names."
            ).format(group=staff_tr.user_text(group_name))
            notices.append(
                NewMessage(
                    # No member id in the key: the notice must not name who left.
                    dedupe_key=f"forget:{group_id}:{staff.telegram_user_id}:{token_hex(6)}",
                    chat_id=staff.telegram_user_id,
                    payload={"text": text, "parse_mode": "HTML"},
                )
            )
    await context.services.outbox.enqueue(notices)
    await query.edit_message_text(
        tr.gettext(
            "Done. Kring has deleted everything about you. Take care! "
            "If you want to come back one day, ask for a new invite link."
        )
    )


QUIET_CALLBACK = "quiet:"
# (start, end) in minutes after midnight; equal values mean no quiet hours.
QUIET_CHOICES = ((21 * 60, 8 * 60), (22 * 60, 7 * 60), (20 * 60, 9 * 60), (0, 0))


def _quiet_label(tr: Translator, start: int, end: int) -> str:
    if start == end:
        return tr.gettext("No quiet hours")
    return f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"


async def quiet(update: Update, context: KringContext) -> None:
    """Offer a few quiet-hour windows (the bot holds messages until they end)."""
    message = update.effective_message
    if message is None or not await _is_member(update, context):
        return
    tr = context.tr
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(_quiet_label(tr, s, e), callback_data=f"{QUIET_CALLBACK}{i}")]
         for i, (s, e) in enumerate(QUIET_CHOICES)]
    )  # fmt: skip
    await message.reply_text(
        tr.gettext("When should I stay quiet? I keep messages until the quiet time is over."),
        reply_markup=keyboard,
    )


async def quiet_choice(update: Update, context: KringContext) -> None:
    """Store the chosen quiet hours."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    raw = query.data.removeprefix(QUIET_CALLBACK)
    if not raw.isdigit() or int(raw) >= len(QUIET_CHOICES):
        return
    start, end = QUIET_CHOICES[int(raw)]
    await context.services.privacy.set_quiet_hours(query.from_user.id, start, end)
    tr = context.tr
    await query.edit_message_text(
        tr.gettext("Saved. Quiet hours: {hours}").format(hours=_quiet_label(tr, start, end))
    )


def register(application: Application) -> None:
    """Add the privacy handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("pause", pause, filters=private))
    application.add_handler(CommandHandler("resume", resume, filters=private))
    application.add_handler(CommandHandler("mydata", mydata, filters=private))
    application.add_handler(CommandHandler("forget", forget, filters=private))
    application.add_handler(CommandHandler("quiet", quiet, filters=private))
    application.add_handler(CallbackQueryHandler(quiet_choice, pattern=f"^{QUIET_CALLBACK}"))
    application.add_handler(CallbackQueryHandler(pause_choice, pattern=f"^{PAUSE_CALLBACK}"))
    application.add_handler(CallbackQueryHandler(forget_answer, pattern=f"^{FORGET_CALLBACK}"))
    # The date typed after "Until a date" comes through handlers.dialogs.
