/** Bundle entry: render the pane into #container once Office is ready. */
import { createRoot } from "react-dom/client";
import { Root } from "./components/Root";
import { languageOf } from "./i18n";
import { themeOf } from "./theme";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const context = Office.context as Partial<typeof Office.context> | undefined;
  const lang = languageOf(context?.displayLanguage);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
  createRoot(container).render(<Root theme={themeOf(context?.officeTheme)} lang={lang} />);
});
