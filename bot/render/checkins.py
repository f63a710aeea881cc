"""The words of weekly check-ins: a round's questions and answers, the contact alert and
the closing summary (the facilitators' settings are in `bot.render.checkin_settings`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from bot.i18n import LANGUAGE_NAMES, Catalogs, Translator
from bot.prompts import PROMPTS_BY_KEY, prompt_text, rotation_key
from bot.render import Button, Reply, Rows, rows, tap
from storage.audience import Payload, Person
from storage.checkins import (
    CONTACT_NO,
    CONTACT_YES,
    Question,
    RoundSummary,
    RoundView,
    Step,
)

ANSWER = "ci:"  # ci:<question m|r|c>:<round id>:<value>
HANDLED = "cih:"  # cih:<contact request id>
MOOD_EMOJI = {1: "😞", 2: "🙁", 3: "😐", 4: "🙂", 5: "😄"}
REFLECTION_EMOJI = {3: "💚", 2: "🙂", 1: "🤍"}
CHECKED = "✓ "
MAX_SUMMARY_CHARS = 3800
NOTE_PIECE = 1500  # characters of a parent's words per line (escaping can double them)


# -- composing messages (used by the scheduler through storage.checkins) ----------------


class RoundMessages:
    """Every check-in message in its reader's language (storage's `RoundComposer`)."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs
        # The keyboard and closing hint depend only on the round and the language: built
        # once per pair, not once per parent (10,000 invitations in one minute).
        self._shared: dict[tuple[int, str, str], Any] = {}

    def _once(self, key: tuple[int, str, str], build: Callable[[], Any]) -> Any:
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
        body: Payload = self._once(
            (rnd.id, tr.locale, "invitation"), lambda: invitation_body(tr, rnd).payload()
        )
        return {**body, "text": f"{greeting(tr, person.name)}\n\n{body['text']}"}

    def reminder(self, rnd: RoundView, person: Person) -> Payload:
        """The one reminder, with the first question again so one tap still works."""
        tr = self._tr(person, rnd)
        keyboard: Rows = self._once((rnd.id, tr.locale, "keyboard"), lambda: mood(tr, rnd.id))
        return Reply(reminder_text(tr, rnd), keyboard).payload()

    def contact_alert(
        self, rnd: RoundView, staff: Person, parent: Person, request_id: int
    ) -> Payload:
        """To each facilitator: who asked for contact, with a link to their chat."""
        return contact_alert(self._tr(staff, rnd), rnd, parent, request_id).payload()

    def summary(
        self, rnd: RoundView, staff: Person, summary: RoundSummary
    ) -> list[tuple[str, Payload]]:
        """The figures, the words shared (facilitators only) and forwarded voice notes."""
        return round_summary(self._tr(staff, rnd), rnd, summary)


def greeting(tr: Translator, name: str | None) -> str:
    """Hello with the reader's name, or without one."""
    if name:
        return tr.gettext("Hello {name}!").format(name=tr.user_text(name))
    return tr.gettext("Hello!")


def invitation_body(tr: Translator, rnd: RoundView) -> Reply:
    """Question 1 with the five-point scale, after the greeting (the same for every parent
    of the round who reads this language)."""
    text = "\n\n".join(
        [
            tr.gettext("It is time for the weekly check-in of {group}.").format(
                group=tr.user_text(rnd.group_name)
            ),
            "<b>" + tr.gettext("How was your week?") + "</b>",
            one_tap_hint(tr, rnd),
        ]
    )
    return Reply(text, mood(tr, rnd.id))


def reminder_text(tr: Translator, rnd: RoundView) -> str:
    """The one reminder's words (its buttons are question 1's)."""
    return "\n\n".join(
        [
            tr.gettext("A small reminder: the check-in of {group} is open until {time}.")
            .format(group=tr.user_text(rnd.group_name), time=when(tr, rnd.closes_at, rnd)),
            "<b>" + tr.gettext("How was your week?") + "</b>",
        ]
    )  # fmt: skip


def contact_alert(tr: Translator, rnd: RoundView, parent: Person, request_id: int) -> Reply:
    """Who asked for contact, with a link to their chat and "Mark as handled"."""
    name = tr.user_text(parent.name or tr.gettext("A parent"))
    mention = f'<a href="tg://user?id={parent.telegram_user_id}">{name}</a>'
    text = tr.gettext(
        "{name} from {group} would like a facilitator to contact them. "
        "Tap the name to open the chat."
    ).format(name=mention, group=tr.user_text(rnd.group_name))
    return Reply(text, rows(tap(tr.gettext("Mark as handled"), HANDLED, request_id)))


def round_summary(
    tr: Translator, rnd: RoundView, summary: RoundSummary
) -> list[tuple[str, Payload]]:
    """The closing summary for one member of staff, as (method, payload) pairs."""
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
    messages = [("sendMessage", Reply(chunk).payload()) for chunk in chunks(lines)]
    for note in summary.notes:
        if note.kind != "voice":
            continue
        who = note.name or tr.gettext("A parent")
        caption = tr.gettext("Voice note from {name} ({group})").format(
            name=tr.user_text(who), group=tr.user_text(rnd.group_name)
        )
        messages.append(
            ("sendVoice", {"voice": note.content, "caption": caption, "parse_mode": "HTML"})
        )
    return messages


def chunks(lines: list[str]) -> list[str]:
    """Split long summaries into messages Telegram accepts, at line boundaries."""
    found: list[str] = []
    current = ""
    for line in lines:
        if current and len(current) + len(line) + 1 > MAX_SUMMARY_CHARS:
            found.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current.strip():
        found.append(current)
    return found


