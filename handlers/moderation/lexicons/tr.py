"""Turkish lists for Kring's moderation (drafted without a native speaker's review).

Turkish as Turkish and Kurdish-background parents in the Netherlands and Belgium type it,
often without Turkish letters ("cocugum", "kocam beni dovuyor"), with a few Kurmanji
phrases. Matching is on normalised words (ş→s, ı→i, ğ→g, ö→o, ü→u, ç→c, doubled letters
collapsed), so "dövüyor" and "dovuyor" are one entry. Turkish is agglutinative: verbs are
listed as stems per tense ("dövü*", "dövd*", "döver*", "dövec*"), and the person endings on
an insult ("salağım", "aptalsın") are `first_person_suffixes` / `second_person_suffixes`;
consonant softening gets its own stem ("salak*" and "salağ*").

Left out on purpose (they collide after normalisation or are everyday words): "göt" (got),
"piç" (pic), "sik" (sık, often) and "sikiş*" (sıkış*, squeeze, stuck), "am" and "amına" on
their own (Amina), "mal" on its own (Spanish "mal", Dutch "mal"), "adi" (adı, his name),
"it" (English "it"), "kokoş" (Dutch "kokos"), "katil" (katıl, join; katılıyorum, I agree),
"ölüm" (olum, "dude"), "öldüm"/"ölsün"/"ölmüş" (oldum, olsun, olmuş), "koca*" as a stem
(kocaman, huge), "yara*" as a stem (yaramaz, naughty), "ittir*" (itiraf) and "iste"
(işte).
"""

import re

from handlers.moderation.lexicons import LanguageLexicon

# fmt: off
_UNAMBIGUOUS = (
    # sexual insults
    "orospu*", "oruspu*", "orosbu*", "orusbu*", "orspu*", "orsp", "kahpe*", "kaltak*",
    "sürtük*", "fahişe*", "şırfıntı*", "kevaşe*", "kancık*", "dişi köpek", "yavşak*",
    "pezevenk*", "pzvnk", "gavat*", "kerhaneci*", "yarrak*", "yarrağ*", "amcık*", "sikik*",
    "sikerim", "sikeyim", "sikicem", "sikiyim", "siktir*", "sktr", "sktir", "siktr",
    "hassiktir", "siktiğim*", "skrm", "sikimi ye", "amına koyayım", "amına koyim",
    "amına koyam", "amına koydum", "amınakoyim", "amınakoyayım", "amına kodum*",
    "amına koduğum*", "amını sikeyim", "amk", "amq", "amk çocuğu", "ağzına sıçayım",
    "sıçayım", "ağzına sokayım",
    # family and mother insults
    "orospu çocuğu", "orospu evladı", "piç kurusu", "piçler", "piçlik", "ananı sikeyim",
    "ananı avradını", "ananı bacını", "ananın amı", "ananın amına", "anan orospu",
    "bacını sikeyim", "avradını sikeyim", "sülaleni sikeyim", "ecdadını sikeyim",
    "ebeni sikeyim", "it oğlu it", "eşşoğlueşşek", "eşek oğlu eşek", "köpek oğlu köpek",
    "domuz oğlu domuz", "dayika te bigim", "diya te bigim", "kurê qehbê", "qehpe*",
    "qehbe*",
    # no-honour insults
    "şerefsiz*", "namussuz*", "haysiyetsiz*", "soysuz*", "ahlaksız*", "karaktersiz*",
    "dürzü*", "hergele*", "dallama*",
    # intelligence insults
    "gerizekalı*", "geri zekalı", "gerzek*", "dangalak*", "dangalağ*", "beyinsiz*",
    "embesil*",
    # disease and death curses
    "olasıca", "kahrolası*", "kanser olasıca", "kör olasıca", "geberesice*", "geber git",
    "allah belanı versin", "belanı versin", "allahın belası", "allah cezanı versin",
    "cehenneme git", "kanser ol",
    # ethnic and religious slurs
    "gavur*", "pis arap", "pis kürt", "pis suriyeli", "pis yahudi", "pis zenci",
    "pis gavur", "ermeni dölü", "ermeni piçi", "yahudi dölü",
    # homophobic slurs
    # "ibne" whole, with its endings: as a stem it took Arabizi "ibnek" (your son).
    "ibne", "ibneler*", "ibneliğ*", "ibnelik*", "götveren*", "göt oğlanı", "puşt", "puştlar",
    "puştun", "oğlancı*",
    "kulampara*",
)

_AMBIGUOUS = (
    # animals
    "ayı", "eşek*", "öküz", "inek", "keçi", "domuz", "hayvan", "köpek", "maymun", "yılan",
    "tilki", "çakal", "tavuk", "kaz", "angut", "sığır", "katır",
    # plants, food, objects
    "hıyar", "odun", "kaşar*", "bok", "boktan", "kabak kafa", "taşak*",
    # names and figures
    "kezban", "keloğlan", "cadı", "cadaloz", "şeytan", "kiro", "maganda", "zibidi",
    # mild words people use for themselves and their children
    "salak*", "salağ*", "aptal*", "ahmak*", "ahmağ*", "enayi*", "budala*", "sersem*",
    "avanak*", "mankafa*", "ebleh", "dingil", "deli", "manyak*", "psikopat*", "malsın",
    "mal mısın", "malın teki", "hödük", "ezik", "cahil", "alçak", "rezil", "pislik",
    "aşağılık", "kudurmuş", "kuduz", "sakat", "mongol*", "spastik", "özürlü", "lavuk",
    "hırbo", "şişko", "şişman", "cüce", "çirkin", "hımbıl", "dümbük", "şapşal", "pısırık",
    "korkak", "tembel", "mızmız", "yalancı", "hırsız", "köylü", "serseri*", "herif",
    "kuş beyinli", "tavuk beyinli", "kafasız", "eşek kafalı", "defol", "sapık*",
    # group words that insult only in some uses
    "zenci", "çingene*", "kafir", "dinsiz", "kızılbaş", "nonoş", "yosma", "şıllık",
    "hayat kadını",
    # abbreviations and initials
    "aq", "mk", "sg", "oç",
)

_SECOND_PERSON = (
    "sen", "seni", "sana", "senin", "sende", "senden", "senle", "seninle", "siz", "sizi",
    "size", "sizin", "sizde", "sizden", "sizinle", "kendin", "kendini", "kendine",
    "kendinize", "kendinizi", "misin", "musun", "misiniz", "musunuz", "ulan", "lan", "len",
    "be", "ey", "hey", "tu",
)

_FIRST_PERSON = (
    "ben", "beni", "bana", "benim", "bende", "benden", "benimle", "kendim", "kendimi",
    "kendime", "kendimden", "miyim", "muyum", "biz", "bizi", "bize", "bizim", "ez",
)

_QUOTING = (
    "dedi", "dediler", "dedim", "dedin", "demişti", "diyor*", "diyo", "diyolar", "diyodu",
    "dediği*", "demiş", "diye", "diyerek",
    "diyip", "deyip", "derler", "derdi", "söyledi*", "söylüyor*", "söylemiş*", "bağırdı",
    "bağırıyor", "bağırarak", "küfretti", "küfrediyor", "sövdü", "sövüyor", "çağırdı",
    "çağırıyor", "yazdı", "yazmış", "yazıyor", "kelime*", "sözü", "lafı", "lakap*",
    "lakabı", "isim taktı", "ad taktı",
)

