"""Weekly check-ins: what parents see and tap, and the facilitators' "Mark as handled".

A round's first message comes from the outbox (the scheduler opens rounds). Each tap is
answered by editing the tapped keyboard (a ✓ marks the choice, so it can be changed until
the round closes) and, the first time, by the next question. Free text and voice notes
answer the reflection question. The words are `bot.render.checkins`'; the facilitators'
settings are `handlers.checkin_settings`.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler

from bot.i18n import Translator
from bot.render import checkins as words
from bot.render.checkins import ANSWER, HANDLED
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.impact import WORDS as IMPACT_WORDS
from handlers.keyboards import markup, reply_to, send
from storage.checkins import CONTACT_YES, AnswerOutcome, AnswerStatus, Question, RoundView

log = logging.getLogger(__name__)


async def answer_tapped(update: Update, context: KringContext) -> None:
    """A tap on a check-in button: store it, mark it, and ask the next question once."""
    query = update.callback_query
    tap = parse(query.data, ANSWER) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    tr = context.tr
    round_id, value = tap.number(1), tap.number(2, last=True)
    if tap.text(0) not in {q.value for q in Question} or round_id is None or value is None:
        await query.answer(words.button_gone(tr))
        return
    question = Question(tap.text(0))
    services = context.services
    # Her words from now on are about this round, not the impact questions before it.
    current = await services.dialogs.current(query.from_user.id, IMPACT_WORDS)
    if current is not None:
        await services.dialogs.close(query.from_user.id, IMPACT_WORDS)
    outcome = await services.checkins.answer(
        query.from_user.id, round_id, question, value, services.composer
    )
    if outcome.status is AnswerStatus.CLOSED:
        await query.answer(words.closed(tr), show_alert=True)
        await _drop_keyboard(query)
        return
    if outcome.status is not AnswerStatus.SAVED or outcome.round is None:
        await query.answer(words.button_gone(tr))
        return
    await query.answer(words.saved(tr))
    rnd = outcome.round
    try:
        await query.edit_message_reply_markup(markup(words.answers(tr, question, rnd.id, value)))
    except BadRequest as exc:  # "message is not modified": the same button twice
        log.debug("keyboard unchanged: %s", exc)
    await _ask_next(context, query.message.chat.id, tr, rnd, outcome)


async def _ask_next(
    context: KringContext, chat_id: int, tr: Translator, rnd: RoundView, outcome: AnswerOutcome
) -> None:
    wants_contact = outcome.response.get("contact") == CONTACT_YES
    reply = words.next_question(tr, rnd, outcome.next_step, wants_contact)
    if reply is not None:
        await send(context, chat_id, reply)


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
        await reply_to(message, words.too_many(tr))
        return True
    await reply_to(message, words.note_kept(tr, kind, outcome.round.group_name))
    await _ask_next(context, message.chat_id, tr, outcome.round, outcome)
    return True


async def contact_handled(update: Update, context: KringContext) -> None:
    """A facilitator taps "Mark as handled" on a contact alert."""
    query = update.callback_query
    tap = parse(query.data, HANDLED) if query is not None else None
    if query is None or tap is None:
        return
    tr = context.tr
    raw = tap.rest(0)  # digits of any length: an unknown request is "not yours", not gone
    if not raw.isdigit():
        await query.answer(words.button_gone(tr))
        return
    outcome = await context.services.checkins.mark_handled(query.from_user.id, int(raw))
    if not outcome.allowed:
        await query.answer(words.not_yours(tr), show_alert=True)
        return
    await query.answer(words.marked_handled(tr))
    reply = words.handled(tr, outcome.parent_name, outcome.group_name)
    try:
        await query.edit_message_text(reply.text, parse_mode="HTML")
    except BadRequest:
        log.debug("alert already edited", exc_info=True)


def register(application: Application) -> None:
    """Add the handlers of parents' answers and of contact alerts (before the fallbacks)."""
    application.add_handler(CallbackQueryHandler(answer_tapped, pattern=f"^{ANSWER}"))
    application.add_handler(CallbackQueryHandler(contact_handled, pattern=f"^{HANDLED}"))
