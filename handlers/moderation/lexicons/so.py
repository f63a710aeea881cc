"""Somali lists for Kring's moderation (drafted without a native speaker's review).

Somali as parents in the Netherlands and Belgium type it, with no fixed spelling: vowels
doubled or not ("garaac"/"garac", "carruur"/"caruur": one form after normalisation, which
collapses doubled letters), "dh" or "d" ("dhinto"/"dinto"), "kh" or "x" or "q"
("khaniis"/"qaniis"), "ey" or "ay" ("ninkeyga"/"ninkayga"): those variants are listed
separately. Verbs are listed as stems that keep their person and tense endings
("garaac*": garaacay, garaacaa, garaacayaa). The object pronouns "i" (me) and "ku" (you)
and the subject markers (waan, waxaan, baan = I; waad, waxaad, baad = you) are markers;
"wuu", "wuxuu", "ayuu" (he) stand for the partner ("buu" is left out: it is Turkish
"bu", this).

Left out on purpose: "eey" (dog: "ey", a Turkish interjection), "gaal" (infidel: Dutch
"gal"), "dillo" (a spelling of "dhillo" that is also "dilo", to kill), "siil" on its own
(Turkish "sil", erase), "caay" on its own (Turkish "çay", tea), "dil" and "dila*" (Turkish
"dil", language, and the name Dilara), "wiil" on its own (Dutch "wil"), "qori" (to write,
and a gun), "habaar*" (habar, an old woman; habaryar, an aunt), "dhiig*" as a stem (dhig,
to put), "adeer" on its own (Dutch "ader"), "doonaa" (the future auxiliary, not "want")
and the bare reflexive "is" (Dutch and English "is"): "is" is listed only inside
phrases ("is dil*", "is jaray").
"""

from handlers.moderation.lexicons import LanguageLexicon

# fmt: off
_UNAMBIGUOUS = (
    # sexual insults
    "sharmuuto*", "sharmooto*", "dhillo*", "ina dhillo", "ilmo dhillo", "naag dhillo",
    "qaxbad*", "qahbad*", "ina qaxbad", "ina sharmuuto", "kintir*", "wasee", "ku was",
    "khaniis*", "qaniis*", "xaniis*", "ilmo sino", "ina sino", "garacow", "ilmo garac",
    "ina garac",
    # mother and family insults
    "hooyadaa was", "was hooyadaa", "hooyadaa wasee", "kintirka hooyadaa",
    "siilka hooyadaa", "hooyadaa siilkeed*", "hooyadaa dhillo", "hooyadaa sharmuuto",
    "aabahaa was", "walaashaa was", "ina dameer", "ina eey", "ina doofaar",
    # intelligence insults
    "nacas*", "doqonow", "doqon yahow", "doqonyahow", "doqommo", "maskaxlaawe*",
    "maskax la'aan", "cawaanow", "dameerow", "dameer yahow", "baqalow",
    # animal vocatives (a word said to someone)
    "eeyow", "eey yahow", "bahalow", "bahal yahow", "xayawaanow", "doofaarow", "waraabow",
    "dawacoow",
    # curses
    "ilaah ha ku habaaro", "alle ha ku habaaro", "ilaahay ha ku habaaro",
    "ilaahay ha ku dilo", "alle ha ku dilo", "ilaah ha ku dilo", "cudur ha ku dilo",
    "cudur ha ku qabto", "kansar ha ku qabto", "jahannamo gal", "naar gal", "xaar cun",
    # ethnic, caste and religious slurs
    "gaalow", "gaal madow", "midgaan*", "addoonow", "jareerow", "jaahilow",
)

_AMBIGUOUS = (
    # animals
    "dameer", "doqon", "bahal", "xayawaan", "doofaar", "dawaco", "waraabe", "baqal", "tuke",
    "bisad", "yaxaas", "bakayle",
    # food, objects, body
    "qashin", "xaar", "futo", "wasmo",
    # names and folk-tale figures
    "dhegdheer", "cigaal shiidaad", "shaydaan", "jinni",
    # mild words people use for themselves and their children
    "jaahil", "fulay", "cawaan", "maangaab", "waalan", "waashay", "tuug", "beenaale",
    "caajis", "foolxun", "buuran", "naag xun", "qof xun", "ciyaal suuq", "afkaaga xir",
    "afka xir", "iska aamus", "fadhi ku dirir",
    # group words that insult only in some uses
    "garac", "jareer", "addoon", "gaalo", "kaafir", "murtad", "wacal", "tumaal",
)

_SECOND_PERSON = (
    "adiga", "adigu", "adaa", "ku", "idinka", "idinku", "idin", "waad", "waxaad", "baad",
    "ayaad", "naftaada", "naftaadu",
)

_FIRST_PERSON = (
    "aniga", "anigu", "anigoo", "i", "iga", "igu", "ila", "waan", "waxaan", "baan", "ayaan",
    "naftayda", "nafteyda", "annaga",
)

_QUOTING = (
    "yiri", "yidhi", "yidi", "yiraahd*", "yidhaahd*", "yiraa*", "yidhaa*", "tiri", "tidhi",
    "tidi", "dhahay", "dhahaa", "dhahday", "oranaya", "odhanaya", "leeyiri", "leeyidhi",
    "ugu yeeray", "ugu yeedhay", "u yeeray", "u yeedhay", "magac u bixiyay", "erayga",
    "ereyga", "eray", "erey", "qoray", "qortay", "hadalka", "ku qeyliyay", "ku qayliyay",
    "maqlay", "maqashay", "maqleen", "weydii*", "waydii*", "macnaha", "micnaha",
)

_CONCEPTS = {
    "PARTNER": (
        "ninkayga", "ninkeyga", "ninkaygu", "ninkeygu", "ninkay*", "ninkey*", "ninka",
        "ninkii hore", "odaygay*", "odaygey*", "seygay*", "seygey*", "saygay*", "xaaskay*",
        "xaaskey*", "xaaska", "naagtay*", "naagtey*", "afaday*", "afadey*", "afada",
        "saaxiibkay*", "saaxiibkey*", "jaceylkay*", "jacaylkay*", "exkay*", "ex",
        "aabaha carruurta", "aabaha ilmaha", "aabihii carruurta", "aabahood", "soddog*",
        "soddoh*", "seeddi", "isaga", "isagu", "wuu", "wuxuu", "ayuu", "isna",
    ),
    "ME": (
        "aniga", "anigu", "anigoo", "i", "iga", "igu", "ila", "naftayda", "nafteyda",
    ),
    "CHILD": (
        "ilmo", "ilmaha", "ilmahay*", "ilmahey*", "ilmahaaga", "carruur*", "cunug*",
        "canug*", "wiilka", "wiilkay*", "wiilkey*", "wiilash*", "wiilal*", "curad*",
        "gabar", "gabadh*", "gabad*", "gabdh*", "inanta", "inantay*", "inankay*", "inanka",
        "dhallaan*", "ciyaal*", "ubadka", "ilmo yar", "gabar yar", "wiil yar", "baby",
        "ardayda",
    ),
    "RELATIVE": (
        "adeerkay*", "adeerkey*", "adeerka", "adeerkeed", "adeerkiis", "abti*", "eedo",
        "habaryar*", "ina adeer", "ina abti", "deris*", "macallin*", "awoowe*", "ayeeyo*",
        "oday", "odayga", "odaygii", "nin", "ninka", "ninkaas", "walaalkay*", "walaalkey*",
        "walaalkiis", "aabe", "aabaha", "aabihii", "aabihiis", "sheekh*", "tababare*",
        "darawal*", "qaraabo*", "ehel*", "soddog*", "nin qariib", "qof qariib",
    ),
    "HURT": (
        "garaac*", "dhuf*", "karbaash*", "jirdil*", "tumay", "tumaya", "laaday", "laadey",
        "laadaa", "laadtay", "laadayaa", "feeray", "feertay", "feeraha", "dharbaax*",
        "darbaax*", "riixay", "riixday", "riixaa", "riixo", "igu tuuray", "i tuuray",
        "ceeji*", "cunaha iga qabtay", "qoorta iga qabtay", "cunaha ii qabtay",
        "timaha iga jiiday", "timaha ii jiiday", "timaha jiiday", "timaha iga qabtay",
        "gubay", "gubtay", "i gubay", "qaniin*", "dhaawac*", "daawacay", "xanuuji*",
        "xanuujis*", "gacan igu qaaday", "gacan ku qaaday", "gacan igu qaadaa",
        "gacan qaaday", "rabshad*", "dagaal*", "ul igu", "suun igu", "waxyeell*",
    ),
    "INJURY": (
        "nabar*", "nabro", "dhiig baxay", "dhiig ka yimid", "dhiig ka keenay", "dhiigbax*",
        "barar*", "jabay", "jabtay", "jabsan", "jaban", "lafta", "ishayda madow",
        "il madow", "indhaha madoobaaday", "calaamad*", "xanuun*", "gacmo dheer", "qariy*",
        "qarin*", "makiyaaj*", "isbitaal*", "cisbitaal*", "dhakhtar*", "dhaqtar*", "jug",
    ),
    "FEAR": (
        "baqa*", "baqday", "cabs*", "argagax*", "naxdin*", "naxay", "gariir*", "welwel*",
        "baqdin*", "walwal*", "khatar", "khatar ku jira", "ammaan la'aan",
        "nabad ma haysto", "nabad la'aan", "ammaan ma ihi", "ammaan ma aha",
        "ammaan ma ahi", "kama dhiirran karo", "ma dhiirran karo", "ma dhiirado",
    ),
    "HOME": (
        "guri*", "guryaha", "aqal*", "markuu yimaado", "markuu soo galo", "guriga yimaado",
        "guriga soo galo", "albaab*", "furaha", "fure", "guriga aado", "guriga tago",
        "qolka", "qolkay*", "qolkey*", "markuu soo noqdo", "markuu soo laabto",
    ),
    "CONTROL": (
        "lacagtay*", "lacagtey*", "lacagta iga", "lacagta iga qaatay", "lacagta iga qaataa",
        "mushaharkay*", "taleefankay*", "taleefankey*", "telefoonkay*", "telefoonkey*",
        "moobilkay*", "baasaboor*", "aqoonsi*", "waraaqaha", "ima oggola", "ma ii oggola",
        "ii oggolaan", "oggol*", "xayir*", "mamnuuc*", "albaabka xiray", "albaabka xirtay",
        "qolka igu xir*", "guriga igu xir*", "igu xiray",
        "iga xiray", "dibadda", "dibad*", "qoyskay*", "qoyskey*", "eheladay*", "eheladey*",
        "xakam*", "i raaca", "i daba socda", "isha igu haya", "ma bixi karo",
        "ma shaqeyn karo", "ma shaqayn karo", "iga qaatay", "iga qaaday", "iga qaataa",
        "iga dhacay",
    ),
    "NAMECALL": (
        "caayay", "caayaa", "caaysay", "caayaya", "caayey", "i caaya", "caytam*", "caytan",
        "aflagaad*", "quudhsi*", "quursi*", "qayli*", "qeyli*", "hoos u dhig*",
        "magacyo xun", "magac xun", "habaaray", "habaartay", "habaaraa", "ceebeey*",
        "sharaf dhac*", "ku qeyliyaa", "igu qeyliyaa", "igu qayliyaa",
    ),
    "KILL": (
        "dilay", "dilaya*", "dili doonaa", "dili doontaa", "dili doono", "dishay", "dishaa",
        "dilid", "dilka", "dilkii", "dilnay", "dileen", "i dilaa", "ku dilaa", "mindi*",
        "middi", "middida", "middiyo", "toorey*", "hubka", "bastoolad*", "qoriga", "qoryo",
        "bunduq*", "toogt*", "toogan*", "toogasho", "gowrac*", "nafta ka qaadi", "sakiin*",
    ),
    "THREAT": (
        "handad*", "hanjab*", "ka qoomamayn doontaa", "ka qoomameyn doontaa",
        "ka qoomamayn doontid", "halka aad degan tahay", "halka aad ku nooshahay",
        "waan ku tusi doonaa", "carruurta waan kaa qaadayaa", "carruurta kaa qaadayaa",
        "ilmaha kaa qaadayaa", "ilmaha waan kaa qaadi", "carruurta dib uma arki doontid",
        "waan ku gubi doonaa", "waan ku dili doonaa", "waan ku dilayaa",
        "waan ku dhammeyn doonaa", "noloshaada burburin", "ku raadin doonaa",
        "ilmaha ma arki doontid", "carruurta ma arki doontid", "waan ku dhibi doonaa",
    ),
    "SEXUAL": (
        "kufs*", "galmo*", "faraxume*", "faraxuma*", "faro xumeyn", "faro xumayn",
        "far xumeyn", "qaawan*", "qaawin", "sawir qaawan", "igu khasbay", "jinsi ahaan",
        "qasab igula seexday", "xoog igula seexday", "xubnaha taranka", "xubnaha qarsoon",
        "meelaha qarsoon", "wasmo*", "xadgudub galmo*", "galmo qasab", "galmo igu qasbay",
        "sawiro qaawan",
    ),
    "TOUCH": (
        "taabtay", "taabtaa", "taabanaya", "taabasho", "taabto", "taabt*", "i salaaxay",
        "ku salaaxay", "jirkeeda salaax*", "bowdada salaax*",
        "dhunk*", "dhabtiisa", "dhabta", "dhabtiisa fadhiisiyay", "dharka ka bixi*",
        "dharka ka siibay", "qaawiyay", "qaawisay", "jirkeeda", "jirkiisa", "jirka",
        "gogosha", "sariirtiisa",
    ),
    "ABUSE": (
        "xadgudub*", "tacaddi*", "jirdil*", "rabshadaha qoyska", "rabshad qoys*",
        "rabshadda qoyska", "carruurta dayac*", "ilmaha dayac*", "si xun ula dhaqm*",
        "si xun iila dhaqm*", "bahdil*", "xasuuq qoys*", "guur qasab*", "guurka qasabka",
        "gudniin fircooni*", "takrifal*", "hoyga haweenka", "ilmo guursi",
    ),
    "DIE": (
        "dhimo", "dhinto", "dhint*", "dint*", "dinto", "dhiman*", "diman*", "dhimasho",
        "dimasho", "dhimashad*", "dimo", "mowd*", "geeri", "geerida", "is dila*", "is dili",
        "is dilo", "is dilid", "isdil*", "ismiidaam*", "is miidaam*", "naftayda ka qaado",
        "naftayda iska qaado", "aan soo toosin", "aan soo kicin", "adduunka ka tago",
        "adduunka ka baxo", "aakhiro", "qabri*", "xabaal*",
    ),
    "WANT": (
        "raba*", "rabo", "rabtaa", "rabin", "rabto", "doonaya*", "jeclaan lahaa",
        "jeclaan lahayd", "doorbid*", "rajeyn*", "rajeeya*", "ka fiican", "ka wanaagsan",
        "fiicnaan lahayd", "ii fiican", "jeclahay",
    ),
    "SELFHARM": (
        "is jaray", "is jaraa", "is jarayaa", "is jaro", "is goyn*", "is gooyay",
        "is dhaawac*", "isku dhaawac*", "kaniin*", "dawo*", "dawada", "xad dhaaf",
        "buundo*", "xadhig*", "xarig*", "is deldel*", "deldel*", "tareen*", "is tuuro",
        "is tuuray", "iska tuuro", "boodo", "booday", "ka boodo", "mandiil*", "sakiin*",
        "mindi*", "sunta", "sun cabo", "sun cabay", "is gubay", "is gubo", "is gubi",
    ),
    "REFLEXIVE": (
        "isku", "iska", "naftayda", "nafteyda", "naftaydu", "aniga naftayda",
    ),
    "LIFE": (
        "nolol*", "nolosh*", "noolaan*", "noolaad*", "nool", "cimri*", "adduun*",
        "naftayda", "nafteyda", "jiritaan*", "noolaansho",
    ),
    "END": (
        "dhammee*", "dhammaad*", "jooji*", "afjar*", "ku filan", "waa intaas", "ka daalay",
        "iska daa", "gabagab*", "dhameey*", "dhammaystir*", "iska dhaaf", "joogso",
        "gunaanad*",
    ),
    "DESPAIR": (
        "nolosha waan ka daalay", "nolosha ka daalay", "noloshii ka daalay",
        "wax walba waan ka daalay", "wax walba ka daalay", "ma sii wadi karo",
        "ma adkaysan karo", "ma adkeysan karo", "waan quustay", "quustay", "quusatay",
        "rajo ma lihi", "rajo ma haysto", "rajo la'aan", "rajobeel*", "rajo beelay",
        "rajo beeshay", "waxba micno ma leh", "waxba macno ma leh", "micno ma leh nolosha",
        "cidna ima waayi", "cidna i waayi mayso", "culays baan ku ahay",
        "culeys baan ku ahay", "culays ku ahay", "culeys ku ahay", "iga roonaan lahaayeen",
        "waddo kale ma jirto", "ma jiro waddo", "ma rabo inaan noolaado",
        "waan ka quustay nolosha",
    ),
}

