"""The moderation chain with plain values, no Telegram and no database.

Parents writing normally in any language pass; evasions of a listed word are caught;
safeguarding concepts alert and are never deleted; the severity of an insult depends on
whom it is aimed at; flood (albums included) and newcomer links behave.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from handlers.moderation.chain import (
    Chain,
    ChainSettings,
    Finding,
    FloodCheck,
    MessageFacts,
    Verdict,
    first_action,
)
from handlers.moderation.evasion import Unmasker
from handlers.moderation.index import TermIndex
from handlers.moderation.learned import Model, default_model
from handlers.moderation.lexicons import BORROWED, CONCEPTS, CONCERNS, LANGUAGES
from handlers.moderation.normalise import match_tokens, normalise, tokenise
from handlers.moderation.reading import (
    DOUBT,
    Severity,
    _concern,
    default_lexicons,
    insult,
    load_languages,
)

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
LONG_AGO = NOW - timedelta(days=200)
CHAT = -1_001_234_567_890
PARENT = 7_000_000_001


def say(text: str, **changes: Any) -> MessageFacts:
    """A message from an established member, in the group chat, now."""
    facts = MessageFacts(
        text=text,
        chat_id=CHAT,
        user_id=PARENT,
        sent_at=NOW,
        member_joined_at=LONG_AGO,
        has_link=False,
        is_forward=False,
        forward_from_channel=False,
        locale=None,
        is_edit=False,
    )
    return replace(facts, **changes)


def decide(text: str, chain: Chain | None = None) -> Finding | None:
    return (chain or Chain.from_settings()).decide(say(text))


ORDINARY = {
    "nl": [
        "Goedemorgen allemaal! Wie komt er donderdag naar de bijeenkomst?",
        "Mijn dochter heeft vannacht weer slecht geslapen, iemand tips?",
        "Ik neem koekjes mee voor de kinderen 🍪",
        "Hoera, Sem heeft zijn zwemdiploma A gehaald!",
        "Sorry, ik ben er vandaag niet, mijn zoon is ziek.",
        "Weet iemand wanneer de herfstvakantie begint in Rotterdam?",
        "Dank jullie wel voor het fijne gesprek van gisteren ❤️",
        "Om 10:30 bij het buurthuis, toch? Ik kom met de tram 4.",
        "Mijn moeder heeft kanker, dus het is even zwaar thuis.",
        "Hij zegt steeds 'nee' en gooit zijn eten op de grond, herkenbaar?",
        "De juf zei dat hij het goed doet op school 😊",
        "Kunnen we de volgende keer over zakgeld praten? Ik ga dood van het lachen om hem.",
        "De kinderen hebben eikels en kastanjes verzameld in het park",
    ],
    "ar": [
        "صباح الخير للجميع، هل اللقاء يوم الخميس؟",
        "ابنتي لم تنم جيدًا البارحة، هل عندكم نصائح؟",
        "شُكْرًا جَزِيلًا عَلَى اللِّقَاءِ الجَمِيلِ",
        "سأحضر بعض الحلويات للأطفال إن شاء الله",
        "ابني مريض اليوم، لن أستطيع الحضور",
        "عندنا كلب صغير والأولاد يحبونه كثيرا",
        "متى تبدأ العطلة المدرسية؟",
        "الحمد لله، ابني نجح في امتحان السباحة",
        "عبد الله وفاطمة سيأتيان معي غدا",
        "بغيت نسول على المدرسة ديال الولد",
        "اللقاء الساعة 10:30 في مركز الحي",
        "كيف نتعامل مع نوبات الغضب عند الأطفال؟",
        "اللهُ يَحْفَظُ أَوْلَادَكُمْ وَيَحْفَظُكُمْ",
        "salam 3likom, wach kayn lqa2 lyoum? ana ghadi nji m3a l'wlad",
    ],
    "tr": [
        "Günaydın herkese! Perşembe toplantısına kim geliyor?",
        "İstanbul'dan annem geliyor, bu hafta gelemeyeceğim.",
        "Kızım sık sık ağlıyor, ne yapmalıyım?",
        "Oğlum yüzme kursunda çok başarılı 😊",
        "Bu akşam ISPARTA'dan dönüyoruz, IĞDIR'a da uğradık",
        "Teşekkürler, çok güzel bir sohbetti",
        "Kutsal bir gün, bayramınız mübarek olsun",
        "Okulda veli toplantısı saat 15:00'te",
        "Amcam bize yardım ediyor, çok şükür",
        "Çocuklar için oyuncak kutusu getirebilirim",
        "Bu kitap biraz sıkıcı ama çocuklar seviyor",
        "Malımızı taşıdık, yeni evdeyiz artık",
        "Oğlumun öğretmeni çok ilgili, İyi ki varsınız!",
    ],
    "so": [
        "Subax wanaagsan dhammaan! Yaa imanaya kulanka Khamiista?",
        "Gabadhaydu xalay si fiican uma seexan, talo ma haysaan?",
        "Mahadsanid kulanka fiican ee shalay",
        "Wiilkaygu wuu jiran yahay maanta, ma imaan karo",
        "Waxaan keenayaa buskud carruurta",
        "Goorma ayay fasaxa dugsiga bilaabmayaa?",
        "Alhamdulillah, wiilkaygu wuxuu ku guulaystay imtixaanka dabaasha",
        "Kulanku waa saacadda 10:30 xarunta xaafadda",
        "Dameerka iyo eeyga ayaa ku jira sawirka buugga carruurta",
        "Sidee ayaan ula dhaqmi karnaa carruurta marka ay cadhoodaan?",
        "Hooyaday ayaa ila joogta usbuucan, aad ayaan ugu faraxsanahay",
        "Macallinka ayaa yiri wuu fiican yahay dugsiga",
    ],
    "es": [
        "¡Buenos días a todos! ¿Quién viene a la reunión del jueves?",
        "Mi hija no durmió bien anoche, ¿algún consejo?",
        "Gracias por la charla de ayer, me ayudó mucho ❤️",
        "Mañana traigo empanadas para los niños",
        "El niño está enfermo, no podré ir hoy",
        "¿Alguien sabe cuándo empiezan las vacaciones de otoño?",
        "Maricarmen y yo llegamos a las 10:30",
        "Mi hijo usa la computadora para los deberes",
        "Hubo una disputa en el patio pero ya se arregló",
        "El tren está retrasado, llego un poco tarde",
        "Mi cuñado tiene reputación de buen cocinero 😄",
        "Se me pega el arroz siempre, ¿algún truco?",
        "Mi madre me va a matar si llego tarde 😂 Me corto el pelo mañana.",
        "La señora Núñez enseña español a los niños pequeños",
    ],
}


@pytest.mark.parametrize(
    "text",
    [pytest.param(t, id=f"{lang}-{i}") for lang, ts in ORDINARY.items() for i, t in enumerate(ts)],
)
def test_parents_writing_normally_in_any_language_pass(text: str) -> None:
    assert Chain.from_settings().evaluate(say(text)) == []


def test_no_language_or_script_is_a_reason() -> None:
    chain = Chain.from_settings(ChainSettings(flood_enabled=False))  # one sender, many messages
    everything = [t for ts in ORDINARY.values() for t in ts]
    for locale in (*LANGUAGES, None):
        assert [chain.evaluate(say(t, locale=locale)) for t in everything] == [[]] * len(everything)
    # a listed word is caught whatever language the member uses
    for locale in LANGUAGES:
        assert decide("klootzak") == chain.decide(say("klootzak", locale=locale)) is not None


def test_every_language_has_at_least_ten_ordinary_messages() -> None:
    assert set(ORDINARY) == set(LANGUAGES)
    assert all(len(messages) >= 10 for messages in ORDINARY.values())


YOU = {"nl": "jij", "ar": "انت", "tr": "sen", "so": "adiga", "es": "tú"}


@pytest.mark.parametrize(
    ("written", "language"),
    [
        ("Jij bent een KLOOTZAK", "nl"),  # case
        ("ŞEREFSİZ herif", "tr"),  # Turkish capital İ
        ("şerefsız", "tr"),  # dotless ı where i belongs
        ("SEREFSIZ", "tr"),  # no Turkish letters at all
        ("şerefsizler", "tr"),  # a suffix on a listed stem
        ("غَبِيّ", "ar"),  # harakat and shadda
        ("غـــــبي", "ar"),  # tatweel
        ("إنت أحمق", "ar"),  # hamza on alef
        ("انت احمق", "ar"),  # without hamza
        ("يا كلبــة", "ar"),  # tatweel in a phrase
        ("شرموطه", "ar"),  # ه for ة
        ("وشرموطة", "ar"),  # with the conjunction و attached
        ("9a77ba", "ar"),  # Arabizi with a doubled letter
        ("id\u200bi\u200dot", "nl"),  # zero-width space and joiner
        ("pu\u00adta", "es"),  # soft hyphen
        ("klo\u2060otzak", "nl"),  # word joiner
        ("idiooooot", "nl"),  # repeated letters
        ("puuuuuuta", "es"),  # repeated letters
        ("nacaaas", "so"),  # repeated letters, Somali
        ("1d10ot", "nl"),  # digit swaps
        ("$l3t", "nl"),  # symbol and digit swaps
        ("put@", "es"),  # @ for a
        ("0r0spu", "tr"),  # zeros for o
        ("g1l1p0ll4s", "es"),
        ("v373 4 l4 m13rd4", "es"),  # a swapped phrase, lone "4" included
        ("17 0ğlu 17", "tr"),  # numbers next to a swapped word read as letters
        ("i.d.i.o.o.t", "nl"),  # dotted letters
        ("p-u-t-a", "es"),  # hyphenated letters
        ("h o e r", "nl"),  # spaced letters
        ("n_a_c_a_s", "so"),  # underscores
        ("p . u . t . 4", "es"),  # spaced, dotted and swapped
        ("ｐｕｔａ", "es"),  # fullwidth letters
        ("рuta", "es"),  # a Cyrillic р
        ("ÏDÎÓÖT", "nl"),  # accents on every letter
        ("HIJO DE PUTA", "es"),  # a phrase
        ("hou je bek!!!", "nl"),  # a phrase with punctuation
        ("kintirka hooyadaa", "so"),  # a Somali phrase
    ],
)
def test_each_evasion_of_a_listed_word_is_caught(written: str, language: str) -> None:
    finding = decide(f"{YOU[language]} {written} ok")
    assert finding is not None and finding.check == "word_list", finding
    assert finding.verdict in (Verdict.DELETE, Verdict.FLAG)


@pytest.mark.parametrize(
    "text",
    [
        "Kutsal bir gün",  # nl "kut" inside Turkish "holy"
        "Oyuncak kutusu",  # Turkish "box"
        "Hoera, het is vakantie!",  # nl "hoer" inside "hoera"
        "Mi hijo usa la computadora",  # es "puta" inside "computer"
        "Una disputa sobre la reputación",  # es "puta" inside "dispute", "reputation"
        "Maricarmen viene mañana",  # es "marica" inside a first name
        "Kızım sık sık ağlıyor",  # tr "often" normalises to "sik sik"; only longer forms listed
        "Bu film çok sıkıcı",  # tr "boring" → "sikici"
        "Amcam geliyor",  # tr "my uncle" starts like "amcık"
        "I got a nice pic of the kids",  # Turkish "göt"/"piç" after accent stripping
        "Nos vemos en el cono de helado",  # es "coño" without its tilde
        "عندنا كلب صغير",  # the Arabic dog, not "يا كلب"
        "عبد الله يسلم عليكم",  # a name
        "Dameerka sawirka ku jira",  # the Somali donkey, not "dameerow"
        "Mijn moeder heeft kanker",  # the illness, not "kankerlijer"
        "Het is 3 uur, 1 2 3 gaan!",  # digits stay digits
        "a.s.a.p. graag",  # joined dots are harmless
    ],
)
def test_listed_words_inside_innocent_words_do_not_trigger(text: str) -> None:
    assert decide(text) is None


def labels(index: TermIndex, text: str) -> list[str]:
    return [hit.label for hit in index.scan(match_tokens(text))]


def test_a_stem_catches_inflections_but_needs_four_letters() -> None:
    index = TermIndex([("klootzak*", "x"), ("kut*", "x"), ("ضرب*", "hurt")])
    assert labels(index, "klootzakken") == ["x"]
    assert labels(index, "kut") == ["x"]  # too short for a stem: a whole word
    assert labels(index, "kutsal") == []
    assert labels(index, "وضربني") == ["hurt"]  # Arabic: the conjunction and "me" come off


def test_a_phrase_allows_a_few_words_in_between_in_order() -> None:
    index = TermIndex([("kan niet meer", "despair"), ("sla* me", "hurt")])
    assert labels(index, "ik kan echt gewoon niet meer") == ["despair"]
    assert labels(index, "ik kan het niet, meer koffie?") == ["despair"]
    assert labels(index, "meer kan niet") == []  # the order counts
    assert labels(index, "ik kan het echt helemaal niet meer") == []  # too far apart


def test_masks_are_undone_only_for_listed_words() -> None:
    unmasker = Unmasker(["hoer", "klootzak*", "قحبه"])
    assert unmasker.unmask("jij h**r!") == "jij hoer!"
    assert unmasker.unmask("kl😡otzakken") == "klotzakken"  # an emoji for an o
    assert unmasker.unmask("يا ق*بة") == "يا قحبه"
    for innocent in ("Dank je wel.Net op tijd", "Thanks.Me too", "h*** gezellig", "a*b"):
        assert unmasker.unmask(innocent) == innocent


def test_an_emoji_may_stand_for_a_letter_too() -> None:
    unmasker = Unmasker(["estupida", "klootzak*"])
    assert unmasker.unmask("eres una est💩pida") == "eres una estupida"
    assert unmasker.unmask("jij kl😡😡tzak") == "jij klotzak"  # a run of emoji for the "oo"
    for innocent in ("qué bonito 😍😍 gracias", "ik😂ben😂zo😂blij", "mi 💕 lucía"):
        assert unmasker.unmask(innocent) == innocent


def test_an_insult_phrase_is_a_fixed_expression_and_a_place_name_is_no_insult() -> None:
    lexicons = default_lexicons()
    # "ولد الكلب" (son of a dog) is not "my son ... and the dog", three words apart.
    assert insult(lexicons.read("عض ولدي غنطعنو هو والكلب ديالو")) is None
    assert insult(lexicons.read("يا ولد الكلب")) is not None
    # The Nur Mountains are "Gavur Dağları"; "gavur" said to someone is a slur.
    assert insult(lexicons.read("bu yaz Gavur Dağları'na yaylaya gideceğiz")) is None
    assert insult(lexicons.read("sen gavursun")) is not None
    # The Arabic feminine plural: "حمارات" are "حمارة"s.
    assert insult(lexicons.read("انتو كلكم حمارات، ولا واحدة بترد")) is not None


def test_a_mask_may_mix_symbols_for_letters_and_symbols_that_only_break_the_word() -> None:
    unmasker = Unmasker(["hoer", "klootzak*", "شرموطه", "عاهر*"])
    # The first "*" only breaks the word, the second stands for the "و".
    assert unmasker.unmask("انتي ش*رم*طة") == "انتي شرموطه"
    assert unmasker.unmask("يا ع*ا*ر*ات") == "يا عاهرات"  # a stem keeps its ending
    assert unmasker.unmask("kl*o*tz*k!") == "klotzak!"
    # Still at most half of the word hidden, and still only listed words.
    for innocent in ("h*o*e*r*e*n*d", "s*a*l*a*d", "a*.*.*b", "e.g. i.e. a.k.a. n.v.t."):
        assert unmasker.unmask(innocent) == innocent


def test_harakat_and_tatweel_are_no_mask_but_a_mask_under_them_is_read() -> None:
    unmasker = Unmasker(["قحبه", "شرموطه"])
    # Vowel marks and tatweel sit between letters but hide nothing: no insult appears.
    vowelled = "شُكْرًا جَزِيلًا عَلَى اللِّقَاءِ، أهْـــلًا"
    assert match_tokens(unmasker.unmask(vowelled)) == match_tokens(vowelled)
    # A symbol for a letter is still read through harakat and tatweel around it.
    assert match_tokens(unmasker.unmask("يا قَـ*ـبَة")) == match_tokens("يا قحبه")
    assert match_tokens(unmasker.unmask("انتِ شَرْ*وطَة")) == match_tokens("انت شرموطه")


@pytest.mark.parametrize(
    ("text", "severity", "reason"),
    [
        ("jij bent een klootzak", Severity.DELETE, "insult"),
        ("wat een klootzak is die buurman", Severity.DELETE, "insult"),
        ("Klootzak, lees eerst wat ik schrijf", Severity.DELETE, "insult"),
        ("mijn zoon zei klootzak tegen zijn zus, wat moet ik doen?", Severity.ASK, "insult_quote"),
        ("op school roepen ze 'klootzak' naar hem", Severity.ASK, "insult_quote"),
        ("jij bent een ezel", Severity.ASK, "insult_ambiguous"),
    ],
)
def test_an_insult_is_judged_by_whom_it_is_aimed_at(
    text: str, severity: Severity, reason: str
) -> None:
    call = insult(default_lexicons().read(text))
    assert call is not None and (call.severity, call.reason) == (severity, reason)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben soms echt een klootzak voor mijn kinderen",  # about oneself
        "we zagen een ezel op de kinderboerderij",  # an ambiguous word, not aimed
        "Gerizekalıyım ben, yanlış binaya gittim",  # the suffix says "I am"
        "qué pendeja soy, dejé las llaves adentro",
    ],
)
def test_words_about_oneself_or_not_aimed_ask_nothing(text: str) -> None:
    assert insult(default_lexicons().read(text)) is None


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # plurals, diminutives and person endings of a listed whole word
        ("jullie zijn sukkels allemaal", Severity.ASK),
        ("jij vuile kakkerlakken familie", Severity.ASK),
        ("stelletje idiootjes zijn jullie", Severity.DELETE),
        ("sois unos cerdos todos", Severity.ASK),
        ("hepiniz aptallarsınız", Severity.ASK),
        ("eşşeksin sen", Severity.ASK),
        ("dameeryahoow iska aamus", Severity.ASK),  # the Somali vocative ending
        ("idinka jaahiliintan ah waxba ma garanaysaan", Severity.ASK),  # "these ..."
        # called by it: a vocative, an intensifier, an opening call
        ("ya 7mara sir fhalk", Severity.DELETE),
        ("ياكلاب سيرو فحالكم", Severity.ASK),
        ("hé sukkel, lees eens", Severity.ASK),
        ("Vieze rat, blijf uit mijn buurt", Severity.ASK),
        ("Maldita rata, devuélveme mi dinero", Severity.ASK),
        ("callate tonta de mierda", Severity.ASK),
        # an emoji between the letters of an inflected form
        ("sois unos cer🤮dos", Severity.ASK),
        # a curse written onto a listed word, with or without a plural
        ("jij kankeraap", Severity.DELETE),
        ("teringlullen zijn jullie", Severity.DELETE),
        # "v" for "u"
        ("eres una pvta y lo sabes", Severity.DELETE),
        # a word that only names a person stays one after a determiner
        ("jij, die sukkel van de overkant", Severity.ASK),
        # a word that only names a person, said of someone
        ("die juf is echt een sukkel", Severity.ASK),
        ("esa vecina es una tonta", Severity.ASK),
        ("Maxamed waa doqon", Severity.ASK),
        # an article with "you are" before or after it
        ("wat een muts ben jij", Severity.ASK),
        ("jij bent echt een muts", Severity.ASK),
        # "me" after the word is no exclamation about oneself
        ("Idiota, no me hables más", Severity.DELETE),
        # nor is "I" right after it: a new sentence
        ("Idioot, ik heb het al drie keer uitgelegd", Severity.DELETE),
        ("hufter, ik kom er zo aan", Severity.DELETE),
    ],
)
def test_inflected_and_called_insults_are_caught(text: str, severity: Severity) -> None:
    call = insult(default_lexicons().read(text))
    assert call is not None and call.severity is severity


@pytest.mark.parametrize(
    "text",
    [
        # a determiner, an article or a case ending makes an ambiguous word a thing
        "Heb je de kip al uit de oven gehaald? Ruikt lekker",
        "Jouw hond is zo lief met de kinderen",
        "Gaan jullie ook naar de apen kijken in Artis?",
        "¿Ustedes compran el cerdo en la carnicería del barrio?",
        "هل عندك الكلب ديال الجيران؟ ولدي خايف منو",
        "Kızım tavukları çok seviyor, siz de geliyor musunuz çiftliğe?",
        "beerta xayawaanka ma aragteen? adigu ma tagtay",
        "Er liep een vieze rat door de schuur van de buren",
        # an article without "you are", a remark about a situation
        "Heb je nog een muts voor mijn dochter? Het is koud",
        "Neem je een tang mee voor de fietsband?",
        "Wat stom dat je ziek bent, beterschap!",
        "Senin oğlan da deli gibi futbol oynuyor 😂",
        "ليك شي كلب؟ بنتي بغات تلعب معاه",
        # a mother may call her own child that; "qué mensa" is about oneself; a question
        # about a thing
        "mijn zoon is echt een luilak, hoe krijg ik hem uit bed?",
        "ay qué mensa, otra vez llegué tarde",
        "Siz de tavuk mu pişirdiniz bugün?",
        # Somali "ku" is also "in": it aims no ambiguous word
        "beerta xayawaanka waxaan ku aragnay dameer iyo geel",
        # an opening that is a list, not a call
        "Pazardan hıyar, domates, biber aldım",
        # "garaac" (to beat) is no form of "garac"
        "wiilashu way isku garaaceen barkimooyin, qosol bay ku dhaceen",
        # "tu" is "your" once the accent is gone; "adı" is "its name"; "pera" a pear
        "Tu gallina puso huevos ya? la mía todavía no",
        "Senin köpeğin çok tatlı, adı ne?",
        "¿Tienes una pera para el niño? La mía se acabó",
        # about oneself, even when the word opens the message
        "soy gilipollas, otra vez perdí el autobús",
        "maxaan nacas u ahay, furihii ayaan illaaway",
        "Sukkel die ik ben, ik heb de gymtas weer vergeten 🙈",
        "Idioot als ik ben, vergat ik de sleutels",
    ],
)
def test_things_lists_and_oneself_are_not_insults(text: str) -> None:
    assert insult(default_lexicons().read(text)) is None


def test_a_word_a_group_allows_is_allowed_in_its_forms_but_not_cursed() -> None:
    chain = Chain.from_settings(allowed_words=["sukkel", "aap"])
    assert decide("jullie zijn sukkels", chain) is None
    found = decide("jij kankeraap", chain)
    assert found is not None and found.verdict is Verdict.DELETE


def test_inflections_stay_clear_of_other_words() -> None:
    from handlers.moderation.inflection import inflections

    assert inflections("sukel", ("s", "en"), code="nl") == ["sukels", "sukelen"]
    assert inflections("kaz", ("a",), code="tr") == []  # "kaza" is an accident
    assert "kopege" in inflections("kopek", ("e",), code="tr")  # k → ğ before a vowel
    assert "tontitos" in inflections("tonto", ("itos",), code="es")
    lexicons = default_lexicons()
    for other in ("kwalen", "zemelen", "burrito", "animales", "garacay", "kaza", "zaken"):
        assert insult(lexicons.read(f"jij {other}")) is None, other


def test_normalise_turkish_i_and_arabic_variants() -> None:
    assert tokenise("İSTANBUL istanbul ıstanbul ISTANBUL") == ["istanbul"] * 4
    assert normalise("أحمد إبراهيم آمنة مدرسة مصطفى") == "احمد ابراهيم امنه مدرسه مصطفي"
    assert normalise("Señor Çağrı, Öğretmen ŞÜKRÜ") == "senor cagri ogretmen sukru"


def test_normalise_keeps_numbers_and_normal_words_apart() -> None:
    assert normalise("Om 10:30 in 2024, groep 3!") == "om 10 30 in 2024 groep 3"
    assert normalise("ik kom er zo aan") == "ik kom er zo aan"  # single letters are not glued
    assert normalise("a p.u.t.a") == "a puta"  # only a run with one separator joins
    assert normalise("Wat leuk!!! Zooooo blij") == "wat leuk zo blij"


@pytest.mark.parametrize(
    "text",
    [t for ts in ORDINARY.values() for t in ts]
    + ["i.d.i.o.o.t", "v373 4 l4 m13rd4", "sh!t 10:30", "9a7ba 3likom", "a p.u.t.a"],
)
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert match_tokens(once) == match_tokens(text)


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("Ik kan niet meer, ik wil dood", "self_harm"),
        ("Mijn man slaat me als de kinderen slapen", "violence"),
        ("Er is huiselijk geweld bij ons thuis", "violence"),
        ("أُرِيدُ أَنْ أَمُوتَ", "self_harm"),
        ("زوجي يضربني كل يوم", "violence"),
        ("Bazen ölmek istiyorum", "self_harm"),
        ("Kocam beni dövüyor", "violence"),
        ("Waxaan rabaa inaan dhinto", "self_harm"),
        ("Ninkaygu wuu i garaacaa", "violence"),
        ("A veces quiero morir", "self_harm"),
        ("Mi marido me pega cuando bebe", "violence"),
        ("Sufro violencia doméstica", "violence"),
    ],
)
def test_safeguarding_phrases_alert_and_the_message_stays(text: str, concern: str) -> None:
    findings = Chain.from_settings().evaluate(say(text))
    assert findings == [Finding("safeguarding", Verdict.ALERT, f"safeguarding:{concern}")]
    assert all(f.verdict is not Verdict.DELETE for f in findings)


def test_safeguarding_wins_over_a_listed_word() -> None:
    text = "Die klootzak slaat me waar de kinderen bij zijn"
    findings = Chain.from_settings().evaluate(say(text))
    assert [f.verdict for f in findings] == [Verdict.ALERT]
    assert first_action(findings) == Finding("safeguarding", Verdict.ALERT, "safeguarding:violence")


def test_safeguarding_wins_over_flood_whatever_the_order() -> None:
    chain = Chain.from_settings(ChainSettings(flood_max_messages=1))
    chain.evaluate(say("hallo"))
    findings = chain.evaluate(say("ik wil dood", sent_at=NOW + timedelta(seconds=1)))
    assert [f.reason for f in findings] == ["flood", "safeguarding:self_harm"]
    decided = first_action(findings)
    assert decided is not None and decided.verdict is Verdict.ALERT
    # even if a caller reverses the findings, the alert still decides
    assert first_action(reversed(findings)) == decided


def test_every_language_has_words_for_every_concept_and_alarms_for_every_concern() -> None:
    lists = load_languages()
    # English is read as parents mix it in, not as a language of the groups: it has no
    # words for a pilgrimage or for "used to it", and needs none.
    assert set(lists) == {*LANGUAGES, *BORROWED}
    for code, lexicon in lists.items():
        if code in BORROWED:
            assert set(lexicon.alarms) == set(CONCERNS)
            continue
        missing = [c for c in CONCEPTS if not lexicon.concepts.get(c)]
        assert missing in ([], ["REFLEXIVE"]), (code, missing)
        assert set(lexicon.alarms) <= set(CONCERNS)
        assert len(lexicon.unambiguous) >= 40 and len(lexicon.ambiguous) >= 15, code
        assert lexicon.second_person and lexicon.first_person and lexicon.quoting, code


def test_every_listed_insult_finds_itself() -> None:
    lexicons = default_lexicons()
    for code, lexicon in load_languages().items():
        for term in lexicon.unambiguous + lexicon.ambiguous:
            plain = term.rstrip("*")
            found = {h.label for h in lexicons.read(plain).hits}
            assert found & {f"u:{code}", f"a:{code}"}, (code, term)


def test_flood_triggers_after_the_threshold_and_resets_after_the_window() -> None:
    chain = Chain.from_settings(ChainSettings(flood_max_messages=3, flood_window_seconds=10))
    at = [NOW + timedelta(seconds=s) for s in (0, 1, 2, 3, 4, 30, 31)]
    verdicts = [chain.decide(say(f"bericht {i}", sent_at=t)) for i, t in enumerate(at)]
    assert verdicts[:3] == [None, None, None]
    assert verdicts[3] is not None and verdicts[4] is not None
    assert (verdicts[3].reason, verdicts[3].verdict) == ("flood", Verdict.DELETE)
    assert verdicts[3].detail == verdicts[4].detail  # one burst: one note, one warning
    assert verdicts[5:] == [None, None]  # the window has passed


def test_an_album_is_one_message_for_flood() -> None:
    chain = Chain.from_settings(ChainSettings(flood_max_messages=3, flood_window_seconds=10))
    for album in range(3):
        for photo in range(10):
            facts = say("", media_group_id=f"a{album}", sent_at=NOW + timedelta(seconds=album))
            assert chain.decide(facts) is None, (album, photo)


def test_flood_counts_per_member_and_chat_and_ignores_edits() -> None:
    chain = Chain.from_settings(ChainSettings(flood_max_messages=2, flood_window_seconds=10))
    for second in range(2):
        assert chain.decide(say("hoi", sent_at=NOW + timedelta(seconds=second))) is None
    later = NOW + timedelta(seconds=3)
    assert chain.decide(say("ik ook", user_id=PARENT + 1, sent_at=later)) is None
    assert chain.decide(say("hoi", chat_id=CHAT - 1, sent_at=later)) is None
    assert chain.decide(say("hoi (bewerkt)", is_edit=True, sent_at=later)) is None
    assert chain.decide(say("hoi", sent_at=later)) is not None


def test_flood_memory_stays_bounded() -> None:
    check = FloodCheck(5, 10.0, max_tracked=100)
    for member in range(10_000):
        facts = say("hoi", user_id=member, sent_at=NOW + timedelta(milliseconds=member))
        check.inspect(facts, None)
    assert len(check) <= 100


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"has_link": True}, "link_from_newcomer"),
        ({"is_forward": True}, "forward_from_newcomer"),
        ({"is_forward": True, "forward_from_channel": True}, "forward_from_newcomer"),
        ({"has_link": True, "is_edit": True}, "link_from_newcomer"),  # a link edited in
    ],
)
def test_links_and_forwards_from_newcomers_are_deleted(
    changes: dict[str, Any], reason: str
) -> None:
    facts = say("kijk eens", member_joined_at=NOW - timedelta(hours=2), **changes)
    assert Chain.from_settings().decide(facts) == Finding("newcomer_link", Verdict.DELETE, reason)


@pytest.mark.parametrize(
    "changes",
    [
        {"has_link": True},  # an established member shares a link
        {"is_forward": True, "forward_from_channel": True},
        {"has_link": True, "member_joined_at": None},  # join time unknown: not a newcomer
        {"member_joined_at": NOW - timedelta(minutes=5)},  # a newcomer without a link
        {"has_link": True, "member_joined_at": NOW - timedelta(hours=25)},
    ],
)
def test_links_from_members_who_are_not_newcomers_pass(changes: dict[str, Any]) -> None:
    assert Chain.from_settings().decide(say("kijk eens https://example.org", **changes)) is None


def test_a_group_extends_the_word_list_and_allows_words() -> None:
    word = "boekenlegger"
    assert decide(f"jij {word}") is None
    chain = Chain.from_settings(extra_words={"nl": [word], "so": ["doqonyahow"]})
    found = decide("jij B03K3NL3GG3R", chain)
    assert found is not None and (found.verdict, found.reason) == (Verdict.DELETE, "group_word")
    assert decide("doqonyahow", chain) is not None
    assert decide("ik wil dood", chain) == Finding(
        "safeguarding", Verdict.ALERT, "safeguarding:self_harm"
    )
    assert decide("jij klootzak", chain) is not None  # the defaults are still there
    allowing = Chain.from_settings(allowed_words=["klootzak*"])
    assert decide("jij klootzak", allowing) is None


def test_checks_can_be_switched_off() -> None:
    off = ChainSettings(
        flood_enabled=False,
        newcomer_enabled=False,
        word_list_enabled=False,
        safeguarding_enabled=False,
    )
    chain = Chain.from_settings(off)
    assert chain.names == ()
    facts = say("klootzak ik wil dood", has_link=True, member_joined_at=NOW)
    assert chain.evaluate(facts) == []
    assert Chain.from_settings().names == ("flood", "newcomer_link", "safeguarding", "word_list")


def test_a_message_without_text_is_only_checked_for_flood_and_links() -> None:
    facts = say("", is_forward=True, member_joined_at=NOW - timedelta(hours=1))
    assert [f.reason for f in Chain.from_settings().evaluate(facts)] == ["forward_from_newcomer"]


def test_facts_refuse_naive_times() -> None:
    with pytest.raises(ValueError):
        say("hoi", sent_at=datetime(2026, 11, 22, 10, 0))
    with pytest.raises(ValueError):
        say("hoi", member_joined_at=datetime(2026, 11, 22, 9, 0))


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        ChainSettings(flood_max_messages=0)
    with pytest.raises(ValueError):
        ChainSettings(flood_window_seconds=0)


def test_the_core_imports_neither_telegram_nor_sqlalchemy() -> None:
    code = (
        "import sys, handlers.moderation, handlers.moderation.chain;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('telegram', 'sqlalchemy')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("text", "acted"),
    [
        ("\u202e\u2066" * 1000 + " hoer", True),  # bidi controls piled up before an insult
        ("k" + "*" * 4000 + "t", False),  # no word is 4,000 letters long
        ("a*" * 2048, False),
        ("'x' " * 1000, False),
        ("😂" * 2000, False),
        ("\x00" * 100 + " jij bent een klootzak", True),
    ],
)
def test_garbled_and_huge_messages_are_read_sensibly(text: str, acted: bool) -> None:
    assert (decide(text) is not None) is acted


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        # A laugh or a baking scene in another sentence explains nothing away.
        (
            "vandaag koekjes gebakken voor het suikerfeest, ze zaten onder de bloem haha. "
            "gisteravond heeft hij me weer tegen de kast geduwd, mijn rug is blauw",
            "violence",
        ),
        # The police at the door and "I said it was nothing".
        (
            "vannacht stond de politie voor de deur, de buren hadden gebeld. ik heb gezegd dat "
            "er niks was",
            "violence",
        ),
        # "I know where she lives, I'll wait for her."
        ("sé dónde vive y mañana la espero a la salida del trabajo, va a ver", "threat"),
        ("nerede oturduğunu biliyorum, yarın okul çıkışı bekleyeceğim onu", "threat"),
        # A parent who says she hits her own child is heard.
        ("بصراحة بضرب ابني بالشحاطة كل يوم تقريبا، ما عم يفيد", "child_abuse"),
        # A euphemism for sexual abuse, and a Somali daughter cutting her arms.
        ("markii aan yaraa qof qoyska ka mid ah ayaa wax igu sameeyay", "sexual_abuse"),
        ("gabadhayda 15 jir ah gacmaheeda ayay jeexaysaa, maanta ayaan arkay", "self_harm"),
        # Levantine, Gulf and Egyptian Arabic; a child who hurts herself; pills collected.
        ("بنتي عم تجرح ايديها، المعلمة اتصلت فيني", "self_harm"),
        ("عم جمع حبوب، يوم من الايام بشربهم كلهم", "self_harm"),
        ("والله تعبت ومابي اعيش", "self_harm"),
        ("اقسم بالله اذا شفته لاذبحه", "threat"),
        ("بدي اخد الولاد واهرب بس لوين", "violence"),
        # Turkish: a sister-in-law "eats a beating"; "he does bad things, I'm ashamed".
        ("eltim her gün dayak yiyor, kimse bir şey demiyor", "violence"),
        ("kayınpederim bana kötü şeyler yapıyor, utanıyorum anlatmaya", "sexual_abuse"),
        ("bugün yine kavga ettik, bardak fırlattı kafama", "violence"),
        # Somali: "better off if I were not there"; "if I die nobody will notice".
        ("carruurtu iga roon bay noqon lahaayeen haddii aanan joogin", "self_harm"),
        ("hadaan dhinto qofna ma dareemi doono", "self_harm"),
        ("maanta mar kale ayaan dagaallannay, koob ayuu madaxa igaga tuuray", "violence"),
        # The same bruise every week, whatever she says happened; feeling nothing any more.
        (
            "mijn zus komt elke week met een nieuwe blauwe plek, ze zegt dat ze van de trap is "
            "gevallen",
            "violence",
        ),
        (
            "mi hermana cada semana con un moretón nuevo, dice que se cayó por la escalera",
            "violence",
        ),
        (
            "walaashay todobaad walba nabar cusub ayay la timaadaa, jaranjarada ayaan ka dhacay "
            "ayay tiraahdaa",
            "violence",
        ),
        ("k voel niks meer, wil alleen maar slapen", "self_harm"),
        ("mi novio me puso una app en el móvil para saber siempre dónde estoy", "violence"),
        # A joke, then "no, seriously" and a plea to be called: the joke was the way to say it.
        (
            "hahah ik ben weer eens tegen de deur gelopen zegt mijn dochter altijd als ze mijn "
            "arm ziet 🙈 nee serieus, kan iemand me even privé bellen",
            "violence",
        ),
        # A laugh that softens "is that normal?" makes no joke of a slap.
        ("hij gaf me gisteren een klap omdat het eten koud was 😅 is dat normaal?", "violence"),
        ("رجلي امس عصب وصفعني عشان الغدا تأخر 😅 عادي يصير عندكم؟", "violence"),
        # Spoken Turkish: the present without its "r", the future without its "ğ".
        ("kocam her akşam bana vuruyo, çocuklar görüyo", "violence"),
        ("artık yaşamak istemiyom, canıma kıycam", "self_harm"),
        # A threat next to an everyday scene (the neighbour's dog) is still a threat.
        ("إلا عاود الكلب ديال الجار عض ولدي غنطعنو هو والكلب ديالو", "threat"),
        # A daughter to be cut is a child in danger (a boy's circumcision is not).
        (
            "mijn schoonmoeder wil dat onze dochter daar besneden wordt, mijn man zegt niks",
            "child_abuse",
        ),
    ],
)
def test_disclosures_phrased_the_way_people_talk_alert(text: str, concern: str) -> None:
    findings = Chain.from_settings().evaluate(say(text))
    assert [(f.verdict, f.reason) for f in findings] == [(Verdict.ALERT, f"safeguarding:{concern}")]


@pytest.mark.parametrize(
    "text",
    [
        "mijn telefoon is stuk, ik lees alles straks",  # a phone is no controlling partner
        "se me murió el celular, cero batería, después les contesto",
        "kızım tekvandoya başladı, ilk defa hocanın tuttuğu yastığa tekme attı 🥋",
        "me llamó la maestra, mi hijo le pegó a un compañero en el recreo, qué vergüenza",
        "ik kan die RET wel wurgen 😤 weer 25 minuten te laat",
        "Galatasaray dün dayak yedi 5-0 😂",
        "mijn zoon zegt dat hij gevallen is met voetbal, knie helemaal blauw",
        "ik vermoord mn man als hij weer de vaat laat staan 😂 maar serieus, hoe doen jullie dat?",
        "haha mijn zoon viel van zn fiets, knie open 😂 nee serieus, welke pleisters gebruiken?",
        "volgende week wordt onze zoon besneden, wie weet een goede kliniek?",
        "mi hijo se cayó de la bici y tiene un moretón 😂 es normal que tarde en irse?",
        "bu yemeği denemezsen pişman olursun 😋",  # a recipe, not a threat
        "okulun kapısı kapalı bugün, çocuklar evde",
        "Waxaan keenayaa buskud carruurta, kulaylkan wuu i dilayaa 🥵",
        "Mañana cojo el tren temprano para Amberes, si alguna necesita algo me dice",
        "Se dañó otra vez el ascensor del edificio, 6 pisos con el coche del bebé 😤 alguien "
        "llamó a la woningcorporatie?",
    ],
)
def test_everyday_scenes_raise_no_alert(text: str) -> None:
    assert not Chain.from_settings().evaluate(say(text))


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("salaaaaakkkk git bu gruptan", Severity.ASK),  # an order to go addresses someone
        ("buradaki bütün kadınlar salaklar, hiçbiriniz bir şey bilmiyor", Severity.ASK),
        ("انتي واحد الحمارة ما كتفهمي والو", Severity.ASK),  # Darija "a donkey"
        ("انتي حماااااارة والله، ما تفهمي ولا كلمة", Severity.ASK),  # "word" is no quote
        ("ninkaagu waa d@m€€r, adiga waad tihiin eeyo", Severity.ASK),
        ("adigu school-ka waad tagtay, aniga ayaa nacas ah", Severity.ASK),  # I and you: ask
    ],
)
def test_evasions_and_aims_people_use_are_caught(text: str, severity: Severity) -> None:
    call = insult(default_lexicons().read(text))
    assert call is not None and call.severity is severity


@pytest.mark.parametrize(
    "text",
    [
        "okul müdürü A.M.K. (Ayşe Melek Kaya) hanım toplantıyı cumaya aldı",  # initials
        "la doctora H.D.P. (Helena Díaz Pérez) es un amor con los niños",
        "anahtarları arabada unutup kapıyı kilitledim, gerizekalı gibi kaldım",  # myself
        # "I am" says it, and Somali "ku" there is "in", not "you"
        "maanta school-ka ku tagay, aniga ayaa nacas ah",
        "Dangalak ben, kızın gymschoenen'ini yine evde unuttum",  # "me"
        "qué gilipollas, me dejé las llaves dentro",
        "furayaasha ayaan ku illaaway, sidii doqon ayaan u taagnaa",
    ],
)
def test_initials_and_words_about_oneself_are_left_alone(text: str) -> None:
    assert insult(default_lexicons().read(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "qué idiota fui firmando ese contrato sin leerlo",  # "I was": about oneself
        "gerizekalı gibi yanlış toplantıya girdim",  # like a fool, I walked in
        "sidii nacas ayaan u fadhiyay shirka oo dhan",  # like a fool I sat (normalised "ayaan")
    ],
)
def test_a_harsh_word_about_oneself_is_never_deleted(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "jij bent een idioot zeg",  # "zeg" at the end is an interjection, not a quote
        "wat ben jij een sukkel, niemand vroeg jouw mening",  # nor is "nobody asked"
    ],
)
def test_an_interjection_does_not_make_an_insult_a_quote(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict in (Verdict.DELETE, Verdict.FLAG)
    assert found.reason != "insult_quote"


@pytest.mark.parametrize(
    "text",
    [
        "wiilkayga 9 jirka ah wuxuu jecel yahay kubadda",  # "9 years old", not a body
        "die hitte sloopt me, 34 graden en geen airco",
        "bu sıcak beni öldürcek, çocuklar balkonda",
        "هالحر راح يموتني، الجهال نايمين بالحمام",
        "kızımın bugün aşısı vardı, bacağında morluk oldu",  # a vaccination explains it
        "أنا بقيت زي الطرشاء في اجتماع المدرسة",  # like a deaf woman, not a slap
    ],
)
def test_everyday_idioms_and_scenes_raise_no_alert(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "no fui porque tenía el pómulo morado y no quería preguntas",
        "لبست النظارات الكحلة ماشي حيت الشمس، فهمتوني",  # sunglasses, not for the sun
        "kayınpeder oğlum yalan söyleyince ağzına acı biber sürüyo",
        "mi marido la castiga de rodillas sobre arroz crudo",
        "dün gece bi kutu ilacı elime aldım, sonra yerine koydum",
        "ev sahibi yapmazsa benzini döküp yakıcam dükkanını",
        "خالي كان يعمل معي أشياء وأنا صغيرة",
    ],
)
def test_new_families_of_worry_reach_a_person(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "dinsdag is de workshop over Veilig Thuis, wie gaat er mee?",
        "el martes hay un taller sobre violencia doméstica, ¿quién va?",
        "bariiskii ayaa mar kale gubtay 🤦‍♀️ anigu cunto kariye xun baan ahay",
        "berri waxaan u safraynaa Nairobi, waan idin xiisi doonaa ✈️",
    ],
)
def test_a_workshop_a_burnt_rice_and_a_goodbye_raise_no_alert(text: str) -> None:
    assert decide(text) is None


def test_a_game_is_a_scene_but_what_happens_in_its_chat_still_reaches_a_person() -> None:
    found = decide("iemand in de fortnite chat stuurt mn zoon skins en vraagt om een foto "
                   "'zonder shirt' als bedankje")  # fmt: skip
    assert found is not None and found.verdict is Verdict.ALERT


def test_initials_that_spell_a_name_written_in_the_message_are_no_insult() -> None:
    assert decide("adım Ayşe Meral Karaca, imzamda A.M.K. yazıyo diye memur güldü 😂") is None
    # The initials alone do not explain themselves.
    found = decide("A.M.K. seni")
    assert found is not None and found.verdict is Verdict.DELETE


def test_son_of_a_dog_without_the_article_and_i_was_at_the_opening() -> None:
    found = decide("زوجك کلب وابن کلب")  # a Persian kaf, and "and" joined to "son"
    assert found is not None and found.verdict is Verdict.DELETE
    assert decide("كنت حمقاء عندما وقّعت عقد الكهرباء دون أن أقرأه") is None  # I was silly


def test_we_went_to_the_farm_and_rode_a_donkey_is_no_insult() -> None:
    # "روحنا" (we went) is read as "روح" (go!), which alone does not aim a word at anyone.
    assert decide("روحنا المزرعة والعيال ركبوا حمار لأول مرة 😂") is None
    found = decide("حماااااارة، روحي من الجروب")  # "go away from the group" still does
    assert found is not None and found.verdict in (Verdict.DELETE, Verdict.FLAG)


def test_a_list_written_as_one_string_is_refused() -> None:
    # ("een term") without its comma is a string: read letter by letter, every letter of it
    # would be a worrying "term" and most messages would alert.
    lexicon = load_languages()["nl"]
    with pytest.raises(TypeError, match="a tuple of terms"):
        lexicon.extended(alarms={"threat": "met een knuppel"})  # type: ignore[dict-item]
    assert (
        "met een knuppel"
        in lexicon.extended(alarms={"threat": ("met een knuppel",)}).alarms["threat"]
    )


@pytest.mark.parametrize(
    "text",
    ["ninkaaga iyo qoyskiisaba waa dameerro", "rajlek KeLb w wladek KLaB"],
)
def test_an_insult_at_someones_husband_or_family_is_aimed_at_her(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict in (Verdict.DELETE, Verdict.FLAG)


@pytest.mark.parametrize(
    "text",
    [
        "soms denk ik dat ze beter af zijn zonder mij haha, sorry lange dag",  # a laugh after
        "mijn zoon zocht 'hoe pijnloos doodgaan', ik zag het in zijn geschiedenis",
        "jaja mi marido ayer me estrelló el móvil en la cara 😅 bueno, no es chiste",
        "geçen ay ilaçlarımı fazla aldım, hastanede mide yıkadılar, kimseye söylemedim",
        "bij de huisarts zei ik dat ik van de trap viel, maar zo was het niet",
        "ma fi fayda min wujudi, ahsan lel kul",
        "abuu wuxuu yiri imtixaannada kadib ayuu ugu guurinayaa nin weyn",
    ],
)
def test_veiled_disclosures_from_the_blind_training_batches_reach_a_person(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "dank jullie wel voor de kaartjes, ik heb ze allemaal opgehangen 🥰",
        "este curro me va a matar un día de estos, otra vez turnos cambiados",
        "kızım markette yere yattı çığlık çığlığa, yer yarılsa da girsem",
        "qabowgan wuu i dilayaa wallaahi 🥶",  # (with a word between, it still alerts)
    ],
)
def test_everyday_sayings_from_the_blind_training_batches_raise_nothing(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "haha hij was weer boos, de asbak tegen mijn hoofd 🙃 ik ben het gewend hoor",
        "jajaja ayer me dio con la correa 😅 bueno, yo me lo busqué",
        "hahah yine sinirlendi, bardağı kafama attı 🙃 alışığım artık",
    ],
)
def test_a_laugh_does_not_explain_away_violence_she_is_used_to(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


def test_used_to_it_without_anything_worrying_is_nothing() -> None:
    assert decide("haha om 6 uur opstaan, ik ben het gewend hoor 😂") is None


@pytest.mark.parametrize(
    "text",
    [
        "Mi papá trabajó 30 años en la CTM en México, hoy se jubila 🥳",  # a union
        "أمي رسلت لي شرموط ناشف من الخرطوم، حأعمل ملاح شرموط الجمعة",  # Sudanese dried meat
        "Qué idiota, puse sal en vez de azúcar en el bizcocho 😂",  # about herself
        "Het nieuwe speeltoestel is 'hufterproof' zeggen ze, we zullen zien",
        "Weet iemand wat je moet doen tegen kakkerlakken in de keuken?",
    ],
)
def test_literal_uses_from_a_blind_set_are_left_alone(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize("text", ["eres una PUTA", "CTM vos", "jij bent een KLOOTZAK"])
def test_capitals_do_not_excuse_an_insult(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict in (Verdict.DELETE, Verdict.FLAG)


@pytest.mark.parametrize(
    "text",
    [
        "haha vandaag met zonnebril, niet voor de zon hoor 🙃 gisteren ging het weer mis",
        "jeje hoy con gafas oscuras y no es por el sol 🙃 se le fue la mano otra vez",
        "hihi güneşten değil bu gözlük 🙃 dün yine eli kaydı",
    ],
)
def test_a_laugh_never_makes_a_joke_of_violence_at_home(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "mi marido se quedó sin trabajo, toca apretarnos el cinturón un tiempo 😔",
        "ketel kapot, de kinderen gillen onder de koude douche alsof ik ze martel 🥶",
        "eşim işten çıkarıldı, bir süre kemerleri sıkacağız",
        "ik vermoord hem 😂 hij heeft al mijn chocola op",  # a laugh still makes a threat a joke
    ],
)
def test_belts_tightened_and_cold_showers_raise_nothing(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Somali: brothers "kill each other" over a seat, cockroaches killed with spray, a
        # cut finger that "is just normal", a mouse trap, shivering with cold
        "wiilasha sofa-da way isku dileen ciyaarta darteed 😂",
        "baranbarada spray ayaan ku dilay xalay, sunta meel sare ayaan dhigay",
        "mindida cusub farta ayaan ka jaray, plaaster ayaan ku xiray, waa iska caadi",
        "dabinka jiirka ayaan dhigay jikada dabadeeda",
        "guriga heater-ku wuu xumaaday, qabow ayaan la gariirayay habeenkii",
        # Arabic: dead tired, the kids will kill me, a knife in the kitchen, debts
        "ana mayta mn l3ya lyoum 😂 ghir bghit n3ess",
        "الدراري غادي يقتلوني اليوم، راسي غادي يتفرقع",
        "قطعت صبعي بالموس وأنا كنقطع الطماطم، درت بلاستر",
        "الديون خنقتنا هاد الشهر، شي حد كيعرف voedselbank؟",
        # Turkish: a balcony with a wasp nest, doing it ourselves, mouse poison
        "balkonda eşek arısı yuvası var, kendimiz mi ilaçlayalım?",
        "mutfakta fare var, zehir koysam mı kapan mı kursam?",
        # Spanish: a costume, heat; Dutch: a football club thrashed, a bump on the head
        "mi hija va de zombi para Halloween, con sangre falsa y un cuchillo de plástico",
        "qué calor, me muero, los niños tirados en el suelo como muertos",
        "Ajax werd gisteren afgeslacht, mijn man zegt geen woord meer",
        "hoofd tegen de tafelrand gestoten, bult als een ei. moet je een kind dan wakker "
        "houden na zo'n klap?",
    ],
)
def test_everyday_families_from_the_fifth_blind_batch_raise_nothing(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "waan is dilayaa, ma sii socon karo",  # one person: killing oneself
        "كنجرح يدي بالموس باش نرتاح",  # the arm and the blade: still an alarm
        "kendimi balkondan atacağım, artık dayanamıyorum",
        "Ajax speelde, en toen hij thuiskwam sloeg hij me weer",  # a match is no excuse
    ],
)
def test_what_those_families_must_not_hide(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "die debiele schoolapp logt me steeds uit",  # a thing cursed at
        "la estúpida máquina se tragó mi tarjeta otra vez",
        "La directora firma como 'HDP' (Hilde De Pauw), me asusté la primera vez",
        "Mi papá era del sindicato CTM, aquí me piden afiliarme al ABVV",
        "köpeğimiz kancık, kısırlaştırma yaptıran var mı?",  # a female dog
        "domateslerin piçlerini almayı unuttum, her yer dal oldu",  # tomato shoots
    ],
)
def test_literal_uses_from_the_second_blind_literal_set_are_left_alone(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("هالجارة ك*بة، كل يوم كتشكي علينا", (Verdict.FLAG,)),  # "this neighbour is a b*tch"
        ("الزول دا ك ل ب ساي", (Verdict.FLAG,)),
        ("hal jar k4lb, kel yom 3am ysarrekh", (Verdict.FLAG,)),
        ("jij stomme idioot met je telefoon", (Verdict.DELETE, Verdict.FLAG)),  # still aimed
    ],
)
def test_an_arabic_insult_said_of_someone_pointed_at_reaches_a_person(
    text: str, verdicts: tuple[Verdict, ...]
) -> None:
    found = decide(text)
    assert found is not None and found.verdict in verdicts


def test_the_dog_itself_is_no_insult() -> None:
    assert decide("هاد الكلب كبير بزاف، الدراري كيخافو منو؟") is None
    assert decide("شفت كلب صغير هاد الصباح فالحديقة") is None


def test_cutting_a_girl_said_in_plain_words_reaches_a_person_and_is_never_deleted() -> None:
    # "Kintir" was listed as an insult only: this disclosure was deleted before.
    found = decide("gabadhayda gudniin ayaa loo samaynayaa, kintirka ayay ka jari doonaan")
    assert found is not None and found.verdict is Verdict.ALERT
    # The insult itself is still acted on: deleted, or (the word is also how cutting is
    # disclosed, so the worry reader may be near) asked about, never let pass.
    insulted = decide("kintirka hooyadaa")
    assert insulted is not None and insulted.verdict in (Verdict.DELETE, Verdict.FLAG)
    assert insulted.reason == "insult"


@pytest.mark.parametrize(
    "text",
    [
        "die klootzak van hiernaast, mijn dochter is bang voor hem",  # fear in it
        "o şerefsiz herif kızıma dokunuyor",  # touching
        "ese cabrón le dejó moretones a mi hija",  # injuries
    ],
)
def test_an_insult_beside_a_worrying_word_is_never_deleted(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict in (Verdict.ALERT, Verdict.FLAG)


def test_an_insult_beside_a_word_of_another_language_is_still_deleted() -> None:
    # Turkish "sır" (a secret) is no worrying word in Darija "sir" (go away)
    found = decide("sir a ZaMeL, nta w mratek")
    assert found is not None and found.verdict is Verdict.DELETE


@pytest.mark.parametrize("text", ["Ya no puedo. De verdad ya no puedo.", "İnşallah yarın uyanmam"])
def test_short_quiet_despair_reaches_a_person(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        # threats to the man who hurt a child, said in anger
        "ik ga die vieze trainer vermoorden, de politie doet toch niks",
        "a ese entrenador lo voy a matar, la politie no hace nada",
        "هالمدرب الوسخ رح ادبحو، البوليس ما دار والو",
        # a teenager who posts he will jump off a roof
        "mijn zoon zette op insta dat hij zaterdag van het dak gaat springen",
        "oğlum instaya cuma çatıdan atlıcam yazmış",
        # a parent who hit her own child and is frightened of herself
        "ik heb mijn zoontje zo'n klap gegeven dat hij viel, ik ben net als mijn vader",
        # taken while asleep, a child tied to a bed, the children taken abroad
        "hij wacht tot ik slaap en gaat dan gewoon door, ook als ik huil",
        "espera a que me duerma y hace lo que quiere aunque llore",
        "la niñera amarró a mi hija a la cama, tiene marcas en las muñecas",
        "جوزي بيقول هياخد العيال ويسافر ومش هشوفهم تاني",
        "estoy harta de esta puta vida, ya les escribí todo a los niños",
        "bazen diyorum bütün ilaçları içip bitireyim, kim özler beni",
    ],
)
def test_disclosures_in_angry_or_crude_words_reach_a_person(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "de juf vroeg of we thuis de echte woorden gebruiken, penis en vagina, of plassertje",
        "la juf preguntó si usamos pene y vagina en casa, ustedes qué dicen?",
        "ahhh siktir, serçe parmağımı koltuğa çarptım 😂",  # a cry of pain, at nobody
        "الخروف رح ادبحو نهار العيد إن شاء الله",  # the Eid sheep
        "Wiilka waa la gudayaa toddobaadka dambe kliniek-ga",  # a boy's circumcision
        "tiktokta bi video: çocuk balkondan atlıyo sandım, aşağıda havuz varmış",
    ],
)
def test_body_words_a_sheep_and_a_stubbed_toe_raise_nothing(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "kleine had prikken op het consultatiebureau, gilde alsof ze hem vermoordden 🙈",
        "zondag judotornooi, ze gaat ze allemaal op de mat smijten 🥋",
        "kızın saçında bit yok ama yavşak çıktı, sirke mi kullanıyosunuz?",  # nits
        "dedem oğluma Ayı diyo, sarılınca ayı gibi sarılıyomuş 🐻",  # a hug
        "qosol ayaan u dhintay 😂 wiilku kabihii aabihiis ayuu xirtay",  # he wore shoes
        "mahadsanid Ayaan, hadaadan jirin waan lumi lahaa 🌹",  # a thank-you
        "mi jefe me va a matar, llego tarde otra vez por la huelga",
        "qué mono tu bebé en la foto, Elena 😍",
        "كلبة الجيران ولدت جراوي، بنتي بدها وحدة بس زوجي خايف",
    ],
)
def test_everyday_families_from_the_eleventh_fresh_set_raise_nothing(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "het is weer rustig thuis, hij heeft sorry gezegd en bloemen gekocht. mijn ribben "
        "doen nog pijn",
        "jirani 3ndhom drari sghar kayb9aw bo7dhom f dar tal lil, ma kaynach makla",
        "الولاد شافوا الدم على وجهي، قلتلهم وقعت بالمطبخ",
        "ila 3awdti hdrti 3liya ghadi nji l darek w nhr9ha 3lik",
        "kocam 'karımsın, görevin' diyo, yorgunum desem de dinlemiyo",
    ],
)
def test_disclosures_from_the_eleventh_fresh_set_reach_a_person(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    ["هاد الجار ڪلب وولادو ڪلاب", "h i j o d e p u t a el que me rayó el coche",
     "esa sudaquilla de Paola se cree mejor", "Asma is een kahlouchje"],
)  # fmt: skip
def test_insults_from_the_eleventh_fresh_set_are_caught(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict in (Verdict.DELETE, Verdict.FLAG)


@pytest.mark.parametrize(
    "text",
    [
        "Alguien encontró una mochila con las iniciales H.P. bordadas? es de mi hijo Hugo Pérez",
        "Idiota de mí, borré todas las fotos del cumple 😭",
        "Qué pendeja, compré leche sin lactosa y nadie la toma",
        "Qalbi jilicsan oo nacas ah baan ahay 😂 filimka ayaan ku ooyay",
        "warqaddii Belastingdienst ayaan tuuray 😭 qof ii sheega waxa la sameeyo",
        "انا من امبارح ضهري بيموتني من شيل الواد 😩",
        "mi marido quiso cocinar y casi quema la cocina, la alarma de humo sonó 🙃",
    ],
)
def test_ordinary_families_from_the_thirteenth_blind_set_raise_nothing(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text", ["eres un h.d.p", "jij h.o.e.r.", "idiota de mi marido, siempre igual", "eres un hp"]
)
def test_initials_and_about_oneself_do_not_excuse_an_insult(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict in (Verdict.DELETE, Verdict.FLAG)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben zo moe. niet slaapmoe, klaar moe.",
        "nee zeggen helpt niet bij hem",
        "ze kruipt onder bed als papa thuiskomt. fase?",
        "hij dreigt de kinderen mee te nemen naar Marokko",
        "si lo dejo me mata, eso me dijo",
        "me esconde las llaves para que no salga",
        "boşanırsam beni öldürürmüş",
        "polise gidersem oturumum iptal olurmuş diyo",
        "هو طبيعي اقفل على بنتي في الحمام لما تعند؟",
        "zawji gal ida tiTilbin el talaq adhb7ich",
        "lambar aan garanayn: waan naqaanaa dugsiga gabadhaada",
        "ma caadi baa in wiilka qolka lagu xiro oo cunto la diido?",
    ],
)
def test_short_and_veiled_disclosures_from_the_fourteenth_blind_batch_reach_a_person(
    text: str,
) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Buundada Erasmus ayaan caawa ku soo lugeynay, sawirro qurux badan 😍",
        "vamos a llevar a los niños a la piscina el sábado",
    ],
)
def test_everyday_words_near_those_disclosures_raise_nothing(text: str) -> None:
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # "voor het geval dat" is how veiled plans are said ("een tas klaar, voor het geval
        # dat"): a coat taken in case of rain.
        "neem een jas mee, voor het geval dat het gaat regenen",
        # "aunque le diga que no" is also how a disclosure of abuse is said.
        "mi hija quiere ir a la fiesta aunque le diga que no, qué hago con esta adolescente",
        # "ya no puedo más" is how despair is said; here it is the neighbours' music (the
        # reader trained on stop 25's batches alerts on it).
        "los vecinos de arriba con música hasta las 3, ya no puedo más 😤",
    ],
)
def test_everyday_words_the_learned_reader_may_ask_a_facilitator_about(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The learned reader is tuned for recall (3 % of everyday talk may reach a
    facilitator): on words that are also how disclosures are said it may alert, and a
    facilitator looks for a minute. Such a message is never deleted or flagged as an
    insult, and no rule reads anything in it."""
    found = decide(text)
    assert found is None or found.verdict is Verdict.ALERT
    monkeypatch.setattr("handlers.moderation.reading.default_model", lambda: None)
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "die blauwe plek is van de kastdeur hoor haha ben zo onhandig",
        "mn man bewaart de paspoorten op zn werk, die van mij ook",
        "solo se pone así cuando toma, de resto es buen papá",
        "tengo q mandarle foto de dónde estoy cada hora",
        "oğlum eşyalarını arkadaşlarına dağıtıyo, bu bi dönem mi?",
        "ابن الجيران نفس البامبرز من تلت أيام وبيعيط طول الليل",
        "لو ما صحيت بكرة محد راح يحس",
        "ninkeyga baasaboorada shaqada ayuu ku hayaa, kaygii xitaa",
    ],
)
def test_disclosures_that_name_nothing_reach_a_person(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.ALERT


@pytest.mark.parametrize(
    "text",
    [
        # Arabizi "ibnek" is "your son", "ibnetak" "your daughter": the Turkish slur is a
        # whole word with its own endings, not every word that starts like it.
        "ibnetak 3amla eh fel madrasa el gdida?",
        "ibni w ibnek fe nafs el fasl",
    ],
)
def test_arabizi_son_and_daughter_are_not_a_turkish_slur(text: str) -> None:
    assert decide(text) is None


# Everyday sentences the learned worry reader has alerted on since stop 26 (retrained on
# threats said in everyday words: "waan ku ... berri" is how "I'll get you tomorrow" is said
# too, "hesabını ödeyecek" is "will pay for it", "2aletli" opens many disclosures). A false
# alert costs a facilitator a minute and a missed disclosure far more, so the reader is not
# tuned to these sentences. What must hold: no rule reads a concern in them, nothing is
# deleted, and at most the facilitators are asked (the parent sees nothing).
LEARNED_MAY_ASK = (
    "Ma i sii kartaa lambarka xarunta? Waan ku wacayaa berri",
    "hesabını ödeyecek misin yoksa ben mi ödeyeyim? 😊",  # paying the bill
    "el juf 2aletli ibnek shater w byesma3 el kalam",  # "ibnek": your son
)


@pytest.mark.parametrize("text", LEARNED_MAY_ASK)
def test_the_learned_reader_may_ask_about_these_but_no_rule_does_and_nothing_is_deleted(
    text: str,
) -> None:
    findings = Chain.from_settings().evaluate(say(text))
    assert all(f.verdict is Verdict.ALERT and f.reason == "safeguarding:abuse" for f in findings)
    assert _concern(default_lexicons().read(text)) is None


def test_a_turkish_apostrophe_before_the_ending_marks_a_foreign_word_not_the_slur() -> None:
    """Turkish writes a name's or a foreign word's ending after an apostrophe: "pic'leri"
    are the English "pics", never deleted (at most asked about); "piçler" stays a slur."""
    pics = decide("Dünkü piknikten pic'leri gruba atar mısınız? benimkiler bulanık çıktı")
    assert pics is None or pics.verdict is Verdict.FLAG
    slur = decide("piçler hepiniz, defolun")
    assert slur is not None and slur.verdict is Verdict.DELETE


@pytest.mark.parametrize("text", ["sen bir ibnesin", "ibneler gibi davranma", "i.b.n.e"])
def test_the_turkish_slur_and_its_endings_are_still_deleted(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.DELETE


@pytest.mark.parametrize(
    "text",
    [
        # Quoting as people type it: Turkish "diyo" (says), Somali "maqashay" (she heard)
        # and "i weydiisay" (she asked me): a parent asking the group, no insult.
        "oglum amk diyo arkadaslarindan ogrenmis nasil biraktiririm",
        "gabadhu sharmuuto ayay tiktok ka maqashay macnaha ayay i weydiisay",
    ],
)
def test_a_quote_said_the_way_people_type_it_is_asked_about_not_deleted(text: str) -> None:
    found = decide(text)
    assert found is not None and found.verdict is Verdict.FLAG
    assert found.reason == "insult_quote"


def test_an_insult_close_to_what_the_worry_reader_alerts_on_is_asked_about(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A deletion needs the learned worry reader well below its threshold; within DOUBT
    of it a person decides (the listed word may be how a disclosure is said)."""
    model = default_model()
    assert model is not None
    text = "jij bent een vuile hoer"
    assert decide(text).verdict is Verdict.DELETE  # type: ignore[union-attr]
    score = model.score(default_lexicons().read(text).words)
    near = Model(model.weights, model.prior, score + DOUBT / 2)  # not worrying, but close
    monkeypatch.setattr("handlers.moderation.reading.default_model", lambda: near)
    found = decide(text)
    assert found is not None and found.verdict is Verdict.FLAG and found.reason == "insult"
    far = Model(model.weights, model.prior, score + DOUBT * 2)
    monkeypatch.setattr("handlers.moderation.reading.default_model", lambda: far)
    assert decide(text).verdict is Verdict.DELETE  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "deleted"),
    [
        # Somali "nacasnimo" is foolishness, a thing she did or has: no name called.
        ("nacasnimo pinpas ka 3 jeer ayaan khaldaa wuu xirmay", False),
        ("nacasnimadaydii ayaa guriga gubi lahayd, digsiga ayaan dabka ku dhaafay", False),
        ("waar nacas yahow aamus", True),
    ],
)
def test_foolishness_is_a_thing_and_a_fool_is_a_name(text: str, deleted: bool) -> None:
    found = decide(text)
    assert (found is not None and found.verdict is Verdict.DELETE) is deleted


@pytest.mark.parametrize("text", ["şu gerizekalı navigasyon yine yanlış yola soktu"])
def test_a_thing_cursed_at_may_be_asked_about_by_the_learned_insult_reader(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules read "that idiot navigation" as a thing cursed at; the learned insult
    reader (trained on stop 25's batches) may still ask the facilitators. Never more than
    that question: nothing is deleted and no rule finds an insult."""
    found = decide(text)
    assert found is None or (found.verdict is Verdict.FLAG and found.reason == "insult_learned")
    monkeypatch.setattr("handlers.moderation.chain.default_insult_model", lambda: None)
    assert decide(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Written in disguise: letters spaced or dotted out, or stretched.
        "e z e l",
        "a.p.t.a.l kadın grubu mahvettin",
        "b.u.r.r.o",
        "dameerrrr",
        "7maaaaar",
        # Said of the group itself: its members are meant.
        "de ezels in deze groep",
        "los burros de este grupo",
        "bu gruptaki eşekler",
    ],
)
def test_a_word_hidden_or_aimed_at_the_group_is_asked_about(text: str) -> None:
    """An ambiguous word (also an animal, also said of oneself) is never deleted, but
    nobody spells out the farm's donkey letter by letter or calls the group by it: a
    person decides."""
    found = decide(text)
    assert found is not None and found.verdict is Verdict.FLAG
    assert found.reason == "insult_ambiguous"


@pytest.mark.parametrize(
    "text",
    [
        "in groep 5 lezen ze over de ezel",  # a school year, not the chat
        "de ezels op de kinderboerderij waren zo lief",
        "ana 7mara wallah, nsit el mafati7",  # Arabizi digits are letters, and it is herself
        "Gece masali olarak Keloglan okuyoruz, kizim Keloglan'a sac cizmek istedi",
        "ik ben echt een ezel, weer vergeten 🙈",
    ],
)
def test_digits_apostrophes_school_years_and_oneself_are_no_disguise(text: str) -> None:
    assert decide(text) is None
