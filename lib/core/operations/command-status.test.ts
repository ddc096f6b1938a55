import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { advanceCommandTo, commandStatuses, isFinal, transitionCommand, type Command, type CommandEvent, type CommandStatus } from "./command-status";
import { at } from "./test-helpers";

const queued: Command = {
  deviceId: "dev_1",
  action: "discharge",
  powerKw: 5,
  startAt: at("17:00"),
  endAt: at("19:00"),
  enableGridInteraction: true,
  status: "queued",
  skipReason: null,
  failureReason: null,
  history: [{ status: "queued", at: at("16:00"), reason: null }],
};

const events: readonly CommandEvent[] = [
  { type: "send" },
  { type: "start" },
  { type: "complete" },
  { type: "fail", reason: "No answer from the battery." },
  { type: "skip", reason: "storm_guard" },
];

/** The diagram in command-status.ts, restated by hand. */
const LEGAL: Readonly<Record<CommandStatus, Partial<Record<CommandEvent["type"], CommandStatus>>>> = {
  queued: { send: "sent", fail: "failed", skip: "skipped" },
  sent: { start: "executing", fail: "failed", skip: "skipped" },
  executing: { complete: "completed", fail: "failed" },
  completed: {},
  failed: {},
  skipped: {},
};

/** A command walked to `status` along the statuses before it, one step a minute from 16:00. */
function commandAt(status: CommandStatus): Command {
  const path: Record<CommandStatus, CommandEvent[]> = {
    queued: [],
    sent: [{ type: "send" }],
    executing: [{ type: "send" }, { type: "start" }],
    completed: [{ type: "send" }, { type: "start" }, { type: "complete" }],
    failed: [{ type: "send" }, { type: "fail", reason: "No answer from the battery." }],
    skipped: [{ type: "skip", reason: "storm_guard" }],
  };
  let command = queued;
  path[status].forEach((event, index) => {
    const next = transitionCommand(command, event, at(`16:0${index + 1}`));
    if (!next.ok) throw new Error(next.reason);
    command = next.value;
  });
  return command;
}

describe("the command lifecycle", () => {
  test.each(commandStatuses.flatMap((status) => events.map((event) => ({ status, event, to: LEGAL[status][event.type] }))))(
    "from $status, $event.type → $to (undefined: refused)",
    ({ status, event, to }) => {
      const result = transitionCommand(commandAt(status), event, at("18:00"));
      expect(result.ok ? result.value.status : undefined).toBe(to);
    },
  );

  test("the happy path records each step with its time", () => {
    const completed = commandAt("completed");
    expect(completed.history.map((step) => `${step.status} ${step.at.toISOString().slice(11, 16)}`)).toEqual(["queued 16:00", "sent 16:01", "executing 16:02", "completed 16:03"]);
    expect(completed.failureReason).toBeNull();
  });

  test.each([
    { label: "a final status says so", command: commandAt("completed"), event: { type: "send" } as const, reason: "Cannot mark the command as sent: it is already completed, and that is final." },
    { label: "an executing command cannot be skipped: it ran", command: commandAt("executing"), event: { type: "skip", reason: "storm_guard" } as const, reason: "Cannot skip the command: it is executing." },
    { label: "a failure needs a reason", command: commandAt("sent"), event: { type: "fail", reason: "  " } as const, reason: "Give a reason for the failure, so the installer knows what went wrong." },
  ])("refused: $label", ({ command, event, reason }) => {
    expect(transitionCommand(command, event, at("18:00"))).toEqual({ ok: false, reason });
  });

  test("a failure and a skip keep their reasons", () => {
    const failed = commandAt("failed");
    expect(failed).toMatchObject({ status: "failed", failureReason: "No answer from the battery.", skipReason: null });
    const skipped = commandAt("skipped");
    expect(skipped).toMatchObject({ status: "skipped", failureReason: null, skipReason: "storm_guard" });
    expect(skipped.history.at(-1)?.reason).toBe("storm_guard");
  });

  test("a step dated before the previous one is refused", () => {
    expect(transitionCommand(commandAt("sent"), { type: "start" }, at("16:00:59")).ok).toBe(false);
  });

  test("property: random events keep the record consistent; final statuses never change", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 12 }), (moves) => {
        let command = queued;
        let accepted = 0;
        moves.forEach((event, index) => {
          const result = transitionCommand(command, event, new Date(at("16:00").getTime() + (index + 1) * 1000));
          expect(result.ok).toBe(LEGAL[command.status][event.type] !== undefined);
          if (isFinal(command.status)) expect(result.ok).toBe(false);
          if (result.ok) {
            command = result.value;
            accepted++;
          }
        });
        expect(command.history).toHaveLength(1 + accepted);
        expect(command.history.at(-1)?.status).toBe(command.status);
        expect(command.skipReason !== null).toBe(command.status === "skipped");
        expect(command.failureReason !== null).toBe(command.status === "failed");
      }),
    );
  });
});

describe("catching up with the manufacturer's report", () => {
  test("queued, reported completed: sent, executing and completed are recorded at the poll's time", () => {
    const result = advanceCommandTo(queued, { status: "completed" }, at("19:05"));
    expect(result.ok && result.value.history.slice(1)).toEqual([
      { status: "sent", at: at("19:05"), reason: null },
      { status: "executing", at: at("19:05"), reason: null },
      { status: "completed", at: at("19:05"), reason: null },
    ]);
  });

  test.each([
    { label: "the same status is no change", from: "sent" as const, report: { status: "sent" as const }, to: "sent" },
    { label: "sent, then skipped for Storm Guard", from: "sent" as const, report: { status: "skipped" as const, reason: "storm_guard" as const }, to: "skipped" },
    { label: "executing, then failed", from: "executing" as const, report: { status: "failed" as const, reason: "Stopped part way." }, to: "failed" },
    { label: "a stale report (sent) of an executing command is refused", from: "executing" as const, report: { status: "sent" as const }, to: undefined },
    { label: "an executing command reported skipped is refused", from: "executing" as const, report: { status: "skipped" as const, reason: "storm_guard" as const }, to: undefined },
    { label: "a completed command reported executing is refused", from: "completed" as const, report: { status: "executing" as const }, to: undefined },
  ])("$label", ({ from, report, to }) => {
    const result = advanceCommandTo(commandAt(from), report, at("19:05"));
    expect(result.ok ? result.value.status : undefined).toBe(to);
  });
});
