"""The words of running groups: which group, roles, invites, the chat link, settings, names."""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import SUPPORTED_LOCALES
from bot.i18n import LANGUAGE_NAMES, Translator
from bot.render import Reply, column, rows, tap
from storage.community import GroupView

GROUP_PICK = "grp:"  # grp:<action>:<group id>
INVITE_ROLE = "inv:"  # inv:<group id>:<role>:<qr 0/1>
SETTINGS = "gs:"  # gs:<group id>:<field>:<value>
ZONES = ("Europe/Amsterdam", "Europe/Brussels")


def role_name(tr: Translator, role: str) -> str:
    """A role (`parent`, `volunteer`…) in the reader's language (the code if unknown)."""
    names = {
        "parent": tr.pgettext("role", "parent"),
        "volunteer": tr.pgettext("role", "volunteer"),
        "facilitator": tr.pgettext("role", "facilitator"),
        "coordinator": tr.pgettext("role", "coordinator"),
    }
    return names.get(role, role)


def refuse(tr: Translator) -> Reply:
    """A polite no for someone whose role does not include this command."""
    return Reply(
        tr.gettext("Sorry, this command is for facilitators. Tap /help to see what you can do."),
        html=False,
    )


def not_yours(tr: Translator) -> str:
    """A group the reader does not manage (a toast or an alert)."""
    return tr.gettext("Sorry, this is not one of your groups.")


def not_yours_message(tr: Translator) -> Reply:
    """A group the reader does not manage, as a message."""
    return Reply(not_yours(tr), html=False)


def which_group(tr: Translator, action: str, groups: Sequence[GroupView]) -> Reply:
    """One button a group; the tap continues `action` for it."""
    return Reply(
        tr.gettext("Which group?"),
        column(tap(g.name[:60], GROUP_PICK, action, g.id) for g in groups),
        html=False,
    )


# -- invites and the group chat --------------------------------------------------------------


def ask_role(tr: Translator, group: GroupView, qr: bool, coordinator: bool) -> Reply:
    """Who the invite is for: parent, volunteer (and facilitator, for a coordinator)."""
    roles = ["parent", "volunteer"] + (["facilitator"] if coordinator else [])
    return Reply(
        tr.gettext("Who is the invite for, in {group}?").format(group=tr.user_text(group.name)),
        column(tap(role_name(tr, r), INVITE_ROLE, group.id, r, int(qr)) for r in roles),
    )


def invite_refused(tr: Translator) -> Reply:
    """An invite the reader may not make."""
    return Reply(tr.gettext("Sorry, you cannot make this invite."), html=False)


def invite_link(tr: Translator, link: str, for_parents: bool) -> Reply:
    """The link, with how many may use it and for how long."""
    if for_parents:
        note = tr.gettext(
            "Share this link with the parents of your group. It works for up to 30 parents, "
            "for two weeks:"
        )
    else:
        note = tr.gettext("Send this link to one person. It works once, for three days:")
    return Reply(f"{note}\n\n{link}", html=False)


def invite_qr_caption(tr: Translator) -> str:
    """The caption of the invite's QR code."""
    return tr.gettext("Let parents scan this code with their phone camera.")


def link_code(tr: Translator, group_name: str, code: str) -> Reply:
    """How to link the group's chat, with the one-time command to send there."""
    return Reply(
        tr.gettext(
            "Add me to the Telegram chat of {group}. Then send this message in that chat "
            "(it works once, for one hour):"
        ).format(group=tr.user_text(group_name))
        + f"\n\n<code>/link {code}</code>"
    )


def link_code_bad(tr: Translator) -> Reply:
    """`/link` with a code that does not work."""
    return Reply(
        tr.gettext(
            "This code does not work. Ask for a new one with /linkgroup in a private chat with me."
        ),
        html=False,
    )


def chat_linked(tr: Translator, group_name: str) -> Reply:
    """The group chat, linked (in the group's language)."""
    return Reply(
        tr.gettext("This chat is now linked to the group {group}.").format(
            group=tr.user_text(group_name)
        )
    )


# -- creating, renaming, settings ------------------------------------------------------------


def new_group_usage(tr: Translator) -> Reply:
    """/newgroup without a name."""
    return Reply(
        tr.gettext("Write the name after the command, like this: /newgroup Mothers North"),
        html=False,
    )


def only_coordinators(tr: Translator) -> Reply:
    """/newgroup by someone who is not a coordinator."""
    return Reply(tr.gettext("Sorry, only coordinators can create groups."), html=False)


def group_ready(tr: Translator, group_name: str) -> Reply:
    """A new group, created."""
    return Reply(
        tr.gettext("The group {group} is ready. Invite its facilitators with /invite.").format(
            group=tr.user_text(group_name)
        )
    )


def rename_usage(tr: Translator) -> Reply:
    """/renamegroup without a name."""
    return Reply(
        tr.gettext("Write the new name after the command, like this: /renamegroup Mothers North"),
        html=False,
    )


def renamed(tr: Translator, group_name: str) -> Reply:
    """A group, renamed."""
    return Reply(
        tr.gettext("The group is now called {group}.").format(group=tr.user_text(group_name))
    )


def settings_text(tr: Translator, group: GroupView) -> str:
    """A group's settings in plain words."""
    return "\n".join(
        [
            tr.gettext("Settings of {group}:").format(group=tr.user_text(group.name)),
            tr.gettext("Language: {language}").format(
                language=LANGUAGE_NAMES[group.default_locale]
            ),
            tr.gettext("Time zone: {zone}").format(zone=tr.zone_name(group.timezone)),
            tr.gettext("Most messages per parent per week: {count}").format(
                count=group.prompt_cap_per_week
            ),
            tr.gettext("Meeting reminders count towards that limit: yes")
            if group.reminders_count_to_cap
            else tr.gettext("Meeting reminders count towards that limit: no"),
        ]
    )


def settings(tr: Translator, group: GroupView) -> Reply:
    """A group's settings, with a button for each choice."""
    g = group.id
    flip = int(not group.reminders_count_to_cap)
    languages = [tap(LANGUAGE_NAMES[lc], SETTINGS, g, "lang", lc) for lc in SUPPORTED_LOCALES]
    return Reply(
        settings_text(tr, group),
        rows(
            languages[:3],  # five names do not fit one row of a phone
            languages[3:],
            [tap(tr.zone_name(zone), SETTINGS, g, "tz", i) for i, zone in enumerate(ZONES)],
            [tap(str(n), SETTINGS, g, "cap", n) for n in range(1, 6)],
            [tap(tr.gettext("Meeting reminders: count them or not"), SETTINGS, g, "remcap", flip)],
        ),
    )


def saved(tr: Translator) -> str:
    """The toast after a setting changed."""
    return tr.gettext("Saved.")
