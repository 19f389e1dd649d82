/**
 * Takes pptxgenjs' package parts as it is about to zip them, instead of letting JSZip zip them
 * (CRC-32 and UTF-8 in JavaScript, in chunks across event-loop turns) only for the normaliser to
 * unzip and decode them again. That round trip was ~10 ms of a ~30 ms warm build.
 *
 * pptxgenjs gives no hook for this, so the capture is scoped tightly to one presentation: its
 * `createChartMediaRels` (an instance property, called with the package's zip on every export)
 * names the zip to capture, and only that zip's `generateAsync` is answered with the parts. The
 * chart workbooks pptxgenjs zips synchronously inside that call are zipped natively instead (the
 * normaliser re-zips them anyway). Every other use of JSZip in the process is untouched, and when
 * pptxgenjs changes so that nothing is captured, its own zip is used as before.
 */
import JSZip from 'jszip';
import type { Pptx } from './pptxgen-types.js';
import { PackageParts } from './package-parts.js';
import { zipDeterministic } from './zip.js';

/** JSZip's entry object, with the field holding its (promised) content: string for text, bytes otherwise. */
interface ZipEntry {
  dir: boolean;
  _data: unknown;
}

/** Zips whose `generateAsync` answers with their parts, and the parts' receiver. */
const captured = new WeakMap<object, (parts: PackageParts) => void>();
/**
 * Chart workbooks zipped for pptxgenjs, by the base64 text it was given. It adds that text to the
 * package zip with `{ base64: true }`, which JSZip decodes in JavaScript (~4 ms of a fresh process
 * for one chart); the patched `file` hands JSZip these bytes instead. Emptied after every export.
 */
const workbookBytes = new Map<string, Uint8Array>();
/** True while pptxgenjs adds a captured presentation's charts (it zips their workbooks then). */
let inChartWindow = false;
let patched = false;

/** A zip's entries with their content, in the zip's order; folder entries are left out. */
async function entriesOf(zip: JSZip): Promise<Array<[string, string | Uint8Array]>> {
  const files = (zip as unknown as { files: Record<string, ZipEntry> }).files;
  const out: Array<[string, string | Uint8Array]> = [];
  for (const [name, entry] of Object.entries(files)) {
    if (entry.dir) continue;
    const data = await entry._data;
    if (typeof data === 'string' || data instanceof Uint8Array) out.push([name, data]);
    else throw new Error(`unexpected content of ${name} in pptxgenjs' package`);
  }
  return out;
}

function patchJsZip(): void {
  if (patched) return;
  patched = true;
  const original = JSZip.prototype.generateAsync;
  const encoder = new TextEncoder();
  JSZip.prototype.generateAsync = function generateAsync(this: JSZip, options, onUpdate) {
    const receive = captured.get(this);
    if (receive !== undefined) {
      captured.delete(this);
      // The promise is for the bytes pptxgenjs returns; its value is never looked at (see `captureParts`).
      return entriesOf(this).then((entries) => {
        receive(PackageParts.fromEntries(entries));
        return new Uint8Array() as never;
      });
    }
    if (inChartWindow && options?.type === 'base64') {
      return entriesOf(this).then((entries) => {
        const record = Object.fromEntries(entries.map(([name, data]) => [name, typeof data === 'string' ? encoder.encode(data) : data]));
        // Level 0: the normaliser unzips and re-zips every workbook anyway, so compressing here is wasted.
        const bytes = zipDeterministic(record, { level: 0 });
        const base64 = Buffer.from(bytes).toString('base64');
        workbookBytes.set(base64, bytes);
        return base64 as never;
      });
    }
    return original.call(this, options, onUpdate) as never;
  } as typeof original;
  const originalFile = JSZip.prototype.file;
  JSZip.prototype.file = function file(this: JSZip, ...args: unknown[]) {
    const [name, data, options] = args as [string, unknown, { base64?: boolean } | undefined];
    const bytes = typeof data === 'string' && options?.base64 === true && captured.has(this) ? workbookBytes.get(data) : undefined;
    if (bytes !== undefined) {
      workbookBytes.delete(data as string);
      args = [name, bytes, { ...options, base64: false, binary: true }];
    }
    return (originalFile as (...all: unknown[]) => unknown).apply(this, args);
  } as typeof originalFile;
}

/**
 * Exports a presentation and returns its parts: captured before zipping when pptxgenjs behaves as
 * expected, otherwise read from the zip it wrote.
 */
export async function captureParts(pptx: Pptx): Promise<PackageParts> {
  patchJsZip();
  const target = pptx as unknown as { createChartMediaRels?: (slide: unknown, zip: object, promises: unknown[]) => void };
  const addRels = target.createChartMediaRels;
  let parts: PackageParts | undefined;
  if (typeof addRels === 'function') {
    target.createChartMediaRels = (slide, zip, promises) => {
      captured.set(zip, (received) => {
        parts = received;
      });
      inChartWindow = true;
      try {
        addRels(slide, zip, promises);
      } finally {
        inChartWindow = false;
      }
    };
  }
  let bytes: unknown;
  try {
    bytes = await pptx.write({ outputType: 'uint8array', compression: false });
  } finally {
    // Workbooks pptxgenjs did not add as expected are not kept for the next export.
    workbookBytes.clear();
  }
  if (parts !== undefined) return parts;
  if (!(bytes instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return PackageParts.fromZip(bytes);
}
