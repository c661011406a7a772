/* cal-plan-drafter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plan-drafter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cal-jd-analysis.h"
#include "cal-plan-drafter.h"
#include "cal-plan-text.h"

/* The drafter turns a job's analysis into a first-90-days plan the user
 * can defend item by item. The plan's shape follows the role (what a
 * director is judged on differs from what a new engineer is judged on);
 * its specifics come from the job description: every stakeholder and
 * product area the JD names becomes an item that says which phrase it
 * came from, so the user can point at the line in the JD when asked
 * "why this first?".
 *
 * Everything here is a pure function of the job and the catalog: no
 * clock, no randomness, so the same job always drafts the same plan. */

G_DEFINE_QUARK (cal-plan-drafter-error-quark, cal_plan_drafter_error)

#define MAX_ITEMS_PER_PHASE 7

typedef enum
{
  PHASE_LEARN,
  PHASE_DIAGNOSE,
  PHASE_ACT,
} Phase;

/* What fills a template's {who} or {area}: nothing, one of the JD's
 * stakeholders or one of its product areas. */
typedef enum
{
  SEED_NONE,
  SEED_STAKEHOLDER,
  SEED_AREA,
} Seed;

/* Bands that some items depend on; 0 means "any band". */
typedef enum
{
  BAND_ANY = 0,
  BAND_ENTRY = 1 << 0,
  BAND_MID = 1 << 1,
  BAND_SENIOR = 1 << 2,
  BAND_STAFF_PLUS = 1 << 3,
} Band;

/* One item of a plan before it is filled in. Seeded templates produce one
 * item per seed, up to `max`, taking seeds from `first` on, so that the
 * phases talk about different stakeholders where the JD names enough of
 * them. The text may hold {who} (a stakeholder), {area} (a product area)
 * and {level} (the level's name). */
typedef struct
{
  Phase       phase;
  int         priority;
  Seed        seed;
  guint       first;
  guint       max;
  Band        bands;
  const char *title;
  const char *detail;
  const char *rationale;
  const char *stakeholder;
  const char *outcome;
} ItemTemplate;

/* Translators: the plan templates below are filled in from the job
 * description. Keep the placeholders {who} (a group of people named in
 * the job description, such as "product managers"), {area} (a product
 * area such as "payments") and {level} (a level such as "Senior")
 * untranslated. */

