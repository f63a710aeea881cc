"""Group meetings ("sessions"): facilitators plan them with buttons; parents get one
reminder with coming / not coming / not sure, and a reflection prompt afterwards."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import N_, Catalogs, Translator
from bot.prompts import Source, prompt_text, prompts_for, source_name
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.groups import pick_group, refuse, send_or_edit
from storage.community import NotAllowed
from storage.dialogs import DialogView
from storage.meetings import (
    AttendanceList,
    Attendee,
    MeetingView,
)

log = logging.getLogger(__name__)

PLAN = "mt:"  # mt:<group id>:<step>[:<value>]
ATTEND = "att:"  # att:<meeting id>:<yes|no|maybe>
REFLECT = "rf:"  # rf:<meeting id>:<0-3>
# The meeting being planned: step "plan" while buttons are tapped, "place" when the next
# message is its place; args {"group", "weeks", "day", "minute", "theme"} as chosen so far.
DIALOG = "meeting"
HOURS = range(9, 21)
SCALE = {3: "💚", 2: "🙂", 1: "🤍"}


def choose_prompt(theme: str, meeting_id: int) -> str:
    """A prompt of the meeting's theme, varying from meeting to meeting."""
    try:
        prompts = prompts_for(Source(theme))
    except ValueError:
        prompts = prompts_for(Source.BELONGING)
    return prompts[meeting_id % len(prompts)].key


class MeetingComposer:
    """Meeting messages in each reader's language."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    def _tr(self, person: Attendee, meeting: MeetingView) -> Translator:
        return self._catalogs.resolve(person.locale, meeting.default_locale)

    def reminder(self, meeting: MeetingView, person: Attendee, on_the_day: bool) -> dict[str, Any]:
        """Date and time (Babel, the reader's locale), place, theme, three buttons."""
        tr = self._tr(person, meeting)
        title = (
            tr.gettext("Today we meet: {group}")
            if on_the_day
            else tr.gettext("Tomorrow we meet: {group}")
        )
        lines = [
            "<b>" + title.format(group=tr.user_text(meeting.group_name)) + "</b>",
            _details(tr, meeting),
            "",
            tr.gettext("Are you coming?"),
        ]
        a = f"{ATTEND}{meeting.id}:"
        # One answer a row: with the ✓ of a choice, three in a row do not fit a phone.
        markup = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton("✅ " + tr.gettext("Coming"), callback_data=f"{a}yes")],
                [InlineKeyboardButton("❌ " + tr.gettext("Not coming"), callback_data=f"{a}no")],
                [InlineKeyboardButton("❔ " + tr.gettext("Not sure"), callback_data=f"{a}maybe")],
            ]
        )
        return {"text": "\n".join(lines), "parse_mode": "HTML", "reply_markup": markup.to_dict()}

    def changed(self, meeting: MeetingView, person: Attendee, cancelled: bool) -> dict[str, Any]:
        """A moved or cancelled meeting."""
        tr = self._tr(person, meeting)
        if cancelled:
            text = tr.gettext("The meeting of {group} on {time} is cancelled. Sorry!").format(
                group=tr.user_text(meeting.group_name), time=_when(tr, meeting)
            )
        else:
            text = (
                tr.gettext("The meeting of {group} has changed:").format(
                    group=tr.user_text(meeting.group_name)
                )
                + "\n"
                + _details(tr, meeting)
            )
        return {"text": text, "parse_mode": "HTML"}

    def attendance(self, listing: AttendanceList, staff: Attendee) -> dict[str, Any]:
        """Who is coming, for a facilitator."""
        tr = self._tr(staff, listing.meeting)
        return {"text": attendance_text(tr, listing), "parse_mode": "HTML"}

    def reflection(self, meeting: MeetingView, person: Attendee, prompt_key: str) -> dict[str, Any]:
        """One question about the meeting's theme; one tap is enough."""
        tr = self._tr(person, meeting)
        text = "\n\n".join(
            [
                tr.gettext("Thank you for coming to {group}!").format(
                    group=tr.user_text(meeting.group_name)
                ),
                "<b>" + prompt_text(tr, prompt_key) + "</b>",
                tr.gettext("Tap an answer. You may also write a few words or send a voice note."),
            ]
        )
        r = f"{REFLECT}{meeting.id}:"
        rows = [
            [
                InlineKeyboardButton(
                    f"{SCALE[3]} " + tr.gettext("Yes, very much"), callback_data=f"{r}3"
                )
            ],
            [InlineKeyboardButton(f"{SCALE[2]} " + tr.gettext("A little"), callback_data=f"{r}2")],
            [
                InlineKeyboardButton(
                    f"{SCALE[1]} " + tr.gettext("Not really"), callback_data=f"{r}1"
                )
            ],
            [InlineKeyboardButton(tr.gettext("Skip"), callback_data=f"{r}0")],
        ]
        return {
            "text": text,
            "parse_mode": "HTML",
            "reply_markup": InlineKeyboardMarkup(rows).to_dict(),
        }


