import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { contentHash } from '../../lib/dataset/hash';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('contentHash: SHA-256', () => {
  it('gives the known test vectors (FIPS 180-2)', () => {
    expect(contentHash('', 64)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('abc', 64)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentHash('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', 64)).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(contentHash('a'.repeat(1_000_000), 64)).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes the UTF-8 bytes, as Node and Web Crypto do, at every length around the block boundaries', () => {
    for (let length = 0; length <= 130; length++) {
      const text = 'Ä€😀x'.repeat(length).slice(0, length);
      expect(contentHash(text, 64), `length ${length}`).toBe(sha256(text));
    }
  });

  it('versions a dataset by the first 16 hex digits (64 bits)', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea');
    expect(loadBundledDataset().version).toMatch(/^[0-9a-f]{16}$/);
  });
});