static const ItemTemplate executive_items[] = {
  /* Learn: days 1–30 */
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Meet every manager who reports to you, one to one"),
    N_("Ask each of them the same questions: what goes well, what slows the team down, what they would change first and who else you should talk to. Write the answers down the same day."),
    N_("A new leader’s first month is worth most as a listening tour. Asking everyone the same questions makes the answers comparable and shows patterns no single conversation reveals."),
    N_("Your direct reports"), NULL },
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Learn what the organisation has already promised"),
    N_("Collect the roadmap, the dates promised to other departments and to customers, the budget and the headcount plan. Mark the commitments that are at risk."),
    N_("Those promises are yours now. Breaking one you did not know about costs trust you have not had time to earn."),
    N_("Your manager, finance"), NULL },
  { PHASE_LEARN, 1, SEED_STAKEHOLDER, 0, 2, BAND_ANY,
    N_("Listening tour with {who}"),
    N_("Meet {who} one by one or in small groups. Ask what they need from the organisation, what they get today and where the hand-offs break."),
    N_("The job description names {who} as partners of this role; the organisation’s standing with them is part of what you inherit."),
    "{who}", NULL },
  { PHASE_LEARN, 2, SEED_AREA, 0, 1, BAND_ANY,
    N_("Get to know the teams and the roadmap behind {area}"),
    N_("Which teams own {area}, what they are building, how it is measured and what customers say about it."),
    N_("The job description puts {area} in scope, so it is where your results will be judged first."),
    N_("Engineering managers, product managers"), NULL },
  { PHASE_LEARN, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Read two quarters of incidents, retrospectives and plans"),
    N_("Skim the incident reviews, retrospectives and planning documents of the last six months and list the problems that keep coming back."),
    N_("Written history shows the recurring problems that people have stopped mentioning out loud."),
    "", NULL },
  { PHASE_LEARN, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Agree with your manager what success looks like at day 90"),
    N_("Write down three or four results your manager expects by the end of the quarter and check them together at day 30 and day 60."),
    N_("Expectations set in the first weeks keep you from optimising for the wrong result, and they are the yardstick for this plan."),
    N_("Your manager"), NULL },

  /* Diagnose: days 31–60 */
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Assess every team: strengths, gaps and health"),
    N_("For each team, write one page: its mission, its people, its delivery record, its morale and the one change that would help it most. Check the page with the team’s manager."),
    N_("Decisions on hiring, delivery and strategy all rest on an honest picture of the teams you have; writing it down makes it something to discuss and revisit."),
    N_("Engineering managers"), NULL },
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Review the hiring plan and the interview process"),
    N_("Compare the open roles with the gaps found in the team assessments, sit in on a few interviews and read the last hiring decisions."),
    N_("Hiring is the slowest lever there is: a wrong plan costs most when it is found late."),
    N_("Recruiting, engineering managers"), NULL },
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Measure how work gets delivered"),
    N_("Trace a few recent projects from idea to release: lead time, where work waited, how often plans changed and why."),
    N_("Delivery problems usually sit in the hand-offs between teams, which only someone looking across the teams can see."),
    N_("Engineering managers, product managers"), NULL },
  { PHASE_DIAGNOSE, 2, SEED_AREA, 0, 2, BAND_ANY,
    N_("Find the weak spots in {area}"),
    N_("Review the health of {area}: reliability, quality, fit with the roadmap and the staffing behind it."),
    N_("The role answers for {area}; knowing its weak spots before setting goals keeps the goals honest."),
    "", NULL },
  { PHASE_DIAGNOSE, 2, SEED_STAKEHOLDER, 2, 1, BAND_ANY,
    N_("Ask {who} where the organisation slows them down"),
    N_("Bring the list of problems you have heard so far to {who} and ask which of them they feel, and what is missing from it."),
    N_("An organisation’s problems are felt first, and reported last, by the people at its edges."),
    "{who}", NULL },
  { PHASE_DIAGNOSE, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Name the three strategic questions the organisation must answer"),
    N_("From what you heard and read, write down the open questions about direction — what to build, what to stop, where to invest — and who needs to weigh in on each."),
    N_("Strategy should follow the diagnosis, not precede it. Naming the questions first invites the organisation into the answers."),
    N_("Your manager, peers"), NULL },

  /* Act: days 61–90 */
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Share a written diagnosis and a one-year strategy"),
    N_("Turn the team assessments and the strategic questions into a short document: what you found, what you will change, what you will leave alone, and in which order."),
    N_("Sharing what you found before acting on it shows you listened, and makes the changes that follow easier to accept."),
    N_("Your manager, peers, the whole organisation"),
    N_("The strategy is reviewed by your manager and peers and presented to the whole organisation by day 90.") },
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Remove the worst delivery bottleneck"),
    N_("Pick the one hand-off or process step that costs the most time and change it together with the teams involved."),
    N_("One visible improvement early earns the credibility that the larger changes in the strategy will need."),
    N_("Engineering managers"),
    N_("Lead time of the affected work is down by an agreed amount, for example a fifth, against the day-45 measurement.") },
  { PHASE_ACT, 1, SEED_AREA, 0, 1, BAND_ANY,
    N_("Set a direction for {area}"),
    N_("Agree the goals for {area} for the next two quarters with the teams that own it and with product."),
    N_("{area} is where the job description says the role makes its mark; a clear direction there is the first result people will look for."),
    N_("Product managers, engineering managers"),
    N_("Goals for {area} agreed, each with a metric, a baseline and a target date.") },
  { PHASE_ACT, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Put the hiring plan into motion"),
    N_("Open the roles the diagnosis showed you need, with a written profile for each and an interview panel trained on it."),
    N_("Roles opened in month three start around month six; waiting any longer pushes their impact past your first year."),
    N_("Recruiting, finance"),
    N_("Every open role approved and posted, with its profile and panel; the first offers made.") },
  { PHASE_ACT, 2, SEED_STAKEHOLDER, 0, 1, BAND_ANY,
    N_("Agree a way of working with {who}"),
    N_("Set up a regular forum with {who} to share plans early and settle trade-offs in one place."),
    N_("The job description names {who}; a standing agreement with them prevents the same conflicts from being argued case by case."),
    "{who}",
    N_("A recurring forum with {who} is in place and the first two decisions were taken in it.") },
  { PHASE_ACT, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Set up an operating rhythm"),
    N_("A weekly staff meeting, a monthly review of delivery and team health, and skip-level conversations every quarter."),
    N_("A rhythm keeps the organisation aligned once the attention a new leader gets has faded."),
    N_("Engineering managers"),
    N_("The recurring reviews are in the calendar and the first monthly review has been held with every manager.") },
};

