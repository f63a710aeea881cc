"""The words of moderation in the group chat: the rules and the welcome, a removed
message's private note, the facilitators' alerts, flags and reports, the replies to their
commands, and the notes of the night rest.

The facilitators' private side has its own renderers: the audit log in `moderation_log`,
the settings panel in `moderation_settings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.i18n import LANGUAGE_NAMES, Catalogs, Translator
from bot.render import Reply, Rows, column, link, rows, tap
from storage.community import GroupView
from storage.moderation import ModerationConfig, Reminder, RestChange

AGREE = "mod:agree:"  # mod:agree:<group id>:<user id> (0: any newcomer not agreed yet)
FLAG = "mf:"  # mf:<action id>:<del|warn|ok|allow>
REPORT = "rep:"  # rep:<action id>:<del|warn|mute|dis>
WELCOME_NAMES = 20  # names written out in one welcome; more are "and N others"
ALERT_TEXT = 1000  # characters of a worrying or flagged message shown to facilitators


@dataclass(frozen=True, slots=True)
class Joiner:
    """Someone who just joined a linked chat, as far as the welcome needs to know."""

    user_id: int
    first_name: str
    language_code: str | None


# -- the rules and the welcome ---------------------------------------------------------------


def default_rules(tr: Translator) -> str:
    """The rules every group starts with (facilitators may write their own)."""
    return tr.gettext(
        "1. Be kind. We are all parents here.\n"
        "2. What is said in the group stays in the group.\n"
        "3. No insults, no hate, no advertising.\n"
        "4. Worried about something? Tell a facilitator."
    )


def rules_text(tr: Translator, config: ModerationConfig, default_locale: str) -> str:
    """The group's rules in this language: their own text, the default, or a fallback."""
    if tr.locale in config.rules:
        return tr.user_text(config.rules[tr.locale])
    if config.rules and default_locale in config.rules:
        marker = tr.gettext("(in {language})").format(language=LANGUAGE_NAMES[default_locale])
        return f"{tr.user_text(config.rules[default_locale])} {marker}"
    return default_rules(tr)


def rules(tr: Translator, config: ModerationConfig, default_locale: str) -> Reply:
    """/rules in the group chat."""
    return Reply(
        "<b>" + tr.gettext("Our group rules") + "</b>\n" + rules_text(tr, config, default_locale)
    )


def welcome(
    catalogs: Catalogs,
    config: ModerationConfig,
    group: GroupView,
    joiners: Sequence[Joiner],
    bot_username: str,
) -> Reply:
    """One welcome for one or many newcomers: in their language when they share one, else
    in the group's; with the rules and one "I agree" button any of them can tap."""
    languages = {catalogs.resolve(j.language_code, group.default_locale).locale for j in joiners}
    tr = catalogs.resolve(
        languages.pop() if len(languages) == 1 else group.default_locale, group.default_locale
    )
    shown = [tr.user_text(j.first_name) for j in joiners[:WELCOME_NAMES]]
    names = ", ".join(shown)
    if len(joiners) > WELCOME_NAMES:
        others = len(joiners) - WELCOME_NAMES
        names += " " + tr.ngettext("and {count} other", "and {count} others", others).format(
            count=others
        )
    own = config.welcome.get(tr.locale)
    lines = [
        tr.user_text(own) + f"\n{names}"
        if own
        else tr.gettext(
            "Welcome, {name}! I am Kring, the helper of this group. To get reminders "
            "in your own language, open a private chat with me:"
        ).format(name=names),
    ]
    buttons = [
        link(
            tr.gettext("Open a private chat with Kring"), f"https://t.me/{bot_username}?start=hello"
        )
    ]
    if config.rules_required:
        lines += [
            "",
            "<b>" + tr.gettext("Our group rules") + "</b>",
            rules_text(tr, config, group.default_locale),
            "",
            tr.gettext(
                "You can read along now. Tap the button to agree to "
                "the rules, then you can write too."
            ),
        ]
        buttons.insert(0, tap(tr.gettext("I agree to the group rules"), AGREE, group.id, 0))
    return Reply("\n".join(lines), column(buttons))


def not_for_you(tr: Translator) -> str:
    """The alert when someone taps another newcomer's "I agree"."""
    return tr.gettext("This button is for someone else.")


def can_write_now(tr: Translator) -> str:
    """The alert after "I agree to the group rules"."""
    return tr.gettext("Thank you! You can write in the group now.")


