/**
 * writeValues: put numbers into cells the pane has already asked the user about (a LOC-01 fix, blanks
 * filled with 0). One sync. The pane checks again afterwards.
 */
import { runWrite } from "./host";
import { splitAddress } from "../sheet";

export interface CellWrite {
  /** Sheet-qualified address, as in CellLocation.address. */
  address: string;
  value: number;
}

export async function writeValues(cells: CellWrite[]): Promise<void> {
  if (cells.length === 0) return;
  await runWrite(async (context) => {
    const sheets = context.workbook.worksheets;
    for (const c of cells) {
      const { sheet, cell } = splitAddress(c.address);
      const ws = sheet === null ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
      ws.getRange(cell).values = [[c.value]];
    }
    await context.sync();
  });
}
