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
    # Not "zeg" alone ("jij bent een idioot zeg" is an interjection) nor "vroeg" alone
    # ("niemand vroeg jouw mening"; "vroeg" is "early" too).
    "zei", "zegt", "zeg je", "ik zeg", "zeg ik", "zeg tegen", "zeggen", "gezegd", "zeiden",
    "zegde", "zegden", "zegt tegen",
    "zei tegen", "noemde", "noemt", "noemen", "noemden", "genoemd", "riep", "riepen",
    "roept", "roepen", "geroepen", "schreeuwde", "schreeuwt", "schreeuwen", "scheldt",
    "schold", "scholden", "schelden", "uitgescholden", "uitschelden", "uitgemaakt",
    "uitmaken", "vertelde", "vertelt", "verteld", "vroeg of", "vroeg me",
    "vroeg mij", "vroeg aan", "vroeg hem", "vroeg haar", "vraagt", "antwoordde", "appte",
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
        "alle paracetamol", "strip paracetamol", "medicijnen", "overdosis", "innemen",
        "allemaal innemen", "springen",
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

# Added after a first evaluation: indirect phrasings (hiding, secrets, neglect, farewells,
# euphemisms), Flemish forms, fewer everyday words. Secrets move from TOUCH to SECRET: the
# one-word "geheimpje" matched every "geheim" by its stem, so TOUCH+SECRET made any secret
# (a birthday surprise) sexual abuse. "breuk" is also a break-up and a fraction.
# Idioms: everyday phrases ("kan niet meer wachten", "rode plekken") that must stay quiet.
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": (
            "verstop me", "verstop mij", "verstop mezelf", "verstopte me", "verstopte mij",
            "verstop ons", "verstoppen ons", "verstopten ons", "me verstoppen", "mij verstoppen",
            "mezelf verstoppen", "ons verstoppen", "zich verstoppen", "verstopt zich",
            "verstoppen zich", "verstopte zich", "verstopten zich", "zich verstopt",
            "verstop de kinderen", "kinderen verstopt", "geld verstopt", "geld verstoppen",
            "geld weggestopt", "verborgen voor", "heb verborgen", "verborgen onder", "wegstoppen",
            "weggestopt", "stop ik weg", "wegsteken", "weggestoken", "steek ik weg", "stak ik weg",
            "zodat niemand ziet", "zodat niemand zag", "zodat niemand merkt",
            "dat niemand het ziet", "niemand mag het zien", "zodat je het niet ziet",
            "zodat je niks ziet", "zodat je niets ziet", "zodat het niet opvalt",
            "lange mouwen in de zomer", "sjaal om de plekken", "sjaal over de plekken",
            "sjaal zodat", "col zodat", "coltrui zodat", "make up over", "make up eroverheen",
            "make up erover", "foundation erover", "concealer", "plekken wegwerken",
            "plekken verbergen", "plekken bedekken", "plekken wegmaken", "zonnebril zodat",
            "zonnebril binnen", "dat ik gevallen", "dat ik gestruikeld", "dat ik me gestoten",
            "dat ik mij gestoten", "tegen de deur gelopen", "tegen de deur aan gelopen",
            "tegen de kast gelopen", "zeg dat ze gevallen", "zeg dat hij gevallen",
            "zei dat ik van de trap", "zeg dat ik van de trap", "gezegd dat ik van de trap",
            "ik schrijf dit stiekem", "schrijf stiekem", "schrijf snel voordat",
            "schrijf dit voordat hij", "typ snel voordat", "stuur dit voordat hij",
            "vlucht naar de badkamer", "vluchten naar de badkamer", "vluchtte naar de badkamer",
            "schuilen voor", "schuil voor", "schuilde voor", "schuiladres", "onderduikadres",
            "onderduiken", "ondergedoken", "me verbergen", "mij verbergen", "mezelf verbergen",
            "ons verbergen", "zich verbergen", "verberg me", "verberg mij", "verberg ik",
            "ik verberg", "ik verborg", "verborg ik", "verbergen voor", "verberg voor",
            "verbergt haar armen", "verbergt haar arm", "verbergt zijn armen",
            "kinderen verbergen", "verbergt de plekken", "verberg de plekken",
            "lange mouwen zelfs in de zomer", "zelfs in de zomer lange mouwen",
            "in de zomer lange mouwen", "verstop de plekken", "verstop de blauwe",
            "plekken verstoppen", "verstop mijn armen", "verstop mijn gezicht", "zeg dat ik viel",
            "zei dat ik viel", "gezegd dat ik viel",
        ),
        "SECRET": (
            "geheimpje", "ons geheimpje", "ons geheim", "is een geheim", "het is geheim",
            "moet geheim blijven", "geheim blijven", "geheim houden", "geheimhouden",
            "in het geheim", "geheim tussen", "een geheim tussen", "geheimen met",
            "geheime rekening", "geheime telefoon", "tweede telefoon", "niet vertellen",
            "niet verder vertellen", "niet doorvertellen", "niet voortvertellen",
            "vertel het aan niemand", "vertel het niemand", "vertel niemand",
            "aan niemand vertellen", "aan niemand verteld", "aan niemand zeggen",
            "tegen niemand zeggen", "tegen niemand gezegd", "tegen niemand verteld",
            "niemand verteld", "niemand vertellen", "nog nooit verteld", "niemand weet het",
            "niemand weet dit", "niemand weet ervan", "niemand mag het weten", "niemand mag weten",
            "mag niemand weten", "niemand mag dit weten", "blijft onder ons", "onder ons blijven",
            "tussen ons blijven", "mag het niet vertellen", "mag niemand vertellen",
            "mag niks zeggen", "mag niets zeggen", "mocht niks zeggen", "mocht niets zeggen",
            "moet zwijgen", "moest zwijgen", "zeg niks tegen", "zeg niets tegen",
            "zeg het niet tegen", "niet tegen hem zeggen", "niet aan hem vertellen",
            "vertel het niet aan", "niks tegen mama zeggen", "niet tegen mama zeggen",
            "zeg niks tegen mama", "niet aan mama zeggen", "niet tegen mijn man",
            "niet aan mijn man vertellen", "ik schrijf dit stiekem", "schrijf stiekem",
            "stiekem geschreven", "typ stiekem", "schrijf snel voordat", "typ snel voordat",
            "stiekem gespaard", "stiekem geld", "stiekem sparen", "voordat hij het ziet",
            "voor hij het ziet", "voordat hij het leest", "voor hij het leest",
            "voordat hij terugkomt", "voordat hij thuis is", "als hij dit leest",
            "als hij dit ziet", "mag hij niet weten", "mag hij niet zien",
            "hij mag het niet weten", "hij mag dit niet zien", "hij weet niet dat ik",
            "zonder dat hij het weet", "zonder dat hij weet", "achter zijn rug",
            "verwijder dit bericht", "verwijder dit", "wis dit bericht", "ik verwijder dit",
            "ik wis dit", "bericht verwijderen", "ik haal dit weg", "haal het straks weg",
            "verwijder het meteen", "niet aan mama mag", "niet tegen mama mag",
            "niet aan mama vertellen", "mag mama niet weten", "mama mag het niet weten",
            "mama mag niet weten", "aan niemand te zeggen", "aan niemand te vertellen",
            "tegen niemand te zeggen", "durf het niemand", "durf het aan niemand",
            "durf het tegen niemand",
        ),
        "NEGLECT": (
            "altijd honger", "heeft altijd honger", "met honger naar school",
            "met honger naar bed", "hongerig naar school", "hongerig naar bed",
            "zonder eten naar bed", "zonder eten naar school", "nooit eten in huis",
            "nooit eten thuis", "krijgt geen eten", "krijgen geen eten", "krijgt thuis geen eten",
            "krijgt niet te eten", "geen eten krijgt", "geen eten krijgen", "geeft ze geen eten",
            "geen eten gegeven", "eten uit de vuilnisbak", "eten uit de prullenbak",
            "bedelt om eten", "steelt eten", "honger lijden", "hongerlijden", "ondervoed",
            "ondervoeding", "baby alleen thuis", "kinderen alleen gelaten", "kind alleen gelaten",
            "baby alleen gelaten", "alleen thuis gelaten", "alleen achtergelaten",
            "liet kinderen alleen", "lieten kinderen alleen", "laat baby alleen",
            "zijn de hele dag alleen", "is de hele dag alleen", "hele nacht alleen thuis",
            "nachts alleen thuis", "alleen met de baby gelaten", "alleen gelaten met de baby",
            "alleen op de baby passen", "niemand haalt hem op", "niemand haalt haar op",
            "niemand haalt ze op", "niemand komt hem halen", "niemand komt haar halen",
            "nooit opgehaald", "niemand kijkt naar ze om", "niemand kijkt naar hem om",
            "niemand kijkt naar haar om", "altijd vieze kleren", "altijd vuile kleren",
            "dezelfde vieze kleren", "wordt niet gewassen", "heeft geen winterjas",
            "zomerkleren in de winter", "sluiten hem buiten", "sluit hem buiten",
            "sluiten haar buiten", "sluit haar buiten", "sluiten ze buiten", "buiten gezet",
            "buitengezet", "laten hem buiten staan", "laten haar buiten staan", "zwerft op straat",
            "zwerven op straat", "geen winterjas heeft", "krijgt geen winterjas",
            "hebben niks te eten", "hebben niets te eten", "krijgen niks te eten",
            "krijgt niks te eten", "krijgt niets te eten", "thuis nooit eten", "nooit genoeg eten",
            "luier wordt nooit verschoond", "dagen niet verschoond", "uren niet verschoond",
            "wordt nooit gewassen", "vraagt bij ons om eten", "niemand zorgt voor hem",
            "niemand zorgt voor haar", "niemand zorgt voor ze", "niemand zorgt voor de kinderen",
            "staat buiten in de kou", "moet buiten in de kou", "al dagen dezelfde vieze",
            "niet van school opgehaald", "nooit van school opgehaald",
            "blijft alleen achter op school",
        ),
        "DESPAIR": (
            "als mij iets overkomt", "als er iets met mij gebeurt", "als mij iets gebeurt",
            "als me iets overkomt", "zorg goed voor mijn kinderen", "zorg jij voor mijn kinderen",
            "zorgen jullie voor mijn kinderen", "afscheidsbrief", "afscheidsbrieven",
            "elk kind een brief", "brief voor mijn kinderen", "brief voor elk kind",
            "brieven voor mijn kinderen", "afscheid nemen van mijn kinderen",
            "afscheid van mijn kinderen", "afscheid nemen van het leven", "afscheid van het leven",
            "vaarwel", "dit is mijn laatste bericht", "jullie horen nooit meer van mij",
            "voor altijd afscheid", "afscheid nemen voor altijd",
            "jullie horen niets meer van mij", "beter af met een andere",
            "beter met een andere moeder", "verdienen een betere moeder",
            "verdient een betere moeder", "een betere moeder verdienen",
            "verdienen een betere mama", "beter af als ik er niet", "beter af als ik weg",
            "zonder mij beter", "zonder mij zijn ze beter", "allemaal geen zin",
            "alles heeft geen zin", "niets heeft zin", "niks heeft zin", "niets heeft nog zin",
            "niks heeft nog zin", "het leven heeft geen zin", "nergens zin meer in",
            "wat is nog het nut", "waarom zou ik nog doorgaan", "waarom zou ik doorgaan",
            "waarom zou ik nog leven", "waarom zou ik nog verder", "waarom nog doorgaan",
            "waarom doorgaan", "waarom nog verder leven", "waarom ga ik nog door",
            "kan thuis niet meer ademen", "kan hier niet meer ademen", "ik stik in dit huis",
            "kan dit niet meer", "kan echt niet meer", "kan gewoon niet meer",
            "kan dit echt niet meer", "kan het echt niet meer", "trek dit niet meer",
            "hou dit niet meer vol", "houd dit niet meer vol", "hou het niet meer",
            "houd het niet meer", "beter als ik verdwijn", "beter als ik gewoon verdwijn",
            "kan beter verdwijnen", "wil gewoon verdwijnen", "als ik er niet meer ben",
            "als ik er niet meer zou zijn", "als ik weg ben heeft iedereen rust",
            "dan zijn jullie van mij af", "niemand meer tot last", "ben ik er niet meer",
            "ik sta bij het water", "ik sta aan het water", "ik sta op de brug",
            "ik sta op het dak", "ik sta aan de rand", "ik sta bij de rails",
            "ik sta bij het spoor", "ik zit op het dak", "ik zit op de brug", "ik ga naar de brug",
            "ik ga naar het spoor", "alle pillen in mijn hand", "pillen in mijn hand",
            "alle pillen klaar", "pillen gespaard", "pillen verzameld", "pillen opgespaard",
            "alle slaappillen", "alle pillen tegelijk", "alle pillen ineens",
            "wil dat alles stopt", "wil dat het allemaal stopt", "wil dat alles ophoudt",
            "wil dat het allemaal ophoudt", "ik ben het leven zat", "het leven zat",
            "ieder kind een brief", "kinderen een brief geschreven", "brief voor ieder kind",
            "elk van mijn kinderen een brief", "als ik er niet ben heeft iedereen rust",
            "zonder mij heeft iedereen rust", "ik stik in dit huwelijk",
            "zorg dan voor mijn kinderen", "zorg dan goed voor",
        ),
        "FEAR": (
            "ik verstijf", "verstijfd", "verstijven", "doodsbenauwd", "trillend", "beefde",
            "sidder*", "loop op eieren", "liep op eieren", "lopen op eieren", "op eieren",
            "op mijn tenen lopen", "krimp ineen", "kromp ineen", "ineenkrimpen", "krimp in elkaar",
            "kromp in elkaar", "kruipt weg", "kruipen weg", "kruip weg", "duikt weg", "dook weg",
            "deinst terug", "schrikt van elk geluid", "schrikt bij elk geluid", "schrikachtig",
            "handen voor haar gezicht", "handen voor zijn gezicht", "armen voor haar hoofd",
            "armen voor zijn hoofd", "hart in mijn keel", "hart bonst", "hart bonkt",
            "verlamd van angst", "durf niet te slapen", "kan niet slapen van angst",
            "slaap niet van angst", "doodsbang", "als hij zijn stem verheft", "ik bevries",
            "bevries ik", "ik bevroor", "bevroor ik", "bevries helemaal", "verstijf ik",
        ),
        "INJURY": (
            "brandplek*", "brandwonden", "sigarettenbrand*", "brandplekken van sigaretten",
            "bijtwond*", "bijtplek*", "bijtsporen", "tandafdruk*", "vingers in haar nek",
            "vingerafdrukken op haar nek", "vingerafdrukken in haar nek", "plekken op haar nek",
            "plekken in haar nek", "plekken op mijn nek", "plekken in mijn nek",
            "afdruk van een hand", "afdruk van zijn hand", "wurgplek*", "wurgsporen",
            "striemen op", "sporen van de riem", "afdruk van de riem", "kapotte lip",
            "gescheurde lip", "lip gescheurd", "lip opengeslagen", "lip was kapot", "blauwe armen",
            "blauwe benen", "blauwe rug", "blauwe billen", "blauw en geel", "geel en blauw",
            "blauwe nek", "blauwe plekken", "plukken haar eruit", "zei dat ik gevallen",
            "zeg dat ik gevallen", "gezegd dat ik gevallen", "zeggen dat ik gevallen",
            "zei dat ik van de trap", "zeg dat ik van de trap", "gezegd dat ik van de trap",
            "dat ik gevallen was", "dat ik gevallen ben",
        ),
        "TOUCH": (
            "doet dingen met haar", "doet dingen met hem", "deed dingen met haar",
            "deed dingen met hem", "dingen met haar doet", "dingen met hem doet",
            "rare dingen met", "vreemde dingen met", "doet rare dingen", "doet vreemde dingen",
            "raakt haar daar", "raakt hem daar", "daar aanraken", "daar aangeraakt",
            "zit daar aan", "zat daar aan", "aan haar billen", "aan haar borsten",
            "aan haar kruis", "in haar kruis", "tussen haar benen", "tussen zijn benen",
            "nachts op haar kamer", "nachts in haar kamer", "nachts naar haar kamer",
            "nachts op zijn kamer", "sluipt naar haar kamer", "stuurt haar foto*",
            "stuurde haar foto*", "stuurt hem foto*", "vraagt haar om foto*",
            "vroeg haar om foto*", "vraagt om foto's van haar", "vraagt om fotos van haar",
            "foto's van haar lichaam", "fotos van haar lichaam", "foto* zonder kleren",
            "blote foto*", "vieze foto*", "vieze filmpjes", "laat haar filmpjes zien",
            "liet haar filmpjes zien", "laat hem filmpjes zien", "laat haar dingen zien",
            "geheim spelletje", "geheime spelletjes", "geheim spel", "speciaal spelletje",
            "alleen met haar zijn", "alleen met hem zijn", "moet alleen komen",
            "alleen bij hem komen", "kust haar op de mond", "zoent haar op de mond",
            "kust hem op de mond", "om foto's van haar", "om fotos van haar", "haar foto's stuurt",
            "haar fotos stuurt", "haar foto's stuurde", "hem foto's stuurt",
            "haar om foto's vraagt", "haar om foto's vroeg", "haar filmpjes laat zien",
            "hem filmpjes laat zien", "wil dat ze alleen komt", "wil dat ze alleen binnenkomt",
            "wil dat ze alleen naar", "wil haar alleen spreken", "foto's in haar ondergoed",
            "fotos in haar ondergoed", "foto in haar ondergoed", "foto's in haar onderbroek",
        ),
        "SEXUAL": (
            "naaktfoto*", "naakt foto*", "sexting", "sextortion", "seksfilmpje*", "dickpic*",
            "seksuele berichten", "seksueel getinte", "ongepaste foto*", "ongepaste berichten",
            "ongepast aangeraakt", "seks met haar", "seks met een kind", "seks met mijn dochter",
            "seks tegen mijn zin", "tegen mijn zin seks", "seks terwijl ik sliep",
            "seks als ik niet wil", "seks terwijl ik niet wil", "zedendelict", "zedenmisdrijf",
            "vingeren",
        ),
        "CONTROL": (
            "neemt mijn telefoon af", "pakt mijn telefoon af", "pakt mijn gsm af",
            "papieren afgepakt", "houdt mijn paspoort", "houdt mijn papieren",
            "heeft mijn paspoort", "leest mijn appjes", "leest mijn whatsapp",
            "kijkt mijn berichten", "deelt mijn locatie", "volgt mijn locatie",
            "weet altijd waar ik ben", "moet zeggen waar ik ben", "moet laten weten waar ik ben",
            "mag niet alleen naar buiten", "mag niet zonder hem", "mag de deur niet uit",
            "mag niet naar mijn familie", "mag mijn moeder niet bellen", "mag geen vriendinnen",
            "mag niet naar de taalles", "mag niet naar taalles", "mag niet naar mijn werk",
            "mag niet naar de cursus", "sluit ze op", "sloot ze op", "sluit de kinderen op",
            "sloot de kinderen op", "sluiten de kinderen op", "sluit haar op", "sloot haar op",
            "sluit hem op", "sloot hem op", "sluit ons op", "sloot ons op", "bedelen om geld",
            "moet om geld vragen", "moet smeken om geld", "smeken om geld", "krijg geen cent",
            "geeft me geen geld", "geen eigen geld", "geen eigen rekening",
            "geen eigen bankrekening", "elke euro verantwoorden", "elke cent verantwoorden",
            "alles op zijn naam", "pakt mijn uitkering", "houdt mijn uitkering",
            "pakt mijn kinderbijslag", "schulden op mijn naam", "volgt me overal", "gps tracker",
            "volgapp", "opgesloten in de kelder", "in de kelder opgesloten", "in de kelder gezet",
            "wil mijn wachtwoord", "wil al mijn wachtwoorden", "moet mijn wachtwoord geven",
            "kent al mijn wachtwoorden", "eist mijn wachtwoord", "staat steeds voor mijn deur",
            "staat elke dag voor mijn deur", "blijft voor mijn deur staan",
            "bonnetjes aan hem laten zien", "krijg geen geld van hem",
        ),
        "THREAT": (
            "ik zou maar oppassen", "zou ik maar oppassen", "weet op welke school",
            "ik weet waar je kinderen", "weet waar je kinderen", "weet waar jouw kinderen",
            "ik weet waar je werkt", "weet waar je werkt", "ik weet waar je dochter",
            "ik weet waar je zoon", "steek je auto", "steek je huis", "je auto in brand",
            "je huis in brand", "je auto in de fik", "je huis in de fik", "op je af sturen",
            "op je afsturen", "mijn broers op je af", "mijn man op je af", "laat je pakken",
            "laat je in elkaar slaan", "laat je afmaken", "wacht maar tot ik je", "tot ik je vind",
            "als ik je vind", "als ik je te pakken krijg", "ik pak je nog", "ik krijg je wel",
            "we weten je te vinden", "ik weet je te vinden", "breek je benen", "je benen breken",
            "breek je nek", "je nek breken", "breek je botten", "sla je kapot", "sla je in elkaar",
            "ik sla je", "ik maak je kapot", "ik maak je dood", "je bent er geweest",
            "je bent nog niet klaar met mij", "pas maar op jij", "pas jij maar op",
            "kijk jij maar uit", "kijk maar uit jij", "jij moet oppassen", "pas maar op voor mij",
            "pas op voor mij", "kijk maar uit voor mij", "je zult het nog zien",
            "jij zult het zien", "je zal het nog zien", "je gaat het nog zien",
            "jullie zullen het nog zien", "wacht maar je zult", "jij krijgt spijt",
            "weet op welke school je", "weet welke school je kinderen", "weet naar welke school",
            "stuur mijn man op je af", "stuur mijn broers op je", "stuur mijn broers naar je",
            "ik stuur mensen naar je", "stuur mensen op je af",
        ),
        "KILL": (
            "maak haar af", "maakt haar af", "mes gestoken", "met een mes gestoken",
            "stak me neer", "stak haar neer", "stak hem neer", "pakte een mes", "pakt een mes",
            "mes op haar keel", "mes tegen mijn keel", "doodgestoken", "doodgeschoten",
            "neergeschoten", "doodschop*", "doodgeschopt", "omgebracht", "om het leven brengen",
            "afslachten", "onthoofd*", "maak je koud", "afknallen", "knal je neer",
            "kogel door je kop", "kogel door je hoofd", "wil me dood", "wil ons dood",
            "doodkloppen", "me zou afmaken", "zou me afmaken", "me wil afmaken", "me gaat afmaken",
        ),
        "HURT": (
            "klopt me", "klopt mij", "klopte me", "klopte mij", "klopt de kinderen",
            "kloppen krijgen", "stampt me", "stampte me", "stampt haar", "stampte haar",
            "stampt hem", "smakte me", "smakt me", "een lap gekregen", "met de riem",
            "met een riem", "met de broekriem", "met de slipper", "met een slipper",
            "met de pantoffel", "met de stok", "met een stok", "oren getrokken", "hard vastgepakt",
            "pakt haar hard vast", "striemen", "sigarettenbrand*", "brandplekken van sigaretten",
            "wurgplek*", "wurgsporen", "sporen van de riem", "afdruk van de riem",
            "vingerafdrukken op haar nek", "vingerafdrukken in haar nek", "afdruk van zijn hand",
            "heeft me gestoken", "heeft haar gestoken", "aan zijn oor getrokken",
            "aan zijn oren getrokken", "trekt aan zijn oor", "trekt aan haar oor",
            "sigaret op haar", "sigaret op zijn", "sigaret op mijn",
        ),
    },
    alarms={
        "child_abuse": (
            "hij slaat de kinderen", "hij sloeg de kinderen", "hij slaat mijn zoon",
            "hij slaat mijn dochter", "slaat ze met de riem", "sloeg ze met de riem",
            "met de riem geslagen", "met een riem geslagen", "met de riem slaan",
            "met de broekriem geslagen", "met de slipper geslagen", "met een stok geslagen",
        ),
    },
    dropped={
        "TOUCH": (
            "geheimpje", "ons geheimpje", "niet vertellen",
        ),
        "INJURY": (
            "breuk",
        ),
    },
    idioms=(
        "kan niet meer van het lachen", "kon niet meer van het lachen", "kan niet meer wachten",
        "kon niet meer wachten", "kan niet meer stoppen met lachen", "kan het niet meer vinden",
        "kan niet meer vinden", "schrik me dood", "schrok me dood", "schrik me rot",
        "schrok me rot", "stik van de honger", "stik van het lachen",
        "dit is mijn laatste bericht in", "rode plekken", "rode plekjes", "plekken vrij",
        "geen plekken meer", "plekken beschikbaar",
    ),
)
# fmt: on

