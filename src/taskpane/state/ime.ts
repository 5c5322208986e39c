/**
 * Enter pressed while an IME is composing (pinyin, wubi, kana) confirms the candidate; it must never
 * submit. Browsers flag it with isComposing; older WebKit/WebView2 builds only send keyCode 229.
 */
import type { KeyboardEvent } from "react";

export function isComposing(event: KeyboardEvent): boolean {
  const native = event.nativeEvent as globalThis.KeyboardEvent | undefined;
  return Boolean(native?.isComposing) || event.keyCode === 229 || native?.keyCode === 229;
}

/** An Enter that means "do it": not composing, no modifier that changes its meaning. */
export function isSubmitEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && !event.shiftKey && !event.altKey && !isComposing(event);
}