def when(tr: Translator, moment: datetime, rnd: RoundView) -> str:
    """A moment of the round (its closing), as weekday and time in the group's zone."""
    return tr.when(moment, rnd.timezone, "weekday_time")


def one_tap_hint(tr: Translator, rnd: RoundView) -> str:
    """Answers may change until the round closes."""
    return tr.gettext("One tap is enough. You can change your answers until {time}.").format(
        time=when(tr, rnd.closes_at, rnd)
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


# -- the answer buttons ---------------------------------------------------------------------


def _answer(label: str, question: Question, round_id: int, value: int, chosen: int | None
            ) -> Button:  # fmt: skip
    """One answer; the chosen one carries a ✓."""
    shown = f"{CHECKED}{label}" if chosen == value else label
    return tap(shown, ANSWER, question.value, round_id, value)


def mood(tr: Translator, round_id: int, chosen: int | None = None) -> Rows:
    """😞 … 😄 and "skip"."""
    q = Question.MOOD
    return rows(
        [_answer(e, q, round_id, v, chosen) for v, e in MOOD_EMOJI.items()],
        _answer(tr.gettext("Skip"), q, round_id, 0, chosen),
    )


def reflection(tr: Translator, round_id: int, chosen: int | None = None) -> Rows:
    """Three one-tap answers and "skip"."""
    q = Question.REFLECTION
    labels = {
        3: "💚 " + tr.gettext("Yes, very much"),
        2: "🙂 " + tr.gettext("A little"),
        1: "🤍 " + tr.gettext("Not really"),
    }
    return rows(
        *[_answer(label, q, round_id, v, chosen) for v, label in labels.items()],
        _answer(tr.gettext("Skip"), q, round_id, 0, chosen),
    )


def contact(tr: Translator, round_id: int, chosen: int | None = None) -> Rows:
    """Yes / no / skip."""
    q = Question.CONTACT
    return rows(
        [
            _answer(tr.gettext("Yes, please"), q, round_id, CONTACT_YES, chosen),
            _answer(tr.gettext("No, thank you"), q, round_id, CONTACT_NO, chosen),
        ],
        _answer(tr.gettext("Skip"), q, round_id, 0, chosen),
    )


def answers(tr: Translator, question: Question, round_id: int, chosen: int | None = None
            ) -> Rows:  # fmt: skip
    """The buttons of `question`, with a ✓ on `chosen`."""
    keyboards = {Question.MOOD: mood, Question.REFLECTION: reflection, Question.CONTACT: contact}
    return keyboards[question](tr, round_id, chosen)


# -- what a parent sees after answering -----------------------------------------------------


def next_question(tr: Translator, rnd: RoundView, step: Step | None, wants_contact: bool
                  ) -> Reply | None:  # fmt: skip
    """The question after an answer, or the thanks after the last (None: nothing to ask)."""
    if step is Step.REFLECTION:
        text = "\n\n".join(
            [
                "<b>" + question_text(tr, rnd.question) + "</b>",
                tr.gettext("Tap an answer. You may also write a few words or send a voice note."),
            ]
        )
        return Reply(text, reflection(tr, rnd.id))
    if step is Step.CONTACT:
        text = "<b>" + tr.gettext("Would you like a facilitator to contact you?") + "</b>"
        return Reply(text, contact(tr, rnd.id))
    if step is Step.DONE:
        text = tr.gettext("Thank you for your answers! You can change them until {time}.").format(
            time=when(tr, rnd.closes_at, rnd)
        )
        if wants_contact:
            text += "\n\n" + tr.gettext("A facilitator will contact you soon.")
        return Reply(text)
    return None


def button_gone(tr: Translator) -> str:
    """The toast of a button that no longer works."""
    return tr.gettext("This button no longer works. Tap /help to start again.")


def saved(tr: Translator) -> str:
    """The toast after an answer."""
    return tr.gettext("Saved. Thank you!")


def closed(tr: Translator) -> str:
    """The alert after the round closed."""
    return tr.gettext("This check-in round is closed. Thank you! The next one comes next week.")


def too_many(tr: Translator) -> Reply:
    """A parent sent more notes than a round keeps."""
    return Reply(
        tr.gettext("Thank you! You have sent a lot this week; I cannot keep more this round."),
        html=False,
    )


def note_kept(tr: Translator, kind: str, group_name: str) -> Reply:
    """After a parent's words or voice note in a round."""
    kept = (
        tr.gettext("Thank you, I kept your voice note for the facilitators of {group}.")
        if kind == "voice"
        else tr.gettext("Thank you, I kept your words for the facilitators of {group}.")
    )
    return Reply(kept.format(group=tr.user_text(group_name)))


def not_yours(tr: Translator) -> str:
    """A group the reader does not manage."""
    return tr.gettext("Sorry, this is not one of your groups.")


def marked_handled(tr: Translator) -> str:
    """The toast after "Mark as handled"."""
    return tr.gettext("Marked as handled. Thank you!")


def handled(tr: Translator, parent_name: str | None, group_name: str | None) -> Reply:
    """The contact alert once handled."""
    name = tr.user_text(parent_name or tr.gettext("A parent"))
    text = tr.gettext("Handled: the contact request of {name} ({group}).").format(
        name=name, group=tr.user_text(group_name or "")
    )
    return Reply("✅ " + text)
