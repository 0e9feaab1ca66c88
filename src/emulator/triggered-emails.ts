import type { EmulatorStore } from './store.js';
import { applicationError, validationError } from './wix-error.js';

/** The template id the emulator knows when no `--email-templates` list is given. */
export const DEFAULT_EMAIL_TEMPLATES = ['aboutmod-notice'];

/** One triggered email the emulator accepted, as tests and the demo read it back. */
export interface TriggeredEmailRecord {
  at: string;
  emailId: string;
  memberId: string;
  variables: Record<string, string>;
}

/**
 * Wix Triggered Emails, "email member" (Velo `emailMember(emailId, memberId, {variables})`): the body
 * `{emailId, memberId, options: {variables}}`. Templates exist only on the site's dashboard, so the
 * emulator is told their ids. Error codes for an unknown template or member are the emulator's choice
 * in Wix's standard error shape (Wix documents none for this call).
 */
export class TriggeredEmails {
  readonly sent: TriggeredEmailRecord[] = [];
  private readonly templates: Set<string>;

  constructor(templates: readonly string[] = DEFAULT_EMAIL_TEMPLATES) {
    this.templates = new Set(templates);
  }

  accept(body: unknown, store: EmulatorStore): Record<string, never> {
    const b = (body ?? {}) as { emailId?: unknown; memberId?: unknown; options?: { variables?: unknown } };
    if (typeof b.emailId !== 'string' || !b.emailId) throw validationError('emailId', 'is required', 'REQUIRED_FIELD');
    if (typeof b.memberId !== 'string' || !b.memberId) throw validationError('memberId', 'is required', 'REQUIRED_FIELD');
    const variables = b.options?.variables ?? {};
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
      throw validationError('options.variables', 'must be an object of strings');
    }
    for (const [key, value] of Object.entries(variables)) {
      // Velo: "The values passed must be strings."
      if (typeof value !== 'string') throw validationError(`options.variables.${key}`, 'must be a string', 'FORMAT');
    }
    if (!this.templates.has(b.emailId)) throw applicationError(404, 'TRIGGERED_EMAIL_NOT_FOUND', `triggered email ${b.emailId} not found`);
    if (!store.members.has(b.memberId)) throw applicationError(404, 'MEMBER_NOT_FOUND', `member ${b.memberId} not found`);
    this.sent.push({ at: new Date().toISOString(), emailId: b.emailId, memberId: b.memberId, variables: { ...(variables as Record<string, string>) } });
    return {};
  }
}