static const ItemTemplate manager_items[] = {
  /* Learn: days 1–30 */
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Hold a first one-to-one with every report"),
    N_("Ask about their work, their goals, what they need from a manager and what they would change about the team. Agree a weekly or fortnightly cadence."),
    N_("Trust with each person is what everything else a manager does rests on, and it starts in the first conversation."),
    N_("Your direct reports"), NULL },
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Learn the delivery process end to end"),
    N_("Follow one piece of work from ticket to production: planning, review, testing, release and on-call. Note where it waits."),
    N_("You cannot improve how the team delivers before you have seen how it really works, which often differs from how it is described."),
    N_("Your team"), NULL },
  { PHASE_LEARN, 2, SEED_STAKEHOLDER, 0, 2, BAND_ANY,
    N_("Meet {who} to learn what they need from the team"),
    N_("Ask what they need from the team, what works well and what gets in the way."),
    N_("The job description names {who}; the team’s standing with them is part of the job you are taking over."),
    "{who}", NULL },
  { PHASE_LEARN, 2, SEED_AREA, 0, 1, BAND_ANY,
    N_("Learn how the team’s work on {area} fits the product"),
    N_("Who uses {area}, which numbers describe its health and what is on its roadmap."),
    N_("The job description puts {area} in scope; knowing its users and numbers lets you judge the team’s priorities."),
    N_("Product managers"), NULL },
  { PHASE_LEARN, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Learn what the team has already promised"),
    N_("Read the roadmap, the current commitments and their dates, and the last few retrospectives."),
    N_("Commitments already made are yours now; knowing them early avoids surprises in your first month."),
    N_("Your manager, product managers"), NULL },
  { PHASE_LEARN, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Agree with your manager what success looks like at day 90"),
    N_("Write down the results expected by the end of the quarter and review them together at day 30 and day 60."),
    N_("A shared definition of success keeps this plan honest and your status updates short."),
    N_("Your manager"), NULL },

  /* Diagnose: days 31–60 */
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Find the one pain the team feels most"),
    N_("Collect the complaints from the one-to-ones and retrospectives and pick the one most people mention that you can fix within a month."),
    N_("Fixing a pain the team itself named shows you listened, and it is the fastest way to earn trust."),
    N_("Your team"), NULL },
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Measure the delivery baseline"),
    N_("Cycle time, deployment frequency, escaped defects and on-call load over the last quarter."),
    N_("A baseline turns later improvements into numbers instead of impressions."),
    N_("Your team"), NULL },
  { PHASE_DIAGNOSE, 2, SEED_AREA, 0, 2, BAND_ANY,
    N_("Find the biggest delivery risk in {area}"),
    N_("Look at the open work on {area}: what is late, what depends on other teams, what only one person understands."),
    N_("{area} is named in the job description, so a surprise there is the one that would hurt the team most."),
    N_("Your team, product managers"), NULL },
  { PHASE_DIAGNOSE, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Map each person’s growth"),
    N_("For every report: strengths, the next step in their career and what they need to get there."),
    N_("People leave managers who do not invest in them; a written map makes growth part of every one-to-one."),
    N_("Your direct reports"), NULL },
  { PHASE_DIAGNOSE, 3, SEED_STAKEHOLDER, 2, 1, BAND_ANY,
    N_("Ask {who} what the team could do better"),
    N_("Share what you have learned about the team so far with {who} and ask what they would add."),
    N_("Partners see the team from the outside and notice what the team itself has got used to."),
    "{who}", NULL },
  { PHASE_DIAGNOSE, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Check hiring needs and onboarding"),
    N_("Compare the team’s workload with its size and skills, and ask the newest member what their first month was like."),
    N_("A hire takes months; knowing the need now keeps the team from running short next quarter."),
    N_("Your manager, recruiting"), NULL },

  /* Act: days 61–90 */
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Fix the team’s top pain"),
    N_("Make the change with the team, not for it: agree the fix, who does what and how you will know it worked."),
    N_("It is the change the team asked for, and the proof that raising a problem with you leads somewhere."),
    N_("Your team"),
    N_("The pain is gone or halved by the team’s own measure, confirmed in a retrospective before day 90.") },
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Improve one step of the delivery process"),
    N_("Take the step where work waits longest in the baseline and change it: smaller reviews, faster tests or a simpler release."),
    N_("Delivery is what the team is judged on from the outside; an improvement there helps every project at once."),
    N_("Your team"),
    N_("Cycle time or deployment frequency is better than the day-45 baseline by a number agreed with the team.") },
  { PHASE_ACT, 2, SEED_AREA, 0, 1, BAND_ANY,
    N_("Ship a visible improvement in {area}"),
    N_("Choose a small, high-value change in {area} that the team can ship within the month."),
    N_("A result in the area the job description names shows early that the team is in good hands."),
    N_("Your team, product managers"),
    N_("The change is live and one {area} metric has moved in the right direction.") },
  { PHASE_ACT, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Agree a growth plan with every report"),
    N_("Turn the growth map into a short plan per person, with one goal for the next quarter."),
    N_("A plan written together turns good intentions into something both of you can check."),
    N_("Your direct reports"),
    N_("Every report has a written plan, reviewed together, with one goal for next quarter.") },
  { PHASE_ACT, 2, SEED_STAKEHOLDER, 0, 1, BAND_ANY,
    N_("Set a working agreement with {who}"),
    N_("Agree how requests reach the team, how priorities are traded off and how often you meet."),
    N_("The job description names {who}; a clear agreement keeps their requests from arriving as interruptions."),
    "{who}",
    N_("A written agreement with {who} is in place and followed for the last two weeks of the quarter.") },
  { PHASE_ACT, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Set the team’s goals for next quarter"),
    N_("Write the goals with the team, then agree them with your manager and your product partner."),
    N_("Goals the team wrote itself are the ones it keeps."),
    N_("Your team, your manager, product managers"),
    N_("Next quarter’s goals are agreed, each with a metric.") },
};

