import type { Category } from './types.js';
import { fold } from './lexicons/index.js';
import { evidenceOf, hitsToReasons, type Detector, type Hit } from './detector.js';
import { quoted, segmentText } from './detect-lexicon.js';
import { CONTEMPTIBLE_BY_LANGUAGE, KINDNESS, SENT_OR_PHOTOGRAPHED } from './word-lists.js';
import { LazyRegExp } from './lazy-regexp.js';
import { LiteralIndex, RequirementIndex, requiredLiterals, type Requirement } from './regex-literals.js';
import { END as WORD_END, ID, MemoByWordId, START as WORD_START, STRIDE, wordUnitAt, type WordReading } from './segment-words.js';

/** A quoted threat keeps less than a signal's weight (detector.ts). */
const MENTIONED = 0.3;

/**
 * Threats of violence against a person or a group in the languages the lexicons know, written from
 * grammar, not from examples: a first person with a future or modal (or the bare present that means
 * the future) + a violent verb + a person as its object ("te voy a matar", "ich bring dich um", "я
 * тебя убью"); "you are dead" / "you will die"; "you won't see me coming"; and calls on others
 * ("someone should shoot him", "hay que matarlos"). The innocent idioms that share the words are left
 * alone by that grammar: "break a leg", "mucha mierda", "Hals- und Beinbruch" and "she killed that
 * solo" have no first-person future aimed at a person; a laughing tail ("de risa", "vor Lachen") or a
 * negation just before ("no te voy a matar") takes a match back. English threats phrased with "will"
 * are detect-harassment.ts's; this file has the forms it misses. It also reads insults and humiliation aimed at
 * "you" ("eres un inútil", "niemand mag dich", "va te pendre"), as harassment, by the same means: a second person
 * in the pattern keeps self-mockery ("soy un inútil") and praise out. Runs only with policy.multilingual on.
 *
 * Every pattern is words in a fixed order, at most a few words between them (from a list, or each one
 * run of letters, a bounded number), so each is tried in time linear in the text. A pattern runs only where the literals
 * its every match holds occur (regex-literals.ts: "matar" or "reventar"..., found for all patterns in
 * one pass over the segment), and, as written, where its language's anchor (its violent words) occurs.
 */

/** The expressions are built on first use (lazy-regexp.ts): a process's first documents need few. */
interface ThreatPattern {
  category: Category;
  weight: number;
  re: LazyRegExp;
}

interface LanguageThreats {
  anchor: LazyRegExp;
  patterns: ThreatPattern[];
  /** Right after a match: it is a joke about laughter or love ("te mato de risa"). */
  innocentAfter?: LazyRegExp;
  /** Right before a match: it is negated ("no te voy a matar"). */
  negatedBefore?: LazyRegExp;
}

/** Word edges in any script (\b only knows ASCII letters). */
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}\\p{N}])';

/** A pattern in words: a space is one or more spaces; the whole stands as words of its own. */
const words = (source: string) => new LazyRegExp(`${START}(?:${source.replace(/ /g, '\\s+')})${END}`, 'gu');
const threat = (weight: number, source: string): ThreatPattern => ({ category: 'harassment/threatening', weight, re: words(source) });
/** A call for violence against someone not addressed (a group, "him"): violence, not harassment. */
const call = (weight: number, source: string): ThreatPattern => ({ category: 'violence', weight, re: words(source) });
/** An insult or humiliation aimed at the one addressed: harassment. */
const insult = (weight: number, source: string): ThreatPattern => ({ category: 'harassment', weight, re: words(source) });
/** Chinese and Japanese run words together: their patterns stand anywhere in the text. */
const unspaced = (category: Category, weight: number, source: string): ThreatPattern => ({ category, weight, re: new LazyRegExp(source, 'gu') });
/** Word beginnings that a language's threats need, any of them: its patterns run only where one is. */
const anchor = (source: string) => new LazyRegExp(`${START}(?:${source})`, 'u');
/** The same inside words, for languages that put prefixes on verbs (um-bringen, за-режу) or write without spaces. */
const inside = (source: string) => new LazyRegExp(source, 'u');
const tail = (source: string) => new LazyRegExp(`^\\s*(?:${source})${END}`, 'u');
const negation = (source: string) => new LazyRegExp(`${START}(?:${source})\\s+$`, 'u');

/** Hindi: the one addressed ("tujhe") or their kin ("teri behen ko"), as the object of an abduction. */
const HI_LIFTED = '(tujhe|tujhko|tereko|(teri|tere) (behen|bahen|behan|bahan|beti|maa|ma|biwi|bibi|bachche|bachchon|bacche|bachon|bhai|baap|gharwali|gharwalon|family) ko)';
/**
 * Had lifted (uthwa), or lifted and taken away, in the first person future; said before its object too ("uthwa
 * lunga tujhe"). Plain "utha lunga" only after it: before a word it may end a clause of its own ("phone utha lunga,
 * tujhe bata dunga", the comma read as a space).
 */
const HI_TAKEN = '((uthwa|uthva) (lunga|lungi|loonga|lenge|dunga|dungi|doonga|denge)|(utha|uthwa|uthake|uthakar|utha ke|utha kar|uthwa ke|uthwa kar) (le|le ke) (jaunga|jaungi|jayenge|jaenge|jaayenge))';
const HI_LIFT = `(utha (lunga|lungi|loonga|lenge)|${HI_TAKEN})`;
const HI_LIFT_WHEN = '(ghar se|school se|college se|raste se|sadak se|yahan se|raat ko|raat mein|din dahade|kal|aaj|seedha|sidha|zabardasti)';
const HI_LIFTED_DEVANAGARI = '(तुझे|तुझको|तेरे को|(तेरी|तेरे) (बहन|बेटी|माँ|मां|बीवी|बच्चे|बच्चों|भाई|बाप|घरवाली|घरवालों) को)';
const HI_TAKEN_DEVANAGARI = '(उठवा (लूंगा|लूँगा|लूंगी|लूँगी|लेंगे|दूंगा|दूँगा|दूंगी|दूँगी|देंगे)|(उठा|उठवा|उठाकर|उठवाकर|उठा के|उठा कर) ले (जाऊंगा|जाऊँगा|जाऊंगी|जाऊँगी|जाएंगे|जाएँगे|जायेंगे))';
const HI_LIFT_DEVANAGARI = `(उठा (लूंगा|लूँगा|लूंगी|लूँगी|लेंगे)|${HI_TAKEN_DEVANAGARI})`;
const HI_LIFT_WHEN_DEVANAGARI = '(घर से|स्कूल से|कॉलेज से|रास्ते से|सड़क से|यहाँ से|रात को|रात में|दिन दहाड़े|कल|आज|सीधा|ज़बरदस्ती|जबरदस्ती)';

/** A word list of word-lists.ts in this file's terms: its inflections (~ for -s/-es, * for any ending) as expressions. */
const listed = (phrases: readonly string[]) => phrases.map((p) => p.replace(/~$/, '(?:s|es)?').replace(/\*$/, '\\p{L}*')).join('|');
const CONTEMPTIBLE_WORDS = (lang: keyof typeof CONTEMPTIBLE_BY_LANGUAGE) => listed(CONTEMPTIBLE_BY_LANGUAGE[lang].names);
const SNEERS = (lang: keyof typeof CONTEMPTIBLE_BY_LANGUAGE) => listed(CONTEMPTIBLE_BY_LANGUAGE[lang].sneers);
/**
 * Not after a word and a space: a clause opens here (commas read as spaces leave two), where an imperative stands.
 * Italian's reflexive imperatives are also participles ("ammazzati": killed), which follow their noun or auxiliary.
 */
const CLAUSE_OPENS = '(?<!\\p{L}\\s)';
/** French and Italian articles and "que" elided onto the next word ("qu'une", "d'incapables", "un'idiota"): no space follows. */
const ELIDED = "(qu'|l'|d'|un'|bande d'|une bande d'|qu'une bande d')";

/**
 * Spanish names and adjectives that insult the one they are said to, every gender and number, with the
 * contemptible names of word-lists.ts. "Tonto" and "cabrón" are left out (as often teasing between friends),
 * and so are "crack", "máquina", "bestia" and "monstruo", which praise.
 */
const ES_INSULT = `${CONTEMPTIBLE_WORDS('es')}|inutil|inutiles|idiota|idiotas|imbecil|imbeciles|estupid[oa]s?|gilipollas|subnormal|subnormales|retrasad[oa]s?|perdedor|perdedora|perdedores|perdedoras|basura|escoria|mierda|desgraciad[oa]s?|parasit[oa]s?|gord[oa]s?|fe[oa]s?|cerd[oa]s?|asco|verguenza|deshonra|puta|putas|zorra|zorras|guarra|guarras|pringad[oa]s?|anormal|anormales|incompetente|incompetentes|inept[oa]s?|ridicul[oa]s?|lamentable|lamentables|patetic[oa]s?|mediocre|mediocres|ignorante|ignorantes|chiste|don nadie|cero a la izquierda|${SNEERS('es')}`;
/** What comes between "eres" and the insult: an article, a degree, a curse ("eres una puta vergüenza"). */
const ES_DEGREE = '(un total|una total|totalmente|completamente|un|una|unos|unas|el|la|los|las|tan|muy|mas|solo|un puto|una puta|un maldito|una maldita|un pedazo de|una pedazo de|menudo|menuda|un triste|una triste|un pobre|una pobre|un gran|una gran|un completo|una completa|el mayor|la mayor|el mas|la mas)';
/** A body or a beast called with a sneer to the face ("gorda asquerosa", "cerdo de mierda"): the food and the farm have no sneer. Not "basura": rubbish may be filthy. */
const ES_BODY = 'gord[oa]s?|fe[oa]s?|cerd[oa]s?|puta|zorra|perra|vaca|foca|ballena|inutil|idiota|imbecil|escoria|parasit[oa]s?';

/** The same in Portuguese. "Ninguém" is read apart ("você e ninguém mais" is a promise), and the beasts only after "um"/"uma". */
const PT_INSULT = `${CONTEMPTIBLE_WORDS('pt')}|inutil|inuteis|idiota|idiotas|imbecil|imbecis|estupid[oa]s?|burr[oa]s?|retardad[oa]s?|falhad[oa]s?|perdedor|perdedora|perdedores|perdedoras|lixo|verme|vermes|parasita|parasitas|gord[oa]s?|fei[oa]s?|nojent[oa]s?|ridicul[oa]s?|patetic[oa]s?|vagabund[oa]s?|puta|putas|piranha|piranhas|vadia|vadias|vergonha|desgraca|desgracad[oa]s?|merda|bosta|otari[oa]s?|babaca|babacas|escrot[oa]s?|incompetente|incompetentes|imprestavel|imprestaveis|nulidade|zero a esquerda|arrombad[oa]s?|piada|nojo|${SNEERS('pt')}`;
const PT_DEGREE = '(um|uma|uns|umas|o|a|os|as|muito|mesmo|tao|so|apenas|um grande|uma grande|um puta|uma puta|um baita|uma baita|um completo|uma completa|um verdadeiro|uma verdadeira|o maior|a maior|o mais|a mais|mais)';
/** Called by "seu"/"sua" to the face ("seu idiota", "sua vagabunda"): not "lixo" or "vaca" alone ("separe seu lixo"). */
const PT_CALLED = 'idiota|imbecil|otari[oa]|babaca|verme|inutil|vagabund[oa]|piranha|vadia|nojent[oa]|escrot[oa]|fracassad[oa]|desgracad[oa]|retardad[oa]|burr[oa]|arrombad[oa]|corno|estupid[oa]|imprestavel|lixo humano|baleia|gorda';
/** A body called with a sneer ("gorda nojenta"); beasts and rubbish only after "seu"/"sua" ("o lixo nojento da rua" is rubbish). */
const PT_BODY = 'gord[oa]|fei[oa]|verme|puta|vadia|vagabund[oa]|(seu|sua) (porc[oa]|vaca|baleia|lixo|cobra)';

