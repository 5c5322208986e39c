/**
 * Form state that survives a pane reload: kept in React state and mirrored to localStorage per field.
 * Storage can be missing or throw (private mode, quota, sandboxed webviews); then state lives in memory only.
 */
import { useCallback, useState } from "react";

const PREFIX = "gkreport.";

export function loadField<T>(key: string, fallback: T): T {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    if (raw === null || raw === undefined) return fallback;
    const parsed = JSON.parse(raw) as unknown;
    return typeof parsed === typeof fallback ? (parsed as T) : fallback;
  } catch {
    return fallback;
  }
}

export function saveField<T>(key: string, value: T): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the value is still held in the component tree.
  }
}

/** useState that also writes each change to localStorage under `key`. */
export function usePersistentState<T>(
  key: string,
  initial: T | (() => T)
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const fallback = typeof initial === "function" ? (initial as () => T)() : initial;
    return loadField(key, fallback);
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      saveField(key, next);
    },
    [key]
  );
  return [value, set];
}
