/**
 * Tax credits as versioned, sourced data, like the programs' rate versions (docs/financing.md, "Tax rules").
 *
 * Each version says who may claim the credit (the homeowner, or the system's owner under a lease or PPA), for which
 * ownership and segment, from and until which day, how much (or that Gridfolio does not compute it), the plain
 * sentence the proposal prints, and its source with the day it was checked. Where the primary source (the statute, the
 * IRS, a state revenue department) could not be read here, `isPrimarySourceRead` is false and the notes say what was
 * read instead: nothing is guessed.
 *
 * Credits are figured on the proposal date. For the federal homeowner credit what counts in law is when the
 * installation is completed, not when it is sold: a version's sentence says so where it matters.
 */
import { formatPercent, formatUsd } from "../money/format";
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";
import type { Segment } from "../programs/types";
import type { Ownership } from "./recipients";

export type TaxClaimant = "homeowner" | "system-owner" | "nobody";

export type TaxCreditAmount =
  /** rate × basis, capped; with `netOfFederalCredits` the basis is first reduced by the federal credits figured before it. */
  | {
      kind: "percent";
      rate: number;
      capCents: Cents | null;
      netOfFederalCredits: boolean;
      /** The credit is for renewable energy property: an option with a battery and no solar gets none. */
      requiresSolar: boolean;
    }
  /** Nobody can claim a credit for this case: the sentence says why. */
  | { kind: "none" }
  /** Someone may claim a credit, but it depends on facts Gridfolio does not have (the owner's costs, wages, sourcing). */
  | { kind: "not-computed" };

export interface TaxRuleVersion {
  /** Stable id recorded with a saved proposal: "us-25d/2026". */
  id: string;
  /** "US" for federal rules, else the two-letter state. */
  jurisdiction: string;
  name: string;
  /** YYYY-MM-DD: the first proposal date the version applies to. */
  effectiveDate: string;
  /** YYYY-MM-DD: the last proposal date it applies to; null while in force. */
  endDate: string | null;
  ownership: readonly Ownership[];
  segments: readonly Segment[];
  claimant: TaxClaimant;
  amount: TaxCreditAmount;
  /** The sentence the proposal prints, in the homeowner's words. */
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
  /** YYYY-MM-DD. */
  checkedOn: string;
  /** False where the statute or agency text itself could not be read: the notes name what was read instead. */
  isPrimarySourceRead: boolean;
  notes: string;
}

/** A tax question that is not a credit (basis, taxability): data with its source and a plain note. */
export interface TaxabilityNote {
  id: string;
  topic: "basis" | "grid-services-income";
  text: string;
  sourceTitle: string;
  sourceUrl: string;
  checkedOn: string;
  isPrimarySourceRead: boolean;
  notes: string;
}

export const ASK_YOUR_TAX_ADVISER = "Gridfolio is not tax advice: ask your tax adviser how these rules apply to you.";

const CHECKED_ON = "2026-12-03";
const RESIDENTIAL: readonly Segment[] = ["residential"];
const COMMERCIAL: readonly Segment[] = ["commercial"];
const BOTH_SEGMENTS: readonly Segment[] = ["residential", "commercial"];

