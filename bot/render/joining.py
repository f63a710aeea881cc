"""The words of coming in: /start, /help, /language, an invite link, consent, welcome."""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import SUPPORTED_LOCALES
from bot.i18n import LANGUAGE_NAMES, LRI, PDI, Translator
from bot.render import Reply, Rows, column, tap
from storage.community import InviteStatus, RoleView
from storage.enums import Role

LANGUAGE = "lang:"  # lang:<locale>
JOIN = "join:"  # join:<locale>:<invite code>
CONSENT = "consent:"  # consent:<y|n>:<locale>:<invite code, for yes>


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
            ("impact", tr.gettext("See what your groups did for their parents, over the years")),
            ("moderation", tr.gettext("Keep the group chat safe: checks and limits")),
            ("modlog", tr.gettext("See the latest moderation in your group chat")),
            ("setrules", tr.gettext("Write your group's rules in a language")),
            ("digest", tr.gettext("See the weekly figures of your groups")),
        ]
    if kinds & {Role.FACILITATOR, Role.VOLUNTEER, Role.COORDINATOR}:
        commands.append(("dashboard", tr.gettext("Open the web dashboard (a sign-in link)")))
    if Role.COORDINATOR in kinds:
        commands.append(("newgroup", tr.gettext("Create a new group")))
        commands.append(("impactquestions", tr.gettext("Write the impact questions your own way")))
    return commands


def help_text(tr: Translator, roles: Sequence[RoleView] = ()) -> str:
    """The /help message: every command this person may use, with what it does."""
    lines = [tr.gettext("This is what you can do. Tap a command:"), ""]
    lines += [
        # In Arabic the line reads right to left with the command kept whole ("/help").
        (f"{LRI}/{command}{PDI}" if tr.rtl else f"/{command}") + f" – {description}"
        for command, description in command_descriptions(tr, roles)
    ]
    return "\n".join(lines)


def help_message(tr: Translator, roles: Sequence[RoleView] = ()) -> Reply:
    """/help."""
    return Reply(help_text(tr, roles), html=False)


def language_buttons() -> Rows:
    """Five buttons, each language in its own name."""
    return column(tap(LANGUAGE_NAMES[code], LANGUAGE, code) for code in SUPPORTED_LOCALES)


def which_language(tr: Translator) -> str:
    """The question under the language buttons."""
    return tr.gettext("Which language do you want me to use? Tap one:")


def greeting(tr: Translator, first_name: str | None) -> Reply:
    """/start: hello, what Kring is, and the language buttons."""
    name = tr.user_text(first_name) if first_name else ""
    hello = tr.gettext("Hello {name}!").format(name=name) if name else tr.gettext("Hello!")
    text = "\n\n".join(
        [
            hello + " 👋",
            tr.gettext(
                "I am Kring, the helper of your parents' group. I send you reminders and "
                "short questions. One tap is always enough to answer."
            ),
            which_language(tr),
        ]
    )
    return Reply(text, language_buttons())


def ask_language(tr: Translator) -> Reply:
    """/language: the language buttons."""
    return Reply(which_language(tr), language_buttons(), html=False)


def language_button_gone(tr: Translator) -> str:
    """The alert of a language button for a language Kring no longer has."""
    return tr.gettext("This button no longer works. Tap /language to choose again.")


def language_chosen(tr: Translator) -> Reply:
    """The confirmation, in the language just chosen."""
    return Reply(tr.gettext("Done! From now on I write to you in this language."), html=False)


def language_chosen_with_help(tr: Translator, roles: Sequence[RoleView]) -> Reply:
    """The confirmation, followed by /help."""
    return Reply(language_chosen(tr).text + "\n\n" + help_text(tr, roles), html=False)


# -- joining with an invite link -------------------------------------------------------------


def invite_problem(tr: Translator, status: InviteStatus) -> Reply:
    """A kind explanation for a code that does not work (never an error)."""
    if status is InviteStatus.EXPIRED:
        text = tr.gettext(
            "This invite link is too old. Please ask your group's facilitator for a new one."
        )
    elif status is InviteStatus.USED:
        text = tr.gettext(
            "This invite link has already been used. "
            "Please ask your group's facilitator for a new one."
        )
    else:
        text = tr.gettext(
            "This invite link does not work. Please ask your group's facilitator for a new one."
        )
    return Reply(text, html=False)


def already_in(tr: Translator, group_name: str) -> Reply:
    """An invite to a group the reader is already in."""
    return Reply(
        tr.gettext("You are already in {group}. Tap /help to see what you can do.").format(
            group=tr.user_text(group_name)
        )
    )


def invited(tr: Translator, group_name: str, code: str) -> Reply:
    """Welcome, and the five languages, each carrying the invite code."""
    return Reply(
        tr.gettext("Welcome! You are invited to the group {group}.").format(
            group=tr.user_text(group_name)
        )
        + "\n\n"
        + which_language(tr),
        column(tap(LANGUAGE_NAMES[lc], JOIN, lc, code) for lc in SUPPORTED_LOCALES),
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


def consent(tr: Translator, group_name: str, locale: str, code: str) -> Reply:
    """The consent text with yes (carrying the code) and no."""
    return Reply(
        consent_text(tr, group_name),
        column(
            [
                tap(tr.gettext("Yes, I agree"), CONSENT, "y", locale, code),
                tap(tr.gettext("No, thank you"), CONSENT, "n", locale, ""),
            ]
        ),
    )


def declined(tr: Translator) -> Reply:
    """No to the consent text."""
    return Reply(
        tr.gettext(
            "No problem. We did not keep anything about you. If you change your mind, "
            "just tap the invite link again."
        ),
        html=False,
    )


def welcome(tr: Translator, group_name: str, roles: Sequence[RoleView]) -> Reply:
    """A new member: welcome, and /help."""
    return Reply(
        tr.gettext("Welcome to {group}! 🌱").format(group=tr.user_text(group_name))
        + "\n\n"
        + help_text(tr, roles)
    )
