/**
 * Coaching questions for every criterion of the built-in maturity model,
 * keyed by criterion id, that a coach can ask between reviews. Each one is
 * open (it starts with What, How, Where, When, Who or Which), non-leading and
 * free of judgement, in the spirit of powerful questions (DiCalogero) and
 * in-the-work coaching: it invites the team to describe and discover, not to
 * confirm a verdict. Admins replace them under `csip.questions`.
 *
 * @public
 */
export const BUILT_IN_QUESTIONS: Readonly<Record<string, readonly string[]>> = {
  // Change management
  'change-1-1': [
    'What happens between someone deciding to make a change and the change being recorded?',
    'How would someone reading a change record a month later understand what changed and why?',
    'Which kinds of change are hardest to record beforehand, and what makes them so?',
  ],
  'change-1-2': [
    'How does someone find out who agreed to a recent change?',
    'What does agreement to a change look like here, and where is it captured?',
    'When a change is urgent, how does agreement happen then?',
  ],
  'change-1-3': [
    'How do the people a change affects hear about it before it starts?',
    'What would someone affected by the changes made last week say about how they found out?',
    'Where could someone look afterwards to see who was told, and when?',
  ],
  'change-1-4': [
    'How does a change record show what happened once the work was done?',
    'What tells you a change worked as intended?',
    'Who closes a change record, and what do they look at before they do?',
  ],
  'change-2-1': [
    'Where do requests for change live, and which other places hold change information today?',
    'How are the owner and the change authority of a request chosen?',
    'What would a visitor learn about the timing of a change from its record alone?',
  ],
  'change-2-2': [
    'How is the risk and impact of a change assessed before it is authorised?',
    'What helps the person assessing a change judge its impact on other services?',
    'How does the assessment shape the decision the change authority makes?',
  ],
  'change-2-3': [
    'How do teams and service owners find out what changes are planned for the coming weeks?',
    'What happens when two planned changes overlap in time or touch the same service?',
    'Who looks at the change schedule, and what do they use it for?',
  ],
  'change-2-4': [
    'What happens to a change that is late or did not go as planned?',
    'How are decisions about open and late changes captured, and who follows them up?',
    'What has the team learned from the last few changes that did not go to plan?',
  ],
  'change-3-1': [
    'How would a new team learn the difference between standard, normal and emergency changes here?',
    'Where does the documented process match the way changes are handled in practice, and where does it differ?',
    'How do teams tailor the change process to their service, and who agrees to the tailoring?',
  ],
  'change-3-2': [
    'What makes a change a candidate for the standard change catalogue?',
    'How is the procedure for a standard change tested, and by whom?',
    'Who looks after each entry in the catalogue, and how do they know it is still current?',
  ],
  'change-3-3': [
    'What would tell you a change is ready for CAB?',
    'How does the change authority decide who needs to be in the room?',
    'What would someone who missed a CAB meeting use to catch up on its decisions?',
  ],
  'change-3-4': [
    'How do people who assess or authorise changes learn the documented steps?',
    'Where does the change tool help people follow the process, and where do they work around it?',
    'What would a newly appointed change approver find helpful in their first week?',
  ],
  'change-4-1': [
    'What do the change measures tell you about how changes are going this month?',
    'How are the measures worked out from the change records, and who produces them?',
    'What has the share of emergency changes shown over recent months?',
  ],
  'change-4-2': [
    'How were the targets or control limits for the change measures chosen?',
    'Where would a visitor find recent results set against those limits?',
    'What does the team do with the report once it has been produced?',
  ],
  'change-4-3': [
    'What happens when a change measure moves outside its limits?',
    'How does the team look for the cause behind a result outside the limits?',
    'Where are causes and actions recorded, and who looks at whether the actions made a difference?',
  ],
  'change-4-4': [
    'What goes into a post-implementation review, and who takes part?',
    'How are review findings grouped so that patterns across changes become visible?',
    'Which trends have the post-implementation reviews brought to light recently?',
  ],
  'change-5-1': [
    'How does the team decide which change process improvement to work on next?',
    'What effect do you expect from the improvement under way now, and how will you see it?',
    'Which measures or review findings led to the most recent improvement?',
  ],
  'change-5-2': [
    'How are the teams chosen that try a new change practice first?',
    'What did the last pilot teach the team that it did not expect?',
    'Where are pilot results written down, and who reads them before wider use?',
  ],
  'change-5-3': [
    'How are the change measures compared before and after an improvement?',
    'How do teams hear about the effect an improvement has had?',
    'What happens next when a before-and-after comparison shows little movement?',
  ],
  'change-5-4': [
    'Which business goals does the improvement backlog serve, and how is each item linked to one?',
    'How do service owners take part in reviewing the improvement backlog?',
    'What decides the order of the items in the backlog?',
  ],

  // Configuration management
  'configuration-1-1': [
    'What would you show a visitor who asked what this service depends on?',
    'How was the list of configuration items put together, and who added to it?',
    'Which parts of the service are hardest to capture in the list, and what makes them so?',
  ],
  'configuration-1-2': [
    'What does a typical CI record hold today?',
    'How would someone tell from a record where a CI runs?',
    'Which details do people look for in a CI record that they cannot find there yet?',
  ],
  'configuration-1-3': [
    'When did someone last use a CI record while working on an incident or a change, and what did it give them?',
    'Where do people go first when they want to know what a CI is connected to?',
    'What makes a CI record worth looking up during an investigation?',
  ],
  'configuration-1-4': [
    'What happens to a CI record when the CI is added, changed or retired?',
    'How can someone tell how current a CI record is?',
    'Who notices when a record and the real CI drift apart?',
  ],
  'configuration-2-1': [
    'How did the team decide which CI types are in scope?',
    'Which attributes does the plan ask for, and what is each of them used for?',
    'Where would someone find out who maintains each part of the configuration data?',
  ],
  'configuration-2-2': [
    'How does a CI owner learn what is expected of them?',
    'What helps CI owners keep their records up to date?',
    'Who looks after a CI when its owner moves on?',
  ],
  'configuration-2-3': [
    'Where are CI records held, and who can change them?',
    'How is an update to a CI record linked to the change that caused it?',
    'What happens when a CI record changes without a related change record?',
  ],
  'configuration-2-4': [
    'How do you find out whether CI records match what is running?',
    'What did the most recent check turn up, and what happened next?',
    'Who decides how often checks take place, and on what basis?',
  ],
  'configuration-3-1': [
    'How would a new team member learn the naming conventions and mandatory attributes?',
    'Where does the documented configuration process fit the services well, and where do teams adapt it?',
    'Which rules for tailoring the process have teams used so far?',
  ],
  'configuration-3-2': [
    'How would someone find out which services depend on a given CI?',
    'Which relationship types help people most during incidents and changes?',
    'How are relationships kept current as the services change?',
  ],
  'configuration-3-3': [
    'Which services and releases have an approved baseline, and how were they chosen?',
    'How is a baseline compared with what is running today?',
    'What does the team do with the differences a comparison reveals?',
  ],
  'configuration-3-4': [
    'How do CI owners and configuration staff learn the process?',
    'Which sources feed the CMDB automatically, and how were they agreed?',
    'How do people know which source to trust for a given attribute?',
  ],
  'configuration-4-1': [
    'What do the data quality measures tell you about the configuration data today?',
    'Who receives the data quality report, and what do they do with it?',
    'Which measure would the team most like to see move, and what would that tell it?',
  ],
  'configuration-4-2': [
    'How were the targets or limits for configuration data quality set?',
    'Where can someone see how recent data quality results compare with the targets?',
    'What conversation follows when a result comes close to its limit?',
  ],
  'configuration-4-3': [
    'What do the audit results show when you compare this period with the last?',
    'How is the cause of a result outside the limits found, and who takes part?',
    'What happened after the most recent result outside the limits?',
  ],
  'configuration-4-4': [
    'How often are discovery results reconciled with the CMDB, and who chose that frequency?',
    'What does the share of matching records tell you about the data?',
    'What happens to the records that do not match?',
  ],
  'configuration-5-1': [
    'How do data quality measures and audit findings shape which improvement comes next?',
    'Which recent improvement came from an audit finding, and what did it change?',
    'What would the team like the next round of analysis to tell it?',
  ],
  'configuration-5-2': [
    'Which new ways of collecting or using configuration data is the team curious about?',
    'How is a new discovery source or service map piloted, and who takes part?',
    'What did the last pilot show, and where are its results kept?',
  ],
  'configuration-5-3': [
    'How do you see the effect of an improvement on the incident and change work that uses CI data?',
    'What did the before-and-after comparison show for the last improvement?',
    'Which data quality measure moved most after the last improvement, and what might explain it?',
  ],
  'configuration-5-4': [
    'How do incident, change and release teams tell you what configuration data they need?',
    'What have users of the data asked for recently, and how did it shape the plans?',
    'Who else uses configuration data and has not yet been asked what they need?',
  ],

  // Release management
  'release-1-1': [
    'How does someone find out what a release contains?',
    'Where does the list of components or changes in a release come from?',
    'What would a support analyst look for first in a release record?',
  ],
  'release-1-2': [
    'What testing happens before a release reaches production?',
    'Where would a visitor find the test results of the most recent release?',
    'How do test results inform the decision to deploy?',
  ],
  'release-1-3': [
    'What record does a deployment to production leave behind?',
    'How would someone work out what was deployed to production last Tuesday, and by whom?',
    'Who looks at deployment records, and what do they use them for?',
  ],
  'release-1-4': [
    'How do users and support teams learn what a release contains?',
    'What do support teams find most useful to know before a release goes live?',
    'When do people hear about a release, and how well does that timing work for them?',
  ],
  'release-2-1': [
    'What goes into a release plan, and who puts it together?',
    'How are the changes that authorise a release linked to its plan?',
    'Who owns a release, and how do others know that?',
  ],
  'release-2-2': [
    'Where are release packages kept, and how are their versions identified?',
    'How do you know that what is deployed came from the controlled library?',
    'What happens when someone needs a package that is not yet in the library?',
  ],
  'release-2-3': [
    'How is a back-out plan prepared, and when is it recorded?',
    'What would returning to the previous state look like for the last release?',
    'Who decides when to use the back-out plan, and on what information?',
  ],
  'release-2-4': [
    'How is progress against release plans reviewed, and who attends?',
    'When a release date moves or its scope changes, how are the reasons captured?',
    'What patterns do you notice in the dates and scope that have moved recently?',
  ],
  'release-3-1': [
    'How would a new team learn the release types and the entry and exit criteria for each stage?',
    'Where do teams tailor the release process, and how is that agreed?',
    'Which entry or exit criteria help teams most, and which ones get in their way?',
  ],
  'release-3-2': [
    'Where can someone see the releases planned across services?',
    'How do change management and support teams use the release calendar?',
    'What happens when two releases are planned close together?',
  ],
  'release-3-3': [
    'What does early-life support look like for a major release?',
    'How are the exit criteria for early-life support agreed, and with whom?',
    'Who do users and support teams contact during early-life support, and how do they find out?',
  ],
  'release-3-4': [
    'How are build, test and deployment environments defined and kept up to date?',
    'How do people who run releases learn the process?',
    'Which differences between environments have surprised the team recently?',
  ],
  'release-4-1': [
    'What do deployment success rate and release lead time tell you about recent releases?',
    'How are incidents during early-life support linked back to the release?',
    'Which release measure does the team look at first, and what does it show?',
  ],
  'release-4-2': [
    'What were the targets or control limits for the release measures based on?',
    'Where can a visitor see how recent releases compare with those limits?',
    'Who talks through the release report, and what comes out of that conversation?',
  ],
  'release-4-3': [
    'What happens when a release lands outside the limits?',
    'What does the number of back-out plans carried out tell you?',
    'How are causes found and actions followed up for releases outside the limits?',
  ],
  'release-4-4': [
    'How did the team agree which steps to automate?',
    'What do the pipeline records show about the duration and outcome of recent runs?',
    'Which manual steps remain, and what keeps them manual?',
  ],
  'release-5-1': [
    'How do release measures, early-life support findings and user feedback come together when the next improvement is chosen?',
    'What have users said recently that shaped the release process?',
    'Which finding from early-life support has led to an improvement so far?',
  ],
  'release-5-2': [
    'Which services are good candidates for trying a new release practice, and what makes them so?',
    'What did the last pilot of a new release practice teach the team?',
    'How do pilot results inform the decision to use a practice more widely?',
  ],
  'release-5-3': [
    'How does the team check whether an improvement changed the release measures?',
    'How are before-and-after results shared with the teams, and what do they make of them?',
    'What surprised the team in the last before-and-after comparison?',
  ],
  'release-5-4': [
    'How do service owners and customers take part in shaping the release improvement backlog?',
    'Which business goal does the top item in the backlog serve?',
    'What has changed in the backlog since the last review with customers?',
  ],
};
