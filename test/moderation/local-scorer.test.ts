import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/moderation/scorers.js';
import { sourceFingerprint } from '../../src/moderation/scorer-id.js';
import { config, doc, link, reason, rules, text } from './docs.js';

describe('the local scorer', () => {
  it('evidence carries the exact text, the path and the hiding place of each segment', async () => {
    const d = doc(
      text('Amateur potter and dog person.'),
      text('you are a worthless idiot', 'nodes[2].imageData.altText', 'image alt text'),
      text('Reach me: ann.smith@gmail.com', 'nodes[4].buttonData.text', 'button label'),
      link('javascript:alert(1)', 'portfolio', 'nodes[5].buttonData.link.url', 'button link'),
    );
    const verdict = await rules(d);
    expect(verdict.flagged).toBe(true);
    expect(reason(verdict, 'harassment')!.evidence[0]).toEqual({ value: 'you are a worthless idiot', path: 'nodes[2].imageData.altText', place: 'image alt text' });
    expect(reason(verdict, 'contact-info')!.evidence).toEqual([{ value: 'ann.smith@gmail.com', path: 'nodes[4].buttonData.text', place: 'button label' }]);
    expect(reason(verdict, 'malicious-link')!.evidence).toEqual([{ value: 'javascript:alert(1)', path: 'nodes[5].buttonData.link.url', place: 'button link' }]);
    // Strongest reasons first.
    const scores = verdict.reasons.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('evidence of an obfuscated word quotes what the member typed, not the skeleton', async () => {
    const verdict = await rules(doc(text('Hi! yоu аrе а f\u200bu\u200bc\u200bk\u200bi\u200bn\u200bg idiot', 'nodes[1].nodes[0].textData.text', 'heading')));
    const quoted = reason(verdict, 'harassment')!.evidence.map((e) => e.value);
    expect(quoted[0]).toBe('yоu аrе а f\u200bu\u200bc\u200bk\u200bi\u200bn\u200bg idiot');
  });

  it('thresholds come from config: raising one lets that category through, lowering one flags weaker reasons', async () => {
    const mild = 'This traffic is shit.'; // mild swearing: a reason under the default threshold
    expect(await rules(mild)).toEqual({ flagged: false, reasons: [] });
    const strict = await rules(mild, { scorer: { local: { thresholds: { profanity: 0.3 } } } });
    expect(strict.flagged).toBe(true);
    expect(reason(strict, 'profanity')!.evidence[0]!.value).toBe('shit');

    const insult = 'You are a fucking idiot.';
    expect((await rules(insult)).flagged).toBe(true);
    const lax = await rules(insult, { scorer: { local: { thresholds: { harassment: 1, profanity: 1 } } } });
    expect(lax.reasons.map((r) => r.category)).not.toContain('harassment');
  });

  it('policy.flag switches turn whole kinds of content off; sexual/minors has no switch', async () => {
    const swearing = 'fuck this, fuck that, what a load of fucking shit';
    expect((await rules(swearing)).flagged).toBe(true);
    expect(reason(await rules(swearing, { policy: { flag: { profanity: false, harassment: false } } }), 'profanity')).toBeUndefined();

    const adult = 'Sexting and nudes on my onlyfans.';
    expect(reason(await rules(adult), 'sexual')).toBeDefined();
    expect(await rules(adult, { policy: { flag: { sexual: false } } })).toEqual({ flagged: false, reasons: [] });

    const minors = 'selling child porn';
    expect(reason(await rules(minors, { policy: { flag: { sexual: false } } }), 'sexual/minors')).toBeDefined();

    const threat = 'I will kill you';
    expect(await rules(threat, { policy: { flag: { harassment: false, violence: false } } })).toEqual({ flagged: false, reasons: [] });
  });

  it('our own placeholders (policy.placeholder, policy.confirmedPlaceholder) are never flagged, even when the owner words it like a rule breach', async () => {
    const placeholder = config().policy.placeholder;
    expect(await rules(doc(text(placeholder)))).toEqual({ flagged: false, reasons: [] });
    const custom = 'Removed: contact details like name@example.com are not allowed here. Call +44 20 7946 0958 for help.';
    expect((await rules(custom)).flagged).toBe(true);
    expect(await rules(doc(text(custom)), { policy: { placeholder: custom } })).toEqual({ flagged: false, reasons: [] });
    // The editor may re-wrap it: other spaces and line breaks around and inside are still ours.
    const rewrapped = `\n  ${custom.replace(/ /g, ' \n\t')}  `;
    expect(await rules(doc(text(rewrapped)), { policy: { placeholder: custom } })).toEqual({ flagged: false, reasons: [] });
    // A text that starts like it, or holds it with more words, is the member's.
    expect((await rules(doc(text(`${custom} Or mail me at bob@example.com`)), { policy: { placeholder: custom } })).flagged).toBe(true);
    // The words a confirmed removal leaves are ours too.
    expect(await rules(doc(text(custom)), { policy: { confirmedPlaceholder: custom } })).toEqual({ flagged: false, reasons: [] });
    // Only the placeholder segment is skipped: what the member added beside it still counts.
    const verdict = await rules(doc(text(placeholder), text('kys', 'nodes[1].nodes[0].textData.text')), {});
    expect(reason(verdict, 'harassment/threatening')!.evidence[0]!.path).toBe('nodes[1].nodes[0].textData.text');
  });

  it('is deterministic, and its id changes with the policy and thresholds (so a policy change calls for a rescore)', async () => {
    const d = doc(text('You are a fucking idiot. Mail ann@gmail.com'), link('http://10.0.0.1/login'));
    const a = await rules(d);
    const b = await rules(d);
    expect(b).toEqual(a);
    const id = (partial: unknown) => createScorer(config(partial), { configDir: process.cwd() }).id;
    expect(id({})).toBe(id({}));
    expect(id({})).toMatch(/^local:[0-9a-f]{12}$/);
    expect(id({ policy: { flagContactInfo: false } })).not.toBe(id({}));
    expect(id({ scorer: { local: { thresholds: { hate: 0.9 } } } })).not.toBe(id({}));
  });

  it('its rules are part of its id: a changed rule or word list, in any folder of the source, is a new scorer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      mkdirSync(join(dir, 'lexicons'));
      writeFileSync(join(dir, 'detect-threats.ts'), 'export const VERBS = ["kill"];');
      writeFileSync(join(dir, 'lexicons', 'es.ts'), 'export const WORDS = ["idiota"];');
      writeFileSync(join(dir, 'README.md'), 'notes');
      const before = sourceFingerprint(dir);
      writeFileSync(join(dir, 'README.md'), 'other notes');
      expect(sourceFingerprint(dir)).toBe(before);
      writeFileSync(join(dir, 'lexicons', 'es.ts'), 'export const WORDS = ["idiota", "imbécil"];');
      expect(sourceFingerprint(dir)).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an empty document, or one with only images, passes', async () => {
    expect(await rules(doc())).toEqual({ flagged: false, reasons: [] });
    expect(await rules(doc(link('https://static.wixstatic.com/media/cat.jpg', undefined, 'nodes[0].imageData.image.src.url', 'image')))).toEqual({ flagged: false, reasons: [] });
  });
});
