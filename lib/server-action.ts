import { MALFORMED_ACTION_CALL, requestLogStore } from "./request-log";

/**
 * Every server action is declared through `serverAction` (an ESLint rule
 * holds features/<domain>/actions.ts to it), which lets the production
 * server tell a malformed call from a failure:
 *
 * - A call whose arguments are not what one of our forms sends (a FormData,
 *   after the form's previous state for `useActionState` forms) never
 *   reaches the action: it throws MalformedActionCall.
 * - Otherwise it records, in the request's record (lib/request-log.ts),
 *   that the action's own code began, and runs it.
 *
 * When a call ends in a 500, server.ts answers 400 if no action began: the
 * request could not be decoded into a call (a forged or truncated payload,
 * arguments of the wrong shape). A 500 after an action began is a real
 * failure: it stays a 500 and is logged (instrumentation.ts's
 * onRequestError, and the request log's status; docs/decisions/019-honest-responses.md).
 */
export class MalformedActionCall extends Error {
  constructor() {
    super("A server action was called with arguments no form of this site sends");
    this.name = MALFORMED_ACTION_CALL;
  }
}

function isPreviousState(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function serverAction<Result>(action: (formData: FormData) => Promise<Result>): (formData: FormData) => Promise<Result>;
export function serverAction<State extends object, Result>(action: (previous: State, formData: FormData) => Promise<Result>): (previous: State, formData: FormData) => Promise<Result>;
export function serverAction<Result>(action: (...args: never[]) => Promise<Result>): (...args: unknown[]) => Promise<Result> {
  const takesPreviousState = action.length === 2;
  return async (...args: unknown[]): Promise<Result> => {
    const wellFormed = takesPreviousState
      ? args.length === 2 && isPreviousState(args[0]) && args[1] instanceof FormData
      : args.length === 1 && args[0] instanceof FormData;
    if (!wellFormed) throw new MalformedActionCall();
    const record = requestLogStore().getStore();
    if (record) record.actionBegan = true;
    return (action as (...args: unknown[]) => Promise<Result>)(...args);
  };
}
