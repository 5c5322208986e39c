/** Render the whole pane with a language, as index.tsx does. */
import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { Root } from "../../src/taskpane/Root";
import type { Lang } from "../../src/taskpane/i18n";
import { VIEWS, type PaneView } from "../../src/taskpane/App";

export function renderPane(lang: Lang = "zh", views?: PaneView[]) {
  return render(<Root theme={webLightTheme} lang={lang} views={views} />);
}

/** Only the insert and findings views: their tests do not depend on the other views' modules. */
export const CORE_VIEWS = VIEWS.filter((v) => v.id === "insert" || v.id === "findings");
