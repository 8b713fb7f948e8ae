import {
  summariseCoaching,
  type CoachingSummary,
} from '@csip-coach/plugin-csip-common';
import { AdviceStore } from '../../database/AdviceStore';
import { MomentStore } from '../../database/MomentStore';
import { ProgrammeStore } from '../../database/ProgrammeStore';
import { ReviewStore } from '../../database/ReviewStore';
import { adviceLog } from '../AdviceService/adviceLog';
import { ProgrammeService } from '../ProgrammeService';
import { Caller } from '../types';
import { sustainSince } from './sustainSince';

/**
 * The coaching summary of a programme (`GET /programmes/:id/coaching`),
 * for anyone who can read it: the coaching mix, commitments, the team's
 * latest response to each suggestion, who led the reviews, and sustain
 * monitoring at the portal's review cadence.
 *
 * @internal
 */
export class CoachingSummaryService {
  static create(options: {
    moments: MomentStore;
    advice: AdviceStore;
    reviews: ReviewStore;
    programmes: ProgrammeStore;
    programmeService: ProgrammeService;
    /** `csip.sustain.reviewCadenceDays`. */
    reviewCadenceDays: number;
  }): CoachingSummaryService {
    return new CoachingSummaryService(options);
  }

  private constructor(
    private readonly options: Parameters<
      typeof CoachingSummaryService.create
    >[0],
  ) {}

  async getCoaching(
    programmeId: string,
    caller: Caller,
  ): Promise<CoachingSummary> {
    const { moments, advice, reviews, programmes } = this.options;
    const programme = await this.options.programmeService.getProgramme(
      programmeId,
      caller,
    );
    // One query at a time, like every read of the plugin.
    const momentList = await moments.listMoments(programmeId);
    const followUps = await moments.listFollowUps(programmeId);
    const reviewList = await reviews.listReviews(programmeId);
    const responses = await advice.listResponses(programmeId);
    const transitions = await programmes.listTransitions(programmeId);
    return summariseCoaching({
      moments: momentList,
      followUps,
      adviceResponses: adviceLog(reviewList, responses).map(
        entry => entry.latest?.response,
      ),
      reviews: reviewList,
      phase: programme.phase,
      sustainSince: sustainSince(transitions),
      cadenceDays: this.options.reviewCadenceDays,
    });
  }
}
