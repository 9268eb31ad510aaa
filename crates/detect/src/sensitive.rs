//! The sensitive categories (GDPR art. 9 and 10, OSL): Swedish phrases with their inflections.
//!
//! All rules are compiled into one regex with one capture group per rule, so the text is scanned
//! once. A rule gives a base confidence and a factor for when no person is concerned nearby: a
//! governing document that speaks of "missbruk" in general is not about anyone.

use crate::lexicon::FxBuild;
use crate::{Cand, Category};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Clone, Copy)]
pub struct Rule {
    pub cat: Category,
    /// Base confidence when a person is concerned.
    pub conf: f32,
    /// Factor applied when no person is in sight (no name, personnummer, "jag", "patienten" ...).
    pub alone: f32,
    /// The pattern may start inside a word (compounds: bröstcancer, alkoholmissbruk); the finding is
    /// then widened to the start of the word.
    pub inner: bool,
    /// The word must have a head before the pattern (demenssjukdom, lunginflammation, not "sjukdom").
    pub head: bool,
    pub expl: &'static str,
    pub pat: &'static str,
}

const fn r(cat: Category, conf: f32, alone: f32, expl: &'static str, pat: &'static str) -> Rule {
    Rule { cat, conf, alone, inner: false, head: false, expl, pat }
}
const fn rh(cat: Category, conf: f32, alone: f32, expl: &'static str, pat: &'static str) -> Rule {
    Rule { cat, conf, alone, inner: true, head: true, expl, pat }
}
const fn ri(cat: Category, conf: f32, alone: f32, expl: &'static str, pat: &'static str) -> Rule {
    Rule { cat, conf, alone, inner: true, head: false, expl, pat }
}

use Category::*;

