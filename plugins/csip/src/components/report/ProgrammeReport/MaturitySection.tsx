import {
  describeCalibrationGap,
  describeLevelVsTarget,
  levelName,
  type MaturityView,
  type ProcessMaturity,
} from '@csip-coach/plugin-csip-common';
import { formatDate } from '../../../util/formatDate';
import { LevelTrendChart, LevelVsTargetChart } from '../../status';
import type { ReportPart } from './loadReport';
import { ReportPartSection } from './ReportPartSection';
import { REPORT_CHART_WIDTH, REPORT_SECTIONS } from './reportSections';
import { EmptyNote, ReportSubheading } from './ReportSection';
import { ReportTable } from './ReportTable';

/** @internal */
export type MaturitySectionProps = {
  maturity: ReportPart<MaturityView>;
};

/** The processes worth reporting: in scope, or reviewed at some point. */
const reported = (view: MaturityView) =>
  view.processes.filter(p => p.inScope || p.level !== null || p.trend.length);

const levelVsTarget = (p: ProcessMaturity) => {
  const words = describeLevelVsTarget(p.level, p.target);
  return p.target !== null && !p.targetAgreed
    ? `${words} (target not agreed yet)`
    : words;
};

const Processes = ({ processes }: { processes: ProcessMaturity[] }) => {
  if (!processes.length) {
    return (
      <EmptyNote>
        No processes in scope yet: publish a scope with the processes to
        improve; the coach then reviews each of them.
      </EmptyNote>
    );
  }
  return (
    <>
      <LevelVsTargetChart
        rows={processes}
        label="Levels against targets"
        words="none"
        width={REPORT_CHART_WIDTH}
        skipAnimation
      />
      <ReportTable
        label="Level against target"
        columns={[
          'Process',
          'Level against target',
          'Target date',
          'Calibration',
        ]}
        rows={processes.map(p => ({
          key: p.process,
          cells: [
            p.name,
            levelVsTarget(p),
            p.targetDate ? formatDate(p.targetDate) : '—',
            describeCalibrationGap(p.calibrationGap),
          ],
        }))}
      />
      {processes.map(p => (
        <div key={p.process}>
          <ReportSubheading>Trend of {p.name}</ReportSubheading>
          {p.trend.length ? (
            <>
              <LevelTrendChart
                trend={p.trend}
                target={p.target}
                width={REPORT_CHART_WIDTH}
                height={180}
                skipAnimation
              />
              <ReportTable
                label={`Trend of ${p.name}`}
                columns={['Review date', 'Level']}
                rows={p.trend.map(t => ({
                  key: t.reviewId,
                  cells: [formatDate(t.date), levelName(t.level)],
                }))}
              />
              {p.trendTotal > p.trend.length && (
                <EmptyNote>
                  The last {p.trend.length} of {p.trendTotal} published reviews;
                  the programme's Reviews tab shows the older ones.
                </EmptyNote>
              )}
            </>
          ) : (
            <EmptyNote>
              No published review yet: the level is worked out when the coach
              publishes the first review of this process.
            </EmptyNote>
          )}
        </div>
      ))}
    </>
  );
};

/**
 * Per process: the level against the target as a bar chart and in words,
 * the target date, the calibration gap between the team's and the coach's
 * ratings in words, and the trend of levels (the last 12 reviews) as a
 * step chart and a table of review dates. The charts print at a fixed width; the tables say the same.
 *
 * @internal
 */
export const MaturitySection = ({ maturity }: MaturitySectionProps) => (
  <ReportPartSection {...REPORT_SECTIONS.maturity} part={maturity}>
    {view => <Processes processes={reported(view)} />}
  </ReportPartSection>
);
