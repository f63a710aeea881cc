"""Impact over the years (issue 16): the six questions a parent is asked now and then.

A moment's first message comes from the outbox (the scheduler's impact sweep). It holds
one question at a time: each tap is stored and the same message turns into the next
question, so six questions cost one message in the parent's week. "Skip" is always there;
at the end comes a warm thank-you, and at a trajectory's end first "may we ask you once
more in a year?".
"""

from __future__ import annotations

import logging
import re
from datetime import date

from babel.dates import format_date
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import Catalogs, Translator
from handlers.callbacks import button_data, parse
from handlers.context import KringContext
from handlers.groups import pick_group
from storage.checkins import Payload, Person
from storage.dialogs import DialogView
from storage.impact import MomentView, TapOutcome, TapStatus
from storage.impact_stats import SOURCES

log = logging.getLogger(__name__)

ANSWER = "ia:"  # ia:<moment id>:<source number 0-5>:<scale 0-5, 0 skipped>
FOLLOW_UP = "iaf:"  # iaf:<moment id>:<1 yes | 0 no>
DIALOG = "trajectory"  # the dialog that waits for a trajectory's dates
_FULL_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
SCALE = {1: "😞", 2: "🙁", 3: "😐", 4: "🙂", 5: "😄"}


def question_text(tr: Translator, source: str) -> str:
    """The impact question of one source of strength, in the reader's language."""
    questions = {
        "identity": tr.gettext("How much do you trust yourself as a parent?"),
        "talents": tr.gettext("How well do you know what you are good at?"),
        "stress": tr.gettext("How well can you stay calm when things are hard?"),
        "skills": tr.gettext("How much do you know about raising your children?"),
        "belonging": tr.gettext("How much do you feel you belong with other parents?"),
        "reciprocity": tr.gettext("How easy is it for you to ask for help, and to give it?"),
    }
    return questions[source]


def _opening(tr: Translator, moment: MomentView) -> str:
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


def _question(tr: Translator, moment_id: int, index: int) -> tuple[str, InlineKeyboardMarkup]:
    """Question `index` (0-5) with the five faces and "skip"."""
    text = f"{index + 1}/{len(SOURCES)}  <b>{question_text(tr, SOURCES[index])}</b>"
    faces = [
        InlineKeyboardButton(face, callback_data=button_data(ANSWER, moment_id, index, value))
        for value, face in SCALE.items()
    ]
    skip = InlineKeyboardButton(
        tr.gettext("Skip"), callback_data=button_data(ANSWER, moment_id, index, 0)
    )
    return text, InlineKeyboardMarkup([faces, [skip]])


