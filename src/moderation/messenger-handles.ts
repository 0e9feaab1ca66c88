/**
 * Messenger handles a member publishes as a way to be reached privately ("DM me on Telegram
 * @cheap_deals", "snapchat: jess.k99", "WeChat ID：lily2024", "@ann_k on Signal"). Only messengers, whose
 * handle is a private channel, count: a public profile ("follow us on Instagram @club") is not a
 * contact detail. Names that are also common words ("line", "session", "signal") count only in the
 * forms people use for the app ("Line ID", "on Signal").
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
/** Most texts name no messenger: one cheap test before the patterns. */
const ANY_MESSENGER = new RegExp(`${NAMES}|signal`, 'iu');

/** Where each handle is in `text` (folded text), in text order. */
export function findMessengerHandles(text: string): { from: number; to: number }[] {
  if (!ANY_MESSENGER.test(text)) return [];
  const found: { from: number; to: number }[] = [];
  for (const pattern of [HANDLE_AFTER_NAME, HANDLE_BEFORE_NAME]) {
    for (const m of text.matchAll(pattern)) {
      const [from, to] = m.indices![1]!;
      if (HANDLE_LIKE.test(m[1]!)) found.push({ from, to });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}
