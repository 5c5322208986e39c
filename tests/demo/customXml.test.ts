/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these tests exercise the emulator's load/sync rules on purpose, with syncs the lint rules cannot follow. */
import { createExcelHost } from "../../src/demo/excel";

const NS = "urn:gov-info-annual-report:meta";

describe("custom XML parts", () => {
  test("add, find by namespace, read, replace and delete", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const parts = ctx.workbook.customXmlParts;
      const added = parts.add(
        `<?xml version="1.0"?><report xmlns="${NS}"><year>2024</year></report>`
      );
      parts.add("<other/>");
      added.load("id, namespaceUri");
      await ctx.sync();
      expect(added.id).toMatch(/^\{[0-9A-F-]+\}$/);
      expect(added.namespaceUri).toBe(NS);

      const found = parts.getByNamespace(NS).getOnlyItemOrNullObject();
      const none = parts.getByNamespace("urn:none").getOnlyItemOrNullObject();
      const count = parts.getCount();
      await ctx.sync();
      expect(found.isNullObject).toBe(false);
      expect(none.isNullObject).toBe(true);
      expect(count.value).toBe(2);

      const xml = found.getXml();
      await ctx.sync();
      expect(xml.value).toContain("<year>2024</year>");

      found.setXml(`<r:report xmlns:r="${NS}"><r:year>2025</r:year></r:report>`);
      const again = parts.getByNamespace(NS).getOnlyItem().getXml();
      await ctx.sync();
      expect(again.value).toContain("2025");

      parts.getItem(added.id).delete();
      const after = parts.getByNamespace(NS).getCount();
      await ctx.sync();
      expect(after.value).toBe(0);
    });
  });

  test("getOnlyItem throws when the namespace holds more than one part; bad XML is refused", async () => {
    const host = createExcelHost();
    await host.Excel.run(async (ctx) => {
      const parts = ctx.workbook.customXmlParts;
      parts.add(`<a xmlns="${NS}"/>`);
      parts.add(`<b xmlns="${NS}"/>`);
      const many = parts.getByNamespace(NS).getOnlyItemOrNullObject();
      await ctx.sync();
      expect(many.isNullObject).toBe(true);
      parts.getByNamespace(NS).getOnlyItem().load("id");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      parts.add("not xml");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

test("getXml on a null part gives null after sync", async () => {
  const host = createExcelHost();
  await host.Excel.run(async (ctx) => {
    const part = ctx.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
    const xml = part.getXml();
    await ctx.sync();
    expect(part.isNullObject).toBe(true);
    expect(xml.value).toBeNull();
  });
});