_CONCEPTS = {
    "PARTNER": (
        "kocam", "kocamı", "kocama", "kocamın", "kocamdan", "kocamla", "kocamda", "koca",
        "kocası", "kocan", "eşim*", "eşi", "karım*", "karısı", "hanımım", "beyim", "herif*",
        "adam", "o adam", "erkek arkadaş*", "sevgilim*", "sevgilisi", "nişanlım*",
        "eski eşim", "eski kocam", "eski sevgilim", "exim", "çocuklarımın babası",
        "çocukların babası", "babası", "kayın*", "kaynana*", "görümce*", "üvey baba*",
        "onu", "ona", "onun", "ondan", "onunla", "kendisi", "mêrê min", "zilamê min",
    ),
    "ME": (
        "ben", "beni", "bana", "benim", "bende", "benden", "benimle", "kendim", "kendimi",
        "kendime", "ez", "li min", "bizi", "bize",
    ),
    "CHILD": (
        "çocu*", "çocuğ*", "oğlum*", "oğlu*", "oğlan*", "kızım*", "kızı", "kız", "kızlar*",
        "kızımız", "kızcağız", "bebek*", "bebeğ*", "bebiş*", "yavrum*", "yavru*", "evlat*",
        "evlad*", "ufaklık*", "küçüğüm", "miniğim", "torun*", "kız çocuğu", "erkek çocuk",
        "küçük kız", "küçük oğlan", "öğrenci*", "zarok*", "keça min", "kurê min", "keçik*",
    ),
    "RELATIVE": (
        "amca*", "dayı*", "enişte*", "teyze*", "halam", "halası", "kuzen*", "yeğen*",
        "komşu*", "öğretmen*", "hoca*", "antrenör*", "koç", "dede", "dedem", "dedemin",
        "dedesi", "dedeler", "büyükbaba*", "abi", "abim", "abisi", "ağabey*", "adam",
        "bir adam", "yabancı*", "akraba*", "bakıcı*", "şoför*", "servisçi*", "imam",
        "üvey*", "kayın*", "babası", "eniştesi", "arkadaşı", "mamê", "xalê",
    ),
    "HURT": (
        "döv", "dövü*", "dövd*", "döver*", "dövec*", "döveceğ*", "dövmüş*", "dövmek*",
        "dövmey*", "dövmez*", "dövs*", "dövül*", "dayak*", "dayağ*", "vurdu*", "vuruyor*",
        "vurur*", "vurmuş*", "vurmak*", "vurmay*", "vurac*", "vursa*", "vursun", "vurul*",
        "vurup", "vurarak", "tokat*", "tokad*", "şamar", "şamarı", "şamarla*", "sille",
        "silleyi", "tekme*", "yumruk*", "yumruğ*", "itti", "itip", "itiyor", "itekle*",
        "ittirdi", "ittiriyor", "yere itti", "yere attı", "duvara vurdu", "kafamı duvara",
        "boğmaya", "boğdu", "boğuyor*", "boğacak*", "boğarak", "boğazımı sıktı",
        "boğazımı sıkıyor", "boğazını sıktı", "boğazımdan", "saçımı çekti",
        "saçlarımı çekti", "saçımdan çekti", "saçımdan tuttu", "saçlarımdan çekti",
        "saçımdan sürükledi", "sürükle*", "yaktı", "yakıyor", "canımı yaktı",
        "canımı yakıyor", "canımı acıttı", "acıttı", "acıtıyor", "ısırdı", "ısırıyor",
        "şiddet*", "el kaldır*", "elini kaldır*", "fırlattı", "fırlatıyor", "üstüme attı",
        "tartakla*", "hırpala*", "çarptı", "kafa attı", "tükürdü", "kemerle", "sopayla",
        "terlikle", "zarar verdi", "zarar veriyor", "li min dixe", "li min xist", "lêxist",
        "lêdixe",
    ),
    "INJURY": (
        "morluk*", "morar*", "mosmor", "gözüm mor", "gözü mor", "mor göz", "yara",
        "yaralar", "yaraları", "yaram", "yarası", "yaralı", "yaralan*", "yara izi", "kanlı",
        "kan akıyor", "kan aktı", "kanıyor", "kanadı", "kanama*", "kanlar içinde", "şişti",
        "şişmiş", "şişik", "kırık*", "kırıldı", "kırdı", "kolumu kırdı", "burnumu kırdı",
        "çizik*", "yanık*", "dudağım patladı", "dudağı patladı", "uzun kollu",
        "makyajla kapat*", "kapatıcı*", "fondöten", "güneş gözlüğü", "dikiş atıldı",
        "hastane*", "acile", "izi kaldı", "iz kaldı",
    ),
    "FEAR": (
        "korkuyor*", "korktu*", "korkar*", "korku", "korkum*", "korkudan", "korkusu*",
        "korkmu*", "korkac*", "korkut*", "korkup", "korkarak", "ürküyor*", "endişe*",
        "panik*", "tedirgin*", "titri*", "titre*", "güvende değil*", "güvenli değil",
        "güvende hissetmiyorum", "cesaret edemiyorum", "cesaret edemedim", "dehşet*",
        "ödüm kopuyor", "ödüm patlıyor", "tırsıyor*", "ditirsim", "tirsim",
    ),
    "HOME": (
        "ev", "eve", "evde", "evden", "evi", "evim", "evimiz", "evimize", "evimde", "evine",
        "eve gelince", "eve geldiğinde", "eve gelmeden", "eve dönünce", "eve gitm*",
        "eve gidemiyorum", "kapı", "kapıyı", "kapıda", "kapıdan", "kapının", "anahtar*",
        "anahtar sesi", "yuva*",
    ),
    "CONTROL": (
        "paramı", "paramı aldı", "paramı alıyor", "para vermiyor", "maaşımı", "telefonum*",
        "telefonuma bakıyor", "telefonumu karıştırıyor", "kimliğimi", "pasaportum*",
        "belgelerimi", "evraklarımı", "banka kartımı", "izin vermiyor", "izin vermez",
        "izin yok", "çalışmama", "dışarı çıkmama", "dışarı çıkamıyorum",
        "evden çıkamıyorum", "evden çıkarmıyor", "dışarı çıkarmıyor", "ailemi görmeme",
        "ailemle görüşmeme", "kimseyle görüştürmüyor", "çalıştırmıyor", "kilitli*",
        "kilitle*", "yasakl*", "yasak", "takip ediyor", "takip etti", "peşimden",
        "kontrol ediyor", "kontrol ediyordu", "mesajlarımı", "kıskanç*", "hapset*",
        "iceri kapat*", "odaya kapat*", "eve kapat*",
    ),
    "NAMECALL": (
        "küfür*", "küfred*", "küfret*", "sövü*", "sövd*", "söver*", "sövmüş*", "hakaret*",
        "aşağıl*", "bağırıyor*", "bağırdı*", "bağırır*", "bağırıp", "bağırarak", "azarl*",
        "rezil ediyor", "rezil etti", "küçük düşür*", "küçümsü*", "lakap takıyor",
        "isim takıyor", "kötü sözler", "kötü laflar", "ağzına geleni", "laf sokuyor",
        "orospu diyor", "fahişe diyor", "xeber dide",
    ),
    "KILL": (
        "öldür*", "gebert*", "katlet*", "cinayet*", "katliam*", "canını alırım",
        "canımı alacak", "canını alacağım", "boğazlarım", "boğazlayacağım",
        "kafanı keserim", "kafana sıkarım", "seni gömerim", "gırtlağını keserim",
        "boğazını keserim", "seni keserim", "doğrarım", "seni yok ederim", "seni bitiririm",
        "leşini", "bıçak*", "bıçağ*", "silah*", "tabanca*", "tüfek*", "kurşunla", "kurşunlar*",
        "kurşunu", "kurşun sık*", "baltayla",
        "bikujim", "bikuje", "dikuje", "kuştin",
    ),
    "THREAT": (
        "tehdit*", "pişman ederim", "pişman edeceğim", "pişman olacaksın",
        "gününü göreceksin", "hesabını vereceksin", "hesabını soracağım", "ödeteceğim",
        "bedelini ödeyeceksin", "nerede oturduğunu biliyorum", "evini biliyorum",
        "ağzını burnunu kırarım", "kafanı kırarım", "bacaklarını kırarım",
        "seni mahvederim", "mahvedeceğim", "hayatını mahvederim",
        "hayatını cehenneme çeviririm", "cehenneme çeviririm", "ayağını denk al",
        "başına bir şey gelir", "başına bir şey gelecek", "sana gösteririm", "görürsün sen",
        "çocukları elinden alırım", "çocukları alıp gideceğim",
        "çocukları bir daha göremezsin", "bir daha göremezsin", "evini yakarım",
        "seni yakarım", "ölüm tehdidi",
    ),
    "SEXUAL": (
        "tecavüz*", "ırzına geçti", "ırzına geçmek", "ırzına geçmeye", "cinsel istismar*",
        "cinsel taciz*", "cinsel saldırı*", "cinsel şiddet", "cinsel ilişkiye zorla*",
        "taciz*", "sarkıntılık*", "mahrem yerler*", "mahrem yeri", "mahrem bölge*",
        "özel bölge*", "özel yerlerine", "çıplak fotoğraf*", "çıplak resim*",
        "çıplak video*", "zorla ilişki*", "zorla birlikte", "zorla yattı", "benimle zorla",
        "uygunsuz dokun*", "sapık*", "pedofil*", "sübyancı*", "porno izlet*",
        "porno gösterdi", "çocuk pornosu", "ensest*",
    ),
    "TOUCH": (
        "dokun*", "elledi", "elliyor", "ellemiş", "okşa*", "okşuyor", "kucağına oturt*",
        "kucağına aldı", "kucağına alıyor", "kucağına", "kucak*", "soydu", "soyundur*",
        "soyun*", "öptü", "öpüyor", "öpmüş", "öpmeye",
        "pantolonunu indir*", "donunu", "iç çamaşır*", "yatağına", "elini soktu", "el attı",
    ),
    "ABUSE": (
        "istismar*", "şiddet görüyorum", "şiddet gördüm", "şiddet görüyor",
        "şiddete uğruyorum", "şiddete uğradım", "şiddete maruz", "aile içi şiddet",
        "ev içi şiddet", "kadına şiddet", "kötü muamele*", "eziyet ediyor", "eziyet etti",
        "eziyet çektiriyor", "çocuk ihmali", "çocuklarını ihmal", "zulmed*",
        "işkence ediyor", "işkence yapıyor", "bana kötü davranıyor", "kadın sığınma*",
        "sığınma evi", "sığınmaevi", "uzaklaştırma kararı", "zorla evlendir*",
        "zorla evlilik",
    ),
    "DIE": (
        "ölmek*", "ölmey*", "ölmeyi", "ölsem*", "ölseydim", "öleceğim", "ölece*", "öleyim",
        "ölesim", "ölmeli*", "öldüğümde", "öldükten", "ölünce", "ölüp gitsem", "intihar*",
        "geberm*", "geberey*", "geberse*", "geberip", "canıma kıyacağım", "canıma kıymak",
        "canıma kıyarım", "canıma kıysam", "uyanmasam", "uyanmayayım", "bir daha uyanmasam",
        "yok olsam", "yok olmak", "kaybolsam", "ortadan kaybol*", "mezar*", "öbür dünya",
        "bu dünyadan gitmek", "burada olmak istemiyorum", "bimirim", "bimrim",
    ),
    "WANT": (
        "istiy*", "isted*", "isterd*", "isterim", "istem*", "keşke", "tercih eder*",
        "daha iyi", "daha iyi olur", "arzu*", "dilerdim", "tercih*", "razıyım", "isteğim",
        "niyetim", "dua ediyorum", "dixwazim",
    ),
    "SELFHARM": (
        "kendimi kesiyorum", "kendimi kestim", "kendimi keserim", "kendimi kesmek",
        "kendimi keseceğim", "jilet*", "ustura*", "bilek*", "bileklerimi", "bileğimi",
        "damar*", "damarlarımı", "haplar*", "hapı", "ilaç*", "aşırı doz", "overdoz*",
        "zehir*", "çamaşır suyu", "atlam*", "atlay*", "atlad*", "atlasam", "köprü*",
        "balkondan atla*", "pencereden atla*", "çatıdan atla*", "kendimi balkondan",
        "kendimi pencereden", "kendimi çatıdan", "trene", "treni", "trenin önüne", "raylara",
        "ip", "ipi", "urgan*", "kendimi asacağım", "kendimi asarım", "kendimi asmak",
        "kendime zarar*", "kendimi yaral*", "kendine zarar*", "kendimi atacağım",
        "kendimi atsam", "kendime bir şey yapacağım", "kendime bir şey yaparım", "bıçak*",
    ),
    "REFLEXIVE": (
        "kendim", "kendimi", "kendime", "kendimden", "kendimle", "kendi kendime", "xwe",
    ),
    "LIFE": (
        "hayat*", "yaşam*", "yaşıyor*", "yaşamak", "yaşayam*", "yaşayac*", "ömrüm*", "ömür",
        "dünya*", "varlığım", "nefes almak", "jiyan*",
    ),
    "END": (
        "bitir*", "bitsin", "bitti", "bitecek", "bitmeli", "son vermek", "son vereceğim",
        "son verdim", "son veriyorum", "sona ersin", "yeter", "artık yeter", "bırak*",
        "vazgeç*", "kurtul*", "durdur*", "noktala*",
    ),
    "DESPAIR": (
        "artık dayanam*", "dayanam* artık", "daha fazla dayanam*", "artık yapamıyorum",
        "yapamıyorum artık", "artık kaldıramıyorum", "kaldıramıyorum artık",
        "dayanacak gücüm kalmadı", "gücüm kalmadı", "takatim kalmadı", "umudum yok",
        "umudum kalmadı", "umutsuz*", "çaresizim", "çaresiz hissediyorum", "çıkış yolu yok",
        "çıkış yolum yok", "hiçbir çıkış", "yaşamanın anlamı yok",
        "hiçbir şeyin anlamı yok", "anlamı kalmadı", "yük oluyorum", "yükten başka",
        "herkese yük", "bensiz daha iyi", "bensiz daha mutlu", "kimse özlemez",
        "olmasam kimse", "her şeyden yoruldum", "hayattan yoruldum", "yaşamaktan yoruldum",
        "hayattan bıktım", "yaşamaktan bıktım", "her şeyden bıktım", "pes ediyorum",
        "pes ettim", "yaşama isteğim yok", "yaşamak için sebep", "ben bittim", "tükendim",
        "yaşamak istemiyorum", "êdî nikarim",
    ),
}

_ALARMS = {
    "violence": (
        "beni dövü*", "beni dövd*", "beni döver*", "beni dövm*", "bana vuruyor",
        "bana vurdu", "bana vurur", "beni vurdu", "dövüldüm", "dövülüyorum",
        "dayak yiyorum", "dayak yedim", "dayak atıyor", "dayak attı", "şiddet görüyorum",
        "şiddete uğruyorum", "şiddet uyguluyor", "bana şiddet", "bana el kaldırdı",
        "bana el kaldırıyor", "boğazımı sıktı", "boğazımı sıkıyor", "beni boğmaya",
        "saçımdan sürükledi", "bana tokat", "beni tekmeledi", "karnıma tekme", "beni itti",
        "aile içi şiddet", "ev içi şiddet", "kadına şiddet", "li min dixe", "li min xist",
    ),
    "child_abuse": (
        "çocuğuma dokun*", "kızıma dokun*", "oğluma dokun*", "çocuklarıma dokun*",
        "kızımı ellemiş", "kızımı elledi", "oğlumu elledi", "çocukları dövü*",
        "çocukları dövd*", "çocuğumu dövü*", "çocuğumu dövd*", "kızımı dövü*",
        "kızımı dövd*", "oğlumu dövü*", "oğlumu dövd*", "çocuklara vuru*",
        "çocuklara vurd*", "çocuk istismar*", "çocuğa cinsel", "kızımı taciz",
        "oğlumu taciz", "çocuğumu taciz", "çocuklara şiddet", "çocuklarıma şiddet",
        "çocuk ihmali",
    ),
    "sexual_abuse": (
        "tecavüz*", "cinsel istismar*", "cinsel taciz*", "taciz ediyor", "taciz etti",
        "ırzına geçti", "zorla ilişkiye", "zorla birlikte oluyor", "istemediğim halde",
        "benimle zorla",
    ),
    "self_harm": (
        "ölmek istiyorum", "ölmek istedim", "ölmek isterdim", "kendimi öldür*", "intihar*",
        "yaşamak istemiyorum", "canıma kıyacağım", "canıma kıymak",
        "kendime zarar veriyorum", "kendime zarar vermek", "bileklerimi keseceğim",
        "kendimi kesiyorum", "ölsem daha iyi", "ölsem kurtulurum", "keşke ölsem",
        "keşke hiç doğmasaydım", "hayatıma son vereceğim", "hayatıma son vermek",
        "kendimi asacağım", "bir daha uyanmasam", "ölmek isti*",
    ),
    "threat": (
        "seni öldürürüm", "seni öldüreceğim", "beni öldürecek", "beni öldürür",
        "beni öldüreceğini", "beni öldürmekle", "öldürmekle tehdit", "ölüm tehdidi",
        "seni gebertirim", "tehdit ediyor", "beni tehdit", "ez ê te bikujim",
    ),
}
# "salağım", "aptalım", "deliyim", "salak mıyım": the insult word itself says "I am"
_FIRST_PERSON_SUFFIXES = ("im", "um", "yim", "yum", "miyim", "muyum")
# "aptalsın", "salaksınız", "eşeksin", "salakmısın": the insult word itself says "you are"
_SECOND_PERSON_SUFFIXES = (
    "sin", "sun", "sen", "siniz", "sunuz", "misin", "musun", "misiniz", "musunuz",
)
# fmt: on

