import LinkifyIt from 'linkify-it';
import { RicosError } from './errors.js';
import { readHtml } from './html.js';
import { ownEntry } from './own.js';
import { PathStack } from './path.js';
import { linkUrl, mediaIdToUrl, mediaUrl, type MediaKind } from './media.js';
import { COMMON_DATA_FIELDS, NODE_SCHEMAS, STYLE_DECORATIONS, type Fields } from './schema.js';
import { isSettingKey, readString } from './schema-free.js';
import type { FlatDocument, FlatLink, Segment } from './types.js';

export interface FlattenOptions {
  /** Largest document accepted, in bytes of JSON (policy.maxDocumentBytes). */
  maxBytes?: number;
  /** Deepest node nesting accepted (a list in a list in a table cell... counts each node). */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 64;

/**
 * Everything a visitor of a Ricos document can read or follow, in document order, each piece with its
 * JSON path and its hiding place in reviewer words. Accepts a Ricos document, or an object holding one
 * as `content` (a Members About record). Throws RicosError (exit 2) for anything that is not Ricos.
 * With maxBytes on an already parsed document the size is measured by serialising it once; prefer
 * flattenJson when the bytes are at hand.
 */
export function flatten(doc: unknown, options: FlattenOptions = {}): FlatDocument {
  const content = ricosContent(doc);
  if (options.maxBytes !== undefined) {
    let json: string;
    try {
      json = JSON.stringify(content);
    } catch (err) {
      // Only a value built in code (a cycle, a BigInt) gets here; JSON input never does.
      throw new RicosError('content', `not serialisable as JSON (${(err as Error).message})`);
    }
    checkSize(Buffer.byteLength(json), options.maxBytes);
  }
  return new Walker(options.maxDepth ?? DEFAULT_MAX_DEPTH).run(content);
}

/** flatten() for JSON text or bytes: the size limit is checked before parsing. */
export function flattenJson(json: string | Uint8Array, options: FlattenOptions = {}): FlatDocument {
  if (options.maxBytes !== undefined) {
    checkSize(typeof json === 'string' ? Buffer.byteLength(json) : json.byteLength, options.maxBytes);
  }
  const text = typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8');
  let parsed: unknown;
  try {
    // A byte-order mark (saved by some Windows editors) is not part of the JSON.
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new RicosError('content', `not valid JSON (${(err as Error).message})`);
  }
  return flatten(parsed, { maxDepth: options.maxDepth });
}

/**
 * flatten() of a parsed document whose JSON the caller has already made (a scan weighs each About's page by
 * it): the size limit is checked on that JSON, and the document is neither serialised nor parsed again.
 */
export function flattenMeasured(doc: unknown, json: string, options: FlattenOptions = {}): FlatDocument {
  if (options.maxBytes !== undefined) checkSize(Buffer.byteLength(json), options.maxBytes);
  return flatten(doc, { maxDepth: options.maxDepth });
}

function checkSize(bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) throw new RicosError('content', `${bytes} bytes, more than the ${maxBytes} allowed`);
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

function ricosContent(doc: unknown): Json {
  if (!isObject(doc)) throw new RicosError('content', `expected a Ricos document (an object with a nodes array), got ${describe(doc)}`);
  // A Members About record carries the document as `content`.
  if (!Object.hasOwn(doc, 'nodes') && isObject(doc.content)) return doc.content;
  return doc;
}

/** Bare URLs, www. links and e-mail addresses typed as plain text. */
const linkify = new LinkifyIt({}, { fuzzyIP: true }).tlds(
  ['xyz', 'top', 'online', 'site', 'club', 'app', 'dev', 'link', 'live', 'store', 'tech', 'click', 'icu', 'shop', 'fun', 'vip', 'win', 'bet', 'porn', 'sex', 'cam', 'chat', 'social', 'page', 'blog'],
  true,
);

/** What a link needs somewhere in its word: a `//`, an `@`, a dot inside the word (www.x.com, x.co/y), an IPv4 address. */
const LINK_SIGN = /\/\/|@|[^\s.]\.[^\s.\d]{2}|\d\.\d{1,3}\.\d{1,3}\.\d/g;
const SPACE = /\s/;

/** The whitespace-delimited words holding a link sign; one linear scan (no backtracking over long words). */
function wordsThatMayLink(text: string): string[] {
  const words: string[] = [];
  LINK_SIGN.lastIndex = 0;
  for (let m = LINK_SIGN.exec(text); m; m = LINK_SIGN.exec(text)) {
    let start = m.index;
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !SPACE.test(text[end]!)) end++;
    words.push(text.slice(start, end));
    LINK_SIGN.lastIndex = end;
  }
  return words;
}

