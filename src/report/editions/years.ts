/** Which edition a report year calls for. Kept apart from the declarations so the pane's first view can use it alone. */
import type { EditionId } from "../types";

/** Report year → edition: ≤ 2020 the 2019 trial edition, from 2021 the 2021 edition (format.md §1). */
export function editionForYear(year: number): EditionId {
  return year <= 2020 ? "2019" : "2021";
}
