import {
  describeDue,
  REMINDER_KIND_LABELS,
  type ActionStatus,
  type LevelDrop,
  type ReminderKind,
} from '@csip-coach/plugin-csip-common';

/** The programme a reminder is about, as its words need it. @internal */
export type ReminderProgrammeRef = { id: string; title: string };

/** The words and link of a reminder. @internal */
export type ReminderMessage = {
  title: string;
  description: string;
  link: string;
};

const MAX_QUOTE = 120;

/** A piece of text quoted in a message, cut at {@link MAX_QUOTE} characters. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/**
 * The programme page of the frontend plugin, on one of its tabs (as
 * ScopeService links its notifications).
 *
 * @internal
 */
export function programmeLink(programmeId: string, tab?: string): string {
  return `/csip/programmes/${programmeId}${tab ? `?tab=${tab}` : ''}`;
}

function message(
  kind: ReminderKind,
  what: string,
  description: string,
  link: string,
): ReminderMessage {
  return { title: `${REMINDER_KIND_LABELS[kind]}: ${what}`, description, link };
}

/**
 * The words of each kind of reminder: what it is about, in which programme,
 * and where to go.
 *
 * @internal
 */
export const reminderMessages = {
  action(
    kind: 'action-due-soon' | 'action-overdue',
    programme: ReminderProgrammeRef,
    action: { description: string; dueDate: string; status: ActionStatus },
    today: string,
  ): ReminderMessage {
    return message(
      kind,
      quote(action.description),
      `An action you own in ${programme.title} is ${describeDue(
        action,
        today,
      )} (due on ${action.dueDate}).`,
      programmeLink(programme.id, 'actions'),
    );
  },

  followUp(
    programme: ReminderProgrammeRef,
    followUp: { text: string; followUpOn: string },
  ): ReminderMessage {
    return message(
      'follow-up-due',
      quote(followUp.text),
      `You committed to follow this up in ${programme.title} on ${followUp.followUpOn}: record how it went.`,
      programmeLink(programme.id, 'coaching'),
    );
  },

  agreement(
    programme: ReminderProgrammeRef,
    version: { number: number; publishedAt: string },
  ): ReminderMessage {
    return message(
      'agreement-pending',
      `scope version ${version.number} of ${programme.title}`,
      `Published on ${version.publishedAt.slice(
        0,
        10,
      )}, it still awaits your agreement: read what changed, then agree or decline.`,
      programmeLink(programme.id, 'scope'),
    );
  },

  decisionRevisit(
    programme: ReminderProgrammeRef,
    decision: { revisitOn: string },
  ): ReminderMessage {
    return message(
      'decision-revisit',
      `the approach of ${programme.title}`,
      `The approach decision set ${decision.revisitOn} as the day to look at it again.`,
      programmeLink(programme.id, 'approach'),
    );
  },

  sustainLapsed(
    programme: ReminderProgrammeRef,
    sustain: { cadenceDays: number; nextDueOn: string },
  ): ReminderMessage {
    return message(
      'sustain-lapsed',
      programme.title,
      `In sustain the team runs its own review every ${sustain.cadenceDays} days; the next one was due on ${sustain.nextDueOn}.`,
      programmeLink(programme.id, 'reviews'),
    );
  },

  levelDrop(
    programme: ReminderProgrammeRef,
    drop: LevelDrop,
    processName: string,
  ): ReminderMessage {
    return message(
      'level-drop',
      `${processName} in ${programme.title}`,
      `The review of ${drop.on} found level ${drop.to}, below level ${drop.from} before it: a moment to talk it through with the team.`,
      programmeLink(programme.id, 'reviews'),
    );
  },
};
