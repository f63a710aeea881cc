"""Dutch lists for Kring's moderation (drafted without a native speaker's review).

Netherlands and Flemish Dutch, with the street language of young people of Moroccan,
Turkish and Surinamese background. Matching is on normalised words (lower case, no
accents, doubled letters collapsed), so "idioot" and "idiot" are one entry. Left out on
purpose: "neger" and "nigger" (they normalise to "negeer", ignore, and "Niger", the
country), "kanker*" as a stem (it would swallow "kankerbehandeling" and "kankeren", to
grumble), "kut", "klote" and "je moeder" on their own ("wat kut voor je" is sympathy),
"nicht" (cousin), and words that collapse onto everyday words: "poot" is "pot" (jar),
"doos" is Spanish "dos", "kk" is "k", "tatta" is Spanish "tata" (grandad).
"""

from handlers.moderation.lexicons import LanguageLexicon

# fmt: off
_UNAMBIGUOUS = (
    # sexual insults
    "hoer", "hoeren", "hoertje", "hoertjes", "hoerig", "vuile hoer", "vieze hoer",
    "hoerenzoon*", "hoerenjong*", "hoerenkind*", "kuthoer*", "kankerhoer*", "teringhoer*",
    "tyfushoer*", "slet", "sletten", "sletje", "sletjes", "sletterig", "slettenbak*",
    "sloerie*", "snol", "snollen", "trut", "trutten", "kutwijf*", "kankerwijf*",
    "pijpslet*", "bitch*", "kahba", "qahba", "9ahba", "kahbe", "sharmoota", "sharmuta",
    "charmouta", "wld l9ahba", "weld l9ahba", "wld lqahba", "weld lqahba", "mama pima",
    "klootzak*", "kloothommel*", "rotzak*", "smeerlap*", "hufter*", "schoft*", "fucker",
    "fuckers", "motherfucker*", "moederneuker*", "neuk je moeder", "fuck je moeder",
    "fuck jou", "fuck you", "kankermoeder", "tyfusmoeder",
    # disease curses
    "kankerlijer*", "teringlijer*", "tyfuslijer*", "pleurislijer*", "klerelijer*",
    "pokkenlijer*", "pestlijer*", "kankerkind*", "kutkind*", "krijg de kanker",
    "krijg de tering", "krijg de tyfus", "krijg de pest", "krijg de pleuris",
    "krijg de klere", "krijg de kolere", "krijg de pokken", "tyfus op", "tering op",
    "pleur op", "sodemieter op", "flikker op", "oprotten", "val dood", "kys", "hou je bek",
    "houd je bek", "hou je smoel", "hou je muil", "hou je bakkes", "hjb", "bek dicht",
    "muil dicht", "stfu",
    # intelligence and disability insults
    "idioot", "idioten", "idiootje", "debiel*", "achterlijk*", "zwakzinnig*", "imbeciel*",
    "retard", "retards", "retarded", "mongool", "mongolen", "mongooltje", "kankermongool*",
    "tyfusmongool*", "spast", "spasten", "spastje", "kankerspast*",
    # ethnic and religious slurs
    "negers", "zandneger*", "bosneger*", "kankerneger*", "kutneger*", "rotneger*",
    "vuile neger", "vieze neger", "nikker*", "niggers", "nigga", "niggas", "roetmop*",
    "zwartjoekel*", "makaak*", "kaffer", "kaffers", "koelie", "koelies", "spleetoog*",
    "geitenneuker*", "kamelenneuker*", "kopvod*", "baardaap*", "moslimhoer*",
    "kutmarokkaan*", "rotmarokkaan*", "kankermarokkaan*", "vuile marokkaan", "kutturk*",
    "rotturk*", "kankerturk*", "vuile turk", "kankerjood*", "kutjood*", "vuile jood",
    "vieze jood", "vuile moslim",
    # homophobic slurs
    "flikker", "flikkers", "vuile flikker", "vieze flikker", "kankerflikker*", "zemmel",
    "zamel",
)

