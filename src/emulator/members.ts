import type { StoredMember } from './store.js';
import { validationError } from './wix-error.js';

const FIELDSETS = ['PUBLIC', 'EXTENDED', 'FULL'] as const;
type Fieldset = (typeof FIELDSETS)[number];

/**
 * A Members v1 member as GET /members/v1/members/{id} answers it for the requested fieldsets
 * (wix-api.md section 5): PUBLIC is profile only with statuses UNKNOWN, EXTENDED adds login email and
 * statuses, FULL adds contact details.
 */
export function memberBody(member: StoredMember, requested: string[]): Record<string, unknown> {
  if (requested.length > 3) throw validationError('fieldsets', 'at most 3 fieldsets', 'MAX', { threshold: 3 });
  for (const f of requested) if (!(FIELDSETS as readonly string[]).includes(f)) throw validationError('fieldsets', `unknown fieldset ${f}`, 'FORMAT');
  const sets = new Set<Fieldset>(requested.length ? (requested as Fieldset[]) : ['PUBLIC']);
  const extended = sets.has('EXTENDED') || sets.has('FULL');
  const slug = member.nickname.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || member.id.slice(0, 8);
  const body: Record<string, unknown> = {
    id: member.id,
    contactId: member.id,
    profile: { nickname: member.nickname, slug, photo: { id: '', url: '', height: 0, width: 0 }, cover: {}, title: '' },
    status: extended ? member.status : 'UNKNOWN',
    privacyStatus: extended ? 'PUBLIC' : 'UNKNOWN',
    activityStatus: extended ? 'ACTIVE' : 'UNKNOWN',
    createdDate: member.createdDate,
    updatedDate: member.createdDate,
  };
  if (extended) Object.assign(body, { loginEmail: member.loginEmail, loginEmailVerified: true });
  if (sets.has('FULL')) {
    body.contact = { firstName: member.nickname.split(/\s+/)[0] ?? '', lastName: '', phones: [], emails: [member.loginEmail], addresses: [], company: '', jobTitle: '' };
    body.lastLoginDate = member.createdDate;
  }
  return body;
}
