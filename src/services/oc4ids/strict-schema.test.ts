import { describe, expect, it } from "vitest";
import { closeObjectSchemas } from "./strict-schema.js";

describe("closeObjectSchemas", () => {
  it("forbids extra properties on every object schema that lists properties, at any depth", () => {
    const schema = {
      type: "object",
      properties: {
        a: { type: "object", properties: { b: { type: "string" } } },
        list: { items: { properties: {} } },
      },
      definitions: { Thing: { properties: { c: { anyOf: [{ properties: {} }] } } } },
    };
    expect(closeObjectSchemas(schema)).toEqual({
      type: "object",
      additionalProperties: false,
      properties: {
        a: { type: "object", additionalProperties: false, properties: { b: { type: "string" } } },
        list: { items: { properties: {}, additionalProperties: false } },
      },
      definitions: {
        Thing: {
          additionalProperties: false,
          properties: { c: { anyOf: [{ properties: {}, additionalProperties: false }] } },
        },
      },
    });
  });

  it("keeps an additionalProperties the schema already states, and leaves the input alone", () => {
    const schema = { properties: { a: {} }, additionalProperties: { type: "string" } };
    expect(closeObjectSchemas(schema)).toEqual(schema);
    const open = { properties: { a: {} } };
    closeObjectSchemas(open);
    expect(open).toEqual({ properties: { a: {} } });
  });

  it("does not take a property named 'properties' for the keyword", () => {
    const schema = { properties: { properties: { type: "string" } } };
    expect(closeObjectSchemas(schema)).toEqual({
      properties: { properties: { type: "string" } },
      additionalProperties: false,
    });
  });
});
