/**
 * A regular expression built on first use. Building one with the u flag and Unicode classes (\p{L})
 * costs a few hundred microseconds, and most of the multilingual detectors' patterns (one language's,
 * one script's) never run in a process's first documents: every process and scoring thread paid for
 * all of them before its first verdict. Its source and flags are readable unbuilt (requiredLiterals
 * reads them), written as RegExp.source gives them back (test/moderation/lazy-regexp.test.ts).
 */
export class LazyRegExp {
  private built: RegExp | undefined;

  constructor(readonly source: string, readonly flags: string) {
    made.push(this);
  }

  get regex(): RegExp {
    return (this.built ??= new RegExp(this.source, this.flags));
  }
}

const made: LazyRegExp[] = [];
/** Every LazyRegExp made so far: a test builds them all, so that a pattern that does not compile fails it, not a member's first text in its language. */
export function lazyRegExps(): readonly LazyRegExp[] {
  return made;
}
