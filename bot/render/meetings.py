"""The words of group meetings: reminders, changes, attendance, reflections, planning."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.i18n import N_, Catalogs, Translator
from bot.prompts import Source, prompt_text, prompts_for, source_name
from bot.render import Button, Reply, column, grid, tap
from storage.meetings import AttendanceList, Attendee, MeetingView, Skipped

PLAN = "mt:"  # mt:<group id>:<step>[:<value>]
ATTEND = "att:"  # att:<meeting id>:<yes|no|maybe>
REFLECT = "rf:"  # rf:<meeting id>:<0-3>
HOURS = range(9, 21)
SCALE = {3: "💚", 2: "🙂", 1: "🤍"}
CHOSEN = "✓ "


def choose_prompt(theme: str, meeting_id: int) -> str:
    """A prompt of the meeting's theme, varying from meeting to meeting."""
    try:
        prompts = prompts_for(Source(theme))
    except ValueError:
        prompts = prompts_for(Source.BELONGING)
    return prompts[meeting_id % len(prompts)].key


class MeetingMessages:
    """Meeting messages in each reader's language (storage's `MeetingComposer`)."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    def _tr(self, person: Attendee, meeting: MeetingView) -> Translator:
        return self._catalogs.resolve(person.locale, meeting.default_locale)

    def reminder(self, meeting: MeetingView, person: Attendee, on_the_day: bool) -> dict[str, Any]:
        """Date and time (Babel, the reader's locale), place, theme, three buttons."""
        return reminder(self._tr(person, meeting), meeting, on_the_day).payload()

    def changed(self, meeting: MeetingView, person: Attendee, cancelled: bool) -> dict[str, Any]:
        """A moved or cancelled meeting."""
        return changed(self._tr(person, meeting), meeting, cancelled).payload()

    def attendance(self, listing: AttendanceList, staff: Attendee) -> dict[str, Any]:
        """Who is coming, for a facilitator."""
        return Reply(attendance_text(self._tr(staff, listing.meeting), listing)).payload()

    def reflection(self, meeting: MeetingView, person: Attendee, prompt_key: str) -> dict[str, Any]:
        """One question about the meeting's theme; one tap is enough."""
        return reflection(self._tr(person, meeting), meeting, prompt_key).payload()


def reminder(tr: Translator, meeting: MeetingView, on_the_day: bool) -> Reply:
    """The reminder of a meeting, with coming / not coming / not sure."""
    title = (
        tr.gettext("Today we meet: {group}")
        if on_the_day
        else tr.gettext("Tomorrow we meet: {group}")
    )
    lines = [
        "<b>" + title.format(group=tr.user_text(meeting.group_name)) + "</b>",
        details(tr, meeting),
        "",
        tr.gettext("Are you coming?"),
    ]
    # One answer a row: with the ✓ of a choice, three in a row do not fit a phone.
    answers = column(
        [
            tap("✅ " + tr.gettext("Coming"), ATTEND, meeting.id, "yes"),
            tap("❌ " + tr.gettext("Not coming"), ATTEND, meeting.id, "no"),
            tap("❔ " + tr.gettext("Not sure"), ATTEND, meeting.id, "maybe"),
        ]
    )
    return Reply("\n".join(lines), answers)


def mark_chosen(buttons: Sequence[Sequence[Button]], chosen: str) -> tuple[tuple[Button, ...], ...]:
    """The same buttons with a ✓ on the one whose data is `chosen` (and on no other)."""
    return tuple(
        tuple(
            Button(
                (CHOSEN if b.data == chosen else "") + b.label.removeprefix(CHOSEN),
                b.action,
                b.args,
                b.url,
            )
            for b in row
        )
        for row in buttons
    )


def changed(tr: Translator, meeting: MeetingView, cancelled: bool) -> Reply:
    """A moved or cancelled meeting."""
    if cancelled:
        text = tr.gettext("The meeting of {group} on {time} is cancelled. Sorry!").format(
            group=tr.user_text(meeting.group_name), time=when(tr, meeting)
        )
    else:
        text = (
            tr.gettext("The meeting of {group} has changed:").format(
                group=tr.user_text(meeting.group_name)
            )
            + "\n"
            + details(tr, meeting)
        )
    return Reply(text)


def reflection(tr: Translator, meeting: MeetingView, prompt_key: str) -> Reply:
    """One question about the meeting's theme; one tap is enough."""
    text = "\n\n".join(
        [
            tr.gettext("Thank you for coming to {group}!").format(
                group=tr.user_text(meeting.group_name)
            ),
            "<b>" + prompt_text(tr, prompt_key) + "</b>",
            tr.gettext("Tap an answer. You may also write a few words or send a voice note."),
        ]
    )
    answers = column(
        [
            tap(f"{SCALE[3]} " + tr.gettext("Yes, very much"), REFLECT, meeting.id, 3),
            tap(f"{SCALE[2]} " + tr.gettext("A little"), REFLECT, meeting.id, 2),
            tap(f"{SCALE[1]} " + tr.gettext("Not really"), REFLECT, meeting.id, 1),
            tap(tr.gettext("Skip"), REFLECT, meeting.id, 0),
        ]
    )
    return Reply(text, answers)


def when(tr: Translator, meeting: MeetingView) -> str:
    """The meeting's day and time in the reader's language."""
    return tr.when(meeting.starts_at, meeting.timezone, "day_time")


def details(tr: Translator, meeting: MeetingView) -> str:
    """Day and time, place and theme, one a line."""
    lines = ["🗓 " + when(tr, meeting)]
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
            when(tr, m),
            "✅ " + tr.gettext("Coming: {names}").format(names=names(listing.yes)),
            "❔ " + tr.gettext("Not sure: {names}").format(names=names(listing.maybe)),
            "❌ " + tr.gettext("Not coming: {names}").format(names=names(listing.no)),
            tr.gettext("No answer yet: {count}").format(count=listing.silent),
        ]
    )


