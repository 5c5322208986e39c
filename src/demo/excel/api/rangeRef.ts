/** What a Range proxy resolves to: kept apart from range.ts so the objects a Range owns can use it. */
import type { Rect } from "../model/address";
import type { SheetModel } from "../model/sheet";

/** `deleted` lets a proxy notice its sheet is gone. */
export class RangeRef {
  constructor(
    readonly sheet: SheetModel,
    readonly rect: Rect
  ) {}

  get deleted(): boolean {
    return this.sheet.deleted;
  }
}
