/**
 * `npm start`: serve Wegwijzer. Configuration comes from the environment (src/config.ts); on the
 * embedded database with demo mode on, the demo regions are loaded on first start. Stops
 * gracefully on SIGINT/SIGTERM: stop accepting requests, finish the running ones, close the
 * database.
 */
import closeWithGrace from 'close-with-grace';
import { loadConfig } from '../config';
import { buildApp } from '../http/app';
import { startServices } from '../services/start';
import { startReminderJob } from '../services/reminder-job';

const config = loadConfig();
const started = await startServices({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  demo: config.demo,
  catalogRefreshSeconds: config.catalogRefreshSeconds,
  auth: config.auth,
  mail: config.mail,
  demoReferrals: true,
  log: (message) => console.log(JSON.stringify({ level: 30, time: Date.now(), msg: message })),
});
const app = await buildApp({
  services: started.services,
  logger: { level: config.logLevel },
  webDir: config.webDir,
  trustProxy: config.trustProxy,
});
// Writes due currency reminders and sends the outbox every WEGWIJZER_REMINDER_INTERVAL_MINUTES (0: off).
const reminders = startReminderJob(started.services, config.mail.reminderIntervalMinutes, (message) => app.log.info(message));

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'stopping after an error');
  else app.log.info({ signal }, 'stopping');
  await reminders.stop();
  await app.close();
  await started.close();
});

await app.listen({ host: config.host, port: config.port });
const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
app.log.info(
  { database: started.services.database.kind, demo: config.demo },
  `Wegwijzer draait op http://${shownHost}:${config.port}/ (API-documentatie: /docs)`,
);
console.log(`\n  Wegwijzer: http://${shownHost}:${config.port}/\n`);
