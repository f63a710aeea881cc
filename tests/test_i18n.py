"""Every language, every time: complete catalogs, matching placeholders, safe user text."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.config import SUPPORTED_LOCALES
from bot.i18n import FSI, LOCALES_DIR, PDI, Catalogs, resolve_locale

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["bot", "handlers", "scheduler", "storage"]
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
# The same extraction as locales/babel.cfg: Python, and the dashboard's Jinja templates.
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
PLURALS = {"nl": 2, "ar": 6, "tr": 2, "so": 2, "es": 2}
ARABIC_ONE_AND_TWO = (1, 2)  # the forms for n == 1 and n == 2 (see the catalog header)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sd]|%[sd]")


def source_messages() -> set[tuple[str, str | None]]:
    """Every (message id, context) used in the code (what `python -m locales.update`
    extracts)."""
    found: set[tuple[str, str | None]] = set()
    for folder in SOURCES:
        for _file, _line, message, _comments, context in extract_from_dir(
            ROOT / folder, method_map=METHODS, keywords=KEYWORDS, comment_tags=()
        ):
            found.add((message[0] if isinstance(message, tuple) else message, context))
    return found


def load(lang: str) -> Catalog:
    with (LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale=lang)


@pytest.fixture(scope="module")
def catalogs() -> Catalogs:
    return Catalogs.load()


# Where the message id and the context are among a translation function's arguments.
MESSAGE_ARGS = {"gettext": (0, None), "ngettext": (0, None), "pgettext": (1, 0), "N_": (0, None)}
TEMPLATE_STRING = r"""("[^"\\]*"|'[^'\\]*')"""
TEMPLATE_CALL = re.compile(
    rf"\b(gettext|ngettext|pgettext)\(\s*{TEMPLATE_STRING}(?:\s*,\s*{TEMPLATE_STRING})?"
)


def messages_read_without_babel() -> tuple[set[tuple[str, str | None]], list[str]]:
    """Every (message id, context) in the code, read with Python's own parser and a plain
    pattern over the templates rather than Babel's extractors; and the calls whose message
    is built at run time (an f-string, `+`, `%` or `.format` inside the call), which no
    extractor can see and so are never translated."""
    found: set[tuple[str, str | None]] = set()
    built: list[str] = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name not in MESSAGE_ARGS or len(node.args) <= MESSAGE_ARGS[name][0]:
                    continue
                at, context_at = MESSAGE_ARGS[name]
                message = node.args[at]
                context = node.args[context_at] if context_at is not None else None
                if isinstance(message, ast.Constant) and isinstance(message.value, str):
                    context_text = context.value if isinstance(context, ast.Constant) else None
                    found.add((message.value, context_text))
                elif isinstance(message, ast.JoinedStr | ast.BinOp | ast.Call):
                    built.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                # else: a variable holding a message marked with N_() where it is written
    for path in sorted((ROOT / "bot").rglob("templates/*.html")):
        for name, first, second in TEMPLATE_CALL.findall(path.read_text(encoding="utf-8")):
            if name == "pgettext":
                found.add((second[1:-1], first[1:-1]))
            else:
                found.add((first[1:-1], None))
    return found, built


def test_every_message_in_the_code_is_extracted() -> None:
    """What Babel extracts (and `messages.pot` lists) is exactly every message the code and
    the templates pass to a translation function, and no message is built at run time."""
    found, built = messages_read_without_babel()
    assert built == []
    assert source_messages() == found
    assert len(found) > 400  # the parser above really reads the code


