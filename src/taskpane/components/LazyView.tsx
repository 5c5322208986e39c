/**
 * Views whose code is split off the pane's first download: fetched when their tab is first shown, with a
 * small spinner meanwhile, and a message (not a blank pane) when the fetch fails.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { useStrings } from "../i18n";
import { SHELL_STRINGS } from "../strings";
import { errorText } from "../errorText";

function Loading() {
  const t = useStrings(SHELL_STRINGS);
  return <Spinner size="small" label={t.loadingView} />;
}

/** webpack's error for a chunk that could not be fetched. */
function isLoadError(e: unknown): boolean {
  return (
    e instanceof Error && (e.name === "ChunkLoadError" || /Loading chunk .* failed/.test(e.message))
  );
}

function Failed({ error }: { error: unknown }) {
  const t = useStrings(SHELL_STRINGS);
  const text = isLoadError(error) ? t.viewLoadFailed : t.unexpectedError(errorText(error));
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** One view failing (its code not fetched, or a bug) leaves the other tabs working. */
class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error("unknown error") };
  }

  override render() {
    return this.state.error ? <Failed error={this.state.error} /> : this.props.children;
  }
}

/** Around a view that may suspend while its code loads. */
export function ViewBoundary({ children }: { children: ReactNode }) {
  return (
    <Boundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </Boundary>
  );
}