// Sources (read 2026-12-03 through the search tool's stored copies; see docs/financing.md, "Tax rules"):
// - 26 U.S.C. § 25D as amended (Bloomberg Tax's public IRC page; customsmobile.com's copy for (d)(6)): qualified solar
//   electric and battery storage (≥ 3 kWh) expenditures; § 25D(e)(8)(A), quoted by secondary pages: an expenditure is
//   made when the original installation is completed.
// - Public Law 119-21 § 70506 (quoted from the enrolled bill): § 25D(h) now reads "shall not apply with respect to any
//   expenditures made after December 31, 2025". CRS Insight IN12611 (September 25, 2025) says the same. IRS Fact Sheet
//   FS-2025-05 (August 21, 2025), quoted by CPA Practice Advisor and Current Federal Tax Developments: "The credit will
//   not be allowed for any expenditures made after December 31, 2025." irs.gov itself was not in the stored pages.
// - § 48E after P.L. 119-21 § 70513 (the Senate amendment text the House passed unchanged, self-law.org's copy):
//   wind and solar property placed in service after December 31, 2027 gets no credit unless construction began by
//   July 4, 2026 (12 months after enactment; that exception is in § 70513 as summarized by Nixon Peabody, EY and
//   JD Supra, not in the excerpt read); energy storage is exempt from that termination; facilities and storage
//   beginning construction after December 31, 2025 lose the credit if they include material assistance from a
//   prohibited foreign entity. IRS Notice 2025-42 (August 15, 2025; via Nixon Peabody's and JD Supra's summaries): from
//   September 2, 2025 construction begins only with physical work of a significant nature, except solar of 1.5 MW (AC)
//   or less, which keeps the 5 % safe harbor. Storage: full credit for construction beginning through 2033, 75 % in
//   2034, 50 % in 2035 (pv magazine USA, Energy-Storage.news).
// - Massachusetts: M.G.L. c. 62 § 6(d) as described by the Commonwealth's tax expenditure budget (item 1.601, FY2024):
//   15 % of the net expenditure or $1,000, whichever is less, 3-year carryforward; 830 CMR 62.6.1 (a copy of the
//   regulation): net expenditure = price + installation − credits under the Internal Revenue Code − HUD grants, for
//   property "separately purchased and assembled by the residential property owner or tenant".
const TAX_RULE_VERSIONS: readonly TaxRuleVersion[] = [
  {
    id: "us-25d/2022",
    jurisdiction: "US",
    name: "Residential clean energy credit (§25D)",
    effectiveDate: "2022-01-01",
    endDate: "2025-12-31",
    ownership: ["customer"],
    segments: RESIDENTIAL,
    claimant: "homeowner",
    amount: { kind: "percent", rate: 0.3, capCents: null, netOfFederalCredits: false, requiresSolar: false },
    summary:
      "Federal residential clean energy credit (§25D): 30% of the cost, only if the installation is completed by December 31, 2025; installed later, the system gets no federal credit.",
    sourceTitle: "26 U.S.C. § 25D (Residential Clean Energy Credit), Bloomberg Tax IRC",
    sourceUrl: "https://irc.bloombergtax.com/public/uscode/doc/irc/section_25d",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes:
      "30% for property installed 2022 through 2025 (Inflation Reduction Act, P.L. 117-169 § 13302). Batteries of at least 3 kWh qualify (§ 25D(d)(6), read in the customsmobile.com copy of the Code). An expenditure is made when the original installation is completed (§ 25D(e)(8)(A)): that subsection was read as quoted by two secondary pages, not in the Bloomberg excerpt, which covers (a) and (b). Nonrefundable; unused credit carries forward.",
  },
  {
    id: "us-25d/2026",
    jurisdiction: "US",
    name: "Residential clean energy credit (§25D)",
    effectiveDate: "2026-01-01",
    endDate: null,
    ownership: ["customer"],
    segments: RESIDENTIAL,
    claimant: "nobody",
    amount: { kind: "none" },
    summary:
      "No federal tax credit: the residential clean energy credit (§25D) ended for expenditures made after December 31, 2025 (Public Law 119-21, § 70506). A system you buy with cash or a loan and that is installed in 2026 or later gets no federal credit.",
    sourceTitle: "Congressional Research Service, Insight IN12611: Expiration and Carryforward Rules for the Residential Clean Energy Credit (September 25, 2025)",
    sourceUrl: "https://www.everycrsreport.com/reports/IN12611.html",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: false,
    notes:
      "P.L. 119-21 § 70506 rewrote § 25D(h): the credit does not apply to expenditures made after December 31, 2025 (the enrolled text as quoted; congress.gov not read). IRS Fact Sheet FS-2025-05 (August 21, 2025) says the same; read through CPA Practice Advisor's and Current Federal Tax Developments' quotations, not on irs.gov. Carryforwards of credits earned through 2025 are unaffected (CRS IN12611).",
  },
  {
    id: "us-48e-third-party/2025-01",
    jurisdiction: "US",
    name: "Clean electricity investment credit (§48E), claimed by the system's owner",
    effectiveDate: "2025-01-01",
    endDate: "2025-07-03",
    ownership: ["third-party"],
    segments: BOTH_SEGMENTS,
    claimant: "system-owner",
    amount: { kind: "not-computed" },
    summary:
      "The system's owner (the leasing or PPA company), not you, may claim the federal clean electricity investment credit (§48E). It is the owner's credit: it reaches you only through the lease or PPA price, and your figures count nothing for it.",
    sourceTitle: "Federal Register 2025-00196: Section 45Y Clean Electricity Production Credit and Section 48E Clean Electricity Investment Credit (final rule, January 15, 2025)",
    sourceUrl: "https://federalstatelaw.com/federal-register/2025-00196",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes: "§48E applies to qualified facilities and energy storage placed in service after 2024 (the final regulations' abstract). The rate (6 % base, 30 % with the wage and apprenticeship rules or under 1 MW, plus bonuses) depends on the owner's facts: not computed.",
  },
  {
    id: "us-48e-third-party/2025-07",
    jurisdiction: "US",
    name: "Clean electricity investment credit (§48E), claimed by the system's owner",
    effectiveDate: "2025-07-04",
    endDate: null,
    ownership: ["third-party"],
    segments: BOTH_SEGMENTS,
    claimant: "system-owner",
    amount: { kind: "not-computed" },
    summary:
      "The system's owner (the leasing or PPA company), not you, may claim the federal clean electricity investment credit (§48E) under its 2026 conditions: solar must begin construction by July 4, 2026 or be placed in service by December 31, 2027; a battery keeps the credit longer (full rate for construction beginning through 2033); and a project beginning construction after 2025 must pass the prohibited-foreign-entity (material assistance) rules. It is the owner's credit: it reaches you only through the lease or PPA price, and your figures count nothing for it.",
    sourceTitle: "Public Law 119-21 § 70513, Termination and restrictions on clean electricity investment credit (Senate amendment to H.R. 1, enacted unchanged)",
    sourceUrl: "https://self-law.org/code/bill/119/hr/1/eas/section-70513",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes:
      "Read: the new § 48E(e)(4) (no credit for wind or solar property placed in service after December 31, 2027; storage at such a facility exempt) and the prohibited-foreign-entity exclusions for construction beginning after December 31, 2025. The July 4, 2026 begin-construction exception and Notice 2025-42 (physical work test from September 2, 2025; 5% safe harbor kept for solar of 1.5 MW AC or less) were read in law-firm summaries (Nixon Peabody, JD Supra, EY), not in the Notice itself. Storage phase-down (100% through 2033, 75% 2034, 50% 2035) from pv magazine USA and Energy-Storage.news. Secondary summaries also report a new bar on §48E for leased residential solar water heating and small wind property; it was not read in the statute and does not cover solar electric property or batteries as summarized.",
  },
  {
    id: "us-48e-commercial/2025-07",
    jurisdiction: "US",
    name: "Clean electricity investment credit (§48E) and depreciation, for a business that owns its system",
    effectiveDate: "2025-07-04",
    endDate: null,
    ownership: ["customer"],
    segments: COMMERCIAL,
    claimant: "system-owner",
    amount: { kind: "not-computed" },
    summary:
      "A business that owns its system may claim the federal clean electricity investment credit (§48E) under the same 2026 conditions (solar: construction begun by July 4, 2026 or in service by December 31, 2027; batteries longer; foreign-entity rules) and depreciate the system (MACRS). Gridfolio does not compute either: they depend on the business's taxes.",
    sourceTitle: "Public Law 119-21 § 70513, Termination and restrictions on clean electricity investment credit (Senate amendment to H.R. 1, enacted unchanged)",
    sourceUrl: "https://self-law.org/code/bill/119/hr/1/eas/section-70513",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes: "As us-48e-third-party/2025-07. MACRS (5-year property for solar and storage) was not re-read for this version: stated, not computed.",
  },
  {
    id: "ma-6d/1991",
    jurisdiction: "MA",
    name: "Massachusetts residential renewable energy income tax credit",
    effectiveDate: "1991-01-01",
    endDate: null,
    ownership: ["customer"],
    segments: RESIDENTIAL,
    claimant: "homeowner",
    amount: { kind: "percent", rate: 0.15, capCents: 100_000, netOfFederalCredits: true, requiresSolar: true },
    summary:
      "Massachusetts residential renewable energy income tax credit: 15% of the net cost, up to $1,000, against state income tax (M.G.L. c. 62 § 6(d)); unused credit carries forward up to three years.",
    sourceTitle: "Commonwealth of Massachusetts, FY2024 Tax Expenditure Budget, item 1.601 Renewable Energy Source Credit (M.G.L. c. 62 § 6(d))",
    sourceUrl: "https://budget.digital.mass.gov/govbudget/fy24/tax-expenditure-budget/personal-income-tax/credits-against-tax/1-601",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes:
      "15% of the net expenditure or $1,000, whichever is less, for equipment producing solar or wind energy for a residence; 3-year carryforward; neither transferable nor refundable. Net expenditure (830 CMR 62.6.1, read in a copy of the regulation) = purchase price + installation − federal credits − HUD grants, so utility rebates do not lower it. 15% since tax years after 1990 (the FY2010 budget's comment: 35% originally, 25% for 1989–1990). A battery without solar is not renewable energy source property on our reading: ask your tax adviser.",
  },
  {
    id: "ma-6d-third-party/1991",
    jurisdiction: "MA",
    name: "Massachusetts residential renewable energy income tax credit",
    effectiveDate: "1991-01-01",
    endDate: null,
    ownership: ["third-party"],
    segments: RESIDENTIAL,
    claimant: "nobody",
    amount: { kind: "none" },
    summary:
      "No Massachusetts credit: the residential renewable energy credit is for equipment the homeowner buys, and a leased system or a PPA does not qualify.",
    sourceTitle: "830 CMR 62.6.1: Residential Energy Credit (a copy of the regulation)",
    sourceUrl: "http://print.casetext.com/regulation/code-of-massachusetts-regulations/department-830-cmr-department-of-revenue/title-830-cmr-6200-income-tax/section-6261-residential-energy-credit",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes: "Renewable energy source property is property 'separately purchased and assembled by the residential property owner or tenant' whose original use begins with the taxpayer; the credit is figured on what the taxpayer paid.",
  },
  {
    id: "ct-none/2026",
    jurisdiction: "CT",
    name: "Connecticut: no state income tax credit for residential solar or batteries",
    effectiveDate: "2007-07-01",
    endDate: null,
    ownership: ["customer", "third-party"],
    segments: BOTH_SEGMENTS,
    claimant: "nobody",
    amount: { kind: "none" },
    summary:
      "No Connecticut income tax credit for home solar or batteries. Solar equipment and its installation are exempt from sales tax (Conn. Gen. Stat. § 12-412(117)), and the system does not raise your property tax (§ 12-81(57)); both are already in the price and the bill, not separate credits.",
    sourceTitle: "DSIRE, Connecticut Sales and Use Tax Exemption for Solar and Geothermal Systems (copy at solarmap.homes); City of Danbury Tax Collector, Solar Exemption",
    sourceUrl: "https://solarmap.homes/incentive/sales-and-use-tax-exemption-for-solar-and-geothermal-systems",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: false,
    notes:
      "No source states the absence itself. Read: DSIRE's entry for the sales and use tax exemption (Conn. Gen. Stat. § 12-412(117), solar equipment and installation, since July 1, 2007; solarmap.homes copy), the Danbury tax collector's page on the property tax exemption (https://taxcollector.danbury-ct.gov/230/Solar-Exemption), and installer guides that say Connecticut has no state income tax credit for solar. The Department of Revenue Services was not read. Energy Storage Solutions pays for batteries as a program, not a tax credit (lib/core/programs/ct-ess).",
  },
  {
    id: "ri-none/2011",
    jurisdiction: "RI",
    name: "Rhode Island: no state income tax credit counted",
    effectiveDate: "2011-01-01",
    endDate: null,
    ownership: ["customer", "third-party"],
    segments: BOTH_SEGMENTS,
    claimant: "nobody",
    amount: { kind: "none" },
    summary:
      "No Rhode Island income tax credit is counted. The residential renewable energy system credit (R.I. Gen. Laws ch. 44-57: 25% of up to $15,000 for solar electric) is still in the statutes, but it has not been allowed against personal income tax since Rhode Island's 2010 tax reform.",
    sourceTitle: "OpenEI / DSIRE: Residential Renewable Energy Tax Credit (Corporate) (Rhode Island)",
    sourceUrl: "https://openei.org/wiki/Residential_Renewable_Energy_Tax_Credit_(Corporate)_(Rhode_Island)",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: false,
    notes:
      "Read: the statute's text (R.I. Gen. Laws §§ 44-57-1, -3, -5 in lexace.ai and Justia copies: 25% of the cost, PV cost capped at $15,000, no carryover). DSIRE (via cleanenergyauthority.com) says the credit 'is not allowable against Personal Income taxes since 2010'; OpenEI lists the remaining corporate credit inactive since 2013-05-20. The personal-income-tax restriction itself (the 2010 reform's list of allowed credits) and the RI Division of Taxation were not read: ask your tax adviser.",
  },
  {
    id: "ca-none/2026",
    jurisdiction: "CA",
    name: "California: no state income tax credit for residential solar or batteries",
    effectiveDate: "2022-09-18",
    endDate: null,
    ownership: ["customer", "third-party"],
    segments: BOTH_SEGMENTS,
    claimant: "nobody",
    amount: { kind: "none" },
    summary:
      "No California income tax credit for home solar or batteries. A new solar system, with its storage, is excluded from property tax reassessment (Rev. & Tax. Code § 73) for systems completed before January 1, 2027: it is a property tax rule, not a credit.",
    sourceTitle: "California Tax and Policy: California Extends Solar Property Tax Exclusion (S.B. 1340, signed September 18, 2022)",
    sourceUrl: "https://www.caltaxandpolicy.com/p/california-extends-solar-property",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: false,
    notes:
      "Read: S.B. 1340 extends § 73's exclusion to January 1, 2027 (caltaxandpolicy.com); storage devices are components of an active solar energy system (DSIRE's description, energybot.com copy). The absence of a state income tax credit is stated by secondary guides (legalclarity.org, usesurge.com); the Franchise Tax Board was not read. SGIP pays for batteries as a program, not a credit.",
  },
];

