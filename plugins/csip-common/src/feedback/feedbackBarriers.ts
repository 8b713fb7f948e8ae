import { z } from 'zod';

/**
 * The twelve partnership barriers a feedback round asks about (Quiver's
 * "raising awareness"), in the order they are shown.
 *
 * @public
 */
export const FEEDBACK_BARRIER_IDS = [
  'skills-mindset',
  'incompatible-systems',
  'silo-mentality',
  'no-end-to-end-visibility',
  'misaligned-goals',
  'wrong-measures',
  'need-to-know-communication',
  'mistrust',
  'sla-driven',
  'hierarchy',
  'disempowering-leadership',
  'culture-clash',
] as const;

/** One of the twelve partnership barriers. @public */
export const feedbackBarrierSchema = z.enum(FEEDBACK_BARRIER_IDS);

/** @public */
export type FeedbackBarrier = z.infer<typeof feedbackBarrierSchema>;

/** A barrier's name and what it means, in one line. @public */
export type FeedbackBarrierInfo = {
  id: FeedbackBarrier;
  label: string;
  description: string;
};

/**
 * Each barrier with its label and a one-line description, in the order of
 * {@link FEEDBACK_BARRIER_IDS}.
 *
 * @public
 */
export const FEEDBACK_BARRIERS: readonly FeedbackBarrierInfo[] = [
  {
    id: 'skills-mindset',
    label: 'Skills and mindset',
    description:
      'People lack the skills or the mindset to work across organisations.',
  },
  {
    id: 'incompatible-systems',
    label: 'Incompatible systems or processes',
    description:
      'Tools and processes do not fit together, so work is re-keyed or lost at the handoffs.',
  },
  {
    id: 'silo-mentality',
    label: 'Silo mentality',
    description:
      'Each team or organisation optimises its own part rather than the whole service.',
  },
  {
    id: 'no-end-to-end-visibility',
    label: 'No end-to-end visibility',
    description:
      'Nobody sees the service from end to end, from the customer’s request to its fulfilment.',
  },
  {
    id: 'misaligned-goals',
    label: 'Misaligned goals',
    description:
      'The organisations pursue goals that pull in different directions.',
  },
  {
    id: 'wrong-measures',
    label: 'Measures that drive the wrong behaviour',
    description:
      'What is measured and rewarded encourages behaviour that hurts the outcome.',
  },
  {
    id: 'need-to-know-communication',
    label: 'Need-to-know communication',
    description:
      'Information is shared only when someone insists they need it.',
  },
  {
    id: 'mistrust',
    label: 'Mistrust',
    description:
      'The parties doubt each other’s intentions or competence and check everything twice.',
  },
  {
    id: 'sla-driven',
    label: 'SLA-driven relationships',
    description:
      'The relationship is run by the contract and its service levels rather than by the shared outcome.',
  },
  {
    id: 'hierarchy',
    label: 'Hierarchy',
    description:
      'Decisions wait for the top; people escalate rather than solve problems together.',
  },
  {
    id: 'disempowering-leadership',
    label: 'Disempowering leadership',
    description:
      'Leaders control rather than enable, so people do not take ownership.',
  },
  {
    id: 'culture-clash',
    label: 'Clashing cultures',
    description:
      'The organisations’ ways of working and values clash and are not talked about.',
  },
];

/** The label of each barrier, by id. @public */
export const FEEDBACK_BARRIER_LABELS = Object.fromEntries(
  FEEDBACK_BARRIERS.map(b => [b.id, b.label]),
) as Record<FeedbackBarrier, string>;

/**
 * What each severity means, from 0 to 3.
 *
 * @public
 */
export const FEEDBACK_SEVERITY_LABELS = [
  'Not a barrier',
  'Minor',
  'Significant',
  'Severe',
] as const;