/** Something a visitor can see: not only whitespace or zero-width characters. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/;
const NODE_ENVELOPE = new Set(['type', 'id', 'key', 'nodes', 'style']);
/** ts-proto Struct/Value wrappers: the key that names the content is the one around them. */
const STRUCT_KEYS = new Set(['fields', 'stringValue', 'structValue', 'listValue', 'values', 'kind']);

/** TEXT nodes side by side in one parent: one text segment, so words split across styles stay whole. */
interface RunGroup {
  texts: string[];
  /** Index in the parent's nodes of the first run. */
  first: number;
  /** Where the block's text segment goes, before what its runs' decorations produced. */
  insertAt: number;
  /** A LINK decoration still open: the next run may continue it (same URL, other style). */
  link?: { url: string; path: string; texts: string[] };
  linkUrls?: Set<string>;
}

class Walker {
  private readonly segments: Segment[] = [];
  /** The JSON path of what is being read. */
  private readonly stack = new PathStack();

  constructor(private readonly maxDepth: number) {}

  run(content: Json): FlatDocument {
    if (!Array.isArray(content.nodes)) {
      throw new RicosError('content.nodes', `expected an array, got ${describe(content.nodes)}`);
    }
    for (const key of Object.keys(content)) {
      if (key === 'nodes') this.walkNodes(content, 'paragraph', undefined, 1);
      else if (key === 'documentStyle') this.walkDocumentStyle(content[key]);
      else if (key !== 'metadata') this.within(key, () => this.generic(content[key], key, 'document', 0));
    }
    const texts: string[] = [];
    const links: FlatLink[] = [];
    for (const s of this.segments) {
      if (s.kind === 'text') texts.push(s.value);
      else links.push({ url: s.value, text: s.linkText ?? '', path: s.path });
    }
    return { text: texts.join('\n'), links, segments: this.segments };
  }

  // ---- paths ----

  private here(...extra: (string | number)[]): string {
    return this.stack.toString(...extra);
  }

  private fail(problem: string, ...extra: (string | number)[]): never {
    const path = this.here(...extra);
    throw new RicosError(path ? `content.${path}` : 'content', problem);
  }

  private within<T>(part: string | number, read: () => T): T {
    this.stack.push(part);
    try {
      return read();
    } finally {
      this.stack.pop();
    }
  }

  // ---- output ----

  private text(value: string, place: string, path: string, knownUrls?: Set<string>, at?: number): void {
    if (!VISIBLE.test(value)) return;
    const segment: Segment = { kind: 'text', path, value, place };
    if (at === undefined || at === this.segments.length) this.segments.push(segment);
    else this.segments.splice(at, 0, segment);
    // linkify runs on the few words that could be links, not on the whole text: far less regex work.
    for (const word of wordsThatMayLink(value)) {
      for (const m of linkify.match(word) ?? []) {
        if (knownUrls?.has(m.url)) continue;
        const what = m.schema === 'mailto:' ? 'e-mail address' : 'web address';
        this.segments.push({ kind: 'link', path, value: m.url, place: `${what} written in ${place}`, linkText: m.text });
      }
    }
  }

  private link(url: string, place: string, path: string, linkText?: string): void {
    if (url === '') return;
    const segment: Segment = { kind: 'link', path, value: url, place: linkText ? `${place} behind '${clip(linkText)}'` : place };
    if (linkText) segment.linkText = linkText;
    this.segments.push(segment);
  }

  // ---- nodes ----

  /**
   * Reads `parent.nodes`. `textPlace` names text written directly in the parent; `context` is the
   * nearest container that names the blocks inside it ("table cell", "list item").
   */
  private walkNodes(parent: Json, textPlace: string, context: string | undefined, depth: number): void {
    const nodes = parent.nodes;
    if (nodes === undefined || nodes === null) return;
    if (!Array.isArray(nodes)) this.fail(`expected an array, got ${describe(nodes)}`, 'nodes');
    this.stack.push('nodes');
    let group: RunGroup | undefined;
    for (let i = 0; i < nodes.length; i++) {
      const node: unknown = nodes[i];
      if (!isObject(node)) this.fail(`expected a node object, got ${describe(node)}`, i);
      const type = node.type;
      if (typeof type !== 'string') this.fail(`expected a string, got ${describe(type)}`, i, 'type');
      if (type === 'TEXT' && !(Array.isArray(node.nodes) && node.nodes.length > 0)) {
        group ??= { texts: [], first: i, insertAt: this.segments.length };
        this.stack.push(i);
        this.addRun(group, node);
        this.stack.pop();
        continue;
      }
      if (group) {
        this.flushRuns(group, textPlace);
        group = undefined;
      }
      this.stack.push(i);
      this.walkNode(node, type, context, depth);
      this.stack.pop();
    }
    if (group) this.flushRuns(group, textPlace);
    this.stack.pop();
  }

