/**
 * Reads what `pdfinfo` does not show from an uncompressed PDF catalog (LibreOffice writes its
 * catalog and outline as plain objects): the document language (`/Lang`) and the bookmark titles
 * (the `/Outlines` tree, ISO 32000-1 §12.3.3), top level only.
 */

/** A PDF's `/Lang` and top-level bookmark titles. */
export function pdfCatalog(pdf: Uint8Array): { lang?: string; bookmarks: string[] } {
  const text = Buffer.from(pdf).toString('latin1');
  const object = (n: string): string => {
    const match = new RegExp(`(?:^|\\s)${n} 0 obj\\s*([\\s\\S]*?)endobj`).exec(text);
    if (!match) throw new Error(`PDF object ${n} not found`);
    return match[1] ?? '';
  };
  const catalog = /\/Type\s*\/Catalog[\s\S]*?endobj/.exec(text)?.[0] ?? '';
  const lang = /\/Lang\s*\(([^)]*)\)/.exec(catalog)?.[1];
  const bookmarks: string[] = [];
  const outlines = /\/Outlines\s+(\d+) 0 R/.exec(catalog)?.[1];
  let next = outlines === undefined ? undefined : /\/First\s+(\d+) 0 R/.exec(object(outlines))?.[1];
  while (next !== undefined && bookmarks.length < 10_000) {
    const item = object(next);
    bookmarks.push(pdfString(/\/Title\s*(<[0-9A-Fa-f]*>|\((?:[^)\\]|\\.)*\))/.exec(item)?.[1] ?? ''));
    next = /\/Next\s+(\d+) 0 R/.exec(item)?.[1];
  }
  return { ...(lang === undefined ? {} : { lang }), bookmarks };
}

/** A PDF string: `<FEFF…>` UTF-16BE hex, or a literal `(…)`. */
function pdfString(token: string): string {
  if (token.startsWith('(')) return token.slice(1, -1).replace(/\\(.)/g, '$1');
  const hex = token.slice(1, -1);
  const bytes = Buffer.from(hex, 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}
