/** Members About v2 object, REST names (wix-api.md section 3). */
export interface MemberAbout {
  id: string;
  /** uint64 as a string; every update must carry the revision it was decided on. */
  revision: string;
  memberId: string;
  /** A Ricos document; validated by src/ricos before use. */
  content: unknown;
}

/** Members v1 member, the fields a reviewer needs (wix-api.md section 5). */
export interface Member {
  id: string;
  loginEmail?: string;
  status?: 'UNKNOWN' | 'PENDING' | 'APPROVED' | 'BLOCKED' | 'OFFLINE';
  profile?: { nickname?: string; slug?: string };
}

/**
 * What the rest of aboutmod needs from Wix. The REST client (src/wix/client.ts) implements it; other
 * stages depend only on this interface. Errors (src/wix/errors.ts): RevisionConflict (409), WixNotFound
 * (404), WixAuthError (401 after one token refresh, 403), WixError (anything else, after retries).
 */
export interface WixApi {
  /** Pages of abouts through cursor paging; `ids` filters with `id $in` (the scan's `--only`). */
  queryAbouts(options?: { ids?: string[] }): AsyncIterable<MemberAbout[]>;
  /**
   * One page of every About: the first without a cursor, each next one with the cursor the previous
   * page returned (none after the last page). A scan run as a chain of jobs resumes from any cursor.
   */
  queryPage(cursor?: string): Promise<AboutPage>;
  /** Throws WixNotFound when the About is gone. */
  getAbout(id: string): Promise<MemberAbout>;
  /** Replaces the content only if `revision` is still current; throws RevisionConflict otherwise. */
  updateAbout(about: Pick<MemberAbout, 'id' | 'revision' | 'content'>): Promise<MemberAbout>;
  /** Undefined when the member is gone or the credentials may not read members. */
  getMember(memberId: string): Promise<Member | undefined>;
  /**
   * Emails a site member a Triggered Email template with string variables (Velo's
   * `emailMember(emailId, memberId, {variables})`). Throws WixNotFound for an unknown template or member.
   */
  sendTriggeredEmail(email: TriggeredEmail): Promise<void>;
  /** Request counts by kind, for the scan summary and the bench (PATCHes and GETs per flagged About). */
  readonly stats: { query: number; get: number; update: number; retries: number };
}

/** A page of Abouts and the cursor of the next page (absent after the last one). */
export interface AboutPage {
  abouts: MemberAbout[];
  nextCursor?: string;
}

/** One Triggered Email to a member: the template id from the site's dashboard and its variables (strings only). */
export interface TriggeredEmail {
  templateId: string;
  memberId: string;
  variables: Record<string, string>;
}