_ALARMS = {
    "violence": (
        "wuu i garaac*", "i garaac*", "ayuu i garaac*", "i dharbaax*", "i laaday",
        "i feeray", "igu dhuft*", "i dhuftay", "i ceeji*", "i tumay", "gacan igu qaaday",
        "gacan igu qaadaa", "wuu i dilaa", "wuu i dilay", "rabshadaha qoyska",
        "rabshadda qoyska", "timaha iga jiiday",
    ),
    "child_abuse": (
        "carruurta garaac*", "ilmaha garaac*", "wiilkayga garaac*", "wiilkeyga garaac*",
        "gabadhayda garaac*", "gabadheyda garaac*", "gabadhayda taabt*",
        "gabadheyda taabt*", "wiilkayga taabt*", "wiilkeyga taabt*", "carruurta taabt*",
        "ilmaha faraxume*", "carruurta faraxume*", "gabadhayda kufs*", "carruurta dayac*",
        "carruurta tacaddi*", "ilmaha tacaddi*", "gudniin fircooni*",
    ),
    "sexual_abuse": (
        "kufs*", "xadgudub galmo*", "faraxume*", "faraxuma*", "faro xumeyn",
        "galmo igu qasbay", "galmo qasab", "igu qasbay galmo",
    ),
    "self_harm": (
        "waxaan rabaa inaan dhinto", "inaan dhinto", "inaan dhimano", "waan is dilayaa",
        "is dila*", "is dili", "is dilo", "isdil*", "ismiidaam*", "is miidaam*",
        "nolosha waan ka daalay", "ma rabo inaan noolaado", "waan is dhaawacayaa",
        "is dhaawac*", "is jaray", "is jarayaa", "naftayda ka qaado", "naftayda iska qaado",
        "dhiman rabaa", "dhimasho ayaan rabaa", "jeclaan lahaa inaan dhinto",
    ),
    "threat": (
        "waan ku dilayaa", "waan ku dili doonaa", "wuu i dilayaa", "wuu i dili doonaa",
        "i dili doonaa", "handad*", "hanjab*", "waan ku gubi doonaa",
        "carruurta waan kaa qaadayaa",
    ),
}
# fmt: on

LEXICON = LanguageLexicon(
    code="so",
    unambiguous=_UNAMBIGUOUS,
    ambiguous=_AMBIGUOUS,
    second_person=_SECOND_PERSON,
    first_person=_FIRST_PERSON,
    quoting=_QUOTING,
    concepts=_CONCEPTS,
    alarms=_ALARMS,
)