class ImpactComposer:
    """Builds the impact messages in each reader's language (see `storage.impact`)."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    def invitation(self, moment: MomentView, person: Person) -> Payload:
        """A few warm words, how to answer, and the first question."""
        tr = self._catalogs.resolve(person.locale, moment.default_locale)
        hello = (
            tr.gettext("Hello {name}!").format(name=tr.user_text(person.name))
            if person.name
            else tr.gettext("Hello!")
        )
        question, keyboard = _question(tr, moment.id, 0)
        text = "\n\n".join(
            [
                f"{hello} {_opening(tr, moment)}",
                tr.gettext(
                    "Six short questions. There are no right or wrong answers. "
                    "Tap a face: 😞 not at all, 😄 very much."
                ),
                question,
            ]
        )
        return {"text": text, "parse_mode": "HTML", "reply_markup": keyboard.to_dict()}


async def answer_tapped(update: Update, context: KringContext) -> None:
    """A tap on a face or "skip": store it, then the next question in the same message."""
    query = update.callback_query
    tap = parse(query.data if query else None, ANSWER)
    if query is None or tap is None:
        return
    tr = context.tr
    moment_id, index, scale = tap.number(0), tap.number(1), tap.number(2)
    outcome = TapOutcome(TapStatus.UNKNOWN)
    if moment_id is not None and index is not None and index < len(SOURCES) and scale is not None:
        outcome = await context.services.impact.answer(
            query.from_user.id, moment_id, SOURCES[index], scale
        )
    if outcome.status is not TapStatus.SAVED or outcome.moment is None:
        await query.answer(tr.gettext("This button no longer works. Tap /help to start again."))
        return
    await query.answer()
    if outcome.next_source is not None:
        text, keyboard = _question(tr, outcome.moment.id, SOURCES.index(outcome.next_source))
    elif outcome.ask_follow_up:
        text = "<b>" + tr.gettext("May we ask you these questions once more, in a year?") + "</b>"
        data = outcome.moment.id
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        tr.gettext("Yes, please"), callback_data=button_data(FOLLOW_UP, data, 1)
                    ),
                    InlineKeyboardButton(
                        tr.gettext("No, thank you"), callback_data=button_data(FOLLOW_UP, data, 0)
                    ),
                ]
            ]
        )
    else:
        await _edit(query, _thanks(tr), None)
        return
    await _edit(query, text, keyboard)


async def follow_up_tapped(update: Update, context: KringContext) -> None:
    """Yes or no to one more time in a year: stored, then the thank-you."""
    query = update.callback_query
    tap = parse(query.data if query else None, FOLLOW_UP)
    if query is None or tap is None:
        return
    tr = context.tr
    moment_id, agreed = tap.number(0), tap.text(1)
    outcome = TapOutcome(TapStatus.UNKNOWN)
    if moment_id is not None and agreed in ("0", "1"):
        outcome = await context.services.impact.follow_up(
            query.from_user.id, moment_id, agreed == "1"
        )
    if outcome.status is not TapStatus.SAVED:
        await query.answer(tr.gettext("This button no longer works. Tap /help to start again."))
        return
    await query.answer()
    later = (
        tr.gettext("We will ask you once more in a year.")
        if agreed == "1"
        else tr.gettext("We will not ask you again.")
    )
    await _edit(query, f"{_thanks(tr)}\n\n{later}", None)


def _thanks(tr: Translator) -> str:
    return tr.gettext(
        "Thank you for your answers! They help us see what the group gives parents like you."
    )


async def _edit(query: CallbackQuery, text: str, keyboard: InlineKeyboardMarkup | None) -> None:
    try:
        await query.edit_message_text(text, parse_mode="HTML", reply_markup=keyboard)
    except BadRequest as exc:  # "message is not modified": the same button twice
        log.debug("impact message unchanged: %s", exc)


def parse_trajectory(text: str) -> tuple[date, date | None] | None:
    """A start and an end typed as 1-9-2027 31-8-2029, or a start alone (open ended)."""
    found = _FULL_DATE.findall(text)
    if not 1 <= len(found) <= 2:
        return None
    try:
        days = [date(int(y), int(m), int(d)) for d, m, y in found]
    except ValueError:
        return None
    if len(days) == 2 and days[1] <= days[0]:
        return None
    return days[0], days[1] if len(days) == 2 else None


async def trajectory(update: Update, context: KringContext) -> None:
    """Ask a facilitator or coordinator when their group's trajectory starts and ends."""
    message, user = update.effective_message, update.effective_user
    group = await pick_group(update, context, "trajectory")
    if message is None or user is None or group is None:
        return
    await ask_trajectory(context, message.chat_id, user.id, group.id, group.name)


async def ask_trajectory(
    context: KringContext, chat_id: int, user_id: int, group_id: int, group_name: str
) -> None:
    """Open the dialog for a group's trajectory dates (also after "Which group?")."""
    tr = context.tr
    await context.services.dialogs.open(user_id, DIALOG, "dates", {"group_id": group_id})
    text = tr.gettext(
        "When does the trajectory of {group} start and end? Type two dates, for example "
        "1-9-2027 31-8-2029. Type only the start if it has no planned end."
    ).format(group=tr.user_text(group_name))
    await context.bot.send_message(chat_id, text, parse_mode="HTML")


async def dialog_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """The dates typed after /trajectory (asked again until they are dates)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not message.text:
        return False
    tr = context.tr
    group_id = int(dialog.args.get("group_id", 0))
    dates = parse_trajectory(message.text)
    if dates is None:
        await message.reply_text(
            tr.gettext(
                "I did not understand these dates. Please type them like 1-9-2027 31-8-2029, "
                "the end after the start."
            )
        )
        return True
    await context.services.dialogs.close(user.id, DIALOG)
    group = await context.services.community.group(group_id)
    if group is None or not await context.services.community.can_manage(user.id, group_id):
        await message.reply_text(tr.gettext("Sorry, this is not one of your groups."))
        return True
    start, end = dates
    await context.services.impact.set_trajectory(group_id, start, end)
    day = lambda d: format_date(d, format="long", locale=tr.locale)  # noqa: E731
    if end is None:
        text = tr.gettext("Saved: {group} runs from {start}, with no planned end.").format(
            group=tr.user_text(group.name), start=day(start)
        )
    else:
        text = tr.gettext("Saved: {group} runs from {start} until {end}.").format(
            group=tr.user_text(group.name), start=day(start), end=day(end)
        )
    await message.reply_html(text)
    return True


def register(application: Application) -> None:
    """Add the impact questions' buttons and /trajectory."""
    application.add_handler(
        CommandHandler("trajectory", trajectory, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(answer_tapped, pattern=f"^{ANSWER}"))
    application.add_handler(CallbackQueryHandler(follow_up_tapped, pattern=f"^{FOLLOW_UP}"))