# Added while tuning on the tuning two thirds of the evaluation set (general phrasings that
# were missing: throwing things, "you'll see", "things with me", the fall story).
LEXICON = LEXICON.extended(
    concepts={
        "HURT": ("klap", "klappen", "klapt", "klapte", "gooit dingen", "gooide dingen",
                 "smijt", "smeet", "sla ik mijn hoofd", "hoofd tegen de muur"),
        "THREAT": ("dan zul je zien", "dan zal je zien", "kom ik naar je huis",
                   "ik weet waar jouw kinderen"),
        "TOUCH": ("deed dingen met", "doet dingen met", "dingen met mij", "dingen met haar",
                  "dingen met hem"),
        "HIDE": ("zeg maar ik ben gevallen", "zeg maar dat ik gevallen ben",
                 "zeggen dat ik gevallen ben", "zei dat ik gevallen was"),
        "SELFHARM": ("hoofd tegen de muur", "mezelf pijn", "krassen op mijn arm"),
    },
)  # fmt: skip

# A second round, on new messages written by someone who had not seen these lists (their
# tuning two thirds): everyday scenes (MISHAP) that explain a bruise or "ik maak je dood"
# away, and the wider words of disclosures: locking up, giving things away, farewells,
# pills by the strip, a child left in the cold, screams next door.
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": (
            "gevallen", "viel", "valt", "vallen", "gestruikeld", "gestoten", "stootte",
            "speeltuin", "klimrek", "glijbaan", "schommel", "trampoline", "fiets*", "gefietst",
            "step", "skaten", "voetbal*", "de bal", "een bal", "bal", "wedstrijd", "training",
            "sport*", "gym", "gymles", "zwemles", "judo", "karate", "turnen", "spel",
            "spelletje*", "game*", "gamen", "fortnite", "minecraft", "roblox", "playstation",
            "xbox", "film", "films", "serie", "netflix", "horror*", "tekenfilm", "koken", "kook",
            "snijplank", "pompoen", "uien", "groente*", "aardappel*", "vlees", "recept",
            "niks gebroken", "niets gebroken", "niks ergs", "niets ergs", "dokter zei",
            "huisarts zei", "valt mee", "viel mee", "prik", "prikje", "vaccin*", "inenting*",
            "tandarts", "haha", "hahaha",
        ),
        "CONTROL": (
            "opsluit", "sluit op", "sluit haar op", "sluit hem op", "sluiten op", "kelder",
            "in de kelder", "buitengesloten", "buiten gezet", "zet buiten", "op het balkon",
            "houdt het geld", "al het geld", "mijn loon", "mijn uitkering",
            "mag niet naar taalles", "mag niet naar de les", "mag niet alleen",
            "niet alleen naar buiten", "pakt mijn sleutels", "neemt mijn sleutels",
        ),
        "KILL": ("mes", "het mes", "steek neer", "steek hem neer", "steek haar neer",
                 "neerknallen", "vergif", "in de fik", "in brand", "benzine"),
        "THREAT": (
            "wat beleven", "zal ze wat beleven", "zal hij wat beleven", "ik ga haar vinden",
            "ik ga hem vinden", "ik vind je", "vindt hij mij", "hij vindt me", "wel vindt",
            "zie ik ze nooit meer", "zie je ze nooit meer", "nooit meer zien",
            "neemt de kinderen mee", "pakt de kinderen", "kinderen meenemen",
            "kinderen afpakken", "ontvoer*", "ik zweer het", "als je weggaat",
            "als ik wegga", "als ik weg ga",
        ),
        "SELFHARM": (
            "strip", "strip paracetamol", "pillen genomen", "alle pillen", "doosje pillen",
            "krab*", "open gekrabd", "armen open", "benen open", "balkon", "verdieping",
            "op het dak", "naar beneden", "naar beneden springen", "in het water",
            "niet meer eten", "haren uit", "hoofd bonken",
        ),
        "DESPAIR": (
            "weet het niet meer", "ik weet het niet meer", "niet meer verder",
            "kan niet verder", "kan niet meer verder", "spullen weg", "spullen weggeven",
            "geeft haar spullen weg", "geeft zijn spullen weg", "afscheid nemen",
            "neem afscheid", "laatste bericht", "vergeef me", "vergeef mij",
            "sorry voor alles", "de enige manier", "iets voelen", "wat is het nut",
            "heeft geen zin meer", "geen zin meer", "wil niet meer wakker",
            "beter zonder mij", "zonder mij beter", "slaap en word niet meer wakker",
        ),
        "NEGLECT": (
            "niks te eten", "niets te eten", "geen eten", "droog brood", "niet gegeten",
            "dagen niet gegeten", "al 2 dagen niet", "bed niet uit", "mijn bed niet uit",
            "niet naar school", "in de kou", "zonder jas", "in zijn onderbroek buiten",
            "alleen thuis", "uren alleen", "dagen alleen", "roept al een uur",
            "huilt al uren", "huilt al een uur", "niemand doet open", "vies en hongerig",
            "geen luiers",
        ),
        "FEAR": (
            "help gillen", "om hulp", "hulp roepen", "riep om hulp", "gillen om hulp",
            "daarna was het stil", "klappen gehoord", "slaan gehoord",
            "elke nacht ruzie", "schreeuwen en slaan", "in de war", "geschrokken",
        ),
        "TOUCH": ("onderbroek", "aan haar onderbroek", "op schoot", "billen", "borsten",
                  "aan haar borsten", "tussen haar benen", "zijn hand op", "hand op mijn"),
        "PARTNER": ("die vent", "mijn vriend", "haar vriend", "haar man", "haar vent"),
        "RELATIVE": ("die vent", "die man", "vent van de overkant", "bovenburen",
                     "onderburen", "overburen"),
    },
    idioms=("ik word er gek van",),
    dropped={"SEXUAL": ("vingeren",)},  # its stem is "vinger": a cut finger is not abuse
)
# fmt: on

