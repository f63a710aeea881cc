"""Spanish lists for Kring's moderation (drafted without a native speaker's review).

Latin-American Spanish (Colombia, Venezuela, Dominican Republic, Peru, Mexico,
Argentina) and the Spanish of Spain. Matching is on normalised words (lower case, no
accents: "él" is "el", "mí" is "mi", "coño" is "cono"), so some words are left out on
purpose: "coño" (cone), "él" on its own (the article "el"; "de él" is listed), "negro"
and "gordo" (everyday words and terms of endearment), "pedo" (fart, drunk, "no hay
pedo"), "concha" (shell) and "chimba" (Colombian "great"). Words that are also friendly
address in some countries ("marica", "huevón", "boludo", "güey") are ambiguous only.
"""

from handlers.moderation.lexicons import LanguageLexicon

# fmt: off
_UNAMBIGUOUS = (
    # sexual insults and insults to someone's mother
    "puta", "putas", "putita", "putitas", "putona", "putonas", "puto", "putos",
    "hijo de puta", "hija de puta", "hijos de puta", "hijueputa*", "hijuepucha", "jueputa",
    "hijoputa", "hdp", "hpta", "hpt", "tu puta madre", "la puta que te pario",
    "me cago en tu madre", "me cago en tus muertos", "me cago en la madre que te pario",
    "chinga tu madre", "chinga a tu madre", "chingas a tu madre", "hijo de la chingada",
    "vete a la chingada", "concha de tu madre", "concha tu madre", "conchetumadre",
    "conchetumare", "conchatumadre", "conchasumadre", "ctm", "csm", "coño de tu madre",
    "cono e tu madre", "conoetumadre", "hijo de perra", "hija de perra", "hijos de perra",
    "mamaguevo*", "mamahuevo*", "mamabicho*", "mmg", "mmgv", "furcia", "furcias", "ramera",
    "rameras", "golfa", "golfas", "mujerzuela*", "zorra de mierda", "perra de mierda",
    "puta zorra",
    # general insults
    "cabron*", "kbron", "pendejo", "pendeja", "pendejos", "pendejas", "pendejito",
    "pendejita", "pndj", "malparido*", "malparida", "malnacido*", "malnacida", "careverga",
    "caremonda", "carechimba", "comemierda*", "come mierda", "pedazo de mierda", "bastardo",
    "bastarda", "bastardos", "desgraciado", "desgraciada", "desgraciados", "culero",
    "culera", "culeros", "ojete", "culiao", "culiado", "culiada", "conchudo", "conchuda",
    "sorete", "escoria", "lacra", "lacras", "vete a la mierda", "vete al carajo",
    "vete a la verga", "vtalv", "vete a tomar por culo", "que te jodan", "jodete",
    "chupamela", "mamamela", "metetelo por el culo", "muerete", "ojala te mueras",
    "que te pudras", "pudrete", "que te de cancer", "que te de un cancer", "que te de sida",
    "kys",
    # intelligence and disability insults
    "gilipollas", "imbecil*", "idiota*", "estupido", "estupida", "estupidos", "estupidas",
    "retrasado mental", "retrasada mental", "retardado", "retardada", "retardados",
    "retardadas", "subnormal*", "mongolico*", "mongolo", "mongola", "tarado", "tarada",
    "tarados", "taradas", "pelotudo*", "pelotuda*", "sidoso", "sidosa",
    # homophobic slurs
    "maricon*", "maricona", "marimacho*", "cacorro*", "bugarron*", "mariposon", "trolo",
    "trolos", "joto", "jotos",
    # ethnic and religious slurs
    "sudaca*", "veneco", "veneca", "venecos", "venecas", "moraco*", "moro de mierda",
    "mora de mierda", "negro de mierda", "negra de mierda", "negrata*", "indio de mierda",
    "judio de mierda", "sudaca de mierda",
    # more from Spain, Venezuela and the Caribbean
    "mamaverga*", "soplapollas", "lameculos", "chupapinga", "chupapija",
)

