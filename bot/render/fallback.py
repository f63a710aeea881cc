"""What Kring says when no feature answers: an unknown command, a message nobody asked
for, an old button, its own error, a question it stopped waiting for."""

from __future__ import annotations

from bot.i18n import Translator, isolate_commands
from bot.render import Reply


def unknown_command(tr: Translator) -> Reply:
    """A command Kring does not have."""
    return Reply(
        tr.gettext("I don't know that command. Tap /help to see what I can do."), html=False
    )


def not_understood(tr: Translator) -> Reply:
    """Text, voice or anything else in a private chat that no feature expects right now."""
    return Reply(
        tr.gettext(
            "Thank you for your message. I cannot answer it here. Tap /help to see what I can do."
        ),
        html=False,
    )


def button_gone(tr: Translator) -> str:
    """The alert of a button from an old message that no feature handles any more."""
    return tr.gettext("This button no longer works. Tap /help to start again.")


def went_wrong(tr: Translator) -> Reply:
    """The apology after an error."""
    return Reply(
        tr.gettext("Sorry, something went wrong. Please try again in a moment."), html=False
    )


def stopped_waiting(tr: Translator, command: str) -> Reply:
    """A dialog's answer that came after it expired: start again with `/command`."""
    text = tr.gettext(
        "I stopped waiting for this answer after a day. Please start again with {command}."
    ).format(command=f"/{command}")
    return Reply(isolate_commands(text) if tr.rtl else text, html=False)
