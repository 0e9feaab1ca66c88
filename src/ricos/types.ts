/**
 * The flattened view of a Ricos document: everything a visitor can read or follow, each piece with
 * the path it came from, so a reviewer can be shown where it hid. Contract shared by src/ricos
 * (producer) and src/moderation (consumer).
 */
export interface Segment {
  /** text: words a visitor reads; link: a URL a visitor follows or that loads content. */
  kind: 'text' | 'link';
  /** JSON path in the document, e.g. `nodes[3].imageData.altText`. */
  path: string;
  /** The text, or the URL (absolute where it could be resolved). */
  value: string;
  /** The hiding place in words a reviewer reads: "paragraph", "image alt text", "button label"... */
  place: string;
  /** For links: the visible text the link sits behind, when there is one. */
  linkText?: string;
}

export interface FlatLink {
  url: string;
  /** Visible text of the link ('' when the URL loads content, like an image src). */
  text: string;
  path: string;
}

export interface FlatDocument {
  /** All visitor text in document order, blocks separated by newlines. */
  text: string;
  links: FlatLink[];
  segments: Segment[];
}
