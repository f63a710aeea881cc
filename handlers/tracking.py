"""Group -1: who is writing, in which language; and whether a member blocked the bot."""

from __future__ import annotations

from telegram import ChatMember, ChatMemberUpdated, Update
from telegram.ext import Application, ChatMemberHandler, TypeHandler

from handlers.context import KringContext, linked_group

TRACKING_GROUP = -1


async def resolve_member(update: Update, context: KringContext) -> None:
    """Load the member (if we keep one) and resolve the language for this update.

    Chain: the member's choice → Telegram's `language_code` → the group's default →
    `KRING_DEFAULT_LOCALE`.
    """
    services = context.services
    user = update.effective_user
    chat = update.effective_chat
    # Set before any database work, so even an error reply speaks the person's language.
    context.tr = services.catalogs.resolve(user.language_code if user else None)
    member = await services.members.find(user.id) if user else None
    if member is not None and not member.named and user is not None and not user.is_bot:
        # Added from the command line with only an id: Telegram's name is the first we see.
        await services.members.name_if_unnamed(user.id, user.full_name)
    group_locale = None
    if chat is not None and chat.type in (chat.GROUP, chat.SUPERGROUP):
        group = await linked_group(context, chat.id)
        group_locale = group.default_locale if group else None
    context.member = member
    context.tr = services.catalogs.resolve(
        member.locale if member else None,
        user.language_code if user else None,
        group_locale,
    )


async def track_block(update: Update, context: KringContext) -> None:
    """A member blocked (or unblocked) the bot in their private chat: remember it."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type != change.chat.PRIVATE:
        return
    status = change.new_chat_member.status
    if status in (ChatMember.BANNED, ChatMember.LEFT):
        await context.services.members.set_reachable(change.from_user.id, reachable=False)
    elif status == ChatMember.MEMBER:
        await context.services.members.set_reachable(change.from_user.id, reachable=True)


def register(application: Application) -> None:
    """Add the tracking handlers."""
    application.add_handler(TypeHandler(Update, resolve_member), group=TRACKING_GROUP)
    application.add_handler(ChatMemberHandler(track_block, ChatMemberHandler.MY_CHAT_MEMBER))
