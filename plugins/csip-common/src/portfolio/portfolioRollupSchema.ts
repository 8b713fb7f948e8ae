import { z } from 'zod';
import { entityRefSchema } from '../programme/programmeSchema';

/** The query of `GET /portfolio/rollup`. @public */
export const portfolioRollupQuerySchema = z.object({
  /**
   * The catalog group to roll up under (its child groups become the rows).
   * Without it, the top-level groups (those with no parent) are the rows.
   */
  group: entityRefSchema(['group']).optional(),
});

/** @public */
export type PortfolioRollupQuery = z.infer<typeof portfolioRollupQuerySchema>;

/**
 * One cell of the heat map: the programmes of a group that have the process
 * in scope, how many have a level, the mean level and target, and how many
 * are at or above their target.
 *
 * @public
 */
export const rollupCellSchema = z.object({
  process: z.string(),
  /** Programmes with this process in their status (rated or not). */
  programmes: z.number().int(),
  /** Of those, how many have a level from a published review. */
  rated: z.number().int(),
  /** Mean level of the rated ones, one decimal; null when none is rated. */
  meanLevel: z.number().nullable(),
  /** Mean target of those with a target, one decimal. */
  meanTarget: z.number().nullable(),
  /** Rated programmes at or above their target. */
  atTarget: z.number().int(),
});

/** @public */
export type RollupCell = z.infer<typeof rollupCellSchema>;

/**
 * One row of the roll-up: a group and every programme owned by it or by any
 * group below it in the catalog.
 *
 * @public
 */
export const rollupGroupSchema = z.object({
  groupRef: z.string(),
  /** The group's display name (or its name when it has none). */
  title: z.string(),
  /** Whether the group has child groups (so the roll-up can go down). */
  hasChildren: z.boolean(),
  programmes: z.number().int(),
  /** Programmes ready for the coach to leave. */
  ready: z.number().int(),
  /** Mean knowledge-transfer score (0–100), null without programmes. */
  meanScore: z.number().nullable(),
  cells: z.array(rollupCellSchema),
});

/** @public */
export type RollupGroup = z.infer<typeof rollupGroupSchema>;

/**
 * The portfolio (under the chosen group) in one week, from the weekly
 * snapshots of the programmes' status.
 *
 * @public
 */
export const rollupWeekSchema = z.object({
  /** The Monday that starts the week, an ISO date. */
  week: z.string(),
  programmes: z.number().int(),
  ready: z.number().int(),
  /** Process-in-programme pairs that have a level. */
  rated: z.number().int(),
  /** Of those, at or above target. */
  atTarget: z.number().int(),
  /** Mean level per process that week. */
  meanLevels: z.array(
    z.object({ process: z.string(), meanLevel: z.number().nullable() }),
  ),
});

/** @public */
export type RollupWeek = z.infer<typeof rollupWeekSchema>;

/**
 * The body of `GET /portfolio/rollup`: per child group of a catalog group,
 * its programmes' levels against targets per process and readiness; and the
 * portfolio under that group week by week. Only programmes the caller may
 * read count; archived ones do not.
 *
 * @public
 */
export const portfolioRollupSchema = z.object({
  /** The group rolled up under, or null for the top level. */
  group: z
    .object({
      groupRef: z.string(),
      title: z.string(),
      parentRef: z.string().nullable(),
    })
    .nullable(),
  /** The processes of the maturity model, in its order: the heat map's columns. */
  processes: z.array(z.string()),
  groups: z.array(rollupGroupSchema),
  /** Programmes owned by the group itself or by an owner outside the catalog's groups. */
  unassigned: z.number().int(),
  /** Oldest week first; at most 26 weeks. */
  history: z.array(rollupWeekSchema),
});

/** @public */
export type PortfolioRollup = z.infer<typeof portfolioRollupSchema>;