static const ItemTemplate individual_items[] = {
  /* Learn: days 1–30 */
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Set up your environment and ship a small change"),
    N_("Build, test and release a small fix in the first two weeks, through the normal review and release process."),
    N_("Shipping early proves the whole path to production works for you and shows where the tooling hurts."),
    N_("Your team"), NULL },
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Learn the codebase and its architecture"),
    N_("Read the main services and their boundaries, draw how a request flows through them and check the drawing with a colleague who knows the system."),
    N_("Every later contribution depends on knowing where the code lives and why it is shaped the way it is."),
    N_("Your team"), NULL },
  { PHASE_LEARN, 2, SEED_AREA, 0, 1, BAND_ANY,
    N_("Read the code paths behind {area} end to end"),
    N_("Follow one real request through {area}, from the user’s click to the data it touches, and note what surprised you."),
    N_("The job description puts {area} in scope; it is where your first real work will most likely land."),
    N_("Your team"), NULL },
  { PHASE_LEARN, 2, SEED_STAKEHOLDER, 0, 2, BAND_ANY,
    N_("Spend an hour with {who}"),
    N_("Learn how they use what the team builds and what they wish it did."),
    N_("The job description names {who}; knowing what they need tells you which work matters."),
    "{who}", NULL },
  { PHASE_LEARN, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Agree expectations with your manager"),
    N_("Ask what a good first quarter looks like for someone at this level and how it will be judged."),
    N_("Knowing the yardstick early lets you aim at it instead of guessing."),
    N_("Your manager"), NULL },
  { PHASE_LEARN, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Shadow on-call or the support queue"),
    N_("Follow an on-call shift or a week of support tickets for the team’s services."),
    N_("Incidents and tickets show how the system fails in practice, which documentation rarely does."),
    N_("Your team, support"), NULL },

  /* Diagnose: days 31–60 */
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Choose a first improvement worth shipping"),
    N_("From what slowed you down in the first month — flaky tests, slow builds, confusing code, missing documentation — pick something small and useful."),
    N_("A newcomer sees the friction everyone else has got used to; using that fresh view is a contribution only you can make now."),
    N_("Your team"), NULL },
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ENTRY | BAND_MID,
    N_("Take on a real feature with a clear owner to learn from"),
    N_("Pick up a feature from the team’s backlog and pair with its reviewer on the design before writing code."),
    N_("Delivering a real feature is how {level} engineers show they can work without close supervision."),
    N_("Your team, your mentor"), NULL },
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_SENIOR,
    N_("Find the team problem you could own"),
    N_("List the technical problems the team keeps working around and pick one that needs a design, not just a fix."),
    N_("{level} engineers are expected to shape the team’s larger projects; finding the right one is the first step."),
    N_("Your team, your manager"), NULL },
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_STAFF_PLUS,
    N_("Map the cross-team technical problems"),
    N_("Talk to the tech leads of neighbouring teams, read the architecture decisions several teams depend on and list the problems none of them owns."),
    N_("For {level} engineers the work that matters most sits between teams; you can only pick it once you have seen it from all sides."),
    N_("Tech leads, engineering managers"), NULL },
  { PHASE_DIAGNOSE, 2, SEED_AREA, 0, 2, BAND_ANY,
    N_("Find the weak spots in {area}"),
    N_("Look at errors, slow paths and open bugs in {area} and rank them by how much users feel them."),
    N_("{area} is named in the job description; a ranked list of its problems is the start of the work you will own."),
    N_("Your team"), NULL },
  { PHASE_DIAGNOSE, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Review your colleagues’ code every day"),
    N_("Take part in code review daily, asking questions where the reasoning is not obvious."),
    N_("Review is the fastest way to learn the codebase’s conventions and to become known on the team."),
    N_("Your team"), NULL },
  { PHASE_DIAGNOSE, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Learn the numbers the team is judged by"),
    N_("Find the dashboards, service-level objectives or product metrics the team reports on, and what moved them last quarter."),
    N_("Knowing the team’s numbers lets you pick work that moves them instead of work that only looks busy."),
    N_("Your manager, product managers"), NULL },
  { PHASE_DIAGNOSE, 3, SEED_STAKEHOLDER, 2, 1, BAND_ANY,
    N_("Ask {who} what they need from the team"),
    N_("Bring one or two ideas from your first month and ask whether they would help."),
    N_("Checking an idea with the people it is for costs an hour and can save weeks."),
    "{who}", NULL },

  /* Act: days 61–90 */
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Ship the first improvement"),
    N_("Finish the improvement chosen in month two, release it and tell the team what changed."),
    N_("A measured result in your first quarter is the clearest sign the hire was a good one."),
    N_("Your team"),
    N_("The change is released, with a before-and-after number — build time, error rate, page load — shared with the team.") },
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ENTRY,
    N_("Own a small feature end to end"),
    N_("Take a small feature from its description to production with your mentor, and stay its owner afterwards."),
    N_("{level} engineers are judged on finishing well-scoped work reliably; one feature done end to end shows exactly that."),
    N_("Your team, your mentor"),
    N_("The feature is live and documented, and you answer the questions about it.") },
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_MID,
    N_("Own a feature from brief to production"),
    N_("Lead a feature from a rough brief through design, build, release and the first week in production."),
    N_("{level} engineers are expected to take work from a rough brief to production without day-to-day guidance."),
    N_("Your team, product managers"),
    N_("The feature ships on the date you committed to, with its success metric tracked.") },
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_SENIOR,
    N_("Own the technical outcome of a team project"),
    N_("Write the design for the problem you picked, get it reviewed and lead the team through its first milestone."),
    N_("{level} engineers are judged on what they own; by day 90 the team should know which problem is yours."),
    N_("Your team, your manager"),
    N_("The design is accepted by the team and the first milestone shipped on the agreed date.") },
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_STAFF_PLUS,
    N_("Own a cross-team technical problem"),
    N_("Write a proposal for the most costly problem on your map, agree it with the teams involved and start the first step."),
    N_("{level} engineers get their results through other teams; a proposal they accept is the first proof you can lead without authority."),
    N_("Tech leads, engineering managers"),
    N_("The proposal is accepted by every team involved and its first milestone is under way.") },
  { PHASE_ACT, 2, SEED_AREA, 0, 1, BAND_ANY,
    N_("Deliver a measurable improvement in {area}"),
    N_("Fix the top item of the {area} weak-spot list."),
    N_("An improvement in the area the job description names is the result your manager will point to."),
    N_("Your team"),
    N_("One {area} metric — latency, errors or conversion — is better than at day 30, measured and shared.") },
  { PHASE_ACT, 2, SEED_STAKEHOLDER, 0, 1, BAND_ANY,
    N_("Close the loop with {who}"),
    N_("Show {who} what changed because of their feedback."),
    N_("Coming back with a result turns a one-off conversation into a working relationship."),
    "{who}",
    N_("{who} confirm that the change solved the problem they raised.") },
  { PHASE_ACT, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Show your work in a team demo"),
    N_("Present what you shipped and what you learned at the team’s demo or in a short write-up."),
    N_("Work that nobody sees does not count towards the trust you are building."),
    N_("Your team, your manager"),
    N_("One demo or write-up given, with questions from the team answered.") },
  { PHASE_ACT, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Improve the onboarding notes"),
    N_("Add what was missing for you in your first month to the team’s onboarding documentation."),
    N_("You are the last person who remembers what was confusing; in a few months you will not."),
    N_("Your team"),
    N_("The onboarding notes are updated and reviewed by the team.") },
};

