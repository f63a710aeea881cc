"""One way in for private text and voice notes.

A feature that asks something opens a dialog in the database (`storage.dialogs`): what
this person's next private message means. Every private text or voice note comes here
first; it goes to the feature whose dialog is open, else to what a message may answer
without being asked (a meeting's reflection, a check-in), else to the fallback. Any
replica, and a restarted process, continues the dialog the same way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot.render.fallback import stopped_waiting
from handlers import (
    broadcasts,
    checkin_settings,
    checkins,
    fallback,
    impact,
    impact_questions,
    meetings,
    privacy,
)
from handlers.context import KringContext
from handlers.keyboards import reply_to
from storage.dialogs import DialogView

DialogAnswer = Callable[[Update, KringContext, DialogView], Awaitable[bool]]


@dataclass(frozen=True, slots=True)
class Route:
    """Where a dialog's message goes, and how a person starts that dialog again."""

    answer: DialogAnswer  # False: the message was not for this dialog after all
    command: str  # empty: nothing to start again when it expired
    steps: frozenset[str]  # the steps in which the feature waits for a message


ROUTES: dict[str, Route] = {
    broadcasts.DIALOG: Route(broadcasts.dialog_message, "broadcast", frozenset({"text"})),
    meetings.DIALOG: Route(meetings.dialog_message, "session", frozenset({"place"})),
    privacy.DIALOG: Route(privacy.dialog_message, "pause", frozenset({"date"})),
    checkin_settings.DIALOG: Route(checkin_settings.dialog_message, "checkin", frozenset({"text"})),
    impact.DIALOG: Route(impact.dialog_message, "trajectory", frozenset({"dates"})),
    # Words after the impact questions are welcome, never asked for: when the day is over
    # a message goes on as if nothing was open (no command to start again).
    impact.WORDS: Route(impact.words_message, "", frozenset({"words"})),
    impact_questions.DIALOG: Route(
        impact_questions.dialog_message, "impactquestions", frozenset({"text"})
    ),
}


async def private_message(update: Update, context: KringContext) -> None:
    """Route a private text or voice note to the dialog that asked for it, or onwards."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    store = context.services.dialogs
    dialog = await store.get(user.id)
    route = ROUTES.get(dialog.feature) if dialog is not None else None
    if dialog is not None and dialog.expired:
        await store.close(user.id, dialog.feature)
        if route is not None and route.command and dialog.step in route.steps:
            await reply_to(message, stopped_waiting(context.tr, route.command))
            return
    elif dialog is not None and route is not None and dialog.step in route.steps:
        if await route.answer(update, context, dialog):
            return
    # Nobody asked: words after a meeting, a check-in answer, or the usual reply.
    if await meetings.reflection_words(update, context):
        return
    if await checkins.note_received(update, context):
        return
    await fallback.other_message(update, context)


def register(application: Application) -> None:
    """Add the entry point for private text and voice (after the features' commands)."""
    private = filters.ChatType.PRIVATE
    words = private & (filters.TEXT | filters.VOICE) & ~filters.COMMAND
    application.add_handler(MessageHandler(words, private_message))
