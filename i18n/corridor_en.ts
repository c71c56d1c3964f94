<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>About</name>
    <message>
      <source>About Corridor Desk</source>
      <translation>About Corridor Desk</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Corridor Desk {version}</source>
      <translation>Corridor Desk {version}</translation>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>Data: {path}</translation>
    </message>
    <message>
      <source>Filing client for the New Western Land-Sea Corridor single window.</source>
      <translation>Filing client for the New Western Land-Sea Corridor single window.</translation>
    </message>
    <message>
      <source>Logs: {path}</source>
      <translation>Logs: {path}</translation>
    </message>
    <message>
      <source>Platform: {url}</source>
      <translation>Platform: {url}</translation>
    </message>
    <message>
      <source>sandbox inside the app</source>
      <translation>sandbox inside the app</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>Audit log: every save, submission and receipt of this company</source>
      <translation>Audit log: every save, submission and receipt of this company</translation>
    </message>
    <message>
      <source>Outbox queue</source>
      <translation>Outbox queue</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Times: this computer's clock (receipt times in a filing follow the platform's clock)</source>
      <translation>Times: this computer's clock (receipt times in a filing follow the platform's clock)</translation>
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
      <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>expected %s argument</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>expected %s arguments</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>expected at least one argument</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>expected at most one argument</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>expected one argument</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>ignored explicit argument %r</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>not allowed with argument %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>one of the arguments %s is required</translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>positional arguments</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>the following arguments are required: %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>usage: </translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>Added in master data</source>
      <translation>Added in master data</translation>
    </message>
    <message>
      <source>Amendment sent</source>
      <translation>Amendment sent</translation>
    </message>
    <message>
      <source>Backed up</source>
      <translation>Backed up</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Cancellation sent</source>
      <translation>Cancellation sent</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Company</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Declaration</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>Documents attached</source>
      <translation>Documents attached</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>Failed at the platform</source>
      <translation>Failed at the platform</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <source>Logged in</source>
      <translation>Logged in</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Party</translation>
    </message>
    <message>
      <source>Platform: {status}</source>
      <translation>Platform: {status}</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Refused by the platform</source>
      <translation>Refused by the platform</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>Role changed</source>
      <translation>Role changed</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Saved over another user's change</source>
      <translation>Saved over another user's change</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Shipment</translation>
    </message>
    <message>
      <source>Signed in on this workspace</source>
      <translation>Signed in on this workspace</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Withdrawal sent</source>
      <translation>Withdrawal sent</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>(deleted)</source>
      <translation>(deleted)</translation>
    </message>
    <message>
      <source>(not yet numbered)</source>
      <translation>(not yet numbered)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Double-click or Enter opens the record</source>
      <translation>Double-click or Enter opens the record</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>Seat</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>shipment {reference}</source>
      <translation>shipment {reference}</translation>
    </message>
  </context>
  <context>
    <name>BatchMenus</name>
    <message>
      <source>&amp;Check the selected rows</source>
      <translation>&amp;Check the selected rows</translation>
    </message>
    <message>
      <source>&amp;Derive drafts again for the selected rows</source>
      <translation>&amp;Derive drafts again for the selected rows</translation>
    </message>
    <message>
      <source>&amp;New shipment with this client's defaults</source>
      <translation>&amp;New shipment with this client's defaults</translation>
    </message>
    <message>
      <source>&amp;Submit the selected rows</source>
      <translation>&amp;Submit the selected rows</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>Ba&amp;tch</source>
      <translation>Ba&amp;tch</translation>
    </message>
    <message>
      <source>Clients &amp;overview</source>
      <translation>Clients &amp;overview</translation>
    </message>
    <message>
      <source>Copy the selected shipment as a &amp;template</source>
      <translation>Copy the selected shipment as a &amp;template</translation>
    </message>
    <message>
      <source>Export goods</source>
      <translation>Export goods</translation>
    </message>
    <message>
      <source>Export list</source>
      <translation>Export list</translation>
    </message>
    <message>
      <source>Export the list &amp;as a spreadsheet…</source>
      <translation>Export the list &amp;as a spreadsheet…</translation>
    </message>
    <message>
      <source>Export the shipment's &amp;goods to a spreadsheet…</source>
      <translation>Export the shipment's &amp;goods to a spreadsheet…</translation>
    </message>
    <message>
      <source>Goods imported.</source>
      <translation>Goods imported.</translation>
    </message>
    <message>
      <source>Import goods from a &amp;spreadsheet…</source>
      <translation>Import goods from a &amp;spreadsheet…</translation>
    </message>
    <message>
      <source>Import goods from a spreadsheet</source>
      <translation>Import goods from a spreadsheet</translation>
    </message>
    <message>
      <source>Log in first.</source>
      <translation>Log in first.</translation>
    </message>
    <message>
      <source>Open and save the shipment whose goods you want to export.</source>
      <translation>Open and save the shipment whose goods you want to export.</translation>
    </message>
    <message>
      <source>Save the goods import &amp;template…</source>
      <translation>Save the goods import &amp;template…</translation>
    </message>
    <message>
      <source>Save the goods import template</source>
      <translation>Save the goods import template</translation>
    </message>
    <message>
      <source>Select the rows first (Ctrl+click, Shift+click or Ctrl+A).</source>
      <translation>Select the rows first (Ctrl+click, Shift+click or Ctrl+A).</translation>
    </message>
    <message>
      <source>Select the shipment to copy first.</source>
      <translation>Select the shipment to copy first.</translation>
    </message>
    <message>
      <source>Show the list of shipments, declarations or bookings to export.</source>
      <translation>Show the list of shipments, declarations or bookings to export.</translation>
    </message>
    <message>
      <source>Spreadsheets ({patterns})</source>
      <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
      <source>Written to {file}.</source>
      <translation>Written to {file}.</translation>
    </message>
    <message>
      <source>goods-template</source>
      <translation>goods-template</translation>
    </message>
  </context>
  <context>
    <name>BookingEditor</name>
    <message>
      <source>&amp;Amend</source>
      <translation>&amp;Amend</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Booking for {reference}</source>
      <translation>Booking for {reference}</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Cancel booking</source>
      <translation>Cancel booking</translation>
    </message>
    <message>
      <source>Carrier:</source>
      <translation>Carrier:</translation>
    </message>
    <message>
      <source>Change the confirmed booking and send the amendment to the carrier; the booking stands as confirmed until the carrier decides</source>
      <translation>Change the confirmed booking and send the amendment to the carrier; the booking stands as confirmed until the carrier decides</translation>
    </message>
    <message>
      <source>Documentation cut-off</source>
      <translation>Documentation cut-off</translation>
    </message>
    <message>
      <source>Equipment and cargo</source>
      <translation>Equipment and cargo</translation>
    </message>
    <message>
      <source>Fix the errors marked on the form before submitting.</source>
      <translation>Fix the errors marked on the form before submitting.</translation>
    </message>
    <message>
      <source>Full container cut-off</source>
      <translation>Full container cut-off</translation>
    </message>
    <message>
      <source>LCL delivery cut-off</source>
      <translation>LCL delivery cut-off</translation>
    </message>
    <message>
      <source>New booking</source>
      <translation>New booking</translation>
    </message>
    <message>
      <source>No carrier is set up in this workspace: add one under File &gt; Carriers.</source>
      <translation>No carrier is set up in this workspace: add one under File &gt; Carriers.</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <source>Schedules</source>
      <translation>Schedules</translation>
    </message>
    <message>
      <source>Search schedules</source>
      <translation>Search schedules</translation>
    </message>
    <message>
      <source>Send &amp;again</source>
      <translation>Send &amp;again</translation>
    </message>
    <message>
      <source>Send straight to the &amp;carrier's API</source>
      <translation>Send straight to the &amp;carrier's API</translation>
    </message>
    <message>
      <source>Send the amendment to the &amp;carrier</source>
      <translation>Send the amendment to the &amp;carrier</translation>
    </message>
    <message>
      <source>Send the booking to a carrier's DCSA booking API</source>
      <translation>Send the booking to a carrier's DCSA booking API</translation>
    </message>
    <message>
      <source>Send to carrier</source>
      <translation>Send to carrier</translation>
    </message>
    <message>
      <source>Su&amp;bmit through the platform</source>
      <translation>Su&amp;bmit through the platform</translation>
    </message>
    <message>
      <source>The carrier may already hold this booking. Send it again only if the carrier says it has none.</source>
      <translation>The carrier may already hold this booking. Send it again only if the carrier says it has none.</translation>
    </message>
    <message>
      <source>VGM cut-off</source>
      <translation>VGM cut-off</translation>
    </message>
    <message>
      <source>{service} · train {train} · cut-off {cutoff} · {vessel} {voyage} · {days} days · {amount} {currency}</source>
      <translation>{service} · train {train} · cut-off {cutoff} · {vessel} {voyage} · {days} days · {amount} {currency}</translation>
    </message>
  </context>
  <context>
    <name>BulkDialog</name>
    <message numerus="yes">
      <source>%n filing(s) queued for sending.</source>
      <translation>
        <numerusform>%n filing queued for sending.</numerusform>
        <numerusform>%n filings queued for sending.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Retry the failed rows</source>
      <translation>&amp;Retry the failed rows</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Declaration</translation>
    </message>
    <message>
      <source>Derive drafts again</source>
      <translation>Derive drafts again</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Failed</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Nothing to do</source>
      <translation>Nothing to do</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Shipment</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <source>{done} of {total} done: {ok} fine, {failed} failed, {cancelled} cancelled.</source>
      <translation>{done} of {total} done: {ok} fine, {failed} failed, {cancelled} cancelled.</translation>
    </message>
    <message>
      <source>{operation}: {n} selected</source>
      <translation>{operation}: {n} selected</translation>
    </message>
  </context>
  <context>
    <name>CalendarButton</name>
    <message>
      <source>Calendar (Alt+Down)</source>
      <translation>Calendar (Alt+Down)</translation>
    </message>
  </context>
  <context>
    <name>CandidateModel</name>
    <message>
      <source>Chinese name</source>
      <translation>Chinese name</translation>
    </message>
    <message>
      <source>Chinese tariff</source>
      <translation>Chinese tariff</translation>
    </message>
    <message>
      <source>Chinese tariff (English)</source>
      <translation>Chinese tariff (English)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>HS 2022</source>
      <translation>HS 2022</translation>
    </message>
    <message>
      <source>Legal units</source>
      <translation>Legal units</translation>
    </message>
    <message>
      <source>Matched by</source>
      <translation>Matched by</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>The Vietnamese tariff has no line of this subheading that names these goods: the English and Chinese names are shown.</source>
      <translation>The Vietnamese tariff has no line of this subheading that names these goods: the English and Chinese names are shown.</translation>
    </message>
    <message>
      <source>The first Vietnamese tariff lines of this subheading: the Vietnamese tariff splits the subheading differently and none of its lines is this one.</source>
      <translation>The first Vietnamese tariff lines of this subheading: the Vietnamese tariff splits the subheading differently and none of its lines is this one.</translation>
    </message>
    <message>
      <source>Vietnamese declared goods</source>
      <translation>Vietnamese declared goods</translation>
    </message>
    <message>
      <source>Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line}: the Vietnamese tariff splits the subheading differently.</source>
      <translation>Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line}: the Vietnamese tariff splits the subheading differently.</translation>
    </message>
    <message>
      <source>Vietnamese tariff</source>
      <translation>Vietnamese tariff</translation>
    </message>
    <message>
      <source>code</source>
      <translation>code</translation>
    </message>
    <message>
      <source>nearest line to the code</source>
      <translation>nearest line to the code</translation>
    </message>
    <message>
      <source>own history</source>
      <translation>own history</translation>
    </message>
    <message>
      <source>trade name</source>
      <translation>trade name</translation>
    </message>
  </context>
  <context>
    <name>CarrierPanel</name>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Link</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>The carrier asks for changes to this booking. Change what it says, save, then send the amendment to the carrier.</source>
      <translation>The carrier asks for changes to this booking. Change what it says, save, then send the amendment to the carrier.</translation>
    </message>
    <message>
      <source>The carrier may hold this booking already: its answer was lost. Ask the carrier. If it has the booking, link the reference it gives; if not, send the booking again.</source>
      <translation>The carrier may hold this booking already: its answer was lost. Ask the carrier. If it has the booking, link the reference it gives; if not, send the booking again.</translation>
    </message>
    <message>
      <source>the carrier's booking reference or booking request reference</source>
      <translation>the carrier's booking reference or booking request reference</translation>
    </message>
  </context>
  <context>
    <name>CarriersDialog</name>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <source>A carrier named {name} exists already.</source>
      <translation>A carrier named {name} exists already.</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>API key</translation>
    </message>
    <message>
      <source>An API key is stored; type a new one only to replace it.</source>
      <translation>An API key is stored; type a new one only to replace it.</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>Base URL</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Carrier code (SMDG or SCAC)</source>
      <translation>Carrier code (SMDG or SCAC)</translation>
    </message>
    <message>
      <source>Carrier {name} removed.</source>
      <translation>Carrier {name} removed.</translation>
    </message>
    <message>
      <source>Carrier {name} saved.</source>
      <translation>Carrier {name} saved.</translation>
    </message>
    <message>
      <source>Carriers</source>
      <translation>Carriers</translation>
    </message>
    <message>
      <source>Carriers that take bookings through the DCSA Booking 2.0 API. The API key is kept in the system's secure store, never in the workspace; connections are made over verified TLS (https).</source>
      <translation>Carriers that take bookings through the DCSA Booking 2.0 API. The API key is kept in the system's secure store, never in the workspace; connections are made over verified TLS (https).</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Connected: {url} answers as a DCSA booking API and accepts the API key.</source>
      <translation>Connected: {url} answers as a DCSA booking API and accepts the API key.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>No API key stored yet.</source>
      <translation>No API key stored yet.</translation>
    </message>
    <message>
      <source>Quotation reference</source>
      <translation>Quotation reference</translation>
    </message>
    <message>
      <source>Remove carrier</source>
      <translation>Remove carrier</translation>
    </message>
    <message>
      <source>Remove carrier {name} and its API key? Bookings already sent to it stay in the workspace but are no longer followed.</source>
      <translation>Remove carrier {name} and its API key? Bookings already sent to it stay in the workspace but are no longer followed.</translation>
    </message>
    <message>
      <source>Service contract</source>
      <translation>Service contract</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>Testing the connection…</translation>
    </message>
    <message>
      <source>https://… (the part before /v2)</source>
      <translation>https://… (the part before /v2)</translation>
    </message>
    <message>
      <source>lower-case letters, digits, - and _</source>
      <translation>lower-case letters, digits, - and _</translation>
    </message>
  </context>
  <context>
    <name>CarriersMenu</name>
    <message>
      <source>C&amp;arriers…</source>
      <translation>C&amp;arriers…</translation>
    </message>
    <message>
      <source>Carriers</source>
      <translation>Carriers</translation>
    </message>
    <message>
      <source>Open a workspace first.</source>
      <translation>Open a workspace first.</translation>
    </message>
  </context>
  <context>
    <name>Choice</name>
    <message>
      <source>Bill of lading</source>
      <translation>Bill of lading</translation>
    </message>
    <message>
      <source>Booking agent</source>
      <translation>Booking agent</translation>
    </message>
    <message>
      <source>Collect</source>
      <translation>Collect</translation>
    </message>
    <message>
      <source>Consignee</source>
      <translation>Consignee</translation>
    </message>
    <message>
      <source>Container freight station (CFS)</source>
      <translation>Container freight station (CFS)</translation>
    </message>
    <message>
      <source>Container yard (CY)</source>
      <translation>Container yard (CY)</translation>
    </message>
    <message>
      <source>Declaring agent</source>
      <translation>Declaring agent</translation>
    </message>
    <message>
      <source>Exporter</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Full container load (FCL)</source>
      <translation>Full container load (FCL)</translation>
    </message>
    <message>
      <source>Less than container load (LCL)</source>
      <translation>Less than container load (LCL)</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>Notify party</translation>
    </message>
    <message>
      <source>Place of delivery</source>
      <translation>Place of delivery</translation>
    </message>
    <message>
      <source>Place of receipt</source>
      <translation>Place of receipt</translation>
    </message>
    <message>
      <source>Port of discharge</source>
      <translation>Port of discharge</translation>
    </message>
    <message>
      <source>Port of loading</source>
      <translation>Port of loading</translation>
    </message>
    <message>
      <source>Prepaid</source>
      <translation>Prepaid</translation>
    </message>
    <message>
      <source>Rail</source>
      <translation>Rail</translation>
    </message>
    <message>
      <source>Sea waybill</source>
      <translation>Sea waybill</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>Shipper</translation>
    </message>
    <message>
      <source>Store door (SD)</source>
      <translation>Store door (SD)</translation>
    </message>
    <message>
      <source>Truck</source>
      <translation>Truck</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>    (no line of the Vietnamese tariff names these goods: the English and Chinese names)</source>
      <translation>    (no line of the Vietnamese tariff names these goods: the English and Chinese names)</translation>
    </message>
    <message>
      <source>    (the Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line})</source>
      <translation>    (the Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line})</translation>
    </message>
    <message>
      <source>    (the first Vietnamese tariff lines of this subheading: none of them is this line)</source>
      <translation>    (the first Vietnamese tariff lines of this subheading: none of them is this line)</translation>
    </message>
    <message>
      <source>    legal units: {units} · matched: {why}</source>
      <translation>    legal units: {units} · matched: {why}</translation>
    </message>
    <message>
      <source>  booking {id}</source>
      <translation>  booking {id}</translation>
    </message>
    <message>
      <source>  customs number {number}</source>
      <translation>  customs number {number}</translation>
    </message>
    <message>
      <source>  declaration {id} (part {part} of {parts})</source>
      <translation>  declaration {id} (part {part} of {parts})</translation>
    </message>
    <message>
      <source>  sheet {sheet}: header row {row}</source>
      <translation>  sheet {sheet}: header row {row}</translation>
    </message>
    <message>
      <source>  sheet {sheet}: no goods table</source>
      <translation>  sheet {sheet}: no goods table</translation>
    </message>
    <message numerus="yes">
      <source>  {rows} goods line(s), {bad} with errors.</source>
      <translation>
        <numerusform>  {rows} goods line, {bad} with errors.</numerusform>
        <numerusform>  {rows} goods lines, {bad} with errors.</numerusform>
      </translation>
    </message>
    <message>
      <source>(item number)</source>
      <translation>(item number)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(not imported)</translation>
    </message>
    <message>
      <source>API key: </source>
      <translation>API key: </translation>
    </message>
    <message>
      <source>Account: </source>
      <translation>Account: </translation>
    </message>
    <message numerus="yes">
      <source>All {total} checks passed</source>
      <translation>
        <numerusform>The {total} check passed</numerusform>
        <numerusform>All {total} checks passed</numerusform>
      </translation>
    </message>
    <message>
      <source>Bundled resources</source>
      <translation>Bundled resources</translation>
    </message>
    <message>
      <source>Carrier {name} saved.</source>
      <translation>Carrier {name} saved.</translation>
    </message>
    <message>
      <source>Chinese tariff</source>
      <translation>Chinese tariff</translation>
    </message>
    <message>
      <source>Chinese tariff (English)</source>
      <translation>Chinese tariff (English)</translation>
    </message>
    <message>
      <source>Class reset: {removed}, {kept}.</source>
      <translation>Class reset: {removed}, {kept}.</translation>
    </message>
    <message>
      <source>Corridor Desk self-test</source>
      <translation>Corridor Desk self-test</translation>
    </message>
    <message>
      <source>Documents in worker processes</source>
      <translation>Documents in worker processes</translation>
    </message>
    <message>
      <source>Dry run: nothing saved.</source>
      <translation>Dry run: nothing saved.</translation>
    </message>
    <message>
      <source>Embedded sandbox</source>
      <translation>Embedded sandbox</translation>
    </message>
    <message>
      <source>HS 2022</source>
      <translation>HS 2022</translation>
    </message>
    <message>
      <source>Keyring backend</source>
      <translation>Keyring backend</translation>
    </message>
    <message>
      <source>Logged in to {environment} as {user}.</source>
      <translation>Logged in to {environment} as {user}.</translation>
    </message>
    <message>
      <source>Logged out.</source>
      <translation>Logged out.</translation>
    </message>
    <message>
      <source>No candidates for {query}.</source>
      <translation>No candidates for {query}.</translation>
    </message>
    <message>
      <source>Not logged in to {environment}.</source>
      <translation>Not logged in to {environment}.</translation>
    </message>
    <message>
      <source>PDF fonts embed</source>
      <translation>PDF fonts embed</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>Password: </translation>
    </message>
    <message>
      <source>Qt platform plugin</source>
      <translation>Qt platform plugin</translation>
    </message>
    <message>
      <source>Runtime</source>
      <translation>Runtime</translation>
    </message>
    <message>
      <source>SQLite</source>
      <translation>SQLite</translation>
    </message>
    <message numerus="yes">
      <source>Sandbox clock: {clock} ({n} processing step(s) applied).</source>
      <translation>
        <numerusform>Sandbox clock: {clock} ({n} processing step applied).</numerusform>
        <numerusform>Sandbox clock: {clock} ({n} processing steps applied).</numerusform>
      </translation>
    </message>
    <message>
      <source>Sandbox clock: {clock}.</source>
      <translation>Sandbox clock: {clock}.</translation>
    </message>
    <message>
      <source>Scenario {scenario} for the whole class.</source>
      <translation>Scenario {scenario} for the whole class.</translation>
    </message>
    <message>
      <source>Scenario {scenario} for {user}.</source>
      <translation>Scenario {scenario} for {user}.</translation>
    </message>
    <message numerus="yes">
      <source>Sent {sent}, refused {failed}, still queued {pending}; {changed} status change(s).</source>
      <translation>
        <numerusform>Sent {sent}, refused {failed}, still queued {pending}; {changed} status change.</numerusform>
        <numerusform>Sent {sent}, refused {failed}, still queued {pending}; {changed} status changes.</numerusform>
      </translation>
    </message>
    <message>
      <source>TLS trust</source>
      <translation>TLS trust</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</source>
      <translation>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</source>
      <translation>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</translation>
    </message>
    <message>
      <source>This removes every filing of the class. Run again with --yes to do it.</source>
      <translation>This removes every filing of the class. Run again with --yes to do it.</translation>
    </message>
    <message>
      <source>Translation catalogues</source>
      <translation>Translation catalogues</translation>
    </message>
    <message>
      <source>Verification code: </source>
      <translation>Verification code: </translation>
    </message>
    <message>
      <source>Vietnamese declared goods</source>
      <translation>Vietnamese declared goods</translation>
    </message>
    <message>
      <source>Vietnamese tariff</source>
      <translation>Vietnamese tariff</translation>
    </message>
    <message>
      <source>Working as {user} ({role}).</source>
      <translation>Working as {user} ({role}).</translation>
    </message>
    <message>
      <source>Wrote {file}.</source>
      <translation>Wrote {file}.</translation>
    </message>
    <message>
      <source>agent</source>
      <translation>agent</translation>
    </message>
    <message>
      <source>booking</source>
      <translation>booking</translation>
    </message>
    <message>
      <source>booking {id}: {status} {reference}</source>
      <translation>booking {id}: {status} {reference}</translation>
    </message>
    <message>
      <source>broker</source>
      <translation>broker</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>code</source>
      <translation>code</translation>
    </message>
    <message>
      <source>company</source>
      <translation>company</translation>
    </message>
    <message>
      <source>declaration</source>
      <translation>declaration</translation>
    </message>
    <message>
      <source>declaration {id} queued for the Single Window client as {file}.</source>
      <translation>declaration {id} queued for the Single Window client as {file}.</translation>
    </message>
    <message>
      <source>declarations {d}, bookings {b}, rejected {r}, last {last}</source>
      <translation>declarations {d}, bookings {b}, rejected {r}, last {last}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>done</translation>
    </message>
    <message>
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>failed</translation>
    </message>
    <message>
      <source>nearest line to the code</source>
      <translation>nearest line to the code</translation>
    </message>
    <message>
      <source>own history</source>
      <translation>own history</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <source>shipment</source>
      <translation>shipment</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>skipped</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <source>synonym</source>
      <translation>synonym</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>warning</translation>
    </message>
    <message numerus="yes">
      <source>{count} error(s)</source>
      <translation>
        <numerusform>{count} error</numerusform>
        <numerusform>{count} errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) queued by {user} waiting to be sent.</source>
      <translation>
        <numerusform>{count} filing queued by {user} waiting to be sent.</numerusform>
        <numerusform>{count} filings queued by {user} waiting to be sent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) waiting to be sent (every user's).</source>
      <translation>
        <numerusform>{count} filing waiting to be sent (every user's).</numerusform>
        <numerusform>{count} filings waiting to be sent (every user's).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} filing(s) you queued waiting to be sent.</source>
      <translation>
        <numerusform>{count} filing you queued waiting to be sent.</numerusform>
        <numerusform>{count} filings you queued waiting to be sent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} warning(s)</source>
      <translation>
        <numerusform>{count} warning</numerusform>
        <numerusform>{count} warnings</numerusform>
      </translation>
    </message>
    <message>
      <source>{failed} of {total} checks failed</source>
      <translation>{failed} of {total} checks failed</translation>
    </message>
    <message>
      <source>{file}:</source>
      <translation>{file}:</translation>
    </message>
    <message>
      <source>{file}: imported {kind} {id}.</source>
      <translation>{file}: imported {kind} {id}.</translation>
    </message>
    <message numerus="yes">
      <source>{file}: valid, with {warnings} warning(s).</source>
      <translation>
        <numerusform>{file}: valid, with {warnings} warning.</numerusform>
        <numerusform>{file}: valid, with {warnings} warnings.</numerusform>
      </translation>
    </message>
    <message>
      <source>{file}: valid.</source>
      <translation>{file}: valid.</translation>
    </message>
    <message>
      <source>{file}: {errors}, {warnings}.</source>
      <translation>{file}: {errors}, {warnings}.</translation>
    </message>
    <message>
      <source>{imported} imported, {refused} refused, {failed} not sent, {receipts} receipts written.</source>
      <translation>{imported} imported, {refused} refused, {failed} not sent, {receipts} receipts written.</translation>
    </message>
    <message>
      <source>{kind} {id} written to {file}.</source>
      <translation>{kind} {id} written to {file}.</translation>
    </message>
    <message>
      <source>{kind} {id}: {status}</source>
      <translation>{kind} {id}: {status}</translation>
    </message>
    <message>
      <source>{name} ({id}): {draft} draft, {queued} queued, {rejected} rejected, {waiting} waiting; oldest {oldest}</source>
      <translation>{name} ({id}): {draft} draft, {queued} queued, {rejected} rejected, {waiting} waiting; oldest {oldest}</translation>
    </message>
    <message numerus="yes">
      <source>{n} filing(s) removed</source>
      <translation>
        <numerusform>{n} filing removed</numerusform>
        <numerusform>{n} filings removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} seat(s): {first} .. {last}.</source>
      <translation>
        <numerusform>{n} seat: {first} .. {last}.</numerusform>
        <numerusform>{n} seats: {first} .. {last}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} trainee(s) kept</source>
      <translation>
        <numerusform>{n} trainee kept</numerusform>
        <numerusform>{n} trainees kept</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} trainee(s):</source>
      <translation>
        <numerusform>{n} trainee:</numerusform>
        <numerusform>{n} trainees:</numerusform>
      </translation>
    </message>
    <message>
      <source>{path} ({label})</source>
      <translation>{path} ({label})</translation>
    </message>
    <message>
      <source>{sent} written, {changed} changed, {pending} waiting.</source>
      <translation>{sent} written, {changed} changed, {pending} waiting.</translation>
    </message>
    <message>
      <source>{severity}: {where}: {field}: {message} [{rule}]</source>
      <translation>{severity}: {where}: {field}: {message} [{rule}]</translation>
    </message>
    <message numerus="yes">
      <source>{total} row(s): {done} done, {failed} failed, {skipped} with nothing to do.</source>
      <translation>
        <numerusform>{total} row: {done} done, {failed} failed, {skipped} with nothing to do.</numerusform>
        <numerusform>{total} rows: {done} done, {failed} failed, {skipped} with nothing to do.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliHelp</name>
    <message>
      <source>Bookings sent to a carrier's DCSA Booking 2.0 API.</source>
      <translation>Bookings sent to a carrier's DCSA Booking 2.0 API.</translation>
    </message>
    <message>
      <source>Check a shipment, declaration or booking exchange file against the customs and booking rules. Exit 0 valid (warnings allowed), 1 rule errors, 2 unreadable input.</source>
      <translation>Check a shipment, declaration or booking exchange file against the customs and booking rules. Exit 0 valid (warnings allowed), 1 rule errors, 2 unreadable input.</translation>
    </message>
    <message>
      <source>Corridor Desk — filing client for the New Western Land-Sea Corridor single window.</source>
      <translation>Corridor Desk — filing client for the New Western Land-Sea Corridor single window.</translation>
    </message>
    <message>
      <source>DCSA carriers: add, list, submit, sync, amend and cancel bookings</source>
      <translation>DCSA carriers: add, list, submit, sync, amend and cancel bookings</translation>
    </message>
    <message>
      <source>Derive the export declaration(s) (one per 50 goods lines) and the rail-sea booking from a shipment exchange file and print them as a JSON array of exchange documents.</source>
      <translation>Derive the export declaration(s) (one per 50 goods lines) and the rail-sea booking from a shipment exchange file and print them as a JSON array of exchange documents.</translation>
    </message>
    <message>
      <source>G: store in the Single Window for review; C: declare</source>
      <translation>G: store in the Single Window for review; C: declare</translation>
    </message>
    <message>
      <source>Hand declarations to the Single Window desktop client through its ImpPath folders (Deccus001\OutBox, SentBox, FailBox, InBox) and follow its answers.</source>
      <translation>Hand declarations to the Single Window desktop client through its ImpPath folders (Deccus001\OutBox, SentBox, FailBox, InBox) and follow its answers.</translation>
    </message>
    <message>
      <source>Import shipment, declaration or booking exchange files into the workspace (see --data-dir). A shipment brings its company along and gets its drafts derived. An XLSX or CSV invoice / packing list gives a shipment's goods lines (see the spreadsheet options).</source>
      <translation>Import shipment, declaration or booking exchange files into the workspace (see --data-dir). A shipment brings its company along and gets its drafts derived. An XLSX or CSV invoice / packing list gives a shipment's goods lines (see the spreadsheet options).</translation>
    </message>
    <message>
      <source>Make one of the trade documents of a shipment as a PDF with embedded fonts. FILE is an exchange file (a shipment derives the document), ID a shipment, declaration or booking of the workspace. Exit 0 written, 1 cannot be made or written, 2 unreadable input.</source>
      <translation>Make one of the trade documents of a shipment as a PDF with embedded fonts. FILE is an exchange file (a shipment derives the document), ID a shipment, declaration or booking of the workspace. Exit 0 written, 1 cannot be made or written, 2 unreadable input.</translation>
    </message>
    <message>
      <source>Run one operation over many shipments (or declaration / booking drafts): check them against the rules, derive their drafts again, or submit them through the outbox.</source>
      <translation>Run one operation over many shipments (or declaration / booking drafts): check them against the rules, derive their drafts again, or submit them through the outbox.</translation>
    </message>
    <message>
      <source>Search the company's own history, the Chinese tariff (Chinese and English names), HS 2022 and the Vietnamese tariff. QUERY '-' reads one query per line from standard input and prints one JSON list per line.</source>
      <translation>Search the company's own history, the Chinese tariff (Chinese and English names), HS 2022 and the Vietnamese tariff. QUERY '-' reads one query per line from standard input and prints one JSON list per line.</translation>
    </message>
    <message>
      <source>Write the goods import template: one header per goods line field, in the language given (--lang), and a sheet saying what each column holds.</source>
      <translation>Write the goods import template: one header per goods line field, in the language given (--lang), and a sheet saying what each column holds.</translation>
    </message>
    <message>
      <source>a booking draft ID or an exchange file</source>
      <translation>a booking draft ID or an exchange file</translation>
    </message>
    <message>
      <source>a user whose role to change (with --role)</source>
      <translation>a user whose role to change (with --role)</translation>
    </message>
    <message>
      <source>account (default: $CORRIDOR_USER or the last one)</source>
      <translation>account (default: $CORRIDOR_USER or the last one)</translation>
    </message>
    <message>
      <source>add or change a carrier (API key from CORRIDOR_CARRIER_KEY or a prompt)</source>
      <translation>add or change a carrier (API key from CORRIDOR_CARRIER_KEY or a prompt)</translation>
    </message>
    <message>
      <source>an exchange file to import and submit, or a draft ID</source>
      <translation>an exchange file to import and submit, or a draft ID</translation>
    </message>
    <message>
      <source>ask the platform first</source>
      <translation>ask the platform first</translation>
    </message>
    <message>
      <source>at most N candidates (default 10)</source>
      <translation>at most N candidates (default 10)</translation>
    </message>
    <message>
      <source>cancel a booking at the carrier</source>
      <translation>cancel a booking at the carrier</translation>
    </message>
    <message>
      <source>cancel the booking ID</source>
      <translation>cancel the booking ID</translation>
    </message>
    <message>
      <source>check an exchange file (a shipment is checked with what derives from it)</source>
      <translation>check an exchange file (a shipment is checked with what derives from it)</translation>
    </message>
    <message>
      <source>check dates as of this day</source>
      <translation>check dates as of this day</translation>
    </message>
    <message>
      <source>check dates as of this day instead of today (training, old files)</source>
      <translation>check dates as of this day instead of today (training, old files)</translation>
    </message>
    <message>
      <source>check this installation and exit</source>
      <translation>check this installation and exit</translation>
    </message>
    <message>
      <source>check, derive or submit many shipments or drafts at once</source>
      <translation>check, derive or submit many shipments or drafts at once</translation>
    </message>
    <message>
      <source>data-entry company, 10-character customs code</source>
      <translation>data-entry company, 10-character customs code</translation>
    </message>
    <message>
      <source>decmessage: the operator's IC card number (default: the company's Single Window settings in the workspace)</source>
      <translation>decmessage: the operator's IC card number (default: the company's Single Window settings in the workspace)</translation>
    </message>
    <message>
      <source>decmessage: the operator's name</source>
      <translation>decmessage: the operator's name</translation>
    </message>
    <message>
      <source>default quotation reference (instead of a contract)</source>
      <translation>default quotation reference (instead of a contract)</translation>
    </message>
    <message>
      <source>default service contract reference</source>
      <translation>default service contract reference</translation>
    </message>
    <message>
      <source>document language: zh-en (Chinese and English, default), en, vi-en</source>
      <translation>document language: zh-en (Chinese and English, default), en, vi-en</translation>
    </message>
    <message>
      <source>every user's queue (a supervisor's default)</source>
      <translation>every user's queue (a supervisor's default)</translation>
    </message>
    <message>
      <source>exchange (default); dcsa: a booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: a declaration as a Single Window DecMessage XML</source>
      <translation>exchange (default); dcsa: a booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: a declaration as a Single Window DecMessage XML</translation>
    </message>
    <message>
      <source>exchange (default); dcsa: the booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: one Single Window DecMessage XML per declaration</source>
      <translation>exchange (default); dcsa: the booking as DCSA Booking 2.0 CreateBooking JSON; decmessage: one Single Window DecMessage XML per declaration</translation>
    </message>
    <message>
      <source>file declarations through the China Single Window client's folders</source>
      <translation>file declarations through the China Single Window client's folders</translation>
    </message>
    <message>
      <source>find the commodity code of goods by name (Chinese, English or Vietnamese) or code</source>
      <translation>find the commodity code of goods by name (Chinese, English or Vietnamese) or code</translation>
    </message>
    <message>
      <source>fixed creation time (e.g. 2026-12-02T08:00:00+08:00): same input, same bytes</source>
      <translation>fixed creation time (e.g. 2026-12-02T08:00:00+08:00): same input, same bytes</translation>
    </message>
    <message>
      <source>goods name or code; - for one query per line on stdin</source>
      <translation>goods name or code; - for one query per line on stdin</translation>
    </message>
    <message>
      <source>happy, rejection, inspection, slow or upload-fail</source>
      <translation>happy, rejection, inspection, slow or upload-fail</translation>
    </message>
    <message>
      <source>import exchange files or spreadsheets (XLSX, CSV) into the workspace</source>
      <translation>import exchange files or spreadsheets (XLSX, CSV) into the workspace</translation>
    </message>
    <message>
      <source>import the clean rows and leave out the rows with errors</source>
      <translation>import the clean rows and leave out the rows with errors</translation>
    </message>
    <message>
      <source>keep all data (workspace, logs, cache) under DIR</source>
      <translation>keep all data (workspace, logs, cache) under DIR</translation>
    </message>
    <message>
      <source>keep all data under DIR</source>
      <translation>keep all data under DIR</translation>
    </message>
    <message>
      <source>keep the login for this command only</source>
      <translation>keep the login for this command only</translation>
    </message>
    <message>
      <source>keep the sandbox's data in FILE or on a PostgreSQL server at a postgresql:// URL (password from PGPASSWORD or ~/.pgpass); default: in memory</source>
      <translation>keep the sandbox's data in FILE or on a PostgreSQL server at a postgresql:// URL (password from PGPASSWORD or ~/.pgpass); default: in memory</translation>
    </message>
    <message>
      <source>keep the shipment's lines and add the imported ones</source>
      <translation>keep the shipment's lines and add the imported ones</translation>
    </message>
    <message>
      <source>language of the headers (default: the OS language)</source>
      <translation>language of the headers (default: the OS language)</translation>
    </message>
    <message>
      <source>language of the names shown (default: the OS language)</source>
      <translation>language of the names shown (default: the OS language)</translation>
    </message>
    <message>
      <source>language of the output</source>
      <translation>language of the output</translation>
    </message>
    <message>
      <source>language of the output (default: the OS language)</source>
      <translation>language of the output (default: the OS language)</translation>
    </message>
    <message>
      <source>list the class: each trainee's scenario and filings (trainer)</source>
      <translation>list the class: each trainee's scenario and filings (trainer)</translation>
    </message>
    <message>
      <source>list the services instead of booking</source>
      <translation>list the services instead of booking</translation>
    </message>
    <message>
      <source>log in to the platform (unified login)</source>
      <translation>log in to the platform (unified login)</translation>
    </message>
    <message>
      <source>log out and delete the stored login</source>
      <translation>log out and delete the stored login</translation>
    </message>
    <message>
      <source>long-poll for events (≤ 30)</source>
      <translation>long-poll for events (≤ 30)</translation>
    </message>
    <message>
      <source>make a new shipment copied from this one</source>
      <translation>make a new shipment copied from this one</translation>
    </message>
    <message>
      <source>make a new shipment for this client company</source>
      <translation>make a new shipment for this client company</translation>
    </message>
    <message>
      <source>make sure trainee seats seat-01 .. seat-NN exist (trainer)</source>
      <translation>make sure trainee seats seat-01 .. seat-NN exist (trainer)</translation>
    </message>
    <message>
      <source>move forward by 90 (seconds), 30m, 2h or 1d</source>
      <translation>move forward by 90 (seconds), 30m, 2h or 1d</translation>
    </message>
    <message>
      <source>move the simulated client's clock forward first (receipts come on this clock)</source>
      <translation>move the simulated client's clock forward first (receipts come on this clock)</translation>
    </message>
    <message>
      <source>name recorded in the audit log (default: the OS user)</source>
      <translation>name recorded in the audit log (default: the OS user)</translation>
    </message>
    <message>
      <source>only queue; send with `sync` later</source>
      <translation>only queue; send with `sync` later</translation>
    </message>
    <message>
      <source>only the rows USER queued (supervisors)</source>
      <translation>only the rows USER queued (supervisors)</translation>
    </message>
    <message>
      <source>only the rows you queued (a broker's default)</source>
      <translation>only the rows you queued (a broker's default)</translation>
    </message>
    <message>
      <source>only this client company's shipments</source>
      <translation>only this client company's shipments</translation>
    </message>
    <message>
      <source>only this trainee (default: the whole class)</source>
      <translation>only this trainee (default: the whole class)</translation>
    </message>
    <message>
      <source>per client: drafts, queued, rejected and waiting filings</source>
      <translation>per client: drafts, queued, rejected and waiting filings</translation>
    </message>
    <message>
      <source>platform base URL (default: the embedded sandbox)</source>
      <translation>platform base URL (default: the embedded sandbox)</translation>
    </message>
    <message>
      <source>platform environment</source>
      <translation>platform environment</translation>
    </message>
    <message>
      <source>print a JSON list</source>
      <translation>print a JSON list</translation>
    </message>
    <message>
      <source>print a declaration, invoice, packing list, booking or through bill as PDF</source>
      <translation>print a declaration, invoice, packing list, booking or through bill as PDF</translation>
    </message>
    <message>
      <source>print a machine-readable report</source>
      <translation>print a machine-readable report</translation>
    </message>
    <message>
      <source>print machine-readable output</source>
      <translation>print machine-readable output</translation>
    </message>
    <message>
      <source>print the declaration(s) and booking derived from a shipment</source>
      <translation>print the declaration(s) and booking derived from a shipment</translation>
    </message>
    <message>
      <source>put the goods into this shipment (replacing its lines)</source>
      <translation>put the goods into this shipment (replacing its lines)</translation>
    </message>
    <message>
      <source>queue a declaration for the Single Window client</source>
      <translation>queue a declaration for the Single Window client</translation>
    </message>
    <message>
      <source>rail origin (UN/LOCODE)</source>
      <translation>rail origin (UN/LOCODE)</translation>
    </message>
    <message>
      <source>really remove every filing of the class</source>
      <translation>really remove every filing of the class</translation>
    </message>
    <message>
      <source>reset the class to fresh demo data; seats and logins are kept (trainer)</source>
      <translation>reset the class to fresh demo data; seats and logins are kept (trainer)</translation>
    </message>
    <message>
      <source>run the local sandbox platform, or control a classroom on it</source>
      <translation>run the local sandbox platform, or control a classroom on it</translation>
    </message>
    <message>
      <source>search rail-sea schedules, submit or cancel a booking</source>
      <translation>search rail-sea schedules, submit or cancel a booking</translation>
    </message>
    <message>
      <source>search this company's history first</source>
      <translation>search this company's history first</translation>
    </message>
    <message>
      <source>send a booking to the carrier</source>
      <translation>send a booking to the carrier</translation>
    </message>
    <message>
      <source>send queued filings and fetch receipts</source>
      <translation>send queued filings and fetch receipts</translation>
    </message>
    <message>
      <source>send the edited booking to the carrier as an amendment</source>
      <translation>send the edited booking to the carrier as an amendment</translation>
    </message>
    <message>
      <source>send what is queued and bring back the carrier's answers</source>
      <translation>send what is queued and bring back the carrier's answers</translation>
    </message>
    <message>
      <source>set the scenario of the whole class or of one trainee (trainer)</source>
      <translation>set the scenario of the whole class or of one trainee (trainer)</translation>
    </message>
    <message>
      <source>shipment or draft IDs (default: every shipment)</source>
      <translation>shipment or draft IDs (default: every shipment)</translation>
    </message>
    <message>
      <source>shipment, declaration or booking</source>
      <translation>shipment, declaration or booking</translation>
    </message>
    <message>
      <source>show or set a company's ImpPath and operator card</source>
      <translation>show or set a company's ImpPath and operator card</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <translation>show program's version number and exit</translation>
    </message>
    <message>
      <source>show the mapping and the errors, save nothing</source>
      <translation>show the mapping and the errors, save nothing</translation>
    </message>
    <message>
      <source>show the sandbox clock, or move it forward (trainer)</source>
      <translation>show the sandbox clock, or move it forward (trainer)</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <source>spreadsheets (XLSX, CSV)</source>
      <translation>spreadsheets (XLSX, CSV)</translation>
    </message>
    <message>
      <source>status of a draft, or of the outbox and the session</source>
      <translation>status of a draft, or of the outbox and the session</translation>
    </message>
    <message>
      <source>submit declarations (or a booking) through the outbox</source>
      <translation>submit declarations (or a booking) through the outbox</translation>
    </message>
    <message>
      <source>submit the bookings too</source>
      <translation>submit the bookings too</translation>
    </message>
    <message>
      <source>take the reference the carrier gave as the booking's (checked at the carrier) after its answer was lost</source>
      <translation>take the reference the carrier gave as the booking's (checked at the carrier) after its answer was lost</translation>
    </message>
    <message>
      <source>the PDF to write</source>
      <translation>the PDF to write</translation>
    </message>
    <message>
      <source>the carrier's DCSA base URL (before /v2)</source>
      <translation>the carrier's DCSA base URL (before /v2)</translation>
    </message>
    <message>
      <source>the carrier's SMDG or SCAC code</source>
      <translation>the carrier's SMDG or SCAC code</translation>
    </message>
    <message>
      <source>the carrier's booking request reference or booking reference</source>
      <translation>the carrier's booking request reference or booking reference</translation>
    </message>
    <message>
      <source>the carriers of the workspace</source>
      <translation>the carriers of the workspace</translation>
    </message>
    <message>
      <source>the client's ImpPath, e.g. C:\ImpPath</source>
      <translation>the client's ImpPath, e.g. C:\ImpPath</translation>
    </message>
    <message>
      <source>the new role (supervisors only)</source>
      <translation>the new role (supervisors only)</translation>
    </message>
    <message>
      <source>the operator's IC card number</source>
      <translation>the operator's IC card number</translation>
    </message>
    <message>
      <source>the operator's name</source>
      <translation>the operator's name</translation>
    </message>
    <message>
      <source>the sandbox plays the Single Window client on an ImpPath (one pass)</source>
      <translation>the sandbox plays the Single Window client on an ImpPath (one pass)</translation>
    </message>
    <message>
      <source>the workspace user working on this seat (default: $CORRIDOR_SEAT_USER or your login name)</source>
      <translation>the workspace user working on this seat (default: $CORRIDOR_SEAT_USER or your login name)</translation>
    </message>
    <message>
      <source>the workspace's users and their roles (broker, supervisor)</source>
      <translation>the workspace's users and their roles (broker, supervisor)</translation>
    </message>
    <message>
      <source>trainee seats seat-01 .. seat-NN (password: $CORRIDOR_SEAT_PASSWORD or train1234)</source>
      <translation>trainee seats seat-01 .. seat-NN (password: $CORRIDOR_SEAT_PASSWORD or train1234)</translation>
    </message>
    <message>
      <source>verification code, when the platform asks for one</source>
      <translation>verification code, when the platform asks for one</translation>
    </message>
    <message>
      <source>which document</source>
      <translation>which document</translation>
    </message>
    <message>
      <source>workspace name or postgresql:// URL (default: default)</source>
      <translation>workspace name or postgresql:// URL (default: default)</translation>
    </message>
    <message>
      <source>write a shipment, declaration or booking of the workspace as an exchange file</source>
      <translation>write a shipment, declaration or booking of the workspace as an exchange file</translation>
    </message>
    <message>
      <source>write an empty goods sheet (XLSX) with the headers in a language</source>
      <translation>write an empty goods sheet (XLSX) with the headers in a language</translation>
    </message>
    <message>
      <source>write one exchange file per derived document into DIR instead of printing</source>
      <translation>write one exchange file per derived document into DIR instead of printing</translation>
    </message>
    <message>
      <source>write queued declarations into OutBox, follow FailBox, read InBox</source>
      <translation>write queued declarations into OutBox, follow FailBox, read InBox</translation>
    </message>
    <message>
      <source>zh_CN, en or vi (default: the language chosen in the app, else the OS language)</source>
      <translation>zh_CN, en or vi (default: the language chosen in the app, else the OS language)</translation>
    </message>
  </context>
  <context>
    <name>ClientOverviewDialog</name>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Clients overview</source>
      <translation>Clients overview</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>Drafts</translation>
    </message>
    <message>
      <source>Filings per client company, the client waiting longest first. Double-click a client to work on it.</source>
      <translation>Filings per client company, the client waiting longest first. Double-click a client to work on it.</translation>
    </message>
    <message>
      <source>No client companies to show yet. Add your clients under {companies} (“{add}”), then create shipments for them with {new_shipment}; their filings are counted here.</source>
      <translation>No client companies to show yet. Add your clients under {companies} (“{add}”), then create shipments for them with {new_shipment}; their filings are counted here.</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>Queued</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Waiting for the platform</source>
      <translation>Waiting for the platform</translation>
    </message>
    <message>
      <source>{n} (since {since})</source>
      <translation>{n} (since {since})</translation>
    </message>
  </context>
  <context>
    <name>CodeTable</name>
    <message>
      <source>IMO dangerous goods class table</source>
      <translation>IMO dangerous goods class table</translation>
    </message>
    <message>
      <source>ISO container size and type table</source>
      <translation>ISO container size and type table</translation>
    </message>
    <message>
      <source>Incoterms table</source>
      <translation>Incoterms table</translation>
    </message>
    <message>
      <source>attached document type table</source>
      <translation>attached document type table</translation>
    </message>
    <message>
      <source>charge mark table</source>
      <translation>charge mark table</translation>
    </message>
    <message>
      <source>commodity code table</source>
      <translation>commodity code table</translation>
    </message>
    <message>
      <source>container size table</source>
      <translation>container size table</translation>
    </message>
    <message>
      <source>country (region) table</source>
      <translation>country (region) table</translation>
    </message>
    <message>
      <source>currency table</source>
      <translation>currency table</translation>
    </message>
    <message>
      <source>customs office table</source>
      <translation>customs office table</translation>
    </message>
    <message>
      <source>declaration type table</source>
      <translation>declaration type table</translation>
    </message>
    <message>
      <source>duty mode table</source>
      <translation>duty mode table</translation>
    </message>
    <message>
      <source>levy nature table</source>
      <translation>levy nature table</translation>
    </message>
    <message>
      <source>package type (Rec 21) table</source>
      <translation>package type (Rec 21) table</translation>
    </message>
    <message>
      <source>package type table</source>
      <translation>package type table</translation>
    </message>
    <message>
      <source>port and place (UN/LOCODE) table</source>
      <translation>port and place (UN/LOCODE) table</translation>
    </message>
    <message>
      <source>supervision mode table</source>
      <translation>supervision mode table</translation>
    </message>
    <message>
      <source>transaction mode table</source>
      <translation>transaction mode table</translation>
    </message>
    <message>
      <source>transport mode table</source>
      <translation>transport mode table</translation>
    </message>
    <message>
      <source>unit of measure table</source>
      <translation>unit of measure table</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <source>Company</source>
      <translation>Company</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>&amp;Keep mine</source>
      <translation>&amp;Keep mine</translation>
    </message>
    <message>
      <source>&amp;Take theirs</source>
      <translation>&amp;Take theirs</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>Differences</translation>
    </message>
    <message>
      <source>Drop your changes and show their version</source>
      <translation>Drop your changes and show their version</translation>
    </message>
    <message>
      <source>Keep editing; nothing is saved yet</source>
      <translation>Keep editing; nothing is saved yet</translation>
    </message>
    <message>
      <source>Save your version on top of theirs (the audit log records it)</source>
      <translation>Save your version on top of theirs (the audit log records it)</translation>
    </message>
    <message>
      <source>Saved meanwhile by another user</source>
      <translation>Saved meanwhile by another user</translation>
    </message>
    <message numerus="yes">
      <source>You both changed {count} field(s), marked and listed first.</source>
      <translation>
        <numerusform>You both changed {count} field, marked and listed first.</numerusform>
        <numerusform>You both changed {count} fields, marked and listed first.</numerusform>
      </translation>
    </message>
    <message>
      <source>{author} saved this record ({time}) while you were editing it. Compare the two versions before you choose.</source>
      <translation>{author} saved this record ({time}) while you were editing it. Compare the two versions before you choose.</translation>
    </message>
    <message>
      <source>{author} saved this record ({time}, revision {revision}) while you were editing it. Compare the two versions before you choose.</source>
      <translation>{author} saved this record ({time}, revision {revision}) while you were editing it. Compare the two versions before you choose.</translation>
    </message>
  </context>
  <context>
    <name>ConflictModel</name>
    <message>
      <source>Changed by</source>
      <translation>Changed by</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Theirs</translation>
    </message>
    <message>
      <source>When you opened it</source>
      <translation>When you opened it</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>Yours</translation>
    </message>
    <message>
      <source>both of you</source>
      <translation>both of you</translation>
    </message>
    <message>
      <source>the other user</source>
      <translation>the other user</translation>
    </message>
    <message>
      <source>you</source>
      <translation>you</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Something went wrong. Your edits are autosaved; the details are in the log file.</source>
      <translation>Something went wrong. Your edits are autosaved; the details are in the log file.</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
  </context>
  <context>
    <name>Credentials</name>
    <message>
      <source>Login kept in the system's secure store.</source>
      <translation>Login kept in the system's secure store.</translation>
    </message>
    <message>
      <source>No secure store: session-only login.</source>
      <translation>No secure store: session-only login.</translation>
    </message>
  </context>
  <context>
    <name>DeclarationEditor</name>
    <message>
      <source>&amp;Amend</source>
      <translation>&amp;Amend</translation>
    </message>
    <message>
      <source>&amp;Withdraw</source>
      <translation>&amp;Withdraw</translation>
    </message>
    <message>
      <source>Certificates to request from the inspection office</source>
      <translation>Certificates to request from the inspection office</translation>
    </message>
    <message>
      <source>Change a declaration the platform holds and send the amendment</source>
      <translation>Change a declaration the platform holds and send the amendment</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>Checks</translation>
    </message>
    <message>
      <source>Containers</source>
      <translation>Containers</translation>
    </message>
    <message>
      <source>Declaration for {reference}</source>
      <translation>Declaration for {reference}</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>Header</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Licences and certificates</source>
      <translation>Licences and certificates</translation>
    </message>
    <message>
      <source>Licences and certificates the goods need</source>
      <translation>Licences and certificates the goods need</translation>
    </message>
    <message>
      <source>New declaration</source>
      <translation>New declaration</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <source>Su&amp;bmit declaration</source>
      <translation>Su&amp;bmit declaration</translation>
    </message>
    <message>
      <source>Upload documents to the platform</source>
      <translation>Upload documents to the platform</translation>
    </message>
    <message>
      <source>Upload the commercial invoice and packing list PDFs the filing does not have yet</source>
      <translation>Upload the commercial invoice and packing list PDFs the filing does not have yet</translation>
    </message>
  </context>
  <context>
    <name>DeclarationElementsWidget</name>
    <message>
      <source>Declaration elements of heading {heading}, in the order customs asks them.</source>
      <translation>Declaration elements of heading {heading}, in the order customs asks them.</translation>
    </message>
    <message>
      <source>Specification and model (规格型号): {value}</source>
      <translation>Specification and model (规格型号): {value}</translation>
    </message>
    <message>
      <source>The declaration elements of this heading are not in the bundled list: the usual elements are asked. Check them against the Single Window before filing.</source>
      <translation>The declaration elements of this heading are not in the bundled list: the usual elements are asked. Check them against the Single Window before filing.</translation>
    </message>
    <message>
      <source>The stored specification does not follow the elements of heading {heading}; it is kept as it is unless you fill the inputs below: {stored}</source>
      <translation>The stored specification does not follow the elements of heading {heading}; it is kept as it is unless you fill the inputs below: {stored}</translation>
    </message>
  </context>
  <context>
    <name>DetailsDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Remove details</source>
      <translation>Remove details</translation>
    </message>
  </context>
  <context>
    <name>Document</name>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Authorised signature</source>
      <translation>Authorised signature</translation>
    </message>
    <message>
      <source>Booking terms</source>
      <translation>Booking terms</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Buyer</translation>
    </message>
    <message>
      <source>Carrier use</source>
      <translation>Carrier use</translation>
    </message>
    <message>
      <source>Commercial Invoice</source>
      <translation>Commercial Invoice</translation>
    </message>
    <message>
      <source>Container / seal numbers</source>
      <translation>Container / seal numbers</translation>
    </message>
    <message>
      <source>Customs endorsement and seal</source>
      <translation>Customs endorsement and seal</translation>
    </message>
    <message>
      <source>Declarant</source>
      <translation>Declarant</translation>
    </message>
    <message>
      <source>Declaring unit (seal)</source>
      <translation>Declaring unit (seal)</translation>
    </message>
    <message>
      <source>Description of goods</source>
      <translation>Description of goods</translation>
    </message>
    <message>
      <source>Draft for checking — not negotiable</source>
      <translation>Draft for checking — not negotiable</translation>
    </message>
    <message>
      <source>Export Goods Declaration of the Customs of the People's Republic of China</source>
      <translation>Export Goods Declaration of the Customs of the People's Republic of China</translation>
    </message>
    <message>
      <source>Freight and charges</source>
      <translation>Freight and charges</translation>
    </message>
    <message>
      <source>Goods name and specification</source>
      <translation>Goods name and specification</translation>
    </message>
    <message>
      <source>Marks and remarks</source>
      <translation>Marks and remarks</translation>
    </message>
    <message>
      <source>Means of transport and voyage number</source>
      <translation>Means of transport and voyage number</translation>
    </message>
    <message>
      <source>Measurement (m³)</source>
      <translation>Measurement (m³)</translation>
    </message>
    <message>
      <source>Multimodal Through Bill of Lading (Draft)</source>
      <translation>Multimodal Through Bill of Lading (Draft)</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Number and kind of packages</source>
      <translation>Number and kind of packages</translation>
    </message>
    <message>
      <source>Ocean vessel / voyage</source>
      <translation>Ocean vessel / voyage</translation>
    </message>
    <message>
      <source>Packing List</source>
      <translation>Packing List</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <source>Part {part} of {parts}</source>
      <translation>Part {part} of {parts}</translation>
    </message>
    <message>
      <source>Place and date of issue</source>
      <translation>Place and date of issue</translation>
    </message>
    <message>
      <source>Quantity and unit</source>
      <translation>Quantity and unit</translation>
    </message>
    <message>
      <source>Rail and sea carriage under one through document number (一单制).</source>
      <translation>Rail and sea carriage under one through document number (一单制).</translation>
    </message>
    <message>
      <source>Rail leg</source>
      <translation>Rail leg</translation>
    </message>
    <message>
      <source>Rail-Sea Booking Request</source>
      <translation>Rail-Sea Booking Request</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <source>Route and schedule</source>
      <translation>Route and schedule</translation>
    </message>
    <message>
      <source>Sea leg</source>
      <translation>Sea leg</translation>
    </message>
    <message>
      <source>Seller</source>
      <translation>Seller</translation>
    </message>
    <message>
      <source>Signed for the multimodal transport operator</source>
      <translation>Signed for the multimodal transport operator</translation>
    </message>
    <message>
      <source>Terms of delivery</source>
      <translation>Terms of delivery</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>We declare that the above is true and accept the legal responsibility for declaring truthfully and paying taxes according to law.</source>
      <translation>We declare that the above is true and accept the legal responsibility for declaring truthfully and paying taxes according to law.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Document</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>&amp;Languages</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <source>Cancel printing</source>
      <translation>Cancel printing</translation>
    </message>
    <message>
      <source>Choose a document and press Preview.</source>
      <translation>Choose a document and press Preview.</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Document message</source>
      <translation>Document message</translation>
    </message>
    <message>
      <source>Fit the page width</source>
      <translation>Fit the page width</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>Languages of the document</source>
      <translation>Languages of the document</translation>
    </message>
    <message>
      <source>Make the document from the saved data and show its pages</source>
      <translation>Make the document from the saved data and show its pages</translation>
    </message>
    <message>
      <source>Making the document…</source>
      <translation>Making the document…</translation>
    </message>
    <message>
      <source>Nothing to show yet: choose a shipment or save the draft first.</source>
      <translation>Nothing to show yet: choose a shipment or save the draft first.</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Page {page} of {count}</translation>
    </message>
    <message>
      <source>Pages of the document</source>
      <translation>Pages of the document</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>Pre&amp;view</translation>
    </message>
    <message>
      <source>Print the document (Ctrl+P)</source>
      <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
      <source>Print {document}</source>
      <translation>Print {document}</translation>
    </message>
    <message>
      <source>Printing cancelled after {n} of {count} pages.</source>
      <translation>Printing cancelled after {n} of {count} pages.</translation>
    </message>
    <message>
      <source>Printing cancelled: nothing was sent to the printer.</source>
      <translation>Printing cancelled: nothing was sent to the printer.</translation>
    </message>
    <message>
      <source>Printing failed: {reason}</source>
      <translation>Printing failed: {reason}</translation>
    </message>
    <message>
      <source>Printing page {n} of {count}…</source>
      <translation>Printing page {n} of {count}…</translation>
    </message>
    <message>
      <source>Save the PDF to a file (Ctrl+Shift+S)</source>
      <translation>Save the PDF to a file (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Save the document as</source>
      <translation>Save the document as</translation>
    </message>
    <message>
      <source>Saved: {file}</source>
      <translation>Saved: {file}</translation>
    </message>
    <message>
      <source>The document cannot be made: {reason}</source>
      <translation>The document cannot be made: {reason}</translation>
    </message>
    <message>
      <source>The printer cannot be started. Check that it is connected and try again.</source>
      <translation>The printer cannot be started. Check that it is connected and try again.</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+-)</source>
      <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
      <source>the printer refused a new page</source>
      <translation>the printer refused a new page</translation>
    </message>
    <message numerus="yes">
      <source>{count} page(s) sent to the printer.</source>
      <translation>
        <numerusform>{count} page sent to the printer.</numerusform>
        <numerusform>{count} pages sent to the printer.</numerusform>
      </translation>
    </message>
    <message>
      <source>{file} cannot be written: {reason}. The document is still here: save it to another folder.</source>
      <translation>{file} cannot be written: {reason}. The document is still here: save it to another folder.</translation>
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
      <translation>Chinese and English</translation>
    </message>
    <message>
      <source>Commercial invoice</source>
      <translation>Commercial invoice</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Export declaration</source>
      <translation>Export declaration</translation>
    </message>
    <message>
      <source>Multimodal bill of lading</source>
      <translation>Multimodal bill of lading</translation>
    </message>
    <message>
      <source>Packing list</source>
      <translation>Packing list</translation>
    </message>
    <message>
      <source>Rail-sea booking request</source>
      <translation>Rail-sea booking request</translation>
    </message>
    <message>
      <source>Vietnamese and English</source>
      <translation>Vietnamese and English</translation>
    </message>
  </context>
  <context>
    <name>DocumentsDialog</name>
    <message>
      <source>Documents of {subject}</source>
      <translation>Documents of {subject}</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <source>&amp;Shipment</source>
      <translation>&amp;Shipment</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Shipment</translation>
    </message>
    <message>
      <source>The documents of a shipment: everything comes from the shipment and its filings, nothing is typed twice. Preview them, print them or save them as PDF.</source>
      <translation>The documents of a shipment: everything comes from the shipment and its filings, nothing is typed twice. Preview them, print them or save them as PDF.</translation>
    </message>
  </context>
  <context>
    <name>DraftEditor</name>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Issues</source>
      <translation>Issues</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>Not saved yet</translation>
    </message>
    <message>
      <source>Not saved: {field} cannot be read. Correct it or clear it, then save.</source>
      <translation>Not saved: {field} cannot be read. Correct it or clear it, then save.</translation>
    </message>
    <message>
      <source>Save a revision (Ctrl+S)</source>
      <translation>Save a revision (Ctrl+S)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
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
        <numerusform>{n} error</numerusform>
        <numerusform>{n} errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} warning(s)</source>
      <translation>
        <numerusform>{n} warning</numerusform>
        <numerusform>{n} warnings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Environment</name>
    <message>
      <source>Production environment</source>
      <translation>production</translation>
    </message>
    <message>
      <source>Sandbox environment</source>
      <translation>sandbox</translation>
    </message>
  </context>
  <context>
    <name>Error</name>
    <message>
      <source>A customs receipt for unified number {detail} matches no declaration sent from here.</source>
      <translation>A customs receipt for unified number {detail} matches no declaration sent from here.</translation>
    </message>
    <message>
      <source>A declaration handed to the Single Window client is amended in the client itself.</source>
      <translation>A declaration handed to the Single Window client is amended in the client itself.</translation>
    </message>
    <message>
      <source>A file or network operation failed: {detail}</source>
      <translation>A file or network operation failed: {detail}</translation>
    </message>
    <message>
      <source>A voyage number without a service needs the vessel.</source>
      <translation>A voyage number without a service needs the vessel.</translation>
    </message>
    <message>
      <source>A workspace on the database server {url} is backed up on the server (pg_dump), not by Corridor Desk.</source>
      <translation>A workspace on the database server {url} is backed up on the server (pg_dump), not by Corridor Desk.</translation>
    </message>
    <message>
      <source>Accepted by customs.</source>
      <translation>Accepted by customs.</translation>
    </message>
    <message>
      <source>Already filed as {existing_id}.</source>
      <translation>Already filed as {existing_id}.</translation>
    </message>
    <message>
      <source>Amendment stored by the platform.</source>
      <translation>Amendment stored by the platform.</translation>
    </message>
    <message>
      <source>Another Corridor Desk holds this data folder's training platform ({file}) but does not answer; close it or try again in a moment.</source>
      <translation>Another Corridor Desk holds this data folder's training platform ({file}) but does not answer; close it or try again in a moment.</translation>
    </message>
    <message>
      <source>Backing up the workspace to {path} failed: {detail}</source>
      <translation>Backing up the workspace to {path} failed: {detail}</translation>
    </message>
    <message>
      <source>Booking cancelled.</source>
      <translation>Booking cancelled.</translation>
    </message>
    <message>
      <source>Booking confirmed.</source>
      <translation>Booking confirmed.</translation>
    </message>
    <message>
      <source>Booking requested.</source>
      <translation>Booking requested.</translation>
    </message>
    <message>
      <source>Booking {id} has not been sent to this carrier.</source>
      <translation>Booking {id} has not been sent to this carrier.</translation>
    </message>
    <message>
      <source>Carrier {carrier} does not know this booking.</source>
      <translation>Carrier {carrier} does not know this booking.</translation>
    </message>
    <message>
      <source>Carrier {carrier} may have received booking {reference}, but its answer was lost and DCSA gives no way to ask. Ask the carrier: link the reference it gives you, or send the booking again if it has none.</source>
      <translation>Carrier {carrier} may have received booking {reference}, but its answer was lost and DCSA gives no way to ask. Ask the carrier: link the reference it gives you, or send the booking again if it has none.</translation>
    </message>
    <message>
      <source>Carrier {carrier} refused the API key; check it in the carrier settings.</source>
      <translation>Carrier {carrier} refused the API key; check it in the carrier settings.</translation>
    </message>
    <message>
      <source>Carrier {carrier} refused the booking: {detail}</source>
      <translation>Carrier {carrier} refused the booking: {detail}</translation>
    </message>
    <message>
      <source>Choose the company to file for: {companies}.</source>
      <translation>Choose the company to file for: {companies}.</translation>
    </message>
    <message>
      <source>Classroom controls work only on a sandbox platform, never in production.</source>
      <translation>Classroom controls work only on a sandbox platform, never in production.</translation>
    </message>
    <message>
      <source>Company {company_id} still has shipments, declarations or bookings; delete them first.</source>
      <translation>Company {company_id} still has shipments, declarations or bookings; delete them first.</translation>
    </message>
    <message>
      <source>Customs receipt with a code this program does not know.</source>
      <translation>Customs receipt with a code this program does not know.</translation>
    </message>
    <message>
      <source>Customs receipt.</source>
      <translation>Customs receipt.</translation>
    </message>
    <message>
      <source>Declaration element {element} is required.</source>
      <translation>Declaration element {element} is required.</translation>
    </message>
    <message>
      <source>Declaration element {element} must not contain | — it separates the elements.</source>
      <translation>Declaration element {element} must not contain | — it separates the elements.</translation>
    </message>
    <message>
      <source>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</source>
      <translation>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</translation>
    </message>
    <message>
      <source>Declined: no capacity on this service.</source>
      <translation>Declined: no capacity on this service.</translation>
    </message>
    <message>
      <source>Give both the user and the new role: users NAME --role broker|supervisor.</source>
      <translation>Give both the user and the new role: users NAME --role broker|supervisor.</translation>
    </message>
    <message>
      <source>Give the carrier's booking reference or booking request reference (at most 100 characters).</source>
      <translation>Give the carrier's booking reference or booking request reference (at most 100 characters).</translation>
    </message>
    <message>
      <source>Give the requested departure or the voyage.</source>
      <translation>Give the requested departure or the voyage.</translation>
    </message>
    <message>
      <source>Imported by the Single Window client.</source>
      <translation>Imported by the Single Window client.</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Interrupted.</translation>
    </message>
    <message>
      <source>Invalid carrier name {name}: use lower-case letters, digits, _ and - (at most 32).</source>
      <translation>Invalid carrier name {name}: use lower-case letters, digits, _ and - (at most 32).</translation>
    </message>
    <message>
      <source>Invalid workspace name {name}: use letters, digits, _ . - (at most 64).</source>
      <translation>Invalid workspace name {name}: use letters, digits, _ . - (at most 64).</translation>
    </message>
    <message>
      <source>Name a booking draft ID or an exchange file.</source>
      <translation>Name a booking draft ID or an exchange file.</translation>
    </message>
    <message>
      <source>No API key for carrier {name} in the secure store; enter it again.</source>
      <translation>No API key for carrier {name} in the secure store; enter it again.</translation>
    </message>
    <message>
      <source>No Single Window folder (ImpPath) is set for this company; set it in the company's Single Window settings.</source>
      <translation>No Single Window folder (ImpPath) is set for this company; set it in the company's Single Window settings.</translation>
    </message>
    <message>
      <source>No carrier {name} in this workspace; add it with its DCSA address first.</source>
      <translation>No carrier {name} in this workspace; add it with its DCSA address first.</translation>
    </message>
    <message>
      <source>No company with ID {company_id} in this workspace; add the company first.</source>
      <translation>No company with ID {company_id} in this workspace; add the company first.</translation>
    </message>
    <message>
      <source>No database server answers at {url} ({detail}). Check the host and port, and that the server is running.</source>
      <translation>No database server answers at {url} ({detail}). Check the host and port, and that the server is running.</translation>
    </message>
    <message>
      <source>No draft {ident}.</source>
      <translation>No draft {ident}.</translation>
    </message>
    <message>
      <source>No queued filing {ident}.</source>
      <translation>No queued filing {ident}.</translation>
    </message>
    <message>
      <source>No shipment, declaration or booking with the ID {id} in the workspace.</source>
      <translation>No shipment, declaration or booking with the ID {id} in the workspace.</translation>
    </message>
    <message>
      <source>No {kind} with ID {id} in this workspace.</source>
      <translation>No {kind} with ID {id} in this workspace.</translation>
    </message>
    <message>
      <source>Not yet: no booking has got this far (look at its status and receipts).</source>
      <translation>Not yet: no booking has got this far (look at its status and receipts).</translation>
    </message>
    <message>
      <source>Not yet: no declaration has got this far (look at its status and receipts).</source>
      <translation>Not yet: no declaration has got this far (look at its status and receipts).</translation>
    </message>
    <message>
      <source>Not yet: no shipment has got this far.</source>
      <translation>Not yet: no shipment has got this far.</translation>
    </message>
    <message numerus="yes">
      <source>Not yet: the checks still show {count} error(s).</source>
      <translation>
        <numerusform>Not yet: the checks still show {count} error.</numerusform>
        <numerusform>Not yet: the checks still show {count} errors.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not yet: this company has no booking in the workspace.</source>
      <translation>Not yet: this company has no booking in the workspace.</translation>
    </message>
    <message>
      <source>Not yet: this company has no declaration in the workspace.</source>
      <translation>Not yet: this company has no declaration in the workspace.</translation>
    </message>
    <message>
      <source>Not yet: this company has no shipment in the workspace.</source>
      <translation>Not yet: this company has no shipment in the workspace.</translation>
    </message>
    <message>
      <source>Not yet: {field} is still empty.</source>
      <translation>Not yet: {field} is still empty.</translation>
    </message>
    <message>
      <source>Nothing to submit: every draft of it is already submitted.</source>
      <translation>Nothing to submit: every draft of it is already submitted.</translation>
    </message>
    <message>
      <source>Only a booking can be written as DCSA CreateBooking, not a {kind}.</source>
      <translation>Only a booking can be written as DCSA CreateBooking, not a {kind}.</translation>
    </message>
    <message>
      <source>Only a declaration can be written as a DecMessage, not a {kind}.</source>
      <translation>Only a declaration can be written as a DecMessage, not a {kind}.</translation>
    </message>
    <message>
      <source>Only a trainer account can do this; {user} is not one.</source>
      <translation>Only a trainer account can do this; {user} is not one.</translation>
    </message>
    <message>
      <source>Only export declarations can be filed here (IEFlag {value}).</source>
      <translation>Only export declarations can be filed here (IEFlag {value}).</translation>
    </message>
    <message>
      <source>Only export declarations go through the Single Window client.</source>
      <translation>Only export declarations go through the Single Window client.</translation>
    </message>
    <message>
      <source>Rejected by customs.</source>
      <translation>Rejected by customs.</translation>
    </message>
    <message>
      <source>Released.</source>
      <translation>Released.</translation>
    </message>
    <message>
      <source>Restoring the workspace from {path} failed: {detail}</source>
      <translation>Restoring the workspace from {path} failed: {detail}</translation>
    </message>
    <message>
      <source>Selected for inspection.</source>
      <translation>Selected for inspection.</translation>
    </message>
    <message>
      <source>Send either the service contract or the quotation reference, not both.</source>
      <translation>Send either the service contract or the quotation reference, not both.</translation>
    </message>
    <message>
      <source>Sent; the answer has not arrived yet.</source>
      <translation>Sent; the answer has not arrived yet.</translation>
    </message>
    <message>
      <source>Sign in with a user name to work on this workspace.</source>
      <translation>Sign in with a user name to work on this workspace.</translation>
    </message>
    <message>
      <source>Stopped by an unexpected error: {detail}</source>
      <translation>Stopped by an unexpected error: {detail}</translation>
    </message>
    <message>
      <source>Stored by the platform.</source>
      <translation>Stored by the platform.</translation>
    </message>
    <message>
      <source>Submitting needs the platform: log in first.</source>
      <translation>Submitting needs the platform: log in first.</translation>
    </message>
    <message>
      <source>The Single Window client could not send the file after 3 attempts.</source>
      <translation>The Single Window client could not send the file after 3 attempts.</translation>
    </message>
    <message>
      <source>The Single Window client refused the declaration.</source>
      <translation>The Single Window client refused the declaration.</translation>
    </message>
    <message>
      <source>The Single Window folder {path} cannot be reached; the filing waits.</source>
      <translation>The Single Window folder {path} cannot be reached; the filing waits.</translation>
    </message>
    <message>
      <source>The amendment was withdrawn: the booking stands as confirmed before it.</source>
      <translation>The amendment was withdrawn: the booking stands as confirmed before it.</translation>
    </message>
    <message>
      <source>The attachment is not a PDF file.</source>
      <translation>The attachment is not a PDF file.</translation>
    </message>
    <message>
      <source>The booking is cancelled at the carrier.</source>
      <translation>The booking is cancelled at the carrier.</translation>
    </message>
    <message>
      <source>The carrier asks for an amendment of the booking.</source>
      <translation>The carrier asks for an amendment of the booking.</translation>
    </message>
    <message>
      <source>The carrier asks for more information before it confirms.</source>
      <translation>The carrier asks for more information before it confirms.</translation>
    </message>
    <message>
      <source>The carrier cannot change the booking in its present state: {detail}</source>
      <translation>The carrier cannot change the booking in its present state: {detail}</translation>
    </message>
    <message>
      <source>The carrier completed the booking.</source>
      <translation>The carrier completed the booking.</translation>
    </message>
    <message>
      <source>The carrier confirmed the amendment: the booking is now as amended.</source>
      <translation>The carrier confirmed the amendment: the booking is now as amended.</translation>
    </message>
    <message>
      <source>The carrier confirmed the booking.</source>
      <translation>The carrier confirmed the booking.</translation>
    </message>
    <message>
      <source>The carrier confirmed the cancellation.</source>
      <translation>The carrier confirmed the cancellation.</translation>
    </message>
    <message>
      <source>The carrier declined the amendment: the booking stands as confirmed before it.</source>
      <translation>The carrier declined the amendment: the booking stands as confirmed before it.</translation>
    </message>
    <message>
      <source>The carrier declined the booking.</source>
      <translation>The carrier declined the booking.</translation>
    </message>
    <message>
      <source>The carrier declined the cancellation.</source>
      <translation>The carrier declined the cancellation.</translation>
    </message>
    <message>
      <source>The carrier needs a service contract or a quotation reference.</source>
      <translation>The carrier needs a service contract or a quotation reference.</translation>
    </message>
    <message>
      <source>The carrier received the amendment of the confirmed booking; the booking stands as confirmed until the carrier decides.</source>
      <translation>The carrier received the amendment of the confirmed booking; the booking stands as confirmed until the carrier decides.</translation>
    </message>
    <message>
      <source>The carrier received the amendment.</source>
      <translation>The carrier received the amendment.</translation>
    </message>
    <message>
      <source>The carrier received the booking request.</source>
      <translation>The carrier received the booking request.</translation>
    </message>
    <message>
      <source>The carrier received the cancellation.</source>
      <translation>The carrier received the cancellation.</translation>
    </message>
    <message>
      <source>The carrier rejected the booking request.</source>
      <translation>The carrier rejected the booking request.</translation>
    </message>
    <message>
      <source>The carrier sent a {what} that does not follow DCSA Booking 2.0: {detail}</source>
      <translation>The carrier sent a {what} that does not follow DCSA Booking 2.0: {detail}</translation>
    </message>
    <message>
      <source>The carrier's booking {reference} is not this booking: it carries the reference {own}.</source>
      <translation>The carrier's booking {reference} is not this booking: it carries the reference {own}.</translation>
    </message>
    <message>
      <source>The carrier: {message}</source>
      <translation>The carrier: {message}</translation>
    </message>
    <message>
      <source>The certificate of carrier {carrier} ({url}) could not be verified; nothing was sent.</source>
      <translation>The certificate of carrier {carrier} ({url}) could not be verified; nothing was sent.</translation>
    </message>
    <message>
      <source>The code table {table} cannot be read: {detail}</source>
      <translation>The code table {table} cannot be read: {detail}</translation>
    </message>
    <message>
      <source>The database server {url} has no such database ({detail}).</source>
      <translation>The database server {url} has no such database ({detail}).</translation>
    </message>
    <message>
      <source>The database server {url} refused the user name or password. Check them and try again.</source>
      <translation>The database server {url} refused the user name or password. Check them and try again.</translation>
    </message>
    <message numerus="yes">
      <source>The declaration cannot be written for the Single Window: {count} field error(s).</source>
      <translation>
        <numerusform>The declaration cannot be written for the Single Window: {count} field error.</numerusform>
        <numerusform>The declaration cannot be written for the Single Window: {count} field errors.</numerusform>
      </translation>
    </message>
    <message>
      <source>The declaration elements joined are {length} characters; at most {max} fit.</source>
      <translation>The declaration elements joined are {length} characters; at most {max} fit.</translation>
    </message>
    <message>
      <source>The declaration elements of item {item} are incomplete.</source>
      <translation>The declaration elements of item {item} are incomplete.</translation>
    </message>
    <message>
      <source>The declaration has no goods items.</source>
      <translation>The declaration has no goods items.</translation>
    </message>
    <message>
      <source>The declaration has no items.</source>
      <translation>The declaration has no items.</translation>
    </message>
    <message>
      <source>The declared value needs its currency.</source>
      <translation>The declared value needs its currency.</translation>
    </message>
    <message>
      <source>The draft {ident} cannot be submitted in status {status}.</source>
      <translation>The draft {ident} cannot be submitted in status {status}.</translation>
    </message>
    <message>
      <source>The draft {ident} has not been accepted by the platform yet.</source>
      <translation>The draft {ident} has not been accepted by the platform yet.</translation>
    </message>
    <message>
      <source>The file or filing is too large for the platform.</source>
      <translation>The file or filing is too large for the platform.</translation>
    </message>
    <message>
      <source>The file says it is a {kind} but has no {kind} part.</source>
      <translation>The file says it is a {kind} but has no {kind} part.</translation>
    </message>
    <message>
      <source>The file's format version {version} is newer than this program reads ({supported}).</source>
      <translation>The file's format version {version} is newer than this program reads ({supported}).</translation>
    </message>
    <message>
      <source>The folder name {name} contains {char}, which Windows does not allow.</source>
      <translation>The folder name {name} contains {char}, which Windows does not allow.</translation>
    </message>
    <message>
      <source>The folder name {name} ends with a dot or a space, which Windows drops.</source>
      <translation>The folder name {name} ends with a dot or a space, which Windows drops.</translation>
    </message>
    <message>
      <source>The folder path has {length} characters; at most {limit} leave room for the files kept in it (Windows allows 260 characters per file).</source>
      <translation>The folder path has {length} characters; at most {limit} leave room for the files kept in it (Windows allows 260 characters per file).</translation>
    </message>
    <message>
      <source>The goods line has no name (Chinese or English).</source>
      <translation>The goods line has no name (Chinese or English).</translation>
    </message>
    <message>
      <source>The list position sent to the platform is not valid.</source>
      <translation>The list position sent to the platform is not valid.</translation>
    </message>
    <message>
      <source>The local workspace cannot be opened: {detail}</source>
      <translation>The local workspace cannot be opened: {detail}</translation>
    </message>
    <message>
      <source>The login token is too large for the secure store ({size} bytes, at most {limit}).</source>
      <translation>The login token is too large for the secure store ({size} bytes, at most {limit}).</translation>
    </message>
    <message>
      <source>The platform already has a filing with this client sequence number.</source>
      <translation>The platform already has a filing with this client sequence number.</translation>
    </message>
    <message>
      <source>The platform already holds a different filing under this key.</source>
      <translation>The platform already holds a different filing under this key.</translation>
    </message>
    <message>
      <source>The platform already holds the version submitted before the last edit; the edit was not filed. To file it, amend the declaration (or cancel the booking and book again).</source>
      <translation>The platform already holds the version submitted before the last edit; the edit was not filed. To file it, amend the declaration (or cancel the booking and book again).</translation>
    </message>
    <message>
      <source>The platform asks for a verification code.</source>
      <translation>The platform asks for a verification code.</translation>
    </message>
    <message>
      <source>The platform at {url} cannot be reached: {reason}</source>
      <translation>The platform at {url} cannot be reached: {reason}</translation>
    </message>
    <message>
      <source>The platform could not read the request.</source>
      <translation>The platform could not read the request.</translation>
    </message>
    <message>
      <source>The platform did not answer in time ({seconds} s).</source>
      <translation>The platform did not answer in time ({seconds} s).</translation>
    </message>
    <message>
      <source>The platform does not accept this kind of file.</source>
      <translation>The platform does not accept this kind of file.</translation>
    </message>
    <message>
      <source>The platform does not allow this request.</source>
      <translation>The platform does not allow this request.</translation>
    </message>
    <message>
      <source>The platform does not know this filing.</source>
      <translation>The platform does not know this filing.</translation>
    </message>
    <message>
      <source>The platform had an internal error; the filing will be sent again later.</source>
      <translation>The platform had an internal error; the filing will be sent again later.</translation>
    </message>
    <message>
      <source>The platform is busy; try again in {retry_after} s.</source>
      <translation>The platform is busy; try again in {retry_after} s.</translation>
    </message>
    <message>
      <source>The platform is temporarily unavailable; try again in {retry_after} s.</source>
      <translation>The platform is temporarily unavailable; try again in {retry_after} s.</translation>
    </message>
    <message>
      <source>The platform refused the request (HTTP {status}, {problem}).</source>
      <translation>The platform refused the request (HTTP {status}, {problem}).</translation>
    </message>
    <message numerus="yes">
      <source>The platform rejected the filing: {count} field error(s).</source>
      <translation>
        <numerusform>The platform rejected the filing: {count} field error.</numerusform>
        <numerusform>The platform rejected the filing: {count} field errors.</numerusform>
      </translation>
    </message>
    <message>
      <source>The platform sent an answer that cannot be read ({reason}, HTTP {status}).</source>
      <translation>The platform sent an answer that cannot be read ({reason}, HTTP {status}).</translation>
    </message>
    <message>
      <source>The platform's answer is larger than the allowed {limit} bytes.</source>
      <translation>The platform's answer is larger than the allowed {limit} bytes.</translation>
    </message>
    <message>
      <source>The process making the documents stopped before they were finished; try again.</source>
      <translation>The process making the documents stopped before they were finished; try again.</translation>
    </message>
    <message>
      <source>The request lacked its idempotency key.</source>
      <translation>The request lacked its idempotency key.</translation>
    </message>
    <message>
      <source>The same filing is still being processed; try again shortly.</source>
      <translation>The same filing is still being processed; try again shortly.</translation>
    </message>
    <message>
      <source>The secure connection to {url} failed ({detail}). Check the server's certificate and the CA file in the workspace settings.</source>
      <translation>The secure connection to {url} failed ({detail}). Check the server's certificate and the CA file in the workspace settings.</translation>
    </message>
    <message>
      <source>The secure store refused to keep the login: {detail}</source>
      <translation>The secure store refused to keep the login: {detail}</translation>
    </message>
    <message>
      <source>The shipment names no company; choose the exporting company first.</source>
      <translation>The shipment names no company; choose the exporting company first.</translation>
    </message>
    <message>
      <source>The supplementary code {value} must be 2 digits (00 where the line is not split).</source>
      <translation>The supplementary code {value} must be 2 digits (00 where the line is not split).</translation>
    </message>
    <message>
      <source>The training platform cannot take connections at {url} ({detail}); another program may be using this port: choose another with --port.</source>
      <translation>The training platform cannot take connections at {url} ({detail}); another program may be using this port: choose another with --port.</translation>
    </message>
    <message>
      <source>The value is not valid: {detail}</source>
      <translation>The value is not valid: {detail}</translation>
    </message>
    <message>
      <source>The verification code is wrong or has expired.</source>
      <translation>The verification code is wrong or has expired.</translation>
    </message>
    <message>
      <source>The workspace has been closed.</source>
      <translation>The workspace has been closed.</translation>
    </message>
    <message>
      <source>The workspace is busy in another window or program; try again in a moment.</source>
      <translation>The workspace is busy in another window or program; try again in a moment.</translation>
    </message>
    <message>
      <source>There is no code table named {table}.</source>
      <translation>There is no code table named {table}.</translation>
    </message>
    <message>
      <source>This cannot be done in the filing's current status.</source>
      <translation>This cannot be done in the filing's current status.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <source>Unexpected error: {detail}</source>
      <translation>Unexpected error: {detail}</translation>
    </message>
    <message>
      <source>Unknown attachment type {value}.</source>
      <translation>Unknown attachment type {value}.</translation>
    </message>
    <message>
      <source>Unknown bulk operation {operation}: use check, derive or submit.</source>
      <translation>Unknown bulk operation {operation}: use check, derive or submit.</translation>
    </message>
    <message>
      <source>Unknown document kind {kind}: use shipment, declaration or booking.</source>
      <translation>Unknown document kind {kind}: use shipment, declaration or booking.</translation>
    </message>
    <message>
      <source>Unknown document language {lang}; choose one of: {choices}.</source>
      <translation>Unknown document language {lang}; choose one of: {choices}.</translation>
    </message>
    <message>
      <source>Unknown document {kind}; choose one of: {choices}.</source>
      <translation>Unknown document {kind}; choose one of: {choices}.</translation>
    </message>
    <message>
      <source>Unknown scenario {scenario}: use one of {scenarios}.</source>
      <translation>Unknown scenario {scenario}: use one of {scenarios}.</translation>
    </message>
    <message>
      <source>Unknown scenario {scenario}; one of {scenarios}.</source>
      <translation>Unknown scenario {scenario}; one of {scenarios}.</translation>
    </message>
    <message>
      <source>Withdrawn.</source>
      <translation>Withdrawn.</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>Wrong user name or password.</translation>
    </message>
    <message>
      <source>You are not logged in to the {environment} platform.</source>
      <translation>You are not logged in to the {environment} platform.</translation>
    </message>
    <message>
      <source>You may not do this for this company.</source>
      <translation>You may not do this for this company.</translation>
    </message>
    <message>
      <source>You may not file for this company.</source>
      <translation>You may not file for this company.</translation>
    </message>
    <message>
      <source>You may not file for {company}; your companies: {companies}.</source>
      <translation>You may not file for {company}; your companies: {companies}.</translation>
    </message>
    <message>
      <source>Your session has expired; please log in again.</source>
      <translation>Your session has expired; please log in again.</translation>
    </message>
    <message>
      <source>Your session is no longer valid; please log in again.</source>
      <translation>Your session is no longer valid; please log in again.</translation>
    </message>
    <message>
      <source>Your session was ended for safety (a login token was used twice); please log in again.</source>
      <translation>Your session was ended for safety (a login token was used twice); please log in again.</translation>
    </message>
    <message>
      <source>a backslash escape is not valid.</source>
      <translation>a backslash escape is not valid.</translation>
    </message>
    <message>
      <source>a colon is missing here.</source>
      <translation>a colon is missing here.</translation>
    </message>
    <message>
      <source>a comma is missing here.</source>
      <translation>a comma is missing here.</translation>
    </message>
    <message>
      <source>a field name in double quotes is expected here.</source>
      <translation>a field name in double quotes is expected here.</translation>
    </message>
    <message>
      <source>a text value holds a line break or another control character.</source>
      <translation>a text value holds a line break or another control character.</translation>
    </message>
    <message>
      <source>a text value is not closed with a double quote.</source>
      <translation>a text value is not closed with a double quote.</translation>
    </message>
    <message>
      <source>a value is expected here.</source>
      <translation>a value is expected here.</translation>
    </message>
    <message numerus="yes">
      <source>field {field} is {length} characters long, at most {max} ({count} field(s) too long); nothing was imported.</source>
      <translation>
        <numerusform>field {field} is {length} characters long, at most {max} ({count} field too long); nothing was imported.</numerusform>
        <numerusform>field {field} is {length} characters long, at most {max} ({count} fields too long); nothing was imported.</numerusform>
      </translation>
    </message>
    <message>
      <source>nothing answers at this address; check the address, or whether the platform is running</source>
      <translation>nothing answers at this address; check the address, or whether the platform is running</translation>
    </message>
    <message>
      <source>the connection was cut before the platform answered</source>
      <translation>the connection was cut before the platform answered</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text.</source>
      <translation>the file is not UTF-8 text.</translation>
    </message>
    <message>
      <source>the name of this address is not known; check the address and the network</source>
      <translation>the name of this address is not known; check the address and the network</translation>
    </message>
    <message>
      <source>the network connection failed</source>
      <translation>the network connection failed</translation>
    </message>
    <message>
      <source>the proxy server refused the connection or cannot be reached</source>
      <translation>the proxy server refused the connection or cannot be reached</translation>
    </message>
    <message>
      <source>the secure connection could not be set up (certificate or encryption refused)</source>
      <translation>the secure connection could not be set up (certificate or encryption refused)</translation>
    </message>
    <message>
      <source>the text is not valid JSON here.</source>
      <translation>the text is not valid JSON here.</translation>
    </message>
    <message>
      <source>there is more after the end of the data.</source>
      <translation>there is more after the end of the data.</translation>
    </message>
    <message numerus="yes">
      <source>{count} error(s) to fix first: open it to see them at their fields.</source>
      <translation>
        <numerusform>{count} error to fix first: open it to see it at its field.</numerusform>
        <numerusform>{count} errors to fix first: open it to see them at their fields.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} row(s) have errors: fix them in the file or skip those rows.</source>
      <translation>
        <numerusform>{count} row has errors: fix it in the file or skip that row.</numerusform>
        <numerusform>{count} rows have errors: fix them in the file or skip those rows.</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} seats: a class has between 1 and 200.</source>
      <translation>{count} seats: a class has between 1 and 200.</translation>
    </message>
    <message>
      <source>{doc} cannot be made without a shipment or a rail-sea booking.</source>
      <translation>{doc} cannot be made without a shipment or a rail-sea booking.</translation>
    </message>
    <message>
      <source>{doc} cannot be made: it is made from a shipment with its company, and this file has no shipment.</source>
      <translation>{doc} cannot be made: it is made from a shipment with its company, and this file has no shipment.</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</source>
      <translation>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</translation>
    </message>
    <message>
      <source>{file}: a lesson file is limited to {limit} bytes.</source>
      <translation>{file}: a lesson file is limited to {limit} bytes.</translation>
    </message>
    <message>
      <source>{file}: a number is {length} characters long (at most {limit}).</source>
      <translation>{file}: a number is {length} characters long (at most {limit}).</translation>
    </message>
    <message>
      <source>{file}: belongs to company {company}, which this account does not file for.</source>
      <translation>{file}: belongs to company {company}, which this account does not file for.</translation>
    </message>
    <message>
      <source>{file}: cannot be read: {detail}</source>
      <translation>{file}: cannot be read: {detail}</translation>
    </message>
    <message>
      <source>{file}: cannot be written: {detail}</source>
      <translation>{file}: cannot be written: {detail}</translation>
    </message>
    <message>
      <source>{file}: field {field} contains a control character (U+{codepoint}).</source>
      <translation>{file}: field {field} contains a control character (U+{codepoint}).</translation>
    </message>
    <message>
      <source>{file}: field {field} is {length} characters long (at most {limit}).</source>
      <translation>{file}: field {field} is {length} characters long (at most {limit}).</translation>
    </message>
    <message>
      <source>{file}: field {field}: {reason}</source>
      <translation>{file}: field {field}: {reason}</translation>
    </message>
    <message>
      <source>{file}: holds a {kind}, not a shipment; only a shipment can be derived from.</source>
      <translation>{file}: holds a {kind}, not a shipment; only a shipment can be derived from.</translation>
    </message>
    <message>
      <source>{file}: named as a response, but holds {detail}.</source>
      <translation>{file}: named as a response, but holds {detail}.</translation>
    </message>
    <message>
      <source>{file}: neither a response nor a customs receipt ({detail}).</source>
      <translation>{file}: neither a response nor a customs receipt ({detail}).</translation>
    </message>
    <message>
      <source>{file}: no header row with known columns was found (for example 商品名称, Qty, Đơn giá); download a template to see the columns.</source>
      <translation>{file}: no header row with known columns was found (for example 商品名称, Qty, Đơn giá); download a template to see the columns.</translation>
    </message>
    <message>
      <source>{file}: no such file.</source>
      <translation>{file}: no such file.</translation>
    </message>
    <message>
      <source>{file}: not a Corridor Desk exchange file (format {detail}).</source>
      <translation>{file}: not a Corridor Desk exchange file (format {detail}).</translation>
    </message>
    <message>
      <source>{file}: not a DecMessage (the file starts with {detail}).</source>
      <translation>{file}: not a DecMessage (the file starts with {detail}).</translation>
    </message>
    <message>
      <source>{file}: not a lesson file ({detail}).</source>
      <translation>{file}: not a lesson file ({detail}).</translation>
    </message>
    <message>
      <source>{file}: not an Excel workbook (.xlsx) or a CSV file.</source>
      <translation>{file}: not an Excel workbook (.xlsx) or a CSV file.</translation>
    </message>
    <message>
      <source>{file}: not readable XML ({detail}).</source>
      <translation>{file}: not readable XML ({detail}).</translation>
    </message>
    <message>
      <source>{file}: not valid JSON (line {line}, column {column}): {reason}</source>
      <translation>{file}: not valid JSON (line {line}, column {column}): {reason}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} has more than {limit} columns.</source>
      <translation>{file}: sheet {sheet} has more than {limit} columns.</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} has more than {limit} rows; split it into smaller files.</source>
      <translation>{file}: sheet {sheet} has more than {limit} rows; split it into smaller files.</translation>
    </message>
    <message>
      <source>{file}: the data is nested more than {limit} levels deep; this is not an exchange file.</source>
      <translation>{file}: the data is nested more than {limit} levels deep; this is not an exchange file.</translation>
    </message>
    <message>
      <source>{file}: the document cannot be written: {detail}</source>
      <translation>{file}: the document cannot be written: {detail}</translation>
    </message>
    <message>
      <source>{file}: the file declares a DTD or entities, which a message never needs.</source>
      <translation>{file}: the file declares a DTD or entities, which a message never needs.</translation>
    </message>
    <message>
      <source>{file}: the file is larger than {limit_mb} MB; it was not read.</source>
      <translation>{file}: the file is larger than {limit_mb} MB; it was not read.</translation>
    </message>
    <message>
      <source>{file}: the file is {size} bytes, more than the {limit} a message may have.</source>
      <translation>{file}: the file is {size} bytes, more than the {limit} a message may have.</translation>
    </message>
    <message>
      <source>{file}: the file must hold a JSON object.</source>
      <translation>{file}: the file must hold a JSON object.</translation>
    </message>
    <message>
      <source>{file}: the receipt lacks its unified number or its receipt code.</source>
      <translation>{file}: the receipt lacks its unified number or its receipt code.</translation>
    </message>
    <message>
      <source>{file}: the response names another client sequence number ({detail}).</source>
      <translation>{file}: the response names another client sequence number ({detail}).</translation>
    </message>
    <message>
      <source>{file}: the sheet has a header row but no goods lines under it.</source>
      <translation>{file}: the sheet has a header row but no goods lines under it.</translation>
    </message>
    <message>
      <source>{file}: the text is neither UTF-8 nor GB18030; save the CSV as UTF-8.</source>
      <translation>{file}: the text is neither UTF-8 nor GB18030; save the CSV as UTF-8.</translation>
    </message>
    <message>
      <source>{file}: the workbook declares XML entities or a DTD, which Excel never writes; it is refused as unsafe.</source>
      <translation>{file}: the workbook declares XML entities or a DTD, which Excel never writes; it is refused as unsafe.</translation>
    </message>
    <message>
      <source>{file}: the workbook is damaged and cannot be read ({detail}).</source>
      <translation>{file}: the workbook is damaged and cannot be read ({detail}).</translation>
    </message>
    <message>
      <source>{file}: the workbook would unpack to {size} MB; it is refused as unsafe.</source>
      <translation>{file}: the workbook would unpack to {size} MB; it is refused as unsafe.</translation>
    </message>
    <message>
      <source>{file}: the zip must hold exactly one message, it holds {detail}.</source>
      <translation>{file}: the zip must hold exactly one message, it holds {detail}.</translation>
    </message>
    <message>
      <source>{file}: {size} MB is more than the {limit} MB a spreadsheet may have.</source>
      <translation>{file}: {size} MB is more than the {limit} MB a spreadsheet may have.</translation>
    </message>
    <message>
      <source>{file}: {value} is not a number JSON allows.</source>
      <translation>{file}: {value} is not a number JSON allows.</translation>
    </message>
    <message>
      <source>{kind} field {field} is kept by the program and cannot be set directly.</source>
      <translation>{kind} field {field} is kept by the program and cannot be set directly.</translation>
    </message>
    <message>
      <source>{kind} has no field {field}.</source>
      <translation>{kind} has no field {field}.</translation>
    </message>
    <message>
      <source>{kind} {id} belongs to company {actual}, not {expected}.</source>
      <translation>{kind} {id} belongs to company {actual}, not {expected}.</translation>
    </message>
    <message>
      <source>{kind} {id} has no revision {revision}.</source>
      <translation>{kind} {id} has no revision {revision}.</translation>
    </message>
    <message>
      <source>{kind} {id} is {status} and can no longer be edited.</source>
      <translation>{kind} {id} is {status} and can no longer be edited.</translation>
    </message>
    <message>
      <source>{kind} {id} was changed elsewhere (now at revision {actual}, you edited revision {expected}); reload it and apply your change again.</source>
      <translation>{kind} {id} was changed elsewhere (now at revision {actual}, you edited revision {expected}); reload it and apply your change again.</translation>
    </message>
    <message>
      <source>{kind} {id} was changed elsewhere since you opened it; reload it and apply your change again.</source>
      <translation>{kind} {id} was changed elsewhere since you opened it; reload it and apply your change again.</translation>
    </message>
    <message>
      <source>{label} has a value that cannot be read.</source>
      <translation>{label} has a value that cannot be read.</translation>
    </message>
    <message>
      <source>{label} is missing.</source>
      <translation>{label} is missing.</translation>
    </message>
    <message>
      <source>{label} is not a field of this document.</source>
      <translation>{label} is not a field of this document.</translation>
    </message>
    <message>
      <source>{label} is too long.</source>
      <translation>{label} is too long.</translation>
    </message>
    <message>
      <source>{label} must be a date and time written YYYY-MM-DDTHH:MM.</source>
      <translation>{label} must be a date and time written YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
      <source>{label} must be a date written YYYY-MM-DD.</source>
      <translation>{label} must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>{label} must be a group of fields (a JSON object).</source>
      <translation>{label} must be a group of fields (a JSON object).</translation>
    </message>
    <message>
      <source>{label} must be a list.</source>
      <translation>{label} must be a list.</translation>
    </message>
    <message>
      <source>{label} must be a number (for example 1200 or 18.50).</source>
      <translation>{label} must be a number (for example 1200 or 18.50).</translation>
    </message>
    <message>
      <source>{label} must be a whole number.</source>
      <translation>{label} must be a whole number.</translation>
    </message>
    <message>
      <source>{label} must be one of: {allowed}.</source>
      <translation>{label} must be one of: {allowed}.</translation>
    </message>
    <message>
      <source>{label} must be text.</source>
      <translation>{label} must be text.</translation>
    </message>
    <message>
      <source>{label} must be true or false.</source>
      <translation>{label} must be true or false.</translation>
    </message>
    <message>
      <source>{name} is a device name on Windows (CON, NUL, COM1 …), not a folder.</source>
      <translation>{name} is a device name on Windows (CON, NUL, COM1 …), not a folder.</translation>
    </message>
    <message>
      <source>{name} is a folder inside the ImpPath; choose the ImpPath itself: {parent}</source>
      <translation>{name} is a folder inside the ImpPath; choose the ImpPath itself: {parent}</translation>
    </message>
    <message>
      <source>{path}: a network folder needs its share as well, as in \\server\share\ImpPath.</source>
      <translation>{path}: a network folder needs its share as well, as in \\server\share\ImpPath.</translation>
    </message>
    <message>
      <source>{path}: give the whole folder with its drive (D:\ImpPath) or network share (\\server\share\ImpPath).</source>
      <translation>{path}: give the whole folder with its drive (D:\ImpPath) or network share (\\server\share\ImpPath).</translation>
    </message>
    <message>
      <source>{path}: not a Corridor Desk workspace or damaged: {detail}</source>
      <translation>{path}: not a Corridor Desk workspace or damaged: {detail}</translation>
    </message>
    <message>
      <source>{path}: this workspace was written by a newer version of Corridor Desk (database version {found}, this version understands up to {supported}). Update Corridor Desk to open it.</source>
      <translation>{path}: this workspace was written by a newer version of Corridor Desk (database version {found}, this version understands up to {supported}). Update Corridor Desk to open it.</translation>
    </message>
    <message>
      <source>{path}: upgrading the workspace to database version {version} failed ({detail}); nothing was changed.</source>
      <translation>{path}: upgrading the workspace to database version {version} failed ({detail}); nothing was changed.</translation>
    </message>
    <message>
      <source>{section}/{tag} has the wrong format.</source>
      <translation>{section}/{tag} has the wrong format.</translation>
    </message>
    <message>
      <source>{section}/{tag} is needed on an export declaration.</source>
      <translation>{section}/{tag} is needed on an export declaration.</translation>
    </message>
    <message>
      <source>{section}/{tag} may have at most {max_length} characters.</source>
      <translation>{section}/{tag} may have at most {max_length} characters.</translation>
    </message>
    <message>
      <source>{section}/{tag} must have exactly {max_length} characters.</source>
      <translation>{section}/{tag} must have exactly {max_length} characters.</translation>
    </message>
    <message>
      <source>{section}/{tag}: {value} is not in the code table.</source>
      <translation>{section}/{tag}: {value} is not in the code table.</translation>
    </message>
    <message>
      <source>{url} does not answer as a DCSA Booking 2.0 API; check the base URL (the part before /v2).</source>
      <translation>{url} does not answer as a DCSA Booking 2.0 API; check the base URL (the part before /v2).</translation>
    </message>
    <message>
      <source>{url} is not an https:// address (plain http:// only to this computer).</source>
      <translation>{url} is not an https:// address (plain http:// only to this computer).</translation>
    </message>
    <message>
      <source>{user} is a broker; only a supervisor of this workspace can change roles.</source>
      <translation>{user} is a broker; only a supervisor of this workspace can change roles.</translation>
    </message>
    <message>
      <source>{user} is the last supervisor of this workspace; make someone else supervisor first.</source>
      <translation>{user} is the last supervisor of this workspace; make someone else supervisor first.</translation>
    </message>
    <message>
      <source>{value} differs from {other} on sheet {sheet} for the same goods line.</source>
      <translation>{value} differs from {other} on sheet {sheet} for the same goods line.</translation>
    </message>
    <message>
      <source>{value} is not a commodity code (10 digits, dots and spaces allowed).</source>
      <translation>{value} is not a commodity code (10 digits, dots and spaces allowed).</translation>
    </message>
    <message>
      <source>{value} is not a country code or country name.</source>
      <translation>{value} is not a country code or country name.</translation>
    </message>
    <message>
      <source>{value} is not a currency code (for example USD, CNY).</source>
      <translation>{value} is not a currency code (for example USD, CNY).</translation>
    </message>
    <message>
      <source>{value} is not a customs unit of measure (for example PCS, KGS, 个, 千克).</source>
      <translation>{value} is not a customs unit of measure (for example PCS, KGS, 个, 千克).</translation>
    </message>
    <message>
      <source>{value} is not a date.</source>
      <translation>{value} is not a date.</translation>
    </message>
    <message>
      <source>{value} is not a number.</source>
      <translation>{value} is not a number.</translation>
    </message>
    <message>
      <source>{value} is not a package type.</source>
      <translation>{value} is not a package type.</translation>
    </message>
    <message>
      <source>{value} is not a time to move the clock by: write 90, 30m, 2h or 1d.</source>
      <translation>{value} is not a time to move the clock by: write 90, 30m, 2h or 1d.</translation>
    </message>
    <message>
      <source>{value} is not a whole number.</source>
      <translation>{value} is not a whole number.</translation>
    </message>
    <message>
      <source>{value} is not an Incoterm (for example FOB, CIF).</source>
      <translation>{value} is not an Incoterm (for example FOB, CIF).</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>1, 2 or 3 (I, II, III); empty where the UN entry has none.</source>
      <translation>1, 2 or 3 (I, II, III); empty where the UN entry has none.</translation>
    </message>
    <message>
      <source>10-character customs registration code; its 6th character is the economic type.</source>
      <translation>10-character customs registration code; its 6th character is the economic type.</translation>
    </message>
    <message>
      <source>10-digit Chinese commodity code; the first 6 digits are the HS 2022 subheading.</source>
      <translation>10-digit Chinese commodity code; the first 6 digits are the HS 2022 subheading.</translation>
    </message>
    <message>
      <source>18-character unified social credit code (GB 32100-2015).</source>
      <translation>18-character unified social credit code (GB 32100-2015).</translation>
    </message>
    <message>
      <source>3-digit inspection and quarantine code under the commodity code, for goods under inspection.</source>
      <translation>3-digit inspection and quarantine code under the commodity code, for goods under inspection.</translation>
    </message>
    <message>
      <source>5-digit code of the domestic place the goods come from.</source>
      <translation>5-digit code of the domestic place the goods come from.</translation>
    </message>
    <message>
      <source>A reefer container used for dry cargo, machinery off.</source>
      <translation>A reefer container used for dry cargo, machinery off.</translation>
    </message>
    <message>
      <source>AEO code</source>
      <translation>AEO code</translation>
    </message>
    <message>
      <source>Ad-valorem cover</source>
      <translation>Ad-valorem cover</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Air exchange (m³/h)</source>
      <translation>Air exchange (m³/h)</translation>
    </message>
    <message>
      <source>Attached documents</source>
      <translation>Attached documents</translation>
    </message>
    <message>
      <source>Attachment number</source>
      <translation>Attachment number</translation>
    </message>
    <message>
      <source>Attachment type</source>
      <translation>Attachment type</translation>
    </message>
    <message>
      <source>Bill of lading / waybill</source>
      <translation>Bill of lading / waybill</translation>
    </message>
    <message>
      <source>Bill of lading or through (multimodal) document number, known once the booking is confirmed.</source>
      <translation>Bill of lading or through (multimodal) document number, known once the booking is confirmed.</translation>
    </message>
    <message>
      <source>Booking ID</source>
      <translation>Booking ID</translation>
    </message>
    <message>
      <source>Booking number</source>
      <translation>Booking number</translation>
    </message>
    <message>
      <source>Booking request reference</source>
      <translation>Booking request reference</translation>
    </message>
    <message>
      <source>Brand</source>
      <translation>Brand</translation>
    </message>
    <message>
      <source>CO₂ set point (%)</source>
      <translation>CO₂ set point (%)</translation>
    </message>
    <message>
      <source>Cargo movement at destination</source>
      <translation>Cargo movement at destination</translation>
    </message>
    <message>
      <source>Cargo movement at origin</source>
      <translation>Cargo movement at origin</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <source>Certificate issuing office</source>
      <translation>Certificate issuing office</translation>
    </message>
    <message>
      <source>Certificates requested</source>
      <translation>Certificates requested</translation>
    </message>
    <message>
      <source>Certificates the inspection office is asked to issue for goods under inspection (e.g. phytosanitary).</source>
      <translation>Certificates the inspection office is asked to issue for goods under inspection (e.g. phytosanitary).</translation>
    </message>
    <message>
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <source>Client sequence number</source>
      <translation>Client sequence number</translation>
    </message>
    <message>
      <source>Cold treatment required</source>
      <translation>Cold treatment required</translation>
    </message>
    <message>
      <source>Commodities</source>
      <translation>Commodities</translation>
    </message>
    <message>
      <source>Commodity</source>
      <translation>Commodity</translation>
    </message>
    <message>
      <source>Commodity code</source>
      <translation>Commodity code</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Company</translation>
    </message>
    <message>
      <source>Company ID</source>
      <translation>Company ID</translation>
    </message>
    <message>
      <source>Company name (Chinese)</source>
      <translation>Company name (Chinese)</translation>
    </message>
    <message>
      <source>Company name (English)</source>
      <translation>Company name (English)</translation>
    </message>
    <message>
      <source>Company role</source>
      <translation>Company role</translation>
    </message>
    <message>
      <source>Competent authority approval</source>
      <translation>Competent authority approval</translation>
    </message>
    <message>
      <source>Confirmed statements</source>
      <translation>Confirmed statements</translation>
    </message>
    <message>
      <source>Consignee</source>
      <translation>Consignee</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Container number</source>
      <translation>Container number</translation>
    </message>
    <message>
      <source>Container numbers</source>
      <translation>Container numbers</translation>
    </message>
    <message>
      <source>Container size</source>
      <translation>Container size</translation>
    </message>
    <message>
      <source>Containers</source>
      <translation>Containers</translation>
    </message>
    <message>
      <source>Contract number</source>
      <translation>Contract number</translation>
    </message>
    <message>
      <source>Controlled atmosphere required</source>
      <translation>Controlled atmosphere required</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <source>Country of arrival</source>
      <translation>Country of arrival</translation>
    </message>
    <message>
      <source>Country of origin</source>
      <translation>Country of origin</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <source>Customs declaration number</source>
      <translation>Customs declaration number</translation>
    </message>
    <message>
      <source>Customs enterprise code</source>
      <translation>Customs enterprise code</translation>
    </message>
    <message>
      <source>Customs of exit</source>
      <translation>Customs of exit</translation>
    </message>
    <message>
      <source>Customs office of exit</source>
      <translation>Customs office of exit</translation>
    </message>
    <message>
      <source>Customs office where this company usually declares.</source>
      <translation>Customs office where this company usually declares.</translation>
    </message>
    <message>
      <source>Cut-off</source>
      <translation>Cut-off</translation>
    </message>
    <message>
      <source>Cut-off time</source>
      <translation>Cut-off time</translation>
    </message>
    <message>
      <source>Cut-offs</source>
      <translation>Cut-offs</translation>
    </message>
    <message>
      <source>Dangerous goods</source>
      <translation>Dangerous goods</translation>
    </message>
    <message>
      <source>Dangerous goods details</source>
      <translation>Dangerous goods details</translation>
    </message>
    <message>
      <source>Dangerous goods gross weight (kg)</source>
      <translation>Dangerous goods gross weight (kg)</translation>
    </message>
    <message>
      <source>Dangerous goods name</source>
      <translation>Dangerous goods name</translation>
    </message>
    <message>
      <source>Dangerous goods net weight (kg)</source>
      <translation>Dangerous goods net weight (kg)</translation>
    </message>
    <message>
      <source>Dangerous goods packaging</source>
      <translation>Dangerous goods packaging</translation>
    </message>
    <message>
      <source>Dangerous goods packing group</source>
      <translation>Dangerous goods packing group</translation>
    </message>
    <message>
      <source>Dangerous goods: the 4-digit UN number.</source>
      <translation>Dangerous goods: the 4-digit UN number.</translation>
    </message>
    <message>
      <source>Dangerous goods: the IMDG class.</source>
      <translation>Dangerous goods: the IMDG class.</translation>
    </message>
    <message>
      <source>Declaration ID</source>
      <translation>Declaration ID</translation>
    </message>
    <message>
      <source>Declaration date</source>
      <translation>Declaration date</translation>
    </message>
    <message>
      <source>Declaration elements</source>
      <translation>Declaration elements</translation>
    </message>
    <message>
      <source>Declaration type flags</source>
      <translation>Declaration type flags</translation>
    </message>
    <message>
      <source>Declare the cargo value to the carrier for ad-valorem liability (a higher freight); off by default.</source>
      <translation>Declare the cargo value to the carrier for ad-valorem liability (a higher freight); off by default.</translation>
    </message>
    <message>
      <source>Declared quantity</source>
      <translation>Declared quantity</translation>
    </message>
    <message>
      <source>Declared unit</source>
      <translation>Declared unit</translation>
    </message>
    <message>
      <source>Declared value</source>
      <translation>Declared value</translation>
    </message>
    <message>
      <source>Declared value currency</source>
      <translation>Declared value currency</translation>
    </message>
    <message>
      <source>Declaring agent</source>
      <translation>Declaring agent</translation>
    </message>
    <message>
      <source>Declaring agent USCC</source>
      <translation>Declaring agent USCC</translation>
    </message>
    <message>
      <source>Declaring agent customs code</source>
      <translation>Declaring agent customs code</translation>
    </message>
    <message>
      <source>Declaring agent inspection code</source>
      <translation>Declaring agent inspection code</translation>
    </message>
    <message>
      <source>Declaring customs</source>
      <translation>Declaring customs</translation>
    </message>
    <message>
      <source>Default customs office</source>
      <translation>Default customs office</translation>
    </message>
    <message>
      <source>Default unit price</source>
      <translation>Default unit price</translation>
    </message>
    <message>
      <source>Delivery type</source>
      <translation>Delivery type</translation>
    </message>
    <message>
      <source>Departure date</source>
      <translation>Departure date</translation>
    </message>
    <message>
      <source>Document code</source>
      <translation>Document code</translation>
    </message>
    <message>
      <source>Document kind</source>
      <translation>Document kind</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>Document parties</source>
      <translation>Document parties</translation>
    </message>
    <message>
      <source>Domestic shipper</source>
      <translation>Domestic shipper</translation>
    </message>
    <message>
      <source>Domestic shipper (English)</source>
      <translation>Domestic shipper (English)</translation>
    </message>
    <message>
      <source>Domestic shipper USCC</source>
      <translation>Domestic shipper USCC</translation>
    </message>
    <message>
      <source>Domestic shipper customs code</source>
      <translation>Domestic shipper customs code</translation>
    </message>
    <message>
      <source>Domestic shipper inspection code</source>
      <translation>Domestic shipper inspection code</translation>
    </message>
    <message>
      <source>Domestic source of goods</source>
      <translation>Domestic source of goods</translation>
    </message>
    <message>
      <source>Drain holes open</source>
      <translation>Drain holes open</translation>
    </message>
    <message>
      <source>Duty mode</source>
      <translation>Duty mode</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Edited fields</source>
      <translation>Edited fields</translation>
    </message>
    <message>
      <source>EmS number</source>
      <translation>EmS number</translation>
    </message>
    <message>
      <source>Emergency contact</source>
      <translation>Emergency contact</translation>
    </message>
    <message>
      <source>Emergency phone</source>
      <translation>Emergency phone</translation>
    </message>
    <message>
      <source>Emergency response provider</source>
      <translation>Emergency response provider</translation>
    </message>
    <message>
      <source>Emergency response reference</source>
      <translation>Emergency response reference</translation>
    </message>
    <message>
      <source>Emergency schedule, e.g. F-E, S-E.</source>
      <translation>Emergency schedule, e.g. F-E, S-E.</translation>
    </message>
    <message>
      <source>Empty uncleaned (residue)</source>
      <translation>Empty uncleaned (residue)</translation>
    </message>
    <message>
      <source>Entry type</source>
      <translation>Entry type</translation>
    </message>
    <message>
      <source>Equipment size-type</source>
      <translation>Equipment size-type</translation>
    </message>
    <message>
      <source>Equipment substitution allowed</source>
      <translation>Equipment substitution allowed</translation>
    </message>
    <message>
      <source>Error code</source>
      <translation>Error code</translation>
    </message>
    <message>
      <source>Excepted quantity</source>
      <translation>Excepted quantity</translation>
    </message>
    <message>
      <source>Export date</source>
      <translation>Export date</translation>
    </message>
    <message>
      <source>Export declaration</source>
      <translation>Export declaration</translation>
    </message>
    <message>
      <source>Export declaration reference</source>
      <translation>Export declaration reference</translation>
    </message>
    <message>
      <source>Export declaration required</source>
      <translation>Export declaration required</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Field errors</source>
      <translation>Field errors</translation>
    </message>
    <message>
      <source>Fields set directly on this declaration; refreshing from the shipment keeps them.</source>
      <translation>Fields set directly on this declaration; refreshing from the shipment keeps them.</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>File name</translation>
    </message>
    <message>
      <source>Final destination country</source>
      <translation>Final destination country</translation>
    </message>
    <message>
      <source>First legal quantity</source>
      <translation>First legal quantity</translation>
    </message>
    <message>
      <source>First legal unit</source>
      <translation>First legal unit</translation>
    </message>
    <message>
      <source>Flash point (°C)</source>
      <translation>Flash point (°C)</translation>
    </message>
    <message>
      <source>For goods under inspection: the 6-digit inspection office that accepts the declaration.</source>
      <translation>For goods under inspection: the 6-digit inspection office that accepts the declaration.</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Format version</source>
      <translation>Format version</translation>
    </message>
    <message>
      <source>Freight</source>
      <translation>Freight</translation>
    </message>
    <message>
      <source>Freight currency</source>
      <translation>Freight currency</translation>
    </message>
    <message>
      <source>Freight mark</source>
      <translation>Freight mark</translation>
    </message>
    <message>
      <source>Freight payment</source>
      <translation>Freight payment</translation>
    </message>
    <message>
      <source>Generator set required</source>
      <translation>Generator set required</translation>
    </message>
    <message>
      <source>Goods attribute codes, separated by commas.</source>
      <translation>Goods attribute codes, separated by commas.</translation>
    </message>
    <message>
      <source>Goods attributes</source>
      <translation>Goods attributes</translation>
    </message>
    <message>
      <source>Goods lines</source>
      <translation>Goods lines</translation>
    </message>
    <message>
      <source>Goods name</source>
      <translation>Goods name</translation>
    </message>
    <message>
      <source>Goods name (Chinese)</source>
      <translation>Goods name (Chinese)</translation>
    </message>
    <message>
      <source>Goods name (English)</source>
      <translation>Goods name (English)</translation>
    </message>
    <message>
      <source>Gross weight (kg)</source>
      <translation>Gross weight (kg)</translation>
    </message>
    <message>
      <source>Gross weight of the dangerous goods with their packaging; the line's gross weight when empty.</source>
      <translation>Gross weight of the dangerous goods with their packaging; the line's gross weight when empty.</translation>
    </message>
    <message>
      <source>HS code</source>
      <translation>HS code</translation>
    </message>
    <message>
      <source>How the amount is given: 1 a rate (%), 2 an amount per unit, 3 the total amount.</source>
      <translation>How the amount is given: 1 a rate (%), 2 an amount per unit, 3 the total amount.</translation>
    </message>
    <message>
      <source>How the cargo is loaded into the container.</source>
      <translation>How the cargo is loaded into the container.</translation>
    </message>
    <message>
      <source>How the cargo is unloaded out of the container.</source>
      <translation>How the cargo is unloaded out of the container.</translation>
    </message>
    <message>
      <source>Humidity (%)</source>
      <translation>Humidity (%)</translation>
    </message>
    <message>
      <source>IMO hazard class</source>
      <translation>IMO hazard class</translation>
    </message>
    <message>
      <source>ISO 6346: owner code, category, 6 digits and the check digit, e.g. CSQU3054383.</source>
      <translation>ISO 6346: owner code, category, 6 digits and the check digit, e.g. CSQU3054383.</translation>
    </message>
    <message>
      <source>Incoterm</source>
      <translation>Incoterm</translation>
    </message>
    <message>
      <source>Inspection code</source>
      <translation>Inspection code</translation>
    </message>
    <message>
      <source>Inspection e-record number</source>
      <translation>Inspection e-record number</translation>
    </message>
    <message>
      <source>Inspection name</source>
      <translation>Inspection name</translation>
    </message>
    <message>
      <source>Inspection office (accepting)</source>
      <translation>Inspection office (accepting)</translation>
    </message>
    <message>
      <source>Inspection office (destination)</source>
      <translation>Inspection office (destination)</translation>
    </message>
    <message>
      <source>Inspection office (port)</source>
      <translation>Inspection office (port)</translation>
    </message>
    <message>
      <source>Inspection registration code</source>
      <translation>Inspection registration code</translation>
    </message>
    <message>
      <source>Insurance</source>
      <translation>Insurance</translation>
    </message>
    <message>
      <source>Insurance currency</source>
      <translation>Insurance currency</translation>
    </message>
    <message>
      <source>Insurance mark</source>
      <translation>Insurance mark</translation>
    </message>
    <message>
      <source>Invoice date</source>
      <translation>Invoice date</translation>
    </message>
    <message>
      <source>Invoice number</source>
      <translation>Invoice number</translation>
    </message>
    <message>
      <source>Item no.</source>
      <translation>Item no.</translation>
    </message>
    <message>
      <source>Item numbers</source>
      <translation>Item numbers</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>LCL</source>
      <translation>LCL</translation>
    </message>
    <message>
      <source>Less than container load (shared container).</source>
      <translation>Less than container load (shared container).</translation>
    </message>
    <message>
      <source>Levy nature</source>
      <translation>Levy nature</translation>
    </message>
    <message>
      <source>Licence number</source>
      <translation>Licence number</translation>
    </message>
    <message>
      <source>Licences and certificates</source>
      <translation>Licences and certificates</translation>
    </message>
    <message>
      <source>Limited quantity</source>
      <translation>Limited quantity</translation>
    </message>
    <message>
      <source>Local name</source>
      <translation>Local name</translation>
    </message>
    <message>
      <source>Location type</source>
      <translation>Location type</translation>
    </message>
    <message>
      <source>Marine pollutant</source>
      <translation>Marine pollutant</translation>
    </message>
    <message>
      <source>Marks and numbers</source>
      <translation>Marks and numbers</translation>
    </message>
    <message>
      <source>Means of transport</source>
      <translation>Means of transport</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Name in the party's own language (Chinese, Vietnamese ...).</source>
      <translation>Name in the party's own language (Chinese, Vietnamese ...).</translation>
    </message>
    <message>
      <source>Net weight (kg)</source>
      <translation>Net weight (kg)</translation>
    </message>
    <message>
      <source>Net weight per unit (kg)</source>
      <translation>Net weight per unit (kg)</translation>
    </message>
    <message>
      <source>Non-operating reefer</source>
      <translation>Non-operating reefer</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>Notify party</translation>
    </message>
    <message>
      <source>Number of packages</source>
      <translation>Number of packages</translation>
    </message>
    <message>
      <source>Numbers (from 1) of the goods lines packed in this container.</source>
      <translation>Numbers (from 1) of the goods lines packed in this container.</translation>
    </message>
    <message>
      <source>One digit per statement: 1 yes, 0 no, 9 not applicable.</source>
      <translation>One digit per statement: 1 yes, 0 no, 9 not applicable.</translation>
    </message>
    <message>
      <source>Originals</source>
      <translation>Originals</translation>
    </message>
    <message>
      <source>Other charges</source>
      <translation>Other charges</translation>
    </message>
    <message>
      <source>Other charges currency</source>
      <translation>Other charges currency</translation>
    </message>
    <message>
      <source>Other charges mark</source>
      <translation>Other charges mark</translation>
    </message>
    <message>
      <source>Overseas consignee</source>
      <translation>Overseas consignee</translation>
    </message>
    <message>
      <source>Overseas consignee code</source>
      <translation>Overseas consignee code</translation>
    </message>
    <message>
      <source>O₂ set point (%)</source>
      <translation>O₂ set point (%)</translation>
    </message>
    <message>
      <source>Package type</source>
      <translation>Package type</translation>
    </message>
    <message>
      <source>Package type (Rec 21)</source>
      <translation>Package type (Rec 21)</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Packages</translation>
    </message>
    <message>
      <source>Packing group</source>
      <translation>Packing group</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Part</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>Parts</translation>
    </message>
    <message>
      <source>Party ID</source>
      <translation>Party ID</translation>
    </message>
    <message>
      <source>Party function</source>
      <translation>Party function</translation>
    </message>
    <message>
      <source>Party role</source>
      <translation>Party role</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Place of delivery</source>
      <translation>Place of delivery</translation>
    </message>
    <message>
      <source>Place of receipt</source>
      <translation>Place of receipt</translation>
    </message>
    <message>
      <source>Place where the goods are stored</source>
      <translation>Place where the goods are stored</translation>
    </message>
    <message>
      <source>Port of departure</source>
      <translation>Port of departure</translation>
    </message>
    <message>
      <source>Port of departure (customs code)</source>
      <translation>Port of departure (customs code)</translation>
    </message>
    <message>
      <source>Port of destination</source>
      <translation>Port of destination</translation>
    </message>
    <message>
      <source>Port of destination (customs code)</source>
      <translation>Port of destination (customs code)</translation>
    </message>
    <message>
      <source>Port of discharge</source>
      <translation>Port of discharge</translation>
    </message>
    <message>
      <source>Port of loading</source>
      <translation>Port of loading</translation>
    </message>
    <message>
      <source>Post code</source>
      <translation>Post code</translation>
    </message>
    <message>
      <source>Pre-carriage mode</source>
      <translation>Pre-carriage mode</translation>
    </message>
    <message>
      <source>Pre-cooling required</source>
      <translation>Pre-cooling required</translation>
    </message>
    <message>
      <source>Producer / seller</source>
      <translation>Producer / seller</translation>
    </message>
    <message>
      <source>Producer / seller USCC</source>
      <translation>Producer / seller USCC</translation>
    </message>
    <message>
      <source>Producer / seller customs code</source>
      <translation>Producer / seller customs code</translation>
    </message>
    <message>
      <source>Producer / seller inspection code</source>
      <translation>Producer / seller inspection code</translation>
    </message>
    <message>
      <source>Producer USCC</source>
      <translation>Producer USCC</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Product ID</source>
      <translation>Product ID</translation>
    </message>
    <message>
      <source>Product name (Chinese)</source>
      <translation>Product name (Chinese)</translation>
    </message>
    <message>
      <source>Product name (English)</source>
      <translation>Product name (English)</translation>
    </message>
    <message>
      <source>Proper shipping name</source>
      <translation>Proper shipping name</translation>
    </message>
    <message>
      <source>Purpose code</source>
      <translation>Purpose code</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Quotation reference</source>
      <translation>Quotation reference</translation>
    </message>
    <message>
      <source>Rail origin station</source>
      <translation>Rail origin station</translation>
    </message>
    <message>
      <source>Rail waybill</source>
      <translation>Rail waybill</translation>
    </message>
    <message>
      <source>Rail-sea booking</source>
      <translation>Rail-sea booking</translation>
    </message>
    <message>
      <source>Receipt type</source>
      <translation>Receipt type</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <source>Record number</source>
      <translation>Record number</translation>
    </message>
    <message>
      <source>Reefer set temperature (°C)</source>
      <translation>Reefer set temperature (°C)</translation>
    </message>
    <message>
      <source>Reefer settings</source>
      <translation>Reefer settings</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>Reportable quantity</source>
      <translation>Reportable quantity</translation>
    </message>
    <message>
      <source>Requested departure</source>
      <translation>Requested departure</translation>
    </message>
    <message>
      <source>Requested equipment</source>
      <translation>Requested equipment</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Salvage packing</source>
      <translation>Salvage packing</translation>
    </message>
    <message>
      <source>Seal number</source>
      <translation>Seal number</translation>
    </message>
    <message>
      <source>Second legal quantity</source>
      <translation>Second legal quantity</translation>
    </message>
    <message>
      <source>Second legal unit</source>
      <translation>Second legal unit</translation>
    </message>
    <message>
      <source>Second subsidiary risk</source>
      <translation>Second subsidiary risk</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Service contract</source>
      <translation>Service contract</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Shipment</translation>
    </message>
    <message>
      <source>Shipment ID</source>
      <translation>Shipment ID</translation>
    </message>
    <message>
      <source>Shipment locations</source>
      <translation>Shipment locations</translation>
    </message>
    <message>
      <source>Shipment reference</source>
      <translation>Shipment reference</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>Shipper</translation>
    </message>
    <message>
      <source>Shipper-owned</source>
      <translation>Shipper-owned</translation>
    </message>
    <message>
      <source>Size-type</source>
      <translation>Size-type</translation>
    </message>
    <message>
      <source>Special declaration flags (单据类型), empty for an ordinary declaration.</source>
      <translation>Special declaration flags (单据类型), empty for an ordinary declaration.</translation>
    </message>
    <message>
      <source>Specification and model</source>
      <translation>Specification and model</translation>
    </message>
    <message>
      <source>Specification and model as the declaration elements require, separated by |.</source>
      <translation>Specification and model as the declaration elements require, separated by |.</translation>
    </message>
    <message>
      <source>State / province</source>
      <translation>State / province</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <source>Street and house number as a carrier's booking needs them.</source>
      <translation>Street and house number as a carrier's booking needs them.</translation>
    </message>
    <message>
      <source>Street number</source>
      <translation>Street number</translation>
    </message>
    <message>
      <source>Subsidiary risk</source>
      <translation>Subsidiary risk</translation>
    </message>
    <message>
      <source>Supervision mode</source>
      <translation>Supervision mode</translation>
    </message>
    <message>
      <source>Tare weight (kg)</source>
      <translation>Tare weight (kg)</translation>
    </message>
    <message>
      <source>Tax ID</source>
      <translation>Tax ID</translation>
    </message>
    <message>
      <source>Technical name</source>
      <translation>Technical name</translation>
    </message>
    <message>
      <source>The 6-digit domestic port code of the port the goods leave China from.</source>
      <translation>The 6-digit domestic port code of the port the goods leave China from.</translation>
    </message>
    <message>
      <source>The IMDG proper shipping name of the UN number, e.g. PAINT.</source>
      <translation>The IMDG proper shipping name of the UN number, e.g. PAINT.</translation>
    </message>
    <message>
      <source>The UN packaging code of the outer package, e.g. 4G or 1A1.</source>
      <translation>The UN packaging code of the outer package, e.g. 4G or 1A1.</translation>
    </message>
    <message>
      <source>The approval reference when the competent authority must approve the transport.</source>
      <translation>The approval reference when the competent authority must approve the transport.</translation>
    </message>
    <message>
      <source>The company's 10-character inspection and quarantine code, for goods inspected before export.</source>
      <translation>The company's 10-character inspection and quarantine code, for goods inspected before export.</translation>
    </message>
    <message>
      <source>The counterpart's own words on this receipt, as they came.</source>
      <translation>The counterpart's own words on this receipt, as they came.</translation>
    </message>
    <message>
      <source>The customs office where the goods leave China.</source>
      <translation>The customs office where the goods leave China.</translation>
    </message>
    <message>
      <source>The declaration elements, separated by |.</source>
      <translation>The declaration elements, separated by |.</translation>
    </message>
    <message>
      <source>The full commodity code (6 to 10 digits).</source>
      <translation>The full commodity code (6 to 10 digits).</translation>
    </message>
    <message>
      <source>The number customs gives after inspecting goods before export (电子底账); it goes on the declaration as licence document B.</source>
      <translation>The number customs gives after inspecting goods before export (电子底账); it goes on the declaration as licence document B.</translation>
    </message>
    <message>
      <source>The overseas consignee's AEO code, or NO when it has none.</source>
      <translation>The overseas consignee's AEO code, or NO when it has none.</translation>
    </message>
    <message>
      <source>The port code from the customs port table (not the UN/LOCODE), as the Single Window wants it.</source>
      <translation>The port code from the customs port table (not the UN/LOCODE), as the Single Window wants it.</translation>
    </message>
    <message>
      <source>The rail-sea service chosen from the schedule.</source>
      <translation>The rail-sea service chosen from the schedule.</translation>
    </message>
    <message>
      <source>The service contract with the carrier; give this or a quotation reference, not both.</source>
      <translation>The service contract with the carrier; give this or a quotation reference, not both.</translation>
    </message>
    <message>
      <source>Through document number</source>
      <translation>Through document number</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Total amount</source>
      <translation>Total amount</translation>
    </message>
    <message>
      <source>Total price</source>
      <translation>Total price</translation>
    </message>
    <message>
      <source>Total value</source>
      <translation>Total value</translation>
    </message>
    <message>
      <source>Trading country</source>
      <translation>Trading country</translation>
    </message>
    <message>
      <source>Train</source>
      <translation>Train</translation>
    </message>
    <message>
      <source>Transaction mode</source>
      <translation>Transaction mode</translation>
    </message>
    <message>
      <source>Transport document number</source>
      <translation>Transport document number</translation>
    </message>
    <message>
      <source>Transport document type</source>
      <translation>Transport document type</translation>
    </message>
    <message>
      <source>Transport mode</source>
      <translation>Transport mode</translation>
    </message>
    <message>
      <source>Transported hot</source>
      <translation>Transported hot</translation>
    </message>
    <message>
      <source>UN number</source>
      <translation>UN number</translation>
    </message>
    <message>
      <source>UN packaging code</source>
      <translation>UN packaging code</translation>
    </message>
    <message>
      <source>UN/ECE Rec 21 code of this line's outer package for the carrier; from the shipment's package type when empty.</source>
      <translation>UN/ECE Rec 21 code of this line's outer package for the carrier; from the shipment's package type when empty.</translation>
    </message>
    <message>
      <source>UN/LOCODE</source>
      <translation>UN/LOCODE</translation>
    </message>
    <message>
      <source>Unified social credit code</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>Ventilation open</source>
      <translation>Ventilation open</translation>
    </message>
    <message>
      <source>Vessel</source>
      <translation>Vessel</translation>
    </message>
    <message>
      <source>Vessel IMO number</source>
      <translation>Vessel IMO number</translation>
    </message>
    <message>
      <source>Volume (m³)</source>
      <translation>Volume (m³)</translation>
    </message>
    <message>
      <source>Voyage</source>
      <translation>Voyage</translation>
    </message>
    <message>
      <source>Voyage number</source>
      <translation>Voyage number</translation>
    </message>
    <message>
      <source>Waste</source>
      <translation>Waste</translation>
    </message>
    <message>
      <source>Where customs can inspect the goods (terminal, yard or warehouse).</source>
      <translation>Where customs can inspect the goods (terminal, yard or warehouse).</translation>
    </message>
    <message>
      <source>Which declaration of the shipment this is, from 1.</source>
      <translation>Which declaration of the shipment this is, from 1.</translation>
    </message>
    <message>
      <source>With the country code, e.g. +86 23 ...</source>
      <translation>With the country code, e.g. +86 23 ...</translation>
    </message>
  </context>
  <context>
    <name>FilingEditor</name>
    <message numerus="yes">
      <source>({n} field error(s))</source>
      <translation>
        <numerusform>({n} field error)</numerusform>
        <numerusform>({n} field errors)</numerusform>
      </translation>
    </message>
    <message>
      <source>Fix the errors marked on the form before submitting.</source>
      <translation>Fix the errors marked on the form before submitting.</translation>
    </message>
    <message>
      <source>Preview, print or save the documents of this filing</source>
      <translation>Preview, print or save the documents of this filing</translation>
    </message>
    <message>
      <source>Print or save &amp;documents…</source>
      <translation>Print or save &amp;documents…</translation>
    </message>
    <message>
      <source>Receipt times: the platform's clock, in this computer's time zone</source>
      <translation>Receipt times: the platform's clock, in this computer's time zone</translation>
    </message>
    <message>
      <source>Receipt times: the sandbox clock (a trainer can move it), not this computer's clock</source>
      <translation>Receipt times: the sandbox clock (a trainer can move it), not this computer's clock</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <source>Sent through the Single Window client (ImpPath folders)</source>
      <translation>Sent through the Single Window client (ImpPath folders)</translation>
    </message>
    <message>
      <source>Sent through the corridor platform</source>
      <translation>Sent through the corridor platform</translation>
    </message>
    <message>
      <source>Submit to the platform (Ctrl+Enter)</source>
      <translation>Submit to the platform (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Will be sent through the Single Window client (ImpPath folders)</source>
      <translation>Will be sent through the Single Window client (ImpPath folders)</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>Consignee</source>
      <translation>Consignee</translation>
    </message>
    <message>
      <source>Customs and dates</source>
      <translation>Customs and dates</translation>
    </message>
    <message>
      <source>Dangerous goods details</source>
      <translation>Dangerous goods details</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Domestic shipper and producer</source>
      <translation>Domestic shipper and producer</translation>
    </message>
    <message>
      <source>Freight, insurance and other charges</source>
      <translation>Freight, insurance and other charges</translation>
    </message>
    <message>
      <source>Inspection and quarantine</source>
      <translation>Inspection and quarantine</translation>
    </message>
    <message>
      <source>Notify party</source>
      <translation>Notify party</translation>
    </message>
    <message>
      <source>Overseas consignee</source>
      <translation>Overseas consignee</translation>
    </message>
    <message>
      <source>Packages and weights</source>
      <translation>Packages and weights</translation>
    </message>
    <message>
      <source>Reefer settings</source>
      <translation>Reefer settings</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Shipment</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>Shipper</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Terms</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
  </context>
  <context>
    <name>HsLookupDialog</name>
    <message>
      <source>&amp;Supplementary digits</source>
      <translation>&amp;Supplementary digits</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Commodity code (10 digits)</source>
      <translation>Commodity code (10 digits)</translation>
    </message>
    <message>
      <source>Commodity code: {code}</source>
      <translation>Commodity code: {code}</translation>
    </message>
    <message>
      <source>Declaration elements</source>
      <translation>Declaration elements</translation>
    </message>
    <message>
      <source>HS lookup</source>
      <translation>HS lookup</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <source>Search HS codes and products</source>
      <translation>Search HS codes and products</translation>
    </message>
    <message>
      <source>Tariff &amp;line</source>
      <translation>Tariff &amp;line</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</source>
      <translation>The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest first.</translation>
    </message>
    <message>
      <source>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</source>
      <translation>The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest first.</translation>
    </message>
    <message>
      <source>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</source>
      <translation>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</translation>
    </message>
    <message>
      <source>Type the goods as you call them, in Chinese, English or Vietnamese, or a code. This company's own products and earlier declarations come first, then the Chinese tariff, HS 2022 and the Vietnamese tariff.</source>
      <translation>Type the goods as you call them, in Chinese, English or Vietnamese, or a code. This company's own products and earlier declarations come first, then the Chinese tariff, HS 2022 and the Vietnamese tariff.</translation>
    </message>
    <message>
      <source>Use this code</source>
      <translation>Use this code</translation>
    </message>
    <message>
      <source>e.g. 摩托车轮辋, solar panels, sầu riêng tươi, 8714</source>
      <translation>e.g. 摩托车轮辋, solar panels, sầu riêng tươi, 8714</translation>
    </message>
    <message>
      <source>{line}  (not a line of the bundled 2023 tariff: check it)</source>
      <translation>{line}  (not a line of the bundled 2023 tariff: check it)</translation>
    </message>
    <message>
      <source>{line} is not a line of the bundled 2023 tariff: check the code before you use it.</source>
      <translation>{line} is not a line of the bundled 2023 tariff: check the code before you use it.</translation>
    </message>
  </context>
  <context>
    <name>HsSuggester</name>
    <message>
      <source>Legal units: {units}</source>
      <translation>Legal units: {units}</translation>
    </message>
    <message>
      <source>Type the goods name: codes are offered</source>
      <translation>Type the goods name: codes are offered</translation>
    </message>
  </context>
  <context>
    <name>Input</name>
    <message>
      <source>“{text}” is not a date: type it like {example} or 2026-12-10.</source>
      <translation>“{text}” is not a date: type it like {example} or 2026-12-10.</translation>
    </message>
    <message>
      <source>“{text}” is not a number: type it like {example}.</source>
      <translation>“{text}” is not a number: type it like {example}.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number.</source>
      <translation>“{text}” is not a whole number.</translation>
    </message>
  </context>
  <context>
    <name>LessonPanel</name>
    <message>
      <source>&amp;Back</source>
      <translation>&amp;Back</translation>
    </message>
    <message>
      <source>&amp;Check this step</source>
      <translation>&amp;Check this step</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>&amp;Next step</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Done. Go on to the next step.</source>
      <translation>Done. Go on to the next step.</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Step {n} of {total}</translation>
    </message>
    <message>
      <source>Well done: the lesson is complete.</source>
      <translation>Well done: the lesson is complete.</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>&amp;New shipment</source>
      <translation>&amp;New shipment</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>List</source>
      <translation>List</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Search (Ctrl+F): reference, contract, consignee, goods…</source>
      <translation>Search (Ctrl+F): reference, contract, consignee, goods…</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Status filter</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>&amp;Account</source>
      <translation>&amp;Account</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <source>&amp;Remember me on this computer</source>
      <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
      <source>&amp;Verification code</source>
      <translation>&amp;Verification code</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <source>Demo account</source>
      <translation>Demo account</translation>
    </message>
    <message>
      <source>Enter the verification code sent to you.</source>
      <translation>Enter the verification code sent to you.</translation>
    </message>
    <message>
      <source>Enter your account and password.</source>
      <translation>Enter your account and password.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Log in</translation>
    </message>
    <message>
      <source>Log in to the single window</source>
      <translation>Log in to the single window</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Sandbox: a local training platform runs inside the app. Pick a demo account to log in.</source>
      <translation>Sandbox: a local training platform runs inside the app. Pick a demo account to log in.</translation>
    </message>
    <message>
      <source>Verification code</source>
      <translation>Verification code</translation>
    </message>
  </context>
  <context>
    <name>MainMenus</name>
    <message>
      <source>&amp;About Corridor Desk</source>
      <translation>&amp;About Corridor Desk</translation>
    </message>
    <message>
      <source>&amp;Close tab</source>
      <translation>&amp;Close tab</translation>
    </message>
    <message>
      <source>&amp;Export to exchange file…</source>
      <translation>&amp;Export to exchange file…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Import exchange file…</source>
      <translation>&amp;Import exchange file…</translation>
    </message>
    <message>
      <source>&amp;Log in…</source>
      <translation>&amp;Log in…</translation>
    </message>
    <message>
      <source>&amp;New shipment</source>
      <translation>&amp;New shipment</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Recent files</source>
      <translation>&amp;Recent files</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>Clear the list</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Exchange files (*.json)</source>
      <translation>Exchange files (*.json)</translation>
    </message>
    <message>
      <source>Export to exchange file</source>
      <translation>Export to exchange file</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Import exchange files</source>
      <translation>Import exchange files</translation>
    </message>
    <message>
      <source>Imported {n} of {total} files.</source>
      <translation>Imported {n} of {total} files.</translation>
    </message>
    <message>
      <source>Log &amp;out</source>
      <translation>Log &amp;out</translation>
    </message>
    <message>
      <source>Log folder: {path}</source>
      <translation>Log folder: {path}</translation>
    </message>
    <message>
      <source>Log in to import files.</source>
      <translation>Log in to import files.</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>No recent files</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>Open the &amp;log folder</translation>
    </message>
    <message>
      <source>Open the shipment, declaration or booking to export first.</source>
      <translation>Open the shipment, declaration or booking to export first.</translation>
    </message>
    <message>
      <source>Run the &amp;self-test</source>
      <translation>Run the &amp;self-test</translation>
    </message>
    <message>
      <source>S&amp;witch user…</source>
      <translation>S&amp;witch user…</translation>
    </message>
    <message>
      <source>Save the record before exporting it.</source>
      <translation>Save the record before exporting it.</translation>
    </message>
    <message>
      <source>Some files were not imported.</source>
      <translation>Some files were not imported.</translation>
    </message>
    <message>
      <source>Written to {file}.</source>
      <translation>Written to {file}.</translation>
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
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>(not yet numbered)</source>
      <translation>(not yet numbered)</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Advance sandbox clock 1 h</source>
      <translation>Advance sandbox clock 1 h</translation>
    </message>
    <message>
      <source>All bookings</source>
      <translation>All bookings</translation>
    </message>
    <message>
      <source>All declarations</source>
      <translation>All declarations</translation>
    </message>
    <message>
      <source>All shipments</source>
      <translation>All shipments</translation>
    </message>
    <message numerus="yes">
      <source>Attaching documents: %n declaration(s) to go…</source>
      <translation>
        <numerusform>Attaching documents: %n declaration to go…</numerusform>
        <numerusform>Attaching documents: %n declarations to go…</numerusform>
      </translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Bookings</translation>
    </message>
    <message>
      <source>Company (Ctrl+K)</source>
      <translation>Company (Ctrl+K)</translation>
    </message>
    <message>
      <source>Company:</source>
      <translation>Company:</translation>
    </message>
    <message>
      <source>Corridor Desk</source>
      <translation>Corridor Desk</translation>
    </message>
    <message numerus="yes">
      <source>Corridor Desk was not closed properly. Restore the {n} unsaved edit(s)?</source>
      <translation>
        <numerusform>Corridor Desk was not closed properly. Restore {n} unsaved edit?</numerusform>
        <numerusform>Corridor Desk was not closed properly. Restore the {n} unsaved edits?</numerusform>
      </translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Declaration</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>Declarations</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message numerus="yes">
      <source>Documents attached to %n declaration(s).</source>
      <translation>
        <numerusform>Documents attached to %n declaration.</numerusform>
        <numerusform>Documents attached to %n declarations.</numerusform>
      </translation>
    </message>
    <message>
      <source>Documents not attached</source>
      <translation>Documents not attached</translation>
    </message>
    <message>
      <source>Environment: {env}</source>
      <translation>Environment: {env}</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Log in to create a shipment.</source>
      <translation>Log in to create a shipment.</translation>
    </message>
    <message>
      <source>Master data</source>
      <translation>Master data</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Not connected</translation>
    </message>
    <message>
      <source>Offline — filings wait in the outbox</source>
      <translation>Offline — filings wait in the outbox</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <source>Outbox: {n}</source>
      <translation>Outbox: {n}</translation>
    </message>
    <message>
      <source>Production</source>
      <translation>Production</translation>
    </message>
    <message>
      <source>Restore unsaved edits</source>
      <translation>Restore unsaved edits</translation>
    </message>
    <message>
      <source>SANDBOX</source>
      <translation>SANDBOX</translation>
    </message>
    <message>
      <source>Sandbox</source>
      <translation>Sandbox</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Shipments</source>
      <translation>Shipments</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Starting…</translation>
    </message>
    <message>
      <source>Status changed</source>
      <translation>Status changed</translation>
    </message>
    <message>
      <source>Switch company (Ctrl+K)</source>
      <translation>Switch company (Ctrl+K)</translation>
    </message>
    <message>
      <source>Switching workspace…</source>
      <translation>Switching workspace…</translation>
    </message>
    <message>
      <source>The documents of declaration {name} were not attached: {reason} Open it and choose Upload documents to the platform to try again.</source>
      <translation>The documents of declaration {name} were not attached: {reason} Open it and choose Upload documents to the platform to try again.</translation>
    </message>
    <message>
      <source>The training platform could not be started again: close and reopen Corridor Desk.</source>
      <translation>The training platform could not be started again: close and reopen Corridor Desk.</translation>
    </message>
    <message>
      <source>The training platform stopped unexpectedly and was started again; nothing was lost.</source>
      <translation>The training platform stopped unexpectedly and was started again; nothing was lost.</translation>
    </message>
    <message>
      <source>The training platform stopped unexpectedly; starting it again…</source>
      <translation>The training platform stopped unexpectedly; starting it again…</translation>
    </message>
    <message>
      <source>Training platform running inside the app: nothing is filed with customs.</source>
      <translation>Training platform running inside the app: nothing is filed with customs.</translation>
    </message>
    <message>
      <source>Your session has expired. Log in again to continue; your edits are kept.</source>
      <translation>Your session has expired. Log in again to continue; your edits are kept.</translation>
    </message>
    <message>
      <source>{kind} {id}: {status}</source>
      <translation>{kind} {id}: {status}</translation>
    </message>
    <message>
      <source>{n} filings changed status.</source>
      <translation>{n} filings changed status.</translation>
    </message>
  </context>
  <context>
    <name>MasterDataPage</name>
    <message>
      <source>&amp;Add company…</source>
      <translation>&amp;Add company…</translation>
    </message>
    <message>
      <source>&amp;Edit company…</source>
      <translation>&amp;Edit company…</translation>
    </message>
    <message>
      <source>Add &amp;party…</source>
      <translation>Add &amp;party…</translation>
    </message>
    <message>
      <source>Add p&amp;roduct…</source>
      <translation>Add p&amp;roduct…</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>Companies</translation>
    </message>
    <message>
      <source>Delete from master data</source>
      <translation>Delete from master data</translation>
    </message>
    <message>
      <source>Delete party</source>
      <translation>Delete party</translation>
    </message>
    <message>
      <source>Delete product</source>
      <translation>Delete product</translation>
    </message>
    <message>
      <source>Delete the party “{name}” from this company's master data?</source>
      <translation>Delete the party “{name}” from this company's master data?</translation>
    </message>
    <message>
      <source>Delete the product “{name}” from this company's master data?</source>
      <translation>Delete the product “{name}” from this company's master data?</translation>
    </message>
    <message>
      <source>Delete the selected record (Del)</source>
      <translation>Delete the selected record (Del)</translation>
    </message>
    <message>
      <source>No companies yet. Click “Add company…” (Alt+A) and fill in its name, USCC and customs code.</source>
      <translation>No companies yet. Click “Add company…” (Alt+A) and fill in its name, USCC and customs code.</translation>
    </message>
    <message>
      <source>No parties yet. Click “Add party…” (Alt+P) to add a consignee or notify party; the shipment editor then offers it as you type.</source>
      <translation>No parties yet. Click “Add party…” (Alt+P) to add a consignee or notify party; the shipment editor then offers it as you type.</translation>
    </message>
    <message>
      <source>No products yet. Click “Add product…” (Alt+R), or choose an HS code for a goods line: the product is remembered with its code, units and elements.</source>
      <translation>No products yet. Click “Add product…” (Alt+R), or choose an HS code for a goods line: the product is remembered with its code, units and elements.</translation>
    </message>
    <message>
      <source>Open the selected company's form (Enter)</source>
      <translation>Open the selected company's form (Enter)</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <source>Shipments and declarations that already use it keep their own copy.</source>
      <translation>Shipments and declarations that already use it keep their own copy.</translation>
    </message>
  </context>
  <context>
    <name>ModelListTable</name>
    <message>
      <source>“{text}” is not a list of numbers such as 1, 2, 5.</source>
      <translation>“{text}” is not a list of numbers such as 1, 2, 5.</translation>
    </message>
    <message>
      <source>“{text}” is not one of the choices.</source>
      <translation>“{text}” is not one of the choices.</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message numerus="yes">
      <source>%1 (%n times)</source>
      <translation>
        <numerusform>%1 (%n time)</numerusform>
        <numerusform>%1 (%n times)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new notice(s)</source>
      <translation>
        <numerusform>%n new notice</numerusform>
        <numerusform>%n new notices</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to report yet.</source>
      <translation>Nothing to report yet.</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Notices</translation>
    </message>
    <message>
      <source>Notices of this session</source>
      <translation>Notices of this session</translation>
    </message>
    <message>
      <source>Read the notices of this session in full</source>
      <translation>Read the notices of this session in full</translation>
    </message>
  </context>
  <context>
    <name>PageView</name>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Page {page} of {count}</translation>
    </message>
    <message>
      <source>The pages cannot be shown: {reason}</source>
      <translation>The pages cannot be shown: {reason}</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abort</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignore</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;o to All</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Restore Defaults</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Retry</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Save All</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Yes to &amp;All</translation>
    </message>
  </context>
  <context>
    <name>QueueModel</name>
    <message>
      <source>(waiting)</source>
      <translation>(waiting)</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Attempts</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Last problem</source>
      <translation>Last problem</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>Queued at</translation>
    </message>
    <message>
      <source>Queued by</source>
      <translation>Queued by</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Sending seat</source>
      <translation>Sending seat</translation>
    </message>
  </context>
  <context>
    <name>QueuePanel</name>
    <message numerus="yes">
      <source>%n filing(s) queued by {user} waiting to be sent.</source>
      <translation>
        <numerusform>%n filing queued by {user} waiting to be sent.</numerusform>
        <numerusform>%n filings queued by {user} waiting to be sent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filing(s) waiting to be sent, queued by every user.</source>
      <translation>
        <numerusform>%n filing waiting to be sent, queued by every user.</numerusform>
        <numerusform>%n filings waiting to be sent, queued by every user.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filing(s) you queued waiting to be sent.</source>
      <translation>
        <numerusform>%n filing you queued waiting to be sent.</numerusform>
        <numerusform>%n filings you queued waiting to be sent.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Queue of:</source>
      <translation>&amp;Queue of:</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>Filings waiting to be sent</source>
      <translation>Filings waiting to be sent</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Mine</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
  </context>
  <context>
    <name>QuickSwitcher</name>
    <message>
      <source>Companies</source>
      <translation>Companies</translation>
    </message>
    <message>
      <source>Company name, USCC or customs code</source>
      <translation>Company name, USCC or customs code</translation>
    </message>
    <message>
      <source>Find company</source>
      <translation>Find company</translation>
    </message>
    <message>
      <source>Switch company</source>
      <translation>Switch company</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>Master data</source>
      <translation>Master data</translation>
    </message>
  </context>
  <context>
    <name>Rule</name>
    <message>
      <source>A weight under 1 kg ({value}) is declared as 1 kg.</source>
      <translation>A weight under 1 kg ({value}) is declared as 1 kg.</translation>
    </message>
    <message>
      <source>Ad-valorem cover needs the declared value.</source>
      <translation>Ad-valorem cover needs the declared value.</translation>
    </message>
    <message>
      <source>At least 1 unit of equipment is needed (is {units}).</source>
      <translation>At least 1 unit of equipment is needed (is {units}).</translation>
    </message>
    <message>
      <source>Choose the package type (Rec 21) the carrier should see.</source>
      <translation>Choose the package type (Rec 21) the carrier should see.</translation>
    </message>
    <message>
      <source>Container numbers given: {count}; units of equipment: {units}. They must match.</source>
      <translation>Container numbers given: {count}; units of equipment: {units}. They must match.</translation>
    </message>
    <message>
      <source>Dangerous goods need both the UN number and the IMO hazard class.</source>
      <translation>Dangerous goods need both the UN number and the IMO hazard class.</translation>
    </message>
    <message>
      <source>Declaration element {element} (part {part} of the specification): {value} is not one of the allowed codes ({allowed}).</source>
      <translation>Declaration element {element} (part {part} of the specification): {value} is not one of the allowed codes ({allowed}).</translation>
    </message>
    <message>
      <source>Declaration element {element} (part {part} of the specification, heading {heading}) is missing.</source>
      <translation>Declaration element {element} (part {part} of the specification, heading {heading}) is missing.</translation>
    </message>
    <message>
      <source>Declaration element {element} is required.</source>
      <translation>Declaration element {element} is required.</translation>
    </message>
    <message>
      <source>Declaration element {element} must not contain | — it separates the elements.</source>
      <translation>Declaration element {element} must not contain | — it separates the elements.</translation>
    </message>
    <message>
      <source>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</source>
      <translation>Declaration element {element}: {value} is not one of the allowed codes ({allowed}).</translation>
    </message>
    <message>
      <source>Give both the declaring agent's credit code and its name.</source>
      <translation>Give both the declaring agent's credit code and its name.</translation>
    </message>
    <message>
      <source>Give either the service contract or the quotation reference, not both.</source>
      <translation>Give either the service contract or the quotation reference, not both.</translation>
    </message>
    <message>
      <source>Give the currency of the declared value.</source>
      <translation>Give the currency of the declared value.</translation>
    </message>
    <message>
      <source>Give the gross weight of the dangerous goods.</source>
      <translation>Give the gross weight of the dangerous goods.</translation>
    </message>
    <message>
      <source>Give the second legal quantity together with its unit.</source>
      <translation>Give the second legal quantity together with its unit.</translation>
    </message>
    <message numerus="yes">
      <source>Goods line {line} does not exist (the shipment has {count} lines).</source>
      <translation>
        <numerusform>Goods line {line} does not exist (the shipment has {count} line).</numerusform>
        <numerusform>Goods line {line} does not exist (the shipment has {count} lines).</numerusform>
      </translation>
    </message>
    <message>
      <source>Goods line {line} is not in any container.</source>
      <translation>Goods line {line} is not in any container.</translation>
    </message>
    <message>
      <source>Incoterm {incoterm} is declared with transaction mode {expected}, not {transaction_mode}.</source>
      <translation>Incoterm {incoterm} is declared with transaction mode {expected}, not {transaction_mode}.</translation>
    </message>
    <message>
      <source>Item currency {currency} differs from the declaration currency {header}.</source>
      <translation>Item currency {currency} differs from the declaration currency {header}.</translation>
    </message>
    <message>
      <source>Item number {g_no} should be {expected}.</source>
      <translation>Item number {g_no} should be {expected}.</translation>
    </message>
    <message numerus="yes">
      <source>Item {item} does not exist (the declaration has {count} items).</source>
      <translation>
        <numerusform>Item {item} does not exist (the declaration has {count} item).</numerusform>
        <numerusform>Item {item} does not exist (the declaration has {count} items).</numerusform>
      </translation>
    </message>
    <message>
      <source>Mark {mark} is not allowed here (allowed: {allowed}).</source>
      <translation>Mark {mark} is not allowed here (allowed: {allowed}).</translation>
    </message>
    <message>
      <source>Net weight {net} kg is more than the gross weight {gross} kg.</source>
      <translation>Net weight {net} kg is more than the gross weight {gross} kg.</translation>
    </message>
    <message>
      <source>Package type {wrap_type} (bulk or unpacked) means 1 package, not {count}.</source>
      <translation>Package type {wrap_type} (bulk or unpacked) means 1 package, not {count}.</translation>
    </message>
    <message>
      <source>Rail transport: {field} is required.</source>
      <translation>Rail transport: {field} is required.</translation>
    </message>
    <message>
      <source>Reefer container {size_type} needs a set temperature.</source>
      <translation>Reefer container {size_type} needs a set temperature.</translation>
    </message>
    <message>
      <source>Reefer equipment {size_type} needs a set temperature.</source>
      <translation>Reefer equipment {size_type} needs a set temperature.</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} does not allow duty mode {duty_mode} (allowed: {allowed}).</source>
      <translation>Supervision mode {trade_mode} does not allow duty mode {duty_mode} (allowed: {allowed}).</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} does not allow levy nature {cut_mode} (allowed: {allowed}).</source>
      <translation>Supervision mode {trade_mode} does not allow levy nature {cut_mode} (allowed: {allowed}).</translation>
    </message>
    <message>
      <source>Supervision mode {trade_mode} needs a record number (starting with {prefixes}).</source>
      <translation>Supervision mode {trade_mode} needs a record number (starting with {prefixes}).</translation>
    </message>
    <message>
      <source>The booking needs a document party with function {role}.</source>
      <translation>The booking needs a document party with function {role}.</translation>
    </message>
    <message>
      <source>The booking needs a location of type {function}.</source>
      <translation>The booking needs a location of type {function}.</translation>
    </message>
    <message>
      <source>The booking requests no equipment.</source>
      <translation>The booking requests no equipment.</translation>
    </message>
    <message>
      <source>The carrier needs street, city and country together in the address of {party} (or leave them all empty to send the address as written).</source>
      <translation>The carrier needs street, city and country together in the address of {party} (or leave them all empty to send the address as written).</translation>
    </message>
    <message>
      <source>The charge is incomplete: give the mark, the amount and (for a unit price or total) the currency.</source>
      <translation>The charge is incomplete: give the mark, the amount and (for a unit price or total) the currency.</translation>
    </message>
    <message>
      <source>The check character of the unified social credit code {value} does not match; check it (some real codes fail this check).</source>
      <translation>The check character of the unified social credit code {value} does not match; check it (some real codes fail this check).</translation>
    </message>
    <message>
      <source>The check digit of container number {value} is wrong (ISO 6346).</source>
      <translation>The check digit of container number {value} is wrong (ISO 6346).</translation>
    </message>
    <message>
      <source>The code table {table} cannot be read: {detail}</source>
      <translation>The code table {table} cannot be read: {detail}</translation>
    </message>
    <message>
      <source>The customs code's 6th character {sixth} requires levy nature {expected} for general trade, not {cut_mode}.</source>
      <translation>The customs code's 6th character {sixth} requires levy nature {expected} for general trade, not {cut_mode}.</translation>
    </message>
    <message>
      <source>The declaration date {date} is in the future.</source>
      <translation>The declaration date {date} is in the future.</translation>
    </message>
    <message>
      <source>The declaration elements joined are {length} characters; at most {max} fit.</source>
      <translation>The declaration elements joined are {length} characters; at most {max} fit.</translation>
    </message>
    <message>
      <source>The declaration has no items.</source>
      <translation>The declaration has no items.</translation>
    </message>
    <message>
      <source>The declaration has {count} items; at most {max} are allowed. Split it.</source>
      <translation>The declaration has {count} items; at most {max} are allowed. Split it.</translation>
    </message>
    <message>
      <source>The declared total {declared} differs from the sum of the item totals {sum}.</source>
      <translation>The declared total {declared} differs from the sum of the item totals {sum}.</translation>
    </message>
    <message>
      <source>The equipment carries no commodities.</source>
      <translation>The equipment carries no commodities.</translation>
    </message>
    <message>
      <source>The export date {date} is more than {days} days in the past.</source>
      <translation>The export date {date} is more than {days} days in the past.</translation>
    </message>
    <message>
      <source>The record number does not fit supervision mode {trade_mode} (expected prefix: {prefixes}).</source>
      <translation>The record number does not fit supervision mode {trade_mode} (expected prefix: {prefixes}).</translation>
    </message>
    <message>
      <source>The requested departure {date} is in the past.</source>
      <translation>The requested departure {date} is in the past.</translation>
    </message>
    <message>
      <source>The shipment has no goods lines.</source>
      <translation>The shipment has no goods lines.</translation>
    </message>
    <message>
      <source>The shipment total {value} differs from the sum of the goods lines {sum}.</source>
      <translation>The shipment total {value} differs from the sum of the goods lines {sum}.</translation>
    </message>
    <message>
      <source>The supplementary code {value} must be 2 digits (00 where the line is not split).</source>
      <translation>The supplementary code {value} must be 2 digits (00 where the line is not split).</translation>
    </message>
    <message>
      <source>The value must be greater than zero (is {value}).</source>
      <translation>The value must be greater than zero (is {value}).</translation>
    </message>
    <message>
      <source>There is no code table named {table}.</source>
      <translation>There is no code table named {table}.</translation>
    </message>
    <message>
      <source>Total {total} is not quantity {quantity} × unit price {unit_price} = {expected}.</source>
      <translation>Total {total} is not quantity {quantity} × unit price {unit_price} = {expected}.</translation>
    </message>
    <message>
      <source>Transaction mode {trans_mode} does not include this charge; leave it empty.</source>
      <translation>Transaction mode {trans_mode} does not include this charge; leave it empty.</translation>
    </message>
    <message>
      <source>Transaction mode {trans_mode} needs this charge declared.</source>
      <translation>Transaction mode {trans_mode} needs this charge declared.</translation>
    </message>
    <message>
      <source>UN {un_number}: give the dangerous goods details (proper shipping name, emergency contact, the flags).</source>
      <translation>UN {un_number}: give the dangerous goods details (proper shipping name, emergency contact, the flags).</translation>
    </message>
    <message>
      <source>Waterway transport: {field} is required.</source>
      <translation>Waterway transport: {field} is required.</translation>
    </message>
    <message>
      <source>{density} kg per m³ is not a plausible density for packed goods ({low} to {high}): check the weight and the volume.</source>
      <translation>{density} kg per m³ is not a plausible density for packed goods ({low} to {high}): check the weight and the volume.</translation>
    </message>
    <message>
      <source>{field} has the wrong format: {value}.</source>
      <translation>{field} has the wrong format: {value}.</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>{field} is required.</translation>
    </message>
    <message>
      <source>{field} is too long: {length} characters, at most {max}.</source>
      <translation>{field} is too long: {length} characters, at most {max}.</translation>
    </message>
    <message>
      <source>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</source>
      <translation>{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line and 2 supplementary digits (usually 00). The HS lookup completes it.</translation>
    </message>
    <message>
      <source>{field}: {value} is not an HS 2022 subheading.</source>
      <translation>{field}: {value} is not an HS 2022 subheading.</translation>
    </message>
    <message>
      <source>{field}: {value} is not in the {table}.</source>
      <translation>{field}: {value} is not in the {table}.</translation>
    </message>
    <message>
      <source>{mass} kg of cargo in one {size_type} container is more than such a box carries (about {limit} kg): check the weight or the number of containers.</source>
      <translation>{mass} kg of cargo in one {size_type} container is more than such a box carries (about {limit} kg): check the weight or the number of containers.</translation>
    </message>
    <message>
      <source>{mass} kg of cargo per {size_type} container ({units} booked) is more than such a box carries (about {limit} kg): book more containers or check the weights.</source>
      <translation>{mass} kg of cargo per {size_type} container ({units} booked) is more than such a box carries (about {limit} kg): book more containers or check the weights.</translation>
    </message>
    <message>
      <source>{value} is not a container number (4 letters ending in U, J or Z, then 7 digits).</source>
      <translation>{value} is not a container number (4 letters ending in U, J or Z, then 7 digits).</translation>
    </message>
    <message>
      <source>{value} is not a unified social credit code (18 characters, GB 32100-2015).</source>
      <translation>{value} is not a unified social credit code (18 characters, GB 32100-2015).</translation>
    </message>
    <message>
      <source>{value} {currency} per kg (about {usd} USD) is an unusual value for goods: check the amount and the net weight.</source>
      <translation>{value} {currency} per kg (about {usd} USD) is an unusual value for goods: check the amount and the net weight.</translation>
    </message>
    <message>
      <source>{volume} m³ of cargo does not fit one {size_type} container (about {limit} m³ inside).</source>
      <translation>{volume} m³ of cargo does not fit one {size_type} container (about {limit} m³ inside).</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <source>Asia/Shanghai in Chinese is {name}</source>
      <translation>Asia/Shanghai in Chinese is {name}</translation>
    </message>
    <message>
      <source>Chinese sorts as {order}</source>
      <translation>Chinese sorts as {order}</translation>
    </message>
    <message>
      <source>OS store via truststore {version}</source>
      <translation>OS store via truststore {version}</translation>
    </message>
    <message>
      <source>SQLite {version}, FTS5 trigram, WAL</source>
      <translation>SQLite {version}, FTS5 trigram, WAL</translation>
    </message>
    <message>
      <source>Vietnamese sorts as {order}</source>
      <translation>Vietnamese sorts as {order}</translation>
    </message>
    <message>
      <source>configure_keyring() -&gt; {status}</source>
      <translation>configure_keyring() -&gt; {status}</translation>
    </message>
    <message>
      <source>corridor-desk {version}, Python {python}, {system} {machine}, bundled at {root}; commands: {commands}</source>
      <translation>corridor-desk {version}, Python {python}, {system} {machine}, bundled at {root}; commands: {commands}</translation>
    </message>
    <message>
      <source>corridor-desk {version}, Python {python}, {system} {machine}, from source at {root}; commands: {commands}</source>
      <translation>corridor-desk {version}, Python {python}, {system} {machine}, from source at {root}; commands: {commands}</translation>
    </message>
    <message>
      <source>empty {folders}</source>
      <translation>empty {folders}</translation>
    </message>
    <message>
      <source>files: {counts}</source>
      <translation>files: {counts}</translation>
    </message>
    <message>
      <source>invoice of {size} bytes made in worker process {pid}</source>
      <translation>invoice of {size} bytes made in worker process {pid}</translation>
    </message>
    <message>
      <source>keyring default</source>
      <translation>keyring default</translation>
    </message>
    <message>
      <source>missing in {folder}: {files}</source>
      <translation>missing in {folder}: {files}</translation>
    </message>
    <message>
      <source>missing {folders}</source>
      <translation>missing {folders}</translation>
    </message>
    <message>
      <source>missing {path}</source>
      <translation>missing {path}</translation>
    </message>
    <message>
      <source>no answer within {seconds} s</source>
      <translation>no answer within {seconds} s</translation>
    </message>
    <message>
      <source>no codec {names}</source>
      <translation>no codec {names}</translation>
    </message>
    <message>
      <source>none ({name} via {how}): no OS keyring here, the app asks for the password each session</source>
      <translation>none ({name} via {how}): no OS keyring here, the app asks for the password each session</translation>
    </message>
    <message>
      <source>not compiled yet (run make i18n; {ts} exists)</source>
      <translation>not compiled yet (run make i18n; {ts} exists)</translation>
    </message>
    <message>
      <source>not compiled yet (run make i18n; {ts} missing)</source>
      <translation>not compiled yet (run make i18n; {ts} missing)</translation>
    </message>
    <message>
      <source>not found in {folder}</source>
      <translation>not found in {folder}</translation>
    </message>
    <message>
      <source>only {embedded} of {total} fonts embedded (FontFile2) in the test PDF</source>
      <translation>only {embedded} of {total} fonts embedded (FontFile2) in the test PDF</translation>
    </message>
    <message>
      <source>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import</source>
      <translation>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import</translation>
    </message>
    <message>
      <source>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import, Chinese and Vietnamese collation and code pages</source>
      <translation>platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import, Chinese and Vietnamese collation and code pages</translation>
    </message>
    <message>
      <source>platform {name} loaded but Qt's text services (ICU) are incomplete: {text}</source>
      <translation>platform {name} loaded but Qt's text services (ICU) are incomplete: {text}</translation>
    </message>
    <message>
      <source>platform {name} loaded but UI modules do not import: {broken}</source>
      <translation>platform {name} loaded but UI modules do not import: {broken}</translation>
    </message>
    <message>
      <source>platform {name} loaded but image formats missing: {formats}</source>
      <translation>platform {name} loaded but image formats missing: {formats}</translation>
    </message>
    <message>
      <source>platform {name} loaded but the app icon does not render ({path})</source>
      <translation>platform {name} loaded but the app icon does not render ({path})</translation>
    </message>
    <message>
      <source>the worker gave {size} bytes from processes {pids}</source>
      <translation>the worker gave {size} bytes from processes {pids}</translation>
    </message>
    <message>
      <source>truststore missing ({error}); the OS certificate store cannot be used</source>
      <translation>truststore missing ({error}); the OS certificate store cannot be used</translation>
    </message>
    <message>
      <source>{catalogues} load</source>
      <translation>{catalogues} load</translation>
    </message>
    <message>
      <source>{embedded} TrueType subsets embedded ({fonts}), licences present, PDFium renders ({width} px)</source>
      <translation>{embedded} TrueType subsets embedded ({fonts}), licences present, PDFium renders ({width} px)</translation>
    </message>
    <message>
      <source>{name} has no glyph for {chars}</source>
      <translation>{name} has no glyph for {chars}</translation>
    </message>
    <message>
      <source>{name} via {how}</source>
      <translation>{name} via {how}</translation>
    </message>
    <message>
      <source>{name} via {how} stores secrets in plain text</source>
      <translation>{name} via {how} stores secrets in plain text</translation>
    </message>
    <message>
      <source>{name} via {how}; expected {expected}</source>
      <translation>{name} via {how}; expected {expected}</translation>
    </message>
    <message>
      <source>{name}: {why}</source>
      <translation>{name}: {why}</translation>
    </message>
    <message>
      <source>{path} does not load</source>
      <translation>{path} does not load</translation>
    </message>
    <message>
      <source>{problems}</source>
      <translation>{problems}</translation>
    </message>
    <message>
      <source>{problems} under {root}</source>
      <translation>{problems} under {root}</translation>
    </message>
    <message>
      <source>{source}; certifi bundle missing at {bundle}</source>
      <translation>{source}; certifi bundle missing at {bundle}</translation>
    </message>
    <message>
      <source>{source}; certifi bundle {bundle} ({size} KiB); {openssl}</source>
      <translation>{source}; certifi bundle {bundle} ({size} KiB); {openssl}</translation>
    </message>
    <message>
      <source>{source}; no certifi bundle; {openssl}</source>
      <translation>{source}; no certifi bundle; {openssl}</translation>
    </message>
    <message>
      <source>{url} answered 200 {summary} (process {pid}, started in {seconds} s)</source>
      <translation>{url} answered 200 {summary} (process {pid}, started in {seconds} s)</translation>
    </message>
    <message>
      <source>{url} answered HTTP {status}</source>
      <translation>{url} answered HTTP {status}</translation>
    </message>
  </context>
  <context>
    <name>SelfTestDialog</name>
    <message numerus="yes">
      <source>All {total} checks passed</source>
      <translation>
        <numerusform>The {total} check passed</numerusform>
        <numerusform>All {total} checks passed</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking this installation…</source>
      <translation>Checking this installation…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>FAILED</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Self-test</source>
      <translation>Self-test</translation>
    </message>
    <message>
      <source>{failed} of {total} checks failed</source>
      <translation>{failed} of {total} checks failed</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>&amp;Autosave every (seconds)</source>
      <translation>&amp;Autosave every (seconds)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Platform address</source>
      <translation>&amp;Platform address</translation>
    </message>
    <message>
      <source>Autosave interval</source>
      <translation>Autosave interval</translation>
    </message>
    <message>
      <source>Empty: the built-in sandbox</source>
      <translation>Empty: the built-in sandbox</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Notify me when a filing changes status</source>
      <translation>Notify me when a filing changes status</translation>
    </message>
    <message>
      <source>Platform address</source>
      <translation>Platform address</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Same as the system</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Save settings</translation>
    </message>
    <message>
      <source>The language changes at once; a platform change applies at the next start. Passwords are kept in the system keyring, never in the settings file.</source>
      <translation>The language changes at once; a platform change applies at the next start. Passwords are kept in the system keyring, never in the settings file.</translation>
    </message>
  </context>
  <context>
    <name>SheetImportDialog</name>
    <message numerus="yes">
      <source>%n goods line(s) ready to import.</source>
      <translation>
        <numerusform>%n goods line ready to import.</numerusform>
        <numerusform>%n goods lines ready to import.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>(item number)</source>
      <translation>(item number)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(not imported)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>Cell</translation>
    </message>
    <message>
      <source>Columns found</source>
      <translation>Columns found</translation>
    </message>
    <message>
      <source>Errors by cell</source>
      <translation>Errors by cell</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>Header</translation>
    </message>
    <message>
      <source>Import &amp;without the rows with errors</source>
      <translation>Import &amp;without the rows with errors</translation>
    </message>
    <message>
      <source>Import goods from {file}</source>
      <translation>Import goods from {file}</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>Reading {file}…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message numerus="yes">
      <source>{bad} of {rows} goods lines have errors. Fix them in the file and open it again, or import the {good} good line(s) without them.</source>
      <translation>
        <numerusform>{bad} of {rows} goods lines have errors. Fix them in the file and open it again, or import the {good} good line without them.</numerusform>
        <numerusform>{bad} of {rows} goods lines have errors. Fix them in the file and open it again, or import the {good} good lines without them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Sheets</name>
    <message>
      <source>Columns</source>
      <translation>Columns</translation>
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
      <translation>Declaration</translation>
    </message>
    <message>
      <source>Declaration {part}/{parts}</source>
      <translation>Declaration {part}/{parts}</translation>
    </message>
    <message>
      <source>declaration and booking complete</source>
      <translation>declaration and booking complete</translation>
    </message>
    <message>
      <source>{document} will need: {problem}</source>
      <translation>{document} will need: {problem}</translation>
    </message>
    <message>
      <source>{document}: {n} to fix</source>
      <translation>{document}: {n} to fix</translation>
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
      <translation>Containers</translation>
    </message>
    <message>
      <source>Create / refresh &amp;booking</source>
      <translation>Create / refresh &amp;booking</translation>
    </message>
    <message>
      <source>Create / refresh &amp;declaration</source>
      <translation>Create / refresh &amp;declaration</translation>
    </message>
    <message>
      <source>Dangerous goods details…</source>
      <translation>Dangerous goods details…</translation>
    </message>
    <message>
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>Goods</translation>
    </message>
    <message>
      <source>New shipment</source>
      <translation>New shipment</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Reefer settings…</source>
      <translation>Reefer settings…</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowControl</name>
    <message>
      <source>Appl&amp;y</source>
      <translation>Appl&amp;y</translation>
    </message>
    <message>
      <source>D: deleted by customs</source>
      <translation>D: deleted by customs</translation>
    </message>
    <message>
      <source>E: not accepted</source>
      <translation>E: not accepted</translation>
    </message>
    <message>
      <source>First attempt to FailBox</source>
      <translation>First attempt to FailBox</translation>
    </message>
    <message>
      <source>H: held, manual declaration</source>
      <translation>H: held, manual declaration</translation>
    </message>
    <message>
      <source>How the sandbox's Single Window client answers every declaration handed to its folders from now on</source>
      <translation>How the sandbox's Single Window client answers every declaration handed to its folders from now on</translation>
    </message>
    <message>
      <source>Imported, accepted and released</source>
      <translation>Imported, accepted and released</translation>
    </message>
    <message>
      <source>Inspection before release</source>
      <translation>Inspection before release</translation>
    </message>
    <message>
      <source>Rejected by customs</source>
      <translation>Rejected by customs</translation>
    </message>
    <message>
      <source>Single &amp;Window client:</source>
      <translation>Single &amp;Window client:</translation>
    </message>
    <message>
      <source>Single Window client: “{scenario}” for every declaration from now on.</source>
      <translation>Single Window client: “{scenario}” for every declaration from now on.</translation>
    </message>
    <message>
      <source>Slow answers (ten times longer)</source>
      <translation>Slow answers (ten times longer)</translation>
    </message>
    <message>
      <source>The customs receipt code the rejection comes back with</source>
      <translation>The customs receipt code the rejection comes back with</translation>
    </message>
    <message>
      <source>Y: declaration failed</source>
      <translation>Y: declaration failed</translation>
    </message>
    <message>
      <source>Z: returned for correction</source>
      <translation>Z: returned for correction</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Sandbox folder</source>
      <translation>&amp;Sandbox folder</translation>
    </message>
    <message>
      <source>C: declare at once</source>
      <translation>C: declare at once</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Data-entry company USCC</source>
      <translation>Data-entry company USCC</translation>
    </message>
    <message>
      <source>Data-entry company customs code</source>
      <translation>Data-entry company customs code</translation>
    </message>
    <message>
      <source>Data-entry company name</source>
      <translation>Data-entry company name</translation>
    </message>
    <message>
      <source>Declarations of this company are handed to the China Single Window client through its message folders (ImpPath). The client signs them with the operator's IC card. Leave the folder empty to file through the corridor platform instead.</source>
      <translation>Declarations of this company are handed to the China Single Window client through its message folders (ImpPath). The client signs them with the operator's IC card. Leave the folder empty to file through the corridor platform instead.</translation>
    </message>
    <message>
      <source>Folder found.</source>
      <translation>Folder found.</translation>
    </message>
    <message>
      <source>Folder not found now; declarations wait until it can be reached.</source>
      <translation>Folder not found now; declarations wait until it can be reached.</translation>
    </message>
    <message>
      <source>G: store in the Single Window for review</source>
      <translation>G: store in the Single Window for review</translation>
    </message>
    <message>
      <source>ImpPath folder</source>
      <translation>ImpPath folder</translation>
    </message>
    <message>
      <source>No folder: declarations go to the corridor platform.</source>
      <translation>No folder: declarations go to the corridor platform.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Operation</source>
      <translation>Operation</translation>
    </message>
    <message>
      <source>Operator IC card number</source>
      <translation>Operator IC card number</translation>
    </message>
    <message>
      <source>Operator name</source>
      <translation>Operator name</translation>
    </message>
    <message>
      <source>Single Window settings</source>
      <translation>Single Window settings</translation>
    </message>
    <message>
      <source>The folder where the sandbox plays the Single Window client: declarations are imported and answered as the real client would, offline.</source>
      <translation>The folder where the sandbox plays the Single Window client: declarations are imported and answered as the real client would, offline.</translation>
    </message>
    <message>
      <source>empty: the declaring agent</source>
      <translation>empty: the declaring agent</translation>
    </message>
  </context>
  <context>
    <name>SingleWindowMenu</name>
    <message>
      <source>Choose a company first.</source>
      <translation>Choose a company first.</translation>
    </message>
    <message>
      <source>Single &amp;Window settings…</source>
      <translation>Single &amp;Window settings…</translation>
    </message>
    <message>
      <source>Single Window settings</source>
      <translation>Single Window settings</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Declined</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Failed</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>Inspection</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>Queued</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Released</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Requested</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
  </context>
  <context>
    <name>SupplementDialog</name>
    <message>
      <source>&amp;Supplementary digits</source>
      <translation>&amp;Supplementary digits</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Commodity code: {code}</source>
      <translation>Commodity code: {code}</translation>
    </message>
    <message>
      <source>Supplementary digits</source>
      <translation>Supplementary digits</translation>
    </message>
    <message>
      <source>Tariff line {line}:
{names}</source>
      <translation>Tariff line {line}:
{names}</translation>
    </message>
    <message>
      <source>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</source>
      <translation>The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines are not split further and use 00; where customs splits a line (for example by use or grade), type the 2 digits from the tariff or ask your broker.</translation>
    </message>
    <message>
      <source>This company declared this line before with: {digits}</source>
      <translation>This company declared this line before with: {digits}</translation>
    </message>
    <message>
      <source>Use this code</source>
      <translation>Use this code</translation>
    </message>
  </context>
  <context>
    <name>TableEditor</name>
    <message>
      <source>Add line</source>
      <translation>Add line</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <source>HS lookup…</source>
      <translation>HS lookup…</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Paste from Excel</source>
      <translation>Paste from Excel</translation>
    </message>
  </context>
  <context>
    <name>TrainerHook</name>
    <message>
      <source>Guided lessons: a first declaration, a first booking, step by step</source>
      <translation>Guided lessons: a first declaration, a first booking, step by step</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Lessons</translation>
    </message>
    <message>
      <source>Plain HTTP: training network only</source>
      <translation>Plain HTTP: training network only</translation>
    </message>
    <message>
      <source>The class on this sandbox: scenarios, clock, reset, every trainee's filings</source>
      <translation>The class on this sandbox: scenarios, clock, reset, every trainee's filings</translation>
    </message>
    <message>
      <source>This platform is reached over plain HTTP, which anyone on the network can read: use it only on a training network, never with real company data or passwords.</source>
      <translation>This platform is reached over plain HTTP, which anyone on the network can read: use it only on a training network, never with real company data or passwords.</translation>
    </message>
    <message>
      <source>Trainer panel</source>
      <translation>Trainer panel</translation>
    </message>
  </context>
  <context>
    <name>TrainerPanel</name>
    <message>
      <source>&amp;Apply</source>
      <translation>&amp;Apply</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>&amp;Lesson:</source>
      <translation>&amp;Lesson:</translation>
    </message>
    <message>
      <source>&amp;Reset class…</source>
      <translation>&amp;Reset class…</translation>
    </message>
    <message>
      <source>&amp;Scenario:</source>
      <translation>&amp;Scenario:</translation>
    </message>
    <message>
      <source>+1 day</source>
      <translation>+1 day</translation>
    </message>
    <message>
      <source>+1 h</source>
      <translation>+1 h</translation>
    </message>
    <message>
      <source>+10 min</source>
      <translation>+10 min</translation>
    </message>
    <message>
      <source>Booking</source>
      <translation>Booking</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Bookings</translation>
    </message>
    <message>
      <source>Bookings declined</source>
      <translation>Bookings declined</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Client seq. no.</source>
      <translation>Client seq. no.</translation>
    </message>
    <message>
      <source>Customs inspection</source>
      <translation>Customs inspection</translation>
    </message>
    <message>
      <source>Customs no.</source>
      <translation>Customs no.</translation>
    </message>
    <message>
      <source>Declaration</source>
      <translation>Declaration</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>Declarations</translation>
    </message>
    <message>
      <source>Declarations rejected</source>
      <translation>Declarations rejected</translation>
    </message>
    <message>
      <source>Everything goes through</source>
      <translation>Everything goes through</translation>
    </message>
    <message>
      <source>Filings and receipts of the whole class</source>
      <translation>Filings and receipts of the whole class</translation>
    </message>
    <message>
      <source>Filings and receipts of {user}</source>
      <translation>Filings and receipts of {user}</translation>
    </message>
    <message>
      <source>Fresh demo data for everyone; seats and logins are kept</source>
      <translation>Fresh demo data for everyone; seats and logins are kept</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Last activity</translation>
    </message>
    <message>
      <source>Last receipt</source>
      <translation>Last receipt</translation>
    </message>
    <message>
      <source>Lesson “{lesson}”: scenario “{scenario}” for the whole class.</source>
      <translation>Lesson “{lesson}”: scenario “{scenario}” for the whole class.</translation>
    </message>
    <message>
      <source>Move the sandbox clock forward: receipts that fall due arrive</source>
      <translation>Move the sandbox clock forward: receipts that fall due arrive</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Platform unavailable at times (503)</source>
      <translation>Platform unavailable at times (503)</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Remove every filing and receipt of the class and start again with fresh demo data? Seats and logins are kept.</source>
      <translation>Remove every filing and receipt of the class and start again with fresh demo data? Seats and logins are kept.</translation>
    </message>
    <message>
      <source>Reset class</source>
      <translation>Reset class</translation>
    </message>
    <message>
      <source>S&amp;tart for the class</source>
      <translation>S&amp;tart for the class</translation>
    </message>
    <message>
      <source>Sandbox clock: {clock}</source>
      <translation>Sandbox clock: {clock}</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <source>Scenario “{scenario}” for the whole class.</source>
      <translation>Scenario “{scenario}” for the whole class.</translation>
    </message>
    <message>
      <source>Scenario “{scenario}” for {user}.</source>
      <translation>Scenario “{scenario}” for {user}.</translation>
    </message>
    <message>
      <source>Session expires quickly</source>
      <translation>Session expires quickly</translation>
    </message>
    <message>
      <source>Sets the lesson's scenario for the whole class</source>
      <translation>Sets the lesson's scenario for the whole class</translation>
    </message>
    <message>
      <source>Slow platform</source>
      <translation>Slow platform</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The class was reset.</source>
      <translation>The class was reset.</translation>
    </message>
    <message>
      <source>The sandbox clock moved forward.</source>
      <translation>The sandbox clock moved forward.</translation>
    </message>
    <message>
      <source>The whole class</source>
      <translation>The whole class</translation>
    </message>
    <message>
      <source>Too many requests (429)</source>
      <translation>Too many requests (429)</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>Trainee</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
    <message numerus="yes">
      <source>{n} field error(s)</source>
      <translation>
        <numerusform>{n} field error</numerusform>
        <numerusform>{n} field errors</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnsavedDialog</name>
    <message>
      <source>&amp;Discard changes</source>
      <translation>&amp;Discard changes</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Save the changes to these {n} records?</source>
      <translation>Save the changes to these {n} records?</translation>
    </message>
    <message>
      <source>Save the changes to {title}?</source>
      <translation>Save the changes to {title}?</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Corridor Desk user guide</source>
      <translation>Corridor Desk user guide</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>User guide</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <source>CA certificate file</source>
      <translation>CA certificate file</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Connected: the workspace on {server} is ready (database version {version}).</source>
      <translation>Connected: the workspace on {server} is ready (database version {version}).</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>Empty: the system's trusted certificates</source>
      <translation>Empty: the system's trusted certificates</translation>
    </message>
    <message>
      <source>Encrypt without verifying the certificate</source>
      <translation>Encrypt without verifying the certificate</translation>
    </message>
    <message>
      <source>Enter the server, the database and the user name.</source>
      <translation>Enter the server, the database and the user name.</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored password</source>
      <translation>Leave empty to keep the stored password</translation>
    </message>
    <message>
      <source>No encryption (this computer or a trusted network only)</source>
      <translation>No encryption (this computer or a trusted network only)</translation>
    </message>
    <message>
      <source>Not switched: the open editors stay open in this workspace.</source>
      <translation>Not switched: the open editors stay open in this workspace.</translation>
    </message>
    <message>
      <source>On a PostgreSQL server shared by the office</source>
      <translation>On a PostgreSQL server shared by the office</translation>
    </message>
    <message>
      <source>On this computer (a file in the data folder)</source>
      <translation>On this computer (a file in the data folder)</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Saved. Corridor Desk opens this workspace the next time it starts.</source>
      <translation>Saved. Corridor Desk opens this workspace the next time it starts.</translation>
    </message>
    <message>
      <source>Secure connection</source>
      <translation>Secure connection</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>Testing the connection…</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Verify the certificate and the server name (recommended)</source>
      <translation>Verify the certificate and the server name (recommended)</translation>
    </message>
    <message>
      <source>Verify the certificate only</source>
      <translation>Verify the certificate only</translation>
    </message>
    <message>
      <source>Where this seat keeps its workspace. An office that files for the same companies can share one workspace on a PostgreSQL server; the password is kept in the system's secure store, never in the settings. Saving another workspace closes this one and opens the other at once; filings waiting to be sent stay in the outbox of their workspace and are sent when it is open again.</source>
      <translation>Where this seat keeps its workspace. An office that files for the same companies can share one workspace on a PostgreSQL server; the password is kept in the system's secure store, never in the settings. Saving another workspace closes this one and opens the other at once; filings waiting to be sent stay in the outbox of their workspace and are sent when it is open again.</translation>
    </message>
    <message>
      <source>Workspace</source>
      <translation>Workspace</translation>
    </message>
    <message>
      <source>e.g. db.office.local</source>
      <translation>e.g. db.office.local</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceMenu</name>
    <message>
      <source>Wor&amp;kspace…</source>
      <translation>Wor&amp;kspace…</translation>
    </message>
  </context>
</TS>
