/** Reading Ricos documents: what a visitor sees and follows, and the placeholder we write. */
export { flatten, flattenJson, flattenMeasured, DEFAULT_MAX_DEPTH, type FlattenOptions } from './flatten.js';
export { RicosError } from './errors.js';
export { buildPlaceholder, isPlaceholder, contentHash, canonicalJson } from './placeholder.js';
export { readHtml, type HtmlContent, type HtmlLink } from './html.js';
export type { FlatDocument, FlatLink, Segment } from './types.js';
export { openUserFile, readDocumentBytes, readFlatDocument } from './read-document.js';
