"""The words of impact over the years (issue 16): the six questions a parent is asked now
and then, the follow-up consent, and the /trajectory dialog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.i18n import N_, Catalogs, Translator
from bot.render import Reply, rows, tap
from storage.audience import Payload, Person
from storage.impact import ImpactWords, MomentView
from storage.impact_stats import SOURCES

MOMENT_WORDS = {
    "intake": N_("when you joined"),
    "six_monthly": N_("after a while in the group"),
    "end": N_("at the end of the group"),
    "follow_up": N_("a year after the end"),
}
ANSWER = "ia:"  # ia:<moment id>:<source number 0-5>:<scale 0-5, 0 skipped>
FOLLOW_UP = "iaf:"  # iaf:<moment id>:<1 yes | 0 no>
WORDS_PIECE = 600  # a parent's words split in pieces that stay under Telegram's limit escaped
OwnQuestions = Mapping[str, Mapping[str, str]]  # source -> language -> an organisation's text
SCALE = {1: "😞", 2: "🙁", 3: "😐", 4: "🙂", 5: "😄"}


class ImpactMessages:
    """Impact messages in each reader's language (storage's `ImpactComposer`)."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    def invitation(self, moment: MomentView, person: Person) -> Payload:
        """A few warm words, how to answer, and the first question."""
        tr = self._catalogs.resolve(person.locale, moment.default_locale)
        return invitation(tr, moment, person.name).payload()

    def reminder(self, moment: MomentView, person: Person) -> Payload:
        """One gentle reminder, with the first question again."""
        tr = self._catalogs.resolve(person.locale, moment.default_locale)
        return reminder(tr, moment, person.name).payload()


def moment_words(tr: Translator, kind: str) -> str:
    """When a parent was asked, in words for parents (/mydata)."""
    message = MOMENT_WORDS.get(kind)
    return tr.gettext(message) if message else kind


def question_text(tr: Translator, source: str, own: OwnQuestions | None = None) -> str:
    """The impact question of one source of strength in the reader's language: the
    organisation's own wording where it gave one (escaped), else the library's."""
    typed = (own or {}).get(source, {}).get(tr.locale)
    if typed:
        return tr.user_text(typed)
    questions = {
        "identity": tr.gettext("How much do you trust yourself as a parent?"),
        "talents": tr.gettext("How well do you know what you are good at?"),
        "stress": tr.gettext("How well can you stay calm when things are hard?"),
        "skills": tr.gettext("How much do you know about raising your children?"),
        "belonging": tr.gettext("How much do you feel you belong with other parents?"),
        "reciprocity": tr.gettext("How easy is it for you to ask for help, and to give it?"),
    }
    return questions[source]


def opening(tr: Translator, moment: MomentView) -> str:
    """Why we ask now: welcome, a while in, the end, or a year after it."""
    group = tr.user_text(moment.group_name)
    if moment.kind == "intake":
        return tr.gettext(
            "Welcome to {group}! We would like to know how you are doing as a parent now."
        ).format(group=group)
    if moment.kind == "end":
        return tr.gettext(
            "The group {group} is coming to its end. How are you doing as a parent now?"
        ).format(group=group)
    if moment.kind == "follow_up":
        return tr.gettext(
            "A year ago the group {group} ended. How are you doing as a parent now?"
        ).format(group=group)
    return tr.gettext(
        "You have been with {group} for a while. How are you doing as a parent now?"
    ).format(group=group)


def question(tr: Translator, moment_id: int, index: int, own: OwnQuestions | None = None) -> Reply:
    """Question `index` (0-5) with the five faces and "skip"."""
    text = f"{index + 1}/{len(SOURCES)}  <b>{question_text(tr, SOURCES[index], own)}</b>"
    faces = [tap(face, ANSWER, moment_id, index, value) for value, face in SCALE.items()]
    return Reply(text, rows(faces, tap(tr.gettext("Skip"), ANSWER, moment_id, index, 0)))


def _hello(tr: Translator, name: str | None) -> str:
    return (
        tr.gettext("Hello {name}!").format(name=tr.user_text(name))
        if name
        else tr.gettext("Hello!")
    )


def reminder(tr: Translator, moment: MomentView, name: str | None) -> Reply:
    """The one reminder of a moment not answered: warm, no pressure, the first question."""
    first = question(tr, moment.id, 0, moment.questions)
    text = "\n\n".join(
        [
            _hello(tr, name)
            + " "
            + tr.gettext(
                "A small reminder from {group}: we would still like to hear how you are "
                "doing as a parent. Six short questions, one tap each. You may also skip them."
            ).format(group=tr.user_text(moment.group_name)),
            first.text,
        ]
    )
    return Reply(text, first.buttons)


def invitation(tr: Translator, moment: MomentView, name: str | None) -> Reply:
    """A few warm words, how to answer, and the first question (with its buttons)."""
    hello = _hello(tr, name)
    first = question(tr, moment.id, 0, moment.questions)
    text = "\n\n".join(
        [
            f"{hello} {opening(tr, moment)}",
            tr.gettext(
                "Six short questions. There are no right or wrong answers. "
                "Tap a face: 😞 not at all, 😄 very much."
            ),
            first.text,
        ]
    )
    return Reply(text, first.buttons)