# A third round, on the training messages (written apart from the evaluation set): the news
# and what is on screen (MEDIA), and a child's fear of dogs, spiders or the dark (MISHAP).
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("nieuws", "journaal", "uitzending", "programma", "documentaire", "podcast",
                  "film", "serie", "npo", "tv", "televisie", "in de krant", "artikel", "boek",
                  "roman", "youtube", "in het nieuws", "op tv", "op televisie"),
        "MISHAP": ("hond", "honden", "spin", "spinnen", "donker", "nachtmerrie*", "onweer",
                   "speelgoed*", "waterpistool*", "per ongeluk"),
    },
)  # fmt: skip

# Inflection and the small words around an insult (see `LanguageLexicon`): plurals and
# diminutives of a listed word ("sukkels", "idiootjes"; a doubled consonant is squeezed
# anyway), the determiners that make an ambiguous word a thing ("de kip", "jouw hond"),
# calls ("hé sukkel") and intensifiers. "zijn" is "his" and "are" ("jullie zijn apen"),
# so it is no determiner here; ("vuile rat", "stomme koe"). "kwalen" (ailments)
# and "zemelen" (bran) are words of their own.
# fmt: off
LEXICON = LEXICON.extended(
    inflections=("s", "en", "je", "jes", "tje", "tjes", "pje", "pjes", "etje", "etjes"),
    not_inflected=("kwalen", "zemelen", "boertje", "boertjes"),
    determiners=("de", "het", "t", "die", "dat", "deze", "dit", "mijn", "mn", "m'n", "jouw",
                 "je", "haar", "hun", "onze", "ons", "uw", "geen", "elke",
                 "ieder", "iedere", "welke", "twee", "drie", "vier", "veel", "alle", "die",
                 "dezelfde", "hetzelfde", "zo'n", "zulke"),
    vocatives=("he", "hey", "hee", "hei", "ey", "oi", "jij", "stelletje"),
    # "kut" and "kanker" on their own are sympathy and a disease ("wat kut", "ze heeft
    # kanker"); written onto the word they are `curse_prefixes`.
    intensifiers=("vuile", "vieze", "stomme", "domme", "smerige", "gore", "lelijke",
                  "tering", "tyfus", "achterlijke", "vuil", "rot"),
    articles=("een", "n", "'n"),
    copulas=("ben", "bent", "is", "zijn", "was", "waren", "blijf", "blijft", "bleef", "lijk",
             "lijkt", "leek", "word", "wordt", "werd", "noem", "noemt", "echt", "zo", "zo'n",
             "gewoon", "toch"),
    situation_after=("dat", "van", "om"),
    # ("Dombo" is also the elephant of the film.)
    people=("domoor", "stomkop", "stommerik", "sukkel", "oen", "sufferd", "dwaas",
            "mafkees", "kneus", "loser", "klojo", "lamzak", "onnozelaar", "druiloor",
            "zeurpiet", "zeikerd", "zeikwijf", "etterbak", "kreng", "lelijkerd", "dikzak",
            "vetzak", "tokkie", "kakker", "wijf", "mongo", "downie", "zakkenwasser", "lomperik",
            "pummel", "mietje", "lesbo", "kaaskop", "mof", "kafir", "kkr", "gestoorde",
            "profiteur", "leugenaar", "aso", "viespeuk", "dikkerd", "mislukkeling", "malloot",
            "psychopaat", "klaploper", "nietsnut", "luilak", "huichelaar"),
    curse_prefixes=("kanker", "tering", "tyfus", "kut", "klere", "kolere", "pleuris", "pokken",
                    "pest"),
    # Scum, lowlife, a nitwit: insults that have no innocent reading in a parents' group.
    unambiguous=("uitschot", "gajes", "klootviool*", "randdebiel*", "kutmens", "kutvrouw*",
                 "kutventje", "teringwijf*", "tyfuswijf*", "pleuriswijf*", "ploert", "ploerten",
                 "schorem", "gespuis", "hoerenloper*", "stuk vreten", "stuk stront",
                 "stuk vuil"),
    # Also a harness, a diagnosis, a pest in the garden, a fib-teller child ...
    ambiguous=("tuig", "gestoord", "gestoorde", "parasiet", "profiteur", "leugenaar", "aso",
               "asociaal", "viespeuk", "hersenloos", "hersenloze", "dikkerd", "mislukkeling",
               "malloot", "psychopaat", "halve gare", "klaploper", "nietsnut", "luilak",
               "huichelaar"),
)  # fmt: skip

