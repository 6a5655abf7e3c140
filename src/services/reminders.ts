/**
 * Use case: write the due currency reminders (herinneringen) to the outbox. An organisation with
 * any fact verouderd or onbekend gets one e-mail a week, addressed to all its active provider
 * staff, listing the facts with links to the portal. The dedupe key
 * `herinnering:<organizationId>:<yyyy-Www>` makes a second run in the same ISO week write nothing,
 * so the background job, the command line and the coordinator's button can all run it freely.
 * The outbox rows and their audit entries are written in one transaction.
 */
import type { Reach } from '../domain/access/permissions';
import {
  REMINDER_KIND,
  reminderDue,
  reminderKey,
  reminderText,
  reminderWeek,
} from '../domain/waiting/currency';
import { providerRecipients } from '../db/freshness-repository';
import { enqueueMessage } from '../db/outbox-repository';
import { audited, type UseCaseContext } from './audited';
import { assessOrganizations } from './freshness';
import { mailOf } from './outbox';

export interface ReminderRun {
  /** The ISO week the reminders belong to, e.g. "2026-W48". */
  week: string;
  /** Organisations with facts verouderd or onbekend. */
  due: number;
  /** Reminders written now. */
  written: number;
  /** Due organisations already reminded this week. */
  alreadyWritten: number;
  /** Due organisations without an active provider staff member to write to. */
  withoutRecipients: number;
}

/**
 * Writes the reminders that are due at `ctx.services.now()` for the organisations in `reach`
 * (from reachFor(principal, 'outbox:manage'), or { kind: 'all' } for the job and the CLI).
 */
export async function writeDueReminders(ctx: UseCaseContext, reach: Reach): Promise<ReminderRun> {
  const now = ctx.services.now();
  const db = ctx.services.database.db;
  const publicUrl = mailOf(ctx.services).publicUrl;
  const due = (await assessOrganizations(db, reach, now)).filter((a) => reminderDue(a.items));
  const recipients = await providerRecipients(
    db,
    due.map((a) => a.facts.organizationId),
  );
  const run: ReminderRun = {
    week: reminderWeek(now),
    due: due.length,
    written: 0,
    alreadyWritten: 0,
    withoutRecipients: 0,
  };
  await audited(ctx, async (tx, { record }) => {
    for (const { facts, items } of due) {
      const to = recipients.get(facts.organizationId) ?? [];
      if (to.length === 0) {
        run.withoutRecipients++;
        continue;
      }
      const { subject, body } = reminderText(facts.organizationName, items, publicUrl, now);
      const dedupeKey = reminderKey(facts.organizationId, now);
      const written = await enqueueMessage(
        tx,
        {
          kind: REMINDER_KIND,
          organizationId: facts.organizationId,
          recipient: to.join(', '),
          subject,
          body,
          dedupeKey,
        },
        now,
      );
      if (!written) {
        run.alreadyWritten++;
        continue;
      }
      run.written++;
      record({
        event: 'create',
        objectType: 'outbox-message',
        objectId: dedupeKey,
        details: {
          kind: REMINDER_KIND,
          organizationId: facts.organizationId,
          recipients: to.length,
          facts: items.length,
        },
      });
    }
  });
  return run;
}

/** The context of the background job and the command line: no user, named in the audit trail. */
export function systemContext(services: UseCaseContext['services'], name: string): UseCaseContext {
  return {
    services,
    principal: null,
    actor: { userId: null, role: null, organizationId: null, requestId: name },
  };
}
