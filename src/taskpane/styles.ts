/** Style rules the pane's views share (spread into each view's makeStyles). */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A view or section: its parts stacked with the pane's usual gap. */
export const stack: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalM,
};

export const heading: GriffelStyle = {
  fontSize: tokens.fontSizeBase400,
  fontWeight: tokens.fontWeightSemibold,
  margin: 0,
};

export const subheading: GriffelStyle = {
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  margin: 0,
};

/** A line of controls that wraps when the pane is narrow. */
export const row: GriffelStyle = {
  display: "flex",
  columnGap: tokens.spacingHorizontalS,
  alignItems: "center",
  flexWrap: "wrap",
};

/** A wrapping line of buttons, with a gap between wrapped lines too. */
export const bar: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  columnGap: tokens.spacingHorizontalS,
  rowGap: tokens.spacingVerticalS,
};

/** Small secondary text: hints and status lines. */
export const hint: GriffelStyle = {
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase200,
  margin: 0,
};

/** A list of findings: no bullets, one entry under the other. */
export const findingList: GriffelStyle = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
};
