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
        "senor", "el hombre", "ese hombre", "un señor", "hombres", "el novio de", "novio de mi",
        "ninera", "ninero",
        "cuidador", "monitor", "catequista", "cura", "pastor", "sacerdote",
        "amigo de la familia", "un amigo de", "conocido", "desconocido", "un extraño",
        "extraños",
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
        "violador*", "abuso sexual", "abusos sexuales", "sexualmente", "acoso sexual",
        "me acosa", "la acosa",
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
        "del puente", "del edificio", "del techo", "azotea", "tren", "metro", "las vias",
        "cuerda", "soga", "ahorcarme", "ahorcar*", "colgarme", "navaja", "cuchilla",
        "cuchillas", "hojilla*", "gillette", "veneno", "envenenarme", "raticida", "cloro",
        "hacerme dano", "autolesion*", "quemarme", "pegarme", "golpearme",
        "ahogarme",
    ),
    "REFLEXIVE": (
        "mi mismo", "mi misma", "a mi misma", "a mi mismo", "yo misma", "yo mismo",
        "matarme", "cortarme", "tirarme", "lanzarme", "ahorcarme", "colgarme",
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

# Added after a first evaluation: indirect phrasings (hiding, secrets, neglect, farewells,
# euphemisms), Caribbean and Mexican forms, fewer everyday words. In Spanish the pronouns
# "el", "lo", "le" (HE) and "me" (ME) are in nearly every sentence, so HIDE, FEAR, INJURY
# and CONTROL are alarming almost on their own: their entries here are phrases, and
# INJURY loses generic health words (a fracture, stitches, blood tests, swelling, a
# scar, a wound, "morado" the colour, make-up and long sleeves as such). "nuestro
# secreto" moves from TOUCH to SECRET (TOUCH+SECRET alone would make it sexual abuse).
# Idioms: a child's accident "en el parque" or a sunburn, where "el" is not "him".
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": (
            "me escondo", "me escondi", "me escondia", "me tengo que esconder",
            "tengo que esconderme", "esconder a los ninos", "escondo a los ninos",
            "escondi a los ninos", "escondo a mis hijos", "escondi a mis hijos",
            "esconder las marcas", "esconder los moretones", "escondo los moretones",
            "escondo las marcas", "tapar los moretones", "tapar las marcas", "tapo los moretones",
            "tapo las marcas", "cubrir los moretones", "cubro los moretones", "cubrir las marcas",
            "cubro las marcas", "disimular los moretones", "disimulo los moretones",
            "disimular las marcas", "disimulo las marcas", "maquillaje para tapar",
            "maquillaje para cubrir", "me maquillo para que", "maquillarme para que",
            "bufanda para que", "manga larga para que", "mangas largas para que",
            "manga larga para tapar", "mangas largas para tapar", "manga larga en verano",
            "mangas largas en verano", "para que nadie vea", "para que nadie se de cuenta",
            "para que nadie note", "digo que me cai", "dije que me cai", "le dije que me cai",
            "diciendo que me cai", "dije que me golpee", "digo que me golpee",
            "dije que me pegue con", "dije que fue un accidente", "digo que fue un accidente",
            "que me choque con la puerta", "plata escondida", "dinero escondido", "escondo plata",
            "escondo dinero", "escondo la plata", "ahorro a escondidas", "me encierro en el bano",
            "nos encerramos en el bano", "me encierro con los ninos",
            "nos encerramos en el cuarto", "me escondo de el", "escondida de el",
            "a escondidas de el", "te escribo a escondidas", "escribo a escondidas",
            "les escribo a escondidas", "escribo rapido antes de que", "antes de que me vea",
            "esconderme de el", "quiero esconderme", "me quiero esconder", "escondernos de el",
            "para esconderme", "para escondernos", "nos escondemos de el", "nos escondimos de el",
            "nos escondemos cuando", "nos escondiamos cuando", "lentes oscuros para que no",
            "gafas de sol para que no", "lentes oscuros en la casa", "se esconde cuando",
            "se esconden cuando", "se escondia cuando", "se escondian cuando", "se esconde de el",
            "se esconden de el", "se escondio de el", "se escondieron de el",
            "se esconde de su papa", "se esconde debajo de la cama cuando",
        ),
        "SECRET": (
            "nuestro secreto", "nuestro secretito", "es un secreto", "es secreto",
            "un secreto entre", "secreto entre nosotros", "secretos con", "guardar el secreto",
            "guarda el secreto", "en secreto", "no le digas a nadie", "no se lo digas a nadie",
            "no se lo cuentes a nadie", "no le cuentes a nadie", "no digas nada", "no digan nada",
            "no le digan nada", "no le digas nada", "no le cuentes nada", "no decirle a nadie",
            "no contarle a nadie", "no se lo cuentes", "a nadie le he contado",
            "nunca se lo he contado a nadie", "nunca le he dicho a nadie",
            "no se lo he dicho a nadie", "no se lo he contado a nadie", "nadie lo sabe",
            "nadie puede saber", "nadie puede saberlo", "nadie debe saber", "nadie debe saberlo",
            "que nadie se entere", "que nadie sepa", "sin que nadie sepa", "a escondidas de",
            "escribo a escondidas", "te escribo a escondidas", "les escribo a escondidas",
            "escribo rapido antes de que", "antes de que me vea", "antes de que lo vea",
            "antes de que el vea", "antes de que el lo vea", "si el ve esto", "si el lee esto",
            "si lee esto", "el no puede saber", "el no puede saberlo", "el no sabe que",
            "sin que el sepa", "sin que el se entere", "a sus espaldas", "borra este mensaje",
            "borre este mensaje", "borren este mensaje", "voy a borrar esto",
            "voy a borrar el mensaje", "borro este mensaje", "luego lo borro", "despues lo borro",
            "no le digas a tu papa", "no le digas a tu mama", "no le digas a mama",
            "no le digas a mi esposo", "no le digan a mi esposo", "no le digas a mi marido",
            "no le digan a mi marido", "que mi esposo no se entere", "que mi marido no se entere",
            "que el no se entere", "no se puede enterar", "nadie sabe esto",
            "nadie sabe lo que me pasa", "nadie sabe lo que vivo",
        ),
        "NEGLECT": (
            "siempre tiene hambre", "siempre con hambre", "siempre tienen hambre",
            "llega con hambre al", "va con hambre al colegio", "va con hambre a la escuela",
            "se acuesta con hambre", "se acuestan con hambre", "se duerme con hambre",
            "se duermen con hambre", "se van a dormir sin comer", "se acuestan sin comer",
            "se acuesta sin comer", "no hay comida en la casa", "no hay comida en su casa",
            "nunca hay comida", "no tienen que comer", "no tienen nada que comer",
            "no tiene nada que comer", "no les dan de comer", "no le dan de comer",
            "no le da de comer", "no les da de comer", "pide comida a los vecinos",
            "busca comida en la basura", "come de la basura", "pasan hambre", "pasa hambre",
            "pasando hambre", "aguantan hambre", "desnutrido", "desnutrida", "desnutricion",
            "solos en casa todo el dia", "solos toda la noche", "los deja solos",
            "los dejan solos", "la dejan sola", "lo dejan solo", "dejan solos a los ninos",
            "deja solos a los ninos", "deja al bebe solo", "dejan al bebe solo",
            "el bebe solo en casa", "bebe solo en la casa", "nadie lo recoge", "nadie la recoge",
            "nadie los recoge", "nadie lo va a buscar", "nadie la va a buscar",
            "nadie los va a buscar", "nadie viene por ella", "lo olvidan en el colegio",
            "siempre con ropa sucia", "siempre anda con ropa sucia", "siempre la misma ropa sucia",
            "ropa sucia y rota", "huele mal siempre", "nunca lo banan", "nunca la banan",
            "nunca los banan", "no lo banan", "no la banan", "no los banan",
            "panal sucio todo el dia", "no le cambian el panal", "no le cambia el panal",
            "sin chaqueta en invierno", "sin abrigo en invierno", "sin zapatos en invierno",
            "lo dejan afuera de la casa", "la dejan afuera de la casa",
            "los dejan afuera de la casa", "lo dejan afuera en el frio",
            "fuera de casa toda la noche", "lo dejan en la calle", "lo echan a la calle",
            "la echan a la calle", "no lo dejan entrar", "no la dejan entrar",
            "no los dejan entrar", "anda sola en la calle", "anda solo en la calle",
            "en la calle hasta tarde", "cuida a sus hermanitos solo",
            "cuida a sus hermanitos sola", "solos toda la noche en casa",
            "solos en casa toda la noche", "pasan todo el dia solos", "estan todo el dia solos",
            "todo el dia solos en casa", "nadie viene a buscarlo", "nadie viene a buscarla",
            "nadie viene a recogerlo", "nadie viene a recogerla",
        ),
        "DESPAIR": (
            "si me pasa algo", "si algo me pasa", "si me llega a pasar algo",
            "cuiden a mis hijos por mi", "por favor cuiden a mis hijos", "cuiden bien a mis hijos",
            "cuiden de mis hijos", "que alguien cuide a mis hijos", "cuando yo ya no este",
            "carta de despedida", "cartas de despedida", "les deje una carta",
            "despedirme de mis hijos", "despedirme para siempre", "me despido para siempre",
            "adios para siempre", "este es mi ultimo mensaje", "me despido de la vida",
            "despedirme de la vida", "mejor con otra mama", "mejor con otra madre",
            "merecen una mejor madre", "merecen otra madre", "merecen una madre mejor",
            "merecen una mama mejor", "soy un estorbo", "solo estorbo", "les estorbo",
            "no tiene sentido seguir", "no le veo sentido a nada",
            "no le encuentro sentido a nada", "no le encuentro sentido a la vida",
            "para que seguir", "para que seguir viviendo", "de que sirve seguir",
            "de que sirve vivir", "ya no tiene sentido vivir", "vivir no tiene sentido",
            "en casa ya no puedo respirar", "ya no puedo respirar en casa",
            "no puedo respirar en esta casa", "me ahogo en esta casa", "me asfixio en esta casa",
            "me ahogo en casa", "ya no puedo con esto", "ya no puedo con nada",
            "ya no puedo con la vida", "no puedo seguir asi", "ya no aguanto esta vida",
            "no aguanto esta vida", "mejor si desaparezco", "mejor si me muero",
            "mejor si ya no estoy", "si ya no estoy todos", "si yo no estuviera",
            "si ya no estuviera", "todos estarian en paz", "todos van a estar en paz",
            "todos estarian mejor", "todos estarian tranquilos", "van a estar mejor sin mi",
            "estoy en el puente", "estoy en las vias", "estoy frente al tren",
            "parada en el puente", "arriba del puente", "me voy al puente", "me voy a las vias",
            "todas las pastillas en la mano", "tengo las pastillas en la mano",
            "tengo todas las pastillas", "junte pastillas", "junte las pastillas",
            "guardando pastillas", "he guardado pastillas", "tengo pastillas guardadas",
            "todas las pastillas juntas", "quiero que todo se acabe", "quiero que todo termine",
            "que todo se acabe ya", "quiero que todo pare", "quiero que todo se detenga",
            "ya no quiero estar aqui", "no quiero seguir asi", "nunca mas los voy a molestar",
            "carta a cada uno de mis hijos", "carta para cada uno de mis hijos",
            "una carta a cada hijo", "una carta para cada hijo", "carta a cada uno de ellos",
            "cansada de luchar contra todo", "cansado de luchar contra todo",
            "ya no quiero luchar", "ya no tengo fuerzas para luchar",
            "no tengo fuerzas para seguir",
        ),
        "FEAR": (
            "me quedo congelada", "me quedo congelado", "me quede congelada",
            "me quedo paralizada", "me quedo paralizado", "me quede paralizada", "me paralizo",
            "me paraliza", "me pongo a temblar", "empiezo a temblar", "cascaras de huevo",
            "pisando huevos", "me estremezco", "se encoge de miedo", "se protege la cara",
            "brinca del susto", "salta del susto", "me sobresalto", "el corazon en la boca",
            "amedrentada", "acobardada", "esconder a los ninos", "escondo a los ninos",
            "escondi a los ninos", "escondo a mis hijos", "escondi a mis hijos",
            "escondemos de el", "me encojo de miedo", "me congelo de miedo",
            "me congelo cuando el", "me congelo cuando grita", "me congelo cuando llega",
            "me siento intimidada", "me siento intimidado", "me intimida cuando",
        ),
        "INJURY": (
            "marcas de la correa", "marcas del cinturon", "marcas de cinturon", "marcas de correa",
            "marcas en la espalda", "marcas en el cuello", "marcas en los brazos",
            "marcas en las piernas", "marcas en la cara", "marcas de dedos", "dedos marcados",
            "los dedos marcados", "la mano marcada", "marca de la mano", "marcas de mordidas",
            "marcas de dientes", "quemaduras de cigarrillo", "quemaduras de cigarro",
            "quemadura de cigarrillo", "labio roto", "me rompio el labio", "me partio el labio",
            "la boca rota", "la boca partida", "labio reventado", "me revento la boca",
            "labio hinchado", "boca hinchada", "la cara llena de sangre", "llena de sangre",
            "lleno de sangre", "me hizo sangrar", "sangre en la cara", "moretones en",
            "moretones por todo el cuerpo", "verdugon*", "la cara morada", "brazos morados",
            "lleno de morados", "llena de morados", "tiene morados", "tengo morados",
            "cortadas en los brazos", "cortadas en las munecas", "heridas en los brazos",
            "me dejo heridas", "le dejo heridas", "digo que me cai", "dije que me cai",
            "le dije que me cai", "diciendo que me cai", "dije que me golpee",
            "digo que me golpee", "dije que fue un accidente", "digo que fue un accidente",
            "tapar las marcas", "cubrir las marcas", "esconder las marcas", "disimular las marcas",
            "tapo las marcas", "cubro las marcas", "escondo las marcas", "disimulo las marcas",
            "sangrando por la boca", "sangrando por la nariz de un golpe", "me sangraba la boca",
            "hasta sangrar", "hasta hacerme sangrar", "le hizo sangrar",
        ),
        "TOUCH": (
            "le hace cosas a", "le hacia cosas", "le hace cosas feas", "le hace cosas raras",
            "hace cosas raras con ella", "cosas raras con ella", "cosas feas con ella",
            "cosas raras con mi hija", "cosas raras con mi hijo", "me hacia cosas",
            "hacia cosas con ella", "la toca ahi", "lo toca ahi", "la toco ahi", "lo toco ahi",
            "la tocaba ahi", "le toca ahi", "le toco ahi", "tocarla ahi", "le toca sus partes",
            "le toco sus partes", "la toca en sus partes", "le toca la cola", "le toca el trasero",
            "le toca los pechos", "entre sus piernas", "entra en su cuarto de noche",
            "entra a su cuarto de noche", "entra a su cuarto en la noche",
            "entra a su cuarto por la noche", "de noche a su cuarto", "entra al cuarto de mi hija",
            "le pide fotos a mi hija", "le pide fotos a mi hijo", "le pidio fotos a mi hija",
            "le manda fotos de el desnudo", "le manda fotos raras", "le pide fotos de su cuerpo",
            "le pide fotos sin ropa", "fotos en ropa interior", "le muestra videos porno",
            "le muestra videos de adultos", "juego secreto", "juegos secretos", "la sienta encima",
            "la sube a sus piernas", "quiere que entre sola", "quiere que ella entre sola",
            "quiere que vaya sola", "quiere estar a solas con", "siempre a solas con",
            "la lleva a solas", "le pide que lo toque", "que lo toque", "lo obliga a tocarlo",
            "la obliga a tocarlo", "le pide que se quite la ropa", "se frota contra",
            "se restriega contra", "se le arrima", "toca entre las piernas",
            "tocaba entre las piernas", "mano entre las piernas", "mano entre sus piernas",
            "le hace cosas", "le hizo cosas", "le pide fotos", "le pidio fotos", "le pedia fotos",
        ),
        "SEXUAL": (
            "fotos desnuda", "fotos desnudo", "fotos intimas", "fotos sin ropa", "nudes",
            "le pidio el pack", "le pide el pack", "mandame el pack", "pasame el pack", "sexting",
            "sextorsion", "porno infantil", "videos porno a", "me obliga a tener sexo",
            "me obliga a acostarme", "tener relaciones cuando no quiero",
            "aunque le digo que no quiero", "abusa de ella", "abusaba de ella", "abuso de ella",
            "abusaron de ella", "abusaron de mi", "abusaba de mi", "fotos de su pene",
            "me manda videos porno", "se masturba delante", "se masturbaba delante",
            "se toca delante de ella", "se saco el pene", "le mostro el pene", "le enseno el pene",
            "me toco mis partes",
        ),
        "CONTROL": (
            "me quita el celular", "me quito el celular", "me quita el telefono",
            "me quito el telefono", "me quito los papeles", "me quito el pasaporte",
            "me quito los documentos", "tiene mis papeles", "tiene mi pasaporte",
            "guarda mi pasaporte", "esconde mi pasaporte", "me esconde los papeles",
            "revisa mi whatsapp", "lee mis mensajes", "lee mis chats", "me revisa el telefono",
            "me revisa el celular", "quiere mis contrasenas", "sabe mis contrasenas",
            "me pide las contrasenas", "no me deja ver a mi familia",
            "no me deja ver a mis amigas", "no me deja hablar con", "no me deja ir a",
            "no me deja estudiar", "no me deja ir al curso", "no me deja aprender",
            "no me deja tener amigas", "no me deja llamar", "no puedo salir sola",
            "no puedo salir sin el", "no salgo sin su permiso", "tengo que pedirle permiso",
            "pedirle permiso para todo", "le tengo que pedir permiso", "encierra a los ninos",
            "los encierra", "la encierra", "lo encierra", "encerrados en el cuarto",
            "encerrada en el cuarto", "encierra en el sotano", "encerrados en el sotano",
            "me deja encerrada", "me encierra con llave", "tengo que rogarle por dinero",
            "rogarle por dinero", "pedirle dinero para todo", "me da el dinero contado",
            "no me da dinero", "no me da plata", "no me da ni un peso", "me controla el dinero",
            "controla mi dinero", "controla la plata", "maneja mi dinero",
            "se queda con mi sueldo", "se queda con mi dinero", "se queda con mi plata",
            "se queda con la ayuda", "cobra mi sueldo", "tengo que darle mi sueldo",
            "le tengo que dar mi sueldo", "no tengo dinero propio", "no tengo cuenta propia",
            "todo esta a su nombre", "deudas a mi nombre", "me sigue a todas partes", "me espia",
            "me rastrea", "rastrea mi celular", "rastrea mi ubicacion", "me puso un rastreador",
            "sabe donde estoy siempre", "siempre sabe donde estoy",
            "tengo que decirle donde estoy", "me espera afuera del trabajo",
            "se aparece en mi trabajo", "aparece en mi trabajo",
        ),
        "THREAT": (
            "ya vas a ver quien soy", "vas a ver lo que te hago", "vas a ver quien soy",
            "cuidate de mi", "ten cuidado conmigo", "se a que colegio van", "se a que escuela van",
            "se donde estudian tus", "se donde trabajas", "se donde esta tu hija",
            "se donde estan tus hijos", "se quienes son tus hijos", "te voy a quemar el carro",
            "quemar tu carro", "quemarte el carro", "te quemo el carro", "te quemo la casa",
            "quemar tu casa", "quemarte la casa", "te voy a quemar la casa",
            "te mando a mis hermanos", "te voy a mandar a mis hermanos", "te mando a mi marido",
            "te mando a mi esposo", "te voy a mandar gente", "te mando gente", "lo vas a lamentar",
            "espera a que te encuentre", "cuando te agarre", "si te agarro",
            "si te veo en la calle", "cuando te vea en la calle", "te voy a encontrar",
            "te encontrare", "te voy a romper las piernas", "te rompo las piernas",
            "romperte las piernas", "te parto las piernas", "te voy a partir las piernas",
            "te rompo la cabeza", "te parto la madre", "te voy a partir la madre",
            "te voy a romper la madre", "te voy a dar en la madre", "te voy a madrear",
            "no sabes con quien te metiste", "no sabes con quien te estas metiendo",
            "lo vas a pagar caro", "lo pagaras caro", "ya vas a ver lo que te pasa",
            "ya vas a ver lo que te hago", "ya vas a ver lo que es bueno",
            "ya veras lo que te pasa", "ya veras lo que te hago",
        ),
        "KILL": (
            "te matare", "los voy a matar", "la voy a matar", "nos va a matar", "nos quiere matar",
            "la quiere matar", "la iba a matar", "me iba a matar", "casi me mata a golpes",
            "me queria matar", "matarlas", "matarlos", "balear", "balearte", "te voy a balear",
            "pegarte un tiro", "pegarle un tiro", "un tiro en la cabeza", "meterte un tiro",
            "darte piso", "darle piso", "mandarte a matar", "te mando a matar", "mandar a matar",
            "sicario*", "cuchillo en el cuello", "me puso un cuchillo", "me puso el cuchillo",
        ),
        "HURT": (
            "pegarte", "pegarles", "pegarla", "me pegaste", "le pegaste", "le pegue", "me avento",
            "me aventaba", "aventarme", "me tiro al piso", "me tiro contra la pared",
            "me estrello contra", "me jalonea", "me jaloneo", "me zarandeo", "le dio una pela",
            "le dio con el palo", "le dio con el cable", "le pega con el cable",
            "me pego con el cable", "apago el cigarro en", "apago el cigarrillo en",
            "quemaduras de cigarrillo", "quemaduras de cigarro", "me rompio el labio",
            "me rompio la nariz", "me rompio la boca", "me rompio un diente", "me partio la boca",
            "me partio el labio", "me partio la cara", "me apunalo", "me apunalaron",
            "me acuchillo", "me clavo un cuchillo", "me clavo el cuchillo", "marcas de la correa",
            "marcas del cinturon", "marcas de cinturon", "los dedos marcados", "la mano marcada",
            "verdugon*", "me empujo contra la pared", "la estrello contra la pared",
            "lo estrello contra la pared", "le pega con un palo", "me pego con un palo",
            "le dio con la manguera", "le pega con la manguera", "quemo con un cigarrillo",
            "quema con el cigarrillo", "me quemo con el cigarrillo", "la quemo con el cigarrillo",
            "le daba pelas", "me daba pelas", "le da pelas", "me arrastro del pelo",
            "me arrastraba del pelo", "me arrastro por el piso", "me arrastro por la casa",
            "marcas de dedos", "marcas de dedos en el cuello", "la cara llena de sangre",
            "hasta sangrar", "hasta hacerme sangrar", "le hizo sangrar",
        ),
    },
    alarms={
        "child_abuse": (
            "le pega a los ninos", "les pega a mis hijos", "le pega a mi nino",
            "le pega a mi nina", "le pega con el cinturon", "les pega con el cinturon",
            "le pega con la correa", "les pega con la correa", "le dio con la correa",
            "le dio con el cinturon",
        ),
    },
    dropped={
        "TOUCH": (
            "nuestro secreto", "nuestro secretito",
        ),
        "INJURY": (
            "fractura*", "puntadas", "suturas", "sangre", "sangrado", "hinchado", "hinchada",
            "hinchazon", "morado", "morados", "chichon", "chichones", "lesion", "lesiones",
            "maquillaje", "manga larga", "mangas largas", "cicatriz", "cicatrices", "herida",
            "heridas", "herido", "cortada", "cortadas", "sangra", "sangrando", "sangro",
        ),
    },
    idioms=(
        "quemadura de sol", "quemaduras de sol", "quemado por el sol", "quemada por el sol",
        "se cayo en el", "se cayo por el", "se golpeo con el", "se pego con el", "se dio con el",
        "en el recreo", "en el parque", "en el patio", "en el columpio", "en el tobogan",
        "en el futbol", "en el entrenamiento", "en el jardin", "en el kinder", "jugando en el",
        "jugando con el balon", "este es mi ultimo mensaje en",
    ),
)
# fmt: on

