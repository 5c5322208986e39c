/** The 正文 view's state reducer, event by event: each case a state before, an event, the state after. */
import type { StoredNarrative } from "../../src/excel";
import {
  initialState,
  narrativeReducer,
  type NarrativeEvent,
  type NarrativeState,
  type RestoreOffer,
} from "../../src/taskpane/views/narrative/state";

const doc = (agency: string): StoredNarrative => ({
  agency,
  date: "",
  sections: {},
  fees: { notices: "", billed: "", collected: "" },
});

const at = new Date(2025, 0, 20, 9, 30);
const earlier = new Date(2025, 0, 19, 17, 0);
const offer: RestoreOffer = {
  kind: "other",
  editedAt: "2025-01-19T09:00:00.000Z",
  backup: { id: "wb-2", doc: doc("乙局"), editedAt: "2025-01-19T09:00:00.000Z", written: false },
};

const loading = initialState(doc(""), "2021");
const ready: NarrativeState = {
  ...loading,
  phase: "ready",
  doc: doc("甲局"),
  year: 2024,
  save: { state: "saved", savedAt: earlier, error: null },
};
const localOnly: NarrativeState = { ...loading, phase: "localOnly" };
const readFailed: NarrativeState = { ...loading, phase: "readFailed", readError: "RichApi.Error" };

const cases: [string, NarrativeState, NarrativeEvent, Partial<NarrativeState>][] = [
  [
    "initial state",
    loading,
    { type: "offerClosed" },
    { phase: "loading", year: null, restore: null },
  ],
  [
    "reload goes back to loading, text kept",
    ready,
    { type: "reload" },
    { phase: "loading", doc: doc("甲局") },
  ],
  [
    "no storage on the host: local only",
    loading,
    { type: "localOnly", doc: doc("本机") },
    { phase: "localOnly", doc: doc("本机") },
  ],
  [
    "a failed read keeps its message",
    loading,
    { type: "readFailed", error: "断开" },
    { phase: "readFailed", readError: "断开" },
  ],
  [
    "a read sets text, metadata and a clean save state",
    readFailed,
    {
      type: "read",
      doc: doc("甲局"),
      edition: "2019",
      year: 2020,
      problem: "旧格式",
      savedAt: earlier,
    },
    {
      phase: "ready",
      doc: doc("甲局"),
      edition: "2019",
      year: 2020,
      problem: "旧格式",
      readError: null,
      save: { state: "idle", savedAt: earlier, error: null },
    },
  ],
  [
    "metadata without text keeps the text",
    ready,
    { type: "metadata", edition: "2019", year: 2020 },
    { edition: "2019", year: 2020, doc: doc("甲局") },
  ],
  [
    "metadata with text (untouched view) takes the text",
    ready,
    { type: "metadata", edition: "2021", year: 2025, doc: doc("新局") },
    { year: 2025, doc: doc("新局") },
  ],
  [
    "an edit once read is pending",
    ready,
    { type: "edited", doc: doc("改") },
    { doc: doc("改"), save: { state: "pending", savedAt: earlier, error: null } },
  ],
  [
    "an edit kept on this computer only is never pending",
    localOnly,
    { type: "edited", doc: doc("改") },
    { doc: doc("改"), save: { state: "idle", savedAt: null, error: null } },
  ],
  [
    "an edit before the read is not pending (nothing is written before the read)",
    loading,
    { type: "edited", doc: doc("改") },
    { doc: doc("改"), save: { state: "idle", savedAt: null, error: null } },
  ],
  [
    "saving",
    ready,
    { type: "saving" },
    { save: { state: "saving", savedAt: earlier, error: null } },
  ],
  [
    "saved, no edit meanwhile",
    { ...ready, save: { state: "failed", savedAt: earlier, error: "x" } },
    { type: "saved", at, current: true },
    { save: { state: "saved", savedAt: at, error: null } },
  ],
  [
    "saved, but edited meanwhile: still pending",
    { ...ready, save: { state: "saving", savedAt: earlier, error: null } },
    { type: "saved", at, current: false },
    { save: { state: "pending", savedAt: earlier, error: null } },
  ],
  [
    "a failed save keeps the last saved time",
    ready,
    { type: "saveFailed", error: "只读" },
    { save: { state: "failed", savedAt: earlier, error: "只读" } },
  ],
  ["a backup offered", ready, { type: "offer", restore: offer }, { restore: offer }],
  ["the offer closed", { ...ready, restore: offer }, { type: "offerClosed" }, { restore: null }],
];

test.each(cases)("%s", (_, before, event, expected) => {
  const after = narrativeReducer(before, event);
  expect(after).toMatchObject(expected);
  // Pure: the state before is untouched.
  expect(after).not.toBe(before);
});

test("fields an event does not name are kept", () => {
  const before: NarrativeState = { ...ready, problem: "旧格式", restore: offer };
  const after = narrativeReducer(before, { type: "saving" });
  expect({ ...after, save: before.save }).toEqual(before);
});
