/**
 * Getting a file out of the task pane (spec/excel-host.md §5, spec/export.md §3.5). Excel on the web and
 * on Windows (WebView2) take a blob `<a download>` click; the Mac webview (WKWebView) silently ignores it,
 * so the pane must say so and offer what works there instead (a print sheet, the clipboard).
 */

export interface DownloadableFile {
  data: Uint8Array | string;
  mime: string;
  fileName: string;
}

interface OfficeLike {
  context?: { platform?: unknown; diagnostics?: { platform?: unknown } };
  PlatformType?: { Mac?: unknown };
}

/** True in Excel for Mac, where the pane cannot download. Never throws (no Office, partial hosts). */
export function isMacHost(office: unknown = (globalThis as { Office?: unknown }).Office): boolean {
  const o = office as OfficeLike | undefined;
  if (!o) return false;
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  const mac = read(() => o.PlatformType?.Mac) ?? "Mac";
  return (
    read(() => o.context?.diagnostics?.platform) === "Mac" ||
    read(() => o.context?.platform) === mac
  );
}

/** How long the blob URL stays alive after the click (the browser reads it asynchronously). */
const REVOKE_AFTER_MS = 60_000;

/**
 * Start a download of `file` with a temporary `<a download>` link. Returns the file name; the caller
 * shows it, because in WebView2 the only other sign is a small bar inside the pane.
 */
export function downloadFile(file: DownloadableFile, doc: Document = document): string {
  const parts: BlobPart[] = [
    typeof file.data === "string" ? file.data : (file.data as Uint8Array<ArrayBuffer>),
  ];
  const blob = new Blob(parts, { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = file.fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return file.fileName;
}

/**
 * Put text on the clipboard. navigator.clipboard works in the desktop webviews but is blocked by the
 * iframe permissions policy in Excel on the web (office-js#2513); there a selected textarea and
 * execCommand("copy") still work. Resolves false when neither did.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    const clip = (globalThis.navigator as Navigator | undefined)?.clipboard;
    if (clip?.writeText) {
      await clip.writeText(text);
      return true;
    }
  } catch {
    // Permission denied: fall through to the old way.
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-9999px";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  const active = doc.activeElement as HTMLElement | null;
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return typeof doc.execCommand === "function" ? doc.execCommand("copy") : false;
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.();
  }
}
