import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  Programme,
  ProgrammeCreate,
  ProgrammeMember,
  ProgrammePhase,
  ProgrammeRole,
} from '@csip-coach/plugin-csip-common';
import type { Express } from 'express';
import type { Knex } from 'knex';
import request from 'supertest';

/**
 * Who holds which role: each user ref with its role (or roles), or the
 * member list itself.
 */
export type GivenRoles =
  | Record<string, ProgrammeRole | readonly ProgrammeRole[]>
  | readonly ProgrammeMember[];

/** Who creates a programme whose roles name no lead. */
export const PROGRAMME_CREATOR = 'user:default/programme.creator';

/** What {@link givenProgramme} makes. */
export type GivenProgrammeOptions = Partial<
  Omit<ProgrammeCreate, 'members'>
> & {
  /** The app of `createTestApp` (its `knex` only for a later `phase`). */
  testApp: { app: Express; knex: Knex };
  /** The members and their roles. */
  roles: GivenRoles;
  /**
   * Who creates it through the API; like every creator they become a lead
   * too. By default the first lead of `roles`, or else
   * {@link PROGRAMME_CREATOR}, so that the named people hold exactly the
   * roles given.
   */
  createdBy?: string;
  /**
   * The phase it is in. The API creates programmes in `establish`; a later
   * phase (which takes the gates to reach) is written to the programme's row
   * directly: no transition in its history, and still at version 1.
   */
  phase?: ProgrammePhase;
};

/** The member list of `roles`. */
export function membersOf(roles: GivenRoles): ProgrammeMember[] {
  if (Array.isArray(roles)) return [...(roles as ProgrammeMember[])];
  return Object.entries(
    roles as Record<string, ProgrammeRole | readonly ProgrammeRole[]>,
  ).flatMap(([userRef, held]) =>
    (typeof held === 'string' ? [held] : held).map(role => ({
      userRef,
      role,
    })),
  );
}

/**
 * Creates a programme through the real API (`POST /programmes`, as
 * `createdBy`) with the given members and roles; the other fields default to
 * a plain operational programme, "Change CSIP", owned by
 * `group:default/it-operations`. Fails the test when the API refuses.
 */
export async function givenProgramme(
  options: GivenProgrammeOptions,
): Promise<{ id: string; version: number; programme: Programme }> {
  const { testApp, roles, createdBy, phase, ...fields } = options;
  const members = membersOf(roles);
  const creator =
    createdBy ??
    members.find(m => m.role === 'lead')?.userRef ??
    PROGRAMME_CREATOR;
  const res = await request(testApp.app)
    .post('/programmes')
    .set('Authorization', mockCredentials.user.header(creator))
    .send({
      title: 'Change CSIP',
      vision: '',
      driver: 'operational',
      businessDrivers: [],
      ownerRef: 'group:default/it-operations',
      ...fields,
      members,
    });
  if (res.status !== 201) {
    throw new Error(
      `givenProgramme: POST /programmes as ${creator} answered ${
        res.status
      } ${JSON.stringify(res.body)}`,
    );
  }
  const programme: Programme = res.body;
  if (phase && phase !== programme.phase) {
    await testApp
      .knex('csip_programmes')
      .where({ id: programme.id })
      .update({ phase });
    programme.phase = phase;
  }
  return { id: programme.id, version: programme.version, programme };
}
