import { CONTEMPTIBLE_BY_LANGUAGE } from './word-lists.js';

/*
 * The insult vocabularies of the grammars to "you" (detect-threats-multilingual.ts) that the typo reader reads too
 * (spelling-vocabulary.ts). Data only, with no import back into a detector: the typo reader loads while the detectors
 * are still loading (detect-lexicon.ts reaches it through pinyin-abuse.ts and correct-typos.ts), and must find these
 * built. As the folded text reads them: accents off ("świnią" reads "swinia"), Polish ł kept and often typed l.
 */

/** A word list of word-lists.ts in the grammars' terms: its inflections (~ for -s/-es, * for any ending) as expressions. */
const listed = (phrases: readonly string[]) => phrases.map((p) => p.replace(/~$/, '(?:s|es)?').replace(/\*$/, '\\p{L}*')).join('|');
const CONTEMPTIBLE_WORDS = (lang: keyof typeof CONTEMPTIBLE_BY_LANGUAGE) => listed(CONTEMPTIBLE_BY_LANGUAGE[lang].names);
export const SNEERS = (lang: keyof typeof CONTEMPTIBLE_BY_LANGUAGE) => listed(CONTEMPTIBLE_BY_LANGUAGE[lang].sneers);

/**
 * Spanish names and adjectives that insult the one they are said to, every gender and number, with the
 * contemptible names of word-lists.ts. "Tonto" and "cabrón" are left out (as often teasing between friends),
 * and so are "crack", "máquina", "bestia" and "monstruo", which praise.
 */
export const ES_INSULT = `${CONTEMPTIBLE_WORDS('es')}|inutil|inutiles|idiota|idiotas|imbecil|imbeciles|estupid[oa]s?|gilipollas|subnormal|subnormales|retrasad[oa]s?|perdedor|perdedora|perdedores|perdedoras|basura|escoria|mierda|desgraciad[oa]s?|parasit[oa]s?|gord[oa]s?|fe[oa]s?|cerd[oa]s?|asco|verguenza|deshonra|puta|putas|zorra|zorras|guarra|guarras|pringad[oa]s?|anormal|anormales|incompetente|incompetentes|inept[oa]s?|ridicul[oa]s?|lamentable|lamentables|patetic[oa]s?|mediocre|mediocres|ignorante|ignorantes|chiste|don nadie|cero a la izquierda|${SNEERS('es')}`;

/** The same in Portuguese. "Ninguém" is read apart ("você e ninguém mais" is a promise), and the beasts only after "um"/"uma". */
export const PT_INSULT = `${CONTEMPTIBLE_WORDS('pt')}|inutil|inuteis|idiota|idiotas|imbecil|imbecis|estupid[oa]s?|burr[oa]s?|retardad[oa]s?|falhad[oa]s?|perdedor|perdedora|perdedores|perdedoras|lixo|verme|vermes|parasita|parasitas|gord[oa]s?|fei[oa]s?|nojent[oa]s?|ridicul[oa]s?|patetic[oa]s?|vagabund[oa]s?|puta|putas|piranha|piranhas|vadia|vadias|vergonha|desgraca|desgracad[oa]s?|merda|bosta|otari[oa]s?|babaca|babacas|escrot[oa]s?|incompetente|incompetentes|imprestavel|imprestaveis|nulidade|zero a esquerda|arrombad[oa]s?|piada|nojo|${SNEERS('pt')}`;

/** The same in French ("raté" only here, after "tu es": alone it reads as English "rate"). "Monstre" praises. */
export const FR_INSULT = `${CONTEMPTIBLE_WORDS('fr')}|nul|nulle|nuls|nulles|idiot|idiote|idiots|idiotes|imbecile|imbeciles|con|conne|cons|connes|connard|connarde|connards|connasse|debile|debiles|abruti|abrutie|abrutis|cretin|cretine|cretins|rate|ratee|rates|dechet|dechets|merde|moche|moches|grosses?(?!\\s\\p{L})|grosses? et|laid|laide|laids|laides|bon a rien|bonne a rien|bons a rien|incapable|incapables|honte|pute|putes|pouffiasse|tache|parasite|parasites|porc|truie|boulet|loser|looser|sous-merde|moins que rien|rien du tout|degueulasse|degueulasses|ridicule|ridicules|pitoyable|pitoyables|inutile|inutiles|attarde|attardee|gogol|blague|pathetique|pathetiques|ignoble|ignobles|immonde|immondes|miserable|miserables`;