# Added after a first evaluation: indirect phrasings (hiding, secrets, neglect, farewells,
# euphemisms), fewer everyday words. Dropped from INJURY: pain, hospital and doctor words
# (xanuun*, isbitaal*, dhakhtar*, ...), "jug", "lafta" and "broken" on its own (jaban,
# jabay, jabtay, jabsan: now only with a body part); "qariy*"/"qarin*" moved to HIDE.
# Dropped from SELFHARM: "dawo*"/"dawada" (medicine: "aniga dawo ayaan qaatay" for a
# headache was self-harm; the pills of a farewell are DESPAIR phrases now) and "mindi*"/
# "sakiin*" (also KILL, so every kitchen knife alerted on its own); "qaawan*" from SEXUAL
# (a toddler running about naked alerted on its own; naked photos and videos stay).
# Idioms: "imtixaanka ayaa i dilay", "madax xanuun ayaa i dilaya".
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": (
            "qariy*", "qarin*", "qaris*", "qarsad*", "qarsan*", "dhuun*", "dhuumasho",
            "dabool*", "si aan qofna u arkin", "si aan loo arkin", "si aysan u muuqan",
            "si uusan u muuqan", "si aanay u muuqan", "si aan loo ogaan", "qofna yuusan arkin",
            "yaan la arkin", "iri waan dhacay", "dhahay waan dhacay", "sheegay waan dhacay",
            "iri inaan dhacay", "sheegay inaan dhacay", "dhacay ayaan iri",
            "waan dhacay ayaan ku iri", "albaabka ayaan ku dhacay", "musqusha isku xirnay",
            "musqusha isku xiray", "musqusha isku xirtay", "qolka isku xirnay",
            "qolka isku xiray", "qolka isku xirtay",
        ),
        "SECRET": (
            "qofna ha u sheegin", "cidna ha u sheegin", "qofna ha sheegin", "ha u sheegin",
            "ha u sheegina", "ha ogeysiin", "ha ogaysiin", "qofna uma sheegin",
            "cidna uma sheegin", "qofna uma sheegi karo", "cidna uma sheegi karo",
            "uma sheegi karo qofna", "qofna yuusan ogaan", "qofna waa inuusan ogaan",
            "cidna yaanay ogaan", "yaan la ogaan", "qofna ma oga", "cidna ma oga", "sir",
            "sirt*", "siraha", "sir ah", "waa sir", "sir weeye", "sir waaye", "qarsoodi*",
            "si qarsoodi ah", "hooyo ha u sheegin", "hooyadaa ha u sheegin", "intuusan i arkin",
            "intuusan arkin", "isagoo aan ogeyn", "isaga oo aan ogeyn", "uusan ogaan",
            "isaga ha ogaan", "dhaqso ayaan u qorayaa", "si degdeg ah u qorayaa",
            "fariint* tirtir*", "farriint* tirtir*", "tirtir fariint*", "tirtir farriint*",
            "qoraalkan tirtir*", "akhri kadib tirtir",
        ),
        "NEGLECT": (
            "had iyo jeer gaajays*", "mar walba gaajays*", "maalin walba gaajays*",
            "gaajo seexd*", "gaajays* seexd*", "guriga cunto ma jirto",
            "guriga cunto kama jirto", "cunto ma jirto guriga", "guriga wax la cuno ma jiro",
            "cunto ma siiyo", "cunto ma siiso", "cunto ma siiyaan", "cunto uma diyaariso",
            "maalinta oo dhan kaligi*", "maalinta oo dhan kalige*", "maalinta oo dhan kaligo*",
            "maalinta oo dhan keligi*", "maalinta oo dhan kelige*", "maalinta oo dhan keligo*",
            "habeenkii kaligo*", "habeenkii kaligi*", "habeenkii kalige*", "habeenkii keligo*",
            "habeen kasta kaligo*", "habeenkii oo dhan kaligo*", "saacado badan kaligo*",
            "maalmo kaligo*", "kaligo* dhaafa*", "kaligo* dhaaft*", "kaligi* dhaafa*",
            "kaligi* dhaaft*", "kalige* dhaafa*", "kalige* dhaaft*", "keligo* dhaafa*",
            "kaligood ka tagtaa", "kaligood ayay ka tagtaa", "kaligood ayuu ka tagaa",
            "kaligood ayay ka tagtay", "kaligood ayuu ka tagay", "kaligood ka tagaa",
            "ilmaha yar dhaafa*", "ilmaha yar dhaaft*", "ilmaha yar kaligi*",
            "dhallaanka dhaafa*", "dhallaanka dhaaft*", "dhallaanka kalige*",
            "qofna kama soo qaado", "qofna ma soo qaado", "cidna kama soo qaado",
            "qofna uma yimaado", "cidna uma timaado", "dhar wasakh ah xiran*",
            "dharka wasakhda ah xiran*", "maalmo aan la maydhin", "toddobaadyo aan la maydhin",
            "jaakad qabow ma leh", "jaakad xitaa ma leh", "kabo xitaa ma leh",
            "dibadda laga xiray", "qabowga dibadda ku dhaafa*", "dhakhtar uma geeyo",
            "dawadiisa ma siiyo", "dawadeeda ma siiso", "iskuulka uma diro",
        ),
        "DESPAIR": (
            "haddii wax i gaaraan", "wax i gaaraan", "wax i gaaro", "wax i gaarto",
            "wax igu dhacaan", "wax igu dhaco", "haddii wax i gaaro", "haddii wax i gaarto",
            "haddii wax igu dhacaan", "haddii wax igu dhaco", "haddii aan dhinto",
            "haddii aanan jirin", "carruurtayda ilaaliya", "carruurtayda daryeela",
            "carruurtayda ka war haya", "ilmo kasta warqad", "ilmo walba warqad",
            "warqad ayaan u qoray ilmo", "warqad ayaan u qoray carruurta",
            "warqad ayaan u qoray ilmahayga", "warqad sagootin", "waan idin sagootinayaa",
            "idin sagootin*", "sagootin ugu dambeys*", "fariintii ugu dambeysay",
            "fariinta ugu dambeysa", "fariintayda ugu dambeysa", "culays ayaan ahay",
            "culeys ayaan ahay", "culays uun baan ahay", "hooyo kale ayay ku fiicnaan",
            "hooyo kale ku fiican", "hooyo kale u fiican", "hooyo ka fiican ayay mudan",
            "la'aantay way fiicnaan", "la'aantay ayay ka fiican", "la'aanteyda way fiicnaan",
            "noloshu micno ma leh", "noloshu macno ma leh", "nolosha macno ma leh",
            "noloshaydu micno ma leh", "maxaan u sii noolahay", "maxaan u noolahay",
            "maxaan u sii jiraa", "maxaan u sii wadaa", "sababta aan u sii noolahay",
            "neef kama heli karo", "guriga kuma neefsan karo", "guriga ma neefsan karo",
            "ma neefsan karo guriga", "mar dambe ma awoodo", "ma awoodo mar dambe",
            "mar dambe kari maayo", "kari maayo mar dambe", "hadda ka dib ma awoodo",
            "mar dambe ma qaadi karo", "qof walba wuu nasan lahaa", "way nasan lahaayeen",
            "nabad ayay heli lahaayeen", "inaan iska lumo", "waan iska lumi",
            "inaan dunida ka baxo", "inaan adduunka ka baxo", "buundada ayaan taagan*",
            "biyaha ayaan ku boodayaa", "inaan biyaha ku boodo", "wabiga ayaan ku boodayaa",
            "inaan wabiga ku boodo", "tareenka hortiisa", "kiniinada oo dhan gacant*",
            "kiniinada oo dhan liqo", "kiniinada oo dhan liqay", "kiniinada oo dhan liqayaa",
            "kiniino badan liqo", "kiniino badan liqay", "kiniino badan liqayaa",
            "kiniinada ururi*", "kiniinada kaydi*", "wax walba joogsad*", "wax walba dhammaad*",
            "wax walba ha dhammaadaan", "wax walba ha istaagaan", "noloshayda dhammeey*",
            "nolosha joojiyo", "ilaahay naftayda ha qaado", "alle naftayda ha qaado",
            "ilaahay ha i qaado", "ilaahow i qaado",
        ),
        "FEAR": (
            "baqda*", "waan barafoobaa", "waan barafoobay", "jidhkaygu wuu gariir*",
            "jirkaygu wuu gariir*", "furaha markaan maqlo", "markaan maqlo furaha",
            "albaabka markaan maqlo", "cagihiisa markaan maqlo", "codkiisa markaan maqlo",
            "baabuurkiisa markaan maqlo", "cabsi awgeed ma seexan", "cabsi darted",
            "ma seexan karo cabsi", "nabad kuma haysto", "ammaan kuma ihi",
            "waan ka baqaa isaga",
        ),
        "NAMECALL": (
            "codkiisa kor u qaada*", "codkiisa kor u qaado", "markuu qayliyo", "markuu qeyliyo",
        ),
        "INJURY": (
            "gacant* jaba*", "gacant* jabt*", "jabi* gacant*", "gacant* jabi*", "lugt* jaba*",
            "lugt* jabt*", "lugt* jabi*", "jabi* lugt*", "sank* jaba*", "sank* jabi*",
            "jabi* sank*", "ilka* jaba*", "ilka* jabt*", "ilka* jabi*", "ilig jabay",
            "feeraha jaba*", "feeraha jabi*", "feeraha jabt*", "lafta jabt*", "lafta jaba*",
            "lafta jabi*", "lafo jabt*", "faraha jaba*", "faraha jabi*", "cududd* jaba*",
            "cududd* jabi*", "madax* dillaac*", "bushin* dillaac*", "bishin* dillaac*",
            "dibin* dillaac*", "dibnah* dillaac*", "raadk* faraha", "raadk* farah*",
            "farah* raadk*", "qoort* raadk*", "raadk* qoort*", "raadad*", "raadk* ilkaha",
            "raadk* qaniin*", "raad qaniin*", "raadk* suunk*", "raadk* gacant*", "raadk* ulaha",
            "sigaar* gubay", "sigaar* gubtay", "sigaar* demi*", "gubasho sigaar",
            "birta dharka gubay", "birta dharka gubtay", "kaawiyad* gubay",
            "xariijimo dhabarka", "dhabarka xariijimo", "isha ayaa madow", "qoorta calaamad*",
            "qoorta raadad*", "calaamado buluug",
        ),
        "TOUCH": (
            "wax xun la samee*", "wax xun ayuu la samee*", "wax xun buu la samee*",
            "waxyaabo xun la samee*", "waxyaabo xun ayuu la samee*", "wax yaab leh la samee*",
            "waxyaabo yaab leh", "waxyaabo qariib ah", "wax aan habboonayn",
            "waxyaabo aan habboonayn", "habeenkii qolkeed*", "qolkeeda soo galaa",
            "qolkeeda ayuu soo galaa", "qolkeeda buu soo galaa", "qolkeeda soo galay",
            "qolkeeda ayuu soo galay", "qolkeeda soo galo", "qolkiisa yeera*",
            "qolkiisa yeedh*", "qolkiisa waca*", "sariirteeda", "sawirkeeda codsa*",
            "sawirradeeda codsa*", "sawiradeeda codsa*", "sawirro ka codsa*",
            "sawirro ayuu ka codsa*", "sawirro buu ka codsa*", "sawirradeeda weydiis*",
            "sawirro ayuu weydiis*", "sawirkeeda weydiis*", "sawirro ayuu ka dalba*",
            "muuqaal* xun tusa*", "muuqaal* tusa* gabadh*", "muuqaal* tusi* gabadh*",
            "muuqaal* xun tusi*", "fiidiyo* xun tusa*", "ciyaar sir", "ciyaar qarsoodi",
            "ciyaartan sirta", "dhabta fadhiisi*", "dhabtiisa fadhiisi*", "fadhiisiy*",
            "kaligeed u timaado", "kaligeed ha u timaado", "kaligeed ii soo dir",
            "kaligeed la jooga*", "kaligeed la joogo", "kaligood la jooga*",
            "kaligood la joogo", "kaligiis la jooga*", "kaligiis la joogo",
        ),
        "SEXUAL": (
            "si xun u taabt*", "si xun u taabanaya", "xubnihiisa tusay", "xubintiisa tusay",
            "xubnihiisa u muujiyay", "muuqaal* qaawan", "fiidiyo* qaawan",
            "sawir qaawan weydiis*", "sawirro qaawan weydiis*", "dhunkasho qasab*",
            "qasab dhunk*",
        ),
        "CONTROL": (
            "taleefan* baara*", "telefoon* baara*", "fariimahayga akhri*",
            "farriimahayga akhri*", "igu xiraa", "igu xirtaa", "qolka ku xira*",
            "guriga ku xira*", "musqusha ku xira*", "bakhaarka ku xira*", "lacag bary*",
            "lacag iima siiyo", "lacag ima siiyo", "lacag ma i siiyo", "dabagal*",
            "meesha aan joogo ogaan*", "fasaxiisa la'aan", "ogolaanshihiisa la'aan",
            "kaarka iga qaata*", "kaadhka iga qaata*", "saaxiibaday ma arki karo",
            "qoyskayga ma arki karo", "ma la hadli karo qoyskay*", "cidna ma la hadli karo",
        ),
        "THREAT": (
            "waad arki doontaa adiga", "adiga waad arki doontaa",
            "waad arki doontaa waxa kugu dhaca", "waxaad arki doontaa waxa kugu dhaca",
            "iska jir adiga", "adiga iska jir", "adigu iska jir", "iska jir haddii kale",
            "haddii kale waad arki", "ogahay dugsiga carruurtaada",
            "ogahay iskuulka carruurtaada", "ogahay meesha aad deggan",
            "ogahay meesha aad degan", "ogahay halka aad deggan",
            "ogahay meesha aad ku nooshahay", "ogahay meesha carruurtaadu", "baabuurkaaga gubi",
            "baabuurkaaga waan gubi", "gaarigaaga gubi", "gurigaaga gubi",
            "gurigaaga waan gubi", "baabuurkaaga burburin", "ninkayga kuu soo diri",
            "ninkayga ayaan kuu soo diri", "ninkayga baan kuu soo diri",
            "ninkayga kuu soo dirayaa", "walaalahay kuu soo diri",
            "walaalahay ayaan kuu soo diri", "walaalahay baan kuu soo diri",
            "walaalahay kuu soo dirayaa", "walaalaha kuu soo diri",
            "walaalaha ayaan kuu soo diri", "wiilasha kuu soo diri", "raggayga kuu soo diri",
            "sug inta aan ku helayo", "sug markaan ku helo", "sug inta aan ku helo",
            "meel walba waan kaa heli", "meel kasta ku heli doonaa", "kaa jebin doonaa",
            "kaa jabin doonaa", "kaa jebinayaa", "kaa jabinayaa", "ka shalayn doontaa",
            "ka shalayn doontid", "waan ku dhaawici doonaa", "waan ku garaaci doonaa",
            "ma nabad geli doontid",
        ),
        "KILL": (
            "dili", "dilaa", "dilaan", "dilaysa", "dilaysaa", "dilayso", "diley", "dilidda",
            "ku dili", "i dili", "mindiyo", "seef", "bistoolad*",
        ),
        "HURT": (
            "tumaa", "tumay", "tumtay", "laadey", "feeraa", "feeraya", "feertaa", "dhirbaax*",
            "i riixay", "sigaar* demi*", "sigaar* gubay", "sigaar* gubtay",
            "biyo kulul igu shub*", "biyo kulul ayuu igu shub*", "biyo kulul buu igu shub*",
            "i ceejiyay", "cunaha i qabtay", "qoorta i qabtay", "i garaacay", "wuu i garaacaa",
            "i tumay", "i karbaashay", "i dharbaaxay",
        ),
    },
    alarms={
        "self_harm": (
            "waan iska lumi doonaa", "maxaan u sii noolahay", "nolosha waan ka quustay",
        ),
        "threat": (
            "ogahay dugsiga carruurtaada", "kaa jebin doonaa", "waan ku dhaawici doonaa",
        ),
    },
    idioms=(
        "imtixaanka ayaa i dilay", "imtixaanka wuu i dilay", "imtixaanku wuu i dilay",
        "madax xanuun ayaa i dilaya", "madax xanuunka ayaa i dilaya", "kulaylka ayaa i dilaya",
        "kuleylka ayaa i dilaya", "shaqada ayaa i dilaysa", "daal ayaan u dhintay",
        "daal ayaan u dhimanayaa", "carruurtan ayaa i dili doona", "ilmahan ayaa i dili doona",
        "carruurtani waxay i dili doonaan",
    ),
    dropped={
        "INJURY": (
            "xanuun*", "isbitaal*", "cisbitaal*", "dhakhtar*", "dhaqtar*", "jug", "lafta",
            "jaban", "jabay", "jabtay", "jabsan", "qariy*", "qarin*",
        ),
        "SELFHARM": ("dawo*", "dawada", "mindi*", "sakiin*"),
        "SEXUAL": ("qaawan*",),
    },
)
# fmt: on

