import { createRequire } from 'node:module';
import type { Category } from '../config/index.js';
import { detectLanguage, matchLexicons, SUPPORTED_LANGUAGES } from '../moderation/lexicons/index.js';
import { compileLexicons, matchCompiled } from '../moderation/lexicons/match.js';
import type { Predictor } from './evaluate.js';

/**
 * The plain word-list baseline: every LDNOOBW entry (npm `naughty-words`) of the supported languages
 * as a whole word on the raw text (inside words for Chinese and Japanese), nothing curated.
 */
export function wordListBaseline(): Predictor {
  const lists = createRequire(import.meta.url)('naughty-words') as Record<string, string[]>;
  const compiled = compileLexicons(SUPPORTED_LANGUAGES.map((lang) => ({ lang, terms: lists[lang] ?? [], slurs: [], stems: [], allow: [], strict: [] })));
  return {
    name: 'word list',
    predict: async (c) => ({ flagged: matchCompiled(compiled, c.raw).length > 0, categories: undefined }),
  };
}

/**
 * The curated lexicons alone (src/moderation/lexicons), on each text segment, with the document's
 * detected language: what they give alone (detect-lexicon.ts calls them in the scorer). Slurs read as hate.
 */
export function lexiconPredictor(): Predictor {
  return {
    name: 'lexicons',
    predict: async (c) => {
      const language = detectLanguage(c.doc.text);
      const categories = new Set<Category>();
      for (const s of c.doc.segments) {
        if (s.kind !== 'text') continue;
        for (const hit of matchLexicons(s.value, { language })) categories.add(hit.category === 'slur' ? 'hate' : 'profanity');
      }
      return { flagged: categories.size > 0, categories };
    },
  };
}
