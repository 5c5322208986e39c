/**
 * The page shown instead of a blank pane when Office.js is missing (an intranet that blocks Microsoft's
 * CDN, the page opened in a plain browser) or loaded outside Office: what happened and what to do, in
 * Chinese and English. Plain DOM: React and Fluent are not needed to say this.
 */
export type NoOfficeReason = "missing" | "outside";

const TEXT: Record<NoOfficeReason, { zh: string[]; en: string[] }> = {
  missing: {
    zh: [
      "无法加载 Office 组件（Office.js），年报助手不能启动。",
      "如果是在 Excel 中打开的：所在网络可能拦截了 appsforoffice.microsoft.com。请联系网络管理员放行该地址，或换一个网络后重新打开加载项。",
      "如果是在浏览器中直接打开的：本页面需要在 Excel 中作为加载项打开。想先试用，请打开演示页 demo.html（不需要 Excel）。",
    ],
    en: [
      "Office.js could not be loaded, so the report assistant cannot start.",
      "Opened in Excel: your network may block appsforoffice.microsoft.com. Ask your network administrator to allow it, or try another network, then open the add-in again.",
      "Opened in a plain browser: this page runs as an add-in inside Excel. To try it without Excel, open the demo page, demo.html.",
    ],
  },
  outside: {
    zh: [
      "年报助手需要在 Excel 中打开。",
      "请在 Excel（Windows、Mac 或网页版）中通过“开始 › 加载项”打开；想先试用，请打开演示页 demo.html（不需要 Excel）。",
    ],
    en: [
      "The report assistant runs inside Excel.",
      "Open it in Excel (Windows, Mac or the web) from Home › Add-ins; to try it without Excel, open the demo page, demo.html.",
    ],
  },
};

export function renderNoOffice(container: HTMLElement, reason: NoOfficeReason): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const box = doc.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "font: 14px/1.6 system-ui, sans-serif; padding: 16px; max-width: 40em";
  for (const [lang, lines] of [
    ["zh-CN", TEXT[reason].zh],
    ["en", TEXT[reason].en],
  ] as const) {
    const section = doc.createElement("section");
    section.lang = lang;
    lines.forEach((line, i) => {
      const p = doc.createElement(i === 0 ? "h1" : "p");
      if (i === 0) p.style.fontSize = "16px";
      p.textContent = line;
      section.appendChild(p);
    });
    box.appendChild(section);
  }
  container.appendChild(box);
}

/** Why the pane cannot start here, or null when Office is there and ready to use. */
export function officeMissing(win: { Office?: unknown }): NoOfficeReason | null {
  const office = win.Office as { onReady?: unknown } | undefined;
  return office && typeof office.onReady === "function" ? null : "missing";
}