LEXICON = LanguageLexicon(
    code="tr",
    unambiguous=_UNAMBIGUOUS,
    ambiguous=_AMBIGUOUS,
    second_person=_SECOND_PERSON,
    first_person=_FIRST_PERSON,
    quoting=_QUOTING,
    concepts=_CONCEPTS,
    alarms=_ALARMS,
    first_person_suffixes=_FIRST_PERSON_SUFFIXES,
    second_person_suffixes=_SECOND_PERSON_SUFFIXES,
)

# Added after a first evaluation: indirect phrasings (hiding, secrets, neglect, farewells,
# euphemisms), fewer everyday words. Dropped: health and "broken" words from INJURY
# (hastane, acile, kırık), bare nouns that made CONTROL out of "ben paramı biriktiriyorum"
# or "bana mesaj attı" (paramı, telefonum*, mesajlarımı, pasaportum*, ...; now phrases with
# a verb), "ilaç*"/"hapı" in SELFHARM ("ben ilaç içtim" for a headache), "bıçak*" in
# SELFHARM (it is KILL too, so any bread knife alerted) and "kaybolsam" in DIE (its stem
# "kaybol" is every "kayboldu": a child lost in the park), and "yasak" on its own (a
# parent's own house rule). Idioms: "o sınav beni öldürdü", "bu çocuk beni öldürecek".
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "HIDE": (
            "sakla*", "sakli*", "gizle*", "gizliyor*", "örtbas*", "örtüyorum", "örttüm",
            "kimse görmesin", "görmesinler diye", "görünmesin diye", "belli olmasın",
            "kimse fark etmesin", "fark etmesinler", "anlaşılmasın diye", "kimse anlamasın",
            "düştüm dedim", "düştüm diyorum", "düştüm diye", "düştüğümü söyle*",
            "çarptım dedim", "çarptım diyorum", "kollarımı kapat*", "kollarımı gizle*",
            "boynumu kapat*", "boynumu gizle*", "yüzümü gizle*", "morlukları kapat*",
            "izleri kapat*", "atkıyla kapat*", "fularla kapat*", "şalla kapat*",
            "eşarpla kapat*", "makyajla gizle*", "makyajla örttüm", "boğazlı kazakla",
            "balıkçı yakayla", "banyoya kapan*", "odaya kapan*", "banyoya kilitlen*",
            "kendimizi kilitle*", "dolaba saklan*", "veşart*",
        ),
        "SECRET": (
            "kimseye söyleme*", "kimseye söyleyeme*", "kimseye anlatma*", "kimseye anlatama*",
            "kimseye açılamıyorum", "kimseye bahsetme*", "kimseye demeyin", "kimse bilmesin",
            "kimse bilmemeli", "kimse bilmiyor", "kimse duymasın", "kimse öğrenmesin",
            "kimsenin bilmesini", "kimsenin haberi yok", "kimsenin haberi olmasın",
            "aramızda kalsın", "aramızda kalacak", "bu aramızda", "sır", "sırrım", "sırrımız",
            "sırrımızı", "sırdır", "sır tutma*", "sır tutun", "sır tutacak*", "sır olarak",
            "gizli kalsın", "gizli kalmalı", "gizli oyun*", "gizlice", "gizli tutma*",
            "gizli tutun", "gizli tutuyorum", "annene söyleme*", "annene anlatma*",
            "annene söylersen", "babana söyleme*", "babana söylersen", "anneye söyleme*",
            "kimseye söylersen", "söylersen seni", "kocama söyleme*", "eşime söyleme*",
            "o görmeden", "görmeden yazıyorum", "uyurken yazıyorum", "yokken yazıyorum",
            "gelmeden yazıyorum", "hızlıca yazıyorum", "haberi olmadan yazıyorum",
            "ondan habersiz", "bu mesajı sil", "mesajı silin", "mesajımı sil", "mesajımı silin",
            "mesajlarımı silin", "bu mesajı sileceğim", "yazdıklarımı silin", "okuyunca silin",
            "okuduktan sonra silin", "ji kesî re nebêje", "nebêje kesî", "veşarî",
        ),
        "NEGLECT": (
            "hep aç kalıyor", "sürekli aç kalıyor", "günlerce aç", "günlerdir aç",
            "aç bırakıyor", "aç bıraktı", "aç bırakıyorlar", "aç bırakılıyor", "aç bıraktılar",
            "aç yatıyor", "aç yatıyorlar", "aç uyuyor", "aç uyuyorlar", "okula aç gidiyor",
            "okula aç gidiyorlar", "evde hiç yemek olmuyor", "evde yiyecek hiçbir şey yok",
            "evde ekmek bile yok", "yemek bile yok", "yemek vermiyor", "yemek vermiyorlar",
            "karnını doyurmuyor", "kimse doyurmuyor", "çöpten yiyor", "bütün gün evde yalnız",
            "tüm gün evde yalnız", "bütün gece yalnız", "günlerce yalnız",
            "çocukları yalnız bırakıp", "çocuğu yalnız bırakıp", "bebeği yalnız bırakıp",
            "bebekle yalnız bırakıp", "küçükleri yalnız bırakıp", "kardeşiyle yalnız bırakıp",
            "okuldan kimse almıyor", "almaya kimse gelmiyor", "kimse almaya gelmiyor",
            "kıyafetleri hep kirli", "hep kirli kıyafetlerle", "haftalardır yıkanmamış",
            "günlerdir yıkanmamış", "kışın montu yok", "montu bile yok", "kabanı bile yok",
            "ayakkabısı bile yok", "içeri almıyor", "içeri almadı", "eve sokmuyor",
            "eve sokmadı", "kapı dışarı etti", "soğukta bıraktı", "soğukta bırakıyor",
            "soğukta bekletiyor", "gece dışarıda bıraktı", "gece dışarıda bırakıyor",
            "doktora götürmüyor", "ilaçlarını vermiyor", "okula göndermiyor",
            "okula göndermiyorlar", "evde yemek yok", "evde hiç yemek yok",
            "kimse okuldan almıyor", "okuldan almıyor kimse",
        ),
        "DESPAIR": (
            "bana bir şey olursa", "başıma bir şey gelirse", "ölürsem çocuklarım",
            "çocuklarıma iyi bakın", "çocuklarıma sahip çıkın", "çocuklarım size emanet",
            "çocuklarımı size emanet", "her birine mektup", "her çocuğuma mektup",
            "veda mektubu", "herkese veda", "veda ediyorum", "elveda herkese", "size elveda",
            "hakkınızı helal edin", "bu son mesajım", "size son kez yazıyorum",
            "son kez yazıyorum size", "herkese yüküm", "sadece yüküm",
            "yükten başka bir şey değilim", "başka bir anneyle daha", "daha iyi bir anneyi hak",
            "benden iyi bir anneyi", "ben olmasam daha iyi", "ben olmasam daha mutlu",
            "olmasam herkes rahat", "olmazsam herkes rahat", "gidersem herkes rahat",
            "kaybolsam herkes", "herkes benden kurtulur", "benden kurtulsunlar",
            "keşke kaybolsam", "kaybolup gitsem", "kaybolmak istiyorum", "yok olup gitsem",
            "yok olmak istiyorum", "keşke olmasam", "hayatımın anlamı yok",
            "yaşamamın anlamı yok", "her şey anlamsız", "hayat anlamsız", "yaşamak anlamsız",
            "neden devam edeyim", "niye devam edeyim", "neden yaşıyorum", "niye yaşıyorum",
            "ne için yaşıyorum", "evde nefes alamıyorum", "artık nefes alamıyorum",
            "nefes alamıyorum artık", "bu evde boğuluyorum", "boğuluyorum artık",
            "artık devam edemiyorum", "devam edemiyorum artık", "artık katlanamıyorum",
            "katlanamıyorum artık", "artık taşıyamıyorum", "artık çekemiyorum",
            "çekemiyorum artık", "artık güçüm yok", "köprünün kenarında", "köprünün korkuluğu*",
            "köprüden aşağı", "köprüden atla*", "rayların kenarında", "rayların yanında",
            "raylara yatmak", "raylara yatsam", "raylara yatacağım", "balkondan atlasam",
            "pencereden atlasam", "bütün haplar elimde", "bütün hapları", "tüm hapları",
            "bütün ilaçları içeceğim", "tüm ilaçları içeceğim", "hapların hepsini",
            "ilaçların hepsini", "hapları biriktir*", "ilaçları biriktir*", "hapları topladım",
            "ilaçları topladım", "hepsini yutacağım", "bir avuç hap", "her şeyin bitmesini",
            "her şey bitsin", "her şeye son vermek", "her şeye son vereceğim",
            "her şeye son versem", "bu hayat bitsin", "hayatım bitsin", "artık bitsin her şey",
            "bir daha uyanmamak", "uyanmak istemiyorum", "allah canımı alsın",
            "allahım canımı al", "rabbim canımı al", "allah beni alsın", "hayattan soğudum",
            "yaşamaktan soğudum", "hayattan bezdim", "yaşamaktan bezdim", "her şeyden bezdim",
            "hepimiz ölsek", "hep beraber ölsek", "çocuklarla birlikte ölmek",
            "her çocuğa mektup", "çocuklarıma mektup yazdım", "birer mektup yazdım",
            "köprünün üstünde duruyorum", "köprünün üzerinde duruyorum",
        ),
        "FEAR": (
            "donup kalıyorum", "donup kaldım", "donup kalıyoruz", "donup kalırım", "donakal*",
            "kaskatı kesil*", "buz kesil*", "dilim tutul*", "sesimi çıkaramıyorum",
            "ses çıkaramıyorum", "nefesimi tutuyorum", "diken üstünde", "tetikte", "tetikteyim",
            "ürperiyorum", "irkil*", "yerimden sıçrıyorum", "yerimden fırlıyorum",
            "yüreğim ağzımda", "kalbim ağzımda", "kalbim küt küt", "ödüm kopar", "ödüm patlar",
            "ayak seslerini duyunca", "anahtar sesini duyunca", "kapı sesini duyunca",
            "arabasının sesini duyunca", "kapının açıldığını duyunca", "korkudan uyuyamıyorum",
            "korkudan uyuyamıyoruz", "uyuyamıyorum korkudan", "ne yapacağı belli olmuyor",
            "ne zaman patlayacağı", "ne zaman sinirleneceği", "kendimi güvende hissetmiyorum",
            "banyoya saklandım", "banyoya saklandık", "odaya saklandım", "odaya saklandık",
            "çocukları alıp saklandım", "çocuklarla saklandık",
        ),
        "NAMECALL": (
            "sesini yükselt*", "sesi yükselince", "bağırınca", "bağırdığında",
        ),
        "INJURY": (
            "izler var", "izleri var", "izleri kaldı", "iz bıraktı", "iz bırakıyor",
            "boynunda parmak", "boynumda parmak", "boğazında parmak", "boğazımda parmak",
            "boynunda izler", "boynumda izler", "kolunda izler", "kolumda izler",
            "kollarında izler", "kollarımda izler", "sırtında izler", "sırtımda izler",
            "bacaklarında izler", "vücudunda izler", "vücudumda izler", "kemer izi",
            "kemer izleri", "sopa izi", "sopa izleri", "tokat izi", "yüzünde el izi",
            "yüzümde el izi", "yanağında el izi", "beş parmak izi", "beş parmağın izi",
            "ısırık izi", "ısırma izi", "diş izi", "diş izleri", "tırnak izi", "tırnak izleri",
            "sigara yanığı", "sigara izi", "sigara izleri", "sigarayla yaktı",
            "sigarayla yakıyor", "sigarayla yakmış", "sigara ile yaktı", "sigarayı söndür*",
            "ütü yanığı", "ütüyle yaktı", "ütüyle yakmış", "kaynar su döktü", "dudağı patlamış",
            "dudağım patlamış", "dudağını patlattı", "dudağımı patlattı", "dudağı patlak",
            "dudağım patlak", "kaşı patlamış", "kaşım patladı", "kaşını patlattı",
            "kaşımı patlattı", "kaburgamı kırdı", "kaburgam kırıldı", "dişimi kırdı",
            "burnunu kırdı", "mor izler", "sırtında çizgi çizgi", "bacaklarında çizgi çizgi",
        ),
        "TOUCH": (
            "onunla garip", "onunla tuhaf", "ona garip şeyler", "ona tuhaf şeyler",
            "kızımla garip", "kızımla tuhaf", "kızıma garip", "kızıma tuhaf", "oğlumla garip",
            "oğlumla tuhaf", "oğluma garip", "gizli oyun*", "orasını elledi", "orasını elliyor",
            "orasını ellemiş", "gece odasına giriyor", "gece odasına girdi",
            "gece odasına girer", "gece odasına girmiş", "gece odasına geliyor",
            "gece odasına geldi", "geceleri odasına giriyor", "geceleri odasına girer",
            "geceleri odasına geliyor", "gece yatağına giriyor", "gece yatağına geliyor",
            "geceleri yatağına giriyor", "geceleri yatağına geliyor", "ona fotoğraf gönder*",
            "kızımdan fotoğraf", "oğlumdan fotoğraf", "ondan fotoğraf istiyor",
            "fotoğrafını istiyor", "fotoğrafını istedi", "fotoğraflarını istiyor",
            "fotoğraflarını istedi", "resmini istiyor", "resmini istedi", "ona video göster*",
            "gizlice video göster*", "dizine oturt*", "dizlerine oturt*", "yalnız gelmesini",
            "tek başına gelmesini", "onunla yalnız kalmak", "onunla yalnız kalıyor",
            "onunla yalnız kaldı", "yalnız çağırıyor", "dudağından öptü", "dudağından öpüyor",
            "dudağından öpmüş",
        ),
        "SEXUAL": (
            "müstehcen*", "teşhirci*", "cinsel organını", "organını gösterdi", "zorla öptü",
            "zorla öpüyor", "zorla dokun*", "zorla soydu", "zorla soyun*", "namusuna dokun*",
            "namusuma dokun*", "kızlığını bozdu", "porno göster*", "porno video göster*",
            "cinsel içerikli mesaj*", "cinsel mesaj*", "cinsel fotoğraf*", "cinsel video*",
            "seks yapmaya zorla*", "ilişkiye zorluyor", "ilişkiye zorladı",
        ),
        "CONTROL": (
            "paramı aldı", "paramı alıyor", "paramı elimden", "paramı vermiyor",
            "paramı kontrol*", "maaşımı aldı", "maaşımı alıyor", "maaşımı elimden",
            "kartımı aldı", "kartımı alıyor", "kartımı elimden", "kimliğimi aldı",
            "kimliğimi sakla*", "kimliğimi elimden", "pasaportumu aldı", "pasaportumu sakla*",
            "pasaportumu elimden", "pasaportumu vermiyor", "belgelerimi aldı",
            "belgelerimi sakla*", "evraklarımı aldı", "evraklarımı sakla*", "telefonumu aldı",
            "telefonumu alıyor", "telefonumu elimden", "telefonumu kırdı",
            "telefonumu kontrol*", "telefonumu sakla*", "telefonuma el koydu",
            "telefonuma el koyuyor", "parama el koydu", "parama el koyuyor", "maaşıma el koydu",
            "maaşıma el koyuyor", "mesajlarımı okuyor", "mesajlarımı okur",
            "mesajlarımı kontrol*", "mesajlarıma bakıyor", "şifremi istiyor", "şifremi aldı",
            "şifremi biliyor", "şifremi değiştirdi", "şifrelerimi istiyor", "şifrelerimi aldı",
            "konumumu takip*", "konumumu kontrol*", "konumuma bakıyor",
            "nerede olduğumu kontrol", "ailemi görmemi", "ailemle görüşmemi", "annemi görmemi",
            "arkadaşlarımla görüşmemi istemiyor", "arkadaşlarımı görmemi",
            "kimseyle görüşmemi istemiyor", "kimseyle konuşmamı", "kimseyle konuşturmuyor",
            "işe gitmemi istemiyor", "çalışmamı istemiyor", "kursa gitmemi istemiyor",
            "dışarı çıkmamı istemiyor", "evden çıkmamı istemiyor", "izinsiz", "izin almadan",
            "ondan izin almak", "izin almam gerekiyor", "bodruma kilitle*", "bodruma kapat*",
            "kilere kapat*", "odaya kilitle*", "odasına kilitle*", "banyoya kilitle*",
            "içeri kilitle*", "üstüme kilitle*", "evde kilitli", "para için yalvar*",
            "paraya yalvar*", "yalvartıyor", "yalvartır", "her kuruşun hesabını",
        ),
        "THREAT": (
            "sen görürsün", "görürsün gününü", "göreceksin sen", "görürsünüz siz",
            "sıra sana gelecek", "sıran gelecek", "sonun kötü olacak", "seni uyarıyorum",
            "son kez uyarıyorum", "arkanı kolla", "kendini kolla",
            "hangi okula gittiğini biliyorum", "hangi okula gittiklerini biliyorum",
            "çocuklarının nerede olduğunu biliyorum", "adresini biliyorum",
            "nerede çalıştığını biliyorum", "nerede olsan bulurum", "seni bulunca",
            "elime geçersen", "elime düşersen", "elimden kurtulamazsın", "benden kaçamazsın",
            "arabanı yakarım", "arabanı yakacağım", "arabanı parçalarım", "evinizi yakarım",
            "dükkanını yakarım", "kocamı gönderirim", "kocamı yollarım", "abimi gönderirim",
            "abimi yollarım", "abilerimi gönderirim", "abilerimi yollarım",
            "kardeşlerimi gönderirim", "kardeşlerimi yollarım", "adamlarımı gönderirim",
            "adamlarımı yollarım", "dövdürürüm", "dövdüreceğim", "pişman olacaksınız",
            "pişman edeceğim", "bacağını kırarım", "ayaklarını kırarım", "kollarını kırarım",
            "kolunu kırarım", "dişlerini kırarım", "kemiklerini kırarım", "çeneni kırarım",
            "suratını dağıtırım", "yüzünü dağıtırım", "canını yakarım", "canını yakacağım",
            "seni rezil ederim", "seni rezil edeceğim", "seni perişan ederim", "seni yaşatmam",
            "yaşatmam seni", "seni yaşatmayacağım", "süründürürüm",
        ),
        "KILL": (
            "kafanı uçururum", "beynini dağıtırım", "seni vururum",
        ),
        "HURT": (
            "boğarım", "boğacağ*", "dövdürdü", "dövdürüyor", "saçımı yoldu", "saçlarımı yoldu",
            "kolumu büktü", "bileğimi büktü", "kolumu sıktı", "duvara itti",
            "duvara yapıştırdı", "üstüme yürüdü", "üzerime yürüdü", "sigarayla yaktı",
            "ütüyle yaktı", "terlik fırlattı", "li min da", "li min dide",
        ),
        "SELFHARM": (
            "kendimi bıçakla*", "bir avuç hap", "hapları yuttum", "ilaçları yuttum",
            "hapların hepsini", "kutu hap",
        ),
    },
    alarms={
        "self_harm": ("ölsem de kurtulsam", "yok olmak istiyorum", "hayattan soğudum"),
        "threat": ("çocuklarının okulunu biliyorum", "okulunu biliyorum çocuklarının"),
    },
    idioms=(
        "sınav beni öldürdü", "bu çocuk beni öldürecek", "bu çocuklar beni öldürecek",
        "çocuklar beni öldürecek", "bu çocuk beni öldürür", "bu çocuklar beni öldürür",
        "yorgunluktan öldüm", "yorgunluktan ölüyorum", "sıcaktan ölüyorum", "meraktan öldüm",
        "meraktan ölüyorum", "utançtan öldüm", "utancımdan öldüm",
    ),
    dropped={
        "INJURY": ("hastane*", "acile", "kırık*", "kırıldı", "kırdı"),
        "CONTROL": (
            "paramı", "maaşımı", "telefonum*", "kimliğimi", "pasaportum*", "belgelerimi",
            "evraklarımı", "banka kartımı", "mesajlarımı", "yasak",
        ),
        "SELFHARM": ("ilaç*", "hapı", "bıçak*"),
        "DIE": ("kaybolsam",),
    },
)
# fmt: on