# A fourth round, on the false alarms of the training messages and of the first fresh set:
# what a controlling partner takes (money, a phone, papers, permission) is only a scene on
# its own (BELONGING): "mijn telefoon is dood", "ik ben mijn paspoort kwijt" raise nothing,
# "hij heeft mijn paspoort" still does. Sport, a pillow fight and the dentist are everyday
# scenes (MISHAP); a fairy tale is a story (MEDIA).
LEXICON = LEXICON.extended(
    concepts={
        "BELONGING": ("mijn geld", "mijn telefoon", "mijn gsm", "paspoort", "papieren",
                      "verblijfsvergunning", "verblijfspapieren", "verblijfskaart",
                      "identiteitskaart", "bankpas", "pinpas", "bankkaart", "mijn pas",
                      "geen geld", "toestemming", "niet werken", "jaloers", "mag niet",
                      "mag ik niet", "mocht niet", "mijn loon", "mijn uitkering",
                      "mijn sleutels"),
        "MISHAP": ("boksen", "bokser", "kickboks*", "taekwondo", "basketbal", "hockey",
                   "handbal", "zwemmen", "zwembad", "kussengevecht", "stoeien", "tandarts",
                   "rijles", "rijexamen", "scheidsrechter"),
        "MEDIA": ("sprookje*", "heks", "heksen", "hans en grietje", "roodkapje",
                  "sneeuwwitje", "verhaaltje*", "voorleesboek*", "voorlezen", "de boze wolf"),
    },
    dropped={
        "CONTROL": ("mijn geld", "mijn telefoon", "mijn gsm", "paspoort", "papieren",
                    "verblijfsvergunning", "verblijfspapieren", "verblijfskaart",
                    "identiteitskaart", "bankpas", "pinpas", "bankkaart", "mijn pas",
                    "geen geld", "toestemming", "niet werken", "jaloers", "mag niet",
                    "mag ik niet", "mocht niet", "mijn loon", "mijn uitkering"),
    },
)  # fmt: skip

# A fifth round, on the misses of the first fresh set, written as families for every
# language rather than as the missed sentences: the police at the door, fleeing with the
# children and being followed, "he did things to me" as a euphemism, a child left alone.
LEXICON = LEXICON.extended(
    concepts={
        "POLICE": ("politie", "de politie", "agenten", "agent", "112 gebeld", "112 bellen",
                   "de buren hebben gebeld", "de buren hadden gebeld", "buren belden"),
        "HIDE": ("gevlucht", "weggevlucht", "gevlucht met de kinderen",
                 "weggelopen met de kinderen", "bij mijn zus", "bij mijn moeder slapen",
                 "blijf van mijn lijf", "blijf-van-mijn-lijfhuis", "opvanghuis",
                 "vrouwenopvang", "niks was",
                 "er niks aan de hand was", "gezegd dat er niets was"),
        "CONTROL": ("wacht me op", "wacht ons op", "staat me op te wachten", "belt elke dag",
                    "belt me steeds", "blijft bellen", "wacht bij de school"),
        "NEGLECT": ("dagen alleen", "de hele dag alleen", "hele dagen alleen",
                    "alleen thuis gelaten", "niemand zorgt voor", "krijgt geen eten",
                    "heeft altijd honger", "aan de deur omdat ze honger"),
    },
    alarms={
        "sexual_abuse": ("dingen met me gedaan", "dingen met me deed", "dingen met haar deed",
                         "dingen met hem deed", "aan me zat", "aan haar zat", "aan hem zat",
                         "aan me zitten", "iets met me gedaan", "iets met haar gedaan"),
    },
)  # fmt: skip

# Insults, a sixth round (the first fresh set's misses as families): an order to go or be
# quiet addresses someone ("ga weg", "hou je mond"), "allemaal" aims a plural at a group,
# and the plural of "wijf" changes its last letter ("wijven").
LEXICON = LEXICON.extended(
    second_person=("ga weg", "rot op", "donder op", "hou je mond", "hou je bek", "kop dicht",
                   "allemaal", "stuk voor stuk"),
    unambiguous=("kutwijven", "kuttewijven", "teringwijven", "kankerwijven"),
)  # fmt: skip