# Added while tuning on the tuning two thirds of the evaluation set (general phrasings that
# were missing: locking a child in, "don't tell anyone", veiled threats).
LEXICON = LEXICON.extended(
    concepts={
        "CONTROL": ("encierra", "encierran", "encerro", "encerraba", "la encierra",
                    "lo encierra", "me encierra"),
        "SECRET": ("no le digan a nadie", "no se lo digan a nadie", "no digan nada",
                   "no le cuenten a nadie", "no se lo cuenten", "que nadie sepa"),
        "THREAT": ("cuidadito", "se a que colegio", "se donde estudian tus", "ya vas a ver",
                   "te vas a arrepentir", "vas a ver lo que te pasa"),
    },
)  # fmt: skip

# A second round, on new messages written by someone who had not seen these lists (their
# tuning two thirds): everyday scenes (MISHAP) and the wider words of disclosures: the neck,
# fainting, "things I don't want", a bridge and the water, "pa qué sigo", an iron.
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": (
            "jaja", "jajaja", "pelota", "balon", "futbol", "partido", "entrenamiento",
            "parque", "columpio", "tobogan", "bici", "bicicleta", "se cayo", "me cai",
            "se cae", "caida", "juego", "videojuego*", "fortnite", "minecraft", "play",
            "pelicula*", "serie", "netflix", "terror", "cocina", "cocinar", "tortilla",
            "sarten", "pescado", "cebolla", "verdura*", "receta", "mantequilla", "no fue nada",
            "el medico dijo", "la doctora dijo", "vacuna*", "dentista",
        ),
        "HURT": (
            "apreto el cuello", "me apreto", "el cuello", "del cuello", "ahorc*",
            "estrangul*", "asfixi*", "quemaron", "la quemaron", "lo quemaron", "con la plancha",
            "plancha", "cinturon", "con el cinturon", "la correa", "con la correa",
        ),
        "INJURY": ("me desmaye", "desmaye", "se desmayo", "inconsciente", "en el suelo",
                   "sin querer", "segunda vez", "otra vez"),
        "SELFHARM": ("puente", "el puente", "mirando el agua", "salte", "saltar", "tirarme",
                     "lanzarme", "tirarme al", "las pastillas", "todas las pastillas",
                     "tome pastillas", "no comer"),
        "DESPAIR": ("pa que sigo", "para que sigo", "para que seguir", "pa que seguir",
                    "todo me sale mal", "no se que me pasa", "no se q me pasa",
                    "no tengo fuerzas", "sin fuerzas", "ya no puedo mas", "estoy harta de todo",
                    "cansada de todo", "cansada de vivir", "perdonenme", "perdonadme",
                    "ultimo mensaje", "cuiden a mis hijos", "cuidad a mis hijos"),
        "SEXUAL": ("cosas que no quiero", "me hace cosas", "hace cosas que no quiero",
                   "me obliga", "obligada", "a la fuerza"),
        "TOUCH": ("videos raros", "fotos raras", "se siente encima", "encima de el",
                  "sentarse encima", "en sus piernas", "sobre sus piernas", "sus partes",
                  "la toca", "lo toca"),
        "NEGLECT": ("sin banarse", "sin comer", "cereales secos", "no los llevo al cole",
                    "no van al cole", "no hay comida", "nada de comer", "solos en casa",
                    "todo el dia solos", "en el frio", "sin abrigo"),
        "THREAT": ("a que colegio", "a q colegio", "que colegio va", "q colegio va",
                   "donde vive tu", "ya veras", "te vas a enterar", "te vas a arrepentir",
                   "te mato", "los mato", "la mato"),
        "RELATIVE": ("sobrina", "sobrino", "novio de mi hermana", "el novio", "novio de",
                     "el vecino", "la vecina", "cunado", "suegro"),
        "PARTNER": ("mi pareja", "pareja", "mi novio", "novio", "ex marido", "mi ex"),
        "HIDE": ("sin querer dicen", "dicen que sin querer", "dice que se cayo",
                 "dijo que se cayo", "que me cai"),
    },
)
# fmt: on

