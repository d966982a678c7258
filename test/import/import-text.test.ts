import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importPlan, parsePlan } from "../../src/import/import-text";
import { Dean06Error, ImportError } from "../../src/model/errors";
import { planIntegrityIssues } from "../../src/model/integrity";
import { PlanSchema } from "../../src/model/plan";

const lines = (...rows: string[]) => rows.join("\n");

const NUMBERED = lines(
  "ỦY BAN NHÂN DÂN",
  "HUYỆN THỬ NGHIỆM",
  "Số: 12/KH-UBND",
  "Thử Nghiệm, ngày 05 tháng 5 năm 2022",
  "",
  "KẾ HOẠCH",
  "Triển khai Đề án 06 trên địa bàn huyện",
  "",
  "Thực hiện Kế hoạch số 1403/KH-UBND ngày 18/02/2022 của UBND tỉnh Khánh Hòa; Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ, UBND huyện Thử Nghiệm ban hành kế hoạch:",
  "",
  "I. MỤC TIÊU",
  "",
  "1. Bảo đảm triển khai đồng bộ.",
  "",
  "II. NHIỆM VỤ, GIẢI PHÁP",
  "",
  "1. Hoàn thiện thể chế",
  "",
  "1.1. Triển khai thực hiện Thông tư về danh mục dữ liệu.",
  "",
  "(Giao Công an huyện chủ trì, phối hợp với Phòng Tư pháp và các cơ quan, đơn vị liên quan)",
  "",
  "1.2. Phòng Văn hóa và Thông tin chủ trì, phối hợp Công an huyện rà soát các thủ tục hành chính (Thời gian thực hiện: Quý II năm 2022).",
  "",
  "2. Dữ liệu dân cư",
  "",
  "2.1. Kết nối cơ sở dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư; đồng bộ dữ liệu",
  "",
  "định kỳ hằng tháng (Thời gian thực hiện: Thường xuyên).",
  "",
  "a) Phòng Tư pháp chủ trì thực hiện kết nối (Thời gian thực hiện: Tháng 6/2022).",
  "",
  "b) Trung tâm Y tế huyện chủ trì thực hiện kết nối dữ liệu tiêm chủng.",
  "",
  "III. TỔ CHỨC THỰC HIỆN",
  "",
  "1. Công an huyện theo dõi, đôn đốc.",
);

const TAB_TABLE = lines(
  "KẾ HOẠCH",
  "Thử nghiệm bảng",
  "",
  "Phụ lục",
  "DANH MỤC NHIỆM VỤ",
  "(Kèm theo Kế hoạch số 7/KH-UBND ngày 01/3/2023 của UBND tỉnh Thử)",
  "",
  "Thời gian thực hiện\tSTT\tNội dung công việc\tĐơn vị phối hợp\tĐơn vị chủ trì\tSản phẩm",
  "\tI\tCÔNG TÁC CHUẨN BỊ\t\t\t",
  "Quý I năm 2023\t1\tThành lập Tổ công tác\tVăn phòng UBND tỉnh\tCông an tỉnh\tQuyết định",
  "Tháng 6/2023\t2\tXây dựng quy chế hoạt động của Tổ công tác\tSở Tư pháp, các sở, ngành liên quan\tCông an tỉnh\t",
  "\t\tcủa tỉnh\t\t\t",
  "\tII\tKẾT NỐI DỮ LIỆU\t\t\t",
  "Năm 2023\t1\tKết nối dữ liệu hộ tịch\tCông an tỉnh\tSở Tư pháp\tKết nối được đưa vào sử dụng",
);

const FLAT_TABLE = lines(
  "Phụ lục II",
  "DANH MỤC NHIỆM VỤ",
  "(Kèm theo Kế hoạch số 99/KH-UBND ngày 02/3/2026 của UBND tỉnh Thử)",
  "",
  "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả, sản phẩm Thời gian thực ",
  "hiện",
  "",
  "I Hoàn thiện thể chế",
  "",
  "1 Tham gia góp ý Luật Cư trú sửa đổi để bảo đảm quản lý cư trú trong tình hình mới Công an tỉnh Văn phòng UBND tỉnh, Sở ",
  "Tư pháp",
  "",
  "Văn bản tham gia ",
  "góp ý Tháng 12/2026",
  "",
  "2",
  "Triển khai các giải pháp bảo đảm an ninh dữ liệu cho các hệ thống thông tin của tỉnh",
  "",
  "Sở Khoa học và ",
  "Công nghệ",
  "",
  "Công an tỉnh, các sở, ",
  "ngành, UBND các địa ",
  "",
  "phương",
  "",
  "Thực hiện thường ",
  "xuyên",
  " STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả, sản phẩm Thời gian thực ",
  "hiện",
  "",
  "II Phục vụ công dân số",
  "",
  "3 Tổ chức thu nhận hồ sơ cấp căn cước cho công dân đủ điều kiện Công an tỉnh Các sở, ngành, địa phương Thực hiện thường ",
  "",
  "xuyên",
);

