/** Whether text is still the start of one of some labels: a wrapped label put back together line by line. */
import { printed } from "../labels/match";
import { ratio } from "../labels/similarity";

/** True when all but one character of the text begin one of the labels (normal forms). */
export function startsLabel(text: string, labels: readonly string[]): boolean {
  const t = printed(text).norm;
  return labels.some((l) => {
    const head = l.slice(0, t.length + 1);
    return (ratio(t, head) * (t.length + head.length)) / 2 >= t.length - 1;
  });
}

/** True when the text is one of the labels exactly (normal forms). */
export function isLabel(text: string, labels: readonly string[]): boolean {
  return labels.includes(printed(text).norm);
}