// `@` stands for one letter. Patterns are case-insensitive unless they say (?-i:...).
static BASE_RULES: &[Rule] = &[
    // ------------------------------------------------------------ a form's health field with its value
    // "Allergier:   nötter och jordgubbar", "Läkemedel: Sertralin 50 mg": the value is the person's
    // health whatever its words (first, so that the field wins over its label's own term).
    r(
        Health,
        0.86,
        0.35,
        "Hälsouppgift i ett formulärfält",
        r"(?:allergi(?:er)?|kända\s+allergier|överkänslighet(?:er)?|diagnos(?:er)?|aktuell(?:a)?\s+diagnos(?:er)?|läkemedel|aktuella\s+läkemedel|mediciner(?:ing)?|hjälpmedel|funktionsnedsättning(?:ar)?|sjukdomar|tidigare\s+sjukdomar|hälsotillstånd|hälsa|symtom|besvär|vaccination(?:er)?|vaccinationsstatus|syn|hörsel|synförmåga|hörselförmåga|gångförmåga|kost|specialkost)[ \t]*:[ \t]*@[^\s]*(?: [^\s]+){0,8}",
    ),
    // A form's field on welfare, offences or faith with its value: "Missbruk: alkohol sedan 2019",
    // "Påföljd: villkorlig dom", "Trosuppfattning: katolik". A value starting with a digit counts
    // too where the field is a measure ("Alkohol: 0").
    r(
        SocialWelfare,
        0.86,
        0.35,
        "Uppgift om socialtjänst eller missbruk i ett formulärfält",
        r"(?:missbruk|missbruksproblematik|alkohol|alkoholvanor|alkoholkonsumtion|droger|narkotika|alkohol\s+och\s+droger|spel\s+om\s+pengar|pågående\s+insatser|tidigare\s+insatser|insatser\s+från\s+socialtjänsten|ekonomiskt\s+bistånd|försörjningsstöd|hemtjänst|socialtjänstkontakt|kontakt\s+med\s+socialtjänsten|aktuell\s+hos\s+socialtjänsten)[ \t]*:[ \t]*[@0-9][^\s]*(?: [^\s]+){0,8}",
    ),
    r(
        Criminal,
        0.86,
        0.35,
        "Uppgift om brott eller straff i ett formulärfält",
        r"(?:brott|brottsrubricering|påföljd|påföljder|tidigare\s+domar|domar|lagföringar|utdrag\s+ur\s+belastningsregistret|straff)[ \t]*:[ \t]*@[^\s]*(?: [^\s]+){0,8}",
    ),
    r(
        Religion,
        0.86,
        0.35,
        "Uppgift om tro i ett formulärfält",
        r"(?:religion|trosuppfattning|trostillhörighet|religiös\s+tillhörighet|samfund|livsåskådning)[ \t]*:[ \t]*@[^\s]*(?: [^\s]+){0,5}",
    ),
    // ------------------------------------------------------------ protected identity
    r(
        ProtectedIdentity,
        0.92,
        0.45,
        "Skyddad identitet (omskrivning)",
        r"skyddad\s+adress|hemlig\s+adress|adress(?:en)?\s+(?:är\s+)?(?:skyddad|hemlig|sekretessbelagd)|(?:adress(?:en)?|uppgifter(?:na)?\s+om\s+(?:var\s+)?(?:hon|han|hen|de|jag|familjen|barnet|barnen)\s+bor)\s+får\s+inte\s+lämnas\s+ut|kvarskriven|kvarskrivna|lever\s+gömd@?|håller\s+sig\s+gömd@?|21\s+kap\.?\s*3\s*§\s*(?-i:OSL)|sekretess\s+enligt\s+21\s+kap\.?\s*3\s*§",
    ),
    // Checked in `detect_with`: only where an address, a phone number or where someone lives is spoken of.
    r(
        ProtectedIdentity,
        0.9,
        0.45,
        "Uppgift om var en person bor får inte lämnas ut",
        r"får\s+inte\s+lämnas\s+ut(?:,?\s+se\s+sekretessbilaga(?:n)?)?|(?:se|i|enligt)\s+sekretessbilaga(?:n)?",
    ),
    r(ProtectedIdentity, 0.95, 0.55, "Skyddad identitet", r"skyddade?\s+identitet(?:en|er|erna)?|skyddade\s+personuppgifter"),
    r(ProtectedIdentity, 0.95, 0.55, "Skyddad folkbokföring", r"skyddad\s+folkbokföring(?:en)?"),
    r(
        ProtectedIdentity,
        0.95,
        0.5,
        "Sekretessmarkering",
        r"sekretessmarker(?:ing|ingen|ingar|ad|ade|at|as|ats)(?:\s+i\s+folkbokföringen)?",
    ),
    r(ProtectedIdentity, 0.95, 0.5, "Kvarskrivning", r"kvarskriv(?:ning|ningen|en|na|it|s)"),
    r(
        ProtectedIdentity,
        0.9,
        0.45,
        "Skyddade personuppgifter",
        r"skyddade\s+personuppgifter|fingerade\s+personuppgifter|skyddsmarker(?:ing|ingen|ad|at)",
    ),
    // ------------------------------------------------------------ health
    r(
        Health,
        0.95,
        0.85,
        "Diagnoskod enligt ICD-10",
        r"(?:diagnos(?:en|kod|koden)?|ICD(?:-10)?(?:-kod(?:en)?)?)[:\s]+(?-i:[A-TV-Z][0-9]{2}(?:\.[0-9]{1,2})?)",
    ),
    r(Health, 0.9, 0.7, "Diagnoskod enligt ICD-10", r"(?-i:[A-TV-Z][0-9]{2}\.[0-9]{1,2})"),
    r(Health, 0.92, 0.5, "Diagnos", r"diagnosti[sc]er(?:ad|ade|ades|ats|at|as)(?:\s+med\s+@+(?:\s+typ\s+[12])?)?|diagnos(?:en|er|erna)?"),
    ri(Health, 0.92, 0.4, "Diabetes", r"diabet(?:es|iker|ikern|ikerna|isk|iska)(?:\s+typ\s+[12])?"),
    ri(Health, 0.92, 0.4, "Depression", r"depression(?:en|er|erna)?|deprimerad@?|nedstämdhet(?:en)?"),
    ri(
        Health,
        0.92,
        0.35,
        "Cancer",
        r"cancer(?:n|ns|sjukdom@*|diagnos@*|behandling@*|tumör@*|besked@*)?|tumör(?:en|er|erna)?|leukemi(?:n)?|lymfom(?:et)?|melanom(?:et)?|metastas(?:er|erna)?|cellgiftsbehandling@*|strålbehandling@*|cytostatika|cellgifter",
    ),
    r(Health, 0.9, 0.4, "Epilepsi", r"epilepsi(?:n)?|epileptiker@*|epileptisk@*"),
    r(Health, 0.85, 0.35, "Astma eller allergi", r"astma(?:n)?|astmatiker@*|allergi(?:n|er)?|allergisk(?:a|t)?"),
    r(Health, 0.9, 0.4, "Diagnos (KOL)", r"(?-i:KOL)"),
    ri(
        Health,
        0.92,
        0.4,
        "Hjärt- och kärlsjukdom",
        r"infarkt(?:en|er)?|stroke(?:n)?|hjärnblödning@*|hjärtsvikt(?:en)?|kärlkramp(?:en)?|förmaksflimmer|högt\s+blodtryck|hypertoni",
    ),
    ri(
        Health,
        0.92,
        0.4,
        "Demens",
        r"demens(?:sjukdom@*|sjuk@*|diagnos@*)?|dement(?:a)?|alzheimer(?:s)?(?:\s+sjukdom)?|parkinson(?:s)?(?:\s+sjukdom)?",
    ),
    r(Health, 0.9, 0.4, "Neurologisk sjukdom", r"multipel\s+skleros|(?-i:ALS)|huntingtons\s+sjukdom|hjärnskad@*|cp-skad@*"),
    r(
        Health,
        0.92,
        0.4,
        "Psykisk sjukdom",
        r"schizofreni(?:n)?|schizofren(?:a)?|bipolär(?:a|t)?(?:\s+sjukdom)?|psykos(?:en|er)?|psykotisk@*|personlighetsstörning@*|ångestsyndrom@*|panikångest@*|ångest(?:en|tillstånd@*|problem@*)?|paniksyndrom@*|tvångssyndrom@*|(?:psykisk|fysisk)\s+ohälsa",
    ),
    r(Health, 0.92, 0.4, "Utmattningssyndrom", r"utmattningssyndrom(?:et)?|utmattningsdepression(?:en)?|utbrändhet(?:en)?|utbränd"),
    r(
        Health,
        0.92,
        0.45,
        "Neuropsykiatrisk diagnos",
        r"(?-i:ADHD|ADD|DAMP|PTSD|OCD|IBS|HIV|AIDS)|autism(?:en)?|autistisk@*|asperger(?:s)?(?:\s+syndrom)?|downs\s+syndrom|tourettes?(?:\s+syndrom)?|intellektuell\s+funktionsnedsättning|utvecklingsstörning@*",
    ),
    ri(
        Health,
        0.88,
        0.35,
        "Funktionsnedsättning",
        r"funktionsnedsättning(?:en|ar|arna)?|funktionsnedsatt@?|funktionshinder(?:et|s)?|funktionshindrad@*|rullstol(?:sburen|sbunden|sburna|sanvändare|en)?|synskad@*|hörselskad@*|dövhet(?:en)?|blindhet(?:en)?|hörselnedsättning@*|synnedsättning@*|hörapparat(?:en|er)?|rollator(?:n|er)?|permobil(?:en)?|förlamad@?|förlamning(?:en)?|amputera(?:d|des|t)|dyslexi(?:n)?|dyskalkyli|språkstörning@*",
    ),
    r(Health, 0.9, 0.35, "Graviditet", r"gravid(?:a|itet|iteten|itetsvecka|itetsveckan)?|missfall(?:et)?|abort(?:en|er)?"),
    r(Health, 0.9, 0.35, "Smittsam sjukdom", r"hepatit\s*[a-e]?|tuberkulos(?:en)?|klamydia|könssjukdom@*|covid(?:-19)?|syfilis|gonorré"),
    r(
        Health,
        0.92,
        0.4,
        "Ätstörning eller självskada",
        r"ätstörning@*|anorexi(?:a)?|bulimi(?:a)?|självmordsförsök@*|suicidförsök@*|självskad@*|suicidal@*|självmordstank@*|suicidtank@*",
    ),
    ri(
        Health,
        0.9,
        0.35,
        "Skada eller sjukdom",
        r"fraktur(?:en|er)?|benbrott(?:et)?|hjärnskakning(?:en)?|whiplash(?:skada)?|reumati(?:sm|sk@*)|reumatoid\s+artrit|artros(?:en)?|fibromyalgi|migrän|sömnapné|njursvikt|dialys(?:en)?|transplanter@*|cystisk\s+fibros|celiaki|crohns\s+sjukdom|ulcerös\s+kolit|endometrios|infertilitet|ofrivillig\s+barnlöshet",
    ),
    rh(Health, 0.85, 0.3, "Sjukdom", r"(?:inflammation|infektion|syndrom)(?:en|er|et)?|sjukdom(?:en|ar)?"),
    r(
        Health,
        0.85,
        0.3,
        "Sjukdom eller vård",
        r"infektion(?:en|er)?|inflammation(?:en|er)?|sömnsvårigheter|sömnproblem(?:en)?|(?-i:IVA)|intensivvård(?:en|savdelning@*)?|(?:har|fått|med|diagnosen|av|för)\s+(?-i:MS|ALS)",
    ),
    r(
        Health,
        0.85,
        0.3,
        "Sjukdom",
        r"långvarig\s+sjukdom|kronisk(?:a|t)?\s+@+sjukdom|(?:kronisk|långvarig|långvariga)\s+smärt(?:a|or|orna|an)|smärtproblematik(?:en)?",
    ),
    r(
        Health,
        0.93,
        0.5,
        "Sjukskrivning",
        r"(?:sjukskriv(?:en|na|ning|ningen|ningar|ningarna|ningsperiod@*|it|its|as|es)?|sjukskrev(?:s)?|heltidssjukskriv@*|deltidssjukskriv@*)(?:\s+(?:på|till)\s+(?:heltid|deltid|halvtid|[0-9]{2,3}\s*(?:%|procent)))?",
    ),
    r(
        Health,
        0.88,
        0.4,
        "Sjukersättning eller sjukfrånvaro",
        r"sjukersättning(?:en)?|sjukpenning(?:en)?|sjuklön(?:en|er|erna)?|karensavdrag(?:et|en)?|sjukperiod(?:en|er|erna)?|aktivitetsersättning(?:en)?|sjukfrånvaro(?:n)?|långtidssjuk@*|sjukanmäld@*|rehabiliteringsplan(?:en)?|arbetsförmåga(?:n)?\s+är\s+nedsatt|nedsatt\s+arbetsförmåga",
    ),
    // Benefits that are only paid because someone is ill, injured or disabled: the benefit said of a
    // person says that (a parent's temporary parental benefit says the child was ill, närståendepenning
    // that a relative is gravely ill). Weighed by the person like the rest.
    r(
        Health,
        0.86,
        0.4,
        "Ersättning som förutsätter sjukdom, skada eller funktionsnedsättning",
        r"tillfällig(?:a)?\s+föräldrapenning(?:en)?|vård\s+av\s+sjukt\s+barn|vabb(?:a|ar|at|ade)|vab(?:-dag(?:ar|en|arna)?|dag(?:ar|en|arna)?)?|närståendepenning(?:en)?|omvårdnadsbidrag(?:et)?|vårdbidrag(?:et)?|merkostnadsersättning(?:en)?|handikappersättning(?:en)?|rehabiliteringspenning(?:en)?|rehabiliteringsersättning(?:en)?|smittbärarpenning(?:en)?|graviditetspenning(?:en)?|arbetsskadelivränta(?:n)?|arbetsskadeersättning(?:en)?|arbetsskadeanmälan|arbetsskad(?:a|an|or|orna)|förebyggande\s+sjukpenning(?:en)?",
    ),
    // A document's type ("Läkarintyg" as an attachment, "Journalanteckning" as a heading) is no
    // health data (categories.md) unless the sentence ties it closely to a person ("hennes läkarintyg").
    // Measured over the annotated sets: the bare word was 1 finding in 14 (session 11); only a
    // possessive or a certificate's period ties it to someone. A record ("min journal") asked for is not.
    r(
        Health,
        0.8,
        0.3,
        "Läkarintyg eller journal",
        r"(?:hennes|hans|hens|sitt|mitt|ditt|ert|deras)\s+läkarintyg(?:et)?|läkarintyg(?:et)?\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.|tom|från\s+och\s+med|fr\.\s?o\.\s?m\.|gäller|om\s+sjukskrivning)(?:\s+[0-9]{1,2}|\s+@+){1,3}",
    ),
    r(
        Health,
        0.9,
        0.45,
        "Behandling",
        r"behandla(?:s|des|ts|d|de)\s+(?:med|för|mot)\s+@+|medicinera(?:r|s|des|d|t)(?:\s+(?:med|mot)\s+@+)?|opererad(?:es|e)?|opererades\s+för\s+(?:en\s+)?@+|inlagd(?:a)?\s+på\s+@+|inlades|vårda(?:s|des|ts|d)\s+(?:inom|på|vid|för)\s+@+|remitterad@*|(?:lider|led)\s+av\s+@+|drabbad(?:es|e)?\s+av\s+@+|insjuknade\s+i\s+@+|har\s+besvär\s+med\s+@+",
    ),
    r(Health, 0.85, 0.3, "Psykiatrisk vård", r"psykiatri(?:n|ska|sk|skt)?(?:\s+vård(?:en)?)?|(?-i:BUP)|beroendevård(?:en)?"),
    r(
        Health,
        0.9,
        0.45,
        "Läkemedel",
        r"(?:sertralin|citalopram|escitalopram|fluoxetin|paroxetin|venlafaxin|mirtazapin|bupropion|duloxetin|lamotrigin|litium|kvetiapin|olanzapin|risperidon|aripiprazol|haloperidol|klozapin|metylfenidat|lisdexamfetamin|atomoxetin|melatonin|propiomazin|zopiklon|zolpidem|oxazepam|diazepam|alprazolam|lorazepam|klonazepam|pregabalin|gabapentin|tramadol|oxikodon|morfin|kodein|buprenorfin|metadon|naltrexon|disulfiram|akamprosat|insulin|metformin|levotyroxin|warfarin|apixaban|rivaroxaban|metoprolol|atenolol|bisoprolol|enalapril|ramipril|losartan|amlodipin|simvastatin|atorvastatin|furosemid|omeprazol|pantoprazol|prednisolon|kortison|diklofenak|naproxen|levetiracetam|karbamazepin|valproat|fentanyl|salbutamol|budesonid|antidepressiv@*|neuroleptika|antipsykotisk@*|sömntabletter|lugnande\s+medicin@*|zoloft|cipramil|cipralex|seroquel|zyprexa|abilify|lyrica|tradolan|oxycontin|subutex|suboxone|antabus|waran|eliquis|xarelto|levaxin|euthyrox|concerta|ritalin|elvanse|strattera|stesolid|sobril|imovane|propavan|citodon|voltaren|ozempic|metotrexat|humira|insulinbehandling@*|insulinpump@*|alvedon|panodil|ipren|ibumetin|treo|magnecyl|trombyl|morfin|nitroglycerin|sertralin\s+@+|cymbalta|efexor|remeron|lergigan|atarax|theralen|ketogan|dolcontin|targiniq|norspan)",
    ),
    r(
        Health,
        0.9,
        0.4,
        "Vårdas eller söker vård",
        r"(?:ligger|låg|lades|lagts|lagd|inlagd|inlades|vårdas|vårdades|vårdats|sökte|söker|sökt|uppsökte|kom\s+in|kördes|fördes|remitterades|remitteras)\s+(?:in\s+|akut\s+|inlagd\s+)?(?:på|till|vid|hos)\s+(?:@+\s+)?(?:@*kliniken|@*avdelningen|akuten|akutmottagningen|sjukhuset|@*mottagningen|(?-i:IVA)|iva|intensiven|vårdcentralen|hälsocentralen|@*psykiatrin|barnakuten|förlossningen|läkare|läkaren|tandläkare|psykolog|kurator)",
    ),
    r(
        Health,
        0.9,
        0.4,
        "Diagnos (förkortning)",
        r"(?:har|hade|fått|fick|med|diagnosen|diagnostiserad\s+med|diagnostiserades\s+med|lider\s+av|drabbad\s+av|drabbades\s+av|sjukdomen)\s+(?:ms|als|kol|sle|tia|add|ra|ibs|hiv|adhd|ptsd|ocd)",
    ),
    r(
        Health,
        0.88,
        0.4,
        "Mätvärde",
        r"[0-9]{2,3}(?:/[0-9]{2,3})?\s*mm\s?hg|blodsocker(?:värde)?(?:t)?\s+(?:på\s+)?[0-9]+|(?-i:HbA1c)\s+[0-9]+",
    ),
    // ------------------------------------------------------------ health in plain language
    // An injury to a part of the body: "bröt handleden", "slog huvudet i", "skar sig i armarna".
    r(
        Health,
        0.88,
        0.3,
        "Skada (kroppsdel)",
        r"(?:bröt|brutit|bryter|bröts|slog|slagit|skadade|skadat|skadades|stukade|stukat|vrickade|vrickat|krossade|krossat|klämde|klämt|brände|bränt|skar|skurit|bet|bitit|rev|rivit|ristade|ristat)\s+(?:(?:han|hon|hen|jag|sig|mig|själv|sin|sitt|sina|upp)\s+){0,3}(?:i\s+|på\s+|mot\s+)?(?:vänster\s+|höger\s+|båda\s+)?(?:huvudet|skallen|pannan|ansiktet|näsan|käken|ögat|ögonen|nacken|halsen|axeln|axlar(?:na)?|arm(?:en|arna)|armbågen|handled(?:en|erna)?|handen|händer(?:na)?|finger|fingr(?:et|arna)|tummen|revben(?:et|en)|bröstkorg(?:en)?|ryggen|svanken|höft(?:en|erna)?|lårbenshals(?:en)?|lårbenet|låret|knä(?:t|na|na)|ben(?:et|en)|vad(?:en|erna)|fotled(?:en|erna)?|foten|fötter(?:na)?|hälen|tån|tår(?:na)?|magen|buken|levern|njur(?:e|en|arna)|lung(?:an|orna)|hjärtat|skelettet|leder(?:na)?|muskler(?:na)?)|(?:ont|värk|smärtor|smärta|stelhet|svullnad|domningar|besvär|kramp)\s+i\s+(?:(?:en|ett|sin|sitt|sina|hans|hennes|min|mitt|mina)\s+)?(?:vänster\s+|höger\s+|vänstra\s+|högra\s+|båda\s+|hela\s+|vä\s+|hö\s+)?(?:bröstvårt(?:a|an|or|orna)|snittet|ärret|såret|tand(?:en)?|tänder(?:na)?|huvud(?:et)?|skall(?:en)?|panna(?:n)?|ansikte(?:t)?|näsa(?:n)?|käke(?:n)?|öga(?:t)?|ögon(?:en)?|nacke(?:n)?|hals(?:en)?|axel(?:n)?|axlar(?:na)?|arm(?:en|ar|arna)?|armbåge(?:n)?|handled(?:en|erna)?|hand(?:en)?|händer(?:na)?|finger|fingr(?:et|ar|arna)|tumme(?:n)?|revben(?:et|en)?|bröstkorg(?:en)?|rygg(?:en)?|svank(?:en)?|höft(?:en|erna)?|lårbenshals(?:en)?|lårben(?:et)?|lår(?:et)?|knä(?:t|na|n)?|ben(?:et|en)?|vad(?:en)?|fotled(?:en|erna)?|fot(?:en)?|fötter(?:na)?|häl(?:en)?|tå(?:n)?|tår(?:na)?|mage(?:n)?|magen|buk(?:en)?|lever(?:n)?|njur(?:e|en|arna)|lung(?:a|an|orna)|hjärta(?:t)?|skelett(?:et)?|leder(?:na)?|muskler(?:na)?)",
    ),
    // Health: a symptom told in everyday words ("andas tungt", "det trycker i bröstet", "sätter lätt i
    // halsen", "sover dåligt", "blir rädd av höga ljud", "orkar inte gå"): what the body or mind does,
    // not a diagnosis.
    r(
        Health,
        0.84,
        0.3,
        "Symtom (i vardagliga ord)",
        r"(?:andas|andades)\s+(?:(?:mycket|väldigt|lite)\s+)?(?:tungt|tyngre|snabbt|ytligt|ansträngt|med\s+svårighet|med\s+hjälp\s+av\s+@+)|(?:det\s+)?(?:trycker|tryckte|tryck|hugger|högg)\s+(?:i|över)\s+bröstet|(?:sätter|satte|satt)\s+(?:(?:lätt|ofta|ibland)\s+)?i\s+halsen|(?:har|hade|får|fick|och)\s+(?:(?:numera|nu|alltmer|allt|ofta|fortfarande|väldigt|mycket|stora|också|även)\s+){0,2}svårt\s+med\s+(?:trapporna|trappor|trappan|att\s+@+|balansen|minnet|andningen)|(?:har|hade|får|fick|och)\s+(?:(?:numera|nu|alltmer|allt|ofta|fortfarande|väldigt|mycket|stora|också|även)\s+){0,2}svårt\s+att\s+(?:svälja|andas|sova|somna|äta|gå|stå|höra|se|tala|prata|skriva|läsa|minnas|hitta|förflytta\s+sig|koncentrera\s+sig|komma\s+ihåg|hålla\s+tätt)|(?:sover|sov|sovit)\s+(?:(?:han|hon|hen|jag|väldigt|mycket)\s+){0,2}(?:dåligt|oroligt|mindre\s+än\s+@+\s+timmar)|dålig\s+sömn|sömnsvårigheter(?:na)?|sömnproblem(?:en)?|(?:fått|fick|får|har|hade)\s+(?:(?:nya|mer|ett|kraftiga)\s+)?utslag|utslag\s+(?:på|över)\s+@+|(?:blir|blev|känner\s+sig|kände\s+sig|är)\s+(?:(?:ofta|lätt|snabbt|fortfarande)\s+)?(?:yr|illamående|rädd\s+av\s+@+(?:\s+@+)?|rädd\s+för\s+att\s+gå\s+ut)|(?:ångest|panik)attack(?:er|en|erna)?|(?:har|hade|han|hon|hen|jag)\s+(?:(?:inte|knappt|aldrig)\s+)(?:kunnat|kunde|orkat|orkade)\s+(?:sova|äta|arbeta|jobba|gå\s+ut|gå\s+upp|stå\s+upp)|(?:medicin(?:en|erna)?|tabletter(?:na)?|läkemedl(?:et|en))\s+slutade\s+(?:jag|han|hon|hen)\s+(?:med|ta|att\s+ta)|slutade\s+(?:jag|han|hon|hen)\s+(?:med|att\s+ta|ta)\s+(?:medicin(?:en|erna)?|tabletter(?:na)?|läkemedl(?:et|en)|@+medicin(?:en)?)|(?:är|var)\s+(?:(?:helt|inte|fortfarande|alltid)\s+)?klar\s+i\s+huvudet|(?:hör|ser|minns)\s+(?:numera\s+)?(?:dåligt|sämre|allt\s+sämre)|orkar\s+(?:(?:inte|knappt|inte\s+längre)\s+)(?:gå|stå|äta|prata|duscha|arbeta|jobba|lyfta|ta\s+sig)(?:\s+(?:några|någon|långt|längre|mer|upp|ut)(?:\s+@+)?)?",
    ),
    // Health: help a person needs with the tasks of a day ("behöver hjälp med all av- och påklädning"),
    // home health care received, sick leave taken ("sjukskriva dig igen").
    r(
        Health,
        0.84,
        0.3,
        "Hjälpbehov i vardagen",
        r"behöver\s+(?:(?:mycket|all|viss|mer|daglig|fortsatt)\s+)?(?:hjälp|stöd)\s+(?:med|att|vid)\s+(?:(?:all|sin|sina|den|att|både)\s+)?(?:av-\s+och\s+påklädning(?:en)?|på-\s+och\s+avklädning(?:en)?|påklädning(?:en)?|avklädning(?:en)?|(?:personlig\s+)?hygien(?:en)?|(?:personlig\s+)?omvårdnad(?:en)?|dusch(?:en|ning)?|toalettbesök(?:en)?|förflyttning(?:ar|en|arna)?|förflytta\s+sig|klä\s+(?:på|av)\s+sig|äta|matning(?:en)?|tömma\s+@+|resa\s+sig|vända\s+sig|gå\s+på\s+toaletten|ta\s+sin(?:a)?\s+(?:medicin(?:er)?|läkemedel|tabletter)|andning(?:en)?|sondmat(?:ning)?)|(?:får|fick|har|hade|behöver|beviljats|beviljades|inskriven\s+i|insatser\s+från|besök\s+av)\s+(?:(?:han|hon|hen|även|också|numera|daglig|dagliga|(?-i:[A-ZÅÄÖ])@+)\s+){0,3}hemsjukvård(?:en|ens)?|(?:sjukskriva|sjukskriver|sjukskrev)\s+(?:sig|dig|mig|honom|henne|hen)",
    ),
    // Health: care in hospital as events ("fördes med ambulans till akuten", "lades in på avdelning 12",
    // "skrevs ut till boendet", "fick åka in i natt").
    r(
        Health,
        0.84,
        0.3,
        "Sjukhusvård (händelse)",
        r"(?:fördes|förts|hämtades|hämtats|fraktades|kördes|transporterades|togs|skickades|skickats)\s+(?:(?:han|hon|hen|då|sedan|akut|därefter|(?-i:[A-ZÅÄÖ])@+)\s+){0,3}(?:(?:med|i)\s+(?:ambulans|helikopter|ambulanshelikopter)(?:\s+till\s+@+)?|till\s+(?:akuten|akutmottagningen|sjukhuset|lasarettet|psykakuten|intensivvården|(?:@+s\s+)?(?:sjukhus|lasarett)))|(?:lades|lagts|läggs)\s+(?:(?:han|hon|hen)\s+)?in\s+(?:på|vid)\s+@+|(?:är|var|blev|blivit|har\s+varit)\s+inlagd(?:a)?|(?:skrevs|skrivs|skrivits)\s+(?:(?:han|hon|hen)\s+)?ut\s+(?:från|till)\s+@+|överflyttad(?:e)?\s+till\s+@+|(?:fick|fått|måste|behövde|behövt)\s+åka\s+in(?:\s+till\s+(?:akuten|sjukhuset))?",
    ),
    // Health: an assessment of a condition ("utreds för läs- och skrivsvårigheter", "utredning om ADHD").
    r(
        Health,
        0.82,
        0.3,
        "Medicinsk utredning",
        r"(?:utreds|utreddes|utretts|remitteras|remitterades|remitterats|remitterad|har\s+remiss)\s+(?:(?:han|hon|hen|nu|vidare)\s+)?(?:för|avseende|gällande|angående|med\s+frågeställning)\s+@+(?:-\s+och\s+@+)?|(?:neuropsykiatrisk|psykiatrisk|medicinsk)\s+utredning(?:en)?|utredning(?:en)?\s+(?:om|av|för|avseende)\s+(?-i:ADHD|ADD|autism|AST|NPF|demens|dyslexi)",
    ),
    // Health: how a person feels, told by themselves or of them ("han har mått riktigt dåligt", "jag
    // mår bra"), and compulsory psychiatric care by its law's abbreviation.
    r(
        Health,
        0.82,
        0.3,
        "Mående (i vardagliga ord)",
        r"(?:mår|mådde|mått)\s+(?:(?:riktigt|väldigt|mycket|ganska|inte|så|lite|psykiskt|fysiskt|nu|numera|allt|bra\s+mycket|fortfarande|rätt)\s+){0,2}(?:bra|bättre|dåligt|sämre|illa|skit|kass|uselt)|(?:inläggning|intagning|vård|tvångsvård|intagen|vårdas|vårdades|vårdats)\s+(?:(?:@+|[0-9]+)\s+){0,4}enligt\s+(?-i:LPT|LRV)|inläggning(?:en)?\s+på\s+(?:avdelning|@+avdelning(?:en)?|@+kliniken)",
    ),
    // Health: walking and moving told as capacity ("gångförmågan har försämrats", "klarar knappt 20
    // meter", "bestående rörelsehinder"), a parking permit for the disabled, a body that fails in
    // everyday words ("så dålig rygg", "handen darrar", "börjat glömma saker"), a diet by intolerance
    // ("äter glutenfritt", "tål inte mandel"), and a reason of health ("avsäger sig av hälsoskäl").
    r(
        Health,
        0.84,
        0.3,
        "Rörelseförmåga, kropp eller kost (i vardagliga ord)",
        r"gångförmåga(?:n)?|gångsträcka(?:n)?|rörelsehinder(?:et)?|parkeringstillstånd\s+för\s+rörelsehindrade|bilstöd(?:et)?|(?:klarar|går|orkar)\s+(?:(?:jag|han|hon|hen|numera|nu|bara|endast)\s+){0,2}(?:knappt|högst|max|bara|endast|inte\s+mer\s+än)\s+[0-9]+\s+meter|högst\s+[0-9]+\s+meter\s+på\s+plan\s+mark|(?:har|hade|med)\s+(?:(?:väsentliga|stora|betydande|påtagliga)\s+)?svårigheter\s+att\s+förflytta\s+sig|(?:så\s+|väldigt\s+|mycket\s+)?(?:dålig|dåliga)\s+(?:rygg|knän|höft|höfter|axlar|hjärta|lungor|balans|mage|leder|fötter|ben)|(?:handen|händerna|benen|rösten|huvudet)\s+(?:darrar|skakar|domnar|värker)(?:\s+(?:lite|mycket|ofta))?|(?:börjat|börjar|har\s+börjat)\s+glömma|glömsk(?:a|are|het(?:en)?)?|blir\s+(?:lätt\s+)?blåslagen|(?:äter|åt)\s+(?:(?:bara|endast|helst)\s+)?(?:glutenfritt|laktosfritt|mjölkfritt|nötfritt)|(?:tål|tåler|tålde)\s+(?:inte\s+)?(?:gluten|laktos|mjölk@*|nötter|jordnötter|mandel|ägg|fisk|skaldjur|soja)|(?:laktosfri|glutenfri|mjölkfri|nötfri|äggfri)\s+kost|av\s+hälsoskäl|av\s+medicinska\s+skäl|(?:hans|hennes|min|sin|hens)\s+(?:syn|hörsel|balans|minne|rörlighet)\s+(?:är|har\s+blivit|blev)\s+(?:(?:allt|mycket|kraftigt)\s+)?(?:nedsatt|sämre|dålig|försämrad)|mäter\s+(?:själv\s+)?blodsockret(?:\s+själv)?",
    ),
    // Health: a stay in hospital told in everyday words ("ligger inne på kk", "låg ett år på
    // sanatoriet", "inlagd på kvinnokliniken").
    r(
        Health,
        0.84,
        0.3,
        "Sjukhusvistelse (i vardagliga ord)",
        r"inlagd(?:a)?\s+(?:på|vid|i)\s+@+|(?:inlagd|inlagda)\s+[0-9]{1,2}\s*[–-]\s*[0-9]{1,2}\s+@+|(?:låg|ligger|legat|har\s+legat)\s+(?:(?:fortfarande|kvar|nu|ett\s+år|en\s+vecka|@+\s+veckor|@+\s+dagar)\s+){0,2}(?:inne(?:\s+på\s+@+)?|på\s+(?:sjukhuset|lasarettet|@+sjukhus(?:et)?|@+kliniken|@+avdelningen|@+\s+sanatorium|@+sanatorium|sanatoriet|kk|iva|(?-i:IVA)))",
    ),
    // Health: a seizure and first aid told as events ("började rycka i armar och ben", "lades i stabilt
    // sidoläge", "svarade inte på tilltal"), weight and eating, a limit on lifting, a dose changed, a
    // visit to the emergency room.
    r(
        Health,
        0.84,
        0.3,
        "Anfall, första hjälpen eller behandling (händelse)",
        r"stabilt\s+sidoläge|fria\s+luftvägar|svarade\s+inte\s+på\s+tilltal|(?:började|började\s+att)\s+rycka\s+i\s+@+|kramp(?:en|anfallet)?\s+(?:höll\s+i\s+sig|upphörde|har\s+upphört|varade|släppte)|krampanfall(?:et|en)?|anfallsplan(?:en)?|akutmedicin(?:en)?|(?:gick|gått|går)\s+(?:(?:han|hon|hen|kraftigt|snabbt|mycket|(?-i:[A-ZÅÄÖ])@+)\s+){0,3}(?:ner|ned|upp)\s+i\s+vikt|vikten\s+(?:har\s+)?(?:stabiliserats|ökat|minskat|rasat)|(?:gått|går|gick)\s+(?:i|på)\s+dagvård|(?:inga\s+)?(?:tunga\s+)?lyft\s+(?:av\s+@+\s+(?:eller\s+@+\s+)?)?över\s+[0-9]+\s*kg|(?:ändrade|ändrat|höjde|höjt|sänkte|sänkt|justera|justerade|justerat)\s+(?:(?:han|hon|läkaren|neurologen)\s+)?(?:medicinen|dosen|doseringen|läkemedlet)|(?:varit|var|åkte|åkt|kom|kommit|fick\s+åka\s+hem)\s+(?:in\s+)?(?:på|till|från)\s+(?:barn|ögon|psyk)?akuten(?:\s+(?:[0-9]+|en|två|tre|fyra|flera)\s+gånger)?",
    ),
    // Self-harm in words: "skar sig", "bitit sig själv", "tog en överdos".
    r(
        Health,
        0.9,
        0.35,
        "Självskada eller överdos",
        r"(?:skar|skär|skurit|bet|biter|bitit|slog|slår|slagit|rispade|rispat|brände|bränt|skadar|skadade|skadat)\s+(?:han\s+|hon\s+|hen\s+|jag\s+)?(?:sig|mig)(?:\s+själv)?(?:\s+med\s+@+)?(?:\s+i\s+@+)?|överdos(?:en|er)?(?:\s+@+)?|tog\s+(?:en\s+)?överdos",
    ),
    // What a person can no longer do (a certificate's, an appeal's, a care plan's words).
    r(
        Health,
        0.86,
        0.25,
        "Funktionsbegränsning",
        r"(?:(?:kan|kunde|klarar|klarade|orkar|orkade)\s+(?:han\s+|hon\s+|hen\s+|jag\s+)?inte|inte\s+(?:längre\s+)?(?:kan|kunde|klarar|klarade|orkar|orkade))\s+(?:längre\s+|själv\s+|heller\s+|alls\s+|på\s+egen\s+hand\s+)?(?:att\s+)?(?:använda\s+(?:vänster\s+|höger\s+|sin\s+|sina\s+|båda\s+)?(?:arm(?:en|arna)?|ben(?:et|en)?|hand(?:en)?|händerna|fot(?:en)?|fötterna)|koncentrera\s+(?:sig|mig)|sitta|stå|gå\s+(?:utan|mer|längre|själv|ensam|i\s+trappor|ute|utomhus|på\s+egen)|lyfta|bära|resa\s+sig|larma|svälja|andas|sova|äta|dricka|höra|köra|cykla|duscha|tvätta\s+sig|klä\s+(?:på\s+)?sig|förflytta\s+sig|röra\s+sig|ta\s+sig|gå\s+i\s+trappor|utföra\s+tunga|arbeta\s+(?:heltid|i\s+ojämn|med\s+tunga|stående)|böja|vrida|hålla\s+i|greppa|koncentrera\s+sig|minnas|hitta\s+hem)|(?:har|hade)\s+(?:mycket\s+|stora\s+|allt\s+)?svårt\s+(?:för\s+)?att\s+(?:svälja|andas|gå|stå|sitta|sova|äta|höra|se|läsa|minnas|koncentrera\s+sig|uttrycka\s+sig|prata|tala|förstå|resa\s+sig|röra\s+sig|förflytta\s+sig|lyfta|bära|hålla\s+balansen)|(?:synen|hörseln|minnet|balansen|rörligheten|orken|arbetsförmågan|arbetsförmåga)\s+är\s+(?:(?:så|mycket|kraftigt|helt|starkt|betydligt|väldigt|numera|nu)\s+){0,2}(?:dålig|dåligt|nedsatt|försämrad|sämre|kraftigt\s+nedsatt)|(?:ser|hör)\s+(?:jag\s+|han\s+|hon\s+|hen\s+)?(?:dåligt|mycket\s+dåligt|nästan\s+ingenting|ingenting|inget)|(?:behöver|behövde|får|fick)\s+(?:hjälp|stöd|assistans)\s+(?:vid|med)\s+(?:toalettbesök|av-\s+och\s+påklädning|påklädning|måltider|personlig\s+hygien|hygien(?:en)?|dusch@*|förflyttning@*|att\s+(?:äta|klä|duscha|tvätta|gå|förflytta))|(?:lyft|lyfta|tunga\s+lyft)\s+(?:över|på\s+mer\s+än)\s+(?:[0-9]+|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo)\s+kilo",
    ),
    // Falls, and states found on examination.
    r(
        Health,
        0.86,
        0.25,
        "Fall eller tillstånd",
        r"(?:har|hade)\s+(?:(?:han|hon|hen|jag|själv|ofta|också|även|nu|tidigare|flera\s+gånger|upprepade\s+gånger)\s+)?fallit|ramlade|ramlat|ramlar(?:\s+ofta)?|fallolycka@*|fallskad@*|(?:blir|blev|är|var)\s+(?:jag\s+|han\s+|hon\s+|hen\s+)?(?:mycket\s+|kraftigt\s+|lätt\s+|ofta\s+)?(?:andfådd|nedkyld|medvetslös|omtöcknad|yr|utmattad|sängliggande|jättetrött|väldigt\s+trött)|nedkyld|andfåddhet(?:en)?",
    ),
    // Treatment in plain words: "får sprutor i ögat", "tar inte medicinen", "opererades i knät".
    r(
        Health,
        0.86,
        0.3,
        "Behandling (i vardagliga ord)",
        r"(?:får|fick|fått|ges|gavs)\s+(?:sprutor|injektioner|dropp|syrgas|blodtransfusion(?:er)?|strålning|cellgifter|dialys|narkos)(?:\s+i\s+@+)?|(?:tar|tog|tagit|glömmer|glömde|slutat\s+ta|vägrar\s+ta)\s+(?:inte\s+)?(?:sin\s+|sina\s+)?(?:medicin(?:en|er|erna)?|tabletter(?:na)?|läkemedl(?:en|et)|läkemedel|insulin(?:et)?)|operera(?:des|d|t|s|de)?\s+(?:bort|i)\s+(?:vänster\s+|höger\s+|båda\s+)?@+|(?:föddes|född|född\s+för\s+tidigt)\s+i\s+(?:graviditets)?vecka\s+[0-9]{2}|född\s+för\s+tidigt|förtidsfödd@*|fragil[at]?\s+x(?:-syndrom(?:et)?)?|@{1,3}-syndrom(?:et)?|stödsamtal@*|rehabiliteringskedjan|(?:tränar|tränat|träning|behandlas|behandlades|behandling|går|gått|tid|samtal)\s+(?:på\s+samtal\s+)?(?:hos|med|av|till)\s+(?:en\s+|vår\s+|sin\s+|hans\s+|hennes\s+)?(?:psykolog|fysioterapeut|sjukgymnast|arbetsterapeut|logoped|kurator|dietist|psykoterapeut|terapeut)(?:en)?|(?:pratar|talar)\s+(?:fortfarande\s+|mycket\s+|ganska\s+)?otydligt|(?:gått|gick|har\s+gått)\s+ner\s+(?:[0-9]+|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera|många)\s+kilo|äter\s+(?:nästan\s+)?(?:ingenting|inget)|(?:foten|handen|armen|benet|handleden|fotleden|såret|frakturen|benbrottet|revbenen)\s+(?:har\s+)?läkt@*|medicineringen",
    ),
    // Health as what a person can no longer do, and care received at a hospital.
    r(
        Health,
        0.85,
        0.4,
        "Nedsatt förmåga eller sjukhusvård",
        r"(?:inte|inte\s+längre|ej|knappt|aldrig)\s+klarar\s+(?:av\s+)?(?:trappor(?:na)?|trappan|att\s+(?:gå|stå|resa\s+sig|äta|duscha|tvätta\s+sig|klä\s+(?:på|av)\s+sig|ta\s+sig|förflytta\s+sig))|klarar\s+(?:inte|inte\s+längre|ej)\s+(?:av\s+)?(?:trappor(?:na)?|trappan|att\s+(?:gå|stå|resa\s+sig|äta|duscha|tvätta\s+sig|klä\s+(?:på|av)\s+sig|ta\s+sig|förflytta\s+sig))|vårda(?:des|s|ts)\s+(?:inneliggande\s+)?(?:(?:två|tre|fyra|fem|ett|en|[0-9]+)\s+(?:dygn|dagar|veckor|nätter)\s+)?(?:på|vid|inom)\s+(?:@+\s+)?(?:sjukhus(?:et)?|@+sjukhus(?:et)?|@+kliniken|@+avdelningen|intensivvårdsavdelningen|(?-i:IVA)|avdelning\s+[0-9]+)|känner\s+(?:inte|inte\s+längre)\s+igen\s+(?:mig|oss|honom|henne|sina\s+@+|sin\s+@+)",
    ),
    // Habits and states a care record notes about a person: tobacco, wishing not to live,
    // pregnancy week, compulsory psychiatric care.
    r(
        Health,
        0.88,
        0.4,
        "Levnadsvanor, graviditet eller psykiatrisk tvångsvård",
        r"(?:röker|rökte|snusar|snusade)\s+(?:dagligen|varje\s+dag|regelbundet|sedan\s+@+|[0-9]+\s+(?:cigaretter|dosor)|ca\s+[0-9]+\s+cigaretter)|(?:inte|inte\s+längre)\s+vill\s+leva|vill\s+inte\s+(?:längre\s+)?leva|vill\s+dö|tankar\s+på\s+att\s+(?:dö|ta\s+sitt\s+liv)|grav(?:iditets)?\.?\s*(?:v\.?|vecka)\s*[0-9]{1,2}|graviditetspenning(?:en)?|inskriven\s+(?:på|vid)\s+(?:barnmorske|mödravårds)@+|(?:vårdas|vårdades|vårdad|intagen|intogs)\s+enligt\s+(?-i:LPT)|tvångsvård\s+enligt\s+(?-i:LPT)",
    ),
    // ------------------------------------------------------------ social welfare
    r(
        SocialWelfare,
        0.95,
        0.6,
        "Orosanmälan till socialtjänsten",
        r"orosanmä(?:lan|lningar|lningarna|lningen|la|ls|lde|lt|ler)|anmälan\s+enligt\s+14\s+kap\.?\s*1\s*§\s*(?:SoL|socialtjänstlagen)",
    ),
    r(
        SocialWelfare,
        0.9,
        0.45,
        "Tvångsvård enligt LVU eller LVM",
        r"(?:placera(?:d|de|des|t|ts)|omhändert(?:agen|agna|agits|ogs)|vårda(?:s|des|d|ts))\s+enligt\s+(?-i:LVU|LVM|SoL|LSS)|vård\s+enligt\s+(?-i:LVU|LVM)|(?-i:LVU|LVM)(?:-@+)?",
    ),
    r(
        SocialWelfare,
        0.9,
        0.45,
        "Placering",
        r"placera(?:d|de|des|t|ts)\s+(?:i|på|hos|utanför)\s+(?:ett\s+|en\s+)?@+|omhänderta(?:gen|gna|gits|gande|gandet|s)|omhändertogs|tvångsomhändert@*",
    ),
    ri(
        SocialWelfare,
        0.9,
        0.45,
        "Familjehem eller institution",
        r"familjehem(?:met|s@*|men)?|behandlingshem(?:met)?|jourhem(?:met|s@*)?|(?-i:HVB)(?:-hem@*)?|(?-i:SiS)(?:-hem@*|-institution@*)|ungdomshem(?:met)?|kontaktfamilj(?:en)?|stödfamilj(?:en)?|vårdnadsöverflyttning(?:en)?|umgängesstöd(?:et)?",
    ),
    r(
        SocialWelfare,
        0.93,
        0.5,
        "Ekonomiskt bistånd",
        r"ekonomiskt\s+bistånd(?:et)?|försörjningsstöd(?:et)?|socialbidrag(?:et)?|(?:ansök(?:an|t|er)\s+om|beviljat?s?|avslag\s+på)\s+bistånd",
    ),
    ri(
        SocialWelfare,
        0.92,
        0.4,
        "Missbruk eller beroende",
        r"missbruk(?:et|are|aren|arna|ar|ade|ande|sproblem@*)?(?:\s+av\s+(?:alkohol|droger|narkotika|läkemedel|spel|cannabis|kokain|amfetamin|opioider|tabletter))?|(?:alkohol|drog|narkotika|spel|läkemedels|opioid|substans)beroende(?:t)?|beroendeproblem@*|alkoholproblem@*|drogproblem@*|narkoman@*|alkoholist@*|riskbruk(?:et)?(?:\s+av\s+(?:alkohol|droger|narkotika|spel|cannabis))?|(?:motiverande\s+)?samtal\s+om\s+(?:sitt\s+|hans\s+|hennes\s+)?(?:alkohol(?:bruk@*)?|drickande@*|droger|drogbruk@*|spelande@*)|alkoholbehandling@*|alkotest@*|(?:avtal|överenskommelse)\s+om\s+(?:alkohol|drog|nykterhet)frihet|alkoholfrihet|nykter\s+sedan|spelskuld@*|spelberoende@*|återfall@*\s+i\s+(?:alkohol|drickande|missbruk|spel|droger)@*",
    ),
    // A person's place in the social services' care: living at or moving to a care home, being
    // sober since, made known to (aktualiserad hos) a unit of the social services.
    r(
        SocialWelfare,
        0.88,
        0.4,
        "Boende eller insats inom socialtjänsten",
        r"(?:har|hade|fått|fick|beviljats?)\s+(?:(?:han|hon|hen|jag|vi|de|nu|också|även)\s+)?trygghetslarm(?:et)?|anmälan\s+om\s+oro|(?:bor|bott|bodde|flyttat?|flyttade|plats|placerad|väntar\s+på\s+plats)\s+(?:(?:hon|han|hen|de|nu|numera)\s+)?(?:sedan\s+@+\s+(?:år\s+)?)?(?:på|till|i)\s+(?:ett\s+)?(?:särskilt\s+boende|äldreboende@*|demensboende@*|korttidsboende@*|gruppboende@*|servicebostad@*|stödboende@*|härbärge@*)|(?:varit|är|hållit\s+sig)\s+(?:helt\s+)?nykter\s+sedan|drogfri\s+sedan|aktualisera(?:des|d|t|s)\s+(?:hos|vid|på)\s+(?:@+\s+)?@+(?:enheten|mottagningen|socialtjänsten|gruppen)",
    ),
    r(
        SocialWelfare,
        0.88,
        0.45,
        "Kontakt med socialtjänsten",
        r"(?:kontakt(?:er)?\s+med|aktuell(?:a|t)?\s+(?:hos|inom|på|vid)|insatser?\s+från|känd(?:a|t)?\s+(?:hos|inom|av)|utredning\s+(?:hos|av|inom|vid))\s+(?:socialtjänsten|socialförvaltningen|socialen|individ-\s+och\s+familjeomsorgen)",
    ),
    r(
        SocialWelfare,
        0.9,
        0.45,
        "Utredning om barn",
        r"(?:socialtjänsten|socialnämnden|socialsekreteraren|socialsekreterare)\s+(?:har\s+)?(?:gjort|inlett|öppnat|startat|genomfört|gör)\s+(?:en\s+)?(?:@+\s+)?utredning(?:en)?|barnavårdsutredning@*|socialtjänstutredning@*|utredning\s+enligt\s+11\s+kap\.?\s*1\s*§|skyddsbedömning(?:en)?|barnets?\s+behov\s+av\s+skydd",
    ),
    // Services named by themselves, as an invoice line or a decision does ("Trygghetslarm,
    // månadsavgift", "personlig assistans enligt LSS, 98 timmar per vecka"): only near a person.
    r(
        SocialWelfare,
        0.85,
        0.3,
        "Insats från socialtjänsten (benämnd)",
        r"(?:utökad\s+)?personlig(?:a)?\s+assistans(?:en)?(?:\s+enligt\s+(?-i:LSS))?|korttidsboende(?:t)?|korttidsvistelse(?:n)?|matdistribution(?:en)?|matlåda\s+från\s+kommunen|hemtjänst(?:en)?(?:,|\s+och\s+service|\s+m\.m\.|\s+enligt\s+beslut)|trygghetslarm(?:et)?,|dubbelbemanning(?:en)?|missbruksvård(?:en)?",
    ),
    // A person's health stated as none ("är i övrigt frisk", "har inga kända sjukdomar"): still a
    // statement about their health.
    r(
        Health,
        0.8,
        0.3,
        "Uppgift om hälsa (frisk, inga kända sjukdomar)",
        r"(?:är|var|har\s+varit|blev|bedöms\s+som)\s+(?:i\s+övrigt\s+|helt\s+|numera\s+|fortfarande\s+)?(?:frisk|friska|besvärsfri)|(?:har\s+)?inga\s+kända\s+(?:sjukdomar|allergier|diagnoser)|(?:inga|ingen|inget)\s+(?:besvär|sveda|flytning|klåda|feber|smärta|smärtor|reaktion(?:\s+efter\s+[0-9]+\s*min)?|ljusbehandling|fynd\s+vid\s+undersökning(?:en)?)",
    ),
    // Home care with what it does and how often ("har hemtjänst för dusch en gång i veckan och
    // städning varannan vecka", "Hemtjänsten hjälper honom med tandborstningen"): before the rule
    // on services had, so that the finding holds the whole service.
    r(
        SocialWelfare,
        0.82,
        0.35,
        "Hemtjänst och vad den gör",
        r"(?:(?:har|hade|får|fick)\s+(?:(?:han|hon|hen|jag|nu|numera)\s+)?)?hemtjänst(?:en)?\s+(?:för|med)\s+@+(?:(?:,\s+|\s+och\s+)@+){0,2}(?:\s+(?:en|två|tre|fyra|fem|[0-9]+)\s+gång(?:er)?\s+(?:i|per|om)\s+(?:veckan|dagen|dygnet|månaden))?(?:\s+och\s+@+\s+(?:varannan|varje|en\s+gång\s+i)\s+@+)?|hemtjänst(?:en)?\s+(?:hjälper|hjälpte|ger|gav)\s+(?:honom|henne|hen|mig|dem|oss)\s+med\s+@+(?:\s+(?:morgon|kväll|varje\s+@+|på\s+@+)(?:\s+och\s+(?:kväll|morgon))?)?|(?:mer|utökad|utökning\s+av|minskad)\s+hemtjänst|(?:en\s+)?personal\s+från\s+hemtjänsten",
    ),
    r(
        SocialWelfare,
        0.8,
        0.4,
        "Bistånd eller insats",
        r"(?:beviljad@*|beviljats|beviljas|ansökt\s+om|ansöker\s+om|ansökan\s+om|avslag\s+på|avslå\s+(?:min\s+|hans\s+|hennes\s+)?ansökan\s+om|har|haft|hade|får|fick|erhåller|erhållit)\s+(?:(?:han|hon|hen|jag|vi|de|nu|numera|redan)\s+)?(?:hemtjänst|särskilt\s+boende|boendestöd|ledsagning|avlösning|personlig\s+assistans|korttidsboende|korttidsvistelse|daglig\s+verksamhet|vård\s+i\s+(?:ett\s+)?(?:hem\s+för\s+vård\s+eller\s+boende|familjehem|(?-i:HVB))|kontakt\s+med\s+@*terapeut|kontaktperson|kontaktfamilj|öppenvårdsinsats@*|missbruksvård@*|beroendebehandling)(?:\s+(?:[0-9]+|en|två|tre|fyra|fem|sex)\s+(?:gånger\s+(?:om|per|i)\s+(?:dagen|dygnet|veckan)|ggr/(?:dag|dygn|v|vecka)))?|insatser?\s+enligt\s+(?-i:LSS)|(?-i:LSS)-insats@*|assistansersättning(?:en)?|god\s+man\s+för\s+ensamkommande",
    ),
    // Use of drugs or alcohol told as what someone does: "har använt cannabis", "dricker flera flaskor vin".
    r(
        SocialWelfare,
        0.88,
        0.35,
        "Missbruk (bruk av alkohol eller droger)",
        r#"(?:använt|använder|använde|röker|rökt|rökte|röka|tar|tagit|tog|injicerar|injicerat|köper|köpt|köpte|langar|langat|säljer|sålt)\s+(?:(?:han|hon|hen|jag|regelbundet|dagligen|ofta|mycket)\s+)?(?:cannabis|hasch|marijuana|amfetamin|kokain|heroin|ecstasy|spice|narkotika|droger|opioider|bensodiazepiner|narkotiska\s+preparat)|(?:dricker|drack|druckit)\s+(?:(?:han|hon|hen|jag)\s+)?(?:"|”)?(?:(?:flera|många|en|ett|två|tre|fyra|fem|mycket|stora|hela|minst|dagligen|varje\s+dag|några|par)\s+){0,2}(?:vin|öl|sprit|starksprit|alkohol|vodka|boxar|flaskor|burkar|för\s+mycket|starköl|folköl|glas|öl@*)|alkoholpåverkad@?|narkotikapåverkad@?|drogpåverkad@?|påverkad\s+av\s+(?:alkohol|droger|narkotika)|berusad@?"#,
    ),
    r(
        SocialWelfare,
        0.85,
        0.4,
        "Samordnad individuell plan eller öppenvårdsinsats",
        r"samordnad(?:e)?\s+individuell(?:a)?\s+plan(?:en|er)?|(?-i:SIP)(?:-möte@*)?|öppenvårdsinsats@*|öppenvårdsbehandling@*|(?:alkohol|missbruks|beroende|drog)terapeut(?:en)?|(?:utökad\s+)?hemtjänst(?:en)?\s+(?:[0-9]+|en|två|tre|fyra|fem|sex)\s+(?:gånger\s+(?:om|per|i)\s+(?:dagen|dygnet|veckan)|ggr/(?:dag|dygn|v|vecka))|hemtjänst\s+enligt\s+4\s+kap\.\s+1\s+§\s+(?-i:SoL)|(?:socialnämnden|socialtjänsten|socialförvaltningen)(?:\s+i\s+@+\s+kommun)?\s+underrättas|(?:hyra|avgift)\s+(?:för\s+)?särskilt\s+boende|utökade\s+insatser|(?:bor|bott|bodde|flyttat?|flyttade|placerad|plats)\s+(?:på|i|till):?\s+(?-i:[A-ZÅÄÖ])@+s\s+(?:äldreboende|demensboende|gruppboende|korttidsboende|särskilda\s+boende|vård-\s+och\s+omsorgsboende)|hemtjänsten\s+(?:kommer|besöker|hjälper)\s+(?:bara|inte|varje|en|två|tre|fyra|hem|dagligen|morgon|kväll|på\s+morgonen|hit)",
    ),
    r(
        SocialWelfare,
        0.85,
        0.45,
        "Våld i nära relation",
        r"våld\s+i\s+nära\s+relation(?:er)?|hedersrelaterat\s+våld|hedersvåld(?:et)?|skyddat\s+boende",
    ),
    r(
        SocialWelfare,
        0.88,
        0.45,
        "Samtal eller kontakt med socialtjänstens personal",
        r"(?:kontakt(?:er)?|samtal(?:en)?|stödsamtal(?:en)?|möte(?:n)?|träffar|hembesök)\s+(?:med|av|från|hos)\s+(?:(?:den|det|de|en|ett|sin|sina|sitt|hans|hennes|deras|vår|vårt|lokala|lokalavdelningen|lokalavdelning|styrelsen|kommunfullmäktige|regionfullmäktige|fullmäktige|nämnden|partiet|kyrkorådet|skolans|ungdomsförbund(?:et)?|distriktet|kretsen|avdelningen|klubben|sektionen|f\.d\.|tidigare|numera|nya)\s+){0,2}(?:socialsekreterare(?:n|na)?|familjebehandlare(?:n|na)?|biståndshandläggare(?:n)?|socialtjänsten|socialförvaltningen|socialjour(?:en)?|familjestöd(?:et)?|familjebehandling(?:en)?|boendestödjare(?:n)?|fältassistent(?:en|er)?|fältsekreterare(?:n)?|skolkurator(?:n)?|kurator(?:n)?|barnavården)",
    ),
    r(
        SocialWelfare,
        0.85,
        0.4,
        "Ekonomiskt bistånd",
        r"ekonomiskt\s+bistånd(?:et)?|försörjningsstöd(?:et)?|socialbidrag(?:et)?|(?:ansöka|ansöker|ansökte|ansökt|söka|söker|sökte|beviljades|beviljats|beviljas|får|fick)\s+(?:om\s+)?(?:boendestöd|hemtjänst|ledsagning|kontaktperson|avlösning|ekonomiskt\s+bistånd|försörjningsstöd)",
    ),
    // ------------------------------------------------------------ criminal
    r(
        Criminal,
        0.9,
        0.3,
        "Brott (brottsrubricering)",
        r"(?:grov\s+|grovt\s+|ringa\s+|försök\s+till\s+)?(?:egenmäktigt\s+förfarande|olaga\s+förföljelse|olaga\s+intrång|olaga\s+tvång|(?:grov\s+)?kvinnofridskränkning|(?:grov\s+)?fridskränkning|hemfridsbrott|brott\s+mot\s+knivlagen|narkotikasmuggling|varusmuggling|penningtvätt|urkundsförfalskning|tillgrepp\s+av\s+fortskaffningsmedel|olovligt\s+brukande|vårdslöshet\s+i\s+trafik|grovt\s+rattfylleri|utpressning|sexuellt\s+övergrepp(?:\s+mot\s+barn)?|sexuellt\s+utnyttjande|koppleri|köp\s+av\s+sexuell\s+tjänst|övergrepp\s+i\s+rättssak|våldsamt\s+motstånd|förgripelse\s+mot\s+tjänsteman|tjänstefel|mutbrott|tagande\s+av\s+muta|bokföringsbrott|skattebrott|bidragsbrott|vapenbrott|brott\s+mot\s+vapenlagen|jaktbrott|djurplågeri|barnfridsbrott|uppvigling|hets\s+mot\s+folkgrupp|olaga\s+diskriminering|misshandel|stöld|snatteri|rån|bedrägeri|förskingring|häleri|skadegörelse|olaga\s+hot|ofredande|rattfylleri|narkotikabrott)",
    ),
    r(
        Criminal,
        0.92,
        0.35,
        "Påföljd eller rättegång",
        r"fängelse\s+i\s+(?:[0-9]+|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|arton)\s+(?:år|månader|veckor|dagar)|(?:dagsböter|böter)\s+[0-9]+|[0-9]+\s+dagsböter|samhällstjänst\s+[0-9]+\s+timmar|ungdomstjänst\s+[0-9]+\s+timmar|frikänd(?:es|a)?|friades|frias\s+från|åtalas|åtalades|åtalad\s+för|sitter\s+(?:i\s+)?(?:fängelse|häkte|häktet|anstalt@*)|avtjänar\s+(?:ett\s+)?@*straff|villkorligt\s+frigiven|frigavs\s+villkorligt|(?:den\s+)?tilltalade(?:s)?\s+(?:döms|dömdes|frikänns|frikändes|förnekar|förnekade|erkänner|erkände)",
    ),
    r(
        Criminal,
        0.93,
        0.5,
        "Dom i brottmål",
        r"(?:dömd(?:a|es|e)?|dömts|döms)(?:\s+(?:för|till)\s+(?:grov\s+|ringa\s+|försök\s+till\s+)?@+(?:\s+(?:i|mot)\s+@+(?:\s+år|\s+månader)?)?)?|fälld(?:es|a)?\s+för\s+@+|fällande\s+dom(?:en)?",
    ),
    r(
        Criminal,
        0.92,
        0.45,
        "Misstanke om brott",
        r"misstänk(?:t|ta|tes|s|te)\s+för\s+(?:grov\s+|ringa\s+|försök\s+till\s+)?@+|skäligen\s+misstänkt|misstänkt\s+gärningsman|den\s+misstänkte|brottsmisstank(?:e|en|ar)",
    ),
    r(
        Criminal,
        0.92,
        0.45,
        "Åtal eller frihetsberövande",
        r"åtala(?:d|de|des|ts|s)|frihetsberövad(?:e)?|åtal(?:et)?\s+(?:mot|för)|åtalad@*|häkta(?:d|de|des|t)|häktning(?:en)?|(?:inlett|inleder|inledde|inletts|pågår\s+en|pågående)\s+förundersökning(?:\s+(?:om|mot|avseende|rörande)\s+@+(?:\s+@+)?)?|förundersökning(?:en)?\s+(?:om|mot|avseende|rörande)\s+@+(?:\s+@+)?|anhållen|anhölls|anhållna|(?:lades|lagts|läggs)\s+förundersökning(?:en)?\s+ned|förundersökning(?:en)?\s+(?:lades|har\s+lagts|lagts|läggs)\s+ned|greps\s+(?:av\s+polis@*|misstänkt)",
    ),
    r(
        Criminal,
        0.9,
        0.35,
        "Polisanmälan",
        r"polisanm(?:äld|älda|älde|ält|älan|älningar|älningen|äla|äls)|anmäld(?:a)?\s+(?:till\s+polisen\s+)?för\s+@+",
    ),
    r(
        Criminal,
        0.9,
        0.35,
        "Påföljd",
        r"fängelse(?:straff@*)?(?:\s+i\s+@+\s+(?:år|månader|veckor))?|villkorlig\s+dom|skyddstillsyn(?:en)?|samhällstjänst|dagsböter|ungdomstjänst|sluten\s+ungdomsvård|fotboja|rättspsykiatrisk\s+vård|utvisning\s+på\s+grund\s+av\s+brott|straffad(?:e)?|straffats",
    ),
    // Criminal: a threat quoted from a message or a call, in the second person ("du är död",
    // "jag vet var du bor", "då kommer vi hem till dig", "du ska få ångra dig").
    r(
        Criminal,
        0.84,
        0.35,
        "Hot (citerat)",
        r"(?:du|ni)\s+(?:är|blir)\s+död(?:a)?(?:\s+@+)?|(?:jag|vi)\s+vet\s+(?:var|vart)\s+(?:du|ni)\s+bor|(?:kommer|ska|åker)\s+(?:jag|vi)\s+hem\s+till\s+(?:dig|er)|(?:jag|vi)\s+(?:kommer|ska|åker)\s+hem\s+till\s+(?:dig|er)|(?:ska|kommer\s+att)\s+(?:få|fa)\s+ångra\s+(?:dig|er)|(?:få|får)\s+ångra\s+(?:dig|er)\s+på\s+riktigt|(?:jag|vi)\s+(?:ska|kommer\s+att|tänker)\s+(?:döda|slå\s+ihjäl|knivhugga|skjuta|hugga|skada|spöa(?:\s+upp)?|misshandla|sätta\s+eld\s+på)\s+(?:dig|er|din\s+@+|dina\s+@+)|jag\s+har\s+(?:en\s+)?(?:kniv|pistol|vapen)\s+med\s+mig",
    ),
    // Criminal: a traffic offence described in the words of a charge ("fört personbil efter att ha
    // förtärt alkoholhaltiga drycker", "lämnat platsen utan att stanna").
    r(
        Criminal,
        0.86,
        0.35,
        "Trafikbrott (beskrivet)",
        r"efter\s+att\s+(?:ha\s+)?förtärt\s+(?:@+\s+){0,2}(?:alkohol(?:haltiga\s+drycker)?|narkotika|drycker)(?:\s+i\s+så\s+stor\s+mängd)?|(?:fört|förde|framfört|framförde)\s+(?:en\s+|sin\s+)?(?:person|last|tjänste|hyr)?(?:bil(?:en)?|fordon(?:et)?|motorcykel(?:n)?|moped(?:en)?)|(?:kört|körde|framfört|framförde)\s+(?:@+\s+){0,3}(?:i\s+)?[0-9]+(?:\s*[–-]\s*[0-9]+)?\s*km/tim(?:me)?\s+(?:där|på\s+en\s+väg\s+där)\s+högsta\s+tillåtna\s+hastighet(?:en)?\s+(?:är|var)\s+[0-9]+\s*km/tim(?:me)?|(?:lämnat|lämnade|lämnar)\s+(?:olycks)?platsen\s+utan\s+att\s+(?:stanna|ge\s+sig\s+till\s+känna|lämna\s+@+)|påtaglig\s+fara\s+för\s+trafiksäkerheten|kört\s+över\s+mittlinjen|alkoholintag(?:et)?\s+(?:under|före|innan)\s+@+",
    ),
    // Criminal: an act against a person described in plain words, as in a decision on a restraining
    // order or a school's report ("använt våld mot andra elever", "punkterat tre däck på hennes bil").
    r(
        Criminal,
        0.85,
        0.35,
        "Gärning mot en person (beskriven)",
        r#"(?:använt|använde|använder|utövat|utövade)\s+våld\s+mot|(?:slagit|sparkat|sparkade|knuffat|knuffade|hotat|hotade|förföljt|förföljde|trakasserat|trakasserade|stalkat|stalkade|ofredat|ofredade|strypt|ströp|nypt|bitit|rivit)\s+(?:(?:både|även|också|flera|andra|sin|sina|sitt)\s+)?(?:honom|henne|hen|dem|mig|oss|pojken|flickan|eleven|eleverna|elever|kvinnan|mannen|barnet|barnen|sambon|exet|målsäganden|personal(?:en)?|@+kamrat(?:en|er)?)|(?:slog|sparkade|knuffade|hotade|misshandlade|stack|knivhögg|högg|sköt|knivhuggit|huggit|skjutit)\s+(?:honom|henne|hen|dem|mig|oss|pojken|flickan|eleven|kvinnan|mannen|barnet|sambon|mamma|pappa|mamman|pappan|modern|fadern|frun|hustrun|maken|sonen|dottern|brodern|systern|barnen|partnern|flickvännen|pojkvännen|grannen|hyresgästen)|hotade\s+(?:@+\s+){1,5}med\s+(?:en\s+|ett\s+)?(?:kniv|pistol|vapen|yxa|tillhygge|kofot|slagträ|järnrör|machete)|(?:punkterat|punkterade|skurit\s+sönder|skar\s+sönder|slagit\s+sönder|slog\s+sönder|krossat|krossade|repat|repade|sprejat|sprejade)\s+(?:(?:@+|[0-9]+)\s+){0,2}(?:däck(?:en)?|bil(?:en)?|ruta(?:n)?|rutor(?:na)?|fönster|fönstret|dörr(?:en)?|lack(?:en)?|cykel(?:n)?)|(?:ringt|ringde|sms:at|smsat|skickat|skickade|mejlat|mejlade)\s+(?:(?:henne|honom|hen|dem)\s+)?(?:upp\s+till|över|mer\s+än|minst|drygt|närmare)\s+[0-9]+\s+(?:gånger|sms|meddelanden|mejl|mail)|(?:stått|stod|väntat|väntade|uppehållit\s+sig|uppehöll\s+sig|dykt\s+upp|dök\s+upp)\s+utanför\s+(?:hennes|hans|deras|hens|målsägandens)\s+(?:@+\s+)?(?:bostad|lägenhet|port|dörr|arbetsplats|hus|skola)|skulle\s+(?:"|”)?(?:hugga\s+ner|döda|slå\s+ihjäl|knivhugga|skjuta|ha\s+ihjäl|spöa\s+upp|misshandla)(?:"|”)?\s+(?:honom|henne|hen|dem|dig|er|mig)|hotat\s+(?:@+\s+)?(?:med\s+att|att)\s+(?:döda|skada|slå|skjuta|hugga|bränna)"#,
    ),
    // Social welfare: a problem with alcohol, drugs or gambling told in plain words ("han har problem
    // med alkohol", "har problem med alkoholen sedan jobbet försvann").
    r(
        SocialWelfare,
        0.86,
        0.3,
        "Problem med alkohol, droger eller spel",
        r"(?:har|hade|haft|fått|får|fick)\s+(?:(?:stora|allvarliga|svåra|en\s+del|vissa|återkommande)\s+)?problem\s+med\s+(?:alkohol(?:en)?|spritt?(?:en)?|drickandet|droger(?:na)?|narkotika(?:n)?|spel(?:et|andet)?|tabletter(?:na)?|cannabis|hasch(?:et)?|kokain(?:et)?|amfetamin(?:et)?)",
    ),
    // Social welfare: intoxication and the addiction clinic ("var kraftigt påverkad", "har fått en tid på
    // beroendemottagningen").
    r(
        SocialWelfare,
        0.84,
        0.35,
        "Berusning eller beroendevård",
        r"(?:kraftigt|märkbart|tydligt|synbart|starkt|uppenbart)\s+(?:alkohol|drog)?påverkad(?:e)?(?:\s+av\s+(?:alkohol|droger|narkotika|@+))?|påverkad(?:e)?\s+av\s+(?:alkohol|droger|narkotika|cannabis|amfetamin|kokain|tabletter)|nykter\s+sedan\s+@*[0-9]*|tvångsvårdad(?:e)?\s+(?:(?:@+|[0-9]+)\s+){0,3}för\s+(?:alkohol@*|missbruk@*|drog@*|narkotika@*)|drogtest(?:et|er)?|(?:tid|kontakt|kontakten|behandling|inskriven|inskrivning|remitterad|remitterades|remiss|besök|besöker|besökte|går|gick|aktualiserad@*)\s+(?:(?:@+|[0-9]+)\s+){0,3}(?:på|vid|hos|till|med)\s+(?:beroendeenhet(?:en)?|beroendemottagning(?:en)?|beroendecentrum|missbruksmottagning(?:en)?|alkoholmottagning(?:en)?|mottagning(?:en)?\s+för\s+(?:beroende|missbruk)@*)",
    ),
    // Criminal: caught in everyday words ("åkte fast för fortkörning").
    r(
        Criminal,
        0.82,
        0.3,
        "Gripen, bötfälld eller i slagsmål (i vardagliga ord)",
        r"(?:åkte|åker|åkt|åkit)\s+fast(?:\s+för\s+@+)?|ordningsbot(?:en)?|strafföreläggande(?:t|n)?|(?:hamnade|hamnat|var)\s+(?:(?:han|hon|hen)\s+)?i\s+slagsmål",
    ),
    // Social welfare: a cost met by the social services ("avgiften betalas av socialförvaltningen").
    r(
        SocialWelfare,
        0.84,
        0.35,
        "Kostnad som socialtjänsten betalar",
        r"(?:betalas|betalades|bekostas|bekostades|betalats|bekostats|står)\s+(?:(?:av|för)\s+)(?:socialförvaltningen|socialtjänsten|socialnämnden|soc|socialen)",
    ),
    // Criminal: imprisoned ("sitter sedan 2021 fängslad").
    r(Criminal, 0.86, 0.35, "Frihetsberövande", r"fängslad(?:e)?|fängslades|fängslats|fängslat|satt\s+(?:i\s+)?fängelse"),
    // Social welfare: drinking as an event ("när han har druckit", "luktade alkohol", "hon var full"),
    // and short-term care offered or refused ("tackat nej till korttidsplats").
    r(
        SocialWelfare,
        0.82,
        0.3,
        "Alkohol (händelse) eller korttidsvård",
        r"(?:har|hade)\s+(?:(?:han|hon|hen|jag|inte|aldrig|redan)\s+){0,2}druckit|(?:luktade|luktar|luktat)\s+(?:(?:starkt|kraftigt|tydligt)\s+)?(?:alkohol|sprit|öl)|(?:han|hon|hen|jag|du)\s+(?:var|är|blev|verkade)\s+(?:(?:väldigt|jätte|helt|rätt|ganska|så|redan|också|ju)\s+)?(?:full|berusad|packad|onykter|aspackad|dyngrak|på\s+lyset)|(?:beviljats|beviljades|fått|fick|erbjöds|erbjudits|tackat\s+nej\s+till|tackade\s+nej\s+till|ansökt\s+om|söker)\s+(?:en\s+)?(?:korttidsplats|växelvård|korttidsvistelse)|alkohol-\s+och\s+drogmottagning(?:en)?",
    ),
    // Social welfare: drinking told in plain words ("han har druckit mycket sedan separationen") and
    // the social services by their everyday name ("soc betalar").
    r(
        SocialWelfare,
        0.82,
        0.3,
        "Alkohol eller socialtjänst (i vardagliga ord)",
        r"(?:dricker|drack|druckit|super|söp|supit)\s+(?:(?:han|hon|hen|jag|väldigt|alldeles|för|ganska)\s+){0,2}(?:mycket|för\s+mycket|varje\s+(?:dag|kväll|helg))|(?:soc|socen|soc:en|socialen)\s+(?:(?:har|ska|skulle|kommer\s+att)\s+)?(?:betalar|betalade|betalat|betala|hjälper|hjälpte|hjälpt|beviljat|beviljade|placerade|placerat|kopplats\s+in|är\s+inkopplade|skickat|skickade|lämnat|lämnade|ringt|ringde|kontaktat|kontaktade|varit\s+här|var\s+här|kom\s+hem)|(?:fått|får|fick|söka|sökt|ansöka)\s+(?:@+\s+)?(?:pengar|hjälp|bidrag|stöd)\s+(?:från|av|hos)\s+(?:soc|socen|socialen)",
    ),
    r(
        Criminal,
        0.85,
        0.3,
        "Belastningsregistret",
        r"belastningsregist(?:er|ret|erutdrag@*)|brottsregist(?:er|ret)|straffregist(?:er|ret)|misstankeregist(?:er|ret)|belastnings-\s+(?:och|eller)\s+misstankeregist(?:er|ret)",
    ),
    r(Criminal, 0.92, 0.5, "Kontaktförbud", r"kontaktförbud(?:et)?|besöksförbud(?:et)?"),
    r(
        Criminal,
        0.88,
        0.3,
        "Brott",
        r"(?:grov\s+)?misshandel(?:n)?|misshandla(?:d|de|des|t|ts)|stöld(?:en|er)?|snatteri(?:et|er)?|rån(?:et)?|inbrott(?:et)?|bedrägeri(?:et|er)?|förskingring(?:en)?|rattfylleri(?:et)?|(?:ringa\s+|grovt\s+)?narkotikabrott(?:et)?|olaga\s+hot|(?:sexuellt\s+)?ofredande(?:t)?|våldtäkt(?:en|sförsök@*)?|mord(?:et|försök@*)?|dråp(?:et)?|skadegörelse(?:n)?|häleri(?:et)?|trafikbrott(?:et)?|olovlig\s+körning|smitning|människohandel|dataintrång(?:et)?|förtal(?:et)?|barnpornografibrott(?:et)?|grooming|vållande\s+till\s+@+|hot\s+mot\s+tjänsteman|våld\s+mot\s+tjänsteman|brott\s+mot\s+@+|beg(?:ick|ått|år)\s+(?:ett\s+|flera\s+)?@*brott@*",
    ),
    // ------------------------------------------------------------ ethnicity
    r(
        Ethnicity,
        0.9,
        0.4,
        "Etnisk tillhörighet",
        r"(?:är|var|som|vi\s+är|de\s+är|född|född\s+som|tillhör)\s+(?:en\s+|ett\s+|den\s+|det\s+)?(?:rom|romer|romsk(?:a|t)?|same|samer|(?:syd|nord|lule|pite|ume|skogs|fjäll)(?:same|samer|samisk(?:a|t)?)|samisk(?:a|t)?|kurd|kurder|kurdisk(?:a|t)?|assyrier|assyrisk(?:a|t)?|suryoye|suryoyo|aramé(?:er)?|arameisk(?:a|t)?|syrian|syrianer|syriansk(?:a|t)?|tornedaling(?:ar)?|jude|judar|judisk(?:a|t)?|hazar(?:er)?|pashtun(?:er)?|tamil(?:er)?|jezid(?:er)?|yazidi(?:er)?|berber|uigur(?:er)?|resande|kale|kurmandji|somalisk(?:a|t)?|eritreansk(?:a|t)?)(?:\s+(?:flykting(?:ar)?|familj(?:en)?|kvinna|man|pojke|flicka|bakgrund|ursprung|härkomst|minoritet(?:en)?|folkgrupp(?:en)?|släkt|klan(?:en)?))?",
    ),
    r(
        Ethnicity,
        0.93,
        0.6,
        "Etniskt ursprung",
        r"(?:rom|sam|kurd|arab|somal|eritrean|etiop|syr|iraki|iran|pers|afghan|turk|bosni|serb|kroat|alban|pol|finländ|fin|tornedal|jud|assyr|syrian|kalde|palestin|libanes|marockan|afrikan|asiat|thailänd|vietnames|kines|ind|pakistan|chilen|latinamerikan|utländ|sven|nord|kosovan|tigrin|amhar|ukrain|ry|jezid|yazid|armen|tamil|hazar|pasht|tadzjik|uigur|tatar|zigen|resand)(?:isk|sk)(?:a|t)?\s+(?:härkomst(?:en)?|bakgrund(?:en)?|ursprung(?:et)?|börd|etnicitet(?:en)?|minoritet(?:en)?|folkgrupp(?:en)?|tillhörighet(?:en)?|släkt)",
    ),
    r(
        Ethnicity,
        0.85,
        0.3,
        "Etniskt ursprung",
        r"etnisk(?:t|a)?\s+(?:ursprung|bakgrund|tillhörighet|minoritet|identitet)|härkomst(?:en)?|hudfärg(?:en)?|tillhör\s+(?:den\s+)?@+\s+(?:folkgruppen|minoriteten|klanen)|invandrarbakgrund|utländsk\s+bakgrund|ras\s+eller\s+etniskt\s+ursprung",
    ),
    // ------------------------------------------------------------ political
    r(
        Political,
        0.93,
        0.55,
        "Partimedlemskap eller politiskt engagemang",
        r"(?:medlem(?:skap)?|medlemmar|aktiv(?:a)?|engagerad(?:e)?|kandidat|sympatisör|partimedlem|ansluten|röstar|röstade|stödjer|stöttar|kandiderar)\s+(?:i|för|på|till|inom)?\s*(?:Socialdemokraterna|Moderaterna|Sverigedemokraterna|Vänsterpartiet|Centerpartiet|Liberalerna|Folkpartiet|Kristdemokraterna|Miljöpartiet|Feministiskt\s+initiativ|Piratpartiet|Alternativ\s+för\s+Sverige|Nyans|Medborgerlig\s+samling|Nordiska\s+motståndsrörelsen|Kommunistiska\s+partiet|Sjukvårdspartiet|Socialdemokratiska\s+ungdomsförbundet|(?-i:SSU|MUF|SDU|CUF|LUF|KDU)|Moderata\s+ungdomsförbundet|Ung\s+vänster|Grön\s+ungdom|Centerpartiets\s+ungdomsförbund|(?-i:[A-ZÅÄÖ]@+partiet))",
    ),
    r(
        Political,
        0.85,
        0.35,
        "Politisk åsikt",
        r"partimedlemskap(?:et)?|politisk(?:a|t)?\s+(?:åsikt(?:er|erna)?|övertygelse(?:n)?|uppfattning(?:ar)?|engagemang(?:et)?|tillhörighet(?:en)?|sympati(?:er)?|hemvist)|partipolitisk(?:a|t)?\s+tillhörighet|(?:socialdemokrat|sverigedemokrat|vänsterpartist|kommunist|nazist|miljöpartist|centerpartist|kristdemokrat|nationalsocialist)(?:en)?",
    ),
    r(
        Political,
        0.92,
        0.5,
        "Politiskt uppdrag eller ställningstagande",
        r"(?:ordförande|vice\s+ordförande|ledamot|@+ledamot|ersättare|kandidat|kandiderar|kandiderade|gruppledare|kommunalråd|regionråd|oppositionsråd|förtroendevald|invald|invaldes|vald|valdes|nominerad|nominerades|röstade|röstar|röstat|sympatiserar|sympatiserade|sympatisör|stödjer|stöder|stödde|aktiv|medlem|företrädare|partiledare|talesperson|sitter|satt|representerar|representerade|politiker|suttit|har\s+suttit)\s+(?:(?:i|för|på|inom|till|hos|av)\s+)?(?:(?:den|det|de|en|ett|sin|sina|sitt|hans|hennes|deras|vår|vårt|lokala|lokalavdelningen|lokalavdelning|styrelsen|kommunfullmäktige|regionfullmäktige|fullmäktige|nämnden|partiet|kyrkorådet|skolans|ungdomsförbund(?:et)?|distriktet|kretsen|avdelningen|klubben|sektionen|f\.d\.|tidigare|numera|nya)\s+){0,2}(?:(?:@+-\s+(?:och|&)\s+)?@*(?:nämnden|fullmäktige|styrelsen|utskottet|beredningen|rådet)\s+(?:i\s+(?-i:[A-ZÅÄÖ])@+\s+)?)?(?:(?:i|för|på|inom|hos)\s+)?(?:socialdemokraterna|moderaterna|sverigedemokraterna|vänsterpartiet|centerpartiet|liberalerna|kristdemokraterna|miljöpartiet|folkpartiet|feministiskt\s+initiativ|piratpartiet|sjukvårdspartiet|nyans|(?-i:[A-ZÅÄÖ])@+partiet)(?:s)?",
    ),
    // ------------------------------------------------------------ religion
    r(
        Religion,
        0.92,
        0.45,
        "Religiöst uppdrag eller samfund",
        r"(?:präst|kyrkoherde|komminister|diakon|diakonissa|pastor|imam|rabbin|församlingsföreståndare|föreståndare|kantor|biskop|nunna|munk|predikant|äldste|församlingsledare|ungdomsledare|söndagsskollärare|kyrkvärd|kyrkorådsledamot|ledamot|medlem|medlemmar|aktiv|aktiva|engagerad|engagerade|volontär|ideell)\s+(?:i|inom|vid|på|för|hos)\s+(?:(?:den|det|de|en|ett|sin|sina|sitt|hans|hennes|deras|vår|vårt|lokala|lokalavdelningen|lokalavdelning|styrelsen|kommunfullmäktige|regionfullmäktige|fullmäktige|nämnden|partiet|kyrkorådet|skolans|ungdomsförbund(?:et)?|distriktet|kretsen|avdelningen|klubben|sektionen|f\.d\.|tidigare|numera|nya)\s+){0,2}(?:@*församling(?:en|ens)?|@*kyrkan|@*kyrkoråd(?:et)?|@*kyrkokör(?:en)?|moskén|@*moské(?:n)?|synagogan|@*samfund(?:et)?|jehovas\s+vittnen|frälsningsarmén|@*menighet(?:en)?|islamiska\s+@+|buddhistiska\s+@+)|(?:be|ber|bad)\s+på\s+(?:rasten|rasterna|lunchen|jobbet|arbetet|arbetstid)|(?:går|gick|gått|brukar\s+gå|brukade\s+gå)\s+(?:(?:alltid|regelbundet|ofta)\s+)?i\s+(?:mässa(?:n)?|högmässa(?:n)?|kyrkan|moskén|synagogan)|(?:leder|ledde|deltar\s+i|deltog\s+i|går\s+på|gick\s+på|gått\s+på|sjunger\s+i|besöker|besökte)\s+(?:(?:den|det|de|en|ett|sin|sina|sitt|hans|hennes|deras|vår|vårt|lokala|lokalavdelningen|lokalavdelning|styrelsen|kommunfullmäktige|regionfullmäktige|fullmäktige|nämnden|partiet|kyrkorådet|skolans|ungdomsförbund(?:et)?|distriktet|kretsen|avdelningen|klubben|sektionen|f\.d\.|tidigare|numera|nya)\s+)?(?:bönegrupp@*|bönemöte@*|bibelstudi@*|bibelgrupp@*|gudstjänst@*|@*kyrkokör@*|mässa(?:n|or)?|fredagsbön(?:en)?|koranskola(?:n)?|söndagsskola(?:n)?|konfirmation@*|@*församling(?:en|ens)?)|(?:är|var|arbetar\s+som|tjänstgör\s+som|prästvigd|vigdes\s+till)\s+(?:präst|kyrkoherde|imam|rabbin|pastor|diakon|biskop|nunna|munk)",
    ),
    r(
        Religion,
        0.93,
        0.55,
        "Religiös övertygelse",
        r"(?:praktiserande|troende|bekännande|aktiv(?:a)?|konverterad(?:e)?|konverterat|from|hängiven|engagerad)\s+(?:muslim(?:er)?|kristen|kristna|katolik(?:er)?|jude|judar|buddist(?:er)?|hindu(?:er)?|sikh(?:er)?|ortodox(?:a)?|protestant(?:er)?|luthera(?:n|ner)|pingstvän(?:ner)?|mormon(?:er)?|ateist(?:er)?|agnostiker|shia(?:muslim)?|sunni(?:muslim)?)",
    ),
    r(
        Religion,
        0.93,
        0.55,
        "Medlemskap i trossamfund",
        r"(?:medlem(?:skap)?|medlemmar|aktiv(?:a)?|engagerad(?:e)?|församlingsmedlem|tillhör|tillhörde|går|gick|döpt|döptes|konverterade)\s+(?:i|inom|till)?\s*(?:Svenska\s+kyrkan|Jehovas\s+vittnen|Pingstkyrkan|Pingstförsamlingen|Equmeniakyrkan|Katolska\s+kyrkan|katolska\s+kyrkan|(?:Syrisk|Rysk|Grekisk|Serbisk|Eritreansk|Etiopisk|Koptisk)(?:-|\s+)ortodoxa\s+kyrkan|ortodoxa\s+kyrkan|(?:den\s+)?@*(?:muslimska|katolska|ortodoxa|judiska|kristna|lutherska|evangeliska)\s+(?:församlingen|församling|samfundet|menigheten)|Missionskyrkan|Baptistkyrkan|Frälsningsarmén|Livets\s+ord|(?-i:EFS)|Evangeliska\s+fosterlandsstiftelsen|Jesu\s+Kristi\s+kyrka@*(?:\s+av\s+sista\s+dagars\s+heliga)?|Scientologikyrkan|Islamiska\s+förbundet|moskén|mosken|synagogan|templet|(?-i:[A-ZÅÄÖ])@*(?:kyrkan|församlingen|moskén))",
    ),
    r(
        Religion,
        0.82,
        0.3,
        "Religion eller livsåskådning",
        r"muslim(?:er|en|erna)?|kristen|kristna|(?:går|gick|besöker|besökte)\s+(?:i|till)\s+(?:kyrkan|moskén|synagogan|templet|mässan|gudstjänst(?:en|er)?)|muslimsk(?:a|t)?\s+tro(?:n)?|katolik(?:er)?|buddist(?:er)?|hinduism(?:en)?|ateist(?:er)?|jehovas\s+vittne(?:n)?|religiös(?:a|t)?\s+(?:övertygelse(?:n)?|tillhörighet(?:en)?|uppfattning(?:ar)?|tro(?:n)?)|trosuppfattning(?:en|ar)?|livsåskådning(?:en|ar)?|(?:bär|bära|bar)\s+(?:slöja|hijab|niqab|burka|kippa|turban)",
    ),
    // ------------------------------------------------------------ union
    // A form's field and its value: "Facklig tillhörighet: Vårdförbundet", "Fackförbund: Kommunal".
    r(
        Union,
        0.92,
        0.5,
        "Fackligt medlemskap (formulärfält)",
        r"(?:facklig\s+tillhörighet|facklig\s+organisation|fackförbund|fackförening|fackligt\s+medlemskap|medlem\s+i\s+fackförbund)\s*:\s*(?-i:[A-ZÅÄÖ])@+(?:\s+(?-i:[A-ZÅÄÖ])@+)?",
    ),
    r(
        Union,
        0.9,
        0.45,
        "Fackligt uppdrag eller medlemskap",
        r"(?:styrelseledamot|styrelsen|ordförande|sektionsordförande|kontaktperson|representant|företrädare|ombud|klubbordförande|avdelningsordförande|kassör|sekreterare|ledamot|facklig(?:t|a)?|förhandlare|kontaktombud|arbetsplatsombud|studieorganisatör|fackligt\s+förtroendevald|medlem(?:skap)?|ansluten|anslutna|organiserad|organiserade)\s+(?:i|för|på|inom|hos|till|från|via)\s+(?:(?:den|det|de|en|ett|sin|sina|sitt|hans|hennes|deras|vår|vårt|lokala|lokalavdelningen|lokalavdelning|styrelsen|kommunfullmäktige|regionfullmäktige|fullmäktige|nämnden|partiet|kyrkorådet|skolans|ungdomsförbund(?:et)?|distriktet|kretsen|avdelningen|klubben|sektionen|f\.d\.|tidigare|numera|nya)\s+){0,2}(?:(?-i:Kommunal|Vision|Vårdförbundet|Unionen|Lärarförbundet|Läkarförbundet|Fysioterapeuterna|Saco|SACO|TCO|LO|Seko|SEKO|Handels|Byggnads|Ledarna|Naturvetarna|Akavia|Jusek|DIK|Sveriges\s+Lärare|Sveriges\s+Ingenjörer|Akademikerförbundet\s+SSR|IF\s+Metall|Transport|Fastighets|Målareförbundet|Polisförbundet|Finansförbundet|Psykologförbundet|Journalistförbundet|Sveriges\s+läkarförbund|SAC)(?:s\s+@*(?:avdelning|sektion|klubb|styrelse|förbund|råd|ombud|kongress|fullmäktige)@*)?|facket|fackförbundet|fackföreningen|fackklubben|(?:lokal|)avdelning(?:en)?\s+av\s+(?-i:[A-ZÅÄÖ])@+)|fackligt\s+aktiv|facklig\s+representant",
    ),
    r(
        Union,
        0.93,
        0.6,
        "Medlemskap i fackförening",
        r"(?:medlem(?:skap)?|medlemmar|aktiv(?:a)?|engagerad(?:e)?|ansluten|anslutna|organiserad(?:e)?|företrädare|representant|ombud|ombudsman|ombudsmannen|förtroendeman|klubbordförande|arbetsplatsombud|ordförande|vice\s+ordförande|kassör|styrelseledamot|skyddsombud|huvudskyddsombud|förtroendevald|facklig(?:t|a)?\s+(?:företrädare|representant|ombud|förtroendevald|aktiv|ansluten|organiserad))(?:,)?\s+(?:i|för|på|inom|till|från)?\s*(?-i:Kommunal|Vision|Vårdförbundet|Unionen|Akademikerförbundet\s+SSR|SSR|Lärarförbundet|Sveriges\s+Lärare|Lärarnas\s+Riksförbund|Läkarförbundet|Sveriges\s+läkarförbund|Fysioterapeuterna|Saco|SACO|TCO|LO|ST|SEKO|Seko|IF\s+Metall|Handels|Byggnads|Transport|Ledarna|Sveriges\s+Ingenjörer|Naturvetarna|Jusek|Akavia|DIK|Sveriges\s+Arkitekter|Hotell-\s+och\s+restaurangfacket|Fastighets|Elektrikerförbundet|Målareförbundet|GS-facket|Livsmedelsarbetareförbundet|Polisförbundet|Farmaciförbundet|Tandläkarförbundet|Psykologförbundet|SRAT|Finansförbundet|Journalistförbundet|Kommunalarbetareförbundet|Sveriges\s+Skolledare|Skolledarförbundet|Fackförbundet\s+ST|Vårdfacket|Syndikalisterna|SAC|facket|fackförbundet|fackföreningen|en\s+fackförening)",
    ),
    r(
        Union,
        0.85,
        0.4,
        "Medlemskap i fackförening",
        r"fackmedlem(?:skap@*|mar)?|fackavgift(?:en)?|fackligt\s+(?:ansluten|anslutna|organiserad|organiserade|engagerad|aktiv|förtroendevald)|facklig\s+(?:tillhörighet|företrädare|förtroendeman)|fackföreningsmedlem@*|medlemskap\s+i\s+(?:en\s+)?fackförening(?:en)?",
    ),
    // ------------------------------------------------------------ sex life
    r(
        SexLife,
        0.88,
        0.4,
        "Sexuell läggning (genom en partner)",
        r"(?:hans|han\s+och\s+hans)\s+(?:pojkvän|make|man|fästman|manlige\s+partner)|(?:hennes|hon\s+och\s+hennes)\s+(?:flickvän|fru|hustru|maka|fästmö|kvinnliga\s+partner)|(?:lever|bor|är\s+gift|gifte\s+sig|har\s+ett\s+förhållande|är\s+sambo|lever\s+ihop)\s+(?:tillsammans\s+)?med\s+(?:en\s+)?(?:annan\s+)?(?:man|kvinna)|två\s+mammor|två\s+pappor|regnbågsfamilj(?:en)?|registrerat\s+partnerskap|kom\s+ut\s+som|kommit\s+ut\s+som|komma\s+ut\s+som",
    ),
    r(
        SexLife,
        0.93,
        0.4,
        "Sexuell läggning",
        r"homosexu(?:ell|ella|ellt|alitet|aliteten)|bisexu(?:ell|ella|ellt|alitet)|heterosexu(?:ell|ella|ellt)|transsexu(?:ell|ella)|pansexu(?:ell|ella)|asexu(?:ell|ella)|lesbisk(?:a)?|(?-i:gay)|queer|transperson(?:er)?|icke-binär(?:a)?|samkön(?:ad|ade|ada|at)(?:\s+(?:relation(?:en)?|partner|äktenskap(?:et)?|förhållande(?:t)?|par(?:et)?))?|sexuell(?:a|t)?\s+(?:läggning(?:en)?|identitet|preferens(?:er)?|orientering)|sexualliv(?:et)?|sexlivet|könsidentitet(?:en)?|könsbekräftande\s+vård|hbtqi?\+?-person(?:er)?",
    ),
    // ------------------------------------------------------------ genetic and biometric
    r(
        GeneticBiometric,
        0.9,
        0.45,
        "Genetisk undersökning (metod)",
        r"(?:hel)?genomsekvensering(?:en)?|exomsekvensering(?:en)?|kromosomanalys(?:en)?|karyotyp(?:ering)?(?:en)?|(?-i:BRCA)[12]?(?:-@+)?|anlagsbärare|bärare\s+av\s+(?:en\s+|ett\s+)?(?:@+\s+)?(?:gen(?:en)?|mutation(?:en)?|anlag(?:et)?)|mutation\s+i\s+@+genen|@+genen|släktskapsutredning(?:en)?|släktskapstest(?:et)?|faderskapsutredning(?:en)?|moderskapstest(?:et)?|genetisk\s+släktskap|arvsanalys(?:en)?|prenatal\s+diagnostik|fosterdiagnostik|(?-i:NIPT)|munhålsprov(?:et|er|erna)?|eurodac(?:-@+)?|sannolikhet(?:en)?\s+för\s+faderskap|genetiska\s+markörer|(?:dna|(?-i:DNA))-?(?:analys(?:en)?|prov(?:et)?|test(?:et)?)|kan\s+inte\s+uteslutas\s+som\s+(?:far|fader|biologisk\s+far|pappa)|[0-9]{1,2}[pq][0-9]{1,2}(?:\.[0-9]{1,2})?-?(?:mikro)?(?:deletion|duplikation|translokation)(?:en)?|(?:mikro)?deletion\s+(?:på|i)\s+kromosom\s+[0-9]{1,2}",
    ),
    r(
        GeneticBiometric,
        0.92,
        0.45,
        "Genetiska uppgifter",
        r"(?-i:DNA)(?:-@+)?|dna-@+|genetisk(?:t|a)?\s+(?:test@*|undersökning@*|analys@*|utredning@*|sjukdom@*|anlag(?:et)?|profil@*|information|uppgifter|kartläggning@*)|gentest(?:et|er)?|genanalys(?:en|er)?|gensekvensering(?:en)?|arvsanlag(?:en)?|faderskapstest(?:et)?|testa(?:des|ts|d|s)?\s+genetiskt|genetiskt\s+testa(?:d|de|t)|bär\s+(?:inte\s+)?på\s+(?:(?:det|den|ett|en)\s+)?(?:@+\s+)?(?:sjukdoms)?(?:anlag(?:et|en)?|@+anlag(?:et)?|[a-zåäö0-9]+-?variant(?:en)?|mutation(?:en)?|genen|@+genen)",
    ),
    r(
        GeneticBiometric,
        0.92,
        0.45,
        "Biometriska uppgifter",
        r"fingeravtryck(?:et|en)?|ansiktsigenkänning(?:en)?|irisskanning(?:en)?|biometrisk(?:a|t)?(?:\s+(?:uppgift@*|data|identifiering|information|mall@*))?|handflateskanning(?:en)?|röstavtryck(?:et)?",
    ),
    // ------------------------------------------------------------ generalised classes (dev3 round)
    // Health: how a person feels, sleeps, is ill ("mår dåligt", "känner sig nedstämd", "har varit sjuk").
    r(
        Health,
        0.86,
        0.25,
        "Mående eller sjukdom (i vardagliga ord)",
        r"mår\s+(?:(?:psykiskt|fysiskt|väldigt|mycket|jätte|allt|fortfarande|fortsatt|inte|så)\s+){0,2}(?:dåligt|sämre|uselt|inte\s+bra)|känn(?:er|de|t)\s+(?:(?:han|hon|hen|jag)\s+)?sig\s+(?:(?:ofta|mycket|väldigt|jätte|så|allt\s+mer|alltmer|fortfarande|mest)\s+)?(?:nedstämd@?|deprimerad@?|ledsen|ledsna|ångestfylld@?|uppgiven|hopplös@?|värdelös@?|utmattad@?|utbränd@?|sjuk@?|yr@?|svag@?|orkeslös@?|deppig@?|suicidal@?)|(?:sover|sov|sovit)\s+(?:(?:mycket|väldigt|jätte|fortfarande|allt)\s+)?(?:dåligt|illa|oroligt|inte)|(?:sova|somna)\s+inte|(?:är|var|blev|blivit|varit|vart)\s+(?:(?:borta|hemma|fortfarande|ofta|mycket|svårt|allvarligt|väldigt|jätte|lite|långvarigt|kroniskt|nu|sedan\s+länge)\s+){0,2}sjuk(?:a)?(?:\s+i\s+@+)?",
    ),
    // Health: dependence on care or aids, needs of supervision, loss of a faculty.
    r(
        Health,
        0.86,
        0.3,
        "Omvårdnadsbehov eller förlorad förmåga",
        r"(?:är|blir|blev|varit|blivit)\s+(?:helt\s+)?beroende\s+av\s+(?:hjälp|@*lift|@*lyft|rullstol(?:en)?|rollator(?:n)?|syrgas(?:en)?|dialys(?:en)?|respirator(?:n)?|andningshjälp|assistans|assistent(?:er)?|permobil(?:en)?|hjälpmedel|insulin|sond(?:en)?|kateter)|(?:behöver|behövde|har\s+behov\s+av|kräver|krävde)\s+(?:ständig\s+|konstant\s+|fortlöpande\s+)?(?:tillsyn|övervakning|hjälp|stöd|omvårdnad|passning)\s+(?:dygnet\s+runt|hela\s+dygnet|nattetid|på\s+natten|dag\s+och\s+natt|hela\s+tiden)|saknar\s+(?:(?:helt|nästan|talat|verbalt)\s+)?(?:språk|tal|talförmåga|synförmåga|hörsel|syn|förmåga\s+att\s+@+)|(?:näring|mat|vätska|läkemedel)\s+(?:delvis\s+|enbart\s+|helt\s+)?(?:via|genom)\s+(?:sond|(?-i:PEG)|knapp|dropp|gastrostomi)|(?-i:PEG)(?:-sond@*)?",
    ),
    // Health: an injury or a sign on a part of the body ("en spricka i handleden", "sår på hälen", "blåmärken på underbenen").
    r(
        Health,
        0.86,
        0.3,
        "Skada eller tecken på kroppsdel",
        r"(?:spricka|sprickor|brott|fraktur|sår|skrubbsår|skärsår|brännsår|bett|blåmärken|blåmärke|blåmärkena|utslag|svullnad|rodnad|knöl|knölar|ärr|ärren|infektion|inflammation|bula|stukning)\s+(?:i|på)\s+(?:vänster\s+|höger\s+|båda\s+|hela\s+)?(?:under|över|fram|bak)?(?:huvud(?:et)?|panna(?:n)?|ansikte(?:t)?|näsa(?:n)?|käke(?:n)?|öga(?:t)?|ögon(?:en)?|nacke(?:n)?|hals(?:en)?|axel(?:n)?|axlar(?:na)?|arm(?:en|ar|arna)?|armbåge(?:n)?|handled(?:en|erna)?|hand(?:en)?|händer(?:na)?|fingr(?:et|ar|arna)|finger|tumme(?:n)?|revben(?:et|en)?|bröstkorg(?:en)?|rygg(?:en)?|höft(?:en|erna)?|lår(?:et|en)?|knä(?:t|na|n)?|ben(?:et|en)?|vad(?:en|orna)?|fotled(?:en|erna)?|fot(?:en)?|fötter(?:na)?|häl(?:en|arna)?|tå(?:n)?|tår(?:na)?|mage(?:n)?|buk(?:en)?|skinka(?:n)?|stjärt(?:en)?|hud(?:en)?|kropp(?:en)?)|(?:min|mitt|mina|hans|hennes|sin|sitt|sina)\s+(?:huvud|nacke|rygg|axel|axlar|arm|armar|hand|händer|knä|knän|ben|fot|fötter|höft|mage|hals|öra|öron|tänder|leder|muskler)\s+(?:gör\s+)?(?:(?:mycket|jätte|väldigt|så|fortfarande|ofta)\s+)?(?:ont|värker|smärtar|domnar)",
    ),
    // Health: a body part in a poor state, a movement a person can no longer make, the mind's state
    // in a statement ("Knäna är också dåliga", "kan inte gå i trappor", "kognitivt intakt").
    r(
        Health,
        0.84,
        0.3,
        "Hälsa (kroppens tillstånd i vardagliga ord)",
        r"(?:knäna|knät|ryggen|höften|höfterna|axeln|axlarna|nacken|magen|hjärtat|lungorna|benen|benet|fötterna|foten|händerna|handen|ögonen|ögat|hörseln|synen|minnet|balansen|lederna|huvudet)\s+(?:är|har\s+blivit|blir|blev|var)\s+(?:(?:också|ju|väldigt|mycket|allt|lite|ganska|så)\s+){0,2}(?:dålig(?:a|t)?|sämre|värre|som\s+värst|svag(?:a|t)?|stel(?:a|t)?|svullen|svullna|svullet|öm(?:ma|t)?|nedsatt|nedsatta|slut|utslitna?)|(?:kan|klarar|orkar)\s+(?:(?:inte|inte\s+längre|knappt|inte\s+själv|numera\s+inte)\s+)(?:att\s+)?(?:gå\s+i\s+trapp(?:a|or|an|orna)|gå\s+(?:längre|mer)\s+än|gå\s+utan|gå\s+själv|stå\s+(?:längre|själv|utan)|resa\s+sig|ta\s+sig\s+(?:ut|upp|ner|fram)|lyfta\s+@+|sköta\s+sin\s+hygien|klä\s+på\s+sig)|kognitiv(?:t)?\s+(?:intakt|påverkad|nedsatt|sviktande|svikt)|(?:tagit|tar|tog|glömt|glömmer|glömde|slutat\s+ta|vägrar\s+ta|vägrat\s+ta)\s+(?:(?:inte|sin|sina|hans|hennes|regelbundet)\s+){0,2}(?:medicin(?:en|er|erna)?|tabletter(?:na)?|läkemedl(?:et|en)|insulin(?:et)?)|(?:medicin(?:en|erna)|tabletterna|läkemedlen)\s+(?:har\s+)?(?:inte\s+)?(?:tagits|tas|togs)",
    ),
    // Health: lab values and measurements about a patient (medical shorthand: "Hb 92", "TPK 61", "BMI 16,6").
    r(
        Health,
        0.86,
        0.3,
        "Provsvar eller mätvärde",
        r"(?-i:Hb|B-Hb|LPK|TPK|EVF|MCV|CRP|HbA1c|P-glukos|B-glukos|fP-glukos|TSH|PSA|INR|ALAT|ASAT|Krea|Kreatinin|kreatinin|eGFR|Ferritin|ferritin|BMI|Puls|puls|SpO2|Blodtryck|blodtryck|neutrofila|Neutrofila|Trombocyter|trombocyter|Leukocyter|leukocyter|BT|Sat|sat|Saturation|saturation|Saturationen|saturationen|Temp|temp|AF|Andningsfrekvens|andningsfrekvens|Hjärtfrekvens|hjärtfrekvens|Kammarfrekvens|kammarfrekvens|kammarfrekvensen|Pulsen|pulsen|Blodtrycket|blodtrycket)(?:\s+(?:i\s+vila|vid\s+ansträngning|i\s+sittande|i\s+liggande))?(?:\s+(?:sjunker|sjönk|steg|stiger|ligger|låg|var|är)(?:\s+(?:från|till|på|kring|runt))?)?\s*[:,]?\s*(?:[<>]\s*)?[0-9]+(?:[,.][0-9]+)?(?:\s*(?:/|–|-)\s*[0-9]+(?:[,.][0-9]+)?)?(?:\s*(?:g/l|mmol/l|mg/l|µmol/l|mikromol/l|%|kg|slag/min|/min|°C?))?",
    ),
    // Health: medical shorthand for a past procedure or state ("st.p. kolecystektomi").
    r(Health, 0.88, 0.35, "Tillstånd efter ingrepp (förkortning)", r"(?-i:st\.\s?p\.|St\.\s?p\.|s/p)\s+@+(?:\s+(?:19|20)[0-9]{2})?"),
    // Health: starting, following or finishing a treatment; treated at a unit.
    r(
        Health,
        0.86,
        0.3,
        "Behandling",
        r"(?:påbörjat|påbörjade|påbörjar|inlett|inledde|avslutat|avslutade|genomgår|genomgått|genomgick|fullföljt|avbrutit|avbröt)\s+(?:en\s+|sin\s+)?(?:@*behandling(?:en)?|@*terapi(?:n)?|rehabilitering(?:en)?|(?-i:KBT)|samtalsstöd(?:et)?|@*kur(?:en)?|dialys(?:en)?|operation(?:en)?)|behandla(?:s|des|ts)\s+(?:vid|på|inom|hos)\s+@+|(?:kräkts|kräktes|kräks|kräkas|spydde|spytt|svimmade|svimmat|svimmar|kollapsade|kollapsat)",
    ),
    // Social services: the named services of SoL and LSS received by someone, and a guardianship.
    r(
        SocialWelfare,
        0.84,
        0.35,
        "Insats enligt SoL eller LSS",
        r"ledsagarservice(?:n)?|avlösarservice(?:n)?|korttidsvistelse(?:n|r)?|(?:bor|bodde|boende|flyttade|flyttat|flyttar|placerad@?|plats|flytta)\s+(?:på|till|i)\s+(?:ett\s+|en\s+)?(?:@+s\s+)?(?:(?:vård-\s+och\s+)?omsorgsboende(?:t|n)?|@*äldreboende(?:t)?|@*demensboende(?:t)?|särskilt\s+boende|@*servicebostad(?:en)?|@*gruppbostad(?:en)?|@*gruppboende(?:t)?|bostad\s+med\s+särskild\s+service|korttidshem(?:met)?|korttidsboende(?:t)?)|(?:är|blev|har\s+varit|var|som)\s+(?:hans|hennes|deras|min|mitt|sin|dess)\s+(?:god\s+man|förvaltare|ställföreträdare)|(?:hans|hennes|deras|min|sin|har)\s+(?:en\s+)?god\s+man|förvaltarskap(?:et)?|godmanskap(?:et)?",
    ),
    // Social services: contact taken or help sought ("kontakt tas med socialtjänsten", "hjälp av någon från socialtjänst").
    r(
        SocialWelfare,
        0.86,
        0.4,
        "Kontakt med socialtjänsten",
        r"(?:kontakt(?:er)?(?:\s+(?:tas|togs|tagits|har\s+tagits|tagen))?\s+med|hjälp\s+(?:av|från)|stöd\s+(?:av|från)|råd\s+(?:av|från))\s+(?:någon\s+(?:från|på|inom)\s+)?(?:socialtjänst(?:en|ens\s+@+)?|socialförvaltningen(?:s\s+@+)?|socialen|socialsekreterare(?:n)?|missbruksenhet(?:en)?|beroendeenhet(?:en)?|försörjningsenhet(?:en)?|familjeenhet(?:en)?|barn-\s+och\s+familjeenhet(?:en)?)",
    ),
    // Social services: addiction told as a state ("har ett dokumenterat missbruk", "har ett alkoholberoende").
    r(
        SocialWelfare,
        0.88,
        0.35,
        "Missbruk eller beroende",
        r"(?:har|hade|haft)\s+(?:ett\s+|en\s+)?(?:(?:dokumenterat|känt|långvarigt|pågående|allvarligt|tidigare|omfattande|grovt)\s+)?(?:@*missbruk|@*beroende)(?:sproblem@*)?(?:\s+av\s+(?:alkohol|droger|narkotika|läkemedel|spel|cannabis|kokain|amfetamin|opioider|tabletter))?|(?-i:AA)-möte@*|anonyma\s+alkoholister|(?-i:NA)-möte@*",
    ),
    // Criminal: what a court or a report states of the accused; violence, theft and fraud in words.
    r(
        Criminal,
        0.88,
        0.35,
        "Brott eller påföljd",
        r"(?:erkänt|erkände|erkänner|förnekar|förnekat|förnekade|bestrider|bestritt|bestred)\s+(?:(?:han|hon|hen|den\s+tilltalade)\s+)?(?:brott|brottet|brotten|gärningen|gärningarna|ansvar\s+för\s+@+|@+brottet|@+brotten)|näringsförbud(?:et)?|körkortsåterkallelse(?:n)?|(?:körkortet|körkort)\s+(?:har\s+|hade\s+)?(?:återkallats|återkallades|återkallat|dragits\s+in|drogs\s+in)|saknade\s+(?:giltigt\s+)?körkort|[0-9]+[,.][0-9]+\s+promille(?:\s+alkohol)?(?:\s+i\s+blodet)?|[0-9]+[,.][0-9]+\s+mg/l(?:\s+i)?\s+utandningsluft(?:en)?|(?:körkortet|körkort)\s+(?:var|är|hade\s+varit)\s+återkallat|(?:lämnat|lämnade|lämnar|lämna)\s+oriktig(?:a)?\s+uppgift(?:er)?(?:\s+i\s+@+)?|(?:slog|slagit|slår|sparkade|sparkat|sparkar|knuffade|knuffat|örfilade|örfilat|nypte|nypt|ströp|strypt|hotade|hotat|hotar|misshandlade|misshandlat|våldtog|våldtagit|förföljde|förföljt|trakasserade|trakasserat|lurade|lurat|bedrog|bedragit)\s+(?:(?:han|hon|hen)\s+)?(?:henne|honom|hen|mig|dem|oss|barnet|barnen|målsäganden|målsägandena|sin\s+@+|sina\s+@+|sitt\s+@+|hennes\s+@+|hans\s+@+|en\s+@+|ett\s+@+)(?:\s+(?:i|på|med)\s+@+)?|(?:tagit|tog|tar|stulit|stal|stjäl|snattat|snattade|förskingrat|förskingrade)\s+(?:pengar|kontanter|varor|läkemedel|narkotika|smycken|@*kort(?:et)?)(?:\s+(?:ur|från)\s+@+)?|(?:grov\s+|grovt\s+)?(?:olovlig\s+körning|drograttfylleri|hastighetsöverträdelse|fortkörning|ärekränkning|förolämpning|mened|svindleri|trolöshet\s+mot\s+huvudman|osann\s+försäkran|givande\s+av\s+muta|mordbrand|allmänfarlig\s+ödeläggelse|narkotikaförseelse|vållande\s+till\s+kroppsskada|arbetsmiljöbrott|miljöbrott|hatbrott|tullbrott|smugglingsbrott|dopningsbrott|vapenlagsbrott|ordningsstörning|förargelseväckande\s+beteende)",
    ),
    // Union: membership stated after the union's name ("Vision, där han är ansluten").
    r(
        Union,
        0.88,
        0.45,
        "Medlemskap i fackförening",
        r"(?-i:Kommunal|Vision|Vårdförbundet|Unionen|Lärarförbundet|Läkarförbundet|Sveriges\s+Lärare|Akademikerförbundet\s+SSR|IF\s+Metall|Handels|Byggnads|Ledarna|Seko|SEKO|Saco|TCO|LO|Fysioterapeuterna|Naturvetarna|Akavia|Transport|Fastighets)(?:s\s+@+)?,?\s+(?:där|i\s+vilket|i\s+vilken|vars\s+medlem)\s+(?:@+\s+){1,3}(?:är|var|blev|har\s+varit)\s+(?:medlem|ansluten|organiserad|aktiv)",
    ),
    // Religion: practice stated about a person (dietary laws, fasts and feasts).
    r(
        Religion,
        0.88,
        0.35,
        "Religiös sedvänja",
        r"(?:äter|äta|åt|serveras|kräver|behöver|vill\s+ha)\s+(?:bara\s+|endast\s+|enbart\s+)?(?:halal@*|kosher@*|koscher@*)|halal(?:slakta(?:t|de|d)?|kött(?:et)?|mat(?:en)?)|kosher(?:mat(?:en)?)?|koscher(?:mat(?:en)?)?|(?:fastar|fastade)\s+(?:på|varje|inför)\s+(?:onsdagar|fredagar|måndagar|påsk@*|jul@*|@+dagar(?:na)?)(?:\s+och\s+@+)?|l(?:æ|ae|a)stadian(?:er|erna|ska|sk|skt|ismen)?|(?:firar|firade|fira|fastar|fastade|fasta|håller|höll)\s+(?:under\s+)?(?:ramadan(?:en)?|eid|id\s+al-fitr|bajram|sabbat(?:en)?|jom\s+kippur|pesach|diwali|ramadanfastan)(?:\s+med\s+@+)?|ramadan(?:en)?|ber\s+(?:fem\s+gånger\s+om\s+dagen|till\s+allah|till\s+gud)",
    ),
    // Religion: taking part in worship, a family of a faith, asking for a cleric.
    r(
        Religion,
        0.88,
        0.35,
        "Religiös praktik",
        r"(?:går|gick|brukar\s+gå|deltar|deltog)\s+(?:ibland\s+|ofta\s+|regelbundet\s+|varje\s+@+\s+)?(?:i|på|till)\s+(?:(?:den|det|de)\s+(?:@+\s+){0,2}(?:kyrkans|församlingens|moskéns)\s+)?(?:gudstjänst(?:en|er|erna)?|mässa(?:n|n)?|högmässa(?:n)?|fredagsbön(?:en)?|moskén|synagogan|kyrkan\s+(?:varje|på)\s+@+)|(?:laestadiansk|frikyrklig|muslimsk|judisk|katolsk|ortodox|troende|kristen|religiös|pingstkyrklig)\s+familj(?:\s+i\s+(?-i:[A-ZÅÄÖ])@+)?|(?:bett|ber|bad|önskar|önskade|vill\s+ha)\s+(?:om\s+)?(?:ett\s+)?besök\s+av\s+(?:en\s+)?(?:imam|präst|rabbin|diakon|pastor|sjukhuspräst|sjukhusimam)|inför\s+fredagsbönen|(?:är|var|har\s+(?:alltid\s+)?varit|blivit)\s+(?:djupt\s+|mycket\s+|starkt\s+)?(?:troende|religiös|praktiserande\s+@+)|(?:sin|hans|hennes|min)\s+(?:middags|kvälls|morgon|fredags|afton)?bön|(?:går|gick|följer\s+med|deltar)\s+(?:@+\s+){0,3}(?:på|i|till)\s+andakt(?:en|erna)?|(?:fastar|fastade|fastan\s+under)\s+(?:han|hon|hen|jag|under|i|inför)\s+(?:ramadan|fastan|påskfastan|fram\s+till)",
    ),
    // Sex life: orientation in a short or colloquial word ("hon är bi").
    r(
        SexLife,
        0.86,
        0.3,
        "Sexuell läggning",
        r"(?:är|var|som\s+är)\s+(?:(?:öppet|själv|ju|väl|nog|också|ändå|faktiskt|visst)\s+){0,2}(?:bi|bög|flata|homo|lesbisk|gay)",
    ),
    // Sex life: intercourse stated of someone (a paternity case: "hade sexuellt umgänge under våren").
    r(
        SexLife,
        0.86,
        0.3,
        "Sexuellt umgänge",
        r"sexuellt\s+(?:umgänge|förhållande|samröre)|(?:hade|haft|har)\s+(?:(?:inte|aldrig)\s+)?samlag(?:\s+med\s+@+(?:\s+@+)?)?",
    ),
    // Ethnicity: a slur for an ethnic group, said of a person ("kallat honom tattare").
    r(
        Ethnicity,
        0.85,
        0.45,
        "Nedsättande ord om en etnisk grupp",
        r"zigenar(?:e|en|na|kvinna|kvinnan|unge|ungar|jävel)|tattar(?:e|en|na|unge|ungar|jävel|pack)|svartskall(?:e|en|ar|arna)|blatt(?:e|en|ar|arna)|(?:kurd|arab|turk|somali|afghan|polack|jugge|finn|lapp|jude|neger|rom|ryss|perser|iranier|syrier|eritrean|zigenar|tattar|blatte|svarting|negr)(?:jävel|djävel|jävlar|djävlar|jäveln|djäveln|hora|horan|pack|packet|fan|svin|svinet|apa|apan|unge|ungen|ungar)",
    ),
    // Religion: prayer as a habit ("ber fem gånger om dagen").
    r(
        Religion,
        0.85,
        0.35,
        "Bön som vana",
        r"(?:ber|bad|brukar\s+be)\s+(?:(?:ju|ändå|väl|nog|också|alltid)\s+){0,2}(?:fem|tre|två|flera|[0-9]+)\s+gånger\s+(?:om|per|i)\s+(?:dagen|dan|dygnet)",
    ),
    // Religion: practice told in plain words – prayer, ritual washing, fasting, communion, a funeral by
    // a faith's custom, a congregation grown up in or left ("behöver hjälp med tvagningen").
    r(
        Religion,
        0.85,
        0.35,
        "Religiös praktik (i vardagliga ord)",
        r"(?:be|bad|ber|bett|läser|läste)\s+(?:sina\s+|sin\s+|@+\s+)?(?:böner(?:na)?|bön(?:en)?|@+bönen|@+böner(?:na)?)|tvagning(?:en|ar)?|rituell(?:a)?\s+tvätt@*|nattvard(?:en)?|(?:begravning|tvättning|jordfästning|begravas)(?:\s+och\s+@+)?\s+enligt\s+(?:islamisk|muslimsk|kristen|judisk|ortodox|katolsk|buddhistisk|hinduisk|svensk\s+kyrklig)\s+sed|(?:vänds?|vänt|riktad)\s+mot\s+mecka|av\s+religiösa\s+skäl|(?:talade|pratade|samtalade|samtal)\s+om\s+(?:fastan|ramadan|tron|gud|bönen|döden\s+och\s+tron)|(?:behöver|måste|vill|ska)\s+(?:inte\s+)?fasta|(?:växte\s+upp|vuxit\s+upp|uppvuxen|lämnade|gick\s+ur|gått\s+ur|döptes|konfirmerades)\s+(?:i\s+)?(?:svenska\s+kyrkan|@*församlingen|@*kyrkan|samfundet|@*församling)|(?:shia|sunni)muslim(?:sk|ska|er)?|(?:fastade|fastar|fastat)\s+(?:han|hon|hen|jag|de|vi)|borgerlig(?:a)?\s+(?:begravning|jordfästning|vigsel)(?:en)?|(?:be|ber|bett|bad)\s+(?:varje|fem\s+gånger\s+om)\s+(?:kväll|morgon|dag|dagen)|bad\s+om\s+(?:en\s+)?(?:andakt|bön|välsignelse|präst|imam)|andakt\s+vid\s+sängen|(?:är|blev|var)\s+(?:döpt|konfirmerad)(?:\s+och\s+(?:döpt|konfirmerad))?|kyrkobokförd(?:a)?|(?:är|var)\s+(?:@+\s+)?med\s+i\s+(?:(?:islamiska|muslimska|kristna|judiska|katolska|ortodoxa|syrianska)\s+@+|pingst@+)(?:\s+i\s+(?-i:[A-ZÅÄÖ])@+)?",
    ),
    // Union: one's own union named ("mitt fack, Kommunal").
    r(
        Union,
        0.9,
        0.5,
        "Medlemskap i fackförbund",
        r"(?:mitt|hans|hennes|vårt|sitt|deras)\s+fack(?:förbund)?,?\s+(?-i:Kommunal|Vision|Vårdförbundet|Unionen|Lärarförbundet|Sveriges\s+Lärare|Läkarförbundet|IF\s+Metall|Handels|Byggnads|Ledarna|Seko|Transport|Fastighets|Akademikerförbundet\s+SSR)",
    ),
    // Social welfare: a municipal service received or refused ("tackat nej till hemtjänst", "Trygghetslarm").
    r(
        SocialWelfare,
        0.85,
        0.3,
        "Insats från socialtjänsten eller äldreomsorgen",
        r"(?:tackat\s+nej\s+till|tackade\s+nej\s+till|ansökt\s+om|ansöker\s+om|beviljats|beviljad|beviljades|avslag\s+på|avböjt|avböjde)\s+(?:@+\s+)?(?:hemtjänst(?:en)?|trygghetslarm(?:et)?|matdistribution(?:en)?|dagverksamhet(?:en)?|korttidsboende|särskilt\s+boende|ledsagning|avlösning)|trygghetslarm(?:et)?",
    ),
    // Union: membership said with "med i" ("jag är med i Kommunal").
    r(
        Union,
        0.9,
        0.5,
        "Medlemskap i fackförbund",
        r"(?:är|var|blev|gick|har\s+varit|och)\s+(?:(?:ju|också|även|fortfarande|själv)\s+)?med\s+i\s+(?:facket|fackförbundet|fackföreningen|(?-i:Kommunal|Vision|Vårdförbundet|Unionen|Lärarförbundet|Sveriges\s+Lärare|Läkarförbundet|Akademikerförbundet\s+SSR|IF\s+Metall|Handels|Byggnads|Ledarna|Seko|SEKO|Transport|Fastighets|Fysioterapeuterna|Naturvetarna|Akavia|Sveriges\s+Ingenjörer|Polisförbundet|Finansförbundet|Journalistförbundet|Målareförbundet|Elektrikerförbundet|GS-facket|Livsmedelsarbetareförbundet))",
    ),
    // Social welfare: a home of elderly or disability care named by itself ("Boende: vård- och
    // omsorgsboende", "Ljusnegårdens äldreboende"): where a person lives because of a decision.
    r(
        SocialWelfare,
        0.85,
        0.3,
        CARE_HOME,
        r"(?:(?-i:[A-ZÅÄÖ])@+s\s+)?(?:vård-\s+och\s+omsorgsboende(?:t|n)?|omsorgsboende(?:t|n)?|@*äldreboende(?:t)?|@*demensboende(?:t)?|särskilt\s+boende|särskilda\s+boendet|korttidsboende(?:t)?|@*gruppbostad(?:en)?|@*gruppboende(?:t)?|servicebostad(?:en)?|bostad\s+med\s+särskild\s+service)",
    ),
    // ------------------------------------------------------------ records of care, contact tracing, faith, acts (final12)
    // A child health or care record's measures, tests and doses ("Födelsevikt 3 240 g", "EPDS 15
    // poäng", "rotavirusvaccin dos 1 givet", "PKU-prov taget", "Lätt gulsot dag 3").
    r(
        Health,
        0.86,
        0.3,
        "Mått, prov eller vaccination i en journalanteckning",
        r"(?:födelsevikt(?:en)?|födelselängd(?:en)?|vikt(?:en)?|längd(?:en)?|huvudomfång(?:et)?)(?:\s+(?:idag|i\s+dag|nu|vid\s+födseln|vid\s+besöket))?\s*:?\s*[0-9][0-9 ]{0,5}(?:[,.][0-9]+)?\s*(?:g|gram|kg|cm)(?:\s*\((?:[+–-]\s*)?[0-9]+(?:[,.][0-9]+)?\s*%\))?|(?-i:EPDS|MADRS|PHQ-9|GAD-7|MMSE)(?:-skattning(?:en)?)?\s*:?\s*[0-9]+(?:\s*poäng|\s*p)?|(?-i:PKU)(?:-prov(?:et)?)?(?:\s+taget)?|(?:@+-)?@*vaccin(?:ation|et)?(?:\s+@+){0,3}\s+dos\s+[0-9]+(?:\s+giv(?:en|et|na))?|dos\s+[0-9]+\s+giv(?:en|et)|(?:lätt\s+|kraftig\s+)?gulsot(?:en)?(?:\s+dag\s+[0-9]+)?|navelbråck(?:et)?|(?:hel|del)?amning(?:en)?(?:\s+fungerar\s+(?:bättre|sämre|bra|dåligt))?",
    ),
    // Health: a test's result and a cold told plainly ("kontrollprov negativt", "Chlamydia
    // trachomatis påvisad", "förkyld med pip i bröstet", "sover bättre").
    r(
        Health,
        0.84,
        0.3,
        "Provsvar eller symtom (i vardagliga ord)",
        r"(?:prov(?:svar(?:et)?)?|kontrollprov(?:et)?|provet|testet|odlingen|(?-i:PCR))\s+(?:var\s+|är\s+|blev\s+|visade\s+)?(?:negativt|positivt|negativ|positiv)|(?:(?-i:[A-ZÅÄÖ])@+\s+)?@+\s+påvisad(?:es|e)?(?:\s+\((?-i:PCR)\))?|förkyld(?:a)?(?:\s+med\s+(?:mycket\s+)?(?:pip|väsningar|hosta|feber)(?:\s+i\s+bröstet)?)?|(?:pip|väsningar)\s+i\s+bröstet|sover\s+(?:bättre|sämre|oroligt)",
    ),
    // Sex life: sexual contacts stated about a person (contact tracing, a complaint).
    r(
        SexLife,
        0.88,
        0.35,
        "Sexuella kontakter om en utpekad person",
        r"(?:(?:bara|endast|inte|aldrig|också|även)\s+)?(?:haft|har|hade)\s+(?:(?:bara|endast|också|även|inte|aldrig)\s+)?(?:(?:oskyddat|oskyddad|skyddat|tillfälligt|tillfällig)\s+)?(?:sex|samlag|sexuellt\s+umgänge|sexuella\s+kontakter|analsex|oralsex)\s+med\s+(?:@+\s+){0,2}@+|(?:(?:inte\s+)?haft\s+)?(?:någon\s+)?(?:tillf\.|tillfällig(?:a)?|fast(?:a)?|ny|nya|annan|andra|tidigare)\s+sexpartner@*|sexpartner(?:n|s|e?r|erna)?|sexuell(?:a)?\s+kontakt(?:er(?:na)?)?(?:\s+under\s+(?:de\s+)?senaste\s+@+)?",
    ),
    // Religion: dress, prayer and fasting told about a person ("bär sjal och ber två gånger under
    // arbetsdagen", "ber på min rast", "p.g.a. fastan", "halal"), leaving the church, a funeral
    // without a priest.
    r(
        Religion,
        0.86,
        0.35,
        "Religiös klädsel, bön eller fasta om en utpekad person",
        r"(?:min|sin|din|hennes|(?:bär|bar|burit|ta\s+av\s+(?:dig|sig)|tog\s+av\s+sig|tar\s+av\s+sig)(?:\s+(?:en|sin|min|din))?)\s+(?:sjal(?:en)?|slöja(?:n)?|hijab(?:en)?|huvudduk(?:en)?|niqab(?:en)?|kippa(?:n)?|turban(?:en)?)(?:\s+och\s+ber\s+(?:@+\s+){0,4}@+)?|(?:ber|bad|be)\s+(?:på\s+(?:min|sin|hennes|hans)\s+rast|(?:@+\s+)?gånger\s+(?:om\s+dagen|under\s+arbetsdagen|per\s+dag)|under\s+(?:rasten|arbetsdagen|lunchen))|(?:om\s+)?(?:en\s+)?(?:plats|rum|lokal)\s+för\s+bön|(?:p\.\s?g\.\s?a\.|på\s+grund\s+av|under|inför)\s+fastan|fastar(?:\s+\(ramadan\))?|halal(?:kost|mat)?|utträtt\s+ur\s+(?:Svenska\s+kyrkan|kyrkan|församlingen)(?:\s+[0-9]{4})?|(?:ville|vill|önskade)\s+(?:inte\s+)?ha\s+(?:någon\s+)?präst|borgerlig(?:t)?\s+(?:ceremoni|akt|begravning)(?:\s+med\s+officiant)?",
    ),
    // Criminal: prison, a report made, a blow and an assault on a person's dress.
    r(
        Criminal,
        0.86,
        0.35,
        "Brott, anstalt eller anmälan om en utpekad person",
        r"sitter\s+(?:på|i)\s+(?:anstalt(?:en)?|fängelse(?:t)?|häkte(?:t)?)(?:\s+i\s+(?-i:[A-ZÅÄÖ])@+)?|polisen\s+har\s+fått\s+(?:en\s+)?anmälan|(?:har|hade)\s+(?:polisanmält\s+(?:det|honom|henne|dem|händelsen|saken)(?:\s+för\s+@+)?|anmält\s+(?:det|honom|henne|dem|händelsen|saken)\s+till\s+polisen)|(?:blev|blivit|var)\s+slagen\s+(?:på|i)\s+@+|slagen\s+på\s+@+|(?:ryckte|ryckt|drog|dragit|slet|slitit)\s+(?:(?:han|hon|hen)\s+)?i\s+(?:(?:min|hennes|hans|sin)\s+)?(?:sjal|slöja|hijab|huvudduk)(?:en|n)?(?:\s+bakifrån)?",
    ),
    // Social welfare: alcohol and drug tests, an LSS service, assistance applied for, home care
    // by frequency or decision, a social worker met.
    r(
        SocialWelfare,
        0.86,
        0.35,
        "Alkohol- eller drogprov, LSS-insats eller bistånd om en utpekad person",
        r"(?-i:PEth|CDT)(?:-prov(?:et)?|-värde(?:t)?)?(?:\s+(?:under|över)\s+[0-9]+(?:[,.][0-9]+)?\s*(?:µmol/l|mikromol/l))?|(?:lämnat|lämnar|lämnade)\s+(?:rena|positiva|negativa)\s+(?:urin)?prov(?:er)?(?:\s+sedan\s+@+)?|drogfri(?:het)?|(?:beslut\s+om|har|fått|beviljats?|genom|ansökt\s+om|ansöka\s+om)\s+(?:(?:praktik|plats)\s+(?:genom|inom|på)\s+)?daglig\s+verksamhet(?:\s+enligt\s+[0-9]+\s*§\s*[0-9]+\s*(?-i:LSS))?|(?:ansöka|ansöker|ansökt|ansökte|söka|söker|sökt)\s+om\s+bistånd(?:\s+i\s+form\s+av\s+@+)?|hemtjänst(?:en)?\s+(?:[0-9]+|en|två|tre|fyra|fem|sex)\s+(?:gånger|veckor|dagar|timmar)(?:\s+(?:om|i|per)\s+(?:dagen|veckan|dygnet))?|(?:hemtjänst(?:en)?|trygghetslarm(?:et)?)\s+(?:beviljad(?:es)?|beviljat)(?:\s+tillfälligt)?|hemtjänst(?:en)?\s+för\s+(?:min|hans|hennes|sin|vår)\s+@+|kontakt(?:en)?\s+(?:med\s+)?soc(?:ialen)?|(?:träffat|träffar|träffade)\s+(?:sin|hans|hennes)\s+(?:nya\s+)?handläggare",
    ),
    // Union: a union's representative in the genitive, a branch ("Kommunals representant").
    r(
        Union,
        0.86,
        0.4,
        "Fackligt uppdrag eller medlemskap",
        r"(?-i:Kommunals|Visions|Vårdförbundets|Unionens|Byggnads|Handels|Sekos|Akademikerförbundet\s+SSR:s|Lärarförbundets)\s+(?:representant|ombud|ombudsman|huvudskyddsombud|skyddsombud|förtroendevald@*)|(?-i:Skogs-\s+och\s+träfacket|Kyrkans\s+Akademikerförbund|Lärarnas\s+Riksförbund)",
    ),
    // Health: injuries, pain, falls and aids of daily life told plainly ("Bruten handled höger",
    // "fortfarande har ont", "åkte ambulans till Östersunds sjukhus", "fick druvsocker",
    // "färdtjänst" as how a person travels, "remiss till BMM").
    r(
        Health,
        0.84,
        0.3,
        "Skada, smärta eller vård (i vardagliga ord)",
        r"(?:bruten|brutet|brutna|bröt|brutit)\s+(?:sin\s+|den\s+|(?:höger|vänster)\s+)?(?:handled(?:en)?|arm(?:en)?|ben(?:et)?|fot(?:en)?|höft(?:en)?|handen|näsa(?:n)?|revben(?:en)?|nyckelben(?:et)?|lårben(?:et)?|lårbenshals(?:en)?|fotled(?:en)?|finger|fingret|käke(?:n)?|tå|tån)(?:\s+(?:höger|vänster))?|fortfarande\s+har\s+ont|ömhet\s+(?:över|i|vid)\s+@+|@*felställning(?:en)?|(?:viss\s+)?stelhet(?:en)?\s+(?:kan\s+)?(?:kvarstå|kvarstår|i\s+@+)|ryckningar\s+i\s+@+(?:\s+och\s+@+)?(?:\s+i\s+ca\s+[0-9]+\s*min)?|(?:åka|åkte|åkt|fick\s+åka)\s+ambulans(?:\s+till\s+(?-i:[A-ZÅÄÖ])@+(?:\s+sjukhus)?)?|druvsocker|(?:lågt|högt)\s+blodsocker|blodsockret\s+(?:var|är|låg|ligger)\s+(?:på\s+)?[0-9]+(?:[,.][0-9]+)?|kolhydraträkn@*|hostar(?:\s+fortfarande)?|(?:åker|åkte|åka|reser|med|har|hade|fått|beviljats?)\s+färdtjänst|(?:egen)?remiss(?:en)?\s+(?:till\s+(?:(?-i:BMM|BUP|BVC)|@*mottagning(?:en)?|@*kliniken|vårdcentral(?:en)?|sjukhus(?:et)?|psykiatri(?:n)?|fysioterapeut(?:en)?|sjukgymnast(?:en)?)(?:\s+(?-i:[A-ZÅÄÖ])@+)?|skickad)|(?:tid|besök)\s+(?:på|hos)\s+@*mottagning(?:en)?(?:\s+i\s+(?-i:[A-ZÅÄÖ])@+)?|(?:kontakt|samtal)(?:en)?\s+med\s+(?:(?-i:BVC|BUP|BMM)-)?(?:psykolog(?:en)?|kurator(?:n)?|företagshälsovården|skolsköterskan|barnmorska(?:n)?)(?:\s+fortsätter)?|(?:inte|ej)\s+(?:bör|får|ska|kan)\s+lyfta\s+(?:mer\s+än|över)\s+[0-9]+\s*kg",
    ),
    // Social welfare: an investigation about one's children or under 11 kap. 1 § SoL, closed
    // without measures; a relapse-prevention programme.
    r(
        SocialWelfare,
        0.86,
        0.35,
        "Utredning eller behandling inom socialtjänsten",
        r"utredning(?:en|särende(?:t)?)?\s+(?:om\s+(?:mina|hans|hennes|sina|våra|deras)\s+barn|enligt\s+11\s+kap\.?\s*1\s*§\s*(?:socialtjänstlagen|(?-i:SoL)))|utredningen\s+(?:avslutades|avslutats|lades\s+ned|har\s+avslutats)(?:\s+[0-9]{4}-[0-9]{2}-[0-9]{2})?\s+utan\s+(?:insats|åtgärd)(?:er)?|återfallsförebyggande\s+(?:program@*|behandling(?:en)?|samtal)(?:\s+\((?-i:[A-ZÅÄÖ])@+(?:,\s+@+)?\))?",
    ),
    // Ethnicity: a group named at people addressed ("ni somalier").
    r(
        Ethnicity,
        0.85,
        0.4,
        "Etniskt ursprung (tilltal till en grupp)",
        r"(?:ni|era|dom\s+där|de\s+där)\s+(?:jävla\s+)?(?:somalier|araber|afghaner|kurder|romer|zigenare|polacker|syrier|eritreaner|turkar|iranier|irakier|samer|lappar|finnar|invandrare|blattar|svartskallar)",
    ),
    // Sex life: a slur on sexual orientation aimed at a person ("bögen").
    r(SexLife, 0.8, 0.35, "Sexuell läggning (skällsord)", r"bög(?:en|ar|arna|jävel|jävlar|jäveln)?|flat(?:a|an|jävel)"),
    // ------------------------------------------------------------ care plans, youth logs, home studies, forms (final13)
    // Health in plain words: symptoms, a clot, drops, incontinence, sleep, pain, surgery, a fall
    // found afterwards, wrong pills, self-harm, dementia, treatment, none left, a bad period, a
    // counsellor, a work restriction, school adjustments.
    r(
        Health,
        0.84,
        0.3,
        "Symtom, behandling eller begränsning (i vardagliga ord)",
        r"(?:blir|är|känner\s+sig|kände\s+sig|blev|var)\s+(?:lätt\s+|ofta\s+|väldigt\s+|mycket\s+)?(?:darrig|svettig|skakig|kraftlös|andfådd|yr\s+och\s+@+)(?:\s+och\s+(?:darrig|svettig|skakig|yr|kraftlös|andfådd))?(?:\s+om\s+(?:hon|han|hen|jag)\s+(?:@+\s+){0,3}@+)?|(?:en\s+)?(?:blod)?propp(?:en)?\s+i\s+(?:ögat|benet|lungan|lungorna|hjärnan|hjärtat|armen)(?:\s+[0-9]{4})?|blodpropp(?:en|ar)?|(?:ögon|näs|öron)droppar(?:na)?(?:\s+\((?-i:[A-ZÅÄÖ])@+\))?|(?:kan|klarar)\s+inte\s+(?:gå|ta\s+sig)\s+ut\s+själv(?:\s+när\s+det\s+är\s+@+)?|(?:kan|klarar)\s+inte\s+gå\s+(?:själv|utan\s+(?:rollator|käpp|stöd|hjälp))|läcker\s+(?:lite\s+|mycket\s+)?urin(?:\s+på\s+(?:natten|nätterna|dagen))?|urinläckage(?:t)?|(?:stöd|kompressions)strumpor(?:na)?|sover\s+(?:typ\s+|bara\s+|endast\s+|ungefär\s+|ca\s+)?(?:[0-9]+|en|två|tre|fyra|fem)\s+timmar(?:\s+per\s+natt)?|(?:har|hade)\s+ont(?:\s+i\s+(?:(?:sin|sitt|sina|hans|hennes|höger|vänster|vänstra|högra)\s+){0,2}@+)?|ont\s+i\s+(?:(?:höger|vänster)\s+)?@+|(?:få|fick|får|fått|ska\s+få)\s+(?:strålning|strålbehandling|cellgifter|cytostatika|dialys|blodtransfusion)(?:\s+i\s+(?-i:[A-ZÅÄÖ])@+)?|(?:hittar\s+inte|inte\s+hittar)\s+hem(?:\s+längre)?(?:\s+och\s+går\s+ut\s+på\s+nätterna)?|går\s+vilse|(?:har|hade)\s+(?:blivit\s+)?(?:opererat|opererad|opererats)(?:\s+(?:hjärtat|knät|höften|ryggen|axeln|magen|ögat|ögonen|bröstet))?|(?:låg|hittades|legat)\s+på\s+golvet(?:\s+i\s+(?:badrummet|köket|hallen|sovrummet|vardagsrummet|toaletten|duschen))?|(?:fick|fått|gavs|getts)\s+(?:hon\s+|han\s+|hen\s+)?(?:fel\s+(?:tabletter|medicin(?:er)?|läkemedel|dos)|dubbel\s+dos)|(?:har\s+)?(?:börjat\s+)?(?:slå|slår|slog|skada|skadar|skadade|riva|river|rev|skära|skär|skar)\s+sig\s+själv(?:\s+i\s+@+)?|inga\s+kvarstående\s+(?:besvär|men|symtom)|inga\s+(?:nya\s+)?(?:återfall|anfall)(?:\s+sedan\s+@+)?|(?:ett\s+)?(?:rött|blått|lila|stort)\s+märke\s+på\s+(?:(?:höger|vänster|hans|hennes|sin)\s+)?@+|(?:hade|haft|har)\s+(?:en\s+)?(?:svacka|depressiv\s+period|tung\s+period)(?:\s+för\s+@+\s+år\s+sedan|\s+för\s+@+\s+år\s+sen)?|god\s+(?:fysisk\s+och\s+psykisk\s+)?hälsa|svårt\s+att\s+(?:sova|somna|andas)|(?:pratar|pratade|går|gick)\s+(?:hos|med|till)\s+(?:skol)?kuratorn|(?:restriktion|begränsning)(?:er)?\s+mot\s+(?:tunga\s+lyft|lyft|nattarbete)|inga\s+tunga\s+lyft|(?:har|hans|hennes|sina|får|behöver)\s+(?:extra\s+)?anpassningar(?:\s+i\s+@+)?(?:\s+\([^)\n]{0,60}\))?|(?-i:CPAP)(?:-behandling(?:en)?)?|(?:använder|sover\s+med)\s+(?-i:CPAP)",
    ),
    // Social welfare: services of a care plan by name, the social services' emergency line, the
    // register's "no current case", a contact person, drugs and drinking in plain words, couples'
    // counselling, AUDIT scores, a report received and assessed.
    r(
        SocialWelfare,
        0.82,
        0.3,
        "Insats, kontakt eller anmälan inom socialtjänsten",
        r"personlig\s+omvårdnad|ledsagning(?:en)?|ledsagarservice|dagverksamhet(?:en)?|matlåd(?:a|an|or|orna)|(?:ringde|ringt|kontaktade|kontaktat|larmade|larmat)\s+socialjouren|socialjouren\s+(?:hämtade|kom|kontaktades|underrättades|besökte)(?:\s+@+)?|(?:ingen|inte\s+någon)\s+(?:aktualitet|aktualisering)|(?:är|var)\s+inte\s+aktuell\s+(?:hos|inom|på)\s+(?:socialtjänsten|soc)|(?:bistånd\s+i\s+form\s+av\s+)?kontaktperson\s+enligt\s+(?:[0-9]+\s+kap\.\s*[0-9]+\s*§\s*)?(?-i:SoL|LSS)|bistånd\s+i\s+form\s+av\s+@+(?:\s+enligt\s+[0-9]+\s+kap\.\s*[0-9]+\s*§\s*(?-i:SoL))?|(?:har\s+)?(?:rökt|röker|röka)\s+på|mini-maria@*|dricker\s+(?:inte|aldrig)\s+(?:längre(?:\s+alls)?|alls|alkohol|sprit)|dricker\s+(?:för\s+mycket|varje\s+dag|på\s+helgerna)|(?:parterapi|samtal)\s+(?:på|hos|vid)\s+familjerådgivning(?:en)?|familjerådgivning(?:en)?|(?-i:AUDIT|DUDIT)(?:-poäng|-test(?:et)?)?\s*:?\s*[0-9]+(?:\s+(?:respektive|och)\s+[0-9]+)?(?:\s*poäng)?|förhandsbedömning(?:en)?(?:\s+(?:inleddes|inletts|har\s+inletts|avslutades|påbörjades|påbörjats))?|(?:anmälan|orosanmälan)(?:\s+har)?\s+(?:tagits\s+emot|mottagen|mottagits|inkommit)(?:\s+och\s+registrerad)?|(?:vi|jag|skolan)\s+(?:gör|gjorde|har\s+gjort)\s+en\s+anmälan(?:\s+till\s+socialtjänsten)?|(?:tidigare\s+)?(?:inte|aldrig)\s+(?:har\s+)?gjort\s+någon\s+anmälan|(?:skit|samtal|brev|hjälp|besök)\s+(?:av|från)\s+soc(?:ialen)?",
    ),
    // Criminal: acts against a person in plain words, admission and denial, prison in slang,
    // shoplifting, a sentence, clean register extracts, sexual harassment, a suspect heard.
    r(
        Criminal,
        0.84,
        0.3,
        "Brott, dom eller misstanke (i vardagliga ord)",
        r"(?:knuffade|knuffat|puttade|puttat|sparkade|sparkat)\s+(?:in\s+|omkull\s+|ner\s+|till\s+)?(?:en\s+(?:tjej|kille|elev|flicka|pojke|kompis|kamrat)|henne|honom|mig|hen)(?:\s+(?:i|mot|på)\s+(?:@+\s+)?@+)?|(?:erkänt|erkänner|erkände|medgett|medger|medgav)\s+att\s+(?:han|hon|hen)\s+(?:@+\s+){0,2}@+|förnekar\s+att\s+(?:han|hon|hen)\s+\x22?(?:@+\s+){0,3}@+\x22?|tog\s+(?:mig|henne|honom|hen)\s+(?:i|om)\s+(?:armen|halsen|håret|nacken)(?:\s+hårt)?|(?:ska\s+|kommer\s+att\s+)?(?:sitta|sitter|satt|suttit)\s+inne(?:\s+från\s+@+)?|(?:snattade|snattat|snattar)(?:\s+(?:på|från|i)\s+(?-i:[A-ZÅÄÖ])@+)?|dömdes\s+(?:av\s+(?-i:[A-ZÅÄÖ])@+\s+tingsrätt\s+(?:[0-9]{4}-[0-9]{2}-[0-9]{2}\s+)?)?(?:för|till)\s+(?:@+\s+){0,2}@+|(?:[0-9]+\s+)?dagsböter(?:\s+(?:om|à)\s+[0-9]+\s+kr(?:onor)?)?|inga\s+(?:ytterligare\s+)?anteckningar(?:\s+finns)?|ingen\s+notering|(?:skickat|skickade|skickar)\s+(?:meddelanden|bilder|sms)\s+med\s+sexuellt\s+innehåll|(?:tagit|tog|tar)\s+(?:henne|honom|mig|hen)\s+på\s+(?:rumpan|brösten|baken|låret|skrevet)(?:\s+och\s+kommenterat\s+(?:hennes|hans)\s+kropp)?|hörts?\s+som\s+misstänkt",
    ),
    // Religion: worship on the radio, a pilgrimage, the sabbath, belief and disbelief, a prayer.
    r(
        Religion,
        0.86,
        0.35,
        "Religiös praktik eller tro om en utpekad person",
        r"(?:lyssnar|lyssnade|tittar|tittade|ser)\s+på\s+(?:gudstjänst(?:en|er(?:na)?)?|mässan|högmässan)(?:\s+i\s+(?:radio|tv)(?:\s+varje\s+@+)?)?|umrah|hajj|vallfärd(?:en)?(?:\s+till\s+(?:Mecka|Rom|Jerusalem|Lourdes))?|pilgrimsresa(?:n)?|pilgrimsfärd(?:en)?|det\s+är\s+religiöst|viktigt\s+för\s+(?:vår|min|hans|hennes|deras)\s+tro|(?:hennes|hans|sin|min|deras)\s+sabbat|(?:ledig|ledighet)\s+under\s+sabbaten|troende\s+på\s+(?:mitt|sitt|sina)\s+eget\s+sätt|tror\s+(?:inte\s+)?på\s+(?:någon\s+)?gud|(?:ber|bad)\s+(?:ibland\s+|ofta\s+|varje\s+(?:kväll|morgon)\s+)?(?:med\s+)?(?:en|sin|min)\s+bön(?:\s+(?:hon|han)\s+lärt\s+sig(?:\s+av\s+@+)?)?|lämnade\s+(?:rörelsen|kyrkan|församlingen)",
    ),
    // Ethnicity: a slur and "go home" said to a person; sex life: a couple's sex life.
    r(
        Ethnicity,
        0.82,
        0.35,
        "Etniskt ursprung (skällsord eller tilltal)",
        r"jävla\s+(?:arab(?:er)?|blatte|blattar|svartskalle|svartskallar|turk(?:ar)?|zigenare|lapp(?:ar)?|somali(?:er)?|afghan(?:er)?|invandrare)|(?:åk|åka|dra|stick)\s+hem\s+till\s+(?:ditt\s+(?:eget\s+)?land|(?-i:Somalia|Afrika|Arabien|Syrien|Irak|Afghanistan|Eritrea|Turkiet|Iran))",
    ),
    // Health in a relative's or a diary's words (final12 as a development set): wetting, crying,
    // fear, memory, not coping alone, a fall onto a body part, one's medicines, a treatment had.
    r(
        Health,
        0.82,
        0.3,
        "Symtom eller vård (i vardagliga ord)",
        r"(?:har\s+)?(?:börjat\s+)?kissa(?:r|t|de)?\s+på\s+sig(?:\s+igen)?(?:\s+på\s+nätterna)?|gråter\s+för\s+ingenting|(?:är|var|blev|blir)\s+(?:orolig\s+och\s+rädd|rädd\s+och\s+orolig)|inte\s+orkar\s+(?:gå\s+ut|gå\s+upp|äta|göra\s+någonting)|känner\s+ingenting\s+för\s+(?:bebisen|barnet|@+)(?:\s+vissa\s+dagar)?|(?:inga|har\s+inga)\s+planer\s+på\s+att\s+skada\s+sig(?:\s+själv)?|(?:kommer|minns)\s+inte\s+ihåg(?:\s+@+)?|känner\s+(?:ibland\s+)?inte\s+(?:alltid\s+)?igen\s+(?:mig|oss|honom|henne|sina\s+@+)|(?:hans|hennes|mitt|pappas|mammas|hans\s+närminne|hennes\s+närminne)\s+minne\s+är\s+(?:sämre|dåligt|så\s+dåligt|sämst)|(?:inte\s+)?klarar\s+(?:att\s+)?(?:vara\s+ensam|sig\s+själv)(?:\s+på\s+natten)?|föll\s+(?:rakt\s+)?på\s+(?:(?:höger|vänster|sin|sitt)\s+)?(?:hand(?:en)?|höft(?:en)?|huvudet|knä(?:t|na)?|arm(?:en)?|rygg(?:en)?|ansiktet|axel(?:n)?|handled(?:en)?|sidan|rumpan|svanskotan)(?:\s+och\s+(?:höften|huvudet|knät|armen|axeln|handen))?|(?:mina|hans|hennes|sina)\s+(?:mediciner|tabletter|läkemedel)|(?:har\s+)?fått\s+behandling(?:\s+för\s+@+)?",
    ),
    // Care, welfare and faith in a person's record (final10/final11 as development sets): talks and
    // drips, a team that follows someone, their records, an organ failing, allergy tests, fear and
    // stress, walking, moving, a placement, contact with an addiction unit, prayer by count.
    r(
        Health,
        0.82,
        0.3,
        "Vård eller begränsning (i vardagliga ord)",
        r"går\s+på\s+samtal(?:\s+(?:varannan|varje|en\s+gång\s+i)\s+@+|\s+hos\s+@+)?|följs\s+(?:fortfarande\s+|nu\s+)?av\s+@+(?:teamet|mottagningen|kliniken)|(?:får|fick|fått)\s+dropp(?:\s+på\s+@+)?|(?:hans|hennes|mina|sina|patientens)\s+journal(?:er|en|kopior|anteckningar)?|papper\s+från\s+@+(?:logen|kliniken|mottagningen)|(?:levern|njurarna|hjärtat|lungorna)\s+(?:som\s+)?(?:slutade|slutat)\s+fungera|(?:pälsdjur|kvalster|pollen|björk|gräs|katt|hund|häst|jordnöt|ägg|mjölk)\s+(?:svagt\s+|starkt\s+)?(?:positiv|negativ)t?|vågar\s+inte\s+gå\s+ut(?:\s+själv)?|(?:blir|är)\s+(?:lätt|mycket|väldigt|ofta)\s+stressad(?:\s+vid\s+@+\s+@+)?|(?:blir|är)\s+lätt\s+(?:orolig|arg|ledsen|trött)(?:\s+vid\s+@+\s+@+)?|tid\s+hos\s+(?:barnmorskan|läkaren|tandläkaren|psykologen|kuratorn|distriktssköterskan)(?:\s+den\s+[0-9]+\s+@+)?|skriv(?:it|a|er)\s+in\s+(?:dig|sig|mig)\s+på\s+@+mottagningen|återgår\s+till\s+arbete(?:\s+på\s+(?:heltid|deltid|[0-9]+\s*%))?|(?:läkemedel\s+och\s+)?(?-i:h)örselvård(?:en)?|(?:hans|hennes|min|sin|pappas|mammas)\s+sjukdom|kan\s+inte\s+gå\s+(?:i\s+snö|i\s+trappor|långt)|klarar\s+(?:inte\s+)?förflyttning(?:ar)?|(?:barn)?psykologen\s+(?:på|vid)\s+(?:vårdcentralen|hälsocentralen|@*mottagningen|(?-i:BUP))",
    ),
    r(
        SocialWelfare,
        0.82,
        0.3,
        "Insats eller kontakt inom socialtjänsten (i vardagliga ord)",
        r"placering(?:en)?\s+som\s+ensamkommande(?:\s+barn)?|kontakt\s+med\s+(?:er\s+|sin\s+|vår\s+)?beroende@+|(?:år|åren)\s+med\s+spriten|ska\s+(?:flytta\s+)?till\s+(?:ett|en)\s+(?:boende|äldreboende|demensboende)|socialtjänstens\s+mottagning\s+för\s+vuxna|umgängesstöd(?:jare|jaren|et)?",
    ),
    r(
        Religion,
        0.86,
        0.35,
        "Religiös praktik om en utpekad person",
        r"(?:ber|bad|be)\s+(?:@+\s+){1,4}(?:[0-9]+|en|två|tre|fyra|fem)\s+gånger\s+(?:om|per)\s+dagen|tror\s+inte\s+på\s+något\s+särskilt",
    ),
    // Falls by count, work capacity and restrictions of a certificate, a cost line of care, a
    // union office by preposition (final5/final6 as development sets).
    r(
        Health,
        0.82,
        0.3,
        "Fall, arbetsförmåga eller begränsning",
        r"(?:har\s+)?(?:fallit|ramlat|trillat|föll|ramlade|trillade)\s+(?:hon\s+|han\s+)?(?:en|två|tre|fyra|flera|[0-9]+)\s+gång(?:er)?(?:\s+nattetid|\s+i\s+(?:vinter|höstas|våras|somras|veckan))?|(?:bör|får|ska)\s+(?:ej|inte)\s+köra\s+bil|(?:nattarbete|tunga\s+lyft)(?:\s+och\s+(?:nattarbete|tunga\s+lyft))?\s+bör\s+undvikas(?:\s+under\s+(?:minst\s+)?@+\s+@+)?|intyget\s+gäller\s+(?:100|75|50|25)\s*%(?:\s+till\s+och\s+med\s+[0-9]{4}-[0-9]{2}-[0-9]{2})?|arbetsförmåga(?:n)?\s+(?:är\s+|bedöms\s+(?:vara\s+)?)?(?:helt\s+)?(?:nedsatt|gradvis\s+kan\s+öka|kan\s+öka)|(?:inte|ej)\s+klara\s+(?:fysiskt\s+)?(?:arbete|sitt\s+arbete|heltid)|inte\s+kunnat\s+gå(?:\s+sedan\s+(?:han|hon)\s+var\s+@+\s+år)?|läkemedel\s+och\s+sjukvård(?:savgifter)?(?:\s+\(högkostnadsskydd\))?",
    ),
    r(
        SocialWelfare,
        0.82,
        0.3,
        "Trygghetslarm eller avgift för omsorg",
        r"larmknapp(?:en)?|avgift\s+(?:för\s+)?vård\s+och\s+omsorg|omvårdnadsavgift(?:en)?",
    ),
    r(
        Union,
        0.86,
        0.4,
        "Fackligt uppdrag",
        r"(?:arbetsplatsombud|skyddsombud|huvudskyddsombud|ombud|förtroendevald|ordförande|kontaktombud)\s+för\s+(?-i:Vision|Kommunal|Vårdförbundet|Unionen|Lärarförbundet|Sveriges\s+lärare|Akademikerförbundet\s+SSR|Byggnads|Handels|Seko|IF\s+Metall|Fastighets|Ledarna|Transport|Livsmedelsarbetareförbundet|Målarna|Elektrikerförbundet|Fysioterapeuterna|Sveriges\s+Ingenjörer|Naturvetarna|Journalistförbundet)",
    ),
    // final14 as a development set: a medicine by its dose, injuries and their absence, shock and
    // crisis support, a child's protection assessment, drinking told by a relative, funerals by a
    // faith's custom.
    r(
        Health,
        0.84,
        0.3,
        "Läkemedel med dos, skada eller krisstöd",
        r"(?-i:[A-ZÅÄÖ])@{3,}\s+[0-9]+(?:[,.][0-9]+)?\s*(?:mg|mikrogram|µg|IE|mg/ml)(?:\s+(?:x\s*[0-9]|[0-9]\s*x\s*[0-9]|morgon(?:\s+och\s+kväll)?|kväll|vid\s+behov|dagligen))?|(?:inga|några)\s+(?:andra\s+|synliga\s+|tidigare\s+(?:noterade\s+)?)?(?:märken|skador|blåmärken)(?:\s+på\s+@+(?:,\s+@+)*(?:\s+eller\s+@+)?)?|(?:en\s+)?kylpåse\s+på\s+@+|gjorde\s+sig\s+illa(?:\s+på\s+@+)?|(?:allvarliga|lindriga|svåra)\s+skador(?:\s+på\s+@+(?:\s+och\s+@+)?)?|(?:lindrigt|allvarligt|svårt)\s+skadad|(?:har|hade|blev)\s+skadats|inga\s+bestående\s+skador(?:\s+har\s+konstaterats)?|(?:i\s+)?(?:kraftig\s+|lätt\s+|svår\s+)?chock|(?:fått|fick|får)\s+(?:krisstöd|samtalsstöd|samtalskontakt|lugnande)(?:\s+(?:genom|via|på|av)\s+@+)?|hjärt-lungräddning|(?-i:HLR)",
    ),
    r(
        SocialWelfare,
        0.82,
        0.3,
        "Bedömning inom socialtjänsten eller alkohol (i vardagliga ord)",
        r"(?:ingen|inte\s+någon)\s+utredning\s+(?:inleddes|inleds|har\s+inletts)|utredning\s+inte\s+inleds|(?:inte\s+finns|saknas)\s+skäl\s+att\s+inleda\s+(?:en\s+)?utredning|inga\s+(?:andra|tidigare)\s+anmälningar(?:\s+finns\s+registrerade)?|(?:har\s+)?pågående\s+insatser|(?:i\s+)?behov\s+av\s+omedelbart\s+skydd|föräldrastöd(?:\s+enligt\s+@+-programmet)?|efter\s+att\s+ha\s+druckit|dricker\s+(?:mer\s+än\s+(?:han|hon)\s+borde(?:\s+på\s+helgerna)?|(?:[0-9]+|en|två|tre|fyra|fem)(?:[–-](?:[0-9]+|två|tre|fyra|fem|sex))?\s+(?:öl|glas|flaskor|burkar)(?:\s+@+)?)|aldrig\s+dricker\s+när|(?:pappans|mammans|faderns|moderns|hans|hennes|sitt|sin)\s+(?:drickande|alkoholkonsumtion|alkoholbruk|alkoholvanor)|alkohol-\s+och\s+drogrådgivning(?:en)?|daglig\s+verksamhet\s+(?:på|vid|hos)\s+(?-i:[A-ZÅÄÖ])@+(?:\s+@+)?",
    ),
    r(
        Religion,
        0.86,
        0.35,
        "Religiös sed om en utpekad person",
        r"(?:enligt|efter)\s+(?:muslimsk|judisk|kristen|ortodox|katolsk|islamisk|buddistisk|hinduisk)\s+sed|janaza@*|(?:den\s+)?(?:muslimska|judiska|katolska|ortodoxa)\s+gravplatsen|önskar\s+(?:en\s+)?(?:imam|präst|rabbin)|ber\s+tillsammans\s+med\s+(?:honom|henne|dem)",
    ),
    r(
        Health,
        0.84,
        0.3,
        "Funktionsnedsättning eller minne (i vardagliga ord)",
        r"(?:är|blev)\s+(?:blind|döv|psykiskt\s+sjuk|förlamad|rullstolsburen)(?:\s+sedan\s+(?:@+|[0-9]+)(?:\s+år)?)?|kan\s+inte\s+(?:prata|gå|se|höra|äta\s+själv)\s+längre|(?:blivit|blir)\s+(?:mycket\s+|allt\s+)?sämre\s+i\s+minnet|(?:hittar\s+inte|inte\s+hittar)\s+(?:toaletten|rummet|sitt\s+rum)(?:\s+på\s+natten)?",
    ),
    r(
        Religion,
        0.86,
        0.35,
        "Tro eller religiös praktik om en utpekad person",
        r"(?:är|var)\s+(?:själv\s+)?inte\s+troende|konvert(?:era|erar|erade|erat)\s+till\s+(?:(?:katolska|ortodoxa|svenska)\s+kyrkan|islam|judendomen|kristendomen)|bär\s+(?:ett|det|sitt)\s+(?:lilla\s+)?kors|fredagsbön(?:en)?|ber\s+(?:där\s+)?varje\s+(?:fredag|dag|söndag|kväll|morgon)|äter\s+inte\s+fläsk(?:\s+\(halal\))?",
    ),
    r(
        Ethnicity,
        0.85,
        0.4,
        "Etniskt ursprung om en utpekad person",
        r"(?:är|som)\s+(?:sverigefinne|sverigefinnar|tornedaling|tornedalingar)",
    ),
    r(
        SexLife,
        0.86,
        0.35,
        "Sexuell läggning om en utpekad person",
        r"(?:ett\s+)?(?:lesbiskt|homosexuellt|samkönat)\s+(?:par|förhållande)|två\s+lesbiska",
    ),
    r(
        SocialWelfare,
        0.82,
        0.3,
        "Boende eller behandling inom socialtjänsten (i vardagliga ord)",
        r"(?:bor|bodde)\s+på\s+(?-i:[A-ZÅÄÖ])@+(?:gården|hemmet|lunden)(?:\s+(?:sedan\s+@+(?:\s+@+)?|avd\.?\s+[0-9]+))?|fick\s+plats\s+på\s+(?-i:[A-ZÅÄÖ])@+(?:\s+i\s+@+)?|alternativ\s+till\s+våld",
    ),
    r(
        Political,
        0.86,
        0.4,
        "Partimedlemskap om en utpekad person",
        r"(?:är|var|blev)\s+(?:själv\s+)?med\s+i\s+(?-i:Vänsterpartiet|Socialdemokraterna|Moderaterna|Centerpartiet|Liberalerna|Kristdemokraterna|Miljöpartiet|Sverigedemokraterna)",
    ),
    r(
        Criminal,
        0.84,
        0.3,
        "Kontaktförbud om en utpekad person",
        r"(?:kontakt)?förbudet\s+har\s+förlängts(?:\s+och\s+gäller\s+till\s+och\s+med\s+(?:den\s+)?[0-9]+\s+@+\s+[0-9]{4})?",
    ),
    // Dental records: a procedure with its tooth numbers, prostheses, plaque and saliva measures.
    r(
        Health,
        0.84,
        0.3,
        "Tandbehandling eller tandstatus",
        r"(?:fyllning|krona|lagning|extraktion|rotfyllning|karies|implantat|bro|lagad\s+fyllning\s+lossnat)\s+(?:[1-4][1-8])(?:[–-][1-4][1-8])?(?:\s+(?:distalt|mesialt|ocklusalt|buckalt|lingualt|palatinalt))?|(?:partiell\s+|hel\s+)?(?:under|över)käksprotes(?:en)?(?:,\s+dålig\s+passform)?|(?:djupbehandling\s+av\s+)?tandköttsfickor(?:na)?(?:\s+regio\s+[1-4][1-8](?:[–-][1-4][1-8])?(?:,\s+[1-4][1-8](?:[–-][1-4][1-8])?)*)?|plackindex\s+[0-9]+\s*%|(?:kraftigt\s+)?nedsatt\s+salivsekretion|munhygien(?:en)?\s+på\s+egen\s+hand|hjälp\s+med\s+(?:munvård|tandborstning)(?:\s+och\s+@+)?|fluorlack(?:\s+var\s+@+\s+månad)?",
    ),
    // final15 as a development set: faith told through a place of worship one goes to, a church one
    // calls one's own, a belief one holds or does not share, a denomination named of a person.
    r(
        Religion,
        0.86,
        0.35,
        "Tro eller religiös praktik om en utpekad person",
        r"(?:går|gick|följer\s+med|följde\s+med|åker|åkte|brukar\s+gå|brukade\s+gå|(?:har\s+)?börjat\s+(?:komma|gå))\s+(?:(?:@+\s+){0,3}@+\s+)?(?:till|på|i)\s+(?:moskén|synagogan|templet|gurdwaran|@*mässan|gudstjänst(?:en|erna)?|fredagsbönen)(?:\s+(?:på|varje)\s+@+)?|(?:firar|firade|fira|firat)\s+(?:(?:sin|sina|egen|egna)\s+)?(?:gudstjänst(?:er)?|mässa(?:n|or)?)(?:\s+med\s+oss)?|(?:syrisk|grekisk|rysk|serbisk|eritreansk|etiopisk|koptisk|armenisk|rumänsk)(?:-|\s+)ortodox(?:a)?(?:\s+kristna)?|ortodoxa\s+kristna|(?:min|vår|sin|hans|hennes|deras|@+ns|@+s)(?:\s+och\s+@+s)?\s+tro(?:\s+och\s+@+)?|(?:delar|delade)\s+(?:inte\s+)?(?:@+\s+)?tro(?:n)?|(?:inte\s+)?(?:har\s+)?(?:inte\s+)?trott\s+på\s+(?:något|någon\s+gud|gud)(?:\s+sedan\s+@+)?|bönen\s+(?:är|hjälper|ger)(?:\s+@+){0,5}|(?:möte(?:t|n)?\s+(?:i|på)\s+)?(?-i:Rikets\s+sal)|(?:inte\s+(?:vill\s+)?ta\s+emot|vägrar\s+(?:att\s+)?ta\s+emot|tackar\s+nej\s+till)\s+blod(?:transfusion(?:er)?)?(?:\s+eller\s+blodprodukter)?|i\s+vår\s+(?:kyrka|tro|religion|församling)|enligt\s+(?:@+-)?@+\s+ritual|(?:en\s+)?(?:präst|imam|rabbin|pastor)\s+från\s+(?:vår|sin|deras|(?-i:[A-ZÅÄÖ])@+\s+(?:(?-i:[A-ZÅÄÖ])@+\s+)?)\s*(?:församling(?:en)?|moské(?:n)?|kyrka(?:n)?)",
    ),
    // Gambling, money from social services, a placement made, an investigation closed, a register.
    r(
        SocialWelfare,
        0.84,
        0.3,
        "Spel, bistånd eller kontakt med socialtjänsten (i vardagliga ord)",
        r"spelproblem(?:en|et|atik(?:en)?)?|spelat\s+bort(?:\s+(?:stora\s+)?(?:summor|pengar|allt))?(?:\s+på\s+@+)?|(?:nät|online)casino@*|(?:pengar|hjälp|bidrag|bistånd)\s+från\s+(?:soc|socialen|socialtjänsten|kommunen)|(?:beviljar|beviljas|beviljades|beviljade)\s+(?:@+\s+){0,2}(?:ekonomiskt\s+)?bistånd\s+(?:med|till)\s+@*[0-9 ]*@*(?:\s+kronor)?|(?:socialtjänsten|soc|nämnden)\s+placerade\s+(?:henne|honom|barnet|barnen|dem|hen|(?-i:[A-ZÅÄÖ])@+)|(?:inte\s+)?(?:var|är|varit)\s+föremål\s+för\s+(?:någon\s+)?(?:oro|utredning|insats(?:er)?)|avslutades\s+(?:[0-9]{4}\s+)?(?:utan|med)\s+(?:fortsatta\s+)?insats(?:er|en)?|(?:en\s+)?(?:tidigare\s+)?aktualisering(?:ar)?\s+(?:från|under|i)\s+[0-9]{4}|förekommer\s+(?:inte\s+)?i\s+@+(?:enhetens|tjänstens|nämndens)\s+register(?:\s+som\s+@+(?:\s+av)?)?|(?:ringa|ringde|ringer|kontakta|kontaktade|kontaktat|besöker|besökte|gå\s+till|gick\s+till|går\s+till)\s+(?:till\s+)?beroende(?:mottagning|enhet)(?:en)?|alkohol-\s+och\s+(?:spel|drog)@*mottagning(?:en)?|(?:har\s+)?slutat\s+dricka|(?:inte|aldrig)\s+dricker\s+(?:längre|alls)|druckit\s+(?:öl|vin|sprit|alkohol)\s+hela\s+(?:kvällen|dagen|natten)|(?:luktade|luktar|luktat)\s+(?:(?:starkt|kraftigt|tydligt)\s+)?av\s+(?:alkohol|sprit|öl)|(?:@+ns|hans|hennes)\s+(?:nuvarande|tidigare)\s+(?:alkoholvanor|drickande|alkoholkonsumtion)|(?-i:PEth|P-Etanol|P-etanol)(?:-prov(?:et)?|-värde(?:t)?)?",
    ),
    // Traffic offences: a driving licence taken, breath tests at a check, an arrest by the clock, a
    // register consulted.
    r(
        Criminal,
        0.84,
        0.3,
        "Trafikbrott, gripande eller uppgift ur register",
        r"körkortet\s+(?:omhändertogs|återkallades|drogs\s+in)|(?:har\s+)?(?:blivit|blev)\s+av\s+med\s+körkortet(?:\s+(?:tidigare|ett\s+år|i\s+@+\s+@+))?|(?:ledde\s+till\s+)?återkallat\s+körkort(?:\s+i\s+[0-9]+\s+månader)?|körförbud(?:et)?|(?:sållningsprov(?:et)?|bevisprov(?:et)?|utandningsprov(?:et)?)\s+(?:gav\s+utslag|visade)|(?:greps|anhölls|omhändertogs)\s+kl\.?\s*[0-9]{1,2}[.:][0-9]{2}|förekommer\s+(?:inte\s+)?i\s+polisens\s+register|(?:blev\s+)?stoppad\s+(?:vid|i)\s+(?:en\s+)?(?:kontroll|nykterhetskontroll|trafikkontroll)|fick\s+böter",
    ),
    // Health in plain words said of a person: panic, sleep, appetite, breath, worry, fatigue after an
    // effort, burnout, a new joint, chemotherapy, an arm in a sling, hopelessness, a suicide, memory
    // after a knock, care with a named unit or profession.
    r(
        Health,
        0.84,
        0.3,
        "Symtom eller vård (i vardagliga ord)",
        r"\x22?(?:får|fick|fått)\s+panik(?:\s+varje\s+@+)?\x22?|(?:inte|knappt|dåligt)\s+sover\s+på\s+nätterna|(?:sover|sov)\s+(?:inte|dåligt|knappt|oroligt)(?:\s+på\s+nätterna)?|(?:äter|åt)\s+(?:dåligt|nästan\s+ingenting|knappt\s+något)|(?:är|var)\s+orolig\s+hela\s+tiden|(?:inte\s+)?fick\s+luft|tappat\s+aptiten(?:\s+sedan\s+@+\s+@+)?|(?:blir|blev)\s+(?:mycket\s+|väldigt\s+|snabbt\s+)?trött\s+efter(?:\s+@+){0,3}|(?:gick|gått)\s+(?:jag\s+|han\s+|hon\s+)?in\s+i\s+väggen|(?:inte\s+ser\s+någon|ser\s+(?:ingen|inte\s+någon))\s+mening(?:\s+med\s+@+(?:\s+@+)?)?|tog\s+sitt\s+(?:eget\s+)?liv(?:\s+i\s+@+)?|(?:har\s+)?fått\s+(?:en\s+)?ny\s+(?:höft|knäled|höftled|hjärtklaff)|(?:han|hon|hen|jag)\s+fick\s+cellgift(?:er)?|(?:har\s+)?fått\s+armen\s+i\s+mitella|(?:mindes|minns)\s+inte\s+vad\s+(?:@+\s+){0,3}@+|(?:har|har\s+fått|fick)\s+(?:en\s+)?tid\s+(?:hos|på)\s+(?:hälsocentralen|vårdcentralen|(?-i:[A-ZÅÄÖ])@+rehab)(?:\s+den\s+[0-9]+\s+@+)?|(?:samtalsstöd|samtal|kontakt)\s+hos\s+(?:en\s+)?(?:psykolog(?:en)?|kurator(?:n)?|sjukgymnast(?:en)?|fysioterapeut(?:en)?)(?:\s+(?:via|på|vid)\s+@+)?|(?:en\s+)?(?:psykolog|kurator|sjukgymnast)\s+på\s+(?:hälsocentralen|vårdcentralen)|nytt\s+läkarintyg(?:\s+(?:senast|till\s+och\s+med|t\.o\.m\.?)\s+(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\s+@+))?|(?:anmäld|anmälts|godkänd)\s+som\s+arbetsskada|(?:har\s+)?behandling\s+var\s+(?:annan|tredje|fjärde|@+)\s+vecka|(?:kan\s+)?inte\s+(?:längre\s+)?(?:stiga|kliva)\s+(?:över|upp\s+i)\s+@+|behöver\s+hjälp\s+(?:av\s+(?:två|en)\s+personer?\s+)?(?:vid|med)\s+(?:dusch(?:en)?|förflyttning(?:ar)?|toalettbesök|påklädning)|(?:inte\s+kan|kan\s+inte)\s+hjälpa\s+(?:henne|honom)\s+vid\s+förflyttningar|nedsatt\s+(?:fin|grov)?motorik(?:\s+i\s+(?:höger|vänster)\s+@+)?|(?:har\s+)?(?:en\s+)?kognitiv\s+sjukdom|glömmer\s+att\s+(?:stänga\s+av|ta|äta|låsa)\s+@+|(?:har\s+)?(?:också\s+)?(?:en\s+)?(?:blås|urin)kateter|(?:en\s+)?mobil\s+lyft|glidbräda(?:n)?|(?:@+-)?injektion(?:er)?\s+var\s+[0-9]+(?::e)?\s+dag|kompressionsbehandling(?:\s+med\s+@+)?|blodsockerkontroll(?:er)?|(?:inte\s+)?orkar\s+laga\s+mat\x22?|(?:börja|började|börjar)\s+gråta",
    ),
    // A person who comes "från Kommunal" to a meeting speaks for the union; parents' origin told by
    // their child.
    r(
        Union,
        0.84,
        0.35,
        "Facklig företrädare",
        r"från\s+(?-i:Kommunal|Vision|Vårdförbundet|Unionen|Lärarförbundet|Sveriges\s+Lärare|Akademikerförbundet\s+SSR|IF\s+Metall|Byggnads|Seko|Ledarna|Fastighets|Fysioterapeuterna)(?:s\s+(?:lokalavdelning|sektion|avdelning|klubb))?",
    ),
    r(
        Ethnicity,
        0.8,
        0.3,
        "Etniskt ursprung om en utpekad person",
        r"(?:mina|hans|hennes|våra|deras|dina)\s+föräldrar\s+(?:kommer|kom|är)\s+från\s+(?-i:[A-ZÅÄÖ])@+",
    ),
    // A sentence being served: release on licence, electronic monitoring, a prison by name, leave.
    r(
        Criminal,
        0.86,
        0.35,
        "Verkställighet av straff",
        r"villkorlig(?:t|a)?\s+(?:frigivning(?:en)?|frigiven|frigivna)|villkorligt\s+frigiven|frigivning(?:en)?\s+(?:från\s+anstalt(?:en)?|den\s+[0-9]+\s+@+|är\s+planerad)|elektronisk\s+övervakning|intensivövervakning(?:en)?|(?:avtjänar|avtjänade|avtjänat|avtjäna)\s+(?:sitt\s+|ett\s+)?(?:straff(?:et)?|fängelsestraff(?:et)?)|strafftid(?:en)?|(?:sitter|satt|suttit|placerad|placerades)\s+på\s+anstalt(?:en)?(?:\s+(?-i:[A-ZÅÄÖ])@+)?|permission(?:en|er)?\s+från\s+anstalt(?:en)?|(?:har|hade)\s+(?:en\s+)?övervakare|återfall\s+i\s+brott",
    ),
    // Violence in the name of honour, a shelter, drug tests, respite and support families.
    r(
        SocialWelfare,
        0.85,
        0.35,
        "Skydd, drogtest eller stöd inom socialtjänsten",
        r"kvinnojour(?:en)?|tjejjour(?:en)?|jourlägenhet(?:en)?|tvångsäktenskap(?:et)?|barnäktenskap(?:et)?|(?:gift|giftas(?:\s+bort)?|gifta\s+bort|giftes(?:\s+bort)?)\s+mot\s+(?:sin|hennes|hans)\s+vilja|oskuldskontroll(?:en|er)?|hedersförtryck(?:et)?|hedersrelaterat\s+(?:våld\s+och\s+)?förtryck|drogtest(?:et|er|erna)?|drogscreening(?:en)?|(?:positivt|negativt)\s+(?:urin)?prov(?:svar)?\s+(?:för|på)\s+(?:amfetamin|cannabis|(?-i:THC)|opiater|bensodiazepiner|kokain|narkotika)|tillnyktring(?:en|senhet(?:en)?)?|kontaktfamilj(?:en)?|stödfamilj(?:en)?|avlösarservice(?:n)?|ledsagarservice(?:n)?",
    ),
    r(
        Health,
        0.84,
        0.3,
        "Vaccination om en utpekad person",
        r"(?:inte\s+|ej\s+)?vaccinerad(?:e|es)?\s+mot\s+@+|ovaccinerad(?:e)?|(?:fått|fick|får)\s+(?:sin\s+|den\s+)?(?:första|andra|tredje)\s+dos(?:en)?(?:\s+(?:av|mot)\s+@+)?|(?:tackat|tackar|tackade)\s+nej\s+till\s+(?:vaccination(?:en)?|(?:@+-)?@*vaccin(?:et|ationen|ation)?)",
    ),
    r(
        Religion,
        0.84,
        0.3,
        "Gravplats efter tro",
        r"(?:det\s+|den\s+)?(?:muslimska|judiska|katolska|ortodoxa|mandeiska|islamiska|kristna)\s+(?:kvarteret|gravkvarteret|gravfältet|delen\s+av\s+kyrkogården)",
    ),
    // Transport service for the disabled, named by itself near a person: granted because of a
    // disability, so it tells of one.
    r(
        Health,
        0.8,
        0.3,
        "Färdtjänst (beviljas på grund av funktionsnedsättning)",
        r"(?:riks)?färdtjänst(?:en)?\s+(?:beviljas|beviljades)(?:\s+(?:t\.o\.m\.|till\s+och\s+med)\s+[0-9]{4}-[0-9]{2}-[0-9]{2}|\s+för\s+resa(?:n)?\s+(?-i:[A-ZÅÄÖ])@+(?:[–-](?-i:[A-ZÅÄÖ])@+)?)?(?:,\s+med\s+rätt\s+till\s+ledsagare)?|(?:hämtades|hämtas|kom|kommer|åker|åkte|reser|reste)\s+(?:(?:kl\.?\s*[0-9]{1,2}[.:][0-9]{2}\s+)?av|med)\s+(?:riks)?färdtjänst(?:en)?|(?:med\s+)?rätt\s+till\s+ledsagare",
    ),
    // Care told as what is done and when: watch at night by the clock, a return visit, memory of
    // the event lost, a daily task one cannot do alone, not getting up in the morning.
    r(
        Health,
        0.82,
        0.3,
        "Tillsyn, återbesök eller förmåga (i vardagliga ord)",
        r"tillsyn\s+(?:minst\s+)?(?:var\s+[0-9]+(?::e)?\s+minut|varje\s+(?:timme|halvtimme|kvart)|var\s+(?:femte|tionde|femtonde)\s+minut)(?:\s+(?:nattetid|under\s+natten|på\s+natten))?|återbesök(?:et)?\s+(?:hos|på|vid|till)\s+@+(?:\s+om\s+[0-9]+(?:[–-][0-9]+)?\s*(?:v|veckor|mån|månader)\.?)?|återbesök(?:et)?\s+(?:@+\s+)?om\s+[0-9]+(?:[–-][0-9]+)?\s*(?:v|veckor|mån|månader)\.?|(?:minns|mindes|kommer|kom)\s+inte\s+(?:ihåg\s+)?(?:händelsen|olyckan|fallet|vad\s+som\s+hände)|klarar\s+inte\s+(?:att\s+)?(?:@+\s+){1,3}själv|(?:inte\s+)?(?:orkat|orkar|orkade)\s+(?:att\s+)?(?:ta\s+sig\s+upp|komma\s+upp|stiga\s+upp)(?:\s+(?:på|om)\s+(?:morgnarna|morgonen))?",
    ),
    r(
        SexLife,
        0.84,
        0.35,
        "Sexualliv om en utpekad person",
        r"(?:det\s+)?sexuella\s+samlivet(?:\s+blev\s+lidande)?|(?:vårt|deras|sitt|mitt)\s+(?:sex|sam)liv|sexlivet",
    ),
];