describe("parsePlan on numbered paragraphs", () => {
  const plan = parsePlan(NUMBERED, { id: "thu-nghiem-2022" });

  it("reads the plan's metadata from its head", () => {
    expect(plan).toMatchObject({
      id: "thu-nghiem-2022",
      code: "12/KH-UBND",
      title: "Triển khai Đề án 06 trên địa bàn huyện",
      issuer: "UBND huyện Thử Nghiệm",
      level: "district",
      place: "Thử Nghiệm",
      issuedOn: "2022-05-05",
      source: { method: "imported-text", file: null },
    });
  });

  it("derives the parents from the documents it implements", () => {
    expect(plan.parents).toEqual(["khanh-hoa-1403-2022", "qd-06-2022"]);
    expect(plan.cites.map((c) => [c.code, c.date, c.ref])).toEqual([
      ["1403/KH-UBND", "2022-02-18", "khanh-hoa-1403-2022"],
      ["06/QĐ-TTg", "2022-01-06", "qd-06-2022"],
    ]);
  });

  it("reads the head and grounds of a text copied from a web page: header cells wrapped, no blank lines", () => {
    const copied = parsePlan(
      lines(
        "ỦY",
        "BAN NHÂN DÂN",
        "TỈNH SƠN MINH",
        "-------",
        "|",
        "CỘNG",
        "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "|",
        "Số: 41/KH-UBND",
        "|",
        "Sơn",
        "Minh, ngày 14 tháng 3 năm 2023",
        "|",
        "KẾ HOẠCH",
        "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH SƠN MINH GIAI ĐOẠN 2023",
        "- 2025",
        "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
        "phê duyệt Đề án 06, Ủy ban nhân dân tỉnh ban hành Kế hoạch như",
        "sau:",
        "I. MỤC ĐÍCH",
        "1. Tiếp tục",
        "triển khai đồng bộ.",
        "II. NHIỆM VỤ",
        "1. Kết nối Hệ thống thông tin giải quyết TTHC với",
        "Cơ sở dữ liệu quốc gia về dân cư; hoàn thành trong",
        "Quý III/2023.",
      ),
      { id: "son-minh-2023" },
    );
    expect(copied).toMatchObject({ code: "41/KH-UBND", issuer: "UBND tỉnh Sơn Minh", level: "province", place: "Sơn Minh", issuedOn: "2023-03-14", parents: ["qd-06-2022"] });
    expect(copied.title).toBe("TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH SƠN MINH GIAI ĐOẠN 2023 - 2025");
    // a whole place name on its line is not the start of the next line's
    expect(parsePlan(lines("UBND HUYỆN ĐÔNG SƠN", "Đông Sơn", "Đông Sơn, ngày 20 tháng 4 năm 2022", "KẾ HOẠCH", "II. NHIỆM VỤ", "1. Kết nối dữ liệu."), { id: "dong-son-2022" }).place).toBe(
      "Đông Sơn",
    );
    // a task closing with "hoàn thành trong <time>": its deadline
    expect(copied.tasks.map((t) => [t.ref, t.text, t.deadline.raw, t.deadline.end])).toEqual([
      ["1", "Kết nối Hệ thống thông tin giải quyết TTHC với Cơ sở dữ liệu quốc gia về dân cư", "hoàn thành trong Quý III/2023", "2023-09-30"],
    ]);
  });

  it('finds the grounds in a line opening with "Căn cứ" after the title, and notes sections without text', () => {
    const plan = parsePlan(
      lines(
        "ỦY BAN NHÂN DÂN",
        "TỈNH A",
        "Số: 1/KH-UBND",
        "A, ngày 1 tháng 2 năm 2023",
        "KẾ HOẠCH",
        "TRIỂN KHAI ĐỀ ÁN 06 NĂM 2023 TRÊN ĐỊA BÀN TỈNH A",
        "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, UBND tỉnh ban hành kế hoạch.",
        "I. MỤC ĐÍCH",
        "x.",
        "II. NHIỆM VỤ",
        "1. Kết nối.",
      ),
      { id: "a-2023" },
    );
    expect(plan.parents).toEqual(["qd-06-2022"]);
    expect(parsePlan(lines("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "1. Kết nối.", "III. TỔ CHỨC THỰC HIỆN"), { id: "b-2023" }).notes).toContain(
      "Sections not holding tasks, not imported: I. MỤC ĐÍCH, YÊU CẦU (line 2); III. TỔ CHỨC THỰC HIỆN (line 5).",
    );
  });

  it("reads a completion phrase closing a task as its deadline only when its object is a time", () => {
    const body = (...items: string[]) => parsePlan(lines(...NUMBERED.split("\n").slice(0, 16), ...items), { id: "dong-2022" }).tasks.map((t) => [t.text, t.deadline.raw]);
    expect(
      body("1. Cấp căn cước cho công dân, hoàn thành chậm nhất tháng 6/2022.", "2. Số hóa hồ sơ hộ tịch, hoàn thành việc số hóa trong năm 2022.", "3. Kết nối dữ liệu, hoàn thành 100% hồ sơ."),
    ).toEqual([
      ["Cấp căn cước cho công dân", "hoàn thành chậm nhất tháng 6/2022"],
      ["Số hóa hồ sơ hộ tịch, hoàn thành việc số hóa trong năm 2022.", ""],
      ["Kết nối dữ liệu, hoàn thành 100% hồ sơ.", ""],
    ]);
    expect(body("1. Số hóa hồ sơ, hoàn thành 100% hồ sơ trong năm 2023.", "2. Cấp thẻ, hoàn thành trước 30/6/2022.")).toEqual([
      ["Số hóa hồ sơ, hoàn thành 100% hồ sơ trong năm 2023.", ""],
      ["Cấp thẻ", "hoàn thành trước 30/6/2022"],
    ]);
  });

  it("reads numeric targets: a section of them, or a list under a sub-heading of a section without tasks", () => {
    const { plan, lines: account } = importPlan(
      lines(
        "KẾ HOẠCH",
        "I. MỤC TIÊU",
        "1. Mục tiêu chung",
        "Triển khai đồng bộ Đề án 06.",
        "2. Mục tiêu cụ thể",
        "- 100% công dân đủ điều kiện được cấp tài khoản định danh điện tử đến hết năm 2025.",
        "- Tỷ lệ thanh toán trực tuyến đạt 1,5% tổng giao dịch, 30% hồ sơ được số hóa.",
        "- Hoàn thành kết nối các cơ sở dữ liệu chuyên ngành.",
        "II. CHỈ TIÊU",
        "1. 90% người dân hài lòng.",
        "III. NHIỆM VỤ",
        "1. Kết nối dữ liệu dân cư.",
      ),
      { id: "chi-tieu-2025" },
    );
    expect(plan.targets.map((t) => [t.ref, t.group, t.value, t.unit, t.deadline, t.line])).toEqual([
      ["2.1", "Mục tiêu cụ thể", 100, "%", "đến hết năm 2025", 6],
      ["2.2", "Mục tiêu cụ thể", 1.5, "%", null, 7],
      ["2.3", "Mục tiêu cụ thể", 30, "%", null, 7],
      ["2.4", "Mục tiêu cụ thể", null, null, null, 8],
      ["1.1", "90% người dân hài lòng.", 90, "%", null, 10],
    ]);
    expect(plan.tasks.map((t) => t.ref)).toEqual(["1"]);
    // every line accounted for: targets by their ids, the rest of §I reported
    expect(account.filter((l) => l.use === "target").map((l) => [l.line, "id" in l ? l.id : ""])).toEqual([
      [6, "chi-tieu-2025:target:2.1"],
      [7, "chi-tieu-2025:target:2.2"],
      [8, "chi-tieu-2025:target:2.4"],
      [10, "chi-tieu-2025:target:1.1"],
    ]);
    expect(plan.warnings.map((w) => w.message)).toContain("section I. MỤC TIÊU (lines 3–8) does not announce tasks; its text was not imported but for its targets (lines 5–8)");
    expect(plan.warnings.some((w) => /CHỈ TIÊU/.test(w.message))).toBe(false);
  });

  it("reads nested and lettered groups of targets once each, leaves general aims out, and keeps an item of many figures whole", () => {
    const nested = parsePlan(
      lines(
        "KẾ HOẠCH",
        "I. MỤC TIÊU",
        "1. Mục tiêu chung",
        "Phát triển ứng dụng.",
        "2. Chỉ tiêu",
        "2.1. Chỉ tiêu về dịch vụ công",
        "- 100% hồ sơ được số hóa.",
        "2.2. Chỉ tiêu về dữ liệu",
        "- 80% dữ liệu được làm sạch.",
        "II. NHIỆM VỤ",
        "1. Kết nối.",
      ),
      { id: "long-2023" },
    );
    expect(nested.targets.map((t) => [t.ref, t.group, t.value])).toEqual([
      ["2.1.1", "Chỉ tiêu về dịch vụ công", 100],
      ["2.2.1", "Chỉ tiêu về dữ liệu", 80],
    ]);
    const lettered = parsePlan(
      lines(
        "KẾ HOẠCH",
        "I. MỤC ĐÍCH",
        "Bảo đảm.",
        "II. MỤC TIÊU VÀ CHỈ TIÊU",
        "1. Mục tiêu chung",
        "Phát triển ứng dụng dữ liệu dân cư.",
        "2. Chỉ tiêu cụ thể",
        "a) Về dịch vụ công",
        "- 100% hồ sơ được số hóa.",
        "b) Về dữ liệu",
        "- 80% dữ liệu được làm sạch.",
        "III. NHIỆM VỤ",
        "1. Kết nối.",
      ),
      { id: "chu-2023" },
    );
    expect(lettered.targets.map((t) => [t.ref, t.group, t.value])).toEqual([
      ["2.a.1", "Về dịch vụ công", 100],
      ["2.b.1", "Về dữ liệu", 80],
    ]);
    expect(lettered.warnings.map((w) => w.message)).toContain("section II. MỤC TIÊU VÀ CHỈ TIÊU (lines 5–11) does not announce tasks; its text was not imported but for its targets (lines 7–11)");
    // an item of 40,000 figures is prose or a table: one target without a value, its text once
    const many = parsePlan(`I. MỤC ĐÍCH\nabc.\nII. CHỈ TIÊU\n1. Tỷ lệ ${"đạt 1% ".repeat(40_000)}`, { id: "nhieu-2023" });
    expect(many.targets.map((t) => [t.ref, t.value])).toEqual([["1.1", null]]);
  });

  it("keeps a task's listed percentages in the task (a bullet opening with a figure opens an item only in a list of targets)", () => {
    const plan = parsePlan(
      lines(
        "KẾ HOẠCH",
        "I. MỤC ĐÍCH",
        "Bảo đảm.",
        "II. NHIỆM VỤ",
        "1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, bảo đảm:",
        "- 100% hồ sơ tiếp nhận mới được số hóa;",
        "- 80% hồ sơ còn hiệu lực được số hóa.",
        "Cơ quan chủ trì: Văn phòng UBND tỉnh; thời gian: năm 2023.",
      ),
      { id: "so-hoa-2023" },
    );
    expect(plan.tasks.map((t) => [t.ref, t.lead, t.deadline.raw])).toEqual([["1", ["Văn phòng UBND tỉnh"], "năm 2023"]]);
    // also after a short line, and in a section of tasks whose heading names targets too
    const short = parsePlan(
      lines("KẾ HOẠCH", "I. MỤC ĐÍCH", "x.", "II. NHIỆM VỤ VÀ CHỈ TIÊU", "1. Số hóa hồ sơ, bảo đảm:", "- 100% hồ sơ mới;", "- 80% hồ sơ cũ.", "Cơ quan chủ trì: Văn phòng UBND tỉnh."),
      { id: "ngan-2023" },
    );
    expect(short.tasks.map((t) => [t.ref, t.text, t.lead])).toEqual([["1", "Số hóa hồ sơ, bảo đảm: - 100% hồ sơ mới; - 80% hồ sơ cũ.", ["Văn phòng UBND tỉnh"]]]);
    expect(short.targets).toEqual([]);
  });

  it("reads tasks from the task section only, with agencies and deadlines split off", () => {
    expect(plan.tasks.map((t) => t.ref)).toEqual(["1.1", "1.2", "2.1.a", "2.1.b"]);
    expect(plan.sections).toEqual([
      { ref: "1", title: "Hoàn thiện thể chế" },
      { ref: "2.1", title: expect.stringMatching(/^Kết nối cơ sở dữ liệu hộ tịch/) },
    ]);
    const [first, second, third] = plan.tasks;
    expect(first).toMatchObject({ text: "Triển khai thực hiện Thông tư về danh mục dữ liệu.", lead: ["Công an huyện"], coordinating: ["Phòng Tư pháp", "các cơ quan, đơn vị liên quan"], line: 19 });
    expect(second).toMatchObject({ text: "rà soát các thủ tục hành chính", lead: ["Phòng Văn hóa và Thông tin"], coordinating: ["Công an huyện"] });
    expect(second!.deadline).toMatchObject({ raw: "Quý II năm 2022", end: "2022-06-30" });
    expect(third).toMatchObject({ lead: ["Phòng Tư pháp"] });
    expect(third!.deadline.raw).toBe("Tháng 6/2022");
  });

  it("notes the sections it did not read as tasks", () => {
    expect(plan.notes.join(" ")).toMatch(/I\. MỤC TIÊU .*III\. TỔ CHỨC THỰC HIỆN/);
  });

  it("lets meta override what it reads", () => {
    const overridden = parsePlan(NUMBERED, { id: "x-1", parents: ["hue-2022"], level: "province", code: "99/KH-UBND", title: "T", issuer: "UBND tỉnh X", issuedOn: null });
    expect(overridden).toMatchObject({ parents: ["hue-2022"], level: "province", code: "99/KH-UBND", title: "T", issuer: "UBND tỉnh X", issuedOn: null });
  });
});

describe("parsePlan on agency blocks", () => {
  it("reads a block per agency, its bullets or paragraph as tasks led by it", () => {
    const text = lines(
      "III. PHÂN CÔNG NHIỆM VỤ",
      "1. Sở Tư pháp",
      "- Chủ trì, phối hợp với Công an tỉnh, Văn phòng UBND tỉnh kết nối dữ liệu hộ tịch.",
      "- Phối hợp với Sở Nội vụ và các đơn vị liên quan rà soát hồ sơ.",
      "2. Đề nghị Tòa án nhân dân tỉnh",
      "Phối hợp với Công an tỉnh kết nối dữ liệu bản án.",
    );
    const plan = parsePlan(text, { id: "khoi-2022" });
    expect(plan.tasks.map((t) => [t.ref, t.section, t.lead, t.coordinating])).toEqual([
      ["1.1", "1", ["Sở Tư pháp"], ["Công an tỉnh", "Văn phòng UBND tỉnh"]],
      ["1.2", "1", ["Sở Tư pháp"], ["Sở Nội vụ", "các đơn vị liên quan"]],
      ["2.1", "2", ["Tòa án nhân dân tỉnh"], ["Công an tỉnh"]],
    ]);
    expect(plan.tasks[1]!.text).toBe("Phối hợp với Sở Nội vụ và các đơn vị liên quan rà soát hồ sơ.");
  });
});

describe("parsePlan on labelled fields and assignment brackets", () => {
  const HEAD = ["KẾ HOẠCH", "Triển khai Đề án 06 trên địa bàn huyện", "II. NHIỆM VỤ CỤ THỂ"];
  const read = (...body: string[]) =>
    parsePlan(lines(...HEAD, ...body), { id: "truong-2022" }).tasks.map((t) => ({
      ref: t.ref,
      text: t.text,
      lead: t.lead,
      coordinating: t.coordinating,
      deadline: t.deadline.raw,
      product: t.product,
    }));

  it("reads a task's fields on lines of their own as its agencies, deadline and product, not as tasks", () => {
    expect(
      read(
        "1. Triển khai kết nối Hệ thống thông tin giải quyết TTHC của huyện với CSDLQG về dân cư.",
        "- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.",
        "- Cơ quan phối hợp: Công an huyện, Văn phòng HĐND và UBND huyện, UBND các xã, thị trấn.",
        "- Thời gian thực hiện: Quý IV/2022.",
        "- Sản phẩm: Hệ thống được kết nối",
        "2. Rà soát, số hóa hồ sơ, kết quả giải quyết TTHC",
        "+ Đơn vị chủ trì: Văn phòng HĐND và UBND huyện; phối hợp: Phòng Tư pháp, Phòng Nội vụ.",
        "+ Thời gian: năm 2023.",
      ),
    ).toEqual([
      {
        ref: "1",
        text: "Triển khai kết nối Hệ thống thông tin giải quyết TTHC của huyện với CSDLQG về dân cư.",
        lead: ["Phòng Văn hóa và Thông tin huyện"],
        coordinating: ["Công an huyện", "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn"],
        deadline: "Quý IV/2022",
        product: "Hệ thống được kết nối",
      },
      {
        ref: "2",
        text: "Rà soát, số hóa hồ sơ, kết quả giải quyết TTHC",
        lead: ["Văn phòng HĐND và UBND huyện"],
        coordinating: ["Phòng Tư pháp", "Phòng Nội vụ"],
        deadline: "năm 2023",
        product: null,
      },
    ]);
  });

  it("reads fields on unmarked lines under a task, wrapped or not", () => {
    expect(
      read(
        "1. Triển khai kết nối dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư trên địa bàn xã",
        "Cơ quan chủ trì: Công an xã",
        "Cơ quan phối hợp: Công chức Tư pháp - Hộ tịch xã, Văn phòng - Thống kê",
        "xã",
        "thời gian: Quý II/2022",
        "2. Số hóa hồ sơ TTHC",
        "Chủ trì: Văn phòng - Thống kê xã; thời gian: năm 2022",
      ),
    ).toEqual([
      {
        ref: "1",
        text: "Triển khai kết nối dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư trên địa bàn xã",
        lead: ["Công an xã"],
        coordinating: ["Công chức Tư pháp - Hộ tịch xã", "Văn phòng - Thống kê xã"],
        deadline: "Quý II/2022",
        product: null,
      },
      { ref: "2", text: "Số hóa hồ sơ TTHC", lead: ["Văn phòng - Thống kê xã"], coordinating: [], deadline: "năm 2022", product: null },
    ]);
  });

  it("reads labelled fields that end a task's paragraph", () => {
    expect(read("1. Triển khai thí điểm tích hợp thẻ BHYT trên ứng dụng VNeID. Đơn vị thực hiện: Bảo hiểm xã hội huyện, Trung tâm Y tế huyện, Công an huyện. Thời hạn: tháng 6/2022.")).toEqual([
      {
        ref: "1",
        text: "Triển khai thí điểm tích hợp thẻ BHYT trên ứng dụng VNeID.",
        lead: ["Bảo hiểm xã hội huyện", "Trung tâm Y tế huyện", "Công an huyện"],
        coordinating: [],
        deadline: "tháng 6/2022",
        product: null,
      },
    ]);
  });

  it("reads brackets of several clauses and the other ways of assigning a task", () => {
    expect(
      read(
        "1. Cấp căn cước công dân cho công dân đủ điều kiện (Giao Công an huyện chủ trì, phối hợp với UBND các xã, thị trấn và Phòng Tư pháp thực hiện; thời gian: thường xuyên).",
        "2. Tuyên truyền về Đề án 06 (Phòng Văn hóa và Thông tin, Đài Truyền thanh huyện phối hợp UBND các xã thực hiện; hoàn thành trong năm 2022).",
        "3. Đẩy mạnh thanh toán không dùng tiền mặt (Giao Kho bạc Nhà nước huyện, Bưu điện huyện thực hiện).",
        "4. Rà soát dữ liệu hộ tịch (Phòng Tư pháp thực hiện).",
        "5. Cập nhật dữ liệu (theo hướng dẫn của Bộ Công an).",
      ),
    ).toEqual([
      { ref: "1", text: "Cấp căn cước công dân cho công dân đủ điều kiện", lead: ["Công an huyện"], coordinating: ["UBND các xã, thị trấn", "Phòng Tư pháp"], deadline: "thường xuyên", product: null },
      {
        ref: "2",
        text: "Tuyên truyền về Đề án 06",
        lead: ["Phòng Văn hóa và Thông tin", "Đài Truyền thanh huyện"],
        coordinating: ["UBND các xã"],
        deadline: "hoàn thành trong năm 2022",
        product: null,
      },
      { ref: "3", text: "Đẩy mạnh thanh toán không dùng tiền mặt", lead: ["Kho bạc Nhà nước huyện", "Bưu điện huyện"], coordinating: [], deadline: "", product: null },
      { ref: "4", text: "Rà soát dữ liệu hộ tịch", lead: ["Phòng Tư pháp"], coordinating: [], deadline: "", product: null },
      // a bracket that names no agency, deadline or product stays in the text
      { ref: "5", text: "Cập nhật dữ liệu (theo hướng dẫn của Bộ Công an).", lead: [], coordinating: [], deadline: "", product: null },
    ]);
  });

  it("gives a group's fields to its tasks that name no agency", () => {
    const tasks = read(
      "1. Số hóa hồ sơ, kết quả giải quyết TTHC:",
      "- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.",
      "a) Số hóa hồ sơ hộ tịch.",
      "b) Số hóa kết quả giải quyết TTHC (Phòng Tư pháp thực hiện).",
    );
    expect(tasks.map((t) => [t.ref, t.text, t.lead])).toEqual([
      ["1.a", "Số hóa hồ sơ hộ tịch.", ["Văn phòng HĐND và UBND huyện"]],
      ["1.b", "Số hóa kết quả giải quyết TTHC", ["Phòng Tư pháp"]],
    ]);
  });

  it("ends an agency field's listed values at a line that opens like a task; a task with fields keeps its sub-tasks", () => {
    expect(
      read(
        "1. Thành lập Tổ công tác triển khai Đề án 06.",
        "- Cơ quan phối hợp:",
        "- Phòng Tư pháp;",
        "- UBND các xã.",
        "- Xây dựng quy chế hoạt động của Tổ công tác.",
        "2. Tuyên truyền lợi ích của định danh điện tử.",
      ).map((t) => [t.ref, t.text, t.coordinating]),
    ).toEqual([
      ["1", "Thành lập Tổ công tác triển khai Đề án 06.", ["Phòng Tư pháp", "UBND các xã"]],
      ["1.1", "Xây dựng quy chế hoạt động của Tổ công tác.", ["Phòng Tư pháp", "UBND các xã"]],
      ["2", "Tuyên truyền lợi ích của định danh điện tử.", []],
    ]);
    // a task sentence opening with a task verb is a task too
    expect(read("1. Triển khai Tổ công tác triển khai Đề án 06.", "- Cơ quan chủ trì: Công an huyện.", "- Xây dựng quy chế.", "- Tuyên truyền.").map((t) => [t.ref, t.text])).toEqual([
      ["1", "Triển khai Tổ công tác triển khai Đề án 06."],
      ["1.1", "Xây dựng quy chế."],
      ["1.2", "Tuyên truyền."],
    ]);
    // a heading (no stop, or a colon) over fields and items stays a group
    expect(read("1. Nhóm dịch vụ công:", "- Cơ quan chủ trì: Công an huyện.", "a) Đăng ký thường trú.").map((t) => [t.ref, t.lead])).toEqual([["1.a", ["Công an huyện"]]]);
  });

  it("does not take a topic heading for its tasks' lead, but does a short heading that names an agency, OCR-damaged or not", () => {
    expect(
      read(
        "1. Nhóm tiện ích phục vụ giải quyết thủ tục hành chính",
        "a) Triển khai dịch vụ công thiết yếu.",
        "2. Về phát triển công dân số",
        "a) Hướng dẫn kích hoạt tài khoản định danh điện tử.",
        "3. Triển khai ứng dụng VNeID",
        "a) Tuyên truyền lợi ích của VNeID.",
        "4. Văn phòng HĐND và UBND huyện",
        "a) Tích hợp dữ liệu dân cư.",
        "5. Vian phong UBND huyen",
        "a) Kết nối hệ thống một cửa điện tử.",
      ).map((t) => [t.ref, t.lead]),
    ).toEqual([
      ["1.a", []],
      ["2.a", []],
      ["3.a", []],
      ["4.a", ["Văn phòng HĐND và UBND huyện"]],
      ["5.a", ["Vian phong UBND huyen"]],
    ]);
  });

  it("gives a group's (and a section's) deadline and product to its tasks that give none, the nearest group's first", () => {
    expect(
      read(
        "1. Nhóm nhiệm vụ hoàn thiện thể chế",
        "- Cơ quan chủ trì: Sở Tư pháp.",
        "- Thời gian hoàn thành: Quý III năm 2022.",
        "- Sản phẩm: Báo cáo rà soát.",
        "a) Rà soát văn bản quy phạm pháp luật.",
        "b) Đề xuất sửa đổi quy định (Thời gian thực hiện: Tháng 12/2022).",
      ).map((t) => [t.ref, t.lead, t.deadline, t.product]),
    ).toEqual([
      ["1.a", ["Sở Tư pháp"], "Quý III năm 2022", "Báo cáo rà soát"],
      ["1.b", ["Sở Tư pháp"], "Tháng 12/2022", "Báo cáo rà soát"],
    ]);
    // nested groups: the nearest that gives a deadline; a heading's own bracket counts too
    expect(
      read(
        "1. Nhóm tiện ích (Thời gian thực hiện: Năm 2023)",
        "1.1. Nhóm dịch vụ công",
        "a) Dịch vụ đăng ký thường trú.",
        "1.2. Nhóm thanh toán",
        "- Thời gian hoàn thành: Quý II/2023.",
        "a) Thanh toán trực tuyến.",
      ).map((t) => [t.ref, t.deadline]),
    ).toEqual([
      ["1.1.a", "Năm 2023"],
      ["1.2.a", "Quý II/2023"],
    ]);
    const plan = parsePlan(
      lines(
        "KẾ HOẠCH",
        "I. NHIỆM VỤ TUYÊN TRUYỀN",
        "Cơ quan chủ trì: Công an xã.",
        "Thời gian thực hiện: Thường xuyên.",
        "1. Tuyên truyền trên loa truyền thanh.",
        "2. Tổ chức hội nghị (Thời gian: Quý I/2024).",
      ),
      { id: "xa-2024" },
    );
    expect(plan.tasks.map((t) => [t.ref, t.deadline.raw])).toEqual([
      ["1", "Thường xuyên"],
      ["2", "Quý I/2024"],
    ]);
  });

  it("keeps every task around fields: a note after them, unnumbered tasks, a value on the next line, a field opening an item", () => {
    // a paragraph after a task's fields continues the task
    expect(read("1.1. Thành lập Tổ công tác cấp huyện.", "Cơ quan chủ trì: Công an huyện", "", "Tổ công tác gồm lãnh đạo các phòng chuyên môn.", "1.2. Xây dựng quy chế.")).toEqual([
      { ref: "1.1", text: "Thành lập Tổ công tác cấp huyện. Tổ công tác gồm lãnh đạo các phòng chuyên môn.", lead: ["Công an huyện"], coordinating: [], deadline: "", product: null },
      { ref: "1.2", text: "Xây dựng quy chế.", lead: [], coordinating: [], deadline: "", product: null },
    ]);
    // unnumbered tasks under a heading, each with its field
    expect(
      read("1. Hoàn thiện thể chế", "Thành lập Tổ công tác cấp huyện.", "Cơ quan chủ trì: Công an huyện", "", "Xây dựng quy chế của Tổ công tác.", "Cơ quan chủ trì: Phòng Tư pháp").map((t) => [
        t.ref,
        t.text,
        t.lead,
      ]),
    ).toEqual([
      ["1.1", "Thành lập Tổ công tác cấp huyện.", ["Công an huyện"]],
      ["1.2", "Xây dựng quy chế của Tổ công tác.", ["Phòng Tư pháp"]],
    ]);
    // a label whose value is on the next line; a field whose value is a list of sub-items
    expect(read("1. Thành lập Tổ công tác.", "Cơ quan chủ trì:", "Công an huyện", "- Cơ quan phối hợp:", "+ Phòng Tư pháp", "+ UBND các xã.", "Thời gian thực hiện:", "Quý I năm 2024")).toEqual([
      { ref: "1", text: "Thành lập Tổ công tác.", lead: ["Công an huyện"], coordinating: ["Phòng Tư pháp", "UBND các xã"], deadline: "Quý I năm 2024", product: null },
    ]);
    // a numbered item that opens with a label is a task (its text kept as written), not a field
    expect(read("1.1. Cơ quan chủ trì: Công an huyện. Thành lập Tổ công tác.", "1.2. Xây dựng quy chế (Giao Phòng Tư pháp chủ trì).").map((t) => [t.ref, t.text, t.lead])).toEqual([
      ["1.1", "Cơ quan chủ trì: Công an huyện. Thành lập Tổ công tác.", []],
      ["1.2", "Xây dựng quy chế", ["Phòng Tư pháp"]],
    ]);
  });

  it("reads values listed under a label, wrapped lists, other labelled lines as notes, and fields after bulleted tasks", () => {
    // a label over "+" or "-" values, bulleted or not
    for (const label of ["Cơ quan phối hợp:", "- Cơ quan phối hợp:"]) {
      for (const bullet of ["+", "-"]) {
        expect(
          read("1.1. Thành lập Tổ công tác cấp huyện.", label, `${bullet} Phòng Tư pháp;`, `${bullet} UBND các xã, thị trấn.`, "1.2. Xây dựng quy chế.").map((t) => [t.ref, t.coordinating]),
        ).toEqual([
          ["1.1", ["Phòng Tư pháp", "UBND các xã, thị trấn"]],
          ["1.2", []],
        ]);
      }
    }
    // an agency list wrapped after its semicolons
    expect(read("1.1. Thành lập Tổ công tác năm 2024.", "Cơ quan phối hợp: Phòng Tư pháp;", "Phòng Văn hóa và Thông tin;", "UBND các xã, thị trấn.")[0]).toMatchObject({
      text: "Thành lập Tổ công tác năm 2024.",
      coordinating: ["Phòng Tư pháp", "Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn"],
    });
    // a label without value, then a blank line: what follows is not its value
    expect(read("1. Nhóm tiện ích", "Triển khai dịch vụ công thiết yếu.", "Cơ quan phối hợp:", "", "Tuyên truyền sử dụng VNeID.").map((t) => [t.text, t.coordinating])).toEqual([
      ["Triển khai dịch vụ công thiết yếu.", []],
      ["Tuyên truyền sử dụng VNeID.", []],
    ]);
    // other labelled lines among a task's fields are its notes, not tasks
    const [withNotes] = parsePlan(
      lines(...HEAD, "1.1. Thành lập Tổ công tác cấp huyện.", "- Nội dung: lợi ích của định danh điện tử.", "- Cơ quan chủ trì: Công an huyện", "- Kinh phí: Ngân sách huyện"),
      { id: "ghi-chu-2024" },
    ).tasks;
    expect(withNotes).toMatchObject({ ref: "1.1", lead: ["Công an huyện"], notes: ["Nội dung: lợi ích của định danh điện tử.", "Kinh phí: Ngân sách huyện"] });
    // bulleted tasks, each followed by its own fields at the same level
    expect(
      read("1. Nhóm tiện ích", "- Triển khai dịch vụ công.", "- Cơ quan chủ trì: Công an huyện", "- Thời gian: Quý II/2024", "- Tuyên truyền.", "- Cơ quan chủ trì: Phòng Văn hóa và Thông tin").map(
        (t) => [t.ref, t.lead, t.deadline],
      ),
    ).toEqual([
      ["1.1", ["Công an huyện"], "Quý II/2024"],
      ["1.2", ["Phòng Văn hóa và Thông tin"], ""],
    ]);
  });

  it("gives the section's fields to its tasks, the group's lead to a task naming only partners, and reads a deadline closing an agency field", () => {
    const plan = parsePlan(
      lines(
        "KẾ HOẠCH",
        "I. NHIỆM VỤ TUYÊN TRUYỀN",
        "Cơ quan chủ trì: Công chức Văn hóa - Xã hội.",
        "Cơ quan phối hợp: Công an xã.",
        "1. Tuyên truyền trên hệ thống loa truyền thanh.",
        "2. Tổ chức hội nghị tuyên truyền (Giao Công an xã thực hiện).",
        "II. NHIỆM VỤ CẤP CĂN CƯỚC",
        "- Cơ quan chủ trì: Công an xã.",
        "1. Rà soát công dân chưa được cấp căn cước.",
      ),
      { id: "xa-2024" },
    );
    expect(plan.tasks.map((t) => [t.ref, t.lead, t.coordinating])).toEqual([
      ["I.1", ["Công chức Văn hóa - Xã hội"], ["Công an xã"]],
      ["I.2", ["Công an xã"], []],
      ["II.1", ["Công an xã"], []],
    ]);
    expect(
      read("1. Nhóm dịch vụ công", "- Cơ quan chủ trì: Công an huyện.", "a) Dịch vụ đăng ký thường trú.", "- Cơ quan phối hợp: UBND các xã, thị trấn.", "b) Dịch vụ cấp phiếu lý lịch tư pháp.").map(
        (t) => [t.ref, t.lead, t.coordinating],
      ),
    ).toEqual([
      ["1.a", ["Công an huyện"], ["UBND các xã, thị trấn"]],
      ["1.b", ["Công an huyện"], []],
    ]);
    expect(read("1. Thành lập Tổ công tác.", "- Cơ quan chủ trì: Công an huyện, hoàn thành trong tháng 4/2024.")[0]).toMatchObject({
      lead: ["Công an huyện"],
      deadline: "hoàn thành trong tháng 4/2024",
    });
  });

  it("reads a bracket after labelled fields, brackets of fields, and names each agency once", () => {
    expect(read("1. Xây dựng kế hoạch. Sản phẩm: Kế hoạch của UBND huyện.", "(Giao Công an huyện chủ trì, phối hợp với Phòng Tư pháp)")).toEqual([
      { ref: "1", text: "Xây dựng kế hoạch.", lead: ["Công an huyện"], coordinating: ["Phòng Tư pháp"], deadline: "", product: "Kế hoạch của UBND huyện" },
    ]);
    expect(
      read("1. Kết nối dữ liệu dân cư (Chủ trì: Công an huyện; Phối hợp: Phòng Tư pháp).", "2. Kết nối dữ liệu hộ tịch (Công an huyện chủ trì; UBND các xã phối hợp).").map((t) => [
        t.text,
        t.lead,
        t.coordinating,
      ]),
    ).toEqual([
      ["Kết nối dữ liệu dân cư", ["Công an huyện"], ["Phòng Tư pháp"]],
      ["Kết nối dữ liệu hộ tịch", ["Công an huyện"], ["UBND các xã"]],
    ]);
    expect(read("1. Thành lập Tổ công tác. Chủ trì: Công an huyện.", "Cơ quan chủ trì: Công an huyện.")[0]!.lead).toEqual(["Công an huyện"]);
  });

  it("does not read a colon inside a task's text as a field", () => {
    const [task] = read("1. Triển khai các tiện ích: định danh, thanh toán trên ứng dụng VNeID (Thời gian thực hiện: năm 2024).");
    expect(task).toMatchObject({ text: "Triển khai các tiện ích: định danh, thanh toán trên ứng dụng VNeID", lead: [], deadline: "năm 2024" });
  });
});

describe("parsePlan on tables", () => {
  it("reads a tab-separated table with columns in any order, section rows and wrapped rows", () => {
    const plan = parsePlan(TAB_TABLE, { id: "bang-2023" });
    expect(plan).toMatchObject({ code: "7/KH-UBND", issuer: "UBND tỉnh Thử", level: "province", issuedOn: "2023-03-01" });
    expect(plan.sections.map((s) => s.ref)).toEqual(["I", "II"]);
    expect(plan.tasks.map((t) => [t.ref, t.section, t.text, t.lead, t.coordinating, t.deadline.raw, t.product])).toEqual([
      ["I.1", "I", "Thành lập Tổ công tác", ["Công an tỉnh"], ["Văn phòng UBND tỉnh"], "Quý I năm 2023", "Quyết định"],
      ["I.2", "I", "Xây dựng quy chế hoạt động của Tổ công tác của tỉnh", ["Công an tỉnh"], ["Sở Tư pháp", "các sở, ngành liên quan"], "Tháng 6/2023", null],
      ["II.1", "II", "Kết nối dữ liệu hộ tịch", ["Sở Tư pháp"], ["Công an tỉnh"], "Năm 2023", "Kết nối được đưa vào sử dụng"],
    ]);
  });

  it("reads an agency column that names both roles ('Chủ trì: …; Phối hợp: …')", () => {
    const plan = parsePlan(
      lines(
        "KẾ HOẠCH",
        "II. NHIỆM VỤ",
        "STT\tNội dung nhiệm vụ\tĐơn vị thực hiện\tThời gian hoàn thành",
        "1\tKết nối dữ liệu hộ tịch\tChủ trì: Phòng Tư pháp; Phối hợp: Công an huyện\tQuý II/2022",
        "2\tSố hóa hồ sơ TTHC\tVăn phòng HĐND và UBND huyện\tNăm 2022",
      ),
      { id: "don-vi-2022" },
    );
    expect(plan.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [["Phòng Tư pháp"], ["Công an huyện"]],
      [["Văn phòng HĐND và UBND huyện"], []],
    ]);
    // the partners on the cell's second line, which the table joins with a space
    const wrapped = parsePlan(
      lines("KẾ HOẠCH", "II. NHIỆM VỤ", "STT\tNội dung nhiệm vụ\tĐơn vị thực hiện\tThời gian", "1\tXây dựng quy chế\tPhòng Tư pháp\tQuý II/2024", "\t\tPhối hợp: Công an huyện\t"),
      { id: "don-vi-2022" },
    );
    expect(wrapped.tasks.map((t) => [t.lead, t.coordinating])).toEqual([[["Phòng Tư pháp"], ["Công an huyện"]]]);
  });

  it("reads a markdown pipe table", () => {
    const plan = parsePlan(
      lines(
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |",
        "|---|---|---|---|",
        "| 1 | Kết nối dữ liệu | Công an tỉnh | Năm 2024 |",
        "| 2 | Số hóa hồ sơ | Văn phòng UBND tỉnh | Quý I/2024 |",
      ),
      { id: "pipe-2024" },
    );
    expect(plan.tasks.map((t) => [t.ref, t.text, t.lead, t.deadline.raw])).toEqual([
      ["1", "Kết nối dữ liệu", ["Công an tỉnh"], "Năm 2024"],
      ["2", "Số hóa hồ sơ", ["Văn phòng UBND tỉnh"], "Quý I/2024"],
    ]);
  });

  it("knows the column headings plans use for each field", () => {
    const plan = parsePlan(
      lines(
        "| TT | Nội dung công việc | Đơn vị chủ trì | Cơ quan, đơn vị phối hợp | Lộ trình | Kết quả đầu ra |",
        "|---|---|---|---|---|---|",
        "| 1 | Số hóa hồ sơ hộ tịch | Phòng Tư pháp | UBND các xã | Năm 2023 | Dữ liệu hộ tịch điện tử |",
      ),
      { id: "cot-2023" },
    );
    expect(plan.tasks.map((t) => [t.ref, t.text, t.lead, t.coordinating, t.deadline.raw, t.product])).toEqual([
      ["1", "Số hóa hồ sơ hộ tịch", ["Phòng Tư pháp"], ["UBND các xã"], "Năm 2023", "Dữ liệu hộ tịch điện tử"],
    ]);
  });

  it("gives a section row's agencies and deadline to its rows that leave them empty; a roman row with no rows under it is a task", () => {
    const plan = parsePlan(
      lines(
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "|---|---|---|---|---|",
        "| I | Nhóm nhiệm vụ hoàn thiện thể chế | Sở Tư pháp | Công an tỉnh | Quý III/2022 |",
        "| 1 | Rà soát văn bản quy phạm pháp luật | | | |",
        "| 2 | Đề xuất sửa đổi quy định về TTHC | Văn phòng UBND tỉnh | | Tháng 12/2022 |",
        "| II | Nhóm dịch vụ công | | | |",
        "| 1 | Tích hợp dịch vụ công thiết yếu | | | Năm 2022 |",
        "| III | Tổng kết, đánh giá việc thực hiện Kế hoạch | Công an tỉnh | | Tháng 12/2025 |",
      ),
      { id: "nhom-2022" },
    );
    expect(plan.sections.map((s) => s.ref)).toEqual(["I", "II"]);
    expect(plan.tasks.map((t) => [t.ref, t.section, t.lead, t.coordinating, t.deadline.raw])).toEqual([
      ["I.1", "I", ["Sở Tư pháp"], ["Công an tỉnh"], "Quý III/2022"],
      ["I.2", "I", ["Văn phòng UBND tỉnh"], [], "Tháng 12/2022"],
      ["II.1", "II", [], [], "Năm 2022"],
      ["III", "II", ["Công an tỉnh"], [], "Tháng 12/2025"],
    ]);
    // a task numbered like a section takes no section's cells
    const leak = parsePlan(
      lines(
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "|---|---|---|---|---|",
        "| I | Nhóm thể chế | Sở Tư pháp | | Quý III/2022 |",
        "| 1 | Rà soát văn bản | | | |",
        "| II | Triển khai dịch vụ công toàn trình | Sở TTTT | | |",
      ),
      { id: "ro-2022" },
    );
    expect(leak.tasks.map((t) => [t.ref, t.deadline.raw])).toEqual([
      ["1", "Quý III/2022"],
      ["II", ""],
    ]);
    // every row read: no row left out with a warning
    expect(plan.warnings.filter((w) => w.line !== null)).toEqual([]);
  });

  it("splits a flattened PDF table into its cells and drops repeated page headers", () => {
    const plan = parsePlan(FLAT_TABLE, { id: "phang-2026" });
    expect(plan.code).toBe("99/KH-UBND");
    expect(plan.tasks.map((t) => [t.ref, t.section, t.text, t.lead, t.coordinating, t.product, t.deadline.raw])).toEqual([
      [
        "1",
        "I",
        "Tham gia góp ý Luật Cư trú sửa đổi để bảo đảm quản lý cư trú trong tình hình mới",
        ["Công an tỉnh"],
        ["Văn phòng UBND tỉnh", "Sở Tư pháp"],
        "Văn bản tham gia góp ý",
        "Tháng 12/2026",
      ],
      [
        "2",
        "I",
        "Triển khai các giải pháp bảo đảm an ninh dữ liệu cho các hệ thống thông tin của tỉnh",
        ["Sở Khoa học và Công nghệ"],
        ["Công an tỉnh", "các sở, ngành", "UBND các địa phương"],
        null,
        "Thực hiện thường xuyên",
      ],
      ["3", "II", "Tổ chức thu nhận hồ sơ cấp căn cước cho công dân đủ điều kiện", ["Công an tỉnh"], ["Các sở, ngành, địa phương"], null, "Thực hiện thường xuyên"],
    ]);
    expect(plan.notes.join(" ")).toMatch(/Repeated table header lines removed: 29, 30/);
    expect(plan.warnings).toEqual([]);
  });

  it("prefers an appendix table to the body list, reporting each body item", () => {
    const text = lines(
      "Số: 5/KH-UBND",
      "KẾ HOẠCH",
      "Thử",
      "II. NHIỆM VỤ",
      "1. Công an tỉnh chủ trì thành lập Tổ công tác.",
      "2. Kết nối dữ liệu hộ tịch.",
      "",
      "Phụ lục",
      "(Kèm theo Kế hoạch số 5/KH-UBND)",
      "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian",
      "1\tThành lập Tổ công tác\tCông an tỉnh\tQuý I năm 2023",
    );
    const plan = parsePlan(text, { id: "uu-tien-bang" });
    expect(plan.tasks.map((t) => t.text)).toEqual(["Thành lập Tổ công tác"]);
    expect(plan.warnings.filter((w) => /body list item/.test(w.message)).map((w) => w.line)).toEqual([5, 6]);
  });

  it("does not read an appendix attached from another document as the plan's tasks", () => {
    const text = lines(
      "Số: 5/KH-UBND",
      "KẾ HOẠCH",
      "II. NHIỆM VỤ",
      "1. Kết nối dữ liệu hộ tịch.",
      "",
      "Phụ lục",
      "DANH MỤC NHIỆM VỤ",
      "(Kèm theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ)",
      "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian",
      "1\tBan hành Thông tư\tBộ Công an\tTháng 01/2022",
    );
    const plan = parsePlan(text, { id: "dinh-kem" });
    expect(plan.tasks.map((t) => t.text)).toEqual(["Kết nối dữ liệu hộ tịch."]);
    expect(plan.adopts).toEqual([expect.objectContaining({ plan: "qd-06-2022", tasks: true })]);
  });
});

describe("parsePlan on input that is not a plan", () => {
  it.each([
    ["an empty file", ""],
    ["whitespace only", " \n\t\n  \r\n"],
    ["a paragraph of English", "The quick brown fox jumps over the lazy dog. This is a note about the weather, not a plan."],
    ["a byte-order mark alone", "\ufeff"],
  ])("gives an empty plan with warnings for %s", (_, text) => {
    const plan = parsePlan(text, { id: "khong-phai" });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.tasks).toEqual([]);
    expect(plan.warnings.length).toBeGreaterThan(0);
    expect(plan.warnings.map((w) => w.message).join(" ")).toMatch(/empty|no tasks/);
  });

  it("throws ImportError for an invalid id", () => {
    expect(() => parsePlan("1. Nhiệm vụ", { id: "Not An Id" })).toThrow(ImportError);
    expect(() => parsePlan("1. Nhiệm vụ", { id: "Not An Id" })).toThrow(/meta\.id/);
  });
});

