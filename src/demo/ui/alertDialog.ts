/** A modal alert (role="alertdialog") like Excel's validation message, resolving with the button pressed. */

export interface AlertSpec {
  title: string;
  message: string;
  okLabel: string;
  /** Present for Warning/Information alerts, which let the user keep the value. */
  cancelLabel?: string;
}

let seq = 0;

export function showAlert(host: HTMLElement, spec: AlertSpec): Promise<"ok" | "cancel"> {
  const doc = host.ownerDocument;
  const id = `dw-alert-${++seq}`;
  const backdrop = doc.createElement("div");
  backdrop.className = "dw-dialog-backdrop";
  const dialog = doc.createElement("div");
  dialog.className = "dw-dialog";
  dialog.setAttribute("role", "alertdialog");
  dialog.setAttribute("aria-modal", "true");
  dialog.setAttribute("aria-labelledby", `${id}-title`);
  dialog.setAttribute("aria-describedby", `${id}-message`);
  const h = doc.createElement("h2");
  h.id = `${id}-title`;
  h.textContent = spec.title;
  const p = doc.createElement("p");
  p.id = `${id}-message`;
  p.textContent = spec.message;
  const buttons = doc.createElement("div");
  buttons.className = "dw-buttons";
  const ok = doc.createElement("button");
  ok.type = "button";
  ok.textContent = spec.okLabel;
  buttons.appendChild(ok);
  let cancel: HTMLButtonElement | null = null;
  if (spec.cancelLabel) {
    cancel = doc.createElement("button");
    cancel.type = "button";
    cancel.textContent = spec.cancelLabel;
    buttons.appendChild(cancel);
  }
  dialog.append(h, p, buttons);
  backdrop.appendChild(dialog);
  host.appendChild(backdrop);
  ok.focus();

  return new Promise((resolve) => {
    const close = (answer: "ok" | "cancel") => {
      backdrop.remove();
      resolve(answer);
    };
    ok.addEventListener("click", () => close("ok"));
    cancel?.addEventListener("click", () => close("cancel"));
    dialog.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close(cancel ? "cancel" : "ok");
      }
    });
  });
}
