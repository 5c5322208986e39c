/** jsdom gaps Fluent UI v9 needs (microsoft/fluentui#30077, #31591), and a clean localStorage per test. */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// findBy*/waitFor: the default 1 s is too short for Fluent's dialogs on a loaded machine; CI's
// two cores once took over 5 s to show a dialog. This is a ceiling for waiting, not a timing check.
// (Dialogs are queried with { hidden: true }: in jsdom, tabster's modalizer soon marks the open
// DialogSurface itself aria-hidden, as it cannot measure layout; browsers do not.)
configure({ asyncUtilTimeout: 20000 });

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const g = globalThis as unknown as Record<string, unknown>;
g.ResizeObserver ??= ResizeObserverStub;
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

beforeEach(() => {
  try {
    localStorage.clear();
  } catch {
    /* no storage */
  }
});

// Rendering Fluent in jsdom is slow on a busy machine; a timed-out test keeps running and spoils the next.
jest.setTimeout(60000);
