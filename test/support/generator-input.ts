/**
 * Input for generator and seeding tests: the reference lists shipped in reference-data/, read
 * once, and a fixed clock.
 */
import { readFileSync } from 'node:fs';
import type { GeneratorInput } from '../../src/domain/catalog/generator';
import { REFERENCE_FILES, parseDiagnosisGroups, parseInsurers, parseMunicipalities } from '../../src/domain/catalog/reference';

const shipped = (name: string) => readFileSync(new URL(`../../reference-data/${name}`, import.meta.url), 'utf8');

export const REFERENCE = {
  municipalities: parseMunicipalities(shipped(REFERENCE_FILES.municipalities)),
  insurers: parseInsurers(shipped(REFERENCE_FILES.insurers)),
  diagnosisGroups: parseDiagnosisGroups(shipped(REFERENCE_FILES.diagnosisGroups)),
};

/** The clock of the app tests: late November, when many revenue ceilings are reached. */
export const GENERATOR_NOW = new Date('2026-11-23T10:00:00Z');

export function generatorInput(overrides: Partial<GeneratorInput> = {}): GeneratorInput {
  return { seed: 42, ...REFERENCE, now: GENERATOR_NOW, scope: 'demo', ...overrides };
}
