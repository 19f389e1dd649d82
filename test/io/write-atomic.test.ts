import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefdeck-atomic-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('writeFileAtomic', () => {
  it('creates missing folders and leaves no temp file behind', async () => {
    const target = join(root, 'out', 'nested', 'deck.pptx');
    await writeFileAtomic(target, bytes('new deck'));
    expect(readFileSync(target, 'utf8')).toBe('new deck');
    expect(readdirSync(join(root, 'out', 'nested'))).toEqual(['deck.pptx']);
  });

  it('replaces an existing file', async () => {
    const target = join(root, 'deck.pptx');
    writeFileSync(target, 'old deck');
    await writeFileAtomic(target, bytes('new deck'));
    expect(readFileSync(target, 'utf8')).toBe('new deck');
    expect(readdirSync(root)).toEqual(['deck.pptx']);
  });

  it('removes its temp file and leaves the existing target untouched when the rename fails', async () => {
    // A non-empty folder at the target path makes the final rename fail after the temp file exists.
    const target = join(root, 'deck.pptx');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'still here');
    await expect(writeFileAtomic(target, bytes('new deck'))).rejects.toThrow();
    expect(readdirSync(root)).toEqual(['deck.pptx']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('still here');
  });

  it('fails without writing anything when the folder cannot be created', async () => {
    const blocker = join(root, 'file');
    writeFileSync(blocker, 'a file, not a folder');
    await expect(writeFileAtomic(join(blocker, 'deck.pptx'), bytes('new deck'))).rejects.toThrow();
    expect(readdirSync(root)).toEqual(['file']);
    expect(readFileSync(blocker, 'utf8')).toBe('a file, not a folder');
  });
});
