"""The words of a group's moderation settings in a facilitator's private chat: the
/moderation panel, and the answers to /addword, /removeword, /setrules and /setwelcome."""

from __future__ import annotations

from bot.i18n import Translator
from bot.render import Reply, column, tap
from storage.moderation import ModerationConfig

SETTINGS = "ms:"  # ms:<group id>:<key>[:<value>]
ON, OFF = "✅", "⬜"


def hhmm(minutes: int) -> str:
    """Minutes of the day as 07:00."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def panel(tr: Translator, group_name: str, group_id: int, config: ModerationConfig) -> Reply:
    """Each check on or off, the numbers and the night rest: a tap switches or steps on."""
    labels = {
        "flood_enabled": tr.gettext("Many messages at once"),
        "newcomer_enabled": tr.gettext("Links from new members"),
        "words_enabled": tr.gettext("Hurtful words"),
        "safeguarding_enabled": tr.gettext("Worrying messages to facilitators"),
        "support_note": tr.gettext("A private word with where to find help"),
        "rules_required": tr.gettext("New members agree to the rules first"),
    }
    buttons = [
        tap(f"{ON if getattr(config, k) else OFF} {label}", SETTINGS, group_id, k)
        for k, label in labels.items()
    ]
    numbers = {
        "warn_threshold": tr.gettext("Warnings before a mute: {value}").format(
            value=config.warn_threshold
        ),
        "mute_minutes": tr.gettext("Mute: {value} minutes").format(value=config.mute_minutes),
        "newcomer_hours": tr.gettext("New member for: {value} hours").format(
            value=config.newcomer_hours
        ),
        "rules_reminder_minutes": tr.gettext("Rules reminder after: {value} minutes").format(
            value=config.rules_reminder_minutes
        ),
        "flood_max_messages": tr.gettext("Too many: {value} messages in 10 seconds").format(
            value=config.flood_max_messages
        ),
    }
    buttons += [tap(label, SETTINGS, group_id, k) for k, label in numbers.items()]
    if config.rest_start_min is None or config.rest_end_min is None:
        rest = tr.gettext("Night rest for the chat: off")
    else:
        rest = tr.gettext("Night rest for the chat: {start} to {end}").format(
            start=hhmm(config.rest_start_min), end=hhmm(config.rest_end_min)
        )
    buttons.append(tap(rest, SETTINGS, group_id, "rest"))
    text = "\n".join(
        [
            "<b>"
            + tr.gettext("Moderation in {group}").format(group=tr.user_text(group_name))
            + "</b>",
            tr.gettext(
                "Tap to switch a check on or off, or to change a number. Add words with "
                "/addword, for example: /addword nl word"
            ),
        ]
    )
    return Reply(text, column(buttons))


def not_yours(tr: Translator) -> str:
    """A group the reader does not manage."""
    return tr.gettext("Sorry, this is not one of your groups.")


def saved(tr: Translator) -> str:
    """A setting or a text saved."""
    return tr.gettext("Saved.")


def word_usage(tr: Translator) -> Reply:
    """/addword or /removeword without a language and a word."""
    return Reply(
        tr.gettext(
            "Write the language and the word, for example: /addword nl word "
            "(languages: nl, ar, tr, so, es)"
        ),
        html=False,
    )


def word_list_changed(tr: Translator, removed: bool) -> Reply:
    """A word added to or removed from the groups' own list."""
    return Reply(
        tr.gettext("Removed from your groups' word list.")
        if removed
        else tr.gettext("Added to your groups' word list."),
        html=False,
    )


def text_usage(tr: Translator) -> Reply:
    """/setrules or /setwelcome without a language and a text."""
    return Reply(
        tr.gettext(
            "Write the language and the text, for example: /setrules nl Be kind to each "
            "other. Write - as the text to go back to the standard text."
        ),
        html=False,
    )


def text_saved(tr: Translator) -> Reply:
    """/setrules or /setwelcome done."""
    return Reply(saved(tr), html=False)