/// The pattern of a rule that only `vocab_hits` finds.
const NEVER: &str = r"[^\s\S]";

static MEDICAL_TXT: &str = include_str!("../data/medical.txt");

/// The inflected forms of a word (-en -et -er -erna ...; a final -a alternates with -an -or -orna).
fn term_forms(term: &str) -> Vec<String> {
    let (stem, ends): (&str, &[&str]) = if let Some(stem) = term.strip_suffix('a') {
        (stem, &["a", "an", "ans", "or", "orna", "ade", "at"])
    } else if term.ends_with('e') {
        (term, &["", "n", "t", "r", "rna", "ns", "ts"])
    } else if term.chars().last().is_some_and(|c| "aeiouyåäö".contains(c)) {
        (term, &["", "n", "r", "rna", "t", "ns", "s"])
    } else {
        (term, &["", "en", "et", "er", "erna", "ar", "arna", "na", "n", "s", "ens", "ets", "ernas", "t", "a", "e"])
    };
    ends.iter().map(|e| format!("{stem}{e}")).collect()
}

/// The one-word terms of the medical vocabulary, looked up per token (a hash look-up is far cheaper
/// than growing the one automaton by hundreds of alternatives): inflected form -> rule index.
pub struct Vocab {
    whole: HashMap<String, u16, FxBuild>,
    /// Compound heads (`*` and `+` terms): form -> (rule index, head required).
    heads: HashMap<String, (u16, bool), FxBuild>,
    /// The last three characters of every head form: a word whose ending is not here has no head.
    tails: HashSet<String, FxBuild>,
    longest_head: usize,
    /// Words in the longest term.
    max_words: usize,
    /// First words of the terms of several words.
    leads: HashSet<String, FxBuild>,
}

