import type {
  AdviceResponse,
  FollowUp,
  Moment,
  ProgrammeArchive,
  ReviewComment,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../../database/createStores';

type CoachingArchive = NonNullable<ProgrammeArchive['coaching']>;

/** Drops keys whose value is undefined, so two exports compare equal. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/**
 * The coaching between reviews of one programme for its archive: moments
 * keyed `moment-1`, … oldest first, follow-ups with the key of their
 * moment, and the advice responses and comments with the key of their
 * review (`reviewIds` are the programme's reviews, `reviewKey` maps their
 * ids to the archive's review keys).
 *
 * @internal
 */
export async function buildCoachingArchive(
  programmeId: string,
  stores: Pick<Stores, 'moments' | 'advice'>,
  reviewIds: readonly string[],
  reviewKey: (reviewId: string) => string | undefined,
): Promise<CoachingArchive> {
  const moments: Moment[] = [
    ...(await stores.moments.listMoments(programmeId)),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const momentKey = new Map(moments.map((m, i) => [m.id, `moment-${i + 1}`]));
  const followUps: FollowUp[] = [
    ...(await stores.moments.listFollowUps(programmeId)),
  ].sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const responses: AdviceResponse[] = await stores.advice.listResponses(
    programmeId,
  );
  const comments: ReviewComment[] = [];
  // One query at a time: inside a transaction they share one connection.
  for (const reviewId of reviewIds) {
    comments.push(...(await stores.advice.listComments(reviewId)));
  }
  return {
    moments: moments.map(m =>
      defined({
        key: momentKey.get(m.id)!,
        process: m.process,
        kind: m.kind,
        context: m.context && defined(m.context),
        observation: m.observation,
        question: m.question,
        answer: m.answer,
        recordedBy: m.recordedBy,
        at: m.at,
      }),
    ),
    followUps: followUps.map(f =>
      defined({
        moment: f.momentId ? momentKey.get(f.momentId) : undefined,
        process: f.process,
        text: f.text,
        owner: f.owner,
        followUpOn: f.followUpOn,
        outcome: f.outcome,
        note: f.note,
        outcomeBy: f.outcomeBy,
        outcomeAt: f.outcomeAt,
        recordedBy: f.recordedBy,
        createdAt: f.createdAt,
      }),
    ),
    adviceResponses: responses
      .filter(r => reviewKey(r.reviewId))
      .map(r =>
        defined({
          review: reviewKey(r.reviewId)!,
          index: r.index,
          seq: r.seq,
          response: r.response,
          reason: r.reason,
          outcome: r.outcome,
          respondedBy: r.respondedBy,
          respondedAt: r.respondedAt,
        }),
      ),
    comments: comments
      .filter(c => reviewKey(c.reviewId))
      .sort(
        (a, b) =>
          a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      )
      .map(c => ({
        review: reviewKey(c.reviewId)!,
        text: c.text,
        author: c.author,
        createdAt: c.createdAt,
      })),
  };
}
