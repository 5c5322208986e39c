/** The pane's language: a typed dictionary per language and a context to read it. */
import { createContext, useContext, type ReactNode } from "react";
import { enUS } from "./en-US";
import type { Lang, Strings } from "./types";
import { zhCN } from "./zh-CN";

export type { Lang, Strings } from "./types";

export const DICTIONARIES: Record<Lang, Strings> = { zh: zhCN, en: enUS };

/** zh-CN unless Office says the UI language is English. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "zh";
}

interface I18n {
  lang: Lang;
  t: Strings;
}

const I18nContext = createContext<I18n>({ lang: "zh", t: zhCN });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <I18nContext.Provider value={{ lang, t: DICTIONARIES[lang] }}>{children}</I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
