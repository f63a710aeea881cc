"""Text normalisation for matching: one form for every way of writing a word.

`normalise` turns a message into lower-case words separated by single spaces, with the
tricks people use to slip a word past a list undone:

1. Unicode NFKC (fullwidth and mathematical letters, ligatures, Arabic presentation forms),
   then case folding.
2. Invisible and combining characters are dropped: zero-width and format characters
   (U+200B..U+200F, U+202A..U+202E, U+2060..U+2069, U+FEFF, soft hyphen U+00AD, ...),
   combining accents, Arabic harakat (U+064B..U+065F, U+0670), Quranic marks (U+06D6..
   U+06ED) and tatweel (U+0640).
3. Letters are unified: Turkish İ, I, ı and i are all "i" (İ folds to i + a combining dot,
   which step 2 drops; ı is mapped), so "İSTANBUL", "ISTANBUL", "ıstanbul" and "istanbul"
   are one word; Latin letters lose their accents (é→e, ñ→n, ç→c, ş→s, ğ→g, ö→o, ü→u);
   Cyrillic and Greek letters that pass for Latin ones become Latin; Arabic letter variants
   become one form (أ إ آ ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, ک→ك, ی→ي).
4. A letter repeated three or more times becomes one ("idioooot" → "idiot").
5. Single letters spaced out with one consistent separator ("i.d.i.o.t", "i-d-i-o-t",
   "i d i o t", "n_a_c_a_s") are joined. At least three single characters are needed and
   the separator must be the same all along, so "a p.u.t.a" joins only "puta", and the
   single-letter words of Dutch, Spanish or Somali ("u", "a", "y", "i") stay apart.
6. Digit and symbol swaps (0→o 1→i 3→e 4→a 5→s 7→t 8→b @→a $→s !→i) apply only to a word
   written in Latin letters that mixes letters with digits or symbols ("1d10t", "sh!t"),
   and to a short number right next to such a word ("v373 4 l4 m13rd4"). A number on its
   own ("3", "10:30", "2024") and any word in Arabic script is left alone.
   Arabizi (Arabic in Latin letters, where 3 is ع and 7 is ح: "7mar", "9a7ba") does go
   through the swap: list entries are normalised by this same code, so an Arabizi entry and
   an Arabizi message land on the same form ("9a7ba" → "9atba" on both sides). The price is
   a possible collision between a swapped Arabizi form and a real word, which the tests
   check for the default lists.

`match_tokens` is what the word lists compare: the same words with every run of a repeated
character collapsed to one ("idioot" → "idiot", "klootzak" → "klotzak"). Lexicon entries get
the same treatment, so doubling a letter is no way around a list either.

Built for speed: everything is precomputed at import (tables, compiled expressions). The
common case, a message with no evasion, costs a case fold, one deletion pass, one squeeze
pass and one word scan; the rarer steps (spaced letters, swaps, rare characters) run only
when a cheap test says they can change something.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from contextlib import suppress
from itertools import chain

__all__ = [
    "disguised", "match_key", "match_tokens", "normalise", "plain_words", "strip_invisible",
    "tokenise",
]

_INVISIBLE = re.compile(
    "["
    "\u00ad\u034f\u061c\u115f\u1160\u180e\u3164\ufeff\uffa0"
    "\u200b-\u200f"  # zero-width space, joiners, LRM/RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2069"  # word joiner, invisible operators, bidi isolates
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining marks
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # Arabic harakat and Quranic marks
    "\u0640"  # tatweel
    "]+"
)

# fmt: off
_REPLACEMENTS = {
    "ı": "i", "İ": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
    "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe",
    "Œ": "oe", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t",
    # Cyrillic and Greek letters that pass for Latin ones inside a Latin word
    "а": "a", "А": "a", "в": "b", "В": "b", "е": "e", "Е": "e", "ё": "e", "Ё": "e",
    "і": "i", "І": "i", "ј": "j", "Ј": "j", "к": "k", "К": "k", "м": "m", "М": "m",
    "н": "h", "Н": "h", "о": "o", "О": "o", "р": "p", "Р": "p", "с": "c", "С": "c",
    "т": "t", "Т": "t", "у": "y", "У": "y", "х": "x", "Х": "x", "ѕ": "s", "Ѕ": "s",
    "һ": "h", "ԁ": "d", "ӏ": "l",
    "α": "a", "Α": "a", "β": "b", "Β": "b", "ε": "e", "Ε": "e", "η": "n", "Η": "h",
    "ι": "i", "Ι": "i", "κ": "k", "Κ": "k", "Μ": "m", "ν": "v", "Ν": "n", "ο": "o",
    "Ο": "o", "ρ": "p", "Ρ": "p", "τ": "t", "Τ": "t", "υ": "u", "Υ": "y", "χ": "x",
    "Χ": "x", "Ζ": "z",
    # Arabic letter variants → one form each
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ۂ": "ه", "ۃ": "ه",
    "ؤ": "و", "ک": "ك", "ڪ": "ك",
}
# fmt: on


def _build_table() -> dict[int, str]:
    """Letters that become other letters (after NFKC and case folding), built at import."""
    table: dict[int, str] = {}
    # Latin letters with accents → base letters (NFD, then drop the combining marks).
    for code in chain(range(0x00C0, 0x0250), range(0x1E00, 0x1F00)):
        letter = chr(code)
        decomposed = unicodedata.normalize("NFD", letter)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base and base != letter and base.isascii():
            table[code] = base.lower()
    table.update((ord(letter), base) for letter, base in _REPLACEMENTS.items())
    return table


_TABLE = _build_table()
# The letters met most in these five languages are replaced one by one (str.replace is far
# cheaper than a translate over the whole text), each group only when its script is present;
# the translate table is for the rest, and only runs when one of its letters is present.
_LATIN_COMMON = tuple((letter, _TABLE[ord(letter)]) for letter in "ışğçöüáéíóúñàèëêâäîïôûùãõå")
_ARABIC_COMMON = tuple((letter, _TABLE[ord(letter)]) for letter in "أإآٱىئیةؤک")
_LATIN_ACCENTED = re.compile("[\u00c0-\u024f]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_RARE = re.compile("[" + "".join(chr(code) for code in sorted(_TABLE)) + "]")
_SWAPS = str.maketrans("0134578@$!€", "oieastbasie")

# A single letter or digit, then two or more more of them, each after the same separator.
_SPACED = re.compile(
    r"(?<![^\W_])[^\W_](?P<sep>[\s.\-_*·•/|+~'’]{1,3})[^\W_](?![^\W_])"
    r"(?:(?P=sep)[^\W_](?![^\W_]))+"
)
_THREE_SINGLES = "\x01\x01\x01"  # three one-character words in a row (as word lengths)
_NOT_ALNUM = re.compile(r"[\W_]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
# Letters and digits of any script. Spelled out as ranges rather than [^\W_], which is a
# good deal slower to scan; Arabic punctuation (، ؛ ؟ ٪ ۔) is left out of the Arabic block.
_PLAIN_WORD = re.compile(
    "[0-9a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u0373"
    "\u0376-\u0377\u037b-\u037d\u037f-\u0481\u048a-\u052f\u0531-\u0556\u0561-\u0587"
    "\u05d0-\u05ea\u0620-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06ee-\u06fc"
    "\u0700-\u1fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)
# With swap symbols about: @ $ ! inside a word ("sh!t", "@ss") or at its start ("!diot");
# a trailing "!" is punctuation, a trailing "$" or "@" belongs to the word ("kla$"); "€"
# only between letters ("d@m€€r"), never before a price ("€5").
_WORD = re.compile(r"[@$!]*[^\W_](?:[@$!€]*[^\W_])*[@$]*")
_BANG_IN_WORD = re.compile(r"![^\W_]")
# A swappable digit next to a Latin letter; starting with the digit keeps the scan fast.
_SWAP_DIGIT = re.compile(r"[0134578](?:(?<=[a-z].)|(?=[a-z]))")
_LATIN_LETTER = re.compile(r"[a-z]")
_SQUEEZE = re.compile(r"(.)(?=\1)", re.DOTALL)  # delete a character its double follows
_RUN3 = re.compile(r"([^\W\d_])\1{2,}")


def _fold(text: str) -> str:
    """Steps 1-3 for text that is not plain ASCII."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text).casefold())
    if _LATIN_ACCENTED.search(text):
        for letter, base in _LATIN_COMMON:
            text = text.replace(letter, base)
    if _ARABIC_LETTER.search(text):
        for letter, base in _ARABIC_COMMON:
            text = text.replace(letter, base)
    if _RARE.search(text):
        text = text.translate(_TABLE)
    return text


