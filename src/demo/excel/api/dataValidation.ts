/** Excel.DataValidation on a range. */
import { ModelError } from "../model/errors";
import { rangeFormula } from "../model/names";
import {
  checkRuleShape,
  TYPE_OF_KIND,
  type ErrorAlert,
  type Prompt,
  type Validation,
} from "../model/validation";
import {
  ChildObject,
  defineType,
  enqueueWith,
  isClientObject,
  modelOf,
  wbOf,
  type ClientObject,
} from "./clientObject";
import type { RangeRef } from "./rangeRef";

const ALERT_STYLES = ["Stop", "Warning", "Information"];

/** The range's common validation: a value, undefined when it has none, or "mixed". */
function common(self: ClientObject, m: RangeRef): Validation | undefined | "mixed" {
  const all = wbOf(self).rules.validationsIn(m.sheet, m.rect);
  const first = all[0];
  return all.every((v) => v === first) ? first : "mixed";
}

function objectArg(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null)
    throw new ModelError("InvalidArgument", `Invalid ${what}`);
  return v as Record<string, unknown>;
}

export class DataValidation extends ChildObject {
  clear(): void {
    enqueueWith<RangeRef>(this, "DataValidation.clear", (m) =>
      wbOf(this).rules.clearValidation(m.sheet, m.rect)
    );
  }
}

defineType(DataValidation, {
  type: "DataValidation",
  scalars: {
    type: {
      get: (m: RangeRef, self) => {
        const v = common(self, m);
        if (v === "mixed") return "Inconsistent";
        const kind = v?.rule && Object.keys(v.rule)[0];
        return kind ? TYPE_OF_KIND[kind] : "None";
      },
    },
    rule: {
      get: (m: RangeRef, self) => {
        const v = common(self, m);
        return v === "mixed" ? null : (v?.rule ?? {});
      },
      set: (m: RangeRef, value, self) => {
        // A list source may be a Range; Excel stores it as an absolute reference.
        const raw = objectArg(value, "rule");
        const list = raw.list as Record<string, unknown> | undefined;
        let rule = raw;
        if (list && isClientObject(list.source)) {
          const src = modelOf<RangeRef>(list.source);
          if (!src) throw new ModelError("InvalidArgument", "The list source range does not exist");
          rule = { list: { ...list, source: rangeFormula(src.sheet.name, src.rect) } };
        }
        const checked = checkRuleShape(rule);
        // Excel on the web refuses a rule over a different existing one, and the batch is not
        // rolled back (office-js #2594): see ../profiles.ts.
        const wb = wbOf(self);
        if (wb.profile.validationOverValidationThrows) {
          const want = JSON.stringify(checked);
          const clash = wb.rules
            .validationsIn(m.sheet, m.rect)
            .some((v) => v?.rule && JSON.stringify(v.rule) !== want);
          if (clash)
            throw new ModelError(
              "InvalidArgument",
              "The argument is invalid or missing or has an incorrect format."
            );
        }
        wb.rules.updateValidation(m.sheet, m.rect, (v) => (v.rule = checked));
      },
    },
    errorAlert: {
      get: (m: RangeRef, self) => {
        const v = common(self, m);
        return v === "mixed"
          ? null
          : (v?.errorAlert ?? { title: "", message: "", style: "Stop", showAlert: true });
      },
      set: (m: RangeRef, value, self) => {
        const a = objectArg(value, "errorAlert") as Partial<ErrorAlert>;
        if (a.style !== undefined && !ALERT_STYLES.includes(a.style))
          throw new ModelError("InvalidArgument", `Invalid alert style ${a.style}`);
        wbOf(self).rules.updateValidation(
          m.sheet,
          m.rect,
          (v) => (v.errorAlert = { ...v.errorAlert, ...a })
        );
      },
    },
    prompt: {
      get: (m: RangeRef, self) => {
        const v = common(self, m);
        return v === "mixed" ? null : (v?.prompt ?? { title: "", message: "", showPrompt: false });
      },
      set: (m: RangeRef, value, self) => {
        const p = objectArg(value, "prompt") as Partial<Prompt>;
        wbOf(self).rules.updateValidation(
          m.sheet,
          m.rect,
          (v) => (v.prompt = { ...v.prompt, ...p })
        );
      },
    },
    ignoreBlanks: {
      get: (m: RangeRef, self) => {
        const v = common(self, m);
        return v === "mixed" ? null : (v?.ignoreBlanks ?? true);
      },
      set: (m: RangeRef, value, self) => {
        if (typeof value !== "boolean")
          throw new ModelError("InvalidArgument", "ignoreBlanks must be true or false");
        wbOf(self).rules.updateValidation(m.sheet, m.rect, (v) => (v.ignoreBlanks = value));
      },
    },
    valid: { get: (m: RangeRef, self) => wbOf(self).rules.isValid(m.sheet, m.rect) },
  },
});
