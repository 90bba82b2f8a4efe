<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+56"/>
        <location line="+105"/>
        <source>Invoice Desk</source>
        <translation>Invoice Desk</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/store/audit.py" line="+132"/>
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
        <location filename="../desktop/domain/money.py" line="+32"/>
        <source>Unknown currency code: {code}.</source>
        <translation>Unknown currency code: {code}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The {what} must be a number, not true/false.</source>
        <translation>The {what} must be a number, not true/false.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../desktop/store/bulk.py" line="+82"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../desktop/store/db.py" line="+53"/>
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
        <location filename="../desktop/store/invoice_repo.py" line="+100"/>
        <source>Several invoices have the number {key}; name it by its uuid.</source>
        <translation>Several invoices have the number {key}; name it by its uuid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no invoice {key}.</source>
        <translation>There is no invoice {key}.</translation>
    </message>
    <message>
        <location filename="../desktop/store/invoice_service.py" line="+116"/>
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
        <location line="+79"/>
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
        <location filename="../desktop/store/profiles.py" line="+82"/>
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
    <name>InvoiceEditorDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/invoice_editor_dialog.py" line="+364"/>
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
        <location line="+9"/>
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
        <location line="+13"/>
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
        <location filename="../desktop/ui/models/invoice_table_model.py" line="+131"/>
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
        <location line="+36"/>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+23"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales credit note</source>
        <translation>Sales credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase credit note</source>
        <translation>Purchase credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales invoice</source>
        <translation>Sales invoice</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../desktop/ui/main_window.py" line="+231"/>
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
        <location line="+268"/>
        <source>Invoice Desk</source>
        <translation>Invoice Desk</translation>
    </message>
    <message>
        <location line="-266"/>
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
        <location line="+116"/>
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
        <location line="+27"/>
        <source>%n invoice(s) selected</source>
        <translation>
            <numerusform>%n invoice selected</numerusform>
            <numerusform>%n invoices selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <location line="+3"/>
        <source>%n invoice(s) changed.</source>
        <translation>
            <numerusform>%n invoice changed.</numerusform>
            <numerusform>%n invoices changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/settings_dialog.py" line="+61"/>
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
        <location filename="../desktop/ui/widgets/welcome_page.py" line="+89"/>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
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
</context>
</TS>
