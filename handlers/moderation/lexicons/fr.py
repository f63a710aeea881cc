"""French, as parents from Brussels and Wallonia mix it into Darija, Derja and Dutch
(drafted without a native speaker's review).

Like English (`lexicons/en.py`), French is not a language of the groups but is read where
parents mix it in ("Il me frappe devant les enfants... ana ma 3arfach fin nmchi", "J'en
peux plus... jm3t bzaf dyal dwa"). Stop 26's blind batch of such Darija found half of the
disclosures before these lists. What happens and to whom count for the language it is mixed
into (`reading._MIXED_IN`).

Listed as phrases where a French word is also a word of the groups' languages: not "bat"
alone, "coup" (a coup de main), "mort" alone ("mort de rire"), "viol" alone (Dutch "viool",
a violin, once doubled letters are read as one), "bleu" alone (Dutch "bleu", shy), "tu vas
voir" (you'll see), "retard" (late; the Dutch list no longer deletes it).
"""

from handlers.moderation.lexicons import LanguageLexicon

# fmt: off
_UNAMBIGUOUS = (
    "salope*", "connasse*", "pute", "putes", "fils de pute", "ta mère la pute", "enculé*",
    "nique ta mère", "ntm", "pédé", "pédés", "bougnoule*",
)

_AMBIGUOUS = ("conne", "connard", "connards", "débile", "idiote", "abruti", "abrutie",
              "imbécile", "crétin", "crétine", "bête", "vache", "chienne", "porc")

_SECOND_PERSON = ("tu", "toi", "t'es", "tes", "ton", "ta", "vous", "votre", "te")

_FIRST_PERSON = ("je", "j'ai", "moi", "me", "m'a", "chui", "jsuis", "je suis", "moi-même")

_QUOTING = ("a dit", "m'a dit", "il dit", "elle dit", "traité de", "m'a traitée",
            "l'a traité", "le mot")

_CONCEPTS = {
    "PARTNER": ("mon mari", "mon copain", "mon ex", "son père", "leur père", "mon conjoint"),
    "ME": ("je", "moi", "me", "m'a", "j'ai"),
    "CHILD": ("mon fils", "ma fille", "les enfants", "mes enfants", "mon bébé", "le petit",
              "la petite", "l'enfant"),
    "RELATIVE": ("le voisin", "la voisine", "l'oncle", "mon oncle", "le cousin", "mon cousin",
                 "le moniteur", "l'entraîneur", "beau-père", "son beau-père"),
    "HURT": ("me frappe", "il me frappe", "me bat", "il me bat", "m'a frappée", "m'a frappé",
             "m'a giflée", "gifle", "giflé", "claque", "m'a poussée", "m'a étranglée",
             "étranglé", "étrangler", "coups", "me tape", "le frappe", "la frappe",
             "secouer", "le secouer", "violent", "agressif"),
    "INJURY": ("des bleus", "bleus partout", "marques bleues", "des marques", "brûlure", "brûlures",
               "plaie", "saigne", "saignait", "cicatrice*", "œil au beurre noir"),
    "FEAR": ("j'ai peur", "peur de lui", "peur d'elle", "terrifiée", "terrorisée"),
    "CONTROL": ("il m'empêche", "m'interdit", "me laisse pas sortir", "prend mon argent",
                "prend mon téléphone", "contrôle mon téléphone", "m'enferme"),
    "NAMECALL": ("m'insulte", "il m'insulte", "me crie dessus", "hurle sur moi", "m'humilie"),
    "KILL": ("me tuer", "le tuer", "la tuer", "te tuer", "tuer", "je vais le tuer",
             "il va me tuer"),
    "THREAT": ("il va regretter", "elle va regretter", "tu vas regretter",
               "je sais où tu habites", "je sais où il travaille", "lui régler son compte"),
    "SEXUAL": ("attouchement*", "un viol", "violée", "violé", "sexuel*", "ses parties",
               "parties intimes", "se montre", "s'exhibe", "photos d'elle", "photos nues",
               "me force", "m'a forcée"),
    "TOUCH": ("touche", "touché", "touchée", "la touche", "le touche"),
    "ABUSE": ("maltraitance", "maltraite", "violence conjugale", "violences conjugales",
              "abus", "abusé*"),
    "DIE": ("mourir", "je veux mourir", "envie de mourir", "suicide", "me suicider",
            "en finir", "plus me réveiller", "disparaître"),
    "SELFHARM": ("me couper", "me scarifier", "scarification", "me faire du mal",
                 "somnifères", "médicaments pour dormir", "cachets", "overdose"),
    "DESPAIR": ("j'en peux plus", "j'en peux vraiment plus", "je n'en peux plus",
                "je tiens plus", "je ne tiens plus", "à bout", "plus la force",
                "mieux sans moi", "plus aucune raison"),
    "HIDE": ("manches longues", "cacher les marques", "maquillage pour cacher"),
    "SECRET": ("c'est un secret", "dis rien à", "le dis pas", "dis pas à maman",
               "ne dis rien"),
    "NEGLECT": ("sans manger", "seul toute la journée", "pas à manger"),
    "MISHAP": ("tombé", "tombée", "foot", "le parc", "la plaine de jeux", "vélo", "jeu vidéo"),
    "BURDEN": ("la chaleur", "cette chaleur", "mal de tête", "migraine", "la grippe",
               "le bruit", "ce bruit"),
}

_ALARMS = {
    "self_harm": ("je veux mourir", "envie de mourir", "me suicider", "me couper",
                  "en finir", "mieux sans moi"),
    "violence": ("il me frappe", "il me bat", "m'a frappée", "m'a étranglée",
                 "violence conjugale", "violences conjugales", "refuge pour femmes",
                 "maison d'accueil"),
    "sexual_abuse": ("attouchements", "violée", "parties intimes", "photos nues"),
    "child_abuse": ("maltraitance", "envie de le secouer", "envie de la secouer"),
    "threat": ("je vais le tuer", "je vais la tuer", "il va regretter", "tu vas regretter",
               "je sais où tu habites"),
}
# fmt: on

LEXICON = LanguageLexicon(
    code="fr",
    unambiguous=_UNAMBIGUOUS,
    ambiguous=_AMBIGUOUS,
    second_person=_SECOND_PERSON,
    first_person=_FIRST_PERSON,
    quoting=_QUOTING,
    concepts=_CONCEPTS,
    alarms=_ALARMS,
    idioms=("mort de rire", "morte de rire", "mdr", "ça me tue", "tu me tues", "je meurs de faim",
            "coup de main", "coup de fil"),
)
