import type {
  MaturityModel,
  ProgrammeMember,
  ProgrammePhase,
  ProgrammeRole,
  ReminderKind,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { ScopeStore } from '../database/ScopeStore';
import type { ReminderConfig } from './readReminderConfig';
import type { ReminderMessage } from './reminderMessages';
import type { Reminder } from './ReminderStore';

/** A programme the reminders job looks at: not archived, with its members. @internal */
export type ReminderProgramme = {
  id: string;
  title: string;
  phase: ProgrammePhase;
  members: ProgrammeMember[];
};

/** What each rule of findDueReminders reads: one page of programmes. @internal */
export type ReminderRuleContext = {
  knex: Knex;
  scopes: ScopeStore;
  config: ReminderConfig;
  /** The portal's maturity model, for the names of its processes. */
  model: MaturityModel;
  /** The run's time, and its ISO date. */
  now: Date;
  today: string;
  byId: Map<string, ReminderProgramme>;
  ids: string[];
};

/** The decided reminders of one subject: one per person, lower-case refs. @internal */
export function remindersFor(
  key: { kind: ReminderKind; subject: string; occasion: string },
  programmeId: string,
  recipients: string[],
  text: ReminderMessage,
): Reminder[] {
  const people = new Set(recipients.map(r => r.toLocaleLowerCase('en-US')));
  return [...people].map(recipient => ({
    ...key,
    recipient,
    programmeId,
    ...text,
  }));
}

/** The members of a programme who hold one of `roles`. @internal */
export function holding(programme: ReminderProgramme, roles: ProgrammeRole[]) {
  return programme.members
    .filter(m => roles.includes(m.role))
    .map(m => m.userRef);
}
