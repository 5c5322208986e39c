/**
 * The pane's language. Every view keeps its own words in its `strings.ts`: a zh-CN and an en-US
 * dictionary of one type (so their keys must match), read with `useStrings`. The shell's words are in
 * `../strings.ts`, the same way.
 */
import { createContext, useContext, type ReactNode } from "react";

export type Lang = "zh" | "en";

/** One view's words in each language: zh-CN first, en-US with the same keys. */
export type Dictionaries<T> = Readonly<Record<Lang, T>>;

/** zh-CN unless Office says the UI language is English. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "zh";
}

const LangContext = createContext<Lang>("zh");

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A view's words in the pane's language. */
export function useStrings<T>(dictionaries: Dictionaries<T>): T {
  return dictionaries[useLang()];
}