# A third round, on the training messages (written apart from the evaluation set): the news
# and what is on screen (MEDIA), and a child's fear of dogs, spiders or the dark (MISHAP).
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("noticias", "noticia", "novela", "telenovela", "serie", "pelicula",
                  "programa", "documental", "podcast", "periodico", "articulo", "tele",
                  "television", "youtube", "libro", "en la tele", "en las noticias"),
        "MISHAP": ("perro", "perros", "arana", "aranas", "oscuridad", "pesadilla*", "tormenta",
                   "juguete*", "sin querer jugando", "jugando", "escondite"),
        "TOUCH": ("toca la pierna", "tocaba la pierna", "toca las piernas", "le toca la",
                  "le tocaba la", "le toca el", "le toca los", "tocar las partes",
                  "tocar sus partes", "toca sus partes", "tocarle las partes"),
    },
    # "tocar" alone is also "to be one's turn" and "to play" ("hoy no tocaba gym", "tocando
    # la guitarra"): touching needs an object ("la toca", "tocarla", "le toca ahí").
    dropped={"TOUCH": ("toca", "toco", "tocar", "tocaba", "tocaban", "tocando")},
)  # fmt: skip

# Inflection and the small words around an insult (see `LanguageLexicon`): plurals,
# diminutives and augmentatives of a listed word ("cerdos", "tontita", "burrote"), the
# determiners that make an ambiguous word a thing ("el cerdo", "tu perro"), calls ("oye
# tonto") and intensifiers ("maldita rata", "tonta de mierda"). "burrito" is food and
# "animales" is what children go to see; "ratito" is a while.
# fmt: off
LEXICON = LEXICON.extended(
    inflections=("s", "es", "ito", "ita", "itos", "itas", "ote", "ota", "otes", "otas",
                 "azo", "aza", "azos", "azas"),
    not_inflected=("burrito", "burritos", "animales", "ratito", "ratitos", "patitos",
                   "patito", "monito", "monitos", "monita", "fresitas", "capullito",
                   "bichito", "bichitos", "pesadito", "pesadita", "locote", "cabrito",
                   "cabritos", "basurita", "vacas", "focas", "sapito", "perrito"),
    determiners=("el", "la", "los", "las", "lo", "mi", "mis", "tu", "tus", "su", "sus",
                 "nuestro", "nuestra", "nuestros", "nuestras", "este", "esta", "estos",
                 "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "aquellos",
                 "aquellas", "del", "al", "dos", "tres", "cuatro", "muchos", "muchas",
                 "otro", "otra", "otros", "otras", "cada"),
    # "tu" is also "your" once the accent is gone ("tu gallina"): no call.
    vocatives=("oye", "oiga", "eh", "ey", "hey", "vos"),
    intensifiers=("maldito", "maldita", "malditos", "malditas", "puto", "puta", "putos",
                  "putas", "pinche", "pinches", "jodido", "jodida", "jodidos", "jodidas",
                  "estupido", "estupida", "asqueroso", "asquerosa", "grandisimo",
                  "grandisima"),
    intensifiers_after=("de mierda", "asqueroso", "asquerosa", "asquerosos", "asquerosas",
                        "de los cojones", "inmundo", "inmunda", "de porqueria"),
    articles=("un", "una", "unos", "unas"),
    # ("güey", "weón" and "boludo" are also "mate"; "fulana" is also so-and-so.)
    people=("tonto", "tonta", "bobo", "boba", "menso", "mensa", "baboso", "babosa", "zonzo",
            "inutil", "chismosa", "metiche", "mocoso", "mocosa", "malcriado", "malcriada",
            "ignorante", "cobarde", "mentiroso", "mentirosa", "vago", "vaga", "pajuo", "mamerto",
            "sinverguenza", "malandro", "chupamedias", "lambon", "cachon", "cornudo", "pajero",
            "naco", "gilipuertas", "marica", "tortillera", "cachapera", "lerdo",
            "lerda", "anormal", "hipocrita", "fracasado", "fracasada", "rastrero", "rastrera",
            "culicagado", "culicagada", "mequetrefe", "vividor", "vividora"),
    copulas=("eres", "es", "sois", "son", "sos", "era", "eras", "fuiste", "pareces", "parece",
             "estas", "sera", "seras", "menudo", "menuda", "vaya", "que", "q", "tan", "tremendo",
             "tremenda", "verdadero", "verdadera"),
    # "gorda" is also a term of endearment, "lerdo" slow ... ("perra" squeezed is "pera")
    ambiguous=("gorda", "gordo", "gordita", "gordito", "lerdo", "lerda", "anormal",
               "miserable", "hipocrita", "fracasado", "fracasada", "ridiculo", "ridicula",
               "parasito", "parasita", "rastrero", "rastrera", "asqueroso", "asquerosa",
               "zangano", "zangana", "chusma", "sapa", "mierda", "culicagado", "culicagada",
               "mequetrefe", "vividor", "vividora", "arrastrada", "arrastrado"),
    unambiguous=("cretino", "cretina", "cretinos", "cretinas", "muerto de hambre",
                 "muerta de hambre", "muertos de hambre", "cara de culo", "caraculo",
                 "mal nacido", "mal nacida", "hijo de su madre", "hija de su madre",
                 "hijo de tu madre", "hija de tu madre"),
    second_person=("sois", "callate", "callense", "largate", "lárgate", "vete", "idos"),
)  # fmt: skip

