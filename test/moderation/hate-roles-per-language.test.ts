import { describe, expect, it, vi } from 'vitest';

/**
 * The multilingual hate grammars compile a language's roles (what is said of a group, what frames it) when a
 * segment first names one of that language's groups (detect-hate-multilingual.ts Role), into phrase indexes that
 * have read other segments already. A document's verdict must not depend on which languages a scoring thread met
 * before it: each order below starts from fresh modules, so each language's roles are compiled at a different
 * point, after other languages' roles have read other segments (or the same document's).
 */
const LINES: ReadonlyArray<readonly [string, string, string]> = [
  ['es', 'Los gays son una plaga', 'Los gays son mis mejores amigos'],
  ['de', 'Die Juden sind Ratten', 'Die Juden sind unsere Nachbarn'],
  ['fr', 'Les femmes sont des idiotes', 'Les femmes sont des médecins'],
  ['pl', 'Kobiety to suki.', 'Kobiety to lekarki.'],
  ['nl', 'Ik haat moslims.', 'Ik help moslims.'],
  ['it', 'Gli ebrei sono parassiti', 'Gli ebrei sono i miei vicini'],
];

/** Whether each text is read as hate, scored in this order by a thread that has scored nothing before. */
async function hateInFreshThread(texts: readonly string[]): Promise<boolean[]> {
  vi.resetModules();
  const { isHate } = await import('./docs.js');
  const found: boolean[] = [];
  for (const value of texts) found.push(await isHate(value));
  return found;
}

/** Whether a document of these paragraphs is read as hate, in a thread that has scored nothing before. */
async function documentHateInFreshThread(paragraphs: readonly string[]): Promise<boolean> {
  vi.resetModules();
  const { doc, rules, text } = await import('./docs.js');
  const verdict = await rules(doc(...paragraphs.map((p, i) => text(p, `nodes[${i}].nodes[0].textData.text`))), { policy: { multilingual: true } });
  return verdict.reasons.some((r) => r.category === 'hate' || r.category === 'hate/threatening');
}

describe("the hate grammars' roles, compiled a language at a time", () => {
  const harmful = LINES.map(([, line]) => line);
  const innocent = LINES.map(([, , line]) => line);

  it.each([
    ['harmful first, in order', [...harmful, ...innocent]],
    ['innocent first, in reverse', [...innocent, ...harmful].reverse()],
    ['each harmful line beside its twin', LINES.flatMap(([, bad, good]) => [good, bad])],
  ])('reads each harmful line as hate and no innocent twin, %s', { timeout: 60_000 }, async (_, order) => {
    const found = await hateInFreshThread(order);
    expect(order.filter((line, i) => found[i] !== harmful.includes(line))).toEqual([]);
  });

  it('reads a harmful paragraph after another language\'s innocent one in the same document', { timeout: 60_000 }, async () => {
    expect(await documentHateInFreshThread(['Los gays son mis mejores amigos', 'Die Juden sind Ratten'])).toBe(true);
    expect(await documentHateInFreshThread(['Die Juden sind unsere Nachbarn', 'Los gays son una plaga'])).toBe(true);
    expect(await documentHateInFreshThread(['Los gays son mis mejores amigos', 'Die Juden sind unsere Nachbarn'])).toBe(false);
  });
});
