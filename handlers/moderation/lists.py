"""Default word lists: insults and hate speech, and safeguarding phrases, in five languages.

These lists are a safety tool for facilitators, so they hold the words they need to catch,
slurs included. Entries are written the way people type them; the lexicon normalises them
with the same function as messages, so accents, case and Arabic spelling variants need no
separate entries. Matching is whole-word: "kut" never matches "kutsal" or "kutu".

How an entry is chosen (a false alarm in a parent group costs trust):
- Words with an everyday meaning are left out on their own and listed only in a form that is
  an insult: "kanker" (Dutch: cancer, and a curse) only in "kankerlijer"; the Arabic dog
  "كلب" only as "يا كلب" ("you dog"); Somali "dameer" (donkey) only as the vocative
  "dameerow"; Spanish "retrasado" (late) only as "retrasado mental".
- Words that collide with another language after normalisation are left out: Turkish "göt"
  becomes "got", "piç" becomes "pic", "sık" (often) becomes "sik"; Spanish "coño" becomes
  "cono" (cone). Longer forms that cannot collide are listed instead.
- A trailing "*" marks a stem that matches every word starting with it ("orospu*" covers
  "orospular", "orospunun"), useful for Turkish suffixes and plurals. Stems must keep at
  least five letters after normalisation, so they cannot swallow short innocent words.

Safeguarding phrases are grouped by concern (self_harm, violence, abuse); a match alerts the
group's facilitators privately and the message stays. Phrases are short word sequences
that match anywhere in a message ("slaat me" in "mijn man slaat me elke dag").

Drafted without native speakers of every language: like machine-drafted translations, these
lists want a review by speakers before they are relied on, and facilitators extend them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

LANGUAGES = ("nl", "ar", "tr", "so", "es")
CONCERNS = ("self_harm", "violence", "abuse")

# fmt: off
INSULTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "nl": (
            "kut", "kutwijf", "kuthoer", "kutmarokkaan", "kutturk", "hoer", "vuile hoer",
            "slet", "trut", "klootzak*", "lul", "eikel", "idioot", "debiel", "mongool",
            "achterlijke", "zwakzinnige", "teringlijer", "tyfuslijer", "kankerlijer",
            "kankerhoer", "kankerjood", "tyfushoer", "makaak", "geitenneuker", "nikker",
            "zandneger", "bosneger", "flikker", "rotmarokkaan", "rotturk", "hou je bek",
            "krijg de kanker", "krijg de tering", "val dood", "pleur op",
        ),
        "ar": (
            "غبي", "غبية", "أحمق", "حمقاء", "حقير", "حقيرة", "يا كلب", "يا كلبة", "ابن الكلب",
            "يا حمار", "يا حيوان", "يا خنزير", "يا وسخ", "شرموط*", "شرموطة", "قحبة",
            "ابن القحبة", "عاهرة", "منيوك", "زامل", "لوطي", "كس أمك", "كسمك", "ابن الحرام",
            "يلعن دينك", "الله يلعنك", "الله ينعل بوك", "يا كافر",
            # Arabizi, as written in Moroccan chats
            "9a7ba", "zamel", "sharmouta", "ya 7mar", "ya kelb",
        ),
        "tr": (
            "orospu*", "piç kurusu", "şerefsiz*", "yavşak", "ibne", "puşt", "gavat", "kahpe",
            "pezevenk", "yarrak", "amcık", "amına koyayım", "amına koyim", "amk", "siktir*",
            "sikerim", "sikeyim", "sikik", "ananı sikeyim", "gerizekalı*", "salak", "aptal",
            "dangalak", "ahmak", "kaltak", "şırfıntı", "gavur", "it oğlu it", "eşşoğlueşek",
        ),
        "so": (
            "nacas", "nacasow", "doqon", "doqonow", "dameerow", "eeyow", "bahalow", "khaniis",
            "qaniis", "sharmuuto", "dhillo", "wasmo", "siil", "kintir", "kintirka hooyadaa",
            "gaalow", "jaahil", "fulay", "garac", "ilaah ha ku habaaro",
        ),
        "es": (
            "puta", "putas", "puto", "putos", "hijo de puta", "hijueputa", "hdp", "tu puta madre",
            "cabrón", "cabrona", "pendejo", "pendeja", "gilipollas", "imbécil", "idiota",
            "estúpido", "estúpida", "zorra", "malparido", "malparida", "culero", "mongólico",
            "subnormal", "retrasado mental", "maricón", "marica", "bollera", "sudaca",
            "panchito", "moro de mierda", "negro de mierda", "vete a la mierda",
            "me cago en tu madre", "chinga tu madre",
        ),
    }
)
# fmt: on

# fmt: off
_SAFEGUARDING: dict[str, dict[str, tuple[str, ...]]] = (
    {
        "nl": {
            "self_harm": (
                "ik wil dood", "ik wil niet meer leven", "ik wil er niet meer zijn",
                "mezelf van kant maken", "mezelf iets aandoen", "mezelf doden", "zelfmoord",
                "zelfdoding", "een einde aan mijn leven", "ik snij mezelf", "ik snijd mezelf",
                "ik doe mezelf pijn", "was ik maar dood", "ik ben liever dood",
            ),
            "violence": (
                "slaat me", "slaat mij", "sloeg me", "sloeg mij", "schopt me", "word geslagen",
                "werd geslagen", "bedreigt me", "bedreigt mij", "wil me vermoorden",
                "ik vermoord je", "ik maak je af", "ik sla je dood", "ik steek je neer",
            ),
            "abuse": (
                "huiselijk geweld", "mishandelt me", "mishandelt mijn", "mishandeling",
                "misbruikt me", "misbruikt mijn", "seksueel misbruik", "hij raakt me aan",
                "aan mijn dochter gezeten", "aan mijn zoon gezeten", "hij sluit me op",
                "ik durf niet naar huis", "bang voor mijn man", "bang voor mijn vrouw",
            ),
        },
        "ar": {
            "self_harm": (
                "أريد أن أموت", "اريد الموت", "بغيت نموت", "نقتل راسي", "انتحار", "أنتحر",
                "سأنتحر", "أقتل نفسي", "أؤذي نفسي", "لا أريد أن أعيش", "ما بغيتش نعيش",
                "تعبت من الحياة",
            ),
            "violence": (
                "يضربني", "زوجي يضربني", "كيضربني", "ضربني", "سأقتلك", "غادي نقتلك",
                "يهددني", "بغا يقتلني", "سيقتلني",
            ),
            "abuse": (
                "عنف أسري", "العنف الأسري", "العنف المنزلي", "تحرش", "يتحرش", "اعتداء جنسي",
                "يعتدي علي", "خائفة من زوجي", "خايفة من راجلي", "يغلق علي الباب",
            ),
        },
        "tr": {
            "self_harm": (
                "ölmek istiyorum", "kendimi öldüreceğim", "kendimi öldürmek", "intihar",
                "yaşamak istemiyorum", "canıma kıyacağım", "kendime zarar", "bileklerimi keseceğim",
                "ölsem daha iyi",
            ),
            "violence": (
                "beni dövüyor", "beni dövdü", "bana vuruyor", "beni öldürecek", "seni öldürürüm",
                "seni öldüreceğim", "beni tehdit ediyor",
            ),
            "abuse": (
                "ev içi şiddet", "aile içi şiddet", "taciz", "istismar", "bana dokunuyor",
                "kızıma dokundu", "oğluma dokundu", "kocamdan korkuyorum", "eve gitmeye korkuyorum",
            ),
        },
        "so": {
            "self_harm": (
                "waxaan rabaa inaan dhinto", "waan is dilayaa", "isdil", "is dilid",
                "ismiidaamin", "nolosha waan ka daalay", "ma rabo inaan noolaado",
                "waan is dhaawacayaa",
            ),
            "violence": (
                "wuu i garaacaa", "wuu i garaacay", "i garaacaa", "i garaacay", "wuu i dilayaa",
                "waan ku dilayaa", "wuu i handadaa",
            ),
            "abuse": (
                "xadgudub galmo", "kufsi", "tacadi", "waan ka baqayaa ninkayga",
                "rabshadaha qoyska",
            ),
        },
        "es": {
            "self_harm": (
                "quiero morir", "quiero morirme", "me quiero morir", "no quiero vivir",
                "no quiero seguir viviendo", "quitarme la vida", "me voy a matar", "matarme",
                "suicidarme", "suicidio", "hacerme daño", "cortarme las venas",
                "mejor estar muerta", "mejor estar muerto",
            ),
            "violence": (
                "mi marido me pega", "mi pareja me pega", "mi esposo me pega", "él me pega",
                "me golpea", "me golpeó", "me amenaza", "te voy a matar", "me quiere matar",
            ),
            "abuse": (
                "violencia doméstica", "violencia de género", "abusa de mí", "abusó de mí",
                "abuso sexual", "me maltrata", "maltrata a mis hijos", "miedo de mi marido",
                "miedo de mi pareja", "me encierra",
            ),
        },
    }
)
# fmt: on

SAFEGUARDING: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {language: MappingProxyType(concerns) for language, concerns in _SAFEGUARDING.items()}
)