def test_template_is_in_sync_with_the_code() -> None:
    """`locales/messages.pot` lists exactly the messages in the code."""
    with (LOCALES_DIR / "messages.pot").open("rb") as fh:
        template = {
            (m.id if isinstance(m.id, str) else m.id[0], m.context) for m in read_po(fh) if m.id
        }
    assert template == source_messages(), "run: python -m locales.update"


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
def test_every_message_is_translated(lang: str) -> None:
    catalog = load(lang)
    missing = []
    for msgid, context in source_messages():
        entry = catalog.get(msgid, context=context)
        strings = (
            (entry.string if isinstance(entry.string, tuple) else (entry.string,)) if entry else ()
        )
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(msgid)
    assert missing == [], f"{lang} lacks translations (run python -m locales.update)"


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
def test_placeholders_match(lang: str) -> None:
    """Every translation has the placeholders of its message, except that an Arabic
    singular or dual may leave out the number itself: the dual noun says "two" already
    ("عضوين", two members), and "to 2 two-members" reads wrong."""
    for entry in load(lang):
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        expected = sorted(PLACEHOLDER.findall(ids[-1]))
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for form, string in enumerate(strings):
            found = sorted(PLACEHOLDER.findall(string))
            if lang == "ar" and entry.pluralizable and form in ARABIC_ONE_AND_TWO:
                dropped = [p for p in expected if p not in found]
                assert dropped in ([], ["{count}"], ["{minutes}"]), (entry.id, form, string)
                found = sorted(found + dropped)
            assert found == expected, (lang, entry.id, string)


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
def test_plural_forms(lang: str) -> None:
    """Arabic has six plural forms; every plural message has all of them."""
    catalog = load(lang)
    assert catalog.num_plurals == PLURALS[lang]
    for entry in catalog:
        if entry.id and entry.pluralizable:
            assert len(entry.string) == PLURALS[lang] and all(entry.string), entry.id


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
def test_drafts_are_marked(lang: str) -> None:
    """A catalog not reviewed by a native speaker says so in its header."""
    text = (LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    header = text.split('msgid ""', 1)[0]
    assert "MACHINE-DRAFTED" in header or "Reviewed-by:" in header


def test_each_language_answers_in_its_own_words(catalogs: Catalogs) -> None:
    texts = {lang: catalogs.get(lang).gettext("Choose your language") for lang in SUPPORTED_LOCALES}
    assert texts == {
        "nl": "Kies je taal",
        "ar": "اختر لغتك",
        "tr": "Dilinizi seçin",
        "so": "Dooro luqaddaada",
        "es": "Elige tu idioma",
    }


def test_locale_chain() -> None:
    # member choice → Telegram language_code → group default → KRING_DEFAULT_LOCALE
    assert resolve_locale(["so", "ar", "tr"], "nl") == "so"
    assert resolve_locale([None, "ar-EG", "tr"], "nl") == "ar"
    assert resolve_locale([None, "en", "tr"], "nl") == "tr"
    assert resolve_locale([None, "pt-BR", None], "es") == "es"
    assert resolve_locale([None, "nl_BE", None], "es") == "nl"


def test_user_text_is_escaped_and_isolated(catalogs: Catalogs) -> None:
    tr = catalogs.get("ar")
    assert tr.user_text("<b>Fatima</b> & co") == f"{FSI}&lt;b&gt;Fatima&lt;/b&gt; &amp; co{PDI}"
    # A right-to-left override typed into a name cannot reverse the sentence around it.
    assert tr.user_text("Ali\u202eevil\u2069") == f"{FSI}Alievil{PDI}"


def test_dates_in_the_group_zone_and_language(catalogs: Catalogs) -> None:
    moment = datetime(2026, 3, 29, 17, 30, tzinfo=UTC)  # 19:30 in Amsterdam (summer time)
    nl = catalogs.get("nl").datetime(moment, "Europe/Amsterdam", "medium")
    assert "19:30" in nl and "mrt" in nl
    es = catalogs.get("es").datetime(moment, "Europe/Brussels", "long")
    assert "marzo" in es and "19:30" in es
    ar = catalogs.get("ar").datetime(moment, "Europe/Amsterdam", "long")
    assert "مارس" in ar
    with pytest.raises(ValueError):
        catalogs.get("nl").datetime(datetime(2026, 1, 1), "Europe/Amsterdam")
