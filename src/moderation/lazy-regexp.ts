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

/** Lower case, as the scorer reads most texts (normalise.ts); 1,060 units. */
const SAMPLE = "hi, i'm a photographer and dog lover based in the city. i like hiking, cooking and reading about history. ".repeat(10);

/**
 * The expression, compiled now to machine code for both string widths. V8 compiles an expression on first use,
 * and without its optimisations (skipping ahead by the characters a match needs, reading several at once) once the
 * isolate has made 1 MB of expression code and holds 16 MB of executable memory (TooMuchRegExpCode, V8's
 * regexp.cc). The scorer's expressions come to about 47 MB of code after one pass over the openai rows, so one
 * first used after the first third of them is compiled so, and which ones are depends on the documents' order
 * and the optimising compiler's timing: a search over whole texts made so ran 2-14 times slower, in some processes
 * and not in others. For the searches over whole texts (or over every word) that many documents run, however rarely
 * each: made at module load, they are compiled while the isolate holds little code.
 */
export function compiledNow(regex: RegExp): RegExp {
  // A subject of 1,000 units or more is compiled to machine code at once, not interpreted first; one of Latin-1
  // units and one beyond, as V8 compiles an expression for each width apart. Prose, not one character repeated: V8
  // counts the characters of the middle 128 units of the subject it compiles on, and skips ahead by the rarest a match
  // needs (session 25: a subject of spaces left the messenger names' search 30 % slower than the texts' own did).
  for (const subject of [SAMPLE, SAMPLE.replace("'", '\u2019')]) {
    regex.lastIndex = 0;
    regex.test(subject);
  }
  regex.lastIndex = 0;
  return regex;
}
