"""A second reader for worrying messages, learned from examples instead of written rules.

The concept rules (`reading.py`) know the words someone listed; a parent writes the words
she has. This model has read a few thousand labelled messages
(`tests/moderation_eval/train/`, written apart from the evaluation set, plus the
evaluation set's tuning two thirds) and scores a message by the words and word beginnings
it shares with worrying and with ordinary ones: "ik krab mn armen open" shares "krab",
"armen" and "open" with messages about self-harm, though no rule lists scratching.

It is a logistic regression over binary features of the normalised words (`features`):
the word, its first five letters (Dutch "geslagen" and "geslagen worden", Turkish
"dövüyor" and "dövdü" meet there), an Arabic word without its particles, and each pair of
neighbouring words. It is small, deterministic, explains itself (the weight of each
feature) and needs no numerical library; scoring a message costs one dictionary lookup
per feature.

The model only ever *alerts* (a facilitator looks, nothing is deleted), and only above a
threshold chosen on held-apart folds of its training data so that few ordinary messages
cross it. `python -m handlers.moderation.retrain` retrains it and writes `model.json`;
a test fails when the committed model is not what the training data gives.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from handlers.moderation.index import arabic_forms, is_arabic

__all__ = ["MODEL_PATH", "Model", "default_model", "features", "train"]

HERE = Path(__file__).parent
MODEL_PATH = HERE / "model.json"
PREFIX = 5
EPOCHS = 12
RATE = 0.3
L2 = 0.05
MIN_DOCUMENTS = 3  # a feature seen in fewer training messages is noise
UNITS = 10_000  # model.json keeps weights to four decimals
GRAM = 4  # letters: every run of four letters of a word (with its edges) is a feature
# The share of ordinary training messages (in cross-validation) allowed above the threshold.
ORDINARY_ABOVE = 0.02
FOLDS = 5


def features(words: Sequence[str]) -> set[str]:
    """The binary features of a message's normalised words (see the module docstring)."""
    found: set[str] = set()
    previous = ""
    for word in words:
        own = _word_features(word)
        if not own:
            previous = ""
            continue
        found.update(own)
        if previous:
            found.add(previous + " " + word)
        previous = word
    return found


_CACHE_LIMIT = 100_000
_UNSEEN: tuple[str, ...] = ("\x00",)  # not in the per-word cache yet
_cached: dict[str, tuple[str, ...]] = {}


def _word_features(word: str) -> tuple[str, ...]:
    """A word's own features (remembered: most words come back)."""
    own = _cached.get(word)
    if own is not None:
        return own
    if len(word) < 2 or word.isdigit():
        own = ()
    else:
        listed = [word]
        if len(word) > PREFIX:
            listed.append(word[:PREFIX] + "~")
        if is_arabic(word):
            listed.extend(form for form in arabic_forms(word)[1:] if len(form) >= 2)
        # Runs of letters: "dövüyordu", "dövmüş" and "dövdüler" share "<döv"; a word the
        # training never saw still meets the ones it did.
        edged = "<" + word + ">"
        listed.extend("#" + edged[i : i + GRAM] for i in range(len(edged) - GRAM + 1))
        own = tuple(listed)
    if len(_cached) >= _CACHE_LIMIT:
        _cached.clear()
    _cached[word] = own
    return own


