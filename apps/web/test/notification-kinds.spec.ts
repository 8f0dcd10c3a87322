// The console's templates page lists the notification kinds itself (the API lists a kind's texts,
// not the kinds); this keeps that list and Quartier's catalog of kinds the same.
import { describe, expect, it } from '@jest/globals';
import { NOTIFICATION_KINDS as CATALOG } from '@quartier/notifications';
import { NOTIFICATION_KINDS as CONSOLE } from '../src/console/notification-kinds.js';

describe("the console's notification kinds", () => {
  it('are exactly the kinds Quartier sends', () => {
    expect([...CONSOLE].sort()).toEqual(CATALOG.map((definition) => definition.kind).sort());
  });
});