# -- planning, for facilitators --------------------------------------------------------------


def ask_kind(tr: Translator, group_id: int) -> Reply:
    """Once, or every week?"""
    return Reply(
        tr.gettext("Plan a meeting"),
        column(
            [
                tap(tr.gettext("One meeting"), PLAN, group_id, "kind", 1),
                tap(tr.gettext("Every week"), PLAN, group_id, "kind", "w"),
            ]
        ),
    )


def ask_day(tr: Translator, zone: str, first_day: date, group_id: int, step: str,
            prefix: str = "") -> Reply:  # fmt: skip
    """Three weeks of days from `first_day`, named in the reader's language; each button
    carries `step` and `prefix` followed by the ISO date."""
    buttons = []
    for offset in range(21):
        d = first_day + timedelta(days=offset)
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=ZoneInfo(zone))
        buttons.append(tap(tr.when(noon, zone, "short_day"), PLAN, group_id, step,
                           f"{prefix}{d.isoformat()}"))  # fmt: skip
    # Three a row where the labels are short (about 12 characters); Arabic weekday names
    # are long, so two.
    per_row = 3 if all(len(b.label) <= 12 for b in buttons) else 2
    return Reply(tr.gettext("Which day?"), grid(buttons, per_row))


def ask_time(tr: Translator, group_id: int, step: str, prefix: str = "") -> Reply:
    """Half hours from 09:00 to 20:30; each button carries the minute of the day."""
    buttons = [
        tap(f"{h:02d}:{m:02d}", PLAN, group_id, step, f"{prefix}{h * 60 + m}")
        for h in HOURS
        for m in (0, 30)
    ]
    return Reply(tr.gettext("What time?"), grid(buttons, 4))


def ask_theme(tr: Translator, group_id: int) -> Reply:
    """One of the six sources of strength."""
    return Reply(
        tr.gettext("What is the theme? (The six sources of strength.)"),
        column(tap(source_name(tr, s), PLAN, group_id, "theme", s.value) for s in Source),
    )