_AMBIGUOUS = (
    # animals
    "aap", "apen", "varken", "zwijn", "koe", "kip", "gans", "ezel", "rund", "hond", "teef",
    "rat", "kakkerlak", "geit", "schaap", "uil", "beest", "kwal", "hmar", "7mar", "hmara",
    "kelb", "khanzir", "hayawan",
    # plants, food, objects
    "eikel", "pannenkoek", "pinda", "zak", "muts", "tang", "vuilbak", "lul",
    # names, figures
    "trien", "janet", "heks", "pipo", "clown", "pias",
    # mild words people use for themselves and their children
    "dom", "stom", "dombo", "domoor", "stomkop", "stommerik", "sukkel", "oen", "sufferd",
    "dwaas", "mafkees", "kneus", "loser", "klojo", "lamzak", "zot", "onnozelaar", "onnozel",
    "druiloor", "zeurpiet", "zeikerd", "zeikwijf", "etter", "etterbak", "snotaap", "kreng",
    "lelijkerd", "dikzak", "vetzak", "tokkie", "kakker", "boer", "wijf", "mongo", "downie",
    "mskin", "zbel", "zakkenwasser", "lomperik", "pummel",
    # group words that insult only in some uses
    "homo", "mietje", "lesbo", "kaaskop", "mof", "kafir", "kkr",
    # rude, but also said to one's own children
    "rot op", "hou je mond", "hou je kop", "hou je waffel",
)

_SECOND_PERSON = (
    "je", "jij", "jou", "jouw", "jouwe", "jullie", "u", "uw", "jezelf", "uzelf", "ge",
    "gij", "gullie", "bent", "hebt", "zijt", "jy", "jw",
)

_FIRST_PERSON = (
    "ik", "me", "mij", "mijn", "mezelf", "mijzelf", "ikzelf", "ikke", "mn", "kben", "kheb",
    "kvoel", "kvind",
)

_QUOTING = (
    "zei", "zegt", "zeg", "zeggen", "gezegd", "zeiden", "zegde", "zegden", "zegt tegen",
    "zei tegen", "noemde", "noemt", "noemen", "noemden", "genoemd", "riep", "riepen",
    "roept", "roepen", "geroepen", "schreeuwde", "schreeuwt", "schreeuwen", "scheldt",
    "schold", "scholden", "schelden", "uitgescholden", "uitschelden", "uitgemaakt",
    "uitmaken", "vertelde", "vertelt", "verteld", "vroeg", "vraagt", "antwoordde", "appte",
    "appt", "stuurde", "schreef", "typte", "typt", "hoorde", "gehoord", "leerde", "geleerd",
    "vloekt", "vloekte", "vloeken", "het woord", "woord", "woorden", "scheldwoord*",
    "scheldnaam", "scheldnamen", "letterlijk",
)