# A fourth round, on the false alarms of the training messages and of the first fresh set:
# what a controlling partner takes (money, a phone, papers, permission) is only a scene on
# its own (BELONGING): "se me murió el celular", "qué papeles piden" raise nothing, "él
# tiene mi pasaporte" still does. Sport, a pillow fight and the driving school are everyday
# scenes (MISHAP); a fairy tale is a story (MEDIA).
LEXICON = LEXICON.extended(
    concepts={
        "BELONGING": ("celular", "telefono", "mi telefono", "mi celular", "mis papeles",
                      "pasaporte", "papeles", "documentos", "tarjeta", "dinero", "plata",
                      "permiso", "sin permiso", "ubicacion", "celoso", "celosa", "celos"),
        "MISHAP": ("boxeo", "kickboxing", "taekwondo", "karate", "judo", "baloncesto",
                   "basquet", "natacion", "piscina", "gimnasia", "almohada*",
                   "almohadazo*", "autoescuela", "fifa", "playstation", "arbitro"),
        "MEDIA": ("cuento*", "bruja", "brujas", "blancanieves", "caperucita", "el lobo",
                  "hansel y gretel"),
    },
    dropped={
        "CONTROL": ("celular", "telefono", "mi telefono", "mi celular", "mis papeles",
                    "pasaporte", "papeles", "documentos", "tarjeta", "dinero", "plata",
                    "permiso", "sin permiso", "ubicacion", "celoso", "celosa", "celos"),
    },
)  # fmt: skip

# A fifth round, on the misses of the first fresh set, written as families for every
# language rather than as the missed sentences: the police at the door, fleeing with the
# children and being followed, "he did things to me" as a euphemism, a child left alone.
LEXICON = LEXICON.extended(
    concepts={
        "POLICE": ("policia", "la policia", "los policias", "patrulla", "llamaron al 112",
                   "llame al 112", "los vecinos llamaron", "los vecinos llamaron a la policia"),
        "HIDE": ("hui", "huimos", "me escape", "nos escapamos", "me fui con los ninos",
                 "me fui con mis hijos", "casa de acogida", "refugio para mujeres",
                 "que no pasaba nada", "que no era nada"),
        "CONTROL": ("me espera en la puerta", "nos espera en la puerta", "me espera afuera",
                    "me llama todos los dias", "no para de llamar", "espera frente al colegio",
                    "espera en la escuela"),
        "NEGLECT": ("sola dias enteros", "solos dias enteros", "dias enteros sola",
                    "dias enteros solos", "sola todo el dia", "solos todo el dia",
                    "nadie la cuida", "nadie los cuida", "nadie lo cuida",
                    "no le dan de comer", "no les dan de comer", "porque tiene hambre"),
    },
    alarms={
        "sexual_abuse": ("me hizo cosas", "me hacia cosas", "le hizo cosas", "le hacia cosas",
                         "me tocaba", "la tocaba", "lo tocaba", "cosas feas conmigo",
                         "cosas malas conmigo"),
    },
)  # fmt: skip

