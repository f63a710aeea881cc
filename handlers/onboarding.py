"""/start, /help and /language in a private chat."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.config import SUPPORTED_LOCALES
from bot.i18n import LANGUAGE_NAMES, LRI, PDI, Translator
from handlers.context import KringContext
from storage.community import RoleView
from storage.models import Role

LANGUAGE_CALLBACK = "lang:"


def command_descriptions(tr: Translator, roles: Sequence[RoleView] = ()) -> list[tuple[str, str]]:
    """The commands this person can use, by their roles, described in their language."""
    kinds = {r.role for r in roles}
    commands = [
        ("start", tr.gettext("Start and meet Kring")),
        ("help", tr.gettext("What Kring can do for you")),
        ("language", tr.gettext("Choose your language")),
    ]
    if kinds:
        commands += [
            ("pause", tr.gettext("Take a break from messages")),
            ("resume", tr.gettext("Get messages again after a break")),
            ("quiet", tr.gettext("Choose your quiet hours")),
        ]
    commands += [
        ("mydata", tr.gettext("See everything Kring keeps about you")),
        ("forget", tr.gettext("Delete everything Kring keeps about you")),
    ]
    if kinds & {Role.FACILITATOR, Role.COORDINATOR}:
        commands += [
            ("invite", tr.gettext("Make an invite link for your group")),
            ("qr", tr.gettext("Make an invite QR code for your group")),
            ("linkgroup", tr.gettext("Link your group's Telegram chat")),
            ("groupsettings", tr.gettext("Change your group's language, time zone or limits")),
            ("renamegroup", tr.gettext("Give your group a new name")),
            ("session", tr.gettext("Plan a meeting of your group")),
            ("sessions", tr.gettext("See and change the next meetings")),
            ("blockday", tr.gettext("Block days without meetings, like school holidays")),
            ("broadcast", tr.gettext("Send a message to your group")),
            ("checkin", tr.gettext("Set up the weekly check-in")),
            ("trajectory", tr.gettext("Set when your group's trajectory starts and ends")),
            ("moderation", tr.gettext("Keep the group chat safe: checks and limits")),
            ("modlog", tr.gettext("See the latest moderation in your group chat")),
            ("setrules", tr.gettext("Write your group's rules in a language")),
            ("digest", tr.gettext("See the weekly figures of your groups")),
        ]
    if kinds & {Role.FACILITATOR, Role.VOLUNTEER, Role.COORDINATOR}:
        commands.append(("dashboard", tr.gettext("Open the web dashboard (a sign-in link)")))
    if Role.COORDINATOR in kinds:
        commands.append(("newgroup", tr.gettext("Create a new group")))
    return commands


def language_keyboard() -> InlineKeyboardMarkup:
    """Five buttons, each language in its own name."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=LANGUAGE_CALLBACK + code)]
            for code in SUPPORTED_LOCALES
        ]
    )


def help_text(tr: Translator, roles: Sequence[RoleView] = ()) -> str:
    """The /help message: every command this person may use, with what it does."""
    lines = [tr.gettext("This is what you can do. Tap a command:"), ""]
    lines += [
        # In Arabic the line reads right to left with the command kept whole ("/help").
        (f"{LRI}/{command}{PDI}" if tr.rtl else f"/{command}") + f" – {description}"
        for command, description in command_descriptions(tr, roles)
    ]
    return "\n".join(lines)


async def start(update: Update, context: KringContext) -> None:
    """Greet a person and show how to choose a language."""
    tr = context.tr
    user = update.effective_user
    name = tr.user_text(user.first_name) if user and user.first_name else ""
    greeting = tr.gettext("Hello {name}!").format(name=name) if name else tr.gettext("Hello!")
    text = "\n\n".join(
        [
            greeting + " 👋",
            tr.gettext(
                "I am Kring, the helper of your parents' group. I send you reminders and "
                "short questions. One tap is always enough to answer."
            ),
            tr.gettext("Which language do you want me to use? Tap one:"),
        ]
    )
    if update.effective_message:
        await update.effective_message.reply_html(text, reply_markup=language_keyboard())


async def show_help(update: Update, context: KringContext) -> None:
    """List the commands in the person's language."""
    user = update.effective_user
    roles = await context.services.community.roles(user.id) if user else []
    if update.effective_message:
        await update.effective_message.reply_text(help_text(context.tr, roles))


async def ask_language(update: Update, context: KringContext) -> None:
    """Show the language picker."""
    if update.effective_message:
        await update.effective_message.reply_text(
            context.tr.gettext("Which language do you want me to use? Tap one:"),
            reply_markup=language_keyboard(),
        )


async def choose_language(update: Update, context: KringContext) -> None:
    """Store the tapped language and confirm in that language."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    code = query.data.removeprefix(LANGUAGE_CALLBACK)
    if code not in SUPPORTED_LOCALES:
        await query.answer(
            context.tr.gettext("This button no longer works. Tap /language to choose again."),
            show_alert=True,
        )
        return
    member = await context.services.members.choose_locale(query.from_user.id, code)
    context.member = member
    tr = context.services.catalogs.get(code)
    context.tr = tr
    await query.answer()
    confirmation = tr.gettext("Done! From now on I write to you in this language.")
    if query.message is not None and query.message.is_accessible:
        roles = await context.services.community.roles(query.from_user.id)
        await query.edit_message_text(confirmation + "\n\n" + help_text(tr, roles))
    else:
        await context.bot.send_message(query.from_user.id, confirmation)


def register(application: Application) -> None:
    """Add the onboarding handlers."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("start", start, filters=private))
    application.add_handler(CommandHandler("help", show_help))
    application.add_handler(CommandHandler("language", ask_language, filters=private))
    application.add_handler(CallbackQueryHandler(choose_language, pattern=f"^{LANGUAGE_CALLBACK}"))