/** The same in French ("raté" only here, after "tu es": alone it reads as English "rate"). "Monstre" praises. */
const FR_INSULT = `${CONTEMPTIBLE_WORDS('fr')}|nul|nulle|nuls|nulles|idiot|idiote|idiots|idiotes|imbecile|imbeciles|con|conne|cons|connes|connard|connarde|connards|connasse|debile|debiles|abruti|abrutie|abrutis|cretin|cretine|cretins|rate|ratee|rates|dechet|dechets|merde|moche|moches|grosses?(?!\\s\\p{L})|grosses? et|laid|laide|laids|laides|bon a rien|bonne a rien|bons a rien|incapable|incapables|honte|pute|putes|pouffiasse|tache|parasite|parasites|porc|truie|boulet|loser|looser|sous-merde|moins que rien|rien du tout|degueulasse|degueulasses|ridicule|ridicules|pitoyable|pitoyables|inutile|inutiles|attarde|attardee|gogol|blague|pathetique|pathetiques|ignoble|ignobles|immonde|immondes|miserable|miserables`;
const FR_DEGREE = "(completement|totalement|un total|une totale|un|une|des|la|le|bande de|une bande de|vraiment|juste|tellement|trop|si|qu'un|qu'une|un gros|une grosse|un vrai|une vraie|un pauvre|une pauvre|un sale|une sale|le plus|la plus|une belle|qu'une grosse|qu'un gros|qu'une sale|qu'un sale|que|que de la)";
/** Called so to the face after "espèce de", "sale", "pauvre" or an order to leave or be silent (not "raté": "sale rate" is English; the beasts apart, "un gros porc" is meat). */
const FR_CALLED = 'nul|nulle|idiot|idiote|imbecile|con|conne|connard|connasse|debile|abruti|abrutie|cretin|cretine|dechet|merde|moche|pute|pouffiasse|tache|parasites?|loser|sous-merde|minable|batard|batarde';

/** The same in Italian: with "sei" (also "six") no plural beast ("sei maiali" is a farm), and "mostro" praises. */
const IT_INSULT = `${CONTEMPTIBLE_WORDS('it')}|nullita|fallit[oaie]|idiota|idioti|idiote|imbecille|imbecilli|cretin[oaie]|stupid[oaie]|scem[oaie]|deficiente|deficienti|coglione|cogliona|coglioni|stronz[oaie]|sfigat[oaie]|perdente|perdenti|buon[oa] a nulla|buoni a nulla|parassit[aie]|spreco di (ossigeno|spazio|aria)|vergogna|brutt[oaie]|grass[oaie]|ciccion[ae]|maiale|porc[oa]|vacca|troia|troie|puttana|puttane|zoccola|zoccole|mignotta|incapace|incapaci|incompetente|incompetenti|rifiuto|feccia|nessuno|ritardat[oaie]|inutile|inutili|ridicol[oaie]|penos[oaie]|cesso|racchia|merda|pezzo di merda|barzelletta|${SNEERS('it')}`;
const IT_DEGREE = "(un totale|una totale|totalmente|completamente|un completo|una completa|un|una|uno|dei|delle|degli|proprio|davvero|solo|soltanto|solamente|cosi|talmente|troppo|il|la|l'essere piu|la persona piu|l'uomo piu|la donna piu|il ragazzo piu|la ragazza piu|un vero|una vera|veramente|nient'altro che|un grandissimo|una grandissima|un povero|una povera|il piu|la piu)";
const IT_CALLED = 'idiota|imbecille|cretin[oa]|stronz[oa]|coglione|cogliona|deficiente|sfigat[oa]|fallit[oa]|maiale|porc[oa]|vacca|troia|puttana|zoccola|ciccion[ae]|buon[oa] a nulla|ritardat[oa]|scem[oa]|cesso|feccia|verme|pezzo di merda|bastard[oa]|racchia|nullita';

/**
 * The same in German, nouns and adjectives (folded: "hässlich" is "hasslich"). "Nichts", "Niemand", "Null" and
 * "Schande" only after "ein"/"eine" ("du bist nichts Geringeres als..."); "Opfer" (also a victim), "Schwein" ("du
 * Schwein gehabt") and the other beasts only with a sneer.
 */
const DE_NOUN = `${CONTEMPTIBLE_WORDS('de')}|idiot|idiotin|vollidiot|vollidiotin|loser|looser|abschaum|missgeburt|nichtsnutz|depp|spast|spasti|hurensohn|hure|schlampe|fotze|wichser|arschloch|penner|mongo|dummkopf|hohlkopf|vollpfosten|pisser|lusche|parasit`;
const DE_ADJ = `(hasslich|dumm|fett|eklig|nutzlos|wertlos|peinlich|lacherlich|bescheuert|behindert|blod|hohl|strohdumm|asozial|unfahig|hirnlos|${SNEERS('de')})(e|er|es|en)?`;
const DE_DEGREE = `(alle|allesamt|so|echt|total|einfach|wirklich|voll|sowas von|ja|doch|nur|halt|eh|nichts als|nix als|der|die|ein|eine|einen|so ein|so eine|der gro(ss|ß)te|die gro(ss|ß)te|ein richtiger|eine richtige|ein echter|eine echte|ein verdammter|eine verdammte|ein kompletter|eine komplette|${DE_ADJ})`;

/** The same in Dutch. "Niks" only with "waard" ("je bent niks veranderd"); "dik" and "vet" only with a noun ("je bent dik welkom", "vet" is cool). */
const NL_INSULT = 'loser|losers|sukkel|sukkels|idioot|idioten|debiel|debielen|mongool|klootzak|klootzakken|hoer|hoeren|slet|sletten|lul|eikel|eikels|mislukkeling|mislukkelingen|nietsnut|nietsnutten|waardeloos|waardeloze|nutteloos|nutteloze|lelijk|lelijke|zielig|zielige|dom|domme|achterlijk|achterlijke|walgelijk|walgelijke|schande|parasiet|parasieten|varken|koe|zwijn|stuk vreten|stuk stront|kneus|oetlul|randdebiel|trut|teef|kankerlijer|tyfuslijer|mislukt|mislukte|grap';
const NL_DEGREE = "(een|echt|zo|zo'n|zon|gewoon|ook|toch|maar|de|het|heel|allemaal|een echte|een grote|een vieze|een vuile|een domme|een dikke|een lelijke|een zielige|een vette|zo'n vieze|zo'n dikke|zo'n domme)";
const NL_CALLED = 'sukkel|loser|hoer|slet|idioot|mislukkeling|klootzak|trut|teef|kneus|eikel|lul|debiel|mongool|nietsnut|oetlul|parasiet';

