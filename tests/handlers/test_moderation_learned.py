"""The learned reader (`handlers.moderation.learned`) and the everyday scenes (MISHAP).

The model is the second reader of worrying messages: it can only raise an alert, never a
deletion; it is the model its training data gives (retraining reproduces the committed
file); a worrying message that no rule lists still reaches a facilitator through the real
client. An everyday scene (a fall at the playground, a ball, a game) explains a bruise or
"hit" away, but never a partner's violence or a lie about a fall.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from handlers.moderation.chain import Verdict
from handlers.moderation.learned import (
    INSULT_MODEL_PATH,
    MODEL_PATH,
    Model,
    Pair,
    default_insult_model,
    default_model,
    features,
)
from handlers.moderation.normalise import match_tokens
from handlers.moderation.reading import default_lexicons
from handlers.moderation.retrain import retrained, retrained_insults
from tests.clock import Clock
from tests.conftest import Database
from tests.handlers.test_chat_moderation import BART, FACILITATOR, START, World, make_world, methods
from tests.handlers.test_moderation_eval import verdict
from tests.harness import bot_harness

# The chain's verdict on one message from a long-standing member ("allow", "flag", ...).
decide = verdict


@pytest.mark.slow
def test_the_committed_model_is_what_its_training_data_gives() -> None:
    """Change the training data, run `python -m handlers.moderation.retrain`, commit both."""
    assert retrained().to_json() == MODEL_PATH.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_committed_insult_model_is_what_its_training_data_gives() -> None:
    assert retrained_insults().to_json() == INSULT_MODEL_PATH.read_text(encoding="utf-8")


def test_an_insult_model_that_finds_everything_hurtful_only_ever_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The learned insult reader flags (a person decides); it never deletes, and a worry
    still wins over it."""
    hurtful = Model({}, prior=10.0, threshold=0.0)
    monkeypatch.setattr("handlers.moderation.chain.default_insult_model", lambda: hurtful)
    assert decide("Wie neemt er zaterdag koekjes mee?") == "flag"
    assert decide(UNLISTED) == "alert"
    # A listed insult aimed at someone is still deleted by the list, as before.
    assert decide("jij bent een vuile hoer") == "delete"


def test_features_are_words_beginnings_arabic_forms_and_neighbours() -> None:
    found = set(features(match_tokens("Hij heeft me geslagen")))
    assert {"hij", "geslagen", "gesla~", "me geslagen", "heft _ geslagen"} <= found
    assert "وضربني" in features(match_tokens("وضربني")) and "ضربني" in features(
        match_tokens("وضربني")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hij heeft me geslagen, hij heeft me echt geslagen",
        "ik weet niet meer wat ik moet doen 3 kinderen en hij 2 keer per week dronken",
        "وضربني قدام الولاد وضربني تاني",
        "kocam telefonumu kontrol ediyor, izin vermiyor",
        "aniga iyo carruurta guriga lagama bixi karo",
        "no sé si es normal que mi pareja revise mi móvil",
    ],
)
def test_the_fast_score_is_the_sum_over_the_features(text: str) -> None:
    """Scoring remembers each word's own weight as one number; it must add up to the
    model's sum over `features` (a word met twice counts once, a feature two words share
    twice)."""
    model = default_model()
    assert model is not None
    words = match_tokens(text)
    units = sum(round(model.weights.get(f, 0.0) * 10_000) for f in features(words))
    exact = model.prior + units / 10_000
    assert model.score(words) == pytest.approx(exact, abs=1e-9)
    assert features(words).count(words[0]) == 1  # a repeated word brings its features once


def test_both_readers_in_one_pass_give_each_readers_own_score() -> None:
    """The chain scores the worry and the insult reader together (`Pair`): on every
    message of the evaluation set (and the same word met again, a digit between words,
    an empty message) each score must be exactly what its own model gives."""
    from tests.moderation_eval import load

    worry, insults = default_model(), default_insult_model()
    assert worry is not None and insults is not None
    pair = Pair(worry, insults)
    texts = [e.text for e in load()] + [
        "",
        "hij hij hij sloeg hij sloeg",
        "ik 2 kinderen 3 keer geslagen 4",
        "وضربني قدام الولاد وضربني",
    ]
    differing = []
    for text in texts:
        words = match_tokens(text)
        for _ in range(2):  # the second time from what the pair remembered per word
            if pair.scores(words) != (worry.score(words), insults.score(words)):
                differing.append(text)
    assert len(texts) > 700 and differing == []


# Worrying in words no rule lists (checked below: the rules alone stay quiet).
UNLISTED = "niemand zou het merken als ik er morgen niet meer was"


def test_the_model_finds_what_no_rule_lists_and_only_alerts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reading = default_lexicons().read(UNLISTED)
    model = default_model()
    assert model is not None and model.worrying(reading.words)
    # Without the model the rules would let it pass: the model is what finds it.
    monkeypatch.setattr("handlers.moderation.reading.default_model", lambda: None)
    assert decide(UNLISTED) == "allow"
    monkeypatch.undo()
    assert decide(UNLISTED) == "alert"