# Added while tuning on the tuning two thirds of the evaluation set (general phrasings that
# were missing: "I know where you live", "you will regret it", the uncle, cutting oneself).
LEXICON = LEXICON.extended(
    concepts={
        "THREAT": ("meesha aad degan tahay", "meesha aad ku nooshahay", "waan ogaan doonaa",
                   "ka qoomamayn doontaa", "ka qoomamayn doonaa", "waad ka shalayn doontaa",
                   "wax buu ku yeeli doonaa", "waxaan kuu soo dirayaa"),
        "RELATIVE": ("adeer", "adeerkeed", "adeerkiis", "adeerkay", "abti", "abtigeed"),
        "SELFHARM": ("iska jaraa", "iska jaray", "iska jari", "is jaraa", "gacmaha iska"),
        "HIDE": ("gacmo dheer ayaan xirtaa", "si caruurtu u arkin", "si aan loo arkin"),
    },
)  # fmt: skip

# A second round, on new messages written by someone who had not seen these lists (their
# tuning two thirds): everyday scenes (MISHAP) and the wider words of disclosures: the
# throat and breath, being forced, pictures used to threaten, a bridge, a car, "tired of
# everything", a mother who wants to throw her baby out.
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": (
            "kubad*", "kubadda", "ciyaar*", "kartoon", "filim*", "film", "daawanay*",
            "superheroes", "baaskiil*", "garoonka", "beerta carruurta", "cunto karin",
            "karinta", "khudaar*", "dhakhtarku wuxuu yiri", "waxba ma aha", "haha", "hahaha",
        ),
        "HURT": ("qoorta", "qoorta iga qabtay", "iga qabtay", "neefta waayo", "neef",
                 "ceejiy*", "i ceejiyay", "i ceejiyey", "i tuuray", "darbiga igu dhuftay"),
        "SEXUAL": ("i khasbaa", "khasb*", "ku khasbay", "i khasbay", "iga khasbay",
                   "sawirro qaawan", "sawirro aan qaawanahay", "qaawanahay",
                   "anigoo ooyaya", "maya ma dhihi karo"),
        "THREAT": ("internetka ayaan dhigayaa", "internetka dhigayaa", "internetka soo dhigi",
                   "sawirrada dhigayaa", "sawirada faafin", "hadaadan", "haddii aadan"),
        "SELFHARM": ("baabuurka hortiisa", "ka bood", "isku tuur", "is tuur",
                     "daaqadda ka tuuro", "daaqada ka tuuro", "buundada", "buundo*",
                     "kaniiniyo badan", "kaniiniyada oo dhan"),
        "KILL": ("daaqadda ka tuuro", "ka tuuro daaqadda"),
        "DESPAIR": ("waan ka daalay wax walba", "ka daalay wax walba", "daalay wax walba",
                    "nolosha ka daalay", "ma garanayo sababta", "ma garanayo sababta aan",
                    "wax yar ayaa dhiman", "is iri", "waan ka daalay nolosha",
                    "ilmaha ma jecli", "ma seexato ma cunto"),
        "FEAR": ("iyadoo ooyaysa", "ooyaysa", "telefoonkeeda waa dansan yahay",
                 "waa dansan yahay"),
    },
)
# fmt: on

# A third round, on the training messages (written apart from the evaluation set): the news
# and what is on screen (MEDIA), and a child's fear of dogs or the dark (MISHAP).
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("warka", "wararka", "barnaamij*", "filim*", "taxane*", "telefishin*", "tv",
                  "youtube", "wargeys*", "buug*", "dokumentari"),
        "MISHAP": ("eey", "eeyga", "eeyaha", "mugdi*", "riyo xun", "alaab ciyaareed",
                   "qosol", "kaftan*"),
    },
)  # fmt: skip

# Inflection and the small words around an insult (see `LanguageLexicon`). Somali puts the
# article, "this" and "that", the plural and the vocative on the noun: "dameerka" (the
# donkey), "jaahiliintan" (these ignorant ones), "doqommo" (n → m before m), "dameeryahow"
# (you donkey). The vocative endings "-ow" and "-yahow" call someone by the word. Calls
# before a word: "war" (to a man), "naa" (to a woman).
# fmt: off
LEXICON = LEXICON.extended(
    inflections=("ka", "ta", "ga", "da", "ha", "kan", "tan", "gan", "dan", "han", "kaas",
                 "taas", "gaas", "daas", "haas", "kii", "tii", "gii", "dii", "hii", "kani",
                 "tani", "o", "yo", "ooyin", "ooyinka", "ooyinkan", "ooyinkaas", "iin", "iinta",
                 "iintan", "iintaas", "mo", "mada", "madan", "madaas", "ow", "yahow", "yahowe"),
    second_person_suffixes=("ow", "yahow", "yahowe"),
    weak_second_person=("ku", "idin"),
    copulas=("waa", "weeye", "waaye", "ahaa", "ahayd"),
    people=("doqon", "jaahil", "fulay", "cawaan", "maangaab", "tuug", "beenaale", "caajis",
            "jareer", "addoon", "wacal", "tumaal", "dabajaqle",
            "dulli"),
    # "garac" squeezed is also "garaac" (to beat): "garaacay" is "he beat", no insult.
    not_inflected=("garac*",),
    determiners=("kan", "kaas", "tan", "taas", "kayga", "tayda", "kaaga", "taada", "keena",
                 "teena"),
    vocatives=("war", "waryaa", "warya", "naa", "naayaa", "naaya", "heedhe", "hooy"),
    intensifiers=(),
    articles=(),
    # The definite articles (the donkey, the animals): a thing, not a name. "-kan" and
    # "-kaas" (this, that) stay: "addoonkaas" is said of a person.
    thing_endings=("ka", "ta", "ga", "da", "ha", "kii", "tii", "gii", "dii", "hii", "ooyinka",
                   "ooyinkii", "iinta", "iintii", "aha", "ahaa"),
    ambiguous=("wasakh", "nijaas", "khaa'in", "khaayin", "dabajaqle", "dulli", "nin xun"),
    unambiguous=("ilma xaaraan", "ilmo xaaraan", "ina xaaraan", "ha ku ciqaabo",
                 "ilaahay ha ku ciqaabo", "alle ha ku ciqaabo", "ha ku gubo", "ha ku halaago"),
)  # fmt: skip

# A fourth round, on the false alarms of the training messages and of the first fresh set:
# what a controlling partner takes or keeps (money, a phone, papers, going outside, family,
# permission) is only a scene on its own (BELONGING): "telefoonkayga batteriga wuu dhintay"
# raises nothing, next to "ninkayga", "isaga" or a secret it is a sign again. Sport, a
# pillow and an exam are everyday scenes (MISHAP); a fairy tale is a story (MEDIA).
LEXICON = LEXICON.extended(
    concepts={
        "BELONGING": ("lacagtay*", "lacagtey*", "mushaharkay*", "taleefankay*",
                      "taleefankey*", "telefoonkay*", "telefoonkey*", "moobilkay*",
                      "baasaboor*", "aqoonsi*", "waraaqaha", "oggol*", "dibadda", "dibad*",
                      "qoyskay*", "qoyskey*", "eheladay*", "eheladey*", "batteri*"),
        "MISHAP": ("feer*", "bocsin*", "boks*", "taekwondo", "karate", "kubadda koleyga",
                   "dabaal*", "barkin*", "imtixaan*", "fortnite", "fifa", "playstation",
                   "trefbal", "tababar*"),
        "MEDIA": ("sheeko*", "saaxirad*", "sixiroole*"),
    },
    dropped={
        "CONTROL": ("lacagtay*", "lacagtey*", "mushaharkay*", "taleefankay*",
                    "taleefankey*", "telefoonkay*", "telefoonkey*", "moobilkay*",
                    "baasaboor*", "aqoonsi*", "waraaqaha", "oggol*", "dibadda", "dibad*",
                    "qoyskay*", "qoyskey*", "eheladay*", "eheladey*"),
    },
)  # fmt: skip

# A fifth round, on the misses of the first fresh set, written as families for every
# language rather than as the missed sentences: the police at the door, fleeing with the
# children and being followed, "he did things to me" as a euphemism, a child left alone.
LEXICON = LEXICON.extended(
    concepts={
        "POLICE": ("booliis*", "boolis*", "bilays*", "politie", "deriskii booliska wacay",
                   "112 wac*"),
        "HIDE": ("la cararay", "ka cararay", "ka cararnay", "la cararnay", "carruurta la carar*",
                 "waan cararay", "waan baxsaday", "baxsad*", "walaashay gurigeeda",
                 "hooyaday gurigeeda", "guriga haweenka", "vrouwenopvang", "opvanghuis*"),
        "CONTROL": ("na sugaa", "i sugaa", "ina sugaa", "na sugayaa", "i sugayaa",
                    "maalin walba wuu soo wacaa", "wuu soo wacaa", "had iyo jeer wuu wacaa",
                    "dugsiga hortiisa", "iga daba yimaad*", "iga daba socd*"),
        "NEGLECT": ("maalmo kaligeed", "maalmo kaligiis", "maalin dhan kaligeed",
                    "maalin dhan kaligiis", "cid ma eegto", "cidna ma ilaaliso",
                    "cunto ma siiyaan", "cunto ma haysato", "waa gaajaysan tahay",
                    "gaajo ayay u", "gaajo ayuu u"),
    },
    alarms={
        "sexual_abuse": ("wax xun igu sameeyay", "wax xun igu sameeyey", "wax xun ku sameeyay",
                         "wax xun ku sameeyey", "wax xun ayuu igu sameeyay",
                         "wax xun ayuu ku sameeyay", "wax xun ayuu ku sameeyey",
                         "wax xun igu samayn jiray", "wax xun ku samayn jiray",
                         "wax xun u sameeyay", "i taabanayay", "taabasho xun"),
    },
)  # fmt: skip