const LANGUAGES: Record<string, LanguageThreats> = {
  en: {
    anchor: anchor('kill|murder|stab|shoot|strangl|hurt|break|bullet|coming|bury|slit|burn|torch|firebomb|set fire'),
    patterns: [
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|im going to|we're gonna|we're going to) (?:(just|fucking|personally|literally|gladly|happily|actually|definitely) )?(kill|murder|stab|shoot|strangle|hurt|bury|gut|slit) (you|u|ya|y'all|him|her|them|your family|your kids)"),
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|we're gonna) (break|smash|snap|cut|slit) (your|ur|his|her|their) (neck|legs|leg|face|bones|jaw|arms|skull|head|throat|fingers|knees)"),
      threat(0.8, "(you|u) (won't|wont|will not|are not going to|aren't gonna) see (me|us|it) coming"),
      call(0.75, '(someone|somebody|we) (needs to|need to|should|ought to|has to|have to|must) (put a bullet in|shoot|kill|stab|hang|lynch|burn) (him|her|them|that|this|these|those|every|all)'),
      // Arson against someone's home or business; the subject is often left out ("Going to burn...").
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|im going to|we're going to|going to|gonna|i will|we will) (burn|torch|firebomb|set fire to) (down )?(your|ur|his|her|their) (house|home|shop|store|car|place|office|restaurant|studio|flat|apartment)"),
      // The act coordinated with another the speaker will do first: "I'm going to find you and kill you".
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|im going to|we're gonna|we're going to|i will|we will) (?:\\p{L}+ ){1,4}(and|then|an) (kill|murder|stab|shoot|strangle|slit|gut) (you|u|ya|y'all)"),
    ],
    innocentAfter: tail(`with (${KINDNESS.join('|')})|to me|on stage|on the dance floor|${SENT_OR_PHOTOGRAPHED}`),
    negatedBefore: negation("never|not|wouldn't|would never"),
  },
  es: {
    anchor: anchor('eres|sois|usted|ni|deberias|tendrias|deja|odia|detest|despreci|importas|caes|gustas|interesas|callate|calla|cierra|largate|pirate|esfumate|desaparece|muerete|asqueros|patetic|miserabl|repugnant|cobard|mierda|rastrer|das|dais|nadie|rie|rien|reia|burl|mejor|sol|verguenza|avergonz|vales|valeis|sirves|servis|matate|suicidate|ahorcate|cuelgate|pegate|tirate|morir|matarte|suicidarte|ahorcarte|colgarte|ojala|quem|incendi|fuego|donde|dispar|bala|asesin|viol|fusil|linch|decapit|merecen|mat|romp|part|revent|apunal|acuchill|quem|degoll|ahorc|dispar|tiro|muert|morir|venir|raj|estrangul|ahog|atropell|cuello'),
    patterns: [
      threat(0.85, '(te|os|lo|la|los|las) (voy|vamos) a (matar|reventar|apunalar|acuchillar|quemar|degollar|ahorcar|colgar|disparar|pegar un tiro|matar a golpes|romper la cara|partir la cara|romper las piernas|partir las piernas)'),
      threat(0.85, '(voy|vamos) a (matarte|mataros|reventarte|apunalarte|acuchillarte|quemarte|degollarte|ahorcarte|dispararte|pegarte un tiro|romperte la cara|partirte la cara|romperte las piernas|partirte las piernas)'),
      threat(0.85, '(te|os) (matare|mataremos|apunalare|degollare|ahorcare|reventare|rompere la cara|rompere las piernas)'),
      // Session 14, by class: a bullet, a cut throat, strangling, running over, bones broken; the present for the
      // future ("te parto la cara"), where the bare "te mato" is left out: it is as often a joke.
      threat(0.85, '(te|os) (voy|vamos) a (meter una bala|meter un tiro|volar la cabeza|rajar|rajar el cuello|cortar el cuello|estrangular|ahogar|atropellar|romper los huesos|partir la boca|romper la boca|partir el cuello|romper el cuello)'),
      threat(0.85, '(te|os) (rajo|apunalo|degollo|estrangulo|parto la cara|rompo la cara|parto las piernas|rompo las piernas|parto la boca|rompo la boca|parto el cuello|rompo el cuello|meto un tiro|pego un tiro|meto una bala|vuelo la cabeza|corto el cuello|rajo el cuello)'),
      threat(0.75, '(vas|vais) a morir|(estas|estais|ya estas) (muerto|muerta|muertos)'),
      threat(0.8, 'no me (veras|vas a ver|veran) venir'),
      call(0.75, '(voy|vamos) a (matar|disparar a|quemar) a (todos los|todas las|los|las|cada|cualquier|el proximo|la proxima)'),
      call(0.75, '(alguien deberia|alguien tiene que|hay que|habria que|deberiamos) (matarlos|matarlas|matarlo|matarla|pegarle un tiro|ahorcarlos|ahorcarlo|quemarlos|fusilarlos|exterminarlos|matar a todos)'),
      call(0.75, '(voy a|vamos a|tengo que|tenemos que|quiero|pienso|iré a) (?:\\p{L}+ ){0,3}(asesinar|apunalar|acuchillar|degollar|fusilar|linchar|decapitar|violar a|matar a|disparar a|pegarle un tiro a|pegar un tiro a)'),
      call(0.75, '(asesinare|apunalare|acuchillare|degollare|fusilare|linchare|decapitare|violare a|matare a|disparare a)'),
      call(0.7, '(deberian|merecen|tienen que|hay que) (ser )?(asesinados|asesinadas|ejecutados|ejecutadas|fusilados|fusiladas|ahorcados|ahorcadas|exterminados|exterminadas|linchados|quemados vivos|morir)'),
      threat(0.7, '(yo )?se donde (vives|duermes|trabajas)'),
      call(0.75, '(alguien deberia|alguien tiene que|alguien va a|hay que) (dispararle|dispararles|pegarle un tiro|pegarles un tiro|meterle una bala|meterle un tiro|volarle la cabeza)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(voy a|vamos a|te voy a|te vamos a) (quemar|incendiar|prender fuego a|pegar fuego a) (tu|su|vuestra|vuestro) (casa|tienda|coche|negocio|local|oficina|piso)'),
      threat(0.85, '(quemare|incendiare) (tu|su) (casa|tienda|coche|negocio|local|piso)'),
      // The act coordinated with another done first: "voy a encontrarte y matarte", "te voy a encontrar y matar".
      threat(0.85, '(voy|vamos) a \\p{L}+(te|os) (?:\\p{L}+ ){0,2}y (matarte|mataros|apunalarte|acuchillarte|degollarte|ahorcarte|dispararte|reventarte|quemarte)'),
      threat(0.85, '(te|os) (voy|vamos) a \\p{L}+ (?:\\p{L}+ ){0,2}y (matar|apunalar|acuchillar|degollar|ahorcar|reventar|quemar)'),
      // Insults and humiliation aimed at "you" (tú, vosotros, usted): called names to the face, told that no one wants
      // them, told to kill themselves. "Soy un inútil", "no eres un inútil" and "nadie te quiere tanto como..." are not.
      insult(0.8, `(eres|sois|tu eres|usted es|ustedes son|vosotros sois|no eres mas que|no sois mas que|no eres otra cosa que) (?:${ES_DEGREE} ){0,2}(${ES_INSULT})`),
      insult(0.8, `que (${ES_INSULT}) (eres|sois)`),
      // Apart, so that its own words gate it: a list of insults first would be tried at every word.
      insult(0.8, `(${ES_INSULT}) es lo que (eres|sois)`),
      insult(0.75, `(callate|calla|cierra la boca|cierra el pico|cierra el hocico|largate|pirate|esfumate|desaparece|muerete) (?:(ya|de una vez|de aqui|de mi vista) )?(?:${ES_DEGREE} )?(${ES_INSULT})`),
      insult(0.7, `(${ES_BODY}) (${SNEERS('es')})`),
      insult(0.65, '(me |nos )?(das|dais) (asco|pena|verguenza ajena|lastima|grima)'),
      insult(0.7, '(nadie|nadie nunca|ni (tu|su) (propia )?(madre|mama|padre|familia)) te (quiere|ama|soporta|aguanta|traga|necesita|respeta|echara de menos|va a echar de menos|extranara|va a extranar|va a querer|querra)(?! (tanto|mas|como|igual|mejor))'),
      insult(0.65, '(todo el mundo|todos|toda la gente) te (odia|odian|detesta|detestan|desprecia|desprecian)|a nadie le (importas|caes bien|gustas|interesas)'),
      insult(0.6, '(todo el mundo|todos|toda la gente|la gente) (se rie|se rien|se burla|se burlan|se reia|se reian|se burlaba|se burlaban) de (ti|usted|vosotros)'),
      insult(0.75, '(el mundo|la vida de todos) (estaria|seria|sera|estara|iria) mejor sin (ti|usted|vosotros)|desaparece de la faz de la tierra'),
      // Alone for ever, not for the evening: "¿te vas a quedar sola en casa?" is a question.
      insult(0.6, 'siempre (vas a estar|estaras|seras|vas a ser) (sol[oa]s?|un fracasado|una fracasada)|(te vas a quedar|vas a quedarte|te quedaras) sol[oa]s? (para siempre|toda tu vida|toda la vida)|(vas a morir|moriras|vas a morirte) sol[oa]s?'),
      insult(0.6, '(deberia darte|deberias tener|te deberia dar|deberias sentir|tendrias que tener) verguenza|deberias avergonzarte|no tienes verguenza'),
      insult(0.7, 'no (vales|valeis) (nada|una mierda|un pimiento)|no (sirves|servis) (para nada|ni para)|no eres nadie(?! para)'),
      threat(0.85, '(matate|suicidate|ahorcate|cuelgate|pegate un tiro|tirate (de|desde|por|a|bajo) (un|una|el|la|las|los) (puente|ventana|balcon|edificio|azotea|vias|tren|metro|acantilado|barranco)|(vete|ve|andate|anda) a (morir|morirte|matarte|suicidarte|ahorcarte|colgarte)|(deberias|tendrias que) (morirte|matarte|suicidarte|ahorcarte|colgarte)|muerete|deja de respirar|ojala te (mueras|murieras|maten|pudras|atropelle|parta un rayo))(?! (estudiando|trabajando|entrenando|a estudiar|a trabajar))'),
    ],
    innocentAfter: tail('de (risa|amor|ternura|cosquillas|besos|envidia|la risa|cansancio|sueno|hambre|miedo|frio|calor|verguenza|aburrimiento)|a (besos|abrazos|cosquillas)'),
    negatedBefore: negation('no|nunca|jamas|(diga|digan|dice|dicen|dijo|dijeron|decir|creas|pienses|sientas) que|(decia|decian|dijo|dijeron|gritaba|gritaban)'),
  },
  pt: {
    anchor: anchor('odei|detest|despreza|voce|vc|tu|o senhor|a senhora|es|seu|sua|seus|suas|nojent|patetic|miserave|desprezive|covard|merda|imund|asqueros|ninguem|ri|riem|ria|riam|zoa|goza|zomba|tira|mundo|sozinh|vergonha|vale|vales|serve|serves|matar|enforcar|jogar|mata|enforca|joga|pula|queim|incendi|fogo|onde|quebr|atir|assassin|estupr|degol|fuzil|linch|decapit|atirar|executad|mat|esfaque|quebr|arrebent|rebent|queim|enforc|tiro|bala|morr|mort|cheg|estrangul|atropel|afog|apunhal|cortar'),
    patterns: [
      threat(0.85, '(vou|vamos|irei|iremos) (te|lhe|vos) (matar|esfaquear|queimar|enforcar|dar um tiro|meter uma bala|arrebentar|rebentar|quebrar|estrangular|degolar|atropelar|afogar|apunhalar|cortar o pescoco|cortar a garganta)'),
      threat(0.85, '(vou|vamos) (matar|esfaquear|queimar|enforcar)(-te|-vos|-lo|-la)'),
      threat(0.85, '(vou|vamos) (te )?(quebrar|partir|arrebentar|rebentar) (a|as|o|os) (tua|tuas|sua|suas|teu|teus|seu|seus) (cara|pernas|perna|bracos|dentes|pescoco|cabeca|fuca|ossos)'),
      threat(0.85, '(eu )?(te|vos) (mato|matarei|mataremos|esfaqueio|esfaquearei)'),
      threat(0.75, '(voce|vc|tu) (vai|vais|ira) morrer|(voce|vc|tu) (esta|estas|ta|tas|ja esta|ja ta) (morto|morta)'),
      threat(0.8, '(nao|nem) (vai|vais|vao) me ver (chegando|chegar|vindo)'),
      call(0.75, '(vou|vamos) (matar|atirar em|queimar) (todos os|todas as|os|as|cada|qualquer|o proximo|a proxima)'),
      call(0.75, '(alguem deveria|alguem devia|alguem precisa|alguem tem que|temos que|tem que|devemos) (matar|dar um tiro|enforcar|fuzilar|exterminar) (ele|ela|eles|elas|todos|todas|esses|essas|nele|nela)'),
      call(0.75, '(vou|vamos|tenho que|temos que|preciso|quero|irei) (?:\\p{L}+ ){0,3}(assassinar|esfaquear|estuprar|degolar|fuzilar|linchar|decapitar|atirar em|dar um tiro em|matar (um|uma|todos|todas|qualquer))'),
      call(0.75, '(assassinarei|esfaquearei|estuprarei|degolarei|fuzilarei|lincharei|matarei (um|uma|todos|todas|qualquer))'),
      call(0.7, '(deveriam|devem|merecem|tem que|têm que|precisam) (ser )?(assassinados|assassinadas|executados|executadas|fuzilados|fuziladas|enforcados|enforcadas|exterminados|exterminadas|linchados|queimados vivos|morrer)'),
      threat(0.7, '(eu )?sei onde (voce|tu|vc) (mora|moras|vive|vives|trabalha|dorme)'),
      threat(0.85, '(vou|vamos) (te )?(quebrar|partir|arrebentar|rebentar) (tua|tuas|sua|suas|teu|teus|seu|seus) (cara|pernas|perna|bracos|dentes|pescoco|cabeca|ossos)'),
      call(0.75, '(alguem|alguém) (devia|deveria|precisa|tem que) (dar um tiro|atirar|meter uma bala|meter bala) (nele|nela|neles|nelas|nesse|nessa|naquele|naquela|em)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(vou|vamos) (queimar|incendiar|tacar fogo (em|na|no)|botar fogo (em|na|no)|por fogo (em|na|no)) (tua|sua|teu|seu) (casa|loja|carro|negocio|escritorio)'),
      // The act coordinated with another done first: "vou te encontrar e te matar".
      threat(0.85, '(vou|vamos|irei|iremos) (te|lhe|vos) \\p{L}+ (?:\\p{L}+ ){0,2}e (te |lhe |vos )?(matar|esfaquear|enforcar|estrangular|degolar|apunhalar|queimar)'),
      // Insults and humiliation aimed at "you" (você, tu, o senhor): names to the face, "seu idiota", no one wants
      // you, go kill yourself. "Sou um inútil", "você não é um inútil" and "ninguém te ama mais que eu" are not.
      insult(0.8, `(voce|vc|tu|voces|vcs|o senhor|a senhora) (e|es|eh|sao) (?:${PT_DEGREE} ){0,2}(${PT_INSULT})|(voce|vc|tu) (e|es) (um|uma) (porc[oa]|vaca|baleia|cadela)|es (um|uma) (?:${PT_DEGREE} )?(${PT_INSULT})`),
      insult(0.75, `(seu|sua|seus|suas) (?:(grande|grandessissim[oa]|maldit[oa]|puta) )?(${PT_CALLED})|(some|suma|sai|vaza|cala a boca|cala boca|desaparece|cai fora|morre) (?:(daqui|da minha frente|da minha vida|logo) )?(seu|sua) (lixo|merda|bosta|porc[oa]|vaca|${PT_CALLED})`),
      insult(0.7, `(${PT_BODY}) (${SNEERS('pt')})`),
      insult(0.7, 'ninguem (nunca )?(te (ama|quer|suporta|aguenta|atura|respeita|amou|quis|vai amar|vai querer)|(ama|quer|suporta|aguenta|atura|respeita) (voce|vc)|(gosta|precisa|se importa|liga) (de|com|pra|para) (voce|vc|ti)|vai (sentir|ter) (a )?(sua|tua) falta|sentira (a )?(sua|tua) falta)(?! (mais|tanto|como|igual|melhor))'),
      insult(0.65, '(todo mundo|toda a gente|todos) (te odeia|te odeiam|te detesta|te detestam|te despreza|odeia voce|odeiam voce)'),
      insult(0.6, '(todo mundo|toda a gente|todos|geral) (ri|riem|ria|riam|zoa|zoam|goza|gozam|zomba|zombam|tira sarro|tiram sarro) (de|da) (voce|vc|ti|sua cara|tua cara)'),
      insult(0.75, 'o mundo (seria|estaria|sera|ficaria|fica) melhor sem (voce|vc|ti|voces)'),
      insult(0.6, '(vai|vais|ira) (morrer|acabar) sozinh[oa]s?|(vai|vais) (ser|estar|ficar) (sempre sozinh[oa]s?|sozinh[oa]s? (pra|para) sempre)'),
      insult(0.6, '(voce|vc|tu) (devia|deveria|devias|deverias) (ter vergonha|se envergonhar|sentir vergonha)|(tenha|tem) vergonha na cara'),
      insult(0.7, `(voce|vc|tu) nao (vale|vales) (nada|um centavo|merda nenhuma)|(voce|vc|tu) nao (serve|serves) (pra|para) nada|(voce|vc|tu) nao (e|es) ninguem(?! (pra|para))|(voce|vc|tu) nao (passa|passas) de (um|uma) (?:${PT_DEGREE} )?(${PT_INSULT})`),
      threat(0.85, '(?<!(ele|ela|eles|elas|voce|vc|gente|que|ninguem|alguem) )(vai|va) se (matar|enforcar|jogar (de|da|do|numa|num|na|no|em) (?:(uma|um|a|o) )?\\p{L}+)|(vai|va)-te (matar|enforcar)|se (mata|enforca) (logo|de vez|de uma vez|agora)|(mata|enforca)-te|(devia|deveria|devias|deverias) (se matar|te matar|matar-te|se enforcar|enforcar-te)|(se joga|pula) (de uma|de um|da|do|de cima da|de cima do) (ponte|predio|janela|viaduto|penhasco)'),
    ],
    innocentAfter: tail('de (rir|riso|saudades?|amor|beijos|cocegas|inveja|vergonha|cansaco|fome|sono|medo|frio|calor|tedio)|(em|com|de) (beijos|abracos|carinho)'),
    negatedBefore: negation('nao|nunca|jamais|(diga|digam|diz|dizem|disse|disseram|dizer|ache|acredite|pense) que|(dizia|diziam|disse|disseram|gritava|gritavam)'),
  },
  fr: {
    anchor: anchor("deteste|hait|haiss|mepris|tu|t'es|t es|vous|espece|pauvre|sale|gros|bande|gueule|ferme|casse|degage|barre|tais|personne|moque|rit|rient|fout|monde|seul|honte|vaux|vaut|sers|tuer|pendre|suicid|foutre|jeter|tue|pends|flingue|pendez|tuez|jette|peau|fete|portrait|brul|incendi|cram|feu|sais|tirer|balle|assassin|poignard|viol|fusill|lynch|decapit|tue|but|crev|egorg|plant|defonc|cass|brul|pend|etrangl|descend|explos|massacr|mort|mour|venir|balle"),
    patterns: [
      threat(0.85, "(je vais|j'vais|jvais|j'te vais|on va|nous allons) (te|vous|t') (tuer|buter|crever|egorger|planter|defoncer|bruler|pendre|etrangler|descendre|massacrer|exploser|casser la gueule|casser les jambes|peter la gueule|mettre une balle|faire la peau|faire ta fete|refaire le portrait)"),
      threat(0.85, "(je|j'|on) (te|vous|t') (tuerai|tuera|buterai|butera|creverai|egorgerai|planterai|defoncerai|casserai la gueule|casserai les jambes|bute|tue|crève|creve|egorge)"),
      threat(0.75, "(tu vas|vous allez) (mourir|crever|le regretter amerement)|(t'es|tu es|vous etes) (deja )?(mort|morte|morts|un homme mort|une femme morte)"),
      threat(0.8, "(tu|vous) (ne )?me (verras|verrez) pas venir"),
      call(0.75, "(je vais|on va|nous allons|il faut|faut) (tuer|buter|abattre|fusiller|exterminer|bruler|pendre) (tous les|toutes les|les|chaque|le prochain|la prochaine|ces)"),
      call(0.75, "(quelqu'un|quelqu un) (doit|devrait|devra) (le|la|les|lui) (tuer|buter|abattre|descendre|pendre|mettre une balle)"),
      call(0.75, "(je vais|j'vais|on va|je dois|je veux|nous allons|je compte|il faut que je) (?:\\p{L}+ ){0,3}(assassiner|poignarder|egorger|fusiller|lyncher|decapiter|violer (un|une|des|ce|cette|cet|tous|toutes|chaque)|tuer (un|une|des|tous les|toutes les|chaque|ce|cette|cet|le prochain|la prochaine))"),
      call(0.75, "(je|j'|on) (assassinerai|poignarderai|egorgerai|fusillerai|lyncherai|decapiterai|violerai|tuerai (un|une|des|tous|toutes|chaque))"),
      call(0.7, "(devraient|doivent|meritent de|faut les) (etre )?(assassines|assassinees|executes|executees|fusilles|fusillees|pendus|pendues|extermines|exterminees|lynches|bruler vifs|mourir|tuer|exterminer)"),
      threat(0.7, "(je sais|j'sais|on sait) ou (tu habites|tu vis|tu dors|tu bosses|t'habites|vous habitez)"),
      call(0.75, "(quelqu'un|quelqu un|on) (devrait|doit|va|devra) (lui |leur )?(tirer dessus|mettre une balle|coller une balle|loger une balle|faire sauter la cervelle)"),
      // Arson against someone's home, shop or car.
      threat(0.85, "(je vais|j'vais|on va|nous allons|je|on) (bruler|incendier|cramer|mettre le feu a|brulerai|incendierai|mettrai le feu a) (ta|votre|ton) (maison|boutique|voiture|magasin|bureau|appart|appartement)"),
      // The act coordinated with another done first: "je vais te trouver et te tuer".
      threat(0.85, "(je vais|j'vais|jvais|on va|nous allons) (te|vous|t') ?\\p{L}+ (?:\\p{L}+ ){0,2}et (te |vous |t' ?)?(tuer|buter|crever|egorger|poignarder|etrangler|descendre|massacrer)"),
      // Insults and humiliation aimed at "you" (tu, vous): names to the face, "espèce de", no one wants you, go hang
      // yourself. "Je suis nul", "t'es pas nul", "t'es un monstre" (praise) and "personne ne t'aime plus que moi" are not.
      insult(0.8, `(tu es|t'es|t es|vous etes|tu n'es|vous n'etes|t'es juste|tu es juste) (?:${FR_DEGREE} |${ELIDED}){0,2}(${FR_INSULT})(?! part)`),
      insult(0.75, `(espece de|pauvre|sale|gros|grosse|bande de|ta gueule|ferme ta gueule|ferme-la|la ferme|casse-toi|degage|barre-toi|tais-toi) (${FR_CALLED})|(espece|bande) d'(${FR_CALLED})|(espece de|sale|ta gueule|ferme ta gueule|casse-toi|degage) (porc|truie|vache)|(?<!(un|une|le|la|les|des|du|ce|cette|mon|ma|ton|ta|son|sa|notre|votre|leur|nos) )(grosse vache|gros porc|grosse truie|grosse baleine)`),
      insult(0.7, "personne (ne )?(t'aime|t'aimera|t'a jamais aime|te supporte|te veut|(veut|voudra|voudrait) (jamais )?de toi|te regrettera|te regretterait|te respecte)(?! (plus|autant|mieux|comme|que))"),
      insult(0.65, "(tout le monde|tous|les gens) (te deteste|te detestent|te hait|te haissent|te meprise|te meprisent)"),
      insult(0.6, '(tout le monde|tous|toute la classe|les gens) (se moque|se moquent|rit|rient|se fout|se foutent) de (toi|ta gueule|vous)'),
      insult(0.75, 'le monde (serait|sera|irait|ira|se porterait) (meilleur|mieux) sans (toi|vous)'),
      insult(0.6, 'tu (seras|resteras|vas rester) (toujours|toute ta vie) (seul|seule)|tu (finiras|mourras|vas finir|vas mourir) (toujours |toute ta vie )?(seul|seule)'),
      insult(0.6, 'tu (devrais|dois) avoir honte|honte a toi|tu (me |nous )?fais (honte|pitie|vomir|gerber)|vous (me |nous )?faites (honte|pitie|vomir|gerber)'),
      insult(0.7, "tu (ne )?(vaux|vaut) rien|tu (ne )?sers a rien|(tu n'es|t'es|vous n'etes) rien(?! (de|d'|que|qu'|sans))"),
      threat(0.85, `${CLAUSE_OPENS}(va|allez) (mourir|crever)|(?:${CLAUSE_OPENS}|et )creve(?!-| (de|d'))|(?<!(ca|il|elle|on|qui|ce|cela|tout) )va te (tuer|pendre|suicider|foutre en l'air|jeter (d'un|du|sous|par))|allez vous (pendre|tuer|suicider)|(tue|pends|suicide|flingue)(-| )toi|(pendez|tuez|suicidez)-vous|jette(-| )toi (d'un|du haut d'un|du|par la|sous un|sous le)`),
    ],
    innocentAfter: tail("de rire|d'amour|de bisous|de chatouilles|de jalousie|de fatigue|de faim|de peur|de froid|de honte"),
    negatedBefore: negation("ne|jamais|(dise|disent|dit|dire|crois|penses|pense) (que|qu')|(disait|disaient|a dit|ont dit|criait|criaient)"),
  },
  de: {
    anchor: inside('hass|veracht|bist|seid|sind|du |niemand|keiner|keine sau|kein schwein|kein mensch|lach|lustig|welt|allein|einsam|scham|bring dich|sterben|hang|spring|stirb|verreck|krepier|schlitz|kehle|zund|fackel|fackl|brenn|brand|wei|wiss|kugel|ermord|erstech|vergewalt|lynch|kopf|enthaupt|erschoss|gehangt|getotet|hingericht|ausgerott|tod|bring|umbring|tot|stech|schie(ss|ß)|knall|kalt|prugel|wurg|hang|brenn|brech|schlacht|vergas|sterb|kommen'),
    patterns: [
      threat(0.85, '(ich|wir) (werde|werd|werden|will|wollen) (dich|euch|sie) (?:\\p{L}+ )?(umbringen|toten|abstechen|erschie(ss|ß)en|abknallen|kaltmachen|verprugeln|erwurgen|aufhangen|verbrennen|abschlachten|erstechen|vergasen)'),
      threat(0.85, '(ich|wir) (bring|bringe|bringen|stech|steche|stechen|knall|knalle|knallen|mach|mache|machen) (dich|euch) (?:\\p{L}+ )?(um|ab|kalt)'),
      threat(0.85, '(ich|wir) (tote|toten|erschie(ss|ß)e|ersteche|erwurge) (dich|euch)'),
      // Session 14, by class: a bullet in the head, a cut throat, slit open, run over.
      threat(0.85, '(ich|wir) (jag|jage|jagen|schie(ss|ß)|schie(ss|ß)e|verpass|verpasse) (dir|euch) (?:\\p{L}+ )?(eine kugel|kugeln|blei) (in den kopf|durch den kopf|in die birne|in den schadel)|(ich|wir) (schneid|schneide|schneiden) (dir|euch) (die kehle|den hals|die gurgel) durch|(ich|wir) (schlitz|schlitze|schlitzen) (dich|euch) auf|(ich|wir) (fahr|fahre|fahren) (dich|euch) (tot|platt)'),
      threat(0.85, '(ich|wir) (brech|breche|brechen|werde|werden) (dir|euch) (?:(alle|beide) )?(?:(die|den|das) )?(beine|knochen|arme|genick|hals|nase|kiefer|fresse|finger)'),
      threat(0.75, '(du bist|ihr seid) (so gut wie |schon )?(tot|tot!|ein toter mann)|(du wirst|ihr werdet) (bald )?sterben'),
      threat(0.8, '(du wirst|ihr werdet) mich nicht kommen sehen'),
      call(0.75, '(jemand|man) (sollte|muss|musste|soll|mu(ss|ß)te) (ihn|sie|die|den|diese|alle) (?:\\p{L}+ )?(umbringen|toten|erschie(ss|ß)en|abknallen|aufhangen|vergasen|abschlachten|ausrotten)'),
      call(0.75, '(ich|wir) (werde|werd|werden|will|wollen|muss|mussen|gehe|geh|gehen) (?:\\p{L}+ ){0,3}(ermorden|erstechen|abstechen|vergewaltigen|erschie(ss|ß)en|abknallen|umbringen|toten|lynchen|kopfen|enthaupten|vergasen|abschlachten)'),
      call(0.75, '(werde|werd|werden|will|wollen|muss|mussen) (ich|wir) (?:\\p{L}+ ){0,3}(ermorden|erstechen|abstechen|vergewaltigen|erschie(ss|ß)en|abknallen|umbringen|toten|lynchen|kopfen|enthaupten|vergasen|abschlachten)'),
      call(0.7, '(sollten|sollte|mussen|muss|verdienen es) (alle )?(?:\\p{L}+ ){0,2}(ermordet|erschossen|vergast|aufgehangt|gehangt|getotet|hingerichtet|ausgerottet|gelyncht|umgebracht) (werden)'),
      call(0.7, '(verdienen|verdient) (es )?(den tod|zu sterben)'),
      threat(0.7, '(ich|wir) (wei(ss|ß)|wissen) wo (du wohnst|du schlafst|du arbeitest|ihr wohnt)'),
      call(0.75, '(jemand|man) (sollte|muss|musste|soll) (diesem|dem|den|diesen|ihm|ihr|ihnen) (?:\\p{L}+ ){0,2}(eine kugel|kugel|blei) (verpassen|geben|in den kopf jagen|durch den kopf jagen)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(ich|wir) (werde|werd|werden) (dein|deine|euer|eure) (haus|laden|auto|geschaft|wohnung|buro) (anzunden|abfackeln|niederbrennen|in brand stecken)'),
      threat(0.85, '(ich|wir) (zunde|zund|zunden|fackle|fackel|fackeln) (dein|deine|euer|eure) (haus|laden|auto|geschaft|wohnung) (an|ab)'),
      // The act coordinated with another done first: "ich werde dich finden und (dich) umbringen".
      threat(0.85, '(ich|wir) (werde|werd|werden) (dich|euch) (?:\\p{L}+ ){1,3}und (dich |euch )?(umbringen|toten|abstechen|erschie(ss|ß)en|abknallen|kaltmachen|erwurgen|erstechen|aufhangen)'),
      // Insults and humiliation aimed at "you" (du, ihr, Sie): names to the face, "du Idiot", no one wants you, kill
      // yourself. "Ich bin so ein Idiot", "du bist kein Versager", "du bist der Hammer" and "bring dich mit ein" are not.
      insult(0.8, `(du bist|ihr seid|bist du|seid ihr) (?:${DE_DEGREE} ){0,3}(${DE_NOUN}|${DE_ADJ})|sie sind (ein|eine) (?:${DE_ADJ} )?(${DE_NOUN})`),
      insult(0.8, '(du bist|ihr seid|sie sind) (?:(echt|wirklich|einfach|ja|doch|nur|halt|total|absolut) ){0,2}((ein|eine) (?:(absolute|totale|komplette|echte|riesige|gro(ss|ß)e|richtige) )?(nichts|niemand|null|schande|enttauschung|witz)|der letzte dreck|das (aller)?letzte|(nichts|nix|gar nichts|einen dreck|keinen cent) wert)'),
      // "du Loser" is also French ("le syndrome du loser"): only with a sneer.
      insult(0.75, `du (?!(loser|looser) )(?:(${DE_ADJ}|kleine[rs]?|alte[rs]?|verdammte[rs]?|elende[rs]?|schei(ss|ß)) ){0,2}(${DE_NOUN})|du (${DE_ADJ}|alte) (kuh|sau|schwein|ziege|gans|made|opfer)`),
      insult(0.7, '(niemand|keiner|keine sau|kein schwein|kein mensch) (mag|liebt|will|braucht|vermisst|ertragt) dich(?! (so|mehr|wie|besser|lieber|zu|auch|(?:\\p{L}+ ){0,2}\\p{L}+en(?!\\p{L})))|(niemand|keiner|kein mensch) (wurde|wird) dich (je |jemals )?vermissen|(niemand|keiner) kann dich (leiden|ausstehen)'),
      insult(0.65, '(alle|jeder) (hassen|hasst|verachten|verachtet) dich'),
      insult(0.6, '(alle|jeder) (lachen|lachten|lacht) (uber dich|dich aus)|(alle|jeder) (machen|machten|macht) sich uber dich lustig'),
      insult(0.75, 'die welt (ware|wurde|ist|war) (?:\\p{L}+ ){0,2}(besser|schoner) (dran )?ohne dich'),
      insult(0.6, 'du (wirst|bleibst) (immer|fur immer|dein leben lang|fur immer und ewig) (allein|alleine|einsam)|du (wirst )?(stirbst|sterben) (allein|alleine|einsam)'),
      insult(0.6, 'du (solltest|musstest|sollst) dich schamen|scham dich(?! nicht)'),
      threat(0.85, 'bring dich (?:(doch|einfach|endlich|mal|bitte|am besten|gleich|selbst|halt|lieber) ){0,3}um(?! (den|die|das|deinen|deine|dein|ihren|ihre|eine|einen|ein))|(geh|geht) (?:(doch|einfach|endlich|mal|lieber|bitte) ){0,2}sterben|(hang|hangt) (dich|euch) (?:(doch|einfach|endlich|mal|bitte|am besten|gleich|lieber) ){0,3}auf|spring (?:(doch|einfach|endlich|mal|bitte|am besten|gleich|lieber) ){0,3}(von einer brucke|von der brucke|vom dach|vor (einen|den) zug|aus dem fenster)|(stirb|verreck|krepier) (doch|einfach|endlich|bitte|lieber)'),
    ],
    innocentAfter: tail('vor lachen|mit liebe|vor liebe|mit kussen|vor mudigkeit|vor hunger|vor angst'),
    negatedBefore: negation('nicht|nie|niemals|kein|(sagt|sagen|sage|sagte|einreden|erzahlt|erzahlen|glaub|glaube) dass|(sagte|sagten|rief|riefen)( mir| uns)?( immer)?'),
  },
  it: {
    anchor: anchor('odia|detest|disprezz|fai|fate|sei|siete|lei|zitt|taci|sparisci|vattene|levati|fuori|muori|crepa|schiatta|brutt|nessuno|manchi|ridono|ridevano|rideranno|prendono|burlano|mondo|vita|solo|sola|vergogn|schifo|vali|valete|servi|servite|ammazzar|impiccar|uccider|suicidar|buttar|ucciditi|ammazzati|impiccati|suicidati|buttati|proiettil|gola|strangol|bruc|incendi|fuoco|dove|spar|pallottol|stupr|violent|sgozz|giustiz|linci|decapit|fucil|impicc|stermin|ammazz|uccid|spar|accoltell|spacc|romp|spezz|fuori|pezzi|pelle|mort|morir|arrivar'),
    patterns: [
      threat(0.85, '(ti|vi|lo|la|li|le) (ammazzo|uccido|ammazzero|uccidero|accoltello|sgozzo|brucio|impicco|sparo)'),
      threat(0.85, '(ti|vi) (faccio|faro|facciamo|faremo) (fuori|a pezzi|la pelle|saltare la testa)'),
      // Session 14, by class: a bullet in the head, a cut throat, strangling, beheading ("ti investo" left out: it is also "I entrust you").
      threat(0.85, '(ti|vi) (pianto|piantero|ficco|ficchero|metto|mettero) (una pallottola|un proiettile|una pallottola in testa|un proiettile in testa)|(ti|vi) (taglio|tagliero) la gola|(ti|vi) (strangolo|strangolero|decapito|decapitero|sgozzero)'),
      threat(0.85, '(ti|vi) (spacco|rompo|spezzo|spacchero|rompero|spezzero) (la|le|il|i|tutte le|tutti i) (faccia|gambe|ossa|testa|braccia|denti|muso|collo)'),
      threat(0.85, '(voglio|vogliamo|vado ad|vengo ad|verro ad) (ammazzarti|ucciderti|ammazzarvi|uccidervi|spararti|accoltellarti)'),
      threat(0.75, '(sei|siete) (gia )?(morto|morta|morti|un uomo morto)|(morirai|morirete)'),
      threat(0.8, 'non mi (vedrai|vedrete) arrivare'),
      call(0.75, '(qualcuno dovrebbe|bisogna|bisognerebbe|dovremmo) (ammazzarlo|ammazzarla|ammazzarli|ucciderlo|ucciderla|ucciderli|sparargli|impiccarli|bruciarli|sterminarli|ammazzarle|ucciderle)'),
      call(0.75, '(vado a|andro a|devo|dobbiamo|voglio|vogliamo|sto per|ho intenzione di) (?:\\p{L}+ ){0,2}(ammazzare|uccidere|accoltellare|stuprare|violentare|sgozzare|sparare a|giustiziare|linciare|decapitare)'),
      call(0.75, '(ammazzero|uccidero|accoltellero|stuprero|violentero|sgozzero|sparero a) (un|una|uno|tutti|tutte|qualche|il prossimo|la prossima|questi|quei)'),
      call(0.7, '(dovrebbero|devono|meritano di) (essere )?(ammazzati|ammazzate|uccisi|uccise|giustiziati|fucilati|impiccati|sterminati|linciati|bruciati vivi|morire)'),
      threat(0.7, '(io )?so dove (abiti|vivi|dormi|lavori)'),
      call(0.75, '(qualcuno|bisognerebbe|dovremmo) (dovrebbe )?(sparargli|spararle|sparare a|piantargli una pallottola|ficcargli una pallottola|fargli saltare le cervella|piantare una pallottola|ficcare una pallottola|mettere una pallottola)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(ti|vi) (brucio|brucero|incendio|incendiero) (la|il) (casa|negozio|macchina|auto|ufficio)'),
      threat(0.85, '(daro|do|diamo|daremo) fuoco (alla|al) (tua|tuo|vostra|vostro) (casa|negozio|macchina|auto|ufficio)'),
      // Insults and humiliation aimed at "you" (tu, voi, Lei): names to the face, no one wants you, go hang yourself.
      // "Sono un disastro", "sei un mostro di bravura" and "nessuno ti vuole bene come la nonna" are not.
      insult(0.8, `(tu sei|voi siete|siete|lei e|sei) (?:${IT_DEGREE} |${ELIDED}){0,2}(${IT_INSULT})`),
      insult(0.8, `(${IT_INSULT}) che non sei altro`),
      insult(0.75, `(stai zitt[oa]|zitt[oa]|taci|sparisci|vattene|levati dai coglioni|fuori dai coglioni|muori|crepa|schiatta|brutt[oa]) (${IT_CALLED})`),
      insult(0.7, "nessuno ti (vuole|ama|sopporta|caga|considera|rimpiangera|vorra|amera)(?: bene)?(?! (piu|quanto|come|meglio|tanto|cosi))|nessuno sentira la tua mancanza|non manchi a nessuno"),
      insult(0.65, '(tutti|tutto il mondo) (ti odiano|ti odia|ti detestano|ti disprezzano)'),
      insult(0.6, 'tutti (ridono|ridevano|rideranno|si prendono gioco|si burlano) di (te|voi)'),
      insult(0.75, '(il mondo|la vita di tutti) (sarebbe|starebbe|sara|stara) (migliore|meglio) senza di (te|voi)'),
      insult(0.6, '(resterai|rimarrai|sarai|morirai) (sempre|per sempre) (solo|sola)'),
      insult(0.6, '(dovresti|dovreste) vergognarti|vergognati|(mi )?(fai|fate) (schifo|pena|ribrezzo)'),
      insult(0.7, 'non (vali|valete) (niente|nulla|un cazzo)|non (servi|servite) a (niente|nulla|un cazzo)'),
      threat(0.85, `(vai|va|vatti|andate) a (ammazzarti|impiccarti|ucciderti|suicidarti|buttarti (da|sotto|giu da) \\p{L}+)|ucciditi|uccidetevi|ammazzatevi|impiccatevi|${CLAUSE_OPENS}(ammazzati|impiccati|suicidati|buttati (da un|da una|dal|dalla|sotto un|giu da un) (ponte|treno|finestra|palazzo|balcone|tetto))`),
    ],
    innocentAfter: tail('dal ridere|dalle risate|di baci|di coccole|di solletico|di fame|di sonno|di stanchezza|di paura|di freddo'),
    negatedBefore: negation('non|mai|(dica|dicano|dice|dicono|dire|creda|credere|pensi|pensare) che|(diceva|dicevano|ha detto|hanno detto|urlava|urlavano)'),
  },
  nl: {
    anchor: inside('vind|maak|bent|zijn|ben je|ben jij|jij|jullie|vuile|vieze|stomme|domme|dikke|kanker|achterlijk|zielig|lelijk|niemand|geen mens|geen hond|iedereen|wereld|alleen|eenzaam|schamen|schaam|ga |pleeg|zelfmoord|hang|spring|omver|brand|fik|weet|weten|ziet|zien|kogel|verkracht|onthoofd|lynch|vergast|opgehang|geexecut|uitgeroeid|moord|dood|afmak|neer|kapot|slaan|hang|brand|schiet|steek|breek|sterv|kom'),
    patterns: [
      threat(0.85, '(ik|wij|we) (ga|gaan|zal|zullen|wil|willen) (je|jou|jullie|hem|haar) (?:\\p{L}+ )?(vermoorden|doodmaken|afmaken|neersteken|neerschieten|kapotmaken|ophangen|verbranden|doodschieten|doodsteken|in elkaar slaan)'),
      threat(0.85, '(ik|wij|we) (maak|maken|steek|steken|schiet|schieten|sla|slaan) (je|jou|jullie) (dood|neer|af|kapot|lens|verrot|in elkaar)'),
      threat(0.85, '(ik|wij|we) (breek|breken|ga|gaan) (je|jouw|jullie) (benen|nek|armen|botten|kop|gezicht|kaak)'),
      // Session 14, by class: a bullet through the head, run over.
      threat(0.85, '(ik|wij|we) (jaag|jagen|schiet|schieten) (je|jou|jullie) een kogel door (je|jullie) (kop|hoofd|kanis|harses)|(ik|wij|we) (jaag|jagen|schiet|schieten) een kogel door (je|jouw|jullie) (kop|hoofd|kanis|harses)|(ik|wij|we) (rij|rijden) (je|jou|jullie) (dood|omver)'),
      threat(0.75, '(je|jij|jullie) (bent|zijn) (zo goed als |al )?(dood|een dode man)|(je|jij|jullie) (gaat|gaan|zal|zult|zullen) (eraan|sterven|dood)'),
      threat(0.8, '(je|jij|jullie) (zal|zult|zullen) me niet (zien komen|aan zien komen|zien aankomen)'),
      call(0.75, '(iemand|we|wij|men) (moet|moeten|zou|zouden|moest) (hem|haar|ze|die|hen|al die|alle) (?:\\p{L}+ )?(vermoorden|doodmaken|neerschieten|afmaken|ophangen|vergassen|uitroeien)'),
      call(0.75, '(ik|wij|we) (ga|gaan|zal|zullen|moet|moeten|wil|willen) (?:\\p{L}+ ){0,3}(vermoorden|neersteken|neerschieten|doodschieten|doodsteken|verkrachten|onthoofden|lynchen)'),
      call(0.75, '(ga|gaan|zal|zullen|moet|moeten|wil|willen) (ik|wij|we) (?:\\p{L}+ ){0,3}(vermoorden|neersteken|neerschieten|doodschieten|doodsteken|verkrachten|onthoofden|lynchen)'),
      call(0.7, '(moeten|zouden|verdienen het) (allemaal )?(?:\\p{L}+ ){0,2}(vermoord|doodgeschoten|vergast|opgehangen|geexecuteerd|uitgeroeid|gelyncht) (worden|te worden)'),
      threat(0.7, '(ik|wij|we) (weet|weten) waar (je|jij|jullie) (woont|wonen|slaapt|werkt)'),
      threat(0.8, '(je|jij|jullie) (ziet|zien) me niet (aankomen|komen)'),
      call(0.75, '(iemand|we|men) (moet|moeten|zou|zouden) (die|dat|deze|hem|haar|ze) (?:\\p{L}+ ){0,2}(neerschieten|een kogel door het hoofd jagen|een kogel geven|kogel)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(ik|wij|we) (steek|steken) (je|jouw|jullie) (huis|winkel|auto|zaak|kantoor) (in brand|in de fik)'),
      // The act coordinated with another done first: "ik ga je vinden en (je) vermoorden".
      threat(0.85, '(ik|wij|we) (ga|gaan|zal|zullen) (je|jou|jullie) (?:\\p{L}+ ){1,3}en (je |jou |jullie )?(vermoorden|doodmaken|afmaken|neersteken|neerschieten|doodschieten|doodsteken|ophangen)'),
      // Insults and humiliation aimed at "you" (je, jij, jullie, u): names to the face, no one wants you, go die. "Ik
      // ben een sukkel", "je bent niet waardeloos", "je bent dik welkom" and "niemand mag je pijn doen" are not.
      insult(0.8, `((je|jij|jullie|u) (bent|zijn)|ben je|ben jij|(ik|iedereen|we|wij|ze|zij) (vind|vindt|vinden) (je|jou|jullie)) (?:${NL_DEGREE} ){0,3}(${NL_INSULT})`),
      // "Niks" alone only where its clause ends: "je bent niks veranderd".
      insult(0.8, '(je bent|jij bent|jullie zijn|u bent) (niks|niets|geen cent|geen knip voor je neus) waard|(je bent|jij bent|u bent) een (niks|nul|niemand)|(je bent|jij bent) (helemaal )?(niks|niets)(?!\\s\\p{L})'),
      // Not after "jullie", which is also "your" ("jullie koe").
      insult(0.75, `(jij|vuile|vieze|stomme|domme|dikke|kankerende|achterlijke|zielige|lelijke) (${NL_CALLED})|jij (vieze |vuile |dikke |stomme )?(koe|varken|zwijn|stuk vreten)`),
      insult(0.7, 'niemand (mag|moet|wil|wilde|mocht) (je|jou)(?! (kwijt|(?:\\p{L}+ ){0,2}\\p{L}+en(?!\\p{L})))|niemand (houdt|hield) (echt )?van (je|jou)(?! (zoals|zo|meer))|(niemand|geen mens|geen hond) (zal|gaat) (je|jou) missen|niemand mist (je|jou)'),
      insult(0.6, 'iedereen (lacht|lachte|lachen) (je|jou) uit|iedereen (lacht|lachte) om jou|iedereen haat (je|jou)'),
      insult(0.75, 'de wereld (is|zou|wordt|zal|was) (?:\\p{L}+ ){0,2}beter (af )?(zijn )?zonder (jou|je)'),
      insult(0.6, '(je|jij) (blijft|zal|zult|gaat) (altijd|voor altijd|je hele leven|de rest van je leven) (alleen|eenzaam)|(je|jij) (gaat|zal|zult) (alleen|eenzaam) (dood|sterven)'),
      insult(0.6, '(je|jij) (moet|mag|zou) je (kapot |dood |diep )?schamen|schaam je (kapot|dood|diep)'),
      threat(0.85, '(?<!(ik|we|wij|hij|zij|ze|je|jij|dan|die|u) )ga (?:(toch|gewoon|maar|lekker|nou|eens) ){0,2}dood|(ga|pleeg) (?:(toch|gewoon|maar|nou) ){0,2}zelfmoord|hang (je|jezelf) (?:(toch|gewoon|maar) ){0,2}op|spring (?:(toch|gewoon|maar|nou) ){0,2}(van|voor|uit) (een|de|het) (brug|flat|dak|trein|raam|gebouw)|maak (jezelf|je) van kant'),
    ],
    innocentAfter: tail('van het lachen|van de lach|met liefde|van verliefdheid'),
    negatedBefore: negation('niet|nooit|(zegt|zeggen|zeg|zei|wijsmaken|vertellen|denk|geloof) dat|(zei|zeiden|riep|riepen)( me| mij)?( altijd)?'),
  },
  pl: {
    anchor: inside('rozjad|rozjedz|utopi|zakopi|spal|podpal|wiem|zobaczysz|kulk|kule|zadzg|zgwałc|zarzn|zamord|smierc|zabi|zajeb|zatłuk|zastrzel|powiesz|powiesi|spal|poderzn|udusz|dzgn|rozwal|wykoncz|załatw|połam|trup|zginiesz|zyjesz|nadchodz|wystrzel|wymord|zagaz'),
    patterns: [
      threat(0.85, '(?:(ja|zaraz|juz) )?(cie|was) (?:(zaraz|normalnie|kurwa) )?(zabije|zajebie|zatłuke|zastrzele|powiesze|spale|podpale|poderzne|udusze|dzgne|rozwale|wykoncze|załatwie|zabijemy|zajebiemy|zastrzelimy)'),
      threat(0.85, '(zabije|zajebie|zatłuke|zastrzele|powiesze|poderzne|udusze|wykoncze|zabijemy|zajebiemy) (cie|was)'),
      threat(0.85, '(połamie|połamiemy|rozwale|rozbije|wybije) (ci|wam) (nogi|rece|kosci|zeby|kark|morde|łeb|głowe|ryj)'),
      threat(0.75, '(juz )?(jestes|jestescie) (trupem|trupami|martwy|martwa)|(juz )?nie zyjesz|zginiesz|zginiecie'),
      threat(0.8, 'nie zobaczysz (mnie )?(jak nadchodze|nadchodzacego|nadchodzacej)'),
      call(0.75, '(ktos|trzeba|nalezy|powinnismy) (powinien |musi )?(ich|je|go|ja|wszystkich|tych) (?:wszystkich )?(zabic|zastrzelic|powiesic|wystrzelac|wymordowac|zagazowac|spalic|zajebac)'),
      call(0.75, '(zamierzam|zamierzamy|bede musiał|bede musiała|musze|chce|chcemy|pojde) (?:\\p{L}+ ){0,2}(zabic|zadzgac|zgwałcic|zastrzelic|zarznac|zamordowac|udusic|wymordowac)'),
      call(0.7, '(zadzgam|zgwałce|zastrzele|zamorduje|zarzne|zadzgamy|zgwałcimy|zamordujemy)'),
      call(0.7, '(powinni|powinny|musza|zasługuja) (zostac |by |na )?(zabici|zabite|zastrzeleni|powieszeni|wymordowani|zagazowani|spaleni|smierc)'),
      threat(0.7, '(ja )?wiem gdzie (mieszkasz|spisz|pracujesz|mieszkacie)'),
      threat(0.8, 'nie zobaczysz mnie jak (przyjde|nadchodze)'),
      call(0.75, 'ktos (powinien|musi) (wpakowac|wsadzic|władowac) (?:\\p{L}+ ){0,2}(kulke|kule)'),
      // Session 14, by class: a bullet in the head, run over, drowned, buried.
      threat(0.85, '(wpakuje|wpakujemy|wsadze|wsadzimy|właduje|władujemy) (ci|wam) (kulke|kule)|(rozjade|rozjedziemy|utopie|utopimy|zakopie|zakopiemy) (cie|was)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(spale|podpale|spalimy|podpalimy) (ci|wam|twoj|twoja|wasz|wasza) (dom|sklep|samochod|auto|mieszkanie|biuro)'),
      // The act coordinated with another done first: "znajdę cię i zabiję".
      threat(0.85, '(cie|was) (?:\\p{L}+ )?i (?:(cie|was) )?(zabije|zajebie|zatłuke|zastrzele|poderzne|udusze|zadzgam|zabijemy|zastrzelimy)'),
    ],
    innocentAfter: tail('ze smiechu|smiechem|z miłosci|buziakami|w pocałunkach|pocałunkami'),
    negatedBefore: negation('nie|nigdy'),
  },
  ru: {
    anchor: inside('знаю|знаем|пул|изнасил|прирез|расстрел|убит|уничтож|смерт|убь|прибь|зареж|пристрел|застрел|задуш|повеш|сожг|уро|замоч|прикон|пореш|грохн|закопа|слома|перелома|разобь|набь|труп|покоиник|мертвец|сдохн|умр|убит|расстрел|перестрел|оторв|пролом|взорв|подорв|замини'),
    patterns: [
      threat(0.85, '(?:(я|мы) )?(тебя|вас) (?:\\p{L}+ ){0,3}(убью|прибью|зарежу|пристрелю|застрелю|задушу|повешу|сожгу|урою|замочу|прикончу|порешу|грохну|закопаю|убьем|зарежем|пристрелим|закопаем)'),
      threat(0.85, '(убью|прибью|зарежу|пристрелю|застрелю|задушу|урою|замочу|прикончу|грохну|закопаю|убьем) (тебя|вас)'),
      threat(0.85, '(?:(я|мы) )?(сломаю|переломаю|разобью|набью|оторву|сломаем|разобьем) (тебе|вам) (ноги|руки|лицо|морду|кости|челюсть|шею|ебало|рожу|голову|башку)'),
      // The same with the body part first, as Russian's free order has it: "я тебе голову оторву".
      threat(0.85, '(?:(я|мы) )?(тебе|вам) (ноги|руки|лицо|морду|кости|челюсть|шею|ебало|рожу|голову|башку) (сломаю|переломаю|разобью|набью|оторву|проломлю|сломаем|разобьем|оторвем)'),
      // A bomb or fire for a building: "я взорву вашу школу".
      threat(0.85, '(?:(я|мы) )?(?:\\p{L}+ ){0,2}(взорву|взорвем|подорву|подорвем|заминирую|заминируем|сожгу|сожжем) (?:(твою|твой|вашу|ваш|эту|этот|их) )?(школу|дом|мечеть|церковь|синагогу|храм|офис|квартиру|магазин|больницу|университет|вокзал)'),
      threat(0.75, '(ты|вы) (уже )?(труп|покоиник|мертвец|не жилец)|(ты|вы) (скоро )?(сдохнешь|умрешь|сдохнете|умрете)'),
      threat(0.8, '(ты|вы) (меня )?(не увидишь|не увидите) (меня )?(как я приду|приближения)'),
      call(0.75, '(кто-то|кто-нибудь|кто то|надо|нужно|пора|должны) (должен )?(его|ее|их|всех|этих) (?:всех )?(убить|пристрелить|повесить|грохнуть|перестрелять|расстрелять|сжечь|уничтожить|вырезать)'),
      call(0.7, '(?:(я|мы) )?(?:\\p{L}+ ){0,2}(зарежу|пристрелю|застрелю|изнасилую|прирежу|расстреляю|зарежем|пристрелим|изнасилуем|расстреляем)'),
      call(0.75, '(я|мы) (буду|будем|должен|должна|должны|хочу|хотим|собираюсь|собираемся|пойду|пойдем) (?:\\p{L}+ ){0,2}(убить|зарезать|пристрелить|застрелить|изнасиловать|задушить|расстрелять|прирезать)'),
      call(0.7, '(должны|надо|нужно|заслуживают) (быть )?(убиты|расстреляны|повешены|уничтожены|сожжены|смерти)'),
      threat(0.7, '(я|мы) (знаю|знаем) где (ты живешь|ты спишь|ты работаешь|вы живете)'),
      call(0.75, '(кто-то|кто-нибудь|кто то|надо|нужно) (должен )?(пустить|всадить) (?:\\p{L}+ ){0,2}пулю'),
    ],
    innocentAfter: tail('от смеха|со смеху|своеи любовью|любовью'),
    negatedBefore: negation('не|никогда'),
  },
  tr: {
    anchor: anchor('nerede|nerde|geldig|tecavuz|bogazla|kursun|olmeyi|olumu|asilmal|oldur|geber|vura|vurur|vurmal|boga|kesece|keser|yaka|yakmal|bicak|asaca|asmal|mahved|kira|oldun|olusun|bittin|goremeyecek|havaya|bombala|patlat'),
    patterns: [
      // A converb may come between ("seni bulup gebertirim": I'll find you and kill you).
      threat(0.85, '(seni|sizi|onu|onlari) (?:(kesinlikle|mutlaka|bizzat|gebertip|\\p{L}+[iu]p) )?(oldurecegim|oldurecegiz|oldururum|oldururuz|gebertecegim|gebertirim|vuracagim|vururum|bogacagim|bogarim|kesecegim|keserim|yakacagim|yakarim|bicaklayacagim|asacagim|mahvedecegim)'),
      threat(0.85, '(bacaklarini|kollarini|kafani|bacaklarinizi|kemiklerini|boynunu|cenesini) (kiracagim|kirarim|kiracagiz|kopartacagim)'),
      threat(0.75, '(sen|siz) (artik )?(oldun|oldunuz|olusun|olusunuz|bittin)'),
      threat(0.8, '(beni|bizi) (gelirken )?(goremeyeceksin|goremeyeceksiniz)'),
      call(0.75, '(biri|birisi|birileri) (onu|onlari|bunlari|hepsini) (oldurmeli|vurmali|asmali|yakmali)|(hepsini|hepsi) (oldurmek|olduresim|oldurmeli|yakmali|asmali)'),
      call(0.75, '(oldurecegim|oldurecegiz|bicaklayacagim|bicaklayacagiz|bogazlayacagim|kursunlayacagim|gebertecegim|tecavuz edecegim|tecavuz etmeliyim|oldurmeliyim|bicaklamaliyim)'),
      call(0.7, '(olmeyi|olumu) hak ediyorlar|(oldurulmeli|asilmali|kursuna dizilmeli|yakilmali)(ler|dir)?'),
      threat(0.7, '(nerede|nerde) (oturdugunu|yasadigini|calistigini) (biliyorum|biliyoruz)'),
      // A bomb or fire for a building, the building first: "okulu yarın havaya uçuracağım".
      threat(0.85, '(okulu|okulunu|camiyi|kiliseyi|evini|evinizi|isyerini|hastaneyi|binayi|ofisi|dukkani|dukkanini|sinagogu) (?:\\p{L}+ )?(havaya ucuracagim|havaya ucuracagiz|bombalayacagim|bombalayacagiz|patlatacagim|patlatacagiz|yakacagim|yakacagiz)'),
      threat(0.8, '(geldigimi|geldigimizi) (goremeyeceksin|goremeyeceksiniz)'),
    ],
    innocentAfter: tail('gulmekten|sevgiyle|askimla|opucuklerle'),
  },
  ar: {
    anchor: inside('عرف|تراني|تروني|تشوفني|كسر|غتصب|قتل|ذبح|دبح|حرق|طعن|ميت|سأ|سوف|راح|رح'),
    patterns: [
      // The future, or the sworn first person of an oath ("والله لأقتلك": I swear I will kill you; "لقتله" is "for killing him").
      threat(0.85, '(?:(?:سوف |راح |رح |س|ح|ه)[اأإ]?|ل[اأإ])(قتل|ذبح|دبح|حرق|طعن|خنق)(ك|كم|كي|ه|هم)'),
      threat(0.75, '(انت|أنت|انتم|أنتم) (ميت|ميتة|ميتين|ميتون|هالك)'),
      call(0.75, '(يجب|لازم|ينبغي) (قتل|ذبح|حرق|إبادة|ابادة|اعدام|إعدام)(هم|ها)'),
      call(0.75, '(?:(سوف|راح|رح|لازم|هروح|حروح) )?(س|ح|ه)?[اأإ](قتل|ذبح|دبح|غتصب|طعن|خنق)'),
      threat(0.7, '([اأ]عرف|نعرف) (أين|اين|وين|فين) (تسكن|تسكني|ساكن|ساكنة|تعيش)'),
      threat(0.8, 'لن (تراني|تروني|تشوفني) (قادما|قادماً|آتيا|آتياً|جايا)'),
      // Harm to what is yours: "سأحرق بيتك" (I'll burn your house).
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإ]?(حرق|دمر|فجر|هدم|كسر) (بيتك|بيتكم|سيارتك|سيارتكم|محلك|دكانك|مكتبك)'),
      // A bomb or fire for a building where people gather: "سأفجر المسجد".
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإ]?(فجر|نسف|حرق) (ال)?(مسجد|جامع|مدرس[ةه]|كنيس[ةه]|كنيس|جامع[ةه]|مستشفي|مستشفى)'),
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإ]?كسر (رجليك|رجلك|ساقيك|ساقك|يديك|يدك|راسك|رأسك|وجهك|عظامك|رقبتك)'),
    ],
    // A butcher's or a household's slaughter, pests, and killing time or boredom ("أذبح الخرفان في العيد", "أقتل الوقت").
    innocentAfter: tail('(ال)?(خروف|خرفان|[اأإ]ضحي[ةه]|[اأإ]ضاحي|عجل|عجول|بقر[ةه]?|دجاج|فراخ|ذبيح[ةه]|ذبائح|ماعز|حشرات|بعوض|ناموس|صراصير|وقت|ملل|فراغ)'),
  },
  zh: {
    anchor: inside('知道你住|打断|打折|弄断|砍断|杀|捅|砍|强奸|枪毙|烧死|弄死|炸'),
    patterns: [
      unspaced('violence', 0.75, '我们?[^。！？!?，,.]{0,10}?(杀了|杀死|捅死|砍死|强奸|枪毙|烧死|弄死|一枪杀)'),
      unspaced('harassment/threatening', 0.85, '我[^。！？!?，,.]{0,6}?(杀了|杀死|捅死|砍死|弄死)你'),
      unspaced('harassment/threatening', 0.7, '我知道你住(在)?(哪|哪里|哪儿)'),
      unspaced('harassment/threatening', 0.85, '(打断|打折|弄断|砍断)你的?(腿|手|胳膊|骨头|脖子)'),
      // A bomb for a building where people gather ("我去炸了你们学校"; 炸 alone is also deep-frying).
      unspaced('harassment/threatening', 0.85, '我们?[^。！？!?，,.]{0,8}?(炸了|炸掉|炸毁|去炸)[^。！？!?，,.]{0,6}?(学校|清真寺|教堂|寺庙|医院|商场|地铁|车站|机场|大楼)'),
    ],
  },
  ja: {
    anchor: inside('住所|家は知|折|殺|刺|燃や|火を|爆'),
    patterns: [
      unspaced('harassment/threatening', 0.85, '(お前|おまえ|てめえ|てめぇ|貴様|きさま|あんた)(ら|たち)?を?[^。！？!?]{0,6}?(ぶっ殺|殺|刺し殺|刺|撃ち殺)(す|してやる|しに行く|しにいく)'),
      unspaced('harassment/threatening', 0.8, '(ぶっ殺してやる|ぶっ殺す|殺してやる)'),
      unspaced('harassment/threatening', 0.7, '(お前|おまえ|てめえ|貴様|あんた)?の?(住所|家)は知って(いる|る|いるぞ|るぞ)'),
      unspaced('harassment/threatening', 0.85, '(足|腕|骨|首)を(へし)?(折って|折っ)(やる|やるぞ|やるからな)'),
      // Arson aimed at someone's home or shop: "お前の家に火をつけてやる".
      unspaced('harassment/threatening', 0.85, '(家|店|車|部屋)に火を(つけて|付けて|放って)(やる|やるぞ|やるからな)|(家|店|車)を燃やして(やる|やるぞ|やるからな)'),
      // A bomb for a building where people gather: "学校に爆弾を仕掛けた", "駅を爆破してやる" (not 爆破解体, demolition).
      unspaced('harassment/threatening', 0.85, '(学校|駅|病院|モスク|教会|神社|寺|会社|役所|空港)(に|へ)爆弾を(仕掛けた|仕掛ける|仕掛けてやる|置いた|置く)|(学校|駅|病院|モスク|教会|会社|役所|空港)を爆破(する|してやる|します)'),
    ],
  },
  hi: {
    anchor: anchor('utha|uthwa|uthva|उठा|उठवा|pata|maloom|malum|पता|balatkar|hatya|chaku|chaaku|chhura|talwar|बलात्कार|हत्या|चाकू|छुरा|तलवार|maar|mar|khatam|kaat|jala|goli|tod|tor|khoon|qatl|katl|मार|खत्म|ख़त्म|काट|जला|गोली|तोड़|तोड|खून|ख़ून|bomb|bam|बम'),
    patterns: [
      threat(0.85, '(main |mai |hum )?(tujhe|tumhe|tumko|tujhko|tereko|usko|use|unko|tum sabko) (?:(jaan se|zinda) )?(maar|mar|khatam kar|kaat|jala|goli maar) ?(dunga|dungi|denge|daalunga|dalunga|daalenge|dalenge|doonga|dalungi)'),
      threat(0.85, '(teri|tumhari|uski) (taange|taangein|tange|tangein|haddi|haddiyan|gardan) (tod|tor) ?(dunga|dungi|denge|doonga)'),
      threat(0.85, '(तुझे|तुम्हें|तुम्हे|तुमको|उसे|उन्हें|तुझको) (?:(जान से|ज़िंदा|जिंदा) )?(मार|ख़त्म कर|खत्म कर|काट|जला|गोली मार) ?(दूँगा|दूंगा|दूँगी|दूंगी|देंगे|डालूँगा|डालूंगा|डालेंगे)'),
      threat(0.85, '(तेरी|तुम्हारी|उसकी) (टाँगें|टांगें|टाँगे|हड्डियाँ|हड्डी|गर्दन) (तोड़|तोड) ?(दूँगा|दूंगा|दूँगी|देंगे)'),
      call(0.75, '(main|mai|hum|mujhe|humein|mujhko) (?:\\p{L}+ ){0,4}(goli|chaku|chaaku|chhura|talwar) (maar|mar) ?(dunga|dungi|denge|doonga|dalunga|daalunga)'),
      call(0.75, '(ka|ki|ko) (balatkar|qatl|katl|khoon|hatya) (karunga|karungi|karenge|kar dunga|kar denge|karna hoga|karna padega)'),
      call(0.75, '(गोली|चाकू|छुरा|तलवार) (मार) ?(दूँगा|दूंगा|दूँगी|देंगे|डालूँगा|डालूंगा)'),
      call(0.75, '(का|की|को) (बलात्कार|क़त्ल|कत्ल|हत्या|ख़ून|खून) (करूँगा|करूंगा|करूँगी|करेंगे|कर दूँगा|कर दूंगा|करना होगा|करना पड़ेगा)'),
      threat(0.7, '(mujhe|muje) (pata|maloom|malum) hai (tu|tum) (kahan|kaha) (rehta|rehti|rehte) (hai|ho)'),
      // A bomb for a building: "school mein bomb phodunga".
      threat(0.85, '(school|masjid|mandir|church|gurudwara|office|station|college|ghar|dukaan|dukan) (mein|me|par|pe) (bomb|bam) (phodunga|phodenge|fodunga|fodenge|laga dunga|laga denge|rakh dunga|rakh denge|rakhunga|lagaunga)'),
      threat(0.85, '(स्कूल|मस्जिद|मंदिर|चर्च|गुरुद्वारे|दफ़्तर|दफ्तर|स्टेशन|कॉलेज|घर|दुकान) (में|पर|पे) (बम) (फोड़ूँगा|फोड़ूंगा|फोडूंगा|फोड़ेंगे|लगा दूँगा|लगा दूंगा|रख दूँगा|रख दूंगा)'),
      threat(0.7, 'मुझे पता है (तू|तुम) कहाँ (रहता|रहती|रहते) (है|हो)'),
      // Abduction: "lifting" the one addressed or their kin ("tujhe utha lunga", "teri behen ko utha lenge"), in the intimate
      // "tu" a threat is said in, with at most a place and a time between ("raat ko ghar se"). Not "utha dunga" (I'll
      // wake you), nor a parcel, a call or a child picked up ("bachchon ko school se utha lunga": no "tu").
      threat(0.8, `${HI_LIFTED} (?:${HI_LIFT_WHEN} ){0,2}${HI_LIFT}`),
      threat(0.8, `${HI_TAKEN} (?:${HI_LIFT_WHEN} ){0,2}${HI_LIFTED}`),
      threat(0.8, `${HI_LIFTED_DEVANAGARI} (?:${HI_LIFT_WHEN_DEVANAGARI} ){0,2}${HI_LIFT_DEVANAGARI}`),
      threat(0.8, `${HI_TAKEN_DEVANAGARI} (?:${HI_LIFT_WHEN_DEVANAGARI} ){0,2}${HI_LIFTED_DEVANAGARI}`),
    ],
    innocentAfter: tail('hasa hasa ke|hansa hansa ke|pyaar se|हँसा हँसा के|प्यार से'),
  },
};

