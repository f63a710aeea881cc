"""Weekly check-ins: what parents see and tap, and how facilitators set them up.

A round's first message comes from the outbox (the scheduler opens rounds). Each tap is
answered by editing the tapped keyboard (a ✓ marks the choice, so it can be changed until
the round closes) and, the first time, by the next question. Free text and voice notes
answer the reflection question.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from babel.dates import get_day_names
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import LANGUAGE_NAMES, Catalogs, Translator
from bot.prompts import PROMPTS_BY_KEY, Source, prompt_text, prompts_for, rotation_key, source_name
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.groups import pick_group, refuse, send_or_edit
from storage.checkins import (
    CONTACT_NO,
    CONTACT_YES,
    WINDOW_HOURS,
    AnswerOutcome,
    AnswerStatus,
    Payload,
    Person,
    Question,
    RoundSummary,
    RoundView,
    ScheduleView,
    Step,
)
from storage.community import NotAllowed
from storage.delivery_policy import MemberPrefs
from storage.dialogs import DialogView
from storage.models import Role

log = logging.getLogger(__name__)

ANSWER = "ci:"  # ci:<question m|r|c>:<round id>:<value>
HANDLED = "cih:"  # cih:<contact request id>
SETTINGS = "cis:"  # cis:<group id>:<action>[:<value>]
MOOD_EMOJI = {1: "😞", 2: "🙁", 3: "😐", 4: "🙂", 5: "😄"}
REFLECTION_EMOJI = {3: "💚", 2: "🙂", 1: "🤍"}
CHECKED = "✓ "
DIALOG = "own_question"  # step "text": {"group": id, "texts": {language: text so far}}
MAX_SUMMARY_CHARS = 3800
NOTE_PIECE = 1500  # characters of a parent's words per line (escaping can double them)


# -- composing messages (used by the scheduler through storage.checkins) ----------------


class CheckinComposer:
    """Builds every check-in message in its reader's language (see `RoundComposer`)."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs
        # The keyboard and closing hint depend only on the round and the language: built
        # once per pair, not once per parent (10,000 invitations in one minute).
        self._shared: dict[tuple[int, str, str], Any] = {}

    def _once(self, key: tuple[int, str, str], build: Any) -> Any:
        if key not in self._shared:
            if len(self._shared) > 20_000:
                self._shared.clear()
            self._shared[key] = build()
        return self._shared[key]

    def _tr(self, person: Person, rnd: RoundView) -> Translator:
        return self._catalogs.resolve(person.locale, rnd.default_locale)

    def question_for(
        self, sequence: int, custom: Sequence[dict[str, Any]] | None
    ) -> tuple[dict[str, Any], str | None]:
        """The library's rotation, or the group's own list in turn."""
        if not custom:
            key = rotation_key(sequence)
            return {"key": key}, PROMPTS_BY_KEY[key].source.value
        item = dict(custom[sequence % len(custom)])
        prompt = PROMPTS_BY_KEY.get(item.get("key", ""))
        return item, (prompt.source.value if prompt else None)

    def invitation(self, rnd: RoundView, person: Person) -> Payload:
        """Question 1 with the five-point scale."""
        tr = self._tr(person, rnd)
        hello = (
            tr.gettext("Hello {name}!").format(name=tr.user_text(person.name))
            if person.name
            else tr.gettext("Hello!")
        )
        body, keyboard = self._once(
            (rnd.id, tr.locale, "invitation"),
            lambda: (
                "\n\n".join(
                    [
                        tr.gettext("It is time for the weekly check-in of {group}.").format(
                            group=tr.user_text(rnd.group_name)
                        ),
                        "<b>" + tr.gettext("How was your week?") + "</b>",
                        _one_tap_hint(tr, rnd),
                    ]
                ),
                mood_keyboard(tr, rnd.id).to_dict(),
            ),
        )
        return {"text": f"{hello}\n\n{body}", "parse_mode": "HTML", "reply_markup": keyboard}

    def reminder(self, rnd: RoundView, person: Person) -> Payload:
        """The one reminder, with the first question again so one tap still works."""
        tr = self._tr(person, rnd)
        text = "\n\n".join(
            [
                tr.gettext("A small reminder: the check-in of {group} is open until {time}.")
                .format(group=tr.user_text(rnd.group_name), time=_when(tr, rnd.closes_at, rnd)),
                "<b>" + tr.gettext("How was your week?") + "</b>",
            ]
        )  # fmt: skip
        keyboard = self._once(
            (rnd.id, tr.locale, "keyboard"), lambda: mood_keyboard(tr, rnd.id).to_dict()
        )
        return {"text": text, "parse_mode": "HTML", "reply_markup": keyboard}

    def contact_alert(
        self, rnd: RoundView, staff: Person, parent: Person, request_id: int
    ) -> Payload:
        """To each facilitator: who asked for contact, with a link to their chat."""
        tr = self._tr(staff, rnd)
        name = tr.user_text(parent.name or tr.gettext("A parent"))
        mention = f'<a href="tg://user?id={parent.telegram_user_id}">{name}</a>'
        text = tr.gettext(
            "{name} from {group} would like a facilitator to contact them. "
            "Tap the name to open the chat."
        ).format(name=mention, group=tr.user_text(rnd.group_name))
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton(tr.gettext("Mark as handled"),
                                   callback_data=f"{HANDLED}{request_id}")]]
        )  # fmt: skip
        return _payload(staff, text, keyboard)

    def summary(
        self, rnd: RoundView, staff: Person, summary: RoundSummary
    ) -> list[tuple[str, Payload]]:
        """The figures, the words shared (facilitators only) and forwarded voice notes."""
        tr = self._tr(staff, rnd)
        lines = [
            "<b>"
            + tr.gettext("The check-in of {group} has closed.").format(
                group=tr.user_text(rnd.group_name)
            )
            + "</b>",
            tr.ngettext(
                "{answered} of {invited} parent answered.",
                "{answered} of {invited} parents answered.",
                summary.invited,
            ).format(answered=summary.answered, invited=summary.invited),
            tr.gettext("Mood:")
            + " "
            + " · ".join(f"{MOOD_EMOJI[m]} {n}" for m, n in summary.moods.items()),
            tr.gettext("Question: {question}").format(question=question_text(tr, rnd.question)),
            " · ".join(f"{REFLECTION_EMOJI[v]} {summary.reflections.get(v, 0)}" for v in (3, 2, 1)),
        ]
        words = [n for n in summary.notes if n.kind == "text"]
        if words:
            lines.append("")
            lines.append(tr.gettext("Words shared:"))
            for note in words:
                who = tr.user_text(note.name) if note.name else tr.gettext("A parent")
                # Long words are split before escaping, so no piece is lost or cut mid-tag.
                pieces = [note.content[i : i + NOTE_PIECE] for i in
                          range(0, len(note.content), NOTE_PIECE)] or [""]  # fmt: skip
                lines.append(f"• {who}: {tr.user_text(pieces[0])}")
                lines.extend(tr.user_text(piece) for piece in pieces[1:])
        if summary.open_contacts:
            named = [n for n in summary.open_contacts if n]
            lines.append("")
            if named:
                lines.append(
                    tr.gettext("Still waiting to be contacted: {names}").format(
                        names=", ".join(tr.user_text(n) for n in named)
                    )
                )
            else:
                count = len(summary.open_contacts)
                lines.append(
                    tr.ngettext(
                        "{count} contact request is still open.",
                        "{count} contact requests are still open.",
                        count,
                    ).format(count=count)
                )
        messages = [
            (
                "sendMessage",
                {"text": chunk, "parse_mode": "HTML"},
            )
            for chunk in _chunks(lines)
        ]
        for note in summary.notes:
            if note.kind != "voice":
                continue
            who = note.name or tr.gettext("A parent")
            caption = tr.gettext("Voice note from {name} ({group})").format(
                name=tr.user_text(who), group=tr.user_text(rnd.group_name)
            )
            messages.append(
                (
                    "sendVoice",
                    {
                        "voice": note.content,
                        "caption": caption,
                        "parse_mode": "HTML",
                    },
                )
            )
        return messages


