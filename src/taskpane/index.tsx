/**
 * Bundle entry: render the pane into #container once Office is ready. Where Office.js did not load,
 * or loaded outside Office (a plain browser), a bilingual page says what to do instead.
 */
import { createRoot } from "react-dom/client";
import { Root } from "./Root";
import { languageOf } from "./i18n";
import { officeMissing, renderNoOffice } from "./noOffice";
import { themeOf } from "./theme";

const container = document.getElementById("container");
if (container && officeMissing(window as { Office?: unknown })) {
  renderNoOffice(container, "missing");
} else {
  void Office.onReady((info) => {
    if (!container) return;
    if (info && info.host === null) {
      renderNoOffice(container, "outside");
      return;
    }
    const context = Office.context as Partial<typeof Office.context> | undefined;
    const lang = languageOf(context?.displayLanguage);
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
    createRoot(container).render(<Root theme={themeOf(context?.officeTheme)} lang={lang} />);
  });
}
