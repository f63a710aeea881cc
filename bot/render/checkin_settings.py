"""The words of the facilitators' check-in settings (/checkin): the panel, turning the
check-in on, the day, hour and window, and the questions (library or their own)."""

from __future__ import annotations

from collections.abc import Collection

from babel.dates import get_day_names

from bot.i18n import LANGUAGE_NAMES, Translator
from bot.prompts import Source, prompt_text, prompts_for, source_name
from bot.render import Button, Reply, Rows, column, grid, rows, tap
from bot.render.checkins import CHECKED
from storage.checkins import WINDOW_HOURS, ScheduleView
from storage.delivery_policy import MemberPrefs

SETTINGS = "cis:"  # cis:<group id>:<action>[:<value>]
CHECKIN_HOURS = range(7, 22)  # the hours a round may open
QUIET = "🌙"  # marks an hour inside the parents' default quiet hours


def weekday_name(tr: Translator, weekday: int) -> str:
    """A weekday (0 = Monday) in the reader's language, written out."""
    return str(get_day_names("wide", locale=tr.locale)[weekday])


def every(tr: Translator, weekday: int, minute: int, zone: str, window: int) -> str:
    """When rounds open, and for how long."""
    return tr.gettext("Every {day} at {time} ({zone}). Open for {hours} hours.").format(
        day=weekday_name(tr, weekday),
        time=f"{minute // 60:02d}:{minute % 60:02d}",
        zone=tr.zone_name(zone),
        hours=window,
    )


def _title(tr: Translator, group_name: str) -> str:
    return (
        "<b>"
        + tr.gettext("Weekly check-in of {group}").format(group=tr.user_text(group_name))
        + "</b>"
    )


def panel(tr: Translator, view: ScheduleView) -> Reply:
    """The settings panel of a group."""
    return Reply(_panel_text(tr, view), _panel_buttons(tr, view))


def _panel_text(tr: Translator, view: ScheduleView) -> str:
    title = _title(tr, view.group_name)
    if not view.enabled:
        return "\n\n".join([title, tr.gettext("The weekly check-in is off.")])
    questions = (
        tr.gettext("Questions: from the prompt library, a new source of strength each week.")
        if not view.questions
        else tr.ngettext(
            "Questions: your own list of {count} question, in turn.",
            "Questions: your own list of {count} questions, in turn.",
            len(view.questions),
        ).format(count=len(view.questions))
    )
    lines = [
        title,
        every(tr, view.weekday, view.minute_of_day, view.timezone, view.window_hours),
        questions,
    ]
    if view.next_round is not None:
        when = tr.when(view.next_round, view.timezone, "day_time")
        if view.next_round_skipped:
            lines.append(tr.gettext("Next round: {time} (skipped)").format(time=when))
        else:
            lines.append(tr.gettext("Next round: {time}").format(time=when))
    return "\n".join(lines)


def _panel_buttons(tr: Translator, view: ScheduleView) -> Rows:
    g = view.group_id
    if not view.enabled:
        return rows(tap(tr.gettext("Turn on"), SETTINGS, g, "on"))
    skip = (
        tap(tr.gettext("Do not skip"), SETTINGS, g, "unskip")
        if view.next_round_skipped
        else tap(tr.gettext("Skip next week"), SETTINGS, g, "skip")
    )
    return rows(
        [
            tap(tr.gettext("Day"), SETTINGS, g, "days"),
            tap(tr.gettext("Time"), SETTINGS, g, "hours"),
            tap(tr.gettext("Open for"), SETTINGS, g, "windows"),
        ],
        [tap(tr.gettext("Questions"), SETTINGS, g, "questions"), skip],
        tap(tr.gettext("Turn off"), SETTINGS, g, "off"),
    )


def _back(tr: Translator, group_id: int) -> Button:
    return tap(tr.gettext("Back"), SETTINGS, group_id, "show")


def _cancel(tr: Translator, group_id: int) -> Button:
    return tap(tr.gettext("Cancel"), SETTINGS, group_id, "show")


def _days(tr: Translator, group_id: int, step: str) -> Rows:
    return column(tap(weekday_name(tr, d), SETTINGS, group_id, step, d) for d in range(7))


def in_default_quiet_hours(hour: int) -> bool:
    """Whether a round opening at `hour` falls in the default quiet hours (21:00-08:00),
    so that most parents would get its questions only in the morning."""
    prefs = MemberPrefs()
    start, end, minute = prefs.quiet_start_min, prefs.quiet_end_min, hour * 60
    if start > end:
        return minute >= start or minute < end
    return start <= minute < end


def _hours(group_id: int, *step: str) -> Rows:
    """The hour buttons, five to a row; an hour in the quiet hours carries the moon."""
    hours = [
        tap(f"{h:02d}:00 {QUIET}" if in_default_quiet_hours(h) else f"{h:02d}:00",
            SETTINGS, group_id, *step, h)
        for h in CHECKIN_HOURS
    ]  # fmt: skip
    return grid(hours, 5)


