/** selectCell: show the user a cell (activating its sheet). One sync. */

import { splitAddress } from "../sheet";

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
