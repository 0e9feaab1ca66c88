import { Parser } from 'htmlparser2';
import { ownEntry } from './own.js';

/** What a visitor sees in an HTML string, and every URL it follows or loads. */
export interface HtmlContent {
  /** Visible text, one line per block element, whitespace runs collapsed as a browser renders them. */
  text: string;
  /** Text a visitor can see in attributes (alt, title, placeholder, aria-label, button values). */
  attributeTexts: string[];
  links: HtmlLink[];
}

export interface HtmlLink {
  url: string;
  /** The text inside an `<a>`, '' for content a tag loads. */
  text: string;
  /** Reviewer words for what the URL does: "link", "script source", "image"... */
  what: string;
}

/** Content a browser never shows as text. */
const INVISIBLE = new Set(['script', 'style', 'template', 'head']);
/** Elements that start a new line, so neighbours' words do not glue. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'option',
  'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'iframe', 'button', 'label', 'legend', 'title',
]);
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'formaction', 'data', 'background', 'cite', 'xlink:href'];
const TEXT_ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label'];
const WHAT: Record<string, string> = {
  a: 'link', area: 'link', script: 'script source', img: 'image', iframe: 'embedded frame', frame: 'embedded frame',
  video: 'video', audio: 'audio', source: 'media source', track: 'media track', embed: 'embedded object',
  object: 'embedded object', form: 'form target', link: 'linked resource', input: 'form target', button: 'form target',
  image: 'image', use: 'image', blockquote: 'quote source', q: 'quote source',
};

/** Parses markup with htmlparser2 (never regexes over markup). */
export function readHtml(html: string): HtmlContent {
  const lines: string[] = [];
  let line: string[] = [];
  const attributeTexts: string[] = [];
  const links: HtmlLink[] = [];
  let hidden = 0;
  /** Open `<a>` elements: where their link sits in `links`, and the text gathered inside them. */
  const anchors: { index: number; text: string[] }[] = [];

  const endLine = () => {
    if (line.length === 0) return;
    const text = line.join('').replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = [];
  };
  const addUrl = (raw: string, what: string) => {
    const url = raw.trim();
    if (url) links.push({ url, text: '', what });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (INVISIBLE.has(name)) hidden++;
        if (BLOCK.has(name)) endLine();
        const what = ownEntry(WHAT, name) ?? `${name} element`;
        // href comes first in URL_ATTRIBUTES, so an anchor's link is the next one added.
        if (name === 'a') anchors.push({ index: attribs.href?.trim() ? links.length : -1, text: [] });
        for (const attr of URL_ATTRIBUTES) {
          const value = attribs[attr];
          if (value !== undefined) addUrl(value, attr === 'formaction' || attr === 'action' ? 'form target' : what);
        }
        const srcset = attribs.srcset;
        if (srcset) for (const candidate of srcset.split(',')) addUrl(candidate.trim().split(/\s+/)[0] ?? '', what);
        const style = attribs.style;
        if (style) for (const m of style.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) addUrl(m[2] ?? '', 'style image');
        if (name === 'meta' && /^refresh$/i.test(attribs['http-equiv'] ?? '')) {
          const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attribs.content ?? '')?.[1];
          if (target) addUrl(target, 'page redirect');
        }
        if (hidden === 0) {
          for (const attr of TEXT_ATTRIBUTES) {
            const value = attribs[attr]?.trim();
            if (value) attributeTexts.push(value);
          }
          if (name === 'input' && /^(?:submit|button|reset)$/i.test(attribs.type ?? '') && attribs.value?.trim()) {
            attributeTexts.push(attribs.value.trim());
          }
        }
      },
      ontext(data) {
        if (hidden > 0) return;
        line.push(data);
        for (const a of anchors) a.text.push(data);
      },
      onclosetag(name) {
        if (INVISIBLE.has(name) && hidden > 0) hidden--;
        if (BLOCK.has(name)) endLine();
        if (name === 'a' && anchors.length) {
          const anchor = anchors.pop()!;
          const link = anchor.index >= 0 ? links[anchor.index] : undefined;
          if (link) link.text = anchor.text.join('').replace(/\s+/g, ' ').trim();
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return { text: lines.join('\n'), attributeTexts, links };
}
