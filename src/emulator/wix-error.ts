/**
 * Wix's standard error body (wix-api.md section 6), thrown by handlers and written by the router.
 * The bodies for 401/403/404/409 on these endpoints are not documented; the emulator's choices are
 * marked where they are made.
 */
export class WixHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    /** Extra response headers (Retry-After on a rate-limited 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status}`);
  }
}

export function applicationError(status: number, code: string, message: string, data: Record<string, unknown> = {}): WixHttpError {
  return new WixHttpError(status, { message, details: { applicationError: { code, description: message, data } } });
}

export function validationError(field: string, description: string, violatedRule = 'CUSTOM', data: Record<string, unknown> = {}): WixHttpError {
  return new WixHttpError(400, {
    message: `${field}: ${description}`,
    details: { validationError: { fieldViolations: [{ field, description, violatedRule, data }] } },
  });
}

/** 5xx bodies are empty by design at Wix. */
export function systemError(status: number): WixHttpError {
  return new WixHttpError(status, { message: '', details: {} });
}
