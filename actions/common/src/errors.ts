// Two kinds of failure that are not crashes: a bad option, and bad input data.
// Both end as status `error` with a message that names what to fix.

/** A bad option value: names the option (input / flag / config key) and what is allowed. */
export class ConfigurationError extends Error {
  constructor(
    message: string,
    readonly option?: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** Malformed or unusable input data (a report, schema, archive...): names the file and, where known, the line. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** `file:line:col: message`, leaving out the parts that are unknown. */
export function describeLocation(file?: string, line?: number, column?: number): string {
  if (!file) return '';
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