def _what_time(tr: Translator) -> str:
    prefs = MemberPrefs()
    quiet = f"{prefs.quiet_start_min // 60:02d}:00-{prefs.quiet_end_min // 60:02d}:00"
    return "\n\n".join(
        [
            tr.gettext("What time?"),
            tr.gettext(
                "{moon} Parents' quiet hours ({hours}): they get the questions in the morning."
            ).format(moon=QUIET, hours=quiet),
        ]
    )


def choose_day(tr: Translator, group_id: int) -> Reply:
    """Another day for the rounds."""
    return Reply(tr.gettext("Which day?"), (*_days(tr, group_id, "day"), (_back(tr, group_id),)))


def choose_hour(tr: Translator, group_id: int) -> Reply:
    """Another hour for the rounds."""
    return Reply(_what_time(tr), (*_hours(group_id, "hour"), (_back(tr, group_id),)))


def choose_window(tr: Translator, group_id: int) -> Reply:
    """How long a round stays open."""
    hours = tuple(
        tap(tr.ngettext("{count} hour", "{count} hours", h).format(count=h),
            SETTINGS, group_id, "window", h)
        for h in WINDOW_HOURS
    )  # fmt: skip
    return Reply(tr.gettext("How long may parents answer?"), (hours, (_back(tr, group_id),)))


# -- turning the check-in on: a day, then an hour, then "Start" ------------------------------


def setup_day(tr: Translator, group_id: int) -> Reply:
    """Turning on, step one: the day."""
    return Reply(tr.gettext("Which day?"), (*_days(tr, group_id, "on"), (_cancel(tr, group_id),)))


def setup_hour(tr: Translator, group_id: int, day: str) -> Reply:
    """Turning on, step two: the hour (the day travels in the buttons)."""
    return Reply(_what_time(tr), (*_hours(group_id, "on", day), (_cancel(tr, group_id),)))


def setup_start(tr: Translator, view: ScheduleView, day: str, hour: str) -> Reply:
    """Turning on, the summary: nothing is sent before "Start"."""
    g = view.group_id
    text = "\n\n".join(
        [
            _title(tr, view.group_name),
            every(tr, int(day), int(hour) * 60, view.timezone, view.window_hours),
            tr.gettext("Nothing is sent before you tap Start."),
        ]
    )
    return Reply(
        text,
        rows(
            tap(tr.gettext("Start"), SETTINGS, g, "go", day, hour),
            [tap(tr.gettext("Change"), SETTINGS, g, "on"), _cancel(tr, g)],
        ),
    )


# -- the questions -----------------------------------------------------------------------------


def questions(tr: Translator, group_id: int) -> Reply:
    """The library, a source of strength to choose from, or an own question."""
    text = tr.gettext(
        "By default, each week asks a new question from the prompt library, about one of "
        "the six sources of strength. You can also choose questions, or write your own."
    )
    return Reply(
        text,
        column(
            [
                tap(tr.gettext("Use the prompt library"), SETTINGS, group_id, "qlib"),
                *[tap(source_name(tr, s), SETTINGS, group_id, "source", s.value) for s in Source],
                tap(tr.gettext("Write my own question"), SETTINGS, group_id, "own"),
                _back(tr, group_id),
            ]
        ),
    )


def source_questions(tr: Translator, group_id: int, source: Source, chosen: Collection[object]
                     ) -> Reply:  # fmt: skip
    """The library's questions of one source, numbered; a ✓ on those in the group's list."""
    lines = ["<b>" + source_name(tr, source) + "</b>"]
    buttons = []
    for index, prompt in enumerate(prompts_for(source), start=1):
        mark = CHECKED if prompt.key in chosen else ""
        lines.append(f"{mark}{index}. {prompt_text(tr, prompt.key)}")
        buttons.append(tap(f"{mark}{index}", SETTINGS, group_id, "qkey", prompt.key))
    lines.append("")
    lines.append(tr.gettext("Tap a number to add the question to your list, or to remove it."))
    back = tap(tr.gettext("Back"), SETTINGS, group_id, "questions")
    return Reply("\n".join(lines), rows(buttons, back))


def ask_own_question(tr: Translator, group_id: int, language: str, typed_some: bool) -> Reply:
    """Type the question in `language` (a code), or skip it; "Done" once one is typed."""
    text = tr.gettext(
        "Type the question in {language}. Tap Skip if you do not have it in this language; "
        "parents then get another language with a small note."
    ).format(language=LANGUAGE_NAMES[language])
    buttons = [tap(tr.gettext("Skip"), SETTINGS, group_id, "ownskip")]
    if typed_some:
        buttons.append(tap(tr.gettext("Done"), SETTINGS, group_id, "owndone"))
    return Reply(text, column(buttons), html=False)


def no_question_saved(tr: Translator) -> Reply:
    """An own question left empty in every language."""
    return Reply(tr.gettext("No question was saved."), html=False)


def question_saved(tr: Translator) -> Reply:
    """An own question added to the group's list."""
    return Reply(tr.gettext("Your question is saved."), html=False)


def not_yours(tr: Translator) -> str:
    """A group the reader does not manage."""
    return tr.gettext("Sorry, this is not one of your groups.")
