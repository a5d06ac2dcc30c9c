/**
 * An error in the user's configuration (unknown rule, bad option): reporters
 * print a message's stack, and a stack trace is noise here, so it has none.
 */
export function configurationError(message: string): Error {
  const error = new Error(message)
  error.stack = message
  return error
}
