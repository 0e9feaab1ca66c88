import { describe, expect, it } from 'vitest';
import { CATEGORIES, configSchema, type Category } from '../../src/config/index.js';
import { memberRemovedVariables, ownerDigestMessage, ownerReplacedMessage } from '../../src/notify/index.js';
import type { ReviewItem } from '../../src/review/index.js';

/** What a member reads after "... because", per category: a full clause each, heuristics as "looks like". */
const EXPECTED: Record<Category, string> = {
  harassment: 'it appears to harass or insult someone',
  'harassment/threatening': 'it appears to threaten someone',
  hate: 'it appears to attack a group of people',
  'hate/threatening': 'it appears to threaten a group of people',
  illicit: 'it appears to promote illegal activity',
  'illicit/violent': 'it appears to promote violent illegal activity',
  'self-harm': 'it appears to be about self-harm',
  'self-harm/intent': 'it appears to express an intention to self-harm',
  'self-harm/instructions': 'it appears to give instructions for self-harm',
  sexual: 'it appears to contain sexual content',
  'sexual/minors': 'it appears to contain sexual content involving minors',
  violence: 'it appears to contain violent content',
  'violence/graphic': 'it appears to contain graphic violence',
  profanity: 'it contains profanity',
  spam: 'it appears to be spam or a scam',
  'contact-info': 'it contains personal contact details (a phone number, an email address or a messenger handle)',
  'malicious-link': 'it contains a link that looks like phishing or malware',
  'external-link': 'it links to other websites',
  'prompt-injection': 'it contains text written to manipulate automated tools',
  guidelines: 'it appears to go against the community guidelines',
};

const GUIDELINES = 'https://example.org/community-guidelines';
const notify = (guidelinesUrl = GUIDELINES) => configSchema.parse({ notify: { guidelinesUrl, owner: { reviewUrl: 'https://mod.example.org' } } }).notify;
const reasons = (...categories: Category[]) => categories.map((category) => ({ category, score: 0.9, evidence: [], source: 'test' }));
const item = (...categories: Category[]): ReviewItem => ({
  id: 'item-1', aboutId: 'about-1', memberId: 'member-1', status: 'replaced', flaggedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z', original: { content: { nodes: [] }, revision: '1' }, placeholderRevision: '2',
  reasons: reasons(...categories), scorer: 'test', history: [],
});

describe('the member notice of a removal', () => {
  it.each(CATEGORIES.map((c) => [c]))('%s: one sentence ending in its clause, the guidelines link on its own line', (category) => {
    const vars = memberRemovedVariables(item(category), notify());
    expect(vars.reason).toBe(EXPECTED[category]);
    const [first, ...rest] = vars.message.split('\n\n');
    expect(first).toBe(`The About section on your profile was hidden and replaced with a notice because ${EXPECTED[category]}.`);
    expect(rest[0]).toBe(`Please see the community guidelines:\n${GUIDELINES}`);
    expect(rest[1]).toBe(vars.whatNext);
    expect(vars.message.split('\n')).toContain(GUIDELINES);
  });

  it('several categories are joined as a sentence: "x and y", "x, y and z", each kind once, in the order found', () => {
    const because = (...c: Category[]) => memberRemovedVariables(item(...c), notify()).message.split('\n\n')[0];
    expect(because('harassment', 'profanity')).toBe(
      'The About section on your profile was hidden and replaced with a notice because it appears to harass or insult someone and it contains profanity.',
    );
    expect(because('malicious-link', 'profanity', 'contact-info', 'profanity')).toBe(
      'The About section on your profile was hidden and replaced with a notice because it contains a link that looks like phishing or malware, '
      + 'it contains profanity and it contains personal contact details (a phone number, an email address or a messenger handle).',
    );
    // The phrasing the issue quoted as broken is gone for good.
    expect(because('harassment', 'profanity')).not.toMatch(/contain harassing|known to be harmful/);
  });

  it('without a guidelines URL there is no dangling "see the guidelines"', () => {
    const vars = memberRemovedVariables(item('profanity'), notify(''));
    expect(vars.message).not.toContain('guidelines');
    expect(vars.message.split('\n\n')).toEqual([
      'The About section on your profile was hidden and replaced with a notice because it contains profanity.', vars.whatNext,
    ]);
  });
});

describe('the owner notices', () => {
  it('a replacement says "Flagged because" with the same clauses', () => {
    for (const category of CATEGORIES) {
      expect(ownerReplacedMessage(item(category), notify()).text.split('\n')[1]).toBe(`Flagged because ${EXPECTED[category]}.`);
    }
    expect(ownerReplacedMessage(item('hate', 'external-link'), notify()).text.split('\n')[1])
      .toBe('Flagged because it appears to attack a group of people and it links to other websites.');
  });

  it('the digest names each item with its clauses', () => {
    const one = { ...item('sexual', 'profanity'), id: 'a1' };
    const text = ownerDigestMessage({ scanned: 3, flagged: 1, replaced: 1, errors: 0 }, 1, [one], notify()).text;
    expect(text.split('\n')).toContain(
      '- a1: flagged because it appears to contain sexual content and it contains profanity (member member-1). '
      + 'aboutmod review show a1 or https://mod.example.org/review/a1',
    );
  });
});