/** Dotless i as i, quote marks as an apostrophe, commas and the like as spaces: one for one. */
const READ_AS: Record<string, string> = { ı: 'i', '’': "'", '‘': "'", '`': "'", '´': "'", ',': ' ', ';': ' ', ':': ' ' };

/** Every pattern's required literals (regex-literals.ts). */
const REQUIREMENTS = new RequirementIndex();
/** Per language, per pattern: its requirement's number in REQUIREMENTS. */
const ENTRIES = Object.entries(LANGUAGES).map(([lang, threats]) => ({
  lang,
  threats,
  needs: threats.patterns.map(({ re }) => REQUIREMENTS.add(requiredLiterals(re))),
}));

/**
 * An exact gate by the segment's shared reading (segment-words.ts): whether some language's anchor and
 * every literal set of one of its patterns can occur, asked of each word by its vocabulary id (worked
 * out once a word), so a segment with no candidate skips fold, the automaton and the patterns. A literal
 * occurs only inside text that holds each of its runs of letters and digits, and a run lies within one
 * word: so a set can be met only where a word holds (as a substring) a run of one of its literals.
 * Literals span words ("i'll", "kto-to": their runs are tested, not the whole) and sit inside words
 * ("bring" in "umbringen": substring, not equality); an anchor written with START begins a word, so its
 * first run must begin one. A literal with no letter or digit ("'") meets its set anywhere. Marks are
 * no word units of the reading ("मार" is read as "म", "र"): runs are cut at them, as the reading cuts.
 */
