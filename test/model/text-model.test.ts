import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';
import { createLocalScorer, createScorer, detectLocal } from '../../src/moderation/scorers.js';
import { corroborate } from '../../src/moderation/corroborate.js';
import { decide } from '../../src/moderation/decide.js';
import { loadTextModel, SHIPPED_MODEL, TEXT_MODELS } from '../../src/moderation/model/load-text-model.js';
import type { FlatDocument, Segment } from '../../src/ricos/types.js';

const config = parseConfig({});
const model = loadTextModel();
const withModel = createLocalScorer({ policy: config.policy, thresholds: config.scorer.local.thresholds, textModel: model });
const rulesOnly = createLocalScorer({ policy: config.policy, thresholds: config.scorer.local.thresholds });

function doc(...segments: Segment[]): FlatDocument {
  return { text: segments.map((s) => s.value).join('\n'), links: [], segments };
}
const paragraph = (value: string, path = 'nodes[0].nodes[0].textData.text'): Segment => ({ kind: 'text', path, value, place: 'paragraph' });
const round = (p: Partial<Record<string, number>>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Number(v!.toFixed(6))]));

const dir = mkdtempSync(join(tmpdir(), 'aboutmod-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shipped text model', () => {
  it('loads and scores a known sentence the same way every run', () => {
    expect(model.id).toBe(ID);
    const sentence = 'You are a worthless idiot and nobody will ever love you.';
    expect(round(model.predict(sentence))).toEqual(KNOWN);
    // A second loader (fresh weights, fresh scratch arrays) agrees to the last bit.
    expect(loadTextModel().predict(sentence)).toEqual(model.predict(sentence));
  });

  it('a flag raised by the model alone carries the sentence that drove it and its Ricos path', async () => {
    const path = 'nodes[3].nodes[0].textData.text';
    const d = doc(paragraph('Mother of two, marathon runner, baker of questionable cakes.'), paragraph(`Hi there. ${MODEL_ONLY}`, path));
    expect((await rulesOnly.score(d)).flagged).toBe(false);
    const verdict = await withModel.score(d);
    expect(verdict.flagged).toBe(true);
    const reason = verdict.reasons.find((r) => r.source === 'local:model');
    expect(reason?.category).toBe(MODEL_ONLY_CATEGORY);
    expect(reason!.score).toBeGreaterThanOrEqual(0.5);
    expect(reason!.evidence).toEqual([{ value: MODEL_ONLY, path, place: 'paragraph' }]);
  });

  it('adds no flags to look-alike words or to ordinary bios in other languages', async () => {
    for (const text of INNOCENT) {
      const verdict = await withModel.score(doc(paragraph(text)));
      expect({ text, model: verdict.reasons.filter((r) => r.source === 'local:model') }).toEqual({ text, model: [] });
      expect({ text, flagged: verdict.flagged }).toEqual({ text, flagged: (await rulesOnly.score(doc(paragraph(text)))).flagged });
    }
  });

  it('reads identifiers (GUIDs, long hex or digit runs, any case) as spaces, so one beside an insult does not dilute it', async () => {
    const insult = 'You are a worthless idiot and nobody will ever love you.';
    const alone = (await withModel.score(doc(paragraph(insult)))).reasons.filter((r) => r.source === 'local:model');
    expect(alone.length).toBeGreaterThan(0);
    for (const id of ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'DEADBEEF1234', '20231204']) {
      const text = `You are a worthless idiot ${id} and nobody will ever love you.`;
      const reasons = (await withModel.score(doc(paragraph(text)))).reasons.filter((r) => r.source === 'local:model');
      expect(reasons.map((r) => [r.category, r.score])).toEqual(alone.map((r) => [r.category, r.score]));
    }
    // Seven hex digits are no identifier: read as a word, they change the scores.
    const seven = (await withModel.score(doc(paragraph('You are a worthless idiot deadbee and nobody will ever love you.')))).reasons;
    expect(seven.filter((r) => r.source === 'local:model').map((r) => r.score)).not.toEqual(alone.map((r) => r.score));
  });

  it('the verdict is what every raw reason gives, the model\'s weak ones too: a weak insult read by both is flagged, by one alone not', async () => {
    // Every raw reason: what decide counts at the thresholds, and the weak ones corroborate combines.
    const verdictOf = (d: FlatDocument) => {
      const raw = detectLocal(d, config.policy, { textModel: model });
      return decide([...raw, ...corroborate(raw, config.scorer.local.thresholds)], config.scorer.local.thresholds, config.policy);
    };
    const texts = [
      // A weak rule insult and a weak model score, corroborated: flagged.
      'I love hiking, baking bread and old films. Your playlist from the party was stupid though.',
      'Gardener and baker from Leeds; your plan for the allotment fence is stupid, we should talk',
      // The rule's weak reading alone, the model far below: not flagged.
      'We met at the book club last spring and I still think your favourite novel is stupid, sorry',
      // Innocent bios: the model scores every category, none near a threshold.
      'Teacher, runner, mum of two. I bake sourdough on Sundays.',
      'Ich bin Lehrerin in Köln und liebe meine Schüler.',
      'You are a worthless idiot and nobody will ever love you.',
    ];
    const verdicts = await Promise.all(texts.map((t) => withModel.score(doc(paragraph(t)))));
    texts.forEach((t, i) => expect(verdicts[i], t).toEqual(verdictOf(doc(paragraph(t)))));
    expect(verdicts.map((v) => v.reasons.some((r) => r.source === 'local:harassment+model'))).toEqual([true, true, false, false, false, false]);
    expect(verdicts.map((v) => v.flagged)).toEqual([true, true, false, false, false, true]);
  });

  it('is on by default (scorer.local.model) and its id is part of the scorer id; off means the rules alone', () => {
    const on = createScorer(config, { configDir: dir });
    const off = createScorer(parseConfig({ scorer: { local: { model: false } } }), { configDir: dir });
    expect(on.id).toBe(withModel.id);
    expect(off.id).toBe(rulesOnly.id);
    expect(on.id).not.toBe(off.id);
  });

  it('damaged or missing weights are a ConfigError naming scorer.local.model, not a wrong score', () => {
    const meta = JSON.parse(readFileSync(SHIPPED_MODEL, 'utf8')) as { weights: string };
    copyFileSync(SHIPPED_MODEL, join(dir, 'model.json'));
    const weights = readFileSync(join(SHIPPED_MODEL, '..', meta.weights));
    weights[12345] ^= 1;
    writeFileSync(join(dir, meta.weights), weights);
    const damaged = loadTextModel(join(dir, 'model.json'));
    expect(() => damaged.predict('hello')).toThrow(ConfigError);
    expect(() => damaged.predict('hello')).toThrow(/scorer\.local\.model: the weights .* do not match/);
    expect(() => loadTextModel(join(dir, 'nothing.json'))).toThrow(/scorer\.local\.model: cannot read the model .*nothing\.json \(ENOENT\)/);
  });
});