_CONCEPTS = {
    "PARTNER": (
        "man", "mijn man", "manlief", "echtgenoot", "echtgenote", "vrouw", "mijn vrouw",
        "partner", "vriend", "vriendje", "vriendin", "mijn vent", "vent", "mijn lief",
        "verloofde", "wederhelft", "ex", "exman", "exvrouw", "expartner", "exvriend", "hij",
        "hem", "ie", "schoonvader", "schoonmoeder", "schoonouders", "schoonfamilie",
        "schoonbroer", "schoonzus", "zwager", "stiefvader", "vader van mijn kinderen",
        "vader van mijn kind", "vader van de kinderen", "papa", "de vader", "zijn familie",
        "rajel", "rajli", "zawji",
    ),
    "ME": (
        "ik", "me", "mij", "mezelf", "mijzelf", "ikzelf", "ikke", "kheb", "kben", "ons",
        "tegen mij", "tegen me",
    ),
    "CHILD": (
        "kind", "kinderen", "kindje", "kindjes", "kinders", "kids", "zoon", "zoontje",
        "zoons", "zonen", "dochter", "dochtertje", "dochters", "baby", "babies", "babytje",
        "jongen", "jongetje", "jongens", "meisje", "meisjes", "meid", "meiden", "meiske",
        "kleine", "mijn kleine", "kleintje", "de kleine", "onze kleine", "kleuter*",
        "peuter*", "dreumes", "tiener*", "puber*", "oudste", "jongste", "middelste",
        "stiefzoon", "stiefdochter", "pleegkind*", "pleegzoon", "pleegdochter", "ukkie",
        "joch", "jochie", "wicht", "wichtje", "manneke", "menneke", "kapoen", "boeleke",
        "broertje", "zusje", "kleinzoon", "kleindochter", "leerling*",
    ),
    "RELATIVE": (
        "mijn oom", "haar oom", "zijn oom", "de oom", "een oom", "oompje", "ome", "nonkel",
        "tante", "man van mijn tante", "aangetrouwde", "neef", "neefje", "nicht", "nichtje",
        "buurman", "buurjongen", "buurvrouw", "buren", "juf", "meester", "leraar",
        "lerares", "leraren", "leerkracht", "docent", "trainer", "coach", "opa",
        "grootvader", "bompa", "pepe", "peter", "stiefvader", "stiefpapa", "stiefmoeder",
        "stiefbroer", "de vriend van", "nieuwe vriend", "een man", "mannen", "een jongen",
        "oudere jongen", "oppas", "babysit*", "begeleider", "jeugdleider", "leider",
        "leiding", "imam", "hoca", "koranleraar", "pastoor", "priester", "dominee",
        "chauffeur", "busschauffeur", "taxichauffeur", "gastouder", "schoonvader", "zwager",
        "broer van mijn man", "familielid", "familie", "kennis", "vreemde man", "onbekende",
        "volwassene", "iemand", "hij", "hem",
    ),
    "HURT": (
        "slaan", "slaat", "sloeg", "sloegen", "geslagen", "slaag krijgen", "slaag gekregen",
        "slaag geven", "slagen krijgen", "slagen gekregen", "in elkaar geslagen",
        "in elkaar slaan", "een klap", "klap gekregen", "klappen gekregen",
        "klappen krijgen", "klappen geven", "geeft klappen", "gaf klappen", "pets",
        "petsen", "een tik", "tik gegeven", "tikken gegeven", "mep", "meppen", "mept",
        "mepte", "gemept", "dreun", "een dreun", "oplawaai", "vuistslag*", "oorvijg*",
        "draai om de oren", "kaakslag", "afranseling", "afgeranseld", "ranselen",
        "afgerost", "aframmeling", "rammeling", "pak rammel", "pak slaag", "pandoering",
        "billenkoek", "geklopt", "stompen", "stompt", "stompte", "gestompt", "bokste",
        "bokst", "geboksd", "schop*", "geschopt", "trapt", "trapte", "getrapt", "duwen",
        "duwt", "duwde", "geduwd", "een duw", "tegen de muur gegooid",
        "tegen de muur geduwd", "tegen de muur gedrukt", "op de grond gegooid",
        "op de grond geduwd", "van de trap geduwd", "wurg*", "gewurgd",
        "keel dichtgeknepen", "keel dichtknijpen", "bij de keel", "naar de keel", "knijpen",
        "knijpt", "kneep", "geknepen", "door elkaar geschud", "door elkaar schudden",
        "gooide met", "gooit met", "gooide naar", "gooit naar", "gooide me", "gooit me",
        "naar mijn hoofd", "smeet met", "smijt met", "smeet me", "smijt me", "smeet naar",
        "aan mijn haar", "aan mijn haren", "aan haar haren", "haren getrokken", "bijt me",
        "beet me", "bijt mij", "beet mij", "gebeten", "brandde me", "sigaret uitgedrukt",
        "pijn gedaan", "pijn doen", "pijn deed", "geweld", "gewelddadig*", "mishandel*",
        "hand opheffen", "hand opgeheven", "heft zijn hand", "hief zijn hand", "aanvallen",
        "aangevallen", "valt me aan", "viel me aan", "los op me", "los op mij",
        "vastgepakt", "greep me", "grijpt me", "gegrepen", "sleurde", "sleurt", "gesleurd",
        "hardhandig", "martelen", "gemarteld", "kopstoot*", "vastgebonden",
    ),
    "INJURY": (
        "blauwe plek*", "blauw", "blauw oog", "een blauw oog", "bont en blauw",
        "blauw geslagen", "bloed", "bloedde", "bloedt", "bloeden", "bloedneus",
        "gebroken arm", "gebroken neus", "gebroken rib", "gebroken pols", "gebroken kaak",
        "breuk", "kneuzing*", "gekneusd", "gezwollen", "opgezwollen", "dikke lip",
        "dik oog", "open lip", "lip kapot", "wond", "wonden", "wondje", "snee", "litteken*",
        "schram*", "striemen", "plekken", "brandwond*", "buil", "builen", "hechtingen",
        "tand eruit", "tanden eruit", "lange mouwen", "lange mouw", "make up",
        "wegschminken", "camoufleren", "verstoppen onder",
    ),
    "FEAR": (
        "bang", "banger", "bangig", "doodsbang", "angst", "angsten", "angstig",
        "doodsangst", "schrik", "vrees", "vreesde", "vrezen", "paniek", "panisch",
        "durf niet", "durft niet", "durfde niet", "niet durven", "onveilig", "niet veilig",
        "beef", "beven", "trillen", "tril", "trilde", "bibber*", "benauwd",
        "op eieren lopen", "op mijn hoede", "op mijn tenen",
    ),
    "HOME": (
        "thuis", "huis", "naar huis", "thuiskomt", "thuiskomen", "thuiskwam", "thuis komt",
        "thuiskomst", "binnenkomt", "binnenkwam", "sleutel in de deur",
        "sleutel in het slot", "deur opengaat", "voordeur", "woning", "appartement", "flat",
        "thuissituatie", "ons huis", "bij ons", "naar binnen", "als hij komt",
        "wanneer hij komt", "huiswaarts",
    ),
    "CONTROL": (
        "mijn geld", "pakt mijn geld", "neemt mijn geld", "geld afgepakt", "afgepakt",
        "afpakken", "afgenomen", "mijn telefoon", "mijn gsm", "telefoon afgepakt",
        "paspoort", "papieren", "verblijfsvergunning", "verblijfspapieren",
        "verblijfskaart", "identiteitskaart", "bankpas", "pinpas", "bankkaart", "mijn pas",
        "geen geld", "mag niet", "mag ik niet", "mocht niet", "mag niet naar buiten",
        "niet naar buiten", "mag niet werken", "niet werken", "mijn familie niet zien",
        "niet naar mijn familie", "mag niemand zien", "verbiedt", "verbood", "verbieden",
        "verboden", "sluit me op", "sluit mij op", "sloot me op", "opgesloten", "opsluiten",
        "deur op slot", "op slot", "controleert", "controleren", "controleerde",
        "checkt mijn telefoon", "leest mijn berichten", "kijkt in mijn telefoon",
        "volgt me", "volgt mij", "achtervolgt", "achtervolgd", "stalkt", "stalken",
        "gestalkt", "in de gaten", "isoleert", "geisoleerd", "toestemming", "jaloers",
        "bezitterig", "dwingt", "dwong", "gedwongen", "moet van hem", "mag van hem",
        "van hem mag", "van hem moet", "bepaalt alles", "tegen mijn wil", "geen sleutel",
    ),
    "NAMECALL": (
        "scheldt", "scheld", "schelden", "schold", "scholden", "uitgescholden",
        "uitschelden", "scheldt me uit", "noemt me", "noemde me", "maakt me uit voor",
        "maakte me uit voor", "uitgemaakt voor", "beledigt", "beledigde", "beledigd",
        "belediging*", "vernedert", "vernederde", "vernederd", "vernedering*", "kleineert",
        "kleineren", "kleineerde", "gekleineerd", "schreeuwt", "schreeuwde", "schreeuwen",
        "geschreeuwd", "krijst", "brult", "brulde", "tiert", "roept", "vloekt", "vloekte",
        "vloeken", "bespot", "lacht me uit", "uitgelachen", "kraakt me af", "afgekraakt",
        "maakt me belachelijk", "belachelijk gemaakt", "scheldnaam", "scheldnamen",
        "scheldwoord*",
    ),
    "KILL": (
        "vermoord*", "doden", "doodt", "doodde", "gedood", "dood maken", "doodmaken",
        "doodmaakt", "ik maak je af", "maakt me af", "maakte me af", "maak jou af",
        "jou afmaken", "ons afmaken", "wil me afmaken", "gaat me afmaken", "zal me afmaken",
        "doodslaan", "doodgeslagen", "sla je dood", "slaat me dood", "doodsteken",
        "steek je neer", "neersteken", "neergestoken", "steekt me", "een mes",
        "met een mes", "messen", "keukenmes", "wapen", "wapens", "pistool", "vuurwapen",
        "geweer", "doodschieten", "neerschieten", "schiet je", "ombrengen", "leg je om",
        "omleggen", "van kant maken", "keel doorsnijden", "kop eraf", "doodwurgen",
        "levend begraven", "in brand steken", "moord", "moorden", "moordenaar", "kill",
        "killen", "vergiftig*",
    ),
    "THREAT": (
        "bedreig*", "dreigt me", "dreigt mij", "dreigt ons", "dreigde me", "dreigde mij",
        "dreigt met", "dreigde met", "gedreigd", "dreigement*", "doodsbedreiging*",
        "ik weet waar je woont", "weet waar je woont", "weet waar jij woont",
        "ga je spijt van krijgen", "krijg je spijt van", "dat ga je bezuren", "bezuren",
        "zet ik je betaald", "betaald zetten", "zal je berouwen", "ik krijg je nog",
        "ik zal je vinden", "je gaat eraan", "je bent nog niet van me af",
        "ik maak je leven kapot", "leven tot een hel", "je ziet de kinderen nooit meer",
        "je ziet je kinderen nooit meer", "kinderen nooit meer zien", "stuur je terug naar",
        "laat je uitzetten", "niemand gaat je geloven", "niemand zal je geloven",
        "als je het iemand vertelt", "chanteert", "gechanteerd", "chantage", "afgeperst",
        "wraak nemen", "neem wraak", "neemt wraak", "foto's verspreiden",
        "filmpje verspreiden",
    ),
    "SEXUAL": (
        "verkracht*", "aanrand*", "aangerand", "seksueel misbruik*", "seksueel misbruikt",
        "seksuele intimidatie", "seksueel geweld", "grensoverschrijdend*",
        "ongewenst aangeraakt", "ongewenst betast", "ongewenste intimiteiten", "betast",
        "betastte", "betasten", "ontucht*", "pedofiel*", "kinderporno", "porno laten zien",
        "lastiggevallen", "valt me lastig", "valt haar lastig", "gedwongen seks",
        "seks tegen mijn wil", "dwingt me tot seks", "seks afgedwongen", "loverboy*",
        "gedwongen prostitutie", "grooming", "incest", "exhibitionist*", "potloodventer",
        "zedenzaak", "zedenpolitie",
    ),
    "TOUCH": (
        "aanraken", "aanraakt", "raakt aan", "raakte aan", "aangeraakt", "raakt haar aan",
        "raakt hem aan", "zat aan haar", "zat aan hem", "zit aan haar", "zit aan hem",
        "zat aan mijn", "zit aan mijn", "aan haar gezeten", "aan hem gezeten",
        "aan mijn dochter gezeten", "aan mijn zoon gezeten", "friemelen", "betasten",
        "strelen", "streelt", "streelde", "gestreeld", "tongzoen*", "op zijn schoot",
        "op zijn knie", "uitkleden", "uitgekleed", "kleedt uit", "kleedde uit", "bloot",
        "naakt", "broek uit", "broek naar beneden", "onder haar kleren",
        "onder zijn kleren", "onder de kleren", "onder haar rok", "in haar onderbroek",
        "in zijn onderbroek", "piemel", "plasser", "plassertje", "vagina", "penis",
        "geslachtsdeel*", "intieme delen", "in haar bed", "bij haar in bed",
        "bij hem in bed", "ons geheimpje", "geheimpje", "niet aan mama vertellen",
        "niet vertellen", "tegen haar wil", "tegen zijn wil",
    ),
    "ABUSE": (
        "mishandel*", "kindermishandeling", "huiselijk geweld", "partnergeweld",
        "relationeel geweld", "intrafamiliaal geweld", "eergerelateerd geweld", "eerwraak",
        "misbruik", "misbruikt", "misbruiken", "misbruikte", "kindermisbruik",
        "verwaarloos*", "verwaarlozen", "verwaarlozing", "psychisch geweld",
        "emotioneel geweld", "financiele uitbuiting", "uitbuiting", "uitgebuit",
        "gewelddadige relatie", "geweld thuis", "geweld in huis", "vrouwenopvang",
        "blijf van mijn lijf", "blijfhuis", "huisverbod", "contactverbod", "straatverbod",
        "gedwongen huwelijk", "uithuwelijken", "uitgehuwelijkt", "kindhuwelijk",
        "achterlating", "meisjesbesnijdenis", "genitale verminking",
    ),
    "DIE": (
        "dood", "doodgaan", "dood gaan", "doodga", "sterven", "sterf", "sterft", "stierf",
        "gestorven", "overlijden", "zelfmoord*", "zelfdoding", "suicide", "suicidaal",
        "niet meer wakker", "nooit meer wakker", "niet meer wakker worden",
        "er niet meer zijn", "niet meer zijn", "niet meer hier", "verdwijnen",
        "voor altijd weg", "een eind aan maken", "een einde aan maken", "einde aan maken",
        "uit het leven stappen", "uit het leven", "van kant", "dood zijn", "dood was",
        "niet meer leven", "het leven beeindigen", "eruit stappen",
    ),
    "WANT": (
        "wil", "wilde", "willen", "wilt", "wou", "zou willen", "wens", "wenste", "liever",
        "het liefst", "beter", "beter af", "verlang*", "hoop", "was ik maar", "had ik maar",
        "mocht ik maar", "zin om",
    ),
    "SELFHARM": (
        "snijden", "snijd", "snij", "snijdt", "sneed", "gesneden", "snijwond*", "krassen",
        "kras", "mezelf pijn", "beschadig*", "zelfbeschadiging", "pillen", "slaappil*",
        "paracetamol", "medicijnen", "overdosis", "innemen", "allemaal innemen", "springen",
        "spring", "sprong", "brug", "van de brug", "van het dak", "voor de trein",
        "onder de trein", "trein", "spoor", "touw", "ophangen", "ophang", "verhangen",
        "verdrinken", "scheermes*", "mesje", "mesjes", "polsen", "pols", "aderen",
        "verhongeren",
    ),
    "REFLEXIVE": (
        "mezelf", "mijzelf", "mijn eigen", "mn eigen", "ikzelf", "mijn polsen",
        "mijn lichaam", "mijn eigen leven",
    ),
    "LIFE": (
        "leven", "leef", "leeft", "leefde", "geleefd", "mijn leven", "het leven", "bestaan",
        "in leven", "verder leven", "doorleven", "overleven",
    ),
    "END": (
        "einde", "eind", "stoppen", "stop", "ophouden", "klaar", "klaar mee", "niet meer",
        "genoeg", "beeindigen", "eraan maken", "punt achter", "afsluiten",
    ),
    "DESPAIR": (
        "kan niet meer", "kan het niet meer aan", "kan het allemaal niet meer aan",
        "hou het niet meer vol", "houd het niet meer vol", "niet meer volhouden",
        "trek het niet meer", "zie het niet meer zitten", "zie geen uitweg", "geen uitweg",
        "uitzichtloos", "hopeloos", "geen hoop meer", "geen zin meer in het leven",
        "geen zin in het leven", "levensmoe", "het leven moe", "moe van het leven",
        "alles moe", "ben een last", "tot last", "een last voor", "blok aan het been",
        "beter af zonder mij", "beter af zonder me", "beter zonder mij",
        "niemand zou me missen", "niemand zal me missen", "niemand mist me",
        "ik geef het op", "ik geef op", "klaar met het leven", "klaar met alles",
        "waarom leef ik nog", "waarom ben ik er nog", "wat heeft het voor zin",
        "het hoeft voor mij niet meer", "zwart gat", "leeg van binnen",
        "het wordt me te veel", "alles is te veel", "alles is teveel", "depressief",
    ),
}

