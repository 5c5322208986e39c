/** @jest-environment jsdom */
import { copyText, downloadFile, isMacHost } from "../../src/taskpane/views/export/download";

describe("downloadFile", () => {
  let created: Blob[];
  let revoked: string[];

  beforeEach(() => {
    jest.useFakeTimers();
    created = [];
    revoked = [];
    // jsdom has no object URLs.
    URL.createObjectURL = jest.fn((b: Blob) => {
      created.push(b);
      return `blob:test/${created.length}`;
    });
    URL.revokeObjectURL = jest.fn((u: string) => void revoked.push(u));
  });
  afterEach(() => jest.useRealTimers());

  test("clicks a temporary <a download> carrying the file name, then removes it", () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      // At click time the link is in the document, with the blob and the name.
      expect(document.body.contains(this)).toBe(true);
      clicked.push(this);
    });
    const name = downloadFile({
      data: new Uint8Array([80, 75, 3, 4]),
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: "某某局2024年政府信息公开工作年度报告.docx",
    });
    expect(name).toBe("某某局2024年政府信息公开工作年度报告.docx");
    expect(clicked).toHaveLength(1);
    const a = clicked[0];
    expect(a.getAttribute("download")).toBe("某某局2024年政府信息公开工作年度报告.docx");
    expect(a.getAttribute("href")).toBe("blob:test/1");
    expect(document.body.contains(a)).toBe(false);
    expect(created[0].type).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    expect(created[0].size).toBe(4);
    // The URL lives on long enough for the browser to read it, then is released.
    expect(revoked).toEqual([]);
    jest.advanceTimersByTime(60_000);
    expect(revoked).toEqual(["blob:test/1"]);
    click.mockRestore();
  });

  test("text files keep their bytes (the CSV's BOM included)", async () => {
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, "click")
      .mockImplementation(() => undefined);
    downloadFile({ data: "\uFEFF表,行\n", mime: "text/csv;charset=utf-8", fileName: "a.csv" });
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(created[0]);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    click.mockRestore();
  });
});

describe("isMacHost", () => {
  test.each([
    ["diagnostics say Mac", { context: { diagnostics: { platform: "Mac" } } }, true],
    [
      "context.platform is PlatformType.Mac",
      { context: { platform: "Mac" }, PlatformType: { Mac: "Mac" } },
      true,
    ],
    [
      "Windows",
      {
        context: { platform: "PC", diagnostics: { platform: "PC" } },
        PlatformType: { Mac: "Mac" },
      },
      false,
    ],
    ["Excel on the web", { context: { platform: "OfficeOnline" } }, false],
    ["no Office at all", undefined, false],
  ])("%s", (_name, office, expected) => {
    expect(isMacHost(office)).toBe(expected);
  });

  test("a host whose members throw (the demo host's loud proxies) is not Mac and does not crash", () => {
    const loud = new Proxy(
      {},
      {
        get: () => {
          throw new Error("not implemented");
        },
      }
    );
    expect(isMacHost(loud)).toBe(false);
    expect(isMacHost({ context: loud })).toBe(false);
  });
});

describe("copyText", () => {
  const nav = navigator as unknown as { clipboard?: unknown };
  let exec: jest.Mock;

  beforeEach(() => {
    exec = jest.fn(() => true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
  });
  afterEach(() => {
    delete nav.clipboard;
  });

  test("uses the async clipboard where it is allowed", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await expect(copyText("<div>报告</div>")).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith("<div>报告</div>");
    expect(exec).not.toHaveBeenCalled();
  });

  test("falls back to a selected textarea and execCommand when the clipboard is blocked (Excel on the web)", async () => {
    Object.defineProperty(navigator, "clipboard", {
      value: {
        writeText: jest.fn(async () =>
          Promise.reject(new DOMException("denied", "NotAllowedError"))
        ),
      },
      configurable: true,
    });
    let selected = "";
    exec.mockImplementation(() => {
      const area = document.querySelector("textarea");
      selected = area ? area.value.slice(area.selectionStart, area.selectionEnd) : "";
      return true;
    });
    await expect(copyText("<p>正文</p>")).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith("copy");
    expect(selected).toBe("<p>正文</p>");
    expect(document.querySelector("textarea")).toBeNull();
  });

  test("false when neither works", async () => {
    exec.mockReturnValue(false);
    await expect(copyText("x")).resolves.toBe(false);
  });
});
