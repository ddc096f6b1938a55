/**
 * Time-stamped histories, shared by the two state machines of this folder (enrollments and
 * commands). Each step records the status reached, when, and why when a reason applies
 * (rejections, failures, skips). A history only grows, and never goes back in time: a step dated
 * before the previous one is almost always a clock or ordering bug in whoever reported it, and
 * storing it would make "how long did manufacturer testing take?" come out negative.
 */

export interface Step<Status extends string> {
  status: Status;
  at: Date;
  /** A sentence for rejections and failures, the skip reason's code ("storm_guard") for skips; null otherwise. */
  reason: string | null;
}

/** Why a transition was not made, in a sentence the installer can act on. */
export interface Refusal {
  ok: false;
  reason: string;
}

export type Transitioned<T> = { ok: true; value: T } | Refusal;

export function refuse(reason: string): Refusal {
  return { ok: false, reason };
}

/**
 * Throws on an invalid date: a `new Date("garbage")` reaching the core is a bug upstream (inputs
 * are parsed at the boundary), and storing it would corrupt the history.
 */
export function assertValidDate(at: Date, what: string): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError(`${what}: expected a valid Date, got ${String(at)}`);
  }
}

/** A refusal when `at` is earlier than the last step, else null. The same instant is allowed. */
export function refuseIfEarlier<Status extends string>(history: readonly Step<Status>[], at: Date): Refusal | null {
  const last = history.at(-1);
  if (last !== undefined && at.getTime() < last.at.getTime()) {
    return refuse(`This step is dated ${at.toISOString()}, before the previous step (${last.at.toISOString()}).`);
  }
  return null;
}
