<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+57"/>
        <location line="+121"/>
        <source>Invoice Desk</source>
        <translation>Invoice Desk</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../desktop/ui/widgets/attachments_panel.py" line="+65"/>
        <source>Attac&amp;hments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the invoice first to attach files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments are sent to Tryton with the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments stay on this computer; this ERP does not receive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/store/audit.py" line="+139"/>
        <source>No keychain key: this chain detects edited rows but not a chain recomputed by someone with access to the file.</source>
        <translation>No keychain key: this chain detects edited rows but not a chain recomputed by someone with access to the file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events are missing before event {id}.</source>
        <translation>Events are missing before event {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event {id} does not follow the event before it.</source>
        <translation>Event {id} does not follow the event before it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event {id} was altered after it was written.</source>
        <translation>Event {id} was altered after it was written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest events were removed (the chain ends before event {id}).</source>
        <translation>The newest events were removed (the chain ends before event {id}).</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../desktop/ui/base_dialog.py" line="+50"/>
        <source>Tab moves between fields, Esc closes, Ctrl+S saves where there is something to save.</source>
        <translation>Tab moves between fields, Esc closes, Ctrl+S saves where there is something to save.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <location filename="../desktop/ui/widgets/conflict_banner.py" line="+45"/>
        <source>%n invoice(s) need a decision: they changed here and in the ERP.</source>
        <translation>
            <numerusform>%n invoice needs a decision: it changed here and in the ERP.</numerusform>
            <numerusform>%n invoices need a decision: they changed here and in the ERP.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide which version to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/conflict_dialog.py" line="+251"/>
        <source>Conflicts to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M: mine · T: theirs · F2: type a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;mine (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;theirs (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype a value… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this computer&apos;s version of every difference (then Apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;all theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the ERP&apos;s version of every difference (then Apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the decision; it reaches the ERP at the next sync (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the local copy and &amp;stop syncing it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this conflict: the invoice stays on this computer as it is now, and nothing more is sent to the ERP for it (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totals</source>
        <translation type="unfinished">Totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When the ERP has deleted the invoice there is nothing to choose: keep the local copy and stop syncing it (Alt+S) to close the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Keep the local copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep {number} on this computer and stop syncing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP no longer has this invoice. The copy here stays as it is now, with your changes, marked “Deleted in ERP”. The conflict is closed, the changes still waiting to be sent are dropped, and sync no longer sends this invoice. The decision is written to the audit trail.

If the ERP still needs this invoice, enter it again as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{number} is kept on this computer and is no longer synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>deleted in the ERP; nothing to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ERP no longer has this invoice: it was deleted there after this conflict was found, so there is no ERP version to choose from. The copy on this computer is kept as it is, with your changes (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To close the conflict, keep the local copy and stop syncing it. If the ERP still needs this invoice, enter it again as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Net amount:</source>
        <translation type="unfinished">Net amount:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax:</source>
        <translation type="unfinished">Tax:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax:</source>
        <translation type="unfinished">Total incl. tax:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same invoice was changed here and in the ERP. For each difference choose Mine (M) or Theirs (T), or type the right value (F2). Enter applies, Esc leaves the decision for later. Alt+W goes to the list, Alt+D to the differences.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">(no number)</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>{number} changed again in the ERP while you were deciding. The table now shows the ERP&apos;s newest version; choices on fields that did not change were kept. Check it, then apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{number} no longer waits for a decision (it was decided elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more invoice(s) now wait for a decision.</source>
        <translation>
            <numerusform>%n more invoice now wait for a decision.</numerusform>
            <numerusform>%n more invoices now wait for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The ERP&apos;s version of this field is final; only theirs can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not applied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n invoice(s) decided; they go to the ERP at the next sync.</source>
        <translation>
            <numerusform>%n invoice decided; they go to the ERP at the next sync.</numerusform>
            <numerusform>%n invoices decided; they go to the ERP at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} was left for you: its lines differ too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n difference(s) to decide</source>
        <translation>
            <numerusform>%n difference to decide</numerusform>
            <numerusform>%n differences to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Apply the &amp;same choice to the other %n conflict(s) like this one</source>
        <translation>
            <numerusform>Apply the &amp;same choice to the other %n conflict like this one</numerusform>
            <numerusform>Apply the &amp;same choice to the other %n conflicts like this one</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed values apply to this invoice only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The ERP shows this invoice as {status}: only the ERP&apos;s version can be kept (the notes excepted). To correct it, raise a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing can be applied here; the message above says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Choose mine or theirs for %n difference(s).</source>
        <translation>
            <numerusform>Choose mine or theirs for %n difference.</numerusform>
            <numerusform>Choose mine or theirs for %n differences.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything is decided: press Apply (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The ERP&apos;s version of this field is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this computer&apos;s value (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the ERP&apos;s value (T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../desktop/ui/models/conflict_fields_model.py" line="+540"/>
        <source>Kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (ERP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>F2 or double-click to type a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ERP&apos;s version is final for this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/models/conflict_list_model.py" line="+53"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no number)</source>
        <translation type="unfinished">(no number)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} · {party}
{what}
since {since}{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>{number} · {party}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../desktop/ui/models/conflict_fields_model.py" line="-534"/>
        <source>Line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation type="unfinished">Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation type="unfinished">Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation type="unfinished">Issue date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation type="unfinished">Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation type="unfinished">Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation type="unfinished">Payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation type="unfinished">Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation type="unfinished">Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation type="unfinished">Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation type="unfinished">Discount %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate</source>
        <translation type="unfinished">Tax rate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{description}: {quantity} × {price} less {discount} %, {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{description}: {quantity} × {price}, {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number such as 12.50 (a dot before the decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a date such as 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>changed on both sides, different details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+204"/>
        <location line="+16"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Also changed here (kept too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged by themselves (for context, nothing to decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} — {origin}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/connection_dialog.py" line="+282"/>
        <source>Edit the ERP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to an ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the practice ERP built into Invoice Desk: it runs on this computer and holds practice data only. The password you type here is kept until you close the app, never in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice Desk keeps your invoices in step with the company ERP. Ask your ERP administrator for the address and a user; the password is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;ERP type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>REST (Invoice Desk protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tryton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice ERP (on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Head office ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Tryton database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if your company&apos;s ERP uses a certificate from its own certificate authority (PEM file from your IT department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow plain &amp;HTTP (test servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the ERP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ERP answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill in the ERP address, your ERP user name and password, then press Test connection to see what the ERP answers: its version, your company, your rights and the role they give you. Save keeps the settings; the password goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the connection a name, such as the company&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name of the Tryton database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name you log in to the ERP with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password of this ERP user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Company CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{role} (given by the ERP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{role} until a test shows what the ERP gives this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Invoice Desk cannot reach the ERP at {host}: check the network connection and the server address, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP refused the user name or password: check both (the password is case-sensitive), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is stored for this connection: type it in the Password field, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP&apos;s certificate is not trusted: if your company uses its own certificate authority, choose its CA file (your IT department has it), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP does not let this user work with invoices: ask the ERP administrator for the rights, or use another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP is busy and asks to wait: test again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored password cannot be read because there is no system keychain: type the password, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP answered something Invoice Desk cannot use: check that the address points to the ERP&apos;s interface, or ask your ERP administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to {server} as {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post invoices</source>
        <translation type="unfinished">post invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel invoices</source>
        <translation type="unfinished">cancel invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record payments</source>
        <translation type="unfinished">record payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read customers and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change customers and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change ERP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This computer has no system keychain, so the password cannot be saved. Invoice Desk can keep it in memory until you close the app (it is never written to disk); you will type it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionUi</name>
    <message>
        <location filename="../desktop/ui/connection_ui.py" line="+39"/>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a profile connected to an ERP has connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connection settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP did not accept the stored sign-in, so sync is paused. Open File ▸ Connection settings… to enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/crash_dialog.py" line="+55"/>
        <source>Invoice Desk: unexpected error</source>
        <translation>Invoice Desk: unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong that should not have. Your saved work is safe. Please copy this report and send it to support; then carry on or restart Invoice Desk.</source>
        <translation>Something went wrong that should not have. Your saved work is safe. Please copy this report and send it to support; then carry on or restart Invoice Desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../desktop/domain/duplicates.py" line="+44"/>
        <source>Same party and same reference as {other}.</source>
        <translation>Same party and same reference as {other}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same party and same number as {other}.</source>
        <translation>Same party and same number as {other}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same party and amount within a week of {other}.</source>
        <translation>Same party and amount within a week of {other}.</translation>
    </message>
</context>
<context>
    <name>EInvoice</name>
    <message>
        <location filename="../desktop/io/einvoice.py" line="+110"/>
        <source>Give the invoice a number before exporting it as an e-invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <source>Unknown currency code &quot;{code}&quot;.</source>
        <translation type="unfinished">Unknown currency code &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>The e-invoice has no {element}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+3"/>
        <source>{element} &quot;{value}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{element} &quot;{value}&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+61"/>
        <source>The e-invoice is larger than {mb} MB; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The e-invoice contains XML declarations (DTD or entities) that e-invoices never need; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not well-formed XML ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not a UBL 2.1 invoice or credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This e-invoice is between {seller} and {buyer}; neither is your company ({own}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file {name} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The document states {stated} but its lines add up to {computed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ERP</name>
    <message>
        <location filename="../desktop/sync/connect.py" line="+59"/>
        <source>No password is stored for the profile &quot;{profile}&quot;; enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The profile &quot;{profile}&quot; works offline and has no ERP to sync with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown connection kind &quot;{kind}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the ERP address, such as https://erp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CA file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is not a PEM certificate: ask your IT department for the company&apos;s CA certificate in PEM format (.pem or .crt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the name of the Tryton database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the ERP user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/erp/http.py" line="+45"/>
        <source>This connection uses plain HTTP: invoices and the password travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The ERP address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ERP address must start with https:// and name a server, such as https://erp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the user name and password in the connection settings, not in the ERP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ERP address {host} uses plain HTTP, which would send invoices and the password unencrypted. Use https://, or allow plain HTTP in the profile for a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The certificate of the ERP at {host} is not trusted. If your company uses its own certificate authority, set its CA file in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request {method} {path} to the ERP at {host} could not be made ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+117"/>
        <location filename="../desktop/erp/tryton.py" line="+1189"/>
        <source>The ERP asks to slow down; sync will try again in {retry_after:.0f} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The ERP at {host} did not answer in time. Work goes on locally; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP at {host} cannot be reached (no network, or the server is down). Work goes on locally; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ERP answered {method} {path} with something that is not valid JSON ({content_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ERP at {host} refused the user name or password. Check them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP user may not do this: {erp_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ERP has no such record ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record was changed in the ERP by someone else; sync will fetch it and merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP refused the record: {erp_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ERP at {host} is temporarily unavailable (HTTP {status}). Sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ERP at {host} redirected {path} elsewhere; check the ERP address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ERP answered {method} {path} with an unexpected error (HTTP {status}): {erp_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/erp/mapping.py" line="+40"/>
        <location filename="../desktop/erp/tryton.py" line="-568"/>
        <source>The ERP sent {what} that the app cannot read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <location filename="../desktop/erp/tryton.py" line="+2"/>
        <source>an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/erp/rest.py" line="+66"/>
        <source>The ERP&apos;s login answer holds no session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The ERP&apos;s whoami answer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+70"/>
        <location line="+20"/>
        <source>The ERP&apos;s list answer for {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The ERP&apos;s list of invoice ids cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The saved sync position is not one the REST connector made; reset the sync position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/erp/tryton.py" line="-495"/>
        <source>Turning off TLS certificate checks is not supported; set the company&apos;s CA file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tryton answered {method} with something that is not a JSON-RPC reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tryton&apos;s login answer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The Tryton user {user} has no current company; set one in Tryton or in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tryton&apos;s user preferences cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Tryton user {user} may not read invoices. Ask the Tryton administrator to add the user to the Accounting group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This Tryton user may only read invoices: nothing will be sent to Tryton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tryton rounds taxes per invoice, the app per line: totals may differ by a cent. Set &quot;Tax Rounding&quot; to per line in Tryton&apos;s accounting configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tryton has no {what} for {value}. Create it in Tryton or map it in the connection profile (mapping key &quot;{key}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>line account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+146"/>
        <location line="+550"/>
        <source>Tryton has no party with id {party}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-682"/>
        <source>receivable/payable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tryton has {count} taxes with the rate {rate} %; map the {rate} % rate to one Tryton tax in the connection profile (mapping key &quot;{key}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The party {party} has no address in Tryton; add one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+265"/>
        <location line="+33"/>
        <location line="+87"/>
        <source>Tryton has no invoice with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Tryton created invoice {id} but does not return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only part of a batch of invoices reached Tryton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The invoice {number} was changed in Tryton since it was last synced; sync will fetch it and merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Payments cannot be sent to Tryton; record them in Tryton, they come back with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The Tryton user may not do this: {erp_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tryton refused it: {erp_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tryton asks for a confirmation: {erp_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record was changed in Tryton by someone else; sync will fetch it and merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tryton asks for more than a password to log in ({what}); this is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tryton failed with an internal error while running {method}: {erp_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/erp/tryton_mapping.py" line="+102"/>
        <source>Tryton sent a value the app cannot read ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The saved version of this invoice was not made by the Tryton connector; fetch the invoice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The saved sync position is not one the Tryton connector made; reset the sync position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/domain/errors.py" line="+53"/>
        <source>The invoice has problems: {problems}</source>
        <translation>The invoice has problems: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/invoice_json.py" line="+48"/>
        <source>{where} must be a JSON object.</source>
        <translation>{where} must be a JSON object.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown field {fields} in {where}; the fields are: {allowed}.</source>
        <translation>Unknown field {fields} in {where}; the fields are: {allowed}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}.{key} must be text.</source>
        <translation>{where}.{key} must be text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}.{key} is missing (a date such as 2026-11-28).</source>
        <translation>{where}.{key} is missing (a date such as 2026-11-28).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}.{key} must be a date such as 2026-11-28.</source>
        <translation>{where}.{key} must be a date such as 2026-11-28.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}.{key} &quot;{value}&quot; is not a date such as 2026-11-28.</source>
        <translation>{where}.{key} &quot;{value}&quot; is not a date such as 2026-11-28.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}.{key} is missing.</source>
        <translation>{where}.{key} is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}.{key} must be written as a string such as &quot;12.50&quot; (a JSON float loses cents).</source>
        <translation>{where}.{key} must be written as a string such as &quot;12.50&quot; (a JSON float loses cents).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>party needs a uuid, a name or a tax_id.</source>
        <translation>party needs a uuid, a name or a tax_id.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice.party is missing.</source>
        <translation>invoice.party is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invoice.kind must be &quot;sale&quot; or &quot;purchase&quot;.</source>
        <translation>invoice.kind must be &quot;sale&quot; or &quot;purchase&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invoice.uuid does not match the invoice being edited.</source>
        <translation>invoice.uuid does not match the invoice being edited.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invoice.lines must be a list.</source>
        <translation>invoice.lines must be a list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice.payments must be a list.</source>
        <translation>invoice.payments must be a list.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/money.py" line="+34"/>
        <source>Unknown currency code: {code}.</source>
        <translation>Unknown currency code: {code}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The {what} must be a number, not true/false.</source>
        <translation>The {what} must be a number, not true/false.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {what} &quot;{text}&quot; is ambiguous: write decimals with a dot and group thousands with commas (1,130.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>The {what} &quot;{text}&quot; is not a number.</source>
        <translation>The {what} &quot;{text}&quot; is not a number.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The {what} must be a number.</source>
        <translation>The {what} must be a number.</translation>
    </message>
    <message>
        <location filename="../desktop/store/audit.py" line="-67"/>
        <source>The audit key of this store is missing from the system keychain, so changes cannot be signed; restore the keychain or ask an administrator.</source>
        <translation>The audit key of this store is missing from the system keychain, so changes cannot be signed; restore the keychain or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/store/bulk.py" line="+84"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../desktop/store/db.py" line="+70"/>
        <source>{path} is not an Invoice Desk database (or it is damaged); it was left untouched. Choose another file or data directory.</source>
        <translation>{path} is not an Invoice Desk database (or it is damaged); it was left untouched. Choose another file or data directory.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is read-only, so nothing can be saved; nothing was changed. Copy it to a writable folder or ask for write permission.</source>
        <translation>{path} is read-only, so nothing can be saved; nothing was changed. Copy it to a writable folder or ask for write permission.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is busy in another program; try again in a moment.</source>
        <translation>{path} is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be opened or written ({reason}); check the disk and the folder&apos;s permissions.</source>
        <translation>{path} cannot be opened or written ({reason}); check the disk and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} failed: {reason}.</source>
        <translation>The database {path} failed: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_repo.py" line="+101"/>
        <source>Several invoices have the number {key}; name it by its uuid.</source>
        <translation>Several invoices have the number {key}; name it by its uuid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no invoice {key}.</source>
        <translation>There is no invoice {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_service.py" line="+126"/>
        <source>Choose a customer or supplier.</source>
        <translation>Choose a customer or supplier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No party has the tax ID {tax_id}; give its name to create it.</source>
        <translation>No party has the tax ID {tax_id}; give its name to create it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An invoice {uuid} exists already.</source>
        <translation>An invoice {uuid} exists already.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This invoice was changed while you edited it (sync brought a change from the ERP). Your edit is still in the editor: close it, open the invoice again and redo the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A payment must be more than zero.</source>
        <translation>A payment must be more than zero.</translation>
    </message>
    <message>
        <location filename="../desktop/store/party_repo.py" line="+41"/>
        <location line="+10"/>
        <source>There is no party {uuid}.</source>
        <translation>There is no party {uuid}.</translation>
    </message>
    <message>
        <location filename="../desktop/store/profiles.py" line="+106"/>
        <source>The profile list {path} is damaged ({reason}); move it aside and add the profiles again.</source>
        <translation>The profile list {path} is damaged ({reason}); move it aside and add the profiles again.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>There is no profile &quot;{id}&quot;.</source>
        <translation>There is no profile &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A profile kind is one of: {kinds}.</source>
        <translation>A profile kind is one of: {kinds}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A role is one of: {roles}.</source>
        <translation>A role is one of: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile &quot;{id}&quot; exists already.</source>
        <translation>A profile &quot;{id}&quot; exists already.</translation>
    </message>
    <message>
        <location filename="../desktop/store/secrets.py" line="+29"/>
        <source>No system keychain is available on this computer ({reason}); the secret can be kept for this session only and must be entered again next time.</source>
        <translation>No system keychain is available on this computer ({reason}); the secret can be kept for this session only and must be entered again next time.</translation>
    </message>
    <message>
        <location filename="../desktop/store/store.py" line="+32"/>
        <source>The folder {path} cannot be created ({reason}).</source>
        <translation>The folder {path} cannot be created ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is read-only and was made by another version of Invoice Desk; open a writable copy so it can be upgraded.</source>
        <translation>{path} is read-only and was made by another version of Invoice Desk; open a writable copy so it can be upgraded.</translation>
    </message>
    <message>
        <location filename="../desktop/store/attachments.py" line="+52"/>
        <location line="+25"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Cannot read {file}: {reason}.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{file} is larger than {mb} MB; attach a smaller file.</source>
        <translation>{file} is larger than {mb} MB; attach a smaller file.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no attachment {uuid}.</source>
        <translation>There is no attachment {uuid}.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/conflicts.py" line="+79"/>
        <location line="+138"/>
        <source>Invoice {key} has no conflict waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Choose mine or theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>The ERP changed this invoice again while you were deciding; look at the new values and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{fields} is not in conflict; the fields in conflict are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose mine or theirs for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{number} still exists in the ERP: its conflict is decided field by field, not dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tutorial/actions.py" line="+75"/>
        <source>The practice data has no invoice this lesson can use; reset the practice data and start the lesson again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tutorial/lesson.py" line="+127"/>
        <source>The lesson file {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tutorial/practice.py" line="+104"/>
        <source>The practice data {path} cannot be replaced ({reason}); close other windows of Invoice Desk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="-19"/>
        <source>There is no lesson &quot;{lesson}&quot;; see Help ▸ Tutorials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeUi</name>
    <message>
        <location filename="../desktop/ui/exchange_ui.py" line="+39"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;e-invoice (UBL)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/io/excel_export.py" line="+31"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation type="unfinished">Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation type="unfinished">Tax ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation type="unfinished">Issue date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation type="unfinished">Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation type="unfinished">Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation type="unfinished">Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation type="unfinished">Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation type="unfinished">Discount %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation type="unfinished">Net amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation type="unfinished">Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation type="unfinished">Outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation type="unfinished">Payment terms</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/sync/exchange.py" line="+138"/>
        <source>Export to a file ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File ▸ Settings…, under “Your company”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The e-invoice names your company as the {role} and needs its {missing}, which this profile does not have yet. Enter them in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your company&apos;s country “{country}” is not a two-letter code such as CN or DE. Correct it in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your company&apos;s tax ID “{tax_id}” is not valid in {country}. Correct it in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/export_dialog.py" line="+138"/>
        <source>Export e-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save invoice {number} as a UBL 2.1 e-invoice (.xml) that the customer&apos;s or supplier&apos;s accounting system can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the invoices of the list, as it is filtered now, to an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices in the list: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One row per invoice, with its totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per invoice &amp;line (this file can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>UBL e-invoices (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the e-invoice to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {file}. Rows written: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/widgets/filter_bar.py" line="+104"/>
        <source>Search number, party, notes, lines… (Ctrl+F)</source>
        <translation>Search number, party, notes, lines… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches invoice numbers, party names, notes and line descriptions, in Chinese or English</source>
        <translation>Searches invoice numbers, party names, notes and line descriptions, in Chinese or English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not paid or cancelled)</source>
        <translation>Open (not paid or cancelled)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any sync state</source>
        <translation>Any sync state</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any party</source>
        <translation>Any party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/io/__init__.py" line="+19"/>
        <source>Cancelled; nothing was imported or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/io/cells.py" line="+86"/>
        <source>&quot;{value}&quot; is not a date; write it as 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The date {value} is out of range ({low}–{high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;{value}&quot; could be day/month or month/day; write it as 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A date ({value}) where a number was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{value}&quot; is ambiguous: is the comma a decimal point? Write it as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;{value}&quot; is neither a sale nor a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/io/column_guess.py" line="+20"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (sale/purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer or supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation type="unfinished">Tax ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation type="unfinished">Issue date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation type="unfinished">Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation type="unfinished">Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation type="unfinished">Payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation type="unfinished">Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation type="unfinished">Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation type="unfinished">Discount %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/io/excel.py" line="+78"/>
        <location filename="../desktop/io/safe_zip.py" line="+92"/>
        <source>{name} contains XML entity declarations, which spreadsheets never need and attacks use. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be read as an Excel workbook ({reason}). Open it in Excel or WPS, save it as .xlsx and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} has no sheet called &quot;{sheet}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet &quot;{sheet}&quot; holds no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Row {row} has data beyond column {col}; an invoice list needs far fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>Sheet &quot;{sheet}&quot; has more than {max} rows. Split it into files of at most {max} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet &quot;{sheet}&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/io/excel_rows.py" line="+135"/>
        <source>Cell {cell} holds a formula with no saved result; formulas are not evaluated. Open the file in Excel, save it, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: the text is {length} characters long, too long to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/io/excel.py" line="+93"/>
        <location filename="../desktop/io/excel_rows.py" line="+98"/>
        <source>This row has the same invoice number and party as row {first} but a different {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/io/excel_rows.py" line="+13"/>
        <source>Enter the unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the customer or supplier (a name or a tax ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issue date.</source>
        <translation type="unfinished">Enter the issue date.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/io/safe_zip.py" line="-40"/>
        <source>The file {name} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is in the old .xls format. Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an Excel .xlsx workbook (it is not a valid zip archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has {count} parts inside; a workbook has far fewer. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} unpacks to {mb} MB, more than the {limit} MB allowed. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is compressed more than {ratio} times, like a zip bomb. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a zip archive but not an Excel .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The workbook is damaged (part {part} cannot be unpacked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../desktop/ui/dialogs/import_wizard.py" line="+163"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It will not be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="+245"/>
        <location line="+163"/>
        <source>Import invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An .xlsx workbook or a UBL .xml e-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet needs one row per invoice line, with a header row naming its columns (English or Chinese). Rows with the same invoice number and party become one invoice. Nothing is saved before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the sheet says nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+232"/>
        <source>— not in the sheet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-231"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for empty cells and for columns the sheet does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step 1 of 4 · Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 4 · Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 4 · Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 4 · Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbooks (.xlsx) and UBL 2.1 e-invoices (.xml) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are the choices you made last time for sheets laid out like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns were matched by their headers. Check each field; fields marked * are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been saved yet. Refused rows are listed below; fix them in the file and import it again, or import the good invoices now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Workbooks and e-invoices (*.xlsx *.xlsm *.xml);;Excel workbooks (*.xlsx *.xlsm);;UBL e-invoices (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Stopped; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Reading the e-invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>e.g. {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not matched yet: {fields}. Without them every row is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the default currency as a three-letter code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoices ready to import: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices refused: {count}. They will not be imported; the table below says why, row by row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates of invoices already saved: {count}. They will not be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>refused-rows.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the refused rows to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing the invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices imported as drafts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers or suppliers created: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices refused and not imported: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicates skipped: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/invoice_editor_dialog.py" line="+381"/>
        <source>Sales invoice</source>
        <translation>Sales invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase invoice</source>
        <translation>Purchase invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Party:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue date:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;rrency:</source>
        <translation>Cu&amp;rrency:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment &amp;terms:</source>
        <translation>Payment &amp;terms:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier&apos;s number, order number…</source>
        <translation>Supplier&apos;s number, order number…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. INV-2026-0001</source>
        <translation>e.g. INV-2026-0001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice has a due date</source>
        <translation>The invoice has a due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit &amp;note</source>
        <translation>Credit &amp;note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lines</source>
        <translation>&amp;Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount:</source>
        <translation>Net amount:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax:</source>
        <translation>Tax:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax:</source>
        <translation>Total incl. tax:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems to fix before saving</source>
        <translation>Problems to fix before saving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate line</source>
        <translation>D&amp;uplicate line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move line</source>
        <translation>Re&amp;move line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and c&amp;lose</source>
        <translation>Save and c&amp;lose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Save and close (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+S saves, Ctrl+Enter saves and closes, Esc closes.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.
In the lines: type to edit a cell, Tab goes to the next cell; Ctrl+Ins adds a line, Ctrl+D duplicates it, Ctrl+Del removes it, Ctrl+Shift+Up/Down moves it.</source>
        <translation>Ctrl+S saves, Ctrl+Enter saves and closes, Esc closes.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.
In the lines: type to edit a cell, Tab goes to the next cell; Ctrl+Ins adds a line, Ctrl+D duplicates it, Ctrl+Del removes it, Ctrl+Shift+Up/Down moves it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number}</source>
        <translation>Invoice {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose party</source>
        <translation>Choose party</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit line {n}</source>
        <translation>Edit line {n}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate line</source>
        <translation>Duplicate line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move line</source>
        <translation>Move line</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{rate}: {amount}</source>
        <translation>{rate}: {amount}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>lines, number, dates, party</source>
        <translation>lines, number, dates, party</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>Not saved: fix the problems listed below first.</source>
        <translation>Not saved: fix the problems listed below first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. Please check — this may be a duplicate:</source>
        <translation>Saved. Please check — this may be a duplicate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This invoice has changes that are not saved. Save them?</source>
        <translation>This invoice has changes that are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../desktop/ui/models/invoice_lines_model.py" line="+74"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
</context>
<context>
    <name>InvoicePrint</name>
    <message>
        <location filename="../desktop/ui/printing/invoice_document.py" line="+29"/>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax {rate}</source>
        <translation>Tax {rate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../desktop/ui/models/invoice_table_model.py" line="+140"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../desktop/ui/base_dialog.py" line="+36"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+23"/>
        <location filename="../desktop/io/excel_export.py" line="-129"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="-48"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/io/excel_export.py" line="-9"/>
        <source>Sales credit note</source>
        <translation>Sales credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Purchase credit note</source>
        <translation>Purchase credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="-3"/>
        <source>Sales invoice</source>
        <translation>Sales invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/io/excel_export.py" line="+1"/>
        <source>Purchase invoice</source>
        <translation>Purchase invoice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local only</source>
        <translation>Local only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by ERP</source>
        <translation>Rejected by ERP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in ERP</source>
        <translation>Deleted in ERP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edit invoices</source>
        <translation>edit invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit invoices</source>
        <translation>submit invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve invoices</source>
        <translation>approve invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post invoices</source>
        <translation>post invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel invoices</source>
        <translation>cancel invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record payments</source>
        <translation>record payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve conflicts</source>
        <translation>resolve conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the connection</source>
        <translation>change the connection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overpaid</source>
        <translation>Overpaid</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+255"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New invoice</source>
        <translation>&amp;New invoice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new invoice</source>
        <translation>Enter a new invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected invoice (Enter)</source>
        <translation>Open the selected invoice (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected invoice</source>
        <translation>Print the selected invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the selected invoice as a PDF file</source>
        <translation>Save the selected invoice as a PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and role</source>
        <translation>Language and role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Invoice Desk</source>
        <translation>Close Invoice Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the list again</source>
        <translation>Read the list again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search box</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmit</source>
        <translation>Su&amp;bmit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the invoice</source>
        <translation>Approve the invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ost</source>
        <translation>P&amp;ost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the invoice to the books</source>
        <translation>Post the invoice to the books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;draft</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw or reopen as a draft</source>
        <translation>Withdraw or reopen as a draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel invoice</source>
        <translation>&amp;Cancel invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the invoice</source>
        <translation>Cancel the invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment on a posted invoice</source>
        <translation>Record a payment on a posted invoice</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+356"/>
        <source>Invoice Desk</source>
        <translation>Invoice Desk</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Invoice Desk — {profile}</source>
        <translation>Invoice Desk — {profile}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local (offline)</source>
        <translation>Local (offline)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{profile} · role: {role}</source>
        <translation>{profile} · role: {role}</translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total incl. tax: {amounts}</source>
        <translation>Total incl. tax: {amounts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding: {amounts}</source>
        <translation>Outstanding: {amounts}</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n invoice(s) selected</source>
        <translation>
            <numerusform>%n invoice selected</numerusform>
            <numerusform>%n invoices selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+180"/>
        <location line="+3"/>
        <source>%n invoice(s) changed.</source>
        <translation>
            <numerusform>%n invoice changed.</numerusform>
            <numerusform>%n invoices changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payment recorded.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/party_dialog.py" line="+62"/>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;Tax ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country (2 letters):</source>
        <translation>&amp;Country (2 letters):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer and supplier</source>
        <translation>Customer and supplier</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../desktop/ui/widgets/party_picker.py" line="+57"/>
        <source>Type a name or tax ID…</source>
        <translation>Type a name or tax ID…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New party…</source>
        <translation>New party…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a customer or supplier that is not in the list yet</source>
        <translation>Add a customer or supplier that is not in the list yet</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/payment_dialog.py" line="+65"/>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number}: {amount} {currency} outstanding</source>
        <translation>Invoice {number}: {amount} {currency} outstanding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank transfer, cash…</source>
        <translation>bank transfer, cash…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A payment must be more than zero.</source>
        <translation>A payment must be more than zero.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location filename="../desktop/ui/tutorial/practice_banner.py" line="+52"/>
        <source>Practice mode: these invoices and the ERP they sync with are practice data on this computer. Nothing here reaches your real ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tutorials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or resume a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset practice data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over with fresh sample invoices and an empty practice ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing practice data: {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset practice data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over with fresh sample invoices? Everything you changed in the practice data is replaced, and lessons in progress start from the beginning. Your real data is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/profiles_dialog.py" line="+88"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add ERP connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline, this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice ERP (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tryton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice</source>
        <translation type="unfinished">Practice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local (offline)</source>
        <translation type="unfinished">Local (offline)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(open now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/settings_dialog.py" line="+116"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>Your &amp;role:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With an ERP connection your rights come from the ERP.</source>
        <translation>With an ERP connection your rights come from the ERP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used on this computer only (offline and practice profiles): it decides who may approve and post.</source>
        <translation>Used on this computer only (offline and practice profiles): it decides who may approve and post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a profile to enter your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How e-invoices name you: the seller of your sales, the buyer of your purchases. A sales e-invoice needs the name, tax ID and country. Kept with this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tax ID:</source>
        <translation type="unfinished">&amp;Tax ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country (2 letters):</source>
        <translation type="unfinished">&amp;Country (2 letters):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLogPanel</name>
    <message>
        <location filename="../desktop/ui/widgets/sync_log_panel.py" line="+103"/>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the rejected invoice again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invoice(s) refused by the ERP</source>
        <translation>
            <numerusform>%n invoice refused by the ERP</numerusform>
            <numerusform>%n invoices refused by the ERP</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pushed %1, pulled %2, merged %3, conflicts %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../desktop/ui/widgets/sync_status.py" line="+17"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sync: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the conflicts waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../desktop/ui/sync_ui.py" line="+182"/>
        <source>This profile works offline; connect it to an ERP to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsLabel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/widgets/totals_label.py" line="+59"/>
        <source>+%n more</source>
        <comment>amounts of further currencies</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tutorial</name>
    <message>
        <location filename="../desktop/tutorial/lesson_strings.py" line="+12"/>
        <source>Basics: find, enter and print an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the list, open an invoice, enter a new one with two lines at 13 % VAT, fix what Invoice Desk refuses, save it and export it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome! This lesson shows the daily basics: finding an invoice, entering a new one, fixing what Invoice Desk refuses, and exporting it as a PDF. You are working on practice data: these invoices are samples, and nothing you do here reaches your real ERP. This banner says so whenever practice data is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find invoice {found_number}: click the search box and type {found_number}. The list narrows as you type; invoice numbers, party names, notes and line descriptions are all searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the search box above the list and type {found_number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There it is. Double-click the invoice, or select it and press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the highlighted invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the invoice editor. Its lines are highlighted; above them are the party, number and dates, and at the bottom right the totals, which follow every change. This invoice is already posted, so only its notes and payments can still be changed; the yellow bar at the top says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close it with “Close”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before filling anything in, click “Save”. Invoice Desk checks every invoice before it keeps it; let&apos;s see what it says about an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved. The problems are listed here, and every field concerned is outlined in red. Clicking a problem takes you to its field. Fix them one by one: the marks disappear as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First the customer. In “Party”, type {cust_party_word} and choose {cust_party} from the list that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {cust_party_word} in the highlighted field, then pick {cust_party} from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now the first line. Click the empty “Description” cell and type Consulting, press Tab and type 2 as the quantity, Tab twice and type 400 as the unit price. The tax rate stays at 13 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line should read: Consulting, quantity 2, unit price 400, tax 13 % (904.00 with tax).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a second line: click “Add line” (or press Ctrl+Ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line 2: type Travel as the description, 1 as the quantity and 200 as the unit price, at 13 % too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both lines need a description; the total with tax should be 1,130.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The totals: 1,000.00 net, 130.00 VAT at 13 %, 1,130.00 in all. Invoice Desk computes them from the lines; you never type a total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save”. This time the invoice is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet: fix the problems listed, then click “Save” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Close the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done! You found an invoice, entered a new one, fixed what was missing, saved it and exported it as a PDF. The next lesson sends invoices to the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: sending invoices to the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve an invoice and send it with Sync now, read the sync column and the status bar, see a change made in the ERP arrive, and read the sync log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice Desk keeps your invoices in step with the ERP: what you approve here is sent there, and what changes there comes back. This column shows where each invoice stands: “Synced”, “Waiting to sync”, “Local only” (drafts and submitted invoices stay here until they are approved), “Conflict” or “Rejected by ERP”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{send_number} for {send_party} has been submitted and waits for approval. It is selected in the list: click “Approve”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Approve” in the toolbar; {send_number} is already selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved: {send_number} is now queued for the ERP. Sync sends the queue by itself every minute and shortly after each change, in the background, so you can go on working. To send it now, click “Sync now” (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Synced”: the ERP has {send_number} now, exactly as it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status bar tells you when the last sync ran, how many invoices are waiting, and whether the ERP could be reached. Point at it for the details of the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is the colleague&apos;s note (“Customer PO 4711”), in the preview of {send_number}. Nobody typed it here: it came from the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You approved an invoice, sent it to the ERP, read its sync state and the status bar, and saw a change made in the ERP arrive. The next lesson: both sides change the same invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts: the same invoice changed in two places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and a colleague in the ERP change the same invoice; decide field by field which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes an invoice is changed here and in the ERP before the two could sync, and both sides changed the same thing. Invoice Desk never overwrites either side silently: it asks you, field by field. In this lesson a colleague edits the same invoice as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To keep the two changes apart, the lesson pauses automatic sync for a moment (the status bar says “Sync paused”). Open {c_number}: double-click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now set “Payment terms” to: 45 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save and close”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If nothing happens, click “Sync now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the conflicts from the status bar (“1 conflict”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one field that differs: your value (Mine), the colleague&apos;s (Theirs), and the result. Keep your notes: click your value in the Notes row. Take the colleague&apos;s payment terms: click their value in the Payment terms row. Once every row has a side, click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Now enter an invoice of your own, for the customer {cust_party}: click “New invoice” (or press Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is another party. Clear the field, type {cust_party_word} again and choose {cust_party} from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line 1 does not come to 904.00 with tax yet: check that the quantity is 2, the unit price 400 and the tax rate 13 %. To correct a cell, click it and type the right value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your new invoice is selected in the list. Click “Export PDF” and save the file. The invoice is still a draft, so the PDF shows “(no number)”: use it to check your work. The copy for your customer is exported after posting, once the ERP has given the invoice its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meanwhile a colleague opened {send_number} in the ERP and added a note. Changes made in the ERP are pulled in with the next sync: click “Sync now” to pull the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync log lists every run: how many invoices were pushed (sent to the ERP), pulled (changes received from it) and merged, and anything the ERP refused, with its reason. Open it any time from Sync ▸ Sync log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click “Notes” and type: Call before delivery, PO 5120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the highlighted “Notes” field and type: Call before delivery, PO 5120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic sync is back on and runs now: watch the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While you typed, a colleague changed {c_number} in the ERP too: other notes, and payment terms of 90 days. Both sides changed the same fields, so {c_number} waits for your decision; the rest of sync goes on. Click “Open…” on this banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click “Apply”. Your decision is written to the audit trail and sent to the ERP with the next sync. If “Apply” is greyed out, a row still has no side: click Back and choose one in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Apply” works only when every row has a side: click Back, then choose a side in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You decided differently than suggested, and that is fine: the invoice now holds what you chose. The suggestion (your notes, the colleague&apos;s payment terms) was only there to show that each field is decided on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice Desk sends your decision right away (or click “Sync now”). When this says “Synced”, the ERP holds exactly what you decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You resolved a conflict field by field. Nothing was lost: both versions were shown, you chose, and the audit trail remembers who decided what. The last lesson is about trouble: no network, a refused invoice, an expired sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Troubleshooting: no network, a refused invoice, an expired sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep working while the ERP cannot be reached, fix an invoice the ERP refused and send it again, and sign in again after the password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three things can go wrong between Invoice Desk and the ERP: the network drops, the ERP refuses an invoice, or your sign-in stops working. In this lesson the practice ERP does all three to you, safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson has just cut the network to the ERP. Work goes on regardless: approve {n1_number}, which is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now click “Sync now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Offline — will retry”: the ERP could not be reached. Nothing is lost and nothing is sent twice: {n1_number} waits in the queue (the status bar counts what is waiting) and goes out by itself once the ERP answers again. Meanwhile you can go on entering and approving invoices; they queue up the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network is back. Sync retries by itself after a short wait; to send the queue at once, click “Sync now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, the ERP will refuse an invoice. Approve {n2_number}, which is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Sync now” to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Rejected by ERP”. Point at it to read the ERP&apos;s reason: “period closed”, the accounting period of the invoice&apos;s date is closed. A refused invoice is not sent again until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync log lists it too, under “Rejected by ERP”, with the same message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the date: open {n2_number} (double-click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the issue date to today, {today}, which lies in an open period: click the arrow at the right of the date and pick today in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date now lies before the new issue date, which Invoice Desk refuses. Untick “Due date”: the invoice then has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save and close”. A changed invoice is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Sync now” to send {n2_number} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last: the ERP administrator has changed your ERP password (in this practice the new one is practice-2026), and your session has expired. Click “Sync now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ERP refused the stored sign-in, so sync paused itself: nothing is lost, invoices simply wait. The message says what to do: enter the password again in File ▸ Connection settings…. Click Next and Invoice Desk opens it for you this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are the connection settings (File ▸ Connection settings…). Type the new password, practice-2026, into the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type practice-2026 into the highlighted password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open File ▸ Connection settings… and type the new password, practice-2026, there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click “Save”. The password is kept, and sync starts again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection settings were closed. Click Next to open them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in again: sync runs, and whatever waited goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You kept working without a network, fixed and resent an invoice the ERP refused, and signed in again. That is the whole tutorial: you can repeat any lesson from Help ▸ Tutorials, and start the practice data over from the banner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TutorialCallout</name>
    <message>
        <location filename="../desktop/ui/tutorial/callout.py" line="+94"/>
        <source>Leave the tutorial (Esc); it resumes here next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without doing this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do what the text says in the highlighted part; the tutorial goes on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutorial: {lesson}, step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TutorialCoach</name>
    <message>
        <location filename="../desktop/ui/tutorial/coach.py" line="+310"/>
        <source>The part of the window this step is about is not shown. Do what the text says, or use Skip to go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Use the highlighted part of the window, or Skip to go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TutorialCoordinator</name>
    <message>
        <location filename="../desktop/ui/tutorial/coordinator.py" line="+97"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tutorials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the &amp;tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn Invoice Desk step by step on practice data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lesson} — resume at step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start a lesson &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset practice data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Lesson completed: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/validation.py" line="+56"/>
        <source>&quot;{tax_id}&quot; is not a valid unified social credit code (18 characters with a check digit).</source>
        <translation>&quot;{tax_id}&quot; is not a valid unified social credit code (18 characters with a check digit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{tax_id}&quot; is not a valid EU VAT number.</source>
        <translation>&quot;{tax_id}&quot; is not a valid EU VAT number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the party&apos;s name.</source>
        <translation>Enter the party&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>The name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country must be a two-letter code such as CN or DE.</source>
        <translation>The country must be a two-letter code such as CN or DE.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a customer or supplier.</source>
        <translation>Choose a customer or supplier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown currency code &quot;{code}&quot;.</source>
        <translation>Unknown currency code &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issue date.</source>
        <translation>Enter the issue date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date is before the issue date.</source>
        <translation>The due date is before the issue date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+13"/>
        <source>Too long (at most {n} characters).</source>
        <translation>Too long (at most {n} characters).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Add at least one line.</source>
        <translation>Add at least one line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many lines (at most {n}).</source>
        <translation>Too many lines (at most {n}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe what line {n} is for.</source>
        <translation>Describe what line {n} is for.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quantity of line {n} must be more than zero.</source>
        <translation>The quantity of line {n} must be more than zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit price of line {n} cannot be negative (make a credit note instead).</source>
        <translation>The unit price of line {n} cannot be negative (make a credit note instead).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount of line {n} is too large.</source>
        <translation>The amount of line {n} is too large.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount of line {n} must be between 0 and 100 %.</source>
        <translation>The discount of line {n} must be between 0 and 100 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} % is not a tax rate of this profile.</source>
        <translation>{rate} % is not a tax rate of this profile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoice total is too large.</source>
        <translation>The invoice total is too large.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A payment cannot be zero.</source>
        <translation>A payment cannot be zero.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../desktop/ui/widgets/welcome_page.py" line="+101"/>
        <source>Welcome to Invoice Desk</source>
        <translation>Welcome to Invoice Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, check and correct invoices on this computer; they are kept in step with your ERP once a connection is set up.</source>
        <translation>Enter, check and correct invoices on this computer; they are kept in step with your ERP once a connection is set up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Work offline</source>
        <translation>&amp;Work offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an empty local store. You can connect an ERP later.</source>
        <translation>Start with an empty local store. You can connect an ERP later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise on sample invoices. Nothing reaches a real ERP.</source>
        <translation>Practise on sample invoices. Nothing reaches a real ERP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to an ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tryton or a REST ERP: invoices sync both ways in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New here? Start the &amp;tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preparing the demo: {done} of {total} invoices…</source>
        <translation>Preparing the demo: {done} of {total} invoices…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../desktop/domain/workflow.py" line="+63"/>
        <source>An invoice cannot go from {current} to {target}.</source>
        <translation>An invoice cannot go from {current} to {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {role} role may not move an invoice from {current} to {target}.</source>
        <translation>The {role} role may not move an invoice from {current} to {target}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {role} role may not edit invoices.</source>
        <translation>The {role} role may not edit invoices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cancelled invoice cannot be changed.</source>
        <translation>A cancelled invoice cannot be changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A posted invoice cannot be changed (only its notes and payments): {fields}.</source>
        <translation>A posted invoice cannot be changed (only its notes and payments): {fields}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This invoice is waiting for approval; withdraw it to draft before editing.</source>
        <translation>This invoice is waiting for approval; withdraw it to draft before editing.</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_service.py" line="-3"/>
        <source>Payments can be recorded on posted invoices only.</source>
        <translation>Payments can be recorded on posted invoices only.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The {role} role may not do this ({permission}).</source>
        <translation>The {role} role may not do this ({permission}).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/conflicts.py" line="-85"/>
        <source>The ERP has already posted this invoice; only its version can be kept (raise a credit note to correct it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
