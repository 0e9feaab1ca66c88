import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/moderation/index.js';
import type { VerdictRecord } from '../../src/review/types.js';
import {
  decideAfterConflict, decideBeforeScoring, decideOnVerdict, NO_REVIEW_FACTS, type ReviewFacts,
} from '../../src/worker/decide.js';
import { isNewerRevision } from '../../src/review/index.js';

const SCORER = 'local:abc';
const verdict = (revision: string, scorer = SCORER): VerdictRecord => ({ aboutId: 'a1', revision, scorer, flagged: false, at: '2026-01-01T00:00:00.000Z' });
const about = { id: 'a1', revision: '5', memberId: 'm1', content: { nodes: [] } };
const reason: Reason = { category: 'profanity', score: 0.9, evidence: [{ value: 'x', path: 'nodes[0]', place: 'paragraph' }], source: 'local:profanity' };

describe('decideBeforeScoring', () => {
  it('skips an About whose revision and scorer id match the stored verdict', () => {
    expect(decideBeforeScoring(about, false, verdict('5'), SCORER, NO_REVIEW_FACTS)).toEqual({ action: 'skip', why: 'unchanged' });
  });

  it('scores again when the policy (scorer id) changed or the member edited', () => {
    expect(decideBeforeScoring(about, false, verdict('5', 'local:new'), SCORER, NO_REVIEW_FACTS)).toEqual({ action: 'score' });
    expect(decideBeforeScoring(about, false, verdict('4'), SCORER, NO_REVIEW_FACTS)).toEqual({ action: 'score' });
    expect(decideBeforeScoring(about, false, undefined, SCORER, NO_REVIEW_FACTS)).toEqual({ action: 'score' });
  });

  it('never scores our own placeholder, whatever the scorer id', () => {
    expect(decideBeforeScoring(about, true, verdict('4', 'local:old'), SCORER, NO_REVIEW_FACTS)).toEqual({ action: 'skip', why: 'ours' });
  });

  it('skips a revision a reviewer restored, but not a later edit of it', () => {
    const restored: ReviewFacts = { restoredRevisions: ['5'] };
    expect(decideBeforeScoring(about, false, undefined, SCORER, restored)).toEqual({ action: 'skip', why: 'restored' });
    expect(decideBeforeScoring({ revision: '6' }, false, undefined, SCORER, restored)).toEqual({ action: 'score' });
  });

  it('skips a read older than the stored verdict (someone decided on fresher data)', () => {
    expect(decideBeforeScoring(about, false, verdict('7'), SCORER, NO_REVIEW_FACTS)).toEqual({ action: 'skip', why: 'stale' });
  });

  it('leaves an About alone while an earlier write of ours is unconfirmed', () => {
    const facts: ReviewFacts = { restoredRevisions: [], open: { id: 'r1', status: 'pending' } };
    expect(decideBeforeScoring(about, false, undefined, SCORER, facts)).toEqual({ action: 'skip', why: 'pending' });
  });

  it('scores a member edit over our live placeholder and names the item it supersedes', () => {
    const facts: ReviewFacts = { restoredRevisions: [], open: { id: 'r1', status: 'replaced', placeholderRevision: '4' } };
    expect(decideBeforeScoring(about, false, verdict('4'), SCORER, facts)).toEqual({ action: 'score', supersedes: 'r1' });
  });
});

describe('decideOnVerdict', () => {
  it('keeps what is not flagged', () => {
    expect(decideOnVerdict(about, { flagged: false, reasons: [reason] }, SCORER)).toEqual({ action: 'keep' });
  });

  it('replaces what is flagged, with the original and the revision it was decided on', () => {
    const d = decideOnVerdict(about, { flagged: true, reasons: [reason] }, SCORER);
    expect(d).toEqual({
      action: 'replace',
      item: { aboutId: 'a1', memberId: 'm1', original: { content: about.content, revision: '5' }, reasons: [reason], scorer: SCORER },
    });
  });
});

describe('decideAfterConflict', () => {
  it('our placeholder at exactly the revision our PATCH produces: our write had landed', () => {
    expect(decideAfterConflict('5', { revision: '6', isPlaceholder: true })).toBe('landed');
  });
  it('a placeholder at any other revision is another writer\'s; anything else is the member\'s: superseded, decided again', () => {
    expect(decideAfterConflict('5', { revision: '8', isPlaceholder: true })).toBe('superseded');
    expect(decideAfterConflict('5', { revision: '6', isPlaceholder: false })).toBe('superseded');
  });
});

describe('isNewerRevision', () => {
  it('compares uint64 strings as numbers, beyond 2^53', () => {
    expect(isNewerRevision('10', '9')).toBe(true);
    expect(isNewerRevision('18446744073709551615', '18446744073709551614')).toBe(true);
    expect(isNewerRevision('9', '10')).toBe(false);
    expect(isNewerRevision('abc', '1')).toBe(false);
  });
});
