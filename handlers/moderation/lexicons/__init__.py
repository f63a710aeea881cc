"""Per-language word lists for moderation: insults by severity, context markers and the
safeguarding concepts, one module per language (`nl`, `ar`, `tr`, `so`, `es`).

A *term* is written the way people type it; the index normalises it with the same code as
messages (case, accents, Arabic letter variants, repeated letters), so spelling variants
need no separate entries. A term is one of:

- a word: ``"hoer"`` matches the word "hoer" only (whole words: never inside "hoeren");
- a stem, ending in ``*``: ``"klootzak*"`` matches every word that starts with it
  ("klootzakken", "klootzakje"); at least four letters before the ``*`` (three in Arabic
  script, where roots are three letters);
- a phrase of words and stems: ``"hou je bek"``, ``"sla* me"``. The words must come in
  this order, with at most two other words between neighbours ("ik kan echt niet meer"
  matches "kan niet meer").

Arabic-script words are also tried without a leading و ف ب ل ك ال (and their
combinations, such as وال بال فال لل) and without a trailing pronoun (ني ي ه ها هم هن ك
كم كن نا), so lists hold the bare form ("ضرب*", not "وضربني"). A word that ends in ني
("me") also counts as `ME`.

Safeguarding works by *concepts*, not fixed sentences: each language lists the words for
each concept, and language-independent rules (`RULES` in `handlers.moderation.reading`)
alert when concepts meet in one message, e.g. HURT with PARTNER or ME ("hij heeft me
gisteren weer geslagen"), FEAR with PARTNER or HOME, WANT with DIE. The concepts:

- PARTNER: husband, wife, partner, "my man", ex, boyfriend, father of my children, in-laws,
  stepfather, and the pronouns he/him/his (in a disclosure "he" is usually him)
- ME: the writer as victim: I, me, to me, myself
- CHILD: children, kids, son, daughter, baby, boy, girl, "my little one"
- RELATIVE: other adults near a child: uncle, aunt's husband, cousin, neighbour, teacher, coach,
  grandfather, stepfather, "a man"
- HURT: physical violence in any tense: hit, beat, slap, kick, punch, push, shove, strangle,
  choke, throw at, pull hair, burn, bite, hurt, violence, blows, "raises his hand"
- INJURY: what the body shows: bruise, blue or black eye, wound, marks, blood, swollen, broken,
  scar, hides under long sleeves or make-up
- FEAR: afraid, scared, fear, terrified, panic, don't dare, unsafe, trembling
- HOME: home, house, going home, "when he comes home", the key in the door
- CONTROL: takes my money, phone or papers; not allowed out, to work, to see family; locks me in;
  forbids; checks my phone; follows me
- NAMECALL: calls me names, insults, curses at, swears at, humiliates, screams or shouts at
- KILL: kill, murder, "will kill", knife, weapon, gun
- THREAT: a threat that is alarming on its own: threaten, "I know where you live", "you'll regret
  it", "I'll make you pay", "watch out"
- SEXUAL: rape, sexual, molest, forced (sex), harass, private parts, naked, inappropriate
- TOUCH: touch, fondle, "sits her on his lap", undress
- ABUSE: abuse, mistreat, maltreat, domestic violence, neglect: alarming on its own
- DIE: die, dead, death, suicide, "not wake up", disappear for ever, "not be here any more",
  "end it"
- WANT: want, wish, would rather, prefer, better (off), long for
- SELFHARM: cut myself, hurt myself, harm, pills, overdose, jump, bridge, rope, hang, train, razor,
  blade
- REFLEXIVE: myself
- LIFE: life, living, to live
- END: end, stop, finish, quit, no more, enough
- DESPAIR: alarming on its own: can't go on, can't take it any more, no way out, hopeless, no
  point, a burden, tired of everything or of life, give up, everyone better off without
  me, nobody would miss me


- HIDE: hiding marks or oneself: hide, cover up, so nobody sees, wear a scarf over it
- NEGLECT: a child left without care: always hungry, no food at home, alone all day, dirty
  clothes, no winter coat, locked out (worrying phrases only)
- MISHAP: the everyday scenes where hurting words are harmless: a fall, the playground, a
  bike, sport and a ball, a game on a screen, a film, cooking, the doctor who said it was
  nothing. Next to one, the weak signs (a child and a bruise, "hit" and "me") raise nothing;
  a partner, hiding, secrets, touching and every alarm still do.
- MEDIA: the news, a programme, a film, a series, a podcast, a book: what happens there
  happens to someone else. Next to one, only a first-person disclosure ("... my husband
  hits me") raises a concern.
- BELONGING: what a controlling partner takes or keeps: money, a phone, a passport, papers,
  a bank card, permission, going outside. Only a scene: "my phone is dead" or "I lost my
  passport" raise nothing; next to a partner, "he", a secret or a controlling act they do
  (CONTROL: takes, forbids, locks in) they are a sign of violence at home.
- POLICE: the police at the door, neighbours who called them: next to home, a partner,
  hiding or "he", a sign of violence at home ("de buren hadden gebeld, ik zei dat er niks
  was").
- TRIP: a pilgrimage, a move, a holiday: a farewell before one ("hakkınızı helal edin") is
  not despair.
- BURDEN: an everyday burden people say "kills" them or that they "can't take any more":
  heat and cold, a headache or toothache, the flu, noise, a night shift, an exam, the gym,
  shame. Within three words of despair, dying or killing ("ik kan niet meer met die
  hitte", "koppijn slaat me dood", "bu sıcağa dayanamıyom"), those words are said big, not
  meant: they raise nothing. Everything else in the message still counts.
- HABIT: used to it or her own fault ("ben het gewend", "yo me lo busqué", "alışığım"):
  after a laugh, a worrying word next to it is no joke.
- SECRET: keeping it secret: don't tell anyone, it's a secret, nobody may know, I write
  this in secret

`alarms` holds phrases that are alarming on their own, per concern (`violence`,
`child_abuse`, `sexual_abuse`, `self_harm`, `threat`), e.g. "huiselijk geweld".

Insults come in two severities. `unambiguous`: slurs and insults with no innocent reading in
a parents' group; aimed at someone they are deleted. `ambiguous`: insults that are also an
animal, a plant, food, a name, initials, a fairy-tale figure or a mild word people use for
themselves; Kring never deletes for these, and flags them to the facilitators only when
they are aimed at someone ("jij bent een kip"). Context markers decide "aimed at":
`second_person` (you, your, vocative particles), `first_person` (I, me, myself: "I feel so
stupid" is about oneself) and `quoting` (said, called, told, "the word": a parent quoting
her child to ask for advice). `idioms` are phrases whose words do not mean what they say
("dood van het lachen"): concepts inside them do not count. `first_person_suffixes` and
`second_person_suffixes` are endings that mark the person on the insult word itself
(Turkish "salağım" / "salaksın").

Drafted without native speakers of every language: these lists want a review by speakers
before they are relied on, and each group's facilitators teach Kring their own words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["BORROWED", "CONCEPTS", "CONCERNS", "LANGUAGES", "LanguageLexicon"]

LANGUAGES = ("nl", "ar", "tr", "so", "es")
# Read too, though no group speaks them: English and French as parents mix them into their
# own language (see lexicons/en.py and lexicons/fr.py).
BORROWED = ("en", "fr")
CONCERNS = ("violence", "child_abuse", "sexual_abuse", "self_harm", "threat")
CONCEPTS = (
    "PARTNER", "ME", "CHILD", "RELATIVE", "HURT", "INJURY", "FEAR", "HOME", "CONTROL",
    "NAMECALL", "KILL", "THREAT", "SEXUAL", "TOUCH", "ABUSE", "DIE", "WANT", "SELFHARM",
    "REFLEXIVE", "LIFE", "END", "DESPAIR", "HIDE", "SECRET", "NEGLECT", "MISHAP", "MEDIA",
    "BELONGING", "POLICE", "TRIP", "HABIT", "BURDEN",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LanguageLexicon:
    """One language's lists (see the module docstring for what each holds)."""

    code: str
    unambiguous: tuple[str, ...]
    ambiguous: tuple[str, ...]
    second_person: tuple[str, ...]
    first_person: tuple[str, ...]
    quoting: tuple[str, ...]
    concepts: Mapping[str, tuple[str, ...]]
    alarms: Mapping[str, tuple[str, ...]]
    first_person_suffixes: tuple[str, ...] = field(default=())
    second_person_suffixes: tuple[str, ...] = field(default=())
    # Idioms whose words are not what they say ("ik ga dood van het lachen", "se me pega
    # el arroz"): concepts and alarms inside them do not count.
    idioms: tuple[str, ...] = field(default=())
    # Endings the grammar adds to a listed whole word (plural, possessive, case, person):
    # "sukkel" also matches "sukkels", "şıllık" "şıllıklarsınız" (see
    # `handlers.moderation.inflection`); `not_inflected` are forms that are other words.
    inflections: tuple[str, ...] = field(default=())
    not_inflected: tuple[str, ...] = field(default=())
    # Curses that make any listed insult a worse one when written in front of it, as one
    # word (Dutch "kankeraap", "teringlul", "kutsukkel"): the compound is unambiguous.
    curse_prefixes: tuple[str, ...] = field(default=())
    # Right before an ambiguous word, a determiner (the, my, your, this, that) makes it a
    # thing ("de kip", "jouw hond", "el cerdo"), not a name someone is called.
    determiners: tuple[str, ...] = field(default=())
    # Right before an insult, a vocative particle calls someone by it ("ya 7mar", "war
    # dameer"); an intensifier before it, or a phrase after it, makes the word a name
    # someone is called ("vuile rat", "maldita rata", "tonta de mierda"), unless a
    # determiner or an article comes first ("een vieze rat in de tuin").
    vocatives: tuple[str, ...] = field(default=())
    intensifiers: tuple[str, ...] = field(default=())
    intensifiers_after: tuple[str, ...] = field(default=())
    articles: tuple[str, ...] = field(default=())
    # After an article ("een", "un"), an ambiguous word is a thing unless a copula comes
    # just before ("je bent een muts", not "heb je een muts?"); words right after it can
    # make it a remark about a situation ("wat stom dat je ziek bent", "deli gibi").
    copulas: tuple[str, ...] = field(default=())
    # Second-person markers that are also everyday small words (Somali "ku" is "you" and
    # "in"): they aim an unambiguous insult, never an ambiguous word.
    weak_second_person: tuple[str, ...] = field(default=())
    # Ambiguous words that only ever name a person (mild words, also said of oneself:
    # "sukkel", "tonta", "salak", "jaahil"): a determiner or an article ending does not make
    # them a thing ("die sukkel", "jaahiliinta"), so whom they are aimed at decides.
    people: tuple[str, ...] = field(default=())
    situation_after: tuple[str, ...] = field(default=())
    # Endings that make an ambiguous word a thing: Somali articles ("xayawaanka", the
    # animals), Turkish case endings ("tavukları", the chickens as an object). Calling
    # someone a name takes the bare word, a vocative or "you are".
    thing_endings: tuple[str, ...] = field(default=())
    # Things people curse at: an app, a machine, the weather. An insult right before or
    # after one of them, with nobody addressed, is said of the thing ("die debiele
    # schoolapp", "la estúpida máquina", "gerizekalı navigasyon"). A Dutch compound counts
    # by its last part ("schoolapp").
    objects: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        unknown = set(self.concepts) - set(CONCEPTS)
        if unknown:
            raise ValueError(f"{self.code}: unknown concepts {sorted(unknown)}")
        unknown = set(self.alarms) - set(CONCERNS)
        if unknown:
            raise ValueError(f"{self.code}: unknown concerns {sorted(unknown)}")

    def extended(
        self,
        *,
        concepts: Mapping[str, Iterable[str]] | None = None,
        alarms: Mapping[str, Iterable[str]] | None = None,
        dropped: Mapping[str, Iterable[str]] | None = None,
        **lists: Iterable[str],
    ) -> LanguageLexicon:
        """A copy with terms added (per concept, per concern, or to a named list such as
        `unambiguous=`) and `dropped` terms (per concept, or per list name) taken out.

        A bare string where a tuple belongs (`("een term")`, the comma forgotten) would be
        read letter by letter, each letter a term: it is refused."""
        for group in (concepts, alarms, dropped, lists):
            for key, values in (group or {}).items():
                if isinstance(values, str):
                    raise TypeError(f"{key}: a tuple of terms, not the string {values!r}")
        gone = {key: set(values) for key, values in (dropped or {}).items()}
        merged_concepts = {
            concept: tuple(t for t in terms if t not in gone.get(concept, ()))
            for concept, terms in self.concepts.items()
        }
        for concept, terms in (concepts or {}).items():
            merged_concepts[concept] = (*merged_concepts.get(concept, ()), *terms)
        merged_alarms = dict(self.alarms)
        for concern, terms in (alarms or {}).items():
            merged_alarms[concern] = (*merged_alarms.get(concern, ()), *terms)
        changes: dict[str, Any] = {}
        for name in (
            "unambiguous", "ambiguous", "second_person", "first_person", "quoting", "idioms",
            "inflections", "not_inflected", "curse_prefixes", "determiners", "vocatives",
            "intensifiers", "intensifiers_after", "articles", "copulas", "situation_after",
            "weak_second_person", "people",
            "thing_endings", "objects",
            "first_person_suffixes", "second_person_suffixes",
        ):  # fmt: skip
            current = tuple(t for t in getattr(self, name) if t not in gone.get(name, ()))
            changes[name] = (*current, *lists.get(name, ()))
        return replace(self, concepts=merged_concepts, alarms=merged_alarms, **changes)