static const ItemTemplate product_items[] = {
  /* Learn: days 1–30 */
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Talk to customers every week"),
    N_("Hold at least five customer conversations in the first month — sales calls, support tickets, interviews — and keep their own words, not just your summary."),
    N_("A product manager is trusted for knowing customers better than anyone in the room, and that knowledge cannot be borrowed."),
    N_("Customers"), NULL },
  { PHASE_LEARN, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Learn the metrics and where they come from"),
    N_("Find the product’s main metric and its inputs, the dashboards behind them and how far the data can be trusted."),
    N_("Every roadmap decision will be argued with numbers; you need to know which ones hold up."),
    N_("Data analysts, engineers"), NULL },
  { PHASE_LEARN, 2, SEED_AREA, 0, 1, BAND_ANY,
    N_("Learn who the customers of {area} are and what they measure"),
    N_("Who uses {area}, for what job, how often, and which numbers describe its success."),
    N_("The job description puts {area} in scope, so its customers are the ones your roadmap will serve first."),
    N_("Customers, data analysts"), NULL },
  { PHASE_LEARN, 2, SEED_STAKEHOLDER, 0, 2, BAND_ANY,
    N_("Learn what {who} need from the product"),
    N_("Meet {who} and ask what they hear, what they are asked for and what they would build first."),
    N_("The job description names {who}; their view of the product fills in what customer calls alone miss."),
    "{who}", NULL },
  { PHASE_LEARN, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Meet the engineering and design leads one to one"),
    N_("Learn how they like to work, what they think the product gets wrong and how decisions are made today."),
    N_("A roadmap only moves with the people who build it; that partnership starts before the first plan."),
    N_("Engineering managers, designers"), NULL },
  { PHASE_LEARN, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Read the roadmap, past launches and their results"),
    N_("Go through the last year of launches and how each one moved its metric."),
    N_("Past bets and how they landed show what the organisation values and what it has already tried."),
    "", NULL },

  /* Diagnose: days 31–60 */
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Map the biggest customer problems"),
    N_("Group what you heard into problems, size each by how many customers it touches and how much it hurts, and link each one to its evidence."),
    N_("A problem map built from evidence is what makes your later roadmap bet defensible."),
    N_("Customers"), NULL },
  { PHASE_DIAGNOSE, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Find where the funnel leaks"),
    N_("From sign-up to repeated use, find the step with the largest drop and write down a hypothesis for why."),
    N_("The biggest drop is usually the cheapest growth available; it is also where a metric can move within a quarter."),
    N_("Data analysts"), NULL },
  { PHASE_DIAGNOSE, 2, SEED_AREA, 0, 2, BAND_ANY,
    N_("Size the opportunities in {area}"),
    N_("Estimate what the top problems in {area} are worth: customers affected, revenue or retention at stake and the rough cost to solve."),
    N_("{area} is named in the job description; sizing it tells you whether it deserves the first roadmap bet."),
    N_("Data analysts, engineering managers"), NULL },
  { PHASE_DIAGNOSE, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Review how the team decides and ships"),
    N_("How ideas reach the roadmap, how they are prioritised, and how launches are measured afterwards."),
    N_("A good bet still fails in a process that cannot ship or measure it; better to know now."),
    N_("Engineering managers, designers"), NULL },
  { PHASE_DIAGNOSE, 3, SEED_STAKEHOLDER, 2, 1, BAND_ANY,
    N_("Test your problem map with {who}"),
    N_("Walk {who} through the problem map and ask what is missing or wrongly sized."),
    N_("Others have seen customers you have not; their corrections are cheaper now than after a launch."),
    "{who}", NULL },
  { PHASE_DIAGNOSE, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Check the alternatives customers use"),
    N_("Try the two or three products or workarounds customers mentioned most and note where each wins."),
    N_("Customers judge the product against what they would use otherwise, not against the roadmap."),
    "", NULL },

  /* Act: days 61–90 */
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Propose one roadmap bet"),
    N_("Write a one-page case: the customer problem, the evidence, the metric it moves, the smallest version to test it and what you will stop doing to make room."),
    N_("One well-argued bet is worth more than a long list; it shows how you choose, which is what a product manager is hired for."),
    N_("Your manager, engineering managers, designers"),
    N_("The bet is approved in planning with a target metric and a date for its first result.") },
  { PHASE_ACT, 1, SEED_NONE, 0, 0, BAND_ANY,
    N_("Ship a first small win"),
    N_("Release a small improvement that came straight out of the customer conversations."),
    N_("A quick result shows customers and the team that listening leads to change."),
    N_("Engineers, designers"),
    N_("The improvement is released and its effect on one metric measured two weeks later.") },
  { PHASE_ACT, 2, SEED_AREA, 0, 1, BAND_ANY,
    N_("Set goals for {area}"),
    N_("Agree the goals for {area} next quarter with engineering and design."),
    N_("Goals make the bet concrete for the area the job description names, and make progress visible."),
    N_("Engineering managers, designers"),
    N_("Every {area} goal has a baseline, a target and an owner.") },
  { PHASE_ACT, 2, SEED_STAKEHOLDER, 0, 1, BAND_ANY,
    N_("Agree the next quarter’s roadmap with {who}"),
    N_("Walk {who} through the roadmap and the reasoning behind each item before it is final."),
    N_("The job description names {who}; a roadmap they helped shape is one they will support."),
    "{who}",
    N_("{who} have reviewed next quarter’s roadmap and their open concerns are written down with an answer.") },
  { PHASE_ACT, 2, SEED_NONE, 0, 0, BAND_ANY,
    N_("Set up a monthly product review"),
    N_("Review the metrics, the launches and what customers said, once a month with engineering and design."),
    N_("A regular review keeps the team deciding from evidence after your first-quarter push is over."),
    N_("Engineering managers, designers"),
    N_("The first monthly review has been held and the next ones are in the calendar.") },
  { PHASE_ACT, 3, SEED_NONE, 0, 0, BAND_ANY,
    N_("Share what customers told you"),
    N_("Write a short summary of the customer research with quotes and share it widely."),
    N_("Shared evidence lets everyone make better small decisions without asking you."),
    N_("Your team, sales, support"),
    N_("The summary is shared with the team and its partners.") },
};

