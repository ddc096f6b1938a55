/**
 * The getting-started checklist a new organization sees on its projects list: four steps, each ticked from what the
 * organization has actually done (never from a click on the checklist itself), and a sample project on offer.
 *
 * The sample project never counts: it is made-up demo data, so adding it must not tick "first project" or "first
 * proposal" (the data layer leaves sample projects out of every fact below).
 */

/** What the organization has done so far, as lib/server/data/welcome.ts reads it. */
export interface WelcomeFacts {
  /** The company profile was saved at least once. */
  hasCompanyProfile: boolean;
  /** Its price list is saved (the solar price per watt is set), so new options start with its costs. */
  hasPriceList: boolean;
  /** Its newest own project, where finalizing a proposal happens; null: none yet. */
  latestProjectId: string | null;
  /** A proposal version was finalized on one of its own projects. */
  hasFinalizedProposal: boolean;
  /** A sample project is on its list (it is offered while there is none). */
  hasSampleProject: boolean;
  /** When an owner or admin dismissed the checklist; null: never. */
  dismissedAt: Date | null;
}

export type WelcomeStepKey = "company-profile" | "prices" | "first-project" | "first-proposal";

export interface WelcomeStep {
  key: WelcomeStepKey;
  title: string;
  /** What the step is for, and when it counts as done, in the installer's words. */
  detail: string;
  /** Where to do it. */
  href: string;
  isDone: boolean;
}

export interface WelcomeChecklist {
  steps: WelcomeStep[];
  doneCount: number;
  isComplete: boolean;
  /** Shown on the projects list until every step is done or an owner or admin dismisses it. */
  isShown: boolean;
  canAddSample: boolean;
}

export function welcomeChecklist(facts: WelcomeFacts): WelcomeChecklist {
  const projectHref = facts.latestProjectId ? `/projects/${facts.latestProjectId}` : "/projects/new";
  const steps: WelcomeStep[] = [
    {
      key: "company-profile",
      title: "Add your company profile",
      detail: "Your address, phone, license numbers and logo go on every proposal your customers see. Done once the profile is saved.",
      href: "/organization",
      isDone: facts.hasCompanyProfile,
    },
    {
      // Before the first project: the prices fill in a new option's costs, so they are worth setting first.
      key: "prices",
      title: "Set your prices",
      detail: "Your price per watt for solar, per battery and your usual adders fill in a new option's costs. Done once your solar price per watt is saved.",
      href: "/organization/prices",
      isDone: facts.hasPriceList,
    },
    {
      key: "first-project",
      title: "Create your first project",
      detail: "A project is one customer's home or business: the address, utility and tariff.",
      href: "/projects/new",
      isDone: facts.latestProjectId !== null,
    },
    {
      key: "first-proposal",
      title: "Finalize your first proposal",
      detail: "Finalizing an option freezes its figures into a proposal you can share with a link or as a PDF.",
      href: projectHref,
      isDone: facts.hasFinalizedProposal,
    },
  ];
  const doneCount = steps.filter((step) => step.isDone).length;
  const isComplete = doneCount === steps.length;
  return { steps, doneCount, isComplete, isShown: facts.dismissedAt === null && !isComplete, canAddSample: !facts.hasSampleProject };
}