  private walkNode(node: Json, type: string, context: string | undefined, depth: number): void {
    if (depth > this.maxDepth) this.fail(`nodes nested deeper than ${this.maxDepth} levels`);
    const schema = ownEntry(NODE_SCHEMAS, type);
    const label = schema?.label ?? `${type} (unknown node type)`;
    for (const key of Object.keys(node)) {
      if (NODE_ENVELOPE.has(key)) continue;
      const value = node[key];
      this.stack.push(key);
      if (schema?.dataField === key && isObject(value)) this.fields(value, schema.fields ?? {}, label, true);
      else this.generic(value, key, label, 0, undefined, isSettingKey(key));
      this.stack.pop();
    }
    const own = schema?.textPlace ?? label;
    let textPlace: string;
    if (schema?.context) textPlace = own;
    else if (context === undefined) textPlace = own;
    else textPlace = type === 'PARAGRAPH' ? context : `${own} in ${context}`;
    this.walkNodes(node, textPlace, schema?.context ? schema.textPlace : context, depth + 1);
  }

  /** One TEXT node: its text joins the group; its decorations give links and mentions. */
  private addRun(group: RunGroup, node: Json): void {
    const data = node.textData;
    let text = '';
    let linked = false;
    if (isObject(data)) {
      if (typeof data.text === 'string') text = data.text;
      for (const key of Object.keys(data)) {
        if (key === 'text' && typeof data.text === 'string') continue;
        const value = data[key];
        this.stack.push('textData', key);
        if (key === 'decorations' && Array.isArray(value)) {
          for (let j = 0; j < value.length; j++) {
            this.stack.push(j);
            linked = this.decoration(group, value[j], text) || linked;
            this.stack.pop();
          }
        } else {
          this.generic(value, key, 'text', 0, text);
        }
        this.stack.pop();
        this.stack.pop();
      }
    } else if (data !== undefined) {
      this.within('textData', () => this.generic(data, 'textData', 'text', 0));
    }
    if (!linked) this.closeLink(group);
    group.texts.push(text);
    for (const key of Object.keys(node)) {
      if (NODE_ENVELOPE.has(key) || key === 'textData') continue;
      this.within(key, () => this.generic(node[key], key, 'text', 0, text));
    }
  }

  /** Reads one decoration of a run; true when it is a link. */
  private decoration(group: RunGroup, decoration: unknown, text: string): boolean {
    if (!isObject(decoration)) return false;
    const type = decoration.type;
    if (type === 'LINK' && isObject(decoration.linkData) && isObject(decoration.linkData.link)) {
      const link = decoration.linkData.link;
      const raw = typeof link.url === 'string' ? linkUrl(link.url) : '';
      this.stack.push('linkData', 'link');
      if (raw) {
        if (group.link && group.link.url === raw) group.link.texts.push(text);
        else {
          this.closeLink(group);
          group.link = { url: raw, path: this.here('url'), texts: [text] };
        }
      }
      this.linkExtras(link, 'link', text);
      this.stack.pop();
      for (const key of Object.keys(decoration.linkData)) {
        if (key !== 'link') this.within(key, () => this.generic((decoration.linkData as Json)[key], key, 'link', 0, text));
      }
      this.stack.pop();
      for (const key of Object.keys(decoration)) {
        if (key !== 'type' && key !== 'linkData') this.within(key, () => this.generic(decoration[key], key, 'link', 0, text));
      }
      return raw !== '';
    }
    if (type === 'MENTION' && isObject(decoration.mentionData)) {
      const mention = decoration.mentionData;
      this.stack.push('mentionData');
      // The visible `@name` is in the run; a stored name or slug that differs is shown on hover and in the URL.
      const said = [letters(text)];
      for (const key of ['name', 'slug']) {
        const value = mention[key];
        if (typeof value !== 'string' || said.includes(letters(value))) continue;
        said.push(letters(value));
        this.text(value, `mentioned member ${key}`, this.here(key));
      }
      for (const key of Object.keys(mention)) {
        if (key !== 'name' && key !== 'slug') this.within(key, () => this.generic(mention[key], key, 'mention', 0, text));
      }
      this.stack.pop();
      return false;
    }
    if (typeof type === 'string' && STYLE_DECORATIONS.has(type)) return false;
    const label = `${typeof type === 'string' ? type : 'unnamed'} text decoration`;
    for (const key of Object.keys(decoration)) {
      if (key !== 'type') this.within(key, () => this.generic(decoration[key], key, label, 0, text));
    }
    return false;
  }

