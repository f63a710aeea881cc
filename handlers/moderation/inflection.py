"""The inflected forms of a listed insult: plurals, possessives, case and person endings.

A list holds "sukkel", a parent types "sukkels"; it holds "şıllık", she types
"şıllıklarsınız" ("you are all ..."); it holds "dameer", she types "dameeryahow" ("you
donkey"). Stems with "*" cover the words whose every continuation is the insult; most
listed words are whole words on purpose ("kip" is not "kippenvel"), so `inflections` adds,
for one whole word of one language, exactly the forms its grammar builds with the endings
that language's list names (`LanguageLexicon.inflections`), and nothing else:

- an ending is added to the normalised word, with the sound changes people write: a final
  vowel dropped before a vowel (Spanish "tonto" → "tontitos"), Turkish k → ğ before a
  vowel ("köpek" → "köpeğe", normalised "kopege"), Somali -n → -m before -m ("doqon" →
  "doqommo");
- in Turkish, only endings in vowel harmony with the word (`_in_harmony`);
- only for words of at least `SHORTEST` letters: a short word with an ending is too often
  another word (Turkish "kaz", goose, + "a" is "kaza", an accident);
- never onto a form that is itself a different word (`Lexicons` drops any form that another
  list of any language has, and each language's `not_inflected` names known collisions,
  such as Dutch "kwalen", ailments).

Which person an ending marks ("-sın" you are, "-ow" the Somali vocative) is read from the
word when it is judged (`handlers.moderation.reading`), not here.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["SHORTEST", "inflections"]

SHORTEST = 4
_VOWELS = frozenset("aeiou")


def inflections(word: str, endings: Iterable[str], *, code: str) -> list[str]:
    """The forms of a normalised one-word `word` with each ending (the word itself not
    included), in a stable order and without duplicates."""
    if len(word) < SHORTEST or not word.isalpha() or not word.isascii():
        return []
    found: dict[str, None] = {}
    for ending in endings:
        if not ending or (code == "tr" and not _in_harmony(word, ending)):
            continue
        for stem in _stems(word, ending, code):
            form = _squeezed(stem + ending)
            if form != word:
                found.setdefault(form)
    return list(found)


def _stems(word: str, ending: str, code: str) -> list[str]:
    """The forms of `word` that `ending` attaches to."""
    stems = [word]
    starts_with_vowel = ending[0] in _VOWELS
    if code == "es" and starts_with_vowel and word[-1] in "ao" and ending[0] == "i":
        stems = [word[:-1]]  # "tonto" → "tontito", "rata" → "ratita"
    elif code == "tr" and starts_with_vowel and word[-1] == "k":
        stems.append(word[:-1] + "g")  # "köpek" → "köpeği" (ğ normalises to g)
    elif code == "so" and ending[0] == "m" and word[-1] == "n":
        stems = [word[:-1] + "m"]  # "doqon" → "doqommo"
    return stems


def _in_harmony(word: str, ending: str) -> bool:
    """Turkish vowel harmony, as far as normalised letters show it: an ending never mixes
    "a" and "e", and follows the word's last vowel when that is "a" or "e" ("salaklar",
    "eşekler"; ı/i, ö/o and ü/u are one letter once normalised, so they decide nothing)."""
    if "a" in ending and "e" in ending:
        return False
    last = next((letter for letter in reversed(word) if letter in _VOWELS), "")
    if last == "a":
        return "e" not in ending
    if last == "e":
        return "a" not in ending
    return True


def _squeezed(word: str) -> str:
    """Every run of one letter written once (as `match_tokens` writes every word)."""
    out: list[str] = []
    for letter in word:
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)
