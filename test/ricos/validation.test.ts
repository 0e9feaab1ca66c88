import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { flatten, flattenJson, RicosError } from '../../src/ricos/index.js';
import { runCli } from '../helpers/cli.js';
import { doc, FIXTURES, paragraph, textNode } from './helpers.js';

function problem(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(RicosError);
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a RicosError');
}

describe('flatten: input that is not Ricos is a usage error naming the place', () => {
  it('not an object', () => {
    expect(problem(() => flatten(null))).toBe('content: expected a Ricos document (an object with a nodes array), got null');
    expect(problem(() => flatten([]))).toBe('content: expected a Ricos document (an object with a nodes array), got an array');
    expect(problem(() => flatten('hello'))).toMatch(/^content: expected a Ricos document .*got string "hello"$/);
    expect(problem(() => flatten(undefined))).toBe('content: expected a Ricos document (an object with a nodes array), got nothing');
  });

  it('nodes missing or not an array, at any level', () => {
    expect(problem(() => flatten({}))).toBe('content.nodes: expected an array, got nothing');
    expect(problem(() => flatten({ nodes: {} }))).toBe('content.nodes: expected an array, got an object');
    const bad = doc(paragraph(), paragraph(), paragraph(), { type: 'ORDERED_LIST', id: 'l', nodes: 'oops' });
    expect(problem(() => flatten(bad))).toBe('content.nodes[3].nodes: expected an array, got string "oops"');
  });

  it('a node that is not an object, or without a string type', () => {
    expect(problem(() => flatten({ nodes: [paragraph(), 7] }))).toBe('content.nodes[1]: expected a node object, got number 7');
    expect(problem(() => flatten(doc({ type: 'PARAGRAPH', id: 'p', nodes: [{ id: '', textData: { text: 'x' } }] })))).toBe('content.nodes[0].nodes[0].type: expected a string, got nothing');
    expect(problem(() => flatten({ nodes: [{ type: 3 }] }))).toBe('content.nodes[0].type: expected a string, got number 3');
  });

  it('nesting deeper than maxDepth', () => {
    let node: object = paragraph(textNode('deep'));
    for (let i = 0; i < 70; i++) node = { type: 'BLOCKQUOTE', id: `q${i}`, nodes: [node] };
    expect(problem(() => flatten(doc(node)))).toMatch(/^content\.nodes\[0\](\.nodes\[0\])+: nodes nested deeper than 64 levels$/);
    expect(flatten(doc(node), { maxDepth: 100 }).text).toBe('deep');
    const quote = { type: 'BLOCKQUOTE', id: 'q', nodes: [paragraph(textNode('x'))] };
    expect(problem(() => flatten(doc(quote), { maxDepth: 1 }))).toBe('content.nodes[0].nodes[0]: nodes nested deeper than 1 levels');
  });

  it('schema-free data nested without end is refused too (no stack overflow)', () => {
    let value: object = { text: 'x' };
    for (let i = 0; i < 200; i++) value = { inner: value };
    expect(problem(() => flatten(doc({ type: 'WIDGET', id: 'w', nodes: [], widgetData: value })))).toMatch(/nested deeper than 64 levels$/);
  });

  it('larger than maxBytes, measured before parsing', () => {
    const json = JSON.stringify(doc(paragraph(textNode('x'.repeat(2000)))));
    expect(problem(() => flattenJson(json, { maxBytes: 1024 }))).toBe(`content: ${Buffer.byteLength(json)} bytes, more than the 1024 allowed`);
    expect(problem(() => flatten(JSON.parse(json), { maxBytes: 1024 }))).toMatch(/^content: \d+ bytes, more than the 1024 allowed$/);
    expect(flattenJson(json, { maxBytes: 4096 }).text).toHaveLength(2000);
  });

  it('invalid JSON', () => {
    expect(problem(() => flattenJson('{"nodes":'))).toMatch(/^content: not valid JSON \(.+\)$/);
  });
});

describe('aboutmod flatten (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aboutmod-flatten-'));
  const file = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
    return stderr.trim();
  };

  it('malformed input is one line on stderr, exit 2, nothing on stdout', async () => {
    const small = file('small.json', JSON.stringify({ policy: { maxDocumentBytes: 1024 } }));
    const cases: [string[], string | undefined, RegExp][] = [
      [['flatten'], '{"nodes":', /^aboutmod: stdin: content: not valid JSON/],
      [['flatten', '-'], '[1,2]', /^aboutmod: stdin: content: expected a Ricos document/],
      [['flatten', '--json'], '{"nodes":[{"type":"PARAGRAPH","nodes":{}}]}', /^aboutmod: stdin: content\.nodes\[0\]\.nodes: expected an array, got an object$/],
      [['flatten', file('big.json', JSON.stringify(doc(paragraph(textNode('y'.repeat(5000))))))], undefined, /^aboutmod: \S+big\.json: content: more than the 1024 bytes allowed \(policy\.maxDocumentBytes\)$/],
      [['flatten', join(dir, 'missing.json')], undefined, /^aboutmod: \S+missing\.json: no such file$/],
      [['flatten'], '', /^aboutmod: stdin: content: empty input/],
    ];
    for (const [args, input, expected] of cases) {
      const r = await runCli([...args, '--config', small], { input });
      expect(r.code, args.join(' ')).toBe(2);
      expect(oneLine(r.stderr)).toMatch(expected);
      expect(r.stdout).toBe('');
    }
  });

  it('--json prints the interface.md shape', async () => {
    const r = await runCli(['flatten', '--json', join(FIXTURES, 'button-text.json')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({ text: 'Click Me', links: [], segments: [{ kind: 'text', path: 'nodes[0].buttonData.text', value: 'Click Me', place: 'button label' }] });
  });

  it('reads stdin, and prints text then links with their visible text and place; member text is escaped', async () => {
    const input = JSON.stringify(doc(
      paragraph(textNode('hello \u001b[2J\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 there'), textNode('my site', [{ type: 'LINK', linkData: { link: { url: 'https://my.example' } } }])),
    ));
    const r = await runCli(['flatten'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u0007');
    expect(r.stdout).toContain('Text:\n  paragraph: hello \\x1b[2J\\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07 theremy site\n');
    expect(r.stdout).toContain([
      'Links (2):',
      '  https://my.example  "my site"',
      "      link behind 'my site' at nodes[0].nodes[1].textData.decorations[0].linkData.link.url",
      '  https://evil.example  "https://evil.example"',
      '      web address written in paragraph at nodes[0]',
    ].join('\n'));
  });
});