/// The medical vocabulary (`data/medical.txt`) as rules: per section, one rule for whole words, one
/// for compound heads that may also stand alone (`*`) and one for heads only (`+`). Terms of several
/// words go into the rule's pattern; one-word terms into [`Vocab`].
fn medical_rules(first_index: usize) -> (Vec<Rule>, Vocab) {
    let mut out = Vec::new();
    let mut vocab = Vocab {
        whole: HashMap::default(),
        heads: HashMap::default(),
        tails: HashSet::default(),
        longest_head: 0,
        max_words: 1,
        leads: HashSet::default(),
    };
    let mut expl: &'static str = "Hälsa (medicinsk ordlista)";
    let mut groups: [(Vec<String>, Vec<String>); 3] = Default::default();
    let flush = |expl: &'static str, groups: &mut [(Vec<String>, Vec<String>); 3], out: &mut Vec<Rule>, vocab: &mut Vocab| {
        for (k, (multi, single)) in groups.iter_mut().enumerate() {
            if multi.is_empty() && single.is_empty() {
                continue;
            }
            let idx = (first_index + out.len()) as u16;
            // Longest first, so that the alternation prefers "grå starr-operation" to "grå starr".
            multi.sort_by_key(|p| std::cmp::Reverse(p.len()));
            let pat: &'static str = if multi.is_empty() { NEVER } else { Box::leak(multi.join("|").into_boxed_str()) };
            let mut rule = r(Health, 0.9, 0.4, expl, pat);
            rule.inner = k > 0;
            rule.head = k == 2;
            out.push(rule);
            for term in single.iter() {
                let (lead, last) = match term.rsplit_once(' ') {
                    Some((a, b)) => (format!("{a} "), b),
                    None => (String::new(), term.as_str()),
                };
                vocab.max_words = vocab.max_words.max(term.split(' ').count());
                if let Some((first, _)) = term.split_once(' ') {
                    vocab.leads.insert(first.to_string());
                }
                for f in term_forms(last) {
                    let f = format!("{lead}{f}");
                    if k == 0 {
                        vocab.whole.entry(f).or_insert(idx);
                    } else {
                        if k == 1 {
                            vocab.whole.entry(f.clone()).or_insert(idx);
                        }
                        let tail: String = f.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
                        vocab.tails.insert(tail);
                        vocab.longest_head = vocab.longest_head.max(f.len());
                        vocab.heads.entry(f).or_insert((idx, k == 2));
                    }
                }
            }
            multi.clear();
            single.clear();
        }
    };
    for line in MEDICAL_TXT.lines() {
        let line = line.trim();
        if let Some(h) = line.strip_prefix("## ") {
            flush(expl, &mut groups, &mut out, &mut vocab);
            let name = h.split(':').next().unwrap_or(h).trim();
            expl = Box::leak(format!("{name} (medicinsk ordlista)").into_boxed_str());
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, term) = match line.as_bytes()[0] {
            b'*' => (1, &line[1..]),
            b'+' => (2, &line[1..]),
            _ => (0, line),
        };
        // Terms of several words are looked up as token sequences too (see `vocab_hits`).
        groups[k].1.push(term.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    flush(expl, &mut groups, &mut out, &mut vocab);
    (out, vocab)
}

fn tables() -> &'static (Vec<Rule>, Vocab) {
    static R: OnceLock<(Vec<Rule>, Vocab)> = OnceLock::new();
    R.get_or_init(|| {
        let mut v: Vec<Rule> = BASE_RULES.to_vec();
        let (med, vocab) = medical_rules(v.len());
        v.extend(med);
        (v, vocab)
    })
}