# Added while tuning on the tuning two thirds of the evaluation set (general phrasings that
# were missing: "I'll break your legs", "nobody tell him").
LEXICON = LEXICON.extended(
    concepts={
        "HURT": ("kiracagim", "kirarim", "kiracam", "bacaklarini kir*", "kolunu kir*",
                 "kafani kir*", "agzini kir*"),
        "SECRET": ("kimse ona soylemesin", "kimse bilmesin", "kimseye soylemeyin",
                   "ona soylemeyin", "kocama soylemeyin", "gizli yaziyorum"),
        "THREAT": ("seni yolda yakalarsam", "yakalarsam", "gorursun sen", "yoksa pisman olursun",
                   "bak pisman olursun",
                   "pisman edecegim"),
    },
)  # fmt: skip

# A second round: the everyday scenes (MISHAP) that explain "hit", "fell" or "afraid" away
# (a ball, a game, a tablet, a film, a slide, the dark, a dog, the doctor said it's fine).
# fmt: off
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": (
            "top", "topa", "topu", "futbol", "mac", "gol", "oyun*", "tablet*", "film*", "dizi",
            "netflix", "korku filmi", "dustu", "dustum", "dusmus", "kaydirak*", "park", "parkta",
            "bisiklet*", "bir sey yok", "doktor bir sey yok dedi", "buz koyduk", "yemek",
            "sogan", "haha", "hahaha", "kopek*", "karanlik*", "kabus*", "kavga etti",
            "kavga ediyorlar",
        ),
    },
)
# fmt: on

# A third round, on the training messages (written apart from the evaluation set): the news
# and what is on screen (MEDIA), and a child's fear of dogs or the dark (MISHAP).
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("haber*", "dizi*", "film*", "program*", "belgesel*", "gazete*",
                  "televizyon*", "tv", "youtube", "kitap*", "haberlerde", "dizide"),
        "MISHAP": ("kopeg*", "kopekler*", "orumcek*", "oyuncak*", "saka", "sakadan"),
    },
)  # fmt: skip

# Inflection and the small words around an insult (see `LanguageLexicon`). Turkish builds
# a word from endings: plural, then person ("-sın" you are, "-ım" I am), possessive and
# case; "şıllık" is also "şıllıklarsınız", "köpek" "köpeğe" (k → ğ before a vowel, which
# `inflection` writes). Normalised (ı → i, ü → u, ş → s), one ending stands for its
# vowel-harmony variants. Determiners ("bu", "şu") and calls ("ulan", "lan", "be").
# fmt: off
_PERSON = ("sin", "sun", "siniz", "sunuz", "im", "um", "yim", "yum", "iz", "uz", "yiz", "yuz",
           "dir", "dur", "tir", "tur", "din", "dun", "tin", "tun")
_CASE = ("i", "u", "yi", "yu", "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den",
         "tan", "ten", "in", "un", "nin", "nun", "la", "le", "yla", "yle", "si", "su", "ini",
         "unu", "ina", "una", "ine", "une")
_THING = ("i", "u", "yi", "yu", "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den",
          "tan", "ten", "si", "su", "ini", "unu", "ina", "una", "ine", "une", "ni", "nu")
