import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const text = (t: string, decorations: unknown[] = []) => ({ type: 'TEXT', id: '', nodes: [], textData: { text: t, decorations } });
const doc = (...nodes: unknown[]) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes, paragraphData: {} }] });

/** What a hostile member might write to break out of a notice: markup, chat mentions, a phishing link. */
export const HOSTILE_TEXT = 'I am <script>alert(1)</script> *bold* <!channel> fuck this, log in at https://paypal.com.account-verify.top/login \u202eevil ';
export const HIDDEN_LINK = 'https://evil-login.com/x?a=1';

/** Three Abouts: one hostile (profanity + phishing), one clean, one plainly profane. */
export const SEED = [
  { nickname: 'mallory', loginEmail: 'mallory@example.org', content: doc(text(HOSTILE_TEXT), text('my shop', [{ type: 'LINK', linkData: { link: { url: HIDDEN_LINK } } }])) },
  { nickname: 'alice', loginEmail: 'alice@example.org', content: doc(text('I like gardening and tea.')) },
  { nickname: 'bob', loginEmail: 'bob@example.org', content: doc(text('What the fuck is this site.')) },
];

export interface NotifySetup {
  dir: string;
  config: string;
  storePath: string;
  seed: string;
}

/** A temp dir with the seed file; the config is written once the emulator's URL is known (writeConfig). */
export async function notifySetup(): Promise<NotifySetup> {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-notify-'));
  const seed = join(dir, 'seed.json');
  await writeFile(seed, JSON.stringify(SEED));
  return { dir, seed, storePath: join(dir, 'review.json'), config: join(dir, 'config.json') };
}

/** `store` replaces the config's store section (another store kind) when given. */
export async function writeConfig(config: string, wixUrl: string, storePath: string, notify: object, store: object = { path: storePath }): Promise<void> {
  await writeFile(config, JSON.stringify({ wix: { baseUrl: wixUrl, maxRetries: 1 }, store, notify }));
}

export function notifyConfig(opts: { smtpPort?: number; webhookUrl?: string; templateId?: string | null; enabled?: boolean }) {
  return {
    enabled: opts.enabled ?? true,
    guidelinesUrl: 'https://example.org/community-guidelines',
    member: { templateId: opts.templateId === undefined ? 'aboutmod-notice' : opts.templateId },
    owner: {
      smtp: opts.smtpPort ? { host: '127.0.0.1', port: opts.smtpPort, from: 'aboutmod@example.org', to: 'owner@example.org' } : null,
      webhookUrl: opts.webhookUrl ?? null,
      reviewUrl: 'https://mod.example.org',
    },
  };
}

export const SMTP_AUTH = { user: 'owner-relay', pass: 's3cret-relay-pass' };
export const SMTP_ENV = { SMTP_USER: SMTP_AUTH.user, SMTP_PASSWORD: SMTP_AUTH.pass };
