/**
 * Entry of demo.html. The host is exposed at once, so the pane iframe finds
 * window.parent.__demoHost however this script is loaded; the grid is drawn when the container
 * exists. If the pane already ran without the host (this script loaded after it), it is reloaded.
 */
import { createExcelHost, exposeHost, languageFromUrl, mountDemo, profileFromUrl } from "./index";

const profile = profileFromUrl(window);
const host = createExcelHost({
  displayLanguage: languageFromUrl(window) ?? "zh-CN",
  ...(profile ? { profile } : {}),
});
// Which host the page behaves as, for people and for the browser tests.
document.documentElement.dataset.hostProfile = host.profile.name;
if (profile) document.title += ` · ${host.profile.label}`;
exposeHost(host);

function reloadPaneIfItMissedTheHost(): void {
  const pane = document.getElementById("pane") as HTMLIFrameElement | null;
  const w = pane?.contentWindow as (Window & { Excel?: unknown }) | null | undefined;
  try {
    if (w && w.location.href !== "about:blank" && w.Excel !== host.Excel) w.location.reload();
  } catch {
    // A pane from another origin can't use the demo host anyway.
  }
}

function mount(): void {
  const container = document.getElementById("workbook");
  if (!container) throw new Error('demo.html needs <div id="workbook">');
  mountDemo(container, { host });
}

reloadPaneIfItMissedTheHost();
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
else mount();
