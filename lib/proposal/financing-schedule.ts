/**
 * Tables of one financing, written for the components: the payment schedule (yearly rows, each with its months, whose
 * payments sum to the year's exactly because the core sums the same integers) and year 1 month by month.
 */
import type { FinancingFigures, MonthlyRow } from "../core/financing";
import { formatNumber, formatUsd, type Cents } from "../core/money";

export type ScheduleRow = {
  label: string;
  /** Text, one per column. */
  cells: string[];
  /** What was paid in the row (payments, money paid ahead, buyout): the figure the months add up to. */
  paidCents: Cents;
};

export type ScheduleYear = ScheduleRow & { months: ScheduleRow[] };

export interface PaymentSchedule {
  caption: string;
  /** The first column names the row (year or month); these are the others. */
  columns: string[];
  /** A down payment or a lease's payment at signing; null when nothing is paid then. */
  atSigning: ScheduleRow | null;
  years: ScheduleYear[];
  total: ScheduleRow;
  /** Why some months are not listed (a PPA is billed on production, known by the year). */
  note: string | null;
}

const usd = (cents: Cents) => formatUsd(cents, { cents: true });
const BLANK = "";

export function paymentScheduleOf(figures: FinancingFigures, label: string): PaymentSchedule | null {
  const schedule = figures.schedule;
  if (schedule === null) return null;
  switch (schedule.kind) {
    case "loan": {
      const { loan } = schedule;
      const hasPrepayment = loan.prepaymentCents > 0;
      const isMonthly = loan.periodsPerYear === 12;
      const cellsOf = (row: { paymentCents: Cents; interestCents: Cents; principalCents: Cents; prepaymentCents: Cents; balanceCents: Cents }) => [
        usd(row.paymentCents),
        usd(row.interestCents),
        usd(row.principalCents),
        ...(hasPrepayment ? [row.prepaymentCents === 0 ? BLANK : usd(row.prepaymentCents)] : []),
        usd(row.balanceCents),
      ];
      const years = loan.years.map((year) => ({
        label: `Year ${year.year}`,
        cells: cellsOf(year),
        paidCents: year.paymentCents + year.prepaymentCents,
        months: isMonthly
          ? loan.periods.filter((period) => period.year === year.year).map((period) => ({ label: `Month ${period.month}`, cells: cellsOf(period), paidCents: period.paymentCents + period.prepaymentCents }))
          : [],
      }));
      const paid = loan.totalRepaidCents;
      return {
        caption: `${label}: payment schedule`,
        columns: [isMonthly ? "Payments" : "Payment", "Interest", "Principal", ...(hasPrepayment ? ["Paid ahead"] : []), "Balance at the end"],
        atSigning: loan.downPaymentCents > 0 ? { label: "Down payment", cells: [usd(loan.downPaymentCents), BLANK, BLANK, ...(hasPrepayment ? [BLANK] : []), usd(loan.amountFinancedCents)], paidCents: loan.downPaymentCents } : null,
        years,
        total: {
          label: "Total",
          cells: [usd(paid - loan.prepaymentCents), usd(loan.totalInterestCents), usd(loan.amountFinancedCents - loan.prepaymentCents), ...(hasPrepayment ? [usd(loan.prepaymentCents)] : []), BLANK],
          paidCents: paid,
        },
        note: isMonthly ? null : "Paid once a year, at the end of each loan year.",
      };
    }
    case "lease": {
      const { lease } = schedule;
      const hasBuyout = lease.years.some((year) => year.buyoutCents > 0);
      const years = lease.years.map((year) => ({
        label: `Year ${year.year}`,
        cells: [usd(year.monthlyPaymentCents), usd(year.paymentCents), ...(hasBuyout ? [year.buyoutCents === 0 ? BLANK : usd(year.buyoutCents)] : [])],
        paidCents: year.paymentCents + year.buyoutCents,
        months: lease.months
          .filter((month) => month.year === year.year)
          .map((month) => ({ label: `Month ${month.month}`, cells: [BLANK, usd(month.paymentCents), ...(hasBuyout ? [month.buyoutCents === 0 ? BLANK : usd(month.buyoutCents)] : [])], paidCents: month.paymentCents + month.buyoutCents })),
      }));
      const payments = lease.years.reduce((total, year) => total + year.paymentCents, 0);
      const buyouts = lease.years.reduce((total, year) => total + year.buyoutCents, 0);
      return {
        caption: `${label}: payment schedule`,
        columns: ["Monthly payment", "Paid in the year", ...(hasBuyout ? ["Buyout"] : [])],
        atSigning: lease.upfrontPaymentCents > 0 ? { label: "At signing", cells: [BLANK, usd(lease.upfrontPaymentCents), ...(hasBuyout ? [BLANK] : [])], paidCents: lease.upfrontPaymentCents } : null,
        years,
        total: { label: "Total", cells: [BLANK, usd(payments + lease.upfrontPaymentCents), ...(hasBuyout ? [usd(buyouts)] : [])], paidCents: lease.totalPaidCents },
        note: null,
      };
    }
    case "ppa": {
      const { ppa } = schedule;
      const years = ppa.years.map((year) => ({
        label: `Year ${year.year}`,
        cells: [formatNumber(year.kwh, 0), `$${formatNumber(year.dollarsPerKwh, 4)}`, usd(year.paymentCents)],
        paidCents: year.paymentCents,
        months: year.year === 1 ? ppa.year1MonthlyCents.map((cents, index) => ({ label: `Month ${index + 1}`, cells: [BLANK, BLANK, usd(cents)], paidCents: cents })) : [],
      }));
      return {
        caption: `${label}: payment schedule`,
        columns: ["Production (kWh)", "Rate per kWh", "Paid in the year"],
        atSigning: null,
        years,
        total: { label: "Total", cells: [formatNumber(ppa.years.reduce((total, year) => total + year.kwh, 0), 0), BLANK, usd(ppa.totalPaidCents)], paidCents: ppa.totalPaidCents },
        note: "Year 1 is shown month by month; later years are billed on what the system produces, known by the year.",
      };
    }
    default: {
      const unknown: never = schedule;
      throw new Error(`Unknown schedule ${JSON.stringify(unknown)}`);
    }
  }
}

