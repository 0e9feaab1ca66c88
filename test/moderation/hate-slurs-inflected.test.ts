import { describe } from 'vitest';
import { probeLines, readsHate, readsNoHate } from './docs.js';
import { INFLECTED_HARMFUL, INFLECTED_INNOCENT } from './hate-slurs-inflected.data.js';

/**
 * Slurs in their inflections and regional forms, and swearing aimed at a group, in Spanish, Polish, Hindi, Dutch, French
 * and German (issue 17), beside swearing at the weather, traffic or oneself, group words said neutrally, slurs named
 * as words and the animals, dishes and things that share a slur's letters (hate-slurs-inflected.data.ts, through the
 * scorer as it ships). The lines not read yet are listed with why; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A people's diminutive with no contempt beside it; regional slurs that are also a small ball, an umbrella and a beetle,
  // which members swear at as things ("malditos paraguas", "pinches mayates, se comieron mis rosales").
  'los moritos del barrio, todos unos ladrones',
  'mi colonia está llena de mayates',
  'los bolitas son todos unos chorros',
  'bolitas de mierda',
  'paraguas del orto',
  // English "fuck" borrowed is counted where the text reads as the language; two or three words do not.
  'fucking moros',
  'fuck pedały',
  'fuck these mulle',
  'fuck musalman',
  // Too short to read as Polish, where "asfalty", "pedałki" and "cioty" are slurs.
  'jebane asfalty',
  'te pedałki z parady',
  'cioty jebane',
  // "kaaluon" only aimed; छक्के are cricket's sixes.
  'in kaaluon ko bahar nikalo',
  'छक्के सब गंदे हैं',
  // "Polen" is also Poland, "Walen" the Walloons (no group the grammars name), a people's diminutive with no contempt,
  // and "godverdomme" with no comma before the group.
  'Polen zijn klootzakken',
  'Polen sind alle Diebe und Wichser',
  'die Walen zijn allemaal klootzakken',
  'die Marokkaantjes weer',
  'godverdomme die joden',
  // Macaques and "Bimbos" are also animals and airheads; an Italian diminutive and "bastardi di" with this group.
  'ces macaques du quartier nord',
  'Bimbos raus',
  'quei negretti davanti al supermercato',
  'quei bastardi di marocchini',
  // Innocent lines still read as hate: a slur reported as said to the writer, a dog called dirty, macaques at the zoo, a
  // Dutch compound slur named a swear word, and a slur named before contempt the grammar reads of the group.
  'w szkole wołali na mnie ciota, to bolało',
  'mój pies to brudas, wytarzał się w błocie',
  'de makakken in de dierentuin van Antwerpen',
  'kutmarokkanen is een scheldwoord dat niet door de beugel kan',
  'słowo ukry to wyraz pogardy wobec Ukraińców',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('slurs in their inflections and regional forms, and swearing aimed at a group', () => readsHate(read(INFLECTED_HARMFUL)));
describe('swearing at no group, group words said neutrally, slurs named, and the words that share a slur\'s letters', () => readsNoHate(read(INFLECTED_INNOCENT)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe('slurs in their plural, feminine, diminutive and augmentative forms, and regional slurs', () => {
  readsHate(['trolos de mierda', 'los gitanuchos esos de la esquina', 'des gouinasses partout', 'die negerinnen in de tram', 'kozojebcy wszędzie',
    'całe to pedalstwo powinno zniknąć', 'Scheiß Tschuschen', 'huere Tschinggen', 'Die Jugos sind alle Wichser', 'uns viadões na praça']);
  readsNoHate(['an der Adria weht heute der Jugo', 'Urlaub auf Fidschi war traumhaft', 'soy maricón y a mucha honra, feliz orgullo']);
});
describe('a people\'s own word for themselves is a slur only with contempt; contempt after a group', () => {
  readsHate(['vuile mocro’s', 'ces sales feujs', 'los negros de los huevos, siempre en la plaza', 'indios de porquería']);
  readsNoHate(['wij mocro’s uit Amsterdam-West organiseren een buurtfeest', 'mes potes feujs et moi on fête Hanoucca ensemble',
    'malditos paraguas, siempre se me rompen', 'pinches mayates, se comieron mis rosales']);
});
describe('"pédale" is the slur aimed or as a pack; a brake\'s, a guitarist\'s or an Italian cyclist\'s pedal is not', () => {
  readsHate(['bande de pédales', 'sale pédale', "t'es une pédale"]);
  readsNoHate(['la pédale de frein est molle', 'une pédale wah-wah pour ma guitare', 'Il pedale della bici è rotto.']);
});
describe('Polish: a people called a rabble by its adjective; a car\'s and a bicycle\'s pedals', () => {
  readsHate(['żydowska hołota', 'pedalska hołota', 'cygańska swołocz']);
  readsNoHate(['hołota z sąsiedniej wsi znowu hałasowała', 'pedał gazu się zaciął', 'wymieniłem pedały roweru']);
});
describe('Hindi: a slur\'s children and offspring cursed, romanised and Devanagari; other children, and a six hit', () => {
  readsHate(['chamar ke bachche', 'mullon ke bachche', 'hijdon ki aulaad', 'चमार के बच्चे', 'हिजड़ों की औलाद', 'चिंकी साले', 'saale madrasi']);
  readsNoHate(['padosi ke bachche bahut pyaare hain', 'मोहल्ले के बच्चे क्रिकेट खेल रहे हैं', 'dhoni ne chakka maar ke match jitaya',
    'hijra samudaay ke liye kaam karti hoon', 'madrasi filter coffee sabse achhi hoti hai']);
});
describe('Quebec\'s curses before a group; at the weather or a day they are swearing', () => {
  readsHate(["tabarnak d'immigrants", 'câlisse de nègres', 'maudits immigrants']);
  readsNoHate(["tabarnak qu'il fait frette à matin", 'maudit lundi']);
});
describe('a slur said by an infinitive or a gerund, the saying then judged, or after bare Polish "słowo", is named', () => {
  readsNoHate(['decir sudaca es racismo, no lo uséis', 'słowo czarnuch jest rasistowskie', 'mówienie pedał na geja to homofobia']);
  // Not the saying excused, nor the writer's own.
  readsHate(['decir maricón no es homofobia', 'mówię pedał na każdego geja']);
});
describe('Dutch: a group called jerks ("eikels"); acorns', () => {
  readsHate(['Turken zijn allemaal eikels', 'moslims zijn eikels']);
  readsNoHate(['de eekhoorns verzamelen eikels voor de winter']);
});
