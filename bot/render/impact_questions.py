"""The words of /impactquestions (issue 16): a coordinator words the six impact questions
the organisation's own way, one language at a time; where it gave none for a language,
parents get the library's question."""

from __future__ import annotations

from bot.i18n import LANGUAGE_NAMES, Translator
from bot.render import Reply, column, grid, tap
from bot.render.impact import OwnQuestions, question_text
from bot.render.impact_report import source_label
from storage.impact_stats import SOURCES

PICK = "iq:"  # iq:<organisation id>:<source number 0-5>
STEP = "iqs:"  # iqs:<organisation id>:<source number>:<language>:<k keep | l library>
KEEP, LIBRARY = "k", "l"


def panel(tr: Translator, organisation_id: int, name: str, own: OwnQuestions) -> Reply:
    """The six questions as parents who read this language get them, and a button each."""
    lines = [
        "<b>"
        + tr.gettext("The impact questions of {organisation}").format(
            organisation=tr.user_text(name)
        )
        + "</b>",
        tr.gettext(
            "Parents get these six questions in their language. Tap a number to write a "
            "question your own way, one language at a time."
        ),
        "",
    ]
    for index, source in enumerate(SOURCES):
        mark = " ✏️" if own.get(source) else ""
        lines.append(
            f"{index + 1}. {source_label(tr, source)}{mark}: {question_text(tr, source, own)}"
        )
    if any(own.values()):
        lines += ["", tr.gettext("✏️ your own words in at least one language")]
    buttons = [tap(f"✏️ {index + 1}", PICK, organisation_id, index) for index in range(6)]
    return Reply("\n".join(lines), grid(buttons, 3))


def ask_wording(
    tr: Translator,
    organisation_id: int,
    index: int,
    language: str,
    current: str,
    is_own: bool,
) -> Reply:
    """Type question `index` in `language` (a code), keep what it is, or Kring's again.
    `current` is what parents who read `language` get now (escaped)."""
    source = SOURCES[index]
    text = "\n\n".join(
        [
            "<b>"
            + tr.gettext("Question {number} ({source}) in {language}").format(
                number=index + 1,
                source=source_label(tr, source),
                language=LANGUAGE_NAMES[language],
            )
            + "</b>",
            tr.gettext("Now: {question}").format(question=current),
            tr.gettext("Type the question your own way, or tap a button."),
        ]
    )
    buttons = [tap(tr.gettext("Keep it"), STEP, organisation_id, index, language, KEEP)]
    if is_own:
        buttons.append(
            tap(tr.gettext("Kring's question"), STEP, organisation_id, index, language, LIBRARY)
        )
    return Reply(text, column(buttons))


def wording_done(tr: Translator, index: int, wordings: dict[str, str]) -> Reply:
    """The question as parents get it now, per language (`wordings` escaped)."""
    lines = [
        "<b>"
        + tr.gettext("Saved. Question {number} ({source}) now reads:").format(
            number=index + 1, source=source_label(tr, SOURCES[index])
        )
        + "</b>"
    ]
    lines += [f"{LANGUAGE_NAMES[code]}: {text}" for code, text in wordings.items()]
    lines += ["", tr.gettext("Tap /impactquestions to change another question.")]
    return Reply("\n".join(lines))


def coordinators_only(tr: Translator) -> Reply:
    """/impactquestions from someone who coordinates no organisation."""
    return Reply(
        tr.gettext("Only coordinators can change the impact questions of their organisation."),
        html=False,
    )


def stopped(tr: Translator) -> str:
    """A button of a wording that is no longer being asked for."""
    return tr.gettext("This button no longer works. Tap /help to start again.")
