import { BUILT_IN_QUESTIONS } from './builtInQuestions';
import { levelQuestions } from './levelQuestions';
import type { Criterion, ProcessDefinition } from './maturityModelSchema';

/** A built-in process as written below, before its questions are merged in. */
type BuiltInProcess = Omit<ProcessDefinition, 'criteria'> & {
  criteria: Array<Omit<Criterion, 'questions'>>;
};

const PROCESS_TEXTS: BuiltInProcess[] = [
  {
    id: 'change',
    name: 'Change management',
    description:
      'Changes to services and their components are recorded, assessed, authorised, scheduled and reviewed so that they deliver value with the least disruption.',
    criteria: [
      // Level 1 — Performed
      {
        id: 'change-1-1',
        level: 1,
        text: 'Changes are recorded before they are made, with a short description of what will change and why.',
      },
      {
        id: 'change-1-2',
        level: 1,
        text: 'A visitor can find, for each recent change, who agreed to it before it went ahead.',
      },
      {
        id: 'change-1-3',
        level: 1,
        text: 'The people and teams a change affects are told before it starts, by a message, ticket or meeting note that can be found afterwards.',
      },
      {
        id: 'change-1-4',
        level: 1,
        text: 'Each change record shows whether the change was carried out and whether it worked as intended.',
      },
      // Level 2 — Managed
      {
        id: 'change-2-1',
        level: 2,
        text: 'Each request for change (RFC) is kept in one agreed tool and names an owner, the change authority that authorises it, and a planned date and time.',
      },
      {
        id: 'change-2-2',
        level: 2,
        text: 'Requests for change carry a risk and impact assessment, recorded in the change record before the change is authorised.',
      },
      {
        id: 'change-2-3',
        level: 2,
        text: 'A change schedule lists the planned changes for the coming weeks and is shared with the teams and service owners they affect.',
      },
      {
        id: 'change-2-4',
        level: 2,
        text: 'Open, late and unsuccessful changes are reviewed at a regular meeting, and the notes show what was decided about each of them.',
      },
      // Level 3 — Established
      {
        id: 'change-3-1',
        level: 3,
        text: 'A documented change management process describes standard, normal and emergency changes, the steps and change authority for each, and the rules for tailoring it to a team or service.',
      },
      {
        id: 'change-3-2',
        level: 3,
        text: 'A catalogue of pre-authorised standard changes exists, and each entry has a tested procedure and a named owner.',
      },
      {
        id: 'change-3-3',
        level: 3,
        text: 'A change advisory board (CAB) or other change authority meets on a published cadence, with terms of reference, a membership list and minutes.',
      },
      {
        id: 'change-3-4',
        level: 3,
        text: 'People who assess or authorise changes have training or an induction on record, and the change tool guides them through the documented steps.',
      },
      // Level 4 — Predictable
      {
        id: 'change-4-1',
        level: 4,
        text: 'Change success rate, change lead time and the share of emergency changes are measured each month from the change records.',
      },
      {
        id: 'change-4-2',
        level: 4,
        text: 'Targets or control limits are set for these measures, and a visitor can find a chart or report that compares recent results with them.',
      },
      {
        id: 'change-4-3',
        level: 4,
        text: 'When a measure goes outside its limits, a record shows the cause that was found and the action taken.',
      },
      {
        id: 'change-4-4',
        level: 4,
        text: 'Post-implementation reviews follow a set template, and their findings are counted and grouped by cause so that trends can be seen.',
      },
      // Level 5 — Innovating
      {
        id: 'change-5-1',
        level: 5,
        text: 'Improvements to the change process are chosen from analysis of the change measures and review findings, and each has a recorded expected effect.',
      },
      {
        id: 'change-5-2',
        level: 5,
        text: 'New practices, such as more standard changes or automated risk checks, are piloted with a few teams before wider use, and the pilot results are written down.',
      },
      {
        id: 'change-5-3',
        level: 5,
        text: 'After an improvement is rolled out, the measures before and after are compared and the comparison is shared with the teams.',
      },
      {
        id: 'change-5-4',
        level: 5,
        text: 'A visitor can find a backlog of change process improvements that links each item to a business goal and is reviewed with service owners at set intervals.',
      },
    ],
  },
  {
    id: 'configuration',
    name: 'Configuration management',
    description:
      'Information about the configuration items that make up services, and how they relate to each other, is recorded, controlled and kept accurate so that it can be relied on when it is needed.',
    criteria: [
      // Level 1 — Performed
      {
        id: 'configuration-1-1',
        level: 1,
        text: 'A list of the configuration items (CIs) a service depends on exists, such as servers, applications, databases and network devices.',
      },
      {
        id: 'configuration-1-2',
        level: 1,
        text: 'Each CI record has at least a name, a type and the environment or location where the CI runs.',
      },
      {
        id: 'configuration-1-3',
        level: 1,
        text: 'Staff look up CI records when investigating incidents or planning changes, and can show a visitor where to find them.',
      },
      {
        id: 'configuration-1-4',
        level: 1,
        text: 'When a CI is added, changed or retired, its record is updated, and the record shows the date of the last update.',
      },
      // Level 2 — Managed
      {
        id: 'configuration-2-1',
        level: 2,
        text: 'A configuration management plan states which CI types are in scope, the attributes recorded for each, and who maintains them.',
      },
      {
        id: 'configuration-2-2',
        level: 2,
        text: 'Each CI, or each class of CI, has a named owner who keeps its record up to date.',
      },
      {
        id: 'configuration-2-3',
        level: 2,
        text: 'CI records are held in a configuration management database (CMDB) or other agreed tool with access control, and each update is linked to the change that caused it.',
      },
      {
        id: 'configuration-2-4',
        level: 2,
        text: 'Checks of CI records against what is actually running are scheduled and carried out, and their results are recorded with follow-up actions.',
      },
      // Level 3 — Established
      {
        id: 'configuration-3-1',
        level: 3,
        text: 'A documented configuration management process defines CI types, naming conventions, mandatory attributes and relationship types, with rules for tailoring it to a service.',
      },
      {
        id: 'configuration-3-2',
        level: 3,
        text: 'Relationships between CIs, such as "runs on", "depends on" and "connects to", are recorded so that a visitor can see which services a CI supports.',
      },
      {
        id: 'configuration-3-3',
        level: 3,
        text: 'Approved baselines of configurations are recorded for key services and releases, and can be compared with the current state.',
      },
      {
        id: 'configuration-3-4',
        level: 3,
        text: 'CI owners and configuration staff have training on the process on record, and discovery or integration tools feed the CMDB from agreed sources.',
      },
      // Level 4 — Predictable
      {
        id: 'configuration-4-1',
        level: 4,
        text: 'Data quality measures, such as the share of CIs with all mandatory attributes, the share verified in the last period and the number of unauthorised differences, are reported at set intervals.',
      },
      {
        id: 'configuration-4-2',
        level: 4,
        text: 'Targets or control limits are set for these measures, and a visitor can find a report that compares recent results with them.',
      },
      {
        id: 'configuration-4-3',
        level: 4,
        text: 'Verification and audit results are compared from one period to the next, and results outside the limits have a recorded cause and action.',
      },
      {
        id: 'configuration-4-4',
        level: 4,
        text: 'Discovery results are reconciled with CMDB records at a known frequency, and the share of records that match is measured.',
      },
      // Level 5 — Innovating
      {
        id: 'configuration-5-1',
        level: 5,
        text: 'Improvements to configuration data and to the process are chosen from analysis of the data quality measures and audit findings.',
      },
      {
        id: 'configuration-5-2',
        level: 5,
        text: 'New ways of collecting or using configuration data, such as new discovery sources or service maps, are piloted and their results recorded before wider use.',
      },
      {
        id: 'configuration-5-3',
        level: 5,
        text: 'The effect of each improvement on the data quality measures, and on the incident and change work that uses CI data, is compared before and after.',
      },
      {
        id: 'configuration-5-4',
        level: 5,
        text: 'Users of configuration data, such as incident, change and release teams, are asked at set intervals what data they need, and their answers are recorded and used in planning.',
      },
    ],
  },
  {
    id: 'release',
    name: 'Release management',
    description:
      'New and changed services and features are planned, built, tested and deployed as releases, and supported in early life, so that they are made available reliably.',
    criteria: [
      // Level 1 — Performed
      {
        id: 'release-1-1',
        level: 1,
        text: 'Each release has a record listing the components or changes it contains.',
      },
      {
        id: 'release-1-2',
        level: 1,
        text: 'Releases are built and tested before they are deployed to production, and a visitor can find the test results.',
      },
      {
        id: 'release-1-3',
        level: 1,
        text: 'Each deployment to production leaves a record of when it happened, who carried it out and what was deployed.',
      },
      {
        id: 'release-1-4',
        level: 1,
        text: 'Users and support teams are told what a release contains before or when it goes live.',
      },
      // Level 2 — Managed
      {
        id: 'release-2-1',
        level: 2,
        text: 'Each release has a plan with its scope, dates, a named release owner and the changes that authorise it.',
      },
      {
        id: 'release-2-2',
        level: 2,
        text: 'Release packages are stored in a controlled library or repository with version identifiers, and what is deployed comes from that library.',
      },
      {
        id: 'release-2-3',
        level: 2,
        text: 'Each release has a back-out plan, recorded before deployment, that describes how to return to the previous state.',
      },
      {
        id: 'release-2-4',
        level: 2,
        text: 'Progress against release plans is reviewed at a regular meeting, and moved dates or scope changes are recorded with their reasons.',
      },
      // Level 3 — Established
      {
        id: 'release-3-1',
        level: 3,
        text: 'A documented release and deployment process describes release types, entry and exit criteria for build, test and deployment, and how teams tailor it.',
      },
      {
        id: 'release-3-2',
        level: 3,
        text: 'A release calendar shows planned releases across services and is shared with change management and support teams.',
      },
      {
        id: 'release-3-3',
        level: 3,
        text: 'Each major release has a defined period of early-life support, with named support contacts and agreed exit criteria for handing over to normal operations.',
      },
      {
        id: 'release-3-4',
        level: 3,
        text: 'Build, test and deployment environments are defined and maintained, and people who run releases have training on the process on record.',
      },
      // Level 4 — Predictable
      {
        id: 'release-4-1',
        level: 4,
        text: 'Deployment success rate, release lead time and the number of incidents during early-life support are measured for each release.',
      },
      {
        id: 'release-4-2',
        level: 4,
        text: 'Targets or control limits are set for these measures, and a visitor can find a report that compares recent releases with them.',
      },
      {
        id: 'release-4-3',
        level: 4,
        text: 'Releases outside the limits have a recorded cause and action, and the number of back-out plans carried out is counted.',
      },
      {
        id: 'release-4-4',
        level: 4,
        text: 'Build, test and deployment steps are automated where agreed, and the pipeline records the duration and outcome of each run.',
      },
      // Level 5 — Innovating
      {
        id: 'release-5-1',
        level: 5,
        text: 'Improvements to the release process are chosen from analysis of release measures, early-life support findings and user feedback.',
      },
      {
        id: 'release-5-2',
        level: 5,
        text: 'New practices, such as further automation, feature toggles or progressive deployment, are piloted with some services before wider use, and the pilot results are recorded.',
      },
      {
        id: 'release-5-3',
        level: 5,
        text: 'The effect of each improvement is checked by comparing release measures before and after, and the results are shared with the teams.',
      },
      {
        id: 'release-5-4',
        level: 5,
        text: 'A visitor can find a backlog of release process improvements that links each item to a business goal and is reviewed with service owners and customers at set intervals.',
      },
    ],
  },
];

/**
 * The maturity model CSIP Coach knows out of the box: change, configuration
 * and release management, each with four criteria for every capability level
 * from 1 (Performed) to 5 (Innovating), following ISO/IEC 33020.
 *
 * Each criterion describes something a visitor would see or find (records,
 * meetings, documents, measures, behaviours), not a verdict. Criterion ids
 * (`<process>-<level>-<n>`) are stable: ratings refer to them, so an id is
 * not reused for a different criterion. Each criterion carries the coaching
 * questions of {@link BUILT_IN_QUESTIONS}.
 *
 * @public
 */
export const BUILT_IN_MATURITY_MODEL: ProcessDefinition[] = PROCESS_TEXTS.map(
  process => ({
    ...process,
    criteria: process.criteria.map(criterion => ({
      ...criterion,
      questions: [
        ...(BUILT_IN_QUESTIONS[criterion.id] ??
          levelQuestions(criterion.level)),
      ],
    })),
  }),
);
