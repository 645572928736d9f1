<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EvidencePack</name>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals</source>
        <translation>
            <numerusform>needs %n approval</numerusform>
            <numerusform>needs %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events of this change, in the order they were recorded. Each event is hash-chained to the one before it in the workspace.</source>
        <translation>
            <numerusform>%n event of this change, in the order they were recorded. Each event is hash-chained to the one before it in the workspace.</numerusform>
            <numerusform>%n events of this change, in the order they were recorded. Each event is hash-chained to the one before it in the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assets affected through the asset relationships when the pack was exported.</source>
        <translation>
            <numerusform>%n asset affected through the asset relationships when the pack was exported.</numerusform>
            <numerusform>%n assets affected through the asset relationships when the pack was exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded by people, with their reasons below.</source>
        <translation>
            <numerusform>%n excluded by a person, with the reason below.</numerusform>
            <numerusform>%n excluded by people, with their reasons below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more affected assets are not listed.</source>
        <translation>
            <numerusform>%n more affected asset is not listed.</numerusform>
            <numerusform>%n more affected assets are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigilo</name>
    <message numerus="yes">
        <source>The history the pack covers is intact; %n events of %1 were recorded after the export.</source>
        <translation>
            <numerusform>The history the pack covers is intact; %n event of %1 was recorded after the export.</numerusform>
            <numerusform>The history the pack covers is intact; %n events of %1 were recorded after the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail fails verification: %n problems.</source>
        <translation>
            <numerusform>The audit trail fails verification: %n problem.</numerusform>
            <numerusform>The audit trail fails verification: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CSV file has %n invalid rows; nothing was imported. First: row %1, %2: %3</source>
        <translation>
            <numerusform>The CSV file has %n invalid row; nothing was imported. Row %1, %2: %3</numerusform>
            <numerusform>The CSV file has %n invalid rows; nothing was imported. First: row %1, %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody can approve the step &quot;%1&quot;: it needs %n approvals from members other than the requester, and the workspace has %2 of them. Who may approve: %3. Invite one, promote an existing member, or use a pre-approved standard change.</source>
        <translation>
            <numerusform>Nobody can approve the step &quot;%1&quot;: it needs %n approval from a member other than the requester, and the workspace has %2 of them. Who may approve: %3. Invite one, promote an existing member, or use a pre-approved standard change.</numerusform>
            <numerusform>Nobody can approve the step &quot;%1&quot;: it needs %n approvals from members other than the requester, and the workspace has %2 of them. Who may approve: %3. Invite one, promote an existing member, or use a pre-approved standard change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and at least %n more (the analysis stops %1 steps away)</source>
        <translation>
            <numerusform>and at least %n more (the analysis stops %1 steps away)</numerusform>
            <numerusform>and at least %n more (the analysis stops %1 steps away)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change affects %n critical assets: %1.</source>
        <translation>
            <numerusform>The change affects %n critical asset: %1.</numerusform>
            <numerusform>The change affects %n critical assets: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail&apos;s hash chain is intact (%n events) and holds the chain head the pack signed.</source>
        <translation>
            <numerusform>The audit trail&apos;s hash chain is intact (%n event) and holds the chain head the pack signed.</numerusform>
            <numerusform>The audit trail&apos;s hash chain is intact (%n events) and holds the chain head the pack signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n conflicts</source>
        <translation>
            <numerusform>it has %n conflict</numerusform>
            <numerusform>it has %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk approval takes at most %n changes at once; split the list.</source>
        <translation>
            <numerusform>Bulk approval takes at most %n change at once; split the list.</numerusform>
            <numerusform>Bulk approval takes at most %n changes at once; split the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A delegation lasts at most %n days. Give an earlier end, or set another one later.</source>
        <translation>
            <numerusform>A delegation lasts at most %n day. Give an earlier end, or set another one later.</numerusform>
            <numerusform>A delegation lasts at most %n days. Give an earlier end, or set another one later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum: %n voting members</source>
        <translation>
            <numerusform>Quorum: %n voting member</numerusform>
            <numerusform>Quorum: %n voting members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time spent: %1 of %n minutes</source>
        <translation>
            <numerusform>Time spent: %1 of %n minute</numerusform>
            <numerusform>Time spent: %1 of %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n saved filters, the most one member keeps. Delete one first.</source>
        <translation>
            <numerusform>You have %n saved filter, the most one member keeps. Delete it first.</numerusform>
            <numerusform>You have %n saved filters, the most one member keeps. Delete one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo-cli</name>
    <message numerus="yes">
        <source>round %1, step %2: %3 [%4] — %5, %n approvals needed</source>
        <translation>
            <numerusform>round %1, step %2: %3 [%4] — %5, %n approval needed</numerusform>
            <numerusform>round %1, step %2: %3 [%4] — %5, %n approvals needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit trail of %1 fails verification: %n problems in %2 events</source>
        <translation>
            <numerusform>the audit trail of %1 fails verification: %n problem in %2 events</numerusform>
            <numerusform>the audit trail of %1 fails verification: %n problems in %2 events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n tasks for %1:
