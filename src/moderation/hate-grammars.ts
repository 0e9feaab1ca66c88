import { nationalities } from './nationalities.js';
import { normalise } from './normalise.js';

/**
 * Per language, the roles detect-hate-multilingual.ts pairs up, in phrase-pattern.ts syntax over
 * normalised text (lower case, accents dropped, ß as ss, ł as l). Written from each language's grammar
 * and common usage, not from any data set's sentences:
 * - group: protected groups as a speaker names them (plural and singular, gender and case forms, the
 *   colour words only with an article or a noun, so "un gato negro" is no group);
 * - derogation: what makes naming them hate (dehumanising nouns, contemptuous attributes, disgust and
 *   hatred, a life said to be worthless, "no place for", cursing them), with a weight;
 * - violence: calls for violence or exclusion against them (kill, exterminate, deport, hang, get rid of);
 * - worth: what hate denies a group when it negates a good thing (intelligence, ability, value, being
 *   human or equal, a life, a place, respect, being welcome): "X are not as smart as...", "let no X
 *   live", "there is no room for X". Alone or praised it is no signal; a negation just before it (or,
 *   in Hindi, just after) makes the pair hate;
 * - negation, mention (saying, calling, writing, against, and the addressee's own hatred or contempt
 *   for a group, "tu obvio desprecio por X", which is theirs: counter-speech), they (a pronoun or verb
 *   that carries a group into the next sentence), self (a member naming their own group: "as a woman").
 */
export interface HateGrammar {
  group: readonly string[];
  derogation: ReadonlyArray<readonly [number, string]>;
  violence: ReadonlyArray<readonly [number, string]>;
  worth: readonly string[];
  negation: readonly string[];
  mention: readonly string[];
  they: readonly string[];
  self: readonly string[];
  /**
   * Every word is a stem that takes any ending (Turkish: "suriyeli*"). Such a grammar is read only where
   * franc finds its language plausible, and its words are no typo targets: a stem one letter from a word
   * of any language would match, or rewrite, that word.
   */
  stemsTakeAnyEnding?: true;
}

/**
 * Egyptian Arabic in Latin letters (Arabizi), digits for the letters Latin lacks (2 hamza, 3 ain, 5 kha,
 * 7 ha, 8 ghain or qaf, 9 sad), as members type it. HATE_GRAMMARS reads its patterns as normalise() reads
 * the text; arabizi-skeleton.ts reads their words by consonants, in any spelling.
 */
export const ARABIZI: HateGrammar = {
    group: [
      '(nsa2|nesa2|nisa2|nisaa|nesaa|neswan|nswan|niswan|setat|sttat|settat|7areem|7arim)',
      '(motaholeen|motaholen|motaholon|mot7awleen|mt7wleen|mot7wlen|mt7wlen|motahawleen|motahwleen)',
      '(mthlyeen|mthlyoon|mthleen|methleyeen|methlyeen|mithliyin|mithleyeen|methlyen|shawaz|shwaz|5awalat|5wlat)',
      '(el sood|elsood|el soud|zonoog|znoog|zenoog|zngy|zengy|zingy)', '(yahood|yahud|yehood|yahoody|yahoodi)',
      '(mo3akeen|mo3aqeen|m3akeen|m3aqeen|mo3a2een|mo3aqin|mo3akin|ma3akeen|mo3aaqeen|mo3a2in)',
      '(laj2een|lag2een|laje2een|lage2een|laji2in|laje2in|lagi2in|lag2in|laj2in|lage2in|mohagreen|mohajreen|mohajerin|mohagerin|aganeb|agaanib|ajaneb)',
      '(moslemeen|muslimeen|msalmeen|masee7yeen|mase7yeen|a2bat|shee3a|shi3a)',
      // One of them: a refugee, a gay man, a disabled person, a migrant (session 21).
      '(laj2|lage2|laje2|mthly|methly|mo3a2|mo3aq|m3a2|mohager|mohajer|mhager)',
      // Session 38 (issue 17): Standard Arabic and the Levantine, Gulf and Maghrebi dialects written without digits, whose
      // hamza and ع are a vowel or nothing ("el lajieen", "el mu3aqin", "lihoud"); the words that are also names or other
      // languages' words only after the article ("nisa" a name, Italian "il sud" the south, English "Shia"). Not the
      // words romanised Hindi's grammar spells ("yahudi"): those are read as Arabizi by skeleton, where the text says it is.
      '((el|al|il) (nisa|nesa|nsa|hareem|harim)|niswen|nswen|neswen|nesswan)',
      '(yahoud|yehud|yahoudi|lihoud|lihud|lyhoud)',
      '(masihiyeen|masihiyin|masihiyyin|masi7iyeen|masi7iyin|msi7iyin|msihiyin|nasara|nsara|nasari)',
      '((el|al|il) (shia|shiaa|shii)|shi3i|shee3i|rawafed|rwafed|rawafid|rafida)',
      '(mithliyeen|mithliyin|mithliyyin|methliyin|methliyeen|mithliyoon|mithli|zwamel)',
      '(mutahawwilin|mutahawilin|motahawilin|mot7awilin|mutahawileen)',
      '(el sud|(el|al|il) (3abeed|abeed|3bid|abid)|l3bid|afariqa|afar2a|afare2a|afareqa|afarqa)',
      '(mu3aqin|mu3aqeen|mu3a2in|mo3aqeen|mu3awaqin)',
      '(lajieen|lajiin|lajeen|lajiyeen|laji2een|laje2in|lagieen|lagiin|muhajireen|muhajirin|mohajireen|mohajirin|muhajreen|mhajrin)',
      '(souriyeen|souriyin|sooriyeen|sooriyin|suriyin|suriyeen|hunood|hnood|hnoud|hunud|sudaniyin|sudaniyeen)',
    ],
    derogation: [
      // Beasts, vermin, filth and disease; lower than humans.
      [0.8, '(7ayawanat|7ayawan|klab|kelab|5anazeer|5anzeer|2orood|2erood|2erd|7asharat|7ashara|zbala|zebala|zabala|wasa5a|wesa5a|sarataan|saratan|waba2|ta3oon|gerzan|feran|fe2ran|sarasir|sarasseer|bahayem|bahaym|7ameer|7mir|ta7t el bashar|2a2al mn el bashar|a2al men el bashar|2a2al men el 7ayawanat)'],
      // Ignorant, stupid, dirty, disgusting, contemptible, backward, criminal, lying, traitors, failures.
      [0.75, '(gahleen|gahlin|ga7leen|ag7al|aghbya|a8bya|2aghbya|8aby|ghaby|8abyeen|wes5in|wes5een|wese5|wes5|2zr|2azar|2ezr|m2rfeen|mo2rfeen|mo2ref|mo2rf|ma2rafeen|7a2ireen|7a2er|7a2eer|7o2ara|tafheen|tafhen|met5alefeen|met5alfeen|motakhalefeen|mogremeen|mogrmeen|7aramya|7aramyeh|kadabeen|kaddabeen|5awana|5ayneen|negseen|angas|hamag|fashleen|kaslaneen|mo2zyeen|ashrar|5obasa2)'],
      // Disgust and hatred felt.
      [0.75, '(bakrah|bakrahom|bakrhom|bkrahom|bnkrah|bnekrah|bt2rf|bat2araf|bet2araf|ba2raf|2arfan|2rfan|mesh tay2|msh tay2|mesh tay2hom|msh tay2hom|mab6i2sh|mabta2sh|mabtay2sh)'],
      // Worth and humanity denied (the negation is the derogation's own).
      [0.8, '(ma btswash|mabtswash|ma tswash|matswash|mtswash|ma yeswash|mayeswash|myswash|malhash 2ema|malhomsh 2ema|mlhash 2ema|mlhomsh 2ema|bala 2ema|malhomsh lazma|mlhomsh lazma|malhash lazma|mlhash lazma|mesh bani2admeen|mesh bany adameen|msh bany adameen|mesh bashar|msh bashar)'],
      // Cursing them: the mother and sister insults, "damn", sons of dogs, whores.
      [0.75, '(kosom|kos om|kosomhom|kos omhom|kos o5thom|kos e5thom|yel3an|yl3an|yela3n|welad el kalb|wlad el kalb|welad kalb|wlad kalb|welad el wes5a|wlad el wes5a|welad wes5a|welad el 7aram|wlad el 7aram|wlad 7aram|sharameet|sharmoot|metnakeen|mitnakeen|manayek)'],
      // Session 6, by class (from the language, not eval rows): beasts, monsters, vermin, disease, filth.
      [0.8, '(ta3abeen|ta3aban|2afa3y|afa3y|wo7oosh|wo7osh|we7oosh|mas5|masa5|ba2ar|gamoos|dood|doud|namoos|nammoos|ba3ood|debban|dababeen|deyab|dyab|8erban|ghorban|kalb|kelb|7mar|7omar|7amir|bahima|bhayem|garad|jarad|sos|marad|aids|waba|ta3oun|cancer|sartan|5ara|5ra|khara|me3afen|m3afen|mo3afen|ma3fen|nagasa|belwa|balwa|karsa|la3na|mosiba|moseeba|3eb2|3ab2)'],
      // Contemptible attributes: stupid, backward, deviant, corrupt, violent, dangerous, ugly, repulsive,
      // lying, greedy, rude, worthless, pitiful, failed, mad, criminal, traitorous, wicked, whores.
      [0.75, '(8oby|ghabya|8abya|a8beya|aghbeya|ahbal|habla|3abeet|3obt|motakhalef|met5alef|mot5alef|mt5lfeen|monharefeen|mon7arfeen|mon7arefeen|mon7aref|fasdeen|fased|fas2een|fagra|3anifeen|3aneefeen|3anif|damaweyeen|saffa7een|baltageya|baltagy|5atreen|5oteer|we7sheen|we7esh|bashe3|bshe3|kareeh|kreeh|monfereen|mo2refeen|mokrefeen|mo2azez|moqazez|mo8azez|mo2azzezeen|rezl|arzal|ghashasheen|8ashasheen|kazabeen|kadab|kazzab|ananeyeen|tamma3een|tama3|bo5ala|ba5eel|makreen|7a2deen|wo2a7|wa2e7|2alil el adab|elet adab|ma3dom|3adeem|3adimy|malhomsh fayda|bay5een|tafeh|fasheleen|fashla|ma3toheen|maganeen|magnoon|maganin|5ayen|mogrem|erhabyeen|erhabeyeen|erha2y|losoos|lsoos|nasabeen|nassabeen|ghadareen|8adareen|shereer|5abees|3ahrat|3ahra|2a7ba|2o7ab|mo2rfeen)'],
      // Hatred, contempt and disgust felt; worth denied; cursing and damning them.
      // Session 21, as the Arabic script grammar: a disgrace to society, empty minds, a pet or a shoe wiser or cleaner than
      // one of them, not yet down from the trees, still in the caves or the middle ages.
      [0.75, '(3ar|3aar) (3ala|3la|3al) (el mogtama3|el mgtm3|el balad|el bald|el bashar|el ensanya)|(3a2lohom|3a2lhom|dma8hom|demaghom|dmaghom|mo5hom|mokhhom) (fady|fadya|fadi|fadeya)|(mafeesh|mafish|mfish) (fi|fe|f) (dma8hom|demaghom|dmaghom|3a2lohom|mo5hom) (7aga|haga|7aja)|(lessa|lesa|lsa) (nazleen|nazlin) (men|mn) [3ala|3la] (el shagar|el shagara)|(3aysheen|3ayshin|3ayshen) (fi|fe) (el 3osoor el wosta|el kohoof|el 3asr el 7agary)'],
      [0.75, '(kalby|kalbi|2otty|otty|2etty|7mary|7omary|el kalb|el 2otta|el 7omar|el 7mar|shebshebi|gazmety) (azka|azkaa|a7san|ahsan|andaf|anzaf|ahamm|afham|a3al|ashraf) (men|mn)'],
      // Session 38: the Standard and Levantine "I hate" (akrah, bakrah), can't stand or bear them, feel sick at the sight of them.
      [0.75, '(akrah|akrahhom|akreh|mabatee2sh|mabatiqsh|mabtee2sh|ma bateeq|ma bteeq|ma b6ee2|ma ba6ee2|ma bt7ammal|ma bat7ammal|ma bat7mal|ma bta7ammal)|(at2aya|atqaya|at2ayya|atqayya|asraf|astafragh) (lama|lma|kol ma|kul ma) (ashoof|ashuf|ashof|ashouf)'],
      // Who would marry, trust, hire or respect one, asked.
      [0.75, '(min|meen|mein|mn) (biyitgawez|byetgawez|byetjawaz|yetgawez|yetjawaz|yitzawaj|biyitzawij|bysha8al|byesadda2|bisadda2|byeth2|yethaq|bi7taram|bye7tirim|byi7tirim|yi7tirim)'],
      [0.75, '(bakrahhom|bakraho|bakreh|ba7ta2er|b7ta2r|ba7ta2ar|ba7ta2rhom|mesh ba7ebhom|msh ba7ebhom|mb7bhomsh|mabahebhomsh|ma ba7ebhomsh|mesh 2ader asta7mel|msh 2ader ast7ml|ma2darsh asta7mel|by2rafoni|bye2rafoony|bt2rafny|bet2rafny|y2raf|2aref|ashma2ez|tabban|yel3an abo|yl3an abo|tf 3ala|tfo 3ala|fe dahya|fi dahya|f dahya|fe 60 dahya|fe sten dahya|ela el ga7eem|lel ga7eem|fel ga7eem|fe el ga7eem|mlhumsh|ma yeswosh|mayeswosh|myswosh|mabyeswosh|mabyswosh|ma3andohomsh 2ema|m3ndhomsh 2ema|wala 7aga|wala 7aja)'],
    ],
    violence: [
      // Killing, slaughter, burning, beating, hanging, driving out, being rid of them: first person, future
      // (ha-, han-), imperative plural and "must"; death wished on them.
      [0.8, '(n2tl|n2tel|ne2tel|n2tlhom|ne2telhom|n2telhom|a2tel|ha2tel|han2tel|ha2telhom|han2telhom|e2telohom|2otlohom|ndba7|nedba7|nedba7hom|hadba7|hadba7hom|handba7|n7ra2|ne7ra2|ne7ra2hom|n7ra2hom|ha7ra2|han7ra2|e7ra2ohom|nedrabhom|nodrobhom|hadrabhom|n5las menhom|ne5las menhom|net5las menhom|nt5las menhom|ne3dem|n3dem|e3demohom|yet3edmo|yet2telo|yet7r2o|yetdeb7o|yemooto|yemoto|yestahlo el mot|allah ya5odhom|rabena ya5odhom|ne2dy 3alehom|n2dy 3alehom|nod2y 3alehom|ntrodhom|netrodhom|yetrdo|yetterdo|nr7lhom|nera7alhom|yerga3o baladhom|yerga3o bladhom|yetla3o bara|bara el balad|n3la2hom|ne3la2hom|neshna2hom|yetshna2o|nmawethom|hamawethom|nemawethom)'],
      // Session 6: the Egyptian future (ha-, han-) of killing, slaughter, burning, hanging, beating, shooting,
      // throwing out, breaking and burying; the imperative plural; "must" with the passive (yet-); deserving it.
      [0.8, '(h2tlhom|ha2tlhom|han2tlhom|hm2tlhom|hmawthom|hamawet|hadba7|hadbahhom|hadrabhom|ha7ra2hom|ha7r2hom|han7ra2hom|hashna2|hashna2hom|hanshna2hom|ha3la2hom|hasa7alhom|hatrodhom|hatrod|hanetrodhom|hantrodhom|harmihom|harmeehom|hafaggar|hafagarhom|hadrab nar|hadrab 3alehom nar|hatla3 3een|hatla3 3ein|hakassar|hakaser|hakasar|ha3awar|ha3awarhom|haraw7hom|hadfenhom|hadfen|hasmemhom|hasaffehom|haseffy|5alas 3alehom|5ales 3alehom|2etlohom|2otlohom|e2tlohom|2tlohom|e7ra2ohom|e7r2ohom|edrabohom|edrbohom|edba7ohom|ed7bohom|eshna2ohom|etrodohom|etrdohom)'],
      [0.8, '(lazem|lazm|mafrood|mafroud|wageb) (ymooto|ymoto|yemooto|yemoto|yet2telo|yet2tlo|yet7ar2o|yet7r2o|yetdrbo|yetdarabo|yendrabo|yetrdo|yetrado|yetterdo|yetshna2o|yet3demo|yetsegno|yet7beso|yetdeb7o|yetbado|yetmese7o|ne5las menhom|net5alas menhom|n5las menhom|nemawethom|nmawethom|nemawet|nmawet|n2tlhom|ne2telhom|ne7ra2hom|netrodhom|nedrabhom)|(yestahlo|yst7lo|yesta7lo|yesta7a2o|yestahalo) (el darb|el 2atl|el 7ar2|el e3dam|el shan2|el dab7|yemooto|ymooto|yet2telo)|(el mot|el mawt|el moot) (l|le|lel|li|lil)'],
    ],
    worth: ['(amneen|ameen|sad2een|shorafa|sharif|mo7tarameen|mo7tarmeen|mo7taram|nodaf|nedaf|nedeef|2adreen|kafa2|nag7een|yefhamo|byefhamo|befhamo|ye7tarmo|n7taramhom|ashaghal|ashaghalhom|atgawez|asa7eb|azkya|azkeya|zaky|shatreen|2ema|mohem|mohemeen|bashar|bani2adameen|bany adameen|insan|ensan|metsaween|mrahab|mera7ab|ye3esh|ye3isho|ye3esho|7aya|7ayat|e7teram|7o2oo2|makan|se2a|theqa|kwayseen|tabe3yeen|mofeed|mofeedeen|shafa2a|ra7ma|karama|ta3atof|lazma|fayda|zayena|zay el nas|mowatneen)',
      // Session 17: the ability to lead or rule, a mind, contributing, citizenship.
      '(2odra|qodra|el 2yada|el qiyada|gensya|gensyya|el gensya|3a2l|yesahmo|beysahmo|bysahmo|y7kmo|ye7kmo|yo7komo)',
      // Session 21: thinking.
      '(tfakar|tefakar|tfakkar|tfaker|yfakaro|yefakaro|yfakro|befakaro|byfakaro)'],
    negation: ['(ma fi|mafi|ma fe|mafe|ma feesh|wala wa7ed|wala wahed|wala 7ad|wala had|mesh|msh|mish|mosh|mafeesh|mafish|mfish|mafesh|la2|lan|laysa|abadan|mosta7eel|3omrohom ma|3omrhom ma|ma3andohomsh|ma3andhomsh|ma3ndohomsh|ma3ndhomsh)'],
    mention: ['(2al|2alo|2ool|2oly|bey2olo|bet2ool|by2olo|ye2olo|2alet|kalam|ketaba|katab|ketbo|besamo|bysamo|betsamy|tesamy|ded|dedd|3onsory|3onsoreya|3onsoria|karahya|kraheya|ta7reed|ghalat|8alat|3eib|3eeb|mesh ma2bool|ghair ma2bool|marfood|ehana|tanamor|5etab|comment|post|tweet)'],
    they: ['(hadol|hadool|hdol|hadoul|homa|hma|dol|dool|zayohom|amthalhom|ashkalhom|ento|entom|feehom|fehom|3alehom|3lehom|lehom|menhom|ma3ahom|3andohom|kolohom|kollohom)'],
    self: ['(ana|e7na) (kamra2a|kaset|ka)'],
};

/**
 * Where Portuguese hate puts a group ("o lugar da mulher é na cozinha"), with its article or, in the saying, without it
 * ("lugar de mulher é na cozinha", session 36): an optional article before "lugar" would stretch the match over a quote mark.
 */
const PLACE_OF_CONTEMPT = '(em casa|na cozinha|no lar|na pia|no tanque|na jaula|no zoologico|na cadeia|na prisao|no lixo|na senzala|no chiqueiro|no curral|no esgoto|no tronco|na lata de lixo)';

/**
 * Turkish vermin, beasts, filth and disease, as normalise() folds them. The bare noun is the thing itself ("rehber
 * köpekler", "meme kanseri"); predicated of a group it takes the copula, -dir after voiced sounds and -tir after
 * voiceless ones, four vowels each folded to two (i, u), with or without the plural: "haşeredir", "köpektir",
 * "hayvanlardır"; a compound with its possessive ("hamam böcekleridir"). In the ablative (-den, -ten, -lerden) it is what
 * a group is ranked below.
 */
const TR_VERMIN = ['hayvan', 'kopek', 'domuz', 'maymun', 'sican', 'fare', 'hasere', 'haserat', 'bocek', 'hamam bocegi', 'hamam bocekleri', 'parazit', 'asalak',
  'mikrop', 'virus', 'kanser', 'veba', 'pislik', 'cop', 'bit', 'kene', 'suluk', 'kurtcuk', 'lagim faresi', 'lagim fareleri'];
const TR_PLURAL = ['', 'ler', 'lar'];
const TR_VERMIN_IS = TR_VERMIN.flatMap((noun) => TR_PLURAL.flatMap((plural) => ['dir', 'dur', 'tir', 'tur'].map((copula) => `${noun}${plural}${copula}`)));
const TR_VERMIN_FROM = TR_VERMIN.flatMap((noun) => TR_PLURAL.flatMap((plural) => ['den', 'dan', 'ten', 'tan'].map((from) => `${noun}${plural}${from}`)));
/** Turkish groups in the dative plural (-lere, -lara), folded: what "death to" takes. */
const TR_GROUP_DATIVE = ['kadinlara', 'suriyelilere', 'multecilere', 'gocmenlere', 'siginmacilara', 'yabancilara', 'afganlara', 'araplara', 'kurtlere',
  'ermenilere', 'yahudilere', 'rumlara', 'muslumanlara', 'alevilere', 'hristiyanlara', 'siyahilere', 'zencilere', 'siyahlara', 'escinsellere',
  'homoseksuellere', 'lezbiyenlere', 'translara', 'gaylere', 'geylere', 'ibnelere', 'engellilere', 'sakatlara', 'cingenelere', 'uygurlara'];

export const HATE_GRAMMARS: Readonly<Record<string, HateGrammar>> = {
  es: {
    group: [
      // Session 36: the acronym every Latin-script grammar borrows ("las personas LGBT", "os LGBTs", "LGBTQIA+").
      'lgbt*',
      '(mujer|mujeres)', '(inmigrante|inmigrantes|migrante|migrantes|refugiado|refugiados|refugiada|refugiadas|extranjero|extranjeros|extranjera|extranjeras)',
      '(musulman|musulmanes|musulmana|musulmanas|islamista|islamistas|moro|moros|mora|moras)', '(judio|judios|judia|judias)',
      '(los|las|unos|unas|estos|estas|esos|esas|todos los|todas las|aquellos|un|una|ese|esa|este|esta|ningun|ninguna|un solo|una sola|cada) (negro|negros|negra|negras)',
      '(negro|negros|negra|negras) (como|de mierda)', '(persona|personas|gente) (negra|negras)',
      '(gay|gays|homosexual|homosexuales|lesbiana|lesbianas|bisexual|bisexuales|trans|transexual|transexuales|transgenero|transgeneros)',
      '(discapacitado|discapacitados|discapacitada|discapacitadas|minusvalido|minusvalidos|minusvalida|minusvalidas)',
      '(indigena|indigenas|gitano|gitanos|gitana|gitanas|asiatico|asiaticos|asiatica|asiaticas|sudaca|sudacas|negrada|marica|maricas|maricon|maricones)',
      '(negros|negras) (son|seran|serian|deberian|deben|pueden|nunca|me|nos|no|sois|vosotros|vosotras|ustedes|vuestras|vuestros)',
      // Session 26: people named by what they are to the speaker, then the colour word ("mis vecinos negros"). Not
      // "clientes": a group word is a typo target, and "calientes", which Debian's Spanish list lacks, read as it.
      '(companeros|companeras|colegas|vecinos|vecinas|amigos|amigas|hombres|chicos|chicas|alumnos|alumnas|jefes|jugadores|empleados|inquilinos) (negros|negras)',
      '(al|del|proximo|cualquier|ningun|ninguna|cada|otro|otra|todo|toda) (negro|negra)',
      // Black people after a preposition: "mejor sin negros", "contra negros".
      '(sin|contra|entre|ante|hacia|para) (negros|negras)',
      // Session 37: a quantifier names people as the pronoun after it takes them up ("Conozco a muchos negros y los odio").
      '(muchos|muchas|algunos|algunas|varios|varias|tantos|tantas|demasiados|demasiadas|pocos|pocas|ciertos|ciertas) (negros|negras)',
      // and as what there is or whom one meets, sees or hates ("Hay negros en el parque."), as Portuguese reads "tem negros".
      '(hay|conozco|conoci|veo|vi|odio|detesto|soporto|aguanto|contrataria) (negros|negras)',
      // and as whom one wants, kills or throws out, the bare plural the verb's object ("no quiero negros en mi barrio", "matar
      // negros", "fuera negros"): a colour is said of a noun, never right after such a verb.
      '(quiero|queremos|quieren|querria|matar|matad|maten|matamos|echar|echad|echen|fuera|expulsar|expulsad|expulsen|deportar|deporten|aceptaria|admitiria) (negros|negras)',
      // Nationalities and peoples (nationalities.ts), session 23.
      ...nationalities('es'),
    ],
    derogation: [
      // Session 37 (issue 17), tropes said of a whole group: always playing the victim, pulling the strings of the media and
      // the banks, a threat to the speaker's culture (Polish). Victims of a crime and a company that owns newspapers name no group.
      [0.75, '(se hacen|se hace) [siempre] (las victimas|la victima|los victimas)|se victimizan|(controlan|dominan|manejan) (los medios|los bancos|el mundo|todo|el gobierno|hollywood)'],
      // Session 37 (issue 17), as Polish has it: a group said unable to do what anyone can (drive, think, count, behave), and
      // here only for the money. Permission or a past ban ("durften nicht fahren") and a writer's own job are not read.
      [0.75, '(no) (saben|pueden) [ni] [siquiera] (conducir|manejar|pensar|contar|razonar|dirigir|gobernar|comportarse|lavarse|aparcar)|(solo|solamente|nada mas) (vienen|estan aqui|llegan) (por|para) (el dinero|las ayudas|los subsidios|la paguita|la plata)'],
      // Session 37, a group called children to be told what to do (issue 17): grown people as infants. Pets and
      // grandparents "like children" name no group.
      [0.75, '(son) [solo|simplemente] como (ninos|ninas|crios|crias|criaturas)'],
      // Session 37, crime said to follow them wherever they go.
      [0.75, '(donde|dondequiera que|alli donde|por donde) ... (van|llegan|estan|hay|viven|entran|aparecen) ... (llega|llegan|sigue|siguen|aumenta|sube|crece|viene|vienen) (el crimen|la delincuencia|la criminalidad|la violencia|los problemas|la suciedad|la inseguridad|los robos)'],
      // Session 37, tolerance on a condition (issue 17): a group accepted only while it hides, keeps away or stays put. The
      // condition must follow the word of tolerance; a pet on a lead or a storm names no group.
      [0.75, '([no] (tengo|tenemos) nada (contra|en contra de)|vale|ok|okey|aceptables|tolerables|ningun problema|no me molestan|estan bien|me parecen bien|me da igual) .. (siempre que|siempre y cuando|con tal de que|a condicion de que|mientras no|mientras se queden|mientras sigan|mientras esten) [no]'],
      // Session 36, one group ranked above another as people (issue 17): "los blancos son superiores a los negros", the clause
      // closing on the group ranked below ("mejores que los hombres en matemáticas" is a skill).
      [0.75, '(son|somos) [geneticamente|naturalmente|racialmente|biologicamente|simplemente|claramente|mucho|muy] superiores (a|que) [los|las|todos los|todas las] _ [en todo|como personas|como seres humanos|por naturaleza] $'],
      // Plain "better than" is how fans and neighbours tease: it ranks people only "in everything" or "as people".
      [0.75, '(son|somos) [mucho|muy] mejores que [los|las|todos los|todas las] _ (en todo|como personas|como seres humanos|por naturaleza) $'],
      // Session 34, exclusion (issue 17): "out with" them, barred here, the country said to be one group's alone, sent back where
      // they came from. "Fuera los móviles", "no se permiten perros" and "devuélvelos a la tienda" name no group.
      [0.75, '(fuera|largo|afuera) (los|las|todos los|todas las|esos|esas|estos|estas|a los|a las)|(aqui|en mi|en nuestro|en nuestra|en este|en esta) [_] no se (permiten|admiten|aceptan)|(espana|el pais|este pais|nuestro pais|europa|este barrio|nuestro barrio) (es|sera|debe ser) (solo|solamente|unicamente) (para|de)|(que se vuelvan|que se larguen|que se marchen|mandalos|mandadlos|devuelvelos|devolvedlos|echalos|echadlos) [todos|todas|a todos|a todas] (a su pais|a sus paises|a su tierra|de vuelta|por donde vinieron|a su casa)'],
      // Session 19: nothing good (ever) came from them: the negation is the derogation's own.
      [0.75, '(nada) (bueno|de bueno|util|positivo) [ha|han|habia] [nunca|jamas] (salido|venido|sale|viene|saldra|vendra|salio|vino) [nunca|jamas] (de los|de las|de esos|de esas|de estos|de estas)'],
      // Shutting a group out of work, home, a vote or a marriage, in the conditional of refusal; called sick.
      [0.75, '(nunca|jamas) (contrataria|contratare|alquilaria|le alquilaria|les alquilaria|dejaria entrar|votaria (por|a)|saldria con|me casaria con)|(enfermos|enfermas) (mentales|de la cabeza)|(son|estan) (unos|unas) (enfermos|enfermas)'],
      [0.8, '(rata|ratas|parasito|parasitos|cucaracha|cucarachas|plaga|cancer|escoria|basura|animales|bestias|cerdos|monos|alimanas|gusanos|sabandijas|virus|infrahumano|infrahumanos|subhumano|subhumanos|inmundicia|suciedad|lacra|lacras|peste|chusma|gentuza|enfermedad|excremento)'],
      [0.75, '(asqueroso|asquerosos|asquerosa|asquerosas|repugnante|repugnantes|despreciable|despreciables|inutiles|estupidos|estupidas|tontos|tontas|idiotas|imbeciles|ignorantes|inferiores|sucios|sucias|criminales|ladrones|vagos|vagas|pateticos|pateticas|repulsivos|repulsivas|retrasados|retrasadas|descerebrados|cretinos|cretino|imbecil|escorias|salvajes|primitivos)'],
      [0.75, '([me|nos] (dan|da) asco|asco|asqueado|asqueada|me (enferman|repugnan|dan nauseas)|(odio|detesto|aborrezco|desprecio) a|odio (hacia|por|contra)|desprecio (hacia|por)|repulsion|(no) (soporto|aguanto|tolero))'],
      [0.8, '(no) (vale|valen|valga|valgan) (nada|una mierda|un carajo|un pimiento)|(sin|ningun) valor|(no) (importa|importan)|(no) (hay|existe) (lugar|espacio|sitio|cabida)|(no) (merece|merecen) (vivir|existir|respeto)|(no) (son|es) (humanos|humano|personas|persona)|menos que (humanos|personas)|(no) (mejores|mejor) que|(peor|peores) que'],
      [0.75, '(a la mierda|a tomar por culo|a tomar por saco|que se jodan|jodanse|al carajo|que les den|hijos de puta|putos|putas)'],
      // Sent to hell: "al diablo con los X".
      [0.75, '(al diablo|al infierno) [con]'],
      [0.75, '(inmundos|inmundas|infames|viles|abominables|nauseabundos|nauseabundas|invasores|hordas|enjambre|enjambres|infestando|infestan|invadiendo|vomitar|ganas de vomitar)'],
      [0.75, '(nada mas que|solo|mas que) (desprecio|asco|odio|repulsion)|(ninguna|sin) (compasion|piedad|lastima)|(nunca|no) .. tan (listos|listas|inteligentes|buenos|buenas|capaces|valiosos|valiosas) como|(no) (son|es) (mejores|mejor) que'],
      [0.75, '(malvados|malvadas|perversos|perversas|degenerados|degeneradas|depravados|depravadas|horribles|odiosos|odiosas|nefastos|miserables|bastardos|lamentables|hediondos|apestosos|apestosas|mentirosos|tramposos|anormales|aberraciones|aberracion|enfermos mentales|una verguenza|un asco|lo peor|los peores|las peores|bichos|sanguijuelas|hienas|perros|ganado|lastre)'],
      [0.75, '(no) (siento|sentimos|tengo|tenemos|hay) (nada mas que|mas que|sino|nada salvo) (desprecio|asco|odio|repulsion|aversion|rechazo)'],
      [0.75, '(no) (tengo|siento|sentimos|tenemos) [absolutamente] (ninguna|ningun|nada de) (compasion|piedad|lastima|respeto|simpatia|consideracion)'],
      [0.8, '(no) (vale|valen|valga|valgan) (absolutamente|realmente|literalmente|en absoluto|ni) (nada|una mierda|un carajo|un pimiento)'],
      [0.8, '(no) (tiene|tienen) [absolutamente] (ningun|ninguna) (valor|importancia)|(no) (importa|importan) (nada|en absoluto|para nada|lo mas minimo)'],
      [0.75, '(aversion|desprecio|asco|repugnancia|rechazo) (a|por|hacia) (todos|todas|los|las|esos|esas|estos|estas)'],
      [0.75, '(deberian|deben|tendrian que|tienen que) (estar|vivir|ser encerrados|ser encerradas|estar encerrados|estar encerradas) en (un|el|los|una|unas|unos) (zoo|zoologico|zoologicos|zoos|jaula|jaulas|establo|pocilga)|(su) (lugar) (es|esta) en (el|un|una) (zoo|zoologico|jaula)'],
      [0.75, '(perro|perra|gato|mono|hamster|loro|cabra|pez) (es|son) (mas) (inteligente|inteligentes|listo|lista|listos|listas|util|valioso) que'],
      [0.75, '(canallas|desgraciados|desgraciadas|cabrones|cabronas|gilipollas|capullos|capullas|soplapollas|mamones|sinverguenzas|hijos de perra|malnacidos|mierdas)'],
      [0.8, '(alimana|alimanas|sanguijuela|sanguijuelas|garrapata|garrapatas|piojo|piojos|pulga|pulgas|bacteria|bacterias|tumor|tumores|gangrena|infeccion|podredumbre|mugre|roedores|insectos|bichos|bestia|animal|mono|monos|simios|cerdo|cerda|perros|perras|cucarachas|desechos|residuos|estiercol|mierda|basuras|deshechos|carrona|carrona|escoria humana|subnormales)'],
      [0.75, '(nauseabundo|nauseabunda|vomitivo|vomitivos|vomitiva|vomitivas|inmundo|inmunda|sucio|sucia|estupido|estupida|tonto|tonta|idiota|retrasado|retrasados|inutil|inferior|patetico|patetica|ignorante|despreciables|mezquinos|mezquinas|ruines|vil|abyecto|abyectos|abyectas|indeseables|indeseable|incivilizados|incivilizadas|barbaros|barbaras|peligrosos|peligrosas|violentos|violentas|malos|malas|crueles|ruin|bajos|ineptos|ineptas|incapaces|inservibles|deplorables|detestables|aborrecibles|execrables|odiosos|insoportables|insufribles|irritantes|molestos|molestas|corruptos|corruptas|traidores|parasitarios)'],
      [0.75, '(odio|odiamos|detesto|detestamos|aborrezco|aborrecemos|desprecio|despreciamos|abomino|execro) [a] (los|las|todos|todas|esos|esas|estos|estas|cualquier|tu|tus|ustedes|vosotros)|(me|nos) (repugnan|repugna|asquean|asquea|dan nauseas|dan grima|dan arcadas|revuelven el estomago|enferman|irritan|sacan de quicio)|(siento|sentimos|tengo|tenemos) (tanto|mucho|tanta|mucha) (odio|asco|desprecio|repulsion|rechazo)'],
      [0.75, '(engendros|monstruos|demonios|zanganos|una carga|veneno|una amenaza|una desgracia|delincuentes|violadores|terroristas|porqueria|perezosos|perezosas|deshonestos|deshonestas|incultos|incultas|egoistas|codiciosos|codiciosas|pervertidos|pervertidas|cobardes|feos|feas|malolientes|hipocritas|manipuladores|manipuladoras|arrogantes|brutos|brutas|falsas|falsos|histericas|histericos|me repelen|repelentes)'],
      // Contempt by class: beasts and vermin, freaks and burdens, vice and greed, dim and uncouth; "good for nothing".
      [0.8, '(buitres|viboras|serpientes|chinches|moscas|larvas|langostas|termitas|ladillas|fenomenos|adefesios|esperpentos|estorbo|estorbos|gorilas|babuinos|orangutanes|chimpances|marranos|marranas|puercos|puercas|guarros|guarras|cerdas|sobras|desperdicios|despojos|inmundicias|pestilencia)'],
      [0.75, '(tarados|taradas|mongolos|mongolas|lerdos|lerdas|zopencos|borregos|borregas|trogloditas|cavernicolas|analfabetos|analfabetas|holgazanes|aprovechados|aprovechadas|gorrones|gorronas|maleantes|viciosos|viciosas|avariciosos|avariciosas|usureros|usureras|tacanos|tacanas|rastreros|rastreras|traicioneros|traicioneras|taimados|taimadas|zafios|zafias|ordinarios|ordinarias|chabacanos|mugrientos|mugrientas|ronosos|ronosas|piojosos|piojosas|pestilentes|fetidos|fetidas|insufribles|abominables|detestables|despreciables|infrahumanos|infrahumanas|subhumanos|subhumanas|desviados|desviadas|antinaturales|contranatura|enfermizos|enfermizas|degenerados|degeneradas|putas|zorras|perras|guarras)'],
      [0.8, '(no) (sirven|sirve|valen|vale|servis|valeis) (para nada|ni para)|(solo|solamente|unicamente) (sirven|sirve|valen|vale) para|(vale|valen) menos que|(no) (pintan|pinta) nada|(no) (tienen|tiene) (derecho|derechos|cabida|sitio|lugar)'],
      [0.75, '(me|nos) (producen|produce|provocan|provoca|causan|causa) (asco|repugnancia|nauseas|arcadas|repulsion|desprecio|rechazo)|(siento|sentimos|tengo|tenemos) (asco|repulsion|repugnancia|desprecio|odio|aversion|rechazo) (por|hacia|a|contra)|(desprecio|detesto|odio|aborrezco) (profundamente|totalmente|de verdad|con toda mi alma|con todas mis fuerzas) [a]|(me|nos) (la sudan|la suda|importan una mierda|importan un carajo|importan un bledo|importan un pepino)'],
      // Not wanted where one lives, nothing good in them, not belonging in the country, not mattering at all.
      [0.8, '(no) (quiero|queremos) .. en (mi|mis|nuestro|nuestra|nuestros|este|esta) (pais|barrio|calle|ciudad|casa|escuela|empresa|pueblo|vecindario|edificio)|[no] (hay|tiene|tienen) (nada|ninguna cosa) (bueno|buena|positivo|valioso)|(no) (son|es) capaces de nada|(no) (pertenecen|pertenece) (a|aqui)|(me|nos) (importan|importa) (un bledo|un comino|una mierda|un carajo|un pito|tres pepinos|nada)'],
      // Boors and fools, and hatred, anger or dislike with an intensifier ("detesto muchísimo", "me caen fatal").
      [0.75, '(paletos|paletas|horrible|ridiculos|ridiculas|gallinas|sin cerebro|maleducados|maleducadas|groseros|groseras|catetos|catetas|gentuza|chusma|canalla|patanes|zafios|macarras|garrulos|garrulas|energumenos|cazurros|cazurras)|(me|nos) (cabrean|cabrea|joden|jode|revientan|revienta|caen fatal|cae fatal|caen mal|cae mal|caen como una patada|ponen enfermo|ponen enferma|ponen de los nervios)|(odio|desprecio|asco|rechazo) (profundo|visceral|total|inmenso|absoluto)|(no) (puedo|podemos|logro) (soportar|tolerar|aguantar|ver)|(odio|detesto|desprecio|aborrezco) (muchisimo|tanto|demasiado|realmente|de verdad|a muerte) [a]'],
      // Fed up with them, nothing angers or disgusts one as much, nothing worse; and the kitchen as a woman's place.
      [0.75, '(estoy|estamos|ya estoy|ya estamos) [muy|tan|bastante] (harto|harta|hartos|hartas|hasta las narices|hasta el gorro|hasta la coronilla|hasta los huevos|cansado|cansada|cansados|cansadas|podrido|podrida) de (los|las|esos|esas|estos|estas|todos|todas|tantos|tantas|aquellos|aquellas)|(me|nos) (tienen|tiene) [muy|tan|bastante] (harto|harta|hartos|hartas|frito|frita|podrido|podrida)|nada me (cabrea|enfada|molesta|irrita|asquea|repugna|enfurece|jode|indigna|saca de quicio|da tanto asco|da mas asco) (tanto|mas) (como|que)|no hay nada (peor|mas asqueroso|mas repugnante|mas irritante|mas despreciable) que|(a nadie|nada) (odio|detesto|desprecio|aborrezco) (tanto|mas) (como|que)|(deberian|deben|tienen que|tendrian que|a) .. (en la cocina|fregar|fregando|a fregar|con la pata quebrada)|(su|el) (lugar|sitio) (es|esta) (en la cocina|la cocina|fregando)'],
      [0.75, '(que les jodan|que os jodan|que les den por culo|que os den por culo|jodeos|me cago en)'],
      [0.75, '(locos|locas|chiflados|chifladas|pirados|piradas|zumbados|zumbadas|majaras|desquiciados|desquiciadas)'],
      [0.75, '(malditos|malditas|jodidos|jodidas|de los cojones)'],
      // Swearing that needs a negation ("no saben una mierda", "a nadie le importan un carajo": its negation is the insult's), and told to shut up.
      [0.75, '(nadie|a nadie) [le|les] (importa|importan|interesa|interesan|preocupa|preocupan) .. (una mierda|un carajo|un bledo|un comino|un pepino|un huevo|un pimiento|una polla)|(no) (saben|sabe|entienden|entiende|hacen|hace|aportan|aporta) .. (una mierda|un carajo|un huevo|una polla|ni mierda|ni puta idea)|(hasta los cojones|hasta la polla|hasta el cono|hasta las pelotas) de'],
      [0.75, '(deberian|deben|tienen que|tendrian que) (callarse|cerrar la boca|cerrar el pico|estar calladas|estar callados|quedarse calladas|quedarse callados)|(que se callen|callaos|callense)'],
      // "How can anyone love X?"
      [0.75, '(como) (puede|pueden|podria|podrian) (alguien|la gente|uno) .. (querer|amar|respetar|soportar|aguantar|confiar en|casarse con|salir con)|como se puede .. (querer|amar|respetar|soportar|aguantar|confiar en)'],
      // Session 8, by construction: rather dead than with one of them; "of course the thief had to be one"; one
      // of them in charge a joke; wanted or needed by no one, "too many" here; trust refused; hatred with the
      // object pronoun first ("los odio"); why they exist at all, are let live, are taken seriously.
      [0.75, '(preferiria|prefiero) (morir|morirme|estar muerto|estar muerta) .. (antes que|que) .. (con|a|un|una)|(claro|obvio|obviamente|por supuesto|como no|era de esperar) ... (ladron|ladrones|criminal|delincuente|violador|asesino|terrorista|idiota|imbecil|gilipollas|estupido|cretino|subnormal)|(es|son|seria|serian) (un|una) (chiste|broma|payasada|farsa|burla)'],
      [0.75, '(nadie) (quiere|necesita|echa de menos|echaria de menos|extrana)|(no) (los|las) (quiere|necesita|soporta|aguanta) nadie|quien necesita|(sobran|sobra) (en|aqui)|(no) (confio|confiamos|confiaria|confiare|me fio|nos fiamos|me fiaria|me fiare) (en|de) [ningun|ninguna|ni un|ni una]|(nunca|jamas) (te fies|os fieis|se fien|confies|confieis|confiare|confiaria|me fiare|me fiaria) (de|en)|(los|las) (odio|detesto|desprecio|aborrezco|odiamos|detestamos|despreciamos)|(un|una|el|la|ese|esa|este|esta|cada|ningun|ninguna|otro|otra) (puto|puta|maldito|maldita|jodido|jodida|pinche)|que (os|te) den'],
      [0.75, 'por que (existen|existe)|por que (dejamos|les dejamos|los dejamos|las dejamos|se les deja|permitimos) .. (vivir|existir|entrar|quedarse)|(como|quien) (puede|va a|podria) .. (tomarse en serio|tomar en serio)|(fracasados|fracasadas|avaros|avaras|tacanos|holgazanes)|(preocupe|preocupen|preocupa|preocupan|importe|importen|importa|importan|interese|interesen|interesa|interesan) .. (en lo mas minimo|lo mas minimo|minimamente|ni un poco)'],
      // Session 14, by class (from the language, not eval rows): the forms missing of the dim, lazy, filthy, lying,
      // thieving, treacherous and mad (feminine ones above all), and plagues, dead weight, mistakes of nature.
      [0.75, '(bobos|bobas|necios|necias|descerebradas|holgazanas|gandules|gandulas|cochinos|cochinas|mugrosos|mugrosas|hediondas|mentirosas|embusteros|embusteras|tramposas|ladronas|primitivas|traidoras|dementes|chalados|chaladas)'],
      [0.8, '(plagas|peso muerto|errores de la naturaleza|error de la naturaleza)'],
      // Session 14, emotions by class: creeped out by them, a grudge held against them, finding them unbearable.
      [0.75, '((me|nos) (dan|da) repelus|(les|le) (tengo|tenemos) (mania|tirria)|(me|nos) (caen|cae) (gordos|gordas|gordo|gorda))'],
      // Session 19, implicit derogation by class: sent back to caves, trees or cages; a place gone to ruin since they came;
      // told to be grateful to be let live here; kept away from children (the call to keep them away: "viven lejos de sus
      // hijos" is a separation); theft as what they do; ruining whatever they touch.
      [0.75, '(vuelvan|volver|vuelve|regresen|regresar|regresa|devolverlos|devolverlas|mandarlos|mandarlas|que se vuelvan|se vuelvan|devuelvanlos|mandalos|vuelvanse|volverse) (a|al) (sus|su|la|las|los) (cuevas|cueva|selva|arboles|arbol|jaulas|jaula|zoologico|chozas|choza|taparrabos|cavernas|caverna)'],
      [0.75, '((se fue|se ha ido|ha ido|va|fue|se va) (a la mierda|cuesta abajo|al garete|al carajo|a peor|de mal en peor|a pique)|(se ha vuelto|se volvio|se ha convertido en|se convirtio en|esta hecho|esta hecha) (un basurero|una pocilga|un estercolero|un gueto|un ghetto|una cloaca|inhabitable|un infierno|una mierda|un vertedero|una selva)) (desde que|cuando|con la llegada|desde la llegada)|desde que ... (se ha vuelto|se volvio|es|esta hecho|esta hecha|se ha convertido en|se convirtio en) (un basurero|una pocilga|un estercolero|un gueto|un ghetto|una cloaca|inhabitable|un infierno|una mierda|un vertedero)'],
      [0.75, '(deberian|deben|tendrian que|tienen que|deberia|debe) [estar|todos|todas] (agradecer|agradecidos|agradecidas|darnos las gracias|dar las gracias|besarnos los pies|besar el suelo|besar el suelo que pisamos|dar gracias) (que|de que|por que|por|a que) ... (dejemos|dejamos|dejaramos|aceptemos|aceptamos|toleremos|toleramos|acojamos|acogemos|mantengamos|mantenemos|vivir aqui|estar aqui|quedarse aqui|estar vivos|estar vivas|seguir vivos|seguir vivas|respirar)'],
      [0.75, '(mantened|mantengan|manten|mantener|mantengamos|alejad|alejen|alejar|alejemos|apartad|aparten|apartar|apartemos|mantenerlos|mantenerlas|alejarlos|alejarlas|apartarlos|apartarlas|deben estar|deberian estar|tienen que estar|tendrian que estar|hay que mantener|hay que tener|hay que alejar) ... (lejos|apartados|apartadas|alejados|alejadas|bien lejos) de (los ninos|las ninas|nuestros ninos|nuestras ninas|los hijos|nuestros hijos|nuestras hijas|los menores|las escuelas|nuestras escuelas|los colegios|nuestros colegios|los crios|los chavales|los peques)|(alejad|alejen|alejar|alejemos|apartad|aparten|apartar|apartemos) (a) ... de (los ninos|las ninas|nuestros ninos|nuestras ninas|los hijos|nuestros hijos|nuestras hijas|los menores|las escuelas|nuestras escuelas|los colegios|nuestros colegios|los crios|los chavales|los peques)'],
      [0.75, '(ellos|ellas|siempre) (roban|lo roban|afanan) todo|(roban|roba|afanan|afana) todo (lo que|cuanto) (ven|ve|pillan|encuentran|encuentra|pueden|puede)|(arruinan|arruina|destrozan|destroza|estropean|estropea|joden|jode|ensucian|ensucia|pudren|pudre|contaminan|contamina|destruyen|destruye|se cargan|se carga) todo (lo que|cuanto) (tocan|toca)'],
      // Not caring whether they live: amazed anyone cares at all (the negated "no se preocupan por" is counter-speech).
      [0.75, '(se preocupe|se preocupen|se preocupa|se preocupan|le importe|les importe|le importa|les importa|le importen|les importen|se interese|se interesen) (lo mas minimo|minimamente|siquiera un poco|aunque sea un poco|lo mas minimo siquiera) (por|de) (la vida|las vidas|el destino|la muerte|la suerte|lo que les pase|lo que le pase)|(me la suda|me la pela|me la trae floja|me suda|me sudan|me la sudan) (la vida|las vidas|el destino|lo que les pase|lo que le pase|la muerte)'],
      // Belonging in a zoo, a cage or the rubbish; a waste of oxygen; indifferent to whether they drown or die (the speaker's
      // own "me da igual si...": "al gobierno le da igual si..." reports another's).
      [0.75, '(pertenecen|pertenece|deberian pertenecer) (a|en) (un|una|el|la|los|las) (zoologico|zoo|jaula|jaulas|establo|pocilga|cueva|cuevas|selva|basura|cloaca|estercolero|vertedero)|(desperdicio|derroche|malgasto|perdida) de (oxigeno|aire|espacio)|(me da igual|me importa un bledo|me importa un carajo|me importa una mierda|me da lo mismo|me la suda|me la pela|me la trae floja) (si|que) ... (se ahogan|se ahoguen|se ahogaran|mueren|mueran|murieran|se mueren|se mueran|desaparecen|desaparezcan|se pudren|se pudran|revientan|revienten)'],
      // Session 23: shut out of the speaker's own place ("los gitanos no entran en mi bar"); bringing only crime; who would
      // want to live beside one of them.
      [0.75, '(no) (entran|entra|pueden entrar|puede entrar|entraran|pisan|pisaran) (en|a) (mi|nuestro|nuestra|este|esta) (bar|restaurante|tienda|local|casa|negocio|edificio|hotel|discoteca|barrio|empresa|escuela|piso)|(prohibida la entrada|prohibido el paso) (a|de)|(no) (traen|trae|aportan|aporta|han traido) (mas que|sino) (delincuencia|crimen|problemas|violencia|miseria|enfermedades|drogas|suciedad)|(solo|solamente|unicamente) (traen|trae|aportan|aporta|causan|generan) (delincuencia|crimen|problemas|violencia|miseria|enfermedades|drogas|suciedad)|(quien|quienes) (querria|querrian|quisiera|va a querer|quiere) (vivir|tener) (al lado de|junto a|cerca de) (un|una|unos|unas|los|las)'],
      // Session 23: should not be here ("los gitanos no deberían estar aquí"), the negation the exclusion's own, the
      // clause ending there ("... ici dans la rue, mais dans un logement" says where they should be).
      [0.75, '(no) (deberian|deben|deberia|debe|tendrian que|pueden|podrian) (estar|quedarse|vivir) (aqui|aca|en este pais|en nuestro pais|en mi pais|en espana|en nuestro barrio) $'],
      // Session 23: they stink (fr pt pl had it); the bare verb only ending its clause ("al stinken de kantoren" has its own subject).
      [0.75, '(apestan|apestais) $|(huelen mal|huelen fatal|huelen a mierda|apestan a mierda)'],
      // Session 24, implicit derogation by class: nothing ever invented, built or brought by them (the negation is the
      // derogation's own; not "hecho", which "nunca han hecho nada malo" denies); crime following them; wallets and children
      // hidden from them; a place better before they came.
      [0.75, '(nunca|jamas|no) (han|ha|habian) [nunca|jamas] (inventado|creado|construido|aportado|producido|logrado|descubierto|contribuido con) (nada|nada bueno|nada util)|(nunca|jamas) (inventaron|crearon|construyeron|aportaron|produjeron|lograron|descubrieron) nada|(no) (aportan|aporta|contribuyen con|producen) nada $'],
      [0.75, '(la delincuencia|la criminalidad|la violencia|los problemas|los robos|la suciedad|la miseria) (les sigue|les siguen|sigue|siguen|llega con ellos|llegan con ellos|va detras|van detras|viene detras|vienen detras)|(esconde|esconded|escondan|agarra|agarrad|agarren|cuida|cuidad|cuiden|vigila|vigilad|vigilen) [bien] (tu|tus|vuestra|vuestras|vuestros|su|sus|la|las|los) (cartera|carteras|bolso|bolsos|movil|moviles|hijos|hijas|joyas|pertenencias)|(mejor|mas seguro|mas segura|mas limpio|mas limpia|mas tranquilo|mas tranquila|mas agradable) antes (de la llegada|de que llegaran|de que llegasen|de que vinieran|de que vinieron|de la invasion)'],
      // Session 24, exclusion said as a negated wish: not wanted as a neighbour, colleague, boss or in-law; never let near
      // one's own children (the negation is the exclusion's own).
      [0.75, '(no|nunca|jamas) (quiero|queremos|querria|querriamos|aceptaria|aceptariamos|acepto|aceptamos) .. (como|de) (vecino|vecinos|vecina|vecinas|companero|companeros|companera|companeras|jefe|jefa|jefes|yerno|nuera|amigo|amigos|amiga|amigas|profesor|profesores|profesora|profesoras|medico|medicos|inquilino|inquilinos|empleado|empleados|ninera|nineras) $|(nunca|jamas|no) (dejare|dejaria|dejo|voy a dejar|dejaremos|permitire|permitiria) (que) .. (se acerquen|toquen|cuiden|ensenen|eduquen) (a) (mis|nuestros|nuestras) (hijos|hijas|ninos|ninas|nietos)'],
      // Session 24, negative attributes by class: a vice named as theirs ("la pereza de los X", "su hipocresía", "de una
      // cobardía..."), and lying, stealing or whining as what they always do.
      [0.75, '(el|la|su|sus|esa|ese|de una|de un) (egoismo|pereza|estupidez|hipocresia|cobardia|avaricia|codicia|suciedad|maldad|perversidad|deshonestidad|falsedad|incompetencia|mediocridad|vulgaridad|hedor|barbarie|vagancia|holgazaneria) (de los|de las|de esos|de esas|de estos|de estas|de todos los|de todas las)|(su|sus|de una|de un) (egoismo|pereza|estupidez|hipocresia|cobardia|avaricia|codicia|maldad|perversidad|deshonestidad|falsedad|incompetencia|mediocridad|vulgaridad|hedor|barbarie|vagancia|holgazaneria) $|(mienten|roban|enganan|estafan|mendigan) (siempre|todo el tiempo|sin parar|constantemente|a todas horas)|(se quejan|lloriquean) (siempre|todo el tiempo|sin parar|constantemente|a todas horas) $|(no hacen mas que|se pasan el dia|se pasan la vida|pasan el tiempo) (quejandose|mintiendo|robando|lloriqueando|mendigando|enganando|quejarse|mentir|robar)'],
      // Session 24, contempt said with profanity: not giving a damn what happens to them, fed up to the balls with them.
      [0.75, '(me|nos|te) (suda|sudan) (la polla|el culo|el rabo|los huevos|el cono|la pija|el pito)|(me|nos) (tienen|tiene) (hasta los huevos|hasta los cojones|hasta el cono|hasta la polla|hasta las pelotas|hasta el culo)'],
      // Session 24, hate as a question by class: since when are they human, are they really human, do they have a brain (the
      // question closing the clause), is there a single decent one.
      [0.75, '(desde cuando) .. (son|es) (personas|humanos|humano|seres humanos|gente|ciudadanos)|(son|es) (realmente|de verdad|siquiera) (humanos|humano|personas|seres humanos)|(tienen|tiene) (cerebro|un cerebro|neuronas|sesos) $|(existe|hay) (algun|alguna|un solo|una sola) .. (que valga la pena|que valga|honesto|honesta|decente) $'],
      // Session 26: ashamed to exist, the existence itself the shame.
      [0.75, '(verguenza|avergonzarse|avergonzarme|averguenzan) (de existir|de haber nacido|de estar vivos|de estar vivas|de vivir)'],
      // Session 26: against nature.
      [0.75, '(contra natura|contra la naturaleza|antinatural|antinaturales)'],
      // Session 27, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses
      // (as fr and pt): dumped like rubbish; food one of them touched refused; one of them dead no different from a dead
      // rat (its ending a stem: "muerta" as a typo target read "Muertea todos los X" as it); one of them in charge the worst
      // mistake; never a word of theirs believed; waking up as one a reason to die; nothing liked less; rage; violence that
      // should not be illegal.
      [0.75, '(deberian|deben|merecen|habria que|hay que|tendrian que) [todos|todas] [ser] (tirados|tiradas|arrojados|arrojadas|botados|botadas|tirarlos|tirarlas|arrojarlos|arrojarlas) (a|en|al) (un vertedero|el vertedero|la basura|un basurero|el basurero|la cloaca|una cloaca|las cloacas|un contenedor|el contenedor)'],
      [0.75, '(nunca|jamas|no) (comeria|comere|beberia|tocaria|compraria|probaria) .. ((tocada|tocado|tocadas|tocados|preparada|preparado|preparadas|preparados|cocinada|cocinado|servida|servido|hecha|hecho) (por)|que (haya|hayan|ha|han|hubiera|hubiese) (tocado|preparado|cocinado)|que (toco|tocaron|tocara|tocaran))'],
      [0.75, '[(no) (veo|ve|vemos|hay|existe)] [ninguna] (diferencia) [alguna|ninguna] (entre) (un|una|los|las) (rata|ratas|perro|perros|cerdo|cerdos|cucaracha|cucarachas|animal|animales|bicho|bichos) (muert*)'],
      [0.75, '(poner|elegir|dejar|tener|nombrar) [a] (un|una) .. (al mando|al frente|en el poder|de jefe|de jefa|como jefe|como jefa|de presidente|de presidenta|como lider|a cargo) (es|seria|fue|sera) (el mayor error|el peor error|un error|un desastre|una locura|una broma|una verguenza|lo peor|la peor decision)'],
      [0.75, '(nunca|jamas|no) [te|le|os|se] (creas|crea|creais|creo|creeria|creere|creeriamos) (ni) [una] (sola palabra|palabra|media palabra)'],
      [0.75, '(si) (me despertara|me despertase|me levantara|me levantase|fuera|fuese|naciera|naciese|me convirtiera en|me volviera) .. (me suicidaria|me pegaria un tiro|preferiria morir|me tiraria por la ventana|me colgaria|me mataria $)'],
      [0.75, '[(no) (hay|existe)] (nada|nadie) (en el mundo|en la tierra|en esta vida|en este mundo) (que) (me|nos) (guste|gusta|agrade|agrada) (menos) (que)'],
      [0.75, '(me|nos) (llenan|llena|llenaban|llenaron) [tanto|tanta] (de rabia|de odio|de ira|de furia|de colera|de asco)'],
      // Violence said to be no crime, a derogation as in pt and fr: the negation is what says it ("delito" and "crimen" are
      // mentions in this grammar).
      [0.8, '(pegar|golpear|matar|violar|agredir|linchar|quemar|apalear|torturar|apedrear|exterminar|eliminar|apunalar|disparar a|ahorcar) ... (no es|no deberia ser|no debe ser|no seria|nunca deberia ser|no deberia seguir siendo) [considerado|considerada] (ilegal|pecado|grave|castigado|castigada|punible|prohibido|prohibida)'],
      // Session 30, implicit derogation by class, as members write it (no eval row read): made for the kitchen; a decline
      // blamed on their arrival ("desde que llegaron los X, todo ha ido a peor"); a team or a street spoilt by their being
      // there; in everyone's way; thinking only of money; customers scared off by hiring one; asked whether they have any
      // morals; never let near one's children (the infinitive of the Session 24 class); a worth that does not count.
      [0.75, '(estan|esta|sirven|sirve|nacieron|nacio|hechas|hecha|buenas|buena) (para|solo para) (la cocina|fregar|cocinar|limpiar|la casa|los fogones|la fregona|planchar)|desde que ... (llegaron|llego|vinieron|vino|se instalaron|se instalo|aparecieron|invadieron|(estan|esta) aqui) ... (a peor|empeorado|empeoro|a la mierda|degradado|degrado|un infierno|un asco|una pocilga|un estercolero|un vertedero)'],
      [0.75, '(arruina|arruinan|estropea|estropean|pudre|pudren) (el vestuario|el equipo|el barrio|el ambiente|la calle|el grupo)|(estorbar|estorban|molestar a todos|molestan a todos|molestar a todo el mundo|molestan a todo el mundo)|(solo|solamente|unicamente) (piensan|piensa|viven|vive) (en|para|por) [el|la] (dinero|pasta|lucro)|(solo|solamente|unicamente) (les|le) (importa|interesa) (el dinero|la pasta)|(obsesionados|obsesionadas) con (el dinero|la pasta)|(espantar|espanta|espantan|espantaria|ahuyentar|ahuyenta|ahuyentan|ahuyentaria) (a los clientes|a la clientela|clientes|la clientela)'],
      [0.75, '(tienen|tiene) (algo de|alguna|algun|un minimo de|una pizca de) (moral|cerebro|conciencia|alma|verguenza|dignidad)|(nunca|jamas) (dejaria|dejare|permitiria|dejariamos) a .. (cuidar|acercarse|tocar|ensenar|educar) (a|de) (mis|nuestros|nuestras) (hijos|hijas|ninos|ninas|nietos)|(no) (vale|valen) (gran cosa|un duro|ni un duro|un centimo|ni un centimo)|(no) (cuenta|cuentan) [nada|para nada] $'],
      [0.75, '(quien) (querria|contrataria|alquilaria|se casaria con|confiaria en|aguantaria|soportaria) [de verdad|realmente|en serio] [a] (un|una|unos|unas|los|las|esos|esas|estos|estas) _ [_] [aqui|de vecino|de vecina|de vecinos|como vecino|como vecina|de jefe|como jefe|en casa|en la familia|en el trabajo] [de verdad|en serio|realmente] $'],
      // Session 30: who can still stand them ("¿quién aguanta ya a los X?").
      [0.75, '(quien) [ya|todavia|aun|de verdad|realmente] (aguanta|soporta|tolera|traga|puede aguantar|puede soportar|puede tragar) [ya|todavia|aun|mas] [a] (los|las|esos|esas|estos|estas|un|una) _ [_] $'],
      // Session 39: what they are for, the group closing the question ("¿para qué sirven los X?"), and who would marry or live with one.
      [0.75, '(para que|pa que) (sirven|sirve) [realmente|exactamente|en realidad|al final] (los|las|esos|esas|estos|estas|un|una) _ [_] [realmente|exactamente|en realidad|al final] $'
        + '|(quien) [en su sano juicio] (querria|quiere|va a querer) (casarse|salir|vivir|trabajar) (con) (un|una|los|las|esos|esas) _ [_] $'],
      // Session 30: stinking, and the singular adjectives of "esa gente" (that kind of people).
      [0.75, '(apestan|huelen fatal|no se lavan)|(degenerada|depravada|pervertida|pervertidos|pervertidas)'],
      // Session 32, implicit derogation by class: owned like property ("propiedad del marido"), a danger to children, and no
      // more of them wanted, the group the clause's last word or before a place ("no necesitamos más gitanos en este barrio";
      // not "no queremos más mujeres maltratadas", whose participle follows).
      [0.75, '(propiedad|posesion|posesiones|propiedades) (del|de los|de sus|de su|de un|de el) (marido|maridos|hombre|hombres|esposo|esposos|dueno|duenos|amo|amos|padre|padres)|(un|una|el) (peligro|amenaza|riesgo) (para|contra) (los ninos|las ninas|nuestros hijos|nuestros ninos|los menores|la infancia|los hijos|los chavales)|no (necesitamos|queremos) mas _ [aqui|aca] [en (este|esta|nuestro|nuestra|mi|el|la) (barrio|pais|ciudad|pueblo|calle|zona|escuela|edificio)] $'],
      // Session 35, implicit derogation by construction (issue 17): "typical of X," then what they always do, kept away from one's
      // children (the refusal is the derogation's own), knowing their place, smelt from afar, ruining every street they reach,
      // breeding like beasts, sent back to the kitchen; backward, ungrateful, promiscuous.
      [0.75, '(tipico) [de] [los|las|el|la] _ $ (siempre|otra vez|de nuevo|como siempre|nunca|solo|todo el rato|cada vez)|(nunca|jamas|no) (dejaria|dejare|dejo|dejaremos|permitiria|permitire|quiero) ... (cerca de|junto a|al lado de|con) (mis|nuestros|nuestras|mi) (hijos|hijas|hijo|hija|ninos|ninas|nietos|crios)|(sabian|sabia|conocian|conocia|se quedaban|deberian|deben|tienen que|tendrian que|aprendan|aprender) ... (cual era su lugar|cual es su lugar|su lugar|su sitio)|(se les huele|se los huele|se las huele|los hueles|las hueles|huelen|apestan) [siempre|ya] (desde lejos|a kilometros|a leguas|a distancia)|(arruinan|destrozan|destruyen|ensucian|degradan|estropean|joden|arruina|destroza|ensucia) (todos los|todas las|cada|cualquier|nuestros|nuestras) (barrio|barrios|ciudad|ciudades|pueblo|pueblos|calle|calles|vecindario|vecindarios|escuela|escuelas)|(se reproducen|se multiplican|se reproduce|se multiplica|procrean|paren) como|(en manada|en manadas)|(deberia|deberian|debe|deben|tiene que|tienen que|tendria que|tendrian que|que se) (quedar|quedarse|estar|volver|vuelva|vuelvan|queden|quede) (en la cocina|a la cocina|en los fogones)'],
      [0.75, '(atrasados|atrasadas|desagradecidos|desagradecidas|malagradecidos|malagradecidas|promiscuos|promiscuas)'],
      // Session 35: proof that evolution runs backwards, the missing link; crime or filth wherever they are; one of them as a
      // boss or neighbour refused ("no thanks"). Not "they cannot even": also "they are not even allowed to", their plight.
      [0.75, '(prueba|pruebas|demuestran|demuestra) .. (evolucion) .. (hacia atras|para atras|retroceder|al reves)|(eslabon perdido)|(donde|alli donde|en cuanto) (hay|estan|viven|llegan) ... (hay) (robos|delincuencia|crimen|crimenes|suciedad|mierda|peleas)|(de|como) (jefa|jefe|vecino|vecinos|vecina|companero|companera|profesora|medica|piloto|presidenta|nuera|yerno) [_] no (gracias|por favor)'],
      // Session 35, a mind denied by class: a bird's or a pea's brain, no brain at all (the negation is the derogation's own);
      // "what do you expect from X?", the group closing the question (not "...from X who lost everything").
      [0.75, '(que) (esperas|esperabas|esperais|esperaban|esperan|se puede esperar|se podia esperar|quieres|querias) (de|del) [un|una|unos|unas|los|las|esos|esas|estos|estas] _ [_] $|(cerebro|cabeza|cerebros) de (mosquito|pajaro|gallina|mosca|ameba|hormiga|guisante|nuez)|(no) (tienen|tiene) (cerebro|cerebros|seso|sesos|dos dedos de frente)'],
      // Told to get lost, the group called after it ("largaos, X", "cassez-vous, les X"): the rude and the plain imperative of leaving, ending its clause ("andatevene a letto" is bedtime).
      [0.75, '(largaos|largense|iros a la mierda|idos a la mierda) [de aqui|de mi pais|de nuestro pais] $'],
      // Session 39 (issue 17): set apart from "us", the clause ending there ("no son como nosotros"); there only to serve.
      [0.75, 'no (son|es) [gente|personas] como (nosotros|nosotras) $|(estan|esta) (para|solo para|solamente para|nada mas que para) (servir|obedecer|limpiar|cocinar|parir|fregar|tener hijos|atender)'],
      // Session 39, tolerance on a condition with "nada en contra" and a condition denied ("mientras no se acerquen").
      [0.75, '(nada en contra|nada contra) .. (mientras|siempre que|con tal de que|mientras que) (no|se queden|esten lejos)'],
    ],
    violence: [
      // Told to die, the group called after it ("crevez, les X", "verreckt, ihr X"): the plural imperative of a verb of dying.
      [0.8, '(morios|muranse|moriros|pudrios|pudranse)'],
      // Session 39 (issue 17): told to vanish, die or leave after a modal or in the wish's subjunctive, with no group word of its own:
      // the group named in the sentence before, taken up by the floating "all" or the verb ("Hay X en el barrio. Que se larguen todos.").
      [0.75, '(que|ojala) se (larguen|vayan|piren|marchen) (todos|todas|ya|de una vez|de aqui|de mi pais)|(deberian|tendrian que|tienen que) [todos|todas] (largarse|irse|desaparecer|marcharse|morirse|morir) [todos|todas] $'
        + '|(me gustaria|quisiera|quiero|espero) que (desaparecieran|desaparezcan|se murieran|murieran|se mueran|mueran|se fueran|se largaran) [todos|todas] $|ojala (los|las) (echen|expulsen|deporten|encierren|echaran|expulsaran|deportaran) [a todos|a todas] $'],
      // A killing wished or called good, done by someone, the state or an impersonal subject, in the finite verb a wish or an
      // 'it would be good if' takes (future, subjunctive, present): of a group it is a call; of a pest or a monster, no group is named.
      [0.8, '(espero|esperemos|ojala|seria bueno|estaria bien|seria genial|estaria genial|seria mejor|seria justo|me gustaria|nos gustaria) [que|si] [alguien|la policia|el gobierno|el estado|por fin alguien] .. (mate|maten|matara|mataran|matase|matasen|quemen|queme|quemara|quemaran|quemasen|fusile|fusilen|fusilara|fusilaran|ahorque|ahorquen|ahorcara|ahorcaran|extermine|exterminen|exterminara|exterminaran|elimine|eliminen|eliminara|eliminaran|linche|linchen|lincharan|asesine|asesinen|asesinara|asesinaran|gasee|gaseen|gasearan|masacre|masacren|masacraran|degolle|degollen|degollaran|acribille|acribillen|acribillaran|apunale|apunalen|apunalaran|disparen a|dispare a|dispararan a|pegaran un tiro|peguen un tiro)'],
      [0.8, '(matar|matarlos|matarlas|maten|matenlos|matenlas|matemos|mataria|exterminar*|exterminio|extermine*|erradic*|eliminarlos|eliminarlas|eliminemos|deportar*|deporten|deportemos|deportados|deportacion|expuls*|ahorc*|colgar|colgarlos|cuelguen|fusil*|disparar|dispararles|disparare|quemar|quemarlos|quemenlos|ahogar*|gase*|linch*|violar|violarlos|deshacer*|deshaga*|acabar con|echarlos|echemos|encerrarlos|prohibir*|aniquil*|masacr*|atacando*|atacarlos|atacaremos)'],
      [0.75, '(fuera|largo) de (aqui|nuestro pais|espana|europa)|(que se vayan|vayanse|volver a su pais|vuelvan a su pais)'],
      [0.8, '(asesinar|asesinarlos|asesinarlas|asesinados|asesinadas|masacrar|exterminados|exterminadas|eliminados|eliminadas|ejecutar|ejecutarlos|ejecutados|ejecutadas|fusilados|ahorcados|ahorcadas|colgados|quemados|encerrados|encerradas|expulsados|esterilizar*|castrar*|golpearlos|apalear*|lapidar*|apedrear*|torturar*|deshacernos|acabemos con|librarnos de|muerte a|que mueran|mueran|que se mueran|ojala se mueran)'],
      [0.8, '(matare|mataremos|matamos|asesinare|asesinaremos|disparare|dispararemos|dispararles|apunalare|apunalare|acuchillare|quemare|quemaremos|ahorcare|colgare|golpeare|golpearemos|atacare|atacaremos|seguiremos atacando|seguire atacando|exterminare|exterminaremos|eliminare|eliminaremos|violare|apalearemos|lincharemos|degollare|degollar|decapitar|acabare con|acabaremos con|voy a (matar|disparar|acuchillar|apunalar|apunalar|quemar|ahorcar|violar|golpear|atacar|eliminar|exterminar))'],
      [0.8, '(deberian|deben|merecen|tendrian que|tienen que|hay que) (ser|estar) (asesinados|asesinadas|matados|muertos|muertas|eliminados|eliminadas|exterminados|exterminadas|ejecutados|ejecutadas|ahorcados|ahorcadas|fusilados|fusiladas|quemados|quemadas|gaseados|gaseadas|deportados|deportadas|expulsados|expulsadas|encerrados|encerradas|erradicados|erradicadas|castrados|esterilizados)|(merecen|deberian|deben) (morir|sufrir|la muerte)|(hay que|habria que|tenemos que|deberiamos) (matar|eliminar|exterminar|erradicar|deportar|expulsar|echar|quemar|ahorcar|fusilar|encerrar|deshacernos de|librarnos de|acabar con)'],
      [0.8, '(quiero|queremos|me gustaria|nos gustaria|ojala pudiera) (matar|asesinar|exterminar|eliminar|quemar|ahorcar|disparar|apunalar|golpear|violar)|hasta que (todos|todas) (esten|estemos) (muertos|muertas)|hasta que (mueran|desaparezcan|se vayan)|(alguien|alguno) (deberia|tendria que|tiene que) (matar|matarlos|matarlas|disparar|quemar|ahorcar|eliminar|exterminar)|(matemos|quememos|ahorquemos|eliminemos|exterminemos|ataquemos|echemos|expulsemos|disparemos) (a|los|las|a los|a las|a esos|a esas|a todos|a todas)'],
      [0.8, '(deberian|deben|debemos|merecen|tienen que|hay que|habria que|seria mejor que) .. (ser|sean|fueran|fuesen) .. (torturados|torturadas|castigados|castigadas|apaleados|apaleadas|golpeados|golpeadas|encarcelados|encarceladas|apunalados|apunaladas|acuchillados|acuchilladas|ahogados|ahogadas|degollados|degolladas|decapitados|decapitadas|destruidos|destruidas|aplastados|aplastadas|borrados del mapa|sacrificados|sacrificadas|abatidos|abatidas|cazados|cazadas|lapidados|lapidadas|violados|violadas|envenenados|envenenadas|enterrados|enterradas|asesinados|asesinadas|ejecutados|ejecutadas|exterminados|exterminadas|eliminados|eliminadas|quemados|quemadas|linchados|linchadas|ahorcados|ahorcadas|fusilados|fusiladas|gaseados|gaseadas|masacrados|masacradas|aniquilados|aniquiladas|erradicados|erradicadas|muertos|muertas|matados|matadas)'],
      [0.8, '(asesinemos|ejecutemos|torturemos|apaleemos|golpeemos|erradiquemos|apunalemos|ahoguemos|degollemos|destruyamos|aplastemos|cacemos|lapidemos|envenenemos|enterremos|encerremos|liquidemos|aniquilemos|masacremos|fusilemos|linchemos|gaseemos|ahorquemos)|(ejecutare|ejecutaremos|destruire|destruiremos|aplastare|aplastaremos|cazare|cazaremos|envenenare|envenenaremos|enterrare|enterraremos|liquidare|liquidaremos|torturare|torturaremos|masacrare|masacraremos|aniquilare|aniquilaremos|erradicare|erradicaremos|apunalare|apunalaremos|ahogare|ahogaremos|lincharemos|linchare)'],
      [0.8, '(voy a|vamos a|quiero|queremos|hay que|deberiamos|debemos|tenemos que|pienso|pensamos) .. (destruir|aplastar|cazar|envenenar|enterrar|hacer dano|hacerles dano|herir|lastimar|pegar|pegarles|reventar|liquidar|torturar|apalear|ahogar|degollar|decapitar|lapidar|golpear|violar|atacar|eliminar|matar|quemar|ahorcar|disparar|apunalar|acuchillar|atropellar|atropellarlos|atropellarlas|arrollar|bombardear|dinamitar|estrangular|apedrear|castrar|mutilar|descuartizar|asesinar|fusilar|linchar|masacrar|exterminar|aniquilar|gasear|dar caza|encerrar|enjaular|tirarlos al mar|tirarlas al mar|arrojarlos al mar|echar a patadas|romperles los huesos|partirles las piernas|romperles las piernas)'],
      [0.8, '(mejor|mejores|estaria mejor|estarian mejores) (sin|muertos|muertas)|(una|un|sus|la|el) (bala|balazo|tiro en la cabeza|tumba|fosa|camara de gas|camaras de gas|campo de concentracion|campos de concentracion|paredon|horca)|(borrar|borrarlos|borrarlas|borrados|borradas|barrer|barrerlos) de la faz de la tierra'],
      [0.8, '(verlos|verlas|ver a todos|ver a todas) .. (muertos|muertas)|(hacerlos|hacerlas|haremos|hare) .. (sufrir|pagar)|(que|los|las) (sufran|paguen)|(cortar|cortarles|cortare|rajar) .. (cuello|cuellos|garganta|gargantas)'],
      // Deaths and beatings wished, the object in the pronoun ("lo mato", "merecen que les peguen"), and the enclitic imperative.
      [0.8, '(deberian|deben|merecen|tendrian que|tienen que) estar [todos|todas] (muertos|muertas|bajo tierra|enterrados|enterradas|entre rejas|colgados|colgadas)|(merecen|merecerian|ojala) que (les|los|las|se) (peguen|maten|quemen|ahorquen|fusilen|linchen|golpeen|revienten|torturen|violen|mueran|pudran)|(voy|vamos|iremos|ire) a por (ellos|ellas|los|las|todos|todas|esos|esas)|(romper|romperle|romperles|partirle|partirles|reventarle|reventarles|partir|reventar) (la cara|la cabeza|las piernas|los huesos|el cuello|la crisma)|(meter|meterlos|meterlas|encerrar|enviar|mandar) .. (en|a) (campos|campos de concentracion|camaras de gas|hornos|jaulas)|(ver|verlos|verlas|ver a) .. (ardiendo|arder|colgando|muertos|muertas|desangrarse|ahorcados|ahorcadas)'],
      [0.8, '(lo|la|los|las|les) (mato|matamos|quemo|quemamos|ahorco|cuelgo|reviento|apunalo|acuchillo|degollo|fusilo|linchamos|mataria|matariamos|quemaria|ahorcaria|reventaria|apunalaria)|(mataria|matariamos|quemaria|ahorcaria|fusilaria|lincharia|apunalaria|acuchillaria|exterminaria|eliminaria|golpearia|reventaria|dispararia|violaria|degollaria) (a|sin)|(matemoslos|matemoslas|erradiquemoslos|erradiquemoslas|eliminemoslos|eliminemoslas|exterminemoslos|exterminemoslas|quememoslos|quememoslas|colguemoslos|colguemoslas|ahorquemoslos|ahorquemoslas|echemoslos|echemoslas|expulsemoslos|expulsemoslas|deportemoslos|deportemoslas|fusilemoslos|fusilemoslas|linchemoslos|linchemoslas|encerremoslos|encerremoslas|matalos|matalas|quemalos|quemalas|cuelgalos|cuelgalas|echalos|echalas|fusilalos|ahorcalos|eliminalos|eliminalas|exterminalos|exterminalas)'],
      // Violence called fine: "pegar a las X está bien", "matar X es lo correcto".
      [0.8, '(pegar*|golpear*|matar*|maltratar*|atacar*|agredir*|apalear*|violar*|quemar*|torturar*|linchar*|disparar*|eliminar*|exterminar*|ahorcar*|apunalar*) ... (esta bien|esta muy bien|esta justificado|esta justificada|es normal|es lo correcto|es justo|es aceptable|es legitimo|es necesario|es lo que merecen|seria lo mejor|seria lo correcto|seria justo|es un deber|es un favor|seria un favor|seria hacerle un favor|seria hacer un favor|seria una bendicion)'],
      // Made to suffer, told they will die, watched suffering, beaten up, put down.
      [0.8, '(me asegurare|me encargare|nos aseguraremos|nos encargaremos|hare que|haremos que|voy a hacer que|vamos a hacer que|me voy a asegurar|nos vamos a asegurar) ... (sufran|mueran|paguen|sangren|se arrepientan|ardan)|(morireis|vais a morir|sufrireis|vais a sufrir|pagareis|lo pagareis|ardereis|vais a arder|os pudrireis)|(quiero|queremos|quisiera|me gustaria|nos gustaria) ver .. (sufrir|morir|arder|sangrar|llorar|pudrirse|colgando|ardiendo|muertos|muertas)|(dar|darles|darle|dare|daremos|demos|dale|dadles|hay que dar|voy a dar|vamos a dar|dieran|den|pegar|pegarles|pegare|pegaremos|peguen|pegaran|pegaria|pegariamos) (una paliza|una golpiza|una tunda|una buena paliza|de hostias|de palos|un tiro|un balazo|una bala|matarile)|(hay que|habria que|tenemos que|deberiamos|debemos|tendriamos que|se deberia|se debe|seria mejor) .. (sacrificar*|rematar*|liquidar*|gasear*|envenenar*|ahogar*|torturar*|castrar*|esterilizar*|degollar*|decapitar*|fusilar*|lapidar*|apalear*|linchar*|aniquilar*|masacrar*)'],
      // Beaten, kicked, strangled, torn apart, their homes set on fire.
      [0.8, '(moler|molerlos|molerlas|molere|moleremos) a (palos|golpes|patadas|hostias)|(dar|dare|daremos|darle|darles|le dare|les dare|voy a dar|vamos a dar) (patadas|punetazos|golpes|palos|hostias|una patada|de patadas)|(hacer|hare|haremos|hacerlos|hacerlas) (pedazos|picadillo|trizas|papilla|mierda)|(prendere|prenderemos|prender|pegare|pegaremos|pegar|pegarle|pegarles) fuego|(incendiare|incendiaremos|incendiar|quemare|quemaremos) .. (casas|casa|mezquita|mezquitas|sinagoga|sinagogas|tiendas|barrios)|(estrangulare|estrangularemos|estrangular|estrangularlos|estrangularlas|asfixiare|asfixiar)'],
      // Violence called understandable or fair when others do it ("es comprensible que la gente ataque a X").
      [0.8, '(comprensible|normal|justo|logico|justificado|aceptable|legitimo|bien) que (la gente|alguien|se|les|los|las|todos|otros) .. (ataque|ataquen|pegue|peguen|golpee|golpeen|mate|maten|agreda|agredan|dispare|disparen|linche|linchen|queme|quemen|persiga|persigan)'],
      // Session 14, by class: running over, bombing, stabbing, beheading, strangling, stoning, breaking bones, hunting,
      // throwing out and into the sea, in the forms the lists lacked: "someone should", the first-person future, the
      // participle after "should be", the vosotros imperative with its object ("matad a los X"), "I'll see to it that".
      [0.8, '(alguien|alguno|alguna) (deberia|tendria que|tiene que|va a|deberia de) .. (apunalar|acuchillar|degollar|decapitar|estrangular|ahogar|atropellar|fusilar|linchar|asesinar|ejecutar|golpear|apalear|torturar|violar|castrar|gasear|quemar vivos|quemar vivas|envenenar|apedrear|lapidar|colgar|ahorcar|disparar|matar|exterminar|eliminar|masacrar)|(atropellare|atropellaremos|bombardeare|bombardearemos|dinamitare|dinamitaremos|acuchillaremos|decapitare|decapitaremos|degollaremos|estrangulare|estrangularemos|apedreare|apedrearemos|lapidare|lapidaremos|gasearemos|gaseare|castrare|castraremos|mutilare|mutilaremos|descuartizare|descuartizaremos|encerraremos|encerrare|enjaularemos|cazaremos|daremos caza) (a|los|las|sus|todos|todas|esos|esas|cada|cualquier)|(rompere|romperemos|partire|partiremos|quebrare) (los huesos|las piernas|la cara|el cuello|la cabeza|la crisma|las costillas)|(echare|echaremos) (a patadas|a palos|a pedradas|a hostias|a tiros|a los|a las|a todos|a todas|a esos|a esas)|(tirarlos|tirarlas|arrojarlos|arrojarlas|tirar a|arrojar a) .. al mar'],
      // Session 14, by class: the execution wall ("al paredón"), "let someone kill them" ("el único X bueno es el X muerto"
      // was tried: with spaces deleted its gaps swallowed a group and its derogation, and the pair was lost).
      [0.8, '(poner|ponerlos|ponerlas|pondre|pondremos|pongamos|pongan|llevar|llevarlos|mandar) .. (al paredon|contra el paredon|en el paredon)|(que alguien|ojala alguien) (mate|queme|ahorque|fusile|dispare a|linche|apunale|elimine|extermine|degolle)'],
      [0.8, '(deberian|deben|debemos|merecen|tienen que|hay que|habria que|seria mejor que) .. (ser|sean|fueran|fuesen) .. (atropellados|atropelladas|apedreados|apedreadas|bombardeados|bombardeadas|estrangulados|estranguladas|descuartizados|descuartizadas|mutilados|mutiladas|castradas|esterilizadas|dinamitados|ejecutados|ejecutadas|tirados al mar|arrojados al mar)|(matad|asesinad|quemad|ahorcad|fusilad|linchad|exterminad|eliminad|expulsad|deportad|encerrad|disparad|apunalad|acuchillad|degollad|decapitad|ahogad|gasead|atropellad|golpead|apalead|torturad|violad|castrad|apedread|lapidad|masacrad|aniquilad|echad|cazad|estrangulad) (a) (los|las|todos|todas|esos|esas|estos|estas|cada|cualquier|ese|esa)|(matadlos|matadlas|quemadlos|quemadlas|colgadlos|colgadlas|ahorcadlos|ahorcadlas|fusiladlos|linchadlos|exterminadlos|exterminadlas|echadlos|echadlas|encerradlos|encerradlas|disparadles|apunaladlos|ahogadlos|ahogadlas|gaseadlos|atropelladlos|golpeadlos|golpeadlas|apaleadlos|torturadlos|castradlos|apedreadlos|apedreadlas|masacradlos|deportadlos|expulsadlos)|(atropellemos|bombardeemos|acuchillemos|decapitemos|estrangulemos|apedreemos|castremos|mutilemos|descuartizemos|gaseemos|echemos a patadas)|(me asegurare|me encargare|nos aseguraremos|nos encargaremos|hare que|haremos que|me voy a encargar|nos vamos a encargar|me voy a asegurar) .. (de que|que) ... (desaparezcan|no salgan vivos|no salgan vivas|no quede ninguno|no quede ninguna|no vuelvan a respirar)'],
      // Session 8: the world better if they were dead or gone; death wished on them; high time to be rid of them.
      [0.8, '(mundo|pais|planeta) (seria|estaria|sera) (un lugar mejor|mejor|mas seguro|un sitio mejor) .. (si|sin) ... (muertos|muertas|desaparecieran|desapareciesen|murieran|muriesen)|ojala .. (se murieran|murieran|mueran|se mueran|desaparecieran|desaparezcan|revienten|reventaran|estuvieran muertos|estuvieran muertas|ardan|ardieran|se pudran|se pudrieran)|(ya es hora|es hora|ha llegado la hora) de .. (acabar con|deshacernos de|librarnos de|echar|expulsar|deportar|eliminar|exterminar|matar|erradicar)'],
      // Session 17, by construction class (the same classes in every language): the subjunctive of a call ("que quemen
      // a los X"; not the first person present, "mato a todos los mosquitos", whose object a group word near it is
      // not); deserving a beating or a bullet (plural: "quien pega a una mujer merece la cárcel" is a criminal
      // punished); better off if they disappeared, the group the verb's own subject ("si los X desaparecieran"); made
      // to disappear, with the "a" that marks a person ("hacer desaparecer a los X", not "los prejuicios").
      [0.8, 'que (maten|quemen|ahorquen|cuelguen|fusilen|linchen|gaseen|encierren|deporten|expulsen|echen|exterminen|eliminen|torturen|apaleen|apedreen|ejecuten|hagan desaparecer) (a|los|las)|(merecen|se merecen|merecerian|se merecerian) (una [buena|soberana|tremenda] (paliza|golpiza|bala)|un [buen] (tiro|balazo)|palizas|golpes|hostias|palos|la horca|la hoguera|el paredon|la camara de gas)|(estariamos|viviriamos|estaria|estarian|seria|seriamos|viviria) [mucho] mejor (si|cuando) (los|las|todos los|todas las|esos|esas|estos|estas) _ [_] (desaparecieran|desapareciesen|murieran|muriesen|se murieran|no existieran|estuvieran muertos|estuvieran muertas|se largaran|fueran exterminados|fueran eliminados)|(hacer|hagamos|haremos|hare|haced|hagan) desaparecer a'],
      // Session 27 (see the derogation): throats cut; "what if we ..."; made to suffer or hurt, foretold; death the only
      // solution; hoping someone ends them; burned at the stake.
      [0.8, '(cortar|cortarles|cortarle|cortamos|cortaremos|corten|cortaran|cortasen|rajar|rajarles|rajamos) .. (el cuello|los cuellos|la garganta|las gargantas|el pescuezo|la yugular)'],
      [0.8, '(y si|por que no|que tal si) [les|los|las] (cortamos|matamos|quemamos|ahorcamos|exterminamos|eliminamos|masacramos|linchamos|fusilamos|expulsamos|deportamos|gaseamos|degollamos|ahogamos|colgamos|disparamos|apaleamos)'],
      [0.8, '(voy a|vamos a|va a|van a) (hacer sufrir|hacerles sufrir|hacerlos sufrir|hacerlas sufrir|hacerles dano|hacerles pagar)|(hare|haremos) (sufrir|pagar) (a)|(te|os|les) (hare|haremos|voy a hacer|vamos a hacer) [mucho] (dano)'],
      [0.8, '(la ejecucion|el exterminio|la muerte|la eliminacion|la deportacion|la expulsion|la horca|la hoguera|una bala|el genocidio|la camara de gas|el paredon|la pena de muerte) (es|seria|sigue siendo|sera) (la unica|la mejor|la verdadera|la ultima) (solucion|salida|respuesta|opcion)'],
      [0.8, '(espero que|esperemos que|cabe esperar que|ojala|ojala que|rezo para que|a ver si) (alguien|el gobierno|dios|la policia|el estado) (acabe con|termine con|se deshaga de|nos libre de|elimine a|extermine a|mate a|queme a|ahorque a|masacre a|ponga fin a)'],
      [0.8, '(arder|arden|ardan|ardieran|quemados|quemadas|quemarlos|quemarlas) (en la hoguera|en una hoguera|vivos|vivas)'],
    ],
    worth: ['(inteligente|inteligentes|listo|listos|lista|listas|capaz|capaces|valioso|valiosos|valiosa|valiosas|digno|dignos|digna|dignas|humano|humanos|humana|humanas|iguales|bienvenido|bienvenidos|bienvenida|bienvenidas|vivir|viva|vivan|vida|vidas|existir|exista|existan|sobrevivir|respeto|respetar|derechos|lugar|sitio|espacio|cabida|confiar|confianza|confiaria|confiariamos|fiarme|fiaria|derecho|tener hijos|salir con|buenos|buenas|normales|utiles|permitido|permitidos|permitidas|votar|contratar|casarse|casarme|ciudadanos|pertenecen|formar parte|confiable|confiables|decente|honestos|honestas|honesto|honesta|honrados|honradas|sinceros|sinceras|decentes|de fiar|fiables|(valen|valdran|valdrian|vale|valdra|valer) [nunca|jamas] tanto|(hacen|hace|haran|hara|hacer|haceis) (nada|algo) (bien|bueno|util)|valor|importancia|buena persona|buenas personas|gente buena|al mando|mandar|liderar|gobernar|adoptar|de valor)',
      // Session 19: deserving help, worth the effort, grateful, honest in the singular, nothing good.
      '((merecen|merece|merecian|merecerian) [el|la|nuestro|nuestra|ningun|ninguna] (ayuda|apoyo|compasion|atencion|consideracion|esfuerzo|esfuerzos|confianza|oportunidad|oportunidades)|(valen|vale|valian|valdran) (la pena|el esfuerzo)|agradecido|agradecida|agradecidos|agradecidas|honrado|honrada|nada bueno|nada de bueno|nada positivo|nada util)',
      // Good qualities a negation denies: kind, civil, clean, hard-working, loyal, gifted, brave, sensible, respectable.
      '(formaran parte|formara parte|dejar entrar|acoger|tener hijos|tomarse en serio)',
      // Session 30: normal people, in the singular the collective "gente" takes ("no son gente normal").
      '(gente|persona|personas) (normal|normales)',
      // Session 37: working honestly or hard ("ningún X trabaja honradamente").
      '(trabajan|trabaja|trabajar|trabajaran) [nunca|jamas] (honradamente|honestamente|duro)',
      '(amable|amables|simpatico|simpaticos|simpatica|simpaticas|agradables|educados|educadas|civilizados|civilizadas|pacificos|pacificas|limpios|limpias|trabajadores|trabajadoras|laboriosos|laboriosas|leales|fieles|generosos|generosas|brillantes|talentosos|talentosas|competentes|aptos|aptas|cualificados|cualificadas|fuertes|valientes|guapos|guapas|hermosos|hermosas|atractivos|atractivas|maduros|maduras|racionales|sensatos|sensatas|sabios|sabias|cultos|cultas|respetables|admirables|de confianza|dignos de confianza|buena gente|inocentes)',
      // Session 17, the classes every language's list now holds: ability and intelligence as nouns, dignity, citizenship, a real man or
      // woman, taken seriously, raising and teaching children, renting to, hiring, voting and marrying in the conditional a refusal
      // takes, leading, contributing, decent people, our equals. A noun a negation may deny of something else ("no hay dignidad en ...",
      // "no les falta inteligencia") counts only after its verb of having.
      '(capacidad (de|para) (pensar|razonar|liderar|dirigir|mandar|gobernar|aprender|decidir|entender|trabajar)|capacidad (intelectual|mental)|(tienen|tiene|tener|tengan|poseen) [ninguna|ningun] (inteligencia|dignidad|cerebro|talento|moral|honor|decencia|valores|principios|escrupulos|educacion)|ciudadania|nacionalidad|(mujer|mujeres|hombre|hombres) de verdad|(verdadero|verdaderos) (hombre|hombres)|(verdadera|verdaderas) (mujer|mujeres)|(tomar|tomo|toma|toman|tomaria) en serio a (los|las|ningun|ninguna|un|una|esos|esas|estos|estas)|(tomar|tomo|toma|toman|tomaria) a (los|las|ningun|ninguna|un|una|esos|esas|estos|estas) _ [_] en serio|(tomarlos|tomarlas|tomarles|tomados|tomadas) en serio|criar (hijos|ninos|a sus hijos|a los ninos|a ninos|a sus ninos)|educar (hijos|ninos|a los ninos|a ninos)|ensenar (a los ninos|a ninos|en escuelas|en colegios|en las escuelas|en los colegios)|dar clases|alquilaria|alquilariamos|alquilare|contrataria|contratariamos|contratare|votaria|votariamos|votare|me casaria|casaria|casarme con|(aportan|aporta|aportar|aportaran) (nada|algo)|(contribuyen|contribuye|contribuir) (a|en) (la sociedad|nuestra sociedad|el pais|este pais|nuestro pais|nada)|(ser|sean|son|seran|sera|sea) (jefes|jefas|jefe|jefa|lideres|lider)|igual a nosotros|igual a nosotras|iguales a nosotros|iguales a nosotras|nuestros iguales|gente de bien|personas de bien|gente decente|personas decentes|uno de nosotros|una de nosotros|de los nuestros|(seran|sean|son|ser|formaran|formara) parte (de|del) (nuestra|nuestro|la|el|esta|este) (sociedad|pais|nacion|comunidad|pueblo)|(seran|sean|son|ser) parte de nosotros)',
    ],
    negation: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ninguno', 'nadie', 'ni', '(es|seria) (falso|mentira) (que|decir que)',
      // Session 35: a question that doubts it, "do you really think that...", denies a good word as a negation does (and
      // takes back what is said as one: "tu crois vraiment que les X sont des voleurs ?").
      '(de verdad|en serio|realmente) (crees|piensas|creeis|pensais) que', '(crees|piensas|creeis|pensais) (de verdad|en serio|realmente) que',
      // Session 14: the emphatic negations, which stand alone.
      'en absoluto', 'de ningun modo', 'de ninguna manera', 'tampoco',
      // Session 24: denials without a negation word, as French "tout sauf" (anything but) and "loin d'être" (far from).
      '(todo|cualquier cosa) menos', 'lejos de (ser|estar)', '(me niego|nos negamos|se niegan) a (creer|pensar|aceptar|admitir) que'],
    // How others treat a group, told by one indignant at it ("me indigna que traten a los X como basura": session 18), or
    // the treatment judged wrong ("es ist falsch, X wie Dreck zu behandeln") or done by nobody (session 20).
    mention: [
      // Session 37: a group treated as beasts in the past passive is a history of its mistreatment, not the writer's view.
      '(fueron|eran|han sido|habian sido) (tratados|tratadas) (como|igual que)',
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(describir|describe|describen|describia|describian|retrataba|retrataban|retratar|pintaba|pintaban|presentaba|presentaban|gritan|gritaban|gritaron|grito|gritar|gritando|gritaba|oia|oian|oyendo)',
      '(que|cuando|como) (traten|tratan|trataban|trataron) a', '(nunca|jamas|no) (dije|he dicho|dijimos|hemos dicho)', '(tu|tus|vuestro|vuestra|vuestros|vuestras) [_] (odio|desprecio|asco|aversion|repugnancia|rechazo|desden|menosprecio)', '(pedir|piden|exigir|exigen|duele|insultar|insultan|insulto|insulta|insultas|insultando|insultarlos|insultarlas|llamandolos|llamandolas|tratar a|tratan a|tratas a|hablar de|hablan de|hablas de|hablan|afirmacion|afirmaciones|discurso|discursos|declaraciones|avergonzarse|averguenza|verguenza|(el|del|al) odio|dejar de|deja de|dejen de|decir|dice|dicen|dices|decis|deciais|diga|digan|dijo|dijeron|diciendo|llamar|llaman|llamas|llamarlos|llamarlas|llamaria|llamarian|escribir|escribe|escribes|escrito|afirmar|afirma|afirman|contra|denunci*|conden*|critic*|cosas como|frases como|amenazar|amenazas|amenaza|amenazan|avergonzarte|avergonzaros|averguenzate|dijiste|dijisteis|has dicho|delito|crimen|quien quiere|quien quiera|quienes quieren|quien _ quiere|llamo|llamaron|llama|llamaba|llamado|llamada|escucho|escuchar|escuchas|escuche|oigo|oyes|que (odia|odian|odie|odien|insulta|insultan|insulte|insulten|ataca|atacan|desprecia|desprecian))', '(para ti|tu opinion|su opinion|vuestra opinion)',
      // Session 32: a claim denied as a whole ("no es verdad que los X no sean de fiar": the negation inside it is the claim's).
      '((no es|no seria|nada de eso es) (verdad|cierto)|es (mentira|falso)) que', '(creer que|(crees|creen|piensas|piensan|opinas|opinan) que|publicar|publicas|publican|publico|compartes|comparten|repites|repiten|difundes|difunden|difundir|tuiteas|comentario|comentarios|mensajes|racista|racistas|racismo|machista|machistas|machismo|homofob*|transfob*|xenofob*|discrimin*|intolerancia|prejuicio|prejuicios|tus palabras|tu odio)',
      // Session 19: hearing or reading it said ("harta de oír que"), what someone used to say ("mi abuelo decía que"), a
      // claim named as an idea or a myth to be judged ("la idea de que X son inferiores es mentira").
      '(llamen|llame|llamaran|llamasen|insulten|insulte)',
      // Calling them so told in the past, by those who did ("refugiados a los que en la tele llamaban parásitos").
      '(llamaba|llamaban|llamaron|tachaba|tachaban|tacharon|tildaba|tildaban|tildaron)', '(oir|escuchar|leer|oigo|escucho|leo|oi|lei|oido|leido|oyendo|escuchando|leyendo) (que|decir)', '(decia|decian|solia decir|solian decir)', '(pensaba|pensaban|creia|creian) que',
      '(la idea|el mito|el estereotipo|el prejuicio|el cliche|la creencia|la nocion|la falacia|la teoria|la mentira|el bulo) (de que|que)',
      // Session 30: a belief reported as someone else's ("¿por qué hay gente que cree que las X son inferiores?").
      '(gente que|alguien que|quien|quienes|algunos|algunas|hay quien) (cree|creen|piensa|piensan|opina|opinan) [todavia|aun|de verdad|en serio] que'],
    they: ['(ellos|ellas|son|estan|sus|les|ustedes|vosotros|vosotras|sois|estais|vuestros|vuestras|tu|eres)', '(deberian|deben|tienen que|merecen|seran|serian|estaran)',
      // Session 39 (issue 17): the floating "all" closing the clause takes up the group named before ("Ojalá se mueran todos.").
      '(todos|todas) $',
      // A plural verb alone carries the group on: "Para mí siguen siendo basura".
      '(siguen|seguiran|eran|fueron|parecen|quieren|odian|roban|destruyen|arruinan|apestan)',
      // Session 27: the group as the object written onto the verb of making ('Voy a hacerles sufrir').
      '(hacerles|hacerlos|hacerlas)',
      // Session 37: the group named after what is said of "them", as whom the writer means ("Los odio. Me refiero a los X.").
      '(hablo de|estoy hablando de|me refiero a)',
      // Session 37: the group as the object pronoun before a verb of the writer's ("Veo a muchos X en el trabajo. Los odio a
      // todos."); before a noun "los" is the article.
      '(los|las) (odio|odiamos|detesto|detestamos|desprecio|despreciamos|aborrezco|aborrecemos|soporto|soportamos|aguanto|aguantamos|tolero|toleramos|mataria|matariamos)',
      // Session 30: "that kind of people", and what they do to the speaker, the verb carrying them ("Me dan asco.").
      '(esa|esta|aquella) (gente|chusma|gentuza|clase de gente)|(ese|este) tipo de gente|gente (asi|como esa)', '(me|nos) (dan|daban|daran|hacen|causan|provocan|ponen)'],
    self: ['(soy|somos|como) [un|una|unos|unas]'],
  },
  pt: {
    group: [
      'lgbt*',
      '(mulher|mulheres)', '(imigrante|imigrantes|migrante|migrantes|refugiado|refugiados|refugiada|refugiadas|estrangeiro|estrangeiros|estrangeira|estrangeiras)',
      '(muculmano|muculmanos|muculmana|muculmanas|islamita|islamitas)', '(judeu|judeus|judia|judias)',
      '(os|as|uns|umas|esses|essas|estes|estas|um|uma|esse|essa|este|esta|aqueles|nenhum|nenhuma|cada|todo|toda) (negro|negros|negra|negras|preto|pretos|preta|pretas)',
      '(negro|negros|negra|negras|preto|pretos|preta|pretas) (como|de merda)', '(pessoa|pessoas|gente) (negra|negras|preta|pretas)',
      '(gay|gays|gays|homossexual|homossexuais|lesbica|lesbicas|bissexual|bissexuais|trans|transexual|transexuais|transgenero|transgeneros|travesti|travestis)',
      '(deficiente|deficientes|pessoa com deficiencia|pessoas com deficiencia|aleijado|aleijados)',
      '(indigena|indigenas|indio|indios|cigano|ciganos|cigana|ciganas|asiatico|asiaticos|viado|viados|veado|veados|bicha|bichas|sapatao|sapatoes)',
      // Session 15: Brazil's northeasterners, the commonest target of its regional xenophobia.
      '(nordestino|nordestinos|nordestina|nordestinas)',
      // Session 34, as members write it: autistic people and wheelchair users named as a group, the racist words for Black
      // people that have no other sense, and the bare singular colour word as a generic subject ("preto é tudo ladrão",
      // "negro tem que...", "raça de preto"): "preto e branco" stays the colours, "e" there is "and" before no quantifier.
      '(autista|autistas|cadeirante|cadeirantes|crioulo|crioulos|crioula|crioulas|negrada)',
      '(negro|negra|preto|preta) (e|eh) (tudo|todo|sempre)', '(negro|negra|preto|preta) (tem que|tinha que|devia|deveria|deve|merece|precisa|nao presta|nunca presta)', '(raca de) (negro|negros|preto|pretos)',
      // Session 15: with more verbs a subject takes ("Negros deviam ...", "Pretos vão ...").
      // Session 26: people named by what they are to the speaker, then the colour word ("meus colegas negros").
      '(colegas|vizinhos|vizinhas|amigos|amigas|homens|caras|meninos|meninas|alunos|alunas|chefes|jogadores|funcionarios|inquilinos) (negros|negras|pretos|pretas)',
      '(negros|negras|pretos|pretas) (sao|serao|seriam|deveriam|devem|deviam|podem|nunca|jamais|me|nos|nao|vao|tem|estao|eram|foram|merecem|precisam|querem|so|voces|vcs|suas|seus)',
      '(voces|somente|apenas|so|todos|todas|a|por|de|contra|com|para|no|ao|do|proximo|qualquer|nenhum|nenhuma|cada|outro|outra) (negros|negras|negro|negra)',
      // Black people after a preposition fused with the article ("dos negros", "pelos pretos") or a quantifier.
      '(dos|das|aos|nos|nas|pelos|pelas|com os|com as|entre os|aqueles|aquelas|tantos|tantas|muitos|muitas|alguns|algumas|certos|certas|varios|varias|poucos|poucas|demasiados|meus|seus|nossos|teus) (negros|negras|pretos|pretas)',
      '(do|ao|pelo|num|numa|todo|toda|algum|alguma|aquele|aquela|meu|seu|teu) (negro|negra|preto|preta)',
      // Black people as the object of a verb that takes people ("tem negros por todo lado", "conheci negros"): "negros" alone may be the colour.
      '(tem|ha|existem|conheco|conheci|vi|vejo|odeio|detesto|aguento|suporto|contrataria|confio em|confiar em) (negros|negras|pretos|pretas)',
      // Slurs with another sense (an animal, a savage, a tramp), a person only with an article or a demonstrative ("esse
      // macaco", session 23): paired only with what is said.
      '(um|uma|esse|essa|aquele|aquela|seu|sua) (macaco|macaca|selvagem|anormal|invalido|invalida|vagabundo|vagabunda|puta|vadia|piranha|retardado|retardada|mongoloide)',
      // Nationalities and peoples (nationalities.ts), session 23.
      ...nationalities('pt'),
    ],
    derogation: [
      // Session 38 (issue 17), contempt as members write it: a class named with "uns"/"umas", "tudo" or a pack before it ("são
      // uns marginais", "tudo marginal"), where the bare word may be a sociologist's ("populações marginais"); the misers, the
      // perverts, the breed or people called backward or greedy; a burden on society; only good for giving trouble.
      [0.75, '(uns|umas|todos|todas|tudo|td|bando de|cambada de|corja de) (marginais|marginal|extremistas|analfabetos|analfabetas|doidos varridos|porcalhoes|porcalhonas|sovinas|fanaticos|fanaticas|barbaros|barbaras|viboras|futeis|submissas|submissos)|(sovina|sovinas|porcalhoes|porcalhonas|mao de vaca|maos de vaca|unhas de fome|muquiranas|pedofilos|pedofilas|doente da cabeca)'
        + '|(emocionalmente|mentalmente) (instaveis|descontrolados|descontroladas)|instaveis demais|(pertencem|vivem|parados|presos|ficaram) (a|ao|na|no) (idade media|idade da pedra|pre historia|idade das trevas|seculo vii|seculo 7)|(gente|raca|povo|povinho|laia) (atrasada|atrasado|gananciosa|gananciosos|traicoeira|maldita|desgracada|podre|porca|suja|burra|preguicosa|inferior|sem vergonha)|(um peso|que peso|fardo|estorvo) (pra|para|na) [a|o] (sociedade|pais|estado|previdencia|humanidade|familia)'
        + '|(so|somente|apenas) (servem|serve|prestam|presta|sabem) (pra|para) (dar trabalho|dar despesa|dar prejuizo|dar problema|dar problemas|dar dor de cabeca|encher o saco|fazer filhos|fazer baderna|fazer barulho|sujar|atrapalhar)'],
      // Session 39 (issue 17): a people called sick, filthy or rotten with the copula in the singular of "gente", "povo", "raça" ("Esse
      // povo é doente."), bringing nothing but trouble, unable to do anything, and anger held against them ("tenho raiva deles").
      [0.75, '(gente|raca|povo|povinho|laia|pessoal) (e|eh) [muito|tao|tudo|todo] (doente|doentia|imunda|imundo|podre|porca|porco|suja|sujo|nojenta|nojento|vagabunda|vagabundo|inutil|criminosa|ladra|ignorante|burra|burro)'
        + '|(so|somente|apenas) (traz|trazem|causa|causam|arruma|arrumam) (problema|problemas|confusao|desgraca|prejuizo|violencia|crime|crimes|doenca|doencas|dor de cabeca)'
        + '|(nao) (sabem|conseguem) fazer nada [direito|certo|que preste] $|(tenho|temos|sinto|sentimos) (raiva|aversao|horror|asco) (deles|delas|desses|dessas|dessa gente|desse povo)'
        + '|(nenhum|nenhuma) [deles|delas|desses|dessas] (vale|valia) (nada|coisa nenhuma|um centavo|merda nenhuma|porra nenhuma)'],
      // Session 38, "no good one of them exists" (issue 17): the good word denied existence, or called a legend, with the group held
      // inside ("não existe judeu bom", "muçulmano bom não existe", "mulher inteligente é lenda"); said of no group ("não existe
      // almoço grátis", "político honesto é lenda") it names none. "X bom é X morto": the only good one is a dead or absent one.
      [0.75, '(nao) (existe|existem|ha) [um|uma|nenhum|nenhuma] _ [_] (bom|boa|bons|boas|honesto|honesta|honestos|honestas|decente|decentes|que preste|que prestem|que presta) $'
        + '|(bom|boa|bons|boas|honesto|honesta|honestos|honestas|decente|decentes|inteligente|inteligentes|que preste|que presta|que prestem) (nao existe|nao existem|e lenda|eh lenda|e uma lenda|e mito|e um mito|e ficcao|e raridade|so existe em filme) $'
        + '|(bom|boa|bons|boas) (e|eh|so e) _ [_] (morto|morta|mortos|mortas|longe|longe daqui|no armario|calado|calada|calados|caladas|na cozinha|enterrado|enterrada|preso|presa|deportado|deportada|fora daqui)'],
      // Session 38, implied contempt (issue 17): sent back into the closet, to be hidden at home or committed to an asylum (a
      // duty now: "tinham que ficar escondidos" tells of a persecution, "precisa ser internada" of a hospital), here only to take our jobs,
      // carrying disease, a purse to be hidden from them; one fewer of them one problem fewer; the proverb of women drivers.
      [0.75, '(voltar|voltem|volta|volte|de volta) (pro|para o|ao|pra dentro do) armario|(deviam|deveriam|devia|deveria|tem que) (ser|ficar|estar) (internados|internadas|internado|internada|escondidos|escondidas|escondido|escondida|trancados|trancadas) (em casa|num hospicio|no hospicio|num manicomio|no manicomio)'
        + '|(so|somente|apenas) (vem|vieram|estao aqui) (pra|para) (roubar|tirar|tomar) [o|os|a|as] [nosso|nossos|nossa|nossas] (emprego|empregos|trabalho|vagas)|(trazem|espalham|transmitem) (doencas|doenca|virus|pragas|aids|criminalidade)'
        + '|(esconde|esconda|escondam|segura|segure|segurem) (a carteira|a bolsa|o celular|as bolsas|as carteiras)|a menos (e|eh|significa) [um|uma] (problema|praga|despesa|parasita|lixo) a menos|(perigo constante|perigo ambulante)'],
      // Session 37 (issue 17), tropes said of a whole group: always playing the victim, pulling the strings of the media and
      // the banks, a threat to the speaker's culture (Polish). Victims of a crime and a company that owns newspapers name no group.
      [0.75, '(se fazem|bancam|fazem) [sempre] (de vitima|de vitimas|de coitadinhos|de coitadinhas)|se vitimizam'],
      // Session 37 (issue 17), as Polish has it: a group said unable to do what anyone can (drive, think, count, behave), and
      // here only for the money. Permission or a past ban ("durften nicht fahren") and a writer's own job are not read.
      [0.75, '(nao) (sabem|conseguem) [nem] (dirigir|pensar|contar|raciocinar|liderar|governar|se comportar|se lavar|estacionar)|(so|somente|apenas) (vem|vieram|estao aqui) (pelo|por|pra|para) (dinheiro|o dinheiro|beneficios|os beneficios|bolsa)'],
      // Session 37, a group called children to be told what to do (issue 17): grown people as infants. Pets and
      // grandparents "like children" name no group.
      [0.75, '(sao) [tipo|igual] (como|feito|que nem) [umas] (criancas|criancinhas)'],
      // Session 37, tolerance on a condition (issue 17): a group accepted only while it hides, keeps away or stays put. The
      // condition must follow the word of tolerance; a pet on a lead or a storm names no group.
      [0.75, '([nao] (tenho|temos) nada contra|tudo bem|ok|de boa|aceitaveis|toleraveis|nenhum problema|nao me incomoda|nao me incomodam) .. (contanto que|contanto q|com tanto que|enquanto nao|enquanto ficarem|enquanto estiverem) [nao]'],
      // Session 36, one group ranked above another as people (issue 17), the clause closing on the group ranked below.
      [0.75, '(sao|somos) [geneticamente|naturalmente|racialmente|biologicamente|simplesmente|claramente|muito] superiores (a|aos|as|que|do que) [os|as|todos os|todas as] _ [em tudo|como pessoas|como seres humanos|por natureza] $'],
      // Plain "better than" is how fans and neighbours tease: it ranks people only "in everything" or "as people".
      [0.75, '(sao|somos) [muito] melhores (que|do que) [os|as|todos os|todas as] _ (em tudo|como pessoas|como seres humanos|por natureza) $'],
      // Session 34, exclusion (issue 17): "out with" them, barred here, the country said to be one group's alone, sent back where
      // they came from. "Fora o celular", "não é permitido cachorro" and "manda eles de volta pra loja" name no group.
      [0.75, '(fora) (os|as|com os|com as|todos os|todas as|esses|essas|com esses|com essas)|(aqui|aca|na minha casa|no meu bar|na minha loja) (nao) (entram|entra|sao permitidos|sao permitidas|e permitido)|(o brasil|portugal|o pais|este pais|esse pais|nosso pais|a europa) (e|sera|tem que ser) (so|somente|apenas|exclusivamente) (para|pra|dos|de)|(manda|mandem|mande|devolve|devolvam) (eles|elas|esses|essas|todos|todas) [todos|todas] (de volta|pra terra deles|para a terra deles|pro pais deles|para o pais deles|de onde vieram)|(tem que|temos que|precisa|precisamos|e preciso) (mandar|devolver|expulsar|tirar) (todos|todas) (os|as)'],
      // Session 21, questions by class, without "por que" (a word Spanish must keep as its own, languagesSaidTwice): not vanishing
      // once and for all, the negation inside the derogation's own; still letting them live here.
      [0.75, '(nao) (somem|some|sumam|suma|desaparecem|desaparece|se mandam|caem fora|vazam|se matam|se explodem|evaporam) (de vez|de uma vez|duma vez|para sempre|do mapa|de uma vez por todas)'],
      [0.75, '(ainda) (deixamos|deixam|aceitamos|aceitam|toleramos|toleram|permitem) ... (viver|viverem|ficar|ficarem|morar|morarem) (aqui|no pais|no nosso pais|entre nos|no brasil|em portugal|nas nossas cidades)'],
      // Session 21: their lives meaning nothing ("suas vidas não significam nada para mim"; "esse prêmio não significa nada para
      // os X" is said of a prize): the negation is the derogation's own.
      [0.8, '(vida|vidas|existencia|existencias) .. (nao) (significa|significam|representa|representam) (nada|coisa nenhuma|absolutamente nada|porra nenhuma|merda nenhuma)'],
      // Shutting a group out of work, home, a vote or a marriage, in the conditional of refusal; called sick.
      [0.75, '(nunca|jamais) (contrataria|alugaria|deixaria entrar|votaria (em|num|numa)|sairia com|casaria com|me casaria com)|(sao|estao) (uns|umas) (doentes|doentes mentais)'],
      [0.8, '(rato|ratos|ratazana|ratazanas|parasita|parasitas|barata|baratas|praga|pragas|cancer|escoria|lixo|animais|bestas|porcos|macacos|vermes|virus|sub-humanos|subumanos|sub humanos|imundicie|sujeira|peste|gentalha|rale|doenca|excremento|bosta)'],
      [0.75, '(nojento|nojentos|nojenta|nojentas|repugnante|repugnantes|desprezivel|despreziveis|inuteis|estupidos|estupidas|burros|burras|idiotas|imbecis|ignorantes|inferiores|sujos|sujas|criminosos|ladroes|ladrao|ladra|vagabundos|vagabundas|pateticos|pateticas|repulsivos|repulsivas|retardados|retardadas|selvagens|primitivos|nojo)'],
      [0.75, '((me|nos) (dao|da) nojo|nojo|enojado|enojada|me (enojam|repugnam|dao asco)|(odeio|detesto|abomino|desprezo) (os|as|todos|todas|esses|essas|estes|estas|qualquer)|(os|as) (desprezo|desprezamos)|odio (aos|as|por|contra|a)|desprezo (por|pelos|pelas)|repulsa|(nao) (suporto|aguento|tolero))'],
      [0.8, '(nao) (vale|valem|valha|valham) (nada|merda nenhuma|porra nenhuma)|(sem|nenhum) valor|(nao) (importa|importam)|(nao) (ha|existe|tem) (lugar|espaco)|(nao) (merece|merecem) (viver|existir|respeito)|(nao) (sao|e) (humanos|humano|pessoas|gente)|menos que (humanos|gente)|(nao) (melhores|melhor) (que|do que)|(pior|piores) (que|do que)'],
      [0.75, '(que se fodam|vao se foder|vao tomar no cu|filhos da puta|malditos|malditas)'],
      // Sent to hell: "para o inferno com os X".
      [0.75, '(para o|pro|pra o) (inferno|diabo) com|que se danem'],
      // Nothing to offer society, understanding nothing: the negation is the derogation's own.
      [0.75, '(nao|nunca) (tem|tinham|tiveram|terao) (nada|coisa nenhuma) (a|pra|para) (oferecer|contribuir|acrescentar) [a|para a|pra] (sociedade|nossa sociedade|ao pais|ao nosso pais|ao mundo|ninguem) $|(nao|nunca) (tem|tinham|tiveram|terao) (nada|coisa nenhuma) (a|pra|para) (oferecer|contribuir|acrescentar) $|(nao|nunca) (entende|entendem|entendiam|sabe|sabem) (nada|porra nenhuma|merda nenhuma|bulhufas) [de nada] $'],
      // Nothing good (ever) came or comes from them: the negation is the derogation's own.
      [0.75, '(nada|coisa nenhuma) de (bom|bem|util|positivo|decente) [nunca|jamais|alguma vez|ainda] (veio|vem|vira|saiu|sai|saira|resultou) (dos|das|desses|dessas|destes|destas)'],
      // Session 15: the same curse to one of them ("Vai tomar no cu, seu X").
      [0.75, '(vai|va) (tomar no cu|se foder|se fuder|pra puta que pariu|pro caralho|a merda)'],
      [0.75, '(imundos|imundas|vis|abominaveis|invasores|hordas|enxame|enxames|infestando|infestam|invadindo|vomitar|vontade de vomitar)'],
      [0.75, '(nada alem de|so|apenas) (desprezo|nojo|odio|repulsa)|(nenhuma|sem) (compaixao|piedade|pena)|(nunca|nao) .. tao (espertos|espertas|inteligentes|bons|boas|capazes) (como|quanto)|(nao) (sao|e) (melhores|melhor) (que|do que)'],
      [0.75, '(malvados|malvadas|perversos|perversas|degenerados|degeneradas|depravados|depravadas|horriveis|odiosos|odiosas|miseraveis|mentirosos|fedorentos|fedorentas|anormais|aberracoes|aberracao|doentes|uma vergonha|sanguessugas|cachorros|caes|gado|fardo|peso morto)'],
      [0.75, '(nao) (sinto|sentimos|tenho|temos) (nada alem de|nada mais que|mais que|senao|so) (desprezo|nojo|odio|repulsa|aversao)'],
      [0.75, '(nao) (tenho|sinto|sentimos|temos) [absolutamente] (nenhuma|nenhum) (compaixao|piedade|pena|respeito|simpatia|consideracao)'],
      [0.8, '(nao) (vale|valem|valha|valham) (absolutamente|realmente|literalmente) (nada)'],
      [0.8, '(nao) (tem|tem) [absolutamente] (nenhum|nenhuma) (valor|importancia)|(nao) (importa|importam) (nada|nem um pouco|minimamente)|(nao) (importa|importam)'],
      [0.75, '(aversao|desprezo|nojo|repugnancia) (a|aos|as|por|pelos|pelas) (todos|todas|os|as|esses|essas|estes|estas)|(abomino|detesto|odeio|desprezo) (todos|todas|os|as|esses|essas)'],
      // Session 15, implicit derogation by frame: kept, living or locked in a zoo, a cage, a sty or the slave quarters, after
      // any modal ("deviam morar num chiqueiro", "deviam ficar trancados numa jaula").
      [0.75, '(deveriam|devem|deviam|tem que|tinham que|precisam|merecem|mereciam) (estar|viver|morar|ficar|ser mantidos|ser mantidas|ser presos|ser presas) [trancados|trancadas|presos|presas|enjaulados|enjauladas|confinados|confinadas|acorrentados|acorrentadas] (em|no|num|numa|na|nos|nas) (zoologico|zoologicos|zoo|jaula|jaulas|gaiola|gaiolas|curral|currais|chiqueiro|chiqueiros|pocilga|estabulo|canil|senzala|senzalas|esgoto|lixao)|(lugar) (de|dos|das) .. (e|eh) (no|num) (zoologico|zoo|jaula)|(lugar) (e|eh) (no|num) (zoologico|zoo|jaula)'],
      [0.75, '(cachorro|cao|gato|macaco|hamster|papagaio|cabra|peixe) (e|eh|sao) (mais) (inteligente|inteligentes|esperto|esperta|espertos|util|valioso) (que|do que)'],
      // Session 15, implicit derogation by comparison: a beast or dirt worth more than a group, a group less human, clever or able
      // than others, a beast rather than one of them for company.
      [0.75, '(cachorro|cao|cadela|gato|rato|porco|barata|macaco|cavalo|vaca|animal|bicho|vira lata|lixo|sujeira) (vale|valem|merece|merecem|importa|importam) mais [respeito] (que|do que)|(sao|e|eh|seriam) menos (inteligentes|inteligente|capazes|capaz|humanos|humanas|humano|humana|evoluidos|evoluidas|civilizados|civilizadas|dignos|dignas|gente)|(prefiro|preferia|preferiria|preferimos|preferiamos) .. (um|uma|com um|com uma) (cachorro|cao|cadela|rato|porco|barata|macaco|cobra|animal|bicho|vira lata) .. (do que|que|a|ao inves de|em vez de)'],
      // Session 15, exclusion by frame: to be banned, barred, hidden away, segregated or excluded, after a modal.
      [0.75, '(deveriam|devem|deviam|tem que|tinham que|precisam) [todos|todas] ser (proibidos|proibidas|impedidos|impedidas|escondidos|escondidas|segregados|segregadas|excluidos|excluidas|banidos|banidas)'],
      [0.75, '(desgracados|desgracadas|canalhas|filhos da mae|cretinos|escrotos|um pe no saco|uns pes no saco)'],
      // Session 34: the singular a generic subject takes ("todo refugiado é bandido", "judeu safado"), blamed for every ill,
      // to be cured of what they are, and the rhetorical "who can stand them?", "since when can a woman think?" and "what is
      // one of them good for?".
      [0.75, '(bandido|bandida|safado|safada|promiscuo|promiscua|promiscuos|promiscuas|fedido|fedida|fracos da cabeca|fracas da cabeca)'],
      [0.75, '(a raiz|a causa|a fonte|a origem) (de todo|de todos os) (mal|males|problemas)|(ser|serem) (curados|curadas)|(se) (curar|tratar) $'],
      [0.75, '(quem) [aqui|ai|em sa consciencia] (aguenta|suporta|atura|tolera|confia em|confia num|confia numa|confiaria em|confiaria num|confiaria numa)|(desde quando) .. (sabe|sabem|consegue|conseguem) (pensar|raciocinar|liderar|governar|mandar)|(pra|para) (que|q) (serve|servem) [afinal|mesmo|exatamente] (um|uma|os|as|esses|essas|esse|essa) _ [_] [afinal|mesmo|exatamente] $'],
      [0.75, '(mais) (burros|burras|estupidos|estupidas|idiotas|nojentos|nojentas)'],
      [0.8, '(sanguessuga|carrapato|carrapatos|piolho|piolhos|pulga|pulgas|bacteria|bacterias|tumor|tumores|gangrena|infeccao|podridao|imundice|roedores|insetos|bichos|besta|animal|macaco|macacos|simios|porco|porca|cachorros|cadelas|baratas|dejetos|residuos|esterco|estrume|merda|lixos|carnica|escoria humana|lixo humano|vermes)'],
      [0.75, '(nojento|nojenta|nauseante|nauseantes|vomitivo|vomitivos|imundo|imunda|sujo|suja|estupido|estupida|burro|burra|idiota|inutil|inferior|patetico|patetica|ignorante|mesquinhos|mesquinhas|vil|abjeto|abjetos|indesejaveis|indesejavel|incivilizados|barbaros|barbaras|perigosos|perigosas|violentos|violentas|maus|crueis|ineptos|incapazes|deploraveis|detestaveis|odiosos|insuportaveis|irritantes|corruptos|traidores|asquerosos|asquerosas|repugnantes|retardados|retardadas)'],
      [0.75, '(odeio|odiamos|detesto|detestamos|abomino|abominamos|desprezo|desprezamos|execro) (os|as|todos|todas|esses|essas|estes|estas|qualquer|voces)|(me|nos) (repugnam|repugna|enojam|enoja|dao nauseas|da nauseas|deixam doente|deixam enjoado|irritam|enojam)|(sinto|sentimos|tenho|temos) (tanto|muito|tanta|muita) (odio|nojo|desprezo|repulsa|aversao)'],
      [0.75, '(monstros|demonios|hienas|veneno|uma ameaca|uma desgraca|bandidos|estupradores|terroristas|preguicosos|preguicosas|desonestos|desonestas|egoistas|gananciosos|gananciosas|pervertidos|pervertidas|covardes|feios|feias|hipocritas|histericas|histericos|falsas|falsos|(me|nos) (enojam|repugnam|irritam|dao nojo|dao asco))'],
      // Contempt and disgust, every gender and number: vile, revolting, pitiful, worthless.
      [0.75, '(repulsivo|repulsiva|repulsivos|repulsivas|asqueroso|asquerosa|abominavel|execravel|execraveis|detestavel|odioso|odiosa|horrivel|horriveis|horroroso|horrorosos|horrorosa|horrorosas|medonhos|medonhas|lamentavel|lamentaveis|ridiculos|ridiculas|repugnante|imprestavel|imprestaveis|miseraveis|nojenta|nojento|asquerosidade|pateticos|canalhas|safados|safadas|sem vergonhas|pilantras|escrotas|uma vergonha|um lixo|uma praga|uma peste|um nojo|um atraso|um fardo|um estorvo|estorvos|um peso)'],
      // Stupidity and incapacity.
      [0.75, '(estupido|estupida|burro|burra|idiota|imbecil|retardado|retardada|debeis mentais|debil mental|incultos|incultas|ignorante|primitivas|burrice|incompetentes|incompetente|inuteis|inutil|descerebrados|descerebradas|sem cerebro|cabecas ocas|mentecaptos|acefalos)'],
      // Dishonesty, vice, idleness, greed and cowardice.
      [0.75, '(desonesto|desonesta|mentiroso|mentirosa|mentirosas|traicoeiros|traicoeiras|hipocrita|preguicoso|preguicosa|vagabundos|vagabundas|malandros|malandras|criminosos|criminosas|maldosos|maldosas|nocivos|nocivas|aproveitadores|aproveitadoras|interesseiros|interesseiras|gananciosos|gananciosas|sujos|sujas|fedidos|fedidas|fedorento|fedorenta|degenerado|degenerada|depravado|depravada|pervertido|pervertida|doentios|doentias|ladras|ladroes|trapaceiros|trapaceiras|vigaristas|covardes|parasitas)'],
      // Vermin, filth, disease and beasts: the dehumanising nouns.
      [0.8, '(cupins|percevejos|lesmas|larvas|verme|parasita|pestes|cancro|microbios|escumalha|corja|cambada|sucia|rebotalho|refugo|entulho|esgoto|chorume|excrementos|porcaria|feras|rebanho|manada|macacas|gorilas|chimpanzes|primatas|suinos|vira latas|abutres|urubus|sub-raca|sub raca|raca inferior|menos que gente|lixo|bosta)'],
      // Swarms that invade: the invasion metaphor.
      [0.75, '(invasao|infestacao|infestaram|infesta|invadiram|invadem|tomaram conta|proliferam|se multiplicam como|horda)'],
      // Hatred and disgust felt, with or without an object named ("eu abomino todos os...", "tenho aversão a...").
      [0.75, '(odeio|odiamos|detesto|detestamos|abomino|abominamos|desprezamos|execro|execramos|eu desprezo)|(tenho|sinto|temos|sentimos) [um|uma] [profundo|profunda|enorme] (nojo|asco|odio|desprezo|aversao|repulsa|repugnancia|horror|ojeriza)'],
      [0.75, '(me|nos) (enojam|enoja|repugnam|repugna|dao nojo|da nojo|dao asco|da asco|dao nauseas|dao vontade de vomitar|fazem vomitar|deixam doente|deixam enojado|deixam enojada|embrulham o estomago|causam nojo|causam repulsa|causam asco|dao raiva|revoltam|dao arrepios)|(que|como) nojo|(nao) (consigo|consegue|conseguimos) (suportar|aguentar|tolerar|olhar para|ver)'],
      // More of the class: repellent, sordid, rotten, failed; "the worst".
      [0.75, '(repelente|repelentes|abjeta|abjetas|torpes|sordidos|sordidas|ignobeis|ignobil|infames|indecentes|grotescos|grotescas|podres|perturbados|perturbadas|fracassados|fracassadas|perdedores|perdedoras|insignificantes|mediocres|horrendos|horrendas|hediondos|hediondas|pavorosos|pavorosas|vergonhosos|vergonhosas|otarios|otarias|babacas|os piores|as piores|o pior|a pior|a escoria|o lixo|a rale)'],
      // Arrogance, rudeness, ingratitude, madness: more contemptuous attributes.
      [0.75, '(arrogantes|agressivos|agressivas|fanaticos|fanaticas|barulhentos|barulhentas|grosseiros|grosseiras|mal educados|mal educadas|arruaceiros|baderneiros|desordeiros|folgados|folgadas|encostados|irracionais|ingratos|ingratas|insolentes|prepotentes|metidos|metidas)'],
      [0.75, '(falta|faltam|falta lhes|carecem de|carece de|desprovidos de|desprovidas de|privados de|privadas de) [completamente|totalmente|qualquer|toda] (inteligencia|cerebro|juizo|bom senso|nocao|educacao|vergonha|decencia|honestidade|dignidade|moral|carater|higiene|humanidade|valor)|(nao) (tem|tinham|possuem|tem nem) [um pingo de|uma gota de|qualquer] (inteligencia|cerebro|juizo|bom senso|nocao|educacao|vergonha na cara|decencia|honestidade|dignidade|moral|carater|higiene|humanidade) [nenhuma|nenhum|alguma] $|(uma|um) (verdadeira|verdadeiro|autentica|autentico|pura|puro|grande|enorme|total) (vergonha|desgraca|praga|peste|calamidade|catastrofe|nojeira|porcaria|cancro|cancer|lixo) [para (o pais|a sociedade|a humanidade|o mundo|o brasil|portugal|este pais)] $|(so|apenas|somente) (sabem|servem para|querem|pensam em|prestam para) (roubar|mentir|matar|destruir|explodir|dar problemas|causar problemas|estragar|enganar|reclamar|incomodar|atrapalhar|fazer merda|foder tudo|procriar|parir|viver de esmola|mamar)'],
      [0.75, '(deviam|deveriam|devem|tem que|tinham que|precisam|deveria|devia|deve) [era|mesmo|e|todos|todas] (calar a boca|se calar|calar se|ficar calados|ficar caladas|ficar calado|ficar calada|fechar a matraca|calar o bico|ficar quietos|ficar quietas|ficar em silencio)|(vao|va|ir|vai|apodrecam|queimem|ardam) (para o|pro|no) inferno|que se (danem|lixem|explodam)|(ter|tenham|terem|tinham|tem) vergonha de (existir|viver|nascer|respirar|ter nascido|terem nascido)|(prefiro morrer|preferia morrer|prefiro a morte|desperdicio de oxigenio|desperdicio de ar|desperdicio de espaco|gastam oxigenio|longe das nossas criancas|longe das criancas|longe dos nossos filhos|afastados das criancas|(volta|voltem|voltar|lugar) (pra|para|e na|eh na|e a|na) cozinha)'],
      // "Who needs X?", "we don't need X": a group called useless by a question or a refusal, the group
      // closing the clause ("quem precisa de aulas para imigrantes?" asks for a class).
      [0.75, '(quem precisa|quem e que precisa|quem ainda precisa|ninguem precisa|nao precisamos|a gente nao precisa) (de|dos|das|desses|dessas|destes|destas) _ [_] [afinal|mesmo|de verdade|aqui] $|(pra que|para que) (servem|prestam) (os|as|esses|essas) _ [_] $'],
      // Not bearing them, the group set out before and taken up by a pronoun ("as X, eu não as suporto").
      [0.75, '(nao) (os|as|o|a) (suporto|suportamos|aguento|aguentamos|tolero|toleramos|engulo|aturo|aturamos)|(nao) (consigo|conseguimos|posso|podemos) (suporta-los|suporta-las|suportar|aguenta-los|aguenta-las|aguentar|tolera-los|tolera-las|tolerar|aturar|atura-los|atura-las|engolir)'],
      // Women called whores as a class.
      [0.75, '(umas|todas|uma cambada de|um bando de|so) (putas|vadias|piranhas|vagabundas|rameiras|galinhas|biscates|periguetes)'],
      // Violence said to be no crime: the negation is what says it ("matar X não é crime").
      [0.8, '(bater|espancar|matar|agredir|linchar|queimar|estuprar|surrar|atirar|enforcar|torturar|apedrejar|exterminar|eliminar|esfaquear|socar|dar porrada) ... (nao e|nao eh|nunca foi|nao seria|nao sera|nao deveria ser|nao devia ser|nunca deveria ser|nao deveria mais ser) [considerado] (crime nenhum|crime|errado|pecado|problema|nada demais|grave|ilegal|proibido|punido|punivel)'],
      // "There is nothing worse than a X": the comparison names the group the worst (its negation is part of it).
      [0.75, '(nao ha|nao existe|nao tem|nada|nada e|nada eh|nada mais) [nada] (pior|mais nojento|mais nojenta|mais horrivel|mais repugnante|mais desprezivel|mais irritante|mais asqueroso|mais asquerosa|mais detestavel|mais repulsivo|mais repulsiva|mais estupido|mais burro|mais insuportavel) (do que|que|quanto)'],
      // Refusing them respect, service or a hand.
      [0.75, '(recuso-me|me recuso|eu me recuso|recuso|nos recusamos|recusamo-nos|recusamos|eu recuso) [totalmente|terminantemente|completamente] (a|de) .. (respeitar|dar respeito|dar o minimo respeito|ter respeito|apertar a mao|contratar|atender|servir|alugar|falar com|trabalhar com|conviver com|aceitar|ajudar|tocar em|sentar ao lado)'],
      // Called mad or messed up in the head.
      [0.75, '(cabeca fodida|cabecas fodidas|fodidos da cabeca|fodidas da cabeca|doentes da cabeca|doentes mentais|malucos|malucas|loucos|loucas|pirados|piradas|doidos|doidas|desequilibrados|desequilibradas|psicopatas)'],
      // "A X in power is a joke": a group unfit to lead.
      [0.75, '(no governo|no poder|no comando|na presidencia|na lideranca|na politica|como chefe|como presidente|como lider|como patrao|como patroa|no volante) (e|eh|seria|sera|sao|seriam) (uma piada|piada|um desastre|uma vergonha|ridiculo|uma palhacada|um erro|uma catastrofe)'],
      // Knowing, bringing or being good for nothing, the negation part of it, the clause ending there; no brain; a smell.
      [0.75, '(nao) (sabem|entendem|contribuem com|acrescentam|produzem|agregam|oferecem) (nada) $|(nao) (tem|possuem) [nenhum|um pingo de] (cerebro|miolos|inteligencia) $|(cheiram mal|fedem|catingam|fedendo)'],
      // Bad people as a class, every gender and number.
      [0.75, '(pessimos|pessimas|gente ruim|gente ma|gente da pior especie|gentinha|ruins|a pior especie|a pior raca|raca ruim)'],
      // Session 6, by class. Evil, vulgar, unworthy, a disaster or a plague; "de uma burrice ..." (of a stupidity); snakes and cows.
      [0.75, '(diabolicos|diabolicas|diabolico|diabolica|vulgares|indignos|indignas|avarentos|avarentas|mentirosas|corruptas|corruptos|fedorentas|lunaticos|lunaticas|uns brutos|umas brutas|zeros a esquerda|zero a esquerda|uma calamidade|uma abominacao|uma catastrofe|uma epidemia|pesos mortos|uns bostas|umas bostas|umas bruxas|umas vacas|umas porcas|umas cadelas)|(sao|e|sejam) [umas|uns] (atrasados|atrasadas|cobras|viboras|serpentes|lama|o mal|o diabo|demonios)|(sao|e|sejam|es) [realmente|mesmo|sempre] de uma (burrice|estupidez|feiura|sujeira|preguica|maldade|baixeza|hipocrisia|vulgaridade|mediocridade|ignorancia|idiotice|imbecilidade|desonestidade|covardia|crueldade) '],
      // "You're nothing but a X" ("você não passa de um X"): a group's name, or a slur, made the whole of the one addressed.
      [0.75, '(voce|vc|tu|voces) (nao passa|nao passas|nao passam) de|(voce|vc|tu) (e|es|eh) (so|apenas|somente|nada mais que|nada mais do que) (um|uma)'],
      // Not wanted where one lives; a lower species; sick in the mind.
      [0.75, '(nao) (quero|queremos) .. (no|na|nos|nas|em) (meu|minha|nosso|nossa|meus|nossos|este|esta|esse|essa) (pais|bairro|rua|cidade|casa|escola|empresa|predio|vizinhanca|condominio)|(especie|raca) (inferior|inferiores)|mentalmente (doentes|perturbados|perturbadas|desequilibrados|desequilibradas|retardados|retardadas)'],
      // Cursing a group and not caring a damn: "tô cagando pros X", "que se foda os X", "me enchem o saco".
      [0.75, '(to|tou|estou|estamos) cagando (pros|pras|para os|para as|pra)|(que se foda|foda se|se foda)|(me|nos) (enchem|enche) o saco'],
      // "I wouldn't mind X if they weren't ...": the first negation is hypothetical, the "if ... not" says they are.
      [0.75, '(nao) (me importaria|teria nada contra|teria problema|teria problemas|ligaria) ... (se|caso) [eles|elas] (nao) (fossem|fosse|estivessem|agissem)'],
      // Session 8, by construction (written from Portuguese, not from eval rows). The kitchen or home as a group's place;
      // good only for one thing; not caring a damn; nobody wanting them, no business here; "who would hire a X?" closing
      // the clause; lying and stinking as what they do; a mistake of nature.
      [0.75, '(ficar|fiquem|ficarem|voltar|voltem|ir) (na|pra|para a|para|a) (cozinha|beira do fogao|pia|tanque)|(o|seu) lugar (da|das|de|do|dos) _ [_] (e|eh|fica) ' + PLACE_OF_CONTEMPT + '|lugar de _ [_] (e|eh|fica) ' + PLACE_OF_CONTEMPT + '|(so|apenas|somente) (servem|prestam|sao boas|sao bons) (para|pra) _'],
      [0.75, '(pouco me lixando|me lixo|estou me lixando|to me lixando|nao dou a minima|nao to nem ai|nao estou nem ai|to cagando|estou cagando|nao quero nem saber) (para|pra|com|dos|das|de|para os|para as|pros|pras|com os|com as)|(ninguem|nao) (quer|queremos|quero) (esses|essas|estes|estas|os|as|mais|nenhum|nenhuma|saber de|saber dos|saber das) _ [_] [aqui|no pais|no brasil|em portugal|no bairro|por aqui|perto de mim|na minha rua|na minha casa] $|(nao) (tem|teem|tinham) (nada que fazer|nada a fazer|nada para fazer|o que fazer) (aqui|no nosso|na nossa|neste|nesta|em nosso|em nossa|no brasil|em portugal)'],
      // Asked of what one of them is good for ("de que servem as X além de...", "qual a utilidade de um X?"), whether they can think
      // ("será que os X sabem pensar?"), and how anyone stands living beside them ("como alguém aguenta conviver com X?").
      [0.75, '(de que|pra que|para que) (serve|servem|presta|prestam) [afinal|mesmo|exatamente] (um|uma|os|as|esses|essas|esse|essa) _ [_] (alem de|a nao ser|fora|senao)'
        + '|(qual|qual e) (a utilidade|a serventia|o proposito|a funcao) (de|dos|das|desses|dessas) [um|uma] _ [_] [afinal|mesmo|na sociedade] $'
        + '|(sera que|sera q) .. (sabe|sabem|consegue|conseguem) (pensar|raciocinar|ter ideias)'
        + '|(como) [e que] (alguem|voce|vc|tu|a gente|se) [ainda] (aguenta|suporta|atura|consegue) (conviver|viver|morar|trabalhar) (com|perto de|ao lado de) (os|as|esses|essas|estes|estas|um|uma) _ [_] $'
        + '|(quem) [e que] (ia|iria|vai) (querer) (casar|namorar|morar|trabalhar|sair) (com) (um|uma|os|as|esses|essas) _ [_] $'],
      // Session 36: who likes them, and how anyone can like or trust them, the group closing the question.
      [0.75, '(quem) [e que] [em sa consciencia|no seu juizo perfeito|no juizo perfeito] (contrataria|ia querer|iria querer|vai querer|quereria|quer|gosta|gostaria de ter|casaria com|confiaria em|precisa de|precisa dos|precisa das|aguenta|suporta|ia contratar|vai contratar|alugaria para) [mesmo|de verdade|realmente|afinal] (um|uma|de|dos|das|os|as|esses|essas|estes|estas) _ [_] [aqui|como vizinho|como vizinha|como vizinhos|como colega|como chefe|na familia|em casa|no trabalho|por perto|na equipe|no time|na empresa|na turma|no predio|no condominio] $'
        + '|(como) [e que] (alguem|voce|vc|tu|se) [ainda] (consegue|pode|conseguem|podem) (gostar|confiar) (de|dos|das|desses|dessas|em|nos|nas|num|numa) _ [_] $'],
      // Session 36: ruining the country, its children or its values, in the progressive of both spellings ("estão a destruir o nosso
      // país", "estão corrompendo nossas crianças"); their land or forests ruined by others is no such object.
      [0.75, '(estao|esta) (a destruir|destruindo|a arruinar|arruinando|a corromper|corrompendo|a estragar|estragando|a contaminar|contaminando|a envenenar|envenenando) [o|a|os|as] [nosso|nossa|nossos|nossas|este|esse|esta|essa] (pais|brasil|portugal|europa|sociedade|cultura|criancas|filhos|filhas|valores|familias|juventude|jovens|bairros|cidades|escolas)'],
      // Stereotypes said of a whole group: all the same, controlling everything, crime in the blood, born to obey, a cost,
      // living off others, breeding like rabbits.
      [0.75, '(sao|e) (todos|todas|tudo) (iguais|a mesma coisa|farinha do mesmo saco)|(controlam|dominam) (tudo|o mundo|a midia|a imprensa|os bancos|o dinheiro|o governo)|(o|a) (crime|violencia|roubo|mentira|malandragem) no sangue|(nasceram|nasceu|feitas|feitos) (para|pra) (obedecer|servir|cozinhar|limpar|parir|roubar|mentir|enganar|apanhar|ser escravos|ser escravas)|(custam|custa) (caro|caro demais|muito caro|uma fortuna) (a|para a|pra) (sociedade|o estado|o pais|os contribuintes)|(vivem|vive|viver) (as nossas custas|as custas|de esmola|dos nossos impostos)|(se aproveitam|abusam|mamam) (do|dos|da|nos|nas) (sistema|governo|beneficios|auxilios|tetas do governo)|(se reproduzem|procriam|se multiplicam) como (coelhos|ratos|baratas)'],
      // Session 15: the Brazilian generic "X é tudo Y" (every X is Y), the predicate in the singular ("Muçulmano é tudo
      // terrorista", "Mulher é tudo igual").
      [0.75, '(e|eh|sao) tudo (igual|ladrao|ladra|terrorista|bandido|bandida|vagabundo|vagabunda|doente|safado|safada|nojento|nojenta|lixo|porco|porca|preguicoso|preguicosa|burro|burra|macaco|macaca|criminoso|criminosa|interesseiro|interesseira|puta|vadia|aproveitador|aproveitadora|sujo|suja|fedido|fedida|falso|falsa|mentiroso|mentirosa|fanatico|fanatica|parasita|praga|escoria|pilantra|traidor|traidora|pervertido|pervertida|degenerado|degenerada)'],
      [0.75, '(mentem|roubam|fedem|cheiram mal) (o tempo todo|sempre|sem parar|toda hora|a toda hora)|(nao) (contam|conta) [nada|para nada|pra nada] $|(nao) (merecem|merece) (ser felizes|ser feliz|ser amados|ser amadas|ser respeitados|ser respeitadas|respirar|amor|paz)|(sao|e) (um erro|uma aberracao|uma anomalia|um defeito|um castigo|um estorvo) [da natureza|de deus] $'],
      // Session 14, by class (from the language, not eval rows): the dim, foul-smelling, uncivilised, inept, treacherous,
      // unnatural and mad, in the forms missing; locusts and mistakes of nature.
      [0.75, '(tolos|tolas|parvos|parvas|cretinas|malcheirosos|malcheirosas|incivilizadas|ineptas|traidoras|antinaturais|dementes)'],
      [0.8, '(gafanhotos|erros da natureza|erro da natureza)'],
      // Session 14, emotions by class: disgust and nausea with the pronoun after the verb ("enojam-me") and "enjoar".
      [0.75, '((enojam|enjoam|repugnam|enoja|enjoa|repugna) (me|nos)|(me|nos) (enjoam|enjoa)|(causam|causa|dao|da) (me|nos) (nojo|asco|nauseas|repulsa|vomitos))'],
      // Session 19, implicit derogation by class: sent back to caves, a jungle, a cage (not "ir ao zoológico", an outing); a
      // place gone to ruin since they came; told to be grateful to be let live here; good only for one chore, in the
      // singular too ("mulher só serve pra lavar louça"), the chore a verb (not "só serve para X", a service for them); a
      // beast rather than one of them for company or a date; theft as what they do; ruining whatever they touch.
      [0.75, '(voltar|voltem|voltarem|voltassem|voltam|mandar|mandem|mandemos|devolver|devolvam|devolve|mandar de volta|mandem de volta|mande de volta) [de volta] (pra|pro|para|a|as|pras|pros|para a|para as|para o|para os) [a|as|o|os|sua|suas|seu|seus] [sua|suas|seu|seus] (caverna|cavernas|selva|mato|arvore|arvores|jaula|jaulas|zoologico|senzala|senzalas|chiqueiro|esgoto|lixo|oca|ocas)'],
      [0.75, '(foi|ficou|virou|esta|ta|tem ido) (ladeira abaixo|pro brejo|pro buraco|pro saco|pras cucuias|uma merda|um lixo|um inferno|uma favela|um chiqueiro|uma pocilga|um lixao|uma bosta|insuportavel|invivivel|de mal a pior) (depois que|desde que|desde a chegada|depois da chegada|com a chegada|quando chegaram|quando vieram)|(depois que|desde que) ... (virou|ficou|foi|esta) (ladeira abaixo|pro brejo|pro buraco|uma merda|um lixo|um inferno|uma favela|um chiqueiro|uma pocilga|um lixao|uma bosta|insuportavel|de mal a pior)'],
      [0.75, '(deviam|deveriam|devem|tem que|tinham que|precisam|teriam que) [estar|ser|nos|todos|todas|e|mais] (agradecer|agradecidos|agradecidas|gratos|gratas|beijar nossos pes|beijar os nossos pes|beijar o chao|dar gracas|agradecer a deus|nos agradecer) (por|de|que|pelo fato de) ... (deixarmos|deixar|deixamos|deixarem|aceitarmos|aceitamos|tolerarmos|toleramos|acolhermos|acolhemos|sustentarmos|sustentamos|viver aqui|morar aqui|estar aqui|ficar aqui|estarem vivos|estarem vivas|estarem aqui|viverem aqui|morarem aqui|respirar)'],
      [0.75, '(so|apenas|somente) (serve|presta|e boa|e bom) (para|pra) (lavar louca|lavar roupa|lavar prato|lavar pratos|lavar o chao|limpar|cozinhar|parir|servir|obedecer|esfregar|varrer|passar|procriar|dar|transar|foder|abrir as pernas|ficar em casa|fazer comida|fazer filho|fazer filhos|roubar|mendigar|trabalhar de graca|carregar peso)|(servem|serve|prestam|presta) (so|apenas|somente) (para|pra) (lavar louca|lavar roupa|lavar prato|lavar pratos|lavar o chao|limpar|cozinhar|parir|servir|obedecer|esfregar|varrer|passar|procriar|dar|transar|foder|abrir as pernas|ficar em casa|fazer comida|fazer filho|fazer filhos|roubar|mendigar|trabalhar de graca|carregar peso)'],
      [0.75, '(prefiro|preferia|preferiria|preferimos) .. (um|uma|com um|com uma) (cabra|bode|jumento|jumenta|burro|burra|mula|ovelha|galinha|vaca|porca|cadela|macaca|jegue) .. (do que|que|a|ao inves de|em vez de)'],
      [0.75, '(eles|elas|so|sempre) (roubam|rouba|furtam|furta|saqueiam) tudo|(rouba|roubam|furta|furtam) tudo (que|o que) (ve|veem|encontra|encontram|pode|podem|acha|acham|ver|virem)|(estragam|estraga|destroem|destroi|arruinam|arruina|acabam com|acaba com|contaminam|contamina|sujam|suja|apodrecem|apodrece|poem a perder|estragariam|destruiriam) tudo (o que|que|em que|aquilo que) (tocam|toca|encostam|encosta|poem a mao|botam a mao|pegam|chegam perto)'],
      // Not caring whether they live: amazed anyone cares at all ("me espanta que se importem minimamente com a vida dos X"; the
      // negated "não se importam com" is counter-speech, taken back), or the speaker's own contempt for their lives.
      [0.75, '(se importe|se importem|se importa|se importam|se importar|se preocupe|se preocupem|se preocupa|se preocupam|ligue|liguem) (minimamente|minimamente que seja|um pouco sequer|sequer|o minimo|nem que seja um pouco) (com|pela|pelas|pelo|pelos) (a vida|as vidas|o destino|a morte|a sorte|o que acontece)|(to cagando|estou cagando|tou cagando|pouco me importa|pouco me importam|to pouco me fodendo|to nem ai|estou nem ai|pouco me lixando) (para|pra|com) (a vida|as vidas|o destino|a morte|o que acontece)'],
      // Belonging in a zoo, a cage or the rubbish; indifferent to whether they drown or die.
      [0.75, '(pertencem|pertence|deviam pertencer) (a|ao|num|numa|no|na|em) [um|uma] (zoologico|zoo|jaula|chiqueiro|senzala|lixo|esgoto|selva|caverna|pocilga)|(tanto faz|pouco me importa|to nem ai|nao to nem ai|estou nem ai|nao me importa|to cagando|estou cagando) (se|que) ... (morrem|morram|morrerem|se afogam|se afoguem|sumam|desaparecem|desaparecam|apodrecem|apodrecam)'],
      // Session 23: shut out of the speaker's own place ("ciganos não entram na minha loja"); how could anyone trust or
      // love one of them; who would want to live beside one.
      [0.75, '(nao) (entra|entram|pode entrar|podem entrar|entrarao|pisa|pisam) (no|na|em) [meu|minha|nosso|nossa|este|esta] (bar|restaurante|loja|casa|empresa|predio|hotel|boate|estabelecimento|salao|bairro|escola)|(proibida a entrada|proibido entrar) (de|a)|(como) (alguem|uma pessoa|voce|a gente|se) (pode|consegue|poderia|conseguiria) .. (amar|aguentar|suportar|confiar|casar|namorar)|(quem) (ia|iria|vai|quereria|gostaria de) [querer] (morar|viver) (ao lado|perto) (de|do|da|dos|das|num|numa)'],
      // Session 23: should not be here ("os ciganos não deviam estar aqui"), the negation the exclusion's own, the
      // clause ending there ("... ici dans la rue, mais dans un logement" says where they should be).
      [0.75, '(nao) (deviam|deveriam|devem|deve|devia|deveria|podem|podiam|poderiam) (estar|ficar|morar|viver) (aqui|neste pais|no nosso pais|no meu pais|no brasil|em portugal|no nosso bairro) $'],
      // Session 24, implicit derogation by class: nothing ever invented, built or brought by them (the negation is the
      // derogation's own; not "fizeram nada", which "nunca fizeram nada de errado" denies); crime following them; wallets
      // and children hidden from them; a place better before they came.
      [0.75, '(nunca|jamais|nao) (inventaram|inventou|criaram|criou|construiram|construiu|produziram|realizaram|descobriram|conquistaram|contribuiram com|contribuiu com|acrescentaram|acrescentam|contribuem com|trouxeram) (nada|coisa nenhuma)|(nunca|jamais) (fizeram|fez) nada de (bom|util|importante|relevante)'],
      [0.75, '(o crime|a criminalidade|a violencia|os problemas|os roubos|a sujeira|a miseria) (vai atras|vem atras|vao atras|vem junto|segue|seguem|os segue|as segue|chega junto|chegam junto)|(esconda|esconde|escondam|segure|segura|segurem|guarde|guarda|guardem|cuidado com|cuide|cuidem|proteja|protejam) (a|as|o|os|sua|suas|seu|seus|a sua|as suas|o seu|os seus) (carteira|carteiras|bolsa|bolsas|celular|celulares|filhos|filhas|criancas|joias|pertences)|(melhor|mais seguro|mais segura|mais limpo|mais limpa|mais tranquilo|mais tranquila|mais calmo|mais calma|mais agradavel) antes (de os|de as|dos|das|que os|que as) _ [_] (chegarem|chegassem|virem|viessem|entrarem|entrassem|invadirem)|(melhor|mais seguro|mais segura|mais limpo|mais limpa|mais tranquilo|mais tranquila|mais calmo|mais calma|mais agradavel) antes (da chegada|de chegarem|de eles chegarem|de elas chegarem|deles chegarem|delas chegarem|da invasao)'],
      // Session 24, exclusion said as a negated wish: not wanted as a neighbour, colleague, boss or in-law; never let near
      // one's own children (the negation is the exclusion's own).
      [0.75, '(nao|nunca|jamais) (quero|queremos|quereria|aceito|aceitaria|aceitamos|aceitariamos) .. (como|para) (vizinho|vizinhos|vizinha|vizinhas|colega|colegas|chefe|chefes|genro|nora|amigo|amigos|amiga|amigas|professor|professores|professora|professoras|medico|medicos|inquilino|inquilinos|funcionario|funcionarios|baba|babas) $|(nunca|jamais|nao) (deixarei|deixaria|deixo|vou deixar|deixaremos|permitirei|permitiria) .. (chegar perto|chegarem perto|se aproximar|se aproximarem|tocar|tocarem|cuidar|cuidarem|ensinar|ensinarem|educar|educarem) (dos meus|das minhas|dos nossos|das nossas|de meus|de minhas|os meus|as minhas|meus|minhas|nossos|nossas) (filhos|filhas|criancas|netos|bebes)'],
      // Session 24, negative attributes by class: a vice named as theirs ("a preguiça dos X", "sua hipocrisia", "de uma
      // covardia..."), and lying, stealing or whining as what they always do.
      [0.75, '(o|a|essa|esse|a sua|o seu|de uma|de um) (egoismo|preguica|burrice|estupidez|hipocrisia|covardia|avareza|ganancia|sujeira|imundicie|maldade|perversidade|desonestidade|falsidade|incompetencia|mediocridade|vulgaridade|fedor|selvageria|barbarie|vagabundagem) (dos|das|desses|dessas|destes|destas|de todos os|de todas as)|(sua|seu|suas|seus|de uma|de um) (egoismo|preguica|burrice|estupidez|hipocrisia|covardia|avareza|ganancia|maldade|perversidade|desonestidade|falsidade|incompetencia|mediocridade|vulgaridade|fedor|selvageria|barbarie|vagabundagem) $|(mentem|roubam|trapaceiam|mendigam|enganam) (o tempo todo|sempre|sem parar|constantemente|toda hora|a toda hora)|(reclamam|choramingam) (o tempo todo|sempre|sem parar|constantemente|toda hora|a toda hora) $|(passam|vivem) [o tempo todo|a vida|o dia todo] (reclamando|mentindo|roubando|choramingando|mendigando|enganando|a reclamar|a mentir|a roubar|a choramingar)'],
      // Session 24, hate as a question by class: since when are they human, are they really human, do they have a brain (the
      // question closing the clause), is there a single decent one, who would want them as neighbours. Not "what can one
      // expect from", whose object may be another ("o que se pode esperar dos políticos para os X").
      [0.75, '(desde quando) .. (sao|e) (gente|humanos|humano|pessoas|seres humanos|gente de verdade|cidadaos)|(sao|e) (humanos|humano|gente|pessoas|seres humanos) (mesmo|de verdade|de fato) $|(tem|possuem) (cerebro|miolos|um cerebro) $|(existe|ha|tem) (algum|alguma|um unico|uma unica|um so|uma so) .. (que preste|que prestem|que valha|que valha a pena|honesto|honesta|decente) $|(quem) (iria|ia|vai|quer|queria|quereria) (querer|aceitar|ter) .. (como|de) (vizinho|vizinhos|vizinha|vizinhas|colega|colegas|chefe|genro|nora|amigo|amigos)'],
      // Session 26: ashamed to exist, the existence itself the shame.
      [0.75, '(vergonha|envergonhar se|envergonhados|envergonhadas) (de existir|de ter nascido|de estarem vivos|de estarem vivas|de estar vivos|de estar vivas|de viver)'],
      // Session 26: bringing nothing but trouble (as es, fr, it); against nature; sent home by a modal.
      [0.75, '(so|apenas|somente) (trazem|traz|causam|causa|criam|geram) (problemas|confusao|crime|crimes|violencia|miseria|doencas|sujeira|desgraca)|(nao) (trazem|traz|causam) (nada alem de|nada mais que|senao|mais que) (problemas|confusao|crime|violencia|miseria|doencas|sujeira)|(contra a natureza|contra natura|antinatural|antinaturais)|(devem|deviam|deveriam|tem que|precisam) (voltar|regressar|ir embora) (para casa|pra casa|para a terra deles|pra terra deles|para o pais deles|pro pais deles|para os paises deles)'],
      // Session 27, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses:
      // dumped like rubbish; food a member of the group touched refused; one of them dead no different from a dead rat;
      // one of them in charge the worst mistake; nothing liked less; rage at their claim to be equal; an idea that comes
      // from one of them bullshit for that reason.
      [0.75, '(deveriam|devem|deviam|tem que|tinham que|precisam|merecem) [todos|todas] (ser) (jogados|jogadas|despejados|despejadas|atirados|atiradas|largados|largadas|postos|postas) (no|num|na|numa|nos|nas|em um|em uma) (lixo|lixao|aterro|aterro sanitario|lixeira|lixeiras|esgoto|vala|cacamba)|(lugar) (deles|delas) (e) (no|na) (lixo|lixao|lixeira|aterro)'],
      [0.75, '(nunca|jamais|nao) (comeria|comerei|comeriamos|beberia|tocaria|compraria|vestiria) .. (tocada|tocado|tocadas|tocados|preparada|preparado|preparadas|preparados|feita|feito|feitas|feitos|servida|servido|cozinhada|cozinhado|fabricada|fabricado) (por)'],
      [0.75, '[(nao) (vejo|ve|vemos|ha|existe|tem)] [nenhuma] (diferenca) [nenhuma|alguma] (entre) (um|uma|os|as) (rato|ratos|cachorro|cachorros|cao|caes|porco|porcos|barata|baratas|animal|animais|bicho|bichos) (morto|morta|mortos|mortas)'],
      [0.75, '(colocar|por|botar|ter|eleger|deixar) (um|uma) .. (no comando|no poder|na presidencia|na chefia|como chefe|como lider|como presidente|no governo|para mandar) (e|seria|foi|sera) (o maior erro|o pior erro|um erro|um desastre|uma piada|uma vergonha|a pior coisa|a pior decisao)'],
      [0.75, '[(nao) (ha|existe|tem)] (nada|ninguem|coisa nenhuma) (no mundo|na terra|nesta vida|neste mundo) (de que|que|do que) [eu|nos] (goste|gosto|gostemos|aprecie|suporte|odeie|deteste) (menos|mais) (do que|que)'],
      [0.75, '(me|nos) (enchem|enche|enchiam|deixam|deixa|deixavam|poem|pos) [tanto|tao|muito] (de raiva|de odio|de nojo|com raiva|com odio|furioso|furiosa|furiosos|possesso|possessa|louco de raiva|louca de raiva)'],
      [0.75, '(vem|veio|vier|vinha|venha|sai|saiu) (de um|de uma|dos|das|de|do|da) .. (so pode ser|deve ser|e|e so|com certeza e|certamente e|obviamente e|claro que e|so podia ser) (besteira|merda|bobagem|lixo|idiotice|burrice|porcaria|asneira|uma besteira|uma merda|uma bobagem|uma idiotice|uma porcaria)|(afinal) [de contas] (veio|vem|vinha) (de um|de uma|dos|das)|(veio|vem|vinha) (de um|de uma|dos|das) .. (afinal|afinal de contas)'],
      // Session 30, implicit derogation by class, as members write it (no eval row read): made for the house; a decline
      // blamed on their arrival ("desde que os X chegaram, tudo piorou"); a team or a street spoilt by their being there;
      // in everyone's way; thinking only of money; customers scared off by hiring one; asked whether they have any morals.
      [0.75, '(feita|feitas|feito|feitos|nasceu|nasceram|serve|servem|boa|boas) (para|pra|so para|so pra) (cuidar da casa|a cozinha|cozinhar|lavar louca|lavar roupa|o fogao|o tanque|a casa)|desde que ... (chegaram|chegou|vieram|veio|se mudaram|mudaram|apareceram|invadiram|(estao|esta) aqui) ... (piorou|piorando|so piora|foi pro buraco|foi para o buraco|virou um inferno|virou um lixo|virou uma favela|degradou|decaiu|uma merda|um lixo|um inferno)'],
      [0.75, '(estraga|estragam|arruina|arruinam|azeda|azedam) (o vestiario|o time|a equipe|o bairro|o clima|o ambiente|a rua)|(atrapalhar|atrapalham|incomodar|incomodam|encher o saco de|enchem o saco de) (todo mundo|toda a gente|a todos|os outros)|(so|apenas|somente) (pensam|pensa|vivem|vive|ligam|liga) (em|para|pra|pro) [o|a] (dinheiro|grana|lucro)|(obcecados|obcecadas) (por|com) (dinheiro|grana)|(espantar|espanta|espantam|espantaria|afugentar|afugenta|afugentam) (os clientes|a clientela|clientes|os fregueses|a freguesia)'],
      [0.75, '(tem|teem) (alguma|algum|um pingo de|um pouco de) (moral|cerebro|consciencia|alma|vergonha|dignidade|carater)'],
      // Session 30: who can still stand them, the adverb before the verb ("quem ainda aguenta os X?").
      [0.75, '(quem) (ainda|realmente|mesmo) (aguenta|suporta|atura|tolera|consegue aguentar|consegue suportar|consegue aturar) [mais] (os|as|esses|essas|estes|estas|um|uma) _ [_] $'],
      // Session 32, implicit derogation by class: owned like property ("propriedade do marido"), a danger to children.
      [0.75, '(propriedade|propriedades|posse) (do|dos|de seu|de seus|do seu|dos seus|de um|de uns) (marido|maridos|homem|homens|dono|donos|senhor|senhores|esposo|esposos)|(um|uma|o) (perigo|ameaca|risco) (para|pras|pros|as|aos) (as criancas|criancas|nossas criancas|nossos filhos|os menores|os filhos|a infancia)'],
      // Session 35, implicit derogation by construction (issue 17): "typical of X," then what they always do, kept away from one's
      // children (the refusal is the derogation's own), knowing their place, smelt from afar, ruining every street they reach,
      // breeding like beasts; backward, ungrateful, promiscuous; the retching they cause (not "ânsia" alone, also longing).
      [0.75, '(tipico) [de|dos|das|do|da] _ $ (sempre|de novo|outra vez|como sempre|nunca|so|toda vez)|(nunca|jamais|nao) (deixaria|deixo|deixarei|deixaremos|quero|permitiria) ... perto (dos meus|das minhas|do meu|da minha|dos nossos|das nossas) (filhos|filhas|filho|filha|criancas|netos)|(sabiam|sabia|conheciam|ficavam|deviam|deveriam|devem|tem que|tinham que|precisam|aprender) ... (o seu lugar|seu lugar|o lugar delas|o lugar deles|no seu lugar|no lugar delas|no lugar deles)|(cheiro|fedor|catinga|fedem|fede) .. (de longe|a quilometros|a metros de distancia)|(estragam|destroem|arruinam|sujam|degradam|estraga|destroi|arruina|suja) (todo|toda|todos os|todas as|qualquer|nossos|nossas) (bairro|bairros|cidade|cidades|rua|ruas|escola|escolas|lugar|lugares|vizinhanca)|(se reproduzem|se multiplicam|procriam|parem) como|(ansia|ansias) (de vomito|de vomitar)|(me|nos) (da|dao) (ansia|ansias|engulho|engulhos)|(engulho|engulhos)'],
      [0.75, '(atrasados|atrasadas|ingratos|ingratas|mal agradecidos|mal agradecidas|promiscuos|promiscuas)'],
      // Session 35: proof that evolution runs backwards, the missing link; crime or filth wherever they are; one of them as a
      // boss or neighbour refused ("no thanks"). Not "they cannot even": also "they are not even allowed to", their plight.
      [0.75, '(prova|provas|provam|prova viva) .. (evolucao) .. (pra tras|para tras|retroceder|ao contrario)|(elo perdido)|(onde) (tem|ha|estao|moram|chegam) ... (tem|ha) (roubo|roubos|crime|crimes|criminalidade|sujeira|bagunca|briga)|(como|de) (chefe|chefa|vizinho|vizinhos|vizinha|colega|professora|medica|piloto|presidente|presidenta|nora|genro) [_] (nao obrigado|nao obrigada|nem pensar|to fora|deus me livre)'],
      // Session 35, a mind denied by class: a bird's or a pea's brain, no brain at all (the negation is the derogation's own);
      // "what do you expect from X?", the group closing the question (not "...from X who lost everything").
      [0.75, '(o que|que) (esperar|voce espera|vc espera|voce esperava|tu esperas|se pode esperar|queria|quer) (de|dos|das|do|da|desses|dessas) [um|uma|uns|umas] _ [_] $|(cerebro|cabeca|cerebros) de (passarinho|passaro|minhoca|galinha|ameba|mosquito|ervilha|azeitona)|(nao) (tem|tem) (cerebro|cerebros|miolo|miolos)'],
      // Told to get lost, the group called after it ("largaos, X", "cassez-vous, les X"): the rude and the plain imperative of leaving, ending its clause ("andatevene a letto" is bedtime).
      [0.75, '(vazem|caiam fora|se mandem|sumam) [daqui|do brasil|do nosso pais] $'],
      // Session 39 (issue 17): set apart from "us", the clause ending there ("não são como nós"); told to thank us for being taken in.
      [0.75, 'nao (sao|e) [gente|pessoas] como (nos|a gente) $|(deviam|deveriam|devem|tem que|tinham que) [nos|e] (agradecer|ser gratos|ser gratas|beijar nossos pes) (por|de|que) .. (acolhidos|acolhidas|recebidos|recebidas|aceitos|aceitas|deixarmos|deixamos|acolhermos|recebermos|aqui)'],
    ],
    violence: [
      // Told to die, the group called after it ("crevez, les X", "verreckt, ihr X"): the plural imperative of a verb of dying.
      [0.8, '(morram|vao morrer longe)'],
      // Session 39 (issue 17): told to vanish, die or leave after a modal or in the wish's subjunctive, with no group word of its own:
      // the group named in the sentence before, taken up by the floating "all" or the verb ("Chegaram X. Deviam todos sumir.").
      [0.75, '(deviam|deveriam|devem|tem que|tinham que|precisam) [todos|todas] (sumir|morrer|desaparecer|ir embora|cair fora|se mandar|dar o fora) [todos|todas|daqui|do pais|do brasil|de vez] $'],
      // Session 39 (issue 17): their death or vanishing wished in the past subjunctive ("Queria que os X morressem.", "Há X aqui e eu
      // queria que sumissem."); "seria bom se ... não morressem" is left to the rule after, which reads it.
      [0.8, '(queria|quero|gostaria|tomara|esperava|oxala) que .. (morressem|sumissem|desaparecessem|se matassem|fossem exterminados|fossem exterminadas|fossem mortos|fossem mortas|apodrecessem|queimassem no inferno)'],
      // Session 38 (issue 17): a group's vanishing called better or good, the group its subject, in the past subjunctive ("não era
      // melhor se os X sumissem de vez?"; a death is left out, "seria bom se as mães não morressem no parto"), and sending them back after a
      // modal or "dava pra" ("não dava pra mandar esses X de volta?"), the group held between the verb and "de volta".
      [0.75, '(melhor|bom|otimo|maravilhoso|perfeito|lindo) (se|que) [todos|todas] (os|as|esses|essas|estes|estas) _ [_] [todos|todas] (sumissem|desaparecessem|deixassem de existir|nao existissem)'
        + '|(dava pra|da pra|dava para|tinha que|tem que|temos que|bora|vamos|devia|deviam|deveria|deveriam|precisamos) (mandar|devolver|despachar|chutar) (esses|essas|estes|estas|os|as|todos os|todas as) _ [_] (de volta|embora|pra fora)'],
      // A killing wished or called good, done by someone, the state or an impersonal subject, in the finite verb a wish or an
      // 'it would be good if' takes (future, subjunctive, present): of a group it is a call; of a pest or a monster, no group is named.
      [0.8, '(espero|esperamos|tomara|oxala|seria bom|seria otimo|seria melhor|seria justo|bom seria|queria|quero|gostaria) (que|se) [alguem|a policia|o governo|o estado|finalmente alguem] .. (mate|matem|matasse|matassem|matarem|queime|queimem|queimasse|queimassem|fuzile|fuzilem|fuzilasse|fuzilassem|enforque|enforquem|enforcasse|enforcassem|extermine|exterminem|exterminasse|exterminassem|elimine|eliminem|eliminasse|eliminassem|linche|linchem|linchasse|linchassem|massacre|massacrem|massacrasse|massacrassem|chacine|chacinem|chacinassem|esfaqueie|esfaqueiem|esfaqueassem|metam bala|metesse bala|metessem bala|atire em|atirem em|atirassem em)'],
      // Session 15: shooting or stabbing in the present for the future ("dou um tiro nele"); a beating foretold ("vão
      // apanhar até aprender": "apanhar o autocarro" is catching a bus).
      [0.8, '(dou|damos|meto|metemos|enfio|enfiamos|taco|tacamos) (um tiro|uns tiros|tiro|bala|uma facada|facadas|porrada|uma surra) (nele|nela|neles|nelas|na cara|na cabeca|em cada|em todos|em todas|nesses|nessas|nesse|nessa)|(vai|vao) apanhar (ate|muito|feio|de novo|pra aprender|para aprender)|(vai|vao) apanhar $'],
      // Session 15: the first person present for the future ("juro que mato o próximo X"; not before "cada" or "um": "no
      // mato" is in the bush), making them suffer with the personal infinitive ("vou fazer os X sofrerem"), wanting to see
      // them dead ("quero ver as X mortas").
      [0.8, '(mato|matamos|espanco|espancamos|queimo|queimamos|enforco|esfaqueio|fuzilo|degolo) (o proximo|a proxima|os proximos|as proximas|qualquer|todos os|todas as|esses|essas)|(fazer|farei|faremos|fazer com que) ... (sofrerem|sangrarem|implorarem|sofrer|sangrar|pagarem caro|pagar caro)|(quero ver|queria ver|queremos ver|quero|queria) (os|as|esses|essas|todos os|todas as) _ [_] (mortos|mortas|enforcados|enforcadas|queimados|queimadas|fuzilados|fuziladas|exterminados|exterminadas|a sete palmos|no cemiterio)'],
      [0.8, '(matar|mata-los|mata-las|matem|matemos|exterminar*|exterminio|extermine*|erradic*|eliminar|elimina-los|eliminemos|deportar*|deportem|deportemos|deportados|deportacao|expuls*|enforc*|fuzil*|atirar|atirem|queimar|queimem|afogar*|gasear*|linch*|estuprar|livrar-nos|livrar nos|livrarmos|nos livrar|acabar com|expulsa-los|prender todos|proibir*|aniquil*|massacr*|atacando|ataca-los|atacar)'],
      [0.75, '(fora do|fora da|fora de) (nosso pais|brasil|portugal|europa|aqui)|(que voltem|voltem para|voltar para) (seu pais|sua terra|a africa)'],
      // Session 34: sent back with "pra", in the plural imperative or after a modal ("tinha que voltar pra terra deles"); wanting
      // to go back home is no call ("querem voltar pra terra deles"), nor is "volta", "vai" (she goes back, goes home).
      [0.75, '(voltem) (pra|pro|para|para a|para o) (terra deles|terra delas|terra de voces|pais deles|pais delas|africa|sua terra|seu pais|tua terra|teu pais)|(tem que|tinha que|tinham que|deviam|deveriam|devem|precisam|precisa|deve|devia|deveria) (voltar|ir embora) (pra|pro|para|para a|para o) (terra deles|terra delas|terra dele|terra dela|pais deles|pais delas|pais dele|pais dela|africa|sua terra|seu pais)'],
      [0.8, '(assassinar|assassina-los|assassinados|assassinadas|massacrar|exterminados|exterminadas|eliminados|eliminadas|executar|executados|executadas|fuzilados|enforcados|enforcadas|queimados|presos|expulsos|esterilizar*|castrar*|espancar*|torturar*|apedrejar*|morte aos|morte as|morram|morrer|livrar-se|livrarmo-nos)'],
      [0.8, '(matarei|mataremos|vou matar|vamos matar|assassinarei|vou atirar|vamos atirar|atirarei|atiraremos|vou esfaquear|vou queimar|vamos queimar|vou enforcar|vou espancar|vou atacar|vamos atacar|continuaremos atacando|vou eliminar|vamos eliminar|vou exterminar|vamos exterminar|vamos erradicar|vou erradicar|vou estuprar|degolar|decapitar|acabarei com|acabaremos com)'],
      [0.8, '(deveriam|devem|merecem|tem que|precisam) (ser|estar) (assassinados|assassinadas|mortos|mortas|eliminados|eliminadas|exterminados|exterminadas|executados|executadas|enforcados|enforcadas|fuzilados|queimados|queimadas|deportados|deportadas|expulsos|expulsas|presos|presas|erradicados|erradicadas|castrados|esterilizados)|(merecem|deveriam|devem) (morrer|sofrer|a morte)|(temos que|devemos|deveriamos|precisamos) (matar|eliminar|exterminar|erradicar|deportar|expulsar|queimar|enforcar|fuzilar|prender|nos livrar|livrar-nos|acabar com)'],
      [0.8, '(quero|queremos|queria|quero ver|queria ver) (os|as|los|las|eles|elas) [todos|todas] (mortos|mortas|enforcados|enforcadas|queimados|queimadas|fuzilados|fuzilados|exterminados|exterminadas|a sete palmos|debaixo da terra|no cemiterio)'],
      // One of them, in the singular: "Tem um X na minha rua. Devia ser expulso."
      [0.8, '(devia|deveria|deve|merece|merecia|precisa|tem que|tinha que) .. (ser|estar) .. (morto|morta|expulso|expulsa|deportado|deportada|enforcado|enforcada|fuzilado|fuzilada|queimado|queimada|eliminado|eliminada|exterminado|exterminada|executado|executada|espancado|espancada|linchado|linchada|apedrejado|apedrejada|castrado|castrada|esterilizado|esterilizada|torturado|torturada|abatido|abatida|assassinado|assassinada|baleado|baleada|esfaqueado|esfaqueada|afogado|afogada)'],
      [0.8, '(quero|queremos|gostaria de|adoraria) (matar|assassinar|exterminar|eliminar|queimar|enforcar|atirar|esfaquear|espancar|estuprar)|ate que (todos|todas) (estejam) (mortos|mortas)|ate que (morram|desaparecam|vao embora)|(alguem) (deveria|devia|tem que|precisa) (matar|mata-los|atirar|queimar|enforcar|eliminar|exterminar)|(vamos) [simplesmente] (matar|queimar|enforcar|eliminar|exterminar|erradicar|atacar|expulsar|atirar)'],
      [0.8, '(deveriam|devem|devemos|deviam|merecem|mereciam|tem que|tem de|tinham que|precisam|precisavam|seria melhor que) .. (ser|sejam|fossem) .. (torturados|torturadas|castigados|castigadas|espancados|espancadas|esfaqueados|esfaqueadas|afogados|afogadas|degolados|degoladas|decapitados|decapitadas|destruidos|destruidas|esmagados|esmagadas|abatidos|abatidas|cacados|cacadas|apedrejados|apedrejadas|estuprados|estupradas|envenenados|envenenadas|enterrados|enterradas|assassinados|assassinadas|executados|executadas|exterminados|exterminadas|eliminados|eliminadas|queimados|queimadas|linchados|linchadas|enforcados|enforcadas|fuzilados|fuziladas|massacrados|massacradas|aniquilados|aniquiladas|erradicados|erradicadas|mortos|mortas)'],
      [0.8, '(assassinemos|executemos|enforquemos|queimemos|torturemos|espanquemos|aniquilemos|erradiquemos|afoguemos|destruamos|esmaguemos|eliminemos|fuzilemos|linchemos|massacremos|exterminemos)|(vou|vamos|quero|queremos|temos que|devemos|deveriamos|precisamos) .. (destruir|esmagar|cacar|envenenar|enterrar|machucar|ferir|bater em|espancar|torturar|afogar|degolar|decapitar|apedrejar|estuprar|atacar|eliminar|matar|queimar|enforcar|atirar em|esfaquear|massacrar|exterminar|aniquilar|erradicar)|(destruirei|destruiremos|esmagarei|esmagaremos|envenenarei|enterrarei|torturarei|torturaremos|espancarei|espancaremos|massacrarei|massacraremos|exterminarei|exterminaremos|eliminarei|eliminaremos|queimarei|queimaremos|enforcarei|esfaquearei|afogarei|estuprarei)'],
      [0.8, '(melhor|melhores|estaria melhor|estariam melhores) (sem|mortos|mortas)|(uma|um|suas|seus|a|o) (bala|tiro na cabeca|tumulo|cova|vala|camara de gas|camaras de gas|campo de concentracao|campos de concentracao|forca)|(varrer|varre-los|varridos|varridas|apagar|apaga-los) da face da terra'],
      [0.8, '(ve-los|ve-las|ver todos|ver todas) .. (mortos|mortas)|(faze-los|faze-las|farei|faremos) .. (sofrer|pagar)|(que|vao) (sofram|paguem|sofrer)|(cortar|cortarei|degolar) .. (pescoco|pescocos|garganta|gargantas)'],
      // Violence after a modal, a wish or a plan ("vou", "temos que", "quero", "seria bom"), every verb of it.
      [0.8, '(vou|vamos|irei|iremos|quero|queremos|queria|gostaria de|adoraria|temos que|tem que|devemos|deveriamos|deviamos|precisamos|e preciso|seria bom|seria melhor|o certo e|hei de|vou ter que|vamos ter que|eu ia|a gente vai|a gente devia|alguem deveria|alguem devia|alguem tem que|alguem precisa|alguem podia|alguem poderia|esta na hora de|ja e hora de|e hora de|ta na hora de|tava na hora de|ja ta na hora de) .. (sufocar|asfixiar|atropelar|passar por cima de|gasear|cacar|quebrar as pernas de|quebrar os ossos de|matar|assassinar|exterminar|eliminar|erradicar|aniquilar|massacrar|chacinar|trucidar|esquartejar|degolar|decapitar|estrangular|enforcar|fuzilar|linchar|queimar|incendiar|tacar fogo|afogar|envenenar|esfaquear|apunhalar|espancar|surrar|agredir|torturar|mutilar|castrar|esterilizar|estuprar|violentar|apedrejar|atirar|balear|metralhar|bombardear|acabar com|dar um fim|sumir com|expulsar|deportar|banir|prender|enjaular|mandar embora|mandar de volta|meter bala|passar fogo|descer o cacete|dar porrada|machucar|ferir|fazer sofrer|fazer pagar|nos livrar|livrar-nos|livrarmos|se livrar)'],
      // Clitic forms ("matá-los", "queimá-las").
      [0.8, '(mata|queima|enforca|elimina|extermina|erradica|expulsa|deporta|espanca|tortura|fuzila|lincha|afoga|aniquila|massacra|esfaquea|assassina|executa|prende|esmaga|destroi|abate|liquida|castra) (los|las)'],
      // The future, first and third person, and "they will pay / die".
      [0.8, '(matarei|mataremos|matarao|exterminarei|exterminaremos|exterminarao|eliminarei|eliminaremos|erradicarei|erradicaremos|aniquilarei|aniquilaremos|massacrarei|massacraremos|queimarei|queimaremos|enforcarei|enforcaremos|fuzilarei|fuzilaremos|lincharei|lincharemos|esfaquearei|esfaquearemos|espancarei|espancaremos|torturarei|torturaremos|estuprarei|degolarei|degolaremos|decapitarei|afogarei|afogaremos|envenenarei|atirarei|atiraremos|expulsarei|expulsaremos|deportarei|deportaremos|acabarei com|acabaremos com|vao morrer|vao pagar|vao sofrer|vao apodrecer|vao queimar)'],
      // Imperatives and the subjunctive of a wish ("que morram").
      [0.8, '(matem|queimem|enforquem|fuzilem|linchem|exterminem|eliminem|erradiquem|aniquilem|massacrem|esfaqueiem|espanquem|torturem|castrem|apedrejem|afoguem|envenenem|expulsem|deportem|prendam|chacinem|metam bala)|(que|tomara que|espero que|oxala) (morram|sumam|apodrecam|queimem no inferno|se explodam|desaparecam|sejam mortos|sejam mortas|sejam exterminados|sejam exterminadas|sejam eliminados|sejam eliminadas|levem um tiro)'],
      [0.8, '(deveriam|devem|devemos|deviam|merecem|mereciam|tem que|tem de|tinham que|precisam|precisavam|seria melhor que) .. (ser|sejam|fossem) .. (chacinados|chacinadas|trucidados|trucidadas|gaseados|gaseadas|atropelados|atropeladas|apunhalados|apunhaladas|esquartejados|esquartejadas|mutilados|mutiladas|estrangulados|estranguladas|baleados|baleadas|metralhados|metralhadas|bombardeados|bombardeadas|incinerados|incineradas|banidos|banidas|expulsos|expulsas|deportados|deportadas|presos|presas|enjaulados|enjauladas|trancados|trancadas|castrados|castradas|esterilizados|esterilizadas|punidos|punidas|sacrificados|sacrificadas|extintos|extintas|varridos do mapa|varridas do mapa)'],
      // Deserving death; sent away.
      [0.8, '(merecem|merece|mereciam) (morrer|a morte|apanhar|sofrer|ser mortos|ser mortas|uma bala|a forca|a cadeira eletrica|levar um tiro|pena de morte|tiro|bala)|(fora daqui|fora do pais|fora do brasil|fora de portugal|sumam daqui|saiam daqui|mandem embora|mandem de volta|voltem para a selva|voltem pra selva|voltem pra africa|voltem para a africa)'],
      [0.8, '(morte a|morte para|morte pros|morte pras) (todos|todas|esses|essas|estes|estas|os|as)'],
      // Session 14, by class: running over, gassing, beheading, strangling, stoning, bombing, hunting, driven out by
      // force, in the forms the lists lacked: the first-person future and the imperative plural of those verbs.
      [0.8, '(atropelarei|atropelaremos|gasearei|gasearemos|bombardearei|bombardearemos|decapitarei|decapitaremos|estrangularei|estrangularemos|apedrejarei|apedrejaremos|castrarei|castraremos|mutilarei|mutilaremos|cacarei|cacaremos|apunhalarei|apunhalaremos|esquartejarei|esquartejaremos)|(atropelem|gaseiem|decapitem|estrangulem|bombardeiem|apunhalem|esquartejem|mutilem|degolem)|(expulsar|expulsarei|expulsaremos|mandar|mandarei|mandaremos|botar|botarei|chutar|chutarei|tirar|correr com) ... (a pontapes|a pontape|a chutes|a pauladas|a pedradas|a porrada|na porrada|a tiro|a bala|na bala)'],
      // Session 14, by class: "the only good X is a dead X", hanging from a tree or a lamppost
      // (not "paredão", also a reality show's vote).
      [0.8, '(o unico|a unica|os unicos|as unicas) .. (bom|boa|bons|boas) (e|sao) .. (morto|morta|mortos|mortas)|(pendurados|penduradas|enforcados|enforcadas|pendurar|pendura-los) .. (numa arvore|em arvores|num poste|nos postes|na forca)'],
      // Violence called normal or fine ("é normal bater em X"), and victims said to have asked for it.
      [0.8, '(e|eh|seria|era|sera) [totalmente|perfeitamente|bem] (normal|certo|justo|bom|legal|aceitavel|permitido|um dever|divertido|engracado|justificado|o certo) .. (bater|espancar|matar|agredir|linchar|queimar|estuprar|surrar|atirar|enforcar|torturar|apedrejar|exterminar|eliminar|humilhar|cuspir|esfaquear|chutar|socar|dar porrada|meter porrada)'],
      [0.8, '(bater|espancar|matar|agredir|linchar|queimar|estuprar|surrar|atirar|enforcar|torturar|apedrejar|exterminar|eliminar|esfaquear|socar|dar porrada) ... (e|eh|era|seria) [totalmente|perfeitamente] (normal|certo|justo|aceitavel|permitido|um dever|divertido|engracado|justificado|a solucao|um favor|fazer um favor|uma bencao)'],
      [0.8, '(estavam|estao|tavam|tao|estiveram|sempre estiveram|andam) (pedindo|procurando|merecendo) [por] (isso|isto|por isso)|(pediram|procuraram|mereceram|merecem|mereciam) (por isso|isso|isto|o que tiveram|o que receberam|o que aconteceu)|(queria|quero|queremos|tomara|espero|esperamos|oxala|prefiro) que (todos|todas|eles|elas|esses|essas) [todos|todas] (morressem|morram|morrerem|sumissem|sumam|desaparecessem|desaparecam|apodrecam|apodrecessem|queimassem|queimem|fossem mortos|fossem mortas|sejam mortos|sejam mortas|fossem exterminados|fossem exterminadas|sejam exterminados|sejam exterminadas|se fodam|se fodessem|fossem pro inferno|vao pro inferno)|(tiveram|receberam|levaram) o que (mereciam|merecem|pediram|procuraram)|(merecem|mereciam|mereceram|merece) [tudo] (o que|aquilo que) (lhes acontece|lhes aconteceu|lhes acontecer|acontece com eles|acontece com elas|aconteceu com eles|aconteceu com elas|recebem|levam|sofrem|lhes fazem)|bem feito (para|pra) (eles|elas|voces)'],
      // Beating someone up, said with the idioms ("vou quebrar a cara de", "vou acertar as contas com").
      [0.8, '(vou|vamos|irei|iremos|quero|queremos|a gente vai|temos que|devemos|deveriamos) .. (acertar as contas|quebrar a cara|arrebentar a cara|arrebentar|dar uma surra|dar porrada|meter porrada|encher de porrada|sentar a porrada|descer a porrada|descer o cacete|descer o pau|sentar o pau|quebrar os dentes|quebrar o pescoco|quebrar|acabar com a raca)|(acertarei as contas|acertaremos as contas|quebrarei a cara|arrebentarei|arrebentaremos)'],
      // A wish that they were gone ("não seria melhor se todos os X sumissem?"), or sent away (Session 15: "fossem embora").
      [0.8, '(melhor|bom|otimo|maravilhoso|ideal|um sonho) .. (se|que|quando) ... (fossem embora|fossem todos embora|fossem expulsos|fossem expulsas|fossem deportados|fossem deportadas|sumissem|sumirem|desaparecessem|desaparecerem|morressem|morrerem|nao existissem|deixassem de existir|fossem mortos|fossem mortas|fossem exterminados|fossem exterminadas|fossem eliminados|fossem eliminadas|estivessem mortos|estivessem mortas|fossem todos mortos)'],
      // Making sure they suffer or die, and their death foretold ("vou garantir que cada X sofra", "em breve todos os X estarão mortos").
      [0.8, '(vou garantir|vamos garantir|garantirei|garantiremos|vou fazer com|farei com|faremos com|vou me certificar de|vou me assegurar de|vou cuidar para|vou cuidar pra) (que) ... (sofra|sofram|morra|morram|pague|paguem|apodreca|apodrecam|desapareca|desaparecam|queime|queimem|seja morto|seja morta|sejam mortos|sejam mortas|sangre|sangrem)'],
      // Session 17, by construction class: the conditional of the first person ("se eu pudesse, mataria todos os X").
      [0.8, '(mataria|matariamos|queimaria|queimariamos|enforcaria|fuzilaria|exterminaria|exterminariamos|eliminaria|espancaria|esfaquearia|lincharia|degolaria|atiraria em|gasearia) (todos|todas|os|as|esses|essas|cada|qualquer)'],
      [0.8, '(em breve|logo|um dia|mais cedo ou mais tarde|muito em breve|daqui a pouco|logo logo|ja ja) ... (estarao|serao|estara|sera|vao estar|vao ficar|vao ser) [todos|todas] (mortos|mortas|morto|morta|exterminados|exterminadas|eliminados|eliminadas|enterrados|enterradas|a sete palmos)|(estarao|vao estar|vao ficar|vao acabar) (todos|todas) (mortos|mortas|enterrados|enterradas)'],
      // Session 6: beating, running over, blowing up and setting on fire after a modal; "deviam" with its passives; made to take a beating.
      [0.8, '(vou|vamos|irei|iremos|quero|queremos|a gente vai|temos que|devemos|deviamos|deveriamos|deviam|deveriam|mal posso esperar para|mal posso esperar pra) .. (bater em|bater no|bater na|bater nos|bater nas|atropelar|explodir|tocar fogo|tacar fogo|botar fogo|por fogo|atear fogo|prender|pegar voces|dar um tiro|dar uns tiros)|(deviam|deviamos|tinham que|tinham de|devia) .. (ser|estar) .. (mortos|mortas|sacrificados|sacrificadas|presos|presas|expulsos|expulsas|deportados|deportadas|eliminados|eliminadas|exterminados|exterminadas|enforcados|enforcadas|fuzilados|fuziladas|queimados|queimadas|castrados|castradas|esterilizados|esterilizadas|trancados|trancadas|enjaulados|enjauladas)|(devem|deviam|deveriam|merecem|tem que|precisam) (apanhar|levar uma surra|levar porrada|levar pancada|sumir|desaparecer)|(deviam|devia) (morrer|sofrer)'],
      // Threats in the future passive ("todos os X serão mortos": "muitos X serão mortos se..." is a warning) and of a shot.
      [0.8, '(vai|vao) (levar|tomar) (um tiro|uns tiros|bala|chumbo|porrada|uma surra|pancada)|(vai|vao|irao|ira) ser (estuprado|estuprada|estuprados|estupradas|morto|morta|mortos|mortas|assassinado|assassinada|assassinados|assassinadas|enforcado|enforcada|enforcados|enforcadas|queimado|queimada|queimados|queimadas|massacrados|massacradas|exterminados|exterminadas|eliminados|eliminadas)|(serao|sera|vao ser|irao ser) (todos|todas) (mortos|mortas|assassinados|assassinadas|estuprados|estupradas|massacrados|massacradas|exterminados|exterminadas|eliminados|eliminadas|enforcados|enforcadas|queimados|queimadas|fuzilados|fuziladas)|(todos|todas) (os|as|esses|essas|estes|estas) _ [_] (serao|vao ser|irao ser) (mortos|mortas|assassinados|assassinadas|estuprados|estupradas|massacrados|massacradas|exterminados|exterminadas|eliminados|eliminadas|enforcados|enforcadas|queimados|queimadas|fuzilados|fuziladas)'],
      // Session 15: sent back or away in the passive after a modal ("deviam ser mandados de volta"), or told to go back
      // where they came from.
      [0.8, '(ser|sejam|fossem|serem) (mandados|mandadas|enviados|enviadas|devolvidos|devolvidas|despachados|despachadas|chutados|chutadas|expulsos|expulsas) (de volta|embora|pra fora|para fora)|(voltem|volte|mandem|mande|devolvam|devolva) ... (de onde vieram|de onde veio|pra terra deles|para a terra deles|pro pais deles|para o pais deles)'],
      // Session 8: death wished in so many words ("desejo a morte dos X"), and sent away.
      [0.8, '(desejo|desejamos|quero|queremos|rezo pela|torco pela|peco a) [a] morte (de|dos|das|do|da)|(mandar|mandem|mandamos|mandaremos|mandaria|mandariamos) (todos|todas|eles|elas|esses|essas|estes|estas) [de volta|embora] (embora|de volta|pra fora|para fora|pro inferno|para o inferno|pra casa deles)'],
      // Session 27 (see the derogation): necks broken and throats cut; "what if we ..." with the personal infinitive;
      // death or expulsion the only solution; hoping someone ends them.
      [0.8, '(quebrar|torcer|partir|quebro|quebramos|quebrarei|quebraremos|quebrem) (o pescoco|os pescocos)|(cortar|cortarmos|corto|cortarei|cortaremos|cortem|rasgar|rasgarmos|abrir) (a garganta|as gargantas|o pescoco|os pescocos)|(garganta|gargantas|pescoco|pescocos) (cortada|cortadas|cortado|cortados|quebrado|quebrados|degolado|degolados)'],
      [0.8, '(que tal|por que nao|porque nao|e se) [a gente] (cortarmos|matarmos|queimarmos|enforcarmos|exterminarmos|eliminarmos|massacrarmos|afogarmos|expulsarmos|deportarmos|linchamos|lincharmos|fuzilarmos|espancarmos|matar|queimar|enforcar|exterminar|eliminar|massacrar|linchar|fuzilar|espancar|degolar)'],
      [0.8, '(execucao|a execucao|exterminio|o exterminio|a morte|a eliminacao|a deportacao|a expulsao|a forca|a fogueira|uma bala|o genocidio|a camara de gas|o fuzilamento) (e|seria|continua sendo|sera) (a unica|a melhor|a verdadeira|a ultima|a) (solucao|saida|resposta|opcao)'],
      [0.8, '(esperar|espero|esperamos|tomara|oxala|torco para|torcer para|rezo para|rezar para) (que) (alguem|o governo|deus|a policia|o estado) (acabe com|acabem com|elimine|extermine|mate|se livre de|nos livre de|de um fim|de fim|queime|enforque|massacre)'],
    ],
    worth: ['(inteligente|inteligentes|esperto|espertos|esperta|espertas|capaz|capazes|valioso|valiosos|valiosa|valiosas|digno|dignos|digna|dignas|humano|humanos|humana|humanas|iguais|bem vindo|bem vindos|bem vinda|bem vindas|viver|viva|vivam|vida|vidas|existir|exista|existam|sobreviver|respeito|respeitar|direitos|lugar|espaco|confiar|confianca|bons|boas|normais|uteis|permitido|permitidos|permitidas|votar|contratar|casar|(merecem|merece) (viver|existir|respeito|direitos|ser feliz|amor|dignidade|confianca|nada)|cidadaos|pertencem|fazer parte|confiaveis|confiavel|contribuem|contribui|contribuir|valor|importancia|(ter|tenham|terem) (o direito|direito)|honesto|honesta|aceitos|aceitas|aceites)', '(prestam|presta|servem|valem|vale|competentes|honestos|honestas|humanidade)',
      // Session 37: working honestly or hard ("nenhum X trabalha direito").
      '(trabalham|trabalha|trabalhar|trabalharam) [nunca] (honestamente|direito|duro)',
      // Session 15: worth in the past ("nenhum deles prestava"), and being allowed ("não deviam ter permissão para").
      '(prestava|prestavam|prestou|prestaram|valia|valiam|(ter|tenham|terem) (permissao|autorizacao))',
      // Session 38: its present subjunctive ("não há um X que preste"), and knowing how to work, the clause ending there.
      '(preste|prestem)', '(sabe|sabem) trabalhar $',
      // Deserving help, a right or a chance; able to think or lead; worth the effort; a good one of a role; evolved.
      '((bom|boa) (cidadao|cidada|mae|pai|vizinho|vizinha|funcionario|funcionaria|colega|amigo|amiga|professor|professora|medico|medica|chefe|lider|esposa|marido|soldado)|(evoluidos|evoluidas|civilizados)|(merecem|merece|mereciam|merecia|merecer|merecerao) [a|o|as|os|nossa|nosso|a nossa|o nosso|qualquer|uma|um] (ajuda|apoio|direito|direitos|compaixao|atencao|carinho|chance|oportunidade|oportunidades|consideracao|piedade|confianca|respeito)|(consegue|conseguem|conseguiriam|sabe|sabem) [sequer|nem] (pensar|raciocinar|liderar|governar|mandar|decidir)|(valem|vale|valiam|valia) (a pena|o esforco|o trabalho))', '(confiaria|confiariamos|confio|confiamos|confiarei)',
      // Trust in the imperative, respect, liking in the future and conditional, good in them, equals, children, pity.
      '((confie|confiem|confies|acredite|acreditem|acreditar|confiar) (em|num|numa|nos|nas|no|na) .. (palavra|palavras)|(confie|confiem|confies) (em|num|numa|nos|nas|no|na|nenhum|nenhuma)|(respeito|respeitamos|respeitarei|respeitaremos|respeitaria|respeitados|respeitadas)|(vou gostar|gostarei|gostaria|vamos gostar|gostaremos)|de bom|de positivo|de util|igual a mim|iguais a mim|iguais a nos|gente como nos|ter filhos|ter filho|ter criancas|pena|compaixao|piedade|simpatia)',
      // Session 21, by class: a right to be here or to live ("não têm direito de estar aqui"; "direito de casar" may report a law),
      // being treated as people ("não merecem ser tratados como gente"), a mind ("não tem nada na cabeça").
      '(direito) (de estar|de ficar|de viver|de morar|de entrar|de vir) (aqui|no pais|no nosso pais|entre nos|no brasil|em portugal|na europa)|(direito) (de existir|de viver|a vida)|((tratados|tratadas|tratado|tratada|tratar|tratem|tratarmos) (como) (gente|pessoas|humanos|seres humanos|iguais|cidadaos|adultos|gente normal|homens|mulheres)|(nada|coisa alguma) (na cabeca|no cerebro|na cachola|no cranio|na moleira))',
      // Session 17, es's classes; leading only after a verb of ability or duty ("não deviam ter medo de liderar" denies fear), the past
      // subjunctive of worth ("que prestasse").
      '(capacidade (de|para) (pensar|raciocinar|liderar|dirigir|mandar|governar|comandar|aprender|decidir|entender|compreender|trabalhar|ser)|capacidade (intelectual|mental)|(tem|ter|tenham|terem|possuem) [nenhuma|nenhum] (inteligencia|dignidade|cerebro|talento|moral|honra|decencia|carater|valores|principios|educacao)|cidadania|nacionalidade|(mulher|mulheres|homem|homens) de verdade|(verdadeiro|verdadeiros) (homem|homens)|(verdadeira|verdadeiras) (mulher|mulheres)|(levar|levo|leva|levam|levaria) (os|as|um|uma|nenhum|nenhuma|esses|essas|estes|estas) _ [_] a serio|(levar|levo|leva|levam|levaria) a serio (os|as|um|uma|nenhum|nenhuma|esses|essas|estes|estas)|(leva los|leva las|levados|levadas) a serio|no comando|(sabem|sabe|podem|pode|deveriam|deviam|devem|deve|poderiam|conseguem|consegue|capazes de|capaz de|servem para|serve para|nasceram para|feitas para|feitos para|servem pra|serve pra|nasceram pra|nasceu pra|feitas pra|feitos pra|feita pra|aptas a|aptos a) (liderar|governar|comandar|chefiar|mandar|dirigir)|(ser|sejam|sao|serao|seja) (chefe|chefes|lider|lideres)|adotar|adotem|adotarem|criar (filhos|criancas|os filhos|seus filhos|as criancas)|educar (filhos|criancas|os filhos|as criancas)|ensinar (criancas|as criancas|nas escolas|em escolas|nossos filhos)|dar aulas|dar aula|lecionar|prestasse|prestassem|valesse|valessem|alugaria|alugariamos|alugarei|arrendaria|contrataria|contratariamos|contratarei|empregaria|votaria|votariamos|votarei|casaria|me casar|namoraria|namorar|igual a nos|igual a gente|iguais a gente|nossos iguais|gente de bem|pessoas de bem|gente decente|pessoas decentes|(sao|sejam|serem|ser) gente|um de nos|uma de nos|dos nossos|das nossas|(ser|serao|sejam|sao|vao ser|seriam|farao|fazem) parte (da|desta|dessa|da nossa|de nossa|do|deste|desse|do nosso|de nosso) (sociedade|pais|nacao|comunidade|povo)|(ser|serao|sejam|sao|vao ser|seriam|farao|fazem) parte de nos)'],
    negation: ['nao', 'nunca', 'jamais', 'nenhum', 'nenhuma', 'ninguem', 'nem', '(e|seria) (falso|mentira) (que|dizer que)',
      // Session 35: a doubting question, "do you really think that...", as in Spanish.
      '[voce|vc|tu] (acha|acredita|pensa|acham|acreditam) (mesmo|realmente|de verdade|seriamente) que', '(voce|vc|tu) (realmente|seriamente) (acha|acredita|pensa) que',
      // Session 38: the same doubt put to anyone ("alguém ainda acredita que os X prestam?"), and "naum" as members spell it.
      '(alguem) [ai|aqui] (ainda|realmente|mesmo|de verdade) (acredita|acha|pensa|cre) (que|q)', 'naum',
      // "Have you ever seen one who..." asks for the one that does not exist ("vc já viu algum X que presta?").
      '[voce|vc|tu|alguem] (ja) (viu|viram|viste) (algum|alguma|um|uma)',
      // Session 14: the emphatic negations, which stand alone.
      'de modo nenhum', 'de forma nenhuma', 'de jeito nenhum', 'tampouco',
      // Session 15: the same with "algum" after its noun, which negates ("de forma alguma"), and "in no case", "at no time".
      '(de|em) (modo|forma|maneira|jeito|hipotese|momento|caso) (algum|alguma|nenhum|nenhuma)',
      // A denial without a negation word: "longe de ser capazes".
      'longe de (ser|serem|estar|estarem)',
      // Session 24: "anything but", as French "tout sauf".
      '(tudo|qualquer coisa) menos', '(me recuso|recuso me|nos recusamos|recusamo nos) a (acreditar|pensar|aceitar|admitir) que'],
    // How others treat a group, told by one indignant at it ("me indigna que traten a los X como basura": session 18), or
    // the treatment judged wrong ("es ist falsch, X wie Dreck zu behandeln") or done by nobody (session 20).
    mention: [
      // Session 37: a group treated as beasts in the past passive is a history of its mistreatment, not the writer's view.
      '(foram|eram|tinham sido|haviam sido) (tratados|tratadas) (como|feito)',
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(descrever|descreve|descrevem|descrevia|descreviam|retratava|retratavam|retratar|pintava|pintavam|apresentava|apresentavam|gritam|gritavam|gritando|gritar|ouvia|ouviam|ouvi|ouviu|ouvimos|ouvir|escutava|escutavam|escutei)',
      '(que|quando|como) (tratem|tratam|tratavam|trataram|tratarem|trata|tratou|tratava|trate)', '(errado|vergonha|vergonhoso|injusto|cruel|desumano|inaceitavel|nojento|absurdo|(fazem|faz|fazes|fez|fizeram) mal em) ... tratar', '(teu|tua|teus|tuas|seu|sua|vosso|vossa) [_] (odio|desprezo|nojo|aversao|repulsa|desdem)', '(pedir|pedem|exigir|exigem|doi|insultar|insultam|(o|do|ao) odio|dizer|diz|dizem|dizes|diga|digam|disse|disseram|dizendo|chamar|chamam|chamas|chama-los|chama|chamava|chamavam|chamando|chamaria|chamariam|escrever|escreve|escreves|escrito|afirmar|afirma|afirmam|contra|denunci*|conden*|critic*|coisas como|frases como|escreveu|escreveram|afirmou|afirmaram|postou|postaram|publicou|publicaram|comentou|comentaram|falou|falaram|gritou|gritaram|chamou|chamaram|tuitou|declarou|declararam|alegou|alegam|citar|citando|citou)', '(para voce|pra voce|sua opiniao|tua opiniao|(nao e verdade|nao eh verdade|e mentira|e falso|nao e certo) que)',
      // Session 24, counter-speech by class: others seen treating or calling them so, comparing them to vermin, saying
      // or speaking it ("falem que"), and a claim named as an idea, a myth or a statement to be judged ("a ideia de que").
      // Session 37: whoever mistreats them is the one judged ("quem xinga os X não tem caráter"), as in German.
      '(quem|gente que|pessoas que|aqueles que|todo mundo que) (xinga|xingam|ofende|ofendem|discrimina|discriminam|humilha|humilham|agride|agridem|ataca|atacam|maltrata|maltratam|odeia|odeiam|despreza|desprezam|zomba de|zombam de|bate em|batem em)',
      '(ver|vendo|vejo|vi|veem|ve) (pessoas|gente|alguem|eles|elas|policiais|os outros|tanta gente) (tratando|tratarem|chamando|chamarem|xingando|xingarem)', '(comparar|compara|comparam|comparando|comparou|compararam|comparacao|comparacoes)', '(falar|fala|falam|falem|falou|falaram|falando|falasse|falassem) (que|de que)', '(a ideia|essa ideia|esta ideia|o mito|o estereotipo|o preconceito|o cliche|a crenca|a tese|a teoria|a mentira|o boato|o discurso|afirmacoes|afirmacao|alegacoes|alegacao|a narrativa) (de que|que)',
      // Session 21: asking whether the one addressed really believes it ("você acha mesmo que os X são... ?"): incredulity.
      '(voce|voces|tu|vc) (acha|acham|achas|acredita|acreditam|pensa|pensam) (mesmo|realmente|de verdade) (que)|(voce|voces|tu|vc) (realmente|mesmo) (acha|acham|achas|acredita|acreditam|pensa|pensam) (que)',
      // Session 19: hearing or reading it said ("cansada de ouvir que X são..."), what someone used to say ("meu avô dizia
      // que..."), and a claim named as a myth or an idea to be judged ("a ideia de que X são inferiores é mentira").
      '(ouvir|ouvindo|ouco|ouvi|ouvimos|escutar|escutando|ler|lendo|leio) (que|dizer|falar|dizerem|falarem|chamarem)', '(dizia|diziam|dizias|costumava dizer|costumavam dizer)', '(achava|achavam|pensava|pensavam|acreditava|acreditavam) que',
      '(a ideia|o mito|o estereotipo|o preconceito|o cliche|a crenca|a nocao|a falacia|a teoria|a mentira|o boato) (de que|que)',
      // Session 38: the claim called a story or mere talk ("essa história de que", "chega dessa conversa de que"), and thinking
      // it judged, before or after ("é absurdo pensar que...", "pensar que os X são... é cruel"); "começo a pensar que" is the
      // writer's own thought and names no judgement.
      '(historia|conversa|papo|ladainha|balela|lorota|papinho) (de que|que)',
      '(absurdo|cruel|ridiculo|errado|injusto|vergonhoso|triste|ignorancia|burrice|idiotice|preconceito|estupido|desumano|inaceitavel|loucura|maldade|lamentavel) (pensar|achar|acreditar|supor|julgar|imaginar|insinuar) (que|q)',
      '(pensar|achar|acreditar|supor|julgar|imaginar|insinuar) (que|q) ... (e|eh|seria) [um|uma|muito|tao|puro|pura] (absurdo|cruel|crueldade|ridiculo|errado|injusto|vergonhoso|ignorancia|burrice|idiotice|preconceito|estupido|desumano|inaceitavel|loucura|maldade|lamentavel|racismo|machismo|homofobia|transfobia|xenofobia|capacitismo)', '(pensas|pensam|acha que|acham|achas|acreditas|acreditam|publicar|publicas|publicam|compartilha|compartilham|repete|repetem|comentario|comentarios|racista|racistas|racismo|machista|machistas|machismo|homofob*|transfob*|xenofob*|discrimin*|intolerancia|preconceito|preconceitos|suas palavras|seu odio)',
      // Session 15: stopping what is said or done to a group, not stopping being something ("vão deixar de ser burros?"),
      // and spreading what is said, not a disease spreading ("uma doença que se espalha").
      '(parar de|pare de|parem de|deixar de|deixe de|deixem de|chega de|basta de) (dizer|falar|chamar|escrever|espalhar|repetir|postar|publicar|compartilhar|insultar|ofender|xingar|odiar|discriminar|julgar|generalizar|atacar|humilhar|maltratar|zombar|rir|fazer piada|tratar)|(espalha|espalham|espalhar|espalhando) (isso|isto|essas|esses|estas|estes|esse|essa|o odio|odio|mentiras|boatos|ideias|que)',
      // Session 8: the people who say or think it, and being wrong ("quem pensa que ... está errado").
      '(quem|aqueles que|as pessoas que|gente que) (pensa|pensam|acha|acham|diz|dizem|acredita|acreditam|escreve|escrevem)|(esta|estao|estas) (errado|errada|errados|erradas|enganado|enganada|enganados|enganadas)|antissemit*|antisemit*|estereotipo*|cliche|cliches',
      // Session 36: counter-speech by construction. Disagreeing with the claim (agreeing is the writer's own); others saying
      // or calling it in the personal infinitive ("ouvi dizerem que", "por chamarem os X de"); the claim judged ignorance;
      // and the passive of calling and treating told as a fact ("eram tratados como animais", "são chamados de parasitas"),
      // which a duty or a wish before "ser" still says ("deviam ser tratados como animais").
      '(nao concordo|nao concordamos|discordo|discordamos) [totalmente|nada|completamente|mesmo] (que|de que|quando)', '(dizerem|chamarem|falarem|acharem|compararem|xingarem)', 'ignorancia',
      '(sao|eram|foram|e|era|foi|sendo|sempre foram) (chamados|chamadas|chamado|chamada|xingados|xingadas|xingado|xingada|tratados|tratadas|tratado|tratada|rotulados|rotuladas|taxados|taxadas) (de|como)'],
    they: ['(eles|elas|sao|estao|seus|suas|lhes|voces|vos|sois|voce|tu|es|deles|delas|neles|nelas|los|las)',
      // Session 15: the plural copula in the past carries them into the next sentence ("Conheci umas X. Eram umas ..."),
      // and a group named after what is said by "typical of" or "I mean" ("São uns parasitas. Típico de X.").
      '(eram|foram|estavam|seriam)', '(tipico|tipica|tipicos|tipicas|coisa|coisas) (de|dos|das)', '(estou falando|to falando|falo|me refiro|refiro-me) (de|dos|das|aos|as|a)', '(deviam|deveriam|devem|merecem|mereciam|precisam|vao|iam|tem que|tinham que|nunca vao|nunca serao|serao|sejam|fossem|acham|pensam|querem|fazem|odeiam|roubam|estragam|destroem)',
      // Session 19: born so, and told to stop being so in the subjunctive ("Nasceram ladrões.", "Que deixem de ser...").
      '(nasceram|nascem|deixem|parem)',
      // Session 27: still being so carries them on ("Não esqueça que continuam sendo escória").
      '(continuam|seguem|permanecem|continuarao)',
      // The group as an object pronoun before its verb or after it ("eu as odeio", "odeio-as"), and "that kind of people".
      '(as|os) (odeio|odiamos|detesto|detestamos|desprezo|desprezamos|abomino|suporto|aguento|tolero|quero|queremos|vou|vamos|devemos|deviamos|temos)|(odeio|detesto|desprezo|abomino|mato|matarei|quero) (as|os)|(esse tipo de gente|essa gente|gente assim|gente desse tipo|gente dessa laia|esse povo|essa raca|essa corja|essas pessoas|esses tipos|essa laia|esse pessoal|aquele pessoal)',
      // What opens a sentence about them with the object pronoun inside what is said ("Não os suporto.", "Vou matá-los."), a
      // verb of worth or of being only something ("Não prestam para nada.", "Não passam de lixo."), "all of them", a wish
      // for their death, and disgust exclaimed ("Que nojo.").
      '(nao|nunca|jamais|eu) (os|as|lhes)', '(vou|vamos|irei|iremos|quero|queremos|devemos|deviamos|temos que|tem que|precisamos|e preciso|hei de) .. (los|las)',
      '(prestam|servem|valem|passam de|sabem|conseguem|merecem|mereciam)', '(todos|todas) [eles|elas]',
      '(queria|quero|queremos|tomara|espero|esperamos|oxala|prefiro) que', '(que|como) (nojo|asco)',
      // Still being something ("Para mim continuam a ser escória"), one of them in the singular ("Devia ser expulso"),
      // "what people" exclaimed, and a curse wished in the subjunctive ("Que vão para o inferno").
      '(continuam|continuarao|seguem|permanecem|serao sempre|sempre serao|nunca deixarao de ser|nunca deixam de ser)', '(devia|deveria|deve|merece|merecia|precisa)',
      '(que|quanta|tanta) gente', 'que (vao|va|se|apodrecam|queimem|morram|sumam|desaparecam)',
      // What they do to the speaker, the verb carrying them: "Só me dão nojo.", "Metem-me nojo."
      '(me|nos) (dao|fazem|causam|metem|provocam)', '(dao|fazem|causam|metem|provocam) (me|nos)',
      // Session 8: the group exclaimed as a pack ("Que bando de idiotas.").
      '(que|quanta|tanta) (bando|cambada|corja|raca|cambada de|bando de)',
      // Session 38: a pack, a breed or "that lot" opening a fragment ("Um bando de sujos.", "Que gentinha nojenta.", "Raça
      // maldita."), "tudo" as the colloquial plural ("Tudo doente da cabeça."), and "none" of them ("Nenhum presta.").
      '(um|uma|que|quanta|tanta|essa|esse) (gentinha|gentalha|povinho|laia|cambada de|bando de|corja de|raca de)', '(raca|gentinha|gentalha|povinho|laia|cambada|corja)', '(tudo|td) [uns|umas|uma|um]', '(nenhum|nenhuma) (deles|delas|presta $|prestava $|prestam $)',
      // Session 39 (issue 17): "none" closing the clause or worth nothing ("Não consigo suportar nenhum.", "Nenhum vale nada."), and
      // the object pronoun on a verb of judging ("Considero-os inferiores.").
      '(nenhum|nenhuma) $', '(nenhum|nenhuma) (vale|valia|serve|servia)', '(considero|consideramos|acho|achamos|julgo|julgamos|vejo|vemos|trato|tratamos|chamo|chamamos)-(os|as)'],
    self: ['(sou|somos|como) [um|uma]'],
  },
  fr: {
    group: [
      'lgbt*',
      '(femme|femmes|nana|nanas|meuf|meufs)', '(immigre|immigres|immigree|immigrees|immigrant|immigrants|migrant|migrants|refugie|refugies|refugiee|refugiees|etranger|etrangers|etrangere|etrangeres)',
      '(musulman|musulmans|musulmane|musulmanes|islamiste|islamistes|arabe|arabes|bougnoule|bougnoules)',
      // Session 38: verlan of "arabe" as members write it ("les rebeus", "sale beur").
      '(rebeu|rebeus|reubeu|reubeus|beur|beurs|beurette|beurettes)', '(juif|juifs|juive|juives|youpin|youpins)',
      '(les|des|ces|tous les|toutes les|un|une|ce|cette) (noir|noirs|noire|noires|black|blacks|renoi|renois)', '(noir|noirs|noire|noires) (comme|de merde)', '(personne|personnes|gens) (noire|noires|noirs)',
      '(gay|gays|homo|homos|homosexuel|homosexuels|homosexuelle|homosexuelles|lesbienne|lesbiennes|bisexuel|bisexuels|trans|transsexuel|transsexuels|transgenre|transgenres|pede|pedes|pd|tapette|tapettes|gouine|gouines)',
      '(handicape|handicapes|handicapee|handicapees|personne handicapee|personnes handicapees|infirme|infirmes|attarde|attardes)',
      '(indigene|indigenes|autochtone|autochtones|gitan|gitans|gitane|gitanes|rom|roms|asiatique|asiatiques|negre|negres)',
      // Session 34, as members write it: autistic people, Travellers, a sexuality named as such ("l'homosexualité c'est une
      // maladie"), a slur ("bicot"), and "négro" with any French determiner (alone it is Spanish and Portuguese "black").
      '(autiste|autistes|gens du voyage|homosexualite|transidentite|bicot|bicots)',
      // Session 38, as members name them: asylum seekers, the undocumented, North Africans, people of colour, Down's syndrome
      // and wheelchairs, queer people ("sans-papiers" and "non-binaires" are left out: their "sans" and "non" negate); the
      // blind and the deaf only as people ("les sourds"; "sourds à nos demandes" is a figure), as the colour words are.
      '(demandeurs d asile|demandeuses d asile|clandestin|clandestins|clandestine|clandestines|maghrebin|maghrebins|maghrebine|maghrebines|nord africains|nord africaines)',
      '(personnes de couleur|gens de couleur|trisomique|trisomiques|personnes en fauteuil|paraplegiques|tetraplegiques|queer|queers|travesti|travestis|intersexe|intersexes)',
      '(les|des|ces|aux|tous les|toutes les) (aveugles|sourds|sourdes|malvoyants|malentendants)', '(le|ce|sale|les|ces|des|sales) (negro|negros)', '(race de|races de|bande de|bandes de|tas de) (noir|noirs|negre|negres|blacks)',
      // A Black person named with a determiner or quantifier ("le prochain black", "aucun black"); "blacks" alone is always people. "le noir" is the colour.
      // Session 26: people named by what they are to the speaker, then the colour word ("mes collègues noirs").
      '(collegues|voisins|voisines|amis|amies|hommes|mecs|gars|filles|garcons|eleves|etudiants|etudiantes|clients|patrons|joueurs|employes|locataires) (noirs|noires)',
      'blacks', '(prochain|prochaine|premier|premiere|chaque|quel|quelle|aucun|aucune|seul|seule|tout|toute|au|aux|mes|vos|nos|leurs|sales|son|sa|le|la|l|de|du) (black|renoi|renois)',
      '(prochain|prochaine|chaque|aucun|aucune|quel|quelle|aux|sales|tous ces|toutes ces|seul|seule) (noir|noire|noirs|noires)',
      // Session 37: a quantifier names people as the pronoun after it takes them up ("J'ai croisé plein de noirs, je les déteste").
      '(beaucoup de|plein de|trop de|tant de|quelques|plusieurs|certains|certaines|que des) (noirs|noires)', '(noirs|noires|blacks) (vous|vos|votre)',
      // Slurs with another sense (a whore in a curse, a degenerate, a rat's young), a person only with an article.
      '(un|une) (negro|pute|salope|connasse|pouffiasse|trainee|degenere|degeneree|fatma|mongol|bride|raton|tafiole|travelo)',
      // Nationalities and peoples (nationalities.ts), session 23.
      ...nationalities('fr'),
    ],
    derogation: [
      // Session 37 (issue 17), tropes said of a whole group: always playing the victim, pulling the strings of the media and
      // the banks, a threat to the speaker's culture (Polish). Victims of a crime and a company that owns newspapers name no group.
      [0.75, '(jouent|joue) [toujours|sans cesse|encore|tout le temps] (les victimes|la victime|aux victimes)|se victimisent'],
      // Session 37 (issue 17), as Polish has it: a group said unable to do what anyone can (drive, think, count, behave), and
      // here only for the money. Permission or a past ban ("durften nicht fahren") and a writer's own job are not read.
      [0.75, '(ne|n) (savent|peuvent) (pas|meme pas|jamais) [bien] (conduire|penser|compter|reflechir|diriger|gouverner|se tenir|se laver|se comporter)|(ne|n) (viennent|sont la|restent) (que) (pour) (l argent|les allocs|les allocations|les aides|le fric|le pognon)'],
      // Session 37, a group called children to be told what to do (issue 17): grown people as infants. Pets and
      // grandparents "like children" name no group.
      [0.75, '(sont) [juste|vraiment] (comme des|de vrais|de grands) [petits] (enfants|gamins|gosses)'],
      // Session 37, tolerance on a condition (issue 17): a group accepted only while it hides, keeps away or stays put. The
      // condition must follow the word of tolerance; a pet on a lead or a storm names no group.
      [0.75, '(ca va|ok|okay|acceptables|toleres|tolerees|rien contre|pas de probleme|aucun probleme|pas de souci|me derangent pas) .. (tant qu|tant que|a condition qu|a condition que|pourvu qu|pourvu que|du moment qu|du moment que) [ils|elles|il|elle|on] [ne|n]'],
      // Session 36, one group ranked above another as people (issue 17), the clause closing on the group ranked below.
      [0.75, '(sont|sommes) [genetiquement|naturellement|racialement|biologiquement|simplement|clairement|bien] (superieurs|superieures) (a|aux) [les|tous les|toutes les] _ [en tout|en tout point|par nature|en tant qu etres humains] $'],
      // Plain "better than" is how fans and neighbours tease: it ranks people only "in everything" or "as people".
      [0.75, '(sont|sommes) [bien] (meilleurs|meilleures) que [les|tous les|toutes les] _ (en tout|en tout point|par nature|en tant qu etres humains) $'],
      // Session 34, exclusion (issue 17): "dehors les...", put out of "our" place, France said to be one group's alone, told to
      // clear off or go home, and the imperative to send or throw them out ("renvoyez-les", "virez les"); the past ("le roi a
      // expulsé") is history. "Dehors les téléphones" and "renvoie-les au magasin" name no group; "interdit aux" was left,
      // as signs bar pregnant women from rides.
      [0.75, '(dehors) (les|tous les|toutes les|ces)|hors (de|d) (notre|nos|mon|ma|ce|cette|chez nous|ici|france) [_] $|(la france|ce pays|notre pays|le pays|l europe) (est|appartient|doit rester|doit etre) (aux|seulement aux|uniquement aux|reservee aux|qu aux)|(doivent|doit|vont) (degager|se casser|foutre le camp|rentrer chez eux|retourner chez eux|retourner dans leur pays|rentrer dans leur pays)|(renvoyez|renvoyons|virez|virons|chassez|chassons|degagez) (les|tous les|toutes les|ces)'],
      // Session 34, as members write it: nouns of worth (a burden, a pest, submissive, nature's mistake), every ill blamed on
      // them, good for nothing without a "ne", to be cured, banned or locked away, "who trusts one?", "since when can a woman
      // think?", and a beast worth more.
      [0.75, '(aberration|aberrations|boulet|boulets|nuisible|nuisibles|soumises|fardeau|fardeaux|erreur de la nature|erreurs de la nature|mal baisees|mal baisee|fragiles de la tete)'],
      [0.75, '(la source|la cause|la racine|l origine) (de tous les|de tous nos|de tout le) (problemes|maux|mal)|(servent|sert) (a rien|a que dalle)|(se faire) (soigner|guerir)|(devraient|doivent|faudrait|faut) .. (etre) (internes|internees|interdits|interdites|soignes|soignees|gueris|guerries)'],
      [0.75, '(qui) [ici|d autre] (fait confiance|ferait confiance|supporte|peut supporter) (a|aux|un|une|les|ces)|(depuis quand) .. (sait|savent) (reflechir|penser|raisonner)|(chien|chienne|chat|rat|porc|singe|animal) (vaut|valent|merite) (plus|mieux) (que|qu)'],
      // Session 21, questions by class, the negation inside the derogation's own: why they do not vanish or die
      // ("pourquoi ne partent-elles pas" may ask about a life: not read), why we still let them live here, who still
      // thinks them human.
      [0.75, '(pourquoi) .. (ne|n) (disparaissent|disparait|crevent|creve|degagent|degage|se cassent|se casse|foutent le camp|fout le camp|s eteignent) [ils|elles|il|elle|t ils|t elles|t il|t elle] (pas)'],
      [0.75, '(pourquoi) (laisse t on|laissons nous|laissez vous|on laisse|tolere t on|tolerons nous|accepte t on|acceptons nous|garde t on|gardons nous) [encore|toujours] ... (vivre|rester|entrer|habiter|s installer|venir) (ici|chez nous|parmi nous|en france|dans ce pays|dans notre pays|dans nos villes)|(qui) (pense|croit|considere) [encore|vraiment|serieusement] (que|qu) .. (sont|est) (des humains|des etres humains|des gens|des personnes|humains|humaines)'],
      // Shutting a group out of work, home, a vote or a marriage, in the conditional of refusal.
      [0.75, '(ne|n) (embaucherais|engagerais|louerais|voterais|sortirais|epouserais|laisserais entrer) (jamais|pour rien au monde)'],
      // The future of refusal too ('je n'embaucherai jamais', 'je n'inviterai jamais').
      [0.75, '(ne|n) (embaucherai|embaucherons|engagerai|engagerons|louerai|louerons|voterai|voterons|sortirai|epouserai|inviterai|inviterons|laisserai entrer|laisserons entrer|serrerai la main) [jamais|plus|pour rien au monde] (jamais|plus|pour rien au monde|un|une|des|de|d|les|ces|aucun|aucune)'],
      [0.8, '(rat|rats|parasite|parasites|cafard|cafards|vermine|fleau|cancer|racaille|dechet|dechets|ordure|ordures|animaux|betes|porcs|singes|sauvages|vers|virus|sous-hommes|sous hommes|sous-humains|sous humains|crasse|saletes|peste|maladie|excrement|merde|raclure|raclures|pourriture)'],
      [0.75, '(degoutant|degoutants|degoutante|degoutantes|repugnant|repugnants|repugnante|repugnantes|meprisable|meprisables|inutiles|stupides|connes|idiots|idiotes|debiles|ignorants|ignorantes|inferieurs|inferieures|criminels|voleurs|feineants|pathetiques|repoussants|repoussantes|arrieres|abrutis|cretins|primitifs|minables|abjects|abjectes)'],
      [0.75, '(me (degoutent|degoute|repugnent|donnent envie de vomir|rendent malade|font gerber)|degoute|degoutee|(je|j) (hais|deteste|meprise|execre|abhorre)|haine (pour|envers|contre|des)|mepris (pour|envers)|(ne) (supporte|supporterai|supporterais|supporterons|peux pas supporter|peux pas voir|peux pas blairer)|horreur (des|de ces))'],
      // Spoken French drops the "ne": "je supporte pas les X", "je les blaire pas".
      [0.75, '(je|j|on|nous) [les] (supporte|supporterai|supporterais|supportons|blaire|blairerai|encadre|sens|peux|pourrai) (pas|plus|jamais) [supporter|blairer|encadrer|sentir|voir]'],
      // Nothing to offer, no business here or in politics, understanding nothing: the negation is the derogation's own.
      [0.75, '(n ont|n a|n avaient|n auront|n ont jamais eu|n ont jamais) (rien|jamais rien|absolument rien) (a apporter|a offrir|a donner) [a|au] (la societe|notre societe|pays|notre pays|la france|monde|personne) $|(n ont|n a|n avaient|n auront|n ont jamais eu|n ont jamais) (rien|jamais rien|absolument rien) (a apporter|a offrir|a donner) $|(n ont|n a|n avaient|n auront) (rien|absolument rien) a faire (ici|chez nous|en politique|en france|en europe|dans (notre|nos|ce) (pays|societe|ecoles|ecole|villes|quartiers|armee|gouvernement))|(ne|n) (comprennent|comprend|comprendront|pigent|pige|captent) (rien|jamais rien|que dalle) [a rien|du tout] $'],
      // Session 21: their lives meaning nothing ("vos vies ne signifient rien pour moi"; "ce prix ne signifie rien pour les X" is
      // said of a prize): the negation is the derogation's own.
      [0.8, '(vie|vies|existence|existences) .. (ne|n) (signifie|signifient|represente|representent) (rien|absolument rien|que dalle)'],
      // Session 21: nothing in their heads ("n'ont rien dans le crâne"): the negation is the derogation's own.
      [0.75, '(n ont|n a|n avaient|n auront|ont|a) [jamais|absolument|vraiment] (rien) dans (la tete|le crane|le cerveau|la cervelle|le ciboulot|le citron)'],
      // Vile, feminine and plural, only after a word that takes an adjective: a pattern's double letters read "vile" in "ville" (a town).
      [0.75, '(sont|est|etes|si|tellement|trop|aussi|plus|vraiment|tous|toutes|des etres|des gens|des personnes|une bande de) (vile|viles)'],
      // Nothing good (ever) came or comes from them: the negation is the derogation's own.
      [0.75, '(rien|jamais rien) de (bon|bien|utile|positif) (ne|n) [jamais|encore|toujours] (vient|viendra|viennent|est venu|est jamais venu|sort|sortira|est sorti|est jamais sorti|est ressorti|peut venir|peut sortir|pourra venir|pourra sortir) (des|de ces|de ses)'],
      // Nothing good found in them ("rien d'intelligent chez les X"), only with "chez": "rien de bon en ce moment pour les X" is sympathy; the elided "d'" is its own word here.
      [0.75, '(rien|jamais rien) (de|d) [vraiment|plus] (bon|bien|beau|intelligent|interessant|utile|positif|admirable|respectable|valable|sain|propre|normal|humain|civilise) chez'],
      [0.8, '(ne) (vaut|valent|valez|vaux) (rien|que dalle|pas un clou)|sans [aucune] valeur|(aucune|pas de) valeur|(ne) (compte|comptent|comptez) pas|(pas de|aucune|plus de) (place|espace)|(ne) (meritent|merite|meritez) (pas|ni) (de vivre|d exister|le respect)|(ne) (sont|est|etes) pas (humains|humain|des personnes|des etres humains)|moins que (humains|rien)|pas (mieux|meilleurs|meilleures) que|(pire|pires) que'],
      [0.75, '(nique|niquer|niquez|qu ils aillent se faire foutre|allez vous faire foutre|va te faire foutre|bande de|fils de pute|putains de|sales)'],
      // Sent to hell: "au diable les X".
      [0.75, '(au diable|en enfer) (les|ces|tous les|toutes les)'],
      [0.75, '(degueulasse|degueulasses|ignoble|ignobles|immonde|immondes|infect|infects|infecte|infectes|abominables|vils|toxiques|malsains|malsaines|malpropres|manipulateurs|manipulatrices|envahisseurs|hordes|essaim|essaims|infestent|infestant|envahissent|vomir|envie de vomir)'],
      [0.75, '(que|rien que|rien d autre que) (du mepris|mepris|de la haine|du degout|de l aversion)|(aucune|sans) (pitie|compassion)|(jamais|ne|pas) .. aussi (intelligents|intelligentes|malins|malignes|bons|bonnes|capables) que|(ne) (sont|est) pas (mieux|meilleurs|meilleures|meilleur) que'],
      [0.75, '(mauvais|pervers|perverses|degeneres|degenerees|depraves|horribles|odieux|odieuses|miserables|menteurs|menteuses|puants|puantes|anormaux|anormales|aberrations|malades mentaux|tares|sangsues|chiens|betail|fardeau|boulet)'],
      // A shame the group is said to be, or be to a people; "c'est une honte" says it of a deed or a fact ("les migrants meurent en mer, c'est une honte")
      // but of the group after a tolerance taken back ("rien contre les X mais c'est une honte").
      [0.75, '(sont|etaient|seront|restent|resteront) [vraiment|juste|tous|toutes|tout simplement] une honte|une honte (pour) (l humanite|la france|la societe|ce pays|notre pays|la nation|le pays|la race humaine|l espece humaine)|(rien|pas) contre .. mais (c est|ca reste) [vraiment|quand meme] une honte $'],
      [0.75, '(ne|n) (ressens|ressentons|eprouve|eprouvons|ai|avons) (que|rien que|rien d autre que) (du|de l|de la|des) (mepris|degout|aversion|haine|repulsion)'],
      [0.75, '(ne|n) (ai|avons|ressens|eprouve) [absolument|vraiment] (aucun|aucune|pas de|pas la moindre|pas le moindre) (respect|pitie|compassion|sympathie|consideration|estime)'],
      [0.75, '(ne|n) (peux|pouvons|supporte|supportons) [vraiment|absolument|tout simplement] (pas|plus) (supporter|voir|sentir|blairer|encadrer|saquer)|(ne|n) (supporte|supportons) [vraiment|absolument] (pas|plus)'],
      // Session 39 (issue 17): none of them borne, "en" taking them up ("Je connais des X, mais je n'en supporte aucun.").
      [0.75, '(n en|ne en) (supporte|supportons|supporterai|tolere|tolerons|blaire|peux voir|peux supporter|respecte|respectons) [plus|vraiment] (aucun|aucune)'],
      [0.8, '(ne|n) (valent|vaut|valez|vaux) (absolument|vraiment|strictement) (rien)|(ne|n) (valent|vaut|valez|vaux) (que|rien que) (de la merde|dalle)|(ne|n) (ont|a) (aucune|pas d|pas la moindre) (importance|valeur)|(ne|n) (ont|a) (aucune) (valeur)'],
      [0.75, '(aversion|degout|mepris|repulsion) (pour|envers|a l egard de) (tous|toutes|les|ces)'],
      [0.75, '(devraient|doivent|faudrait) (etre|vivre|rester) (enfermes|enfermees|parques|parquees|dans) .. (zoo|zoos|cage|cages|enclos|etable)|(leur) (place) (est) (dans) (un|une|les|des) (zoo|zoos|cage|cages)'],
      [0.75, '(chien|chat|singe|hamster|perroquet|chevre|poisson) (est|sont) (plus) (intelligent|intelligents|malin|fute|utile) que'],
      // Session 19: the pet in the feminine and more of them, with the adjective agreeing ("ma chatte est plus maligne que").
      [0.75, '(chienne|chatte|perruche|tortue|vache|lapin|chiens) (est|sont) [bien|beaucoup|mille fois] (plus) (intelligente|intelligentes|maligne|malignes|futee|futees|fute|futes|eveille|eveillee|utile|utiles|intelligent|intelligents|malin|malins) que'],
      [0.75, '(chieurs|chieur|chieuses|salauds|salaud|salopards|enfoires|connards|connasses|raclures|raclure|ordures|abrutis|abruties|tares|tarees|cons finis|fenculer|enculer|se faire enculer|se faire foutre)'],
      [0.75, '(invasions|invasion|colonisent|coloniser|envahissent|envahir|grand remplacement)'],
      [0.75, '(capables|capable) (d une telle|de tant d) (ignorance|betise|stupidite|connerie)|(les plus) (stupides|abrutis|abruties|betes|idiots|idiotes|cons|connes|nuls|nulles|degoutants|degoutantes)'],
      [0.8, '(sangsue|tique|tiques|poux|puces|bacterie|bacteries|tumeur|tumeurs|gangrene|infection|pourriture|vermines|rongeurs|insectes|bestioles|bete|animal|singe|porc|porcs|chiens|chiennes|cafards|dechets humains|fumier|merdes|charogne|charognes|parasites|sous-merde|sous merde|rebut|lie de l humanite)'],
      [0.75, '(degoutant|degoutante|ecoeurant|ecoeurants|ecoeurante|ecoeurantes|repugnant|immonde|sales|stupide|bete|betes|connard|connards|idiot|debile|inutile|inferieur|inferieure|pathetique|ignorant|ignorante|mesquins|vil|abject|indesirables|indesirable|incivilises|barbares|dangereux|dangereuses|violents|violentes|mechants|mechantes|cruels|cruelles|incapables|deplorables|detestables|haissables|insupportables|irritants|corrompus|traitres|minables|nuls|nulles|attardes|arrieres|niais|crasseux|crasseuses|puants|infects|nauseabonds|nauseabondes|tares|tarees|laids|laides|hideux|hideuses)'],
      [0.75, '(je|j|on|nous) (hais|haissons|deteste|detestons|meprise|meprisons|abhorre|abhorrons|execre|execrons|abomine) (les|tous|toutes|ces|vous|ce genre de)|(me|nous) (degoutent|degoute|repugnent|ecoeurent|ecoeure|debectent|donnent la nausee|font vomir|font horreur|insupportent|horripilent)|(tellement|tant|beaucoup) de (haine|degout|mepris|aversion|repulsion)|(degoute|degoutee|degoutes|degoutees|ecoeure|ecoeuree) par'],
      [0.75, '(des monstres|des demons|des hyenes|du poison|une menace|des violeurs|des terroristes|paresseux|paresseuses|faineants|faineantes|malhonnetes|egoistes|avides|laches|hypocrites|hysteriques|(sont|tous|toutes) .. (cons|connes))'],
      // Contempt and disgust, every gender and number: vile, revolting, pitiful, worthless.
      [0.75, '(repulsif|repulsifs|repulsive|repulsives|infame|infames|haissable|detestable|execrable|execrables|abominable|affreux|affreuse|affreuses|atroces|pitoyable|pitoyables|lamentable|lamentables|navrant|navrants|navrante|navrantes|miserable|meprisable|ignoble|immonde|abjecte|odieuse|degueu|degueus|degueulasse|ecoeurant|ecoeurante|repugnante|infecte|vils|gerbants|gerbantes|insignifiants|insignifiantes|irrecuperable|irrecuperables|nuisibles|indignes|sans interet|bons a rien|bonnes a rien|moins que rien)'],
      // Stupidity and incapacity.
      [0.75, '(stupide|idiote|imbecile|imbeciles|cretine|cretines|abrutie|ignare|ignares|inculte|incultes|arrieree|arrierees|demeures|demeurees|degeneree|degenere|cingles|cinglees|debiles|incompetent|incompetente|incompetents|incompetentes|inaptes|ridicules|attardees|retardes|retardees|decerveles|decervelees|sans cervelle|tetes vides|bornes|bornees|obtus|obtuses)'],
      // Dishonesty, danger, vice and idleness.
      [0.75, '(malhonnete|menteur|menteuse|fourbe|fourbes|sournois|sournoise|sournoises|hypocrite|voleur|voleuse|voleuses|criminelles|delinquants|delinquantes|agressifs|agressives|primitives|malfaisants|malfaisantes|vicieux|vicieuses|deviants|deviantes|malsains|malsaines|paresseux|paresseuses|feignants|feignantes|profiteurs|profiteuses|parasitaires|traitres|traitresses|cupides|avares|rapaces|voyous|escrocs|menteurs|tricheurs|tricheuses|pervers|depraves|depravees|vicelards|dangereuses)'],
      // Dirty, smelly, ugly.
      [0.75, '(crasseux|crasseuses|puant|puante|puants|puantes|malodorants|malodorantes|cradingues|crades|laids|laides|moches|hideux|hideuses|repoussant|repoussante|sales betes)'],
      // Vermin, filth, disease and beasts: the dehumanising nouns.
      [0.8, '(nuisibles|cloportes|limaces|larves|microbes|blattes|punaises|morpions|vermisseaux|hyenes|vautours|charognards|chacals|primates|gorilles|macaques|babouins|guenons|cochons|truies|pourceaux|bestiaux|bestioles|troupeau|troupeaux|immondices|detritus|fange|lie de la societe|rebuts|sous race|sous-race|race inferieure|erreurs de la nature|plaie|plaies|fleaux|cancers|chancre|excrements|etrons|purin|bouse|racailles|pestiferes|abominations|monstres|monstruosites|demons|tares|taree|tarees|sous-merdes|merdes|dechets)'],
      // Swarms that invade: the invasion metaphor.
      [0.75, '(infestent|infeste|infestee|infestes|infestees|infester|pullulent|pulluler|grouillent|grouiller|submergent|deferlent|proliferent|se multiplient comme|nuee|nuees|meute|meutes|deferlante|horde|envahi|envahie|envahis|envahies|ont pris le controle|prennent le controle|occupent notre)'],
      // Hatred and disgust felt, with or without an object named.
      [0.75, '(je|j) (hais|deteste|meprise|abhorre|execre|abomine|vomis|ai horreur)|(on|nous) (hait|deteste|meprise|haissons|detestons|meprisons|abhorrons)|(j|je|nous|on) (ai|avons|a|eprouve|eprouvons|ressens|ressentons) (que|rien que|tellement|tant|beaucoup) .. (degout|haine|mepris|dedain|aversion|repulsion|horreur|degoutee|degoute)|(j|je|nous|on) (ai|avons|a|eprouve|eprouvons|ressens|ressentons) (du|de la|de l) (degout|haine|mepris|dedain|aversion|repulsion|detestation)'],
      [0.75, '(degout|mepris|dedain|aversion|repulsion|detestation) (pour|envers|a l egard|vis a vis)|(m|me|nous) (degoutent|degoute|repugnent|ecoeurent|ecoeure|debectent|insupportent|horripilent|exasperent|revulsent|revoltent|font vomir|font gerber|donnent la gerbe|donnent la nausee|donnent envie de vomir|rendent malade|rendent malades|font horreur|font pitie|sortent par les yeux|levent le coeur|soulevent le coeur)'],
      // More of the class: rotten, twisted, shameful, mediocre; "the worst"; hatred as a bare verb ("je les déteste").
      [0.75, '(sordides|pourris|pourries|tordus|tordues|detraques|detraquees|grotesques|honteux|honteuses|indecents|indecentes|perdants|mediocres|nazes|craignos|les pires|le pire|la pire|la lie|hais|haissons|deteste|detestons|meprise|meprisons|abhorre|execre|les vomis)'],
      [0.75, '(batards|batardes|chiants|chiantes|emmerdeurs|emmerdeuses|casse-couilles|casse couilles|relous|enfoires|encules|trous du cul|trou du cul)'],
      [0.75, '(arrogants|arrogantes|fanatiques|bruyants|bruyantes|grossiers|grossieres|mal eleves|mal elevees|ingrats|ingrates|irrationnels|irrationnelles|insolents|insolentes|pretentieux|pretentieuses|hautains|hautaines)'],
      // Implied contempt: rather die than, a waste of oxygen, to be kept from children, back to the kitchen.
      // Good only for a vice, its negation the restrictive "ne ... que" ("ne sont bons qu'à mentir", "ne pensent qu'à voler");
      // none more stupid, never seen people as vile (the negation ranks them first).
      [0.75, '(ne|n) (sont|est|etaient|seront) (bons|bonnes|bon|bonne) (qu a|qu au|qu aux) _|(ne|n) (font|fait|savent|pensent|cherchent|veulent|aiment|servent) (que|qu a|qu au) [nous] (mentir|voler|se plaindre|tricher|profiter|detruire|tuer|violer|pleurnicher|mendier|casser|envahir|se reproduire|faire des enfants|foutre la merde|emmerder|pourrir|frauder|arnaquer|baiser|parasiter|nuire|gaspiller)|(il n y a|n y a|y a|on ne fait|on fait|il n existe) (pas|rien de|personne de|personne d) (plus|aussi) (stupide|stupides|bete|betes|con|cons|conne|connes|debile|debiles|idiot|idiots|idiote|idiotes|nul|nuls|nulle|nulles|degoutant|degoutants|degoutante|degoutantes|repugnant|repugnants|repugnante|repugnantes|sale|sales|crade|crades|abject|abjects|abjecte|abjectes|ignoble|ignobles|mechant|mechants|mechante|mechantes|laid|laids|laide|laides|moche|moches|paresseux|paresseuse|paresseuses|feignant|feignants|hypocrite|hypocrites|menteur|menteurs|menteuse|menteuses|malhonnete|malhonnetes|violent|violents|violente|violentes|dangereux|dangereuse|dangereuses|arrogant|arrogants|arrogante|arrogantes|pathetique|pathetiques|minable|minables|meprisable|meprisables|detestable|detestables|insupportable|insupportables|immonde|immondes|infect|infects|infecte|infectes|vil|vils|puant|puants|puante|puantes|ignorant|ignorants|ignorante|ignorantes|inutile|inutiles|abruti|abrutis|abrutie|abruties|degueulasse|degueulasses|odieux|odieuse|odieuses|pourri|pourris|pourrie|pourries|chiant|chiants|chiante|chiantes|primitif|primitifs|primitive|primitives|arriere|arrieres|inferieur|inferieurs|inferieure|inferieures) (que|qu)|(jamais|pas|rarement) (vu|rencontre|connu|croise) (de gens|des gens|personne|quelqu un|de personnes|des personnes|un peuple|une espece) (d aussi|aussi|de plus|plus|si) (stupide|stupides|bete|betes|con|cons|conne|connes|debile|debiles|idiot|idiots|idiote|idiotes|nul|nuls|nulle|nulles|degoutant|degoutants|degoutante|degoutantes|repugnant|repugnants|repugnante|repugnantes|sale|sales|crade|crades|abject|abjects|abjecte|abjectes|ignoble|ignobles|mechant|mechants|mechante|mechantes|laid|laids|laide|laides|moche|moches|paresseux|paresseuse|paresseuses|feignant|feignants|hypocrite|hypocrites|menteur|menteurs|menteuse|menteuses|malhonnete|malhonnetes|violent|violents|violente|violentes|dangereux|dangereuse|dangereuses|arrogant|arrogants|arrogante|arrogantes|pathetique|pathetiques|minable|minables|meprisable|meprisables|detestable|detestables|insupportable|insupportables|immonde|immondes|infect|infects|infecte|infectes|vil|vils|puant|puants|puante|puantes|ignorant|ignorants|ignorante|ignorantes|inutile|inutiles|abruti|abrutis|abrutie|abruties|degueulasse|degueulasses|odieux|odieuse|odieuses|pourri|pourris|pourrie|pourries|chiant|chiants|chiante|chiantes|primitif|primitifs|primitive|primitives|arriere|arrieres|inferieur|inferieurs|inferieure|inferieures) (que|qu)'],
      // Lacking a quality ("dénués d'intelligence", "n'ont aucune jugeote": the negation is part of it), and a shame or
      // plague with an intensifier, ending its clause ("ce serait une vraie honte de les rejeter" is no insult).
      [0.75, '(manquent|manque|manquaient|denues|denuees|depourvus|depourvues|prives|privees|vides|exempts) [cruellement|totalement|completement|absolument|tellement|vraiment|de toute evidence] (d|de|de toute|de la moindre|du moindre) (intelligence|cervelle|cerveau|jugeote|bon sens|honnetete|morale|moralite|humanite|dignite|talent|hygiene|education|savoir vivre|decence|valeur|raison|logique|esprit|courage|integrite)|(n ont|n a|n avaient|n auront) (aucune|pas d|pas la moindre|pas une once d|jamais eu d|jamais eu la moindre) (intelligence|cervelle|jugeote|bon sens|honnetete|morale|moralite|humanite|dignite|talent|hygiene|education|decence|valeur|integrite)|(une|un) (veritable|vraie|vrai|sacree|sacre|pure|belle|totale|immense|grosse) (honte|plaie|calamite|catastrophe|fleau|cancer|peste|nuisance|abomination|verrue|gangrene|vermine|menace) [pour (la societe|le pays|ce pays|notre pays|la france|l humanite|le monde)] $'],
      [0.75, '(feraient mieux de|devraient|doivent|faudrait qu ils|qu ils|qu elles) [tous|toutes|juste|simplement] (se taire|la fermer|la boucler|fermer leur gueule|fermer leur bouche|se taisent|la ferment|ferment leur gueule)'],
      [0.75, '(plutot mourir que|plutot crever que|je prefererais mourir|gaspillage d oxygene|gachis d oxygene|perte d oxygene|gaspillent l oxygene|gaspillent de l oxygene|perte de temps et d espace|loin de nos enfants|a l ecart de nos enfants|loin des enfants|(retourner|retournent|retournez|retourne|leur place est|ta place est|votre place est) (a|dans) (la cuisine|leur cuisine))'],
      // "Who needs X?", "we don't need X": a group called useless by a question or a refusal, the group
      // closing the clause ("qui a besoin de cours pour réfugiés ?" asks for a class).
      [0.75, '(qui a besoin|qui aurait besoin|qui a encore besoin|personne n a besoin|on n a pas besoin|on n a aucun besoin|nous n avons pas besoin|on se passerait bien) (de|des|d) [plus de|plus d|davantage de|encore plus de|autres|nouveaux|nouvelles] _ [_] [de toute facon|au juste|franchement|vraiment|apres tout|ici] $'],
      // Not bearing them, the group set out before and taken up by a pronoun ("les X, je ne peux pas les supporter").
      [0.75, '(je|j|on|nous) (ne|n) (les|la|le) (supporte|supportons|supporterai|supporterons|blaire|blairons|encadre|sens|sentons|tolere|tolerons) (pas|plus|jamais)|(je|j|on|nous) (ne|n) (peux|peut|pouvons|pourrai|pourrons|veux|voulons) (pas|plus|jamais) (les|la|le) (supporter|sentir|blairer|encadrer|voir|tolerer|souffrir|piffer)|(ne|n) (peux|peut|pouvons) (pas|plus) (supporter|sentir|blairer|encadrer|piffer)'],
      // Called sick in the head.
      [0.75, '(des|de|les pires|sont) (malades|malades mentaux|detraques|desaxes|psychopathes|tares|degeneres|degenerees)'],
      // Violence said to be no crime: the negation is what says it ("tuer des X n'est pas un crime").
      [0.8, '(frapper|tabasser|tuer|battre|cogner|taper|agresser|violer|bruler|lyncher|abattre|buter|massacrer|exterminer|pendre|tirer sur|lapider|torturer|egorger|gazer|eliminer) ... (n est pas|ce n est pas|c est pas|n est jamais|n a jamais ete|n est vraiment pas|ne devrait pas etre|ne devrait jamais etre|ne serait pas|ne sera jamais|ne devrait plus etre) (un crime|un delit|grave|mal|un probleme|interdit|un peche|si grave|illegal|puni|punissable|penalise|condamnable|sanctionne)'],
      // "There is nothing worse than a X": the comparison names the group the worst (its negation is part of it).
      [0.75, '(il n y a|il y a|n y a|y a) (rien|pas) (de|d) (pire|plus horrible|plus degoutant|plus repugnant|plus meprisable|plus insupportable|plus immonde|plus detestable|plus stupide|plus con|plus nul|plus abject|plus ignoble|plus chiant|plus sale|plus bete) (que|qu)|rien (n est|ne sera|n est jamais) (pire|plus horrible|plus degoutant|plus repugnant|plus insupportable|plus immonde|plus detestable) (que|qu)'],
      // Refusing them respect, service or a hand.
      [0.75, '(je|j|on|nous) (refuse|refusons|refuserai|refuserons) [totalement|categoriquement|absolument|completement] (de|d) .. (respecter|accorder du respect|accorder le moindre respect|serrer la main|embaucher|servir|louer|parler|vivre avec|travailler avec|cotoyer|accepter|toucher|aider|m asseoir)'],
      // Called mad or messed up in the head.
      [0.75, '(defonces|defoncees|niques|niquees|feles|felees|timbres|timbrees|cingles|cinglees|tares|tarees|fous|folles|barjos|detraques|detraquees|malades|atteints|atteintes) (de la tete|du cerveau|du bulbe|dans leur tete|dans la tete)|(desequilibres|desequilibrees|cingles|cinglees|psychopathes|tares|tarees|barjos|timbres|timbrees)'],
      // "A X in power is a joke": a group unfit to lead.
      [0.75, '(au pouvoir|au gouvernement|a la tete|comme chef|comme president|comme presidente|comme patron|comme patronne|en politique|au volant) [c est|ce serait|ca serait|est|serait|sera] (une blague|une plaisanterie|un desastre|une honte|ridicule|quelle blague|quelle plaisanterie|quelle honte|une farce|une catastrophe|une erreur)'],
      // Knowing, bringing or being good for nothing, the negation part of it, the clause ending there; no brain; a smell.
      [0.75, '(ne|n) (savent|comprennent|apportent|produisent|rapportent|contribuent a) (rien) $|(ne|n) (ont) (pas|aucun) (de|d) (cerveau|cervelle|neurones|jugeote) $|(puent|puaient|sentent mauvais|sentent la merde|schlinguent|empestent|refoulent|chlinguent)'],
      // Bad or irritating people as a class, every gender and number.
      [0.75, '(des gens mauvais|de mauvaises gens|mauvaises personnes|la pire espece|la pire race|agacants|agacantes|enervants|enervantes|penibles|insupportables|exasperants|exasperantes|irritants|irritantes|lourdingues|casse pieds)'],
      // Session 6, by class. Evil, vulgar, treacherous, a disaster or a plague; "d'une bêtise ..." (of a stupidity).
      [0.75, '(des|d|de) (rates|ratees|brutes|losers|nullites|assistes|assistees|serpents|viperes|vaches|truies)|(diabolique|diaboliques|malefique|malefiques|perfide|perfides|vulgaires|affligeant|affligeants|affligeante|affligeantes|irrespectueux|irrespectueuses|mauvaises|corrompus|corrompues|traitresses|un poison|une calamite|une abomination|une catastrophe|une nuisance|une epidemie|une gangrene|de la salete|de la boue|de la fange)|(sont|est|c est|ce sont) [vraiment|tout simplement] (le mal|le diable|des diables)|(sont|est|etes|soient) [vraiment|tellement|toujours] d une (betise|stupidite|connerie|laideur|salete|paresse|mechancete|bassesse|hypocrisie|vulgarite|mediocrite|nullite|lachete|cruaute|ignorance|idiotie|debilite|imbecillite|puanteur|malhonnetete|mechancete)|(sont|etes) .. (fous|folles|faibles|lourds|lourdes|ennuyeux|ennuyeuses) $'],
      // "You're nothing but a X" ("tu n'es rien d'autre qu'un X"): a group's name, or a slur, made the whole of the one addressed.
      [0.75, '(tu n es|t es|vous n etes) [vraiment|juste|toujours] (qu|rien d autre qu|rien de plus qu|rien que|rien qu)|(tu es|t es|vous etes) (juste|seulement|simplement) (un|une|des) [autre|autres] [sale|sales|vulgaire|vulgaires]'],
      // Not wanted where one lives or anywhere here; the shame of a country; disturbed in the head.
      [0.75, '((ne|n|je|j|on|nous) (veux|voulons|veut|voudrais)|jveux|jveu) (pas|plus|aucun|aucune|jamais) (d|de|des|les|aucun|aucune) .. (dans|chez|pres de|a cote de) (mon|ma|mes|notre|nos|ce|cette|moi|nous)|(n ont|n a|n avez|n avons) rien a faire (ici|chez nous|dans ce pays|dans notre pays|en france|en europe)|(la|une) honte (de|pour) (ce|notre|la|l|nos|cette)|(malades mentales|mentalement (derange|deranges|derangee|derangees|malades|attarde|attardes|attardee|attardees|deficients|deficientes)|deranges|derangees|(completement|totalement|vraiment|gravement) (derange|derangee)|desequilibres|desequilibrees)'],
      // Cursing a group: "ces putains de X" (plural: "putain de match" is an exclamation), "maudits X", "je chie sur les X"; "une chieuse".
      // Session 38: Québec's curses before "de" ("tabarnak d'immigrés"), and doing damn all ("les X foutent rien").
      [0.75, '(ces|les|des|tous ces|toutes ces|sales) putains (de|d)|putains d|(tabarnak|tabarnac|tabernacle|calisse|criss|crisse|osti|ostie|esti) (de|d)|(maudits|maudites|satanes|satanees|chieuse)|(je|j|on|nous) (chie|chions|pisse|pissons|crache|crachons) sur|(foutent|foutaient|foutront) (rien|que dalle|jamais rien) [de la journee|de leurs journees|de leur vie|du tout] $'],
      // Session 8, by construction (written from French, not from eval rows). A woman's place and good only for chores;
      // not caring a damn about them; nobody wanting them; nothing good brought; "who would want a X?" closing the clause.
      [0.75, '(rester|restent|restez|retourner|retournent|retournez|renvoyer|renvoyez) (a la cuisine|aux fourneaux|au foyer|derriere les fourneaux)|(la|leur|sa) place (d une|des|de la|du|d un|de ces) _ [_] (est|c est|se trouve) (a la cuisine|a la maison|au foyer|aux fourneaux|en prison|en cage|au zoo|dans une cage|dans un zoo)|(juste|seulement|uniquement|tout juste) (bons|bonnes|bon|bonne) (a|pour) _'],
      [0.75, '(je m en|on s en|nous nous en|je me|on se|nous nous) (fous|fout|foutons|fiche|fichons|contrefous|contrefout|contrefiche|balance|bats les couilles|tape) [completement|royalement|totalement|bien|pas mal|eperdument] (de|des|du|d)|(rien a foutre|rien a cirer|rien a battre|rien a carrer) (de|des|du|d)'],
      [0.75, '(personne ne|on ne|nous ne|je ne) (veut|voudrait|veux|voulons) [plus|pas|plus jamais] (de|des|d) _ [_] [ici|chez nous|dans ce pays|en france|dans notre pays|dans le quartier|dans ma rue|dans mon immeuble|dans mon equipe|dans mon entreprise] $|(n|ne) (apportent|apporte|rapportent|rapporte|apporteront) (rien|jamais rien) (de bon|de bien|de positif|d utile|de valable)|(qui) (voudrait|veut|aurait envie|a envie|voudrait embaucher|voudrait epouser|a besoin|aurait besoin|embaucherait|epouserait|louerait|engagerait|supporte|peut supporter|pourrait supporter|ferait confiance|fait confiance|(peut|pourrait|peut encore|oserait) faire confiance) [vraiment|encore|franchement|serieusement|bien] [(de|d) (vivre|habiter|travailler|bosser|grandir) (a cote|pres|aupres|au milieu|parmi|avec)] (de|d|des|les|un|une|ces|d un|d une|de ces|a un|a une|aux) _ [_] [ici|chez nous|dans ce pays|comme voisin|comme voisine|comme voisins|comme collegue|comme patron|comme patronne|comme ami|comme amie|dans sa famille|dans son equipe] $'],
      // Stereotypes said of a whole group: all the same, controlling everything, crime in the blood, made to obey, a cost,
      // living off others, breeding like rabbits.
      [0.75, '(sont|c est) (tous|toutes) (pareils|pareilles|les memes)|(controlent|dominent) (tout|le monde|les medias|les banques|la finance|le gouvernement)|(le|la) (crime|violence|vol|mensonge|haine|fourberie) dans le sang|(faites|faits|nees|nes) pour (obeir|servir|enfanter|faire le menage|faire la cuisine)|(coutent|coute) (trop|trop cher|une fortune|un pognon de dingue) (a la societe|a l etat|aux contribuables|au pays)|(vivent|vit) (sur notre dos|a nos crochets|aux crochets de|de nos impots|des allocs|des allocations)|(profitent|abusent) (de notre|du|des) (systeme|aides|allocations|allocs|secu)|(se reproduisent|se multiplient|pullulent) comme des (lapins|rats|cafards|mouches)'],
      [0.75, '(radins|radines|pingres|rebutants|rebutantes|infrequentables|invivables|risibles|malveillants|malveillantes)|(ne|n) (meritent|merite) (pas|jamais|plus) (d etre heureux|d etre heureuses|d etre aimes|d etre aimees|d etre respectes|d etre respectees|de respirer|l amour|la paix)'],
      // Session 14, by class (from the language, not eval rows): lice-ridden, perverted, petty, mad and brainless, in the
      // forms missing; dead weight, locusts, maggots, rot, cockroaches, curs, a breed.
      [0.75, '(pouilleux|pouilleuses|pervertis|perverties|mesquines|dements|dementes|ecerveles|ecervelees)'],
      [0.8, '(poids mort|poids morts|sauterelles|asticots|pourritures|cancrelats|engeance|clebards)'],
      // Session 15, by construction (written from French, not from eval rows). Implied contempt: a place they belong in
      // (a camp, an asylum, the trees, the bin), said plainly or as a cleft ("c'est au zoo qu'il faudrait les mettre");
      // an animal or a thing preferred to one of them, or worth more; a woman's place at home doing chores.
      [0.75, '(leur|sa) place (est|serait|c est) (dans|en|a|au) [un|une|les|des|la|le] (zoo|cage|cages|camp|camps|asile|asiles|enclos|poubelle|egouts|egout|ghetto|ghettos|prison|prisons|jungle|brousse|cuisine)|(c est|ce serait) (au|a la|dans un|dans une|dans les|en) (zoo|cage|camp|asile|enclos|poubelle|egout|prison|jungle) (qu|que) .. (faudrait|faut|devrait|devraient|doivent|doit) [les|tous les|toutes les] (mettre|enfermer|parquer|envoyer|jeter|ranger)|(retourner|retournent|retournez|renvoyer|renvoyez|remettre|remettez) [vivre|grimper] (dans les arbres|dans leurs arbres|sur les arbres|dans la jungle|dans leur jungle|dans la brousse|dans leur brousse|dans les cavernes|dans leurs cavernes|dans leurs grottes)'],
      [0.75, '(prefererais|prefere|prefererait|preferait|prefererions|aimerais mieux|aimerait mieux|mieux vaut) .. (un|une) [bon|bonne|vieux|vieille|simple|sale] (chien|chienne|chat|rat|singe|cochon|porc|animal|bete|chevre|vache|mouton|cafard|objet|meuble|caillou) ... (plutot qu|plutot que|qu|que)|(vaut|valent|vaudrait|vaudraient|vaudra|vaudront) (moins|pas plus|pas mieux) (qu|que) (un|une|le|la|les|des|mon|ma|son|sa) [bon|bonne|vieux|vieille|simple|sale] (chien|chienne|chat|rat|singe|cochon|porc|animal|bete|chevre|vache|mouton|cafard|objet|meuble|caillou)|(rester|restent|restez) (a la maison|chez elles|au foyer) (a|pour) (faire|s occuper|torcher|pondre|cuisiner|repasser|laver)|(devraient|doivent|feraient mieux de|n ont qu a) .. (faire le menage|faire la vaisselle|faire la cuisine|faire le repassage|torcher les gosses|pondre des gosses)'],
      // Made things or bellies, vegetables, subhumanity; "what use are X?" with the group closing the clause; lesser by nature
      // ("sont moins intelligents"); a burden; what they do to one ("ils me donnent la nausée"); nothing admirable in them.
      [0.8, '(sont|est|c est|ce sont|que|juste|seulement|simplement) (des|de simples|des simples|de vulgaires|un|une) (objets|objet|ventres|ventre|pondeuses|pondeuse|legumes|legume|bouts de viande|morceaux de viande|trous a bite)|(sous humanite|sous-humanite|sous humains|sous-humaines|sous humaines)'],
      [0.75, '(a quoi) [ca|ils|elles] (servent|sert|serviraient|servirait|bon) [donc|vraiment|au juste|encore] (les|des|ces|tous les|toutes les|tous ces|toutes ces|un|une) _ [_] [au final|au juste|franchement|sinon] $|(sont|est|seront|etaient|serait|seraient|restent|restera|resteront) [tous|toutes|vraiment|clairement|naturellement|genetiquement|beaucoup|bien|forcement|toujours] moins (intelligents|intelligentes|intelligent|intelligente|capables|capable|evolues|evoluees|civilises|civilisees|humains|humaines|dignes|competents|competentes|doues|douees|honnetes|valables)|(un|une|qu un|qu une) (poids|charge) (pour|sur) (la societe|le pays|la france|nous|nos|notre|l etat|tout le monde)|(me|m|nous) donnent (la nausee|envie de vomir|la gerbe|des nausees)|(n ont|n a|n avaient|n auront) (rien|jamais rien) (d admirable|de respectable|d intelligent|de bien|d humain|de valable|de bon)'],
      // Session 19, implicit derogation by class: ruining or fouling whatever they touch or wherever they go; a place gone
      // to ruin since they came (the decline and "since" together: "le quartier a changé depuis que..." is no contempt);
      // told to be grateful to be let live here; theft as what they do, with its subject; typical of them; their smell,
      // with its subject ("ça pue l'injustice" is an idiom); not caring whether they live ("se soucient le moins du monde de
      // la vie des X" from one amazed anyone does; the negated "ne se soucient pas de" is counter-speech, taken back).
      [0.75, '(gachent|gache|pourrissent|pourrit|detruisent|detruit|salissent|souillent|souille|contaminent|contamine|infectent|infecte|ruinent|bousillent|bousille|abiment|abime|degradent|degrade|empoisonnent|empoisonne) (tout ce qu|tout ce que|tout ce qui) [ils|elles|on] (touchent|approchent)|(laissent|laisse|mettent|met|foutent|fout|ramenent|ramene|apportent|apporte) (la merde|le bordel|la crasse|la salete|la misere|le crime|la delinquance|leurs ordures|leurs dechets|des ordures) (partout ou|partout|la ou|des qu) [ils|elles] [passent|vont|arrivent|s installent]'],
      [0.75, '(a coule|a sombre|a degringole|est foutu|est foutue|est fichu|est fichue|va de mal en pis|s est degrade|s est degradee|n est plus vivable|n est plus frequentable|est devenu invivable|est devenue invivable|est devenu un ghetto|est devenue un ghetto|est devenu une poubelle|est devenue une poubelle|est devenu un taudis|est devenu un depotoir|est devenue un depotoir|est devenu un coupe gorge|est devenu une jungle) depuis (que|qu|l arrivee|leur arrivee|qu on laisse entrer|qu on a laisse entrer|qu on accueille)|depuis (que|qu) ... (est devenu|est devenue|sont devenus|c est devenu|c est|a coule|a sombre|tout est) (une poubelle|un ghetto|un taudis|invivable|un depotoir|une decharge|un enfer|un coupe gorge|la jungle|crade|degueulasse|le bordel|foutu|fichu)'],
      [0.75, '(devraient|doivent|peuvent) [deja|bien|tous|toutes|quand meme] (etre reconnaissants|etre reconnaissantes|nous remercier|nous dire merci|dire merci|s estimer heureux|s estimer heureuses|s estimer chanceux|s estimer chanceuses|nous baiser les pieds|baiser nos pieds|nous lecher les bottes) (qu on|que l on|que nous|qu|de|d|parce qu on|parce que nous) ... (les laisse|les laissions|les laissons|les tolere|les tolerons|les tolerions|les accepte|les acceptons|les acceptions|les garde|les gardons|les nourrit|les nourrissons|les supporte|les supportons|vivre ici|rester ici|etre ici|vivre chez nous|etre en vie|respirer|encore en vie|encore vivants|encore vivantes)'],
      [0.75, '(ils|elles|ca) (volent|vole|piquent|pique|chouravent|chourave|fauchent|fauche|pillent) (tout|tout ce qui|tout ce qu|tout ce que)|(comportement|attitude|mentalite|reaction) (typique|typiquement|bien typique|tellement typique) (de|des|d)|(c est|ca c est|tellement|trop|bien|si|c etait) (typique|typiquement) (de|des|d)'],
      [0.75, '(ils|elles) [tous|toutes|vraiment|tellement] (puent|schlinguent|sentent mauvais|sentent la merde|sentent le bouc|sentent la sueur|refoulent|cocottent)|(puent|sentent mauvais|schlinguent) (tous|toutes|tellement|a des kilometres|a mort)|ca (pue|schlingue|sent mauvais) (et|$|tellement|grave|a mort|a des kilometres|la merde|le bouc|la sueur)'],
      [0.75, '(se soucie|se soucient|se soucier|s inquiete|s inquietent|s interesse|s interessent|s emeut|s emeuvent|se preoccupe|se preoccupent|pleure|pleurent|se lamente|se lamentent) (le moins du monde|un tant soit peu|ne serait ce qu un peu|seulement|encore|meme) (de la vie|des vies|du sort|de la mort|de la survie|de ce qui arrive|pour la vie|pour les vies|pour le sort|sur le sort)|(je me fiche|je me fous|je m en fiche|je m en fous|j en ai rien a faire|j en ai rien a foutre|j en ai rien a cirer|rien a foutre|rien a cirer) [completement|totalement|royalement|pas mal] (de|du|des|d) (la vie|les vies|leur vie|leurs vies|leur sort|le sort|la mort|ce qui arrive|ce qu il arrive|ce qu il advient)'],
      // Having their place in, or belonging to, a zoo, a cage or the bin; indifferent to whether they drown or die.
      [0.75, '(ont|a|auraient) (leur|sa) place (dans|au|a la|en|a l) [un|une|le|la|les] (zoo|cage|cages|enclos|poubelle|egouts|jungle|porcherie|etable|cirque|decharge)|(appartiennent|appartient) (au|a un|a une|a la|a l) (zoo|cage|jungle|poubelle|porcherie|decharge)|(je m en fiche|je m en fous|peu importe|j en ai rien a faire|j en ai rien a foutre|ca m est egal|je me fiche|je me fous) [bien|completement|royalement] (si|que|qu) ... (se noient|crevent|meurent|creveraient|mourraient|disparaissent|disparaissaient|pourrissent|se noyaient|mouraient|crevaient)'],
      // Session 23: shut out of the speaker's own place ("les Arabes n'entrent pas dans mon bar", "pas de Roms dans mon
      // restaurant"); bringing only misery or crime; how could anyone trust or love one of them; who would live beside one.
      [0.75, '(n entrent pas|n entre pas|ne rentrent pas|ne rentre pas|n entreront pas|ne mettront pas les pieds|ne mettra pas les pieds|interdits|interdites) (dans|chez) (mon|ma|notre|nos|mes|ce|cet|cette) (bar|restaurant|magasin|boutique|maison|immeuble|quartier|entreprise|hotel|salon|cafe|club|commerce|ecole|boite)|pas de .. (dans|chez) (mon|ma|notre) (bar|restaurant|magasin|boutique|maison|immeuble|quartier|entreprise|hotel|salon|cafe|club|commerce|boite)|(n apportent|n apporte|n amenent|n amene|ne ramenent|ne ramene|ne causent|ne cause) (que|rien d autre que) (la misere|le crime|la criminalite|la violence|des problemes|les problemes|la drogue|la salete|des maladies|le chaos|l insecurite)|(comment) (peut on|pourrait on|peut t on|peux tu|pouvez vous|quelqu un peut il|quelqu un pourrait il) .. (aimer|supporter|faire confiance|se fier|epouser|croire)|(qui) (voudrait|voudrais|aurait envie d|accepterait d) (vivre|habiter) (a cote|pres) (d|de|des|du)'],
      // Session 23: should not be here ("les Roms ne devraient pas être ici"), the negation the exclusion's own, the
      // clause ending there ("... ici dans la rue, mais dans un logement" says where they should be).
      [0.75, '(ne|n) (devraient|doivent|devrait|doit|peuvent|pourraient) (pas|jamais|plus) (etre|rester|vivre|habiter) (ici|chez nous|dans ce pays|dans notre pays|en france|dans notre quartier) $'],
      // Session 24, implicit derogation by class: nothing ever invented, built or brought by them (the negation is the
      // derogation's own; "n'ont rien fait" is not read, which "n'ont rien fait de mal" denies); crime following them;
      // wallets and children hidden from them; a place better before they came; good for nothing but a chore.
      [0.75, '(n ont|n a|n avaient|n auront) (jamais|rien|jamais rien) [rien] (invente|cree|construit|bati|accompli|apporte|produit|decouvert|realise|fait de bon|fait d utile|fait de valable)'],
      [0.75, '(la criminalite|le crime|la delinquance|la violence|les problemes|les vols|l insecurite|la misere|la salete) (suit|suivent|les suit|les suivent|arrive avec eux|arrivent avec eux|debarque avec eux)|(cachez|cache|planquez|planque|surveillez|surveille|tenez|tiens|gardez|garde|serrez|serre) [bien] (vos|ton|tes|votre) (portefeuilles|portefeuille|sacs|sac|sacs a main|sac a main|bijoux|affaires|enfants|filles|porte monnaie|telephones|telephone)|(mieux|meilleur|meilleure|plus sur|plus sure|plus calme|plus propre|plus agreable|plus tranquille|plus vivable) avant (l arrivee|la venue|l invasion|qu ils arrivent|qu elles arrivent|qu ils debarquent|qu ils ne debarquent|qu ils n arrivent)|(ne|n) (servent|sert|sont bons|sont bonnes|est bon|est bonne) (qu a|qu au|qu aux|que pour|qu a faire)'],
      // Session 24, exclusion said as a negated wish: not wanted as a neighbour, colleague, boss or in-law; never let near
      // one's own children (the negation is the exclusion's own); nothing good in them.
      [0.75, '(ne|n) (veux|voulons|veut|voudrais|voudrions|accepterai|accepterais|accepte) (pas|plus|aucun|aucune|jamais) (d|de|des|les|aucun|aucune) .. (comme|pour) (voisin|voisins|voisine|voisines|collegue|collegues|patron|patronne|patrons|chef|cheffe|gendre|belle fille|beau fils|ami|amis|amie|amies|prof|profs|professeur|professeurs|medecin|medecins|locataire|locataires|employe|employes|nounou|baby sitter) $|[jamais] (je ne|on ne|nous ne|ne|n) (laisserai|laisserais|laisserons|laisse|laissez|laissera) [jamais|pas|plus] .. (approcher|toucher|garder|s occuper de|eduquer|enseigner a) (mes|nos) (enfants|gosses|filles|fils|bebes|petits enfants)|(rien|quoi que ce soit) (de bon|de bien|de positif|d utile|de valable|d admirable) (chez|dans|en)'],
      // Session 24, negative attributes by class: a vice named as theirs ("la paresse des X", "leur hypocrisie"), and lying,
      // stealing or whining as what they always do (whining only closing its clause: "se plaignent tout le temps du
      // harcèlement" names a grievance).
      [0.75, '(l|la|le|cette|cet) (egoisme|paresse|betise|stupidite|connerie|hypocrisie|lachete|faineantise|avarice|cupidite|salete|crasse|mechancete|perversite|malhonnetete|fourberie|sournoiserie|incompetence|mediocrite|vulgarite|puanteur|sauvagerie|barbarie|debilite|imbecillite|perfidie|traitrise) (des|de ces|de tous les|de toutes les)|(leur|leurs) (egoisme|paresse|betise|stupidite|connerie|hypocrisie|lachete|faineantise|avarice|cupidite|salete|crasse|mechancete|perversite|malhonnetete|fourberie|sournoiserie|incompetence|mediocrite|vulgarite|puanteur|sauvagerie|barbarie|debilite|imbecillite|perfidie|traitrise)|(mentent|volent|trichent|arnaquent|magouillent|mendient) (tout le temps|toujours|sans arret|constamment|en permanence|comme ils respirent|a longueur de journee)|(se plaignent|pleurnichent|chialent|geignent) (tout le temps|toujours|sans arret|constamment|en permanence|a longueur de journee) $|(passent) (leur temps|leur vie|leurs journees) (a) (se plaindre|mentir|voler|pleurnicher|chialer|profiter|mendier|tricher|geindre)'],
      // Session 24, hate as a question by class: since when are they human, are they really human, do they have a brain (the
      // question closing the clause), is there a single decent one.
      // Asked whether they can even read or think ("est-ce que les X savent seulement lire ?", "est-ce que les X réfléchissent
      // vraiment ?"), whether anyone has seen an honest one, and what they are for, the group named before ("les X, ils servent à quoi ?").
      [0.75, '(est ce que|est ce qu) .. (savent|sait) (seulement|meme|vraiment|au moins) (lire|ecrire|penser|reflechir|compter|raisonner)'
        + '|(est ce que|est ce qu) .. (reflechissent|pensent|reflechit|pense) (vraiment|seulement|parfois|un jour|au moins) $'
        + '|(quelqu un|qqn|vous|tu) (a|avez|as) (deja|jamais) (vu|croise|rencontre) (un|une|des) _ (honnete|honnetes|intelligent|intelligente|intelligents|propre|propres|travailleur|travailleuse|travailleurs|poli|polie|polis) $'
        + '|(ils|elles) (servent|serviraient) (a quoi) [au juste|exactement|franchement|donc|sinon|vraiment] $'],
      [0.75, '(depuis quand) .. (sont|est) (des etres humains|humains|humaines|des humains|des gens|des personnes|des citoyens)|(sont|est) (ils|elles|il|elle) (vraiment|reellement|seulement|meme) (humains|humaines|humain|humaine|des humains|des etres humains|des personnes)|(ont|a) (un cerveau|une cervelle|des neurones) $|(existe t il|existe t elle|y a t il|il existe|existe il) (un seul|une seule|un|une) .. (honnete|intelligent|intelligente|decent|decente|qui vaille|qui vaut|qui soit honnete|qui soit intelligent) $'],
      // Session 26: ashamed to exist, the existence itself the shame.
      [0.75, '(honte) (d exister|d etre nes|d etre nees|d etre en vie|de vivre|d etre au monde)'],
      // Session 26: against nature; an aberration or a horror (as what they are); sent home by a modal.
      [0.75, '(contre nature|contre la nature)|(sont) (une aberration|des aberrations|une horreur|des horreurs)|(doivent|devraient|devront|faudrait les|faut les) (rentrer|retourner|repartir|renvoyer) (chez eux|chez elles|dans leur pays|dans leurs pays|d ou ils viennent|d ou elles viennent|dans leur bled)'],
      // Session 27, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses:
      // dumped like rubbish; food a member of the group touched refused; one of them dead no different from a dead rat;
      // never to be believed or trusted; waking up as one a reason to die; nothing liked less; rage at their claim to be
      // equal; an idea that comes from one of them bullshit for that reason.
      [0.75, '(devraient|doivent|faudrait|faut|meritent) [tous|toutes] (etre) (jetes|jetees|balances|balancees|deverses|deversees|mis|mises|foutus|foutues) (a|dans|aux|sur) (la decharge|une decharge|la poubelle|les poubelles|une poubelle|les ordures|la fosse|les egouts|la benne)|(leur place est) (a|dans) (la decharge|la poubelle|les poubelles|les ordures)'],
      [0.75, '(ne|n) (mangerais|mangerai|mangerions|boirais|boirai|toucherais|toucherai|acheterais|porterais) (jamais|rien|pas|plus) .. (touche|touchee|touches|touchees|prepare|preparee|prepares|preparees|cuisine|cuisinee|servi|servie|fabrique|fabriquee|fait|faite|faits|faites) (par)'],
      [0.75, '[(ne|n) (vois|voit|voyons|fais|fait|faisons|y a|y aurait)] (aucune|pas de|pas la moindre|pas une|quelle) (difference) (entre) (un|une|des|les) (rat|rats|chien|chiens|porc|porcs|cafard|cafards|animal|animaux|bete|betes|chat|chats) (mort|morte|morts|mortes|creve|creves|crevee)'],
      [0.75, '(ne|n) (crois|croyez|croyons|croirai|croirais|ecoute|ecoutez|ecoutons) (jamais|pas|plus|rien) (un seul mot|un mot|rien|ce que|de ce que|une parole)|(ne|n) (fais|faites|faisons|ferai|ferais|ferons) (jamais|pas|plus) (confiance) (a|aux|au|en)'],
      [0.75, '(si) (je|j) (me reveillais|me reveille|etais|devenais|naissais|etait) .. (je|j) (me tuerais|me suiciderais|me flinguerais|me pendrais|me jetterais|mettrais fin a mes jours|prefererais mourir|prefererais crever)'],
      [0.75, '(rien|personne|aucune chose) (au monde|sur terre|dans ce monde|dans la vie|au monde entier) (que|qu) (j|je|nous|on) (aime|aimons|apprecie|supporte|deteste|hais) (moins|le moins|plus|le plus) (que|qu)'],
      [0.75, '(me|nous) (remplissent|remplit|remplissaient|remplissent toujours) [tellement|vraiment|de tant] (de) (rage|colere|haine|fureur|degout)|(me|nous) (mettent|met|mettaient) (en rage|hors de moi|hors de nous|en colere|en furie|dans une rage)'],
      [0.75, '(vient|venait|viennent|provient|provenait|sort|sortait|vient forcement) (d un|d une|de|des|du) .. (c est|c etait|ce sont|ne peut etre que|ne peut qu etre|doit etre|est|sont|etait) [forcement|surement|evidemment|donc|sans doute|obligatoirement|certainement] (des conneries|de la merde|une connerie|nul|nulle|stupide|debile|de la foutaise|des foutaises|idiot|idiote|bidon|des betises|une betise|n importe quoi)|(elle|il|ca|cela|l idee) (venait|vient|venaient|viennent) (d un|d une|de|des) .. (apres tout)'],
      // Session 30, implicit derogation by class, as members write it (no eval row read): made for the kitchen or the house;
      // a decline blamed on their arrival ("depuis que les X sont là, tout part en vrille"); a team, a street or a mood
      // spoilt by their being there; in everyone's way; thinking only of money; customers driven off by hiring one.
      [0.75, '(faites|faits|nees|nes|bonnes|bons) (pour|qu a) [faire] (la cuisine|les fourneaux|le menage|la vaisselle|le repassage|les taches menageres|la maison|le foyer)|depuis (que|qu) ... (arrives|arrivees|arrive|arrivee|arrivent|installes|installees|debarque|debarques|debarquent|(sont|est) (la|ici)) ... (en vrille|en sucette|empire|degrade|fout le camp|a la derive|un enfer|un cauchemar|un ghetto|pourri|une poubelle)'],
      [0.75, '(ca|cela) (gache|pourrit|ruine|plombe) (l ambiance|l equipe|le vestiaire|le quartier|le groupe)|(gachent|pourrissent|ruinent|plombent) (l ambiance|l equipe|le vestiaire|le quartier|le groupe)|(encombrer|encombrent) (les|nos|la|le|tout)|(gener tout le monde|genent tout le monde|emmerder tout le monde|emmerdent tout le monde|deranger tout le monde|derangent tout le monde)|(ne|n) (pensent|pense|vivent|vit|s interessent|s interesse) (qu a|que pour) (l argent|leur argent|le fric|leur fric|le pognon|l oseille|les sous)|(obsedes|obsedees) par (l argent|le fric|le pognon)|(faire fuir|fait fuir|font fuir|ferait fuir|feraient fuir) (la clientele|les clients|nos clients|mes clients)'],
      // Session 30: asked whether they even have morals, a brain or a conscience ("Les X ont-ils seulement une morale ?").
      [0.75, '(ont ils|ont elles|a t il|a t elle) (seulement|meme|vraiment|au moins|donc) (une morale|un cerveau|une conscience|une ame|des valeurs|un coeur|une dignite)'],
      // Session 30: who can still stand them, the adverb before the verb ("qui peut encore supporter les X ?").
      [0.75, '(qui) (peut|pourrait|arrive a) (encore|vraiment|franchement|serieusement) (supporter|encaisser|blairer|saquer) (les|ces|des|un|une) _ [_] $'],
      // Session 32, implicit derogation by class: owned like property ("appartiennent à leur mari", "la propriété de leur
      // mari"), a danger to children, a place better without them (the group the clause's last word: not "sans les
      // préjugés contre les X").
      [0.75, '(propriete|proprietes|possession|possessions|biens) (de leur|de leurs|du|des|de son|de ses|d un) (mari|maris|homme|hommes|epoux|maitre|maitres|proprietaire|proprietaires)|(appartiennent|appartient) (a leur|a leurs|a son|a ses|au|aux|a l) (mari|maris|homme|hommes|epoux|maitre|maitres|proprietaire|proprietaires)|(un|une|le) (danger|menace|risque) pour (les enfants|nos enfants|nos gosses|les mineurs|la jeunesse|nos petits)|(plus propre|plus propres|mieux|meilleur|meilleure|plus sur|plus sure|plus tranquille|plus agreable|plus belle|plus beau) sans (les|des|aucun|aucune|ces|tous ces|toutes ces) _ $'],
      // Session 35, implicit derogation by construction (issue 17): "typical of X," then what they always do, kept away from one's
      // children (the refusal is the derogation's own), knowing their place, smelt from afar, ruining every street they reach;
      // not bearing them without the "ne" speech drops ("je supporte pas les X").
      [0.75, '(typique) [des|de|du|de la|d] _ $ (toujours|encore|comme d habitude|jamais|que|tout le temps|a chaque fois)|[jamais] [je|j|on] [ne|n] (laisserais|laisserai|laisse|laisser|laisserait|laisserions|laisserons) (jamais|pas|plus|aucun|aucune) ... (approcher|s approcher de|pres de|a cote de|toucher|garder|frequenter) (mes|nos) (enfants|gosses|gamins|filles|momes|petits enfants)|(savaient|savait|connaissaient|restaient|restait|doivent|devraient|faut|apprendre) ... (leur place|a leur place)|(on les sent|les sent|sentent|puent|pue) [arriver|venir|toujours|deja] (de loin|a des kilometres|a un kilometre|a cent metres)|(pourrissent|ruinent|detruisent|salissent|degradent|gachent|niquent|pourrit|ruine|detruit|salit) (tous les|toutes les|chaque|nos|n importe quel) (quartier|quartiers|ville|villes|rue|rues|ecole|ecoles|cite|cites|immeubles)|(je|j|on|nous) (supporte|supportons|blaire|blairons|encadre|peux|peut) (pas|plus) [voir|sentir|supporter] (les|ces|aucun|aucune)'],
      // Session 35: proof that evolution runs backwards, the missing link; crime or filth wherever they are; one of them as a
      // boss or neighbour refused ("no thanks"). Not "they cannot even": also "they are not even allowed to", their plight.
      // Not wanting them as neighbours without the "ne" speech drops.
      [0.75, '(preuve|preuves|prouvent|prouve) .. (evolution) .. (reculer|en arriere|marche arriere|a l envers)|(chainon manquant)|(la ou|partout ou|des qu) (il y a|y a|vivent|arrivent|s installent) ... (il y a|y a) (des vols|de la delinquance|du crime|des crimes|de la salete|la merde|des bagarres)|(comme|en) (patronne|patron|chef|cheffe|voisin|voisins|voisine|collegue|prof|medecin|pilote|presidente|belle fille|gendre) [_] (non merci|sans facon|jamais)|(je|j|on|nous) (veux|voudrais|voulons|veut) (pas|plus|jamais) (de|d) .. (comme|en) (voisins|voisin|voisine|collegues|collegue|patron|patronne|chef|gendre|belle fille|locataire|locataires|prof|medecin)'],
      // Session 35, a mind denied by class: a bird's or a pea's brain, no brain at all (the negation is the derogation's own);
      // "what do you expect from X?", the group closing the question (not "...from X who lost everything").
      [0.75, '(qu est ce que|qu est ce qu|que|qu) (tu attends|vous attendez|tu veux|vous voulez|on peut attendre|on attend|t attends|t attendais|tu attendais) (d|des|de|de ces|de la part d|de la part des) [un|une] _ [_] $|(cerveau|cervelle|cerveaux) (de moineau|d oiseau|de poisson rouge|de mouche|de poule|de moustique|de petit pois|d huitre)|(ont|a|n ont|n a) (pas|aucun|aucune) (de cerveau|de cervelle|cerveau|cervelle)'],
      // Told to get lost, the group called after it ("largaos, X", "cassez-vous, les X"): the rude and the plain imperative of leaving, ending its clause ("andatevene a letto" is bedtime).
      [0.75, '(cassez vous|barrez vous|tirez vous|foutez le camp|allez vous en) [d ici|de france|de notre pays] $'],
      // Session 37: no morals, honour or decency had, the negation the derogation's own and the clause ending there ("n'ont aucune
      // morale"; not "il n'y a pas d'honneur à frapper...", whose "y" stands between).
      [0.75, '(n|ne) (ont|a|avaient|avait|auront|aura) (aucun|aucune|pas de|pas d|plus de|plus d|jamais eu de|jamais eu d) (morale|honneur|decence|dignite|principes|scrupules) $'],
      // Session 39 (issue 17): set apart from "us", the clause ending there ("les X ne sont pas comme nous"; "comme nous le
      // pensions" goes on); made for a chore, in the singular of a saying ("une femme, c'est fait pour le ménage").
      [0.75, '(ne|n) (sont|est|seront|sera) (pas|jamais|vraiment pas) [des gens|des personnes|des etres] comme nous $|(c est|ce sont) (fait|faite|faits|faites) (pour|que pour) [faire] (la cuisine|le menage|la vaisselle|le repassage|obeir|servir|les enfants|des enfants)'],
      // Session 39, tolerance as the writer's verb ("je les tolère du moment qu'...") and staying on a condition not to do ("peuvent
      // rester à condition de ne pas..."); thanks owed for being taken in, or owed instead of complaints.
      // The condition's own negation is part of it ("tant qu'ils ne s'affichent pas"), not a denial of what is said.
      [0.75, '(ca va|ok|okay|acceptables|toleres|tolerees|rien contre|pas de probleme|aucun probleme|pas de souci|me derangent pas|tolere|tolerons|supporte|accepte|acceptons) .. (du moment qu|du moment que|tant qu|tant que|a condition qu|a condition que|pourvu qu|pourvu que) [ils|elles|il|elle|on] (ne|n) _ [_] (pas|plus|jamais)|(peuvent|peut|pourront) (rester|venir|vivre ici|entrer) (a condition de|a condition d) (ne|n) (pas|plus|jamais)'],
      [0.75, '(devraient|doivent) [deja|bien|tous|toutes|quand meme] (etre reconnaissants|etre reconnaissantes|nous remercier|dire merci) (qu on|que l on|que nous|de|d) .. (accueille|accueillis|accueillies|accueillons|accueillir|heberge|hebergeons|nourrit|nourrissons|garde|gardons|tolere|toleres|tolerons|aide|aidons)|(nous remercier|dire merci|etre reconnaissants) (au lieu de) (se plaindre|rouspeter|reclamer|critiquer|pleurnicher)'],
      // Session 39, a stereotype told as what a group is about ("c'est toujours une histoire d'argent avec eux", "c'est bien un truc de X").
      [0.75, '(toujours|encore) une (histoire|question) (d argent|de fric|de pognon)|(c est bien|ca c est bien|c est encore|c est toujours) (un truc|une histoire|un coup) (de|d)'],
    ],
    violence: [
      // Told to die, the group called after it ("crevez, les X", "verreckt, ihr X"): the plural imperative of a verb of dying.
      [0.8, '(crevez|allez crever|allez mourir|mourez)'],
      // Session 39 (issue 17): told to vanish, die or leave after a modal or in the wish's subjunctive, with no group word of its own:
      // the group named in the sentence before, taken up by the floating "all" or the verb ("Des X à la gare. Ils devraient tous partir.").
      [0.75, '(devraient|devrait|doivent|doit) [tous|toutes] (degager|disparaitre|crever|partir|se casser|foutre le camp|rentrer chez eux|retourner chez eux) [tous|toutes|d ici|de france|d europe] $'],
      // A killing wished or called good, done by someone, the state or an impersonal subject, in the finite verb a wish or an
      // 'it would be good if' takes (future, subjunctive, present): of a group it is a call; of a pest or a monster, no group is named.
      [0.8, '(j espere|on espere|esperons|pourvu|vivement|si seulement|je souhaite|j aimerais|je voudrais|ce serait bien|ce serait mieux|ce serait bon|ca serait bien|il serait bon|il vaudrait mieux) (que|qu|si) (quelqu un|on|un jour quelqu un|la police|l etat|l armee) .. (tuera|tueront|tue|tuait|butera|bute|butait|abattra|abatte|abattait|brulera|brule|brulait|pendra|pende|pendait|fusillera|fusille|fusillait|flinguera|flingue|flinguait|egorgera|egorge|egorgeait|exterminera|extermine|exterminait|eliminera|elimine|eliminait|massacrera|massacre|massacrait|gazera|gaze|gazait|lynchera|lynche|lynchait|descendra|descende|descendait|tirera sur|tire sur|tirait sur)'],
      [0.8, '(tuer|tuons|tuez|tuerai|tuerons|exterminer*|extermination|extermin*|eradiqu*|eliminer|eliminons|deport*|expuls*|pendre|pendons|pendez|fusill*|abattre|abattons|bruler|brulons|noyer|noyons|gazer|gazons|lynch*|violer|nous debarrasser|se debarrasser|debarrassons|debarrassez|en finir avec|virer|virons|interdire|interdisons|aneantir|massacr*|attaquer|attaquerons|buter|butons|crever)'],
      [0.75, '(dehors|hors de) [de] (france|notre pays|chez nous|europe)|(qu ils|qu elles) (retournent|rentrent) (chez eux|chez elles|dans leur pays|en afrique|au bled|d ou ils viennent)|(rentrez|retournez) chez vous'],
      // Session 34: told to clear off ("dehors les X !" is a derogation, above).
      [0.75, '(devraient|faut qu ils|faudrait qu ils|qu ils) (degager|degagent|se casser|se cassent|foutre le camp|foutent le camp)'],
      // Session 29: killing and throats cut wished ("j'aimerais que tous les X soient abattus", "si seulement les X avaient la
      // gorge tranchée"), not deplored ("il est inacceptable que des X soient tués") nor reported ("retrouvé la gorge tranchée").
      [0.8, '(j aimerais|je voudrais|je veux|on veut|je souhaite|j espere|vivement|pourvu) (que|qu) .. (soient|soit) .. (abattus|abattues|tues|tuees|fusilles|fusillees|pendus|pendues|extermines|exterminees|gazes|gazees|massacres|massacrees)|(si seulement|pourvu que|j aimerais que|je voudrais que) ... (gorge|gorges) (tranchee|tranchees)'],
      // Dying is wished in the subjunctive after "que" ("que les X crèvent") or told to them ("attendez-vous à mourir, les X");
      // the bare present reports ("les migrants meurent en mer").
      [0.8, '(assassiner|assassinons|massacrer|elimines|eliminees|executer|executes|executons|fusilles|pendus|brules|enfermer|enfermons|enfermes|steriliser*|castrer|tabasser*|lapider*|torturer*|mort aux|en debarrasser)|(que|qu) .. (crevent|meurent)|(laissez|laissons) .. (mourir|crever)|(attendez vous a|preparez vous a|vous allez [tous|toutes]|vous meritez de) (mourir|crever) $'],
      [0.8, '(je vais|on va|nous allons|j vais) (tuer|abattre|buter|fusiller|tirer sur|tirer une balle|poignarder|bruler|pendre|violer|frapper|tabasser|attaquer|eliminer|exterminer|eradiquer|massacrer|egorger|decapiter|gazer|lyncher|noyer)|(tuerai|tuerons|abattrai|abattrons|buterai|buterons|brulerai|brulerons|pendrai|pendrons|violerai|attaquerai|attaquerons|continuerons a attaquer|eliminerai|eliminerons|exterminerai|exterminerons|eradiquerai|eradiquerons|massacrerai|massacrerons|egorgerai|egorgerons)'],
      [0.8, '(devraient|doivent|meritent|faut qu ils soient|faudrait qu ils soient) [tous|toutes] (etre) (tues|tuees|abattus|abattues|elimines|eliminees|extermines|exterminees|executes|executees|pendus|pendues|fusilles|fusillees|brules|brulees|gazes|gazees|deportes|deportees|expulses|expulsees|enfermes|enfermees|eradiques|eradiquees|castres|steriles|sterilises|sterilisees)|(meritent|devraient|doivent) (mourir|crever|souffrir|la mort)|(il faut|il faudrait|on doit|on devrait|nous devons|nous devrions) [simplement|tous] (les) (tuer|eliminer|exterminer|eradiquer|deporter|expulser|bruler|pendre|fusiller|enfermer|abattre|gazer)'],
      [0.8, '(je veux|on veut|nous voulons|j aimerais|je voudrais) (tuer|abattre|buter|exterminer|eliminer|bruler|pendre|poignarder|frapper|violer|gazer)|jusqu a ce qu (ils|elles) (soient|crevent|meurent|disparaissent|partent)|(quelqu un|on) (devrait|doit) (les) (tuer|abattre|buter|bruler|pendre|eliminer|exterminer)|(tuons|brulons|pendons|eliminons|exterminons|attaquons|chassons|virons|abattons|gazons) (les|tous|toutes|ces)'],
      [0.8, '(devraient|doivent|devons|meritent|faut qu ils soient|faudrait qu ils soient) .. (etre|soient|fussent) .. (assassines|assassinees|gazes|gazees|tortures|torturees|punis|punies|tabasses|tabassees|aneantis|aneanties|emprisonnes|emprisonnees|sterilises|sterilisees|castres|castrees|poignardes|poignardees|noyes|noyees|egorges|egorgees|decapites|decapitees|detruits|detruites|ecrases|ecrasees|abattus|abattues|chasses|chassees|lapides|lapidees|violes|violees|empoisonnes|empoisonnees|enterres|enterrees|tues|tuees|battus|battues|frappes|frappees|extermines|exterminees|elimines|eliminees|brules|brulees|lynches|lynchees|pendus|pendues|fusilles|fusillees|massacres|massacrees|eradiques|eradiquees|deportes|deportees|expulses|expulsees)'],
      [0.8, '(je vais|on va|nous allons|j vais|je veux|on veut|nous voulons|il faut|il faudrait|on doit|on devrait|nous devons) .. (exterminer|gazer|tabasser|massacrer|aneantir|noyer|detruire|ecraser|chasser|violer|empoisonner|enterrer|frapper|battre|blesser|faire du mal|crever|defoncer|eliminer|torturer|egorger|lapider|tuer|bruler|pendre|fusiller|abattre|poignarder|lyncher)|(torturons|egorgeons|detruisons|ecrasons|brulez|virez|degageons|tuez|exterminez|massacrez|noyez|pendez|gazez|fusillez|lynchez|torturez|chassez|chassons|eliminez)|(executerai|executerons|gazerai|gazerons|poignarderai|poignarderons|noierai|noierons|detruirai|detruirons|ecraserai|ecraserons|chasserai|chasserons|frapperai|frapperons|tabasserai|tabasserons|torturerai|torturerons|lyncherai|lyncherons|fusillerai|fusillerons)'],
      [0.8, '(mieux|meilleur) (sans|morts|mortes)|(une|la|leur|des|la) (balle|balle dans la tete|tombe|fosse|chambre a gaz|chambres a gaz|camp de concentration|camps de concentration|potence)|(effacer|effaces|effacees|rayer|rayes|rayees) de la (surface|face) de la terre'],
      [0.8, '(les voir|voir) .. (morts|mortes|crever)|(les faire|ferai|ferons) .. (souffrir|payer)|(vont|allez) (souffrir|payer|crever)|(trancher|couper|egorger) .. (gorge|gorges)'],
      // Violence after a modal, a wish or a plan ("je vais les", "j'irai", "il faut tous les", "j'aimerais"), every verb of it.
      // Session 38: impatience ("j'ai hâte de"), attacking and hunting them, seeing them suffer.
      [0.8, '(je vais|j vais|j irai|on va|on ira|nous allons|nous irons|je veux|on veut|nous voulons|je voudrais|j aimerais|nous aimerions|il faut|il faudrait|faut|on doit|on devrait|nous devons|nous devrions|je compte|j ai envie de|j ai hate de|je reve de|il est temps de|il est grand temps de|il serait temps de|ce serait bien de|ce serait mieux de|mieux vaudrait|mieux vaut|on ferait mieux de|je vais aller|je pourrais|on pourrait|quelqu un devrait|quelqu un doit|quelqu un devra|quelqu un pourrait|quelqu un va) .. (tirer dessus|casser les jambes|casser les os|briser les jambes|briser les os|casser les dents|rouer de coups|passer a tabac|ecrabouiller|renverser avec ma voiture|foncer dans le tas|bombarder|frapper|cogner|descendre|flinguer|degommer|zigouiller|trucider|liquider|supprimer|mutiler|etrangler|decapiter|saigner|eventrer|achever|castrer|steriliser|faire sauter|faire la peau|casser la gueule|faire souffrir|faire payer|bruler vifs|bruler vives|immoler|empoisonner|lapider|poignarder|assassiner|egorger|massacrer|tuer|exterminer|eradiquer|eliminer|abattre|buter|pendre|fusiller|gazer|noyer|bruler|cramer|lyncher|violer|torturer|tabasser|defoncer|aneantir|crever|debarrasser|ecraser|chasser|rayer de la carte|faire disparaitre|renvoyer|expulser|deporter|virer|foutre dehors|mettre dehors|agresser|m en prendre|nous en prendre|s en prendre|faire la chasse|traquer|pourrir la vie|voir souffrir|voir crever|voir mourir)'],
      // Sending away or locking up is said of one person too ("il faudrait le bannir" for a post): of a group, plural.
      [0.8, '(je vais|on va|nous allons|je veux|on veut|nous voulons|il faut|il faudrait|faut|on doit|on devrait|nous devons|nous devrions) [tous|toutes] (les|leur) (enfermer|emprisonner|deporter|expulser|renvoyer|bannir|virer|degager|foutre dehors|jeter dehors|mettre dehors|chasser)|(enfermer|emprisonner|deporter|expulser|renvoyer|bannir|virer|foutre dehors|jeter dehors|mettre dehors|chasser) (tous les|toutes les|tous ces|toutes ces)'],
      // The future, first and third person, and "they will pay / die".
      [0.8, '(tuerai|tuerons|tueront|massacrerai|massacrerons|massacreront|assassinerai|assassinerons|egorgerai|egorgerons|etranglerai|etranglerons|decapiterai|decapiterons|poignarderai|poignarderons|lapiderai|lapiderons|lyncherai|lyncherons|pendrai|pendrons|fusillerai|fusillerons|gazerai|gazerons|noierai|noierons|brulerai|brulerons|violerai|violerons|torturerai|torturerons|tabasserai|tabasserons|frapperai|frapperons|defoncerai|defoncerons|buterai|buterons|flinguerai|flinguerons|liquiderai|liquiderons|aneantirai|aneantirons|exterminerai|exterminerons|eradiquerai|eradiquerons|eliminerai|eliminerons|abattrai|abattrons|ecraserai|ecraserons|expulserai|expulserons|deporterai|deporterons|chasserai|chasserons|virerai|virerons|creveront|mourront|paieront|souffriront|brulerez|creverez|mourrez)'],
      // Imperatives and the subjunctive of a wish ("qu'ils crèvent"), and "il faut que je ...".
      [0.8, '(tuez|massacrez|massacrons|butez|flinguez|flinguons|brulons|exterminez|eradiquez|eradiquons|frappez|frappons|tabassez|tabassons|cognez|defoncez|expulsez|expulsons|deportez|deportons|renvoyez|renvoyons|virez|degagez|abattez|liquidez|liquidons|enfermez|enfermons|egorgez|poignardez|lapidez|lapidons|torturez|castrez|castrons|sterilisez|sterilisons)|(qu ils|qu elles) (crevent|meurent|brulent|pourrissent|disparaissent|degagent|se noient|aillent au diable|aillent en enfer|soient tues|soient tuees|soient extermines|soient exterminees|soient pendus|soient gazes|soient brules|soient elimines|soient abattus)|(il faut|il faudra|il va falloir|il faudrait|je dois|j ai besoin) (que) (je|j|on|nous) .. (viole|tue|tabasse|poignarde|egorge|massacre|frappe|pende|fusille|abatte|flingue|elimine|extermine|violions|tuions|massacrions|eliminions)'],
      // Deserving death or violence; "to the gallows".
      [0.8, '(meritent|meriteraient|merite|meriterait|meritez) (de mourir|de crever|de souffrir|d etre tues|d etre tuees|d etre abattus|d etre pendus|d etre brules|d etre gazes|d etre extermines|d etre elimines|d etre fusilles|d etre battus|d etre frappes|d etre tortures|d etre violes|d etre massacres|la mort|la peine de mort|une balle|la corde|le bucher|la potence|la chaise electrique)|(a la potence|au bucher|au poteau|a la chambre a gaz|aux chambres a gaz|au goulag)'],
      [0.8, '(devraient|doivent|faudrait|faut|meritent|devrait|doit|merite|devront) .. (etre|soient) .. (supprimes|supprimees|liquides|liquidees|mutiles|mutilees|etrangles|etranglees|bombardes|bombardees|renvoyes|renvoyees|bannis|bannies|vires|virees|crames|cramees|immoles|immolees|acheves|achevees|flingues|flinguees|butes|butees|saignes|saignees|eventres|eventrees|parques|parquees|mis a mort|mises a mort|mis en cage|mises en cage|mis dehors|mises dehors|rayes de la carte|effaces de la carte|chasses du pays|renvoyes chez eux)'],
      [0.8, '(mort a|a mort) (tous|toutes|ces|les)'],
      // Session 14, by class: beheading, strangling, stabbing, shooting, lynching, bombing, poisoning, burying, bones
      // broken, in the imperative the lists lacked ("décapitons les X"; not "battez" or "violons", eggs and violins).
      [0.8, '(decapitons|decapitez|etranglons|etranglez|poignardons|fusillons|lynchons|bombardons|bombardez|mutilons|mutilez|empoisonnons|empoisonnez|ecrabouillons|ecrabouillez|cramons|cramez) (les|tous|toutes|ces|chaque|leurs)|(casserai|casserons|briserai|briserons|peterai|peterons) (les jambes|les os|les dents|les genoux|le cou|la nuque|les cotes)'],
      // Session 14, by class: "the only good X is a dead X", before a firing squad, "let someone kill them".
      [0.8, '(le seul bon|la seule bonne|les seuls bons|les seules bonnes) .. (est|sont) .. (mort|morte|morts|mortes)|(aligner|alignons|alignez|les aligner|mettre|les mettre) .. devant un peloton|(que quelqu un|si seulement quelqu un) (tue|bute|abatte|brule|pende|fusille|flingue|egorge|extermine|elimine)'],
      // Violence called normal or fine ("c'est normal de frapper les X"), and victims said to have asked for it.
      [0.8, '(c est|ce serait|ca serait|il est|il serait|c etait) [tout a fait|parfaitement|totalement] (normal|bien|ok|permis|legitime|juste|acceptable|bon|mieux|un devoir|un plaisir|marrant|drole|amusant|justifie) (de|d) .. (frapper|tabasser|tuer|battre|cogner|taper|agresser|violer|bruler|lyncher|abattre|buter|massacrer|exterminer|pendre|tirer sur|lapider|torturer|humilier|cracher sur|egorger|gazer|eliminer|casser la gueule)'],
      [0.8, '(frapper|tabasser|tuer|battre|cogner|taper|agresser|violer|bruler|lyncher|abattre|buter|massacrer|exterminer|pendre|tirer sur|lapider|torturer|egorger|gazer|eliminer) ... (c est|est|reste|serait|ce serait) [tout a fait|parfaitement] (normal|permis|legitime|justifie|acceptable|un devoir|un plaisir|marrant|drole|amusant|la bonne solution|la solution|rendre service|un service a rendre|un bienfait|une bonne action)'],
      [0.8, '(l ont|l avaient|l auront|l ont toujours|l ont vraiment|l avaient vraiment) [bien|toujours|vraiment] (cherche|merite|cherchee|meritee)|(ils|elles) (le meritent|le meritaient|l ont merite|l ont cherche|l ont bien cherche|n ont que ce qu ils meritent|n ont que ce qu elles meritent)|(ca|cela) (leur pend au nez|leur apprendra)|(meritent|meritaient|meritez|merite) [bien] (ce qui leur arrive|ce qui leur est arrive|ce qui leur arrivera|ce qui vous arrive|ce qu on leur fait|tout ce qui leur arrive)|bien fait pour (eux|elles|vous)'],
      // Settling scores and the future of shooting ("je vais régler leur compte aux X", "je tirerai sur le prochain X").
      [0.8, '(regler|reglerai|reglerons|vais regler|allons regler|va regler) (leur|son|sa|ton|votre|vos) (compte|sort)|(tirerai|tirerons|tireront) (sur|dans)|(descendrai|descendrons|flinguerai|flinguerons|cognerai|cognerons) (les|le|la|tous|toutes|chaque|ces|ce|cette|le prochain|la prochaine)'],
      // A wish that they were gone ("ne serait-il pas mieux que tous les X disparaissent ?").
      [0.8, '(mieux|meilleur|meilleure|bien|bon|ideal|reve|genial|super|formidable|chouette|top|cool) .. (si|que|quand) ... (disparaissaient|disparaissent|disparaitraient|disparaitront|mouraient|meurent|mourraient|crevaient|crevent|creveraient|n existaient pas|n existaient plus|n existent plus|etaient morts|etaient mortes|etaient tous morts|etaient toutes mortes|etaient extermines|etaient exterminees|etaient elimines|etaient eliminees)'],
      // The participle in the singular too: a group said of one of its members, and plural agreement forgotten ("les X devraient être tué").
      [0.8, '(devraient|doivent|devrait|doit|meritent|merite|faut|faudrait|devront|devra) .. (etre|soient|soit) .. (tue|tuee|abattu|abattue|elimine|eliminee|extermine|exterminee|execute|executee|pendu|pendue|fusille|fusillee|brule|brulee|gaze|gazee|deporte|deportee|expulse|expulsee|enferme|enfermee|massacre|massacree|torture|torturee|lynche|lynchee|battu|battue|frappe|frappee|viole|violee|egorge|egorgee|noye|noyee|detruit|detruite|ecrase|ecrasee|lapide|lapidee|poignarde|poignardee|puni|punie|emprisonne|emprisonnee|sterilise|sterilisee|castre|castree|assassine|assassinee|aneanti|aneantie|supprime|supprimee|banni|bannie|eradique|eradiquee|tabasse|tabassee|decapite|decapitee)'],
      // Making sure they suffer or die, and their death foretold ("je ferai en sorte que chaque X souffre", "bientôt tous les X seront morts").
      [0.8, '(je ferai|je vais faire|on fera|on va faire|nous ferons|je veillerai|on veillera|nous veillerons|je vais veiller|je m assurerai|je vais m assurer|on s assurera) (en sorte|a ce) (que|qu) ... (souffre|souffrent|meure|meurent|creve|crevent|disparaisse|disparaissent|paie|paient|paye|payent|brule|brulent|pourrisse|pourrissent|saigne|saignent|soit tue|soit tuee|soient tues|soient tuees|soit mort|soient morts|soient mortes)'],
      [0.8, '(bientot|un jour|tres bientot|tot ou tard|d ici peu|prochainement|demain|sous peu) ... (seront|serez|sera|vont etre|allez etre|va etre) [tous|toutes] (morts|mortes|mort|morte|extermines|exterminees|elimines|eliminees|enterres|enterrees|six pieds sous terre)|(seront|serez|vont etre|allez etre|vont finir) [bientot|tres bientot|un jour|demain|sous peu] (tous|toutes) (morts|mortes|enterres|enterrees|six pieds sous terre)'],
      // Session 6: what the modal lists lacked (shooting at, setting on fire, putting down), paying for it, and impatience to kill.
      [0.8, '(je vais|j vais|on va|nous allons|je veux|on veut|il faut|il faudrait|faut|on doit|on devrait|nous devons|nous devrions|j ai hate de|je ne peux pas attendre de|je meurs d envie de|vivement que je puisse) .. (tirer sur|mettre le feu|foutre le feu|euthanasier|ecraser|rouler sur|faire exploser|poignarder|assassiner)|(euthanasies|euthanasiees|euthanasie|euthanasiee)|(vous allez|vous allez tous|vous allez toutes|ils vont|elles vont|vous le|vous la) .. (le payer|payer cher|y passer|le regretter amerement|pourrir en enfer|bruler en enfer)'],
      // Threats in the future passive and of hunting them down ("tous les X seront tués", "on va vous trouver").
      [0.8, '(seront|serez|vont etre|allez etre) [tous|toutes] (tues|tuees|violes|violees|massacres|massacrees|abattus|abattues|pendus|pendues|brules|brulees|gazes|gazees|extermines|exterminees|elimines|eliminees|egorges|egorgees|fusilles|fusillees|lynches|lynchees|poignardes|poignardees)|(on va|je vais|nous allons) (vous|les) (trouver|retrouver|traquer|choper|faire la peau)'],
      // Session 8: death wished in so many words ("je souhaite la mort des X").
      [0.8, '(je|nous|on) (souhaite|souhaitons|souhaiterais|souhaiterions|prie pour) [vraiment|sincerement] la mort (de|des|d|du)'],
      // Session 39 (issue 17): their death wished with the possessive that takes them up ("Je souhaite leur mort.").
      [0.8, '(je|nous|on) (souhaite|souhaitons|souhaiterais|souhaiterions|veux|voulons|prie pour) [vraiment|sincerement] leur (mort|disparition|extermination)'],
      // Session 15, by construction: an impersonal wish ("qu'on les noie tous"), a first-person present of violence with its
      // object pronoun ("si j'en vois un, je le frappe"), thrown into the sea, deserving a beating, blows to the head, a knife.
      [0.8, '(qu on|que l on) [les|la|le] (tue|noie|pende|brule|gaze|fusille|bute|abatte|extermine|elimine|massacre|egorge|lapide|lynche|flingue|castre|sterilise|crame)|(je|j|on) (les|la|le|l) (frappe|frapperai|tue|bute|descends|defonce|egorge|cogne|massacre|flingue|crame|tabasse|etrangle|poignarde|lynche|noie|ecrase|explose|demolis|butte)|(jetes|jetees|balances|balancees|noyes|noyees) (a la mer|a l eau|dans la mer|par dessus bord|aux requins|aux lions|aux chiens|dans le fleuve|dans la seine)|(meritent|meriteraient|merite|meriterait) (des coups|une raclee|une bonne raclee|une correction|une bonne correction|des baffes|des gifles|des claques|une bonne volee|qu on les frappe|qu on les tue|qu on les batte)|(eclater|exploser|defoncer|fracasser|casser|ouvrir|fendre) (la tete|le crane|la gueule|les dents)|(planter|enfoncer|donner|filer) (un couteau|mon couteau|un coup de couteau|des coups de couteau)'],
      // Session 17, by construction class: the first person present with its object ("je brûle les X"; not "on", which
      // reports: "on tue les X là-bas"); the impersonal subjunctive of beating, poisoning, stabbing ("qu'on frappe les
      // X"; not locking up or sending away, which counter-speech denounces: "il est scandaleux qu'on enferme les X");
      // made to disappear, the group the verb's own object closing the clause ("faites disparaître les X.", not "...les
      // préjugés contre les X"); said to be better dead ("devraient être morts"); the conditional of the first person
      // ("si je pouvais, je tuerais tous les X").
      [0.8, '(je|j|nous) (brule|brulons|tue|tuons|pends|pendons|gaze|gazons|fusille|fusillons|bute|butons|egorge|egorgeons|extermine|exterminons|massacre|massacrons) (les|tous les|toutes les|ces|chaque)|(qu on|que l on) [les|la|le] (frappe|tabasse|batte|empoisonne|etrangle|poignarde|decapite|torture|viole|fasse disparaitre)|(faire|faites|faisons|fassent|fasse|ferai|ferons) disparaitre (les|tous les|toutes les|ces) _ $|les faire disparaitre|(devraient|doivent|devraient tous|devraient toutes|doivent tous|meriteraient d) [tous|toutes] etre [tous|toutes] (morts|mortes|six pieds sous terre)|(tuerais|tuerions|massacrerais|massacrerions|buterais|buterions|brulerais|brulerions|pendrais|pendrions|gazerais|gazerions|fusillerais|fusillerions|exterminerais|exterminerions|egorgerais|egorgerions|abattrais|abattrions|flinguerais|flinguerions|tabasserais|tabasserions|lyncherais|noierais|etranglerais) (tous|toutes|les|ces|chaque|un|une|le premier|la premiere)'],
      // Session 27 (see the derogation): necks broken; "what if we ...", the imperfect of a proposal; death or expulsion
      // the only solution; better off were they wiped out; hoping someone ends them.
      [0.8, '(briser|casser|rompre|tordre|brisent|cassent|brisera|cassera|briserai|casserai) (la nuque|le cou|les cous|les nuques)'],
      [0.8, '(et si|si) (on|nous) (egorgeait|tuait|massacrait|brulait|pendait|exterminait|eliminait|abattait|gazait|lynchait|noyait|fusillait|butait|tabassait|virait|chassait|expulsait|deportait|decapitait|etranglait|lapidait|egorgions|tuions|massacrions|brulions|pendions|exterminions|eliminions|abattions|gazions|lynchions|noyions|fusillions|chassions|expulsions|deportions)'],
      [0.8, '(l execution|l extermination|l elimination|la mort|la peine de mort|l eradication|la deportation|l expulsion|la chambre a gaz|les chambres a gaz|le bucher|une balle|la potence|le genocide|la pendaison) (est|serait|reste|c est|demeure) (la seule|l unique|la meilleure|la vraie|la derniere) (solution|option|reponse|issue|voie)'],
      [0.8, '(mieux|meilleur|meilleure|bien mieux) .. (si|que|quand) ... (etaient|seraient|soient|etait|etaient tous|etaient toutes) .. (eradiques|eradiquees|aneantis|aneanties|rayes de la carte|supprimes|supprimees|gazes|gazees|pendus|pendues|brules|brulees|tues|tuees|abattus|abattues|massacres|massacrees|deportes|deportees|expulses|expulsees|chasses|chassees|egorges|egorgees|fusilles|fusillees|lynches|lynchees|effaces|effacees)'],
      [0.8, '(espere|esperer|esperons|souhaite|souhaiter|souhaitons|pourvu|prions) (que|qu) (quelqu un|on|le gouvernement|l etat|dieu|la police|quelqu un de courageux) (en finisse|en finira|finisse|mette fin|se debarrasse|nous debarrasse|elimine|extermine|tue|bute|massacre|abatte|brule|pende|egorge)'],
    ],
    worth: ['(intelligent|intelligents|intelligente|intelligentes|malin|malins|maligne|malignes|capable|capables|precieux|precieuse|precieuses|digne|dignes|humain|humains|humaine|humaines|etres humains|egaux|egal|egale|egales|bienvenu|bienvenus|bienvenue|bienvenues|vivre|vivent|vie|vies|exister|existent|survivre|respect|respecter|droits|place|espace|confiance|bons|bonnes|normaux|normales|utiles|permis|autorises|autorisees|voter|embaucher|epouser|(meritent|merite) (de vivre|d exister|le respect|respect|des droits|d etre heureux|d etre heureuses|notre respect|la confiance|l amour|la dignite|rien)|citoyens|appartiennent|faire partie|dignes de confiance|valeur|importance|(avoir|aient|ait) le droit|gens bien|de bonnes personnes|acceptes|acceptees|au pouvoir)', '(fiables|fiable|honnete|honnetes|competent|competents|competentes|doues|douees|servent|valent|vaut|comptent|respectables|necessaires|souhaitables|frequentables|utilite|talent|talents)',
      // Session 39: belonging as a true one of the people ("un X ne sera jamais un vrai Français"), thinking denied a whole group.
      '(vrai|vraie|vrais|vraies) (francais|francaise|francaises|citoyen|citoyens|citoyenne|citoyennes|homme|hommes|femme|femmes)|(sait|savent) (penser|reflechir|raisonner)',
      // Session 37: working honestly or hard ("ne travaillent jamais honnêtement").
      '(travaillent|travaille|travailler|bossent|bosse|bosser) [jamais|pas|plus] (honnetement|dur|serieusement)',
      // Session 15: a good word in the singular (a group said of one of them), gratitude, being made to lead.
      // Session 35: worth the trouble ("rien fait de valable").
      '(utile|valable|valables|respectable|competente|doue|douee|reconnaissant|reconnaissants|reconnaissante|reconnaissantes|(faits|faites|fait|faite) pour (diriger|commander|gouverner|penser|reflechir|voter|la politique|le pouvoir|les sciences))',
      // Trust, respect and liking in every person (liking in the future: "je n'aime pas" is often the way X are treated), good in them, equals, children.
      // Session 38: accepting one and shaking hands, in the future and the conditional ("je n'accepterai jamais un X comme voisin").
      '((croyez|crois|croire|ecoutez|ecoute) .. (un seul mot|un mot|une seule parole|une parole)|(accepterai|accepterons|accepterais|accepterions|tolererai|tolererons|tolererais) [jamais|pas|plus|plus jamais] (un|une|des|les|d|de|aucun|aucune)|(serrerai|serrerais|serrerons|serrer) [jamais|pas|plus] la main|(fiez vous|fie toi|te fie|vous fiez|se fier|me fierai|me fierais)|(respecte|respectes|respectons|respectez|respectent|respecterai|respecterons|respecterais|respecte|respectee|respectes|respectees)|(aimerai|aimerons|aimerais|apprecierai|apprecierons|apprecierais)|a la hauteur|de bon|de positif|d utile|des gens comme nous|nos semblables|nos egaux|mon egal|mon egale|notre egal|avoir des enfants|avoir d enfants|pitie|compassion|sympathie)',
      // Session 21, by class: a right to be here or to live ("n'ont aucun droit d'être ici"; "pas le droit de conduire" is a
      // report of a law; session 23: deserving the vote is none), a mind ("n'ont pas grand-chose dans la tête").
      '(droit) (d etre|de rester|de vivre|d habiter|de venir|de s installer) (ici|chez nous|parmi nous|dans ce pays|dans notre pays|en france|en europe)|(droit) (d exister|de vivre)|(meritent|merite|meriteraient) [pas|jamais|point] (le droit de vote|le droit de voter|le droit d etudier|le droit de travailler)|(quelque chose|grand chose) dans (la tete|le crane|le cerveau|la cervelle|le ciboulot)',
      // Session 17, es's classes; leading only after a verb of ability or duty ("pas peur de diriger" denies fear).
      '((capacite|capacites) (de|a) (penser|raisonner|diriger|commander|gouverner|apprendre|decider|comprendre|travailler)|(capacite|capacites) (intellectuelle|intellectuelles|mentale|mentales)|nationalite|citoyennete|(vraies|veritables) (femmes|femme)|(vrais|veritables) (hommes|homme)|vraie femme|vrai homme|au serieux|adopter (des enfants|un enfant|d enfants)|adopter $|(elever|eduquer) (des|leurs|les|nos|d) enfants|enseigner (aux enfants|a nos enfants|a des enfants|dans les ecoles|dans nos ecoles|a l ecole)|louerais|louerai|louerions|louer (un|mon|notre|ma|des|d) (appartement|appart|logement|maison|chambre|studio)|me marierais|marierai|marierais|se marier|epouserais|epouserai|voterais|voterai|embaucherais|embaucherai|(savent|sait|peuvent|peut|devraient|doivent|doit|devrait|pourraient|capables de|capable de|aptes a) [pas|jamais|point] (gouverner|diriger|commander)|(etre|soient|sont|seront) (chef|chefs|patron|patrons|patronne|patronnes|a la tete)|(contribuent|contribuer|contribue) [pas|jamais|en rien|rien] (a la societe|a notre societe|au pays|a ce pays|a notre pays|a l economie)|gens decents|personnes decentes|gens honnetes|de bien|(bon|bonne) (citoyen|citoyenne|mere|pere|parent|voisin|voisine|employe|employee|collegue|ami|amie|professeur|medecin|chef|patron|patronne|epouse|mari|soldat|leader|dirigeant|dirigeante)|(evolues|evoluees|civilises)|(ami|amie|amis|amies) avec|(meritent|merite|meriteraient|meritaient|meritait) [aucun|aucune|jamais|plus|pas|point] (droit|droits|aide|effort|efforts|pitie|compassion|consideration|chance|notre aide|qu on fasse|qu on les aide|qu on les respecte|qu on s en occupe)|(vraie|vraies|vrais|veritable|veritables) (personne|personnes|gens|etres humains|humains|citoyens|citoyennes)|(valent|vaut|valaient|vaudront|valoir) (la peine|le coup|l effort|les efforts)|des notres|un des notres|une des notres|l un des notres|(feront|fera|font|fassent|feraient|fait) [pas|jamais|plus|point] partie (de|du) [la|notre|cette|ce|l] (societe|pays|nation|communaute|france|peuple|nous))'],
    // "n" is "ne" elided before a vowel ("n'aimerai jamais", "n'est pas"), as members write it.
    negation: ['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'nul', 'nulle', 'sans', '(il est|c est) (faux|un mensonge) (que|de dire que)',
      // Session 38: "zéro" before a noun, as members write it ("zéro respect pour les X", "zéro haine envers les X").
      'zero',
      // Session 35: a doubting question, "do you really think that...", as in Spanish.
      '(tu crois|tu penses|vous croyez|vous pensez|crois tu|penses tu|croyez vous|pensez vous) (vraiment|serieusement|sincerement) (que|qu)',
      // Denials without a negation word: "tout sauf intelligents", "loin d'être capables".
      'tout sauf', 'loin d etre',
      // Session 24: "nothing ... about them" ("n'ont rien de dangereux"), and refusing to believe what follows.
      'rien de', '(refuse|refusons|refusent|refuser|refuserai) (de|d) (croire|penser|admettre|accepter|entendre dire) (que|qu)',
      // Hardly: "à peine capables" denies as "not" does (not "guère", which a pattern reads in "guerre", war).
      'a peine'],
    mention: [
      // Session 37: a group treated as beasts in the past passive is a history of its mistreatment, not the writer's view.
      '(ont ete|etaient|furent|avaient ete) (traites|traitees) (comme|en)',
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(decrire|decrit|decrivait|decrivaient|depeindre|depeignait|depeignaient|representait|representaient|presentait|presentaient|entendait|entendaient|criaient|criait)',
      '(ton|ta|tes|votre|vos) [_] (haine|mepris|degout|aversion|repulsion|dedain)', '(appeler a|appellent a|reclamer|reclament|exiger|exigent|insulter|insultent|ca fait mal|(la|de la|cette) haine|arreter de|arrete de|arretez de|cesser de|cessez de|dire|dit|disent|dis|disant|dites|disait|traiter|traite|traitent|traites|appeler|appelle|appellent|ecrire|ecrit|ecrivent|affirmer|affirme|pretendre|pretend|contre|denonc*|condamn*|critiqu*|des choses comme|propos comme|ecrivait|publie|poste|postent|tweete|tweetent|crie|crient|declare|declarent|citer|citant|citation|pretendent|pretendait|affirment|affirmait|repete)', '(pour toi|a tes yeux|ton opinion|ton avis|votre opinion|votre avis|(pas vrai|faux) (que|qu|de dire))',
      // Session 34: hearing or reading it said, others thinking it, and spreading it ("entendu à l'école que...", "les gens
      // pensent encore que...", "répand que...").
      '(entendu|entendre|entends|entend|lu) .. (que|qu)',
      // Calling them so told in the past, by those who did ("des réfugiés que certains journaux traitaient de parasites").
      '(traitaient|traitait|appelaient|appelait|qualifiaient|qualifiait|surnommaient|surnommait)', '(pensent|pensait|pensaient|croient|croyaient) [encore|toujours|vraiment] (que|qu)', '(repand|repandent|repandre|propage|propagent|propager) (que|qu)',
      // Session 21: asking whether the one addressed really believes it ("tu penses vraiment que les X sont... ?"): incredulity.
      '(penses tu|pensez vous|crois tu|croyez vous|tu penses|vous pensez|tu crois|vous croyez) (vraiment|serieusement|sincerement) (que|qu)',
      // Session 19: a claim named as an idea, a myth or a cliché to be judged ("l'idée que les X sont inférieurs est un
      // mensonge"), statements quoted as such ("des phrases comme « ... »"), hearing or reading it said.
      '(l idee|le mythe|le stereotype|le prejuge|le cliche|la croyance|la these|la theorie|le mensonge|la rumeur|le discours) (que|qu|selon laquelle|selon lequel|voulant que)',
      '(phrases|messages|commentaires|propos|mots|slogans|insultes|remarques|tweets|posts) (comme|du genre|du type|de ce genre|de ce type)', '(entendre|entends|entendu|lire|lis|lu) (que|qu|dire)', '(pensent|croient|imaginent|trouvent|estiment|pensait|pensaient|croyait|croyaient) (que|qu)',
      // Session 30: the same asked with the subject after its verb ("pourquoi certains pensent-ils encore que ... ?").
      '(pensent|croient|imaginent) (ils|elles|t ils|t elles) [encore|toujours|vraiment|aujourd hui] (que|qu)', '(entendant|lisant|entendait|entendais) (que|qu|dire)', '(tu penses|vous pensez|ils pensent|tu crois|vous croyez|ils croient|publier|publies|publient|partages|partagent|repetes|repetent|repandre|repands|repandent|commentaire|commentaires|raciste|racistes|racisme|sexiste|sexistes|sexisme|homophob*|transphob*|xenophob*|discrimin*|intolerance|prejuge|prejuges|tes paroles|ta haine)',
      // Session 8: the people who say or think it, and being wrong ("les gens qui pensent que ... ont tort").
      '(ceux qui|celles qui|les gens qui|des gens qui|les personnes qui|quiconque) (pensent|pense|croient|croit|disent|ecrivent|affirment|pretendent|trouvent|traitent)|(ont|a|avez|as) tort|antisemit*|stereotype*|cliche|cliches',
      // Session 38: the writer taking back what they once thought ("je croyais que les X étaient..., j'avais tort").
      '(j avais|on avait|nous avions|j ai eu) tort|(je me|on se|nous nous) (trompais|trompait|trompions|suis trompe|suis trompee|est trompe|sommes trompes)|(j ai|on a|nous avons) change d avis',
      // Session 15: what one hears said ("je refuse d'entendre que..."), and persecution reported in the past
      // ("ont été exterminés pendant la Shoah").
      '(entendre|entends|entend|entendu) (que|qu|dire)|(ont|a|avaient|avait|furent|fut) ete (extermines|exterminees|massacres|massacrees|tues|tuees|gazes|gazees|deportes|deportees|assassines|assassinees|persecutes|persecutees|lynches|lynchees|fusilles|fusillees|victimes)'],
    // Session 15: not a bare "sont", which a later sentence's own subject takes ("Les agresseurs sont des ordures."); the
    // verbless "Tous des voleurs.", "Que des parasites." carries the group on.
    they: ['(ils|elles|leur|leurs|eux|vous|vos|votre|tu|t es)', '(tous|toutes) (des|de|d|pareils|pareilles|les memes)',
      // Session 39 (issue 17): the floating "all" closing the clause takes up the group named before ("Qu'ils dégagent tous.").
      '(tous|toutes) $',
      // Session 32: all or each of them as the subject ("Tous sont des rats.", "Chacun d'eux est...").
      '(tous|toutes) (sont|etaient|seront|restent)', '(chacun|chacune) d (eux|elles)', '(que|rien que) des', '(je|j|on|nous) [ne|n] les', 'ce sont',
      // Session 38: "nothing but" as the copula ("Ils sont stupides. Ce ne sont que des X après tout."): "que des" alone
      // is not read before a colour word, whose group opens on its article.
      'ce (ne|n) (sont|etaient|seront) (que|qu)',
      // Session 35: the spoken plural "c'est des" ("Des X ont emménagé à côté. C'est des pervers.").
      'c est des',
      // Session 37: the group named after what is said of "them", as whom the writer means ("Je les hais. Je parle des X.").
      '(je parle de|je parle des|je parle bien des|je veux dire|je pense aux)',
      // The group as an object after a modal ("il faudrait les exterminer"), and "that kind of people".
      '(faudrait|faut|devrait|devrions|doit|dois|devons|vais|va|allons|veux|voulons|pourrait|aimerais) [tous|toutes|simplement|juste|bien] les', '(ce genre de personnes|ce genre de gens|ces gens|ces gens la|des gens comme ca|ces personnes|cette engeance|cette race|ce peuple|ces individus)',
      // Session 39 (issue 17): a demonstrative with a collective insult as the subject ("Des X à la gare. Cette racaille devrait
      // dégager."); a plural one only as the subject of its verb, for set off by commas it as often names others beside them ("Ce sont
      // les passeurs, ces ordures, qui les exploitent").
      'cette (racaille|vermine|raclure)', 'ces (racailles|vermines|raclures|parasites|ordures|sauvages|cafards) (devraient|doivent|devront|vont|sont|ne sont|n ont|meritent)',
      // What their presence does to the speaker ("Ça me dégoûte."), and a wish said of them ("Qu'ils crèvent.").
      '(ca|cela) (me|nous|m)', '(qu ils|qu elles)',
      // Session 39 (issue 17): "none" with the partitive "en" taking them up ("je n'en supporte aucun").
      '(n en|ne en) .. (aucun|aucune)',
      // Session 8: the group exclaimed as a pack ("Quelle bande d'idiots.").
      '(quel|quelle|quels|quelles) (bande|tas|ramassis|troupeau)'],
    self: ['((je suis|nous sommes|en tant que|comme) [un|une])'],
  },
  de: {
    group: [
      'lgbt*',
      '(frau|frauen|weiber|weib|tussis|tussen)', '(einwanderer|einwanderern|einwanderin|einwanderinnen|migrant|migranten|migrantin|migrantinnen|fluchtling|fluchtlinge|fluchtlingen|fluchtlings|auslander|auslandern|auslanders|auslanderin|auslanderinnen|asylant|asylanten|einwanderers|asylbewerber|asylbewerbern|asylbewerbers)',
      '(muslim|muslime|muslimen|muslims|muslima|muslimas|muslimin|musliminnen|moslem|moslems|islamist|islamisten|kanake|kanaken)', '(jude|juden|judin|judinnen|jud)',
      '(schwarze|schwarzen|schwarzer|schwarzen menschen|schwarze menschen|neger)',
      '(schwule|schwulen|schwuler|homosexuelle|homosexuellen|homo|homos|lesbe|lesben|bisexuelle|trans|transmensch|transmenschen|transfrau|transfrauen|transleute|transsexuelle|transsexuellen|schwuchtel|schwuchteln|tunte|tunten)',
      '(behinderte|behinderten|behinderter|spasti|spastis|mongo|mongos|krupel)',
      '(indigene|indigenen|ureinwohner|zigeuner|zigeunerin|zigeunerinnen|sinti|roma|asiate|asiaten|asiatin)',
      // Nationalities and peoples (nationalities.ts), session 23.
      ...nationalities('de'),
    ],
    derogation: [
      // Session 37 (issue 17), tropes said of a whole group: always playing the victim, pulling the strings of the media and
      // the banks, a threat to the speaker's culture (Polish). Victims of a crime and a company that owns newspapers name no group.
      [0.75, '(spielen|spielt) [immer|standig|gern|gerne|nur] (das opfer|die opfer|die opferrolle)|(ziehen|spielen) [immer|gern] die opferkarte'],
      // Session 37 (issue 17), as Polish has it: a group said unable to do what anyone can (drive, think, count, behave), and
      // here only for the money. Permission or a past ban ("durften nicht fahren") and a writer's own job are not read.
      [0.75, '(konnen|konnten) [ja|halt|einfach|eben] (nicht|kein|keine) [mal|einmal|richtig] (denken|rechnen|auto fahren|autofahren|einparken|regieren|sich benehmen|sich waschen|logisch denken)|(nur|bloss) wegen [des|dem|unseres|unserem|der] (geldes|geld|sozialhilfe|sozialleistungen|stutze|burgergelds|burgergeld)'],
      // Session 37, a group called children to be told what to do (issue 17): grown people as infants. Pets and
      // grandparents "like children" name no group.
      [0.75, '(sind|seid) [halt|einfach|eben|doch] (wie|genau wie) [kleine] (kinder|kleinkinder)'],
      // Session 37, told to be grateful to be let in (issue 17): their being here the speaker's favour.
      [0.75, 'dankbar [sein|sind] (dass|das) (wir|man) (sie|euch|die) .. (reinlassen|hereinlassen|reingelassen|hereingelassen|aufnehmen|aufgenommen|dulden|ertragen|hierlassen)'],
      // Session 37, a trait said to mark any member: one can always tell where one of them has been.
      [0.75, 'man (merkt|riecht|sieht|erkennt) [es] (immer|sofort|gleich|direkt) (wenn|dass|wo) (ein|eine|einer)'],
      // Session 37, tolerance on a condition (issue 17): a group accepted only while it hides, keeps away or stays put. The
      // condition must follow the word of tolerance; a pet on a lead or a storm names no group.
      [0.75, '(ok|okay|okey|in ordnung|akzeptabel|kein problem|nichts gegen|nix gegen|nichts dagegen|mir egal|storen mich nicht) .. (solange|so lange|sofern|vorausgesetzt|hauptsache) [sie|er|die|man] [es|das|sich|damit] [nicht|nie|keine|keinen]'],
      // Session 36, one group ranked above another as people (issue 17), the clause closing on the group ranked below.
      [0.75, '(sind|waren) [genetisch|naturlich|rassisch|biologisch|einfach|klar|weit|viel] (den|allen) _ [weit|klar|genetisch|rassisch] uberlegen [in allem|von natur aus|als menschen] $'],
      // Plain "better than" is how fans and neighbours tease: it ranks people only "in everything" or "as people".
      [0.75, '(sind|waren) [weit|viel] besser als [die|alle] _ (in allem|von natur aus|als menschen) $'],
      // Session 34, exclusion (issue 17): "raus mit den...", "X raus!", no entry for them, the country said to be one group's alone, sent
      // back (the imperative; "schickten" is history), told to vanish from a place. "Hunde haben hier keinen Zutritt" and
      // "schick sie zurück an den Laden" name no group.
      [0.75, '(raus mit) (den|allen|diesen|denen|euch)|raus $|(kein|keinen) zutritt [fur]|(haben|hat) hier nichts zu suchen|(deutschland|das land|unser land|dieses land|europa|osterreich|die schweiz) [ist|bleibt|gehort] (nur|allein|ausschliesslich) (fur|den)|(deutschland|europa|osterreich) den|(schickt|schick|schicken wir|schiebt|schieb) (sie|die|alle|diese|euch) [alle] (zuruck|ab|heim|nach hause)|(mussen|sollen|sollten) [aus|raus aus] [der|dem|unserer|unserem|diesem|dieser] [_] verschwinden'],
      // Session 19: trust refused with its negation: "Trau keinem X", "X kann man nie trauen".
      [0.75, '(trau|traut|traue|trauen) (keinem|keiner|niemals einem|nie einem|nie einer|niemals einer)|(kann|konnen|darf|sollte|sollten) man [ihnen|denen|diesen|solchen] (nie|nicht|niemals|kaum|nie und nimmer|keinem|keiner) [_] trauen $'],
      // Help or a chance deserved, refused: "verdienen keine Hilfe", "verdienen unsere Hilfe nicht" (the negation after its object).
      [0.75, '(verdienen|verdient|verdienten) (keine|keinen|keinerlei) (hilfe|unterstutzung|chance|chancen|gnade|nachsicht)|(verdienen|verdient|verdienten) (unsere|eure|die|eine|irgendeine) (hilfe|unterstutzung|chance|nachsicht|rechte) (nicht|niemals)'],
      [0.8, '(ratte|ratten|parasit|parasiten|schmarotzer|kakerlake|kakerlaken|ungeziefer|pest|plage|krebs|abschaum|mull|dreck|abfall|tiere|viecher|bestien|schweine|affen|wilde|wurmer|virus|untermensch|untermenschen|schmutz|seuche|krankheit|geschwur|pack|gesindel|scheisse|dreckspack|drecksacke|drecksack)'],
      [0.75, '(ekelhaft|ekelhafte|ekelhaften|widerlich|widerliche|widerlichen|abstossend|abstossende|verachtenswert|verachtenswerte|nutzlos|nutzlose|dumm|dumme|dummen|dummsten|blod|blode|blodesten|idioten|ignorant|ignorante|minderwertig|minderwertige|dreckig|dreckige|kriminell|kriminelle|diebe|faul|faule|erbarmlich|erbarmliche|zuruckgeblieben|hirnlos|hirnlose|primitiv|primitive|trottel|wertlos|wertlose|wertloser|abschaum)'],
      [0.75, '((ekeln|ekelt|widern|widert) mich [so|total|echt] [an]|angewidert|mich krank|zum kotzen|(ich|wir) (hasse|hassen|verachte|verachten|verabscheue|verabscheuen)|hass (auf|gegen)|abscheu|verachtung (fur|gegenuber)|(nicht) (ausstehen|ertragen|leiden))'],
      [0.8, '(nichts|keinen scheiss|einen scheiss|einen dreck) wert|(keinen|ohne) wert|wertlos|(nicht|nichts) (zahlen|zahlt)|(kein|keinen) (platz|raum)|(nicht|kein) (lebenswert|lebenswertes)|(keine|nicht) (menschen|mensch)|weniger als (menschen|nichts)|nicht besser als|(schlimmer|schlechter) als|(kein|keinerlei) mitleid'],
      [0.75, '(fick|fickt|ficken|verpisst euch|scheiss|scheiss auf|drecks|hurensohne|verdammte|verdammten)'],
      // Sent to hell, or told to clear off or kiss one's arse in the third person: "zum Teufel mit den X", "X können sich verpissen", "X können mich mal".
      [0.75, '(zum teufel|zur holle) mit|(konnen|sollen|sollten) sich verpissen|(konnen|konnt) mich (mal|kreuzweise) $'],
      [0.75, '(eklig|eklige|ekelig|abscheulich|abscheuliche|widerwartig|widerwartige|unertraglich|verkommen|verkommene|invasoren|horden|schwarm|schwarme|unterwandern|unterwandert|uberschwemmen|uberrennen|kotzen|ankotzen)'],
      [0.75, '(nichts als|nur) (abscheu|verachtung|hass|ekel|widerwillen)|(kein|keinerlei|ohne) (mitleid|erbarmen)|(nie|niemals|nicht) .. so (schlau|klug|intelligent|gut|fahig|wertvoll) (wie|sein wie)|nichts (besseres|besser) als'],
      [0.75, '(bose|bosen|pervers|perverse|degeneriert|degenerierte|schrecklich|schreckliche|hasslich|hassliche|elend|elende|lugner|stinkend|stinkende|eine schande|abnormal|abnormale|unnormal|geisteskrank|geisteskranke|gestort|gestorte|nichtsnutze|asozial|asoziale|bescheuert|bescheuerte|beschissen|beschissene|blutsauger|hunde|vieh|belastung|last)'],
      [0.75, '(keinerlei|keinen|absolut keinen|null) (respekt|achtung|mitleid|mitgefuhl)'],
      [0.75, '(kann|konnen) .. (nicht|nie) (ausstehen|ertragen|leiden|riechen)|(kann|konnen) (keinen|keine) .. (ausstehen|ertragen|leiden|riechen)|(hasse|verachte|verabscheue) (jeden|jede) (einzelnen|einzelne)'],
      [0.8, '(absolut|gar|rein gar|uberhaupt) (nichts|nix) wert|(kein|keinen|keinerlei) (wert|bedeutung)|(nicht|nichts) (wichtig|von bedeutung)'],
      [0.75, '(gehoren|sollten|mussten|sollte man) .. (in den|in einen|in einem|im|in) (zoo|kafig|kafige|stall)'],
      [0.75, '(hund|katze|affe|hamster|papagei|ziege|fisch) (ist|sind) (intelligenter|schlauer|kluger|nutzlicher) als'],
      [0.75, '(dummsten|blodesten|ekligsten|widerlichsten|hirnlosesten|unfahigsten|bescheuertsten|schlimmsten)'],
      [0.8, '(blutsauger|zecken|lause|flohe|bakterien|tumor|geschwure|faulnis|faulnis|nagetiere|insekten|viehzeug|bestie|tier|affe|schwein|hunde|kakerlaken|menschenmull|mist|scheisshaufen|aas|parasiten|abschaum der menschheit|untermenschen|gesocks|geschmeiss|brut|plage|krebsgeschwur)'],
      [0.75, '(widerlich|ekelhaft|abstossend|schmutzig|dreckig|dumm|blod|bescheuert|idiotisch|nutzlos|minderwertig|erbarmlich|armselig|ignorant|niedertrachtig|niedertrachtige|gemein|gemeine|abscheulich|unerwunscht|unerwunschte|unzivilisiert|unzivilisierte|barbarisch|barbarische|gefahrlich|gefahrliche|gewalttatig|gewalttatige|grausam|grausame|unfahig|unfahige|verabscheuungswurdig|verabscheuungswurdige|hassenswert|unertraglich|unertragliche|nervig|nervige|korrupt|korrupte|verrater|hirnlos|hirnverbrannt|hirnverbrannte|strohdumm|saudumm|stinkend|hasslich|widerwartig|verachtlich|verachtliche|schabig|schabige|asig|assig|assi|assis|verlaust|verlauste|vermullt)'],
      [0.75, '(ich|wir) (hasse|hassen|verachte|verachten|verabscheue|verabscheuen|kann nicht ausstehen) (alle|die|diese|euch|solche|jeden|jede)|(widern|ekeln|ekelt|widert|kotzen) (mich|uns) [so|total|echt|wirklich] [sehr] [an]|(so viel|so einen|solchen|unglaublichen) (hass|ekel|abscheu|verachtung)|(angeekelt|angewidert) (von|durch)'],
      [0.75, '(monster|damonen|hyanen|gift|eine bedrohung|verbrecher|vergewaltiger|terroristen|bestien|unehrlich|unehrliche|verlogen|verlogene|egoistisch|egoistische|gierig|gierige|feige|feiglinge|hinterhaltig|hinterhaltige|hysterisch|hysterische|ertrage (sie|die|diese|euch) nicht|(ich|wir) ertrage* .. nicht)'],
      // Contempt by class, with the attributive endings (-e, -en, -er, -es): stupid, vile, sick, sly, worthless.
      [0.75, '(damlich*|doof|doofe|doofen|dooferen|beschrankt|beschrankte|beschrankten|minderbemittelt*|unterbelichtet*|verblodet*|debil|debile|debilen|schwachsinnig*|begriffsstutzig*|einfaltig*|hohlkopf*|strunzdumm*|dummer|blodere|bloder|bekloppt*|behammert*|verruckt*|irre|wahnsinnig*|krank|kranke|kranken|krankhaft*|abartig*|widernaturlich*|unnaturlich*|verdorben*|verseucht*|schmierig*|hinterlistig*|verschlagen|verschlagene|heimtuckisch*|undankbar*|ruckstandig*|unterentwickelt*|tierisch*|triebgesteuert*|lacherlich*|jammerlich*|klaglich*|peinlich*|unnutz*|uberflussig*|lastig*|nichtsnutzig*|verachtenswurdig*|abscheulich*|widerwartig*|ekelerregend*|stinkig*|verlottert*|verwahrlost*)'],
      // Beasts, vermin and filth, and the women-hating nouns said of a group.
      [0.8, '(schadlinge|unkraut|maden|wanzen|heuschrecken|aasgeier|geier|gewurm|gorillas|halbaffen|saue|koter|tolen|barbaren|primitivlinge|hohlenmenschen|neandertaler|sondermull|unrat|kot|eiter|pestbeulen|schandfleck|pobel|kroppzeug|lumpenpack|bagage|ausgeburt|missgeburt|missgeburten|perverslinge|bastarde|mistviecher|drecksviecher|sozialschmarotzer|taugenichtse|versager|huren|nutten|schlampen|fotzen|flittchen|untermensch*|menschenmull|gesocks|plage|zumutung)'],
      // Disgust and hatred in every word order: "mich ekeln X an", "X hasse ich", "sind mir zuwider".
      [0.75, '(mich|uns) (ekeln|ekelt|widern|widert|kotzen|kotzt|nerven|nervt)|(ekle|ekel|ekeln) (mich|uns) vor|(hasse|verachte|verabscheue|hassen|verachten|verabscheuen) (ich|wir)|(sind|ist) (mir|uns) zuwider|(gehen|geht) (mir|uns) (auf den sack|auf den keks|auf die nerven|auf den senkel|auf den geist)|(ich|wir) (empfinde|empfinden|fuhle|fuhlen|habe|hab|haben|spure|spuren) (nur|nichts als|so viel|solchen|puren|tiefen|abgrundtiefen|blanken) (hass|ekel|abscheu|verachtung|widerwillen)'],
      // Shut out ("have no business here"), worth less than others, not full human beings.
      [0.8, '(meine|unsere) (zeit|muhe|aufmerksamkeit|spucke|beachtung) [nicht] wert|(haben|hat) (hier|bei uns|in deutschland|in europa|in unserem land) (nichts|nix) (verloren|zu suchen)|(gehoren|gehort) (nicht|nie) (zu uns|hierher|in unsere gesellschaft|zu unserer gesellschaft|in unser land|zu deutschland|zu europa)|(bedeutet|bedeuten) (mir|uns) (nichts|nix|gar nichts|einen dreck|einen scheiss)|(verdienen|verdient) es nicht .. (zu leben|zu existieren|hier zu sein|respektiert zu werden|gerettet zu werden)|(weniger|nichts) wert (als)|(keine|nicht) (vollwertigen|vollwertige|richtigen|richtige|echten|echte) (menschen|mensch|burger)'],
      // Not wanted where one lives, nothing good in them, not belonging in the country, not mattering at all.
      [0.8, '(will|wollen|mochte|mochten) keine .. in (meinem|meiner|unserem|unserer|diesem|dieser) (land|nachbarschaft|stadt|strasse|haus|schule|firma|viertel|gegend|dorf)|nichts (gutes|positives|wertvolles) an|zu nichts (fahig|zu gebrauchen|nutze)|(gehoren|gehort) (nicht|nie|niemals) (hierher|hier|dazu|in dieses land|in unser land|nach deutschland|nach europa)|(spielt|spielen) (keine|gar keine|uberhaupt keine) rolle|(sind|ist) (mir|uns) (egal|scheissegal|wurscht|schnuppe|vollig egal)'],
      // Fed up with them, nothing angers or disgusts one as much, nothing worse; and the kitchen as a woman's place.
      [0.75, '(die nase|die schnauze|den kanal|die faxen) [so|echt|gestrichen|total] voll (von|mit)|(habe|hab|haben|hat) (sie|die|diese|euch|solche) .. [so|echt|wirklich|total] satt $|(bin|sind) (sie|die|diese|euch) [so|echt|wirklich|total] leid|nichts (macht|regt|bringt|ekelt|nervt|stort|argert|widert|kotzt) (mich|uns) .. (so|mehr) .. (wie|als)|(niemanden|nichts) (hasse|verachte|verabscheue|hassen|verachten) (ich|wir) (mehr|so sehr) (als|wie)|es gibt nichts (schlimmeres|ekelhafteres|widerlicheres|schlechteres|nervigeres|abstossenderes|dummeres) als|(gehoren|gehort) (in die kuche|an den herd|hinter den herd|an den kochtopf)|(platz|ort) ist (in der kuche|am herd|hinter dem herd)'],
      // Liking, respect and worth refused, the verb before its negation: "ich mag keine X", "bin kein Fan von X", "X zählen nicht".
      [0.75, '(mag|mogen|respektiere|respektieren|schatze|schatzen|achte|achten) (keine|keinen|keiner)|(bin|sind) (kein|keine) (fan|fans|freund|freunde) von|(zahlen|zahlt|zahlte) (nicht|nichts|kein bisschen)|(habe|hab|haben) nichts (fur|mit) .. ubrig'],
      [0.75, '(dreckiger|dreckigen|dreckiges|widerlicher|ekelhafter|stinkender|verlauster|elender|verdammter|verfickter|verfickte|verfickten)'],
      // Swearing that needs a negation ("niemand schert sich einen Scheiß um X"), and told to shut up.
      [0.75, '(niemand|keiner|keinen) .. (schert|kummert|interessiert|juckt) .. (einen|nen) (scheiss|dreck|deut|furz)|(schert|scheren|kummert|kummern|interessiert|interessieren) (sich|mich|uns) [einen|nen|keinen] (scheiss|dreck|deut|furz)|(verstehen|kapieren|wissen|konnen|taugen) (einen|nen|keinen) (scheiss|dreck)'],
      [0.75, '(sollten|sollen|mussen|mussten|sollte) [einfach|endlich|lieber|besser] (die klappe halten|das maul halten|die fresse halten|den mund halten|schweigen|still sein)|(halt|haltet) (die klappe|das maul|die fresse|den mund)'],
      // "How can anyone like X?"
      [0.75, '(wie kann man|wie kann jemand|wie konnen leute|wie konnen menschen) ... (mogen|lieben|respektieren|ertragen|heiraten|vertrauen|leiden)'],
      // Session 8, by construction: rather dead than with one of them; "of course the thief was one"; one
      // of them in charge a joke; on the rubbish heap; their lives of no concern to anyone sane; trust
      // refused, the verb before its negation; not needed by anyone; why they exist at all, are let live,
      // are taken seriously; one of them as an insult in the singular.
      [0.75, '(lieber|eher) (sterben|sterbe|tot|verrecken|krepieren) .. als .. (mit|neben|bei|unter|einen|eine|einem|einer)|(naturlich|klar|logisch|selbstverstandlich|war ja klar|kein wunder) ... (dieb|diebe|verbrecher|betruger|vergewaltiger|morder|taschendieb|schlager|idiot|vollidiot|trottel|depp|arschloch)|(ist|sind|ware|waren) (ein|eine) [schlechter|reiner|absoluter|einziger] (witz|lachnummer|farce)'],
      [0.75, '(gehoren|gehort|sollte man|sollten|gehort man|gehort ihr) .. (auf den mull|auf die mullhalde|in den mull|auf den mullhaufen|in die tonne|auf den schrott|in den mulleimer|auf die deponie)|(ein ratsel|unbegreiflich|unverstandlich|verstehe nicht|begreife nicht) .. (warum|wieso|weshalb) ... (interessieren|interessiert|kummern|kummert|scheren|schert|sorgen|sorgt)'],
      [0.75, '(traue|trau|traut|vertraue|vertrau|vertraut|trauen|vertrauen) (nie|niemals|keinem|keiner|keinen) [einem|einer|einzigen]|(niemand|keiner|kein mensch) (braucht|will|vermisst)|(braucht|will|vermisst) (kein mensch|keiner|niemand)|wer braucht (schon|denn|eigentlich)'],
      [0.75, '(warum|wieso|weshalb) (gibt es|existieren|existiert) .. (uberhaupt|eigentlich)|(warum|wieso|weshalb) (lassen|lasst|durfen) (wir|ihr|man) ... (leben|am leben|uberleben|frei herumlaufen)|(wie kann man|wie kann jemand|wer kann) ... ernst nehmen|(vollidiot|depp|dummkopf|schwachkopf|mistkerl|dreckskerl|taugenichts)'],
      // Session 14, by class (from the language, not eval rows): bone-idle and work-shy, thieving, degenerate, not of
      // sound mind, parasitic, loutish; dead weight, vipers, bacilli, freaks of nature, primates, blowflies, pests, dregs.
      [0.75, '(stinkfaul*|arbeitsscheu*|diebisch*|entartet*|unzurechnungsfahig*|parasitar*|schmarotzerisch*|proletenhaft*)'],
      [0.8, '(ballast|vipern|bazillen|abnormitaten|primaten|schmeissfliegen|plagegeister|bodensatz)'],
      // Session 39 (issue 17): a people or rabble called vile with its adjective ("Widerliches Volk.", "ein dreckiges Pack").
      [0.8, '(widerliches|widerliche|ekelhaftes|ekelhafte|dreckiges|dreckige|verkommenes|verkommene|asoziales|asoziale|minderwertiges|stinkendes) (volk|pack|gesindel|gesocks|geschmeiss|pobel)'],
      // Session 39 (issue 17): stealing said of all of them or as thieving birds do, the clause closing there ("Die klauen alle.",
      // "klauen wie die Raben"); "klauen alle Kirschen" has an object of its own.
      [0.75, '(klauen|stehlen) [doch|nur|eh] (alle|allesamt|wie die raben|wie raben|wie die elstern|wie elstern) $'],
      // Session 14, emotions by class: disgust felt for them, hated or an abomination to one, repelling one.
      [0.75, '((ich|wir) (empfinde|empfinden|fuhle|fuhlen|verspure|verspuren|habe|haben) [einen] (ekel|widerwillen) (vor|gegen|gegenuber|fur)|(sind|ist) (mir|uns) (ein grauel|verhasst)|(stossen|stosst) (mich|uns) [so|total|echt|wirklich|einfach] ab)'],
      // Session 19, implicit derogation by class: told to be grateful to be let live here; a place gone to the dogs since they
      // came; good only for chores; ruining whatever they touch; kept away from our children (the call); back to caves or
      // trees; a waste of oxygen; a goat rather than one of them; the speaker indifferent to their drowning or dying ("der
      // Regierung ist egal, ob..." reports another's); caring about their lives at all.
      [0.75, '(sollten|sollen|mussten|mussen|konnen|durfen) [uns|ruhig|doch|ja|mal|alle|gefalligst] (dankbar sein|uns dankbar sein|uns danken|dankbar|uns die fusse kussen) (dass|wenn|weil) ... (leben lassen|bleiben lassen|hier leben|hier wohnen|dulden|aufnehmen|aufgenommen haben|durchfuttern|ernahren|am leben lassen)|(ist|sind|war) (den bach runtergegangen|den bach runter|vor die hunde gegangen|zur mullhalde geworden|zum drecksloch geworden|ein drecksloch geworden|unbewohnbar geworden|verkommen|verwahrlost) (seit|seitdem|seit dem)'],
      // Session 39 (issue 17): good for nothing, the negation the derogation's own ("Die taugen nichts."), and the lowest there is.
      [0.75, '(taugen|taugt) [alle|allesamt|doch|eh] (nichts|nix|gar nichts|rein gar nichts|einen dreck|einen scheiss) $|(sind|waren) [doch|einfach|wirklich|echt] (das letzte|das allerletzte)'],
      [0.75, '(taugen|taugt|sind|ist) (nur|bloss|hochstens) (zum|zur|fur|gut zum|gut fur|zu gebrauchen zum) (putzen|kochen|kinderkriegen|haushalt|stehlen|klauen|betteln|drecksarbeit)|(machen alles|macht alles|zerstoren alles|zerstort alles|ruinieren alles|ruiniert alles|versauen alles|versaut alles|verdrecken alles|verdreckt alles|vergiften alles|vergiftet alles) [kaputt] (was|wo) (sie|er) (anfassen|anfasst|beruhren|beruhrt)|(haltet|halten|haltet sie|fernhalten) ... (von|weg von) (unseren kindern|unsere kinder|den kindern|unseren schulen|unseren tochtern) [fern]'],
      [0.75, '(zuruck|zuruckschicken|zuruckgehen|zuruckkehren) (in|auf) (ihre hohlen|die hohlen|ihre hohle|ihre baume|die baume|den busch|den dschungel|den urwald|ihre kafige|ihre lehmhutten)|(verschwendung|vergeudung) (von|an) (sauerstoff|luft)|sauerstoffverschwendung|(lieber|eher) .. (mit einer|mit einem) (ziege|kuh|sau|schwein|hundin|affin|eselin|schaf) .. (als|statt)|(ist mir|ist uns|mir ist|uns ist) [doch|vollig|sowas von] (egal|scheissegal|wurst|schnuppe|gleichgultig) (ob|wenn|dass) ... (ertrinken|ersaufen|verrecken|sterben|absaufen|krepieren|umkommen|draufgehen|verhungern)|(kummert sich|kummern sich|schert sich|scheren sich|interessiert sich|interessieren sich) [jemand|irgendwer|einer|man] (uberhaupt|auch nur im geringsten|im geringsten|auch nur ein bisschen) (um|fur) (das leben|die leben|das schicksal)|(uberhaupt|auch nur im geringsten) (jemand|irgendwer|einer|man) (um|fur) (das leben|die leben|das schicksal)'],
      // Session 23: should not be here ("die Zigeuner sollten nicht hier sein"), the negation the exclusion's own, the
      // clause ending there ("... ici dans la rue, mais dans un logement" says where they should be).
      [0.75, '(sollten|sollen|durfen|sollte|darf|haben) (nicht|nie|nichts) (hier|in unserem land|in diesem land|in deutschland|in unserem viertel) (sein|bleiben|leben|wohnen|zu suchen) $'],
      // Session 23: they stink (fr pt pl had it); the bare verb only ending its clause ("al stinken de kantoren" has its own subject).
      [0.75, 'stinken $|stinken nach scheisse'],
      // Session 24, implicit derogation by class: nothing ever invented, achieved or contributed by them; crime following
      // them; wallets and children hidden from them; a place better before they came.
      [0.75, '(haben|hat|hatten) (nie|niemals|noch nie|nichts|noch nichts|nie etwas|nie was|niemals etwas|noch nie etwas|noch nie was) (erfunden|geleistet|beigetragen|erschaffen|aufgebaut|geschaffen|erreicht|zustande gebracht|entdeckt)|(tragen|tragt) (nichts|nie etwas|nie was) (bei|zur gesellschaft bei)'],
      [0.75, '(folgt|folgen) (die kriminalitat|das verbrechen|die gewalt|der arger|die probleme|die armut|der dreck|die unsicherheit)|(kriminalitat|verbrechen|gewalt|arger|dreck) (folgt|folgen) (ihnen|ihm|ihr)|(versteckt|verstecke|versteck|haltet|halte|halt) [gut] (eure|deine|ihre|euer|dein) (geldborse|geldborsen|geldbeutel|portemonnaie|brieftasche|brieftaschen|handtasche|handtaschen|taschen|tasche|kinder|tochter|wertsachen|handys|handy)|(passt|pass|achtet|achte) (auf) (eure|deine|ihre) (geldborse|geldborsen|geldbeutel|portemonnaie|brieftasche|handtasche|handtaschen|taschen|tasche|kinder|tochter|wertsachen) auf|(besser|sicherer|sauberer|ruhiger|schoner|angenehmer) (bevor (sie|die) _ [_] (kamen|herkamen|ankamen|einzogen|auftauchten)|vor (der ankunft|dem zuzug|der invasion|der einwanderung))'],
      // Session 24, exclusion said as a negated wish: not wanted as a neighbour, colleague, boss or in-law.
      [0.75, '(will|wollen|mochte|mochten|wurde|wurden) [ich|wir] (keine|keinen|nie|niemals) .. (als) (nachbarn|nachbar|nachbarin|kollegen|kollege|kollegin|chef|chefin|schwiegersohn|schwiegertochter|freunde|freund|freundin|lehrer|lehrerin|arzt|arztin|mieter|mitarbeiter|babysitter) $'],
      // Session 24, negative attributes by class: a vice named as theirs ("die Faulheit der X", "ihre Heuchelei"), and lying,
      // stealing or whining as what they always do.
      [0.75, '(die|der|diese|dieser) (faulheit|dummheit|blodheit|heuchelei|feigheit|gier|habgier|geiz|verlogenheit|unehrlichkeit|falschheit|inkompetenz|bosheit|perversitat|barbarei|primitivitat|egoismus|gestank) (der|dieser|aller|von)|(ihre|ihr|deren) (faulheit|dummheit|blodheit|heuchelei|feigheit|gier|habgier|geiz|verlogenheit|unehrlichkeit|falschheit|inkompetenz|bosheit|perversitat|barbarei|primitivitat|egoismus|gestank)|(lugen|klauen|stehlen|betrugen|betteln) (immer|standig|dauernd|die ganze zeit|ununterbrochen|pausenlos)|(jammern|heulen|meckern) (immer|standig|dauernd|die ganze zeit|ununterbrochen|pausenlos) $'],
      // Session 24, hate as a question by class: since when are they human, are they really human, do they have a brain (the
      // question closing the clause), is there a single decent one.
      [0.75, '(seit wann) (sind) .. (menschen|leute|burger)|(sind) .. (wirklich|uberhaupt|tatsachlich) (menschen)|(haben|hat) .. (ein gehirn|ein hirn|hirn|verstand) $'],
      // Session 26: bringing nothing but trouble; against nature.
      [0.75, '(bringen|bringt|machen|macht|verursachen|verursacht) (nur|bloss|nichts als|immer nur) (probleme|arger|arger und|arger mit sich|kriminalitat|gewalt|dreck|elend|krankheiten)|(widernaturlich|widernaturliche|gegen die natur|unnaturlich|unnaturliche)'],
      // Session 27, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses
      // (as fr, pt, es and it): food one of them touched refused (the group inside its relative clause); one of them dead no
      // different from a dead rat; one of them in charge the worst mistake; never a word of theirs believed; nothing liked
      // less; rage; an idea bad because one of them had it; violence that should not be illegal (the negation its own).
      [0.75, '(nie|niemals|nichts) .. (essen|trinken|anfassen|kaufen|probieren) (das|die|was|den) ... (angefasst|beruhrt|zubereitet|gekocht|angeruhrt) (hat|hatte|haben|hatten|wurde)'],
      [0.75, '(keinen|kein|nicht den geringsten) (unterschied) (zwischen) (einer|einem|den|der|dem) (toten|totem) (ratte|ratten|hund|hunden|schwein|schweinen|kakerlake|kakerlaken|tier|tieren|vieh)'],
      [0.75, '(an die spitze|an die macht|ans ruder|zum chef|zur chefin|zum kanzler|zur kanzlerin|zum prasidenten|zur prasidentin) (zu stellen|zu setzen|zu wahlen|zu machen|zu lassen) (ist|ware|war|wird) (der grosste fehler|ein fehler|eine katastrophe|ein desaster|ein witz|eine schande|das schlimmste)'],
      [0.75, '(glaub|glaube|glaubt|glauben sie) (niemals|nie|nicht|kein) (ein einziges wort|ein wort|einziges wort|wort)|(nie|niemals) (ein einziges wort|ein wort) (glauben)'],
      [0.75, '(nichts|niemanden) (auf der welt|auf erden|in der welt|im leben) (das|was|den) (ich|wir) (weniger|mehr) (mag|mogen|hasse|hassen|verabscheue) (als)'],
      [0.75, '(erfullen|erfullt|erfullten) (mich|uns) (mit) [so viel|solcher|so einer|grosser|tiefer] (wut|hass|zorn|ekel|abscheu)'],
      [0.75, '(idee|vorschlag) (von) (einem|einer|den) .. (kommt|stammt|kam|stammte) (muss|kann|ist) (sie|er|es|das) [ja|nur|wohl] (bullshit|mist|scheisse|quatsch|blodsinn|unsinn|dumm|schwachsinn)|(kam|kommt|stammt|stammte) (schliesslich|ja|eben|halt|nun mal) (von) (einem|einer|den)'],
      [0.8, '(schlagen|verprugeln|toten|umbringen|vergewaltigen|angreifen|lynchen|verbrennen|foltern|steinigen|erschiessen|erstechen|aufhangen|vergasen) (sollte|sollten|darf|durfte|ist|ware) (nicht|kein|keine) [mehr] (illegal|strafbar|verboten|ein verbrechen|eine straftat|eine sunde)'],
      // Session 30, implicit derogation by class (probes of our own, no eval row): only good for one thing; the kitchen or
      // the stove as their place; costing only money, a burden on the purse; kept from children; better never born (the
      // negation the derogation's own); never let in as a tenant or neighbour, whatever follows; a danger to all; a
      // place no longer safe since they came; a group in a role refused ("eine Frau als Chefin? Nein danke").
      [0.75, '(nur|bloss|hochstens) (zum|zur|fur) .. (zu gebrauchen|zu haben|gut genug|geeignet)|(gehoren|gehort) (hinter den herd|an den herd|in die kuche)|(kosten|kostet) .. (nur|bloss|nichts als) (geld|steuergeld|unser geld)|(liegen|liegt) .. (auf der tasche)|(von|vor) (unseren|unsern|den|meinen) (kindern) (fernhalten|fern|weg)|(nicht|nie|gar nicht erst) (zur welt kommen|geboren werden)|(nie|niemals|nicht) als (nachbarn|nachbar|kollegen|mieter|mieterin|chef|chefin|schwiegersohn|schwiegertochter|babysitter) (in|ins|einstellen|nehmen|akzeptieren|lassen|haben)|(sind|ist) eine gefahr (fur)|seit ... (traut sich|trauen sich|geht) (keiner|niemand|kein mensch) .. (raus|mehr)|als (chefin|chef|nachbarn|nachbar|kollegin|kollege|lehrerin|lehrer|arztin|arzt|pilotin|pilot|kanzlerin|prasidentin|schwiegertochter|schwiegersohn) [_] nein danke'],
      // Session 30, negative attributes and negated worth by class: greedy, aggressive, unreliable, mad; thieving; nothing
      // in their heads; thinking only of money; a life or an opinion counting less or interesting no one (the negation its
      // own); who would live beside them, why they are still let in (a negation in the question answers it).
      [0.75, '(geldgierig|geldgierige|geldgierigen|habgierig|habgierige|raffgierig|raffgierige|aggressiv|aggressive|aggressiven|unzuverlassig|unzuverlassige|(psychisch|geistig) (krank|kranke|gestort|gestorte))|(klauen|stehlen) .. alles|(nichts|nix) (im kopf|in der birne|im hirn)|(denken|denkt) .. (nur|bloss) (an geld|ans geld|an ihr geld)|(zahlt|zahlen|wiegt|wiegen) .. weniger|(interessiert|interessieren|kummert|juckt) .. (niemanden|keinen)|wer (wurde|will|mochte|wollte) (schon|ernsthaft|freiwillig) ... (neben|mit) ... (wohnen|leben|arbeiten)|warum lassen wir ... (rein|herein|ins land)'],
      // Session 32, implicit derogation by class: owned like property ("Eigentum ihrer Männer"), no more of them wanted here
      // (the group one word, the clause ending on "mehr": not "keine Angst vor X mehr zu haben"), a country cleaner without
      // them (the group right after "ohne": not "ohne Hass auf X").
      [0.75, '(eigentum|besitz) (ihrer|ihres|ihrem|ihren|der|des|von|eines) [ehe] (manner|mannes|mann|ehemanner|ehemannes|ehemann|herren|herrn|vater|vaters|besitzer)|(brauchen|wollen) [hier|bei uns|in deutschland] keine _ [hier|bei uns|in deutschland] mehr [hier|bei uns|in deutschland] $|ohne [die|alle|diese|diese ganzen|die ganzen] _ (ware|waren|wird|ist|sind|hatten|hatte) [_] [_] [viel|deutlich|um einiges|so viel|weit] (besser|schoner|sicherer|sauberer|friedlicher|ruhiger) $'],
      // Session 35: who would hire, marry, trust or want one, asked, the verb at the end ("wer würde schon einen X
      // einstellen?", "wer möchte schon einen X als Nachbarn?"; not "wer will", a mention here). The group is one word and
      // the clause ends on it or on a verb of taking one on, so "wer würde schon einen X abweisen?" is not read.
      [0.75, 'wer (wurde|mochte|wollte|konnte|stellt|heiratet|vertraut|will) [denn|schon|ernsthaft|wirklich|freiwillig|jemals|je] [schon|denn|jemals|je|freiwillig|noch] [einen|eine|einem|einer|diese|solche] _ [als (nachbarn|nachbar|nachbarin|kollegen|kollegin|chef|chefin|mieter|mieterin|schwiegersohn|schwiegertochter)|in der familie|im team|im haus] [einstellen|anstellen|heiraten|vertrauen|haben|wollen|beschaftigen|wahlen|ein] $'],
      // Session 39: what they are there for, the group closing the question ("wozu gibt es überhaupt X?", "wofür braucht man X?").
      [0.75, '(wozu|wofur) (gibt es|braucht man|brauchen wir|sind) [uberhaupt|eigentlich|denn|bitte] _ [_] [uberhaupt|eigentlich|gut] $'],
      // Session 35, implicit derogation by construction (issue 17): "typical X," then what they always do, kept away from one's
      // children (the refusal is the derogation's own), knowing their place, smelt from afar, ruining every street they reach,
      // breeding like beasts; uneducated, ungrateful.
      [0.75, '(typisch) [fur|bei] [die|den|diese] _ $ (immer|schon wieder|wieder|mal wieder|wie immer|nie|nur|standig|jedes mal)|(nie|niemals|nicht|keinen|keine|kein) ... (in die nahe|in der nahe) (meiner|meines|unserer) (kinder|tochter|sohnes|kids|enkel|enkelkinder) [kommen] (lassen|lasse|liesse)|(nie|niemals|nicht|keinen|keine|kein) ... (an|zu) (meine|unsere) (kinder|tochter|kids|enkel) (lassen|ranlassen|heranlassen|lasse|ran|heran)|(wussten|wusste|kannten|blieben|sollen|sollten|mussen|mussten|lernen|sollte|muss) ... (ihren platz|wo ihr platz ist|wo ihr platz war|wo sie hingehoren|an ihrem platz)|(riecht|riechen|stinken|stinkt) [man] [sie] [schon|ja|immer|doch] (von weitem|meilenweit|kilometerweit|zehn meter gegen den wind|gegen den wind)|(machen|ruinieren|zerstoren|versauen|verdrecken|macht|ruiniert|zerstort|versaut|verdreckt) (jedes|jede|jeden|alle|unsere|die ganzen) (viertel|stadtteil|stadtteile|stadt|stadte|nachbarschaft|gegend|gegenden|dorf|dorfer|schule|schulen|strasse|strassen)|(vermehren|vermehrt) sich (wie|wie die)'],
      [0.75, '(ungebildet|ungebildete|ungebildeten|undankbar|undankbare|undankbaren)'],
      // Session 35: proof that evolution runs backwards, the missing link; crime or filth wherever they are. Not "they cannot
      // even": also "they are not even allowed to", their plight.
      [0.75, '(beweis|beweisen|beweist) .. (evolution) .. (ruckwarts|zuruck)|(fehlende glied|fehlendes glied|bindeglied zum affen)|(wo|wo immer|uberall wo) ... (wohnen|leben|sind|hinkommen|auftauchen) ... (steigt|steigen|gibt es|herrscht|kommt|kommen) (die kriminalitat|kriminalitat|verbrechen|diebstahle|einbruche|dreck|chaos)'],
      // Session 35, a mind denied by class: a bird's or a pea's brain, no brain at all (the negation is the derogation's own).
      [0.75, '(spatzenhirn|spatzenhirne|erbsenhirn|erbsenhirne|huhnerhirn|vogelhirn)|(haben|hat) (kein|keinen) (hirn|gehirn|verstand|grips)'],
      // Told to get lost, the group called after it ("largaos, X", "cassez-vous, les X"): the rude and the plain imperative of leaving, ending its clause ("andatevene a letto" is bedtime).
      [0.75, '(verpisst euch|haut ab|zieht leine|schleicht euch|verzieht euch) [hier|aus deutschland|aus unserem land] $'],
      // Session 37: no morals, decency or honour had, the negation the derogation's own and the clause ending there ("haben keine Moral";
      // not "hat nichts mit Moral zu tun").
      [0.75, '(haben|hat|hatten|hatte|besitzen|kennen|kennt) (keine|keinen|kein|null) (moral|anstand|ehre|ehrgefuhl|manieren|skrupel) $'],
      // Session 39 (issue 17): set apart from "us", the clause ending there ("Muslime sind nicht wie wir"); sent home to
      // stay there, the clause ending or a chore after it; tolerance "von mir aus", but not near the writer.
      [0.75, '(sind|ist) (nicht|keine menschen|keine leute|einfach nicht|halt nicht|nun mal nicht|eben nicht) [so] wie wir $|(sollten|sollen|mussen|gehoren) [lieber|besser|einfach|halt|gefalligst|wieder|doch] (zu hause|daheim) (bleiben|sitzen) (und (kinder|kochen|putzen|den mund)|$)'],
      [0.75, '(von mir aus|meinetwegen) ... (aber|nur) [bitte|halt|eben] (nicht in meiner nahe|nicht bei mir|nicht vor mir|nicht vor meinen augen|nicht in meiner strasse|nicht in meinem viertel|nicht hier|weit weg von mir|weit weg|woanders)'],
      // Session 39, told to be glad to be here at all; "once again typical of" (exasperation: "typisch deutsch" said fondly is not read).
      [0.75, '(sollten|sollen|mussen|konnen) [uns|ruhig|doch|ja|mal|alle|gefalligst|lieber] (froh sein|froh|heilfroh sein) (dass|das) .. (uberhaupt|hier) .. (durfen|darf|aufgenommen|reingelassen|sein durfen|bleiben durfen)|(wieder|mal wieder|wieder mal|schon wieder) (typisch|so typisch) (fur|von)'],
    ],
    violence: [
      // Told to die, the group called after it ("crevez, les X", "verreckt, ihr X"): the plural imperative of a verb of dying.
      [0.8, '(verreckt|krepiert) (ihr|doch|endlich|einfach|alle)'],
      // Session 39 (issue 17): told to vanish, die or leave after a modal or in the wish's subjunctive, with no group word of its own:
      // the group named in the sentence before, taken up by the floating "all" or the verb ("Schon wieder X im Dorf. Die gehören weg.").
      [0.75, '(gehoren|gehort|mussen|muss|sollen|sollten) [doch|einfach|endlich] [alle|allesamt|sofort] (weg|raus|abgeschoben|weggesperrt|ausgewiesen) $|(sollen|sollten|mogen) [sie] [doch] [alle|allesamt] (verrecken|krepieren|verschwinden|abhauen|verrotten) $'],
      // A killing wished or called good, done by someone, the state or an impersonal subject, in the finite verb a wish or an
      // 'it would be good if' takes (future, subjunctive, present): of a group it is a call; of a pest or a monster, no group is named.
      [0.8, '(ich hoffe|hoffe|hoffen wir|ich wunsche mir|es ware gut|es ware besser|es ware schon|ware gut|ware besser|ware schon|am besten ware es|gut ware es) [dass|wenn|falls] (jemand|man|einer|irgendwer|irgendjemand|endlich jemand|die polizei|der staat) .. (erschiesst|erschiessen|erschosse|erschossen|totet|toten|totete|toteten|vergast|vergasen|verbrennt|verbrennen|aufhangt|aufhangen|hangt|hangen|abknallt|abknallen|abschlachtet|abschlachten|ausrottet|ausrotten|vernichtet|vernichten|absticht|abstechen|ersticht|erstechen|erschlagt|erschlagen|lyncht|lynchen|ermordet|ermorden|umbringt|umbringen|umlegt|umlegen|wurde umbringen|wurde erschiessen)|hoffentlich (erschiesst|totet|vergast|verbrennt|hangt|ermordet|lyncht|ersticht|erschlagt|vernichtet) (jemand|man|einer|irgendwer|endlich jemand)|(hoffentlich|ich hoffe|es ware gut|es ware besser) (bringt|legt|knallt|bringen|legen|knallen|sticht|stechen|macht|machen) (jemand|man|einer|irgendwer|endlich jemand|sie|die polizei) ... (um|ab|kalt)'],
      [0.8, '(toten|umbringen|umgebracht|umbringt|ausrotten|ausgerottet|vernichten|vernichtet|auslosch*|eliminier*|abschieben|abgeschoben|abschiebung|rauswerfen|rausschmeissen|ausweisen|ausgewiesen|aufhangen|erhangen|aufgehangt|gehangt|erschiessen|erschossen|erschiess|abknallen|verbrennen|verbrannt|ertranken|ertrankt|vergasen|vergast|lynchen|gelyncht|vergewaltigen|vergewaltigt|loswerden|entledigen|wegsperren|weggesperrt|einsperren|verbieten|verboten|abschlachten|angreifen|um die ecke bringen|beseitigen|beseitigt|auf dem gewissen)'],
      [0.75, '(raus aus|raus mit) (deutschland|unserem land|europa)|(auslander|fluchtlinge|juden|muslime|kanaken) raus|(zuruck|heim) (in ihre|nach) (heimat|lander|afrika)'],
      // Session 29: putting an end to them ("allen X ein Ende setzen", not "der Armut von X"), throats cut.
      [0.8, '(allen|all diesen|diesen|all den|jedem|jeder) .. ein ende (setzen|setzt|bereiten|bereitet)|(kehle|kehlen|gurgel) (durchschneiden|durchgeschnitten|durchschneidet|aufschlitzen)'],
      [0.8, '(ermorden|ermordet|massakrieren|hinrichten|hingerichtet|sterilisieren|sterilisiert|kastrieren|kastriert|verprugeln|verprugelt|zusammenschlagen|steinigen|foltern|gefoltert|tod (den|allen|diesen|dem|der|euch)|sterbt|verrecken|krepieren|entsorgen|weg mit)'],
      [0.8, '(ich werde|wir werden|ich werd|werd ich|werde ich|wir werden) .. (toten|umbringen|erschiessen|abknallen|erstechen|abstechen|verbrennen|aufhangen|vergewaltigen|verprugeln|angreifen|ausrotten|vernichten|ausloschen|abschlachten|vergasen|lynchen|ertranken|hinrichten|beseitigen|kaltmachen|platt machen)|(werden weiter|weiterhin) .. (angreifen|jagen|verfolgen)'],
      [0.8, '(sollten|mussen|mussten|gehoren|verdienen es) .. (getotet|umgebracht|ermordet|erschossen|vergast|verbrannt|erhangt|aufgehangt|gehangt|hingerichtet|ausgerottet|vernichtet|ausgeloscht|abgeschoben|deportiert|eingesperrt|weggesperrt|kastriert|sterilisiert|gelyncht|ertrankt) (werden|zu werden)|(sollten|sollen|mussen|verdienen es zu) (sterben|krepieren|verrecken|leiden)|(man sollte|wir sollten|wir mussen|man muss) (sie|die|alle|diese) .. (toten|umbringen|ausrotten|vernichten|abschieben|erschiessen|vergasen|loswerden|beseitigen|einsperren|aufhangen)'],
      [0.8, '(ich will|wir wollen|ich mochte|ich wurde gern|wir wurden gern) .. (toten|umbringen|erschiessen|abknallen|erstechen|verbrennen|aufhangen|vergewaltigen|verprugeln|vergasen|ausrotten|abschlachten)|bis (sie|alle) .. (tot|verreckt|verschwunden|weg) (sind)|(jemand|man) (sollte|muss|musste) (sie|die|alle|diese) .. (toten|umbringen|erschiessen|abknallen|verbrennen|aufhangen|vergasen|ausrotten|abschlachten)|(lasst uns|lass uns) (sie|die|alle|diese) .. (toten|umbringen|erschiessen|verbrennen|aufhangen|vergasen|ausrotten|abschlachten|rauswerfen|verjagen|angreifen)'],
      [0.8, '(sollten|sollen|mussen|mussten|gehoren|verdienen|verdient|verdienen es) .. (getotet|umgebracht|ermordet|erschossen|vergast|verbrannt|erhangt|aufgehangt|gehangt|hingerichtet|ausgerottet|vernichtet|ausgeloscht|abgeschoben|deportiert|eingesperrt|weggesperrt|kastriert|sterilisiert|gelyncht|ertrankt|gefoltert|vergewaltigt|gesteinigt|abgeschlachtet|erstochen|erschlagen|verprugelt|zusammengeschlagen|vertrieben|beseitigt|eliminiert|vergiftet|begraben|gejagt|ausgemerzt|vergast) (werden|zu werden)'],
      [0.8, '(ich werde|wir werden|ich will|wir wollen|ich mochte|man sollte|wir sollten|wir mussen|man muss|lasst uns|lass uns|werd ich|werde ich|jemand sollte|jemand muss|es ist zeit|es wird zeit) .. (uberfahren|totfahren|ersaufen|kopfen|enthaupten|erwurgen|bombardieren|kastrieren|deportieren|erstechen|erschlagen|vertreiben|vergiften|begraben|jagen|fertigmachen|kaltmachen|plattmachen|verletzen|steinigen|foltern|abstechen|ausmerzen|toten|umbringen|ermorden|erschiessen|vergasen|verbrennen|aufhangen|hinrichten|ausrotten|vernichten|abschlachten|verprugeln|zusammenschlagen|vergewaltigen|abknallen|eliminieren|beseitigen|loswerden|abschieben|einsperren|wegsperren|lynchen|ertranken|auslosch*)'],
      [0.8, '(deportieren|erstechen|erschlagen|vergiften|fertigmachen|kaltmachen|plattmachen|abstechen|ausmerzen|steinigen)'],
      [0.8, 'besser (ohne|tot|dran wenn sie tot)|(eine|die|ihre|in die|ins) (kugel|kugel in den kopf|grab|graber|massengrab|gaskammer|gaskammern|konzentrationslager|kz|lager|galgen)|vom (erdboden|angesicht der erde) (tilgen|getilgt|verschwinden|fegen|gefegt)'],
      [0.8, '(tot|tote) (sehen|sein sehen)|(leiden|bezahlen|bluten) (lassen|sollen|werden)|(kehle|kehlen|hals) .. (durchschneiden|aufschlitzen|umdrehen)'],
      // The subordinate clause puts the verb last: "dass alle X getötet werden sollten", "dass man sie töten sollte".
      [0.8, '(getotet|umgebracht|ermordet|erschossen|vergast|verbrannt|erhangt|aufgehangt|gehangt|hingerichtet|ausgerottet|vernichtet|ausgeloscht|abgeschoben|deportiert|eingesperrt|weggesperrt|kastriert|sterilisiert|gelyncht|ertrankt|gefoltert|vergewaltigt|gesteinigt|abgeschlachtet|erstochen|erschlagen|verprugelt|zusammengeschlagen|vertrieben|beseitigt|eliminiert|vergiftet|gejagt|ausgemerzt|ausgewiesen|rausgeworfen|verjagt) werden (sollten|sollte|sollen|soll|mussen|muss|mussten|musste|durfen|durften)|(toten|umbringen|erschiessen|abknallen|vergasen|ausrotten|vernichten|aufhangen|verbrennen|abschlachten|erstechen|abstechen|lynchen|hinrichten|einsperren|wegsperren|abschieben|loswerden|beseitigen|verprugeln|schlagen|steinigen|foltern|vergewaltigen|ertranken|erschlagen|totschlagen|rauswerfen|verjagen|vertreiben|ausweisen) (sollte|sollten|soll|sollen|muss|mussen|musste|mussten|sollt|werde|werden|will|wollen|mochte|wurde|wurden)'],
      // Modal and man: "X sollte man schlagen", "man muss sie alle erschießen"; and "gehören ins Gas", "gehören erschossen".
      [0.8, '(sollte|sollten|muss|musste|mussten|soll|darf|durfte) (man|ihr|wir) .. (toten|umbringen|erschiessen|abknallen|vergasen|ausrotten|vernichten|aufhangen|verbrennen|abschlachten|erstechen|abstechen|lynchen|hinrichten|einsperren|wegsperren|abschieben|loswerden|beseitigen|verprugeln|schlagen|steinigen|foltern|vergewaltigen|ertranken|erschlagen|totschlagen|zusammenschlagen|rauswerfen|verjagen|vertreiben|ausweisen|kastrieren|sterilisieren)|(gehoren|gehort) (ins gas|an die wand|an den galgen|in den ofen|ins lager|ins kz|in die gaskammer|verbrannt|erschossen|vergast|getotet|aufgehangt|gehangt|ausgerottet|eingesperrt|weggesperrt|verprugelt|erschlagen|totgeschlagen|geschlagen|gesteinigt|gefoltert|gekopft|kastriert|abgeschoben|ertrankt|abgeknallt|uberfahren)'],
      // The present for the future, with the separable verbs' particle at the clause end: "ich bringe alle X um", "den nächsten X knalle ich ab".
      [0.8, '(ich|wir) (bringe|bring|bringen|knalle|knall|knallen|steche|stech|stechen|schiesse|schiess|schiessen|schlachte|schlachten|mache|mach|machen|schlage|schlag|schlagen) ... (um|ab|nieder|kalt|tot|zusammen) $|(bringe|bring|bringen|knalle|knall|knallen|steche|stech|stechen|schiesse|schiess|schiessen|schlachte|schlachten|mache|mach|machen|schlage|schlag|schlagen) (ich|wir) .. (um|ab|nieder|kalt|tot|zusammen) $|(ich|wir) (tote|toten|erschiesse|erschiessen|ersteche|erstechen|ermorde|ermorden|vergase|vergasen|erhange|erhangen|vergewaltige|vergewaltigen|verprugle|verprugeln|jage|jagen|werfe|werfen|uberfahre|uberfahren|erwurge|erwurgen|ersaufe|ersaufen|ertranke|ertranken|kopfe|kopfen|steinige|steinigen|foltere|foltern|kastriere|kastrieren|vergifte|vergiften|erschlage|erschlagen|bombardiere|bombardieren|massakriere|massakrieren) (alle|jeden|jede|die|diese|den|ein paar|einige)|(umzubringen|abzuknallen|abzustechen|abzuschlachten|auszurotten|aufzuhangen|aufzuknupfen|niederzuschiessen|totzuschlagen|zusammenzuschlagen|zu toten|zu erschiessen|zu erstechen|zu ermorden|zu vergasen|zu lynchen|zu erhangen|zu vergewaltigen|zu verprugeln|zu foltern|zu steinigen)'],
      // Intent reaching the verb across a longer object: "ich werde den nächsten X, den ich sehe, erschießen".
      [0.8, '(ich werde|wir werden|ich will|wir wollen|ich mochte|werde ich|ich werd|ich gehe|wir gehen) ... (uberfahren|totfahren|plattfahren|ersaufen|kopfen|enthaupten|erwurgen|erdrosseln|bombardieren|kastrieren|in die luft sprengen|toten|umbringen|erschiessen|abknallen|erstechen|abstechen|verbrennen|aufhangen|vergewaltigen|verprugeln|vergasen|ausrotten|abschlachten|ermorden|lynchen|hinrichten|zusammenschlagen|totschlagen|erschlagen|ertranken|vergiften|foltern|steinigen)'],
      // Violence called fine: "X zu schlagen ist in Ordnung", "X verprügeln? Völlig okay".
      [0.8, '(schlagen|verprugeln|toten|umbringen|erschiessen|vergewaltigen|angreifen|foltern|misshandeln|qualen|treten|jagen|verbrennen|aufhangen|vergasen|abstechen|lynchen|ausrotten|abschlachten) (ist|ware|sei|waere) [doch|vollig|total|absolut|ganz|voll|echt|schon|nur] (in ordnung|ok|okay|gut|richtig|normal|erlaubt|gerechtfertigt|vertretbar|verdient|legitim|das richtige|angebracht|notwendig|gerecht|eine wohltat|ein segen|ein gefallen)|besser (dran|sein|waren|ware|ist) ohne|(schoner|sicherer|sauberer) ohne'],
      // Made to suffer, told they will die, watched suffering, their throats cut, put down, death deserved.
      [0.8, '(dafur sorgen|sorge dafur|sorgen dafur|sorge ich dafur|sorgen wir dafur) ... (verschwinden|verschwindet|nicht uberleben|nicht mehr aufwachen|leiden|leidet|sterben|sterbt|bluten|blutet|bezahlen|bezahlt|verrecken|verreckt|krepieren|krepiert)|(ihr) ... (werdet) .. (sterben|krepieren|verrecken|bluten|leiden|brennen|bezahlen|dran glauben)|(will|wollen|mochte|mochten) .. (sehen|zusehen) .. (leiden|sterben|bluten|brennen|verrecken|krepieren|leidet|sterbt)|(schlitze|schlitzen|schneide|schneiden) .. (kehle|kehlen|hals|gurgel|bauch) (auf|durch)|(den tod|die todesstrafe|eine kugel|die kugel|den strick|den galgen|das gas|schlage|prugel) (verdient|verdienen|verdienen es)'],
      [0.8, '(sollten|sollen|mussen|mussten|gehoren|verdienen es|verdient es) .. (eingeschlafert|entsorgt|abgeknallt|abgestochen|erwurgt|erdrosselt|zerstuckelt|ausgeschaltet|kaltgemacht|niedergeschossen|totgeschlagen|ausgepeitscht|verstummelt|gekopft|enthauptet|gevierteilt|geopfert|geschlachtet|ausgehungert|verbrannt|ausgeloscht) (werden|zu werden)'],
      // Beaten, kicked, strangled, torn apart, their homes set on fire: in the present for the future as in the future.
      [0.8, '(prugle|prugel|pruegle|verprugle|verprugel) ... (krankenhausreif|tot|windelweich|grun und blau|zusammen)|(trete|treten|tret|schlage|schlagen|hau|haue|hauen|boxe|boxen) ... (ins gesicht|in die fresse|in die eier|den schadel ein|die zahne aus|den kopf ein|krankenhausreif)|(zunde|zunden|fackle|fackeln|brenne|brennen) .. (hauser|haus|heime|heim|moschee|moscheen|synagoge|synagogen|unterkunft|unterkunfte|wohnungen|laden) ... (an|ab|nieder) $|(anzunden|abfackeln|niederbrennen|abbrennen|in brand stecken|in brand setzen)|(erwurge|erwurgen|erwurg|erdrossle|erdrosseln|strangulieren|ersticke|ersticken)|(in stucke|in fetzen) (reissen|schneiden|hacken)|(zerstuckeln|zerstuckle|zerfetzen|zerfetze)'],
      // Violence called understandable or fair when others do it ("verständlich, wenn man X angreift").
      [0.8, '(verstandlich|nachvollziehbar|nur fair|gerecht|richtig|gerechtfertigt|legitim|verdient) (wenn|dass) ... (angreift|angreifen|schlagt|verprugelt|verprugeln|totet|toten|umbringt|umbringen|erschiesst|erschiessen|jagt|jagen|attackiert|attackieren|lyncht|lynchen)'],
      // Session 14, by class: bones broken, shot in the head, put in the camps and the gas (not "ins Lager", a storeroom too), and the verb before its subject with the
      // object first ("Die X ertränke ich alle").
      [0.8, '(breche|brechen|brech) ... (die beine|die knochen|alle knochen|das genick|die arme|den hals|das kreuz|den kiefer)|(jage|jagen|jag) ... (eine kugel|kugeln|blei) (in den kopf|durch den kopf|in den schadel)|(sperrt|sperr|steckt|steck|werft|wirf) ... (in konzentrationslager|ins konzentrationslager|ins kz|in die gaskammer|in gaskammern|ins gas|in den ofen|in die ofen)|(ertranke|ersaufe|tote|erschiesse|ersteche|erwurge|vergase|erschlage|uberfahre|kopfe|steinige|foltere|vergewaltige|verprugle|ermorde) (ich|wir) [sie] (alle|jeden|jede|einzeln|eigenhandig|personlich)'],
      // Session 14, by class: "only a dead X is a good X", hanging from a tree or a lamppost, beaten out
      // of the country (not "an die Wand stellen": pictures are put against a wall too).
      [0.8, '(tote|toter) _ [_] (sind|ist) (gute|ein guter|eine gute|die besten)|einschlafern|(nur ein toter|nur eine tote|nur tote) .. (ist ein guter|ist eine gute|sind gute)|(der einzig gute|die einzig gute|die einzig guten|die einzigen guten) .. (ist ein toter|ist eine tote|sind tote)|(am|an einem|an den|an der|an die) (baum|baumen|laterne|laternen|galgen) .. (hangen|baumeln|aufhangen|aufknupfen|sehen)|(prugeln|prugelt|prugle|jagen|jagt|treten|tretet|werfen|werft|schmeissen|schmeisst) .. (aus dem land|aus deutschland|aus unserem land|aus europa)|(aus dem land|aus deutschland|aus unserem land|aus europa) (prugeln|jagen|treten|werfen|schmeissen)'],
      // Session 8: the world better if they were dead or gone; death wished on them; high time to be rid of
      // them (the zu-infinitive); the separable imperative with its pronoun ("Knallt sie ab.", "Sperrt sie ein.").
      [0.8, '(besserer ort|besser|schoner|sicherer|friedlicher) .. (wenn|falls) ... (tot|weg|verschwunden|ausgerottet|vernichtet|ausgeloscht|verreckt) (waren|ware|sind|wurden)|(ich wunschte|ich wunsche mir|wenn doch nur|ich hoffe|hoffentlich) .. (alle|die|diese|sie) ... (tot|verrecken|krepieren|sterben|verschwinden) [waren|ware|wurden]|hoffentlich (verrecken|krepieren|sterben) (alle|die|diese|sie)|ohne .. (besser dran|viel besser|besser|schoner|sicherer|friedlicher) $'],
      [0.8, '(zeit|hochste zeit|an der zeit) ... (loszuwerden|auszurotten|abzuschieben|wegzusperren|einzusperren|auszuloschen|zu vernichten|zu beseitigen|zu deportieren|rauszuwerfen|rauszuschmeissen|zu vertreiben|zu entsorgen)|(knallt|knall|bringt|bring|schiesst|schiess|stecht|stech|schlachtet|sperrt|sperr|schafft|schaff|schmeisst|schmeiss|werft|wirf|jagt|jag|schiebt|schieb|rottet|loscht|macht|mach|schlagt|schlag) (sie|die|euch|diese|alle|jeden|jede) .. (ab|um|weg|ein|raus|aus|nieder|kalt|tot) $'],
      // Session 17, by construction class: the imperative with its object ("Töte die X!", "Hängt die X auf!"; the
      // plural only where it is not also the third person, "Rassismus tötet die X", nor a participle, "vergast", but
      // "verbrennt", which said of people is violence in any person); deserving a beating or a bullet ("X verdienen
      // Schläge"); death wished ("ich wünsche allen X den Tod"); better off if they disappeared, the group the clause's
      // own subject ("wenn die X verschwinden würden"); driven or beaten out of the country in the passive with a
      // modal; made to disappear, the group right before it ("die X verschwinden lassen"); said to be better dead ("X
      // sollten tot sein"); belonging shot or thrown into the sea, "all" between.
      [0.8, '(tote|erschiess|vergas|verbrenn|verbrennt|erschlag|erstech|erstecht|lynch|steinige|erwurge) (die|alle|diese|jeden|jede)|(hang|hangt|knupf|knupft) (die|alle|diese|sie) .. auf $|(verdienen|verdient|verdienten|hatten verdient) [es] (schlage|prugel|eine tracht prugel|hiebe|eine kugel|die kugel|kugeln|den strick|den galgen|das gas|die todesstrafe|geschlagen zu werden|verprugelt zu werden|getotet zu werden|erschossen zu werden|vergast zu werden|zu sterben|zu verrecken)|(wunsche|wunschen|wunschte|wunscht) ... (den|einen) [langsamen|qualvollen|grausamen|baldigen|schnellen] tod|(besser|schoner|ware schon|ware gut|ware toll|ware super|besser dran) .. (wenn|falls) (die|alle|diese|all die) _ [_] (verschwinden wurden|verschwanden|verschwinden|sterben wurden|sturben|krepieren wurden|verrecken wurden|tot waren|weg waren|nicht mehr da waren|nicht existieren wurden|nicht existierten)|(aus dem land|aus diesem land|aus deutschland|aus unserem land|aus europa|aus der stadt) (geprugelt|gejagt|getreten|geworfen|geschmissen|gepeitscht|vertrieben) (werden|zu werden)|(die|alle|diese) _ [_] verschwinden (lassen|zu lassen)|(sollten|sollen|mussten|mussen|sollte|muss) [alle|allesamt|schon lange|langst|einfach] tot sein|(gehoren|gehort) (alle|allesamt|samtlich) (erschossen|vergast|verbrannt|aufgehangt|gehangt|erschlagen|getotet|verprugelt|eingesperrt|weggesperrt|abgeschoben|ins gas|an die wand|an den galgen)|(gehoren|gehort) [alle|allesamt|samtlich] (ins meer|in den fluss|ins wasser|ins feuer|in den ofen) (geworfen|geschmissen|gesteckt|getrieben)'],
      // Session 27 (see the derogation): necks broken and throats cut; hurting foretold; death the only solution; hoping
      // someone ends them.
      [0.8, '(das genick|den hals|die genicke|die halse) (brechen|umdrehen|umdreht|bricht|brechen wurde)|(die kehle|die kehlen|die gurgel) (durchschneiden|durchgeschnitten|durchschneidet|aufschlitzen|aufgeschlitzt)'],
      [0.8, '(werde|werden|will|wollen) (dir|euch|ihnen) ... (wehtun|weh tun)'],
      [0.8, '(hinrichtung|die hinrichtung|ausrottung|die ausrottung|vernichtung|die vernichtung|der tod|die todesstrafe|abschiebung|die abschiebung|die vergasung|der galgen|der scheiterhaufen|eine kugel|die gaskammer|die endlosung) (ist|ware|bleibt) (die einzige|die beste|die wahre|die letzte) (losung|antwort|option|moglichkeit)'],
      [0.8, '(hoffen|hoffe|hoffentlich|hoffen wir) [dass] (jemand|die regierung|gott|die polizei|der staat) ... (ein ende setzt|ein ende macht|ein ende bereitet|erledigt|ausrottet|umbringt|beseitigt|loswird)'],
    ],
    worth: ['(wertvolles|wertvolle|nutzliches|nutzliche) (mitglied|mitglieder)',
      // Session 30: being real nationals ("werden nie echte Deutsche sein").
      '(echte|echten|richtige|richtigen|wahre|wahren) (deutsche|deutschen|burger|staatsburger)', '(klug|kluge|klugen|schlau|schlaue|schlauen|intelligent|intelligente|intelligenten|fahig|fahige|fahigen|wertvoll|wertvolle|wertvollen|wurdig|wurdige|menschlich|menschliche|gleichwertig|gleichwertige|gleichberechtigt|willkommen|leben|lebend|am leben|existieren|uberleben|respekt|achtung|rechte|platz|raum|vertrauen|gute|guten|normale|nutzlich|nutzliche|erlaubt|wahlen|einstellen|heiraten|burger|dazugehoren|gehoren dazu|lieben|liebe|mogen|mag|respektieren|respektiere|schatze|schatzen|vertrauenswurdig|vollwertig*|(etwas|was|irgendwas|irgendetwas) (richtig|gut|taugen|wert)|(so viel|genauso viel|gleich viel|ebenso viel) wert|ebenburtig*|gleichgestellt*|zuverlassig*|ehrlich|ehrliche|anstandig*|adoptieren|erziehen|unterrichten|mitreden|mitbestimmen|geduldet|toleriert|akzeptiert|menschenrechte|mitgefuhl|mitleid|ausgehen|daten|befreundet|guter mensch|gute menschen|guten menschen|anstandige menschen|an der macht|fuhren|regieren|chef|chefs|von wert|kinder haben|kinder bekommen|kinder kriegen|zu unserer gesellschaft|zu unserem land|zu uns|hereinlassen|reinlassen|hereinkommen|aufnehmen)',
      // Session 19: something good, nominalised ("nie etwas Gutes gebracht"), honest in every ending, grateful, thinking for oneself.
      // Session 35: a good adjective nominalised, the negation its "nichts" or "kein ... etwas" ("an X ist nichts Intelligentes").
      '(intelligentes|wertvolles|kluges|schlaues|nutzliches|sinnvolles|anstandiges|brauchbares|bedeutendes|lobenswertes)',
      // Being any good, the verb first ("keiner von ihnen taugt etwas").
      '(taugt|taugen|taugte|taugten) (etwas|was|irgendwas|irgendetwas)',
      '((etwas|was|irgendwas|irgendetwas) (gutes|positives|nutzliches|sinnvolles|vernunftiges)|ehrlichen|ehrlicher|ehrliches|dankbar|dankbare|dankbaren|(logisch|selbststandig|vernunftig|rational) (denken|nachdenken))',
      // Good qualities a negation denies: kind, civil, clean, hard-working, loyal, gifted, brave, sensible, respectable.
      '(nett|nette|netten|freundlich|freundliche|freundlichen|hoflich|hofliche|hoflichen|gebildet|gebildete|gebildeten|zivilisiert|zivilisierte|zivilisierten|kultiviert|kultivierte|kultivierten|friedlich|friedliche|friedlichen|friedfertig|friedfertige|friedfertigen|sauber|saubere|sauberen|fleissig|fleissige|fleissigen|arbeitsam|arbeitsame|arbeitsamen|tuchtig|tuchtige|tuchtigen|treu|treue|treuen|loyal|loyale|loyalen|grosszugig|grosszugige|grosszugigen|begabt|begabte|begabten|talentiert|talentierte|talentierten|kompetent|kompetente|kompetenten|mutig|mutige|mutigen|tapfer|tapfere|tapferen|hubsch|hubsche|hubschen|attraktiv|attraktive|attraktiven|reif|reife|vernunftig|vernunftige|vernunftigen|rational|rationale|rationalen|weise|sympathisch|sympathische|sympathischen|liebenswert|liebenswerte|liebenswerten|hilfsbereit|hilfsbereite|hilfsbereiten|respektabel|respektable|respektablen|bewundernswert|bewundernswerte|bewundernswerten|glaubwurdig|glaubwurdige|glaubwurdigen|verlasslich|verlassliche|verlasslichen|gesetzestreu|gesetzestreue|gesetzestreuen|unschuldig|unschuldige|unschuldigen|gute leute|gute nachbarn)',
      // Session 17, es's classes ("Würde" is also "would": only "Menschenwürde").
      '(staatsburgerschaft|staatsangehorigkeit|einburgerung|eingeburgert|einburgern|vermieten|vermiete|grossziehen|(echte|echten|richtige|richtigen|wahre|wahren) (frauen|frau|manner|mann|menschen)|(echter|richtiger|wahrer) (mann|mensch)|ernst (nehmen|genommen|zu nehmen|nimmt|nehme)|ernstnehmen|ernstgenommen|menschenwurde|(zu|zur|zum) (diesem|dieser|unserem|unserer|der|dem|unsere) _ bei $|normalen menschen|vorgesetzte|vorgesetzter|kinder grossziehen|einer von uns|eine von uns|(teil|bestandteil) (unserer|dieser|der|unseres|dieses|des) (gesellschaft|landes|nation|gemeinschaft|volkes)|teil von uns)',
    ],
    negation: ['nicht', 'nie', 'niemals', 'weder', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'niemand', 'nichts', '(es ist|das ist) (falsch|gelogen|eine luge) (dass|zu sagen dass)',
      // Session 35: a doubting question, "do you really think that...", as in Spanish.
      '(glaubst|denkst|meinst|glaubt|denkt|meint) (du|ihr) (wirklich|ernsthaft|echt|allen ernstes) dass',
      // Session 14: the emphatic negations, which stand alone.
      'keineswegs', 'keinesfalls', 'auf keinen fall',
      // Session 19: hardly ("kaum fähig").
      'kaum',
      // Session 24: denials without a negation word, as French "tout sauf" (anything but) and "loin d'être" (far from).
      'alles ausser', 'alles andere als', 'weit davon entfernt', '(weigere mich|weigern uns) [zu glauben|anzunehmen|zu akzeptieren] dass'],
    // How others treat a group, told by one indignant at it ("me indigna que traten a los X como basura": session 18), or
    // the treatment judged wrong ("es ist falsch, X wie Dreck zu behandeln") or done by nobody (session 20).
    mention: [
      // Session 37: a group treated as beasts in the past passive is a history of its mistreatment, not the writer's view.
      '(wurden|wurde) .. (wie|als) .. (behandelt|gehalten|gejagt)',
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(darstellen|darstellt|darstellte|darstellten|dargestellt|beschreiben|beschrieb|beschrieben|abbildete|hiess es|heisst es|aufgerufen|aufruft|aufriefen|gerufen|riefen)',
      // Session 30: whoever mistreats them, or people who do, is the one judged ("Wer Behinderte verspottet, ist eine
      // Schande", "Ich respektiere keine Leute, die Frauen schlecht behandeln").
      '(wer|leute die|menschen die|jeder der|jemand der|jemanden der|alle die) ... (verspottet|verspotten|beleidigt|beleidigen|diskriminiert|diskriminieren|schlecht behandelt|schlecht behandeln|mobbt|mobben|auslacht|auslachen|beschimpft|beschimpfen|angreift|angreifen|belastigt|belastigen|unterdruckt|unterdrucken)',
      '(wenn|wie|dass) man ... behandelt', '(habe|hab|haben|hatte) (nie|niemals|nicht) gesagt', '(niemand|keiner) [mehr] (behandelt|behandelte)', '(behandelt|behandelte) (niemand|keiner)', '(falsch|schande|schandlich|unmenschlich|grausam|ungerecht|schlimm|verwerflich|widerlich|beschamend|unertraglich|skandalos) ... zu behandeln', '(dein|deine|deinen|deinem|deiner|euer|eure|euren|eurem|eurer) [_] (hass|abscheu|verachtung|ekel|abneigung|widerwillen|geringschatzung)', '(fordern|fordert|aufrufen|beleidigen|beleidigt|es tut weh|(der|den|dem) hass|aufhoren|hor auf|hort auf|sagen|sag|sage|sagt|sagst|sagte|sagten|hat gesagt|habe gesagt|haben gesagt|wird gesagt|gesagt hat|gesagt haben|nennen|nennt|nennst|genannt|bezeichnen|bezeichnet|schreiben|schreibt|schreibst|geschrieben|behaupten|behauptet|gegen|dinge wie|satze wie|spruche wie|aussagen wie|drohen|droht|drohst|bedrohen|bedroht|drohung|drohungen|morddrohung|morddrohungen|scham dich|schamt euch|sagtest|sagtet|hast gesagt|straftat|verbrechen|wer will|wer _ will|wer _ _ will|meinte|meinten|horte|horten|gelesen|die (hassen|hasst|beleidigen|beleidigt|angreifen|verachten))', '(fur dich|dir vielleicht|deine meinung|eure meinung|ihre meinung|anprangern|anprangert|verurteilen|verurteilt|(den|der|dem) _ hass|beschimpf*|behauptung|behauptungen|aussage|aussagen|bezeichnest|zu bezeichnen|zu nennen|darzustellen|darstellen|reden|redet|redest|geredet|(sprechen|sprichst|spricht) uber|schamen|menschenverachtend*|hasserfullt*|verletzend)', '(denkst|glaubst|meinst|findest|behauptest|postest|postet|posten|teilst|verbreitest|verbreiten|verbreitet|wiederholst|kommentar|kommentare|rassist*|sexist*|homophob*|transphob*|fremdenfeindlich*|diskriminier*|hetze|vorurteil*|deine worte|dein hass|deinen hass)',
      // Session 19: hearing or reading it said ("es satt zu hören, dass"), a claim named as an idea or a myth to be
      // judged ("die Vorstellung, dass X minderwertig sind, ist eine Lüge").
      '(zu horen|zu lesen|hore ich|lese ich|ich hore|ich lese|gehort|gelesen|horen|lesen) [immer] [wieder] (dass|wie)',
      '(die vorstellung|die idee|der mythos|das klischee|das vorurteil|der glaube|die behauptung|die these|die theorie|die luge|das marchen) (dass|wonach)',
      // Session 32: a claim denied as a whole ("es stimmt nicht, dass man X nicht vertrauen kann": the negation inside the
      // claim is the claim's), and whoever compares them to vermin ("wer X mit Ungeziefer vergleicht").
      '(es|das) (stimmt|ist) (nicht|nicht wahr|gelogen|eine luge|falsch) [zu sagen] dass', '(wer|leute die|menschen die|jeder der) ... (vergleicht|vergleichen|gleichsetzt|gleichsetzen)'],
    they: ['(sie|ihnen|ihre|ihr|ihrer|denen|euch|eure|euer|seid|du|bist)', 'die (sind|gehoren|sollten|sollen|haben|konnen|mussen|werden|wollen|verdienen|taugen)',
      // Session 39 (issue 17): the floating "all" closing the clause takes up the group named before ("Die müssen alle weg.").
      '(alle|allesamt) $',
      // Session 30: the demonstrative with the verbs of the session's classes ("Die klauen doch alles").
      'die (klauen|stehlen|kosten|denken|liegen)', '(das|dies) (sind|waren)', '(jeder|jede|jedes) (einzelne|von ihnen|davon)',
      // Session 32: a demonstrative and "people" take up the group named before ("Über X rede ich nicht mehr. Diese Leute sind...").
      '(diese|solche|die) (leute|menschen|typen)', 'dieses (volk|pack|gesindel)',
      // All or each of them as the subject ("Alle sind Ratten.", "Jeder von ihnen ist...").
      'alle (sind|waren|bleiben)', '(jeder|jede) von (ihnen|denen)', 'es sind',
      // Session 39 (issue 17): the verb before "es" after an opening adverb ("Schließlich sind es X.", "Das waren alles Tiere.").
      '(sind|waren) es',
      // Session 37: the group named after what is said of "them", as whom the writer means ("Ich hasse sie. Ich meine X.").
      '(ich meine|ich rede von|ich spreche von|die rede ist von)', '(jeden|jede|keinen|keine) (einzelnen|einzelne|von ihnen|von denen)',
      // Session 39 (issue 17): the demonstrative as the object before an impersonal "man" ("Die sollte man alle rausschmeißen."),
      // and "das" taking up a people named before as a rabble ("Es gibt X im Dorf. Das ist Gesindel.").
      'die (sollte|sollten|muss|musste|kann|konnte|darf) man', 'das (ist|war) [doch|alles|nur|einfach] (gesindel|pack|pobel|abschaum|gesocks|geschmeiss|lumpenpack|dreckspack)'],
    self: ['(ich bin|wir sind|als) [ein|eine|einer]'],
  },
  it: {
    group: [
      'lgbt*',
      '(donna|donne|femmina|femmine)', '(immigrato|immigrati|immigrata|immigrate|immigrante|immigranti|migrante|migranti|rifugiato|rifugiati|rifugiata|rifugiate|profugo|profughi|straniero|stranieri|straniera|straniere|clandestino|clandestini)',
      '(musulmano|musulmani|musulmana|musulmane|islamico|islamici|islamica|islamiche|islamista|islamisti)', '(ebreo|ebrei|ebrea|ebree)',
      '(i|gli|le|dei|delle|questi|queste|quei|quelle|tutti i|tutte le|un|una|uno|quel|quella|questo|questa|ogni|qualche|nessun|ai|agli|alle|coi|sui|nei|nelle|dai|dalle|sulle|colle) (nero|neri|nera|nere|negro|negri|negra|negre)', '(nero|neri|nera|nere|negro|negri) (come|di merda)', '(persona|persone|gente) (nera|nere|di colore)',
      '(gay|omosessuale|omosessuali|lesbica|lesbiche|bisessuale|bisessuali|trans|transessuale|transessuali|transgender|frocio|froci|finocchio|finocchi|ricchione|ricchioni|culattone|culattoni)',
      '(disabile|disabili|handicappato|handicappati|handicappata|handicappate|mongoloide|mongoloidi|storpio|storpi)',
      // Session 26: people named by what they are to the speaker, then the colour word ("i miei colleghi neri").
      '(colleghi|colleghe|vicini|vicine|amici|amiche|uomini|ragazzi|ragazze|studenti|studentesse|clienti|giocatori|dipendenti|inquilini) (neri|nere)',
      '(indigeno|indigeni|indigena|indigene|zingaro|zingari|zingara|zingare|rom|asiatico|asiatici|asiatica|asiatiche|terrone|terroni)',
      // Black people after a preposition: "migliore senza neri", "contro i neri".
      '(senza|contro|tra|fra|verso|per) (neri|nere|negri|negre)', '(neri|nere|negri|negre) (voi|siete|vostre|vostri)',
      // Session 37: a quantifier names people as the pronoun after it takes them up ("Conosco tanti neri e li odio").
      '(molti|molte|alcuni|alcune|tanti|tante|troppi|troppe|diversi|diverse|parecchi|parecchie|pochi|poche|certi|certe) (neri|nere|negri|negre)',
      // and as what there is or whom one meets, sees or hates ("Ci sono neri ovunque."), as Portuguese reads "tem negros".
      '(ci sono|c erano|conosco|vedo|odio|detesto|sopporto) (neri|nere|negri|negre)',
      // Nationalities and peoples (nationalities.ts), session 23.
      ...nationalities('it'),
    ],
    derogation: [
      // Session 37 (issue 17), tropes said of a whole group: always playing the victim, pulling the strings of the media and
      // the banks, a threat to the speaker's culture (Polish). Victims of a crime and a company that owns newspapers name no group.
      [0.75, '(fanno|fa) [sempre] (le vittime|la vittima)|(controllano|dominano) (i media|le banche|il mondo|tutto)'],
      // Session 37 (issue 17), as Polish has it: a group said unable to do what anyone can (drive, think, count, behave), and
      // here only for the money. Permission or a past ban ("durften nicht fahren") and a writer's own job are not read.
      [0.75, '(non) (sanno|possono) [neanche|nemmeno|proprio] (guidare|pensare|contare|ragionare|dirigere|governare|comportarsi|lavarsi|parcheggiare)|(vengono|sono qui) (solo|soltanto) per (i soldi|il denaro|i sussidi)'],
      // Session 37, a group called children to be told what to do (issue 17): grown people as infants. Pets and
      // grandparents "like children" name no group.
      [0.75, '(sono) [solo|proprio] come (bambini|bambine|ragazzini|bimbi|dei bambini)'],
      // Session 37, tolerance on a condition (issue 17): a group accepted only while it hides, keeps away or stays put. The
      // condition must follow the word of tolerance; a pet on a lead or a storm names no group.
      [0.75, '([non] (ho|abbiamo) (niente|nulla) contro|ok|okay|vanno bene|va bene|accettabili|tollerabili|nessun problema|mi stanno bene) .. (finche non|finche restano|finche stanno|finche rimangono|purche|a patto che|basta che|sempre che|a condizione che) [non]'],
      // Session 36, one group ranked above another as people (issue 17), the clause closing on the group ranked below.
      [0.75, '(sono|siamo) [geneticamente|naturalmente|razzialmente|biologicamente|semplicemente|chiaramente|molto] superiori (a|ai|agli|alle|rispetto a|rispetto ai|rispetto agli|rispetto alle) _ [in tutto|per natura|come persone|come esseri umani] $'],
      // Plain "better than" is how fans and neighbours tease: it ranks people only "in everything" or "as people".
      [0.75, '(sono|siamo) [molto] migliori (di|dei|degli|delle|rispetto a|rispetto ai|rispetto agli|rispetto alle) _ (in tutto|per natura|come persone|come esseri umani) $'],
      // Session 34, exclusion (issue 17): "fuori i...", not admitted, entry forbidden to them, Italy said to be one group's alone, sent
      // back home. "Fuori i telefoni", "non sono ammessi i cani" and "rimandali al negozio" name no group.
      [0.75, '(fuori) (i|gli|le|tutti i|tutti gli|tutte le|questi|queste)|(non sono ammessi|non sono ammesse|non ammettiamo|vietato l ingresso|ingresso vietato)|(l italia|il paese|questo paese|il nostro paese|l europa) (e|deve essere|deve restare) (solo|soltanto|solamente) (per|degli|dei|di)|(rimandateli|rimandiamoli|rimandali|rimandatele|cacciateli|cacciamoli|cacciali|mandateli|mandiamoli) [tutti|tutte|via] (a casa loro|al loro paese|nei loro paesi|indietro|via|da dove sono venuti)'],
      // Session 19: nothing good (ever) came from them, good for nothing: the negation is the derogation's own.
      [0.75, '(niente|nulla) di (buono|utile|positivo) [e|sia] [mai] (venuto|uscito|arrivato|viene|esce|arriva|verra|uscira) (dagli|dalle|dai|da questi|da queste|da quegli|da quelle)|(non) (servono|serve|servivano|serviranno) (a niente|a nulla|proprio a niente|a un bel niente)'],
      // Shutting a group out of work, home, a vote or a marriage, in the conditional of refusal; called sick.
      [0.75, '(non) (assumerei|affitterei|voterei|uscirei|sposerei|farei entrare) [mai]|(mai) (assumerei|affitterei|voterei|uscirei|sposerei)|(sono) (dei|delle|solo dei|solo delle) (malati|malate)'],
      [0.8, '(ratto|ratti|topo|topi|parassita|parassiti|scarafaggio|scarafaggi|piaga|cancro|feccia|spazzatura|immondizia|animali|bestie|maiali|porci|scimmie|selvaggi|vermi|virus|subumani|sub-umani|sporcizia|peste|malattia|escremento|merda|rifiuti|schifezza|pattume)'],
      [0.75, '(disgustoso|disgustosi|disgustosa|disgustose|ripugnante|ripugnanti|spregevole|spregevoli|inutili|stupido|stupidi|stupida|stupide|idioti|idiote|imbecilli|ignoranti|inferiori|sporchi|sporche|criminali|ladri|pigri|patetici|patetiche|repellenti|ritardati|ritardate|cretini|cretine|deficienti|primitivi|schifosi|schifose|luridi|luride)'],
      [0.75, '((mi|ci) (fanno|fa) (schifo|ribrezzo|vomitare)|schifo|disgustato|disgustata|(odio|detesto|disprezzo|aborro) (i|gli|le|tutti|tutte|questi|queste|quei|quelle|questa gente|quella gente|questo tipo di gente|ciascuno di loro|ognuno di loro)|odio (per|verso|contro)|disprezzo (per|verso)|ribrezzo|(non) [ne|li|le] (sopporto|tollero|reggo))'],
      [0.8, '(non) (vale|valgono|valete|vali) (niente|nulla|un cazzo|una merda)|(senza|nessun) valore|(non) (conta|contano)|(non) (c e|ce|esiste) (posto|spazio)|(nessun) posto|(non) (merita|meritano) (di vivere|rispetto)|(non) (sono|e) (umani|umano|persone)|meno che (umani|niente)|(non) (migliori|meglio) (di|dei|delle)|(peggio|peggiori) (di|dei|delle)'],
      [0.75, '(fanculo|vaffanculo|affanculo|fottetevi|si fottano|figli di puttana|fottuti|fottute|maledetti|maledette)'],
      // Sent to hell: "al diavolo gli X".
      [0.75, '(al diavolo|all inferno)'],
      [0.75, '(immondi|immonde|infami|vili|abominevoli|nauseabondi|invasori|orde|sciame|sciami|infestano|infestando|invadono|vomitare|sdegno)'],
      [0.75, '(altro che|solo|nient altro che) (sdegno|disprezzo|odio|schifo|ribrezzo)|(nessuna|senza) (pieta|compassione)|(mai|non) .. (cosi|tanto) (intelligenti|bravi|brave|capaci|svegli|sveglie) (come|quanto)|(non) (sono|e) (migliori|meglio) (di|dei|delle|degli)'],
      [0.75, '(malvagi|malvagie|perversi|perverse|degenerati|degenerate|depravati|orribili|odiosi|odiose|miserabili|bugiardi|puzzolenti|una vergogna|anormali|aberrazioni|malati|pessimi|pessime|squallidi|squallide|disprezzabili|orrendi|orrende|tarati|sanguisughe|cani|bestiame|fardello|zavorra)'],
      [0.75, '(non) (provo|proviamo|sento|sentiamo|ho) (altro|nient altro|null altro) (che|se non) (sdegno|disprezzo|odio|schifo|ribrezzo|disgusto|avversione)'],
      [0.75, '(non) (ho|abbiamo|provo|proviamo|sento) [assolutamente] (nessuna|nessun|alcuna|alcun) (compassione|pieta|rispetto|simpatia|considerazione)'],
      [0.8, '(non) (vale|valgono|valete|vali) (assolutamente|proprio|davvero|veramente) (niente|nulla)|(non) (hanno|ha) (alcun|nessun) (valore|importanza)|(non) (hanno|ha) valore|(non) (contano|conta) (niente|nulla|un cazzo)'],
      [0.75, '(aborro|abomino|detesto|odio|disprezzo) [assolutamente|davvero|profondamente] (tutti|tutte|i|gli|le|questi|queste)|(avversione|disgusto|disprezzo) (per|verso) (tutti|tutte|i|gli|le)'],
      [0.75, '(dovrebbero|devono|meritano di) (stare|vivere|essere rinchiusi|essere rinchiuse|essere chiusi|stare chiusi) (in|nello|nello|negli|allo|nei|in una|in un) (zoo|gabbia|gabbie|recinto|stalla)|(il loro) (posto) (e) (allo|nello|in uno|in una) (zoo|gabbia)'],
      [0.75, '(cane|gatto|scimmia|criceto|pappagallo|capra|pesce) (e) (piu) (intelligente|sveglio|furbo|utile) (di|dei|delle|degli|di qualsiasi)'],
      [0.75, '(sudiciume|lerciume|marciume|luridume|porcheria|sozzura)'],
      [0.75, '(piu) (sceme|scemi|ottusi|ottuse)|(sceme|scemi|scemo|scema)'],
      [0.8, '(sanguisuga|zecca|zecche|pidocchi|pulci|batteri|tumore|tumori|cancrena|infezione|marciume|roditori|insetti|bestia|animale|scimmia|maiale|cani|cagne|scarafaggi|rifiuti umani|letame|merde|carogna|carogne|parassiti|feccia umana|schifezze|immondizia|sporcizia|sudiciume|scarti|zavorra|topi di fogna)'],
      [0.75, '(disgustoso|disgustosa|nauseante|nauseanti|vomitevole|vomitevoli|immondo|immonda|sporco|sporca|stupido|stupida|scemo|scema|idiota|deficiente|inutile|inferiore|patetico|patetica|ignorante|meschini|meschine|vile|abietto|abietti|abiette|indesiderabili|incivili|barbari|barbare|pericolosi|pericolose|violenti|violente|cattivi|cattive|crudeli|incapaci|deplorevoli|detestabili|odiosi|insopportabili|irritanti|corrotti|corrotte|traditori|ottusi|ottuse|luridi|lerci|lerce|puzzolenti|schifosi|schifose|ripugnanti|ritardati|ritardate|brutti|brutte|orrendi|idioti)'],
      [0.75, '(odio|odiamo|detesto|detestiamo|disprezzo|disprezziamo|aborro|aborriamo|schifo|schifiamo) (i|gli|le|tutti|tutte|questi|queste|quei|quelle|voi)|(mi|ci) (disgustano|disgusta|ripugnano|ripugna|nauseano|nausea|fanno (schifo|ribrezzo|vomitare|orrore|senso)|irritano|stanno sul cazzo)|(tanto|tanta|molto|molta|cosi tanto) (odio|schifo|disprezzo|ribrezzo|disgusto|avversione)|(disgustato|disgustata|disgustati|nauseato|nauseata) (da|dai|dalle|dagli)'],
      [0.75, '(mostri|demoni|iene|un peso|veleno|una minaccia|delinquenti|stupratori|terroristi|disonesti|disoneste|malvagi|malvagie|egoisti|egoiste|avidi|avide|vigliacchi|vigliacche|ipocriti|ipocrite|isterici|isteriche|viscidi|viscide|sceme|scemi)'],
      // Contempt by class: vermin and beasts, plagues and freaks of nature, the sly and the greedy, the filthy and the dim; the women-hating nouns said of a group.
      [0.8, '(blatte|cimici|locuste|cavallette|sciacalli|avvoltoi|vipere|serpi|serpenti|pantegane|sorci|scimmioni|gorilla|babbuini|scrofe|vacche|somari|asini|capre|pesi morti|peso morto|palla al piede|flagello|morbo|lebbra|contro natura|abomini|abominio|abominevoli|scherzi della natura|fenomeni da baraccone|errori della natura|escrementi|munnezza|monnezza|sgualdrine|puttane|troie|zoccole|mignotte|baldracche)'],
      [0.75, '(avari|avare|subdoli|subdole|infidi|infide|falsi|false|truffatori|imbroglioni|approfittatori|scrocconi|fannulloni|nullafacenti|buoni a nulla|mantenuti|sudici|sudice|zozzi|zozze|fetidi|fetide|rozzi|rozze|trogloditi|cavernicoli|bestiali|dementi|subnormali|minorati|minorate|deviati|deviate|pervertiti|pervertite|depravate|malati di mente|psicopatici|pazzi|pazze|squilibrati|squilibrate|antipatici|antipatiche|viscidi|ottusi|idioti|babbei|rincoglioniti|rincoglionite|decerebrati|decerebrate|mentecatti)'],
      [0.75, '(mi|ci) (stanno) (sulle palle|sulle scatole|sui coglioni|sul culo)|(mi|ci) (danno|da) (il voltastomaco|la nausea|fastidio)|(odio|detesto|disprezzo|schifo|aborro) (con tutto il cuore|con tutta l anima|profondamente|visceralmente|dal profondo)|(odio|detesto|disprezzo|schifo) (ogni|ciascun|ciascuna|qualsiasi|qualunque|ognuno)|(provo|proviamo|sento|sentiamo) (solo|soltanto|tanto|un profondo) (odio|schifo|disprezzo|ribrezzo|disgusto|avversione)|(li|le) (odio|detesto|disprezzo|schifo|aborro)'],
      [0.8, '(servono|serve) (solo|soltanto) (a|per)|(buone|buoni) (solo|soltanto) (a|per)|(valgono|vale|contano|conta) meno (di|dei|delle|degli|della|del)'],
      // Not wanted where one lives, nothing good in them, not belonging in the country, not mattering at all.
      [0.8, '(non) (voglio|vogliamo) .. (nel|nella|nei|nelle|in) (mio|mia|nostro|nostra|questo|questa) (paese|quartiere|citta|casa|scuola|azienda|palazzo|strada)|[non] (c e|ce|c|hanno|ha) (niente|nulla) di (buono|positivo|valido)|(non) (appartengono|appartiene) (a|qui)|(non) (me|ce) ne (frega|importa) (niente|nulla|un cazzo)|(non) (sono|e) (buoni|buone|capaci) a (nulla|niente)'],
      // Session 39 (issue 17): people exclaimed disgusting or a rabble called filthy, a verbless sentence said of the group before
      // ("Sono arrivati altri X. Che schifo di gente.", "Gentaglia schifosa."); "che schifo di tempo" names no people.
      [0.8, '(che schifo|che merda|che feccia|che razza) di (gente|popolo|persone)|(gentaglia|marmaglia|feccia|plebaglia) (schifosa|lurida|immonda|puzzolente|di merda)'],
      // Boors and fools, and hatred or disgust with an intensifier between ("detesto davvero tanto", "mi fanno davvero incazzare").
      [0.75, '(buzzurri|buzzurre|cafoni|cafone|maleducati|maleducate|ridicoli|ridicole|orribile|oche|senza cervello|zotici|zotiche|burini|burine|coatti|coatte|teppisti|teppaglia|marmaglia|gentaglia|plebaglia)|(mi|ci) (fanno|fa) (davvero|proprio|veramente|tanto) (schifo|ribrezzo|vomitare|orrore|incazzare|pena)|(mi|ci) (fanno|fa) incazzare|(odio|disprezzo|disgusto) (profondo|viscerale|totale|immenso)|(non) (posso|riesco a|possiamo|riusciamo a) (sopportare|tollerare|reggere|vedere)|(odio|detesto|disprezzo|schifo) (davvero|proprio|veramente) [tanto|molto]'],
      // Fed up with them, nothing angers or disgusts one as much, nothing worse; and the kitchen as a woman's place.
      [0.75, '(sono|siamo|ne ho|ne abbiamo|mi sono|ci siamo) [proprio|davvero|cosi] (stufo|stufa|stufi|stufe|stanco|stanca|stanchi|stanche|pieno|piena|pieni|piene|le scatole piene|le palle piene|rotto|rotta|rotti|stufato|stufata) (di|dei|degli|delle|del|della)|non ne (posso|possiamo) piu (di|dei|degli|delle)|(ne ho|ne abbiamo) abbastanza (di|dei|degli|delle)|niente mi (fa|rende) .. (arrabbiare|incazzare|schifo|ribrezzo|orrore|vomitare|innervosire|imbestialire|furioso|furiosa) (come|quanto|piu di|piu dei|piu degli|piu delle)|non c e niente di (peggio|piu schifoso|piu disgustoso|piu irritante|piu ripugnante) (di|che|dei|degli|delle)|(nessuno|niente) (odio|detesto|disprezzo) (quanto|come|piu di|piu dei|piu degli|piu delle)|(dovrebbero|devono|stare|restare|tornare|starsene|rimanere) .. (in cucina|ai fornelli|a fare la calza|a lavare i piatti)|(il loro|il suo) posto (e) (in cucina|ai fornelli)'],
      [0.75, '(sono) (il peggio|la rovina|il male assoluto|il cancro)|(i|le) peggiori|il peggio del peggio'],
      [0.75, '(lurido|lurida|schifoso|schifosa|fetente|fetenti|maledetto|maledetta|maledetti|maledette)'],
      // Swearing that needs a negation ("non capiscono un cazzo", "a nessuno frega un cazzo di X"), and told to shut up.
      [0.75, '(a nessuno|nessuno) .. (frega|importa|interessa|fotte) .. (un cazzo|una sega|un cavolo|una minchia|un accidente|un fico secco)|(non) (capiscono|capisce|sanno|sa|fanno|fa|servono|serve) .. (un cazzo|una sega|un cavolo|una minchia|un tubo|una mazza)|(rompicoglioni|rompipalle|rompiscatole|fottuto|fottuta)'],
      // Session 39 (issue 17): understanding or able to do nothing, the negation the derogation's own ("Non capiscono niente.").
      [0.75, '(non) (capiscono|sanno fare|combinano|concludono) [mai] (niente|nulla) $'],
      // Indifference sworn at them: "chi se ne frega dei X", "me ne fotto degli X".
      [0.75, '(chi se ne frega|chissenefrega|me ne frego|ce ne freghiamo|me ne fotto|ce ne fottiamo|non me ne frega niente|non me ne frega un cazzo) (di|dei|degli|delle|della|del)'],
      [0.75, '(dovrebbero|devono|dovrebbe|deve) (stare zitte|stare zitti|stare zitta|stare zitto|tacere|chiudere la bocca|tenere la bocca chiusa)|(che stiano zitti|che stiano zitte|state zitti|state zitte)'],
      // "How can anyone love X?"
      [0.75, '(come si fa|come puo qualcuno|come possono|come puo la gente) .. (amare|rispettare|sopportare|fidarsi di|sposare|uscire con)'],
      // Session 8, by construction: rather dead than with one of them; "of course the thief was one"; one of
      // them in charge a joke; wanted or needed by no one; trust refused; why they exist at all, are let live,
      // are taken seriously.
      [0.75, '(preferirei|preferisco) (morire|essere morto|essere morta) .. (piuttosto che|che) .. (con|un|una|uno)|(piuttosto|meglio) (morto|morta|morire) (che|piuttosto che) .. (con|un|una|uno)|(ovviamente|ovvio|certo|chiaro|naturalmente|figurati se|ci mancherebbe) ... (ladro|ladri|criminale|delinquente|stupratore|assassino|terrorista|idiota|imbecille|cretino|coglione|stronzo|deficiente)|(e|sono|sarebbe|sarebbero) (una|un) (barzelletta|scherzo|farsa|buffonata|pagliacciata)'],
      [0.75, '(nessuno) (vuole|vorrebbe|ha bisogno|sente la mancanza)|(non) (li|le) (vuole|sopporta|regge) nessuno|chi ha bisogno (di|dei|degli|delle)|(non) (sono|e) (graditi|gradite|gradito|gradita|voluti|volute|desiderati|desiderate)|(non) (c entrano|centrano|c entra) (niente|nulla)|(non) (mi fido|mi fidero|mi fiderei|ci fidiamo|ci fideremo|fidarti|fidatevi|fidarsi) [mai] (di|dei|degli|delle) [nessun|nessuna]|(mai) (fidarsi|fidarti|fidatevi) (di|dei|degli|delle)'],
      [0.75, 'perche (esistono|esiste)|perche (lasciamo|li lasciamo|le lasciamo|permettiamo) .. (vivere|esistere|entrare|restare)|(come si fa|come puo qualcuno|chi puo) .. prendere sul serio|(falliti|fallite|avari|avare|taccagni|taccagne|buoni a nulla)|(preoccupi|preoccupino|preoccupa|preoccupano|importi|importino|importa|importano|interessi|interessino|interessa|interessano) .. (minimamente|il minimo|neanche un po)'],
      // Session 14, by class (from the language, not eval rows), feminine and masculine: foolish, lazy, idle, lying,
      // thieving, primitive, savage, perfidious, depraved, treacherous, mad, boorish, uncultured, good for nothing,
      // profiteering; subhumans and mistakes of nature.
      [0.75, '(stolti|stolte|tonti|tonte|pigre|fannullone|scansafatiche|sfaticati|sfaticate|mangiapane a tradimento|bugiarde|ladre|primitive|selvagge|perfidi|perfide|viziosi|viziose|traditrici|matti|matte|beceri|becere|incolti|incolte|buone a nulla|approfittatrici)'],
      [0.8, '(sottouomini|errore della natura)'],
      // Session 14, emotions by class: turning one's stomach, repelling one, hated by "us", repulsion felt.
      [0.75, '((fanno|fa) (venire|salire) (il voltastomaco|la nausea)|(fanno|fa) (rivoltare|girare) lo stomaco|(mi|ci) (repellono|repelle)|(detestiamo|aborriamo|disprezziamo)|(provo|proviamo) (repulsione|ripugnanza|astio|rancore) (per|verso|nei confronti))'],
      // Session 19, implicit derogation by class: kept in a zoo, a cage, a sty, the sewer, sent back to caves; a place gone to
      // ruin since they came; told to be grateful to be let live here; a goat rather than one of them for a date; kept away
      // from children (the call to keep them away); theft as what they do (its clause ending, not "rubano tutto ai X");
      // ruining whatever they touch.
      [0.75, '(dovrebbero|devono|dovrebbe|deve|meriterebbero|meritano di|meritano) (stare|vivere|restare|finire|essere rinchiusi|essere rinchiuse|essere chiusi|essere chiuse|essere tenuti|essere tenute|stare chiusi|stare chiuse|stare rinchiusi|stare rinchiuse) (in|nello|nella|nei|nelle|allo|al|in un|in uno|in una|dentro) (zoo|gabbia|gabbie|stalla|porcile|porcili|recinto|recinti|fogna|fogne|spazzatura|pattumiera|immondizia|caverne|caverna|grotte|giungla)|(tornino|tornare|tornassero|tornate|tornatevene|tornino pure|rimandarli|rimandarle|rimandiamoli|rimandiamole|rispediamoli|rispedirli) (nelle|nella|alle|alla|in|nei|negli|sugli|sugli alberi|nella loro|nelle loro|alla loro|alle loro) [loro] (caverne|caverna|grotte|giungla|gabbie|gabbia|fogne|fogna|capanne|savana|alberi)|(il) (loro) (posto) (e) (nello|nella|in uno|in una|nelle|nei|allo|al|in) (zoo|gabbia|fogna|spazzatura|pattumiera|porcile|stalla|giungla|caverne|caverna)'],
      [0.75, '(e andato|e andata|sono andati|va|e finito|e finita|e diventato|e diventata|e ridotto|e ridotta) (a rotoli|a puttane|a picco|in malora|in rovina|una fogna|un porcile|un letamaio|una discarica|un ghetto|invivibile|un inferno|uno schifo|una giungla) (da quando|dall arrivo|da che|con l arrivo|dopo l arrivo|da quando sono arrivati|da quando sono arrivate)|da quando ... (e diventato|e diventata|e andato|e andata|e ridotto|e ridotta|e) (a rotoli|a puttane|una fogna|un porcile|un letamaio|una discarica|un ghetto|invivibile|uno schifo|un inferno)'],
      [0.75, '(dovrebbero|devono|dovrebbe|deve) [solo|pure|tutti|tutte] (ringraziare|ringraziarci|esserci grati|esserci grate|essere grati|essere grate|essere riconoscenti|esserci riconoscenti|baciarci i piedi|baciare la terra|baciare per terra) (che|di|se|perche|per|del fatto che) ... (lasciamo|lasciassimo|li lasciamo|le lasciamo|facciamo|accettiamo|tolleriamo|ospitiamo|teniamo|manteniamo|vivere qui|stare qui|restare qui|essere vivi|essere vive|respirare)'],
      [0.75, '(preferirei|preferisco|preferiremmo) .. (con|una|un|con una|con un) (capra|capre|pecora|cane|cagna|scimmia|maiale|scrofa|asino|asina|mucca|gallina|ratto|topo) .. (che|piuttosto che|invece che|anziche)'],
      [0.75, '(tenete|teneteli|tenetele|tenerli|tenerle|teniamo|teniamoli|teniamole|tenga|tengano|allontanate|allontanateli|allontanare|allontanarli|allontaniamo|allontaniamoli|dovrebbero stare|devono stare|dovrebbero restare|devono restare|stiano|state) ... (lontano|lontani|lontane|alla larga|ben lontano|ben lontani) (dai|dalle|dai nostri|dalle nostre|dai vostri|dalle vostre|dalla|dalle scuole) (bambini|bambine|figli|figlie|ragazzi|scuole|bimbi|piccoli)'],
      [0.75, '(rubano|ruba|fregano|frega|arraffano|arraffa) tutto ($|(quello|cio|quel) che)|(e|e proprio|proprio|cosi|davvero|troppo|comportamento|atteggiamento|mentalita) (tipico|tipica|tipicamente) (dei|degli|delle|di|del|della|da)|(rovinano|rovina|distruggono|distrugge|sporcano|sporca|infettano|infetta|contaminano|contamina|rovinerebbero|distruggerebbero) tutto (quello|cio|quel) che (toccano|tocca)'],
      // Not caring whether they live: amazed anyone cares at all (the negated "non si preoccupano" is counter-speech).
      [0.75, '(si preoccupi|si preoccupino|si preoccupa|si preoccupano|gli importi|gli importa|importi|importino|si interessi|si interessino) (minimamente|anche solo un po|lontanamente|un minimo|neanche un po) (della vita|delle vite|del destino|della sorte|della morte|di cosa succede|di quello che succede)|(me ne frego|me ne fotto|chissenefrega|sticazzi) (della vita|delle vite|del destino|della sorte|della morte|di cosa succede|di quello che succede)'],
      // Belonging in a zoo, a cage or the rubbish; a waste of oxygen; indifferent to whether they drown or die (the negation
      // of "non mi interessa se..." is its own).
      [0.75, '(appartengono|appartiene|dovrebbero appartenere) (a|ad|allo|alla|al) [uno|una|un] (zoo|gabbia|stalla|porcile|fogna|giungla|spazzatura|pattumiera|discarica)|(spreco|sperpero) di (ossigeno|aria|spazio)|(non mi interessa|non mi importa|non me ne frega niente|non me ne frega|me ne frego|chissenefrega) (se|che) ... (affogano|affoghino|annegano|anneghino|muoiono|muoiano|morissero|crepano|crepino|crepassero|spariscono|spariscano|marciscono)'],
      // Session 23: shut out of the speaker's own place ("i rom non entrano nel mio bar"); bringing only crime; how could
      // anyone trust or love one of them.
      [0.75, '(non) (entrano|entra|possono entrare|puo entrare|entreranno|mettono piede|metteranno piede) (nel|nella|in) [mio|mia|nostro|nostra|questo|questa] (bar|ristorante|negozio|locale|casa|palazzo|albergo|hotel|discoteca|quartiere|azienda|scuola)|(vietato l ingresso|vietato entrare) (ai|alle|a)|(non) (portano|porta|hanno portato) (altro che|che) (crimine|criminalita|delinquenza|problemi|violenza|miseria|malattie|droga|sporcizia|degrado)|(portano|porta) (solo|soltanto) (crimine|criminalita|delinquenza|problemi|violenza|miseria|malattie|droga|sporcizia|degrado)|(come) (si puo|si potrebbe|puo qualcuno|potrebbe qualcuno|fai a|fate a|fa qualcuno a) .. (amare|sopportare|fidarsi|fidarti|sposare)'],
      // Session 23: should not be here ("gli zingari non dovrebbero stare qui"), the negation the exclusion's own, the
      // clause ending there ("... ici dans la rue, mais dans un logement" says where they should be).
      [0.75, '(non) (dovrebbero|devono|dovrebbe|deve|possono|potrebbero) (stare|essere|restare|vivere) (qui|qua|in italia|in questo paese|nel nostro paese|nel nostro quartiere) $'],
      // Session 23: they stink (fr pt pl had it); the bare verb only ending its clause ("al stinken de kantoren" has its own subject).
      [0.75, '(puzzano|puzzate) $|(puzzano di merda|odorano male)'],
      // Session 24, implicit derogation by class: nothing ever invented, built or brought by them (the negation is the
      // derogation's own; not "fatto niente", which "non hanno mai fatto niente di male" denies); crime following them;
      // wallets and children hidden from them; a place better before they came.
      [0.75, '(non) (hanno|ha|avevano) [mai] (inventato|creato|costruito|prodotto|realizzato|scoperto|contribuito con|conquistato) (nulla|niente)|(non) (hanno|ha) [mai] (fatto|dato) (nulla|niente) (di buono|di utile|di importante)|(non) (inventano|producono|creano|costruiscono|portano|contribuiscono con) (nulla|niente) $'],
      [0.75, '(la criminalita|la delinquenza|la violenza|i problemi|i furti|lo sporco|la miseria) (segue|seguono|li segue|le segue|arriva con loro|arrivano con loro|va dietro|vanno dietro|viene dietro)|(nascondi|nascondete|tieni|tenete|stringi|stringete|guarda|guardate|proteggi|proteggete) [bene|stretto|stretta|stretti] (il|la|i|le|il tuo|la tua|i tuoi|le tue|il vostro|la vostra|i vostri|le vostre|tuo|tua|tuoi|tue|vostro|vostra|vostri|vostre) (portafoglio|portafogli|borsa|borse|borsetta|figli|figlie|bambini|gioielli|cellulare|cellulari)|(meglio|piu sicuro|piu sicura|piu pulito|piu pulita|piu tranquillo|piu tranquilla|piu vivibile|migliore) (prima dell arrivo|prima che arrivassero|prima che venissero|prima dell invasione|prima che arrivasse|prima del loro arrivo)'],
      // Session 24, exclusion said as a negated wish: not wanted as a neighbour, colleague, boss or in-law; never let near
      // one's own children (the negation is the exclusion's own).
      [0.75, '(non|mai) (voglio|vogliamo|vorrei|vorremmo|accetterei|accetto|accettiamo) .. (come) (vicino|vicini|vicina|vicine|collega|colleghi|capo|capi|genero|nuora|amico|amici|amica|amiche|professore|professori|insegnante|insegnanti|medico|medici|inquilino|inquilini|dipendente|dipendenti|babysitter) $|(non|mai) (lascero|lascerei|lascio|lasceremo|permettero|permetterei) .. (avvicinarsi|avvicinare|toccare|badare|insegnare|educare) (ai miei|alle mie|ai nostri|alle nostre|ai|alle) [miei|mie|nostri|nostre] (figli|figlie|bambini|nipoti)'],
      // Session 24, negative attributes by class: a vice named as theirs ("la pigrizia dei X", "la loro ipocrisia", "di
      // un'ipocrisia..."), lying, stealing or whining as what they always do; incompetent and sly.
      [0.75, '(l|la|il|lo|questa|questo) (egoismo|pigrizia|stupidita|idiozia|ipocrisia|vigliaccheria|codardia|avarizia|avidita|sporcizia|cattiveria|perversione|disonesta|falsita|incompetenza|mediocrita|volgarita|puzza|barbarie|fannullaggine) (degli|dei|delle|di questi|di queste|di tutti gli|di tutti i|di tutte le)|(loro|di un|di una) (egoismo|pigrizia|stupidita|idiozia|ipocrisia|vigliaccheria|codardia|avarizia|avidita|cattiveria|perversione|disonesta|falsita|incompetenza|mediocrita|volgarita|puzza|barbarie|fannullaggine)|(mentono|rubano|imbrogliano|truffano|mendicano) (sempre|di continuo|continuamente|in continuazione|tutto il tempo)|(si lamentano|piagnucolano|frignano) (sempre|di continuo|continuamente|in continuazione|tutto il tempo) $|(non fanno altro che|passano il tempo a|passano la vita a) (lamentarsi|mentire|rubare|piagnucolare|frignare|mendicare|imbrogliare)|(incompetenti|inetti|inette|subdoli|subdole)'],
      // Session 24, contempt said with profanity: what a pain in the balls these ones are ("che palle questi X").
      [0.75, '(che palle|che rottura di palle|che rottura di coglioni|che rottura di cazzo|che due palle|che due coglioni|che cazzo vogliono) (questi|queste|sti|ste|con questi|con queste|con gli|con i|con le|degli|dei|delle)'],
      // Session 24, hate as a question by class: since when are they human, are they really human, do they have a brain (the
      // question closing the clause), is there a single decent one.
      [0.75, '(da quando) .. (sono|e) (persone|umani|esseri umani|gente|cittadini)|(sono|e) (davvero|veramente|almeno) (umani|umano|persone|esseri umani)|(hanno|ha) (un cervello|il cervello|cervello) $|(esiste|c e) (un solo|una sola|un|una) .. (onesto|onesta|decente|che valga la pena|che valga) $'],
      // Session 26: ashamed to exist, the existence itself the shame.
      [0.75, '(vergognarsi|vergognano|vergognarvi|vergogna) (di esistere|di essere nati|di essere nate|di essere vivi|di essere vive|di vivere)'],
      // Session 26: against nature.
      [0.75, '(contro natura|contronatura|innaturale|innaturali)'],
      // Session 27, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses
      // (as fr, pt and es): dumped like rubbish; food one of them touched refused; one of them dead no different from a dead
      // rat; one of them in charge the worst mistake; never a word of theirs believed; waking up as one a reason to die;
      // nothing liked less; rage; hatred said with its adverb; violence that should not be illegal (the negation its own).
      [0.75, '(dovrebbero|devono|andrebbero|bisognerebbe|meritano di) [tutti|tutte] [essere] (buttati|buttate|gettati|gettate|scaricati|scaricate|buttarli|buttarle|gettarli|gettarle) (in|nella|nelle|nel|nei|in una|in un) (discarica|discariche|spazzatura|immondizia|pattumiera|fogna|fogne|cassonetto|cassonetti)'],
      [0.75, '(non|mai) (mangerei|mangero|berrei|toccherei|comprerei|assaggerei) [mai] .. (toccato|toccata|toccati|toccate|preparato|preparata|preparati|cucinato|cucinata|servito|servita|fatto|fatta) (da)'],
      [0.75, '[(non) (vedo|vede|vediamo|c e|ce)] [nessuna|alcuna] (differenza) (tra|fra) (un|una|i|le) (ratto|ratti|topo|topi|cane|cani|maiale|maiali|scarafaggio|scarafaggi|animale|animali|bestia|bestie) (mort*)'],
      [0.75, '(mettere|eleggere|lasciare|avere|nominare) (un|una) .. (al comando|al potere|a capo|alla guida|come capo|come presidente) (e|sarebbe|fu|sara) (l errore piu grande|il peggior errore|il piu grande errore|un errore|un disastro|una follia|una barzelletta|una vergogna|la cosa peggiore)'],
      [0.75, '(non|mai) (credere|credete|credo|crederei|credero) (mai) (a una sola parola|a una parola|una sola parola|a nessuna parola)'],
      [0.75, '(se) (mi svegliassi|mi risvegliassi|fossi|nascessi|diventassi) .. (mi ucciderei|mi suiciderei|mi sparerei|mi impiccherei|preferirei morire|mi butterei dalla finestra)'],
      [0.75, '[(non) (c e|ce|esiste)] (niente|nulla|nessuno) (al mondo|sulla terra|in questa vita) (che) (mi|ci) (piaccia|piace|piacciano) (meno) (di|del|della|dei|degli|delle)'],
      [0.75, '(mi|ci) (riempiono|riempie|riempivano|riempirono) [cosi tanto|tanto|davvero] (di rabbia|di odio|di ira|di furia|di collera|di disgusto)'],
      [0.75, '(odio|detesto|disprezzo|aborro|aborrisco|odiamo|detestiamo|disprezziamo|aborriamo) (profondamente|davvero|proprio|assolutamente|visceralmente|con tutto il cuore)'],
      [0.8, '(picchiare|colpire|uccidere|ammazzare|stuprare|violentare|aggredire|linciare|bruciare|torturare|lapidare|sterminare|eliminare|accoltellare|sparare a|impiccare) ... (non e|non dovrebbe essere|non deve essere|non sarebbe|non dovrebbe piu essere) [considerato|considerata] (reato|un reato|un crimine|crimine|illegale|peccato|grave|punibile|punito|punita|vietato|vietata)'],
      // Session 30, implicit derogation by class, as members write it (no eval row read): a decline blamed on their arrival
      // ("da quando sono arrivati i X, è tutto peggiorato"); a team or a street spoilt by their being there; in everyone's
      // way; thinking only of money; customers driven off by hiring one; asked whether they have any morals; "who would
      // hire or marry one?" (the French and Portuguese class; not "chi vorrebbe", a mention here: "chi vorrebbe uccidere i
      // X" is whoever would); a worth that is hardly anything.
      [0.75, 'da quando ... (arrivati|arrivate|arrivato|arrivata|venuti|venute|stabiliti|ci sono|sono qui|stanno qui) ... (peggiorato|peggiora|a rotoli|degradato|un inferno|uno schifo|fa schifo|una fogna|una discarica|un porcile)|(rovina|rovinano|guasta|guastano|appesta|appestano) (lo spogliatoio|la squadra|il quartiere|l ambiente|l atmosfera|la via|il gruppo)|(intralciare|intralciano|d intralcio|di intralcio|dare fastidio a tutti|danno fastidio a tutti)'],
      [0.75, '(pensano|pensa|vivono|vive) (solo|soltanto|unicamente) (ai soldi|al denaro|al guadagno|ai quattrini)|(ossessionati|ossessionate) (dai soldi|dal denaro)|(far scappare|fa scappare|fanno scappare|farebbe scappare|allontanare|allontana|allontanano) (i clienti|la clientela|clienti)|(ce l hanno|ce l ha) (una morale|un cervello|una coscienza|un anima|la dignita)|(non) (vale|valgono) (granche|un soldo|un centesimo|un fico secco)'],
      [0.75, '(chi) (assumerebbe|affitterebbe|sposerebbe|si fiderebbe di|sopporterebbe|voterebbe) [mai|davvero|sul serio] [mai|davvero] (un|una|uno|dei|delle|degli|i|le|gli|questi|queste) _ [_] [qui|come vicino|come vicina|come vicini|come vicino di casa|come collega|come capo|in famiglia|in casa|al lavoro] $'],
      // Session 37: who would want one as a neighbour, colleague or in-law ("chi vorrebbe un X come vicino?"): the role is what makes
      // "chi vorrebbe" ask, not name whoever would.
      [0.75, '(chi) (vorrebbe|vuole|accetterebbe|prenderebbe) [mai|davvero|sul serio] [un|una|uno|dei|delle|degli|i|le|gli|questi|queste] _ [_] (come|per) (vicino|vicina|vicini|vicino di casa|collega|colleghi|capo|genero|nuora|inquilino|inquilini|coinquilino|coinquilina|insegnante|medico|babysitter) $'],
      // Session 30: who can still stand them ("chi sopporta ancora i X?").
      [0.75, '(chi) [ancora|davvero|piu] (sopporta|tollera|regge|riesce a sopportare|puo sopportare) [ancora|davvero|piu] (i|gli|le|questi|queste|quei|quegli|un|una|uno) _ [_] $'],
      // Session 39: what they are for, the group closing the question ("a cosa servono i X?").
      [0.75, '(a cosa|a che|a che cosa) (servono|serve) [davvero|esattamente|poi|in realta] (i|gli|le|questi|queste|un|una|uno) _ [_] [davvero|esattamente|poi|in realta] $'],
      // Session 30: stinking, stingy, and the singular adjectives of "questa gente" (that kind of people).
      [0.75, '(puzzano|puzzavano|non si lavano)|(degenerata|depravata|pervertita)|(tirchi|tirchie|spilorci|spilorce)'],
      // Session 32, implicit derogation by class: owned like property ("proprietà del marito"), a danger to children, and no
      // more of them wanted, the group the clause's last word or before a place ("non abbiamo bisogno di altri zingari qui").
      [0.75, '(proprieta|possesso|possedimento) (del|dei|di loro|dei loro|del loro|di suo|dei suoi|del suo|di un) (marito|mariti|uomo|uomini|padrone|padroni|sposo)|(un|una|il) (pericolo|minaccia|rischio) per (i bambini|i nostri figli|i nostri bambini|i minori|i figli|l infanzia|i ragazzi)|non (abbiamo bisogno|vogliamo) (di altri|di altre|di piu|altri|altre|piu|ancora) _ [qui|qua] [in (italia|questo quartiere|questo paese|questa citta|questa zona|questa strada)] $'],
      // Session 35, implicit derogation by construction (issue 17): "typical of X," then what they always do, kept away from one's
      // children (the refusal is the derogation's own), knowing their place, smelt from afar, ruining every street they reach,
      // breeding like beasts; backward, ungrateful, promiscuous.
      [0.75, '(tipico) [di|dei|degli|delle|del|della] _ $ (sempre|di nuovo|ancora|come sempre|mai|solo|ogni volta)|(non) (lascerei|lascero|lascio|lasciare|lascerebbe|permetterei|permettero|farei) ... (vicino|accanto|avvicinare|avvicinarsi|toccare) (ai miei|ai nostri|alle mie|alle nostre|a mio|a mia) (figli|figlio|figlia|figlie|bambini|bimbi|nipoti)|(sapevano|sapeva|conoscevano|stavano|rimanevano|restavano|devono|dovrebbero|deve|dovrebbe|imparare) ... (il loro posto|al loro posto)|(li senti|le senti|si sentono|puzzano|li si sente|si sente) [sempre|gia|arrivare] (da lontano|a un chilometro|a chilometri|dalla puzza|dall odore|a distanza)|(rovinano|distruggono|sporcano|degradano|rovina|distrugge|sporca|degrada) (ogni|tutti i|tutte le|i nostri|le nostre|qualsiasi|qualunque) (quartiere|quartieri|citta|strada|strade|paese|paesi|scuola|scuole|zona|zone)|(si riproducono|si moltiplicano|figliano) come'],
      [0.75, '(arretrati|arretrate|ingrati|ingrate|promiscui|promiscue)'],
      // Session 35: proof that evolution runs backwards, the missing link; crime or filth wherever they are; one of them as a
      // boss or neighbour refused ("no thanks"). Not "they cannot even": also "they are not even allowed to", their plight.
      [0.75, '(prova|prove|dimostrano|dimostra|prova vivente) .. (evoluzione) .. (indietro|all indietro|al contrario)|(anello mancante)|(dove) (ci sono|c e|vivono|arrivano|stanno) ... (ci sono|c e) (furti|criminalita|delinquenza|sporcizia|degrado|risse)|(come|da) (capo|capa|vicino|vicini|vicina|collega|professoressa|medico|pilota|presidente|nuora|genero) [_] (no grazie|anche no|mai)'],
      // Session 35, a mind denied by class: a bird's or a pea's brain, no brain at all (the negation is the derogation's own);
      // "what do you expect from X?", the group closing the question (not "...from X who lost everything").
      // The sickness, horror and retching they are said to cause.
      [0.75, '(cosa|che|che cosa) (ti aspetti|vi aspettate|ci si aspetta|ti aspettavi|vuoi aspettarti|pretendi) (da|dai|dagli|dalle|dal|dalla) [un|una|uno|questi|quei|quegli] _ [_] $|(cervello|cervelli) (di gallina|da gallina|di formica|di zanzara|di pollo|di un pollo|di una gallina)|(non) (hanno|ha) (cervello|il cervello|sale in zucca)|(mi|ci) (fanno|fa) (venire) (il vomito|la nausea|i conati|il voltastomaco)|(mi|ci) (fanno|fa) (orrore|senso)|(ho|abbiamo|provo|proviamo) (orrore) (dei|degli|delle|di|per)'],
      // Told to get lost, the group called after it ("largaos, X", "cassez-vous, les X"): the rude and the plain imperative of leaving, ending its clause ("andatevene a letto" is bedtime).
      [0.75, '(andatevene|tornatevene|levatevi dai coglioni|fuori dalle palle) [da qui|dall italia|dal nostro paese|a casa vostra] $'],
      // Session 37: no honour, decency or scruples had, the negation the derogation's own and the clause ending there ("non hanno onore").
      [0.75, '(non) (hanno|ha|avevano|aveva|avranno) [alcun|alcuna|nessun|nessuna|un briciolo di|un minimo di] (onore|senso dell onore|principi|scrupoli) $'],
      // Session 39 (issue 17): set apart from "us", the clause ending there ("non sono come noi"); a woman's place at home or in
      // the kitchen ("il posto delle donne è in cucina", "deve stare a casa a fare la mamma"); told to thank us.
      [0.75, 'non (sono|e) [persone|gente] come noi $|(il) posto (delle|della|di una|dei|degli|di un) _ (e|sta) (in cucina|a casa|ai fornelli|in casa)|(deve|devono|dovrebbe|dovrebbero) [solo|soltanto] (stare|restare|rimanere) (a casa|in cucina|ai fornelli) (a fare|a badare|a pulire|a cucinare|e fare|e basta|$)'],
      [0.75, '(dovrebbero|devono|dovrebbe|deve) [solo|pure|anche|almeno] (ringraziarci|baciarci i piedi|esserci grati|esserci riconoscenti)'],
    ],
    violence: [
      // Told to die, the group called after it ("crevez, les X", "verreckt, ihr X"): the plural imperative of a verb of dying.
      [0.8, '(crepate|morite|schiattate)'],
      // Session 39 (issue 17): told to vanish, die or leave after a modal or in the wish's subjunctive, with no group word of its own:
      // the group named in the sentence before, taken up by the floating "all" or the verb ("Ci sono X. Che spariscano tutti.").
      [0.8, 'che (spariscano|crepino|muoiano|schiattino|marciscano|se ne vadano|se ne tornino) [tutti|tutte] $'],
      [0.75, '(dovrebbero|devono|vanno|andrebbero) [tutti|tutte] (andarsene|sparire|crepare|morire|sloggiare|tornarsene a casa|tornarsene a casa loro|tornare a casa loro|essere cacciati|essere eliminati|eliminati|cacciati) [tutti|tutte] $'],
      // A killing wished or called good, done by someone, the state or an impersonal subject, in the finite verb a wish or an
      // 'it would be good if' takes (future, subjunctive, present): of a group it is a call; of a pest or a monster, no group is named.
      [0.8, '(spero|speriamo|magari|sarebbe bello|sarebbe bene|sarebbe meglio|sarebbe giusto|mi auguro|ci auguriamo|vorrei) (che|se) [qualcuno|la polizia|lo stato|il governo|finalmente qualcuno] .. (uccida|uccidano|uccidesse|uccidessero|ammazzi|ammazzino|ammazzasse|ammazzassero|impicchi|impicchino|impiccasse|impiccassero|bruci|brucino|bruciasse|bruciassero|stermini|sterminino|sterminasse|sterminassero|fucili|fucilino|fucilasse|fucilassero|spari a|sparino a|sparasse a|sparassero a|sgozzi|sgozzino|sgozzasse|sgozzassero|massacri|massacrino|massacrasse|massacrassero|gasasse|gasassero|linciasse|linciassero|eliminasse|eliminassero|elimini|eliminino|accoltellasse|accoltellassero)'],
      [0.8, '(uccidere|ucciderli|ucciderle|uccidiamo|uccidete|ammazzare|ammazzarli|ammazzarle|ammazziamo|sterminar*|stermin*|eliminarli|eliminarle|eliminiamo|deportar*|deportiamo|deportati|espell*|cacciar*|cacciamoli|impiccar*|impicchiamo|fucilar*|sparare|sparargli|bruciare|bruciarli|annegar*|gassar*|linciar*|stuprare|sbarazzar*|liberarci|liberarsi|farla finita con|rinchiuder*|vietare|bandire|annientar*|massacr*|attaccar*|sopprimer*)'],
      [0.75, '(fuori|via) (dall italia|dal nostro paese|dall europa|da qui)|(tornino|tornate|rimandarli) (a casa loro|nel loro paese|in africa)'],
      // Session 29: putting an end to them, and throats cut wished in the subjunctive ("se solo avessero la gola tagliata",
      // not a report's "fu trovato con la gola tagliata").
      [0.8, '(mettere|metteremo|mettero|mettiamo|porre|porremo|porro|poniamo) fine a|(avessero|abbiano) (la gola|le gole) (tagliata|tagliate)'],
      [0.8, '(assassinare|assassinarli|massacrare|eliminare|eliminati|eliminate|giustiziare|giustiziati|fucilati|impiccati|bruciati|rinchiusi|sterilizzare|castrare|picchiare|picchiarli|pestare|lapidare|torturare|morte ai|morte agli|morte alle|crepino|crepare|toglierli di mezzo|sbarazzarci)'],
      [0.8, '(uccidero|uccideremo|ammazzero|ammazzeremo|sparero|spareremo|accoltellero|brucero|bruceremo|impicchero|stuprero|picchiero|attacchero|attaccheremo|continueremo ad attaccare|eliminero|elimineremo|sterminero|stermineremo|sradichero|sradicheremo|sradichiamo|sradichiamoli|massacrero|sgozzero|decapitero|vado ad (ammazzare|uccidere|sparare)|devo (uccidere|ammazzare|stuprare|sparare a))'],
      [0.8, '(dovrebbero|devono|meritano di|andrebbero) [tutti|tutte] (essere) [tutti|tutte] (uccisi|uccise|ammazzati|ammazzate|eliminati|eliminate|sterminati|sterminate|giustiziati|giustiziate|impiccati|impiccate|fucilati|fucilate|bruciati|bruciate|gassati|gassate|deportati|deportate|espulsi|espulse|rinchiusi|rinchiuse|sradicati|sradicate|castrati|sterilizzati)|(meritano|dovrebbero|devono) (morire|crepare|soffrire|la morte)|(bisogna|bisognerebbe|dobbiamo|dovremmo) [semplicemente] (ucciderli|ammazzarli|eliminarli|sterminarli|sradicarli|deportarli|espellerli|cacciarli|bruciarli|impiccarli|fucilarli|rinchiuderli|sbarazzarci|liberarci)|(annegassero|morissero|crepassero|sparissero|bruciassero)'],
      [0.8, '(voglio|vogliamo|vorrei|vorremmo) (uccidere|ammazzare|sterminare|eliminare|bruciare|impiccare|sparare|accoltellare|picchiare|stuprare)|finche non (saranno|sono) (tutti|tutte) (morti|morte)|finche non (muoiono|moriranno|se ne (vanno|andranno|saranno andati))|(qualcuno) (dovrebbe|deve) (ucciderli|ammazzarli|sparargli|bruciarli|impiccarli|eliminarli|sterminarli)|(uccidiamoli|ammazziamoli|bruciamoli|impicchiamoli|eliminiamoli|sterminiamoli|cacciamoli|attacchiamoli|spariamogli)'],
      [0.8, '(dovrebbero|devono|meritano di|andrebbero|vanno|bisogna che siano|dovremmo vederli) .. [essere] .. (uccisi|uccise|ammazzati|ammazzate|assassinati|assassinate|giustiziati|giustiziate|impiccati|impiccate|fucilati|fucilate|sterminati|sterminate|eliminati|eliminate|bruciati|bruciate|gassati|gassate|linciati|linciate|torturati|torturate|puniti|punite|picchiati|picchiate|massacrati|massacrate|annientati|annientate|sradicati|sradicate|deportati|deportate|espulsi|espulse|rinchiusi|rinchiuse|imprigionati|imprigionate|sterilizzati|sterilizzate|castrati|castrate|accoltellati|accoltellate|annegati|annegate|sgozzati|sgozzate|decapitati|decapitate|distrutti|distrutte|schiacciati|schiacciate|abbattuti|abbattute|cacciati|cacciate|lapidati|lapidate|stuprati|stuprate|avvelenati|avvelenate|sepolti|sepolte|seppelliti|seppellite|soppressi|soppresse|appesi|appese)'],
      [0.8, '(uccidiamo|ammazziamo|giustiziamo|impicchiamo|fuciliamo|sterminiamo|eliminiamo|bruciamo|gassiamo|linciamo|torturiamo|picchiamo|massacriamo|annientiamo|sradichiamo|deportiamo|espelliamo|rinchiudiamo|accoltelliamo|anneghiamo|sgozziamo|distruggiamo|schiacciamo|abbattiamo|cacciamo|lapidiamo|avveleniamo|uccidiamole|ammazziamole|sradichiamole|eliminiamole|sterminiamole|bruciamole|impicchiamole|cacciamole|sradichiamoli|deportiamoli|deportiamole|fuciliamoli|massacriamoli|massacriamole|linciamoli|rinchiudiamoli|rinchiudiamole|picchiamoli|picchiamole|torturiamoli|annientiamoli|spariamogli|spariamo loro)|(uccidero|uccideremo|ammazzero|ammazzeremo|giustiziero|giustizieremo|impicchero|impiccheremo|fucilero|fucileremo|sterminero|stermineremo|brucero|bruceremo|lincero|linceremo|torturero|tortureremo|picchiero|picchieremo|massacrero|massacreremo|annientero|annienteremo|sradichero|sradicheremo|deportero|deporteremo|accoltellero|accoltelleremo|anneghero|annegheremo|sgozzero|sgozzeremo|distruggero|distruggeremo|schiaccero|schiacceremo|abbattero|abbatteremo|caccero|cacceremo|stuprero|stupreremo|avvelenero|avveleneremo)|(voglio|vogliamo|vorrei|andro ad|andremo ad|dobbiamo|dovremmo|bisogna|qualcuno dovrebbe|qualcuno deve|e ora di|e tempo di|e arrivato il momento di) .. (decapitare|strangolare|gassare|fucilare|giustiziare|linciare|castrare|mutilare|bombardare|fare a pezzi|spezzare le gambe a|rompere le ossa a|rinchiudere|deportare|affogare|sradicare|accoltellare|sgozzare|distruggere|schiacciare|abbattere|avvelenare|seppellire|ferire|fare del male|colpire|pestare|picchiare|torturare|massacrare|uccidere|ammazzare|bruciare|impiccare|sparare|stuprare|lapidare|annegare|sterminare|eliminare)'],
      [0.8, '(meglio|migliore) (senza|morti|morte)|(una|la|loro|nella|nelle|in una) (pallottola|proiettile in testa|tomba|fossa|fossa comune|camera a gas|camere a gas|campo di concentramento|campi di concentramento|forca)|(cancellare|cancellati|cancellate|spazzare via|spazzati via) dalla (faccia|terra|faccia della terra)'],
      [0.8, '(vederli|vederle|vedere) .. (morti|morte|crepare)|(farli|farle|faro|faremo) .. (soffrire|pagare)|(pagheranno|soffriranno|la pagheranno)|(tagliare|taglio|tagliero|sgozzare) .. (gola|gole)'],
      // The present for the future, pronoun objects ("il prossimo X che vedo lo ammazzo"), and wished deaths in the subjunctive.
      [0.8, '(sparo|ammazzo|uccido|accoltello|sgozzo|impicco|massacro|stermino|brucio) (a|al|alla|ai|agli|alle|tutti|tutte|quei|questi|queste|quelle|ogni|qualche)|(lo|la|li|le) (affogo|annego|strangolo|decapito|fucilo|picchio|torturo|castro|affoghero|strangolero|decapitero|ammazzo|uccido|sgozzo|brucio|impicco|accoltello|massacro|stermino|ammazzero|uccidero|sgozzero|brucero|impicchero|accoltellero|massacrero|sterminero|ammazzerei|ucciderei|sgozzerei|brucerei)|(faro|faremo|fare|facciamo) (a pezzi|fuori|la pelle a|la pelle ai|saltare in aria)|(daro|daremo|dare|diamo) fuoco (a|alle|ai|agli|al|alla)|(muoiano|che muoiano|morissero|crepassero|crepino)|morte a (tutti|tutte|questi|queste|quei|quelle|i|gli|le)'],
      // One of them ("ogni X dovrebbe essere eliminato"): the singular modal and participle; camps; the conditional of wish.
      [0.8, '(dovrebbe|deve|merita di|andrebbe|va) .. [essere] .. (ucciso|uccisa|ammazzato|ammazzata|eliminato|eliminata|sterminato|sterminata|bruciato|bruciata|impiccato|impiccata|fucilato|fucilata|giustiziato|giustiziata|linciato|linciata|torturato|torturata|picchiato|picchiata|massacrato|massacrata|deportato|deportata|espulso|espulsa|rinchiuso|rinchiusa|castrato|castrata|accoltellato|accoltellata|annegato|annegata|sgozzato|sgozzata|gassato|gassata|lapidato|lapidata|stuprato|stuprata|avvelenato|avvelenata|cacciato|cacciata|soppresso|soppressa)|(mettere|metterli|chiudere|chiuderli|rinchiudere|mandare|mandarli|spedire|spedirli|deportare) .. (in un campo|nei campi|nei lager|in un lager|in una camera a gas|nelle camere a gas|nei forni|nel forno)|(gassero|gasseremo|pestero|pesteremo|pesto|picchio)|(ucciderei|ammazzerei|sterminerei|brucerei|impiccherei|fucilerei|sparerei|accoltellerei|massacrerei|sgozzerei|gasserei|picchierei) (volentieri|tutti|tutte|ogni|i|gli|le|un|una|a|al|ai|agli|alle|quei|questi|queste)'],
      // Session 14, by class: run over (only with the car: "investire" is also to invest), bombed, beheaded, strangled,
      // drowned; the first-person future and plural imperative of those verbs, the plural imperative with its object
      // ("uccidete", "rinchiudeteli": the bare "-ate" forms are the feminine participles of news, "donne uccise").
      [0.8, '(investiro|investiremo|investire|investirli|investirle|mettero sotto|metteremo sotto|mettere sotto|metterli sotto) .. (con la macchina|con l auto|con la mia auto|con la mia macchina|col camion|con il camion|con la moto|con il furgone)|(bombardero|bombarderemo|decapitero|decapiteremo|strangolero|strangoleremo|affoghero|affogheremo|castrero|castreremo|mutilero|mutileremo|gassero|gasseremo|giustiziero|giustizieremo|rinchiudero|rinchiuderemo)|(decapitiamo|strangoliamo|affoghiamo|bombardiamo|castriamo|mutiliamo|decapitiamoli|decapitiamole|strangoliamoli|affoghiamoli|affoghiamole|castriamoli|bombardiamoli|gassiamoli|gassiamole)|(uccidete|rinchiudete|sparate ai|sparate agli|sparate alle|ammazzateli|ammazzatele|uccideteli|uccidetele|impiccateli|impiccatele|bruciateli|bruciatele|sterminateli|sterminatele|cacciateli|cacciatele|rinchiudeteli|rinchiudetele|fucilateli|affogateli|affogatele|decapitateli|massacrateli|massacratele|picchiateli|picchiatele|torturateli|castrateli|lapidateli|lapidatele|sparategli)'],
      // Session 14, by class: "the only good X is a dead X", put against the wall ("mettere al muro"), hanging from a tree.
      [0.8, '(l unico|l unica|gli unici|le uniche) .. (buono|buona|buoni|buone) (e|sono) .. (morto|morta|morti|morte)|(mettere|metterli|metterle|mettiamo|mettiamoli|mettetli|metterei|mettero|metteremo) .. al muro|(appesi|appese|impiccati|impiccate|penzolare|penzolanti|appenderli|appenderle|appendere) .. (a un albero|agli alberi|a un lampione|ai lampioni|alla forca)'],
      // Hunted down; better off without them.
      [0.8, '(dare|daro|daremo|diamo|dategli|daranno) la caccia|caccia (ai|agli|alle|al|all)|(migliore|meglio|piu sicuro|piu sicura|piu pulito|piu pulita) (senza)'],
      // Made to suffer, told they will die, watched suffering, harmed.
      [0.8, '(faro in modo|faremo in modo|faro si|faremo si|mi assicurero|ci assicureremo|mi accertero) ... (spariscano|scompaiano|non sopravvivano|soffrano|muoiano|paghino|sanguinino|crepino|brucino)|(morirete|creperete|soffrirete|pagherete|brucerete|marcirete|morirai|creperai|la pagherete)|(voglio|vogliamo|vorrei|vorremmo) vedere .. (soffrire|morire|bruciare|sanguinare|crepare|piangere|marcire)|(faro|faremo|fare|voglio fare|vorrei fare|vogliamo fare|bisogna fare|dovremmo fare) del male'],
      // Beaten, kicked, strangled, hunted, their homes set on fire.
      [0.8, '(picchiero|picchieremo|pestero|pesteremo|massacrero|massacreremo|menero|meneremo|gonfiero|gonfieremo) [di botte|a sangue]|(prendo|prendero|prenderemo|prendiamo|prenderli|prenderle) a (calci|pugni|schiaffi|bastonate|sprangate|mazzate|sassate)|(strangolero|strangoleremo|soffochero|strozzero|strangolare|strangolarli|strozzare|strozzarli)|(andro|andremo|vado|andiamo) a caccia (di|dei|degli|delle)|(daro|daremo|diamo|dare) fuoco|(incendiero|incendieremo|incendiare|brucero|bruceremo) .. (case|casa|moschea|moschee|sinagoga|sinagoghe|negozi|quartieri)'],
      // Violence called understandable or fair when others do it ("è comprensibile che la gente attacchi X").
      [0.8, '(comprensibile|normale|giusto|logico|giustificato|accettabile|legittimo|bene) che (la gente|qualcuno|si|li|le|tutti|altri) .. (attacchi|attacchino|picchi|picchino|uccida|uccidano|aggredisca|aggrediscano|spari|sparino|linci|linciino|bruci|brucino|perseguiti|perseguitino)'],
      // Session 8: the world better if they were dead or gone; death wished on them; high time to be rid of them;
      // "andrebbero" with its participle; faces and heads smashed.
      [0.8, '(mondo|paese|pianeta) (sarebbe|starebbe) .. (migliore|meglio|piu sicuro) .. (se|senza) ... (morti|morte|sparissero|scomparissero|morissero|crepassero)|(magari|spero che|speriamo che|vorrei che) .. (morissero|muoiano|crepassero|crepino|sparissero|spariscano|bruciassero|brucino|fossero morti|fossero morte)|(e ora|e arrivato il momento|e tempo) di .. (farla finita con|sbarazzarci di|liberarci di|cacciare|espellere|deportare|eliminare|sterminare|uccidere|ammazzare)|(andrebbero|vanno) (ammazzati|ammazzate|uccisi|uccise|eliminati|eliminate|sterminati|sterminate|bruciati|bruciate|impiccati|fucilati|gassati|rinchiusi|deportati|cacciati|buttati|buttate)|(spacchero|spaccheremo|spaccare|spaccargli|rompero|romperemo|rompergli|spacco|rompo|spezzero|spezzeremo|spezzare|spezzargli|spezzo) (la faccia|la testa|le ossa|il culo|le gambe|il muso|il collo|le braccia|la schiena|i denti)'],
      // Session 17, by construction class: the plural imperative with its object after a masculine or "all" determiner
      // (the bare "-ate" forms are feminine participles too: "donne picchiate le..."); the first person present with
      // the article; the subjunctive of a call ("che brucino tutti i X", "che vengano deportati"); the impersonal modal
      // ("bisognerebbe impiccare", "si dovrebbero bruciare"); deserving a beating or a bullet; made to disappear, said
      // with the pronoun ("farli sparire": "far sparire i pregiudizi" is not a group); said to be better dead
      // ("dovrebbero essere morti"); killing them called a favour.
      [0.8, '(bruciate|impiccate|fucilate|gassate|ammazzate|massacrate|sterminate|linciate|picchiate|torturate|cacciate|deportate|lapidate|affogate|annegate|accoltellate|sgozzate|decapitate|castrate|rinchiudete|espellete|uccidete) (i|gli|tutti|tutte le|quei|quegli|questi|quelle|queste|ogni)|(uccido|ammazzo|sgozzo|impicco|stermino|massacro|fucilo|gasso) (i|gli|le)|(che|che si) (brucino|impicchino|fucilino|ammazzino|uccidano|sterminino|gassino|caccino|deportino|rinchiudano|lincino|picchino|massacrino|affoghino|anneghino|crepino|muoiano) (i|gli|le|tutti|tutte)|che (vengano|siano) [tutti|tutte] (deportati|deportate|uccisi|uccise|ammazzati|ammazzate|impiccati|impiccate|bruciati|bruciate|fucilati|fucilate|gassati|gassate|sterminati|sterminate|cacciati|cacciate|rinchiusi|rinchiuse|espulsi|espulse|picchiati|picchiate)|(bisognerebbe|bisogna|si dovrebbe|si dovrebbero|si deve|si devono|occorre|occorrerebbe|sarebbe ora di|sarebbe giusto|sarebbe meglio) .. (uccidere|ammazzare|impiccare|fucilare|bruciare|gassare|sterminare|deportare|cacciare|espellere|rinchiudere|picchiare|linciare|massacrare|annegare|affogare|sparare a|sparare ai|sparare agli|far sparire)|(meritano|si meritano|meriterebbero|si meriterebbero) (botte|le botte|legnate|mazzate|bastonate|calci|schiaffi|di essere picchiate|di essere picchiati|di essere uccisi|di essere uccise|una pallottola|un proiettile|la forca|il rogo|la camera a gas)|(farli|farle) sparire|(dovrebbero|devono|meriterebbero di) [tutti|tutte] essere [tutti|tutte] (morti|morte|sottoterra|sotto terra)|(uccidere|ammazzare|bruciare|impiccare|gassare|fucilare|sterminare|picchiare|linciare) ... (sarebbe|e) [fare] (un favore|un piacere|una benedizione|un servizio)'],
      // Session 27 (see the derogation): throats cut; "what if we ..."; death the only solution; hoping someone ends them.
      [0.8, '(tagliare|tagliargli|tagliarle|tagliassimo|tagliassero|taglierei|tagliero|taglieremo|taglino|sgozzare|sgozzarli|sgozzassimo) .. (la gola|le gole)'],
      [0.8, '(e se|perche non|che ne dite se) (tagliassimo|uccidessimo|ammazzassimo|bruciassimo|impiccassimo|sterminassimo|eliminassimo|massacrassimo|linciassimo|fucilassimo|cacciassimo|espellessimo|deportassimo|gasassimo|sgozzassimo|affogassimo|sparassimo)'],
      [0.8, '(l esecuzione|lo sterminio|la morte|l eliminazione|la deportazione|l espulsione|la forca|il rogo|una pallottola|il genocidio|la camera a gas|la fucilazione|la pena di morte) (e|sarebbe|resta|rimane|sara) (l unica|la migliore|la vera|l ultima) (soluzione|risposta|opzione|via)'],
      [0.8, '(sperare|spero|speriamo|speravo|si spera|auguro|prego) (che) (qualcuno|il governo|dio|la polizia|lo stato) (metta fine a|ponga fine a|faccia fuori|elimini|stermini|uccida|ammazzi|bruci|impicchi|massacri|si sbarazzi di|ci liberi da|ci sbarazzi di)'],
    ],
    // Session 35: being worth anything ("nessuno di loro vale qualcosa").
    worth: ['(vale|valgono|valeva|valevano) (qualcosa|granche)', '(intelligente|intelligenti|sveglio|svegli|sveglia|sveglie|capace|capaci|prezioso|preziosi|preziosa|preziose|degno|degni|degna|degne|umano|umani|umana|umane|uguali|benvenuto|benvenuti|benvenuta|benvenute|vivere|vivano|vita|vite|esistere|esistano|sopravvivere|rispetto|rispettare|diritti|posto|spazio|fiducia|fidarsi|bravi|brave|buoni|buone|normali|utili|accettare|accettati|accettate|tollerare|tollerati|tollerate|permesso|permessi|consentito|votare|assumere|sposare|cittadini|appartengono|far parte|affidabili|affidabile|perbene|una persona perbene|onesti|oneste|onesto|onesta|sinceri|sincere|leali|di parola|(niente|nulla|qualcosa) di (buono|giusto|utile)|(valgono|varranno|varrebbero|vale|valere|valgano) [mai] quanto|valore|importanza|fiderei|fidarmi|fiderei mai|vero uomo|vera donna|veri uomini|vere donne|esseri umani|persone normali|diritto|uscire con|stare con|brava persona|brave persone|persone perbene|persona perbene|comandare|al comando|governare|dirigere|adottare|fidare|fidarci|di valore)',
      // Session 24: morals, hygiene, dignity, manners ("non hanno nessuna morale").
      '(morale|moralita|igiene|dignita|decenza|educazione)',
      // Session 37: working honestly or hard ("non lavorano mai onestamente").
      '(lavorano|lavora|lavorare) [mai] (onestamente|sodo|seriamente)',
      // Session 19: deserving help, worth the effort, grateful.
      '((meritano|merita|meritavano|meriterebbero) [il|la|nostro|nostra|il nostro|la nostra|alcun|alcuna|nessun|nessuna] (aiuto|sostegno|compassione|pieta|attenzione|considerazione|fatica|sforzo|sforzi|fiducia)|(valgono|vale|valeva|valevano) (la pena|lo sforzo|la fatica)|grato|grata|grati|grate|riconoscente|riconoscenti)',
      // Good qualities a negation denies: kind, civil, clean, hard-working, loyal, gifted, brave, sensible, respectable.
      '(avere figli|fare figli|adottare|prendere sul serio|far entrare|fare parte)',
      '(gentile|gentili|simpatici|simpatiche|educati|educate|civili|civilizzati|civilizzate|pacifici|pacifiche|puliti|pulite|laboriosi|laboriose|lavoratori|lavoratrici|fedeli|generosi|generose|brillanti|talentuosi|talentuose|competenti|qualificati|qualificate|forti|coraggiosi|coraggiose|belli|belle|attraenti|maturi|mature|razionali|ragionevoli|saggi|sagge|colti|colte|istruiti|istruite|rispettabili|ammirevoli|degni di fiducia|degne di fiducia|brava gente|innocenti)',
      // Session 17, es's classes.
      '(cittadinanza|nazionalita|crescere (figli|i figli|dei figli|bambini|i bambini|dei bambini)|educare (figli|i figli|bambini|i bambini)|insegnare (ai bambini|a scuola|nelle scuole|ai nostri figli)|(hanno|ha|avere|abbiano) [alcuna|nessuna] (intelligenza|dignita|cervello)|capacita (di|per) (pensare|ragionare|comandare|guidare|governare|decidere|capire|imparare|lavorare)|(contribuiscono|contribuisce|contribuire) (a|al|alla|in) [questo|nostro|nostra|questa] (paese|societa|economia|nulla|niente)|(essere|fare|diventare) [il|i] (capo|capi|leader)|affitterei|affitteremmo|affittero|affittare (casa|la casa|una casa|un appartamento|l appartamento|una stanza)|dare in affitto|voterei|voteremmo|votero|assumerei|assumeremmo|assumero|sposerei|sposero|sposarmi|gente perbene|persone oneste|gente onesta|uguali a noi|nostri pari|uno di noi|una di noi|dei nostri|(faranno|fanno|facciano|farebbero) parte (della|di questa|della nostra|del|di questo|del nostro|di) (societa|paese|nazione|comunita|popolo|noi))',
    ],
    negation: ['non', 'mai', 'nessun', 'nessuno', 'nessuna', 'niente', 'nulla', '(e|sarebbe) (falso|una bugia) (che|dire che)',
      // Session 35: a doubting question, "do you really think that...", as in Spanish.
      '(davvero|veramente|sul serio) (credi|pensi|credete|pensate) che', '(credi|pensi|credete|pensate) (davvero|veramente|sul serio) che',
      // Session 14: the emphatic negations, which stand alone.
      'affatto', 'per niente', 'neanche', 'nemmeno', 'neppure',
      // Session 19: hardly ("a malapena capaci").
      'a malapena',
      // Session 24: denials without a negation word, as French "tout sauf" (anything but) and "loin d'être" (far from).
      '(tutto|qualsiasi cosa) (tranne|fuorche)', 'tutt altro che', '(lontani|lontane|lontano|lontana|lungi) dall essere', '(mi rifiuto|ci rifiutiamo|si rifiutano) di (credere|pensare|accettare|ammettere) che'],
    // How others treat a group, told by one indignant at it ("me indigna que traten a los X como basura": session 18), or
    // the treatment judged wrong ("es ist falsch, X wie Dreck zu behandeln") or done by nobody (session 20).
    mention: [
      // Session 37: a group treated as beasts in the past passive is a history of its mistreatment, not the writer's view.
      '(venivano|vennero|furono|erano stati|erano state|sono stati|sono state) (trattati|trattate) (come|da)',
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(descrivere|descrive|descrivono|descriveva|descrivevano|descritto|descritti|rappresentava|rappresentavano|raffigurava|raffiguravano|dipingeva|dipingevano|presentava|presentavano|gridavano|gridano|urlavano)',
      '(che|quando|come) (trattino|trattano|trattavano|trattarono|tratta|trattava|tratti)',
      // Session 32: being called so, a report of others' word ("Perché gli X vengono chiamati ... online?").
      '(vengono|venivano|sono|siete|venite) (chiamati|chiamate|definiti|definite|etichettati|etichettate)', '(non|mai) (ho|abbiamo) (mai) (detto)', 'nessuno [piu] (tratta|trattava|trattera)', '(sbagliato|vergogna|vergognoso|ingiusto|crudele|disumano|inaccettabile|schifoso|assurdo|(fanno|fa|fai|fate|hanno fatto|ha fatto) male a) ... trattare', '(tuo|tua|tuoi|tue|vostro|vostra|vostri|vostre) [_] (odio|sdegno|disprezzo|disgusto|ribrezzo|avversione|repulsione|astio)', '(chiedere|chiedono|invocare|invocano|insultare|insultano|fa male|(l|dell|all) odio|smettere di|smettila di|smettetela di|dire|dice|dicono|dici|dica|detto|dicendo|chiamare|chiama|chiamano|chiami|scrivere|scrive|scrivono|scritto|affermare|afferma|contro|denunci*|condann*|critic*|cose come|frasi come|minacciare|minacci|minaccia|minacciano|vergognarti|vergognati|vergognatevi|hai detto|scriva|scrivi|scrivano|reato|crimine|chi vuole|chi vorrebbe|chi _ vuole|ha chiamato|hanno chiamato|chiamava|chiamavano|sentito dire|sento dire|sentire dire|che (odia|odiano|insulta|insultano|attacca|attaccano|disprezza|disprezzano)|chi (odia|insulta|offende|discrimina|deride|disprezza|maltratta|picchia|aggredisce|attacca|prende in giro))', '(per te|la tua opinione|la vostra opinione|la sua opinione)',
      // Session 32: a claim denied as a whole ("non è vero che i X non sono affidabili": the negation inside it is the claim's).
      '((non e|non sarebbe) (vero|giusto)|e (una bugia|falso)) che',
      // Session 24: the hatred they suffer is reported ("perché i X subiscono tanto odio?").
      '(subiscono|subisce|subire|subito|subita|subiti|patiscono|soffrono)', '((pensi|pensano|credi|credono) che|pubblicare|pubblichi|pubblicano|condividi|condividono|ripeti|ripetono|diffondi|diffondono|commento|commenti|razzista|razzisti|razzismo|sessista|sessisti|sessismo|omofob*|transfob*|xenofob*|discrimin*|intolleranza|pregiudizi|pregiudizio|le tue parole|il tuo odio)',
      // Session 19: hearing or reading it said ("stanca di sentire che"), what someone used to say ("mio nonno diceva"),
      // a claim named as an idea or a myth to be judged ("l'idea che X siano inferiori è una bugia").
      '(sentire|sentir dire|ascoltare|leggere|sento|leggo|sentito|letto) (che|dire)', '(diceva|dicevano|diceva sempre|dicevano sempre)', '(pensava|pensavano|credeva|credevano) che',
      '(l idea|il mito|lo stereotipo|il pregiudizio|il cliche|la convinzione|la credenza|la teoria|la bugia|la leggenda|la storia|questa storia|la favola|questa favola|la balla|questa balla) (che|secondo cui|per cui)',
      // Session 30: a belief reported as someone else's ("perché c'è ancora chi pensa che le X siano inferiori?").
      '(chi|qualcuno|gente che|alcuni|certi|certe) (pensa|pensano|crede|credono) [ancora|davvero|sul serio] che'],
    they: ['(loro|sono|li|voi|siete|vostri|vostre|tu|sei)', '(dovrebbero|devono|meritano|saranno|sarebbero|vanno|stanno)',
      // Session 39 (issue 17): the floating "all" closing the clause takes up the group named before ("Che spariscano tutti.").
      '(tutti|tutte) $',
      // A plural verb alone carries the group on: "Per me restano spazzatura".
      '(restano|rimangono|resteranno|rimarranno|erano|sembrano|vogliono|odiano|rubano|distruggono|rovinano|puzzano)',
      // Session 30: "that kind of people", and what they do to the speaker, the verb carrying them ("Mi fanno schifo.").
      '(questa|quella) (gente|razza|feccia|gentaglia)|gente (cosi|del genere|come quella)|(questo|quel) tipo di gente', '(ciascuno|ciascuna|ognuno|ognuna|nessuno|nessuna) di (loro|essi)',
      // Session 37: the group named after what is said of "them", as whom the writer means ("Li odio. Intendo gli X.").
      '(intendo|parlo di|parlo degli|parlo delle|parlo dei|mi riferisco a|mi riferisco agli|mi riferisco alle|mi riferisco ai)', '(mi|ci) (fanno|facevano|faranno|danno|mettono|provocano)',
      // Session 39 (issue 17): a wish whose subjunctive carries them ("Spero che muoiano tutti."), as Portuguese's "tomara que".
      '(spero|speriamo|voglio|vogliamo|vorrei|mi auguro|ci auguriamo) che', '(fanno|facevano|faranno)'],
    self: ['(io sono|sono un|sono una|sono uno|siamo|come|in quanto) [un|una|uno]'],
  },
  nl: {
    group: [
      'lgbt*',
      '(vrouw|vrouwen|wijven|wijf)', '(immigrant|immigranten|migrant|migranten|vluchteling|vluchtelingen|buitenlander|buitenlanders|allochtoon|allochtonen|asielzoeker|asielzoekers|gelukszoekers)',
      '(moslim|moslims|islamiet|islamieten|islamist|islamisten)', '(jood|joden|joodse mensen)',
      '(zwarten|zwarte mensen|zwarte man|zwarte vrouw|negers|neger|nikker|nikkers)',
      '(homo|homos|homofielen|homoseksueel|homoseksuelen|lesbienne|lesbiennes|lesbo|lesbos|biseksueel|biseksuelen|trans|transpersoon|transpersonen|transgenders|transgender|transseksuelen|flikker|flikkers|nicht|nichten)',
      '(gehandicapte|gehandicapten|mensen met een beperking|mongool|mongolen|invalide|invaliden)',
      '(inheemse mensen|inheemsen|zigeuner|zigeuners|zigeunerin|zigeunerinnen|roma|aziaten|aziaat)',
      '(zwarte) (personen|persoon|mannen|vrouwen)', '(zwart) (persoon|mens)', '(homoseksuele|homoseksuele mannen|homoseksuele vrouwen|transvrouw|transvrouwen|transman|transmannen|transgenderpersonen|gehandicapt persoon|gehandicapte personen|mensen met een handicap|personen met een beperking|moslima|moslima s|moslimvrouwen|joodse|jodin|jodinnen|immigrante|vluchtelinge)',
      // Nationalities and peoples (nationalities.ts), session 23.
      ...nationalities('nl'),
    ],
    derogation: [
      // Session 37 (issue 17), tropes said of a whole group: always playing the victim, pulling the strings of the media and
      // the banks, a threat to the speaker's culture (Polish). Victims of a crime and a company that owns newspapers name no group.
      [0.75, 'spelen [altijd|steeds|graag] (de slachtofferrol|het slachtoffer|slachtoffertje)|(controleren|beheersen|besturen) (de media|de banken|de wereld|alles)'],
      // Session 37 (issue 17), as Polish has it: a group said unable to do what anyone can (drive, think, count, behave), and
      // here only for the money. Permission or a past ban ("durften nicht fahren") and a writer's own job are not read.
      [0.75, '(kunnen|kan) [gewoon|echt] (niet|geen) [eens] [goed] (autorijden|denken|nadenken|rekenen|tellen|leiden|regeren|inparkeren|zich gedragen|zich wassen)|(komen|zijn hier) (alleen|enkel|puur) (voor|om) (het geld|de uitkering|uitkeringen|ons geld)'],
      // Session 39 (issue 17): able to do nothing at all, in the main clause or at the end of a relative one ("die niks kunnen").
      [0.75, '(kunnen|kan) [gewoon|echt|helemaal] (niks|niets|geen moer|geen reet) $|(niks|niets) (kunnen|kan) $'],
      // Session 39 (issue 17): none of them any good or worth anything, none borne ("geen van hen deugt", "ik kan er geen enkele
      // uitstaan"); "deugen niet" said of all.
      [0.75, '(deugen|deugt) (niet|niks|nergens voor|voor geen meter)|(geen|niet een) [enkele] [ervan|van hen|van ze|van die] (deugt|deugen) $|(geen|niet een) [enkele] [ervan|van hen|van ze|van die] (is|zijn) (iets|ook maar iets|een cent|een stuiver) waard'
        + '|(kan|kunnen) er (geen|niet een) [enkele] (uitstaan|luchten|verdragen|zien)'],
      // Session 37, a group called children to be told what to do (issue 17): grown people as infants. Pets and
      // grandparents "like children" name no group.
      [0.75, '(zijn) [gewoon|echt|toch] (net|als|zoals|net als) [kleine] (kinderen|kleuters)'],
      // Session 37, told to be grateful to be let in (issue 17): their being here the speaker's favour.
      [0.75, 'dankbaar [zijn] dat (we|wij|men) (ze|hen|jullie) .. (binnenlaten|binnengelaten|toelaten|toegelaten|opnemen|opgenomen|dulden|gedogen)'],
      // Session 37, tolerance on a condition (issue 17): a group accepted only while it hides, keeps away or stays put. The
      // condition must follow the word of tolerance; a pet on a lead or a storm names no group.
      [0.75, '(ok|oke|oky|prima|in orde|acceptabel|geen probleem|niks tegen|niets tegen|geen bezwaar|mij best) .. (zolang|zo lang|mits) [ze|zij|hij|die] [het] [maar] [niet|nooit|geen]'],
      // Session 36, one group ranked above another as people (issue 17), the clause closing on the group ranked below.
      [0.75, '(zijn|waren) [genetisch|van nature|raciaal|biologisch|gewoon|duidelijk|veel] (superieur aan|meer waard dan) [de|alle] _ [mensen|personen] [in alles|van nature|als mensen] $'],
      // Plain "better than" is how fans and neighbours tease: it ranks people only "in everything" or "as people".
      [0.75, '(zijn|waren) [veel] beter dan [de|alle] _ [mensen|personen] (in alles|van nature|als mensen) $'],
      // Session 34, exclusion (issue 17): "X ons land uit!", no entry for them, the country said to be one group's alone, sent back or
      // thrown out (the imperative), told they may not live or vote here. "Telefoons de klas uit", "geen honden" and "stuur
      // ze terug naar de winkel" name no group.
      [0.75, '(ons|het|onze|deze|dit) (land|stad|buurt|dorp|school|wijk) uit $|geen toegang voor|(nederland|het land|ons land|dit land|europa) [is] (alleen|enkel|uitsluitend) (voor|van)|(stuur|stuurt|schop|schopt|gooi|gooit|zet|zijn) [ze|die|deze|hen|alle] [allemaal] .. (terug|eruit|het land uit) $|(gooi|gooit|schop|schopt|zet) (de|alle|die|deze) _ [_] (uit|eruit) (deze|onze|ons|het|de)|(zouden|mogen) [hier] niet [mogen] (wonen|stemmen|blijven) [hier]'],
      // Good for nothing, not worth it: the negation is the derogation's own ("nergens goed voor", "zijn het niet waard").
      [0.75, '(deugen|deugt|deugden) (nergens voor|voor geen meter|voor geen cent)|(hebben|heeft|hadden) (de samenleving|onze samenleving|ons|ons land|nederland|de maatschappij) (niets|niks) (te bieden|bij te dragen)|(nergens|tot niets|voor niets) (goed|geschikt|nuttig) [voor] $|(nooit|nergens) [ergens|ooit] goed in $|(zijn|waren) (het|de moeite) (niet|nooit|totaal niet|gewoon niet) waard'],
      [0.8, '(rat|ratten|parasiet|parasieten|kakkerlak|kakkerlakken|ongedierte|plaag|pest|kanker|tuig|uitschot|afval|vuilnis|beesten|dieren|varkens|apen|wilden|wormen|virus|onmensen|ondermensen|vuil|ziekte|stront|schorem|gespuis)'],
      [0.75, '(walgelijk|walgelijke|weerzinwekkend|weerzinwekkende|verachtelijk|verachtelijke|nutteloos|nutteloze|dom|dombo|dommen|stom|stomme|idioten|imbecielen|onwetend|onwetende|inferieur|minderwaardig|minderwaardige|smerig|smerige|vies|vieze|crimineel|criminelen|dieven|lui|luie|zielig|zielige|achterlijk|achterlijke|debiel|debiele|primitief|primitieve|waardeloos|waardeloze|dommer|domste)'],
      [0.75, '((walg|walgen) van|walgelijk|(ik|wij|we) (haat|haten|veracht|verachten|verafschuw|verafschuwen)|haat (tegen|jegens|voor)|afschuw|minachting (voor|jegens)|(niet) (uitstaan|verdragen|luchten)|(maken|maakt) me (misselijk|ziek|kotsmisselijk))'],
      [0.8, '(niets|geen moer|geen reet|geen ene moer|geen zak|geen cent|geen bal) waard|(geen|zonder) waarde|(niet) (tellen|telt)|(geen) (plaats|ruimte|plek)|(geen) (mensen|mens)|minder dan (mensen|niets)|(niet) beter dan|(erger|slechter) dan|(geen) medelijden'],
      [0.75, '(kanker|kk|tyfus|tering|godverdomme|klote|kut|rot op|rot toch op|kankeren)'],
      [0.75, '(weerzinwekkend|verwerpelijk|verwerpelijke|zwerm|zwermen|overspoelen|overspoeld|invasie|horden|kotsen|kotsmisselijk|misselijk)'],
      [0.75, '(niets dan|niets anders dan|alleen maar) (minachting|haat|afkeer|walging|afschuw)|(nooit|niet) .. zo (slim|slimme|intelligent|goed|capabel|waardevol) als|(niet|geen) beter dan'],
      [0.75, '(slecht|slechte|pervers|perverse|gedegenereerd|gedegenereerde|verdorven|vreselijk|vreselijke|afschuwelijk|afschuwelijke|lelijk|lelijke|ellendig|ellendige|leugenaars|stinkend|stinkende|een schande|abnormaal|abnormale|ziek|zieke|geestesziek|gestoord|gestoorde|asociaal|asociale|irritant|irritante|bloedzuigers|honden|vee|last)'],
      [0.75, '(geen|totaal geen|helemaal geen|geen enkel|geen enkele) (respect|medelijden|mededogen|sympathie)'],
      [0.75, '(kan|kunnen) .. (niet) (uitstaan|verdragen|luchten|zien)'],
      [0.8, '(helemaal|absoluut|echt|totaal) (niets|niks) waard|(niets|niks) waard|(geen|geen enkele) (waarde|betekenis)|(doen|doet) er (niet|niet toe)'],
      [0.75, '(horen|hoort|behoren|behoort|moeten|zouden) .. (in) (de|een) (dierentuin|zoo|kooi|kooien|stal)'],
      [0.75, '(hond|kat|aap|hamster|papegaai|geit|vis) (is|zijn) (slimmer|intelligenter|nuttiger) dan'],
      [0.75, '(domste|stomste|smerigste|walgelijkste|achterlijkste|ergste|laagste)'],
      [0.8, '(bloedzuigers|teken|luizen|vlooien|bacterien|tumor|gezwel|kankergezwel|rotting|knaagdieren|insecten|beest|dier|aap|varken|honden|kakkerlakken|menselijk afval|mest|drek|kadaver|parasieten|uitvaagsel|gajes|schuim|vuiligheid|smeerlappen|smeerlap|schoften|schoft|klootzakken|eikels|tuig van de richel|tyfuslijers|kankerlijers)'],
      [0.75, '(walgelijk|walgelijke|weerzinwekkend|smerig|smerige|vies|vuil|vuile|dom|domme|stom|stomme|idioot|idiote|nutteloos|minderwaardig|zielig|onwetend|laag|laaghartig|laaghartige|gemeen|gemene|verachtelijk|verwerpelijk|ongewenst|ongewenste|onbeschaafd|onbeschaafde|barbaars|barbaarse|gevaarlijk|gevaarlijke|gewelddadig|gewelddadige|wreed|wrede|incapabel|onbekwaam|onbekwame|hatelijk|hatelijke|ondraaglijk|ondraaglijke|irritant|corrupt|corrupte|verraders|hersenloos|hersenloze|achterlijk|stinkend|lelijk|afstotelijk|afstotelijke|afstotend|afstotende|weerzinwekkende|misselijkmakend|misselijkmakende|verwerpelijk|waardeloos)'],
      [0.75, '(ik|wij|we) (haat|haten|veracht|verachten|verafschuw|verafschuwen|walg van|walgen van|kan niet uitstaan) (alle|die|deze|jullie|zulke|elke|iedere)|(walg|walgen|walgt) [enorm|echt|zo|zwaar|totaal] van|(maken|maakt) (me|mij|ons) (ziek|misselijk|kotsmisselijk|woedend)|(zoveel|zo veel|zo een|zo n) (haat|walging|afkeer|minachting)|(niets|niks) (erger|slechter|walgelijker) dan'],
      [0.75, '(monsters|demonen|hyenas|hyena s|gif|een bedreiging|verkrachters|terroristen|oneerlijk|oneerlijke|leugenachtig|leugenachtige|egoistisch|egoistische|hebberig|hebberige|laf|laffe|lafaards|hysterisch|hysterische|walg* (me|mij|ons)|irriteren (me|mij|ons)|verdoem*|vervloek*)'],
      // Contempt by class: vermin and beasts, freaks, the dim and the mad, cheats and spongers, the sly and the greedy; the women-hating nouns said of a group.
      [0.8, '(zwijnen|bavianen|gorilla s|gorillas|maden|sprinkhanen|gieren|hyena|slangen|adders|geteisem|gepeupel|janhagel|gedrochten|gedrocht|misbaksels|misbaksel|wanproducten|vuilakken|viezeriken|viespeuken|hoeren|sletten|teven|trutten|kutwijven|holbewoners|primitieven|barbaren)'],
      [0.75, '(imbeciel|imbeciele|zwakzinnig|zwakzinnige|onnozel|onnozele|sukkels|halvegaren|gek|gekke|knettergek|knettergekke|geschift|geschifte|ziekelijk|ziekelijke|tegennatuurlijk|tegennatuurlijke|onnatuurlijk|onnatuurlijke|schurken|boeven|profiteurs|uitvreters|klaplopers|luiaards|leeglopers|nietsnutten|oplichters|bedriegers|hebzuchtig|hebzuchtige|gierig|gierige|inhalig|inhalige|sluw|sluwe|achterbaks|achterbakse|geniepig|geniepige|onbetrouwbaar|onbetrouwbare|agressief|agressieve|dommer|achterlijker|enger|engerds|griezels|walgelijker|smeriger|viezer)'],
      [0.75, '(ik|wij|we) (kots|kotsen|spuug|spugen) op|(hekel|bloedhekel|afkeer|weerzin|walging) (aan|tegen|van)|(ik|wij|we) (gruwel|gruwelen|griezel|griezelen) van|(ik|wij|we) (haat|haten|veracht|verachten|verafschuw|verafschuwen) (elke|iedere|alle|al die|zulke)|(voel|voelen|heb|hebben) (alleen maar|enkel|zoveel|pure|diepe) (haat|walging|afkeer|minachting|afschuw)'],
      [0.8, '(hebben|heeft) (hier|in nederland|in belgie|in europa|in ons land) (niets|niks) te (zoeken|doen|vinden)|(horen|hoort) (hier|in nederland|bij ons) niet|(horen|hoort) (niet|nooit) (hier|in nederland|bij ons|thuis)|(alleen|enkel) goed (om|voor)|minder waard dan|geen (kut|ene kut|fuck|ene fuck|flikker|donder|ruk|barst|fluit|sodemieter|meter|stuiver|knip voor de neus|klap|kloot|hol) waard|(geen|niet) (volwaardige|volwaardig|echte|gewone) (mensen|mens|burgers)'],
      // Not wanted where one lives, nothing good in them, not belonging in the country, not mattering at all.
      [0.8, '(wil|willen) geen .. in (mijn|ons|onze|dit|deze) (land|buurt|straat|stad|huis|school|bedrijf|wijk|dorp)|(niets|niks) (goeds|positiefs|waardevols) aan|tot (niets|niks) in staat|(horen|hoort) (niet|nooit) (hier|thuis|in dit land|in ons land|in nederland|in europa|bij ons|in onze samenleving)|(kan|kunnen) (me|mij|ons) (niets|niks|geen moer|geen reet|geen bal|geen zak|geen donder) schelen'],
      // Boors and the ridiculous, and anger or disgust with an intensifier between ("maken me echt kwaad").
      [0.75, '(onuitstaanbaar|onuitstaanbare|hufters|hufter|belachelijk|belachelijke|lomperiken|lompe|tokkies|pummels|schorriemorrie|onbeschoft|onbeschofte)|(maken|maakt) (me|mij|ons) (echt|zo|enorm|gewoon|zwaar) (kwaad|woedend|ziek|misselijk|kotsmisselijk|razend|boos)|(maken|maakt) (me|mij|ons) (kwaad|razend|boos)'],
      // Fed up with them, nothing angers or disgusts one as much, nothing worse, never honest; and the kitchen as a woman's place.
      [0.75, '(ik ben|wij zijn|we zijn|ben ik|zijn we|zijn wij) (die|deze|al die|alle|zulke|de) .. (spuugzat|kotsbeu|beu|zat|strontziek|doodziek|spuugziek)|(spuugzat|kotsbeu|beu|zat|strontziek|doodziek|spuugziek) van (die|deze|al die|alle|zulke|de)|(ik heb|wij hebben|we hebben|heb ik) (er) .. (genoeg van|schoon genoeg van|de buik vol van|mijn buik vol van)|niets (maakt|ergert|irriteert|walgt) (me|mij|ons) .. (zo|meer) .. (als|dan)|er is niets (erger|walgelijker|smeriger|irritanter|vervelender|verachtelijker) dan|(niets|niemand) (haat|veracht) ik (meer|zo) (dan|als)|(nooit|nimmer) (eerlijk|oprecht|te vertrouwen|betrouwbaar)|(horen|hoort|moeten|blijven) .. (in de keuken|achter het aanrecht|achter de kookpot|aan de haard)|(hun|haar) plek is (in de keuken|achter het aanrecht)'],
      [0.75, '(fuck|fuck alle|fuck die|fuck de|fuck al die|fuck jullie|fucking|fokking|godverdomde)'],
      // Sent to hell or told to drop dead: "naar de hel met die X", "val dood, X", "X kunnen doodvallen".
      [0.75, 'naar de hel met|(val|vallen) dood|(kunnen|mogen) doodvallen'],
      // Liking and respect refused, the verb before its negation: "ik hou niet van X", "ik mag X helemaal niet", "geen fan van X".
      [0.75, '(hou|houd|houden) (niet|helemaal niet|totaal niet|echt niet|absoluut niet) van|(ben|zijn) (geen) (fan|fans|liefhebber|liefhebbers) van|(mag|mogen|respecteer|respecteren) .. (niet|helemaal niet|totaal niet|echt niet) $|(heb|hebben) (niets|niks) (met|op met)|(respecteer|respecteren) geen'],
      // Swearing that needs a negation ("ze snappen er geen reet van", "niemand geeft een fuck om X"), and told to shut up.
      [0.75, '(niemand|geen mens|geen hond) (geeft|geven) .. (fuck|kut|reet|moer|zak|bal|donder|ruk|flikker|barst|zier) (om|over)|(snappen|snapt|begrijpen|begrijpt|weten|weet|kunnen|kan|doen|doet|deugen|deugt) .. (geen|niks|geen ene) (reet|fuck|kut|moer|bal|zak|donder|ruk|flikker|barst|klap|malle moer)'],
      [0.75, '(moeten|zouden|moet|zou) [gewoon|maar|beter|liever] (hun mond houden|hun bek houden|hun kop houden|hun waffel houden|zwijgen|stil zijn)|(hou|houd|houden) (je|jullie|hun) (bek|kop|smoel|waffel|mond)'],
      // "How can anyone love X?"
      [0.75, 'hoe (kan|kun|kunnen) (iemand|je|men|mensen) ... (houden|respecteren|vertrouwen|verdragen|uitstaan|trouwen|daten)'],
      // Session 8, by construction: rather dead than with one of them; "of course the thief was one"; one of
      // them in charge a joke; on the rubbish heap; wanted or needed by no one; trust refused; why they exist
      // at all, are let live, are taken seriously.
      [0.75, '(liever|eerder) (dood|sterven|doodgaan|dood gaan) (dan) .. (met|naast|een|bij)|(ga|gaan) [nog] liever dood dan|(natuurlijk|uiteraard|tuurlijk|logisch|geen wonder) ... (dief|dieven|crimineel|criminelen|verkrachter|moordenaar|terrorist|idioot|sukkel|klootzak|eikel|zakkenroller)|(is|zijn|zou|zouden) [gewoon] een (grap|lachertje|aanfluiting|farce|schertsvertoning)'],
      [0.75, '(horen|hoort|moeten|moet) .. (op de vuilnisbelt|op de vuilnishoop|op de mesthoop|in de vuilnisbak|bij het afval|bij het vuilnis|in de prullenbak|op de schroothoop)|(niemand|geen mens) (wil|mist)|wie heeft (er|nou|nu|ooit) ... nodig|(niet) (gewenst|gewild)|(vertrouw|vertrouwen|vertrouwt) (nooit|geen|niet) [een|enkele|ene]|(nooit|niet) (vertrouwen|te vertrouwen)'],
      [0.75, 'waarom (bestaan|bestaat|zijn er) .. (eigenlijk|nog|uberhaupt)|waarom (laten|laat) (we|wij|jullie|ze|men) ... (leven|bestaan|binnen|toe)|(hoe kan|hoe kunnen|wie kan) .. serieus nemen|(mislukkelingen|mislukkeling|gierigaards|vrekken|nietsnutten|profiteurs|klaplopers)|(ook maar iets|ook maar enigszins|ook maar een beetje|ook maar enigszins) (aantrekken|aantrekt|geven|geeft|schelen|kan schelen|uitmaken|uitmaakt)|(niets|niks) beter dan'],
      // Session 14, by class (from the language, not eval rows), predicative and attributive: thick as a brick, filthy,
      // thieving, ugly as sin, degenerate, parasitic; pests, bugs, rabble, degenerates.
      [0.75, '(oliedom|oliedomme|goor|gore|diefachtig|diefachtige|foeilelijk|foeilelijke|ontaard|ontaarde|parasitair|parasitaire)'],
      [0.8, '(plaagdieren|wantsen|crapuul|gedegenereerden)'],
      // Session 14, emotions by class: repelling one, the particle at the clause end ("stoten me af").
      [0.75, '((stoten|stoot) (me|mij|ons) [echt|zo|enorm|gewoon] af)'],
      // Session 19, implicit derogation by class: grateful to be let live here; a place gone to ruin since they came; good
      // only for chores; ruining whatever they touch; kept away from our children; a waste of oxygen; the speaker
      // indifferent to their drowning or dying; caring about their lives at all.
      [0.75, '(moeten|zouden|mogen) [ons|best|maar|gewoon|allemaal] (dankbaar zijn|ons dankbaar zijn|ons bedanken|dankbaar) (dat|omdat) ... (laten wonen|laten leven|laten blijven|hier mogen|tolereren|opvangen|gedogen|in leven laten)|(is|zijn|gaat) (naar de knoppen|naar de klote|naar de kloten|bergafwaarts|een vuilnisbelt geworden|onleefbaar geworden|helemaal verloederd) [gegaan] (sinds|sinds dat|sedert)'],
      [0.75, '(zijn|is) (alleen|enkel|maar|slechts) (goed om te|goed voor|geschikt om te|geschikt voor) (poetsen|schoonmaken|koken|bedelen)|(maken alles|maakt alles|verpesten alles|verpest alles|vernielen alles|vernielt alles|verzieken alles|verziekt alles|ruineren alles|ruineert alles|bederven alles|bederft alles) [kapot] (wat|waar) (ze|zij|hij) (aanraken|aanraakt)|(houd|hou|houdt|houden|weghouden) ... (uit de buurt van|weg van|ver van) (onze kinderen|onze kids|onze scholen|de kinderen|onze dochters)'],
      [0.75, '(zonde|verspilling) van (de zuurstof|zuurstof|de lucht)|zuurstofverspilling|(kan me|kan mij|kan ons|interesseert me|boeit me) [echt|helemaal|werkelijk] (niet schelen|niks schelen|niets schelen|geen reet schelen|geen bal schelen|niks|niets|geen reet|geen bal) (of|als|dat) ... (verdrinken|verzuipen|creperen|sterven|doodgaan|omkomen|verrekken|verhongeren)|(zich ook maar iets|zich ook maar enigszins|zich ook maar een beetje|zich iets|zich enigszins|zich uberhaupt) (aantrekt|aantrekken|bekommert|bekommeren) (van|om) (het leven|de levens)'],
      // Session 23: they stink (fr pt pl had it); the bare verb only ending its clause ("al stinken de kantoren" has its own subject).
      [0.75, 'stinken $|stinken naar stront'],
      // Session 24, implicit derogation by class: nothing ever invented, achieved or contributed by them; crime following
      // them; wallets and children hidden from them; a place better before they came.
      [0.75, '(hebben|heeft|hadden) (nooit|nog nooit|niets|nog niets|nooit iets|nog nooit iets|nooit wat|nog nooit wat) (uitgevonden|bijgedragen|gepresteerd|bereikt|opgebouwd|gecreeerd|gebouwd|ontdekt)|(dragen|draagt) (niets|nooit iets|nooit wat) bij'],
      [0.75, '(volgt|volgen) (de criminaliteit|de misdaad|het geweld|de problemen|de ellende|de overlast|het vuil)|(criminaliteit|misdaad|geweld|ellende|overlast) (volgt|volgen) (hen|ze|hun)|(verstop|verberg|hou|houd|houdt) [goed] (je|jullie|uw) (portemonnee|portemonnees|portefeuille|tas|tassen|handtas|kinderen|dochters|spullen|telefoon|telefoons) [vast|goed|in de gaten|bij je]|(let|letten) [goed] op (je|jullie|uw) (portemonnee|portemonnees|portefeuille|tas|tassen|handtas|kinderen|dochters|spullen)|(beter|veiliger|schoner|rustiger|leuker|leefbaarder) (voordat (ze|zij|die) _ [_] (kwamen|arriveerden|binnenkwamen)|voor de komst|voor de instroom|voor de invasie)'],
      // Session 24, exclusion said as a negated wish: not wanted as a neighbour, colleague, boss or in-law; never as good
      // as the speaker's own.
      [0.75, '(wil|willen|zou|zouden) [ik|wij|we] (geen|nooit) .. (als) (buren|buurman|buurvrouw|collega|collega s|collegas|baas|bazen|schoonzoon|schoondochter|vrienden|vriend|vriendin|leraar|leraren|dokter|huurder|huurders|werknemers|oppas) [willen|hebben] $|(nooit|niet|nimmer) (zo|even) (goed|slim|intelligent|capabel|bekwaam|waardevol|beschaafd) [zijn|worden] als (wij|ons|de rest|andere mensen|normale mensen)'],
      // Session 24, negative attributes by class: a vice named as theirs ("de luiheid van X", "hun schijnheiligheid"), and
      // lying, stealing or whining as what they always do.
      [0.75, '(de|het|die) (luiheid|domheid|hypocrisie|schijnheiligheid|lafheid|hebzucht|gierigheid|oneerlijkheid|valsheid|incompetentie|smerigheid|gemeenheid|stank|egoisme|achterlijkheid) (van)|(hun) (luiheid|domheid|hypocrisie|schijnheiligheid|lafheid|hebzucht|gierigheid|oneerlijkheid|valsheid|incompetentie|smerigheid|gemeenheid|stank|egoisme|achterlijkheid)|(liegen|stelen|jatten|bedriegen|bedelen) (altijd|constant|de hele tijd|voortdurend|aan een stuk door|steeds)|(zeuren|klagen|janken|zeiken) (altijd|constant|de hele tijd|voortdurend|aan een stuk door|steeds) $'],
      // Session 24, hate as a question by class: since when are they human, are they really human, do they have a brain (the
      // question closing the clause), is there a single decent one.
      [0.75, '(sinds wanneer) (zijn) .. (mensen|burgers)|(zijn) .. (echt|werkelijk|eigenlijk wel) (mensen)|(hebben|heeft) .. (hersens|hersenen|een brein) $'],
      // Session 26: bringing nothing but trouble; against nature.
      [0.75, '(brengen|brengt|veroorzaken|veroorzaakt|zorgen voor|zorgt voor) (alleen|enkel|alleen maar|niets dan|niets anders dan|alleen ellende en) (problemen|ellende|overlast|criminaliteit|geweld|ziektes|rotzooi)|(tegennatuurlijk|tegennatuurlijke|tegen de natuur|onnatuurlijk|onnatuurlijke)'],
      // Session 28, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses
      // (as fr, pt, es, it, de): dumped on a tip; food one of them touched refused (the group inside its relative clause);
      // one of them dead no different from a dead rat; one of them in charge the worst mistake; never a word of theirs
      // believed; waking up as one a reason to die; nothing liked less; rage; hatred in the subordinate clause ("dat ik
      // X haat", the speaker's own: "het is triest dat we X haten" laments) or from the heart; told to shut up for good; an idea bad because one of them had it ("het kwam tenslotte
      // van een X": only the particles that mean "after all", with the pronoun; "uiteindelijk" is "finally", and "het beste
      // idee kwam uiteindelijk van een vrouw" praises); violence that should not be illegal (the negation its own).
      [0.75, '(op|naar) (de|een) (vuilnisbelt|vuilnishoop|stortplaats|mesthoop|schroothoop) (gedumpt|gegooid|gesmeten|gestort|gedeponeerd) (moeten|worden|te worden)|(dumpen|storten|smijten) (op|naar) (de|een) (vuilnisbelt|vuilnishoop|stortplaats|mesthoop|schroothoop)'],
      [0.75, '(nooit|niet|geen) .. (eten|drinken|aanraken|kopen|proeven|aannemen) (dat|wat|die|als) ... (aangeraakt|aangeraakt heeft|vastgehad|betast|bereid|klaargemaakt|gekookt)'],
      [0.75, '(geen|geen enkel|geen enkele|niet het minste) (verschil) (tussen) (een|de) (dode) (rat|ratten|hond|honden|varken|varkens|kakkerlak|kakkerlakken|beest|beesten|dier|dieren)'],
      [0.75, '(de leiding geven|de leiding geeft|aan de macht brengen|aan het roer zetten|aan het hoofd zetten|de baas laten zijn|tot baas maken|tot president kiezen|tot premier kiezen) (is|was|zou|wordt) [zijn] (de grootste fout|een fout|de grootste vergissing|een vergissing|een ramp|een grap|een schande|het domste|het ergste)'],
      [0.75, '(geloof|vertrouw|geloven|vertrouwen) (nooit|niet|geen) [ook maar] (een|een enkel|een enkele|een eenzaam) (woord|woordje)'],
      [0.75, 'wakker (zou worden|werd|word|wordt) (zou ik|dan zou ik|dan pleeg ik|pleeg ik|dan maak ik|maak ik) (mezelf|mijzelf|me|zelfmoord)'],
      [0.75, '(er is|er bestaat) (niets|niks|niemand) (op de wereld|op aarde|in de wereld|in mijn leven) (waar|wat|die) (ik|wij|we) (minder|meer) (van hou|van houd|van houden|haat|haten|veracht|verafschuw)'],
      [0.75, '(vervullen|vervult|vervulden|vervulde) (me|mij|ons) (met) [zoveel|zo veel|zulke|zo n|zo een|grote|diepe|pure] (woede|haat|razernij|walging|afschuw|afkeer|minachting)'],
      [0.75, '(dat|omdat) (ik) .. (haat|veracht|verafschuw|verfoei)|(ik|wij|we) (verfoei|verfoeien)|(haat|haten|veracht|verachten|verafschuw|verafschuwen) .. uit de grond van (mijn|ons|onze) (hart|harten)'],
      [0.75, '(moeten|zouden|moet|zou) ... (voorgoed|voor altijd|eens en voor altijd|voor eens en altijd) (hun mond|hun bek|hun kop|hun waffel|hun smoel|hun klep) (houden|dichthouden)'],
      [0.75, '(idee|voorstel|plan) (van) (een|de|die|zo n) .. (komt|kwam) ... (gelul|onzin|kul|bullshit|flauwekul|waardeloos|kut|klote|troep|rommel)|(het|dat) (kwam|komt) (tenslotte|immers|nou eenmaal|nu eenmaal|per slot van rekening) (van) (een|die|zo n)'],
      [0.8, '(verkrachten|slaan|doden|vermoorden|mishandelen|aanvallen|lynchen|martelen|verbranden|ophangen|stenigen|neerschieten|doodschieten|afslachten|vergassen) (zou|zouden|mag|mogen|moet|moeten|is|hoort) (niet|geen|helemaal niet) [meer] (illegaal|verboden|tegen de wet)'],
      // Session 30, implicit derogation by class (as de): only good for one thing; the kitchen as their place; costing only
      // money; kept from children; better never born; never let in as a tenant or neighbour; a danger to all; a place no
      // one dares go out in since they came; a group in a role refused ("een vrouw als baas? Nee dank je").
      [0.75, '(alleen|enkel) goed (voor|om)|(horen|hoort) (in de keuken|achter het fornuis|aan het aanrecht)|(kosten|kost) .. (alleen maar|alleen|enkel|niets dan) (geld|belastinggeld|ons geld)|(uit de buurt van|weg van) (onze|mijn|de) kinderen|(nooit|niet) geboren (moeten|hadden moeten|had moeten) worden|(nooit|niet) als (buren|buurman|buurvrouw|collega|huurder|huurders|baas|schoonzoon|schoondochter|oppas) (in|aannemen|nemen|accepteren|laten|hebben)|(zijn|is) een gevaar (voor)|sinds ... (durft|durven) (niemand|geen mens) .. (naar buiten|buiten|meer)|als (baas|bazin|buurman|buren|collega|lerares|leraar|dokter|arts|piloot|premier|president|schoondochter|schoonzoon) [_] (nee dank je|nee bedankt|nee dankjewel)'],
      // Session 30, negative attributes and negated worth by class: greedy, aggressive, unreliable, mad; thieving; nothing
      // in their heads; thinking only of money; a life or an opinion counting less or interesting no one; who would live
      // beside them, why they are still let in.
      [0.75, '(hebzuchtig|hebzuchtige|geldwolven|geldwolf|inhalig|inhalige|agressief|agressieve|onbetrouwbaar|onbetrouwbare|(geestelijk|psychisch) (ziek|zieke|gestoord|gestoorde))|(stelen|jatten|pikken) .. alles|(niks|niets) in (hun|de|het) (hoofd|kop|hersens|hersenen)|(denken|denkt) (alleen maar|alleen|enkel) aan (geld|hun geld)|(telt|tellen|weegt|wegen) .. minder|(interesseert|interesseren|boeit) .. (niemand|geen mens|geen hond)|wie (wil|wilt|zou) .. (vrijwillig|ooit|in godsnaam) ... (naast|met|bij|tussen) ... (wonen|leven|werken)|waarom laten we ... binnen'],
      // Session 32, implicit derogation by class: owned like property ("het bezit van hun man"), no more of them wanted (the
      // group one word, the clause ending after "meer [nodig]": not "geen vrouwen meer in het team").
      [0.75, '(bezit|eigendom|bezittingen) van (hun|haar|de|een|zijn) (man|mannen|echtgenoot|echtgenoten|eigenaar|eigenaren|baas|bazen|meester|meesters)|(hebben|willen) [hier|in nederland|in dit land] geen _ meer [nodig] [hier|in nederland|in dit land] $'],
      // Session 35: who would hire, marry, trust or want one, asked, the verb at the end ("wie zou er nou een X aannemen?",
      // "wie zou er nou een X als buurman willen?"; not "wie wil", a mention here), as in German.
      [0.75, 'wie (zou|neemt|trouwt|vertrouwt|wil) [er] [nou|nu|toch|echt|ooit|serieus|vrijwillig] [nou|ooit|nog] [met] [een|zo n|die|deze|zulke] _ [als (buurman|buurvrouw|buren|collega|baas|bazin|huurder|schoonzoon|schoondochter)|in de familie|in huis|in het team] [aannemen|aan|trouwen|vertrouwen|willen|hebben|huren|in dienst nemen|stemmen] $'],
      // Session 39: what they are good for ("waar zijn X eigenlijk goed voor?").
      [0.75, '(waar) (zijn|is) _ [_] [eigenlijk|nou|nu|ooit|uberhaupt|in godsnaam] (goed voor|nuttig voor)'],
      // Session 35, implicit derogation by construction (issue 17): "typical X," then what they always do, kept away from one's
      // children (the refusal is the derogation's own), knowing their place, smelt from afar, ruining every street they reach,
      // breeding like beasts, making one sick; ungrateful.
      [0.75, '(typisch) [voor] [de|die|deze] _ $ (altijd|weer|alweer|zoals altijd|nooit|alleen|steeds|elke keer)|(nooit|niet|geen) ... (in de buurt van|bij|aan) (mijn|onze) (kinderen|kids|zoon|dochter|kleinkinderen) [komen] (laten|toelaten|toe laten)|((laat|laten) (ik|we|wij) (nooit|geen|niet)|(nooit|niet) (laat|laten) (ik|we|wij)) ... (in de buurt van|bij) (mijn|onze) (kinderen|kids|zoon|dochter|kleinkinderen)|(wisten|wist|kenden|bleven|moeten|zouden|horen|moet|leren) ... (hun plaats|hun plek|op hun plaats|op hun plek)|(ruik je|ruikt men|ruik|stinken|stinkt) [ze] [al|altijd|toch] (van ver|van verre|van kilometers|op kilometers|kilometers ver)|(verpesten|verzieken|verloederen|vernielen|slopen|ruineren|verpest|verziekt|verloedert) (elke|iedere|alle|onze|de hele) (buurt|buurten|wijk|wijken|stad|steden|straat|straten|dorp|school|scholen)|(fokken|vermenigvuldigen zich|planten zich voort) (als|zoals)|(maken|maakt) (me|mij|ons) [echt|gewoon|zo] (ziek|kotsmisselijk)'],
      [0.75, '(ondankbaar|ondankbare|ongeschoold|ongeschoolde|onbeschaafd|onbeschaafde)'],
      // Session 35: proof that evolution runs backwards, the missing link; crime or filth wherever they are. Not "they cannot
      // even": also "they are not even allowed to", their plight.
      [0.75, '(bewijs|bewijzen|bewijst|levend bewijs) .. (evolutie) .. (achteruit|terug|andersom)|(ontbrekende schakel)|(waar|overal waar) ... (wonen|leven|zijn|komen) ... (stijgt|is er|komt er|heb je|krijg je) (de criminaliteit|criminaliteit|diefstal|inbraken|overlast|troep|ellende)'],
      // Session 35, a mind denied by class: a bird's or a pea's brain, no brain at all (the negation is the derogation's own).
      // Vermin and disease as what they do or are: spreading like weeds (not "onkruid" alone, a garden's), flooding the
      // country, a virus; people made objects.
      [0.75, '(kippenhersens|kippenhersenen|erwtenhersens|mussenhersens)|(hebben|heeft) (geen) (hersens|hersenen|verstand)|(overstromen|overstroomt) (ons|onze|het|heel)|(woekeren|woekert) (als|zoals)|(zijn|is) (een virus|virussen)|(gebruiksvoorwerpen|gebruiksvoorwerp|lustobjecten|lustobject)'],
      // Told to get lost, the group called after it ("largaos, X", "cassez-vous, les X"): the rude and the plain imperative of leaving, ending its clause ("andatevene a letto" is bedtime).
      [0.75, '(donder op|sodemieter op|flikker op|oprotten|opgerot) [uit nederland|uit ons land] $'],
      // Session 37: no morals, decency or honour had, the negation the derogation's own and the clause ending there ("hebben geen fatsoen").
      [0.75, '(hebben|heeft|hadden|had|kennen|kent) (geen|nul) (moraal|fatsoen|eergevoel|waardigheid|manieren|normen en waarden) $'],
      // Session 39 (issue 17): set apart from "us", the clause ending there ("zijn niet zoals wij"); told to stay home and
      // mind the children; told to be glad to be let in.
      [0.75, '(zijn|is) (niet|geen mensen) (zoals|als) (wij|ons) $|(moeten|horen|zouden) [gewoon|maar|lekker|beter] (thuisblijven|thuis blijven|thuis zitten|in de keuken staan|achter het aanrecht staan) (en|$)'],
      [0.75, '(moeten|mogen|zouden) [gewoon|maar|al] (blij|dankbaar) (zijn|wezen) (dat) .. (hier|binnen) .. (mogen|mag|zijn|wonen|blijven|laten|gelaten)'],
    ],
    violence: [
      // Told to die, the group called after it ("crevez, les X", "verreckt, ihr X"): the plural imperative of a verb of dying.
      [0.8, '(krepeer|crepeer|sterf allemaal|sterf jullie)'],
      // Session 39 (issue 17): told to vanish, die or leave after a modal or in the wish's subjunctive, with no group word of its own:
      // the group named in the sentence before, taken up by the floating "all" or the verb ("Er wonen X in de wijk. Ze moeten allemaal weg.").
      [0.75, '(moeten|moet|horen|zouden) [allemaal|gewoon|echt] [moeten] (weg|eruit|het land uit|oprotten|verdwijnen|dood) $|(hopelijk|ik hoop dat) (gaan|vallen) (ze|die) [allemaal] dood'],
      // Session 39 (issue 17): their death or vanishing wished ("Er wonen X hier en ik wou dat ze verdwenen.").
      [0.8, '(ik wou|ik wilde|ik zou willen|ik hoop|we hopen) dat .. (verdwenen|verdwijnen|stierven|doodgingen|creperen|crepeerden|dood waren|dood gaan|dood gingen|uitgeroeid werden|uitgeroeid worden)'],
      // A killing wished or called good, done by someone, the state or an impersonal subject, in the finite verb a wish or an
      // 'it would be good if' takes (future, subjunctive, present): of a group it is a call; of a pest or a monster, no group is named.
      [0.8, '(ik hoop|hopelijk|ik wou|ik wens|het zou goed zijn|het zou beter zijn|het zou mooi zijn|het zou fijn zijn) [dat|als|wanneer] (iemand|men|de politie|de staat|eindelijk iemand) .. (doodschiet|neerschiet|vermoordt|doodt|ophangt|verbrandt|vergast|uitroeit|afmaakt|doodslaat|neersteekt|executeert|afslacht|lyncht)'],
      [0.8, '(doden|vermoorden|afmaken|uitroeien|uitgeroeid|vernietigen|elimineren|deporteren|gedeporteerd|uitzetten|het land uit|eruit gooien|ophangen|opgehangen|neerschieten|neergeschoten|doodschieten|verbranden|vergassen|vergast|lynchen|verkrachten|verkracht|van af|afkomen|opsluiten|verbieden|afslachten|aanvallen|aanpakken|kapotmaken)'],
      // Drowning is what refugees suffer ("vluchtelingen verdrinken in de Middellandse Zee"): a call only let, owed or wished.
      [0.8, '(laat|laten) .. (maar|lekker|gewoon) verdrinken|(moeten|mogen|zouden moeten|verdienen het te) [ze] [allemaal|gewoon|maar] verdrinken'],
      [0.75, '(terug naar) (hun land|je eigen land|afrika|marokko|turkije)|(buitenlanders|vluchtelingen|moslims) eruit'],
      // Session 29: putting an end to them ("aan alle X", not "aan de armoede van X"), a killing wished in the past ("ik wou
      // dat alle X werden doodgeschoten", not history's "zes miljoen joden werden vermoord"), throats cut.
      [0.8, 'een (einde|eind) (maken|maakt|maak) aan (alle|al die|al deze|die|deze)|(wou|wilde|wens|wenste|hoop|hoopte) dat ... (werden|zouden worden) (doodgeschoten|neergeschoten|vermoord|opgehangen|vergast|uitgeroeid)|(keel|kelen) (doorgesneden|doorsnijden|doorsnijdt)'],
      [0.8, '(vermoord|executeren|geexecuteerd|opgesloten|steriliseren|castreren|in elkaar slaan|mishandelen|stenigen|martelen|dood aan|moeten dood|laat ze sterven|laten sterven|mogen ze sterven|sterf (allemaal|maar|toch|gewoon|dan)|sterf $|verrekken|creperen|kapotgaan|uitschakelen|wegwerken|uitzetten)'],
      [0.8, '(ik zal|ik ga|wij zullen|we zullen|we gaan|ik moet) .. (doden|vermoorden|neerschieten|doodschieten|neersteken|doodsteken|verbranden|ophangen|verkrachten|in elkaar slaan|aanvallen|uitroeien|vernietigen|afslachten|vergassen|lynchen|verdrinken|executeren|afmaken)|(blijven) .. (aanvallen|opjagen)'],
      [0.8, '(moeten|zouden|verdienen het|horen) .. (gedood|vermoord|doodgeschoten|neergeschoten|vergast|verbrand|opgehangen|geexecuteerd|uitgeroeid|vernietigd|gedeporteerd|uitgezet|opgesloten|gecastreerd|gesteriliseerd|gelyncht|verdronken|afgemaakt) (worden|te worden)|(moeten|verdienen het te|zouden moeten) (sterven|creperen|verrekken|lijden)|(ontdoen|ontdaan) van|van .. (ontdoen|afkomen|af)'],
      [0.8, '(ik wil|wij willen|we willen|ik zou graag) .. (doden|vermoorden|neerschieten|doodschieten|neersteken|verbranden|ophangen|verkrachten|in elkaar slaan|vergassen|uitroeien|afslachten|afmaken)|tot (ze|zij) (allemaal) (dood|weg|verdwenen) (zijn)|tot (ze|zij) (dood|weg) (zijn)|(iemand) (zou|moet) (ze|hen|die) .. (doden|vermoorden|neerschieten|doodschieten|ophangen|vergassen|uitroeien|afmaken)|(laten we) (ze|hen|die|alle|al die) .. (doden|vermoorden|neerschieten|verbranden|ophangen|vergassen|uitroeien|afslachten|afmaken|aanvallen|wegjagen|eruit gooien)'],
      [0.8, '(moeten|moet|zouden|zou|mogen|verdienen|verdient|horen) .. (worden) (gedood|vermoord|doodgeschoten|neergeschoten|vergast|verbrand|opgehangen|geexecuteerd|uitgeroeid|vernietigd|gedeporteerd|uitgezet|opgesloten|gecastreerd|gesteriliseerd|gelyncht|verdronken|afgemaakt|gemarteld|verkracht|gestenigd|afgeslacht|neergestoken|doodgestoken|in elkaar geslagen|verjaagd|geelimineerd|vergiftigd|begraven|weggevaagd)|(moeten|moet|zouden|zou|mogen|verdienen|verdient|horen) .. (gedood|vermoord|doodgeschoten|neergeschoten|vergast|verbrand|opgehangen|geexecuteerd|uitgeroeid|vernietigd|gedeporteerd|uitgezet|opgesloten|gecastreerd|gesteriliseerd|gelyncht|verdronken|afgemaakt|gemarteld|verkracht|gestenigd|afgeslacht|neergestoken|doodgestoken|in elkaar geslagen|verjaagd|geelimineerd|vergiftigd|begraven|weggevaagd) (worden)|(gedood|vermoord|doodgeschoten|neergeschoten|vergast|verbrand|opgehangen|geexecuteerd|uitgeroeid|vernietigd|gedeporteerd|uitgezet|opgesloten|gecastreerd|gesteriliseerd|gelyncht|verdronken|afgemaakt|gemarteld|verkracht|gestenigd|afgeslacht|neergestoken|doodgestoken|in elkaar geslagen|verjaagd|geelimineerd|vergiftigd|begraven|weggevaagd) (moeten|zouden|mogen) worden'],
      [0.8, '(ik zal|ik ga|wij zullen|we zullen|we gaan|ik moet|ik wil|we willen|laten we|we moeten|wij moeten|men moet|iemand moet|iemand zou|het is tijd om) .. (overrijden|doodrijden|doodmaken|doodslaan|onthoofden|wurgen|bombarderen|castreren|verzuipen|vergiftigen|opjagen|pijn doen|verjagen|doden|vermoorden|neerschieten|doodschieten|vergassen|verbranden|ophangen|executeren|uitroeien|vernietigen|afslachten|neersteken|doodsteken|in elkaar slaan|verkrachten|martelen|aanvallen|afmaken|elimineren|verdrinken|deporteren|uitzetten|eruit gooien|stenigen|wegvagen)'],
      [0.8, '(vergiftigen|verjagen|wegvagen|stenigen|doodsteken|neersteken)'],
      [0.8, 'beter (zonder|af zonder|dood)|(een|de|hun|in de|in het) (kogel|kogel door het hoofd|graf|graven|massagraf|gaskamer|gaskamers|concentratiekamp|concentratiekampen|kamp|galg)|van de aardbodem (vegen|geveegd|verdwijnen|wissen)'],
      [0.8, '(dood) (zien|willen zien)|(laten|zullen) .. (lijden|boeten|bloeden)|(keel|kelen) .. (doorsnijden|doorsnijd|afsnijden)'],
      // The te-infinitive ("om ze dood te schieten"), the present for the future with its particle ("schiet ik neer"), modal with you/one, and "belong in the gas chamber".
      [0.8, 'dood te (schieten|slaan|steken|maken|martelen|knuppelen)|neer te (schieten|steken|knallen)|af te (maken|slachten|knallen)|op te (hangen|knopen|sluiten)|uit te (roeien|moorden)|te (vermoorden|doden|vergassen|executeren|lynchen|verbranden|verdrinken|martelen|verkrachten|stenigen|onthoofden|deporteren|vernietigen|elimineren)'],
      [0.8, '(schiet|schieten|steek|steken|maak|maken|sla|slaan|knal|knallen|mep|meppen) (ik|we|wij) .. (neer|dood|af|kapot|in elkaar|verrot) $|(ik|we|wij) (schiet|schieten|steek|steken|maak|maken|sla|slaan|knal|knallen) ... (neer|dood|af|kapot|in elkaar|verrot) $|(ik|we|wij) (vermoord|vermoorden|dood|doden|vergas|vergassen|verbrand|verbranden|hang|hangen|mishandel|mishandelen) (alle|elke|iedere|die|deze|de|een paar|zulke)'],
      [0.8, '(moet|moeten|zou|zouden|mag|mogen|kun|kunnen) (je|we|wij|men|jullie) .. (slaan|in elkaar slaan|afranselen|mishandelen|doden|vermoorden|neerschieten|doodschieten|ophangen|vergassen|uitroeien|verbranden|opsluiten|verkrachten|martelen|stenigen|afmaken|wegjagen|deporteren)|(horen|hoort|moeten|moet) (in de gaskamer|in de oven|tegen de muur|aan de galg|in een kamp|in het kamp|in een concentratiekamp)|(zal|ga|wil|moet|zullen|gaan|willen|moeten) (ik|we|wij) ... (doden|vermoorden|neerschieten|doodschieten|neersteken|doodsteken|verbranden|ophangen|verkrachten|in elkaar slaan|aanvallen|uitroeien|afslachten|vergassen|lynchen|afmaken|martelen|executeren)|(ik ga|ik zal|we gaan|we zullen|wij gaan|wij zullen|ik wil|we willen) ... (overrijden|doodrijden|doodmaken|doodslaan|onthoofden|wurgen|bombarderen|castreren|verzuipen|doden|vermoorden|neerschieten|doodschieten|neersteken|doodsteken|verbranden|ophangen|verkrachten|in elkaar slaan|uitroeien|afslachten|vergassen|lynchen|afmaken|martelen|executeren)'],
      // Deserving death, better off without them, made to disappear, driven out.
      [0.8, 'verdienen het [om] te (sterven|lijden|creperen|verrekken)|verdienen de (dood|doodstraf|kogel|strop)|beter af .. zonder|(moeten|mogen) (allemaal|allen|stuk voor stuk) dood|(laten|moeten|zouden moeten|mogen) verdwijnen|(moeten|moet|zouden|zou) .. worden (verdreven|weggejaagd|weggestuurd|verbannen|uitgezet|afgemaakt|uitgeroeid)'],
      // Violence called fine, hunted down, better off without them.
      [0.8, '(slaan|in elkaar slaan|doden|vermoorden|afranselen|mishandelen|aanvallen|neerschieten|verkrachten|martelen|in elkaar trappen|uitroeien|ophangen|afmaken|opjagen|vergassen|verbranden|doodschieten|doodslaan) (is|zou) [gewoon|helemaal|echt|best|prima|heel] (prima|oke|ok|goed|normaal|terecht|toegestaan|verdiend|gerechtvaardigd|juist|de juiste keuze|geen probleem|een weldaad|een zegen|een gunst|een goede daad)|(jagen|jacht maken|klopjacht) op|op .. (jagen|jacht maken)|(beter|mooier|veiliger|schoner|fijner) (zijn|worden|wezen|af|af zijn) zonder'],
      // Made to suffer, told they will die, watched suffering, their throats cut, beaten up.
      [0.8, '(ervoor zorgen|zorg ervoor|zorgen ervoor|zorg ik ervoor|zal zorgen|zullen zorgen) ... (verdwijnen|lijden|sterven|boeten|bloeden|creperen|doodgaan|branden)|(jullie) ... (gaan|zullen) .. (dood|sterven|lijden|boeten|creperen|eraan|branden)|zien (lijden|sterven|bloeden|branden|creperen|doodgaan|rotten)|(snij|snijden|snijd|snijdt) .. (keel|kelen|strot) (door|af|open)|in elkaar te (slaan|trappen|schoppen|rammen)|in elkaar (trappen|schoppen|rammen|beuken)'],
      // Beaten, kicked, strangled, torn apart, their homes set on fire.
      [0.8, '(maak|maken) (elke|iedere|alle|die|deze|jullie|ze|hen) .. kapot|(sla|slaan|schop|schoppen|trap|trappen|mep|meppen) .. (het ziekenhuis in|in elkaar|in zijn gezicht|in haar gezicht|in hun gezicht|in het gezicht|tegen de grond|bont en blauw|half dood|dood)|(steek|steken) ... (in brand|in de fik)|in brand (steken|zetten|te steken)|in de fik (steken|zetten)|in stukken (scheuren|hakken|snijden)|(wurg|wurgen|wurgt|verstik|verstikken)'],
      // Violence called understandable or fair when others do it, deserved in the passive, a particle before a relative clause.
      [0.8, '(begrijpelijk|normaal|terecht|logisch|gerechtvaardigd|acceptabel|prima|goed) dat (mensen|iemand|men|ze|we) ... (aanvallen|aanvalt|slaan|slaat|doden|doodt|vermoorden|vermoordt|aanpakken|neerschieten|opjagen|lynchen|mishandelen)|(verdienen|verdient) het [om] .. (doodgeslagen|onthoofd|gewurgd|overreden|doodgereden|gebombardeerd|verzopen|gestenigd|gecastreerd|vergast|geslagen|gedood|vermoord|neergeschoten|opgehangen|verbrand|gemarteld|aangevallen|mishandeld|afgemaakt|uitgeroeid|verkracht|opgesloten|gedeporteerd) te worden|(ik|we|wij) (schiet|schieten|steek|steken|maak|maken|sla|slaan|knal|knallen) (elke|iedere|alle|die|deze|een) ... (neer|dood|af|kapot|in elkaar) (die|dat|zodra|wanneer)|(wij gaan|we gaan|ik ga|wij zullen) .. (opjagen|afmaken|aanvallen|doden|vermoorden|uitroeien)'],
      // Session 14, by class: beaten to death, beheaded, strangled, run over, bombed, drowned, with "should be" on either
      // side of the participle; bones broken; put in the camps and the gas chamber.
      [0.8, '(moeten|moet|zouden|zou|mogen|verdienen|verdient|horen) .. (worden) (geslagen|doodgeslagen|onthoofd|gewurgd|overreden|doodgereden|gebombardeerd|verzopen|doodgemaakt)|(moeten|moet|zouden|zou|mogen|verdienen|verdient|horen) .. (geslagen|doodgeslagen|onthoofd|gewurgd|overreden|doodgereden|gebombardeerd|verzopen|doodgemaakt) (worden)|(breek|breken|brak) ... (de benen|de nek|de botten|alle botten|de armen|de ruggengraat|de kaak)|(de benen|de nek|alle botten|de botten) (breken|brek)|(sluit|stop|gooi|zet) ... (in kampen|in concentratiekampen|in een concentratiekamp|in de gaskamer|in gaskamers|in de oven)'],
      // Session 14, by class: "only a dead X is a good X", hanging from a tree (not "tegen de muur zetten": bikes are too).
      [0.8, '(alleen een dode|alleen dode|de enige goede|enige goede) .. (is een goede|zijn goede|is een dode|zijn dode)|(aan een boom|aan de bomen|aan een lantaarnpaal|aan de lantaarnpalen|aan de galg) .. (hangen|bungelen|ophangen|opknopen)'],
      // Session 8: the world better if they were dead or gone; death wished on them; high time to be rid of them;
      // the imperative with its pronoun ("Sluit ze op."); the particle before a relative clause; set on fire; skulls smashed in.
      [0.8, '(betere plek|betere plaats) (zijn|worden|wezen) (als|zonder) ... (dood|weg|verdwenen|uitgeroeid)|(ik hoop|hopelijk|ik wou|ik wens) .. (alle|die|deze|ze) ... (doodgaan|dood gaan|sterven|creperen|verrekken|dood waren|dood zijn|verdwijnen|verdwenen waren)|(tijd|hoog tijd) (om|dat) ... (af te komen|te verwijderen|uit te roeien|eruit te gooien|weg te sturen|op te sluiten|uit te zetten)'],
      [0.8, '(sluit|schiet|steek|sla|maak|gooi|zet|jaag|ruim) (ze|hen|die|allemaal) .. (op|dood|neer|af|kapot|eruit|weg|uit|het land uit) $|(ik|we|wij) (schiet|schieten|steek|steken|maak|maken|sla|slaan|knal|knallen) (de|die) (volgende|eerste) ... (neer|dood|af|kapot|in elkaar)|(steek|steken|stak) .. (in brand|in de fik)|(sla|slaan|timmer|timmeren|trap|trappen) .. (de hersens|de hersenen|de schedel|de kop|het hoofd) in'],
      // Session 17, by construction class: the imperative with its object, separable verbs with their particle closing
      // the clause ("Hang de X op!", "Schiet de X neer!"); deserving a beating or a bullet ("X verdienen klappen");
      // better off if they disappeared, the group the clause's own subject; made to disappear ("laat de X verdwijnen");
      // said to be better dead ("zouden dood moeten zijn").
      [0.8, '(dood|vergas|vermoord|verbrand|verdrink|lynch|executeer|martel|stenig|wurg|onthoofd) (de|alle|die|deze|elke)|(hang|schiet|sluit|knal|sla|steek|schop|jaag|gooi|maak) (de|alle|die|deze|ze|hen|elke) .. (op|neer|dood|af|weg|het land uit|eruit) $|(verdienen|verdient) (klappen|slaag|een pak slaag|een pak rammel|rammel|een kogel|de kogel|de strop|de galg|het gas|de dood|te sterven|geslagen te worden|doodgeschoten te worden)|(beter af|beter|mooi|fijn|prachtig|ideaal|geweldig) .. (als|wanneer|indien) (de|alle|die|deze|al die) _ [_] (verdwenen|verdwijnen|zouden verdwijnen|dood waren|doodgingen|dood zouden gaan|stierven|zouden sterven|er niet meer waren|weg waren)|laat (de|alle|die|deze|al die) _ [_] (verdwijnen|wegrotten|doodgaan)|(zouden|moeten|horen) [allemaal|allen|gewoon] dood (moeten zijn|te zijn|zijn)'],
      // Session 28 (see the derogation): necks broken and throats cut, a modal or the past between; hurting foretold, the
      // ones hurt between; death the only solution; hoping someone ends them; better off were they wiped out (the past
      // of a wish, the group the clause's own subject).
      [0.8, '(de|hun) (nek|nekken) [moet|moeten|zou|zouden|te] (omdraaien|omdraait|breken|breekt|omgedraaid|gebroken)|(de|hun) (keel|kelen|strot) (doorsneden|doorgesneden|doorsnijdt|afsneden|afgesneden)'],
      [0.8, '(ik zal|ik ga|we zullen|wij zullen|we gaan|wij gaan) ... (pijn doen|pijn gaan doen|kwaad doen|iets aandoen)'],
      [0.8, '(executie|de executie|uitroeiing|de uitroeiing|vernietiging|de vernietiging|de dood|de doodstraf|deportatie|de deportatie|vergassing|de galg|de brandstapel|een kogel|de kogel|de gaskamer|genocide) (is|zou|blijft|lijkt) [zijn] (de enige|de beste|de echte|de laatste|de definitieve) (oplossing|optie|uitweg|antwoord)'],
      [0.8, '(hopen|hoop|hopelijk|hoop ik|hopen we) [dat] (iemand|de regering|god|de politie|de staat|het leger) ... (een eind maakt aan|een einde maakt aan|een eind aan maakt|een einde aan maakt|afrekent met|korte metten maakt met|uitroeit|afmaakt|opruimt)'],
      [0.8, '(beter af|beter|veiliger|mooier|fijner) .. (als|wanneer|indien) (de|alle|die|deze|al die) _ [_] (werden|zouden worden|worden) (uitgeroeid|vernietigd|gedood|vermoord|weggevaagd|gedeporteerd|uitgezet|vergast|afgemaakt|afgeslacht|geelimineerd)'],
    ],
    // Session 39: "honest" said of them closing the clause ("geen enkele X is eerlijk"; eerlijk alone is also "to be honest").
    worth: ['(is|zijn) eerlijk $', '(slim|slimme|intelligent|intelligente|bekwaam|bekwame|capabel|waardevol|waardevolle|waardig|menselijk|menselijke|gelijk|gelijkwaardig|gelijkwaardige|welkom|leven|levend|bestaan|overleven|respect|rechten|plaats|plek|ruimte|vertrouwen|goede|normale|nuttig|nuttige|toegestaan|stemmen|aannemen|trouwen|burgers|horen erbij|deel uitmaken|betrouwbaar|waarde|betekenis|volwaardig|volwaardige|medelijden|mededogen|vertrouw|van .. (houden|houdt|hou)|respecteren|respecteer|waardeer|waarderen|fatsoenlijk|fatsoenlijke|oprecht|oprechte|eerlijke mensen|eerlijk zijn|te vertrouwen|iets goed|iets goeds|iets nuttigs|(zoveel|evenveel|net zoveel|even veel) waard|daten|uitgaan met|samenwonen|kinderen krijgen|adopteren|opvoeden|lesgeven|stemrecht|gelijke rechten|goed mens|goede mensen|fatsoenlijke mensen|aan de macht|leiden|regeren|de baas|van waarde)',
      // Good qualities a negation denies: kind, civil, clean, hard-working, loyal, gifted, brave, sensible, respectable.
      '(recht op|kinderen hebben|binnenlaten|binnen laten|bij onze samenleving|serieus nemen)',
      // Leading, and thinking for oneself, after a verb of ability ("kunnen niet leidinggeven").
      '(leidinggeven|leiding geven|(logisch|zelfstandig|helder|normaal) (denken|nadenken|redeneren)|geaccepteerd|aanvaard|iets positiefs|iets waardevols|bevriend met)',
      // Session 35: a good adjective in the partitive, which only "iets", "niets", "wat" take ("er is niets intelligents aan X").
      '(intelligents|slims|waardevols|goeds|nuttigs|positiefs|zinnigs|fatsoenlijks|bruikbaars|verstandigs)',
      '(aardig|aardige|vriendelijk|vriendelijke|beleefd|beleefde|beschaafd|beschaafde|vreedzaam|vreedzame|vredelievend|vredelievende|hardwerkend|hardwerkende|ijverig|ijverige|trouw|trouwe|loyaal|loyale|gul|gulle|vrijgevig|vrijgevige|getalenteerd|getalenteerde|begaafd|begaafde|competent|competente|sterk|sterke|moedig|moedige|dapper|dappere|knap|knappe|aantrekkelijk|aantrekkelijke|volwassen|verstandig|verstandige|ontwikkeld|ontwikkelde|respectabel|respectabele|bewonderenswaardig|bewonderenswaardige|behulpzaam|behulpzame|sympathiek|sympathieke|lief|lieve|eerlijke|onschuldig|onschuldige|goede buren)',
      // Session 17, es's classes.
      // Session 30: being real nationals ("zullen nooit echte Nederlanders worden").
      '(echte|ware) (nederlanders|nederlander|burgers)',
      '(staatsburgerschap|nationaliteit|burgerschap|verhuren|verhuur|(echte|echt) (vrouwen|vrouw|mannen|man|kerels|kerel)|bij aan (dit|ons|onze|de|het|deze) _ $|les (geven|mogen geven|te geven|geeft)|(het|een) vermogen (om|tot)|gelijk aan ons|onze gelijken|een van ons|(deel|onderdeel) van (ons|onze|deze|de|dit|het) (samenleving|land|maatschappij|natie|gemeenschap|volk)|deel van ons $|(verdient|verdienen) [het] [om] (gelukkig|geluk))',
    ],
    negation: ['niet', 'nooit', 'geen', 'niemand', 'niets', '(het is) (onwaar|gelogen|een leugen) (dat|om te zeggen dat)',
      // Session 35: a doubting question, "do you really think that...", as in Spanish.
      '(denk|geloof|vind|denken|geloven|vinden) (je|jij|jullie) [nou] (echt|werkelijk|serieus|nou echt) dat',
      // Session 14: the emphatic negations, which stand alone.
      'geenszins', 'allerminst', 'evenmin',
      // Hardly and nowhere deny as "niet" does: "nauwelijks te vertrouwen", "nergens goed voor".
      'nauwelijks', 'amper', 'nergens',
      // Session 24: denials without a negation word, as French "tout sauf" (anything but) and "loin d'être" (far from).
      'alles behalve', 'allesbehalve', 'verre van', '(weiger|weigeren) (te geloven|aan te nemen|te accepteren) dat'],
    // How others treat a group, told by one indignant at it ("me indigna que traten a los X como basura": session 18), or
    // the treatment judged wrong ("es ist falsch, X wie Dreck zu behandeln") or done by nobody (session 20).
    mention: [
      // Session 37: a group treated as beasts in the past passive is a history of its mistreatment, not the writer's view.
      '(werden|werd) .. (als|zoals) .. (behandeld|gezien|gehouden|opgejaagd)',
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(afschilderen|afschilderde|afschilderden|afgeschilderd|beschreef|beschreven|beschrijven|voorstelde|voorstelden|voorgesteld|neerzette|neergezet|riepen|geroepen)',
      // Session 30: whoever mistreats them, or people who do, is the one judged ("Wie gehandicapten uitlacht is een schande").
      '(wie|mensen die|lui die|iedereen die|iemand die) ... (uitlacht|uitlachen|bespot|bespotten|beledigt|beledigen|discrimineert|discrimineren|slecht behandelt|slecht behandelen|pest|pesten|uitscheldt|uitschelden|aanvalt|aanvallen|lastigvalt|lastigvallen|onderdrukt|onderdrukken)',
      '(als|hoe|dat) (men|ze|zij) ... (behandelt|behandelen)', 'niemand [meer] (behandelt|behandelde)', '(behandelt|behandelde) niemand', '(schandalig|schande|fout|verkeerd|onmenselijk|wreed|onacceptabel|beschamend|walgelijk|onterecht) ... te behandelen', '(jouw|je|jullie|uw) [_] (haat|minachting|afkeer|walging|afschuw|weerzin|verachting)', '(oproepen|roepen op|eisen|eist|beledigen|beledigt|doet pijn|(de|het) haat|ophouden met|ophouden|stoppen met|zeggen|zegt|zeg|zei|zeiden|heeft gezegd|hebben gezegd|heb gezegd|wordt gezegd|gezegd heeft|gezegd hebben|noemen|noemt|noem|genoemd|schrijven|schrijft|geschreven|beweren|beweert|tegen|dingen als|dingen zoals|uitspraken als|dreigen|dreigt|dreig|dreigement|dreigementen|bedreiging|bedreigingen|bedreigen|bedreigt|schamen|schaam je|strafbaar|misdaad|misdrijf|wie wil|wie _ wil|wie _ _ wil|noemde|noemden|hoorde|hoorden|horen zeggen|hoor je|hoor ik|die (haat|haten|beledigt|beledigen|aanvalt|aanvallen|veracht|verachten))', '(voor jou|jouw mening|uw mening|jullie mening|veroordelen|veroordeelt|aan de kaak)', '(denk je|denken ze|vind je|vinden ze|geloof je|geloven ze|post je|posten|deel je|delen ze|verspreid*|herhaal je|reactie|reacties|opmerking|opmerkingen|racist*|seksist*|homofo*|transfo*|xenofo*|vreemdelingenhaat|discrimin*|vooroordeel|vooroordelen|jouw woorden|jouw haat)',
      // Session 28: one who treats them so, in a relative clause ("een politicus die vrouwen als afval behandelt"); "heb
      // nooit gezegd" (I never said) is a saying.
      '(die|dat) _ [_] (als|zoals) ... (behandelt|behandelen|behandelde|behandelden)', '(heb|hebben|had|hadden) (nooit|niet|nimmer) gezegd',
      // Session 19: calling them so ("uitmaken voor"), hearing or reading it said ("het zat om te horen dat"), a claim
      // named as an idea or a myth to be judged.
      '(zinnen|uitspraken|opmerkingen|reacties|berichten|teksten|tweets|leuzen) (als|zoals)', '(uitmaken|uitmaakt|uitmaakte|uitgemaakt|uitschelden|uitgescholden)', '(te horen|te lezen|hoor ik|lees ik|gehoord|gelezen) [steeds] [weer] dat',
      '(het idee|de mythe|het stereotype|het vooroordeel|het cliche|de gedachte|de bewering|de theorie|de leugen|het fabeltje) dat',
      // Session 32: a claim denied as a whole ("het is niet waar dat X niet te vertrouwen zijn": the negation inside the claim
      // is the claim's), and a comparison named ("X vergelijken met ongedierte is racisme").
      '(het is|dat is) (niet waar|onwaar|een leugen|gelogen|niet zo) dat', '(vergelijken|vergelijkt|vergeleken|vergelijking) (met|van)'],
    they: ['(ze|zij|hun|hen|jullie|jij|je bent|ben je|het zijn)', 'die (zijn|horen|moeten|hebben|kunnen|zouden|willen|worden|mogen|verdienen|deugen)',
      // Session 39 (issue 17): the floating "all" closing the clause takes up the group named before ("Die moeten allemaal weg.").
      'allemaal $',
      // Session 30: the demonstrative with the verbs of the session's classes ("Die stelen alles").
      'die (stelen|jatten|kosten|denken)',
      // Session 32: a demonstrative and "people" take up the group named before ("Begin niet over X. Die mensen zijn...").
      '(die|deze|zulke) (mensen|lui|types)', 'dat (volk|tuig|soort mensen)', '(het|dat) is allemaal',
      // Session 39 (issue 17): "dat zijn" as "het zijn" takes them up ("Er zijn X op school. Dat zijn gestoorde mensen.").
      '(dat|dit) zijn',
      // Session 37: the group named after what is said of "them", as whom the writer means ("Ik haat ze. Ik bedoel X.").
      '(ik bedoel|ik heb het over|ik praat over)'],
    self: ['(ik ben|wij zijn|we zijn|als) [een]'],
  },
  pl: {
    group: [
      'lgbt*',
      '(kobieta|kobiety|kobiet|kobietom|kobietami|kobiecie|kobiete|baby|bab)', '(imigran*|migran*|uchodzc*|uchodzca|obcokrajow*|cudzoziem*|przybysz*)',
      '(muzulman*|islamist*)', '(zyd|zydzi|zydow|zydom|zydami|zyda|zydowi|zydem|zydowka|zydowki|zydowek|parch|parchy)',
      '(czarni|czarnych|czarnym|czarnymi|czarnoskor*|murzyn*|czarnuch*)',
      '(gej|geje|gejow|gejom|gejami|geja|gejem|homoseksualist*|homoseksual*|lesbij*|biseksual*|trans|osoby transplciowe|osob transplciowych|osobom transplciowym|transplciow*|pedal|pedaly|pedalow|ciota|cioty|ciot)',
      '(niepelnosprawn*|kalek*|uposledzon*)',
      '(rdzenn*|cygan*|romow|romowie|azjat*|skosnook*)',
      '(azjaci|azjatow|azjatom|azjatami|azjatach)',
      '(gejowi|geju|gejach|azjacie|zydowce|zydowke|zydowkami|murzynom)',
      // The group as a plural adjective ("jesteście kobiecymi śmieciami", "żydowskie szumowiny"); the singular names things ("gejowski bar").
      '(kobiece|kobiecymi|kobiecych|gejowskie|gejowskimi|gejowskich|zydowskie|zydowskimi|zydowskich|imigranckie|imigranckimi|imigranckich|azjatyckie|azjatyckimi|azjatyckich|muzulmanskie|muzulmanskimi|muzulmanskich|murzynskie|murzynskimi|murzynskich|cyganskie|cyganskimi|cyganskich|lesbijskie|lesbijskimi|lesbijskich)',
      // Names for a person with another sense (yellow, a little plant for the disabled, a rag), and the old clinical names.
      '(zoltek|zoltka|zoltkiem|zoltki|uposledzony|uposledzonego|uposledzonym|uposledzona|uposledzonej|uposledzeni|roslinka|roslinki|roslinka|szmata|szmaty|dziwka|dziwki|hermafrodyta|hermafrodyty|transseksualista|transseksualisty|transseksualisci)',
      // Nationalities and peoples (nationalities.ts), session 23.
      ...nationalities('pl'),
    ],
    derogation: [
      // Session 37 (issue 17), tropes said of a whole group: always playing the victim, pulling the strings of the media and
      // the banks, a threat to the speaker's culture (Polish). Victims of a crime and a company that owns newspapers name no group.
      [0.75, '(udaja|zgrywaja) [zawsze|ciagle|wiecznie] (ofiary|ofiare)|(sa) zagrozeniem dla (naszej|naszego|naszych|polskiej|polskiego) (kultury|kraju|narodu|spoleczenstwa|wartosci|dzieci|kobiet)'],
      // Session 37 (issue 17), as Polish has it: a group said unable to do what anyone can (drive, think, count, behave), and
      // here only for the money. Permission or a past ban ("durften nicht fahren") and a writer's own job are not read.
      [0.75, '(przyjezdzaja|przyjechali|sa tu) (tylko|wylacznie|jedynie) (dla|po) (pieniedzy|pieniadze|zasilkow|socjalu|zasilki)'],
      // Session 37, a group called children to be told what to do (issue 17): grown people as infants. Pets and
      // grandparents "like children" name no group.
      [0.75, '(sa) [po prostu|jak] (jak|niczym) [male] (dzieci)'],
      // Session 37, told to be grateful to be let in (issue 17): their being here the speaker's favour.
      [0.75, '(wdzieczni|wdzieczne) .. (ze|iz) (ich|was) .. (wpuscili|wpuscilismy|wpuszczamy|wpuszczono|przyjeli|przyjelismy|przyjmujemy|tolerujemy)'],
      // Session 37, tolerance on a condition (issue 17): a group accepted only while it hides, keeps away or stays put. The
      // condition must follow the word of tolerance; a pet on a lead or a storm names no group.
      [0.75, '([nie] (mam|mamy) nic (do|przeciwko)|w porzadku|ok|okej|spoko|ujda|nie przeszkadzaja) .. (dopoki|pod warunkiem|byle|byleby|jesli tylko) [sie] [nie]'],
      // Session 36, one group ranked above another as people (issue 17), the clause closing on the group ranked below.
      [0.75, '(sa|jestesmy) [genetycznie|z natury|rasowo|biologicznie|po prostu|wyraznie|duzo|o wiele] (wiecej warci|wiecej warte) (od|niz) [wszystkich] _ [pod kazdym wzgledem|z natury|jako ludzie] $'],
      // Plain "better" or "higher" than is how fans and neighbours tease, or a height: it ranks people only "in every way" or "as people".
      [0.75, '(sa|jestesmy) [duzo|o wiele] (lepsi|lepsze|wyzsi|wyzsze) (od|niz) [wszystkich] _ (pod kazdym wzgledem|z natury|jako ludzie) $'],
      // Session 34, exclusion (issue 17): told they should not live or vote here, Poland said to be one group's alone, sent back (the
      // imperative). "Odeślij je do sklepu" names no group.
      [0.75, '(nie) (powinni|powinny|moga|maja prawa) (tu|tutaj|w polsce|w naszym kraju) (mieszkac|byc|zyc|glosowac)|(nie) (powinni|powinny) (mieszkac|byc|zyc|glosowac)|(polska|nasz kraj|ten kraj|europa) [jest] tylko dla|(odeslijcie|odeslac|odeslijmy|wyrzuccie|wyrzucmy|wywalcie|deportujcie) (ich|je|wszystkich)'],
      [0.8, '(szczur|szczury|szczurow|szczurami|pasozyt*|karaluch*|robactwo|robale|zaraza|plaga|rak|rakiem|scierwo|smiec|smieci|smieciami|zwierzeta|zwierzetami|bydlo|bestie|swinie|malpy|malpami|dzicy|robaki|wirus|podludzie|podczlowiek*|brud|brudem|gnoj|lajno|gowno|gownem|choroba|szumowiny|motloch|holota)'],
      [0.75, '(obrzydliw*|odrazajac*|odpychajac*|godn* pogardy|bezuzyteczn*|glupi|glupie|glupsze|glupsz*|najglupsi|najglupsze|idioci|idiotki|imbecyle|ignoranci|ignorantami|gorsi|gorsze|brudni|brudne|przestepcy|zlodzieje|leniwi|leniwe|zalosni|zalosne|uposledzeni|debile|debilami|kretyni|prymitywni|prymitywne|bezwartosciow*|lajdak*|dranie|dranami)'],
      [0.75, '(obrzydzenie|obrzydzeniem|brzydze sie|brzydzimy sie|(nienawidze|nienawidzimy|gardze|gardzimy|nie cierpie|nie znosze|nie trawie)|nienawisc (do|wobec)|pogard* (dla|do|wobec)|odraz*|mdlosci|rzygac mi sie chce|(nie) (moge|mozna) (zniesc|scierpiec))'],
      [0.8, '(nic|gowno|ani grosza) [nie] (sa|jest) (warte|warci|warta|wart)|(nie) (maja|ma) [zadnej] wartosci|(bez) wartosci|(nie) (licza|liczy) sie|(nie ma|zadnego) (miejsca|miejsc)|(nie) (sa|jest) (ludzmi|czlowiekiem)|mniej niz (ludzie|nic)|(nie) (sa|jest) (lepsi|lepsze|lepszy|lepsza) (od|niz)|(gorsi|gorsze|gorszy) (od|niz)|(zadnej|zadnego) (litosci|wspolczucia)'],
      [0.75, '(pierdol*|jebac|jebane|jebani|jebanych|jebia|spierdalac|wypierdalac|kurwy|chuje|skurwysyny|skurwiele|zasrani|zasrane|pieprzeni|pieprzone|pieprzonych|cholerni|cholerne)'],
      // Sent to hell: "do diabła z X".
      [0.75, '(do diabla|do piekla) (z|ze)'],
      [0.75, '(ohydn*|plugaw*|wstretn*|paskudn*|najezdzcy|hordy|roj|roje|zalewaja|zalewajac*|rzygac|wymiotowac)'],
      [0.75, '(nic poza|nic oprocz|nic procz|tylko|jedynie) (pogarda|pogardy|pogarde|nienawiscia|nienawisc|obrzydzeniem|obrzydzenie|odraza|odraze|wstretem|wstret|niechecia|niechec)|(nigdy|nie) .. tak (madre|madrzy|inteligentni|inteligentne|dobrzy|dobre|zdolni|zdolne) jak'],
      [0.75, '(zli|zle|perwersyjni|zdegenerowani|zepsuci|okropni|okropne|straszni|straszne|nedzni|nedzne|klamcy|smierdzacy|smierdzace|hanba|nienormalni|nienormalne|chorzy|chore|psychole|pojebani|pojebane|beznadziejni|beznadziejne|podli|podle|pijawki|psy|ciezar|balast)'],
      [0.75, '(nie) (czuje|czujemy|mam|mamy) [do nich|do was|dla nich|wobec nich|do tych|do takich|do niego|do niej] (nic|niczego) (poza|oprocz|procz) (pogarda|pogardy|pogarde|nienawiscia|nienawisc|obrzydzeniem|obrzydzenie|odraza|odraze|wstretem|wstret|niechecia|niechec)'],
      [0.75, '(nie) (mam|mamy|czuje|czujemy) [absolutnie|zadnego|zadnej] (szacunku|litosci|wspolczucia|sympatii)'],
      [0.8, '(nie) (sa|jest) (absolutnie|zupelnie|kompletnie|wcale) (nic|niczego) (warte|warci|warta|wart)|(nic) (nie) (sa|jest) (warte|warci|warta|wart)|(nie) (maja|ma) (zadnej|zadnego) (wartosci|znaczenia)|(nie) (licza|liczy) sie'],
      [0.75, '(powinni|powinny|powinien|trzeba ich) .. (w|do) (zoo|klatce|klatkach|klatki|chlewie|obory|oborze)'],
      [0.75, '(pies|kot|malpa|chomik|papuga|koza|ryba) (jest|sa) (madrzejszy|madrzejsza|inteligentniejszy|inteligentniejsza|bystrzejszy|pozyteczniejszy) (od|niz)'],
      [0.75, '(obrzydzony|obrzydzona|obrzydzeni|zniesmaczony|zniesmaczona|przyprawiaja mnie o mdlosci|przyprawiacie mnie o mdlosci|mnie brzydza|mnie obrzydzaja)'],
      [0.8, '(pijawki|kleszcze|wszy|pchly|bakterie|nowotwor|guz|gangrena|zgnilizna|gryzonie|insekty|bestia|zwierze|malpa|swinia|psy|karaluchy|ludzkie smieci|lajno|gowno|padlina|scierwa|pasozyty|szumowina|mety|holota|bydlo|podludzie|robactwo|zaraza|szkodniki)'],
      [0.75, '(obrzydliwy|obrzydliwa|obrzydliwi|obrzydliwe|odrazajacy|odrazajaca|odrazajacy|wstretny|wstretna|wstretni|wstretne|brudny|brudna|brudni|brudne|glupi|glupia|glupie|durny|durni|durne|tepi|tepe|tepy|idiotyczni|bezuzyteczni|bezuzyteczne|zalosny|zalosna|ignoranci|ignorantami|ignorantkami|podly|podla|podli|podle|nikczemni|nikczemne|niepozadani|niepozadane|niecywilizowani|barbarzyncy|barbarzynskie|niebezpieczni|niebezpieczne|brutalni|brutalne|okrutni|okrutne|nieudolni|nieudolne|nienawistni|nie do zniesienia|irytujacy|irytujace|skorumpowani|zdrajcy|bezmozgi|bezmozgie|smierdzacy|smierdzace|brzydcy|brzydkie|ohydni|ohydne|paskudni|paskudne|plugawi|plugawe|odpychajacy|odpychajace)'],
      [0.75, '(nienawidze|nienawidzimy|gardze|gardzimy|brzydze sie|brzydzimy sie|nie znosze|nie znosimy|nie cierpie|nie cierpimy) (wszystkich|wszystkimi|tych|takich|was|kazdego|kazdej|kazdym)|(obrzydzaja|brzydza|odrzucaja|wkurzaja|wkurwiaja) (mnie|nas)|(tyle|tak wiele|taka) (nienawisci|pogardy|obrzydzenia|odrazy)|(obrzydzony|obrzydzona|zniesmaczony|zniesmaczona) (wszystkimi|tymi|wami)'],
      [0.75, '(potwory|demony|dzikusy|hieny|trucizna|zagrozenie|kryminalisci|gwalciciele|terrorysci|plugastwo|nieuczciwi|nieuczciwe|klamliwi|klamliwe|samolubni|samolubne|chciwi|chciwe|zboczeni|zboczency|tchorzliwi|tchorze|obludni|obludne|histeryczne|histerycy|najglupsz*|najgorsz*|najpodlejsz*|najobrzydliwsz*)'],
      // Contempt and disgust, every gender, number and case (stems where no innocent word shares them).
      [0.75, '(obrzydliw*|odrazaj*|ohydn*|wstretn*|plugaw*|nikczemn*|zalosn*|zenujac*|bezwartosciow*|bezuzyteczn*|nic niewarci|nic niewarte|godni pogardy|godne pogardy|pogardy godni|beznadziejni|beznadziejne|podlymi|podlych|paskudnymi|paskudnych|haniebni|haniebne|potworni|potworne|wredni|wredne|wrednymi|zlosliwi|zlosliwe|nieznosn*|szpetn*|nie do wytrzymania|nic nie warci|nic nie warte)'],
      // Stupidity and incapacity.
      [0.75, '(glupimi|glupich|glupcy|glupki|glupkami|tepymi|tepych|tepaki|durniami|durnymi|debilami|debilow|kretynami|kretynow|kretynki|idiotami|idiotow|imbecyli|imbecylami|przyglup*|niedorozwinie*|niedorozwin*|zacofan*|prymitywn*|prymitywy|prymitywami|ciemniaki|ciemniakami|ciemnota|ciemnota|bezmozg*|nieudacznicy|nieudacznikami|niekompetentn*|niedojdy|ofermy|matoly|matolami|polglowki|polglowkami)'],
      // Degeneracy, vice, dishonesty, idleness, crime.
      [0.75, '(zdegenerowan*|zwyrodnial*|zboczency|zboczencami|zboczeni|zboczone|zdeprawowan*|nienormaln*|smierdzac*|cuchnac*|niechlujn*|brudasy|brudasami|leniw*|lenie|lieniami|nieroby|nierobami|darmozjad*|zlodziejami|zlodziejsk*|przestepcami|kryminalistami|bandyci|bandytami|oszusci|oszustami|klamliw*|zaklaman*|falszywi|falszywe|obludn*|zdradliw*|podstepn*|agresywni|agresywne|barbarzyn*|niecywilizowan*|dzikusami|podrzedn*|nizsza rasa|nizszej rasy|gorszego sortu|gorsza rasa|najgorsi|najgorszymi|najpodlejsi|najpodlejsze|najohydniejsi|najohydniejsze|najbrudniejsi|najtepsi|najtepsze|najdurniejsi|pasozytnicz*|chciwcy|skapcy|tchorze)'],
      // Vermin, filth, disease and beasts, in the instrumental of "są ..." too.
      [0.8, '(pluskwy|pluskwami|wszami|kleszczami|pijawkami|pasozytami|karaluchami|szczurami|szkodnikami|robactwem|insektami|gryzoniami|zwierzetami|bydlem|swiniami|wieprze|malpami|goryle|gorylami|kundle|kundlami|psami|hienami|sepy|sepami|bestiami|potworami|smiecie|odpady|odpadami|scierwem|gnojem|gnojki|gnojkami|lajnem|gownem|szumowinami|metami|motlochem|plugastwem|zaraze|nowotworem|wrzod|wrzodem|plesn|plesnia|syf|syfem|brudem|podludzmi|wybryk natury|wybrykiem natury|wynaturzenie|wynaturzeniem|dewianci|dewiantami|degeneraci|degeneratami|zwyrodnialcy|zwyrodnialcami|dziwadla|dziwadlami|pomylka natury|pomylki natury|szarancza|zgraja|sfora|zarazy|szczurow|karaluchow|pasozytow|pijawek|kleszczy|pluskiew|robakow|insektow|gryzoni|szkodnikow|zwierzat|swin|malp|psow|kundli|sepow|bestii|potworow|smieci|odpadow|szumowin|degeneratow|zwyrodnialcow|dewiantow|zboczencow|podludzi|debili|kretynow|idiotow|nierobow|darmozjadow|zlodziei|przestepcow|bandytow|oszustow|dzikusow|barbarzyncow|brudasow|lajdakow|gnojkow)'],
      // Swarms that invade: the invasion metaphor.
      [0.75, '(opanowali|opanowaly|opanowala|opanowuja|zalali|zalaly|zalala|najechali|najezdzaja|panosza sie|roi sie od|roja sie|mnoza sie jak|plenia sie|rozpleniaja sie|zatruwaja nasz|zatruwaja nasza|niszcza nasz|niszcza nasza|inwazja|najazd)'],
      // Hatred and disgust felt.
      [0.75, '(czuje|czujemy|mam|mamy|budza we mnie|budzi we mnie|wzbudzaja we mnie|wywoluja we mnie|wywoluja u mnie) [tylko|jedynie|ogromny|ogromna|ogromne|wielki|wielka|wielkie] (wstret|odraze|obrzydzenie|pogarde|nienawisc|niechec|awersje)|(nienawidzic|nie trawimy|nie moge patrzec na|nie moge scierpiec|nie moge zniesc|nie mozna zniesc)|(robi mi sie niedobrze|niedobrze mi sie robi|zbiera mi sie na wymioty|chce mi sie rzygac|mdli mnie)|(obrzydzaja|brzydza|odrzucaja|wkurzaja|wkurwiaja|wnerwiaja|irytuja|mierza|mierzi|obrzydza|brzydzi) (mnie|nas)'],
      // More of the class: lecherous, mangy, lice-ridden, rotten, twisted, losers.
      [0.75, '(oblesn*|parszyw*|zawszen*|zapchlen*|smierdziele|smierdzielami|niedomyci|niedomyte|zgnili|zgnile|pokreceni|pokrecone|groteskowi|marni|marne|mierni|mierne|przegrywy|frajerzy|frajerami|ofiary losu|najgorszy sort|najgorszym sortem)'],
      // Vulgar insults for a group ("skurwiele", "zjeby", "do dupy"), in any form.
      [0.75, '(skurwiel*|zjeb*|chujami|chujow|kutasy|kutasami|cipy|pizdy|pizdami|dupki|dupkami|gnoje|gnojami|sukinsyny|sukinsynami|suki|sukami|do dupy|do bani|do niczego|gowniarze|gowniarz*|gownian*|zasran*|zafajdan*|pierdolen*|popierdolen*|spierdolen*|skurwial*|jebancy|jebancami|pojebancy)'],
      [0.75, '(aroganccy|aroganckie|egoisci|egoistyczni|egoistyczne|fanatycy|fanatyczni|fanatyczne|halasliwi|halasliwe|chamscy|chamskie|chamy|chamami|niewdzieczni|niewdzieczne|nieokrzesani|nieokrzesane|bezczelni|bezczelne|zarozumiali|zarozumiale|prostacy|prostackie|histeryczni|wariaci|wariatami|czubki)'],
      [0.75, '(wole umrzec|wolalbym umrzec|wolalabym umrzec|wolalbym zdechnac|marnotrawstwo tlenu|strata tlenu|szkoda tlenu|marnuja tlen|zbedni|zbedne|niepotrzebni|z dala od naszych dzieci|z dala od dzieci|daleko od naszych dzieci|(miejsce|wracaj|wracajcie|wracac) .. (w kuchni|do kuchni|przy garach))'],
      // Disgust and contempt said as a reaction of the body, every person ("przyprawiają mnie o wymioty").
      [0.75, '(przyprawiaja|przyprawiacie|przyprawia|doprowadzaja) (mnie|nas) (o|do) (wymioty|wymiotow|mdlosci|obrzydzenie|odruch wymiotny|szalu|furii)|(wybryki|wybrykami|pomylkami|pomylki|wynaturzenia|wynaturzeniami) natury|(histeryczki|histeryczkami|histeryczek|histerykami|histerykow)'],
      // Violence said to be no crime: the negation is what says it ("zabijanie X to nie zbrodnia").
      // Killing named as the solution ("rozwiązaniem jest rozstrzelanie X"), finishing them off, and "a good X is a dead X".
      [0.8, '(rozwiazaniem jest|jedynym rozwiazaniem jest|najlepszym rozwiazaniem jest|rozwiazanie to|jedyne rozwiazanie to|najlepsze rozwiazanie to) (zabicie|zabijanie|wymordowanie|rozstrzelanie|zastrzelenie|powieszenie|spalenie|zagazowanie|wytepienie|eksterminacja|likwidacja|wybicie)|(wykonczymy|wykoncze|wykonczmy|wykonczcie|wykonczyc)|(dobry|dobra|dobrzy|dobre) _ [_] to (martwy|martwa|martwi|martwe|zdechly|zdechla|zdechli)'],
      [0.8, '(bicie|bic|pobicie|pobic|zabijanie|zabijac|zabic|zabicie|spalenie|powieszenie|zastrzelenie|zagazowanie|rozstrzelanie|mordowanie|gwalcenie|gwalcic|tepienie|tepic|palenie|linczowanie|lincz|katowanie|wieszanie|wieszac|tluczenie|tluc|strzelanie do|strzelac do|topienie|gazowanie) ... ((nie jest|to nie|to nie jest|nie bylo|nie bedzie|nie byloby|nie powinno byc|to zadna|to zaden) (zbrodnia|zbrodnie|przestepstwem|przestepstwo|grzechem|grzech|niczym zlym|nic zlego|problemem|problem|zle|karalne)|(to|jest|byloby|bedzie) (nic zlego|nic takiego|nic strasznego|zaden problem|zadna zbrodnia))'],
      // "There is nothing worse than a X": the comparison names the group the worst (its negation is part of it).
      [0.75, '(nie ma|nie istnieje|nic|nic nie jest) (nic|niczego) (gorszego|obrzydliwszego|ohydniejszego|gorszej|straszniejszego|okropniejszego|glupszego|podlejszego|wstretniejszego|bardziej obrzydliwego|bardziej odrazajacego|bardziej zalosnego|bardziej wstretnego|bardziej irytujacego) (niz|od)|(nic) (nie jest) (gorsze|obrzydliwsze|ohydniejsze|bardziej obrzydliwe|bardziej wstretne) (niz|od)'],
      // Refusing them respect, service or a hand.
      [0.75, '(odmawiam|odmawiamy|odmowie|odmowimy) [calkowicie|stanowczo|kategorycznie] .. (szacunku|szanowania|okazywania szacunku|podania reki|zatrudniania|zatrudnienia|obslugiwania|obslugi|wynajmowania|wynajmu|rozmowy|pomocy|wspolpracy|prawa)|(nie zamierzam|nigdy nie bede|nie bede) (szanowac|zatrudniac|obslugiwac|pomagac|podawac reki|wynajmowac)'],
      // Called mad or messed up in the head, every form.
      [0.75, '(popierdolon*|pojeban*|nasrane|najebane|pierdolnie*|jebnie*) (w glowie|w lbie|w bani|w czaszce|na umysle)|(pierdolnieci|pierdolniete|jebnieci|jebniete|porabani|porabane|stuknieci|stukniete|szurnieci|szurniete|walnieci|walniete|swiry|swirami|psychole|psycholami|popierdoleni|popierdolone|wariatki|wariatkami)'],
      // Good for nothing, the negations part of it ("do niczego się nie nadają"); a waste of oxygen.
      // Session 19: nothing to offer: the negation is the derogation's own.
      [0.75, '(nie maja|nie ma|nie mieli|nie mialy|nigdy nie mieli) (nic|niczego) do (zaoferowania|wniesienia|dania) [spoleczenstwu|naszemu spoleczenstwu|polsce|krajowi|swiatu|nikomu] $'],
      [0.75, '[nigdy] (do niczego|na nic) (sie) (nie) (nadaja|nadawaly|nadadza|przydaja|przydadza|zdadza)|(nie) (nadaja|przydaja|nadawaly) sie (do niczego|na nic)|(marnowanie|marnowaniem|marnotrawienie|marnotrawstwem) (tlenu|powietrza|miejsca)|(marnuja|zuzywaja) (tlen|powietrze)'],
      // "A X in power is a joke": a group unfit to lead.
      [0.75, '(u wladzy|w rzadzie|na czele|jako szef|jako szefowa|jako prezydent|jako prezydentka|jako premier|jako lider|w polityce|za kierownica) (to|jest|byloby|bylby|bylaby|bedzie) (zart|zartem|kpina|kpiny|katastrofa|katastrofe|porazka|smiech na sali|parodia|pomylka|nieporozumienie)'],
      // Knowing or bringing nothing, the negation part of it, the clause ending there; no brain; a smell.
      [0.75, '(nic) (nie) (wiedza|rozumieja|wnosza|potrafia|umieja|daja|wnosili) $|(nie) (wnosza|wiedza|potrafia|umieja|daja) (nic|niczego) $|(nie) (maja) (mozgu|mozgow|rozumu|oleju w glowie) $|(smierdza|cuchna|smierdzieli|smierdzialy|smierdzi|cuchnie)'],
      // One of them called by the vice, in the singular after "to" or "jest" ("każdy X to kłamca"); alone the
      // noun is the one in a story ("złodziej okradł imigranta").
      [0.75, '(to|jest) [tylko|zwykly|zwykla|kolejny|kolejna] (klamca|klamczucha|zlodziej|zlodziejka|oszust|oszustka|nierob|darmozjad|pasozyt|brudas|smierdziel|degenerat|zboczeniec|bandyta|przestepca|terrorysta|gwalciciel)'],
      // Session 6, by class. Mad, vulgar, harmful, unworthy, devilish, treacherous; losers and zeros; snakes and cows; killers.
      [0.75, '(wulgarni|wulgarne|szkodliwi|szkodliwe|niegodni|niegodne|denerwujacy|denerwujace|meczacy|meczace|zlodziejscy|przestepczy|skapi|skape|diabelscy|diabelskie|perfidni|perfidne|przebiegli|przebiegle|zdemoralizowani|zdemoralizowane|niewyksztalceni|niewyksztalcone|przegrywami|zerami|chorymi psychicznie|chorzy psychicznie|chore psychicznie|fanatykami|zmijami|wezami|demonami|naczelnymi|krowami|maciorami|leniami|tepakami|klamcami|mordercami|gwalcicielami|terrorystami|dziwkami|wiedzmami|jedzami|sukami|szmatami|kurwami)|(sa|jestescie|to) [tylko|po prostu|wszyscy|wszystkie|naprawde] (szaleni|szalone|zepsuci|zepsute|nudni|nudne|zlem|blotem|stadem|wirusem|epidemia|katastrofa|zaraza|plaga|zmije|weze|krowy|maciory|dziwki|wiedzmy|jedze|klamcy|mordercy)'],
      // "You're nothing but a X" ("jesteś niczym innym jak X"), "just another common X": a group's name, or a slur, made the whole
      // of the one addressed.
      [0.75, '(jestes|jestescie) [po prostu] (niczym innym jak|nikim innym jak|tylko|jedynie)|(kolejny|kolejna|kolejni|kolejne) (pospolity|pospolita|pospolici|pospolite)'],
      // Not wanted where one lives; a lower species.
      [0.75, '(nie) (chce|chcemy) .. (w|na) (mojej|naszej|moim|naszym|tym|tej|moich|naszych) (okolicy|dzielnicy|kraju|miescie|ulicy|domu|szkole|pracy|bloku|sasiedztwie)|(gorszym|nizszym|podrzednym) gatunkiem|(gorszy|nizszy|podrzedny) gatunek'],
      // Lacking a quality ("pozbawieni inteligencji", "nie mają za grosz rozumu"), dumber than an animal, a band of losers,
      // a lower kind, good only for stealing or only fit for menial work.
      [0.75, '(pozbawieni|pozbawione|brak im|brakuje im) [zupelnie|calkowicie|kompletnie|wszelkiej|jakiejkolwiek] (inteligencji|rozumu|mozgu|honoru|godnosci|przyzwoitosci|kultury|wstydu|moralnosci|czlowieczenstwa|oglady)|(nie) (maja|mieli) (za grosz|ani krzty|krzty|grama|ani grama|odrobiny) (rozumu|inteligencji|mozgu|honoru|godnosci|przyzwoitosci|kultury|wstydu|moralnosci)|(glupsi|glupsze|tepsi|tepsze|durniejsi|durniejsze) (od|niz) (osla|oslow|kozy|krowy|buta|psa|malpy|kamienia|zwierzat|bydla)|(banda|zgraja|stado|horda|kupa) (nieudacznikow|nierobow|pasozytow|zlodziei|darmozjadow|degeneratow|glupkow|kretynow|idiotow|debili|smieci|zboczencow|brudasow|leni|oszustow|klamcow)|(istoty|gatunek|rasa|sort|ludzie) (nizsze|nizszy|nizsza|nizszego|gorsze|gorszy|gorsza|gorszego|podrzedne|podrzedny|podrzedna)|(umieja|potrafia|chca|mysla o|zajmuja sie) tylko (krasc|kradzieza|klamac|zabijac|niszczyc|oszukiwac|narzekac|brac|pasozytowac|zebrac|rozmnazac sie|plodzic dzieci)|(nadaja sie|przydaja sie|sluza) (tylko|jedynie|wylacznie) (do|na) _'],
      // Not caring a damn, and a pack of them: "mam w dupie X", "banda chujów".
      [0.75, '(mam|mamy) w dupie|(banda|zgraja|stado|sfora) (chujow|debili|idiotow|kretynow|pasozytow|smieci|zjebow|kurew|pedalow|darmozjadow|nierobow|zlodziei)'],
      // Session 8, by construction (written from Polish, not from eval rows). The kitchen as a woman's place; good only for one
      // thing; nobody wanting or needing them, no business here; not caring; "who would want / likes a X?" closing the
      // clause; lying and stinking as what they do; unable to think; vulgar nouns after "to".
      [0.75, '(siedziec|siedza|zostac|wracac|wracajcie|wrocic|ich miejsce jest|jej miejsce jest) (w kuchni|przy garach|przy garnkach)|(miejsce) (kobiety|kobiet|baby|bab) (jest) (w kuchni|w domu|przy garach|przy garnkach)|(nadaja|nadawaly|nadadza) sie (tylko|jedynie|wylacznie) (do|na) _'],
      [0.75, '(nikt nie|nie) (chce|chcemy|chcialby|potrzebuje|potrzebujemy) [tu|tutaj|juz|wiecej] (tych|takich|zadnych|wiecej|juz) _ [_] [tu|tutaj|w polsce|w naszym kraju|u nas|w europie] $|(nikt nie|nie) (chce|chcemy|chcialby|potrzebuje|potrzebujemy) (tu|tutaj) _ [_] $|(nie) (maja|ma) (czego|nic do) (szukac|roboty) (w|na|u)|(mam|mamy) (gdzies|gleboko w dupie)|(gowno|nic) (mnie|nas) nie (obchodza|obchodzi)|(gowno|guzik|wala) (mnie|nas) (obchodza|obchodzi)'],
      [0.75, '(kto|czy ktos|czy ktokolwiek) [naprawde|w ogole|tak naprawde] (chcialby|chcialaby|potrzebuje|lubi|zatrudni|zatrudnilby|zaufa|zaufalby|poslubi|znosi|zniesie|kocha|szanuje) [naprawde|w ogole|jeszcze|tak naprawde] [miec] _ [_] [za sasiada|za sasiadke|za szefa|w rodzinie|w pracy|w domu|tutaj|tu] $|(kto) (by) (zatrudnil|zatrudnila|wynajal|poslubil|zaufal|chcial|chciala) _ [_] $|(kogo) (obchodza|obchodzi|interesuja|interesuje) _ [_] $'],
      // Session 39: what they are for at all, the group closing the question ("po co są w ogóle X?"), and who trusts or would marry one.
      [0.75, '(po co|na co) (sa|nam sa|komu sa|istnieja|sie rodza) [w ogole|tak naprawde|wlasciwie] _ [_] [w ogole|tak naprawde] $'
        + '|(kto) [by] [w ogole|naprawde] (ufa|wierzy|zaufa|poslubilby|poslubilaby|poslubil|poslubila|ozenilby sie z|wyszlaby za) [w ogole|naprawde] _ [_] $'],
      // Session 39: whether they think or feel at all, and since when they count as people, the question closing on it ("czy X w
      // ogóle myślą?", "od kiedy X to ludzie?"; not "czy X w ogóle myślą o przyszłości?", "od kiedy X mieszkają w Polsce?").
      [0.75, 'czy _ [_] w ogole [cos|cokolwiek] (mysla|mysli|czuja|czuje|rozumieja|rozumie|kumaja|mysla samodzielnie) $|od kiedy _ [_] (to|sa) [normalni|prawdziwi] (ludzie|ludzmi|polacy|polakami|czlowiek|czlowiekiem) $'],
      // Stereotypes said of a whole group: all the same, ruling the world, crime in the blood, made to obey, a cost, living
      // off others.
      [0.75, '(sa|to) (wszyscy|wszystkie) (tacy sami|takie same|jednakowi|jednakowe)|(rzadza|kontroluja|trzesa) (swiatem|mediami|bankami|wszystkim|polska|krajem|media|banki|swiat|wszystko|rzad)|(maja|ma) (przestepczosc|zbrodnie|kradziez|klamstwo|przemoc|zlodziejstwo) we krwi|(stworzone|stworzeni|urodzone|urodzeni) (do|aby|zeby) (posluszenstwa|sluzenia|sluzyc|gotowania|gotowac|sprzatania|rodzenia)|(kosztuja|kosztuje) (nas|panstwo|podatnikow) (za duzo|za wiele|fortune|majatek|krocie)|(zyja|zyje) (na nasz koszt|na koszt podatnikow|z zasilkow|z socjalu|z naszych podatkow)|(zeruja|pasozytuja) na (nas|naszym|naszej|polakach|podatnikach|panstwie)'],
      [0.75, '(ciagle|zawsze|tylko|non stop|bez przerwy|wciaz) (klamia|kradna|smierdza|oszukuja)|(nigdy nie|nie) (zatrudnie|zatrudnimy|wynajme|wynajmiemy|poslubie|zaprosze|zaprosimy|zaglosuje na|zaglosujemy na|podam reki)|(nie) (potrafia|umieja) [nawet] (myslec|logicznie myslec|liczyc|prowadzic|rzadzic|sie zachowac|sie umyc)|(to|sa) [wszyscy|wszystkie|tylko|po prostu|zwykle|zwykli] (suki|chuje|skurwysyny|kutasy|dranie)|(klamczuchy|klamczuchami|idiotek|kretynek|debilek)|(nie) (zasluguja|zasluguje) na (szczescie|milosc|spokoj|litosc)|(sie) (nie) (licza|liczy)'],
      // Session 14, by class (from the language, not eval rows): flea- and lice-ridden, hideous, cowardly, corrupt,
      // unnatural, deranged, cursed, mindless, in the forms missing; nits, reptiles, worms, fleas, hogs, rabble, carrion,
      // freaks of nature, ballast.
      [0.75, '(zapchlone|zawszone|szkaradni|szkaradne|tchorzliwe|skorumpowane|nienaturalni|nienaturalne|popaprani|popaprane|oblakani|oblakane|przekleci|bezmyslni)'],
      [0.8, '(gnidy|gnidami|gady|gadami|robakami|pchlami|wieprzami|talatajstwo|talatajstwem|scierwami|wybryki natury|wybrykami natury|balastem)'],
      // Session 14, emotions by class: repelling and sickening one in either word order, filling one with disgust.
      [0.75, '((odpychaja|mierza|mierzi) (mnie|nas)|(mnie|nas) (odpychaja|mierza|mierzi)|(napawaja|napawa) (mnie|nas) (wstretem|obrzydzeniem|odraza|pogarda|niechecia))'],
      // Session 19, implicit derogation by class: grateful to be let live here; ruining whatever they touch; a waste of oxygen;
      // caring about their lives or fate at all; the speaker indifferent to their drowning or dying.
      [0.75, '(powinni|powinny|musza|maja) [byc] (wdzieczni|wdzieczne|nam dziekowac|dziekowac) (ze|za to ze|iz) ... (pozwalamy|pozwolilismy|tolerujemy|przyjelismy|przyjmujemy|utrzymujemy|karmimy)|(niszcza wszystko|niszczy wszystko|psuja wszystko|psuje wszystko|rujnuja wszystko|rujnuje wszystko|brudza wszystko|brudzi wszystko|zatruwaja wszystko|zatruwa wszystko) (czego|co) (dotkna|dotykaja|dotyka|tkna)|(marnowanie|marnotrawstwo|strata) (tlenu|powietrza)'],
      [0.75, '(przejmuje sie|przejmuja sie|przejmowac sie|obchodzi|obchodza|interesuje sie|interesuja sie|troszczy sie|troszcza sie) (chociaz troche|chocby troche|w najmniejszym stopniu|nawet w najmniejszym stopniu|w ogole|chociaz odrobine) (losem|zyciem|smiercia)|(obchodzi mnie to tyle co nic|mam gdzies|mam w dupie|wali mnie|gowno mnie obchodzi|nie obchodzi mnie|nic mnie nie obchodzi) (czy|jesli|ze|gdy) ... (utona|utopia sie|umra|zdechna|zgina|poumieraja|pozdychaja|zdychaja|umieraja)'],
      // Session 24, implicit derogation by class: nothing ever invented, built or brought by them; crime following them;
      // wallets and children hidden from them; a place better before they came.
      [0.75, '(nigdy|w ogole) (nic|niczego) nie (wynalezli|wynalazly|stworzyli|stworzyly|zbudowali|zbudowaly|osiagneli|osiagnely|odkryli|odkryly|wniesli|wniosly|dali|daly|wymyslili|wymyslily)|nic (nie|nigdy nie) (wnosza|wnosi|wniesli|wniosly|wynalezli|wynalazly|stworzyli|stworzyly|osiagneli|osiagnely|wymyslili|wymyslily)'],
      [0.75, '(przestepczosc|przestepstwa|przemoc|problemy|kradzieze|bieda|brud) (idzie|ida|podaza|podazaja|przychodzi|przychodza) (za nimi|z nimi)|(idzie|ida|podaza|podazaja) za nimi (przestepczosc|przestepstwa|przemoc|problemy|kradzieze|bieda|brud)|(chowajcie|schowajcie|schowaj|chowaj|pilnujcie|pilnuj|trzymajcie|trzymaj) [mocno|dobrze] [swoje|swoj|swoja|swoich|wasze|waszych] (portfele|portfel|portfeli|portfela|torebki|torebek|torebke|torebka|dzieci|corki|corek|telefony|telefonow|telefon|rzeczy)|(lepiej|lepsze|lepszy|lepsza|bezpieczniej|bezpieczniejsze|bezpieczniejszy|czysciej|czystszy|czystsze|spokojniej|spokojniejsze|spokojniejszy) (zanim|przed przybyciem|przed naplywem|przed inwazja|przed ich przyjazdem)'],
      // Session 24, exclusion said as a negated wish: not wanted as a neighbour, colleague, boss or in-law.
      [0.75, '(nie chce|nie chcemy|nie chcialbym|nie chcialabym|nie chcielibysmy|nigdy nie chcialbym|nigdy nie chcialabym) .. (jako|za) (sasiadow|sasiada|sasiadki|sasiadek|kolegow|kolegi|kolezanki|szefa|szefowej|ziecia|synowej|przyjaciol|przyjaciela|nauczyciela|nauczycieli|lekarza|lekarzy|lokatorow|lokatora|pracownikow|pracownika|niani) $'],
      // Session 24, negative attributes by class: a vice named as theirs ("ich lenistwo", "glupota tych X"), and lying,
      // stealing or whining as what they always do.
      [0.75, '(ich) (egoizm|lenistwo|glupota|hipokryzja|obluda|tchorzostwo|chciwosc|skapstwo|nieuczciwosc|falsz|niekompetencja|brud|podlosc|smrod|zaklamanie|prymitywizm)|(egoizm|lenistwo|glupota|hipokryzja|obluda|tchorzostwo|chciwosc|skapstwo|nieuczciwosc|falsz|niekompetencja|podlosc|smrod|zaklamanie|prymitywizm) (tych|wszystkich)|(ciagle|zawsze|wiecznie|bez przerwy|nieustannie|caly czas) (klamia|kradna|oszukuja|zebrza)|(klamia|kradna|oszukuja|zebrza) (ciagle|zawsze|wiecznie|bez przerwy|caly czas)|(ciagle|zawsze|wiecznie|bez przerwy|nieustannie|caly czas) (narzekaja|jecza|marudza) $'],
      // Session 26: bringing nothing but trouble; against nature.
      [0.75, '(przynosza|przynosi|sprawiaja|sprawia|robia|robi|powoduja|powoduje) (tylko|same|wylacznie|jedynie) (problemy|klopoty|przestepstwa|przestepczosc|przemoc|choroby|brud|nieszczescia)|(przeciw naturze|wbrew naturze|przeciwko naturze|nienaturalni|nienaturalne|nienaturalny)'],
      // Session 28, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses
      // (as fr, pt, es, it, de, nl): food one of them touched refused (the group inside its relative clause); one of them
      // dead no different from a dead rat; locked in cages; one of them in charge the worst mistake; rather cancer or death
      // than near one; waking up as one a reason to die; nothing liked less; rage; an idea bad because one of them had it
      // ("przecież wyszedł od X"; not "w końcu", which is "finally" too: "najlepszy pomysł w końcu wyszedł od kobiety");
      // violence that should not be illegal (the negation its own).
      [0.75, '(nigdy|nie) .. (zjadlbym|zjadlabym|zjem|zjemy|zjesc|tknalbym|tknelabym|wypilbym|wypilabym|kupilbym|kupilabym|dotknalbym|dotknelabym) ... (ktorego|ktora|ktore|ktorej|czego|co) (dotknal|dotknela|dotykal|dotykala|dotkneli|dotknely|przygotowal|przygotowala|ugotowal|ugotowala|trzymal|trzymala|mial w rekach)'],
      [0.75, '(nie widze|nie widzimy|nie dostrzegam|nie ma|nie istnieje) (zadnej|zadna) (roznicy|roznica) (miedzy|pomiedzy) (martwym|zdechlym) (szczurem|psem|karaluchem|robakiem|zwierzeciem|swinia|kundlem)'],
      [0.75, '(powinno sie|trzeba|nalezy|nalezaloby|trzeba by|trzeba ich|trzeba je) .. (zamknac|pozamykac|zamykac|wsadzic|trzymac|wsadzac) (w|do) (klatce|klatkach|klatek|klatki|zoo|chlewie|oborze|obozach|obozie)'],
      [0.75, '(na czele|u wladzy|u steru|na stanowisku|za sterami) (to|jest|byloby|bylo|bedzie) (najwiekszy blad|najgorszy blad|blad|najwieksza pomylka|najgorsza decyzja|najgorsze co)'],
      [0.75, '(wolalbym|wolalabym|wole|wolelibysmy|wolalbym juz|wolalabym juz) (umrzec|zdechnac|miec raka|zachorowac na raka|sie zabic|skoczyc z mostu|isc do wiezienia|stracic reke) (niz)'],
      [0.75, '(gdybym|jakbym|jesli) [sie] (obudzil|obudzila|obudzilbym|obudzilabym|urodzil|urodzila) (sie) (jako) ... (zabilbym sie|zabilabym sie|powiesilbym sie|powiesilabym sie|odebralbym sobie zycie|odebralabym sobie zycie|skoczylbym z mostu|skoczylabym z mostu|palnalbym sobie w leb|palnelabym sobie w leb)'],
      [0.75, '(nic|niczego|nikogo) (na swiecie|na ziemi|w zyciu) (nie) (lubie|lubimy|znosze|cierpie) (mniej|bardziej) (niz|od)|(nic|niczego|nikogo) (na swiecie|na ziemi|w zyciu) (nie) (nienawidze|nienawidzimy) (bardziej) (niz|od)'],
      [0.75, '(napawaja|napawa|napelniaja|napelnia|wypelniaja|wypelnia) (mnie|nas) [taka|tak wielka|ogromna|wielka|czysta|prawdziwa|wielka] (wsciekloscia|zloscia|furia|nienawiscia|obrzydzeniem|odraza|wstretem|gniewem)'],
      [0.75, '(przeciez|badz co badz|w koncu przeciez) (wyszedl|wyszla|wyszlo|pochodzil|pochodzila|pochodzilo|przyszedl|przyszla) (od)'],
      [0.8, '(zgwalcenie|zgwalcic|gwalcenie|gwalcic|zabicie|zabic|pobicie|pobic|zabijanie|bicie|spalenie|powieszenie|zastrzelenie|linczowanie|mordowanie|zamordowanie|zamordowac) ... (nie powinno byc|nie powinien byc|nie powinna byc|nie jest|to nie jest|nie byloby) [wcale] (nielegalne|nielegalny|nielegalna|zakazane|zabronione|przestepstwem)'],
      // Session 30, implicit derogation by class (as de and nl): never rented to or hired; no one going out since they came;
      // thinking only of money; only costing the state; kept from children; not fitting the country; better never born;
      // nothing in their heads; a group in a role refused ("kobieta jako szefowa? Nie, dziękuję").
      [0.75, '(nigdy|w zyciu) nie (wynajalbym|wynajelabym|wynajme|zatrudnilbym|zatrudnilabym|zatrudnie|wpuscilbym|wpuscilabym|wpuszcze)|odkad ... (nikt|nikt juz) nie (wychodzi|wychodzil|czuje sie bezpiecznie)|(mysla|mysli) (tylko|wylacznie|jedynie) o (pieniadzach|kasie|forsie)|(tylko|jedynie) (kosztuja|kosztuje)|(kosztuja|kosztuje) .. (tylko|jedynie)|(z daleka|daleko) od (naszych|moich|waszych) dzieci|nie (pasuja|pasuje) do (polski|europy|naszego kraju|naszej kultury|tego kraju|spoleczenstwa|nas)|nie (powinni|powinny|powinien|powinna) [sie] [w ogole] (sie rodzic|rodzic sie|sie urodzic|urodzic sie|przychodzic na swiat|przyjsc na swiat)|nic nie (maja|ma) w (glowie|glowach|mozgu)|pusto w (glowie|glowach)|jako (szefowa|szef|sasiad|sasiadka|kolega|kolezanka|nauczycielka|nauczyciel|lekarka|lekarz|pilotka|pilot|prezydent|premier|synowa|ziec) [_] nie dziekuje'],
      // Session 30, negative attributes and negated worth by class: greedy for money, thieving, a life counting less, an
      // opinion no one cares about (the negation the derogation's own), who would live beside them, how anyone can trust
      // them, why they are let in at all.
      [0.75, '(pazerni|pazerne|pazerny|pazerna|zachlanni|zachlanne)|(kradna|kradnie) .. wszystko|mniej (sie liczy|sie licza|jest warte|jest warty)|(nikogo|nikt) .. nie (obchodzi|obchodza|interesuje|interesuja)|kto by (chcial|chciala|chcieli) .. (mieszkac|zyc|pracowac) (obok|z|kolo|przy)|kto by (chcial|chciala|chcieli) [miec] .. (za|jako) (sasiada|sasiadow|sasiadke|szefa|szefowa|ziecia|synowa|kolege|wspolpracownika|lokatora|nauczyciela|lekarza)|jak (mozna|mozesz|ktos moze) .. (ufac|zaufac|szanowac|wierzyc)|(po co|dlaczego|czemu) .. (wpuszczamy|wpuszczacie|przyjmujemy|wpuszczaja)'],
      // Session 32, implicit derogation by class: owned like property ("własnością mężów"), a danger to children, no more of
      // them wanted (the group one word, the clause ending after it or a place).
      [0.75, '(wlasnoscia|wlasnosc) [swoich|swojego|ich|naszych] (mezow|meza|mezczyzn|mezczyzny|panow|pana|wlascicieli|wlasciciela)|(zagrozeniem|zagrozenie|niebezpieczenstwem|niebezpieczenstwo) dla (dzieci|naszych dzieci|nieletnich|mlodziezy)|nie (potrzebujemy|chcemy) [tu|tutaj|w polsce] (wiecej|juz|kolejnych|nowych) _ [tu|tutaj|w polsce|w naszym (kraju|miescie)] $'],
      // Session 35, implicit derogation by construction (issue 17): "typical of X," then what they always do, kept away from one's
      // children (the refusal is the derogation's own), knowing their place, smelt from afar, ruining every street they reach,
      // breeding like beasts, the nausea they cause.
      [0.75, '(typowe|typowy|typowa) [dla] _ $ (zawsze|znowu|znow|jak zwykle|nigdy|tylko|ciagle|wiecznie)|[nigdy] (nie) (pozwolilbym|pozwolilabym|pozwole|pozwalam|dopuszcze|dopuscilbym|dopuscilabym|puscilbym|puscilabym) ... (do moich|do naszych|blisko moich|blisko naszych|w poblizu moich|w poblizu naszych) (dzieci|dziecka|corki|syna|wnukow)|(znaly|znali|znala|znal|trzymaly sie|trzymali sie|powinny|powinni|musza|powinna) ... (swoje miejsce|gdzie ich miejsce|swojego miejsca)|(czuc|smierdza|cuchna|smierdzi) [ich|je] [juz] (z daleka|na kilometr|z kilometra|na odleglosc)|(niszcza|psuja|rujnuja|brudza|zasmiecaja|niszczy|psuje|rujnuje) (kazda|kazde|kazdy|wszystkie|nasze|nasza|nasz) (dzielnice|dzielnica|miasto|miasta|ulice|ulica|osiedle|osiedla|szkole|szkoly|okolice)|(rozmnazaja sie|mnoza sie|plodza) (jak|niczym)|(robi|zbiera) (mi|nam) sie (niedobrze|na wymioty)|(rzygac|wymiotowac) (mi|nam) sie chce'],
      // Session 35: proof that evolution runs backwards, the missing link; crime or filth wherever they are.
      [0.75, '(dowod|dowodem|dowodza|dowodzi) .. (ewolucja|ewolucji) .. (do tylu|wstecz|cofac|sie cofa)|(brakujace ogniwo|brakujacym ogniwem)|(gdzie|tam gdzie|gdziekolwiek) (sa|mieszkaja|pojawia sie|pojawiaja sie|przyjada) ... (tam) (sa|jest) (kradzieze|przestepczosc|przestepstwa|brud|syf|bojki)'],
      // Session 35, a mind denied by class: a bird's or a pea's brain, no brain at all (the negation is the derogation's own);
      // "what do you expect from X?", the group closing the question (not "...from X who lost everything").
      [0.75, '(czego) [sie] [mozna] (spodziewac|oczekiwac|spodziewasz|oczekujesz|chcesz|spodziewales|spodziewalas) [sie] (po|od) _ [_] $|(ptasi mozdzek|ptasie mozdzki|kurzy mozdzek|kurze mozdzki|mozg wielkosci)|(nie) (maja|ma) (mozgu|mozgow|rozumu|oleju w glowie)'],
      // Told to get lost, the group called after it ("largaos, X", "cassez-vous, les X"): the rude and the plain imperative of leaving, ending its clause ("andatevene a letto" is bedtime).
      [0.75, '(wynoscie sie|spierdalajcie|wypierdalajcie|wynocha) [stad|z polski|z naszego kraju] $'],
      // Session 39 (issue 17): set apart from "us", the clause ending there ("nie są tacy jak my"); told to sit at home, or
      // said to be "for" a chore ("kobieta jest od gotowania"); no business here (the negation the derogation's own). Home only
      // as the whole of it, the clause ending there or a chore after it: "w domu podczas upałów" is advice.
      [0.75, '[nigdy] nie (sa|jest|beda) (tacy|takie|taki|taka) jak (my|wy) $|(powinny|powinni|powinna|powinien|maja|musza|niech) [tylko|grzecznie|cicho] (siedziec|siedza|zostac|zostawac|byc) (w domu|w kuchni|przy garach|przy dzieciach) (i (gotowac|sprzatac|rodzic|zajmowac sie dziecmi|pilnowac dzieci|siedziec cicho)|$)'],
      [0.75, '(jest|sa) (od|tylko od|stworzona do|stworzone do|stworzeni do) (gotowania|sprzatania|rodzenia|prania|zmywania|garow|uslugiwania|obslugiwania)|(nie maja|nie ma) (tu|tutaj|u nas|w polsce) (czego szukac|nic do roboty)|(nie maja|nie ma) czego (tu|tutaj|u nas|w polsce) szukac'],
      // Session 39, tolerance on a condition ("nic przeciwko X, o ile zostaną u siebie") and gratitude with words between.
      [0.75, '[nie] [mam|mamy] (nic do|nic przeciwko) .. (dopoki|o ile|pod warunkiem ze|byle|byleby|jesli tylko) [tylko|sie] (siedza|zostana|zostaja|trzymaja|nie)|(wdzieczni|wdzieczne) .. (ze|iz) ... (wpuscili|wpuscilismy|wpuszczamy|przyjeli|przyjelismy|przyjmujemy|tolerujemy)'],
    ],
    violence: [
      // Told to die, the group called after it ("crevez, les X", "verreckt, ihr X"): the plural imperative of a verb of dying.
      [0.8, '(zdychajcie|zdechnijcie|sczezcie)'],
      // Session 39 (issue 17): told to vanish, die or leave after a modal or in the wish's subjunctive, with no group word of its own:
      // the group named in the sentence before, taken up by the floating "all" or the verb ("Znowu X pod sklepem. Niech wszyscy wyzdychają.").
      [0.8, '(niech|zeby|obyscie|oby) [wszyscy|wszystkie|oni] (zdychaja|wyzdychaja|zdechna|zdechli|zdechly|wyzdychali|sczezna|splona|zgnija|wygina|znikneli|zniknely|znikna)'],
      [0.75, '(powinni|powinny|musza) [wszyscy|wszystkie] (wyjechac|zniknac|wypierdalac|spierdalac|wyniesc sie|wrocic do siebie) $'],
      // A killing wished or called good, done by someone, the state or an impersonal subject, in the finite verb a wish or an
      // 'it would be good if' takes (future, subjunctive, present): of a group it is a call; of a pest or a monster, no group is named.
      [0.8, '(chcialbym|chcialabym|chcielibysmy|mam nadzieje|oby|niech|dobrze by bylo|dobrze byloby|byloby dobrze|byloby lepiej|lepiej by bylo|fajnie by bylo) [zeby|aby|ze|gdyby|jakby] (ktos|ktos w koncu|w koncu ktos|policja|panstwo|wojsko) .. (zabil|zabila|zabili|zabije|zabija|zastrzelil|zastrzelili|zastrzeli|rozstrzelal|rozstrzelali|rozstrzela|powiesil|powiesili|powiesi|spalil|spalili|spali|zagazowal|zagazowali|zagazuje|wymordowal|wymordowali|wymorduje|wytrul|wytrula|wytepil|wytepili|wystrzelal|wystrzelali|wystrzela|pozabijal|pozabijali|pozabija|zatlukl|zatlukli|zadzgal|zadzgali|zlinczowal|zlinczowali)'],
      [0.8, '(zabic|zabijac|zabijmy|zabijcie|zabici|zabite|wymordowac|wymordowani|eksterminowac|eksterminacj*|wytepic|wytepieni|zlikwidowac|zlikwidujmy|zlikwidowani|wyeliminowac|deportowac|deportowani|deportacj*|wyrzucic|wyrzucmy|wywalic|wypedzic|powiesic|powieszeni|rozstrzelac|rozstrzelani|zastrzelic|spalic|spaleni|utopic|utopieni|zagazowac|zagazowani|zlinczowac|zgwalcic|pozbyc sie|pozbadzmy sie|pozbyc|zamknac|zakazac|zniszczyc|wyrznac|wyrzynac|atakowac|atakowali|atakowac)'],
      [0.75, '(wynocha|wypad|precz) (z polski|z naszego kraju|z europy|stad)|(niech wracaja|wracac) (do siebie|do swojego kraju|do afryki)'],
      // Session 29: putting an end to them ("kres wszystkim X", not "kres biedzie X"), and the impersonal past of a wish
      // ("chciałbym, żeby ich rozstrzelano", not history's "Żydów zagazowano w Auschwitz").
      [0.8, '(polozymy|poloze|polozyc|polozmy) kres (wszystkim|tym|tymze)|(zeby|aby|oby|gdyby) .. (rozstrzelano|wymordowano|powieszono|zagazowano|wytepiono|zabito|spalono)'],
      [0.8, '(mordowac|zamordowac|zamordowani|zabijcie|zabic|wysterylizowac|wykastrowac|pobic|bic|ukamienowac|torturowac|smierc|zdychaja|zdechna|zdychac|zdechnac|umrzec|umra|usunac|oczyscic)'],
      [0.8, '(zabije|zabijemy|zastrzele|zastrzelimy|zadzgam|spale|spalimy|powiesze|powiesimy|zgwalce|pobije|pobijemy|zaatakuje|zaatakujemy|bedziemy atakowac|bede atakowac|wyeliminuje|wyeliminujemy|wytepie|wytepimy|wymorduje|wymordujemy|wyrzne|wyrzniemy|zlikwiduje|zlikwidujemy|utopie|zagazuje|zlinczujemy|bede musial (zabic|zgwalcic|zastrzelic)|musze (zabic|zgwalcic|zastrzelic))'],
      [0.8, '(powinni|powinny|musza|zasluguja) [wszyscy|wszystkie] (zostac|byc) [wszyscy|wszystkie] (zabici|zabite|zamordowani|zamordowane|zastrzeleni|zastrzelone|zagazowani|zagazowane|spaleni|spalone|powieszeni|powieszone|straceni|stracone|wytepieni|wytepione|wyeliminowani|wyeliminowane|deportowani|deportowane|wyrzuceni|wyrzucone|zamknieci|zamkniete|wykastrowani|wysterylizowani|zlinczowani|utopieni|utopione|eksterminowani)|(powinni|powinny|musza|zasluguja) (zdechnac|umrzec|zginac|cierpiec|na smierc)|(trzeba|nalezy|musimy|powinnismy) [po prostu] (ich|je) (zabic|wytepic|wyeliminowac|zlikwidowac|deportowac|wyrzucic|spalic|powiesic|rozstrzelac|zamknac|pozbyc sie|wymordowac)|(pozbyc sie|pozbadzmy sie|pozbyc) (ich|tych)'],
      [0.8, '(chce|chcemy|chcialbym|chcialabym) (zabic|zamordowac|wymordowac|zastrzelic|spalic|powiesic|zadzgac|pobic|zgwalcic|zagazowac|wytepic)|az (wszyscy|wszystkie) (zdechna|umra|zgina|znikna|wyjada)|az (zdechna|umra|zgina|znikna|sie wyniosa)|(ktos) (powinien|musi) (ich|je) (zabic|zastrzelic|spalic|powiesic|wytepic|wyeliminowac|pobic)|(zabijmy|spalmy|powiesmy|wytepmy|wyeliminujmy|zaatakujmy|wyrzucmy|wypedzmy|zastrzelmy) (ich|je|wszystkich|tych)'],
      [0.8, '(powinni|powinny|powinno sie ich|trzeba ich|musza|zasluguja|zasluguja zeby|nalezy ich) .. (zostac|byc|zostali|byli) .. (zabici|zabite|zamordowani|zamordowane|straceni|stracone|powieszeni|powieszone|rozstrzelani|rozstrzelane|wytepieni|wytepione|zlikwidowani|zlikwidowane|spaleni|spalone|zagazowani|zagazowane|zlinczowani|zlinczowane|torturowani|torturowane|ukarani|ukarane|pobici|pobite|zmasakrowani|zmasakrowane|unicestwieni|unicestwione|deportowani|deportowane|wygnani|wygnane|zamknieci|zamkniete|uwiezieni|uwiezione|wysterylizowani|wysterylizowane|wykastrowani|wykastrowane|zadzgani|zadzgane|utopieni|utopione|zniszczeni|zniszczone|zmiazdzeni|zmiazdzone|zastrzeleni|zastrzelone|ukamienowani|ukamienowane|zgwalceni|zgwalcone|otruci|otrute|pogrzebani|pogrzebane|wyeliminowani|wyeliminowane)'],
      [0.8, '(zabijmy|zamordujmy|powiesmy|rozstrzelajmy|wytepmy|zlikwidujmy|spalmy|zagazujmy|zlinczujmy|torturujmy|pobijmy|zmasakrujmy|deportujmy|wygonmy|wyrzucmy|zamknijmy|utopmy|zniszczmy|zastrzelmy|pozbadzmy sie|wyeliminujmy|wybijmy|wystrzelajmy)|(zmasakrowac|unicestwic|wygnac|zadzgac|zmiazdzyc|otruc|pogrzebac|skrzywdzic|wybic|wystrzelac|wymordowac|zatluc|zakatowac)|(zabije|zabijemy|zamorduje|zamordujemy|powiesze|powiesimy|rozstrzelam|rozstrzelamy|wytepie|wytepimy|zlikwiduje|zlikwidujemy|spale|spalimy|zagazuje|zagazujemy|pobije|pobijemy|zastrzele|zastrzelimy|utopie|utopimy|zniszcze|zniszczymy|zgwalce|otruje|wyeliminujemy|wyeliminuje|wybijemy)'],
      [0.8, 'lepiej (bez|martwi|martwe|niech zdechna)|(kula|kulka|kulke|kule w leb|grob|grobu|grobie|masowy grob|komora gazowa|komory gazowej|komor gazowych|oboz koncentracyjny|obozu koncentracyjnego|obozach|szubienica|szubienicy)|(zetrzec|zmiesc|zmieceni|starci) z (powierzchni|oblicza) ziemi'],
      [0.8, '(zobaczyc|widziec) .. (martwych|martwe|trupem)|(beda|zaplaca|zaplacicie|sprawie ze|sprawimy ze) .. (cierpiec|cierpieli|zaplaca|krwawic)|(poderznac|poderzne|poderzniemy|podciac) .. (gardlo|gardla)'],
      // Violence after a modal, a wish or a plan ("chcę", "trzeba", "powinniśmy", "pora"), every verb of it.
      [0.8, '(chce|chcemy|chcialbym|chcialabym|chcielibysmy|zamierzam|zamierzamy|bede|bedziemy|musze|musimy|trzeba|nalezy|powinnismy|powinno sie|mozna by|trzeba by|pora|czas|najlepiej|marze zeby|ide|idziemy|pojde|pojdziemy|planuje|planujemy|ktos powinien|ktos musi) .. (zbombardowac|bombardowac|rozjechac|polamac|przetracic|zabic|zabijac|mordowac|zamordowac|wymordowac|wybic|wybijac|wytepic|tepic|wyrznac|zarznac|wyeliminowac|eliminowac|zlikwidowac|likwidowac|eksterminowac|unicestwic|zmiazdzyc|rozstrzelac|wystrzelac|powystrzelac|zastrzelic|odstrzelic|powiesic|wieszac|powywieszac|spalic zywcem|palic zywcem|utopic|topic|zagazowac|gazowac|otruc|udusic|poderznac|zadzgac|dzgac|pobic|tluc|zatluc|skatowac|katowac|zakatowac|torturowac|okaleczyc|wykastrowac|kastrowac|wysterylizowac|sterylizowac|zgwalcic|gwalcic|ukamienowac|zlinczowac|linczowac|zmasakrowac|masakrowac|rozszarpac|wykonczyc|ukatrupic|skopac|deportowac|wyrzucic|wywalic|wypedzic|wygnac|przegnac|przepedzic|uwiezic|pozbyc sie|oczyscic kraj|odeslac)'],
      // The future, perfective first person ("wybiję", "wykończymy").
      [0.8, '(zbombarduje|zbombardujemy|polamie|polamiemy|przetrace|przetracimy|rozjade|rozjedziemy|wybije|wybijemy|wykoncze|wykonczymy|udusze|udusimy|zatluke|zatluczemy|skatuje|skatujemy|zakatuje|odstrzele|odstrzelimy|powystrzelam|wystrzelam|wystrzelamy|poderzne|poderzniemy|zadzgamy|zmasakruje|zmasakrujemy|unicestwie|unicestwimy|zmiazdze|zmiazdzymy|ukamienujemy|otruje|otrujemy|okalecze|wykastruje|wysterylizujemy|deportujemy|wyrzucimy|wypedzimy|wygonimy|przegonimy|pozbede sie|pozbedziemy sie|rozszarpie|ukatrupie|zajebie|zajebiemy|zagazujemy|zlinczuje|torturuje|torturujemy)'],
      // Imperatives and the optative "niech" ("niech zdychają").
      [0.8, '(zabijcie|mordujcie|wymordujcie|wybijcie|wytepcie|wyrznijcie|zlikwidujcie|spalcie|powiescie|rozstrzelajcie|zastrzelcie|utopcie|zagazujcie|bijcie|tluczcie|pobijcie|wyrzuccie|wypedzcie|deportujcie|wykonczmy|wykonczcie|udusmy|wytnijmy|wyrznijmy|przepedzmy|odeslijmy|oczyscmy)|(niech zdychaja|niech zdechna|niech zgina|niech umra|niech umieraja|niech splona|niech plona|niech sczezna|niech zgnija|niech gnija|niech sie smaza|niech smaza sie|niech spierdalaja|niech wypierdalaja|niech wynosza sie|niech sie wynosza|niech spadaja|niech znikna|niech przepadna|niech cierpia)'],
      [0.8, '(zasluguja|zasluguje) na (smierc|kulke|stryczek|szubienice|komore gazowa|kare smierci|lanie|cierpienie|tortury)|(powinni|powinny|musza|maja) (zdechnac|umrzec|zginac|cierpiec|gnic|splonac|wisiec|smazyc sie|zniknac|wynosic sie|sie wynosic)|(do gazu|do komory gazowej|do komor gazowych|do obozu|do obozow|do getta|na szubienice|na stryczek|na stos|won z|wynocha z|precz z)'],
      // "The world would be better without", hanging, hurting in the future, "until they all die", arson.
      [0.8, '(bylby|byloby|bylaby|bedzie|bylaby) (lepszy|lepsze|lepsza|piekniejszy|piekniejsze|piekniejsza|bezpieczniejszy|bezpieczniejsze|bezpieczniejsza|czystszy|czystsze|czystsza|spokojniejszy|spokojniejsze|spokojniejsza) bez|(zawisnac|zawisna|zawisnie|zadyndac|zadyndaja)|(skrzywdze|skrzywdzimy|zrobie krzywde|zrobimy krzywde|podpale|podpalimy|spale zywcem|spalimy zywcem)|az .. (zdechna|umra|zgina|wygina|znikna|splona|beda martwi|beda martwe)'],
      // Violence called fine or normal ("bicie X jest w porządku"), and victims said to have asked for it.
      [0.8, '(bicie|bic|pobicie|pobic|zabijanie|zabijac|zabic|zabicie|spalenie|powieszenie|zastrzelenie|zagazowanie|rozstrzelanie|mordowanie|gwalcenie|gwalcic|tepienie|tepic|palenie|linczowanie|lincz|katowanie|wieszanie|wieszac|tluczenie|tluc|strzelanie do|strzelac do|topienie|gazowanie) ... (jest|to|bylo|bedzie|byloby) [calkowicie|zupelnie|jak najbardziej] (w porzadku|ok|okej|normalne|normalna|dobre|dobrze|sluszne|slusznie|zabawne|obowiazkiem|przyjemnoscia|rozwiazaniem|uzasadnione|przysluga|przysluge|dobrodziejstwem|dobrym uczynkiem|blogoslawienstwem)'],
      [0.8, '(jest|to|byloby|bedzie) [calkowicie|zupelnie|jak najbardziej] (w porzadku|normalne|dobrze|slusznie|ok|okej|sluszne|zabawne) (bic|pobic|zabijac|zabic|tluc|gwalcic|wieszac|palic|linczowac|tepic|strzelac do|katowac|mordowac)'],
      [0.8, '(sami|same) (sie|sobie) (o to|tego) (prosili|prosily|prosza|doprosili|doprosily)|(sami|same) sobie (winni|winne|zasluzyli|zasluzyly)|(zasluzyli|zasluzyly) (na to|sobie na to)|(dostali|dostaly|dostana) (za swoje|to na co zasluzyli|to na co zasluzyly|czego chcieli)|(zasluguja|zasluzyli|zasluzyly|zaslugujecie) (na to|na wszystko) co (ich|je|was) (spotyka|spotkalo|spotka)|dobrze (im|wam) tak|(nalezy|nalezalo) (im|wam) sie'],
      // Beating someone up and settling scores, said with the idioms ("policzę się z X", "rozwalę mordę").
      [0.8, '(policze|policzymy|porachuje|porachujemy|rozprawie|rozprawimy|rozliczymy|rozlicze) sie (z|ze)|(rozwale|rozwalimy|obije|obijemy|skopie|skopiemy|spiore|spierzemy|nakopie|nakopiemy|wpierdole|wpierdolimy|dopadne|dopadniemy|rozkwasze|rozkwasimy|zmasakruje|dam wpierdol|damy wpierdol|dam w morde|damy w morde|spuszcze lomot|spuscimy lomot|dam lomot|damy lomot|obije morde|obijemy morde|obije ryj|rozwale leb|rozwale ryj|rozwale morde)|(chce|chcemy|trzeba|trzeba by|nalezy|powinnismy|musimy|musze|bede|bedziemy|pora|czas) .. (rozwalic morde|obic morde|obic ryj|skopac|spuscic lomot|dac wpierdol|wpierdolic|dopasc|policzyc sie z|rozprawic sie z|porachowac sie z|uspic|odizolowac|wywiezc do obozow)'],
      // A wish that they were gone ("czy nie byłoby lepiej, gdyby wszyscy X zniknęli?").
      [0.8, '(lepiej|lepszy|lepsze|lepsza|lepsi|szczesliwsi|bezpieczniejsi|pieknie|wspaniale|super) .. (gdyby|jakby|zeby|jesli) ... (znikneli|zniknely|wymarli|wymarly|zdechli|zdechly|umarli|umarly|nie istnieli|nie istnialy|nie zyli|nie zyly|zgineli|zginely|wygineli|wyginely|sie wyniesli|sie wyniosly|zostali wytepieni|zostaly wytepione|zostali zabici|zostaly zabite)'],
      // Making sure they suffer or die, and their death foretold ("dopilnuję, żeby każdy X cierpiał", "wkrótce wszyscy X będą martwi").
      [0.8, '(zadbam|zadbamy|dopilnuje|dopilnujemy|postaram sie|postaramy sie|sprawie|sprawimy|zrobie wszystko|zrobimy wszystko) .. (zeby|aby|by|ze) ... (cierpial|cierpiala|cierpieli|cierpialy|cierpieli|zginal|zginela|zgineli|zginely|umarl|umarla|umarli|umarly|zdechl|zdechla|zdechli|zdechly|byl martwy|byla martwa|byli martwi|byly martwe|splonal|splonela|splon|splonely|gnili|zgnili|zaplacil|zaplacili|wykrwawil|wykrwawili|znikneli|zniknely)'],
      [0.8, '(wkrotce|niedlugo|juz niedlugo|juz wkrotce|pewnego dnia|kiedys|w koncu|predzej czy pozniej|lada dzien) ... (beda|bedziecie|bedzie) [wszyscy|wszystkie] (martwi|martwe|martwy|martwa|trupami|trupem|w grobie|w grobach|wytepieni|wytepione|zabici|zabite|wymordowani|wymordowane|pod ziemia)|(bedziecie|beda) (wszyscy|wszystkie) (martwi|martwe|trupami|pod ziemia)'],
      // The compound future of the imperfective ("będę torturował"), and paying for it.
      [0.8, '(bede|bedziemy) (torturowal|torturowala|torturowali|bil|bila|bili|zabijal|zabijala|zabijali|mordowal|mordowala|mordowali|wieszal|wieszali|palil|palili|gwalcil|gwalcili|tepil|tepili|katowal|katowali|strzelal|strzelali|dzgal|dzgali|dusil|dusili|topil|topili|tlukl|tlukli|torturowac|zabijac|mordowac|bic|wieszac|palic|gwalcic|tepic|katowac|strzelac|dusic|topic|tluc|lac|krzywdzic)|(za to|za wszystko|drogo|krwia|glowa|zyciem) (zaplacicie|zaplaca|zaplaci)|(zaplacicie|zaplaca) (za to|za wszystko|drogo|krwia|glowa|zyciem)'],
      // Session 6: running over, blowing up, crucifying, hunting; beating and shooting after "należy" or "powinno się"; "you'll all die".
      [0.8, '(zginiecie|zdechniecie|umrzecie|pozdychacie|dopadne|dopadniemy|ukrzyzuje|ukrzyzujemy|ukrzyzowac|rozjade|rozjedziemy|rozjechac|wysadze|wysadzimy|wysadzic w powietrze|wytropie|wytropimy|bede polowal na|bede polowala na|bedziemy polowac na|zapolujemy na)|(nalezy|trzeba|trzeba by|powinno sie|nalezaloby|mozna by) .. (bic|tluc|lac|strzelac do|zastrzelic|wywiezc|uspic|sterylizowac|gazowac|wieszac|palic|topic|zamknac w obozach|zamykac w obozach|rozstrzelac|wystrzelac|wybic|zabijac)|(bicie|zabijanie|mordowanie|tepienie|wieszanie|palenie|linczowanie|katowanie|gwalcenie|strzelanie do) ... (sluszna rzecz|dobra rzecz|wlasciwa rzecz|sprawiedliwe|obowiazek|to co trzeba)'],
      // Harm promised to the ones addressed ("zrobię wam krzywdę", "dorwę was"), the future passive, getting what they deserve.
      [0.8, '(zrobie|zrobimy) (wam|im|ci|mu|jej) krzywde|(dorwe|dorwiemy|zniszcze|zniszczymy) (was|ich|je|wszystkich)|(bede|bedziemy) (was|ich|je) (bil|bila|bili|zabijal|zabijala|zabijali|tlukl|tlukli|lal|lali)|(postrzelac|postrzelam|postrzelamy) do|(zostanie|zostana|zostaniecie) [wszyscy|wszystkie] (zgwalcona|zgwalcone|zgwalceni|zabity|zabita|zabici|zabite|zamordowany|zamordowana|zamordowani|zamordowane|zastrzelony|zastrzelona|zastrzeleni|zastrzelone|powieszeni|powieszone|spaleni|spalone|wymordowani|wymordowane|wytepieni|wytepione|zlikwidowani|zlikwidowane)|(dostaniecie|dostana) za swoje'],
      // Session 14, by class: "the only good X is a dead X", hanging from a tree, kicked out of the
      // country (not "postawić pod ścianą": it is also to corner someone).
      [0.8, '(jedyny dobry|jedyna dobra|jedyni dobrzy|jedyne dobre) .. (to martwy|to martwa|to martwi|to martwe|jest martwy|jest martwa)|(wiszacych|wiszacy|wiszace|wisiec|powiesic|powieszonych|dyndajacych) (na drzewie|na drzewach|na latarni|na latarniach|na szubienicy|na galezi)|(wykopac|wykopiemy|wykopie|wykopmy|wykopcie|wyrzucic|wywalic|wypedzic|przegnac) .. (z kraju|z polski|z europy|za granice)'],
      // Session 8: death wished in so many words ("życzę śmierci X"), a wish that they die, stabbing, deserving a hanging,
      // and "time to finish with X" closing the clause.
      [0.8, '(zycze|zyczymy|zyczylbym|zyczylabym) [im|wam] (smierci|zaglady|zguby)|(zeby|aby|oby) [wszyscy|wszystkie|ci|te|oni|one] .. (zdechli|zdechly|wyzdychali|wyzdychaly|umarli|umarly|zgineli|zginely|sczezli|wygineli|wyginely)|(dobrze|najlepiej|swietnie|fajnie|cudownie|idealnie) .. (gdyby|jakby|zeby) ... (znikneli|zniknely|wymarli|wymarly|zdechli|zdechly|umarli|umarly|zgineli|zginely|wygineli|wyginely|sie wyniesli|sie wyniosly)|(dzgne|dzgniemy|zadzgam|zadzgamy|pchne nozem|wbije noz|wbijemy noz)|(zasluguja|zasluguje|zasluzyli|zasluzyly) na (powieszenie|bicie|lanie|rozstrzelanie|spalenie|kule|odstrzal|eksterminacje|zaglade|wytepienie|pobicie|deportacje)|(czas|pora|trzeba|nalezy|musimy|powinnismy) (skonczyc|zrobic porzadek|rozprawic sie) (z|ze) [tymi|wszystkimi|tymi wszystkimi] _ [_] $'],
      // Session 17, by construction class: the imperative singular with its object ("Zabij X!"; not "spal", which is
      // "slept" too), locking up with a pronoun or "all" ("zamknijcie ich wszystkich"; not "zamknijcie drzwi, X już
      // śpią"); the call with "niech" in the third person plural ("niech powieszą", "niech ich wywiozą"); said to be
      // better dead ("powinni być martwi"); the conditional of the first person ("zabiłbym wszystkich X").
      [0.8, '(zabij|zastrzel|rozstrzelaj|zagazuj|utop|powies|wymorduj|wytep|wypedz|pobij|skop|zlinczuj|zadzgaj) (wszystkich|tych|ich|je|kazdego|kazda|_ $)|(zamknij|zamknijcie|zamknijmy) (wszystkich|tych|ich|je) [w obozach|w obozie|w gettach|w getcie|w klatkach]|(powinni|powinny|musza) [wszyscy|wszystkie] (byc martwi|byc martwe|nie zyc|gryzc ziemie|lezec w grobie)|(zabilbym|zabilabym|zabilibysmy|zastrzelilbym|zastrzelilabym|spalilbym|spalilabym|powiesilbym|wymordowalbym|wymordowalabym|zagazowalbym|rozstrzelalbym|wytepilbym|udusilbym|utopilbym|pobilbym) [ich|je|wszystkich|wszystkie|kazdego|kazda]|niech .. (powiesza|spala|zabija|zastrzela|wywioza|wyrzuca|zamkna|rozstrzelaja|zagazuja|wymorduja|wytepia|pobija|utopia|deportuja|wypedza|wykopia)'],
      // Session 28 (see the derogation): necks broken and throats cut; made to suffer, foretold ("sprawię, że będą
      // cierpieć"); death the only solution; hoping someone ends them.
      [0.8, '(skrecic|skrece|skrecimy|skrecilby|skrecilaby|ukrecic|ukrece|przetracic|skrecmy) (kark|karki|karkow|szyje|szyj|leb|lby)|(poderznac|poderzne|poderzniemy|poderznieto|poderzniete|poderznal|poderzneli|podciac|podrzynac) .. (gardlo|gardla|gardziel|gardziele)'],
      [0.8, '(sprawie|sprawimy|dopilnuje|dopilnujemy|zadbam|zadbamy) .. (ze|zeby|aby|by) ... (beda|bedziecie|bedzie) [za to|jeszcze|dlugo|bardzo] (cierpiec|cierpieli|cierpialy|cierpial|cierpiala|zalowac|krwawic)'],
      [0.8, '(egzekucja|eksterminacja|smierc|kara smierci|deportacja|zaglada|komora gazowa|kula w leb|stryczek|szubienica|stos|rozstrzelanie|wytepienie|ludobojstwo) (to|jest|bylaby|bedzie|pozostaje) (jedyne|najlepsze|jedynym|najlepszym|ostateczne|ostatecznym) (rozwiazanie|rozwiazaniem|wyjscie|wyjsciem)'],
      [0.8, '(miec nadzieje|mam nadzieje|mamy nadzieje|miejmy nadzieje|oby) [ze] (ktos|rzad|bog|policja|panstwo|wojsko) ... (skonczy z|zrobi porzadek z|rozprawi sie z|pozbedzie sie|wytepi|wykonczy|zlikwiduje|usunie|pozabija|wymorduje)'],
    ],
    worth: [
      // Session 30: being real nationals ("nigdy nie będą prawdziwymi Polakami").
      '(prawdziwymi|prawdziwi|prawdziwym|prawdziwy) (polakami|polacy|polakiem|polak|obywatelami|obywatelem)',
      '(inteligentni|inteligentne|inteligentny|inteligentna|madrzy|madre|madry|madra|bystrzy|zdolni|zdolne|wartosciowi|wartosciowe|warci|godni|godne|ludzmi|czlowiekiem|rowni|rowne|mile widziani|mile widziane|zyc|zyli|zycie|zycia|istniec|przetrwac|szacunek|szacunku|prawa|praw|miejsce|miejsca|zaufanie|zaufania|ufac|dobrzy|dobre|normalni|normalne|przydatni|przydatne|pozwolono|glosowac|zatrudniac|zatrudnic|slubu|(zasluguja|zasluguje) na (zycie|szacunek|prawa|szczescie|milosc|godnosc|zaufanie|nic)|obywatelami|naleza|nalezec|godni zaufania|wartosci|wartosc|znaczenia|znaczenie|wnosza|wnosi|wnosic|pozytecznego|pozyteczni|pozyteczne|jak ludzi|jak z ludzmi)', '(potrzebni|potrzebne|warci|warte|wart|warta|kompetentni|kompetentne|uczciwi|uczciwe|uczciwy|uczciwa|zaakceptowani|zaakceptowane|akceptowani|akceptowane)',
      // Session 24: morals, hygiene, dignity, manners ("nie mają żadnej moralności"); session 37, honour ("nie mają honoru").
      '(moralnosci|moralnosc|higieny|higiena|godnosci|przyzwoitosci|kultury osobistej|honoru|honor)',
      // A good one of a role, after "być" in the instrumental ("nie będzie dobrym obywatelem").
      '((dobrym|dobra|dobrymi) (obywatelem|obywatelka|obywatelami|matka|matkami|ojcem|ojcami|rodzicem|rodzicami|sasiadem|sasiadka|pracownikiem|pracownikami|kolega|przyjacielem|nauczycielem|lekarzem|zolnierzem|szefem|szefami|szefowymi|liderem|liderka|liderami|liderkami|przywodcami|kierownikami))',
      // Good attributes in every case a negation governs ("nie spotkałem uczciwego X", "nie ma porządnych X"), decent, able to think.
      '(uczciwego|uczciwej|uczciwym|uczciwymi|porzadny|porzadna|porzadni|porzadne|porzadnego|porzadnej|porzadnych|porzadnym|porzadnymi|przyzwoity|przyzwoita|przyzwoici|przyzwoite|przyzwoitego|przyzwoitej|przyzwoitych|przyzwoitym|przyzwoitymi|madrego|madrej|madrych|inteligentnego|inteligentnej|normalnego|normalnej|normalnych|normalnymi|godnego|godnej|(potrafia|potrafi|umieja|umie) [logicznie|samodzielnie|nawet|sami|same] (myslec|decydowac|rozumowac))', '(zaufam|zaufamy|zaufac|ufam|ufamy|zaufalbym|zaufalabym|zaufa)',
      // Trust in the imperative, respect, liking in the future, good in them, equals, children.
      '((ufaj|ufajcie|wierz|wierzcie|ufac|wierzyc) .. (slowu|slowom|slowa|zadnemu|zadnej|zadnym)|(ufaj|ufajcie)|(szanuje|szanujemy|szanowac|szanowal|szanowala|szanowali|szanowany|szanowani)|(polubie|polubimy|polubic)|dobrego|pozytywnego|wartosciowego|rowny|rowna|mi rowni|nam rowni|miec dzieci)',
      // Session 17, es's classes, nouns in the genitive a negation governs; ruling only after a verb of ability or duty.
      '((maja|ma|miec|posiadaja|mieli) (godnosci|inteligencji|rozumu|mozgu|kompetencji|talentu)|(zdolnosci|zdolnosc) (do|by|aby) (myslenia|rzadzenia|rzadzic|nauki|uczenia|pracy|logicznego|prowadzenia|decydowania|myslec|decydowac)|obywatelstwo|obywatelstwa|obywatelstwem|wynajac|wynajmowac|wynajalbym|wynajelabym|wynajme|wynajmiemy|wychowywac|wychowac|wychowywali|wychowywaly|adoptowac|adopcji|(uczyc|nauczac) (w szkolach|w szkole|dzieci|nasze dzieci|naszych dzieci)|(prawdziwymi|prawdziwa|prawdziwe|prawdziwych) (kobietami|kobieta|kobiety|kobiet|mezczyznami|mezczyzna)|(prawdziwi|prawdziwym) (mezczyzni|mezczyzna)|(traktowac|traktuje|traktowal|brac|bierze) _ [_] (powaznie|na powaznie)|(traktowani|traktowane|brani|brane) (powaznie|na powaznie)|zatrudnilbym|zatrudnilabym|zatrudnie|zatrudnimy|(powinny|powinni|powinna|powinien|moga|moze|umieja|umie|potrafia|potrafi|nadaja sie do|nadaje sie do) (rzadzic|rzadzenia|przewodzic)|do rzadzenia|szefami|szefem|u wladzy|wyszlabym za|wyjsc za|wyjde za|ozenilbym sie|ozenie sie|ozenic sie|porzadnymi ludzmi|porzadni ludzie|przyzwoici ludzie|przyzwoitymi ludzmi|jednymi z nas|jednym z nas|jedna z nas|czescia (naszego|naszej|tego|tej) (spoleczenstwa|narodu|kraju|spolecznosci)|czescia (polski|europy|nas)|(inteligentnych|uczciwych))',
      // Session 28: a valuable member, in the instrumental after "być" ("nie będzie wartościowym członkiem").
      '((wartosciowym|pozytecznym|pelnoprawnym|wartosciowymi|pozytecznymi|pelnoprawnymi) (czlonkiem|czlonkami|czlonkinia|czescia|obywatelem|obywatelami))'],
    negation: ['nie', 'nigdy', 'zaden', 'zadna', 'zadne', 'zadnego', 'zadnej', 'nikt', 'nic', 'wcale', 'ledwo', 'ledwie', '(nieprawda|klamstwem jest|falszem jest) (ze|jakoby)',
      // Session 35: a doubting question, "do you really think that...", as in Spanish.
      '(naprawde|serio|na serio|powaznie) (myslisz|uwazasz|sadzisz|wierzysz|myslicie|uwazacie|sadzicie) ze', '(myslisz|uwazasz|sadzisz|wierzysz|myslicie|uwazacie) (naprawde|serio|powaznie) ze',
      // Session 14: the emphatic negation, which stands alone.
      'bynajmniej'],
    // How others treat a group, told by one indignant at it ("me indigna que traten a los X como basura": session 18), or
    // the treatment judged wrong ("es ist falsch, X wie Dreck zu behandeln") or done by nobody (session 20).
    mention: [
      // Session 37: a group treated as beasts in the past passive is a history of its mistreatment, not the writer's view.
      '(byli|zostali|bylo) (traktowani|traktowane) (jak|niczym)',
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(przedstawiac|przedstawia|przedstawiaja|przedstawial|przedstawiala|przedstawiali|opisywac|opisywal|opisywala|opisywali|ukazywal|ukazywala|ukazywali|wykrzykiwal|wykrzykiwali)',
      // Session 30: whoever mistreats them, or people who do, is the one judged ("Kto wyśmiewa niepełnosprawnych, jest hańbą").
      '(kto|ludzi ktorzy|tych ktorzy|kogos kto|kazdego kto) ... (wysmiewa|wysmiewaja|obraza|obrazaja|dyskryminuje|dyskryminuja|zle traktuje|zle traktuja|szykanuje|szykanuja|gnebi|gnebia|atakuje|atakuja|przesladuje|przesladuja|bije|bija)',
      '(gdy|kiedy|jak|ze) [ktos|ludzie] (traktuje|traktuja|traktowali|traktowal)', '(hanba|wstyd|zle|okrutne|nieludzkie|niesprawiedliwe|skandal|obrzydliwe) ... traktowac', '(twoja|twoj|twoje|twojej|twoim|twoich|wasza|wasz|wasze|waszej|waszym) [_] (nienawisc|pogarda|pogardy|pogarde|odraza|odrazy|wstret|niechec|niecheci)', '(wzywac|wzywaja|domagac|zadac|zadaja|obrazac|obrazaja|boli|przestac|przestan|przestancie|mowic|mowi|mowia|mowisz|mowienie|powiedziec|powiedzial|powiedziala|nazywac|nazywa|nazywaja|nazywasz|nazwac|pisac|pisze|pisza|piszesz|napisac|napisal|twierdzic|twierdzi|przeciw|przeciwko|rzeczy takie jak|slowa takie jak|slowa jak|powiedzieli|napisala|napisali|twierdzil|twierdzila|twierdzili|stwierdzil|stwierdzila|krzyczal|krzyczeli|opublikowal|opublikowala|skomentowal|udostepnil|nazwal|nazwala|nazwali|cytowac|cytuje|cytujac|cytat|nazywanie|nazywania|nazywaniem|mowienia|mowieniem|pisanie|pisania|twierdzenie|twierdzenia|wyzywac|wyzywasz|wyzywaja|wyzywanie|wyzywania|obrazanie|obrazania|nawolywac|nawolujesz|nawoluja|nawolywanie|nawolywania|nawolujacych|nawolujacy|wzywanie|wzywania|wzywajacych)', '(dla ciebie|twoja opinia|wasza opinia|wypominac|potepiac|potepiamy|(otwarta|jawna) nienawisc|(nieprawda|to nieprawda|nie jest prawda|to klamstwo|to bzdura) (ze|jakoby))', '(myslisz|mysla|uwazasz|uwazaja|sadzisz|sadza|wierzysz|wierza|publikujesz|publikuja|udostepniasz|powtarzasz|powtarzaja|szerzysz|szerza|szerzyc|komentarz|komentarze|wpis|wpisy|rasist*|seksist*|homofob*|transfob*|ksenofob*|dyskrymin*|uprzedzen*|twoje slowa|twoja nienawisc)',
      // Session 19: hearing or reading it said ("mam dość słuchania, że"), what someone used to say, a claim named as an
      // idea or a myth to be judged ("mit, że X są gorsi").
      '(sluchania|sluchac|slyszec|slysze|slyszalem|slyszalam|czytac|czytam|czytania|czytalem|czytalam) [ciagle] [ze|jak]', '(mowil|mowila|mowili|zwykl mowic|zwykla mowic|powtarzal|powtarzala)',
      // Session 39: what the one addressed said, asked back at them ("Powiedziałeś, że X to …?"): the second person of the past.
      '(powiedziales|powiedzialas|powiedzieliscie|napisales|napisalas|napisaliscie|twierdziles|twierdzilas|nazwales|nazwalas|mowiles|mowilas)',
      '(idea|mit|stereotyp|przesad|bzdura|teoria|klamstwo|przekonanie) (ze|jakoby)',
      // Calling them so told in the past, by those who did ("uchodźcy, których gazety nazywały pasożytami").
      '(nazywali|nazywaly|nazywal|nazywala|wyzywali|wyzywaly|wyzywal|wyzywala|okreslali|okreslaly)',
      // Session 32: a claim denied as a whole ("to nieprawda, że X nie można ufać"), and a comparison named ("porównywanie X do
      // zwierząt to rasizm").
      '(to nieprawda|nieprawda|to klamstwo|to bzdura) (ze|jakoby)', '(porownywanie|porownywac|porownuje|porownuja|porownal|porownali|porownanie) ... (do|z)',
      // Session 8: saying and hearing it in the past ("słyszałem, jak ktoś mówił, że ...").
      '(mowil|mowila|mowili|mowily|slyszalem|slyszalam|slyszelismy|slyszal|slyszala|czytalem|czytalam|pisal|pisala|pisali|ludzie ktorzy|ci ktorzy|kazdy kto|antysemic*|stereotyp*)'],
    they: ['(oni|one|ich|im|nich|nimi|sa|wy|wasze|wasz|was|wam|jestescie|ty|jestes|je)', 'to', '(powinni|powinny|musza|zasluguja|beda|byli|byly|sa|mysla|uwazaja|chca|niszcza|kradna|nienawidza|nigdy nie beda|nigdy sie nie zmienia)',
      // Verbs of disgust carry their subject too ("Brzydzą mnie."), and "that kind of people".
      '(brzydza|obrzydzaja|wkurzaja|wkurwiaja|irytuja|denerwuja|smierdza|cuchna)',
      // Session 8: a wish said of them ("Niech zdychają."), and the group exclaimed as a pack ("Co za banda idiotek.").
      'niech', '(co za|ale) (banda|zgraja|holota|stado|zbieranina)',
      // Session 39 (issue 17): the wish's "żeby" or "oby" with "all" as its subject ("Żeby wszyscy zdechli.").
      '(zeby|obyscie|oby) (wszyscy|wszystkie)',
      // Session 37: the group named after what is said of "them", as whom the writer means ("Nienawidzę ich. Mam na myśli X.").
      '(mam na mysli|mowie o|chodzi mi o)', '(tacy ludzie|takie osoby|tego rodzaju ludzie|tego typu ludzie|ta holota|to towarzystwo|ta nacja|ta rasa)',
      // Session 28: the clause that holds "będą" opens what is said ("X odmawiają nam szacunku. Sprawię, że będą cierpieć."),
      // as a pro-drop verb carrying its subject does.
      '(sprawie|sprawimy|dopilnuje|dopilnujemy|zadbam|zadbamy) .. (ze|zeby|aby|by) (beda|bedziecie)'],
    self: ['(jestem|jestesmy|jako)'],
  },
  hi: {
    group: [
      '(aurat|aurate|auraten|auratein|aurato|auraton|aurto|mahila|mahilaye|mahilayen|mahilao|mahilaon|ladkiya|ladkiyan|ladkiyon)', '(pravasi|pravasiyo|pravasiyon|sharnarthi|sharnarthiyo|sharnarthiyon|videshi|videshiyo|videshiyon|immigrant|immigrants|refugee|refugees|bahari|baharwale)',
      '(musalman|musalmaan|musalmano|musalmanon|musalmaano|muslim|muslims|muslimo|muslimon|mulla|mulle|katua|katue)', '(yahudi|yahudiyo|yahudiyon)',
      '(kaale|kale|kaalo|kalo|negro|negroes|habshi|habshiyo)', '(dalit|dalito|dalit log|shudra|shudro|shudron|neechi jaat|neech jaati|achhoot|chamar|chamaro|bhangi)',
      '(gay|gays|samlengik|samlaingik|lesbian|lesbians|hijra|hijre|hijdo|hijde|chakka|chhakka|chakke|chhakke|kinnar|kinnaro|trans|transgender|transgenders)',
      '(viklang|viklango|apahij|apaahij|langde|langdo|andhe|pagal log|disabled)', '(adivasi|adivasiyo|assamese|north east wale|chinki|chinkiyo|nepali)',
      '(hijro|hijron|hijdon|hijdo|kinnaron)',
      // Other forms (oblique plurals in -on, the adjective hijri) and other names for the same groups and
      // others protected alike: Christians and Sikhs, Rohingya and Bangladeshi migrants ("ghuspaithiye").
      '(hijri|hijda|musalmaano|musalmaanon|musalmanon|mulle|mullo|mullon|katuwe|katuon|jihadi|jihadiyo|isai|isaiyo|isaiyon|christian|christians|sikho|sikhon)',
      '(auraton|aurton|aurten|stri|striyan|striyon|nari|naariyan|nariyon|samlaingiko|samlaingikon|samlengiko|gayon|napunsak|napunsako)',
      '(habshiyon|bhangiyo|bhangiyon|harijan|harijano|chamaron|viklango|viklangon|divyang|divyango|apahijo|apahijon|pravasiyo|pravasiyon)',
      '(bangladeshi|bangladeshiyo|bangladeshiyon|rohingya|rohingyao|rohingyaon|ghuspaithiye|ghuspaithiyo|ghuspaithi|yahudiyo|adivasiyon)',
    ],
    derogation: [
      [0.8, '(chuhe|chuho|chuhon|keede|keedo|kide|kido|parjeevi|parasite|janwar|jaanwar|janwaro|suar|suaro|kutte|kutto|kuttey|gandagi|kachra|kachre|tatti|bimari|beemari|cancer|kalank|zeher|jahar|gobar|naali ke keede|dhabba|bojh)'],
      [0.75, '(ghinone|ghinona|ghinoni|ghatiya|bekaar|bekar|nikamme|nikamma|bewakoof|bevkoof|murkh|jaahil|jahil|gande|ganda|gandi|ghrinit|badmash|chor|neech|kamine|kamini|haramkhor|haramzade|harami|pagal|mandbuddhi|ghrina yogya|naalayak|besharam|gawar|ganwar)'],
      [0.75, '(nafrat|ghrina|ghin|ghin aati|ghin aata|bardasht nahi|bardaasht nahi|sehan nahi|pasand nahi|nafrat karta|nafrat karti|nafrat karte|bimaar kar|ulti aati)'],
      [0.8, '(koi (aukat|aukaat|keemat|kimat|mol|jagah|izzat)|(aukat|aukaat|keemat) nahi|bekaar zindagi|zindagi bekar|zindagi bekaar|kisi kaam ke nahi|insaan nahi|insan nahi|se bhi (battar|badtar|bura|bure)|(battar|badtar) hai|koi daya nahi|koi daya)'],
      [0.75, '(chudwa|chod|bhosdi*|madarchod|behenchod|bhenchod|gandu|chutiye|chutiya|bhadwe|randi|kutti|saale|saala)'],
      [0.75, '(avmanana|apmaan|tiraskar|ghrina|ghin|nafrat|bardasht|bimar|beemar|ulti|ghatiya|gande|ghinone|ghinoni|bevkoof|bewakoof|nikamme|jaahil|jahil)'],
      [0.8, '(kark rog|rog|keeda|keede|kachra|gandagi|gandigi|gandgi|tatti|jhund|sadiyal|naali|narak|kalank|bojh|kalank hain|janwar|haiwan|haivan|chuha|chuhe)'],
      [0.75, '(pagal|bevkoof|bewakoof|bewkoof|murkh|moorkh|jaahil|jahil|ghinone|ghinona|ghinoni|ghatiya|neech|gande|nikamme|bekaar|kamine|harami|besharam|avmanna|avmanana|tiraskaar|nafrat|ghrina|ghin)'],
      [0.8, '(koi) (aukat|aukaat|aukaar|keemat|kimat|jagah|izzat|daya|hamdardi)|(chidiyaghar|pinjre|pinjra)|(kutta|kutti|bandar|gadha) .. (zyada|jyada) (samjhdaar|samajhdar|akalmand|hoshiyar)|(zinda nahi|zinda na) (chodna|chhodna|chodo|chhodo)'],
      // Vermin, beasts, demons, filth, disease and burden, in their plural and oblique forms.
      [0.8, '(makode|kitanu|kitaanu|jonk|dimak|deemak|makkhi|makkhiyan|machhar|machchhar|tilchatte|tilchatta|cockroach|saanp|sanp|bhediye|lakadbagghe|suwar|suvar|sooar|gadhe|gadhon|ullu|bandaro|bandron|pashu|pashuon|jaanvar|janvar|darinde|darinda|rakshas|raakshas|shaitan|shaitaan|kooda|kuda|koode|kude|keechad|keechar|gutter|malba|vish|mahamari|plague|kodh|kodhi|boj|aafat|musibat|sirdard)'],
      // Contemptuous attributes in their masculine, feminine and plural forms.
      [0.75, '(badsoorat|badsurat|kurup|bhadde|bhadda|bhaddi|ghamandi|matlabi|swarthi|sanki|khabti|vikrit|beghairat|behaya|badchalan|charitraheen|gire hue|ochhe|jhagdalu|ladaku|hinsak|khoonkhar|khoonkhaar|krur|nirdayi|pakhandi|dhongi|kattar|kattarpanthi|deshdrohi|gaddar|ghaddar|namak haram|namakharam)'],
      [0.75, '(ghinaune|ghinauna|ghinauni|wahiyat|wahiyaat|bakwas|faltu|fuzool|naalayak|nikamma|nikammi|kaminey|kamina|kameena|kameene|kameeni|nich|tuchh|tucch|asabhya|jungli|janglee|jangli|gawaar|ganvaar|anpadh|anpad|agyani|agyaani|buddhu|budhu|paagal|badtameez|badtamiz|beimaan|beiman|dhokebaaz|dhokebaz|jhoothe|jhute|jhoote|makkar|lutere|aatanki|atanki|aatankwadi|hatyare|balatkari|gunde|maile|badbudar|badboodar|sade hue|sadi hui|nakara|naakara|kamchor|aalsi|alsi|lalchi|kapti|paapi|kukarmi|dusht|zaalim|zalim|khatarnak|khatarnaak|vahshi|wahshi|vehshi)'],
      // Hatred, contempt and disgust felt; care for their lives scorned ("inki parwah kyu").
      [0.75, '(ghinn|napasand|naapasand|chidh|sahan nahi|sehen nahi|jhel nahi|ji machalta|jee machalta|ji michlata|hiqarat|hikarat|avmaan|nafrat hai|nafrat hoti|nafrat karna|nafrat karunga|nafrat karenge|nafrat karti hun|ghrina karta|ghrina karti|ghrina karte|khoon khaulta)|(parwah|parvah|parwaah|chinta|fikar|fikr) (kyu|kyon|kyun)|(kaun|kisko|kise) (parwah|parvah|chinta|fikar|fikr)'],
      // Nothing worse than them, the worst of all, a dog or a shoe worth more than them.
      // No better than vermin, beasts or filth ("chuho se behtar nahi"): the negation is the derogation's own.
      [0.8, '(chuho|chuhon|chuhe|keedo|keede|keedon|kutto|kutte|kutton|suaro|suar|suaron|janwaro|janwar|jaanwaro|jaanwar|janwaron|kachre|kachra|gandagi|tatti|gobar|parjeevi|parjiviyo) se (behtar|bhale|achhe|acche|achche|badhkar|zyada achhe|jyada achhe) nahi'],
      // Disgraced, beggars and misers, ingrates and traitors, cheats and liars, thugs and drunks, dim-witted.
      [0.75, '(zaleel|zalil|jaleel|bhikhari|bhikhaari|bhikmange|bhikhmange|kanjoos|kanjus|makkhichoos|ehsaan faramosh|ehsan faramosh|ahsaan faramosh|nashukre|gadaar|gaddaar|gadar|chaalbaaz|chalbaz|chaalbaz|dhokhebaaz|dhokhebaz|dagabaaz|dagabaz|farebi|bewafa|lafange|lafangey|luchche|lucche|tapori|gunda|gundey|mawali|uchakke|thag|nashedi|nasedi|sharabi|ayyash|aiyaash|bewakuf|bevkuf|mandbudhi|dimaag se paidal|dimag se paidal|akal ke andhe|akl ke andhe|jhooth bolte|jhoot bolte|jhuth bolte|jhooth bolti|jhoot bolti|jhoothe|jhuthe)'],
      [0.8, '(se|jitna|jitne|jitni|jaisa|jaise|jaisi) (bura|bure|buri|battar|badtar|ghatiya|ganda|gande|gandi|ghinona|ghinone|ghinoni|neech|bekaar|bewakoof|murkh|jahil) (kuch|koi) nahi|(sabse) (bure|ghatiya|gande|neech|bekaar|ghinone|ghinaune|nikamme)|(kutta|kutti|kutte|bandar|gadha|suar|billi|bakri|tota|janwar|jaanwar) ... (zyada|jyada) (samjhdaar|samajhdar|samajhdaar|akalmand|hoshiyar|buddhiman|keemti|kimti)|(meri|mera) (chappal|juti|jooti|joota)'],
      // Session 6, by class (from the language, not eval rows): beasts named as what they are, curses
      // sending them to hell, pity and contempt, impurity, cowardice, the same kind all of them.
      [0.8, '(kutta|kutte|kutiya|suar|suwar|gadha|gadhe|bandar|bandariya|bail|bhains|bhens|chuha|chuhe|ullu|saanp|sanp|naag|bichhoo|girgit|lomdi|giddh|gidh|kauwe|kauve|jonk|keeda|keede|haiwan|haivan|shaitan|rakshas) (hai|hain|ho|hote|hoti|ki tarah|ke jaise|jaise|jaisi|ki nasl|ki aulad|ki aulaad)'],
      [0.8, '(naasoor|nasoor|abhishaap|abhishap|shraap|shrap|kalank|dhabba|virus|keetanu|rog|bimari|beemari|mahamari|zeher|jahar) (hai|hain|ho|hote|ki tarah|jaise)|(samaj|desh|duniya|insaniyat) (ka|ke|ki) (kalank|kachra|bojh|dushman|naasoor|nasoor|abhishaap|zeher|rog|bimari|dhabba)'],
      [0.75, '(bhaad|bhad|bhaar|jahannum|jahannam|narak|chulhe) (mein|me|mai|main) (jaye|jaaye|jaayen|jayen|jaayein|jao|jaao|jaa)|(dafa|dafaa|dafan) (ho|hojao|ho jao|ho jaye|ho jaayen)|(laanat|lanat|laanat hai|thoo|thu|tuf) (hai|ho|un|in|tum|aise|sab)'],
      [0.75, '(dayaniya|dayneey|dayaneey|dayniya|tarasyogya|taras aata|taras aati|napak|naapaak|apavitra|ashuddh|mlechh|malechh|kaafir|kafir|kayar|buzdil|darpok|khooni|kasai|qasai|ghulam|gulam|nakli|farzi|shaatir|shatir|manhoos|manhus|kalmuhe|kalmunhe|kalmuhi|kalmunhi|nikrisht|adham|pichhde|pichde|dakiyanoosi|barbar|ahankari|ghamandi|bhrasht|gandi soch|ganda khoon|gande khoon|sadiyal|sadela|sadele|badboo|badbu)'],
      [0.75, '(bahut|bohot|bohat|itne|itni|kitne|kitni|bade|badi|sabse|ekdum|bilkul) (bure|buri|kharab|ghatiya|gande|gandi|bekaar|bekar|nikamme|bewakoof|bevkoof|murkh|jaahil|jahil|neech|ghinone|ghinoni|ghinaune|dayaniya|alsi|aalsi|lalchi|jhoote|jhoothe|kamzor dimaag)|(bure|buri|kharab) (hote|hoti|log|insaan|insan)|(sab|saare|sare|sabhi|saari|sari) .. (ek jaise|ek jaisi|aise hi|aise hee|waise hi|vaise hi|ek hi thaali ke) (hote|hoti|hain|hai|chatte)'],
      // Session 7, by class: repulsive, brainless, subhuman; a waste of space; making one sick; demons; curses on their birth.
      [0.75, '(pratikarak|pratikarshak|ghrinaspad|ghrinaaspad|bedimag|bedimaag|bedimagh|bedimaagh|bedimaghain|tattidimaag|tattidimag|avmanaviye|avmanviya|avmanaviya|amanviya|amanaviya|amanveey|nirlajj|dhoort|dhurt|kutil|ahmak|ahmaq|nakamyab|naakamyab|asafal|apradhi|aparadhi|mujrim|gunahgar|gunehgar|ghonchu|chirkut|nalle|lukkhe|lukhe|ullu ke patthe|ullu ke pathe|gadhe ke bachche|suar ki aulad|kutte ki aulad|kamzor dimag|dimag se kamzor)'],
      [0.8, '(dimaag|dimag|akal|akl) se (khali|paidal|pedal|kamzor|andhe)|(sabse|sab se) (bura|bure|ganda|gandi|ghatiya) (hissa|tabka|log)|(hamesha|humesha|sada|sab ke sab) (jhooth|jhoot|jhuth) (bolte|bolti)|(jagah|samay|waqt|oxygen|hawa|zameen) (ki|ka) (barbadi|barbaadi)|(barbadi|barbaadi) (hain|hai|ho)|(bimar|bimaar|beemar) (karte|karti|banate|banati|kar dete|kar deti)|(manav|insaan|insan) se (kam|neeche|nicha)|(pishach|narpishach|danav|daanav|daitya|kachre ka dher|sadak ke kutte|awara kutte|aawara kutte)'],
      // Session 28, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses
      // (as es, fr, ar): worthless ("do kaudi ka"), vermin in the oblique plural; food one of them touched refused and one
      // of them dead no different from a dead rat (the negation their own); one of them in charge the biggest mistake; not
      // a word of theirs trusted; rather die or have cancer than be near one; waking up as one a reason to kill oneself;
      // nothing liked less; "they" filling one with rage (not any group named near: attacks on them may too); "nothing but"
      // filth (Hindi puts the negation last); unable to help being idiots; "what if we..." ("kyu na hum ... kaat dein", a
      // proposal its "na" does not deny); violence said to be no crime.
      [0.8, '(do kaudi|do kodi|do koudi|do kauri) (ka|ki|ke) (kachra|dhool|mitti|keede|keeda|log|insaan|insan|hain|hai|ho)|(keedon|kidon|makodon|keede makode|kide makode|keedon makodon)'],
      [0.75, '(nahi|nahin|kabhi nahi) (khaunga|khaungi|khayenge|khaenge|chhuunga|chhuungi|piunga|piyunga) ... (chhua|chhuaa|chua|chhuya|chhue|chhui|banaya|pakaya) (ho|hai|tha|hua)'],
      [0.75, '(mare hue|mara hua|mari hui|mare huye|mare huve) (chuhe|chuha|chuhiya|kutte|kutta|suar|keede|janwar|kide) (aur|or|ya) ... (fark|farq|farak|antar) (nahi|nahin)'],
      [0.75, '(kaman|kamaan|zimmedari|satta|netritva|kursi|control) (saunpna|sonpna|saumpna|dena|thamana) (sabse badi|badi|ek) (galti|bhool|bewakoofi|tabahi)|(leader|neta|boss|pradhan|mukhiya) (banana) (sabse badi|badi|ek) (galti|bhool|bewakoofi|tabahi)'],
      [0.75, '(kahi|boli|kahi hui|boli hui) (ek bhi|kisi bhi) (baat|shabd|lafz) (par|pe) [kabhi] [bhi] (bharosa|bharosaa|yakeen|yakin|vishwas|yaqeen) (mat|na|nahi) (karo|karna|karein|kijiye)'],
      [0.75, '(se|se to|se toh) (accha|acha|achha|behtar) (mai|main|mujhe) (mar jaun|mar jaaun|mar jaunga|mar jaungi|maut aa jaye|khudkushi kar lun|cancer ho jaye|kark rog ho jaye|aids ho jaye|koi bimari ho jaye)'],
      [0.75, '(agar|yadi) (mai|main) ... (ban jaun|ban jaaun|ban gaya|ban gayi|ban jata|ban jati|paida hota|paida hoti) [to|toh] [mai|main] (khudkushi|aatmahatya|atmahatya|suicide) (kar lunga|kar lungi|kar leta|kar leti|kar lu|kar lun)'],
      [0.75, '(koi|aisi koi) (cheez|chiz|cheej) (nahi|nahin) [hai] (jo|jise) (mujhe) ... (se kam) (pasand|acchi|achhi|bhati)|(mujhe) ... (se zyada|se jyada) (napasand|naapasand) (kuch|koi cheez) (nahi|nahin)'],
      [0.75, '(wo|woh|ve|ye|yeh) (mujhe|hume|humein|hamein) (gusse|gussa|krodh) se (bhar dete|bhar deti|bhar deta)'],
      [0.8, '(kachra|kachre|gandagi|tatti|keede|keedon|kide|janwar|janwaro|suar|kutte|chuhe|parjeevi|bojh|kalank|avmanana|avmanna|nafrat|ghrina|ghin) (ke|ki|ka) (siwa|siva|siwaa|ilava|ilawa|alawa|alava|alaava|atirikt) (kuch|kuchh|aur kuch) [bhi] (nahi|nahin)'],
      [0.75, '(chutiye|chutiya|gadhe|bewakoof|bevkoof|kamine|harami|ghatiya|neech|pagal|murkh|bakwaas|bakwass) (bane|hue|hone) (bina) (nahi|nahin) (reh|rah) (sakte|sakti|sakta|paate|pate|paati)'],
      [0.8, '(kyu na|kyun na|kyon na|kyo na|kyu nahi|kyun nahi) (hum|ham) ... (kaat|maar|jala|latka|mita|khatam kar|nikaal|nikal|bhaga|goli maar|dubo|kuchal) (dein|de|den|daalein|dalein|daalen|dalen|diya jaye)'],
      [0.8, '(balatkar karna|balatkar|maarna|peetna|pitai|jalana|latkana|goli maarna|hatya|qatl|katl) ... (gair kanooni|gairkanooni|gair kanuni|illegal|apradh|aparadh|jurm|gunah|gunaah) (nahi|nahin)'],
      // Cursing them: "saali" only as an address ("tum saali"; it is also a sister-in-law). Not "bakwaas" (nonsense): "ye sab
      // bakwaas hai ki gay log bimar hain" rejects a claim.
      [0.75, '(tum|ye|yeh|in|un|sab) (saali|saaliyon|saalio)'],
      // Session 35: who would hire or marry one, asked ("kaun kisi X ko naukri dega?").
      [0.75, '(kaun|kon) (chahega|chahegi|chahta|chahti|chahenge) [ki] [uska|unka|mera|hamara] (padosi|pados|padosan|boss|damad|bahu) _ (ho|hon|bane|banein)|(kaun|kon) [kisi|kis] .. (ko|se) (naukri|job|kaam) (dega|degi|denge|dena chahega|dena chahegi)|(kaun|kon) [kisi|kis] .. (se) (shaadi|shadi) (karega|karegi|karna chahega|karna chahegi)'],
      // Session 39: the same asked with the group first and the question after it, closing the clause ("X pe kaun bharosa
      // karega?", "X ki izzat kaun karta hai?", "X kis kaam ke hain?", "X ka kya fayda?"); not "refugees ki madad kaun karega?".
      [0.75, '(pe|par|pr) ((kaun|kon) (bharosa|bharosaa|yakeen|yakin|vishwas)|(bharosa|bharosaa|yakeen|yakin|vishwas) (kaun|kon)) (karega|karegi|karenge|karta|karti|karte|kare) [hai|hain|h] $|(ki|ka) ((kaun|kon) (izzat|ijjat|izzet|samman)|(izzat|ijjat|izzet|samman) (kaun|kon)) (karega|karegi|karenge|karta|karti|karte|kare) [hai|hain|h] $|se ((kaun|kon) (shaadi|shadi|dosti)|(shaadi|shadi|dosti) (kaun|kon)) (karega|karegi|karenge|karna chahega|karna chahegi|karta|karti|karte) [hai|h] $|kis (kaam|kam) (ke|ki|ka) [hain|hai|hote|hoti|h] $|(ka|ke|ki) kya (fayda|faayda|faida|fayada|faayeda) [hai|h] $'],
      // Session 30, implicit derogation by class (probes of our own, no eval row; a negation inside an entry is its own): the
      // kitchen as their place; no one going out since they came; only fit for one thing; kept from children; not of this
      // country; an opinion no one wants; how anyone can trust them; why they are still let in.
      [0.75, '(jagah|jgh) (rasoi|kitchen|chulhe|chulha) (mein|me|mai)|(rasoi|kitchen|chulhe) (mein|me|mai) (hi) (hai|hain)|jab se ... koi bahar nahi (nikalta|nikalti|jata|jaata)|(sirf|bas|keval) .. (ke|ki) (layak|laayak|kabil|kaabil) (hai|hain|hote|hoti)|(hamare|humare|apne) (bachon|bachcho|bacchon|baccho|bachchon) se door|(is|iss) desh ke nahi|kisi ko nahi chahiye|(bharosa|bharosaa|yakeen|vishwas) kaise|(andar|desh mein|desh me) kyu aane (dete|de rahe)'],
      // Session 30, negative attributes by class: mentally ill, repulsive, traitors, thieving.
      [0.75, '(maansik|mansik) (rogi|bimar|beemar|rog)|(ghinone|ghinona|ghinoni|ghinaune|ghinauna)|(gaddar|gaddaar|gadaar)|(sab kuch|sabkuch) chura (lete|lenge|le jate|lete hain)'],
      // Session 35, implicit derogation by construction (issue 17): not let near one's children (the negation follows the
      // verb and is the derogation's own), breeding like beasts.
      [0.75, '(apne|mere|hamare|humare) (bachchon|bacchon|bachon|bachcho|baccho|bacho) (ke paas|ke pass|ke kareeb|ke karib) [bhi] (nahi|nahin|nhi|mat|na) (aane|jaane|phatakne)|(apne|mere|hamare|humare) (bachchon|bacchon|bachon|bachcho|baccho|bacho) (ke paas|ke pass|ke kareeb|ke karib) (aane|jaane|phatakne) [bhi] (nahi|nahin|nhi|mat|na)|(ki tarah|ki tarha|jaise) (bachche|bacche|bache|bachhe) (paida|peda) (karte|karti|krte)'],
      // Session 35, emotion: the writer's loathing ("mujhe": "auraton ko shor se chid hai" is theirs), said to be poison or
      // look filthy. Not retching "dekh ke" (at the sight): those words are a mention, hatred seen.
      [0.75, '(mujhe|mujhko|humein|hume|hamein) ... (se) (chid|chidh) (hai|hoti|hota)|(se) (chid|chidh) (hai|hoti|hota) (mujhe|mujhko|humein|hume|hamein)|(zehar|zeher|jehar) (lagte|lagti|lagta)|(gande|ganday|gandi) (lagte|lagti)'],
      // Session 39 (issue 17): set apart from "us" ("hamare jaise nahi", the negation the derogation's own); a woman's work
      // only the home, and told to stay in it; told to be grateful.
      [0.75, '(hamare|humare|hamari|humari|hum) (jaise|jaisa|jaisi|jese|tarah) (nahi|nahin|nhi)|(ka|ki) (kaam|kam) (sirf|bas|keval) (ghar|rasoi|khana banana|bachche)|(ko) (ghar|rasoi) (mein|me) (hi) (rehna|rahna) (chahiye)|(shukraguzar|shukar guzar|ehsanmand|ehsaanmand) (hona|rehna) (chahiye)'],
    ],
    violence: [
      [0.8, '(maar do|maar dalo|maar dena|maar dene|maarna|marna chahiye|maar denge|khatam kar|khatam karo|khatam kar do|mita do|mita dein|mita dena|mitana|nikaal do|nikal do|nikalo|bahar nikalo|bhaga do|bhagao|jala do|jalao|jala dena|faansi|phansi|latka do|goli maar|goli maaro|dubo do|kaat do|qatl|katl|balatkar|hamla|humla|chhutkara|chutkara|band kar do|pratibandh)'],
      [0.75, '(desh se bahar|desh chhodo|pakistan jao|wapas jao|wapas bhejo)'],
      [0.8, '(goli|hamla|humla|mita de|mita do|dubo do|dubo dena|jala do|maar do|maar denge|maar dunga|maar dalenge|kaat do|latka do|faansi|phansi)'],
      // "Death to X": "X ko maut (do)", given or wished; "ko maut ka dar" (fear of death) and "ki maut" (a death) are no call.
      [0.8, 'ko maut (do|de do|dedo|dijiye|di jaye|milni chahiye|mile|aaye|aye|$)'],
      // Violent verbs with "give" or "put" as the auxiliary, in the imperative, infinitive ("... dena chahiye",
      // should be killed), future and past: "maar dena", "latka do", "jala dunga" (not "mar do": Portuguese
      // "mar do..." is "sea of").
      [0.8, '(mar|mara) (dena|dalo|daalo|dalna|daalna|dene|deni|diya|diye|dijiye|denge|dunga|dungi|doonga|dalunga|daalunga|dalenge|daalenge)'],
      [0.8, '(maar|maara|latka|jala|kaat|mita|nikaal|nikal|bhaga|dafna|kuchal|dubo|ukhaad|ukhad|phoonk|phunk|bhoon|bhun|goli maar|goli mar|chaku maar|chaaku maar|pitai kar|peet|khatam kar|khatm kar|bahar kar|bahar nikaal|bahar nikal|desh se nikaal|desh se nikal|jail mein daal|zinda jala|zinda gaad|zinda dafna) (dena|do|dalo|daalo|dalna|daalna|dene|deni|diya|diye|dijiye|denge|dunga|dungi|doonga|dalunga|daalunga|dalenge|daalenge|dalungi|daalungi)'],
      // The first person future, and "I want to / I'm going to" kill, burn, hang, rape them.
      [0.8, '(maarunga|marunga|maarenge|maarungi|jalaunga|jalayenge|jalaungi|kaatunga|kaatenge|katunga|latkaunga|latkayenge|mitaunga|mitayenge|khatam karunga|khatam karenge|khatm karunga|nipta dunga|nipta denge|nipat dunga|thok dunga|thok denge|thokunga|thokenge|peetunga|peetenge|pitai karunga|pitai karenge|goli marunga|goli maarunga|goli marenge|goli maarenge|bomb se uda|bam se uda)'],
      [0.8, '(maarna|jalana|kaatna|latkana|mitana|khatam karna|goli maarna|balatkar karna|qatl karna|katl karna|hatya karna|peetna|pitai karna) (chahta|chahti|chahte|hai|hoga|padega)|(maarne|marne|jalane|kaatne|latkane|mitane|qatl karne|katl karne|hatya karne|khatam karne|goli maarne|balatkar karne) (ja|jaa|wala|wali|wale)'],
      // "I'll not rest until...", the murder or rape I will commit, throats cut, acid thrown, run over, cut to pieces.
      [0.8, '(maar|khatam kar|jala|mita) (ke|kar) [hi] (rahunga|rahenge|rahungi|dam lunga|dam lenge)|(hatya|qatl|katl|khoon|balatkar) (karunga|karenge|karungi|kar dunga|kar denge|kar dalunga|kar dalenge)|(gala|gardan|sar|sir) (kaat|kat|qalam) (dunga|denge|dena|do|doonga|dein|den)|(tezaab|tejab|acid) (phenk|fenk|daal|dal) (dunga|denge|doonga|dena|do)|(gaadi|gadi|truck) (chadha|chada) (dunga|denge|doonga|dena|do)|(tukde tukde|tukde|boti boti) (kar|karke) (dunga|denge|doonga|dalunga|dalenge|dena|do)'],
      // Heads cracked, necks and bones broken, "taught a lesson", ground into the dust, ruined: future and imperative.
      [0.8, '(sar|sir|khopdi|gardan|haddi|haddiyan|haddiyaan|taange|tange|taangein|haath|hath|pair|daant|jabda|munh|muh) (phod|fod|tod|tor|kaat|kat|ukhaad|ukhad|nikaal|nikal|kuchal) (dunga|denge|dungi|doonga|dalunga|dalenge|daalunga|daalenge|dalungi|do|dena|dijiye|dalo|daalo)|(sabak|sabaq) (sikhaunga|sikhayenge|sikhaenge|sikhaungi|sikha dunga|sikha denge|sikhao|sikha do|sikhana hoga|sikhana padega|sikhana chahiye)|(mitti|khaak|khak|dhool) (mein|me|mai) (mila|milaa) (dunga|denge|dungi|do|dena|dalenge)|(barbaad|barbad|tabaah|tabah|naash|nash|safaya|safaaya|nestnabood|nestnaabood) (kar dunga|kar denge|kar dungi|kar do|kar dalo|kar dena|karna chahiye|karenge|karunga)'],
      // Death wished on them, none spared, a people wiped out (not the nouns of massacre: its news is no call).
      [0.8, '(mrutyu|mrityu|maut|maot) (mile|milni|milna|aaye|aa jaye|de do|dena)|(mar|mare) (jaye|jaaye|jayen|jaayen|jaayein|jayein|jaana chahiye|jane chahiye|jaane chahiye)|(narak|jahannum) (mein|mai|me) (jaye|jaayen|jao|jaaye)|(bhagwan|upar wala|khuda|allah) (utha le|utha lo)|(zinda|jinda|ek ko bhi|kisi ko) nahi (chhodunga|chodunga|chhodenge|chodenge|chhodungi|bakhshunga|bakshunga|bakhshenge)|(jad se mita|jad se khatam|nasl khatam|nasal khatam|vansh khatam)'],
      // Session 6: violence called right, fine or deserved; the passive with "should" ("maare jane chahiye");
      // beating with shoes, sticks and fists; stabbing; death sentences; sent back where they came from.
      [0.8, '(peetna|pitna|pitai|maarna|marna|jalana|latkana|kaatna|nikalna|bhagana|mitana|goli maarna|hamla karna|balatkar karna|katl karna|qatl karna|hatya karna|thokna|kootna|kutna|dhona|dhulai karna) .. (theek|thik|sahi|jayaz|jaiz|jaayaz|accha|achha|acchha|zaroori|jaruri|zaruri|banta|farz|punya|hona chahiye) (hai|hoga|tha|he)'],
      [0.8, '(maare|maara|mare|jalaye|jalaaye|jalaya|latkaye|latkaaye|latkaya|kaate|kaata|nikale|nikaale|nikala|bhagaye|bhagaaye|mitaye|mitaaye|khatam kiye|khatm kiye|qaid kiye|kaid kiye|band kiye|deport kiye|bahar kiye|goli maari|goli mari|peete|pite|kute|koote|dafnaye) (jane|jaane|jana|jaana|jaayen|jayen|jaye|jaaye) (chahiye|chaiye|chahie|honge|hoga|padenge|padega)'],
      [0.8, '(joote|jute|jootey|joota|juta|jooton|juton|danda|dande|dando|lathi|lathiyan|lath|chappal|chappalon|thappad|thappar|laat|laaten|lathon|ghoose|ghunse|mukke|mukka|pathar|patthar) (maar|maaro|maro|maarunga|marunga|maarenge|marenge|maarna|marna|padenge|padne chahiye|khane chahiye|khayenge|barsao|barsa do|barsaunga|barsayenge)|(kootna|kootunga|kootenge|kutai|kutaai|dhulai|dhunai|dhun) (karunga|karenge|karo|kar do|kar dunga|kar denge|karni chahiye|honi chahiye|dunga|denge)|(chaku|chaaku|chhura|chura|chhuri|khanjar|talwar) (ghonp|ghop|bhonk|maar|mar|chala|chalaa|ghusa|ghusaa) (dunga|denge|do|dena|dalunga|dalenge|doonga|dungi)'],
      [0.8, '(maut|mot|phansi|faansi|fansi) (ki|ka) (saza|sazaa|sajaa|saja)|(sazaye|saza e|sazae) (maut|mot)|(maut|mot) (ke|ki) (ghaat|ghat) (utaar|utar|utaaro|utaro|utaarunga|utarunga|utaarenge|utarenge|utaar do|utar do)|(jeene|jine|zinda rehne|jinda rehne) (nahi|nahin|na) (dena|denge|dunga|do|diya jana|diya jaana) (chahiye|hai|hoga)|(wapas|vapas|waapas) (bhej do|bhejo|bhejna|bhejenge|bhej denge|khadedo|khaded do)|(nikal|bhaag|bhag|dafa|chale|chal) (jao|jaao|jaayen|jayen|jaye)'],
      // Session 7: throttled, shot (the past and passive with "di": "goli maar di jaye"), thrown out of the country,
      // made to suffer, hurt wherever found; the world better without them.
      [0.8, '(gala|gardan) (ghont|ghot|daba|dabaa) (dunga|denge|dungi|do|dena|dalunga|dalenge|diya|di)|(gala|gardan) (ghontne|ghotne|dabane)|(goli|maar|jala|latka|kaat|phansi|faansi) (di|de di) (jaye|jati|jaani|jani|jayegi|jaaye|jaati)|desh ke bahar (chod|chhod|phenk|fenk|nikal|nikaal|bhej|kar)'],
      [0.8, '(takleef|dard|peeda|pida|nuksan|nuksaan|chot|zakhm) (denge|dunga|dungi|pahunchaunga|pahunchayenge|pahuchaunga|pahuchayenge)|(tadpa|tadpaa|sata|rula) (denge|dunga|do|dena)|(tadpaunga|tadpayenge|tadpaenge|sataunga|satayenge|rulaunga|rulayenge)|(ghayal|zakhmi|lahuluhan|apahij) (kar dunga|kar denge|kar do|kar dena|karunga|karenge)|(peetne|pitai karne|hamla karne|chaku maarne|chaaku maarne|golimaarne) (ja|jaa|wala|wali|wale)|(ke bina|ke baghair|ke begair) (duniya|desh|samaj|zindagi|bharat) (behtar|achhi|acchi|sundar)'],
      // Kept at until they are gone, harm about to be done, a plan to kill, a beating due.
      [0.8, '(maarte|peette|pitte|jalate|kaatte|maarta|peetta) (rahenge|rahunga|rahungi|rahege)|(nuksan|nuksaan|chot|dard|takleef) (pahunchane|pahuchane|dene) (wala|wali|wale|ja)|(maarne|marne|hatya|qatl|katl|khatam karne|jalane) (ki|ka) (yojna|yojana|plan|tayyari|taiyari|sazish|saazish)|(pitai|pitaai|dhulai|thukai|thukaai) (honi|hona|karni|karna) (chahiye|padegi|hogi)'],
      // Session 14, by class: hunted ("shikar", in the future and the imperative only: "shikar hue" is being a victim),
      // "the time has come to" kill, drive out or wipe them out.
      [0.8, '(shikar|shikaar) (karenge|karunga|karungi|karo|kar do|karna chahiye|kiya jana chahiye|kiya jaana chahiye)|(waqt|samay|time) (aa gaya|aa gya|aa chuka) (hai|h) ... (khatam karne|khatm karne|maarne|marne|jalane|mitane|nikalne|nikaalne|bhagane|latkane|katl karne|qatl karne|safaya karne)'],
      // Session 8: "X should die" ("mar jana chahiye"), "I won't spare X" (the negation is the threat's own), blood shed,
      // "I won't rest until I've driven them out", "see how I finish them".
      [0.8, '(mar|mare) (jana|jaana) (chahiye|chahie|chaiye)|(nahi|nahin) (chhodunga|chodunga|chhodenge|chodenge|chhodungi|chodungi|bakshunga|bakhshunga|bakshenge|bakhshenge)|(khoon|khun) (baha|bahaa) (dunga|denge|dungi|doonga|do|dena)|(bhaga|bhagaa|nikaal|nikal|mita|khatam) (kar|ke) hi (dam|saans) (lunga|lenge|lungi)|(khatam|khatm) (karta|karti|karte) (hun|hoon)'],
      // Session 17, by construction class: deserving death or a beating ("marne ke layak", "maar khane ke layak");
      // locked up in jail; better off without them, the adjective after; with the object marked ("ko"), since "maarna",
      // "jalana" are light verbs too ("gappe maarna", "diya jalana"): the impersonal must ("X ko peetna chahiye"), made
      // to disappear ("X ko gayab kar do"), the conditional after "to" ("to saare X ko maar deta"), killing them called
      // no crime (the negation closes what is said, so it is the call's own).
      [0.8, '(marne|maarne|maare jaane|maare jane|maar khane|pitne|peetne|jalaye jaane|latkaye jaane|goli khane) (ke|ki) (layak|laayak|kabil|kaabil|haqdar|hakdar)|ko (peetna|pitna|maarna|goli maarna) (chahiye|chaiye|chahie)|ko (gayab|gaayab|lapata) (kar do|kar dena|karo|kar denge|kar dunga|kar dalo|kar dena chahiye)|(jail|jel|kaid|qaid) (mein|me|mai) (band|daal|dal|thoons|thuns) (kar do|do|karo|dena|denge|dunga|kar dena chahiye|kar denge|kar dunga)|(ke bina|ke baghair|ke begair) (behtar|achha|acchha|achhi|acchi|sukhi|surakshit) (hoga|hogi|honge|hai|rahega|rahegi)|(to|toh) ... ko (maar|jala|latka|kaat|mita|khatam kar) (deta|dete|dalta|dalte|daalta|daalte)|(ko|ki|ka) (maarna|peetna|pitna|katl karna|qatl karna|hatya karna|goli maarna) (koi|kuch) (jurm|gunah|gunaah|paap|apradh|aparadh) (nahi|nahin|nhi)'],
      // Session 28 (see the derogation): necks broken ("gardan tod deni chahiye"), a life made hell, better off once they ("those
      // X", not poverty or crime) are wiped out, massacre called for, the only solution death ("ek matra hal": not "matra",
      // which as a typo target read Spanish "matr" as itself, not as "matar").
      [0.8, '(gardan|gala|haddi|haddiyan|haddiyaan) (tod|marod|maror|ukhaad|ukhad) (deni|dena|do|di|dunga|denge|dalunga|dalenge|daalni|dalni)|(jeena|jina|zindagi|jindagi) (haraam|haram|narak|jahannum) (kar dunga|kar denge|kar dungi|kar do|kar dena|karenge|karunga|kar doonga|kar dalunga|kar dalenge)'],
      [0.8, '(un|in|sabhi|saare|saari|sab) _ [_] (ka|ki|ke) (safaya|safaaya|khatma|naamonishan|namonishan|naamo nishan|sarvnash|vinash) (ho jaye|ho jaaye|ho jata|ho jaata|mit jaye|mit jaaye|mit jata|ho gaya) [to|toh] (hum|duniya|desh|sab) (behtar|achhe|acche|khush|sukhi) (rahenge|honge|hoga|hogi|rahega|rahegi)|(koi) (unka|inka|un|in) ... (khatma|safaya|safaaya|ant) (kar de|kar dega|kar deta|kare)'],
      [0.8, '(katle aam|katleaam|qatl e aam|qatle aam|qatleaam|narsanhar|narsanhaar) (karo|kar do|karna chahiye|karenge|karunga|kar dunga|kar denge|karne)|(maut|mout|phansi|faansi|fansi|goli) (ki saza|ki sazaa|ki saja) (hi) (ek|akela|sabse accha|sahi) [_] (hal|ilaaj|ilaj|upay|rasta|samadhan)'],
    ],
    // "koi aukaat nahi" (no worth at all): Hindi puts the denial after the noun of worth.
    worth: [
      // Session 30: being real nationals ("asli bharatiya nahi ban sakte").
      '(asli|sachche|sacche) (bharatiya|bhartiya|hindustani|nagrik)',
      '(imaandar|imandar|eemandar|imaanadar|sachche|sacche|sachchi|sachi|bharosemand|vishwasniya|vishvasniya|bhale|sharif|shareef|mehnati|mehanti|saaf suthre|saaf|sabhya|padhe likhe|yogya|saksham|kaamyaab|kamyab|safal|behtar|kadar|qadar|daya|hamdardi|rehne|rahne|buddhimaan|bhuddimaan|budhimaan|budhiman|gyani|gyaani|mahaan|mahan|manushya|manav|sammaan|mulya|moolya|jaan|bharose|vishwas|insaano|samajhdar|samjhdar|samajhdaar|hoshiyar|akalmand|buddhiman|kabil|kaabil|layak|laayak|insaan|insan|barabar|swagat|jeene|jine|jeena|jina|zinda|jindagi|zindagi|izzat|samman|haq|adhikar|jagah|bharosa|bharosa|acche|achhe|achchhe|normal|kaam ke|vote|naukri|shaadi|haqdaar|nagrik|aukat|aukaat|keemat|kimat|mol|mahatva|ahmiyat|maayne|mayne)',
      // Session 17, es's classes (the negation may follow them).
      '(kshamta|kshamata|kabiliyat|kaabiliyat|qabiliyat|akal|akl|aql|aqal|dimag|dimaag|nagrikta|nagarikta|citizenship|kiraye|kiraya|kiraaye|god lene|god lena|god le|asli (aurat|aurten|auratein|mard|mardon|insaan|insan)|seriously|gambhirta se|netritva|leader|raj karna|raj karne|shasan|hukumat|chalana|chalane|chalani|(bachche|bacche|bachon|bacchon|bachchon) (paalne|palne|paalna|palna|sambhalne|padhane|padhana)|padhane|padhana)',
      // Session 28: a valued member of society ("samaj ki keemti sadasya nahi").
      '(keemti|kimti|mulyavan|moolyavan|beshkeemti|anmol) (sadasya|hissa|ang|member)'],
    negation: ['nahi', 'nahin', 'na', 'mat', 'kabhi nahi'],
    mention: [
      // Session 30: those who mistreat them are the ones judged ("un logon ki izzat nahi karta jo auraton se bura bartav karte hai").
      '(jo|jinhone|jinhonne) ... (bura bartav|bura sulook|bura vyavhar|mazak udate|mazaak udate|mazak udaya|beizzati karte|tang karte|pareshan karte|maarte peet)',
      '(tumhari|tumhara|tumhare|teri|tera|tere|aapki|aapka|aapke) [_] (nafrat|ghrina|ghrinaa|avmanana|tiraskar|napasandgi)', '(kehna|kehte|kehta|kehti|kaha|bolna|bolte|bolta|bolti|bol|likhna|likhte|likha|pukarte|pukarna|khilaf|khilaaf|viruddh)',
      // Saying, calling and writing in their other forms; counter-speech: wrong, shameful, condemned, hurtful.
      '(kehne|keh|kah|kahna|kahte|kahti|kahe|kahi|bolo|bola|boli|bole|bolne|likhe|likhi|likhne|likhta|likhti|bulana|bulane|bulate|bulaya|bulati)',
      // Session 29: a claim called nonsense or a lie before it is told ("ye sab bakwaas hai ki X bimar hain").
      '(bakwaas|bakwas|bakwass|jhooth|jhoot|jhuth|jhoothi baat|afwaah|afwah) (hai|hain|baat hai) (ki|ke)',
      '(galat|sharam|sharm karo|sharmnaak|sharmnak|ninda|nindaniya|virodh|nafrat bhare|nafrat bhari|nafrati|aisi baatein|aisi baat|aise shabd|bura lagta|bura lagti|dukh hota|dukhi|takleef hoti)',
      // Holding or calling them something ("X ko Y samajhte hain", "Y bataya"), talk and threats reported, and
      // the people who do it ("jo log...").
      '(samajhte|samajhta|samajhti|samjhte|samjhta|samajhna|bataya|batana|batate|batata|batati|maanna|maanta|baat karte|baat karna|baatein karte|dhamki|jo log|aise log)', '(tumhare liye|tere liye|tumhari raay|teri raay|aapki raay)',
      // The haters named ("nafrat karne wale", "X ko ganda kehne wale"), the speaker fed up or saddened, hatred reported spreading.
      '(nafrat|ghrina) (karne|failane|phailane|felane) (wale|wali|walo|walon)|(kehne|bolne|maanne|manne|samajhne|likhne) (wale|wali|walo|walon)|(tang|thak|pak) (aa gaya|aa gayi|aa gaye|gaya|gayi|gaye|chuka|chuki)|(dukhad|afsos|afsosjanak|sharmnaak baat)|(nafrat|ghrina) (fail|phail|badh) (rahi|raha|rahe)', // Session 6: claims, hearing and reading what others say, stopping it, fighting it, finding it unacceptable.
      '(dava|daava|daawa|dawa|sunna|suna|sunte|sunti|sunkar|sunke|padha|padhna|padhte|padhti|padhkar|post kiya|comment kiya|likhkar|likh kar|kehkar|keh kar|bolkar|bol kar|kehlana|kahlana)',
      '(band|bandh) (karo|karna|kar do|karein|karen|kijiye|karo ki|karna hoga|karna chahiye)|(rokna|roko|rokenge|rokiye|ladna|ladenge|ladiye|mukabla|muqabla|samna) (hoga|chahiye|karo|karenge|karna)|(asweekar|asvikar|aswikar|naamanzoor|namanzoor|manzoor nahi|bardasht nahi karenge|bardasht nahi karni|sweekar nahi|svikar nahi)|(apmaanjanak|apmanjanak|aapattijanak|aapattijnak|hairaan|hairan|nirash|niraash|gussa aata|gussa aati)',
      '(sochte ho|sochta hai|sochte hain|sochti hai|maante ho|maante hain|tumhe lagta|aapko lagta|post|tweet|comment|racist|jativadi|nafrat failana|nafrat phailana|nafrat failate|nafrat phailate|bhedbhav|poorvagrah|tumhare shabd|tumhari nafrat)',
      // Session 7: hatred and violence named as what is fought ("X ke prati nafrat ki koi jagah nahi"), insults and calls
      // for it reported, told not to say it, hurt by it.
      '(nafrat|ghrina|bhedbhav|hinsa|dushmani) (ke liye|ki|ka|ko|se|ke) (koi jagah|jagah|khilaf|virodh|khatam|dur|door|rok)|(prati|ke prati) (nafrat|ghrina|hinsa|bhedbhav)|(maang|mang) (karna|karte|karti|karne|kar rahe)|(apshabd|gaali|gaaliyan|galiyan|bura bhala|beizzati|bezzati|apmaan karna|apmanit|aahat|chot pahunchti|chot pahuchti)|(mat|na) (bolo|kaho|likho|kahiye|boliye)|(kaise|kyu|kyon) (keh|kah|bol|likh) (sakte|sakta|sakti|rahe|diya)|(thik|theek|sahi|uchit) nahi',
      // Session 8: hatred seen, heard or read about ("...aisi nafrat dekhkar dil toot jata hai", "sun kar hairani hoti hai"), such
      // thinking judged ("aisa sochna ghatiya hai"), mockery reported ("log X ka mazaak udate hain").
      '(dekhkar|dekh kar|dekhke|dekh ke|sun kar|sun ke|padh kar|padh ke|hairani|dil toot|dil dukhta)|(aisa|aisi|aise) (sochna|sochne|soch)|(aisi|itni|yeh|ye) (nafrat|ghrina)|(mazaak|mazak|majak) (udate|udana|udane|udaya|udati|udaate)',
      // Hating named as an act ("X se nafrat karna bewakoofi hai"), by the one addressed or anyone ("agar tum X se nafrat
      // karte ho", "jo bhi X se nafrat karta hai"), yours ("tumhari ghrina"); disbelief that it goes on; supporting it and
      // those who talk of it named.
      '(nafrat|ghrina) (karna|karne ka|karne ki|karne ke)|(agar|yadi|jo bhi|jo koi) .. (nafrat|ghrina)|(tumhari|teri|aapki) (ghrina|nafrat)|(yakeen|yakin|vishwas|bharosa) (nahi|nahin) (hota|hoti|aata|aati)|(samarthan|samarthen) (karna|karne|karte|karta)|(baat|baatein) (karne|karte) (wale|walo|walon|log)'],
    they: ['(wo|woh|ve|unka|unki|unke|unhe|unko|inka|inki|inke|inhe|tum|tumhari|tumhare|tumhara|aap|aapki|aapke|tu|tera|teri|tere)',
      // Session 37: "these people", "all of these" ("Kal kuch refugees mile. Ye sab parasite hain."); "ye" alone is also "this".
      '(ye|yeh) (log|sab|sabhi)', '(in|un) (logon|logo|sab|sabhi)',
      // Session 28: the pronoun with "from" and "on" ("mujhe unse nafrat hai", I hate them).
      '(unse|inse|unpe|unpar|inpe|inpar)'],
    // "Main ek aurat hoon", "hum khud": bare "mai"/"hum" before a group is as often its subject acting on
    // the group ("hum musalmano ko...", "mai aurato ke saath").
    self: ['(mai|main|mein) ek', '(mai|main|mein|hum) (khud|bhi)',
      // Session 30: "as a ..." after the group ("ek gay hone ke naate maine nafrat dekhi hai"), read after it (SELF_AFTER).
      'hone ke (naate|nate)'],
  },
  ar: arabizi(ARABIZI),
  /**
   * Turkish: a word takes its case and number endings after its stem (Suriyeli-ler-den), so a group is a
   * stem with any ending ("suriyeli*"). Kürt is read only in its plural (-ler, by vowel harmony) or before
   * a noun of people: "kurt" is also the wolf ("kurtlar"). "Kara" (black, land) names no one. Verbs are
   * written out in their affirmative forms: the negation is a suffix on the stem ("nefret etmiyorum",
   * "ölmemeli"), so a negated verb is no match; "değil", "yok" and "olamaz" follow what they negate.
   */
  tr: {
    stemsTakeAnyEnding: true,
    group: [
      '(kadin*|karilar*)', '(suriyeli*|multeci*|gocmen*|siginmaci*|yabancilar*|afganli*|afganlar*|araplar*)',
      '(kurtler*|kurt (halki*|kokenli*|asilli*|vatandas*|nufus*))', '(ermeni*|yahudi*|rumlar*)',
      '(musluman*|alevi*|hristiyan*)', '(siyahi*|zenci*|siyahlar*)',
      '(escinsel*|homoseksuel*|lezbiyen*|biseksuel*|transseksuel*|translar*|trans (kadin*|erkek*|birey*|insan*)|gayler*|geyler*|lgbt*|ibneler*)',
      '(engelli*|sakatlar*|ozurlu*|down sendromlu*)', '(cingene*)',
      // Session 36: peoples persecuted as peoples (not "roman", a novel).
      '(tutsi*|hutu*|rohingya*|arakanli*|uygurlar*|pestunlar*|hazaralar*)',
    ],
    derogation: [
      // Session 34, exclusion (issue 17): thrown out of "our country", not let in here, not let vote or live here, not wanted in
      // "our" place, sent back. "Buraya köpekler giremez" and "mağazaya geri gönder" name no group.
      [0.75, '((ulkemizden|sehrimizden|mahallemizden|buradan|okulumuzdan) (atin|atilmali*|atalim|kovun|kovulmali*|defol*)|(buraya|iceri|iceriye) (giremez*|girmesin*|alinmaz)|(oy kullan*|burada yasa*) .. (izin verilmemeli*|yasaklanmali*)|burada yasamamali*|(mahallemizde|ulkemizde|sehrimizde|burada) .. istemiyoruz|(hepsini|hepsi|butun) .. geri (gonderin|gonderilmeli*|gonderelim|yollayin))'],
      // Vermin, beasts, filth and disease, as a predicate or a likeness ("hayvandır", "veba gibi"): the bare
      // nouns are the animals and illnesses themselves ("rehber köpekler", "meme kanseri").
      [0.8, `(asalak*|parazit*|hamam bocegi*|bocek gibi*|sican*|hayvan surusu|hayvandan farksiz*|hayvan gibiler*|pis domuz*|it surusu|maymun gibiler*|mikrop gibi*|kanser gibi*|veba gibi*|pislikler*|cop yigini|istilaci*|istila*|(ulkeye|topluma|devlete|ekonomiye|bize) (yuk|yuktur|yuk oluyor*)|${TR_VERMIN_IS.join('|')})`],
      // Ranked below them, the vermin word in the ablative: "farelerden daha kötü", "köpekten aşağıdır", "hayvandan beter".
      [0.8, `(${TR_VERMIN_FROM.join('|')}) [daha|bile] (kotu*|beter*|asagi*|pis*|igrenc*|degersiz*|asagilik*|aptal*)`],
      // Contemptible: stupid, useless, dirty, disgusting, thieving, treacherous, deviant, sick, inferior, worthless.
      [0.75, '(aptal*|salak*|gerizekali*|geri zekali*|beyinsiz*|ahmak*|ise yaramaz*|hicbir ise yaramaz*|pis|pisler*|igrenc*|tiksinc*|mide bulandirici*|hirsiz|hirsizdir*|hirsizlar*|teroristtir*|hepsi terorist*|birer terorist*|hainler*|haindir*|sapik*|sapkin*|hastalikli*|asagilik*|asagi (irk*|varlik*)|degersiz*|ilkel*|yalanci*|tembel*|lanet*|serefsiz*|orospu*|kahpe*)'],
      // Hatred and disgust felt, in the affirmative; not wanted here.
      [0.75, '(nefret (ediyorum|ediyoruz|ederim|ederiz|ediyor|eder|edin|etmek)|igreniyorum|igreniyoruz|tiksiniyorum|tiksiniyoruz|midemi bulandiriyor*|gozum gormesin|(burada|ulkemizde|ulkede|mahallemizde|aramizda) istemiyoruz|(asla|hicbir zaman) kabul (etmeyecegiz|etmeyecegim|etmiyoruz|etmiyorum|etmem|etmeyiz))'],
      // No place for them, worth nothing: the negation is the derogation's own.
      [0.8, '(yeri yok|yer yok|yeriniz yok|yerleri yok|hicbir degeri yok|degeri yok|bes para etmez*)'],
    ],
    violence: [
      // "Death to X" ("Ölüm Kürtlere"): death with the group in the dative after it. "Ölüm yıldönümü" names no group,
      // "faşistlere ölüm" no protected one, and "Kürtlerin ölümü" is their death told.
      [0.8, `olum [butun|tum|bu|su|o|hain|pis|lanet] (${TR_GROUP_DATIVE.join('|')})`],
      // Death and killing wished or called for: "must die", the imperative, the first person future and "let's".
      [0.8, '(olmeli*|olsunler|gebersin*|geberin|gebermeli*|gebertin|gebertmeli*|gebertecegim|gebertecegiz|gebertelim|oldurulmeli*|oldurun|oldurmeli*|oldurmek lazim|oldurecegim|oldurecegiz|oldurelim|hepsini oldur|diri diri (yakilmali*|yakin|yakalim)|atese verin|idam edilmeli*|idam edin|daragacina|hepsini asin|hepsi asilmali*|kursuna dizilmeli*|kursuna dizin|kursuna dizelim|gaz odasina|yok edilmeli*|yok edin|yok edelim|yok olsunlar|etnik temizlik|dovulmeli*|dovelim|kahrolsun*|katledilmeli*|katledin)'],
      // Driven out: deported, sent back, told to get out.
      [0.8, '(sinir disi (edilmeli*|edin|edilsin*|edelim|etmeli*|edecegiz)|kovulmali*|kovun|kovalim|defolsun*|defolun|defolup gitsin*|cekip gitsin*|(ulkelerine|ulkesine|geldikleri yere|memleketlerine) (gitsin*|gonderilmeli*|gonderin|donsun*|donmeli*|postalayin|geri gonderilmeli*|geri gonderin|geri donmeli*|geri donsun*))'],
    ],
    worth: ['(zeki*|akilli*|esit*|insan|insandir|insanlar|saygi*|guvenilir*|lider|yonetici|degerli*|yasamayi hak|yasama hakki|yasamaya hakki)'],
    negation: ['(degil*|yok|asla|olamaz*|olamazlar|hak etmiyor*|hak etmez*)'],
    // Violence against a group named as a topic ("kadına şiddete hayır") frames what is said of it.
    mention: [
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '(diye|olarak) (anlatt*|tanimla*|gosterd*|nitelend*|betimle*)',
      '(siddet*|demek|demeyi|demeyin|deme|diyen*|diyor*|dedi*|denmesi|soyleyen*|soylemeyi|soylemeyin|birakin|birakalim|karsi|karsiyim|karsiyiz|hayir|irkcilik*|irkcilara|ayrimcilik*|nefret soylem*|nefret sucu*|homofobi*|transfobi*|kiniyorum|kiniyoruz|kinamak|yazan*|yazmis*|paylasan*|iddia*|yorum*|sozler*)'],
    they: ['(onlar*|bunlar*|hepsi|hepsini|hepsinden)'],
    // "Bir kadın olarak", "Kürt olarak": "as" follows the group (read after it, not before).
    self: ['olarak'],
  },
};


/** The words of an Arabizi grammar as normalise() reads them in a text (7 as t, 3 as e, 5 as s...). */
function arabizi(grammar: HateGrammar): HateGrammar {
  const read = (pattern: string) => pattern.replace(/[a-z0-9]+/g, (word) => normalise(word).text);
  const all = (patterns: readonly string[]) => patterns.map(read);
  const weighted = (patterns: ReadonlyArray<readonly [number, string]>) => patterns.map(([w, p]) => [w, read(p)] as const);
  return {
    group: all(grammar.group), derogation: weighted(grammar.derogation), violence: weighted(grammar.violence), worth: all(grammar.worth),
    negation: all(grammar.negation), mention: all(grammar.mention), they: all(grammar.they), self: all(grammar.self),
  };
}

/**
 * The same roles for scripts the phrase patterns cannot read (they work on Latin letters): Mandarin,
 * written without spaces, and Arabic (Standard and Egyptian), whose words take prefixes ("ال", "و",
 * "ب"), and Hindi in Devanagari. Words here match inside runs of text; Arabic is read with alef, teh
 * marbuta and alef maqsura folded (أ إ آ as ا, ة as ه, ى as ي); Devanagari as normalise.ts leaves it,
 * without its vowel signs, so its words are whole words (a skeleton of consonants such as "कड" of कीड़े,
 * vermin, is also कड़ा, hard: those are left out). Negation in Mandarin is one character that derogations hold
 * too ("不配", "不是人"), so, as for the other languages, one inside what is said does not count.
 * Russian in Cyrillic is read as normalise leaves it (look-alike letters folded to Latin), its words stems.
 */
export interface ScriptGrammar {
  group: readonly string[];
  derogation: readonly string[];
  violence: readonly string[];
  /**
   * What a group is made to undergo (Mandarin "受苦", suffer; "付出代价", pay the price): a call only as the object of a
   * causative (below) that stands right before the group ("让那些X受苦", make those X suffer); beside a group alone it is
   * what they undergo ("帮助受苦的难民", help refugees who suffer).
   */
  caused?: readonly string[];
  /** The causatives, each with the determiner it takes ("让", "让那些", "使所有"): what must end right where the group starts. */
  causative?: readonly string[];
  /**
   * Who would hire, marry or trust one, asked where the question word stands before the group and what is asked after it
   * (Hindi "कौन किसी दलित को नौकरी देगा?"): the question words (`who`, with the determiner they take) must end right where
   * the group starts and `what` must start right after it; "सरकार दलितों को नौकरी देगी" (the government will give Dalits
   * jobs) asks nothing.
   */
  asked?: { readonly who: readonly string[]; readonly what: readonly string[] };
  /**
   * A question of contempt the group closes or opens, where `asked` reads one with the group inside it: `before` ends right
   * where the group's word starts ("من يثق في X؟", "谁会相信X？"), `after` starts right after it ("X पर कौन भरोसा करेगा?"),
   * and only the question's end (or a word of `tail`, "اصلا", "呢") may follow. "من يثق في الحكومة" names no group, "من
   * يحترم حقوق المهاجرين" asks of their rights, "谁会相信穆斯林会这么做" of a claim: none closes on the group.
   */
  closing?: { readonly before: readonly string[]; readonly after: readonly string[]; readonly tail: readonly string[] };
  /** As HATE_GRAMMARS' worth: good things that, denied a group, make hate. */
  worth: readonly string[];
  /** The plain negations that deny them ("不", "مش"), which may differ from those that take a pair back. */
  denial: readonly string[];
  negation: readonly string[];
  /**
   * Words that hold a negation without negating ("只不过" nothing but, "不仅" not only), or that, right
   * after one, make it affirm ("ما هم الا" they are nothing but).
   */
  affirming: readonly string[];
  /** "If": a negation after one in its clause says what is ("如果他们不是...", "لو مكانوش..."). */
  conditional: readonly string[];
  /**
   * What ends a yes-or-no question ("吗？"): a negation in such a question asks the reader to agree with
   * what it holds ("你不觉得X很恶心吗？", don't you think X are disgusting?), so it negates nothing.
   */
  rhetorical?: readonly string[];
  mention: readonly string[];
  /** Words that hold a mention's word without reporting anything ("对我来说" as for me, "小说" a novel). */
  notMention: readonly string[];
  /** As HATE_GRAMMARS' they: pronouns that carry a group into the next sentence, or address it ("你们"). */
  they: readonly string[];
  /**
   * Derogations that take their object next to them, feelings ("ненавижу"): said only of a group close by in
   * their clause ("ненавижу евреев", "евреев я ненавижу"), not of one named after a comma.
   */
  aimed?: readonly string[];
  /** As HATE_GRAMMARS' self: a member naming their own group ("как женщина", "女性として"), which names no target. */
  self?: readonly string[];
  /**
   * Names that hold a derogation's, an aimed or a violence word without saying it of anyone: the zoo ("حديقه الحيوان", the
   * garden of the animals; the longer name first), the Holocaust as an event ("大屠杀中"), a playground ("操场"). A word read wholly inside one is
   * not read; one that holds it ("مكانهم حديقه الحيوان") is.
   */
  notDerogation?: readonly string[];
}

/**
 * Not deserving a harm ("X لا يستحقون الموت", "ميستاهلوش الضرب", "لا يستحقون ان يعاملوا هكذا"): the harm is denied them, where
 * "not deserving" alone is a derogation (it denies them life or respect).
 */
const AR_NOT_DESERVING_HARM = ['لا يستحق', 'لا يستحقون', 'لا يستحقو', 'ما يستاهلوش', 'مايستاهلوش', 'ميستاهلوش', 'ما يستحقوش', 'مايستحقوش', 'ميستحقوش', 'ميستحقش', 'ما يستاهلش', 'ميستاهلش']
  .flatMap((denied) => ['الموت', 'القتل', 'الكره', 'الكراهيه', 'الاذي', 'العنف', 'الطرد', 'الضرب', 'الظلم', 'التمييز', 'العنصريه', 'المعاناه', 'الاهانه', 'يموتو', 'يتقتلو', 'ان يموتو', 'ان يقتلو', 'ان يعاملو', 'يتعاملو', 'هذا', 'ده', 'كده']
    .map((harm) => `${denied} ${harm}`));

/**
 * Russian verbs of killing, burning, hanging and wiping out, read only with a modal before them or an object
 * pronoun beside them (RU_MUST, RU_THEM): alone they are also idioms ("убить время", kill time) and history.
 */
const RU_KILL = ['убить', 'убивать', 'уничтожить', 'уничтожать', 'истребить', 'истреблять', 'перебить', 'перестрелять', 'расстрелять', 'расстреливать',
  'сжечь', 'сжигать', 'повесить', 'вешать', 'вырезать', 'перерезать', 'утопить', 'стрелять', 'пристрелить', 'мочить', 'замочить', 'бить', 'избивать',
  'выгнать', 'выгонять', 'депортировать', 'кастрировать', 'стерилизовать', 'изолировать', 'запереть', 'избавиться от'];
const RU_MUST = ['надо', 'нужно', 'необходимо', 'следует', 'должны', 'должно', 'пора', 'стоит', 'давайте', 'давай', 'хочу', 'хотим', 'будем',
  'нельзя не', 'их надо', 'их нужно', 'всех надо', 'всех нужно'];
const RU_THEM = ['их', 'этих', 'таких', 'всех их', 'их всех'];
/** "As a woman", "I am gay": the speaker's own group, which what they say is not said of. */
const RU_SELF = ['как', 'я', 'я сама', 'я сам', 'будучи', 'я тоже'].flatMap((self) => ['женщина', 'женщиной', 'девушка', 'гей', 'геем', 'лесбиянка',
  'еврей', 'еврейка', 'еврейкой', 'мусульманин', 'мусульманка', 'мигрант', 'мигрантка', 'беженец', 'беженка', 'инвалид', 'инвалидом', 'цыган',
  'цыганка', 'трансгендер', 'бисексуал'].map((own) => `${self} ${own} `)).concat(['мы', 'мы,'].flatMap((we) => ['женщины', 'геи', 'евреи', 'мусульмане',
  'мигранты', 'беженцы', 'инвалиды', 'цыгане'].map((own) => `${we} ${own}`)));

/** Russian names of protected groups (SCRIPT_GRAMMARS.ru.group): stems, or whole words with a trailing space. */
const RU_GROUP = [
  'женщин', 'баб ', 'бабы ', 'бабам ', 'бабами ', 'девушк', 'девки ', 'девок ',
  'мигрант', 'иммигрант', 'беженц', 'беженк', 'приезжи', 'приезжих', 'понаехавш', 'гастарбайтер', 'иностранц', 'чурк', 'хачи ', 'хачей ', 'хачам',
  'мусульман', 'исламист', 'евре', 'жид ', 'жиды ', 'жидов', 'жидам', 'жидами', 'христиан',
  'негр', 'чернокож', 'темнокож', 'черномаз', 'африканц',
  // Session 30: the colour as the people, whole plural words only ("черные", not "черный кофе").
  'черные ', 'черных ', 'черным ', 'черными ',
  'геи ', 'гей ', 'геев ', 'геям ', 'геями ', 'гомосексуал', 'гомик', 'лесбиянк', 'лесби ', 'бисексуал', 'пидор', 'пидар', 'педик', 'педераст',
  'лгбт', 'трансгендер', 'транссексуал', 'трансы ', 'трансов ', 'трансух',
  'инвалид', 'калек', 'дауны ', 'даунов ', 'аутист', 'колясочник', 'глухонем', 'слепых ',
  'цыган', 'азиат', 'кавказц', 'таджик', 'узбек', 'чеченц', 'армян', 'хохлы ', 'хохлов ', 'хохлам ', 'хохол ', 'узкоглаз',
  // Session 18: peoples said with contempt as migrants, by the plural stem (-цы: not the singular сириец a member says
  // who they are with); those whose stem starts an adjective (грузинская кухня, арабский язык) as whole plurals.
  'сирийц', 'афганц', 'китайц', 'вьетнамц', 'корейц', 'индийц', 'пакистанц', 'дагестанц', 'украинц', 'молдаван',
  'грузины ', 'грузинам ', 'грузинами ', 'арабы ', 'арабов ', 'арабам ', 'турки ', 'турков ', 'киргизы ', 'киргизов ', 'казахи ', 'казахов ',
  // Session 36: peoples persecuted as peoples (not "курдюк", fat tail: whole plural words).
  'курды ', 'курдов ', 'курдам ', 'тутси ', 'хуту ', 'рохинджа ', 'уйгур', 'пуштун', 'хазарейц',
];
/**
 * "Death to X" ("смерть евреям"): "смерть" with the group in the dative plural (-ам, -ям) right after it. Beside a group in
 * any other case it is their death told ("смерть евреев в Холокосте"); an ideology ("смерть фашистам") names no protected group.
 */
const RU_DEATH_TO = RU_GROUP.flatMap((group) => {
  if (/[ая]м ?$/.test(group)) return [`смерть ${group.trim()}`];
  return group.endsWith(' ') ? [] : [`смерть ${group}ам`, `смерть ${group}ям`];
});

/** Mandarin names of protected groups (SCRIPT_GRAMMARS.zh.group). */
const ZH_GROUP = [
  '女人', '女性', '妇女', '娘们', '同性恋', '基佬', '男同', '女同', '拉拉', '黑人', '黑鬼', '穆斯林', '回教徒', '绿绿', '犹太人', '犹太佬',
  '移民', '难民', '残疾人', '残障人士', '残废', '跨性别者', '跨性别', '变性人', '外国人', '老外', '原住民', '少数民族', '亚洲人', '台巴子', '阿三',
  // Other names for the same groups and others protected alike.
  '女的', '双性恋', '变性', '残疾', '盲人', '聋人', '非洲人', '伊斯兰', '绿教', '维吾尔', '藏人',
  // Ethnic and religious names, slurs that name a group, and the Latin words Mandarin borrows.
  '犹太', '回民', '回族', '维族', '藏族', '老黑', '黑皮', '非裔', '有色人种', '洋鬼子', '鬼佬', '娘炮', '人妖', '二椅子', '穆狗', '残障',
  '聋哑人', '吉普赛人', 'gay', 'lgbt',
  // Session 7: other names for the same groups.
  '黑种人', '黑皮肤', '洋人', '外国佬', '外籍', '智障人士', '酷儿', '蕾丝边', '婆娘', '女流', '坐轮椅的',
];

/**
 * Good things a group is denied in Japanese, which negates after the noun and its particle ("価値がない",
 * "人権なんてない"): the denials are written out whole (JA_DENIED), since a negation a few characters after
 * a good word most often negates another verb ("権利を守らない").
 */
const JA_WORTH = ['価値', '生きる価値', '存在価値', '人権', '権利', '資格', '居場所', '生きる資格', '未来', '将来性', '生産性', '知能', '能力', '尊厳'];
const JA_DENIED = JA_WORTH.flatMap((good) =>
  ['がない', 'はない', 'もない', 'など無い', 'などない', 'なんてない', 'なんか無い', 'なんかない', 'がゼロ', 'なし', 'のない', 'のかけらもない', 'は一切ない', 'は認めない', 'を認めるな']
    .map((none) => good + none));
/** Japanese names of protected groups (SCRIPT_GRAMMARS.ja.group). */
export const JA_GROUP = [
  '在日', '在日朝鮮人', '在日韓国人', '在日コリアン', '朝鮮人', '韓国人', 'チョン', '中国人', '支那人', 'シナ人', '外国人', '外人',
  '移民', '難民', '不法滞在者', 'クルド人', 'ベトナム人', 'フィリピン人', '女', '女性', '女ども', '女共', 'おんな', 'ゲイ', 'ホモ', 'オカマ',
  '同性愛者', 'レズ', 'レズビアン', 'トランス', 'トランスジェンダー', 'LGBT', '性的少数者', '障害者', '障がい者', '身障者', 'ガイジ', '池沼',
  '知的障害者', '精神障害者', '部落民', '部落出身者', '被差別部落', 'エタ', '穢多', '黒人', '黒んぼ', 'ニガー', 'ユダヤ人', 'ユダヤ',
  // Not イスラム alone: イスラム国 is a militia's name.
  'ムスリム', 'イスラム教徒', 'アイヌ', '土人',
];
/**
 * Vermin, beasts and refuse, which a word of their handling or a case particle after them names as themselves
 * ("ゴキブリ駆除", "ゴミは燃えるゴミの日に", "ブタの貯金箱": detect-hate-multilingual.ts).
 */
export const JA_LITERAL = ['ゴミ', 'クズ', 'カス', '汚物', 'ブタ', 'サル', 'ゴキブリ', '害虫', '寄生虫', 'ウジ虫', '蛆虫', 'ダニ', 'シラミ', 'ノミ', 'ドブネズミ', 'ネズミ', 'ハエ', 'イナゴ', 'シロアリ', '虫けら', '虫ケラ'];

/**
 * Beasts said of a group as the predicate that ends its sentence ("黒人は猿だ", "女は豚", "在日は動物です"), read only so,
 * with the group as the topic right before (detect-hate-multilingual.ts spelledJapanese): with more after them they
 * describe an animal ("猿だった", a monkey that was seen; "猿だね、かわいい"), and after another topic they say what it is
 * ("飼っているのは猿です", what I keep is a monkey; "妻の干支は猿", her zodiac sign).
 */
const JA_BEASTS = ['猿', '豚', 'ゴリラ', 'チンパンジー', '動物'];
export const JA_ENDED = JA_BEASTS.flatMap((beast) => [beast, `${beast}だ`, `${beast}です`]);

/**
 * Peoples and nationalities named as a group (Session 18): the plurals of the nisba adjective (-يين, -يون:
 * "السوريين", "المصريون"), and the broken plurals. Not the singular, which is how a member says who they are or
 * what a dish is ("أنا سوري", "مطبخ سوري"), nor the feminine plural (علم المصريات is Egyptology). The broken plurals are in
 * SCRIPT_GRAMMARS.ar.group: "الافغان" and "الكرد" only as words (not the adjectives الافغاني, الكردي, nor أفغانستان),
 * "البدو" with its article (بدو is inside يبدو, seems, and بدون, without).
 */
const AR_PEOPLES = ['سوري', 'مصري', 'فلسطيني', 'عراقي', 'يمني', 'سوداني', 'صومالي', 'اثيوبي', 'اريتري', 'نيجيري', 'افريقي', 'هندي', 'باكستاني',
  'بنغالي', 'فلبيني', 'ايراني', 'افغاني', 'لبناني', 'اردني', 'مغربي', 'جزائري', 'تونسي', 'ليبي', 'سعودي', 'خليجي', 'كويتي', 'اماراتي', 'قطري', 'تركي']
  .flatMap((one) => [`${one}ين`, `${one}ون`]);
/** "We Syrians": the speaker's own people, which what they go on to say is not said of. */
const AR_SELF = ['احنا', 'نحن', 'كلنا'].flatMap((we) => AR_PEOPLES.flatMap((people) => [`${we} ${people}`, `${we} ال${people}`]));
/**
 * A word the Arabic grammar reads only whole: the grammar finds its words inside longer ones (a word ending in ه
 * is bounded by its spelling), so one that starts longer innocent words is written with a space after it, which
 * the grammar reads as the word's end: a space, a mark or the text's end (الخري starts الخريف and الخريجين, " عار"
 * starts عارف).
 */
const asArabicWord = (...words: string[]) => words.map((word) => `${word} `);
/**
 * A word read only where a word starts: after a space (or the text's start) or with its article (دود inside حدود is no worm),
 * the article's alif dropped after "to" ("للشواذ": session 34).
 */
const atArabicWordStart = (...words: string[]) => words.flatMap((word) => [` ${word}`, `ال${word}`, `لل${word}`]);
/** Arabic "must", "should": the demand a frame of exclusion is made with (Session 15); the Maghrebi "خاصهم" (session 34). */
const AR_MUST = ['لازم', 'المفروض', 'يجب ان', 'لازم كلهم', 'خاصهم', 'خصهم'];
/** With the beasts, in cages, in the rubbish: where contempt puts a group, "to" (ل) fused to a definite place. */
const AR_PLACES = ['الغابه', 'قفص', 'اقفاص', 'الاقفاص', 'الزريبه', 'زريبه', 'حظيره', 'الحظيره', 'الاسطبل', 'حديقه الحيوان', 'جنينه الحيوانات', 'الزباله', 'صندوق الزباله', 'المجاري', 'الكهوف',
  // Session 21: the circus, the madhouse.
  'السيرك', 'سيرك', 'مستشفي المجانين', 'مستشفي الامراض العقليه', 'العباسيه', 'الخانكه'];
// "Their place is (in) the zoo" said with the place first ("مكان X هو حديقه الحيوان"): the copula before the place (Session 19;
// the zoo alone is an outing, "في حديقه الحيوان").
const AR_PLACED = ['مكانهم', 'مكانهم في', 'مكانهن', 'مكانها', 'يعيشو في', 'يتحطو في', 'يتحبسو في', 'يتقفل عليهم في', 'يرجعو', 'ارجعو', 'يروحو', 'روحو', 'هو', 'هي', 'هو في', 'هي في']
  .flatMap((put) => AR_PLACES.flatMap((place) => [`${put} ${place}`, ...(place.startsWith('ال') ? [`${put} ل${place.slice(1)}`] : [])]));
/** Sent back where they came from: the imperative plural, or "must" with the third person. */
const AR_HOMES = ['بلادهم', 'بلدهم', 'لبلادهم', 'لبلدهم', 'بلادكم', 'بلدكم', 'لبلادكم', 'لبلدكم', 'المكان اللي جم منه', 'مطرح ما جم', 'من حيث اتو', 'الصحرا', 'للصحرا', 'افريقيا', 'لافريقيا',
  // Session 19: their caves, the jungle, the trees.
  'كهوفهم', 'لكهوفهم', 'الكهوف', 'للكهوف', 'كهفهم', 'لكهفهم', 'الغابه', 'للغابه', 'الادغال', 'للادغال', 'الشجر', 'للشجر'];
const AR_SENT_BACK = [...['ارجعو', 'روحو', 'غورو'], ...AR_MUST.flatMap((must) => ['يرجعو', 'يروحو', 'يتشحنو', 'يتبعتو', 'يترحلو'].map((go) => `${must} ${go}`))]
  .flatMap((go) => AR_HOMES.map((home) => `${go} ${home}`));
/** "Must not marry, have children, vote, work, study": the circumfix negation of a right, or being barred from it. */
const AR_BARRED = AR_MUST.flatMap((must) => ['ميتجوزوش', 'ميخلفوش', 'ميصوتوش', 'ميشتغلوش', 'ميدرسوش', 'ميتعلموش', 'ميسوقوش', 'ميدخلوش', 'يتمنعو من', 'يتحرمو من', 'يتعقمو'].map((barred) => `${must} ${barred}`));
/**
 * A pet, a beast or a shoe worth more than them ("جزمتي", my shoe, is a derogation alone); Egyptian says "my" with بتاع
 * after the noun too ("الشبشب بتاعي"), and "understands more", "is wiser" (session 21).
 */
const AR_BEASTS = ['الكلب', 'الكلاب', 'القطه', 'الحمار', 'الحمير', 'القرد', 'القرود', 'الخنزير', 'الجزمه', 'الشبشب'];
const AR_BELOW = ['كلبي', 'قطتي', 'حماري', 'شبشبي', ...AR_BEASTS, ...AR_BEASTS.flatMap((beast) => [`${beast} بتاعي`, `${beast} بتاعتي`])]
  .flatMap((beast) => ['احسن من', 'اذكي من', 'انضف من', 'اشرف من', 'ارقي من', 'اهم من', 'افضل من', 'اغلي من', 'انفع من', 'يساوي اكثر من', 'افهم من', 'اعقل من', 'اشطر من', 'اطهر من']
    .map((more) => `${beast} ${more}`));
const AR_WORSE = ['اوسخ', 'اغبي', 'اقرف', 'اقذر', 'احقر', 'اسوا', 'اوحش', 'انجس', 'اتفه', 'اجهل', 'اوطي', 'اوقح', 'اخبث', 'اكره', 'ابشع'];
/**
 * The comparative Standard Arabic builds from a noun of contempt ("اكثر نفاقا", more hypocritical; "اشد قذاره"), for the
 * adjectives with no elative of their own; with "the people" before the noun it ranks them first ("اكثر الناس نفاقا"): session 26.
 */
const AR_MORE_OF = ['اكثر', 'اكتر', 'اشد'].flatMap((more) => ['نفاقا', 'غباء', 'غباءا', 'قذاره', 'وساخه', 'كذبا', 'خيانه', 'كسلا', 'حقدا', 'جهلا', 'تخلفا', 'عنفا', 'اجراما', 'خبثا', 'حقاره', 'همجيه', 'وحشيه']
  .map((contempt) => `${more} ${contempt}`));
const AR_MOST_OF = ['اكثر الناس', 'اكتر الناس', 'اكتر ناس', 'اشد الناس', 'اكثر الشعوب', 'اكتر الشعوب'].flatMap((most) => AR_MORE_OF.map((more) => `${most} ${more.split(' ')[1]}`));
/**
 * "Nobody is dirtier than X" ("مفيش حد اوسخ من"): an existential negation before an elative of contempt ranks X first,
 * and is the derogation's own ("مش اوسخ من حد", not dirtier than anyone, stays a negation): session 21.
 */
const AR_NONE_WORSE = ['مفيش', 'مافيش', 'ما فيش', 'مفيش حد', 'مافيش حد', 'محدش', 'ماحدش', 'مفيش حاجه', 'مفيش ناس', 'لا يوجد', 'لا يوجد من هو', 'لا احد', 'لا يوجد احد']
  .flatMap((none) => [...AR_WORSE, ...AR_MORE_OF].map((worse) => `${none} ${worse} من`));
/** Deserving what a life is owed (respect, living, trust, rights): a good thing the denial before it denies. */
const AR_DESERVED = ['يستاهل', 'يستحق', 'يستاهلو', 'يستحقو', 'يستحقون', 'تستاهل', 'تستحق']
  .flatMap((deserve) => ['الاحترام', 'احترام', 'يعيش', 'يعيشو', 'الحياه', 'الثقه', 'حقوق', 'الرحمه', 'الشفقه', 'التعاطف', 'الجنسيه', 'الكرامه', 'المساواه'].map((good) => `${deserve} ${good}`));
/** Deserving death, violence or banishment, one of them or all. */
const AR_DESERVING = ['يستاهل', 'يستحق', 'يستاهلو', 'يستحقو', 'يستحقون', 'تستاهل', 'تستحق']
  .flatMap((deserve) => ['الموت', 'القتل', 'الضرب', 'الحرق', 'الشنق', 'الاعدام', 'الدبح', 'الذبح', 'السحل', 'الرصاص', 'الابعاد', 'الترحيل', 'يموت', 'يموتو', 'يتقتل', 'يتقتلو', 'يتحرق', 'يتحرقو', 'يتضرب', 'يتضربو'].map((harm) => `${deserve} ${harm}`));

/**
 * Good for nothing, in the Levantine and Gulf negation "ما" before the verb (Egyptian wraps it: "مينفعوش"): fit for,
 * understanding or worth nothing, or unfit to lead, in every person a group is spoken of or to ("ما تنفعوا لشي", the
 * plural's closing alif read by spelledArabic; "الحريم ما يفهمون شي", "المرأة ما تصلح للقيادة"). Only with what they
 * are fit for: "ما يفهمون" alone is said of anyone ("الناس ما يفهمون معاناة اللاجئين").
 */
const AR_FIT_FOR_NOTHING = ['تنفع', 'ينفع', 'تصلح', 'يصلح', 'تفهم', 'يفهم', 'تسوي', 'يسوي']
  .flatMap((verb) => [verb, `${verb}و`, `${verb}ون`, `${verb}ن`, `ب${verb}`, `ب${verb}و`])
  .flatMap((verb) => ['لشي', 'لشيء', 'لاي شي', 'شي', 'شيء', 'ولا شي', 'اي شي', 'للقياده', 'للحكم'].map((what) => `ما ${verb} ${what}`));
/** A verb's object suffix "them" in the feminine plural ("يجب ضربهن"), for the calls written with the masculine one. */
const withFeminineObject = (words: readonly string[]) => words.flatMap((word) => (word.endsWith('هم') ? [word, `${word.slice(0, -1)}ن`] : [word]));
/** A beast named with a colour, not a people: "الكلاب السود", "قطط سود". */
const AR_COLOURED_BEASTS = ['الكلاب', 'كلاب', 'القطط', 'قطط', 'القرود', 'الخنازير', 'الحيوانات', 'الفيران', 'الغربان', 'الخيول']
  .flatMap((beast) => ['السود', 'سود'].map((black) => `${beast} ${black}`));
/**
 * Ruin they are said to have brought, in the past of the plural (the present is in the derogation: "بيخربو"): "خربوا البلد",
 * "وسخو الحارة"; "the war ruined the country" is "الحرب خربت البلد", in the feminine singular.
 */
const AR_RUINED = ['خربو', 'دمرو', 'وسخو', 'بوظو']
  .flatMap((ruined) => ['البلد', 'بلدنا', 'البلاد', 'بلادنا', 'الحاره', 'حارتنا', 'الحي', 'المجتمع', 'الديره', 'ديرتنا'].map((place) => `${ruined} ${place}`));

export const SCRIPT_GRAMMARS: Readonly<Record<'zh' | 'ar' | 'hi' | 'ja' | 'ru', ScriptGrammar>> = {
  zh: {
    group: ZH_GROUP,
    derogation: [
      // Session 39 (issue 17): told to stay at home or that the kitchen is their place; kept at a distance as the condition of
      // tolerance; set apart from "us"; a group said to be, and to stay, what it is ("黑人就是黑人": the noun must come back).
      '就该待在家里', '就应该待在家里', '应该待在家里', '就该呆在家里', '就该待在家', '的位置就是厨房', '的位置在厨房', '的位置就是家里', '就应该在家', '就该在家',
      '只要他们离我远点', '离我远点', '离我远一点', '跟我们不一样', '和我们不一样', '跟我们不同', '和我们不同', '与我们不同', '不是正常人',
      ...ZH_GROUP.flatMap((group) => [`就是${group}`, `永远是${group}`, `始终是${group}`, `终究是${group}`]),
      // Session 34, exclusion (issue 17): not let in, not to live here, sent back ("狗不准进来" names no group).
      '不准进', '不许进', '不应该住在这里', '不该住在这里', '不应该住在这儿', '送回去',
      // Session 37 (issue 17): tolerated only while they keep out of sight ("只要别…"), told to be grateful to be let in.
      '只要别', '只要他们别', '只要他们不', '应该感恩', '应该感激', '该感恩', '该感激',
      // Session 37: grown people called children to be told what to do.
      '就像孩子', '像小孩一样', '跟孩子一样',
      // Session 37: unable to do what anyone can, here only for the money.
      '不会开车', '不会思考', '不会动脑', '只是为了钱', '就是为了钱', '只为了钱',
      // Session 37: tropes of the whole group: playing the victim, controlling the media, a threat to our culture, to know their place.
      '装受害者', '扮演受害者', '控制着媒体', '控制媒体', '操控媒体', '控制着银行', '控制世界', '文化的威胁', '知道自己的位置', '认清自己的位置',
      '恶心', '作呕', '垃圾', '废物', '寄生虫', '老鼠', '蟑螂', '畜生', '禽兽', '动物', '害虫', '瘟疫', '癌症', '病毒', '低等', '劣等', '下等',
      '愚蠢', '蠢', '最傻', '傻逼', '贱逼', '白痴', '讨厌', '憎恨', '痛恨', '厌恶', '鄙视', '看不起', '受不了', '忍受不了', '一文不值', '毫无价值',
      '没有价值', '不值钱', '不重要', '不配', '不是人', '人渣', '败类', '渣滓', '婊子', '肮脏', '卑鄙', '可耻', '污渍', '还不如', '不如', '滚',
      '蔑视',
      '藐视',
      '反胃',
      '憎恶',
      '厌恶',
      '下作',
      '下贱',
      '低贱',
      '贱',
      '无知',
      '最傻',
      '傻',
      '蠢货',
      '污秽',
      '肮脏',
      '好不了多少',
      '毒瘤',
      '祸害',
      '侵蚀',
      '狗都比',
      '狗逼',
      '没有任何价值',
      '没有任何同情',
      '没有同情',
      '不配活',
      '容身',
      '渣',
      '恶心',
      '讨厌',
      '猪狗不如',
      '畜牲',
      '低能',
      '智障',
      '脑残',
      '劣等',
      '卑劣',
      '可恨',
      '可憎',
      '可恶',
      // By class: vermin and beasts, filth, contemptible attributes and curses, hatred felt, worth denied.
      '蛆', '跳蚤', '虱子', '苍蝇', '蚂蟥', '吸血鬼', '猴子', '猩猩', '野兽', '野蛮', '牲口', '蝗虫', '粪', '狗屎', '恶臭', '懒惰', '懒鬼',
      '小偷', '罪犯', '骗子', '强盗', '邪恶', '虚伪', '贪婪', '无耻', '恶毒', '变态', '疯子', '神经病', '丑陋', '低级', '没用', '没出息',
      '不要脸', '混蛋', '王八蛋', '杂种', '狗娘养', '恨死', '我恨', '恨透', '看着就烦', '唾弃', '嫌弃', '想吐', '不值得', '没资格',
      // Beasts and vermin as compounds (猪 and 狗 alone are in 猪肉 and 热狗), filth, burden and disease.
      '蠢猪', '猪猡', '肥猪', '臭猪', '猪狗', '狗东西', '走狗', '疯狗', '野狗', '狗杂种', '黑猴', '猿猴', '狒狒', '臭虫', '蛆虫', '虫子', '寄生',
      '吸血', '害群之马', '瘟神', '肿瘤', '祸根', '屎', '吃屎', '脏兮兮', '脏东西', '龌龊', '下流', '杂碎', '贱种', '贱人', '贱货', '骚货',
      '荡妇', '母狗', '狐狸精', '卑贱', '辣鸡', '拉圾', '废柴', '饭桶', '社会的负担', '社会负担', '是个负担', '是累赘',
      // Contemptible attributes: stupid, mad, sick, savage, deceitful, lazy, criminal, lesser.
      '笨蛋', '蠢笨', '愚笨', '愚昧', '弱智', '低智', '没脑子', '不正常', '病态', '怪物', '异类', '不男不女', '娘娘腔', '未开化',
      '原始人', '二等', '低人一等', '不如狗', '丑八怪', '可鄙', '可悲', '可怜虫', '恶劣', '歹毒', '阴险', '狡猾', '奸诈', '好吃懒做', '懒汉',
      '懒虫', '恐怖分子', '暴徒', '强奸犯', '丢人', '丢脸', '耻辱', '恶魔', '魔鬼', '可怕', '令人厌恶', '令人作呕', '讨人厌', '烦人', '讨嫌', '粗鲁',
      '低俗', '粗俗', '自私', '无能', '没救', '下三滥', '很脏', '太脏', '真脏', '又脏', '没素质', '素质低', '素质差', '低素质', '没教养', '烂人',
      '烂货', '坏透', '差劲', '糟糕透', '不可理喻', '凶残', '残暴', '野人', '蛮横', '傲慢无礼', '不检点', '水性杨花',
      // Belonging in a zoo or a cage, and "I'd rather die than...".
      '动物园', '笼子', ...['宁愿死', '宁可死', '宁死', '死都'].flatMap((die) => ['也不跟', '也不和', '也不与', '也不嫁给', '也不娶', '也不碰', '也不要和', '不跟', '不和'].map((not) => die + not)),
      // Hatred and disgust felt.
      '恨', '憎', '仇视', '恨之入骨', '嫌恶', '反感', '厌烦', '烦死', '受够', '看不惯', '瞧不起', '不屑', '鄙夷', '轻蔑', '不齿', '忍不了',
      '无法忍受', '不能忍受', '容不下', '容忍不了', '见不得', '不待见',
      // Worth and a life denied, and care for their lives scorned ("谁在乎...的命").
      '不值一提', '没价值', '不算人', '不是东西', '算不上人', '不该活', '不配活着', '不应该存在', '不该存在', '不该出生', '死有余辜',
      '居然在乎', '竟然在乎', '居然关心', '竟然关心', '谁在乎', '谁关心', '谁会在乎', '比狗还', '比猪还', '猪都比', '我的狗比', '我家狗比',
      // No better than vermin or beasts ("不比老鼠好", "不如狗"): the negation is the derogation's own.
      '不比老鼠', '不比狗', '不比猪', '不比蟑螂', '不比畜生', '不比动物', '不比垃圾', '不比虫子', '不比寄生虫', '不比害虫', '不比猴子', '不比牲口',
      '居然有人在乎', '竟然有人在乎', '居然有人关心', '竟然有人关心',
      // Session 6, by class (written from the language, not from eval rows). Vermin, beasts and disease as
      // predicates ("是一群猪", "像狗一样": 狗 and 猪 alone are in 热狗 and 猪肉), and filth.
      '蛀虫', '水蛭', '毒蛇', '蛇蝎', '鼠辈', '耗子', '细菌', '病菌', '病原体', '传染病', '艾滋', '癌细胞', '是一种病',
      '一群猪', '一帮猪', '都是猪', '是猪', '像猪', '一群狗', '一帮狗', '都是狗', '是狗', '像狗', '狗一样', '猪一样', '像动物', '像畜生',
      '禽兽不如', '畜生不如', '亚人类', '非人类', '不算人类', '怪胎', '妖怪', '恶鬼', '粪坑', '粪土', '臭狗屎', '毒药', '毒害', '蝗灾',
      // Contemptible attributes, each with a degree word or as a noun where the bare word is also neutral
      // ("暴力" is also violence they suffer, "危险" danger they are in).
      '很懒', '太懒', '真懒', '又懒', '懒散', '懒得要死', '很笨', '太笨', '真笨', '笨死', '很丑', '真丑', '太丑', '丑死', '很臭', '真臭', '太臭',
      '臭烘烘', '臭不可闻', '发臭', '很暴力', '太暴力', '暴力狂', '好斗', '凶恶', '残忍', '嗜血', '很危险', '太危险', '危险分子', '是威胁',
      '一无是处', '毫无用处', '没有用处', '无用', '无药可救', '不可救药', '拖累', '包袱', '是负担', '次等', '低劣', '劣质', '下等人', '低人',
      '撒谎', '说谎', '谎话连篇', '满嘴谎言', '狡诈', '不可信', '靠不住', '不靠谱', '贪财', '吝啬', '小气鬼', '忘恩负义', '叛徒', '卖国贼',
      '流氓', '无赖', '地痞', '混混', '瘾君子', '酒鬼', '荡货', '疯疯癫癫', '疯癫', '不正经', '堕落', '腐朽', '邪门',
      '肮里肮脏', '邋遢', '不卫生', '没文化', '没礼貌', '蛮夷', '愚不可及', '头脑简单', '可笑', '荒唐', '不成器', '没用的东西',
      // Deserving it ("活该"), swearing at them, hatred and contempt felt.
      '活该', '罪有应得', '咎由自取', '操所有', '操他们', '操她们', '操你们', '操这些', '操那些', '操蛋',
      '看不顺眼', '不顺眼', '恶心死', '烦透', '讨厌死', '厌恶至极', '深恶痛绝', '嗤之以鼻', '不屑一顾', '看扁',
      // Session 7, by class (from the language, not eval rows). Dehumanising nouns: lesser things and creatures,
      // defective goods, waste of air; a group likened to beasts ("跟畜生没两样", "和动物一样").
      '低等生物', '下等生物', '劣等民族', '劣等种族', '次品', '残次品', '废品', '失败品', '废人', '拖油瓶', '累赘', '豺狼', '鬣狗', '白蚁', '杂草',
      '污点', '人间败类', '浪费空气', '浪费氧气', '浪费粮食', '浪费资源', '浪费空间', '跟畜生', '和畜生', '与畜生', '跟禽兽', '和禽兽',
      '与禽兽', '跟动物一样', '和动物一样', '跟动物没', '和动物没', '与动物无异', '跟野兽', '和野兽', '是病', '是种病', '是精神病', '心理变态',
      '需要治疗', '需要被治疗', '该被治疗', '需要矫正', '需要被矫正', '应该被矫正', '泛滥成灾', '侵占', '霸占', '入侵我们', '污染我们',
      '玷污', '毁了我们', '毁掉我们', '把一切都毁了', '毁了这个', '败坏', '存在就是个错误', '存在就是一个错误', '存在本身就是', '存在是个错误',
      '存在是一个错误',
      // Contemptible attributes and their degree forms; what they are only good for ("只配当奴隶").
      '智商低', '智商很低', '智商就是低', '智商太低', '智商真低', '智商都低', '智商都很低', '低智商', '没智商', '脑子有问题', '脑子不好使', '一点用都没', '一点用也没', '什么用都没', '屁用', '很落后', '太落后',
      '愚昧落后', '野蛮落后', '不诚实', '不老实', '窝囊', '猥琐', '厚颜无耻', '恬不知耻', '丧心病狂', '丧尽天良', '十恶不赦', '罪大恶极',
      '心狠手辣', '冷血', '好色', '淫荡', '令人反感', '讨人嫌', '招人烦', '讨厌鬼', '令人不齿', '令人鄙视', '令人唾弃', '令人发指', '倒胃口',
      '恶心透顶', '丑恶', '脏死', '脏得要命', '窝囊废', '只配', '当奴隶', '做奴隶', '唯一的用处', '唯一用处', '生孩子的机器', '生育工具', '待在厨房',
      '回厨房', '滚回厨房', '没有一个好东西', '没一个好东西', '没有好东西', '没一个好人', '闭嘴', '闭上嘴',
      // A pet before them ("我家的猫都比...聪明").
      '猫都比', '猴子都比', '猩猩都比', '老鼠都比', '蟑螂都比', '驴都比', '畜生都比',
      '动物都比', '石头都比', '我的猫比', '我家猫比', '我家的猫比', '我家的狗比', '宠物都比',
      // The worst, a joke, unfit, weak, immoral, arrogant, mad; breeding like beasts; kept from children.
      '最糟糕', '最差劲', '最恶劣', '最可恶', '最烂', '很糟糕', '太糟糕', '真糟糕', '是个笑话', '就是个笑话', '是笑话', '不称职', '不合格', '不中用',
      '傲慢', '自大', '狂妄', '精神有问题', '心理有问题', '脑子有病', '不道德', '道德败坏', '伤风败俗', '不文明', '软弱无能', '懦弱', '没骨气',
      '懦夫', '胆小鬼', '失败者', '繁殖', '像兔子一样生', '只适合', '只能做', '只会生孩子', '靠近我的孩子', '离我的孩子远', '远离我们的孩子',
      // Session 35, implicit derogation (issue 17): a smell on them, disorder wherever they go.
      '一股味', '一股臭味', '一股骚味', '身上有味', '身上都有味', '哪儿就乱', '哪里就乱', '哪就乱',
      '远离孩子', '无脑', '更糟糕', '更差劲', '更烂', '更坏', '糟透', '烂透', '差透', '无可救药', '怪异', '古怪', '歇斯底里', '神经质', '发疯',
      // Their humanity or their being alive questioned, the blame for all ills, left to fend for themselves.
      '是不是人', '算不算人', '还算人吗', '也配叫人', '也配称为人', '为什么还存在', '居然还存在', '竟然还存在', '居然还活着', '竟然还活着',
      '怎么还活着', '谁会喜欢', '有谁会喜欢', '谁会想和', '谁愿意和', '罪魁祸首', '万恶之源', '自生自灭', '让他们饿死', '让她们饿死',
      '社会渣滓', '丢人现眼', '一无所知', '鬼鬼祟祟', '毛骨悚然', '瘆人', '很恐怖', '太恐怖',
      // Hatred and disgust felt ("充满仇恨" names the speaker's own hatred, not hatred denounced).
      '来气', '火大', '就生气', '不爽', '忍无可忍', '敌视', '恶心透', '讨厌透', '极其反感', '看不上', '充满仇恨', '充满了仇恨', '满怀仇恨',
      '心怀仇恨', '怀有仇恨', '满是仇恨', '只有仇恨', '充满敌意', '充满了敌意', '恨意',
      // One character written in pinyin or as a homophone to slip past filters (恶心 as 鹅心, 垃圾 as laji).
      // Session 8, by construction (from the language): sent back to the trees or caves; whether they live or die
      // is nothing to the speaker; kept from children; good for nothing but breeding; "X and dogs not admitted";
      // trouble wherever they are; not needed or wanted; "why are X so lazy"; "what use are X"; "by what right".
      '有病', '都有病', '回到树上', '回树上', '滚回树上', '爬回树上', '住在树上', '回到山洞', '回山洞', '滚回山洞', '回到丛林', '滚回丛林', '的死活', '是死是活',
      '靠近孩子', '靠近我们的孩子', '离孩子远点', '离我们远点', '生孩子的工具', '泄欲工具', '什么都不会', '什么都做不好', '什么都干不好', '一事无成',
      '与狗不得入内', '和狗不得入内', '不得入内', '的地方就有麻烦', '的地方就有犯罪', '的地方就有问题', '的地方就没好事', '我们不需要', '这里不需要',
      '社会不需要', '国家不需要', '没有人想要', '没人想要', '谁会想要', '谁想要', '没人要', '没有人要', '有什么用', '有啥用', '凭什么让', '凭什么给',
      '凭什么要', '拜金', '只会哭', '只会抱怨', '只会惹麻烦', '只会添乱', '只会伸手', '宁可养狗', '宁愿养狗', '宁可养一条狗', '宁愿养一条狗',
      '还要容忍', '为什么要容忍', '凭什么容忍', '也配', '谁会跟', '谁愿意跟', '活着干嘛', '活着干什么', '活着有什么意义', '也算人', '也算是人', '命值钱',
      '更值钱', '还值钱', '抢我们饭碗', '抢饭碗', '抢我们的工作', '抢走我们的工作', '头发长见识短', '的地方就不安全', '没有一个是好', '没一个是好',
      '不会让我的孩子跟', '不会让我的孩子和', '不让我的孩子跟', '不让我的孩子和', '不会和任何', '不会跟任何', '不和任何', '不跟任何',
      ...['跟', '和'].flatMap((like) => ['猴子', '猪', '狗', '动物', '畜生'].map((beast) => `${like}${beast}差不多`)),
      ...['比男人', '比我们', '比正常人', '比普通人'].flatMap((than) => ['笨', '蠢', '差', '低', '傻', '脏', '懒'].map((bad) => than + bad)),
      ...['这么', '那么', '如此'].flatMap((so) => ['懒', '蠢', '笨', '脏', '臭', '丑', '虚伪', '贪婪', '自私', '无知', '野蛮', '暴力', '没用'].map((bad) => so + bad)),
      '鹅心', '饿心', '恶xin', 'exin', '毒liu', '肮zang', '下zuo', '垃ji', 'la圾', 'laji', '废wu', 'feiwu', '傻x', 'shabi', '人zha', 'renzha',
      '畜sheng', 'chusheng', '杂zhong', 'zazhong', '婊zi', 'biaozi', '白chi', 'baichi', '智zhang', 'zhizhang', '脑can', 'naocan',
      // Session 28, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses
      // (as ar): worthless; food one of them touched refused and one of them dead no different from a dead rat (ZH_AFFIRMING
      // keeps their negations from denying them); one of them in charge the biggest mistake; never believed; rather have
      // cancer than be near one; nothing liked less; jerks.
      '一钱不值', '一分钱都不值', '一文钱都不值',
      ...['碰过的', '摸过的'].flatMap((touched) => ['食物', '饭', '东西', '菜'].map((food) => touched + food)),
      ...['死老鼠', '死耗子', '死狗', '死猪', '死蟑螂'].flatMap((dead) => ['和', '跟', '与'].map((and) => dead + and)),
      ...['掌权', '当领导', '当老板', '当总统', '当家作主', '管事', '主事'].flatMap((charge) => ['是', '就是', '绝对是']
        .flatMap((is) => ['任何人能犯的最大错误', '最大的错误', '最大错误', '个错误', '一个错误', '灾难', '一场灾难', '个灾难'].map((mistake) => charge + is + mistake))),
      '别相信', '不要相信', '永远别信', '千万别信', '别信任', '不要信任',
      ...['宁可', '宁愿'].flatMap((rather) => ['得癌症', '得癌', '患癌症', '得绝症'].flatMap((cancer) => ['也不想', '也不愿', '也不要'].map((not) => rather + cancer + not))),
      '最不喜欢的东西', '最不喜欢的就是', '最不喜欢的莫过于', '混球', '混账',
      // Session 30, implicit derogation by class (probes of our own, no eval row; a negation inside an entry is its own): no one
      // daring to go out since they came; nothing but money in their heads; wasting the state's money; kept from children;
      // not belonging here; not counted as full people; their lives not worth much; never real nationals; never to have been
      // born; the killer on the road.
      '没人敢出门', '没有人敢出门', '脑子里只有钱', '眼里只有钱', '只认钱', '浪费国家的钱', '浪费纳税人的钱', '社会的负担', '离我们的孩子远', '离孩子们远',
      '远离我们的孩子', '不属于这个国家', '不属于这里', '不算完整的人', '不算人', '算不上人', '没那么值钱', '命不值钱', '成不了真正的', '不配做中国人',
      '不该生下来', '不应该生下来', '不该出生', '马路杀手',
      // Session 30, negative attributes and rhetorical questions by class: mad, liars, thieves, misers, empty-headed; who would
      // live beside them, how they could be trusted.
      '精神病', '神经病', '心理变态', '满嘴谎话', '满口谎言', '满嘴谎言', '什么都偷', '见什么偷什么', '守财奴', '吝啬鬼', '脑子里什么都没有', '没脑子',
      '谁会愿意住在', '谁愿意住在', '怎么可能值得信任', '怎么能相信', '怎么可能信任',
      // Session 32, implicit derogation by class: a husband's or a man's property, cleaner without them, a threat to children.
      '丈夫的财产', '男人的财产', '老公的财产', '会更干净', '对孩子是个威胁', '对孩子是威胁', '对孩子构成威胁', '对孩子很危险',
      // Session 35: who would hire, marry or trust one, asked (as "谁会想要"; "谁会雇一个水管工" names no group).
      '谁会雇', '谁愿意雇', '谁会聘用', '谁愿意聘用', '谁会娶', '谁会嫁给', '谁会信任',
    ],
    violence: ['杀', '宰了', '消灭', '灭绝', '绝种', '清除', '铲除', '驱逐', '赶出', '滚出', '遣返', '吊死', '绞死', '烧死', '枪毙', '射杀', '毒死', '淹死', '强奸', '打死', '处死', '除掉', '攻击', '摆脱', '枪杀', '杀光', '杀死', '干掉', '弄死', '灭了', '铲平', '赶走', '赶尽杀绝', '除之而后快', '绝种', '淹死', '活埋', '烧掉', '强暴', '消灭掉', '开枪', '打一枪', '该死', '去死', '死光',
      // By class: killing, stabbing, hacking, bombing and beating with their result, torture, camps, sent back.
      '屠杀', '毙了', '砍死', '砍了', '捅死', '捅了', '烧了', '炸死', '埋了', '揍死', '揍他们', '暴打', '痛打', '虐待', '折磨', '阉割', '绝育', '关起来', '关进',
      '集中营', '毒气室', '滚回', '赶回', '驱逐出境', '遣送',
      // Hacking to pieces, lynching ("挂路灯"), beheading, executing, wiping out, burning alive, and death wished
      // on them (not verbs a group is said to suffer, "被殴打", "饿死": that is news).
      '剁碎', '剁成', '剁了', '碎尸', '千刀万剐', '五马分尸', '大卸八块', '挫骨扬灰', '挂路灯', '吊路灯', '吊起来', '斩首', '砍头', '割喉', '枪决',
      '处决', '杀掉', '杀绝', '宰光', '宰掉', '屠光', '屠了', '杀了', '种族清洗', '灭族', '灭种', '斩草除根', '赶出去', '扔出去', '轰出去', '活活烧', '放火烧',
      '炸掉', '死全家', '下地狱', '不得好死', '死绝', '死了算了', '死了才好', '整死', '搞死', '要揍', '想揍', '去揍', '揍一顿', '痛揍',
      // Beating said to be deserved, in the passive or with 挨 (打 alone is playing, calling, typing).
      '该被打', '该挨打',
      // Those verbs with the will to do them, or said to be deserved ("要刺死", "会捅", "都该被掐死"): the intent
      // is the call, the bare verb may be news ("被殴打").
      ...['要', '会', '想', '去', '该', '该被', '得', '必须', '最好', '就是要'].flatMap((will) =>
        ['殴打', '毒打', '打残', '踩死', '碾死', '撞死', '勒死', '掐死', '闷死', '毒死', '轮奸', '炸飞', '射死', '刺死', '爆头', '捅', '鞭打', '砸死',
          '收拾', '教训', '流放', '撵走', '伤害', '弄残', '赶走', '处理掉', '解决掉', '判死刑', '判处死刑'].map((harm) => will + harm)),
      // Session 6: beating, cutting throats, shooting, and "the only good X is a dead X"; the world better
      // off without them; what they should suffer ("应该被..." holds the verbs above).
      '打一顿', '痛打一顿', '暴揍', '欠揍', '欠打', '该打', '割断', '切断喉咙', '割开喉咙', '一枪崩', '崩了', '开枪打', '打爆', '爆头', '烧光',
      '赶尽', '杀尽', '斩尽杀绝', '消灭干净', '清理掉', '清理干净', '全部消灭', '统统消灭', '唯一的好', '唯一好的', '死了就好', '都死了才好',
      '死掉才好', '死掉算了', '都死掉', '世界会更好', '世界会更美好', '世界就清净', '世界就干净', '赶出国', '踢出去', '赶出我们', '滚回去',
      '关进集中营', '送进毒气室', '绞刑', '枪决掉', '活剥', '扒皮', '抽筋', '碎尸万段',
      // Session 7, by class (from the language): wiping out, doing away with, gunning down, stoning, torching;
      // driving out; death wished or said deserved.
      '绝迹', '追杀', '猎杀', '生不如死', '让他们受苦', '让她们受苦', '让你们受苦', '让你们后悔', '让他们后悔', '灭掉', '剿灭', '歼灭', '根除', '屠戮', '血洗', '斩杀', '做掉', '解决掉', '处理掉', '收拾掉', '扫射', '突突了', '砸死', '用石头砸', '拳打脚踢',
      '泼硫酸', '泼汽油', '点火烧', '下毒', '投毒', '撵走', '撵出', '轰走', '赶跑', '踢走', '扔出', '扫地出门', '驱离', '罪该万死', '早该死',
      '死开', '都去死', '全都去死', '判死刑', '处以极刑', '让他们付出代价', '让她们付出代价', '付出血的代价', '血债血偿', '好好收拾', '教训一下', '给点颜色',
      // The same in pinyin or homophones ("去死" as 去四, 去si).
      '去四', '去si', 'qusi', 'sha了', 'sha光', '弄si', '打si', '烧si', 'gun出', '滚chu',
      // Session 28 (see the derogation): necks broken and throats cut, the neck or throat first ("把X的喉咙割了"); someone
      // who should, or is hoped to, do it; made to suffer for it; better off once they are wiped out ("如果X被消灭掉，我们会
      // 过得更好": the passive, which is what a group suffered alone, here wished; with 掉, "done away with", as people are,
      // not poverty).
      ...['喉咙', '脖子'].flatMap((neck) => ['割了', '割开', '割断', '给割了', '拧断', '扭断', '砍断'].map((cut) => neck + cut)),
      ...['应该有人', '该有人', '希望有人', '但愿有人', '最好有人'].flatMap((someone) => ['', '会', '去', '能'].map((will) => someone + will))
        .flatMap((someone) => ['扭断', '拧断', '杀了', '杀掉', '干掉', '除掉', '消灭', '终结', '收拾', '弄死', '解决掉'].map((harm) => someone + harm)),
      '为此吃尽苦头', '为此付出代价', '为此受苦', ...['让他们', '让她们', '让你们'].flatMap((them) => ['吃尽苦头', '吃苦头', '尝尝苦头'].map((suffer) => them + suffer)),
      ...['被消灭掉', '被根除掉', '被铲除掉', '被清除掉', '被赶走', '死光', '都死了', '都消失'].flatMap((gone) => ['', ','].flatMap((pause) =>
        ['我们会过得更好', '我们就会过得更好', '我们会更好', '世界会更好', '世界就会更好'].map((better) => gone + pause + better))),
      ],
    // The Holocaust named as an event, its history and its survivors ("在大屠杀中", "大屠杀历史", "大屠杀幸存者"): the
    // massacre is what a group suffered, not a call to it (a memorial guide's or a teacher's words; session 21).
    notDerogation: ['大屠杀中', '大屠杀期间', '大屠杀时期', '大屠杀历史', '大屠杀史', '大屠杀纪念', '大屠杀幸存', '大屠杀遇难', '大屠杀受害', '大屠杀博物馆', '大屠杀研究', '大屠杀教育',
      // The words that hold 操 (aimed) in another sense: a drill, a sport, to operate, to worry, virtue, a name, speaking a tongue.
      '操场', '操作', '操心', '操练', '操纵', '操控', '操办', '操持', '操劳', '操刀', '操盘', '操行', '操守', '体操', '早操', '出操', '做操',
      '广播操', '健美操', '节操', '情操', '贞操', '曹操', '重操旧业',
      '操着一口', '操之过急', '稳操胜券', '操课', '操演', '操琴', '艹字头',
      // The curse at the one addressed or at "his mother" ("操你妈的X", "操他妈的"), which the lexicons read with its own weight.
      '操你', '艹你', '肏你', '操他妈', '艹他妈', '肏他妈'],
    // "Fuck", the verb in its spellings, next to a group in its clause ("操同性恋"; "操你妈的X" is the lexicon's).
    aimed: ['操', '艹', '肏'],
    worth: ['聪明', '智慧', '有价值', '价值', '重要', '欢迎', '活着', '活下去', '生存', '存在', '尊重', '权利', '地方', '位置', '信任', '正常', '有用', '同情', '怜悯', '投票', '雇', '结婚', '资格', '好人', '一样好',
      '智商', '能力', '能干', '优秀', '平等', '人权', '尊严', '正常人', '容身',
      // Good qualities hate denies: honest, trustworthy, kind, hard-working, clean, civilised, capable, worthy.
      '诚实', '可信', '可靠', '靠得住', '信赖', '善良', '勤劳', '勤奋', '干净', '文明', '有教养', '正直', '体面',
      // Session 7: wits, a good parent or neighbour, a future, a use or a meaning to their lives.
      '机灵', '聪慧', '明智', '理智', '称职', '合格', '好父母', '好妈妈', '好爸爸', '好老师', '好员工', '好邻居', '好公民', '好领导', '未来', '前途',
      '贡献', '意义', '幸福', '被爱', '真正的女人', '真正的男人', '真正的人', '当领导', '好的父母', '好的老师', '好的领导',
      // Session 17, by class: adopting and raising children, renting to, hiring and marrying, taken seriously, citizenship, holding power.
      '领养', '收养', '抚养', '养孩子', '租给', '租房给', '录用', '聘用', '嫁给', '当真', '认真对待', '公民身份', '入籍', '掌权', '执政',
      // Session 28: a foothold, a place to stand ("没有立足之地").
      '立足之地', '容身之地',
      // Session 37: morals, decency, a conscience, keeping one's word ("没有道德", "从来不讲信用").
      '道德', '素质', '廉耻', '良心', '讲信用', '守信用', '诚信'],
    // "None of any kind" first: its span ends where the reach to the good word is counted from.
    // 别 ("don't") only as an imperative, here as in negation: alone it is inside 性别 (gender), so in 跨性别 (trans), and
    // "双性恋、跨性别都欢迎" (a welcome) was a denial of worth (session 33).
    denial: ['没有任何', '没有一个', '不会有任何', '不', '没', '无', '别让', '别把', '别对', '别给', '别想', '别指望', '毫无', '绝不', '永远不', '并非', '不可能'],
    // 别 ("don't") only as an imperative: alone it is inside 性别 (gender), so in 跨性别者 (trans people).
    negation: ['不', '没', '别让', '别把', '别对', '并非', '绝不', '从不', '决不', '无'],
    // Also: "not surprising", "without exception", "undeniably", and the rhetorical "why don't people... /
    // isn't it just...", which say what follows.
    // Never forgetting, not afraid to say: what follows stands ("我永远不会忘记X是...").
    affirming: ['不过', '不仅', '不但', '不只', '不止', '不得不', '不管', '不论', '要不', '不然', '无非', '无论', '毫无疑问', '无疑',
      '忘记', '忘了', '忘掉', '不忘', '忘不了', '不怕', '不害怕',
      // Session 39: "not against X, as long as..." opens tolerance on a condition, it denies nothing that follows.
      '不反对', '并不反对',
      '不意外', '不奇怪', '毫不奇怪', '毫不意外', '无一例外', '毫无例外', '无不', '不折不扣', '不可否认', '无法否认', '不能否认', '不用说',
      '不言而喻', '不就是', '难道不', '为什么不', '为何不', '怎么不', '为什么人们不', '为什么大家不',
      // "No different from", "nothing wrong with", "not too much to say"; a yes-or-no question ("是不是").
      '没什么两样', '没两样', '没有两样', '没什么区别', '没区别', '没有区别', '没什么不同', '没有什么不同', '无异', '没问题', '没什么问题',
      '没有问题', '没毛病', '无可厚非', '不为过', '不过分', '是不是', '会不会', '能不能', '对不对', '算不算',
      // Words with 不 or 没 that negate nothing: "not bad" (good), many, soon, ceaselessly, can't help, can't wait.
      '不错', '不少', '不久', '不断', '不停', '不得了', '不禁', '忍不住', '巴不得', '恨不得', '不由得', '没完没了',
      // "No one / nothing is as dirty as X", "there is nothing worse than X": the negation says X are the worst.
      '没有人像', '没人像', '没有谁像', '没有任何人像', '没有人比', '没人比', '没有谁比', '没有任何人比', '没有什么比', '没什么比', '没有比',
      '没有东西比', '没有任何东西比', '没有什么像', '没有什么东西比', '再没有比',
      // "Why can't one say / why does no one dare say that X...": asks for leave to say it.
      '为什么不能说', '为什么不敢说', '为什么不让', '凭什么不让', '凭什么不能', '为什么大家都不敢', '为什么没人敢', '为什么没有人敢',
      // Session 28: negations a construction holds (the derogation's), which say it: "I'd never eat food one of them touched",
      // "I see no difference between a dead rat and...", "how can you not see that...", "should not be illegal".
      '我不会吃', '我绝不会吃', '我不吃', '我永远不会吃', '我绝不吃', '我才不吃', '我决不吃', '看不出一只死', '看不出一个死', '看不出死',
      '怎么就看不清', '怎么看不清', '怎么就看不出', '怎么就不明白', '怎么还看不清', '怎么还不明白', '怎么就不懂',
      '不应该是违法', '不该是违法', '不应该违法', '不该违法', '不算违法', '不应该算违法', '不应该是犯罪', '不应该算犯罪', '不算犯罪', '不应该被禁止', '不该被禁止'],
    // Session 31: "让那些X受苦" and kin, calls for a group's suffering (ScriptGrammar's caused).
    caused: ['受苦', '受罪', '遭罪', '遭殃', '吃苦头', '吃尽苦头', '尝尝苦头', '尝到苦头', '付出代价', '付出惨痛的代价', '痛苦', '不得安宁', '后悔'],
    causative: ['让', '使', '令', '要让', '叫'].flatMap((make) =>
      ['', '那些', '这些', '所有', '所有的', '这帮', '那帮', '这群', '那群', '全部', '每一个', '每个'].map((those) => make + those)),
    conditional: ['如果', '要是', '假如', '假若', '若是', '倘若', '只要'],
    rhetorical: ['吗？', '吗?', '嘛？', '嘛?', '吗', '嘛'],
    // Session 39: who would trust, respect, marry or hire one, the group closing the question ("谁会相信穆斯林？"; not "谁会帮助难民？").
    closing: {
      before: ['谁会', '谁愿意', '谁敢', '谁还会', '谁能', '有谁会', '有谁愿意'].flatMap((who) => ['相信', '信任', '信', '尊重', '看得起', '喜欢', '嫁给', '娶', '雇', '雇佣', '聘用', '租房给']
        .flatMap((verb) => ['', '一个', '这些', '那些', '这种', '那种'].map((these) => `${who}${verb}${these}`))),
      after: [],
      tail: ['呢', '啊', '呀', '吧', '啦'],
    },
    // Reporting what others say: saying, calling, claiming, someone.
    mention: [
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      '号召', '呼吁', '描绘', '描述成', '说成', '形容',
      // Session 37: treated as beasts in the passive ("被当作动物对待") is their mistreatment told, not the writer's view.
      '被当作', '被当成',
      // Session 30: those who mistreat them are the ones judged ("嘲笑残疾人的人才是耻辱", "我不尊重那些欺负女人的人").
      '那些欺负', '那些歧视', '那些嘲笑', '那些侮辱', '的人才是',
      '说', '称', '叫', '言论', '反对', '谴责', '停止', '别再', '写', '有人', '声称', '宣称',
      // Counter-speech: hatred and bigotry named as such, and the speaker dismayed at what others say or do.
      '所谓', '仇恨', '的敌意', '比作', '比喻', '以为', '那些想', '那些仇恨', '那些说', '那些叫', '那些把', '宣扬', '散布', '鼓吹', '煽动', '歧视', '种族主义', '偏见', '恐同', '辱骂', '侮辱', '冒犯', '不能接受', '不可接受', '无法接受',
      '沮丧', '难过', '伤心', '愤怒', '气愤', '震惊', '失望', '这种话', '这样的话', '这些话', '那种话',
      // Hatred judged wrong.
      '是错的', '是错误的', '大错特错',
      // Session 7: people who think or claim it, hearing it, calling it slander, nonsense or unfair, and
      // the one who thinks it addressed ("如果你认为...", "你居然认为...").
      '那些认为', '那些觉得', '那些相信', '那些以为', '那些声称', '那些主张', '有些人认为', '有些人觉得', '听到', '听说', '听见', '骂', '诋毁',
      '污蔑', '抹黑', '刻板印象', '谣言', '胡说', '一派胡言', '荒谬', '都错了', '是不对的', '是不对', '不公平', '不公正', '驳斥', '反驳',
      '如果你认为', '如果你觉得', '要是你认为', '要是你觉得', '你居然认为', '你竟然认为', '你居然觉得', '你竟然觉得', '不敢相信', '难以置信',
      '偏执', '顽固', '应该感到羞愧', '感到羞耻', '抵制'],
    // 说 and 称 inside words that report nothing: "对我来说" (for me), "说实话" (honestly), a novel, a name.
    // Session 39: "not against X, as long as..." ("我不反对X，只要…") opens tolerance on a condition; it reports no opposition.
    notMention: ['不反对', '并不反对', '来说', '说实话', '说真的', '老实说', '坦白说', '实话说', '小说', '说明', '说到底', '称赞', '称职', '对称', '名称', '叫好',
      // "Someone actually cares about...": dismay at care for a group, reporting nothing; "no one" (没有人).
      '有人居然在乎', '有人竟然在乎', '有人居然关心', '有人竟然关心', '有人在乎', '有人关心', '没有人', '没有任何人',
      // The speaker's own hatred ("我对X充满仇恨") reports nothing.
      '充满仇恨', '充满了仇恨', '满怀仇恨', '心怀仇恨', '怀有仇恨', '满是仇恨', '只有仇恨', '充满敌意', '充满了敌意',
      // Lying (说谎) reports nothing; nor does wondering why someone likes them ("为什么有人喜欢").
      '说谎', '有人喜欢', '有人会喜欢', '有人爱',
      // Session 8: the speaker's own saying, and asking why one may not say it ("我说X是...有错吗？", "为什么不能说X是..."):
      // a rhetorical question that says it, not a report.
      '我说', '我就说', '我要说', '我敢说', '不能说', '不让说', '不让我说', '不敢说', '不准说', '不许说',
      // The speaker's own hatred of a group ("我对X的仇恨还不明显吗？") reports no one's.
      '我仇恨', '我很仇恨', '我非常仇恨', '我真的仇恨', '我有多仇恨', '我多么仇恨', '我是多么仇恨', '我有多么仇恨', '我们仇恨',
      ...['我对', '我对所有', '我对所有的', '我对这些', '我对那些'].flatMap((mine) => ZH_GROUP.map((group) => `${mine}${group}的仇恨`)),
      // Session 28: "someone" who should or is hoped to act, and "everyone" (所有人), report nothing; nor does a word of theirs
      // not to be believed ("别相信X说的任何一个字").
      '所有人', '应该有人', '该有人', '希望有人', '但愿有人', '最好有人', '说的任何一个字', '说的任何一句话', '说的每一个字', '说的每一句话', '说的一个字'],
    they: ['他们', '她们', '它们', '你们', '这些人', '那些人', '这帮', '那帮', '这群', '那群', '这种人', '那种人',
      // "People like that", "their kind", "these creatures".
      '这类人', '那类人', '此类人', '这号人', '那号人', '这样的人', '那样的人', '这些家伙', '那些家伙', '这些东西', '那些东西', '这种东西',
      '这些玩意', '那些玩意'],
  },
  ar: {
    group: [
      'نساء', 'النسا', 'ستات', 'حريم', 'مسلم', 'يهود', 'السود', 'سود', 'زنوج', 'مثلي', 'مثلين', ...atArabicWordStart('شواذ'), 'شاذ', 'لوطي', 'متحول',
      'معاق', 'معوق', 'مهاجر', 'لاجئ', 'لاجي', 'اجانب', 'اجنبي',
      // Dialect and other names for the same groups and others protected alike.
      'نسوان', 'زنجي', 'افارقه', 'ترانس', 'ذوي الاحتياجات', 'ذوي الهمم', 'عميان', 'مكفوفين', 'نازحين', 'غجر', 'مسيحي', 'اقباط',
      // "Woman" with or without the article, as a word (مرأة, المرأة: "مراه" is also inside مراهق, a teenager), a Black person
      // named with a determiner (أسود alone is also lions), sects and peoples, and the slurs that name a group.
      'امراه', 'مراه ', 'مراه.', 'مراه،', 'مراه؟', 'مراه!', 'اي اسود', 'كل اسود', 'واحد اسود', 'الاسود', 'شيعه', 'روافض', 'رافضه', 'نصاري', 'صليبي', 'اكراد',
      'امازيغ', 'خولات', 'مخنث', 'سحاقي', 'مسترجل', ...AR_PEOPLES,
      'هنود', 'احباش', 'الاتراك', 'البدو', ...asArabicWord('الكرد', 'الافغان', 'افغان'),
      // Session 34: girls, with the article (بناتي is my daughters); Sunnis as "people of the Sunna" or the nisba plural (السنه
      // alone is also the year); the Yazidi, Druze and Alawite communities.
      'البنات', 'اهل السنه', 'السنيين', 'السنيون', 'ايزيدي', 'الدروز', 'العلويين', 'العلويون',
      // The Maghrebi slur for gay men (الزامل, pl. الزوامل), and its "women" (العيالات).
      ...atArabicWordStart('زوامل', 'زامل'), 'العيالات',
    ],
    derogation: [
      // Session 39 (issue 17): a woman's place the home ("مكان المرأة هو البيت"), told to stay in it or made for cooking; set
      // apart from "us" ("مش زينا", the negation the derogation's own).
      'مكان المراه', 'مكان البنت', 'مكان الست', 'لازم يقعدو في البيت', 'لازم تقعد في البيت', 'لازم يقعدوا في البيت', 'خلقت للطبخ', 'خلقت للمطبخ', 'مخلوقه للطبخ', 'خلقت عشان تطبخ',
      'مش زينا', 'مش زيينا', 'مو مثلنا', 'مش مثلنا', 'ليسوا مثلنا', 'ليسو مثلنا', 'ما هم مثلنا', 'مش زي باقي البشر', 'هو البيت', 'هو المطبخ', 'هي البيت', 'هي المطبخ',
      // Session 38 (issue 17): Levantine and Gulf feelings with "ما" before the verb (can't stand or bear them), sickened at the
      // sight of them ("نفسي اتقيا لما اشوف", not "اتقيا من الريحة"), no good in them; who would marry, trust, hire or respect
      // one, asked with the dialects' present (ب-) and the Standard verbs (not "في حد", also "there is someone who").
      'ما بطيق', 'ما اطيق', 'ما بتحمل', 'ما اتحمل', 'ما بقدر اتحمل', 'ما بقدر اطيق', 'مش قادر اطيق',
      ...['اتقيا', 'استفرغ', 'نفسي تلعب', 'نفسي بتلعب', 'بيجيلي غثيان', 'يجيني غثيان'].flatMap((sick) => ['لما اشوف', 'لما بشوف', 'كل ما اشوف', 'كل ما بشوف', 'لمن اشوف', 'كلما رايت'].map((seen) => `${sick} ${seen}`)),
      'ما فيهم خير', 'مافيهم خير', 'ما فيهن خير', 'ما منهم خير', 'ما بيجي منهم خير',
      ...['مين', 'مين ممكن', 'من ذا الذي'].flatMap((who) => ['بيتجوز', 'بيتزوج', 'يتزوج', 'بيشغل', 'بيوظف', 'بيثق ب', 'بيثق في', 'يثق ب', 'يثق في', 'بيصدق', 'يصدق', 'بيحترم', 'يحترم', 'بياجر', 'يأجر'].map((verb) => `${who} ${verb}`)),
      // Session 37 (issue 17): grown people called children, here only for the money, unable to drive, tolerated while
      // they keep away ("طالما بعيدين"); folded as the text is (ا for أ, ه for ة).
      'مثل الاطفال', 'زي الاطفال', 'زي العيال', 'كالاطفال', 'عشان الفلوس بس', 'علشان الفلوس بس', 'من اجل المال فقط', 'فقط من اجل المال',
      'دور الضحيه',
      'ما يعرفوش يسوقو', 'مايعرفوش يسوقو', 'ميعرفوش يسوقو', 'لا يعرفون القياده', 'لا يعرفن القياده', 'طالما بعيدين', 'طالما بعيد عن', 'طالما في بيوتهم',
      // Session 34, exclusion (issue 17): "get them out", entry forbidden, not wanted, not to be let vote, sent back
      // ("ممنوع دخول الكلاب" names no group).
      'اخرجوا', 'ممنوع دخول', 'لا نريد', 'لا يجب السماح', 'رجعوهم', ' برا من',
      // Words are read inside longer ones: a short one that is also inside an innocent word takes a leading space or
      // its article (atArabicWordStart) or what follows it, and is read whole where it also starts one (asArabicWord):
      // عار in اسعار, تعارف and عارف, افه in ثقافه and صحافه, دود in حدود, خرا in اخراج and خراب, جرب in تجربه, تبا in
      // متابعين, مقت in مقتنع and المقتنيات, سوس in سوسيولوجيا, بغض in "بغض النظر", النكبه the Nakba (Session 18).
      'حثاله', 'قذر', 'مقرف', 'قرف', 'اكره', 'نكره', 'احتقر', 'استحقار', 'حشرات', 'حشره', 'فئران', 'جرذان', 'صراصير', 'طفيل',
      'حيوانات', 'كلاب', 'خنازير', 'قرود', 'وباء', 'سرطان', 'طاعون', 'اغبياء', 'اغبى', 'غبي', 'تافه', 'واطي', 'واطين', 'منفر', 'وسخ',
      'زباله', 'ملهاش قيمه', 'ملهمش قيمه', 'مالهاش قيمه', 'بلا قيمه', 'لا قيمه', 'متسواش', 'تسواش', 'لا تساوي', ...asArabicWord(...atArabicWordStart('خرا')), ...asArabicWord(...atArabicWordStart('خرى')), 'نجس',
      'انجاس', 'بطقش', 'مبطقش', 'مفيش مكان', 'لا مكان',
      'حقير',
      'حقيرين',
      'جاهل',
      'جاهلين',
      'جردان',
      'اسراب',
      'بتكتسح',
      'حيوان',
      'زباله',
      'زبالة',
      'وساخه',
      'الوساخة',
      'وطاوه',
      'الوطاوة',
      'بتقرف',
      'تقرف',
      'يقرف',
      'قرفان',
      'استحقار',
      'احتقار',
      'مش احسن',
      'ولاد حرام',
      'ولاد الكلب',
      'كسم',
      'يتناكو',
      'تافهين',
      'اغبيا',
      'همج',
      'متخلفين',
      'متخلف',
      'قذرين',
      'نجاسه',
      'وسخين',
      'معنديش اي تعاطف',
      'ملهاش قيمه',
      'ملهمش قيمه',
      'ما بتسواش',
      'مفيش مكان',
      'حشرات',
      // By class, Standard Arabic and Egyptian/Levantine forms: beasts, vermin, disease, filth and burden;
      // contemptuous attributes (plural -ين); hatred and disgust felt; no place for them.
      'بهايم', 'بهائم', 'بهيمه', 'حمير', 'ديدان', 'طفيلي', 'قمل', 'براغيث', 'جراثيم',
      'ميكروب', 'فيروس', 'قمامه', 'نفايات', ' عاله', 'عبء', 'رعاع', 'وحوش', 'شياطين', 'اغبي', 'جهله', 'منحط', 'فاشل', 'عديمي',
      'ملهمش لازمه', 'ملهاش لازمه', 'مالهمش لازمه', 'بلا فايده', 'مجرم', 'حراميه', 'لصوص', 'كداب', 'كذاب', 'خونه', 'منافق', 'كسلان', 'كسالي',
      'ناقص', 'مقزز', 'اشمئزاز', 'اوسخ', 'احقر', 'اقذر', 'بشع', 'معفن', 'منتن', 'ارهابي', 'همجي', 'بربري', 'متوحش', 'بكرههم', 'بكرهكم',
      'بكرهم', 'بيكرهو', 'مش طايق', 'مبطيقش', 'مبطقش', 'بيقرفوني', 'ملهمش مكان', 'مالهمش مكان', 'مش مرحب', 'غير مرحب',
      // Filth, carrion, beasts and disease, singular and plural.
      ...atArabicWordStart('خره'), 'زفت', 'قاذورات', 'اوساخ', 'اقذار', 'نفايه', 'جيف', 'عفن', 'قرد', 'خنزير', 'جحش', 'ماشيه', 'ابالسه', 'ورم', 'الجرب', 'طفيليات',
      ...atArabicWordStart('دود'), 'ذباب', 'جراد', 'اوباش', 'منبوذين',
      // Contemptuous attributes in the feminine and the plurals.
      'قذره', 'قذرات', 'وسخه', 'مقرفين', 'مقرفه', 'مقززين', 'مقززه', 'حقيره', 'حقرا', 'تافهه', 'غبيه', 'جاهله', 'متخلفه', 'منحطين',
      'منحطه', 'سفله', 'اوغاد', 'وغد', 'انذال', 'نذل', 'واطيه', 'وضيع', 'دنيء', 'دنيئ', 'كذابين', 'منافقين', 'خاينين', 'مجرمين', 'ارهابيين',
      'متوحشين', 'همجيين', 'فاشلين', 'كسلانين', 'مجانين', 'مختلين', 'ناقصات عقل', 'ملعونين', 'ملاعين', 'نجسين', 'وصمه عار', 'معفنين',
      // Hatred, contempt and disgust felt, with the object suffixes and the dialects' present (ب-).
      'كرهي', 'اكرههم', 'نكرههم', 'بنكره', 'اكرهكم', 'ابغض', 'البغض', 'امقت', ...asArabicWord('المقت'), 'حقد', 'بحتقر', 'باحتقر', 'احتقرهم', 'استحقاري',
      'استجقار', 'احتقاري', 'ازدراء', 'ازدري', 'اشمئز', 'بشمئز', 'يشمئز', 'مشمئز', 'بيقرفني', 'بتقرفني', 'بقرف', 'اتقرف', 'قرفانين',
      'مش طايقهم', 'مبطيقهمش', 'مش قادر استحمل', 'مش قادره استحمل', 'مقدرش استحمل', 'لا اطيق', 'لا اتحمل', 'لا احتمل', 'مبحبهمش',
      'ما بحبهمش', 'مش بحبهم', 'غثيان',
      // Worth and humanity denied, nothing worse than them, their lives worth less than a shoe or a dog. Not "they do not
      // deserve" alone, which is what its object makes it ("ميستاهلوش احترام" hate, "ميستاهلوش يتعاملو وحش" not): a denial
      // of the good words after it (session 19).
      'اي قيمه', 'اي لازمه', 'ما تسواش', 'بتسواش', 'ميسواش', 'ما يسواش', 'ميسووش', 'لا يساوون',
      'مش بني ادمين', 'مش بشر', 'ليسو بشر', 'دون البشر', 'اقل من البشر', 'اقل من الحيوانات', 'اوطي من', 'احقر من', 'اسوا من', 'اسوء من',
      'اسواء من', 'مفيش حاجه اسو', 'ما فيش حاجه اسو', 'مافيش حاجه اسو', 'مفيش اسو', 'لا شيء اسو', 'جزمتي', 'صرمتي', 'حذائي', 'كلبي اذكي', 'كلبي احسن', 'قطتي اذكي', 'الكلب اذكي',
      'الكلاب اذكي', 'الحمار اذكي', 'الحمير اذكي', 'القرد اذكي', 'بتسوي اكتر من', 'بتسوي اكثر من', 'يسوي اكتر من', 'ليه حد يهتم',
      'ليه اي حد', 'مين يهتم بحياه', 'مين يهمه',
      // Malice and deceit, singular and plural; not deserving to live; mere objects; spreading like a disease.
      'خبثاء', 'خبثا', 'خبيث', 'خبيثه', 'اشرار', 'شرير', 'شريره', 'ملعون', 'ملعونه', 'حاقدين', 'غدارين', 'غدار', 'نصابين', 'نصاب', 'مخادعين',
      'مخادع', 'لئام', 'لئيم', 'ما يستاهلوش', 'مايستاهلوش', 'ما يستحقوش', 'مايستحقوش', 'ميستحقش', 'ما يستاهلش', 'ميستاهلش', 'لا يستحق',
      'مجرد ادوات', 'مجرد اشياء', 'مجرد سلعه', 'مجرد اداه', 'مجرد الات', 'زي المرض', 'زي الوباء', 'زي السرطان', 'كالسرطان', 'كالوباء',
      'مرض خبيث', 'مرض نفسي', 'مرض معدي',
      // "I hate" in Egyptian (بكره alone is also "tomorrow"), rats, sons of dogs, never trusted, never hired,
      // married or befriended, "I'd rather die than", a place in the kitchen, a cage or a zoo.
      'انا بكره', 'بكره كل', 'احنا بنكره', 'بنكره كل', 'فيران', 'زي الفار', 'ولاد كلب', 'ولاد كلاب', 'اولاد كلب', 'ابن كلب', 'بنت كلب',
      'ولاد وسخه', 'ولاد متناكه', 'ولاد شرموطه', 'مينفعش تثق', 'ما ينفعش تثق', 'متثقش في', 'ما تثقش في', 'لا تثق', 'لا يمكن الثقه',
      'مينفعش نثق', 'مش ممكن تثق', 'مش ممكن نثق', 'ملهمش امان', 'مالهمش امان', 'عمري ما هشغل', 'عمري ما اشغل', 'مستحيل اشغل',
      'عمري ما هتجوز', 'عمري ما اتجوز', 'مستحيل اتجوز', 'عمري ما هصاحب', 'عمري ما اصاحب', 'مستحيل اصاحب', 'عمري ما هأجر', 'عمري ما هاجر',
      // Who would hire, marry or befriend one, asked (as the Mandarin "谁会雇"): the verb comes before the group.
      ...['مين', 'مين ممكن', 'من', 'محدش', 'ماحدش', 'مفيش حد'].flatMap((who) => ['هيشغل', 'حيشغل', 'يشغل', 'يرضى يشغل', 'هيوظف', 'سيوظف', 'يوظف', 'هيتجوز', 'يتجوز', 'سيتزوج', 'هيصاحب', 'يصاحب'].map((verb) => `${who} ${verb}`)),
      'لن اوظف', 'لن اتزوج', 'لن اصادق', 'افضل اموت', 'افضل الموت', 'اموت ولا', 'الموت احسن من', 'مكانها المطبخ', 'مكانهم المطبخ',
      'مكانهن المطبخ', 'مكانهم الزريبه', 'مكانهم في قفص', 'مكانهم حديقه الحيوان',
      // Session 6, by class (from the language, not eval rows). Beasts, vermin, monsters and disease.
      'ثعابين', 'ثعبان', 'افاعي', 'حيات سامه', 'عقارب', 'مسوخ', 'مسخ', ...atArabicWordStart('بقر'), 'جاموس', 'بعوض', 'ناموس', 'قوارض', 'جرذ',
      'ديابه', 'ذئاب', 'ضباع', 'غربان', 'جيفه', 'بلاء', 'بلوه', 'كارثه', 'لعنه', 'نكبه علي', 'سموم', 'ايدز', 'اوبئه', 'جرثومه', 'طفيليين',
      ...asArabicWord(...atArabicWordStart('سوس')), ...atArabicWordStart('عته'), 'حمل تقيل', 'مرضي نفسيين', 'مرضي نفسي', 'مريض نفسي', 'مرضي عقليين', 'مختلين عقليا',
      // Contemptible attributes, masculine, feminine and plural: stupid, deviant, violent, ugly, corrupt,
      // dangerous, lying, greedy, worthless, pitiful, rude, backward.
      'غبيات', 'اغبيه', 'حمقي', 'حمقاء', 'اهبل', 'هبل', 'عبيط', 'عبط', 'بلهاء', 'بلها', 'سذج', 'رجعيين', ...atArabicWordStart('رجعي'), 'بدائيين', 'بدائي', 'جهلاء',
      'منحرفين', 'منحرف', 'منحرفه', 'منحلين', 'منحله', 'فاسدين', 'فاسد', 'فاسده', 'فسده', 'فاسقين', 'فاسق', 'فجار', 'فاجر', 'فاجره', 'عاهرات',
      'عنيفين', 'عنيف', 'دمويين', 'دموي', 'سفاحين', 'سفاح', 'قتله', 'بلطجيه', 'بلطجي', 'خطرين', 'خطيرين', 'خطر علي', 'تهديد', 'مؤذيين', 'مؤذي',
      'ضارين', 'قبيح', 'قبيحه', 'قبحاء', 'بشعين', 'شنيع', 'كريه', 'كريهين', 'بغيض', 'بغيضين', 'منفرين', 'مثيرين للاشمئزاز',
      'مثير للاشمئزاز', 'نتنين', 'منتنين', 'ريحتهم', 'ارذل', 'اراذل', 'رذيل', 'رذلاء', 'غشاشين', 'غشاش', 'لا يوثق', 'انانيين', 'اناني',
      'جشعين', 'جشع', 'طماعين', 'طماع', 'بخلاء', 'بخيل', 'ماكرين', 'مكارين', 'حقودين', 'وقحين', 'وقح', 'قليلين الادب', 'قليل الادب',
      'عديمي الفايده', 'عديمي الفائده', 'عديمين', 'ملهمش فايده', 'مالهمش فايده', 'بلا فائده', 'عديم الفائده', 'لا فائده منهم', 'مثيرين للشفقه',
      'مثير للشفقه', 'يثيرو الشفقه', 'بايخين', 'سخفاء', 'سخيف', 'فشله', ...asArabicWord(...atArabicWordStart('عار')), ' عاله علي', 'ضعاف العقول', 'ناقصين', 'ناقصه', 'دونيين', 'ادني من',
      'اقل شأنا', 'اقل قيمه', 'درجه تانيه', 'درجه ثانيه', 'متخلفين عقليا', 'معتوهين', 'معتوه', 'مجانين',
      // Cursing them ("تبا لـ", "يلعن ابو"), spitting on them, "to hell with them", where they belong.
      'تبا ل', 'تبًا ل', 'يلعن', 'الله يلعن', 'لعنه الله', 'تف علي', 'تفو علي', 'في داهيه', 'داهيه تاخد', 'في ستين داهيه', 'الي الجحيم', 'للجحيم',
      'في الجحيم', 'مكانهم السجن', 'مكانهم في السجن', 'مكانهم الزباله', 'مكانهم في الزباله', 'مكانهم الشارع', 'مكانهم مش هنا', 'مكانهم برا',
      'مكانهم تحت', 'مكانها البيت', 'مكانهم الجحيم', 'مكانهم النار',
      // Good for nothing, knowing and understanding nothing (the negation is the derogation's own); "طظ في".
      'مينفعوش', 'ما ينفعوش', 'ميعرفوش حاجه', 'ما يعرفوش حاجه', 'مبيفهموش', 'ما بيفهموش', 'ميفهموش', 'ولاد ستين', 'طظ في', 'طز في',
      // Session 7, by class: needless and unwanted ("ملهمش داعي", "محدش عايز"), not borne ("مبستحملش"), not respected (the
      // circumfix negation is the derogation's own), pests and herds, without morals or honour, beggars.
      'ملهمش داعي', 'ملهاش داعي', 'مالهمش داعي', 'مالهاش داعي', 'لا داعي لوجود', 'محدش عايز', 'محدش طايق', 'محدش بيحب', 'مبستحملش',
      'ما بستحملش', 'مش بستحمل', 'مبستحملهمش', 'مبطقهمش', 'ما بطيقهمش', 'متقرف', 'بيجيبولي القرف', 'يجيبولي القرف', 'مبحترمش', 'ما بحترمش',
      'مبحترمهمش', 'مبثقش', 'ما بثقش', 'مبحبش', 'ما بحبش', ...atArabicWordStart('افات', 'افه'), 'قطيع', 'مواشي', 'احفاد القرده', 'جرادين', 'جردون', 'جرذون', 'بلا اخلاق',
      'معندهمش اخلاق', 'ملهمش اخلاق', 'عديمي الاخلاق', 'عديمي الشرف', 'ملهمش شرف', 'بلا شرف', 'وحشين', 'شحاتين', 'متسولين', 'مستغلين',
      // What they are said to do to everyone else: steal, ruin, rule, spread disease, live off others; fit only for menial work; the house their place.
      'بيسرقو', 'يسرقو', 'بيخربو', 'يخربو', 'بيدمرو', 'بيعملو مشاكل', 'بيتحكمو في', 'يتحكمو في', 'بيسيطرو علي', 'مسيطرين علي', 'بينشرو الامراض',
      'بينشرو المرض', 'بياخدو شغلنا', 'بياخدو فلوسنا', 'عايشين علي حسابنا', 'عايشين علي قفانا', 'بيستغلو', 'مبيعرفوش', 'ما بيعرفوش', 'مزعجين',
      'مستفزين', 'مفيدين بس', 'ينفعو بس', 'ميصلحوش غير', 'مينفعوش غير', 'مكانهم البيت', 'مكانهن البيت', 'شحادين',
      // Session 39 (issue 17): taking or eating up what is ours (jobs, money, bread), in the participle, past and present of
      // the dialects; blamed as what is behind, causes or roots every misfortune ("اليهود ورا كل مصيبه").
      ...['سارقين', 'بيسرقو', 'سرقو', 'واخدين', 'ياخدو', 'اخدو', 'بياكلو', 'ياكلو', 'اكلو', 'ماكلين'].flatMap((taking) =>
        ['شغلنا', 'فلوسنا', 'خيرنا', 'رزقنا', 'وظايفنا', 'لقمتنا', 'لقمه عيشنا'].flatMap((ours) => [`${taking} ${ours}`, `${taking} من ${ours}`])),
      ...['ورا', 'وراء', 'سبب', 'اصل'].flatMap((cause) => ['كل مصيبه', 'كل المصايب', 'كل المصائب', 'كل مشكله', 'كل المشاكل', 'كل بلاء', 'كل شر', 'خراب البلد'].map((bad) => `${cause} ${bad}`)),
      // "Dying of" them (not "بموت في", adoring), and filth as what one has never seen the like of ("بوساخة").
      'بموت مال', 'بموت من', 'بوساخه', 'بواسخه', 'بالوساخه', 'بقذاره', 'بالقذاره',
      'زي الطاعون', 'كالطاعون', 'زي الجراد', 'زي الحشرات', 'زي الفيران', 'زي الصراصير', 'زي الكلاب', 'زي الحيوانات',
      // Session 35 (issue 17): breeding like rabbits.
      'بيتكاثرو', 'يتكاثرو', 'يتكاثرون', 'زي الارانب', 'كالارانب', 'مثل الارانب',
      // Session 35: the stomach turning at the sight of them.
      'نفسي بتقلب', 'نفسي تقلب', 'نفسي اترجع', 'بيقلبو معدتي', 'معدتي بتقلب',
      // Session 15, implicit derogation by frame: put with beasts or rubbish, sent back where they came from, barred
      // from marrying, having children or voting, worth less than a pet or a shoe (AR_PLACED, AR_SENT_BACK, AR_BARRED,
      // AR_BELOW); "the thing I hate most"; what they do to the speaker (annoy, provoke, disgust: the verb carries them).
      ...AR_PLACED, ...AR_SENT_BACK, ...AR_BARRED, ...AR_BELOW, ...AR_NONE_WORSE, ...AR_MOST_OF,
      // Session 26: unable to think (every person of the verb), ashamed to be alive.
      'مبتعرفش تفكر', 'ما بتعرفش تفكر', 'مبيعرفوش يفكرو', 'ميعرفوش يفكرو', 'مش بيعرفو يفكرو', 'متقدرش تفكر', 'ميقدروش يفكرو', 'مبيفكروش',
      'مبيجيبوش غير المشاكل', 'ما بيجيبوش غير المشاكل', 'مش بيجيبو غير المشاكل', 'لا يجلبون الا المشاكل', 'لا يجلبون سوي المشاكل', 'ضد الطبيعه', 'عكس الطبيعه',
      'لا يستطيعون التفكير', 'لا تستطيع التفكير', 'عاجزين عن التفكير', 'عاجزون عن التفكير', 'عاجزات عن التفكير',
      'يتكسفو انهم عايشين', 'يخجلو انهم عايشين', 'يتكسفو من وجودهم', 'يخجلو من وجودهم', 'يخجلون من وجودهم', 'يخجلون انهم احياء', 'اكتر حاجه بكره', 'اكتر ناس بكره', 'اكثر شيء اكره', 'بكرهها',
      'بيضايقوني', 'بيستفزوني', 'بيعصبوني', 'بيزهقوني', 'بيخنقوني', 'بيبوظو', 'يبوظو', 'بيوسخو',
      // Session 19, implicit derogation by class: a disease of society (مرض alone is an illness); a place gone to ruin since
      // they came (Egyptian "باظ", "اتخرب" with "since"); told to thank God or us for being let live here ("لازم يحمدو
      // ربنا اننا", that we..., not "انهم نجو", their own survival); good for nothing but chores ("لا يصلحن الا"); ruining whatever they touch; kept
      // away from our children (the imperative plural, or "away from our children").
      // Session 21: nothing in their heads, an empty head ("مفيش في دماغهم حاجه", "مخهم فاضي").
      ...['مفيش في', 'مافيش في', 'مفيش حاجه في', 'مافيش حاجه في'].flatMap((none) => ['دماغهم', 'دماغها', 'دماغهن', 'مخهم', 'مخها', 'راسهم', 'راسها'].map((head) => `${none} ${head}`)),
      'مخهم فاضي', 'مخها فاضي', 'دماغهم فاضيه', 'دماغها فاضيه', 'بلا عقل', 'بدون عقل', 'معندهمش عقل', 'معندهاش عقل', 'معندهمش مخ', 'معندهاش مخ',
      // Session 21: not yet down from the trees, still living in the caves or the middle ages.
      ...['لسه نازلين من', 'نازلين من', 'لسه نازلين', 'نزلو من', 'لسه نازل من'].flatMap((down) => [`${down} علي الشجر`, `${down} الشجر`, `${down} فوق الشجر`]),
      ...['عايشين في', 'عايشين ف', 'لسه في', 'يعيشون في', 'يعيشو في'].flatMap((live) => ['العصور الوسطي', 'القرون الوسطي', 'العصر الحجري', 'الكهوف'].map((age) => `${live} ${age}`)),
      'مرض في المجتمع', 'مرض المجتمع', 'مرض للمجتمع', 'مرض في البلد', 'امراض المجتمع', 'مرض اجتماعي', 'داء المجتمع',
      ...['باظ', 'باظت', 'اتخرب', 'اتخربت', 'خربت', 'اتدمر', 'اتدمرت', 'بقي زباله', 'بقت زباله', 'بقي مقرف', 'بقت مقرفه', 'بقي خرابه', 'بقت خرابه']
        .flatMap((ruined) => ['من ساعه ما', 'من يوم ما', 'من وقت ما', 'لما جم', 'بعد ما جم'].map((since) => `${ruined} ${since}`)),
      ...AR_MUST.flatMap((must) => ['يحمدو ربنا اننا', 'يحمدو ربنا ان احنا', 'يحمدو الله اننا', 'يشكرونا', 'يبوسو ايدينا', 'يبوسو رجلينا', 'يبوسو الارض', 'يكونو ممتنين', 'يكونو شاكرين'].map((thank) => `${must} ${thank}`)),
      'يجب ان يشكرونا', 'عليهم ان يشكرونا', 'سايبينهم عايشين', 'سايبينهم يعيشو', 'مخليينهم عايشين',
      'لا يصلحن الا', 'لا يصلحون الا', 'لا يصلحو الا', 'لا ينفعن الا', 'لا ينفعون الا', 'ما يصلحوش غير', 'مبيصلحوش غير', 'ما ينفعوش غير', 'مبينفعوش غير', 'ميصلحوش الا', 'مينفعوش الا',
      'يفسدون كل', 'يفسدو كل', 'بيفسدو كل', 'يخربون كل', 'بيخربو كل', 'يدمرون كل', 'بيدمرو كل', 'كل حاجه يلمسوها', 'كل حاجه بيلمسوها', 'كل شيء يلمسونه', 'كل ما يلمسونه', 'كل شي يلمسوه',
      'ابعدو ', 'ابعدوهم عن', 'بعيد عن اطفالنا', 'بعيدا عن اطفالنا', 'بعيد عن ولادنا', 'بعيد عن عيالنا',
      // Session 24, implicit derogation by class, Standard and Egyptian: nothing ever invented, built or given by them;
      // crime following them or brought by them; living off our taxes; a place better before they came, or without them.
      'لم يخترعو', 'لم يبتكرو', 'لم يقدمو شيئا', 'لم يقدمو اي شيء', 'لم يضيفو شيئا', 'لم يبنو شيئا', 'لم ينجزو شيئا', 'لا يقدمون شيئا',
      'لا يضيفون شيئا', 'لا يساهمون بشيء', 'ما اخترعوش', 'مخترعوش', 'ما قدموش', 'مقدموش', 'ما عملوش حاجه مفيده', 'معملوش حاجه مفيده',
      'تتبعهم الجريمه', 'الجريمه تتبعهم', 'الجريمه وراهم', 'الجريمه معاهم', 'يجلبون الجريمه', 'يجلبون معهم الجريمه', 'بيجيبو الجريمه',
      'جابو الجريمه', 'بيجيبو معاهم',
      // Nothing good in them; their lives do not matter.
      'مفيش حاجه كويسه في', 'ما فيش حاجه كويسه في', 'مافيش حاجه كويسه في', 'مفيهمش حاجه كويسه', 'ما فيهمش حاجه كويسه', 'لا يوجد شيء جيد في', 'لا شيء جيد في', 'لا تهم.', 'لا تهم ', 'ما تهمش', 'حياتهم مش مهمه', 'علي ضرائبنا', 'علي ضرايبنا', 'من ضرائبنا', 'من ضرايبنا', 'علي حساب دافعي الضرائب', 'علي قفانا',
      ...['افضل', 'احسن', 'اامن', 'انضف', 'اهدي'].flatMap((better) => ['قبل مجيء', 'قبل مجيئ', 'قبل وصول', 'قبل ما ييجو', 'قبل ما يجو', 'قبل ما يوصلو', 'من غيرهم', 'بدونهم']
        .flatMap((before) => [`${better} ${before}`, `${better} بكثير ${before}`, `${better} بكتير ${before}`])),
      // Session 27, classes read from translations of English HateCheck templates no Multilingual HateCheck dev row uses:
      // food one of them touched refused and one of them dead no different from a dead rat, the negation their own; caged;
      // one of them in charge the worst decision; rather die than date one; nothing hated more; uncivilised by nature;
      // filling one with rage; never to be believed; damned; hated as "them" in the next sentence.
      ...['لن اكل ابدا', 'لن اكل', 'مش هاكل', 'عمري ما هاكل'].flatMap((never) => ['طعاما', 'طعام', 'اكل']
        .flatMap((food) => ['لمسه', 'لمسته', 'طبخه', 'اعده', 'حضره'].map((touched) => `${never} ${food} ${touched}`))),
      ...['لا اري اي فرق بين', 'لا فرق بين', 'مفيش فرق بين', 'ما فيش فرق بين'].flatMap((same) => ['جرذ ميت', 'فار ميت', 'كلب ميت', 'حيوان ميت', 'صرصور ميت']
        .map((dead) => `${same} ${dead}`)),
      'في اقفاص', 'في الاقفاص', 'في قفص', 'في حديقه الحيوان', 'في حديقه حيوانات',
      'القياده اسوا قرار', 'القياده هو اسوا', 'القياده اسوا', 'القياده كارثه', 'القياده مصيبه', 'الحكم كارثه',
      'افضل ان اموت', 'افضل الموت علي', 'اموت ولا اتجوز', 'اموت ولا ارتبط', 'افضل ان اصاب بالسرطان',
      'لا يوجد شيء في العالم اكرهه', 'لا شيء اكرهه اكثر من', 'لا اكره شيئا اكثر من', 'مفيش حاجه بكرهها اكتر من',
      'غير متحضرين', 'غير متحضرات', 'غير متحضره', 'من طبيعتهم',
      'يملانني غضبا', 'يملاونني غضبا', 'يملاني غضبا', 'يملؤني غضبا', 'يملانني بالغضب', 'يثيرون غضبي', 'يثرن غضبي', 'بيجننوني', 'بيعصبوني',
      'لا تصدق ابدا', 'لا تصدق كلمه', 'لا تصدقو كلمه', 'متصدقش كلمه', 'ما تصدقش كلمه', 'لا تثق ابدا في', 'لا تثق ابدا ب',
      'اللعينات', 'اللعينين', 'اللعينون', 'الملعونين', 'الملعونات',
      'اكرههم', 'اكرههن', 'نكرههم', 'احتقرهم', 'احتقرهن', 'امقتهم', 'امقتهن', 'بكرههم',
      // Session 30, implicit derogation by class (probes of our own, no eval row; the negation inside each entry is its own):
      // the kitchen as their place; no one going out since they came; thinking of nothing but money; kept from children;
      // not of this country; an opinion that matters to no one; better never born; a mistake of nature.
      'هو المطبخ', 'مكانهم المطبخ', 'مكانهن المطبخ', 'مكانها المطبخ', 'مكانهن في المطبخ', 'محدش بيخرج', 'محدش بقى يخرج', 'لا احد يخرج',
      'الا في المال', 'الا في الفلوس', 'غير في الفلوس', 'يبعدو عن ولادنا', 'يبعدو عن اولادنا', 'يبعدو عن اطفالنا', 'بعيد عن ولادنا', 'بعيد عن اطفالنا',
      'يبتعدو عن اطفالنا', 'مش من البلد', 'مش مننا', 'ليسو منا', 'لا يهم احدا', 'ميهمش حد', 'ما يهمش حد', 'محدش يهمه',
      'ماكانش لازم يتولدو', 'مكانش لازم يتولدو', 'ما كانش لازم يتولدو', 'ما كان لازم يتولدو', 'لم يكن يجب ان يولدو', 'غلطه من الطبيعه', 'خطا من الطبيعه', 'خطا طبيعي',
      // Session 30, negative attributes and rhetorical questions by class: hysterical, aggressive; who in their right mind would
      // live beside them, how anyone can trust them, why they are still let in.
      'هستيريات', 'هستيريين', 'هستيريون', 'عدوانيين', 'عدوانيون', 'عدوانيات', 'مين عاقل', 'مين يرضى يسكن', 'من يرضى ان يسكن', 'من يقبل ان يعيش',
      'ازاي ممكن حد يثق', 'ازاي حد يثق', 'ازاي تثق في', 'كيف يمكن الوثوق', 'كيف يثق احد', 'ليه لسه بندخل', 'ليه بندخل', 'لماذا نسمح بدخول', 'ليه بنسمح',
      // Session 32, implicit derogation by class: cleaner without them (not "better without", said of a war: "عايشين احسن بدون
      // حرب"), no more of them needed, owned by men.
      'انظف بدون', 'انظف من غير', 'لا نحتاج المزيد', 'لا نريد المزيد', 'مش محتاجين تاني', 'ملك لازواج', 'ملك لزوج', 'ملك للرجال', 'ملك للراجل',
      // Session 34 (issue 17), Levantine, Gulf and Standard forms of what the grammar read in Egyptian: "we don't want" (the
      // Gulf "نبي", "نبغى", the Levantine "بدنا", the Maghrebi "بغينا": "ما بدنا حرب" names no group); nothing but trouble from them; good for nothing
      // and ruin brought (AR_FIT_FOR_NOTHING, AR_RUINED); told to get out; barred by name ("امنعوا المسلمين", the imperative
      // with its object's article: "امنعوا التدخين" names no group); asked why they are let be or not sent back.
      'ما نبي', 'مانبي', 'ما نبغي', 'ما بدنا', 'مابدنا', 'ما نريد', 'ما بغيناش', 'مابغيناش',
      'ما بيجي منهم غير', 'ما يجي منهم غير', 'ما يجي منهم الا', 'ما بيجيبو غير', 'ما بيجيبوا غير', 'ما يجيبون غير', 'ما يجيبون الا',
      ...AR_FIT_FOR_NOTHING, ...AR_RUINED, 'اطلعو برا', 'اطلعوا برا', 'اطلعو من بلدنا', 'اطلعوا من بلدنا',
      'امنعو ال', 'ليش نسمح', 'ليش بنسمح', 'ليه نسمح', 'لماذا نسمح', 'ليش نخليهم', 'ليش ما يرجعو', 'ليش ما يرجعون', 'ليه ما يرجعو', 'ليه ميرجعوش', 'لماذا لا يعودون',
      // Unbelievers, Magians and ISIS said of a sect (كفار read whole: كفاره is atonement); filth; cheap and fallen, of women
      // in the feminine plural.
      ...asArabicWord('كفار'), 'مجوس', 'دواعش', 'قذاره', 'رخيصات', 'ساقطات',
      // Maghrebi words of contempt: rubbish (زبل read whole: مزبله is a dump), stinking, stupid, filthy.
      ...asArabicWord(...atArabicWordStart('زبل')), 'خانزين', 'خانز', 'مكلخين', 'مكلخ', 'موسخين', 'بوزبال',
    ],
    violence: withFeminineObject(['قتل', 'اقتل', 'نقتل', 'يقتل', 'ابيد', 'اباده', 'طرد', 'اطرد', 'ترحيل', 'اعدام', 'يتشنق', 'شنق', 'حرق', 'احرق', 'ذبح', 'اذبح', 'اغتصب', 'نهاجم', 'هاجم', 'نخلص', 'يغور', 'نقضي عليهم', 'غرقنا', 'نغرق', 'اغرق', 'بالرصاص', 'هضرب', 'اضرب', 'نضرب', 'هقتل', 'هنقتل', 'نحرق', 'هحرق', 'يتحرقو', 'يتقتلو', 'يندبحو', 'ندبح', 'نطرد', 'يطردو', 'يترحلو', 'نبيد', 'يتعدمو', 'لازم يموتو',
      // The colloquial "let them die" ends its word; the standard present "يموتون" (they die) reports.
      ...asArabicWord('يموتو'),
      // By class: slaughter, beating and torture aimed at them (with the object suffix, the future or the
      // passive: the bare roots also name a feast's sacrifice or violence a group suffers), shooting,
      // bombing, extermination and being rid of them.
      'ندبحهم', 'نذبحهم', 'ادبحوهم', 'اذبحوهم', 'يتدبحو', 'هدبح', 'هذبح', 'نضربهم', 'اضربوهم', 'يتضربو', 'نعذبهم', 'عذبوهم', 'يتعذبو', 'رصاص', 'اطلق النار', 'هطلق النار', 'ضرب نار', 'هفجر', 'نفجر', 'تفجير', 'اباده', 'نبيد', 'يبيد',
      'خلص عليهم', 'نخلص منهم', 'التخلص منهم', 'نعدم', 'اعدام', 'اغتصاب', 'اموتهم', 'نموتهم', 'يرجعو بلادهم',
      'يرجعوا بلادهم', 'يطلعو برا', 'برا البلد',
      // Death wished on them ("الله ياخدهم", "الموت لـ"), "they must die / be killed", being rid of them.
      'الله ياخد', 'ربنا ياخد', 'الله ياخذ', 'يموتو كلهم', 'الموت لل', 'لازم يتقتلو', 'لازم نقتل',
      'لازم نخلص', 'نتخلص منهم',
      // Session 39: God asked to rid us of them ("يا رب تخلصنا من", "الله يخلصنا من").
      ...['يا رب', 'يارب', 'الله', 'ربنا'].flatMap((god) => ['تخلصنا من', 'يخلصنا من', 'خلصنا من'].map((rid) => `${god} ${rid}`)),
      'يجب قتل', 'يجب اباده', 'يجب طرد', 'يجب ترحيل', 'يجب اعدام',
      'يجب حرق',
      // Session 19: uprooting them ("يجب استئصاله", "نجتثهم"): surgery's word, said of a group.
      'استيصالهم', 'استيصاله', 'استيصالها', 'يجب استيصال', 'لازم استيصال', 'نستاصلهم', 'اجتثاثهم', 'نجتثهم', 'يجب اجتثاث',
      // Hanging, trampling, crushing, wiping out, stabbing, strangling, burning, burying and drowning them, with
      // the object suffix or the imperative plural (the bare roots, "يموتون", "تطهير", also tell what a group
      // suffers).
      'يتعلقو', 'نعلقهم', 'اعلقهم', 'علقوهم', 'يتشنقو', 'نشنقهم', 'اشنقهم', 'من رقابهم', 'من رقبتهم', 'نسحلهم', 'يتسحلو', 'ندوسهم',
      'نسحقهم', 'سحقهم', 'نمسحهم', 'امسحهم', 'يتمسحو', 'نبيدهم', 'ابيدهم', 'يتبادو', 'ابادتهم', 'هطعن', 'اطعن', 'نطعنهم', 'طعنهم',
      'هخنق', 'اخنقهم', 'نخنقهم', 'نكسر عضم', 'نولع فيهم', 'ولعو فيهم', 'نحرقهم', 'احرقهم', 'احرقوهم', 'هحرق', 'نفرمهم', 'ندفنهم',
      'ادفنهم', 'نعدمهم', 'اعدموهم', 'اقتلوهم', 'اقتلو', 'اطردوهم', 'ارحلوهم', 'رحلوهم', 'ترحيلهم', 'نطردهم', 'نرحلهم', 'نرميهم', 'ارميهم',
      'نغرقهم', 'اغرقهم', 'هقتلهم', 'هدبحهم', 'هفجرهم', 'هطخ', 'اطخ', 'نطخ', 'طخهم', 'هغتصب', 'اغتصبهم', 'نغتصب',
      // The Egyptian future (ه-) of killing, running over, cutting throats, burying, poisoning, liquidating.
      'هموتهم', 'هموتكم', 'هدهس', 'ندهس', 'ندهسهم', 'هدوس', 'هقطع رقاب', 'نقطع رقاب', 'هدفن', 'هخلص علي', 'هصفي', 'نصفيهم', 'هسمم', 'نسممهم',
      'هشنق', 'هعذب', 'هولع في', 'يتسجنو', 'يتحبسو', 'يتطردو', 'يتصفو', 'يتسممو', 'طردهم', 'سجنهم', 'نفيهم',
      // The Standard future (س-, سوف) of killing, slaughter, burning, shooting and beating.
      'ساقتل', 'سنقتل', 'سيقتل', 'سوف اقتل', 'سوف نقتل', 'ساذبح', 'سنذبح', 'ساحرق', 'سنحرق', 'ساطلق النار', 'سنطلق النار', 'سنبيد', 'ساضرب',
      'سنضرب',
      // "We (will) hang, throw out, jail, torture, drag" with the group as the object noun (read inside the
      // future "هن-" too), and the threat idioms of gouging eyes and breaking heads.
      'نشنق', 'اشنقو', 'نرمي', 'ارمو', 'نسجن', 'نحبس', 'نعذب', 'نسحل', 'نولع في', 'نطلع عين', 'هطلع عين', 'اطلع عين', 'نفقع عين', 'هفقع عين',
      'اخزق عين', 'نكسر راس', 'هكسر راس', 'هكسر دماغ', 'نكسر دماغ', 'هفشخ', 'نفشخ', 'افشخ',
      // The world better off without them (the future: "better without war" is no call).
      'احسن من غيرهم', 'احسن بدونهم', 'افضل بدونهم', 'افضل من غيرهم', 'هتبقى احسن من غير', 'هيبقى احسن من غير', 'حتبقى احسن من غير',
      'هتكون احسن من غير', 'هتبقى احسن بدون', 'هتكون افضل بدون', 'ستكون افضل بدون', 'سيكون افضل بدون', 'احسن لو ماتو', 'احسن لو اختفو',
      // Session 6: "must" and "should" with the passive and the first person plural; the
      // Egyptian (ه-, هن-) and Standard (س-, سوف) futures of other violent verbs; the imperative plural.
      'لازم يتحرقو', 'لازم يتشنقو', 'لازم يتضربو', 'لازم ينضربو', 'لازم يتسجنو', 'لازم يترحلو', 'لازم يتطردو', 'لازم يتدبحو', 'لازم يتبادو',
      'لازم يختفو', 'لازم يمشو من', 'لازم نموتهم', 'لازم نحرقهم', 'لازم نطردهم', 'لازم نضربهم', 'لازم نبيدهم', 'لازم نمسحهم', 'لازم نعدمهم',
      'يجب ان يموتو', 'يجب ان يقتلو', 'يجب قتلهم', 'يجب التخلص', 'يجب ان يعدمو', 'يجب ابادتهم', 'يجب حرقهم', 'يجب شنقهم', 'يجب طردهم',
      'يجب ترحيلهم', 'يجب سجنهم', 'يجب ضربهم', 'يجب ان يختفو', 'يجب ان يختفي', 'لازم يختفي', 'يجب ان ينقرضو', 'لازم ينقرضو', 'ينبغي قتل', 'ينبغي التخلص', 'ينبغي طرد', 'ينبغي ابادت', 'لا بد من قتل', 'لابد من قتل',
      'لا بد من التخلص', 'لابد من التخلص', 'هدمر', 'ندمر', 'هندمر', 'هنضرب', 'هنكسر', 'هعلق', 'هنعلق', 'هسحل', 'هنسحل', 'هرمي', 'هنرمي',
      'هخلص عليهم', 'هنخلص عليهم', 'هنخلص منهم', 'هبيد', 'هنبيد', 'هنحرق', 'هنطرد', 'هطرد', 'هرحل', 'هنرحل', 'هقطع', 'هنقطع', 'هدفنهم',
      'هاذيهم', 'هاذي كل', 'ناذيهم', 'هعورهم', 'هشوه', 'هرش', 'هرشهم', 'هحط رصاصه', 'رصاصه في', 'طلقه في', 'هفتح النار', 'هنفتح النار',
      'ساحرق', 'سابيد', 'ساشنق', 'ساطعن', 'سادمر', 'سندمر', 'سنطرد', 'ساطرد', 'سنقضي', 'سانهي', 'سنبيد', 'سنشنق', 'سنعدم', 'سوف نقضي',
      'سوف احرق', 'سوف اذبح', 'سوف ادمر', 'سوف اطرد', 'سوف نطرد', 'اقضو عليهم', 'احرقوا', 'اضربوا', 'اذبحوا', 'ادبحوا', 'اشنقوا', 'اعدموا',
      'اطردوا', 'ارحلوا', 'موتوا', 'اقتلوا', 'الموت ل', 'الموت لكل', 'يتقتلو كلهم', 'يتحرقو كلهم', 'يموتو كلهم', 'محدش فيهم يعيش', 'هموت كل', 'هموت اي', 'هكسر رقب', 'نكسر رقب', 'اكسر رقب',
      // Session 7: taking their lives ("هطلع بروح"), wiping them out (فني), thrown out of the country, made to suffer, life better without them.
      'هطلع بروح', 'هطلع روح', 'نطلع روح', 'هنطلع روح', 'نفني', 'هنفني', 'هفني', 'يتفنو', 'افنوهم', 'نخلص من', 'نتخلص من', 'يتقلعو',
      'يتشالو', 'نشيلهم', 'يمشو من بلدنا', 'يطلعو من بلدنا', 'يتطردو من', 'نرجعهم بلادهم', 'هخليهم يعانو', 'هخليهم يتعذبو',
      'هنخليهم يعانو', 'هخليهم يندمو', 'هنخليهم يندمو', 'احسن مية مرة', 'كانت هتبقي احسن', 'هتبقي احسن',
      // Session 15, by class: deserving death or violence, one of them or all (AR_DESERVING); the sworn first person
      // ("والله لاقتل"); thrown into the sea, drowned.
      ...AR_DESERVING, 'لاقتل', 'لادبح', 'لاذبح', 'لاحرق', 'لاولع في', 'لاضرب', 'لاكسر', 'لاطلع روح', 'يترمو في البحر', 'يترمو في الزباله',
      'نرميهم في', 'يتغرقو في البحر', 'نغرقهم في',
      // Session 27 (see the derogation): necks broken and throats cut, made to suffer, hurt, someone to finish them.
      ...['كسر', 'قطع', 'ذبح'].flatMap((cut) => ['اعناق', 'رقاب', 'حناجر'].map((neck) => `${cut} ${neck}`)),
      'ساجعلهم يعانون', 'سنجعلهم يعانون', 'هخليهم يتعذبو', 'ساوذيك', 'ساؤذيك', 'سنؤذيكم', 'سنوذيكم', 'يقضي احد علي', 'يقضي احدهم علي', 'يقضي احد ما علي',
      // Session 34: the Levantine and Gulf passive in ن- ("لازم ينحبسوا") and the Standard one ("يُبادوا", its vowel dropped)
      // after "must".
      ...AR_MUST.flatMap((must) => ['ينحرقو', 'ينقتلو', 'ينطردو', 'ينشنقو', 'ينحبسو', 'ينسجنو', 'ينذبحو', 'يندبحو', 'ينعدمو', 'يبادو', 'يقتلو', 'يطردو', 'يرحلو'].map((done) => `${must} ${done}`)),
    ]),
    // Session 32: leaders, in the feminine plural and the broken plural ('لن يكن قائدات جيدات').
    worth: ['قائدات', 'قاده', 'ذكي', 'اذكيا', 'شاطرين', 'قيمه', 'مهم', 'بشر', 'انسان', 'بني ادمين', 'متساوي', 'مرحب', 'يعيش', 'يعيشو', 'عيش', 'حياه', 'احترام', 'حقوق', 'مكان', 'ثقه', 'كويسين', 'طبيعي', 'طبيعيين', 'مفيد', 'مفيدين', 'شفقه', 'رحمه', 'يستاهلو', 'يستحقو',
      'ادميين', 'بني ادم', 'كرامه', 'تعاطف', ' لازمه', 'فايده', 'زي بقيه', 'زي باقي', 'زينا', 'مساوين', 'مواطنين', 'زي الناس',
      // Good qualities hate denies: understanding, honest, respectable, clean, capable, trusted, hired, married.
      'يفهمو', 'بيفهمو', 'يفهم', 'بيفهم', 'ذكاء', 'اذكياء', 'امناء', 'امين', 'صادقين', 'صادق', 'شرفاء', 'شريف', 'محترمين', 'محترم', 'نضاف',
      'نظاف', 'نظيف', 'نظيفين', 'قادرين', 'قادر', 'كفء', 'اكفاء', 'موهوبين', 'ناجحين', 'مرغوب', 'اثق', 'هثق', 'نثق', 'تثق', 'يوثق', 'الثقه',
      'يتوظفو', 'اشغل', 'اوظف', 'اتجوز', 'اصاحب', 'زي الرجاله', 'زي الرجال', 'ينفعو', 'بينفعو', 'فايدتهم', 'اهميه', 'يحترمو', 'نحترم', 'احترمهم',
      'بحترم', 'احترم', 'حترم', 'بثق', 'عايزين', 'يصوت', 'يشتغل', 'يتجوز', 'يحكم', 'يقود', 'مناصب', 'احب', 'نحب',
      // Session 15: trusted (Standard), deserving respect or a life (AR_DESERVED).
      'الوثوق', ...AR_DESERVED,
      // Session 21: of use to the country, qualified ("مش بيفيدو البلد", "لسن مؤهلات").
      'يفيدو', 'بيفيدو', 'يفيدون', 'تفيد', 'مؤهل', 'مؤهلين', 'مؤهلات',
      // Session 17, by class: the ability to lead or rule and fitness for it, a mind, contributing, adopting, renting to, real men
      // and women, taken seriously, citizenship ("الجنسيه" alone is also a sexual identity), belonging. A leading space keeps a word
      // from matching inside another ("لازمه", needed, inside "الازمه", the crisis).
      'القدره', 'قدره على', 'القياده', 'للقياده', 'للحكم', 'يصلحو', 'يصلحون', 'يصلحن', ' عقل', 'يساهمو', 'يساهمون', 'يتبنو', 'التبني', 'ااجر',
      'رجاله بجد', 'ستات بجد', 'رجال حقيقيين', 'نساء حقيقيات', 'على محمل الجد', 'ياخدو الجنسيه', 'يتجنسو', 'التجنيس', ' مننا', 'جزء من المجتمع', 'جزء من البلد', 'جزء من الشعب', 'جزء من مجتمعنا',
      // Session 19: like us (Standard), trusted in the passive, honesty, and good in them ("لا خير في": no good in).
      'مثلنا', 'مثل البشر', 'مثل باقي', 'مواطن كويس', 'مواطنين كويسين', 'مواطن صالح', 'مواطنا صالحا', 'مواطنين صالحين', 'يصلحو', 'يتوثق', 'يتامن', 'الامانه', ' امانه', 'خير في', 'خير منهم', 'فيهم خير', 'فيهم اي خير', 'منهم خير',
      // Session 34: honour (a leading space: شرف is inside اشرف, نشرف); the Maghrebi "human being".
      ' شرف', 'بنادم', 'بنادمين',
      // Session 37: morals ("ليس عندهم أخلاق").
      'اخلاق'],
    // Not letting them (live, stay): the prohibition's whole verb first, its span ends where the reach to the good word starts.
    denial: ['معنديش', 'ماعنديش', 'ما عنديش', 'معندناش', 'ميستاهلوش', 'ما يستاهلوش', 'ميستحقوش', 'ما يستحقوش', 'لا يستحقون', 'لا يستحقوا', 'لا يستحقو', 'عمري ما', 'عمرنا ما', 'مش لازم نسمح', 'لازم منسمحش', 'ما نسمحش', 'منسمحش', 'مش هنسمح', 'لن نسمح', 'لا نسمح', 'يجب الا نسمح', 'لا يجب ان نسمح',
      'مش هنخلي', 'منخليش', 'ما نخليش', 'متخليش', 'ما تخليش', 'لا تدع', 'لا تدعو', 'عمركم ما', 'عمرك ما', 'محدش', 'ماحدش', 'ما حدش', 'عمرهم ما', 'عمره ما', 'عمرها ما', 'عمرهن ما', 'لا يمكن', 'مستحيل', 'مش ', 'ملهاش', 'مالهاش', 'ملهومش', 'مالهومش', 'ما لهاش', 'ما لهمش', 'لن ', 'ليس', 'ليسو', 'لا ', 'مفيش', 'ماعندهمش', 'معندهمش', 'ملهمش', 'ماليهمش', 'ابدا', 'مينفعش', 'ما ينفعش', 'ما عندهمش', 'ما عندهومش', 'ما عندهاش',
      // Session 21: Standard "they (f.) are not", "you are not", "she is not".
      'لسن', 'لستم', 'لستن', 'ليست',
      // Session 34: the Levantine and Gulf "they have no" ("ما لهم قيمة", "ما عندهم شرف"), the Maghrebi "not" ("ماشي بنادم").
      'ما لهم', 'ما لهن', 'ما الهم', 'ما الهن', 'ما عندهم', 'ما عندهن', 'ماعندهم', 'ما عدهم', 'ماشي ',
      // Session 38: the Levantine and Gulf "not" (مو، مب) and "there is no" (ما في، مافي), the Egyptian one with its ش (مافيش),
      // "not a single one" ("ما في يهودي محترم", "السود مو بشر", "ولا واحد منهم نضيف").
      'مو ', 'مب ', 'ما في ', 'مافي ', 'ما فيه ', 'مافيه ', 'مافيش', 'ما فيش', 'ولا واحد', 'ولا وحده', 'ولا حدا', 'ولا حد '],
    // The prohibitives, and the plain negations of Standard Arabic and the dialects (مش، مو، مب، مفيش); not
    // "ما", which opens the dialects' circumfix negation of a verb ("ما بطقش", can't stand: a derogation of
    // its own) and is also "what" and part of "until" (لحد ما).
    negation: [
      'ما يصحش', 'مينفعش', 'لا يجب', 'لا ينبغي', 'لن نسمح', 'ممنوع', 'ما ينفعش', 'مش ', 'مو ', 'مب ', 'ليس', 'ليسو', 'لسن', 'لا ', 'لم ',
      'لن ', 'مفيش', 'مافيش', 'ولا ', 'ابدا', 'مطلقا',
      // "They are not", "they never were" (not "عمري ما", I never: "عمري ما شفت أوسخ منهم" says they are).
      'عمرهم ما', 'عمرهن ما', 'ماهمش', 'مهمش', 'مهماش', 'ماهماش', 'مكانوش', 'مبقوش', 'لسنا', 'لستم', 'ليست', 'لا يمكن', 'مستحيل',
      // Session 21: not deserving it ("ميستاهلوش يتطردو": they don't deserve to be thrown out), nobody ("محدش يستاهل يتقتل"),
      // "must not" written as one word.
      'ميستاهلوش', 'ما يستاهلوش', 'ميستحقوش', 'ما يستحقوش', 'ميستاهلش', 'ما يستاهلش', 'ميستحقش', 'ما يستحقش', 'محدش', 'ماحدش', 'ما حدش', 'ماينفعش',
      // Session 34: the Maghrebi "not" ("ماشي بنادم"); Egyptian "ماشي" (OK) is followed by no derogation of its own.
      'ماشي ',
    ],
    // Not understanding why anyone would care ("مش فاهم ليه"): the clause after it is what is meant.
    // Session 19: "never have I seen" ("لم أر قط أناسا أقذر منهم") ranks them first, as NEVER_SEEN does in the Latin grammars.
    affirming: ['الا ', 'ار قط', 'اري قط', 'ار ابدا', 'رايت قط', 'نر قط', 'غير ', 'بس ', 'اكتر من', 'اكثر من', 'مجرد', 'فاهم ليه', 'فاهمه ليه', 'عارف ليه', 'عارفه ليه',
      // Session 21: "not less" denies no worth ("X مش اقل ذكاء من حد").
      'اقل '],
    conditional: ['لو ', 'اذا ', 'لولا', 'ان كان', 'لما '],
    // Session 39: who would trust, respect, marry or hire one, and what use they are, the group closing the question ("من يثق في
    // X؟", "ما فائدة X؟"; not "من يساعد اللاجئين؟", "من يحترم حقوق المهاجرين؟").
    closing: {
      before: [
        ...['من', 'مين', 'منو', 'مين اللي', 'من الذي', 'مين ممكن', 'من سوف'].flatMap((who) => ['يثق في', 'يثق ب', 'بيثق في', 'بيثق ب', 'هيثق في', 'سيثق في', 'سيثق ب', 'يصدق',
          'بيصدق', 'هيصدق', 'يحترم', 'بيحترم', 'هيحترم', 'سيحترم', 'يطيق', 'بيطيق', 'يتزوج', 'يتجوز', 'بيتجوز', 'هيتجوز', 'سيتزوج', 'عايز يتجوز', 'يبي يتزوج', 'بده يتجوز',
          'يرضي يتجوز', 'يريد الزواج من', 'يقبل الزواج من', 'يوظف', 'هيوظف', 'سيوظف', 'يشغل', 'هيشغل', 'يؤجر ل', 'يؤجر بيته ل', 'يؤجر شقته ل', 'بيأجر ل', 'هيأجر ل'].map((verb) => `${who} ${verb}`)),
        'ما فائده', 'ما فايده', 'شو فايده', 'ايه فايده', 'ايش فايده', 'وش فايده', 'ما الفائده من', 'ما الفايده من', 'ما نفع', 'شو نفع',
      ].flatMap((asked) => ['', ' هؤلاء', ' هدول', ' هذول', ' واحد', ' واحده'].map((these) => asked + these)),
      after: [],
      tail: ['اصلا', 'دول', 'دي', 'ده', 'هدول', 'هذول', 'يعني', 'بقي', 'اساسا', 'في الاخر'],
    },
    // Saying and calling (the root ق-و-ل in every person, "لم اقل" too: the jussive drops its و), writing, racism and hatred named as such, against.
    mention: [
      // Session 30: whoever mistreats them is the one judged ("اللي بيتريق على المعاقين هو العار").
      // Session 32: a claim denied as a whole ("ليس صحيحا أن X لا يمكن الوثوق بهم", "من الكذب أن").
      'ليس صحيح', 'غير صحيح', 'من الكذب ان', 'كذبه ان',
      'اللي بيعامل', 'اللي بيتريق', 'اللي بيهين', 'اللي بيضطهد', 'اللي بيضرب', 'اللي بيشتم', 'من يسخر من', 'من يهين', 'الذين يسيئون', 'من يسيء',
      // Session 34: whoever hates them ("اللي بيكره اليهود لانهم يهود جاهل").
      'اللي بيكره', 'اللي يكره', 'اللي بكره', 'الي بيكره', 'الي يكره', 'من يكره', 'الذي يكره', 'الذين يكرهون',
      'قول', 'قال', 'لم اقل', 'لم نقل', 'ما قلتش', 'مقلتش', 'كلام', 'تسمي', 'بيسم', 'يسمي', 'تكتب', 'كتابه', 'كتب', 'ضد', 'ترفض', 'رافض', 'عنصري', 'كراهيه', 'تحريض',
      // Posts and comments, and counter-speech: shameful, wrong, unacceptable, insulting, spreading it.
      'قلت', 'تعليق', 'بوست', 'تغريده', 'منشور', 'عيب', 'غلط', 'خطا', 'مرفوض', 'مش مقبول', 'غير مقبول', 'اهانه', 'يهين', 'تهين', 'مسيء',
      'مسيئ', 'شتيمه', 'بتشتم', 'بيشتم', 'تشتم', 'تنشر', 'بينشر', 'ينشر', 'يوصف', 'بيوصف', 'توصف', 'تنمر', 'خطاب',
      // The speaker upset at what others say or pray for.
      'بتدايق', 'بضايق', 'متضايق', 'يضايقني', 'زعلان', 'يزعلني', 'بيزعلني', 'بحزن', 'بتدعي', 'بيدعو', 'يدعو', 'تدعو',
      // Session 19: statements quoted as such ("عبارات زي ..."); not "عباره" alone, which is also "عبارة عن" (nothing but),
      // a way of saying it ("X عبارة عن حشرات"), and named as an idea or a claim to be judged ("فكره ان X ... كذبه").
      // Others thinking it or describing them so ("ناس كتير فاكرة ان...", "الجرنال وصف X بـ..."); not the speaker's own ("انا فاكر ان").
      // The treatment named as what no one deserves ("لا يستحق اي لاجئ ان يعامل بهذه الطريقه", "محدش يستاهل يتعامل كده").
      'يعامل بهذه الطريقه', 'يعامل بهذا الشكل', 'يعامل هكذا', 'يعامل كده', 'يتعامل كده', 'يتعامل بالشكل ده', 'يتعامل بالطريقه دي', 'يتعاملو كده', 'يعاملو كده',
      'بسمع ان', 'سمعت ان', 'بنسمع ان', 'نسمع ان', 'اسمع ان', 'سماع ان', 'فاكرين ان', 'فاكره ان', 'فاكر ان', 'بيفتكرو ان', 'بيفتكروا ان', 'يعتقدون ان', 'يظنون ان', 'وصف',
      'عبارات زي', 'عبارات مثل', 'عباره زي', 'عباره مثل', 'جمل زي', 'جمل مثل', 'جمله زي', 'فكره ان', 'الادعاء بان', 'الاعتقاد بان', 'خرافه ان', 'كذبه ان'],
    // The roots of saying and writing inside other words: reasonable, minds, fields, oranges, transition, office.
    // Session 8: the speaker against a group ("انا ضد X") names no hatred to be against.
    notMention: ['ضد الطبيعه', 'عكس الطبيعه', 'معقول', 'عقول', 'حقول', 'برتقال', 'انتقال', 'استقال', 'قالب', 'مكتب', 'انا ضد', 'احنا ضد', 'انا كلي ضد', 'انا تماما ضد', 'انا ضد كل',
      // Session 19: the speaker's own belief, and the disclaimer "I'm not a racist, but" ("انا مش عنصري، بس..."), report no one's.
      'انا فاكر', 'انا فاكره', 'احنا فاكرين', 'مش عنصري', 'مش عنصريه', 'مش عنصريين', 'لست عنصري', 'لست عنصريا', 'لست عنصريه',
      // Session 34: the Levantine and Gulf disclaimer ("مو عنصري", "مب عنصري"), and "I have nothing against", against "them" or a
      // group ("ما عندي شي ضدهم بس...").
      'مو عنصري', 'مب عنصري', 'ماني عنصري', 'ما عندي شي ضد', 'ما عندي شيء ضد', 'ماعندي شي ضد', 'معنديش حاجه ضد', 'ما عنديش حاجه ضد', 'ليس لدي شيء ضد', 'ليس لدي اي شيء ضد'],
    they: ['هم ', 'همه', 'هما', 'هم.', 'دول', 'دولا', 'زيهم', 'امثالهم', 'اشكالهم', 'امثالكم', 'اشكالكم', 'الناس دي', 'الناس دول', 'انتو', 'انتم', 'انتوا', 'انتي', 'انت ', 'انتا', 'دنتا', 'دنتي', 'فيهم', 'عليهم', 'ليهم', 'منهم', 'بيهم', 'معاهم', 'عندهم', 'هم؟', 'هم!', 'هم،',
      // Session 32: the feminine plural, the standard demonstratives ("لا تكلمني عن X. هؤلاء الناس..."), "they were" ("كانوا دائما...").
      'هن ', 'هن.', 'هؤلاء', 'هولاء', 'اولئك', 'كانوا', 'كانو'],
    self: AR_SELF,
    // Session 34: a beast of a colour (AR_COLOURED_BEASTS); "the killing of" in a report (مقتل) and the Holocaust (المحرقه, where
    // حرق is read) name what was done, not a call.
    notDerogation: [...AR_COLOURED_BEASTS, ...AR_NOT_DESERVING_HARM, 'مقتل', 'المحرقه', 'حديقه الحيوانات', 'جنينه الحيوانات', 'حدايق الحيوانات', 'حدائق الحيوانات', 'حديقه الحيوان', 'جنينه الحيوان', 'حدايق الحيوان', 'حدائق الحيوان'],
  },
  hi: {
    // Only words whose consonants are their own (छक्का is also cricket's six, किनारा and जनवरी read as
    // किन्नर and जानवर, चाह as चूहे, भाग as भंगी).
    group: [
      'औरत', 'औरतें', 'औरतों', 'महिला', 'महिलाएं', 'महिलाओं', 'स्त्रियां', 'स्त्रियों', 'मुसलमान', 'मुसलमानों', 'मुस्लिम', 'मुल्ले', 'कटुए', 'कटुआ', 'यहूदी',
      'यहूदियों', 'ईसाई', 'ईसाइयों', 'दलित', 'दलितों', 'शूद्र', 'अछूत', 'चमार', 'हिजड़ा', 'हिजड़े', 'हिजड़ों', 'समलैंगिक', 'समलैंगिकों', 'ट्रांसजेंडर',
      'विकलांग', 'विकलांगों', 'अपाहिज', 'दिव्यांग', 'प्रवासी', 'प्रवासियों', 'शरणार्थी', 'शरणार्थियों', 'विदेशी', 'विदेशियों', 'बांग्लादेशी', 'रोहिंग्या',
      'घुसपैठिए', 'घुसपैठियों', 'आदिवासी', 'आदिवासियों', 'हब्शी', 'अफ्रीकी', 'नेपाली', 'काले लोग', 'काले लोगों',
      // Session 18: castes named with contempt ("low caste"), the Chuhra slur, Harijan (not भंगी, read as भाग; not महार, as मोहर).
      'नीची जाति', 'नीच जाति', 'नीची जात', 'नीच जात', 'चूहड़े', 'चूहड़ा', 'हरिजन', 'हरिजनों',
    ],
    derogation: [
      // Session 39 (issue 17): a woman's work only the home, told to stay in it; set apart from "us" (the negation after it, its own).
      'का काम सिर्फ घर', 'का काम बस घर', 'को घर में ही रहना चाहिए', 'को घर में रहना चाहिए', 'हमारे जैसे नहीं', 'हमारी तरह नहीं', 'हम जैसे नहीं',
      // Session 34, exclusion (issue 17): coming here forbidden, not to be let in or live here, sent back, driven out,
      // not wanted ("कुत्तों का आना मना है" names no group).
      'आना मना', 'घुसने नहीं', 'रहने नहीं देना', 'वापस भेजो', 'से निकालो', 'नहीं चाहिए', 'का हक़ नहीं होना',
      // Filth, vermin, beasts, demons and disease.
      'गंदगी', 'कचरा', 'परजीवी', 'कीड़े मकोड़े', 'तिलचट्टे', 'दीमक', 'सुअर', 'सूअर', 'कुत्ते', 'कुत्तों', 'राक्षस', 'शैतान', 'बीमारी', 'कैंसर',
      'ज़हर', 'जहर', 'कलंक', 'नाली के कीड़े',
      // Contemptuous attributes.
      'घिनौने', 'घिनौना', 'घिनौनी', 'घटिया', 'कमीने', 'कमीनी', 'हरामी', 'हरामखोर', 'हरामज़ादे', 'जाहिल', 'गंवार', 'गँवार', 'बेवकूफ़', 'बेवकूफ',
      'मूर्ख', 'निकम्मे', 'नालायक', 'बेशर्म', 'गंदे लोग', 'चोर', 'आतंकवादी', 'बलात्कारी', 'हत्यारे',
      // Swearing as what they are, as the romanised grammar reads it ("X मादरचोद हैं", "चूतिये X").
      'मादरचोद', 'बहनचोद', 'भोसड़ी', 'चूतिये', 'चूतिया', 'भड़वे',
      // Hatred and disgust felt, worth denied, nothing worse, a zoo or a cage.
      'नफ़रत', 'नफरत', 'घृणा', 'घिन आती', 'बर्दाश्त नहीं', 'पसंद नहीं', 'तिरस्कार', 'कोई इज़्ज़त नहीं', 'कोई कीमत नहीं', 'कोई औकात नहीं',
      'इंसान नहीं', 'किसी काम के नहीं', 'से बुरा कुछ नहीं', 'से बदतर', 'से भी बदतर', 'चिड़ियाघर', 'पिंजरे',
      // Session 18: dirty said as what they are (not गंदे alone, read as गदा, a mace), a low people, untouchability: touching
      // them a sin, barred from the temple.
      'गंदे होते', 'गंदे हैं', 'गंदी होती', 'गंदा होता', 'नीच लोग', 'छूना भी पाप', 'छूना पाप', 'घुसने मत', 'घुसने नहीं देंगे',
      // Session 30 (as the romanised grammar): dirty and treacherous, vermin in the oblique ("कीड़ों की तरह"), how anyone can
      // trust them, fit for nothing but one thing.
      'गंदे', 'धोखेबाज़', 'धोखेबाज', 'कीड़ों की तरह', 'भरोसा कैसे', 'के सिवा किसी लायक नहीं',
      // Session 32, implicit derogation and attributes by class: like rats, a husband's property, lazy, violent, greedy (not
      // अपराधी, criminal, read by its consonants as अपराध, a crime, which counter-speech names).
      'चूहों की तरह', 'पति की जायदाद', 'पति की संपत्ति', 'मर्दों की जायदाद', 'आलसी', 'हिंसक', 'लालची',
      // Session 35, implicit derogation (issue 17): their place the kitchen, breeding like beasts, the smell of them; retching
      // at the sight of them, said to be poison (not उल्टी आती alone: "महिलाओं को उल्टी आती है" is pregnancy).
      'जगह रसोई', 'रसोई में ही', 'की तरह बच्चे पैदा', 'बदबू आती', 'देखकर उल्टी', 'देख कर उल्टी', 'ज़हर लगते', 'जहर लगते',
      // Session 32: animals and vermin said as what they are or how they behave (not जानवर alone, जनवरी's consonants).
      'जानवर हैं', 'जानवर होते', 'जानवर जैसे', 'जानवरों जैसे', 'कीड़े हैं', 'कीड़े होते', 'कीड़े जैसे', 'कीड़ों जैसे',
    ],
    // As the romanised grammar's "kaun kisi X ko naukri dega?" (session 35).
    asked: {
      who: ['कौन', 'कौन किसी', 'कौन एक', 'कौन ऐसे'],
      what: ['को नौकरी देगा', 'को नौकरी देगी', 'को नौकरी देंगे', 'को काम देगा', 'को काम देगी', 'को काम देंगे', 'को किराए पर देगा', 'को घर देगा',
        'से शादी करेगा', 'से शादी करेगी', 'से शादी करना चाहेगा', 'से शादी करना चाहेगी', 'पर भरोसा करेगा', 'पर भरोसा करेगी'],
    },
    // Session 39: the same asked with the group first and the question after it ("X पर कौन भरोसा करेगा?", "X किस काम के हैं?").
    closing: {
      before: [],
      after: [
        ...[...['पर', 'पे'].flatMap((on) => ['भरोसा', 'यकीन', 'यक़ीन', 'विश्वास'].map((trust) => [on, trust])), ['की', 'इज़्ज़त'], ['की', 'इज्जत'], ['का', 'सम्मान'], ['से', 'शादी'], ['से', 'दोस्ती']]
          .flatMap(([to, what]) => ['करेगा', 'करेगी', 'करेंगे', 'करता है', 'करती है', 'करते हैं', 'करे'].flatMap((does) => [`${to} कौन ${what} ${does}`, `${to} ${what} कौन ${does}`])),
        ...['नौकरी', 'काम', 'घर'].flatMap((what) => ['देगा', 'देगी', 'देंगे', 'देता है', 'दे'].flatMap((gives) => [`को कौन ${what} ${gives}`, `को ${what} कौन ${gives}`])),
        'किस काम के हैं', 'किस काम के', 'किस काम की हैं', 'किस काम की', 'का क्या फायदा है', 'का क्या फायदा', 'का क्या फ़ायदा है', 'का क्या फ़ायदा',
      ],
      tail: [],
    },
    // Calls and intent, not the nouns of what a group suffers (हत्या, नरसंहार: news of it is no call for it).
    violence: [
      'मार दो', 'मार डालो', 'मार देना', 'मार दिया जाना', 'मार दूंगा', 'मार दूँगा', 'मार डालूंगा', 'मारेंगे', 'मारूंगा', 'जला दो', 'जला देना',
      'जला दूंगा', 'ज़िंदा जला', 'जिंदा जला', 'फांसी दो', 'फांसी पर', 'फाँसी पर', 'लटका दो', 'लटका देना', 'गोली मार', 'काट दो', 'काट डालो',
      'खत्म कर दो', 'ख़त्म कर दो', 'खत्म करना', 'मिटा दो', 'मिटा देना', 'देश से निकाल', 'बाहर निकालो', 'भगा दो', 'मौत मिले', 'मर जाएं',
      'मर जाना चाहिए', 'भगाओ',
      // The first person's future ("ख़त्म कर देंगे") and killing or burning called right (not पीटना: its consonants are पटाना's, wooing).
      'मार देंगे', 'मार डालेंगे', 'जला देंगे', 'जला डालेंगे', 'खत्म कर देंगे', 'ख़त्म कर देंगे', 'खत्म कर दूंगा', 'ख़त्म कर दूंगा', 'मिटा देंगे',
      'लटका देंगे', 'काट देंगे', 'काट डालेंगे', 'मारना सही', 'मारना ठीक', 'जलाना सही', 'जलाना ठीक',
    ],
    // Session 32: trust and leading ('भरोसा नहीं किया जा सकता', 'अच्छी नेता नहीं बन सकतीं').
    worth: ['समझदार', 'होशियार', 'बुद्धिमान', 'इंसान', 'बराबर', 'इज़्ज़त', 'सम्मान', 'अधिकार', 'जगह', 'कीमत', 'औकात', 'लायक', 'काबिल', 'भरोसा', 'नेता',
      // Session 37: honest, morals, decency, as the romanised grammar reads them ("कभी ईमानदार नहीं होते").
      'ईमानदार', 'नैतिकता', 'शराफत', 'तमीज़'],
    // Hindi negates after the verb and the good word ("समझदार नहीं"); not ना or ने, whose consonant alone
    // is also the agent's postposition.
    denial: ['नहीं', 'नही', 'मत', 'कभी नहीं'],
    negation: ['नहीं', 'नही', 'मत', 'कभी नहीं'],
    // "Never forget that", "not afraid": what follows stands ("कभी नहीं भूलता कि X समझदार हैं").
    affirming: ['के अलावा', 'भूलता', 'भूलती', 'भूलते', 'भूलना', 'भूलूंगा', 'भूलूंगी', 'भूलेंगे', 'डरता', 'डरती', 'डरते'],
    conditional: ['अगर', 'यदि'],
    // Session 32: a yes-or-no question (क्या ... ?) asks agreement with what its negation holds ("क्या X बस कचरा नहीं हैं?").
    rhetorical: ['हैं?', 'है?', 'हो?', 'थे?'],
    // Session 32: a claim denied as a whole ('यह सच नहीं है कि', 'यह झूठ है कि').
    mention: [
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      'कैसे कहा', 'प्रचार', 'दिखाया', 'चित्रित',
      'सच नहीं', 'झूठ है कि', 'कहना', 'कहते', 'कहती', 'बोलना', 'बोलते', 'लिखना', 'लिखा', 'ख़िलाफ़', 'खिलाफ', 'विरुद्ध', 'गलत', 'ग़लत', 'शर्म', 'निंदा', 'विरोध',
      'नफ़रत फैलाना', 'नफरत फैलाना', 'भेदभाव', 'नस्लवाद', 'समझते', 'बताया',
      // Session 32: being called so ("X को ... क्यों कहा जाता है?").
      'कहा जाता', 'कहा गया', 'कहलाते', 'बुलाया जाता',
      // Called so by others, told in the past with its agent ("जिन्हें अख़बारों ने परजीवी कहा था").
      'कहा था', 'कहा करते', 'बुलाते थे'],
    notMention: [],
    they: ['वे', 'वो', 'उनका', 'उनकी', 'उनके', 'उन्हें', 'इनका', 'इनकी', 'इनके', 'इन्हें', 'तुम', 'तुम्हारे', 'तुम्हारी', 'आप',
      // Session 32: "these people", "such people" take up the group named before ("X फिर से ख़बरों में हैं। ये लोग...").
      'ये लोग', 'वे लोग', 'वो लोग', 'ऐसे लोग', 'इन लोगों',
      // Session 37: "all of these" ("कल कुछ शरणार्थी मिले। ये सब परजीवी हैं।"); "ये" alone is also "this" of a thing.
      'ये सब', 'ये सभी', 'इन सब', 'उन सब'],
  },
  ja: {
    // Read only where kana are (its kanji words are Mandarin's too). Katakana words stand whole ("ゲイ" is not
    // in "ゲイツ"), and 女 not inside 彼女 (she) or 少女 (detect-hate-multilingual.ts spelledJapanese).
    group: JA_GROUP,
    derogation: [
      // Session 34, exclusion (issue 17): refused at the door, not to live here or vote, not wanted, sent back
      // ("ペットお断り" names no group).
      'お断り。', 'お断り!', 'お断りだ', 'お断りです', 'お断りします', '住むべきではない', '住むべきじゃない', '選挙権を与えるべきでは', 'はいらない', '送り返せ',
      // Vermin, beasts and filth; a disease or a poison.
      ...JA_LITERAL, '豚ども', '豚共', '豚以下', '豚野郎', 'メス豚', '雌豚', '猿ども', '猿以下', '猿同然', '猿だよ', '猿だな', '猿なんだ', '猿である', '動物以下', '動物と同じ', '動物同然', ...JA_ENDED, '猿と同じ', '猿みたい', '猿並み', '猿のよう', 'ケダモノ', '畜生',
      '家畜', '人間のクズ', '害悪', '病原菌', 'ばい菌', 'バイ菌', '疫病神', '癌だ', '癌である', '癌そのもの', 'がん細胞',
      // Contemptible attributes: disgusting, dirty, stupid, lesser, useless, criminal, perverse.
      '気持ち悪', 'キモい', 'キモイ', 'きもい', 'キモすぎ', '気色悪', '汚い', '汚らわしい', '不潔', '臭い', '醜い', '馬鹿', 'バカ',
      'アホ', '阿呆', '頭が悪い', '頭の悪い', '頭が弱い', '低能', '無能', '劣等', '下等', '劣った', '劣る', '役に立たない', '役立たず', '使えない', '無価値', '犯罪者', '泥棒', '盗人',
      '強姦魔', 'レイプ魔', 'テロリスト', '野蛮', '未開人', '未開な', '未開の民', '変態', '異常者', '病気だ', '精神病', '狂って', '頭がおかしい', '知恵遅れ', '恥さらし', '国の恥',
      '淫乱', '売女', 'ビッチ', '産む機械', '産む道具', '怠け者', '嘘つき', '乞食', 'たかり', '寄生して', '厄介者', '邪魔者', '迷惑な存在', '迷惑だ', 'お荷物', '足手まとい',
      // Humanity and worth denied.
      '人間じゃない', '人間ではない', '人間以下', '人じゃない', '人ではない', '人間扱いするな', ...JA_DENIED,
      // Hatred and disgust felt; 嫌い, 憎い and うざい only said of a group right before them ("女性は虫が嫌い"
      // dislikes insects: detect-hate-multilingual.ts).
      '嫌い', '憎い', 'うざい', 'ウザい', '憎む', '憎ん', '嫌悪', '軽蔑', '虫唾が走', '虫酸が走', '吐き気', '反吐が出', 'ヘドが出', '我慢できない', '耐えられない', '許せない',
      // Not wanted here (not 不要 or いらない alone: "予約不要", "入場料はいらない").
      'なんかいらない', 'なんていらない', 'なんか要らない', 'なんて要らない', '来るな', '入れるな', '住ませるな', '近寄るな',
    ],
    // Calls and intent: commands, "should", "want to"; not the plain verbs of news ("殺された").
    violence: [
      '殺せ', '殺そう', '殺してやる', '殺すべき', '殺したい', '殺してしまえ', '殺しても', 'ぶっ殺', 'ぶち殺', '皆殺しだ', '虐殺しろ', '虐殺すべき',
      '根絶やし', '死ね',
      // "Death to X" ("Xに死を"); "に死をもたらす", bringing death to them, is what they suffer (notDerogation).
      'に死を',
      // Wiping out as a call, not the history of it ("抹殺された").
      ...['抹殺', '殲滅', '皆殺しに'].flatMap((kill) => [`${kill}しろ`, `${kill}すべき`, `${kill}せよ`, `${kill}してやる`]), '絶滅させろ', '絶滅させるべき',
      // Pest control as a call ("ゴキブリを駆除します" is the trade).
      '駆除しろ', '駆除すべき', '駆除せよ', '駆除しよう', '駆除してしまえ', '駆除されるべき', '駆除対象',
      '死んでしまえ', '死ねばいい', '死んでくれ', '死ぬべき', 'くたばれ', '消えろ',
      '消えてしまえ', '消えてくれ', '出て行け', '出ていけ', '出てけ', '出て行って欲しい', '出ていってほしい', '国へ帰れ', '国に帰れ', '帰れよ', '帰れ!', '追い出せ', '追い出すべき',
      '追い出そう', '叩き出せ', 'たたき出せ', '叩き出すべき', '追い払え', '強制送還しろ', '強制送還すべき', '送還しろ', '排除しろ', '排除すべき',
      '排除せよ', '追放しろ', '追放すべき', '隔離しろ', '隔離すべき', '収容所に送れ', 'ガス室に送れ', 'ガス室送り', '吊るせ', '首を吊れ', '焼き殺せ', '焼き殺してやる', '燃やせ', '撃ち殺せ', '撃ち殺してやる',
      '射殺しろ', '殴れ', 'ぶん殴', 'ボコボコにしろ', '叩き潰せ', '潰せ', '始末しろ', '処刑しろ', '処刑すべき', '一掃しろ', '一掃すべき', '去勢しろ',
    ],
    worth: [],
    denial: [],
    // Japanese negates after what it negates ("犯罪者ではない"): only a negation just after what is said governs it.
    negation: ['ない', '無い', 'なく', 'なかった', 'ません', 'ものか'],
    // Words that hold a negation and deny nothing: few, dangerous, boring; nothing but, no doubt; must; without mercy.
    affirming: ['少ない', '危ない', 'つまらない', 'くだらない', '情けない', 'みっともない', 'だらしない', 'しょうもない', '仕方ない', '仕方がない',
      'たまらない', '過ぎない', 'すぎない', 'しかない', 'ほかならない', '他ならない', '違いない', '間違いない', '間違いなく', 'なければならない',
      'なければいけない', 'なきゃ', 'なくてはならない', 'なくてはいけない', 'ないといけない', 'ねばならない', '容赦なく', '遠慮なく', '躊躇なく',
      '例外なく', '漏れなく', '残らず', '容赦ない', '少なく', '間もなく', 'なくな'],
    conditional: ['もし'],
    // "Aren't they...?": a negated question that asks for agreement.
    rhetorical: ['か?', 'か', 'だろ?', 'だろ', 'でしょ?', 'でしょう?', 'よね?'],
    // Reporting and counter-speech: hate speech and discrimination named, what others say or are told.
    mention: [
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      'と呼んだ', 'と呼ぶのは', 'と呼ばれ', 'と描', 'として描', '呼びかけ',
      'ヘイト', '差別', '偏見', 'レイシスト', '排外', '反対', '批判', '抗議', '非難', '許されない', 'なくそう', '撲滅', 'デマ', '誤解',
      'ステレオタイプ', '中傷', '侮辱', '暴言', 'という人', 'と言う人', 'という声', 'という言葉', 'という発言', 'という主張', 'と言われ', 'といわれ',
      'と言った', 'と言って', 'と言う', 'とか言う', 'って言う', 'などと', 'と叫', 'と書', 'と主張', 'と罵', '言われ', 'というの', 'という考え',
      'と思う人', 'と思っている人', 'と考える人', 'ないなんて', 'だなんて',
      // Hearing it said ("移民は犯罪者だと聞くのはもううんざり").
      'と聞く', 'と聞いた', 'と聞かされ',
      // The speaker hurt by it, or judging it wrong ("間違いない", no doubt, is no judgment).
      '悲しい', 'つらい', '辛い', '間違っている', '間違ってる', '間違いだ', 'ひどい考え', 'ひどい発言', 'ひどい言葉'],
    notMention: ['差別化', '反対側', '反対に', '正反対'],
    notDerogation: ['に死をもたら'],
    they: ['彼ら', '彼女ら', '彼女たち', 'あいつら', 'こいつら', 'そいつら', '奴ら', 'やつら', 'ヤツら', '奴等', '連中', 'お前ら', 'おまえら',
      'お前たち', 'あんたら', '貴様ら', 'あの人たち', 'ああいう人', 'ああいう連中'],
    // "As a woman", "I am Zainichi myself": the speaker's own group.
    self: JA_GROUP.flatMap((group) => [
      `${group}として`, `${group}の私`, `${group}の僕`, `${group}である私`, `${group}当事者`,
      ...['私は', '僕は', '俺は', '私も', '僕も', '俺も'].flatMap((me) => [`${me}${group}で`, `${me}${group}だ`]),
    ]),
  },
  // Russian words are stems, read from a word's start to any case or gender ending ("паразит" is
  // паразиты, паразитов, паразитами); a trailing space makes one a whole word ("геи ", not "гейм", a game).
  ru: {
    group: RU_GROUP,
    derogation: [
      // Session 34, exclusion (issue 17): entry forbidden, sent back, not to live here, the country one group's alone, not
      // wanted, not to be let vote ("с собаками вход запрещён" names no group).
      'вход запрещ', 'выслать обратно', 'отправить их', 'отправить всех', 'не должны здесь', 'не должны жить', 'только для ', 'не хотим ', 'нельзя позволять',
      // Vermin, beasts, filth and disease; lower than humans. Beasts in the plural ("крыса Лариска" is a cartoon's rat).
      'паразит', 'крысы ', 'крыс ', 'крысам', 'тараканы ', 'тараканов ', 'вши ', 'вшей ', 'клопы ', 'клопов ', 'животные ', 'скот ', 'скоты ', 'скотин', 'твар', 'мраз', 'отброс', 'нечисть', 'грязь ',
      'свиньи ', 'свиней ', 'свинья ', 'обезьяны ', 'обезьян ', 'обезьянам', 'макак', 'недолюд', 'нелюд', 'недочеловек', 'выродк', 'дегенерат', 'гнид', 'зараз', 'сброд', 'быдл',
      'отребь', 'плесень', 'опухоль', 'саранч', 'стервятник', 'мерзост',
      // Contemptuous attributes, by stem (тупые, тупая; грязные, not "грязную работу", the work itself).
      'тупы', 'тупая', 'тупой', 'тупорыл', 'глуп', 'идиот', 'дебил', 'кретин', 'придур', 'грязные', 'грязная', 'грязный', 'грязных', 'вонюч', 'воры ',
      'вор ', 'ворюг', 'вороват', 'лентя', 'ленивы', 'бездельник', 'никчемн', 'бесполезные', 'бесполезны ', 'ничтожеств', 'ничтожн', 'отвратительные',
      'отвратительны ', 'мерзкие', 'мерзкий', 'мерзкая', 'омерзительные',
      'противны ', 'противные ', 'гадк', 'гады ', 'гадов ', 'сволоч', 'ублюд', 'примитивные', 'дикар', 'неполноценн', 'второсортн', 'второго сорта',
      'низшая раса', 'низшей расы', 'низшие расы', 'лживы', 'жадны', 'опасны ', 'опасные ', 'извращенц', 'ненормальные', 'ненормальны ', 'уроды ', 'уродлив', 'шлюх', 'суки ',
      'террористы ', 'террористки ', 'насильники ',
      // What they are said to do to everyone else: rule the world, flood the country (not "воруют", they steal: "у мигрантов
      // воруют зарплату" is theft from them).
      'правят миром', 'управляют миром', 'захватили нашу', 'захватывают нашу', 'заполонили', 'наводнили', 'понаехали',
      // Worth and humanity denied (the negation is the derogation's own), worse than beasts, where they belong.
      'не люди', 'не человек', 'ничего не стоят', 'ничего не стоит', 'ни на что не год', 'ни на что не способн', 'не заслуживают жить', 'не имеют права жить',
      'не место', 'нет места', 'не нужны ', 'не достойны', 'хуже животных', 'хуже собак', 'хуже крыс', 'хуже скота', 'место на кухне',
      'место только на кухне', 'место у плиты',
      // Cursing them.
      'будь прокляты', 'к черту', 'на хуй', 'нахуй', 'в жопу', 'гореть в аду', 'горите в аду',
    ],
    // Hatred and disgust felt, aimed at what stands next to them: "ненавижу пробки, ... детей-инвалидов" hates the traffic.
    aimed: ['ненавиж', 'ненавидим ', 'презираю', 'презираем ', 'терпеть не могу', 'не перевариваю', 'не выношу', 'бесят', 'тошнит от', 'отвращени',
      'омерзени', 'брезгую'],
    violence: [
      // Driving them out, wishing them dead, camps and walls; the first person plural's future of killing.
      'выгнать из', 'выгнать их', 'выгнать всех', 'выгонять', 'выгоните', 'выслать из', 'выслать их', 'выслать всех', 'депортир', 'вышвырнуть', 'гнать ', 'гоните', 'вон из', 'пусть убираются',
      'убирайтесь', 'валите ', 'чемодан вокзал', 'сдох', 'подох', 'издохн', 'должны умереть', 'заслуживают смерти', 'смерть всем', ...RU_DEATH_TO, 'бей ', 'в газов',
      'в печь', 'в концлагер', 'к стенке', 'стереть с лица земли', 'очистить от', 'очистить страну', 'зачистить', 'зачистк', 'на фонар',
      'на столбах', 'убьем', 'перебьем', 'выгоним', 'повесим', 'сожжем', 'расстреляем', 'истребим', 'уничтожим', 'перережем', 'вырежем', 'утопим',
      // "Must / let's / I want to kill (them all)": the verbs of killing, burning, hanging, beating with a modal or an object,
      // not alone ("убить время", kill time; "сжечь калории").
      ...RU_KILL.flatMap((verb) => [...RU_MUST.map((must) => `${must} ${verb}`), ...RU_THEM.flatMap((them) => [`${verb} ${them}`, `${them} ${verb}`])]),
    ],
    // Good qualities a negation before them denies: clever, capable, equal, worthy, trusted, wanted, citizens.
    // Not "rights", "to live", "able", "equal": "беженцы не имеют права работать", "инвалиды не способны подняться без пандуса" say what
    // they are denied, in reports and appeals.
    worth: ['умн', 'заслуживают уважения', 'достоин ', 'уважать', 'доверять', 'доверяю', 'полезн', 'честн', 'рады ', 'нормальные'],
    denial: ['не ', 'нет ', 'ни ', 'никогда не', 'нельзя '],
    negation: ['не ', 'нет ', 'ни ', 'никогда ', 'вовсе не', 'неправда', 'это миф', 'неверно'],
    // "Not only", "nothing but", "no better than": the negation affirms.
    affirming: ['только ', 'иное как', 'иные как', 'более чем', 'лучше', 'кроме'],
    conditional: ['если '],
    // Saying, calling and writing it (reported, quoted), and counter-speech: against, stop, shame, untrue ("неправда, что...": a
    // clause after "что" is out of a negation's reach), racism named.
    mention: [
      // Session 36: depicting them so, the act of those told of ("how the propaganda depicted X as rats"), and calls or cries reported.
      'изобража', 'описыва', 'выставля', 'призыва',
      'говор', 'сказал', 'сказать', 'скажет', 'называ', 'назвал', 'пишут', 'писать', 'написал', 'утвержда', 'заявля', 'заявил', 'против ', 'ненавист',
      'расизм', 'расист', 'гомофоб', 'трансфоб', 'ксенофоб', 'антисемит', 'сексизм', 'сексист', 'дискримин', 'нетерпимост', 'предрассуд', 'стереотип',
      'миф', 'оскорб', 'стыдно', 'позор', 'хватит', 'перестаньте', 'перестань', 'комментари', 'лозунг', 'кричал', 'кричат', 'слыш', 'неправда', 'неверно', 'считают ', 'считать', 'думают ', 'думать', 'верить'],
    // The speaker against a group ("я против мигрантов") names no hatred to be against.
    notMention: ['я против', 'мы против', 'я категорически против'],
    self: RU_SELF,
    they: ['они ', 'их ', 'им ', 'ими ', 'них ', 'ним ', 'этих ', 'эти ', 'такие ', 'таких ', 'вы ', 'вас ', 'вам '],
  },
};

