import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { portalPolicy } from '../__testUtils__/portalPolicy';
import {
  givenProgramme,
  PROGRAMME_CREATOR,
} from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const coach = mockCredentials.user.header('user:default/alex.coach');
const sponsor = mockCredentials.user.header('user:default/dana.sponsor');

/** A portal policy that allows everything except the named permissions. */
function policyDenying(...denied: string[]) {
  return portalPolicy(name => !denied.includes(name));
}

describe.each(databases.eachSupportedId())(
  'portal permission policy on %s',
  databaseId => {
    async function setup(...denied: string[]) {
      const ctx = await createTestApp({
        databases,
        databaseId,
        permissions: policyDenying(...denied),
      });
      const programme = await givenProgramme({
        testApp: ctx,
        roles: {
          'user:default/alex.coach': 'coach',
          'user:default/dana.sponsor': 'sponsor',
        },
      });
      return { ...ctx, id: programme.id };
    }

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

    it('restricts each action further than the role rules when the policy says so', async () => {
      const { app, id } = await setup(
        'csip.review.write',
        'csip.scope.agree',
        'csip.handover.verify',
        'csip.action.manage',
      );
      // Allowed: the coach publishes a scope.
      expect(
        (
          await request(app)
            .post(`/programmes/${id}/scope/versions`)
            .set('Authorization', coach)
            .send(scope)
        ).status,
      ).toBe(201);
      // Denied by the policy although the role rules allow them.
      const review = await request(app)
        .post(`/programmes/${id}/reviews`)
        .set('Authorization', coach)
        .send({ process: 'change', date: '2026-11-23' });
      expect(review.status).toBe(403);
      expect(review.body.error.message).toContain('csip.review.write');
      const agreement = await request(app)
        .post(`/programmes/${id}/scope/versions/1/agreements`)
        .set('Authorization', sponsor)
        .send({ decision: 'agree' });
      expect(agreement.status).toBe(403);
      const action = await request(app)
        .post(`/programmes/${id}/actions`)
        .set('Authorization', coach)
        .send({
          description: 'x',
          owner: 'user:default/alex.coach',
          measure: 'y',
          dueDate: '2027-01-01',
        });
      expect(action.status).toBe(403);

      const { items } = (
        await request(app)
          .get(`/programmes/${id}/handover`)
          .set('Authorization', coach)
      ).body;
      const demonstrated = await request(app)
        .patch(`/handover/items/${items[0].id}`)
        .set('Authorization', coach)
        .send({ status: 'demonstrated', evidence: 'Seen', version: 1 });
      expect(demonstrated.status).toBe(200);
      const verified = await request(app)
        .patch(`/handover/items/${items[0].id}`)
        .set('Authorization', coach)
        .send({ status: 'verified', version: 2 });
      expect(verified.status).toBe(403);
      expect(verified.body.error.message).toContain('csip.handover.verify');
    });

    it('lets a policy stop scope publishing and the skills matrix', async () => {
      const { app, id } = await setup(
        'csip.scope.publish',
        'csip.handover.manage',
      );
      expect(
        (
          await request(app)
            .post(`/programmes/${id}/scope/versions`)
            .set('Authorization', coach)
            .send(scope)
        ).status,
      ).toBe(403);
      expect(
        (
          await request(app)
            .put(`/programmes/${id}/skills`)
            .set('Authorization', coach)
            .send({ people: [], version: 0 })
        ).status,
      ).toBe(403);
    });

    it('lets a policy stop responses to advice and comments on reviews, not reading them', async () => {
      const { app, id } = await setup('csip.coaching.write');
      const draft = await request(app)
        .post(`/programmes/${id}/reviews`)
        .set('Authorization', coach)
        .send({
          process: 'change',
          date: '2026-11-23',
          suggestions: [{ technique: 'Change models', advice: 'Start small.' }],
        });
      const review = await request(app)
        .post(`/reviews/${draft.body.id}/publish`)
        .set('Authorization', coach)
        .send({ version: draft.body.version });
      expect(review.status).toBe(200);
      const response = await request(app)
        .post(`/reviews/${review.body.id}/suggestions/0/response`)
        .set('Authorization', mockCredentials.user.header(PROGRAMME_CREATOR))
        .send({ response: 'adopt' });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('csip.coaching.write');
      const comment = await request(app)
        .post(`/reviews/${review.body.id}/comments`)
        .set('Authorization', coach)
        .send({ text: 'Well run.' });
      expect(comment.status).toBe(403);
      for (const path of [
        `/programmes/${id}/advice`,
        `/programmes/${id}/coaching`,
        `/reviews/${review.body.id}/comments`,
      ]) {
        const read = await request(app).get(path).set('Authorization', coach);
        expect(read.status).toBe(200);
      }
    });
  },
);
