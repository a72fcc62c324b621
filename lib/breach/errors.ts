/** Errors of the breach clock (`adwarden breach`). All are permanent: the operator must act. */
export class BreachError extends Error {
  override readonly name: string = 'BreachError';
}

/** `breach start` while a breach is open (pass --force to record a second, separate one). */
export class BreachAlreadyOpenError extends BreachError {
  override readonly name = 'BreachAlreadyOpenError';
}

/** `breach close` or `breach status` with no open breach, or an ambiguous `close` without --id. */
export class NoOpenBreachError extends BreachError {
  override readonly name = 'NoOpenBreachError';
}

/** A start time that cannot be right (in the future, unparsable), or an unreadable state file. */
export class BreachInputError extends BreachError {
  override readonly name = 'BreachInputError';
}
