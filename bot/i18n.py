"""Languages: gettext catalogs compiled at start, locale resolution, safe formatting.

The locale is resolved per update and passed explicitly; nothing here keeps a "current
language" in a global.
"""

from __future__ import annotations

import gettext
import html
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime, get_timezone_location
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.config import SUPPORTED_LOCALES

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"

# Each language in its own name, for the language picker.
LANGUAGE_NAMES: dict[str, str] = {
    "nl": "Nederlands",
    "ar": "العربية",
    "tr": "Türkçe",
    "so": "Soomaali",
    "es": "Español",
}

RTL_LOCALES = frozenset({"ar"})


def N_(message: str) -> str:
    """Mark a message for extraction without translating it (translate it later with
    `Translator.gettext`, when the reader's language is known)."""
    return message


LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
# A /command with what follows it on a command line: dates like 24-12, language codes,
# {placeholders}. Inside an Arabic sentence the slash would otherwise show after the word
# ("help/") and the dates in reverse order.
_COMMAND = re.compile(
    r"(?<![\w/<\u2066])/[a-z_]+(?:@\w+)?(?:[ \u00a0](?:\d[\d\-./:]*|[a-z]{2}\b|\{[a-z_]+\}))*"
)
# Embeddings, overrides and isolates typed by users could break out of our isolate or
# reverse the rest of a line; they are removed from displayed user text (stored text keeps
# them untouched).
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None
)


def isolate_commands(text: str) -> str:
    """`text` with every /command (and the dates, codes or placeholders after it) in a
    left-to-right isolate, for right-to-left languages."""
    return _COMMAND.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)


def strip_bidi(value: str) -> str:
    """User text without bidi embeddings, overrides or isolates (for display only)."""
    return value.translate(_BIDI_CONTROLS)


def compile_catalog(po_path: Path) -> gettext.GNUTranslations:
    """Compile a `.po` file in memory into a gettext catalog (no `.mo` files to forget)."""
    locale = po_path.parent.parent.name
    with po_path.open("rb") as fh:
        catalog = read_po(fh, locale=locale, domain=DOMAIN)
    if locale in RTL_LOCALES:
        for message in catalog:
            if message.id and isinstance(message.string, str):
                message.string = isolate_commands(message.string)
            elif message.id and message.string:
                message.string = tuple(isolate_commands(s) for s in message.string)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


@dataclass(frozen=True, slots=True)
class Translator:
    """The gettext functions of one locale. Message ids must be literals at call sites."""

    locale: str
    catalog: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        """Translate a message."""
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Translate a message with a plural form chosen for `n`."""
        return self.catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """Translate a message with a disambiguating context."""
        return self.catalog.pgettext(context, message)

    @property
    def rtl(self) -> bool:
        """Whether this language is written right to left."""
        return self.locale in RTL_LOCALES

    def user_text(self, value: str) -> str:
        """User-supplied text made safe for an HTML message in this language.

        Escaped for Telegram's HTML, stripped of bidi controls and wrapped in Unicode
        isolates, so a Latin name inside Arabic (or an Arabic name inside Dutch) keeps its
        own direction and cannot reorder the sentence around it.
        """
        return f"{FSI}{html.escape(strip_bidi(value), quote=False)}{PDI}"

    def zone_name(self, zone: str) -> str:
        """A time zone as this language names it ("tijd in Nederland", "توقيت هولندا"),
        never its code ("Europe/Amsterdam")."""
        return str(get_timezone_location(zone, locale=self.locale))

    def when(self, moment: datetime, zone: str, kind: str) -> str:
        """A moment the way this language says it (see `DATE_PATTERNS`): "day_time",
        "day", "weekday_time" or "short_day", in the group's time zone."""
        return self.datetime(moment, zone, DATE_PATTERNS[self.locale][kind])

    def datetime(self, moment: datetime, zone: str, fmt: str = "full") -> str:
        """A moment in the group's time zone, written the way this language writes it."""
        if moment.tzinfo is None:
            raise ValueError("naive datetime")
        return format_datetime(moment, format=fmt, tzinfo=ZoneInfo(zone), locale=self.locale)


# Dates and times as each language says them (Babel patterns, 24-hour clock as in the
# Netherlands and Belgium). One fixed pattern for all would put the parts in an unnatural
# order: Spanish says "a las", Turkish puts the weekday after the date, Somali the month
# before the day.
DATE_PATTERNS: dict[str, dict[str, str]] = {
    "nl": {
        "day_time": "EEEE d MMMM 'om' HH:mm",
        "day": "EEEE d MMMM",
        "weekday_time": "EEEE 'om' HH:mm",
        "short_day": "EEE d MMM",
    },
    "ar": {
        "day_time": "EEEE d MMMM، 'الساعة' HH:mm",
        "day": "EEEE d MMMM",
        "weekday_time": "EEEE، 'الساعة' HH:mm",
        "short_day": "EEEE d MMM",
    },
    "tr": {
        "day_time": "d MMMM EEEE, 'saat' HH:mm",
        "day": "d MMMM EEEE",
        "weekday_time": "EEEE 'saat' HH:mm",
        "short_day": "d MMM EEE",
    },
    "so": {
        "day_time": "EEEE, MMMM d, 'saacadda' HH:mm",
        "day": "EEEE, MMMM d",
        "weekday_time": "EEEE, 'saacadda' HH:mm",
        "short_day": "EEE, MMM d",
    },
    "es": {
        "day_time": "EEEE d 'de' MMMM 'a las' HH:mm",
        "day": "EEEE d 'de' MMMM",
        "weekday_time": "EEEE 'a las' HH:mm",
        "short_day": "EEE d MMM",
    },
}


class Catalogs:
    """All translations, loaded once at start from `locales/<lang>/LC_MESSAGES/messages.po`."""

    def __init__(self, translators: dict[str, Translator], default_locale: str) -> None:
        self._translators = translators
        self.default_locale = default_locale

    @classmethod
    def load(cls, default_locale: str = "nl", directory: Path = LOCALES_DIR) -> Catalogs:
        """Compile every supported language; a missing catalog is an error, not English."""
        translators = {}
        for locale in SUPPORTED_LOCALES:
            po = directory / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
            if not po.exists():
                raise FileNotFoundError(f"missing translation catalog {po}")
            translators[locale] = Translator(locale, compile_catalog(po))
        return cls(translators, default_locale)

    def get(self, locale: str | None) -> Translator:
        """The translator for a locale, or for the default when it is not supported."""
        return self._translators.get(locale or "", self._translators[self.default_locale])

    def resolve(self, *candidates: str | None) -> Translator:
        """The first supported locale in the fallback chain, e.g. member choice →
        Telegram `language_code` → group default → `KRING_DEFAULT_LOCALE`."""
        return self.get(resolve_locale(candidates, self.default_locale))


def normalise_language_code(code: str | None) -> str | None:
    """Map a Telegram `language_code` such as `nl-BE` or `ar` to a supported locale."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in SUPPORTED_LOCALES else None


def resolve_locale(candidates: Iterable[str | None], default: str) -> str:
    """The first candidate that is a supported locale, else `default`."""
    for candidate in candidates:
        locale = normalise_language_code(candidate)
        if locale:
            return locale
    return default


def plural_forms(locale: str) -> int:
    """How many plural forms CLDR gives a language (Babel lacks Somali: it has two)."""
    if locale == "so":
        return 2
    return Locale.parse(locale).plural_form.rules.__len__() + 1