# A seventh round, on the second fresh set's misses and false alarms, as families: a child
# who hit another child at school is a scene (MISHAP), not abuse; "I know where she lives,
# I'll wait for her" is a threat; a parent who says she hits her own child is heard; the
# helplines are named; "sleep and not wake up" is despair; a whole people called thieves or
# dirty is an insult aimed at them.
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": ("een ander kind", "ander kind", "andere kinderen", "klasgenoot*",
                   "op de speelplaats", "op het schoolplein", "in de klas", "de juf belde",
                   "juf belde", "meester belde", "broertje en zusje", "ruzie met zijn broer",
                   "ruzie met haar zus"),
        "THREAT": ("weet waar ze woont", "weet waar hij woont", "weet waar je woont",
                   "ik wacht haar op", "ik wacht hem op", "ik wacht je op", "dan zal ze zien",
                   "dan zal hij zien", "ze gaat het zien", "hij gaat het zien",
                   "zal het weten ook"),
        "DESPAIR": ("slapen en niet meer wakker", "niet meer wakker worden",
                    "wil verdwijnen", "wil gewoon verdwijnen", "er niet meer zijn"),
        "HURT": ("gaat met zijn handen", "handen los", "losse handjes"),
    },
    alarms={
        "violence": ("veilig thuis", "1712", "blijf van mijn lijf"),
        "child_abuse": ("ik sla hem", "ik sla haar", "ik sla mijn", "ik heb hem geslagen",
                        "ik heb haar geslagen", "ik sla ze harder", "ik geef hem een pak slaag",
                        "ik geef ze klappen", "met de slipper", "met de riem"),
    },
    second_person=("marokkanen", "turken", "somaliers", "syriers", "buitenlanders",
                   "vluchtelingen", "polen", "zwarten", "moslims", "joden"),
    ambiguous=("dieven", "vies volk", "smerig volk", "profiteurs", "makak", "makakken"),
    unambiguous=("kanker lijer", "kanker lijers", "tering lijer"),
)  # fmt: skip

# Shame and anger said big ("ik schaam me dood") are idioms.
LEXICON = LEXICON.extended(idioms=("schaam me dood", "schaamde me dood", "word gek",
                                   "ik word gek", "ontplof bijna"))  # fmt: skip

# An eighth round, on the third fresh set's misses, as families in every language: a child
# locked in or left a night without food, a partner waiting at the school with his mates,
# "he will pay for it", setting someone on fire, goodbye letters and affairs put in order,
# a relative who opens the bathroom door, a stranger online who asks a child for photos in
# a more private app, a child engaged or married off, freeloaders and beggars said of a
# whole people.
LEXICON = LEXICON.extended(
    concepts={
        "NEGLECT": ("nacht zonder eten", "hele nacht zonder eten", "dagen zonder eten",
                    "dag zonder eten", "zonder eten opgesloten"),
        "THREAT": ("komt opwachten", "komen opwachten", "opwachten met", "gaat ervoor boeten",
                   "zal ervoor boeten", "gaat ervoor betalen", "steek hem in brand",
                   "steek je in brand"),
        "TOUCH": ("als ze onder de douche staat", "als ze in bad zit", "badkamerdeur open",
                  "doet de badkamerdeur open", "komt de badkamer binnen", "stuur foto's",
                  "foto's sturen", "foto's van haar", "foto's van hem"),
        "SECRET": ("andere app", "privé app", "prive app", "geheime app", "niet aan mama"),
        "MISHAP": ("brandoefening", "oefening op school"),
    },
    alarms={
        "self_harm": ("als ik er niet meer ben", "afscheidsbrief", "brief voor de kinderen",
                      "wie de kinderen krijgt", "graf getekend", "tekening van een graf"),
        "child_abuse": ("uithuwelijken", "uitgehuwelijkt", "gedwongen huwelijk",
                        "laten trouwen met", "verloofd met haar neef", "moet trouwen met"),
    },
    ambiguous=("gelukszoekers", "uitvreters", "bedelaars"),
    unambiguous=("vuilehoer", "vieshoer"),
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
        "TRIP": ("op bedevaart", "naar mekka", "umrah", "hadj", "de hadj", "we verhuizen",
                 "verhuizen naar", "op vakantie"),
        "MISHAP": ("koorts", "apotheek", "huisarts", "begrafenis", "offerfeest", "ruzie gehad",
                   "ruzie om", "afstandsbediening"),
        "THREAT": ("met een mes naar school", "mes mee naar school", "mes onder zijn bed",
                   "mes onder zijn matras", "ik weet waar je werkt", "ik weet waar ze werkt",
                   "pas maar op"),
        "HIDE": ("make-up om", "make up om", "camoufleren", "weggeschminkt", "blauw oog"),
        "DESPAIR": ("als de kinderen er niet waren", "zonder de kinderen was ik",
                    "heeft geen zin meer", "zou iemand het merken", "als ik spring",
                    "van de brug springen"),
        "SECRET": ("zeg het niet tegen mama", "niet tegen je moeder zeggen",
                   "niet aan je moeder vertellen", "ons geheimpje"),
        "TOUCH": ("op zijn schoot", "cadeautjes van hem"),
    },
    alarms={
        "self_harm": ("alle pillen ingenomen", "alle pillen geslikt", "al mijn pillen",
                      "brieven voor de kinderen", "morgen doe ik het"),
        "child_abuse": ("heropvoedingskamp", "terugsturen naar somalie", "dhaqan celis"),
    },
    ambiguous=("hypocriet", "hypocrieten"),
)  # fmt: skip

# A tenth round, on the fifth fresh set's misses, as families in every language: "he is here,
# I can't talk", "I don't want to live any more", "nobody will miss me", searching how to die
# without pain, pills bought and hidden, driving into a wall, a child locked in a dark toilet,
# a sister's split lip, "he knocked me to the floor", burning someone's car or office, "I
# know who you are and where you live"; and scenes: wrestling, Sinterklaas, a bicycle, a
# death anniversary, a ham knife, a horror film, GTA.
LEXICON = LEXICON.extended(
    concepts={
        "DESPAIR": ("niemand gaat me missen", "niemand zal me missen", "nog even en het is klaar",
                    "zonder pijn dood", "hoe ga je dood"),
        "THREAT": ("ik weet waar die", "gaat spijt krijgen", "zal spijt krijgen",
                   "krijgt spijt", "steek zijn auto in brand", "steek haar auto in brand"),
        "MISHAP": ("worstelen", "kickboksen", "partijtje", "fiets*", "sterfdag",
                   "ham", "broodmes"),
        "MEDIA": ("sinterklaas", "de sint", "piet", "pieten", "horrorfilm"),
    },
    alarms={
        "violence": ("hij is er ik kan niet praten", "hij is thuis ik kan niet praten",
                     "kan nu niet praten hij is"),
    },
)  # fmt: skip

# A laugh is no everyday scene: it explains a sign away only in its own sentence (see
# `reading._joking_near`), not anywhere in a long message.
LEXICON = LEXICON.extended(dropped={"MISHAP": ("haha", "hahaha")})

# An eleventh round, from the developers' own probes (no evaluation set read): a sister with
# a new bruise every week (the same story each time hides it), feeling nothing
# and only wanting to sleep, the wages taken and pocket money given, looking down from a
# balcony for a long time, a teenager writing about dying.
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": ("elke week met een nieuwe blauwe", "elke week een nieuwe blauwe",
                 "elke week met een blauwe", "steeds nieuwe blauwe plekken",
                 "alweer een nieuwe blauwe plek", "telkens een nieuwe blauwe plek",
                 "zegt steeds dat ze gevallen", "zegt altijd dat ze gevallen"),
        "DESPAIR": ("voel niks meer", "voel niets meer", "voel helemaal niks meer",
                    "van het balkon naar beneden gekeken", "naar beneden gekeken vanaf",
                    "dingen over doodgaan", "dingen over dood gaan", "schrijft over doodgaan",
                    "praat over doodgaan", "wil niet meer wakker worden"),
        "CONTROL": ("pakt mijn salaris", "pakt mn salaris", "pakt mijn loon", "mijn salaris af",
                    "mn salaris af", "geeft me zakgeld", "krijg zakgeld van hem"),
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
        "DESPAIR": ("ik ga jullie missen", "ik zal jullie missen", "zorg goed voor jezelf en",
                    "weet niet meer waarom ik doorga", "waarom ik nog doorga",
                    "heb mijn spullen weggegeven", "mijn kleren weggegeven",
                    "heb ik niet meer nodig", "het water roept me", "het water riep me",
                    "hoe hoog de flat is", "hoeveel verdiepingen",
                    "weet niet waarom ik dit schrijf",
                    "naar het mes staren", "staar naar het mes", "jullie zien me niet meer",
                    "zien jullie me niet meer", "morgen zien jullie me niet"),
        "SECRET": ("vraag me maar niks", "vraag me niks", "vraag maar niet", "niks vragen aub",
                   "stel geen vragen"),
        "ABUSE": ("zegt dat ik niks waard ben", "je bent niks waard", "niemand wil jou",
                  "niemand wil je", "zegt dat ik niks ben", "thuis is het een hel",
                  "wordt het thuis een hel", "huis wordt een hel", "mijn broer slaat mijn zus",
                  "broer slaat haar"),
        "TOUCH": ("snoep gegeven", "gaf haar snoep", "gaf hem snoep", "foto's van de kinderen",
                  "maakt foto's van kinderen", "kittens laten zien", "thuis laten zien"),
    },
    alarms={
        "threat": ("ik breek je benen", "breek je benen", "breekt mijn benen"),
        "child_abuse": ("dochter besneden", "dochter laten besnijden", "meisjesbesnijdenis",
                        "genitale verminking", "meisje besneden", "dochter besnijden"),
        "violence": ("voorlopig niet terug naar huis", "gaan niet meer terug naar huis",
                     "durf niet terug naar huis", "niet meer naar huis durven"),
        "self_harm": ("touw gevonden in zijn kamer", "touw in zijn kamer gevonden",
                      "touw in haar kamer", "hoeveel pillen"),
    },
    idioms=("trein naar", "de trein", "met de trein", "neem de trein", "pak de trein"),
)  # fmt: skip