def rules_reminder_payload(catalogs: Catalogs, reminder: Reminder) -> dict[str, Any]:
    """The one reminder, in the group chat, for a newcomer who has not agreed yet."""
    tr = catalogs.get(reminder.default_locale)
    welcome = tr.gettext("Welcome")
    mention = f'<a href="tg://user?id={reminder.telegram_user_id}">{welcome}</a>'
    text = tr.gettext(
        "{welcome}! Please read the group rules above and tap the button to agree. "
        "Then you can write in the group too."
    ).format(welcome=mention)
    agree = tap(
        tr.gettext("I agree to the group rules"),
        AGREE,
        reminder.group_id,
        reminder.telegram_user_id,
    )
    return Reply(text, column([agree])).payload()


def rest_payload(catalogs: Catalogs, change: RestChange) -> dict[str, Any]:
    """The note when the group chat's night rest begins or ends."""
    tr = catalogs.get(change.default_locale)
    if change.resting and change.until is not None:
        text = "🌙 " + tr.gettext("Good night! The group rests now. You can write again at {time}.")
        text = text.format(time=tr.datetime(change.until, change.timezone, "HH:mm"))
    else:
        text = "☀️ " + tr.gettext("Good morning! The group is open again.")
    return Reply(text).payload()


# -- reasons ---------------------------------------------------------------------------------


def reason_text(tr: Translator, reason: str, config: ModerationConfig) -> str:
    """Why a message was removed, for the member who wrote it."""
    if reason.startswith(("word_list", "insult", "group_word")):
        return tr.gettext("it had words that can hurt others")
    if reason == "flood":
        return tr.gettext("many messages came very quickly")
    if reason.startswith(("link_from_newcomer", "forward_from_newcomer")):
        return tr.ngettext(
            "new members can share links and forwarded messages after {count} hour",
            "new members can share links and forwarded messages after {count} hours",
            config.newcomer_hours,
        ).format(count=config.newcomer_hours)
    return tr.gettext("it did not follow the group rules")


def concern_text(tr: Translator, reason: str) -> str:
    """A safeguarding concern in words, for the facilitators."""
    concern = reason.removeprefix("safeguarding:")
    texts = {
        "self_harm": tr.gettext("someone may want to hurt themselves"),
        "violence": tr.gettext("there may be violence at home"),
        "child_abuse": tr.gettext("a child may be hurt or abused"),
        "sexual_abuse": tr.gettext("there may be sexual abuse"),
        "abuse": tr.gettext("someone may be hurt or abused"),
        "threat": tr.gettext("someone may be threatened"),
    }
    return texts.get(concern, tr.gettext("there may be violence"))


def reason_label(tr: Translator, reason: str) -> str:
    """A reason from the log in the reader's words (a facilitator's own reason as typed)."""
    if reason.startswith("safeguarding"):
        return concern_text(tr, reason)
    labels = {
        "insult": tr.gettext("an insult aimed at someone"),
        "insult_ambiguous": tr.gettext("a word that can be an insult, said to someone"),
        "insult_quote": tr.gettext("an insult quoted, perhaps to ask for advice"),
        "insult_learned": tr.gettext("words that may hurt someone, for you to judge"),
        "group_word": tr.gettext("a word on the group's own list"),
        "flood": tr.gettext("many messages very quickly"),
        "link_from_newcomer": tr.gettext("a link from a new member"),
        "forward_from_newcomer": tr.gettext("a forwarded message from a new member"),
        "warnings": tr.gettext("after several warnings"),
        "report": tr.gettext("after a report"),
    }
    if reason in labels:
        return labels[reason]
    if reason.startswith("word_list"):
        return tr.gettext("an insult aimed at someone")
    return tr.user_text(reason)


# -- to the facilitators ---------------------------------------------------------------------


def member_words(tr: Translator, text: str, words: bool) -> str:
    """A member's words for a facilitator; for a coordinator, where to read them instead."""
    if not words:
        return tr.gettext(
            "(Coordinators do not read members' words here. Open the message in the group chat.)"
        )
    return tr.user_text(text)


def mention(tr: Translator, user_id: int, first_name: str) -> str:
    """The writer's name, linked to their profile so a facilitator can write to them."""
    return f'<a href="tg://user?id={user_id}">{tr.user_text(first_name)}</a>'


def action_name(tr: Translator, what: str) -> str:
    """A Bot API call that needs admin rights, in words."""
    names = {
        "delete": tr.gettext("delete a message"),
        "restrict": tr.gettext("restrict a member"),
        "ban": tr.gettext("remove a member"),
    }
    return names.get(what, what)


def missing_rights(tr: Translator, what: str, group_name: str) -> Reply:
    """Kring needs admin rights in the group chat."""
    return Reply(
        tr.gettext(
            "I could not {action} in {group}. Please make me an admin of the group chat "
            "with the rights to delete messages and restrict members."
        ).format(action=action_name(tr, what), group=tr.user_text(group_name))
    )