/** The same in Italian: with "sei" (also "six") no plural beast ("sei maiali" is a farm), and "mostro" praises. */
export const IT_INSULT = `${CONTEMPTIBLE_WORDS('it')}|nullita|fallit[oaie]|idiota|idioti|idiote|imbecille|imbecilli|cretin[oaie]|stupid[oaie]|scem[oaie]|deficiente|deficienti|coglione|cogliona|coglioni|stronz[oaie]|sfigat[oaie]|perdente|perdenti|buon[oa] a nulla|buoni a nulla|parassit[aie]|spreco di (ossigeno|spazio|aria)|vergogna|brutt[oaie]|grass[oaie]|ciccion[ae]|maiale|porc[oa]|vacca|troia|troie|puttana|puttane|zoccola|zoccole|mignotta|incapace|incapaci|incompetente|incompetenti|rifiuto|feccia|nessuno|ritardat[oaie]|inutile|inutili|ridicol[oaie]|penos[oaie]|cesso|racchia|merda|pezzo di merda|barzelletta|${SNEERS('it')}`;

/**
 * The same in German, nouns and adjectives (folded: "hässlich" is "hasslich"). "Nichts", "Niemand", "Null" and
 * "Schande" only after "ein"/"eine" ("du bist nichts Geringeres als..."); "Opfer" (also a victim), "Schwein" ("du
 * Schwein gehabt") and the other beasts only with a sneer.
 */
export const DE_NOUN = `${CONTEMPTIBLE_WORDS('de')}|idiot|idiotin|vollidiot|vollidiotin|loser|looser|abschaum|missgeburt|nichtsnutz|depp|spast|spasti|hurensohn|hure|schlampe|fotze|wichser|arschloch|penner|mongo|dummkopf|hohlkopf|vollpfosten|pisser|lusche|parasit`;
export const DE_ADJ = `(hasslich|dumm|fett|eklig|nutzlos|wertlos|peinlich|lacherlich|bescheuert|behindert|blod|hohl|strohdumm|asozial|unfahig|hirnlos|${SNEERS('de')})(e|er|es|en)?`;

/** The same in Dutch. "Niks" only with "waard" ("je bent niks veranderd"); "dik" and "vet" only with a noun ("je bent dik welkom", "vet" is cool). */
export const NL_INSULT = 'loser|losers|sukkel|sukkels|idioot|idioten|debiel|debielen|mongool|klootzak|klootzakken|hoer|hoeren|slet|sletten|lul|eikel|eikels|mislukkeling|mislukkelingen|nietsnut|nietsnutten|waardeloos|waardeloze|nutteloos|nutteloze|lelijk|lelijke|zielig|zielige|dom|domme|achterlijk|achterlijke|walgelijk|walgelijke|schande|parasiet|parasieten|varken|koe|zwijn|stuk vreten|stuk stront|kneus|oetlul|randdebiel|trut|teef|kankerlijer|tyfuslijer|mislukt|mislukte|grap';

/** Polish, what "jesteś" takes: the instrumental (a feminine instrumental folds to its nominative, "idiotą" to "idiota"). */
export const PL_NAME_INSTR = 'nikim|zerem|idiota|idiotka|debilem|debilka|kretynem|kretynka|frajerem|nieudacznikiem|nieudacznica|smieciem|pasozytem|mato[łl]em|tepakiem|baranem|os[łl]em|przegrywem|grubasem|grubaska|gnojem|dupkiem|scierwem|posmiewiskiem|gownem|swinia|krowa|szmata|dziwka|suka|gnida|[łl]ajza|hanba|zaka[łl]a|porazka|pasozytka';
/** Polish names in the nominative ("ale z ciebie idiota", "ty debil"); not "zero", English too after "ty" (thank you). */
export const PL_NAME = 'idiota|idiotka|debil|debilka|kretyn|kretynka|frajer|nieudacznik|nieudacznica|smiec|pasozyt|mato[łl]|tepak|baran|osio[łl]|przegryw|grubas|grubaska|gnoj|dupek|scierwo|swinia|krowa|szmata|dziwka|suka|gnida|[łl]ajza';
/** Polish vocatives: a name called out to someone ("zamknij się, debilu"). */
export const PL_VOCATIVE = 'idioto|idiotko|debilu|debilko|kretynie|kretynko|frajerze|nieudaczniku|smieciu|pasozycie|matole|tepaku|baranie|osle|przegrywie|grubasie|gnoju|dupku|scierwo|swinio|krowo|szmato|dziwko|suko|gnido|[łl]ajzo';

/**
 * The names the grammars to "you" insult with, per language with a word list to guard its real words: the typo
 * reader's targets (spelling-vocabulary.ts), so "Eres unazorra" and "Du bist ein Idoit" reach these grammars.
 */
export const INSULTS_TO_YOU: Readonly<Record<string, string>> = {
  es: ES_INSULT, pt: PT_INSULT, fr: FR_INSULT, it: IT_INSULT, de: `${DE_NOUN}|${DE_ADJ}`, nl: NL_INSULT, pl: `${PL_NAME}|${PL_VOCATIVE}|${PL_NAME_INSTR}`,
};
