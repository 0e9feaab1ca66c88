import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { CliContext } from '../context.js';
import { escapeTerminal } from '../escape-terminal.js';
import { UsageError } from '../../errors.js';
import { openScorer, DocumentNotScored, ScorerError, type Scorer, type Verdict } from '../../moderation/index.js';
import { flattenJson, openUserFile, readFlatDocument, RicosError } from '../../ricos/index.js';

/**
 * `aboutmod score [FILE|-] [--json] [--jsonl]`: flattens and scores Ricos documents, no Wix access.
 *
 * One document: the verdict (readable, or one JSON line with --json). A malformed document is one line
 * on stderr, exit 2; a scorer that cannot reach a verdict (OpenAI down past its retries) exit 1.
 *
 * --jsonl: one document per input line, one JSON line per input line, in the same order, streamed with
 * bounded work in flight, so any number of lines runs in constant memory. A malformed line answers
 * `{"error":"line N: ..."}` on its own output line and the run goes on (one bad row must not cost the
 * verdicts of a million good ones); the exit code is then 2 at the end. So does a line the local scorer
 * could not score (past scorer.local.deadlineMs, or its thread died on it: the next line may well be
 * fine), with exit 1 at the end. Any other
 * scorer failure stops the run at that line (the rest would fail the same way): the lines before it are
 * printed, then one line on stderr, exit 1.
 */
export default async function scoreCommand(ctx: CliContext, args: string[], opts: Record<string, unknown>): Promise<void> {
  const { config, dir } = ctx.loaded;
  const scorer = await openScorer(config, { configDir: dir, logger: ctx.logger });
  const file = args[0] ?? '-';
  try {
    if (opts.jsonl) await scoreLines(scorer, file, config.policy.maxDocumentBytes, ctx.stdout);
    else ctx.print(await scorer.score(await readFlatDocument(file, config.policy.maxDocumentBytes)), verdictText);
  } finally {
    await scorer.close?.();
  }
}

/**
 * Documents scored at once in --jsonl mode, for a scorer that does not say (`Scorer.keepBusy`): enough
 * to keep a remote scorer busy, few enough to bound memory.
 */
const IN_FLIGHT = Math.max(8, 2 * availableParallelism());

// A failure is returned, not thrown: a rejected promise waiting in the queue would count as unhandled.
type LineResult = { ok: string } | { malformed: string } | { unscored: string } | { failed: unknown };

async function scoreLines(scorer: Scorer, file: string, maxBytes: number, stdout: NodeJS.WritableStream): Promise<void> {
  const queue: Promise<LineResult>[] = [];
  let malformed = 0;
  let unscored = 0;
  let lines = 0;
  // Results leave in input order: wait for the oldest, whatever finished after it.
  const emitOldest = async () => {
    const result = await queue.shift()!;
    if ('failed' in result) throw result.failed;
    if ('malformed' in result) malformed++;
    if ('unscored' in result) unscored++;
    const line = 'ok' in result ? result.ok : 'malformed' in result ? result.malformed : result.unscored;
    if (!stdout.write(`${line}\n`)) await once(stdout, 'drain');
  };
  for await (const line of readLines(file, maxBytes)) {
    lines++;
    queue.push(scoreLine(scorer, line, lines, maxBytes));
    if (queue.length >= (scorer.keepBusy ?? IN_FLIGHT)) await emitOldest();
  }
  while (queue.length > 0) await emitOldest();
  if (unscored > 0) {
    throw new ScorerError(`${unscored} of ${lines} lines could not be scored`
      + `${malformed > 0 ? ` and ${malformed} were not Ricos documents` : ''} (their output lines hold {"error": ...})`);
  }
  if (malformed > 0) {
    throw new UsageError(`${malformed} of ${lines} lines were not Ricos documents (their output lines hold {"error": ...})`);
  }
}

async function scoreLine(scorer: Scorer, line: Line, n: number, maxBytes: number): Promise<LineResult> {
  const malformed = (problem: string): LineResult => ({ malformed: JSON.stringify({ error: `line ${n}: ${problem}` }) });
  if ('tooLong' in line) return malformed(`content: more than the ${maxBytes} bytes allowed (policy.maxDocumentBytes)`);
  let doc;
  try {
    doc = flattenJson(line.bytes, { maxBytes });
  } catch (err) {
    return err instanceof RicosError ? malformed(err.message) : { failed: err };
  }
  try {
    return { ok: JSON.stringify(await scorer.score(doc)) };
  } catch (err) {
    if (err instanceof DocumentNotScored) return { unscored: JSON.stringify({ error: `line ${n}: ${err.message}` }) };
    return { failed: err instanceof ScorerError ? new ScorerError(`line ${n}: ${err.message}`, { cause: err }) : err };
  }
}

type Line = { bytes: Buffer } | { tooLong: true };

/**
 * The lines of a file or stdin as bytes (a trailing "\r" dropped), pulled one chunk at a time so the
 * input is paused while we work (backpressure). A line longer than maxBytes is skipped as it streams
 * past and reported as too long: one endless line must not fill memory.
 */
async function* readLines(file: string, maxBytes: number): AsyncGenerator<Line> {
  const input = file === '-' ? process.stdin : (await openUserFile(file, 'a file of Ricos JSON lines')).createReadStream();
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const take = (): Line => {
    const line: Line = tooLong ? { tooLong: true } : { bytes: trimCr(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      append(buf.subarray(0, nl));
      yield take();
      buf = buf.subarray(nl + 1);
    }
    append(buf);
  }
  if (size > 0 || tooLong) yield take();

  function append(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes + 1) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(Buffer.from(piece));
  }
}

function trimCr(buf: Buffer): Buffer {
  return buf.length > 0 && buf[buf.length - 1] === 13 ? buf.subarray(0, -1) : buf;
}

/** For a person: flagged or not, then each reason with its evidence and where it hid. Member text is escaped. */
export function verdictText(verdict: Verdict): string {
  if (!verdict.flagged) return 'not flagged';
  const lines = [`FLAGGED: ${verdict.reasons.length} reason${verdict.reasons.length === 1 ? '' : 's'}`];
  const safe = (s: string) => escapeTerminal(s, { newlines: false });
  for (const r of verdict.reasons) {
    lines.push(`  ${r.category}  score ${r.score.toFixed(2)}  (${r.source})`);
    if (r.detail) lines.push(`    why: ${safe(r.detail)}`);
    for (const e of r.evidence) lines.push(`    "${safe(e.value)}"  in ${safe(e.place)} at ${safe(e.path)}`);
  }
  return lines.join('\n');
}
