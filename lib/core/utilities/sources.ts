/**
 * Every page the utility lists and the net metering defaults were read from, by id. Read on 2026-12-03 through stored
 * copies of the pages; "read" says what each one was used for. Where a regulator's own list was not available, a
 * third-party list is named as such (docs/utilities.md says which source wins where they differ).
 */
import type { UtilitySource } from "./types";

const CHECKED_ON = "2026-12-03";

export const SOURCES = {
  // California
  "cpuc-nem-nbt": {
    title: "CPUC: Net Energy Metering and Net Billing",
    url: "https://www.cpuc.ca.gov/industries-and-topics/electrical-energy/demand-side-management/customer-generation/net-energy-metering-and-net-billing",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "Since April 15, 2023, customers applying for interconnection take service on the net billing tariff (NBT) under D.22-12-056, which the IOUs call the Solar Billing Plan; the page covers only PG&E, SCE and SDG&E.",
  },
  "cpuc-nem-revisit": {
    title: "CPUC: Net Energy Metering Revisit, R.20-08-020",
    url: "http://www.cpuc.ca.gov/nemrevisit",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "D.22-12-056 (December 2022) did not affect customers who submitted a NEM interconnection application by April 14, 2023; the NBT succeeds NEM 2.0 for applications submitted on or after April 15, 2023.",
  },
  "cec-pou-iou": {
    title: "California Energy Commission: Differences Between Publicly and Investor-Owned Utilities",
    url: "http://energy.ca.gov/pou_reporting/background/difference_pou_iou.html",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "PG&E, SDG&E and SCE (CPUC-regulated) supply about three quarters of California's electricity; more than 40 publicly owned utilities, rates set by each utility's own board; LADWP is the largest.",
  },
  "cec-lse": {
    title: "California Energy Commission: Electric Load Serving Entities (IOU & POU), data set",
    url: "https://catalog-old.data.gov/dataset/electric-load-serving-entities-iou-pou-25383",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "The CEC's service-territory data set (updated September 2025), pointing to the CEC's list of load-serving entities at https://www.energy.ca.gov/data-reports/energy-almanac/california-electricity-data/electric-load-serving-entities-lses, which could not be read this session.",
  },
  "ca-pou-list": {
    title: "Publicly Owned Utilities (a list of California's publicly owned utilities, undated presentation)",
    url: "https://fdocuments.in/document/city-of-anaheim-pud-civil-society-residents-voters-of-banning-public-utilities.html",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "35 publicly owned utilities by name, from Alameda to Vernon, including the irrigation districts (Imperial, Merced, Modesto, Turlock) and public utility districts (Lassen, Trinity, Truckee Donner).",
  },
  "ca-small-ious": {
    title: "End Powerline Fires: A Short Description of CA Electric Utility Companies and the Agencies that Regulate Them",
    url: "https://endpowerlinefires.com/utilities/",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Besides the three large IOUs, other private utilities serve California: Liberty Utilities, PacifiCorp and Bear Valley Electric.",
  },
  "ncpa-jpa": {
    title: "City of Lodi Resolution 2007-213: Northern California Power Agency Joint Powers Agreement",
    url: "https://records.lodi.gov/WebLink/DocView.aspx?dbid=0&id=40762&repo=CITY-RECORDS",
    checkedOn: CHECKED_ON,
    publisher: "government",
    read: "NCPA's signatories (Alameda, Biggs, Gridley, Healdsburg, Lodi, Lompoc, Palo Alto, Redding, Roseville, Santa Clara, Ukiah, Truckee-Donner PUD, Turlock Irrigation District) and its associate member Plumas-Sierra Rural Electric Cooperative.",
  },
  "anza-history": {
    title: "Let There Be Light: the history of Anza Electric Cooperative, Inc.",
    url: "https://docslib.org/doc/7408387/let-there-be-light-maurice-burchard-frank-f",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Anza Electric Cooperative, Inc., a member-owned electric cooperative.",
  },
  "gspc-coops": {
    title: "Golden State Power Cooperative: Legislative Priorities",
    url: "https://www.gspower.org/legislative-priorities/",
    checkedOn: CHECKED_ON,
    publisher: "utility",
    read: "California's electric cooperatives are neither IOUs nor publicly owned utilities; member-owned, governed by their own boards.",
  },
  // Connecticut
  "pura-rres": {
    title: "PURA: Residential Renewable Energy Solutions Program",
    url: "https://portal.ct.gov/pura/electric/office-of-utility-programs-and-initiatives/clean-energy-programs/residential-renewable-energy-solutions-program",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "RRES, launched January 2022 as a six-year program, replaces legacy net metering and RSIP; administered by the regulated distribution companies Eversource and UI; its tariffs are Netting and Buy-All, with rates set each program year.",
  },
  "pura-rates": {
    title: "PURA: Rate Case Timelines & Adjustments",
    url: "https://portal.ct.gov/PURA/Industries/Rates",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "PURA regulates the distribution rates of all investor-owned electric utilities in Connecticut.",
  },
  "rres-summary": {
    title: "Clean Energy Authority: Connecticut Residential Renewable Energy Solutions (DSIRE summary)",
    url: "https://cleanenergyauthority.com/solar-rebates-and-incentives/connecticut/residential-renewable-energy-solutions",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Net metering closed to new customers when RSIP ended on January 1, 2022; existing net metering customers are grandfathered until December 2039; Eversource and UI offer the Buy-All and netting tariffs.",
  },
  "cmeec-members": {
    title: "CMEEC: Public Information",
    url: "https://cmeec.com/resources/public-info-2/",
    checkedOn: CHECKED_ON,
    publisher: "utility",
    read: "Connecticut's municipal utilities: Norwich, Groton, Jewett City, Norwalk Third Taxing District, South Norwalk Electric Works; Bozrah Light & Power and the Mohegan Tribal Utility Authority take CMEEC's wholesale power.",
  },
  "ct-ag-munis": {
    title: "Connecticut Attorney General: Attorney General Tong Commends Municipal Electric Utilities ... for Following Shut-off Moratorium (2020)",
    url: "https://portal.ct.gov/ag/press-releases/2020-press-releases/attorney-general-tong-cmeec-mdc-and-rwa-for-following-shut-off-moratorium",
    checkedOn: CHECKED_ON,
    publisher: "government",
    read: "Connecticut's municipal electric utilities, CMEEC's members plus the Town of Wallingford and Norwich Public Utilities, are outside PURA's shut-off order (PURA regulates the investor-owned utilities).",
  },
  // Massachusetts
  "ma-dpu-electric": {
    title: "Mass.gov: Electric Power Division responsibilities (Department of Public Utilities)",
    url: "http://www.mass.gov/eea/energy-utilities-clean-tech/electric-power/electric-power-division-responsibilities.html",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "The DPU regulates the investor-owned electric companies (Fitchburg Gas and Electric Light, National Grid, NSTAR Electric, Western Massachusetts Electric; the last two now Eversource) and oversees their net metering.",
  },
  "ma-gl-164-139": {
    title: "Massachusetts General Laws c. 164 § 139: net metering",
    url: "https://instalawyer.io/laws/massachusetts-general-laws/section-139-class-i",
    checkedOn: CHECKED_ON,
    publisher: "statute",
    read: "A distribution company customer with a net metering facility may elect net metering: a month's excess is credited to the account and credits carry forward month to month.",
  },
  "ma-dpu-nm-faq": {
    title: "Mass.gov: Department of Public Utilities, Net Metering FAQs",
    url: "http://www.mass.gov/eea/grants-and-tech-assistance/guidance-technical-assistance/agencies-and-divisions/dpu/net-metering-faqs.html",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "The DPU's net metering rules apply to the distribution companies; it answers separately whether a municipal electric company's customer may net meter.",
  },
  "ma-ious-solar": {
    title: "Massachusetts Solar Authority: Massachusetts Electric Utility Solar Programs: Eversource, National Grid, and Unitil",
    url: "https://massachusettssolarauthority.com/massachusetts-electric-utility-solar-programs.html",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Three investor-owned distribution companies: Eversource (eastern MA including Boston and Cape Cod, and western MA as NSTAR and WMECo), National Grid (central and northeastern MA), Unitil (Fitchburg, Lunenburg and nearby).",
  },
  "mapc-mlps": {
    title: "MAPC: Municipal Light Plants in Massachusetts (white paper)",
    url: "https://www.mapc.org/resource-library/mlp-white-paper/",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "41 municipal light plants serve all or part of 50 communities and run their own renewable programs; spotlights Holyoke, Wellesley, and Littleton and Boxborough.",
  },
  "ma-munis-local": {
    title: "Wicked Local: Special report: energy benefits of being local (2016)",
    url: "https://westford.wickedlocal.com/news/20161207/special-report-energy-benefits-of-being-local/1",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Belmont, Boxborough, Concord, Littleton and Wellesley are served by municipal utilities; Littleton Electric Light Department; Concord's municipal light plant.",
  },
  "ma-munis-west": {
    title: "American Public Power Association: Western Massachusetts public power utilities briefing",
    url: "https://www.publicpower.org/node/28522",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Holyoke Gas & Electric, Chicopee Electric Light, South Hadley Electric Light Department, Westfield Gas & Electric, Russell Municipal Light Department, Chester Municipal Electric Light Department.",
  },
  "ma-mmwec-2010": {
    title: "The Reminder: Chicopee, Holyoke, Wilbraham, Hampden and Ludlow locals to serve MMWEC (2010)",
    url: "https://archives.thereminder.com/features/Business/chicopeeholyokewil/",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Princeton Municipal Light Department, Ashburnham Municipal Light Department, Peabody Municipal Light Plant, Mansfield Municipal Electric Department, Chicopee Municipal Lighting Plant.",
  },
  "concord-light-solar": {
    title: "Town of Concord: Steps to Installing Solar (Concord Municipal Light Plant)",
    url: "http://concordnet.org/1793/Steps-to-Installing-Solar-Panels",
    checkedOn: CHECKED_ON,
    publisher: "utility",
    read: "Concord Municipal Light Plant (CMLP) interconnects solar itself and bills it on its own Residential Net Metering with Banking rate schedule.",
  },
  "taunton-mlp": {
    title: "Taunton Municipal Lighting Plant: annual report",
    url: "https://www.tmlp.com/sample-annual-report/",
    checkedOn: CHECKED_ON,
    publisher: "utility",
    read: "Taunton Municipal Lighting Plant (TMLP) runs its own solar and community solar programs.",
  },
  "shrewsbury-selco": {
    title: "Telegram & Gazette: State launches solar rebate program for customers of municipal light plants like Shrewsbury's (2019)",
    url: "http://massmunichoice.org/wt051319.html",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Shrewsbury Electric and Cable Operations (SELCO); municipal light plant customers are not eligible for the state's SMART solar incentive.",
  },
  "holden-mld": {
    title: "Town of Holden: Holden Municipal Light Department, About us",
    url: "https://www.holdenma.gov/light-department/customer-service/pages/about-us",
    checkedOn: CHECKED_ON,
    publisher: "utility",
    read: "The Holden Municipal Light Department is the town's own electric utility, one of 40 in Massachusetts.",
  },
  // Rhode Island
  "ri-net-metering": {
    title: "U.S. Department of Energy (DSIRE): Rhode Island Net Metering",
    url: "http://energy.gov/savings/net-metering-19",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Net metering for systems sized to the home's use; credits at the retail rate (less a small charge) up to the billing period's use, 100–125 % at avoided cost; all customers of the distribution companies are eligible; Block Island Power Company and Pascoag Utility District have their own caps.",
  },
  "ri-net-metering-2023": {
    title: "EnergyBot: Rhode Island Net Metering (February 2023)",
    url: "https://www.energybot.com/incentives/rhode-island/net-metering-287.html",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "National Grid's Rhode Island business is now Rhode Island Energy; residential net metering on the A-16 and A-60 rates; Block Island and Pascoag caps set by the PUC.",
  },
  "ri-energy-ppl": {
    title: "Rhode Island Current: PUC approves new Rhode Island Energy capital infrastructure rehab plan (2023)",
    url: "https://rhodeislandcurrent.com/2023/04/03/puc-approves-new-rhode-island-energy-capital-infrastructure-rehab-plan/",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "PPL Corp. bought Rhode Island's gas and electric operations from National Grid; its subsidiary Rhode Island Energy is regulated by the Rhode Island PUC.",
  },
  "biud-net-metering": {
    title: "Block Island Utility District: Net Metering Policy",
    url: "https://blockislandpowercompany.com/net-metering-policy/",
    checkedOn: CHECKED_ON,
    publisher: "utility",
    read: "The Block Island Utility District (Block Island Power Company) net meters under its own net metering tariff.",
  },
  "ri-districts-2021": {
    title: "Energy News Network: A Rhode Island utility successfully lobbied to increase solar net metering (2021)",
    url: "https://energynews.us/2021/07/27/a-rhode-island-utility-successfully-lobbied-to-increase-solar-net-metering/",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "The ratepayer-owned Block Island Utility District and the Pascoag Utility District (Burrillville) set their own net metering caps, subject to PUC approval (2021 law).",
  },
  // Texas
  "puct-tdu": {
    title: "Public Utility Commission of Texas: Transmission and Distribution Rates for Investor Owned Utilities",
    url: "https://www.puc.texas.gov/industry/electric/rates/TDR.aspx",
    checkedOn: CHECKED_ON,
    publisher: "regulator",
    read: "The wires companies of the areas open to retail competition since 2002: TNMP, Oncor Electric Delivery, AEP Texas (Central and North divisions), CenterPoint; SWEPCO's area is not open.",
  },
  "tx-utility-guide": {
    title: "Palmetto: Texas Utility Guide, Solar Buyback Policies in Texas",
    url: "https://help.palmetto.com/en/articles/12044644-texas-utility-guide",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "No state net metering law; in retail-choice areas the retail energy provider sets the solar buyback; Lubbock Power & Light became a retail-choice wires company in 2024; Austin Energy credits solar at its Value of Solar rate.",
  },
  "tx-regulated-ious": {
    title: "United Power Consultants: Texas",
    url: "https://www.unitedpowerconsultants.com/texas",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "SWEPCO (AEP), El Paso Electric, Entergy and Southwestern Public Service (Xcel) areas are not open to retail competition.",
  },
  "tx-munis": {
    title: "Texas Solar Energy Society: Net Metering in Texas: What Are Your Options?",
    url: "https://txses.org/net-metering-in-texas-what-are-your-options/",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "Texas has no statewide net metering; each municipal utility or co-op has its own buyback plan (Austin: Value of Solar); retail providers' buyback plans in deregulated areas.",
  },
  "tx-cps": {
    title: "Craftstrom: Texas utilities and solar permitting",
    url: "https://craftstrom.com/texas",
    checkedOn: CHECKED_ON,
    publisher: "third party",
    read: "CPS Energy (San Antonio) and Austin Energy set their own solar compensation.",
  },
  "pec-solar": {
    title: "Pedernales Electric Cooperative: Cooperative Solar Rate",
    url: "https://www.pec.coop/Home/Energy_Services/solar-options/cooperative-solar-rate",
    checkedOn: CHECKED_ON,
    publisher: "utility",
    read: "Pedernales Electric Cooperative (PEC) sets its own rates for members with solar.",
  },
} as const satisfies Record<string, UtilitySource>;

export type SourceId = keyof typeof SOURCES;

export function getSource(id: SourceId): UtilitySource {
  return SOURCES[id];
}