LEXICON = LEXICON.extended(
    inflections=(
        *_PERSON, *_CASE, "lar", "ler",
        *(plural + ending for plural in ("lar", "ler") for ending in (*_PERSON, *_CASE)),
    ),
    not_inflected=("kazan", "delik", "delil", "hirsizlik"),
    determiners=("bu", "su", "o", "bizim", "benim", "senin", "onun", "sizin", "onlarin",
                 "iki", "uc", "dort", "bes", "cok", "bazi", "her"),
    vocatives=("ulan", "lan", "len", "be", "ey", "hey", "bre", "sen", "seni"),
    intensifiers=("pis", "lanet", "aptal", "salak", "kahrolasi", "asagilik", "kokusmus",
                  "sefil"),
    articles=("bir",),
    people=("salak", "aptal", "ahmak", "enayi", "budala", "sersem", "avanak", "mankafa", "ebleh",
            "dingil", "manyak", "psikopat", "hödük", "ezik", "cahil", "rezil", "pislik", "lavuk",
            "hırbo", "şişko", "hımbıl", "dümbük", "şapşal", "pısırık", "korkak", "tembel",
            "mızmız", "yalancı", "serseri", "herif", "kafasız", "sapık", "yalaka", "çomar",
            "terbiyesiz", "edepsiz", "utanmaz", "arsız", "yüzsüz", "kalleş", "keko", "kezban",
            "maganda", "zibidi", "kiro", "nonoş", "yosma", "şıllık", "bunak", "andaval"),
    copulas=("sen", "siz", "tam", "koca", "resmen", "gercek", "ne", "kadar", "olmus", "gibisin"),
    # "gibi" (like), and a question about a thing ("tavuk mu?"; "salak mısın" has a person)
    situation_after=("gibi", "mi", "mu"),
    # Accusative, dative, locative, ablative and the third-person possessive, with or
    # without the plural: the word is an object in a sentence ("tavukları", "köpeğe").
    thing_endings=_THING + tuple(p + e for p in ("lar", "ler") for e in _THING),
    second_person=("hepiniz", "hepinizi", "hepinize", "hepin", "hepiniz de"),
    unambiguous=("deyyus", "deyyus*", "allahın cezası", "kepaze*", "boynuzlu*"),
    # Also everyday words: rude, shameless, traitor ... ("adi", vile, is also "adı", its
    # name; "mikrop" is the germ a child catches.)
    ambiguous=("yalaka", "çomar", "terbiyesiz", "edepsiz", "utanmaz", "arsız", "yüzsüz",
               "kalleş", "hain", "keko", "sefil", "bunak", "andaval"),
)  # fmt: skip

# A fourth round, on the false alarms of the training messages and of the first fresh set:
# what a controlling partner takes (money, a phone, papers) is only a scene on its own
# (BELONGING, no longer CONTROL since the second round): next to "kocam", "o" or a secret it
# is a sign again. Sport, a pillow fight, the dentist and a driving test are everyday scenes
# (MISHAP); a fairy tale is a story (MEDIA).
LEXICON = LEXICON.extended(
    concepts={
        "BELONGING": ("paramı", "maaşımı", "telefonum*", "kimliğimi", "pasaportum*",
                      "belgelerimi", "evraklarımı", "banka kartımı", "kıskanç*"),
        "MISHAP": ("boks*", "kickboks*", "tekvando*", "taekwondo*", "karate*", "judo*",
                   "basketbol*", "voleybol*", "yüzme*", "havuz*", "yastık*", "ehliyet*",
                   "fifa", "playstation", "dişçi*", "diş doktor*", "hakem*"),
        "MEDIA": ("masal*", "cadı*", "hansel ve gretel", "kırmızı başlıklı kız",
                  "pamuk prenses", "hikaye*", "hikâye*"),
    },
    dropped={"CONTROL": ("kıskanç*",)},
)  # fmt: skip

# A fifth round, on the misses of the first fresh set, written as families for every
# language rather than as the missed sentences: the police at the door, fleeing with the
# children and being followed, "he did things to me" as a euphemism, a child left alone.
LEXICON = LEXICON.extended(
    concepts={
        "POLICE": ("polis*", "komşular polisi aradı", "komşular aradı", "112yi aradı",
                   "112 aradı"),
        "HIDE": ("kaçtım", "kaçtık", "çocukları alıp kaçtım", "çocuklarla kaçtım",
                 "sığınma evi", "sığınma evine", "kadın sığınma*", "ablamda kalıyorum",
                 "annemde kalıyorum", "bir şey yok dedim", "bir şey olmadı dedim"),
        "CONTROL": ("kapıda bekliyor", "okulun önünde bekliyor", "her gün arıyor",
                    "sürekli arıyor", "peşimizde", "bizi bekliyor", "beni bekliyor"),
        "NEGLECT": ("günlerce yalnız", "bütün gün yalnız", "bütün gün evde yalnız",
                    "kimse bakmıyor", "aç kalıyor", "yemek vermiyor", "yemek verilmiyor",
                    "karnı aç diye"),
    },
    alarms={
        "sexual_abuse": ("bana kötü şeyler yaptı", "bana kötü şey yaptı", "ona kötü şeyler yaptı",
                         "kötü şeyler yaptı", "bana bir şeyler yaptı", "bana dokundu",
                         "ona dokundu", "bana dokunurdu", "ona dokunurdu"),
    },
)  # fmt: skip

# Insults, a sixth round (the first fresh set's misses as families): an order to go or be
# quiet addresses someone ("git bu gruptan", "defol", "sus"), "none of you" and "all of
# them" aim a plural at a group, and "kara" before an insult makes it a call ("Kara
# maymun, ...").
LEXICON = LEXICON.extended(
    second_person=("git", "defol", "defolun", "sus", "susun", "kes sesini", "hiçbiriniz",
                   "hiçbirinizin", "hepsi", "hepsi de", "bütün kadınlar", "siz"),
    intensifiers=("kara", "koca"),
)  # fmt: skip

# A seventh round, on the second fresh set's misses and false alarms, as families: a child
# who hit another child at school is a scene (MISHAP), not abuse; "I know where she lives,
# I'll wait for her" is a threat; a parent who says she hits her own child is heard; the
# helplines are named; "sleep and not wake up" is despair; a whole people called thieves or
# dirty is an insult aimed at them.
LEXICON = LEXICON.extended(
    concepts={
        "MISHAP": ("bir çocuğa", "başka bir çocuğa", "arkadaşına vurmuş", "teneffüs*",
                   "sınıfta", "okulda kavga", "öğretmen aradı", "öğretmeni aradı",
                   "kardeş kavgası", "kardeşler"),
        "THREAT": ("nerede oturduğunu biliyorum", "nerde oturdugunu biliyorum",
                   "nerede oturduğunu biliyom", "evini biliyorum", "okul çıkışı bekleyeceğim",
                   "bekleyeceğim onu", "görecek gününü", "göreceksin gününü", "gününü görecek",
                   "gününü göreceksin", "bunun hesabını verecek"),
        "DESPAIR": ("uyuyup uyanmamak", "bir daha uyanmamak", "uyanmak istemiyorum",
                    "kaybolmak istiyorum", "yok olmak istiyorum"),
        "HURT": ("itti", "itekledi", "itip kaktı", "eli kalkıyor", "el kaldırıyor",
                 "el kaldırdı"),
    },
    alarms={
        "violence": ("veilig thuis", "alo 183", "kadın sığınma evi"),
        "child_abuse": ("dövüyorum", "çocuğumu dövdüm", "oğlumu dövdüm", "kızımı dövdüm",
                        "terlikle vuruyorum", "kemerle vuruyorum", "çok sert vurdum",
                        "tokat atıyorum"),
        "sexual_abuse": ("bana bişeyler yaptı", "bana bişey yaptı", "bana bir şeyler yapardı",
                         "bana bişeyler yapardı"),
    },
    second_person=("suriyeliler", "suriyelileri", "araplar", "kürtler", "faslılar",
                   "somalililer", "mülteciler", "yabancılar", "siyahlar", "hollandalılar"),
    ambiguous=("hırsız", "hırsızlar", "pisler", "pis"),
)  # fmt: skip

# Shame and anger said big are idioms.
LEXICON = LEXICON.extended(idioms=("yerin dibine girdim", "kafayi yiyecem", "kafayi yiyecegim",
                                   "sinirden olecegim", "utanctan oldum"))  # fmt: skip

# An eighth round, on the third fresh set's misses, as families in every language: a child
# locked in or left a night without food, a partner waiting at the school with his mates,
# "he will pay for it", setting someone on fire, goodbye letters and affairs put in order,
# a relative who opens the bathroom door, a stranger online who asks a child for photos in
# a more private app, a child engaged or married off, freeloaders and beggars said of a
# whole people.
LEXICON = LEXICON.extended(
    concepts={
        "NEGLECT": ("bütün gece aç", "gece boyu aç", "günlerce aç", "aç bırakıyor",
                    "aç bıraktı"),
        "THREAT": ("bedelini ödeyecek", "bedelini ödeyeceksin", "hesabını soracağım",
                   "yakacağım onu", "yakarım seni", "yakarım onu", "ateşe veririm"),
        "TOUCH": ("banyodayken", "banyo yaparken", "banyonun kapısını", "banyoya giriyor",
                  "kapıyı yanlışlıkla açıyor", "fotoğraf gönder", "fotoğraf istiyor",
                  "fotoğrafını istemiş", "resim istiyor"),
        "SECRET": ("başka uygulama", "daha gizli", "özelden yaz", "annene söyleme"),
        "RELATIVE": ("kayınbirader*", "kayinbirader*", "enişte*", "amcam*", "dayım*",
                     "üvey baba*"),
        "MISHAP": ("tatbikat*", "yangın tatbikat*"),
    },
    alarms={
        "self_harm": ("vasiyet*", "ben olmayınca", "ben öldükten sonra", "veda mektubu",
                      "borçlarımı ödedim"),
        "child_abuse": ("nişanlamışlar", "bana sormadan nişan*", "zorla evlendir*",
                        "zorla nişan*", "küçük yaşta evlendir*",
                        "nikah yapacaklar", "nikah yapcaklar"),
    },
    ambiguous=("bedavacı*", "dilenci*", "asalak*"),
    unambiguous=("sürtük*", "orospu çocukları"),
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
        "TRIP": ("hacca", "hacc", "umreye", "umre", "taşınıyoruz", "taşınıyorum", "tatile"),
        "MISHAP": ("ateş*", "eczane*", "cenaze*", "kabir hayat*", "mezar*", "kurban*",
                   "kasap*", "bayramda"),
        "THREAT": ("bıçakla gelip", "bıçakla gelecek", "bıçakla gelcem", "bitirecem",
                   "bitireceğim onu", "nerede çalıştığını biliyorum", "dikkat et akşam"),
        "HIDE": ("makyajla kapat*", "fondötenle kapat*", "morluğu kapat*", "morlukları kapat*"),
        "DESPAIR": ("çocuklar olmasa", "çocuklarım olmasa", "anlamı kalmadı",
                    "kimse fark eder mi", "atlasam"),
        "SECRET": ("annene söyleme", "annene deme", "kimseye söyleme", "sırrımız"),
        "TOUCH": ("kucağına oturtuyor", "kucağına alıyor", "hediyeler alıyor", "hediye veriyor"),
    },
    alarms={
        "self_harm": ("bütün hapları içtim", "tüm hapları içtim", "hapları yuttum",
                      "çocuklara mektup yazdım", "yarın yapıyorum"),
        "child_abuse": ("memlekete gönderip", "yola getirsinler diye"),
    },
    ambiguous=("piç", "pic", "ikiyüzlü*"),
)  # fmt: skip

# A tenth round, on the fifth fresh set's misses, as families in every language: "he is here,
# I can't talk", "I don't want to live any more", "nobody will miss me", searching how to die
# without pain, pills bought and hidden, driving into a wall, a child locked in a dark toilet,
# a sister's split lip, "he knocked me to the floor", burning someone's car or office, "I
# know who you are and where you live"; and scenes: wrestling, Sinterklaas, a bicycle, a
# death anniversary, a ham knife, a horror film, GTA.
LEXICON = LEXICON.extended(
    concepts={
        "DESPAIR": ("kimse beni özlemeyecek", "kimse özlemez beni", "acısız nasıl ölünür",
                    "az kaldı bitecek", "yaşamak istemiyorum"),
        "THREAT": ("pişman olacak", "pişman edeceğim", "arabasını yakacağım",
                   "evini yakacağım", "kim olduğunuzu biliyorum"),
        "MISHAP": ("güreş*", "antrenman*", "bisiklet*", "korku filmi"),
    },
    alarms={
        "violence": ("geldi konuşamam", "eve geldi konuşamıyorum", "şimdi konuşamam geldi"),
    },
)  # fmt: skip

