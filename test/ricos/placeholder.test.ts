import { describe, expect, it } from 'vitest';
import { buildPlaceholder, contentHash, flatten, isPlaceholder } from '../../src/ricos/index.js';
import { doc, paragraph, textNode } from './helpers.js';

const TEXT = "This section is under review by the site's moderators and will be back once it has been checked.";

describe('placeholder', () => {
  it('is a valid Ricos document holding the text, and is recognised as ours', () => {
    const placeholder = buildPlaceholder(TEXT);
    expect(flatten(placeholder)).toMatchObject({ text: TEXT, links: [] });
    expect(isPlaceholder(placeholder)).toBe(true);
    expect(isPlaceholder(placeholder, TEXT)).toBe(true);
    // Survives a round trip through JSON (what Wix stores and returns).
    expect(isPlaceholder(JSON.parse(JSON.stringify(placeholder)))).toBe(true);
  });

  it("a member's document with the same text is not ours", () => {
    expect(isPlaceholder(doc(paragraph(textNode(TEXT))))).toBe(false);
  });

  it('a copy of our marker around other words is not ours; a different placeholder text is told apart', () => {
    const forged = JSON.parse(JSON.stringify(buildPlaceholder(TEXT)));
    forged.nodes[0].nodes[0].textData.text = 'something nasty';
    expect(isPlaceholder(forged)).toBe(false);
    const withLink = JSON.parse(JSON.stringify(buildPlaceholder(TEXT)));
    withLink.nodes[0].nodes[0].textData.decorations = [{ type: 'LINK', linkData: { link: { url: 'https://x.example' } } }];
    expect(isPlaceholder(withLink)).toBe(false);
    const extra = buildPlaceholder(TEXT) as { nodes: object[] };
    extra.nodes.push(paragraph(textNode('more')));
    expect(isPlaceholder(extra)).toBe(false);
    expect(isPlaceholder(buildPlaceholder('old wording'), TEXT)).toBe(false);
    for (const notDoc of [null, undefined, 'x', [], {}, { nodes: [] }]) expect(isPlaceholder(notDoc)).toBe(false);
  });

  it('contentHash is stable: key order does not change it, content does', () => {
    const a = { nodes: [{ type: 'PARAGRAPH', id: 'p', nodes: [] }], metadata: { version: 1 } };
    const b = { metadata: { version: 1 }, nodes: [{ nodes: [], id: 'p', type: 'PARAGRAPH' }] };
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...a, metadata: { version: 2 } })).not.toBe(contentHash(a));
    expect(contentHash({ nodes: [1, 2] })).not.toBe(contentHash({ nodes: [2, 1] }));
  });
});
