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
