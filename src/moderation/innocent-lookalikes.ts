import { ALLOWED_WORDS } from './lexicons/index.js';
import type { Normalised } from './normalise.js';
import { escapeRegExp } from './regex-literals.js';

/**
 * Innocent look-alikes: place names, dishes, plants, birds and titles that hold a swear word or a slur
 * ("Shitterton", "spotted dick", "pussy willow", "great tits"). They are found once per segment and
 * blanked (each character a space, so every offset stays where it was) before any detector or the
 * text model reads the text: a rule cannot fire on them, and a real insult beside them is still read
 * ("spotted dick is great, unlike you, you dick"). Multi-word entries are whole phrases, with the
 * context that makes them innocent ("faggots with mushy peas", not "faggots with").
 */
const PHRASES: readonly string[] = [
  // Places: Dorset, Orkney, Shetland, Lincolnshire, Austria, Sweden, Canada.
  'twatt', 'scunthorpe', 'penistone', 'cockermouth', 'cockburnspath', 'fjuckby', 'lickey end', 'wetwang', 'shitlington', 'crapstone',
  // Dishes.
  'spotted dick', 'spotted dicks', 'faggots (with|and|in) (mushy peas|peas|gravy|onion gravy|mash)', 'faggots and peas', 'pasta alla puttanesca',
  'cock a leekie', 'cockaleekie', 'cockles',
  // Plants and animals.
  'pussy willow', 'pussy willows', 'cocksfoot', 'cocksfoot grass', 'cockscomb', 'cocks comb', 'cockchafer', 'cockatoo', 'cockatoos', 'cockatiel', 'cockatiels',
  'cocker spaniel', 'cocker spaniels', 'woodcock', 'woodcocks', 'peacock', 'peacocks', 'shittah', 'titmouse', 'tits? and (robins|finches|sparrows|wrens)',
  '(great|blue|coal|marsh|willow|crested|long tailed|bearded|penduline) tits?', 'blue footed boob(y|ies)', 'dik dik', 'titlark',
  // Titles and names.
  'moby dick', 'dick van dyke', 'dick whittington', 'philip k dick', 'dick francis', 'cockney', 'cockneys',
  // Other languages: actors' "break a leg" in Spanish, Dutch cancer research, Fick's law in German.
  'mucha mierda', 'kanker onderzoek', 'kankeronderzoek', 'ficksches gesetz', 'fick\'sches gesetz',
];

/** Whole phrases: no letter or digit touches either end ("great tits" is not inside "greatest"). */
const LOOKALIKE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PHRASES.map(spaced), ...[...ALLOWED_WORDS].map(escapeRegExp)].join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A phrase's spaces match any run of blanks or hyphens ("cock-a-leekie", "pussy  willow"). */
function spaced(phrase: string): string {
  return phrase.replace(/ /g, '[\\s\\-]+');
}

/** The text with every innocent look-alike blanked to spaces: same length, same offsets. */
export function maskLookalikes(text: string): string {
  return text.replace(LOOKALIKE, (m) => ' '.repeat(m.length));
}

/** A normalised text with its look-alikes blanked; its offsets into the original are unchanged. */
export function maskNormalised(n: Normalised): Normalised {
  const text = maskLookalikes(n.text);
  return text === n.text ? n : { ...n, text };
}
