/** A finding's cell in words for the list: “表三 · （七）总计 · 自然人 · D27”. */
import type { CellLocation } from "../../excel";
import type { CellRef } from "../../report";
import { TABLE_NAMES } from "../../report/editions/names";
import type { Lang } from "../i18n";

export function placeOf(ref: CellRef, location: CellLocation | null, lang: Lang): string {
  const parts = [
    TABLE_NAMES[ref.table][lang],
    [ref.group, ref.row].filter(Boolean).join(" "),
    ref.column,
    location?.cell,
  ];
  return parts.filter(Boolean).join(" · ");
}

export function showNumber(v: number | string | undefined): string {
  return v === undefined ? "" : String(v);
}
