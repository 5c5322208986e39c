/** Reading a chosen file as text, with the decoder the CLI uses (../../io/decode). */
import { decodeBytes } from "../../../io/decode";

export { decodeBytes };

/** A File's text, decoded as decodeBytes does (FileReader, so it works in every pane host). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    if (typeof TextDecoder === "undefined") {
      // No TextDecoder (very old hosts): let FileReader decode as UTF-8.
      reader.onload = () => resolve(String(reader.result ?? ""));
      reader.readAsText(file, "utf-8");
      return;
    }
    reader.onload = () => resolve(decodeBytes(new Uint8Array(reader.result as ArrayBuffer)));
    reader.readAsArrayBuffer(file);
  });
}
