"""The labelled moderation evaluation set (see README.md): loading, the held-out split and
the figures `bench/moderation.py` and the tests report."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
LANGUAGES = ("nl", "ar", "tr", "so", "es")
ORDINARY = ("everyday", "literal", "self")  # acting on these is a false positive
CATEGORIES = (*ORDINARY, "quote", "insult", "safeguarding")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled message."""

    id: str
    language: str
    category: str
    kind: str
    text: str

    @property
    def held_out(self) -> bool:
        """In the third of the set that was never used for tuning (fixed by the id)."""
        return int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 3 == 0


def load(languages: Iterable[str] = LANGUAGES, folder: Path = HERE) -> list[Example]:
    """Every example of these languages, in file order."""
    examples = []
    for language in languages:
        path = folder / f"{language}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                examples.append(
                    Example(row["id"], language, row["category"], row["kind"], row["text"])
                )
    return examples


# Written afterwards by someone who saw neither the rules, the model nor the other sets.
# Its out-of-sample figures were reported once (stop 19: recall 0.944, ordinary acted on
# 7.9 %, insults missed 20 %); since then its misses were used for tuning and it trains
# the learned reader, so it is tuning data now.
FRESH = HERE / "fresh"
# The second fresh set: written the same way, after the first was tuned on, by a writer who
# read only the format. Its out-of-sample figures were reported once (stop 20: recall
# 0.886, ordinary acted on 9.6 %, insults missed 16.7 %); since then it is tuning data too.
FRESH2 = HERE / "fresh2"
# The third fresh set: written after the second was tuned on, each language by its own
# imagined parents, by a writer who read only the format. Measured once (stop 20: recall
# 0.914, ordinary acted on 4.2 %, insults missed 16.7 %); tuning data since.
FRESH3 = HERE / "fresh3"
# The fourth: written after the third was tuned on, the same way (its writer saw commit
# messages that name some rules, and reworded one message close to an example there).
# Measured once (stop 20: recall 0.907, 3.8 %, 18.3 %); tuning data since.
FRESH4 = HERE / "fresh4"
# The fifth: written after the fourth was tuned on, by a writer who read only the format
# and no commit messages. Measured once (stop 20: recall 0.886, 5.8 %, 10.0 %); tuning data
# since, like the others: the held-out third is what nothing was tuned on.
FRESH5 = HERE / "fresh5"
# The sixth: written this stop by a writer who read only the format, measured once before
# anything was tuned on it (stop 21: recall 0.850, ordinary acted on 2.3 %, insults missed
# 10.0 %, one threat deleted: a neighbour's dog read as an insult); tuning data since.
FRESH6 = HERE / "fresh6"
# The seventh: written at the same time as the sixth and sealed: nothing is tuned on it,
# nobody reads its misses and the learned reader never trains on it. It was measured at the
# start of stop 21 (recall 0.886, 4.2 %, 13.3 %) and again at its end, so the difference is
# what the stop's work did to messages it never saw.
FRESH7 = HERE / "fresh7"
# The eighth: written at the start of stop 22 by a writer who read only the format and
# DOMAIN.md, measured once before anything was tuned on it (recall 0.879, ordinary acted on
# 7.7 %, insults missed 15.0 %, none deleted: the targets were missed); tuning data since.
FRESH8 = HERE / "fresh8"
# The ninth: written blind at the start of stop 22 and sealed like the seventh: measured
# once at the end of that stop (recall 0.957, ordinary acted on 6.1 %, insults missed
# 13.3 %, none deleted: the 5 % target missed), never tuned or trained on, its misses
# never read.
FRESH9 = HERE / "fresh9"
# The tenth: written blind at the start of stop 23 and sealed like the seventh and ninth:
# kept outside the repository, unread, until its one measurement at the end of the stop's
# tuning (recall 0.871, ordinary acted on 2.3 %, insults missed 20.0 %, none deleted: the
# recall target missed). Never tuned or trained on, its misses never read.
FRESH10 = HERE / "fresh10"
# The eleventh: written blind at the start of stop 23 and measured once before anything
# was tuned on it (recall 0.964, ordinary acted on 4.6 %, insults missed 16.7 %, none
# deleted: the targets met); tuning data since.
FRESH11 = HERE / "fresh11"
# The twelfth and thirteenth: written blind in stop 24 and sealed like the tenth. The
# twelfth was measured at the start of stop 24 (recall 0.864, ordinary acted on 3.5 %,
# insults missed 23.3 %, none deleted) and at its end; the thirteenth only at its end.
# Never tuned or trained on, their misses never read.
FRESH12 = HERE / "fresh12"
FRESH13 = HERE / "fresh13"
# The fourteenth and fifteenth: written blind in stop 25 (each writer read only DOMAIN.md)
# and sealed; measured once, at the end of stop 25, after that stop's changes were made.
FRESH14 = HERE / "fresh14"
FRESH15 = HERE / "fresh15"
# The sixteenth and seventeenth: written blind in stop 26 (each language by its own writer,
# who read only DOMAIN.md) and sealed; measured once, at the end of stop 26.
FRESH16 = HERE / "fresh16"
FRESH17 = HERE / "fresh17"
# The eighteenth and nineteenth: written blind at the start of stop 27 (each language by its
# own writer, who read only DOMAIN.md) and sealed; measured once, at the end of stop 27.
FRESH18 = HERE / "fresh18"
FRESH19 = HERE / "fresh19"
# The twentieth and twenty-first: written blind at the start of stop 28 (each language by
# its own writer, who read only DOMAIN.md) and sealed; measured once, at the end of stop 28.
FRESH20 = HERE / "fresh20"
FRESH21 = HERE / "fresh21"


