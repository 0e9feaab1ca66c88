import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../config/index.js';
import { flatten } from '../ricos/index.js';
import type { FlatDocument } from '../ricos/types.js';

/** One labeled row, as a document the scorer can read. */
export interface EvalCase {
  id: string;
  /** The raw text (or URL) the word-list baseline sees. */
  raw: string;
  doc: FlatDocument;
  /** Harmful by the source's own labels. */
  flag: boolean;
  /** Per-category truth where the source labels it: label name -> harmful. */
  labels: Record<string, boolean>;
  /** A sub-group to report accuracy for (HateCheck's functionality, the kind of an About row). */
  group?: string;
  /** ISO 639-1 language where the source says it (our Abouts, Multilingual HateCheck). */
  lang?: string;
  /**
   * HateCheck and Multilingual HateCheck: which part of the dev half the row is in, by its template (templateParts): rules
   * are built looking at part A only and measured on B too, so a figure that drops from A to B was
   * memorised.
   */
  part?: 'A' | 'B';
  /** Why the row is labeled as it is (our Abouts). */
  note?: string;
}

export interface EvalSet {
  name: string;
  cases: EvalCase[];
  /** Which of our categories answer each label of the set. */
  categories: Record<string, readonly Category[]>;
  /**
   * For a set that labels one kind of harm only (HateCheck and Multilingual HateCheck: hateful or not),
   * our categories for that harm: a row counts as flagged when a reason is in one of them. A bio flagged
   * for what the set does not label (swearing at no one, an insult at one person) is neither a false
   * alarm of hate nor a catch of it. Undefined for sets that label every harm: any flag counts.
   */
  harm?: readonly Category[];
}

const HATE: readonly Category[] = ['hate', 'hate/threatening'];
const HARASSMENT: readonly Category[] = ['harassment', 'harassment/threatening'];
const SEXUAL: readonly Category[] = ['sexual', 'sexual/minors'];
const VIOLENCE: readonly Category[] = ['violence', 'violence/graphic', 'hate/threatening', 'harassment/threatening', 'illicit/violent'];
const SELF_HARM: readonly Category[] = ['self-harm', 'self-harm/intent', 'self-harm/instructions'];

/** How each public set's labels read in our categories (eval/README.md describes the labels). */
const LABEL_CATEGORIES: Record<string, Record<string, readonly Category[]>> = {
  'openai-moderation': {
    sexual: SEXUAL, hate: HATE, violence: VIOLENCE, harassment: HARASSMENT, 'self-harm': SELF_HARM,
    'sexual/minors': ['sexual/minors'], 'hate/threatening': ['hate/threatening'], 'violence/graphic': ['violence/graphic'],
  },
  'jigsaw-sample': {
    obscene: ['profanity', 'sexual'], threat: [...VIOLENCE, 'self-harm/instructions'], insult: HARASSMENT, identity_hate: HATE,
  },
  'davidson-offensive': { hate: HATE },
};

const OPENAI_KEYS: Record<string, string> = {
  S: 'sexual', H: 'hate', V: 'violence', HR: 'harassment', SH: 'self-harm', S3: 'sexual/minors', H2: 'hate/threatening', V2: 'violence/graphic',
};

interface Row {
  id: string;
  text?: string;
  url?: string;
  labels: Record<string, unknown>;
  flag: boolean;
}

/** A plain text as the flattener would give it: one paragraph. */
export function textDocument(text: string): FlatDocument {
  return { text, links: [], segments: [{ kind: 'text', path: 'nodes[0].nodes[0].textData.text', value: text, place: 'paragraph' }] };
}

/** A URL as a link a visitor can follow (no visible text), so only the URL itself is judged. */
export function linkDocument(url: string): FlatDocument {
  return { text: '', links: [{ url, text: '', path: 'nodes[0].buttonData.link.url' }], segments: [{ kind: 'link', path: 'nodes[0].buttonData.link.url', value: url, place: 'button link' }] };
}

/** The public dev sets under `dir` (SHARED_DIR/eval); a missing file is skipped. */
export function loadPublicSets(dir: string): EvalSet[] {
  const sets: EvalSet[] = [];
  for (const name of ['openai-moderation', 'surge-toxicity', 'hatecheck', 'jigsaw-sample', 'davidson-offensive', 'phishing-urls']) {
    const file = join(dir, `${name}.dev.jsonl`);
    if (!existsSync(file)) continue;
    const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
    // HateCheck is split by template like Multilingual HateCheck, so its generalisation is measured too.
    const part = name === 'hatecheck' ? templateParts(rows.map((row) => row.labels)) : undefined;
    const cases = rows.map((row, i) => ({ ...toCase(name, row), ...(part ? { part: part[i]! } : {}) }));
    sets.push({ name, categories: LABEL_CATEGORIES[name] ?? {}, ...(name === 'hatecheck' ? { harm: HATE } : {}), cases });
  }
  return sets;
}

