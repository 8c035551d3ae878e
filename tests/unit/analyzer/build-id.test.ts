import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzerBuildId } from '../../../scripts/analyzer-build';

const dirs: string[] = [];
function sources(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'calmline-build-id-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the analyzer's build id (under which the background keeps its compiled lexicon)", () => {
  const files = { 'analyze.ts': 'export const a = 1;', 'lexicon/abuse.ts': "export const t = ['滚'];" };

  it('is the same for the same sources, and changes with any file, deep ones included', () => {
    expect(analyzerBuildId(sources(files))).toBe(analyzerBuildId(sources(files)));
    expect(analyzerBuildId(sources({ ...files, 'lexicon/abuse.ts': "export const t = ['滚开'];" }))).not.toBe(
      analyzerBuildId(sources(files)),
    );
    expect(analyzerBuildId(sources({ ...files, 'match/variants.ts': '' }))).not.toBe(analyzerBuildId(sources(files)));
  });

  it('changes when a file is moved, and ignores what is not source', () => {
    const root = sources(files);
    const before = analyzerBuildId(root);
    writeFileSync(join(root, 'notes.md'), 'not part of the build');
    expect(analyzerBuildId(root)).toBe(before);
    mkdirSync(join(root, 'words'));
    renameSync(join(root, 'lexicon/abuse.ts'), join(root, 'words/abuse.ts'));
    expect(analyzerBuildId(root)).not.toBe(before);
  });

  it('names the real analyzer', () => {
    expect(analyzerBuildId()).toMatch(/^[0-9a-f]{16}$/);
  });
});
