"""Weekly check-ins, the facilitators' side: /checkin and its settings panel (day, hour,
how long a round stays open, skipping a week, and the questions: the prompt library,
chosen ones, or their own typed one language at a time). The words are
`bot.render.checkin_settings`'.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import LANGUAGE_NAMES
from bot.prompts import PROMPTS_BY_KEY, Source
from bot.render import Reply
from bot.render import checkin_settings as words
from bot.render.checkin_settings import CHECKIN_HOURS, SETTINGS
from handlers.callbacks import Tap, parse
from handlers.context import KringContext
from handlers.groups import pick_group, refuse
from handlers.keyboards import send, send_or_edit
from storage.community import NotAllowed
from storage.dialogs import DialogView

log = logging.getLogger(__name__)

DIALOG = "own_question"  # step "text": {"group": id, "texts": {language: text so far}}


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
    await send_or_edit(context, chat_id, message_id, words.panel(context.tr, view))


def _not_yours(context: KringContext) -> Reply:
    return Reply(words.not_yours(context.tr), html=False)


async def settings_tapped(update: Update, context: KringContext) -> None:
    """Every button of the settings panel; permissions are checked by the service."""
    query = update.callback_query
    tap = parse(query.data, SETTINGS) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    tr = context.tr
    group_id, action, value = tap.number(0), tap.text(1), tap.rest(2)
    user_id = query.from_user.id
    service = context.services.checkins
    if group_id is None or not await context.services.community.can_manage(user_id, group_id):
        await query.answer(words.not_yours(tr), show_alert=True)
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    await query.answer()
    try:
        if action == "on":  # set up first: nothing is scheduled until "Start"
            await _setup(context, chat_id, message_id, group_id, tap)
            return
        number = tap.number(2, last=True)
        if action == "go":
            day, hour = tap.number(2), tap.number(3, last=True)
            if day is None or hour is None or hour not in CHECKIN_HOURS:
                raise ValueError(value)
            await service.configure(
                user_id, group_id, enabled=True, weekday=day, minute_of_day=hour * 60
            )
        elif action == "off":
            await service.configure(user_id, group_id, enabled=False)
        elif action == "day" and number is not None:
            await service.configure(user_id, group_id, weekday=number)
        elif action == "hour" and number is not None:
            await service.configure(user_id, group_id, minute_of_day=number * 60)
        elif action == "window" and number is not None:
            await service.configure(user_id, group_id, window_hours=number)
        elif action in {"skip", "unskip"}:
            await service.skip_next(user_id, group_id, skip=action == "skip")
        elif action == "qlib":
            await service.configure(user_id, group_id, questions=None)
        elif action == "qkey" and value in PROMPTS_BY_KEY:
            await _toggle_key(context, user_id, group_id, value)
            await _show_source(context, chat_id, message_id, group_id, PROMPTS_BY_KEY[value].source)
            return
        elif action == "days":
            await send_or_edit(context, chat_id, message_id, words.choose_day(tr, group_id))
            return
        elif action == "hours":
            await send_or_edit(context, chat_id, message_id, words.choose_hour(tr, group_id))
            return
        elif action == "windows":
            await send_or_edit(context, chat_id, message_id, words.choose_window(tr, group_id))
            return
        elif action == "questions":
            await send_or_edit(context, chat_id, message_id, words.questions(tr, group_id))
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
        await send(context, chat_id, _not_yours(context))
        return
    except ValueError:
        log.info("ignored a settings value out of range: %s", query.data)
    await _after_change(context, chat_id, message_id, group_id)


async def _setup(
    context: KringContext, chat_id: int, message_id: int, group_id: int, tap: Tap
) -> None:
    """Turning the check-in on: a day, then an hour, then a summary with "Start".

    The choices travel in the buttons' data (`on`, `on:<day>`, `on:<day>:<hour>`), so
    nothing is stored, and no round can open, before the facilitator taps "Start".
    """
    tr = context.tr
    day, hour = tap.number(2), tap.number(3, last=True)
    if day is None or day > 6:
        await send_or_edit(context, chat_id, message_id, words.setup_day(tr, group_id))
        return
    if hour is None or hour not in CHECKIN_HOURS:
        reply = words.setup_hour(tr, group_id, tap.text(2))  # the day as it came
        await send_or_edit(context, chat_id, message_id, reply)
        return
    view = await context.services.checkins.schedule(group_id)
    if view is None:
        return
    reply = words.setup_start(tr, view, tap.text(2), tap.text(3))
    await send_or_edit(context, chat_id, message_id, reply)


async def _after_change(
    context: KringContext, chat_id: int, message_id: int, group_id: int
) -> None:
    await show_settings(context, chat_id, group_id, message_id)
    notify = context.services.schedules_changed
    if notify is not None:
        await notify()


async def _show_source(
    context: KringContext, chat_id: int, message_id: int | None, group_id: int, source: Source
) -> None:
    view = await context.services.checkins.schedule(group_id)
    chosen = {q.get("key") for q in (view.questions or ())} if view else set()
    reply = words.source_questions(context.tr, group_id, source, chosen)
    await send_or_edit(context, chat_id, message_id, reply)


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
    language = _languages_left(texts)[0]
    reply = words.ask_own_question(context.tr, group_id, language, typed_some=bool(texts))
    await send(context, chat_id, reply)


async def _drop_keyboard(query: CallbackQuery) -> None:
    try:
        await query.edit_message_reply_markup(None)
    except BadRequest:
        log.debug("could not remove an old keyboard", exc_info=True)


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
        await send(context, chat_id, words.no_question_saved(tr))
        return
    service = context.services.checkins
    view = await service.schedule(group_id)
    current = list(view.questions or ()) if view else []
    current.append({"texts": given, "fallback": next(iter(given))})
    try:
        await service.configure(user_id, group_id, questions=current)
    except NotAllowed:
        await send(context, chat_id, _not_yours(context))
        return
    await send(context, chat_id, words.question_saved(tr))
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
    """Add the check-in settings handlers (before the fallbacks)."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("checkin", checkin_command, filters=private))
    application.add_handler(
        CallbackQueryHandler(own_question_step, pattern=rf"^{SETTINGS}\d+:own(skip|done)$")
    )
    application.add_handler(CallbackQueryHandler(settings_tapped, pattern=f"^{SETTINGS}"))
