// fflate's browser build has the same synchronous code; its Node build also loads worker_threads
// when imported (for the asynchronous API, unused here), ~1.3 ms of every fresh process.
import { unzipSync } from 'fflate/browser';

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * The parts of an OPC package (a .pptx or an embedded .xlsx) by name, editable as bytes or text.
 * Text is decoded once and encoded again only when the package is written, so a chain of fixes on
 * the same part costs one decode.
 */
export class PackageParts {
  private readonly raw = new Map<string, Uint8Array>();
  private readonly decoded = new Map<string, string>();

  /** Reads a zip; folder entries (names ending in `/`) are dropped, they are not parts. */
  static fromZip(zip: Uint8Array): PackageParts {
    const parts = new PackageParts();
    for (const [name, data] of Object.entries(unzipSync(zip))) {
      if (!name.endsWith('/')) parts.raw.set(name, data);
    }
    return parts;
  }

  /**
   * The package from parts already in memory (what pptxgenjs was about to zip): text parts are kept
   * as text, so nothing is encoded, zipped, unzipped and decoded again on the way to the fixes.
   */
  static fromEntries(entries: Iterable<readonly [string, string | Uint8Array]>): PackageParts {
    const parts = new PackageParts();
    for (const [name, data] of entries) {
      if (name.endsWith('/')) continue;
      if (typeof data === 'string') parts.setText(name, data);
      else parts.raw.set(name, data);
    }
    return parts;
  }

  /** A copy whose parts can be edited without touching this one (the part contents are shared until replaced). */
  clone(): PackageParts {
    const copy = new PackageParts();
    for (const [name, data] of this.raw) copy.raw.set(name, data);
    for (const [name, text] of this.decoded) copy.decoded.set(name, text);
    return copy;
  }

  /** Part names, in no particular order. */
  names(): string[] {
    return [...this.raw.keys()];
  }

  /** True when the package has a part of that name. */
  has(name: string): boolean {
    return this.raw.has(name);
  }

  /** The part as UTF-8 text; throws when the part is missing. */
  text(name: string): string {
    const cached = this.decoded.get(name);
    if (cached !== undefined) return cached;
    const data = this.raw.get(name);
    if (data === undefined) throw new Error(`package has no part ${name}`);
    const text = decoder.decode(data);
    this.decoded.set(name, text);
    return text;
  }

  /** The part's text when it is held as text (set or already decoded), without decoding it. */
  editedText(name: string): string | undefined {
    return this.decoded.get(name);
  }

  /** Replaces (or adds) a part with UTF-8 text. */
  setText(name: string, text: string): void {
    if (!this.raw.has(name)) this.raw.set(name, new Uint8Array());
    this.decoded.set(name, text);
  }

  /** Applies `edit` to a part's text and stores the result. */
  editText(name: string, edit: (text: string) => string): void {
    this.setText(name, edit(this.text(name)));
  }

  /** The part's bytes (encoding edited text first); throws when the part is missing. */
  bytes(name: string): Uint8Array {
    const text = this.decoded.get(name);
    if (text !== undefined) return encoder.encode(text);
    const data = this.raw.get(name);
    if (data === undefined) throw new Error(`package has no part ${name}`);
    return data;
  }

  /** Replaces (or adds) a part with bytes. */
  setBytes(name: string, data: Uint8Array): void {
    this.decoded.delete(name);
    this.raw.set(name, data);
  }

  /** Removes a part; a missing part is not an error. */
  delete(name: string): void {
    this.raw.delete(name);
    this.decoded.delete(name);
  }

  /** Every part as bytes, for zipping. */
  toRecord(): Record<string, Uint8Array> {
    const out: Record<string, Uint8Array> = {};
    for (const name of this.raw.keys()) out[name] = this.bytes(name);
    return out;
  }
}