def _when(tr: Translator, meeting: MeetingView) -> str:
    return tr.when(meeting.starts_at, meeting.timezone, "day_time")


def _details(tr: Translator, meeting: MeetingView) -> str:
    lines = ["🗓 " + _when(tr, meeting)]
    if meeting.place:
        lines.append("📍 " + tr.user_text(meeting.place))
    try:
        lines.append("🌱 " + source_name(tr, Source(meeting.theme)))
    except ValueError:
        pass
    return "\n".join(lines)


def attendance_text(tr: Translator, listing: AttendanceList) -> str:
    """The attendance list."""
    m = listing.meeting

    def names(values: tuple[str, ...]) -> str:
        return ", ".join(tr.user_text(n) for n in values) or "–"

    return "\n".join(
        [
            "<b>"
            + tr.gettext("Who is coming to {group}?").format(group=tr.user_text(m.group_name))
            + "</b>",
            _when(tr, m),
            "✅ " + tr.gettext("Coming: {names}").format(names=names(listing.yes)),
            "❔ " + tr.gettext("Not sure: {names}").format(names=names(listing.maybe)),
            "❌ " + tr.gettext("Not coming: {names}").format(names=names(listing.no)),
            tr.gettext("No answer yet: {count}").format(count=listing.silent),
        ]
    )


# -- parents -------------------------------------------------------------------------------


