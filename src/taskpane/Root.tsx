/** Providers around the pane: Fluent theme and language. */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { I18nProvider, type Lang } from "./i18n";
import { App, type PaneView } from "./App";

export function Root({ theme, lang, views }: { theme: Theme; lang: Lang; views?: PaneView[] }) {
  return (
    <FluentProvider theme={theme} lang={lang === "zh" ? "zh-CN" : "en-US"}>
      <I18nProvider lang={lang}>
        <App views={views} />
      </I18nProvider>
    </FluentProvider>
  );
}