def _payload(person: Person, text: str, keyboard: InlineKeyboardMarkup) -> Payload:
    return {
        "text": text,
        "parse_mode": "HTML",
        "reply_markup": keyboard.to_dict(),
    }


def _chunks(lines: list[str]) -> list[str]:
    """Split long summaries into messages Telegram accepts, at line boundaries."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        if current and len(current) + len(line) + 1 > MAX_SUMMARY_CHARS:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current.strip():
        chunks.append(current)
    return chunks


def _when(tr: Translator, moment: datetime, rnd: RoundView) -> str:
    return tr.when(moment, rnd.timezone, "weekday_time")


def _one_tap_hint(tr: Translator, rnd: RoundView) -> str:
    return tr.gettext("One tap is enough. You can change your answers until {time}.").format(
        time=_when(tr, rnd.closes_at, rnd)
    )


def question_text(tr: Translator, question: dict[str, Any]) -> str:
    """A round's reflection question in this language (own questions may fall back)."""
    key = question.get("key")
    if key in PROMPTS_BY_KEY:
        return prompt_text(tr, key)
    texts: dict[str, str] = question.get("texts") or {}
    if tr.locale in texts:
        return tr.user_text(texts[tr.locale])
    fallback = question.get("fallback") or next(iter(texts), "")
    if fallback not in texts:
        return ""
    marker = tr.gettext("(in {language})").format(language=LANGUAGE_NAMES.get(fallback, fallback))
    return f"{tr.user_text(texts[fallback])} {marker}"