const FRAGMENTS = [
  "I. NHIỆM VỤ",
  "II. NỘI DUNG",
  "1.",
  "1.1. Kết nối dữ liệu (Thời gian thực hiện: Quý I năm 2022)",
  "(Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp)",
  "a) Phòng Tư pháp chủ trì",
  "- Rà soát",
  "Phụ lục II",
  "(Kèm theo Kế hoạch số 1/KH-UBND ngày 01/01/2022)",
  "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
  "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực",
  "hiện",
  "\tTT",
  "\tNội dung, nhiệm vụ",
  "\tĐơn vị chủ trì",
  "\t01",
  "1\tA\tCông an tỉnh\tTháng 13/2022",
  "7 Tham gia góp ý Công an tỉnh Sở Tư pháp Tháng 6/2026",
  "Số: /KH-UBND",
  "ngày 31 tháng 02 năm 2022",
  "| STT | Nhiệm vụ |",
  "((((",
  "đ) ",
  "III.",
  "- Cơ quan chủ trì: Công an huyện.",
  "+ Thời gian thực hiện: Quý IV/2022",
  "Đơn vị thực hiện: Phòng Tư pháp; phối hợp: Công an huyện. Thời hạn: tháng 6/2022",
  "2. Rà soát (Giao Phòng Tư pháp, Công an huyện thực hiện; thường xuyên)",
  "Cơ quan phối hợp:",
];

describe("parsePlan on arbitrary input (property)", () => {
  const valid = (text: string) => {
    try {
      const plan = parsePlan(text, { id: "bat-ky" });
      return PlanSchema.safeParse(plan).success && planIntegrityIssues(plan).length === 0;
    } catch (error) {
      return error instanceof Dean06Error;
    }
  };

  it("never throws an untyped error and always gives a valid plan on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), valid), { numRuns: 150 });
  });

  it("never throws an untyped error and always gives a valid plan on plan-like fragments", () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 30 })), { maxLength: 30 }).map((parts) => parts.join("\n"));
    fc.assert(fc.property(text, valid), { numRuns: 300 });
  });
});
