import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/support/databases';
import type { Database } from '../db/client';
import { countFictional } from '../db/catalog-import';
import { parseSeedArguments, runSeedCommand } from './seed';

describe('parseSeedArguments', () => {
  it('defaults to the demo regions with seed 42', () => {
    expect(parseSeedArguments([])).toEqual({ national: null, seed: 42, reset: false, batchSize: 5_000, help: false });
  });

  it('reads --national, --seed, --reset and --batch-size', () => {
    expect(parseSeedArguments(['--national', '50000', '--seed', '7', '--reset', '--batch-size', '1000'])).toEqual({
      national: 50_000,
      seed: 7,
      reset: true,
      batchSize: 1_000,
      help: false,
    });
  });

  it('rejects a number that is not whole, and an unknown option', () => {
    expect(() => parseSeedArguments(['--national', 'veel'])).toThrow(/--national moet een heel getal/);
    expect(() => parseSeedArguments(['--seed', '-1'])).toThrow(/--seed/);
    expect(() => parseSeedArguments(['--regio', 'ede'])).toThrow();
  });
});

describe.each(testDatabases())('runSeedCommand on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  it('seeds once, refuses a second time, and seeds again after --reset', async () => {
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    const args = parseSeedArguments(['--national', '200', '--batch-size', '1000']);

    expect(await runSeedCommand(args, database, print)).toBe(0);
    expect(lines[0]).toBe('Referentiegegevens: 342 gemeenten, 31 zorgverzekeraars, 24 diagnosegroepen');
    expect(lines).toContain('  diensten: +200 (totaal 200)');
    expect(lines.at(-1)).toMatch(/^Klaar in .*: .*, 200 diensten, /);

    expect(await runSeedCommand(args, database, print)).toBe(1);
    expect(lines.at(-1)).toMatch(/^Er staan al 200 fictieve diensten .* --reset/);

    expect(await runSeedCommand({ ...args, reset: true }, database, print)).toBe(0);
    expect(lines).toContainEqual(expect.stringMatching(/^Verwijderd: 200 fictieve diensten/));
    expect(await countFictional(database.db)).toMatchObject({ services: 200 });
  });
});
