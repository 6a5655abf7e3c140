/**
 * The "whose data" part of the permission model in SQL: turns a caller's reach (from
 * reachFor(principal, action)) into a WHERE condition on the columns that say whom a row belongs
 * to. Every repository query over personal data takes a Reach and adds scopedTo(...), so a
 * provider's staff only ever get rows of their own organisation. A table that names no column for
 * the reach's kind yields `false`: nothing, rather than everything.
 */
import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Reach } from '../domain/access/permissions';

export interface OwnerColumns {
  /** Organisations a row belongs to (for a referral: the sending practice and the receiving provider). */
  organizations?: readonly AnyPgColumn[];
  /** The user a row belongs to (for an account: its own id). */
  user?: AnyPgColumn;
}

/** The condition that limits a row query to the caller's reach; `undefined` means every row. */
export function scopedTo(reach: Reach, owners: OwnerColumns): SQL | undefined {
  switch (reach.kind) {
    case 'all':
      return undefined;
    case 'organization': {
      const columns = owners.organizations ?? [];
      if (columns.length === 0) return sql`false`;
      return or(...columns.map((column) => eq(column, reach.organizationId)));
    }
    case 'user':
      return owners.user ? eq(owners.user, reach.userId) : sql`false`;
    case 'aggregate':
      // Aggregate reach never reads rows; aggregate queries check the reach themselves.
      return sql`false`;
  }
}
