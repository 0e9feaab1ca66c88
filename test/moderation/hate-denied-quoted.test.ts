import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { DENIED_QUOTED_HARMFUL, DENIED_QUOTED_INNOCENT } from './hate-denied-quoted.data.js';

/**
 * A negative denied of a group, a slur named to reject it, a hater answered, hate reported or quoted to refuse it, beside
 * the same words asserted (hate-denied-quoted.data.ts), through the scorer as it ships. The lines not read right yet are
 * listed with why, so the rest must stay as they are; one that starts being read right moves out of the list.
 */
const NOT_YET_READ = new Set([
  // "nem toda X é …" followed by a second clause the generalisation reader takes for a new assertion; "personne n'est X
  // parce qu'il est Y" (no one is X for being Y) read as the group called X.
  'Nem toda mulher é burra, nem todo homem é inteligente.',
  "Personne n'est un parasite parce qu'il est immigré.",
  // A saying named as a phrase and quoted ("a frase "…"", "la phrase « … »"), or written on a wall or heard at school after a
  // colon: the clause inside is read as said. Naming it alone does not reject it ("la phrase « … » est vraie"), so it waits
  // for a reading of what the sentence then says of the phrase.
  'A frase "os negros são inferiores" não tem lugar aqui.',
  "La phrase « les femmes sont inférieures » n'a rien à faire ici.",
  "Sur le mur il y avait écrit : mort aux juifs. On l'a effacé.",
  'سمعت في المدرسة: النساء ناقصات عقل. لم أصدق ذلك يوما',
  // "Solche Sprüche über X": the remarks about a group judged, not the group.
  'Solche Sprüche über Juden sind widerlich.',
  // The calling refused with its verb at the clause's end (German, Dutch) or in a Mandarin "不要再叫"; "traiter de" with a
  // swear word (profanity, not a slur) is read by the profanity lexicon, which has no reading of a refused calling.
  'Niemand sollte Schwule als Schwuchteln beschimpfen.',
  "Niemand zou homo's flikkers moeten noemen.",
  '不要再叫黑人黑鬼了。',
  'Personne ne devrait traiter une femme de salope.',
  // "Schäm dich" and "Vergognati" alone are read as harassment of the one addressed, by design.
  'Du sagst, Ausländer sind Parasiten? Schäm dich.',
  'Hai detto che gli immigrati sono feccia? Vergognati.',
  // Hate not read yet: "todo X é" with a singular noun, exclusion with "deixar … entrar" denied by a modal, a bare Arabic
  // noun sentence, a slur after the copula in Italian, and the Hindi copula after a betrayal noun.
  'Todo muçulmano é terrorista.',
  'Não deviam deixar os imigrantes entrar.',
  'On ne devrait pas laisser les immigrés entrer en France.',
  'السود عبيد',
  'I gay sono froci.',
  'मुसलमान गद्दार हैं।',
  // "filhos da puta" is read by its last word, which the denial before the phrase does not reach.
  'Os negros não são uns filhos da puta.',
]);

describe('a negative denied of a group, hate named, answered, reported or quoted to refuse it', () => keeps(probeLines(DENIED_QUOTED_INNOCENT, NOT_YET_READ)));
describe('the same words asserted', () => removes(probeLines(DENIED_QUOTED_HARMFUL, NOT_YET_READ)));

describe('a slur denied of a group in the third person plural defends it; denied of one person, or with "only" between, it is said', () => {
  keeps(['Os gays não são viados, são pessoas.', 'Les gays ne sont pas des pédés.', 'Los gays no son maricones, son personas.', 'I gay non sono froci.', 'Geje nie są pedałami.', 'المثليون ليسوا شواذ']);
  removes(['Os gays são viados nojentos.', 'Les gays sont des pédés.', 'Os gays não são homens, são viados.', 'Os gays não passam de viados.', 'Você não é homem, é viado.',
    'Les gays ne sont que des pédés.', "Tu n'es qu'un pédé.", 'Geje to nie ludzie, tylko pedały.', 'المثليون ليسوا رجالا بل شواذ', 'المثليون شواذ']);
});
describe('a calling refused before its group (no one should, do not, stop, whoever calls); the writer\'s own calling is a slur said', () => {
  keeps(['Ninguém devia chamar os gays de viados.', 'Não chame os deficientes de retardados.', 'Quem chama os negros de macacos é racista.', 'Chamar mulher de vadia é errado.',
    "Ceux qui traitent les arabes de bougnoules ne savent pas ce qu'ils disent.", 'Nadie debería llamar maricones a los gays.', 'Nessuno dovrebbe chiamare i gay froci.',
    'Chi chiama negri i neri è un razzista.', 'Nikt nie powinien nazywać gejów pedałami.', 'Nazwałeś gejów pedałami? Wstyd.']);
  removes(['Pode chamar os gays de viados sim.', 'Je traite les arabes de bougnoules et alors ?', 'Llamemos maricones a los gays.', 'Hay que llamar maricones a los gays.',
    'Chiamiamo froci i gay.', 'Bisogna chiamare i gay froci.']);
});
describe('what the one addressed said, asked back at them in the Polish past', () => {
  keeps(['Powiedziałeś, że imigranci to pasożyty? Wstydź się.', 'Powiedziałaś, że kobiety są głupsze? To nieprawda.']);
  removes(['Imigranci to pasożyty.', 'Powiedziałeś prawdę: imigranci to pasożyty.']);
});
describe('an insult denied of a group with the plural indefinite article, beside it said with "only" or after a denial of something else', () => {
  keeps(['Les femmes ne sont pas des salopes.', 'Les immigrés ne sont pas des connards.', 'Las mujeres no son unas putas.', 'Le donne non sono delle puttane.', 'المثليين مش خولات']);
  removes(['Les femmes ne sont que des salopes.', 'Ce ne sont pas des femmes, ce sont des putes.', 'Las mujeres son unas putas.', 'Le donne sono delle puttane.',
    'Gli immigrati non sono altro che dei coglioni.', 'المثليين خولات', 'انت مش خول']);
});
