import { validationError } from './wix-error.js';

/** The fields Query Member Abouts may filter on (wix-api.md section 4). */
const FIELDS = ['id', 'memberId'] as const;
type Field = (typeof FIELDS)[number];

export type FilterRow = { readonly [F in Field]: string };
export type Predicate = (row: FilterRow) => boolean;

/**
 * Compiles a Wix query-language filter into a predicate, rejecting (400) unknown fields and
 * operators so a client bug shows up here rather than as a silently wrong page.
 * Supports the operators the method page lists plus `$nin`; `$hasSome` on a scalar acts as `$in`.
 */
export function compileFilter(filter: unknown, path = 'query.filter'): Predicate {
  if (filter === undefined || filter === null) return () => true;
  if (!isObject(filter)) throw validationError(path, 'must be an object');
  const parts: Predicate[] = Object.entries(filter).map(([key, value]) => {
    const here = `${path}.${key}`;
    switch (key) {
      case '$and':
      case '$or': {
        if (!Array.isArray(value)) throw validationError(here, 'must be an array of filters');
        const subs = value.map((v, i) => compileFilter(v, `${here}[${i}]`));
        return key === '$and' ? (r) => subs.every((p) => p(r)) : (r) => subs.some((p) => p(r));
      }
      case '$not': {
        const sub = compileFilter(value, here);
        return (r) => !sub(r);
      }
      default:
        if (!(FIELDS as readonly string[]).includes(key)) throw validationError(here, `field is not filterable (filterable: ${FIELDS.join(', ')})`);
        return compileField(key as Field, value, here);
    }
  });
  return (r) => parts.every((p) => p(r));
}

function compileField(field: Field, condition: unknown, path: string): Predicate {
  // `{"memberId":"m1"}` is shorthand for `{"memberId":{"$eq":"m1"}}`.
  const ops = isObject(condition) ? Object.entries(condition) : [['$eq', condition] as const];
  const tests = ops.map(([op, operand]): ((v: string | undefined) => boolean) => {
    const here = `${path}.${op}`;
    switch (op) {
      case '$eq': return (v) => v === scalar(operand, here);
      case '$ne': return (v) => v !== scalar(operand, here);
      case '$in':
      case '$hasSome': {
        const set = new Set(list(operand, here));
        return (v) => v !== undefined && set.has(v);
      }
      case '$nin': {
        const set = new Set(list(operand, here));
        return (v) => v === undefined || !set.has(v);
      }
      case '$exists': {
        if (typeof operand !== 'boolean') throw validationError(here, 'must be true or false');
        return (v) => (v !== undefined && v !== '') === operand;
      }
      case '$startsWith': {
        const prefix = scalar(operand, here);
        return (v) => v !== undefined && v.startsWith(prefix);
      }
      case '$gt': { const x = scalar(operand, here); return (v) => v !== undefined && v > x; }
      case '$gte': { const x = scalar(operand, here); return (v) => v !== undefined && v >= x; }
      case '$lt': { const x = scalar(operand, here); return (v) => v !== undefined && v < x; }
      case '$lte': { const x = scalar(operand, here); return (v) => v !== undefined && v <= x; }
      default:
        throw validationError(here, 'unsupported operator');
    }
  });
  return (r) => tests.every((t) => t(r[field]));
}

function scalar(value: unknown, path: string): string {
  if (typeof value !== 'string') throw validationError(path, 'must be a string');
  return value;
}

function list(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw validationError(path, 'must be an array');
  return value.map((v, i) => scalar(v, `${path}[${i}]`));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