async def attend_tapped(update: Update, context: KringContext) -> None:
    """Coming / not coming / not sure."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    tr = context.tr
    raw, _, answer = query.data.removeprefix(ATTEND).partition(":")
    meeting = (
        await context.services.meetings.answer(query.from_user.id, int(raw), answer)
        if raw.isdigit()
        else None
    )
    if meeting is None:
        await query.answer(
            tr.gettext("This meeting has begun or was changed. Thank you!"), show_alert=True
        )
        return
    thanks = {
        "yes": tr.gettext("See you there!"),
        "no": tr.gettext("Thank you for telling us."),
        "maybe": tr.gettext("Thank you. Tell us later if you know."),
    }[answer]
    await query.answer(thanks)
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is not None:
        rows = [
            [
                InlineKeyboardButton(
                    b.text.removeprefix("✓ ")
                    if b.callback_data != query.data
                    else "✓ " + b.text.removeprefix("✓ "),
                    callback_data=b.callback_data,
                )
                for b in row
            ]
            for row in markup.inline_keyboard
        ]
        try:
            await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
        except Exception:  # "not modified": the same button twice
            log.debug("attendance keyboard unchanged", exc_info=True)


async def reflect_tapped(update: Update, context: KringContext) -> None:
    """A one-tap reflection answer."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    tr = context.tr
    raw, _, value = query.data.removeprefix(REFLECT).partition(":")
    meeting = None
    if raw.isdigit() and value.isdigit():
        meeting = await context.services.meetings.reflect(
            query.from_user.id, int(raw), scale=int(value)
        )
    if meeting is None:
        await query.answer(tr.gettext("This button no longer works. Tap /help to start again."))
        return
    await query.answer(tr.gettext("Saved. Thank you!"))


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
    words = (
        {"voice": message.voice.file_id}
        if message.voice
        else ({"text": message.text} if message.text else {})
    )
    if not words:
        return False
    meeting = await context.services.meetings.reflect(
        user.id, text=words.get("text"), voice=words.get("voice")
    )
    if meeting is None:
        return False
    tr = context.tr
    await message.reply_html(
        tr.gettext("Thank you, I kept your words for the facilitators of {group}.").format(
            group=tr.user_text(meeting.group_name)
        )
    )
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
    tr = context.tr
    p = f"{PLAN}{group_id}:"
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(tr.gettext("One meeting"), callback_data=f"{p}kind:1")],
            [InlineKeyboardButton(tr.gettext("Every week"), callback_data=f"{p}kind:w")],
        ]
    )
    await send_or_edit(context, chat_id, message_id, tr.gettext("Plan a meeting"), markup)


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
        await query.answer(tr.gettext("Sorry, this is not one of your groups."), show_alert=True)
        return
    await query.answer()
    group = await context.services.community.group(group_id)
    assert group is not None
    chat_id, message_id = query.message.chat.id, query.message.message_id
    p = f"{PLAN}{group_id}:"
    dialogs = context.services.dialogs
    if step in {"day", "at", "theme", "noplace"}:
        current = await dialogs.current(user_id, DIALOG)
        draft: dict[str, Any] = dict(current.args) if current is not None else {}
    if step == "kind":
        draft = {"group": group_id, "weeks": 1 if value == "1" else 12}
        await dialogs.open(user_id, DIALOG, "plan", draft)
        markup = _day_keyboard(tr, group.timezone, f"{p}day:", first=1)
        await send_or_edit(context, chat_id, message_id, tr.gettext("Which day?"), markup)
    elif step == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        await dialogs.open(user_id, DIALOG, "plan", {**draft, "day": value})
        markup = _time_keyboard(f"{p}at:")
        await send_or_edit(context, chat_id, message_id, tr.gettext("What time?"), markup)
    elif step == "at" and value.isdigit():
        await dialogs.open(user_id, DIALOG, "plan", {**draft, "minute": int(value)})
        rows = [
            [InlineKeyboardButton(source_name(tr, s), callback_data=f"{p}theme:{s.value}")]
            for s in Source
        ]
        await send_or_edit(
            context,
            chat_id,
            message_id,
            tr.gettext("What is the theme? (The six sources of strength.)"),
            InlineKeyboardMarkup(rows),
        )
    elif step == "theme" and value in {s.value for s in Source}:
        # Now the next message means the place.
        await dialogs.open(user_id, DIALOG, "place", {**draft, "theme": value})
        await send_or_edit(
            context,
            chat_id,
            message_id,
            tr.gettext("Where do you meet? Type the place, or tap the button."),
            InlineKeyboardMarkup(
                [[InlineKeyboardButton(tr.gettext("No place needed"), callback_data=f"{p}noplace")]]
            ),
        )
    elif step == "noplace":
        await _finish(context, chat_id, user_id, {**draft, "place": ""})
    elif step in {"cancel", "dayrem", "list"} and value.isdigit():
        await _manage(context, chat_id, user_id, step, int(value))
    elif step == "move" and value.isdigit():
        markup = _day_keyboard(tr, group.timezone, f"{p}mday:{value}_", first=0)
        await send_or_edit(context, chat_id, message_id, tr.gettext("Which day?"), markup)
    elif step == "mday" and re.fullmatch(r"\d+_\d{4}-\d{2}-\d{2}", value):
        markup = _time_keyboard(f"{p}mto:{value}_")
        await send_or_edit(context, chat_id, message_id, tr.gettext("What time?"), markup)
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
            await context.bot.send_message(
                chat_id, tr.gettext("That time has passed. Please choose another.")
            )
            return
        text = tr.gettext("Moved. Members who had a reminder are told.")
        await context.bot.send_message(
            chat_id, text + "\n" + _details(tr, moved), parse_mode="HTML"
        )