# -- keyboards ----------------------------------------------------------------------------


def _button(label: str, data: str, chosen: bool) -> InlineKeyboardButton:
    return InlineKeyboardButton(f"{CHECKED}{label}" if chosen else label, callback_data=data)


def mood_keyboard(tr: Translator, round_id: int, chosen: int | None = None) -> InlineKeyboardMarkup:
    """😞 … 😄 and "skip"."""
    data = f"{ANSWER}{Question.MOOD}:{round_id}:"
    return InlineKeyboardMarkup(
        [
            [_button(e, f"{data}{v}", chosen == v) for v, e in MOOD_EMOJI.items()],
            [_button(tr.gettext("Skip"), f"{data}0", chosen == 0)],
        ]
    )


def reflection_keyboard(
    tr: Translator, round_id: int, chosen: int | None = None
) -> InlineKeyboardMarkup:
    """Three one-tap answers and "skip"."""
    data = f"{ANSWER}{Question.REFLECTION}:{round_id}:"
    labels = {
        3: "💚 " + tr.gettext("Yes, very much"),
        2: "🙂 " + tr.gettext("A little"),
        1: "🤍 " + tr.gettext("Not really"),
    }
    rows = [[_button(label, f"{data}{v}", chosen == v)] for v, label in labels.items()]
    rows.append([_button(tr.gettext("Skip"), f"{data}0", chosen == 0)])
    return InlineKeyboardMarkup(rows)


def contact_keyboard(
    tr: Translator, round_id: int, chosen: int | None = None
) -> InlineKeyboardMarkup:
    """Yes / no / skip."""
    data = f"{ANSWER}{Question.CONTACT}:{round_id}:"
    return InlineKeyboardMarkup(
        [
            [
                _button(tr.gettext("Yes, please"), f"{data}{CONTACT_YES}", chosen == CONTACT_YES),
                _button(tr.gettext("No, thank you"), f"{data}{CONTACT_NO}", chosen == CONTACT_NO),
            ],
            [_button(tr.gettext("Skip"), f"{data}0", chosen == 0)],
        ]
    )


# -- parents' answers ----------------------------------------------------------------------


async def answer_tapped(update: Update, context: KringContext) -> None:
    """A tap on a check-in button: store it, mark it, and ask the next question once."""
    query = update.callback_query
    if query is None or query.data is None or query.message is None:
        return
    tr = context.tr
    parts = query.data.removeprefix(ANSWER).split(":")
    if (
        len(parts) != 3
        or parts[0] not in {q.value for q in Question}
        or not all(p.isdigit() for p in parts[1:])
    ):
        await query.answer(tr.gettext("This button no longer works. Tap /help to start again."))
        return
    question, round_id, value = Question(parts[0]), int(parts[1]), int(parts[2])
    services = context.services
    outcome = await services.checkins.answer(
        query.from_user.id, round_id, question, value, services.composer
    )
    if outcome.status is AnswerStatus.CLOSED:
        await query.answer(_closed_text(tr), show_alert=True)
        await _drop_keyboard(query)
        return
    if outcome.status is not AnswerStatus.SAVED or outcome.round is None:
        await query.answer(tr.gettext("This button no longer works. Tap /help to start again."))
        return
    await query.answer(tr.gettext("Saved. Thank you!"))
    rnd = outcome.round
    keyboards = {
        Question.MOOD: mood_keyboard,
        Question.REFLECTION: reflection_keyboard,
        Question.CONTACT: contact_keyboard,
    }
    try:
        await query.edit_message_reply_markup(keyboards[question](tr, rnd.id, value))
    except BadRequest as exc:  # "message is not modified": the same button twice
        log.debug("keyboard unchanged: %s", exc)
    await _ask_next(context, query.message.chat.id, tr, rnd, outcome)


