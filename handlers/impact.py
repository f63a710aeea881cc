"""Impact over the years (issue 16): the six questions a parent is asked now and then.

A moment's first message comes from the outbox (the scheduler's impact sweep). It holds
one question at a time: each tap is stored and the same message turns into the next
question, so six questions cost one message in the parent's week. "Skip" is always there;
at the end comes a warm thank-you, and at a trajectory's end first "may we ask you once
more in a year?". The words are `bot.render.impact`'s.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import date, timedelta

from telegram import CallbackQuery, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.charts import impact_png
from bot.render import Reply
from bot.render import impact as words
from bot.render import impact_report as report_words
from bot.render.impact import ANSWER, FOLLOW_UP
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.groups import pick_group
from handlers.keyboards import markup, reply_to, send
from storage.dialogs import DialogView
from storage.impact import TapOutcome, TapStatus
from storage.impact_stats import SOURCES

log = logging.getLogger(__name__)

DIALOG = "trajectory"  # the dialog that waits for a trajectory's dates
WORDS = "impact-words"  # after the last question: words or a voice note, welcome, not needed
WORDS_TTL = timedelta(hours=2)  # long enough to answer, short enough not to take later words
_FULL_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


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
        await query.answer(words.button_gone(tr))
        return
    await query.answer()
    if outcome.next_source is not None:
        reply = words.question(tr, outcome.moment.id, SOURCES.index(outcome.next_source),
                               outcome.moment.questions)  # fmt: skip
    elif outcome.ask_follow_up:
        reply = words.ask_follow_up(tr, outcome.moment.id)
    else:
        reply = words.thanks(tr)
        await _welcome_words(context, query.from_user.id, outcome.moment.id)
    await _edit(query, reply)


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
        await query.answer(words.button_gone(tr))
        return
    await query.answer()
    if outcome.moment is not None:
        await _welcome_words(context, query.from_user.id, outcome.moment.id)
    await _edit(query, words.follow_up_answered(tr, agreed == "1"))


async def _welcome_words(context: KringContext, user_id: int, moment_id: int) -> None:
    """Her next private words or voice note (within two hours) belong to this moment; a tap
    on another feature's button (a check-in round) ends that sooner."""
    await context.services.dialogs.open(
        user_id, WORDS, "words", {"moment_id": moment_id}, ttl=WORDS_TTL
    )


async def words_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """Words or a voice note after the questions: kept, encrypted, for the facilitators.
    More may follow while the dialog is open; False when the moment is no longer hers."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return False
    if message.voice is not None:
        kind, content = "voice", message.voice.file_id
    elif message.text:
        kind, content = "text", message.text
    else:
        return False
    moment_id = dialog.args.get("moment_id")
    if not isinstance(moment_id, int):
        return False
    outcome = await context.services.impact.add_note(user.id, moment_id, kind, content)
    if outcome.status is TapStatus.UNKNOWN:
        await context.services.dialogs.close(user.id, WORDS)
        return False
    if outcome.status is TapStatus.TOO_MANY:
        await reply_to(message, words.too_many_words(context.tr))
        return True
    await reply_to(message, words.words_kept(context.tr, kind, outcome.group_name))
    return True


async def _edit(query: CallbackQuery, reply: Reply) -> None:
    try:
        await query.edit_message_text(
            reply.text,
            parse_mode=ParseMode.HTML if reply.html else None,
            reply_markup=markup(reply.buttons),
        )
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
    await context.services.dialogs.open(user_id, DIALOG, "dates", {"group_id": group_id})
    await send(context, chat_id, words.ask_trajectory(context.tr, group_name))


async def dialog_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """The dates typed after /trajectory (asked again until they are dates)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not message.text:
        return False
    tr = context.tr
    group_id = int(dialog.args.get("group_id", 0))
    dates = parse_trajectory(message.text)
    if dates is None:
        await reply_to(message, words.dates_not_understood(tr))
        return True
    await context.services.dialogs.close(user.id, DIALOG)
    group = await context.services.community.group(group_id)
    if group is None or not await context.services.community.can_manage(user.id, group_id):
        await reply_to(message, words.not_your_group(tr))
        return True
    start, end = dates
    await context.services.impact.set_trajectory(group_id, start, end)
    await reply_to(message, words.trajectory_saved(tr, group.name, start, end))
    return True


async def impact_command(update: Update, context: KringContext) -> None:
    """/impact: the report's headline figures and its chart, for each organisation the
    person coordinates and each group they facilitate (small numbers hidden)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    tr = context.tr
    reports = await context.services.impact.reports_for(user.id)
    if not reports:
        await reply_to(message, report_words.not_for_you(tr))
        return
    for found in reports:
        await reply_to(
            message, report_words.headline_reply(tr, found.title, found.report, found.tracked)
        )
        if not found.tracked:
            continue
        lines = report_words.chart_lines(found.report)
        if all(line.hidden for pair in lines for line in pair):
            continue  # a chart of stripes only tells nothing the text does not
        png = await asyncio.to_thread(impact_png, lines, rtl=tr.rtl)
        await context.bot.send_photo(
            message.chat_id,
            photo=png,
            caption=report_words.chart_caption(tr, lines),
            parse_mode=ParseMode.HTML,
        )
    await _parents_words(update, context)


async def _parents_words(update: Update, context: KringContext) -> None:
    """For a group's facilitators only: what parents wrote or said after the questions."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    found = await context.services.impact.words_for(user.id)
    if not found:
        return
    tr = context.tr
    if any(note.kind == "text" for note in found):
        for reply in words.parents_words(tr, found, context.services.default_timezone):
            await reply_to(message, reply)
    for note in found:
        if note.kind == "voice":
            await context.bot.send_voice(
                message.chat_id,
                voice=note.content,
                caption=words.voice_caption(tr, note),
                parse_mode=ParseMode.HTML,
            )


def register(application: Application) -> None:
    """Add the impact questions' buttons, /trajectory and /impact."""
    application.add_handler(
        CommandHandler("trajectory", trajectory, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(
        CommandHandler("impact", impact_command, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(answer_tapped, pattern=f"^{ANSWER}"))
    application.add_handler(CallbackQueryHandler(follow_up_tapped, pattern=f"^{FOLLOW_UP}"))