  private closeLink(group: RunGroup): void {
    const open = group.link;
    if (!open) return;
    group.link = undefined;
    (group.linkUrls ??= new Set()).add(open.url);
    this.link(open.url, 'link', open.path, open.texts.join(''));
  }

  private flushRuns(group: RunGroup, place: string): void {
    this.closeLink(group);
    const value = group.texts.length === 1 ? group.texts[0]! : group.texts.join('');
    // One run: its own path; several: the parent node holding them all.
    const path = group.texts.length === 1 ? this.here(group.first, 'textData', 'text') : this.stack.length > 1 ? this.stack.parent(1) : this.here();
    this.text(value, place, path, group.linkUrls, group.insertAt);
  }

  private walkDocumentStyle(style: unknown): void {
    if (!isObject(style)) return;
    this.stack.push('documentStyle');
    for (const key of Object.keys(style)) {
      const textStyle = style[key];
      if (!isObject(textStyle) || !Array.isArray(textStyle.decorations)) continue;
      const decorations = textStyle.decorations;
      this.stack.push(key, 'decorations');
      const group: RunGroup = { texts: [], first: 0, insertAt: this.segments.length };
      for (let j = 0; j < decorations.length; j++) {
        this.within(j, () => this.decoration(group, decorations[j], ''));
        this.closeLink(group);
      }
      this.stack.pop();
      this.stack.pop();
    }
    this.stack.pop();
  }

  // ---- known fields ----

