import LinkifyIt from 'linkify-it';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { linkifyMatches, mayHoldLink } from '../../src/moderation/detect-links.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';

/** detect-links' own linkify setup. */
const linkify = new LinkifyIt(undefined, { fuzzyEmail: false });
const finds = (text: string) => (linkify.match(text) ?? []).length > 0;

/** Texts of hosts, top-level domains (listed, two-letter, punycode, Cyrillic) and what may follow them. */
function hostLikeTexts(count: number): string[] {
  const pieces = ['a', 'ex', 'ample', '.', '.', '.com', '.co', '.c', '.info', '.inf', '.xn--p1ai', '.рф', '.РФ', '.Com', 'm', 'z', '1', ':8080', ':', '/', '-', '_', ' ', '>', '|', '(', ')', '$', '+', 'é', '\n', 'www', 'http', ':', '//', 'mailto', 'ftp'];
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(next() * 10);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
    return text;
  });
}

describe('the gate before linkify', () => {
  it('lets through every text linkify finds a link in', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    const texts = [...sets.flatMap((set) => set.cases.flatMap((c) => c.doc.segments.map((s) => s.value))), ...hostLikeTexts(20_000)];
    let found = 0;
    for (const text of texts) {
      if (!finds(text)) continue;
      found++;
      expect([text, mayHoldLink(text)]).toEqual([text, true]);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds the links linkify finds in the whole text where it starts its scan (the last space before a link mark)', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    const texts = [
      ...sets.flatMap((set) => set.cases.flatMap((c) => c.doc.segments.map((s) => s.value))),
      ...hostLikeTexts(20_000),
      'words first, then http://t.co/AbC12 and www.example.com', 'a\t//example.com/x', 'a (see https://example.org/a?b=c) b',
      'x:http://example.com', 'x//example.com', ' //example.com', 'e.g. then example.co.uk.', 'mailto:ann@example.com ok',
    ];
    const links = (matches: ReturnType<typeof linkify.match>) => (matches ?? []).map((m) => `${m.schema} ${m.raw} ${m.url}`);
    let found = 0;
    for (const text of texts) {
      const whole = links(linkify.match(text));
      if (whole.length > 0) found++;
      expect([text, links(linkifyMatches(text))]).toEqual([text, whole]);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('passes a top-level domain at the end of a host, and skips a dot before other letters', () => {
    for (const text of ['visit example.co/x', 'mail.ru:8080 now', 'магазин.рф', 'see xn--80ak6aa92e.xn--p1ai', 'EXAMPLE.COM.', 'ok.museum>']) {
      expect([text, finds(text), mayHoldLink(text)]).toEqual([text, true, true]);
    }
    for (const text of ['e.g. this one', 'notes.txt and v3.5', 'the end.Next', 'example.community']) {
      expect([text, finds(text), mayHoldLink(text)]).toEqual([text, false, false]);
    }
  });
});