_AMBIGUOUS = (
    # animals
    "zorra", "rata", "cerdo", "cerda", "puerco", "puerca", "marrano", "marrana", "chancho",
    "chancha", "vaca", "burro", "burra", "asno", "mono", "mona", "simio", "gorila", "foca",
    "ballena", "cabra", "gallina", "cucaracha", "sapo", "lagarta", "vibora", "culebra",
    "buitre", "animal", "bestia", "pato", "bicho",
    # food, plants, objects
    "mamon", "fresa", "verga", "basura", "capullo",
    # mild words people use for themselves and their children
    "tonto", "tonta", "bobo", "boba", "menso", "mensa", "baboso", "babosa", "zonzo",
    "torpe", "inutil", "loco", "loca", "payaso", "payasa", "bruja", "ogro", "fea", "feo",
    "enano", "vieja", "arpia", "chismosa", "metiche", "mocoso", "mocosa", "malcriado",
    "malcriada", "ignorante", "cobarde", "mentiroso", "mentirosa", "vago", "vaga", "flojo",
    "floja", "pesado", "pesada", "cochino", "cochina", "sucia", "pajuo", "mamerto",
    "sinverguenza", "malandro", "chupamedias", "lambon", "cachon", "cornudo", "pajero",
    "naco", "pinche", "gilipuertas",
    # friendly address in some countries, insult in others
    "marica", "mariquita", "huevon", "huevona", "guevon", "weon", "webon", "boludo",
    "boluda", "guey", "wey", "gonorrea", "guarra", "cuero", "maraca", "tortillera",
    "cachapera", "prostituta", "fulana", "indio", "cholo", "chola", "moro", "mora",
    "gringo", "panchito",
    # short forms and rude commands also said to one's own children
    "ptm", "lpm", "callate", "callate la boca", "cierra el pico", "cierra el hocico",
)

_SECOND_PERSON = (
    "tu", "tus", "te", "ti", "contigo", "usted", "ustedes", "ud", "uds", "vos", "vosotros",
    "vosotras", "os", "tuyo", "tuya", "tuyos", "tuyas", "eres", "sos", "oye", "oiga",
)

_FIRST_PERSON = (
    "yo", "me", "mi", "mis", "conmigo", "soy", "estoy", "mio", "mia", "yo misma",
    "yo mismo",
)

_QUOTING = (
    "dijo", "dice", "dicen", "decir", "dijeron", "dijiste", "diciendo", "decia", "le dijo",
    "le dice", "me dijo", "llamo", "llama", "llamaron", "llamando", "grito", "grita",
    "gritaba", "gritando", "insulto", "insulta", "insultando", "insultaba", "contesto",
    "contesta", "respondio", "escribio", "escribe", "mando", "repite", "repitio",
    "aprendio", "oyo", "escucho", "me trato de", "le trato de", "la palabra", "palabra",
    "palabras", "palabrota*", "groseria*", "mala palabra", "malas palabras", "textual",
    "textualmente",
)