# A thirteenth round, from what the rules missed in the Dutch training messages
# (`tests/moderation_eval/train/nl_3.jsonl`; the learned reader trains on them, the rules
# want the families too): flowers and "sorry" after every time, the police who came before,
# a front tooth "from an apple", "dead to the family", a landlord who wants rent "another
# way", a child who wets the bed again and a father who "corrects" her, kneeling on rice,
# the belt for a bad report, a girl "promised" or married in the village, an imam marriage
# at 16, money taken from the boy's family, a child kept from insulin, a baby left in its
# cot, children sleeping in coats, a man at the window who knows the children's room, the
# salary into his account, listening in on calls, life360, the wifi code, the SIM card.
LEXICON = LEXICON.extended(
    concepts={
        "HURT": ("hij me pijn doet", "papa pijn doet", "mama pijn doet", "krijgt de riem",
                 "de riem van", "op rijst knielen" ),
        "INJURY": ("voortand gebroken", "tand gebroken", "lip open", "vingerafdrukken",
                   "wondjes op haar hoofd", "wondjes op zijn hoofd"),
        "HIDE": ("van een appel", "jullie snappen het wel", "zei dat het meeviel",
                 "heb ik gezegd dat het meeviel"),
        "FEAR": ("plast weer in bed", "schrikt van elke deur", "niet meer naar huis wil",
                 "verkeerd keek", "opgelucht als hij nachtdienst"),
        "CONTROL": ("hangt aan hem", "de ind belt", "om me terug te sturen", "luistert mee",
                    "fluistert wat ik moet zeggen", "moet toestemming vragen om",
                    "belt om de 10 minuten",
                    "life360", "foto van waar ik ben", "wifi code veranderd", "simkaart eruit",
                    "op zijn rekening", "op zn rekening"),
        "THREAT": ("te grazen nemen", "te grazen neemt", "wil haar opwachten",
                   "ben je dood voor de familie", "ook echt dood", "stond onder mijn raam",
                   "welke kamer van de kinderen", "wel zal merken", "weet in welke straat",
                   "gaat pakken na school", "boksbeugel", "een lesje leren", "een lesje gaat leren"
                   ),
        "SEXUAL": ("op een andere manier betalen", "op een andere manier kan betalen",
                   "neemt haar terwijl ze slaapt", "als vrouw moet accepteren",
                   "foto zonder shirt", "filmpjes aan de kinderen",
                   "dingen die ze niet hoort te weten"),
        "TOUCH": ("hand op mijn been", "doet de deur dicht en blijft", "blijft lang binnen",
                  "niks aan mama zeggen", "ge zijt mijn favoriet", "jij bent mijn favoriet",
                  "vriendje van 22"),
        "NEGLECT": ("lig de hele dag op de bank", "de oudste doet alles",
                    "de hele dag in hetzelfde bedje",
                    "al 3 weken niet op school", "weken niet op school",
                    "geen insuline", "buiten westen", "zelf ontbijt gemaakt",
                    "verwarming al weken uit",
                    "slapen met jassen aan", "thuis is niks", "er thuis niks is",
                    "luizen en wondjes" ),
        "DESPAIR": ("als ik morgen weg ben", "als ik er morgen niet meer ben"),
    },
    alarms={
        "child_abuse": ("haar eigen bruiloft", "voor een bruiloft naar het dorp", "is beloofd aan",
                        "beloofd aan de zoon van",
                        "imam-huwelijk", "imamhuwelijk", "imam huwelijk", "geld heeft aangenomen",
                        "trouw met haar of", "een enkeltje gekregen",
                        "gaat daar trouwen en blijft daar" ),
        "violence": ("komt ie met bloemen", "durf ik ze niet meer te bellen"),
    },
)  # fmt: skip

# A fourteenth round, from fresh8's misses (measured once before, then tuned on), written
# as families for all five languages: the heat that "breaks" you, chickenpox and a
# vaccination that explain scratches and swelling, "not because of the sun", a box of
# pills held in the hand, kneeling on rice, pepper or soap in a child's mouth, a bat and
# brothers brought along, not daring to go home, an uncle who "did things".
LEXICON = LEXICON.extended(
    idioms=("die hitte sloopt me", "de hitte sloopt me", "hitte sloopt me", "warmte sloopt me",
            "ik ga dood van de hitte", "ik ga dood van de warmte", "de hitte maakt me kapot",
            "die hitte maakt me kapot", "ik smelt"),
    concepts={
        "MISHAP": ("waterpokken", "jeuk", "eczeem", "muggenbult*", "teiltje", "zwembadje",
                   "inenting", "prik gehad"),
        "HIDE": ("niet vanwege de zon", "niet voor de zon", "niet om de zon",
                 "ik wilde geen vragen", "wilde geen vragen", "om vragen te voorkomen"),
        "HURT": ("peper in zijn mond", "peper in haar mond", "zeep in zijn mond",
                 "zeep in haar mond", "op rijst laten knielen", "knielen op rijst",
                 "met een honkbalknuppel", "met een knuppel"),
        "SEXUAL": ("deed dingen met mij", "deed dingen met me", "dingen bij me deed",
                   "dingen met me deed"),
        "FEAR": ("ik durf niet naar huis", "ik durf vannacht niet naar huis",
                 "durf niet terug naar huis", "hij is weer dronken", "komt dronken thuis"),
    },
    alarms={
        "violence": ("zonnebril en niet vanwege de zon", "ik durf niet naar huis"),
        "self_harm": ("doosje pillen in mijn hand", "strip pillen in mijn hand",
                      "alle pillen in mijn hand", "de pillen in mijn hand"),
        "child_abuse": ("op rijst laten knielen", "knielen op rijst", "peper in zijn mond",
                        "peper in haar mond"),
        "sexual_abuse": ("deed dingen met mij toen ik klein", "dingen met me deed toen ik klein"),
        "threat": ("met een honkbalknuppel langs", "met mijn broers langs"),
    },
)  # fmt: skip

# A fifteenth round, from the rules' false alarms on the ordinary training messages
# (`tests/moderation_eval/train/`), as families for all five languages: a workshop or an
# information evening about Veilig Thuis or domestic violence, video games (a "kill" in
# Fortnite), hair pulled out over homework, disappearing under the duvet till the holidays,
# being scared to death of driving lessons.
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("workshop", "voorlichting", "voorlichtingsavond", "informatiebijeenkomst",
                  "infoavond", "informatieavond", "lezing", "squid game"),
        # A game is an everyday scene, not a film: what happens in its chat happens to the
        # child ("iemand in de fortnite chat vraagt om een foto"), so it only explains
        # "killing" and "shooting", never touching or photos.
        "MISHAP": ("fortnite", "gta", "call of duty", "minecraft", "roblox", "fifa", "gamen",
                   "playstation"),
    },
    idioms=("haren uit mijn hoofd", "onder mijn dekbed verdwijnen", "onder de dekens verdwijnen",
            "onder mijn deken verdwijnen", "doodsbang om te rijden", "doodsbang voor rijles",
            "doodsbang voor het examen"),
)  # fmt: skip

# A sixteenth round, from what the rules and the model missed in new training messages
# written blind (`tests/moderation_eval/train/nl_4.jsonl` and the same round in the other
# languages; measured before they were read: recall 0.72 in Dutch), as families for all
# five languages: "the children are better off without me" (a laugh after it explains
# nothing), searching how to die painlessly, jumping in front of a car or a train, giving
# things away "he won't need them", a photo every hour of where she is, a mother-in-law
# who reports every step, a daughter "promised" or "arranged" abroad, a cutting in the
# holidays, a man in a game who wants to video call "just the two of us", a toddler alone
# at night, an infected ear nobody takes to a doctor, drinking every evening till sleep,
# "I called my cousins, she doesn't know who she's dealing with".
LEXICON = LEXICON.extended(
    idioms=("ik ga me dood bakken", "me dood bakken", "ik krijg nog een hartaanval",
            "krijg een hartaanval van"),
    concepts={
        "CONTROL": ("foto sturen van waar ik ben", "elk uur een foto", "belt tot ik opneem",
                    "leest alles op mijn telefoon", "leest alles mee", "leest mijn berichten mee",
                    "houdt bij wanneer ik", "ik mag alleen naar", "mocht niet naar de bruiloft",
                    "ik mag niet naar mijn familie"),
        "NEGLECT": ("alleen op de galerij", "in zijn luier", "in haar luier",
                    "voordeur stond wagenwijd open", "gaan niet naar de dokter",
                    "alleen koekjes gehad"),
        "THREAT": ("mijn neven al gebeld", "met wie ze te maken heeft",
                   "met wie hij te maken heeft",
                   "honkbalknuppel klaarstaan"),
        "SEXUAL": ("alleen wij tweetjes",),
    },
    alarms={
        "self_harm": ("beter af zonder mij", "beter af zijn zonder mij",
                      "beter af zonder mij zijn",
                      "beter af zonder mama", "hoe pijnloos doodgaan", "pijnloos doodgaan",
                      "pijnloos dood", "voor een auto springen", "voor de trein springen",
                      "voor een trein springen", "heeft hij straks niet meer nodig",
                      "heb ik straks niet meer nodig", "heeft ze straks niet meer nodig"),
        "child_abuse": ("heeft onze dochter al beloofd", "onze dochter al beloofd",
                        "laten trouwen", "iets geregeld in marokko",
                        "iets geregeld in turkije", "niet meer terugkomt naar school",
                        "meisjesbesnijdenis", "vrouwenbesnijdenis",
                        "laten besnijden in de vakantie"),
        "sexual_abuse": ("alleen wij tweetjes", "wil videobellen met mijn zoon",
                         "wil videobellen met mijn dochter"),
        "threat": ("mijn neven al gebeld", "honkbalknuppel klaarstaan"),
    },
)  # fmt: skip

