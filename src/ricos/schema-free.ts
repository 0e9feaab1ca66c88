import { isWixMediaName } from './media.js';

/**
 * How a field nobody described is read: by its key first (ids, styles, colours, sizes are settings, not
 * text), then by its value (a URL, human words, or a setting such as an enum, a colour or a number).
 * Used for unknown node types, unknown decorations, fields newer than the schema, and app payloads.
 */

/** Keys whose values are settings or identifiers, never visitor text. */
const SETTING_KEY =
  /^(?:_?id|key|type|style|styles|color|colors|colour|colours|size|width|height|alignment|dimensions|indentation|level|layout|design|animation|crop|cropShape|orientation|direction|position|version|mimeType|metadata|textWrap|target|rel|lang|locale|anchor|duration|lat|lng|zoom|opacity|radius|ratio|spacing|variant|font|fontFamily|theme|icon|iconName|slug|format|encoding|checksum|hash|etag|.*(?:Id|Ids|Style|Styles|Color|Colors|Colour|Size|Width|Height|Type|Timestamp|At|Radius|Padding|Margin|Alignment|Align|Direction|Position|Mode|Ratio|Opacity|Key))$/;
/** Keys whose string value is a URL even without a scheme. */
const URL_KEY = /(?:^|[a-z])(?:url|uri|href|src|link|Url|Uri|Href|Src|Link)s?$/;
/** Schemes worth reporting when a string is nothing but a URL. */
const URL_VALUE = /^(?:(?:https?|ftp|mailto|tel|sms|javascript|data|vbscript|file|whatsapp|skype|viber|tg|intent|blob):|www\.|\/\/)\S*$/i;

const NOT_TEXT = [
  /^[A-Z0-9]+(?:_[A-Z0-9]+)*$/, // CONSTANT_CASE enum values
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // GUIDs
  /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i, // hex colours
  /^color\d+$/i, // theme colour tokens
  /^(?:rgba?|hsla?|var|calc|linear-gradient|radial-gradient|url|cubic-bezier)\(.*\)$/i, // css functions
  /^-?\d*\.?\d+(?:px|em|rem|%|vh|vw|pt|s|ms|deg|fr)?(?:\s+-?\d*\.?\d+(?:px|em|rem|%|vh|vw|pt))*$/i, // numbers, css lengths
  /^(?:true|false|null|undefined|nan)$/i,
  /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, // timestamps
  /^[0-9a-f]{16,}$/i, // hashes
  /^(?=[^\s]*\d)(?=[^\s]*[a-z])[a-z0-9_~-]{10,}$/i, // generated ids (letters and digits, no spaces)
  /^[a-z]+(?:[A-Z][a-z0-9]*)+$/, // camelCase identifiers
  /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$/, // kebab/snake identifiers of three parts or more
  // css keywords and the usual lower-case setting words
  /^(?:auto|none|inherit|initial|unset|left|right|center|centre|top|bottom|middle|start|end|justify|solid|dashed|dotted|double|bold|bolder|lighter|normal|italic|underline|cover|contain|fill|fit|ltr|rtl|block|inline|flex|grid|hidden|visible|absolute|relative|fixed|sticky|transparent|small|medium|large|full|content|original|default|primary|secondary|horizontal|vertical|rows|columns|linear|ease|ease-in|ease-out|ease-in-out|blank|self|parent|px|em|rem)$/i,
];
const HUMAN = /[\p{L}\p{Extended_Pictographic}]/u;

export type Reading = 'text' | 'url' | 'media' | 'skip';

/** Whether a key holds settings rather than content (its whole subtree is skipped). */
export function isSettingKey(key: string): boolean {
  return SETTING_KEY.test(key);
}

/** What a string found under `key` (in a schema-free part of a document) is to a visitor. */
export function readString(key: string, value: string): Reading {
  const trimmed = value.trim();
  if (trimmed === '') return 'skip';
  const urlKey = URL_KEY.test(key);
  if (isWixMediaName(trimmed)) return 'media';
  if (URL_VALUE.test(trimmed)) return 'url';
  if (urlKey && !/\s/.test(trimmed) && /[./:]/.test(trimmed)) return 'url';
  if (!HUMAN.test(trimmed)) return 'skip';
  for (const shape of NOT_TEXT) if (shape.test(trimmed)) return 'skip';
  return 'text';
}
