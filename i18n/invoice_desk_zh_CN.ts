<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+57"/>
        <location line="+121"/>
        <source>Invoice Desk</source>
        <translation>发票台</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../desktop/ui/widgets/attachments_panel.py" line="+65"/>
        <source>Attac&amp;hments</source>
        <translation>附件(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the invoice first to attach files.</source>
        <translation>请先保存发票，再添加附件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments are sent to Tryton with the invoice.</source>
        <translation>附件会随发票一起发送到 Tryton。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments stay on this computer; this ERP does not receive them.</source>
        <translation>附件只保存在本机；此 ERP 不接收附件。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>PDF 和图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/store/audit.py" line="+139"/>
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
    <name>ConflictBanner</name>
    <message numerus="yes">
        <location filename="../desktop/ui/widgets/conflict_banner.py" line="+45"/>
        <source>%n invoice(s) need a decision: they changed here and in the ERP.</source>
        <translation>
            <numerusform>%n 张发票需要您决定：它们在本机和 ERP 中都被修改了。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide which version to keep</source>
        <translation>决定保留哪个版本</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/conflict_dialog.py" line="+251"/>
        <source>Conflicts to decide</source>
        <translation>待决定的冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting</source>
        <translation>等待决定(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Differences</source>
        <translation>差异(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M: mine · T: theirs · F2: type a value</source>
        <translation>M：我的 · T：对方 · F2：输入值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;mine (M)</source>
        <translation>用我的(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;theirs (T)</source>
        <translation>用对方的(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype a value… (F2)</source>
        <translation>输入值(&amp;Y)…（F2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep all mine</source>
        <translation>全部保留我的(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this computer&apos;s version of every difference (then Apply)</source>
        <translation>每处差异都选本机的版本（然后点“应用”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;all theirs</source>
        <translation>全部采用对方的(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the ERP&apos;s version of every difference (then Apply)</source>
        <translation>每处差异都选 ERP 的版本（然后点“应用”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;later</source>
        <translation>以后再决定(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything (Esc)</source>
        <translation>关闭，不做任何更改（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the decision; it reaches the ERP at the next sync (Enter)</source>
        <translation>保存决定；下次同步时发送到 ERP（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the local copy and &amp;stop syncing it…</source>
        <translation>保留本地副本并停止同步(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this conflict: the invoice stays on this computer as it is now, and nothing more is sent to the ERP for it (asks first)</source>
        <translation>关闭此冲突：发票按现状保留在本机，不再向 ERP 发送它的任何内容（会先确认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before applying</source>
        <translation>应用之前</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When the ERP has deleted the invoice there is nothing to choose: keep the local copy and stop syncing it (Alt+S) to close the conflict.</source>
        <translation>如果 ERP 已删除该发票，就没有可选的一方：保留本地副本并停止同步（Alt+S）即可关闭冲突。</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Keep the local copy?</source>
        <translation>保留本地副本？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep {number} on this computer and stop syncing it?</source>
        <translation>将 {number} 保留在本机并停止同步？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP no longer has this invoice. The copy here stays as it is now, with your changes, marked “Deleted in ERP”. The conflict is closed, the changes still waiting to be sent are dropped, and sync no longer sends this invoice. The decision is written to the audit trail.

If the ERP still needs this invoice, enter it again as a new one.</source>
        <translation>ERP 中已没有这张发票。本机的副本按现状保留（包括您的修改），并标记为“已在 ERP 中删除”。此冲突将被关闭，尚待发送的修改将被丢弃，同步不再发送这张发票。该决定会写入审计记录。

如果 ERP 仍需要这张发票，请将其作为新发票重新录入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep the local copy</source>
        <translation>保留本地副本(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not done: {reason}</source>
        <translation>未完成：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{number} is kept on this computer and is no longer synced.</source>
        <translation>{number} 已保留在本机，不再同步。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>deleted in the ERP; nothing to choose</source>
        <translation>已在 ERP 中删除；无可选择</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept here</source>
        <translation>本机保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ERP no longer has this invoice: it was deleted there after this conflict was found, so there is no ERP version to choose from. The copy on this computer is kept as it is, with your changes (below).</source>
        <translation>ERP 中已没有这张发票：它在发现此冲突后被删除，因此没有 ERP 版本可供选择。本机的副本按现状保留，包括您的修改（见下方）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To close the conflict, keep the local copy and stop syncing it. If the ERP still needs this invoice, enter it again as a new one.</source>
        <translation>要关闭此冲突，请保留本地副本并停止同步。如果 ERP 仍需要这张发票，请将其作为新发票重新录入。</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Net amount:</source>
        <translation>不含税金额：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax:</source>
        <translation>税额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax:</source>
        <translation>含税合计：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same invoice was changed here and in the ERP. For each difference choose Mine (M) or Theirs (T), or type the right value (F2). Enter applies, Esc leaves the decision for later. Alt+W goes to the list, Alt+D to the differences.</source>
        <translation>同一张发票在本机和 ERP 中都被修改了。请对每处差异选择“我的”（M）或“对方”（T），或输入正确的值（F2）。Enter 应用，Esc 留待以后决定。Alt+W 转到列表，Alt+D 转到差异表。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+11"/>
        <location line="+202"/>
        <location line="+17"/>
        <location line="+38"/>
        <location line="+48"/>
        <location line="+5"/>
        <source>(no number)</source>
        <translation>（无号码）</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>{number} changed again in the ERP while you were deciding. The table now shows the ERP&apos;s newest version; choices on fields that did not change were kept. Check it, then apply.</source>
        <translation>在您决定期间，{number} 又在 ERP 中被修改了。表格现在显示 ERP 的最新版本；未变化字段上的选择已保留。请核对后再应用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{number} no longer waits for a decision (it was decided elsewhere).</source>
        <translation>{number} 已不再等待决定（已在别处决定）。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more invoice(s) now wait for a decision.</source>
        <translation>
            <numerusform>又有 %n 张发票等待决定。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The ERP&apos;s version of this field is final; only theirs can be kept.</source>
        <translation>此字段以 ERP 的版本为准，只能采用对方的值。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not applied: {reason}</source>
        <translation>未应用：{reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n invoice(s) decided; they go to the ERP at the next sync.</source>
        <translation>
            <numerusform>已决定 %n 张发票；下次同步时发送到 ERP。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} was left for you: its lines differ too.</source>
        <translation>{number} 留给您处理：它的明细也有差异。</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 张等待中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing waits for a decision.</source>
        <translation>没有等待决定的冲突。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n difference(s) to decide</source>
        <translation>
            <numerusform>%n 处差异待决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Apply the &amp;same choice to the other %n conflict(s) like this one</source>
        <translation>
            <numerusform>对其他 %n 个同类冲突采用相同的选择(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed values apply to this invoice only.</source>
        <translation>手动输入的值只用于此发票。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The ERP shows this invoice as {status}: only the ERP&apos;s version can be kept (the notes excepted). To correct it, raise a credit note.</source>
        <translation>ERP 中此发票的状态为“{status}”：只能保留 ERP 的版本（备注除外）。如需更正，请开具红字发票。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing can be applied here; the message above says why.</source>
        <translation>此处无法应用任何决定；原因见上方的提示。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Choose mine or theirs for %n difference(s).</source>
        <translation>
            <numerusform>还有 %n 处差异需要选择“我的”或“对方”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything is decided: press Apply (Enter).</source>
        <translation>全部已决定：请点“应用”（Enter）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The ERP&apos;s version of this field is final.</source>
        <translation>此字段以 ERP 的版本为准，不能更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this computer&apos;s value (M)</source>
        <translation>保留本机的值（M）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the ERP&apos;s value (T)</source>
        <translation>采用 ERP 的值（T）</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../desktop/ui/models/conflict_fields_model.py" line="+540"/>
        <source>Kept here</source>
        <translation>本机保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (here)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (ERP)</source>
        <translation>对方（ERP）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>F2 or double-click to type a value</source>
        <translation>按 F2 或双击可输入值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ERP&apos;s version is final for this field.</source>
        <translation>此字段以 ERP 的版本为准。</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/models/conflict_list_model.py" line="+53"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行明细</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no number)</source>
        <translation>（无号码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted in the ERP</source>
        <translation>已在 ERP 中删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final in the ERP</source>
        <translation>ERP 中已定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} · {party}
{what}
since {since}{state}</source>
        <translation>{number} · {party}
{what}
自 {since} 起{state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>{number} · {party}: {what}</source>
        <translation>{number} · {party}：{what}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../desktop/ui/models/conflict_fields_model.py" line="-534"/>
        <source>Line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note of</source>
        <translation>红冲的原发票</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{description}: {quantity} × {price} less {discount} %, {rate}</source>
        <translation>{description}：{quantity} × {price}，折扣 {discount} %，{rate}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{description}: {quantity} × {price}, {rate}</source>
        <translation>{description}：{quantity} × {price}，{rate}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number such as 12.50 (a dot before the decimals).</source>
        <translation>请输入数字，例如 12.50（小数用点号）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line needs a description.</source>
        <translation>明细行需要描述。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a date such as 2026-11-28.</source>
        <translation>请输入日期，例如 2026-11-28。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>changed on both sides, different details</source>
        <translation>两边都改了，改的是不同项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added here</source>
        <translation>本机新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added in the ERP</source>
        <translation>ERP 中新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed here</source>
        <translation>本机删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed in the ERP</source>
        <translation>ERP 中删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed here</source>
        <translation>本机修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed in the ERP</source>
        <translation>ERP 中修改</translation>
    </message>
    <message>
        <location line="+204"/>
        <location line="+16"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>(not there)</source>
        <translation>（无此行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Also changed here (kept too)</source>
        <translation>本机的其他修改（同样保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged by themselves (for context, nothing to decide)</source>
        <translation>已自动合并（仅供参考，无需决定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} — {origin}</source>
        <translation>{field}（{origin}）</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="+282"/>
        <source>Edit the ERP connection</source>
        <translation>编辑 ERP 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to an ERP</source>
        <translation>连接 ERP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the practice ERP built into Invoice Desk: it runs on this computer and holds practice data only. The password you type here is kept until you close the app, never in the keychain.</source>
        <translation>这是 Invoice Desk 内置的练习 ERP：它在本机运行，只保存练习数据。您在此输入的密码只保留到关闭程序为止，绝不写入钥匙串。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice Desk keeps your invoices in step with the company ERP. Ask your ERP administrator for the address and a user; the password is kept in the system keychain, never in a file.</source>
        <translation>Invoice Desk 会让您的发票与公司 ERP 保持同步。请向 ERP 管理员索取地址和用户；密码保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;ERP type:</source>
        <translation>ERP 类型(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;CA file:</source>
        <translation>公司 &amp;CA 证书文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync every:</source>
        <translation>同步间隔(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>REST (Invoice Desk protocol)</source>
        <translation>REST（Invoice Desk 协议）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tryton</source>
        <translation>Tryton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice ERP (on this computer)</source>
        <translation>练习 ERP（在本机运行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Head office ERP</source>
        <translation>例如：总部 ERP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://erp.example.com</source>
        <translation>https://erp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Tryton database name</source>
        <translation>Tryton 数据库名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>不变（保存在钥匙串中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the stored password.</source>
        <translation>留空则保留已存储的密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the system&apos;s trusted certificates</source>
        <translation>无：使用系统信任的证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if your company&apos;s ERP uses a certificate from its own certificate authority (PEM file from your IT department).</source>
        <translation>仅当公司 ERP 使用自己的证书颁发机构签发的证书时才需要（由 IT 部门提供的 PEM 文件）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow plain &amp;HTTP (test servers only)</source>
        <translation>允许明文 &amp;HTTP（仅限测试服务器）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the ERP…</source>
        <translation>正在询问 ERP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ERP answered</source>
        <translation>ERP 的答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep for this session only</source>
        <translation>仅在本次会话中保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill in the ERP address, your ERP user name and password, then press Test connection to see what the ERP answers: its version, your company, your rights and the role they give you. Save keeps the settings; the password goes to the system keychain.</source>
        <translation>填写 ERP 地址、您的 ERP 用户名和密码，然后点击“测试连接”，查看 ERP 的答复：其版本、您的公司、您的权限以及由此得到的角色。“保存”会保留这些设置；密码存入系统钥匙串。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the connection a name, such as the company&apos;s.</source>
        <translation>请为此连接命名，例如公司名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name of the Tryton database.</source>
        <translation>请输入 Tryton 数据库的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name you log in to the ERP with.</source>
        <translation>请输入您登录 ERP 时使用的用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password of this ERP user.</source>
        <translation>请输入该 ERP 用户的密码。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Company CA file</source>
        <translation>公司 CA 证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{role} (given by the ERP)</source>
        <translation>{role}（由 ERP 授予）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{role} until a test shows what the ERP gives this user</source>
        <translation>{role}（测试连接后将显示 ERP 授予此用户的角色）</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Invoice Desk cannot reach the ERP at {host}: check the network connection and the server address, then test again.</source>
        <translation>Invoice Desk 无法连接到位于 {host} 的 ERP：请检查网络连接和服务器地址，然后重新测试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP refused the user name or password: check both (the password is case-sensitive), then test again.</source>
        <translation>ERP 拒绝了用户名或密码：请检查两者（密码区分大小写），然后重新测试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is stored for this connection: type it in the Password field, then test again.</source>
        <translation>此连接没有已存储的密码：请在“密码”栏中输入，然后重新测试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP&apos;s certificate is not trusted: if your company uses its own certificate authority, choose its CA file (your IT department has it), then test again.</source>
        <translation>ERP 的证书不受信任：如果公司使用自己的证书颁发机构，请选择其 CA 证书文件（可向 IT 部门索取），然后重新测试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP does not let this user work with invoices: ask the ERP administrator for the rights, or use another user.</source>
        <translation>ERP 不允许此用户处理发票：请向 ERP 管理员申请权限，或改用其他用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP is busy and asks to wait: test again in a minute.</source>
        <translation>ERP 正忙，要求稍候：请一分钟后重新测试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored password cannot be read because there is no system keychain: type the password, then test again.</source>
        <translation>由于没有系统钥匙串，无法读取已存储的密码：请输入密码，然后重新测试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP answered something Invoice Desk cannot use: check that the address points to the ERP&apos;s interface, or ask your ERP administrator.</source>
        <translation>ERP 的答复 Invoice Desk 无法使用：请检查地址是否指向 ERP 的接口，或咨询 ERP 管理员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {server} as {user}.</source>
        <translation>已连接到 {server}，用户为 {user}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test cancelled: nothing was changed.</source>
        <translation>测试已取消：未做任何更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details: {message}</source>
        <translation>详细信息：{message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read invoices</source>
        <translation>查看发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change invoices</source>
        <translation>修改发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create invoices</source>
        <translation>创建发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post invoices</source>
        <translation>过账发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel invoices</source>
        <translation>取消发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete invoices</source>
        <translation>删除发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record payments</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read customers and suppliers</source>
        <translation>查看客户和供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change customers and suppliers</source>
        <translation>修改客户和供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change ERP settings</source>
        <translation>更改 ERP 设置</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This computer has no system keychain, so the password cannot be saved. Invoice Desk can keep it in memory until you close the app (it is never written to disk); you will type it again next time.</source>
        <translation>此计算机没有系统钥匙串，因此无法保存密码。Invoice Desk 可以在关闭程序前将其保留在内存中（绝不写入磁盘）；下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>ConnectionUi</name>
    <message>
        <location filename="../desktop/ui/connection_ui.py" line="+39"/>
        <source>&amp;Profiles…</source>
        <translation>配置文件(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnection settings…</source>
        <translation>连接设置(&amp;N)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a profile connected to an ERP has connection settings.</source>
        <translation>只有连接到 ERP 的配置文件才有连接设置。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connection settings saved.</source>
        <translation>连接设置已保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP did not accept the stored sign-in, so sync is paused. Open File ▸ Connection settings… to enter the password again.</source>
        <translation>ERP 不接受已保存的登录信息，同步已暂停。请打开“文件 ▸ 连接设置…”重新输入密码。</translation>
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
    <name>EInvoice</name>
    <message>
        <location filename="../desktop/io/einvoice.py" line="+110"/>
        <source>Give the invoice a number before exporting it as an e-invoice.</source>
        <translation>请先为发票填写号码，再导出为电子发票。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-invoice needs at least one line.</source>
        <translation>电子发票至少需要一行明细。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <source>Unknown currency code &quot;{code}&quot;.</source>
        <translation>未知的币种代码“{code}”。</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>The e-invoice has no {element}.</source>
        <translation>该电子发票缺少 {element}。</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+3"/>
        <source>{element} &quot;{value}&quot; is not a number.</source>
        <translation>{element}“{value}”不是数字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{element} &quot;{value}&quot; is not a date.</source>
        <translation>{element}“{value}”不是日期。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+61"/>
        <source>The e-invoice is larger than {mb} MB; it was not opened.</source>
        <translation>该电子发票超过 {mb} MB，未予打开。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The e-invoice contains XML declarations (DTD or entities) that e-invoices never need; it was not opened.</source>
        <translation>该电子发票含有电子发票从不需要的 XML 声明（DTD 或实体），未予打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not well-formed XML ({reason}).</source>
        <translation>该文件不是格式正确的 XML（{reason}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not a UBL 2.1 invoice or credit note.</source>
        <translation>该文件不是 UBL 2.1 发票或红字发票（贷项通知单）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This e-invoice is between {seller} and {buyer}; neither is your company ({own}).</source>
        <translation>这张电子发票是 {seller} 与 {buyer} 之间的，两者都不是贵公司（{own}）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file {name} cannot be opened: {reason}</source>
        <translation>无法打开文件 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The document states {stated} but its lines add up to {computed}.</source>
        <translation>单据上写的是 {stated}，但各行合计为 {computed}。</translation>
    </message>
</context>
<context>
    <name>ERP</name>
    <message>
        <location filename="../desktop/sync/connect.py" line="+59"/>
        <source>No password is stored for the profile &quot;{profile}&quot;; enter it in the connection settings.</source>
        <translation>配置文件“{profile}”没有保存密码；请在连接设置中输入。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The profile &quot;{profile}&quot; works offline and has no ERP to sync with.</source>
        <translation>配置文件“{profile}”为离线工作，没有可同步的 ERP。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown connection kind &quot;{kind}&quot;.</source>
        <translation>未知的连接类型“{kind}”。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the ERP address, such as https://erp.example.com.</source>
        <translation>请输入 ERP 地址，例如 https://erp.example.com。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CA file {path} does not exist.</source>
        <translation>CA 证书文件 {path} 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA file {path} cannot be read.</source>
        <translation>无法读取 CA 证书文件 {path}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is not a PEM certificate: ask your IT department for the company&apos;s CA certificate in PEM format (.pem or .crt).</source>
        <translation>文件 {path} 不是 PEM 证书：请向 IT 部门索取 PEM 格式（.pem 或 .crt）的公司 CA 证书。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the name of the Tryton database.</source>
        <translation>请输入 Tryton 数据库的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the ERP user name.</source>
        <translation>请输入 ERP 用户名。</translation>
    </message>
    <message>
        <location filename="../desktop/erp/http.py" line="+45"/>
        <source>This connection uses plain HTTP: invoices and the password travel unencrypted.</source>
        <translation>此连接使用明文 HTTP：发票和密码以未加密方式传输。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The ERP address is not a valid URL.</source>
        <translation>ERP 地址不是有效的网址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP address must start with https:// and name a server, such as https://erp.example.com.</source>
        <translation>ERP 地址必须以 https:// 开头并指明服务器，例如 https://erp.example.com。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the user name and password in the connection settings, not in the ERP address.</source>
        <translation>请将用户名和密码填写在连接设置中，而不要写在 ERP 地址里。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ERP address {host} uses plain HTTP, which would send invoices and the password unencrypted. Use https://, or allow plain HTTP in the profile for a test server.</source>
        <translation>ERP 地址 {host} 使用明文 HTTP，发票和密码将以未加密方式传输。请使用 https://；如果是测试服务器，可在配置中允许明文 HTTP。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The certificate of the ERP at {host} is not trusted. If your company uses its own certificate authority, set its CA file in the connection settings.</source>
        <translation>{host} 上 ERP 的证书不受信任。如果贵公司使用自己的证书颁发机构，请在连接设置中指定其 CA 文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request {method} {path} to the ERP at {host} could not be made ({kind}).</source>
        <translation>无法向 {host} 上的 ERP 发出请求 {method} {path}（{kind}）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+117"/>
        <location filename="../desktop/erp/tryton.py" line="+1189"/>
        <source>The ERP asks to slow down; sync will try again in {retry_after:.0f} seconds.</source>
        <translation>ERP 要求降低请求频率；同步将在 {retry_after:.0f} 秒后重试。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The ERP at {host} did not answer in time. Work goes on locally; sync will try again.</source>
        <translation>{host} 上的 ERP 未能及时响应。工作可在本地继续；同步稍后会重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP at {host} cannot be reached (no network, or the server is down). Work goes on locally; sync will try again.</source>
        <translation>无法连接 {host} 上的 ERP（没有网络或服务器已停止）。工作可在本地继续；同步稍后会重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ERP answered {method} {path} with something that is not valid JSON ({content_type}).</source>
        <translation>ERP 对 {method} {path} 的响应不是有效的 JSON（{content_type}）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ERP at {host} refused the user name or password. Check them in the connection settings.</source>
        <translation>{host} 上的 ERP 拒绝了用户名或密码。请在连接设置中检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP user may not do this: {erp_message}</source>
        <translation>该 ERP 用户无权执行此操作：{erp_message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ERP has no such record ({path}).</source>
        <translation>ERP 中没有该记录（{path}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record was changed in the ERP by someone else; sync will fetch it and merge.</source>
        <translation>该记录已被其他人在 ERP 中修改；同步将获取并合并。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP refused the record: {erp_message}</source>
        <translation>ERP 拒绝了该记录：{erp_message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ERP at {host} is temporarily unavailable (HTTP {status}). Sync will try again.</source>
        <translation>{host} 上的 ERP 暂时不可用（HTTP {status}）。同步稍后会重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP at {host} redirected {path} elsewhere; check the ERP address in the connection settings.</source>
        <translation>{host} 上的 ERP 将 {path} 重定向到了别处；请在连接设置中检查 ERP 地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP answered {method} {path} with an unexpected error (HTTP {status}): {erp_message}</source>
        <translation>ERP 对 {method} {path} 返回了意外错误（HTTP {status}）：{erp_message}</translation>
    </message>
    <message>
        <location filename="../desktop/erp/mapping.py" line="+40"/>
        <location filename="../desktop/erp/tryton.py" line="-568"/>
        <source>The ERP sent {what} that the app cannot read ({problem}).</source>
        <translation>ERP 发送的{what}无法读取（{problem}）。</translation>
    </message>
    <message>
        <location line="+122"/>
        <location filename="../desktop/erp/tryton.py" line="+2"/>
        <source>an invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a party</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a tax code</source>
        <translation>税码</translation>
    </message>
    <message>
        <location filename="../desktop/erp/rest.py" line="+66"/>
        <source>The ERP&apos;s login answer holds no session token.</source>
        <translation>ERP 的登录响应中没有会话令牌。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The ERP&apos;s whoami answer cannot be read.</source>
        <translation>无法读取 ERP 的用户信息响应。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+70"/>
        <location line="+20"/>
        <source>The ERP&apos;s list answer for {path} cannot be read.</source>
        <translation>无法读取 ERP 对 {path} 的列表响应。</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The ERP&apos;s list of invoice ids cannot be read.</source>
        <translation>无法读取 ERP 的发票编号列表。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The saved sync position is not one the REST connector made; reset the sync position.</source>
        <translation>已保存的同步位置不是由 REST 连接器生成的；请重置同步位置。</translation>
    </message>
    <message>
        <location filename="../desktop/erp/tryton.py" line="-495"/>
        <source>Turning off TLS certificate checks is not supported; set the company&apos;s CA file instead.</source>
        <translation>不支持关闭 TLS 证书检查；请改为设置公司的 CA 文件。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tryton answered {method} with something that is not a JSON-RPC reply.</source>
        <translation>Tryton 对 {method} 的响应不是 JSON-RPC 回复。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tryton&apos;s login answer cannot be read.</source>
        <translation>无法读取 Tryton 的登录响应。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The Tryton user {user} has no current company; set one in Tryton or in the connection settings.</source>
        <translation>Tryton 用户 {user} 没有当前公司；请在 Tryton 或连接设置中指定。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tryton&apos;s user preferences cannot be read.</source>
        <translation>无法读取 Tryton 的用户偏好设置。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Tryton user {user} may not read invoices. Ask the Tryton administrator to add the user to the Accounting group.</source>
        <translation>Tryton 用户 {user} 无权查看发票。请让 Tryton 管理员将该用户加入“会计”组。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This Tryton user may only read invoices: nothing will be sent to Tryton.</source>
        <translation>此 Tryton 用户只能查看发票：不会向 Tryton 发送任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tryton rounds taxes per invoice, the app per line: totals may differ by a cent. Set &quot;Tax Rounding&quot; to per line in Tryton&apos;s accounting configuration.</source>
        <translation>Tryton 按整张发票舍入税额，本程序按行舍入：合计可能相差一分钱。请在 Tryton 的会计配置中将“税额舍入”设为按行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tryton has no {what} for {value}. Create it in Tryton or map it in the connection profile (mapping key &quot;{key}&quot;).</source>
        <translation>Tryton 中没有对应 {value} 的{what}。请在 Tryton 中创建，或在连接配置中映射（映射键“{key}”）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>line account</source>
        <translation>明细行科目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>journal</source>
        <translation>日记账</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+146"/>
        <location line="+550"/>
        <source>Tryton has no party with id {party}.</source>
        <translation>Tryton 中没有编号为 {party} 的往来单位。</translation>
    </message>
    <message>
        <location line="-682"/>
        <source>receivable/payable account</source>
        <translation>应收/应付科目</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tryton has {count} taxes with the rate {rate} %; map the {rate} % rate to one Tryton tax in the connection profile (mapping key &quot;{key}&quot;).</source>
        <translation>Tryton 中有 {count} 个税率为 {rate}% 的税种；请在连接配置中将 {rate}% 税率映射到一个 Tryton 税种（映射键“{key}”）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>payment term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The party {party} has no address in Tryton; add one there.</source>
        <translation>往来单位 {party} 在 Tryton 中没有地址；请在 Tryton 中添加。</translation>
    </message>
    <message>
        <location line="+265"/>
        <location line="+33"/>
        <location line="+87"/>
        <source>Tryton has no invoice with id {id}.</source>
        <translation>Tryton 中没有编号为 {id} 的发票。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Tryton created invoice {id} but does not return it.</source>
        <translation>Tryton 已创建发票 {id}，但没有返回它。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only part of a batch of invoices reached Tryton.</source>
        <translation>一批发票中只有部分到达了 Tryton。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The invoice {number} was changed in Tryton since it was last synced; sync will fetch it and merge.</source>
        <translation>发票 {number} 自上次同步后已在 Tryton 中被修改；同步将获取并合并。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Payments cannot be sent to Tryton; record them in Tryton, they come back with the next sync.</source>
        <translation>付款无法发送到 Tryton；请在 Tryton 中登记，下次同步时会同步回来。</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The Tryton user may not do this: {erp_message}</source>
        <translation>该 Tryton 用户无权执行此操作：{erp_message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tryton refused it: {erp_message}</source>
        <translation>Tryton 拒绝了：{erp_message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tryton asks for a confirmation: {erp_message}</source>
        <translation>Tryton 要求确认：{erp_message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record was changed in Tryton by someone else; sync will fetch it and merge.</source>
        <translation>该记录已被其他人在 Tryton 中修改；同步将获取并合并。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tryton asks for more than a password to log in ({what}); this is not supported.</source>
        <translation>Tryton 登录需要密码以外的信息（{what}）；暂不支持。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tryton failed with an internal error while running {method}: {erp_message}</source>
        <translation>Tryton 在执行 {method} 时发生内部错误：{erp_message}</translation>
    </message>
    <message>
        <location filename="../desktop/erp/tryton_mapping.py" line="+102"/>
        <source>Tryton sent a value the app cannot read ({kind}).</source>
        <translation>Tryton 发送了无法读取的值（{kind}）。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The saved version of this invoice was not made by the Tryton connector; fetch the invoice again.</source>
        <translation>此发票已保存的版本不是由 Tryton 连接器生成的；请重新获取该发票。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The saved sync position is not one the Tryton connector made; reset the sync position.</source>
        <translation>已保存的同步位置不是由 Tryton 连接器生成的；请重置同步位置。</translation>
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
        <location filename="../desktop/domain/money.py" line="+34"/>
        <source>Unknown currency code: {code}.</source>
        <translation>未知的币种代码：{code}。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The {what} must be a number, not true/false.</source>
        <translation>{what} 必须是数字，不能是 true/false。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {what} &quot;{text}&quot; is ambiguous: write decimals with a dot and group thousands with commas (1,130.50).</source>
        <translation>{what}“{text}”有歧义：小数请用小数点，千位分隔请用逗号（如 1,130.50）。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../desktop/store/bulk.py" line="+84"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../desktop/store/db.py" line="+70"/>
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
        <location filename="../desktop/store/invoice_repo.py" line="+101"/>
        <source>Several invoices have the number {key}; name it by its uuid.</source>
        <translation>有多张发票的号码是 {key}，请用 uuid 指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no invoice {key}.</source>
        <translation>没有发票 {key}。</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_service.py" line="+126"/>
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
        <location line="+21"/>
        <source>This invoice was changed while you edited it (sync brought a change from the ERP). Your edit is still in the editor: close it, open the invoice again and redo the edit.</source>
        <translation>您编辑期间这张发票已被修改（同步带来了 ERP 的更改）。您的编辑仍在编辑器中：请关闭编辑器，重新打开发票后再做一次修改。</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <location filename="../desktop/store/profiles.py" line="+106"/>
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
    <message>
        <location filename="../desktop/sync/conflicts.py" line="+79"/>
        <location line="+138"/>
        <source>Invoice {key} has no conflict waiting.</source>
        <translation>发票 {key} 没有等待决定的冲突。</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Choose mine or theirs.</source>
        <translation>请选择“我的”或“对方”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>The ERP changed this invoice again while you were deciding; look at the new values and decide again.</source>
        <translation>在您决定期间，ERP 又修改了这张发票；请查看新的值后重新决定。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{fields} is not in conflict; the fields in conflict are: {known}.</source>
        <translation>{fields} 没有冲突；有冲突的字段是：{known}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose mine or theirs for {field}.</source>
        <translation>请为 {field} 选择“我的”或“对方”。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{number} still exists in the ERP: its conflict is decided field by field, not dismissed.</source>
        <translation>{number} 在 ERP 中仍然存在：其冲突需要逐个字段决定，不能直接关闭。</translation>
    </message>
    <message>
        <location filename="../desktop/tutorial/actions.py" line="+75"/>
        <source>The practice data has no invoice this lesson can use; reset the practice data and start the lesson again.</source>
        <translation>练习数据中没有本课可用的发票；请重置练习数据后重新开始本课。</translation>
    </message>
    <message>
        <location filename="../desktop/tutorial/lesson.py" line="+127"/>
        <source>The lesson file {path} cannot be used: {reason}</source>
        <translation>无法使用课程文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../desktop/tutorial/practice.py" line="+104"/>
        <source>The practice data {path} cannot be replaced ({reason}); close other windows of Invoice Desk and try again.</source>
        <translation>无法替换练习数据 {path}（{reason}）；请关闭 Invoice Desk 的其他窗口后重试。</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="-19"/>
        <source>There is no lesson &quot;{lesson}&quot;; see Help ▸ Tutorials.</source>
        <translation>没有课程“{lesson}”；请查看“帮助 ▸ 教程”。</translation>
    </message>
</context>
<context>
    <name>ExchangeUi</name>
    <message>
        <location filename="../desktop/ui/exchange_ui.py" line="+39"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport list…</source>
        <translation>导出列表(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;e-invoice (UBL)…</source>
        <translation>导出电子发票 (UBL)(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/io/excel_export.py" line="+31"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>购销类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>货物或应税劳务名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax amount</source>
        <translation>税额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross amount</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External reference</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../desktop/sync/exchange.py" line="+138"/>
        <source>Export to a file ending in .xlsx.</source>
        <translation>请导出到以 .xlsx 结尾的文件。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File ▸ Settings…, under “Your company”</source>
        <translation>“文件 ▸ 设置…”的“本公司”中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The e-invoice names your company as the {role} and needs its {missing}, which this profile does not have yet. Enter them in {where}.</source>
        <translation>电子发票将贵公司列为{role}，需要贵公司的{missing}，但此配置文件尚未填写。请在{where}填写。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer</source>
        <translation>买方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your company&apos;s country “{country}” is not a two-letter code such as CN or DE. Correct it in {where}.</source>
        <translation>贵公司的国家/地区“{country}”不是 CN、DE 这样的两个字母的代码。请在{where}更正。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your company&apos;s tax ID “{tax_id}” is not valid in {country}. Correct it in {where}.</source>
        <translation>贵公司的税号“{tax_id}”在 {country} 无效。请在{where}更正。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/export_dialog.py" line="+138"/>
        <source>Export e-invoice</source>
        <translation>导出电子发票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save invoice {number} as a UBL 2.1 e-invoice (.xml) that the customer&apos;s or supplier&apos;s accounting system can read.</source>
        <translation>将发票 {number} 保存为 UBL 2.1 电子发票（.xml），客户或供应商的财务系统可以读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export invoices</source>
        <translation>导出发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the invoices of the list, as it is filtered now, to an Excel workbook.</source>
        <translation>将列表中按当前筛选条件显示的发票保存到 Excel 工作簿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices in the list: {count}</source>
        <translation>列表中的发票：{count} 张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One row per invoice, with its totals</source>
        <translation>每张发票一行，含合计(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per invoice &amp;line (this file can be imported again)</source>
        <translation>每条发票明细一行（此文件可再次导入）(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>UBL e-invoices (*.xml)</source>
        <translation>UBL 电子发票 (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the e-invoice to {file}.</source>
        <translation>电子发票已保存到 {file}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {file}. Rows written: {count}</source>
        <translation>已保存 {file}。写入行数：{count}</translation>
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
    <name>Import</name>
    <message>
        <location filename="../desktop/io/__init__.py" line="+19"/>
        <source>Cancelled; nothing was imported or exported.</source>
        <translation>已取消，没有导入或导出任何内容。</translation>
    </message>
    <message>
        <location filename="../desktop/io/cells.py" line="+86"/>
        <source>&quot;{value}&quot; is not a date; write it as 2026-11-28.</source>
        <translation>“{value}”不是日期，请写成 2026-11-28 的格式。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The date {value} is out of range ({low}–{high}).</source>
        <translation>日期 {value} 超出范围（{low}–{high}）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;{value}&quot; could be day/month or month/day; write it as 2026-11-28.</source>
        <translation>“{value}”既可能是日/月也可能是月/日，请写成 2026-11-28 的格式。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A date ({value}) where a number was expected.</source>
        <translation>此处应为数字，却是日期（{value}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{value}&quot; is ambiguous: is the comma a decimal point? Write it as 12.50.</source>
        <translation>“{value}”有歧义：逗号是小数点吗？请写成 12.50 的格式。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;{value}&quot; is neither a sale nor a purchase.</source>
        <translation>“{value}”既不是销售也不是采购。</translation>
    </message>
    <message>
        <location filename="../desktop/io/column_guess.py" line="+20"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (sale/purchase)</source>
        <translation>类型（销售/采购）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer or supplier</source>
        <translation>客户或供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External reference</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line description</source>
        <translation>明细名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location filename="../desktop/io/excel.py" line="+78"/>
        <location filename="../desktop/io/safe_zip.py" line="+92"/>
        <source>{name} contains XML entity declarations, which spreadsheets never need and attacks use. It was not opened.</source>
        <translation>{name} 含有 XML 实体声明，电子表格从不需要它，而攻击者会利用它。文件未予打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be read as an Excel workbook ({reason}). Open it in Excel or WPS, save it as .xlsx and try again.</source>
        <translation>无法将 {name} 作为 Excel 工作簿读取（{reason}）。请用 Excel 或 WPS 打开，另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} has no sheet called &quot;{sheet}&quot;.</source>
        <translation>{name} 中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet &quot;{sheet}&quot; holds no table.</source>
        <translation>工作表“{sheet}”中没有表格。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Row {row} has data beyond column {col}; an invoice list needs far fewer columns.</source>
        <translation>第 {row} 行在 {col} 列之后还有数据；发票清单用不了这么多列。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>Sheet &quot;{sheet}&quot; has more than {max} rows. Split it into files of at most {max} rows.</source>
        <translation>工作表“{sheet}”超过 {max} 行。请拆分成每个不超过 {max} 行的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet &quot;{sheet}&quot; is empty.</source>
        <translation>工作表“{sheet}”是空的。</translation>
    </message>
    <message>
        <location filename="../desktop/io/excel_rows.py" line="+135"/>
        <source>Cell {cell} holds a formula with no saved result; formulas are not evaluated. Open the file in Excel, save it, and import it again.</source>
        <translation>单元格 {cell} 是公式，但文件中没有保存计算结果；导入时不会计算公式。请用 Excel 打开并保存该文件，再重新导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: the text is {length} characters long, too long to import.</source>
        <translation>{field}：文字长达 {length} 个字符，太长，无法导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: {detail}</source>
        <translation>{field}：{detail}</translation>
    </message>
    <message>
        <location filename="../desktop/io/excel.py" line="+93"/>
        <location filename="../desktop/io/excel_rows.py" line="+98"/>
        <source>This row has the same invoice number and party as row {first} but a different {field}.</source>
        <translation>此行的发票号码和往来单位与第 {first} 行相同，但{field}不同。</translation>
    </message>
    <message>
        <location filename="../desktop/io/excel_rows.py" line="+13"/>
        <source>Enter the unit price.</source>
        <translation>请填写单价。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the customer or supplier (a name or a tax ID).</source>
        <translation>请填写客户或供应商（名称或税号）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issue date.</source>
        <translation>请填写开票日期。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../desktop/io/safe_zip.py" line="-40"/>
        <source>The file {name} cannot be opened: {reason}</source>
        <translation>无法打开文件 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is in the old .xls format. Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation>{name} 是旧的 .xls 格式。请用 Excel 或 WPS 打开并另存为 .xlsx，然后导入新文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an Excel .xlsx workbook (it is not a valid zip archive).</source>
        <translation>{name} 不是 Excel .xlsx 工作簿（不是有效的 zip 压缩包）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has {count} parts inside; a workbook has far fewer. It was not opened.</source>
        <translation>{name} 内含 {count} 个部件，正常工作簿远没有这么多。文件未予打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} unpacks to {mb} MB, more than the {limit} MB allowed. Split it into smaller files.</source>
        <translation>{name} 解压后有 {mb} MB，超过允许的 {limit} MB。请拆分成较小的文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is compressed more than {ratio} times, like a zip bomb. It was not opened.</source>
        <translation>{name} 的压缩比超过 {ratio} 倍，像是“压缩炸弹”。文件未予打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a zip archive but not an Excel .xlsx workbook.</source>
        <translation>{name} 是 zip 压缩包，但不是 Excel .xlsx 工作簿。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The workbook is damaged (part {part} cannot be unpacked).</source>
        <translation>工作簿已损坏（部件 {part} 无法解压）。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/import_wizard.py" line="+163"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It will not be imported again.</source>
        <translation>不会再次导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="+245"/>
        <location line="+163"/>
        <source>Import invoices</source>
        <translation>导入发票</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An .xlsx workbook or a UBL .xml e-invoice</source>
        <translation>.xlsx 工作簿或 UBL .xml 电子发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet needs one row per invoice line, with a header row naming its columns (English or Chinese). Rows with the same invoice number and party become one invoice. Nothing is saved before the last step.</source>
        <translation>工作表中每条发票明细占一行，并需要一行表头注明各列名称（中文或英文均可）。发票号码和往来单位相同的各行合并为一张发票。最后一步之前不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the sheet says nothing</source>
        <translation>表中未填写时</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+232"/>
        <source>— not in the sheet —</source>
        <translation>— 表中没有 —</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax rate:</source>
        <translation>税率(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for empty cells and for columns the sheet does not have.</source>
        <translation>用于空白单元格以及表中没有的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export refused rows…</source>
        <translation>导出被拒绝的行(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step 1 of 4 · Choose the file</source>
        <translation>第 1 步，共 4 步 · 选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 4 · Match the columns</source>
        <translation>第 2 步，共 4 步 · 对应各列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 4 · Check the rows</source>
        <translation>第 3 步，共 4 步 · 检查各行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 4 · Done</source>
        <translation>第 4 步，共 4 步 · 完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbooks (.xlsx) and UBL 2.1 e-invoices (.xml) can be imported.</source>
        <translation>可以导入 Excel 工作簿（.xlsx）和 UBL 2.1 电子发票（.xml）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are the choices you made last time for sheets laid out like this one.</source>
        <translation>这是您上次为相同格式的表格所做的选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns were matched by their headers. Check each field; fields marked * are needed.</source>
        <translation>已按表头自动对应各列。请逐项核对；标有 * 的字段为必需。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been saved yet. Refused rows are listed below; fix them in the file and import it again, or import the good invoices now.</source>
        <translation>尚未保存任何内容。被拒绝的行列在下方；可在文件中改正后重新导入，也可以现在先导入无误的发票。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Workbooks and e-invoices (*.xlsx *.xlsm *.xml);;Excel workbooks (*.xlsx *.xlsm);;UBL e-invoices (*.xml);;All files (*)</source>
        <translation>工作簿和电子发票 (*.xlsx *.xlsm *.xml);;Excel 工作簿 (*.xlsx *.xlsm);;UBL 电子发票 (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the workbook…</source>
        <translation>正在打开工作簿…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the sheet…</source>
        <translation>正在读取工作表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Stopped; nothing was read.</source>
        <translation>已停止，没有读取任何内容。</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Reading the e-invoice…</source>
        <translation>正在读取电子发票…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>e.g. {value}</source>
        <translation>例如：{value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not matched yet: {fields}. Without them every row is refused.</source>
        <translation>尚未对应：{fields}。缺少这些字段，每一行都会被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the default currency as a three-letter code such as CNY.</source>
        <translation>请用三个字母的代码填写默认币种，例如 CNY。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoices ready to import: {count}</source>
        <translation>可导入的发票：{count} 张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices refused: {count}. They will not be imported; the table below says why, row by row.</source>
        <translation>被拒绝的发票：{count} 张。这些发票不会导入；原因逐行列在下表中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates of invoices already saved: {count}. They will not be imported again.</source>
        <translation>与已保存发票重复：{count} 张。这些发票不会再次导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>refused-rows.xlsx</source>
        <translation>被拒绝的行.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export refused rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the refused rows to {file}.</source>
        <translation>被拒绝的行已保存到 {file}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the refused rows…</source>
        <translation>正在保存被拒绝的行…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped; no file was written.</source>
        <translation>已停止，没有写入任何文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing the invoices…</source>
        <translation>正在导入发票…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，没有保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices imported as drafts: {count}</source>
        <translation>已导入为草稿的发票：{count} 张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers or suppliers created: {count}</source>
        <translation>新建的客户或供应商：{count} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices refused and not imported: {count}</source>
        <translation>被拒绝、未导入的发票：{count} 张</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicates skipped: {count}</source>
        <translation>跳过的重复发票：{count} 张</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/invoice_editor_dialog.py" line="+381"/>
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
        <location line="+10"/>
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
        <location line="+18"/>
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
        <location filename="../desktop/ui/models/invoice_table_model.py" line="+140"/>
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
        <location line="+52"/>
        <source>(no number)</source>
        <translation>（无号码）</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../desktop/ui/base_dialog.py" line="+36"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+23"/>
        <location filename="../desktop/io/excel_export.py" line="-129"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="-48"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/io/excel_export.py" line="-9"/>
        <source>Sales credit note</source>
        <translation>销售红字发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Purchase credit note</source>
        <translation>采购红字发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="-3"/>
        <source>Sales invoice</source>
        <translation>销售发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
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
        <location filename="../desktop/ui/main_window.py" line="+255"/>
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
        <location line="+356"/>
        <source>Invoice Desk</source>
        <translation>发票台</translation>
    </message>
    <message>
        <location line="-354"/>
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
        <location line="+192"/>
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
        <location line="+29"/>
        <source>%n invoice(s) selected</source>
        <translation>
            <numerusform>已选择 %n 张发票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+180"/>
        <location line="+3"/>
        <source>%n invoice(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 张发票。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>PracticeBanner</name>
    <message>
        <location filename="../desktop/ui/tutorial/practice_banner.py" line="+52"/>
        <source>Practice mode: these invoices and the ERP they sync with are practice data on this computer. Nothing here reaches your real ERP.</source>
        <translation>练习模式：这些发票以及与之同步的 ERP 都是本机上的练习数据。这里的任何操作都不会影响您真实的 ERP。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tutorials…</source>
        <translation>教程(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or resume a lesson</source>
        <translation>开始或继续一课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset practice data</source>
        <translation>重置练习数据(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over with fresh sample invoices and an empty practice ERP</source>
        <translation>用全新的示例发票和空的练习 ERP 重新开始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing practice data: {done} of {total}…</source>
        <translation>正在准备练习数据：{done} / {total}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset practice data</source>
        <translation>重置练习数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over with fresh sample invoices? Everything you changed in the practice data is replaced, and lessons in progress start from the beginning. Your real data is not touched.</source>
        <translation>要用全新的示例发票重新开始吗？您在练习数据中的所有修改都会被替换，进行中的课程将从头开始。您的真实数据不受影响。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/profiles_dialog.py" line="+88"/>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add ERP connection…</source>
        <translation>添加 ERP 连接(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit connection…</source>
        <translation>编辑连接(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline, this computer only</source>
        <translation>离线，仅限本计算机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice ERP (built in)</source>
        <translation>练习 ERP（内置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tryton</source>
        <translation>Tryton</translation>
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
        <location line="+23"/>
        <source>(open now)</source>
        <translation>（当前打开）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/settings_dialog.py" line="+116"/>
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
    <message>
        <location line="+2"/>
        <source>Your company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a profile to enter your company.</source>
        <translation>请先打开一个配置文件，再填写本公司信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How e-invoices name you: the seller of your sales, the buyer of your purchases. A sales e-invoice needs the name, tax ID and country. Kept with this profile.</source>
        <translation>电子发票以此写明贵公司：销售时为卖方，采购时为买方。销售电子发票需要名称、税号和国家/地区。这些信息随本配置文件保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
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
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>SyncLogPanel</name>
    <message>
        <location filename="../desktop/ui/widgets/sync_log_panel.py" line="+103"/>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the rejected invoice again</source>
        <translation>重新发送被拒绝的发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open invoice</source>
        <translation>打开发票(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invoice(s) refused by the ERP</source>
        <translation>
            <numerusform>%n 张发票被 ERP 拒绝</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pushed %1, pulled %2, merged %3, conflicts %4</source>
        <translation>发送 %1，接收 %2，合并 %3，冲突 %4</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../desktop/ui/widgets/sync_status.py" line="+17"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sync: not connected</source>
        <translation>同步：未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync paused</source>
        <translation>同步已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — will retry</source>
        <translation>离线 — 将自动重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1</source>
        <translation>已同步（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 条待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 条被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the conflicts waiting for a decision</source>
        <translation>打开等待处理的冲突</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../desktop/ui/sync_ui.py" line="+182"/>
        <source>This profile works offline; connect it to an ERP to sync.</source>
        <translation>此配置文件为离线工作；连接 ERP 后才能同步。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause sync</source>
        <translation>暂停同步(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;log</source>
        <translation>同步日志(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TotalsLabel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/widgets/totals_label.py" line="+59"/>
        <source>+%n more</source>
        <comment>amounts of further currencies</comment>
        <translation>
            <numerusform>另 %n 种</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tutorial</name>
    <message>
        <location filename="../desktop/tutorial/lesson_strings.py" line="+12"/>
        <source>Basics: find, enter and print an invoice</source>
        <translation>基础：查找、录入和打印发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the list, open an invoice, enter a new one with two lines at 13 % VAT, fix what Invoice Desk refuses, save it and export it as a PDF.</source>
        <translation>在列表中搜索并打开一张发票，录入一张含两行明细、增值税 13% 的新发票，修正 Invoice Desk 拒绝保存的问题，保存后导出为 PDF。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome! This lesson shows the daily basics: finding an invoice, entering a new one, fixing what Invoice Desk refuses, and exporting it as a PDF. You are working on practice data: these invoices are samples, and nothing you do here reaches your real ERP. This banner says so whenever practice data is open.</source>
        <translation>欢迎！本课介绍日常基础操作：查找发票、录入新发票、修正 Invoice Desk 拒绝保存的问题，以及导出 PDF。您现在使用的是练习数据：这些发票都是示例，您在这里所做的一切都不会影响真实的 ERP。只要打开的是练习数据，这条横幅就会提醒您。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find invoice {found_number}: click the search box and type {found_number}. The list narrows as you type; invoice numbers, party names, notes and line descriptions are all searched.</source>
        <translation>查找发票 {found_number}：点击搜索框并输入 {found_number}。列表会随输入逐步缩小；发票号码、往来单位名称、备注和明细描述都会被搜索。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the search box above the list and type {found_number}.</source>
        <translation>点击列表上方的搜索框，输入 {found_number}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There it is. Double-click the invoice, or select it and press Enter, to open it.</source>
        <translation>找到了。双击这张发票，或选中后按 Enter，即可打开它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the highlighted invoice.</source>
        <translation>双击突出显示的发票。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the invoice editor. Its lines are highlighted; above them are the party, number and dates, and at the bottom right the totals, which follow every change. This invoice is already posted, so only its notes and payments can still be changed; the yellow bar at the top says so.</source>
        <translation>这是发票编辑器。突出显示的是明细；明细上方是往来单位、号码和日期，右下方是随每次修改而更新的合计。这张发票已经过账，只能再修改备注和登记付款；顶部的黄色提示栏说明了这一点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close it with “Close”.</source>
        <translation>点击“关闭”将其关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before filling anything in, click “Save”. Invoice Desk checks every invoice before it keeps it; let&apos;s see what it says about an empty one.</source>
        <translation>先什么都不填，直接点击“保存”。Invoice Desk 在保存每张发票之前都会检查它；看看它对一张空发票怎么说。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved. The problems are listed here, and every field concerned is outlined in red. Clicking a problem takes you to its field. Fix them one by one: the marks disappear as you go.</source>
        <translation>没有保存。问题都列在这里，相关的每个字段都用红框标出。点击某个问题即可跳到对应字段。逐一修正：标记会随之消失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First the customer. In “Party”, type {cust_party_word} and choose {cust_party} from the list that opens.</source>
        <translation>先填客户。在“往来单位”中输入 {cust_party_word}，然后在弹出的列表中选择 {cust_party} 这一项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {cust_party_word} in the highlighted field, then pick {cust_party} from the list.</source>
        <translation>在突出显示的字段中输入 {cust_party_word}，然后在列表中选择 {cust_party} 这一项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now the first line. Click the empty “Description” cell and type Consulting, press Tab and type 2 as the quantity, Tab twice and type 400 as the unit price. The tax rate stays at 13 %.</source>
        <translation>现在填第一行。点击空的“描述”单元格，输入描述（例如 咨询服务），按 Tab 后输入数量 2，再按两次 Tab 输入单价 400。税率保持 13%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line should read: Consulting, quantity 2, unit price 400, tax 13 % (904.00 with tax).</source>
        <translation>这一行应为：一个描述（例如 咨询服务），数量 2，单价 400，税率 13%（含税 904.00）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a second line: click “Add line” (or press Ctrl+Ins).</source>
        <translation>添加第二行：点击“添加行”（或按 Ctrl+Ins）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line 2: type Travel as the description, 1 as the quantity and 200 as the unit price, at 13 % too.</source>
        <translation>第 2 行：描述输入 差旅费（或其他描述），数量 1，单价 200，税率同样为 13%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both lines need a description; the total with tax should be 1,130.00.</source>
        <translation>两行都需要描述；含税合计应为 1,130.00。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The totals: 1,000.00 net, 130.00 VAT at 13 %, 1,130.00 in all. Invoice Desk computes them from the lines; you never type a total.</source>
        <translation>合计：不含税 1,000.00，13% 增值税 130.00，共计 1,130.00。Invoice Desk 根据明细自动计算，您无需手动输入合计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save”. This time the invoice is complete.</source>
        <translation>点击“保存”。这次发票已经完整了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet: fix the problems listed, then click “Save” again.</source>
        <translation>尚未保存：请先修正列出的问题，再点击“保存”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Close the editor.</source>
        <translation>已保存。请关闭编辑器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done! You found an invoice, entered a new one, fixed what was missing, saved it and exported it as a PDF. The next lesson sends invoices to the ERP.</source>
        <translation>做得好！您查找了发票，录入了新发票，补全了缺少的内容，保存并导出了 PDF。下一课将把发票发送到 ERP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: sending invoices to the ERP</source>
        <translation>同步：把发票发送到 ERP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve an invoice and send it with Sync now, read the sync column and the status bar, see a change made in the ERP arrive, and read the sync log.</source>
        <translation>审批一张发票并用“立即同步”发送，查看同步列和状态栏，看到在 ERP 中所做的修改同步回来，并查看同步日志。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice Desk keeps your invoices in step with the ERP: what you approve here is sent there, and what changes there comes back. This column shows where each invoice stands: “Synced”, “Waiting to sync”, “Local only” (drafts and submitted invoices stay here until they are approved), “Conflict” or “Rejected by ERP”.</source>
        <translation>Invoice Desk 让您的发票与 ERP 保持一致：您在这里审批的发票会发送到 ERP，ERP 中的修改也会同步回来。这一列显示每张发票的状态：“已同步”、“等待同步”、“仅本地”（草稿和已提交的发票在审批前只保存在本地）、“冲突”或“被 ERP 拒绝”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{send_number} for {send_party} has been submitted and waits for approval. It is selected in the list: click “Approve”.</source>
        <translation>{send_party}的发票 {send_number} 已提交，正在等待审批。它已在列表中选中：请点击“审批”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Approve” in the toolbar; {send_number} is already selected.</source>
        <translation>点击工具栏中的“审批”；{send_number} 已经选中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved: {send_number} is now queued for the ERP. Sync sends the queue by itself every minute and shortly after each change, in the background, so you can go on working. To send it now, click “Sync now” (F9).</source>
        <translation>已审批：{send_number} 现已排队等待发送到 ERP。同步会每分钟以及每次修改后不久在后台自动发送队列，您可以继续工作。要立即发送，请点击“立即同步”（F9）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Synced”: the ERP has {send_number} now, exactly as it is here.</source>
        <translation>“已同步”：ERP 中现在有了 {send_number}，与这里完全一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status bar tells you when the last sync ran, how many invoices are waiting, and whether the ERP could be reached. Point at it for the details of the last run.</source>
        <translation>状态栏显示上次同步的时间、有多少发票在等待，以及能否连接到 ERP。将鼠标指向它可查看上次同步的详情。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is the colleague&apos;s note (“Customer PO 4711”), in the preview of {send_number}. Nobody typed it here: it came from the ERP.</source>
        <translation>同事的备注（“Customer PO 4711”）就在 {send_number} 的预览中。没有人在这里输入它：它来自 ERP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You approved an invoice, sent it to the ERP, read its sync state and the status bar, and saw a change made in the ERP arrive. The next lesson: both sides change the same invoice.</source>
        <translation>您审批了一张发票，把它发送到 ERP，查看了它的同步状态和状态栏，并看到了 ERP 中的修改同步回来。下一课：双方修改同一张发票。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts: the same invoice changed in two places</source>
        <translation>冲突：同一张发票在两处被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and a colleague in the ERP change the same invoice; decide field by field which version to keep.</source>
        <translation>您和 ERP 中的一位同事修改了同一张发票；逐个字段决定保留哪个版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes an invoice is changed here and in the ERP before the two could sync, and both sides changed the same thing. Invoice Desk never overwrites either side silently: it asks you, field by field. In this lesson a colleague edits the same invoice as you.</source>
        <translation>有时一张发票在同步之前就已在这里和 ERP 中都被修改，而且双方改的是同一处。Invoice Desk 从不悄悄覆盖任何一方：它会逐个字段询问您。本课中，一位同事会和您修改同一张发票。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To keep the two changes apart, the lesson pauses automatic sync for a moment (the status bar says “Sync paused”). Open {c_number}: double-click it.</source>
        <translation>为了把两处修改分开，本课会暂时暂停自动同步（状态栏显示“同步已暂停”）。打开 {c_number}：双击它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now set “Payment terms” to: 45 days</source>
        <translation>现在把“付款条件”改为：45 days（请照原样输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save and close”.</source>
        <translation>点击“保存并关闭”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If nothing happens, click “Sync now”.</source>
        <translation>如果没有反应，请点击“立即同步”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the conflicts from the status bar (“1 conflict”).</source>
        <translation>从状态栏（“1 个冲突”）打开冲突。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one field that differs: your value (Mine), the colleague&apos;s (Theirs), and the result. Keep your notes: click your value in the Notes row. Take the colleague&apos;s payment terms: click their value in the Payment terms row. Once every row has a side, click Next.</source>
        <translation>每一行是一个有差异的字段：您的值（我的）、同事的值（对方）和结果。保留您的备注：在“备注”行点击您的值。采用同事的付款条件：在“付款条件”行点击对方的值。每一行都选好一方后，点击“下一步”。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Now enter an invoice of your own, for the customer {cust_party}: click “New invoice” (or press Ctrl+N).</source>
        <translation>现在录入一张您自己的发票，客户是 {cust_party}：点击“新建发票”（或按 Ctrl+N）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is another party. Clear the field, type {cust_party_word} again and choose {cust_party} from the list.</source>
        <translation>选错了往来单位。请清空该字段，重新输入 {cust_party_word}，再在列表中选择 {cust_party} 这一项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line 1 does not come to 904.00 with tax yet: check that the quantity is 2, the unit price 400 and the tax rate 13 %. To correct a cell, click it and type the right value.</source>
        <translation>第 1 行的含税金额还不是 904.00：请检查数量是否为 2、单价是否为 400、税率是否为 13%。要修改某个单元格，点击它并输入正确的值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your new invoice is selected in the list. Click “Export PDF” and save the file. The invoice is still a draft, so the PDF shows “(no number)”: use it to check your work. The copy for your customer is exported after posting, once the ERP has given the invoice its number.</source>
        <translation>您的新发票已在列表中选中。点击“导出 PDF”并保存文件。这张发票还是草稿，所以 PDF 上显示“（无号码）”：可以用它核对您录入的内容。发给客户的那份，要在过账、ERP 为发票分配号码之后再导出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meanwhile a colleague opened {send_number} in the ERP and added a note. Changes made in the ERP are pulled in with the next sync: click “Sync now” to pull the note.</source>
        <translation>与此同时，一位同事在 ERP 中打开了 {send_number} 并添加了备注。ERP 中的修改会在下次同步时接收过来：点击“立即同步”接收这条备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync log lists every run: how many invoices were pushed (sent to the ERP), pulled (changes received from it) and merged, and anything the ERP refused, with its reason. Open it any time from Sync ▸ Sync log.</source>
        <translation>同步日志列出每一次同步：发送（发往 ERP）、接收（从 ERP 传回的修改）和合并了多少张发票，以及 ERP 拒绝了什么、原因是什么。随时可以从“同步 ▸ 同步日志”打开它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click “Notes” and type: Call before delivery, PO 5120</source>
        <translation>点击“备注”并输入：送货前请致电，订单 5120</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the highlighted “Notes” field and type: Call before delivery, PO 5120</source>
        <translation>点击突出显示的“备注”字段并输入：送货前请致电，订单 5120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic sync is back on and runs now: watch the status bar.</source>
        <translation>自动同步已恢复并正在运行：请留意状态栏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you typed, a colleague changed {c_number} in the ERP too: other notes, and payment terms of 90 days. Both sides changed the same fields, so {c_number} waits for your decision; the rest of sync goes on. Click “Open…” on this banner.</source>
        <translation>在您输入的同时，一位同事也在 ERP 中修改了 {c_number}：改了备注，并把付款条件改为 90 days。双方修改了相同的字段，因此 {c_number} 在等待您决定；其余的同步照常进行。点击这条横幅上的“打开…”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click “Apply”. Your decision is written to the audit trail and sent to the ERP with the next sync. If “Apply” is greyed out, a row still has no side: click Back and choose one in every row.</source>
        <translation>点击“应用”。您的决定会记入审计记录，并在下次同步时发送到 ERP。如果“应用”是灰色的，说明还有一行没有选择：点击“上一步”，在每一行都选好一方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Apply” works only when every row has a side: click Back, then choose a side in every row.</source>
        <translation>每一行都选好一方后才能点击“应用”：请点击“上一步”，然后在每一行选择一方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You decided differently than suggested, and that is fine: the invoice now holds what you chose. The suggestion (your notes, the colleague&apos;s payment terms) was only there to show that each field is decided on its own.</source>
        <translation>您的决定与建议不同，这完全没问题：发票现在保存的是您的选择。建议（保留您的备注、采用同事的付款条件）只是为了说明每个字段都可以单独决定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice Desk sends your decision right away (or click “Sync now”). When this says “Synced”, the ERP holds exactly what you decided.</source>
        <translation>Invoice Desk 会立即发送您的决定（也可以点击“立即同步”）。当这里显示“已同步”时，ERP 中保存的正是您决定的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You resolved a conflict field by field. Nothing was lost: both versions were shown, you chose, and the audit trail remembers who decided what. The last lesson is about trouble: no network, a refused invoice, an expired sign-in.</source>
        <translation>您逐个字段解决了一个冲突。没有任何内容丢失：两个版本都显示了出来，由您选择，审计记录会记住谁决定了什么。最后一课讲故障处理：网络中断、发票被拒绝、登录过期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Troubleshooting: no network, a refused invoice, an expired sign-in</source>
        <translation>故障处理：网络中断、发票被拒、登录过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep working while the ERP cannot be reached, fix an invoice the ERP refused and send it again, and sign in again after the password changed.</source>
        <translation>在无法连接 ERP 时继续工作，修正被 ERP 拒绝的发票并重新发送，在密码更改后重新登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three things can go wrong between Invoice Desk and the ERP: the network drops, the ERP refuses an invoice, or your sign-in stops working. In this lesson the practice ERP does all three to you, safely.</source>
        <translation>Invoice Desk 与 ERP 之间可能出三种问题：网络中断、ERP 拒绝某张发票、登录失效。本课中，练习 ERP 会安全地让您把这三种情况都经历一遍。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson has just cut the network to the ERP. Work goes on regardless: approve {n1_number}, which is selected.</source>
        <translation>本课刚刚切断了到 ERP 的网络。工作照常进行：审批已选中的 {n1_number}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now click “Sync now”.</source>
        <translation>现在点击“立即同步”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Offline — will retry”: the ERP could not be reached. Nothing is lost and nothing is sent twice: {n1_number} waits in the queue (the status bar counts what is waiting) and goes out by itself once the ERP answers again. Meanwhile you can go on entering and approving invoices; they queue up the same way.</source>
        <translation>“离线 — 将自动重试”：无法连接到 ERP。不会丢失任何内容，也不会重复发送：{n1_number} 在队列中等待（状态栏会显示等待的数量），ERP 恢复响应后会自动发出。在此期间您可以继续录入和审批发票；它们会以同样的方式排队。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network is back. Sync retries by itself after a short wait; to send the queue at once, click “Sync now”.</source>
        <translation>网络已恢复。同步会在短暂等待后自动重试；要立即发送队列，请点击“立即同步”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, the ERP will refuse an invoice. Approve {n2_number}, which is selected.</source>
        <translation>接下来，ERP 会拒绝一张发票。审批已选中的 {n2_number}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Sync now” to send it.</source>
        <translation>点击“立即同步”将其发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Rejected by ERP”. Point at it to read the ERP&apos;s reason: “period closed”, the accounting period of the invoice&apos;s date is closed. A refused invoice is not sent again until you change it.</source>
        <translation>“被 ERP 拒绝”。将鼠标指向它可看到 ERP 给出的原因：“period closed”，即发票日期所在的会计期间已关闭。被拒绝的发票在您修改之前不会再次发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync log lists it too, under “Rejected by ERP”, with the same message.</source>
        <translation>同步日志中也在“被 ERP 拒绝”下列出了它，并附有同样的消息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the date: open {n2_number} (double-click it).</source>
        <translation>修正日期：打开 {n2_number}（双击它）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the issue date to today, {today}, which lies in an open period: click the arrow at the right of the date and pick today in the calendar.</source>
        <translation>请把开票日期改为今天 {today}（属于未结账期间）：点击日期右侧的箭头，在日历中选择今天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date now lies before the new issue date, which Invoice Desk refuses. Untick “Due date”: the invoice then has none.</source>
        <translation>到期日现在早于新的开票日期，Invoice Desk 不接受。请取消勾选“到期日”：这张发票将不设到期日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save and close”. A changed invoice is sent again.</source>
        <translation>点击“保存并关闭”。修改过的发票会重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Sync now” to send {n2_number} again.</source>
        <translation>点击“立即同步”重新发送 {n2_number}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last: the ERP administrator has changed your ERP password (in this practice the new one is practice-2026), and your session has expired. Click “Sync now”.</source>
        <translation>最后：ERP 管理员更改了您的 ERP 密码（在本练习中新密码是 practice-2026），您的会话也已过期。点击“立即同步”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP refused the stored sign-in, so sync paused itself: nothing is lost, invoices simply wait. The message says what to do: enter the password again in File ▸ Connection settings…. Click Next and Invoice Desk opens it for you this time.</source>
        <translation>ERP 拒绝了已保存的登录信息，因此同步自动暂停：不会丢失任何内容，发票只是在等待。提示信息说明了该怎么做：在“文件 ▸ 连接设置…”中重新输入密码。这次请点击“下一步”，Invoice Desk 会替您打开它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are the connection settings (File ▸ Connection settings…). Type the new password, practice-2026, into the password field.</source>
        <translation>这就是连接设置（文件 ▸ 连接设置…）。请在密码框中输入新密码 practice-2026。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type practice-2026 into the highlighted password field.</source>
        <translation>请在高亮的密码框中输入 practice-2026。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open File ▸ Connection settings… and type the new password, practice-2026, there.</source>
        <translation>请打开“文件 ▸ 连接设置…”，在其中输入新密码 practice-2026。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save”. The password is kept, and sync starts again at once.</source>
        <translation>点击“保存”。密码会被保存，同步随即重新开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection settings were closed. Click Next to open them again.</source>
        <translation>连接设置已关闭。点击“下一步”重新打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in again: sync runs, and whatever waited goes out.</source>
        <translation>已重新登录：同步恢复运行，等待中的内容都会发出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You kept working without a network, fixed and resent an invoice the ERP refused, and signed in again. That is the whole tutorial: you can repeat any lesson from Help ▸ Tutorials, and start the practice data over from the banner.</source>
        <translation>您在没有网络时继续工作，修正并重新发送了被 ERP 拒绝的发票，并重新登录。整个教程到此结束：您可以从“帮助 ▸ 教程”重复任何一课，也可以通过横幅重新开始练习数据。</translation>
    </message>
</context>
<context>
    <name>TutorialCallout</name>
    <message>
        <location filename="../desktop/ui/tutorial/callout.py" line="+94"/>
        <source>Leave the tutorial (Esc); it resumes here next time</source>
        <translation>退出教程（Esc）；下次从这里继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the tutorial</source>
        <translation>退出教程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without doing this step</source>
        <translation>不做这一步，继续</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do what the text says in the highlighted part; the tutorial goes on by itself.</source>
        <translation>在突出显示的区域按说明操作；教程会自动继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutorial: {lesson}, step {n} of {total}</source>
        <translation>教程：{lesson}，第 {n} 步，共 {total} 步</translation>
    </message>
</context>
<context>
    <name>TutorialCoach</name>
    <message>
        <location filename="../desktop/ui/tutorial/coach.py" line="+310"/>
        <source>The part of the window this step is about is not shown. Do what the text says, or use Skip to go on without it.</source>
        <translation>这一步涉及的窗口部分当前没有显示。请按说明操作，或点击“跳过”继续。</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Use the highlighted part of the window, or Skip to go on without it.</source>
        <translation>请使用窗口中突出显示的部分，或点击“跳过”继续。</translation>
    </message>
</context>
<context>
    <name>TutorialCoordinator</name>
    <message>
        <location filename="../desktop/ui/tutorial/coordinator.py" line="+97"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tutorials</source>
        <translation>教程(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the &amp;tutorial</source>
        <translation>开始教程(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn Invoice Desk step by step on practice data</source>
        <translation>在练习数据上一步步学习 Invoice Desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lesson} — resume at step {n} of {total}</source>
        <translation>{lesson} — 从第 {n} 步继续（共 {total} 步）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start a lesson &amp;over</source>
        <translation>重新开始一课(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset practice data…</source>
        <translation>重置练习数据(&amp;R)…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Lesson completed: {title}.</source>
        <translation>已完成课程：{title}。</translation>
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
        <location filename="../desktop/ui/widgets/welcome_page.py" line="+101"/>
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
        <source>&amp;Connect to an ERP</source>
        <translation>连接 ERP(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tryton or a REST ERP: invoices sync both ways in the background.</source>
        <translation>Tryton 或 REST ERP：发票在后台双向同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New here? Start the &amp;tutorial</source>
        <translation>新用户？开始教程(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <message>
        <location filename="../desktop/sync/conflicts.py" line="-85"/>
        <source>The ERP has already posted this invoice; only its version can be kept (raise a credit note to correct it).</source>
        <translation>ERP 已将此发票过账；只能保留 ERP 的版本（如需更正，请开具红字发票）。</translation>
    </message>
</context>
</TS>
