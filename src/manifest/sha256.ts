import { createHash } from 'node:crypto';

/** Lower-case hex sha256 of some bytes, the form `sha256sum` prints, so a manifest can be checked by hand. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
