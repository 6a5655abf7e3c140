/**
 * The reminders command on an embedded demo database in a temporary directory: the first run writes
 * the week's reminders and, without SMTP, leaves them in the outbox; a second run in the same week
 * writes nothing new and, with WEGWIJZER_SMTP_URL pointing at the test SMTP server, delivers them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type SmtpServer } from '../support/smtp-server';

const run = promisify(execFile);

describe('npm run reminders', () => {
  let dataDir: string;
  let smtp: SmtpServer;
  const command = async (env: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/send-reminders.ts'], {
        env: {
          ...process.env,
          DATABASE_URL: '',
          WEGWIJZER_DATA_DIR: dataDir,
          WEGWIJZER_DEMO: 'true',
          ...env,
        },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'wegwijzer-herinneringen-'));
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the reminders once a week and sends them when SMTP is configured', async () => {
    const first = await command();
    expect(first.code, first.stderr).toBe(0);
    const written = Number(/; (\d+) nieuw klaargezet, 0 deze week al eerder/.exec(first.stdout)?.[1]);
    expect(written).toBeGreaterThan(0);
    expect(first.stdout).toContain('Geen mailserver ingesteld');

    const second = await command({ WEGWIJZER_SMTP_URL: smtp.url, WEGWIJZER_MAIL_FROM: 'Wegwijzer <noreply@wegwijzer.test>' });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`; 0 nieuw klaargezet, ${written} deze week al eerder`);
    expect(second.stdout).toContain(`Verzonden: ${written}, mislukt: 0`);
    expect(smtp.messages).toHaveLength(written);
    expect(smtp.messages.flatMap((m) => m.to)).toContain('aanbieder@demo.wegwijzer.nl');
  }, 180_000);
});
