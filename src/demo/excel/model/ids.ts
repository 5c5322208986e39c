/** GUID-shaped ids, as Excel gives worksheets and custom XML parts. */
let counter = 0;

export function newGuid(): string {
  counter++;
  const hex = (n: number, len: number) =>
    (n >>> 0).toString(16).toUpperCase().padStart(len, "0").slice(-len);
  const rand = () => Math.floor(Math.random() * 0xffffffff);
  return `{${hex(rand(), 8)}-${hex(rand(), 4)}-4${hex(rand(), 3)}-${hex(0x8000 | (rand() & 0x3fff), 4)}-${hex(rand(), 4)}${hex(counter, 8)}}`;
}
