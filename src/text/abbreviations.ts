/**
 * Administrative abbreviations the plans use, with their expansion. Shared by agency
 * normalisation and text matching, so one table serves both.
 * Order matters only among overlapping forms: longer abbreviations come first.
 *
 * @example
 * ABBREVIATIONS.find((a) => a.abbr === "CSDLQG")?.expansion // "Cơ sở dữ liệu quốc gia"
 * ABBREVIATIONS.find((a) => a.abbr === "CCCD")?.expansion   // "Căn cước công dân"
 */
export const ABBREVIATIONS: readonly {
  /** The short form as plans write it ("CSDLQG"). */
  abbr: string;
  /** What it stands for ("Cơ sở dữ liệu quốc gia"). */
  expansion: string;
}[] = [
  { abbr: "CSDLQG", expansion: "Cơ sở dữ liệu quốc gia" },
  { abbr: "DVCQG", expansion: "Dịch vụ công quốc gia" },
  { abbr: "UBNDTP", expansion: "Ủy ban nhân dân thành phố" },
  { abbr: "HĐND", expansion: "Hội đồng nhân dân" },
  { abbr: "UBND", expansion: "Ủy ban nhân dân" },
  { abbr: "MTTQ", expansion: "Mặt trận Tổ quốc" },
  { abbr: "TT&TT", expansion: "Thông tin và Truyền thông" },
  { abbr: "TTTT", expansion: "Thông tin và Truyền thông" },
  { abbr: "VH&TT", expansion: "Văn hóa và Thông tin" },
  { abbr: "KH&CN", expansion: "Khoa học và Công nghệ" },
  { abbr: "KHCN", expansion: "Khoa học và Công nghệ" },
  { abbr: "LĐTBXH", expansion: "Lao động - Thương binh và Xã hội" },
  { abbr: "LĐ-TB&XH", expansion: "Lao động - Thương binh và Xã hội" },
  { abbr: "TN&MT", expansion: "Tài nguyên và Môi trường" },
  { abbr: "TNMT", expansion: "Tài nguyên và Môi trường" },
  { abbr: "GD&ĐT", expansion: "Giáo dục và Đào tạo" },
  { abbr: "GDĐT", expansion: "Giáo dục và Đào tạo" },
  { abbr: "TC-KH", expansion: "Tài chính - Kế hoạch" },
  { abbr: "KT-XH", expansion: "Kinh tế - xã hội" },
  { abbr: "CSDL", expansion: "Cơ sở dữ liệu" },
  { abbr: "DVCTT", expansion: "Dịch vụ công trực tuyến" },
  { abbr: "DVC", expansion: "Dịch vụ công" },
  { abbr: "CCHC", expansion: "Cải cách hành chính" },
  { abbr: "TKĐDĐT", expansion: "Tài khoản định danh điện tử" },
  { abbr: "CNTT", expansion: "Công nghệ thông tin" },
  { abbr: "CĐS", expansion: "Chuyển đổi số" },
  { abbr: "ATTT", expansion: "An toàn thông tin" },
  { abbr: "ANM", expansion: "An ninh mạng" },
  { abbr: "ANTT", expansion: "An ninh, trật tự" },
  { abbr: "HTTT", expansion: "Hệ thống thông tin" },
  { abbr: "TTĐT", expansion: "Thông tin điện tử" },
  { abbr: "TTDL", expansion: "Trung tâm dữ liệu" },
  { abbr: "VBQPPL", expansion: "Văn bản quy phạm pháp luật" },
  { abbr: "QPPL", expansion: "Quy phạm pháp luật" },
  { abbr: "QLNN", expansion: "Quản lý nhà nước" },
  { abbr: "CQNN", expansion: "Cơ quan nhà nước" },
  { abbr: "CBCCVC", expansion: "Cán bộ, công chức, viên chức" },
  { abbr: "DN", expansion: "Doanh nghiệp" },
  { abbr: "DLDC", expansion: "Dữ liệu dân cư" },
  { abbr: "GPLX", expansion: "Giấy phép lái xe" },
  { abbr: "LLTP", expansion: "Lý lịch tư pháp" },
  { abbr: "XNC", expansion: "Xuất nhập cảnh" },
  { abbr: "NSNN", expansion: "Ngân sách nhà nước" },
  { abbr: "BCĐ", expansion: "Ban Chỉ đạo" },
  { abbr: "KCB", expansion: "Khám, chữa bệnh" },
  { abbr: "BHTN", expansion: "Bảo hiểm thất nghiệp" },
  { abbr: "HCC", expansion: "Hành chính công" },
  { abbr: "PAKN", expansion: "Phản ánh, kiến nghị" },
  { abbr: "TTHC", expansion: "Thủ tục hành chính" },
  { abbr: "CCCD", expansion: "Căn cước công dân" },
  { abbr: "CMND", expansion: "Chứng minh nhân dân" },
  { abbr: "ĐDĐT", expansion: "Định danh điện tử" },
  { abbr: "BHXH", expansion: "Bảo hiểm xã hội" },
  { abbr: "BHYT", expansion: "Bảo hiểm y tế" },
  { abbr: "ASXH", expansion: "An sinh xã hội" },
  { abbr: "IOC", expansion: "Trung tâm giám sát, điều hành thông minh" },
  { abbr: "VPCP", expansion: "Văn phòng Chính phủ" },
  { abbr: "NHNN", expansion: "Ngân hàng Nhà nước" },
  { abbr: "TAND", expansion: "Tòa án nhân dân" },
  { abbr: "VKSND", expansion: "Viện kiểm sát nhân dân" },
  { abbr: "THPT", expansion: "Trung học phổ thông" },
  { abbr: "TP", expansion: "thành phố" },
  { abbr: "TX", expansion: "thị xã" },
  { abbr: "VP", expansion: "Văn phòng" },
  { abbr: "DC", expansion: "dân cư" },
];
