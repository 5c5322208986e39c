import { cellsOf, checkReport } from "../../src/report";
import { zeroReport } from "../support/reports";

test("cell counts per edition match format.md §6", () => {
  const count = (ed: "2019" | "2021", t: number) =>
    cellsOf({ edition: ed }).filter((c) => c.table === t).length;
  expect([count("2019", 2), count("2019", 3), count("2019", 4)]).toEqual([22, 161, 15]);
  expect([count("2021", 2), count("2021", 3), count("2021", 4)]).toEqual([10, 175, 15]);
});

test("an all-zero report has no findings", () => {
  expect(checkReport(zeroReport(2024))).toEqual([]);
  expect(checkReport(zeroReport(2020))).toEqual([]);
});