# The public holidays of the Netherlands and Belgium, by their English names in the
# `holidays` package (which names them in Dutch or English only).
HOLIDAYS = {
    "New Year's Day": N_("New Year's Day"),
    "Good Friday": N_("Good Friday"),
    "Easter Sunday": N_("Easter Sunday"),
    "Easter Monday": N_("Easter Monday"),
    "King's Day": N_("King's Day"),
    "Liberation Day": N_("Liberation Day"),
    "Labor Day": N_("Labour Day"),
    "Ascension Day": N_("Ascension Day"),
    "Pentecost": N_("Pentecost"),
    "Pentecost Monday": N_("Pentecost Monday"),
    "National Day": N_("Belgian National Day"),
    "Assumption Day": N_("Assumption Day"),
    "All Saints' Day": N_("All Saints' Day"),
    "Armistice Day": N_("Armistice Day"),
    "Christmas Day": N_("Christmas Day"),
    "Second Day of Christmas": N_("Second Day of Christmas"),
}


def holiday_name(tr: Translator, name: str) -> str:
    """A public holiday in the reader's language (its English name if we lack it)."""
    message = HOLIDAYS.get(name)
    return tr.gettext(message) if message else name


def _day_keyboard(tr: Translator, zone: str, data: str, first: int) -> InlineKeyboardMarkup:
    """Three weeks of days from today (+`first`), named in the reader's language; each
    button's data is `data` followed by the ISO date."""
    today = datetime.now(ZoneInfo(zone)).date()
    buttons = []
    for offset in range(first, first + 21):
        d = today + timedelta(days=offset)
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=ZoneInfo(zone))
        label = tr.when(noon, zone, "short_day")
        buttons.append(InlineKeyboardButton(label, callback_data=f"{data}{d.isoformat()}"))
    # Three a row where the labels are short (about 12 characters); Arabic weekday names
    # are long, so two.
    per_row = 3 if all(len(b.text) <= 12 for b in buttons) else 2
    return InlineKeyboardMarkup([buttons[i : i + per_row] for i in range(0, len(buttons), per_row)])


def _time_keyboard(data: str) -> InlineKeyboardMarkup:
    """Half hours from 09:00 to 20:30; each button's data is `data` and the minute of day."""
    buttons = [
        InlineKeyboardButton(f"{h:02d}:{m:02d}", callback_data=f"{data}{h * 60 + m}")
        for h in HOURS
        for m in (0, 30)
    ]
    return InlineKeyboardMarkup([buttons[i : i + 4] for i in range(0, len(buttons), 4)])


