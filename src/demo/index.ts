/**
 * The demo host: an in-memory Excel workbook on the page, with `window.__demoHost = { Office,
 * Excel, OfficeExtension }` for the real task pane in the neighbouring iframe to use.
 */
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "./excel/host";
import { isProfileName, type HostProfileName } from "./excel/profiles";
import { WorkbookView } from "./ui/workbookView";

export { createExcelHost, type ExcelHost, type ExcelHostOptions } from "./excel/host";

export interface DemoHost {
  readonly host: ExcelHost;
  readonly view: WorkbookView;
  destroy(): void;
}

export type ExposedHost = Pick<ExcelHost, "Excel" | "Office" | "OfficeExtension">;

declare global {
  interface Window {
    __demoHost?: ExposedHost;
  }
}

/** `?lang=en-US` on the page URL sets Office.context.displayLanguage (default zh-CN). */
export function languageFromUrl(win: Window): string | undefined {
  try {
    return new URL(win.location.href).searchParams.get("lang") ?? undefined;
  } catch {
    return undefined;
  }
}

/** `?host=web|windows|office2019|mac` on the page URL: behave as that host (src/demo/excel/profiles.ts). */
export function profileFromUrl(win: Window): HostProfileName | undefined {
  try {
    const p = new URL(win.location.href).searchParams.get("host");
    return isProfileName(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Publishes the host for the pane iframe, and tells anyone waiting with a "demohostready" event. */
export function exposeHost(host: ExcelHost, win: Window = window): void {
  win.__demoHost = {
    Office: host.Office,
    Excel: host.Excel,
    OfficeExtension: host.OfficeExtension,
  };
  // The window's own Event constructor, so the event belongs to that window's realm.
  const EventCtor = (win as unknown as { Event: typeof Event }).Event;
  win.dispatchEvent(new EventCtor("demohostready"));
}

/**
 * Renders the workbook into `container` and exposes the host. Pass `host` to mount one created
 * (and exposed) earlier; otherwise one is created from `options`.
 */
export function mountDemo(
  container: HTMLElement,
  options: ExcelHostOptions & { host?: ExcelHost } = {}
): DemoHost {
  const win = container.ownerDocument.defaultView ?? window;
  const displayLanguage = options.displayLanguage ?? languageFromUrl(win) ?? "zh-CN";
  const host = options.host ?? createExcelHost({ ...options, displayLanguage });
  const view = new WorkbookView(host.workbook, container, host.Office.context.displayLanguage);
  if (win.__demoHost?.Excel !== host.Excel) exposeHost(host, win);
  return {
    host,
    view,
    destroy() {
      view.destroy();
      if (win.__demoHost?.Excel === host.Excel) delete win.__demoHost;
    },
  };
}
