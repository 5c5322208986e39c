/**
 * The report's text (six sections, agency, date, fee sub-form) kept in the workbook as a custom XML part
 * of its own (spec/excel-host.md §4.7): saved with the file, independent of the add-in id. Its XML and
 * why it has a namespace of its own: src/sheet/narrativePart.ts.
 *
 * Sync budget: readNarrative 1 sync (2 only when a race left several parts); writeNarrative 1 sync once
 * the part is known from a read or an earlier write, 2 otherwise (find it, then write).
 */
import {
  METADATA_NAMESPACE,
  NARRATIVE_NAMESPACE,
  narrativeXml,
  newestNarrative,
  parseNarrativeXml,
  reportInfoOf,
  type NarrativeRead,
  type StoredNarrative,
} from "../sheet";
import { supports } from "./host";
import { queueParts } from "./parts";

export {
  EMPTY_FEES,
  NARRATIVE_NAMESPACE,
  emptyNarrative,
  narrativeXml,
  parseNarrativeXml,
  type FeeInputs,
  type NarrativeRead,
  type ReportInfo,
  type StoredNarrative,
} from "../sheet";

/** ExcelApi 1.5 brought custom XML parts; Office 2016 volume licence stops at 1.1. */
export function narrativeStorageSupported(): boolean {
  return supports("ExcelApi", "1.5");
}

// ---- what this pane knows about the part, so that a save is one sync ----

/** The part's id (null: known to be absent), for the Excel namespace object it was learnt under. */
let known: { host: unknown; id: string | null } | null = null;

const currentHost = () => (globalThis as { Excel?: unknown }).Excel;

function knownId(): { id: string | null } | null {
  return known && known.host === currentHost() ? { id: known.id } : null;
}

function remember(id: string | null): void {
  known = { host: currentHost(), id };
}

function forget(): void {
  known = null;
}

/** The narrative and the report's metadata, in one read sync. */
export async function readNarrative(): Promise<NarrativeRead> {
  return Excel.run(async (context) => {
    const ours = queueParts(context, NARRATIVE_NAMESPACE);
    const meta = queueParts(context, METADATA_NAMESPACE);
    await context.sync();

    const report = reportInfoOf(meta().only?.xml);
    const { ids, only } = ours();
    if (ids.length === 0) {
      remember(null);
      return { narrative: null, report, problem: null };
    }
    if (ids.length === 1 && only) {
      remember(only.id);
      const parsed = parseNarrativeXml(only.xml);
      return {
        narrative: parsed.narrative,
        report,
        problem: parsed.narrative ? null : parsed.reason,
      };
    }
    // Several parts (two panes saving at once): read them all, keep the newest; the next save tidies up.
    forget();
    const texts = ids.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
    await context.sync();
    return {
      narrative: newestNarrative(texts.map((t) => t.value)),
      report,
      problem: `${ids.length} narrative parts`,
    };
  });
}

async function writeKnown(xml: string, id: string | null): Promise<void> {
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts;
    if (id !== null) {
      parts.getItem(id).setXml(xml);
      await context.sync();
      return;
    }
    const added = parts.add(xml);
    added.load("id");
    await context.sync();
    remember(added.id);
  });
}

async function writeFresh(xml: string): Promise<void> {
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts;
    const ours = parts.getByNamespace(NARRATIVE_NAMESPACE);
    ours.load("items/id");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded as items/id above
    const [first, ...extra] = ours.items;
    for (const p of extra) p.delete();
    if (first) {
      first.setXml(xml);
      await context.sync();
      remember(first.id);
      return;
    }
    const added = parts.add(xml);
    added.load("id");
    await context.sync();
    remember(added.id);
  });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Store the narrative (replacing what is there). Saves run one after another, so two quick saves never
 * both add a part. `savedAt` is set here.
 */
export function writeNarrative(n: StoredNarrative): Promise<void> {
  const run = async () => {
    const xml = narrativeXml({ ...n, savedAt: new Date().toISOString() });
    const k = knownId();
    if (k) {
      try {
        await writeKnown(xml, k.id);
        return;
      } catch {
        // The part went away (undo, another pane) or appeared meanwhile: look again.
        forget();
      }
    }
    await writeFresh(xml);
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
