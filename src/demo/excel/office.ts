/** The part of the Office namespace the pane uses: onReady, context (language, theme, requirements). */
import { loud } from "./api/clientObject";

export interface OfficeOptions {
  /** Office.context.displayLanguage; default "zh-CN". */
  displayLanguage?: string;
  /** Office.context.platform; default "OfficeOnline". */
  platform?: string;
  /** Highest ExcelApi requirement set reported as supported; default "1.12". */
  maxExcelApi?: string;
}

export const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

function version(v: string): number[] {
  return v.split(".").map((x) => Number(x) || 0);
}

/** a ≤ b for dotted versions ("1.8" ≤ "1.12"). */
function atMost(a: string, b: string): boolean {
  const x = version(a);
  const y = version(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return true;
}

export function makeOffice(opts: OfficeOptions = {}) {
  const platform = opts.platform ?? PlatformType.OfficeOnline;
  const info = { host: HostType.Excel, platform };
  const maxExcelApi = opts.maxExcelApi ?? "1.12";
  let initialize: ((reason: string) => void) | undefined;

  const requirements = loud(
    {
      /** Only the ExcelApi sets are reported; anything else is unsupported in the demo. */
      isSetSupported(name: string, minVersion?: string | number): boolean {
        if (name.toLowerCase() !== "excelapi") return false;
        return atMost(minVersion === undefined ? "1.1" : String(minVersion), maxExcelApi);
      },
    },
    "Office.context.requirements"
  );

  const context = loud(
    {
      displayLanguage: opts.displayLanguage ?? "zh-CN",
      contentLanguage: opts.displayLanguage ?? "zh-CN",
      platform,
      host: HostType.Excel,
      officeTheme: loud(
        {
          bodyBackgroundColor: "#FFFFFF",
          bodyForegroundColor: "#000000",
          controlBackgroundColor: "#FFFFFF",
          controlForegroundColor: "#000000",
          isDarkTheme: false,
        },
        "Office.context.officeTheme"
      ),
      requirements,
      diagnostics: { host: HostType.Excel, platform, version: "16.0.0.0" },
    },
    "Office.context"
  );

  const office = {
    HostType,
    PlatformType,
    context,
    onReady(callback?: (i: typeof info) => unknown): Promise<typeof info> {
      const p = Promise.resolve(info);
      if (callback) void p.then(callback);
      return p;
    },
    get initialize() {
      return initialize;
    },
    /** Like office.js, a handler assigned to Office.initialize is called once the host is ready. */
    set initialize(fn: ((reason: string) => void) | undefined) {
      initialize = fn;
      if (fn) void Promise.resolve().then(() => fn("inserted"));
    },
  };
  return loud(office, "Office");
}

export type DemoOffice = ReturnType<typeof makeOffice>;
