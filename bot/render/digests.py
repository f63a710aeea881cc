"""The weekly digest as payloads, its schedule's buttons, and the answers of /digest and
/dashboard.

The digest's texts are written by `bot.render.digest_text`; here they become payloads (an
outbox row's or a reply's): each text a message, then the chart (PNG) with its caption.
`bot.digests.DigestBuilder` gathers the figures and draws the chart.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any

from babel.dates import get_day_names

from bot.i18n import Translator
from bot.render import Reply, grid, rows, tap
from bot.render.checkin_settings import weekday_name
from bot.render.digest_text import chart_caption, coordinator_digest, facilitator_digest
from storage.digest_delivery import DIGEST_HOURS, DigestSchedule
from storage.digest_stats import CoordinatorGroup, GroupFigures
from storage.outbox import PHOTO_PNG_KEY

SETTINGS = "dg:"  # dg:<organisation id>:<action>[:<value>]
Payload = dict[str, Any]


# -- the digest --------------------------------------------------------------------------


def coordinator(
    tr: Translator,
    name: str,
    groups: Sequence[tuple[str, CoordinatorGroup]],
    total: CoordinatorGroup,
    png: bytes,
    *,
    hidden: bool,
) -> list[Payload]:
    """A coordinator's digest of the organisation `name` (figures only, small ones hidden);
    `hidden` says whether the chart shows hidden weeks."""
    return payloads(tr, coordinator_digest(tr, name, groups, total), png, hidden=hidden)


def facilitator(
    tr: Translator,
    own: Sequence[tuple[str, GroupFigures]],
    contacts: Mapping[int, list[str]],
    png: bytes,
) -> list[Payload]:
    """A facilitator's digest of their own groups, with the names of parents waiting for
    contact (`contacts`, by group id)."""
    waiting = {g.group_id: contacts.get(g.group_id, []) for _, g in own}
    return payloads(tr, facilitator_digest(tr, own, waiting), png)


def payloads(
    tr: Translator, texts: Sequence[str], png: bytes, *, hidden: bool = False
) -> list[Payload]:
    """Each text as a message, then the chart with its caption."""
    found: list[Payload] = [Reply(text).payload() for text in texts]
    found.append(
        {
            PHOTO_PNG_KEY: base64.b64encode(png).decode("ascii"),
            "caption": chart_caption(tr, hidden=hidden),
            "parse_mode": "HTML",
        }
    )
    return found


# -- /digest -----------------------------------------------------------------------------


def not_for_you(tr: Translator) -> Reply:
    """/digest from someone who neither facilitates nor coordinates."""
    return Reply(tr.gettext("The weekly digest is for facilitators and coordinators."), html=False)


def here_it_is(tr: Translator) -> Reply:
    """The line before the digest /digest shows."""
    return Reply(tr.gettext("Here is the digest of the last eight weeks."), html=False)


def schedule_text(tr: Translator, schedule: DigestSchedule) -> str:
    """When an organisation's digest goes out (or that it is off)."""
    title = "<b>{}</b>".format(
        tr.gettext("Weekly digest of {organisation}").format(
            organisation=tr.user_text(schedule.name)
        )
    )
    if not schedule.enabled:
        return "\n".join([title, tr.gettext("The weekly digest is off.")])
    hour, minute = divmod(schedule.minute, 60)
    return "\n".join(
        [
            title,
            tr.gettext("Every {day} at {time} ({zone}).").format(
                day=weekday_name(tr, schedule.weekday),
                time=f"{hour:02d}:{minute:02d}",
                zone=tr.zone_name(schedule.timezone),
            ),
            tr.gettext(
                "Coordinators get the figures of every group; facilitators get their own groups."
            ),
        ]
    )


def schedule_reply(tr: Translator, schedule: DigestSchedule) -> Reply:
    """The schedule with its buttons: day, time, off (or only: on)."""
    o = schedule.organisation_id
    if not schedule.enabled:
        buttons = rows(tap(tr.gettext("Turn on"), SETTINGS, o, "on"))
    else:
        buttons = rows(
            [tap(tr.gettext("Day"), SETTINGS, o, "days"),
             tap(tr.gettext("Time"), SETTINGS, o, "hours")],
            tap(tr.gettext("Turn off"), SETTINGS, o, "off"),
        )  # fmt: skip
    return Reply(schedule_text(tr, schedule), buttons)


def schedule_choices(tr: Translator, schedule: DigestSchedule, action: str) -> Reply:
    """The schedule with the days (`action` "days") or the hours to choose from, and Back."""
    o = schedule.organisation_id
    if action == "days":
        names = get_day_names("abbreviated", locale=tr.locale)
        choices = [tap(str(names[d]), SETTINGS, o, "day", d) for d in range(7)]
    else:
        choices = [tap(f"{h:02d}:00", SETTINGS, o, "hour", h) for h in DIGEST_HOURS]
    buttons = (*grid(choices, 4), (tap(tr.gettext("Back"), SETTINGS, o, "show"),))
    return Reply(schedule_text(tr, schedule), buttons)


def coordinators_only(tr: Translator) -> Reply:
    """A schedule button tapped by someone who does not coordinate the organisation."""
    return Reply(tr.gettext("Only the organisation's coordinators can change this."), html=False)


# -- /dashboard --------------------------------------------------------------------------


def dashboard_in_private(tr: Translator) -> Reply:
    """/dashboard in a group chat."""
    return Reply(tr.gettext("Send /dashboard to me in a private chat."), html=False)


def dashboard_not_for_you(tr: Translator) -> Reply:
    """/dashboard from someone without a dashboard."""
    return Reply(
        tr.gettext("The dashboard is for facilitators, volunteers and coordinators."), html=False
    )


def sign_in_link(tr: Translator, url: str, minutes: int) -> Reply:
    """The one-time sign-in link for the web dashboard."""
    return Reply(
        "\n\n".join(
            [
                tr.ngettext(
                    "Your sign-in link for the dashboard. It works once, for {minutes} "
                    "minute. Do not share it.",
                    "Your sign-in link for the dashboard. It works once, for {minutes} "
                    "minutes. Do not share it.",
                    minutes,
                ).format(minutes=minutes),
                url,
            ]
        ),
        html=False,
    )
