/** Part names and relationship targets (ECMA-376 Part 2, §9.3: targets are relative to the source part's folder). */
import { posix } from 'node:path';

/** The part a relationship of `source` with relative `target` points to (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(source), target));
}

/** The relative target from `source` to the part `part`. */
export function relativeTarget(source: string, part: string): string {
  return posix.relative(posix.dirname(source), part);
}

/** The `.rels` part of a part: `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`. */
export function relsOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}
