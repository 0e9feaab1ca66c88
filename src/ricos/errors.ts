import { UsageError } from '../errors.js';

/**
 * A document that is not Ricos (or too large, or too deep). Bad input, exit 2; the message names the
 * place in the document, e.g. `content.nodes[3].nodes: expected an array`.
 */
export class RicosError extends UsageError {
  constructor(
    /** Where in the document, rooted at `content`. */
    readonly path: string,
    readonly problem: string,
    /** The file or stream the document came from, when known. */
    source?: string,
  ) {
    super(source ? `${source}: ${path}: ${problem}` : `${path}: ${problem}`);
  }

  /** The same error, with the file or stream it came from in front. */
  from(source: string): RicosError {
    return new RicosError(this.path, this.problem, source);
  }
}