/// A word (lower case) of the medical vocabulary, in one of its forms ("sertralin", "astman").
pub fn is_medical_term(lower: &str) -> bool {
    tables().1.whole.contains_key(lower)
}

/// Health terms of the vocabulary among the word tokens: whole words, then compounds by their head
/// (ryggmärgs|skada), the finding widened to the whole word.
fn vocab_hits(t: &str, toks: &[crate::text::Tok], out: &mut Vec<Hit>) {
    let v = &tables().1;
    let mut buf = String::with_capacity(32);
    for (idx, tk) in toks.iter().enumerate() {
        if tk.kind != crate::text::Kind::Word || tk.end - tk.start < 2 {
            continue;
        }
        crate::lexicon::lower_into(tk.text(t), &mut buf);
        // A capitalised first name is a name, also when an inflected term has its letters
        // ("Ivan": IVA + -n).
        if tk.cap && crate::lexicon::flags(&buf) & crate::lexicon::FIRST != 0 {
            continue;
        }
        if let Some(&rule) = v.whole.get(buf.as_str()) {
            out.push(Hit { rule: rule as usize, start: tk.start, end: tk.end });
            continue;
        }
        // OCR reads "m" as "rn" ("dernens", "diabetesrnedicin"): a word that is no term as read but
        // is one with "m" is that term.
        if buf.contains("rn") && buf.len() >= 5 {
            if let Some(&rule) = v.whole.get(buf.replace("rn", "m").as_str()) {
                out.push(Hit { rule: rule as usize, start: tk.start, end: tk.end });
                continue;
            }
        }
        // Terms of two or three words ("grå starr", "diabetes typ 2").
        if v.max_words > 1 && v.leads.contains(buf.as_str()) {
            let mut seq = buf.clone();
            let mut found = None;
            for j in idx + 1..(idx + v.max_words).min(toks.len()) {
                let nx = &toks[j];
                if nx.kind == crate::text::Kind::Punct || !t[toks[j - 1].end..nx.start].chars().all(char::is_whitespace) {
                    break;
                }
                seq.push(' ');
                let mut w = String::new();
                crate::lexicon::lower_into(nx.text(t), &mut w);
                seq.push_str(&w);
                if let Some(&rule) = v.whole.get(seq.as_str()) {
                    found = Some((rule, nx.end));
                }
            }
            if let Some((rule, end)) = found {
                out.push(Hit { rule: rule as usize, start: tk.start, end });
                continue;
            }
        }
        let nch = buf.chars().count();
        if nch < 6 {
            continue;
        }
        // A condition as the first part of a word of care: diabetes|vård, cancer|behandlingen.
        if let Some(rule) = care_compound(v, &buf) {
            out.push(Hit { rule: rule as usize, start: tk.start, end: tk.end });
            continue;
        }
        let tail_at = buf.char_indices().nth(nch - 3).map(|x| x.0).unwrap_or(0);
        if !v.tails.contains(&buf[tail_at..]) {
            continue;
        }
        // Longest head first; at least three letters before it.
        for (i, _) in buf.char_indices().skip(3) {
            if buf.len() - i > v.longest_head {
                continue;
            }
            if let Some(&(rule, _)) = v.heads.get(&buf[i..]) {
                out.push(Hit { rule: rule as usize, start: tk.start, end: tk.end });
                break;
            }
        }
    }
}