# Insults, a sixth round (the first fresh set's misses as families): "todos" and "todas"
# aim a plural at a group ("son unas tontas, todas").
LEXICON = LEXICON.extended(
    second_person=("todas ustedes", "todos ustedes", "son todas", "son todos", "cállense",
                   "fuera de aqui", "fuera del grupo"),
)  # fmt: skip

# A seventh round, on the second fresh set's misses and false alarms, as families: a child
# who hit another child at school is a scene (MISHAP), not abuse; "I know where she lives,
# I'll wait for her" is a threat; a parent who says she hits her own child is heard; the
# helplines are named; "sleep and not wake up" is despair; a whole people called thieves or
# dirty is an insult aimed at them.
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": ("otro nino", "otra nina", "a un companero", "a una companera", "companero",
                   "en el recreo", "en el patio", "en clase", "me llamo la maestra",
                   "la maestra llamo", "pelea de hermanos", "entre hermanos"),
        "THREAT": ("se donde vive", "se donde vives", "la espero a la salida",
                   "lo espero a la salida", "te espero a la salida", "va a ver", "vas a ver",
                   "se va a enterar", "te vas a enterar", "me las va a pagar"),
        "DESPAIR": ("dormir y no despertar", "no despertar mas", "no despertarme",
                    "quiero desaparecer", "desaparecer para siempre", "no estar mas"),
        "HURT": ("se le van las manos", "se le fue la mano", "se le va la mano",
                 "le levanta la mano", "me levanta la mano"),
        "HIDE": ("dormir en el carro", "dormimos en el carro", "dormir en el coche",
                 "dormimos en el coche", "dormir en el auto", "no pregunten"),
    },
    alarms={
        "violence": ("016", "linea 016", "veilig thuis"),
        "child_abuse": ("les pego", "le pego mas fuerte", "les pego mas fuerte", "yo les pego",
                        "yo le pego", "lo golpeo", "la golpeo", "los golpeo",
                        "con la chancla", "con el cinturon", "con la correa"),
    },
    idioms=("le pego al balon", "le pego a la pelota"),
    second_person=("marroquies", "turcos", "somalies", "sirios", "extranjeros",
                   "refugiados", "negros", "musulmanes", "judios", "venezolanos",
                   "colombianos", "gitanos"),
    ambiguous=("ladrones", "unos ladrones", "sucios", "unas sucias", "vagos"),
)  # fmt: skip

# "compañero" alone is a classmate ("le pegó a un compañero"); "mi compañero" stays a
# partner. Shame and anger said big are idioms.
LEXICON = LEXICON.extended(
    dropped={"PARTNER": ("companero", "companera")},
    concepts={"PARTNER": ("mi companero", "mi companera")},
    idioms=("me muero de la verguenza", "me muero de verguenza", "muerta de verguenza",
            "echo humo", "echando humo", "me voy a volver loca", "me vuelvo loca"),
)  # fmt: skip

# An eighth round, on the third fresh set's misses, as families in every language: a child
# locked in or left a night without food, a partner waiting at the school with his mates,
# "he will pay for it", setting someone on fire, goodbye letters and affairs put in order,
# a relative who opens the bathroom door, a stranger online who asks a child for photos in
# a more private app, a child engaged or married off, freeloaders and beggars said of a
# whole people.
LEXICON = LEXICON.extended(
    concepts={
        "NEGLECT": ("noche sin comer", "toda la noche sin comer", "dias sin comer",
                    "dia sin comer", "encerrados sin comer"),
        "THREAT": ("la voy a esperar", "lo voy a esperar", "te voy a esperar",
                   "se a que hora sale", "ya se a que hora", "lo va a pagar", "la va a pagar",
                   "me las pagara", "le prendo fuego", "te prendo fuego"),
        "TOUCH": ("cuando se bana", "cuando se ducha", "abre la puerta del bano",
                  "entra al bano cuando", "manda fotos", "mande fotos", "le mande fotos",
                  "que le mande fotos", "fotos de ella", "fotos de el"),
        "SECRET": ("app mas privada", "otra app", "aplicacion mas privada", "no le digas a tu mama",
                   "no le digas a mama"),
    },
    alarms={
        "self_harm": ("quien se queda con los ninos", "deje escrito", "pague todas mis deudas",
                      "carta de despedida", "cuando yo no este", "dibujo una tumba"),
        "child_abuse": ("la quieren casar", "casarla con", "matrimonio forzado",
                        "la obligan a casarse", "comprometida con su primo"),
    },
    idioms=("muerta del susto", "muerto del susto", "muerta de miedo", "hecha un zombie"),
    ambiguous=("aprovechados", "mendigos", "pedigüeños"),
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
        "TRIP": ("peregrinacion", "a la meca", "nos mudamos", "me mudo", "de vacaciones"),
        "MISHAP": ("fiebre", "farmacia", "pediatra", "funeral", "entierro", "velorio",
                   "carnicero", "pelearon por", "se pelean por"),
        "THREAT": ("cuchillo escondido", "un cuchillo debajo", "sabe donde vive",
                   "le rajo la cara", "le parto la cara", "le rompo la cara", "se donde trabajas",
                   "se donde trabaja", "ten cuidado cuando"),
        "HIDE": ("maquillaje pa tapar", "maquillaje para tapar", "tapar lo del ojo",
                 "taparme el ojo", "tapar los moretones", "tapar el moreton"),
        "DESPAIR": ("no le encuentro sentido", "si no fuera por la nina",
                    "si no fuera por el nino", "si no fuera por mis hijos", "ya me habria ido",
                    "alguien se daria cuenta", "si salto"),
        "SECRET": ("no le digas a tu mama", "no le digas a tu madre", "nuestro secreto"),
        "TOUCH": ("en sus piernas", "en su regazo", "le da regalos", "le hace regalos"),
    },
    alarms={
        "self_harm": ("me tome todas las pastillas", "todas las pastillas", "cartas para mis hijos",
                      "escribi las cartas", "manana lo hago", "manana temprano lo hago"),
        "child_abuse": ("mandarlo de vuelta para que aprenda", "campamento de reeducacion"),
    },
    inflections=("illo", "illa", "illos", "illas"),
    ambiguous=("moros", "hipocrita", "hipocritas", "envidiosas", "envidiosa"),
)  # fmt: skip

# A tenth round, on the fifth fresh set's misses, as families in every language: "he is here,
# I can't talk", "I don't want to live any more", "nobody will miss me", searching how to die
# without pain, pills bought and hidden, driving into a wall, a child locked in a dark toilet,
# a sister's split lip, "he knocked me to the floor", burning someone's car or office, "I
# know who you are and where you live"; and scenes: wrestling, Sinterklaas, a bicycle, a
# death anniversary, a ham knife, a horror film, GTA.
LEXICON = LEXICON.extended(
    concepts={
        "DESPAIR": ("como morir sin que duela", "morir sin dolor", "ya lo tengo pensado",
                    "nadie me va a extranar", "nadie me extranaria", "deje una carta",
                    "le deje una carta"),
        "THREAT": ("se quienes son", "y donde viven", "cuidense", "cuidate", "le quemo el carro",
                   "le quemo el coche", "le quemo la casa"),
        "MISHAP": ("lucha libre", "aniversario", "que en paz descanse", "rosario", "misa",
                   "jamon", "jamonero", "cortar el pan", "gta", "juegan", "jugar",
                   "el conjuro", "vimos"),
    },
    alarms={
        "violence": ("ya llego no puedo hablar", "ya llego, no puedo hablar",
                     "esta aqui no puedo hablar"),
    },
)  # fmt: skip

# A laugh is no everyday scene: it explains a sign away only in its own sentence (see
# `reading._joking_near`), not anywhere in a long message.
LEXICON = LEXICON.extended(dropped={"MISHAP": ("jaja", "jajaja")})

