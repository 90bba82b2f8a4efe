<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+56"/>
        <location line="+105"/>
        <source>Invoice Desk</source>
        <translation>发票台</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/store/audit.py" line="+132"/>
        <source>No keychain key: this chain detects edited rows but not a chain recomputed by someone with access to the file.</source>
        <translation>系统钥匙串中没有密钥：此审计链能发现被修改的记录，但无法发现能访问该文件的人重新计算的整条链。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events are missing before event {id}.</source>
        <translation>事件 {id} 之前缺少事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event {id} does not follow the event before it.</source>
        <translation>事件 {id} 与前一个事件不衔接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event {id} was altered after it was written.</source>
        <translation>事件 {id} 在写入后被修改过。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest events were removed (the chain ends before event {id}).</source>
        <translation>最新的事件已被删除（审计链在事件 {id} 之前中断）。</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../desktop/ui/base_dialog.py" line="+50"/>
        <source>Tab moves between fields, Esc closes, Ctrl+S saves where there is something to save.</source>
        <translation>Tab 键在字段间移动，Esc 关闭，有内容可保存时按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/crash_dialog.py" line="+55"/>
        <source>Invoice Desk: unexpected error</source>
        <translation>发票台：意外错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong that should not have. Your saved work is safe. Please copy this report and send it to support; then carry on or restart Invoice Desk.</source>
        <translation>发生了不应出现的错误。已保存的数据是安全的。请复制此报告并发送给技术支持，然后继续工作或重新启动发票台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../desktop/domain/duplicates.py" line="+44"/>
        <source>Same party and same reference as {other}.</source>
        <translation>与 {other} 的往来单位和参考号相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same party and same number as {other}.</source>
        <translation>与 {other} 的往来单位和发票号码相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same party and amount within a week of {other}.</source>
        <translation>与 {other} 的往来单位和金额相同，且日期相差不到一周。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/domain/errors.py" line="+53"/>
        <source>The invoice has problems: {problems}</source>
        <translation>发票有问题：{problems}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/invoice_json.py" line="+48"/>
        <source>{where} must be a JSON object.</source>
        <translation>{where} 必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown field {fields} in {where}; the fields are: {allowed}.</source>
        <translation>{where} 中有未知字段 {fields}；可用字段为：{allowed}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}.{key} must be text.</source>
        <translation>{where}.{key} 必须是文本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}.{key} is missing (a date such as 2026-11-28).</source>
        <translation>缺少 {where}.{key}（日期，例如 2026-11-28）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}.{key} must be a date such as 2026-11-28.</source>
        <translation>{where}.{key} 必须是日期，例如 2026-11-28。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}.{key} &quot;{value}&quot; is not a date such as 2026-11-28.</source>
        <translation>{where}.{key} 的值“{value}”不是日期（例如 2026-11-28）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}.{key} is missing.</source>
        <translation>缺少 {where}.{key}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}.{key} must be written as a string such as &quot;12.50&quot; (a JSON float loses cents).</source>
        <translation>{where}.{key} 必须写成字符串，例如 &quot;12.50&quot;（JSON 浮点数会丢失分位）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>party needs a uuid, a name or a tax_id.</source>
        <translation>party 需要 uuid、名称或税号之一。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice.party is missing.</source>
        <translation>缺少 invoice.party。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invoice.kind must be &quot;sale&quot; or &quot;purchase&quot;.</source>
        <translation>invoice.kind 必须是 &quot;sale&quot; 或 &quot;purchase&quot;。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invoice.uuid does not match the invoice being edited.</source>
        <translation>invoice.uuid 与正在编辑的发票不一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invoice.lines must be a list.</source>
        <translation>invoice.lines 必须是列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice.payments must be a list.</source>
        <translation>invoice.payments 必须是列表。</translation>
    </message>
    <message>
        <location filename="../desktop/domain/money.py" line="+32"/>
        <source>Unknown currency code: {code}.</source>
        <translation>未知的币种代码：{code}。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The {what} must be a number, not true/false.</source>
        <translation>{what} 必须是数字，不能是 true/false。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>The {what} &quot;{text}&quot; is not a number.</source>
        <translation>{what}“{text}”不是数字。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The {what} must be a number.</source>
        <translation>{what} 必须是数字。</translation>
    </message>
    <message>
        <location filename="../desktop/store/audit.py" line="-67"/>
        <source>The audit key of this store is missing from the system keychain, so changes cannot be signed; restore the keychain or ask an administrator.</source>
        <translation>系统钥匙串中缺少此数据库的审计密钥，无法为更改签名；请恢复钥匙串或联系管理员。</translation>
    </message>
    <message>
        <location filename="../desktop/store/bulk.py" line="+82"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../desktop/store/db.py" line="+53"/>
        <source>{path} is not an Invoice Desk database (or it is damaged); it was left untouched. Choose another file or data directory.</source>
        <translation>{path} 不是发票台数据库（或已损坏），未作任何改动。请选择其他文件或数据目录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is read-only, so nothing can be saved; nothing was changed. Copy it to a writable folder or ask for write permission.</source>
        <translation>{path} 是只读的，无法保存，未作任何更改。请将其复制到可写的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is busy in another program; try again in a moment.</source>
        <translation>{path} 正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be opened or written ({reason}); check the disk and the folder&apos;s permissions.</source>
        <translation>无法打开或写入 {path}（{reason}）；请检查磁盘和文件夹权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} failed: {reason}.</source>
        <translation>数据库 {path} 出错：{reason}。</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_repo.py" line="+100"/>
        <source>Several invoices have the number {key}; name it by its uuid.</source>
        <translation>有多张发票的号码是 {key}，请用 uuid 指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no invoice {key}.</source>
        <translation>没有发票 {key}。</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_service.py" line="+116"/>
        <source>Choose a customer or supplier.</source>
        <translation>请选择客户或供应商。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No party has the tax ID {tax_id}; give its name to create it.</source>
        <translation>没有税号为 {tax_id} 的往来单位；请提供名称以新建。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An invoice {uuid} exists already.</source>
        <translation>发票 {uuid} 已存在。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A payment must be more than zero.</source>
        <translation>付款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../desktop/store/party_repo.py" line="+41"/>
        <location line="+10"/>
        <source>There is no party {uuid}.</source>
        <translation>没有往来单位 {uuid}。</translation>
    </message>
    <message>
        <location filename="../desktop/store/profiles.py" line="+82"/>
        <source>The profile list {path} is damaged ({reason}); move it aside and add the profiles again.</source>
        <translation>配置列表 {path} 已损坏（{reason}）；请将其移走并重新添加配置。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>There is no profile &quot;{id}&quot;.</source>
        <translation>没有配置“{id}”。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A profile kind is one of: {kinds}.</source>
        <translation>配置类型必须是以下之一：{kinds}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A role is one of: {roles}.</source>
        <translation>角色必须是以下之一：{roles}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile &quot;{id}&quot; exists already.</source>
        <translation>配置“{id}”已存在。</translation>
    </message>
    <message>
        <location filename="../desktop/store/secrets.py" line="+29"/>
        <source>No system keychain is available on this computer ({reason}); the secret can be kept for this session only and must be entered again next time.</source>
        <translation>此计算机上没有可用的系统钥匙串（{reason}）；密码只能在本次会话中保留，下次需要重新输入。</translation>
    </message>
    <message>
        <location filename="../desktop/store/store.py" line="+32"/>
        <source>The folder {path} cannot be created ({reason}).</source>
        <translation>无法创建文件夹 {path}（{reason}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is read-only and was made by another version of Invoice Desk; open a writable copy so it can be upgraded.</source>
        <translation>{path} 是只读的，且由其他版本的发票台创建；请打开一个可写的副本以便升级。</translation>
    </message>
    <message>
        <location filename="../desktop/store/attachments.py" line="+52"/>
        <location line="+25"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{file} is larger than {mb} MB; attach a smaller file.</source>
        <translation>{file} 超过 {mb} MB，请附加较小的文件。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no attachment {uuid}.</source>
        <translation>没有附件 {uuid}。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/widgets/filter_bar.py" line="+104"/>
        <source>Search number, party, notes, lines… (Ctrl+F)</source>
        <translation>搜索号码、往来单位、备注、明细…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches invoice numbers, party names, notes and line descriptions, in Chinese or English</source>
        <translation>搜索发票号码、往来单位名称、备注和明细描述，支持中文和英文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>采购</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not paid or cancelled)</source>
        <translation>未结（未付款且未作废）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any sync state</source>
        <translation>全部同步状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any party</source>
        <translation>全部往来单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/invoice_editor_dialog.py" line="+364"/>
        <source>Sales invoice</source>
        <translation>销售发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase invoice</source>
        <translation>采购发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Party:</source>
        <translation>往来单位(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>发票号码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reference:</source>
        <translation>参考号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue date:</source>
        <translation>开票日期(&amp;I)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue date:</source>
        <translation>到期日(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;rrency:</source>
        <translation>币种(&amp;R)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment &amp;terms:</source>
        <translation>付款条件(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier&apos;s number, order number…</source>
        <translation>供应商单号、订单号…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. INV-2026-0001</source>
        <translation>例如 INV-2026-0001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice has a due date</source>
        <translation>发票有到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit &amp;note</source>
        <translation>红字发票(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lines</source>
        <translation>明细(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount:</source>
        <translation>不含税金额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax:</source>
        <translation>税额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax:</source>
        <translation>含税合计：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems to fix before saving</source>
        <translation>保存前需要修正的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate line</source>
        <translation>复制行(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move line</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and c&amp;lose</source>
        <translation>保存并关闭(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>保存并关闭（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+S saves, Ctrl+Enter saves and closes, Esc closes.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.
In the lines: type to edit a cell, Tab goes to the next cell; Ctrl+Ins adds a line, Ctrl+D duplicates it, Ctrl+Del removes it, Ctrl+Shift+Up/Down moves it.</source>
        <translation>Ctrl+S 保存，Ctrl+Enter 保存并关闭，Esc 关闭。
Ctrl+Z 撤销，Ctrl+Shift+Z 重做。
在明细中：直接输入即可编辑单元格，Tab 转到下一个单元格；Ctrl+Ins 添加行，Ctrl+D 复制行，Ctrl+Del 删除行，Ctrl+Shift+上/下 移动行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number}</source>
        <translation>发票 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no number)</source>
        <translation>（无号码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit {field}</source>
        <translation>编辑 {field}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose party</source>
        <translation>选择往来单位</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit line {n}</source>
        <translation>编辑第 {n} 行</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate line</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move line</source>
        <translation>移动行</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{rate}: {amount}</source>
        <translation>{rate}：{amount}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>lines, number, dates, party</source>
        <translation>明细、号码、日期、往来单位</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Not saved: fix the problems listed below first.</source>
        <translation>未保存：请先修正下面列出的问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. Please check — this may be a duplicate:</source>
        <translation>已保存。请核对——这可能是重复发票：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This invoice has changes that are not saved. Save them?</source>
        <translation>此发票有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../desktop/ui/models/invoice_lines_model.py" line="+74"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>不含税金额</translation>
    </message>
</context>
<context>
    <name>InvoicePrint</name>
    <message>
        <location filename="../desktop/ui/printing/invoice_document.py" line="+29"/>
        <source>(no number)</source>
        <translation>（无号码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax {rate}</source>
        <translation>税额 {rate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../desktop/ui/models/invoice_table_model.py" line="+131"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no number)</source>
        <translation>（无号码）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+23"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales credit note</source>
        <translation>销售红字发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase credit note</source>
        <translation>采购红字发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales invoice</source>
        <translation>销售发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase invoice</source>
        <translation>采购发票</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local only</source>
        <translation>仅本地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by ERP</source>
        <translation>被 ERP 拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in ERP</source>
        <translation>已在 ERP 中删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clerk</source>
        <translation>会计员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edit invoices</source>
        <translation>编辑发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit invoices</source>
        <translation>提交发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve invoices</source>
        <translation>审批发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post invoices</source>
        <translation>过账发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel invoices</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record payments</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve conflicts</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the connection</source>
        <translation>更改连接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overpaid</source>
        <translation>多付</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+231"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New invoice</source>
        <translation>新建发票(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new invoice</source>
        <translation>录入一张新发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected invoice (Enter)</source>
        <translation>打开所选发票（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected invoice</source>
        <translation>打印所选发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the selected invoice as a PDF file</source>
        <translation>将所选发票保存为 PDF 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and role</source>
        <translation>语言和角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Invoice Desk</source>
        <translation>关闭发票台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the list again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search box</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the invoice</source>
        <translation>审批此发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ost</source>
        <translation>过账(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the invoice to the books</source>
        <translation>将发票过账入账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;draft</source>
        <translation>退回草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw or reopen as a draft</source>
        <translation>撤回或重新打开为草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel invoice</source>
        <translation>作废发票(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the invoice</source>
        <translation>作废此发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment…</source>
        <translation>登记付款(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment on a posted invoice</source>
        <translation>为已过账的发票登记付款</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+268"/>
        <source>Invoice Desk</source>
        <translation>发票台</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Invoice Desk — {profile}</source>
        <translation>发票台 — {profile}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local (offline)</source>
        <translation>本地（离线）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{profile} · role: {role}</source>
        <translation>{profile} · 角色：{role}</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n 张发票</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total incl. tax: {amounts}</source>
        <translation>含税合计：{amounts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding: {amounts}</source>
        <translation>未付金额：{amounts}</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n invoice(s) selected</source>
        <translation>
            <numerusform>已选择 %n 张发票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <location line="+3"/>
        <source>%n invoice(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 张发票。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment recorded.</source>
        <translation>付款已登记。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/party_dialog.py" line="+62"/>
        <source>New party</source>
        <translation>新建往来单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tax ID:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country (2 letters):</source>
        <translation>国家/地区（两个字母）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer and supplier</source>
        <translation>客户兼供应商</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../desktop/ui/widgets/party_picker.py" line="+57"/>
        <source>Type a name or tax ID…</source>
        <translation>输入名称或税号…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New party…</source>
        <translation>新建往来单位…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a customer or supplier that is not in the list yet</source>
        <translation>添加列表中还没有的客户或供应商</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="+65"/>
        <source>Record payment</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number}: {amount} {currency} outstanding</source>
        <translation>发票 {number}：未付 {amount} {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reference:</source>
        <translation>参考号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank transfer, cash…</source>
        <translation>银行转账、现金…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A payment must be more than zero.</source>
        <translation>付款金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/settings_dialog.py" line="+61"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>您的角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With an ERP connection your rights come from the ERP.</source>
        <translation>连接 ERP 时，您的权限由 ERP 决定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used on this computer only (offline and practice profiles): it decides who may approve and post.</source>
        <translation>仅用于本机（离线和练习配置）：决定谁可以审批和过账。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="+56"/>
        <source>&quot;{tax_id}&quot; is not a valid unified social credit code (18 characters with a check digit).</source>
        <translation>“{tax_id}”不是有效的统一社会信用代码（18 位，含校验码）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{tax_id}&quot; is not a valid EU VAT number.</source>
        <translation>“{tax_id}”不是有效的欧盟增值税号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the party&apos;s name.</source>
        <translation>请输入往来单位名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>名称太长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country must be a two-letter code such as CN or DE.</source>
        <translation>国家/地区必须是两个字母的代码，例如 CN 或 DE。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a customer or supplier.</source>
        <translation>请选择客户或供应商。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown currency code &quot;{code}&quot;.</source>
        <translation>未知的币种代码“{code}”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issue date.</source>
        <translation>请输入开票日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+13"/>
        <source>Too long (at most {n} characters).</source>
        <translation>太长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Add at least one line.</source>
        <translation>请至少添加一行明细。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many lines (at most {n}).</source>
        <translation>明细行太多（最多 {n} 行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe what line {n} is for.</source>
        <translation>请填写第 {n} 行的描述。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quantity of line {n} must be more than zero.</source>
        <translation>第 {n} 行的数量必须大于零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit price of line {n} cannot be negative (make a credit note instead).</source>
        <translation>第 {n} 行的单价不能为负（请改开红字发票）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount of line {n} is too large.</source>
        <translation>第 {n} 行的金额太大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount of line {n} must be between 0 and 100 %.</source>
        <translation>第 {n} 行的折扣必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} % is not a tax rate of this profile.</source>
        <translation>{rate} % 不是此配置的税率。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoice total is too large.</source>
        <translation>发票合计金额太大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A payment cannot be zero.</source>
        <translation>付款金额不能为零。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../desktop/ui/widgets/welcome_page.py" line="+89"/>
        <source>Welcome to Invoice Desk</source>
        <translation>欢迎使用发票台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, check and correct invoices on this computer; they are kept in step with your ERP once a connection is set up.</source>
        <translation>在本机录入、核对和更正发票；设置连接后，发票会与您的 ERP 保持同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Work offline</source>
        <translation>离线工作(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an empty local store. You can connect an ERP later.</source>
        <translation>从空的本地数据库开始，以后可以再连接 ERP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise on sample invoices. Nothing reaches a real ERP.</source>
        <translation>用示例发票练习，不会影响真实的 ERP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing the demo: {done} of {total} invoices…</source>
        <translation>正在准备演示：{done} / {total} 张发票…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../desktop/domain/workflow.py" line="+63"/>
        <source>An invoice cannot go from {current} to {target}.</source>
        <translation>发票不能从“{current}”变为“{target}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {role} role may not move an invoice from {current} to {target}.</source>
        <translation>“{role}”角色不能把发票从“{current}”改为“{target}”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {role} role may not edit invoices.</source>
        <translation>“{role}”角色不能编辑发票。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cancelled invoice cannot be changed.</source>
        <translation>已作废的发票不能修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A posted invoice cannot be changed (only its notes and payments): {fields}.</source>
        <translation>已过账的发票不能修改（只能修改备注和登记付款）：{fields}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This invoice is waiting for approval; withdraw it to draft before editing.</source>
        <translation>此发票正在等待审批；请先撤回为草稿再编辑。</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_service.py" line="-3"/>
        <source>Payments can be recorded on posted invoices only.</source>
        <translation>只能为已过账的发票登记付款。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The {role} role may not do this ({permission}).</source>
        <translation>“{role}”角色无权执行此操作（{permission}）。</translation>
    </message>
</context>
</TS>
