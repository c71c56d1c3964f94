<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>About</name>
    <message>
      <source>About Corridor Desk</source>
      <translation>Giới thiệu Corridor Desk</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Corridor Desk {version}</source>
      <translation>Corridor Desk {version}</translation>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>Dữ liệu: {path}</translation>
    </message>
    <message>
      <source>Filing client for the New Western Land-Sea Corridor single window.</source>
      <translation>Phần mềm khai báo qua Single Window của Hành lang Đường bộ – Đường biển Quốc tế Mới phía Tây.</translation>
    </message>
    <message>
      <source>Logs: {path}</source>
      <translation>Nhật ký: {path}</translation>
    </message>
    <message>
      <source>Platform: {url}</source>
      <translation>Hệ thống: {url}</translation>
    </message>
    <message>
      <source>sandbox inside the app</source>
      <translation>môi trường thử nghiệm cài sẵn trong chương trình</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message>
      <source>Audit log</source>
      <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
      <source>Audit log: every save, submission and receipt of this company</source>
      <translation>Nhật ký hoạt động: mọi lần lưu, gửi khai báo và thông báo phản hồi của doanh nghiệp này</translation>
    </message>
    <message>
      <source>Outbox queue</source>
      <translation>Hàng chờ gửi</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
    <message>
      <source>Times: this computer's clock (receipt times in a filing follow the platform's clock)</source>
      <translation>Thời gian: đồng hồ của máy tính này (thời gian phản hồi trong hồ sơ theo đồng hồ của hệ thống)</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Corridor Desk</source>
      <translation>Corridor Desk</translation>
    </message>
  </context>
  <context>
    <name>Argparse</name>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>tùy chọn không rõ ràng: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>không mở được “%(filename)s”: %(error)s</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>cần %s tham số</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>cần %s tham số</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>cần ít nhất một tham số</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>chỉ được tối đa một tham số</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>cần một tham số</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>đã bỏ qua tham số %r</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>không được dùng cùng tham số %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
      <source>options</source>
      <translation>tùy chọn</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>tham số vị trí</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>tham số không nhận ra: %s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>cách dùng: </translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>Added in master data</source>
      <translation>Thêm trong danh mục</translation>
    </message>
    <message>
      <source>Amendment sent</source>
      <translation>Đã gửi sửa đổi</translation>
    </message>
    <message>
      <source>Backed up</source>
      <translation>Đã sao lưu</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Cancellation sent</source>
      <translation>Đã gửi yêu cầu hủy</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Doanh nghiệp</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Đã tạo</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Tờ khai</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Đã xóa</translation>
    </message>
    <message>
      <source>Documents attached</source>
      <translation>Đã đính kèm chứng từ</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Đã xuất tệp</translation>
    </message>
    <message>
      <source>Failed at the platform</source>
      <translation>Nền tảng xử lý thất bại</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Đã nhập tệp</translation>
    </message>
    <message>
      <source>Logged in</source>
      <translation>Đã đăng nhập</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Bên liên quan</translation>
    </message>
    <message>
      <source>Platform: {status}</source>
      <translation>Nền tảng: {status}</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Sản phẩm</translation>
    </message>
    <message>
      <source>Refused by the platform</source>
      <translation>Nền tảng từ chối tiếp nhận</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>Đã khôi phục</translation>
    </message>
    <message>
      <source>Role changed</source>
      <translation>Đã đổi vai trò</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Đã lưu</translation>
    </message>
    <message>
      <source>Saved over another user's change</source>
      <translation>Lưu đè lên thay đổi của người khác</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Lô hàng</translation>
    </message>
    <message>
      <source>Signed in on this workspace</source>
      <translation>Đăng nhập không gian làm việc</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Đã gửi</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Đã cập nhật</translation>
    </message>
    <message>
      <source>Withdrawal sent</source>
      <translation>Đã gửi yêu cầu rút</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>(deleted)</source>
      <translation>(đã xóa)</translation>
    </message>
    <message>
      <source>(not yet numbered)</source>
      <translation>(chưa có số)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <source>Double-click or Enter opens the record</source>
      <translation>Nhấp đúp hoặc nhấn Enter để mở</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>Máy</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Người dùng</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <source>shipment {reference}</source>
      <translation>lô hàng {reference}</translation>
    </message>
  </context>
  <context>
    <name>BatchMenus</name>
    <message>
      <source>&amp;Check the selected rows</source>
      <translation>&amp;Kiểm tra các dòng đã chọn</translation>
    </message>
    <message>
      <source>&amp;Derive drafts again for the selected rows</source>
      <translation>&amp;Tạo lại bản nháp cho các dòng đã chọn</translation>
    </message>
    <message>
      <source>&amp;New shipment with this client's defaults</source>
      <translation>Lô hàng &amp;mới theo mặc định của khách hàng này</translation>
    </message>
    <message>
      <source>&amp;Submit the selected rows</source>
      <translation>&amp;Gửi các dòng đã chọn</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
      <source>Ba&amp;tch</source>
      <translation>&amp;Hàng loạt</translation>
    </message>
    <message>
      <source>Clients &amp;overview</source>
      <translation>T&amp;ổng quan khách hàng</translation>
    </message>
    <message>
      <source>Copy the selected shipment as a &amp;template</source>
      <translation>Sao chép lô hàng đã chọn làm &amp;mẫu</translation>
    </message>
    <message>
      <source>Export goods</source>
      <translation>Xuất danh sách hàng</translation>
    </message>
    <message>
      <source>Export list</source>
      <translation>Xuất danh sách</translation>
    </message>
    <message>
      <source>Export the list &amp;as a spreadsheet…</source>
      <translation>Xuất danh sách r&amp;a bảng tính…</translation>
    </message>
    <message>
      <source>Export the shipment's &amp;goods to a spreadsheet…</source>
      <translation>Xuất các dòng &amp;hàng của lô hàng ra bảng tính…</translation>
    </message>
    <message>
      <source>Goods imported.</source>
      <translation>Đã nhập các dòng hàng.</translation>
    </message>
    <message>
      <source>Import goods from a &amp;spreadsheet…</source>
      <translation>Nhập hàng từ &amp;bảng tính…</translation>
    </message>
    <message>
      <source>Import goods from a spreadsheet</source>
      <translation>Nhập hàng từ bảng tính</translation>
    </message>
    <message>
      <source>Log in first.</source>
      <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
      <source>Open and save the shipment whose goods you want to export.</source>
      <translation>Hãy mở và lưu lô hàng có các dòng hàng cần xuất.</translation>
    </message>
    <message>
      <source>Save the goods import &amp;template…</source>
      <translation>Lưu &amp;mẫu nhập hàng…</translation>
    </message>
    <message>
      <source>Save the goods import template</source>
      <translation>Lưu mẫu nhập hàng</translation>
    </message>
    <message>
      <source>Select the rows first (Ctrl+click, Shift+click or Ctrl+A).</source>
      <translation>Hãy chọn các dòng trước (Ctrl+nhấp, Shift+nhấp hoặc Ctrl+A).</translation>
    </message>
    <message>
      <source>Select the shipment to copy first.</source>
      <translation>Hãy chọn lô hàng cần sao chép trước.</translation>
    </message>
    <message>
      <source>Show the list of shipments, declarations or bookings to export.</source>
      <translation>Hãy mở danh sách lô hàng, tờ khai hoặc booking cần xuất.</translation>
    </message>
    <message>
      <source>Spreadsheets ({patterns})</source>
      <translation>Bảng tính ({patterns})</translation>
    </message>
    <message>
      <source>Written to {file}.</source>
      <translation>Đã ghi vào {file}.</translation>
    </message>
    <message>
      <source>goods-template</source>
      <translation>mau-nhap-hang</translation>
    </message>
  </context>
  <context>
    <name>BookingEditor</name>
    <message>
      <source>&amp;Amend</source>
      <translation>&amp;Sửa đổi</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Booking for {reference}</source>
      <translation>Booking cho {reference}</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Cancel booking</source>
      <translation>Hủy booking</translation>
    </message>
    <message>
      <source>Carrier:</source>
      <translation>Hãng tàu:</translation>
    </message>
    <message>
      <source>Change the confirmed booking and send the amendment to the carrier; the booking stands as confirmed until the carrier decides</source>
      <translation>Sửa booking đã được xác nhận và gửi nội dung sửa đổi cho hãng tàu; booking vẫn giữ nội dung đã xác nhận cho đến khi hãng tàu quyết định</translation>
    </message>
    <message>
      <source>Documentation cut-off</source>
      <translation>Hạn chót nộp chứng từ (SI)</translation>
    </message>
    <message>
      <source>Equipment and cargo</source>
      <translation>Container và hàng hóa</translation>
    </message>
    <message>
      <source>Fix the errors marked on the form before submitting.</source>
      <translation>Hãy sửa các lỗi được đánh dấu trên biểu mẫu trước khi gửi.</translation>
    </message>
    <message>
      <source>Full container cut-off</source>
      <translation>Hạn chót hạ container hàng</translation>
    </message>
    <message>
      <source>LCL delivery cut-off</source>
      <translation>Hạn chót giao hàng lẻ (LCL)</translation>
    </message>
    <message>
      <source>New booking</source>
      <translation>Booking mới</translation>
    </message>
    <message>
      <source>No carrier is set up in this workspace: add one under File &gt; Carriers.</source>
      <translation>Chưa có hãng tàu nào trong không gian làm việc này: hãy thêm ở Tệp &gt; Hãng tàu.</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Các bên liên quan</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Thông báo phản hồi</translation>
    </message>
    <message>
      <source>Schedules</source>
      <translation>Lịch chạy tàu</translation>
    </message>
    <message>
      <source>Search schedules</source>
      <translation>Tìm lịch chạy tàu</translation>
    </message>
    <message>
      <source>Send &amp;again</source>
      <translation>&amp;Gửi lại</translation>
    </message>
    <message>
      <source>Send straight to the &amp;carrier's API</source>
      <translation>Gửi thẳng qua API của &amp;hãng tàu</translation>
    </message>
    <message>
      <source>Send the amendment to the &amp;carrier</source>
      <translation>Gửi nội dung sửa đổi cho hãng &amp;tàu</translation>
    </message>
    <message>
      <source>Send the booking to a carrier's DCSA booking API</source>
      <translation>Gửi booking qua API booking DCSA của hãng tàu</translation>
    </message>
    <message>
      <source>Send to carrier</source>
      <translation>Gửi cho hãng tàu</translation>
    </message>
    <message>
      <source>Su&amp;bmit through the platform</source>
      <translation>&amp;Gửi booking qua nền tảng</translation>
    </message>
    <message>
      <source>The carrier may already hold this booking. Send it again only if the carrier says it has none.</source>
      <translation>Hãng tàu có thể đã có booking này. Chỉ gửi lại khi hãng tàu xác nhận không có.</translation>
    </message>
    <message>
      <source>VGM cut-off</source>
      <translation>Hạn chót khai VGM</translation>
    </message>
    <message>
      <source>{service} · train {train} · cut-off {cutoff} · {vessel} {voyage} · {days} days · {amount} {currency}</source>
      <translation>{service} · tàu {train} · cắt máng {cutoff} · {vessel} {voyage} · {days} ngày · {amount} {currency}</translation>
    </message>
  </context>
  <context>
    <name>BulkDialog</name>
    <message numerus="yes">
      <source>%n filing(s) queued for sending.</source>
      <translation>
        <numerusform>Đã đưa %n hồ sơ vào hàng chờ gửi.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Retry the failed rows</source>
      <translation>&amp;Thử lại các dòng lỗi</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Tờ khai</translation>
    </message>
    <message>
      <source>Derive drafts again</source>
      <translation>Tạo lại bản nháp</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Xong</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Thông báo</translation>
    </message>
    <message>
      <source>Nothing to do</source>
      <translation>Không cần làm gì</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Lô hàng</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Gửi</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <source>{done} of {total} done: {ok} fine, {failed} failed, {cancelled} cancelled.</source>
      <translation>Đã xử lý {done}/{total}: {ok} ổn, {failed} lỗi, {cancelled} đã hủy.</translation>
    </message>
    <message>
      <source>{operation}: {n} selected</source>
      <translation>{operation}: đã chọn {n}</translation>
    </message>
  </context>
  <context>
    <name>CalendarButton</name>
    <message>
      <source>Calendar (Alt+Down)</source>
      <translation>Lịch (Alt+↓)</translation>
    </message>
  </context>
  <context>
    <name>CandidateModel</name>
    <message>
      <source>Chinese name</source>
      <translation>Tên tiếng Trung</translation>
    </message>
    <message>
      <source>Chinese tariff</source>
      <translation>Biểu thuế Trung Quốc</translation>
    </message>
    <message>
      <source>Chinese tariff (English)</source>
      <translation>Biểu thuế Trung Quốc (tên tiếng Anh)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã số</translation>
    </message>
    <message>
      <source>HS 2022</source>
      <translation>HS 2022</translation>
    </message>
    <message>
      <source>Legal units</source>
      <translation>Đơn vị tính pháp định</translation>
    </message>
    <message>
      <source>Matched by</source>
      <translation>Khớp theo</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>The Vietnamese tariff has no line of this subheading that names these goods: the English and Chinese names are shown.</source>
      <translation>Biểu thuế Việt Nam không có dòng thuế nào của phân nhóm này ghi rõ hàng hóa này: hiển thị tên tiếng Anh và tiếng Trung.</translation>
    </message>
    <message>
      <source>The first Vietnamese tariff lines of this subheading: the Vietnamese tariff splits the subheading differently and none of its lines is this one.</source>
      <translation>Đây là các dòng thuế đầu tiên của phân nhóm này trong biểu thuế Việt Nam: biểu thuế Việt Nam chia phân nhóm này khác với Trung Quốc và không có dòng nào tương ứng với dòng này.</translation>
    </message>
    <message>
      <source>Vietnamese declared goods</source>
      <translation>Hàng hóa đã khai báo tại Việt Nam</translation>
    </message>
    <message>
      <source>Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line}: the Vietnamese tariff splits the subheading differently.</source>
      <translation>Tên tiếng Việt lấy theo dòng thuế gần nhất của phân nhóm này trong biểu thuế Việt Nam, {line}: biểu thuế Việt Nam chia phân nhóm này khác với Trung Quốc.</translation>
    </message>
    <message>
      <source>Vietnamese tariff</source>
      <translation>Biểu thuế Việt Nam</translation>
    </message>
    <message>
      <source>code</source>
      <translation>mã số</translation>
    </message>
    <message>
      <source>nearest line to the code</source>
      <translation>dòng thuế gần nhất với mã đã nhập</translation>
    </message>
    <message>
      <source>own history</source>
      <translation>lịch sử khai báo của doanh nghiệp</translation>
    </message>
    <message>
      <source>trade name</source>
      <translation>tên thường gọi</translation>
    </message>
  </context>
  <context>
    <name>CarrierPanel</name>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Liên kết</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>The carrier asks for changes to this booking. Change what it says, save, then send the amendment to the carrier.</source>
      <translation>Hãng tàu yêu cầu sửa booking này. Hãy sửa theo yêu cầu, lưu lại rồi gửi nội dung sửa đổi cho hãng tàu.</translation>
    </message>
    <message>
      <source>The carrier may hold this booking already: its answer was lost. Ask the carrier. If it has the booking, link the reference it gives; if not, send the booking again.</source>
      <translation>Hãng tàu có thể đã nhận booking này nhưng phản hồi bị mất. Hãy hỏi hãng tàu: nếu hãng đã có booking, liên kết số tham chiếu hãng cung cấp; nếu chưa có, hãy gửi lại booking.</translation>
    </message>
    <message>
      <source>the carrier's booking reference or booking request reference</source>
      <translation>số booking hoặc số yêu cầu booking của hãng tàu</translation>
    </message>
  </context>
  <context>
    <name>CarriersDialog</name>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Thêm</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
      <source>A carrier named {name} exists already.</source>
      <translation>Đã có hãng tàu tên {name}.</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Khóa API</translation>
    </message>
    <message>
      <source>An API key is stored; type a new one only to replace it.</source>
      <translation>Đã lưu khóa API; chỉ nhập khóa mới khi cần thay.</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>Địa chỉ API</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Carrier code (SMDG or SCAC)</source>
      <translation>Mã hãng tàu (SMDG hoặc SCAC)</translation>
    </message>
    <message>
      <source>Carrier {name} removed.</source>
      <translation>Đã xóa hãng tàu {name}.</translation>
    </message>
    <message>
      <source>Carrier {name} saved.</source>
      <translation>Đã lưu hãng tàu {name}.</translation>
    </message>
    <message>
      <source>Carriers</source>
      <translation>Hãng tàu</translation>
    </message>
    <message>
      <source>Carriers that take bookings through the DCSA Booking 2.0 API. The API key is kept in the system's secure store, never in the workspace; connections are made over verified TLS (https).</source>
      <translation>Các hãng tàu nhận booking qua API DCSA Booking 2.0. Khóa API được lưu trong kho bảo mật của hệ thống, không lưu trong không gian làm việc; kết nối luôn dùng TLS đã xác thực (https).</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Connected: {url} answers as a DCSA booking API and accepts the API key.</source>
      <translation>Kết nối thành công: {url} phản hồi đúng API booking DCSA và chấp nhận khóa API.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>No API key stored yet.</source>
      <translation>Chưa lưu khóa API.</translation>
    </message>
    <message>
      <source>Quotation reference</source>
      <translation>Số báo giá</translation>
    </message>
    <message>
      <source>Remove carrier</source>
      <translation>Xóa hãng tàu</translation>
    </message>
    <message>
      <source>Remove carrier {name} and its API key? Bookings already sent to it stay in the workspace but are no longer followed.</source>
      <translation>Xóa hãng tàu {name} và khóa API của hãng? Các booking đã gửi cho hãng vẫn còn trong không gian làm việc nhưng sẽ không được theo dõi nữa.</translation>
    </message>
    <message>
      <source>Service contract</source>
      <translation>Số hợp đồng dịch vụ</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
      <source>https://… (the part before /v2)</source>
      <translation>https://… (phần trước /v2)</translation>
    </message>
    <message>
      <source>lower-case letters, digits, - and _</source>
      <translation>chữ thường, chữ số, - và _</translation>
    </message>
  </context>
  <context>
    <name>CarriersMenu</name>
    <message>
      <source>C&amp;arriers…</source>
      <translation>&amp;Hãng tàu…</translation>
    </message>
    <message>
      <source>Carriers</source>
      <translation>Hãng tàu</translation>
    </message>
    <message>
      <source>Open a workspace first.</source>
      <translation>Hãy mở không gian làm việc trước.</translation>
    </message>
  </context>
  <context>
    <name>Choice</name>
    <message>
      <source>Bill of lading</source>
      <translation>Vận đơn đường biển</translation>
    </message>
    <message>
      <source>Booking agent</source>
      <translation>Đại lý booking</translation>
    </message>
    <message>
      <source>Collect</source>
      <translation>Cước trả sau</translation>
    </message>
    <message>
      <source>Consignee</source>
      <translation>Người nhận hàng</translation>
    </message>
    <message>
      <source>Container freight station (CFS)</source>
      <translation>Trạm hàng lẻ (CFS)</translation>
    </message>
    <message>
      <source>Container yard (CY)</source>
      <translation>Bãi container (CY)</translation>
    </message>
    <message>
      <source>Declaring agent</source>
      <translation>Đại lý khai hải quan</translation>
    </message>
    <message>
      <source>Exporter</source>
      <translation>Doanh nghiệp xuất khẩu</translation>
    </message>
    <message>
      <source>Full container load (FCL)</source>
      <translation>Hàng nguyên container (FCL)</translation>
    </message>
    <message>
      <source>Less than container load (LCL)</source>
      <translation>Hàng lẻ (LCL)</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>Bên được thông báo</translation>
    </message>
    <message>
      <source>Place of delivery</source>
      <translation>Nơi giao hàng</translation>
    </message>
    <message>
      <source>Place of receipt</source>
      <translation>Nơi nhận hàng</translation>
    </message>
    <message>
      <source>Port of discharge</source>
      <translation>Cảng dỡ hàng</translation>
    </message>
    <message>
      <source>Port of loading</source>
      <translation>Cảng xếp hàng</translation>
    </message>
    <message>
      <source>Prepaid</source>
      <translation>Cước trả trước</translation>
    </message>
    <message>
      <source>Rail</source>
      <translation>Đường sắt</translation>
    </message>
    <message>
      <source>Sea waybill</source>
      <translation>Giấy gửi hàng đường biển</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>Người gửi hàng</translation>
    </message>
    <message>
      <source>Store door (SD)</source>
      <translation>Tận kho (SD)</translation>
    </message>
    <message>
      <source>Truck</source>
      <translation>Đường bộ</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>    (no line of the Vietnamese tariff names these goods: the English and Chinese names)</source>
      <translation>    (biểu thuế Việt Nam không có dòng thuế ghi rõ hàng hóa này: hiển thị tên tiếng Anh và tiếng Trung)</translation>
    </message>
    <message>
      <source>    (the Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line})</source>
      <translation>    (tên tiếng Việt lấy theo dòng thuế gần nhất của phân nhóm này trong biểu thuế Việt Nam, {line})</translation>
    </message>
    <message>
      <source>    (the first Vietnamese tariff lines of this subheading: none of them is this line)</source>
      <translation>    (các dòng thuế đầu tiên của phân nhóm này trong biểu thuế Việt Nam; không dòng nào tương ứng với dòng này)</translation>
    </message>
    <message>
      <source>    legal units: {units} · matched: {why}</source>
      <translation>    đơn vị tính pháp định: {units} · khớp theo: {why}</translation>
    </message>
    <message>
      <source>  booking {id}</source>
      <translation>  booking {id}</translation>
    </message>
    <message>
      <source>  customs number {number}</source>
      <translation>  số tờ khai hải quan {number}</translation>
    </message>
    <message>
      <source>  declaration {id} (part {part} of {parts})</source>
      <translation>  tờ khai {id} (phần {part}/{parts})</translation>
    </message>
    <message>
      <source>  sheet {sheet}: header row {row}</source>
      <translation>  Trang tính {sheet}: dòng tiêu đề {row}</translation>
    </message>
    <message>
      <source>  sheet {sheet}: no goods table</source>
      <translation>  Trang tính {sheet}: không có bảng hàng hóa</translation>
    </message>
    <message numerus="yes">
      <source>  {rows} goods line(s), {bad} with errors.</source>
      <translation>
        <numerusform>  {rows} dòng hàng, {bad} dòng có lỗi.</numerusform>
      </translation>
    </message>
    <message>
      <source>(item number)</source>
      <translation>(STT)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(không nhập)</translation>
    </message>
    <message>
      <source>API key: </source>
      <translation>Khóa API: </translation>
    </message>
    <message>
      <source>Account: </source>
      <translation>Tài khoản: </translation>
    </message>
    <message numerus="yes">
      <source>All {total} checks passed</source>
      <translation>
        <numerusform>Đạt cả {total} mục kiểm tra</numerusform>
      </translation>
    </message>
    <message>
      <source>Bundled resources</source>
      <translation>Tài nguyên đi kèm</translation>
    </message>
    <message>
      <source>Carrier {name} saved.</source>
      <translation>Đã lưu hãng tàu {name}.</translation>
    </message>
    <message>
      <source>Chinese tariff</source>
      <translation>Biểu thuế Trung Quốc</translation>
    </message>
    <message>
      <source>Chinese tariff (English)</source>
      <translation>Biểu thuế Trung Quốc (tên tiếng Anh)</translation>
    </message>
    <message>
      <source>Class reset: {removed}, {kept}.</source>
      <translation>Đã đặt lại lớp: {removed}, {kept}.</translation>
    </message>
    <message>
      <source>Corridor Desk self-test</source>
      <translation>Tự kiểm tra Corridor Desk</translation>
    </message>
    <message>
      <source>Documents in worker processes</source>
      <translation>Lập chứng từ trong tiến trình phụ</translation>
    </message>
    <message>
      <source>Dry run: nothing saved.</source>
      <translation>Chạy thử: chưa lưu gì.</translation>
    </message>
    <message>
      <source>Embedded sandbox</source>
      <translation>Môi trường thử nghiệm tích hợp</translation>
    </message>
    <message>
      <source>HS 2022</source>
      <translation>HS 2022</translation>
    </message>
    <message>
      <source>Keyring backend</source>
      <translation>Kho khóa của hệ thống</translation>
    </message>
    <message>
      <source>Logged in to {environment} as {user}.</source>
      <translation>Đã đăng nhập vào {environment} bằng tài khoản {user}.</translation>
    </message>
    <message>
      <source>Logged out.</source>
      <translation>Đã đăng xuất.</translation>
    </message>
    <message>
      <source>No candidates for {query}.</source>
      <translation>Không tìm thấy mã số hàng hóa nào cho {query}.</translation>
    </message>
    <message>
      <source>Not logged in to {environment}.</source>
      <translation>Chưa đăng nhập vào {environment}.</translation>
    </message>
    <message>
      <source>PDF fonts embed</source>
      <translation>Nhúng phông chữ PDF</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>Mật khẩu: </translation>
    </message>
    <message>
      <source>Qt platform plugin</source>
      <translation>Phần bổ trợ nền tảng Qt</translation>
    </message>
    <message>
      <source>Runtime</source>
      <translation>Môi trường chạy</translation>
    </message>
    <message>
      <source>SQLite</source>
      <translation>SQLite</translation>
    </message>
    <message numerus="yes">
      <source>Sandbox clock: {clock} ({n} processing step(s) applied).</source>
      <translation>
        <numerusform>Đồng hồ môi trường thử nghiệm: {clock} (đã xử lý {n} bước).</numerusform>
      </translation>
    </message>
    <message>
      <source>Sandbox clock: {clock}.</source>
      <translation>Đồng hồ môi trường thử nghiệm: {clock}.</translation>
    </message>
    <message>
      <source>Scenario {scenario} for the whole class.</source>
      <translation>Đã đặt tình huống {scenario} cho cả lớp.</translation>
    </message>
    <message>
      <source>Scenario {scenario} for {user}.</source>
      <translation>Đã đặt tình huống {scenario} cho {user}.</translation>
    </message>
    <message numerus="yes">
      <source>Sent {sent}, refused {failed}, still queued {pending}; {changed} status change(s).</source>
      <translation>
        <numerusform>Đã gửi {sent}, bị từ chối {failed}, còn chờ gửi {pending}; {changed} lần thay đổi trạng thái.</numerusform>
      </translation>
    </message>
    <message>
      <source>TLS trust</source>
      <translation>Tin cậy chứng chỉ TLS</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</source>
      <translation>Biểu thuế Trung Quốc (2023) không có dòng thuế nào bắt đầu bằng {code}: dưới đây là các dòng thuế của nhóm {prefix}, dòng gần nhất xếp trước.</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</source>
      <translation>Biểu thuế Trung Quốc (2023) không có dòng thuế {code}: dưới đây là các dòng thuế của phân nhóm {prefix}, dòng gần nhất xếp trước.</translation>
    </message>
    <message>
      <source>This removes every filing of the class. Run again with --yes to do it.</source>
      <translation>Thao tác này xóa mọi hồ sơ khai của lớp. Chạy lại với --yes để thực hiện.</translation>
    </message>
    <message>
      <source>Translation catalogues</source>
      <translation>Tệp bản dịch</translation>
    </message>
    <message>
      <source>Verification code: </source>
      <translation>Mã xác thực: </translation>
    </message>
    <message>
      <source>Vietnamese declared goods</source>
      <translation>Hàng hóa đã khai báo tại Việt Nam</translation>
    </message>
    <message>
      <source>Vietnamese tariff</source>
      <translation>Biểu thuế Việt Nam</translation>
    </message>
    <message>
      <source>Working as {user} ({role}).</source>
      <translation>Đang làm việc với tên {user} ({role}).</translation>
    </message>
    <message>
      <source>Wrote {file}.</source>
      <translation>Đã ghi {file}.</translation>
    </message>
    <message>
      <source>agent</source>
      <translation>đại lý khai hải quan</translation>
    </message>
    <message>
      <source>booking</source>
      <translation>booking</translation>
    </message>
    <message>
      <source>booking {id}: {status} {reference}</source>
      <translation>Booking {id}: {status} {reference}</translation>
    </message>
    <message>
      <source>broker</source>
      <translation>nhân viên khai báo</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>đã hủy</translation>
    </message>
    <message>
      <source>code</source>
      <translation>mã số</translation>
    </message>
    <message>
      <source>company</source>
      <translation>doanh nghiệp</translation>
    </message>
    <message>
      <source>declaration</source>
      <translation>tờ khai</translation>
    </message>
    <message>
      <source>declaration {id} queued for the Single Window client as {file}.</source>
      <translation>Tờ khai {id} đã xếp hàng chờ chuyển sang phần mềm Single Window, tệp {file}.</translation>
    </message>
    <message>
      <source>declarations {d}, bookings {b}, rejected {r}, last {last}</source>
      <translation>tờ khai {d}, booking {b}, bị từ chối {r}, lần cuối {last}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>xong</translation>
    </message>
    <message>
      <source>error</source>
      <translation>lỗi</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>lỗi</translation>
    </message>
    <message>
      <source>nearest line to the code</source>
      <translation>dòng thuế gần nhất với mã đã nhập</translation>
    </message>
    <message>
      <source>own history</source>
      <translation>lịch sử khai báo của doanh nghiệp</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>đang chờ</translation>
    </message>
    <message>
      <source>shipment</source>
      <translation>lô hàng</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>bỏ qua</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>quản lý</translation>
    </message>
    <message>
      <source>synonym</source>
      <translation>tên thường gọi</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>cảnh báo</translation>
    </message>
    <message numerus="yes">
      <source>{count} error(s)</source>
      <translation>
        <numerusform>{count} lỗi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) queued by {user} waiting to be sent.</source>
      <translation>
        <numerusform>{count} hồ sơ do {user} đưa vào hàng chờ đang chờ gửi.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) waiting to be sent (every user's).</source>
      <translation>
        <numerusform>{count} hồ sơ đang chờ gửi (của mọi người dùng).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) you queued waiting to be sent.</source>
      <translation>
        <numerusform>{count} hồ sơ do bạn đưa vào hàng chờ đang chờ gửi.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} warning(s)</source>
      <translation>
        <numerusform>{count} cảnh báo</numerusform>
      </translation>
    </message>
    <message>
      <source>{failed} of {total} checks failed</source>
      <translation>{failed}/{total} mục kiểm tra không đạt</translation>
    </message>
    <message>
      <source>{file}:</source>
      <translation>{file}:</translation>
    </message>
    <message>
      <source>{file}: imported {kind} {id}.</source>
      <translation>{file}: đã nhập {kind} {id}.</translation>
    </message>
    <message numerus="yes">
      <source>{file}: valid, with {warnings} warning(s).</source>
      <translation>
        <numerusform>{file}: hợp lệ, có {warnings} cảnh báo.</numerusform>
      </translation>
    </message>
    <message>
      <source>{file}: valid.</source>
      <translation>{file}: hợp lệ.</translation>
    </message>
    <message>
      <source>{file}: {errors}, {warnings}.</source>
      <translation>{file}: {errors}, {warnings}.</translation>
    </message>
    <message>
      <source>{imported} imported, {refused} refused, {failed} not sent, {receipts} receipts written.</source>
      <translation>Đã nhập {imported}, từ chối {refused}, chưa gửi được {failed}, đã ghi {receipts} phản hồi.</translation>
    </message>
    <message>
      <source>{kind} {id} written to {file}.</source>
      <translation>Đã ghi {kind} {id} vào {file}.</translation>
    </message>
    <message>
      <source>{kind} {id}: {status}</source>
      <translation>{kind} {id}: {status}</translation>
    </message>
    <message>
      <source>{name} ({id}): {draft} draft, {queued} queued, {rejected} rejected, {waiting} waiting; oldest {oldest}</source>
      <translation>{name} ({id}): {draft} bản nháp, {queued} đang chờ gửi, {rejected} bị từ chối, {waiting} chờ phản hồi; cũ nhất {oldest}</translation>
    </message>
    <message numerus="yes">
      <source>{n} filing(s) removed</source>
      <translation>
        <numerusform>xóa {n} hồ sơ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} seat(s): {first} .. {last}.</source>
      <translation>
        <numerusform>{n} chỗ học viên: {first} .. {last}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} trainee(s) kept</source>
      <translation>
        <numerusform>giữ {n} học viên</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} trainee(s):</source>
      <translation>
        <numerusform>{n} học viên:</numerusform>
      </translation>
    </message>
    <message>
      <source>{path} ({label})</source>
      <translation>{path} ({label})</translation>
    </message>
    <message>
      <source>{sent} written, {changed} changed, {pending} waiting.</source>
      <translation>Đã ghi {sent}, cập nhật {changed}, đang chờ {pending}.</translation>
    </message>
    <message>
      <source>{severity}: {where}: {field}: {message} [{rule}]</source>
      <translation>{severity}: {where}: {field}: {message} [{rule}]</translation>
    </message>
    <message numerus="yes">
      <source>{total} row(s): {done} done, {failed} failed, {skipped} with nothing to do.</source>
      <translation>
        <numerusform>{total} dòng: {done} xong, {failed} lỗi, {skipped} không cần làm gì.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliHelp</name>
    <message>
      <source>Bookings sent to a carrier's DCSA Booking 2.0 API.</source>
      <translation>Booking gửi qua API DCSA Booking 2.0 của hãng tàu.</translation>
    </message>
    <message>
      <source>Check a shipment, declaration or booking exchange file against the customs and booking rules. Exit 0 valid (warnings allowed), 1 rule errors, 2 unreadable input.</source>
      <translation>Kiểm tra tệp trao đổi của lô hàng, tờ khai hoặc booking theo quy định hải quan và booking. Mã thoát 0: hợp lệ (có thể có cảnh báo), 1: có lỗi, 2: không đọc được dữ liệu.</translation>
    </message>
    <message>
      <source>Corridor Desk — filing client for the New Western Land-Sea Corridor single window.</source>
      <translation>Corridor Desk — phần mềm khai báo qua Single Window của Hành lang Thương mại Quốc tế Đường bộ – Đường biển mới phía Tây.</translation>
    </message>
    <message>
      <source>DCSA carriers: add, list, submit, sync, amend and cancel bookings</source>
      <translation>Hãng tàu DCSA: thêm, liệt kê hãng tàu; gửi, đồng bộ, sửa và hủy booking</translation>
    </message>
    <message>
      <source>Derive the export declaration(s) (one per 50 goods lines) and the rail-sea booking from a shipment exchange file and print them as a JSON array of exchange documents.</source>
      <translation>Lập tờ khai xuất khẩu (mỗi tờ khai tối đa 50 dòng hàng) và booking vận tải đường sắt – đường biển từ tệp trao đổi của lô hàng, rồi in ra dưới dạng mảng JSON các tệp trao đổi.</translation>
    </message>
    <message>
      <source>G: store in the Single Window for review; C: declare</source>
      <translation>G: lưu tạm trên Single Window để kiểm tra lại; C: khai báo</translation>
    </message>
    <message>
      <source>Hand declarations to the Single Window desktop client through its ImpPath folders (Deccus001\OutBox, SentBox, FailBox, InBox) and follow its answers.</source>
      <translation>Chuyển tờ khai cho phần mềm Single Window qua các thư mục ImpPath (Deccus001\OutBox, SentBox, FailBox, InBox) và theo dõi phản hồi.</translation>
    </message>
    <message>
      <source>Import shipment, declaration or booking exchange files into the workspace (see --data-dir). A shipment brings its company along and gets its drafts derived. An XLSX or CSV invoice / packing list gives a shipment's goods lines (see the spreadsheet options).</source>
      <translation>Nhập tệp trao đổi của lô hàng, tờ khai hoặc booking vào không gian làm việc (xem --data-dir). Lô hàng được nhập kèm doanh nghiệp và tự lập các bản nháp. Hóa đơn / phiếu đóng gói dạng XLSX hoặc CSV cho ra các dòng hàng của lô hàng (xem tùy chọn bảng tính).</translation>
    </message>
    <message>
      <source>Make one of the trade documents of a shipment as a PDF with embedded fonts. FILE is an exchange file (a shipment derives the document), ID a shipment, declaration or booking of the workspace. Exit 0 written, 1 cannot be made or written, 2 unreadable input.</source>
      <translation>Lập một chứng từ thương mại của lô hàng dưới dạng PDF có nhúng phông chữ. FILE là tệp trao đổi (lô hàng sẽ lập ra chứng từ), ID là lô hàng, tờ khai hoặc booking trong không gian làm việc. Mã thoát 0: đã ghi, 1: không lập hoặc không ghi được, 2: không đọc được dữ liệu.</translation>
    </message>
    <message>
      <source>Run one operation over many shipments (or declaration / booking drafts): check them against the rules, derive their drafts again, or submit them through the outbox.</source>
      <translation>Chạy một thao tác cho nhiều lô hàng (hoặc bản nháp tờ khai / booking): kiểm tra theo quy định, lập lại bản nháp, hoặc gửi qua hộp thư đi.</translation>
    </message>
    <message>
      <source>Search the company's own history, the Chinese tariff (Chinese and English names), HS 2022 and the Vietnamese tariff. QUERY '-' reads one query per line from standard input and prints one JSON list per line.</source>
      <translation>Tra cứu lịch sử của doanh nghiệp, biểu thuế Trung Quốc (tên tiếng Trung và tiếng Anh), HS 2022 và biểu thuế Việt Nam. QUERY là '-' thì đọc mỗi dòng một truy vấn từ đầu vào chuẩn và in mỗi dòng một danh sách JSON.</translation>
    </message>
    <message>
      <source>Write the goods import template: one header per goods line field, in the language given (--lang), and a sheet saying what each column holds.</source>
      <translation>Tạo mẫu nhập hàng: mỗi trường của dòng hàng một tiêu đề cột (theo ngôn ngữ --lang), kèm một trang giải thích nội dung từng cột.</translation>
    </message>
    <message>
      <source>a booking draft ID or an exchange file</source>
      <translation>ID bản nháp booking hoặc tệp trao đổi</translation>
    </message>
    <message>
      <source>a user whose role to change (with --role)</source>
      <translation>người dùng cần đổi vai trò (dùng cùng --role)</translation>
    </message>
    <message>
      <source>account (default: $CORRIDOR_USER or the last one)</source>
      <translation>tài khoản (mặc định: $CORRIDOR_USER hoặc tài khoản dùng lần trước)</translation>
    </message>
    <message>
      <source>add or change a carrier (API key from CORRIDOR_CARRIER_KEY or a prompt)</source>
      <translation>thêm hoặc sửa hãng tàu (khóa API lấy từ CORRIDOR_CARRIER_KEY hoặc nhập khi được hỏi)</translation>
    </message>
    <message>
      <source>an exchange file to import and submit, or a draft ID</source>
      <translation>tệp trao đổi cần nhập và gửi, hoặc ID bản nháp</translation>
    </message>
    <message>
      <source>ask the platform first</source>
      <translation>hỏi hệ thống trước</translation>
    </message>
    <message>
      <source>at most N candidates (default 10)</source>
      <translation>tối đa N kết quả (mặc định 10)</translation>
    </message>
    <message>
      <source>cancel a booking at the carrier</source>
      <translation>hủy booking với hãng tàu</translation>
    </message>
    <message>
      <source>cancel the booking ID</source>
      <translation>hủy booking có ID này</translation>
    </message>
    <message>
      <source>check an exchange file (a shipment is checked with what derives from it)</source>
      <translation>kiểm tra tệp trao đổi (lô hàng được kiểm tra cùng các chứng từ lập ra từ nó)</translation>
    </message>
    <message>
      <source>check dates as of this day</source>
      <translation>kiểm tra ngày tháng tính theo ngày này</translation>
    </message>
    <message>
      <source>check dates as of this day instead of today (training, old files)</source>
      <translation>kiểm tra ngày tháng tính theo ngày này thay cho hôm nay (đào tạo, tệp cũ)</translation>
    </message>
    <message>
      <source>check this installation and exit</source>
      <translation>kiểm tra bản cài đặt này rồi thoát</translation>
    </message>
    <message>
      <source>check, derive or submit many shipments or drafts at once</source>
      <translation>kiểm tra, lập hoặc gửi nhiều lô hàng hay bản nháp cùng lúc</translation>
    </message>
    <message>
      <source>data-entry company, 10-character customs code</source>
      <translation>đơn vị nhập liệu, mã doanh nghiệp hải quan 10 ký tự</translation>
    </message>
    <message>
      <source>decmessage: the operator's IC card number (default: the company's Single Window settings in the workspace)</source>
      <translation>decmessage: số thẻ IC của người khai (mặc định: thiết lập Single Window của doanh nghiệp trong không gian làm việc)</translation>
    </message>
    <message>
      <source>decmessage: the operator's name</source>
      <translation>decmessage: tên người khai</translation>
    </message>
    <message>
      <source>default quotation reference (instead of a contract)</source>
      <translation>số báo giá mặc định (thay cho hợp đồng)</translation>
    </message>
    <message>
      <source>default service contract reference</source>
      <translation>số hợp đồng dịch vụ mặc định</translation>
    </message>
    <message>
      <source>document language: zh-en (Chinese and English, default), en, vi-en</source>
      <translation>ngôn ngữ chứng từ: zh-en (tiếng Trung và tiếng Anh, mặc định), en, vi-en</translation>
    </message>
    <message>
      <source>every user's queue (a supervisor's default)</source>
      <translation>hàng chờ của mọi người dùng (mặc định của quản lý)</translation>
    </message>
    <message>
      <source>exchange (default); dcsa: a booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: a declaration as a Single Window DecMessage XML</source>
      <translation>exchange (mặc định); dcsa: booking dạng JSON CreateBooking của DCSA Booking 2.0; decmessage: tờ khai dạng XML DecMessage của Single Window</translation>
    </message>
    <message>
      <source>exchange (default); dcsa: the booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: one Single Window DecMessage XML per declaration</source>
      <translation>exchange (mặc định); dcsa: booking dạng JSON CreateBooking của DCSA Booking 2.0; decmessage: mỗi tờ khai một tệp XML DecMessage của Single Window</translation>
    </message>
    <message>
      <source>file declarations through the China Single Window client's folders</source>
      <translation>khai tờ khai qua các thư mục của phần mềm Single Window</translation>
    </message>
    <message>
      <source>find the commodity code of goods by name (Chinese, English or Vietnamese) or code</source>
      <translation>tìm mã số hàng hóa theo tên (tiếng Trung, tiếng Anh hoặc tiếng Việt) hoặc theo mã</translation>
    </message>
    <message>
      <source>fixed creation time (e.g. 2026-12-02T08:00:00+08:00): same input, same bytes</source>
      <translation>cố định thời điểm tạo (ví dụ 2026-12-02T08:00:00+08:00): cùng dữ liệu vào cho cùng một tệp</translation>
    </message>
    <message>
      <source>goods name or code; - for one query per line on stdin</source>
      <translation>tên hàng hoặc mã; '-' để đọc mỗi dòng một truy vấn từ đầu vào chuẩn</translation>
    </message>
    <message>
      <source>happy, rejection, inspection, slow or upload-fail</source>
      <translation>happy (suôn sẻ), rejection (bị từ chối), inspection (kiểm tra thực tế), slow (chậm) hoặc upload-fail (tải lên thất bại)</translation>
    </message>
    <message>
      <source>import exchange files or spreadsheets (XLSX, CSV) into the workspace</source>
      <translation>nhập tệp trao đổi hoặc bảng tính (XLSX, CSV) vào không gian làm việc</translation>
    </message>
    <message>
      <source>import the clean rows and leave out the rows with errors</source>
      <translation>nhập các dòng hợp lệ và bỏ qua các dòng có lỗi</translation>
    </message>
    <message>
      <source>keep all data (workspace, logs, cache) under DIR</source>
      <translation>lưu toàn bộ dữ liệu (không gian làm việc, nhật ký, bộ nhớ đệm) trong DIR</translation>
    </message>
    <message>
      <source>keep all data under DIR</source>
      <translation>lưu toàn bộ dữ liệu trong DIR</translation>
    </message>
    <message>
      <source>keep the login for this command only</source>
      <translation>chỉ giữ đăng nhập cho lệnh này</translation>
    </message>
    <message>
      <source>keep the sandbox's data in FILE or on a PostgreSQL server at a postgresql:// URL (password from PGPASSWORD or ~/.pgpass); default: in memory</source>
      <translation>lưu dữ liệu của môi trường thử nghiệm trong FILE hoặc trên máy chủ PostgreSQL theo địa chỉ postgresql:// (mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass); mặc định: trong bộ nhớ</translation>
    </message>
    <message>
      <source>keep the shipment's lines and add the imported ones</source>
      <translation>giữ các dòng hàng của lô hàng và thêm các dòng được nhập</translation>
    </message>
    <message>
      <source>language of the headers (default: the OS language)</source>
      <translation>ngôn ngữ của tiêu đề cột (mặc định: ngôn ngữ của hệ điều hành)</translation>
    </message>
    <message>
      <source>language of the names shown (default: the OS language)</source>
      <translation>ngôn ngữ của tên hiển thị (mặc định: ngôn ngữ của hệ điều hành)</translation>
    </message>
    <message>
      <source>language of the output</source>
      <translation>ngôn ngữ đầu ra</translation>
    </message>
    <message>
      <source>language of the output (default: the OS language)</source>
      <translation>ngôn ngữ đầu ra (mặc định: ngôn ngữ của hệ điều hành)</translation>
    </message>
    <message>
      <source>list the class: each trainee's scenario and filings (trainer)</source>
      <translation>liệt kê lớp: kịch bản và hồ sơ khai của từng học viên (giảng viên)</translation>
    </message>
    <message>
      <source>list the services instead of booking</source>
      <translation>liệt kê các tuyến dịch vụ thay vì booking</translation>
    </message>
    <message>
      <source>log in to the platform (unified login)</source>
      <translation>đăng nhập hệ thống (đăng nhập tài khoản thống nhất)</translation>
    </message>
    <message>
      <source>log out and delete the stored login</source>
      <translation>đăng xuất và xóa thông tin đăng nhập đã lưu</translation>
    </message>
    <message>
      <source>long-poll for events (≤ 30)</source>
      <translation>chờ sự kiện kiểu long-poll (≤ 30)</translation>
    </message>
    <message>
      <source>make a new shipment copied from this one</source>
      <translation>tạo lô hàng mới sao chép từ lô hàng này</translation>
    </message>
    <message>
      <source>make a new shipment for this client company</source>
      <translation>tạo lô hàng mới cho doanh nghiệp khách hàng này</translation>
    </message>
    <message>
      <source>make sure trainee seats seat-01 .. seat-NN exist (trainer)</source>
      <translation>bảo đảm có các chỗ học viên seat-01 .. seat-NN (giảng viên)</translation>
    </message>
    <message>
      <source>move forward by 90 (seconds), 30m, 2h or 1d</source>
      <translation>tua tới 90 (giây), 30m, 2h hoặc 1d</translation>
    </message>
    <message>
      <source>move the simulated client's clock forward first (receipts come on this clock)</source>
      <translation>tua đồng hồ của phần mềm mô phỏng tới trước (thông báo phản hồi đến theo đồng hồ này)</translation>
    </message>
    <message>
      <source>name recorded in the audit log (default: the OS user)</source>
      <translation>tên ghi vào nhật ký kiểm tra (mặc định: người dùng hệ điều hành)</translation>
    </message>
    <message>
      <source>only queue; send with `sync` later</source>
      <translation>chỉ đưa vào hàng chờ; gửi sau bằng `sync`</translation>
    </message>
    <message>
      <source>only the rows USER queued (supervisors)</source>
      <translation>chỉ các hồ sơ do USER đưa vào hàng chờ (dành cho quản lý)</translation>
    </message>
    <message>
      <source>only the rows you queued (a broker's default)</source>
      <translation>chỉ các hồ sơ bạn đưa vào hàng chờ (mặc định của nhân viên khai báo)</translation>
    </message>
    <message>
      <source>only this client company's shipments</source>
      <translation>chỉ các lô hàng của doanh nghiệp khách hàng này</translation>
    </message>
    <message>
      <source>only this trainee (default: the whole class)</source>
      <translation>chỉ học viên này (mặc định: cả lớp)</translation>
    </message>
    <message>
      <source>per client: drafts, queued, rejected and waiting filings</source>
      <translation>theo từng khách hàng: bản nháp, đang chờ gửi, bị từ chối và đang chờ phản hồi</translation>
    </message>
    <message>
      <source>platform base URL (default: the embedded sandbox)</source>
      <translation>địa chỉ hệ thống (mặc định: môi trường thử nghiệm tích hợp)</translation>
    </message>
    <message>
      <source>platform environment</source>
      <translation>môi trường hệ thống</translation>
    </message>
    <message>
      <source>print a JSON list</source>
      <translation>in danh sách JSON</translation>
    </message>
    <message>
      <source>print a declaration, invoice, packing list, booking or through bill as PDF</source>
      <translation>in tờ khai, hóa đơn, phiếu đóng gói, booking hoặc vận đơn đa phương thức ra PDF</translation>
    </message>
    <message>
      <source>print a machine-readable report</source>
      <translation>in báo cáo dạng máy đọc được</translation>
    </message>
    <message>
      <source>print machine-readable output</source>
      <translation>in kết quả dạng máy đọc được</translation>
    </message>
    <message>
      <source>print the declaration(s) and booking derived from a shipment</source>
      <translation>in tờ khai và booking lập từ lô hàng</translation>
    </message>
    <message>
      <source>put the goods into this shipment (replacing its lines)</source>
      <translation>đưa hàng vào lô hàng này (thay các dòng hàng hiện có)</translation>
    </message>
    <message>
      <source>queue a declaration for the Single Window client</source>
      <translation>đưa tờ khai vào hàng chờ của phần mềm Single Window</translation>
    </message>
    <message>
      <source>rail origin (UN/LOCODE)</source>
      <translation>ga đi đường sắt (UN/LOCODE)</translation>
    </message>
    <message>
      <source>really remove every filing of the class</source>
      <translation>xác nhận xóa mọi hồ sơ khai của cả lớp</translation>
    </message>
    <message>
      <source>reset the class to fresh demo data; seats and logins are kept (trainer)</source>
      <translation>đặt lại lớp về dữ liệu mẫu mới; giữ nguyên chỗ học viên và đăng nhập (giảng viên)</translation>
    </message>
    <message>
      <source>run the local sandbox platform, or control a classroom on it</source>
      <translation>chạy hệ thống thử nghiệm trên máy, hoặc điều khiển lớp học trên đó</translation>
    </message>
    <message>
      <source>search rail-sea schedules, submit or cancel a booking</source>
      <translation>tra lịch tàu đường sắt – đường biển, gửi hoặc hủy booking</translation>
    </message>
    <message>
      <source>search this company's history first</source>
      <translation>tra lịch sử của doanh nghiệp này trước</translation>
    </message>
    <message>
      <source>send a booking to the carrier</source>
      <translation>gửi booking cho hãng tàu</translation>
    </message>
    <message>
      <source>send queued filings and fetch receipts</source>
      <translation>gửi các hồ sơ đang chờ và lấy thông báo phản hồi</translation>
    </message>
    <message>
      <source>send the edited booking to the carrier as an amendment</source>
      <translation>gửi booking đã sửa cho hãng tàu dưới dạng sửa đổi</translation>
    </message>
    <message>
      <source>send what is queued and bring back the carrier's answers</source>
      <translation>gửi những gì đang chờ và lấy phản hồi của hãng tàu</translation>
    </message>
    <message>
      <source>set the scenario of the whole class or of one trainee (trainer)</source>
      <translation>đặt kịch bản cho cả lớp hoặc một học viên (giảng viên)</translation>
    </message>
    <message>
      <source>shipment or draft IDs (default: every shipment)</source>
      <translation>ID lô hàng hoặc bản nháp (mặc định: mọi lô hàng)</translation>
    </message>
    <message>
      <source>shipment, declaration or booking</source>
      <translation>lô hàng, tờ khai hoặc booking</translation>
    </message>
    <message>
      <source>show or set a company's ImpPath and operator card</source>
      <translation>xem hoặc đặt ImpPath và thẻ người khai của doanh nghiệp</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
      <source>show the mapping and the errors, save nothing</source>
      <translation>hiện cách ghép cột và các lỗi, không lưu gì</translation>
    </message>
    <message>
      <source>show the sandbox clock, or move it forward (trainer)</source>
      <translation>xem đồng hồ của môi trường thử nghiệm hoặc tua tới (giảng viên)</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
      <source>spreadsheets (XLSX, CSV)</source>
      <translation>bảng tính (XLSX, CSV)</translation>
    </message>
    <message>
      <source>status of a draft, or of the outbox and the session</source>
      <translation>trạng thái của bản nháp, hoặc của hộp thư đi và phiên đăng nhập</translation>
    </message>
    <message>
      <source>submit declarations (or a booking) through the outbox</source>
      <translation>gửi tờ khai (hoặc booking) qua hộp thư đi</translation>
    </message>
    <message>
      <source>submit the bookings too</source>
      <translation>gửi cả booking</translation>
    </message>
    <message>
      <source>take the reference the carrier gave as the booking's (checked at the carrier) after its answer was lost</source>
      <translation>khi mất phản hồi, lấy số tham chiếu hãng tàu đã cấp làm số của booking (đối chiếu với hãng tàu)</translation>
    </message>
    <message>
      <source>the PDF to write</source>
      <translation>tệp PDF cần ghi</translation>
    </message>
    <message>
      <source>the carrier's DCSA base URL (before /v2)</source>
      <translation>địa chỉ gốc DCSA của hãng tàu (phần trước /v2)</translation>
    </message>
    <message>
      <source>the carrier's SMDG or SCAC code</source>
      <translation>mã SMDG hoặc SCAC của hãng tàu</translation>
    </message>
    <message>
      <source>the carrier's booking request reference or booking reference</source>
      <translation>số yêu cầu booking hoặc số booking của hãng tàu</translation>
    </message>
    <message>
      <source>the carriers of the workspace</source>
      <translation>các hãng tàu của không gian làm việc</translation>
    </message>
    <message>
      <source>the client's ImpPath, e.g. C:\ImpPath</source>
      <translation>ImpPath của phần mềm, ví dụ C:\ImpPath</translation>
    </message>
    <message>
      <source>the new role (supervisors only)</source>
      <translation>vai trò mới (chỉ quản lý được đổi)</translation>
    </message>
    <message>
      <source>the operator's IC card number</source>
      <translation>số thẻ IC của người khai</translation>
    </message>
    <message>
      <source>the operator's name</source>
      <translation>tên người khai</translation>
    </message>
    <message>
      <source>the sandbox plays the Single Window client on an ImpPath (one pass)</source>
      <translation>môi trường thử nghiệm đóng vai phần mềm Single Window trên một ImpPath (một lượt)</translation>
    </message>
    <message>
      <source>the workspace user working on this seat (default: $CORRIDOR_SEAT_USER or your login name)</source>
      <translation>người dùng không gian làm việc trên máy này (mặc định: $CORRIDOR_SEAT_USER hoặc tên đăng nhập của bạn)</translation>
    </message>
    <message>
      <source>the workspace's users and their roles (broker, supervisor)</source>
      <translation>người dùng của không gian làm việc và vai trò của họ (nhân viên khai báo, quản lý)</translation>
    </message>
    <message>
      <source>trainee seats seat-01 .. seat-NN (password: $CORRIDOR_SEAT_PASSWORD or train1234)</source>
      <translation>chỗ học viên seat-01 .. seat-NN (mật khẩu: $CORRIDOR_SEAT_PASSWORD hoặc train1234)</translation>
    </message>
    <message>
      <source>verification code, when the platform asks for one</source>
      <translation>mã xác thực, khi hệ thống yêu cầu</translation>
    </message>
    <message>
      <source>which document</source>
      <translation>chứng từ nào</translation>
    </message>
    <message>
      <source>workspace name or postgresql:// URL (default: default)</source>
      <translation>tên không gian làm việc hoặc URL postgresql:// (mặc định: default)</translation>
    </message>
    <message>
      <source>write a shipment, declaration or booking of the workspace as an exchange file</source>
      <translation>ghi lô hàng, tờ khai hoặc booking của không gian làm việc ra tệp trao đổi</translation>
    </message>
    <message>
      <source>write an empty goods sheet (XLSX) with the headers in a language</source>
      <translation>tạo bảng hàng trống (XLSX) có tiêu đề cột theo một ngôn ngữ</translation>
    </message>
    <message>
      <source>write one exchange file per derived document into DIR instead of printing</source>
      <translation>ghi mỗi chứng từ lập ra thành một tệp trao đổi trong DIR thay vì in ra</translation>
    </message>
    <message>
      <source>write queued declarations into OutBox, follow FailBox, read InBox</source>
      <translation>ghi tờ khai đang chờ vào OutBox, theo dõi FailBox, đọc InBox</translation>
    </message>
    <message>
      <source>zh_CN, en or vi (default: the language chosen in the app, else the OS language)</source>
      <translation>zh_CN, en hoặc vi (mặc định: ngôn ngữ đã chọn trong ứng dụng, nếu không thì ngôn ngữ của hệ điều hành)</translation>
    </message>
  </context>
  <context>
    <name>ClientOverviewDialog</name>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Làm mới</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Khách hàng</translation>
    </message>
    <message>
      <source>Clients overview</source>
      <translation>Tổng quan khách hàng</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>Bản nháp</translation>
    </message>
    <message>
      <source>Filings per client company, the client waiting longest first. Double-click a client to work on it.</source>
      <translation>Hồ sơ theo từng khách hàng, khách hàng chờ lâu nhất ở trên cùng. Nhấp đúp vào khách hàng để làm việc với khách hàng đó.</translation>
    </message>
    <message>
      <source>No client companies to show yet. Add your clients under {companies} (“{add}”), then create shipments for them with {new_shipment}; their filings are counted here.</source>
      <translation>Chưa có doanh nghiệp khách hàng nào để hiển thị. Thêm khách hàng tại {companies} (“{add}”), rồi tạo lô hàng cho họ bằng {new_shipment}; các hồ sơ khai của họ được đếm ở đây.</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>Đang chờ gửi</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <source>Waiting for the platform</source>
      <translation>Chờ hệ thống phản hồi</translation>
    </message>
    <message>
      <source>{n} (since {since})</source>
      <translation>{n} (từ {since})</translation>
    </message>
  </context>
  <context>
    <name>CodeTable</name>
    <message>
      <source>IMO dangerous goods class table</source>
      <translation>bảng mã loại hàng nguy hiểm (IMO)</translation>
    </message>
    <message>
      <source>ISO container size and type table</source>
      <translation>bảng mã kích cỡ, loại container (ISO)</translation>
    </message>
    <message>
      <source>Incoterms table</source>
      <translation>bảng mã điều kiện giao hàng (Incoterms)</translation>
    </message>
    <message>
      <source>attached document type table</source>
      <translation>bảng mã chứng từ kèm theo</translation>
    </message>
    <message>
      <source>charge mark table</source>
      <translation>bảng mã loại cước phí</translation>
    </message>
    <message>
      <source>commodity code table</source>
      <translation>biểu mã số hàng hóa</translation>
    </message>
    <message>
      <source>container size table</source>
      <translation>bảng mã kích cỡ container</translation>
    </message>
    <message>
      <source>country (region) table</source>
      <translation>bảng mã nước</translation>
    </message>
    <message>
      <source>currency table</source>
      <translation>bảng mã loại tiền</translation>
    </message>
    <message>
      <source>customs office table</source>
      <translation>bảng mã hải quan</translation>
    </message>
    <message>
      <source>declaration type table</source>
      <translation>bảng mã loại khai báo</translation>
    </message>
    <message>
      <source>duty mode table</source>
      <translation>bảng mã miễn / nộp thuế</translation>
    </message>
    <message>
      <source>levy nature table</source>
      <translation>bảng mã tính chất miễn/nộp thuế</translation>
    </message>
    <message>
      <source>package type (Rec 21) table</source>
      <translation>bảng mã loại bao bì (Rec 21)</translation>
    </message>
    <message>
      <source>package type table</source>
      <translation>bảng mã loại bao bì</translation>
    </message>
    <message>
      <source>port and place (UN/LOCODE) table</source>
      <translation>bảng mã cảng và địa điểm (UN/LOCODE)</translation>
    </message>
    <message>
      <source>supervision mode table</source>
      <translation>bảng mã loại hình</translation>
    </message>
    <message>
      <source>transaction mode table</source>
      <translation>bảng mã phương thức thành giao</translation>
    </message>
    <message>
      <source>transport mode table</source>
      <translation>bảng mã phương thức vận tải</translation>
    </message>
    <message>
      <source>unit of measure table</source>
      <translation>bảng mã đơn vị tính</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <source>Company</source>
      <translation>Doanh nghiệp</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>&amp;Keep mine</source>
      <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
      <source>&amp;Take theirs</source>
      <translation>&amp;Lấy bản của họ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>Khác biệt</translation>
    </message>
    <message>
      <source>Drop your changes and show their version</source>
      <translation>Bỏ các thay đổi của bạn và hiển thị bản của họ</translation>
    </message>
    <message>
      <source>Keep editing; nothing is saved yet</source>
      <translation>Tiếp tục chỉnh sửa; chưa có gì được lưu</translation>
    </message>
    <message>
      <source>Save your version on top of theirs (the audit log records it)</source>
      <translation>Lưu bản của bạn đè lên bản của họ (nhật ký thao tác sẽ ghi lại)</translation>
    </message>
    <message>
      <source>Saved meanwhile by another user</source>
      <translation>Người dùng khác đã lưu trước</translation>
    </message>
    <message numerus="yes">
      <source>You both changed {count} field(s), marked and listed first.</source>
      <translation>
        <numerusform>Cả hai bên đều đã sửa {count} trường, được đánh dấu và xếp lên đầu.</numerusform>
      </translation>
    </message>
    <message>
      <source>{author} saved this record ({time}) while you were editing it. Compare the two versions before you choose.</source>
      <translation>{author} đã lưu bản ghi này ({time}) trong lúc bạn đang sửa. Hãy so sánh hai phiên bản trước khi chọn.</translation>
    </message>
    <message>
      <source>{author} saved this record ({time}, revision {revision}) while you were editing it. Compare the two versions before you choose.</source>
      <translation>{author} đã lưu bản ghi này ({time}, phiên bản {revision}) trong lúc bạn đang sửa. Hãy so sánh hai phiên bản trước khi chọn.</translation>
    </message>
  </context>
  <context>
    <name>ConflictModel</name>
    <message>
      <source>Changed by</source>
      <translation>Người sửa</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Trường</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Của họ</translation>
    </message>
    <message>
      <source>When you opened it</source>
      <translation>Khi bạn mở</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>Của bạn</translation>
    </message>
    <message>
      <source>both of you</source>
      <translation>cả hai bên</translation>
    </message>
    <message>
      <source>the other user</source>
      <translation>người kia</translation>
    </message>
    <message>
      <source>you</source>
      <translation>bạn</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Something went wrong. Your edits are autosaved; the details are in the log file.</source>
      <translation>Đã xảy ra lỗi. Các thay đổi của bạn đã được tự động lưu; chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Lỗi không mong muốn</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <source>Login kept in the system's secure store.</source>
      <translation>Thông tin đăng nhập được lưu trong kho bảo mật của hệ thống.</translation>
    </message>
    <message>
      <source>No secure store: session-only login.</source>
      <translation>Không có kho bảo mật: đăng nhập chỉ có hiệu lực trong phiên này.</translation>
    </message>
  </context>
  <context>
    <name>DeclarationEditor</name>
    <message>
      <source>&amp;Amend</source>
      <translation>&amp;Sửa đổi</translation>
    </message>
    <message>
      <source>&amp;Withdraw</source>
      <translation>&amp;Rút tờ khai</translation>
    </message>
    <message>
      <source>Certificates to request from the inspection office</source>
      <translation>Chứng thư đề nghị cơ quan kiểm dịch cấp</translation>
    </message>
    <message>
      <source>Change a declaration the platform holds and send the amendment</source>
      <translation>Sửa tờ khai đã có trên nền tảng và gửi bản sửa đổi</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <source>Containers</source>
      <translation>Container</translation>
    </message>
    <message>
      <source>Declaration for {reference}</source>
      <translation>Tờ khai cho {reference}</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>Thông tin chung</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Dòng hàng</translation>
    </message>
    <message>
      <source>Licences and certificates</source>
      <translation>Giấy phép và chứng thư kèm theo</translation>
    </message>
    <message>
      <source>Licences and certificates the goods need</source>
      <translation>Giấy phép và chứng thư kèm theo của hàng hóa</translation>
    </message>
    <message>
      <source>New declaration</source>
      <translation>Tờ khai mới</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Thông báo phản hồi</translation>
    </message>
    <message>
      <source>Su&amp;bmit declaration</source>
      <translation>&amp;Gửi tờ khai</translation>
    </message>
    <message>
      <source>Upload documents to the platform</source>
      <translation>Tải chứng từ lên nền tảng</translation>
    </message>
    <message>
      <source>Upload the commercial invoice and packing list PDFs the filing does not have yet</source>
      <translation>Tải lên PDF hóa đơn thương mại và phiếu đóng gói mà hồ sơ chưa có</translation>
    </message>
  </context>
  <context>
    <name>DeclarationElementsWidget</name>
    <message>
      <source>Declaration elements of heading {heading}, in the order customs asks them.</source>
      <translation>Các yếu tố khai báo của nhóm {heading}, theo thứ tự hải quan yêu cầu.</translation>
    </message>
    <message>
      <source>Specification and model (规格型号): {value}</source>
      <translation>Quy cách, mẫu mã (规格型号): {value}</translation>
    </message>
    <message>
      <source>The declaration elements of this heading are not in the bundled list: the usual elements are asked. Check them against the Single Window before filing.</source>
      <translation>Danh sách yếu tố khai báo của nhóm này chưa có trong chương trình: đang hỏi các yếu tố thông thường. Hãy đối chiếu trên Cơ chế một cửa trước khi khai.</translation>
    </message>
    <message>
      <source>The stored specification does not follow the elements of heading {heading}; it is kept as it is unless you fill the inputs below: {stored}</source>
      <translation>Quy cách đã lưu không theo các yếu tố khai báo của nhóm {heading}; nếu không điền các ô dưới đây, quy cách đó được giữ nguyên: {stored}</translation>
    </message>
  </context>
  <context>
    <name>DetailsDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Remove details</source>
      <translation>Xóa chi tiết</translation>
    </message>
  </context>
  <context>
    <name>Document</name>
    <message>
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>Authorised signature</source>
      <translation>Chữ ký người có thẩm quyền</translation>
    </message>
    <message>
      <source>Booking terms</source>
      <translation>Điều khoản booking</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Người mua</translation>
    </message>
    <message>
      <source>Carrier use</source>
      <translation>Dành cho người vận chuyển</translation>
    </message>
    <message>
      <source>Commercial Invoice</source>
      <translation>Hóa đơn thương mại</translation>
    </message>
    <message>
      <source>Container / seal numbers</source>
      <translation>Số container / số niêm phong</translation>
    </message>
    <message>
      <source>Customs endorsement and seal</source>
      <translation>Ghi chú và đóng dấu của hải quan</translation>
    </message>
    <message>
      <source>Declarant</source>
      <translation>Người khai hải quan</translation>
    </message>
    <message>
      <source>Declaring unit (seal)</source>
      <translation>Đại lý khai hải quan (đóng dấu)</translation>
    </message>
    <message>
      <source>Description of goods</source>
      <translation>Mô tả hàng hóa</translation>
    </message>
    <message>
      <source>Draft for checking — not negotiable</source>
      <translation>Bản nháp để kiểm tra – không chuyển nhượng được</translation>
    </message>
    <message>
      <source>Export Goods Declaration of the Customs of the People's Republic of China</source>
      <translation>Tờ khai hải quan hàng hóa xuất khẩu của nước Cộng hòa Nhân dân Trung Hoa</translation>
    </message>
    <message>
      <source>Freight and charges</source>
      <translation>Cước phí và phụ phí</translation>
    </message>
    <message>
      <source>Goods name and specification</source>
      <translation>Tên hàng, quy cách, mẫu mã</translation>
    </message>
    <message>
      <source>Marks and remarks</source>
      <translation>Ký mã hiệu và ghi chú</translation>
    </message>
    <message>
      <source>Means of transport and voyage number</source>
      <translation>Tên phương tiện vận tải và số chuyến</translation>
    </message>
    <message>
      <source>Measurement (m³)</source>
      <translation>Thể tích (m³)</translation>
    </message>
    <message>
      <source>Multimodal Through Bill of Lading (Draft)</source>
      <translation>Vận đơn vận tải đa phương thức (bản nháp)</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <source>Number and kind of packages</source>
      <translation>Số lượng và loại kiện</translation>
    </message>
    <message>
      <source>Ocean vessel / voyage</source>
      <translation>Tên tàu / chuyến</translation>
    </message>
    <message>
      <source>Packing List</source>
      <translation>Phiếu đóng gói</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
      <source>Part {part} of {parts}</source>
      <translation>Phần {part}/{parts}</translation>
    </message>
    <message>
      <source>Place and date of issue</source>
      <translation>Nơi và ngày phát hành</translation>
    </message>
    <message>
      <source>Quantity and unit</source>
      <translation>Số lượng và đơn vị tính</translation>
    </message>
    <message>
      <source>Rail and sea carriage under one through document number (一单制).</source>
      <translation>Vận chuyển đường sắt và đường biển dưới một số chứng từ suốt (一单制).</translation>
    </message>
    <message>
      <source>Rail leg</source>
      <translation>Chặng đường sắt</translation>
    </message>
    <message>
      <source>Rail-Sea Booking Request</source>
      <translation>Yêu cầu booking vận tải đường sắt – đường biển</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Người yêu cầu</translation>
    </message>
    <message>
      <source>Route and schedule</source>
      <translation>Tuyến và lịch trình</translation>
    </message>
    <message>
      <source>Sea leg</source>
      <translation>Chặng đường biển</translation>
    </message>
    <message>
      <source>Seller</source>
      <translation>Người bán</translation>
    </message>
    <message>
      <source>Signed for the multimodal transport operator</source>
      <translation>Ký thay mặt người kinh doanh vận tải đa phương thức</translation>
    </message>
    <message>
      <source>Terms of delivery</source>
      <translation>Điều kiện giao hàng</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Tổng cộng</translation>
    </message>
    <message>
      <source>We declare that the above is true and accept the legal responsibility for declaring truthfully and paying taxes according to law.</source>
      <translation>Chúng tôi cam đoan nội dung trên là đúng sự thật và chịu trách nhiệm pháp lý về việc khai báo trung thực, nộp thuế theo quy định của pháp luật.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Có</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Chứng từ</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;In…</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>Lư&amp;u thành…</translation>
    </message>
    <message>
      <source>Cancel printing</source>
      <translation>Hủy in</translation>
    </message>
    <message>
      <source>Choose a document and press Preview.</source>
      <translation>Hãy chọn chứng từ rồi bấm Xem trước.</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Chứng từ</translation>
    </message>
    <message>
      <source>Document message</source>
      <translation>Thông báo chứng từ</translation>
    </message>
    <message>
      <source>Fit the page width</source>
      <translation>Vừa chiều rộng trang</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Vừa chiều rộng</translation>
    </message>
    <message>
      <source>Languages of the document</source>
      <translation>Ngôn ngữ của chứng từ</translation>
    </message>
    <message>
      <source>Make the document from the saved data and show its pages</source>
      <translation>Lập chứng từ từ dữ liệu đã lưu và hiển thị các trang</translation>
    </message>
    <message>
      <source>Making the document…</source>
      <translation>Đang lập chứng từ…</translation>
    </message>
    <message>
      <source>Nothing to show yet: choose a shipment or save the draft first.</source>
      <translation>Chưa có gì để hiển thị: hãy chọn lô hàng hoặc lưu bản nháp trước.</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Trang {page}/{count}</translation>
    </message>
    <message>
      <source>Pages of the document</source>
      <translation>Các trang của chứng từ</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>&amp;Xem trước</translation>
    </message>
    <message>
      <source>Print the document (Ctrl+P)</source>
      <translation>In chứng từ (Ctrl+P)</translation>
    </message>
    <message>
      <source>Print {document}</source>
      <translation>In {document}</translation>
    </message>
    <message>
      <source>Printing cancelled after {n} of {count} pages.</source>
      <translation>Đã hủy in sau {n}/{count} trang.</translation>
    </message>
    <message>
      <source>Printing cancelled: nothing was sent to the printer.</source>
      <translation>Đã hủy in: không có gì được gửi tới máy in.</translation>
    </message>
    <message>
      <source>Printing failed: {reason}</source>
      <translation>In thất bại: {reason}</translation>
    </message>
    <message>
      <source>Printing page {n} of {count}…</source>
      <translation>Đang in trang {n}/{count}…</translation>
    </message>
    <message>
      <source>Save the PDF to a file (Ctrl+Shift+S)</source>
      <translation>Lưu PDF thành tệp (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Save the document as</source>
      <translation>Lưu chứng từ thành</translation>
    </message>
    <message>
      <source>Saved: {file}</source>
      <translation>Đã lưu: {file}</translation>
    </message>
    <message>
      <source>The document cannot be made: {reason}</source>
      <translation>Không lập được chứng từ: {reason}</translation>
    </message>
    <message>
      <source>The printer cannot be started. Check that it is connected and try again.</source>
      <translation>Không khởi động được máy in. Hãy kiểm tra kết nối máy in rồi thử lại.</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Phóng to</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Thu nhỏ</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+-)</source>
      <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
      <source>the printer refused a new page</source>
      <translation>máy in từ chối trang mới</translation>
    </message>
    <message numerus="yes">
      <source>{count} page(s) sent to the printer.</source>
      <translation>
        <numerusform>Đã gửi {count} trang tới máy in.</numerusform>
      </translation>
    </message>
    <message>
      <source>{file} cannot be written: {reason}. The document is still here: save it to another folder.</source>
      <translation>Không ghi được {file}: {reason}. Chứng từ vẫn còn ở đây: hãy lưu vào thư mục khác.</translation>
    </message>
    <message>
      <source>{percent}%</source>
      <translation>{percent}%</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>Chinese and English</source>
      <translation>Tiếng Trung và tiếng Anh</translation>
    </message>
    <message>
      <source>Commercial invoice</source>
      <translation>Hóa đơn thương mại</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Tiếng Anh</translation>
    </message>
    <message>
      <source>Export declaration</source>
      <translation>Tờ khai hải quan xuất khẩu</translation>
    </message>
    <message>
      <source>Multimodal bill of lading</source>
      <translation>Vận đơn vận tải đa phương thức</translation>
    </message>
    <message>
      <source>Packing list</source>
      <translation>Phiếu đóng gói</translation>
    </message>
    <message>
      <source>Rail-sea booking request</source>
      <translation>Yêu cầu booking vận tải đường sắt – đường biển</translation>
    </message>
    <message>
      <source>Vietnamese and English</source>
      <translation>Tiếng Việt và tiếng Anh</translation>
    </message>
  </context>
  <context>
    <name>DocumentsDialog</name>
    <message>
      <source>Documents of {subject}</source>
      <translation>Chứng từ của {subject}</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <source>&amp;Shipment</source>
      <translation>&amp;Lô hàng</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Lô hàng</translation>
    </message>
    <message>
      <source>The documents of a shipment: everything comes from the shipment and its filings, nothing is typed twice. Preview them, print them or save them as PDF.</source>
      <translation>Chứng từ của lô hàng: mọi thông tin lấy từ lô hàng và các hồ sơ khai báo của nó, không nhập hai lần. Có thể xem trước, in hoặc lưu thành PDF.</translation>
    </message>
  </context>
  <context>
    <name>DraftEditor</name>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Issues</source>
      <translation>Vấn đề</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>Chưa lưu lần nào</translation>
    </message>
    <message>
      <source>Not saved: {field} cannot be read. Correct it or clear it, then save.</source>
      <translation>Chưa lưu: không đọc được giá trị ở {field}. Hãy sửa hoặc xóa rồi lưu lại.</translation>
    </message>
    <message>
      <source>Save a revision (Ctrl+S)</source>
      <translation>Lưu phiên bản (Ctrl+S)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Đã lưu</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
      <source>{errors}, {warnings}</source>
      <translation>{errors}, {warnings}</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message numerus="yes">
      <source>{n} error(s)</source>
      <translation>
        <numerusform>{n} lỗi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} warning(s)</source>
      <translation>
        <numerusform>{n} cảnh báo</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Environment</name>
    <message>
      <source>Production environment</source>
      <translation>môi trường chính thức</translation>
    </message>
    <message>
      <source>Sandbox environment</source>
      <translation>môi trường thử nghiệm</translation>
    </message>
  </context>
  <context>
    <name>Error</name>
    <message>
      <source>A customs receipt for unified number {detail} matches no declaration sent from here.</source>
      <translation>Phản hồi hải quan của số thống nhất {detail} không khớp với tờ khai nào gửi từ máy này.</translation>
    </message>
    <message>
      <source>A declaration handed to the Single Window client is amended in the client itself.</source>
      <translation>Tờ khai đã chuyển sang phần mềm Single Window thì sửa ngay trong phần mềm đó.</translation>
    </message>
    <message>
      <source>A file or network operation failed: {detail}</source>
      <translation>Thao tác tệp hoặc mạng thất bại: {detail}</translation>
    </message>
    <message>
      <source>A voyage number without a service needs the vessel.</source>
      <translation>Có số chuyến mà không có tuyến dịch vụ thì phải khai tên tàu.</translation>
    </message>
    <message>
      <source>A workspace on the database server {url} is backed up on the server (pg_dump), not by Corridor Desk.</source>
      <translation>Không gian làm việc trên máy chủ cơ sở dữ liệu {url} được sao lưu trên máy chủ (pg_dump), không phải bằng Corridor Desk.</translation>
    </message>
    <message>
      <source>Accepted by customs.</source>
      <translation>Hải quan đã chấp nhận.</translation>
    </message>
    <message>
      <source>Already filed as {existing_id}.</source>
      <translation>Đã khai báo với mã {existing_id}.</translation>
    </message>
    <message>
      <source>Amendment stored by the platform.</source>
      <translation>Nền tảng đã tiếp nhận bản sửa đổi.</translation>
    </message>
    <message>
      <source>Another Corridor Desk holds this data folder's training platform ({file}) but does not answer; close it or try again in a moment.</source>
      <translation>Một Corridor Desk khác đang giữ nền tảng luyện tập của thư mục dữ liệu này ({file}) nhưng không phản hồi; hãy đóng nó hoặc thử lại sau giây lát.</translation>
    </message>
    <message>
      <source>Backing up the workspace to {path} failed: {detail}</source>
      <translation>Sao lưu không gian làm việc vào {path} thất bại: {detail}</translation>
    </message>
    <message>
      <source>Booking cancelled.</source>
      <translation>Đã hủy booking.</translation>
    </message>
    <message>
      <source>Booking confirmed.</source>
      <translation>Booking đã được xác nhận.</translation>
    </message>
    <message>
      <source>Booking requested.</source>
      <translation>Đã gửi yêu cầu booking.</translation>
    </message>
    <message>
      <source>Booking {id} has not been sent to this carrier.</source>
      <translation>Booking {id} chưa được gửi cho hãng tàu này.</translation>
    </message>
    <message>
      <source>Carrier {carrier} does not know this booking.</source>
      <translation>Hãng tàu {carrier} không có booking này.</translation>
    </message>
    <message>
      <source>Carrier {carrier} may have received booking {reference}, but its answer was lost and DCSA gives no way to ask. Ask the carrier: link the reference it gives you, or send the booking again if it has none.</source>
      <translation>Hãng tàu {carrier} có thể đã nhận booking {reference} nhưng phản hồi bị mất, và DCSA không cho phép tra cứu. Hãy hỏi hãng tàu: nếu hãng tàu có số booking thì liên kết số đó, nếu không có thì gửi lại booking.</translation>
    </message>
    <message>
      <source>Carrier {carrier} refused the API key; check it in the carrier settings.</source>
      <translation>Hãng tàu {carrier} từ chối khóa API; hãy kiểm tra lại trong phần cài đặt hãng tàu.</translation>
    </message>
    <message>
      <source>Carrier {carrier} refused the booking: {detail}</source>
      <translation>Hãng tàu {carrier} từ chối booking: {detail}</translation>
    </message>
    <message>
      <source>Choose the company to file for: {companies}.</source>
      <translation>Hãy chọn doanh nghiệp cần khai báo: {companies}.</translation>
    </message>
    <message>
      <source>Classroom controls work only on a sandbox platform, never in production.</source>
      <translation>Chức năng điều khiển lớp học chỉ dùng trên môi trường thử nghiệm, không bao giờ trên hệ thống thật.</translation>
    </message>
    <message>
      <source>Company {company_id} still has shipments, declarations or bookings; delete them first.</source>
      <translation>Doanh nghiệp {company_id} vẫn còn lô hàng, tờ khai hoặc booking; hãy xóa chúng trước.</translation>
    </message>
    <message>
      <source>Customs receipt with a code this program does not know.</source>
      <translation>Phản hồi hải quan có mã mà chương trình chưa biết.</translation>
    </message>
    <message>
      <source>Customs receipt.</source>
      <translation>Phản hồi hải quan.</translation>
    </message>
    <message>
      <source>Declaration element {element} is required.</source>
      <translation>Yếu tố khai báo “{element}” là bắt buộc.</translation>
    </message>
    <message>
      <source>Declaration element {element} must not contain | — it separates the elements.</source>
      <translation>Yếu tố khai báo “{element}” không được chứa ký tự | (ký tự này dùng để phân cách các yếu tố).</translation>
    </message>
    <message>
      <source>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</source>
      <translation>Yếu tố khai báo “{element}”: {value} không phải mã được phép (được chọn: {allowed}).</translation>
    </message>
    <message>
      <source>Declined: no capacity on this service.</source>
      <translation>Không chấp nhận: tuyến dịch vụ này đã hết chỗ.</translation>
    </message>
    <message>
      <source>Give both the user and the new role: users NAME --role broker|supervisor.</source>
      <translation>Hãy nêu cả người dùng và vai trò mới: users TÊN --role broker|supervisor.</translation>
    </message>
    <message>
      <source>Give the carrier's booking reference or booking request reference (at most 100 characters).</source>
      <translation>Nhập số booking hoặc số yêu cầu booking của hãng tàu (tối đa 100 ký tự).</translation>
    </message>
    <message>
      <source>Give the requested departure or the voyage.</source>
      <translation>Khai ngày khởi hành yêu cầu hoặc số chuyến.</translation>
    </message>
    <message>
      <source>Imported by the Single Window client.</source>
      <translation>Phần mềm Single Window đã nhập tờ khai.</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Đã bị ngắt.</translation>
    </message>
    <message>
      <source>Invalid carrier name {name}: use lower-case letters, digits, _ and - (at most 32).</source>
      <translation>Tên hãng tàu {name} không hợp lệ: chỉ dùng chữ thường, chữ số, _ và - (tối đa 32 ký tự).</translation>
    </message>
    <message>
      <source>Invalid workspace name {name}: use letters, digits, _ . - (at most 64).</source>
      <translation>Tên không gian làm việc {name} không hợp lệ: chỉ dùng chữ cái, chữ số, _ . - (tối đa 64 ký tự).</translation>
    </message>
    <message>
      <source>Name a booking draft ID or an exchange file.</source>
      <translation>Hãy chỉ định mã bản nháp booking hoặc tệp trao đổi dữ liệu.</translation>
    </message>
    <message>
      <source>No API key for carrier {name} in the secure store; enter it again.</source>
      <translation>Kho bảo mật không có khóa API của hãng tàu {name}; hãy nhập lại.</translation>
    </message>
    <message>
      <source>No Single Window folder (ImpPath) is set for this company; set it in the company's Single Window settings.</source>
      <translation>Doanh nghiệp này chưa đặt thư mục Single Window (ImpPath); hãy đặt trong phần cài đặt Single Window của doanh nghiệp.</translation>
    </message>
    <message>
      <source>No carrier {name} in this workspace; add it with its DCSA address first.</source>
      <translation>Không gian làm việc này chưa có hãng tàu {name}; hãy thêm hãng tàu cùng địa chỉ DCSA trước.</translation>
    </message>
    <message>
      <source>No company with ID {company_id} in this workspace; add the company first.</source>
      <translation>Không gian làm việc này không có doanh nghiệp mã {company_id}; hãy thêm doanh nghiệp trước.</translation>
    </message>
    <message>
      <source>No database server answers at {url} ({detail}). Check the host and port, and that the server is running.</source>
      <translation>Không có máy chủ cơ sở dữ liệu nào phản hồi tại {url} ({detail}). Vui lòng kiểm tra máy chủ, cổng và xem máy chủ đã chạy chưa.</translation>
    </message>
    <message>
      <source>No draft {ident}.</source>
      <translation>Không có bản nháp {ident}.</translation>
    </message>
    <message>
      <source>No queued filing {ident}.</source>
      <translation>Không có hồ sơ {ident} đang chờ gửi.</translation>
    </message>
    <message>
      <source>No shipment, declaration or booking with the ID {id} in the workspace.</source>
      <translation>Không gian làm việc không có lô hàng, tờ khai hay booking nào mã {id}.</translation>
    </message>
    <message>
      <source>No {kind} with ID {id} in this workspace.</source>
      <translation>Không gian làm việc này không có {kind} mã {id}.</translation>
    </message>
    <message>
      <source>Not yet: no booking has got this far (look at its status and receipts).</source>
      <translation>Chưa xong: chưa có booking nào tới bước này (xem trạng thái và phản hồi của nó).</translation>
    </message>
    <message>
      <source>Not yet: no declaration has got this far (look at its status and receipts).</source>
      <translation>Chưa xong: chưa có tờ khai nào tới bước này (xem trạng thái và phản hồi của nó).</translation>
    </message>
    <message>
      <source>Not yet: no shipment has got this far.</source>
      <translation>Chưa xong: chưa có lô hàng nào tới bước này.</translation>
    </message>
    <message numerus="yes">
      <source>Not yet: the checks still show {count} error(s).</source>
      <translation>
        <numerusform>Chưa xong: phần Kiểm tra vẫn còn {count} lỗi.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not yet: this company has no booking in the workspace.</source>
      <translation>Chưa xong: doanh nghiệp này chưa có booking nào trong không gian làm việc.</translation>
    </message>
    <message>
      <source>Not yet: this company has no declaration in the workspace.</source>
      <translation>Chưa xong: doanh nghiệp này chưa có tờ khai nào trong không gian làm việc.</translation>
    </message>
    <message>
      <source>Not yet: this company has no shipment in the workspace.</source>
      <translation>Chưa xong: doanh nghiệp này chưa có lô hàng nào trong không gian làm việc.</translation>
    </message>
    <message>
      <source>Not yet: {field} is still empty.</source>
      <translation>Chưa xong: ô “{field}” vẫn còn trống.</translation>
    </message>
    <message>
      <source>Nothing to submit: every draft of it is already submitted.</source>
      <translation>Không có gì để gửi: mọi bản nháp của lô hàng đã được gửi.</translation>
    </message>
    <message>
      <source>Only a booking can be written as DCSA CreateBooking, not a {kind}.</source>
      <translation>Chỉ booking mới xuất được thành DCSA CreateBooking, không phải {kind}.</translation>
    </message>
    <message>
      <source>Only a declaration can be written as a DecMessage, not a {kind}.</source>
      <translation>Chỉ tờ khai mới xuất được thành tệp DecMessage, {kind} thì không.</translation>
    </message>
    <message>
      <source>Only a trainer account can do this; {user} is not one.</source>
      <translation>Chỉ tài khoản giảng viên mới làm được việc này; {user} không phải tài khoản giảng viên.</translation>
    </message>
    <message>
      <source>Only export declarations can be filed here (IEFlag {value}).</source>
      <translation>Ở đây chỉ khai được tờ khai xuất khẩu (cờ xuất nhập {value}).</translation>
    </message>
    <message>
      <source>Only export declarations go through the Single Window client.</source>
      <translation>Chỉ tờ khai xuất khẩu mới gửi qua phần mềm Single Window.</translation>
    </message>
    <message>
      <source>Rejected by customs.</source>
      <translation>Hải quan đã từ chối.</translation>
    </message>
    <message>
      <source>Released.</source>
      <translation>Đã thông quan.</translation>
    </message>
    <message>
      <source>Restoring the workspace from {path} failed: {detail}</source>
      <translation>Khôi phục không gian làm việc từ {path} thất bại: {detail}</translation>
    </message>
    <message>
      <source>Selected for inspection.</source>
      <translation>Được chọn kiểm tra thực tế.</translation>
    </message>
    <message>
      <source>Send either the service contract or the quotation reference, not both.</source>
      <translation>Chỉ gửi số hợp đồng dịch vụ hoặc số báo giá, không gửi cả hai.</translation>
    </message>
    <message>
      <source>Sent; the answer has not arrived yet.</source>
      <translation>Đã gửi, chưa nhận được phản hồi.</translation>
    </message>
    <message>
      <source>Sign in with a user name to work on this workspace.</source>
      <translation>Hãy đăng nhập bằng tên người dùng để làm việc trên không gian làm việc này.</translation>
    </message>
    <message>
      <source>Stopped by an unexpected error: {detail}</source>
      <translation>Dừng do lỗi không lường trước: {detail}</translation>
    </message>
    <message>
      <source>Stored by the platform.</source>
      <translation>Nền tảng đã tiếp nhận.</translation>
    </message>
    <message>
      <source>Submitting needs the platform: log in first.</source>
      <translation>Cần kết nối hệ thống để gửi: hãy đăng nhập trước.</translation>
    </message>
    <message>
      <source>The Single Window client could not send the file after 3 attempts.</source>
      <translation>Phần mềm Single Window đã thử gửi 3 lần nhưng không được.</translation>
    </message>
    <message>
      <source>The Single Window client refused the declaration.</source>
      <translation>Phần mềm Single Window từ chối tờ khai.</translation>
    </message>
    <message>
      <source>The Single Window folder {path} cannot be reached; the filing waits.</source>
      <translation>Không truy cập được thư mục Single Window {path}; tờ khai đang chờ gửi.</translation>
    </message>
    <message>
      <source>The amendment was withdrawn: the booking stands as confirmed before it.</source>
      <translation>Yêu cầu sửa đổi đã được rút lại: booking vẫn giữ nội dung đã xác nhận trước đó.</translation>
    </message>
    <message>
      <source>The attachment is not a PDF file.</source>
      <translation>Tệp đính kèm không phải là tệp PDF.</translation>
    </message>
    <message>
      <source>The booking is cancelled at the carrier.</source>
      <translation>Booking đã được hủy tại hãng tàu.</translation>
    </message>
    <message>
      <source>The carrier asks for an amendment of the booking.</source>
      <translation>Hãng tàu yêu cầu sửa booking.</translation>
    </message>
    <message>
      <source>The carrier asks for more information before it confirms.</source>
      <translation>Hãng tàu yêu cầu bổ sung thông tin trước khi xác nhận.</translation>
    </message>
    <message>
      <source>The carrier cannot change the booking in its present state: {detail}</source>
      <translation>Hãng tàu không thể thay đổi booking ở trạng thái hiện tại: {detail}</translation>
    </message>
    <message>
      <source>The carrier completed the booking.</source>
      <translation>Hãng tàu đã hoàn tất booking.</translation>
    </message>
    <message>
      <source>The carrier confirmed the amendment: the booking is now as amended.</source>
      <translation>Hãng tàu đã chấp nhận sửa đổi: booking nay theo nội dung đã sửa.</translation>
    </message>
    <message>
      <source>The carrier confirmed the booking.</source>
      <translation>Hãng tàu đã xác nhận booking.</translation>
    </message>
    <message>
      <source>The carrier confirmed the cancellation.</source>
      <translation>Hãng tàu đã xác nhận hủy.</translation>
    </message>
    <message>
      <source>The carrier declined the amendment: the booking stands as confirmed before it.</source>
      <translation>Hãng tàu không chấp nhận sửa đổi: booking vẫn giữ nội dung đã xác nhận trước đó.</translation>
    </message>
    <message>
      <source>The carrier declined the booking.</source>
      <translation>Hãng tàu đã từ chối booking.</translation>
    </message>
    <message>
      <source>The carrier declined the cancellation.</source>
      <translation>Hãng tàu không chấp nhận hủy.</translation>
    </message>
    <message>
      <source>The carrier needs a service contract or a quotation reference.</source>
      <translation>Hãng tàu cần số hợp đồng dịch vụ hoặc số báo giá.</translation>
    </message>
    <message>
      <source>The carrier received the amendment of the confirmed booking; the booking stands as confirmed until the carrier decides.</source>
      <translation>Hãng tàu đã nhận yêu cầu sửa đổi booking đã xác nhận; booking vẫn giữ nội dung đã xác nhận cho đến khi hãng tàu quyết định.</translation>
    </message>
    <message>
      <source>The carrier received the amendment.</source>
      <translation>Hãng tàu đã nhận yêu cầu sửa đổi.</translation>
    </message>
    <message>
      <source>The carrier received the booking request.</source>
      <translation>Hãng tàu đã nhận yêu cầu booking.</translation>
    </message>
    <message>
      <source>The carrier received the cancellation.</source>
      <translation>Hãng tàu đã nhận yêu cầu hủy.</translation>
    </message>
    <message>
      <source>The carrier rejected the booking request.</source>
      <translation>Hãng tàu đã trả lại yêu cầu booking.</translation>
    </message>
    <message>
      <source>The carrier sent a {what} that does not follow DCSA Booking 2.0: {detail}</source>
      <translation>Hãng tàu gửi {what} không đúng chuẩn DCSA Booking 2.0: {detail}</translation>
    </message>
    <message>
      <source>The carrier's booking {reference} is not this booking: it carries the reference {own}.</source>
      <translation>Booking {reference} của hãng tàu không phải booking này: booking đó mang số tham chiếu {own}.</translation>
    </message>
    <message>
      <source>The carrier: {message}</source>
      <translation>Hãng tàu: {message}</translation>
    </message>
    <message>
      <source>The certificate of carrier {carrier} ({url}) could not be verified; nothing was sent.</source>
      <translation>Không xác thực được chứng chỉ của hãng tàu {carrier} ({url}); chưa gửi gì.</translation>
    </message>
    <message>
      <source>The code table {table} cannot be read: {detail}</source>
      <translation>Không đọc được bảng mã {table}: {detail}</translation>
    </message>
    <message>
      <source>The database server {url} has no such database ({detail}).</source>
      <translation>Máy chủ cơ sở dữ liệu {url} không có cơ sở dữ liệu này ({detail}).</translation>
    </message>
    <message>
      <source>The database server {url} refused the user name or password. Check them and try again.</source>
      <translation>Máy chủ cơ sở dữ liệu {url} từ chối tên đăng nhập hoặc mật khẩu. Vui lòng kiểm tra rồi thử lại.</translation>
    </message>
    <message numerus="yes">
      <source>The declaration cannot be written for the Single Window: {count} field error(s).</source>
      <translation>
        <numerusform>Không tạo được tệp Single Window cho tờ khai: {count} lỗi ở các ô.</numerusform>
      </translation>
    </message>
    <message>
      <source>The declaration elements joined are {length} characters; at most {max} fit.</source>
      <translation>Các yếu tố khai báo ghép lại dài {length} ký tự; tối đa {max} ký tự.</translation>
    </message>
    <message>
      <source>The declaration elements of item {item} are incomplete.</source>
      <translation>Yếu tố khai báo của dòng hàng {item} chưa đầy đủ.</translation>
    </message>
    <message>
      <source>The declaration has no goods items.</source>
      <translation>Tờ khai chưa có dòng hàng nào.</translation>
    </message>
    <message>
      <source>The declaration has no items.</source>
      <translation>Tờ khai không có dòng hàng nào.</translation>
    </message>
    <message>
      <source>The declared value needs its currency.</source>
      <translation>Giá trị khai báo phải kèm loại tiền.</translation>
    </message>
    <message>
      <source>The draft {ident} cannot be submitted in status {status}.</source>
      <translation>Không thể gửi bản nháp {ident} khi đang ở trạng thái {status}.</translation>
    </message>
    <message>
      <source>The draft {ident} has not been accepted by the platform yet.</source>
      <translation>Nền tảng chưa tiếp nhận bản nháp {ident}.</translation>
    </message>
    <message>
      <source>The file or filing is too large for the platform.</source>
      <translation>Tệp hoặc hồ sơ vượt quá dung lượng nền tảng cho phép.</translation>
    </message>
    <message>
      <source>The file says it is a {kind} but has no {kind} part.</source>
      <translation>Tệp ghi là {kind} nhưng không có phần {kind}.</translation>
    </message>
    <message>
      <source>The file's format version {version} is newer than this program reads ({supported}).</source>
      <translation>Phiên bản định dạng {version} của tệp mới hơn phiên bản chương trình này đọc được ({supported}).</translation>
    </message>
    <message>
      <source>The folder name {name} contains {char}, which Windows does not allow.</source>
      <translation>Tên thư mục {name} có ký tự {char} mà Windows không cho phép.</translation>
    </message>
    <message>
      <source>The folder name {name} ends with a dot or a space, which Windows drops.</source>
      <translation>Tên thư mục {name} kết thúc bằng dấu chấm hoặc dấu cách, Windows sẽ bỏ đi.</translation>
    </message>
    <message>
      <source>The folder path has {length} characters; at most {limit} leave room for the files kept in it (Windows allows 260 characters per file).</source>
      <translation>Đường dẫn thư mục có {length} ký tự; tối đa {limit} ký tự mới đủ chỗ cho các tệp bên trong (Windows cho phép 260 ký tự mỗi tệp).</translation>
    </message>
    <message>
      <source>The goods line has no name (Chinese or English).</source>
      <translation>Dòng hàng chưa có tên hàng (tiếng Trung hoặc tiếng Anh).</translation>
    </message>
    <message>
      <source>The list position sent to the platform is not valid.</source>
      <translation>Vị trí danh sách gửi tới nền tảng không hợp lệ.</translation>
    </message>
    <message>
      <source>The local workspace cannot be opened: {detail}</source>
      <translation>Không mở được không gian làm việc cục bộ: {detail}</translation>
    </message>
    <message>
      <source>The login token is too large for the secure store ({size} bytes, at most {limit}).</source>
      <translation>Token đăng nhập quá lớn để lưu vào kho bảo mật ({size} byte, tối đa {limit}).</translation>
    </message>
    <message>
      <source>The platform already has a filing with this client sequence number.</source>
      <translation>Nền tảng đã có hồ sơ với số tham chiếu khai báo này.</translation>
    </message>
    <message>
      <source>The platform already holds a different filing under this key.</source>
      <translation>Nền tảng đã lưu một hồ sơ khác với khóa này.</translation>
    </message>
    <message>
      <source>The platform already holds the version submitted before the last edit; the edit was not filed. To file it, amend the declaration (or cancel the booking and book again).</source>
      <translation>Nền tảng đã có bản gửi trước lần sửa gần nhất; nội dung sửa chưa được khai. Muốn khai nội dung sửa, hãy gửi sửa đổi tờ khai (với booking: hủy booking rồi đặt lại).</translation>
    </message>
    <message>
      <source>The platform asks for a verification code.</source>
      <translation>Nền tảng yêu cầu mã xác thực.</translation>
    </message>
    <message>
      <source>The platform at {url} cannot be reached: {reason}</source>
      <translation>Không kết nối được nền tảng tại {url}: {reason}</translation>
    </message>
    <message>
      <source>The platform could not read the request.</source>
      <translation>Nền tảng không đọc được yêu cầu.</translation>
    </message>
    <message>
      <source>The platform did not answer in time ({seconds} s).</source>
      <translation>Nền tảng không phản hồi kịp thời ({seconds} giây).</translation>
    </message>
    <message>
      <source>The platform does not accept this kind of file.</source>
      <translation>Nền tảng không chấp nhận loại tệp này.</translation>
    </message>
    <message>
      <source>The platform does not allow this request.</source>
      <translation>Nền tảng không cho phép yêu cầu này.</translation>
    </message>
    <message>
      <source>The platform does not know this filing.</source>
      <translation>Nền tảng không có hồ sơ này.</translation>
    </message>
    <message>
      <source>The platform had an internal error; the filing will be sent again later.</source>
      <translation>Nền tảng gặp lỗi nội bộ; hồ sơ sẽ được gửi lại sau.</translation>
    </message>
    <message>
      <source>The platform is busy; try again in {retry_after} s.</source>
      <translation>Nền tảng đang bận; hãy thử lại sau {retry_after} giây.</translation>
    </message>
    <message>
      <source>The platform is temporarily unavailable; try again in {retry_after} s.</source>
      <translation>Nền tảng tạm thời không hoạt động; hãy thử lại sau {retry_after} giây.</translation>
    </message>
    <message>
      <source>The platform refused the request (HTTP {status}, {problem}).</source>
      <translation>Nền tảng từ chối yêu cầu (HTTP {status}, {problem}).</translation>
    </message>
    <message numerus="yes">
      <source>The platform rejected the filing: {count} field error(s).</source>
      <translation>
        <numerusform>Nền tảng từ chối hồ sơ: {count} lỗi theo trường.</numerusform>
      </translation>
    </message>
    <message>
      <source>The platform sent an answer that cannot be read ({reason}, HTTP {status}).</source>
      <translation>Nền tảng trả về phản hồi không đọc được ({reason}, HTTP {status}).</translation>
    </message>
    <message>
      <source>The platform's answer is larger than the allowed {limit} bytes.</source>
      <translation>Phản hồi của nền tảng vượt quá {limit} byte cho phép.</translation>
    </message>
    <message>
      <source>The process making the documents stopped before they were finished; try again.</source>
      <translation>Tiến trình tạo chứng từ bị dừng trước khi hoàn tất; vui lòng thử lại.</translation>
    </message>
    <message>
      <source>The request lacked its idempotency key.</source>
      <translation>Yêu cầu thiếu khóa chống gửi trùng.</translation>
    </message>
    <message>
      <source>The same filing is still being processed; try again shortly.</source>
      <translation>Hồ sơ này vẫn đang được xử lý; hãy thử lại sau ít phút.</translation>
    </message>
    <message>
      <source>The secure connection to {url} failed ({detail}). Check the server's certificate and the CA file in the workspace settings.</source>
      <translation>Kết nối bảo mật tới {url} thất bại ({detail}). Vui lòng kiểm tra chứng chỉ của máy chủ và tệp CA trong cài đặt không gian làm việc.</translation>
    </message>
    <message>
      <source>The secure store refused to keep the login: {detail}</source>
      <translation>Kho bảo mật không cho lưu thông tin đăng nhập: {detail}</translation>
    </message>
    <message>
      <source>The shipment names no company; choose the exporting company first.</source>
      <translation>Lô hàng chưa có doanh nghiệp; hãy chọn doanh nghiệp xuất khẩu trước.</translation>
    </message>
    <message>
      <source>The supplementary code {value} must be 2 digits (00 where the line is not split).</source>
      <translation>Mã bổ sung {value} phải gồm 2 chữ số (dòng thuế không chia nhỏ thì ghi 00).</translation>
    </message>
    <message>
      <source>The training platform cannot take connections at {url} ({detail}); another program may be using this port: choose another with --port.</source>
      <translation>Nền tảng đào tạo không nhận được kết nối tại {url} ({detail}); có thể một chương trình khác đang dùng cổng này: hãy chọn cổng khác bằng --port.</translation>
    </message>
    <message>
      <source>The value is not valid: {detail}</source>
      <translation>Giá trị không hợp lệ: {detail}</translation>
    </message>
    <message>
      <source>The verification code is wrong or has expired.</source>
      <translation>Mã xác thực sai hoặc đã hết hạn.</translation>
    </message>
    <message>
      <source>The workspace has been closed.</source>
      <translation>Không gian làm việc đã đóng.</translation>
    </message>
    <message>
      <source>The workspace is busy in another window or program; try again in a moment.</source>
      <translation>Không gian làm việc đang được cửa sổ hoặc chương trình khác sử dụng; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
      <source>There is no code table named {table}.</source>
      <translation>Không có bảng mã nào tên {table}.</translation>
    </message>
    <message>
      <source>This cannot be done in the filing's current status.</source>
      <translation>Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
      <source>Unexpected error: {detail}</source>
      <translation>Lỗi không mong muốn: {detail}</translation>
    </message>
    <message>
      <source>Unknown attachment type {value}.</source>
      <translation>Loại chứng từ đính kèm không xác định {value}.</translation>
    </message>
    <message>
      <source>Unknown bulk operation {operation}: use check, derive or submit.</source>
      <translation>Thao tác hàng loạt {operation} không hợp lệ: dùng check, derive hoặc submit.</translation>
    </message>
    <message>
      <source>Unknown document kind {kind}: use shipment, declaration or booking.</source>
      <translation>Loại chứng từ không xác định {kind}: hãy dùng shipment, declaration hoặc booking.</translation>
    </message>
    <message>
      <source>Unknown document language {lang}; choose one of: {choices}.</source>
      <translation>Ngôn ngữ chứng từ không xác định {lang}; hãy chọn một trong: {choices}.</translation>
    </message>
    <message>
      <source>Unknown document {kind}; choose one of: {choices}.</source>
      <translation>Chứng từ không xác định {kind}; hãy chọn một trong: {choices}.</translation>
    </message>
    <message>
      <source>Unknown scenario {scenario}: use one of {scenarios}.</source>
      <translation>Không có tình huống {scenario}: hãy dùng một trong {scenarios}.</translation>
    </message>
    <message>
      <source>Unknown scenario {scenario}; one of {scenarios}.</source>
      <translation>Không có kịch bản {scenario}; chọn một trong: {scenarios}.</translation>
    </message>
    <message>
      <source>Withdrawn.</source>
      <translation>Đã rút.</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
      <source>You are not logged in to the {environment} platform.</source>
      <translation>Bạn chưa đăng nhập vào {environment}.</translation>
    </message>
    <message>
      <source>You may not do this for this company.</source>
      <translation>Bạn không có quyền thực hiện thao tác này cho doanh nghiệp này.</translation>
    </message>
    <message>
      <source>You may not file for this company.</source>
      <translation>Bạn không được khai báo cho doanh nghiệp này.</translation>
    </message>
    <message>
      <source>You may not file for {company}; your companies: {companies}.</source>
      <translation>Bạn không được khai báo cho {company}; doanh nghiệp của bạn: {companies}.</translation>
    </message>
    <message>
      <source>Your session has expired; please log in again.</source>
      <translation>Phiên làm việc đã hết hạn; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
      <source>Your session is no longer valid; please log in again.</source>
      <translation>Phiên làm việc không còn hiệu lực; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
      <source>Your session was ended for safety (a login token was used twice); please log in again.</source>
      <translation>Phiên làm việc đã bị kết thúc vì lý do an toàn (token đăng nhập bị dùng hai lần); vui lòng đăng nhập lại.</translation>
    </message>
    <message>
      <source>a backslash escape is not valid.</source>
      <translation>ký tự thoát sau dấu gạch chéo ngược không hợp lệ.</translation>
    </message>
    <message>
      <source>a colon is missing here.</source>
      <translation>thiếu dấu hai chấm ở đây.</translation>
    </message>
    <message>
      <source>a comma is missing here.</source>
      <translation>thiếu dấu phẩy ở đây.</translation>
    </message>
    <message>
      <source>a field name in double quotes is expected here.</source>
      <translation>ở đây cần tên trường đặt trong dấu ngoặc kép.</translation>
    </message>
    <message>
      <source>a text value holds a line break or another control character.</source>
      <translation>một giá trị văn bản chứa dấu xuống dòng hoặc ký tự điều khiển khác.</translation>
    </message>
    <message>
      <source>a text value is not closed with a double quote.</source>
      <translation>một giá trị văn bản thiếu dấu ngoặc kép đóng.</translation>
    </message>
    <message>
      <source>a value is expected here.</source>
      <translation>ở đây cần có một giá trị.</translation>
    </message>
    <message numerus="yes">
      <source>field {field} is {length} characters long, at most {max} ({count} field(s) too long); nothing was imported.</source>
      <translation>
        <numerusform>trường {field} dài {length} ký tự, tối đa {max} ({count} trường quá dài); chưa nhập gì.</numerusform>
      </translation>
    </message>
    <message>
      <source>nothing answers at this address; check the address, or whether the platform is running</source>
      <translation>không có máy chủ nào trả lời ở địa chỉ này; hãy kiểm tra địa chỉ hoặc xem nền tảng đã chạy chưa</translation>
    </message>
    <message>
      <source>the connection was cut before the platform answered</source>
      <translation>kết nối bị ngắt trước khi nền tảng trả lời</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text.</source>
      <translation>tệp không phải văn bản UTF-8.</translation>
    </message>
    <message>
      <source>the name of this address is not known; check the address and the network</source>
      <translation>không tìm thấy tên miền của địa chỉ này; hãy kiểm tra địa chỉ và kết nối mạng</translation>
    </message>
    <message>
      <source>the network connection failed</source>
      <translation>kết nối mạng bị lỗi</translation>
    </message>
    <message>
      <source>the proxy server refused the connection or cannot be reached</source>
      <translation>máy chủ proxy từ chối kết nối hoặc không truy cập được</translation>
    </message>
    <message>
      <source>the secure connection could not be set up (certificate or encryption refused)</source>
      <translation>không thiết lập được kết nối bảo mật (chứng chỉ hoặc mã hóa bị từ chối)</translation>
    </message>
    <message>
      <source>the text is not valid JSON here.</source>
      <translation>nội dung ở đây không phải JSON hợp lệ.</translation>
    </message>
    <message>
      <source>there is more after the end of the data.</source>
      <translation>còn nội dung thừa sau phần dữ liệu.</translation>
    </message>
    <message numerus="yes">
      <source>{count} error(s) to fix first: open it to see them at their fields.</source>
      <translation>
        <numerusform>Cần sửa {count} lỗi trước: mở bản ghi để xem lỗi tại từng trường.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} row(s) have errors: fix them in the file or skip those rows.</source>
      <translation>
        <numerusform>{count} dòng có lỗi: sửa trong tệp hoặc bỏ qua các dòng đó.</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} seats: a class has between 1 and 200.</source>
      <translation>{count} chỗ: một lớp có từ 1 đến 200 chỗ học viên.</translation>
    </message>
    <message>
      <source>{doc} cannot be made without a shipment or a rail-sea booking.</source>
      <translation>{doc}: không lập được khi chưa có lô hàng hoặc booking vận tải đường sắt – đường biển.</translation>
    </message>
    <message>
      <source>{doc} cannot be made: it is made from a shipment with its company, and this file has no shipment.</source>
      <translation>{doc}: không lập được vì chứng từ này được lập từ lô hàng và doanh nghiệp của lô hàng, mà tệp này không có lô hàng.</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</source>
      <translation>{field}: {value} có {length} chữ số; mã số hàng hóa phải đủ 10 chữ số — 8 chữ số dòng thuế và 2 chữ số bổ sung (thường là 00). Dùng chức năng tra cứu mã HS để điền đủ.</translation>
    </message>
    <message>
      <source>{file}: a lesson file is limited to {limit} bytes.</source>
      <translation>{file}: tệp bài học không được vượt quá {limit} byte.</translation>
    </message>
    <message>
      <source>{file}: a number is {length} characters long (at most {limit}).</source>
      <translation>{file}: có một số dài {length} ký tự (tối đa {limit}).</translation>
    </message>
    <message>
      <source>{file}: belongs to company {company}, which this account does not file for.</source>
      <translation>{file}: thuộc doanh nghiệp {company}, tài khoản này không khai cho doanh nghiệp đó.</translation>
    </message>
    <message>
      <source>{file}: cannot be read: {detail}</source>
      <translation>{file}: không đọc được: {detail}</translation>
    </message>
    <message>
      <source>{file}: cannot be written: {detail}</source>
      <translation>{file}: không ghi được: {detail}</translation>
    </message>
    <message>
      <source>{file}: field {field} contains a control character (U+{codepoint}).</source>
      <translation>{file}: trường {field} chứa ký tự điều khiển (U+{codepoint}).</translation>
    </message>
    <message>
      <source>{file}: field {field} is {length} characters long (at most {limit}).</source>
      <translation>{file}: trường {field} dài {length} ký tự (tối đa {limit}).</translation>
    </message>
    <message>
      <source>{file}: field {field}: {reason}</source>
      <translation>{file}: trường {field}: {reason}</translation>
    </message>
    <message>
      <source>{file}: holds a {kind}, not a shipment; only a shipment can be derived from.</source>
      <translation>{file}: chứa {kind}, không phải lô hàng; chỉ có thể lập tờ khai, booking từ lô hàng.</translation>
    </message>
    <message>
      <source>{file}: named as a response, but holds {detail}.</source>
      <translation>{file}: tên tệp là phản hồi nhưng nội dung là {detail}.</translation>
    </message>
    <message>
      <source>{file}: neither a response nor a customs receipt ({detail}).</source>
      <translation>{file}: không phải phản hồi nhập cũng không phải phản hồi hải quan ({detail}).</translation>
    </message>
    <message>
      <source>{file}: no header row with known columns was found (for example 商品名称, Qty, Đơn giá); download a template to see the columns.</source>
      <translation>{file}: không tìm thấy dòng tiêu đề có cột nhận biết được (ví dụ 商品名称, Qty, Đơn giá); hãy tải mẫu để xem các cột.</translation>
    </message>
    <message>
      <source>{file}: no such file.</source>
      <translation>{file}: không có tệp này.</translation>
    </message>
    <message>
      <source>{file}: not a Corridor Desk exchange file (format {detail}).</source>
      <translation>{file}: không phải tệp trao đổi của Corridor Desk (định dạng {detail}).</translation>
    </message>
    <message>
      <source>{file}: not a DecMessage (the file starts with {detail}).</source>
      <translation>{file}: không phải tệp DecMessage (phần tử gốc là {detail}).</translation>
    </message>
    <message>
      <source>{file}: not a lesson file ({detail}).</source>
      <translation>{file}: không phải tệp bài học ({detail}).</translation>
    </message>
    <message>
      <source>{file}: not an Excel workbook (.xlsx) or a CSV file.</source>
      <translation>{file}: không phải tệp Excel (.xlsx) hoặc tệp CSV.</translation>
    </message>
    <message>
      <source>{file}: not readable XML ({detail}).</source>
      <translation>{file}: tệp XML không đọc được ({detail}).</translation>
    </message>
    <message>
      <source>{file}: not valid JSON (line {line}, column {column}): {reason}</source>
      <translation>{file}: JSON không hợp lệ (dòng {line}, cột {column}): {reason}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} has more than {limit} columns.</source>
      <translation>{file}: trang tính {sheet} có hơn {limit} cột.</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} has more than {limit} rows; split it into smaller files.</source>
      <translation>{file}: trang tính {sheet} có hơn {limit} dòng; hãy tách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
      <source>{file}: the data is nested more than {limit} levels deep; this is not an exchange file.</source>
      <translation>{file}: dữ liệu lồng nhau quá {limit} cấp; đây không phải tệp trao đổi dữ liệu.</translation>
    </message>
    <message>
      <source>{file}: the document cannot be written: {detail}</source>
      <translation>{file}: không ghi được chứng từ: {detail}</translation>
    </message>
    <message>
      <source>{file}: the file declares a DTD or entities, which a message never needs.</source>
      <translation>{file}: tệp khai báo DTD hoặc thực thể, điều mà tệp khai báo không bao giờ cần.</translation>
    </message>
    <message>
      <source>{file}: the file is larger than {limit_mb} MB; it was not read.</source>
      <translation>{file}: tệp lớn hơn {limit_mb} MB; chưa được đọc.</translation>
    </message>
    <message>
      <source>{file}: the file is {size} bytes, more than the {limit} a message may have.</source>
      <translation>{file}: tệp nặng {size} byte, vượt giới hạn {limit} byte.</translation>
    </message>
    <message>
      <source>{file}: the file must hold a JSON object.</source>
      <translation>{file}: tệp phải chứa một đối tượng JSON.</translation>
    </message>
    <message>
      <source>{file}: the receipt lacks its unified number or its receipt code.</source>
      <translation>{file}: phản hồi thiếu số thống nhất hoặc mã phản hồi.</translation>
    </message>
    <message>
      <source>{file}: the response names another client sequence number ({detail}).</source>
      <translation>{file}: phản hồi ghi số thứ tự phía máy khách khác ({detail}).</translation>
    </message>
    <message>
      <source>{file}: the sheet has a header row but no goods lines under it.</source>
      <translation>{file}: trang tính có dòng tiêu đề nhưng không có dòng hàng nào bên dưới.</translation>
    </message>
    <message>
      <source>{file}: the text is neither UTF-8 nor GB18030; save the CSV as UTF-8.</source>
      <translation>{file}: văn bản không phải UTF-8 hay GB18030; hãy lưu tệp CSV dạng UTF-8.</translation>
    </message>
    <message>
      <source>{file}: the workbook declares XML entities or a DTD, which Excel never writes; it is refused as unsafe.</source>
      <translation>{file}: tệp khai báo thực thể XML hoặc DTD, điều Excel không bao giờ tạo ra; tệp bị từ chối vì không an toàn.</translation>
    </message>
    <message>
      <source>{file}: the workbook is damaged and cannot be read ({detail}).</source>
      <translation>{file}: tệp bị hỏng, không đọc được ({detail}).</translation>
    </message>
    <message>
      <source>{file}: the workbook would unpack to {size} MB; it is refused as unsafe.</source>
      <translation>{file}: tệp giải nén ra tới {size} MB; bị từ chối vì không an toàn.</translation>
    </message>
    <message>
      <source>{file}: the zip must hold exactly one message, it holds {detail}.</source>
      <translation>{file}: tệp zip phải chứa đúng một tệp khai báo, đang chứa {detail}.</translation>
    </message>
    <message>
      <source>{file}: {size} MB is more than the {limit} MB a spreadsheet may have.</source>
      <translation>{file}: {size} MB vượt quá giới hạn {limit} MB của một bảng tính.</translation>
    </message>
    <message>
      <source>{file}: {value} is not a number JSON allows.</source>
      <translation>{file}: {value} không phải là số mà JSON cho phép.</translation>
    </message>
    <message>
      <source>{kind} field {field} is kept by the program and cannot be set directly.</source>
      <translation>Trường {field} của {kind} do chương trình quản lý, không thể đặt trực tiếp.</translation>
    </message>
    <message>
      <source>{kind} has no field {field}.</source>
      <translation>{kind} không có trường {field}.</translation>
    </message>
    <message>
      <source>{kind} {id} belongs to company {actual}, not {expected}.</source>
      <translation>{kind} {id} thuộc doanh nghiệp {actual}, không phải {expected}.</translation>
    </message>
    <message>
      <source>{kind} {id} has no revision {revision}.</source>
      <translation>{kind} {id} không có phiên bản {revision}.</translation>
    </message>
    <message>
      <source>{kind} {id} is {status} and can no longer be edited.</source>
      <translation>{kind} {id} đang ở trạng thái {status}, không thể sửa nữa.</translation>
    </message>
    <message>
      <source>{kind} {id} was changed elsewhere (now at revision {actual}, you edited revision {expected}); reload it and apply your change again.</source>
      <translation>{kind} {id} đã bị thay đổi ở nơi khác (hiện là phiên bản {actual}, bạn sửa phiên bản {expected}); hãy tải lại và sửa lại.</translation>
    </message>
    <message>
      <source>{kind} {id} was changed elsewhere since you opened it; reload it and apply your change again.</source>
      <translation>{kind} {id} đã bị thay đổi ở nơi khác sau khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
      <source>{label} has a value that cannot be read.</source>
      <translation>Không đọc được giá trị của “{label}”.</translation>
    </message>
    <message>
      <source>{label} is missing.</source>
      <translation>Thiếu “{label}”.</translation>
    </message>
    <message>
      <source>{label} is not a field of this document.</source>
      <translation>“{label}” không phải là trường của chứng từ này.</translation>
    </message>
    <message>
      <source>{label} is too long.</source>
      <translation>“{label}” quá dài.</translation>
    </message>
    <message>
      <source>{label} must be a date and time written YYYY-MM-DDTHH:MM.</source>
      <translation>“{label}” phải là ngày giờ, viết theo dạng YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
      <source>{label} must be a date written YYYY-MM-DD.</source>
      <translation>“{label}” phải là ngày, viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>{label} must be a group of fields (a JSON object).</source>
      <translation>“{label}” phải là một nhóm trường (đối tượng JSON).</translation>
    </message>
    <message>
      <source>{label} must be a list.</source>
      <translation>“{label}” phải là một danh sách.</translation>
    </message>
    <message>
      <source>{label} must be a number (for example 1200 or 18.50).</source>
      <translation>“{label}” phải là số (ví dụ 1200 hoặc 18.50).</translation>
    </message>
    <message>
      <source>{label} must be a whole number.</source>
      <translation>“{label}” phải là số nguyên.</translation>
    </message>
    <message>
      <source>{label} must be one of: {allowed}.</source>
      <translation>“{label}” phải là một trong các giá trị: {allowed}.</translation>
    </message>
    <message>
      <source>{label} must be text.</source>
      <translation>“{label}” phải là văn bản.</translation>
    </message>
    <message>
      <source>{label} must be true or false.</source>
      <translation>“{label}” phải là true hoặc false.</translation>
    </message>
    <message>
      <source>{name} is a device name on Windows (CON, NUL, COM1 …), not a folder.</source>
      <translation>{name} là tên thiết bị của Windows (CON, NUL, COM1 …), không dùng làm thư mục được.</translation>
    </message>
    <message>
      <source>{name} is a folder inside the ImpPath; choose the ImpPath itself: {parent}</source>
      <translation>{name} là thư mục con bên trong ImpPath; hãy chọn chính thư mục ImpPath: {parent}</translation>
    </message>
    <message>
      <source>{path}: a network folder needs its share as well, as in \\server\share\ImpPath.</source>
      <translation>{path}: thư mục mạng phải có cả tên thư mục chia sẻ, ví dụ \\server\share\ImpPath.</translation>
    </message>
    <message>
      <source>{path}: give the whole folder with its drive (D:\ImpPath) or network share (\\server\share\ImpPath).</source>
      <translation>{path}: hãy nhập đầy đủ đường dẫn, có ổ đĩa (D:\ImpPath) hoặc thư mục mạng (\\server\share\ImpPath).</translation>
    </message>
    <message>
      <source>{path}: not a Corridor Desk workspace or damaged: {detail}</source>
      <translation>{path}: không phải không gian làm việc Corridor Desk hoặc đã bị hỏng: {detail}</translation>
    </message>
    <message>
      <source>{path}: this workspace was written by a newer version of Corridor Desk (database version {found}, this version understands up to {supported}). Update Corridor Desk to open it.</source>
      <translation>{path}: không gian làm việc này được ghi bởi phiên bản Corridor Desk mới hơn (cơ sở dữ liệu phiên bản {found}, phiên bản này chỉ hỗ trợ đến {supported}). Hãy cập nhật Corridor Desk để mở.</translation>
    </message>
    <message>
      <source>{path}: upgrading the workspace to database version {version} failed ({detail}); nothing was changed.</source>
      <translation>{path}: nâng cấp không gian làm việc lên cơ sở dữ liệu phiên bản {version} thất bại ({detail}); không có gì bị thay đổi.</translation>
    </message>
    <message>
      <source>{section}/{tag} has the wrong format.</source>
      <translation>{section}/{tag} sai định dạng.</translation>
    </message>
    <message>
      <source>{section}/{tag} is needed on an export declaration.</source>
      <translation>Tờ khai xuất khẩu phải có {section}/{tag}.</translation>
    </message>
    <message>
      <source>{section}/{tag} may have at most {max_length} characters.</source>
      <translation>{section}/{tag} tối đa {max_length} ký tự.</translation>
    </message>
    <message>
      <source>{section}/{tag} must have exactly {max_length} characters.</source>
      <translation>{section}/{tag} phải có đúng {max_length} ký tự.</translation>
    </message>
    <message>
      <source>{section}/{tag}: {value} is not in the code table.</source>
      <translation>{section}/{tag}: {value} không có trong bảng mã.</translation>
    </message>
    <message>
      <source>{url} does not answer as a DCSA Booking 2.0 API; check the base URL (the part before /v2).</source>
      <translation>{url} không phản hồi như API DCSA Booking 2.0; hãy kiểm tra lại địa chỉ API (phần trước /v2).</translation>
    </message>
    <message>
      <source>{url} is not an https:// address (plain http:// only to this computer).</source>
      <translation>{url} không phải địa chỉ https:// (http:// chỉ dùng cho máy này).</translation>
    </message>
    <message>
      <source>{user} is a broker; only a supervisor of this workspace can change roles.</source>
      <translation>{user} là nhân viên khai báo; chỉ quản lý của không gian làm việc này mới được đổi vai trò.</translation>
    </message>
    <message>
      <source>{user} is the last supervisor of this workspace; make someone else supervisor first.</source>
      <translation>{user} là quản lý cuối cùng của không gian làm việc này; hãy chỉ định người khác làm quản lý trước.</translation>
    </message>
    <message>
      <source>{value} differs from {other} on sheet {sheet} for the same goods line.</source>
      <translation>{value} khác với {other} ở trang tính {sheet} cho cùng dòng hàng.</translation>
    </message>
    <message>
      <source>{value} is not a commodity code (10 digits, dots and spaces allowed).</source>
      <translation>{value} không phải mã số hàng hóa (10 chữ số, được có dấu chấm và khoảng trắng).</translation>
    </message>
    <message>
      <source>{value} is not a country code or country name.</source>
      <translation>{value} không phải mã nước hay tên nước.</translation>
    </message>
    <message>
      <source>{value} is not a currency code (for example USD, CNY).</source>
      <translation>{value} không phải mã loại tiền (ví dụ USD, CNY).</translation>
    </message>
    <message>
      <source>{value} is not a customs unit of measure (for example PCS, KGS, 个, 千克).</source>
      <translation>{value} không phải đơn vị tính hải quan (ví dụ PCS, KGS, 个, 千克).</translation>
    </message>
    <message>
      <source>{value} is not a date.</source>
      <translation>{value} không phải ngày tháng.</translation>
    </message>
    <message>
      <source>{value} is not a number.</source>
      <translation>{value} không phải là số.</translation>
    </message>
    <message>
      <source>{value} is not a package type.</source>
      <translation>{value} không phải loại bao bì.</translation>
    </message>
    <message>
      <source>{value} is not a time to move the clock by: write 90, 30m, 2h or 1d.</source>
      <translation>{value} không phải khoảng thời gian để tua đồng hồ: hãy viết 90, 30m, 2h hoặc 1d.</translation>
    </message>
    <message>
      <source>{value} is not a whole number.</source>
      <translation>{value} không phải số nguyên.</translation>
    </message>
    <message>
      <source>{value} is not an Incoterm (for example FOB, CIF).</source>
      <translation>{value} không phải điều kiện Incoterms (ví dụ FOB, CIF).</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>1, 2 or 3 (I, II, III); empty where the UN entry has none.</source>
      <translation>1, 2 hoặc 3 (I, II, III); để trống nếu số UN không có nhóm bao gói.</translation>
    </message>
    <message>
      <source>10-character customs registration code; its 6th character is the economic type.</source>
      <translation>Mã đăng ký hải quan 10 ký tự; ký tự thứ 6 là loại hình kinh tế.</translation>
    </message>
    <message>
      <source>10-digit Chinese commodity code; the first 6 digits are the HS 2022 subheading.</source>
      <translation>Mã số hàng hóa 10 chữ số của Trung Quốc; 6 chữ số đầu là phân nhóm HS 2022.</translation>
    </message>
    <message>
      <source>18-character unified social credit code (GB 32100-2015).</source>
      <translation>Mã số tín dụng xã hội thống nhất 18 ký tự (GB 32100-2015).</translation>
    </message>
    <message>
      <source>3-digit inspection and quarantine code under the commodity code, for goods under inspection.</source>
      <translation>Mã kiểm dịch 3 chữ số dưới mã số hàng hóa, cho hàng phải kiểm tra.</translation>
    </message>
    <message>
      <source>5-digit code of the domestic place the goods come from.</source>
      <translation>Mã 5 chữ số của nơi xuất xứ hàng hóa trong nước.</translation>
    </message>
    <message>
      <source>A reefer container used for dry cargo, machinery off.</source>
      <translation>Container lạnh dùng chở hàng khô, không chạy máy lạnh.</translation>
    </message>
    <message>
      <source>AEO code</source>
      <translation>Mã AEO</translation>
    </message>
    <message>
      <source>Ad-valorem cover</source>
      <translation>Khai giá trị hàng (ad valorem)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Air exchange (m³/h)</source>
      <translation>Lưu lượng thông gió (m³/h)</translation>
    </message>
    <message>
      <source>Attached documents</source>
      <translation>Chứng từ kèm theo</translation>
    </message>
    <message>
      <source>Attachment number</source>
      <translation>Số chứng từ đính kèm</translation>
    </message>
    <message>
      <source>Attachment type</source>
      <translation>Loại chứng từ</translation>
    </message>
    <message>
      <source>Bill of lading / waybill</source>
      <translation>Số vận đơn</translation>
    </message>
    <message>
      <source>Bill of lading or through (multimodal) document number, known once the booking is confirmed.</source>
      <translation>Số vận đơn hoặc chứng từ vận tải đa phương thức, có sau khi booking được xác nhận.</translation>
    </message>
    <message>
      <source>Booking ID</source>
      <translation>Mã booking</translation>
    </message>
    <message>
      <source>Booking number</source>
      <translation>Số booking</translation>
    </message>
    <message>
      <source>Booking request reference</source>
      <translation>Số yêu cầu booking</translation>
    </message>
    <message>
      <source>Brand</source>
      <translation>Nhãn hiệu</translation>
    </message>
    <message>
      <source>CO₂ set point (%)</source>
      <translation>Điểm đặt CO₂ (%)</translation>
    </message>
    <message>
      <source>Cargo movement at destination</source>
      <translation>Hình thức hàng tại nơi đến</translation>
    </message>
    <message>
      <source>Cargo movement at origin</source>
      <translation>Hình thức hàng tại nơi đi</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Loại chứng thư</translation>
    </message>
    <message>
      <source>Certificate issuing office</source>
      <translation>Cơ quan cấp chứng thư</translation>
    </message>
    <message>
      <source>Certificates requested</source>
      <translation>Chứng thư đề nghị cấp</translation>
    </message>
    <message>
      <source>Certificates the inspection office is asked to issue for goods under inspection (e.g. phytosanitary).</source>
      <translation>Chứng thư đề nghị cơ quan kiểm dịch cấp cho hàng thuộc diện kiểm tra (ví dụ giấy chứng nhận kiểm dịch thực vật).</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Thành phố</translation>
    </message>
    <message>
      <source>Client sequence number</source>
      <translation>Số tham chiếu khai báo của doanh nghiệp</translation>
    </message>
    <message>
      <source>Cold treatment required</source>
      <translation>Yêu cầu xử lý lạnh</translation>
    </message>
    <message>
      <source>Commodities</source>
      <translation>Hàng hóa</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Hàng hóa</translation>
    </message>
    <message>
      <source>Commodity code</source>
      <translation>Mã số hàng hóa</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Doanh nghiệp</translation>
    </message>
    <message>
      <source>Company ID</source>
      <translation>Mã doanh nghiệp</translation>
    </message>
    <message>
      <source>Company name (Chinese)</source>
      <translation>Tên doanh nghiệp (tiếng Trung)</translation>
    </message>
    <message>
      <source>Company name (English)</source>
      <translation>Tên doanh nghiệp (tiếng Anh)</translation>
    </message>
    <message>
      <source>Company role</source>
      <translation>Vai trò doanh nghiệp</translation>
    </message>
    <message>
      <source>Competent authority approval</source>
      <translation>Số phê duyệt của cơ quan có thẩm quyền</translation>
    </message>
    <message>
      <source>Confirmed statements</source>
      <translation>Nội dung xác nhận</translation>
    </message>
    <message>
      <source>Consignee</source>
      <translation>Người nhận hàng</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Người liên hệ</translation>
    </message>
    <message>
      <source>Container number</source>
      <translation>Số container</translation>
    </message>
    <message>
      <source>Container numbers</source>
      <translation>Số container</translation>
    </message>
    <message>
      <source>Container size</source>
      <translation>Cỡ container</translation>
    </message>
    <message>
      <source>Containers</source>
      <translation>Container</translation>
    </message>
    <message>
      <source>Contract number</source>
      <translation>Số hợp đồng</translation>
    </message>
    <message>
      <source>Controlled atmosphere required</source>
      <translation>Yêu cầu kiểm soát khí quyển (CA)</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Số bản sao</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Quốc gia</translation>
    </message>
    <message>
      <source>Country of arrival</source>
      <translation>Nước đến</translation>
    </message>
    <message>
      <source>Country of origin</source>
      <translation>Nước xuất xứ</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Loại tiền</translation>
    </message>
    <message>
      <source>Customs declaration number</source>
      <translation>Số tờ khai hải quan</translation>
    </message>
    <message>
      <source>Customs enterprise code</source>
      <translation>Mã doanh nghiệp hải quan</translation>
    </message>
    <message>
      <source>Customs of exit</source>
      <translation>Hải quan cửa khẩu xuất</translation>
    </message>
    <message>
      <source>Customs office of exit</source>
      <translation>Hải quan cửa khẩu xuất</translation>
    </message>
    <message>
      <source>Customs office where this company usually declares.</source>
      <translation>Cơ quan hải quan nơi doanh nghiệp thường khai báo.</translation>
    </message>
    <message>
      <source>Cut-off</source>
      <translation>Loại thời hạn cắt máng</translation>
    </message>
    <message>
      <source>Cut-off time</source>
      <translation>Thời hạn cắt máng</translation>
    </message>
    <message>
      <source>Cut-offs</source>
      <translation>Các thời hạn cắt máng</translation>
    </message>
    <message>
      <source>Dangerous goods</source>
      <translation>Hàng nguy hiểm</translation>
    </message>
    <message>
      <source>Dangerous goods details</source>
      <translation>Chi tiết hàng nguy hiểm</translation>
    </message>
    <message>
      <source>Dangerous goods gross weight (kg)</source>
      <translation>Trọng lượng cả bì hàng nguy hiểm (kg)</translation>
    </message>
    <message>
      <source>Dangerous goods name</source>
      <translation>Tên hàng nguy hiểm</translation>
    </message>
    <message>
      <source>Dangerous goods net weight (kg)</source>
      <translation>Trọng lượng tịnh hàng nguy hiểm (kg)</translation>
    </message>
    <message>
      <source>Dangerous goods packaging</source>
      <translation>Quy cách bao bì hàng nguy hiểm</translation>
    </message>
    <message>
      <source>Dangerous goods packing group</source>
      <translation>Nhóm đóng gói hàng nguy hiểm</translation>
    </message>
    <message>
      <source>Dangerous goods: the 4-digit UN number.</source>
      <translation>Hàng nguy hiểm: số UN gồm 4 chữ số.</translation>
    </message>
    <message>
      <source>Dangerous goods: the IMDG class.</source>
      <translation>Hàng nguy hiểm: nhóm theo Bộ luật IMDG.</translation>
    </message>
    <message>
      <source>Declaration ID</source>
      <translation>Mã tờ khai</translation>
    </message>
    <message>
      <source>Declaration date</source>
      <translation>Ngày khai báo</translation>
    </message>
    <message>
      <source>Declaration elements</source>
      <translation>Yếu tố khai báo</translation>
    </message>
    <message>
      <source>Declaration type flags</source>
      <translation>Loại chứng từ khai</translation>
    </message>
    <message>
      <source>Declare the cargo value to the carrier for ad-valorem liability (a higher freight); off by default.</source>
      <translation>Khai giá trị hàng với hãng tàu để được bồi thường theo giá trị (cước cao hơn); mặc định không khai.</translation>
    </message>
    <message>
      <source>Declared quantity</source>
      <translation>Số lượng khai báo</translation>
    </message>
    <message>
      <source>Declared unit</source>
      <translation>Đơn vị tính khai báo</translation>
    </message>
    <message>
      <source>Declared value</source>
      <translation>Trị giá khai báo</translation>
    </message>
    <message>
      <source>Declared value currency</source>
      <translation>Loại tiền trị giá khai báo</translation>
    </message>
    <message>
      <source>Declaring agent</source>
      <translation>Đại lý khai hải quan</translation>
    </message>
    <message>
      <source>Declaring agent USCC</source>
      <translation>Mã số tín dụng xã hội thống nhất của đại lý khai hải quan</translation>
    </message>
    <message>
      <source>Declaring agent customs code</source>
      <translation>Mã hải quan của đại lý khai hải quan</translation>
    </message>
    <message>
      <source>Declaring agent inspection code</source>
      <translation>Mã kiểm dịch của đại lý khai hải quan</translation>
    </message>
    <message>
      <source>Declaring customs</source>
      <translation>Hải quan nơi khai báo</translation>
    </message>
    <message>
      <source>Default customs office</source>
      <translation>Hải quan mặc định</translation>
    </message>
    <message>
      <source>Default unit price</source>
      <translation>Đơn giá mặc định</translation>
    </message>
    <message>
      <source>Delivery type</source>
      <translation>Hình thức giao hàng</translation>
    </message>
    <message>
      <source>Departure date</source>
      <translation>Ngày khởi hành</translation>
    </message>
    <message>
      <source>Document code</source>
      <translation>Mã chứng từ</translation>
    </message>
    <message>
      <source>Document kind</source>
      <translation>Loại chứng từ</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Số chứng từ</translation>
    </message>
    <message>
      <source>Document parties</source>
      <translation>Các bên liên quan trên chứng từ</translation>
    </message>
    <message>
      <source>Domestic shipper</source>
      <translation>Người xuất khẩu</translation>
    </message>
    <message>
      <source>Domestic shipper (English)</source>
      <translation>Người xuất khẩu (tên tiếng Anh)</translation>
    </message>
    <message>
      <source>Domestic shipper USCC</source>
      <translation>Mã số tín dụng xã hội thống nhất của người xuất khẩu</translation>
    </message>
    <message>
      <source>Domestic shipper customs code</source>
      <translation>Mã hải quan của người xuất khẩu</translation>
    </message>
    <message>
      <source>Domestic shipper inspection code</source>
      <translation>Mã kiểm dịch của người xuất khẩu</translation>
    </message>
    <message>
      <source>Domestic source of goods</source>
      <translation>Nguồn hàng trong nước</translation>
    </message>
    <message>
      <source>Drain holes open</source>
      <translation>Mở lỗ thoát nước</translation>
    </message>
    <message>
      <source>Duty mode</source>
      <translation>Miễn / nộp thuế</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Edited fields</source>
      <translation>Trường đã sửa</translation>
    </message>
    <message>
      <source>EmS number</source>
      <translation>Số EmS</translation>
    </message>
    <message>
      <source>Emergency contact</source>
      <translation>Người liên hệ khẩn cấp</translation>
    </message>
    <message>
      <source>Emergency phone</source>
      <translation>Điện thoại khẩn cấp</translation>
    </message>
    <message>
      <source>Emergency response provider</source>
      <translation>Đơn vị ứng cứu khẩn cấp</translation>
    </message>
    <message>
      <source>Emergency response reference</source>
      <translation>Số tham chiếu ứng cứu khẩn cấp</translation>
    </message>
    <message>
      <source>Emergency schedule, e.g. F-E, S-E.</source>
      <translation>Phương án ứng phó khẩn cấp, ví dụ F-E, S-E.</translation>
    </message>
    <message>
      <source>Empty uncleaned (residue)</source>
      <translation>Bao bì rỗng chưa làm sạch (còn cặn)</translation>
    </message>
    <message>
      <source>Entry type</source>
      <translation>Loại tờ khai</translation>
    </message>
    <message>
      <source>Equipment size-type</source>
      <translation>Cỡ và loại container</translation>
    </message>
    <message>
      <source>Equipment substitution allowed</source>
      <translation>Cho phép thay thế container</translation>
    </message>
    <message>
      <source>Error code</source>
      <translation>Mã lỗi</translation>
    </message>
    <message>
      <source>Excepted quantity</source>
      <translation>Số lượng miễn trừ</translation>
    </message>
    <message>
      <source>Export date</source>
      <translation>Ngày xuất khẩu</translation>
    </message>
    <message>
      <source>Export declaration</source>
      <translation>Tờ khai hải quan xuất khẩu</translation>
    </message>
    <message>
      <source>Export declaration reference</source>
      <translation>Số tham chiếu tờ khai xuất khẩu</translation>
    </message>
    <message>
      <source>Export declaration required</source>
      <translation>Cần khai báo xuất khẩu</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Trường</translation>
    </message>
    <message>
      <source>Field errors</source>
      <translation>Lỗi theo trường</translation>
    </message>
    <message>
      <source>Fields set directly on this declaration; refreshing from the shipment keeps them.</source>
      <translation>Các trường được sửa trực tiếp trên tờ khai này; khi cập nhật từ lô hàng sẽ được giữ nguyên.</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Tên tệp</translation>
    </message>
    <message>
      <source>Final destination country</source>
      <translation>Nước đến cuối cùng</translation>
    </message>
    <message>
      <source>First legal quantity</source>
      <translation>Số lượng pháp định thứ nhất</translation>
    </message>
    <message>
      <source>First legal unit</source>
      <translation>Đơn vị pháp định thứ nhất</translation>
    </message>
    <message>
      <source>Flash point (°C)</source>
      <translation>Điểm chớp cháy (°C)</translation>
    </message>
    <message>
      <source>For goods under inspection: the 6-digit inspection office that accepts the declaration.</source>
      <translation>Hàng phải kiểm tra: mã 6 chữ số của cơ quan kiểm dịch tiếp nhận tờ khai.</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Định dạng</translation>
    </message>
    <message>
      <source>Format version</source>
      <translation>Phiên bản định dạng</translation>
    </message>
    <message>
      <source>Freight</source>
      <translation>Cước phí</translation>
    </message>
    <message>
      <source>Freight currency</source>
      <translation>Loại tiền cước</translation>
    </message>
    <message>
      <source>Freight mark</source>
      <translation>Mã loại cước phí</translation>
    </message>
    <message>
      <source>Freight payment</source>
      <translation>Thanh toán cước</translation>
    </message>
    <message>
      <source>Generator set required</source>
      <translation>Yêu cầu máy phát điện (genset)</translation>
    </message>
    <message>
      <source>Goods attribute codes, separated by commas.</source>
      <translation>Mã thuộc tính hàng hóa, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
      <source>Goods attributes</source>
      <translation>Thuộc tính hàng hóa</translation>
    </message>
    <message>
      <source>Goods lines</source>
      <translation>Dòng hàng</translation>
    </message>
    <message>
      <source>Goods name</source>
      <translation>Tên hàng</translation>
    </message>
    <message>
      <source>Goods name (Chinese)</source>
      <translation>Tên hàng (tiếng Trung)</translation>
    </message>
    <message>
      <source>Goods name (English)</source>
      <translation>Tên hàng (tiếng Anh)</translation>
    </message>
    <message>
      <source>Gross weight (kg)</source>
      <translation>Trọng lượng cả bì (kg)</translation>
    </message>
    <message>
      <source>Gross weight of the dangerous goods with their packaging; the line's gross weight when empty.</source>
      <translation>Trọng lượng cả bì của hàng nguy hiểm kèm bao bì; để trống thì lấy trọng lượng cả bì của dòng hàng.</translation>
    </message>
    <message>
      <source>HS code</source>
      <translation>Mã HS</translation>
    </message>
    <message>
      <source>How the amount is given: 1 a rate (%), 2 an amount per unit, 3 the total amount.</source>
      <translation>Cách khai số tiền: 1 tỷ lệ (%), 2 đơn giá, 3 tổng số tiền.</translation>
    </message>
    <message>
      <source>How the cargo is loaded into the container.</source>
      <translation>Cách hàng được đóng vào container.</translation>
    </message>
    <message>
      <source>How the cargo is unloaded out of the container.</source>
      <translation>Cách hàng được rút ra khỏi container.</translation>
    </message>
    <message>
      <source>Humidity (%)</source>
      <translation>Độ ẩm (%)</translation>
    </message>
    <message>
      <source>IMO hazard class</source>
      <translation>Loại nguy hiểm IMO</translation>
    </message>
    <message>
      <source>ISO 6346: owner code, category, 6 digits and the check digit, e.g. CSQU3054383.</source>
      <translation>ISO 6346: mã chủ sở hữu, loại thiết bị, 6 chữ số và chữ số kiểm tra, ví dụ CSQU3054383.</translation>
    </message>
    <message>
      <source>Incoterm</source>
      <translation>Điều kiện giao hàng (Incoterms)</translation>
    </message>
    <message>
      <source>Inspection code</source>
      <translation>Mã kiểm dịch</translation>
    </message>
    <message>
      <source>Inspection e-record number</source>
      <translation>Số hồ sơ kiểm dịch điện tử</translation>
    </message>
    <message>
      <source>Inspection name</source>
      <translation>Tên kiểm dịch</translation>
    </message>
    <message>
      <source>Inspection office (accepting)</source>
      <translation>Cơ quan kiểm dịch tiếp nhận</translation>
    </message>
    <message>
      <source>Inspection office (destination)</source>
      <translation>Cơ quan kiểm dịch nơi đến</translation>
    </message>
    <message>
      <source>Inspection office (port)</source>
      <translation>Cơ quan kiểm dịch cửa khẩu</translation>
    </message>
    <message>
      <source>Inspection registration code</source>
      <translation>Mã đăng ký kiểm dịch</translation>
    </message>
    <message>
      <source>Insurance</source>
      <translation>Phí bảo hiểm</translation>
    </message>
    <message>
      <source>Insurance currency</source>
      <translation>Loại tiền phí bảo hiểm</translation>
    </message>
    <message>
      <source>Insurance mark</source>
      <translation>Mã loại phí bảo hiểm</translation>
    </message>
    <message>
      <source>Invoice date</source>
      <translation>Ngày hóa đơn</translation>
    </message>
    <message>
      <source>Invoice number</source>
      <translation>Số hóa đơn</translation>
    </message>
    <message>
      <source>Item no.</source>
      <translation>STT</translation>
    </message>
    <message>
      <source>Item numbers</source>
      <translation>STT dòng hàng</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Dòng hàng</translation>
    </message>
    <message>
      <source>LCL</source>
      <translation>Hàng lẻ (LCL)</translation>
    </message>
    <message>
      <source>Less than container load (shared container).</source>
      <translation>Hàng lẻ ghép container (dùng chung container).</translation>
    </message>
    <message>
      <source>Levy nature</source>
      <translation>Tính chất miễn/nộp thuế</translation>
    </message>
    <message>
      <source>Licence number</source>
      <translation>Số giấy phép</translation>
    </message>
    <message>
      <source>Licences and certificates</source>
      <translation>Giấy phép và chứng thư kèm theo</translation>
    </message>
    <message>
      <source>Limited quantity</source>
      <translation>Số lượng hạn chế</translation>
    </message>
    <message>
      <source>Local name</source>
      <translation>Tên bằng tiếng địa phương</translation>
    </message>
    <message>
      <source>Location type</source>
      <translation>Loại địa điểm</translation>
    </message>
    <message>
      <source>Marine pollutant</source>
      <translation>Chất gây ô nhiễm biển</translation>
    </message>
    <message>
      <source>Marks and numbers</source>
      <translation>Ký mã hiệu</translation>
    </message>
    <message>
      <source>Means of transport</source>
      <translation>Tên phương tiện vận tải</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Thông báo</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Name in the party's own language (Chinese, Vietnamese ...).</source>
      <translation>Tên bằng ngôn ngữ của bên đó (tiếng Trung, tiếng Việt ...).</translation>
    </message>
    <message>
      <source>Net weight (kg)</source>
      <translation>Trọng lượng tịnh (kg)</translation>
    </message>
    <message>
      <source>Net weight per unit (kg)</source>
      <translation>Trọng lượng tịnh mỗi đơn vị (kg)</translation>
    </message>
    <message>
      <source>Non-operating reefer</source>
      <translation>Container lạnh không chạy máy (NOR)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>Bên được thông báo</translation>
    </message>
    <message>
      <source>Number of packages</source>
      <translation>Số kiện</translation>
    </message>
    <message>
      <source>Numbers (from 1) of the goods lines packed in this container.</source>
      <translation>Số thứ tự (từ 1) của các dòng hàng đóng trong container này.</translation>
    </message>
    <message>
      <source>One digit per statement: 1 yes, 0 no, 9 not applicable.</source>
      <translation>Mỗi nội dung một chữ số: 1 có, 0 không, 9 không áp dụng.</translation>
    </message>
    <message>
      <source>Originals</source>
      <translation>Số bản chính</translation>
    </message>
    <message>
      <source>Other charges</source>
      <translation>Phí khác</translation>
    </message>
    <message>
      <source>Other charges currency</source>
      <translation>Loại tiền phụ phí</translation>
    </message>
    <message>
      <source>Other charges mark</source>
      <translation>Mã loại phí khác</translation>
    </message>
    <message>
      <source>Overseas consignee</source>
      <translation>Người nhận hàng nước ngoài</translation>
    </message>
    <message>
      <source>Overseas consignee code</source>
      <translation>Mã người nhận hàng nước ngoài</translation>
    </message>
    <message>
      <source>O₂ set point (%)</source>
      <translation>Điểm đặt O₂ (%)</translation>
    </message>
    <message>
      <source>Package type</source>
      <translation>Loại bao bì</translation>
    </message>
    <message>
      <source>Package type (Rec 21)</source>
      <translation>Loại bao bì (Rec 21)</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Số kiện</translation>
    </message>
    <message>
      <source>Packing group</source>
      <translation>Nhóm bao gói</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Tham số</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Phần</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>Số phần</translation>
    </message>
    <message>
      <source>Party ID</source>
      <translation>Mã bên liên quan</translation>
    </message>
    <message>
      <source>Party function</source>
      <translation>Chức năng của bên liên quan</translation>
    </message>
    <message>
      <source>Party role</source>
      <translation>Vai trò bên liên quan</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Place of delivery</source>
      <translation>Nơi giao hàng</translation>
    </message>
    <message>
      <source>Place of receipt</source>
      <translation>Nơi nhận hàng</translation>
    </message>
    <message>
      <source>Place where the goods are stored</source>
      <translation>Địa điểm lưu giữ hàng</translation>
    </message>
    <message>
      <source>Port of departure</source>
      <translation>Cửa khẩu xuất cảnh</translation>
    </message>
    <message>
      <source>Port of departure (customs code)</source>
      <translation>Cửa khẩu xuất (mã hải quan)</translation>
    </message>
    <message>
      <source>Port of destination</source>
      <translation>Cảng đích</translation>
    </message>
    <message>
      <source>Port of destination (customs code)</source>
      <translation>Cảng đích (mã hải quan)</translation>
    </message>
    <message>
      <source>Port of discharge</source>
      <translation>Cảng dỡ hàng</translation>
    </message>
    <message>
      <source>Port of loading</source>
      <translation>Cảng xếp hàng</translation>
    </message>
    <message>
      <source>Post code</source>
      <translation>Mã bưu chính</translation>
    </message>
    <message>
      <source>Pre-carriage mode</source>
      <translation>Phương thức vận chuyển chặng đầu</translation>
    </message>
    <message>
      <source>Pre-cooling required</source>
      <translation>Yêu cầu làm lạnh trước</translation>
    </message>
    <message>
      <source>Producer / seller</source>
      <translation>Đơn vị sản xuất / bán hàng</translation>
    </message>
    <message>
      <source>Producer / seller USCC</source>
      <translation>Mã số của đơn vị sản xuất / bán hàng</translation>
    </message>
    <message>
      <source>Producer / seller customs code</source>
      <translation>Mã hải quan của đơn vị sản xuất, tiêu thụ</translation>
    </message>
    <message>
      <source>Producer / seller inspection code</source>
      <translation>Mã kiểm dịch của đơn vị sản xuất, tiêu thụ</translation>
    </message>
    <message>
      <source>Producer USCC</source>
      <translation>Mã số của đơn vị sản xuất</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Sản phẩm</translation>
    </message>
    <message>
      <source>Product ID</source>
      <translation>Mã sản phẩm</translation>
    </message>
    <message>
      <source>Product name (Chinese)</source>
      <translation>Tên sản phẩm (tiếng Trung)</translation>
    </message>
    <message>
      <source>Product name (English)</source>
      <translation>Tên sản phẩm (tiếng Anh)</translation>
    </message>
    <message>
      <source>Proper shipping name</source>
      <translation>Tên vận chuyển chính xác</translation>
    </message>
    <message>
      <source>Purpose code</source>
      <translation>Mã mục đích sử dụng</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Quotation reference</source>
      <translation>Số báo giá</translation>
    </message>
    <message>
      <source>Rail origin station</source>
      <translation>Ga đường sắt đi</translation>
    </message>
    <message>
      <source>Rail waybill</source>
      <translation>Số vận đơn đường sắt</translation>
    </message>
    <message>
      <source>Rail-sea booking</source>
      <translation>Booking vận tải đường sắt – đường biển</translation>
    </message>
    <message>
      <source>Receipt type</source>
      <translation>Hình thức nhận hàng</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Thông báo phản hồi</translation>
    </message>
    <message>
      <source>Record number</source>
      <translation>Số hồ sơ đăng ký</translation>
    </message>
    <message>
      <source>Reefer set temperature (°C)</source>
      <translation>Nhiệt độ cài đặt (°C)</translation>
    </message>
    <message>
      <source>Reefer settings</source>
      <translation>Cài đặt container lạnh</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Reportable quantity</source>
      <translation>Số lượng phải báo cáo</translation>
    </message>
    <message>
      <source>Requested departure</source>
      <translation>Ngày khởi hành yêu cầu</translation>
    </message>
    <message>
      <source>Requested equipment</source>
      <translation>Thiết bị yêu cầu</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Tuyến vận chuyển</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Salvage packing</source>
      <translation>Bao bì cứu hộ</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Số niêm phong</translation>
    </message>
    <message>
      <source>Second legal quantity</source>
      <translation>Số lượng pháp định thứ hai</translation>
    </message>
    <message>
      <source>Second legal unit</source>
      <translation>Đơn vị pháp định thứ hai</translation>
    </message>
    <message>
      <source>Second subsidiary risk</source>
      <translation>Rủi ro phụ thứ hai</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Tuyến dịch vụ</translation>
    </message>
    <message>
      <source>Service contract</source>
      <translation>Số hợp đồng dịch vụ</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Lô hàng</translation>
    </message>
    <message>
      <source>Shipment ID</source>
      <translation>Mã lô hàng</translation>
    </message>
    <message>
      <source>Shipment locations</source>
      <translation>Địa điểm vận chuyển</translation>
    </message>
    <message>
      <source>Shipment reference</source>
      <translation>Số tham chiếu lô hàng</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>Người gửi hàng</translation>
    </message>
    <message>
      <source>Shipper-owned</source>
      <translation>Container của chủ hàng</translation>
    </message>
    <message>
      <source>Size-type</source>
      <translation>Cỡ và loại</translation>
    </message>
    <message>
      <source>Special declaration flags (单据类型), empty for an ordinary declaration.</source>
      <translation>Cờ loại chứng từ khai (单据类型), để trống với tờ khai thông thường.</translation>
    </message>
    <message>
      <source>Specification and model</source>
      <translation>Quy cách, mẫu mã</translation>
    </message>
    <message>
      <source>Specification and model as the declaration elements require, separated by |.</source>
      <translation>Quy cách, mẫu mã theo yếu tố khai báo, phân tách bằng |.</translation>
    </message>
    <message>
      <source>State / province</source>
      <translation>Tỉnh / bang</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Đường phố</translation>
    </message>
    <message>
      <source>Street and house number as a carrier's booking needs them.</source>
      <translation>Tên đường và số nhà theo yêu cầu booking của hãng tàu.</translation>
    </message>
    <message>
      <source>Street number</source>
      <translation>Số nhà</translation>
    </message>
    <message>
      <source>Subsidiary risk</source>
      <translation>Rủi ro phụ</translation>
    </message>
    <message>
      <source>Supervision mode</source>
      <translation>Loại hình</translation>
    </message>
    <message>
      <source>Tare weight (kg)</source>
      <translation>Trọng lượng vỏ (kg)</translation>
    </message>
    <message>
      <source>Tax ID</source>
      <translation>Mã số thuế</translation>
    </message>
    <message>
      <source>Technical name</source>
      <translation>Tên kỹ thuật</translation>
    </message>
    <message>
      <source>The 6-digit domestic port code of the port the goods leave China from.</source>
      <translation>Mã 6 chữ số của cửa khẩu nơi hàng rời Trung Quốc.</translation>
    </message>
    <message>
      <source>The IMDG proper shipping name of the UN number, e.g. PAINT.</source>
      <translation>Tên vận chuyển chính xác theo IMDG của số UN, ví dụ PAINT.</translation>
    </message>
    <message>
      <source>The UN packaging code of the outer package, e.g. 4G or 1A1.</source>
      <translation>Mã bao bì UN của bao bì ngoài, ví dụ 4G hoặc 1A1.</translation>
    </message>
    <message>
      <source>The approval reference when the competent authority must approve the transport.</source>
      <translation>Số phê duyệt khi việc vận chuyển phải được cơ quan có thẩm quyền chấp thuận.</translation>
    </message>
    <message>
      <source>The company's 10-character inspection and quarantine code, for goods inspected before export.</source>
      <translation>Mã kiểm dịch 10 ký tự của doanh nghiệp, dùng cho hàng phải kiểm dịch trước khi xuất khẩu.</translation>
    </message>
    <message>
      <source>The counterpart's own words on this receipt, as they came.</source>
      <translation>Nguyên văn ghi chú của phía bên kia trong phản hồi.</translation>
    </message>
    <message>
      <source>The customs office where the goods leave China.</source>
      <translation>Cơ quan hải quan nơi hàng hóa rời Trung Quốc.</translation>
    </message>
    <message>
      <source>The declaration elements, separated by |.</source>
      <translation>Các yếu tố khai báo, phân tách bằng |.</translation>
    </message>
    <message>
      <source>The full commodity code (6 to 10 digits).</source>
      <translation>Mã số hàng hóa đầy đủ (6 đến 10 chữ số).</translation>
    </message>
    <message>
      <source>The number customs gives after inspecting goods before export (电子底账); it goes on the declaration as licence document B.</source>
      <translation>Số hải quan cấp sau khi kiểm dịch hàng trước khi xuất khẩu (电子底账); khai trên tờ khai là chứng từ kèm theo mã B.</translation>
    </message>
    <message>
      <source>The overseas consignee's AEO code, or NO when it has none.</source>
      <translation>Mã AEO của người nhận hàng ở nước ngoài, hoặc NO nếu không có.</translation>
    </message>
    <message>
      <source>The port code from the customs port table (not the UN/LOCODE), as the Single Window wants it.</source>
      <translation>Mã cảng theo bảng mã cảng của hải quan (không phải UN/LOCODE), như Single Window yêu cầu.</translation>
    </message>
    <message>
      <source>The rail-sea service chosen from the schedule.</source>
      <translation>Tuyến dịch vụ đường sắt – đường biển chọn từ lịch chạy.</translation>
    </message>
    <message>
      <source>The service contract with the carrier; give this or a quotation reference, not both.</source>
      <translation>Hợp đồng dịch vụ với hãng tàu; khai số này hoặc số báo giá, không khai cả hai.</translation>
    </message>
    <message>
      <source>Through document number</source>
      <translation>Số chứng từ vận tải suốt</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>Total amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>Total price</source>
      <translation>Tổng trị giá</translation>
    </message>
    <message>
      <source>Total value</source>
      <translation>Tổng trị giá</translation>
    </message>
    <message>
      <source>Trading country</source>
      <translation>Nước giao dịch</translation>
    </message>
    <message>
      <source>Train</source>
      <translation>Đoàn tàu hỏa</translation>
    </message>
    <message>
      <source>Transaction mode</source>
      <translation>Phương thức thành giao</translation>
    </message>
    <message>
      <source>Transport document number</source>
      <translation>Số chứng từ vận tải</translation>
    </message>
    <message>
      <source>Transport document type</source>
      <translation>Loại chứng từ vận tải</translation>
    </message>
    <message>
      <source>Transport mode</source>
      <translation>Phương thức vận tải</translation>
    </message>
    <message>
      <source>Transported hot</source>
      <translation>Vận chuyển ở trạng thái nóng</translation>
    </message>
    <message>
      <source>UN number</source>
      <translation>Số UN</translation>
    </message>
    <message>
      <source>UN packaging code</source>
      <translation>Mã bao bì UN</translation>
    </message>
    <message>
      <source>UN/ECE Rec 21 code of this line's outer package for the carrier; from the shipment's package type when empty.</source>
      <translation>Mã UN/ECE Rec 21 của bao bì ngoài dòng hàng này cho hãng tàu; để trống thì lấy theo loại bao bì của lô hàng.</translation>
    </message>
    <message>
      <source>UN/LOCODE</source>
      <translation>Mã UN/LOCODE</translation>
    </message>
    <message>
      <source>Unified social credit code</source>
      <translation>Mã số tín dụng xã hội thống nhất</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Đơn giá</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Ventilation open</source>
      <translation>Mở thông gió</translation>
    </message>
    <message>
      <source>Vessel</source>
      <translation>Tên tàu</translation>
    </message>
    <message>
      <source>Vessel IMO number</source>
      <translation>Số IMO của tàu</translation>
    </message>
    <message>
      <source>Volume (m³)</source>
      <translation>Thể tích (m³)</translation>
    </message>
    <message>
      <source>Voyage</source>
      <translation>Chuyến tàu biển</translation>
    </message>
    <message>
      <source>Voyage number</source>
      <translation>Số chuyến tàu biển</translation>
    </message>
    <message>
      <source>Waste</source>
      <translation>Chất thải</translation>
    </message>
    <message>
      <source>Where customs can inspect the goods (terminal, yard or warehouse).</source>
      <translation>Nơi hải quan có thể kiểm tra hàng (bến, bãi hoặc kho).</translation>
    </message>
    <message>
      <source>Which declaration of the shipment this is, from 1.</source>
      <translation>Thứ tự của tờ khai này trong lô hàng, bắt đầu từ 1.</translation>
    </message>
    <message>
      <source>With the country code, e.g. +86 23 ...</source>
      <translation>Kèm mã quốc gia, ví dụ +86 23 ...</translation>
    </message>
  </context>
  <context>
    <name>FilingEditor</name>
    <message numerus="yes">
      <source>({n} field error(s))</source>
      <translation>
        <numerusform>({n} lỗi theo trường)</numerusform>
      </translation>
    </message>
    <message>
      <source>Fix the errors marked on the form before submitting.</source>
      <translation>Hãy sửa các lỗi được đánh dấu trên biểu mẫu trước khi gửi.</translation>
    </message>
    <message>
      <source>Preview, print or save the documents of this filing</source>
      <translation>Xem trước, in hoặc lưu chứng từ của hồ sơ này</translation>
    </message>
    <message>
      <source>Print or save &amp;documents…</source>
      <translation>In hoặc lưu &amp;chứng từ…</translation>
    </message>
    <message>
      <source>Receipt times: the platform's clock, in this computer's time zone</source>
      <translation>Thời gian phản hồi: đồng hồ của hệ thống, theo múi giờ của máy tính này</translation>
    </message>
    <message>
      <source>Receipt times: the sandbox clock (a trainer can move it), not this computer's clock</source>
      <translation>Thời gian phản hồi: đồng hồ thử nghiệm (giảng viên có thể chỉnh), không phải đồng hồ của máy tính này</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Thông báo phản hồi</translation>
    </message>
    <message>
      <source>Sent through the Single Window client (ImpPath folders)</source>
      <translation>Đã gửi qua phần mềm Single Window (thư mục ImpPath)</translation>
    </message>
    <message>
      <source>Sent through the corridor platform</source>
      <translation>Đã gửi qua nền tảng Hành lang</translation>
    </message>
    <message>
      <source>Submit to the platform (Ctrl+Enter)</source>
      <translation>Gửi lên nền tảng (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Will be sent through the Single Window client (ImpPath folders)</source>
      <translation>Sẽ gửi qua phần mềm Single Window (thư mục ImpPath)</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>Consignee</source>
      <translation>Người nhận hàng</translation>
    </message>
    <message>
      <source>Customs and dates</source>
      <translation>Hải quan và ngày</translation>
    </message>
    <message>
      <source>Dangerous goods details</source>
      <translation>Chi tiết hàng nguy hiểm</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <source>Domestic shipper and producer</source>
      <translation>Người xuất khẩu và đơn vị sản xuất</translation>
    </message>
    <message>
      <source>Freight, insurance and other charges</source>
      <translation>Cước phí, phí bảo hiểm và phí khác</translation>
    </message>
    <message>
      <source>Inspection and quarantine</source>
      <translation>Kiểm dịch</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>Bên được thông báo</translation>
    </message>
    <message>
      <source>Overseas consignee</source>
      <translation>Người nhận hàng nước ngoài</translation>
    </message>
    <message>
      <source>Packages and weights</source>
      <translation>Số kiện và trọng lượng</translation>
    </message>
    <message>
      <source>Reefer settings</source>
      <translation>Cài đặt container lạnh</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Tuyến vận chuyển</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Tuyến dịch vụ</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Lô hàng</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>Người gửi hàng</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Điều kiện giao nhận</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>Thông tin thương mại</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Vận tải</translation>
    </message>
  </context>
  <context>
    <name>HsLookupDialog</name>
    <message>
      <source>&amp;Supplementary digits</source>
      <translation>&amp;Mã bổ sung (2 số)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Commodity code (10 digits)</source>
      <translation>Mã số hàng hóa (10 chữ số)</translation>
    </message>
    <message>
      <source>Commodity code: {code}</source>
      <translation>Mã số hàng hóa: {code}</translation>
    </message>
    <message>
      <source>Declaration elements</source>
      <translation>Yếu tố khai báo</translation>
    </message>
    <message>
      <source>HS lookup</source>
      <translation>Tra cứu mã HS</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Search HS codes and products</source>
      <translation>Tra cứu mã HS và sản phẩm</translation>
    </message>
    <message>
      <source>Tariff &amp;line</source>
      <translation>&amp;Dòng thuế (8 số)</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</source>
      <translation>Biểu thuế Trung Quốc (2023) không có dòng thuế nào bắt đầu bằng {code}: dưới đây là các dòng thuế của nhóm {prefix}, dòng gần nhất xếp trước.</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</source>
      <translation>Biểu thuế Trung Quốc (2023) không có dòng thuế {code}: dưới đây là các dòng thuế của phân nhóm {prefix}, dòng gần nhất xếp trước.</translation>
    </message>
    <message>
      <source>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</source>
      <translation>Mã số hàng hóa gồm 8 chữ số dòng thuế của Trung Quốc và 2 chữ số bổ sung. Đa số dòng thuế không chia nhỏ thêm và dùng 00; nếu hải quan chia nhỏ dòng (ví dụ theo công dụng, quy cách), hãy nhập 2 chữ số theo biểu thuế hoặc hỏi đại lý hải quan.</translation>
    </message>
    <message>
      <source>Type the goods as you call them, in Chinese, English or Vietnamese, or a code. This company's own products and earlier declarations come first, then the Chinese tariff, HS 2022 and the Vietnamese tariff.</source>
      <translation>Nhập tên hàng như thường gọi (tiếng Trung, tiếng Anh hoặc tiếng Việt) hoặc mã số. Hàng hóa và tờ khai trước đây của doanh nghiệp hiện trước, sau đó là biểu thuế Trung Quốc, HS 2022 và biểu thuế Việt Nam.</translation>
    </message>
    <message>
      <source>Use this code</source>
      <translation>Dùng mã này</translation>
    </message>
    <message>
      <source>e.g. 摩托车轮辋, solar panels, sầu riêng tươi, 8714</source>
      <translation>ví dụ: sầu riêng tươi, vành xe máy, 摩托车轮辋, 8714</translation>
    </message>
    <message>
      <source>{line}  (not a line of the bundled 2023 tariff: check it)</source>
      <translation>{line}  (không có trong biểu thuế 2023 kèm theo chương trình: hãy kiểm tra lại)</translation>
    </message>
    <message>
      <source>{line} is not a line of the bundled 2023 tariff: check the code before you use it.</source>
      <translation>{line} không có trong biểu thuế 2023 kèm theo chương trình: hãy kiểm tra mã trước khi dùng.</translation>
    </message>
  </context>
  <context>
    <name>HsSuggester</name>
    <message>
      <source>Legal units: {units}</source>
      <translation>Đơn vị tính pháp định: {units}</translation>
    </message>
    <message>
      <source>Type the goods name: codes are offered</source>
      <translation>Nhập tên hàng để được gợi ý mã số hàng hóa</translation>
    </message>
  </context>
  <context>
    <name>Input</name>
    <message>
      <source>“{text}” is not a date: type it like {example} or 2026-12-10.</source>
      <translation>“{text}” không phải là ngày: hãy nhập như {example} hoặc 2026-12-10.</translation>
    </message>
    <message>
      <source>“{text}” is not a number: type it like {example}.</source>
      <translation>“{text}” không phải là số: hãy nhập như {example}.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number.</source>
      <translation>“{text}” không phải là số nguyên.</translation>
    </message>
  </context>
  <context>
    <name>LessonPanel</name>
    <message>
      <source>&amp;Back</source>
      <translation>&amp;Quay lại</translation>
    </message>
    <message>
      <source>&amp;Check this step</source>
      <translation>&amp;Kiểm tra bước này</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>Bước &amp;tiếp</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <source>Done. Go on to the next step.</source>
      <translation>Đã xong. Hãy sang bước tiếp theo.</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Bước {n} / {total}</translation>
    </message>
    <message>
      <source>Well done: the lesson is complete.</source>
      <translation>Làm tốt lắm: đã hoàn thành bài học.</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>&amp;New shipment</source>
      <translation>&amp;Tạo lô hàng mới</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tất cả trạng thái</translation>
    </message>
    <message>
      <source>List</source>
      <translation>Danh sách</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Tìm kiếm</translation>
    </message>
    <message>
      <source>Search (Ctrl+F): reference, contract, consignee, goods…</source>
      <translation>Tìm (Ctrl+F): số tham chiếu, hợp đồng, người nhận, hàng hóa…</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Lọc trạng thái</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <source>Updated</source>
      <translation>Cập nhật</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>&amp;Account</source>
      <translation>&amp;Tài khoản</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
      <source>&amp;Remember me on this computer</source>
      <translation>&amp;Ghi nhớ đăng nhập trên máy này</translation>
    </message>
    <message>
      <source>&amp;Verification code</source>
      <translation>Mã &amp;xác thực</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <source>Demo account</source>
      <translation>Tài khoản dùng thử</translation>
    </message>
    <message>
      <source>Enter the verification code sent to you.</source>
      <translation>Nhập mã xác thực đã được gửi cho bạn.</translation>
    </message>
    <message>
      <source>Enter your account and password.</source>
      <translation>Nhập tài khoản và mật khẩu.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Đăng nhập</translation>
    </message>
    <message>
      <source>Log in to the single window</source>
      <translation>Đăng nhập Single Window</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mật khẩu</translation>
    </message>
    <message>
      <source>Sandbox: a local training platform runs inside the app. Pick a demo account to log in.</source>
      <translation>Môi trường thử nghiệm: nền tảng luyện tập chạy ngay trong ứng dụng. Chọn một tài khoản dùng thử để đăng nhập.</translation>
    </message>
    <message>
      <source>Verification code</source>
      <translation>Mã xác thực</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <source>&amp;About Corridor Desk</source>
      <translation>&amp;Giới thiệu Corridor Desk</translation>
    </message>
    <message>
      <source>&amp;Close tab</source>
      <translation>Đó&amp;ng thẻ</translation>
    </message>
    <message>
      <source>&amp;Export to exchange file…</source>
      <translation>&amp;Xuất ra tệp trao đổi…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <source>&amp;Import exchange file…</source>
      <translation>&amp;Nhập tệp trao đổi…</translation>
    </message>
    <message>
      <source>&amp;Log in…</source>
      <translation>Đăng &amp;nhập…</translation>
    </message>
    <message>
      <source>&amp;New shipment</source>
      <translation>Lô hàng &amp;mới</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>T&amp;hoát</translation>
    </message>
    <message>
      <source>&amp;Recent files</source>
      <translation>Tệp gần đâ&amp;y</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>Xóa danh sách</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Exchange files (*.json)</source>
      <translation>Tệp trao đổi (*.json)</translation>
    </message>
    <message>
      <source>Export to exchange file</source>
      <translation>Xuất ra tệp trao đổi</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập tệp</translation>
    </message>
    <message>
      <source>Import exchange files</source>
      <translation>Nhập tệp trao đổi</translation>
    </message>
    <message>
      <source>Imported {n} of {total} files.</source>
      <translation>Đã nhập {n}/{total} tệp.</translation>
    </message>
    <message>
      <source>Log &amp;out</source>
      <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
      <source>Log folder: {path}</source>
      <translation>Thư mục nhật ký: {path}</translation>
    </message>
    <message>
      <source>Log in to import files.</source>
      <translation>Hãy đăng nhập để nhập tệp.</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>Chưa có tệp gần đây</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
      <source>Open the shipment, declaration or booking to export first.</source>
      <translation>Hãy mở lô hàng, tờ khai hoặc booking cần xuất trước.</translation>
    </message>
    <message>
      <source>Run the &amp;self-test</source>
      <translation>Chạy &amp;tự kiểm tra</translation>
    </message>
    <message>
      <source>S&amp;witch user…</source>
      <translation>Đổi người &amp;dùng…</translation>
    </message>
    <message>
      <source>Save the record before exporting it.</source>
      <translation>Hãy lưu hồ sơ trước khi xuất.</translation>
    </message>
    <message>
      <source>Some files were not imported.</source>
      <translation>Một số tệp chưa nhập được.</translation>
    </message>
    <message>
      <source>Written to {file}.</source>
      <translation>Đã ghi vào {file}.</translation>
    </message>
    <message>
      <source>{file}: {error}</source>
      <translation>{file}: {error}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Xem</translation>
    </message>
    <message>
      <source>(not yet numbered)</source>
      <translation>(chưa có số)</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Hoạt động</translation>
    </message>
    <message>
      <source>Advance sandbox clock 1 h</source>
      <translation>Tua đồng hồ thử nghiệm thêm 1 giờ</translation>
    </message>
    <message>
      <source>All bookings</source>
      <translation>Tất cả booking</translation>
    </message>
    <message>
      <source>All declarations</source>
      <translation>Tất cả tờ khai</translation>
    </message>
    <message>
      <source>All shipments</source>
      <translation>Tất cả lô hàng</translation>
    </message>
    <message numerus="yes">
      <source>Attaching documents: %n declaration(s) to go…</source>
      <translation>
        <numerusform>Đang đính kèm chứng từ: còn %n tờ khai…</numerusform>
      </translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Company (Ctrl+K)</source>
      <translation>Doanh nghiệp (Ctrl+K)</translation>
    </message>
    <message>
      <source>Company:</source>
      <translation>Doanh nghiệp:</translation>
    </message>
    <message>
      <source>Corridor Desk</source>
      <translation>Corridor Desk</translation>
    </message>
    <message numerus="yes">
      <source>Corridor Desk was not closed properly. Restore the {n} unsaved edit(s)?</source>
      <translation>
        <numerusform>Corridor Desk đã không được đóng đúng cách. Khôi phục {n} thay đổi chưa lưu?</numerusform>
      </translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Tờ khai</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>Tờ khai</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Chứng từ</translation>
    </message>
    <message numerus="yes">
      <source>Documents attached to %n declaration(s).</source>
      <translation>
        <numerusform>Đã đính kèm chứng từ cho %n tờ khai.</numerusform>
      </translation>
    </message>
    <message>
      <source>Documents not attached</source>
      <translation>Chưa đính kèm chứng từ</translation>
    </message>
    <message>
      <source>Environment: {env}</source>
      <translation>Môi trường: {env}</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <source>Log in to create a shipment.</source>
      <translation>Hãy đăng nhập để tạo lô hàng.</translation>
    </message>
    <message>
      <source>Master data</source>
      <translation>Danh mục</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Điều hướng</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Chưa kết nối</translation>
    </message>
    <message>
      <source>Offline — filings wait in the outbox</source>
      <translation>Ngoại tuyến — hồ sơ nằm chờ trong hộp chờ gửi</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Trực tuyến</translation>
    </message>
    <message>
      <source>Outbox: {n}</source>
      <translation>Chờ gửi: {n}</translation>
    </message>
    <message>
      <source>Production</source>
      <translation>Chính thức</translation>
    </message>
    <message>
      <source>Restore unsaved edits</source>
      <translation>Khôi phục thay đổi chưa lưu</translation>
    </message>
    <message>
      <source>SANDBOX</source>
      <translation>THỬ NGHIỆM</translation>
    </message>
    <message>
      <source>Sandbox</source>
      <translation>Thử nghiệm</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <source>Shipments</source>
      <translation>Lô hàng</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Đang khởi động…</translation>
    </message>
    <message>
      <source>Status changed</source>
      <translation>Trạng thái đã thay đổi</translation>
    </message>
    <message>
      <source>Switch company (Ctrl+K)</source>
      <translation>Đổi doanh nghiệp (Ctrl+K)</translation>
    </message>
    <message>
      <source>Switching workspace…</source>
      <translation>Đang chuyển không gian làm việc…</translation>
    </message>
    <message>
      <source>The documents of declaration {name} were not attached: {reason} Open it and choose Upload documents to the platform to try again.</source>
      <translation>Chưa tải được chứng từ của tờ khai {name} lên nền tảng: {reason} Hãy mở tờ khai và chọn Tải chứng từ lên nền tảng để thử lại.</translation>
    </message>
    <message>
      <source>The training platform could not be started again: close and reopen Corridor Desk.</source>
      <translation>Không thể khởi động lại nền tảng luyện tập: hãy đóng và mở lại Corridor Desk.</translation>
    </message>
    <message>
      <source>The training platform stopped unexpectedly and was started again; nothing was lost.</source>
      <translation>Nền tảng luyện tập bị dừng đột ngột và đã được khởi động lại; không mất dữ liệu.</translation>
    </message>
    <message>
      <source>The training platform stopped unexpectedly; starting it again…</source>
      <translation>Nền tảng luyện tập bị dừng đột ngột, đang khởi động lại…</translation>
    </message>
    <message>
      <source>Training platform running inside the app: nothing is filed with customs.</source>
      <translation>Nền tảng luyện tập chạy trong ứng dụng: không có gì được khai thật với hải quan.</translation>
    </message>
    <message>
      <source>Your session has expired. Log in again to continue; your edits are kept.</source>
      <translation>Phiên làm việc đã hết hạn. Hãy đăng nhập lại để tiếp tục; các thay đổi của bạn vẫn được giữ.</translation>
    </message>
    <message>
      <source>{kind} {id}: {status}</source>
      <translation>{kind} {id}: {status}</translation>
    </message>
    <message>
      <source>{n} filings changed status.</source>
      <translation>{n} hồ sơ đã thay đổi trạng thái.</translation>
    </message>
  </context>
  <context>
    <name>MasterDataPage</name>
    <message>
      <source>&amp;Add company…</source>
      <translation>Thêm &amp;doanh nghiệp…</translation>
    </message>
    <message>
      <source>&amp;Edit company…</source>
      <translation>&amp;Sửa doanh nghiệp…</translation>
    </message>
    <message>
      <source>Add &amp;party…</source>
      <translation>Thêm &amp;bên liên quan…</translation>
    </message>
    <message>
      <source>Add p&amp;roduct…</source>
      <translation>Thêm sản &amp;phẩm…</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>Doanh nghiệp</translation>
    </message>
    <message>
      <source>Delete from master data</source>
      <translation>Xóa khỏi danh mục</translation>
    </message>
    <message>
      <source>Delete party</source>
      <translation>Xóa bên liên quan</translation>
    </message>
    <message>
      <source>Delete product</source>
      <translation>Xóa sản phẩm</translation>
    </message>
    <message>
      <source>Delete the party “{name}” from this company's master data?</source>
      <translation>Xóa bên liên quan “{name}” khỏi danh mục của doanh nghiệp này?</translation>
    </message>
    <message>
      <source>Delete the product “{name}” from this company's master data?</source>
      <translation>Xóa sản phẩm “{name}” khỏi danh mục của doanh nghiệp này?</translation>
    </message>
    <message>
      <source>Delete the selected record (Del)</source>
      <translation>Xóa bản ghi đã chọn (Del)</translation>
    </message>
    <message>
      <source>No companies yet. Click “Add company…” (Alt+A) and fill in its name, USCC and customs code.</source>
      <translation>Chưa có doanh nghiệp nào. Bấm “Thêm doanh nghiệp…” (Alt+D) rồi điền tên, mã số tín dụng xã hội thống nhất và mã hải quan.</translation>
    </message>
    <message>
      <source>No parties yet. Click “Add party…” (Alt+P) to add a consignee or notify party; the shipment editor then offers it as you type.</source>
      <translation>Chưa có bên liên quan nào. Bấm “Thêm bên liên quan…” (Alt+B) để thêm người nhận hàng hoặc bên được thông báo; khi nhập lô hàng, ứng dụng sẽ gợi ý bên đó.</translation>
    </message>
    <message>
      <source>No products yet. Click “Add product…” (Alt+R), or choose an HS code for a goods line: the product is remembered with its code, units and elements.</source>
      <translation>Chưa có sản phẩm nào. Bấm “Thêm sản phẩm…” (Alt+P), hoặc chọn mã HS cho một dòng hàng: sản phẩm được ghi nhớ cùng mã, đơn vị tính và yếu tố khai báo.</translation>
    </message>
    <message>
      <source>Open the selected company's form (Enter)</source>
      <translation>Mở biểu mẫu của doanh nghiệp đã chọn (Enter)</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Các bên liên quan</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>Sản phẩm</translation>
    </message>
    <message>
      <source>Shipments and declarations that already use it keep their own copy.</source>
      <translation>Các lô hàng và tờ khai đã dùng bản ghi này vẫn giữ bản sao riêng.</translation>
    </message>
  </context>
  <context>
    <name>ModelListTable</name>
    <message>
      <source>“{text}” is not a list of numbers such as 1, 2, 5.</source>
      <translation>“{text}” không phải là danh sách số như 1, 2, 5.</translation>
    </message>
    <message>
      <source>“{text}” is not one of the choices.</source>
      <translation>“{text}” không có trong danh sách lựa chọn.</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message numerus="yes">
      <source>%1 (%n times)</source>
      <translation>
        <numerusform>%1 (%n lần)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new notice(s)</source>
      <translation>
        <numerusform>%n thông báo chưa đọc</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to report yet.</source>
      <translation>Chưa có thông báo nào.</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Thông báo</translation>
    </message>
    <message>
      <source>Notices of this session</source>
      <translation>Thông báo trong phiên làm việc này</translation>
    </message>
    <message>
      <source>Read the notices of this session in full</source>
      <translation>Xem đầy đủ các thông báo trong phiên làm việc này</translation>
    </message>
  </context>
  <context>
    <name>PageView</name>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Trang {page}/{count}</translation>
    </message>
    <message>
      <source>The pages cannot be shown: {reason}</source>
      <translation>Không hiển thị được các trang: {reason}</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ qua thay đổi</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với &amp;tất cả</translation>
    </message>
  </context>
  <context>
    <name>QueueModel</name>
    <message>
      <source>(waiting)</source>
      <translation>(đang chờ)</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Số lần gửi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Last problem</source>
      <translation>Lỗi gần nhất</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>Thời điểm vào hàng chờ</translation>
    </message>
    <message>
      <source>Queued by</source>
      <translation>Người đưa vào</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Sending seat</source>
      <translation>Máy đang gửi</translation>
    </message>
  </context>
  <context>
    <name>QueuePanel</name>
    <message numerus="yes">
      <source>%n filing(s) queued by {user} waiting to be sent.</source>
      <translation>
        <numerusform>%n hồ sơ do {user} đưa vào hàng chờ đang chờ gửi.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filing(s) waiting to be sent, queued by every user.</source>
      <translation>
        <numerusform>%n hồ sơ đang chờ gửi, của mọi người dùng.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filing(s) you queued waiting to be sent.</source>
      <translation>
        <numerusform>%n hồ sơ do bạn đưa vào hàng chờ đang chờ gửi.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Queue of:</source>
      <translation>&amp;Hàng chờ của:</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Mọi người dùng</translation>
    </message>
    <message>
      <source>Filings waiting to be sent</source>
      <translation>Hồ sơ đang chờ gửi</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Của tôi</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
  </context>
  <context>
    <name>QuickSwitcher</name>
    <message>
      <source>Companies</source>
      <translation>Doanh nghiệp</translation>
    </message>
    <message>
      <source>Company name, USCC or customs code</source>
      <translation>Tên doanh nghiệp, mã USCC hoặc mã hải quan</translation>
    </message>
    <message>
      <source>Find company</source>
      <translation>Tìm doanh nghiệp</translation>
    </message>
    <message>
      <source>Switch company</source>
      <translation>Đổi doanh nghiệp</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>Master data</source>
      <translation>Danh mục</translation>
    </message>
  </context>
  <context>
    <name>Rule</name>
    <message>
      <source>A weight under 1 kg ({value}) is declared as 1 kg.</source>
      <translation>Trọng lượng dưới 1 kg ({value}) được khai là 1 kg.</translation>
    </message>
    <message>
      <source>Ad-valorem cover needs the declared value.</source>
      <translation>Khai giá trị hàng (ad valorem) thì phải có giá trị khai báo.</translation>
    </message>
    <message>
      <source>At least 1 unit of equipment is needed (is {units}).</source>
      <translation>Cần ít nhất 1 container (hiện là {units}).</translation>
    </message>
    <message>
      <source>Choose the package type (Rec 21) the carrier should see.</source>
      <translation>Chọn loại bao bì (Rec 21) gửi cho hãng tàu.</translation>
    </message>
    <message>
      <source>Container numbers given: {count}; units of equipment: {units}. They must match.</source>
      <translation>Đã nhập {count} số container, nhưng số lượng container yêu cầu là {units}; hai số phải khớp nhau.</translation>
    </message>
    <message>
      <source>Dangerous goods need both the UN number and the IMO hazard class.</source>
      <translation>Hàng nguy hiểm phải có cả số UN và loại nguy hiểm IMO.</translation>
    </message>
    <message>
      <source>Declaration element {element} (part {part} of the specification): {value} is not one of the allowed codes ({allowed}).</source>
      <translation>Yếu tố khai báo “{element}” (mục {part} của quy cách, mẫu mã): “{value}” không phải mã được phép ({allowed}).</translation>
    </message>
    <message>
      <source>Declaration element {element} (part {part} of the specification, heading {heading}) is missing.</source>
      <translation>Chưa khai yếu tố khai báo “{element}” (mục {part} của quy cách, mẫu mã; nhóm {heading}).</translation>
    </message>
    <message>
      <source>Declaration element {element} is required.</source>
      <translation>Yếu tố khai báo “{element}” là bắt buộc.</translation>
    </message>
    <message>
      <source>Declaration element {element} must not contain | — it separates the elements.</source>
      <translation>Yếu tố khai báo “{element}” không được chứa ký tự | (ký tự này dùng để phân cách các yếu tố).</translation>
    </message>
    <message>
      <source>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</source>
      <translation>Yếu tố khai báo “{element}”: {value} không phải mã được phép (được chọn: {allowed}).</translation>
    </message>
    <message>
      <source>Give both the declaring agent's credit code and its name.</source>
      <translation>Phải khai cả mã số và tên của đại lý khai hải quan.</translation>
    </message>
    <message>
      <source>Give either the service contract or the quotation reference, not both.</source>
      <translation>Chỉ khai số hợp đồng dịch vụ hoặc số báo giá, không khai cả hai.</translation>
    </message>
    <message>
      <source>Give the currency of the declared value.</source>
      <translation>Hãy khai loại tiền của trị giá khai báo.</translation>
    </message>
    <message>
      <source>Give the gross weight of the dangerous goods.</source>
      <translation>Khai trọng lượng cả bì của hàng nguy hiểm.</translation>
    </message>
    <message>
      <source>Give the second legal quantity together with its unit.</source>
      <translation>Số lượng pháp định thứ hai phải khai kèm đơn vị tính.</translation>
    </message>
    <message numerus="yes">
      <source>Goods line {line} does not exist (the shipment has {count} lines).</source>
      <translation>
        <numerusform>Không có dòng hàng {line} (lô hàng có {count} dòng).</numerusform>
      </translation>
    </message>
    <message>
      <source>Goods line {line} is not in any container.</source>
      <translation>Dòng hàng {line} chưa được đóng vào container nào.</translation>
    </message>
    <message>
      <source>Incoterm {incoterm} is declared with transaction mode {expected}, not {transaction_mode}.</source>
      <translation>Với Incoterms {incoterm}, phương thức thành giao phải khai là {expected}, không phải {transaction_mode}.</translation>
    </message>
    <message>
      <source>Item currency {currency} differs from the declaration currency {header}.</source>
      <translation>Loại tiền của dòng hàng {currency} khác loại tiền của tờ khai {header}.</translation>
    </message>
    <message>
      <source>Item number {g_no} should be {expected}.</source>
      <translation>STT {g_no} phải là {expected}.</translation>
    </message>
    <message numerus="yes">
      <source>Item {item} does not exist (the declaration has {count} items).</source>
      <translation>
        <numerusform>Không có dòng hàng {item} (tờ khai có {count} dòng hàng).</numerusform>
      </translation>
    </message>
    <message>
      <source>Mark {mark} is not allowed here (allowed: {allowed}).</source>
      <translation>Không được dùng ký hiệu {mark} ở đây (được phép: {allowed}).</translation>
    </message>
    <message>
      <source>Net weight {net} kg is more than the gross weight {gross} kg.</source>
      <translation>Trọng lượng tịnh {net} kg lớn hơn trọng lượng cả bì {gross} kg.</translation>
    </message>
    <message>
      <source>Package type {wrap_type} (bulk or unpacked) means 1 package, not {count}.</source>
      <translation>Loại bao bì {wrap_type} (hàng rời hoặc không bao bì) tính là 1 kiện, không phải {count}.</translation>
    </message>
    <message>
      <source>Rail transport: {field} is required.</source>
      <translation>Vận tải đường sắt: bắt buộc khai “{field}”.</translation>
    </message>
    <message>
      <source>Reefer container {size_type} needs a set temperature.</source>
      <translation>Container lạnh {size_type} phải có nhiệt độ cài đặt.</translation>
    </message>
    <message>
      <source>Reefer equipment {size_type} needs a set temperature.</source>
      <translation>Container lạnh loại {size_type} phải có nhiệt độ cài đặt.</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} does not allow duty mode {duty_mode} (allowed: {allowed}).</source>
      <translation>Loại hình {trade_mode} không cho phép phương thức miễn/nộp thuế {duty_mode} (được phép: {allowed}).</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} does not allow levy nature {cut_mode} (allowed: {allowed}).</source>
      <translation>Loại hình {trade_mode} không cho phép tính chất miễn/nộp thuế {cut_mode} (được phép: {allowed}).</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} needs a record number (starting with {prefixes}).</source>
      <translation>Loại hình {trade_mode} phải có số hồ sơ (bắt đầu bằng {prefixes}).</translation>
    </message>
    <message>
      <source>The booking needs a document party with function {role}.</source>
      <translation>Booking phải có một bên trên chứng từ với chức năng {role}.</translation>
    </message>
    <message>
      <source>The booking needs a location of type {function}.</source>
      <translation>Booking phải có địa điểm loại {function}.</translation>
    </message>
    <message>
      <source>The booking requests no equipment.</source>
      <translation>Booking chưa yêu cầu container nào.</translation>
    </message>
    <message>
      <source>The carrier needs street, city and country together in the address of {party} (or leave them all empty to send the address as written).</source>
      <translation>Hãng tàu cần có đủ đường phố, thành phố và quốc gia trong địa chỉ của {party} (hoặc để trống cả ba để gửi địa chỉ như đã ghi).</translation>
    </message>
    <message>
      <source>The charge is incomplete: give the mark, the amount and (for a unit price or total) the currency.</source>
      <translation>Thông tin phí chưa đủ: hãy khai ký hiệu, số tiền và (nếu là đơn giá hoặc tổng tiền) loại tiền.</translation>
    </message>
    <message>
      <source>The check character of the unified social credit code {value} does not match; check it (some real codes fail this check).</source>
      <translation>Ký tự kiểm tra của mã số tín dụng xã hội thống nhất {value} không khớp; hãy kiểm tra lại (một số mã thật vẫn không qua được bước kiểm tra này).</translation>
    </message>
    <message>
      <source>The check digit of container number {value} is wrong (ISO 6346).</source>
      <translation>Chữ số kiểm tra của số container {value} bị sai (ISO 6346).</translation>
    </message>
    <message>
      <source>The code table {table} cannot be read: {detail}</source>
      <translation>Không đọc được bảng mã {table}: {detail}</translation>
    </message>
    <message>
      <source>The customs code's 6th character {sixth} requires levy nature {expected} for general trade, not {cut_mode}.</source>
      <translation>Ký tự thứ 6 của mã hải quan là {sixth}: với loại hình thương mại thông thường, tính chất miễn/nộp thuế phải là {expected}, không phải {cut_mode}.</translation>
    </message>
    <message>
      <source>The declaration date {date} is in the future.</source>
      <translation>Ngày khai báo {date} là ngày trong tương lai.</translation>
    </message>
    <message>
      <source>The declaration elements joined are {length} characters; at most {max} fit.</source>
      <translation>Các yếu tố khai báo ghép lại dài {length} ký tự; tối đa {max} ký tự.</translation>
    </message>
    <message>
      <source>The declaration has no items.</source>
      <translation>Tờ khai không có dòng hàng nào.</translation>
    </message>
    <message>
      <source>The declaration has {count} items; at most {max} are allowed. Split it.</source>
      <translation>Tờ khai có {count} dòng hàng; tối đa {max} dòng. Hãy tách tờ khai.</translation>
    </message>
    <message>
      <source>The declared total {declared} differs from the sum of the item totals {sum}.</source>
      <translation>Tổng trị giá khai báo {declared} khác tổng trị giá các dòng hàng {sum}.</translation>
    </message>
    <message>
      <source>The equipment carries no commodities.</source>
      <translation>Container này không chứa hàng hóa nào.</translation>
    </message>
    <message>
      <source>The export date {date} is more than {days} days in the past.</source>
      <translation>Ngày xuất khẩu {date} đã qua hơn {days} ngày.</translation>
    </message>
    <message>
      <source>The record number does not fit supervision mode {trade_mode} (expected prefix: {prefixes}).</source>
      <translation>Số hồ sơ không phù hợp với loại hình {trade_mode} (tiền tố cần có: {prefixes}).</translation>
    </message>
    <message>
      <source>The requested departure {date} is in the past.</source>
      <translation>Ngày khởi hành yêu cầu {date} đã qua.</translation>
    </message>
    <message>
      <source>The shipment has no goods lines.</source>
      <translation>Lô hàng không có dòng hàng nào.</translation>
    </message>
    <message>
      <source>The shipment total {value} differs from the sum of the goods lines {sum}.</source>
      <translation>Tổng {value} của lô hàng khác tổng các dòng hàng {sum}.</translation>
    </message>
    <message>
      <source>The supplementary code {value} must be 2 digits (00 where the line is not split).</source>
      <translation>Mã bổ sung {value} phải gồm 2 chữ số (dòng thuế không chia nhỏ thì ghi 00).</translation>
    </message>
    <message>
      <source>The value must be greater than zero (is {value}).</source>
      <translation>Giá trị phải lớn hơn 0 (hiện là {value}).</translation>
    </message>
    <message>
      <source>There is no code table named {table}.</source>
      <translation>Không có bảng mã nào tên {table}.</translation>
    </message>
    <message>
      <source>Total {total} is not quantity {quantity} × unit price {unit_price} = {expected}.</source>
      <translation>Trị giá {total} không bằng số lượng {quantity} × đơn giá {unit_price} = {expected}.</translation>
    </message>
    <message>
      <source>Transaction mode {trans_mode} does not include this charge; leave it empty.</source>
      <translation>Phương thức thành giao {trans_mode} không bao gồm khoản phí này; hãy để trống.</translation>
    </message>
    <message>
      <source>Transaction mode {trans_mode} needs this charge declared.</source>
      <translation>Phương thức thành giao {trans_mode} phải khai khoản phí này.</translation>
    </message>
    <message>
      <source>UN {un_number}: give the dangerous goods details (proper shipping name, emergency contact, the flags).</source>
      <translation>UN {un_number}: khai chi tiết hàng nguy hiểm (tên vận chuyển chính xác, liên hệ khẩn cấp, các chỉ báo).</translation>
    </message>
    <message>
      <source>Waterway transport: {field} is required.</source>
      <translation>Vận tải đường thủy: bắt buộc khai “{field}”.</translation>
    </message>
    <message>
      <source>{density} kg per m³ is not a plausible density for packed goods ({low} to {high}): check the weight and the volume.</source>
      <translation>{density} kg/m³ không phải là tỷ trọng hợp lý của hàng đã đóng gói (từ {low} đến {high}): hãy kiểm tra trọng lượng và thể tích.</translation>
    </message>
    <message>
      <source>{field} has the wrong format: {value}.</source>
      <translation>{field} sai định dạng: {value}.</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>Bắt buộc khai “{field}”.</translation>
    </message>
    <message>
      <source>{field} is too long: {length} characters, at most {max}.</source>
      <translation>{field} quá dài: {length} ký tự, tối đa {max}.</translation>
    </message>
    <message>
      <source>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</source>
      <translation>{field}: {value} có {length} chữ số; mã số hàng hóa phải đủ 10 chữ số — 8 chữ số dòng thuế và 2 chữ số bổ sung (thường là 00). Dùng chức năng tra cứu mã HS để điền đủ.</translation>
    </message>
    <message>
      <source>{field}: {value} is not an HS 2022 subheading.</source>
      <translation>{field}: {value} không phải phân nhóm HS 2022.</translation>
    </message>
    <message>
      <source>{field}: {value} is not in the {table}.</source>
      <translation>{field}: {value} không có trong {table}.</translation>
    </message>
    <message>
      <source>{mass} kg of cargo in one {size_type} container is more than such a box carries (about {limit} kg): check the weight or the number of containers.</source>
      <translation>{mass} kg hàng trong một container {size_type} vượt quá tải trọng của loại container này (khoảng {limit} kg): hãy kiểm tra trọng lượng hoặc số container.</translation>
    </message>
    <message>
      <source>{mass} kg of cargo per {size_type} container ({units} booked) is more than such a box carries (about {limit} kg): book more containers or check the weights.</source>
      <translation>{mass} kg hàng mỗi container {size_type} (đặt {units} container) vượt quá tải trọng của loại container này (khoảng {limit} kg): hãy đặt thêm container hoặc kiểm tra trọng lượng.</translation>
    </message>
    <message>
      <source>{value} is not a container number (4 letters ending in U, J or Z, then 7 digits).</source>
      <translation>{value} không phải số container (4 chữ cái, kết thúc bằng U, J hoặc Z, tiếp theo là 7 chữ số).</translation>
    </message>
    <message>
      <source>{value} is not a unified social credit code (18 characters, GB 32100-2015).</source>
      <translation>{value} không phải mã số tín dụng xã hội thống nhất (18 ký tự, GB 32100-2015).</translation>
    </message>
    <message>
      <source>{value} {currency} per kg (about {usd} USD) is an unusual value for goods: check the amount and the net weight.</source>
      <translation>{value} {currency}/kg (khoảng {usd} USD) là trị giá bất thường: hãy kiểm tra trị giá và trọng lượng tịnh.</translation>
    </message>
    <message>
      <source>{volume} m³ of cargo does not fit one {size_type} container (about {limit} m³ inside).</source>
      <translation>{volume} m³ hàng không vừa một container {size_type} (thể tích trong khoảng {limit} m³).</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <source>Asia/Shanghai in Chinese is {name}</source>
      <translation>tên tiếng Trung của Asia/Shanghai là {name}</translation>
    </message>
    <message>
      <source>Chinese sorts as {order}</source>
      <translation>tiếng Trung được sắp xếp thành {order}</translation>
    </message>
    <message>
      <source>OS store via truststore {version}</source>
      <translation>kho chứng chỉ của hệ điều hành qua truststore {version}</translation>
    </message>
    <message>
      <source>SQLite {version}, FTS5 trigram, WAL</source>
      <translation>SQLite {version}, có tìm kiếm FTS5 trigram và chế độ WAL</translation>
    </message>
    <message>
      <source>Vietnamese sorts as {order}</source>
      <translation>tiếng Việt được sắp xếp thành {order}</translation>
    </message>
    <message>
      <source>configure_keyring() -&gt; {status}</source>
      <translation>configure_keyring() cho kết quả {status}</translation>
    </message>
    <message>
      <source>corridor-desk {version}, Python {python}, {system} {machine}, bundled at {root}; commands: {commands}</source>
      <translation>corridor-desk {version}, Python {python}, {system} {machine}, bản cài đặt tại {root}; lệnh: {commands}</translation>
    </message>
    <message>
      <source>corridor-desk {version}, Python {python}, {system} {machine}, from source at {root}; commands: {commands}</source>
      <translation>corridor-desk {version}, Python {python}, {system} {machine}, chạy từ mã nguồn tại {root}; lệnh: {commands}</translation>
    </message>
    <message>
      <source>empty {folders}</source>
      <translation>trống: {folders}</translation>
    </message>
    <message>
      <source>files: {counts}</source>
      <translation>số tệp: {counts}</translation>
    </message>
    <message>
      <source>invoice of {size} bytes made in worker process {pid}</source>
      <translation>đã lập hóa đơn ({size} byte) trong tiến trình phụ {pid}</translation>
    </message>
    <message>
      <source>keyring default</source>
      <translation>mặc định của keyring</translation>
    </message>
    <message>
      <source>missing in {folder}: {files}</source>
      <translation>thiếu trong {folder}: {files}</translation>
    </message>
    <message>
      <source>missing {folders}</source>
      <translation>thiếu {folders}</translation>
    </message>
    <message>
      <source>missing {path}</source>
      <translation>thiếu {path}</translation>
    </message>
    <message>
      <source>no answer within {seconds} s</source>
      <translation>không có phản hồi trong {seconds} giây</translation>
    </message>
    <message>
      <source>no codec {names}</source>
      <translation>không có bảng mã {names}</translation>
    </message>
    <message>
      <source>none ({name} via {how}): no OS keyring here, the app asks for the password each session</source>
      <translation>không có ({name} qua {how}): máy này không có kho khóa của hệ điều hành, mỗi phiên ứng dụng sẽ hỏi mật khẩu</translation>
    </message>
    <message>
      <source>not compiled yet (run make i18n; {ts} exists)</source>
      <translation>chưa được biên dịch (hãy chạy make i18n; có {ts})</translation>
    </message>
    <message>
      <source>not compiled yet (run make i18n; {ts} missing)</source>
      <translation>chưa được biên dịch (hãy chạy make i18n; thiếu {ts})</translation>
    </message>
    <message>
      <source>not found in {folder}</source>
      <translation>không tìm thấy trong {folder}</translation>
    </message>
    <message>
      <source>only {embedded} of {total} fonts embedded (FontFile2) in the test PDF</source>
      <translation>PDF thử chỉ nhúng {embedded} trong {total} phông chữ (FontFile2)</translation>
    </message>
    <message>
      <source>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import</source>
      <translation>nền tảng “{name}”, Qt {qt}, định dạng ảnh {formats}, biểu tượng hiển thị được, nạp được {modules} mô-đun desktop.ui</translation>
    </message>
    <message>
      <source>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import, Chinese and Vietnamese collation and code pages</source>
      <translation>nền tảng “{name}”, Qt {qt}, định dạng ảnh {formats}, biểu tượng hiển thị được, nạp được {modules} mô-đun desktop.ui, có thứ tự sắp xếp và bảng mã tiếng Trung và tiếng Việt</translation>
    </message>
    <message>
      <source>platform {name} loaded but Qt's text services (ICU) are incomplete: {text}</source>
      <translation>đã nạp nền tảng {name} nhưng dịch vụ văn bản của Qt (ICU) chưa đầy đủ: {text}</translation>
    </message>
    <message>
      <source>platform {name} loaded but UI modules do not import: {broken}</source>
      <translation>đã nạp nền tảng {name} nhưng không nhập được các mô-đun giao diện: {broken}</translation>
    </message>
    <message>
      <source>platform {name} loaded but image formats missing: {formats}</source>
      <translation>đã nạp nền tảng {name} nhưng thiếu định dạng ảnh: {formats}</translation>
    </message>
    <message>
      <source>platform {name} loaded but the app icon does not render ({path})</source>
      <translation>đã nạp nền tảng {name} nhưng không vẽ được biểu tượng ứng dụng ({path})</translation>
    </message>
    <message>
      <source>the worker gave {size} bytes from processes {pids}</source>
      <translation>tiến trình phụ {pids} chỉ trả về {size} byte</translation>
    </message>
    <message>
      <source>truststore missing ({error}); the OS certificate store cannot be used</source>
      <translation>thiếu truststore ({error}); không dùng được kho chứng chỉ của hệ điều hành</translation>
    </message>
    <message>
      <source>{catalogues} load</source>
      <translation>nạp được {catalogues}</translation>
    </message>
    <message>
      <source>{embedded} TrueType subsets embedded ({fonts}), licences present, PDFium renders ({width} px)</source>
      <translation>đã nhúng {embedded} tập con phông TrueType ({fonts}), có đủ giấy phép, PDFium hiển thị được ({width} px)</translation>
    </message>
    <message>
      <source>{name} has no glyph for {chars}</source>
      <translation>{name} không có nét chữ cho {chars}</translation>
    </message>
    <message>
      <source>{name} via {how}</source>
      <translation>{name} qua {how}</translation>
    </message>
    <message>
      <source>{name} via {how} stores secrets in plain text</source>
      <translation>{name} (qua {how}) lưu mật khẩu dạng văn bản thường</translation>
    </message>
    <message>
      <source>{name} via {how}; expected {expected}</source>
      <translation>{name} qua {how}; cần {expected}</translation>
    </message>
    <message>
      <source>{name}: {why}</source>
      <translation>{name}: {why}</translation>
    </message>
    <message>
      <source>{path} does not load</source>
      <translation>không nạp được {path}</translation>
    </message>
    <message>
      <source>{problems}</source>
      <translation>{problems}</translation>
    </message>
    <message>
      <source>{problems} under {root}</source>
      <translation>trong {root}: {problems}</translation>
    </message>
    <message>
      <source>{source}; certifi bundle missing at {bundle}</source>
      <translation>{source}; thiếu gói chứng chỉ certifi tại {bundle}</translation>
    </message>
    <message>
      <source>{source}; certifi bundle {bundle} ({size} KiB); {openssl}</source>
      <translation>{source}; gói chứng chỉ certifi {bundle} ({size} KiB); {openssl}</translation>
    </message>
    <message>
      <source>{source}; no certifi bundle; {openssl}</source>
      <translation>{source}; không có gói chứng chỉ certifi; {openssl}</translation>
    </message>
    <message>
      <source>{url} answered 200 {summary} (process {pid}, started in {seconds} s)</source>
      <translation>{url} trả lời 200 {summary} (tiến trình {pid}, khởi động trong {seconds} giây)</translation>
    </message>
    <message>
      <source>{url} answered HTTP {status}</source>
      <translation>{url} trả lời HTTP {status}</translation>
    </message>
  </context>
  <context>
    <name>SelfTestDialog</name>
    <message numerus="yes">
      <source>All {total} checks passed</source>
      <translation>
        <numerusform>Đạt cả {total} mục kiểm tra</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking this installation…</source>
      <translation>Đang kiểm tra bản cài đặt…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>LỖI</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ĐẠT</translation>
    </message>
    <message>
      <source>Self-test</source>
      <translation>Tự kiểm tra</translation>
    </message>
    <message>
      <source>{failed} of {total} checks failed</source>
      <translation>{failed}/{total} mục kiểm tra bị lỗi</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>&amp;Autosave every (seconds)</source>
      <translation>&amp;Tự động lưu mỗi (giây)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <source>&amp;Platform address</source>
      <translation>Địa &amp;chỉ nền tảng</translation>
    </message>
    <message>
      <source>Autosave interval</source>
      <translation>Chu kỳ tự động lưu</translation>
    </message>
    <message>
      <source>Empty: the built-in sandbox</source>
      <translation>Để trống: dùng môi trường thử nghiệm có sẵn</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Notify me when a filing changes status</source>
      <translation>Thông báo khi hồ sơ thay đổi trạng thái</translation>
    </message>
    <message>
      <source>Platform address</source>
      <translation>Địa chỉ nền tảng</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Theo hệ thống</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Lưu cài đặt</translation>
    </message>
    <message>
      <source>The language changes at once; a platform change applies at the next start. Passwords are kept in the system keyring, never in the settings file.</source>
      <translation>Ngôn ngữ đổi ngay lập tức; thay đổi nền tảng có hiệu lực từ lần khởi động sau. Mật khẩu được giữ trong kho khóa của hệ thống, không bao giờ ghi vào tệp cài đặt.</translation>
    </message>
  </context>
  <context>
    <name>SheetImportDialog</name>
    <message numerus="yes">
      <source>%n goods line(s) ready to import.</source>
      <translation>
        <numerusform>%n dòng hàng sẵn sàng để nhập.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Nhập</translation>
    </message>
    <message>
      <source>(item number)</source>
      <translation>(STT)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(không nhập)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>Ô</translation>
    </message>
    <message>
      <source>Columns found</source>
      <translation>Các cột nhận ra được</translation>
    </message>
    <message>
      <source>Errors by cell</source>
      <translation>Lỗi theo từng ô</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Trường</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <source>Import &amp;without the rows with errors</source>
      <translation>Nhập, &amp;bỏ qua các dòng có lỗi</translation>
    </message>
    <message>
      <source>Import goods from {file}</source>
      <translation>Nhập hàng từ {file}</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Vấn đề</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>Đang đọc {file}…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Trang tính</translation>
    </message>
    <message numerus="yes">
      <source>{bad} of {rows} goods lines have errors. Fix them in the file and open it again, or import the {good} good line(s) without them.</source>
      <translation>
        <numerusform>{bad}/{rows} dòng hàng có lỗi. Hãy sửa trong tệp rồi mở lại, hoặc chỉ nhập {good} dòng không lỗi.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sheets</name>
    <message>
      <source>Columns</source>
      <translation>Các cột</translation>
    </message>
  </context>
  <context>
    <name>ShipmentAids</name>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Tờ khai</translation>
    </message>
    <message>
      <source>Declaration {part}/{parts}</source>
      <translation>Tờ khai {part}/{parts}</translation>
    </message>
    <message>
      <source>declaration and booking complete</source>
      <translation>tờ khai và booking đã đủ thông tin</translation>
    </message>
    <message>
      <source>{document} will need: {problem}</source>
      <translation>{document} còn cần: {problem}</translation>
    </message>
    <message>
      <source>{document}: {n} to fix</source>
      <translation>{document}: {n} chỗ cần sửa</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
  </context>
  <context>
    <name>ShipmentEditor</name>
    <message>
      <source>Containers</source>
      <translation>Container</translation>
    </message>
    <message>
      <source>Create / refresh &amp;booking</source>
      <translation>Tạo / cập nhật &amp;booking</translation>
    </message>
    <message>
      <source>Create / refresh &amp;declaration</source>
      <translation>Tạo / cập nhật &amp;tờ khai</translation>
    </message>
    <message>
      <source>Dangerous goods details…</source>
      <translation>Hàng nguy hiểm…</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Thông tin chung</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>Hàng hóa</translation>
    </message>
    <message>
      <source>New shipment</source>
      <translation>Lô hàng mới</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Các bên liên quan</translation>
    </message>
    <message>
      <source>Reefer settings…</source>
      <translation>Cài đặt container lạnh…</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Tuyến vận chuyển</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowControl</name>
    <message>
      <source>Appl&amp;y</source>
      <translation>Áp dụn&amp;g</translation>
    </message>
    <message>
      <source>D: deleted by customs</source>
      <translation>D: hải quan hủy tờ khai</translation>
    </message>
    <message>
      <source>E: not accepted</source>
      <translation>E: không được tiếp nhận</translation>
    </message>
    <message>
      <source>First attempt to FailBox</source>
      <translation>Lần gửi đầu vào FailBox (gửi lỗi)</translation>
    </message>
    <message>
      <source>H: held, manual declaration</source>
      <translation>H: tạm dừng, phải khai thủ công</translation>
    </message>
    <message>
      <source>How the sandbox's Single Window client answers every declaration handed to its folders from now on</source>
      <translation>Từ giờ, phần mềm Single Window của môi trường thử nghiệm trả lời mọi tờ khai đặt vào thư mục của nó như thế nào</translation>
    </message>
    <message>
      <source>Imported, accepted and released</source>
      <translation>Nhập thành công, hải quan tiếp nhận và thông quan</translation>
    </message>
    <message>
      <source>Inspection before release</source>
      <translation>Kiểm tra thực tế trước khi thông quan</translation>
    </message>
    <message>
      <source>Rejected by customs</source>
      <translation>Hải quan từ chối</translation>
    </message>
    <message>
      <source>Single &amp;Window client:</source>
      <translation>Phần mềm Single &amp;Window:</translation>
    </message>
    <message>
      <source>Single Window client: “{scenario}” for every declaration from now on.</source>
      <translation>Phần mềm Single Window: từ giờ mọi tờ khai theo kịch bản “{scenario}”.</translation>
    </message>
    <message>
      <source>Slow answers (ten times longer)</source>
      <translation>Phản hồi chậm (lâu gấp mười lần)</translation>
    </message>
    <message>
      <source>The customs receipt code the rejection comes back with</source>
      <translation>Mã phản hồi hải quan khi tờ khai bị từ chối</translation>
    </message>
    <message>
      <source>Y: declaration failed</source>
      <translation>Y: khai báo không thành công</translation>
    </message>
    <message>
      <source>Z: returned for correction</source>
      <translation>Z: trả lại để sửa</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Chọn thư mục…</translation>
    </message>
    <message>
      <source>&amp;Sandbox folder</source>
      <translation>Thư mục &amp;thử nghiệm</translation>
    </message>
    <message>
      <source>C: declare at once</source>
      <translation>C: khai báo ngay</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Data-entry company USCC</source>
      <translation>Mã số thuế thống nhất của đơn vị nhập liệu</translation>
    </message>
    <message>
      <source>Data-entry company customs code</source>
      <translation>Mã hải quan của đơn vị nhập liệu</translation>
    </message>
    <message>
      <source>Data-entry company name</source>
      <translation>Tên đơn vị nhập liệu</translation>
    </message>
    <message>
      <source>Declarations of this company are handed to the China Single Window client through its message folders (ImpPath). The client signs them with the operator's IC card. Leave the folder empty to file through the corridor platform instead.</source>
      <translation>Tờ khai của doanh nghiệp này được chuyển cho phần mềm Single Window của Trung Quốc qua thư mục tệp khai báo (ImpPath); phần mềm ký bằng thẻ IC của người khai. Để trống thư mục nếu muốn gửi qua nền tảng Hành lang.</translation>
    </message>
    <message>
      <source>Folder found.</source>
      <translation>Đã tìm thấy thư mục.</translation>
    </message>
    <message>
      <source>Folder not found now; declarations wait until it can be reached.</source>
      <translation>Hiện chưa tìm thấy thư mục; tờ khai sẽ chờ đến khi truy cập được.</translation>
    </message>
    <message>
      <source>G: store in the Single Window for review</source>
      <translation>G: lưu tạm trên Single Window để kiểm tra lại</translation>
    </message>
    <message>
      <source>ImpPath folder</source>
      <translation>Thư mục ImpPath</translation>
    </message>
    <message>
      <source>No folder: declarations go to the corridor platform.</source>
      <translation>Chưa có thư mục: tờ khai gửi qua nền tảng Hành lang.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Operation</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <source>Operator IC card number</source>
      <translation>Số thẻ IC của người khai</translation>
    </message>
    <message>
      <source>Operator name</source>
      <translation>Tên người khai</translation>
    </message>
    <message>
      <source>Single Window settings</source>
      <translation>Cài đặt Single Window</translation>
    </message>
    <message>
      <source>The folder where the sandbox plays the Single Window client: declarations are imported and answered as the real client would, offline.</source>
      <translation>Thư mục nơi môi trường thử nghiệm đóng vai phần mềm Single Window: tờ khai được nhập và phản hồi như phần mềm thật, không cần mạng.</translation>
    </message>
    <message>
      <source>empty: the declaring agent</source>
      <translation>để trống: như đại lý khai hải quan</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowMenu</name>
    <message>
      <source>Choose a company first.</source>
      <translation>Hãy chọn doanh nghiệp trước.</translation>
    </message>
    <message>
      <source>Single &amp;Window settings…</source>
      <translation>Cài đặt &amp;Single Window…</translation>
    </message>
    <message>
      <source>Single Window settings</source>
      <translation>Cài đặt Single Window</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Accepted</source>
      <translation>Đã chấp nhận</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Đã xác nhận</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Không chấp nhận</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Bản nháp</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Khai báo thất bại</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>Kiểm tra thực tế</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>Đang chờ gửi</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Đã tiếp nhận</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Đã thông quan</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Đã yêu cầu</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Đã rút</translation>
    </message>
  </context>
  <context>
    <name>SupplementDialog</name>
    <message>
      <source>&amp;Supplementary digits</source>
      <translation>&amp;Mã bổ sung (2 số)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Commodity code: {code}</source>
      <translation>Mã số hàng hóa: {code}</translation>
    </message>
    <message>
      <source>Supplementary digits</source>
      <translation>Mã bổ sung</translation>
    </message>
    <message>
      <source>Tariff line {line}:
{names}</source>
      <translation>Dòng thuế {line}:
{names}</translation>
    </message>
    <message>
      <source>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</source>
      <translation>Mã số hàng hóa gồm 8 chữ số dòng thuế của Trung Quốc và 2 chữ số bổ sung. Đa số dòng thuế không chia nhỏ thêm và dùng 00; nếu hải quan chia nhỏ dòng (ví dụ theo công dụng, quy cách), hãy nhập 2 chữ số theo biểu thuế hoặc hỏi đại lý hải quan.</translation>
    </message>
    <message>
      <source>This company declared this line before with: {digits}</source>
      <translation>Doanh nghiệp đã từng khai dòng thuế này với mã: {digits}</translation>
    </message>
    <message>
      <source>Use this code</source>
      <translation>Dùng mã này</translation>
    </message>
  </context>
  <context>
    <name>TableEditor</name>
    <message>
      <source>Add line</source>
      <translation>Thêm dòng</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Nhân bản</translation>
    </message>
    <message>
      <source>HS lookup…</source>
      <translation>Tra cứu mã HS…</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Các dòng</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Chuyển xuống</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Chuyển lên</translation>
    </message>
    <message>
      <source>Paste from Excel</source>
      <translation>Dán từ Excel</translation>
    </message>
  </context>
  <context>
    <name>TrainerHook</name>
    <message>
      <source>Guided lessons: a first declaration, a first booking, step by step</source>
      <translation>Bài học có hướng dẫn: tờ khai đầu tiên, booking đầu tiên, từng bước một</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Bài học</translation>
    </message>
    <message>
      <source>Plain HTTP: training network only</source>
      <translation>HTTP không mã hóa: chỉ dùng trong mạng đào tạo</translation>
    </message>
    <message>
      <source>The class on this sandbox: scenarios, clock, reset, every trainee's filings</source>
      <translation>Lớp học trên môi trường thử nghiệm này: tình huống, đồng hồ, đặt lại, hồ sơ khai của từng học viên</translation>
    </message>
    <message>
      <source>This platform is reached over plain HTTP, which anyone on the network can read: use it only on a training network, never with real company data or passwords.</source>
      <translation>Hệ thống này được kết nối qua HTTP không mã hóa, ai trong mạng cũng đọc được: chỉ dùng trong mạng đào tạo, không bao giờ dùng với dữ liệu doanh nghiệp hay mật khẩu thật.</translation>
    </message>
    <message>
      <source>Trainer panel</source>
      <translation>Bảng điều khiển giảng viên</translation>
    </message>
  </context>
  <context>
    <name>TrainerPanel</name>
    <message>
      <source>&amp;Apply</source>
      <translation>Á&amp;p dụng</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>Á&amp;p cho:</translation>
    </message>
    <message>
      <source>&amp;Lesson:</source>
      <translation>&amp;Bài học:</translation>
    </message>
    <message>
      <source>&amp;Reset class…</source>
      <translation>Đặt &amp;lại lớp…</translation>
    </message>
    <message>
      <source>&amp;Scenario:</source>
      <translation>&amp;Tình huống:</translation>
    </message>
    <message>
      <source>+1 day</source>
      <translation>+1 ngày</translation>
    </message>
    <message>
      <source>+1 h</source>
      <translation>+1 giờ</translation>
    </message>
    <message>
      <source>+10 min</source>
      <translation>+10 phút</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Bookings declined</source>
      <translation>Booking bị từ chối</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Client seq. no.</source>
      <translation>Số tham chiếu khai báo</translation>
    </message>
    <message>
      <source>Customs inspection</source>
      <translation>Hải quan kiểm tra thực tế</translation>
    </message>
    <message>
      <source>Customs no.</source>
      <translation>Số tờ khai hải quan</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Tờ khai</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>Tờ khai</translation>
    </message>
    <message>
      <source>Declarations rejected</source>
      <translation>Tờ khai bị từ chối</translation>
    </message>
    <message>
      <source>Everything goes through</source>
      <translation>Mọi thứ thông suốt</translation>
    </message>
    <message>
      <source>Filings and receipts of the whole class</source>
      <translation>Hồ sơ khai và phản hồi của cả lớp</translation>
    </message>
    <message>
      <source>Filings and receipts of {user}</source>
      <translation>Hồ sơ khai và phản hồi của {user}</translation>
    </message>
    <message>
      <source>Fresh demo data for everyone; seats and logins are kept</source>
      <translation>Dữ liệu mẫu mới cho mọi người; giữ nguyên chỗ học viên và đăng nhập</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
      <source>Last receipt</source>
      <translation>Phản hồi gần nhất</translation>
    </message>
    <message>
      <source>Lesson “{lesson}”: scenario “{scenario}” for the whole class.</source>
      <translation>Bài học “{lesson}”: đã đặt tình huống “{scenario}” cho cả lớp.</translation>
    </message>
    <message>
      <source>Move the sandbox clock forward: receipts that fall due arrive</source>
      <translation>Tua đồng hồ thử nghiệm: các phản hồi đến hạn sẽ về</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Platform unavailable at times (503)</source>
      <translation>Hệ thống đôi lúc không truy cập được (503)</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <source>Remove every filing and receipt of the class and start again with fresh demo data? Seats and logins are kept.</source>
      <translation>Xóa mọi hồ sơ khai và phản hồi của lớp rồi bắt đầu lại với dữ liệu mẫu mới? Chỗ học viên và đăng nhập được giữ nguyên.</translation>
    </message>
    <message>
      <source>Reset class</source>
      <translation>Đặt lại lớp</translation>
    </message>
    <message>
      <source>S&amp;tart for the class</source>
      <translation>Bắ&amp;t đầu cho cả lớp</translation>
    </message>
    <message>
      <source>Sandbox clock: {clock}</source>
      <translation>Đồng hồ thử nghiệm: {clock}</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Tình huống</translation>
    </message>
    <message>
      <source>Scenario “{scenario}” for the whole class.</source>
      <translation>Đã đặt tình huống “{scenario}” cho cả lớp.</translation>
    </message>
    <message>
      <source>Scenario “{scenario}” for {user}.</source>
      <translation>Đã đặt tình huống “{scenario}” cho {user}.</translation>
    </message>
    <message>
      <source>Session expires quickly</source>
      <translation>Phiên đăng nhập hết hạn nhanh</translation>
    </message>
    <message>
      <source>Sets the lesson's scenario for the whole class</source>
      <translation>Đặt tình huống của bài học cho cả lớp</translation>
    </message>
    <message>
      <source>Slow platform</source>
      <translation>Hệ thống phản hồi chậm</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>The class was reset.</source>
      <translation>Đã đặt lại lớp.</translation>
    </message>
    <message>
      <source>The sandbox clock moved forward.</source>
      <translation>Đồng hồ thử nghiệm đã được tua.</translation>
    </message>
    <message>
      <source>The whole class</source>
      <translation>Cả lớp</translation>
    </message>
    <message>
      <source>Too many requests (429)</source>
      <translation>Quá nhiều yêu cầu (429)</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>Học viên</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Cập nhật</translation>
    </message>
    <message numerus="yes">
      <source>{n} field error(s)</source>
      <translation>
        <numerusform>{n} lỗi theo trường</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnsavedDialog</name>
    <message>
      <source>&amp;Discard changes</source>
      <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Save the changes to these {n} records?</source>
      <translation>Lưu thay đổi của {n} hồ sơ sau?</translation>
    </message>
    <message>
      <source>Save the changes to {title}?</source>
      <translation>Lưu thay đổi của {title}?</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Có thay đổi chưa lưu</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Corridor Desk user guide</source>
      <translation>Hướng dẫn sử dụng Corridor Desk</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Hướng dẫn sử dụng</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
      <source>CA certificate file</source>
      <translation>Tệp chứng chỉ CA</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Chứng chỉ (*.pem *.crt *.cer);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Connected: the workspace on {server} is ready (database version {version}).</source>
      <translation>Đã kết nối: không gian làm việc trên {server} đã sẵn sàng (cơ sở dữ liệu phiên bản {version}).</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
      <source>Empty: the system's trusted certificates</source>
      <translation>Để trống: dùng các chứng chỉ hệ thống tin cậy</translation>
    </message>
    <message>
      <source>Encrypt without verifying the certificate</source>
      <translation>Mã hóa nhưng không kiểm tra chứng chỉ</translation>
    </message>
    <message>
      <source>Enter the server, the database and the user name.</source>
      <translation>Vui lòng nhập máy chủ, cơ sở dữ liệu và tên đăng nhập.</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored password</source>
      <translation>Để trống để giữ mật khẩu đã lưu</translation>
    </message>
    <message>
      <source>No encryption (this computer or a trusted network only)</source>
      <translation>Không mã hóa (chỉ dùng trên máy này hoặc mạng tin cậy)</translation>
    </message>
    <message>
      <source>Not switched: the open editors stay open in this workspace.</source>
      <translation>Chưa chuyển: các cửa sổ đang soạn vẫn mở trong không gian làm việc này.</translation>
    </message>
    <message>
      <source>On a PostgreSQL server shared by the office</source>
      <translation>Trên máy chủ PostgreSQL dùng chung của văn phòng</translation>
    </message>
    <message>
      <source>On this computer (a file in the data folder)</source>
      <translation>Trên máy tính này (một tệp trong thư mục dữ liệu)</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mật khẩu</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Cổng</translation>
    </message>
    <message>
      <source>Saved. Corridor Desk opens this workspace the next time it starts.</source>
      <translation>Đã lưu. Corridor Desk sẽ mở không gian làm việc này ở lần khởi động sau.</translation>
    </message>
    <message>
      <source>Secure connection</source>
      <translation>Kết nối bảo mật</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Máy chủ</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Tên đăng nhập</translation>
    </message>
    <message>
      <source>Verify the certificate and the server name (recommended)</source>
      <translation>Kiểm tra chứng chỉ và tên máy chủ (khuyến nghị)</translation>
    </message>
    <message>
      <source>Verify the certificate only</source>
      <translation>Chỉ kiểm tra chứng chỉ</translation>
    </message>
    <message>
      <source>Where this seat keeps its workspace. An office that files for the same companies can share one workspace on a PostgreSQL server; the password is kept in the system's secure store, never in the settings. Saving another workspace closes this one and opens the other at once; filings waiting to be sent stay in the outbox of their workspace and are sent when it is open again.</source>
      <translation>Nơi máy này lưu không gian làm việc. Một văn phòng khai báo cho cùng các doanh nghiệp có thể dùng chung một không gian làm việc trên máy chủ PostgreSQL; mật khẩu được lưu trong kho bảo mật của hệ thống, không bao giờ lưu trong phần cài đặt. Khi lưu một không gian làm việc khác, chương trình đóng không gian hiện tại và mở ngay không gian mới; các hồ sơ đang chờ gửi vẫn nằm trong hàng chờ gửi của không gian làm việc cũ và sẽ được gửi khi mở lại không gian đó.</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Không gian làm việc</translation>
    </message>
    <message>
      <source>e.g. db.office.local</source>
      <translation>ví dụ db.office.local</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceMenu</name>
    <message>
      <source>Wor&amp;kspace…</source>
      <translation>&amp;Không gian làm việc…</translation>
    </message>
  </context>
</TS>
