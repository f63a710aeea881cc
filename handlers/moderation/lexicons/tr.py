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
    "ibne*", "götveren*", "göt oğlanı", "puşt", "puştlar", "puştun", "oğlancı*",
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
    "dedi", "dediler", "dedim", "dedin", "demişti", "diyor*", "demiş", "diye", "diyerek",
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
        "leşini", "bıçak*", "bıçağ*", "silah*", "tabanca*", "tüfek*", "kurşun*", "baltayla",
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
        "soyun*", "öptü", "öpüyor", "öpmüş", "öpmeye", "sarıldı", "sarılıyor", "sarılmış",
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
        "balkondan", "pencereden", "çatıdan", "trene", "treni", "trenin önüne", "raylara",
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
