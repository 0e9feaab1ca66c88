import { DataSet, englishDataset, englishRecommendedTransformers, pattern, RegExpMatcher } from 'obscenity';
import type { Category } from './types.js';
import { evidenceAt, hitsToReasons, type Detector, type Hit } from './detector.js';

/**
 * Profanity through obscenity's English word list, matched on our normalised text (so obfuscations it
 * misses, like "f u c k", Cyrillic look-alikes or zero-width splits, are already undone). Each of its
 * words is routed to what it is: swearing (profanity), an explicit sexual term (sexual), or a slur (hate),
 * with a weight for how strong it is. Mild swearing alone stays under the default threshold: an About
 * that says "I don't give a shit about fashion" is not abuse.
 */
const SEVERITY: Readonly<Record<string, readonly [Category, number]>> = {
  fuck: ['profanity', 0.55], cunt: ['profanity', 0.7], twat: ['profanity', 0.55], wank: ['profanity', 0.5],
  bitch: ['profanity', 0.5], whore: ['profanity', 0.55], slut: ['profanity', 0.55], cock: ['profanity', 0.45],
  dick: ['profanity', 0.4], prick: ['profanity', 0.4], pussy: ['profanity', 0.45], bastard: ['profanity', 0.45],
  shit: ['profanity', 0.35], ass: ['profanity', 0.3], arse: ['profanity', 0.3], piss: ['profanity', 0.3],
  bollocks: ['profanity', 0.3], turd: ['profanity', 0.3], tit: ['profanity', 0.3], crap: ['profanity', 0.2],
  cuck: ['profanity', 0.4], jizz: ['sexual', 0.5], hooker: ['sexual', 0.35],
  anal: ['sexual', 0.35], anus: ['sexual', 0.2], bestiality: ['sexual', 0.55], blowjob: ['sexual', 0.6],
  boob: ['sexual', 0.35], buttplug: ['sexual', 0.6], cum: ['sexual', 0.45], deepthroat: ['sexual', 0.6],
  dildo: ['sexual', 0.55], doggystyle: ['sexual', 0.55], 'double penetration': ['sexual', 0.6],
  ejaculate: ['sexual', 0.45], felch: ['sexual', 0.6], fellatio: ['sexual', 0.55], 'finger bang': ['sexual', 0.6],
  fisting: ['sexual', 0.55], gangbang: ['sexual', 0.6], handjob: ['sexual', 0.6], hentai: ['sexual', 0.55],
  incest: ['sexual', 0.45], 'jerk off': ['sexual', 0.5], lubejob: ['sexual', 0.6], masturbate: ['sexual', 0.5],
  orgasm: ['sexual', 0.45], orgy: ['sexual', 0.5], penis: ['sexual', 0.25], porn: ['sexual', 0.55],
  scat: ['sexual', 0.2], semen: ['sexual', 0.3], sex: ['sexual', 0.2], vagina: ['sexual', 0.25],
  rape: ['violence', 0.3],
  abo: ['hate', 0.5], abeed: ['hate', 0.9], africoon: ['hate', 0.9], arabush: ['hate', 0.9], boonga: ['hate', 0.9],
  chingchong: ['hate', 0.8], chink: ['hate', 0.85], dyke: ['hate', 0.35], fag: ['hate', 0.5], kike: ['hate', 0.9],
  negro: ['hate', 0.2], nigger: ['hate', 0.9], retard: ['hate', 0.5], spastic: ['hate', 0.45], tranny: ['hate', 0.85],
};

/** Innocent words containing a listed one that obscenity's own whitelist does not cover. */
const INNOCENT = [
  'shiitake', 'shitake', 'rapeseed', 'grapeseed', 'dickinson', 'dickerson', 'penistone', 'cum laude',
  'summa cum', 'magna cum', 'retardant', 'fukuoka', 'niggard', 'moby dick', 'spotted dick', 'cockpit',
];

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  // Spellings obscenity's list lacks (it has "fuck", "shit"; not the masked and compound forms).
  .addPhrase((p) => p.setMetadata({ originalWord: 'fuck' }).addPattern(pattern`|f*k|`).addPattern(pattern`|fcuk`).addPattern(pattern`|phuck`).addPattern(pattern`|fuq|`))
  .addPhrase((p) => p.setMetadata({ originalWord: 'shit' }).addPattern(pattern`|s*t|`).addPattern(pattern`|sh*t`).addPattern(pattern`|shyt`))
  .addPhrase((p) => p.setMetadata({ originalWord: 'bitch' }).addPattern(pattern`|b*ch|`).addPattern(pattern`|biatch`).addPattern(pattern`|b*tch`))
  .addPhrase((p) => p.setMetadata({ originalWord: 'crap' }).addPattern(pattern`|crap|`).addPattern(pattern`|crappy|`));

const built = dataset.build();
const matcher = new RegExpMatcher({
  ...built,
  whitelistedTerms: [...(built.whitelistedTerms ?? []), ...INNOCENT],
  ...englishRecommendedTransformers,
});

export const detectProfanity: Detector = (segments) => {
  const hits: Hit[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'text') continue;
    const text = segment.norm.text;
    for (const match of matcher.getAllMatches(text, true)) {
      const word = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '';
      const [category, weight] = SEVERITY[word] ?? ['profanity', 0.4];
      const from = match.startIndex;
      const to = match.endIndex + 1;
      if (word === 'dick' && isName(segment.norm.original, segment.norm.start[from]!)) continue;
      const evidence = evidenceAt(segment, from, to);
      hits.push({ category, weight, evidence });
    }
  }
  return hitsToReasons(hits, 'local:profanity');
};

/** "Dick Van Dyke", "Philip K. Dick": a capitalised word next to another capitalised word is a name. */
function isName(original: string, at: number): boolean {
  if (original[at] !== 'D') return false;
  const after = original.slice(at).match(/^\w+\s+(\p{Lu})/u);
  const before = original.slice(0, at).match(/(\p{Lu})[\w.]*\s+$/u);
  return Boolean(after || before);
}
