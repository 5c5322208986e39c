/** The demo Excel host installed as the globals src/excel uses, plus shortcuts for acting as the user. */
import {
  createExcelHost,
  parseAddress,
  type ExcelHost,
  type ExcelHostOptions,
} from "../../src/demo/excel";
import type { SheetModel } from "../../src/demo/excel";
import { MAX_COLS } from "../../src/demo/excel/model/address";
import { layoutOf, tableAddress, type SheetLayout } from "../../src/sheet";
import type { EditionId } from "../../src/report";

export interface Harness {
  host: ExcelHost;
  sheet(name?: string): SheetModel;
  /** Type into a cell as a user does (data validation applies). */
  type(address: string, text: string, sheet?: string): void;
  /** Paste values (no validation, like Ctrl+V). */
  paste(address: string, values: unknown[][], sheet?: string): void;
  /** Computed value of a cell, as Range.values gives it ("" for empty). */
  value(address: string, sheet?: string): unknown;
  formula(address: string, sheet?: string): unknown;
  fill(address: string, sheet?: string): string | null;
  /** Fill a conditional format currently gives the cell (undefined when none applies). */
  cfFill(address: string, sheet?: string): string | undefined;
  /** Syncs since the last call. */
  syncs(): number;
}

export function harness(options: ExcelHostOptions = {}): Harness & { uninstall: () => void } {
  const host = createExcelHost(options);
  const uninstall = host.install();
  const wb = host.workbook;
  const sheet = (name?: string) => (name ? wb.sheet(name) : wb.activeSheet);
  const at = (address: string) => {
    const p = parseAddress(address);
    if (!p) throw new Error(`bad address ${address}`);
    return p.rect;
  };
  return {
    host,
    uninstall,
    sheet,
    type(address, text, name) {
      const r = at(address);
      const res = wb.user.enter(sheet(name), r.r0, r.c0, text);
      if (!res.ok) throw new Error(`typing ${text} into ${address} was refused: ${res.reason}`);
    },
    paste(address, values, name) {
      wb.user.paste(sheet(name), at(address), values);
    },
    value(address, name) {
      return wb.cells.values(sheet(name), at(address))[0][0]; // as Range.values: "" for empty
    },
    formula(address, name) {
      const r = at(address);
      return wb.cells.formulas(sheet(name), r)[0][0];
    },
    fill(address, name) {
      const r = at(address);
      return sheet(name).format(r.r0, r.c0).fill;
    },
    cfFill(address, name) {
      const r = at(address);
      return wb.rules.cfStyles(sheet(name)).get(r.r0 * MAX_COLS + r.c0)?.fill;
    },
    syncs() {
      const n = host.syncCount;
      host.resetSyncCount();
      return n;
    },
  };
}

/** Where a cell lands for a block inserted at `origin` (default A1). */
export function addressIn(edition: EditionId, key: string, origin = { row: 0, col: 0 }): string {
  const layout: SheetLayout = layoutOf({ edition }, origin);
  const c = layout.byKey[key];
  if (!c) throw new Error(`no cell ${key}`);
  return c.address;
}

export { tableAddress };
