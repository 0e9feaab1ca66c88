import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatten, RicosError } from '../../src/ricos/index.js';
import { linkUrl, mediaIdToUrl, mediaUrl } from '../../src/ricos/media.js';
import { fixture, FIXTURES } from './helpers.js';

/** A small deterministic PRNG so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const ODD_VALUES: unknown[] = [null, 0, -1, true, '', 'x', [], {}, [null], { type: 7 }, 'https://x.example', '#fff', { nodes: 'no' }];

/** Every container in `value`, with a way to replace one of its members. */
function slots(value: unknown, out: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ holder: value, key: i }), slots(v, out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (out.push({ holder: value as Record<string, unknown>, key: k }), slots(v, out));
  return out;
}

describe('flatten never crashes', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.json')))('%s with values swapped for odd ones: a result or a RicosError, nothing else', (name) => {
    const next = random(name.length * 7919);
    for (let round = 0; round < 60; round++) {
      const doc = fixture(name);
      const all = slots(doc);
      for (let n = 0; n < 3; n++) {
        const slot = all[Math.floor(next() * all.length)]!;
        (slot.holder as Record<string | number, unknown>)[slot.key] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
      }
      try {
        const flat = flatten(doc);
        expect(typeof flat.text).toBe('string');
      } catch (err) {
        expect(err, String(err)).toBeInstanceOf(RicosError);
        expect((err as Error).message).toMatch(/^content(\.|:)/);
      }
    }
  });
});

describe('media ids and stored URLs become the URLs a browser fetches', () => {
  it.each([
    [mediaIdToUrl('8bb438_67a68c0652d740bab508f68662acc882.jpg', 'image'), 'https://static.wixstatic.com/media/8bb438_67a68c0652d740bab508f68662acc882.jpg'],
    [mediaIdToUrl('media/84770f_x~mv2.jpg', 'image'), 'https://static.wixstatic.com/media/84770f_x~mv2.jpg'],
    [mediaIdToUrl('video/d3dd72_9397/1080p/mp4/file.mp4', 'video'), 'https://video.wixstatic.com/video/d3dd72_9397/1080p/mp4/file.mp4'],
    [mediaUrl('0d72ac_31569a98fd8d436f98ae9c827c216443', 'galleryVideo'), 'https://video.wixstatic.com/video/0d72ac_31569a98fd8d436f98ae9c827c216443'],
    [mediaIdToUrl('mp3/f0f74f_35a1.mp3', 'audio'), 'https://static.wixstatic.com/mp3/f0f74f_35a1.mp3'],
    [mediaUrl('8bb438_0ab44689f626435c94b9a5b996524aba.jpg', 'image'), 'https://static.wixstatic.com/media/8bb438_0ab44689f626435c94b9a5b996524aba.jpg'],
    [mediaUrl('//cdn.example/a.png', 'image'), 'https://cdn.example/a.png'],
    [linkUrl('www.wix.com'), 'http://www.wix.com'],
    [linkUrl('javascript:alert(1)'), 'javascript:alert(1)'],
    [linkUrl('bob@mail.com'), 'mailto:bob@mail.com'],
    [linkUrl('#section'), '#section'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