# An eleventh round, from the developers' own probes (no evaluation set read): a sister with
# a new bruise every week, feeling nothing and only wanting to sleep,
# the wages taken and an allowance given, looking down from a balcony, an app to know where
# she is, setting two people on fire, "he comes at night even when I say no".
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": ("cada semana con un moretón", "cada semana con un moreton",
                 "cada semana un moretón nuevo", "cada semana un moreton nuevo",
                 "siempre con moretones", "otra vez con moretones", "otro moretón nuevo",
                 "siempre dice que se cayó", "siempre dice que se cayo"),
        "DESPAIR": ("ya no siento nada", "no siento nada ya", "no siento nada de nada",
                    "mirando abajo desde el balcón", "mirando abajo desde el balcon",
                    "cosas sobre morirse", "cosas sobre la muerte", "habla de morirse",
                    "no quiero despertar", "dormir y no despertar"),
        "CONTROL": ("me quita el sueldo", "me quita el salario", "me quita la nómina",
                    "me da una paga", "me da una paguita", "app en el móvil para saber",
                    "app en el movil para saber", "saber siempre dónde estoy",
                    "saber siempre donde estoy", "me rastrea", "me tiene localizada"),
        "THREAT": ("les prendo fuego", "le prendo fuego a", "los quemo a los dos",
                   "la quemo viva", "lo quemo vivo"),
        "SEXUAL": ("viene aunque le diga que no", "lo hace aunque le diga que no",
                   "me toca aunque le diga que no", "sigue aunque le diga que no",
                   "aunque le diga que no me deja", "me obliga aunque no quiera"),
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
        "DESPAIR": ("los voy a extrañar", "las voy a extrañar", "las voy a echar de menos",
                    "cuídense mucho y abracen", "no sé por qué sigo", "no se por que sigo",
                    "regalé mis cosas", "regale mis cosas", "ya no las voy a necesitar",
                    "ya no los voy a necesitar", "el agua me llama", "el mar me llama",
                    "cuántos pisos tiene", "no sé por qué escribo esto",
                    "no se por que escribo esto",
                    "mirando el cuchillo", "miro el cuchillo", "ya no me van a ver",
                    "ya no me verán", "ya no me veran", "muerta por dentro", "muerto por dentro",
                    "cuántas pastillas", "cuantas pastillas"),
        "SECRET": ("no me pregunten", "no pregunten", "olvídenlo", "olvidenlo", "no digan nada"),
        "ABUSE": ("dice que no valgo nada", "no vales nada", "nadie te va a querer",
                  "dice que nadie me va a querer", "la casa se vuelve un infierno",
                  "la casa es un infierno", "mi hermano le pega a mi hermana",
                  "mi hermano pega a mi hermana"),
        "HIDE": ("manga larga", "para manga larga", "mangas largas con este calor"),
        "TOUCH": ("le dio caramelos", "le regala caramelos", "le hace fotos a los niños",
                  "hace fotos a los niños", "enseñarle unos gatitos", "en su casa tiene gatitos"),
    },
    alarms={
        "threat": ("te rompo las piernas", "te parto las piernas", "me rompe las piernas"),
        "child_abuse": ("ablación", "ablacion", "mutilación genital", "mutilacion genital",
                        "cortar a mi hija", "circuncidar a mi hija"),
        "violence": ("no vamos a volver a casa", "no volvemos a casa", "no pienso volver a casa",
                     "me da miedo volver a casa"),
        "self_harm": ("encontré una cuerda en su cuarto", "encontre una cuerda en su cuarto",
                      "una cuerda en su habitación"),
    },
    dropped={"INJURY": ("otra vez", "segunda vez")},  # again: no injury on its own
    idioms=("cojo el tren", "coger el tren", "tomo el tren", "tomar el tren", "en tren",
            "el tren de", "perdí el tren", "estoy muerta", "estoy muerto", "se daño", "se dañó",
            "se ha dañado", "está dañado", "esta dañado"),
)  # fmt: skip

# A thirteenth round, from what the rules missed in the Spanish training messages
# (`tests/moderation_eval/train/es_3.jsonl`; the learned reader trains on them, the rules
# want the families too): reading every chat, a mouth "burst" by him, the neck covered with
# make-up, counting his steps on the stairs, a phone smashed into a face, pinching till it
# bruised, cuts on the thighs "to feel something", sitting on the window ledge, "look after
# mum, thanks for everything", a boss who corners her, a coach who hits with the bat, a
# teacher's "special pupil", a "boyfriend" who wants the favour returned, a cousin marriage
# with a one-way ticket, children alone all weekend, a baby raw from nappies, a neighbour
# who will set a door on fire, "I'll find you and you know what happens".
LEXICON = LEXICON.extended(
    concepts={
        "CONTROL": ("me lee todos los chats", "lee todos mis chats",
                    "con otro nombre para que no sepa",
                    "no me deja ver a mis amigas", "no me deja llamar", "ni a mi hermana me deja",
                    "tengo que pedirle para", "me pide el ticket", "cobra mi sueldo",
                    "me deja 20 euros", "me llama 15 veces", "para ver dónde estoy",
                    "para ver donde estoy"),
        "HURT": ("le reventó la boca", "le revento la boca", "me reventó la boca",
                 "me estampó el móvil", "me estampo el movil", "me estampó", "me estampo",
                 "la pellizqué", "la pellizque", "les pega con el bate", "pega con el bate"),
        "INJURY": ("le salieron morados", "me salieron morados", "reventó la boca"),
        "HIDE": ("maquillarme el cuello", "maquillo el cuello", "medias largas para el cole",
                 "nadie más sabe", "nadie mas sabe"),
        "FEAR": ("cuentan los pasos", "cuento sus pasos", "de qué humor viene",
                 "de que humor viene",
                 "me da miedo lo que le hago", "no mami no"),
        "SELFHARM": ("se hace cortes", "me hago cortes", "cortes en los muslos", "para sentir algo",
                     "me siento en el borde", "en el borde de la ventana"),
        "DESPAIR": ("cuida a mamá, gracias por todo", "cuida a mama, gracias por todo",
                    "gracias por todo y ya no contesta", "regalé la ropa, total ya para qué"),
        "SEXUAL": ("me arrincona", "le devuelva el favor", "devolver el favor con sus amigos",
                   "su alumna especial", "alumna especial", "le pide que borre los mensajes",
                   "que borre los mensajes"),
        "THREAT": ("quemarle la puerta", "prender fuego al carro", "bidón de gasolina",
                   "bidon de gasolina", "te encuentro, y ya sabes", "ya sabes lo que pasa"),
        "NEGLECT": ("se quedan solos todo el fin de semana", "solos todo el fin de semana",
                    "cuida a un bebé", "no lleva a su nene al médico", "anoche se puso azul",
                    "solo por la calle hasta la medianoche",
                    "buscando comida en las papeleras",
                    "no tiene calefacción", "duermen con chaqueta", "en carne viva",
                    "no cambiarle el pañal"),
    },
    alarms={
        "child_abuse": ("la casan en su pueblo", "la van a casar con un primo",
                        "la casan con un primo",
                        "boleto solo de ida", "billete solo de ida",
                        "corren hasta vomitar y les pega" ),
        "self_harm": ("se hace cortes", "me hago cortes", "me siento en el borde"),
    },
)  # fmt: skip

# A fourteenth round, from fresh8's misses (measured once before, then tuned on), written
# as families for all five languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    idioms=("este calor me mata", "el calor me mata", "me muero de calor",
            "el calor me esta matando", "este calor me esta matando", "muerta de calor",
            "muerto de calor", "me derrito"),
    concepts={
        "MISHAP": ("varicela", "picor", "picazón", "picazon", "vacunaron", "la vacuna",
                   "cortando cebolla",
                   "cortando la carne", "picando", "se me resbaló el cuchillo",
                   "se me resbalo el cuchillo"),
        "HIDE": ("no por el sol", "no era por el sol", "no quería preguntas",
                 "no queria preguntas", "para que no pregunten", "sin que pregunten"),
        "INJURY": ("pómulo morado", "pomulo morado", "el pómulo", "labio partido"),
        "HURT": ("chile en la boca", "picante en la boca", "jabón en la boca",
                 "jabon en la boca", "de rodillas sobre arroz", "de rodillas en arroz",
                 "arrodillada en arroz", "arrodillado en arroz", "hincada sobre arroz",
                 "sobre arroz crudo", "y un bate", "con un bate", "con el bate"),
        "SEXUAL": ("me hacía cosas", "me hacia cosas", "hacía cosas conmigo",
                   "hacia cosas conmigo", "me hizo cosas"),
        "FEAR": ("hoy no vuelvo a casa", "no me atrevo a volver a casa",
                 "no me atrevo a ir a casa", "esta borracho", "viene borracho",
                 "llega borracho"),
        "THREAT": ("y un bate", "con un bate", "a ver si así entiende",
                   "a ver si asi entiende"),
    },
    alarms={
        "violence": ("no por el sol", "hoy no vuelvo a casa", "no me atrevo a volver a casa"),
        "self_harm": ("la caja de pastillas en la mano", "las pastillas en la mano",
                      "todas las pastillas en la mano"),
        "child_abuse": ("de rodillas sobre arroz", "de rodillas en arroz", "sobre arroz crudo",
                        "chile en la boca", "picante en la boca"),
        "sexual_abuse": ("me hacía cosas cuando era pequeña", "me hacia cosas cuando era pequeña",
                         "me hacía cosas de pequeña", "me hacia cosas de pequeña"),
        "threat": ("voy con mi hermano y un bate", "con un bate a ver"),
    },
)  # fmt: skip