// Sources, checked 2026-12-03:
// - IRS Office of Chief Counsel information letter CONEX-104677-11 (2011, to Senator McCain; read in a copy at
//   archive.data.jhu.edu): § 136 excludes a public utility's subsidy for a residential energy conservation measure
//   from income, and no credit is allowed for the excluded amount; payments for renewable electricity or renewable
//   energy certificates are not § 136 subsidies and are generally taxable income.
// - IRS PLR 201607004 (via Current Federal Tax Developments): a state program's PV subsidies were § 136 subsidies; the
//   basis of the property is reduced by the subsidy.
const TAXABILITY_NOTES: readonly TaxabilityNote[] = [
  {
    id: "us-136-basis/2011",
    topic: "basis",
    text:
      "Incentives and tax basis: a utility's subsidy for an energy-saving installation is generally not taxable income (IRC § 136), and the cost it covers comes off the system's basis, so no credit is figured on it. Massachusetts figures its credit on the price less federal credits only, so a utility rebate does not lower it.",
    sourceTitle: "IRS Office of Chief Counsel, information letter CONEX-104677-11 (2011), on § 136 and § 25D",
    sourceUrl: "https://archive.data.jhu.edu/file.xhtml?persistentId=doi:10.7281/T1/N1X6I4/D5CQ0Y&version=2.0",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes:
      "An information letter is not binding guidance. PLR 201607004 (read in Current Federal Tax Developments' summary) applied § 136 to a state program's PV subsidies and reduced the basis by them. For the owner's §48E basis under a lease or PPA the same principle applies to the owner, not to you.",
  },
  {
    id: "us-grid-services-income/2011",
    topic: "grid-services-income",
    text:
      "Grid Services payments are paid for the battery's service during events, not as a subsidy for buying it, and the IRS treats payments for electricity as generally taxable income. No IRS ruling on battery demand-response payments was found: Gridfolio shows them before income tax. Ask your tax adviser whether they are taxable for you.",
    sourceTitle: "IRS Office of Chief Counsel, information letter CONEX-104677-11 (2011), on § 136 and § 25D",
    sourceUrl: "https://archive.data.jhu.edu/file.xhtml?persistentId=doi:10.7281/T1/N1X6I4/D5CQ0Y&version=2.0",
    checkedOn: CHECKED_ON,
    isPrimarySourceRead: true,
    notes:
      "The letter speaks of payments for renewable electricity and RECs, not of demand response; § 136 covers subsidies for measures that 'improve the management of energy demand', which an upfront battery incentive from a utility may be. The figures take an income tax rate on program payments as an input (default 0).",
  },
];

