import { JobError } from '../errors.js';

/**
 * One error class per Wix failure a caller acts on differently (wix-api.md section 6). Callers use
 * `instanceof`, never message text. All are JobErrors (exit 1) when they reach the CLI unhandled.
 */
export class WixError extends JobError {
  /** HTTP status, or undefined when no response came back. */
  readonly status: number | undefined;
  /** `details.applicationError.code`, or CONSTANT_CASE of the status text when the body has none (as the SDK does). */
  readonly code: string | undefined;
  /** The response's `x-wix-request-id`, for Wix support. */
  readonly requestId: string | undefined;
  constructor(
    message: string,
    options: { status?: number; code?: string; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.code = options.code;
    this.requestId = options.requestId;
  }
}

/** 409: the About changed since the revision the write was decided on. Never retried by the client. */
export class RevisionConflict extends WixError {
  /** The emulator's `data.currentRevision` extra; real Wix is not known to send it. */
  readonly currentRevision: string | undefined;
  constructor(message: string, options: ConstructorParameters<typeof WixError>[1] & { currentRevision?: string }) {
    super(message, options);
    this.currentRevision = options.currentRevision;
  }
}

/** 404: the About (or member) is gone. */
export class WixNotFound extends WixError {}

/** 401 after one token refresh, 403, or a refused token request: retrying cannot help, the credentials or their permissions are wrong. */
export class WixAuthError extends WixError {}

/** No HTTP answer (connection refused, reset, timeout) after every retry. */
export class WixUnreachable extends WixError {}

/** Picks the error class for a non-200 Wix answer (the one factory; wix-api.md section 6). */
export function wixErrorFromResponse(
  status: number,
  body: unknown,
  requestId: string | undefined,
  context: { what: string; credentialsHint: string; credentialsRequest?: boolean },
): WixError {
  const { message, code, currentRevision } = readErrorBody(body);
  const options = { status, code, requestId };
  const detail = message ? `: ${message}` : '';
  // A token request refused with any 4xx but 429 (400 invalid_client, 401, 403...) means the credentials are wrong.
  const refusedCredentials = context.credentialsRequest && status >= 400 && status < 500 && status !== 429;
  if (status === 401 || status === 403 || refusedCredentials) {
    return new WixAuthError(`Wix refused the credentials (${status}): ${context.credentialsHint}`, options);
  }
  if (status === 404) return new WixNotFound(`${context.what}: not found on Wix (404)`, options);
  if (status === 409) {
    return new RevisionConflict(`${context.what}: changed on Wix since the revision read (409)${detail}`, {
      ...options,
      currentRevision,
    });
  }
  return new WixError(`${context.what}: Wix answered ${status}${detail}`, options);
}

function readErrorBody(body: unknown): { message?: string; code?: string; currentRevision?: string } {
  if (!body || typeof body !== 'object') return {};
  const b = body as { message?: unknown; details?: { applicationError?: { code?: unknown; data?: { currentRevision?: unknown } } } };
  const app = b.details?.applicationError;
  return {
    message: typeof b.message === 'string' && b.message ? b.message : undefined,
    code: typeof app?.code === 'string' ? app.code : undefined,
    currentRevision: typeof app?.data?.currentRevision === 'string' ? app.data.currentRevision : undefined,
  };
}