# A fifteenth round, from the rules' false alarms on the ordinary training messages, as
# families for all five languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("taller", "charla sobre", "sesión informativa", "sesion informativa",
                  ),
        "MISHAP": ("fortnite", "call of duty", "gta", "minecraft", "roblox", "videojuego*",
                   "la play", "playstation"),  # a scene, not a film (see nl.py)
    },
    idioms=("asesina de plantas", "asesino de plantas", "ese examen me va a matar",
            "el examen me va a matar", "este examen me va a matar", "desaparecer debajo de",
            "desaparecer bajo la", "me da panico conducir", "me da pánico conducir",
            "no aguanto mas esta lluvia", "no aguanto más esta lluvia", "no aguanto mas este frio",
            "no aguanto más este frío", "no aguanto mas este calor", "no aguanto más este calor"),
)  # fmt: skip

# A sixteenth round, from what the rules and the model missed in new training messages
# written blind (es_4.jsonl; recall 0.78 before they were read), as families for all five
# languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    idioms=("no pegué ojo", "no pegue ojo", "no pego ojo", "no pegamos ojo", "sin pegar ojo",
            "me voy a morir haciendo", "las voy a extrañar", "los voy a extrañar",
            "las voy a extranar", "los voy a extranar", "los extrañaré", "se me quemaron",
            "se me quemó", "se me quemo", "se quemaron las"),
    concepts={
        "CONTROL": ("traer el ticket", "cobra todo", "él cobra", "el cobra", "no tengo tarjeta",
                    "la ayuda de los niños", "me da 20 euros", "me da diez euros"),
        "NEGLECT": ("nadie la lleva al médico", "nadie lo lleva al médico",
                    "nadie la lleva al medico", "nadie lo lleva al medico", "dientes podridos",
                    "no tiene tiempo pa médicos",
                    "no tiene tiempo para médicos",
                    "piojos y heridas", "no me acuerdo si les di de cenar",
                    "bebo un poquito mucho"),
        "THREAT": ("le quemo el coche", "le quemo el carro", "no llegas ni al aeropuerto"),
        "SEXUAL": ("a cambio de skins",),
    },
    alarms={
        "self_harm": ("estarían mejor sin mí", "estarian mejor sin mi", "cómo morir sin dolor",
                      "como morir sin dolor",
                      "morir sin dolor", "tirarme al tren", "tirarme delante de un coche",
                      "tirarme a las vías", "ya no las va a necesitar", "ya no los va a necesitar",
                      "ya no lo va a necesitar", "ya no las voy a necesitar"),
        "child_abuse": ("arregló el matrimonio", "arreglo el matrimonio",
                        "arreglaron el matrimonio", "la quieren casar",
                        "mutilación", "mutilacion", "ablación", "ablacion"),
        "sexual_abuse": ("cámara en el baño", "camara en el baño", "camara en el bano",
                         "a cambio de skins"),
        "threat": ("le quemo el coche", "le quemo el carro"),
    },
)  # fmt: skip

# A seventeenth round, from another batch of training messages written blind (es_5: recall
# 0.78, ordinary acted on 13 % before they were read), as families for all five languages
# (see the same round in nl.py).
LEXICON = LEXICON.extended(
    idioms=("este curro me va a matar", "el curro me va a matar", "este trabajo me va a matar",
            "me va a matar un día de estos", "estoy que exploto", "morado de tanto llorar",
            "se puso morado de", "casi me desmayo", "berrinche nivel dios"),
    concepts={
        "MEDIA": ("la charla", "charla de", "charla en"),
        "MISHAP": ("berrinche", "rabieta", "pataleta", "mordió a una niña", "mordio a una niña",
                   "voleibol", "vóley", "voley", "se dislocó", "se disloco"),
        "HURT": ("me estrelló", "me estrello", "estrelló el teléfono", "estrello el telefono"),
        "THREAT": ("quemamos el piso", "o quemamos", "extranjeros fuera",
                   "por las buenas o por las malas", "visitan de noche"),
        "CONTROL": ("el sueldo lo cobra él", "el sueldo lo cobra el", "nunca veo un euro",
                    "qué dije palabra por palabra", "que dije palabra por palabra",
                    "me graba con el celular", "me graba con el móvil"),
        "NEGLECT": ("no le controlan", "los deja solos sin comida", "deja al de 3 años"),
        "SEXUAL": ("videos de adultos", "vídeos de adultos", "vídeos porno", "videos porno",
                   "hace pasar a las niñas solas", "cierra la puerta con las niñas"),
    },
    alarms={
        "self_harm": ("pensé en dar un paso", "pense en dar un paso",
                      "en el andén pensé", "me tomé de más las pastillas", "lavado de estómago",
                      "lavado de estomago"),
        "sexual_abuse": ("le enseña videos de adultos", "hace pasar a las niñas solas"),
        "child_abuse": ("arreglando su boda", "arreglan su boda", "arreglaron su boda"),
        "threat": ("quemamos el piso", "por las buenas o por las malas"),
    },
)  # fmt: skip

# An eighteenth round, from a batch of mostly ordinary training messages written blind
# (es_6: ordinary acted on 13.4 %, recall 0.85 before they were read), as families for
# all five languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    concepts={
        "HABIT": ("ya me acostumbré", "ya me acostumbre", "estoy acostumbrada",
                  "yo me lo busqué", "yo me lo busque", "me lo merecía", "me lo merecia"),
        "MEDIA": ("carta sobre grooming", "una carta sobre", "tarde informativa",
                  "semana de educación sexual", "lentekriebels", "el afiche"),
        "MISHAP": ("pataletas", "se tira al suelo", "se da golpes con la cabeza",
                   "muerde a otros",
                   "en la guarde", "las muelas", "le sacan sangre", "crema anestésica", "torpe",
                   "friendo", "el árbitro", "el arbitro", "minecraft", "atasco"),
    },
    idioms=("me quería morir", "me queria morir", "estamos muertos", "te quiero hasta la muerte",
            "a punto de tirarme por la ventana jaja", "un chanclazo a tiempo", "casi se desmaya"),
)  # fmt: skip

# Something thrown at her head (see the HABIT round).
LEXICON = LEXICON.extended(
    concepts={"HURT": ("a la cabeza", "me tiró el", "me tiro el", "me lanzó", "me lanzo",
                       "me dio con la", "me dio con el")},
)  # fmt: skip

# A nineteenth round, from another blind batch (es_7: ordinary acted on 9.2 %, recall 0.90
# before it was read), as families for all five languages: tightening the belt when money
# is short, a birthday "massacre", burning the pillows against lice, a child who hit a
# classmate who called him fat, a cat that scratched, "they want to see me dead" about
# homework; and the disclosures: "a heavy hand" and bruises "as things of the house", "his
# hand slipped again", "he'll kill me and then him if he sees me with another", days
# without leaving bed while the children eat biscuits.
LEXICON = LEXICON.extended(
    idioms=("apretarnos el cinturón", "apretarnos el cinturon", "apretar el cinturón",
            "apretar el cinturon", "fue una masacre", "quemar todas las almohadas",
            "me quiere ver muerta", "me quiere ver muerto"),
    concepts={
        "MISHAP": ("un niño lo llamó", "un niño la llamó", "los castigaron a los dos",
                   "el gato", "le arañó", "piojos"),
        "HURT": ("la mano pesada", "se le fue la mano", "se le va la mano"),
        "HABIT": ("cosas de casa", "típico de él", "tipico de el", "siempre exagera"),
        "NEGLECT": ("sin levantarme de la cama", "comen galletas", "sin bañar"),
    },
    alarms={
        "violence": ("se le fue la mano otra vez", "me mata a mí y después",
                     "me mata a mi y despues", "si me ve con otro me mata"),
        "child_abuse": ("sin levantarme de la cama, los niños",),
    },
)  # fmt: skip

# Round 20 (lit2, a blind set of literal uses): things people curse at ("la estúpida
# máquina", "el cargador idiota este").
LEXICON = LEXICON.extended(
    objects=("app", "aplicacion", "impresora", "computadora", "ordenador", "portatil",
             "telefono", "celular", "movil", "cargador", "wifi", "internet", "router",
             "maquina", "maquinita", "lavadora", "ascensor", "bus", "autobus", "tren",
             "tranvia", "metro", "coche", "carro", "bici", "pagina", "web", "sistema",
             "formulario", "carta", "lluvia", "viento", "aparato", "cosa",
             "microondas", "horno", "aspiradora", "tarjeta", "contrasena", "despertador",
             "navegador", "gps", "programa", "juego"),
)  # fmt: skip

# Round 20 (blind11): a Halloween costume with fake blood and a plastic knife, heat that
# kills ("qué calor, me muero", "tirados como muertos"), a true-crime podcast, a match.
LEXICON = LEXICON.extended(
    idioms=("como muertos", "como muerta", "como muerto", "me muero de calor",
            "me muero del calor"),
    concepts={
        "MISHAP": ("halloween", "disfraz*", "zombi*", "zombie*", "carnaval", "sangre falsa",
                   "de plástico", "calor", "calorón", "partido"),
        "MEDIA": ("podcast*", "documental*", "true crime"),
    },
)  # fmt: skip

# "Ya no puedo" said twice, or "de verdad", is despair, not a complaint about a task.
LEXICON = LEXICON.extended(
    concepts={"DESPAIR": ("de verdad ya no puedo", "ya no puedo de verdad",
                          "ya no puedo ya no puedo", "ya no puedo mas con mi vida")},
)  # fmt: skip

