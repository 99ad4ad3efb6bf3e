import { describe, expect, it } from "vitest";
import { buildProject } from "./project-fixture.js";
import { editedFields, formValuesToBody, projectToFormValues } from "./project-form-values.js";

describe("project form values", () => {
  it("shows stored amounts in 万元 and converts them back to the same fen", () => {
    const project = buildProject();
    const values = projectToFormValues(project);
    expect(values.totalInvestmentWan).toBe("12345.6");
    expect(values.specialPath).toEqual(["COMP", "COMP-2"]);
    expect(values.funding).toEqual([{ source: "企业自筹/社会资本", plannedWan: "5000", securedWan: "1000" }]);
    const body = formValuesToBody(values, false);
    expect(body.totalInvestmentFen).toBe(project.totalInvestmentFen);
    expect(body.funding).toEqual(project.funding);
    expect(body.annualPlans).toEqual(project.annualPlans);
    expect(body.code).toBeNull();
    expect(body).not.toHaveProperty("ownerUscc");
  });

  it("names the owner only when asked to", () => {
    const body = formValuesToBody({ ownerUscc: " 91500113MA5URN628A ", ownerName: "" }, true);
    expect(body.ownerUscc).toBe("91500113MA5URN628A");
    expect(body).not.toHaveProperty("ownerName");
  });
});

describe("editedFields", () => {
  it("sends only the fields the person changed", () => {
    const values = projectToFormValues(buildProject());
    const before = formValuesToBody(values, false);
    const after = formValuesToBody(
      { ...values, name: "两江新区边缘计算节点（一期）", totalInvestmentWan: "12345.60" },
      false,
    );
    expect(editedFields(before, after)).toEqual({ name: "两江新区边缘计算节点（一期）" });
  });

  it("sends a whole list when one of its lines changed", () => {
    const values = projectToFormValues(buildProject());
    const before = formValuesToBody(values, false);
    const after = formValuesToBody(
      { ...values, annualPlans: [...(values.annualPlans ?? []), { year: 2022, plannedWan: "1" }] },
      false,
    );
    expect(editedFields(before, after)).toEqual({
      annualPlans: [
        { year: 2021, plannedFen: "3000000000" },
        { year: 2022, plannedFen: "1000000" },
      ],
    });
  });

  it("counts the owner only when its code changes", () => {
    const values = projectToFormValues(buildProject());
    const before = formValuesToBody(values, true);
    expect(editedFields(before, formValuesToBody({ ...values, ownerName: "别名" }, true))).toEqual({});
    expect(
      editedFields(
        before,
        formValuesToBody({ ...values, ownerUscc: "91500000MA5U00000X", ownerName: "新业主" }, true),
      ),
    ).toEqual({ ownerUscc: "91500000MA5U00000X", ownerName: "新业主" });
  });
});
