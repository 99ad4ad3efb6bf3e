import { describe, expect, it } from "vitest";
import { messagesEn } from "../../../lib/i18n/messages-en.js";
import { messagesZh } from "../../../lib/i18n/messages-zh.js";
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_OUTCOMES,
  actorKind,
  auditActionKey,
  auditEntityKey,
  auditOutcomeKey,
} from "./audit-vocabulary.js";

describe("audit vocabulary", () => {
  it("names every known action, entity type and outcome in both languages", () => {
    const keys = [
      ...AUDIT_ACTIONS.map(auditActionKey),
      ...AUDIT_ENTITY_TYPES.map(auditEntityKey),
      ...AUDIT_OUTCOMES.map(auditOutcomeKey),
    ];
    for (const key of keys) {
      expect(key).not.toBeNull();
      expect(messagesZh[key!], key!).toMatch(/\S/);
      expect(messagesEn[key!], key!).toMatch(/\S/);
    }
    expect(messagesZh[auditActionKey("auth.login")!]).toBe("登录");
  });

  it("knows nothing of other codes", () => {
    expect(auditActionKey("auth.teleported")).toBeNull();
    expect(auditEntityKey("spaceship")).toBeNull();
    expect(auditOutcomeKey("maybe")).toBeNull();
  });
});

describe("actorKind", () => {
  it("tells users, anonymous visitors and the platform apart", () => {
    expect(actorKind({ actorUserId: 8, actorUsername: "auditor" })).toBe("user");
    expect(actorKind({ actorUserId: null, actorUsername: "(anonymous)" })).toBe("anonymous");
    expect(actorKind({ actorUserId: null, actorUsername: "system:cli" })).toBe("system");
  });
});
