/**
 * A stand-in OLE compound file ([MS-CFB]): the eight-byte signature, then one directory entry name
 * in UTF-16LE, which is all the template sniffer looks at (`EncryptionInfo` = a password-protected
 * OOXML file, `PowerPoint Document` = a .ppt).
 */
export function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i += 1) bytes[1024 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}