# A laugh is no everyday scene: it explains a sign away only in its own sentence (see
# `reading._joking_near`), not anywhere in a long message.
LEXICON = LEXICON.extended(dropped={"MISHAP": ("haha", "hahaha")})

# An eleventh round, from the developers' own probes (no evaluation set read): a child
# cutting her arms, "he will pay for this", a sister-in-law who "eats a beating", "he does
# bad things to me" and being ashamed to tell, a glass thrown at my head (a body part with
# "my" is the writer).
LEXICON = LEXICON.extended(
    concepts={
        "ME": ("kafama", "kafamı", "kafamdan", "yüzüme", "yüzümü", "yüzümden", "kolumu",
               "kolumdan", "karnıma", "sırtıma", "başıma", "başımı", "boğazıma"),
        "THREAT": ("ikisini de yakarım", "ikisini de öldürürüm", "onu da yakarım",
                   "onları yakarım", "ödeyecek bunun hesabını", "bunun hesabını ödeyecek",
                   "bunun hesabını verecek",
                   "bedelini ödeyecek",
                   "hesabını soracağım", "hesap soracağım", "hesabını sorarım",
                   "gününü gösterecem", "gününü göstereceğim", "ona gösterecem",
                   "ona göstereceğim"),
        "SECRET": ("utanıyorum anlatmaya", "anlatmaya utanıyorum", "söylemeye utanıyorum",
                   "utandığım için", "kimseye anlatamıyorum", "kimseye söyleyemiyorum",
                   "kimseye diyemiyorum"),
        "DESPAIR": ("hiçbir şey hissetmiyorum", "balkondan aşağı baktım", "pencereden aşağı baktım",
                    "ben olmasam her şey", "ben olmasam daha iyi", "ben olmasam herkes",
                    "benim yüzümden herkes", "ölüm hakkında şeyler",
                    "ölümle ilgili şeyler", "ölüm hakkında yazıyor", "ölmekten bahsediyor",
                    "ölmek istediğini", "ölümü düşünüyorum", "ölümü düşünüyor"),
        "CONTROL": ("konum uygulaması", "konumumu takip", "konumuma bakıyor", "konumumu açık",
                    "her yeri biliyor", "nereye gitsem biliyor"),
        "TOUCH": ("kötü şeyler yapıyor", "kötü şeyler yaptı", "kötü şeyler yapmış",
                  "bana kötü şeyler", "kızıma kötü şeyler", "oğluma kötü şeyler"),
    },
    alarms={
        "violence": ("itip kakmaya", "itip kakıyor", "itip kaktı", "dayak yiyor", "dayak yemiş",
                     "dayak yiyordu", "dayak yiyormuş",
                     "dayak yer", "dövülüyor", "dövülmüş"),
        "self_harm": ("kollarını kesiyor*", "kollarını kesmiş*", "kolunu kesiyor*",
                      "kollarını kestiğini", "bileklerini kesiyor*", "bileklerini kesmiş*",
                      "bileğini kesiyor*", "kendini kesiyor*", "kendini kesmiş*",
                      "kendine zarar veriyor*", "kendine zarar vermiş*", "jiletle kesiyor*"),
    },
)  # fmt: skip

# Place names that hold a listed word: the Nur Mountains are "Gavur Dağları".
LEXICON = LEXICON.extended(
    idioms=("gavur dağları", "gavur dağlarına", "gavur dağlarında", "gavur dağı", "gavur dağına",
            "gavur dağında"),
)

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
        "DESPAIR": ("sizi özleyeceğim", "hepinizi özleyeceğim", "kendinize iyi bakın ve",
                    "neden devam ettiğimi bilmiyorum", "eşyalarımı dağıttım",
                    "kıyafetlerimi dağıttım", "artık ihtiyacım olmayacak", "su beni çağırıyor",
                    "deniz beni çağırıyor", "kaç metre olduğuna", "kaç metre olduğuna baktım",
                    "neden yazdığımı bilmiyorum", "bıçağa bakıyorum", "bıçağa bakıp",
                    "beni bir daha göremeyeceksiniz", "beni bir daha görmeyeceksiniz",
                    "kaç hap", "kaç tane hap"),
        "SECRET": ("bana sormayın", "sormayın lütfen", "lütfen sormayın", "boş verin",
                   "boşverin"),
        "ABUSE": ("bir hiçsin", "hiçbir işe yaramazsın", "kimse seni istemez",
                  "hiçsin diyor", "ev cehenneme dönüyor", "ev cehenneme dönüyo",
                  "ev cehenneme döndü", "evi cehenneme çeviriyor",
                  "ev cehennem oluyor", "abim kız kardeşimi dövüyor", "abisi onu dövüyor"),
        "TOUCH": ("şeker verdi", "şeker veriyor", "çocukların fotoğrafını çekiyor",
                  "çocukların fotoğraflarını", "kedileri göstereceğim", "evde kedi göstereyim"),
    },
    alarms={
        "child_abuse": ("kız sünneti", "kızımı sünnet", "kadın sünneti", "genital sakatlama"),
        "violence": ("eve dönmeyeceğiz", "eve geri dönmüyoruz", "eve dönmeye korkuyorum"),
        "self_harm": ("odasında ip buldum", "odasında bir ip", "odasında urgan"),
    },
)  # fmt: skip


# A thirteenth round, from what the rules missed in the Turkish training messages
# (`tests/moderation_eval/train/tr_4.jsonl`, `tr_5.jsonl`; the learned reader trains on them,
# the rules want the families too): plates thrown, a stick taken in every fight, a cast on
# the arm "because she fell", sunglasses not for the sun, a polo neck in July, receipts for
# every euro, the password taken, the door locked from outside, "you are only mine", the
# salary into his account, "like a prison at home", forced at night "because it is his
# right", a girl promised or married off (imam nikâhı, başlık parası, berdel), children
# alone, barefoot, unwashed, a baby shaken, a child put on the balcony at night, farewells
# and gold given away, threats to burn, to find someone in the street, a gun posted before
# school; and the Black Sea "-ayi" present ("vurayi", "korkayi").
LEXICON = LEXICON.extended(
    concepts={
        "HURT": ("tabak fırlatıyor", "kafama geldi", "vurayi", "vurayı", "eline sopa alıyor",
                 "sopa alıyor", "yumruk attı", "kolumu sıkıyor", "ütüyü elime bastırdı",
                 "kulağından tutup", "el kaldırdı", "yine el kaldırdı"),
        "INJURY": ("kolu alçıda", "alçıda", "kaburgam sızlıyor", "morarmış", "kulağı yırtıldı",
                   "parmak izi", "ip izi", "gözünün altı mosmor", "gözü mosmordu"),
        "HIDE": ("düştü diyor", "kapıya çarptım diyor", "güneş gözlüğüyle", "güneşten değil",
                 "boğazlı kazak", "kollarını hiç göstermiyor", "yemek yaparken yaktım dedim",
                 "düştü dedik", "inkar eden"),
        "CONTROL": ("fişini istiyor", "haftada 20 euro veriyor", "haftada 30 euro veriyor",
                    "kimseyle görüşmeme izin yok", "konuşmamı yasakladı", "ailemi arayamıyorum",
                    "kapıdan kovdu", "sen sadece benimsin", "şifremi aldı",
                    "kimle yazıştığıma bakıyor", "uzatmam diyor", "yalnız gidemiyorum",
                    "benim yerime konuşuyor", "kapıyı dışarıdan kilitleyip",
                    "anahtarı yanında götürüyor", "telefonu sadece akşam", "banka kartım onda",
                    "para istemem lazım", "memlekete geri yollarım", "pasaportumu saklıyor",
                    "kimlik kartımı saklarsa", "hesabına yatıyor", "bir kuruş görmüyorum",
                    "evde hapis gibiyim", "hapis gibi", "nereye gittiğimi eşime yazıyor",
                    "gelince hesap soruyor", "maaş kartımı", "numaralarını engellemiş",
                    "kursuna göndermiyor", "iş yerine gelip olay çıkardı"),
        "BELONGING": ("verblijf*", "kimlik kartım*", "maaşım", "şifrem*"),
        "NEGLECT": ("kahvaltısız geliyor", "aynı kıyafet", "sabahtan akşama kadar yalnız",
                    "gece yarısına kadar sokakta", "yalın ayak", "montsuz", "aynı bezle",
                    "pisliğin içinde", "altını saatlerce değiştirmiyorum", "gözlük yaptırmıyorlar",
                    "evde kardeşlerine bakıyor", "çocuklar ne yiyor bilmiyorum",
                    "yataktan çıkamıyorum", "ilk defa diş fırçası"),
        "SEXUAL": ("istemediğim şeyleri zorla", "istemediğim şeylere zorluyor", "onun hakkı mı",
                   "hakkım diyor", "kıyafetsiz foto", "cinsel şeyler taklit",
                   "uyurken odasına giriyor", "kızarıklık var", "görüntülü konuşmak istiyor"),
        "TOUCH": ("ona bir şeyler yapmış", "bana bir şeyler yaptı",
                   "çok güzelsin diye", "arabayla okuldan alıyor"),
        "DESPAIR": ("kızıma sahip çık", "oğluma sahip çık", "çocuklarıma sahip çık",
                    "ölsem kimse fark etmez", "bu dünyadan bezdim", "gidesim var",
                    "sadece çocuklar yüzünden duruyorum", "olmasam ne olur", "yarın olmasam",
                    "yediğini kusuyor", "kendini şişman görüyor", "kiloya düştü",
                    "bana lazım olmaz artık", "altınlarını kızına vermiş", "kıyafetlerini dağıtmış",
                    "yakında gidiyorum", "sigortadan para alırsınız", "ölürsem sigortadan"),
        "THREAT": ("yakında görüşürüz yazmış", "yeni evimin fotoğrafını", "onu keserim",
                   "töre meselesi", "töre cinayeti",
                   "evi üstüne yakarım", "okula bıçak götürüp", "seni sokakta bulurum",
                   "yoksa pişman olur", "kızını uyar", "gebertecem", "bıçak almış",
                   "okul karışacak",
                   "tabanca fotosu", "benzin bidonu"),
        "FEAR": ("korkayi", "korkayı", "odaya kaçıyor"),
    },
    alarms={
        "child_abuse": ("evlendirmek istiyor", "evlendirecekler", "evlendirilmesi",
                        "imam nikahı kıy*", "imam nikahi kiy*", "başlık parası", "berdel",
                        "söz vermiş", "nişanlanacağını", "nişan için", "bir adama verecek",
                        "okulu bitirmeden evlenecek", "düğün bayramdan sonra", "düğün tarihi belli",
                        "sert sert salladı", "bebeğini salladı", "balkona çıkarılmış",
                        "babası dışarı atmış", "ağzını kapatıyor ses çıkarmasın"),
        "violence": ("yine el kaldırdı", "eline sopa alıyor", "ütüyü elime bastırdı"),
    },
)  # fmt: skip


# Spoken Turkish as people type it: the present tense without its "r" ("vuruyo",
# "istemiyom", "kopuyo"), the future without its "ğ" ("öldürecem", "öldürcem", "kıycam").
# Every concept and alarm phrase also matches in those forms.
_YOR = re.compile(r"yor(um|sun|uz|lar)?(\*?)$")
_FUTURE = re.compile(r"([aeıiouöü]?)([^aeıiouöü\s])(a|e)c(a|e)(ğ|g)(ı|i)m(\*?)$")


