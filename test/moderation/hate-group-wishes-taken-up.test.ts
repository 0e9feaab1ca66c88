import { describe } from 'vitest';
import { probeLines, readsHate, readsNoHate } from './docs.js';
import { WISH_TAKEN_UP_HATE, WISH_TAKEN_UP_INNOCENT } from './hate-group-wishes-taken-up.data.js';

/**
 * Wishes, calls and exclusion demands said of a group named in the sentence before, with no group word of their own
 * (hate-group-wishes-taken-up.data.ts), beside their innocent twins in the same frames: read through the scorer as it
 * ships. The lines not read yet are listed with why; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // "Out!" with the floating "all" ("Fuera todos.", "Fora todos eles.", "Dehors, tous.", "Fuori tutti."): the interjection
  // alone is too common a word to be read as a call.
  'Hay demasiados gitanos aquí. Fuera todos.',
  'Tem muitos refugiados na cidade. Fora todos eles.',
  'Les réfugiés arrivent par milliers. Dehors, tous.',
  'Ci sono zingari alla stazione. Fuori tutti.',
  // A death wished with its cause after it ("de sida").
  'Vi a unos gays en el parque. Ojalá se mueran de sida.',
  // A bare "Polen" is also the country; a nationality after "más" is not yet a group.
  'Meine Kollegen sind Polen. Die klauen alle.',
  'Weer Polen in de flat. Oprotten met die lui.',
  'Llegaron más rumanos al barrio. Deberían largarse todos.',
  // Dutch "out with them" ("Eruit met dat volk.", "Terug naar hun eigen land met ze.") and the Polish bare imperative
  // "Wypierdalać stąd." carry no pronoun that takes the group up.
  'Er zijn veel Turken op mijn werk. Terug naar hun eigen land met ze.',
  'Er lopen veel buitenlanders rond. Eruit met dat volk.',
  'Znowu Cyganie pod sklepem. Wypierdalać stąd.',
  // English removal demanded of "they" is not read: the same words reported ("a man shouted that they should all be sent
  // back; disgraceful") would be read too. "Black families" is no group yet, and an insult noun with "that" not a pronoun.
  'More refugees arrived in town. They should all be sent back.',
  'There are Jews on the school board now. They need to be removed.',
  'More migrants at the border. That scum should be deported.',
  'Black families keep moving in. Wish they would all drop dead.',
  // Innocent lines still read as hate, as on main: a call on someone else with the group set apart ("pas eux"), and a call
  // quoted in German quotation marks to be decried.
  'Des Arabes tiennent la boulangerie. Faut renvoyer le maire, pas eux.',
  'Schon wieder Flüchtlinge am Bahnhof. Ein Mann rief „Raus mit denen“, widerlich.',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('a wish, call or exclusion demand said of a group named in the sentence before', () => readsHate(read(WISH_TAKEN_UP_HATE)));
describe('a group named, then a wish or call that is kind, about something or someone else, or reported to be countered', () =>
  readsNoHate(read(WISH_TAKEN_UP_INNOCENT)));
