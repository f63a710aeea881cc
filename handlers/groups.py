"""Running groups: create them, invite people, link the group chat, change settings."""

from __future__ import annotations

import io

import segno
from telegram import CallbackQuery, InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.config import SUPPORTED_LOCALES
from bot.render import groups as words
from bot.render.groups import INVITE_ROLE, SETTINGS, ZONES
from handlers.callbacks import parse
from handlers.context import LINKS_KEY, KringContext
from handlers.keyboards import reply_to, send, send_or_edit
from storage.community import CommunityService, GroupView, NotAllowed
from storage.enums import Role

MAX_NAME = 80


async def refuse(update: Update, context: KringContext) -> None:
    """A polite no for someone whose role does not include this command."""
    if update.effective_message:
        await reply_to(update.effective_message, words.refuse(context.tr))


async def pick_group(update: Update, context: KringContext, action: str) -> GroupView | None:
    """The only group a person manages, or a question which one (None then)."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return None
    groups = await context.services.community.managed_groups(user.id)
    if not groups:
        await refuse(update, context)
        return None
    if len(groups) == 1:
        return groups[0]
    await reply_to(message, words.which_group(context.tr, action, groups))
    return None


async def _ask_role(context: KringContext, chat_id: int, user_id: int, group: GroupView,
                    qr: bool, message_id: int | None = None) -> None:  # fmt: skip
    roles = await context.services.community.roles(user_id)
    coordinator = any(
        r.role is Role.COORDINATOR and r.organisation_id == group.organisation_id for r in roles
    )
    reply = words.ask_role(context.tr, group, qr, coordinator)
    await send_or_edit(context, chat_id, message_id, reply)


async def invite(update: Update, context: KringContext) -> None:
    """Make an invite link: pick the group (if several), then the role."""
    await _invite(update, context, qr=False)


async def invite_qr(update: Update, context: KringContext) -> None:
    """Like /invite, with a QR code image of the link (for a meeting or a poster)."""
    await _invite(update, context, qr=True)


async def _invite(update: Update, context: KringContext, qr: bool) -> None:
    group = await pick_group(update, context, "qr" if qr else "invite")
    if group is None or update.effective_chat is None or update.effective_user is None:
        return
    await _ask_role(context, update.effective_chat.id, update.effective_user.id, group, qr)


async def after_pick(context: KringContext, query: CallbackQuery, action: str,
                     group: GroupView) -> bool:  # fmt: skip
    """Continue one of this module's actions for the group just chosen; False if the
    action belongs to another feature (handlers.group_choice routes those)."""
    assert query.message is not None
    chat_id = query.message.chat.id
    if action in ("invite", "qr"):
        await _ask_role(context, chat_id, query.from_user.id, group, action == "qr",
                        query.message.message_id)  # fmt: skip
    elif action == "link":
        await _send_link_code(context, chat_id, query.from_user.id, group)
    elif action == "settings":
        await _show_settings(context, chat_id, group, query.message.message_id)
    elif action == "rename":
        await _apply_rename(context, query.from_user.id, group, chat_id)
    else:
        return False
    return True


async def invite_role(update: Update, context: KringContext) -> None:
    """Create the code for the chosen role and send the link (and QR code)."""
    query = update.callback_query
    tap = parse(query.data, INVITE_ROLE) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    tr = context.tr
    chat_id, message_id = query.message.chat.id, query.message.message_id
    await query.answer()
    try:
        role = Role(tap.text(1))
        group_id = int(tap.text(0))  # any integer: the service refuses a group not theirs
        max_uses = 30 if role is Role.PARENT else 1
        code = await context.services.community.create_invite(
            query.from_user.id, group_id, role, max_uses=max_uses
        )
    except (ValueError, NotAllowed):
        await send_or_edit(context, chat_id, message_id, words.invite_refused(tr))
        return
    link = f"https://t.me/{context.bot.username}?start={code}"
    reply = words.invite_link(tr, link, role is Role.PARENT)
    await send_or_edit(context, chat_id, message_id, reply)
    if tap.text(2) == "1":
        png = io.BytesIO()
        segno.make(link, error="m").save(png, kind="png", scale=10, border=4)
        await context.bot.send_photo(
            query.from_user.id,
            InputFile(png.getvalue(), filename="kring-invite.png"),
            caption=words.invite_qr_caption(tr),
        )


async def link_group(update: Update, context: KringContext) -> None:
    """Give a one-time code to link the group's Telegram chat."""
    group = await pick_group(update, context, "link")
    if group is None or update.effective_chat is None or update.effective_user is None:
        return
    await _send_link_code(context, update.effective_chat.id, update.effective_user.id, group)


async def _send_link_code(context: KringContext, chat_id: int, user_id: int,
                          group: GroupView) -> None:  # fmt: skip
    code = await context.services.community.create_link_code(user_id, group.id)
    await send(context, chat_id, words.link_code(context.tr, group.name, code))