def safeguarding_alert(
    tr: Translator,
    group_name: str,
    reason: str,
    user_id: int,
    first_name: str,
    text: str,
    words: bool,
    url: str | None,
) -> Reply:
    """A worrying message, for the facilitators: it stays in the chat."""
    lines = [
        "⚠️ <b>"
        + tr.gettext("A message in {group} may need your care.").format(
            group=tr.user_text(group_name)
        )
        + "</b>",
        tr.gettext("Why: {concern}. I did not remove it.").format(concern=concern_text(tr, reason)),
        tr.gettext("From {name}:").format(name=mention(tr, user_id, first_name)),
        member_words(tr, text, words),
    ]
    if url is None:
        lines.append(tr.gettext("(In an ordinary group I cannot link to the message.)"))
    buttons = column([link(tr.gettext("Open the message"), url)]) if url else ()
    return Reply("\n".join(lines), buttons)


def support_text(tr: Translator, group: GroupView) -> str:
    """A warm private word for a parent whose message worried Kring, with where to find
    help (Belgian numbers for a group in Belgium, Dutch ones otherwise)."""
    if group.timezone == "Europe/Brussels":
        numbers = tr.gettext(
            "Help, free and anonymous: 1712 (violence and abuse), 1813 (Zelfmoordlijn, "
            "day and night). In danger now: 112."
        )
    else:
        numbers = tr.gettext(
            "Help, free and anonymous: Veilig Thuis 0800-2000 (violence and abuse), 113 "
            "Zelfmoordpreventie 0800-0113 (day and night). In danger now: 112."
        )
    return "\n\n".join(
        [
            tr.gettext(
                "Thank you for sharing this in {group}. You are not alone. A facilitator "
                "of your group has seen your message and can talk with you."
            ).format(group=tr.user_text(group.name)),
            numbers,
        ]
    )


def flag_text(
    tr: Translator, group_name: str, name: str, reason: str, text: str, *, words: bool = True
) -> str:
    """The private question to the facilitators about a flagged message."""
    return "\n".join(
        [
            "🔎 <b>"
            + tr.gettext("Please take a look at a message in {group}.").format(
                group=tr.user_text(group_name)
            )
            + "</b>",
            tr.gettext("Why: {reason}. I did not remove it, you decide.").format(
                reason=reason_label(tr, reason)
            ),
            tr.gettext("From {name}:").format(name=tr.user_text(name)),
            member_words(tr, text[:ALERT_TEXT], words) if text else tr.gettext("(no text)"),
        ]
    )


def flag_buttons(tr: Translator, action_id: int, term: str, url: str | None) -> Rows:
    """Remove, warn, leave it, allow this word in this group (and open the message)."""
    lines = [
        [tap(tr.gettext("Remove"), FLAG, action_id, "del"),
         tap(tr.gettext("Warn"), FLAG, action_id, "warn")],
        [tap(tr.gettext("Leave it"), FLAG, action_id, "ok")],
    ]  # fmt: skip
    if term:
        lines.append([tap(tr.gettext("Allow this word in this group"), FLAG, action_id, "allow")])
    if url:
        lines.append([link(tr.gettext("Open the message"), url)])
    return rows(*lines)


def flag(tr: Translator, group_name: str, name: str, reason: str, text: str, *, words: bool,
         action_id: int, term: str, url: str | None) -> Reply:  # fmt: skip
    """The question about a flagged message with its one-tap answers."""
    return Reply(
        flag_text(tr, group_name, name, reason, text, words=words),
        flag_buttons(tr, action_id, term, url),
    )


def report_notice(tr: Translator, group_name: str, target_name: str, text: str, reason: str,
                  words: bool, action_id: int) -> Reply:  # fmt: skip
    """A member's report, for the facilitators, with one-tap actions."""
    lines = [
        "🚩 <b>"
        + tr.gettext("A member reported a message in {group}.").format(
            group=tr.user_text(group_name)
        )
        + "</b>",
        tr.gettext("From {name}:").format(name=tr.user_text(target_name)),
        member_words(tr, text, words) if text else tr.gettext("(no text)"),
    ]
    if reason and words:  # the reporter's words, too
        lines.append(tr.gettext("Reason given: {reason}").format(reason=tr.user_text(reason)))
    buttons = rows(
        [tap(tr.gettext("Delete"), REPORT, action_id, "del"),
         tap(tr.gettext("Warn"), REPORT, action_id, "warn")],
        [tap(tr.gettext("Mute 1 hour"), REPORT, action_id, "mute"),
         tap(tr.gettext("Dismiss"), REPORT, action_id, "dis")],
    )  # fmt: skip
    return Reply("\n".join(lines), buttons)


