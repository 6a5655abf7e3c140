/**
 * `npm run reminders`: writes the due currency reminders to the outbox (at most one per
 * organisation per ISO week) and sends the pending outbox messages when WEGWIJZER_SMTP_URL and WEGWIJZER_MAIL_FROM
 * are set; prints the counts. Works on the database named by the environment (DATABASE_URL, or the
 * embedded database in WEGWIJZER_DATA_DIR: stop the app first for the embedded one). Exits 0 when
 * it ran, 1 when a message failed to send, 2 when it could not run. Rules: docs/currency.md.
 */
import { basename } from 'node:path';
import { loadConfig } from '../config';
import { deliverPending, smtpSettings } from '../services/outbox';
import { systemContext, writeDueReminders } from '../services/reminders';
import { startServices } from '../services/start';

async function main(): Promise<number> {
  const config = loadConfig();
  const started = await startServices({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    demo: config.demo,
    catalogRefreshSeconds: 0,
    auth: config.auth,
    mail: config.mail,
  });
  try {
    const services = started.services;
    const run = await writeDueReminders(systemContext(services, 'cli:herinneringen'), { kind: 'all' });
    console.log(
      `Herinneringen ${run.week}: ${run.due} organisaties met verouderde of onbekende gegevens; ` +
        `${run.written} nieuw klaargezet, ${run.alreadyWritten} deze week al eerder, ${run.withoutRecipients} zonder ontvanger.`,
    );
    const smtp = smtpSettings(config.mail);
    if (!smtp) {
      console.log('Geen mailserver ingesteld (WEGWIJZER_SMTP_URL en WEGWIJZER_MAIL_FROM): de berichten blijven klaarstaan.');
      return 0;
    }
    const delivery = await deliverPending(services, smtp);
    console.log(
      `Verzonden: ${delivery.sent}, mislukt: ${delivery.failed} (waarvan ${delivery.gaveUp} opgegeven na 5 pogingen).`,
    );
    return delivery.failed > 0 ? 1 : 0;
  } finally {
    await started.close();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('herinneringen mislukt:', error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
