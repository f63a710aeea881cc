"""The reflection prompt library: six sources, a fair rotation, every prompt translated."""

from __future__ import annotations

import re

import pytest

from bot.config import SUPPORTED_LOCALES
from bot.i18n import Catalogs
from bot.prompts import (
    PROMPTS,
    PROMPTS_BY_KEY,
    SOURCE_NAMES,
    Prompt,
    Source,
    prompt_text,
    prompts_for,
    rotation_key,
    source_name,
)

LANGUAGES = ("nl", "ar", "tr", "so", "es")


@pytest.fixture(scope="module")
def catalogs() -> Catalogs:
    return Catalogs.load()


def test_the_six_sources_in_order() -> None:
    assert [source.value for source in Source] == [
        "identity",
        "talents",
        "stress",
        "skills",
        "belonging",
        "reciprocity",
    ]
    assert Source("belonging") is Source.BELONGING
    assert set(SOURCE_NAMES) == set(Source)


def test_every_source_has_at_least_five_prompts() -> None:
    for source in Source:
        prompts = prompts_for(source)
        assert len(prompts) >= 5, source
        assert len(prompts) == 6, source  # what we ship
        assert all(prompt.source is source for prompt in prompts)
    assert len(PROMPTS) == 36


def test_keys_are_unique_and_well_formed() -> None:
    keys = [prompt.key for prompt in PROMPTS]
    assert len(set(keys)) == len(keys)
    assert set(PROMPTS_BY_KEY) == set(keys)
    for prompt in PROMPTS:
        match = re.fullmatch(r"([a-z]+)\.([1-9][0-9]*)", prompt.key)
        assert match, prompt.key
        assert match.group(1) == prompt.source.value
        assert PROMPTS_BY_KEY[prompt.key] is prompt
    for source in Source:
        assert [p.key for p in prompts_for(source)] == [f"{source}.{n}" for n in range(1, 7)]


def test_texts_are_unique_short_questions_without_placeholders() -> None:
    texts = [prompt.text for prompt in PROMPTS]
    assert len(set(texts)) == len(texts)
    for text in texts:
        assert len(text) < 90, text
        assert text.endswith("?"), text
        assert "{" not in text and "%" not in text, text


def test_prompts_are_frozen() -> None:
    prompt = PROMPTS[0]
    assert isinstance(prompt, Prompt)
    with pytest.raises(AttributeError):
        prompt.key = "other"  # type: ignore[misc]


def test_six_consecutive_rounds_cover_all_six_sources() -> None:
    for start in range(0, 80):
        sources = {PROMPTS_BY_KEY[rotation_key(n)].source for n in range(start, start + 6)}
        assert sources == set(Source), start


def test_rotation_repeats_a_prompt_only_after_36_rounds() -> None:
    first = [rotation_key(n) for n in range(36)]
    assert sorted(first) == sorted(PROMPTS_BY_KEY)
    assert [rotation_key(n) for n in range(36, 72)] == first
    assert rotation_key(0) == "identity.1"
    assert rotation_key(1) == "talents.1"
    assert rotation_key(5) == "reciprocity.1"
    assert rotation_key(6) == "identity.2"
    assert rotation_key(35) == "reciprocity.6"
    assert rotation_key(36) == "identity.1"


def test_unknown_key_raises(catalogs: Catalogs) -> None:
    with pytest.raises(KeyError):
        prompt_text(catalogs.get("nl"), "identity.99")
    with pytest.raises(KeyError):
        prompt_text(catalogs.get("nl"), "")


def test_our_languages_are_the_supported_ones() -> None:
    assert set(LANGUAGES) == set(SUPPORTED_LOCALES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_prompt_is_translated_and_short(catalogs: Catalogs, lang: str) -> None:
    tr = catalogs.get(lang)
    assert tr.locale == lang
    for prompt in PROMPTS:
        translated = prompt_text(tr, prompt.key)
        assert translated and translated != prompt.text, (lang, prompt.key)
        assert len(translated) < 120, (lang, prompt.key, translated)
        assert "\n" not in translated, (lang, prompt.key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_source_name_is_translated_and_short(catalogs: Catalogs, lang: str) -> None:
    tr = catalogs.get(lang)
    names = [source_name(tr, source) for source in Source]
    for source, name in zip(Source, names, strict=True):
        assert name and name != SOURCE_NAMES[source], (lang, source)
        assert len(name) <= 30, (lang, source, name)
    assert len(set(names)) == len(names), lang
