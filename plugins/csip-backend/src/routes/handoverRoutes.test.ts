import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const as = (ref: string) => mockCredentials.user.header(ref);
const coach = as('user:default/alex.coach');
const lead = as('user:default/priya.change');
const member = as('user:default/omar.ops');
const outsider = as('user:default/zoe.elsewhere');

const scope = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
};

type Item = {
  id: string;
  status: string;
  critical: boolean;
  version: number;
  title: string;
};

describe.each(databases.eachSupportedId())(
  'handover routes on %s',
  databaseId => {
    async function setup(phase: 'establish' | 'handover' = 'establish') {
      const ctx = await createTestApp({ databases, databaseId });
      const programme = await givenProgramme({
        testApp: ctx,
        roles: {
          'user:default/alex.coach': 'coach',
          'user:default/priya.change': 'lead',
          'user:default/omar.ops': 'member',
        },
        phase,
      });
      const id = programme.id;
      const handover = async () =>
        (
          await request(ctx.app)
            .get(`/programmes/${id}/handover`)
            .set('Authorization', member)
        ).body;
      return { ...ctx, id, handover };
    }

    it('has no checklist before the first scope, and the template once there is one', async () => {
      const { app, id, handover } = await setup();
      const before = await handover();
      expect(before.items).toEqual([]);
      expect(
        before.readiness.blockers.map((b: { code: string }) => b.code),
      ).toContain('no-scope');

      const published = await request(app)
        .post(`/programmes/${id}/scope/versions`)
        .set('Authorization', lead)
        .send(scope);
      expect(published.status).toBe(201);
      const after = await handover();
      // 6 programme-wide items and 4 per in-scope process.
      expect(after.items).toHaveLength(10);
      expect(after.items.map((i: Item) => i.title)).toContain(
        'The team ran a Change management review without the coach',
      );
      expect(after).toMatchObject({
        score: 0,
        coverage: [{ process: 'change', status: 'gap', proficient: [] }],
        fadeOut: { share: null, trend: [] },
        summit: { percent: 0, camp: 'start' },
        skills: { people: [], version: 0 },
      });
      expect(after.readiness.ready).toBe(false);

      await request(app)
        .post(`/programmes/${id}/scope/versions`)
        .set('Authorization', lead)
        .send({
          processes: [
            ...scope.processes,
            {
              process: 'release',
              baselineLevel: 0,
              targetLevel: 2,
              targetDate: '2027-09-30',
            },
          ],
        });
      expect((await handover()).items).toHaveLength(14);
    });

    it('lets members demonstrate with evidence and only coaches verify', async () => {
      const { app, id, handover, auditor } = await setup();
      await request(app)
        .post(`/programmes/${id}/scope/versions`)
        .set('Authorization', lead)
        .send(scope);
      const item: Item = (await handover()).items.find((i: Item) => i.critical);
      const url = `/handover/items/${item.id}`;

      const noEvidence = await request(app)
        .patch(url)
        .set('Authorization', member)
        .send({ status: 'demonstrated', version: item.version });
      expect(noEvidence.status).toBe(400);
      expect(noEvidence.body.error.message).toContain('evidence');
      const notMember = await request(app)
        .patch(url)
        .set('Authorization', outsider)
        .send({ status: 'in-progress', version: item.version });
      expect(notMember.status).toBe(403);
      const badStatus = await request(app)
        .patch(url)
        .set('Authorization', member)
        .send({ status: 'done' });
      expect(badStatus.status).toBe(400);
      expect(badStatus.body.error.message).toContain('status');
      expect((await handover()).score).toBe(0);

      const demonstrated = await request(app)
        .patch(url)
        .set('Authorization', member)
        .send({
          status: 'demonstrated',
          evidence: 'Priya chaired the CAB on 12 November',
          version: item.version,
        });
      expect(demonstrated.status).toBe(200);
      expect(demonstrated.body).toMatchObject({
        status: 'demonstrated',
        updatedBy: 'user:default/omar.ops',
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'handover-item-update' }),
      );
      const scoreAfterDemo = (await handover()).score;
      expect(scoreAfterDemo).toBeGreaterThan(0);

      const memberVerifies = await request(app)
        .patch(url)
        .set('Authorization', member)
        .send({ status: 'verified', version: item.version + 1 });
      expect(memberVerifies.status).toBe(403);
      expect(memberVerifies.body.error.message).toContain('coaches verify');

      const stale = await request(app)
        .patch(url)
        .set('Authorization', coach)
        .send({ status: 'verified', version: item.version });
      expect(stale.status).toBe(409);

      const verified = await request(app)
        .patch(url)
        .set('Authorization', coach)
        .send({ status: 'verified', version: item.version + 1 });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        status: 'verified',
        verifiedBy: 'user:default/alex.coach',
      });
      const after = await handover();
      expect(after.score).toBeGreaterThan(scoreAfterDemo);
      expect(
        after.readiness.blockers.some(
          (b: { itemId?: string }) => b.itemId === item.id,
        ),
      ).toBe(false);

      const memberReopens = await request(app)
        .patch(url)
        .set('Authorization', member)
        .send({ status: 'in-progress', version: item.version + 2 });
      expect(memberReopens.status).toBe(403);
    });

    it('keeps the demonstration beside the verification, and verified evidence read-only', async () => {
      const { app, id, handover } = await setup();
      await request(app)
        .post(`/programmes/${id}/scope/versions`)
        .set('Authorization', lead)
        .send(scope);
      const item: Item = (await handover()).items[0];
      const url = `/handover/items/${item.id}`;
      const demonstrated = await request(app)
        .patch(url)
        .set('Authorization', member)
        .send({
          status: 'demonstrated',
          evidence: 'Runbook owned by Omar',
          version: item.version,
        });
      expect(demonstrated.status).toBe(200);
      const verified = await request(app)
        .patch(url)
        .set('Authorization', coach)
        .send({ status: 'verified', version: item.version + 1 });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        status: 'verified',
        evidence: 'Runbook owned by Omar',
        demonstratedBy: 'user:default/omar.ops',
        verifiedBy: 'user:default/alex.coach',
      });
      expect(verified.body.demonstratedAt).toEqual(expect.any(String));

      for (const who of [member, coach]) {
        const rewrite = await request(app)
          .patch(url)
          .set('Authorization', who)
          .send({ evidence: 'Something else', version: item.version + 2 });
        expect(rewrite.status).toBe(409);
        expect(rewrite.body.error.message).toContain('read-only');
      }
      const reopened = await request(app)
        .patch(url)
        .set('Authorization', coach)
        .send({
          status: 'demonstrated',
          evidence: 'Runbook owned by Omar, reviewed again',
          version: item.version + 2,
        });
      expect(reopened.status).toBe(200);
      expect(reopened.body.verifiedBy).toBeUndefined();
      expect(reopened.body.demonstratedBy).toBe('user:default/omar.ops');
    });

    it('retires the items of a process that leaves the scope and restores them when it returns', async () => {
      const { app, id, handover } = await setup();
      const twoProcesses = {
        processes: [
          ...scope.processes,
          {
            process: 'release',
            baselineLevel: 1,
            targetLevel: 2,
            targetDate: '2027-06-30',
          },
        ],
      };
      const publish = (body: object) =>
        request(app)
          .post(`/programmes/${id}/scope/versions`)
          .set('Authorization', lead)
          .send(body);
      expect((await publish(twoProcesses)).status).toBe(201);
      const release = (
        items: Array<Item & { process?: string; retiredAt?: string }>,
      ) => items.filter(i => i.process === 'release');
      const first = await handover();
      expect(release(first.items)).toHaveLength(4);
      const releaseItem = release(first.items)[0];
      await request(app)
        .patch(`/handover/items/${releaseItem.id}`)
        .set('Authorization', coach)
        .send({
          status: 'verified',
          evidence: 'Seen',
          version: releaseItem.version,
        });
      const scoreWithRelease = (await handover()).score;

      expect((await publish(scope)).status).toBe(201);
      const without = await handover();
      expect(without.items).toHaveLength(first.items.length);
      expect(
        release(without.items).every(
          (i: { retiredAt?: string }) => i.retiredAt,
        ),
      ).toBe(true);
      expect(
        without.items
          .filter((i: { process?: string }) => i.process === 'change')
          .every((i: { retiredAt?: string }) => !i.retiredAt),
      ).toBe(true);
      expect(without.score).not.toBe(scoreWithRelease);
      const retired = await request(app)
        .patch(`/handover/items/${releaseItem.id}`)
        .set('Authorization', member)
        .send({
          owner: 'user:default/omar.ops',
          version: releaseItem.version + 1,
        });
      expect(retired.status).toBe(409);

      expect((await publish(twoProcesses)).status).toBe(201);
      const back = await handover();
      expect(back.items).toHaveLength(first.items.length);
      expect(
        release(back.items).every((i: { retiredAt?: string }) => !i.retiredAt),
      ).toBe(true);
      expect(
        release(back.items).find((i: Item) => i.id === releaseItem.id)?.status,
      ).toBe('verified');
      expect(back.score).toBe(scoreWithRelease);
    });

    it('keeps the skills matrix and custom items to leads and coaches', async () => {
      const { app, id, handover } = await setup();
      await request(app)
        .post(`/programmes/${id}/scope/versions`)
        .set('Authorization', lead)
        .send(scope);
      const skillsUrl = `/programmes/${id}/skills`;
      const people = [
        { userRef: 'user:default/omar.ops', skills: { change: 'proficient' } },
        { userRef: 'user:default/priya.change', skills: { change: 'expert' } },
      ];
      expect(
        (
          await request(app)
            .put(skillsUrl)
            .set('Authorization', member)
            .send({ people, version: 0 })
        ).status,
      ).toBe(403);
      const bad = await request(app)
        .put(skillsUrl)
        .set('Authorization', lead)
        .send({
          people: [{ userRef: 'omar', skills: { change: 'guru' } }],
        });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('people.0.userRef');
      expect(bad.body.error.message).toContain('people.0.skills.change');
      const unknown = await request(app)
        .put(skillsUrl)
        .set('Authorization', lead)
        .send({
          people: [
            {
              userRef: 'user:default/omar.ops',
              skills: { incident: 'expert' },
            },
          ],
          version: 0,
        });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain("'incident'");

      const saved = await request(app)
        .put(skillsUrl)
        .set('Authorization', lead)
        .send({ people, version: 0 });
      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(1);
      expect((await handover()).coverage).toEqual([
        {
          process: 'change',
          status: 'covered',
          proficient: ['user:default/omar.ops', 'user:default/priya.change'],
        },
      ]);
      const stale = await request(app)
        .put(skillsUrl)
        .set('Authorization', coach)
        .send({ people: [], version: 0 });
      expect(stale.status).toBe(409);

      const itemsUrl = `/programmes/${id}/handover/items`;
      const custom = {
        title: 'Payments runbook owned by the team',
        category: 'documentation',
        weight: 2,
      };
      expect(
        (
          await request(app)
            .post(itemsUrl)
            .set('Authorization', member)
            .send(custom)
        ).status,
      ).toBe(403);
      const badItem = await request(app)
        .post(itemsUrl)
        .set('Authorization', coach)
        .send({ ...custom, category: 'misc', weight: 11 });
      expect(badItem.status).toBe(400);
      expect(badItem.body.error.message).toContain('category');
      expect(badItem.body.error.message).toContain('weight');
      const created = await request(app)
        .post(itemsUrl)
        .set('Authorization', coach)
        .send(custom);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...custom, critical: false });
      expect((await handover()).items).toHaveLength(11);
    });

    it('keeps the gate into sustain closed (409 with the blockers) until the team is ready', async () => {
      const { app, id, handover, scopeStore } = await setup('handover');
      await scopeStore.publishVersion(
        id,
        {
          ...scope,
          objectives: [],
          outOfScope: [],
          milestones: [],
          resources: { coachDays: 0, budget: 0, notes: '' },
          assumptions: [],
          approvers: [],
        },
        'user:default/priya.change',
      );
      const blocked = await request(app)
        .post(`/programmes/${id}/phase`)
        .set('Authorization', lead)
        .send({ to: 'sustain' });
      expect(blocked.status).toBe(409);
      expect(blocked.body.error.message).toContain('[handover-ready]');
      expect(blocked.body.error.message).toContain(
        'Critical item not yet verified by the coach: A named process owner has accepted ownership of Change management',
      );
      expect(blocked.body.error.message).toContain(
        'Knowledge-transfer score is 0 %; 80 % is needed',
      );
      expect(blocked.body.error.message).toContain(
        'Change management has nobody proficient or better',
      );
      expect(blocked.body.error.message).toContain(
        'Change management has no published review yet',
      );

      // Make the team ready: every item verified, two proficient people,
      // and a team-led review of change.
      for (const item of (await handover()).items as Item[]) {
        const res = await request(app)
          .patch(`/handover/items/${item.id}`)
          .set('Authorization', coach)
          .send({
            status: 'verified',
            evidence: 'Seen at the handover review',
            version: item.version,
          });
        expect(res.status).toBe(200);
      }
      await request(app)
        .put(`/programmes/${id}/skills`)
        .set('Authorization', lead)
        .send({
          people: [
            {
              userRef: 'user:default/omar.ops',
              skills: { change: 'proficient' },
            },
            {
              userRef: 'user:default/priya.change',
              skills: { change: 'expert' },
            },
          ],
          version: 0,
        });
      const draft = await request(app)
        .post(`/programmes/${id}/reviews`)
        .set('Authorization', coach)
        .send({ process: 'change', date: '2026-11-20', ledBy: 'team' });
      await request(app)
        .post(`/reviews/${draft.body.id}/publish`)
        .set('Authorization', coach)
        .send({ version: draft.body.version });

      const ready = await handover();
      expect(ready.score).toBe(100);
      expect(ready.readiness).toEqual({ ready: true, blockers: [] });
      expect(ready.fadeOut.share).toBe(1);

      const moved = await request(app)
        .post(`/programmes/${id}/phase`)
        .set('Authorization', lead)
        .send({ to: 'sustain' });
      expect(moved.status).toBe(200);
      expect(moved.body.phase).toBe('sustain');
    });
  },
);
