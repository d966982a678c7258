/**
 * What the names of Vietnamese public bodies look like, as data for the importers: the words that
 * begin an agency name, the collective phrases plans use for groups of bodies, the words that can
 * qualify a name (places, levels), and the words that never occur inside one. General to Vietnamese
 * administration (central, provincial, district and commune level), not to any one plan.
 *
 * Every phrase is matched on its folded form (`foldForMatch`: no diacritics, lower case), so "Uỷ ban"
 * and "Ủy ban", "Toà án" and "Tòa án" match alike; the agency reader requires the first letter of a
 * name to be a capital (or the name to follow a separator) to tell names from running text.
 */

/**
 * Heads of agency names, longest first where they overlap. `complement: true` marks common nouns that
 * need a capitalised complement to name a body ("Sở Tư pháp", "Bộ Công an", "Phòng Kinh tế"): followed
 * by a lower-case word they are ordinary words ("Bộ dữ liệu", "Phòng chống").
 *
 * @example
 * AGENCY_HEADS.find((h) => h.words === "Sở")             // { words: "Sở", complement: true }
 * AGENCY_HEADS.find((h) => h.words === "Ủy ban nhân dân") // { words: "Ủy ban nhân dân", complement: false }
 */
export const AGENCY_HEADS: readonly {
  /** The words that open an agency's name ("Sở", "Ủy ban nhân dân"). */
  words: string;
  /** Whether the name goes on after them ("Sở Tư pháp"), not standing alone. */
  complement: boolean;
}[] = [
  // People's Committees and Councils, Fatherland Front, Party committees
  { words: "Ủy ban nhân dân", complement: false },
  { words: "Ủy ban Mặt trận Tổ quốc", complement: false },
  { words: "Ủy ban", complement: true },
  { words: "UBND", complement: false },
  { words: "UBNDTP", complement: false },
  { words: "UBMTTQ", complement: false },
  { words: "UBMTTQVN", complement: false },
  { words: "Hội đồng nhân dân", complement: false },
  { words: "HĐND", complement: false },
  { words: "Mặt trận Tổ quốc", complement: false },
  { words: "MTTQ", complement: false },
  { words: "Thành ủy", complement: false },
  { words: "Tỉnh ủy", complement: false },
  { words: "Huyện ủy", complement: false },
  { words: "Thị ủy", complement: false },
  { words: "Quận ủy", complement: false },
  { words: "Đảng ủy", complement: false },
  { words: "Thường trực", complement: true },
  // Government
  { words: "Thủ tướng Chính phủ", complement: false },
  { words: "Thủ tướng", complement: false },
  { words: "Chính phủ", complement: false },
  { words: "Quốc hội", complement: false },
  { words: "Văn phòng", complement: true },
  { words: "VP", complement: true },
  { words: "VPCP", complement: false },
  { words: "Bộ Chỉ huy", complement: false },
  { words: "Bộ Tư lệnh", complement: false },
  { words: "Bộ đội Biên phòng", complement: false },
  { words: "Bộ", complement: true },
  { words: "Sở", complement: true },
  { words: "Phòng", complement: true },
  { words: "Ban Chỉ đạo", complement: false },
  { words: "Ban Quản lý", complement: false },
  { words: "Ban", complement: true },
  { words: "Tổ công tác", complement: false },
  { words: "Tổ", complement: true },
  { words: "Đội", complement: true },
  { words: "Trung tâm", complement: true },
  { words: "Tổng cục", complement: false },
  { words: "Chi cục", complement: false },
  { words: "Cục", complement: false },
  { words: "Thanh tra", complement: false },
  { words: "Kho bạc", complement: false },
  { words: "Hải quan", complement: false },
  // Public security, courts, procuracy
  { words: "Công an", complement: false },
  { words: "Tòa án nhân dân", complement: false },
  { words: "Tòa án", complement: false },
  { words: "TAND", complement: false },
  { words: "Viện kiểm sát nhân dân", complement: false },
  { words: "Viện kiểm sát", complement: false },
  { words: "VKSND", complement: false },
  { words: "Viện", complement: true },
  // Insurance, banks, utilities, state enterprises
  { words: "Bảo hiểm xã hội", complement: false },
  { words: "BHXH", complement: false },
  { words: "Ngân hàng", complement: true },
  { words: "NHNN", complement: false },
  { words: "Điện lực", complement: false },
  { words: "Viễn thông", complement: false },
  { words: "Bưu điện", complement: false },
  { words: "Tập đoàn", complement: true },
  { words: "Tổng công ty", complement: true },
  { words: "Công ty", complement: true },
  { words: "Chi nhánh", complement: false },
  // Public service units, mass organisations, press
  { words: "Bệnh viện", complement: true },
  { words: "Đại học", complement: true },
  { words: "Học viện", complement: true },
  { words: "Trường Đại học", complement: false },
  { words: "Trường Cao đẳng", complement: false },
  { words: "Trường Chính trị", complement: false },
  { words: "Đài Phát thanh", complement: false },
  { words: "Đài truyền hình", complement: false },
  { words: "Đài", complement: true },
  { words: "Cơ quan", complement: false },
  { words: "Hội Liên hiệp", complement: false },
  { words: "Hội Nông dân", complement: false },
  { words: "Hội Cựu chiến binh", complement: false },
  { words: "Hội Chữ thập đỏ", complement: false },
  { words: "Liên đoàn Lao động", complement: false },
  { words: "Đoàn Thanh niên", complement: false },
  { words: "Thành đoàn", complement: false },
  { words: "Tỉnh đoàn", complement: false },
  { words: "Huyện đoàn", complement: false },
  { words: "Lãnh đạo", complement: true },
  { words: "Chủ tịch", complement: false },
];