def _squeeze(text: str) -> str:
    return _SQUEEZE.sub("", text)


def _collapse_runs(text: str) -> str:
    return _RUN3.sub(r"\1", text)


def _join_spaced(match: re.Match[str]) -> str:
    joined = _NOT_ALNUM.sub("", match.group())
    return match.group() if joined.isdigit() else joined


def _swap(word: str) -> str:
    """Undo digit/symbol swaps in a Latin-script word that mixes them with letters."""
    if "€" in word:
        word = word.replace("€", "e")
    if word.isascii() and not word.isalpha() and not word.isdigit():
        if _LATIN_LETTER.search(word):
            return word.translate(_SWAPS)
    return word


def _words(text: str, collapse: Callable[[str], str]) -> list[str]:
    """The normalised words of `text`, repeated letters handled by `collapse`."""
    plain = text.isascii()
    text = collapse(text.lower() if plain else _fold(text))
    symbols = (
        "@" in text or "$" in text or "€" in text or _BANG_IN_WORD.search(text) is not None
    )
    pattern = _WORD if symbols else _ASCII_WORD if plain else _PLAIN_WORD
    words = pattern.findall(text)
    if _THREE_SINGLES in "".join(map(chr, map(len, words))):  # maybe letters spaced out
        joined = _SPACED.sub(_join_spaced, text)
        if joined != text:
            text = collapse(joined)
            words = pattern.findall(text)
    if symbols or _SWAP_DIGIT.search(text):
        words = _unswap(words, collapse)
    return words


