import type { FlatDocument, Segment } from '../ricos/types.js';
import { correctTypos } from './correct-typos.js';
import { maskNormalised } from './innocent-lookalikes.js';
import { normaliseAndFold, type Normalised } from './normalise.js';
import { matchingForm, squeeze, words } from './phrase-pattern.js';

/** A segment with its matching forms, computed once per document and shared by every detector. */
export interface PreparedSegment extends Segment {
  /**
   * Normalised text (text segments; for links, the link text) with innocent look-alikes blanked
   * (innocent-lookalikes.ts), then typos of lexicon words corrected: what every rule reads.
   */
  readonly norm: Normalised;
  /** norm before typos were corrected, as normalise() gives it: what the text model reads. */
  readonly normalised: Normalised;
  /** The same text with characters folded only (normaliseAndFold), for contact details and URLs. */
  readonly folded: Normalised;
  /** norm.text with runs of a letter squeezed to one, for cheap pattern pre-checks. */
  readonly squeezed: string;
  /** norm.text as compiled patterns read it (phrase-pattern.ts matchingForm): same length and offsets. */
  readonly matching: string;
  /** The words of `matching` (phrase-pattern.ts words): the only places most lexicon patterns are tried. */
  readonly words: { readonly starts: Int32Array; readonly heads: readonly (readonly string[])[] };
}

export function prepareSegments(doc: FlatDocument): PreparedSegment[] {
  return doc.segments.map((segment) => {
    const { normalised, folded } = normaliseAndFold(segment.kind === 'text' ? segment.value : (segment.linkText ?? ''));
    // Blanked before typos are corrected: "Twatt" (Orkney) must not be corrected to the insult.
    const norm = correctTypos(maskNormalised(normalised));
    const matching = matchingForm(norm.text);
    return { ...segment, norm, normalised, folded, squeezed: squeeze(norm.text), matching, words: words(matching) };
  });
}