export function taxRuleVersions(): readonly TaxRuleVersion[] {
  return TAX_RULE_VERSIONS;
}

export function taxabilityNotes(): readonly TaxabilityNote[] {
  return TAXABILITY_NOTES;
}

export interface TaxCreditQuery {
  /** YYYY-MM-DD. */
  proposalDate: string;
  /** Who owns the system: the customer (cash, loan) or a third party (lease, PPA). */
  ownership: Ownership;
  segment: Segment;
  /** Two-letter state code. */
  state: string;
  /** The cost the credits are figured on: what the customer pays for the system (solar, and a battery charged by it). */
  basisCents: Cents;
  /** Whether the option has solar (default true): a state credit for renewable energy property needs it. */
  hasSolar?: boolean;
}

export interface CustomerTaxCredit {
  ruleId: string;
  name: string;
  jurisdiction: string;
  amountCents: Cents;
  /** The arithmetic, one line. */
  explanation: string;
}

export interface TaxCreditOutcome {
  /** Credits the customer claims; their sum counts in the customer's figures. */
  customerCredits: CustomerTaxCredit[];
  customerCreditsCents: Cents;
  /** Versions under which the system's owner (not the customer) may claim a credit: never in the customer's figures. */
  ownerCredits: TaxRuleVersion[];
  /** Every version that applied, federal first. */
  rules: TaxRuleVersion[];
  /** The plain sentences for the proposal, each with its source and check date. */
  lines: string[];
  /** Basis, taxability and the tax-adviser note. */
  notes: string[];
}

