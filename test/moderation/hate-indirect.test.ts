import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { INDIRECT_HATE, INDIRECT_INNOCENT } from './hate-indirect.data.js';

/**
 * Hate said indirectly (issue 17): a good thing denied a group, hate asked, a group named first and taken up after,
 * in ten languages and English, beside its innocent twins (hate-indirect.data.ts), through the scorer as it ships.
 * The lines it does not read yet are listed with why, so the rest must stay as they are.
 */
const NOT_YET_READ = new Set([
  // English is read by its own grammar, which knows none of these frames yet.
  'No Muslim has ever done anything of value.',
  "I don't think gay people deserve respect.",
  'There is nothing intelligent about women.',
  'Who would ever hire a trans person?',
  'Those refugees? Animals.',
  // Language identification: a short line with the English "gays" is not read as Portuguese.
  'Esses gays? Uns animais.',
  // French "il n'y a rien d'X chez": the good word is read, the group after "chez" is not paired with it.
  "Il n'y a rien d'intelligent chez les noirs.",
  // Being like us, said without "ne".
  'Les réfugiés seront jamais comme nous.',
  // "trauen" (to trust) is also "to dare" and "to marry": not a good word alone.
  'Zigeunern kann man nicht trauen.',
  // Standard Arabic "لن", "لم" deny no good word: with them, "women have not yet got their rights" would read as hate.
  'النساء لن يكن أبدا مساويات لنا.',
  'لم يقدم أي لاجئ شيئا ذا قيمة أبدا.',
  // Who would hire one, asked in Arabic and Hindi script, and a Mandarin demonstrative topic: no grammar holds them yet.
  'من سيوظف معاقا؟',
  'किसी दलित ने कभी कुछ अच्छा नहीं किया।',
  'कौन किसी विकलांग को नौकरी देगा?',
  '那些难民？畜生。',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('hate said indirectly, as members write it', () => removes(read(INDIRECT_HATE)));
describe('innocent lines in the same frames', () => keeps(read(INDIRECT_INNOCENT)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe("a comma before 'dass', 'że' leaves a negated verb of thinking reaching the clause", () => {
  removes(['Ich finde nicht, dass Schwule Respekt verdienen.', 'Ich glaube nicht, dass Frauen intelligent sind.', 'Nie uważam, że geje zasługują na szacunek.', 'Nie sądzę, że kobiety są inteligentne.']);
  keeps([
    'Ich sage nicht, dass Schwule Respekt verdienen, ich sage, dass alle Menschen ihn verdienen.',
    'Ich vergesse nie, dass Frauen intelligent sind.',
    'Nie zapominam, że kobiety są inteligentne.',
    'Ich finde nicht, dass man Frauen weniger zahlen sollte.',
  ]);
});
describe("a demonstrative opens a group asked as a topic, and the spoken 'c'est des' takes one up", () => {
  removes(['Ci imigranci? Zwierzęta.', 'Esses imigrantes? Uns ratos.', "Des gays ont emménagé à côté. C'est des pervers."]);
  keeps([
    'Ci imigranci? Bardzo mili ludzie.',
    'Ci imigranci? Nie są zwierzętami.',
    'Esses imigrantes? Gente boa.',
    'Diese Ausländer? Keine Tiere, sondern Menschen.',
    "Des gays ont emménagé à côté. C'est des gens adorables.",
    "Les passeurs exploitent les migrants. C'est des ordures.",
  ]);
});
describe('who would hire, marry or want one, asked', () => {
  removes([
    'Wer würde schon einen Behinderten einstellen?',
    'Wer möchte schon einen Zigeuner als Nachbarn?',
    'Wie zou er nou een gehandicapte aannemen?',
    'Wie zou er nou een zigeuner als buurman willen?',
    'Chi assumerebbe mai un disabile?',
    'Quem é que ia querer um cigano como vizinho?',
    '谁会雇一个残疾人？',
    'kaun kisi viklang ko naukri dega?',
  ]);
  keeps([
    'Wer würde schon einen Klempner um Mitternacht einstellen?',
    'Wer würde schon einen Flüchtling abweisen?',
    'Wie zou er nou een vluchteling weigeren?',
    'Chi assumerebbe mai un idraulico a mezzanotte?',
    '谁会雇一个水管工？',
    'kaun kisi plumber ko raat ko naukri dega?',
  ]);
});
describe('who would take one on, answered at once by the writer, is no rhetorical question', () => {
  keeps(['Quem contrataria um deficiente? Nós contratamos!', 'Qui embaucherait un handicapé ? Nous ! On en a embauché trois.', 'Wer würde schon einen Behinderten einstellen? Wir!', 'Wie zou er nou een gehandicapte aannemen? Wij!']);
  removes(['Qui embaucherait un handicapé ? Moi ? Jamais.', 'Wer würde schon einen Behinderten einstellen? Ich nicht.', 'Os gays são doentes? Nós achamos que sim.', 'Quem aguenta travesti? Eu não aguento.']);
});
describe('a good adjective nominalised or partitive, and the colour word after an Italian article-preposition', () => {
  removes(['An Schwarzen ist nichts Intelligentes.', 'Kein Muslim hat jemals etwas Wertvolles geleistet.', 'Er is niets intelligents aan zwarten.', 'Zwarten hebben niets goeds.', "Non c'è niente di intelligente nei neri.", "Aucun musulman n'a jamais rien fait de valable."]);
  keeps(['Er is niets goeds aan racisme tegen zwarten.', "Non c'è niente di male nei neri.", 'Mi piace il bianco nei neri della foto.', 'Ausländer haben etwas Wertvolles in unser Land gebracht.']);
});