# A seventeenth round, from another batch of training messages written blind (nl_5 and the
# same round in the other languages; recall 0.83, ordinary acted on 3.3 % before they were
# read), as families for all five languages: cards "hung up", a toddler's tantrum, the IND
# that makes you mad; and the disclosures: "I told the GP I fell down the stairs, that was
# not true", "he said it was an accident, for the third time", a coach who "helps extra" in
# the changing room, a passport already collected for a girl of 15, married without
# wanting to, "back to Turkey in a coffin", children alone when she works nights, a child
# without his epilepsy medicine, a flat without heating, a girl who never has food,
# pills taken too many and a stomach pumped, a step forward on the platform, films for
# adults shown by an uncle.
LEXICON = LEXICON.extended(
    idioms=("heb ze opgehangen", "ze allemaal opgehangen", "kaartjes opgehangen",
            "slingers opgehangen", "opgehangen aan de muur", "foto's opgehangen",
            "kan die brievenbus niet meer zien", "ik kan het niet meer zien"),
    concepts={
        "MISHAP": ("driftbui", "woedeaanval", "peuterpuberteit", "beet een kind"),
        "HIDE": ("dat ik van de trap viel", "dat was niet zo", "zei dat het per ongeluk was",
                 "zegt dat het per ongeluk was"),
        "SEXUAL": ("extra helpt", "in de kleedkamer als", "als de anderen weg zijn",
                   "filmpjes voor volwassenen", "porno laat zien", "laat porno zien"),
        "NEGLECT": ("krijgt zijn medicijnen niet", "krijgt haar medicijnen niet",
                    "geeft zijn medicijnen niet", "nooit eten bij", "blijft mijn man niet thuis"),
    },
    alarms={
        "violence": ("zei ik dat ik van de trap viel", "deur tegen mijn hoofd",
                     "zei dat het per ongeluk was. voor de"),
        "sexual_abuse": ("extra helpt in de kleedkamer", "filmpjes voor volwassenen",
                         "laat porno zien"),
        "child_abuse": ("paspoort al opgehaald", "getrouwd zonder het te willen",
                        "alleen een verloving, maar ze is"),
        "self_harm": ("te veel pillen genomen", "maag leeggepompt", "op het perron dacht ik",
                      "een stap naar voren op het perron"),
        "threat": ("in een kist terug",),
    },
)  # fmt: skip

# An eighteenth round, from a batch of mostly ordinary training messages written blind
# (nl_6: ordinary acted on 15.7 %, recall 0.90 before they were read), as families for
# all five languages: used to it or her own fault after a laugh (HABIT: "ben het gewend",
# a plate against her head); and the everyday: a letter from school about grooming, an
# information evening about Veilig Thuis, a toddler who bites or bangs his head in a
# tantrum, a grandmother who says a smack never hurt, a clumsy fall and a bruised bottom, a
# child's first knife, a test that "killed" him, a crime series, hell in a sermon.
LEXICON = LEXICON.extended(
    concepts={
        "HABIT": ("ben het gewend", "ik ben het gewend", "ben eraan gewend", "eigen schuld",
                  "mijn eigen schuld", "had ook niet zo brutaal moeten zijn"),
        "MEDIA": ("brief over grooming", "een brief over", "informatieavond", "flikken",
                  "de preek", "in de moskee ging het over"),
        "MISHAP": ("driftbuien", "bonkt met haar hoofd", "bonkt met zijn hoofd",
                   "bijt en slaat",
                   "zijn goesting niet", "kluns", "uitgegleden", "kindermes",
                   "brandwond op mijn hand", "pannenlap"),
    },
    idioms=("toets hem vermoord", "toets heeft hem vermoord", "hem vermoord heeft, een",
            "een tik op de billen geen kwaad", "tik op de billen kan geen kwaad",
            "geen kwaad kan, ik ben het daar niet mee eens"),
)  # fmt: skip

# Something thrown at her head, in the five languages (see HABIT above: "... de asbak tegen
# mijn hoofd 🙃 ik ben het gewend").
LEXICON = LEXICON.extended(
    concepts={"HURT": ("tegen mijn hoofd", "naar mijn hoofd", "naar mijn hoofd gegooid",
                       "naar me gegooid", "gooide het naar me")},
)  # fmt: skip

# Literal uses from a blind set of innocent messages (lit1): a play area that is
# "hufterproof", the fairy tale of the seven little goats, acorns and chestnuts for the
# nature table; the generic "je" ("wat moet je doen tegen kakkerlakken") aims at nobody.
LEXICON = LEXICON.extended(
    idioms=("hufterproof", "zeven geitjes", "de wolf en de zeven geitjes", "eikels en kastanjes",
            "kastanjes en eikels", "eikels iyo kastanjes", "eikels verzamelen"),
    weak_second_person=("je",),
)  # fmt: skip

# A nineteenth round, from another blind batch (nl_7: ordinary acted on 10 %, recall 0.90
# before it was read), as families for all five languages (see the same round in es.py):
# a nosebleed at school, an emergency caesarean, a cold shower "as if I torture them", a
# toddler screaming in the supermarket "as if I kidnap her", a twelve-year-old's "I hate
# you" and a slammed door, a son who hit a boy who called him fat; and "the plates fly
# sometimes, my head against the wall 😅, every house has its cross".
LEXICON = LEXICON.extended(
    idioms=("alsof ik ze martel", "alsof ik haar ontvoer", "alsof ik hem ontvoer",
            "alsof ik ze vermoord"),
    concepts={
        "MISHAP": ("bloedneus", "keizersnede", "spoedkeizersnede", "bevallen", "dikke genoemd",
                   "allebei straf", "smeet de deur dicht", "ik haat je mama"),
        "HURT": ("vliegen de borden", "mijn hoofd tegen de muur"),
        "HABIT": ("elk huisje z'n kruisje", "elk huisje zijn kruisje", "het ging weer mis",
                  "ging het weer mis"),
    },
    alarms={"violence": ("mijn hoofd tegen de muur", "vliegen de borden")},
)  # fmt: skip

# Round 20 (lit2, a blind set of literal uses): things people curse at ("die debiele
# schoolapp", "die stomme printer"). A compound counts by its last part.
LEXICON = LEXICON.extended(
    objects=("app", "printer", "laptop", "computer", "telefoon", "mobiel", "gsm", "oplader",
             "wifi", "router", "internet", "navigatie", "tomtom", "machine", "automaat",
             "lift", "bus", "tram", "trein", "metro", "auto", "fiets", "website", "site",
             "systeem", "formulier", "brief", "regen", "wind", "update",
             "apparaat", "kassa", "scanner", "stofzuiger", "magnetron", "oven", "kaart",
             "code", "wachtwoord", "wekker", "wasmachine", "programma", "spel"),
)  # fmt: skip

# Round 20 (blind11): a bump on the head against the table edge, a football club
# "afgeslacht" (thrashed) in a match, Halloween costumes. A club is no scene or screen: "Ajax
# speelde, en toen hij thuiskwam sloeg hij me" must still reach a person.
LEXICON = LEXICON.extended(
    idioms=("ajax afgeslacht", "feyenoord afgeslacht", "psv afgeslacht", "oranje afgeslacht",
            "ajax ingemaakt", "feyenoord ingemaakt"),
    concepts={
        "MISHAP": ("tafelrand", "bult*", "hersenschudding", "wakker houden", "halloween",
                   "verkleed*", "zombie*", "nepbloed", "wedstrijd*",
                   "voetbal*"),
        "MEDIA": ("podcast*", "documentaire*"),
    },
)  # fmt: skip

# Words with a literal meaning a parent may need (a blind literal set, lit2, and a review
# of the list): "de Mongolen" are a people in a history
# lesson, "koelies" contract workers in Surinamese history, and a dog's "schofthoogte" is
# measured at its withers. Aimed at someone they are still flagged. ("Makaken" stays: in a
# parents' chat it is far more often the slur than the monkey.)
LEXICON = LEXICON.extended(
    dropped={"unambiguous": ("mongolen", "koelie", "koelies", "schoft*")},
    ambiguous=("mongolen", "koelie", "koelies"),
    unambiguous=("schoft", "schoften", "schoftje", "schofterig"),
)  # fmt: skip

# Round 21 (blind12, hard-word everyday messages in new settings: 14.7 % acted on before
# reading). A toddler who bites at daycare, a kitten's scratches, a first-aid course, a
# fire next door, the Eid sheep, a stroke, teeth out under anaesthesia, a teenager's row,
# "kwam hij naar beneden" (downstairs, for pizza).
LEXICON = LEXICON.extended(
    idioms=("kwam naar beneden", "kwam hij naar beneden", "gezellig naar beneden",
            "naar beneden voor", "bang voor bloed", "kan geen bloed zien", "vlammen sloegen",
            "sloegen uit het raam", "kan niet meer goed", "niet meer goed praten",
            "niet meer goed lopen", "schaap geslacht", "schaap werd geslacht",
            "schapen geslacht", "ik schreeuw terug", "schreeuwde ik terug"),
    concepts={
        "MISHAP": ("gebeten", "bijt", "bijten", "bijtfase", "tandafdruk*", "crèche", "creche",
                   "kinderopvang", "opvang", "kitten", "poes", "kat", "gekrabd", "ehbo",
                   "reanimatie", "reanimeren", "verband", "brandweer*", "sirene*", "schaap",
                   "offerfeest", "herseninfarct", "beroerte", "revalidatie", "narcose",
                   "tanden eruit", "tandjes", "kiezen", "ruzie met de puber",
                   "ruzie met mijn puber", "vissen", "hengel"),
    },
)  # fmt: skip

# Round 21, second part (blind12 with crude words: 92.5 % recall, 20 % of its everyday
# messages acted on before reading). A threat to the man who abused a child, a teenager
# who posts he will jump "van het dak", being taken while asleep, a child tied to the bed,
# a father who threatens to take the children abroad. "Heeft iemand tips" asks the group:
# "iemand" there is nobody near a child. A school's lesson about body words is a workshop.
LEXICON = LEXICON.extended(
    idioms=("heeft iemand", "iemand tips", "weet iemand", "iemand ervaring", "kent iemand",
            "iemand dat ook", "iemand die", "iemand een tip", "is er iemand"),
    alarms={
        "threat": ("ga die vermoorden", "ga hem vermoorden", "maak hem dood", "ga hem afmaken",
                   "doe ik het zelf", "neem ik het recht in eigen hand"),
        "self_harm": ("van het dak springen", "van het dak af", "en dan van het dak",
                      "van de flat springen", "voor de trein springen"),
        "sexual_abuse": ("wacht tot ik slaap", "wacht tot ik in slaap", "ook al huil ik",
                         "ook als ik huil", "gaat gewoon door als ik huil", "terwijl ik sliep",
                         "terwijl ik slaap"),
        "child_abuse": ("vastgebonden aan het bed", "aan het bed vastgebonden",
                        "aan bed vastgebonden"),
        "violence": ("neemt de kinderen mee naar", "zie je ze nooit meer",
                     "zie je de kinderen nooit meer", "kinderen meenemen naar marokko",
                     "kinderen meenemen naar turkije"),
    },
    concepts={
        "MEDIA": ("voorlichting", "seksuele voorlichting", "lentekriebels", "echte woorden"),
        "KILL": ("vermoorden",),
    },
)  # fmt: skip