# -- to the member ---------------------------------------------------------------------------


def removed_note(tr: Translator, first_name: str, group_name: str, reason: str,
                 config: ModerationConfig, muted: bool) -> str:  # fmt: skip
    """The kind private word after a message was removed (and a mute, if one followed)."""
    lines = [
        tr.gettext("Hello {name}, I removed your message in {group}, because {reason}.").format(
            name=tr.user_text(first_name),
            group=tr.user_text(group_name),
            reason=reason_text(tr, reason, config),
        ),
        tr.gettext(
            "This is how we keep the group a safe place for everyone. Thank you for understanding."
        ),
    ]
    if muted:
        lines.append(
            tr.ngettext(
                "After several warnings you can read but not write for {count} minute.",
                "After several warnings you can read but not write for {count} minutes.",
                config.mute_minutes,
            ).format(count=config.mute_minutes)
        )
    return "\n\n".join(lines)


def report_usage(tr: Translator) -> Reply:
    """/report without a reply."""
    return Reply(
        tr.gettext("Reply to the message you want to report, and write /report."), html=False
    )


def too_many_reports(tr: Translator) -> Reply:
    """/report once too often this hour."""
    return Reply(
        tr.gettext("Thank you. You have sent many reports this hour; please try again later."),
        html=False,
    )


def report_thanks(tr: Translator, group_name: str) -> str:
    """The reporter's private thanks."""
    return tr.gettext(
        "Thank you for your report. The facilitators of {group} will look at it."
    ).format(group=tr.user_text(group_name))


# -- outcomes of a facilitator's tap or command ----------------------------------------------


def button_gone(tr: Translator) -> str:
    """The toast of a button that no longer works."""
    return tr.gettext("This button no longer works. Tap /help to start again.")


def only_facilitators(tr: Translator) -> str:
    """Someone who is not a facilitator of the group tried."""
    return tr.gettext("Sorry, only facilitators can do this.")


def already_decided(tr: Translator) -> str:
    """A flag another facilitator answered first."""
    return tr.gettext("Another facilitator already decided.")


def deleted(tr: Translator) -> str:
    """A reported or flagged message deleted."""
    return tr.gettext("The message was deleted.")


def warned(tr: Translator, first_name: str, muted: bool = False) -> str:
    """A member warned (and muted, at the group's threshold)."""
    text = tr.gettext("{name} was warned.").format(name=tr.user_text(first_name))
    if muted:
        text += " " + tr.gettext("That was one warning too many: a short mute follows.")
    return text


def muted_for_an_hour(tr: Translator, first_name: str) -> str:
    """A reported member muted for an hour."""
    return tr.gettext("{name} cannot write for 1 hour.").format(name=tr.user_text(first_name))


def report_dismissed(tr: Translator) -> str:
    """A report left as it is."""
    return tr.gettext("The report was dismissed.")


def word_allowed(tr: Translator, group_name: str) -> str:
    """A flagged word allowed in the group."""
    return tr.gettext("This word is allowed in {group} from now on.").format(
        group=tr.user_text(group_name)
    )


def left_as_it_is(tr: Translator) -> str:
    """A flagged message left as it is."""
    return tr.gettext("Left as it is.")


def plain(html_text: str) -> str:
    """A short HTML text as plain text (for a callback answer, which has no markup)."""
    text = re.sub(r"<[^>]+>", "", html_text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")[:190]


def staff_reply_usage(tr: Translator) -> Reply:
    """A facilitator's command that is not a reply to a member's message."""
    return Reply(
        tr.gettext("Reply to a message of the member, then write the command."), html=False
    )


def staff_muted(tr: Translator, first_name: str, minutes: int) -> Reply:
    """/mute done."""
    return Reply(
        tr.ngettext(
            "{name} cannot write for {count} minute.",
            "{name} cannot write for {count} minutes.",
            minutes,
        ).format(name=tr.user_text(first_name), count=minutes)
    )


def unmuted(tr: Translator, first_name: str) -> Reply:
    """/unmute done."""
    return Reply(tr.gettext("{name} can write again.").format(name=tr.user_text(first_name)))


def banned(tr: Translator, first_name: str) -> Reply:
    """/ban done."""
    return Reply(
        tr.gettext("{name} was removed from the group.").format(name=tr.user_text(first_name))
    )


def unbanned(tr: Translator, first_name: str) -> Reply:
    """/unban done."""
    return Reply(
        tr.gettext("{name} may join the group again.").format(name=tr.user_text(first_name))
    )