/// Words of care that take a condition as their first part (diabetesvård, epilepsimedicinen).
const CARE_HEADS: &[&str] = &[
    "vård",
    "vården",
    "behandling",
    "behandlingen",
    "behandlingar",
    "mottagning",
    "mottagningen",
    "kontroll",
    "kontrollen",
    "kontroller",
    "kontrollerna",
    "sjuksköterska",
    "sjuksköterskan",
    "medicin",
    "medicinen",
    "mediciner",
    "medicinerna",
    "läkemedel",
    "läkemedlen",
    "läkemedlet",
    "besvär",
    "besvären",
    "anfall",
    "anfallen",
    "diagnos",
    "diagnosen",
    "skov",
    "skovet",
    "skada",
    "skadan",
    "skador",
    "smärta",
    "smärtan",
    "smärtor",
    "operation",
    "operationen",
    "problem",
    "problemen",
    "problematik",
    "problematiken",
    "symtom",
    "symtomen",
    "attack",
    "attacken",
    "attacker",
    "episod",
    "episoden",
    "recidiv",
];

/// Whether `w` is a word of care with a condition as its first part ("diabetesvården"): a field of
/// care unless a person is named near it.
pub fn is_care_compound(w: &str) -> bool {
    let l = w.to_lowercase();
    care_compound(&tables().1, &l).is_some()
}