# Children who do not dare to go home (a training message the rules missed).
LEXICON = LEXICON.extended(concepts={"FEAR": ("durven niet", "durft niet", "durfde niet")})

# Body words named together, as a school asks parents about ("penis en vagina", also in
# a message in another language): a lesson, not a disclosure. A toddler who discovers his
# own body in the bath is no abuse.
LEXICON = LEXICON.extended(
    idioms=("penis vagina", "vagina penis", "pene vagina", "penis vajina", "vajina penis",
            "piemeltje ontdekt", "ontdekt dat ie een piemeltje", "ontdekt dat hij een piemel*",
            "in bad ontdekt"),
)  # fmt: skip

# An anti-bullying week at school is a lesson, like a workshop.
LEXICON = LEXICON.extended(concepts={"MEDIA": ("week tegen pesten", "pestweek")})

# Round 23 (fresh11, measured once before reading: recall 0.964, 4.6 % acted on, 16.7 %
# insults missed; tuning data since). A judo tournament, a baby who screamed "as if they
# murdered him" at the clinic; sore ribs and flowers after he said sorry.
LEXICON = LEXICON.extended(
    idioms=("alsof ze hem vermoord*", "alsof ze haar vermoord*", "alsof we hem vermoord*",
            "alsof ik hem vermoord*"),
    concepts={
        "MISHAP": ("judo*", "tornooi", "toernooi", "consultatiebureau", "prikken"),
        "INJURY": ("ribben doen pijn", "mijn ribben", "ribben doen nog"),
    },
    alarms={"violence": ("sorry gezegd en bloemen", "bloemen gekocht en sorry",
                         "weer rustig thuis hoor")},
)  # fmt: skip

# "Pannenkoeken" (plural) are pancakes, also in a Somali or Turkish message.
LEXICON = LEXICON.extended(idioms=("pannenkoeken",))

# Round 24 (blind13): the heating is broken, "we vriezen hier dood".
LEXICON = LEXICON.extended(idioms=("vriezen hier dood", "vriezen dood", "vries dood",
                                   "bevriezen hier"))

# Round 25 (blind14, a blind batch of short and veiled disclosures: recall 0.667 before
# reading). Tired "niet slaap-moe, klaar-moe", a goodbye, jewellery given away, watching
# the trains from a viaduct, sleeping pills saved; "nee zeggen helpt niet", lying awake
# till he sleeps, filming while she cries; a child who crawls under the bed when papa comes
# home, a neighbour's boy not let in at night; a door kicked in, a phone taken, "be careful
# what you tell the group", children to be taken to Morocco.
LEXICON = LEXICON.extended(
    alarms={
        "self_harm": ("niet slaap moe", "niet slaapmoe", "klaar moe", "het ga jullie goed",
                      "sieraden weggegeven", "spullen weggegeven", "naar de treinen te kijken",
                      "pillen sparen", "pillen verzamelen", "slaappillen verzamelen"),
        "sexual_abuse": ("nee zeggen helpt niet", "lig wakker tot hij slaapt",
                         "filmt het terwijl ik huil", "doe alsof ik slaap"),
        "child_abuse": ("kruipt onder bed als", "kruipt onder het bed als",
                        "mag er 's avonds niet in", "mag s avonds niet naar binnen",
                        "durft niet naar huis", "sluit hem op in", "sluit haar op in",
                        "opgesloten in de badkamer"),
        "violence": ("deur ingetrapt", "pakt mijn telefoon af", "pakt m'n telefoon af",
                     "pakt mn telefoon af", "verstopt mijn sleutels",
                     "mee te nemen naar marokko", "mee te nemen naar turkije",
                     "dreigt de kids mee te nemen", "dreigt de kinderen mee te nemen"),
        "threat": ("moet oppassen wat ik", "weet op welke school", "als ik bij hem wegga",
                   "als ik hem verlaat"),
    },
)  # fmt: skip

# Round 26 (blind15, disclosures that name nothing: recall 0.706 before reading). A bruise
# "van de kastdeur, ben zo onhandig", a man of 30 texting a girl of 13, a coach's night
# snaps she must delete, a thick ear after a weekend at dad's, passports kept at his work,
# a hoodie all summer and a locked bathroom, a child who cringes at a raised hand, he
# reads all my messages, no dinner for bad marks, only when he drinks.
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": ("van de kastdeur", "ben zo onhandig", "wil niks zeggen", "wil niets zeggen"),
        "INJURY": ("dik oor", "blauwe plek is van"),
        "SECRET": ("dat ze ze moet wissen", "moet ze wissen", "moet het wissen"),
    },
    alarms={
        "sexual_abuse": ("man van 30", "man van 40", "appjes van een man", "noemt haar prinses",
                         "snaps om 12 uur", "snaps midden in de nacht"),
        "violence": ("bewaart de paspoorten", "bewaart mijn paspoort", "leest al mn appjes",
                     "leest al mijn appjes", "leest al m'n appjes", "alleen als hij drinkt",
                     "alleen als hij gedronken"),
        "self_harm": ("hele zomer in een hoodie", "badkamer altijd op slot",
                      "geeft haar spullen weg", "geeft zijn spullen weg"),
        "child_abuse": ("krimpt in elkaar als", "geen avondeten als", "geen eten als haar cijfers",
                        "geen eten als zijn cijfers"),
    },
)  # fmt: skip

# Stop 26, from the blind batches ev23-ev30: a burden said big ("ik kan niet meer met die
# hitte", "koppijn slaat me dood", "die sollicitatie maakte me af") is no despair, no death
# and no threat (BURDEN, read within three words; see lexicons/__init__.py).
LEXICON = LEXICON.extended(
    concepts={
        "BURDEN": ("hitte", "warmte", "hittegolf", "benauwde hitte", "kou", "koppijn",
                   "hoofdpijn", "kiespijn", "rugpijn", "spierpijn", "migraine", "griep",
                   "verkoudheid", "lawaai", "herrie", "kabaal", "nachtdienst*", "sollicitatie*",
                   "examen*", "tentamen*", "sportschool", "fitness", "schaamte", "jetlag"),
    },
)  # fmt: skip

# "m'n" (my) is written with an apostrophe: read as "m" and "n". It is the writer's own.
LEXICON = LEXICON.extended(first_person=("m'n",))

# Stop 26: "Mongools" and "Mongoolse" are Mongolian (a restaurant, a barbecue, a yurt); said
# to someone ("doe niet zo mongools") a person decides.
LEXICON = LEXICON.extended(not_inflected=("mongool",), ambiguous=("mongools", "mongoolse"))

# Stop 26: "retard" is French for being late ("la directrice m'a grondée pour un retard"),
# written by parents from Brussels inside Darija and Dutch: never deleted on its own; said
# to someone, a person decides ("retarded" stays).
LEXICON = LEXICON.extended(
    dropped={"unambiguous": ("retard", "retards")}, ambiguous=("retard", "retards")
)

# Stop 27, from the blind batch ev37: "er een eind aan (moet/wil) maken" is ending one's life
# (ending a relationship reads the same: a person looks); sleeping pills put aside; a child
# that goes "plof" on its bottom fell.
LEXICON = LEXICON.extended(
    alarms={
        "self_harm": ("er een eind aan maken", "er een einde aan maken", "slaappillen gespaard",
                      "slaappillen opgespaard", "voorraad slaappillen", "voorraad pillen"),
    },
    concepts={"MISHAP": ("plof", "plofte", "ploft", "plofje")},
)  # fmt: skip

# Stop 27, from the blind batch ev38: squeezed, "billen" is "bilen" (Turkish "one who
# knows": "ouderavond var mı bilen?"). Touching is read from a hand or a place on them.
LEXICON = LEXICON.extended(
    dropped={"TOUCH": ("billen",)},
    concepts={
        "TOUCH": ("aan mijn billen", "aan zijn billen", "aan z'n billen", "aan d'r billen",
                  "aan de billen", "in haar billen", "in mijn billen", "in zijn billen",
                  "billen aangeraakt", "billen aanraken", "billen vastgepakt", "billen knijpen",
                  "billen geknepen", "blote billen"),
        # Sore from a nappy left on: neglect ("de hele dag dezelfde vieze luier, billen
        # helemaal rauw").
        "NEGLECT": ("billen rauw", "rauwe billen", "billen helemaal rauw", "billen kapot"),
    },
)  # fmt: skip

# Stop 27, from the blind batches of minimised disclosures (train/*_20): "men are like that",
# "don't ask", "it passes": said after a blow or a threat, the laugh beside it is how it is
# made small, not a joke (HABIT: see reading._in_earnest).
LEXICON = LEXICON.extended(
    concepts={
        "HABIT": ("mannen he", "mannen hè", "zo zijn mannen", "typisch mannen",
                   "zo gaat dat in een huwelijk", "hoort erbij", "niks ernstigs",
                   "hij meent het niet", "hij overdrijft altijd", "zo praat hij gewoon",
                   "vraag maar niet", "niet naar vragen"),
    },
)  # fmt: skip

# Stop 27, from the blind batch ev49: frightened or laughing "to death" is said big; prices.
LEXICON = LEXICON.extended(
    idioms=("schrok me dood", "schrik me dood", "schrok me rot", "schrik me rot",
            "lach me dood", "lachte me dood"),
    concepts={"BURDEN": ("prijzen", "de prijzen")},
)  # fmt: skip

# Stop 28, from the blind batch ev55: a child who no longer sleeps in his own bed.
LEXICON = LEXICON.extended(
    idioms=("niet meer in zijn eigen bed", "niet meer in haar eigen bed",
            "niet meer in zn eigen bed", "niet meer in z'n eigen bed", "niet meer in eigen bed",
            "niet meer in zijn bed", "niet meer in haar bed", "niet meer alleen slapen"),
)  # fmt: skip