# Insults, a sixth round (the first fresh set's misses as families): an order to leave or be
# quiet addresses someone ("iska tag", "aamus"), "all of you" aims a plural at a group, and
# "eeyo" is the plural of "eey" (too short for the endings).
LEXICON = LEXICON.extended(
    second_person=("iska tag", "aamus", "iska aamus", "ka bax", "dhammaantiin", "dhamaantiin",
                   "dhammaantood", "dhamaantood", "waxaad tihiin"),
    ambiguous=("eeyo", "eeyaha yahow"),
)  # fmt: skip

# A seventh round, on the second fresh set's misses and false alarms, as families: a child
# who hit another child at school is a scene (MISHAP), not abuse; "I know where she lives,
# I'll wait for her" is a threat; a parent who says she hits her own child is heard; the
# helplines are named; "sleep and not wake up" is despair; a whole people called thieves or
# dirty is an insult aimed at them.
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": ("cunug kale", "ilmo kale", "arday kale", "fasalka", "nasashada",
                   "macallinka ayaa i soo wacay", "macalinka ayaa i soo wacay",
                   "walaalihiis la dagaallamay", "walaalaha"),
        "THREAT": ("waan ogahay meesha ay degan tahay", "waan ogahay halka ay degan tahay",
                   "waan ogahay meesha uu deggan yahay", "waan sugayaa", "waan sugi doonaa",
                   "arki doontaa", "arki doonaa", "habeenkan ayaan ku qabanaynaa"),
        "DESPAIR": ("seexdo oo aan soo toosin", "aan soo toosin", "waan rabaa inaan lumo",
                    "inaan meesha ka baxo weligay", "inaan dhinto"),
        "SELFHARM": ("jeexa*", "jeexd*", "jeexi*", "isku jeexa*", "isku jeexd*",
                     "is gooyay", "is gooysa", "is jarjaray", "is jarjarta"),
    },
    alarms={
        "violence": ("veilig thuis", "guriga haweenka"),
        "child_abuse": ("waan garaacaa", "waan garaacay", "ayaan garaacaa", "ayaan garaacay",
                        "suun ayaan ku garaac*", "ul ayaan ku garaac*",
                        "ilmaha waan garaacaa"),
        "sexual_abuse": ("wax igu sameeyay", "wax igu sameeyey", "wax igu samayn jiray",
                         "wax ku sameeyay gabadh*", "wax ku sameeyay wiil*"),
        "self_harm": ("gacmaheeda ayay jeexa*", "gacmaheeda ayay jeexd*",
                      "gacmihiisa ayuu jeexa*", "gacmihiisa ayuu jeexd*"),
    },
    second_person=("carabta", "turkida", "soomaalida", "gaalada", "qaxootiga",
                   "madowga", "yahuudda", "hollandiiska"),
    ambiguous=("tuugo", "tuugada", "wasakh"),
)  # fmt: skip

# An eighth round, on the third fresh set's misses, as families in every language: a child
# locked in or left a night without food, a partner waiting at the school with his mates,
# "he will pay for it", setting someone on fire, goodbye letters and affairs put in order,
# a relative who opens the bathroom door, a stranger online who asks a child for photos in
# a more private app, a child engaged or married off, freeloaders and beggars said of a
# whole people.
LEXICON = LEXICON.extended(
    concepts={
        "NEGLECT": ("habeen dhan cunto la'aan", "maalmo cunto la'aan", "cunto la'aan ayay",
                    "gaajo ku seexday"),
        "THREAT": ("wuu ka qoomamayn doonaa", "waa ay ka qoomamayn doontaa",
                   "qiimaha ayuu bixin doonaa", "waan gubi doonaa", "dab ayaan qabadsiin"),
        "TOUCH": ("marka ay qubeysaneyso", "markay qubeysaneyso", "musqusha u soo gala",
                  "sawirro u dir", "sawirro weydiistay", "sawiradeeda", "sawiradiisa"),
        "SECRET": ("app kale", "meel qarsoodi ah", "hooyadaa ha u sheegin"),
    },
    alarms={
        "self_harm": ("marka aanan joogin", "haddii aanan joogin carruurta",
                      "deymahayga oo dhan", "warqad sagootin", "dardaaran*"),
        "child_abuse": ("guur qasab", "qasab lagu guursiin*", "la guursiinayaa", "guursiin*",
                        "la guursiiyay iyadoo yar"),
    },
    ambiguous=("dawarsade*", "tuugo"),
)  # fmt: skip

# A ninth round, on the fourth fresh set's misses, as families in every language: pills
# swallowed, a jump considered, letters written for the children, "if it weren't for the
# children", a knife hidden or brought to school, "I know where you work", make-up over a
# black eye, a secret and gifts from a grown man, a child sent abroad to be "re-educated";
# and the scenes that raised false alarms: a fever and the pharmacy, a funeral and the grave,
# the sacrifice at Eid, a pilgrimage or a move (TRIP: "hakkınızı helal edin" before the hajj
# is a farewell, not despair).
LEXICON = LEXICON.extended(
    concepts={
        "TRIP": ("xajka", "xajjka", "cumrada", "cumra", "waan guuraynaa", "u guuraynaa",
                 "fasax"),
        "MISHAP": ("qandho", "farmashiye", "aaska", "janaasada", "xabaal*", "xoolaha",
                   "qalashada"),
        "THREAT": ("waan ogahay halka aad ka shaqeyso", "waan ogahay meesha aad ka shaqeyso",
                   "ka digtoonow", "mindi ayuu qarinayaa", "mindi ku qarsan"),
        "HIDE": ("qurxin ku qari", "waan qariyay nabarka", "isha madow"),
        "DESPAIR": ("haddii aan boodo", "cid i dareemi lahayd", "carruurta haddii aysan jirin",
                    "macno ma leh", "waxba micno ma leh"),
        "SECRET": ("hooyadaa ha u sheegin", "cidna ha u sheegin", "sir ayay noo tahay"),
        "TOUCH": ("dhabtiisa", "dhabta ku fadhiisiya", "hadiyado siiya", "hadiyado u keena"),
    },
    alarms={
        "self_harm": ("kaniinadii oo dhan", "kiniinadii oo dhan", "kaniinooyin badan ayaan liqay",
                      "kiniinooyin badan ayaan liqay", "warqado u qoray carruurta"),
        "child_abuse": ("dhaqan celis", "dhaqan celin", "silsilado lagu xiro",
                        "silsilad lagu xiro"),
    },
)  # fmt: skip

# A tenth round, on the fifth fresh set's misses, as families in every language: "he is here,
# I can't talk", "I don't want to live any more", "nobody will miss me", searching how to die
# without pain, pills bought and hidden, driving into a wall, a child locked in a dark toilet,
# a sister's split lip, "he knocked me to the floor", burning someone's car or office, "I
# know who you are and where you live"; and scenes: wrestling, Sinterklaas, a bicycle, a
# death anniversary, a ham knife, a horror film, GTA.
LEXICON = LEXICON.extended(
    concepts={
        "DESPAIR": ("cidna i tabi maayso", "qofna i tabi maayo", "sida loo dhinto",
                    "noolaan maayo", "ma rabo inaan noolaado"),
        "THREAT": ("waan gubayaa", "ayaan gubayaa", "mindi keenayo", "mindi keeni doonaa",
                   "dhammaynayo", "ha la ogaado"),
        "MISHAP": ("sheekada", "sheekooyin", "ilkaha", "legdin*"),
        "MEDIA": ("sheekada", "dhegdheer"),
    },
    alarms={
        "violence": ("wuu yimid ma hadli karo", "halkan ayuu joogaa ma hadli karo"),
    },
)  # fmt: skip

# A laugh is no everyday scene: it explains a sign away only in its own sentence (see
# `reading._joking_near`), not anywhere in a long message.
LEXICON = LEXICON.extended(dropped={"MISHAP": ("haha", "hahaha")})

# An eleventh round, from the developers' own probes (no evaluation set read): "the children
# are better off if I am not there", leaving this world, "if I die nobody will notice" (with
# "hadaan" for "haddii aan"), a girl married off young, "he does bad things to me" and
# being ashamed to tell, a cup thrown at my head.
LEXICON = LEXICON.extended(
    concepts={
        "DESPAIR": ("haddii aanan joogin", "hadaan joogin", "haddaanan joogin", "hadaanan joogin",
                    "iga roon bay", "iga roonaan lahaayeen", "aniga la'aantay", "la'aantay ayay",
                    "dunidan ka tago", "dunida ka tago", "adduunka ka tago", "adduunyada ka tago",
                    "adduunka ka baxo", "dunidan ka baxo", "hadaan dhinto", "haddaan dhinto",
                    "qofna ma dareemi doono", "cidna ma dareemi doonto", "qofna ma ogaan doono",
                    "qofna dan kama galo haddii aan", "waxba ma dareemo", "waxba ma dareemayo",
                    "aniga ayaa sabab u ah", "aniga ayaa sababta u ah", "wax ku saabsan dhimasho",
                    "wax ku saabsan dhimashada", "dhimasho ka qora", "ka hadlaa dhimasho",
                    "ka hadlaa dhimashada", "inuu dhinto ayuu rabaa", "inay dhimato ayay rabtaa"),
        "HIDE": ("todobaad walba nabar", "toddobaad walba nabar", "mar walba nabar cusub",
                 "nabar cusub ayay la timaadaa", "nabar cusub bay la timaadaa"),
        "SECRET": ("ka xishoonayaa inaan sheego", "waan ka xishoonayaa", "ka xishoodaa inaan",
                   "xishood darteed", "ceeb ayay ii tahay", "ceeb bay ii tahay",
                   "cidna uma sheegi karo", "qofna uma sheegin"),
        "TOUCH": ("wax xun ayuu igu sameeyaa", "wax xun ayuu igu sameeyay", "wax xun igu sameeyay",
                  "wax xun ayuu ku sameeyay", "wax xun ku sameeyay", "wax xun ayuu ku sameeyaa",
                  "wax aan fiicnayn ayuu igu sameeyay"),
        "ME": ("igaga", "iigu", "iiga", "igala", "ii"),
        "HURT": ("igaga tuuray", "igu tuuray", "igu soo tuuray", "ayuu igu tuuray",
                 "madaxa igaga", "madaxa iiga"),
    },
    alarms={
        "child_abuse": ("guursiinayaan", "guursiiyaan", "guursiin rabaan", "la guursiiyo",
                        "la guursiinayo", "guur qasab", "guur khasab", "guurka qasabka",
                        "nin weyn la siinayo", "nin weyn la siiyo"),
    },
)  # fmt: skip