class WordGate {
  private readonly keys = new LiteralIndex();
  /** Per key (a run of a literal), the sets it may meet, each as set * 4 + where in a word the run must stand (INSIDE...). */
  private readonly tests: (number[] | undefined)[] = [];
  private readonly keyText: string[] = [];
  /** Sets met wherever: a literal of theirs has no letter or digit. */
  private readonly always = new Set<number>();
  private sets = 0;
  /** Per language: its anchor's sets, and per pattern its sets, less those met wherever. */
  readonly languages: { anchor: number[]; patterns: number[][] }[] = [];
  /** Each distinct word signature (the sets a word may meet, as bits), by number; 0 is none. */
  private readonly signatures: Uint32Array[] = [];
  private readonly signatureIds = new Map<string, number>();
  private readonly bySignature: MemoByWordId;
  /** Scratch: the sets the words of the segment read last may meet. */
  private readonly union: Uint32Array;
  /** Whether a pattern and its anchor need no letter or digit at all (none today): then every text may match. */
  private readonly unconditional: boolean;

  constructor(languages: readonly LanguageThreats[]) {
    for (const { anchor, patterns } of languages) {
      this.languages.push({ anchor: this.addRequirement(requiredLiterals(bounded(anchor))), patterns: patterns.map(({ re }) => this.addRequirement(requiredLiterals(bounded(re)))) });
    }
    this.union = new Uint32Array((this.sets + 31) >>> 5);
    this.unconditional = this.languages.some(({ anchor, patterns }) => anchor.length === 0 && patterns.some((p) => p.length === 0));
    this.signatures.push(new Uint32Array(this.union.length), new Uint32Array(this.union.length).fill(~0));
    this.signatureIds.set(this.signatures[0]!.join(), 0);
    this.bySignature = new MemoByWordId((text, from, to) => this.signatureOf(text.slice(from, to)));
  }