def _colloquial(term: str) -> list[str]:
    """The spoken forms of a phrase (its last word changed), or none."""
    head, _, last = term.rpartition(" ")
    forms = []
    spoken = {"": "", "um": "m", "sun": "n", "uz": "z", "lar": "lar"}
    found = _YOR.search(last)
    if found:
        forms.append(last[: found.start()] + "yo" + spoken[found.group(1) or ""] + found.group(2))
    found = _FUTURE.search(last)
    if found:
        vowel, consonant, a, b, _g, _i, star = found.groups()
        stem = last[: found.start()]
        forms.append(f"{stem}{vowel}{consonant}{a}c{b}m{star}")  # öldürecem
        forms.append(f"{stem}{vowel}{consonant}c{b}m{star}")  # öldürcem
    return [f"{head} {form}".strip() for form in forms if form != last]


LEXICON = LEXICON.extended(
    concepts={
        concept: [form for term in terms for form in _colloquial(term)]
        for concept, terms in LEXICON.concepts.items()
        if concept != "MISHAP"
    },
    alarms={
        concern: [form for term in terms for form in _colloquial(term)]
        for concern, terms in LEXICON.alarms.items()
    },
)

# A fourteenth round, from fresh8's misses (measured once before, then tuned on), written
# as families for all five languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    idioms=("sıcak beni öldürcek", "sıcak beni öldürecek", "bu sıcak beni öldürcek",
            "sıcaktan ölüyorum", "sıcaktan ölüyom", "sıcaktan öldük", "sıcaktan öldüm",
            "sıcak öldürüyor", "sıcak öldürüyo", "soğuktan donduk", "eridim"),
    concepts={
        "MISHAP": ("aşı", "aşısı", "aşısı vardı", "aşı oldu", "aşıdan", "iğne", "iğnesi",
                   "su çiçeği", "kaşıntı", "leğen*", "doğrarken",
                   "bıçak kaydı", "kurban eti", "eti doğr*", "soğan doğr*"),
        "HIDE": ("güneşten değil", "güneş için değil", "güneşten dolayı değil",
                 "kimse sormasın diye", "soru sorulsun istemedim"),
        "HURT": ("ağzına acı biber", "ağzına biber", "acı biber sür*", "ağzına sabun",
                 "pirincin üstünde diz", "nohudun üstünde diz", "nohut üstünde diz",
                 "pirinç üstünde diz", "sopayla gid*"),
        "SEXUAL": ("bana bir şeyler yapardı", "bana bi şeyler yapardı", "bana şeyler yapardı"),
        "FEAR": ("eve gitmeye korkuyorum", "eve gitmeye korkuyom", "bu gece eve gitmicem",
                 "eve dönemiyorum", "yine sarhoş"),
        "THREAT": ("seni bulucam", "seni bulacağım", "seni bulcam", "göremiceksin",
                   "göremeyeceksin", "bir daha göremezsin", "bi daha göremezsin", "bekle sen",
                   "benzini döküp", "benzin döküp", "ateşe vericem", "ateşe vereceğim",
                   "yakıcam o", "yakacağım o"),
        "DESPAIR": ("ölsem kimse fark etmez", "ölsem kimsenin umurunda olmaz",
                    "olmasam kimse fark etmez", "ben olmasam kimse fark etmez"),
    },
    alarms={
        "violence": ("güneşten değil", "güneş için değil", "eve gitmeye korkuyorum",
                     "eve gitmeye korkuyom"),
        "self_harm": ("kutu ilacı elime", "ilaç kutusunu elime", "hapları elime aldım",
                      "ilaçları elime aldım", "ölsem kimse fark etmez"),
        "child_abuse": ("ağzına acı biber", "nohudun üstünde diz", "nohut üstünde diz",
                        "pirincin üstünde diz"),
        "sexual_abuse": ("küçükken bana bir şeyler yapardı", "küçükken bana bi şeyler yapardı"),
        "threat": ("benzini döküp", "benzin döküp", "seni bulucam", "seni bulacağım",
                   "göremiceksin", "göremeyeceksin"),
    },
)  # fmt: skip

# A fifteenth round, from the rules' false alarms on the ordinary training messages, as
# families for all five languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    concepts={
        "MEDIA": ("bilgilendirme", "bilgilendirme toplantısı", "seminer", "atölye", "squid game",
                  "ilk yardım kursu"),
        "MISHAP": ("fifa", "fortnite", "minecraft", "roblox", "playstation"),  # see nl.py
    },
    idioms=("bu iş beni öldürecek", "iş beni öldürecek", "bu iş beni öldürcek",
            "faturalar beni bitirdi", "fatura beni bitirdi", "bu ödevle kendimi",
            "ödev yüzünden kendimi", "bu ödev beni öldürcek", "bu ödev beni öldürecek"),
)  # fmt: skip

# A sixteenth round, from what the rules and the model missed in new training messages
# written blind (tr_7.jsonl; recall 0.82 before they were read), as families for all five
# languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    idioms=("dün kucağımdaydı", "yaşına bastı", "ödüm koptu"),
    concepts={
        "MISHAP": ("burnu kanadı", "burun kanaması", "kuru hava", "kuru havadan",
                   "kardeşini kıskanıyo", "kardeşini kıskanıyor", "kıskanıyo",
                   "parmağını sıkıştırdı", "kapıya sıkıştırdı", "doğum günü"),
        "CONTROL": ("maaşımın kartı onda", "kartım onda", "fiş göstermezsem", "konum açık",
                    "konumumu", "kere arıyo", "kere arıyor", "geç kalsam"),
        "NEGLECT": ("ayakkabısız", "içiyo sanırım", "dişleri hep çürük",
                    "dişleri çürük"),
        "THREAT": ("görür gününü",
                   "gününü görür"),
        "HURT": ("anneyi itiyo", "annemi itiyo", "niye itiyo", "iple bağlamışlar",
                 "iple bağladı"),
    },
    alarms={
        "self_harm": ("benden kurtulsa daha iyi", "benden kurtulsalar", "bensiz daha iyi",
                      "bensiz daha mutlu", "acısız nasıl ölünür", "acısız ölmek",
                      "önüne atlasam", "arabaların önüne", "trenin önüne",
                      "artık ihtiyacım olmayacak", "artık ihtiyacı olmayacak"),
        "child_abuse": ("ailemin seçtiği kızla",
                        "kız sünneti", "iple bağlamışlar",
                        "balkonda iple"),
        "threat": ("görür gününü",),
    },
)  # fmt: skip

# "Your husband", "your family" ("kocan da eşşek"): an insult at someone's family is aimed
# at the one addressed.
LEXICON = LEXICON.extended(
    second_person=("kocan", "kocanın", "kocana", "ailen"),
)  # fmt: skip

# A seventeenth round, from another batch of training messages written blind (tr_8: recall
# 0.96, ordinary acted on 8.8 % before they were read), as families for all five languages
# (see the same round in nl.py).
LEXICON = LEXICON.extended(
    idioms=("yer yarılsa da girsem", "yer yarılsa içine girsem", "yastığa yumruk attım",
            "kapıyı yüzüne çarptım", "ben canavarım"),
    concepts={
        "MEDIA": ("sunum*", "sunumu"),
        "MISHAP": ("yere yattı", "çığlık çığlığa", "kardeşini ısırdı", "maçta", "hakeme",
                   "doğum", "doğumda", "doğum sancısı"),
        "CONTROL": ("mektupları bana açtırmıyo", "mektupları bana açtırmıyor",
                    "imza attırdığını", "imza attırıyor"),
        "NEGLECT": ("çocuklara bakmamış", "gün cips yemişler"),
    },
    alarms={
        "self_harm": ("ilaçlarımı fazla aldım", "ilaçları fazla aldım", "mide yıkadılar",
                      "midemi yıkadılar", "raylara atlamayı"),
        "sexual_abuse": ("yetişkin videoları", "müstehcen video"),
    },
)  # fmt: skip

# An eighteenth round, from a batch of mostly ordinary training messages written blind
# (tr_9: ordinary acted on 11.6 %, recall 0.94 before they were read), as families for
# all five languages (see the same round in nl.py).
LEXICON = LEXICON.extended(
    concepts={
        "HABIT": ("alışığım", "alıştım artık", "alışkınım", "hak ettim", "ben hak ettim"),
        "MEDIA": ("grooming hakkında", "okuldan mektup", "bilgi akşamı", "bilgi verecek",
                  "konuşmacı gelecek", "afişi"),
        "MISHAP": ("aşıdan sonra", "kendini yere atıyor", "kafasını yere vuruyor",
                   "ablasını ısırıyor",
                   "kriz geçirince", "banyoya kilitlendi", "ne sakarım", "kaydım", "çekiç",
                   "tablo asarken", "çocuk bıçağı"),
    },
    idioms=("bu kış beni öldürecek", "bu kis beni oldurecek", "bu kış beni öldürcek",
            "bir tokattan bir şey olmaz"),
)  # fmt: skip

# Something thrown at her head (see the HABIT round).
LEXICON = LEXICON.extended(
    concepts={"HURT": ("kafama attı", "kafama fırlattı", "kafama vurdu", "kafama geçirdi",
                       "yüzüme attı", "yüzüme fırlattı", "bana fırlattı")},
)  # fmt: skip

# A nineteenth round, from another blind batch (tr_10: ordinary acted on 8.9 %, recall 0.87
# before it was read), as families (see the same round in es.py): papers, a train or cold
# water "like hell" or "torture", tightening belts, dialysis, a fine that makes her cry, a
# son who hit a boy who called him fat, a teenager's "I hate you"; and the disclosures: "his
# hand is a bit heavy, the bruises stay with me 😅", "his hand slipped again", "he'd kill me
# first and then him", days unable to leave bed while the children eat biscuits.
LEXICON = LEXICON.extended(
    idioms=("bu kağıtlar beni öldürecek", "kağıtlar beni öldürecek", "cehennem gibi",
            "işkence görüyormuş gibi", "iskence goruyormus gibi", "kemerleri sıkacağız",
            "kemer sıkacağız", "kemerleri sıkmak"),
    concepts={
        "MISHAP": ("diyaliz*", "şişko demiş", "ikisine de ceza", "kapıyı çarptı",
                   "senden nefret ediyorum"),
        "HURT": ("eli biraz ağır", "eli ağır", "eli kaydı", "morluklar bende"),
        "HABIT": ("neyse ev işleri", "hep abartır"),
        "NEGLECT": ("yataktan kalkamıyorum", "bisküvi yiyip", "yıkanmadan okula"),
    },
    alarms={
        "violence": ("morluklar bende kalıyor", "dün yine eli kaydı",
                     "önce beni sonra onu öldürür"),
        "child_abuse": ("yataktan kalkamıyorum, çocuklar",),
    },
)  # fmt: skip

# Round 20 (lit2, a blind set of literal uses): "kancık" and "dişi köpek" name a female
# dog first ("köpeğimiz kancık, kızgınlık döneminde"); said of a woman they are still
# flagged when aimed at her. Tomato plants have "piç" shoots that gardeners pinch out.
# Things people curse at ("gerizekalı navigasyon").
LEXICON = LEXICON.extended(
    dropped={"unambiguous": ("kancık*", "dişi köpek")},
    ambiguous=("kancık*", "dişi köpek"),
    idioms=("piçlerini almak", "piçlerini almayı", "piçlerini aldım", "piçlerini alın",
            "piçlerini alıyorum", "piçleri almak", "piç almak", "piç alma*", "piç aldım",
            "piçlerini temizle*", "domates piç*", "domateslerin piç*", "domatesin piç*"),
    objects=("uygulama", "uygulamasi", "app", "yazici", "bilgisayar", "laptop", "telefon",
             "telefonu", "sarj", "sarj aleti", "wifi", "internet", "modem", "navigasyon",
             "navigasyonu", "makine", "makinesi", "makina", "asansor", "otobus", "tren",
             "tramvay", "metro", "araba", "bisiklet", "site", "sitesi", "sistem", "sistemi",
             "form", "formu", "mektup", "hava", "yagmur", "ruzgar", "alet", "cihaz", "firin",
             "supurge", "kart", "karti", "sifre", "printer", "otomat", "kasa", "kasasi"),
)  # fmt: skip