# A twelfth round, on the sixth fresh set's misses (measured once before: recall 0.850), as
# families in every language: a daughter to be cut (FGM, never a boy's circumcision), not
# going back home with the children, "no seriously" after a joke, giving belongings away,
# the water that calls, a brother who beats his sister, a burn explained away at the
# hospital, "he says I am nothing", how high the building is, "I don't know why I write
# this", home turning into hell on payday, "I'll break your legs", "don't ask me", staring
# at the knife, a rope in a teenager's room, a stranger with sweets and kittens, "you won't
# see me any more"; and scenes: taking the train, "I'm dead tired", a lift that broke.
LEXICON = LEXICON.extended(
    concepts={
        "DESPAIR": ("waan idin xiisi doonaa", "is ilaaliya oo", "alaabtaydii waan bixiyay",
                    "dharkayga waan bixiyay", "uma baahni doono", "biyaha ayaa i yeeraya",
                    "badda ayaa i yeeraya", "intee dherer", "maxaan u qorayo ma garanayo",
                    "mindida eegaa", "mindida ayaan eegaa", "ma i arki doontaan",
                    "mar dambe ma i arki doontaan", "imisa kiniin"),
        "SECRET": ("ha i weydiinina", "ha i weydiin", "waxba ha i weydiinin", "iska daaya"),
        "INJURY": ("way madoobaatay", "ishu way madoobaatay", "isha way madoobaatay",
                   "isha madow"),
        "ABUSE": ("waxba ma tihid", "qofna ku doon maayo", "qofna kuma doonayo",
                  "gurigu naar ayuu noqdaa", "gurigu naar buu noqdaa",
                  "walaalkay ayaa walaashay garaaca"),
        "TOUCH": ("nacnac siiyay", "nacnac siiya", "sawiro ka qaada caruurta",
                  "sawiro ka qaada", "bisadaha ayaan kuu tusi", "guriga ayaan kuu tusi"),
        "MISHAP": ("miiska", "baraf"),
    },
    alarms={
        "threat": ("lugaha ayaan kaa jabinayaa", "lugaha kaa jabin*", "lugaha ayaan kaa jebinayaa"),
        "child_abuse": ("gudniinka fircooniga", "gudniin fircooni", "gabadha la gudo",
                        "gabadhayda la gudo", "in la gudo"),
        "violence": ("guriga ku noqon mayno", "guriga dib ugu noqon mayno"),
        "self_harm": ("xarig ayaan ka helay", "qolkiisa xarig", "qolkeeda xarig"),
    },
)  # fmt: skip

# A thirteenth round, from what the rules missed in the Somali training messages
# (`tests/moderation_eval/train/so_4.jsonl`, `so_5.jsonl`; the learned reader trains on them,
# the rules want the families too): "the old man" for a husband, a hand raised, a punch and
# a broken tooth, plates thrown, arms twisted, sunglasses that were not for the sun, the
# phone allowed an hour a day, "the house is a prison", papers hidden, the salary into his
# account, receipts for every euro, the door locked from outside, being forced at night,
# children alone, without breakfast, coat or shoes, a girl married off or cut, burns from
# the stove, farewells and things given away, standing on a balcony, pills kept, threats of
# blood and fire, "wait until I come".
LEXICON = LEXICON.extended(
    concepts={
        "PARTNER": ("odaygu", "odayga", "odaygayga", "odaygeyga", "ninkaygii hore",
                    "ninkeygii hore"),
        "HURT": ("gacanta igu qaaday", "gacan igu qaaday", "gacanta ku qaaday", "feer ku dhuftay",
                 "feer igu dhuftay", "feer*", "saxamada ayuu tuuraa", "madaxa iga helay",
                 "gacmaha ayuu iga qabtaa", "ii qalloociyaa", "qalloocin*"),
        "INJURY": ("ilig baa ka jabay", "iligga ka jabay", "gacan jaban", "bararsanayd",
                   "bararsan", "bushimaha dillaacsan", "indhaheeda madow", "ishu madow",
                   "meel kale ayaa madow", "gubasho", "gacanta gubasho"),
        "HIDE": ("muraayadaha qorraxda", "qorraxda ma ahayn", "albaabka ayaan ku dhacay",
                 "ma rumaysani", "jaranjarada ka dhacday", "way dhacday"),
        "CONTROL": ("saacad uun ayuu i siiyaa", "aqalka kama bixi karo", "kaligay kama bixi karo",
                    "xabsi oo kale", "waa xabsi", "wuu ii diiday", "isagaa ii hadla",
                    "kaligay ma aadi karo", "qariyay", "ma cusboonaysiinayo", "kugu celinayaa",
                    "albaabka dibadda ayuu ka xiraa", "furaha la tagaa", "guriga ka saarin",
                    "password-ka", "cidda aan la hadlo ayuu eegaa", "app location",
                    "rasiidh kasta", "lacag ka codsadaa", "waa inaan weydiistaa",
                    "akoonkiisa", "xisaabtiisa", "isagaa haysta", "isagaa qaata"),
        "BELONGING": ("baasaboor*", "verblijf*", "aqoonsi*", "kaarka bangiga", "mushaharkayga",
                      "mushaharkeyga", "kinderbijslag*"),
        "DESPAIR": ("iga la'aanteed", "la'aanteed ay ka fiicnaan", "uma baahni",
                    "u qaybiyay", "ii cafiya wixii", "carruurtayda si fiican u ilaaliya",
                    "dunida waan ka tagi lahaa", "carruurta uun baan u joogaa", "xal ma arko",
                    "fariintaydii ugu dambeysay", "nabad qariib ah", "inaan booddo",
                    "hoos u eegay muddo", "waan tagayaa", "warqad macsalaameyn",
                    "naftayda wax u yeelin", "iga cafiya wax kasta"),
        "SEXUAL": ("igu qasbaa", "waxaanan rabin", "waxyaalo aanan doonayn", "waa xaqiisa",
                   "sawir dhar la'aan", "dhar la'aan ah", "qolkeeda soo galo",
                   "habeenkii qolkeeda", "casaan baa jira"),
        "TOUCH": ("soo gal gadaasha", "soo gal gadaashan"),
        "NEGLECT": ("kaligood bay joogaan", "keligood jooga", "kaligood jooga",
                    "keligiis ku ciyaara",
                    "quraac la'aan", "isla dharkii", "kabo la'aan", "jaakad la'aan",
                    "fure ma haysato", "guriga keligood", "ku xirtaa oo baxdaa",
                    "ma garanayo carruurtu waxay cunayaan"),
        "THREAT": ("la xisaabtamayaa", "gurigeeda waan garanayaa", "gurigiisa waan garanayaa",
                   "dhiig ka keeni doono", "way dhiigi doontaa", "waan ku arkaa",
                   "sumayn doonaa", "guriga ayuu gubayaa", "sug inta aan imanayo"),
        "FEAR": ("hooyaday badbaadi", "gariirayaan", "gariir*", "way gariirayaan"),
    },
    alarms={
        "self_harm": ("waan kaydinayaa", "kiniin badan liqday", "is jarjaraa", "is jarjarto",
                      "waxaan ku fekeray inaan booddo", "waxaan ka fekerayay inaan booddo"),
        "child_abuse": ("lagu guuriyo", "lagu guurinayaa", "gabadhiisa nin", "yarad baa",
                        "meherka", "guursan doontaa", "waa inaad guursataa",
                        "inaan guursado ina adeerkay", "si xun u ruxday", "shooladda igu qabatay",
                        "qolka mugdiga ah", "aabihii ayaa eryay"),
        "violence": ("ma rabo inaan guriga tago", "gacanta igu qaaday", "gacan igu qaaday"),
    },
)  # fmt: skip

# Heat, cold, work and waiting that "kill" are ordinary complaints.
LEXICON = LEXICON.extended(
    idioms=("kulaylkan wuu i dilayaa", "kulaylku wuu i dilayaa", "kulaylka ayaa i dilaya",
            "qabowga wuu i dilay", "qabowgu wuu i dilayaa", "shaqada ayaa i dishay",
            "shaqadu way i dishay", "sugitaan ayaan ku dhintay", "sugitaan ayan ku dhintay",
            "dhimanaya walwal", "gaajo ayaan u dhimanayaa", "qosol ayaan u dhimanayaa"),
)  # fmt: skip

# A fourteenth round, from fresh8's misses (measured once before, then tuned on), written
# as families for all five languages (see the same round in nl.py). "X jir ah" (X years
# old) is an age, not a body.
LEXICON = LEXICON.extended(
    idioms=("jirka ah", "jir ah", "sano jir", "jirada ah"),
    concepts={
        "MISHAP": ("tallaal*", "cuncun", "busbuska", "hilib ari",
                   "hilib jarayay", "basal jarayay", "mindidii ayaa iga booday",
                   "mindida ayaa iga booday"),
        "HIDE": ("qorraxda dartiis maaha", "qorraxda maaha", "su'aalo ma rabin",
                 "suaalo ma rabin"),
        "HURT": ("wuu i riixay", "ayuu i riixay", "i riixay", "wuu i tuuray",
                 "basbaas afka", "afka basbaas", "saabuun afka"),
        "SEXUAL": ("wax ii samayn jiray", "wax igu samayn jiray", "wax bay ii samayn jireen"),
        "FEAR": ("guriga ma aadi karo", "guriga uma noqon karo", "waan ka baqayaa guriga",
                 "mar kale ayuu sakhraansan yahay"),
        "THREAT": ("ul baan u qaadanayaa", "walaalahay ayaan keenayaa"),
    },
    alarms={
        "violence": ("wuu i riixay", "qorraxda dartiis maaha", "guriga ma aadi karo"),
        "self_harm": ("kiniinnada gacanta", "kiniinada gacanta", "sanduuqa kiniinka"),
        "child_abuse": ("basbaas afka", "afka basbaas"),
        "sexual_abuse": ("wax ii samayn jiray markaan yaraa", "markaan yaraa wax ii samayn"),
    },
)  # fmt: skip

# A fifteenth round, from the rules' false alarms on the ordinary training messages, as
# families for all five languages (see the same round in nl.py): a rice that burnt ("gubtay"
# is burnt, of food too), "I will miss you" before a journey, the cold or the heat that
# "killed" me, an information meeting, a series.
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("aqoon isweydaarsi", "kulan macluumaad", "documentary", "dokumentari",
                  "kurulus osman", "musalsal*", "filim*"),
        "MISHAP": ("fortnite", "fifa", "playstation"),  # a scene, not a film (see nl.py)
    },
    idioms=("bariiskii ayaa gubtay", "bariiska ayaa gubtay", "cuntadii ayaa gubtay",
            "cuntada ayaa gubtay", "hilibkii ayaa gubtay", "rootigii ayaa gubtay",
            "waan idin xiisi doonaa", "idin xiisi doonaa", "waan idin xiisay",
            "qabowga wuu i dilay", "qabowgu wuu i dilay", "qabowga dibada", "qabowga ayaa i dilay",
            "kulaylkan maanta", "kulaylka maanta", "darajo"),
)  # fmt: skip

# A sixteenth round, as families for all five languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    alarms={
        "self_harm": ("iga la'aantay way ka fiicnaan lahaayeen",
                      "haddii aanan jirin way ka fiicnaan", "sida loo dhinto xanuun la'aan",
                      "gaariga hortiisa", "tareenka hortiisa"),
        "child_abuse": ("waa la guurinayaa", "la guursiinayo", "la guursiin doono",
                        "ballan ayaa laga qaaday", "gudniinka gabadha"),
        "sexual_abuse": ("kaamerada fur", "kaamerada musqusha", "skins ku siiyo"),
    },
    concepts={
        "CONTROL": ("goobta aan joogo", "location-ka", "sawir u dir", "20 jeer ayuu i wacaa",
                    "kaarkayga isaga ayaa haya", "lacagtayda isaga ayaa qaata"),
    },
)  # fmt: skip

