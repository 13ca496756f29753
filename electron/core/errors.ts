// Errors a handler throws for the renderer to show. The code is stable
// (switch on it), the message is for people.
export type DeskErrorCode = 'not_signed_in' | 'not_found' | 'validation_failed' | 'forbidden' | 'offline';

export class DeskError extends Error {
  override name = 'DeskError';
  constructor(
    readonly code: DeskErrorCode,
    message: string,
  ) {
    super(message);
  }
}
