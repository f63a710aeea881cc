"""The words of /broadcast: the members' messages, the facilitator's draft, preview and
report.

Members get their own language, or the group's language with a small marker saying so.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from bot.config import SUPPORTED_LOCALES
from bot.i18n import LANGUAGE_NAMES, Catalogs, Translator
from bot.render import Reply, Rows, column, tap
from storage.broadcasts import BroadcastView, Recipient, Report

CALLBACK = "bc:"  # bc:<broadcast id>:<action>[:<language>]
CHOSEN = "✓ "


class BroadcastMessages:
    """Each member's messages: their language, else the group's with a marker (storage's
    `BroadcastComposer`)."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    def messages(
        self, broadcast: BroadcastView, recipient: Recipient
    ) -> list[tuple[str, dict[str, Any]]]:
        """A text and/or a voice note, as (method, payload) pairs."""
        tr = self._catalogs.get(recipient.locale)
        header = "📣 " + tr.gettext("Message from {group}").format(
            group=tr.user_text(broadcast.group_name)
        )
        out: list[tuple[str, dict[str, Any]]] = []
        # One language per member: theirs if written or spoken, else the group's, else the
        # first there is; its text and/or voice note, with a marker when it is not theirs.
        locale = _pick(set(broadcast.texts) | set(broadcast.voices), recipient.locale,
                       broadcast.default_locale)  # fmt: skip
        if locale is None:
            return out
        marker = _marker(tr, locale) if locale != recipient.locale else None
        if locale in broadcast.texts:
            body = tr.user_text(broadcast.texts[locale])
            if marker:
                body += "\n\n" + marker
            out.append(("sendMessage", Reply(f"<b>{header}</b>\n\n{body}").payload()))
        if locale in broadcast.voices:
            caption = header
            if marker:
                caption += "\n" + marker
            out.append(("sendVoice", {"voice": broadcast.voices[locale],
                                      "caption": caption, "parse_mode": "HTML"}))  # fmt: skip
        return out


def _pick(written: set[str], wanted: str, default: str) -> str | None:
    """The member's language, else the group's, else the first one written (as sorted)."""
    for locale in (wanted, default):
        if locale in written:
            return locale
    return min(written, default=None)


def _marker(tr: Translator, locale: str) -> str:
    return "🌐 " + tr.gettext("(This message is in {language}: it was not written in yours.)")\
        .format(language=LANGUAGE_NAMES.get(locale, locale))  # fmt: skip


def report_text(catalogs: Catalogs, report: Report, locale: str | None) -> str:
    """The facilitator's report when delivery has finished."""
    tr = catalogs.get(locale)
    b = report.broadcast
    lines = [
        "<b>" + tr.gettext("Your message to {group} has gone out.").format(
            group=tr.user_text(b.group_name)) + "</b>",
        tr.gettext("Delivered: {count}").format(count=report.delivered),
        tr.gettext("Held for quiet hours (sent in the morning): {count}").format(
            count=report.quiet_hours),
        tr.gettext("On a break (not sent): {count}").format(count=b.held_paused),
        tr.gettext("Weekly message limit reached (not sent): {count}").format(count=b.held_cap),
        tr.gettext("Blocked Kring (not reachable): {count}").format(count=report.unreachable),
        tr.gettext("Failed: {count}").format(count=report.failed),
    ]  # fmt: skip
    return "\n".join(lines)


# -- the facilitator's draft -----------------------------------------------------------------


def languages(broadcast_id: int, done: Collection[str]) -> Rows:
    """One button a language, with a ✓ on those already written or spoken."""
    return column(
        tap((CHOSEN if lc in done else "") + LANGUAGE_NAMES[lc], CALLBACK, broadcast_id, "lang", lc)
        for lc in SUPPORTED_LOCALES
    )


def ask_language(tr: Translator, draft: BroadcastView) -> Reply:
    """A new draft: which language the message is in."""
    text = tr.gettext(
        "A message to {group}. Which language will you write or speak it in? You can add "
        "more languages afterwards."
    ).format(group=tr.user_text(draft.group_name))
    return Reply(text, languages(draft.id, ()))


def another_language(tr: Translator, view: BroadcastView) -> Reply:
    """Which language to add."""
    return Reply(
        tr.gettext("Which language?"),
        languages(view.id, set(view.texts) | set(view.voices)),
        html=False,
    )


def type_message(tr: Translator, language: str) -> Reply:
    """The question for the message in one language."""
    return Reply(
        tr.gettext("Type the message in {language}, or send a voice note.").format(
            language=LANGUAGE_NAMES[language]
        ),
        html=False,
    )


def preview(tr: Translator, view: BroadcastView, audience: int) -> Reply:
    """Under the preview: the languages written, and add / send / cancel."""
    done = sorted(set(view.texts) | set(view.voices))
    text = "\n".join([
        tr.gettext("Preview above. Languages: {languages}.").format(
            languages=", ".join(LANGUAGE_NAMES[lc] for lc in done)),
        tr.gettext("Members without their language get {language} with a small note.").format(
            language=LANGUAGE_NAMES.get(view.default_locale if view.default_locale in done
                                        else done[0], done[0])),
    ])  # fmt: skip
    send = tr.ngettext("Send to {count} member", "Send to {count} members", audience).format(
        count=audience
    )
    buttons = column(
        [
            tap(tr.gettext("Add another language"), CALLBACK, view.id, "more"),
            tap(send, CALLBACK, view.id, "send"),
            tap(tr.gettext("Cancel"), CALLBACK, view.id, "cancel"),
        ]
    )
    return Reply(text, buttons, html=False)


def sending(tr: Translator, recipients: int) -> Reply:
    """A confirmed message on its way."""
    return Reply(
        tr.ngettext(
            "Sending to {count} member. I will tell you when it has gone out.",
            "Sending to {count} members. I will tell you when it has gone out.",
            recipients,
        ).format(count=recipients),
        html=False,
    )


def cancelled(tr: Translator) -> Reply:
    """A draft thrown away."""
    return Reply(tr.gettext("Cancelled. Nothing was sent."), html=False)


def not_yours(tr: Translator) -> str:
    """A group (or draft) the reader does not manage."""
    return tr.gettext("Sorry, this is not one of your groups.")


def already_done(tr: Translator) -> str:
    """The alert of a button under a message already sent or cancelled."""
    return tr.gettext("This message was already sent or cancelled.")
