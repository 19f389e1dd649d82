import type { PackageFix } from './context.js';

/**
 * Moves `p:notesMasterIdLst` to where CT_Presentation wants it: right after `p:sldMasterIdLst`,
 * before `p:handoutMasterIdLst`, `p:sldIdLst` and `p:sldSz`. pptxgenjs writes it after the slide
 * list in every deck (DESIGN §3).
 */
export const orderPresentation: PackageFix = (parts) => {
  parts.editText('ppt/presentation.xml', (text) => {
    const list = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(text)?.[0];
    if (list === undefined) return text;
    const without = text.replace(list, '');
    const anchor = without.indexOf('</p:sldMasterIdLst>');
    if (anchor < 0) return text;
    const at = anchor + '</p:sldMasterIdLst>'.length;
    return without.slice(0, at) + list + without.slice(at);
  });
};
