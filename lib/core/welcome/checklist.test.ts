import { describe, expect, it } from "vitest";
import { welcomeChecklist, type WelcomeFacts, type WelcomeStepKey } from "./checklist";

const brandNew: WelcomeFacts = {
  hasCompanyProfile: false,
  hasPriceList: false,
  latestProjectId: null,
  hasFinalizedProposal: false,
  hasSampleProject: false,
  dismissedAt: null,
};

const allDone: WelcomeFacts = { ...brandNew, hasCompanyProfile: true, hasPriceList: true, latestProjectId: "project-1", hasFinalizedProposal: true };

const doneKeys = (facts: WelcomeFacts) => welcomeChecklist(facts).steps.filter((step) => step.isDone).map((step) => step.key);

describe("welcomeChecklist: each step is ticked by its own fact only", () => {
  it.each<{ label: string; facts: WelcomeFacts; done: WelcomeStepKey[] }>([
    { label: "a brand-new organization has done nothing", facts: brandNew, done: [] },
    { label: "a saved company profile ticks the profile", facts: { ...brandNew, hasCompanyProfile: true }, done: ["company-profile"] },
    { label: "a project without a price list ticks only the project", facts: { ...brandNew, latestProjectId: "project-1" }, done: ["first-project"] },
    // The price list is the organization's, not a project's: it counts before any project exists.
    { label: "a saved price list ticks the prices, with no project yet", facts: { ...brandNew, hasPriceList: true }, done: ["prices"] },
    { label: "a finalized proposal ticks the proposal", facts: { ...brandNew, latestProjectId: "project-1", hasFinalizedProposal: true }, done: ["first-project", "first-proposal"] },
    // The data layer leaves sample projects out of every fact; having one ticks nothing by itself.
    { label: "a sample project alone ticks nothing", facts: { ...brandNew, hasSampleProject: true }, done: [] },
    { label: "everything done ticks all four, in the order they are done", facts: allDone, done: ["company-profile", "prices", "first-project", "first-proposal"] },
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
  it.each<{ label: string; facts: WelcomeFacts; proposal: string }>([
    { label: "without a project, finalizing starts with a new project; prices are always the price list", facts: brandNew, proposal: "/projects/new" },
    { label: "with a project, finalizing opens the newest one", facts: { ...brandNew, latestProjectId: "project-9" }, proposal: "/projects/project-9" },
  ])("$label", ({ facts, proposal }) => {
    const hrefs = Object.fromEntries(welcomeChecklist(facts).steps.map((step) => [step.key, step.href]));
    expect(hrefs).toEqual({ "company-profile": "/organization", "first-project": "/projects/new", prices: "/organization/prices", "first-proposal": proposal });
  });

  it.each<{ label: string; hasSampleProject: boolean; canAddSample: boolean }>([
    { label: "offered while the organization has no sample", hasSampleProject: false, canAddSample: true },
    { label: "not offered again once one is on the list", hasSampleProject: true, canAddSample: false },
  ])("$label", ({ hasSampleProject, canAddSample }) => {
    expect(welcomeChecklist({ ...brandNew, hasSampleProject }).canAddSample).toBe(canAddSample);
  });

  it("says what the prices are for and when the step counts as done", () => {
    const prices = welcomeChecklist(brandNew).steps.find((step) => step.key === "prices")!;
    expect(prices.title).toBe("Set your prices");
    expect(prices.detail).toContain("fill in a new option's costs");
    expect(prices.detail).toContain("Done once your solar price per watt is saved.");
  });
});