/* A stakeholder the plan's own shape already covers (a manager's reports,
 * an engineer's teammates) would only repeat a base item. */
static const char * const *
covered_stakeholders (CalPlanKind kind)
{
  static const char * const executive[] = { "engineers", "engineering managers", NULL };
  static const char * const manager[] = { "engineers", NULL };
  static const char * const individual[] = { "engineers", NULL };
  static const char * const product[] = { "product managers", "customers", NULL };

  switch (kind)
    {
    case CAL_PLAN_KIND_EXECUTIVE: return executive;
    case CAL_PLAN_KIND_MANAGER: return manager;
    case CAL_PLAN_KIND_PRODUCT: return product;
    case CAL_PLAN_KIND_INDIVIDUAL:
    default: return individual;
    }
}

/**
 * cal_plan_kind_to_string:
 * @kind: a #CalPlanKind
 *
 * Returns: a stable id: "individual", "manager", "executive" or "product"
 */
const char *
cal_plan_kind_to_string (CalPlanKind kind)
{
  switch (kind)
    {
    case CAL_PLAN_KIND_MANAGER: return "manager";
    case CAL_PLAN_KIND_EXECUTIVE: return "executive";
    case CAL_PLAN_KIND_PRODUCT: return "product";
    case CAL_PLAN_KIND_INDIVIDUAL:
    default: return "individual";
    }
}

/**
 * cal_plan_drafter_kind_for:
 * @catalog: (nullable): the catalog, or %NULL for the default one
 * @track: (nullable): a track id such as "backend-engineer"
 * @level: (nullable): a level id such as "director"
 *
 * Chooses the plan's shape: an executive level makes an executive plan
 * whatever the track (a Director of Product diagnoses an organisation too);
 * then a management track or level makes a manager's plan, the product
 * manager track a product plan, and everything else an individual
 * contributor's plan.
 *
 * Returns: the kind of plan to draft
 */
CalPlanKind
cal_plan_drafter_kind_for (CalCatalog *catalog,
                           const char *track,
                           const char *level)
{
  const CalCatalogLevel *l = NULL;
  const CalCatalogTrack *t = NULL;

  if (catalog == NULL)
    catalog = cal_catalog_get_default ();

  if (level != NULL && *level != '\0')
    l = cal_catalog_get_level (catalog, level);
  if (track != NULL && *track != '\0')
    t = cal_catalog_get_track (catalog, track);

  if (l != NULL && g_strcmp0 (l->band, "executive") == 0)
    return CAL_PLAN_KIND_EXECUTIVE;
  if ((l != NULL && g_strcmp0 (l->ladder, "management") == 0) ||
      (t != NULL && g_strcmp0 (t->ladder, "management") == 0))
    return CAL_PLAN_KIND_MANAGER;
  if (g_strcmp0 (track, "product-manager") == 0)
    return CAL_PLAN_KIND_PRODUCT;

  return CAL_PLAN_KIND_INDIVIDUAL;
}

static Band
band_for_level (const CalCatalogLevel *level)
{
  if (level == NULL)
    return BAND_MID;
  if (g_strcmp0 (level->band, "entry") == 0)
    return BAND_ENTRY;
  if (g_strcmp0 (level->band, "senior") == 0)
    return BAND_SENIOR;
  if (g_strcmp0 (level->band, "staff-plus") == 0)
    return BAND_STAFF_PLUS;

  return BAND_MID;
}

/* Fills {who}, {area} and {level} into an already translated text. A
 * product area starts a sentence in some templates, so it is given a
 * capital there. */
