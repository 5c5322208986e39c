/** Command-line arguments: a command, files, and --flags (with or without a value). */
export interface Args {
  command: string;
  files: string[];
  flags: Record<string, string | true>;
}

const VALUED = new Set([
  "prev",
  "lang",
  "to",
  "out",
  "fonts",
  "year",
  "edition",
  "agency",
  "totals",
]);

export function parseArgs(argv: string[]): Args {
  const [command = "help", ...rest] = argv;
  const files: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2);
      if (inline !== undefined) flags[name] = inline;
      else if (VALUED.has(name) && i + 1 < rest.length) flags[name] = rest[++i];
      else flags[name] = true;
    } else files.push(a);
  }
  return { command, files, flags };
}