_CONCEPTS = {
    "PARTNER": (
        "marido", "mi marido", "esposo", "mi esposo", "esposa", "mi esposa", "mujer",
        "mi mujer", "pareja", "mi pareja", "novio", "novia", "companero", "companera",
        "jevo", "jeva", "ex", "mi ex", "exmarido", "exesposo", "expareja", "exnovio",
        "concubino", "conviviente", "mi viejo", "mi hombre", "mi senor", "el man", "man",
        "de el", "a el", "suegro", "suegra", "suegros", "cunado", "cunada", "padrastro",
        "papa de mis hijos", "padre de mis hijos", "papa de mi hijo", "papa de mi hija",
        "padre de mi hijo", "padre de mi hija", "el papa de", "papa",
    ),
    "ME": (
        "me", "yo", "conmigo", "a mi", "para mi", "contra mi", "nos", "nosotros",
        "nosotras",
    ),
    "CHILD": (
        "hijo", "hija", "hijos", "hijas", "hijito", "hijita", "mijo", "mija", "nino",
        "nina", "ninos", "ninas", "ninito", "ninita", "nene", "nena", "nenes", "nenas",
        "bebe", "bebes", "bebito", "bebita", "mi bebe", "chamo", "chama", "chamos",
        "chamito", "chamita", "carajito", "carajita", "carajitos", "pelado", "pelada",
        "pelados", "chino", "china", "chinos", "chico", "chica", "chicos", "chicas",
        "chavo", "chava", "chamaco", "chamaca", "morro", "morra", "escuincle", "guagua",
        "pibe", "piba", "pibes", "crio", "cria", "crios", "peque", "pequeno", "pequena",
        "pequenos", "mi pequeno", "mi nina", "muchacho", "muchacha", "muchachos",
        "muchachito", "muchachita", "chiquito", "chiquita", "chiquitos", "varoncito",
        "hijastro", "hijastra", "sobrinito", "sobrinita", "primito", "primita",
        "adolescente*", "menor", "menores", "menor de edad", "nieto", "nieta",
    ),
    "RELATIVE": (
        "tio", "tia", "tios", "el esposo de mi tia", "esposo de mi hermana", "cunado",
        "primo", "prima", "primos", "vecino", "vecina", "vecinos", "profesor", "profesora",
        "profe", "maestro", "maestra", "entrenador", "entrenadora", "abuelo", "abuela",
        "abuelito", "padrastro", "madrastra", "padrino", "padre", "un hombre", "un senor",
        "senor", "hombre", "hombres", "el novio de", "novio de mi", "ninera", "ninero",
        "cuidador", "monitor", "catequista", "cura", "pastor", "sacerdote",
        "amigo de la familia", "un amigo de", "conocido", "desconocido", "extrano",
        "chofer", "conductor", "suegro", "adulto", "un adulto", "tipo", "un tipo", "el man",
        "ese man", "man", "de el", "a el",
    ),
    "HURT": (
        "pega", "pego", "pegan", "pegaba", "pegaban", "pegarme", "pegarle", "pegarnos",
        "pegar", "pegando", "me pega", "le pega", "nos pega", "golpe*", "golpiza*",
        "golpio", "madrazo*", "madreo", "madrear", "madreada", "chingadazo*", "putazo*",
        "trancazo*", "cachetada*", "bofetada*", "bofeteo", "abofete*", "cachetear",
        "cachetea", "cacheteo", "cacheteado", "tortazo*", "guantazo*", "sopapo*", "patada*",
        "patea", "pateo", "patear", "pateando", "pateaba", "punetazo*", "trompada*",
        "punete*", "conazo*", "correazo*", "con la correa", "con el cinturon",
        "con la chancla", "chancletazo*", "chanclazo*", "fuetazo*", "fuete", "una pela",
        "paliza*", "zurra", "tunda", "cueriza", "latigazo*", "azote", "azotes", "azoto",
        "azotar", "azotaba", "nalgada*", "empuja", "empujo", "empujar", "empujon*",
        "empujaba", "estrangul*", "ahorca", "ahorco", "ahorcaba", "ahorcar", "asfixia*",
        "del cuello", "jalo el pelo", "jala el pelo", "del pelo", "de los pelos", "me jalo",
        "me jala", "jalones", "jalonea", "zamarrea", "zarandea", "sacude", "sacudio",
        "muerde", "mordio", "morder", "mordida", "quema", "quemo", "quemar", "me lastima",
        "lastimo", "lastimar", "lastimado", "lastimada", "me hace dano", "hacer dano",
        "hizo dano", "maltrat*", "violencia", "violento", "agresion", "agrede", "agredio",
        "agredir", "levanta la mano", "levanto la mano", "alzo la mano", "me tira cosas",
        "tira cosas", "me tiro", "me lanzo", "arrojo", "cabezazo*", "rodillazo*", "codazo*",
        "a golpes", "a palos", "palazo*", "pellizc*", "aruno", "rasguno", "aporrea",
    ),
    "INJURY": (
        "moreton", "moretones", "moretes", "morado", "morados", "cardenal", "cardenales",
        "hematoma*", "chichon", "chichones", "ojo morado", "ojo negro", "ojo hinchado",
        "hinchado", "hinchada", "hinchazon", "herida", "heridas", "herido", "cortada",
        "cortadas", "sangre", "sangra", "sangrando", "sangro", "sangrado", "labio partido",
        "nariz rota", "costilla rota", "brazo roto", "diente roto", "dientes rotos",
        "fractura*", "brazo quebrado", "pierna quebrada", "nariz quebrada", "cicatriz",
        "cicatrices", "marcas en", "me dejo marcas", "dejo marcas", "quemadura*",
        "manga larga", "mangas largas", "maquillaje", "amoratado", "amoratada", "lesion",
        "lesiones", "la cara hinchada", "puntadas", "suturas",
    ),
    "FEAR": (
        "miedo", "miedos", "temor", "temo", "teme", "asustada", "asustado", "asusta",
        "asustan", "aterrada", "aterrado", "aterroriza*", "panico", "me da miedo",
        "tengo miedo", "no me atrevo", "atrevo", "no se atreve", "insegura", "inseguro",
        "no me siento segura", "no me siento seguro", "no estoy a salvo", "tiemblo",
        "temblando", "temblar", "tiembla", "angustia", "angustiada", "angustiado",
        "espanto", "espantada", "susto", "cagada de miedo", "cagado de miedo", "julepe",
        "pavor", "terror",
    ),
    "HOME": (
        "casa", "en casa", "a casa", "mi casa", "la casa", "hogar", "llega a casa",
        "cuando llega", "cuando el llega", "cuando llegue", "cuando vuelve",
        "vuelve a casa", "regresa a casa", "volver a casa", "ir a casa",
        "la llave en la puerta", "la llave", "la puerta", "apartamento", "departamento",
        "piso", "cuando entra", "habitacion",
    ),
    "CONTROL": (
        "me quita el dinero", "me quita la plata", "quita el dinero", "me quito",
        "me quita", "celular", "telefono", "mi telefono", "mi celular", "mis papeles",
        "pasaporte", "papeles", "documentos", "tarjeta", "no me deja", "no me dejo",
        "no me deja salir", "no me deja trabajar", "no me deja ver", "no me permite",
        "me prohibe", "prohibe", "prohibio", "me encierra", "encerrada", "encerrado",
        "encerro", "me encerro", "bajo llave", "revisa mi celular", "revisa mi telefono",
        "revisa mis mensajes", "me revisa", "me controla", "controla", "controlador",
        "me vigila", "vigila", "me sigue", "me persigue", "me acosa", "celoso", "celosa",
        "celos", "no puedo salir", "no puedo trabajar", "sin permiso", "permiso",
        "me aisla", "aislada", "me obliga", "obliga", "obligo", "obligada", "obligado",
        "dinero", "plata", "ubicacion", "contra mi voluntad",
    ),
    "NAMECALL": (
        "me insulta", "insulta", "insulto", "insultos", "insultar", "insultaba", "me grita",
        "grita", "grito", "gritos", "gritaba", "gritar", "me humilla", "humilla", "humillo",
        "humillacion", "humillada", "humillado", "me ofende", "ofende", "me dice cosas",
        "me trata de", "me trata mal", "me llama", "me dice que soy", "me menosprecia",
        "menosprecia", "me desprecia", "desprecia", "me maldice", "maldice", "me putea",
        "putea", "puteo", "putear", "me ningunea", "ningunea", "se burla", "burla",
        "me rebaja", "groserias", "me dice groserias", "me dice de todo", "palabrotas",
        "vulgaridades", "me sobaja",
    ),
    "KILL": (
        "matar", "mata", "mato", "matarme", "matarte", "matarla", "matarlo", "matarnos",
        "matara", "mataria", "me mata", "te mata", "la mata", "matan", "mataron", "matando",
        "asesin*", "me va a matar", "te voy a matar", "lo voy a matar", "cuchillo",
        "cuchillos", "navaja", "machete", "punal", "pistola", "arma", "armas", "fierro",
        "escopeta", "balazo*", "disparar", "disparo", "degollar", "degollo", "apunalar",
        "apunalo", "acuchillar", "acuchillo", "chuzar", "chuzo", "acabar contigo",
        "acabo contigo", "te voy a quebrar", "te quiebro", "te voy a desaparecer",
    ),
    "THREAT": (
        "amenaza*", "me amenazo", "se donde vives", "te vas a arrepentir",
        "vas a arrepentirte", "te arrepentiras", "me las vas a pagar", "me la vas a pagar",
        "me las pagaras", "me la pagaras", "esto no se queda asi", "no se va a quedar asi",
        "me voy a vengar", "vengarme", "venganza", "chantaje*", "extorsion*",
        "te voy a reventar", "te voy a partir la cara", "te parto la cara",
        "te rompo la cara", "romperte la cara", "te voy a dar una paliza",
        "te voy a hacer dano", "te vas a morir", "te quito a los ninos",
        "te voy a quitar a los ninos", "te voy a quitar los ninos", "quitarte a los ninos",
        "quitarme a mis hijos", "quitar a mis hijos", "no vas a volver a ver a tus hijos",
        "nunca vas a ver a tus hijos", "nunca mas vas a ver", "te voy a deportar",
        "hacerte deportar", "nadie te va a creer", "si se lo cuentas a alguien",
        "vas a ver lo que te pasa",
    ),
    "SEXUAL": (
        "violar", "violo", "violada", "violado", "violacion", "violaron", "violando",
        "violador*", "abuso sexual", "abusos sexuales", "sexualmente", "acoso*", "acosa",
        "acosador*", "acosando", "manosea*", "manoseo", "tocamientos",
        "tocamientos indebidos", "me toco sin permiso", "sin mi consentimiento",
        "sin su consentimiento", "relaciones a la fuerza", "relaciones sin querer",
        "sexo a la fuerza", "sexo forzado", "me obligo a tener relaciones",
        "me obliga a tener relaciones", "me forzo", "la forzo", "pedofilo*", "pederasta*",
        "pornografia infantil", "le mostro porno", "le enseno sus partes", "exhibicionista",
        "estupro", "incesto", "prostitucion forzada", "trata de personas",
        "explotacion sexual", "grooming",
    ),
    "TOUCH": (
        "toca", "toco", "tocar", "tocaba", "tocaban", "tocando", "la toco", "lo toco",
        "la toca", "lo toca", "tocarla", "tocarlo", "tocarle", "toqueteo", "toquetea",
        "manosea*", "acaricia", "acaricio", "caricias", "en sus piernas", "en sus rodillas",
        "en su regazo", "desnuda", "desnudo", "desnudos", "desnudas", "desvest*",
        "desvist*", "se quito la ropa", "quitarse la ropa", "le quito la ropa", "sin ropa",
        "bajo los pantalones", "bajo el pantalon", "bajo los calzones", "le metio la mano",
        "metio la mano", "partes intimas", "partes privadas", "sus partes", "parte intima",
        "pene", "vagina", "cuca", "chochita", "toto", "beso en la boca", "besos en la boca",
        "nuestro secreto", "nuestro secretito", "no le digas a tu mama",
        "no le digas a mama", "en la cama con", "en su cama", "se metio en su cama",
        "contra su voluntad",
    ),
    "ABUSE": (
        "abuso", "abusos", "abusa", "abusan", "abusaba", "abusar", "abusador*", "abusado",
        "abusada", "abusaron", "maltrat*", "violencia domestica", "violencia intrafamiliar",
        "violencia familiar", "violencia de genero", "violencia machista",
        "violencia en casa", "violencia en el hogar", "violencia psicologica",
        "violencia fisica", "violencia economica", "violencia sexual", "violencia vicaria",
        "negligencia", "mutilacion genital", "ablacion", "matrimonio forzado",
        "matrimonio infantil", "casar a la fuerza", "comisaria de familia",
        "orden de alejamiento", "orden de restriccion", "medida de proteccion",
        "casa de acogida", "refugio para mujeres",
    ),
    "DIE": (
        "morir", "morirme", "muera", "muriera", "muriese", "murio", "muerta", "muerto",
        "muerte", "morirse", "suicid*", "quitarme la vida", "quitarse la vida",
        "no despertar", "no volver a despertar", "nunca mas despertar",
        "dormir para siempre", "desaparecer", "desaparecer para siempre", "ya no estar",
        "no estar aqui", "no estar mas", "dejar de existir", "acabar con todo",
        "acabar con mi vida", "terminar con todo", "terminar con mi vida",
        "irme para siempre", "irme de este mundo",
    ),
    "WANT": (
        "quiero", "quisiera", "queria", "querer", "quiera", "ojala", "deseo", "desearia",
        "prefiero", "preferiria", "mejor", "me gustaria", "anhelo", "tengo ganas",
        "me dan ganas",
    ),
    "SELFHARM": (
        "cortarme", "me corto", "me voy a cortar", "me quiero cortar", "me voy a tirar",
        "me quiero tirar", "me voy a colgar", "cortes", "cortando", "cortar", "las venas",
        "venas", "munecas", "pastillas", "pastilla", "sobredosis", "tomarme todas",
        "pastillas para dormir", "tirarme", "me tiro", "lanzarme", "saltar", "puente",
        "del puente", "edificio", "del techo", "azotea", "tren", "metro", "las vias",
        "cuerda", "soga", "ahorcarme", "ahorcar*", "colgarme", "navaja", "cuchilla",
        "cuchillas", "hojilla*", "gillette", "veneno", "envenenarme", "raticida", "cloro",
        "lastimarme", "hacerme dano", "autolesion*", "quemarme", "pegarme", "golpearme",
        "ahogarme",
    ),
    "REFLEXIVE": (
        "mi mismo", "mi misma", "a mi misma", "a mi mismo", "yo misma", "yo mismo",
        "matarme", "cortarme", "lastimarme", "tirarme", "lanzarme", "ahorcarme", "colgarme",
        "envenenarme", "quemarme", "golpearme", "ahogarme", "suicidarme", "morirme",
    ),
    "LIFE": (
        "vida", "vivir", "vivo", "viviendo", "existir", "existencia", "mi vida",
        "seguir viviendo", "estar viva", "estar vivo",
    ),
    "END": (
        "acabar", "acabo", "terminar", "termino", "fin", "final", "ponerle fin",
        "punto final", "ya no", "no mas", "basta", "hasta aqui", "dejar de",
    ),
    "DESPAIR": (
        "no puedo mas", "ya no puedo mas", "ya no aguanto", "no aguanto mas",
        "no soporto mas", "ya no soporto", "no doy mas", "ya no doy mas", "harta de todo",
        "harto de todo", "cansada de todo", "cansado de todo", "cansada de vivir",
        "cansado de vivir", "cansada de la vida", "cansado de la vida",
        "nada tiene sentido", "la vida no tiene sentido", "no hay salida", "no veo salida",
        "no le veo salida", "sin salida", "sin esperanza", "no hay esperanza",
        "perdi la esperanza", "sin ganas de vivir", "no tengo ganas de vivir",
        "sin ganas de nada", "soy una carga", "una carga para", "estarian mejor sin mi",
        "estan mejor sin mi", "mejor sin mi", "nadie me extranaria",
        "nadie me va a extranar", "nadie me echaria de menos", "a nadie le importo",
        "me rindo", "me doy por vencida", "me doy por vencido", "no vale la pena vivir",
        "para que vivir", "para que sigo", "ya no quiero nada", "quiero desaparecer",
        "quisiera desaparecer", "toque fondo", "estoy deprimida", "estoy deprimido",
        "deprimida", "deprimido",
    ),
}