  private addRequirement(requirement: Requirement): number[] {
    const numbers: number[] = [];
    for (const set of requirement) {
      const number = this.sets++;
      for (const literal of set) {
        const runs = runsOf(literal);
        if (runs.length === 0) this.always.add(number);
        // Any run is a sound test; a bounded and long one is the rarest.
        else {
          const { run, place } = runs.reduce((a, b) => (rarity(b) > rarity(a) ? b : a));
          const id = this.keys.add(run);
          this.keyText[id] = run;
          (this.tests[id] ??= []).push(number * 4 + place);
        }
      }
      if (!this.always.has(number)) numbers.push(number);
    }
    return numbers;
  }

  /** The number of the word's signature: the sets a word may meet. */
  private signatureOf(word: string): number {
    const bits = new Uint32Array(this.union.length);
    for (const key of this.keys.found(word)) {
      const run = this.keyText[key]!;
      for (const test of this.tests[key]!) {
        const place = test & 3;
        const stands = place === INSIDE || (place === WHOLE ? word === run : place === AT_START ? word.startsWith(run) : word.endsWith(run));
        if (stands) bits[test >>> 7]! |= 1 << ((test >>> 2) & 31);
      }
    }
    const name = bits.join();
    let id = this.signatureIds.get(name);
    if (id === undefined) {
      // Bounded: past the cap a word reads as meeting every set (the full path then decides).
      if (this.signatures.length >= MAX_SIGNATURES) return EVERY_SET;
      id = this.signatures.push(bits) - 1;
      this.signatureIds.set(name, id);
    }
    return id;
  }