</source>
        <translation>
            <numerusform>Generated %n task for %1:
</numerusform>
            <numerusform>Generated %n tasks for %1:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %1 verified: %n events, hash chain intact.</source>
        <translation>
            <numerusform>Audit trail of %1 verified: %n event, hash chain intact.</numerusform>
            <numerusform>Audit trail of %1 verified: %n events, hash chain intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence pack of %1 written to %2
  %n pages, locale %3, history up to event #%4
  evidence digest (SHA-256): %5
  signed by %6 (SHA-256 %7)</source>
        <translation>
            <numerusform>Evidence pack of %1 written to %2
  %n page, locale %3, history up to event #%4
  evidence digest (SHA-256): %5
  signed by %6 (SHA-256 %7)</numerusform>
            <numerusform>Evidence pack of %1 written to %2
  %n pages, locale %3, history up to event #%4
  evidence digest (SHA-256): %5
  signed by %6 (SHA-256 %7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes of meeting %1 (%2) written to %3
  %n pages, locale %4
  minutes digest (SHA-256): %5
  signed by %6 (SHA-256 %7)
</source>
        <translation>
            <numerusform>Minutes of meeting %1 (%2) written to %3
  %n page, locale %4
  minutes digest (SHA-256): %5
  signed by %6 (SHA-256 %7)
</numerusform>
            <numerusform>Minutes of meeting %1 (%2) written to %3
  %n pages, locale %4
  minutes digest (SHA-256): %5
  signed by %6 (SHA-256 %7)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::cli</name>
    <message numerus="yes">
        <source>Wrote %n calendar events to %1.</source>
        <translation>
            <numerusform>Wrote %n calendar event to %1.</numerusform>
            <numerusform>Wrote %n calendar events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n changes to %1.</source>
        <translation>
            <numerusform>Wrote %n change to %1.</numerusform>
            <numerusform>Wrote %n changes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported.</numerusform>
            <numerusform>%n problems in %1; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes would be created; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n change would be created; nothing was written.</numerusform>
            <numerusform>Dry run: %n changes would be created; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n changes: %1</source>
        <translation>
            <numerusform>Imported %n change: %1</numerusform>
            <numerusform>Imported %n changes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>   step %1: %2 — %n approvals from %3
</source>
        <translation>
            <numerusform>   step %1: %2 — %n approval from %3
</numerusform>
            <numerusform>   step %1: %2 — %n approvals from %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  step %1: %2 — %n approvals from %3; could decide now: %4
</source>
        <translation>
            <numerusform>  step %1: %2 — %n approval from %3; could decide now: %4
</numerusform>
            <numerusform>  step %1: %2 — %n approvals from %3; could decide now: %4
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n events verified)</source>
        <translation>
            <numerusform>%1 (%n event verified)</numerusform>
            <numerusform>%1 (%n events verified)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works on %2; it affects %n other assets (followed up to %3 steps).