/** The version of each rule that applies on `date` for this ownership, segment and jurisdiction. */
function applicableVersions(query: TaxCreditQuery, jurisdiction: string): TaxRuleVersion[] {
  return TAX_RULE_VERSIONS.filter(
    (version) =>
      version.jurisdiction === jurisdiction &&
      version.ownership.includes(query.ownership) &&
      version.segments.includes(query.segment) &&
      version.effectiveDate <= query.proposalDate &&
      (version.endDate === null || query.proposalDate <= version.endDate),
  );
}

function sourceLine(version: TaxRuleVersion): string {
  return `Source: ${version.sourceTitle}, ${version.sourceUrl} (checked ${version.checkedOn}${version.isPrimarySourceRead ? "" : "; primary source not read, see the notes"}).`;
}

const STATE_NAMES: Readonly<Record<string, string>> = { MA: "Massachusetts", CT: "Connecticut", RI: "Rhode Island", CA: "California" };

/**
 * The tax credits of one option and financing on the proposal date: the customer's (counted in their figures) and the
 * owner's (stated only), with one plain line each and the basis and taxability notes.
 */
export function taxCreditsFor(query: TaxCreditQuery): TaxCreditOutcome {
  const state = query.state.toUpperCase();
  const customerCredits: CustomerTaxCredit[] = [];
  const ownerCredits: TaxRuleVersion[] = [];
  const rules: TaxRuleVersion[] = [];
  const lines: string[] = [];
  let federalCreditsCents = 0;

  for (const jurisdiction of ["US", state]) {
    const versions = applicableVersions(query, jurisdiction);
    if (versions.length === 0) {
      lines.push(
        jurisdiction === "US"
          ? `Federal: no rule on file for a proposal dated ${query.proposalDate}; nothing is counted.`
          : `${STATE_NAMES[jurisdiction] ?? jurisdiction}: no state tax rules on file; nothing is counted. Ask your tax adviser about state credits.`,
      );
      continue;
    }
    for (const version of versions) {
      rules.push(version);
      if (version.claimant === "system-owner") ownerCredits.push(version);
      const credit = creditOf(version, query, federalCreditsCents);
      if (credit !== null) {
        customerCredits.push(credit);
        if (jurisdiction === "US") federalCreditsCents += credit.amountCents;
        lines.push(`${version.summary} ${credit.explanation} ${sourceLine(version)}`);
      } else {
        lines.push(`${version.summary} ${sourceLine(version)}`);
      }
    }
  }

  let customerCreditsCents = 0;
  for (const credit of customerCredits) customerCreditsCents += credit.amountCents;
  const notes = [...TAXABILITY_NOTES.map((note) => note.text), ASK_YOUR_TAX_ADVISER];
  return { customerCredits, customerCreditsCents, ownerCredits, rules, lines, notes };
}

