/**
 * `count` short texts (1 to 14 pieces) drawn from `alphabet` by a fixed seed, a piece now and then
 * repeated three times: inputs that put a matcher's edge cases (leetspeak, look-alikes, runs, lone
 * surrogates) side by side, the same on every run.
 */
export function randomTexts(count: number, alphabet: readonly string[], seed: number): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(next() * 14);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)]!.repeat(next() < 0.15 ? 3 : 1);
    return text;
  });
}
