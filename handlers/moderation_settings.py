"""A group's moderation settings, in a facilitator's private chat: the /moderation panel
(each check on or off, thresholds, night rest), /addword and /removeword, /setrules and
/setwelcome.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.i18n import LANGUAGE_NAMES
from bot.render import moderation_settings as words
from bot.render.moderation_settings import SETTINGS
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.groups import pick_group, refuse
from handlers.keyboards import reply_to, send_or_edit
from storage.community import NotAllowed
from storage.moderation import CHOICES, RESTS, SWITCHES


async def moderation_command(update: Update, context: KringContext) -> None:
    """/moderation: each check on or off, thresholds, with buttons."""
    group = await pick_group(update, context, "moderation")
    if group is None or update.effective_chat is None:
        return
    await show_settings(context, update.effective_chat.id, group.id, None)


async def show_settings(
    context: KringContext, chat_id: int, group_id: int, message_id: int | None
) -> None:
    """The settings panel, new or by editing the tapped message."""
    config = await context.services.moderation.config(group_id)
    group = await context.services.community.group(group_id)
    if group is None:
        return
    reply = words.panel(context.tr, group.name, group_id, config)
    await send_or_edit(context, chat_id, message_id, reply)


async def settings_tapped(update: Update, context: KringContext) -> None:
    """A tap on the settings panel: switch or step to the next value."""
    query = update.callback_query
    tap = parse(query.data, SETTINGS) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    tr = context.tr
    # Digits of any length, as before: the service refuses a group that is not theirs.
    raw_group, key = tap.text(0), tap.rest(1)
    if not raw_group.isdigit():
        await query.answer()
        return
    group_id = int(raw_group)
    service = context.services.moderation
    config = await service.config(group_id)
    try:
        if key in SWITCHES:
            await service.change(query.from_user.id, group_id, **{key: not getattr(config, key)})
        elif key == "rest":
            current = (
                (config.rest_start_min, config.rest_end_min)
                if config.rest_start_min is not None and config.rest_end_min is not None
                else None
            )
            index = RESTS.index(current) if current in RESTS else 0
            await service.set_rest(query.from_user.id, group_id, RESTS[(index + 1) % len(RESTS)])
        elif key in CHOICES:
            options = CHOICES[key]
            current = getattr(config, key)
            following = (
                options[(options.index(current) + 1) % len(options)]
                if current in options
                else options[0]
            )
            await service.change(query.from_user.id, group_id, **{key: following})
        else:
            await query.answer()
            return
    except NotAllowed:
        await query.answer(words.not_yours(tr), show_alert=True)
        return
    await query.answer(words.saved(tr))
    await show_settings(context, query.message.chat.id, group_id, query.message.message_id)


async def add_word(update: Update, context: KringContext) -> None:
    """/addword <language> <word> (and /removeword): the group's own word list."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return
    tr = context.tr
    remove = message.text.startswith("/removeword")
    args = list(context.args or [])
    if len(args) < 2 or args[0] not in LANGUAGE_NAMES:
        await reply_to(message, words.word_usage(tr))
        return
    groups = await context.services.community.managed_groups(user.id)
    if not groups:
        await refuse(update, context)
        return
    word = " ".join(args[1:])
    for group in groups:
        try:
            await context.services.moderation.add_word(user.id, group.id, args[0], word, remove)
        except (NotAllowed, ValueError):
            continue
    await reply_to(message, words.word_list_changed(tr, remove))


async def set_text(update: Update, context: KringContext) -> None:
    """/setrules <language> <text> and /setwelcome <language> <text> ("-" restores the
    default), for every group the facilitator manages."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return
    tr = context.tr
    kind = "welcome" if message.text.startswith("/setwelcome") else "rules"
    _, _, rest = message.text.partition(" ")
    language, _, text = rest.strip().partition(" ")
    if language not in LANGUAGE_NAMES or not text.strip():
        await reply_to(message, words.text_usage(tr))
        return
    groups = await context.services.community.managed_groups(user.id)
    if not groups:
        await refuse(update, context)
        return
    value = None if text.strip() == "-" else text
    for group in groups:
        try:
            await context.services.moderation.set_text(user.id, group.id, kind, language, value)
        except NotAllowed:
            continue
    await reply_to(message, words.text_saved(tr))


def register(application: Application) -> None:
    """Add /moderation and its panel, the word list and the group texts."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("moderation", moderation_command, filters=private))
    application.add_handler(CommandHandler(["addword", "removeword"], add_word, filters=private))
    application.add_handler(CommandHandler(["setrules", "setwelcome"], set_text, filters=private))
    application.add_handler(CallbackQueryHandler(settings_tapped, pattern=rf"^{SETTINGS}\d+:"))
