import { type Problem, ProblemError } from './problem';

/**
 * What the pure step of a use case decides: from parsed input and what is stored now, the change
 * to save — or the problem that refuses it. No I/O, so the API (load → plan → save), a dry run of
 * many items at once (an import's preview) and a form validating as a person types decide alike.
 */
export type Plan<C> = { ok: true; change: C } | { ok: false; problem: Problem };

/** A plan from rules that refuse by throwing a `ProblemError` (the lifecycle, the preconditions). */
export function planned<C>(decide: () => C): Plan<C> {
  try {
    return { ok: true, change: decide() };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The change of a plan, or its problem thrown as a `ProblemError`: for the use cases that save. */
export function changeOf<C>(plan: Plan<C>): C {
  if (!plan.ok) throw new ProblemError(plan.problem);
  return plan.change;
}