  /** Whether some pattern may match in text whose words are the reading's: false only when none can. */
  mayMatch(reading: WordReading): boolean {
    const { text, words, count } = reading;
    const union = this.union;
    let any = false;
    for (let k = 0; k < count; k++) {
      const at = k * STRIDE;
      const signature = this.bySignature.of(words[at + ID]!, text, words[at + WORD_START]!, words[at + WORD_END]!);
      if (signature === 0) continue;
      if (!any) union.fill(0);
      any = true;
      const bits = this.signatures[signature]!;
      for (let i = 0; i < bits.length; i++) union[i]! |= bits[i]!;
    }
    if (!any) return this.unconditional;
    const met = (sets: readonly number[]) => sets.every((set) => (union[set >>> 5]! & (1 << (set & 31))) !== 0);
    return this.languages.some(({ anchor, patterns }) => met(anchor) && patterns.some(met));
  }
}

/** Where in a word a literal's run must stand: anywhere, at its start, at its end, or as the whole word. */
const INSIDE = 0;
const AT_START = 1;
const AT_END = 2;
const WHOLE = 3;
/** Marks a word edge in a pattern's source for requiredLiterals: a sign no word holds. */
const EDGE = '\u0001';

/**
 * The pattern with its word edges written as EDGE: START and END, and the spaces of words() (\s+), so
 * that a literal says where its runs stand ("\u0001ill\u0001": the word "ill", not "will"). A run after
 * EDGE or any other sign begins a word of the reading (a sign, a space or a mark is no word unit), and one
 * before it ends one. Unspaced patterns (Chinese, Japanese) have no edges: their runs stand anywhere.
 */
