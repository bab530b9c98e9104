import type { FieldProblem } from '../../providers/graphqlClient';
import { problemTarget } from './definition';

/** A problem the API found in a template, placed: the flow node or form field it names, and the rest of its path. */
export interface PlacedProblem extends ReturnType<typeof problemTarget> {
  message: string;
}

/** The API's field problems of a failed save, each placed on its node, field or policy. */
export function placeProblems(fields: FieldProblem[]): PlacedProblem[] {
  return fields.map((problem) => ({ ...problemTarget(problem.field), message: problem.message }));
}

/** The message of the problem at exactly `rest` of the item at `path` in `area` (shown beside that input). */
export function problemAt(problems: PlacedProblem[], area: PlacedProblem['area'], path: number[], rest: string): string | undefined {
  return problems.find((problem) => problem.area === area && problem.path.length === path.length && problem.path.every((step, i) => step === path[i]) && problem.rest === rest)?.message;
}

/** Every problem of the item at `path` in `area` whose rest starts with `prefix`, as "rest: message" lines. */
export function problemsUnder(problems: PlacedProblem[], area: PlacedProblem['area'], path: number[], prefix = ''): PlacedProblem[] {
  return problems.filter((problem) => problem.area === area && problem.path.length === path.length && problem.path.every((step, i) => step === path[i]) && problem.rest.startsWith(prefix));
}
