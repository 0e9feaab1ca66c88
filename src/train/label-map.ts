/**
 * How each training set's own labels read in the model's categories: the one table to check when a
 * category learns something odd. A row says 1 (this category), 0 (not this category) or nothing
 * (unknown: the row does not train that head). Sets are described in ../shared/train/README.md.
 */

/** The heads the model learns, in the order of the weights file. */
export const MODEL_CATEGORIES = ['harassment', 'hate', 'sexual', 'violence', 'self-harm', 'illicit', 'profanity'] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];
export type Labels = Partial<Record<ModelCategory, 0 | 1>>;

export interface TrainRow {
  id: string;
  text: string;
  labels: Record<string, unknown>;
  flag: boolean;
}

export interface SetMapping {
  /**
   * Per-row weight in the loss: templated or tiny sets count less, profile-like text more; a function
   * where a set's classes need balancing (a set mostly harmful would teach that its language is).
   */
  weight: number | ((row: TrainRow) => number);
  /** Which categories the row is for; unlisted categories are unknown. */
  map(row: TrainRow): Labels;
}

/** Every category known and not harmful: benign text of any set. */
const NONE: Labels = Object.fromEntries(MODEL_CATEGORIES.map((c) => [c, 0])) as Labels;

/** Of the people who rated a row, did more than half pick this? */
const majority = (votes: number, raters: number) => raters > 0 && votes * 2 > raters;

const CIVIL_SPANS: Record<string, ModelCategory> = {
  Insult: 'harassment', 'Other Toxicity': 'harassment', 'Identity based Attack': 'hate', Threat: 'violence', 'Profane/Obscene': 'profanity',
};
const CONVABUSE_HATE = ['racist', 'homophobic', 'transphobic', 'sexist', 'ableist'];
const XSTEST_UNSAFE: Record<string, ModelCategory> = {
  contrast_homonyms: 'violence', contrast_figurative_language: 'violence', contrast_safe_targets: 'violence',
  contrast_safe_contexts: 'violence', contrast_historical_events: 'violence', contrast_discr: 'hate', contrast_definitions: 'illicit',
};
const SST_AREAS: Record<string, ModelCategory[]> = {
  'Suicide, Self-Harm, and Eating Disorders': ['self-harm'], 'Physical harm and Violence': ['violence'],
  'Illegal and Highly Regulated items': ['illicit'], 'Scams and fraud': ['illicit'], 'Child safety': ['sexual'],
};
const AILUMINATE_HAZARDS: Record<string, ModelCategory[]> = {
  vcr: ['violence'], src: ['sexual'], cse: ['sexual'], ssh: ['self-harm'], iwp: ['illicit', 'violence'], hte: ['hate'], sxc_prn: ['sexual'],
};

