<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>About</name>
    <message>
      <source>About Corridor Desk</source>
      <translation>关于 Corridor Desk</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Corridor Desk {version}</source>
      <translation>Corridor Desk {version}</translation>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>数据：{path}</translation>
    </message>
    <message>
      <source>Filing client for the New Western Land-Sea Corridor single window.</source>
      <translation>西部陆海新通道“单一窗口”申报客户端。</translation>
    </message>
    <message>
      <source>Logs: {path}</source>
      <translation>日志：{path}</translation>
    </message>
    <message>
      <source>Platform: {url}</source>
      <translation>平台：{url}</translation>
    </message>
    <message>
      <source>sandbox inside the app</source>
      <translation>程序内置沙箱</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message>
      <source>Audit log</source>
      <translation>操作日志</translation>
    </message>
    <message>
      <source>Audit log: every save, submission and receipt of this company</source>
      <translation>操作日志：本企业的每次保存、申报和回执</translation>
    </message>
    <message>
      <source>Outbox queue</source>
      <translation>待发送队列</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Times: this computer's clock (receipt times in a filing follow the platform's clock)</source>
      <translation>时间：本机时钟（申报单证中的回执时间按平台时钟）</translation>
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
      <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>需要 %s 个参数</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>需要 %s 个参数</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>至少需要一个参数</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>最多只能有一个参数</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>需要一个参数</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>必须提供以下参数之一：%s</translation>
    </message>
    <message>
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>无法识别的参数：%s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>Added in master data</source>
      <translation>在基础数据中添加</translation>
    </message>
    <message>
      <source>Amendment sent</source>
      <translation>已发送修改申请</translation>
    </message>
    <message>
      <source>Backed up</source>
      <translation>已备份</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Cancellation sent</source>
      <translation>已发送取消申请</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>已创建</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <source>Documents attached</source>
      <translation>已上传随附单证</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>已导出</translation>
    </message>
    <message>
      <source>Failed at the platform</source>
      <translation>平台处理失败</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <source>Logged in</source>
      <translation>已登录</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>当事方</translation>
    </message>
    <message>
      <source>Platform: {status}</source>
      <translation>平台回执：{status}</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Refused by the platform</source>
      <translation>平台拒绝接收</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <source>Role changed</source>
      <translation>角色已更改</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>已保存</translation>
    </message>
    <message>
      <source>Saved over another user's change</source>
      <translation>覆盖他人修改后保存</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>业务单</translation>
    </message>
    <message>
      <source>Signed in on this workspace</source>
      <translation>登录本工作区</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>已申报</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>已更新</translation>
    </message>
    <message>
      <source>Withdrawal sent</source>
      <translation>已发送撤单申请</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>(deleted)</source>
      <translation>（已删除）</translation>
    </message>
    <message>
      <source>(not yet numbered)</source>
      <translation>（尚未编号）</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Double-click or Enter opens the record</source>
      <translation>双击或按回车键打开该记录</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>工位</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>shipment {reference}</source>
      <translation>业务单 {reference}</translation>
    </message>
  </context>
  <context>
    <name>BatchMenus</name>
    <message>
      <source>&amp;Check the selected rows</source>
      <translation>检查所选记录(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Derive drafts again for the selected rows</source>
      <translation>为所选记录重新生成草稿(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;New shipment with this client's defaults</source>
      <translation>按该客户默认值新建业务单(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Submit the selected rows</source>
      <translation>申报所选记录(&amp;S)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <source>Ba&amp;tch</source>
      <translation>批量(&amp;T)</translation>
    </message>
    <message>
      <source>Clients &amp;overview</source>
      <translation>客户总览(&amp;O)</translation>
    </message>
    <message>
      <source>Copy the selected shipment as a &amp;template</source>
      <translation>以所选业务单为模板复制(&amp;T)</translation>
    </message>
    <message>
      <source>Export goods</source>
      <translation>导出商品明细</translation>
    </message>
    <message>
      <source>Export list</source>
      <translation>导出列表</translation>
    </message>
    <message>
      <source>Export the list &amp;as a spreadsheet…</source>
      <translation>将列表导出为电子表格(&amp;A)…</translation>
    </message>
    <message>
      <source>Export the shipment's &amp;goods to a spreadsheet…</source>
      <translation>将业务单商品明细导出为电子表格(&amp;G)…</translation>
    </message>
    <message>
      <source>Goods imported.</source>
      <translation>商品明细已导入。</translation>
    </message>
    <message>
      <source>Import goods from a &amp;spreadsheet…</source>
      <translation>从电子表格导入商品(&amp;S)…</translation>
    </message>
    <message>
      <source>Import goods from a spreadsheet</source>
      <translation>从电子表格导入商品</translation>
    </message>
    <message>
      <source>Log in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <source>Open and save the shipment whose goods you want to export.</source>
      <translation>请先打开并保存要导出商品明细的业务单。</translation>
    </message>
    <message>
      <source>Save the goods import &amp;template…</source>
      <translation>保存商品导入模板(&amp;T)…</translation>
    </message>
    <message>
      <source>Save the goods import template</source>
      <translation>保存商品导入模板</translation>
    </message>
    <message>
      <source>Select the rows first (Ctrl+click, Shift+click or Ctrl+A).</source>
      <translation>请先选择记录（Ctrl+单击、Shift+单击或 Ctrl+A）。</translation>
    </message>
    <message>
      <source>Select the shipment to copy first.</source>
      <translation>请先选择要复制的业务单。</translation>
    </message>
    <message>
      <source>Show the list of shipments, declarations or bookings to export.</source>
      <translation>请先显示要导出的业务单、报关单或订舱列表。</translation>
    </message>
    <message>
      <source>Spreadsheets ({patterns})</source>
      <translation>电子表格 ({patterns})</translation>
    </message>
    <message>
      <source>Written to {file}.</source>
      <translation>已写入 {file}。</translation>
    </message>
    <message>
      <source>goods-template</source>
      <translation>商品导入模板</translation>
    </message>
  </context>
  <context>
    <name>BookingEditor</name>
    <message>
      <source>&amp;Amend</source>
      <translation>修改(&amp;A)</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Booking for {reference}</source>
      <translation>{reference} 的订舱</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cancel booking</source>
      <translation>取消订舱</translation>
    </message>
    <message>
      <source>Carrier:</source>
      <translation>承运人：</translation>
    </message>
    <message>
      <source>Change the confirmed booking and send the amendment to the carrier; the booking stands as confirmed until the carrier decides</source>
      <translation>修改已确认的订舱并向承运人提交修改；承运人作出决定前，订舱仍按原确认内容有效</translation>
    </message>
    <message>
      <source>Documentation cut-off</source>
      <translation>截单时间</translation>
    </message>
    <message>
      <source>Equipment and cargo</source>
      <translation>箱型与货物</translation>
    </message>
    <message>
      <source>Fix the errors marked on the form before submitting.</source>
      <translation>请先改正表单上标出的错误，再提交。</translation>
    </message>
    <message>
      <source>Full container cut-off</source>
      <translation>截港时间（重箱进港）</translation>
    </message>
    <message>
      <source>LCL delivery cut-off</source>
      <translation>拼箱货截止交货时间</translation>
    </message>
    <message>
      <source>New booking</source>
      <translation>新订舱</translation>
    </message>
    <message>
      <source>No carrier is set up in this workspace: add one under File &gt; Carriers.</source>
      <translation>本工作区尚未设置承运人：请在“文件 &gt; 承运人”中添加。</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>回执</translation>
    </message>
    <message>
      <source>Schedules</source>
      <translation>班期</translation>
    </message>
    <message>
      <source>Search schedules</source>
      <translation>查询班期</translation>
    </message>
    <message>
      <source>Send &amp;again</source>
      <translation>重新提交(&amp;A)</translation>
    </message>
    <message>
      <source>Send straight to the &amp;carrier's API</source>
      <translation>直接发送至承运人接口(&amp;C)</translation>
    </message>
    <message>
      <source>Send the amendment to the &amp;carrier</source>
      <translation>向承运人提交修改(&amp;C)</translation>
    </message>
    <message>
      <source>Send the booking to a carrier's DCSA booking API</source>
      <translation>通过承运人的 DCSA 订舱接口发送订舱</translation>
    </message>
    <message>
      <source>Send to carrier</source>
      <translation>发送给承运人</translation>
    </message>
    <message>
      <source>Su&amp;bmit through the platform</source>
      <translation>经平台提交(&amp;B)</translation>
    </message>
    <message>
      <source>The carrier may already hold this booking. Send it again only if the carrier says it has none.</source>
      <translation>承运人可能已有此订舱。只有在承运人确认没有此订舱时才重新提交。</translation>
    </message>
    <message>
      <source>VGM cut-off</source>
      <translation>VGM 截止时间</translation>
    </message>
    <message>
      <source>{service} · train {train} · cut-off {cutoff} · {vessel} {voyage} · {days} days · {amount} {currency}</source>
      <translation>{service} · 车次 {train} · 截关 {cutoff} · {vessel} {voyage} · {days} 天 · {amount} {currency}</translation>
    </message>
  </context>
  <context>
    <name>BulkDialog</name>
    <message numerus="yes">
      <source>%n filing(s) queued for sending.</source>
      <translation>
        <numerusform>%n 份申报已放入待发送队列。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Retry the failed rows</source>
      <translation>重试失败的记录(&amp;R)</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>Derive drafts again</source>
      <translation>重新生成草稿</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Nothing to do</source>
      <translation>无需处理</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>业务单</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>申报</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>等待中</translation>
    </message>
    <message>
      <source>{done} of {total} done: {ok} fine, {failed} failed, {cancelled} cancelled.</source>
      <translation>已处理 {done}/{total}：成功 {ok}，失败 {failed}，取消 {cancelled}。</translation>
    </message>
    <message>
      <source>{operation}: {n} selected</source>
      <translation>{operation}：已选 {n} 条</translation>
    </message>
  </context>
  <context>
    <name>CalendarButton</name>
    <message>
      <source>Calendar (Alt+Down)</source>
      <translation>日历（Alt+↓）</translation>
    </message>
  </context>
  <context>
    <name>CandidateModel</name>
    <message>
      <source>Chinese name</source>
      <translation>中文品名</translation>
    </message>
    <message>
      <source>Chinese tariff</source>
      <translation>中国税则</translation>
    </message>
    <message>
      <source>Chinese tariff (English)</source>
      <translation>中国税则（英文品名）</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>HS 2022</source>
      <translation>HS 2022</translation>
    </message>
    <message>
      <source>Legal units</source>
      <translation>法定计量单位</translation>
    </message>
    <message>
      <source>Matched by</source>
      <translation>匹配依据</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>The Vietnamese tariff has no line of this subheading that names these goods: the English and Chinese names are shown.</source>
      <translation>越南税则本子目下没有写明该商品的税号：显示英文和中文名称。</translation>
    </message>
    <message>
      <source>The first Vietnamese tariff lines of this subheading: the Vietnamese tariff splits the subheading differently and none of its lines is this one.</source>
      <translation>以上为越南税则本子目下的前几个税号：越南税则对本子目的细分与中国不同，其中没有与本税号对应的一行。</translation>
    </message>
    <message>
      <source>Vietnamese declared goods</source>
      <translation>越南申报商品实例</translation>
    </message>
    <message>
      <source>Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line}: the Vietnamese tariff splits the subheading differently.</source>
      <translation>越南文名称取自越南税则中本子目最接近的税号 {line}：越南税则对本子目的细分与中国不同。</translation>
    </message>
    <message>
      <source>Vietnamese tariff</source>
      <translation>越南税则</translation>
    </message>
    <message>
      <source>code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>nearest line to the code</source>
      <translation>与所输编号最接近的税则号列</translation>
    </message>
    <message>
      <source>own history</source>
      <translation>本企业历史申报</translation>
    </message>
    <message>
      <source>trade name</source>
      <translation>常用名称</translation>
    </message>
  </context>
  <context>
    <name>CarrierPanel</name>
    <message>
      <source>&amp;Link</source>
      <translation>关联(&amp;L)</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>The carrier asks for changes to this booking. Change what it says, save, then send the amendment to the carrier.</source>
      <translation>承运人要求修改此订舱。请按承运人的要求修改并保存，然后向承运人提交修改。</translation>
    </message>
    <message>
      <source>The carrier may hold this booking already: its answer was lost. Ask the carrier. If it has the booking, link the reference it gives; if not, send the booking again.</source>
      <translation>承运人可能已收到此订舱，但回复丢失。请向承运人核实：如已有此订舱，请关联其提供的编号；如没有，请重新提交。</translation>
    </message>
    <message>
      <source>the carrier's booking reference or booking request reference</source>
      <translation>承运人的订舱号或订舱申请编号</translation>
    </message>
  </context>
  <context>
    <name>CarriersDialog</name>
    <message>
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>删除(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
      <source>A carrier named {name} exists already.</source>
      <translation>已有名为 {name} 的承运人。</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>API 密钥</translation>
    </message>
    <message>
      <source>An API key is stored; type a new one only to replace it.</source>
      <translation>已保存 API 密钥；仅在需要更换时输入新密钥。</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>接口地址</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Carrier code (SMDG or SCAC)</source>
      <translation>承运人代码（SMDG 或 SCAC）</translation>
    </message>
    <message>
      <source>Carrier {name} removed.</source>
      <translation>已删除承运人 {name}。</translation>
    </message>
    <message>
      <source>Carrier {name} saved.</source>
      <translation>已保存承运人 {name}。</translation>
    </message>
    <message>
      <source>Carriers</source>
      <translation>承运人</translation>
    </message>
    <message>
      <source>Carriers that take bookings through the DCSA Booking 2.0 API. The API key is kept in the system's secure store, never in the workspace; connections are made over verified TLS (https).</source>
      <translation>通过 DCSA Booking 2.0 接口接收订舱的承运人。API 密钥保存在系统的安全存储中，不存入工作区；连接均使用经过验证的 TLS（https）。</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Connected: {url} answers as a DCSA booking API and accepts the API key.</source>
      <translation>连接成功：{url} 按 DCSA 订舱接口应答，并接受该 API 密钥。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>No API key stored yet.</source>
      <translation>尚未保存 API 密钥。</translation>
    </message>
    <message>
      <source>Quotation reference</source>
      <translation>报价编号</translation>
    </message>
    <message>
      <source>Remove carrier</source>
      <translation>删除承运人</translation>
    </message>
    <message>
      <source>Remove carrier {name} and its API key? Bookings already sent to it stay in the workspace but are no longer followed.</source>
      <translation>删除承运人 {name} 及其 API 密钥？已提交给该承运人的订舱仍保留在工作区，但不再跟踪其状态。</translation>
    </message>
    <message>
      <source>Service contract</source>
      <translation>服务合同号</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>正在测试连接…</translation>
    </message>
    <message>
      <source>https://… (the part before /v2)</source>
      <translation>https://…（/v2 之前的部分）</translation>
    </message>
    <message>
      <source>lower-case letters, digits, - and _</source>
      <translation>小写字母、数字、- 和 _</translation>
    </message>
  </context>
  <context>
    <name>CarriersMenu</name>
    <message>
      <source>C&amp;arriers…</source>
      <translation>承运人(&amp;A)…</translation>
    </message>
    <message>
      <source>Carriers</source>
      <translation>承运人</translation>
    </message>
    <message>
      <source>Open a workspace first.</source>
      <translation>请先打开工作区。</translation>
    </message>
  </context>
  <context>
    <name>Choice</name>
    <message>
      <source>Bill of lading</source>
      <translation>提单</translation>
    </message>
    <message>
      <source>Booking agent</source>
      <translation>订舱代理</translation>
    </message>
    <message>
      <source>Collect</source>
      <translation>到付</translation>
    </message>
    <message>
      <source>Consignee</source>
      <translation>收货人</translation>
    </message>
    <message>
      <source>Container freight station (CFS)</source>
      <translation>集装箱货运站 (CFS)</translation>
    </message>
    <message>
      <source>Container yard (CY)</source>
      <translation>集装箱堆场 (CY)</translation>
    </message>
    <message>
      <source>Declaring agent</source>
      <translation>申报单位</translation>
    </message>
    <message>
      <source>Exporter</source>
      <translation>出口企业</translation>
    </message>
    <message>
      <source>Full container load (FCL)</source>
      <translation>整箱 (FCL)</translation>
    </message>
    <message>
      <source>Less than container load (LCL)</source>
      <translation>拼箱 (LCL)</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>通知人</translation>
    </message>
    <message>
      <source>Place of delivery</source>
      <translation>交货地</translation>
    </message>
    <message>
      <source>Place of receipt</source>
      <translation>收货地</translation>
    </message>
    <message>
      <source>Port of discharge</source>
      <translation>卸货港</translation>
    </message>
    <message>
      <source>Port of loading</source>
      <translation>装货港</translation>
    </message>
    <message>
      <source>Prepaid</source>
      <translation>预付</translation>
    </message>
    <message>
      <source>Rail</source>
      <translation>铁路</translation>
    </message>
    <message>
      <source>Sea waybill</source>
      <translation>海运单</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>发货人</translation>
    </message>
    <message>
      <source>Store door (SD)</source>
      <translation>门点 (SD)</translation>
    </message>
    <message>
      <source>Truck</source>
      <translation>公路</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>    (no line of the Vietnamese tariff names these goods: the English and Chinese names)</source>
      <translation>    （越南税则中没有写明该商品的税号：显示英文和中文名称）</translation>
    </message>
    <message>
      <source>    (the Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line})</source>
      <translation>    （越南文名称取自越南税则中本子目最接近的税号 {line}）</translation>
    </message>
    <message>
      <source>    (the first Vietnamese tariff lines of this subheading: none of them is this line)</source>
      <translation>    （以上为越南税则本子目下的前几个税号，其中没有与本税号对应的一行）</translation>
    </message>
    <message>
      <source>    legal units: {units} · matched: {why}</source>
      <translation>    法定计量单位：{units} · 匹配依据：{why}</translation>
    </message>
    <message>
      <source>  booking {id}</source>
      <translation>  订舱 {id}</translation>
    </message>
    <message>
      <source>  customs number {number}</source>
      <translation>  海关编号 {number}</translation>
    </message>
    <message>
      <source>  declaration {id} (part {part} of {parts})</source>
      <translation>  报关单 {id}（第 {part} 份，共 {parts} 份）</translation>
    </message>
    <message>
      <source>  sheet {sheet}: header row {row}</source>
      <translation>  工作表 {sheet}：第 {row} 行为表头</translation>
    </message>
    <message>
      <source>  sheet {sheet}: no goods table</source>
      <translation>  工作表 {sheet}：没有商品明细表</translation>
    </message>
    <message numerus="yes">
      <source>  {rows} goods line(s), {bad} with errors.</source>
      <translation>
        <numerusform>  共 {rows} 项商品，其中 {bad} 项有错误。</numerusform>
      </translation>
    </message>
    <message>
      <source>(item number)</source>
      <translation>（项号）</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <source>API key: </source>
      <translation>API 密钥：</translation>
    </message>
    <message>
      <source>Account: </source>
      <translation>账号：</translation>
    </message>
    <message numerus="yes">
      <source>All {total} checks passed</source>
      <translation>
        <numerusform>全部 {total} 项检查通过</numerusform>
      </translation>
    </message>
    <message>
      <source>Bundled resources</source>
      <translation>内置资源</translation>
    </message>
    <message>
      <source>Carrier {name} saved.</source>
      <translation>承运人 {name} 已保存。</translation>
    </message>
    <message>
      <source>Chinese tariff</source>
      <translation>中国税则</translation>
    </message>
    <message>
      <source>Chinese tariff (English)</source>
      <translation>中国税则（英文品名）</translation>
    </message>
    <message>
      <source>Class reset: {removed}, {kept}.</source>
      <translation>班级已重置：{removed}，{kept}。</translation>
    </message>
    <message>
      <source>Corridor Desk self-test</source>
      <translation>Corridor Desk 自检</translation>
    </message>
    <message>
      <source>Documents in worker processes</source>
      <translation>单证在工作进程中生成</translation>
    </message>
    <message>
      <source>Dry run: nothing saved.</source>
      <translation>试运行：未保存任何内容。</translation>
    </message>
    <message>
      <source>Embedded sandbox</source>
      <translation>内置沙箱</translation>
    </message>
    <message>
      <source>HS 2022</source>
      <translation>HS 2022</translation>
    </message>
    <message>
      <source>Keyring backend</source>
      <translation>系统密钥环</translation>
    </message>
    <message>
      <source>Logged in to {environment} as {user}.</source>
      <translation>已以 {user} 身份登录{environment}。</translation>
    </message>
    <message>
      <source>Logged out.</source>
      <translation>已退出登录。</translation>
    </message>
    <message>
      <source>No candidates for {query}.</source>
      <translation>未找到与“{query}”相符的商品编号。</translation>
    </message>
    <message>
      <source>Not logged in to {environment}.</source>
      <translation>未登录{environment}。</translation>
    </message>
    <message>
      <source>PDF fonts embed</source>
      <translation>PDF 字体嵌入</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Qt platform plugin</source>
      <translation>Qt 平台插件</translation>
    </message>
    <message>
      <source>Runtime</source>
      <translation>运行环境</translation>
    </message>
    <message>
      <source>SQLite</source>
      <translation>SQLite</translation>
    </message>
    <message numerus="yes">
      <source>Sandbox clock: {clock} ({n} processing step(s) applied).</source>
      <translation>
        <numerusform>沙箱时钟：{clock}（已执行 {n} 个处理步骤）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Sandbox clock: {clock}.</source>
      <translation>沙箱时钟：{clock}。</translation>
    </message>
    <message>
      <source>Scenario {scenario} for the whole class.</source>
      <translation>已为全班设置场景 {scenario}。</translation>
    </message>
    <message>
      <source>Scenario {scenario} for {user}.</source>
      <translation>已为 {user} 设置场景 {scenario}。</translation>
    </message>
    <message numerus="yes">
      <source>Sent {sent}, refused {failed}, still queued {pending}; {changed} status change(s).</source>
      <translation>
        <numerusform>已发送 {sent} 份，被拒 {failed} 份，仍待发送 {pending} 份；状态变更 {changed} 次。</numerusform>
      </translation>
    </message>
    <message>
      <source>TLS trust</source>
      <translation>TLS 证书信任</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</source>
      <translation>2023 年中国税则中没有以 {code} 开头的税则号列：以下为品目 {prefix} 下的税则号列，最接近的排在前面。</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</source>
      <translation>2023 年中国税则中没有税则号列 {code}：以下为子目 {prefix} 下的税则号列，最接近的排在前面。</translation>
    </message>
    <message>
      <source>This removes every filing of the class. Run again with --yes to do it.</source>
      <translation>此操作将删除全班的所有单证。确认执行请加 --yes 重新运行。</translation>
    </message>
    <message>
      <source>Translation catalogues</source>
      <translation>翻译文件</translation>
    </message>
    <message>
      <source>Verification code: </source>
      <translation>验证码：</translation>
    </message>
    <message>
      <source>Vietnamese declared goods</source>
      <translation>越南申报商品实例</translation>
    </message>
    <message>
      <source>Vietnamese tariff</source>
      <translation>越南税则</translation>
    </message>
    <message>
      <source>Working as {user} ({role}).</source>
      <translation>当前用户：{user}（{role}）。</translation>
    </message>
    <message>
      <source>Wrote {file}.</source>
      <translation>已写入 {file}。</translation>
    </message>
    <message>
      <source>agent</source>
      <translation>申报单位</translation>
    </message>
    <message>
      <source>booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>booking {id}: {status} {reference}</source>
      <translation>订舱 {id}：{status} {reference}</translation>
    </message>
    <message>
      <source>broker</source>
      <translation>报关员</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>declaration</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>declaration {id} queued for the Single Window client as {file}.</source>
      <translation>报关单 {id} 已排队交单一窗口客户端，文件名 {file}。</translation>
    </message>
    <message>
      <source>declarations {d}, bookings {b}, rejected {r}, last {last}</source>
      <translation>报关单 {d}，订舱 {b}，退单 {r}，最近 {last}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>error</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>nearest line to the code</source>
      <translation>与所输编号最接近的税则号列</translation>
    </message>
    <message>
      <source>own history</source>
      <translation>本企业历史申报</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>待处理</translation>
    </message>
    <message>
      <source>shipment</source>
      <translation>业务单</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>已跳过</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <source>synonym</source>
      <translation>常用名称</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message numerus="yes">
      <source>{count} error(s)</source>
      <translation>
        <numerusform>{count} 个错误</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) queued by {user} waiting to be sent.</source>
      <translation>
        <numerusform>{user} 提交的 {count} 份单据待发送。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) waiting to be sent (every user's).</source>
      <translation>
        <numerusform>{count} 份申报待发送（所有用户）。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) you queued waiting to be sent.</source>
      <translation>
        <numerusform>您提交的 {count} 份申报待发送。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} warning(s)</source>
      <translation>
        <numerusform>{count} 个警告</numerusform>
      </translation>
    </message>
    <message>
      <source>{failed} of {total} checks failed</source>
      <translation>{total} 项检查中有 {failed} 项未通过</translation>
    </message>
    <message>
      <source>{file}:</source>
      <translation>{file}：</translation>
    </message>
    <message>
      <source>{file}: imported {kind} {id}.</source>
      <translation>{file}：已导入{kind} {id}。</translation>
    </message>
    <message numerus="yes">
      <source>{file}: valid, with {warnings} warning(s).</source>
      <translation>
        <numerusform>{file}：校验通过，有 {warnings} 个警告。</numerusform>
      </translation>
    </message>
    <message>
      <source>{file}: valid.</source>
      <translation>{file}：校验通过。</translation>
    </message>
    <message>
      <source>{file}: {errors}, {warnings}.</source>
      <translation>{file}：{errors}，{warnings}。</translation>
    </message>
    <message>
      <source>{imported} imported, {refused} refused, {failed} not sent, {receipts} receipts written.</source>
      <translation>导入成功 {imported} 份，导入失败 {refused} 份，发送失败 {failed} 份，写出回执 {receipts} 份。</translation>
    </message>
    <message>
      <source>{kind} {id} written to {file}.</source>
      <translation>{kind} {id} 已写入 {file}。</translation>
    </message>
    <message>
      <source>{kind} {id}: {status}</source>
      <translation>{kind} {id}：{status}</translation>
    </message>
    <message>
      <source>{name} ({id}): {draft} draft, {queued} queued, {rejected} rejected, {waiting} waiting; oldest {oldest}</source>
      <translation>{name}（{id}）：草稿 {draft}，待发送 {queued}，已退单 {rejected}，待回执 {waiting}；最早 {oldest}</translation>
    </message>
    <message numerus="yes">
      <source>{n} filing(s) removed</source>
      <translation>
        <numerusform>删除 {n} 份申报</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} seat(s): {first} .. {last}.</source>
      <translation>
        <numerusform>共 {n} 个学员席位：{first} .. {last}。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} trainee(s) kept</source>
      <translation>
        <numerusform>保留 {n} 名学员</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} trainee(s):</source>
      <translation>
        <numerusform>共 {n} 名学员：</numerusform>
      </translation>
    </message>
    <message>
      <source>{path} ({label})</source>
      <translation>{path}（{label}）</translation>
    </message>
    <message>
      <source>{sent} written, {changed} changed, {pending} waiting.</source>
      <translation>写出 {sent} 份，状态更新 {changed} 份，待发 {pending} 份。</translation>
    </message>
    <message>
      <source>{severity}: {where}: {field}: {message} [{rule}]</source>
      <translation>{severity}：{where}：{field}：{message} [{rule}]</translation>
    </message>
    <message numerus="yes">
      <source>{total} row(s): {done} done, {failed} failed, {skipped} with nothing to do.</source>
      <translation>
        <numerusform>共 {total} 行：完成 {done}，失败 {failed}，无需处理 {skipped}。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliHelp</name>
    <message>
      <source>Bookings sent to a carrier's DCSA Booking 2.0 API.</source>
      <translation>通过承运人的 DCSA Booking 2.0 接口发送的订舱。</translation>
    </message>
    <message>
      <source>Check a shipment, declaration or booking exchange file against the customs and booking rules. Exit 0 valid (warnings allowed), 1 rule errors, 2 unreadable input.</source>
      <translation>按海关和订舱规则检查业务单、报关单或订舱的交换文件。退出码 0 通过（可有警告），1 有规则错误，2 输入无法读取。</translation>
    </message>
    <message>
      <source>Corridor Desk — filing client for the New Western Land-Sea Corridor single window.</source>
      <translation>Corridor Desk — 西部陆海新通道“单一窗口”申报客户端。</translation>
    </message>
    <message>
      <source>DCSA carriers: add, list, submit, sync, amend and cancel bookings</source>
      <translation>DCSA 承运人：添加、列出承运人，提交、同步、修改和取消订舱</translation>
    </message>
    <message>
      <source>Derive the export declaration(s) (one per 50 goods lines) and the rail-sea booking from a shipment exchange file and print them as a JSON array of exchange documents.</source>
      <translation>由业务单交换文件生成出口报关单（每 50 项商品一份）和铁海联运订舱，并以交换文件的 JSON 数组输出。</translation>
    </message>
    <message>
      <source>G: store in the Single Window for review; C: declare</source>
      <translation>G：暂存于单一窗口待复核；C：申报</translation>
    </message>
    <message>
      <source>Hand declarations to the Single Window desktop client through its ImpPath folders (Deccus001\OutBox, SentBox, FailBox, InBox) and follow its answers.</source>
      <translation>通过单一窗口客户端的 ImpPath 文件夹（Deccus001\OutBox、SentBox、FailBox、InBox）交付报关单并跟踪回执。</translation>
    </message>
    <message>
      <source>Import shipment, declaration or booking exchange files into the workspace (see --data-dir). A shipment brings its company along and gets its drafts derived. An XLSX or CSV invoice / packing list gives a shipment's goods lines (see the spreadsheet options).</source>
      <translation>把业务单、报关单或订舱的交换文件导入工作区（见 --data-dir）。业务单连同其企业一起导入，并生成相应草稿。XLSX 或 CSV 格式的发票/装箱单可导入为业务单的货物明细（见电子表格选项）。</translation>
    </message>
    <message>
      <source>Make one of the trade documents of a shipment as a PDF with embedded fonts. FILE is an exchange file (a shipment derives the document), ID a shipment, declaration or booking of the workspace. Exit 0 written, 1 cannot be made or written, 2 unreadable input.</source>
      <translation>把业务单的一份贸易单证生成为嵌入字体的 PDF。FILE 为交换文件（业务单会生成该单证），ID 为工作区中的业务单、报关单或订舱。退出码 0 已写入，1 无法生成或写入，2 输入无法读取。</translation>
    </message>
    <message>
      <source>Run one operation over many shipments (or declaration / booking drafts): check them against the rules, derive their drafts again, or submit them through the outbox.</source>
      <translation>对多个业务单（或报关单/订舱草稿）执行同一操作：按规则检查、重新生成草稿，或经发件箱提交。</translation>
    </message>
    <message>
      <source>Search the company's own history, the Chinese tariff (Chinese and English names), HS 2022 and the Vietnamese tariff. QUERY '-' reads one query per line from standard input and prints one JSON list per line.</source>
      <translation>检索本企业的历史申报、中国税则（中英文名称）、HS 2022 和越南税则。QUERY 为“-”时从标准输入逐行读取查询，每行输出一个 JSON 列表。</translation>
    </message>
    <message>
      <source>Write the goods import template: one header per goods line field, in the language given (--lang), and a sheet saying what each column holds.</source>
      <translation>生成货物导入模板：每个货物明细字段一个表头（语言按 --lang），另附一张说明各列内容的工作表。</translation>
    </message>
    <message>
      <source>a booking draft ID or an exchange file</source>
      <translation>订舱草稿 ID 或交换文件</translation>
    </message>
    <message>
      <source>a user whose role to change (with --role)</source>
      <translation>要更改角色的用户（与 --role 一起使用）</translation>
    </message>
    <message>
      <source>account (default: $CORRIDOR_USER or the last one)</source>
      <translation>账号（默认：$CORRIDOR_USER 或上次使用的账号）</translation>
    </message>
    <message>
      <source>add or change a carrier (API key from CORRIDOR_CARRIER_KEY or a prompt)</source>
      <translation>添加或修改承运人（API 密钥取自 CORRIDOR_CARRIER_KEY 或提示输入）</translation>
    </message>
    <message>
      <source>an exchange file to import and submit, or a draft ID</source>
      <translation>要导入并提交的交换文件，或草稿 ID</translation>
    </message>
    <message>
      <source>ask the platform first</source>
      <translation>先向平台查询</translation>
    </message>
    <message>
      <source>at most N candidates (default 10)</source>
      <translation>最多 N 个候选（默认 10）</translation>
    </message>
    <message>
      <source>cancel a booking at the carrier</source>
      <translation>向承运人取消订舱</translation>
    </message>
    <message>
      <source>cancel the booking ID</source>
      <translation>取消订舱 ID</translation>
    </message>
    <message>
      <source>check an exchange file (a shipment is checked with what derives from it)</source>
      <translation>检查交换文件（业务单连同由其生成的单证一起检查）</translation>
    </message>
    <message>
      <source>check dates as of this day</source>
      <translation>按此日期检查日期</translation>
    </message>
    <message>
      <source>check dates as of this day instead of today (training, old files)</source>
      <translation>按此日期而非今天检查日期（培训、旧文件）</translation>
    </message>
    <message>
      <source>check this installation and exit</source>
      <translation>检查本安装后退出</translation>
    </message>
    <message>
      <source>check, derive or submit many shipments or drafts at once</source>
      <translation>批量检查、生成或提交多个业务单或草稿</translation>
    </message>
    <message>
      <source>data-entry company, 10-character customs code</source>
      <translation>录入单位，10 位海关编码</translation>
    </message>
    <message>
      <source>decmessage: the operator's IC card number (default: the company's Single Window settings in the workspace)</source>
      <translation>decmessage：操作员 IC 卡号（默认：工作区中该企业的单一窗口设置）</translation>
    </message>
    <message>
      <source>decmessage: the operator's name</source>
      <translation>decmessage：操作员姓名</translation>
    </message>
    <message>
      <source>default quotation reference (instead of a contract)</source>
      <translation>默认报价编号（代替合同）</translation>
    </message>
    <message>
      <source>default service contract reference</source>
      <translation>默认服务合同编号</translation>
    </message>
    <message>
      <source>document language: zh-en (Chinese and English, default), en, vi-en</source>
      <translation>单证语言：zh-en（中英文，默认）、en、vi-en</translation>
    </message>
    <message>
      <source>every user's queue (a supervisor's default)</source>
      <translation>所有用户的待发送队列（主管的默认）</translation>
    </message>
    <message>
      <source>exchange (default); dcsa: a booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: a declaration as a Single Window DecMessage XML</source>
      <translation>exchange（默认）；dcsa：订舱输出为 DCSA Booking 2.0 CreateBooking JSON；decmessage：报关单输出为单一窗口 DecMessage XML</translation>
    </message>
    <message>
      <source>exchange (default); dcsa: the booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: one Single Window DecMessage XML per declaration</source>
      <translation>exchange（默认）；dcsa：订舱输出为 DCSA Booking 2.0 CreateBooking JSON；decmessage：每份报关单一个单一窗口 DecMessage XML</translation>
    </message>
    <message>
      <source>file declarations through the China Single Window client's folders</source>
      <translation>通过中国国际贸易单一窗口客户端的文件夹申报</translation>
    </message>
    <message>
      <source>find the commodity code of goods by name (Chinese, English or Vietnamese) or code</source>
      <translation>按品名（中文、英文或越南文）或编码查找商品编号</translation>
    </message>
    <message>
      <source>fixed creation time (e.g. 2026-12-02T08:00:00+08:00): same input, same bytes</source>
      <translation>固定生成时间（如 2026-12-02T08:00:00+08:00）：相同输入得到相同文件</translation>
    </message>
    <message>
      <source>goods name or code; - for one query per line on stdin</source>
      <translation>品名或编码；“-”表示从标准输入逐行读取查询</translation>
    </message>
    <message>
      <source>happy, rejection, inspection, slow or upload-fail</source>
      <translation>happy（顺利）、rejection（退单）、inspection（查验）、slow（缓慢）或 upload-fail（上传失败）</translation>
    </message>
    <message>
      <source>import exchange files or spreadsheets (XLSX, CSV) into the workspace</source>
      <translation>把交换文件或电子表格（XLSX、CSV）导入工作区</translation>
    </message>
    <message>
      <source>import the clean rows and leave out the rows with errors</source>
      <translation>导入无误的行，跳过有错误的行</translation>
    </message>
    <message>
      <source>keep all data (workspace, logs, cache) under DIR</source>
      <translation>所有数据（工作区、日志、缓存）保存在 DIR 下</translation>
    </message>
    <message>
      <source>keep all data under DIR</source>
      <translation>所有数据保存在 DIR 下</translation>
    </message>
    <message>
      <source>keep the login for this command only</source>
      <translation>登录仅对本条命令有效</translation>
    </message>
    <message>
      <source>keep the sandbox's data in FILE or on a PostgreSQL server at a postgresql:// URL (password from PGPASSWORD or ~/.pgpass); default: in memory</source>
      <translation>沙箱数据保存在 FILE 中，或保存在 postgresql:// 地址所指的 PostgreSQL 服务器上（密码取自 PGPASSWORD 或 ~/.pgpass）；默认：仅在内存中</translation>
    </message>
    <message>
      <source>keep the shipment's lines and add the imported ones</source>
      <translation>保留业务单原有明细，追加导入的明细</translation>
    </message>
    <message>
      <source>language of the headers (default: the OS language)</source>
      <translation>表头语言（默认：操作系统语言）</translation>
    </message>
    <message>
      <source>language of the names shown (default: the OS language)</source>
      <translation>显示名称的语言（默认：操作系统语言）</translation>
    </message>
    <message>
      <source>language of the output</source>
      <translation>输出语言</translation>
    </message>
    <message>
      <source>language of the output (default: the OS language)</source>
      <translation>输出语言（默认：操作系统语言）</translation>
    </message>
    <message>
      <source>list the class: each trainee's scenario and filings (trainer)</source>
      <translation>列出班级：每位学员的场景和申报（培训师）</translation>
    </message>
    <message>
      <source>list the services instead of booking</source>
      <translation>列出航线服务而不订舱</translation>
    </message>
    <message>
      <source>log in to the platform (unified login)</source>
      <translation>登录平台（统一用户登录）</translation>
    </message>
    <message>
      <source>log out and delete the stored login</source>
      <translation>退出登录并删除保存的登录信息</translation>
    </message>
    <message>
      <source>long-poll for events (≤ 30)</source>
      <translation>长轮询等待事件（≤ 30）</translation>
    </message>
    <message>
      <source>make a new shipment copied from this one</source>
      <translation>复制此业务单新建一票业务单</translation>
    </message>
    <message>
      <source>make a new shipment for this client company</source>
      <translation>为此委托企业新建业务单</translation>
    </message>
    <message>
      <source>make sure trainee seats seat-01 .. seat-NN exist (trainer)</source>
      <translation>确保学员席位 seat-01 .. seat-NN 存在（培训师）</translation>
    </message>
    <message>
      <source>move forward by 90 (seconds), 30m, 2h or 1d</source>
      <translation>向前推进 90（秒）、30m、2h 或 1d</translation>
    </message>
    <message>
      <source>move the simulated client's clock forward first (receipts come on this clock)</source>
      <translation>先把模拟客户端的时钟向前推进（回执按此时钟到达）</translation>
    </message>
    <message>
      <source>name recorded in the audit log (default: the OS user)</source>
      <translation>记入审计日志的姓名（默认：操作系统用户）</translation>
    </message>
    <message>
      <source>only queue; send with `sync` later</source>
      <translation>只放入待发送队列；稍后用 `sync` 发送</translation>
    </message>
    <message>
      <source>only the rows USER queued (supervisors)</source>
      <translation>仅显示 USER 放入待发送队列的申报（主管可用）</translation>
    </message>
    <message>
      <source>only the rows you queued (a broker's default)</source>
      <translation>只列出您提交的（报关员的默认）</translation>
    </message>
    <message>
      <source>only this client company's shipments</source>
      <translation>只处理此委托企业的业务单</translation>
    </message>
    <message>
      <source>only this trainee (default: the whole class)</source>
      <translation>只针对此学员（默认：全班）</translation>
    </message>
    <message>
      <source>per client: drafts, queued, rejected and waiting filings</source>
      <translation>按委托企业列出：草稿、待发送、已退单和待回执的申报</translation>
    </message>
    <message>
      <source>platform base URL (default: the embedded sandbox)</source>
      <translation>平台地址（默认：内置沙箱）</translation>
    </message>
    <message>
      <source>platform environment</source>
      <translation>平台环境</translation>
    </message>
    <message>
      <source>print a JSON list</source>
      <translation>输出 JSON 列表</translation>
    </message>
    <message>
      <source>print a declaration, invoice, packing list, booking or through bill as PDF</source>
      <translation>将报关单、发票、装箱单、订舱委托书或全程提单输出为 PDF</translation>
    </message>
    <message>
      <source>print a machine-readable report</source>
      <translation>输出机器可读的报告</translation>
    </message>
    <message>
      <source>print machine-readable output</source>
      <translation>输出机器可读的结果</translation>
    </message>
    <message>
      <source>print the declaration(s) and booking derived from a shipment</source>
      <translation>输出由业务单生成的报关单和订舱</translation>
    </message>
    <message>
      <source>put the goods into this shipment (replacing its lines)</source>
      <translation>把货物放入此业务单（替换原有明细）</translation>
    </message>
    <message>
      <source>queue a declaration for the Single Window client</source>
      <translation>把报关单放入单一窗口客户端的待发送队列</translation>
    </message>
    <message>
      <source>rail origin (UN/LOCODE)</source>
      <translation>铁路始发站（UN/LOCODE）</translation>
    </message>
    <message>
      <source>really remove every filing of the class</source>
      <translation>确认删除全班的所有申报</translation>
    </message>
    <message>
      <source>reset the class to fresh demo data; seats and logins are kept (trainer)</source>
      <translation>把班级重置为新的演示数据；席位和登录保留（培训师）</translation>
    </message>
    <message>
      <source>run the local sandbox platform, or control a classroom on it</source>
      <translation>运行本地沙箱平台，或在其上管理课堂</translation>
    </message>
    <message>
      <source>search rail-sea schedules, submit or cancel a booking</source>
      <translation>查询铁海联运班期，提交或取消订舱</translation>
    </message>
    <message>
      <source>search this company's history first</source>
      <translation>先检索本企业的历史申报</translation>
    </message>
    <message>
      <source>send a booking to the carrier</source>
      <translation>向承运人发送订舱</translation>
    </message>
    <message>
      <source>send queued filings and fetch receipts</source>
      <translation>发送待发送的申报并获取回执</translation>
    </message>
    <message>
      <source>send the edited booking to the carrier as an amendment</source>
      <translation>把修改后的订舱作为更改发送给承运人</translation>
    </message>
    <message>
      <source>send what is queued and bring back the carrier's answers</source>
      <translation>发送队列中的内容并取回承运人的答复</translation>
    </message>
    <message>
      <source>set the scenario of the whole class or of one trainee (trainer)</source>
      <translation>设置全班或某位学员的场景（培训师）</translation>
    </message>
    <message>
      <source>shipment or draft IDs (default: every shipment)</source>
      <translation>业务单或草稿 ID（默认：全部业务单）</translation>
    </message>
    <message>
      <source>shipment, declaration or booking</source>
      <translation>业务单、报关单或订舱</translation>
    </message>
    <message>
      <source>show or set a company's ImpPath and operator card</source>
      <translation>查看或设置企业的 ImpPath 和操作员卡</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <translation>显示程序版本号并退出</translation>
    </message>
    <message>
      <source>show the mapping and the errors, save nothing</source>
      <translation>显示列对应关系和错误，不保存</translation>
    </message>
    <message>
      <source>show the sandbox clock, or move it forward (trainer)</source>
      <translation>显示沙箱时钟，或将其向前推进（培训师）</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
      <source>spreadsheets (XLSX, CSV)</source>
      <translation>电子表格（XLSX、CSV）</translation>
    </message>
    <message>
      <source>status of a draft, or of the outbox and the session</source>
      <translation>查看草稿的状态，或发件箱和会话的状态</translation>
    </message>
    <message>
      <source>submit declarations (or a booking) through the outbox</source>
      <translation>经发件箱申报报关单（或提交订舱）</translation>
    </message>
    <message>
      <source>submit the bookings too</source>
      <translation>同时提交订舱</translation>
    </message>
    <message>
      <source>take the reference the carrier gave as the booking's (checked at the carrier) after its answer was lost</source>
      <translation>答复丢失后，采用承运人给出的编号作为该订舱的编号（向承运人核对）</translation>
    </message>
    <message>
      <source>the PDF to write</source>
      <translation>要写入的 PDF</translation>
    </message>
    <message>
      <source>the carrier's DCSA base URL (before /v2)</source>
      <translation>承运人的 DCSA 基础地址（/v2 之前的部分）</translation>
    </message>
    <message>
      <source>the carrier's SMDG or SCAC code</source>
      <translation>承运人的 SMDG 或 SCAC 代码</translation>
    </message>
    <message>
      <source>the carrier's booking request reference or booking reference</source>
      <translation>承运人的订舱申请编号或订舱编号</translation>
    </message>
    <message>
      <source>the carriers of the workspace</source>
      <translation>工作区中的承运人</translation>
    </message>
    <message>
      <source>the client's ImpPath, e.g. C:\ImpPath</source>
      <translation>客户端的 ImpPath，如 C:\ImpPath</translation>
    </message>
    <message>
      <source>the new role (supervisors only)</source>
      <translation>新角色（仅主管可改）</translation>
    </message>
    <message>
      <source>the operator's IC card number</source>
      <translation>操作员 IC 卡号</translation>
    </message>
    <message>
      <source>the operator's name</source>
      <translation>操作员姓名</translation>
    </message>
    <message>
      <source>the sandbox plays the Single Window client on an ImpPath (one pass)</source>
      <translation>沙箱在 ImpPath 上模拟单一窗口客户端（处理一轮）</translation>
    </message>
    <message>
      <source>the workspace user working on this seat (default: $CORRIDOR_SEAT_USER or your login name)</source>
      <translation>在本工位工作的工作区用户（默认：$CORRIDOR_SEAT_USER 或您的登录名）</translation>
    </message>
    <message>
      <source>the workspace's users and their roles (broker, supervisor)</source>
      <translation>工作区的用户及其角色（报关员、主管）</translation>
    </message>
    <message>
      <source>trainee seats seat-01 .. seat-NN (password: $CORRIDOR_SEAT_PASSWORD or train1234)</source>
      <translation>学员席位 seat-01 .. seat-NN（密码：$CORRIDOR_SEAT_PASSWORD 或 train1234）</translation>
    </message>
    <message>
      <source>verification code, when the platform asks for one</source>
      <translation>验证码（平台要求时填写）</translation>
    </message>
    <message>
      <source>which document</source>
      <translation>哪种单证</translation>
    </message>
    <message>
      <source>workspace name or postgresql:// URL (default: default)</source>
      <translation>工作区名称或 postgresql:// 地址（默认：default）</translation>
    </message>
    <message>
      <source>write a shipment, declaration or booking of the workspace as an exchange file</source>
      <translation>把工作区中的业务单、报关单或订舱写出为交换文件</translation>
    </message>
    <message>
      <source>write an empty goods sheet (XLSX) with the headers in a language</source>
      <translation>生成带指定语言表头的空白货物表（XLSX）</translation>
    </message>
    <message>
      <source>write one exchange file per derived document into DIR instead of printing</source>
      <translation>把每份生成的单证写成一个交换文件放入 DIR，而不输出到屏幕</translation>
    </message>
    <message>
      <source>write queued declarations into OutBox, follow FailBox, read InBox</source>
      <translation>把待发送的报关单写入 OutBox，跟踪 FailBox，读取 InBox</translation>
    </message>
    <message>
      <source>zh_CN, en or vi (default: the language chosen in the app, else the OS language)</source>
      <translation>zh_CN、en 或 vi（默认：应用中选择的语言，否则为操作系统语言）</translation>
    </message>
  </context>
  <context>
    <name>ClientOverviewDialog</name>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Clients overview</source>
      <translation>客户总览</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Filings per client company, the client waiting longest first. Double-click a client to work on it.</source>
      <translation>按客户企业统计的单证，等待最久的客户排在最前。双击客户即可切换到该客户。</translation>
    </message>
    <message>
      <source>No client companies to show yet. Add your clients under {companies} (“{add}”), then create shipments for them with {new_shipment}; their filings are counted here.</source>
      <translation>还没有可显示的委托企业。请在 {companies} 中添加客户（“{add}”），再用 {new_shipment} 为其建立业务单；其申报会在此统计。</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>待发送</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已退单</translation>
    </message>
    <message>
      <source>Waiting for the platform</source>
      <translation>等待平台回执</translation>
    </message>
    <message>
      <source>{n} (since {since})</source>
      <translation>{n}（自 {since}）</translation>
    </message>
  </context>
  <context>
    <name>CodeTable</name>
    <message>
      <source>IMO dangerous goods class table</source>
      <translation>危险品类别（IMO）代码表</translation>
    </message>
    <message>
      <source>ISO container size and type table</source>
      <translation>集装箱尺寸类型（ISO）代码表</translation>
    </message>
    <message>
      <source>Incoterms table</source>
      <translation>贸易术语代码表</translation>
    </message>
    <message>
      <source>attached document type table</source>
      <translation>随附单证代码表</translation>
    </message>
    <message>
      <source>charge mark table</source>
      <translation>运保杂费标记代码表</translation>
    </message>
    <message>
      <source>commodity code table</source>
      <translation>商品编码表</translation>
    </message>
    <message>
      <source>container size table</source>
      <translation>集装箱规格代码表</translation>
    </message>
    <message>
      <source>country (region) table</source>
      <translation>国别（地区）代码表</translation>
    </message>
    <message>
      <source>currency table</source>
      <translation>币制代码表</translation>
    </message>
    <message>
      <source>customs office table</source>
      <translation>关区代码表</translation>
    </message>
    <message>
      <source>declaration type table</source>
      <translation>报关单类型代码表</translation>
    </message>
    <message>
      <source>duty mode table</source>
      <translation>征减免税方式代码表</translation>
    </message>
    <message>
      <source>levy nature table</source>
      <translation>征免性质代码表</translation>
    </message>
    <message>
      <source>package type (Rec 21) table</source>
      <translation>包装类型（Rec 21）代码表</translation>
    </message>
    <message>
      <source>package type table</source>
      <translation>包装种类代码表</translation>
    </message>
    <message>
      <source>port and place (UN/LOCODE) table</source>
      <translation>港口及地点（UN/LOCODE）代码表</translation>
    </message>
    <message>
      <source>supervision mode table</source>
      <translation>监管方式代码表</translation>
    </message>
    <message>
      <source>transaction mode table</source>
      <translation>成交方式代码表</translation>
    </message>
    <message>
      <source>transport mode table</source>
      <translation>运输方式代码表</translation>
    </message>
    <message>
      <source>unit of measure table</source>
      <translation>计量单位代码表</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>&amp;Keep mine</source>
      <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Take theirs</source>
      <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>差异</translation>
    </message>
    <message>
      <source>Drop your changes and show their version</source>
      <translation>放弃您的修改，显示对方的版本</translation>
    </message>
    <message>
      <source>Keep editing; nothing is saved yet</source>
      <translation>继续编辑；尚未保存任何内容</translation>
    </message>
    <message>
      <source>Save your version on top of theirs (the audit log records it)</source>
      <translation>在对方版本之上保存您的版本（操作日志会记录）</translation>
    </message>
    <message>
      <source>Saved meanwhile by another user</source>
      <translation>其他用户已先行保存</translation>
    </message>
    <message numerus="yes">
      <source>You both changed {count} field(s), marked and listed first.</source>
      <translation>
        <numerusform>你们双方都修改了 {count} 个字段，已标出并排在最前。</numerusform>
      </translation>
    </message>
    <message>
      <source>{author} saved this record ({time}) while you were editing it. Compare the two versions before you choose.</source>
      <translation>在您编辑期间，{author} 已保存此记录（{time}）。请先比较两个版本再选择。</translation>
    </message>
    <message>
      <source>{author} saved this record ({time}, revision {revision}) while you were editing it. Compare the two versions before you choose.</source>
      <translation>在您编辑期间，{author} 已保存此记录（{time}，第 {revision} 版）。请先比较两个版本再选择。</translation>
    </message>
  </context>
  <context>
    <name>ConflictModel</name>
    <message>
      <source>Changed by</source>
      <translation>修改方</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>对方的</translation>
    </message>
    <message>
      <source>When you opened it</source>
      <translation>打开时</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>您的</translation>
    </message>
    <message>
      <source>both of you</source>
      <translation>双方</translation>
    </message>
    <message>
      <source>the other user</source>
      <translation>对方</translation>
    </message>
    <message>
      <source>you</source>
      <translation>您</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Something went wrong. Your edits are autosaved; the details are in the log file.</source>
      <translation>程序出错。您的修改已自动保存，详细信息见日志文件。</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <source>Login kept in the system's secure store.</source>
      <translation>登录信息已保存在系统的安全存储中。</translation>
    </message>
    <message>
      <source>No secure store: session-only login.</source>
      <translation>没有可用的安全存储：登录仅在本次会话内有效。</translation>
    </message>
  </context>
  <context>
    <name>DeclarationEditor</name>
    <message>
      <source>&amp;Amend</source>
      <translation>修改(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Withdraw</source>
      <translation>撤单(&amp;W)</translation>
    </message>
    <message>
      <source>Certificates to request from the inspection office</source>
      <translation>申请单证（向检验检疫机关申请出具的证书）</translation>
    </message>
    <message>
      <source>Change a declaration the platform holds and send the amendment</source>
      <translation>修改平台上已有的报关单并发送修改申请</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>校验</translation>
    </message>
    <message>
      <source>Containers</source>
      <translation>集装箱</translation>
    </message>
    <message>
      <source>Declaration for {reference}</source>
      <translation>{reference} 的报关单</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>表头</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>商品项</translation>
    </message>
    <message>
      <source>Licences and certificates</source>
      <translation>随附单证</translation>
    </message>
    <message>
      <source>Licences and certificates the goods need</source>
      <translation>随附单证（监管证件）</translation>
    </message>
    <message>
      <source>New declaration</source>
      <translation>新报关单</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>回执</translation>
    </message>
    <message>
      <source>Su&amp;bmit declaration</source>
      <translation>申报(&amp;B)</translation>
    </message>
    <message>
      <source>Upload documents to the platform</source>
      <translation>向平台上传随附单证</translation>
    </message>
    <message>
      <source>Upload the commercial invoice and packing list PDFs the filing does not have yet</source>
      <translation>上传本申报尚未附带的商业发票和装箱单 PDF</translation>
    </message>
  </context>
  <context>
    <name>DeclarationElementsWidget</name>
    <message>
      <source>Declaration elements of heading {heading}, in the order customs asks them.</source>
      <translation>品目 {heading} 的申报要素，按海关要求的顺序填写。</translation>
    </message>
    <message>
      <source>Specification and model (规格型号): {value}</source>
      <translation>规格型号：{value}</translation>
    </message>
    <message>
      <source>The declaration elements of this heading are not in the bundled list: the usual elements are asked. Check them against the Single Window before filing.</source>
      <translation>本程序未收录该品目的申报要素，以下为通用要素。申报前请在单一窗口核对。</translation>
    </message>
    <message>
      <source>The stored specification does not follow the elements of heading {heading}; it is kept as it is unless you fill the inputs below: {stored}</source>
      <translation>已保存的规格型号与品目 {heading} 的申报要素不一致；如不填写下列各项，将原样保留：{stored}</translation>
    </message>
  </context>
  <context>
    <name>DetailsDialog</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Remove details</source>
      <translation>删除明细</translation>
    </message>
  </context>
  <context>
    <name>Document</name>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Authorised signature</source>
      <translation>授权签字</translation>
    </message>
    <message>
      <source>Booking terms</source>
      <translation>订舱条款</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>买方</translation>
    </message>
    <message>
      <source>Carrier use</source>
      <translation>承运人填写</translation>
    </message>
    <message>
      <source>Commercial Invoice</source>
      <translation>商业发票</translation>
    </message>
    <message>
      <source>Container / seal numbers</source>
      <translation>集装箱号 / 封志号</translation>
    </message>
    <message>
      <source>Customs endorsement and seal</source>
      <translation>海关批注及签章</translation>
    </message>
    <message>
      <source>Declarant</source>
      <translation>报关人员</translation>
    </message>
    <message>
      <source>Declaring unit (seal)</source>
      <translation>申报单位（签章）</translation>
    </message>
    <message>
      <source>Description of goods</source>
      <translation>货物描述</translation>
    </message>
    <message>
      <source>Draft for checking — not negotiable</source>
      <translation>草稿供核对——不可转让</translation>
    </message>
    <message>
      <source>Export Goods Declaration of the Customs of the People's Republic of China</source>
      <translation>中华人民共和国海关出口货物报关单</translation>
    </message>
    <message>
      <source>Freight and charges</source>
      <translation>运费及费用</translation>
    </message>
    <message>
      <source>Goods name and specification</source>
      <translation>商品名称及规格型号</translation>
    </message>
    <message>
      <source>Marks and remarks</source>
      <translation>标记唛码及备注</translation>
    </message>
    <message>
      <source>Means of transport and voyage number</source>
      <translation>运输工具名称及航次号</translation>
    </message>
    <message>
      <source>Measurement (m³)</source>
      <translation>体积（立方米）</translation>
    </message>
    <message>
      <source>Multimodal Through Bill of Lading (Draft)</source>
      <translation>多式联运全程提单（草稿）</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Number and kind of packages</source>
      <translation>件数及包装种类</translation>
    </message>
    <message>
      <source>Ocean vessel / voyage</source>
      <translation>船名 / 航次</translation>
    </message>
    <message>
      <source>Packing List</source>
      <translation>装箱单</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <source>Part {part} of {parts}</source>
      <translation>第 {part} 份，共 {parts} 份</translation>
    </message>
    <message>
      <source>Place and date of issue</source>
      <translation>签发地点和日期</translation>
    </message>
    <message>
      <source>Quantity and unit</source>
      <translation>数量及单位</translation>
    </message>
    <message>
      <source>Rail and sea carriage under one through document number (一单制).</source>
      <translation>铁路与海运全程使用同一单证号（一单制）。</translation>
    </message>
    <message>
      <source>Rail leg</source>
      <translation>铁路段</translation>
    </message>
    <message>
      <source>Rail-Sea Booking Request</source>
      <translation>铁海联运订舱委托书</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>委托人</translation>
    </message>
    <message>
      <source>Route and schedule</source>
      <translation>路线与船期</translation>
    </message>
    <message>
      <source>Sea leg</source>
      <translation>海运段</translation>
    </message>
    <message>
      <source>Seller</source>
      <translation>卖方</translation>
    </message>
    <message>
      <source>Signed for the multimodal transport operator</source>
      <translation>多式联运经营人签字</translation>
    </message>
    <message>
      <source>Terms of delivery</source>
      <translation>交货条件</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>We declare that the above is true and accept the legal responsibility for declaring truthfully and paying taxes according to law.</source>
      <translation>兹申明对以上内容承担如实申报、依法纳税之法律责任。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>&amp;Document</source>
      <translation>单证(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <source>Cancel printing</source>
      <translation>取消打印</translation>
    </message>
    <message>
      <source>Choose a document and press Preview.</source>
      <translation>请选择单证并点击“预览”。</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>单证</translation>
    </message>
    <message>
      <source>Document message</source>
      <translation>单证提示</translation>
    </message>
    <message>
      <source>Fit the page width</source>
      <translation>适应页面宽度</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>适应宽度</translation>
    </message>
    <message>
      <source>Languages of the document</source>
      <translation>单证语言</translation>
    </message>
    <message>
      <source>Make the document from the saved data and show its pages</source>
      <translation>根据已保存的数据生成单证并显示各页</translation>
    </message>
    <message>
      <source>Making the document…</source>
      <translation>正在生成单证…</translation>
    </message>
    <message>
      <source>Nothing to show yet: choose a shipment or save the draft first.</source>
      <translation>暂无内容：请先选择业务单或保存草稿。</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
      <source>Pages of the document</source>
      <translation>单证页面</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>预览(&amp;V)</translation>
    </message>
    <message>
      <source>Print the document (Ctrl+P)</source>
      <translation>打印单证 (Ctrl+P)</translation>
    </message>
    <message>
      <source>Print {document}</source>
      <translation>打印{document}</translation>
    </message>
    <message>
      <source>Printing cancelled after {n} of {count} pages.</source>
      <translation>已打印 {n} 页（共 {count} 页）后取消打印。</translation>
    </message>
    <message>
      <source>Printing cancelled: nothing was sent to the printer.</source>
      <translation>已取消打印：未向打印机发送任何内容。</translation>
    </message>
    <message>
      <source>Printing failed: {reason}</source>
      <translation>打印失败：{reason}</translation>
    </message>
    <message>
      <source>Printing page {n} of {count}…</source>
      <translation>正在打印第 {n} 页，共 {count} 页…</translation>
    </message>
    <message>
      <source>Save the PDF to a file (Ctrl+Shift+S)</source>
      <translation>将 PDF 保存为文件 (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Save the document as</source>
      <translation>单证另存为</translation>
    </message>
    <message>
      <source>Saved: {file}</source>
      <translation>已保存：{file}</translation>
    </message>
    <message>
      <source>The document cannot be made: {reason}</source>
      <translation>无法生成单证：{reason}</translation>
    </message>
    <message>
      <source>The printer cannot be started. Check that it is connected and try again.</source>
      <translation>无法启动打印机。请检查打印机是否已连接，然后重试。</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+-)</source>
      <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
      <source>the printer refused a new page</source>
      <translation>打印机拒绝了新页面</translation>
    </message>
    <message numerus="yes">
      <source>{count} page(s) sent to the printer.</source>
      <translation>
        <numerusform>已向打印机发送 {count} 页。</numerusform>
      </translation>
    </message>
    <message>
      <source>{file} cannot be written: {reason}. The document is still here: save it to another folder.</source>
      <translation>无法写入 {file}：{reason}。单证仍保留在此，请保存到其他文件夹。</translation>
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
      <translation>中英文</translation>
    </message>
    <message>
      <source>Commercial invoice</source>
      <translation>商业发票</translation>
    </message>
    <message>
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <source>Export declaration</source>
      <translation>出口报关单</translation>
    </message>
    <message>
      <source>Multimodal bill of lading</source>
      <translation>多式联运全程提单</translation>
    </message>
    <message>
      <source>Packing list</source>
      <translation>装箱单</translation>
    </message>
    <message>
      <source>Rail-sea booking request</source>
      <translation>铁海联运订舱委托书</translation>
    </message>
    <message>
      <source>Vietnamese and English</source>
      <translation>越南文和英文</translation>
    </message>
  </context>
  <context>
    <name>DocumentsDialog</name>
    <message>
      <source>Documents of {subject}</source>
      <translation>{subject} 的单证</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <source>&amp;Shipment</source>
      <translation>业务单(&amp;S)</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>业务单</translation>
    </message>
    <message>
      <source>The documents of a shipment: everything comes from the shipment and its filings, nothing is typed twice. Preview them, print them or save them as PDF.</source>
      <translation>业务单的单证：全部内容来自业务单及其申报，无需重复录入。可预览、打印或保存为 PDF。</translation>
    </message>
  </context>
  <context>
    <name>DraftEditor</name>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Issues</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>未发现问题。</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>尚未保存</translation>
    </message>
    <message>
      <source>Not saved: {field} cannot be read. Correct it or clear it, then save.</source>
      <translation>未保存：{field} 的内容无法识别，请改正或清空后再保存。</translation>
    </message>
    <message>
      <source>Save a revision (Ctrl+S)</source>
      <translation>保存新版本（Ctrl+S）</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>已保存</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
    <message>
      <source>{errors}, {warnings}</source>
      <translation>{errors}，{warnings}</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}：{message}</translation>
    </message>
    <message numerus="yes">
      <source>{n} error(s)</source>
      <translation>
        <numerusform>{n} 个错误</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} warning(s)</source>
      <translation>
        <numerusform>{n} 个警告</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Environment</name>
    <message>
      <source>Production environment</source>
      <translation>正式环境</translation>
    </message>
    <message>
      <source>Sandbox environment</source>
      <translation>沙箱</translation>
    </message>
  </context>
  <context>
    <name>Error</name>
    <message>
      <source>A customs receipt for unified number {detail} matches no declaration sent from here.</source>
      <translation>统一编号为 {detail} 的海关回执找不到本机发出的对应报关单。</translation>
    </message>
    <message>
      <source>A declaration handed to the Single Window client is amended in the client itself.</source>
      <translation>已交给单一窗口客户端的报关单，请在单一窗口客户端中修改。</translation>
    </message>
    <message>
      <source>A file or network operation failed: {detail}</source>
      <translation>文件或网络操作失败：{detail}</translation>
    </message>
    <message>
      <source>A voyage number without a service needs the vessel.</source>
      <translation>只有航次号而无航线时，须填写船名。</translation>
    </message>
    <message>
      <source>A workspace on the database server {url} is backed up on the server (pg_dump), not by Corridor Desk.</source>
      <translation>数据库服务器 {url} 上的工作区由服务器端备份（pg_dump），不由 Corridor Desk 备份。</translation>
    </message>
    <message>
      <source>Accepted by customs.</source>
      <translation>海关已受理。</translation>
    </message>
    <message>
      <source>Already filed as {existing_id}.</source>
      <translation>已作为 {existing_id} 申报。</translation>
    </message>
    <message>
      <source>Amendment stored by the platform.</source>
      <translation>平台已接收修改申请。</translation>
    </message>
    <message>
      <source>Another Corridor Desk holds this data folder's training platform ({file}) but does not answer; close it or try again in a moment.</source>
      <translation>另一个 Corridor Desk 正在使用此数据文件夹的练习平台（{file}），但没有响应；请关闭它，或稍后再试。</translation>
    </message>
    <message>
      <source>Backing up the workspace to {path} failed: {detail}</source>
      <translation>备份工作区到 {path} 失败：{detail}</translation>
    </message>
    <message>
      <source>Booking cancelled.</source>
      <translation>订舱已取消。</translation>
    </message>
    <message>
      <source>Booking confirmed.</source>
      <translation>订舱已确认。</translation>
    </message>
    <message>
      <source>Booking requested.</source>
      <translation>已提交订舱申请。</translation>
    </message>
    <message>
      <source>Booking {id} has not been sent to this carrier.</source>
      <translation>订舱 {id} 尚未发送给该承运人。</translation>
    </message>
    <message>
      <source>Carrier {carrier} does not know this booking.</source>
      <translation>承运人 {carrier} 没有该订舱记录。</translation>
    </message>
    <message>
      <source>Carrier {carrier} may have received booking {reference}, but its answer was lost and DCSA gives no way to ask. Ask the carrier: link the reference it gives you, or send the booking again if it has none.</source>
      <translation>承运人 {carrier} 可能已收到订舱 {reference}，但回复丢失，DCSA 接口无法查询。请向承运人核实：如有订舱号，请关联该编号；如承运人没有此订舱，再重新提交。</translation>
    </message>
    <message>
      <source>Carrier {carrier} refused the API key; check it in the carrier settings.</source>
      <translation>承运人 {carrier} 拒绝了 API 密钥；请在承运人设置中核对。</translation>
    </message>
    <message>
      <source>Carrier {carrier} refused the booking: {detail}</source>
      <translation>承运人 {carrier} 拒绝了订舱：{detail}</translation>
    </message>
    <message>
      <source>Choose the company to file for: {companies}.</source>
      <translation>请选择申报企业：{companies}。</translation>
    </message>
    <message>
      <source>Classroom controls work only on a sandbox platform, never in production.</source>
      <translation>课堂控制只能用于沙箱平台，不能用于正式环境。</translation>
    </message>
    <message>
      <source>Company {company_id} still has shipments, declarations or bookings; delete them first.</source>
      <translation>企业 {company_id} 仍有业务单、报关单或订舱，请先删除。</translation>
    </message>
    <message>
      <source>Customs receipt with a code this program does not know.</source>
      <translation>海关回执（本软件未收录的回执代码）。</translation>
    </message>
    <message>
      <source>Customs receipt.</source>
      <translation>海关回执。</translation>
    </message>
    <message>
      <source>Declaration element {element} is required.</source>
      <translation>申报要素“{element}”为必填项。</translation>
    </message>
    <message>
      <source>Declaration element {element} must not contain | — it separates the elements.</source>
      <translation>申报要素“{element}”中不能含有“|”，该符号用于分隔各要素。</translation>
    </message>
    <message>
      <source>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</source>
      <translation>申报要素“{element}”：{value} 不是允许的代码（可选：{allowed}）。</translation>
    </message>
    <message>
      <source>Declined: no capacity on this service.</source>
      <translation>已拒绝：该班列/航线舱位已满。</translation>
    </message>
    <message>
      <source>Give both the user and the new role: users NAME --role broker|supervisor.</source>
      <translation>请同时给出用户和新角色：users 用户名 --role broker|supervisor。</translation>
    </message>
    <message>
      <source>Give the carrier's booking reference or booking request reference (at most 100 characters).</source>
      <translation>请填写承运人的订舱号或订舱申请编号（不超过 100 个字符）。</translation>
    </message>
    <message>
      <source>Give the requested departure or the voyage.</source>
      <translation>请填写要求的开航日期或航次。</translation>
    </message>
    <message>
      <source>Imported by the Single Window client.</source>
      <translation>单一窗口客户端导入成功。</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>已中断。</translation>
    </message>
    <message>
      <source>Invalid carrier name {name}: use lower-case letters, digits, _ and - (at most 32).</source>
      <translation>承运人名称 {name} 无效：只能使用小写字母、数字、_ 和 -（最多 32 个字符）。</translation>
    </message>
    <message>
      <source>Invalid workspace name {name}: use letters, digits, _ . - (at most 64).</source>
      <translation>工作区名称 {name} 无效：只能使用字母、数字及 _ . -（最多 64 个字符）。</translation>
    </message>
    <message>
      <source>Name a booking draft ID or an exchange file.</source>
      <translation>请指定订舱草稿 ID 或交换文件。</translation>
    </message>
    <message>
      <source>No API key for carrier {name} in the secure store; enter it again.</source>
      <translation>安全存储中没有承运人 {name} 的 API 密钥；请重新输入。</translation>
    </message>
    <message>
      <source>No Single Window folder (ImpPath) is set for this company; set it in the company's Single Window settings.</source>
      <translation>该企业未设置单一窗口报文目录（ImpPath），请在该企业的单一窗口设置中填写。</translation>
    </message>
    <message>
      <source>No carrier {name} in this workspace; add it with its DCSA address first.</source>
      <translation>本工作区没有承运人 {name}；请先添加其 DCSA 接口地址。</translation>
    </message>
    <message>
      <source>No company with ID {company_id} in this workspace; add the company first.</source>
      <translation>本工作区中没有 ID 为 {company_id} 的企业，请先添加该企业。</translation>
    </message>
    <message>
      <source>No database server answers at {url} ({detail}). Check the host and port, and that the server is running.</source>
      <translation>{url} 上没有数据库服务器响应（{detail}）。请检查主机和端口，并确认服务器已启动。</translation>
    </message>
    <message>
      <source>No draft {ident}.</source>
      <translation>草稿 {ident} 不存在。</translation>
    </message>
    <message>
      <source>No queued filing {ident}.</source>
      <translation>没有待发送的申报 {ident}。</translation>
    </message>
    <message>
      <source>No shipment, declaration or booking with the ID {id} in the workspace.</source>
      <translation>工作区中没有 ID 为 {id} 的业务单、报关单或订舱。</translation>
    </message>
    <message>
      <source>No {kind} with ID {id} in this workspace.</source>
      <translation>本工作区中没有 ID 为 {id} 的 {kind}。</translation>
    </message>
    <message>
      <source>Not yet: no booking has got this far (look at its status and receipts).</source>
      <translation>还未完成：还没有订舱到达这一步（请查看其状态和回执）。</translation>
    </message>
    <message>
      <source>Not yet: no declaration has got this far (look at its status and receipts).</source>
      <translation>还未完成：还没有报关单到达这一步（请查看其状态和回执）。</translation>
    </message>
    <message>
      <source>Not yet: no shipment has got this far.</source>
      <translation>还未完成：还没有业务单到达这一步。</translation>
    </message>
    <message numerus="yes">
      <source>Not yet: the checks still show {count} error(s).</source>
      <translation>
        <numerusform>还未完成：校验中仍有 {count} 个错误。</numerusform>
      </translation>
    </message>
    <message>
      <source>Not yet: this company has no booking in the workspace.</source>
      <translation>还未完成：本企业在工作区中还没有订舱。</translation>
    </message>
    <message>
      <source>Not yet: this company has no declaration in the workspace.</source>
      <translation>还未完成：本企业在工作区中还没有报关单。</translation>
    </message>
    <message>
      <source>Not yet: this company has no shipment in the workspace.</source>
      <translation>还未完成：本企业在工作区中还没有业务单。</translation>
    </message>
    <message>
      <source>Not yet: {field} is still empty.</source>
      <translation>还未完成：“{field}”仍为空。</translation>
    </message>
    <message>
      <source>Nothing to submit: every draft of it is already submitted.</source>
      <translation>无可申报内容：其所有草稿均已提交。</translation>
    </message>
    <message>
      <source>Only a booking can be written as DCSA CreateBooking, not a {kind}.</source>
      <translation>只有订舱可导出为 DCSA CreateBooking，{kind} 不可以。</translation>
    </message>
    <message>
      <source>Only a declaration can be written as a DecMessage, not a {kind}.</source>
      <translation>只有报关单可以生成 DecMessage 报文，{kind} 不行。</translation>
    </message>
    <message>
      <source>Only a trainer account can do this; {user} is not one.</source>
      <translation>只有讲师账号可以执行此操作；{user} 不是讲师账号。</translation>
    </message>
    <message>
      <source>Only export declarations can be filed here (IEFlag {value}).</source>
      <translation>此处只能申报出口报关单（进出口标志 {value}）。</translation>
    </message>
    <message>
      <source>Only export declarations go through the Single Window client.</source>
      <translation>只有出口报关单可以通过单一窗口客户端申报。</translation>
    </message>
    <message>
      <source>Rejected by customs.</source>
      <translation>海关已退单。</translation>
    </message>
    <message>
      <source>Released.</source>
      <translation>已放行。</translation>
    </message>
    <message>
      <source>Restoring the workspace from {path} failed: {detail}</source>
      <translation>从 {path} 恢复工作区失败：{detail}</translation>
    </message>
    <message>
      <source>Selected for inspection.</source>
      <translation>已被布控查验。</translation>
    </message>
    <message>
      <source>Send either the service contract or the quotation reference, not both.</source>
      <translation>服务合同号与报价编号只能填写其一，不能同时填写。</translation>
    </message>
    <message>
      <source>Sent; the answer has not arrived yet.</source>
      <translation>已发送，尚未收到回复。</translation>
    </message>
    <message>
      <source>Sign in with a user name to work on this workspace.</source>
      <translation>请先以用户名登录，再使用本工作区。</translation>
    </message>
    <message>
      <source>Stopped by an unexpected error: {detail}</source>
      <translation>因意外错误而中止：{detail}</translation>
    </message>
    <message>
      <source>Stored by the platform.</source>
      <translation>入库成功。</translation>
    </message>
    <message>
      <source>Submitting needs the platform: log in first.</source>
      <translation>申报需要连接平台：请先登录。</translation>
    </message>
    <message>
      <source>The Single Window client could not send the file after 3 attempts.</source>
      <translation>单一窗口客户端 3 次发送均未成功。</translation>
    </message>
    <message>
      <source>The Single Window client refused the declaration.</source>
      <translation>单一窗口客户端导入失败。</translation>
    </message>
    <message>
      <source>The Single Window folder {path} cannot be reached; the filing waits.</source>
      <translation>无法访问单一窗口报文目录 {path}，报关单暂存待发。</translation>
    </message>
    <message>
      <source>The amendment was withdrawn: the booking stands as confirmed before it.</source>
      <translation>修改已撤回：订舱仍按修改前的确认内容有效。</translation>
    </message>
    <message>
      <source>The attachment is not a PDF file.</source>
      <translation>随附单证不是 PDF 文件。</translation>
    </message>
    <message>
      <source>The booking is cancelled at the carrier.</source>
      <translation>承运人已取消该订舱。</translation>
    </message>
    <message>
      <source>The carrier asks for an amendment of the booking.</source>
      <translation>承运人要求修改订舱。</translation>
    </message>
    <message>
      <source>The carrier asks for more information before it confirms.</source>
      <translation>承运人要求补充信息后再确认。</translation>
    </message>
    <message>
      <source>The carrier cannot change the booking in its present state: {detail}</source>
      <translation>订舱当前状态下承运人无法修改：{detail}</translation>
    </message>
    <message>
      <source>The carrier completed the booking.</source>
      <translation>承运人已完成该订舱。</translation>
    </message>
    <message>
      <source>The carrier confirmed the amendment: the booking is now as amended.</source>
      <translation>承运人已确认修改：订舱按修改后的内容生效。</translation>
    </message>
    <message>
      <source>The carrier confirmed the booking.</source>
      <translation>承运人已确认订舱。</translation>
    </message>
    <message>
      <source>The carrier confirmed the cancellation.</source>
      <translation>承运人已确认取消。</translation>
    </message>
    <message>
      <source>The carrier declined the amendment: the booking stands as confirmed before it.</source>
      <translation>承运人不同意修改：订舱仍按修改前的确认内容有效。</translation>
    </message>
    <message>
      <source>The carrier declined the booking.</source>
      <translation>承运人已拒绝订舱。</translation>
    </message>
    <message>
      <source>The carrier declined the cancellation.</source>
      <translation>承运人不同意取消。</translation>
    </message>
    <message>
      <source>The carrier needs a service contract or a quotation reference.</source>
      <translation>承运人需要服务合同号或报价编号。</translation>
    </message>
    <message>
      <source>The carrier received the amendment of the confirmed booking; the booking stands as confirmed until the carrier decides.</source>
      <translation>承运人已收到对已确认订舱的修改；承运人作出决定前，订舱仍按原确认内容有效。</translation>
    </message>
    <message>
      <source>The carrier received the amendment.</source>
      <translation>承运人已收到修改。</translation>
    </message>
    <message>
      <source>The carrier received the booking request.</source>
      <translation>承运人已收到订舱申请。</translation>
    </message>
    <message>
      <source>The carrier received the cancellation.</source>
      <translation>承运人已收到取消申请。</translation>
    </message>
    <message>
      <source>The carrier rejected the booking request.</source>
      <translation>承运人已退回订舱申请。</translation>
    </message>
    <message>
      <source>The carrier sent a {what} that does not follow DCSA Booking 2.0: {detail}</source>
      <translation>承运人发来的 {what} 不符合 DCSA Booking 2.0：{detail}</translation>
    </message>
    <message>
      <source>The carrier's booking {reference} is not this booking: it carries the reference {own}.</source>
      <translation>承运人的订舱 {reference} 不是本订舱：其客户编号为 {own}。</translation>
    </message>
    <message>
      <source>The carrier: {message}</source>
      <translation>承运人：{message}</translation>
    </message>
    <message>
      <source>The certificate of carrier {carrier} ({url}) could not be verified; nothing was sent.</source>
      <translation>无法验证承运人 {carrier}（{url}）的证书，未发送任何数据。</translation>
    </message>
    <message>
      <source>The code table {table} cannot be read: {detail}</source>
      <translation>无法读取代码表 {table}：{detail}</translation>
    </message>
    <message>
      <source>The database server {url} has no such database ({detail}).</source>
      <translation>数据库服务器 {url} 上没有该数据库（{detail}）。</translation>
    </message>
    <message>
      <source>The database server {url} refused the user name or password. Check them and try again.</source>
      <translation>数据库服务器 {url} 拒绝了该用户名或密码，请检查后重试。</translation>
    </message>
    <message numerus="yes">
      <source>The declaration cannot be written for the Single Window: {count} field error(s).</source>
      <translation>
        <numerusform>无法生成单一窗口报文：{count} 处字段错误。</numerusform>
      </translation>
    </message>
    <message>
      <source>The declaration elements joined are {length} characters; at most {max} fit.</source>
      <translation>申报要素合并后共 {length} 个字符，最多 {max} 个。</translation>
    </message>
    <message>
      <source>The declaration elements of item {item} are incomplete.</source>
      <translation>第 {item} 项商品的申报要素不完整。</translation>
    </message>
    <message>
      <source>The declaration has no goods items.</source>
      <translation>报关单没有商品项。</translation>
    </message>
    <message>
      <source>The declaration has no items.</source>
      <translation>报关单没有商品项。</translation>
    </message>
    <message>
      <source>The declared value needs its currency.</source>
      <translation>申报价值须注明币制。</translation>
    </message>
    <message>
      <source>The draft {ident} cannot be submitted in status {status}.</source>
      <translation>草稿 {ident} 处于“{status}”状态，无法申报。</translation>
    </message>
    <message>
      <source>The draft {ident} has not been accepted by the platform yet.</source>
      <translation>草稿 {ident} 尚未被平台接收。</translation>
    </message>
    <message>
      <source>The file or filing is too large for the platform.</source>
      <translation>文件或申报数据超出平台大小限制。</translation>
    </message>
    <message>
      <source>The file says it is a {kind} but has no {kind} part.</source>
      <translation>文件声明为{kind}，但缺少{kind}部分。</translation>
    </message>
    <message>
      <source>The file's format version {version} is newer than this program reads ({supported}).</source>
      <translation>文件格式版本 {version} 高于本程序支持的版本（{supported}）。</translation>
    </message>
    <message>
      <source>The folder name {name} contains {char}, which Windows does not allow.</source>
      <translation>文件夹名 {name} 含有 Windows 不允许的字符 {char}。</translation>
    </message>
    <message>
      <source>The folder name {name} ends with a dot or a space, which Windows drops.</source>
      <translation>文件夹名 {name} 以句点或空格结尾，Windows 会将其去掉。</translation>
    </message>
    <message>
      <source>The folder path has {length} characters; at most {limit} leave room for the files kept in it (Windows allows 260 characters per file).</source>
      <translation>文件夹路径有 {length} 个字符；最多 {limit} 个字符才能容纳其中的报文文件（Windows 每个文件路径最多 260 个字符）。</translation>
    </message>
    <message>
      <source>The goods line has no name (Chinese or English).</source>
      <translation>该商品行没有商品名称（中文或英文）。</translation>
    </message>
    <message>
      <source>The list position sent to the platform is not valid.</source>
      <translation>发送给平台的列表位置无效。</translation>
    </message>
    <message>
      <source>The local workspace cannot be opened: {detail}</source>
      <translation>无法打开本地工作区：{detail}</translation>
    </message>
    <message>
      <source>The login token is too large for the secure store ({size} bytes, at most {limit}).</source>
      <translation>登录令牌过大，无法存入安全存储（{size} 字节，上限 {limit}）。</translation>
    </message>
    <message>
      <source>The platform already has a filing with this client sequence number.</source>
      <translation>平台已有使用此客户端业务编号的申报。</translation>
    </message>
    <message>
      <source>The platform already holds a different filing under this key.</source>
      <translation>平台上此键值下已有另一份不同的申报。</translation>
    </message>
    <message>
      <source>The platform already holds the version submitted before the last edit; the edit was not filed. To file it, amend the declaration (or cancel the booking and book again).</source>
      <translation>平台上已有最后一次修改之前提交的版本，本次修改未申报。如需申报修改内容，请对报关单发起修改申请（订舱则先撤销再重新订舱）。</translation>
    </message>
    <message>
      <source>The platform asks for a verification code.</source>
      <translation>平台要求输入验证码。</translation>
    </message>
    <message>
      <source>The platform at {url} cannot be reached: {reason}</source>
      <translation>无法连接平台 {url}：{reason}</translation>
    </message>
    <message>
      <source>The platform could not read the request.</source>
      <translation>平台无法解析该请求。</translation>
    </message>
    <message>
      <source>The platform did not answer in time ({seconds} s).</source>
      <translation>平台响应超时（{seconds} 秒）。</translation>
    </message>
    <message>
      <source>The platform does not accept this kind of file.</source>
      <translation>平台不接受此类文件。</translation>
    </message>
    <message>
      <source>The platform does not allow this request.</source>
      <translation>平台不允许此请求。</translation>
    </message>
    <message>
      <source>The platform does not know this filing.</source>
      <translation>平台上查无此申报。</translation>
    </message>
    <message>
      <source>The platform had an internal error; the filing will be sent again later.</source>
      <translation>平台内部错误，稍后将重新发送该申报。</translation>
    </message>
    <message>
      <source>The platform is busy; try again in {retry_after} s.</source>
      <translation>平台繁忙，请 {retry_after} 秒后重试。</translation>
    </message>
    <message>
      <source>The platform is temporarily unavailable; try again in {retry_after} s.</source>
      <translation>平台暂时不可用，请 {retry_after} 秒后重试。</translation>
    </message>
    <message>
      <source>The platform refused the request (HTTP {status}, {problem}).</source>
      <translation>平台拒绝了请求（HTTP {status}，{problem}）。</translation>
    </message>
    <message numerus="yes">
      <source>The platform rejected the filing: {count} field error(s).</source>
      <translation>
        <numerusform>平台退单：{count} 处字段错误。</numerusform>
      </translation>
    </message>
    <message>
      <source>The platform sent an answer that cannot be read ({reason}, HTTP {status}).</source>
      <translation>平台返回的应答无法解析（{reason}，HTTP {status}）。</translation>
    </message>
    <message>
      <source>The platform's answer is larger than the allowed {limit} bytes.</source>
      <translation>平台应答超过允许的 {limit} 字节。</translation>
    </message>
    <message>
      <source>The process making the documents stopped before they were finished; try again.</source>
      <translation>生成单证的进程在完成前意外停止，请重试。</translation>
    </message>
    <message>
      <source>The request lacked its idempotency key.</source>
      <translation>请求缺少幂等键。</translation>
    </message>
    <message>
      <source>The same filing is still being processed; try again shortly.</source>
      <translation>同一申报仍在处理中，请稍后重试。</translation>
    </message>
    <message>
      <source>The secure connection to {url} failed ({detail}). Check the server's certificate and the CA file in the workspace settings.</source>
      <translation>与 {url} 的加密连接失败（{detail}）。请检查服务器证书以及工作区设置中的 CA 证书文件。</translation>
    </message>
    <message>
      <source>The secure store refused to keep the login: {detail}</source>
      <translation>安全存储拒绝保存登录信息：{detail}</translation>
    </message>
    <message>
      <source>The shipment names no company; choose the exporting company first.</source>
      <translation>业务单未指定企业，请先选择出口企业。</translation>
    </message>
    <message>
      <source>The supplementary code {value} must be 2 digits (00 where the line is not split).</source>
      <translation>附加编号 {value} 应为 2 位数字（该税号未细分时填 00）。</translation>
    </message>
    <message>
      <source>The training platform cannot take connections at {url} ({detail}); another program may be using this port: choose another with --port.</source>
      <translation>培训平台无法在 {url} 接受连接（{detail}）；可能有其他程序占用了该端口，请用 --port 另选一个端口。</translation>
    </message>
    <message>
      <source>The value is not valid: {detail}</source>
      <translation>该值无效：{detail}</translation>
    </message>
    <message>
      <source>The verification code is wrong or has expired.</source>
      <translation>验证码错误或已过期。</translation>
    </message>
    <message>
      <source>The workspace has been closed.</source>
      <translation>工作区已关闭。</translation>
    </message>
    <message>
      <source>The workspace is busy in another window or program; try again in a moment.</source>
      <translation>工作区正被其他窗口或程序占用，请稍后重试。</translation>
    </message>
    <message>
      <source>There is no code table named {table}.</source>
      <translation>不存在名为 {table} 的代码表。</translation>
    </message>
    <message>
      <source>This cannot be done in the filing's current status.</source>
      <translation>申报当前所处状态下无法执行此操作。</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>此项为必填项。</translation>
    </message>
    <message>
      <source>Unexpected error: {detail}</source>
      <translation>意外错误：{detail}</translation>
    </message>
    <message>
      <source>Unknown attachment type {value}.</source>
      <translation>未知的随附单证类型 {value}。</translation>
    </message>
    <message>
      <source>Unknown bulk operation {operation}: use check, derive or submit.</source>
      <translation>未知的批量操作 {operation}：请使用 check、derive 或 submit。</translation>
    </message>
    <message>
      <source>Unknown document kind {kind}: use shipment, declaration or booking.</source>
      <translation>未知的单据类型 {kind}：请使用 shipment、declaration 或 booking。</translation>
    </message>
    <message>
      <source>Unknown document language {lang}; choose one of: {choices}.</source>
      <translation>未知的单证语言 {lang}，请从以下选择：{choices}。</translation>
    </message>
    <message>
      <source>Unknown document {kind}; choose one of: {choices}.</source>
      <translation>未知的单证 {kind}，请从以下选择：{choices}。</translation>
    </message>
    <message>
      <source>Unknown scenario {scenario}: use one of {scenarios}.</source>
      <translation>未知场景 {scenario}：请使用 {scenarios} 之一。</translation>
    </message>
    <message>
      <source>Unknown scenario {scenario}; one of {scenarios}.</source>
      <translation>未知场景 {scenario}，可选：{scenarios}。</translation>
    </message>
    <message>
      <source>Withdrawn.</source>
      <translation>已撤单。</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <source>You are not logged in to the {environment} platform.</source>
      <translation>您尚未登录{environment}平台。</translation>
    </message>
    <message>
      <source>You may not do this for this company.</source>
      <translation>您无权为该企业执行此操作。</translation>
    </message>
    <message>
      <source>You may not file for this company.</source>
      <translation>您无权为该企业申报。</translation>
    </message>
    <message>
      <source>You may not file for {company}; your companies: {companies}.</source>
      <translation>您无权为 {company} 申报；您可申报的企业：{companies}。</translation>
    </message>
    <message>
      <source>Your session has expired; please log in again.</source>
      <translation>会话已过期，请重新登录。</translation>
    </message>
    <message>
      <source>Your session is no longer valid; please log in again.</source>
      <translation>会话已失效，请重新登录。</translation>
    </message>
    <message>
      <source>Your session was ended for safety (a login token was used twice); please log in again.</source>
      <translation>出于安全考虑，会话已终止（登录令牌被重复使用），请重新登录。</translation>
    </message>
    <message>
      <source>a backslash escape is not valid.</source>
      <translation>反斜杠转义无效。</translation>
    </message>
    <message>
      <source>a colon is missing here.</source>
      <translation>此处缺少冒号。</translation>
    </message>
    <message>
      <source>a comma is missing here.</source>
      <translation>此处缺少逗号。</translation>
    </message>
    <message>
      <source>a field name in double quotes is expected here.</source>
      <translation>此处应为带双引号的字段名。</translation>
    </message>
    <message>
      <source>a text value holds a line break or another control character.</source>
      <translation>文本值中含有换行符或其他控制字符。</translation>
    </message>
    <message>
      <source>a text value is not closed with a double quote.</source>
      <translation>文本值缺少结束的双引号。</translation>
    </message>
    <message>
      <source>a value is expected here.</source>
      <translation>此处应有一个值。</translation>
    </message>
    <message numerus="yes">
      <source>field {field} is {length} characters long, at most {max} ({count} field(s) too long); nothing was imported.</source>
      <translation>
        <numerusform>字段 {field} 长度为 {length} 个字符，最多 {max} 个（共 {count} 个字段超长），未导入任何内容。</numerusform>
      </translation>
    </message>
    <message>
      <source>nothing answers at this address; check the address, or whether the platform is running</source>
      <translation>该地址没有服务应答，请检查地址是否正确，或平台是否已启动</translation>
    </message>
    <message>
      <source>the connection was cut before the platform answered</source>
      <translation>平台应答前连接已中断</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text.</source>
      <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
      <source>the name of this address is not known; check the address and the network</source>
      <translation>无法解析该地址的域名，请检查地址和网络</translation>
    </message>
    <message>
      <source>the network connection failed</source>
      <translation>网络连接失败</translation>
    </message>
    <message>
      <source>the proxy server refused the connection or cannot be reached</source>
      <translation>代理服务器拒绝连接或无法访问</translation>
    </message>
    <message>
      <source>the secure connection could not be set up (certificate or encryption refused)</source>
      <translation>无法建立安全连接（证书或加密协商被拒绝）</translation>
    </message>
    <message>
      <source>the text is not valid JSON here.</source>
      <translation>此处的内容不是有效的 JSON。</translation>
    </message>
    <message>
      <source>there is more after the end of the data.</source>
      <translation>数据结束后还有多余内容。</translation>
    </message>
    <message numerus="yes">
      <source>{count} error(s) to fix first: open it to see them at their fields.</source>
      <translation>
        <numerusform>需先改正 {count} 处错误：打开该记录即可在对应字段看到。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} row(s) have errors: fix them in the file or skip those rows.</source>
      <translation>
        <numerusform>{count} 行有错误：请在文件中改正，或跳过这些行。</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} seats: a class has between 1 and 200.</source>
      <translation>{count} 个席位：一个班级须有 1 至 200 个席位。</translation>
    </message>
    <message>
      <source>{doc} cannot be made without a shipment or a rail-sea booking.</source>
      <translation>无法生成{doc}：须有业务单或铁海联运订舱。</translation>
    </message>
    <message>
      <source>{doc} cannot be made: it is made from a shipment with its company, and this file has no shipment.</source>
      <translation>无法生成{doc}：该单证须根据业务单及其所属企业生成，此文件不含业务单。</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation>{field}：{reason}</translation>
    </message>
    <message>
      <source>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</source>
      <translation>{field}：{value} 只有 {length} 位；商品编号应为 10 位，即 8 位税则号列加 2 位附加编号（通常为 00）。可用“商品编号查询”补全。</translation>
    </message>
    <message>
      <source>{file}: a lesson file is limited to {limit} bytes.</source>
      <translation>{file}：课程文件不能超过 {limit} 字节。</translation>
    </message>
    <message>
      <source>{file}: a number is {length} characters long (at most {limit}).</source>
      <translation>{file}：有一个数字长达 {length} 个字符（最多 {limit} 个）。</translation>
    </message>
    <message>
      <source>{file}: belongs to company {company}, which this account does not file for.</source>
      <translation>{file}：属于企业 {company}，本账号不能为该企业申报。</translation>
    </message>
    <message>
      <source>{file}: cannot be read: {detail}</source>
      <translation>{file}：无法读取：{detail}</translation>
    </message>
    <message>
      <source>{file}: cannot be written: {detail}</source>
      <translation>{file}：无法写入：{detail}</translation>
    </message>
    <message>
      <source>{file}: field {field} contains a control character (U+{codepoint}).</source>
      <translation>{file}：字段 {field} 含有控制字符（U+{codepoint}）。</translation>
    </message>
    <message>
      <source>{file}: field {field} is {length} characters long (at most {limit}).</source>
      <translation>{file}：字段 {field} 长度为 {length} 个字符（最多 {limit} 个）。</translation>
    </message>
    <message>
      <source>{file}: field {field}: {reason}</source>
      <translation>{file}：字段 {field}：{reason}</translation>
    </message>
    <message>
      <source>{file}: holds a {kind}, not a shipment; only a shipment can be derived from.</source>
      <translation>{file}：内容为 {kind} 而非业务单；只能从业务单生成单据。</translation>
    </message>
    <message>
      <source>{file}: named as a response, but holds {detail}.</source>
      <translation>{file}：文件名为回执，内容却是 {detail}。</translation>
    </message>
    <message>
      <source>{file}: neither a response nor a customs receipt ({detail}).</source>
      <translation>{file}：既不是导入回执也不是海关回执（{detail}）。</translation>
    </message>
    <message>
      <source>{file}: no header row with known columns was found (for example 商品名称, Qty, Đơn giá); download a template to see the columns.</source>
      <translation>{file}：未找到含可识别列名的表头行（例如 商品名称、Qty、Đơn giá）；可下载模板查看各列。</translation>
    </message>
    <message>
      <source>{file}: no such file.</source>
      <translation>{file}：文件不存在。</translation>
    </message>
    <message>
      <source>{file}: not a Corridor Desk exchange file (format {detail}).</source>
      <translation>{file}：不是 Corridor Desk 交换文件（格式 {detail}）。</translation>
    </message>
    <message>
      <source>{file}: not a DecMessage (the file starts with {detail}).</source>
      <translation>{file}：不是报关单报文（根元素为 {detail}）。</translation>
    </message>
    <message>
      <source>{file}: not a lesson file ({detail}).</source>
      <translation>{file}：不是课程文件（{detail}）。</translation>
    </message>
    <message>
      <source>{file}: not an Excel workbook (.xlsx) or a CSV file.</source>
      <translation>{file}：不是 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
      <source>{file}: not readable XML ({detail}).</source>
      <translation>{file}：XML 无法解析（{detail}）。</translation>
    </message>
    <message>
      <source>{file}: not valid JSON (line {line}, column {column}): {reason}</source>
      <translation>{file}：JSON 格式无效（第 {line} 行第 {column} 列）：{reason}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} has more than {limit} columns.</source>
      <translation>{file}：工作表 {sheet} 超过 {limit} 列。</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} has more than {limit} rows; split it into smaller files.</source>
      <translation>{file}：工作表 {sheet} 超过 {limit} 行，请拆分为较小的文件。</translation>
    </message>
    <message>
      <source>{file}: the data is nested more than {limit} levels deep; this is not an exchange file.</source>
      <translation>{file}：数据嵌套超过 {limit} 层，不是交换文件。</translation>
    </message>
    <message>
      <source>{file}: the document cannot be written: {detail}</source>
      <translation>{file}：无法写入单证：{detail}</translation>
    </message>
    <message>
      <source>{file}: the file declares a DTD or entities, which a message never needs.</source>
      <translation>{file}：文件含有 DTD 或实体声明，报文不应包含此类内容。</translation>
    </message>
    <message>
      <source>{file}: the file is larger than {limit_mb} MB; it was not read.</source>
      <translation>{file}：文件超过 {limit_mb} MB，未读取。</translation>
    </message>
    <message>
      <source>{file}: the file is {size} bytes, more than the {limit} a message may have.</source>
      <translation>{file}：文件大小 {size} 字节，超过报文上限 {limit} 字节。</translation>
    </message>
    <message>
      <source>{file}: the file must hold a JSON object.</source>
      <translation>{file}：文件内容必须是 JSON 对象。</translation>
    </message>
    <message>
      <source>{file}: the receipt lacks its unified number or its receipt code.</source>
      <translation>{file}：回执缺少统一编号或回执代码。</translation>
    </message>
    <message>
      <source>{file}: the response names another client sequence number ({detail}).</source>
      <translation>{file}：回执中的客户端编号与文件名不一致（{detail}）。</translation>
    </message>
    <message>
      <source>{file}: the sheet has a header row but no goods lines under it.</source>
      <translation>{file}：工作表有表头，但下面没有商品明细。</translation>
    </message>
    <message>
      <source>{file}: the text is neither UTF-8 nor GB18030; save the CSV as UTF-8.</source>
      <translation>{file}：文本编码既不是 UTF-8 也不是 GB18030，请将 CSV 另存为 UTF-8。</translation>
    </message>
    <message>
      <source>{file}: the workbook declares XML entities or a DTD, which Excel never writes; it is refused as unsafe.</source>
      <translation>{file}：工作簿含有 XML 实体或 DTD 声明（Excel 从不生成），因不安全已拒绝。</translation>
    </message>
    <message>
      <source>{file}: the workbook is damaged and cannot be read ({detail}).</source>
      <translation>{file}：工作簿已损坏，无法读取（{detail}）。</translation>
    </message>
    <message>
      <source>{file}: the workbook would unpack to {size} MB; it is refused as unsafe.</source>
      <translation>{file}：工作簿解压后将达 {size} MB，因不安全已拒绝。</translation>
    </message>
    <message>
      <source>{file}: the zip must hold exactly one message, it holds {detail}.</source>
      <translation>{file}：压缩包应只含一个报文，实际含 {detail} 个。</translation>
    </message>
    <message>
      <source>{file}: {size} MB is more than the {limit} MB a spreadsheet may have.</source>
      <translation>{file}：文件大小 {size} MB，超过电子表格上限 {limit} MB。</translation>
    </message>
    <message>
      <source>{file}: {value} is not a number JSON allows.</source>
      <translation>{file}：{value} 不是 JSON 允许的数字。</translation>
    </message>
    <message>
      <source>{kind} field {field} is kept by the program and cannot be set directly.</source>
      <translation>{kind} 的字段 {field} 由程序维护，不能直接设置。</translation>
    </message>
    <message>
      <source>{kind} has no field {field}.</source>
      <translation>{kind} 没有字段 {field}。</translation>
    </message>
    <message>
      <source>{kind} {id} belongs to company {actual}, not {expected}.</source>
      <translation>{kind} {id} 属于企业 {actual}，而非 {expected}。</translation>
    </message>
    <message>
      <source>{kind} {id} has no revision {revision}.</source>
      <translation>{kind} {id} 没有版本 {revision}。</translation>
    </message>
    <message>
      <source>{kind} {id} is {status} and can no longer be edited.</source>
      <translation>{kind} {id} 的状态为“{status}”，不能再编辑。</translation>
    </message>
    <message>
      <source>{kind} {id} was changed elsewhere (now at revision {actual}, you edited revision {expected}); reload it and apply your change again.</source>
      <translation>{kind} {id} 已在别处被修改（当前为版本 {actual}，您编辑的是版本 {expected}），请重新加载后再次修改。</translation>
    </message>
    <message>
      <source>{kind} {id} was changed elsewhere since you opened it; reload it and apply your change again.</source>
      <translation>{kind} {id} 在您打开后已在别处被修改，请重新加载后再次修改。</translation>
    </message>
    <message>
      <source>{label} has a value that cannot be read.</source>
      <translation>{label}的值无法识别。</translation>
    </message>
    <message>
      <source>{label} is missing.</source>
      <translation>缺少{label}。</translation>
    </message>
    <message>
      <source>{label} is not a field of this document.</source>
      <translation>{label}不是此单证的字段。</translation>
    </message>
    <message>
      <source>{label} is too long.</source>
      <translation>{label}过长。</translation>
    </message>
    <message>
      <source>{label} must be a date and time written YYYY-MM-DDTHH:MM.</source>
      <translation>{label}必须是日期时间，格式为 YYYY-MM-DDTHH:MM。</translation>
    </message>
    <message>
      <source>{label} must be a date written YYYY-MM-DD.</source>
      <translation>{label}必须是日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
      <source>{label} must be a group of fields (a JSON object).</source>
      <translation>{label}必须是一组字段（JSON 对象）。</translation>
    </message>
    <message>
      <source>{label} must be a list.</source>
      <translation>{label}必须是列表。</translation>
    </message>
    <message>
      <source>{label} must be a number (for example 1200 or 18.50).</source>
      <translation>{label}必须是数字（例如 1200 或 18.50）。</translation>
    </message>
    <message>
      <source>{label} must be a whole number.</source>
      <translation>{label}必须是整数。</translation>
    </message>
    <message>
      <source>{label} must be one of: {allowed}.</source>
      <translation>{label}只能是以下之一：{allowed}。</translation>
    </message>
    <message>
      <source>{label} must be text.</source>
      <translation>{label}必须是文本。</translation>
    </message>
    <message>
      <source>{label} must be true or false.</source>
      <translation>{label}必须是 true 或 false。</translation>
    </message>
    <message>
      <source>{name} is a device name on Windows (CON, NUL, COM1 …), not a folder.</source>
      <translation>{name} 是 Windows 的设备名（CON、NUL、COM1 等），不能用作文件夹。</translation>
    </message>
    <message>
      <source>{name} is a folder inside the ImpPath; choose the ImpPath itself: {parent}</source>
      <translation>{name} 是 ImpPath 里面的子目录，请选择 ImpPath 本身：{parent}</translation>
    </message>
    <message>
      <source>{path}: a network folder needs its share as well, as in \\server\share\ImpPath.</source>
      <translation>{path}：网络文件夹还须写出共享名，例如 \\server\share\ImpPath。</translation>
    </message>
    <message>
      <source>{path}: give the whole folder with its drive (D:\ImpPath) or network share (\\server\share\ImpPath).</source>
      <translation>{path}：请填写完整路径，包括盘符（D:\ImpPath）或网络共享（\\server\share\ImpPath）。</translation>
    </message>
    <message>
      <source>{path}: not a Corridor Desk workspace or damaged: {detail}</source>
      <translation>{path}：不是 Corridor Desk 工作区或已损坏：{detail}</translation>
    </message>
    <message>
      <source>{path}: this workspace was written by a newer version of Corridor Desk (database version {found}, this version understands up to {supported}). Update Corridor Desk to open it.</source>
      <translation>{path}：此工作区由较新版本的 Corridor Desk 写入（数据库版本 {found}，本版本最高支持 {supported}）。请升级 Corridor Desk 后再打开。</translation>
    </message>
    <message>
      <source>{path}: upgrading the workspace to database version {version} failed ({detail}); nothing was changed.</source>
      <translation>{path}：将工作区升级到数据库版本 {version} 失败（{detail}），未作任何更改。</translation>
    </message>
    <message>
      <source>{section}/{tag} has the wrong format.</source>
      <translation>{section}/{tag} 格式不正确。</translation>
    </message>
    <message>
      <source>{section}/{tag} is needed on an export declaration.</source>
      <translation>出口报关单必须填写 {section}/{tag}。</translation>
    </message>
    <message>
      <source>{section}/{tag} may have at most {max_length} characters.</source>
      <translation>{section}/{tag} 最多 {max_length} 个字符。</translation>
    </message>
    <message>
      <source>{section}/{tag} must have exactly {max_length} characters.</source>
      <translation>{section}/{tag} 必须为 {max_length} 个字符。</translation>
    </message>
    <message>
      <source>{section}/{tag}: {value} is not in the code table.</source>
      <translation>{section}/{tag}：代码表中没有 {value}。</translation>
    </message>
    <message>
      <source>{url} does not answer as a DCSA Booking 2.0 API; check the base URL (the part before /v2).</source>
      <translation>{url} 未按 DCSA Booking 2.0 接口应答；请核对接口地址（/v2 之前的部分）。</translation>
    </message>
    <message>
      <source>{url} is not an https:// address (plain http:// only to this computer).</source>
      <translation>{url} 不是 https:// 地址（http:// 仅限本机）。</translation>
    </message>
    <message>
      <source>{user} is a broker; only a supervisor of this workspace can change roles.</source>
      <translation>{user} 是报关员；只有本工作区的主管才能更改角色。</translation>
    </message>
    <message>
      <source>{user} is the last supervisor of this workspace; make someone else supervisor first.</source>
      <translation>{user} 是本工作区最后一位主管；请先指定其他人为主管。</translation>
    </message>
    <message>
      <source>{value} differs from {other} on sheet {sheet} for the same goods line.</source>
      <translation>{value} 与工作表 {sheet} 中同一商品行的 {other} 不一致。</translation>
    </message>
    <message>
      <source>{value} is not a commodity code (10 digits, dots and spaces allowed).</source>
      <translation>{value} 不是商品编号（10 位数字，可含点和空格）。</translation>
    </message>
    <message>
      <source>{value} is not a country code or country name.</source>
      <translation>{value} 不是国别（地区）代码或名称。</translation>
    </message>
    <message>
      <source>{value} is not a currency code (for example USD, CNY).</source>
      <translation>{value} 不是币制代码（例如 USD、CNY）。</translation>
    </message>
    <message>
      <source>{value} is not a customs unit of measure (for example PCS, KGS, 个, 千克).</source>
      <translation>{value} 不是海关计量单位（例如 PCS、KGS、个、千克）。</translation>
    </message>
    <message>
      <source>{value} is not a date.</source>
      <translation>{value} 不是日期。</translation>
    </message>
    <message>
      <source>{value} is not a number.</source>
      <translation>{value} 不是数字。</translation>
    </message>
    <message>
      <source>{value} is not a package type.</source>
      <translation>{value} 不是包装种类。</translation>
    </message>
    <message>
      <source>{value} is not a time to move the clock by: write 90, 30m, 2h or 1d.</source>
      <translation>{value} 不是有效的时钟前进时长：请写 90、30m、2h 或 1d。</translation>
    </message>
    <message>
      <source>{value} is not a whole number.</source>
      <translation>{value} 不是整数。</translation>
    </message>
    <message>
      <source>{value} is not an Incoterm (for example FOB, CIF).</source>
      <translation>{value} 不是国际贸易术语（例如 FOB、CIF）。</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>1, 2 or 3 (I, II, III); empty where the UN entry has none.</source>
      <translation>1、2 或 3（I、II、III 类包装）；该联合国编号无包装类别时留空。</translation>
    </message>
    <message>
      <source>10-character customs registration code; its 6th character is the economic type.</source>
      <translation>10位海关注册编码，第6位为企业经济类型。</translation>
    </message>
    <message>
      <source>10-digit Chinese commodity code; the first 6 digits are the HS 2022 subheading.</source>
      <translation>10位中国商品编号，前6位为HS 2022子目。</translation>
    </message>
    <message>
      <source>18-character unified social credit code (GB 32100-2015).</source>
      <translation>18位统一社会信用代码（GB 32100-2015）。</translation>
    </message>
    <message>
      <source>3-digit inspection and quarantine code under the commodity code, for goods under inspection.</source>
      <translation>法检商品在商品编号下的 3 位检验检疫编码。</translation>
    </message>
    <message>
      <source>5-digit code of the domestic place the goods come from.</source>
      <translation>货物境内来源地的5位代码。</translation>
    </message>
    <message>
      <source>A reefer container used for dry cargo, machinery off.</source>
      <translation>冷藏箱装运普通干货，制冷机组不开机。</translation>
    </message>
    <message>
      <source>AEO code</source>
      <translation>AEO编码</translation>
    </message>
    <message>
      <source>Ad-valorem cover</source>
      <translation>从价运费（申报货值）</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Air exchange (m³/h)</source>
      <translation>换气量（立方米/小时）</translation>
    </message>
    <message>
      <source>Attached documents</source>
      <translation>随附单证及编号</translation>
    </message>
    <message>
      <source>Attachment number</source>
      <translation>随附单据编号</translation>
    </message>
    <message>
      <source>Attachment type</source>
      <translation>随附单证代码</translation>
    </message>
    <message>
      <source>Bill of lading / waybill</source>
      <translation>提运单号</translation>
    </message>
    <message>
      <source>Bill of lading or through (multimodal) document number, known once the booking is confirmed.</source>
      <translation>提单号或多式联运全程单证号，订舱确认后可知。</translation>
    </message>
    <message>
      <source>Booking ID</source>
      <translation>订舱ID</translation>
    </message>
    <message>
      <source>Booking number</source>
      <translation>订舱号</translation>
    </message>
    <message>
      <source>Booking request reference</source>
      <translation>订舱申请编号</translation>
    </message>
    <message>
      <source>Brand</source>
      <translation>品牌</translation>
    </message>
    <message>
      <source>CO₂ set point (%)</source>
      <translation>二氧化碳设定值（%）</translation>
    </message>
    <message>
      <source>Cargo movement at destination</source>
      <translation>目的地交付方式</translation>
    </message>
    <message>
      <source>Cargo movement at origin</source>
      <translation>起运地装箱方式</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>申请单证代码</translation>
    </message>
    <message>
      <source>Certificate issuing office</source>
      <translation>领证机关</translation>
    </message>
    <message>
      <source>Certificates requested</source>
      <translation>申请单证</translation>
    </message>
    <message>
      <source>Certificates the inspection office is asked to issue for goods under inspection (e.g. phytosanitary).</source>
      <translation>法检货物向检验检疫机关申请出具的证书（如植物检疫证书）。</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>Client sequence number</source>
      <translation>客户端业务编号</translation>
    </message>
    <message>
      <source>Cold treatment required</source>
      <translation>需要冷处理</translation>
    </message>
    <message>
      <source>Commodities</source>
      <translation>货物</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>货物品名</translation>
    </message>
    <message>
      <source>Commodity code</source>
      <translation>商品编号</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Company ID</source>
      <translation>企业ID</translation>
    </message>
    <message>
      <source>Company name (Chinese)</source>
      <translation>企业中文名称</translation>
    </message>
    <message>
      <source>Company name (English)</source>
      <translation>企业英文名称</translation>
    </message>
    <message>
      <source>Company role</source>
      <translation>企业角色</translation>
    </message>
    <message>
      <source>Competent authority approval</source>
      <translation>主管机关批准文号</translation>
    </message>
    <message>
      <source>Confirmed statements</source>
      <translation>承诺事项</translation>
    </message>
    <message>
      <source>Consignee</source>
      <translation>收货人</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Container number</source>
      <translation>集装箱号</translation>
    </message>
    <message>
      <source>Container numbers</source>
      <translation>集装箱号</translation>
    </message>
    <message>
      <source>Container size</source>
      <translation>集装箱规格</translation>
    </message>
    <message>
      <source>Containers</source>
      <translation>集装箱</translation>
    </message>
    <message>
      <source>Contract number</source>
      <translation>合同协议号</translation>
    </message>
    <message>
      <source>Controlled atmosphere required</source>
      <translation>需要气调</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>副本数</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国家（地区）</translation>
    </message>
    <message>
      <source>Country of arrival</source>
      <translation>运抵国（地区）</translation>
    </message>
    <message>
      <source>Country of origin</source>
      <translation>原产国（地区）</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币制</translation>
    </message>
    <message>
      <source>Customs declaration number</source>
      <translation>海关编号</translation>
    </message>
    <message>
      <source>Customs enterprise code</source>
      <translation>海关编码</translation>
    </message>
    <message>
      <source>Customs of exit</source>
      <translation>出境关别</translation>
    </message>
    <message>
      <source>Customs office of exit</source>
      <translation>出境关别</translation>
    </message>
    <message>
      <source>Customs office where this company usually declares.</source>
      <translation>本企业通常申报的海关。</translation>
    </message>
    <message>
      <source>Cut-off</source>
      <translation>截止类型</translation>
    </message>
    <message>
      <source>Cut-off time</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <source>Cut-offs</source>
      <translation>截关/截港时间</translation>
    </message>
    <message>
      <source>Dangerous goods</source>
      <translation>危险品</translation>
    </message>
    <message>
      <source>Dangerous goods details</source>
      <translation>危险品明细</translation>
    </message>
    <message>
      <source>Dangerous goods gross weight (kg)</source>
      <translation>危险品毛重（千克）</translation>
    </message>
    <message>
      <source>Dangerous goods name</source>
      <translation>危险货物名称</translation>
    </message>
    <message>
      <source>Dangerous goods net weight (kg)</source>
      <translation>危险品净重（千克）</translation>
    </message>
    <message>
      <source>Dangerous goods packaging</source>
      <translation>危包规格</translation>
    </message>
    <message>
      <source>Dangerous goods packing group</source>
      <translation>危包类别</translation>
    </message>
    <message>
      <source>Dangerous goods: the 4-digit UN number.</source>
      <translation>危险品：4位联合国编号。</translation>
    </message>
    <message>
      <source>Dangerous goods: the IMDG class.</source>
      <translation>危险品：《国际海运危险货物规则》类别。</translation>
    </message>
    <message>
      <source>Declaration ID</source>
      <translation>报关单ID</translation>
    </message>
    <message>
      <source>Declaration date</source>
      <translation>申报日期</translation>
    </message>
    <message>
      <source>Declaration elements</source>
      <translation>申报要素</translation>
    </message>
    <message>
      <source>Declaration type flags</source>
      <translation>单据类型</translation>
    </message>
    <message>
      <source>Declare the cargo value to the carrier for ad-valorem liability (a higher freight); off by default.</source>
      <translation>向承运人申报货值，按从价承担赔偿责任（运费较高）；默认不申报。</translation>
    </message>
    <message>
      <source>Declared quantity</source>
      <translation>成交数量</translation>
    </message>
    <message>
      <source>Declared unit</source>
      <translation>成交计量单位</translation>
    </message>
    <message>
      <source>Declared value</source>
      <translation>申报价值</translation>
    </message>
    <message>
      <source>Declared value currency</source>
      <translation>申报价值币制</translation>
    </message>
    <message>
      <source>Declaring agent</source>
      <translation>申报单位</translation>
    </message>
    <message>
      <source>Declaring agent USCC</source>
      <translation>申报单位统一社会信用代码</translation>
    </message>
    <message>
      <source>Declaring agent customs code</source>
      <translation>申报单位海关编码</translation>
    </message>
    <message>
      <source>Declaring agent inspection code</source>
      <translation>申报单位检验检疫编码</translation>
    </message>
    <message>
      <source>Declaring customs</source>
      <translation>申报地海关</translation>
    </message>
    <message>
      <source>Default customs office</source>
      <translation>默认申报海关</translation>
    </message>
    <message>
      <source>Default unit price</source>
      <translation>默认单价</translation>
    </message>
    <message>
      <source>Delivery type</source>
      <translation>交货方式</translation>
    </message>
    <message>
      <source>Departure date</source>
      <translation>启运日期</translation>
    </message>
    <message>
      <source>Document code</source>
      <translation>单证代码</translation>
    </message>
    <message>
      <source>Document kind</source>
      <translation>单据类型</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>单证编号</translation>
    </message>
    <message>
      <source>Document parties</source>
      <translation>单证当事方</translation>
    </message>
    <message>
      <source>Domestic shipper</source>
      <translation>境内发货人</translation>
    </message>
    <message>
      <source>Domestic shipper (English)</source>
      <translation>境内发货人（外文）</translation>
    </message>
    <message>
      <source>Domestic shipper USCC</source>
      <translation>境内发货人统一社会信用代码</translation>
    </message>
    <message>
      <source>Domestic shipper customs code</source>
      <translation>境内发货人海关编码</translation>
    </message>
    <message>
      <source>Domestic shipper inspection code</source>
      <translation>境内发货人检验检疫编码</translation>
    </message>
    <message>
      <source>Domestic source of goods</source>
      <translation>境内货源地</translation>
    </message>
    <message>
      <source>Drain holes open</source>
      <translation>排水孔打开</translation>
    </message>
    <message>
      <source>Duty mode</source>
      <translation>征免</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <source>Edited fields</source>
      <translation>已修改字段</translation>
    </message>
    <message>
      <source>EmS number</source>
      <translation>应急措施表编号（EmS）</translation>
    </message>
    <message>
      <source>Emergency contact</source>
      <translation>应急联系人</translation>
    </message>
    <message>
      <source>Emergency phone</source>
      <translation>应急电话</translation>
    </message>
    <message>
      <source>Emergency response provider</source>
      <translation>应急响应机构</translation>
    </message>
    <message>
      <source>Emergency response reference</source>
      <translation>应急响应编号</translation>
    </message>
    <message>
      <source>Emergency schedule, e.g. F-E, S-E.</source>
      <translation>应急措施表，例如 F-E、S-E。</translation>
    </message>
    <message>
      <source>Empty uncleaned (residue)</source>
      <translation>未清洗的空包装（残留物）</translation>
    </message>
    <message>
      <source>Entry type</source>
      <translation>报关单类型</translation>
    </message>
    <message>
      <source>Equipment size-type</source>
      <translation>箱型尺寸</translation>
    </message>
    <message>
      <source>Equipment substitution allowed</source>
      <translation>允许替换箱型</translation>
    </message>
    <message>
      <source>Error code</source>
      <translation>错误代码</translation>
    </message>
    <message>
      <source>Excepted quantity</source>
      <translation>例外数量</translation>
    </message>
    <message>
      <source>Export date</source>
      <translation>出口日期</translation>
    </message>
    <message>
      <source>Export declaration</source>
      <translation>出口报关单</translation>
    </message>
    <message>
      <source>Export declaration reference</source>
      <translation>出口报关单号</translation>
    </message>
    <message>
      <source>Export declaration required</source>
      <translation>需要出口报关</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Field errors</source>
      <translation>字段错误</translation>
    </message>
    <message>
      <source>Fields set directly on this declaration; refreshing from the shipment keeps them.</source>
      <translation>在本报关单上直接修改的字段；从业务单刷新时保留。</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>文件名</translation>
    </message>
    <message>
      <source>Final destination country</source>
      <translation>最终目的国（地区）</translation>
    </message>
    <message>
      <source>First legal quantity</source>
      <translation>法定第一数量</translation>
    </message>
    <message>
      <source>First legal unit</source>
      <translation>法定第一计量单位</translation>
    </message>
    <message>
      <source>Flash point (°C)</source>
      <translation>闪点（°C）</translation>
    </message>
    <message>
      <source>For goods under inspection: the 6-digit inspection office that accepts the declaration.</source>
      <translation>法检货物：受理报关单的 6 位检验检疫机关代码。</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Format version</source>
      <translation>格式版本</translation>
    </message>
    <message>
      <source>Freight</source>
      <translation>运费</translation>
    </message>
    <message>
      <source>Freight currency</source>
      <translation>运费币制</translation>
    </message>
    <message>
      <source>Freight mark</source>
      <translation>运费标记</translation>
    </message>
    <message>
      <source>Freight payment</source>
      <translation>运费支付方式</translation>
    </message>
    <message>
      <source>Generator set required</source>
      <translation>需要发电机组</translation>
    </message>
    <message>
      <source>Goods attribute codes, separated by commas.</source>
      <translation>货物属性代码，用逗号分隔。</translation>
    </message>
    <message>
      <source>Goods attributes</source>
      <translation>货物属性</translation>
    </message>
    <message>
      <source>Goods lines</source>
      <translation>货物明细</translation>
    </message>
    <message>
      <source>Goods name</source>
      <translation>商品名称</translation>
    </message>
    <message>
      <source>Goods name (Chinese)</source>
      <translation>中文品名</translation>
    </message>
    <message>
      <source>Goods name (English)</source>
      <translation>英文品名</translation>
    </message>
    <message>
      <source>Gross weight (kg)</source>
      <translation>毛重（千克）</translation>
    </message>
    <message>
      <source>Gross weight of the dangerous goods with their packaging; the line's gross weight when empty.</source>
      <translation>危险品连同包装的毛重；留空时取该行毛重。</translation>
    </message>
    <message>
      <source>HS code</source>
      <translation>HS编码</translation>
    </message>
    <message>
      <source>How the amount is given: 1 a rate (%), 2 an amount per unit, 3 the total amount.</source>
      <translation>金额的填报方式：1 率（%），2 单价，3 总价。</translation>
    </message>
    <message>
      <source>How the cargo is loaded into the container.</source>
      <translation>货物装箱方式。</translation>
    </message>
    <message>
      <source>How the cargo is unloaded out of the container.</source>
      <translation>货物拆箱方式。</translation>
    </message>
    <message>
      <source>Humidity (%)</source>
      <translation>湿度（%）</translation>
    </message>
    <message>
      <source>IMO hazard class</source>
      <translation>危险品类别</translation>
    </message>
    <message>
      <source>ISO 6346: owner code, category, 6 digits and the check digit, e.g. CSQU3054383.</source>
      <translation>ISO 6346：箱主代码、类别、6位数字和校验位，例如 CSQU3054383。</translation>
    </message>
    <message>
      <source>Incoterm</source>
      <translation>贸易术语</translation>
    </message>
    <message>
      <source>Inspection code</source>
      <translation>检验检疫编码</translation>
    </message>
    <message>
      <source>Inspection e-record number</source>
      <translation>电子底账数据号</translation>
    </message>
    <message>
      <source>Inspection name</source>
      <translation>检验检疫名称</translation>
    </message>
    <message>
      <source>Inspection office (accepting)</source>
      <translation>检验检疫受理机关</translation>
    </message>
    <message>
      <source>Inspection office (destination)</source>
      <translation>目的地检验检疫机关</translation>
    </message>
    <message>
      <source>Inspection office (port)</source>
      <translation>口岸检验检疫机关</translation>
    </message>
    <message>
      <source>Inspection registration code</source>
      <translation>检验检疫备案号</translation>
    </message>
    <message>
      <source>Insurance</source>
      <translation>保费</translation>
    </message>
    <message>
      <source>Insurance currency</source>
      <translation>保费币制</translation>
    </message>
    <message>
      <source>Insurance mark</source>
      <translation>保费标记</translation>
    </message>
    <message>
      <source>Invoice date</source>
      <translation>发票日期</translation>
    </message>
    <message>
      <source>Invoice number</source>
      <translation>发票号</translation>
    </message>
    <message>
      <source>Item no.</source>
      <translation>项号</translation>
    </message>
    <message>
      <source>Item numbers</source>
      <translation>商品项号</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>商品项</translation>
    </message>
    <message>
      <source>LCL</source>
      <translation>拼箱</translation>
    </message>
    <message>
      <source>Less than container load (shared container).</source>
      <translation>拼箱货（与他人共用集装箱）。</translation>
    </message>
    <message>
      <source>Levy nature</source>
      <translation>征免性质</translation>
    </message>
    <message>
      <source>Licence number</source>
      <translation>许可证号</translation>
    </message>
    <message>
      <source>Licences and certificates</source>
      <translation>随附单证</translation>
    </message>
    <message>
      <source>Limited quantity</source>
      <translation>有限数量</translation>
    </message>
    <message>
      <source>Local name</source>
      <translation>本地语言名称</translation>
    </message>
    <message>
      <source>Location type</source>
      <translation>地点类型</translation>
    </message>
    <message>
      <source>Marine pollutant</source>
      <translation>海洋污染物</translation>
    </message>
    <message>
      <source>Marks and numbers</source>
      <translation>标记唛码</translation>
    </message>
    <message>
      <source>Means of transport</source>
      <translation>运输工具名称</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Name in the party's own language (Chinese, Vietnamese ...).</source>
      <translation>当事方本国语言的名称（中文、越南文等）。</translation>
    </message>
    <message>
      <source>Net weight (kg)</source>
      <translation>净重（千克）</translation>
    </message>
    <message>
      <source>Net weight per unit (kg)</source>
      <translation>单位净重（千克）</translation>
    </message>
    <message>
      <source>Non-operating reefer</source>
      <translation>冷藏箱不制冷（NOR）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>通知人</translation>
    </message>
    <message>
      <source>Number of packages</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Numbers (from 1) of the goods lines packed in this container.</source>
      <translation>装入本集装箱的货物明细序号（从1开始）。</translation>
    </message>
    <message>
      <source>One digit per statement: 1 yes, 0 no, 9 not applicable.</source>
      <translation>每项承诺一位数字：1 是，0 否，9 不适用。</translation>
    </message>
    <message>
      <source>Originals</source>
      <translation>正本数</translation>
    </message>
    <message>
      <source>Other charges</source>
      <translation>杂费</translation>
    </message>
    <message>
      <source>Other charges currency</source>
      <translation>杂费币制</translation>
    </message>
    <message>
      <source>Other charges mark</source>
      <translation>杂费标记</translation>
    </message>
    <message>
      <source>Overseas consignee</source>
      <translation>境外收货人</translation>
    </message>
    <message>
      <source>Overseas consignee code</source>
      <translation>境外收货人代码</translation>
    </message>
    <message>
      <source>O₂ set point (%)</source>
      <translation>氧气设定值（%）</translation>
    </message>
    <message>
      <source>Package type</source>
      <translation>包装种类</translation>
    </message>
    <message>
      <source>Package type (Rec 21)</source>
      <translation>包装类型（Rec 21）</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Packing group</source>
      <translation>包装类别</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>第几份</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>份数</translation>
    </message>
    <message>
      <source>Party ID</source>
      <translation>当事方ID</translation>
    </message>
    <message>
      <source>Party function</source>
      <translation>当事方职能</translation>
    </message>
    <message>
      <source>Party role</source>
      <translation>当事方角色</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Place of delivery</source>
      <translation>交货地</translation>
    </message>
    <message>
      <source>Place of receipt</source>
      <translation>收货地</translation>
    </message>
    <message>
      <source>Place where the goods are stored</source>
      <translation>货物存放地点</translation>
    </message>
    <message>
      <source>Port of departure</source>
      <translation>离境口岸</translation>
    </message>
    <message>
      <source>Port of departure (customs code)</source>
      <translation>离境口岸（海关代码）</translation>
    </message>
    <message>
      <source>Port of destination</source>
      <translation>指运港</translation>
    </message>
    <message>
      <source>Port of destination (customs code)</source>
      <translation>指运港（海关代码）</translation>
    </message>
    <message>
      <source>Port of discharge</source>
      <translation>卸货港</translation>
    </message>
    <message>
      <source>Port of loading</source>
      <translation>装货港</translation>
    </message>
    <message>
      <source>Post code</source>
      <translation>邮政编码</translation>
    </message>
    <message>
      <source>Pre-carriage mode</source>
      <translation>前程运输方式</translation>
    </message>
    <message>
      <source>Pre-cooling required</source>
      <translation>需要预冷</translation>
    </message>
    <message>
      <source>Producer / seller</source>
      <translation>生产销售单位</translation>
    </message>
    <message>
      <source>Producer / seller USCC</source>
      <translation>生产销售单位统一社会信用代码</translation>
    </message>
    <message>
      <source>Producer / seller customs code</source>
      <translation>生产销售单位海关编码</translation>
    </message>
    <message>
      <source>Producer / seller inspection code</source>
      <translation>生产销售单位检验检疫编码</translation>
    </message>
    <message>
      <source>Producer USCC</source>
      <translation>生产销售单位统一社会信用代码</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Product ID</source>
      <translation>企业料号</translation>
    </message>
    <message>
      <source>Product name (Chinese)</source>
      <translation>商品名称（中文）</translation>
    </message>
    <message>
      <source>Product name (English)</source>
      <translation>商品名称（英文）</translation>
    </message>
    <message>
      <source>Proper shipping name</source>
      <translation>正式运输名称</translation>
    </message>
    <message>
      <source>Purpose code</source>
      <translation>用途代码</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Quotation reference</source>
      <translation>报价编号</translation>
    </message>
    <message>
      <source>Rail origin station</source>
      <translation>铁路始发站</translation>
    </message>
    <message>
      <source>Rail waybill</source>
      <translation>铁路运单号</translation>
    </message>
    <message>
      <source>Rail-sea booking</source>
      <translation>铁海联运订舱</translation>
    </message>
    <message>
      <source>Receipt type</source>
      <translation>收货方式</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>回执</translation>
    </message>
    <message>
      <source>Record number</source>
      <translation>备案号</translation>
    </message>
    <message>
      <source>Reefer set temperature (°C)</source>
      <translation>冷藏设定温度（°C）</translation>
    </message>
    <message>
      <source>Reefer settings</source>
      <translation>冷藏箱设置</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reportable quantity</source>
      <translation>须报告数量</translation>
    </message>
    <message>
      <source>Requested departure</source>
      <translation>要求发运日期</translation>
    </message>
    <message>
      <source>Requested equipment</source>
      <translation>所需箱型</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Salvage packing</source>
      <translation>救助包装</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>封志号</translation>
    </message>
    <message>
      <source>Second legal quantity</source>
      <translation>法定第二数量</translation>
    </message>
    <message>
      <source>Second legal unit</source>
      <translation>法定第二计量单位</translation>
    </message>
    <message>
      <source>Second subsidiary risk</source>
      <translation>第二次要危险性</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>班列航线</translation>
    </message>
    <message>
      <source>Service contract</source>
      <translation>服务合同号</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>业务单</translation>
    </message>
    <message>
      <source>Shipment ID</source>
      <translation>业务单ID</translation>
    </message>
    <message>
      <source>Shipment locations</source>
      <translation>运输地点</translation>
    </message>
    <message>
      <source>Shipment reference</source>
      <translation>业务编号</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>发货人</translation>
    </message>
    <message>
      <source>Shipper-owned</source>
      <translation>货主自有箱</translation>
    </message>
    <message>
      <source>Size-type</source>
      <translation>箱型尺寸</translation>
    </message>
    <message>
      <source>Special declaration flags (单据类型), empty for an ordinary declaration.</source>
      <translation>单据类型标志，一般报关留空。</translation>
    </message>
    <message>
      <source>Specification and model</source>
      <translation>规格型号</translation>
    </message>
    <message>
      <source>Specification and model as the declaration elements require, separated by |.</source>
      <translation>按申报要素填写的规格型号，以 | 分隔。</translation>
    </message>
    <message>
      <source>State / province</source>
      <translation>省 / 州</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Street and house number as a carrier's booking needs them.</source>
      <translation>承运人订舱所需的街道及门牌号。</translation>
    </message>
    <message>
      <source>Street number</source>
      <translation>门牌号</translation>
    </message>
    <message>
      <source>Subsidiary risk</source>
      <translation>次要危险性</translation>
    </message>
    <message>
      <source>Supervision mode</source>
      <translation>监管方式</translation>
    </message>
    <message>
      <source>Tare weight (kg)</source>
      <translation>自重（千克）</translation>
    </message>
    <message>
      <source>Tax ID</source>
      <translation>纳税人识别号</translation>
    </message>
    <message>
      <source>Technical name</source>
      <translation>技术名称</translation>
    </message>
    <message>
      <source>The 6-digit domestic port code of the port the goods leave China from.</source>
      <translation>货物离境口岸的 6 位国内口岸代码。</translation>
    </message>
    <message>
      <source>The IMDG proper shipping name of the UN number, e.g. PAINT.</source>
      <translation>该联合国编号在《国际海运危险货物规则》中的正式运输名称，例如 PAINT。</translation>
    </message>
    <message>
      <source>The UN packaging code of the outer package, e.g. 4G or 1A1.</source>
      <translation>外包装的联合国包装代码，例如 4G 或 1A1。</translation>
    </message>
    <message>
      <source>The approval reference when the competent authority must approve the transport.</source>
      <translation>须经主管机关批准运输时的批准文号。</translation>
    </message>
    <message>
      <source>The company's 10-character inspection and quarantine code, for goods inspected before export.</source>
      <translation>企业的 10 位检验检疫备案号，出口前须检验检疫的货物用。</translation>
    </message>
    <message>
      <source>The counterpart's own words on this receipt, as they came.</source>
      <translation>对方回执中的原文说明。</translation>
    </message>
    <message>
      <source>The customs office where the goods leave China.</source>
      <translation>货物离开中国的海关。</translation>
    </message>
    <message>
      <source>The declaration elements, separated by |.</source>
      <translation>申报要素，以 | 分隔。</translation>
    </message>
    <message>
      <source>The full commodity code (6 to 10 digits).</source>
      <translation>完整商品编号（6 至 10 位）。</translation>
    </message>
    <message>
      <source>The number customs gives after inspecting goods before export (电子底账); it goes on the declaration as licence document B.</source>
      <translation>出口前检验检疫后海关给出的电子底账数据号，在报关单随附单证中以代码 B 申报。</translation>
    </message>
    <message>
      <source>The overseas consignee's AEO code, or NO when it has none.</source>
      <translation>境外收货人的AEO编码，无则填NO。</translation>
    </message>
    <message>
      <source>The port code from the customs port table (not the UN/LOCODE), as the Single Window wants it.</source>
      <translation>海关港口代码表中的港口代码（不是 UN/LOCODE），单一窗口要求填写。</translation>
    </message>
    <message>
      <source>The rail-sea service chosen from the schedule.</source>
      <translation>从班期中选择的铁海联运班列航线。</translation>
    </message>
    <message>
      <source>The service contract with the carrier; give this or a quotation reference, not both.</source>
      <translation>与承运人签订的服务合同号；与报价编号二选一，不能同时填写。</translation>
    </message>
    <message>
      <source>Through document number</source>
      <translation>一单制全程提单号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Total amount</source>
      <translation>总金额</translation>
    </message>
    <message>
      <source>Total price</source>
      <translation>总价</translation>
    </message>
    <message>
      <source>Total value</source>
      <translation>总价</translation>
    </message>
    <message>
      <source>Trading country</source>
      <translation>贸易国（地区）</translation>
    </message>
    <message>
      <source>Train</source>
      <translation>班列车次</translation>
    </message>
    <message>
      <source>Transaction mode</source>
      <translation>成交方式</translation>
    </message>
    <message>
      <source>Transport document number</source>
      <translation>运输单证号</translation>
    </message>
    <message>
      <source>Transport document type</source>
      <translation>运输单证类型</translation>
    </message>
    <message>
      <source>Transport mode</source>
      <translation>运输方式</translation>
    </message>
    <message>
      <source>Transported hot</source>
      <translation>高温运输</translation>
    </message>
    <message>
      <source>UN number</source>
      <translation>联合国编号</translation>
    </message>
    <message>
      <source>UN packaging code</source>
      <translation>联合国包装代码</translation>
    </message>
    <message>
      <source>UN/ECE Rec 21 code of this line's outer package for the carrier; from the shipment's package type when empty.</source>
      <translation>本行外包装的 UN/ECE Rec 21 代码，供承运人使用；留空时按业务单的包装种类转换。</translation>
    </message>
    <message>
      <source>UN/LOCODE</source>
      <translation>联合国贸易地点代码</translation>
    </message>
    <message>
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Ventilation open</source>
      <translation>通风口打开</translation>
    </message>
    <message>
      <source>Vessel</source>
      <translation>船名</translation>
    </message>
    <message>
      <source>Vessel IMO number</source>
      <translation>船舶 IMO 编号</translation>
    </message>
    <message>
      <source>Volume (m³)</source>
      <translation>体积（立方米）</translation>
    </message>
    <message>
      <source>Voyage</source>
      <translation>航次</translation>
    </message>
    <message>
      <source>Voyage number</source>
      <translation>航次号</translation>
    </message>
    <message>
      <source>Waste</source>
      <translation>废物</translation>
    </message>
    <message>
      <source>Where customs can inspect the goods (terminal, yard or warehouse).</source>
      <translation>海关可查验货物的地点（码头、堆场或仓库）。</translation>
    </message>
    <message>
      <source>Which declaration of the shipment this is, from 1.</source>
      <translation>本报关单是该业务单的第几份，从1开始。</translation>
    </message>
    <message>
      <source>With the country code, e.g. +86 23 ...</source>
      <translation>含国家代码，例如 +86 23 ...</translation>
    </message>
  </context>
  <context>
    <name>FilingEditor</name>
    <message numerus="yes">
      <source>({n} field error(s))</source>
      <translation>
        <numerusform>（{n} 处字段错误）</numerusform>
      </translation>
    </message>
    <message>
      <source>Fix the errors marked on the form before submitting.</source>
      <translation>请先修正表单中标出的错误，再进行申报。</translation>
    </message>
    <message>
      <source>Preview, print or save the documents of this filing</source>
      <translation>预览、打印或保存本申报的单证</translation>
    </message>
    <message>
      <source>Print or save &amp;documents…</source>
      <translation>打印或保存单证(&amp;D)…</translation>
    </message>
    <message>
      <source>Receipt times: the platform's clock, in this computer's time zone</source>
      <translation>回执时间：平台时钟，按本机时区显示</translation>
    </message>
    <message>
      <source>Receipt times: the sandbox clock (a trainer can move it), not this computer's clock</source>
      <translation>回执时间：沙箱时钟（培训老师可以调整），不是本机时钟</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>回执</translation>
    </message>
    <message>
      <source>Sent through the Single Window client (ImpPath folders)</source>
      <translation>已通过单一窗口客户端（ImpPath 报文目录）申报</translation>
    </message>
    <message>
      <source>Sent through the corridor platform</source>
      <translation>已通过陆海新通道平台申报</translation>
    </message>
    <message>
      <source>Submit to the platform (Ctrl+Enter)</source>
      <translation>向平台申报（Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Will be sent through the Single Window client (ImpPath folders)</source>
      <translation>将通过单一窗口客户端（ImpPath 报文目录）申报</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>Consignee</source>
      <translation>收货人</translation>
    </message>
    <message>
      <source>Customs and dates</source>
      <translation>海关与日期</translation>
    </message>
    <message>
      <source>Dangerous goods details</source>
      <translation>危险品明细</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详细信息</translation>
    </message>
    <message>
      <source>Domestic shipper and producer</source>
      <translation>境内发货人与生产销售单位</translation>
    </message>
    <message>
      <source>Freight, insurance and other charges</source>
      <translation>运费、保费和杂费</translation>
    </message>
    <message>
      <source>Inspection and quarantine</source>
      <translation>检验检疫</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>通知人</translation>
    </message>
    <message>
      <source>Overseas consignee</source>
      <translation>境外收货人</translation>
    </message>
    <message>
      <source>Packages and weights</source>
      <translation>件数与重量</translation>
    </message>
    <message>
      <source>Reefer settings</source>
      <translation>冷藏箱设置</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>班列航线</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>业务单</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>发货人</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>交接方式</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>贸易信息</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>运输信息</translation>
    </message>
  </context>
  <context>
    <name>HsLookupDialog</name>
    <message>
      <source>&amp;Supplementary digits</source>
      <translation>附加编号(&amp;S)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Commodity code (10 digits)</source>
      <translation>商品编号（10 位）</translation>
    </message>
    <message>
      <source>Commodity code: {code}</source>
      <translation>商品编号：{code}</translation>
    </message>
    <message>
      <source>Declaration elements</source>
      <translation>申报要素</translation>
    </message>
    <message>
      <source>HS lookup</source>
      <translation>商品编号查询</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>查询结果</translation>
    </message>
    <message>
      <source>Search HS codes and products</source>
      <translation>查询商品编号和商品</translation>
    </message>
    <message>
      <source>Tariff &amp;line</source>
      <translation>税则号列(&amp;L)</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</source>
      <translation>2023 年中国税则中没有以 {code} 开头的税则号列：以下为品目 {prefix} 下的税则号列，最接近的排在前面。</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</source>
      <translation>2023 年中国税则中没有税则号列 {code}：以下为子目 {prefix} 下的税则号列，最接近的排在前面。</translation>
    </message>
    <message>
      <source>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</source>
      <translation>商品编号由 8 位税则号列和 2 位附加编号组成。多数税号不再细分，附加编号填 00；海关对税号再细分的（如按用途、规格），请按税则填写这 2 位，或咨询报关行。</translation>
    </message>
    <message>
      <source>Type the goods as you call them, in Chinese, English or Vietnamese, or a code. This company's own products and earlier declarations come first, then the Chinese tariff, HS 2022 and the Vietnamese tariff.</source>
      <translation>输入常用品名（中文、英文或越南文）或编号。先列出本企业的商品和历史申报，再列出中国税则、HS 2022 和越南税则。</translation>
    </message>
    <message>
      <source>Use this code</source>
      <translation>使用此编号</translation>
    </message>
    <message>
      <source>e.g. 摩托车轮辋, solar panels, sầu riêng tươi, 8714</source>
      <translation>例如：摩托车轮辋、光伏组件、sầu riêng tươi、8714</translation>
    </message>
    <message>
      <source>{line}  (not a line of the bundled 2023 tariff: check it)</source>
      <translation>{line}  （不在本程序所附 2023 年税则中，请核对）</translation>
    </message>
    <message>
      <source>{line} is not a line of the bundled 2023 tariff: check the code before you use it.</source>
      <translation>{line} 不在本程序所附 2023 年税则中：使用前请核对该编号。</translation>
    </message>
  </context>
  <context>
    <name>HsSuggester</name>
    <message>
      <source>Legal units: {units}</source>
      <translation>法定计量单位：{units}</translation>
    </message>
    <message>
      <source>Type the goods name: codes are offered</source>
      <translation>输入商品名称，即可列出可选的商品编号</translation>
    </message>
  </context>
  <context>
    <name>Input</name>
    <message>
      <source>“{text}” is not a date: type it like {example} or 2026-12-10.</source>
      <translation>“{text}”不是有效日期：请按 {example} 或 2026-12-10 的格式输入。</translation>
    </message>
    <message>
      <source>“{text}” is not a number: type it like {example}.</source>
      <translation>“{text}”不是有效数字：请按 {example} 的格式输入。</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number.</source>
      <translation>“{text}”不是整数。</translation>
    </message>
  </context>
  <context>
    <name>LessonPanel</name>
    <message>
      <source>&amp;Back</source>
      <translation>上一步(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Check this step</source>
      <translation>检查本步(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>下一步(&amp;N)</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <source>Done. Go on to the next step.</source>
      <translation>完成。请进入下一步。</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
      <source>Well done: the lesson is complete.</source>
      <translation>做得好：本课程已完成。</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>&amp;New shipment</source>
      <translation>新建业务单(&amp;N)</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>List</source>
      <translation>列表</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Search (Ctrl+F): reference, contract, consignee, goods…</source>
      <translation>搜索（Ctrl+F）：业务编号、合同号、收货人、商品…</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>状态筛选</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <source>Updated</source>
      <translation>更新时间</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>&amp;Account</source>
      <translation>账号(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>密码(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Remember me on this computer</source>
      <translation>在此电脑上记住我(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Verification code</source>
      <translation>验证码(&amp;V)</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <source>Demo account</source>
      <translation>演示账号</translation>
    </message>
    <message>
      <source>Enter the verification code sent to you.</source>
      <translation>请输入您收到的验证码。</translation>
    </message>
    <message>
      <source>Enter your account and password.</source>
      <translation>请输入账号和密码。</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Log in to the single window</source>
      <translation>登录单一窗口</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Sandbox: a local training platform runs inside the app. Pick a demo account to log in.</source>
      <translation>沙箱：应用内运行着本地练习平台。请选择一个演示账号登录。</translation>
    </message>
    <message>
      <source>Verification code</source>
      <translation>验证码</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <source>&amp;About Corridor Desk</source>
      <translation>关于 Corridor Desk(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close tab</source>
      <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Export to exchange file…</source>
      <translation>导出为交换文件(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import exchange file…</source>
      <translation>导入交换文件(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Log in…</source>
      <translation>登录(&amp;L)…</translation>
    </message>
    <message>
      <source>&amp;New shipment</source>
      <translation>新建业务单(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Recent files</source>
      <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>清空列表</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Exchange files (*.json)</source>
      <translation>交换文件 (*.json)</translation>
    </message>
    <message>
      <source>Export to exchange file</source>
      <translation>导出为交换文件</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Import exchange files</source>
      <translation>导入交换文件</translation>
    </message>
    <message>
      <source>Imported {n} of {total} files.</source>
      <translation>已导入 {n} 个文件（共 {total} 个）。</translation>
    </message>
    <message>
      <source>Log &amp;out</source>
      <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
      <source>Log folder: {path}</source>
      <translation>日志文件夹：{path}</translation>
    </message>
    <message>
      <source>Log in to import files.</source>
      <translation>请先登录再导入文件。</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>没有最近的文件</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
      <source>Open the shipment, declaration or booking to export first.</source>
      <translation>请先打开要导出的业务单、报关单或订舱。</translation>
    </message>
    <message>
      <source>Run the &amp;self-test</source>
      <translation>运行自检(&amp;S)</translation>
    </message>
    <message>
      <source>S&amp;witch user…</source>
      <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
      <source>Save the record before exporting it.</source>
      <translation>请先保存再导出。</translation>
    </message>
    <message>
      <source>Some files were not imported.</source>
      <translation>部分文件未能导入。</translation>
    </message>
    <message>
      <source>Written to {file}.</source>
      <translation>已写入 {file}。</translation>
    </message>
    <message>
      <source>{file}: {error}</source>
      <translation>{file}：{error}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>(not yet numbered)</source>
      <translation>（尚未编号）</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>操作记录</translation>
    </message>
    <message>
      <source>Advance sandbox clock 1 h</source>
      <translation>沙箱时钟前进 1 小时</translation>
    </message>
    <message>
      <source>All bookings</source>
      <translation>全部订舱</translation>
    </message>
    <message>
      <source>All declarations</source>
      <translation>全部报关单</translation>
    </message>
    <message>
      <source>All shipments</source>
      <translation>全部业务单</translation>
    </message>
    <message numerus="yes">
      <source>Attaching documents: %n declaration(s) to go…</source>
      <translation>
        <numerusform>正在上传随附单证：还有 %n 份报关单…</numerusform>
      </translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Company (Ctrl+K)</source>
      <translation>企业（Ctrl+K）</translation>
    </message>
    <message>
      <source>Company:</source>
      <translation>企业：</translation>
    </message>
    <message>
      <source>Corridor Desk</source>
      <translation>Corridor Desk</translation>
    </message>
    <message numerus="yes">
      <source>Corridor Desk was not closed properly. Restore the {n} unsaved edit(s)?</source>
      <translation>
        <numerusform>Corridor Desk 上次未正常关闭。是否恢复 {n} 处未保存的修改？</numerusform>
      </translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>单证</translation>
    </message>
    <message numerus="yes">
      <source>Documents attached to %n declaration(s).</source>
      <translation>
        <numerusform>已为 %n 份报关单上传随附单证。</numerusform>
      </translation>
    </message>
    <message>
      <source>Documents not attached</source>
      <translation>随附单证未上传</translation>
    </message>
    <message>
      <source>Environment: {env}</source>
      <translation>环境：{env}</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>Log in to create a shipment.</source>
      <translation>请先登录再新建业务单。</translation>
    </message>
    <message>
      <source>Master data</source>
      <translation>基础数据</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>导航</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>未连接</translation>
    </message>
    <message>
      <source>Offline — filings wait in the outbox</source>
      <translation>离线 — 申报在发件箱中等待发送</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <source>Outbox: {n}</source>
      <translation>发件箱：{n}</translation>
    </message>
    <message>
      <source>Production</source>
      <translation>正式环境</translation>
    </message>
    <message>
      <source>Restore unsaved edits</source>
      <translation>恢复未保存的修改</translation>
    </message>
    <message>
      <source>SANDBOX</source>
      <translation>沙箱</translation>
    </message>
    <message>
      <source>Sandbox</source>
      <translation>沙箱</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Shipments</source>
      <translation>业务单</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>正在启动…</translation>
    </message>
    <message>
      <source>Status changed</source>
      <translation>状态已变更</translation>
    </message>
    <message>
      <source>Switch company (Ctrl+K)</source>
      <translation>切换企业（Ctrl+K）</translation>
    </message>
    <message>
      <source>Switching workspace…</source>
      <translation>正在切换工作区…</translation>
    </message>
    <message>
      <source>The documents of declaration {name} were not attached: {reason} Open it and choose Upload documents to the platform to try again.</source>
      <translation>报关单 {name} 的随附单证未能上传：{reason} 请打开该报关单，点击“向平台上传随附单证”重试。</translation>
    </message>
    <message>
      <source>The training platform could not be started again: close and reopen Corridor Desk.</source>
      <translation>练习平台无法重新启动，请关闭并重新打开 Corridor Desk。</translation>
    </message>
    <message>
      <source>The training platform stopped unexpectedly and was started again; nothing was lost.</source>
      <translation>练习平台意外停止，已重新启动，数据未丢失。</translation>
    </message>
    <message>
      <source>The training platform stopped unexpectedly; starting it again…</source>
      <translation>练习平台意外停止，正在重新启动…</translation>
    </message>
    <message>
      <source>Training platform running inside the app: nothing is filed with customs.</source>
      <translation>应用内运行的练习平台：不会向海关实际申报。</translation>
    </message>
    <message>
      <source>Your session has expired. Log in again to continue; your edits are kept.</source>
      <translation>会话已过期。请重新登录以继续，您的修改已保留。</translation>
    </message>
    <message>
      <source>{kind} {id}: {status}</source>
      <translation>{kind} {id}：{status}</translation>
    </message>
    <message>
      <source>{n} filings changed status.</source>
      <translation>{n} 票申报的状态已变更。</translation>
    </message>
  </context>
  <context>
    <name>MasterDataPage</name>
    <message>
      <source>&amp;Add company…</source>
      <translation>添加企业(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Edit company…</source>
      <translation>编辑企业(&amp;E)…</translation>
    </message>
    <message>
      <source>Add &amp;party…</source>
      <translation>添加当事方(&amp;P)…</translation>
    </message>
    <message>
      <source>Add p&amp;roduct…</source>
      <translation>添加商品(&amp;R)…</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Delete from master data</source>
      <translation>从基础数据中删除</translation>
    </message>
    <message>
      <source>Delete party</source>
      <translation>删除当事方</translation>
    </message>
    <message>
      <source>Delete product</source>
      <translation>删除商品</translation>
    </message>
    <message>
      <source>Delete the party “{name}” from this company's master data?</source>
      <translation>从本企业的基础数据中删除当事方“{name}”？</translation>
    </message>
    <message>
      <source>Delete the product “{name}” from this company's master data?</source>
      <translation>从本企业的基础数据中删除商品“{name}”？</translation>
    </message>
    <message>
      <source>Delete the selected record (Del)</source>
      <translation>删除所选记录 (Del)</translation>
    </message>
    <message>
      <source>No companies yet. Click “Add company…” (Alt+A) and fill in its name, USCC and customs code.</source>
      <translation>还没有企业。点击“添加企业…”（Alt+A），填写名称、统一社会信用代码和海关编码。</translation>
    </message>
    <message>
      <source>No parties yet. Click “Add party…” (Alt+P) to add a consignee or notify party; the shipment editor then offers it as you type.</source>
      <translation>还没有当事方。点击“添加当事方…”（Alt+P）添加收货人或通知人；之后在业务单中输入时会提示它。</translation>
    </message>
    <message>
      <source>No products yet. Click “Add product…” (Alt+R), or choose an HS code for a goods line: the product is remembered with its code, units and elements.</source>
      <translation>还没有商品。点击“添加商品…”（Alt+R），或为一行货物选择商品编号：该商品会连同编号、计量单位和申报要素被记住。</translation>
    </message>
    <message>
      <source>Open the selected company's form (Enter)</source>
      <translation>打开所选企业的表单（回车）</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Shipments and declarations that already use it keep their own copy.</source>
      <translation>已使用该记录的业务单和报关单会保留各自的副本。</translation>
    </message>
  </context>
  <context>
    <name>ModelListTable</name>
    <message>
      <source>“{text}” is not a list of numbers such as 1, 2, 5.</source>
      <translation>“{text}”不是编号列表，应写成 1, 2, 5 这样。</translation>
    </message>
    <message>
      <source>“{text}” is not one of the choices.</source>
      <translation>“{text}”不是可选的值。</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message numerus="yes">
      <source>%1 (%n times)</source>
      <translation>
        <numerusform>%1（%n 次）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new notice(s)</source>
      <translation>
        <numerusform>%n 条未读通知</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to report yet.</source>
      <translation>暂无通知。</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>Notices of this session</source>
      <translation>本次登录以来的通知</translation>
    </message>
    <message>
      <source>Read the notices of this session in full</source>
      <translation>查看本次登录以来通知的完整内容</translation>
    </message>
  </context>
  <context>
    <name>PageView</name>
    <message>
      <source>Page {page} of {count}</source>
      <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
      <source>The pages cannot be shown: {reason}</source>
      <translation>无法显示页面：{reason}</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>否(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>是(&amp;Y)</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>中止</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>丢弃</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>忽略</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>全否(&amp;O)</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>重置</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>恢复默认值</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>全部保存</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>全是(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>QueueModel</name>
    <message>
      <source>(waiting)</source>
      <translation>（等待中）</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>尝试次数</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Last problem</source>
      <translation>最近问题</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>入队时间</translation>
    </message>
    <message>
      <source>Queued by</source>
      <translation>提交人</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Sending seat</source>
      <translation>发送工位</translation>
    </message>
  </context>
  <context>
    <name>QueuePanel</name>
    <message numerus="yes">
      <source>%n filing(s) queued by {user} waiting to be sent.</source>
      <translation>
        <numerusform>{user} 提交的 %n 份单据待发送。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filing(s) waiting to be sent, queued by every user.</source>
      <translation>
        <numerusform>%n 份单据待发送（所有用户提交）。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filing(s) you queued waiting to be sent.</source>
      <translation>
        <numerusform>您提交的 %n 份单据待发送。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Queue of:</source>
      <translation>队列(&amp;Q)：</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>所有用户</translation>
    </message>
    <message>
      <source>Filings waiting to be sent</source>
      <translation>待发送的申报</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>我的</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
  </context>
  <context>
    <name>QuickSwitcher</name>
    <message>
      <source>Companies</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Company name, USCC or customs code</source>
      <translation>企业名称、统一社会信用代码或海关编码</translation>
    </message>
    <message>
      <source>Find company</source>
      <translation>查找企业</translation>
    </message>
    <message>
      <source>Switch company</source>
      <translation>切换企业</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>Master data</source>
      <translation>基础数据</translation>
    </message>
  </context>
  <context>
    <name>Rule</name>
    <message>
      <source>A weight under 1 kg ({value}) is declared as 1 kg.</source>
      <translation>不足 1 千克的重量（{value}）按 1 千克申报。</translation>
    </message>
    <message>
      <source>Ad-valorem cover needs the declared value.</source>
      <translation>从价运费须填写申报价值。</translation>
    </message>
    <message>
      <source>At least 1 unit of equipment is needed (is {units}).</source>
      <translation>至少需要 1 个集装箱（当前为 {units}）。</translation>
    </message>
    <message>
      <source>Choose the package type (Rec 21) the carrier should see.</source>
      <translation>请选择提供给承运人的包装类型（Rec 21）。</translation>
    </message>
    <message>
      <source>Container numbers given: {count}; units of equipment: {units}. They must match.</source>
      <translation>已填集装箱号 {count} 个，箱量 {units} 个，两者应一致。</translation>
    </message>
    <message>
      <source>Dangerous goods need both the UN number and the IMO hazard class.</source>
      <translation>危险品须同时填写联合国编号和 IMO 危险品类别。</translation>
    </message>
    <message>
      <source>Declaration element {element} (part {part} of the specification): {value} is not one of the allowed codes ({allowed}).</source>
      <translation>规格型号第{part}项申报要素“{element}”填写的“{value}”不是规定的代码（{allowed}）。</translation>
    </message>
    <message>
      <source>Declaration element {element} (part {part} of the specification, heading {heading}) is missing.</source>
      <translation>规格型号第{part}项申报要素“{element}”未填写（品目{heading}）。</translation>
    </message>
    <message>
      <source>Declaration element {element} is required.</source>
      <translation>申报要素“{element}”为必填项。</translation>
    </message>
    <message>
      <source>Declaration element {element} must not contain | — it separates the elements.</source>
      <translation>申报要素“{element}”中不能含有“|”，该符号用于分隔各要素。</translation>
    </message>
    <message>
      <source>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</source>
      <translation>申报要素“{element}”：{value} 不是允许的代码（可选：{allowed}）。</translation>
    </message>
    <message>
      <source>Give both the declaring agent's credit code and its name.</source>
      <translation>申报单位的统一社会信用代码和名称须同时填写。</translation>
    </message>
    <message>
      <source>Give either the service contract or the quotation reference, not both.</source>
      <translation>服务合同号与报价编号只能填写其一。</translation>
    </message>
    <message>
      <source>Give the currency of the declared value.</source>
      <translation>请填写申报价值的币制。</translation>
    </message>
    <message>
      <source>Give the gross weight of the dangerous goods.</source>
      <translation>请填写危险品毛重。</translation>
    </message>
    <message>
      <source>Give the second legal quantity together with its unit.</source>
      <translation>法定第二数量须与其计量单位同时填写。</translation>
    </message>
    <message numerus="yes">
      <source>Goods line {line} does not exist (the shipment has {count} lines).</source>
      <translation>
        <numerusform>货物明细第 {line} 行不存在（该业务单共 {count} 行）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Goods line {line} is not in any container.</source>
      <translation>货物明细第 {line} 行未装入任何集装箱。</translation>
    </message>
    <message>
      <source>Incoterm {incoterm} is declared with transaction mode {expected}, not {transaction_mode}.</source>
      <translation>贸易术语 {incoterm} 应申报成交方式 {expected}，而非 {transaction_mode}。</translation>
    </message>
    <message>
      <source>Item currency {currency} differs from the declaration currency {header}.</source>
      <translation>商品项币制 {currency} 与报关单币制 {header} 不一致。</translation>
    </message>
    <message>
      <source>Item number {g_no} should be {expected}.</source>
      <translation>项号 {g_no} 应为 {expected}。</translation>
    </message>
    <message numerus="yes">
      <source>Item {item} does not exist (the declaration has {count} items).</source>
      <translation>
        <numerusform>第 {item} 项不存在（该报关单共 {count} 项）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Mark {mark} is not allowed here (allowed: {allowed}).</source>
      <translation>此处不允许使用标记 {mark}（允许：{allowed}）。</translation>
    </message>
    <message>
      <source>Net weight {net} kg is more than the gross weight {gross} kg.</source>
      <translation>净重 {net} 千克大于毛重 {gross} 千克。</translation>
    </message>
    <message>
      <source>Package type {wrap_type} (bulk or unpacked) means 1 package, not {count}.</source>
      <translation>包装种类 {wrap_type}（散装或裸装）件数应为 1，而非 {count}。</translation>
    </message>
    <message>
      <source>Rail transport: {field} is required.</source>
      <translation>铁路运输：必须填写{field}。</translation>
    </message>
    <message>
      <source>Reefer container {size_type} needs a set temperature.</source>
      <translation>冷藏箱 {size_type} 须填写设定温度。</translation>
    </message>
    <message>
      <source>Reefer equipment {size_type} needs a set temperature.</source>
      <translation>冷藏箱型 {size_type} 须填写设定温度。</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} does not allow duty mode {duty_mode} (allowed: {allowed}).</source>
      <translation>监管方式 {trade_mode} 不允许征免 {duty_mode}（允许：{allowed}）。</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} does not allow levy nature {cut_mode} (allowed: {allowed}).</source>
      <translation>监管方式 {trade_mode} 不允许征免性质 {cut_mode}（允许：{allowed}）。</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} needs a record number (starting with {prefixes}).</source>
      <translation>监管方式 {trade_mode} 须填写备案号（以 {prefixes} 开头）。</translation>
    </message>
    <message>
      <source>The booking needs a document party with function {role}.</source>
      <translation>订舱须有职能为 {role} 的单证当事方。</translation>
    </message>
    <message>
      <source>The booking needs a location of type {function}.</source>
      <translation>订舱须有类型为 {function} 的地点。</translation>
    </message>
    <message>
      <source>The booking requests no equipment.</source>
      <translation>订舱未申请任何箱型。</translation>
    </message>
    <message>
      <source>The carrier needs street, city and country together in the address of {party} (or leave them all empty to send the address as written).</source>
      <translation>承运人要求 {party} 的地址同时填写街道、城市和国家（地区）；也可以全部留空，按填写的地址原文发送。</translation>
    </message>
    <message>
      <source>The charge is incomplete: give the mark, the amount and (for a unit price or total) the currency.</source>
      <translation>费用信息不完整：请填写标记、金额，以及（按单价或总价时）币制。</translation>
    </message>
    <message>
      <source>The check character of the unified social credit code {value} does not match; check it (some real codes fail this check).</source>
      <translation>统一社会信用代码 {value} 的校验码不符，请核对（部分真实代码也无法通过此校验）。</translation>
    </message>
    <message>
      <source>The check digit of container number {value} is wrong (ISO 6346).</source>
      <translation>集装箱号 {value} 的校验位错误（ISO 6346）。</translation>
    </message>
    <message>
      <source>The code table {table} cannot be read: {detail}</source>
      <translation>无法读取代码表 {table}：{detail}</translation>
    </message>
    <message>
      <source>The customs code's 6th character {sixth} requires levy nature {expected} for general trade, not {cut_mode}.</source>
      <translation>海关编码第 6 位为 {sixth}，一般贸易的征免性质应为 {expected}，而非 {cut_mode}。</translation>
    </message>
    <message>
      <source>The declaration date {date} is in the future.</source>
      <translation>申报日期 {date} 晚于当前日期。</translation>
    </message>
    <message>
      <source>The declaration elements joined are {length} characters; at most {max} fit.</source>
      <translation>申报要素合并后共 {length} 个字符，最多 {max} 个。</translation>
    </message>
    <message>
      <source>The declaration has no items.</source>
      <translation>报关单没有商品项。</translation>
    </message>
    <message>
      <source>The declaration has {count} items; at most {max} are allowed. Split it.</source>
      <translation>报关单有 {count} 个商品项，最多允许 {max} 项，请拆分。</translation>
    </message>
    <message>
      <source>The declared total {declared} differs from the sum of the item totals {sum}.</source>
      <translation>申报总价 {declared} 与各商品项总价之和 {sum} 不一致。</translation>
    </message>
    <message>
      <source>The equipment carries no commodities.</source>
      <translation>该箱未装载任何货物。</translation>
    </message>
    <message>
      <source>The export date {date} is more than {days} days in the past.</source>
      <translation>出口日期 {date} 距今已超过 {days} 天。</translation>
    </message>
    <message>
      <source>The record number does not fit supervision mode {trade_mode} (expected prefix: {prefixes}).</source>
      <translation>备案号与监管方式 {trade_mode} 不符（应以 {prefixes} 开头）。</translation>
    </message>
    <message>
      <source>The requested departure {date} is in the past.</source>
      <translation>要求发运日期 {date} 已过。</translation>
    </message>
    <message>
      <source>The shipment has no goods lines.</source>
      <translation>业务单没有货物明细。</translation>
    </message>
    <message>
      <source>The shipment total {value} differs from the sum of the goods lines {sum}.</source>
      <translation>业务单合计 {value} 与各货物明细之和 {sum} 不一致。</translation>
    </message>
    <message>
      <source>The supplementary code {value} must be 2 digits (00 where the line is not split).</source>
      <translation>附加编号 {value} 应为 2 位数字（该税号未细分时填 00）。</translation>
    </message>
    <message>
      <source>The value must be greater than zero (is {value}).</source>
      <translation>数值必须大于零（当前为 {value}）。</translation>
    </message>
    <message>
      <source>There is no code table named {table}.</source>
      <translation>不存在名为 {table} 的代码表。</translation>
    </message>
    <message>
      <source>Total {total} is not quantity {quantity} × unit price {unit_price} = {expected}.</source>
      <translation>总价 {total} 不等于数量 {quantity} × 单价 {unit_price} = {expected}。</translation>
    </message>
    <message>
      <source>Transaction mode {trans_mode} does not include this charge; leave it empty.</source>
      <translation>成交方式 {trans_mode} 不含此项费用，请留空。</translation>
    </message>
    <message>
      <source>Transaction mode {trans_mode} needs this charge declared.</source>
      <translation>成交方式 {trans_mode} 须申报此项费用。</translation>
    </message>
    <message>
      <source>UN {un_number}: give the dangerous goods details (proper shipping name, emergency contact, the flags).</source>
      <translation>UN {un_number}：请填写危险品明细（正式运输名称、应急联系人、各项标志）。</translation>
    </message>
    <message>
      <source>Waterway transport: {field} is required.</source>
      <translation>水路运输：必须填写{field}。</translation>
    </message>
    <message>
      <source>{density} kg per m³ is not a plausible density for packed goods ({low} to {high}): check the weight and the volume.</source>
      <translation>每立方米 {density} 千克不像是包装货物的密度（通常 {low} 至 {high}）：请核对重量和体积。</translation>
    </message>
    <message>
      <source>{field} has the wrong format: {value}.</source>
      <translation>{field}格式错误：{value}。</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>必须填写{field}。</translation>
    </message>
    <message>
      <source>{field} is too long: {length} characters, at most {max}.</source>
      <translation>{field}过长：{length} 个字符，最多 {max} 个。</translation>
    </message>
    <message>
      <source>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</source>
      <translation>{field}：{value} 只有 {length} 位；商品编号应为 10 位，即 8 位税则号列加 2 位附加编号（通常为 00）。可用“商品编号查询”补全。</translation>
    </message>
    <message>
      <source>{field}: {value} is not an HS 2022 subheading.</source>
      <translation>{field}：{value} 不是 HS 2022 子目。</translation>
    </message>
    <message>
      <source>{field}: {value} is not in the {table}.</source>
      <translation>{field}：{value} 不在{table}中。</translation>
    </message>
    <message>
      <source>{mass} kg of cargo in one {size_type} container is more than such a box carries (about {limit} kg): check the weight or the number of containers.</source>
      <translation>一个 {size_type} 集装箱装货 {mass} 千克，超过该箱型的载重（约 {limit} 千克）：请核对重量或集装箱数量。</translation>
    </message>
    <message>
      <source>{mass} kg of cargo per {size_type} container ({units} booked) is more than such a box carries (about {limit} kg): book more containers or check the weights.</source>
      <translation>订舱 {units} 个 {size_type} 集装箱，每箱装货 {mass} 千克，超过该箱型的载重（约 {limit} 千克）：请增订集装箱或核对重量。</translation>
    </message>
    <message>
      <source>{value} is not a container number (4 letters ending in U, J or Z, then 7 digits).</source>
      <translation>{value} 不是有效的集装箱号（4 个字母且以 U、J 或 Z 结尾，后接 7 位数字）。</translation>
    </message>
    <message>
      <source>{value} is not a unified social credit code (18 characters, GB 32100-2015).</source>
      <translation>{value} 不是有效的统一社会信用代码（18 位，GB 32100-2015）。</translation>
    </message>
    <message>
      <source>{value} {currency} per kg (about {usd} USD) is an unusual value for goods: check the amount and the net weight.</source>
      <translation>每千克 {value} {currency}（约 {usd} 美元）的货值不正常：请核对金额和净重。</translation>
    </message>
    <message>
      <source>{volume} m³ of cargo does not fit one {size_type} container (about {limit} m³ inside).</source>
      <translation>{volume} 立方米的货物装不进一个 {size_type} 集装箱（内容积约 {limit} 立方米）。</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <source>Asia/Shanghai in Chinese is {name}</source>
      <translation>Asia/Shanghai 的中文名称为 {name}</translation>
    </message>
    <message>
      <source>Chinese sorts as {order}</source>
      <translation>中文排序为 {order}</translation>
    </message>
    <message>
      <source>OS store via truststore {version}</source>
      <translation>操作系统证书库（经 truststore {version}）</translation>
    </message>
    <message>
      <source>SQLite {version}, FTS5 trigram, WAL</source>
      <translation>SQLite {version}，支持 FTS5 三元组检索和 WAL 日志</translation>
    </message>
    <message>
      <source>Vietnamese sorts as {order}</source>
      <translation>越南文排序为 {order}</translation>
    </message>
    <message>
      <source>configure_keyring() -&gt; {status}</source>
      <translation>configure_keyring() 结果：{status}</translation>
    </message>
    <message>
      <source>corridor-desk {version}, Python {python}, {system} {machine}, bundled at {root}; commands: {commands}</source>
      <translation>corridor-desk {version}，Python {python}，{system} {machine}，安装包位于 {root}；命令：{commands}</translation>
    </message>
    <message>
      <source>corridor-desk {version}, Python {python}, {system} {machine}, from source at {root}; commands: {commands}</source>
      <translation>corridor-desk {version}，Python {python}，{system} {machine}，源代码位于 {root}；命令：{commands}</translation>
    </message>
    <message>
      <source>empty {folders}</source>
      <translation>为空：{folders}</translation>
    </message>
    <message>
      <source>files: {counts}</source>
      <translation>文件数：{counts}</translation>
    </message>
    <message>
      <source>invoice of {size} bytes made in worker process {pid}</source>
      <translation>发票（{size} 字节）已在工作进程 {pid} 中生成</translation>
    </message>
    <message>
      <source>keyring default</source>
      <translation>keyring 默认设置</translation>
    </message>
    <message>
      <source>missing in {folder}: {files}</source>
      <translation>{folder} 中缺少：{files}</translation>
    </message>
    <message>
      <source>missing {folders}</source>
      <translation>缺少 {folders}</translation>
    </message>
    <message>
      <source>missing {path}</source>
      <translation>缺少 {path}</translation>
    </message>
    <message>
      <source>no answer within {seconds} s</source>
      <translation>{seconds} 秒内无响应</translation>
    </message>
    <message>
      <source>no codec {names}</source>
      <translation>没有编码 {names}</translation>
    </message>
    <message>
      <source>none ({name} via {how}): no OS keyring here, the app asks for the password each session</source>
      <translation>无（{name}，经 {how}）：本机没有系统密钥环，每次会话都会询问密码</translation>
    </message>
    <message>
      <source>not compiled yet (run make i18n; {ts} exists)</source>
      <translation>尚未编译（请运行 make i18n；{ts} 存在）</translation>
    </message>
    <message>
      <source>not compiled yet (run make i18n; {ts} missing)</source>
      <translation>尚未编译（请运行 make i18n；缺少 {ts}）</translation>
    </message>
    <message>
      <source>not found in {folder}</source>
      <translation>在 {folder} 中找不到</translation>
    </message>
    <message>
      <source>only {embedded} of {total} fonts embedded (FontFile2) in the test PDF</source>
      <translation>测试 PDF 中只嵌入了 {total} 种字体中的 {embedded} 种（FontFile2）</translation>
    </message>
    <message>
      <source>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import</source>
      <translation>平台插件“{name}”，Qt {qt}，图像格式 {formats}，图标可显示，{modules} 个 desktop.ui 模块可导入</translation>
    </message>
    <message>
      <source>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import, Chinese and Vietnamese collation and code pages</source>
      <translation>平台插件“{name}”，Qt {qt}，图像格式 {formats}，图标可显示，{modules} 个 desktop.ui 模块可导入，中文和越南文排序及代码页可用</translation>
    </message>
    <message>
      <source>platform {name} loaded but Qt's text services (ICU) are incomplete: {text}</source>
      <translation>平台 {name} 已加载，但 Qt 的文字服务（ICU）不完整：{text}</translation>
    </message>
    <message>
      <source>platform {name} loaded but UI modules do not import: {broken}</source>
      <translation>平台 {name} 已加载，但界面模块无法导入：{broken}</translation>
    </message>
    <message>
      <source>platform {name} loaded but image formats missing: {formats}</source>
      <translation>平台 {name} 已加载，但缺少图像格式：{formats}</translation>
    </message>
    <message>
      <source>platform {name} loaded but the app icon does not render ({path})</source>
      <translation>平台 {name} 已加载，但应用图标无法显示（{path}）</translation>
    </message>
    <message>
      <source>the worker gave {size} bytes from processes {pids}</source>
      <translation>工作进程 {pids} 只给出 {size} 字节</translation>
    </message>
    <message>
      <source>truststore missing ({error}); the OS certificate store cannot be used</source>
      <translation>缺少 truststore（{error}）；无法使用操作系统证书库</translation>
    </message>
    <message>
      <source>{catalogues} load</source>
      <translation>{catalogues} 可加载</translation>
    </message>
    <message>
      <source>{embedded} TrueType subsets embedded ({fonts}), licences present, PDFium renders ({width} px)</source>
      <translation>已嵌入 {embedded} 个 TrueType 字体子集（{fonts}），许可文件齐全，PDFium 可渲染（{width} 像素）</translation>
    </message>
    <message>
      <source>{name} has no glyph for {chars}</source>
      <translation>{name} 没有 {chars} 的字形</translation>
    </message>
    <message>
      <source>{name} via {how}</source>
      <translation>{name}，经 {how}</translation>
    </message>
    <message>
      <source>{name} via {how} stores secrets in plain text</source>
      <translation>{name}（经 {how}）以明文保存密码</translation>
    </message>
    <message>
      <source>{name} via {how}; expected {expected}</source>
      <translation>{name}，经 {how}；应为 {expected}</translation>
    </message>
    <message>
      <source>{name}: {why}</source>
      <translation>{name}：{why}</translation>
    </message>
    <message>
      <source>{path} does not load</source>
      <translation>{path} 无法加载</translation>
    </message>
    <message>
      <source>{problems}</source>
      <translation>{problems}</translation>
    </message>
    <message>
      <source>{problems} under {root}</source>
      <translation>{root} 下：{problems}</translation>
    </message>
    <message>
      <source>{source}; certifi bundle missing at {bundle}</source>
      <translation>{source}；{bundle} 处缺少 certifi 证书包</translation>
    </message>
    <message>
      <source>{source}; certifi bundle {bundle} ({size} KiB); {openssl}</source>
      <translation>{source}；certifi 证书包 {bundle}（{size} KiB）；{openssl}</translation>
    </message>
    <message>
      <source>{source}; no certifi bundle; {openssl}</source>
      <translation>{source}；无 certifi 证书包；{openssl}</translation>
    </message>
    <message>
      <source>{url} answered 200 {summary} (process {pid}, started in {seconds} s)</source>
      <translation>{url} 返回 200 {summary}（进程 {pid}，启动用时 {seconds} 秒）</translation>
    </message>
    <message>
      <source>{url} answered HTTP {status}</source>
      <translation>{url} 返回 HTTP {status}</translation>
    </message>
  </context>
  <context>
    <name>SelfTestDialog</name>
    <message numerus="yes">
      <source>All {total} checks passed</source>
      <translation>
        <numerusform>全部 {total} 项检查通过</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking this installation…</source>
      <translation>正在检查本机安装…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>未通过</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Self-test</source>
      <translation>自检</translation>
    </message>
    <message>
      <source>{failed} of {total} checks failed</source>
      <translation>{total} 项检查中有 {failed} 项未通过</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>&amp;Autosave every (seconds)</source>
      <translation>自动保存间隔（秒）(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Platform address</source>
      <translation>平台地址(&amp;P)</translation>
    </message>
    <message>
      <source>Autosave interval</source>
      <translation>自动保存间隔</translation>
    </message>
    <message>
      <source>Empty: the built-in sandbox</source>
      <translation>留空：使用内置沙箱</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Notify me when a filing changes status</source>
      <translation>申报状态变更时通知我</translation>
    </message>
    <message>
      <source>Platform address</source>
      <translation>平台地址</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>保存设置</translation>
    </message>
    <message>
      <source>The language changes at once; a platform change applies at the next start. Passwords are kept in the system keyring, never in the settings file.</source>
      <translation>语言立即切换；平台地址的更改在下次启动时生效。密码保存在系统密钥环中，从不写入设置文件。</translation>
    </message>
  </context>
  <context>
    <name>SheetImportDialog</name>
    <message numerus="yes">
      <source>%n goods line(s) ready to import.</source>
      <translation>
        <numerusform>%n 行货物明细可以导入。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <source>(item number)</source>
      <translation>（项号）</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>单元格</translation>
    </message>
    <message>
      <source>Columns found</source>
      <translation>识别到的列</translation>
    </message>
    <message>
      <source>Errors by cell</source>
      <translation>各单元格的错误</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>表头</translation>
    </message>
    <message>
      <source>Import &amp;without the rows with errors</source>
      <translation>跳过有错误的行并导入(&amp;W)</translation>
    </message>
    <message>
      <source>Import goods from {file}</source>
      <translation>从 {file} 导入商品</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message numerus="yes">
      <source>{bad} of {rows} goods lines have errors. Fix them in the file and open it again, or import the {good} good line(s) without them.</source>
      <translation>
        <numerusform>{rows} 项商品中有 {bad} 项有错误。请在文件中改正后重新打开，或只导入其余 {good} 项无误的商品。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sheets</name>
    <message>
      <source>Columns</source>
      <translation>各列说明</translation>
    </message>
  </context>
  <context>
    <name>ShipmentAids</name>
    <message>
      <source>Booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>Declaration {part}/{parts}</source>
      <translation>报关单 {part}/{parts}</translation>
    </message>
    <message>
      <source>declaration and booking complete</source>
      <translation>报关单和订舱信息齐全</translation>
    </message>
    <message>
      <source>{document} will need: {problem}</source>
      <translation>{document}还需要：{problem}</translation>
    </message>
    <message>
      <source>{document}: {n} to fix</source>
      <translation>{document}：{n} 处待修改</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}：{message}</translation>
    </message>
  </context>
  <context>
    <name>ShipmentEditor</name>
    <message>
      <source>Containers</source>
      <translation>集装箱</translation>
    </message>
    <message>
      <source>Create / refresh &amp;booking</source>
      <translation>生成/更新订舱(&amp;B)</translation>
    </message>
    <message>
      <source>Create / refresh &amp;declaration</source>
      <translation>生成/更新报关单(&amp;D)</translation>
    </message>
    <message>
      <source>Dangerous goods details…</source>
      <translation>危险品明细…</translation>
    </message>
    <message>
      <source>General</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>货物</translation>
    </message>
    <message>
      <source>New shipment</source>
      <translation>新建业务单</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <source>Reefer settings…</source>
      <translation>冷藏箱设置…</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowControl</name>
    <message>
      <source>Appl&amp;y</source>
      <translation>应用(&amp;Y)</translation>
    </message>
    <message>
      <source>D: deleted by customs</source>
      <translation>D：海关删单</translation>
    </message>
    <message>
      <source>E: not accepted</source>
      <translation>E：不被受理（退单）</translation>
    </message>
    <message>
      <source>First attempt to FailBox</source>
      <translation>首次发送进入 FailBox（发送失败）</translation>
    </message>
    <message>
      <source>H: held, manual declaration</source>
      <translation>H：挂起，需手工申报</translation>
    </message>
    <message>
      <source>How the sandbox's Single Window client answers every declaration handed to its folders from now on</source>
      <translation>从现在起，沙箱单一窗口客户端如何回复交到其报文目录的每一票报关单</translation>
    </message>
    <message>
      <source>Imported, accepted and released</source>
      <translation>导入成功、海关接收并放行</translation>
    </message>
    <message>
      <source>Inspection before release</source>
      <translation>放行前海关查验</translation>
    </message>
    <message>
      <source>Rejected by customs</source>
      <translation>海关退单</translation>
    </message>
    <message>
      <source>Single &amp;Window client:</source>
      <translation>单一窗口客户端(&amp;W)：</translation>
    </message>
    <message>
      <source>Single Window client: “{scenario}” for every declaration from now on.</source>
      <translation>单一窗口客户端：从现在起每票报关单按“{scenario}”回复。</translation>
    </message>
    <message>
      <source>Slow answers (ten times longer)</source>
      <translation>回复缓慢（时间延长十倍）</translation>
    </message>
    <message>
      <source>The customs receipt code the rejection comes back with</source>
      <translation>退单时海关回执的代码</translation>
    </message>
    <message>
      <source>Y: declaration failed</source>
      <translation>Y：申报失败</translation>
    </message>
    <message>
      <source>Z: returned for correction</source>
      <translation>Z：退回修改</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Sandbox folder</source>
      <translation>沙箱目录(&amp;S)</translation>
    </message>
    <message>
      <source>C: declare at once</source>
      <translation>C：直接申报</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Data-entry company USCC</source>
      <translation>录入单位统一社会信用代码</translation>
    </message>
    <message>
      <source>Data-entry company customs code</source>
      <translation>录入单位海关编码</translation>
    </message>
    <message>
      <source>Data-entry company name</source>
      <translation>录入单位名称</translation>
    </message>
    <message>
      <source>Declarations of this company are handed to the China Single Window client through its message folders (ImpPath). The client signs them with the operator's IC card. Leave the folder empty to file through the corridor platform instead.</source>
      <translation>本企业的报关单通过报文目录（ImpPath）交给中国国际贸易单一窗口客户端，由客户端使用操作员 IC 卡加签。目录留空则通过陆海新通道平台申报。</translation>
    </message>
    <message>
      <source>Folder found.</source>
      <translation>已找到该目录。</translation>
    </message>
    <message>
      <source>Folder not found now; declarations wait until it can be reached.</source>
      <translation>目前找不到该目录；报关单将等待，直到可以访问。</translation>
    </message>
    <message>
      <source>G: store in the Single Window for review</source>
      <translation>G：在单一窗口暂存，复核后申报</translation>
    </message>
    <message>
      <source>ImpPath folder</source>
      <translation>报文目录（ImpPath）</translation>
    </message>
    <message>
      <source>No folder: declarations go to the corridor platform.</source>
      <translation>未设置目录：报关单通过陆海新通道平台申报。</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Operation</source>
      <translation>操作类型</translation>
    </message>
    <message>
      <source>Operator IC card number</source>
      <translation>操作员 IC 卡号</translation>
    </message>
    <message>
      <source>Operator name</source>
      <translation>操作员姓名</translation>
    </message>
    <message>
      <source>Single Window settings</source>
      <translation>单一窗口设置</translation>
    </message>
    <message>
      <source>The folder where the sandbox plays the Single Window client: declarations are imported and answered as the real client would, offline.</source>
      <translation>沙箱模拟单一窗口客户端所用的目录：报关单在此导入并回执，与真实客户端一样，无需联网。</translation>
    </message>
    <message>
      <source>empty: the declaring agent</source>
      <translation>留空：同申报单位</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowMenu</name>
    <message>
      <source>Choose a company first.</source>
      <translation>请先选择企业。</translation>
    </message>
    <message>
      <source>Single &amp;Window settings…</source>
      <translation>单一窗口设置(&amp;W)…</translation>
    </message>
    <message>
      <source>Single Window settings</source>
      <translation>单一窗口设置</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Accepted</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>发送失败</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>查验</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>待发送</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>入库成功</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已退单</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>已放行</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>已提交订舱</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>已撤单</translation>
    </message>
  </context>
  <context>
    <name>SupplementDialog</name>
    <message>
      <source>&amp;Supplementary digits</source>
      <translation>附加编号(&amp;S)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Commodity code: {code}</source>
      <translation>商品编号：{code}</translation>
    </message>
    <message>
      <source>Supplementary digits</source>
      <translation>附加编号</translation>
    </message>
    <message>
      <source>Tariff line {line}:
{names}</source>
      <translation>税则号列 {line}：
{names}</translation>
    </message>
    <message>
      <source>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</source>
      <translation>商品编号由 8 位税则号列和 2 位附加编号组成。多数税号不再细分，附加编号填 00；海关对税号再细分的（如按用途、规格），请按税则填写这 2 位，或咨询报关行。</translation>
    </message>
    <message>
      <source>This company declared this line before with: {digits}</source>
      <translation>本企业此前按此税号申报过的商品编号：{digits}</translation>
    </message>
    <message>
      <source>Use this code</source>
      <translation>使用此编号</translation>
    </message>
  </context>
  <context>
    <name>TableEditor</name>
    <message>
      <source>Add line</source>
      <translation>添加行</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>复制行</translation>
    </message>
    <message>
      <source>HS lookup…</source>
      <translation>商品编号查询…</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>明细</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Paste from Excel</source>
      <translation>从 Excel 粘贴</translation>
    </message>
  </context>
  <context>
    <name>TrainerHook</name>
    <message>
      <source>Guided lessons: a first declaration, a first booking, step by step</source>
      <translation>引导课程：一步步完成第一份报关单、第一笔订舱</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>Plain HTTP: training network only</source>
      <translation>明文 HTTP：仅限培训网络</translation>
    </message>
    <message>
      <source>The class on this sandbox: scenarios, clock, reset, every trainee's filings</source>
      <translation>本沙箱上的班级：场景、时钟、重置、每名学员的单证</translation>
    </message>
    <message>
      <source>This platform is reached over plain HTTP, which anyone on the network can read: use it only on a training network, never with real company data or passwords.</source>
      <translation>本平台通过明文 HTTP 连接，同一网络中的任何人都能读取传输内容：仅可在培训网络中使用，切勿使用真实企业数据或密码。</translation>
    </message>
    <message>
      <source>Trainer panel</source>
      <translation>讲师面板</translation>
    </message>
  </context>
  <context>
    <name>TrainerPanel</name>
    <message>
      <source>&amp;Apply</source>
      <translation>应用(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>对象(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Lesson:</source>
      <translation>课程(&amp;L)：</translation>
    </message>
    <message>
      <source>&amp;Reset class…</source>
      <translation>重置班级(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Scenario:</source>
      <translation>场景(&amp;S)：</translation>
    </message>
    <message>
      <source>+1 day</source>
      <translation>+1 天</translation>
    </message>
    <message>
      <source>+1 h</source>
      <translation>+1 小时</translation>
    </message>
    <message>
      <source>+10 min</source>
      <translation>+10 分钟</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>订舱</translation>
    </message>
    <message>
      <source>Bookings declined</source>
      <translation>订舱被拒</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Client seq. no.</source>
      <translation>客户端业务编号</translation>
    </message>
    <message>
      <source>Customs inspection</source>
      <translation>海关查验</translation>
    </message>
    <message>
      <source>Customs no.</source>
      <translation>海关编号</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>报关单</translation>
    </message>
    <message>
      <source>Declarations rejected</source>
      <translation>报关单被退单</translation>
    </message>
    <message>
      <source>Everything goes through</source>
      <translation>全部顺利通过</translation>
    </message>
    <message>
      <source>Filings and receipts of the whole class</source>
      <translation>全班的单证和回执</translation>
    </message>
    <message>
      <source>Filings and receipts of {user}</source>
      <translation>{user} 的单证和回执</translation>
    </message>
    <message>
      <source>Fresh demo data for everyone; seats and logins are kept</source>
      <translation>所有人恢复全新演示数据；保留学员席位和登录</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>最近操作</translation>
    </message>
    <message>
      <source>Last receipt</source>
      <translation>最新回执</translation>
    </message>
    <message>
      <source>Lesson “{lesson}”: scenario “{scenario}” for the whole class.</source>
      <translation>课程“{lesson}”：已为全班设置场景“{scenario}”。</translation>
    </message>
    <message>
      <source>Move the sandbox clock forward: receipts that fall due arrive</source>
      <translation>沙箱时钟前进：到期的回执随即到达</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Platform unavailable at times (503)</source>
      <translation>平台时有不可用（503）</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已退单</translation>
    </message>
    <message>
      <source>Remove every filing and receipt of the class and start again with fresh demo data? Seats and logins are kept.</source>
      <translation>删除全班所有单证和回执，并以全新演示数据重新开始？学员席位和登录将保留。</translation>
    </message>
    <message>
      <source>Reset class</source>
      <translation>重置班级</translation>
    </message>
    <message>
      <source>S&amp;tart for the class</source>
      <translation>全班开始(&amp;T)</translation>
    </message>
    <message>
      <source>Sandbox clock: {clock}</source>
      <translation>沙箱时钟：{clock}</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>场景</translation>
    </message>
    <message>
      <source>Scenario “{scenario}” for the whole class.</source>
      <translation>已为全班设置场景“{scenario}”。</translation>
    </message>
    <message>
      <source>Scenario “{scenario}” for {user}.</source>
      <translation>已为 {user} 设置场景“{scenario}”。</translation>
    </message>
    <message>
      <source>Session expires quickly</source>
      <translation>登录很快过期</translation>
    </message>
    <message>
      <source>Sets the lesson's scenario for the whole class</source>
      <translation>为全班设置该课程的场景</translation>
    </message>
    <message>
      <source>Slow platform</source>
      <translation>平台响应缓慢</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>The class was reset.</source>
      <translation>班级已重置。</translation>
    </message>
    <message>
      <source>The sandbox clock moved forward.</source>
      <translation>沙箱时钟已前进。</translation>
    </message>
    <message>
      <source>The whole class</source>
      <translation>全班</translation>
    </message>
    <message>
      <source>Too many requests (429)</source>
      <translation>请求过多（429）</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>学员</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>更新时间</translation>
    </message>
    <message numerus="yes">
      <source>{n} field error(s)</source>
      <translation>
        <numerusform>{n} 处字段错误</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnsavedDialog</name>
    <message>
      <source>&amp;Discard changes</source>
      <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Save the changes to these {n} records?</source>
      <translation>是否保存对以下 {n} 条记录的修改？</translation>
    </message>
    <message>
      <source>Save the changes to {title}?</source>
      <translation>是否保存对 {title} 的修改？</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Corridor Desk user guide</source>
      <translation>Corridor Desk 使用指南</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>使用指南</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
      <source>CA certificate file</source>
      <translation>CA 证书文件</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Connected: the workspace on {server} is ready (database version {version}).</source>
      <translation>连接成功：{server} 上的工作区已就绪（数据库版本 {version}）。</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>Empty: the system's trusted certificates</source>
      <translation>留空：使用系统信任的证书</translation>
    </message>
    <message>
      <source>Encrypt without verifying the certificate</source>
      <translation>加密，但不验证证书</translation>
    </message>
    <message>
      <source>Enter the server, the database and the user name.</source>
      <translation>请填写服务器、数据库和用户名。</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored password</source>
      <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
      <source>No encryption (this computer or a trusted network only)</source>
      <translation>不加密（仅限本机或可信网络）</translation>
    </message>
    <message>
      <source>Not switched: the open editors stay open in this workspace.</source>
      <translation>未切换：已打开的编辑窗口仍留在当前工作区。</translation>
    </message>
    <message>
      <source>On a PostgreSQL server shared by the office</source>
      <translation>保存在办公室共用的 PostgreSQL 服务器上</translation>
    </message>
    <message>
      <source>On this computer (a file in the data folder)</source>
      <translation>保存在本机（数据文件夹中的一个文件）</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <source>Saved. Corridor Desk opens this workspace the next time it starts.</source>
      <translation>已保存。Corridor Desk 下次启动时将打开此工作区。</translation>
    </message>
    <message>
      <source>Secure connection</source>
      <translation>加密连接</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>正在测试连接…</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Verify the certificate and the server name (recommended)</source>
      <translation>验证证书和服务器名称（推荐）</translation>
    </message>
    <message>
      <source>Verify the certificate only</source>
      <translation>仅验证证书</translation>
    </message>
    <message>
      <source>Where this seat keeps its workspace. An office that files for the same companies can share one workspace on a PostgreSQL server; the password is kept in the system's secure store, never in the settings. Saving another workspace closes this one and opens the other at once; filings waiting to be sent stay in the outbox of their workspace and are sent when it is open again.</source>
      <translation>本席位的工作区保存位置。为同一批企业申报的办公室可以在 PostgreSQL 服务器上共用一个工作区；密码保存在系统的安全存储中，不会写入设置。保存另一个工作区后，立即关闭当前工作区并打开新的工作区；待发送的申报留在原工作区的发送队列中，重新打开该工作区时再发送。</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>工作区</translation>
    </message>
    <message>
      <source>e.g. db.office.local</source>
      <translation>例如 db.office.local</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceMenu</name>
    <message>
      <source>Wor&amp;kspace…</source>
      <translation>工作区(&amp;K)…</translation>
    </message>
  </context>
</TS>
