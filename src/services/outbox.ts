/**
 * The outbox sender: delivers pending outbox_message rows by SMTP (nodemailer) when WEGWIJZER_SMTP_URL and
 * WEGWIJZER_MAIL_FROM are set. Each attempt is counted before it is made (so two senders never both deliver a
 * message, and a crash mid-send still counts), a delivered message gets sentAt, a failed one keeps
 * its lastError and is tried again on the next run, until 5 attempts: then it is "failed" and
 * stays in the list for the coordinator. Without SMTP the messages stay pending.
 *
 * Also the coordinator's use cases over the outbox: the list and "send now".
 */
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config';
import { reachFor } from '../domain/access/permissions';
import { DomainError } from '../domain/errors';
import {
  claimMessage,
  listOutbox,
  markFailedAttempt,
  markSent,
  pendingMessages,
  type OutboxRow,
  type OutboxState,
} from '../db/outbox-repository';
import type { AppServices } from './app-services';
import { auditOnly, type UseCaseContext } from './audited';

/** After this many failed attempts a message is given up ("failed"). */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** Messages delivered per run at most; the rest wait for the next run. */
const BATCH_SIZE = 200;

/** The mail settings of the running app; without them (tests), nothing is sent. */
export function mailOf(services: AppServices): MailConfig {
  return (
    services.mail ?? {
      smtpUrl: undefined,
      from: undefined,
      publicUrl: 'http://localhost:3000',
      reminderIntervalMinutes: 0,
    }
  );
}

/** SMTP settings that can deliver: both an SMTP address and a sender. */
export function smtpSettings(mail: MailConfig): { smtpUrl: string; from: string } | null {
  return mail.smtpUrl && mail.from ? { smtpUrl: mail.smtpUrl, from: mail.from } : null;
}

export interface DeliveryRun {
  /** Delivered in this run. */
  sent: number;
  /** Attempts in this run that failed (the message is tried again later, or given up). */
  failed: number;
  /** Of those, messages that reached the maximum number of attempts in this run. */
  gaveUp: number;
}

/** Why a delivery failed, without credentials (an SMTP address may hold a password). */
function describeError(error: unknown, smtpUrl: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const password = (() => {
    try {
      return decodeURIComponent(new URL(smtpUrl).password);
    } catch {
      return '';
    }
  })();
  const code = (error as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
  return password ? text.split(password).join('***') : text;
}

/**
 * Delivers up to BATCH_SIZE pending messages over one SMTP transport. Sequential on purpose: a
 * regional outbox holds tens of messages a week, and one connection at a time is kind to the relay.
 */
export async function deliverPending(
  services: AppServices,
  smtp: { smtpUrl: string; from: string },
): Promise<DeliveryRun> {
  const db = services.database.db;
  const run: DeliveryRun = { sent: 0, failed: 0, gaveUp: 0 };
  const messages = await pendingMessages(db, MAX_DELIVERY_ATTEMPTS, BATCH_SIZE);
  if (messages.length === 0) return run;
  const transport = nodemailer.createTransport({
    url: smtp.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    for (const message of messages) {
      if (!(await claimMessage(db, message.id, message.attempts))) continue;
      try {
        await transport.sendMail({
          from: smtp.from,
          to: message.recipient,
          subject: message.subject,
          text: message.body,
          headers: { 'X-Wegwijzer-Bericht': message.id },
        });
        await markSent(db, message.id, services.now());
        run.sent++;
      } catch (error) {
        await markFailedAttempt(db, message.id, describeError(error, smtp.smtpUrl));
        run.failed++;
        if (message.attempts + 1 >= MAX_DELIVERY_ATTEMPTS) run.gaveUp++;
      }
    }
  } finally {
    transport.close();
  }
  return run;
}

/**
 * A sender for a long-running process: delivers when SMTP is configured, and otherwise says once
 * (not on every run) that mail stays in the outbox. Answers null when it did not try.
 */
export function outboxSender(log: (message: string) => void) {
  let warned = false;
  return {
    async flush(services: AppServices): Promise<DeliveryRun | null> {
      const smtp = smtpSettings(mailOf(services));
      if (!smtp) {
        if (!warned) log('WEGWIJZER_SMTP_URL/WEGWIJZER_MAIL_FROM not set: outbox messages stay pending, none are sent');
        warned = true;
        return null;
      }
      return deliverPending(services, smtp);
    },
  };
}

// ---- the coordinator's use cases ----

export interface OutboxList {
  /** Whether mail is sent (SMTP configured); otherwise messages stay pending. */
  smtpConfigured: boolean;
  counts: Record<OutboxState, number>;
  messages: OutboxRow[];
}

/** The outbox, newest first (permission outbox:manage). */
export async function outboxList(
  ctx: UseCaseContext,
  options: { state?: OutboxState | undefined; limit: number },
): Promise<OutboxList> {
  const reach = reachFor(ctx.principal, 'outbox:manage');
  const listed = await listOutbox(ctx.services.database.db, reach, {
    ...options,
    maxAttempts: MAX_DELIVERY_ATTEMPTS,
  });
  return { smtpConfigured: smtpSettings(mailOf(ctx.services)) !== null, ...listed };
}

/** Sends the pending messages now (permission outbox:manage); a conflict when SMTP is not set up. */
export async function sendOutboxNow(ctx: UseCaseContext): Promise<DeliveryRun> {
  reachFor(ctx.principal, 'outbox:manage');
  const smtp = smtpSettings(mailOf(ctx.services));
  if (!smtp) {
    throw new DomainError(
      'conflict',
      'Er is geen mailserver ingesteld (WEGWIJZER_SMTP_URL en WEGWIJZER_MAIL_FROM); de berichten blijven klaarstaan in de uitgaande berichten.',
    );
  }
  const run = await deliverPending(ctx.services, smtp);
  if (run.sent + run.failed > 0) {
    await auditOnly(ctx, [
      {
        event: 'transfer',
        objectType: 'outbox',
        details: { sent: run.sent, failed: run.failed, gaveUp: run.gaveUp },
      },
    ]);
  }
  return run;
}
