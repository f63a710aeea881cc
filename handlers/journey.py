"""The parent's journey in: an invite link, their language, plain-words consent, welcome."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.config import SUPPORTED_LOCALES
from bot.i18n import LANGUAGE_NAMES, Translator
from handlers.context import KringContext
from handlers.onboarding import help_text, start
from storage.community import InviteStatus, InviteView

# Bump when the consent text changes in substance: members then agreed to an older text.
CONSENT_VERSION = 1
JOIN_CALLBACK = "join:"
CONSENT_CALLBACK = "consent:"


def invite_problem(tr: Translator, status: InviteStatus) -> str:
    """A kind explanation for a code that does not work (never an error)."""
    if status is InviteStatus.EXPIRED:
        return tr.gettext(
            "This invite link is too old. Please ask your group's facilitator for a new one."
        )
    if status is InviteStatus.USED:
        return tr.gettext(
            "This invite link has already been used. "
            "Please ask your group's facilitator for a new one."
        )
    return tr.gettext(
        "This invite link does not work. Please ask your group's facilitator for a new one."
    )


def consent_text(tr: Translator, group_name: str) -> str:
    """What Kring keeps, who sees it, for how long, and how to see or delete it."""
    return "\n\n".join(
        [
            tr.gettext("Before you join {group}, please read this:").format(
                group=tr.user_text(group_name)
            ),
            "• "
            + tr.gettext("Kring keeps your first name, your language and the answers you give."),
            "• "
            + tr.gettext(
                "The facilitators of your group can read your answers. Coordinators only "
                "see numbers, never your name or your words."
            ),
            "• "
            + tr.gettext(
                "We keep this while you are in the group. See it any time with /mydata. "
                "Delete all of it with /forget."
            ),
            tr.gettext("Do you agree?"),
        ]
    )


def join_language_keyboard(code: str) -> InlineKeyboardMarkup:
    """The five languages, each in its own name, carrying the invite code."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(LANGUAGE_NAMES[lc], callback_data=f"{JOIN_CALLBACK}{lc}:{code}")]
            for lc in SUPPORTED_LOCALES
        ]
    )


async def start_with_code(update: Update, context: KringContext) -> None:
    """`/start <code>` from an invite link: check the code, then ask for the language."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    code = (context.args or [""])[0]
    if not code or code == "hello":
        await start(update, context)
        return
    tr = context.tr
    invite = await context.services.community.peek_invite(code[:32])
    if invite.status is not InviteStatus.OK or invite.group is None:
        await message.reply_text(invite_problem(tr, invite.status))
        return
    if await _already_in(context, user.id, invite):
        await message.reply_html(
            tr.gettext("You are already in {group}. Tap /help to see what you can do.").format(
                group=tr.user_text(invite.group.name)
            )
        )
        return
    await message.reply_html(
        tr.gettext("Welcome! You are invited to the group {group}.").format(
            group=tr.user_text(invite.group.name)
        )
        + "\n\n"
        + tr.gettext("Which language do you want me to use? Tap one:"),
        reply_markup=join_language_keyboard(invite.code),
    )


async def _already_in(context: KringContext, user_id: int, invite: InviteView) -> bool:
    roles = await context.services.community.roles(user_id)
    return any(r.role == invite.role and r.group and invite.group and r.group.id == invite.group.id
               for r in roles)  # fmt: skip


async def join_language(update: Update, context: KringContext) -> None:
    """A language tapped while joining: show the consent text in that language."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    locale, _, code = query.data.removeprefix(JOIN_CALLBACK).partition(":")
    if locale not in SUPPORTED_LOCALES:
        await query.answer()
        return
    tr = context.services.catalogs.get(locale)
    invite = await context.services.community.peek_invite(code)
    await query.answer()
    if invite.status is not InviteStatus.OK or invite.group is None:
        await query.edit_message_text(invite_problem(tr, invite.status))
        return
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(tr.gettext("Yes, I agree"),
                                  callback_data=f"{CONSENT_CALLBACK}y:{locale}:{code}")],
            [InlineKeyboardButton(tr.gettext("No, thank you"),
                                  callback_data=f"{CONSENT_CALLBACK}n:{locale}:")],
        ]
    )  # fmt: skip
    await query.edit_message_text(
        consent_text(tr, invite.group.name), parse_mode="HTML", reply_markup=keyboard
    )


async def consent_answer(update: Update, context: KringContext) -> None:
    """Agree: become a member. Decline: nothing is kept, and how to come back."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    answer, _, rest = query.data.removeprefix(CONSENT_CALLBACK).partition(":")
    locale, _, code = rest.partition(":")
    tr = context.services.catalogs.get(locale if locale in SUPPORTED_LOCALES else None)
    await query.answer()
    if answer != "y":
        await query.edit_message_text(
            tr.gettext(
                "No problem. We did not keep anything about you. If you change your mind, "
                "just tap the invite link again."
            )
        )
        return
    user = query.from_user
    name = user.first_name or ""
    joined = await context.services.community.accept_invite(
        code, user.id, name, tr.locale, CONSENT_VERSION
    )
    if joined.status is not InviteStatus.OK or joined.group is None:
        await query.edit_message_text(invite_problem(tr, joined.status))
        return
    context.tr = tr
    roles = await context.services.community.roles(user.id)
    await query.edit_message_text(
        tr.gettext("Welcome to {group}! 🌱").format(group=tr.user_text(joined.group.name))
        + "\n\n"
        + help_text(tr, roles),
        parse_mode="HTML",
    )


def register(application: Application) -> None:
    """Add the journey handlers (before onboarding's plain /start)."""
    private = filters.ChatType.PRIVATE
    application.add_handler(
        CommandHandler("start", start_with_code, filters=private & filters.Regex(r"^/start \S"))
    )
    application.add_handler(CallbackQueryHandler(join_language, pattern=f"^{JOIN_CALLBACK}"))
    application.add_handler(CallbackQueryHandler(consent_answer, pattern=f"^{CONSENT_CALLBACK}"))