# The sixteenth round, on new Somali training messages written blind (so_7.jsonl: recall
# 0.82, ordinary acted on 16 % before they were read), as families. Normalising squeezes
# "qoorta" (the neck) and "qortaa" (writes) to one word: the neck alone is no hurt any
# more (it still is in "qoorta iga qabtay" and with marks). A workshop is written with
# hyphens too ("aqoon-is-weydaarsi"); the cold, the rain and the heat "kill" me whatever
# stands between; cooking cuts; a tantrum on the floor; a fever. And the disclosures: the
# swollen eye "is the door", the girls to be cut together, a daughter married off to a
# man of forty, a camera in the bathroom for a man met in FIFA, a stranger who wants to
# meet a boy alone, the money on his account and the receipts he checks, children left on
# a balcony, food withheld as punishment, "last time it was my arm", "nobody would notice
# if I left".
LEXICON = LEXICON.extended(
    dropped={"HURT": ("qoorta",)},
    idioms=("qabowgan wuu i dilay*", "qabowga wuu i dilay*", "qabowgu wuu i dilay*",
            "kulaylka wuu i dilay*", "kulaylku wuu i dilay*", "kulaylkan wuu i dilay*",
            "qabowgan ayaa i dilay*", "roobkan ayaa i dilay*", "kulaylkan ayaa i dilay*",
            "hurdo la'aan ayaan u dhimanayaa", "hurdo la'aan baan u dhimanayaa",
            "shukulaatadii aan qariyay", "xalwadii aan martida u qariyay",
            "macmacaankii aan qariyay"),
    concepts={
        "MEDIA": ("aqoon is weydaarsi", "is weydaarsi", "weydaarsi"),
        "MISHAP": ("basasha jarayay", "basasha", "suqaar*", "digsi*", "kareem", "gubashada",
                   "qandho*", "paracetamol", "dhulka isku tuur*", "markaan diido",
                   "markaan maya dhaho"),
        "INJURY": ("bararka ishayda", "ishayda way bararsan tahay"),
        "HIDE": ("waa albaabka", "sidaas ayaan macallimadda u sheegay", "hooyo way dhacday"),
        "CONTROL": ("koontadiisa", "20 euro ayuu", "risiidhada ayuu eegaa", "isbuucii i siiyaa"),
        "NEGLECT": ("dhar wasakh ah", "cunto ma sidato", "maalintii oo dhan ooya",
                    "daaqadduna waa furan", "keligood kaga tagtaa", "cunto ayay ka reebtaa",
                    "aad bay u caatowday"),
        "THREAT": ("ayaan ku qabanayaa",),
        "DESPAIR": ("cidna ima dareemi doonto", "qofna ima dareemi doono",
                    "haddaan baxo cidna"),
    },
    alarms={
        "violence": ("bararka ishayda waa albaabka", "waxay ahayd gacantayda",
                     "dusha iga saaran"),
        "child_abuse": ("la wada gudayaa", "gabdhaha la gudayaa", "ugu guurinayaa",
                        "u guuriyo wiil", "ku guursanaysaa ina", "nin baa doonanaya",
                        "balakoonka ayay keligood", "cunto ayay ka reebtaa"),
    },
)  # fmt: skip

# "Your husband", "your family" ("ninkaaga iyo qoyskiisaba waa dameerro"): an insult at
# someone's family is aimed at the one addressed.
LEXICON = LEXICON.extended(
    second_person=("ninkaaga", "qoyskaaga", "reerkaaga", "hooyadaa", "aabahaa", "walaashaa",
                   "walaalkaa", "xaaskaaga"),
)  # fmt: skip

# A seventeenth round, on another Somali batch written blind (so_8: recall 0.93, ordinary
# acted on 12 % before it was read), as families: a night shift, an exam or the heat that
# "killed" me or us, a burn from hot oil at work, a five-year-old's "I'll kill you" in the
# playground, a wijkteam lesson or explanation; and the disclosures: a toddler left in bed
# at five in the morning, a baby asleep in the car in the work car park, asthma medicine
# run out for weeks, a house the youth care calls dirty, letters torn up so she cannot
# learn Dutch, how to die without pain searched on the internet, "myself..." before an
# eviction.
LEXICON = LEXICON.extended(
    idioms=("imtixaanka wuu i dilay*", "shaqada wuu i dilay*", "shaqadu way i dilaysaa",
            "nachtdienst-ka wuu i dilay*", "nachtdienstka wuu i dilay*", "kulaylka wuu na dilay",
            "kulaylku wuu na dilay", "qabowgu wuu na dilay", "wadne istaag ayaan u dhimanayaa"),
    concepts={
        "MEDIA": ("casharka", "ka sharaxay", "kulan ka sameeyay", "kulan ayuu ka sameeyay"),
        "MISHAP": ("saliid kulul", "ehbo", "power rangers", "nasashada"),
        "NEGLECT": ("sariirta ayaan kaga tagaa", "daawadiisii",
                    "guriga waa wasakh", "gaariga ayaan ku seexiyaa"),
        "CONTROL": ("wuu jeexjeexaa", "uma baahnid", "anigaa kuu turjumaya"),
    },
    alarms={
        "self_harm": ("loo dhintaa xanuun", "loo dhinto xanuun", "sidee loo dhintaa"),
        "child_abuse": ("gaariga ayaan ku seexiyaa", "sariirta ayaan kaga tagaa"),
    },
)  # fmt: skip

# HABIT (see the eighteenth round in nl.py): used to it or her own fault after a laugh.
LEXICON = LEXICON.extended(
    concepts={"HABIT": ("waan u bartay", "waan la qabsaday", "anigaa mudnaa", "waan mudnaa")},
)  # fmt: skip

# An eighteenth round, on a batch of mostly ordinary Somali training messages written
# blind (so_9: ordinary acted on 15 %, recall 0.87 before they were read), as families: a
# nosebleed, a knee hurt at the gym, a finger broken at work, a toddler who bites or hits
# his brother or bangs his head, mosquito bites, a boss, the rain, the cold or the heat that
# "kill" me, my head that "explodes"; and the disclosures: my eye is blue, he opens my
# WhatsApp every day, a week unable to leave my bed, sugar water for the baby, pills saved
# in the cupboard, "you will never see them again", married to my cousin or thrown out.
LEXICON = LEXICON.extended(
    idioms=("kulaylka maanta wuu i dilay*", "roobka wuu i dilay*", "roobka maanta wuu i dilay*",
            "qofka ayuu dilaa", "maamulaha shaqada ayaa i dilaya", "shaqada ayaa i dilaya",
            "madaxa ayaa i qarxaya", "cadho ayaan la qarxay", "100 jeer ayuu dhintay"),
    concepts={
        "MISHAP": ("sanka ayaa dhiig", "sanka dhiig", "gym*", "dhaawacantay", "ku dhaawacmay",
                   "caymiska", "jilibka", "qaniin*", "toy*", "kinderdagverblijf*", "leidster*",
                   "marxalad", "cadhoodo", "kaneecad*", "dhibco cas", "screen time", "screwdriver",
                   "si khalad ah", "darawalka", "baska", "tram*", "sariirtiisa keligiis",
                   "fortnite", "minecraft"),
        "INJURY": ("ishaydu waa buluug", "ishayda waa buluug"),
        "CONTROL": ("whatsapp-kayga", "whatsappkayga", "telefoonka deriskeyga"),
        "NEGLECT": ("sariirta ka kici la'ahay", "chips keliya", "biyo sonkor leh",
                    "ma qubaysan", "tv-ga hortiisa ayaan uga tagaa"),
        "THREAT": ("weligaa ma arki doontid", "ma arki doontid"),
    },
    alarms={
        "violence": ("ishaydu waa buluug", "whatsapp-kayga maalin walba"),
        "self_harm": ("kiniinno badan ayaan", "kabadhka ku ururiyay"),
        "threat": ("weligaa ma arki doontid",),
        "child_abuse": ("inaan guursadaa ina", "biyo sonkor leh ayaan siiyaa"),
    },
)  # fmt: skip

# Something thrown at her head (see the HABIT round).
LEXICON = LEXICON.extended(
    concepts={"HURT": ("madaxa iiga tuuray", "madaxa igu dhuftay", "madaxa iga dhuftay",
                       "igu soo tuuray")},
)  # fmt: skip

# Literal uses (lit1): nettles and a snake in a terrarium on the playground or at school.
LEXICON = LEXICON.extended(
    concepts={"MISHAP": ("brandnetel*", "terrarium*", "abeeso", "speeltuin*")},
)  # fmt: skip

# A nineteenth round, on another Somali batch written blind (so_10: ordinary acted on
# 20.8 %, recall 0.90 before it was read), as families: news of war, drought and deaths
# at home and condolences, a burn from hot tea, a birth with much blood, a tooth broken at
# the pool, tooth decay, rat poison, a toddler who hits, bites or bangs his head when
# angry, a teenager's slammed door, a heart that "broke", being broke, a debt, a boss, the
# worry or tiredness that "kill" me, a fine in a "threatening" letter; and the disclosures:
# an empty fridge for a week and a mother who cannot leave her bed, "I'll slaughter you
# like an Eid sheep" that everyone calls a joke, his hands on her neck "only once", names
# that turned into pushing and slaps.
LEXICON = LEXICON.extended(
    idioms=("waan jabay", "deyn ayaa na dilaysa", "welwel ayaa i dilay", "daalku wuu i dilay*",
            "maamulahayga shaqadu maanta wuu i dilay", "maamulaha wuu i dilay", "waa dilaa",
            "qalbigaygii wuu jabay", "qalbigaygu wuu jabay", "qalbigayga wuu jabay",
            "warqad hanjabaad"),
    concepts={
        "MISHAP": ("dagaalka laascaanood", "tacsi", "ka cararay", "abaarta", "gaza",
                   "shaahii kulkulaa ayaa",
                   "malab", "kubbad awgeed", "dhalmad*", "hambalyo", "tablet*", "ganaax",
                   "janada", "geerida", "jiirar", "sun ayaan dhignay", "suus", "barkadda dabaasha",
                   "zwemles*", "sonkorow*", "timaha ka jiiday", "biilasha",
                   "voedselbank*", "schuldhulpverlening*"),
        "HURT": ("riixid", "dharbaaxo", "qoorta ayuu i qabtaa", "kuu qalayaa", "ayuu igu tuuray",
                 "igu tuuray"),
        "HABIT": ("waxay yiraahdaan waa kaftan", "hal mar uun", "ragga oo dhan sidaas"),
        "NEGLECT": ("firjiddu", "madhnayd", "rooti qalalan", "sariirta kama kici karo"),
    },
    alarms={
        "violence": ("kuu qalayaa sidii neef", "qoorta ayuu i qabtaa", "qoorta i qabtaa",
                     "riixid iyo dharbaaxo"),
        "child_abuse": ("sariirta kama kici karo", "biyo iyo rooti qalalan"),
    },
)  # fmt: skip

# Round 20 (lit2, a blind set of literal uses): things people curse at (an app, a
# machine, the weather).
LEXICON = LEXICON.extended(
    objects=("app", "app-ka", "barnaamij", "barnaamijka", "printer", "kombiyuutar", "laptop",
             "telefoon", "taleefan", "taleefanka", "mobile", "charger", "wifi", "internet",
             "internetka", "mashiin", "mashiinka", "baabuur", "baabuurka", "bas", "tareen",
             "tareenka", "gaari", "gaariga", "website", "nidaam", "nidaamka", "foom", "foomka",
             "cimilo", "cimilada", "roob", "roobka", "dabayl", "qalab", "qalabka"),
)  # fmt: skip