/// The rule of a word made of a term of the vocabulary and a word of care (one linking `s` allowed).
fn care_compound(v: &Vocab, w: &str) -> Option<u16> {
    let head = CARE_HEADS.iter().find(|h| w.len() > h.len() + 3 && w.ends_with(*h))?;
    let pre = &w[..w.len() - head.len()];
    v.whole.get(pre).or_else(|| pre.strip_suffix('s').and_then(|p| v.whole.get(p))).copied()
}

/// All rules: the hand-written patterns above, then the medical vocabulary.
pub fn rules() -> &'static [Rule] {
    &tables().0
}

// No `\b` in a rule: a Unicode word boundary makes the regex crate's lazy DFA give up on text with
// å/ä/ö and fall back to a matcher more than ten times slower (measured: 20 ms → 315 ms per call on
// 20 kB). `@` and explicit separators do the same job.
fn expand(p: &str) -> String {
    p.replace('@', "[a-zåäöéüA-ZÅÄÖÉÜ]")
}

/// How many rules share one automaton. All rules in one alternation made the lazy DFA build a new
/// state for almost every byte of text it had not seen before – each state a set of threads from
/// every rule at once, and their combinations without end: 0.2 s for a 4 kB page of a kind the
/// process had not met, and past the cache's limit it cleared and rebuilt, so a second pass over
/// 45 hand-written documents took longer (12–14 s) than the first (7–8 s). Groups of 20 rules keep
/// each automaton's states few: the same documents take about 1.1 s cold and 0.15 s warm, while
/// text the automata already know (the generated corpus) costs about a fifth more than one pass.
/// Measured with `cargo run --release -p diarievakt-detect --example detect_speed`.
const RULES_PER_AUTOMATON: usize = 20;