async def _ask_next(
    context: KringContext, chat_id: int, tr: Translator, rnd: RoundView, outcome: AnswerOutcome
) -> None:
    if outcome.next_step is Step.REFLECTION:
        text = "\n\n".join(
            [
                "<b>" + question_text(tr, rnd.question) + "</b>",
                tr.gettext("Tap an answer. You may also write a few words or send a voice note."),
            ]
        )
        markup = reflection_keyboard(tr, rnd.id)
    elif outcome.next_step is Step.CONTACT:
        text = "<b>" + tr.gettext("Would you like a facilitator to contact you?") + "</b>"
        markup = contact_keyboard(tr, rnd.id)
    elif outcome.next_step is Step.DONE:
        text = tr.gettext("Thank you for your answers! You can change them until {time}.").format(
            time=_when(tr, rnd.closes_at, rnd)
        )
        if outcome.response.get("contact") == CONTACT_YES:
            text += "\n\n" + tr.gettext("A facilitator will contact you soon.")
        await context.bot.send_message(chat_id, text, parse_mode="HTML")
        return
    else:
        return
    await context.bot.send_message(chat_id, text, parse_mode="HTML", reply_markup=markup)


def _closed_text(tr: Translator) -> str:
    return tr.gettext("This check-in round is closed. Thank you! The next one comes next week.")


async def _drop_keyboard(query: Any) -> None:
    try:
        await query.edit_message_reply_markup(None)
    except BadRequest:
        log.debug("could not remove an old keyboard", exc_info=True)


async def note_received(update: Update, context: KringContext) -> bool:
    """Text or a voice note from a parent with an open round: keep it as their answer.

    Returns False when the message is not for a check-in (the caller answers it).
    """
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return False
    if message.voice is not None:
        kind, content = "voice", message.voice.file_id
    elif message.text:
        kind, content = "text", message.text
    else:
        return False
    outcome = await context.services.checkins.add_note(user.id, kind, content)
    tr = context.tr
    if outcome.status is AnswerStatus.UNKNOWN or outcome.round is None:
        return False
    if outcome.status is AnswerStatus.TOO_MANY:
        await message.reply_text(
            tr.gettext("Thank you! You have sent a lot this week; I cannot keep more this round.")
        )
        return True
    saved = (
        tr.gettext("Thank you, I kept your voice note for the facilitators of {group}.")
        if kind == "voice"
        else tr.gettext("Thank you, I kept your words for the facilitators of {group}.")
    )
    await message.reply_text(saved.format(group=tr.user_text(outcome.round.group_name)),
                             parse_mode="HTML")  # fmt: skip
    await _ask_next(context, message.chat_id, tr, outcome.round, outcome)
    return True