async def link_in_chat(update: Update, context: KringContext) -> None:
    """`/link CODE` in a group chat: link it to the group, if the sender may."""
    message = update.effective_message
    user = update.effective_user
    chat = update.effective_chat
    if message is None or user is None or chat is None:
        return
    code = (context.args or [""])[0][:32]
    group = await context.services.community.link_chat(code, user.id, chat.id) if code else None
    context.application.bot_data.get(LINKS_KEY, {}).pop(chat.id, None)
    if group is None:
        await reply_to(message, words.link_code_bad(context.tr))
        return
    tr = context.services.catalogs.get(group.default_locale)
    await reply_to(message, words.chat_linked(tr, group.name))


async def chat_migrated(update: Update, context: KringContext) -> None:
    """The group chat became a supergroup: keep the link under its new id."""
    message = update.effective_message
    if message is None or message.migrate_to_chat_id is None:
        return
    await context.services.community.migrate_chat(message.chat.id, message.migrate_to_chat_id)


async def new_group(update: Update, context: KringContext) -> None:
    """A coordinator creates a group: `/newgroup Moeders Noord`."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    tr = context.tr
    name = " ".join(context.args or []).strip()[:MAX_NAME]
    if not name:
        await reply_to(message, words.new_group_usage(tr))
        return
    services = context.services
    try:
        group = await services.community.create_group(
            user.id, name, services.default_timezone, services.catalogs.default_locale
        )
    except NotAllowed:
        await reply_to(message, words.only_coordinators(tr))
        return
    await reply_to(message, words.group_ready(tr, group.name))


async def group_settings(update: Update, context: KringContext) -> None:
    """Show a group's settings as buttons."""
    group = await pick_group(update, context, "settings")
    if group is None or update.effective_chat is None:
        return
    await _show_settings(context, update.effective_chat.id, group)


async def _show_settings(context: KringContext, chat_id: int, group: GroupView,
                         message_id: int | None = None) -> None:  # fmt: skip
    reply = words.settings(context.tr, group)
    await send_or_edit(context, chat_id, message_id, reply)


async def setting_changed(update: Update, context: KringContext) -> None:
    """Apply one tapped setting (the service checks the person may)."""
    query = update.callback_query
    tap = parse(query.data, SETTINGS) if query is not None else None
    if query is None or tap is None or query.message is None:
        return
    group_id, field, value, number = tap.number(0), tap.text(1), tap.text(2), tap.number(2)
    community: CommunityService = context.services.community
    changes: dict[str, object] = {}
    if field == "lang" and value in SUPPORTED_LOCALES:
        changes["default_locale"] = value
    elif field == "tz" and number is not None and number < len(ZONES):
        changes["timezone"] = ZONES[number]
    elif field == "cap" and number is not None and 1 <= number <= 5:
        changes["prompt_cap_per_week"] = number
    elif field == "remcap" and value in ("0", "1"):
        changes["reminders_count_to_cap"] = value == "1"
    try:
        if not changes or group_id is None:
            raise NotAllowed("bad setting")
        group = await community.update_group(query.from_user.id, group_id, **changes)  # type: ignore[arg-type]
    except NotAllowed:
        await query.answer(words.not_yours(context.tr), show_alert=True)
        return
    await query.answer(words.saved(context.tr))
    await _show_settings(context, query.message.chat.id, group, query.message.message_id)


DIALOG = "rename"  # step "group": {"name": the new name}, until the group is tapped


async def rename_group(update: Update, context: KringContext) -> None:
    """`/renamegroup New name`: rename the group (asks which one if several)."""
    message = update.effective_message
    if message is None:
        return
    name = " ".join(context.args or []).strip()[:MAX_NAME]
    if not name:
        await reply_to(message, words.rename_usage(context.tr))
        return
    if update.effective_user is not None:
        # Kept until the group is chosen (the name does not fit in a button's data).
        await context.services.dialogs.open(update.effective_user.id, DIALOG, "group",
                                            {"name": name})  # fmt: skip
    group = await pick_group(update, context, "rename")
    if group is not None and update.effective_user is not None:
        await _apply_rename(context, update.effective_user.id, group, message.chat.id)


async def _apply_rename(context: KringContext, user_id: int, group: GroupView,
                        chat_id: int) -> None:  # fmt: skip
    dialog = await context.services.dialogs.current(user_id, DIALOG)
    if dialog is None or not dialog.args.get("name"):
        return
    await context.services.dialogs.close(user_id, DIALOG)
    name = str(dialog.args["name"])
    renamed = await context.services.community.update_group(user_id, group.id, name=name)
    await send(context, chat_id, words.renamed(context.tr, renamed.name))


def register(application: Application) -> None:
    """Add the group management handlers."""
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    application.add_handler(CommandHandler("newgroup", new_group, filters=private))
    application.add_handler(CommandHandler("invite", invite, filters=private))
    application.add_handler(CommandHandler("qr", invite_qr, filters=private))
    application.add_handler(CommandHandler("linkgroup", link_group, filters=private))
    application.add_handler(CommandHandler("groupsettings", group_settings, filters=private))
    application.add_handler(CommandHandler("renamegroup", rename_group, filters=private))
    application.add_handler(CommandHandler("link", link_in_chat, filters=groups))
    application.add_handler(CallbackQueryHandler(invite_role, pattern=f"^{INVITE_ROLE}"))
    application.add_handler(CallbackQueryHandler(setting_changed, pattern=f"^{SETTINGS}"))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated))
    # Newcomers in the group chat are welcomed by handlers.chat_moderation (rules first).
