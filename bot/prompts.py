"""Reflection prompts: short, warm questions organised by the six sources of resilience.

A prompt is asked in a weekly check-in round, or after a group meeting on its theme. Every
prompt is one sentence in simple words that a parent can answer with one tap (an emoji);
none tests or judges. Texts are English message ids, translated with `prompt_text` when the
reader's language is known. This module is pure: no I/O, no state.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.i18n import N_, Translator


class Source(enum.StrEnum):
    """The six sources of resilience (veerkrachtbronnen) that the programme strengthens."""

    IDENTITY = "identity"  # identity, self-image and self-confidence
    TALENTS = "talents"  # talents and (self-)recognition
    STRESS = "stress"  # dealing with conflict and stress
    SKILLS = "skills"  # knowledge and parenting skills
    BELONGING = "belonging"  # a sense of belonging together
    RECIPROCITY = "reciprocity"  # participation, giving as well as receiving help


SOURCE_NAMES: dict[Source, str] = {
    Source.IDENTITY: N_("Who I am"),
    Source.TALENTS: N_("My talents"),
    Source.STRESS: N_("Conflict and stress"),
    Source.SKILLS: N_("Parenting know-how"),
    Source.BELONGING: N_("Belonging together"),
    Source.RECIPROCITY: N_("Giving and receiving"),
}
"""A short, warm name for each source (an English message id), e.g. for buttons."""


@dataclass(frozen=True, slots=True)
class Prompt:
    """One reflection question: a stable key such as `identity.1`, its source, its text."""

    key: str
    source: Source
    text: str


PROMPTS: tuple[Prompt, ...] = (
    # Identity, self-image and self-confidence.
    Prompt(
        "identity.1", Source.IDENTITY, N_("Did you do something this week that made you proud?")
    ),
    Prompt(
        "identity.2", Source.IDENTITY, N_("Did you feel good about yourself as a parent this week?")
    ),
    Prompt(
        "identity.3",
        Source.IDENTITY,
        N_("Was there a moment this week when you trusted your own choice?"),
    ),
    Prompt("identity.4", Source.IDENTITY, N_("Did you take a little time for yourself this week?")),
    Prompt("identity.5", Source.IDENTITY, N_("Did you feel strong this week?")),
    Prompt("identity.6", Source.IDENTITY, N_("Did you say something kind to yourself this week?")),
    # Talents and (self-)recognition.
    Prompt("talents.1", Source.TALENTS, N_("Did you use something you are good at this week?")),
    Prompt("talents.2", Source.TALENTS, N_("Did someone say you did something well this week?")),
    Prompt(
        "talents.3", Source.TALENTS, N_("Did you notice something your child is good at this week?")
    ),
    Prompt(
        "talents.4", Source.TALENTS, N_("Did you tell your child what they did well this week?")
    ),
    Prompt("talents.5", Source.TALENTS, N_("Did you see something good in yourself this week?")),
    Prompt(
        "talents.6", Source.TALENTS, N_("Did someone notice what you do for your family this week?")
    ),
    # Dealing with conflict and stress.
    Prompt(
        "stress.1",
        Source.STRESS,
        N_("Was there a moment this week when you stayed calm with your child?"),
    ),
    Prompt(
        "stress.2",
        Source.STRESS,
        N_("Did you find something that helped you feel calmer this week?"),
    ),
    Prompt(
        "stress.3",
        Source.STRESS,
        N_("If there was an argument at home this week, did it end well?"),
    ),
    Prompt(
        "stress.4",
        Source.STRESS,
        N_("Did you have someone to talk to when things were hard this week?"),
    ),
    Prompt(
        "stress.5", Source.STRESS, N_("Did you take a short break when you felt tense this week?")
    ),
    Prompt("stress.6", Source.STRESS, N_("Were you able to let go of a worry this week?")),
    # Knowledge and parenting skills.
    Prompt("skills.1", Source.SKILLS, N_("Did you try something new with your child this week?")),
    Prompt(
        "skills.2",
        Source.SKILLS,
        N_("Did you learn something useful about raising children this week?"),
    ),
    Prompt("skills.3", Source.SKILLS, N_("Did you use a tip from the group at home this week?")),
    Prompt(
        "skills.4", Source.SKILLS, N_("Did you play with your child or tell a story this week?")
    ),
    Prompt(
        "skills.5",
        Source.SKILLS,
        N_("Did you find an answer to a question about your child this week?"),
    ),
    Prompt("skills.6", Source.SKILLS, N_("Did you have a good talk with your child this week?")),
    # A sense of belonging together.
    Prompt("belonging.1", Source.BELONGING, N_("Did you feel at home in the group this week?")),
    Prompt(
        "belonging.2", Source.BELONGING, N_("Did you feel that others understand you this week?")
    ),
    Prompt(
        "belonging.3", Source.BELONGING, N_("Did you meet or talk with another parent this week?")
    ),
    Prompt(
        "belonging.4", Source.BELONGING, N_("Did you feel welcome in your neighbourhood this week?")
    ),
    Prompt(
        "belonging.5",
        Source.BELONGING,
        N_("Did you share a happy moment with other people this week?"),
    ),
    Prompt(
        "belonging.6",
        Source.BELONGING,
        N_("Did you feel that you are not alone as a parent this week?"),
    ),
    # Participation and room for reciprocity: giving as well as receiving help.
    Prompt("reciprocity.1", Source.RECIPROCITY, N_("Did you help someone this week?")),
    Prompt("reciprocity.2", Source.RECIPROCITY, N_("Did you ask someone for help this week?")),
    Prompt("reciprocity.3", Source.RECIPROCITY, N_("Did someone help you this week?")),
    Prompt(
        "reciprocity.4",
        Source.RECIPROCITY,
        N_("Did you share a tip or an idea with another parent this week?"),
    ),
    Prompt(
        "reciprocity.5",
        Source.RECIPROCITY,
        N_("Did you take part in something at school or in your area this week?"),
    ),
    Prompt(
        "reciprocity.6",
        Source.RECIPROCITY,
        N_("Did you feel that your ideas count in the group this week?"),
    ),
)
"""Every reflection prompt: six per source, keyed `<source>.1` … `<source>.6`."""

PROMPTS_BY_KEY: dict[str, Prompt] = {prompt.key: prompt for prompt in PROMPTS}
"""Every prompt by its key."""

_BY_SOURCE: dict[Source, tuple[Prompt, ...]] = {
    source: tuple(prompt for prompt in PROMPTS if prompt.source is source) for source in Source
}
_SOURCES: tuple[Source, ...] = tuple(Source)


def prompts_for(source: Source) -> tuple[Prompt, ...]:
    """The prompts of one source, in key order."""
    return _BY_SOURCE[source]


def prompt_text(tr: Translator, key: str) -> str:
    """The text of the prompt `key` in the reader's language; `KeyError` if unknown."""
    return tr.gettext(PROMPTS_BY_KEY[key].text)


def source_name(tr: Translator, source: Source) -> str:
    """The short name of a source in the reader's language."""
    return tr.gettext(SOURCE_NAMES[source])


def rotation_key(sequence: int) -> str:
    """The key of the default prompt for round number `sequence` (counted from 0).

    Rounds cycle through the sources, so any six consecutive rounds cover all six; within
    a source the prompt moves on every full cycle, so a prompt returns only after 36 rounds.
    """
    source = _SOURCES[sequence % len(_SOURCES)]
    prompts = _BY_SOURCE[source]
    return prompts[(sequence // len(_SOURCES)) % len(prompts)].key