async def contact_handled(update: Update, context: KringContext) -> None:
    """A facilitator taps "Mark as handled" on a contact alert."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    tr = context.tr
    raw = query.data.removeprefix(HANDLED)
    if not raw.isdigit():
        await query.answer(tr.gettext("This button no longer works. Tap /help to start again."))
        return
    outcome = await context.services.checkins.mark_handled(query.from_user.id, int(raw))
    if not outcome.allowed:
        await query.answer(tr.gettext("Sorry, this is not one of your groups."), show_alert=True)
        return
    await query.answer(tr.gettext("Marked as handled. Thank you!"))
    name = tr.user_text(outcome.parent_name or tr.gettext("A parent"))
    text = tr.gettext("Handled: the contact request of {name} ({group}).").format(
        name=name, group=tr.user_text(outcome.group_name or "")
    )
    try:
        await query.edit_message_text("✅ " + text, parse_mode="HTML")
    except BadRequest:
        log.debug("alert already edited", exc_info=True)


# -- facilitators' settings ----------------------------------------------------------------


async def checkin_command(update: Update, context: KringContext) -> None:
    """/checkin: the weekly check-in settings of a group."""
    group = await pick_group(update, context, "checkin")
    if group is None or update.effective_chat is None:
        return
    await show_settings(context, update.effective_chat.id, group.id, None)


async def show_settings(
    context: KringContext, chat_id: int, group_id: int, message_id: int | None
) -> None:
    """The settings panel, as a new message or by editing the tapped one."""
    view = await context.services.checkins.schedule(group_id)
    if view is None:
        return
    tr = context.tr
    await send_or_edit(context, chat_id, message_id, _settings_text(tr, view),
                       _settings_keyboard(tr, view))  # fmt: skip


def weekday_name(tr: Translator, weekday: int) -> str:
    """A weekday (0 = Monday) in the reader's language, written out."""
    return str(get_day_names("wide", locale=tr.locale)[weekday])


def _settings_text(tr: Translator, view: ScheduleView) -> str:
    title = (
        "<b>"
        + tr.gettext("Weekly check-in of {group}").format(group=tr.user_text(view.group_name))
        + "</b>"
    )
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
        _every(tr, view.weekday, view.minute_of_day, view.timezone, view.window_hours),
        questions,
    ]
    if view.next_round is not None:
        when = tr.when(view.next_round, view.timezone, "day_time")
        if view.next_round_skipped:
            lines.append(tr.gettext("Next round: {time} (skipped)").format(time=when))
        else:
            lines.append(tr.gettext("Next round: {time}").format(time=when))
    return "\n".join(lines)


def _every(tr: Translator, weekday: int, minute: int, zone: str, window: int) -> str:
    return tr.gettext("Every {day} at {time} ({zone}). Open for {hours} hours.").format(
        day=weekday_name(tr, weekday),
        time=f"{minute // 60:02d}:{minute % 60:02d}",
        zone=tr.zone_name(zone),
        hours=window,
    )


def _settings_keyboard(tr: Translator, view: ScheduleView) -> InlineKeyboardMarkup:
    g = f"{SETTINGS}{view.group_id}:"
    if not view.enabled:
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(tr.gettext("Turn on"), callback_data=f"{g}on")]]
        )
    skip = (
        InlineKeyboardButton(tr.gettext("Do not skip"), callback_data=f"{g}unskip")
        if view.next_round_skipped
        else InlineKeyboardButton(tr.gettext("Skip next week"), callback_data=f"{g}skip")
    )
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(tr.gettext("Day"), callback_data=f"{g}days"),
                InlineKeyboardButton(tr.gettext("Time"), callback_data=f"{g}hours"),
                InlineKeyboardButton(tr.gettext("Open for"), callback_data=f"{g}windows"),
            ],
            [
                InlineKeyboardButton(tr.gettext("Questions"), callback_data=f"{g}questions"),
                skip,
            ],
            [InlineKeyboardButton(tr.gettext("Turn off"), callback_data=f"{g}off")],
        ]
    )


def _back(tr: Translator, group_id: int) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(tr.gettext("Back"), callback_data=f"{SETTINGS}{group_id}:show")]


