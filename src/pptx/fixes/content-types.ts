import type { PackageFix } from './context.js';

/**
 * Drops `[Content_Types].xml` overrides for parts that do not exist. pptxgenjs writes one slide
 * master override per slide although it writes one master (DESIGN §3); PowerPoint reports such
 * packages as needing repair (PptxGenJS#1444).
 */
export const dropMissingOverrides: PackageFix = (parts) => {
  parts.editText('[Content_Types].xml', (text) =>
    text.replace(/<Override\b[^>]*\bPartName="\/([^"]+)"[^>]*\/>/g, (override, name: string) =>
      parts.has(decodeURIComponent(name)) ? override : '',
    ),
  );
};