def ask_place(tr: Translator, group_id: int) -> Reply:
    """Type the place, or no place."""
    return Reply(
        tr.gettext("Where do you meet? Type the place, or tap the button."),
        column([tap(tr.gettext("No place needed"), PLAN, group_id, "noplace")]),
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


def planned(tr: Translator, created: Sequence[MeetingView], skipped: Sequence[Skipped],
            zone: str) -> Reply:  # fmt: skip
    """The meetings just planned, and the days skipped (holidays, blocked days)."""
    lines = [
        tr.ngettext("{count} meeting planned:", "{count} meetings planned:", len(created)).format(
            count=len(created)
        )
    ]
    lines += ["• " + when(tr, m) for m in created[:12]]
    if skipped:
        lines += ["", tr.gettext("Skipped:")]
        for s in skipped:
            noon = datetime(s.day.year, s.day.month, s.day.day, 12, tzinfo=ZoneInfo(zone))
            reason = (
                tr.gettext("public holiday: {name}").format(name=holiday_name(tr, s.holiday))
                if s.holiday
                else tr.gettext("a day you blocked")
            )
            lines.append(f"• {tr.when(noon, zone, 'day')} ({reason})")
    lines += ["", tr.gettext("Members get a reminder the evening before. See /sessions.")]
    return Reply("\n".join(lines))


def upcoming(tr: Translator, meeting: MeetingView) -> Reply:
    """One coming meeting with its buttons, for /sessions."""
    day = (
        tr.gettext("Reminder on the day: on")
        if meeting.day_reminder
        else tr.gettext("Reminder on the day: off")
    )
    g, m = meeting.group_id, meeting.id
    return Reply(
        details(tr, meeting),
        column(
            [
                tap(tr.gettext("Who is coming?"), PLAN, g, "list", m),
                tap(day, PLAN, g, "dayrem", m),
                tap(tr.gettext("Move to another day or time"), PLAN, g, "move", m),
                tap(tr.gettext("Cancel this meeting"), PLAN, g, "cancel", m),
            ]
        ),
    )


def done(tr: Translator, what: str, meeting: MeetingView) -> Reply:
    """A meeting moved or cancelled, for the facilitator who did it."""
    first = (
        tr.gettext("Moved. Members who had a reminder are told.")
        if what == "moved"
        else tr.gettext("Cancelled. Members who had a reminder are told.")
    )
    return Reply(first + "\n" + details(tr, meeting))


# -- short answers ---------------------------------------------------------------------------


def attend_thanks(tr: Translator, answer: str) -> str | None:
    """The toast after coming / not coming / not sure (None for an unknown answer)."""
    thanks = {
        "yes": tr.gettext("See you there!"),
        "no": tr.gettext("Thank you for telling us."),
        "maybe": tr.gettext("Thank you. Tell us later if you know."),
    }
    return thanks.get(answer)


def meeting_gone(tr: Translator) -> str:
    """The alert when an answer comes after the meeting began or changed."""
    return tr.gettext("This meeting has begun or was changed. Thank you!")


def button_gone(tr: Translator) -> str:
    """The toast of a button that no longer works."""
    return tr.gettext("This button no longer works. Tap /help to start again.")


def saved(tr: Translator) -> str:
    """The toast after a reflection answer."""
    return tr.gettext("Saved. Thank you!")


def words_kept(tr: Translator, group_name: str) -> Reply:
    """After a parent's words or voice note about a meeting."""
    return Reply(
        tr.gettext("Thank you, I kept your words for the facilitators of {group}.").format(
            group=tr.user_text(group_name)
        )
    )


def not_yours(tr: Translator) -> str:
    """A group the reader does not manage."""
    return tr.gettext("Sorry, this is not one of your groups.")


def time_passed(tr: Translator) -> Reply:
    """A meeting moved to a time that has passed."""
    return Reply(tr.gettext("That time has passed. Please choose another."), html=False)


def went_wrong(tr: Translator) -> Reply:
    """A plan that lost its earlier steps."""
    return Reply(
        tr.gettext("Sorry, something went wrong. Please try again in a moment."), html=False
    )


def none_planned(tr: Translator) -> Reply:
    """/sessions without a coming meeting."""
    return Reply(tr.gettext("No meetings planned. Plan one with /session."), html=False)


def blockday_usage(tr: Translator) -> Reply:
    """/blockday without days."""
    return Reply(
        tr.gettext("Write the days after the command, like this: /blockday 24-12 31-12"),
        html=False,
    )


def days_blocked(tr: Translator, count: int) -> Reply:
    """Days without meetings, set."""
    return Reply(
        tr.ngettext(
            "{count} day blocked: weekly meetings skip it.",
            "{count} days blocked: weekly meetings skip them.",
            count,
        ).format(count=count),
        html=False,
    )