async def settings_tapped(update: Update, context: KringContext) -> None:
    """Every button of the settings panel; permissions are checked by the service."""
    query = update.callback_query
    if query is None or query.data is None or query.message is None:
        return
    tr = context.tr
    raw_group, _, rest = query.data.removeprefix(SETTINGS).partition(":")
    action, _, value = rest.partition(":")
    user_id = query.from_user.id
    service = context.services.checkins
    if not raw_group.isdigit() or not await context.services.community.can_manage(
        user_id, int(raw_group)
    ):
        await query.answer(tr.gettext("Sorry, this is not one of your groups."), show_alert=True)
        return
    group_id = int(raw_group)
    chat_id, message_id = query.message.chat.id, query.message.message_id
    g = f"{SETTINGS}{group_id}:"
    await query.answer()
    try:
        if action == "on":  # set up first: nothing is scheduled until "Start"
            await _setup(context, chat_id, message_id, group_id, value)
            return
        if action == "go":
            day, _, hour = value.partition(":")
            if not (day.isdigit() and hour.isdigit() and int(hour) in CHECKIN_HOURS):
                raise ValueError(value)
            await service.configure(
                user_id, group_id, enabled=True, weekday=int(day), minute_of_day=int(hour) * 60
            )
        elif action == "off":
            await service.configure(user_id, group_id, enabled=False)
        elif action == "day" and value.isdigit():
            await service.configure(user_id, group_id, weekday=int(value))
        elif action == "hour" and value.isdigit():
            await service.configure(user_id, group_id, minute_of_day=int(value) * 60)
        elif action == "window" and value.isdigit():
            await service.configure(user_id, group_id, window_hours=int(value))
        elif action in {"skip", "unskip"}:
            await service.skip_next(user_id, group_id, skip=action == "skip")
        elif action == "qlib":
            await service.configure(user_id, group_id, questions=None)
        elif action == "qkey" and value in PROMPTS_BY_KEY:
            await _toggle_key(context, user_id, group_id, value)
            await _show_source(context, chat_id, message_id, group_id, PROMPTS_BY_KEY[value].source)
            return
        elif action == "days":
            names = [weekday_name(tr, d) for d in range(7)]
            rows = [[InlineKeyboardButton(names[d], callback_data=f"{g}day:{d}")] for d in range(7)]
            await send_or_edit(context, chat_id, message_id, tr.gettext("Which day?"),
                               InlineKeyboardMarkup([*rows, _back(tr, group_id)]))  # fmt: skip
            return
        elif action == "hours":
            rows = _hour_rows(f"{g}hour:")
            await send_or_edit(context, chat_id, message_id, _what_time(tr),
                               InlineKeyboardMarkup([*rows, _back(tr, group_id)]))  # fmt: skip
            return
        elif action == "windows":
            row = [
                InlineKeyboardButton(
                    tr.ngettext("{count} hour", "{count} hours", h).format(count=h),
                    callback_data=f"{g}window:{h}",
                )
                for h in WINDOW_HOURS
            ]
            await send_or_edit(context, chat_id, message_id,
                               tr.gettext("How long may parents answer?"),
                               InlineKeyboardMarkup([row, _back(tr, group_id)]))  # fmt: skip
            return
        elif action == "questions":
            await _show_questions(context, chat_id, message_id, group_id)
            return
        elif action == "source" and value in {s.value for s in Source}:
            await _show_source(context, chat_id, message_id, group_id, Source(value))
            return
        elif action == "own":
            await context.services.dialogs.open(
                user_id, DIALOG, "text", {"group": group_id, "texts": {}}
            )
            await _ask_own_question(context, chat_id, group_id, {})
            return
    except NotAllowed:
        await context.bot.send_message(
            chat_id, tr.gettext("Sorry, this is not one of your groups.")
        )
        return
    except ValueError:
        log.info("ignored a settings value out of range: %s", query.data)
    await _after_change(context, chat_id, message_id, group_id)


CHECKIN_HOURS = range(7, 22)  # the hours a round may open
QUIET = "🌙"  # marks an hour inside the parents' default quiet hours


def _in_default_quiet_hours(hour: int) -> bool:
    """Whether a round opening at `hour` falls in the default quiet hours (21:00-08:00),
    so that most parents would get its questions only in the morning."""
    prefs = MemberPrefs()
    start, end, minute = prefs.quiet_start_min, prefs.quiet_end_min, hour * 60
    if start > end:
        return minute >= start or minute < end
    return start <= minute < end


def _hour_rows(data: str) -> list[list[InlineKeyboardButton]]:
    """The hour buttons, five to a row; an hour in the quiet hours carries the moon."""
    hours = [
        InlineKeyboardButton(
            f"{h:02d}:00 {QUIET}" if _in_default_quiet_hours(h) else f"{h:02d}:00",
            callback_data=f"{data}{h}",
        )
        for h in CHECKIN_HOURS
    ]
    return [hours[i : i + 5] for i in range(0, len(hours), 5)]


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


