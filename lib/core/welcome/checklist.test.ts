import { describe, expect, it } from "vitest";
import { welcomeChecklist, type WelcomeFacts, type WelcomeStepKey } from "./checklist";

const brandNew: WelcomeFacts = {
  hasCompanyProfile: false,
  hasPricedOption: false,
  latestProjectId: null,
  hasFinalizedProposal: false,
  hasSampleProject: false,
  dismissedAt: null,
};

const allDone: WelcomeFacts = { ...brandNew, hasCompanyProfile: true, hasPricedOption: true, latestProjectId: "project-1", hasFinalizedProposal: true };

const doneKeys = (facts: WelcomeFacts) => welcomeChecklist(facts).steps.filter((step) => step.isDone).map((step) => step.key);

describe("welcomeChecklist: each step is ticked by its own fact only", () => {
  it.each<{ label: string; facts: WelcomeFacts; done: WelcomeStepKey[] }>([
    { label: "a brand-new organization has done nothing", facts: brandNew, done: [] },
    { label: "a saved company profile ticks the profile", facts: { ...brandNew, hasCompanyProfile: true }, done: ["company-profile"] },
    { label: "a project without prices ticks only the project", facts: { ...brandNew, latestProjectId: "project-1" }, done: ["first-project"] },
    { label: "a priced option ticks the prices", facts: { ...brandNew, latestProjectId: "project-1", hasPricedOption: true }, done: ["first-project", "prices"] },
    { label: "a finalized proposal ticks the proposal", facts: { ...brandNew, latestProjectId: "project-1", hasFinalizedProposal: true }, done: ["first-project", "first-proposal"] },
    // The data layer leaves sample projects out of every fact; having one ticks nothing by itself.
    { label: "a sample project alone ticks nothing", facts: { ...brandNew, hasSampleProject: true }, done: [] },
    { label: "everything done ticks all four, in the order they are done", facts: allDone, done: ["company-profile", "first-project", "prices", "first-proposal"] },
  ])("$label", ({ facts, done }) => {
    expect(doneKeys(facts)).toEqual(done);
    expect(welcomeChecklist(facts).doneCount).toBe(done.length);
  });
});

describe("welcomeChecklist: shown until complete or dismissed", () => {
  it.each<{ label: string; facts: WelcomeFacts; isShown: boolean; isComplete: boolean }>([
    { label: "new and not dismissed: shown", facts: brandNew, isShown: true, isComplete: false },
    { label: "three of four done: still shown", facts: { ...allDone, hasFinalizedProposal: false }, isShown: true, isComplete: false },
    { label: "all four done: hidden without a dismissal", facts: allDone, isShown: false, isComplete: true },
    { label: "dismissed with nothing done: hidden", facts: { ...brandNew, dismissedAt: new Date("2026-12-03T14:10:00Z") }, isShown: false, isComplete: false },
  ])("$label", ({ facts, isShown, isComplete }) => {
    expect(welcomeChecklist(facts)).toMatchObject({ isShown, isComplete });
  });
});

describe("welcomeChecklist: links and the sample project", () => {
  it.each<{ label: string; facts: WelcomeFacts; prices: string; proposal: string }>([
    { label: "without a project, pricing and finalizing start with a new project", facts: brandNew, prices: "/projects/new", proposal: "/projects/new" },
    { label: "with a project, they open the newest one", facts: { ...brandNew, latestProjectId: "project-9" }, prices: "/projects/project-9", proposal: "/projects/project-9" },
  ])("$label", ({ facts, prices, proposal }) => {
    const hrefs = Object.fromEntries(welcomeChecklist(facts).steps.map((step) => [step.key, step.href]));
    expect(hrefs).toEqual({ "company-profile": "/organization", "first-project": "/projects/new", prices, "first-proposal": proposal });
  });

  it.each<{ label: string; hasSampleProject: boolean; canAddSample: boolean }>([
    { label: "offered while the organization has no sample", hasSampleProject: false, canAddSample: true },
    { label: "not offered again once one is on the list", hasSampleProject: true, canAddSample: false },
  ])("$label", ({ hasSampleProject, canAddSample }) => {
    expect(welcomeChecklist({ ...brandNew, hasSampleProject }).canAddSample).toBe(canAddSample);
  });

  it("says honestly that prices are per option, since there is no price list", () => {
    const prices = welcomeChecklist(brandNew).steps.find((step) => step.key === "prices")!;
    expect(prices.title).toBe("Set your first option's prices");
    expect(prices.detail).toContain("Done once one of your options has a price.");
  });
});
