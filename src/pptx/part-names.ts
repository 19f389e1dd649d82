/**
 * Part names and relationship targets (OPC, ECMA-376 Part 2, 9.3): a target is a URI relative to
 * its source part's folder, or absolute from the package root when it starts with `/`.
 */

/** The part a .rels part belongs to (`''` for the package's own `_rels/.rels`). */
export function relsSource(rels: string): string {
  const match = /^(.*?)_rels\/(.*)\.rels$/.exec(rels);
  return match === null ? '' : `${match[1] ?? ''}${match[2] ?? ''}`;
}

/** The relationships part of a part: `ppt/slideMasters/slideMaster1.xml` → `ppt/slideMasters/_rels/slideMaster1.xml.rels`. */
export function relsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** The part name a relationship target refers to, resolved against its source part's folder. */
export function resolveTarget(source: string, target: string): string {
  const hash = target.indexOf('#');
  const raw = hash < 0 ? target : target.slice(0, hash);
  // Most targets have no escapes; decodeURIComponent was most of this function's time.
  const path = raw.includes('%') ? decodeURIComponent(raw) : raw;
  const base = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/**
 * The relative target from `source` to the part `part` (both part names without a leading `/`):
 * `relativeTarget('ppt/slides/slide4.xml', 'ppt/charts/chart1.xml')` is `../charts/chart1.xml`,
 * the form PowerPoint writes.
 */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  return [...Array<string>(from.length - shared).fill('..'), ...to.slice(shared)].join('/');
}