# Round 20 (blind11): "balkondan" alone was stemmed to every balcony ("balkonda eşek arısı
# yuvası var"): only jumping from it is listed now (above). "Kendimiz mi ilaçlıyoruz" (do
# we spray it ourselves), a locked account, surgery that bleeds, mouse poison, a game's
# kills, a dishwasher tablet in the mouth.
LEXICON = LEXICON.extended(
    idioms=("kendimiz mi", "kendimiz yapa*", "kendimiz hallet*", "kendimiz ilaçla*",
            "hesap kilitlendi", "hesabım kilitlendi", "hesabımı kilitle*", "şifremi yanlış",
            "kalbim durdu", "kalbim duracaktı"),
    concepts={
        "MISHAP": ("ameliyat*", "bademcik*", "fare", "fareler", "fareyi", "kapan", "kapanı",
                   "hamamböceği*", "böcek ilacı", "tablet*", "bulaşık tableti", "fortnite",
                   "halloween", "cadılar bayramı", "kostüm*", "zombi*", "doktor normal",
                   "maç", "maçta", "maçı"),
        "MEDIA": ("podcast*", "belgesel*"),
    },
)  # fmt: skip

# Hoping not to wake up is a wish to die, said softly ("inşallah yarın uyanmam").
LEXICON = LEXICON.extended(
    alarms={"self_harm": ("yarın uyanmam", "sabah uyanmasam", "bir daha uyanmasam",
                          "uyanmasam keşke", "keşke uyanmasam", "inşallah uyanmam")},
)  # fmt: skip

# Words with a literal meaning on a farm or in a tale: "boynuzlu keçi" (a horned goat),
# "soysuz köpek" (a dog without pedigree). Aimed at someone they are still flagged.
LEXICON = LEXICON.extended(
    dropped={"unambiguous": ("boynuzlu*", "soysuz*")},
    ambiguous=("boynuzlu*", "soysuz*"),
)  # fmt: skip

# Round 21 (blind12, hard-word everyday messages in new settings: 17.9 % acted on before
# reading). "Kurşun*" (bullet) also read "kursuna" (to the course) without Turkish
# letters: only its unmistakable forms are listed now (above). A kitten ("yavru kedi"), a
# fish grandpa killed, a toddler who bites, a cat's scratch, a miscarriage, a hard birth,
# a toy water pistol, a fire engine, bills that "will kill me", shouting at one's husband
# out of tiredness (she shouted, he did not).
LEXICON = LEXICON.extended(
    idioms=("yavru kedi", "yavru köpek", "faturalar beni öldürecek", "fatura beni öldür*",
            "işler beni öldür*", "bu sıcak beni öldür*", "çocuklar beni öldür*",
            "eşime bağırdım", "çocuklara bağırdım", "o bağırdı ben bağırdım",
            "ben de bağırdım", "gelip sarıldı", "bana sarıldı", "sarıldık", "sarıldı bana"),
    concepts={
        "MISHAP": ("balık*", "balığa", "oltayla", "ısırmış", "ısırma", "ısırıyo*", "ısırdı",
                   "diş çıkar*", "dişleri çıkıyo*", "azı dişi*", "kreş", "opvang", "kedi*",
                   "tırmala*", "düşük yap*", "hamile*", "gebelik", "sancı*", "sezaryen",
                   "vakum", "epidural", "su tabanca*", "oyuncak tabanca*", "itfaiye*",
                   "brandweer", "reanimatie", "ehbo", "ilk yardım", "kalp masajı"),
    },
)  # fmt: skip

# Round 21 (blind12 with crude words: 92.5 % recall before reading). "Kim özler beni",
# all the pills, jumping off the roof said the spoken way ("atlıcam"), taken while asleep
# "ağlasam da", a father who will take the children away. A school's lesson about body
# words is a workshop; a toddler who discovers his body is no abuse; "ahh siktir" when a
# toe hits the sofa is said to nobody (see reading.py).
LEXICON = LEXICON.extended(
    idioms=("pipisini keşfet*", "pipisiyle oyna*"),
    alarms={
        "self_harm": ("kim özler beni", "kim özler ki beni", "beni kim özler",
                      "bütün ilaçları iç*", "tüm ilaçları iç*", "ilaçları içip bitir*",
                      "hapları içip", "çatıdan atlıca*", "balkondan atlıca*",
                      "pencereden atlıca*", "köprüden atlıca*", "çatıdan atlıyca*",
                      "köprüden atlaya*", "köprüden atlasam"),
        "sexual_abuse": ("uyumamı bekliyor", "uyuyunca başlıyor", "ağlasam da devam",
                         "ağlasam bile devam", "istemesem de devam"),
        "child_abuse": ("yatağa bağladı", "yatağa bağlamış", "ellerini bağladı"),
        "violence": ("çocukları alıp götürecek", "çocukları alıp gidecek",
                     "çocukları bir daha göremezsin", "çocukları türkiyeye götürecek"),
        "threat": ("onu öldüreceğim", "onu geberteceğim", "kendim hallederim onu"),
    },
    concepts={"MEDIA": ("gerçek kelimeler*", "cinsel eğitim", "voorlichting")},
)  # fmt: skip

# What she told the doctor instead ("dişim dedim", "düştüm dedim"): hiding an injury.
LEXICON = LEXICON.extended(
    concepts={"HIDE": ("dişim dedim", "düştüm dedim", "kapıya çarptım dedim",
                       "merdivenden düştüm dedim")},
)  # fmt: skip

LEXICON = LEXICON.extended(idioms=("banyoda pipisini", "penis vajina", "vajina penis"))

# An anti-bullying week at school is a lesson, like a workshop.
LEXICON = LEXICON.extended(concepts={"MEDIA": ("week tegen pesten", "pestweek")})

# Round 23 (fresh11, measured once before reading; tuning data since). "Yavşak" is also a
# nit in a child's hair; "Ayı" a grandfather's pet name with a hug (hugs are no longer
# touching, above); "karımsın, görevin" when she says she is tired is coercion.
LEXICON = LEXICON.extended(
    idioms=("yavşak çıktı", "bit ve yavşak", "bit yavşak", "yavşakları temizle*",
            "yavşak temizle*", "yavşaklar için", "yavşaklarını"),
    alarms={"sexual_abuse": ("karımsın görevin", "karısın görevin", "görevin bu",
                             "yorgunum desem de dinlemiyo*", "istemesem de dinlemiyo*")},
)  # fmt: skip

# Round 24 (blind13): a kitchen nearly set on fire while cooking; tomato shoots again.
LEXICON = LEXICON.extended(
    idioms=("mutfağı yakıyordu", "mutfağı yakacaktı", "mutfağı yaktı", "az kalsın yakıyordu",
            "domatesin piçlerini", "domatesin piçleri"),
)  # fmt: skip

# Round 25 (blind14, a blind batch of short and veiled disclosures: recall 0.810 before
# reading). The residence permit held over her, "wherever you go I'll find you", "is
# there such a thing as no in marriage", "it happens even if I don't want", tired "not of
# sleep, of everything", a throat squeezed, marks "from a cupboard door", "if I divorce
# he'll kill me".
LEXICON = LEXICON.extended(
    alarms={
        "threat": ("oturumum iptal olur*", "oturumunu iptal ettir*",
                   "nereye gidersen git bulurum", "boşanırsam beni öldürür*",
                   "boşanırsan seni öldürür*",
                   "kızının okulunu biliyorum"),
        "sexual_abuse": ("evlilikte hayır demek", "istemesem de oluyo*", "istemesem de oluyor"),
        "self_harm": ("uykudan değil", "her şeyden yoruldum", "her şeyden yorgunum",
                      "hapları biriktir*", "ilaçları biriktir*"),
        "violence": ("boğazımı sıktı*", "boğazımı sıkınca", "yüzünde izle", "yüzünde izler",
                     "dolap kapağı çarpmış", "kapıya çarpmış diyo"),
    },
)  # fmt: skip

# Round 26 (blind15, disclosures that name nothing: recall 0.735 before reading). A boy
# giving away his things, a child not allowed to open the fridge, sent back to Turkey and
# the children taken, "don't anger him, men are like that", no dinner for a bad report,
# passports kept at his work, the man upstairs who invites only her, a bruise "from the
# cupboard, I'm clumsy".
LEXICON = LEXICON.extended(
    concepts={"HIDE": ("dolaptan ya", "sakarım bilirsiniz", "sakarım ya")},
    alarms={
        "self_harm": ("eşyalarını arkadaşlarına dağıtıyo*", "eşyalarını dağıtıyo*",
                      "eşyalarını dağıttı"),
        "child_abuse": ("buzdolabını açması yasak*", "karnesi kötü gelince akşam yemeği yok",
                        "yemek verilmiyo*"),
        "threat": ("çocukları alıcakmış", "çocukları alacakmış", "geri yollayıp"),
        "violence": ("onu kızdırma erkekler böyledir",
                     "pasaportları işyerinde", "pasaportumu saklıyo*"),
        "sexual_abuse": ("sadece onu çağırıyo*", "kızımı playstation oynamaya çağırıyo*"),
    },
)  # fmt: skip

# Stop 26, from the blind batches ev23-ev30: a burden said big ("bu sıcağa artık
# dayanamıyom", "ağrıdan öldüm", "fitness'ta kendimi öldürdüm") is no despair, no death and
# no threat (BURDEN, read within three words; see lexicons/__init__.py).
LEXICON = LEXICON.extended(
    concepts={
        # The heat of the day, not a hot thing ("sıcak suyu elime döküyorum" is self-harm).
        "BURDEN": ("sıcaktan", "sıcağa", "sıcakta", "sıcaklar", "sıcaklardan", "soğuktan",
                   "soğuğa", "soğukta", "ağrıdan", "baş ağrısı",
                   "baş ağrısından", "diş ağrısı", "diş ağrısından", "migren*", "grip",
                   "gripten", "nezle*", "gürültü*", "vardiya*", "mesai*", "sınav*", "fitness*",
                   "spor salonu*", "utançtan", "utancımdan", "yorgunluk*"),
    },
)  # fmt: skip

# Stop 26: "yavşak" is also a nit, the louse's egg ("kafasında iki tane yavşak bulduk"):
# said of someone a person decides, never an automatic deletion.
LEXICON = LEXICON.extended(dropped={"unambiguous": ("yavşak*",)}, ambiguous=("yavşak*",))

# Stop 27, from the blind batch ev38: dying of pride, joy or laughter is said big ("babası
# gururdan ölecek"); "olduğumu" after a word says "that I am" ("ne kadar geri zekalı
# olduğumu anladım", see reading._I_AM); a circumcision (its party, its bleeding) is an
# everyday scene.
LEXICON = LEXICON.extended(
    concepts={
        "BURDEN": ("gururdan", "mutluluktan", "sevinçten", "gülmekten", "heyecandan",
                   "meraktan", "uykusuzluktan"),
        "MISHAP": ("sünnet*",),
    },
)  # fmt: skip

# Stop 27, from the blind batches of minimised disclosures (train/*_20): "men are like that",
# "don't ask", "it passes": said after a blow or a threat, the laugh beside it is how it is
# made small, not a joke (HABIT: see reading._in_earnest).
LEXICON = LEXICON.extended(
    concepts={
        "HABIT": ("erkekler böyle", "erkekler işte", "neyse geçti", "geçer", "hep abartır",
                   "erkek milleti"),
    },
)  # fmt: skip

# Stop 27, from the blind batch ev50: "kıyamet kopacak" (all hell will break loose), "sır
# gibi" (kept like a secret: a recipe), and prices that "will kill me".
LEXICON = LEXICON.extended(
    idioms=("kıyamet kopacak", "kıyamet koptu", "kıyamet kopar", "sır gibi"),
    concepts={"BURDEN": ("fiyat*", "zamlar", "zamlardan", "kira", "kiralar")},
)  # fmt: skip

# Stop 27, from what the rules alone missed on the tuning data: "öfkelenince elini
# tutamıyor" (he cannot keep his hands to himself when angry).
LEXICON = LEXICON.extended(
    concepts={"HURT": ("elini tutamıyor", "elini tutamadı", "elini tutamaz")},
)  # fmt: skip

# Stop 28, from the blind batch tr_22 (the body and the night): a child carried on the hip
# ("kucaktan inmiyor") is everyday; only a lap someone puts her on stays a touch.
LEXICON = LEXICON.extended(dropped={"TOUCH": ("kucak*",)})
