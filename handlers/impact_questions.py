"""/impactquestions (issue 16): a coordinator words the six impact questions the
organisation's own way, per source and per language.

A number button picks a question; Kring then asks for it one language at a time (a dialog,
so any replica continues it): typed words are saved at once, "Keep it" passes a language,
"Kring's question" puts the library's back. Parents get the organisation's wording in
their language where there is one, else the library's. The words are
`bot.render.impact_questions`'.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import LANGUAGE_NAMES
from bot.render import impact_questions as words
from bot.render.impact import question_text
from bot.render.impact_questions import LIBRARY, PICK, STEP
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.keyboards import reply_to, send
from storage.dialogs import DialogView
from storage.impact_stats import SOURCES

DIALOG = "impact-questions"  # step "text": {"organisation": id, "source": 0-5, "language"}


async def impact_questions(update: Update, context: KringContext) -> None:
    """Show a coordinator the questions their organisation's parents get."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    service = context.services.impact
    organisations = await service.coordinated(user.id)
    if not organisations:
        await reply_to(message, words.coordinators_only(context.tr))
        return
    for organisation_id, name in organisations:
        own = await service.own_questions(organisation_id)
        await reply_to(message, words.panel(context.tr, organisation_id, name, own))


async def question_picked(update: Update, context: KringContext) -> None:
    """A number: ask for that question in the first language."""
    query = update.callback_query
    tap = parse(query.data if query else None, PICK)
    if query is None or tap is None or query.message is None:
        return
    organisation_id, index = tap.number(0), tap.number(1, last=True)
    allowed = {o for o, _ in await context.services.impact.coordinated(query.from_user.id)}
    if organisation_id not in allowed or index is None or index >= len(SOURCES):
        await query.answer(words.stopped(context.tr))
        return
    await query.answer()
    first = next(iter(LANGUAGE_NAMES))
    await _ask(context, query.message.chat.id, query.from_user.id, organisation_id, index, first)


async def step_tapped(update: Update, context: KringContext) -> None:
    """ "Keep it" or "Kring's question" for one language: then the next language."""
    query = update.callback_query
    tap = parse(query.data if query else None, STEP)
    if query is None or tap is None or query.message is None:
        return
    user_id = query.from_user.id
    dialog = await context.services.dialogs.current(user_id, DIALOG)
    organisation_id, index = tap.number(0), tap.number(1)
    language, action = tap.text(2), tap.rest(3)
    if (
        dialog is None
        or dialog.args.get("organisation") != organisation_id
        or dialog.args.get("source") != index
        or dialog.args.get("language") != language
        or organisation_id is None
        or index is None
    ):
        await query.answer(words.stopped(context.tr))
        return
    await query.answer()
    if action == LIBRARY:
        await context.services.impact.set_question(
            user_id, organisation_id, SOURCES[index], language, None
        )
    await _next(context, query.message.chat.id, user_id, organisation_id, index, language)


async def dialog_message(update: Update, context: KringContext, dialog: DialogView) -> bool:
    """The question typed in the language Kring asked for: saved, then the next one."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not message.text:
        return False
    organisation_id = int(dialog.args.get("organisation", 0))
    index = int(dialog.args.get("source", 0))
    language = str(dialog.args.get("language", ""))
    if language not in LANGUAGE_NAMES or not 0 <= index < len(SOURCES):
        return False
    saved = await context.services.impact.set_question(
        user.id, organisation_id, SOURCES[index], language, message.text
    )
    if not saved:
        await context.services.dialogs.close(user.id, DIALOG)
        await reply_to(message, words.coordinators_only(context.tr))
        return True
    await _next(context, message.chat_id, user.id, organisation_id, index, language)
    return True


async def _ask(
    context: KringContext,
    chat_id: int,
    user_id: int,
    organisation_id: int,
    index: int,
    language: str,
) -> None:
    own = await context.services.impact.own_questions(organisation_id)
    source = SOURCES[index]
    current = question_text(context.services.catalogs.get(language), source, own)
    args = {"organisation": organisation_id, "source": index, "language": language}
    await context.services.dialogs.open(user_id, DIALOG, "text", args)
    is_own = language in own.get(source, {})
    reply = words.ask_wording(context.tr, organisation_id, index, language, current, is_own)
    await send(context, chat_id, reply)


async def _next(
    context: KringContext,
    chat_id: int,
    user_id: int,
    organisation_id: int,
    index: int,
    language: str,
) -> None:
    languages = list(LANGUAGE_NAMES)
    later = languages[languages.index(language) + 1 :]
    if later:
        await _ask(context, chat_id, user_id, organisation_id, index, later[0])
        return
    await context.services.dialogs.close(user_id, DIALOG)
    own = await context.services.impact.own_questions(organisation_id)
    catalogs = context.services.catalogs
    wordings = {code: question_text(catalogs.get(code), SOURCES[index], own) for code in languages}
    await send(context, chat_id, words.wording_done(context.tr, index, wordings))


def register(application: Application) -> None:
    """Add /impactquestions and its buttons."""
    application.add_handler(
        CommandHandler("impactquestions", impact_questions, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(question_picked, pattern=f"^{PICK}"))
    application.add_handler(CallbackQueryHandler(step_tapped, pattern=f"^{STEP}"))
