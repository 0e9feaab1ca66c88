import { describe, expect, it } from 'vitest';
import type { FlatDocument, Segment } from '../../src/ricos/index.js';
import { runCli } from '../helpers/cli.js';

/**
 * Member documents are JSON, and their keys are the member's choice: a key named like an Object
 * built-in must not hide what sits under it, and an unknown node's URL is a URL whatever its key.
 * Through `aboutmod flatten --json`, with the documents as raw JSON text (an object literal in code
 * would turn `__proto__` into a prototype instead of a key).
 */
async function flattenCli(json: string): Promise<FlatDocument> {
  const r = await runCli(['flatten', '--json', '-'], { input: json });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as FlatDocument;
}

const pick = (flat: FlatDocument) => flat.segments.map((s: Segment) => ({ kind: s.kind, path: s.path, value: s.value }));

describe('flatten reads own properties only', () => {
  it('text under imageData.constructor / toString / __proto__ / hasOwnProperty / valueOf is read and walked', async () => {
    const flat = await flattenCli(`{"nodes":[{"type":"IMAGE","id":"i1","nodes":[],"imageData":{
      "constructor":"call me at 555 0100",
      "toString":{"note":"kill yourself"},
      "__proto__":{"caption":"buy pills here"},
      "hasOwnProperty":"send money now",
      "valueOf":["visit my channel"]}}]}`);
    expect(pick(flat)).toEqual([
      { kind: 'text', path: 'nodes[0].imageData.constructor', value: 'call me at 555 0100' },
      { kind: 'text', path: 'nodes[0].imageData.toString.note', value: 'kill yourself' },
      { kind: 'text', path: 'nodes[0].imageData.__proto__.caption', value: 'buy pills here' },
      { kind: 'text', path: 'nodes[0].imageData.hasOwnProperty', value: 'send money now' },
      { kind: 'text', path: 'nodes[0].imageData.valueOf[0]', value: 'visit my channel' },
    ]);
  });

  it('a node type named like a built-in is an unknown node, read schema-free, without a crash', async () => {
    const flat = await flattenCli(`{"nodes":[
      {"type":"constructor","id":"a","nodes":[],"constructorData":{"label":"first hidden words"}},
      {"type":"__proto__","id":"b","nodes":[{"type":"PARAGRAPH","id":"p","nodes":[{"type":"TEXT","textData":{"text":"second hidden words"}}]}]},
      {"type":"toString","id":"c","nodes":[],"toStringData":{"link":{"url":"https://evil.example/x"}}}]}`);
    expect(pick(flat)).toEqual([
      { kind: 'text', path: 'nodes[0].constructorData.label', value: 'first hidden words' },
      { kind: 'text', path: 'nodes[1].nodes[0].nodes[0].textData.text', value: 'second hidden words' },
      { kind: 'link', path: 'nodes[2].toStringData.link.url', value: 'https://evil.example/x' },
    ]);
    expect(flat.segments[0]!.place).toBe('constructor (unknown node type): label');
  });

  it('an HTML tag named like a built-in keeps its URL with a sensible place', async () => {
    const flat = await flattenCli(JSON.stringify({ nodes: [{ type: 'HTML', id: 'h', nodes: [], htmlData: { html: '<constructor src="https://evil.example/c"></constructor>' } }] }));
    expect(flat.segments).toEqual([
      { kind: 'link', path: 'nodes[0].htmlData.html', value: 'https://evil.example/c', place: 'constructor element in HTML embed' },
    ]);
  });
});

describe("an unknown node's URLs are kept whatever key holds them", () => {
  it('under target, style, an id-like key and a nested settings object; settings words stay out', async () => {
    const flat = await flattenCli(JSON.stringify({
      nodes: [{
        type: 'SHINY_WIDGET', id: 'w', nodes: [],
        shinyWidgetData: {
          target: 'https://evil.example/phish',
          style: { background: 'https://evil.example/bg.png', color: '#ff0000', alignment: 'CENTER' },
          buttonId: 'javascript:alert(1)',
          layout: { items: [{ width: 20, position: 'www.evil.example/nested' }] },
          theme: 'dark',
          label: 'Win a prize',
        },
      }],
    }));
    expect(pick(flat)).toEqual([
      { kind: 'link', path: 'nodes[0].shinyWidgetData.target', value: 'https://evil.example/phish' },
      { kind: 'link', path: 'nodes[0].shinyWidgetData.style.background', value: 'https://evil.example/bg.png' },
      { kind: 'link', path: 'nodes[0].shinyWidgetData.buttonId', value: 'javascript:alert(1)' },
      { kind: 'link', path: 'nodes[0].shinyWidgetData.layout.items[0].position', value: 'http://www.evil.example/nested' },
      { kind: 'text', path: 'nodes[0].shinyWidgetData.label', value: 'Win a prize' },
    ]);
    expect(flat.segments[0]!.place).toBe('SHINY_WIDGET (unknown node type): target');
  });

  it('a field newer than the schema on a known node, and an unknown decoration, keep their URLs too', async () => {
    const flat = await flattenCli(JSON.stringify({
      nodes: [
        { type: 'IMAGE', id: 'i', nodes: [], imageData: { altText: 'cat', futureTarget: 'https://evil.example/img' } },
        { type: 'PARAGRAPH', id: 'p', nodes: [{ type: 'TEXT', textData: { text: 'hi', decorations: [{ type: 'SPARKLE', sparkleData: { target: 'https://evil.example/sparkle' } }] } }] },
      ],
    }));
    expect(pick(flat)).toEqual([
      { kind: 'text', path: 'nodes[0].imageData.altText', value: 'cat' },
      { kind: 'link', path: 'nodes[0].imageData.futureTarget', value: 'https://evil.example/img' },
      { kind: 'text', path: 'nodes[1].nodes[0].textData.text', value: 'hi' },
      { kind: 'link', path: 'nodes[1].nodes[0].textData.decorations[0].sparkleData.target', value: 'https://evil.example/sparkle' },
    ]);
  });
});
