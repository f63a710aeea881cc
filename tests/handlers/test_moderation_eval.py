"""The moderation's judgement on the hand-written, labelled set (tests/moderation_eval).

The figures are the issue's targets, on the held-out third that nothing was tuned on:
safeguarding recall at least 0.9, no safeguarding message deleted, at most 5 % of ordinary
messages acted on and at most 20 % of insults missed. On the whole set, no disclosure and
no parent quoting her child is ever deleted. `bench/moderation.py` prints the same figures
per language.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from handlers.moderation.chain import Chain, ChainSettings, MessageFacts
from tests.moderation_eval import CATEGORIES, LANGUAGES, Example, Tally, evaluate, load

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


def verdict(text: str) -> str:
    chain = Chain.from_settings(ChainSettings(flood_enabled=False))
    facts = MessageFacts(text, -100, 1, NOW, NOW - timedelta(days=90), False, False, False,
                         None, False)  # fmt: skip
    found = chain.decide(facts)
    return "allow" if found is None else found.verdict.value


@pytest.fixture(scope="module")
def examples() -> list[Example]:
    return load()


@pytest.fixture(scope="module")
def held_out(examples: list[Example]) -> Tally:
    return evaluate([e for e in examples if e.held_out], verdict)


@pytest.fixture(scope="module")
def everything(examples: list[Example]) -> Tally:
    return evaluate(examples, verdict)


def test_the_set_has_150_messages_per_language_in_every_category(
    examples: list[Example],
) -> None:
    for language in LANGUAGES:
        mine = [e for e in examples if e.language == language]
        assert len(mine) >= 150, language
        assert set(Counter(e.category for e in mine)) == set(CATEGORIES), language
        assert len({e.id for e in mine}) == len(mine)


def test_a_third_is_held_out_by_id(examples: list[Example]) -> None:
    share = sum(e.held_out for e in examples) / len(examples)
    assert 0.28 < share < 0.39


def test_held_out_safeguarding_recall_is_at_least_90_percent(held_out: Tally) -> None:
    missed = [e.text for e, v in held_out.wrong if e.category == "safeguarding"]
    assert held_out.safeguarding_recall >= 0.9, missed


def test_no_disclosure_and_no_quoting_parent_is_ever_deleted(everything: Tally) -> None:
    assert everything.safeguarding_deleted == 0
    assert everything.quotes_deleted == 0


def test_held_out_ordinary_messages_are_rarely_acted_on(held_out: Tally) -> None:
    acted = [
        (v, e.text) for e, v in held_out.wrong if e.category in ("everyday", "literal", "self")
    ]
    assert held_out.fp_rate <= 0.05, acted


def test_held_out_insults_are_mostly_caught(held_out: Tally) -> None:
    missed = [e.text for e, v in held_out.wrong if e.category == "insult"]
    assert held_out.fn_rate <= 0.20, missed