export interface MonthlyTable {
  caption: string;
  rows: { label: string; todayBill: string; billWithSystem: string; payment: string; withSystemTotal: string; difference: string; differenceCents: Cents }[];
  total: { todayBill: string; billWithSystem: string; payment: string; withSystemTotal: string; difference: string; differenceCents: Cents };
}

/** Year 1 month by month: today's bill, the bill with the system, the payment, their total, and the difference. */
export function monthlyTableOf(rows: readonly MonthlyRow[] | null, label: string): MonthlyTable | null {
  if (rows === null) return null;
  const sum = (pick: (row: MonthlyRow) => Cents) => rows.reduce((total, row) => total + pick(row), 0);
  const differenceCents = sum((row) => row.differenceCents);
  return {
    caption: `${label}: year 1 month by month`,
    rows: rows.map((row) => ({
      label: `Month ${row.month}`,
      todayBill: usd(row.todayBillCents),
      billWithSystem: usd(row.billWithSystemCents),
      payment: usd(row.paymentCents),
      withSystemTotal: usd(row.withSystemTotalCents),
      difference: usd(row.differenceCents),
      differenceCents: row.differenceCents,
    })),
    total: {
      todayBill: usd(sum((row) => row.todayBillCents)),
      billWithSystem: usd(sum((row) => row.billWithSystemCents)),
      payment: usd(sum((row) => row.paymentCents)),
      withSystemTotal: usd(sum((row) => row.withSystemTotalCents)),
      difference: usd(differenceCents),
      differenceCents,
    },
  };
}
