/**
 * The errors a house template can give (issue #11, item 6). Each names the file and says what is
 * wrong in words a PowerPoint user knows; rule ids are stable for tests and `--format json`.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Rule ids of template problems. */
export type TemplateRule =
  | 'template-not-zip'
  | 'template-too-large'
  | 'template-encrypted'
  | 'template-legacy-ppt'
  | 'template-not-presentation'
  | 'template-missing-part'
  | 'template-bad-xml'
  | 'template-invalid-part'
  | 'template-no-masters'
  | 'template-no-title-layout'
  | 'template-unknown-layout'
  | 'template-layout-no-title'
  | 'template-layout-fallback'
  | 'template-no-chrome'
  | 'template-no-slide-size'
  | 'template-vertical-text'
  | 'template-placeholder-off-slide';

/** A template diagnostic located at the template file (or, for overrides, at theme.json). */
export function templateDiagnostic(
  severity: Diagnostic['severity'],
  rule: TemplateRule,
  file: string,
  message: string,
  extra: Omit<Diagnostic, 'severity' | 'rule' | 'message' | 'file'> = {},
): Diagnostic {
  return { severity, rule, message, file, ...extra };
}
