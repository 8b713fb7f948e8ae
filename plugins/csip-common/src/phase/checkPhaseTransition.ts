import { z } from 'zod';
import {
  PROGRAMME_PHASES,
  ProgrammePhase,
  programmePhaseSchema,
} from '../programme/programmeSchema';
import { safeText } from '../validation/safeText';

/** The body of `POST /programmes/:id/phase`. @public */
export const phaseTransitionRequestSchema = z.object({
  to: programmePhaseSchema,
  reason: safeText({ max: 2000 }).optional(),
});

/** @public */
export type PhaseTransitionRequest = z.infer<
  typeof phaseTransitionRequestSchema
>;

/** A recorded phase change. @public */
export const phaseTransitionSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  from: programmePhaseSchema,
  to: programmePhaseSchema,
  reason: z.string().optional(),
  movedBy: z.string(),
  movedAt: z.string(),
});

/** @public */
export type PhaseTransition = z.infer<typeof phaseTransitionSchema>;

/** @public */
export const unmetGateSchema = z.object({
  gate: z.enum([
    'approach-decided',
    'scope-agreed',
    'handover-ready',
    'agreement-withdrawn',
    'next-phase-only',
    'reason-required',
    'same-phase',
  ]),
  message: z.string(),
});

/**
 * What the gates look at; each fact is derived by the backend from the
 * programme's records.
 *
 * @public
 */
export type PhaseGateFacts = {
  /** An approach decision has been recorded. */
  approachDecided: boolean;
  /** The current scope version is agreed by every required approver. */
  scopeAgreed: boolean;
  /** The handover checklist says the team is ready for the coach to leave. */
  handoverReady: boolean;
  /**
   * A required approver declined the current scope version after the
   * programme left establish: agreement was withdrawn.
   */
  agreementWithdrawn?: boolean;
};

/** @public */
export type UnmetGate = z.infer<typeof unmetGateSchema>;

/**
 * Whether a programme may move from one phase to another, with every unmet
 * gate. Forward moves go one phase at a time; leaving `establish` needs a
 * decided approach and an agreed current scope; entering `sustain` needs
 * handover exit-readiness. Moving back to any earlier phase is allowed with
 * a reason.
 *
 * @public
 */
export function checkPhaseTransition(options: {
  from: ProgrammePhase;
  to: ProgrammePhase;
  reason?: string;
  facts: PhaseGateFacts;
}): {
  allowed: boolean;
  direction: 'forward' | 'back' | 'none';
  unmet: UnmetGate[];
} {
  const { from, to, facts } = options;
  const fromIndex = PROGRAMME_PHASES.indexOf(from);
  const toIndex = PROGRAMME_PHASES.indexOf(to);
  const unmet: UnmetGate[] = [];

  if (toIndex === fromIndex) {
    unmet.push({
      gate: 'same-phase',
      message: `The programme is already in ${to}.`,
    });
    return { allowed: false, direction: 'none', unmet };
  }

  if (toIndex < fromIndex) {
    if (!options.reason?.trim()) {
      unmet.push({
        gate: 'reason-required',
        message:
          'Moving back to an earlier phase needs a reason, so the history explains it.',
      });
    }
    return { allowed: unmet.length === 0, direction: 'back', unmet };
  }

  if (toIndex > fromIndex + 1) {
    unmet.push({
      gate: 'next-phase-only',
      message: `Move forward one phase at a time: from ${from} the next phase is ${
        PROGRAMME_PHASES[fromIndex + 1]
      }.`,
    });
  }
  if (from === 'establish') {
    if (!facts.approachDecided) {
      unmet.push({
        gate: 'approach-decided',
        message:
          'Decide how to implement ITSM (the approach) before leaving establish.',
      });
    }
    if (!facts.scopeAgreed) {
      unmet.push({
        gate: 'scope-agreed',
        message:
          'Every sponsor must agree the current scope version before leaving establish: obtain agreement before proceeding.',
      });
    }
  }
  if (from !== 'establish' && facts.agreementWithdrawn) {
    unmet.push({
      gate: 'agreement-withdrawn',
      message:
        'Agreement withdrawn: a sponsor declined the current scope version; agree a scope again before moving forward.',
    });
  }
  if (to === 'sustain' && !facts.handoverReady) {
    unmet.push({
      gate: 'handover-ready',
      message:
        'The handover checklist must show the team is ready to carry on without the coach.',
    });
  }
  return { allowed: unmet.length === 0, direction: 'forward', unmet };
}

/**
 * The body of `GET /programmes/:id/phase`: where the programme is, the facts
 * the gates look at, what the next forward move needs, and every past move.
 *
 * @public
 */
export const phaseStatusSchema = z.object({
  phase: programmePhaseSchema,
  facts: z.object({
    approachDecided: z.boolean(),
    scopeAgreed: z.boolean(),
    handoverReady: z.boolean(),
    agreementWithdrawn: z.boolean().optional(),
  }),
  next: z
    .object({
      to: programmePhaseSchema,
      allowed: z.boolean(),
      unmet: z.array(unmetGateSchema),
    })
    .optional(),
  transitions: z.array(phaseTransitionSchema),
});

/** @public */
export type PhaseStatus = z.infer<typeof phaseStatusSchema>;