static char *
fill (const char *text,
      const char *who,
      const char *area,
      const char *level)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  p = text;
  while (*p != '\0')
    {
      const char *value = NULL;
      gsize skip = 0;

      if (g_str_has_prefix (p, "{who}"))
        value = who, skip = strlen ("{who}");
      else if (g_str_has_prefix (p, "{area}"))
        value = area, skip = strlen ("{area}");
      else if (g_str_has_prefix (p, "{level}"))
        value = level, skip = strlen ("{level}");

      if (skip == 0)
        {
          g_string_append_c (out, *p);
          p++;
          continue;
        }

      if (value != NULL && *value != '\0')
        {
          if (out->len == 0 || g_str_has_suffix (out->str, ". "))
            {
              gunichar c = g_utf8_get_char (value);
              char buf[8];

              g_string_append_len (out, buf, g_unichar_to_utf8 (g_unichar_totitle (c), buf));
              g_string_append (out, g_utf8_next_char (value));
            }
          else
            g_string_append (out, value);
        }
      p += skip;
    }

  return g_string_free (out, FALSE);
}

static GPtrArray *
seeds_of (const char * const *values,
          const char * const *skip)
{
  GPtrArray *seeds = g_ptr_array_new ();

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (*values[i] == '\0')
        continue;
      if (skip != NULL && g_strv_contains (skip, values[i]))
        continue;
      g_ptr_array_add (seeds, (gpointer) values[i]);
    }

  return seeds;
}

static CalPlanItem *
item_from_template (const ItemTemplate *t,
                    const char         *who,
                    const char         *area,
                    const char         *level_name,
                    int                 priority)
{
  CalPlanItem *item = cal_plan_item_new ();
  g_autofree char *title = fill (_(t->title), who, area, level_name);
  g_autofree char *detail = fill (_(t->detail), who, area, level_name);
  g_autofree char *rationale = fill (_(t->rationale), who, area, level_name);
  g_autofree char *stakeholder = NULL;
  g_autofree char *outcome = NULL;

  /* "{who}" as a stakeholder is the JD's own phrase, untranslated; it
   * gets a capital like the other stakeholder lines. */
  if (g_strcmp0 (t->stakeholder, "{who}") == 0)
    stakeholder = fill ("{who}", who, NULL, NULL);
  else
    stakeholder = t->stakeholder != NULL && *t->stakeholder != '\0' ? g_strdup (_(t->stakeholder)) : g_strdup ("");
  outcome = t->outcome != NULL ? fill (_(t->outcome), who, area, level_name) : g_strdup ("");

  cal_plan_item_set_phase (item, cal_plan_phase_id (t->phase));
  cal_plan_item_set_priority (item, CLAMP (priority, 1, 3));
  cal_plan_item_set_title (item, title);
  cal_plan_item_set_detail (item, detail);
  cal_plan_item_set_rationale (item, rationale);
  cal_plan_item_set_stakeholder (item, stakeholder);
  cal_plan_item_set_outcome (item, outcome);
  if (t->seed == SEED_AREA)
    {
      g_autofree char *area_label = fill ("{area}", NULL, area, NULL);

      cal_plan_item_set_product_area (item, area_label);
      cal_plan_item_set_source_phrase (item, area);
    }
  else if (t->seed == SEED_STAKEHOLDER)
    cal_plan_item_set_source_phrase (item, who);

  return item;
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  CalPlanItem *ia = *(CalPlanItem **) a;
  CalPlanItem *ib = *(CalPlanItem **) b;

  return cal_plan_item_get_priority (ia) - cal_plan_item_get_priority (ib);
}

static CalJdAnalysis *
analysis_of (CalJob  *job,
             GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (cal_job_get_analysis (job)));
  const char *text = cal_job_get_analysis (job);
  CalJdAnalysis *analysis;

  if (*stripped == '\0')
    goto none;

  if (!json_parser_load_from_data (parser, text, -1, &local_error) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_INVALID_ANALYSIS,
                   _("The stored analysis of this job is damaged, so no plan can be drafted from it. "
                     "Import the job description again to analyse it afresh."));
      return NULL;
    }

  if (json_object_get_size (json_node_get_object (json_parser_get_root (parser))) == 0)
    goto none;

  analysis = cal_jd_analysis_new_from_json (json_parser_get_root (parser), &local_error);
  if (analysis == NULL)
    {
      g_set_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_INVALID_ANALYSIS,
                   _("The stored analysis of this job cannot be read (%s). "
                     "Import the job description again to analyse it afresh."),
                   local_error->message);
      return NULL;
    }
  return analysis;

none:
  g_set_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_NO_ANALYSIS,
               _("This job has no analysis of its job description, so there is nothing to draft a plan from. "
                 "Import the job description first, or start a blank plan."));
  return NULL;
}

/**
 * cal_plan_drafter_draft:
 * @catalog: (nullable): the catalog, or %NULL for the default one
 * @job: a job with an analysis of its job description
 * @items: (out) (transfer full): a #GListModel of #CalPlanItem: learn,
 *   then diagnose, then act, each by position
 * @error: return location for a #GError
 *
 * Drafts a first-90-days plan for @job: three phases (learn, days 1–30;
 * diagnose, 31–60; act, 61–90) of four to seven items each, every item
 * with a priority, a rationale and its stakeholders, the act items with
 * a measurable outcome. Items seeded from the job description carry the
 * phrase they came from in #CalPlanItem:source-phrase.
 *
 * Nothing is stored: the plan and its items have no id yet. Save the
 * plan first, then set each item's plan id and save the items.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 *   (%CAL_PLAN_DRAFTER_ERROR_NO_ANALYSIS when the job was never analysed)
 */
