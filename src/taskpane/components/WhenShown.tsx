/**
 * Renders its children once the tab panel around it is first shown, and keeps them from then on. The
 * shell already renders a `deferred` view only then; this is for a view that must wait by itself when
 * mounted in a hidden panel without that flag (the 正文 view: tests/taskpane/narrative.test.tsx).
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

export function WhenShown({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (shown || !el) return;
    const hiddenAncestor = el.parentElement?.closest("[hidden]");
    if (!hiddenAncestor) {
      setShown(true);
      return;
    }
    const observer = new MutationObserver(() => {
      const still = el.parentElement?.closest("[hidden]");
      if (!still) setShown(true);
      // Shown by one panel but still inside another hidden one: wait for that one too.
      else observer.observe(still, { attributes: true, attributeFilter: ["hidden"] });
    });
    observer.observe(hiddenAncestor, { attributes: true, attributeFilter: ["hidden"] });
    return () => observer.disconnect();
  }, [shown]);

  return <div ref={ref}>{shown ? children : null}</div>;
}