# Round 21 (blind12 with crude words: 87.5 % recall before reading). "Estoy harta de esta
# puta vida", letters written to the children, arms cut, taken while asleep "aunque
# llore", a child tied to the bed, a threat to the coach who abused a child, a father who
# will take the children away. A school's lesson about body words is a workshop.
LEXICON = LEXICON.extended(
    alarms={
        "self_harm": ("harta de vida", "harto de vida", "cansada de vida", "cansado de vida",
                      "ya les escribí todo", "carta de despedida", "quién se queda con el gato",
                      "brazos cortados", "brazos todos cortados", "cortes en los brazos",
                      "se corta los brazos", "se corta las piernas"),
        "sexual_abuse": ("espera a que me duerma", "aunque llore", "aunque le digo que no",
                         "hace lo que quiere conmigo", "mientras duermo"),
        "child_abuse": ("amarró a mi hija", "amarró a mi hijo", "ató a mi hija", "ató a mi hijo",
                        "atada a la cama", "atado a la cama", "amarrada a la cama",
                        "amarrado a la cama", "marcas en las muñecas"),
        "threat": ("lo voy a matar", "la voy a matar", "lo hago yo", "lo mato yo"),
        "violence": ("se va a llevar a los niños", "no los vas a volver a ver",
                     "me quita a los niños", "llevarse a los niños a"),
    },
    concepts={"MEDIA": ("palabras reales", "educación sexual", "educacion sexual")},
)  # fmt: skip

# Body words named together, as a school asks parents about; a doctor's cream.
LEXICON = LEXICON.extended(idioms=("pene y vagina", "pene vagina", "vagina pene"))

# Round 22 (blind12, hard-word everyday messages in new settings: 25 % acted on before
# reading). Stems had joined other words: "hombre" (RELATIVE) met "hombro" (a shoulder),
# "lastimarme" met "se lastimó" (someone was hurt), "edificio" (jumping) every building:
# those are phrases now (above), as is "acoso" (bullying is no sexual abuse). A fire next
# door, Nerf guns, a funeral, a dog that "will kill me", insurance that will, first aid,
# a vaccine, a birth, molars out, a bite at daycare, a play about bullying, a horror film.
LEXICON = LEXICON.extended(
    idioms=("el seguro me va a matar", "la factura me va a matar", "me va a morder",
            "te vas a morir mamá", "tú también te vas a morir", "acoso escolar",
            "sobre el acoso", "contra el acoso", "se murió la lavadora", "la lavadora se murió",
            "el cordón enrollado", "cordón en el cuello"),
    concepts={
        "MISHAP": ("incendio*", "bomberos", "humo", "sartén", "rookmelder*", "nerf",
                   "pistolas de agua", "pistola de agua", "pistolas nerf", "enterramos",
                   "entierro", "funeral", "ataúd", "velorio", "primeros auxilios", "rode kruis",
                   "vacuna*", "parto", "cesárea", "muelas", "dentista", "mordió", "muerde",
                   "kinderdagverblijf", "guardería", "opvang", "perro*", "lavadora"),
        "MEDIA": ("obrita", "obra de teatro", "peli", "pelis", "película*", "week tegen pesten",
                  "pesten"),
    },
)  # fmt: skip

# Round 23 (fresh11, measured once before reading; tuning data since). "Mi jefe me va a
# matar" is being late; "qué mono" is how cute; "hijo de puta" spaced out, "sudaquilla".
LEXICON = LEXICON.extended(
    unambiguous=("hijodeputa", "hijadeputa", "sudaquill*", "sudaquit*"),
    idioms=("mi jefe me va a matar", "el jefe me va a matar", "mi jefa me va a matar",
            "qué mono", "qué mona", "qué monos", "qué monada", "muy mono", "muy mona",
            "tan mono", "tan mona"),
)  # fmt: skip

# Round 24 (blind13, a blind set of ordinary messages: 5 % acted on in Spanish before
# reading, three deleted). "HP" is also a printer and a name's initials: flagged only when
# aimed at someone; a husband who got a fright at a Dutch sign; a kitchen nearly set on fire.
LEXICON = LEXICON.extended(
    ambiguous=("hp",),
    idioms=("mi marido se asustó", "mi esposo se asustó", "se asustó mi marido",
            "casi quema la cocina", "quemó la cocina", "quema la cocina", "quemar la cocina"),
)  # fmt: skip

# Round 25 (blind14, a blind batch of short and veiled disclosures: recall 0.786 before
# reading). "Si lo dejo me mata", children to be taken abroad, tired "no de sueño, de
# todo", long sleeves in the heat and blades in the pencil case, pretending to sleep, a
# split lip "from the door", a black eye nobody asked about, keys hidden so she cannot go
# out, a child shut in the bathroom as punishment.
LEXICON = LEXICON.extended(
    alarms={
        "threat": ("si lo dejo me mata", "si lo dejo me va a matar", "si me voy me mata",
                   "sé dónde estudia tu hija", "se donde estudia", "conozco el colegio de"),
        "violence": ("llevarse a los niños", "labio partido",
                     "lo morado del ojo", "morado del ojo", "se golpeó con la puerta dice",
                     "nadie preguntó en el cole", "me esconde las llaves", "esconde las llaves"),
        "self_harm": ("no de sueño", "mangas largas hasta con calor", "cuchillas en la cartuchera",
                      "cuchillas en su cuarto", "guardando las pastillas", "juntando pastillas"),
        "sexual_abuse": ("me hago la dormida", "me hago la dormida cada noche"),
        "child_abuse": ("encerré en el baño", "lo encierro en", "la encierro en",
                        "encerrado en el baño", "encerrada en el baño"),
    },
)  # fmt: skip

# Round 26 (blind15, disclosures that name nothing: recall 0.765 before reading). Hiding
# under the table when papa raises his voice, "only when he drinks", he reads all my
# messages, a photo of where I am every hour, "I said I fell down the stairs", a bruise
# "from the cupboard, so clumsy", a boy giving his things away, the neighbour who invites
# only her.
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": ("del armario", "soy tan torpe", "dije q me caí", "dije que me caí",
                 "dije que me caí por la escalera"),
        "INJURY": ("lo morado del brazo", "morado del brazo"),
    },
    alarms={
        "violence": ("se esconde debajo de la mesa cuando", "cuando el papá sube la voz",
                     "solo se pone así cuando toma", "cuando toma se pone",
                     "lee todos mis mensajes", "foto de dónde estoy", "foto de donde estoy",
                     "dije q me caí por la escalera", "dije que me caí por la escalera"),
        "self_harm": ("está regalando sus cosas", "regalando sus cosas", "regaló sus cosas"),
        "sexual_abuse": ("invita a mi niña a jugar", "invita a mi hija a jugar",
                         "invita a mi niña a su casa"),
    },
)  # fmt: skip

# Stop 26, from the blind batches ev23-ev30: a burden said big ("ya no aguanto este calor",
# "la gripa me tiene muerta", "me va a matar del sueño") is no despair, no death and no
# threat (BURDEN, read within three words; see lexicons/__init__.py).
LEXICON = LEXICON.extended(
    concepts={
        "BURDEN": ("calor", "calorón", "caló", "frío", "gripa", "gripe", "resfriado",
                   "dolor de cabeza", "jaqueca", "migraña", "muela", "muelas", "espalda",
                   "ruido", "turno", "turnos", "curro", "examen*", "entrevista", "gimnasio",
                   "gym", "vergüenza", "sueño", "cansancio", "resaca"),
    },
)  # fmt: skip

# Stop 26: a diminutive after "mi" is a pet name for one's own child ("mi cabroncete de
# 2 años ya abre la nevera").
LEXICON = LEXICON.extended(
    idioms=("mi cabroncete", "mi cabroncito", "mis cabroncetes", "mis cabroncitos",
            "mi pequeño cabroncete", "mi pequeño cabroncito"),
)  # fmt: skip

# Stop 27, from the blind batches of minimised disclosures (train/*_20): "men are like that",
# "don't ask", "it passes": said after a blow or a threat, the laugh beside it is how it is
# made small, not a joke (HABIT: see reading._in_earnest).
LEXICON = LEXICON.extended(
    concepts={
        "HABIT": ("así son los hombres", "cosas de pareja", "el matrimonio", "no pregunten",
                   "ni pregunten", "qué intenso", "luego se le pasa", "torpe yo",
                   "seguro exagera", "son paranoias mias"),
    },
)  # fmt: skip

# Stop 27, from the blind batch ev48: prices that "are killing me".
LEXICON = LEXICON.extended(concepts={"BURDEN": ("precios", "los precios", "alquiler")})

# Stop 28, from the blind batch ev53: a child who should sleep in his own bed.
LEXICON = LEXICON.extended(
    idioms=("duerma en su cama", "duerme en su cama", "dormir en su cama",
            "duerma en su propia cama", "duerme en su propia cama", "dormir en su propia cama",
            "dormir solo en su cama", "dormir sola en su cama"),
)  # fmt: skip
