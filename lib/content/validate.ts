import type { z } from 'zod';
import { formatFieldPath, type ContentIssue } from './issues';
import { didYouMean } from './suggest';

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Messages an editor can act on, instead of zod's developer-facing defaults. Used as the parse's
 * error map, so a message a schema sets for itself still wins.
 */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing (required)';
      if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) {
        return `must be text: put it in quotes, like "${String(issue.input)}"`;
      }
      if (issue.expected === 'int') return `must be a whole number, not ${describe(issue.input)}`;
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') {
        const count = Array.isArray(issue.input) ? issue.input.length : 0;
        return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'} (has ${count})`;
      }
      if (issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'array') {
        const count = Array.isArray(issue.input) ? issue.input.length : 0;
        return `has ${count} items; at most ${String(issue.maximum)} allowed`;
      }
      return undefined;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => `"${String(value)}"`).join(', ')}, not ${describe(issue.input)}`;
    default:
      return undefined;
  }
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // Only top-level suggestions: nested shapes are small enough to read from the README.
  if (path.length > 0) return [];
  return 'shape' in schema && schema.shape && typeof schema.shape === 'object'
    ? Object.keys(schema.shape)
    : [];
}

/**
 * A value that can take one of several shapes fails every shape; report the problems of the shape
 * the editor meant (the one whose outer type matches), not "Invalid input".
 */
function unwrapUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const isWrongShape = (branch: z.core.$ZodIssue[]) =>
      branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
    const meant = issue.errors.find((branch) => !isWrongShape(branch)) ?? issue.errors[0] ?? [];
    return unwrapUnions(meant.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

/** Validates one file's data; every problem comes back as an issue naming the file and field. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
): { value?: z.output<Schema>; issues: ContentIssue[] } {
  const result = schema.safeParse(data, { reportInput: true, error: plainMessage });
  if (result.success) return { value: result.data, issues: [] };
  const issues = unwrapUnions(result.error.issues).flatMap((issue): ContentIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: formatFieldPath([...issue.path, key]),
        message: `unknown field${didYouMean(key, knownKeys(schema, issue.path))}`,
      }));
    }
    return [{ file, field: formatFieldPath(issue.path), message: issue.message }];
  });
  return { issues };
}
