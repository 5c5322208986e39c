/** Styles the sections of the view share. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { bar, heading, hint, row, stack, subheading } from "../../styles";

export const useSectionStyles = makeStyles({
  section: stack,
  heading,
  subheading,
  hint,
  actions: bar,
  plainList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  fileInput: { fontSize: tokens.fontSizeBase300, maxWidth: "100%" },
  units: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  unit: row,
  grow: { flexGrow: 1, minWidth: 0 },
});