export const SET_MAPPINGS: Record<string, SetMapping> = {
  // Tweets. class 0 hate speech -> hate; 1 offensive (mostly slurs and swearing) -> profanity; 2 neither.
  'davidson-offensive': {
    weight: 1,
    map: (r) => (r.labels.class === 0 ? { hate: 1 } : r.labels.class === 1 ? { profanity: 1, hate: 0 } : NONE),
  },
  // Forum sentences: hate / noHate.
  'stormfront-hate': { weight: 1, map: (r) => (r.flag ? { hate: 1 } : NONE) },
  // Abuse addressed to chatbots -> harassment; sexual harassment and identity attacks by majority.
  convabuse: {
    weight: 1,
    map: (r) => {
      if (!r.flag) return NONE;
      const raters = Object.values((r.labels.annotators ?? {}) as Record<string, Record<string, unknown>>);
      const votes = (keys: string[]) => raters.filter((a) => keys.some((k) => a[k] !== undefined && a[k] !== 0 && a[k] !== '0')).length;
      return {
        harassment: 1,
        sexual: majority(votes(['sex_harassment']), raters.length) ? 1 : 0,
        hate: majority(votes(CONVABUSE_HATE), raters.length) ? 1 : 0,
      };
    },
  },
  // News comments with typed toxic spans: a kind most raters marked is 1, a kind nobody marked is 0.
  'civil-toxic-spans': {
    weight: 1,
    map: (r) => {
      if (!r.flag) return NONE;
      const ratings = (r.labels.annotations ?? []) as { spans: [number, number, string][] }[];
      const out: Labels = {};
      for (const category of new Set(Object.values(CIVIL_SPANS))) {
        const votes = ratings.filter((a) => a.spans.some((s) => CIVIL_SPANS[s[2]] === category)).length;
        if (votes === 0) out[category] = 0;
        else if (majority(votes, ratings.length)) out[category] = 1;
      }
      // Toxic by most raters but no one kind by most: plain toxicity, read as harassment.
      if (!Object.values(out).includes(1)) out.harassment = 1;
      return out;
    },
  },
  // Wikipedia talk comments: toxic -> harassment (the kind unknown otherwise); almost all benign.
  'wiki-talk-context': { weight: 1, map: (r) => (r.flag ? { harassment: 1 } : NONE) },
  'wiki-toxicity-identity': { weight: 1, map: (r) => (r.flag ? { harassment: 1 } : NONE) },
  // Templates ("X is a filthy <identity>"): light weight, they repeat one pattern many times.
  'identity-templates': { weight: 0.25, map: (r) => (r.flag ? { hate: 1 } : NONE) },
  // Implicit hate about named groups, and neutral sentences about the same groups.
  'toxigen-demonstrations': { weight: 2, map: (r) => (r.flag ? { hate: 1 } : NONE) },
  // Unsafe prompts and their safe look-alikes ("kill a Python process"): the safe ones teach restraint.
  xstest: {
    weight: 2,
    map: (r) => {
      if (!r.flag) return NONE;
      const category = XSTEST_UNSAFE[String(r.labels.type)];
      return category ? { [category]: 1 } : {};
    },
  },
  'simple-safety-tests': { weight: 2, map: (r) => pick(SST_AREAS[String(r.labels.harm_area)]) },
  'ailuminate-demo': { weight: 1, map: (r) => pick(AILUMINATE_HAZARDS[String(r.labels.hazard)]) },
  // Profile-like self-descriptions: the text the model meets most, all benign.
  'synthetic-personas': { weight: 3, map: () => NONE },
  // German tweets: ABUSE (degrading a group identity) -> hate, INSULT -> harassment, PROFANITY -> profanity.
  'germeval-2018': { weight: 1, map: (r) => GERMEVAL_FINE[String(r.labels.fine)] ?? NONE },
  // German adversarial hate and its contrastive non-hateful twins.
  gahd: { weight: 1, map: (r) => (r.flag ? { hate: 1 } : NONE) },
  // Brazilian Portuguese tweets, three raters per category: 2+ is 1, none is 0, one rater alone is unknown.
  'told-br': {
    weight: 1,
    map: (r) => {
      const most: Partial<Record<ModelCategory, number>> = {};
      for (const [column, category] of Object.entries(TOLD_BR)) most[category] = Math.max(most[category] ?? 0, Number(r.labels[column] ?? 0));
      if (Object.values(most).every((votes) => votes === 0)) return NONE;
      const out: Labels = {};
      for (const [category, votes] of Object.entries(most) as [ModelCategory, number][]) {
        if (votes >= 2) out[category] = 1;
        else if (votes === 0) out[category] = 0;
      }
      return out;
    },
  },
  // French and Arabic tweets about groups, 78% hostile: the benign quarter counts four times as much, so
  // French and Arabic words do not learn "harmful" from the mix. A label mixed with "normal" is a split vote.
  'mlma-hate': {
    weight: (r) => (r.flag ? 0.3 : 1.2),
    map: (r) => {
      const kinds = String(r.labels.sentiment).split('_');
      if (kinds.every((k) => k === 'normal')) return NONE;
      if (kinds.includes('normal')) return {};
      return {
        ...(kinds.some((k) => k === 'hateful' || k === 'fearful') ? { hate: 1 } : {}),
        ...(kinds.some((k) => k === 'offensive' || k === 'abusive' || k === 'disrespectful') ? { harassment: 1 } : {}),
      };
    },
  },
  // Chinese comments on race, gender and region: offensive -> hate (they target groups); anti-bias comments are safe.
  cold: { weight: 1, map: (r) => (r.flag ? { hate: 1 } : NONE) },
  // Japanese chat messages, toxic by most raters -> harassment.
  'japanese-toxic': { weight: 2, map: (r) => (r.flag ? { harassment: 1 } : NONE) },
};

const GERMEVAL_FINE: Record<string, Labels> = { ABUSE: { hate: 1 }, INSULT: { harassment: 1 }, PROFANITY: { profanity: 1, hate: 0 } };
const TOLD_BR: Record<string, ModelCategory> = {
  homophobia: 'hate', racism: 'hate', misogyny: 'hate', xenophobia: 'hate', insult: 'harassment', obscene: 'profanity',
};

/** Prompts that ask for one hazard: that hazard is 1, the others unknown (a prompt can touch several). */
function pick(categories: ModelCategory[] | undefined): Labels {
  return Object.fromEntries((categories ?? []).map((c) => [c, 1])) as Labels;
}
