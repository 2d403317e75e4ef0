/** The positive number after `flag` on the command line, or `fallback` when the flag is absent. */
export function numberOption(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  const raw = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(raw) || raw <= 0) throw new Error(`${flag} needs a positive number`);
  return raw;
}
