/**
 * The import:wachttijden command on an embedded demo database in a temporary directory: a dry run
 * of the sample file passes and writes nothing, a broken file exits 1 with the row named, and the
 * import itself exits 0 with the report.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SAMPLE = fileURLToPath(new URL('../../samples/wachttijden-voorbeeld.csv', import.meta.url));

describe('npm run import:wachttijden', () => {
  let dataDir: string;
  const command = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/import-waiting-times.ts', ...args], {
        env: { ...process.env, DATABASE_URL: '', WEGWIJZER_DATA_DIR: dataDir, WEGWIJZER_DEMO: 'true' },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'wegwijzer-wachttijden-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('checks the sample file with --dry-run, then imports it', async () => {
    const dry = await command(SAMPLE, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/7 regels: .*0 afgewezen/);
    expect(dry.stdout).toMatch(/Er is nog niets opgeslagen/);
    const real = await command(SAMPLE);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/Import opgeslagen/);
  }, 120_000);

  it('exits 1 and names the row when a row is rejected', async () => {
    const broken = join(dataDir, 'kapot.csv');
    await writeFile(
      broken,
      'AGB;Postcode;Aanmeldwachttijd;Behandelwachttijd;Peildatum\n00999989;2206 OL;veel;6;16-11-2026\n',
      'latin1',
    );
    const result = await command(broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/regel 2: afgewezen.*"veel" is geen wachttijd/);
  }, 120_000);
});
