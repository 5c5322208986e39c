/** A modal question: title, what it is about, and the answers; dismissing it calls onDismiss. */
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface AskDialogProps {
  open: boolean;
  /** Closed by Escape or a click outside. */
  onDismiss: () => void;
  title: ReactNode;
  /** The answer buttons. */
  actions: ReactNode;
  children?: ReactNode;
}

export function AskDialog({ open, onDismiss, title, actions, children }: AskDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onDismiss()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