/** The customer's credit under a version, or null when it gives the customer none. */
function creditOf(version: TaxRuleVersion, query: TaxCreditQuery, federalCreditsCents: Cents): CustomerTaxCredit | null {
  if (version.claimant !== "homeowner" || version.amount.kind !== "percent") return null;
  const { rate, capCents, netOfFederalCredits, requiresSolar } = version.amount;
  if (requiresSolar && query.hasSolar === false) {
    return {
      ruleId: version.id,
      name: version.name,
      jurisdiction: version.jurisdiction,
      amountCents: 0,
      explanation: "This option has no solar, and a battery alone is not renewable energy property on our reading: no credit is counted.",
    };
  }
  const basisCents = Math.max(0, netOfFederalCredits ? query.basisCents - federalCreditsCents : query.basisCents);
  const uncapped = roundCents(basisCents * rate);
  const amountCents = capCents === null ? uncapped : Math.min(uncapped, capCents);
  const basisText = netOfFederalCredits && federalCreditsCents > 0
    ? `(${formatUsd(query.basisCents)} − ${formatUsd(federalCreditsCents)} federal credit)`
    : formatUsd(basisCents);
  const arithmetic = `${formatPercent(rate)} × ${basisText} = ${formatUsd(uncapped)}`;
  const explanation =
    capCents !== null && uncapped > capCents
      ? `Here: ${arithmetic}, capped at ${formatUsd(capCents)}: a ${formatUsd(amountCents)} credit.`
      : `Here: ${arithmetic}.`;
  return { ruleId: version.id, name: version.name, jurisdiction: version.jurisdiction, amountCents, explanation };
}