/**
 * Phrases that begin like an agency name but are ordinary words ("Ban hành" is to issue, "Báo cáo" a
 * report, "Tổ chức" to organise, "Bộ phận" a unit of a body, "Hội nghị" a conference).
 */
export const NOT_AGENCY_PHRASES: readonly string[] = [
  "Ban hành",
  "Bộ phận",
  "Bộ trường",
  "Bộ dữ liệu",
  "Bộ tiêu chí",
  "Bộ công cụ",
  "Tổ chức",
  "Phòng chống",
  "Phòng ngừa",
  "Cục bộ",
  "Đội ngũ",
  "Hội nghị",
  "Trung tâm hóa",
];

/**
 * Group nouns for collective agency phrases: "các sở, ban, ngành", "các cơ quan, đơn vị liên quan",
 * "UBND các địa phương", "địa phương". After a separator they continue a collective phrase without "các".
 *
 * @example
 * COLLECTIVE_WORDS.includes("địa phương") // true
 * readAgencyList("Các sở, ban, ngành, địa phương").entries // ["Các sở, ban, ngành, địa phương"]: one collective phrase
 */
export const COLLECTIVE_WORDS: readonly string[] = [
  "sở",
  "ban",
  "ngành",
  "bộ",
  "cơ quan",
  "đơn vị",
  "địa phương",
  "tổ chức",
  "doanh nghiệp",
  "đoàn thể",
  "phòng",
  "cấp",
  "huyện",
  "quận",
  "thị xã",
  "thành phố",
  "xã",
  "phường",
  "thị trấn",
  "cơ sở",
  "hội",
  "trường",
  "bệnh viện",
  "cục",
  "lực lượng",
  "chủ đầu tư",
  "cá nhân",
];

/**
 * Collective words that, after "và" or "&", start a new entry of an agency list ("… Truyền thông và địa
 * phương", "… và các đơn vị liên quan") rather than continue the name ("Văn hóa và Thông tin").
 */
export const LIST_CONTINUING_WORDS: readonly string[] = ["các", "cơ quan", "đơn vị", "địa phương", "tổ chức", "doanh nghiệp", "đoàn thể", "lực lượng"];

/**
 * Lower-case words that qualify an agency name by place, level or relation: "Công an thành phố",
 * "UBND cấp huyện", "các đơn vị có liên quan", "các cơ quan Đảng trên địa bàn".
 */
