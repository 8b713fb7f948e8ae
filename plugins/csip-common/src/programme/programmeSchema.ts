import { z } from 'zod';
import { approachSchema } from '../approach/approachSchema';
import { closureSchema, closureVerdictSchema } from '../outcomes/closureSchema';
import { boundedInt, ENTITY_REF_MAX_LENGTH } from '../validation/bounds';
import { safeText } from '../validation/safeText';

/**
 * The phases of a CSIP, in order.
 *
 * @public
 */
export const PROGRAMME_PHASES = [
  'establish',
  'implement',
  'review',
  'handover',
  'sustain',
] as const;

/** @public */
export const programmePhaseSchema = z.enum(PROGRAMME_PHASES);

/** @public */
export type ProgrammePhase = z.infer<typeof programmePhaseSchema>;

/**
 * Roles a person can hold in a programme; one person may hold several.
 *
 * @public
 */
export const programmeRoleSchema = z.enum([
  'sponsor',
  'coach',
  'lead',
  'member',
]);

/** @public */
export type ProgrammeRole = z.infer<typeof programmeRoleSchema>;

/**
 * Why the programme exists: part of the organisation's strategy, or fixing an
 * operational problem (missed SLAs, failed changes, ...).
 *
 * @public
 */
export const programmeDriverSchema = z.enum(['strategic', 'operational']);

const ENTITY_REF = /^([a-z0-9-]+):([a-z0-9._-]+)\/([a-z0-9._-]+)$/i;

/**
 * A full catalog entity reference of one of the given kinds,
 * such as `user:default/jane` or `group:default/it-operations`, at most
 * 255 characters (the columns that hold refs).
 *
 * @public
 */
export function entityRefSchema(kinds: string[]) {
  return z
    .string()
    .trim()
    .max(ENTITY_REF_MAX_LENGTH, {
      message: `must be at most ${ENTITY_REF_MAX_LENGTH} characters`,
    })
    .regex(ENTITY_REF, {
      message: `must be a full entity reference such as ${kinds[0]}:default/name`,
    })
    .refine(
      ref => kinds.includes(ref.split(':')[0].toLocaleLowerCase('en-US')),
      {
        message: `must refer to a ${kinds.join(' or ')} entity`,
      },
    );
}

/** @public */
export const businessDriverSchema = z.object({
  text: safeText({ min: 1, max: 500 }),
  visibility: z.enum(['obvious', 'hidden']),
});

/** @public */
export const programmeMemberSchema = z.object({
  userRef: entityRefSchema(['user']),
  role: programmeRoleSchema,
});

/** @public */
export type ProgrammeMember = z.infer<typeof programmeMemberSchema>;

/**
 * The body of `POST /programmes`.
 *
 * @public
 */
export const programmeCreateSchema = z.object({
  /** `csip_programmes.title` is `varchar(200)`. */
  title: safeText({ min: 1, max: 200 }),
  vision: safeText({ max: 4000 }).default(''),
  driver: programmeDriverSchema,
  businessDrivers: z.array(businessDriverSchema).max(50).default([]),
  ownerRef: entityRefSchema(['group', 'system']),
  members: z.array(programmeMemberSchema).max(200).default([]),
});

/** @public */
export type ProgrammeCreate = z.infer<typeof programmeCreateSchema>;

/**
 * A programme as the API returns it.
 *
 * @public
 */