def test_a_model_that_finds_everything_worrying_still_deletes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alarmed = Model({}, prior=10.0, threshold=0.0)
    monkeypatch.setattr("handlers.moderation.reading.default_model", lambda: alarmed)
    assert decide("Wie neemt er zaterdag koekjes mee?") == "alert"
    # An insult beside it is never deleted either: a worrying message stays.
    assert decide("jij bent een vuile hoer, wie neemt koekjes mee?") == "alert"
    # A joke (laughter) is left to the rules unless the reader is surer still (see
    # reading._LAUGH_MARGIN): then it too only alerts.
    assert decide("haha wie neemt er koekjes mee 😂") == "alert"
    barely = Model({}, prior=0.5, threshold=0.0)
    monkeypatch.setattr("handlers.moderation.reading.default_model", lambda: barely)
    assert decide("Wie neemt er zaterdag koekjes mee?") == "alert"
    assert decide("haha wie neemt er koekjes mee 😂") == "allow"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn zoon is gevallen in de speeltuin, blauwe plek op zijn been", "allow"),
        ("kızım parkta kaydıraktan düştü, dudağı şişti, doktor bir şey yok dedi", "allow"),
        ("ابني ضرب الكورة وجاب هدف في الماتش", "allow"),
        ("mi hijo se cayó de la bici, tiene un moretón en la pierna, no fue nada", "allow"),
        # A partner's violence is never explained away by a scene, nor a lie about a fall.
        ("mijn man sloeg me en nu zeg ik op het werk dat ik van de fiets gevallen ben", "alert"),
        ("mi marido me pegó en el parque delante de los niños", "alert"),
        # The news and what is on screen happen to someone else; her own words do not.
        ("Zagen jullie die uitzending over huiselijk geweld op NPO? Heftig hoor", "allow"),
        ("sinds die uitzending op tv weet ik het zeker: mijn man slaat me", "alert"),
        # A laugh makes a threat a joke, but "hija" (daughter) is not "jaja".
        ("si mi marido se come mi chocolate otra vez lo mato 😂", "allow"),
        ("mi hija dice que su tío la toca cuando están solos", "alert"),
        ("el padre de mi hija dice que me va a matar si me voy", "alert"),
    ],
)
def test_scenes_screens_and_laughs_explain_away_only_the_weak_signs(
    text: str, expected: str
) -> None:
    assert decide(text) == expected


@pytest.fixture
async def world(sqlite_db: Database) -> AsyncIterator[World]:
    async with bot_harness(sqlite_db, clock=Clock(START)) as bot:
        yield await make_world(bot, Clock(START))


async def test_an_unlisted_cry_for_help_reaches_the_facilitators(world: World) -> None:
    said = await world.say(BART, UNLISTED)
    assert "deleteMessage" not in methods(said.calls)
    delivered = await world.deliver()
    [alert] = await world.audit("alert")
    assert alert.target_telegram_id == BART
    assert any(c.chat_id == FACILITATOR and c.method == "sendMessage" for c in delivered)
    assert not await world.audit("delete")


def test_verdict_enum_has_no_model_specific_value() -> None:
    assert {v.value for v in Verdict} >= {"alert", "delete", "flag"}


def test_the_learned_reader_never_reads_a_sealed_set_or_the_held_out_third(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tests.moderation_eval as evaluation
    from handlers.moderation.retrain import training_examples

    folders: list[object] = []
    real_load = evaluation.load

    def load(languages: object = evaluation.LANGUAGES, folder: object = evaluation.HERE) -> object:
        folders.append(folder)
        return real_load(languages, folder)  # type: ignore[arg-type]

    monkeypatch.setattr(evaluation, "load", load)
    for name in ("load_fresh7", "load_fresh9", "load_fresh10", "load_fresh12", "load_fresh13",
                 "load_fresh14", "load_fresh15", "load_fresh16", "load_fresh17", "load_fresh18",
                 "load_fresh19", "load_fresh20", "load_fresh21"):
        monkeypatch.setattr(evaluation, name, lambda *a, n=name: pytest.fail(f"{n} was read"))
    held_out = {e.id for e in real_load() if e.held_out}
    read = training_examples()
    assert read and evaluation.HERE in folders
    sealed = {evaluation.FRESH7, evaluation.FRESH9, evaluation.FRESH10, evaluation.FRESH12,
              evaluation.FRESH13, evaluation.FRESH14, evaluation.FRESH15, evaluation.FRESH16,
              evaluation.FRESH17, evaluation.FRESH18, evaluation.FRESH19, evaluation.FRESH20,
              evaluation.FRESH21}  # fmt: skip
    assert not sealed & set(folders)
    assert held_out  # the held-out third is left out by id inside training_examples
