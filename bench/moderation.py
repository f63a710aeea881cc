"""Moderation: how well it judges (the labelled set) and how fast the chain runs.

First the judgement: every message of the hand-written evaluation set
(`tests/moderation_eval/`, at least 150 per language) goes through the chain, and the
figures are printed per language, for the part tuned on and for the held-out third:
false-positive rate (ordinary messages acted on: deleted, flagged or alerted), miss rate
(insults neither deleted nor flagged), safeguarding recall (disclosures and risks that
reached the facilitators) and safeguarding messages deleted (must be 0).

Then the speed: 100,000 mixed-language group messages through the chain alone.

Messages in Dutch, Arabic (script and Arabizi), Turkish, Somali and Spanish, deterministic
from a seed: mostly ordinary, about 3% carrying a listed word in an evasive spelling
(capitals, zero-width characters, repeated letters, digit swaps, dotted letters, Turkish İ,
Arabic harakat and tatweel), about 0.5% a safeguarding phrase, a few links and forwards
from newcomers. Each message is timed alone (perf_counter_ns) through `Chain.evaluate` and
`first_action`, with the garbage collector on (the generated input frozen out of it).
Next to it, in the same run, a naive baseline loops over every listed word
and phrase of all languages with `re.search(r"\\b" + re.escape(word) + r"\\b", text.lower())`.
Then the first 3,000 messages of the same stream go through the webhook of a real
`kring run` end to end (see bench/_moderation_webhook.py), next to the bare PTB app.
Then the fresh sets (`tests/moderation_eval/fresh*/`): each measured once out of sample and
tuned on since (now they show how well tuning took), except the sealed seventh, ninth,
tenth and twelfth to twenty-first, which nothing is tuned on.
Last line: JSON with fp_rate, fn_rate, safeguarding_recall, safeguarding_deleted (held
out), the same over the tuning part, the whole set and the fresh sets (`fresh`
to `fresh21`), chain_msgs_per_s, naive_msgs_per_s,
p99_us, p99_ordinary_us, webhook_msgs_per_s (SQLite; webhook_msgs_per_s_postgres when
KRING_TEST_POSTGRES_URL is set) and bare_ptb_msgs_per_s.
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from _common import report

from handlers.moderation.chain import Chain, ChainSettings, MessageFacts, first_action
from handlers.moderation.reading import load_languages
from tests.moderation_eval import (
    FRESH,
    Example,
    Tally,
    evaluate,
    load,
    load_fresh,
    load_fresh2,
    load_fresh3,
    load_fresh4,
    load_fresh5,
    load_fresh6,
    load_fresh7,
    load_fresh8,
    load_fresh9,
    load_fresh10,
    load_fresh11,
    load_fresh12,
    load_fresh13,
    load_fresh14,
    load_fresh15,
    load_fresh16,
    load_fresh17,
    load_fresh18,
    load_fresh19,
    load_fresh20,
    load_fresh21,
)
from tests.moderation_eval import LANGUAGES as EVAL_LANGUAGES

SEED = 20_260_522
VIOLATIONS = 0.03
SAFEGUARDING_SHARE = 0.005
TARGET_MSGS_PER_S = 20_000
TARGET_P99_US = 50.0
NAIVE_N = 1_000
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
FIRST_CHAT = -1_002_000_000_000
FIRST_USER = 7_100_000_000

SENTENCES = {
    "nl": (
        "Goedemorgen allemaal!",
        "Wie komt er donderdag naar de bijeenkomst?",
        "Mijn dochter heeft vannacht weer slecht geslapen.",
        "Iemand tips voor het slapengaan?",
        "Ik neem koekjes mee voor de kinderen 🍪",
        "Sorry, ik ben er vandaag niet.",
        "Mijn zoon is ziek, hij heeft koorts.",
        "Weet iemand wanneer de vakantie begint?",
        "Dank jullie wel voor het fijne gesprek ❤️",
        "Om 10:30 bij het buurthuis, toch?",
        "De juf zei dat hij het goed doet op school 😊",
        "Kunnen we over zakgeld praten?",
        "Hij gooit zijn eten op de grond, herkenbaar?",
        "Mijn moeder heeft kanker, het is zwaar.",
        "Hoera, zwemdiploma A gehaald!",
        "Ik kom met de tram, tot straks.",
    ),
    "ar": (
        "صباح الخير للجميع",
        "هل اللقاء يوم الخميس؟",
        "ابنتي لم تنم جيدًا البارحة",
        "هل عندكم نصائح للنوم؟",
        "سأحضر بعض الحلويات للأطفال إن شاء الله",
        "ابني مريض اليوم، لن أستطيع الحضور",
        "شُكْرًا جَزِيلًا عَلَى اللِّقَاءِ",
        "متى تبدأ العطلة المدرسية؟",
        "الحمد لله، ابني نجح في امتحان السباحة",
        "اللقاء الساعة 10:30 في مركز الحي",
        "كيف نتعامل مع نوبات الغضب؟",
        "عندنا كلب صغير والأولاد يحبونه",
        "بغيت نسول على المدرسة ديال الولد",
        "salam 3likom, wach kayn lqa2 lyoum?",
        "ana ghadi nji m3a lwlad inchallah",
    ),
    "tr": (
        "Günaydın herkese!",
        "Perşembe toplantısına kim geliyor?",
        "İstanbul'dan annem geliyor, bu hafta gelemeyeceğim.",
        "Kızım sık sık ağlıyor.",
        "Oğlum yüzme kursunda çok başarılı 😊",
        "Teşekkürler, çok güzel bir sohbetti.",
        "Okulda veli toplantısı saat 15:00'te.",
        "Amcam bize yardım ediyor, çok şükür.",
        "Çocuklar için oyuncak kutusu getirebilirim.",
        "Bu kitap biraz sıkıcı ama seviyorlar.",
        "Bu akşam ISPARTA'dan dönüyoruz.",
        "Bayramınız mübarek olsun!",
        "Öğretmeni çok ilgili, iyi ki var.",
        "Yarın kahvaltıya gelen var mı?",
    ),
    "so": (
        "Subax wanaagsan dhammaan!",
        "Yaa imanaya kulanka Khamiista?",
        "Gabadhaydu xalay si fiican uma seexan.",
        "Talo ma haysaan?",
        "Mahadsanid kulanka fiican ee shalay.",
        "Wiilkaygu wuu jiran yahay maanta.",
        "Waxaan keenayaa buskud carruurta.",
        "Goorma ayay fasaxa dugsiga bilaabmayaa?",
        "Kulanku waa saacadda 10:30 xarunta xaafadda.",
        "Alhamdulillah, wuu guulaystay.",
        "Sidee ayaan ula dhaqmi karnaa carruurta?",
        "Hooyaday ayaa ila joogta usbuucan.",
        "Macallinka ayaa yiri wuu fiican yahay.",
        "Ma i sii kartaa lambarka xarunta?",
    ),
    "es": (
        "¡Buenos días a todos!",
        "¿Quién viene a la reunión del jueves?",
        "Mi hija no durmió bien anoche.",
        "¿Algún consejo para dormir?",
        "Gracias por la charla de ayer, me ayudó mucho ❤️",
        "Mañana traigo empanadas.",
        "El niño está enfermo, no podré ir hoy.",
        "¿Cuándo empiezan las vacaciones?",
        "Maricarmen y yo llegamos a las 10:30.",
        "Mi hijo usa la computadora para los deberes.",
        "El tren está retrasado, llego tarde.",
        "Se me pega el arroz siempre 😅",
        "La señora Núñez enseña a los pequeños.",
        "Hubo una disputa en el patio, ya pasó.",
    ),
}
LANGUAGE_WEIGHTS = {"nl": 35, "ar": 25, "tr": 15, "so": 10, "es": 15}
SWAP_BACK = str.maketrans("aeiost", "431057")
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")
HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0651", "\u0652")


def _arabic(word: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in word)


def _zero_width(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word)) if len(word) > 1 else 1
    return word[:at] + rng.choice(ZERO_WIDTH) + word[at:]


def _repeat(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    return word[:at] + word[at] * rng.randint(3, 6) + word[at + 1 :]


def _swap(word: str, rng: random.Random) -> str:
    return word if _arabic(word) else word.translate(SWAP_BACK)


def _dotted(word: str, rng: random.Random) -> str:
    return rng.choice(".-").join(word) if " " not in word else word.upper()


def _turkish_caps(word: str, rng: random.Random) -> str:
    return word.replace("i", "İ").upper()


def _arabic_marks(word: str, rng: random.Random) -> str:
    if not _arabic(word):
        return word.title()
    marked = "".join(c + rng.choice(HARAKAT) if c != " " and rng.random() < 0.5 else c
                     for c in word)  # fmt: skip
    return marked[:1] + "ـــ" + marked[1:]


EVASIONS: tuple[Callable[[str, random.Random], str], ...] = (
    lambda w, r: w, lambda w, r: w.upper(), _zero_width, _repeat, _swap, _dotted,
    _turkish_caps, _arabic_marks,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sample:
    facts: MessageFacts
    kind: str  # "ordinary", "violation" or "safeguarding"


def _sentences(rng: random.Random, language: str) -> str:
    count = rng.choices((1, 2, 3, 8), weights=(45, 35, 19, 1))[0]
    return " ".join(rng.choice(SENTENCES[language]) for _ in range(count))


def generate(n: int, seed: int = SEED) -> list[Sample]:
    """`n` group messages, the same for the same seed."""
    rng = random.Random(seed)
    languages = list(LANGUAGE_WEIGHTS)
    weights = list(LANGUAGE_WEIGHTS.values())
    lists = load_languages()
    insults = [(code, w.rstrip("*")) for code, lx in lists.items() for w in lx.unambiguous]
    phrases = [p for lx in lists.values() for ps in lx.alarms.values() for p in ps]
    chats = [FIRST_CHAT - i for i in range(60)]
    samples: list[Sample] = []
    for i in range(n):
        language = rng.choices(languages, weights)[0]
        chat = rng.choice(chats)
        user = FIRST_USER + (chat % 1000) * 20 + rng.randrange(15)
        text = _sentences(rng, language)
        draw = rng.random()
        kind = "ordinary"
        if draw < VIOLATIONS:
            kind = "violation"
            _, word = rng.choice(insults)
            evaded = rng.choice(EVASIONS)(word, rng)
            text = f"{text} {evaded}, {rng.choice(SENTENCES[language])}"
        elif draw < VIOLATIONS + SAFEGUARDING_SHARE:
            kind = "safeguarding"
            text = f"{text} {rng.choice(phrases)}."
        newcomer = user % 20 == 0
        joined = START - (timedelta(hours=3) if newcomer else timedelta(days=90))
        facts = MessageFacts(
            text=text,
            chat_id=chat,
            user_id=user,
            sent_at=START + timedelta(milliseconds=200 * i),
            member_joined_at=joined,
            has_link=rng.random() < 0.02,
            is_forward=rng.random() < 0.01,
            forward_from_channel=False,
            locale=language,
            is_edit=rng.random() < 0.02,
        )
        samples.append(Sample(facts, kind))
    return samples


def naive_words() -> list[str]:
    """Every listed word and phrase of every language, as the naive baseline loops them."""
    lists = load_languages()
    words = [w.rstrip("*") for lx in lists.values() for w in (*lx.unambiguous, *lx.ambiguous)]
    words += [p.rstrip("*") for lx in lists.values() for ps in lx.alarms.values() for p in ps]
    words += [
        w.rstrip("*")
        for lx in lists.values()
        for concept in ("DESPAIR", "THREAT", "ABUSE", "SEXUAL")
        for w in lx.concepts.get(concept, ())
    ]
    return words


def naive_check(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    for word in words:
        if re.search(r"\b" + re.escape(word) + r"\b", lowered):
            return True
    return False


@dataclass
class Timing:
    per_message_ns: list[int]
    wall_s: float

    @property
    def msgs_per_s(self) -> float:
        return len(self.per_message_ns) / self.wall_s

    def percentile_us(self, p: float) -> float:
        ordered = sorted(self.per_message_ns)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))] / 1000


def run_chain(samples: list[Sample]) -> tuple[Timing, Counter[str]]:
    chain = Chain.from_settings()
    chain.evaluate(MessageFacts("warm up", 0, 0, START, None, False, False, False, None, False))
    clock = time.perf_counter_ns
    times: list[int] = []
    outcomes: Counter[str] = Counter()
    started = time.perf_counter()
    for sample in samples:
        t0 = clock()
        decided = first_action(chain.evaluate(sample.facts))
        times.append(clock() - t0)
        outcomes[f"{sample.kind}:{decided.check if decided else 'none'}"] += 1
    return Timing(times, time.perf_counter() - started), outcomes


def run_naive(samples: list[Sample]) -> Timing:
    words = naive_words()
    clock = time.perf_counter_ns
    times: list[int] = []
    started = time.perf_counter()
    for sample in samples:
        t0 = clock()
        naive_check(sample.facts.text, words)
        times.append(clock() - t0)
    return Timing(times, time.perf_counter() - started)


def kinds(samples: list[Sample]) -> Iterator[tuple[str, int]]:
    for kind in ("ordinary", "violation", "safeguarding"):
        yield kind, sum(1 for s in samples if s.kind == kind)


def verdict_of(chain: Chain) -> Callable[[str], str]:
    """What the chain does with one message of an established member, as a word."""

    def verdict(text: str) -> str:
        facts = MessageFacts(text, FIRST_CHAT, FIRST_USER, START, START - timedelta(days=90),
                             False, False, False, None, False)  # fmt: skip
        decided = chain.decide(facts)
        return "allow" if decided is None else decided.verdict.value

    return verdict


def judgement() -> dict[str, object]:
    """The evaluation set through the chain: figures per language and part, printed."""
    verdict = verdict_of(Chain.from_settings(ChainSettings(flood_enabled=False)))
    examples = load()
    parts = {
        "tuned": [e for e in examples if not e.held_out],
        "held out": [e for e in examples if e.held_out],
        "all": examples,
    }
    print(f"judgement on the labelled set ({len(examples)} messages, "
          f"{len(parts['held out'])} held out):")  # fmt: skip
    header = f"{'':10}{'part':>10}{'n':>6}{'fp rate':>9}{'miss':>8}{'sg recall':>11}{'sg del':>8}"
    print(header)
    totals: dict[str, Tally] = {}
    for language in (*EVAL_LANGUAGES, "total"):
        for part, chosen in parts.items():
            mine = [e for e in chosen if language in ("total", e.language)]
            tally = evaluate(mine, verdict)
            if language == "total":
                totals[part] = tally
            f = tally.figures()
            print(f"{language:10}{part:>10}{f['n']:>6}{f['fp_rate']:>9.3f}{f['fn_rate']:>8.3f}"
                  f"{f['safeguarding_recall']:>11.3f}{f['safeguarding_deleted']:>8}")  # fmt: skip
    held = totals["held out"].figures()
    met = (held["safeguarding_recall"] >= 0.9 and held["safeguarding_deleted"] == 0
           and held["fp_rate"] <= 0.05 and held["fn_rate"] <= 0.20)  # fmt: skip
    print(f"targets on the held-out third (recall >= 0.9, 0 deleted, fp <= 5 %, "
          f"miss <= 20 %): {'met' if met else 'MISSED'}")  # fmt: skip
    fresh_sets: dict[str, dict[str, float | int]] = {}
    for name, loader, title in FRESH_SETS:
        if (FRESH.parent / name).exists():
            fresh_sets[name] = _fresh(verdict, loader(), title)
    return {
        **fresh_sets,
        "fp_rate": held["fp_rate"],
        "fn_rate": held["fn_rate"],
        "safeguarding_recall": held["safeguarding_recall"],
        "safeguarding_deleted": held["safeguarding_deleted"],
        "quotes_deleted": held["quotes_deleted"],
        "tuned": totals["tuned"].figures(),
        "all": totals["all"].figures(),
    }


# The fresh sets in the order they were written. Each was measured once before anything was
# tuned on it (the figures then are in its title and in tests/handlers/test_moderation_eval.py)
# and tuned on and trained on afterwards: what they print now is how well tuning took, not
# how Kring does on messages it has never seen. That is the held-out third above.
FRESH_SETS: tuple[tuple[str, Callable[[], list[Example]], str], ...] = (
    ("fresh", load_fresh, "fresh (350; measured once at recall 0.944, fp 7.9 %, miss 20.0 %)"),
    ("fresh2", load_fresh2, "fresh2 (500; measured once at 0.886, 9.6 %, 16.7 %)"),
    ("fresh3", load_fresh3, "fresh3 (500; measured once at 0.914, 4.2 %, 16.7 %)"),
    ("fresh4", load_fresh4, "fresh4 (500; measured once at 0.907, 3.8 %, 18.3 %)"),
    ("fresh5", load_fresh5, "fresh5 (500; measured once at 0.886, 5.8 %, 10.0 %)"),
    ("fresh6", load_fresh6, "fresh6 (500; measured once at 0.850, 2.3 %, 10.0 %, 1 deleted)"),
    # Sealed: never tuned or trained on; 0.886, 4.2 %, 13.3 % at the start of stop 21.
    ("fresh7", load_fresh7, "fresh7 (500, SEALED: nothing tuned on it; 0.886, 4.2 %, 13.3 % "
                            "at the start of stop 21)"),
    ("fresh8", load_fresh8, "fresh8 (500; measured once at 0.879, 7.7 %, 15.0 %: targets missed)"),
    # Sealed like the seventh: first measured at the end of stop 22.
    ("fresh9", load_fresh9, "fresh9 (500, SEALED; 0.957, 6.1 %, 13.3 % when first measured, "
                            "near the end of stop 22)"),
    ("fresh10", load_fresh10, "fresh10 (500, SEALED; 0.871, 2.3 %, 20.0 % when first measured, "
                              "end of stop 23)"),
    ("fresh11", load_fresh11, "fresh11 (500; measured once at 0.964, 4.6 %, 16.7 %, start of "
                              "stop 23)"),
    ("fresh12", load_fresh12, "fresh12 (500, SEALED; 0.864, 3.5 %, 23.3 % at the start of "
                              "stop 24)"),
    ("fresh13", load_fresh13, "fresh13 (500, SEALED; 0.957, 3.1 %, 6.7 % when first measured, "
                              "end of stop 24)"),
    ("fresh14", load_fresh14, "fresh14 (500, SEALED; 0.971, 3.8 %, 8.3 % when first measured, "
                              "end of stop 25)"),
    ("fresh15", load_fresh15, "fresh15 (500, SEALED; 0.964, 3.5 %, 0.0 %, one quote deleted, "
                              "when first measured, end of stop 25)"),
    ("fresh16", load_fresh16, "fresh16 (500, SEALED; 0.964, 2.7 %, 5.0 % when first measured, "
                              "stop 26)"),
    ("fresh17", load_fresh17, "fresh17 (500, SEALED; 0.879, 4.2 %, 8.3 % when first measured, "
                              "stop 26: Somali 0.536)"),
    ("fresh18", load_fresh18, "fresh18 (500, SEALED; 0.964, 4.6 %, 1.7 % when first measured, "
                              "end of stop 27)"),
    ("fresh19", load_fresh19, "fresh19 (500, SEALED; 0.936, 5.0 %, 8.3 %, one quote deleted, "
                              "when first measured, end of stop 27)"),
    ("fresh20", load_fresh20, "fresh20 (500, SEALED; 0.979, 2.7 %, 3.3 % when first measured, "
                              "end of stop 28)"),
    ("fresh21", load_fresh21, "fresh21 (500, SEALED; 0.986, 2.7 %, 1.7 % when first measured, "
                              "end of stop 28)"),
)


def _fresh(
    verdict: Callable[[str], str], examples: list[Example], title: str
) -> dict[str, float | int]:
    """Print and return the figures of a fresh set, in all and per language."""
    figures = evaluate(examples, verdict).figures()
    print(f"{title}: fp {figures['fp_rate']:.3f}, miss {figures['fn_rate']:.3f}, "
          f"sg recall {figures['safeguarding_recall']:.3f}, "
          f"sg deleted {figures['safeguarding_deleted']}")  # fmt: skip
    for language in EVAL_LANGUAGES:
        f = evaluate([e for e in examples if e.language == language], verdict).figures()
        print(f"  {language}: fp {f['fp_rate']:.3f}, miss {f['fn_rate']:.3f}, "
              f"sg recall {f['safeguarding_recall']:.3f}")  # fmt: skip
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=100_000, help="messages")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--webhook-n", type=int, default=3000,
                        help="messages through the webhook end to end (0: skip)")  # fmt: skip
    args = parser.parse_args()
    judged = judgement()
    samples = generate(args.n, args.seed)
    counts = dict(kinds(samples))
    # The generated input is not what is measured: keep the collector from walking it.
    gc.collect()
    gc.freeze()
    chain, outcomes = run_chain(samples)
    # The naive loop tries every listed term with its own regular expression (thousands
    # now): its rate is measured on the first messages only.
    naive = run_naive(samples[:NAIVE_N])

    print(f"{args.n:,} group messages (seed {args.seed}): " +
          ", ".join(f"{counts[k]:,} {k}" for k in counts))  # fmt: skip
    print(f"{'':24}{'msgs/s':>12}{'p50 µs':>10}{'p99 µs':>10}{'max µs':>10}")
    for name, t in (("check chain", chain), ("naive regex per word", naive)):
        print(f"{name:24}{t.msgs_per_s:>12,.0f}{t.percentile_us(0.5):>10.1f}"
              f"{t.percentile_us(0.99):>10.1f}{max(t.per_message_ns) / 1000:>10.1f}")  # fmt: skip
    # A message with an insult or a worrying word is read closely (who is addressed,
    # quoted, laughing): a few hundred µs. The p99 target is for the messages with none.
    ordinary = Timing(
        [t for t, s in zip(chain.per_message_ns, samples, strict=True) if s.kind == "ordinary"],
        chain.wall_s,
    )
    p99_ordinary = ordinary.percentile_us(0.99)
    fast = chain.msgs_per_s >= TARGET_MSGS_PER_S
    print(f"chain vs naive: {chain.msgs_per_s / naive.msgs_per_s:.0f}x faster; target "
          f"{TARGET_MSGS_PER_S:,} msgs/s: {'met' if fast else 'MISSED'}")  # fmt: skip
    # A stricter aim of our own: the slowest ordinary messages are those with a word that
    # is also an insult or a worry ("kalb", dog; "pega", hits), read closely on purpose.
    print(f"p99 of the ordinary messages: {p99_ordinary:.1f} µs (aim < {TARGET_P99_US:.0f} "
          f"µs: {'met' if p99_ordinary < TARGET_P99_US else 'missed'})")  # fmt: skip
    other = outcomes["violation:flood"] + outcomes["violation:newcomer_link"]
    flagged = outcomes["ordinary:word_list"] + outcomes["ordinary:safeguarding"]
    print(f"evasive violations deleted by the word lists: {outcomes['violation:word_list']:,}"
          f"/{counts['violation']:,} (+{other} deleted by flood or newcomer checks first, "
          f"{outcomes['violation:none']} missed); safeguarding alerts: "
          f"{outcomes['safeguarding:safeguarding']:,}/{counts['safeguarding']:,}; ordinary "
          f"messages flagged by the lists: {flagged}")  # fmt: skip
    figures: dict[str, object] = {
        **judged,
        "chain_msgs_per_s": round(chain.msgs_per_s),
        "naive_msgs_per_s": round(naive.msgs_per_s),
        "p99_us": round(chain.percentile_us(0.99), 1),
        "p99_ordinary_us": round(p99_ordinary, 1),
        "webhook_msgs_per_s": None,
        "bare_ptb_msgs_per_s": None,
    }
    if args.webhook_n:
        figures |= end_to_end([s.facts.text for s in samples[: args.webhook_n]])
    report(figures)


def end_to_end(texts: list[str]) -> dict[str, float | None]:
    """The first messages of the stream through the webhook of `kring run` and bare PTB."""
    import asyncio

    import _moderation_webhook as e2e
    from _common import backends

    gc.unfreeze()
    bare = asyncio.run(e2e.bare(texts))
    print(f"end to end, {len(texts):,} messages + {e2e.CHATS} sentinels over {e2e.CHATS} "
          f"group chats: bare PTB echo {bare:,.1f} msgs/s")  # fmt: skip
    figures: dict[str, float | None] = {"bare_ptb_msgs_per_s": round(bare, 1)}
    for kind in backends():
        rate = asyncio.run(e2e.kring(texts, kind))
        print(f"  kring run on {kind}: {rate:,.1f} msgs/s through webhook and chain "
              f"({rate / bare:.2f} of bare PTB)")  # fmt: skip
        key = "webhook_msgs_per_s" if kind == "sqlite" else "webhook_msgs_per_s_postgres"
        figures[key] = round(rate, 1)
    return figures


if __name__ == "__main__":
    main()