describe('the multilingual weights (v2), selectable beside the default', () => {
  const v2 = loadTextModel(TEXT_MODELS.v2);
  const withV2 = createLocalScorer({ policy: config.policy, thresholds: config.scorer.local.thresholds, textModel: v2 });

  it('v1 stays the default until v2 is switched on; v2 has an id of its own', () => {
    expect(SHIPPED_MODEL).toBe(TEXT_MODELS.v1);
    expect(loadTextModel().id).toBe(ID);
    expect(v2.id).toMatch(/^text-model:v2:[0-9a-f]{12}$/);
    expect(withV2.id).not.toBe(withModel.id);
  });

  it('flags insults in languages it was trained on that v1 cannot read, with the sentence as evidence', async () => {
    for (const text of ['Halt die Fresse, du dummes Arschloch.', 'أنت حمار غبي، اسكت.']) {
      expect({ text, v1: model.predict(text).harassment! < 0.5 }).toEqual({ text, v1: true });
      const verdict = await withV2.score(doc(paragraph(text)));
      const reason = verdict.reasons.find((r) => r.source === 'local:model');
      expect({ text, category: reason?.category, evidence: reason?.evidence[0]?.value }).toEqual({ text, category: 'harassment', evidence: text });
    }
  });

  it('adds no flags to look-alike words or to ordinary bios in other languages', async () => {
    for (const text of INNOCENT) {
      const verdict = await withV2.score(doc(paragraph(text)));
      expect({ text, model: verdict.reasons.filter((r) => r.source === 'local:model') }).toEqual({ text, model: [] });
    }
  });
});

/** The shipped weights' id and their probabilities for the known sentence; retraining updates both. */
const ID = 'text-model:v1:d163ba82e1f7';
const KNOWN = { harassment: 0.874373, hate: 0.001463, sexual: 0.000014, violence: 0.000042, 'self-harm': 0.000894, illicit: 0.000009, profanity: 0.002239 };

/** An insult no rule lists (no slur, no swear word, no "kill yourself"): only the model sees it. */
const MODEL_ONLY = 'Get lost, you ignorant hypocrite.';
const MODEL_ONLY_CATEGORY = 'harassment';

/** Look-alike words the rules must not trip on, and ordinary bios in other languages. */
const INNOCENT = [
  'I grew up in Scunthorpe and now live in Essex with my two cats.',
  'Cocktail bartender by night, data analyst by day.',
  "Assassin's Creed speedrunner and history nerd.",
  'I am a licensed therapist helping couples and families since 2009.',
  'I grow shiitake mushrooms and do soil analysis for local farms.',
  'Wedding photographer: I shoot portraits, families and the occasional dog.',
  'Retired butcher, now a grandfather who loves fishing and killing time with crosswords.',
  'Je suis boulangère à Lyon, passionnée de randonnée et de photographie.',
  'Soy profesora de matemáticas en Sevilla y me encanta bailar flamenco.',
  'Ich bin Tischler aus Hamburg und fahre am Wochenende gern Fahrrad.',
  'Sono un cuoco di Napoli, amo la pizza e il mare.',
  'Sou enfermeira em Lisboa e adoro ler romances policiais.',
  'Ik ben een grafisch ontwerper uit Utrecht en ik hou van fietsen.',
  'Jestem programistą z Krakowa, lubię góry i dobrą kawę.',
  "İstanbul'da yaşayan bir mimarım, kedileri ve çayı çok severim.",
  'Jag är lärare i Göteborg och har sex katter.',
  'Saya seorang fotografer dari Bandung yang suka mendaki gunung.',
  '東京でパン屋を営んでいます。週末は山登りが好きです。',
  'Я врач из Казани, люблю путешествовать и читать книги.',
  'أنا مهندسة من عمّان وأحب الطبخ والقراءة.',
  'मैं पुणे का एक शिक्षक हूँ और मुझे क्रिकेट पसंद है।',
  'Tengo un gato negro y dos perros, y trabajo como enfermera en Madrid.',
  'Mein Hund heißt Fick und ich wohne in Kissing bei Augsburg.',
];