def _unswap(words: list[str], collapse: Callable[[str], str]) -> list[str]:
    """Undo swaps word by word. A short number right next to a de-swapped word is read as
    letters too ("v373 4 l4 m13rd4" is "vete a la mierda"); elsewhere a number stays one."""
    result = words.copy()
    changed: list[int] = []
    alpha = list(map(str.isalpha, words))  # only the other words can hold a swap
    at = -1
    with suppress(ValueError):
        while True:
            at = alpha.index(False, at + 1)
            swapped = _swap(words[at])
            if swapped != words[at]:
                result[at] = collapse(swapped)
                changed.append(at)
    for at in changed:
        for near in (at - 1, at + 1):
            if 0 <= near < len(words) and near not in changed:
                word = words[near]
                if len(word) <= 3 and word.isdigit():
                    result[near] = collapse(word.translate(_SWAPS))
    return result


def strip_invisible(text: str) -> str:
    """`text` without the characters normalising drops anyway: joiners, bidi controls,
    combining accents, Arabic harakat and tatweel."""
    return _INVISIBLE.sub("", text)


def normalise(text: str) -> str:
    """The normalised form of `text`: lower-case words separated by single spaces."""
    return " ".join(_words(text, _collapse_runs))


def tokenise(text: str) -> list[str]:
    """The normalised words of `text`, in order."""
    return _words(text, _collapse_runs)


def match_tokens(text: str) -> list[str]:
    """The words the lexicon compares: normalised, every repeated character collapsed."""
    return _words(text, _squeeze)


def match_key(text: str) -> str:
    """`match_tokens(text)` joined by single spaces."""
    return " ".join(_words(text, _squeeze))


_APOSTROPHES = re.compile("['\u2019\u02bc\u2018`\u00b4]")


def plain_words(text: str) -> list[str]:
    """The words of `text` as written: folded like every reading (case, accents, letter
    variants) but with no evasion undone: no letters joined, no digit read as a letter, no
    repeated letter collapsed."""
    plain = text.isascii()
    pattern = _ASCII_WORD if plain else _PLAIN_WORD
    folded = text.lower() if plain else _fold(text)
    words = pattern.findall(folded)
    if _APOSTROPHES.search(folded):
        # "Keloglan'a" may be read as one word or two: both are as written.
        words += pattern.findall(_APOSTROPHES.sub("", folded))
    return words


_APOSTROPHE_WORD = re.compile(r"\w+['\u2019\u02bc]\w+")


def apostrophe_suffixed(text: str, word: str) -> bool:
    """Whether `word` (one of `match_tokens(text)`) was written with an apostrophe before
    its ending ("pic'leri"): in Turkish, how a name or a foreign word takes its suffix."""
    folded = text.lower() if text.isascii() else _fold(text)
    return any(
        _squeeze(_APOSTROPHES.sub("", found.group())) == word
        for found in _APOSTROPHE_WORD.finditer(folded)
    )


def disguised(text: str, word: str) -> bool:
    """Whether `word` (one of `match_tokens(text)`) was written in disguise: spread over
    spaced or dotted letters, masked with a symbol ("k*t"), or with a letter stretched three
    times or more ("d o m k o p", "domkoppppp"). Natural double letters are no disguise,
    nor digits for letters inside a word (Arabizi "7mara")."""
    for written in plain_words(text):
        # Digits inside a word are how Arabizi is written ("7mara"): no disguise alone.
        if _squeeze(written) == word or match_key(written) == word:
            return _RUN3.search(written) is not None
    return True
