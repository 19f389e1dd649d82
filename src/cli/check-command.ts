import { readFile } from 'node:fs/promises';
import { checkDeck } from '../check/check-deck.js';
import type { Finding } from '../check/finding.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/errors.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics } from './report.js';

/** Options of `briefdeck check`. */
export interface CheckCommandOptions {
  decks: string[];
  format: 'text' | 'json';
}

/** One deck's result in the JSON report. */
interface DeckReport {
  deck: string;
  /** Why the file could not be audited; absent when it was. */
  error?: string;
  findings: Finding[];
}

/**
 * `briefdeck check`: audits each deck and prints its findings like `validate` prints diagnostics
 * (text to stderr, or one JSON document on stdout). Exit 0 when every deck is clean, 1 when any has
 * findings or could not be read.
 */
export async function runCheckCommand(options: CheckCommandOptions): Promise<number> {
  const wrong = options.decks.find((deck) => !/\.(pptx|pptm|potx)$/i.test(deck));
  if (wrong !== undefined) throw new UsageError(`check audits PowerPoint files (.pptx); "${wrong}" is not one`);
  const reports: DeckReport[] = [];
  for (const deck of options.decks) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(deck);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // In the words build uses for the same cases, not the system's error code alone.
      const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'the file could not be read: permission denied' : `the file could not be read (${code ?? (error as Error).message})`;
      reports.push({ deck, error: why, findings: [] });
      continue;
    }
    const audit = checkDeck(bytes);
    reports.push('unreadable' in audit ? { deck, error: `the file could not be audited: ${audit.unreadable}`, findings: [] } : { deck, findings: audit.findings });
  }
  const failed = reports.some((r) => r.error !== undefined || r.findings.length > 0);
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ clean: !failed, decks: reports }, null, 2)}\n`);
  } else {
    printDiagnostics(reports.flatMap(toDiagnostics));
    for (const report of reports) if (report.error === undefined && report.findings.length === 0) process.stdout.write(`${report.deck}: no accessibility problems found\n`);
  }
  return failed ? EXIT.invalidInput : EXIT.ok;
}

/** A deck's findings as diagnostics: `deck.pptx: warning: slide 3, "Title 1" (id 2): … [rule]`, the fix as the hint. */
function toDiagnostics(report: DeckReport): Diagnostic[] {
  if (report.error !== undefined) return [{ severity: 'error', rule: 'unreadable', file: report.deck, message: report.error }];
  return report.findings.map((finding) => {
    const where = [finding.slide === undefined ? undefined : `slide ${finding.slide}`, finding.shapeId === undefined ? undefined : `"${finding.shapeName ?? ''}" (id ${finding.shapeId})`]
      .filter((part) => part !== undefined)
      .join(', ');
    return { severity: finding.severity, rule: finding.rule, file: report.deck, message: where ? `${where}: ${finding.message}` : finding.message, hint: finding.fix };
  });
}
