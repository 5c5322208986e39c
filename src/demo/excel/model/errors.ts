/** Errors the model raises, with the office.js error code Excel would report for them. */
export type ErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "AccessDenied"
  | "InvalidReference"
  | "GeneralException"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "NotImplemented";

export class ModelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message);
    this.name = "ModelError";
  }
}

export function notImplemented(what: string): ModelError {
  return new ModelError("NotImplemented", `Demo host: ${what} is not implemented`);
}