export const programmeSchema = programmeCreateSchema.extend({
  id: z.string(),
  /** Where an imported programme came from; absent for programmes made here. */
  provenance: z
    .object({
      /** Who imported it (from their credentials). */
      importedBy: z.string(),
      importedAt: z.string(),
      /** When the export document was made, as it says. */
      exportedAt: z.string(),
    })
    .optional(),
  approach: approachSchema.optional(),
  /** How the programme ended, once a sponsor or lead has closed it. */
  closure: closureSchema.optional(),
  phase: programmePhaseSchema,
  archived: z.boolean(),
  version: z.number().int().positive(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** @public */
export type Programme = z.infer<typeof programmeSchema>;

/**
 * The query of `GET /programmes`.
 *
 * @public
 */
export const programmeListQuerySchema = z.object({
  owner: entityRefSchema(['group', 'system']).optional(),
  phase: programmePhaseSchema.optional(),
  q: safeText({ max: 200 }).optional(),
  approach: approachSchema.optional(),
  scopeStatus: z
    .enum(['draft', 'awaiting-agreement', 'agreed', 'declined'])
    .optional(),
  /** `true`: ready for the coach to leave; `false`: not yet. */
  ready: z
    .enum(['true', 'false'])
    .transform(v => v === 'true')
    .optional(),
  /** Only programmes with at least one overdue action. */
  overdue: z
    .enum(['true', 'false'])
    .transform(v => v === 'true')
    .optional(),
  sort: z
    .enum([
      'created',
      'updated',
      'title',
      'phase',
      'score',
      'summit',
      'overdue',
    ])
    .default('created'),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** An opaque cursor from a previous page. */
  /** An opaque cursor from a previous page (the backend decodes it). */
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]*$/, { message: 'is not a cursor from this API' })
    .optional(),
});

/** @public */
export type ProgrammeListQuery = z.infer<typeof programmeListQuerySchema>;

/**
 * One row of the programme list.
 *
 * @public
 */
export const programmeSummarySchema = programmeSchema
  .pick({
    id: true,
    title: true,
    driver: true,
    ownerRef: true,
    phase: true,
    approach: true,
    archived: true,
    version: true,
    updatedAt: true,
  })
  .extend({
    /** Where the programme stands, as last computed after a change to it. */
    status: z
      .object({
        scopeStatus: z.enum([
          'draft',
          'awaiting-agreement',
          'agreed',
          'declined',
        ]),
        levels: z.array(
          z.object({
            process: z.string(),
            level: z.number().int().nullable(),
            target: z.number().int().nullable(),
          }),
        ),
        /** Knowledge-transfer score, 0–100. */
        score: z.number(),
        ready: z.boolean(),
        blockers: z.number().int(),
        summitPercent: z.number().int().nullable(),
        summitCamp: z.enum([
          'start',
          'base-camp',
          'camp-2',
          'camp-3',
          'summit',
        ]),
        /**
         * In `sustain`: when the next team-led review is due (null outside
         * sustain, or before the status knew of it).
         */
        sustainDueOn: z.string().nullable(),
        /** In `sustain` and `sustainDueOn` has passed (derived when read). */
        sustainLapsed: z.boolean(),
        /** The processes whose latest published level is below the one before. */
        levelDrops: z.array(z.string()),
      })
      .optional(),
    /** Open or in-progress actions past their due date. */
    overdueActions: z.number().int().optional(),
    /** The closing verdict, once the programme is closed. */
    verdict: closureVerdictSchema.optional(),
  });

/** @public */
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

/** @public */
export const programmePageSchema = z.object({
  items: z.array(programmeSummarySchema),
  nextCursor: z.string().optional(),
});

/** @public */
export type ProgrammePage = z.infer<typeof programmePageSchema>;

/**
 * The body of `GET /health`.
 *
 * @public
 */
export const healthSchema = z.object({
  status: z.literal('ok'),
  migration: z.string().optional(),
});

/** @public */
export type Health = z.infer<typeof healthSchema>;

/**
 * The body of `PATCH /programmes/:id`: any editable field, plus the
 * `version` the caller last read (a stale version gets 409).
 *
 * @public
 */
export const programmeUpdateSchema = z
  .object({
    title: programmeCreateSchema.shape.title,
    vision: safeText({ max: 4000 }),
    driver: programmeDriverSchema,
    businessDrivers: z.array(businessDriverSchema).max(50),
    ownerRef: programmeCreateSchema.shape.ownerRef,
    members: z.array(programmeMemberSchema).max(200),
  })
  .partial()
  .extend({
    archived: z.boolean().optional(),
    version: boundedInt({ min: 1 }),
  });

/** @public */
export type ProgrammeUpdate = z.infer<typeof programmeUpdateSchema>;
