import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config/index.js';
import { requireEnv } from '../config/secrets.js';
import type { WixApi } from '../wix/index.js';
import { webhookBody, type MemberVariables, type OwnerMessage } from './compose.js';

/** The ways a notice leaves aboutmod. The member is reached through Wix; the owner by mail or a chat webhook. */
export type Channel = 'wix-email' | 'smtp' | 'webhook';

/** What one outbox notice carries, by channel. */
export type NoticeMessage =
  | { channel: 'wix-email'; templateId: string; memberId: string; variables: MemberVariables }
  | { channel: 'smtp' | 'webhook'; owner: OwnerMessage };

/** Sends one message; throws when the channel did not take it. */
export type Send = (message: NoticeMessage) => Promise<void>;

/** A channel must answer within this, so a hanging server delays a run by seconds, not forever. */
const TIMEOUT_MS = 15_000;

/**
 * The senders for the configured channels. SMTP credentials come from SMTP_USER / SMTP_PASSWORD
 * (both or neither); a half-set pair is refused here, before anything is recorded or sent.
 */
export function createSender(config: Config, wix: () => WixApi, env: NodeJS.ProcessEnv = process.env): Send {
  const { smtp, webhookUrl } = config.notify.owner;
  let mailer: Transporter | undefined;
  const auth = smtpAuth(env);
  return async (message) => {
    switch (message.channel) {
      case 'wix-email':
        await wix().sendTriggeredEmail({ templateId: message.templateId, memberId: message.memberId, variables: message.variables });
        return;
      case 'smtp': {
        if (!smtp) throw new Error('notify.owner.smtp is no longer configured');
        mailer ??= nodemailer.createTransport({
          host: smtp.host, port: smtp.port, secure: smtp.secure, auth,
          connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS,
        });
        await mailer.sendMail({ from: smtp.from, to: smtp.to, subject: message.owner.subject, text: message.owner.text });
        return;
      }
      case 'webhook': {
        if (!webhookUrl) throw new Error('notify.owner.webhookUrl is no longer configured');
        const res = await fetch(webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(webhookBody(message.owner)),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        await res.body?.cancel();
        // The URL itself is a credential for Slack-style hooks: errors name the status only.
        if (!res.ok) throw new Error(`owner webhook answered ${res.status}`);
        return;
      }
    }
  };
}

/** Refuses half-set SMTP credentials (ConfigError); commands call it before they change anything. */
export function checkNotifySecrets(config: Config, env: NodeJS.ProcessEnv = process.env): void {
  if (config.notify.enabled && config.notify.owner.smtp) smtpAuth(env);
}

function smtpAuth(env: NodeJS.ProcessEnv): { user: string; pass: string } | undefined {
  if (!env.SMTP_USER && !env.SMTP_PASSWORD) return undefined;
  return {
    user: requireEnv('SMTP_USER', 'SMTP needs SMTP_USER with SMTP_PASSWORD', env),
    pass: requireEnv('SMTP_PASSWORD', 'SMTP needs SMTP_PASSWORD with SMTP_USER', env),
  };
}