function bounded(re: LazyRegExp): Pick<RegExp, 'source' | 'flags'> {
  return { source: re.source.split(START).join(EDGE).split(END).join(EDGE).split('\\s+').join(EDGE), flags: 'u' };
}

/** The runs of letters and digits of a literal, as the shared reading cuts words (segment-words.ts), each with where it stands. */
function runsOf(literal: string): { run: string; place: number }[] {
  const runs: { run: string; place: number }[] = [];
  for (let i = 0; i < literal.length;) {
    if (wordUnitAt(literal, i) === 0) {
      i++;
      continue;
    }
    const from = i;
    while (i < literal.length && wordUnitAt(literal, i) !== 0) i += wordUnitAt(literal, i);
    runs.push({ run: literal.slice(from, i), place: (from > 0 ? AT_START : INSIDE) | (i < literal.length ? AT_END : INSIDE) });
  }
  return runs;
}

/** How rare a run is as a test: a whole word rarest, then one edge, then length. */
const rarity = ({ run, place }: { run: string; place: number }) => (place === WHOLE ? 200 : place === INSIDE ? 0 : 100) + run.length;

/** The signature number of every set met; at most MAX_SIGNATURES signatures are kept (0 is none met). */
const EVERY_SET = 1;
const MAX_SIGNATURES = 1 << 14;

const GATE = new WordGate(ENTRIES.map(({ threats }) => threats));

/**
 * Whether the words of the text threatsIn reads (value folded, READ_AS applied) are the reading's, at
 * the same places: every ASCII character is the reading's in lower case (fold of ASCII is lower case;
 * READ_AS turns signs into signs), and any other is a quote mark or dash, which no fold changes and no
 * reader takes for a letter. Leetspeak ("8th" read as "bth") and accents fail it and take the full path.
 */
function readAsItsWords(value: string, reading: string): boolean {
  if (value.length !== reading.length) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== reading.charCodeAt(i)) return false;
    } else if (!PLAIN_SIGNS.has(c) || wordUnitAt(reading, i) !== 0) return false;
  }
  return true;
}
const PLAIN_SIGNS = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d]);
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** A threat found in a text: where, in which language's grammar, and what it is. */
export interface Threat {
  lang: string;
  category: Category;
  weight: number;
  from: number;
  to: number;
}

/**
 * The threats in a text, with offsets in `text`, the text folded so accents, case and Turkish dotless i
 * need no alternatives (commas and the like read as spaces, "wiem, gdzie mieszkasz"; every replacement
 * keeps offsets, and folding keeps them when text and value are as long). Pure: the detector below and
 * detect-hate-multilingual.ts (a threat aimed at a protected group) read the same matches.
 */
export function findThreats(value: string): { text: string; threats: readonly Threat[] } {
  const text = fold(value).replace(/[ı’‘`´,;:]/g, (c) => READ_AS[c]!);
  // The hate grammars ask again of a segment's normalised text, which most often folds as its value did
  // (the value the word gate found free of threats, too).
  if (text !== lastRead.text) lastRead = { text, threats: readsAs(value, lastFree) ? [] : threatsIn(text) };
  return lastRead;
}
let lastRead: { text: string; threats: readonly Threat[] } = { text: '', threats: [] };
/** The value the detector's word gate last found free of threats. */
let lastFree = '';

/** Whether `value`, of ASCII and plain signs, folds and reads (READ_AS) as `free` does: the same text, so the same threats. */
function readsAs(value: string, free: string): boolean {
  if (value.length !== free.length || free === '') return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80 && !PLAIN_SIGNS.has(c)) return false;
    if (c !== free.charCodeAt(i) && readAs(c) !== readAs(free.charCodeAt(i))) return false;
  }
  return true;
}
const APOSTROPHE = 39;
const SPACE = 32;
/** A character of ASCII or plain signs as threatsIn reads it: lower case, READ_AS. */
const readAs = (c: number) => (c === 0x2018 || c === 0x2019 || c === 96 ? APOSTROPHE : c === 44 || c === 59 || c === 58 ? SPACE : lower(c));

function threatsIn(text: string): Threat[] {
  const threats: Threat[] = [];
  REQUIREMENTS.read(text);
  for (const { lang, threats: grammar, needs } of ENTRIES) {
    let anchored: boolean | undefined;
    for (let p = 0; p < needs.length; p++) {
      // A pattern whose literals are missing has no match: the anchor is tested only when one may.
      if (!REQUIREMENTS.met(needs[p]!) || !(anchored ??= grammar.anchor.regex.test(text))) continue;
      const { category, weight, re } = grammar.patterns[p]!;
      for (const m of text.matchAll(re.regex)) {
        const end = m.index + m[0].length;
        if (grammar.innocentAfter?.regex.test(text.slice(end, end + 40))) continue;
        if (grammar.negatedBefore?.regex.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
        threats.push({ lang, category, weight, from: m.index, to: end });
      }
    }
  }
  return threats;
}

export const detectThreatsMultilingual: Detector = (segments, policy) => {
  if (!policy.multilingual) return [];
  const hits: Hit[] = [];
  for (const segment of segments) {
    const value = segmentText(segment);
    if (!value) continue;
    if (readAsItsWords(value, segment.words.text) && !GATE.mayMatch(segment.words)) {
      lastFree = value;
      continue;
    }
    const { text, threats } = findThreats(value);
    // The member's own spelling is quoted when folding kept the offsets.
    const quote = (from: number, to: number) => (text.length === value.length ? value : text).slice(from, to);
    for (const { lang, category, weight, from, to } of threats) {
      // A threat quoted to condemn it ('for threats like "I'll kill you" you belong in jail') is mentioned.
      const why = category === 'harassment' ? `insult aimed at the one addressed (${lang})` : `threat of violence (${lang})`;
      hits.push({ category, weight: quoted(text, from, to) ? weight * MENTIONED : weight, evidence: evidenceOf(segment, quote(from, to)), why });
    }
  }
  return hitsToReasons(hits, 'local:threats');
};
