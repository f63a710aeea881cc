"""The group a feature test starts from, built the way people build it: through the services.

An organisation with its coordinator, a group (name, time zone, default language), its
staff by role and its parents, each joining with an invite and consent; optionally the
group chat linked to it. `build_group` works on any `Services` (a `BotHarness`'s, or ones
from `tests.harness.build_services`), on SQLite and PostgreSQL; everything it stamps
(joining, consent, invites) is stamped by those services' clock, so a test that moves the
clock builds at the moment it chooses.

The people are given as `{telegram id: (name, language)}`. Facilitators and volunteers are
invited by the coordinator, parents by the first facilitator (the coordinator if the group
has none), in the order given, facilitators before volunteers before parents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from handlers.context import Services
from storage.community import InviteStatus
from storage.models import Role

People = Mapping[int, tuple[str, str]]  # telegram id -> (name, language)
NOBODY: People = {}
CONSENT_VERSION = 1


@dataclass(frozen=True)
class GroupIds:
    """What `build_group` made: the ids a test acts with."""

    organisation_id: int
    coordinator: int
    group_id: int
    chat_id: int | None = None  # the linked group chat, if one was asked for


async def build_group(
    services: Services,
    *,
    coordinator: int,
    facilitators: People = NOBODY,
    volunteers: People = NOBODY,
    parents: People = NOBODY,
    name: str = "Moeders Noord",
    timezone: str = "Europe/Amsterdam",
    language: str = "nl",
    organisation: str = "Buurtvrouwen",
    chat: int | None = None,
) -> GroupIds:
    """An organisation with `coordinator`, one group with its people, `chat` linked to it
    (by its first facilitator's link code)."""
    organisation_id = await services.community.add_coordinator(organisation, coordinator)
    group_id = await add_group(
        services,
        coordinator,
        name=name,
        timezone=timezone,
        language=language,
        facilitators=facilitators,
        volunteers=volunteers,
        parents=parents,
    )
    if chat is not None:
        [facilitator, *_] = facilitators
        code = await services.community.create_link_code(facilitator, group_id)
        linked = await services.community.link_chat(code, facilitator, chat)
        assert linked is not None and linked.id == group_id, "the chat was not linked"
    return GroupIds(organisation_id, coordinator, group_id, chat)


async def add_group(
    services: Services,
    coordinator: int,
    *,
    name: str,
    timezone: str = "Europe/Amsterdam",
    language: str = "nl",
    facilitators: People = NOBODY,
    volunteers: People = NOBODY,
    parents: People = NOBODY,
) -> int:
    """One more group in `coordinator`'s organisation, with its people; its id."""
    community = services.community
    group = await community.create_group(coordinator, name, timezone, language)
    for role, people in ((Role.FACILITATOR, facilitators), (Role.VOLUNTEER, volunteers)):
        for user in people:
            code = await community.create_invite(coordinator, group.id, role)
            await _accept(services, code, user, people[user])
    if parents:
        inviter = next(iter(facilitators), coordinator)
        code = await community.create_invite(inviter, group.id, Role.PARENT, len(parents))
        for user in parents:
            await _accept(services, code, user, parents[user])
    return group.id


async def _accept(services: Services, code: str, user: int, person: tuple[str, str]) -> None:
    name, language = person
    joined = await services.community.accept_invite(code, user, name, language, CONSENT_VERSION)
    assert joined.status is InviteStatus.OK, f"{name} could not join: {joined.status}"