export const QUALIFIER_WORDS: readonly string[] = [
  "thành phố",
  "tỉnh",
  "quận",
  "huyện",
  "thị xã",
  "xã",
  "phường",
  "thị trấn",
  "cấp",
  "các",
  "địa phương",
  "liên quan",
  "có liên quan",
  "có",
  "trên địa bàn",
  "địa bàn",
  "nhân dân",
  "tối cao",
  "trung ương",
  "thuộc",
  "trực thuộc",
  "khu vực",
  "tp",
  "tx",
  "và",
  "&",
  "nhà nước",
  "ngành",
  "về dân cư",
  "dân cư",
  "quốc gia",
  "việt nam",
];

/** Qualifiers that a proper name follows: "thành phố Thủ Đức", "tỉnh Khánh Hòa", "Khu vực 9". */
export const PLACE_WORDS: readonly string[] = ["thành phố", "tỉnh", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "tp", "tx", "khu vực", "vùng"];

/** Group nouns that a proper name may follow: "các cơ quan Đảng", "các tổ chức Hội". */
export const NAMED_GROUP_WORDS: readonly string[] = ["cơ quan", "tổ chức", "đơn vị", "lực lượng"];

/**
 * Words that never occur inside an agency name: where one follows, the name has ended and running
 * text (or the next table cell) has begun.
 */
export const NAME_STOP_WORDS: readonly string[] = [
  "để",
  "nhằm",
  "khi",
  "là",
  "được",
  "đã",
  "sẽ",
  "đang",
  "bị",
  "thì",
  "mà",
  "nếu",
  "cho",
  "với",
  "theo",
  "đến",
  "tại",
  "gồm",
  "về",
  "như",
  "những",
  "bảo đảm",
  "đảm bảo",
  "chủ trì",
  "phối hợp",
];

/**
 * Verbs that open a task clause right after the agencies that carry it out ("Công an thành phố chủ
 * trì, phối hợp Phòng Tư pháp nghiên cứu …"): where one follows an agency name, the name has ended.
 */
export const TASK_VERBS: readonly string[] = [
  "thực hiện",
  "triển khai",
  "tham mưu",
  "tổ chức",
  "xây dựng",
  "hướng dẫn",
  "kết nối",
  "rà soát",
  "nghiên cứu",
  "đôn đốc",
  "theo dõi",
  "chỉ đạo",
  "hoàn thiện",
  "cập nhật",
  "khai thác",
  "vận hành",
  "đẩy mạnh",
  "tiến hành",
  "quản lý",
  "cung cấp",
  "tích hợp",
  "chia sẻ",
  "tuyên truyền",
  "đề xuất",
  "ban hành",
  "tăng cường",
  "đánh giá",
  "kiểm tra",
  "giám sát",
  "thống kê",
  "số hóa",
  "tiếp nhận",
  "giải quyết",
  "hỗ trợ",
  "nâng cấp",
  "bố trí",
  "lập",
  "trình",
  "báo cáo",
  "tham gia",
  "góp ý",
  "duy trì",
  "phát triển",
  "ứng dụng",
  "sử dụng",
  "thu thập",
  "thu nhận",
  "cấp phát",
  "chịu trách nhiệm",
  "căn cứ",
  "chủ động",
  "phê duyệt",
  "tiếp tục",
  "quy định",
  "sửa đổi",
  "bổ sung",
];

/**
 * Centrally-run cities (thành phố trực thuộc trung ương) and since when (ISO date, null: before any
 * Đề án 06 plan): a plan of "UBND thành phố <name>" issued since then is at province level; other
 * cities (thành phố thuộc tỉnh) are at district level.
 */
export const CENTRAL_CITIES: readonly { name: string; since: string | null }[] = [
  { name: "Hà Nội", since: null },
  { name: "Hồ Chí Minh", since: null },
  { name: "Hải Phòng", since: null },
  { name: "Đà Nẵng", since: null },
  { name: "Cần Thơ", since: null },
  { name: "Huế", since: "2025-01-01" },
];
