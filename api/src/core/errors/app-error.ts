/** A problem with one input field; `code` is a message key (REQUIRED, TOO_LONG …). */
export interface FieldProblem {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/**
 * An expected failure the caller can act on. `code` becomes `extensions.code` and is also the key of the localized
 * message; `params` fill the message's placeholders.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** The caller is not signed in (or their token is no longer valid). */
export const unauthenticated = () => new AppError('UNAUTHENTICATED');

/** The caller is signed in but may not do this. */
export const forbidden = (action: string, subject: string) => new AppError('FORBIDDEN', { action, subject });

/** No such record in the caller's organisation (also what another tenant's id looks like). */
export const notFound = (subject: string, id?: string) => new AppError('NOT_FOUND', { subject, id });

/** One or more fields are wrong. */
export const badInput = (...fields: FieldProblem[]) => new AppError('BAD_USER_INPUT', {}, fields);

/** Throws BAD_USER_INPUT when any problems were collected. */
export function assertNoProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw badInput(...problems);
}
