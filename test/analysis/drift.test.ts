import { describe, expect, it } from "vitest";
import { applicableEnd, drift, tierOfLevel } from "../../src/analysis/drift";
import { parseDeadline } from "../../src/deadline/parse";
import { link } from "../../src/match/link";
import { DriftItemSchema } from "../../src/model/drift";
import { makePlan } from "../helpers";

describe("drift", () => {
  it("shows Huế's copied Phụ lục II deadlines matching the national ones", () => {
    const items = drift("hue-2022");
    for (const item of items) DriftItemSchema.parse(item);
    const same = items.filter((i) => i.status === "same");
    expect(same.length).toBeGreaterThan(items.length / 2);
    // "Quý I năm 2022" locally vs "Tháng 3/2022" nationally: both due 31/03/2022
    expect(same.some((i) => i.localDeadline === "Quý I năm 2022" && i.nationalDeadline === "Tháng 3/2022")).toBe(true);
  });

  it("measures hcmc-2024's re-scheduling of 2022 tasks as later by the right number of days", () => {
    const items = drift("hcmc-2024");
    const juneToYear = items.filter((i) => i.nationalDeadline === "Tháng 6/2022" && i.localDeadline === "Trong năm 2024");
    expect(juneToYear.length).toBeGreaterThan(0);
    for (const item of juneToYear) expect(item).toMatchObject({ days: 915, status: "later", nationalEnd: "2022-06-30", localEnd: "2024-12-31" });
    expect(items.filter((i) => i.status === "later").length).toBeGreaterThan(items.length / 2);
  });

  it("flags deadlines overdue when the plan was issued, and dropped national deadlines", () => {
    const hue = drift("hue-2022");
    const overdue = hue.filter((i) => i.overdueAtIssue);
    expect(overdue.length).toBeGreaterThan(0);
    for (const item of overdue) expect(item.localEnd! < "2022-04-07").toBe(true);
    const ninhHoa = drift("ninh-hoa-2022"); // Ninh Hòa gives no deadlines at all
    expect(ninhHoa.length).toBeGreaterThan(0);
    for (const item of ninhHoa) expect(item).toMatchObject({ status: "not-comparable", days: null, droppedDeadline: true });
  });

  it("compares with the tier of the local plan's level", () => {
    const tiered = parseDeadline("Tại Bộ phận một cửa cấp bộ, cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022; cấp xã từ ngày 01/6/2023");
    expect(tierOfLevel("city")).toBe("district");
    expect(applicableEnd(tiered, "province")).toEqual({ end: "2022-06-01", tier: "province" });
    expect(applicableEnd(tiered, "city")).toEqual({ end: "2022-12-01", tier: "district" });
    expect(applicableEnd(tiered, "commune")).toEqual({ end: "2023-06-01", tier: "commune" });
    const staged = parseDeadline("Trung tâm Hành chính công từ ngày 01/12/2022; các phường, xã từ ngày 01/6/2023");
    expect(applicableEnd(tiered, "city", staged)).toEqual({ end: "2023-06-01", tier: null });
  });

  it("gives recurring when both sides recur and not-comparable without an end", () => {
    const plan = makePlan("test-drift", [
      { ref: "1", text: "Phát triển, hoàn thiện và triển khai hiệu quả ứng dụng VNeID", deadline: "Thường xuyên" },
      { ref: "2", text: "Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu thuế", deadline: "Theo lộ trình của Trung ương" },
      { ref: "3", text: "Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu hộ tịch điện tử toàn quốc", deadline: "Quý I/2022" },
    ]);
    const items = drift(plan);
    expect(items.find((i) => i.local === "test-drift:1" && i.national === "qd-06-2022:II.9")).toMatchObject({ status: "recurring" });
    expect(items.find((i) => i.local === "test-drift:2")).toMatchObject({ status: "not-comparable", days: null, droppedDeadline: false });
    // issued 01/05/2022, due by 31/03/2022: overdue when issued; national V.11 due March 2022: same
    expect(items.find((i) => i.local === "test-drift:3")).toMatchObject({ status: "same", days: 0, overdueAtIssue: true });
  });

  it("uses given links instead of computing them", () => {
    const links = link("hue-2022", { overrides: { forbid: [{ local: "hue-2022:VI.12", national: "qd-06-2022:V.11" }] } });
    expect(drift("hue-2022", { links }).some((i) => i.local === "hue-2022:VI.12" && i.national === "qd-06-2022:V.11")).toBe(false);
  });
});