def ask_follow_up(tr: Translator, moment_id: int) -> Reply:
    """At a trajectory's end: may we ask once more, in a year?"""
    return Reply(
        "<b>" + tr.gettext("May we ask you these questions once more, in a year?") + "</b>",
        rows(
            [
                tap(tr.gettext("Yes, please"), FOLLOW_UP, moment_id, 1),
                tap(tr.gettext("No, thank you"), FOLLOW_UP, moment_id, 0),
            ]
        ),
    )


def thanks_text(tr: Translator) -> str:
    """The thank-you after the last question."""
    return tr.gettext(
        "Thank you for your answers! They help us see what the group gives parents like you."
    )


def words_welcome(tr: Translator) -> str:
    """After the last tap: words or a voice note are welcome, never needed."""
    return tr.gettext(
        "If you like, write a few words or send a voice note about how you are doing. "
        "Only the facilitators of your group read it. You do not have to."
    )


def thanks(tr: Translator) -> Reply:
    """The thank-you, and that words are welcome; no buttons."""
    return Reply(f"{thanks_text(tr)}\n\n{words_welcome(tr)}")


def follow_up_answered(tr: Translator, agreed: bool) -> Reply:
    """The thank-you, what happens in a year, and that words are welcome."""
    later = (
        tr.gettext("We will ask you once more in a year.")
        if agreed
        else tr.gettext("We will not ask you again.")
    )
    return Reply(f"{thanks_text(tr)}\n\n{later}\n\n{words_welcome(tr)}")


def words_kept(tr: Translator, kind: str, group_name: str) -> Reply:
    """After a parent's words or voice note following the questions."""
    kept = (
        tr.gettext("Thank you, I kept your voice note for the facilitators of {group}.")
        if kind == "voice"
        else tr.gettext("Thank you, I kept your words for the facilitators of {group}.")
    )
    return Reply(kept.format(group=tr.user_text(group_name)))


def too_many_words(tr: Translator) -> Reply:
    """More words than one moment keeps."""
    return Reply(tr.gettext("Thank you! I cannot keep more words for these questions."), html=False)


def parents_words(tr: Translator, found: Sequence[ImpactWords], zone: str) -> list[Reply]:
    """For a group's facilitators in /impact: the words parents sent after the questions
    (newest first), in messages Telegram accepts; voice notes are sent apart."""
    lines = ["<b>" + tr.gettext("Words parents sent after the questions about how they are doing:")
             + "</b>"]  # fmt: skip
    for note in found:
        if note.kind != "text":
            continue
        who = tr.user_text(note.parent_name or tr.gettext("A parent"))
        day = format_date(note.sent_at.astimezone(ZoneInfo(zone)), format="short",
                          locale=tr.locale)  # fmt: skip
        where = f"{tr.user_text(note.group_name)}, {moment_words(tr, note.moment)}"
        # Long words are split before escaping, so no piece is lost or cut mid-entity.
        pieces = [note.content[i : i + WORDS_PIECE]
                  for i in range(0, len(note.content), WORDS_PIECE)] or [""]  # fmt: skip
        lines.append(f"• {day} · {who} ({where}): {tr.user_text(pieces[0])}")
        lines.extend(tr.user_text(piece) for piece in pieces[1:])
    return [Reply(chunk) for chunk in _chunks(lines)]


def voice_caption(tr: Translator, note: ImpactWords) -> str:
    """The caption of a parent's voice note, sent to a facilitator in /impact."""
    return tr.gettext("Voice note from {name} ({group})").format(
        name=tr.user_text(note.parent_name or tr.gettext("A parent")),
        group=tr.user_text(note.group_name),
    )


def _chunks(lines: list[str], limit: int = 3500) -> list[str]:
    found: list[str] = []
    current = ""
    for line in lines:
        if current and len(current) + len(line) + 1 > limit:
            found.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        found.append(current)
    return found


def button_gone(tr: Translator) -> str:
    """A tap on a button whose moment is not theirs, not sent, or too old."""
    return tr.gettext("This button no longer works. Tap /help to start again.")


# -- the trajectory, for facilitators and coordinators --------------------------------------


def ask_trajectory(tr: Translator, group_name: str) -> Reply:
    """When does the group's trajectory start and end?"""
    return Reply(
        tr.gettext(
            "When does the trajectory of {group} start and end? Type two dates, for example "
            "1-9-2027 31-8-2029. Type only the start if it has no planned end."
        ).format(group=tr.user_text(group_name))
    )


def dates_not_understood(tr: Translator) -> Reply:
    """The typed dates were not two dates (or the end came first)."""
    return Reply(
        tr.gettext(
            "I did not understand these dates. Please type them like 1-9-2027 31-8-2029, "
            "the end after the start."
        ),
        html=False,
    )


def not_your_group(tr: Translator) -> Reply:
    """The group is gone, or the person no longer manages it."""
    return Reply(tr.gettext("Sorry, this is not one of your groups."), html=False)


def trajectory_saved(tr: Translator, group_name: str, start: date, end: date | None) -> Reply:
    """The trajectory as saved, its dates in the reader's language."""

    def day(value: date) -> str:
        return format_date(value, format="long", locale=tr.locale)

    group = tr.user_text(group_name)
    if end is None:
        return Reply(
            tr.gettext("Saved: {group} runs from {start}, with no planned end.").format(
                group=group, start=day(start)
            )
        )
    return Reply(
        tr.gettext("Saved: {group} runs from {start} until {end}.").format(
            group=group, start=day(start), end=day(end)
        )
    )
