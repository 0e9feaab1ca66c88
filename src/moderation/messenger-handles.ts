import { escapeRegExp, requiredLiterals } from './regex-literals.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * Messenger handles a member publishes as a way to be reached privately ("DM me on Telegram
 * @cheap_deals", "snapchat: jess.k99", "@ann_k on Signal", "LINE ID: yuki_pottery", "加我微信
 * sam_pottery88", "QQ号：28564713"). Only messengers, whose handle is a private channel, count: a public
 * profile ("follow us on Instagram @club") is not a contact detail, nor is a messenger named without a
 * handle ("LINE stickers", "WeChat Pay", "the WhatsApp group"). Names that are also common words
 * ("line", "signal") count only in the forms people use for the app.
 */

/** The messenger names, read on folded (lower-case) text. */
const NAMES = String.raw`telegram|whats\s?app|snap\s?chat|kik|wechat|weixin|微信|discord|skype|viber|threema|wickr|line\s?id`;
/** Before a handle, "signal" counts only as "on/via/my Signal"; after one ("@ann on Signal") it is the app. */
const MESSENGER = String.raw`(?:${NAMES}|(?:on|via|my)\s+signal)`;
/** Words between the messenger and the handle: "Telegram: x", "Kik me at x", "WeChat ID：x". */
const BETWEEN = String.raw`(?:\s*(?:[:：=\-–—>→]|\b(?:me|on|at|via|is|id|name|username|handle|user|add)\b)\s*){0,3}`;
/**
 * A handle: "@name", or after a separator a name that holds a digit, "_" or "." or ends in Discord's
 * "#1234" (so "Telegram: ask me" is prose, "Telegram: ann_k" a handle).
 */
const HANDLE = String.raw`(?:@[a-z0-9_.]{3,32}|(?<=[\s:：=>→])[a-z][a-z0-9_.]{2,31}(?<![._]))(?:#\d{4})?`;
const HANDLE_LIKE = /^@|[0-9_.]|#\d{4}$/;

const HANDLE_AFTER_NAME = new RegExp(String.raw`(?<![a-z0-9])${MESSENGER}\s*${BETWEEN}(${HANDLE})(?![a-z0-9_])`, 'dgiu');
const HANDLE_BEFORE_NAME = new RegExp(String.raw`(?<![a-z0-9_.])(@[a-z0-9_.]{3,32})\s{1,3}(?:on|via|at)\s{1,3}(?:${NAMES}|signal)(?![a-z])`, 'dgiu');
/**
 * A messenger named, then an ID that holds a digit or an underscore, as IDs do and words do not.
 * Chinese and Japanese put no space before a name or after an ID, so only Latin letters and digits
 * are edges here; after "ID", "号", a colon or "@" any such ID, after a bare space one with letters
 * ("line 2024" is a bus).
 */
const ID_NAMES = String.raw`(?:(?<![a-z0-9])(?:wechat|weixin|vx|line|kakao(?:talk)?|qq|snapchat|snap|telegram|discord|skype|viber|signal|threema|whatsapp)|微信|ライン|카톡|카카오톡)`;
const ID = String.raw`(?=[a-z0-9_.-]*[0-9_])[a-z0-9][a-z0-9_.-]{3,30}(?![a-z0-9_])`;
const ID_AFTER_NAME = new RegExp(
  String.raw`${ID_NAMES}[^\S\n]*(?:の?(?:id|号|號|账号|アカウント)[^\S\n]*[:：]?|[:：]|(?=@))[^\S\n]*@?(${ID})|${ID_NAMES}[^\S\n]+(?=[a-z0-9_.-]*[a-z])(${ID})`,
  'dgu',
);
/** Most texts name no messenger: the names every pattern needs one of, tested once before the patterns. */
const ANY_MESSENGER = compiledNow(new RegExp(`${NAMES}|signal|${ID_NAMES}`, 'iu'));
/**
 * The names' literals (regex-literals.ts, read from ANY_MESSENGER's source): a cheaper first test than
 * ANY_MESSENGER's (whose look-behinds and case folding make it try every position), which then runs only
 * where one occurs. Case-sensitive, which loses nothing on folded text: it holds no capital letter, nor
 * the long s or Kelvin sign that /iu also reads as "s" and "k" (normaliseAndFold lower-cases, after NFKC).
 */
const MESSENGER_WORD = compiledNow(new RegExp(requiredLiterals({ source: ANY_MESSENGER.source, flags: 'u' })[0]!.map(escapeRegExp).join('|')));

/** Where each handle is in `text` (folded text), in text order, each once. */
export function findMessengerHandles(text: string): { from: number; to: number }[] {
  if (!MESSENGER_WORD.test(text) || !ANY_MESSENGER.test(text)) return [];
  const found: { from: number; to: number }[] = [];
  for (const pattern of [HANDLE_AFTER_NAME, HANDLE_BEFORE_NAME]) {
    for (const m of text.matchAll(pattern)) {
      const [from, to] = m.indices![1]!;
      if (HANDLE_LIKE.test(m[1]!)) found.push({ from, to });
    }
  }
  for (const m of text.matchAll(ID_AFTER_NAME)) {
    const [from, to] = m.indices![1] ?? m.indices![2]!;
    found.push({ from, to });
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  // Two patterns may find one handle ("Telegram @ann_k"): a span inside one already kept is dropped.
  const kept: { from: number; to: number }[] = [];
  for (const f of found) if (kept.length === 0 || f.to > kept.at(-1)!.to) kept.push(f);
  return kept;
}
