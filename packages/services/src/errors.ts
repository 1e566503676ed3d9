/**
 * The one error vocabulary of Arco's domain logic. Services throw these; the API maps each code
 * to a tRPC code in one place. Messages are written for the person using Arco: they reach the
 * client as they are, so they never contain internal detail.
 */
export type ServiceErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "CONFLICT"
  | "BAD_REQUEST"
  | "PRECONDITION_FAILED"
  | "QUOTA_EXCEEDED"
  | "INSUFFICIENT_CREDITS"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

export class ServiceError extends Error {
  override readonly name = "ServiceError";
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    options: { retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Another tenant's object and a missing one look the same: nothing is revealed. */
export const notFound = (what: string) => new ServiceError("NOT_FOUND", `${what} was not found.`);