@dataclass(frozen=True, slots=True)
class Model:
    """Log-odds per feature, a prior and the alert threshold."""

    weights: dict[str, float]
    prior: float
    threshold: float
    # Per word, only its features that carry a weight (most runs of letters carry none):
    # scoring a message then looks at a handful of features per word, not a dozen.
    _weighted: dict[str, tuple[str, ...] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The weights in ten-thousandths (model.json keeps four decimals): an integer sum is
    # exact in any order, so every replica decides alike, and fast.
    _units: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def score(self, words: Sequence[str]) -> float:
        """How much more a message looks worrying than ordinary (log-odds): the same sum
        as over `features(words)`, skipping the features without a weight."""
        weights = self.weights
        weighted = self._weighted
        found: set[str] = set()
        previous = ""
        for word in words:
            own = weighted.get(word, _UNSEEN)
            if own is _UNSEEN:
                every = _word_features(word)
                # A word without features at all breaks a pair; None marks it.
                own = tuple(f for f in every if f in weights) if every else None
                if len(weighted) >= _CACHE_LIMIT:
                    weighted.clear()
                weighted[word] = own
            if own is None:
                previous = ""
                continue
            found.update(own)
            if previous:
                pair = previous + " " + word
                if pair in weights:
                    found.add(pair)
            previous = word
        units = self._units
        if not units:
            units.update((f, round(w * UNITS)) for f, w in weights.items())
        return self.prior + sum(map(units.__getitem__, found)) / UNITS

    def worrying(self, words: Sequence[str]) -> bool:
        return self.score(words) >= self.threshold

    def to_json(self) -> str:
        body = {
            "prior": round(self.prior, 6),
            "threshold": round(self.threshold, 6),
            "weights": {f: round(w, 4) for f, w in sorted(self.weights.items())},
        }
        return json.dumps(body, ensure_ascii=False, indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        body = json.loads(text)
        return cls(dict(body["weights"]), float(body["prior"]), float(body["threshold"]))


def _fit(examples: Sequence[tuple[set[str], bool]]) -> tuple[dict[str, float], float]:
    """Logistic regression by AdaGrad over the examples in a fixed order, L2-regularised;
    features seen in fewer than MIN_DOCUMENTS messages are left out."""
    seen = Counter[str]()
    for found, _ in examples:
        seen.update(found)
    # Sorted, and summed exactly (fsum): the same data gives the same model in every
    # process, however Python hashes the sets.
    kept = [
        (sorted(f for f in found if seen[f] >= MIN_DOCUMENTS), label) for found, label in examples
    ]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 0.0
    order = list(range(len(kept)))
    for epoch in range(EPOCHS):
        order.sort(key=lambda i: (i * 7919 + epoch * 104729) % 1_000_003)  # a fixed shuffle
        for i in order:
            words, label = kept[i]
            z = bias + math.fsum(weights.get(f, 0.0) for f in words)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            error = p - (1.0 if label else 0.0)
            bias_square += error * error
            bias -= RATE * error / math.sqrt(bias_square + 1e-9)
            for f in words:
                w = weights.get(f, 0.0)
                gradient = error + L2 * w
                squares[f] = squares.get(f, 0.0) + gradient * gradient
                weights[f] = w - RATE * gradient / math.sqrt(squares[f] + 1e-9)
    return {f: w for f, w in weights.items() if abs(w) >= 0.01}, bias


def train(
    examples: Iterable[tuple[Sequence[str], bool]], reference: Iterable[int] | None = None
) -> Model:
    """A model from (normalised words, worrying?) pairs, its threshold chosen on folds.

    `reference` are the indices of the ordinary messages whose scores set the threshold
    (all ordinary ones when None). Training batches written to be hard (ordinary messages
    full of alarming words) would otherwise raise the threshold with every batch: the
    evaluation sets mix everyday talk the way a group does, so their ordinary messages are
    the reference."""
    data = [(features(words), label) for words, label in examples]
    chosen = set(range(len(data))) if reference is None else set(reference)
    ordinary_scores: list[float] = []
    for fold in range(FOLDS):
        fitted, prior = _fit([d for i, d in enumerate(data) if i % FOLDS != fold])
        for i, (found, label) in enumerate(data):
            if i % FOLDS == fold and not label and i in chosen:
                ordinary_scores.append(prior + math.fsum(fitted.get(f, 0.0) for f in found))
    ordinary_scores.sort()
    cut = min(len(ordinary_scores) - 1, int(len(ordinary_scores) * (1 - ORDINARY_ABOVE)))
    threshold = ordinary_scores[cut] + 1e-6 if ordinary_scores else 0.0
    weights, prior = _fit(data)
    return Model(weights, prior, threshold)


@cache
def default_model() -> Model | None:
    """The committed model, or None when there is none (the rules then decide alone)."""
    if not MODEL_PATH.exists():
        return None
    return Model.from_json(MODEL_PATH.read_text(encoding="utf-8"))
