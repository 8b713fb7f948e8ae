import { z } from 'zod';
import { processIdSchema } from '../maturity/maturityModelSchema';
import { entityRefSchema } from '../programme/programmeSchema';
import { boundedInt, isoDateSchema } from '../validation/bounds';
import { safeText } from '../validation/safeText';
import { flagRepeats } from '../validation/flagRepeats';
import { kpiCreateSchema, kpiDefinitionSchema } from '../outcomes/kpiSchema';

/** A capability level, 0 (Incomplete) to 5 (Innovating). @public */
export const capabilityLevelSchema = boundedInt({ min: 0, max: 5 });

const isoDate = isoDateSchema;

/** One process in scope, with where it starts and where it should be by when. @public */
export const scopeProcessSchema = z
  .object({
    /** Format and length only; the backend checks it is in the maturity model. */
    process: processIdSchema,
    baselineLevel: capabilityLevelSchema,
    targetLevel: capabilityLevelSchema,
    targetDate: isoDate,
  })
  .refine(p => p.targetLevel > p.baselineLevel, {
    message: 'must be above the baseline level',
    path: ['targetLevel'],
  });

/** @public */
export type ScopeProcess = z.infer<typeof scopeProcessSchema>;

const item = safeText({ min: 1, max: 1000 });

/**
 * The body of `POST /programmes/:id/scope/versions`: a complete scope, which
 * supersedes the previous version once published.
 *
 * @public
 */
export const scopeVersionCreateSchema = z
  .object({
    processes: z.array(scopeProcessSchema).min(1).max(50),
    objectives: z.array(item).max(50).default([]),
    outOfScope: z.array(item).max(50).default([]),
    milestones: z
      .array(z.object({ title: item, date: isoDate }))
      .max(50)
      .default([]),
    resources: z
      .object({
        coachDays: z.number().min(0).max(10000).default(0),
        budget: z.number().min(0).max(1e12).default(0),
        notes: safeText({ max: 4000 }).default(''),
      })
      .default({ coachDays: 0, budget: 0, notes: '' }),
    assumptions: z.array(item).max(50).default([]),
    /** Required approvers besides the programme's sponsors. */
    approvers: z
      .array(entityRefSchema(['user']))
      .max(50)
      .default([]),
    /**
     * Outcome KPIs, each on one of `objectives`; optional, so that scopes
     * from before KPIs (and exports of them) still parse: none.
     */
    kpis: z.array(kpiCreateSchema).max(50).optional(),
  })
  .superRefine((scope, ctx) => {
    flagRepeats(ctx, scope.processes, {
      key: p => p.process,
      path: index => ['processes', index, 'process'],
      message: p => `${p.process} is listed twice`,
    });
    const kpis = scope.kpis ?? [];
    flagRepeats(ctx, kpis, {
      key: k => k.id,
      path: index => ['kpis', index, 'id'],
      message: k => `KPI id ${k.id} is used twice`,
    });
    kpis.forEach((kpi, index) => {
      if (!scope.objectives.includes(kpi.objective)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be one of the scope version’s objectives',
          path: ['kpis', index, 'objective'],
        });
      }
    });
  });

/** @public */
export type ScopeVersionCreate = z.infer<typeof scopeVersionCreateSchema>;

/** A published scope version; versions are append-only. @public */
export const scopeVersionSchema = z.object({
  programmeId: z.string(),
  number: z.number().int().positive(),
  processes: z.array(scopeProcessSchema),
  objectives: z.array(z.string()),
  outOfScope: z.array(z.string()),
  milestones: z.array(z.object({ title: z.string(), date: z.string() })),
  resources: z.object({
    coachDays: z.number(),
    budget: z.number(),
    notes: z.string(),
  }),
  assumptions: z.array(z.string()),
  approvers: z.array(z.string()),
  /**
   * Outcome KPIs on the objectives, each with its stable id. The API always
   * lists them (none in versions from before KPIs).
   */
  kpis: z.array(kpiDefinitionSchema).optional(),
  publishedBy: z.string(),
  publishedAt: z.string(),
});

/** @public */
export type ScopeVersion = z.infer<typeof scopeVersionSchema>;

/** The body of `POST /programmes/:id/scope/versions/:n/agreements`. @public */
export const agreementCreateSchema = z
  .object({
    decision: z.enum(['agree', 'decline']),
    comment: safeText({ max: 4000 }).default(''),
  })
  .refine(a => a.decision === 'agree' || a.comment.length > 0, {
    message: 'a decline needs a comment saying what would make it agreeable',
    path: ['comment'],
  });

/** @public */
export type AgreementCreate = z.infer<typeof agreementCreateSchema>;

/** A recorded agree/decline on one version; append-only. @public */
export const agreementSchema = z.object({
  programmeId: z.string(),
  versionNumber: z.number().int().positive(),
  userRef: z.string(),
  decision: z.enum(['agree', 'decline']),
  comment: z.string(),
  at: z.string(),
});

/** @public */
export type Agreement = z.infer<typeof agreementSchema>;

/** @public */
export const scopeStatusSchema = z.enum([
  'draft',
  'awaiting-agreement',
  'agreed',
  'declined',
]);

/** @public */
export type ScopeStatus = z.infer<typeof scopeStatusSchema>;

/** One change between two scope versions, written for people. @public */
export const scopeChangeSchema = z.object({
  section: z.enum([
    'processes',
    'objectives',
    'outOfScope',
    'milestones',
    'resources',
    'assumptions',
    'approvers',
    'kpis',
  ]),
  kind: z.enum(['added', 'removed', 'changed']),
  text: z.string(),
});

/** @public */
export type ScopeChange = z.infer<typeof scopeChangeSchema>;

/** Where one required approver stands on the current version. @public */
export const approverStatusSchema = z.object({
  userRef: z.string(),
  decision: z.enum(['agree', 'decline']).optional(),
  comment: z.string().optional(),
  at: z.string().optional(),
});

/** @public */
export type ApproverStatus = z.infer<typeof approverStatusSchema>;

/** The body of `GET /programmes/:id/scope`. @public */
export const scopeViewSchema = z.object({
  current: scopeVersionSchema.optional(),
  status: scopeStatusSchema,
  approvers: z.array(approverStatusSchema),
  diff: z.array(scopeChangeSchema),
});

/** @public */
export type ScopeView = z.infer<typeof scopeViewSchema>;

/** One entry of `GET /scope/awaiting-my-agreement`. @public */
export const awaitingAgreementSchema = z.object({
  programmeId: z.string(),
  programmeTitle: z.string(),
  ownerRef: z.string(),
  versionNumber: z.number().int().positive(),
  publishedBy: z.string(),
  publishedAt: z.string(),
});

/** @public */
export type AwaitingAgreement = z.infer<typeof awaitingAgreementSchema>;
