/**
 * The background job of a running server: every WEGWIJZER_REMINDER_INTERVAL_MINUTES it writes the due
 * currency reminders and then sends the outbox (when SMTP is configured). Started by `npm start`
 * (src/cli/start.ts) only, so tests never run it; an interval of 0 turns it off. Runs never
 * overlap, and stop() waits for a running one to finish before the database is closed.
 */
import type { AppServices } from './app-services';
import { outboxSender } from './outbox';
import { systemContext, writeDueReminders } from './reminders';

export interface ReminderJob {
  /** Runs once now (also what the timer calls); resolves when done. */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startReminderJob(
  services: AppServices,
  intervalMinutes: number,
  log: (message: string) => void,
): ReminderJob {
  const sender = outboxSender(log);
  let running: Promise<void> | null = null;
  let stopped = false;

  const work = async () => {
    try {
      const reminders = await writeDueReminders(systemContext(services, 'job:herinneringen'), {
        kind: 'all',
      });
      if (reminders.written > 0) log(`reminders ${reminders.week}: ${reminders.written} written`);
      const delivery = await sender.flush(services);
      if (delivery && delivery.sent + delivery.failed > 0) {
        log(`outbox: ${delivery.sent} sent, ${delivery.failed} failed, ${delivery.gaveUp} given up`);
      }
    } catch (error) {
      log(`reminder job failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const runOnce = () => {
    if (stopped) return Promise.resolve();
    running ??= work().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = intervalMinutes > 0 ? setInterval(() => void runOnce(), intervalMinutes * 60_000) : null;
  timer?.unref();
  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
