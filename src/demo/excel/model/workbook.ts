/**
 * The in-memory workbook: its core (workbookCore.ts: state, sheets, notifications) with the
 * operations on it, one object per kind. The API proxies (../api), the on-page grid (../../ui)
 * and tests all drive this one object. Pure: no DOM, no Office.
 */
import { CellOps } from "./cells";
import { FormatOps } from "./formatOps";
import { NameOps } from "./names";
import { RuleOps } from "./rules";
import { RowOps } from "./structure";
import { UserActions } from "./user";
import { WorkbookCore } from "./workbookCore";

export class Workbook extends WorkbookCore {
  /** Formats, column widths, row heights and merges. */
  readonly formats = new FormatOps(this);
  /** Conditional formats and data validation. */
  readonly rules = new RuleOps(this);
  /** Cell contents: values, formulas, texts, number formats, clearing. */
  readonly cells = new CellOps(this, this.formats, this.rules);
  /** Defined names (the entries themselves are `names`). */
  readonly definedNames = new NameOps(this);
  /** Inserting and deleting entire rows. */
  readonly rows = new RowOps(this);
  /** Typing, pasting and Ctrl+Z, as the user does them; each edit is undoable. */
  readonly user = new UserActions(this, this.cells);
}
