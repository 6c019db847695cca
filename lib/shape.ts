/**
 * Checks for the shape of JSON the browser downloads (a stale cached copy or a proxy's error page is
 * still JSON, or close to it), built from small guards so a check reads like the type it checks.
 * Hand-written rather than zod: this runs in the browser, where every kilobyte counts.
 */

/** True when the value is a T; TypeScript then treats it as one. */
export type Guard<T> = (value: unknown) => value is T;

export const isString: Guard<string> = (value): value is string => typeof value === 'string';

export const isNumber: Guard<number> = (value): value is number => typeof value === 'number';

/** One of these exact values. */
export function oneOf<T extends string | number>(...options: T[]): Guard<T> {
  return (value): value is T => options.some((option) => option === value);
}

export function arrayOf<T>(item: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every((entry) => item(entry));
}

export const isStringArray = arrayOf(isString);

/** An array of exactly these items, each passing the guard at its place. */
export function tupleOf<T extends unknown[]>(...items: { [K in keyof T]: Guard<T[K]> }): Guard<T> {
  return (value): value is T =>
    Array.isArray(value) &&
    value.length === items.length &&
    items.every((item, index) => item(value[index]));
}

/** An object with every one of these fields, each passing its guard (other fields are ignored). */
export function objectOf<T extends object>(fields: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  return (value): value is T =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries<Guard<unknown>>(fields).every(([name, field]) =>
      field((value as Record<string, unknown>)[name]),
    );
}

/** A parser for downloaded JSON: the value if it passes the guard, else "<what>: unexpected format". */
export function parserFor<T>(guard: Guard<T>, what: string): (value: unknown) => T {
  return (value) => {
    if (guard(value)) return value;
    throw new Error(`${what}: unexpected format`);
  };
}
