"""The words of what a member controls: /pause, /resume, /quiet, /mydata and /forget."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.i18n import LANGUAGE_NAMES, Translator
from bot.render import Reply, column, tap
from bot.render.groups import role_name
from bot.render.impact import moment_words
from bot.render.impact_report import source_label

PAUSE = "pause:"  # pause:<week|date|open>
FORGET = "forget:"  # forget:<yes|no>
QUIET = "quiet:"  # quiet:<index in QUIET_CHOICES>
# (start, end) in minutes after midnight; equal values mean no quiet hours.
QUIET_CHOICES = ((21 * 60, 8 * 60), (22 * 60, 7 * 60), (20 * 60, 9 * 60), (0, 0))


def not_a_member(tr: Translator) -> Reply:
    """A member's command from someone in no group."""
    return Reply(
        tr.gettext("You are not in a group yet. Ask your group's facilitator for an invite link."),
        html=False,
    )


# -- a break ---------------------------------------------------------------------------------


def ask_pause(tr: Translator) -> Reply:
    """Three ways to pause: a week, until a date, until I resume."""
    return Reply(
        tr.gettext("How long do you want a break from messages?"),
        column(
            [
                tap(tr.gettext("One week"), PAUSE, "week"),
                tap(tr.gettext("Until a date"), PAUSE, "date"),
                tap(tr.gettext("Until I resume"), PAUSE, "open"),
            ]
        ),
        html=False,
    )


def ask_pause_date(tr: Translator) -> Reply:
    """Until which day?"""
    return Reply(tr.gettext("Until which day? Type the date, for example 24-12."), html=False)


def date_not_understood(tr: Translator) -> Reply:
    """A typed date Kring cannot read (asked again)."""
    return Reply(
        tr.gettext("I did not understand that date. Please type it like 24-12."), html=False
    )


def paused_until(tr: Translator, until: datetime, zone: str) -> Reply:
    """A break that ends at midnight after the chosen day: that day, named."""
    day = format_date(
        (until - timedelta(seconds=1)).astimezone(ZoneInfo(zone)).date(),
        format="long",
        locale=tr.locale,
    )
    return Reply(
        tr.gettext(
            "Your break has started. You get messages again after {day}. "
            "Tap /resume to end it sooner."
        ).format(day=day),
        html=False,
    )


def paused_open(tr: Translator) -> Reply:
    """A break until /resume."""
    return Reply(
        tr.gettext("Your break has started. Tap /resume when you want messages again."),
        html=False,
    )


def resumed(tr: Translator) -> Reply:
    """/resume."""
    return Reply(tr.gettext("Welcome back! You get messages again."), html=False)


# -- quiet hours -----------------------------------------------------------------------------


def quiet_label(tr: Translator, start: int, end: int) -> str:
    """Quiet hours as 21:00–08:00 (or none)."""
    if start == end:
        return tr.gettext("No quiet hours")
    return f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"


def ask_quiet(tr: Translator) -> Reply:
    """A few quiet-hour windows, one a row."""
    return Reply(
        tr.gettext("When should I stay quiet? I keep messages until the quiet time is over."),
        column(tap(quiet_label(tr, s, e), QUIET, i) for i, (s, e) in enumerate(QUIET_CHOICES)),
        html=False,
    )


def quiet_saved(tr: Translator, start: int, end: int) -> Reply:
    """The quiet hours, stored."""
    return Reply(
        tr.gettext("Saved. Quiet hours: {hours}").format(hours=quiet_label(tr, start, end)),
        html=False,
    )


# -- /mydata ---------------------------------------------------------------------------------


def nothing_kept(tr: Translator) -> Reply:
    """/mydata from someone Kring knows nothing about."""
    return Reply(tr.gettext("Kring keeps nothing about you."), html=False)