async def _setup(
    context: KringContext, chat_id: int, message_id: int, group_id: int, value: str
) -> None:
    """Turning the check-in on: a day, then an hour, then a summary with "Start".

    The choices travel in the buttons' data (`on`, `on:<day>`, `on:<day>:<hour>`), so
    nothing is stored, and no round can open, before the facilitator taps "Start".
    """
    tr = context.tr
    g = f"{SETTINGS}{group_id}:"
    day, _, hour = value.partition(":")
    cancel = [InlineKeyboardButton(tr.gettext("Cancel"), callback_data=f"{g}show")]
    if not day.isdigit() or int(day) > 6:
        names = [weekday_name(tr, d) for d in range(7)]
        rows = [[InlineKeyboardButton(names[d], callback_data=f"{g}on:{d}")] for d in range(7)]
        await send_or_edit(context, chat_id, message_id, tr.gettext("Which day?"),
                           InlineKeyboardMarkup([*rows, cancel]))  # fmt: skip
        return
    if not hour.isdigit() or int(hour) not in CHECKIN_HOURS:
        rows = _hour_rows(f"{g}on:{day}:")
        await send_or_edit(context, chat_id, message_id, _what_time(tr),
                           InlineKeyboardMarkup([*rows, cancel]))  # fmt: skip
        return
    view = await context.services.checkins.schedule(group_id)
    if view is None:
        return
    text = "\n\n".join(
        [
            "<b>"
            + tr.gettext("Weekly check-in of {group}").format(group=tr.user_text(view.group_name))
            + "</b>",
            _every(tr, int(day), int(hour) * 60, view.timezone, view.window_hours),
            tr.gettext("Nothing is sent before you tap Start."),
        ]
    )
    keyboard = [
        [InlineKeyboardButton(tr.gettext("Start"), callback_data=f"{g}go:{day}:{hour}")],
        [InlineKeyboardButton(tr.gettext("Change"), callback_data=f"{g}on"), *cancel],
    ]
    await send_or_edit(context, chat_id, message_id, text, InlineKeyboardMarkup(keyboard))


async def _after_change(
    context: KringContext, chat_id: int, message_id: int, group_id: int
) -> None:
    await show_settings(context, chat_id, group_id, message_id)
    notify = context.services.schedules_changed
    if notify is not None:
        await notify()


async def _show_questions(
    context: KringContext, chat_id: int, message_id: int | None, group_id: int
) -> None:
    tr = context.tr
    g = f"{SETTINGS}{group_id}:"
    rows = [
        [InlineKeyboardButton(tr.gettext("Use the prompt library"), callback_data=f"{g}qlib")],
        *[
            [InlineKeyboardButton(source_name(tr, s), callback_data=f"{g}source:{s.value}")]
            for s in Source
        ],
        [InlineKeyboardButton(tr.gettext("Write my own question"), callback_data=f"{g}own")],
        _back(tr, group_id),
    ]
    text = tr.gettext(
        "By default, each week asks a new question from the prompt library, about one of "
        "the six sources of strength. You can also choose questions, or write your own."
    )
    await send_or_edit(context, chat_id, message_id, text, InlineKeyboardMarkup(rows))


async def _show_source(
    context: KringContext, chat_id: int, message_id: int | None, group_id: int, source: Source
) -> None:
    tr = context.tr
    view = await context.services.checkins.schedule(group_id)
    chosen = {q.get("key") for q in (view.questions or ())} if view else set()
    g = f"{SETTINGS}{group_id}:"
    lines = ["<b>" + source_name(tr, source) + "</b>"]
    buttons = []
    for index, prompt in enumerate(prompts_for(source), start=1):
        mark = CHECKED if prompt.key in chosen else ""
        lines.append(f"{mark}{index}. {prompt_text(tr, prompt.key)}")
        buttons.append(
            InlineKeyboardButton(f"{mark}{index}", callback_data=f"{g}qkey:{prompt.key}")
        )
    lines.append("")
    lines.append(tr.gettext("Tap a number to add the question to your list, or to remove it."))
    markup = InlineKeyboardMarkup([buttons, [InlineKeyboardButton(
        tr.gettext("Back"), callback_data=f"{g}questions")]])  # fmt: skip
    await send_or_edit(context, chat_id, message_id, "\n".join(lines), markup)


async def _toggle_key(context: KringContext, user_id: int, group_id: int, key: str) -> None:
    service = context.services.checkins
    view = await service.schedule(group_id)
    current = list(view.questions or ()) if view else []
    if any(q.get("key") == key for q in current):
        current = [q for q in current if q.get("key") != key]
    else:
        current.append({"key": key})
    await service.configure(user_id, group_id, questions=current or None)
    notify = context.services.schedules_changed
    if notify is not None:
        await notify()