struct Compiled {
    /// The rules as alternations over the lower-cased text, [`RULES_PER_AUTOMATON`] to a regex, in
    /// rule order. Lower-casing the text once keeps the automata small (no case folding in them).
    any: Vec<Regex>,
    /// Each rule anchored to a whole span: tells which rule a span came from. The rules without a
    /// case-sensitive part are matched on the lower-cased span without case folding (`lower`); only
    /// the others need `(?i)` (`cased`). Folding the case of every rule took 0.4 s of every start
    /// (of the app and of each worker process), about ten times the rest of the compile.
    lower: regex::RegexSet,
    lower_ids: Vec<usize>,
    cased: regex::RegexSet,
    cased_ids: Vec<usize>,
}

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| {
        let mut groups: Vec<String> = Vec::new();
        let rules = rules();
        let mut n_in = 0usize;
        let (mut lower, mut lower_ids, mut cased, mut cased_ids) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, rule) in rules.iter().enumerate() {
            // The vocabulary's rules are found by `vocab_hits`, not by the automaton.
            if rule.pat == NEVER {
                continue;
            }
            let p = expand(rule.pat);
            if rule.pat.contains("(?-i:") {
                cased.push(format!("(?i)^(?:{p})$"));
                cased_ids.push(i);
            } else {
                lower.push(format!("^(?:{})$", p.to_lowercase()));
                lower_ids.push(i);
            }
            if groups.is_empty() || n_in >= RULES_PER_AUTOMATON {
                groups.push(String::new());
                n_in = 0;
            }
            let s = groups.last_mut().unwrap();
            n_in += 1;
            if !s.is_empty() {
                s.push('|');
            }
            s.push_str("(?:");
            s.push_str(&p.to_lowercase());
            s.push(')');
        }
        // Each span must end at a word boundary: the boundary character is consumed (and trimmed
        // again in `find_raw`), so a rule that stops inside a word gives way to one that does not
        // ("röstade för Moderaterna|s" to "röstade för Moderaternas").
        let any = groups
            .iter()
            .map(|s| {
                let s = format!(r"(?:{s})(?:[^\p{{L}}\p{{N}}]|$)");
                regex::RegexBuilder::new(&s).size_limit(64 << 20).dfa_size_limit(64 << 20).build().unwrap()
            })
            .collect();
        let set = |p: &[String]| regex::RegexSetBuilder::new(p).size_limit(64 << 20).dfa_size_limit(32 << 20).build().unwrap();
        Compiled { any, lower: set(&lower), lower_ids, cased: set(&cased), cased_ids }
    })
}

/// Lower-cases `t` keeping every byte offset: a character whose lower case has another length is kept.
pub fn lower_same_offsets(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(lc), None) if lc.len_utf8() == c.len_utf8() => out.push(lc),
            _ => out.push(c),
        }
    }
    out
}

pub fn warm_up() {
    compiled();
}

/// Finds rule matches; the confidence is set later from the subject context.
pub struct Hit {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
}

/// Names of laws and bodies that hold a sensitive word but say nothing about a person.
fn suppress() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(&expand(
            r"(?i)lag(?:en)?\s+(?:\([0-9:]+\)\s+)?om\s+stöd\s+och\s+service\s+till\s+vissa\s+funktionshindrade|lag(?:en)?\s+(?:\([0-9:]+\)\s+)?om\s+vård\s+av\s+missbrukare\s+i\s+vissa\s+fall|lag(?:en)?\s+(?:\([0-9:]+\)\s+)?med\s+särskilda\s+bestämmelser\s+om\s+vård\s+av\s+unga|lag(?:en)?\s+(?:\([0-9:]+\)\s+)?om\s+psykiatrisk\s+tvångsvård|lag(?:en)?\s+(?:\([0-9:]+\)\s+)?om\s+rättspsykiatrisk\s+vård|riksförbundet\s+för\s+@+(?:\s+och\s+@+)?\s+@+|autism-\s+och\s+aspergerförbundet|har\s+ont\s+om\s+@+|regionalt\s+cancercentrum|nationella\s+@+\s+för\s+@+",
        ))
        .unwrap()
    })
}

/// A word of a sensitive domain compounded into a profession or a unit ("familjehemssekreteraren",
/// "Familjehemsenheten", "missbruksenheten"): it names who works with it, not a person it is about.
fn profession_or_unit(word: &str) -> bool {
    const TAILS: &[&str] = &[
        "sekreterare",
        "sekreteraren",
        "sekreterarna",
        "enheten",
        "enheterna",
        "handläggare",
        "handläggaren",
        "handläggarna",
        "utredare",
        "utredaren",
        "konsulent",
        "konsulenten",
        "samordnare",
        "samordnaren",
        "teamet",
        "gruppen",
        "verksamheten",
    ];
    let w = word.to_lowercase();
    TAILS.iter().any(|t| w.len() > t.len() + 3 && w.ends_with(t))
}

const CARE_HOME: &str = "Särskilt boende (äldreomsorg eller LSS)";

/// A care home named as someone's workplace ("Verksamhet: Särskilt boende Solbacken", "undersköterska,
/// Gröndalens äldreboende"): no one's social-welfare data.
fn workplace_before(t: &str, s: usize) -> bool {
    let from = crate::text::floor_char(t, s.saturating_sub(40));
    let line_start = t[..s].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let before = t[from.max(line_start)..s].to_lowercase();
    crate::contact::has_word(
        &before,
        &[
            "verksamhet",
            "verksamheten",
            "arbetsplats",
            "arbetsställe",
            "arbetar",
            "arbetade",
            "anställd",
            "anställning",
            "undersköterska",
            "vårdbiträde",
            "sjuksköterska",
            "enhetschef",
            "chef",
            "personal",
            "personalen",
            "medarbetare",
            "vikarie",
            "tjänstgör",
            "tjänstgjorde",
        ],
    )
}

/// A rule's general subject, not a person: "färdtjänst beviljas den som har väsentliga svårigheter
/// att förflytta sig", "alla som har diabetes erbjuds …".
fn generic_subject(t: &str, lower: &str, start: usize) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"(?:^|\s)(?:den|de|dem|alla|personer|en\s+person|var\s+och\s+en|barn|elever|patienter|brukare|sökande)\s+som(?:\s+(?:har|är|inte|kan|får|blir|bedöms|behöver|saknar|lider\s+av)){0,2}\s*$")
            .unwrap()
    });
    let from = crate::text::floor_char(t, start.saturating_sub(48));
    r.is_match(&lower[from..start])
}

/// A unit's proper name: a capitalised domain word before a unit noun ("Psykiatriska kliniken",
/// "Beroendecentrum", "Infektionskliniken" are found as units elsewhere); lower case ("remitterad
/// till psykiatriska kliniken") stays a person's care.
fn unit_name(t: &str, start: usize, end: usize) -> bool {
    const UNITS: &[&str] = &["kliniken", "kliniker", "mottagningen", "avdelningen", "enheten", "sektionen", "verksamheten", "öppenvården"];
    let word = &t[start..end];
    if word.contains(char::is_whitespace) || !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let next = t[end..].trim_start_matches([' ', '\t']);
    let w: String = next.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    UNITS.contains(&w.as_str())
}

/// A kind of data spoken of, not a person's: "uppgifter om hälsa, missbruk eller
/// familjeförhållanden", "särskilt i fråga om missbruk" – the cue, then only a list of plain words
/// (no possessive, no name) up to the finding.
fn kind_of_data(t: &str, lower: &str, start: usize) -> bool {
    const CUES: &[&str] = &["uppgift om", "uppgifter om", "i fråga om", "frågor om", "information om", "typer av", "kategorier av"];
    const OWNERS: &[&str] =
        &["hans", "hennes", "hens", "deras", "sin", "sitt", "sina", "min", "mitt", "mina", "din", "ditt", "dina", "er", "ert", "era"];
    let from = crate::text::floor_char(t, start.saturating_sub(120));
    let before = &t[from..start];
    let clause = before.rsplit(['.', ';', ':', '!', '?']).next().unwrap_or(before);
    // `lower` has the offsets of `t`: the clause's tail is sliced from both.
    let lower = &lower[start - clause.len()..start];
    let Some((at, cue)) = CUES.iter().filter_map(|c| lower.rfind(c).map(|i| (i, c))).max_by_key(|x| x.0) else {
        return false;
    };
    let between = &lower[at + cue.len()..];
    let original = &clause[at + cue.len()..];
    // A list: items of at most three words joined by commas, "och", "eller", "samt", and the
    // finding as its next item.
    let joined = between.trim_end();
    let next_item = joined.is_empty() || joined.ends_with(',') || [" och", " eller", " samt"].iter().any(|j| joined.ends_with(j));
    let items: Vec<&str> = between
        .split(',')
        .flat_map(|p| p.split(" och "))
        .flat_map(|p| p.split(" eller "))
        .flat_map(|p| p.split(" samt "))
        .map(|p| p.trim().trim_end_matches(" och").trim_end_matches(" eller").trim_end_matches(" samt"))
        .filter(|p| !p.is_empty() && !matches!(*p, "och" | "eller" | "samt"))
        .collect();
    next_item
        && items.len() <= 5
        && items.iter().all(|i| i.split_whitespace().count() <= 3 && !i.split_whitespace().any(|w| OWNERS.contains(&w)))
        && !original.split_whitespace().any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The grounds of discrimination named as grounds ("kön, etnisk tillhörighet, religion,
/// funktionsnedsättning, sexuell läggning eller ålder", a complaint form's options, an
/// investigation's "samband med etnisk tillhörighet och religion"): a finding that is itself a
/// ground, with two more around it, names the law's list, not a person's data.
fn discrimination_grounds(lower: &str, start: usize, end: usize) -> bool {
    const GROUNDS: &[&str] = &[
        "kön",
        "könsöverskridande identitet",
        "etnisk tillhörighet",
        "religion",
        "trosuppfattning",
        "funktionsnedsättning",
        "sexuell läggning",
        "ålder",
    ];
    let found = &lower[start..end];
    if found.split_whitespace().count() > 4 || !GROUNDS.iter().any(|g| found.contains(g)) {
        return false;
    }
    let from = crate::text::floor_char(lower, start.saturating_sub(160));
    let to = crate::text::ceil_char(lower, (end + 160).min(lower.len()));
    let window = &lower[from..to];
    GROUNDS.iter().filter(|g| window.contains(**g)).count() >= 3
}

/// A row of a governing document's table that names a type of decision with its legal ground
/// ("7.2  Beslut om särskilt boende   4 kap. 1 § SoL   BH"): no one's case.
fn decision_type_row(t: &str, start: usize) -> bool {
    const HEADS: &[&str] = &["beslut", "yttrande", "ansökan", "anmälan", "godkännande", "överflyttning", "utredning", "rätt att", "avslag"];
    let (ls, le) = crate::text::line_bounds(t, start);
    let line = &t[ls..le];
    if !line.contains('§') {
        return false;
    }
    let head = t[ls..start].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace()).to_lowercase();
    // "Beslut om …" names a type; "Beslut: …" is a form's field, filled in for someone.
    HEADS.iter().any(|h| head.strip_prefix(h).is_some_and(|r| r.starts_with(' ')))
}

pub fn find(t: &str, toks: &[crate::text::Tok]) -> Vec<Hit> {
    let lower = lower_same_offsets(t);
    let mut hits = find_raw(t, &lower);
    vocab_hits(t, toks, &mut hits);
    hits.retain(|h| {
        let cat = rules()[h.rule].cat;
        let word = &t[h.start..h.end];
        let names_a_profession = matches!(cat, Category::SocialWelfare | Category::Health | Category::Criminal)
            && !word.contains(char::is_whitespace)
            && profession_or_unit(word);
        let a_workplace = rules()[h.rule].expl == CARE_HOME && workplace_before(t, h.start);
        // A group named in the plural ("bemötande av transpersoner", "hbtqi-personer") is no one's orientation.
        let a_group = cat == Category::SexLife && word.to_lowercase().ends_with("personer");
        !names_a_profession
            && !a_workplace
            && !a_group
            && !unit_name(t, h.start, h.end)
            && !generic_subject(t, &lower, h.start)
            && !kind_of_data(t, &lower, h.start)
            && !decision_type_row(t, h.start)
            && !(matches!(cat, Category::Ethnicity | Category::Religion | Category::SexLife | Category::Health)
                && discrimination_grounds(&lower, h.start, h.end))
    });
    if !hits.is_empty() {
        let spans: Vec<(usize, usize)> = suppress().find_iter(t).map(|m| (m.start(), m.end())).collect();
        if !spans.is_empty() {
            hits.retain(|h| !spans.iter().any(|&(s, e)| h.start >= s && h.end <= e));
        }
    }
    hits
}

/// `lower` is `t` lower-cased with the same offsets ([`lower_same_offsets`]).
/// Each group's spans, merged as one alternation would have chosen: the leftmost start first, an
/// earlier rule first at the same start, and no span overlapping one already taken.
fn find_raw(t: &str, lower: &str) -> Vec<Hit> {
    let c = compiled();
    if c.any.len() == 1 {
        return find_group(t, lower, &c.any[0]);
    }
    let mut all: Vec<(usize, usize, Hit)> = Vec::new();
    for (g, re) in c.any.iter().enumerate() {
        all.extend(find_group(t, lower, re).into_iter().map(|h| (h.start, g, h)));
    }
    all.sort_by_key(|a| (a.0, a.1));
    let mut out: Vec<Hit> = Vec::new();
    let mut end = 0;
    for (_, _, h) in all {
        if h.start >= end || out.is_empty() {
            end = h.end;
            out.push(h);
        }
    }
    out
}

/// The spans of one group's automaton `any`, each with the first rule of the group that matches it whole.
fn find_group(t: &str, lower: &str, any: &Regex) -> Vec<Hit> {
    let c = compiled();
    let mut out = Vec::new();
    let mut at = 0;
    while at < t.len() {
        let Some(m) = any.find_at(lower, at) else {
            break;
        };
        let (s, mut e) = (m.start(), m.end());
        if let Some(last) = t[s..e].chars().next_back().filter(|c| !c.is_alphanumeric()) {
            e -= last.len_utf8();
        }
        let left_letter = t[..s].chars().next_back().is_some_and(|c| c.is_alphanumeric());
        let right_ok = t[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if right_ok && e > s {
            let mut hit = None;
            let mut ids: Vec<usize> = c.lower.matches(&lower[s..e]).iter().map(|i| c.lower_ids[i]).collect();
            ids.extend(c.cased.matches(&t[s..e]).iter().map(|i| c.cased_ids[i]));
            ids.sort_unstable();
            for rule in ids {
                let rl = &rules()[rule];
                if !left_letter && !rl.head {
                    hit = Some(Hit { rule, start: s, end: e });
                    break;
                }
                if left_letter && rl.inner {
                    // Widen to the start of the compound (bröst|cancer).
                    let head = t[..s].char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map(|(i, _)| i).unwrap_or(s);
                    if !rl.head || s - head >= 3 {
                        hit = Some(Hit { rule, start: head, end: e });
                        break;
                    }
                }
            }
            if let Some(h) = hit {
                at = e;
                out.push(h);
                continue;
            }
        }
        // Try again one character later.
        at = s + t[s..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
    }
    out
}

pub fn to_cand(h: &Hit, subject: f32) -> Cand {
    let rl = &rules()[h.rule];
    let conf = rl.conf * subject.max(rl.alone);
    Cand::new(rl.cat, h.start, h.end, conf, rl.expl)
}
