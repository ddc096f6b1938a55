import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import type { DatabaseKind } from "@/lib/server/db/client";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { insertPeople, sessionOf, type SessionSlot, type TestDatabaseSlot } from "./actions";

/**
 * One migrated database per describe block, emptied before each test and served by the mocked getDb(). With a
 * session slot, each test starts with organizations A and B and their people (tests/support/actions `people`),
 * signed in as A's designer.
 * Kept apart from ./actions: that module is loaded inside the vi.mock factory of lib/db/client, and
 * importing test-db (which imports lib/db/client) from there would wait on itself.
 */
export function useTestDatabase(kind: DatabaseKind, slot: TestDatabaseSlot, onOpen: (testDb: TestDb) => void, session?: SessionSlot) {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await createTestDb({ kind });
    onOpen(testDb);
  });
  afterAll(async () => {
    slot.current = null;
    await testDb?.cleanup();
  });
  beforeEach(async () => {
    if (!testDb) throw new Error(`The ${kind} test database did not open.`);
    await testDb.truncate();
    slot.current = testDb.db;
    if (session) {
      await insertPeople(testDb.db);
      session.current = sessionOf("designerA");
    }
    vi.clearAllMocks();
  });
}