def _languages_left(texts: dict[str, str]) -> list[str]:
    return [lc for lc in LANGUAGE_NAMES if lc not in texts]


async def _ask_own_question(
    context: KringContext, chat_id: int, group_id: int, texts: dict[str, str]
) -> None:
    tr = context.tr
    left = _languages_left(texts)
    language = LANGUAGE_NAMES[left[0]]
    text = tr.gettext(
        "Type the question in {language}. Tap Skip if you do not have it in this language; "
        "parents then get another language with a small note."
    ).format(language=language)
    g = f"{SETTINGS}{group_id}:"
    rows = [[InlineKeyboardButton(tr.gettext("Skip"), callback_data=f"{g}ownskip")]]
    if texts:
        rows.append([InlineKeyboardButton(tr.gettext("Done"), callback_data=f"{g}owndone")])
    await context.bot.send_message(chat_id, text, reply_markup=InlineKeyboardMarkup(rows))


async def own_question_step(update: Update, context: KringContext) -> None:
    """Skip a language, or finish the own question early."""
    query = update.callback_query
    tap = parse(query.data, SETTINGS) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    await query.answer()
    user_id = query.from_user.id
    dialog = await context.services.dialogs.current(user_id, DIALOG)
    await _drop_keyboard(query)
    if dialog is None:
        return
    group_id, texts = int(dialog.args["group"]), dict(dialog.args.get("texts") or {})
    if tap.text(1) == "owndone":
        await _finish_own_question(context, query.message.chat.id, user_id, group_id, texts)
        return
    texts = {**texts, _languages_left(texts)[0]: ""}  # skipped: remember as empty
    await _next_language(context, query.message.chat.id, user_id, group_id, texts)


async def _next_language(
    context: KringContext, chat_id: int, user_id: int, group_id: int, texts: dict[str, str]
) -> None:
    if _languages_left(texts):
        await context.services.dialogs.open(
            user_id, DIALOG, "text", {"group": group_id, "texts": texts}
        )
        await _ask_own_question(context, chat_id, group_id, texts)
    else:
        await _finish_own_question(context, chat_id, user_id, group_id, texts)


async def _finish_own_question(
    context: KringContext, chat_id: int, user_id: int, group_id: int, texts: dict[str, str]
) -> None:
    tr = context.tr
    await context.services.dialogs.close(user_id, DIALOG)
    given = {lc: t for lc, t in texts.items() if t}
    if not given:
        await context.bot.send_message(chat_id, tr.gettext("No question was saved."))
        return
    service = context.services.checkins
    view = await service.schedule(group_id)
    current = list(view.questions or ()) if view else []
    current.append({"texts": given, "fallback": next(iter(given))})
    try:
        await service.configure(user_id, group_id, questions=current)
    except NotAllowed:
        await context.bot.send_message(
            chat_id, tr.gettext("Sorry, this is not one of your groups.")
        )
        return
    await context.bot.send_message(chat_id, tr.gettext("Your question is saved."))
    await show_settings(context, chat_id, group_id, None)


async def dialog_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """A facilitator's own question, typed one language at a time (text only)."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return False
    group_id, texts = int(dialog.args["group"]), dict(dialog.args.get("texts") or {})
    text = message.text.strip()[:300]
    texts = {**texts, _languages_left(texts)[0]: text}
    await _next_language(context, message.chat_id, user.id, group_id, texts)
    return True


async def checkin_refused(update: Update, context: KringContext) -> None:
    """Someone without a group to manage typed /checkin."""
    await refuse(update, context)


def register(application: Application) -> None:
    """Add the check-in handlers (before the fallbacks)."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("checkin", checkin_command, filters=private))
    application.add_handler(CallbackQueryHandler(answer_tapped, pattern=f"^{ANSWER}"))
    application.add_handler(CallbackQueryHandler(contact_handled, pattern=f"^{HANDLED}"))
    application.add_handler(
        CallbackQueryHandler(own_question_step, pattern=rf"^{SETTINGS}\d+:own(skip|done)$")
    )
    application.add_handler(CallbackQueryHandler(settings_tapped, pattern=f"^{SETTINGS}"))


__all__ = ["CheckinComposer", "Role", "register"]