def mydata(tr: Translator, data: dict[str, Any]) -> Reply:
    """Everything stored about the person, in a readable message (the export of
    `storage.privacy`, with its check-in answers and meetings)."""
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
    quiet = quiet_label(tr, *data["quiet_hours"])
    lines.append(tr.gettext("Quiet hours: {hours}").format(hours=quiet))
    paused = data["paused_until_resume"] or bool(data["paused_until"])
    lines.append(tr.gettext("On a break: {answer}").format(answer=yes if paused else no))
    for membership in data["memberships"]:
        if membership["group"]:
            lines.append(
                tr.gettext("Group: {group} ({role})").format(
                    group=tr.user_text(membership["group"]), role=role_name(tr, membership["role"])
                )
            )
    for consent in data["impact_follow_up"]:
        lines.append(
            tr.gettext("Questions once more in a year ({group}): {answer}").format(
                group=tr.user_text(consent["group"]), answer=yes if consent["agreed"] else no
            )
        )
    if data.get("checkin_answers"):
        count = len(data["checkin_answers"])
        lines.append(
            tr.ngettext(
                "Check-in answers: {count} week", "Check-in answers: {count} weeks", count
            ).format(count=count)
        )
    if data.get("impact_answers"):
        count = len(data["impact_answers"])
        lines.append(
            tr.ngettext(
                "Questions about how you are doing: asked {count} time",
                "Questions about how you are doing: asked {count} times",
                count,
            ).format(count=count)
        )
    lines += ["", tr.gettext("The file below has the same, for your own records.")]
    return Reply("\n".join(lines))


def mydata_file(tr: Translator, data: dict[str, Any]) -> bytes:
    """The /mydata file: the same as JSON, in the reader's words."""
    return json.dumps(readable(tr, data), ensure_ascii=False, indent=2).encode()


def field_names(tr: Translator) -> dict[str, str]:
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
        "impact_answers": tr.pgettext("data file", "questions about how you are doing"),
        "moment": tr.pgettext("data file", "when"),
        "asked_on": tr.pgettext("data file", "asked on"),
        "answers": tr.pgettext("data file", "your answers"),
        "source": tr.pgettext("data file", "about"),
        "answer": tr.pgettext("data file", "answer (1 to 5, 0 skipped)"),
    }


def readable(tr: Translator, data: Any) -> Any:
    """The /mydata file in the reader's language: fields named in words, codes (language,
    role, quiet hours, answers) written out; numbers, dates and your own words as kept."""
    names = field_names(tr)
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
            return role_name(tr, item)
        if key == "quiet_hours" and isinstance(item, list | tuple):
            return quiet_label(tr, *item)
        if key == "agreed" and isinstance(item, bool):
            return tr.gettext("yes") if item else tr.gettext("no")
        if key in ("kind", "attendance") and isinstance(item, str):
            return values.get(item, item)
        if key == "moment" and isinstance(item, str):
            return moment_words(tr, item)
        if key == "source" and isinstance(item, str):
            return source_label(tr, item)
        return readable(tr, item)

    if isinstance(data, dict):
        return {names.get(k, k): value(k, v) for k, v in data.items()}
    if isinstance(data, list):
        return [readable(tr, item) for item in data]
    return data


# -- /forget ---------------------------------------------------------------------------------


def ask_forget(tr: Translator) -> Reply:
    """Are you sure? Yes, delete everything / no, keep it."""
    return Reply(
        tr.gettext(
            "Do you want Kring to delete everything about you, in all your groups? "
            "This cannot be undone. You will no longer get messages."
        ),
        column(
            [
                tap(tr.gettext("Yes, delete everything"), FORGET, "yes"),
                tap(tr.gettext("No, keep it"), FORGET, "no"),
            ]
        ),
        html=False,
    )


def nothing_deleted(tr: Translator) -> Reply:
    """No to /forget."""
    return Reply(tr.gettext("Nothing was deleted."), html=False)


def forgotten(tr: Translator) -> Reply:
    """Yes to /forget: done."""
    return Reply(
        tr.gettext(
            "Done. Kring has deleted everything about you. Take care! "
            "If you want to come back one day, ask for a new invite link."
        ),
        html=False,
    )


def member_left(tr: Translator, group_name: str) -> Reply:
    """For a group's facilitators: a member left and was forgotten (never who)."""
    return Reply(
        tr.gettext(
            "A member left {group} and asked Kring to delete their data. "
            "Their name and answers are gone; the group's figures stay, without names."
        ).format(group=tr.user_text(group_name))
    )
