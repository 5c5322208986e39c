/** @jest-environment jsdom */
/** taskpane.html where Office.js cannot load or runs outside Office: a bilingual page, never a blank one. */
import { officeMissing, renderNoOffice } from "../../src/taskpane/noOffice";

test("Office.js missing: the reason is found and both languages say what to do", () => {
  expect(officeMissing({})).toBe("missing");
  expect(officeMissing({ Office: { onReady: () => undefined } })).toBeNull();
  const container = document.createElement("main");
  renderNoOffice(container, "missing");
  expect(container.querySelector("[role=alert]")).not.toBeNull();
  expect(container.textContent).toContain("appsforoffice.microsoft.com");
  expect(container.querySelector("section[lang=zh-CN]")?.textContent).toContain("网络管理员");
  expect(container.querySelector("section[lang=en]")?.textContent).toContain(
    "network administrator"
  );
});

test("outside Office: asks to open it in Excel", () => {
  const container = document.createElement("main");
  renderNoOffice(container, "outside");
  expect(container.textContent).toContain("需要在 Excel 中打开");
  expect(container.textContent).toContain("runs inside Excel");
});

test("the bundle entry shows the page when there is no Office global", async () => {
  document.body.innerHTML = '<main id="container"></main>';
  delete (globalThis as { Office?: unknown }).Office;
  jest.isolateModules(() => {
    require("../../src/taskpane/index");
  });
  expect(document.getElementById("container")!.textContent).toContain("Office.js");
});