CalPlan *
cal_plan_drafter_draft (CalCatalog  *catalog,
                        CalJob      *job,
                        GListModel **items,
                        GError     **error)
{
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autoptr(GPtrArray) stakeholders = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree char *title = NULL;
  const ItemTemplate *templates;
  const CalCatalogLevel *level;
  const char *track_id, *level_id;
  const char *level_name;
  CalPlanKind kind;
  CalPlan *plan;
  guint n_templates;
  Band band;

  g_return_val_if_fail (CAL_IS_JOB (job), NULL);
  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *items = NULL;

  if (catalog == NULL)
    catalog = cal_catalog_get_default ();

  analysis = analysis_of (job, error);
  if (analysis == NULL)
    return NULL;

  /* The job's own track and level win: the user may have corrected what
   * the analyzer read. */
  track_id = *cal_job_get_track (job) != '\0' ? cal_job_get_track (job) : cal_jd_analysis_get_track (analysis);
  level_id = *cal_job_get_level (job) != '\0' ? cal_job_get_level (job) : cal_jd_analysis_get_level (analysis);
  kind = cal_plan_drafter_kind_for (catalog, track_id, level_id);
  level = level_id != NULL && *level_id != '\0' ? cal_catalog_get_level (catalog, level_id) : NULL;
  /* Without a known level, the items are written for a mid-level role,
   * the most common one. */
  if (level == NULL)
    level = cal_catalog_get_level (catalog, "mid");
  band = band_for_level (level);
  level_name = level != NULL ? level->name : "";

  switch (kind)
    {
    case CAL_PLAN_KIND_EXECUTIVE:
      templates = executive_items;
      n_templates = G_N_ELEMENTS (executive_items);
      break;

    case CAL_PLAN_KIND_MANAGER:
      templates = manager_items;
      n_templates = G_N_ELEMENTS (manager_items);
      break;

    case CAL_PLAN_KIND_PRODUCT:
      templates = product_items;
      n_templates = G_N_ELEMENTS (product_items);
      break;

    case CAL_PLAN_KIND_INDIVIDUAL:
    default:
      templates = individual_items;
      n_templates = G_N_ELEMENTS (individual_items);
      break;
    }

  stakeholders = seeds_of (cal_jd_analysis_get_stakeholders (analysis), covered_stakeholders (kind));
  areas = seeds_of (cal_jd_analysis_get_product_areas (analysis), NULL);

  store = g_list_store_new (CAL_TYPE_PLAN_ITEM);
  for (guint phase = PHASE_LEARN; phase <= PHASE_ACT; phase++)
    {
      g_autoptr(GPtrArray) phase_items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n_templates; i++)
        {
          const ItemTemplate *t = &templates[i];
          GPtrArray *seeds;
          guint first;

          if (t->phase != phase || (t->bands != BAND_ANY && (t->bands & band) == 0))
            continue;

          if (t->seed == SEED_NONE)
            {
              g_ptr_array_add (phase_items, item_from_template (t, NULL, NULL, level_name, t->priority));
              continue;
            }

          seeds = t->seed == SEED_AREA ? areas : stakeholders;
          /* With few seeds, a template meant for a later one falls back to
           * the first, so the phase still gets its JD-specific item. */
          first = t->first < seeds->len ? t->first : 0;
          for (guint s = first; s < seeds->len && s < first + t->max; s++)
            {
              const char *seed = g_ptr_array_index (seeds, s);
              int priority = t->priority + (int) (s - first);

              g_ptr_array_add (phase_items,
                               item_from_template (t,
                                                   t->seed == SEED_STAKEHOLDER ? seed : NULL,
                                                   t->seed == SEED_AREA ? seed : NULL,
                                                   level_name, priority));
            }
        }

      /* Most important first; within a priority, the templates' order,
       * which puts the role's core work before the rest. */
      g_ptr_array_sort (phase_items, compare_priority);
      for (guint i = 0; i < phase_items->len && i < MAX_ITEMS_PER_PHASE; i++)
        {
          CalPlanItem *item = g_ptr_array_index (phase_items, i);

          cal_plan_item_set_position (item, i);
          g_list_store_append (store, item);
        }
    }

  plan = cal_plan_new ();
  cal_plan_set_job_id (plan, cal_job_get_id (job));
  title = cal_plan_format_title (job);
  cal_plan_set_title (plan, title);

  *items = G_LIST_MODEL (g_steal_pointer (&store));
  return plan;
}

/**
 * cal_plan_drafter_save:
 * @store: the store
 * @plan: a plan that is not stored yet
 * @items: a #GListModel of its #CalPlanItem
 * @error: return location for a #GError
 *
 * Stores a new plan and its items, all or nothing: if the items cannot
 * be written, the plan is removed again, so a failed draft leaves no
 * empty plan behind.
 *
 * Returns: %TRUE if the plan and every item were stored
 */
gboolean
cal_plan_drafter_save (CalStore    *store,
                       CalPlan     *plan,
                       GListModel  *items,
                       GError     **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (CAL_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), FALSE);

  if (!cal_store_save_plan (store, plan, error))
    return FALSE;

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      CalPlanItem *item = g_list_model_get_item (items, i);

      cal_plan_item_set_plan_id (item, cal_plan_get_id (plan));
      g_ptr_array_add (objects, item);
    }

  if (objects->len > 0 && !cal_store_save_all (store, objects, error))
    {
      cal_store_delete_plan (store, cal_plan_get_id (plan), NULL);
      cal_plan_set_id (plan, 0);
      for (guint i = 0; i < objects->len; i++)
        cal_plan_item_set_plan_id (objects->pdata[i], 0);
      return FALSE;
    }

  return TRUE;
}