# Sets written in the evaluation format only to train and tune on (stop 24), each by its own
# writer who read only DOMAIN.md, each in three of the five languages.
TRAINING_SETS = HERE / "evtrain"


def load_training_sets() -> list[Example]:
    """Every message of `evtrain/<set>/<lang>.jsonl` (tuning data, never a measure)."""
    examples: list[Example] = []
    if not TRAINING_SETS.is_dir():
        return examples
    for folder in sorted(p for p in TRAINING_SETS.iterdir() if p.is_dir()):
        present = [lang for lang in LANGUAGES if (folder / f"{lang}.jsonl").exists()]
        examples.extend(load(present, folder))
    return examples


def load_fresh(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The first fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH)


def load_fresh2(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The second fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH2)


def load_fresh3(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The third fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH3)


def load_fresh4(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The fourth fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH4)


def load_fresh5(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The fifth fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH5)


def load_fresh6(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The sixth fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH6)


def load_fresh7(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The seventh fresh set: sealed, never tuned or trained on."""
    return load(languages, FRESH7)


def load_fresh8(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The eighth fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH8)


def load_fresh9(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The ninth fresh set: sealed, never tuned or trained on."""
    return load(languages, FRESH9)


def load_fresh10(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The tenth fresh set: sealed, never tuned or trained on."""
    return load(languages, FRESH10)


def load_fresh11(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The eleventh fresh set (tuned on since its figures were reported)."""
    return load(languages, FRESH11)


def load_fresh12(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The twelfth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH12)


def load_fresh13(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The thirteenth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH13)


def load_fresh14(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The fourteenth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH14)


def load_fresh15(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The fifteenth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH15)


def load_fresh16(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The sixteenth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH16)


def load_fresh17(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The seventeenth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH17)


def load_fresh18(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The eighteenth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH18)


def load_fresh19(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The nineteenth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH19)


def load_fresh20(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The twentieth fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH20)


def load_fresh21(languages: Iterable[str] = LANGUAGES) -> list[Example]:
    """The twenty-first fresh set (sealed: nothing is tuned on it)."""
    return load(languages, FRESH21)


@dataclass(slots=True)
class Tally:
    """What moderation did with a set of examples (the verdicts: "allow", "flag",
    "delete", "alert")."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    # Not in the repr: pytest prints a failing test's arguments, and a sealed set's
    # messages must never be shown.
    wrong: list[tuple[Example, str]] = field(default_factory=list, repr=False)

    def add(self, example: Example, verdict: str) -> None:
        per = self.counts.setdefault(example.category, {})
        per[verdict] = per.get(verdict, 0) + 1
        per["n"] = per.get("n", 0) + 1
        if not _acceptable(example.category, verdict):
            self.wrong.append((example, verdict))

    def _n(self, categories: Iterable[str], verdicts: Iterable[str] = ("n",)) -> int:
        return sum(self.counts.get(c, {}).get(v, 0) for c in categories for v in verdicts)

    @property
    def fp_rate(self) -> float:
        """Ordinary messages (everyday, literal, about oneself) acted on in any way."""
        return _ratio(self._n(ORDINARY, ("flag", "delete", "alert")), self._n(ORDINARY))

    @property
    def fn_rate(self) -> float:
        """Insults left alone (neither deleted nor flagged)."""
        return _ratio(self._n(["insult"], ("allow",)), self._n(["insult"]))

    @property
    def safeguarding_recall(self) -> float:
        """Disclosures and risks that reached the facilitators."""
        return _ratio(self._n(["safeguarding"], ("alert",)), self._n(["safeguarding"]))

    @property
    def safeguarding_deleted(self) -> int:
        """Disclosures and risks deleted (must be 0)."""
        return self._n(["safeguarding"], ("delete",))

    @property
    def quotes_deleted(self) -> int:
        """Parents quoting someone, deleted (must be 0)."""
        return self._n(["quote"], ("delete",))

    def figures(self) -> dict[str, float | int]:
        return {
            "fp_rate": round(self.fp_rate, 4),
            "fn_rate": round(self.fn_rate, 4),
            "safeguarding_recall": round(self.safeguarding_recall, 4),
            "safeguarding_deleted": self.safeguarding_deleted,
            "quotes_deleted": self.quotes_deleted,
            "n": self._n(CATEGORIES),
        }


def _acceptable(category: str, verdict: str) -> bool:
    if category in ORDINARY:
        return verdict == "allow"
    if category == "quote":
        return verdict in ("allow", "flag", "alert")
    if category == "insult":
        return verdict in ("flag", "delete", "alert")
    return verdict == "alert"


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def evaluate(examples: Iterable[Example], verdict_of: Callable[[str], str]) -> Tally:
    """Run every example through `verdict_of(text)` and count."""
    tally = Tally()
    for example in examples:
        tally.add(example, verdict_of(example.text))
    return tally
