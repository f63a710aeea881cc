"""The words of the moderation audit log: /modlog's pages with their undo and paging
buttons, the actions' names (also on the dashboard), and the answers to an undo."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from bot.i18n import Translator
from bot.render import Button, Reply, rows, tap
from bot.render.moderation import reason_label
from storage.community import GroupView
from storage.moderation import LOG_PAGE, ActionView

LOG = "ml:"  # ml:<group id>:<offset>
UNDO = "undo:"  # undo:<action id>
BUTTON_MAX = 24  # visible characters: Telegram cuts longer labels on a phone


def action_label(tr: Translator, action: str) -> str:
    """A moderation action in words (the audit log, /modlog and the dashboard)."""
    labels = {
        "delete": tr.gettext("message deleted"),
        "flag": tr.gettext("asked the facilitators"),
        "warn": tr.gettext("warning"),
        "mute": tr.gettext("muted"),
        "unmute": tr.gettext("unmuted"),
        "ban": tr.gettext("removed"),
        "unban": tr.gettext("allowed back"),
        "alert": tr.gettext("safeguarding alert"),
        "report": tr.gettext("report"),
        "dismiss": tr.gettext("left as it is"),
    }
    return labels.get(action, action)


def undo_label(tr: Translator, action: str, name: str) -> str:
    """ "Undo: warning Amina" within BUTTON_MAX characters. When the words leave too little
    room, "↩" stands for "undo" (and then the action goes); the name is shortened to fit."""
    for label in (tr.gettext("Undo: {action} {name}"), "↩ {action} {name}", "↩ {name}"):
        room = BUTTON_MAX - len(label.format(action=action, name=""))
        if room >= min(len(name), 4):
            if len(name) > room:
                name = name[: room - 1].rstrip() + "…"
            return label.format(action=action, name=name)
    return "↩ " + name[: BUTTON_MAX - 3] + "…"


def log_text(
    tr: Translator,
    group: GroupView,
    actions: Sequence[ActionView],
    *,
    facilitator: bool,
    offset: int,
    total: int,
) -> str:
    """One line per event, newest first: when, who, what, about whom, why; for
    facilitators (not volunteers) a short excerpt of what was removed or flagged."""
    lines = [
        "<b>" + tr.gettext("Moderation in {group}").format(group=tr.user_text(group.name)) + "</b>"
    ]
    if not actions:
        lines.append(tr.gettext("Nothing yet."))
    for a in actions:
        # Day and month in the order the reader's language puts them (a skeleton), then
        # the time (24-hour, as in the Netherlands and Belgium).
        zone = ZoneInfo(group.timezone)
        when = " ".join(
            format_skeleton(skeleton, a.created_at, tzinfo=zone, locale=tr.locale)
            for skeleton in ("MMMd", "Hm")
        )
        who = "🤖" if a.actor_telegram_id is None else "👤"
        what = action_label(tr, a.action)
        if a.warned:
            what += " + " + tr.gettext("warning")
        line = f"{when} · {who} {what} · {tr.user_text(a.target_name or '?')}"
        if a.reason:
            line += f" · {reason_label(tr, a.reason)}"
        if a.undone_at is not None and a.action != "flag":
            line += " · " + tr.gettext("undone")
        if facilitator and a.excerpt:
            line += f"\n    <i>{tr.user_text(a.excerpt)}</i>"
        lines.append(line)
    if total > len(actions):
        lines.append(
            tr.gettext("{first}–{last} of {total}").format(
                first=offset + 1, last=offset + len(actions), total=total
            )
        )
    return "\n".join(lines)


def log_page(
    tr: Translator,
    group: GroupView,
    actions: Sequence[ActionView],
    *,
    may_undo: bool,
    reads_words: bool,
    offset: int,
    total: int,
) -> Reply:
    """A page of the log: its text, an undo button for each warning or mute not undone
    (for a facilitator), and older / newer."""
    text = log_text(tr, group, actions, facilitator=reads_words, offset=offset, total=total)
    lines: list[list[Button]] = []
    for a in actions:
        if may_undo and (a.action in {"warn", "mute"} or a.warned) and a.undone_at is None:
            what = tr.gettext("warning") if a.warned else action_label(tr, a.action)
            lines.append([tap(undo_label(tr, what, a.target_name or "?"), UNDO, a.id)])
    paging = []
    if offset + LOG_PAGE < total:
        paging.append(tap("◀ " + tr.gettext("Older"), LOG, group.id, offset + LOG_PAGE))
    if offset > 0:
        paging.append(tap(tr.gettext("Newer") + " ▶", LOG, group.id, max(offset - LOG_PAGE, 0)))
    if paging:
        lines.append(paging)
    return Reply(text, rows(*lines))


def not_yours(tr: Translator) -> str:
    """A group the reader does not manage."""
    return tr.gettext("Sorry, this is not one of your groups.")


def only_facilitators(tr: Translator) -> str:
    """Someone who is not a facilitator of the group tried to undo."""
    return tr.gettext("Sorry, only facilitators can do this.")


def already_undone(tr: Translator) -> str:
    """An undo tapped twice."""
    return tr.gettext("That was already undone.")


def undone_toast(tr: Translator) -> str:
    """The toast after an undo."""
    return tr.gettext("Undone.")


def undone(tr: Translator, action: str, name: str | None) -> Reply:
    """What was undone, as a message in the chat."""
    return Reply(
        tr.gettext("Undone: {action} {name}").format(
            action=action_label(tr, action), name=tr.user_text(name or "?")
        )
    )