  private fields(data: Json, fields: Fields, label: string, common: boolean): void {
    for (const key of Object.keys(data)) {
      const value = data[key];
      const field = ownEntry(fields, key) ?? (common ? ownEntry(COMMON_DATA_FIELDS, key) : undefined);
      if (field === undefined) {
        this.within(key, () => this.generic(value, key, label, 0, undefined, isSettingKey(key)));
        continue;
      }
      if (field.k === 'skip' || value === null || value === undefined) continue;
      this.stack.push(key);
      switch (field.k) {
        case 'text':
          if (typeof value === 'string') this.text(value, field.place, this.here());
          else this.generic(value, key, label, 0);
          break;
        case 'url':
          if (typeof value === 'string') this.link(linkUrl(value), field.place, this.here());
          else this.generic(value, key, label, 0);
          break;
        case 'mediaUrl':
          if (typeof value === 'string') this.link(mediaUrl(value, field.media), field.place, this.here());
          else this.generic(value, key, label, 0);
          break;
        case 'html':
          if (typeof value === 'string') this.html(value, field.place);
          else this.generic(value, key, label, 0);
          break;
        case 'link':
          if (isObject(value)) {
            const shown = field.textFrom ? data[field.textFrom] : undefined;
            this.linkObject(value, field.place, typeof shown === 'string' ? shown : undefined);
          } else this.generic(value, key, label, 0);
          break;
        case 'media':
          if (isObject(value)) this.media(value, field.place, field.media, label);
          else this.generic(value, key, label, 0);
          break;
        case 'source':
          if (isObject(value)) this.source(value, field.place, field.media, label);
          else if (typeof value === 'string') this.link(mediaUrl(value, field.media), field.place, this.here());
          else this.generic(value, key, label, 0);
          break;
        case 'object':
          if (isObject(value)) this.fields(value, field.fields, label, false);
          else this.generic(value, key, label, 0);
          break;
        case 'list':
          if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
              const item: unknown = value[i];
              this.stack.push(i);
              if (isObject(item)) this.fields(item, field.fields, label, false);
              else this.generic(item, key, label, 0);
              this.stack.pop();
            }
          } else this.generic(value, key, label, 0);
          break;
      }
      this.stack.pop();
    }
  }

  /** A Link object; `shown` is the visible text it sits behind. */
  private linkObject(link: Json, place: string, shown?: string): void {
    if (typeof link.url === 'string') this.link(linkUrl(link.url), place, this.here('url'), shown);
    this.linkExtras(link, place, shown);
  }

  /** The parts of a Link other than `url`: customData (app-defined, serialised) and fields newer than the schema. */
  private linkExtras(link: Json, place: string, shown?: string): void {
    for (const key of Object.keys(link)) {
      if (key === 'url' || key === 'anchor' || key === 'target' || key === 'rel') continue;
      const value = link[key];
      this.stack.push(key);
      if (key === 'customData' && typeof value === 'string') {
        let parsed: unknown = value;
        try {
          parsed = JSON.parse(value);
        } catch {
          // Not JSON: read as the string it is.
        }
        this.generic(parsed, key, `${place} custom data`, 0, shown);
      } else {
        this.generic(value, key, place, 0, shown);
      }
      this.stack.pop();
    }
  }

  private media(media: Json, place: string, kind: MediaKind, label: string): void {
    for (const key of Object.keys(media)) {
      const value = media[key];
      if (key === 'width' || key === 'height' || key === 'duration') continue;
      this.stack.push(key);
      if (key === 'src' && isObject(value)) this.source(value, place, kind, label);
      else if (key === 'src' && typeof value === 'string') this.link(mediaUrl(value, kind), place, this.here());
      else this.generic(value, key, label, 0);
      this.stack.pop();
    }
  }

  /** FileSource: `url` as stored, or a Wix media id (`id`, deprecated `custom`) resolved to its public URL. */
  private source(src: Json, place: string, kind: MediaKind, label: string): void {
    const seen = new Set<string>();
    for (const key of Object.keys(src)) {
      const value = src[key];
      if (key === 'private') continue;
      if ((key === 'url' || key === 'id' || key === 'custom') && typeof value === 'string') {
        const url = key === 'url' ? mediaUrl(value, kind) : mediaIdToUrl(value.trim(), kind);
        if (value.trim() && !seen.has(url)) {
          seen.add(url);
          this.link(url, place, this.here(key));
        }
      } else {
        this.within(key, () => this.generic(value, key, label, 0));
      }
    }
  }

  private html(markup: string, place: string): void {
    const path = this.here();
    const content = readHtml(markup);
    const anchors = new Set<string>();
    const before = this.segments.length;
    this.text(content.text, place, path, anchors);
    for (const text of content.attributeTexts) this.text(text, `${place} (attribute text)`, path, anchors);
    const written = this.segments.splice(before + (VISIBLE.test(content.text) ? 1 : 0));
    for (const l of content.links) {
      const url = l.url.startsWith('//') ? `https:${l.url}` : l.url;
      anchors.add(url);
      if (l.what === 'link') this.link(url, `link in ${place}`, path, l.text || undefined);
      else this.link(url, `${l.what} in ${place}`, path);
    }
    // URLs also typed out as text (a tweet's t.co link shows its own URL) are reported once, as the link.
    for (const s of written) if (s.kind === 'text' || !anchors.has(s.value)) this.segments.push(s);
  }

  // ---- schema-free ----

  /**
   * A value nobody described: strings are judged by key and shape (./schema-free.ts), containers are
   * walked. Under a settings key (`settings`: ids, styles, `target`...) only URLs are kept: nobody
   * knows how an unknown node's viewer uses its fields, so a URL is followed or loaded whatever key
   * holds it. `shown` is the visible text a URL found here sits behind.
   */
  private generic(value: unknown, key: string, label: string, depth: number, shown?: string, settings = false): void {
    if (typeof value === 'string') {
      const reading = readString(key, value);
      if (settings && reading !== 'url') return;
      switch (reading) {
        case 'text':
          this.text(value, `${label}: ${key}`, this.here());
          break;
        case 'url':
          this.link(linkUrl(value), `${label}: ${key}`, this.here(), shown);
          break;
        case 'media':
          this.link(mediaIdToUrl(value.trim(), 'image'), `${label}: ${key}`, this.here(), shown);
          break;
        default:
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth > this.maxDepth) this.fail(`nested deeper than ${this.maxDepth} levels`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        this.stack.push(i);
        this.generic(value[i], key, label, depth + 1, shown, settings);
        this.stack.pop();
      }
      return;
    }
    const object = value as Json;
    for (const k of Object.keys(object)) {
      if (!settings && k === 'containerData' && isObject(object[k])) {
        this.within(k, () => this.fields(object[k] as Json, {}, label, true));
        continue;
      }
      this.stack.push(k);
      this.generic(object[k], STRUCT_KEYS.has(k) ? key : k, label, depth + 1, shown, settings || isSettingKey(k));
      this.stack.pop();
    }
  }
}

/** Letters and digits only, lower-cased: `@Jane Doe`, `jane-doe` and `Jane Doe` name the same member. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