_ALARMS = {
    "violence": (
        "violencia domestica", "violencia intrafamiliar", "violencia familiar",
        "violencia de genero", "violencia machista", "mi marido me pega",
        "mi esposo me pega", "mi pareja me pega", "me pega", "me pego", "me pegaba",
        "me golpea", "me golpeo", "me golpeaba", "me da golpes", "me dio una paliza",
        "me maltrata", "me maltrato", "me ahorco", "me ahorca", "me estrangulo",
        "me agarro del cuello", "me empujo", "me cacheteo", "me abofeteo",
        "me jalo del pelo", "orden de alejamiento", "casa de acogida",
    ),
    "child_abuse": (
        "maltrato infantil", "abuso infantil", "abuso de menores", "abuso a menores",
        "abuso de mi hija", "abuso de mi hijo", "abusa de mi hija", "abusa de mi hijo",
        "le pega a mis hijos", "le pega a mi hijo", "le pega a mi hija",
        "les pega a los ninos", "toco a mi hija", "toca a mi hija", "toco a mi hijo",
        "toca a mi hijo", "manoseo a mi hija", "manosea a mi hija", "pornografia infantil",
        "pedofilo*", "pederasta*", "mutilacion genital", "ablacion", "matrimonio infantil",
    ),
    "sexual_abuse": (
        "violacion", "me violo", "me violaron", "violada", "abuso sexual",
        "abusos sexuales", "abuso de mi", "abusa de mi", "acoso sexual", "me acosa",
        "me manosea", "me manoseo", "tocamientos", "sexo a la fuerza", "sexo forzado",
        "sin mi consentimiento", "me obliga a tener relaciones",
        "me obligo a tener relaciones", "me forzo",
    ),
    "self_harm": (
        "quiero morir", "quiero morirme", "me quiero morir", "no quiero vivir",
        "no quiero seguir viviendo", "quitarme la vida", "me voy a matar", "matarme",
        "suicidarme", "suicidio", "suicida", "hacerme dano", "cortarme las venas",
        "cortarme los brazos", "cortarme las munecas", "me corto los brazos",
        "me autolesiono", "autolesion*", "mejor estar muerta", "mejor estar muerto",
        "ojala estuviera muerta", "ojala estuviera muerto", "ojala me muera",
        "tomarme todas las pastillas", "tirarme del puente", "tirarme al metro",
        "tirarme a las vias", "ahorcarme", "acabar con mi vida", "terminar con mi vida",
    ),
    "threat": (
        "te voy a matar", "te mato", "me va a matar", "me quiere matar", "me amenaza",
        "me amenazo", "amenaza con matarme", "amenazo con matarme", "amenaza de muerte",
        "amenazas de muerte", "se donde vives", "me va a quitar a mis hijos",
        "me va a quitar a los ninos",
    ),
}
# fmt: on

LEXICON = LanguageLexicon(
    code="es",
    unambiguous=_UNAMBIGUOUS,
    ambiguous=_AMBIGUOUS,
    second_person=_SECOND_PERSON,
    first_person=_FIRST_PERSON,
    quoting=_QUOTING,
    concepts=_CONCEPTS,
    alarms=_ALARMS,
)