</source>
        <translation>
            <numerusform>%1 works on %2; it affects %n other asset (followed up to %3 steps).
</numerusform>
            <numerusform>%1 works on %2; it affects %n other assets (followed up to %3 steps).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is signed out of %2 everywhere (%n sessions ended).</source>
        <translation>
            <numerusform>%1 is signed out of %2 everywhere (%n session ended).</numerusform>
            <numerusform>%1 is signed out of %2 everywhere (%n sessions ended).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of the voting members (%n now)</source>
        <translation>
            <numerusform>%1% of the voting members (%n now)</numerusform>
            <numerusform>%1% of the voting members (%n now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting members</source>
        <translation>
            <numerusform>%n voting member</numerusform>
            <numerusform>%n voting members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::server::Accounts</name>
    <message numerus="yes">
        <source>Too many failed sign-ins for this account or from this address: try again in %n seconds.</source>
        <translation>
            <numerusform>Too many failed sign-ins for this account or from this address: try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for this account or from this address: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ApprovalQueuePage</name>
    <message numerus="yes">
        <source>Every change in review, by planned start. %n changes.</source>
        <translation>
            <numerusform>Every change in review, by planned start. %n change.</numerusform>
            <numerusform>Every change in review, by planned start. %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes in review that you can decide now, by planned start. %n changes.</source>
        <translation>
            <numerusform>Changes in review that you can decide now, by planned start. %n change.</numerusform>
            <numerusform>Changes in review that you can decide now, by planned start. %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetImportDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported: the file has %n problems. Correct them and choose the file again.</source>
        <translation>
            <numerusform>Nothing can be imported: the file has %n problem. Correct it and choose the file again.</numerusform>
            <numerusform>Nothing can be imported: the file has %n problems. Correct them and choose the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows checked.</source>
        <translation>
            <numerusform>%n row checked.</numerusform>
            <numerusform>%n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assets to create</source>
        <translation>
            <numerusform>%n asset to create</numerusform>
            <numerusform>%n assets to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationships to add</source>
        <translation>
            <numerusform>%n relationship to add</numerusform>
            <numerusform>%n relationships to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetPicker</name>
    <message numerus="yes">
        <source>%1 of %n assets match.</source>
        <translation>
            <numerusform>%1 of %n asset matches.</numerusform>
            <numerusform>%1 of %n assets match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assets: search by name, kind or owner; Up and Down move, Enter adds.</source>
        <translation>
            <numerusform>%n asset: search by name, kind or owner; Up and Down move, Enter adds.</numerusform>
            <numerusform>%n assets: search by name, kind or owner; Up and Down move, Enter adds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetsPage</name>
    <message numerus="yes">
        <source>What changes touch, what runs on and depends on what. Scheduling outside an asset&apos;s maintenance windows is flagged as a conflict. %n assets.</source>
        <translation>
            <numerusform>What changes touch, what runs on and depends on what. Scheduling outside an asset&apos;s maintenance windows is flagged as a conflict. %n asset.</numerusform>
            <numerusform>What changes touch, what runs on and depends on what. Scheduling outside an asset&apos;s maintenance windows is flagged as a conflict. %n assets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from CSV: %n assets created</source>
        <translation>
            <numerusform>Imported from CSV: %n asset created</numerusform>
            <numerusform>Imported from CSV: %n assets created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationships added</source>
        <translation>
            <numerusform>%n relationship added</numerusform>
            <numerusform>%n relationships added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AttachmentTableModel</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::BulkApprovalDialog</name>
    <message numerus="yes">
        <source>Approve %n changes at once: %1.</source>
        <translation>
            <numerusform>Approve %n change at once: %1.</numerusform>
            <numerusform>Approve %n changes at once: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n changes</source>
        <translation>
            <numerusform>Approve %n change</numerusform>
            <numerusform>Approve %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::BulkApprovalResultDialog</name>
    <message numerus="yes">
        <source>%n changes approved, each with its own decision in its history.</source>
        <translation>
            <numerusform>%n change approved, with its own decision in its history.</numerusform>
            <numerusform>%n changes approved, each with its own decision in its history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused and left untouched.</source>
        <translation>
            <numerusform>%n change refused and left untouched.</numerusform>
            <numerusform>%n changes refused and left untouched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabAgendaTools</name>
    <message numerus="yes">
        <source>%1 has a time box of %n minutes.</source>
        <translation>
            <numerusform>%1 has a time box of %n minute.</numerusform>
            <numerusform>%1 has a time box of %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabItemCard</name>
    <message numerus="yes">
        <source>%n assets affected</source>
        <translation>
            <numerusform>%n asset affected</numerusform>
            <numerusform>%n assets affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n excluded with a reason)</source>
        <translation>
            <numerusform>(%n excluded with a reason)</numerusform>
            <numerusform>(%n excluded with a reason)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabWindow</name>
    <message numerus="yes">
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n min)</numerusform>
            <numerusform>(%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ConflictBanner</name>
    <message numerus="yes">
        <source>The planned window has %n conflicts</source>
        <translation>
            <numerusform>The planned window has a conflict</numerusform>
            <numerusform>The planned window has %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::FreezeWindowsPage</name>
    <message numerus="yes">
        <source>A freeze window blocks submitting and scheduling changes that overlap it; admins may override one that allows it, with a justification. %n windows.</source>
        <translation>
            <numerusform>A freeze window blocks submitting and scheduling changes that overlap it; admins may override one that allows it, with a justification. %n window.</numerusform>
            <numerusform>A freeze window blocks submitting and scheduling changes that overlap it; admins may override one that allows it, with a justification. %n windows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ImpactTab</name>
    <message numerus="yes">
        <source>%n assets affected through the relationships.</source>
        <translation>
            <numerusform>%n asset affected through the relationships.</numerusform>
            <numerusform>%n assets affected through the relationships.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded with a reason.</source>
        <translation>
            <numerusform>%n excluded with a reason.</numerusform>
            <numerusform>%n excluded with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::MainWindow</name>
    <message numerus="yes">
        <source>The database does not answer. Check that the file or server is available; Vigilo retries every %n seconds.</source>
        <translation>
            <numerusform>The database does not answer. Check that the file or server is available; Vigilo retries every second.</numerusform>
            <numerusform>The database does not answer. Check that the file or server is available; Vigilo retries every %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n pages.</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n changes</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problems.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n changes as drafts?</source>
        <translation>
            <numerusform>Import %n change as a draft?</numerusform>
            <numerusform>Import %n changes as drafts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes imported as drafts.</source>
        <translation>
            <numerusform>%n change imported as a draft.</numerusform>
            <numerusform>%n changes imported as drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::NewChangeDialog</name>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflicts: %n</numerusform>
            <numerusform>Conflicts: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::PoliciesAdminPage</name>
    <message numerus="yes">
        <source>Step %1, %2: %n approvals from %3; could decide now: %4</source>
        <translation>
            <numerusform>Step %1, %2: %n approval from %3; could decide now: %4</numerusform>
            <numerusform>Step %1, %2: %n approvals from %3; could decide now: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::TemplatesAdminPage</name>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::WebhookPump</name>
    <message numerus="yes">
        <source>%n changes on assets you follow</source>
        <translation>
            <numerusform>%n change on assets you follow</numerusform>
            <numerusform>%n changes on assets you follow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions due on behalf of others</source>
        <translation>
            <numerusform>%n decision due on behalf of others</numerusform>
            <numerusform>%n decisions due on behalf of others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
</context>
</TS>