const MHC_LANGUAGES: Record<string, string> = {
  arabic: 'ar', dutch: 'nl', french: 'fr', german: 'de', hindi: 'hi', italian: 'it', mandarin: 'zh', polish: 'pl', portuguese: 'pt', spanish: 'es',
};

/**
 * The dev half of Multilingual HateCheck (SHARED_DIR/eval/mhc.dev.jsonl; undefined when missing), 10
 * languages, each row with its language and functionality. Kept apart from loadPublicSets: 17,707 rows
 * would triple the golden test's run.
 */
export function loadMultilingualHateCheck(dir: string): EvalSet | undefined {
  const file = join(dir, 'mhc.dev.jsonl');
  if (!existsSync(file)) return undefined;
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const part = templateParts(rows.map((row) => row.labels));
  const cases = rows.map((row, i): EvalCase => {
    const text = row.text ?? '';
    return { id: row.id, raw: text, doc: textDocument(text), flag: row.flag, labels: {}, group: String(row.labels.functionality), lang: MHC_LANGUAGES[String(row.labels.language)] ?? String(row.labels.language), part: part[i]! };
  });
  return { name: 'mhc', cases, categories: {}, harm: HATE };
}

/**
 * Splits (Multilingual) HateCheck's rows in two by template: within each functionality its templates in
 * numeric order go to A, B, A, B... A template and its translations share an id, so every part holds
 * every functionality in every language, and no sentence pattern is in both.
 */
export function templateParts(labels: readonly Record<string, unknown>[]): ('A' | 'B')[] {
  const templates = new Map<string, Set<number>>();
  for (const l of labels) {
    const set = templates.get(String(l.functionality)) ?? new Set<number>();
    templates.set(String(l.functionality), set.add(Number(l.templ_id)));
  }
  const partOf = new Map<string, 'A' | 'B'>();
  for (const [functionality, ids] of templates) {
    [...ids].sort((a, b) => a - b).forEach((id, k) => partOf.set(`${functionality}\u0000${id}`, k % 2 === 0 ? 'A' : 'B'));
  }
  return labels.map((l) => partOf.get(`${String(l.functionality)}\u0000${Number(l.templ_id)}`)!);
}

function toCase(set: string, row: Row): EvalCase {
  const raw = row.url ?? row.text ?? '';
  const doc = row.url !== undefined ? linkDocument(row.url) : textDocument(raw);
  const labels: Record<string, boolean> = {};
  const l = row.labels;
  if (set === 'openai-moderation') {
    for (const [key, name] of Object.entries(OPENAI_KEYS)) if (key in l) labels[name] = l[key] === 1;
  } else if (set === 'jigsaw-sample') {
    for (const key of ['obscene', 'threat', 'insult', 'identity_hate']) if (key in l) labels[key] = l[key] === 1;
  } else if (set === 'davidson-offensive') {
    labels.hate = l.class === 0;
  }
  const group = set === 'hatecheck' ? String(l.functionality) : undefined;
  return { id: row.id, raw, doc, flag: row.flag, labels, ...(group ? { group } : {}) };
}

interface AboutRow {
  id: string;
  lang: string;
  flag: boolean;
  /**
   * Harmful: "plain" (in ordinary text), "hiding place" or "obfuscation"; innocent: "title", "idiom",
   * "self" (about oneself), "topic" (a profession or research naming it) or "look-alike" (words).
   */
  kind: string;
  note: string;
  doc: unknown;
}

/**
 * Our own labeled Ricos Abouts (src/eval/abouts.jsonl, written for this project, 14 languages): harmful
 * content in plain sight, in hiding places and obfuscated, and innocent rows that share its words. Scored through flatten, like production;
 * the baseline sees the flattened text and URLs, the most a plain filter could be given.
 */
export function loadAbouts(file: string): EvalSet {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as AboutRow);
  const cases = rows.map((row): EvalCase => {
    const doc = flatten(row.doc);
    const raw = [doc.text, ...doc.segments.filter((s) => s.kind === 'link').map((s) => s.value)].join('\n');
    return { id: row.id, raw, doc, flag: row.flag, labels: {}, group: row.kind, lang: row.lang, note: row.note };
  });
  return { name: 'abouts (ours)', cases, categories: {} };
}
