"""zh_CN and vi translations of the document and field labels the PDFs use, until the catalogues have them.

``i18n/build.py update`` takes entries from here for messages the .ts files leave unfinished;
:func:`desktop.core.documents.base.seeded_translate` falls back to it so the documents are bilingual today.
Keys are English source strings (contexts "Field" and "Document").
"""

# ruff: noqa: E501

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "Declaration ID": {
        "zh_CN": "报关单ID",
        "vi": "Mã tờ khai",
    },
    "Company": {
        "zh_CN": "企业",
        "vi": "Doanh nghiệp",
    },
    "Shipment": {
        "zh_CN": "业务单",
        "vi": "Lô hàng",
    },
    "Part": {
        "zh_CN": "第几份",
        "vi": "Phần",
    },
    "Parts": {
        "zh_CN": "份数",
        "vi": "Số phần",
    },
    "Status": {
        "zh_CN": "状态",
        "vi": "Trạng thái",
    },
    "Client sequence number": {
        "zh_CN": "客户端业务编号",
        "vi": "Số tham chiếu khai báo của doanh nghiệp",
    },
    "Customs declaration number": {
        "zh_CN": "海关编号",
        "vi": "Số tờ khai hải quan",
    },
    "Edited fields": {
        "zh_CN": "已修改字段",
        "vi": "Trường đã sửa",
    },
    "Receipts": {
        "zh_CN": "回执",
        "vi": "Thông báo phản hồi",
    },
    "Declaring customs": {
        "zh_CN": "申报地海关",
        "vi": "Hải quan nơi khai báo",
    },
    "Customs of exit": {
        "zh_CN": "出境关别",
        "vi": "Hải quan cửa khẩu xuất",
    },
    "Record number": {
        "zh_CN": "备案号",
        "vi": "Số hồ sơ đăng ký",
    },
    "Contract number": {
        "zh_CN": "合同协议号",
        "vi": "Số hợp đồng",
    },
    "Export date": {
        "zh_CN": "出口日期",
        "vi": "Ngày xuất khẩu",
    },
    "Declaration date": {
        "zh_CN": "申报日期",
        "vi": "Ngày khai báo",
    },
    "Domestic shipper USCC": {
        "zh_CN": "境内发货人统一社会信用代码",
        "vi": "Mã số tín dụng xã hội của người xuất khẩu",
    },
    "Domestic shipper customs code": {
        "zh_CN": "境内发货人海关编码",
        "vi": "Mã hải quan của người xuất khẩu",
    },
    "Domestic shipper": {
        "zh_CN": "境内发货人",
        "vi": "Người xuất khẩu",
    },
    "Overseas consignee code": {
        "zh_CN": "境外收货人代码",
        "vi": "Mã người nhận hàng nước ngoài",
    },
    "Overseas consignee": {
        "zh_CN": "境外收货人",
        "vi": "Người nhận hàng nước ngoài",
    },
    "Producer / seller USCC": {
        "zh_CN": "生产销售单位统一社会信用代码",
        "vi": "Mã số của đơn vị sản xuất / bán hàng",
    },
    "Producer / seller": {
        "zh_CN": "生产销售单位",
        "vi": "Đơn vị sản xuất / bán hàng",
    },
    "Declaring agent USCC": {
        "zh_CN": "申报单位统一社会信用代码",
        "vi": "Mã số tín dụng xã hội của đại lý khai hải quan",
    },
    "Declaring agent": {
        "zh_CN": "申报单位",
        "vi": "Đại lý khai hải quan",
    },
    "Transport mode": {
        "zh_CN": "运输方式",
        "vi": "Phương thức vận tải",
    },
    "Means of transport": {
        "zh_CN": "运输工具名称",
        "vi": "Tên phương tiện vận tải",
    },
    "Voyage number": {
        "zh_CN": "航次号",
        "vi": "Số chuyến",
    },
    "Bill of lading / waybill": {
        "zh_CN": "提运单号",
        "vi": "Số vận đơn",
    },
    "Supervision mode": {
        "zh_CN": "监管方式",
        "vi": "Loại hình",
    },
    "Levy nature": {
        "zh_CN": "征免性质",
        "vi": "Tính chất miễn/nộp thuế",
    },
    "Licence number": {
        "zh_CN": "许可证号",
        "vi": "Số giấy phép",
    },
    "Trading country": {
        "zh_CN": "贸易国（地区）",
        "vi": "Nước giao dịch",
    },
    "Country of arrival": {
        "zh_CN": "运抵国（地区）",
        "vi": "Nước đến",
    },
    "Port of destination": {
        "zh_CN": "指运港",
        "vi": "Cảng đích",
    },
    "Port of departure": {
        "zh_CN": "离境口岸",
        "vi": "Cửa khẩu xuất cảnh",
    },
    "Transaction mode": {
        "zh_CN": "成交方式",
        "vi": "Điều kiện giá hóa đơn",
    },
    "Freight mark": {
        "zh_CN": "运费标记",
        "vi": "Mã loại cước phí",
    },
    "Freight": {
        "zh_CN": "运费",
        "vi": "Cước phí",
    },
    "Freight currency": {
        "zh_CN": "运费币制",
        "vi": "Loại tiền cước",
    },
    "Insurance mark": {
        "zh_CN": "保费标记",
        "vi": "Mã loại phí bảo hiểm",
    },
    "Insurance": {
        "zh_CN": "保费",
        "vi": "Phí bảo hiểm",
    },
    "Insurance currency": {
        "zh_CN": "保费币制",
        "vi": "Loại tiền phí bảo hiểm",
    },
    "Other charges mark": {
        "zh_CN": "杂费标记",
        "vi": "Mã loại phí khác",
    },
    "Other charges": {
        "zh_CN": "杂费",
        "vi": "Phí khác",
    },
    "Other charges currency": {
        "zh_CN": "杂费币制",
        "vi": "Loại tiền phụ phí",
    },
    "Number of packages": {
        "zh_CN": "件数",
        "vi": "Số kiện",
    },
    "Package type": {
        "zh_CN": "包装种类",
        "vi": "Loại bao bì",
    },
    "Gross weight (kg)": {
        "zh_CN": "毛重（千克）",
        "vi": "Trọng lượng cả bì (kg)",
    },
    "Net weight (kg)": {
        "zh_CN": "净重（千克）",
        "vi": "Trọng lượng tịnh (kg)",
    },
    "Entry type": {
        "zh_CN": "报关单类型",
        "vi": "Loại tờ khai",
    },
    "Marks and numbers": {
        "zh_CN": "标记唛码",
        "vi": "Ký mã hiệu",
    },
    "Remarks": {
        "zh_CN": "备注",
        "vi": "Ghi chú",
    },
    "Currency": {
        "zh_CN": "币制",
        "vi": "Loại tiền",
    },
    "Total value": {
        "zh_CN": "总价",
        "vi": "Tổng trị giá",
    },
    "Attached documents": {
        "zh_CN": "随附单证及编号",
        "vi": "Chứng từ kèm theo",
    },
    "Containers": {
        "zh_CN": "集装箱",
        "vi": "Container",
    },
    "Items": {
        "zh_CN": "商品项",
        "vi": "Dòng hàng",
    },
    "Item no.": {
        "zh_CN": "项号",
        "vi": "STT",
    },
    "Commodity code": {
        "zh_CN": "商品编号",
        "vi": "Mã số hàng hóa",
    },
    "Goods name": {
        "zh_CN": "商品名称",
        "vi": "Tên hàng",
    },
    "Specification and model": {
        "zh_CN": "规格型号",
        "vi": "Quy cách, model",
    },
    "Declared quantity": {
        "zh_CN": "成交数量",
        "vi": "Số lượng khai báo",
    },
    "Declared unit": {
        "zh_CN": "成交计量单位",
        "vi": "Đơn vị tính khai báo",
    },
    "First legal quantity": {
        "zh_CN": "法定第一数量",
        "vi": "Số lượng pháp định thứ nhất",
    },
    "First legal unit": {
        "zh_CN": "法定第一计量单位",
        "vi": "Đơn vị pháp định thứ nhất",
    },
    "Second legal quantity": {
        "zh_CN": "法定第二数量",
        "vi": "Số lượng pháp định thứ hai",
    },
    "Second legal unit": {
        "zh_CN": "法定第二计量单位",
        "vi": "Đơn vị pháp định thứ hai",
    },
    "Unit price": {
        "zh_CN": "单价",
        "vi": "Đơn giá",
    },
    "Total price": {
        "zh_CN": "总价",
        "vi": "Tổng trị giá",
    },
    "Country of origin": {
        "zh_CN": "原产国（地区）",
        "vi": "Nước xuất xứ",
    },
    "Final destination country": {
        "zh_CN": "最终目的国（地区）",
        "vi": "Nước đến cuối cùng",
    },
    "Domestic source of goods": {
        "zh_CN": "境内货源地",
        "vi": "Nguồn hàng trong nước",
    },
    "Duty mode": {
        "zh_CN": "征免",
        "vi": "Miễn / nộp thuế",
    },
    "Container number": {
        "zh_CN": "集装箱号",
        "vi": "Số container",
    },
    "Container size": {
        "zh_CN": "集装箱规格",
        "vi": "Cỡ container",
    },
    "Tare weight (kg)": {
        "zh_CN": "自重（千克）",
        "vi": "Trọng lượng vỏ (kg)",
    },
    "LCL": {
        "zh_CN": "拼箱",
        "vi": "Hàng lẻ (LCL)",
    },
    "Item numbers": {
        "zh_CN": "商品项号",
        "vi": "STT dòng hàng",
    },
    "Attachment type": {
        "zh_CN": "随附单证代码",
        "vi": "Loại chứng từ",
    },
    "File name": {
        "zh_CN": "文件名",
        "vi": "Tên tệp",
    },
    "SHA-256": {
        "zh_CN": "SHA-256",
        "vi": "SHA-256",
    },
    "Shipment ID": {
        "zh_CN": "业务单ID",
        "vi": "Mã lô hàng",
    },
    "Shipment reference": {
        "zh_CN": "业务编号",
        "vi": "Số tham chiếu lô hàng",
    },
    "Invoice number": {
        "zh_CN": "发票号",
        "vi": "Số hóa đơn",
    },
    "Invoice date": {
        "zh_CN": "发票日期",
        "vi": "Ngày hóa đơn",
    },
    "Shipper": {
        "zh_CN": "发货人",
        "vi": "Người gửi hàng",
    },
    "Consignee": {
        "zh_CN": "收货人",
        "vi": "Người nhận hàng",
    },
    "Notify party": {
        "zh_CN": "通知人",
        "vi": "Bên được thông báo",
    },
    "Producer USCC": {
        "zh_CN": "生产销售单位统一社会信用代码",
        "vi": "Mã số của đơn vị sản xuất",
    },
    "Goods lines": {
        "zh_CN": "货物明细",
        "vi": "Dòng hàng",
    },
    "Route": {
        "zh_CN": "路线",
        "vi": "Tuyến vận chuyển",
    },
    "Incoterm": {
        "zh_CN": "贸易术语",
        "vi": "Điều kiện giao hàng (Incoterms)",
    },
    "Dangerous goods": {
        "zh_CN": "危险品",
        "vi": "Hàng nguy hiểm",
    },
    "Product": {
        "zh_CN": "产品",
        "vi": "Sản phẩm",
    },
    "Goods name (Chinese)": {
        "zh_CN": "中文品名",
        "vi": "Tên hàng (tiếng Trung)",
    },
    "Goods name (English)": {
        "zh_CN": "英文品名",
        "vi": "Tên hàng (tiếng Anh)",
    },
    "Declaration elements": {
        "zh_CN": "申报要素",
        "vi": "Yếu tố khai báo",
    },
    "Quantity": {
        "zh_CN": "数量",
        "vi": "Số lượng",
    },
    "Unit": {
        "zh_CN": "单位",
        "vi": "Đơn vị tính",
    },
    "Total amount": {
        "zh_CN": "总金额",
        "vi": "Thành tiền",
    },
    "Packages": {
        "zh_CN": "件数",
        "vi": "Số kiện",
    },
    "Volume (m³)": {
        "zh_CN": "体积（立方米）",
        "vi": "Thể tích (m³)",
    },
    "UN number": {
        "zh_CN": "联合国编号",
        "vi": "Số UN",
    },
    "IMO hazard class": {
        "zh_CN": "危险品类别",
        "vi": "Loại nguy hiểm IMO",
    },
    "Size-type": {
        "zh_CN": "箱型尺寸",
        "vi": "Cỡ và loại",
    },
    "Seal number": {
        "zh_CN": "封志号",
        "vi": "Số niêm phong",
    },
    "Reefer set temperature (°C)": {
        "zh_CN": "冷藏设定温度（°C）",
        "vi": "Nhiệt độ cài đặt (°C)",
    },
    "Shipper-owned": {
        "zh_CN": "货主自有箱",
        "vi": "Container của chủ hàng",
    },
    "Place of receipt": {
        "zh_CN": "收货地",
        "vi": "Nơi nhận hàng",
    },
    "Rail origin station": {
        "zh_CN": "铁路始发站",
        "vi": "Ga đường sắt đi",
    },
    "Pre-carriage mode": {
        "zh_CN": "前程运输方式",
        "vi": "Phương thức vận chuyển chặng đầu",
    },
    "Port of loading": {
        "zh_CN": "装货港",
        "vi": "Cảng xếp hàng",
    },
    "Port of discharge": {
        "zh_CN": "卸货港",
        "vi": "Cảng dỡ hàng",
    },
    "Place of delivery": {
        "zh_CN": "交货地",
        "vi": "Nơi giao hàng",
    },
    "Customs office of exit": {
        "zh_CN": "出境关别",
        "vi": "Hải quan cửa khẩu xuất",
    },
    "Requested departure": {
        "zh_CN": "要求发运日期",
        "vi": "Ngày khởi hành yêu cầu",
    },
    "Train": {
        "zh_CN": "班列车次",
        "vi": "Chuyến tàu",
    },
    "Rail waybill": {
        "zh_CN": "铁路运单号",
        "vi": "Số vận đơn đường sắt",
    },
    "Vessel": {
        "zh_CN": "船名",
        "vi": "Tên tàu",
    },
    "Voyage": {
        "zh_CN": "航次",
        "vi": "Chuyến",
    },
    "Transport document number": {
        "zh_CN": "运输单证号",
        "vi": "Số chứng từ vận tải",
    },
    "Party ID": {
        "zh_CN": "当事方ID",
        "vi": "Mã bên liên quan",
    },
    "Party role": {
        "zh_CN": "当事方角色",
        "vi": "Vai trò bên liên quan",
    },
    "Name": {
        "zh_CN": "名称",
        "vi": "Tên",
    },
    "Local name": {
        "zh_CN": "本地语言名称",
        "vi": "Tên bằng tiếng địa phương",
    },
    "Address": {
        "zh_CN": "地址",
        "vi": "Địa chỉ",
    },
    "Country": {
        "zh_CN": "国家（地区）",
        "vi": "Quốc gia",
    },
    "AEO code": {
        "zh_CN": "AEO编码",
        "vi": "Mã AEO",
    },
    "Tax ID": {
        "zh_CN": "纳税人识别号",
        "vi": "Mã số thuế",
    },
    "Contact": {
        "zh_CN": "联系人",
        "vi": "Người liên hệ",
    },
    "Phone": {
        "zh_CN": "电话",
        "vi": "Điện thoại",
    },
    "E-mail": {
        "zh_CN": "电子邮箱",
        "vi": "E-mail",
    },
    "Company ID": {
        "zh_CN": "企业ID",
        "vi": "Mã doanh nghiệp",
    },
    "Unified social credit code": {
        "zh_CN": "统一社会信用代码",
        "vi": "Mã số tín dụng xã hội thống nhất",
    },
    "Customs enterprise code": {
        "zh_CN": "海关编码",
        "vi": "Mã doanh nghiệp hải quan",
    },
    "Company name (Chinese)": {
        "zh_CN": "企业中文名称",
        "vi": "Tên doanh nghiệp (tiếng Trung)",
    },
    "Company name (English)": {
        "zh_CN": "企业英文名称",
        "vi": "Tên doanh nghiệp (tiếng Anh)",
    },
    "Company role": {
        "zh_CN": "企业角色",
        "vi": "Vai trò doanh nghiệp",
    },
    "Default customs office": {
        "zh_CN": "默认申报海关",
        "vi": "Hải quan mặc định",
    },
    "Booking ID": {
        "zh_CN": "订舱ID",
        "vi": "Mã booking",
    },
    "Booking number": {
        "zh_CN": "订舱号",
        "vi": "Số booking",
    },
    "Receipt type": {
        "zh_CN": "收货方式",
        "vi": "Hình thức nhận hàng",
    },
    "Delivery type": {
        "zh_CN": "交货方式",
        "vi": "Hình thức giao hàng",
    },
    "Cargo movement at origin": {
        "zh_CN": "起运地装箱方式",
        "vi": "Hình thức hàng tại nơi đi",
    },
    "Cargo movement at destination": {
        "zh_CN": "目的地交付方式",
        "vi": "Hình thức hàng tại nơi đến",
    },
    "Equipment substitution allowed": {
        "zh_CN": "允许替换箱型",
        "vi": "Cho phép thay thế container",
    },
    "Transport document type": {
        "zh_CN": "运输单证类型",
        "vi": "Loại chứng từ vận tải",
    },
    "Freight payment": {
        "zh_CN": "运费支付方式",
        "vi": "Thanh toán cước",
    },
    "Service": {
        "zh_CN": "班列航线",
        "vi": "Tuyến dịch vụ",
    },
    "Shipment locations": {
        "zh_CN": "运输地点",
        "vi": "Địa điểm vận chuyển",
    },
    "Document parties": {
        "zh_CN": "单证当事方",
        "vi": "Các bên liên quan trên chứng từ",
    },
    "Requested equipment": {
        "zh_CN": "所需箱型",
        "vi": "Thiết bị yêu cầu",
    },
    "Export declaration required": {
        "zh_CN": "需要出口报关",
        "vi": "Cần khai báo xuất khẩu",
    },
    "Export declaration reference": {
        "zh_CN": "出口报关单号",
        "vi": "Số tham chiếu tờ khai xuất khẩu",
    },
    "Declared value": {
        "zh_CN": "申报价值",
        "vi": "Trị giá khai báo",
    },
    "Declared value currency": {
        "zh_CN": "申报价值币制",
        "vi": "Loại tiền trị giá khai báo",
    },
    "Through document number": {
        "zh_CN": "一单制全程提单号",
        "vi": "Số chứng từ vận tải suốt",
    },
    "HS code": {
        "zh_CN": "HS编码",
        "vi": "Mã HS",
    },
    "Commodity": {
        "zh_CN": "货物品名",
        "vi": "Hàng hóa",
    },
    "Equipment size-type": {
        "zh_CN": "箱型尺寸",
        "vi": "Cỡ và loại container",
    },
    "Units": {
        "zh_CN": "数量",
        "vi": "Số lượng",
    },
    "Container numbers": {
        "zh_CN": "集装箱号",
        "vi": "Số container",
    },
    "Commodities": {
        "zh_CN": "货物",
        "vi": "Hàng hóa",
    },
    "Party function": {
        "zh_CN": "当事方职能",
        "vi": "Chức năng của bên liên quan",
    },
    "Location type": {
        "zh_CN": "地点类型",
        "vi": "Loại địa điểm",
    },
    "UN/LOCODE": {
        "zh_CN": "联合国贸易地点代码",
        "vi": "Mã UN/LOCODE",
    },
    "Export Goods Declaration of the Customs of the People's Republic of China": {
        "zh_CN": "中华人民共和国海关出口货物报关单",
        "vi": "Tờ khai hải quan hàng hóa xuất khẩu của nước Cộng hòa Nhân dân Trung Hoa",
    },
    "Page": {
        "zh_CN": "页码",
        "vi": "Trang",
    },
    "Part {part} of {parts}": {
        "zh_CN": "第 {part} 份，共 {parts} 份",
        "vi": "Phần {part}/{parts}",
    },
    "Page {page} of {pages}": {
        "zh_CN": "第 {page} 页，共 {pages} 页",
        "vi": "Trang {page}/{pages}",
    },
    "Total": {
        "zh_CN": "合计",
        "vi": "Tổng cộng",
    },
    "Declarant": {
        "zh_CN": "报关人员",
        "vi": "Người khai hải quan",
    },
    "Declaring unit (seal)": {
        "zh_CN": "申报单位（签章）",
        "vi": "Đại lý khai hải quan (đóng dấu)",
    },
    "Customs endorsement and seal": {
        "zh_CN": "海关批注及签章",
        "vi": "Ghi chú và đóng dấu của hải quan",
    },
    "We declare that the above is true and accept the legal responsibility for declaring truthfully and paying taxes according to law.": {
        "zh_CN": "兹申明对以上内容承担如实申报、依法纳税之法律责任。",
        "vi": "Chúng tôi cam đoan nội dung trên là đúng sự thật và chịu trách nhiệm pháp lý về việc khai báo trung thực, nộp thuế theo quy định của pháp luật.",
    },
    "Commercial Invoice": {
        "zh_CN": "商业发票",
        "vi": "Hóa đơn thương mại",
    },
    "Packing List": {
        "zh_CN": "装箱单",
        "vi": "Phiếu đóng gói",
    },
    "Rail-Sea Booking Request": {
        "zh_CN": "铁海联运订舱委托书",
        "vi": "Yêu cầu booking vận tải đường sắt – đường biển",
    },
    "Multimodal Through Bill of Lading (Draft)": {
        "zh_CN": "多式联运全程提单（草稿）",
        "vi": "Vận đơn vận tải đa phương thức (bản nháp)",
    },
    "Seller": {
        "zh_CN": "卖方",
        "vi": "Người bán",
    },
    "Buyer": {
        "zh_CN": "买方",
        "vi": "Người mua",
    },
    "No.": {
        "zh_CN": "序号",
        "vi": "STT",
    },
    "Description of goods": {
        "zh_CN": "货物描述",
        "vi": "Mô tả hàng hóa",
    },
    "Terms of delivery": {
        "zh_CN": "交货条件",
        "vi": "Điều kiện giao hàng",
    },
    "Amount": {
        "zh_CN": "金额",
        "vi": "Thành tiền",
    },
    "Measurement (m³)": {
        "zh_CN": "体积（立方米）",
        "vi": "Thể tích (m³)",
    },
    "Total amount (in words)": {
        "zh_CN": "总金额（大写）",
        "vi": "Tổng số tiền (bằng chữ)",
    },
    "Shipped from {origin} to {destination}": {
        "zh_CN": "自 {origin} 运至 {destination}",
        "vi": "Vận chuyển từ {origin} đến {destination}",
    },
    "Signature": {
        "zh_CN": "签字",
        "vi": "Chữ ký",
    },
    "Authorised signature": {
        "zh_CN": "授权签字",
        "vi": "Chữ ký người có thẩm quyền",
    },
    "Rail leg": {
        "zh_CN": "铁路段",
        "vi": "Chặng đường sắt",
    },
    "Sea leg": {
        "zh_CN": "海运段",
        "vi": "Chặng đường biển",
    },
    "Ocean vessel / voyage": {
        "zh_CN": "船名 / 航次",
        "vi": "Tên tàu / chuyến",
    },
    "Parties": {
        "zh_CN": "当事方",
        "vi": "Các bên",
    },
    "Route and schedule": {
        "zh_CN": "路线与船期",
        "vi": "Tuyến và lịch trình",
    },
    "Booking terms": {
        "zh_CN": "订舱条款",
        "vi": "Điều khoản booking",
    },
    "Packages and weights": {
        "zh_CN": "件数与重量",
        "vi": "Số kiện và trọng lượng",
    },
    "Number and kind of packages": {
        "zh_CN": "件数及包装种类",
        "vi": "Số lượng và loại kiện",
    },
    "Container / seal numbers": {
        "zh_CN": "集装箱号 / 封志号",
        "vi": "Số container / số niêm phong",
    },
    "Freight and charges": {
        "zh_CN": "运费及费用",
        "vi": "Cước phí và phụ phí",
    },
    "Place and date of issue": {
        "zh_CN": "签发地点和日期",
        "vi": "Nơi và ngày phát hành",
    },
    "Draft for checking — not negotiable": {
        "zh_CN": "草稿供核对——不可转让",
        "vi": "Bản nháp để kiểm tra – không chuyển nhượng được",
    },
    "Rail and sea carriage under one through document number (一单制).": {
        "zh_CN": "铁路与海运全程使用同一单证号（一单制）。",
        "vi": "Vận chuyển đường sắt và đường biển dưới một số chứng từ suốt (一单制).",
    },
    "Signed for the multimodal transport operator": {
        "zh_CN": "多式联运经营人签字",
        "vi": "Ký thay mặt người kinh doanh vận tải đa phương thức",
    },
    "Carrier use": {
        "zh_CN": "承运人填写",
        "vi": "Dành cho người vận chuyển",
    },
    "Requested by": {
        "zh_CN": "委托人",
        "vi": "Người yêu cầu",
    },
    "Yes": {
        "zh_CN": "是",
        "vi": "Có",
    },
    "No": {
        "zh_CN": "否",
        "vi": "Không",
    },
    "Goods name and specification": {
        "zh_CN": "商品名称及规格型号",
        "vi": "Tên hàng, quy cách, model",
    },
    "Marks and remarks": {
        "zh_CN": "标记唛码及备注",
        "vi": "Ký mã hiệu và ghi chú",
    },
    "Means of transport and voyage number": {
        "zh_CN": "运输工具名称及航次号",
        "vi": "Tên phương tiện vận tải và số chuyến",
    },
    "Quantity and unit": {
        "zh_CN": "数量及单位",
        "vi": "Số lượng và đơn vị tính",
    },
}
