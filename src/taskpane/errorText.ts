/** A caught error in words for the user: its message, without the "Error: " that String() adds. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