_ALARMS = {
    "violence": (
        "huiselijk geweld", "partnergeweld", "relationeel geweld", "intrafamiliaal geweld",
        "eergerelateerd geweld", "eerwraak", "slaat me", "slaat mij", "sloeg me",
        "sloeg mij", "schopt me", "schopte me", "word geslagen", "werd geslagen",
        "ben geslagen", "heeft me geslagen", "heeft mij geslagen", "in elkaar geslagen",
        "bont en blauw", "wurgde me", "keel dichtgeknepen", "mishandelt me",
        "mishandelt mij", "mes op mijn keel", "vrouwenopvang", "blijf van mijn lijf",
        "huisverbod",
    ),
    "child_abuse": (
        "kindermishandeling", "kindermisbruik", "mishandelt de kinderen",
        "mishandelt mijn kinderen", "slaat mijn kinderen", "slaat onze kinderen",
        "aan mijn dochter gezeten", "aan mijn zoon gezeten", "zat aan mijn dochter",
        "zit aan mijn dochter", "zat aan mijn zoon", "misbruikt mijn dochter",
        "misbruikt mijn zoon", "meisjesbesnijdenis", "genitale verminking", "kinderporno",
        "pedofiel*", "ontucht*", "verwaarlozing", "kindhuwelijk", "uithuwelijken",
        "loverboy*", "achterlating",
    ),
    "sexual_abuse": (
        "verkracht*", "aanrand*", "aangerand", "seksueel misbruik*", "seksueel misbruikt",
        "seksueel geweld", "seksuele intimidatie", "ongewenst aangeraakt", "gedwongen seks",
        "seks tegen mijn wil", "grensoverschrijdend gedrag",
    ),
    "self_harm": (
        "zelfmoord*", "zelfdoding", "suicide", "suicidaal", "mezelf van kant maken",
        "mezelf iets aandoen", "mezelf doden", "mezelf ophangen", "ik snij mezelf",
        "ik snijd mezelf", "ik doe mezelf pijn", "mezelf pijn doen", "zelfbeschadiging",
        "zelfverwonding", "was ik maar dood", "ik ben liever dood", "ik wil dood",
        "ik wil niet meer leven", "ik wil er niet meer zijn", "einde aan mijn leven",
        "uit het leven stappen", "voor de trein springen", "van de brug springen",
        "alle pillen innemen", "overdosis", "wil me ophangen", "me ophangen",
        "me van kant maken", "me iets aandoen", "mij iets aandoen", "me voor de trein",
        "me van de brug", "ik kras me", "ik kras mezelf",
    ),
    "threat": (
        "ik vermoord je", "ik maak je af", "ik sla je dood", "ik steek je neer",
        "ik weet waar je woont", "doodsbedreiging*", "bedreigt me", "bedreigt mij",
        "dreigt me", "dreigt mij", "dreigde me", "wil me vermoorden", "gaat me vermoorden",
        "dreigt me te vermoorden", "dreigt de kinderen mee te nemen", "je gaat eraan",
    ),
}
# fmt: on

LEXICON = LanguageLexicon(
    code="nl",
    unambiguous=_UNAMBIGUOUS,
    ambiguous=_AMBIGUOUS,
    second_person=_SECOND_PERSON,
    first_person=_FIRST_PERSON,
    quoting=_QUOTING,
    concepts=_CONCEPTS,
    alarms=_ALARMS,
)
