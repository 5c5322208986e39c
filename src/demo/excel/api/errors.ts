/** office.js-shaped errors: what `context.sync()` rejects with and what unloaded reads throw. */
import { ModelError } from "../model/errors";

export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    // office.js errors report this name; code is what callers branch on.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
} as const;

export function propertyNotLoaded(type: string, prop: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`
  );
}

export function notImplementedError(what: string): Error {
  return new Error(`Demo host: ${what} is not implemented`);
}

/** Converts whatever an operation threw into what Excel would reject the sync with. */
export function toOfficeError(e: unknown, location: string): Error {
  if (e instanceof OfficeError) return e;
  if (e instanceof ModelError)
    return e.code === "NotImplemented"
      ? new Error(e.message)
      : new OfficeError(e.code, e.message, location);
  if (e instanceof Error && e.message.startsWith("Demo host:")) return e;
  return new OfficeError("InvalidArgument", e instanceof Error ? e.message : String(e), location);
}