async def _finish(context: KringContext, chat_id: int, user_id: int, draft: dict[str, Any]) -> None:
    tr = context.tr
    await context.services.dialogs.close(user_id, DIALOG)  # asked once, whatever follows
    needed = {"group", "day", "minute", "theme"}
    if not needed <= set(draft):
        await context.bot.send_message(
            chat_id, tr.gettext("Sorry, something went wrong. Please try again in a moment.")
        )
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
        await context.bot.send_message(
            chat_id, tr.gettext("Sorry, this is not one of your groups.")
        )
        return
    lines = [
        tr.ngettext("{count} meeting planned:", "{count} meetings planned:", len(created)).format(
            count=len(created)
        )
    ]
    lines += ["• " + _when(tr, m) for m in created[:12]]
    if skipped:
        lines.append("")
        lines.append(tr.gettext("Skipped:"))
        for s in skipped:
            day = tr.when(
                datetime(
                    s.day.year,
                    s.day.month,
                    s.day.day,
                    12,
                    tzinfo=ZoneInfo(created[0].timezone if created else "Europe/Amsterdam"),
                ),
                "Europe/Amsterdam",
                "day",
            )
            reason = (
                tr.gettext("public holiday: {name}").format(name=holiday_name(tr, s.holiday))
                if s.holiday
                else tr.gettext("a day you blocked")
            )
            lines.append(f"• {day} ({reason})")
    lines += ["", tr.gettext("Members get a reminder the evening before. See /sessions.")]
    await context.bot.send_message(chat_id, "\n".join(lines), parse_mode="HTML")


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
        await context.bot.send_message(
            chat_id, tr.gettext("No meetings planned. Plan one with /session.")
        )
        return
    p = f"{PLAN}{group_id}:"
    for m in meetings:
        day = (
            tr.gettext("Reminder on the day: on")
            if m.day_reminder
            else tr.gettext("Reminder on the day: off")
        )
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        tr.gettext("Who is coming?"), callback_data=f"{p}list:{m.id}"
                    )
                ],
                [InlineKeyboardButton(day, callback_data=f"{p}dayrem:{m.id}")],
                [
                    InlineKeyboardButton(
                        tr.gettext("Move to another day or time"), callback_data=f"{p}move:{m.id}"
                    )
                ],
                [
                    InlineKeyboardButton(
                        tr.gettext("Cancel this meeting"), callback_data=f"{p}cancel:{m.id}"
                    )
                ],
            ]
        )
        await context.bot.send_message(
            chat_id, _details(tr, m), parse_mode="HTML", reply_markup=markup
        )


async def _manage(
    context: KringContext, chat_id: int, user_id: int, step: str, meeting_id: int
) -> None:
    tr = context.tr
    service = context.services.meetings
    composer = context.services.meeting_composer
    try:
        if step == "list":
            listing = await service.attendance_list(user_id, meeting_id)
            await context.bot.send_message(chat_id, attendance_text(tr, listing), parse_mode="HTML")
        elif step == "cancel":
            m = await service.change(user_id, meeting_id, composer, cancel=True)
            await context.bot.send_message(
                chat_id,
                tr.gettext("Cancelled. Members who had a reminder are told.")
                + "\n"
                + _details(tr, m),
                parse_mode="HTML",
            )
        elif step == "dayrem":
            current = await service.get(meeting_id)
            assert current is not None
            m = await service.change(
                user_id, meeting_id, composer, day_reminder=not current.day_reminder
            )
            await show_upcoming(context, chat_id, m.group_id)
    except NotAllowed:
        await context.bot.send_message(
            chat_id, tr.gettext("Sorry, this is not one of your groups.")
        )


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
    today = datetime.now(ZoneInfo(groups[0].timezone)).date()
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
        await message.reply_text(
            tr.gettext("Write the days after the command, like this: /blockday 24-12 31-12")
        )
        return
    for group in groups:
        for d in days:
            await context.services.meetings.block_day(user.id, group.id, d)
    await message.reply_text(
        tr.ngettext(
            "{count} day blocked: weekly meetings skip it.",
            "{count} days blocked: weekly meetings skip them.",
            len(days),
        ).format(count=len(days))
    )


def register(application: Application) -> None:
    """Add the meeting handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("session", session_command, filters=private))
    application.add_handler(CommandHandler("sessions", sessions_command, filters=private))
    application.add_handler(CommandHandler("blockday", blockday_command, filters=private))
    application.add_handler(CallbackQueryHandler(plan_tapped, pattern=f"^{PLAN}"))
    application.add_handler(CallbackQueryHandler(attend_tapped, pattern=f"^{ATTEND}"))
    application.add_handler(CallbackQueryHandler(reflect_tapped, pattern=f"^{REFLECT}"))
