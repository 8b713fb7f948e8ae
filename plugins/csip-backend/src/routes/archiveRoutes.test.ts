import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const as = (ref: string) => mockCredentials.user.header(ref);
const coach = as('user:default/alex.coach');
const sponsor = as('user:default/dana.sponsor');
const lead = as('user:default/priya.change');
const member = as('user:default/omar.ops');

const scope = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
  objectives: ['Halve failed changes'],
  milestones: [{ title: 'Baseline review', date: '2027-01-31' }],
  resources: { coachDays: 10, budget: 20000, notes: 'Two days a fortnight' },
};

describe.each(databases.eachSupportedId())(
  'export and import on %s',
  databaseId => {
    /** A programme with something in every part of its history. */
    async function richProgramme(
      testApp: Awaited<ReturnType<typeof createTestApp>>,
    ) {
      const { app } = testApp;
      const ok = (res: request.Response) => {
        expect(res.status).toBeLessThan(300);
        return res.body;
      };
      const { id } = await givenProgramme({
        testApp,
        vision: 'Changes land safely first time',
        businessDrivers: [
          { text: 'One in five changes fails', visibility: 'obvious' },
        ],
        roles: {
          'user:default/alex.coach': 'coach',
          'user:default/dana.sponsor': 'sponsor',
          'user:default/omar.ops': 'member',
        },
        createdBy: 'user:default/priya.change',
      });
      const post = async (url: string, who: string, body: object) =>
        ok(await request(app).post(url).set('Authorization', who).send(body));
      const patch = async (url: string, who: string, body: object) =>
        ok(await request(app).patch(url).set('Authorization', who).send(body));

      await post(`/programmes/${id}/approach/decisions`, sponsor, {
        approach: 'diy',
        rationale: 'First thoughts',
      });
      await post(`/programmes/${id}/approach/decisions`, sponsor, {
        approach: 'diy-with-coaching',
        rationale: 'Keep the know-how in house',
        revisitOn: '2027-03-31',
      });
      await post(`/programmes/${id}/scope/versions`, lead, scope);
      await post(`/programmes/${id}/scope/versions/1/agreements`, sponsor, {
        decision: 'decline',
        comment: 'Too few coach days',
      });
      await post(`/programmes/${id}/scope/versions`, coach, {
        ...scope,
        resources: { ...scope.resources, coachDays: 12 },
      });
      await post(`/programmes/${id}/scope/versions/2/agreements`, sponsor, {
        decision: 'agree',
        comment: '',
      });
      await post(`/programmes/${id}/phase`, lead, { to: 'implement' });
      await post(`/programmes/${id}/phase`, lead, {
        to: 'establish',
        reason: 'Scope to revisit',
      });

      const review = await post(`/programmes/${id}/reviews`, coach, {
        process: 'change',
        date: '2026-10-01',
        ledBy: 'co-led',
        ratings: [{ criterionId: 'change-1-1', coach: 'F', team: 'L' }],
        strengths: ['Every change has a record.'],
        observations: ['The team never tests back-out plans.'],
        actions: [
          {
            description: 'Test one back-out plan a month',
            owner: 'user:default/omar.ops',
            measure: 'Test log on the wiki',
            dueDate: '2026-12-01',
          },
        ],
      });
      await post(`/reviews/${review.id}/publish`, coach, {
        acknowledgeTone: true,
        version: review.version,
      });
      const amendment = await post(`/reviews/${review.id}/amendments`, coach, {
        process: 'change',
        date: '2026-10-01',
        ledBy: 'team',
        ratings: [
          {
            criterionId: 'change-1-1',
            coach: 'L',
            evidence: [
              {
                kind: 'document',
                note: 'Change records of October',
                link: 'https://wiki.example.com/changes',
              },
            ],
          },
          {
            criterionId: 'change-1-2',
            coach: 'NA',
            naReason: 'Changes are agreed by one owner here.',
          },
        ],
        suggestions: [
          {
            technique: 'Pre-CAB check',
            advice: 'Check readiness a day ahead.',
            area: 'operations',
            why: 'Changes arrive at the CAB unready.',
            evidence: 'Three of five changes were deferred.',
            expectedImprovement: 'Fewer deferrals.',
          },
        ],
        reason: 'Led by the team, not co-led',
      });
      // Coaching between reviews: moments, a kept commitment, the team's
      // responses to the advice and a comment.
      const moment = await post(`/programmes/${id}/moments`, coach, {
        process: 'change',
        kind: 'in-the-work',
        context: { kind: 'change', ref: 'CHG0001', title: 'Patch' },
        observation: 'The backout plan was written during the change.',
        question: 'Where would the backout plan be easiest to write?',
        answer: 'At the request.',
        commitment: {
          text: 'Add a backout field',
          owner: 'user:default/omar.ops',
          followUpOn: '2026-11-01',
        },
      });
      await post(`/follow-ups/${moment.followUpId}/outcome`, member, {
        outcome: 'kept',
        note: 'On the form since October.',
      });
      await post(`/programmes/${id}/moments`, lead, {
        process: 'release',
        kind: 'scheduled',
        observation: 'We mapped the release steps.',
      });
      await post(`/reviews/${amendment.id}/suggestions/0/response`, lead, {
        response: 'adopt',
        reason: 'It fits.',
      });
      await post(`/reviews/${amendment.id}/suggestions/0/response`, member, {
        response: 'adopt',
        outcome: 'CAB meetings are shorter.',
        seen: 1,
      });
      await post(`/reviews/${review.id}/comments`, coach, {
        text: 'The team led most of it.',
      });
      await post(`/programmes/${id}/reviews`, coach, {
        process: 'release',
        date: '2026-11-20',
        strengths: ['Draft in progress'],
      });
      const manual = await post(`/programmes/${id}/actions`, member, {
        description: 'Name a release manager',
        owner: 'user:default/priya.change',
        measure: 'Named in the RACI',
        dueDate: '2027-02-01',
      });
      await patch(`/actions/${manual.id}`, lead, {
        version: 1,
        status: 'in-progress',
      });

      const handover = ok(
        await request(app)
          .get(`/programmes/${id}/handover`)
          .set('Authorization', member),
      );
      await patch(`/handover/items/${handover.items[0].id}`, member, {
        status: 'demonstrated',
        evidence: 'Minutes of the board',
        version: handover.items[0].version,
      });
      await patch(`/handover/items/${handover.items[0].id}`, coach, {
        status: 'verified',
        version: handover.items[0].version + 1,
      });
      await post(`/programmes/${id}/handover/items`, coach, {
        title: 'Runbook for emergency changes',
        category: 'documentation',
        process: 'change',
        weight: 2,
        critical: true,
      });
      ok(
        await request(app)
          .put(`/programmes/${id}/skills`)
          .set('Authorization', lead)
          .send({
            people: [
              {
                userRef: 'user:default/omar.ops',
                skills: { change: 'proficient' },
              },
            ],
            version: 0,
          }),
      );
      return id;
    }

    const withoutExportMoment = (archive: Record<string, unknown>) => {
      const { exportedAt, ...rest } = archive;
      expect(typeof exportedAt).toBe('string');
      return rest;
    };

    it('round-trips: exporting the import of an export gives the same export', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app, auditor } = testApp;
      const id = await richProgramme(testApp);

      const first = await request(app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', member);
      expect(first.status).toBe(200);
      expect(first.headers['content-disposition']).toContain('attachment');
      expect(first.body).toMatchObject({
        format: 'csip-coach.programme',
        formatVersion: 1,
        exportedBy: 'user:default/omar.ops',
      });
      expect(first.body.decisions).toHaveLength(2);
      expect(first.body.scopeVersions).toHaveLength(2);
      expect(first.body.phaseHistory).toHaveLength(2);
      expect(
        first.body.reviews.map((r: { key: string; amends?: string }) => [
          r.key,
          r.amends,
        ]),
      ).toEqual([
        ['review-1', undefined],
        ['review-2', 'review-1'],
        ['review-3', undefined],
      ]);
      expect(first.body.actions).toHaveLength(2);
      expect(first.body.handover.items).toHaveLength(11);
      expect(first.body.coaching).toMatchObject({
        moments: [{ key: 'moment-1' }, { key: 'moment-2' }],
        followUps: [{ moment: 'moment-1', outcome: 'kept' }],
        adviceResponses: [
          { review: 'review-2', index: 0, seq: 1 },
          { review: 'review-2', index: 0, seq: 2 },
        ],
        comments: [{ review: 'review-1', author: 'user:default/alex.coach' }],
      });
      expect(JSON.stringify(first.body)).not.toContain(id);

      const imported = await request(app)
        .post('/import')
        .set('Authorization', member)
        .send(first.body);
      expect(imported.status).toBe(201);
      expect(imported.body.id).not.toBe(id);
      expect(imported.body).toMatchObject({
        title: 'Change CSIP',
        phase: 'establish',
        approach: 'diy-with-coaching',
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'programme-import' }),
      );

      const second = await request(app)
        .get(`/programmes/${imported.body.id}/export`)
        .set('Authorization', member);
      expect(withoutExportMoment(second.body)).toEqual(
        withoutExportMoment(first.body),
      );

      // The imported programme works like any other.
      const maturity = await request(app)
        .get(`/programmes/${imported.body.id}/maturity`)
        .set('Authorization', member);
      expect(maturity.body.processes[0]).toMatchObject({
        process: 'change',
        // The amendment rated one level-1 criterion Largely, the rest not.
        level: 0,
        target: 3,
        targetAgreed: true,
      });
    });

    it('refuses a bad export with a 400 naming the fields, and writes nothing', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app } = testApp;
      const id = await richProgramme(testApp);
      const archive = (
        await request(app)
          .get(`/programmes/${id}/export`)
          .set('Authorization', member)
      ).body;
      const before = (
        await request(app).get('/programmes').set('Authorization', member)
      ).body.items.length;

      const bad = await request(app)
        .post('/import')
        .set('Authorization', member)
        .send({
          ...archive,
          formatVersion: 2,
          programme: { ...archive.programme, ownerRef: 'ops' },
        });
      expect(bad.status).toBe(400);
      for (const field of ['formatVersion', 'programme.ownerRef']) {
        expect(bad.body.error.message).toContain(field);
      }
      const dangling = await request(app)
        .post('/import')
        .set('Authorization', member)
        .send({
          ...archive,
          reviews: [{ ...archive.reviews[1], amends: 'review-9' }],
        });
      expect(dangling.status).toBe(400);
      for (const field of ['reviews.0.amends', 'actions.0.source.review']) {
        expect(dangling.body.error.message).toContain(field);
      }
      const after = (
        await request(app).get('/programmes').set('Authorization', member)
      ).body.items.length;
      expect(after).toBe(before);
    });

    it('needs read permission to export and create permission to import', async () => {
      const denied = await createTestApp({
        databases,
        databaseId,
        permissions: mockServices.permissions({ result: AuthorizeResult.DENY }),
      });
      const missing = await request(denied.app)
        .get('/programmes/00000000-0000-0000-0000-000000000000/export')
        .set('Authorization', member);
      expect(missing.status).toBe(404);

      const allowed = await createTestApp({ databases, databaseId });
      const id = await richProgramme(allowed);
      const archive = (
        await request(allowed.app)
          .get(`/programmes/${id}/export`)
          .set('Authorization', member)
      ).body;
      const refused = await request(denied.app)
        .post('/import')
        .set('Authorization', member)
        .send(archive);
      expect(refused.status).toBe(403);
    });
  },
);
