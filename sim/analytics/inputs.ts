/**
 * The checks the analytics make on what a caller hands them (a library call, not the
 * command line, can leave things out): each throws an InputError saying what is missing,
 * never a TypeError further in.
 */
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';

/**
 * Throws unless there is at least one replicate; `what` names the call in the message.
 * @example requireReplicates([], 'analyze') // throws InputError (no-replicates)
 */
export function requireReplicates(results: readonly unknown[] | undefined, what: string): void {
  if (!Array.isArray(results) || results.length === 0)
    throw new InputError([{ severity: 'error', file: what, ...msg.noReplicates(what) }]);
}

/**
 * Throws unless `name` is one of `policies` (`field` names the argument in the message).
 * @example requirePolicy('cheapest', ['warehouse-only', 'closest'], 'b') // throws InputError (not-policy-of-run)
 */
export function requirePolicy(name: string, policies: readonly string[], field: string): void {
  if (!policies.includes(name))
    throw new InputError([{ severity: 'error', file: 'arguments', field, ...msg.notPolicyOfRun(name, policies) }]);
}
