/** selectCell: show the user a cell (activating its sheet). One sync. */

/** "'2024年报'!D27" → sheet and cell; a bare "D27" is on the active sheet. */
export function splitAddress(address: string): { sheet: string | null; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cell: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1) };
}

export async function selectCell(address: string): Promise<void> {
  const { sheet, cell } = splitAddress(address);
  await Excel.run(async (context) => {
    const ws =
      sheet === null
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