# Round 20 (blind11, a blind batch of everyday Somali with hard words: 15.8 % acted on
# before reading). Children or a football match "isku dil-" (fight each other, plural);
# only the singular "is dil-" is killing oneself. "Waa iska caadi" (it is just normal)
# holds "iska", no reflexive. A mouse trap ("dabinka jiirka") is no body ("jirka");
# shivering with cold is no fear; cockroaches are killed with spray; Lion King and the news
# are screens.
LEXICON = LEXICON.extended(
    idioms=("isku dileen", "isku dilaan", "isku dilayaan", "is dilayaan", "is dileen",
            "isku dila", "la isku dilaa", "la isku dilay", "way isku dil*", "waa iska caadi",
            "iska caadi", "dabinka jiirka", "jiirka dabin*", "qabow ayaan la gariir*",
            "qabowga la gariir*", "qabow la gariir*", "qabowga way la gariir*",
            "plaaster ayaan ku xiray", "plaaster ku xiray", "plaaster ku xir*",
            "faashad ku xir*", "faashad ayaan ku xiray"),
    concepts={
        "MISHAP": ("baranbaro*", "kaneeco*", "spray*", "dabin*", "jiir", "jiirka", "qabow*",
                   "heater*", "kuleyliye*", "hilib*", "basal*",
                   "kubbadda", "kubadda", "ciyaarta", "halloween", "lego*"),
        "MEDIA": ("lion king", "mufasa", "disney", "kartoon*", "journaal*", "journal*",
                  "telefishan*"),
    },
)  # fmt: skip

# Cutting a girl, said in plain words ("gabadhayda gudniin ayaa loo samaynayaa, kintirka
# ayay ka jari doonaan"): an alarm, and "kintir" there is anatomy, not an insult. It was
# listed as an unambiguous insult, so this disclosure was deleted; it is ambiguous now
# (flagged only when aimed at someone, "kintirka hooyadaa" stays an insult).
LEXICON = LEXICON.extended(
    dropped={"unambiguous": ("kintir*",)},
    ambiguous=("kintir*",),
    alarms={
        "child_abuse": ("gabadhayda gudniin", "gabadha gudniin", "gabdhaha gudniin",
                        "gabadheyda gudniin", "inantayda gudniin", "gabadha la gudayaa",
                        "gabadha la gudi doonaa", "kintirka ka jar*", "kintirka ayay ka jar*",
                        "kintirka ayaa laga jar*", "gudniinka gabdhaha", "gudniinka gabadhayda",
                        "gudniin fircooni*", "gudniinka fircooni*"),
    },
)  # fmt: skip

# Round 21 (blind12 with crude words). A parent who slapped her child till he fell,
# taken while asleep, a father who will take the children away; a school's lesson about
# body words is a workshop.
LEXICON = LEXICON.extended(
    alarms={
        "sexual_abuse": ("inaan seexdo ayuu sugaa", "markaan seexdo ayuu", "xitaa haddaan ooyo",
                         "xataa haddaan ooyo", "haddaan ooyo xitaa"),
        "violence": ("carruurta ayuu qaadan doonaa", "carruurta wuu qaadan doonaa",
                     "mar dambe ma arki doontid", "carruurta ayuu geyn doonaa"),
        "child_abuse": ("sariirta ku xiray", "sariirta ku xirtay"),
    },
    concepts={"MEDIA": ("erayada dhabta", "voorlichting")},
)  # fmt: skip

# Round 22 (blind12, hard-word everyday messages in new settings: 30.5 % acted on before
# reading). "Saalax" is a name, not stroking ("salaax-"): only stroking a body is listed
# (above); "opvang" is daycare, only the shelter ("opvanghuis") is hiding. A school that
# did not close ("ma xirmin"), two jackets put on him ("u xiray"), a miscarriage ("uur ...
# iga dhacay"), a door slammed in one's face, a washing machine that "died", fasting or
# insurance that "kills me", cops and robbers, fishing, dialysis, molars out, a car
# crash with nobody hurt, an anti-bullying week, a name called at the mosque.
LEXICON = LEXICON.extended(
    idioms=("ma xirmin", "dugsigu xiran", "dugsiga xiran", "jaakad* u xiray",
            "jaakadood ayaan u xiray", "uur ayaan lahaa", "uurka iga dhacay", "uur iga dhacay",
            "wejiga iiga xiray", "wejiga iga xiray", "wasmachine dhint*", "mashiinka dhint*",
            "soonka wuu i dil*", "soonku wuu i dil*", "verzekering* wuu i dil*",
            "biilka wuu i dil*", "qabowga wuu dil*", "juf-ka u sheeg*", "juf u sheeg*"),
    concepts={
        "MISHAP": ("booliis iyo tuug", "tuug iyo booliis", "ciyaarayeen", "kalluun*", "jillaab*",
                   "gooryaan*", "dialyse", "dialysis", "kelyaha", "gows", "ilkaha", "ilig*",
                   "tandarts*", "shil*", "baabuur ayaa nagu dhuftay", "nerf", "qoryaha nerf",
                   "tallaal*", "dhalmada", "qalliin*", "uur*", "soonka", "soonku"),
        "MEDIA": ("week tegen pesten", "pesten", "ogeysiis", "masjidka"),
    },
)  # fmt: skip

# Round 23 (fresh11, measured once before reading; tuning data since). Dying of laughter,
# "if you did not exist I would be lost" (a thank-you), the Eid animal slaughtered.
LEXICON = LEXICON.extended(
    idioms=("qosol ayaan u dhintay", "qosol u dhintay", "qosol ayaan la dhintay",
            "qosol la dhint*", "hadaadan jirin", "haddaadan jirin", "haddii aadan jirin"),
    concepts={"MISHAP": ("neefkii", "neef", "gowrac*", "ciid wanaagsan", "ciidul adxa")},
)  # fmt: skip

# Round 24 (blind13, a blind set of ordinary Somali messages: 3.3 % acted on before
# reading). A letter thrown away is no blow (only "thrown at me" is, above); "without your
# charger I would have died 😂"; "jareer" said of hair is a hair type.
LEXICON = LEXICON.extended(
    idioms=("waan dhiman lahaa", "naftayda badbaadisay", "nafteyda badbaadisay",
            "timaha jareer", "timo jareer"),
)  # fmt: skip

# Round 25 (blind14, a blind batch of short and veiled disclosures: recall 0.833 before
# reading). "I know your daughter's school", a man asking a girl of 13 for photos on
# TikTok, jumping off the Erasmus bridge "as a joke", wounds the teacher did not see, a
# swollen face she stays home with, a boy locked in a room without food, "sunna" cutting
# for a girl.
LEXICON = LEXICON.extended(
    alarms={
        "threat": ("waan naqaanaa dugsiga", "dugsiga gabadhaada", "dugsiga wiilkaaga"),
        "sexual_abuse": ("sawirro ka dalbada", "sawirro ka dalbaday", "sawiro ka dalbad*"),
        "self_harm": ("buundada ka bood*", "ka booddo buundada",
                      "buundada ka tuur*"),
        "violence": ("nabarradii way yaraadeen", "juf-ku waxba ma arkin",
                     "wajigeyga wuu bararsan", "wejigeyga wuu bararsan", "wajigayga bararsan"),
        "child_abuse": ("qolka lagu xiro", "qolka ku xiro", "cunto la diido", "cuntada la diido",
                        "sunna waa in la sameeyo", "sunnada gabdhaha", "gabadhu nadiif u ahaato"),
    },
)  # fmt: skip

# Round 26 (blind15, disclosures that name nothing: recall 0.735 before reading). Passports
# kept at his work, the neighbour who calls only her to play, no supper for bad marks, a
# hoodie all summer and a locked bathroom, "a face like this cannot go out", a belt as
# "our culture", "only when he drinks".
LEXICON = LEXICON.extended(
    alarms={
        "violence": ("baasaboorada shaqada", "baasaboorka shaqada ayuu", "marka uu cabbo oo keliya",
                     "wejigeyga sidan ah", "wajigeyga sidan ah"),
        "sexual_abuse": ("gabadhayda ayuu u yeeraa inay", "gabadhayda keliya ayuu u yeeraa"),
        "child_abuse": ("cashada lama siiyo", "cunto lama siiyo", "suunka ayuu ku edbi*",
                        "suunka ku edbi*"),
        "self_harm": ("xagaaga oo dhan hoodie", "musqusha mar walba way xirtaa"),
    },
)  # fmt: skip

# Stop 25 (from the blind training batches): "nacasnimo" is foolishness, a thing one has or
# did ("nacasnimo ayaa i haysa", "nacasnimadaydii"), not a name called at someone.
LEXICON = LEXICON.extended(idioms=("nacasnimo*", "nacasnimad*"))

# Stop 26, from the blind batches ev23-ev30: a burden said big ("kulaylkan ma adkaysan
# karo", "buuqaasi wuu i dilayaa") is no despair, no death and no threat (BURDEN, read
# within three words; see lexicons/__init__.py). Not tiredness ("waan daalay" is how
# despair is said too).
LEXICON = LEXICON.extended(
    concepts={
        "BURDEN": ("kulayl*", "kuleyl*", "qabow*", "qaboob*", "madax xanuun*", "ilko xanuun*",
                   "buuq", "buuqa*", "buuqi*", "hargab*", "duray", "imtixaan*"),
    },
)  # fmt: skip

# Stop 27, from the blind batch ev35: "bariiskii ayaan gubay" is burnt rice. Cooking is an
# everyday scene (MISHAP) for what the rules read as a blow to oneself.
LEXICON = LEXICON.extended(
    concepts={"MISHAP": ("bariis*", "hilib*", "digsi*", "canjeero*", "rooti*", "qiiq*")}
)

# Stop 27, from the blind batch ev43: many pills bought or kept ("kaniini badan oo
# paracetamol ah ayaan iibsaday") is a plan, whatever medicine they are.
LEXICON = LEXICON.extended(
    alarms={
        "self_harm": ("kaniini badan", "kiniin badan", "kiniino badan", "kaniino badan",
                      "kiniinno badan"),
    },
)  # fmt: skip

# Stop 27, from the blind batches of minimised disclosures (train/*_20): "men are like that",
# "don't ask", "it passes": said after a blow or a threat, the laugh beside it is how it is
# made small, not a joke (HABIT: see reading._in_earnest).
LEXICON = LEXICON.extended(
    concepts={
        "HABIT": ("ragga soomaalida waa sidaas", "ragga waa sidaas", "raggu waa sidaas",
                   "nimanku waa sidaas", "ha i weydiinina", "ha weydiinina"),
    },
)  # fmt: skip

# Stop 27, from the blind batch ev43: burnt making halwa ("xalwo ayaan sameeyay ...
# sonkortii kululeyd ayaa gacanta igu gubtay"). Not tea, sugar or the kitchen: hot tea
# thrown, a hot spoon for stolen sugar and a knife in the kitchen are how harm is told.
LEXICON = LEXICON.extended(concepts={"MISHAP": ("xalwo*",)})

# Stop 28, from what the rules alone still alerted on in the tuning data: "iga dhacay" is
# mostly "it fell from me" (a plate, a phone), not money taken; a child afraid of a needle,
# a balloon or a test is an everyday scene.
LEXICON = LEXICON.extended(
    dropped={"CONTROL": ("iga dhacay",)},
    concepts={
        "MISHAP": ("irbad*", "balloon*", "buufin*", "bloedprik*", "toets*", "cito"),
        # What is thrown at her stays a blow ("saxanka ayuu i tuuraa").
        "HURT": ("i tuuraa", "igu tuuraa", "igu tuuro", "ayuu i tuuraa", "madaxa iga dhacay"),
    },
)  # fmt: skip
