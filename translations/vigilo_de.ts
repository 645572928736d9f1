<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeListPrinter</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>Filter: none (every change)</source>
        <translation>Filter: keiner (alle Änderungen)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Changes — %1</source>
        <translation>Änderungen – %1</translation>
    </message>
    <message>
        <source>No change matches the filter.</source>
        <translation>Keine Änderung entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>Change created</source>
        <translation>Änderung angelegt</translation>
    </message>
    <message>
        <source>Change edited</source>
        <translation>Änderung bearbeitet</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Zur Prüfung eingereicht</translation>
    </message>
    <message>
        <source>Approval given</source>
        <translation>Genehmigung erteilt</translation>
    </message>
    <message>
        <source>Change rejected</source>
        <translation>Änderung abgelehnt</translation>
    </message>
    <message>
        <source>Change scheduled</source>
        <translation>Änderung eingeplant</translation>
    </message>
    <message>
        <source>Implementation started</source>
        <translation>Umsetzung begonnen</translation>
    </message>
    <message>
        <source>Change closed</source>
        <translation>Änderung abgeschlossen</translation>
    </message>
    <message>
        <source>Change rolled back</source>
        <translation>Änderung zurückgerollt</translation>
    </message>
    <message>
        <source>Change reopened</source>
        <translation>Änderung wieder geöffnet</translation>
    </message>
    <message>
        <source>Change cancelled</source>
        <translation>Änderung storniert</translation>
    </message>
    <message>
        <source>Runbook generated</source>
        <translation>Ablaufplan erzeugt</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Aufgabe begonnen</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Task skipped</source>
        <translation>Aufgabe übersprungen</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>Kommentar hinzugefügt</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Anhang hinzugefügt</translation>
    </message>
    <message>
        <source>Risk question answered</source>
        <translation>Risikofrage beantwortet</translation>
    </message>
    <message>
        <source>Suggested risk level accepted</source>
        <translation>Vorgeschlagene Risikostufe übernommen</translation>
    </message>
    <message>
        <source>Risk level overridden</source>
        <translation>Risikostufe abweichend festgelegt</translation>
    </message>
    <message>
        <source>Evidence pack %1: %2</source>
        <translation>Nachweispaket %1: %2</translation>
    </message>
    <message>
        <source>Change %1 in workspace %2, from intent to outcome</source>
        <translation>Änderung %1 im Arbeitsbereich %2, vom Vorhaben bis zum Ergebnis</translation>
    </message>
    <message>
        <source>evidence pack</source>
        <translation>Nachweispaket</translation>
    </message>
    <message>
        <source>change management</source>
        <translation>Änderungsmanagement</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Built-in matrix: emergency change</source>
        <translation>Eingebaute Matrix: Notfalländerung</translation>
    </message>
    <message>
        <source>Built-in matrix: normal change</source>
        <translation>Eingebaute Matrix: normale Änderung</translation>
    </message>
    <message>
        <source>Built-in matrix: normal change with high risk or critical priority</source>
        <translation>Eingebaute Matrix: normale Änderung mit hohem Risiko oder kritischer Priorität</translation>
    </message>
    <message>
        <source>Approval policy "%1"</source>
        <translation>Genehmigungsrichtlinie „%1“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Änderungstyp</translation>
    </message>
    <message>
        <source>from template "%1"</source>
        <translation>aus der Vorlage „%1“</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikopunktzahl</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>Geplantes Zeitfenster</translation>
    </message>
    <message>
        <source>Actual window</source>
        <translation>Tatsächliches Zeitfenster</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Betroffene Assets</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Minimum lead time</source>
        <translation>Mindestvorlaufzeit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>EVIDENCE PACK</source>
        <translation>NACHWEISPAKET</translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>Über dieses Nachweispaket</translation>
    </message>
    <message>
        <source>Generated on %1 UTC by %2 from the records of workspace "%3". It covers the audit history up to event #%4. All times are in UTC.</source>
        <translation>Erstellt am %1 UTC von %2 aus den Aufzeichnungen des Arbeitsbereichs „%3“. Es umfasst den Prüfpfad bis einschließlich Ereignis Nr. %4. Alle Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Evidence digest (SHA-256):</source>
        <translation>Hashwert der Nachweise (SHA-256):</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Description and plans</source>
        <translation>Beschreibung und Pläne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 von %2 Fragen beantwortet.</translation>
    </message>
    <message>
        <source>Score: %1 of 100.</source>
        <translation>Punktzahl: %1 von 100.</translation>
    </message>
    <message>
        <source>Suggested risk level: %1.</source>
        <translation>Vorgeschlagene Risikostufe: %1.</translation>
    </message>
    <message>
        <source>The risk questionnaire was not answered.</source>
        <translation>Der Risikofragebogen wurde nicht beantwortet.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Approval chain</source>
        <translation>Genehmigungskette</translation>
    </message>
    <message>
        <source>Standard change: pre-approved, no approval steps.</source>
        <translation>Standardänderung: vorab genehmigt, keine Genehmigungsstufen.</translation>
    </message>
    <message>
        <source>No approval steps were generated.</source>
        <translation>Es wurden keine Genehmigungsstufen erzeugt.</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>Round %1, step %2</source>
        <translation>Runde %1, Stufe %2</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Decided by, when</source>
        <translation>Entschieden von, am</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>No implementation tasks were recorded.</source>
        <translation>Es wurden keine Umsetzungsaufgaben erfasst.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rolled back by</source>
        <translation>Zurückgerollt von</translation>
    </message>
    <message>
        <source>Rolled back at</source>
        <translation>Zurückgerollt am</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Closure code</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <source>Closure notes</source>
        <translation>Abschlussnotizen</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Abgeschlossen von</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Storniert am</translation>
    </message>
    <message>
        <source>The change was rejected in review; see the approval chain for who decided and why.</source>
        <translation>Die Änderung wurde in der Prüfung abgelehnt; wer entschieden hat und warum, steht in der Genehmigungskette.</translation>
    </message>
    <message>
        <source>The change is not finished yet (status: %1).</source>
        <translation>Die Änderung ist noch nicht beendet (Status: %1).</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message>
        <source>Author, when</source>
        <translation>Verfasser, Zeitpunkt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Keine Anhänge.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>End of the evidence pack.</source>
        <translation>Ende des Nachweispakets.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>Die PDF-Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Nachweispaket</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Erstellt %1 UTC</translation>
    </message>
    <message>
        <source>Evidence SHA-256:</source>
        <translation>SHA-256 der Nachweise:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals</source>
        <translation>
            <numerusform>benötigt %n Genehmigung</numerusform>
            <numerusform>benötigt %n Genehmigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events of this change, in the order they were recorded. Each event is hash-chained to the one before it in the workspace.</source>
        <translation>
            <numerusform>%n Ereignis dieser Änderung, in der Reihenfolge der Aufzeichnung. Jedes Ereignis ist per Hashkette mit dem vorherigen Ereignis des Arbeitsbereichs verknüpft.</numerusform>
            <numerusform>%n Ereignisse dieser Änderung, in der Reihenfolge der Aufzeichnung. Jedes Ereignis ist per Hashkette mit dem vorherigen Ereignis des Arbeitsbereichs verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 (%2), valid until %3, with the certificate whose SHA-256 fingerprint is:</source>
        <translation>Signiert von %1 (%2) mit dem Zertifikat, das bis %3 gültig ist und folgenden SHA-256-Fingerabdruck hat:</translation>
    </message>
    <message>
        <source>The signature covers every byte of this file. The evidence it was printed from is embedded in it (evidence.json), and every page carries that file's SHA-256 digest. Check it without the database, with the workspace's trust bundle:</source>
        <translation>Die Signatur deckt jedes Byte dieser Datei ab. Die Nachweise, aus denen sie gedruckt wurde, sind in sie eingebettet (evidence.json), und jede Seite trägt den SHA-256-Hashwert dieser eingebetteten Datei. Prüfen Sie die Datei ohne Datenbank mit dem Vertrauensbündel des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>or against the workspace's immutable history:</source>
        <translation>oder anhand des unveränderlichen Verlaufs des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Emergency change</source>
        <translation>Notfalländerung</translation>
    </message>
    <message>
        <source>Freeze window overridden: %1</source>
        <translation>Änderungssperre übersteuert: %1</translation>
    </message>
    <message>
        <source>Started outside the planned window</source>
        <translation>Außerhalb des geplanten Zeitfensters begonnen</translation>
    </message>
    <message>
        <source>Risk level chosen against the suggestion: %1 instead of %2</source>
        <translation>Risikostufe abweichend vom Vorschlag gewählt: %1 statt %2</translation>
    </message>
    <message>
        <source>Reopened after closure</source>
        <translation>Nach dem Abschluss wieder geöffnet</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>None: no emergency, no freeze window overridden, no start outside the planned window, no risk level chosen against the suggestion, no reopening, no rollback.</source>
        <translation>Keine: kein Notfall, keine übersteuerte Änderungssperre, kein Beginn außerhalb des geplanten Zeitfensters, keine vom Vorschlag abweichend gewählte Risikostufe, kein Wiederöffnen, kein Rollback.</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Member deactivated</source>
        <translation>Mitglied deaktiviert</translation>
    </message>
    <message>
        <source>Asset added</source>
        <translation>Asset hinzugefügt</translation>
    </message>
    <message>
        <source>Freeze window added</source>
        <translation>Änderungssperre hinzugefügt</translation>
    </message>
    <message>
        <source>Certificate trusted for evidence packs</source>
        <translation>Zertifikat für Nachweispakete als vertrauenswürdig eingestuft</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>Risk question changed</source>
        <translation>Risikofrage geändert</translation>
    </message>
    <message>
        <source>Risk question removed</source>
        <translation>Risikofrage entfernt</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Rollback reason</source>
        <translation>Rollback-Grund</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Stornierungsgrund</translation>
    </message>
    <message>
        <source>Freeze window overridden</source>
        <translation>Änderungssperre übersteuert</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Approval requested again</source>
        <translation>Genehmigung erneut angefordert</translation>
    </message>
    <message>
        <source>Pre-approved standard change</source>
        <translation>Vorab genehmigte Standardänderung</translation>
    </message>
    <message>
        <source>Approval steps</source>
        <translation>Genehmigungsstufen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Suggested risk level</source>
        <translation>Vorgeschlagene Risikostufe</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Minimum lead time (hours)</source>
        <translation>Mindestvorlaufzeit (Stunden)</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Eingereicht am</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Can be overridden</source>
        <translation>Übersteuerbar</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Revoked as of</source>
        <translation>Widerrufen ab</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 on behalf of %2</source>
        <translation>%1 in Vertretung von %2</translation>
    </message>
    <message>
        <source>Conditions of the approval:</source>
        <translation>Auflagen der Genehmigung:</translation>
    </message>
    <message>
        <source>Conditions of approval round %1 (%2), before approval was requested again:</source>
        <translation>Auflagen der Genehmigungsrunde %1 (%2), bevor die Genehmigung erneut angefordert wurde:</translation>
    </message>
    <message>
        <source>Decision due from an absent member: substitute notified</source>
        <translation>Entscheidung eines abwesenden Mitglieds fällig: Vertretung benachrichtigt</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>In Vertretung von</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>The change names no assets: there was nothing to analyse.</source>
        <translation>Die Änderung nennt keine Assets: Es gab nichts zu analysieren.</translation>
    </message>
    <message>
        <source>No other asset was affected through the asset relationships when the pack was exported.</source>
        <translation>Beim Export des Pakets war über die Beziehungen der Assets kein anderes Asset betroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n assets affected through the asset relationships when the pack was exported.</source>
        <translation>
            <numerusform>%n Asset war beim Export des Pakets über die Beziehungen der Assets betroffen.</numerusform>
            <numerusform>%n Assets waren beim Export des Pakets über die Beziehungen der Assets betroffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded by people, with their reasons below.</source>
        <translation>
            <numerusform>%n davon von einer Person ausgeschlossen, mit der Begründung unten.</numerusform>
            <numerusform>%n davon von Personen ausgeschlossen, mit den Begründungen unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical assets affected: %1.</source>
        <translation>Betroffene kritische Assets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more affected assets are not listed.</source>
        <translation>
            <numerusform>%n weiteres betroffenes Asset ist nicht aufgeführt.</numerusform>
            <numerusform>%n weitere betroffene Assets sind nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis stops %1 steps away from the change's assets.</source>
        <translation>Die Analyse endet %1 Schritte von den Assets der Änderung entfernt.</translation>
    </message>
    <message>
        <source>The change works on this asset.</source>
        <translation>Die Änderung wird an diesem Asset vorgenommen.</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Why it is affected</source>
        <translation>Warum betroffen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 was excluded by %2 on %3 ("%4") but is no longer affected.</source>
        <translation>%1 wurde von %2 am %3 ausgeschlossen („%4“), ist aber nicht mehr betroffen.</translation>
    </message>
    <message>
        <source>Freeze window removed</source>
        <translation>Änderungssperre entfernt</translation>
    </message>
    <message>
        <source>Member signed out everywhere</source>
        <translation>Mitglied überall abgemeldet</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Vigilo: plan, approve, run and evidence IT changes.</source>
        <translation>Vigilo: IT-Änderungen planen, genehmigen, durchführen und nachweisen.</translation>
    </message>
    <message>
        <source>The database: a SQLite file (default: $VIGILO_DB, else %1).</source>
        <translation>Die Datenbank: eine SQLite-Datei (Standard: $VIGILO_DB, sonst %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>Open this workspace (default: the last one used).</source>
        <translation>Diesen Arbeitsbereich öffnen (Standard: den zuletzt verwendeten).</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>Act as this user (default: $VIGILO_USER, else your login name).</source>
        <translation>Als dieser Benutzer handeln (Standard: $VIGILO_USER, sonst Ihr Anmeldename).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Create the demo workspace "demo" if the database has none (you become an owner), then open it.</source>
        <translation>Den Demo-Arbeitsbereich „demo“ anlegen, falls die Datenbank keinen hat (Sie werden Inhaber), und ihn dann öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the main window after loading, then exit.</source>
        <translation>Nach dem Laden ein Bild des Hauptfensters speichern und dann beenden.</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <source>unexpected argument "%1"; see --help</source>
        <translation>unerwartetes Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <source>no user: pass --as USER or set VIGILO_USER</source>
        <translation>kein Benutzer: --as BENUTZER angeben oder VIGILO_USER setzen</translation>
    </message>
    <message>
        <source>Look for this run: system, light or dark (default: View ▸ Appearance).</source>
        <translation>Erscheinungsbild für diesen Start: system, light oder dark (Standard: Ansicht ▸ Erscheinungsbild).</translation>
    </message>
    <message>
        <source>LOOK</source>
        <translation>DARSTELLUNG</translation>
    </message>
    <message>
        <source>--appearance takes system, light or dark, not "%1"</source>
        <translation>--appearance erwartet system, light oder dark, nicht „%1“</translation>
    </message>
    <message>
        <source>Open an evidence pack in the pack viewer and verify it, without any database.</source>
        <translation>Ein Nachweispaket im Paketbetrachter öffnen und prüfen, ganz ohne Datenbank.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <source>Start in CAB mode: the workspace's CAB meetings full screen, for the meeting room projector (Esc leaves).</source>
        <translation>Im CAB-Modus starten: die CAB-Sitzungen des Arbeitsbereichs im Vollbild, für den Projektor im Besprechungsraum (Esc beendet ihn).</translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value: nothing to measure in the period</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / week</source>
        <translation>%1/Woche</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation>Deployment-Häufigkeit</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Lead time (mean)</source>
        <translation>Durchlaufzeit (Mittelwert)</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Emergency changes</source>
        <translation>Notfalländerungen</translation>
    </message>
    <message>
        <source>Change success score</source>
        <translation>Erfolgswert der Änderungen</translation>
    </message>
    <message>
        <source>Failed or rolled back: %1 of %2 deployed</source>
        <translation>Gescheitert oder zurückgerollt: %1 von %2 Deployments</translation>
    </message>
    <message>
        <source>Completed in the period: %1</source>
        <translation>Im Zeitraum abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Mean, submission to completion, over %1 completed</source>
        <translation>Mittelwert von Einreichung bis Abschluss (abgeschlossen: %1)</translation>
    </message>
    <message>
        <source>Median, submission to completion, over %1 completed</source>
        <translation>Median von Einreichung bis Abschluss (abgeschlossen: %1)</translation>
    </message>
    <message>
        <source>No rollback in the period</source>
        <translation>Kein Rollback im Zeitraum</translation>
    </message>
    <message>
        <source>Median, rollback to follow-up; %1 of %2 restored</source>
        <translation>Median vom Rollback bis zur Folgeänderung; %1 von %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Emergencies: %1 of %2 submitted</source>
        <translation>Notfälle: %1 von %2 Einreichungen</translation>
    </message>
    <message>
        <source>Out of 100, over %1 deployed</source>
        <translation>Von 100 Punkten; Deployments: %1</translation>
    </message>
    <message>
        <source>No earlier data</source>
        <translation>Keine früheren Daten</translation>
    </message>
    <message>
        <source>= same as previous</source>
        <translation>= wie im Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>%1 %2 vs previous</source>
        <comment>▲ 4 pts vs the previous period</comment>
        <translation>%1 %2 gegenüber Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period of days, both inclusive</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>Open a Vigilo database</source>
        <translation>Vigilo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Vigilo databases (*.sqlite *.db *.vigilo);;All files (*)</source>
        <translation>Vigilo-Datenbanken (*.sqlite *.db *.vigilo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>%1 does not exist any more. Remove it from the list of recent databases?</source>
        <translation>%1 existiert nicht mehr. Aus der Liste der zuletzt verwendeten Datenbanken entfernen?</translation>
    </message>
    <message>
        <source>Vigilo could not start a window for %1.</source>
        <translation>Vigilo konnte kein Fenster für %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Cannot connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <source>Vigilo could not start a window for the server.</source>
        <translation>Vigilo konnte kein Fenster für den Server öffnen.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Unknown certificate</source>
        <translation>Unbekanntes Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is not trusted by this system.

SHA-256 fingerprint:
%3

Trust it from now on? Do so only if the server's operator confirms this fingerprint.</source>
        <translation>Das Zertifikat von %1 (%2) ist auf diesem System nicht vertrauenswürdig.

SHA-256-Fingerabdruck:
%3

Möchten Sie ihm von nun an vertrauen? Tun Sie das nur, wenn der Betreiber des Servers diesen Fingerabdruck bestätigt.</translation>
    </message>
</context>
<context>
    <name>Vigilo</name>
    <message>
        <source>Emergency approval</source>
        <translation>Notfallgenehmigung</translation>
    </message>
    <message>
        <source>Change approval</source>
        <translation>Änderungsgenehmigung</translation>
    </message>
    <message>
        <source>Technical approval</source>
        <translation>Technische Genehmigung</translation>
    </message>
    <message>
        <source>Management approval</source>
        <translation>Genehmigung durch das Management</translation>
    </message>
    <message>
        <source>active members with the %1 role or above</source>
        <translation>aktive Mitglieder mit der Rolle %1 oder höher</translation>
    </message>
    <message>
        <source>the named members (%1)</source>
        <translation>die genannten Mitglieder (%1)</translation>
    </message>
    <message>
        <source>This change has no approval step waiting for a decision.</source>
        <translation>Für diese Änderung wartet keine Genehmigungsstufe auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>You requested %1, so you cannot decide on it. Another approver has to.</source>
        <translation>Sie haben %1 beantragt und können daher nicht darüber entscheiden. Ein anderer Genehmiger muss entscheiden.</translation>
    </message>
    <message>
        <source>The step "%1" of %2 must be decided by a member with the %3 role or above; you are %4.</source>
        <translation>Über die Stufe „%1“ von %2 muss ein Mitglied mit der Rolle %3 oder höher entscheiden; Ihre Rolle: %4.</translation>
    </message>
    <message>
        <source>There is no change %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Änderung %1.</translation>
    </message>
    <message>
        <source>A policy needs a name of 1 to 100 characters.</source>
        <translation>Eine Richtlinie braucht einen Namen mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>A policy needs at least one approval step (--step).</source>
        <translation>Eine Richtlinie braucht mindestens eine Genehmigungsstufe (--step).</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Step "%1" needs between 1 and 50 approvals, or all.</source>
        <translation>Die Stufe „%1“ braucht zwischen 1 und 50 Genehmigungen oder „all“.</translation>
    </message>
    <message>
        <source>Step "%1": only approvers, admins and owners can approve; choose the approver role or above.</source>
        <translation>Stufe „%1“: Nur Genehmiger, Administratoren und Inhaber können genehmigen; wählen Sie die Rolle approver oder höher.</translation>
    </message>
    <message>
        <source>Step "%1" needs %2 approvals but names only %3 members.</source>
        <translation>Die Stufe „%1“ braucht %2 Genehmigungen, nennt aber nur %3 Mitglieder.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot approve; name approvers, admins or owners in step "%3".</source>
        <translation>%1 hat die Rolle %2 und kann nicht genehmigen; nennen Sie in Stufe „%3“ Genehmiger, Administratoren oder Inhaber.</translation>
    </message>
    <message>
        <source>A policy named "%1" already exists.</source>
        <translation>Es gibt bereits eine Richtlinie mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no approval policy named "%1" (see `vigilo-cli policy list`).</source>
        <translation>Es gibt keine Genehmigungsrichtlinie mit dem Namen „%1“ (siehe `vigilo-cli policy list`).</translation>
    </message>
    <message>
        <source>The workspace of this event does not exist.</source>
        <translation>Der Arbeitsbereich dieses Ereignisses existiert nicht.</translation>
    </message>
    <message>
        <source>Event #%1 is missing: it was removed from the history.</source>
        <translation>Ereignis Nr. %1 fehlt: Es wurde aus dem Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Events #%1 to #%2 are missing: they were removed from the history.</source>
        <translation>Die Ereignisse Nr. %1 bis Nr. %2 fehlen: Sie wurden aus dem Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Event #%1 (%2 by %3) was altered after it was recorded: its content no longer matches its hash.</source>
        <translation>Ereignis Nr. %1 (%2 von %3) wurde nach der Aufzeichnung verändert: Sein Inhalt passt nicht mehr zu seinem Hashwert.</translation>
    </message>
    <message>
        <source>Event #%1 (%2 by %3) was rewritten after it was recorded: event #%4 recorded a different hash for it.</source>
        <translation>Ereignis Nr. %1 (%2 von %3) wurde nach der Aufzeichnung neu geschrieben: Ereignis Nr. %4 hat dafür einen anderen Hashwert festgehalten.</translation>
    </message>
    <message>
        <source>Event #1 does not start the chain.</source>
        <translation>Ereignis Nr. 1 beginnt die Kette nicht.</translation>
    </message>
    <message>
        <source>The newest events (#%1 to #%2) are missing: they were removed from the end of the history.</source>
        <translation>Die neuesten Ereignisse (Nr. %1 bis Nr. %2) fehlen: Sie wurden am Ende des Verlaufs entfernt.</translation>
    </message>
    <message>
        <source>Event #%1 does not match the recorded head of the chain: the latest event was replaced.</source>
        <translation>Ereignis Nr. %1 passt nicht zum festgehaltenen Kopf der Kette: Das letzte Ereignis wurde ersetzt.</translation>
    </message>
    <message>
        <source>%1 is %2; "%3" is not possible from there.</source>
        <translation>%1 hat den Status „%2“; „%3“ ist von dort aus nicht möglich.</translation>
    </message>
    <message>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>Das Feld „%1“ ist zu lang (%2 Zeichen; höchstens %3).</translation>
    </message>
    <message>
        <source>The title must not be empty: say in a few words what will change.</source>
        <translation>Der Titel darf nicht leer sein: Sagen Sie in wenigen Worten, was sich ändert.</translation>
    </message>
    <message>
        <source>The minimum lead time must be between 0 and %1 hours.</source>
        <translation>Die Mindestvorlaufzeit muss zwischen 0 und %1 Stunden liegen.</translation>
    </message>
    <message>
        <source>A planned window needs both a start and an end.</source>
        <translation>Ein geplantes Zeitfenster braucht Beginn und Ende.</translation>
    </message>
    <message>
        <source>The planned window ends (%1) before it starts (%2): the end must be after the start.</source>
        <translation>Das geplante Zeitfenster endet (%1), bevor es beginnt (%2): Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>%1 has been deactivated and cannot be assigned.</source>
        <translation>%1 wurde deaktiviert und kann nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot depend on itself.</source>
        <translation>%1 kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>%1 already depends, directly or through others, on %2: making %2 depend on it would create a cycle.</source>
        <translation>%1 hängt bereits, direkt oder über andere, von %2 ab: Würde %2 davon abhängen, entstünde ein Zyklus.</translation>
    </message>
    <message>
        <source>A change needs a title (--title).</source>
        <translation>Eine Änderung braucht einen Titel (--title).</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited. Only draft, review, approved and scheduled changes can be edited.</source>
        <translation>%1 hat den Status „%2“ und kann nicht mehr bearbeitet werden. Nur Änderungen im Status Entwurf, In Prüfung, Genehmigt oder Eingeplant können bearbeitet werden.</translation>
    </message>
    <message>
        <source>%1 follows the pre-approved template "%2": its plans, assets and type cannot change. Cancel it and create a normal change instead.</source>
        <translation>%1 folgt der vorab genehmigten Vorlage „%2“: Pläne, Assets und Typ können nicht geändert werden. Stornieren Sie die Änderung und legen Sie stattdessen eine normale Änderung an.</translation>
    </message>
    <message>
        <source>Material edit: approval requested again.</source>
        <translation>Wesentliche Bearbeitung: Genehmigung erneut angefordert.</translation>
    </message>
    <message>
        <source>Move the planned window out of it; this freeze window cannot be overridden.</source>
        <translation>Verschieben Sie das geplante Zeitfenster heraus; diese Änderungssperre kann nicht übersteuert werden.</translation>
    </message>
    <message>
        <source>Move the planned window out of it, or ask an admin or owner to override the freeze with a justification.</source>
        <translation>Verschieben Sie das geplante Zeitfenster heraus oder bitten Sie einen Administrator oder Inhaber, die Änderungssperre mit Begründung zu übersteuern.</translation>
    </message>
    <message>
        <source>The planned window of %1 overlaps the freeze window %2. %3</source>
        <translation>Das geplante Zeitfenster von %1 überschneidet sich mit der Änderungssperre %2. %3</translation>
    </message>
    <message>
        <source>%1 starts %2 hours after submission, but needs at least %3 hours of lead time. Move planned_start to %4 or later, lower the lead time on the change, or make it an emergency change if it genuinely cannot wait.</source>
        <translation>%1 beginnt %2 Stunden nach dem Einreichen, braucht aber mindestens %3 Stunden Vorlaufzeit. Verschieben Sie planned_start auf %4 oder später, verringern Sie die Vorlaufzeit der Änderung oder machen Sie sie zur Notfalländerung, wenn sie wirklich nicht warten kann.</translation>
    </message>
    <message>
        <source>%1 was submitted %2 hours before its planned start, but needs at least %3 hours of lead time. Move planned_start to %4 or later, lower the lead time on the change, or make it an emergency change if it genuinely cannot wait.</source>
        <translation>%1 wurde %2 Stunden vor dem geplanten Beginn eingereicht, braucht aber mindestens %3 Stunden Vorlaufzeit. Verschieben Sie planned_start auf %4 oder später, verringern Sie die Vorlaufzeit der Änderung oder machen Sie sie zur Notfalländerung, wenn sie wirklich nicht warten kann.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Say why %1 is rejected: a reason is required so the requester knows what to fix.</source>
        <translation>Sagen Sie, warum %1 abgelehnt wird: Ein Grund ist Pflicht, damit der Antragsteller weiß, was zu korrigieren ist.</translation>
    </message>
    <message>
        <source>%1 waits on changes that are not completed or cancelled yet: %2. Start it once they are done.</source>
        <translation>%1 wartet auf Änderungen, die noch nicht abgeschlossen oder storniert sind: %2. Starten Sie sie, sobald diese erledigt sind.</translation>
    </message>
    <message>
        <source>Closing %1 needs a closure code (successful, successful_with_issues or unsuccessful) and closure notes; both go into the audit pack.</source>
        <translation>Das Abschließen von %1 braucht einen Abschlusscode (successful, successful_with_issues oder unsuccessful) und Abschlussnotizen; beides kommt ins Nachweispaket.</translation>
    </message>
    <message>
        <source>%1 cannot be closed while required runbook tasks are not done: %2. Finish them (or skip the optional ones) first.</source>
        <translation>%1 kann nicht abgeschlossen werden, solange Pflichtaufgaben des Ablaufplans offen sind: %2. Erledigen Sie sie zuerst (oder überspringen Sie die optionalen).</translation>
    </message>
    <message>
        <source>Say why %1 is rolled back: the reason is required and goes into the audit pack.</source>
        <translation>Sagen Sie, warum %1 zurückgerollt wird: Der Grund ist Pflicht und kommt ins Nachweispaket.</translation>
    </message>
    <message>
        <source>The comment is empty: write something to say.</source>
        <translation>Der Kommentar ist leer: Schreiben Sie etwas hinein.</translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; at most %2).</source>
        <translation>Der Kommentar ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>An attachment needs a file name of 1 to 255 characters.</source>
        <translation>Ein Anhang braucht einen Dateinamen mit 1 bis 255 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 bytes).</source>
        <translation>%1 ist zu groß (%2 Byte; höchstens %3 Byte).</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Anhang %1.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>priority</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>priority</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>risk</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>risk</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>change status</comment>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>change status</comment>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>change status</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Successful with issues</source>
        <translation>Erfolgreich mit Problemen</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Nicht erfolgreich</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>task status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>task status</comment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Entscheidung ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>approval step</comment>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>approval step</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Änderung stornieren</translation>
    </message>
    <message>
        <source>Unknown locale "%1": use a name like de_DE or en_US.</source>
        <translation>Unbekanntes Gebietsschema „%1“: Verwenden Sie einen Namen wie de_DE oder en_US.</translation>
    </message>
    <message>
        <source>Say where to write the evidence pack (a .pdf file).</source>
        <translation>Geben Sie an, wohin das Nachweispaket geschrieben werden soll (eine .pdf-Datei).</translation>
    </message>
    <message>
        <source>Printing an evidence pack needs a QGuiApplication.</source>
        <translation>Zum Drucken eines Nachweispakets wird eine QGuiApplication benötigt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vigilo evidence pack (no Vigilo metadata found).</source>
        <translation>%1 ist kein Vigilo-Nachweispaket (keine Vigilo-Metadaten gefunden).</translation>
    </message>
    <message>
        <source>The pack belongs to workspace "%1", not "%2": verify it with -w %1.</source>
        <translation>Das Paket gehört zum Arbeitsbereich „%1“, nicht zu „%2“: Prüfen Sie es mit -w %1.</translation>
    </message>
    <message>
        <source>The pack covers event #%1 but the workspace's history ends at #%2: the history was cut short.</source>
        <translation>Das Paket umfasst Ereignis Nr. %1, aber der Verlauf des Arbeitsbereichs endet bei Nr. %2: Der Verlauf wurde gekürzt.</translation>
    </message>
    <message>
        <source>The history of %1 up to event #%2 no longer matches the pack: recorded events were changed or removed.</source>
        <translation>Der Verlauf von %1 bis Ereignis Nr. %2 stimmt nicht mehr mit dem Paket überein: Aufgezeichnete Ereignisse wurden verändert oder entfernt.</translation>
    </message>
    <message>
        <source>The records of %1 differ from the pack although no event was recorded since: they were changed outside Vigilo.</source>
        <translation>Die Datensätze von %1 weichen vom Paket ab, obwohl seitdem kein Ereignis aufgezeichnet wurde: Sie wurden außerhalb von Vigilo geändert.</translation>
    </message>
    <message>
        <source>The weekday must be one of mon, tue, wed, thu, fri, sat, sun.</source>
        <translation>Der Wochentag muss mon, tue, wed, thu, fri, sat oder sun sein.</translation>
    </message>
    <message>
        <source>The start time must look like 02:00.</source>
        <translation>Die Startzeit muss wie 02:00 aussehen.</translation>
    </message>
    <message>
        <source>The duration must be between 1 minute and 7 days.</source>
        <translation>Die Dauer muss zwischen 1 Minute und 7 Tagen liegen.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>%1 (%2) works on %3 from %4 to %5, overlapping this window.</source>
        <translation>%1 (%2) arbeitet von %4 bis %5 an %3 und überschneidet sich mit diesem Zeitfenster.</translation>
    </message>
    <message>
        <source>Freeze window "%1" (%2 to %3) covers this window; an admin may override it with a justification.</source>
        <translation>Die Änderungssperre „%1“ (%2 bis %3) umfasst dieses Zeitfenster; ein Administrator kann sie mit Begründung übersteuern.</translation>
    </message>
    <message>
        <source>Freeze window "%1" (%2 to %3) covers this window and cannot be overridden.</source>
        <translation>Die Änderungssperre „%1“ (%2 bis %3) umfasst dieses Zeitfenster und kann nicht übersteuert werden.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>The window falls outside the maintenance windows of %1 (%2).</source>
        <translation>Das Zeitfenster liegt außerhalb der Wartungsfenster von %1 (%2).</translation>
    </message>
    <message>
        <source>This change depends on %1 (%2), which has no planned window yet.</source>
        <translation>Diese Änderung hängt von %1 (%2) ab, die noch kein geplantes Zeitfenster hat.</translation>
    </message>
    <message>
        <source>This change depends on %1 (%2), which is planned to end at %3, after this change starts.</source>
        <translation>Diese Änderung hängt von %1 (%2) ab, deren geplantes Ende (%3) nach dem Beginn dieser Änderung liegt.</translation>
    </message>
    <message>
        <source>If this change fails, what is the impact on the business?</source>
        <translation>Welche Auswirkung auf das Geschäft hat es, wenn diese Änderung fehlschlägt?</translation>
    </message>
    <message>
        <source>None or negligible</source>
        <translation>Keine oder vernachlässigbar</translation>
    </message>
    <message>
        <source>Minor degradation</source>
        <translation>Geringe Beeinträchtigung</translation>
    </message>
    <message>
        <source>Outage of a service</source>
        <translation>Ausfall eines Dienstes</translation>
    </message>
    <message>
        <source>Critical: revenue, safety or data loss</source>
        <translation>Kritisch: Umsatz, Sicherheit oder Datenverlust</translation>
    </message>
    <message>
        <source>How many users could notice it?</source>
        <translation>Wie viele Benutzer könnten es bemerken?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Fewer than 100</source>
        <translation>Weniger als 100</translation>
    </message>
    <message>
        <source>100 to 10,000</source>
        <translation>100 bis 10.000</translation>
    </message>
    <message>
        <source>More than 10,000</source>
        <translation>Mehr als 10.000</translation>
    </message>
    <message>
        <source>Has the change been tested in a pre-production environment?</source>
        <translation>Wurde die Änderung in einer Vorproduktionsumgebung getestet?</translation>
    </message>
    <message>
        <source>Yes, in an environment like production</source>
        <translation>Ja, in einer produktionsähnlichen Umgebung</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Has the rollback been tested?</source>
        <translation>Wurde der Rollback getestet?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Documented but not tested</source>
        <translation>Dokumentiert, aber nicht getestet</translation>
    </message>
    <message>
        <source>No rollback is possible</source>
        <translation>Kein Rollback möglich</translation>
    </message>
    <message>
        <source>How complex is the implementation?</source>
        <translation>Wie komplex ist die Umsetzung?</translation>
    </message>
    <message>
        <source>A single step</source>
        <translation>Ein einzelner Schritt</translation>
    </message>
    <message>
        <source>A few steps by one team</source>
        <translation>Wenige Schritte durch ein Team</translation>
    </message>
    <message>
        <source>Many steps</source>
        <translation>Viele Schritte</translation>
    </message>
    <message>
        <source>Several teams or vendors</source>
        <translation>Mehrere Teams oder Dienstleister</translation>
    </message>
    <message>
        <source>Has this change been done before?</source>
        <translation>Wurde diese Änderung schon einmal durchgeführt?</translation>
    </message>
    <message>
        <source>Routinely</source>
        <translation>Routinemäßig</translation>
    </message>
    <message>
        <source>Once or twice</source>
        <translation>Ein- oder zweimal</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Noch nie</translation>
    </message>
    <message>
        <source>Does it need downtime?</source>
        <translation>Ist eine Ausfallzeit nötig?</translation>
    </message>
    <message>
        <source>Under 15 minutes</source>
        <translation>Unter 15 Minuten</translation>
    </message>
    <message>
        <source>15 minutes to 2 hours</source>
        <translation>15 Minuten bis 2 Stunden</translation>
    </message>
    <message>
        <source>More than 2 hours</source>
        <translation>Mehr als 2 Stunden</translation>
    </message>
    <message>
        <source>Does it run during business hours?</source>
        <translation>Findet sie während der Geschäftszeiten statt?</translation>
    </message>
    <message>
        <source>No, inside a maintenance window</source>
        <translation>Nein, innerhalb eines Wartungsfensters</translation>
    </message>
    <message>
        <source>Yes, at peak times</source>
        <translation>Ja, zu Spitzenzeiten</translation>
    </message>
    <message>
        <source>A question key is 1 to 40 lower-case letters, digits or '_'.</source>
        <translation>Ein Fragenschlüssel besteht aus 1 bis 40 Kleinbuchstaben, Ziffern oder '_'.</translation>
    </message>
    <message>
        <source>A question needs a text of 1 to 500 characters.</source>
        <translation>Eine Frage braucht einen Text mit 1 bis 500 Zeichen.</translation>
    </message>
    <message>
        <source>A question's weight is between 1 and 10.</source>
        <translation>Das Gewicht einer Frage liegt zwischen 1 und 10.</translation>
    </message>
    <message>
        <source>A question needs 2 to 10 choices.</source>
        <translation>Eine Frage braucht 2 bis 10 Antwortmöglichkeiten.</translation>
    </message>
    <message>
        <source>Each choice needs a label and a score from 0 to 100 (for example "Never=100").</source>
        <translation>Jede Antwortmöglichkeit braucht eine Bezeichnung und eine Punktzahl von 0 bis 100 (zum Beispiel "Never=100").</translation>
    </message>
    <message>
        <source>There is no risk question "%1" (see `vigilo-cli risk questions`).</source>
        <translation>Es gibt keine Risikofrage „%1“ (siehe `vigilo-cli risk questions`).</translation>
    </message>
    <message>
        <source>The questionnaire needs at least one question.</source>
        <translation>Der Fragebogen braucht mindestens eine Frage.</translation>
    </message>
    <message>
        <source>The planned start leaves less than the %1 hours of lead time this change needs.</source>
        <translation>Der geplante Beginn lässt weniger als die %1 Stunden Vorlaufzeit, die diese Änderung braucht.</translation>
    </message>
    <message>
        <source>A similar change, %1 "%2", failed on %3 (%4).</source>
        <translation>Eine ähnliche Änderung, %1 „%2“, ist am %3 gescheitert (%4).</translation>
    </message>
    <message>
        <source>rolled back: %1</source>
        <translation>zurückgerollt: %1</translation>
    </message>
    <message>
        <source>Question "%1" has choices 1 to %2.</source>
        <translation>Frage „%1“ hat die Antwortmöglichkeiten 1 bis %2.</translation>
    </message>
    <message>
        <source>There is no suggestion yet: answer at least %1 of the %2 questions (%3 answered so far).</source>
        <translation>Noch kein Vorschlag: Beantworten Sie mindestens %1 der %2 Fragen (bisher %3 beantwortet).</translation>
    </message>
    <message>
        <source>Choosing a risk level other than the suggestion needs a reason (--reason), kept in the audit trail.</source>
        <translation>Eine andere Risikostufe als die vorgeschlagene braucht eine Begründung (--reason), die im Prüfpfad festgehalten wird.</translation>
    </message>
    <message>
        <source>Risk level changed in review: approval requested again.</source>
        <translation>Risikostufe während der Prüfung geändert: Genehmigung erneut angefordert.</translation>
    </message>
    <message>
        <source>%1 is %2: its runbook can no longer change.</source>
        <translation>%1 hat den Status „%2“: Der Ablaufplan kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>%1 has no implementation plan to turn into tasks. Write the plan as a numbered list first.</source>
        <translation>%1 hat keinen Umsetzungsplan, aus dem Aufgaben werden könnten. Schreiben Sie den Plan zuerst als nummerierte Liste.</translation>
    </message>
    <message>
        <source>Task #%1 of %2 has already been worked on, so the runbook cannot be generated again.</source>
        <translation>An Aufgabe Nr. %1 von %2 wurde bereits gearbeitet, daher kann der Ablaufplan nicht neu erzeugt werden.</translation>
    </message>
    <message>
        <source>%1 has no task #%2 (see `vigilo-cli task list %1`).</source>
        <translation>%1 hat keine Aufgabe Nr. %2 (siehe `vigilo-cli task list %1`).</translation>
    </message>
    <message>
        <source>Tasks run only while their change is in progress; %1 is %2. Start the change first.</source>
        <translation>Aufgaben laufen nur, solange ihre Änderung in Umsetzung ist; %1 hat den Status „%2“. Starten Sie zuerst die Änderung.</translation>
    </message>
    <message>
        <source>%1 is %2: its tasks can no longer change.</source>
        <translation>%1 hat den Status „%2“: Die Aufgaben können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Task #%1 is %2; it cannot be marked "%3" from there.</source>
        <translation>Aufgabe Nr. %1 hat den Status „%2“; sie kann von dort aus nicht als „%3“ markiert werden.</translation>
    </message>
    <message>
        <source>Task #%1 is required and cannot be skipped. Only optional tasks can be skipped.</source>
        <translation>Aufgabe Nr. %1 ist Pflicht und kann nicht übersprungen werden. Nur optionale Aufgaben können übersprungen werden.</translation>
    </message>
    <message>
        <source>Someone else updated task #%1 a moment ago. Reload the runbook and try again.</source>
        <translation>Jemand anderes hat Aufgabe Nr. %1 gerade geändert. Laden Sie den Ablaufplan neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The database did not return the new row's id.</source>
        <translation>Die Datenbank hat die ID der neuen Zeile nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace. An admin can add them with `vigilo-cli member add %1 --role ROLE`.</source>
        <translation>%1 ist kein Mitglied dieses Arbeitsbereichs. Ein Administrator kann es mit `vigilo-cli member add %1 --role ROLE` hinzufügen.</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>Das Mitglied %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no asset named "%1" in this workspace. Add it first with `vigilo-cli asset add %1`, or check the spelling.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Asset namens „%1“. Legen Sie es zuerst mit `vigilo-cli asset add %1` an oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The change no longer exists.</source>
        <translation>Die Änderung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Someone else changed this change since you opened it (you had version %1, it is now at version %2). Reload it and apply your edit again.</source>
        <translation>Jemand anderes hat diese Änderung geändert, seit Sie sie geöffnet haben (Sie hatten Version %1, jetzt ist es Version %2). Laden Sie sie neu und wiederholen Sie Ihre Bearbeitung.</translation>
    </message>
    <message>
        <source>%1 is %2 in this workspace and may not do this (it needs the %3 permission). Ask a workspace admin for a higher role.</source>
        <translation>%1 hat in diesem Arbeitsbereich die Rolle %2 und darf das nicht (dafür ist die Berechtigung %3 nötig). Bitten Sie einen Administrator des Arbeitsbereichs um eine höhere Rolle.</translation>
    </message>
    <message>
        <source>%1 is no longer an active member of this workspace.</source>
        <translation>%1 ist kein aktives Mitglied dieses Arbeitsbereichs mehr.</translation>
    </message>
    <message>
        <source>A template needs a name of 1 to 100 characters.</source>
        <translation>Eine Vorlage braucht einen Namen mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>A template needs a title of 1 to 200 characters.</source>
        <translation>Eine Vorlage braucht einen Titel mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>A pre-approved template must be complete: it needs an implementation plan, a rollback plan and at least one asset.</source>
        <translation>Eine vorab genehmigte Vorlage muss vollständig sein: Sie braucht einen Umsetzungsplan, einen Rückfallplan und mindestens ein Asset.</translation>
    </message>
    <message>
        <source>The minimum lead time must be between 0 and 8760 hours.</source>
        <translation>Die Mindestvorlaufzeit muss zwischen 0 und 8760 Stunden liegen.</translation>
    </message>
    <message>
        <source>A template named "%1" already exists.</source>
        <translation>Es gibt bereits eine Vorlage mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no standard change template named "%1" (see `vigilo-cli template list`).</source>
        <translation>Es gibt keine Standardänderungsvorlage namens „%1“ (siehe `vigilo-cli template list`).</translation>
    </message>
    <message>
        <source>A change from a template keeps the template's plans, assets and type: that is what was pre-approved. Create a normal change to do something different.</source>
        <translation>Eine Änderung aus einer Vorlage behält deren Pläne, Assets und Typ: Genau das wurde vorab genehmigt. Legen Sie eine normale Änderung an, um etwas anderes zu tun.</translation>
    </message>
    <message>
        <source>The template "%1" has been retired; an admin can reactivate it.</source>
        <translation>Die Vorlage „%1“ wurde stillgelegt; ein Administrator kann sie wieder aktivieren.</translation>
    </message>
    <message>
        <source>The database is busy: another workstation is writing. Try again in a moment. (%1)</source>
        <translation>Die Datenbank ist belegt: Ein anderer Rechner schreibt gerade. Versuchen Sie es gleich noch einmal. (%1)</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>No database given. Pass --db FILE or set VIGILO_DB.</source>
        <translation>Keine Datenbank angegeben. Übergeben Sie --db DATEI oder setzen Sie VIGILO_DB.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose another database file with --db.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn an oder wählen Sie mit --db eine andere Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used as a Vigilo database: %2. Check the path and that the file is a Vigilo database you may write to.</source>
        <translation>%1 kann nicht als Vigilo-Datenbank verwendet werden: %2. Prüfen Sie den Pfad und ob die Datei eine Vigilo-Datenbank ist, in die Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a Vigilo database: %2</source>
        <translation>%1 kann nicht als Vigilo-Datenbank verwendet werden: %2</translation>
    </message>
    <message>
        <source>This database was written by a newer Vigilo (schema version %1; this build understands up to %2). Install a newer Vigilo to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Vigilo-Version geschrieben (Schemaversion %1; diese Version versteht bis %2). Installieren Sie eine neuere Vigilo-Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>"%1" is not a valid user name: use 1 to 64 letters, digits, '.', '_', '@' or '-'.</source>
        <translation>„%1“ ist kein gültiger Benutzername: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, '.', '_', '@' oder '-'.</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid workspace slug: use lower-case letters, digits and '-' (for example "platform-team").</source>
        <translation>„%1“ ist kein gültiges Kürzel für einen Arbeitsbereich: Verwenden Sie Kleinbuchstaben, Ziffern und '-' (zum Beispiel „platform-team“).</translation>
    </message>
    <message>
        <source>workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>"%1" is not a known locale; use a name like en_US or de_DE.</source>
        <translation>„%1“ ist kein bekanntes Gebietsschema; verwenden Sie einen Namen wie en_US oder de_DE.</translation>
    </message>
    <message>
        <source>A workspace "%1" already exists. Choose another slug.</source>
        <translation>Es gibt bereits einen Arbeitsbereich „%1“. Wählen Sie ein anderes Kürzel.</translation>
    </message>
    <message>
        <source>There is no workspace "%1". Pick one with -w SLUG (see `vigilo-cli workspace list`) or create it with `vigilo-cli workspace create`.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“. Wählen Sie einen mit -w KÜRZEL (siehe `vigilo-cli workspace list`) oder legen Sie ihn mit `vigilo-cli workspace create` an.</translation>
    </message>
    <message>
        <source>No workspace given. Pass -w SLUG or set VIGILO_WORKSPACE.</source>
        <translation>Kein Arbeitsbereich angegeben. Übergeben Sie -w KÜRZEL oder setzen Sie VIGILO_WORKSPACE.</translation>
    </message>
    <message>
        <source>%1 is not a member of workspace "%2". Ask one of its admins to add you (`vigilo-cli member add %1 --role ROLE`), or act as another user with --as.</source>
        <translation>%1 ist kein Mitglied des Arbeitsbereichs „%2“. Bitten Sie einen seiner Administratoren, Sie hinzuzufügen (`vigilo-cli member add %1 --role ROLE`), oder handeln Sie mit --as als anderer Benutzer.</translation>
    </message>
    <message>
        <source>%1 has been deactivated in workspace "%2". An admin can reactivate them.</source>
        <translation>%1 wurde im Arbeitsbereich „%2“ deaktiviert. Ein Administrator kann das Mitglied wieder aktivieren.</translation>
    </message>
    <message>
        <source>Only an owner can make someone an owner.</source>
        <translation>Nur ein Inhaber kann jemanden zum Inhaber machen.</translation>
    </message>
    <message>
        <source>%1 is already a member of this workspace (as %2).</source>
        <translation>%1 ist bereits Mitglied dieses Arbeitsbereichs (als %2).</translation>
    </message>
    <message>
        <source>Only an owner can grant or take away the owner role.</source>
        <translation>Nur ein Inhaber kann die Inhaberrolle vergeben oder entziehen.</translation>
    </message>
    <message>
        <source>%1 is the last owner. Make someone else an owner first.</source>
        <translation>%1 ist der letzte Inhaber. Machen Sie zuerst jemand anderen zum Inhaber.</translation>
    </message>
    <message>
        <source>%1 is the last owner and cannot be deactivated.</source>
        <translation>%1 ist der letzte Inhaber und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>An asset named "%1" already exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es bereits ein Asset namens „%1“.</translation>
    </message>
    <message>
        <source>freeze window name</source>
        <translation>Name der Änderungssperre</translation>
    </message>
    <message>
        <source>A freeze window needs a start and an end time.</source>
        <translation>Eine Änderungssperre braucht eine Start- und eine Endzeit.</translation>
    </message>
    <message>
        <source>The freeze window ends before it starts: the end must be after the start.</source>
        <translation>Die Änderungssperre endet, bevor sie beginnt: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL address: use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse: Verwenden Sie postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2 Check the address, that the server is running and that your login may connect.</source>
        <translation>Keine Verbindung zu %1: %2 Prüfen Sie die Adresse, ob der Server läuft und ob Ihr Login sich verbinden darf.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>There is no workspace "%1" in the source database.</source>
        <translation>In der Quelldatenbank gibt es keinen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>The source database has no workspaces to copy.</source>
        <translation>Die Quelldatenbank hat keine Arbeitsbereiche zum Kopieren.</translation>
    </message>
    <message>
        <source>The target already has a workspace "%1"; nothing was copied. Remove it there or copy only other workspaces.</source>
        <translation>Das Ziel hat bereits einen Arbeitsbereich „%1“; es wurde nichts kopiert. Entfernen Sie ihn dort oder kopieren Sie nur andere Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Row %1 of %2 points at a missing %3 row.</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>Move the planned window out of it, or override the freeze with a justification.</source>
        <translation>Verschieben Sie das geplante Zeitfenster heraus oder übersteuern Sie die Änderungssperre mit Begründung.</translation>
    </message>
    <message>
        <source>%1 needs a planned start and end before it can be scheduled. Give it a planned window first.</source>
        <translation>%1 braucht einen geplanten Beginn und ein geplantes Ende, bevor sie eingeplant werden kann. Geben Sie ihr zuerst ein geplantes Zeitfenster.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translation>Assets: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>CSV line %1: a quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>CSV-Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen.</translation>
    </message>
    <message>
        <source>CSV line %1: text after a closing quote.</source>
        <translation>CSV-Zeile %1: Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>CSV line %1: a quoted field is never closed.</source>
        <translation>CSV-Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(Zeile)</translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row naming the columns (title is required).</source>
        <translation>Die CSV-Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen (title ist Pflicht).</translation>
    </message>
    <message>
        <source>The CSV header names the column %1 twice.</source>
        <translation>Die CSV-Kopfzeile nennt die Spalte %1 zweimal.</translation>
    </message>
    <message>
        <source>The CSV header has no title column (or short_description).</source>
        <translation>Die CSV-Kopfzeile hat keine Spalte title (oder short_description).</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Der Titel ist leer.</translation>
    </message>
    <message>
        <source>"%1" is not a change type (standard, normal, emergency).</source>
        <translation>„%1“ ist kein Änderungstyp (standard, normal, emergency).</translation>
    </message>
    <message>
        <source>"%1" is not a priority (low, medium, high, critical).</source>
        <translation>„%1“ ist keine Priorität (low, medium, high, critical).</translation>
    </message>
    <message>
        <source>"%1" is not a risk level (low, medium, high).</source>
        <translation>„%1“ ist keine Risikostufe (low, medium, high).</translation>
    </message>
    <message>
        <source>"%1" is not a time: use ISO 8601 with a zone, e.g. 2026-12-01T08:00:00Z (or 2026-12-01 08:00:00, read as UTC).</source>
        <translation>„%1“ ist keine Zeitangabe: Verwenden Sie ISO 8601 mit Zone, z. B. 2026-12-01T08:00:00Z (oder 2026-12-01 08:00:00, gelesen als UTC).</translation>
    </message>
    <message>
        <source>The metrics period needs a start before its end.</source>
        <translation>Der Zeitraum der Kennzahlen braucht einen Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>Completed changes closed as unsuccessful plus rolled-back changes, divided by all completed and rolled-back changes of the period (completed by closing time, rolled back by rollback time). Cancelled and rejected changes are not counted.</source>
        <translation>Als erfolglos abgeschlossene Änderungen plus zurückgerollte Änderungen, geteilt durch alle abgeschlossenen und zurückgerollten Änderungen des Zeitraums (abgeschlossene nach Abschlusszeit, zurückgerollte nach Rollback-Zeit). Stornierte und abgelehnte Änderungen zählen nicht.</translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation>Deployment-Häufigkeit</translation>
    </message>
    <message>
        <source>Completed changes (any closure code) per week: their number divided by the period's length in weeks.</source>
        <translation>Abgeschlossene Änderungen (jeder Abschlusscode) pro Woche: ihre Anzahl geteilt durch die Länge des Zeitraums in Wochen.</translation>
    </message>
    <message>
        <source>Lead time for changes (median)</source>
        <translation>Durchlaufzeit der Änderungen (Median)</translation>
    </message>
    <message>
        <source>Median hours from submission to closing of the changes completed in the period.</source>
        <translation>Median der Stunden von der Einreichung bis zum Abschluss der im Zeitraum abgeschlossenen Änderungen.</translation>
    </message>
    <message>
        <source>Lead time for changes (mean)</source>
        <translation>Durchlaufzeit der Änderungen (Mittelwert)</translation>
    </message>
    <message>
        <source>Mean hours from submission to closing of the changes completed in the period.</source>
        <translation>Mittelwert der Stunden von der Einreichung bis zum Abschluss der im Zeitraum abgeschlossenen Änderungen.</translation>
    </message>
    <message>
        <source>Time to restore (median)</source>
        <translation>Wiederherstellungszeit (Median)</translation>
    </message>
    <message>
        <source>For each change rolled back in the period: hours from the rollback to the closing of its follow-up, the next change completed (not unsuccessfully) that shares an affected asset; the median over those with a follow-up. Rollbacks still without a follow-up are listed but not counted.</source>
        <translation>Für jede im Zeitraum zurückgerollte Änderung: Stunden vom Rollback bis zum Abschluss ihrer Folgeänderung, der nächsten (nicht erfolglos) abgeschlossenen Änderung mit einem gemeinsamen betroffenen Asset; der Median über alle mit Folgeänderung. Rollbacks noch ohne Folgeänderung werden aufgeführt, aber nicht gezählt.</translation>
    </message>
    <message>
        <source>Emergency-change share</source>
        <translation>Anteil der Notfalländerungen</translation>
    </message>
    <message>
        <source>Emergency changes divided by all changes submitted in the period (by submission time, whatever became of them).</source>
        <translation>Notfalländerungen geteilt durch alle im Zeitraum eingereichten Änderungen (nach Einreichungszeit, gleich was aus ihnen wurde).</translation>
    </message>
    <message>
        <source>Change success score</source>
        <translation>Erfolgswert der Änderungen</translation>
    </message>
    <message>
        <source>100 × successful changes / (completed + rolled-back changes) of the period, where a change closed as successful with issues counts half. 100 is a flawless period.</source>
        <translation>100 × erfolgreiche Änderungen / (abgeschlossene + zurückgerollte Änderungen) des Zeitraums, wobei eine mit Problemen erfolgreich abgeschlossene Änderung halb zählt. 100 ist ein fehlerfreier Zeitraum.</translation>
    </message>
    <message>
        <source>The search horizon must be between 1 and 366 days.</source>
        <translation>Der Suchzeitraum muss zwischen 1 und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>%1 is %2: its planned window can no longer move, so there is no free slot to look for.</source>
        <translation>%1 hat den Status „%2“: Das geplante Zeitfenster kann nicht mehr verschoben werden, daher wird kein freies Zeitfenster gesucht.</translation>
    </message>
    <message>
        <source>%1 has no planned window yet. Give it one first: the next free slot keeps its length.</source>
        <translation>%1 hat noch kein geplantes Zeitfenster. Legen Sie zuerst eines fest: Das nächste freie Zeitfenster behält seine Länge.</translation>
    </message>
    <message>
        <source>There is no window of %1 minutes without conflicts for %2 starting between %3 and %4.</source>
        <translation>Für %2 gibt es kein konfliktfreies Zeitfenster von %1 Minuten mit Beginn zwischen %3 und %4.</translation>
    </message>
    <message>
        <source>Shorten the change, search further ahead, or review the freeze and maintenance windows of its assets.</source>
        <translation>Verkürzen Sie die Änderung, suchen Sie weiter voraus oder prüfen Sie die Änderungssperren und Wartungsfenster ihrer Assets.</translation>
    </message>
    <message>
        <source>No maintenance window of %1 is long enough for it.</source>
        <translation>Kein Wartungsfenster von %1 ist dafür lang genug.</translation>
    </message>
    <message>
        <source>invalid webhook format "%1": use json or slack</source>
        <translation>Webhook-Format „%1“ ist ungültig: json oder slack verwenden</translation>
    </message>
    <message>
        <source>The webhook secret is too short: use at least 16 characters, or leave it out and Vigilo generates one.</source>
        <translation>Das Webhook-Geheimnis ist zu kurz: Verwenden Sie mindestens 16 Zeichen, oder lassen Sie es weg, dann erzeugt Vigilo eines.</translation>
    </message>
    <message>
        <source>You do not follow "%1". See your subscriptions with "subscriptions".</source>
        <translation>Sie folgen „%1“ nicht. Ihre Abonnements zeigt „subscriptions“.</translation>
    </message>
    <message>
        <source>There is no webhook named "%1" in this workspace. List them with "webhook list".</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Webhook namens „%1“. Eine Liste zeigt „webhook list“.</translation>
    </message>
    <message>
        <source>"%1" is not a webhook address: give an http:// or https:// URL, e.g. https://hooks.example.com/vigilo.</source>
        <translation>„%1“ ist keine Webhook-Adresse: Geben Sie eine http://- oder https://-URL an, z. B. https://hooks.example.com/vigilo.</translation>
    </message>
    <message>
        <source>*%1* %2: %3 → %4 by %5</source>
        <translation>*%1* %2: %3 → %4 von %5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>%1 · workspace %2</source>
        <translation>%1 · Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>"%1" is not a webhook name: use up to 60 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Webhook-Name: Verwenden Sie bis zu 60 Buchstaben, Ziffern, '.', '_' oder '-', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>unknown webhook event "%1": use one of %2</source>
        <translation>unbekanntes Webhook-Ereignis „%1“: eines von %2 verwenden</translation>
    </message>
    <message>
        <source>A webhook named "%1" already exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es bereits einen Webhook namens „%1“.</translation>
    </message>
    <message>
        <source>"%1" is %2's subscription webhook: they remove it with "unsubscribe".</source>
        <translation>„%1“ ist der Abonnement-Webhook von %2: Diese Person entfernt ihn mit „unsubscribe“.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Delivery %1 already succeeded; nothing to retry.</source>
        <translation>Zustellung %1 war bereits erfolgreich; es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>There is no webhook delivery %1 in this workspace. See "webhook log".</source>
        <translation>In diesem Arbeitsbereich gibt es keine Webhook-Zustellung %1. Siehe „webhook log“.</translation>
    </message>
    <message>
        <source>Webhook deliveries are already being sent; wait for them.</source>
        <translation>Webhook-Zustellungen werden bereits gesendet; warten Sie, bis sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Vigilo database. Nothing was changed; choose a Vigilo file or a new file name.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Vigilo-Datenbank. Es wurde nichts geändert; wählen Sie eine Vigilo-Datei oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Complete change</source>
        <translation>Änderung abschließen</translation>
    </message>
    <message>
        <source>The %1 holds a broken character (an unpaired UTF-16 surrogate at character %2): enter the text again.</source>
        <translation>Das Feld %1 enthält ein defektes Zeichen (ein ungepaartes UTF-16-Surrogat an Zeichen %2): Geben Sie den Text erneut ein.</translation>
    </message>
    <message>
        <source>The %1 must be a single line: it holds a line break or tab (%2 at character %3). Remove it.</source>
        <translation>Das Feld %1 muss einzeilig sein: Es enthält einen Zeilenumbruch oder Tabulator (%2 an Zeichen %3). Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The %1 holds a control character (%2 at character %3). Remove it: text may hold line breaks and tabs, but no control characters.</source>
        <translation>Das Feld %1 enthält ein Steuerzeichen (%2 an Zeichen %3). Entfernen Sie es: Text darf Zeilenumbrüche und Tabulatoren enthalten, aber keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>The %1 lies in the year %2: Vigilo accepts times from the year %3 to the year %4.</source>
        <translation>Das Feld %1 liegt im Jahr %2: Vigilo akzeptiert Zeitpunkte vom Jahr %3 bis zum Jahr %4.</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>private network</source>
        <translation>privates Netz</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>Link-local</translation>
    </message>
    <message>
        <source>cloud metadata service</source>
        <translation>Cloud-Metadatendienst</translation>
    </message>
    <message>
        <source>carrier-grade NAT</source>
        <translation>Carrier-Grade-NAT</translation>
    </message>
    <message>
        <source>unspecified (this host)</source>
        <translation>nicht angegeben (dieser Host)</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>unique local (private IPv6)</source>
        <translation>Unique Local (privates IPv6)</translation>
    </message>
    <message>
        <source>site-local</source>
        <translation>Site-local</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>a cloud metadata service</source>
        <translation>ein Cloud-Metadatendienst</translation>
    </message>
    <message>
        <source>this machine (localhost)</source>
        <translation>dieser Rechner (localhost)</translation>
    </message>
    <message>
        <source>a local network name (%1)</source>
        <translation>ein lokaler Netzwerkname (%1)</translation>
    </message>
    <message>
        <source>a single-label name that the local network resolves</source>
        <translation>ein einteiliger Name, den das lokale Netz auflöst</translation>
    </message>
    <message>
        <source>"%1" is not a host name or an IP address (e.g. hooks.example.com or 10.0.0.5).</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse (z. B. hooks.example.com oder 10.0.0.5).</translation>
    </message>
    <message>
        <source>%1, in the %2 range %3</source>
        <translation>%1, im Adressbereich „%2“ %3</translation>
    </message>
    <message>
        <source>The %1 %2 points at %3: webhooks may not reach loopback, private, link-local or cloud-metadata addresses. If this receiver is meant, an admin can allow its host with "vigilo-cli webhook allow-host %4".</source>
        <translation>Das Feld %1 (%2) zeigt auf %3: Webhooks dürfen keine Loopback-, privaten, Link-local- oder Cloud-Metadaten-Adressen erreichen. Ist dieser Empfänger gewollt, kann ein Administrator seinen Host mit „vigilo-cli webhook allow-host %4“ erlauben.</translation>
    </message>
    <message>
        <source>%1 did not resolve to any address.</source>
        <translation>%1 wurde zu keiner Adresse aufgelöst.</translation>
    </message>
    <message>
        <source>%1 resolved to %2, which is not an address.</source>
        <translation>%1 wurde zu %2 aufgelöst; das ist keine Adresse.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, in the %3 range %4: the delivery was not sent. Webhooks may not reach loopback, private, link-local or cloud-metadata addresses unless an admin allows the host ("vigilo-cli webhook allow-host %1").</source>
        <translation>%1 wird zu %2 aufgelöst, im Adressbereich „%3“ %4: Die Zustellung wurde nicht gesendet. Webhooks dürfen keine Loopback-, privaten, Link-local- oder Cloud-Metadaten-Adressen erreichen, es sei denn, ein Administrator erlaubt den Host („vigilo-cli webhook allow-host %1“).</translation>
    </message>
    <message>
        <source>Windows-1252 cannot hold “%1” (line %2 of the CSV); export with --encoding utf-8-bom, which Excel also reads, or without the character.</source>
        <translation>Windows-1252 kann „%1“ nicht darstellen (Zeile %2 der CSV-Datei); exportieren Sie mit --encoding utf-8-bom, das Excel ebenfalls liest, oder ohne das Zeichen.</translation>
    </message>
    <message>
        <source>The CSV file has the byte 0x%1, which Windows-1252 does not define: it is not a Windows-1252 file. Try --encoding utf-8.</source>
        <translation>Die CSV-Datei enthält das Byte 0x%1, das Windows-1252 nicht definiert: Das ist keine Windows-1252-Datei. Versuchen Sie --encoding utf-8.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8: line %1, column %2 holds the byte 0x%3. Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again, or import it with --encoding windows-1252 if Excel saved it in that code page.</source>
        <translation>Die CSV-Datei ist nicht UTF-8: Zeile %1, Spalte %2 enthält das Byte 0x%3. Speichern Sie sie als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“) und importieren Sie sie erneut, oder importieren Sie sie mit --encoding windows-1252, falls Excel sie in dieser Codepage gespeichert hat.</translation>
    </message>
    <message>
        <source>%1 is already allowed for webhooks.</source>
        <translation>%1 ist für Webhooks bereits erlaubt.</translation>
    </message>
    <message>
        <source>%1 is not on the list of allowed webhook hosts.</source>
        <translation>%1 steht nicht auf der Liste der erlaubten Webhook-Hosts.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was written there; free some space or choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Dort wurde nichts geschrieben; schaffen Sie Speicherplatz oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is no Vigilo database at %1. Nothing was created: create one with "vigilo-cli init" (or the desktop client's first start), or choose an existing database.</source>
        <translation>Unter %1 gibt es keine Vigilo-Datenbank. Es wurde nichts angelegt: Legen Sie eine mit „vigilo-cli init“ an (oder beim ersten Start des Desktop-Clients), oder wählen Sie eine vorhandene Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a Vigilo database (it has no Vigilo schema). Nothing was changed: create the schema with "vigilo-cli init", or choose a Vigilo database.</source>
        <translation>%1 ist keine Vigilo-Datenbank (sie hat kein Vigilo-Schema). Es wurde nichts geändert: Legen Sie das Schema mit „vigilo-cli init“ an, oder wählen Sie eine Vigilo-Datenbank.</translation>
    </message>
    <message>
        <source>The step "%1" of %2 must be decided by one of: %3.</source>
        <translation>Über die Stufe „%1“ von %2 muss eine dieser Personen entscheiden: %3.</translation>
    </message>
    <message>
        <source>The risk level of %1 is already %2, the suggested level: there is nothing to accept.</source>
        <translation>Die Risikostufe von %1 ist bereits die vorgeschlagene Stufe (%2): Es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Task #%1 waits on %2, not done or skipped yet. Finish them first.</source>
        <translation>Aufgabe Nr. %1 wartet auf Aufgaben, die noch nicht erledigt oder übersprungen sind: %2. Erledigen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>This change depends on %1, which has ended (status: %2) and will never complete: this change cannot start.</source>
        <translation>Diese Änderung hängt von %1 ab; %1 ist beendet (Status: %2) und wird nie abgeschlossen: Diese Änderung kann nicht starten.</translation>
    </message>
    <message>
        <source>implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>affected assets (at least one)</source>
        <translation>betroffene Assets (mindestens eines)</translation>
    </message>
    <message>
        <source>%1 cannot be submitted yet. Missing: %2.</source>
        <translation>%1 kann noch nicht eingereicht werden. Fehlende Angaben: %2.</translation>
    </message>
    <message>
        <source>The risk assessment of %1 is locked (status: %2). It can be answered and its level set while the change is a draft or in review.</source>
        <translation>Die Risikobewertung von %1 ist gesperrt (Status: %2). Sie kann beantwortet und ihre Stufe gesetzt werden, solange die Änderung ein Entwurf oder in Prüfung ist.</translation>
    </message>
    <message numerus="yes">
        <source>The history the pack covers is intact; %n events of %1 were recorded after the export.</source>
        <translation>
            <numerusform>Der vom Paket umfasste Verlauf ist unversehrt; %n Ereignis von %1 wurde nach dem Export aufgezeichnet.</numerusform>
            <numerusform>Der vom Paket umfasste Verlauf ist unversehrt; %n Ereignisse von %1 wurden nach dem Export aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail fails verification: %n problems.</source>
        <translation>
            <numerusform>Der Prüfpfad besteht die Prüfung nicht: %n Problem.</numerusform>
            <numerusform>Der Prüfpfad besteht die Prüfung nicht: %n Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CSV file has %n invalid rows; nothing was imported. First: row %1, %2: %3</source>
        <translation>
            <numerusform>Die CSV-Datei hat %n ungültige Zeile; nichts wurde importiert. Zeile %1, %2: %3</numerusform>
            <numerusform>Die CSV-Datei hat %n ungültige Zeilen; nichts wurde importiert. Erste: Zeile %1, %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody can approve the step "%1": it needs %n approvals from members other than the requester, and the workspace has %2 of them. Who may approve: %3. Invite one, promote an existing member, or use a pre-approved standard change.</source>
        <translation>
            <numerusform>Niemand kann die Stufe „%1“ genehmigen: Sie benötigt %n Genehmigung von einem Mitglied außer dem Antragsteller, und der Arbeitsbereich hat davon %2. Genehmigen dürfen: %3. Laden Sie jemanden ein, befördern Sie ein vorhandenes Mitglied oder verwenden Sie eine vorab genehmigte Standardänderung.</numerusform>
            <numerusform>Niemand kann die Stufe „%1“ genehmigen: Sie benötigt %n Genehmigungen von Mitgliedern außer dem Antragsteller, und der Arbeitsbereich hat davon %2. Genehmigen dürfen: %3. Laden Sie jemanden ein, befördern Sie ein vorhandenes Mitglied oder verwenden Sie eine vorab genehmigte Standardänderung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parameter "%1" must be a string.</source>
        <translation>Der Parameter „%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" is too long (at most %2 characters).</source>
        <translation>Der Parameter „%1“ ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>The parameter "%1" must be a whole number from %2 to %3.</source>
        <translation>Der Parameter „%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" must be true or false.</source>
        <translation>Der Parameter „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" must be a time in ISO 8601 with a zone, e.g. 2026-12-01T08:00:00Z.</source>
        <translation>Der Parameter „%1“ muss eine Zeit in ISO 8601 mit Zone sein, z. B. 2026-12-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>The parameter "%1" must name a change: "CHG-00012" or 12.</source>
        <translation>Der Parameter „%1“ muss eine Änderung bezeichnen: "CHG-00012" oder 12.</translation>
    </message>
    <message>
        <source>The parameter "%1" must be one of %2.</source>
        <translation>Der Parameter „%1“ muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>The parameter "%1" must be a list of strings.</source>
        <translation>Der Parameter „%1“ muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" must be a list of changes.</source>
        <translation>Der Parameter „%1“ muss eine Liste von Änderungen sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" must be a list of changes ("CHG-00012" or 12).</source>
        <translation>Der Parameter „%1“ muss eine Liste von Änderungen sein ("CHG-00012" oder 12).</translation>
    </message>
    <message>
        <source>The parameter "%1" must be a list of objects.</source>
        <translation>Der Parameter „%1“ muss eine Liste von Objekten sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" must be base64 text.</source>
        <translation>Der Parameter „%1“ muss Base64-Text sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" is too large (at most %2 bytes).</source>
        <translation>Der Parameter „%1“ ist zu groß (höchstens %2 Byte).</translation>
    </message>
    <message>
        <source>The method %1 has no parameter "%2".</source>
        <translation>Die Methode %1 hat keinen Parameter „%2“.</translation>
    </message>
    <message>
        <source>Who acts is the signed-in member, never a field of the request.</source>
        <translation>Wer handelt, ist immer das angemeldete Mitglied, nie ein Feld der Anfrage.</translation>
    </message>
    <message>
        <source>The method %1 needs the parameter "%2".</source>
        <translation>Die Methode %1 braucht den Parameter „%2“.</translation>
    </message>
    <message>
        <source>There is no method "%1".</source>
        <translation>Es gibt keine Methode „%1“.</translation>
    </message>
    <message>
        <source>Sign in first: %1 acts for a signed-in user.</source>
        <translation>Melden Sie sich zuerst an: %1 wird im Namen eines angemeldeten Benutzers ausgeführt.</translation>
    </message>
    <message>
        <source>A change needs a title (or a template).</source>
        <translation>Eine Änderung braucht einen Titel (oder eine Vorlage).</translation>
    </message>
    <message>
        <source>This works on a team server only (--db vigilo://HOST:PORT).</source>
        <translation>Dies funktioniert nur mit einem Team-Server (--db vigilo://HOST:PORT).</translation>
    </message>
    <message>
        <source>The parameter "%1" holds "%2"; use %3.</source>
        <translation>Der Parameter „%1“ enthält „%2“; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>Step %1 needs a name.</source>
        <translation>Stufe %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>Step %1 names its members as a list of user names.</source>
        <translation>Stufe %1 nennt ihre Mitglieder als Liste von Benutzernamen.</translation>
    </message>
    <message>
        <source>Step %1 has an unknown role.</source>
        <translation>Stufe %1 hat eine unbekannte Rolle.</translation>
    </message>
    <message>
        <source>Step %1 needs a number of approvals from 1, or "all".</source>
        <translation>Stufe %1 braucht eine Anzahl von Genehmigungen ab 1 oder "all".</translation>
    </message>
    <message>
        <source>"%1" is not a choice of %2: give its number (1 to %3) or its exact label</source>
        <translation>„%1“ ist keine Antwortmöglichkeit von %2: Geben Sie ihre Nummer (1 bis %3) oder ihre genaue Bezeichnung an</translation>
    </message>
    <message>
        <source>Each choice is an object with a label and a score.</source>
        <translation>Jede Antwortmöglichkeit ist ein Objekt mit einer Bezeichnung und einer Punktzahl.</translation>
    </message>
    <message>
        <source>The start "%1" is not a local time like 02:00.</source>
        <translation>Der Beginn „%1“ ist keine lokale Uhrzeit wie 02:00.</translation>
    </message>
    <message>
        <source>On a server you see only the workspaces you are a member of.</source>
        <translation>Auf einem Server sehen Sie nur die Arbeitsbereiche, in denen Sie Mitglied sind.</translation>
    </message>
    <message>
        <source>This server does not build demo workspaces (start it with --allow-demo to let it).</source>
        <translation>Dieser Server legt keine Demo-Arbeitsbereiche an (starten Sie ihn mit --allow-demo, um dies zu erlauben).</translation>
    </message>
    <message>
        <source>The anchor "%1" is not a date like 2026-12-01.</source>
        <translation>Das Bezugsdatum „%1“ ist kein Datum wie 2026-12-01.</translation>
    </message>
    <message>
        <source>The server sent an answer this client cannot read (expected %1). Check that the address is a Vigilo server of the same version.</source>
        <translation>Der Server hat eine Antwort gesendet, die dieser Client nicht lesen kann (erwartet: %1). Prüfen Sie, ob die Adresse zu einem Vigilo-Server derselben Version gehört.</translation>
    </message>
    <message>
        <source>"%1" is not a server address: use vigilo://HOST:PORT (TLS) or vigilo+insecure://127.0.0.1:PORT (this machine only).</source>
        <translation>„%1“ ist keine Serveradresse: Verwenden Sie vigilo://HOST:PORT (TLS) oder vigilo+insecure://127.0.0.1:PORT (nur dieser Rechner).</translation>
    </message>
    <message>
        <source>vigilo+insecure:// works on this machine only (127.0.0.1, ::1 or localhost), and %1 is not: use vigilo://%1:%2, which encrypts the connection.</source>
        <translation>vigilo+insecure:// funktioniert nur auf diesem Rechner (127.0.0.1, ::1 oder localhost), und %1 gehört nicht dazu: Verwenden Sie vigilo://%1:%2; damit wird die Verbindung verschlüsselt.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>Der Server %1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection: %2</source>
        <translation>Der Server %1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it (trusted: %2; now: %3). Someone may be intercepting the connection. If the server's certificate was replaced on purpose, check the new fingerprint with its operator, then run: vigilo-cli --db %4 trust --fingerprint %3</source>
        <translation>Das Zertifikat von %1 hat sich geändert, seit Sie ihm vertraut haben (vertraut: %2; jetzt: %3). Möglicherweise wird die Verbindung abgefangen. Wenn das Zertifikat des Servers absichtlich ersetzt wurde, prüfen Sie den neuen Fingerabdruck mit dem Betreiber des Servers und führen Sie dann aus: vigilo-cli --db %4 trust --fingerprint %3</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this system (%2). Its SHA-256 fingerprint is %3. If the server's operator confirms it, trust it with: vigilo-cli --db %4 trust --fingerprint %3</source>
        <translation>Das Zertifikat von %1 wird von diesem System nicht als vertrauenswürdig anerkannt (%2). Sein SHA-256-Fingerabdruck ist %3. Wenn der Betreiber des Servers ihn bestätigt, vertrauen Sie dem Zertifikat mit: vigilo-cli --db %4 trust --fingerprint %3</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2. Check the address and that vigilo-server is running there.</source>
        <translation>Der Server %1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und ob vigilo-server dort läuft.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>criticality</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>criticality</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>criticality</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>criticality</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>runs on</source>
        <comment>asset relationship</comment>
        <translation>läuft auf</translation>
    </message>
    <message>
        <source>depends on</source>
        <comment>asset relationship</comment>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>part of</source>
        <comment>asset relationship</comment>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row naming the columns (name is required).</source>
        <translation>Die CSV-Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen (name ist Pflicht).</translation>
    </message>
    <message>
        <source>The CSV header has no name column (or asset, ci).</source>
        <translation>Die CSV-Kopfzeile hat keine Spalte name (oder asset, ci).</translation>
    </message>
    <message>
        <source>"%1" is not a criticality (low, medium, high, critical).</source>
        <translation>„%1“ ist keine Kritikalität (low, medium, high, critical).</translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this file.</source>
        <translation>%1 steht bereits in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be related to itself.</source>
        <translation>%1 kann keine Beziehung zu sich selbst haben.</translation>
    </message>
    <message>
        <source>The asset name must not be empty.</source>
        <translation>Der Name des Assets darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The asset name is too long (%1 characters; at most %2).</source>
        <translation>Der Name des Assets ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The asset kind is too long (at most 40 characters).</source>
        <translation>Die Art des Assets ist zu lang (höchstens 40 Zeichen).</translation>
    </message>
    <message>
        <source>The owner is too long (%1 characters; at most %2).</source>
        <translation>Der Eigentümer ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>"%1" is not a time zone this system knows: use an IANA name such as Europe/Berlin, America/New_York or UTC.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt: Verwenden Sie einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC.</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists.</source>
        <translation>Das Asset %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 hängt von %2 ab</translation>
    </message>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 läuft auf %2</translation>
    </message>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 ist Teil von %2</translation>
    </message>
    <message>
        <source>The asset kind must not be empty: use a word such as service, host or database.</source>
        <translation>Die Art des Assets darf nicht leer sein: Verwenden Sie ein Wort wie service, host oder database.</translation>
    </message>
    <message>
        <source>%1 cannot be related to itself: name two different assets.</source>
        <translation>%1 kann keine Beziehung zu sich selbst haben: Nennen Sie zwei verschiedene Assets.</translation>
    </message>
    <message>
        <source>This relationship already exists: %1.</source>
        <translation>Diese Beziehung besteht bereits: %1.</translation>
    </message>
    <message>
        <source>There is no such relationship: %1. See `vigilo-cli asset show %2`.</source>
        <translation>Diese Beziehung gibt es nicht: %1. Siehe `vigilo-cli asset show %2`.</translation>
    </message>
    <message>
        <source>An asset search returns 1 to 1,000 assets (%1 was asked for).</source>
        <translation>Eine Asset-Suche liefert 1 bis 1.000 Assets (angefordert: %1).</translation>
    </message>
    <message>
        <source>A search is at most %1 characters.</source>
        <translation>Ein Suchbegriff hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>, which depends on %1</source>
        <translation>, das von %1 abhängt</translation>
    </message>
    <message>
        <source>%1 is needed by %2</source>
        <translation>%1 wird von %2 benötigt</translation>
    </message>
    <message>
        <source>, which is needed by %1</source>
        <translation>, das von %1 benötigt wird</translation>
    </message>
    <message>
        <source>, which runs on %1</source>
        <translation>, das auf %1 läuft</translation>
    </message>
    <message>
        <source>%1 hosts %2</source>
        <translation>Auf %1 läuft %2</translation>
    </message>
    <message>
        <source>, which hosts %1</source>
        <translation>, auf dem %1 läuft</translation>
    </message>
    <message>
        <source>, which is part of %1</source>
        <translation>, das Teil von %1 ist</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation>%1 umfasst %2</translation>
    </message>
    <message>
        <source>, which includes %1</source>
        <translation>, das %1 umfasst</translation>
    </message>
    <message>
        <source>%1 is %2: its impact can no longer be curated. Exclusions can be changed while a change is a draft, in review, approved or scheduled.</source>
        <translation>%1 hat den Status „%2“: Die Auswirkungen können nicht mehr angepasst werden. Ausschlüsse können geändert werden, solange eine Änderung den Status Entwurf, In Prüfung, Genehmigt oder Eingeplant hat.</translation>
    </message>
    <message>
        <source>more assets may be affected further than %1 steps away</source>
        <translation>möglicherweise sind weitere Assets betroffen, die mehr als %1 Schritte entfernt sind</translation>
    </message>
    <message numerus="yes">
        <source>and at least %n more (the analysis stops %1 steps away)</source>
        <translation>
            <numerusform>und mindestens %n weiteres (die Analyse endet %1 Schritte entfernt)</numerusform>
            <numerusform>und mindestens %n weitere (die Analyse endet %1 Schritte entfernt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The depth of an impact analysis is 1 to 20 steps (%1 was asked for).</source>
        <translation>Die Tiefe einer Auswirkungsanalyse beträgt 1 bis 20 Schritte (angefordert: %1).</translation>
    </message>
    <message>
        <source>An impact analysis lists 1 to 10,000 assets (%1 was asked for).</source>
        <translation>Eine Auswirkungsanalyse listet 1 bis 10.000 Assets auf (angefordert: %1).</translation>
    </message>
    <message>
        <source>The change works on %1.</source>
        <translation>Die Änderung wird an %1 vorgenommen.</translation>
    </message>
    <message>
        <source>Say why %1 is not affected: an exclusion needs a reason, which the change's history keeps.</source>
        <translation>Sagen Sie, warum %1 nicht betroffen ist: Ein Ausschluss braucht eine Begründung, die im Verlauf der Änderung festgehalten wird.</translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation>Die Begründung ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>%1 is one of the assets %2 works on, not an asset it affects through others. To leave it out, edit the change's assets.</source>
        <translation>%1 ist eines der Assets, an denen %2 selbst vorgenommen wird, kein Asset, das über andere betroffen ist. Um es herauszunehmen, bearbeiten Sie die Assets der Änderung.</translation>
    </message>
    <message>
        <source>%1 is already excluded from the impact of %2 ("%3"). Include it again first to give another reason.</source>
        <translation>%1 ist bereits von den Auswirkungen von %2 ausgeschlossen („%3“). Nehmen Sie es zuerst wieder auf, um eine andere Begründung anzugeben.</translation>
    </message>
    <message>
        <source>%1 is not affected by %2 (within %3 steps of its assets), so there is nothing to exclude.</source>
        <translation>%1 ist von %2 nicht betroffen (innerhalb von %3 Schritten ab den Assets der Änderung), es gibt also nichts auszuschließen.</translation>
    </message>
    <message>
        <source>%1 is not excluded from the impact of %2.</source>
        <translation>%1 ist nicht von den Auswirkungen von %2 ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 (%2) works on %3 from %4 to %5, which this change affects: %6</source>
        <translation>%1 (%2) wird von %4 bis %5 an %3 vorgenommen, das von dieser Änderung betroffen ist: %6</translation>
    </message>
    <message>
        <source>%1 (%2) works on %3 from %4 to %5, which this change relies on: %6</source>
        <translation>%1 (%2) wird von %4 bis %5 an %3 vorgenommen, auf das diese Änderung angewiesen ist: %6</translation>
    </message>
    <message>
        <source>The workspace "%1" does not exist or may not be written by this login.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht oder darf mit dieser Anmeldung nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is planned to start at %2; it is %3 now, before its planned window. Start it once its window has begun, or give a justification: starting early is then recorded as an exception.</source>
        <translation>%1 soll planmäßig um %2 beginnen; jetzt ist es %3, also vor dem geplanten Zeitfenster. Starten Sie die Änderung, sobald ihr Zeitfenster begonnen hat, oder geben Sie eine Begründung an: Der vorzeitige Start wird dann als Ausnahme protokolliert.</translation>
    </message>
    <message>
        <source>The planned window of %1 ended at %2; it is %3 now. Plan a new window (the change then needs approval again), or give a justification: starting late is then recorded as an exception.</source>
        <translation>Das geplante Zeitfenster von %1 endete um %2; jetzt ist es %3. Planen Sie ein neues Zeitfenster (die Änderung braucht dann erneut eine Genehmigung) oder geben Sie eine Begründung an: Der verspätete Start wird dann als Ausnahme protokolliert.</translation>
    </message>
    <message>
        <source>Say why %1 is reopened: closing it was recorded for the audit, so reopening it needs a reason too.</source>
        <translation>Sagen Sie, warum %1 wieder geöffnet wird: Der Abschluss wurde für die Prüfung protokolliert, daher braucht auch das Wiederöffnen eine Begründung.</translation>
    </message>
    <message numerus="yes">
        <source>The change affects %n critical assets: %1.</source>
        <translation>
            <numerusform>Die Änderung betrifft %n kritisches Asset: %1.</numerusform>
            <numerusform>Die Änderung betrifft %n kritische Assets: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an X.509 certificate: %1</source>
        <translation>Dies ist kein X.509-Zertifikat: %1</translation>
    </message>
    <message>
        <source>No certificate found: expected a PEM file with a "BEGIN CERTIFICATE" block.</source>
        <translation>Kein Zertifikat gefunden: Erwartet wird eine PEM-Datei mit einem Block „BEGIN CERTIFICATE“.</translation>
    </message>
    <message>
        <source>The signer's certificate cannot be read.</source>
        <translation>Das Zertifikat des Unterzeichners kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate had expired on %1, before the pack was signed on %2.</source>
        <translation>Das Zertifikat war bereits am %1 abgelaufen, bevor das Paket am %2 signiert wurde.</translation>
    </message>
    <message>
        <source>The certificate was not valid yet when the pack was signed on %1 (valid from %2).</source>
        <translation>Das Zertifikat war noch nicht gültig, als das Paket am %1 signiert wurde (gültig ab %2).</translation>
    </message>
    <message>
        <source>No trust list to check the certificate against: pass the workspace's trust bundle with --trust CERTS.pem.</source>
        <translation>Keine Vertrauensliste, anhand derer das Zertifikat geprüft werden könnte: Geben Sie das Vertrauensbündel des Arbeitsbereichs mit --trust CERTS.pem an.</translation>
    </message>
    <message>
        <source>A certificate in the signer's chain had expired when the pack was signed on %1.</source>
        <translation>Ein Zertifikat in der Zertifikatskette des Unterzeichners war abgelaufen, als das Paket am %1 signiert wurde.</translation>
    </message>
    <message>
        <source>A certificate in the signer's chain was not valid yet when the pack was signed on %1.</source>
        <translation>Ein Zertifikat in der Zertifikatskette des Unterzeichners war noch nicht gültig, als das Paket am %1 signiert wurde.</translation>
    </message>
    <message>
        <source>The certificate %1 (%2) is not in the trust list (%3): %4.</source>
        <translation>Das Zertifikat %1 (%2) ist nicht in der Vertrauensliste (%3): %4.</translation>
    </message>
    <message>
        <source>The certificate %1 was revoked on %2, before the pack was signed on %3: %4</source>
        <translation>Das Zertifikat %1 wurde am %2 widerrufen, bevor das Paket am %3 signiert wurde: %4</translation>
    </message>
    <message>
        <source>Trusted by %1; valid on %2 (until %3).</source>
        <translation>Vertrauenswürdig (Quelle: %1); gültig am %2 (bis %3).</translation>
    </message>
    <message>
        <source>It was revoked later, on %1; the pack was signed before.</source>
        <translation>Es wurde erst später, am %1, widerrufen; das Paket wurde davor signiert.</translation>
    </message>
    <message>
        <source>The signature is not a CMS structure.</source>
        <translation>Die Signatur ist keine CMS-Struktur.</translation>
    </message>
    <message>
        <source>The signature must have exactly one signer.</source>
        <translation>Die Signatur muss genau einen Unterzeichner haben.</translation>
    </message>
    <message>
        <source>The signature does not match the signed bytes (%1).</source>
        <translation>Die Signatur passt nicht zu den signierten Bytes (%1).</translation>
    </message>
    <message>
        <source>The signature carries no signer certificate.</source>
        <translation>Die Signatur enthält kein Zertifikat des Unterzeichners.</translation>
    </message>
    <message>
        <source>This is not a signed Vigilo chain anchor.</source>
        <translation>Dies ist kein signierter Vigilo-Kettenanker.</translation>
    </message>
    <message>
        <source>The chain anchor's signature does not match it: %1</source>
        <translation>Die Signatur des Kettenankers passt nicht zu ihm: %1</translation>
    </message>
    <message>
        <source>The chain anchor names no chain head.</source>
        <translation>Der Kettenanker nennt keinen Kettenkopf.</translation>
    </message>
    <message>
        <source>%1 is not a readable evidence pack: %2</source>
        <translation>%1 ist kein lesbares Nachweispaket: %2</translation>
    </message>
    <message>
        <source>The pack %1 is not intact (its signature does not cover it as it is): its chain head cannot serve as an anchor.</source>
        <translation>Das Paket %1 ist nicht unversehrt (seine Signatur deckt es in seinem jetzigen Zustand nicht ab): Sein Kettenkopf kann nicht als Anker dienen.</translation>
    </message>
    <message>
        <source>The history ends at event #%1, but %2 signed its head at event #%3 on %4 (%5): events were removed from its end.</source>
        <translation>Der Verlauf endet bei Ereignis Nr. %1, aber %2 hat am %4 seinen Kopf bei Ereignis Nr. %3 signiert (%5): Am Ende des Verlaufs wurden Ereignisse entfernt.</translation>
    </message>
    <message>
        <source>Event #%1, whose hash %2 signed on %3 (%4), is missing.</source>
        <translation>Ereignis Nr. %1, dessen Hashwert %2 am %3 signiert hat (%4), fehlt.</translation>
    </message>
    <message>
        <source>Event #%1 no longer has the hash %2 signed on %3 (%4): the history up to it was rewritten and its chain recomputed.</source>
        <translation>Ereignis Nr. %1 hat nicht mehr den Hashwert, den %2 am %3 signiert hat (%4): Der Verlauf bis zu diesem Ereignis wurde umgeschrieben und seine Kette neu berechnet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot append to the anchor log %1: %2</source>
        <translation>An das Ankerprotokoll %1 kann nicht angefügt werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>The pages cannot be read.</source>
        <translation>Die Seiten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file's structure is damaged (%1): it is not as Vigilo wrote it.</source>
        <translation>Die Struktur der Datei ist beschädigt (%1): Die Datei ist nicht mehr so, wie Vigilo sie geschrieben hat.</translation>
    </message>
    <message>
        <source>The pack carries no signature.</source>
        <translation>Das Paket enthält keine Signatur.</translation>
    </message>
    <message>
        <source>The pack carries %1 signatures; a Vigilo pack has exactly one.</source>
        <translation>Das Paket enthält %1 Signaturen; ein Vigilo-Paket hat genau eine.</translation>
    </message>
    <message>
        <source>The signature's byte ranges do not skip exactly its own value: the file was edited.</source>
        <translation>Die Byte-Bereiche der Signatur sparen nicht genau ihren eigenen Wert aus: Die Datei wurde bearbeitet.</translation>
    </message>
    <message>
        <source>%1 bytes were appended after the signature (an incremental update): the signature covers only the file as it was before them.</source>
        <translation>Nach der Signatur wurden %1 Byte angefügt (eine inkrementelle Aktualisierung): Die Signatur deckt die Datei nur so ab, wie sie vor dem Anfügen war.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file.</source>
        <translation>Die Signatur deckt nicht die ganze Datei ab.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: %1</source>
        <translation>Die Datei wurde nach dem Signieren geändert: %1</translation>
    </message>
    <message>
        <source>Valid signature (%1) over the whole file: every byte is as signed.</source>
        <translation>Gültige Signatur (%1) über die ganze Datei: Jedes Byte ist so, wie es signiert wurde.</translation>
    </message>
    <message>
        <source>Without the embedded evidence the signer cannot be checked.</source>
        <translation>Ohne die eingebetteten Nachweise kann der Unterzeichner nicht geprüft werden.</translation>
    </message>
    <message>
        <source>There is no evidence to compare the pages with.</source>
        <translation>Es gibt keine Nachweise, mit denen die Seiten verglichen werden könnten.</translation>
    </message>
    <message>
        <source>There is no history to check.</source>
        <translation>Es gibt keinen Verlauf, der geprüft werden könnte.</translation>
    </message>
    <message>
        <source>The signature carries no certificate.</source>
        <translation>Die Signatur enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The cover names the certificate %1, but the pack was signed with %2 (%3).</source>
        <translation>Das Deckblatt nennt das Zertifikat %1, aber das Paket wurde mit %2 signiert (%3).</translation>
    </message>
    <message>
        <source>Signed by %1 (SHA-256 %2) on %3. %4</source>
        <translation>Signiert von %1 (SHA-256 %2) am %3. %4</translation>
    </message>
    <message>
        <source>the metadata names the digest %1</source>
        <translation>die Metadaten nennen den Hashwert %1</translation>
    </message>
    <message>
        <source>page %1 does not print it</source>
        <translation>auf Seite %1 ist er nicht abgedruckt</translation>
    </message>
    <message>
        <source>The embedded evidence (%1, %2 bytes) has the SHA-256 printed on every page: %3.</source>
        <translation>Die eingebetteten Nachweise (%1, %2 Bytes) haben den SHA-256-Hashwert, der auf jeder Seite abgedruckt ist: %3.</translation>
    </message>
    <message>
        <source>The embedded evidence has the SHA-256 %1, but %2.</source>
        <translation>Die eingebetteten Nachweise haben den SHA-256-Hashwert %1, aber %2.</translation>
    </message>
    <message>
        <source>The pages were laid out by %1 (layout %2); this Vigilo (layout %3) cannot re-render them to compare: verify with that version.</source>
        <translation>Die Seiten wurden von %1 gesetzt (Layout %2); dieses Vigilo (Layout %3) kann sie zum Vergleich nicht neu erzeugen: Prüfen Sie das Paket mit jener Version.</translation>
    </message>
    <message>
        <source>The pack has %1 pages, but its evidence prints on %2: pages were added or removed.</source>
        <translation>Das Paket hat %1 Seiten, seine Nachweise werden aber auf %2 gedruckt: Es wurden Seiten hinzugefügt oder entfernt.</translation>
    </message>
    <message>
        <source>Page %1 does not show what the embedded evidence says: the page content was changed.</source>
        <translation>Seite %1 zeigt nicht, was in den eingebetteten Nachweisen steht: Der Seiteninhalt wurde geändert.</translation>
    </message>
    <message>
        <source>All %1 pages show exactly what the embedded evidence says.</source>
        <translation>Alle %1 Seiten zeigen genau das, was in den eingebetteten Nachweisen steht.</translation>
    </message>
    <message>
        <source>Every evidence pack is signed: choose a signing key.</source>
        <translation>Jedes Nachweispaket wird signiert: Wählen Sie einen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>Your signing certificate expired on %1: create or import a new key (vigilo-cli key create).</source>
        <translation>Ihr Signaturzertifikat ist am %1 abgelaufen: Erzeugen oder importieren Sie einen neuen Schlüssel (vigilo-cli key create).</translation>
    </message>
    <message>
        <source>Your signing certificate is valid only from %1.</source>
        <translation>Ihr Signaturzertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>The pack has no evidence to compare with the database.</source>
        <translation>Das Paket enthält keine Nachweise, die mit der Datenbank verglichen werden könnten.</translation>
    </message>
    <message>
        <source>The records in the database match the pack exactly.</source>
        <translation>Die Datensätze in der Datenbank stimmen genau mit dem Paket überein.</translation>
    </message>
    <message>
        <source>event #%1, whose hash the pack signed, is missing</source>
        <translation>Ereignis Nr. %1, dessen Hashwert das Paket signiert hat, fehlt</translation>
    </message>
    <message>
        <source>event #%1 no longer has the hash the pack signed: the history up to it was rewritten</source>
        <translation>Ereignis Nr. %1 hat nicht mehr den Hashwert, den das Paket signiert hat: Der Verlauf bis zu diesem Ereignis wurde neu geschrieben</translation>
    </message>
    <message>
        <source>The audit trail's chain is consistent, but %1.</source>
        <translation>Die Kette des Prüfpfads ist in sich stimmig, aber %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail's hash chain is intact (%n events) and holds the chain head the pack signed.</source>
        <translation>
            <numerusform>Die Hashkette des Prüfpfads ist unversehrt (%n Ereignis) und enthält den Kopf der Kette, den das Paket signiert hat.</numerusform>
            <numerusform>Die Hashkette des Prüfpfads ist unversehrt (%n Ereignisse) und enthält den Kopf der Kette, den das Paket signiert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 does not exist or is not writable.</source>
        <translation>Der Ordner %1 existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1: %2</source>
        <translation>In %1 kann kein Zwischenordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>The batch was not started.</source>
        <translation>Der Sammelexport wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>%1 already exists in %2: choose an empty folder.</source>
        <translation>%1 ist in %2 bereits vorhanden: Wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The embedded evidence is not Vigilo evidence (%1).</source>
        <translation>Die eingebetteten Nachweise sind keine Vigilo-Nachweise (%1).</translation>
    </message>
    <message>
        <source>The embedded evidence is incomplete.</source>
        <translation>Die eingebetteten Nachweise sind unvollständig.</translation>
    </message>
    <message>
        <source>Event #%1 is out of order in the pack's history.</source>
        <translation>Ereignis Nr. %1 steht im Verlauf des Pakets an der falschen Stelle.</translation>
    </message>
    <message>
        <source>Event #%1 (%2) does not match its own hash: it was changed after it was recorded.</source>
        <translation>Ereignis Nr. %1 (%2) passt nicht zu seinem eigenen Hashwert: Es wurde nach der Aufzeichnung verändert.</translation>
    </message>
    <message>
        <source>Event #%1 does not link to event #%2.</source>
        <translation>Ereignis Nr. %1 ist nicht mit Ereignis Nr. %2 verkettet.</translation>
    </message>
    <message>
        <source>The last event does not match the chain head the pack covers.</source>
        <translation>Das letzte Ereignis passt nicht zum Kopf der Kette, den das Paket umfasst.</translation>
    </message>
    <message>
        <source>The pack names no chain head.</source>
        <translation>Das Paket nennt keinen Kopf der Kette.</translation>
    </message>
    <message>
        <source>%1 events, each matching its hash; the chain head at event #%2 is %3.</source>
        <translation>%1 Ereignisse, jedes passend zu seinem Hashwert; der Kopf der Kette bei Ereignis Nr. %2 ist %3.</translation>
    </message>
    <message>
        <source>The PDF cannot be signed: %1</source>
        <translation>Das PDF kann nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>The pack carries no embedded evidence (%1: %2).</source>
        <translation>Das Paket enthält keine eingebetteten Nachweise (%1: %2).</translation>
    </message>
    <message>
        <source>A signing key needs a name for its certificate.</source>
        <translation>Ein Signaturschlüssel braucht einen Namen für sein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate's validity must end after it starts.</source>
        <translation>Die Gültigkeit des Zertifikats muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Cannot create a key: %1</source>
        <translation>Es kann kein Schlüssel erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create a certificate: %1</source>
        <translation>Es kann kein Zertifikat erzeugt werden: %1</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>Dies ist keine PKCS#12-Datei (.p12 oder .pfx).</translation>
    </message>
    <message>
        <source>The PKCS#12 file cannot be opened with this password.</source>
        <translation>Die PKCS#12-Datei lässt sich mit diesem Passwort nicht öffnen.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>Die PKCS#12-Datei enthält zu ihrem Zertifikat keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file's key does not belong to its certificate.</source>
        <translation>Der Schlüssel der PKCS#12-Datei gehört nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Falsche Passphrase für den Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The signing key does not belong to its certificate.</source>
        <translation>Der Signaturschlüssel gehört nicht zu seinem Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot encrypt the key: %1</source>
        <translation>Der Schlüssel kann nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Signieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Die Passphrase muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Der Schlüsselordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 has no signing key on this computer: create one with "vigilo-cli key create" or import your organisation's with "vigilo-cli key import FILE.p12".</source>
        <translation>%1 hat auf diesem Computer keinen Signaturschlüssel: Erzeugen Sie einen mit „vigilo-cli key create“ oder importieren Sie den Ihrer Organisation mit „vigilo-cli key import FILE.p12“.</translation>
    </message>
    <message>
        <source>Cannot read the signing key in %1.</source>
        <translation>Der Signaturschlüssel in %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no signing key on this computer.</source>
        <translation>%1 hat auf diesem Computer keinen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The certificate %1 was revoked in this workspace; a revoked certificate is not trusted again.</source>
        <translation>Das Zertifikat %1 wurde in diesem Arbeitsbereich widerrufen; einem widerrufenen Zertifikat wird nicht erneut vertraut.</translation>
    </message>
    <message>
        <source>The certificate %1 is already trusted in this workspace.</source>
        <translation>Dem Zertifikat %1 wird in diesem Arbeitsbereich bereits vertraut.</translation>
    </message>
    <message>
        <source>"%1" is not a SHA-256 fingerprint: expected 64 hex digits (colons allowed), as `workspace trust list` shows them.</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck: erwartet werden 64 Hexadezimalziffern (Doppelpunkte erlaubt), wie `workspace trust list` sie anzeigt.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked (--reason): the reason is kept in the audit trail and the trust bundle.</source>
        <translation>Geben Sie an, warum das Zertifikat widerrufen wird (--reason): Die Begründung wird im Prüfpfad und im Vertrauensbündel festgehalten.</translation>
    </message>
    <message>
        <source>No trusted certificate %1 in this workspace (see `vigilo-cli workspace trust list`).</source>
        <translation>In diesem Arbeitsbereich gibt es kein vertrauenswürdiges Zertifikat %1 (siehe `vigilo-cli workspace trust list`).</translation>
    </message>
    <message>
        <source>The certificate %1 was already revoked on %2.</source>
        <translation>Das Zertifikat %1 wurde bereits am %2 widerrufen.</translation>
    </message>
    <message>
        <source>A revocation cannot start in the future (--since).</source>
        <translation>Ein Widerruf kann nicht in der Zukunft beginnen (--since).</translation>
    </message>
    <message>
        <source>the trust list of workspace "%1"</source>
        <translation>die Vertrauensliste des Arbeitsbereichs „%1“</translation>
    </message>
    <message>
        <source>Workspace "%1" trusts no certificate yet: an admin adds the signer's with `vigilo-cli workspace trust add CERT.pem`.</source>
        <translation>Der Arbeitsbereich „%1“ vertraut noch keinem Zertifikat: Ein Administrator fügt das des Unterzeichners mit `vigilo-cli workspace trust add CERT.pem` hinzu.</translation>
    </message>
    <message>
        <source>%1 has a damaged Vigilo trust list: export it again with `vigilo-cli workspace trust-bundle`.</source>
        <translation>%1 enthält eine beschädigte Vigilo-Vertrauensliste: Exportieren Sie sie erneut mit `vigilo-cli workspace trust-bundle`.</translation>
    </message>
    <message>
        <source>Say what to change: distinct_people or a bulk_* setting.</source>
        <translation>Geben Sie an, was geändert werden soll: distinct_people oder eine bulk_*-Einstellung.</translation>
    </message>
    <message>
        <source>The quorum "%1" is neither a number of voting members (e.g. 3) nor a share of them (e.g. 50%).</source>
        <translation>Das Quorum „%1“ ist weder eine Anzahl stimmberechtigter Mitglieder (z. B. 3) noch ein Anteil davon (z. B. 50%).</translation>
    </message>
    <message>
        <source>A slot needs its weekday as well as its time.</source>
        <translation>Ein Termin braucht neben der Uhrzeit auch den Wochentag.</translation>
    </message>
    <message>
        <source>Unknown change type "%1": use normal or emergency.</source>
        <translation>Unbekannter Änderungstyp „%1“: Verwenden Sie normal oder emergency.</translation>
    </message>
    <message>
        <source>Each entry of "%1" is {"number": CHG, "%2": N}.</source>
        <translation>Jeder Eintrag von „%1“ hat die Form {"number": CHG, "%2": N}.</translation>
    </message>
    <message>
        <source>Each vote is {"member": USER, "vote": "approve"|"reject"|"abstain"}.</source>
        <translation>Jede Stimme hat die Form {"member": USER, "vote": "approve"|"reject"|"abstain"}.</translation>
    </message>
    <message>
        <source>Meeting %1 has no minutes yet: they are written when the chair closes it (meeting close).</source>
        <translation>Sitzung %1 hat noch kein Protokoll: Es entsteht, wenn der Vorsitz sie schließt (meeting close).</translation>
    </message>
    <message>
        <source>Give both planned_from and planned_to, the end after the start.</source>
        <translation>Geben Sie planned_from und planned_to an, das Ende nach dem Beginn.</translation>
    </message>
    <message>
        <source>A part of this transaction failed, so none of it was saved.</source>
        <translation>Ein Teil dieser Transaktion ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>%1 has already decided on the step "%2" of %3; another approver has to decide.</source>
        <translation>%1 hat bereits über die Stufe „%2“ von %3 entschieden; ein anderer Genehmiger muss entscheiden.</translation>
    </message>
    <message>
        <source>%1 has already decided another approval step of %2: one person decides at most one step of a change. Another member has to decide the step "%3" (an admin can relax this rule in the workspace's approval settings).</source>
        <translation>%1 hat bereits über eine andere Genehmigungsstufe von %2 entschieden: Eine Person entscheidet höchstens eine Stufe einer Änderung. Ein anderes Mitglied muss über die Stufe „%3“ entscheiden (ein Admin kann diese Regel in den Genehmigungseinstellungen des Arbeitsbereichs lockern).</translation>
    </message>
    <message>
        <source>The step "%1" of %2 is decided by the CAB "%3" in one of its meetings, not by one approver.</source>
        <translation>Über die Stufe „%1“ von %2 entscheidet das CAB „%3“ in einer seiner Sitzungen, nicht ein einzelner Genehmiger.</translation>
    </message>
    <message>
        <source>%1 has no approval step for the CAB "%2" waiting for a decision.</source>
        <translation>%1 hat keine Genehmigungsstufe des CAB „%2“, die auf eine Entscheidung wartet.</translation>
    </message>
    <message>
        <source>Step "%1": a CAB (cab:NAME) decides a step alone; do not list members beside it.</source>
        <translation>Stufe „%1“: Ein CAB (cab:NAME) entscheidet eine Stufe allein; nennen Sie keine Mitglieder daneben.</translation>
    </message>
    <message>
        <source>There is no CAB "%1" in this workspace (step "%2"). Add it with cab add first.</source>
        <translation>In diesem Arbeitsbereich gibt es kein CAB „%1“ (Stufe „%2“). Legen Sie es zuerst mit cab add an.</translation>
    </message>
    <message>
        <source>its risk has not been assessed</source>
        <translation>ihr Risiko wurde nicht bewertet</translation>
    </message>
    <message>
        <source>its risk is %1; bulk approval takes up to %2</source>
        <translation>ihre Risikostufe ist %1; die Sammelgenehmigung nimmt höchstens Risikostufe %2</translation>
    </message>
    <message>
        <source>it is an emergency change</source>
        <translation>sie ist eine Notfalländerung</translation>
    </message>
    <message numerus="yes">
        <source>it has %n conflicts</source>
        <translation>
            <numerusform>sie hat %n Konflikt</numerusform>
            <numerusform>sie hat %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the changes to approve (at least one).</source>
        <translation>Nennen Sie die zu genehmigenden Änderungen (mindestens eine).</translation>
    </message>
    <message numerus="yes">
        <source>Bulk approval takes at most %n changes at once; split the list.</source>
        <translation>
            <numerusform>Die Sammelgenehmigung nimmt höchstens %n Änderung auf einmal; teilen Sie die Liste.</numerusform>
            <numerusform>Die Sammelgenehmigung nimmt höchstens %n Änderungen auf einmal; teilen Sie die Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk approval is turned off in this workspace. Approve the changes one by one, or ask an admin to turn it on.</source>
        <translation>Die Sammelgenehmigung ist in diesem Arbeitsbereich ausgeschaltet. Genehmigen Sie die Änderungen einzeln oder bitten Sie einen Admin, sie einzuschalten.</translation>
    </message>
    <message>
        <source>%1 was not approved: %2. Approve it on its own after a review.</source>
        <translation>%1 wurde nicht genehmigt: %2. Genehmigen Sie sie nach einer Prüfung einzeln.</translation>
    </message>
    <message>
        <source>Give the CAB a name.</source>
        <translation>Geben Sie dem CAB einen Namen.</translation>
    </message>
    <message>
        <source>Name the CAB's chair (--chair USER): only the chair drives its meetings.</source>
        <translation>Nennen Sie den Vorsitz des CAB (--chair USER): Nur der Vorsitz leitet seine Sitzungen.</translation>
    </message>
    <message>
        <source>A CAB needs at least one voting member (--voting USER).</source>
        <translation>Ein CAB braucht mindestens ein stimmberechtigtes Mitglied (--voting USER).</translation>
    </message>
    <message>
        <source>Give the quorum as a number of voting members (e.g. 3) or as a share of them (e.g. 50%).</source>
        <translation>Geben Sie das Quorum als Anzahl stimmberechtigter Mitglieder (z. B. 3) oder als Anteil davon (z. B. 50%) an.</translation>
    </message>
    <message>
        <source>The quorum (%1) is larger than the number of voting members (%2).</source>
        <translation>Das Quorum (%1) ist größer als die Zahl der stimmberechtigten Mitglieder (%2).</translation>
    </message>
    <message>
        <source>A quorum share is at most 100%.</source>
        <translation>Ein Quorum-Anteil beträgt höchstens 100%.</translation>
    </message>
    <message>
        <source>%1 is both a voting member and an adviser; choose one.</source>
        <translation>%1 ist zugleich stimmberechtigtes Mitglied und Berater; wählen Sie eines davon.</translation>
    </message>
    <message>
        <source>The slot's weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation>Der Wochentag des Termins ist 1 (Montag) bis 7 (Sonntag).</translation>
    </message>
    <message>
        <source>The slot's time is HH:MM, e.g. 10:00.</source>
        <translation>Die Uhrzeit des Termins hat die Form HH:MM, z. B. 10:00.</translation>
    </message>
    <message>
        <source>Unknown time zone "%1": use an IANA name such as Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“: Verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The slot lasts 5 to 1440 minutes.</source>
        <translation>Der Termin dauert 5 bis 1440 Minuten.</translation>
    </message>
    <message>
        <source>The agenda takes normal and/or emergency changes (standard changes are pre-approved).</source>
        <translation>Die Tagesordnung nimmt normale und/oder Notfalländerungen auf (Standardänderungen sind vorab genehmigt).</translation>
    </message>
    <message>
        <source>The agenda looks 0 to 366 days ahead.</source>
        <translation>Die Tagesordnung blickt 0 bis 366 Tage voraus.</translation>
    </message>
    <message>
        <source>An item's time box is 1 to 240 minutes.</source>
        <translation>Die Zeitvorgabe eines Tagesordnungspunkts beträgt 1 bis 240 Minuten.</translation>
    </message>
    <message>
        <source>A CAB named "%1" already exists.</source>
        <translation>Ein CAB namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 cannot chair a CAB: the chair records its decisions and must be an active approver, admin or owner.</source>
        <translation>%1 kann kein CAB leiten: Der Vorsitz hält dessen Entscheidungen fest und muss ein aktiver Genehmiger, Admin oder Eigentümer sein.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot vote on approvals; voting members are approvers, admins or owners.</source>
        <translation>%1 hat die Rolle %2 und kann nicht über Genehmigungen abstimmen; stimmberechtigte Mitglieder sind Genehmiger, Admins oder Eigentümer.</translation>
    </message>
    <message>
        <source>There is no CAB "%1" in this workspace. See cab list.</source>
        <translation>In diesem Arbeitsbereich gibt es kein CAB „%1“. Siehe cab list.</translation>
    </message>
    <message>
        <source>There is no such CAB in this workspace.</source>
        <translation>Dieses CAB gibt es in diesem Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <source>Only an admin or owner can name a substitute for another member (%1). Name substitutes for your own duties: leave out the member.</source>
        <translation>Nur ein Admin oder Eigentümer kann eine Vertretung für ein anderes Mitglied (%1) benennen. Benennen Sie Vertretungen für Ihre eigenen Aufgaben: Lassen Sie das Mitglied weg.</translation>
    </message>
    <message>
        <source>A delegation needs a start and an end (ISO 8601, e.g. 2026-12-24T00:00:00Z).</source>
        <translation>Eine Vertretung braucht einen Beginn und ein Ende (ISO 8601, z. B. 2026-12-24T00:00:00Z).</translation>
    </message>
    <message>
        <source>The delegation must end after it starts. Give an end later than the start.</source>
        <translation>Die Vertretung muss nach ihrem Beginn enden. Geben Sie ein Ende nach dem Beginn an.</translation>
    </message>
    <message>
        <source>The delegation would end in the past. Give an end in the future.</source>
        <translation>Die Vertretung würde in der Vergangenheit enden. Geben Sie ein Ende in der Zukunft an.</translation>
    </message>
    <message numerus="yes">
        <source>A delegation lasts at most %n days. Give an earlier end, or set another one later.</source>
        <translation>
            <numerusform>Eine Vertretung dauert höchstens %n Tag. Geben Sie ein früheres Ende an oder legen Sie später eine weitere fest.</numerusform>
            <numerusform>Eine Vertretung dauert höchstens %n Tage. Geben Sie ein früheres Ende an oder legen Sie später eine weitere fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the substitute (a member's user name).</source>
        <translation>Nennen Sie die Vertretung (den Benutzernamen eines Mitglieds).</translation>
    </message>
    <message>
        <source>%1 cannot be their own substitute. Name another member.</source>
        <translation>%1 kann nicht die eigene Vertretung sein. Nennen Sie ein anderes Mitglied.</translation>
    </message>
    <message>
        <source>%1 cannot stand in for approvals: a substitute must be an active member with the approver role or above.</source>
        <translation>%1 kann bei Genehmigungen nicht vertreten: Eine Vertretung muss ein aktives Mitglied mit der Rolle Genehmiger oder höher sein.</translation>
    </message>
    <message>
        <source>%1 has no approvals to hand over (approver role or above needed).</source>
        <translation>%1 hat keine Genehmigungen abzugeben (Rolle Genehmiger oder höher nötig).</translation>
    </message>
    <message>
        <source>%1 has no delegation that has not ended; nothing to clear.</source>
        <translation>%1 hat keine Vertretung, die noch nicht beendet ist; es gibt nichts zu beenden.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Mit Auflagen genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deferred to the next meeting</source>
        <translation>Auf die nächste Sitzung vertagt</translation>
    </message>
    <message>
        <source>Needs information from the requester</source>
        <translation>Rückfrage an den Antragsteller</translation>
    </message>
    <message>
        <source>Not decided (next meeting)</source>
        <translation>Nicht entschieden (nächste Sitzung)</translation>
    </message>
    <message>
        <source>There is no meeting %1 in this workspace. See meeting list.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Sitzung %1. Siehe meeting list.</translation>
    </message>
    <message>
        <source>Only the chair of the CAB "%1" (%2) drives its meetings.</source>
        <translation>Nur der Vorsitz des CAB „%1“ (%2) leitet seine Sitzungen.</translation>
    </message>
    <message>
        <source>Only the chair of the CAB "%1" (%2) or an admin creates its meetings.</source>
        <translation>Nur der Vorsitz des CAB „%1“ (%2) oder ein Admin legt seine Sitzungen an.</translation>
    </message>
    <message>
        <source>The CAB "%1" has no recurring slot: give the meeting's start (--start) or hold it ad hoc (--ad-hoc).</source>
        <translation>Das CAB „%1“ hat keinen wiederkehrenden Termin: Geben Sie den Beginn der Sitzung an (--start) oder halten Sie sie ad hoc ab (--ad-hoc).</translation>
    </message>
    <message>
        <source>The agenda of meeting %1 was frozen when it started. A change that became eligible since is a late addition: admit it (meeting admit) or leave it for the next meeting.</source>
        <translation>Die Tagesordnung von Sitzung %1 wurde mit ihrem Beginn festgeschrieben. Eine Änderung, die seitdem infrage kommt, ist ein Nachtrag: Lassen Sie sie zu (meeting admit) oder belassen Sie sie für die nächste Sitzung.</translation>
    </message>
    <message>
        <source>%1 is not on the agenda of meeting %2.</source>
        <translation>%1 steht nicht auf der Tagesordnung von Sitzung %2.</translation>
    </message>
    <message>
        <source>%1 cannot go on the agenda of the CAB "%2": only changes in review whose pending approval step is this CAB's are decided in its meetings.</source>
        <translation>%1 kann nicht auf die Tagesordnung des CAB „%2“: In seinen Sitzungen werden nur Änderungen mit dem Status „In Prüfung“ entschieden, deren offene Genehmigungsstufe diesem CAB gehört.</translation>
    </message>
    <message>
        <source>Position %1 is outside the agenda (1 to %2).</source>
        <translation>Position %1 liegt außerhalb der Tagesordnung (1 bis %2).</translation>
    </message>
    <message>
        <source>Meeting %1 has already started.</source>
        <translation>Sitzung %1 hat bereits begonnen.</translation>
    </message>
    <message>
        <source>Meeting %1 is closed; its attendance is in the minutes.</source>
        <translation>Sitzung %1 ist geschlossen; ihre Anwesenheit steht im Protokoll.</translation>
    </message>
    <message>
        <source>%1 is not a member of the CAB "%2"; attendance is recorded for its voting members and advisers.</source>
        <translation>%1 gehört nicht zum CAB „%2“; die Anwesenheit wird für seine stimmberechtigten Mitglieder und Berater erfasst.</translation>
    </message>
    <message>
        <source>Attendance is present, absent or represented (by a delegate).</source>
        <translation>Die Anwesenheit ist present, absent oder represented (durch eine Vertretung).</translation>
    </message>
    <message>
        <source>Name the delegate who represents %1 (another member of the workspace).</source>
        <translation>Nennen Sie die Vertretung für %1 (ein anderes Mitglied des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot represent anyone.</source>
        <translation>%1 ist deaktiviert und kann niemanden vertreten.</translation>
    </message>
    <message>
        <source>A delegate goes with "represented" only.</source>
        <translation>Eine Vertretung gibt es nur mit „represented“.</translation>
    </message>
    <message>
        <source>Meeting %1 is %2: decisions are taken while it is in progress (meeting start).</source>
        <translation>Sitzung %1 hat den Status „%2“: Entscheidungen fallen, während sie läuft (meeting start).</translation>
    </message>
    <message>
        <source>%1 is a late addition to meeting %2: the chair admits it first (meeting admit).</source>
        <translation>%1 ist ein Nachtrag zu Sitzung %2: Der Vorsitz lässt ihn zuerst zu (meeting admit).</translation>
    </message>
    <message>
        <source>Meeting %1 has decided on %2 already (%3); a CAB decision is final.</source>
        <translation>Sitzung %1 hat über %2 bereits entschieden (%3); eine Entscheidung des CAB ist endgültig.</translation>
    </message>
    <message>
        <source>You requested %1, so you cannot record the CAB's decision on it. Another chair has to.</source>
        <translation>Sie haben %1 beantragt und können die Entscheidung des CAB darüber daher nicht festhalten. Ein anderer Vorsitz muss das tun.</translation>
    </message>
    <message>
        <source>The CAB "%1" needs %2 voting members present or represented to decide on %3; %4 are. Record who is present (meeting attend) first.</source>
        <translation>Das CAB „%1“ braucht %2 anwesende oder vertretene stimmberechtigte Mitglieder, um über %3 zu entscheiden; es sind %4. Erfassen Sie zuerst, wer anwesend ist (meeting attend).</translation>
    </message>
    <message>
        <source>%1 requested %2 and does not vote on it.</source>
        <translation>%1 hat %2 beantragt und stimmt darüber nicht ab.</translation>
    </message>
    <message>
        <source>%1 is not a voting member present (or represented) at meeting %2 and cannot vote.</source>
        <translation>%1 ist kein anwesendes (oder vertretenes) stimmberechtigtes Mitglied von Sitzung %2 und kann nicht abstimmen.</translation>
    </message>
    <message>
        <source>A vote is approve, reject or abstain ("%1" for %2).</source>
        <translation>Eine Stimme ist approve, reject oder abstain („%1“ für %2).</translation>
    </message>
    <message>
        <source>%1 votes once.</source>
        <translation>%1 stimmt einmal ab.</translation>
    </message>
    <message>
        <source>Write the conditions of the approval (--conditions).</source>
        <translation>Schreiben Sie die Auflagen der Genehmigung auf (--conditions).</translation>
    </message>
    <message>
        <source>Say why the CAB rejects %1 (--reason).</source>
        <translation>Geben Sie an, warum das CAB %1 ablehnt (--reason).</translation>
    </message>
    <message>
        <source>Say why %1 is deferred (--note).</source>
        <translation>Geben Sie an, warum %1 vertagt wird (--note).</translation>
    </message>
    <message>
        <source>Ask the requester what the CAB needs to know (--question).</source>
        <translation>Fragen Sie den Antragsteller, was das CAB wissen muss (--question).</translation>
    </message>
    <message>
        <source>%1 is no longer in review.</source>
        <translation>%1 hat nicht mehr den Status „In Prüfung“.</translation>
    </message>
    <message>
        <source>Question of the CAB "%1" (meeting %2) to %3: %4</source>
        <translation>Rückfrage des CAB „%1“ (Sitzung %2) an %3: %4</translation>
    </message>
    <message>
        <source>Late additions are admitted while meeting %1 is in progress; before it starts, edit the agenda (meeting agenda --add).</source>
        <translation>Nachträge werden zugelassen, während Sitzung %1 läuft; vor ihrem Beginn bearbeiten Sie die Tagesordnung (meeting agenda --add).</translation>
    </message>
    <message>
        <source>%1 is not a late addition to meeting %2: it is on the agenda already, or the CAB "%3" does not decide it.</source>
        <translation>%1 ist kein Nachtrag zu Sitzung %2: Sie steht bereits auf der Tagesordnung, oder das CAB „%3“ entscheidet nicht über sie.</translation>
    </message>
    <message>
        <source>Meeting %1 is %2: only a meeting in progress is closed.</source>
        <translation>Sitzung %1 hat den Status „%2“: Geschlossen wird nur eine laufende Sitzung.</translation>
    </message>
    <message>
        <source>Minutes of the CAB "%1", meeting %2</source>
        <translation>Protokoll des CAB „%1“, Sitzung %2</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Vorsitz: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Geschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Quorum: %n voting members</source>
        <translation>
            <numerusform>Quorum: %n stimmberechtigtes Mitglied</numerusform>
            <numerusform>Quorum: %n stimmberechtigte Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>represented by %1</source>
        <translation>vertreten durch %1</translation>
    </message>
    <message>
        <source>voting member</source>
        <translation>stimmberechtigtes Mitglied</translation>
    </message>
    <message>
        <source>adviser</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Time spent: %1 of %n minutes</source>
        <translation>
            <numerusform>Benötigte Zeit: %1 von %n Minute</numerusform>
            <numerusform>Benötigte Zeit: %1 von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Late additions</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>admitted by the chair: %1</source>
        <translation>vom Vorsitz zugelassen: %1</translation>
    </message>
    <message>
        <source>left for the next meeting</source>
        <translation>für die nächste Sitzung belassen</translation>
    </message>
    <message>
        <source>You have no saved filter "%1". See `vigilo-cli filter list`.</source>
        <translation>Sie haben keinen gespeicherten Filter „%1“. Siehe `vigilo-cli filter list`.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Geben Sie dem Filter einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n saved filters, the most one member keeps. Delete one first.</source>
        <translation>
            <numerusform>Sie haben %n gespeicherten Filter, so viele, wie ein Mitglied behalten kann. Löschen Sie zuerst einen.</numerusform>
            <numerusform>Sie haben %n gespeicherte Filter, so viele, wie ein Mitglied behalten kann. Löschen Sie zuerst einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The embedded minutes are not Vigilo minutes.</source>
        <translation>Das eingebettete Protokoll ist kein Vigilo-Protokoll.</translation>
    </message>
    <message>
        <source>Say where to write the minutes (a .pdf file).</source>
        <translation>Geben Sie an, wohin das Protokoll geschrieben werden soll (eine .pdf-Datei).</translation>
    </message>
    <message>
        <source>Copying workspaces into PostgreSQL needs the schema's owner (the login that ran "vigilo-cli init"): %1</source>
        <translation>Das Kopieren von Arbeitsbereichen nach PostgreSQL erfordert den Eigentümer des Schemas (die Anmeldung, die "vigilo-cli init" ausgeführt hat): %1</translation>
    </message>
    <message>
        <source>The server's change list holds a value this client cannot read in row %1, column "%2". Check that the address is a Vigilo server of the same version.</source>
        <translation>Die Änderungsliste des Servers enthält in Zeile %1, Spalte „%2“ einen Wert, den dieser Client nicht lesen kann. Prüfen Sie, ob die Adresse zu einem Vigilo-Server derselben Version gehört.</translation>
    </message>
    <message>
        <source>The server's change list lacks the column "%1". Check that the address is a Vigilo server of the same version.</source>
        <translation>Der Änderungsliste des Servers fehlt die Spalte „%1“. Prüfen Sie, ob die Adresse zu einem Vigilo-Server derselben Version gehört.</translation>
    </message>
    <message>
        <source>The minutes belong to workspace "%1", not "%2": verify them with -w %1.</source>
        <translation>Das Protokoll gehört zum Arbeitsbereich „%1“, nicht zu „%2“: Prüfen Sie es mit -w %1.</translation>
    </message>
    <message>
        <source>The workspace has no meeting %1: the minutes do not belong to it.</source>
        <translation>Der Arbeitsbereich hat keine Sitzung %1: Das Protokoll gehört nicht zu ihm.</translation>
    </message>
    <message>
        <source>Meeting %1 has no minutes in the database (it is not closed).</source>
        <translation>Sitzung %1 hat in der Datenbank kein Protokoll (sie ist nicht geschlossen).</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 in the database differ from the document: the document or the stored minutes were changed.</source>
        <translation>Das Protokoll der Sitzung %1 in der Datenbank weicht vom Dokument ab: Das Dokument oder das gespeicherte Protokoll wurde verändert.</translation>
    </message>
    <message>
        <source>The minutes in the database match the document exactly.</source>
        <translation>Das Protokoll in der Datenbank stimmt genau mit dem Dokument überein.</translation>
    </message>
    <message>
        <source>The decision on the step "%1" is due from %2, who is away: %3 decides it on their behalf.</source>
        <translation>Die Entscheidung über die Stufe „%1“ steht bei %2 an, der oder die abwesend ist: %3 entscheidet sie in Vertretung.</translation>
    </message>
    <message>
        <source>Nothing to change: give kind, owner, criticality or time_zone.</source>
        <translation>Nichts zu ändern: Geben Sie kind, owner, criticality oder time_zone an.</translation>
    </message>
    <message>
        <source>The server's list of followed changes holds “%1”, which is not a change number. Check that the address is a Vigilo server of the same version.</source>
        <translation>Die Liste der gefolgten Änderungen vom Server enthält „%1“, was keine Änderungsnummer ist. Prüfen Sie, ob die Adresse ein Vigilo-Server derselben Version ist.</translation>
    </message>
    <message>
        <source>Your membership of this workspace is deactivated.</source>
        <translation>Ihre Mitgliedschaft in diesem Arbeitsbereich ist deaktiviert.</translation>
    </message>
    <message>
        <source>Adding assets needs the engineer role or higher; your role is %1.</source>
        <translation>Assets hinzufügen erfordert die Rolle Techniker oder höher; Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>Editing assets, their relationships and maintenance windows needs the admin role or higher; your role is %1.</source>
        <translation>Assets, ihre Beziehungen und Wartungsfenster bearbeiten erfordert die Rolle Administrator oder höher; Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>The language of evidence packs must not be empty: use a name like en_US or de_DE.</source>
        <translation>Die Sprache der Nachweispakete darf nicht leer sein: Verwenden Sie einen Namen wie en_US oder de_DE.</translation>
    </message>
    <message>
        <source>Only an owner can reactivate an owner.</source>
        <translation>Nur ein Inhaber kann einen Inhaber wieder aktivieren.</translation>
    </message>
    <message>
        <source>Only an owner can deactivate an owner.</source>
        <translation>Nur ein Inhaber kann einen Inhaber deaktivieren.</translation>
    </message>
    <message>
        <source>Ask for at most %1 changes at once.</source>
        <translation>Fragen Sie höchstens %1 Änderungen auf einmal ab.</translation>
    </message>
    <message>
        <source>Importing assets and their relationships from CSV needs the admin role or higher; your role is %1.</source>
        <translation>Assets und ihre Beziehungen aus CSV importieren erfordert die Rolle Administrator oder höher; Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>There is no maintenance window %1 in this workspace (see `vigilo-cli maintenance list`).</source>
        <translation>Es gibt kein Wartungsfenster %1 in diesem Arbeitsbereich (siehe `vigilo-cli maintenance list`).</translation>
    </message>
    <message>
        <source>Signing members out needs the admin role or higher; your role is %1.</source>
        <translation>Mitglieder abmelden erfordert die Rolle Administrator oder höher; Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>Only an owner can sign an owner out everywhere.</source>
        <translation>Nur ein Inhaber kann einen Inhaber überall abmelden.</translation>
    </message>
    <message>
        <source>There are no sessions to end: members sign in only to a team server (--db vigilo://HOST:PORT).</source>
        <translation>Es gibt keine Sitzungen zu beenden: Mitglieder melden sich nur an einem Team-Server an (--db vigilo://HOST:PORT).</translation>
    </message>
    <message>
        <source>There is no freeze window %1 in this workspace (see `vigilo-cli freeze list`).</source>
        <translation>Es gibt keine Änderungssperre %1 in diesem Arbeitsbereich (siehe `vigilo-cli freeze list`).</translation>
    </message>
    <message>
        <source>Name a change ("number"), or give the form's "%1".</source>
        <translation>Nennen Sie eine Änderung („number“) oder geben Sie „%1“ des Formulars an.</translation>
    </message>
    <message>
        <source>The planned end (planned_end) must be after the planned start.</source>
        <translation>Das geplante Ende (planned_end) muss nach dem geplanten Beginn liegen.</translation>
    </message>
    <message>
        <source>A calendar range needs a start (from).</source>
        <translation>Ein Kalenderzeitraum braucht einen Beginn (from).</translation>
    </message>
    <message>
        <source>The end of a calendar range (to) must be after its start (from).</source>
        <translation>Das Ende eines Kalenderzeitraums (to) muss nach seinem Beginn (from) liegen.</translation>
    </message>
    <message>
        <source>The end of a calendar range (to) is at most %1 days after its start.</source>
        <translation>Das Ende eines Kalenderzeitraums (to) liegt höchstens %1 Tage nach seinem Beginn.</translation>
    </message>
    <message>
        <source>Give both ends of the form's planned window (planned_start and planned_end): "%1" is missing.</source>
        <translation>Geben Sie beide Enden des geplanten Zeitfensters im Formular an (planned_start und planned_end): „%1“ fehlt.</translation>
    </message>
    <message>
        <source>A planned window needs both a start (planned_start) and an end (planned_end).</source>
        <translation>Ein geplantes Zeitfenster braucht einen Beginn (planned_start) und ein Ende (planned_end).</translation>
    </message>
    <message>
        <source>Give the change a planned window first: the next free slot keeps its length.</source>
        <translation>Legen Sie zuerst ein geplantes Zeitfenster fest: Das nächste freie Zeitfenster behält seine Länge.</translation>
    </message>
    <message>
        <source>There is no window of %1 minutes without conflicts starting between %2 and %3.</source>
        <translation>Es gibt kein konfliktfreies Zeitfenster von %1 Minuten mit Beginn zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>The form's affected_assets name "%1", which is not an asset of this workspace: add it first, or check the spelling.</source>
        <translation>Die betroffenen Assets (affected_assets) des Formulars nennen „%1“, das kein Asset dieses Arbeitsbereichs ist: Legen Sie es zuerst an oder prüfen Sie die Schreibweise.</translation>
    </message>
</context>
<context>
    <name>vigilo</name>
    <message>
        <source>Vigilo</source>
        <translation>Vigilo</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The demo workspace cannot be created</source>
        <translation>Der Demo-Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>vigilo: this database is already open in Vigilo; its window was brought to the front</source>
        <translation>vigilo: diese Datenbank ist bereits in Vigilo geöffnet; ihr Fenster wurde in den Vordergrund geholt</translation>
    </message>
</context>
<context>
    <name>vigilo-cli</name>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown option %1 for "%2"</source>
        <translation>unbekannte Option %1 für „%2“</translation>
    </message>
    <message>
        <source>unknown option %1 (command options go after the command)</source>
        <translation>unbekannte Option %1 (Befehlsoptionen stehen nach dem Befehl)</translation>
    </message>
    <message>
        <source>option --%1 needs a value (%2)</source>
        <translation>Option --%1 braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>option --%1 given more than once</source>
        <translation>Option --%1 mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>"%1" needs a command: %2</source>
        <translation>„%1“ braucht einen Befehl: %2</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (quote text that contains spaces)</source>
        <translation>unerwartetes Argument „%1“ (setzen Sie Text mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>erforderliche Option --%1 fehlt</translation>
    </message>
    <message>
        <source>Usage: vigilo-cli [global options] COMMAND [arguments]

Vigilo change management from the command line.

Global options:
</source>
        <translation>Aufruf: vigilo-cli [globale Optionen] BEFEHL [Argumente]

Vigilo-Änderungsmanagement auf der Kommandozeile.

Globale Optionen:
</translation>
    </message>
    <message>
        <source>Show this help, or a command's help</source>
        <translation>Diese Hilfe oder die Hilfe zu einem Befehl anzeigen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>Changes are named CHG-00012 or 12. Times are ISO 8601 with a zone, e.g.
2026-12-01T08:00:00Z or 2026-12-01T09:00:00+01:00; output times are UTC.

With --json, stdout carries one JSON object: a single record under its
singular name ({"change": {...}}), a list under the plural name
({"changes": [...]}), a failure as {"error": {"code", "message", "details"}}.
"change show" adds "approval_steps", "tasks" and "available_actions" beside
"change"; field names are the seed's (status, change_type, planned_start...).

Exit status: 0 done, 1 refused by a rule, 2 bad usage or invalid input,
3 storage or connection failure.

Run "vigilo-cli COMMAND --help" for a command's options.
</source>
        <translation>Änderungen heißen CHG-00012 oder 12. Zeiten sind ISO 8601 mit Zone, z. B.
2026-12-01T08:00:00Z oder 2026-12-01T09:00:00+01:00; ausgegebene Zeiten sind UTC.

Mit --json gibt stdout ein JSON-Objekt aus: einen einzelnen Datensatz unter
seinem Namen im Singular ({"change": {...}}), eine Liste unter dem Namen im Plural
({"changes": [...]}), einen Fehler als {"error": {"code", "message", "details"}}.
„change show“ ergänzt "approval_steps", "tasks" und "available_actions" neben
"change"; die Feldnamen sind die des Seeds (status, change_type, planned_start...).

Exit-Status: 0 erledigt, 1 von einer Regel abgelehnt, 2 falscher Aufruf oder
ungültige Eingabe, 3 Speicher- oder Verbindungsfehler.

„vigilo-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Usage: vigilo-cli %1</source>
        <translation>Aufruf: vigilo-cli %1</translation>
    </message>
    <message>
        <source>(repeatable)</source>
        <translation>(wiederholbar)</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>Global options (--db, -w, --as, --json) are accepted too; see "vigilo-cli --help".</source>
        <translation>Globale Optionen (--db, -w, --as, --json) sind ebenfalls erlaubt; siehe „vigilo-cli --help“.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source> (default normal)</source>
        <translation> (Standard: normal)</translation>
    </message>
    <message>
        <source>An affected asset</source>
        <translation>Ein betroffenes Asset</translation>
    </message>
    <message>
        <source>An affected asset (replaces the list; "" clears it)</source>
        <translation>Ein betroffenes Asset (ersetzt die Liste; "" leert sie)</translation>
    </message>
    <message>
        <source>Planned start (ISO 8601)</source>
        <translation>Geplanter Beginn (ISO 8601)</translation>
    </message>
    <message>
        <source>Planned start (ISO 8601; "" clears)</source>
        <translation>Geplanter Beginn (ISO 8601; "" löscht ihn)</translation>
    </message>
    <message>
        <source>Planned end, exclusive</source>
        <translation>Geplantes Ende (nicht eingeschlossen)</translation>
    </message>
    <message>
        <source>Planned end, exclusive ("" clears)</source>
        <translation>Geplantes Ende (nicht eingeschlossen; "" löscht es)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Numbered steps; a step ending in (optional) is not required</source>
        <translation>Nummerierte Schritte; ein Schritt, der auf (optional) endet, ist nicht Pflicht</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>A change this one waits on</source>
        <translation>Eine Änderung, auf die diese wartet</translation>
    </message>
    <message>
        <source>A change this one waits on (replaces the list; "" clears it)</source>
        <translation>Eine Änderung, auf die diese wartet (ersetzt die Liste; "" leert sie)</translation>
    </message>
    <message>
        <source>Who implements it</source>
        <translation>Wer sie umsetzt</translation>
    </message>
    <message>
        <source>Who implements it ("" unassigns)</source>
        <translation>Wer sie umsetzt ("" hebt die Zuweisung auf)</translation>
    </message>
    <message>
        <source>Minimum hours between submit and planned start</source>
        <translation>Mindestanzahl Stunden zwischen Einreichen und geplantem Beginn</translation>
    </message>
    <message>
        <source>Make a pre-approved standard change from this template</source>
        <translation>Aus dieser Vorlage eine vorab genehmigte Standardänderung machen</translation>
    </message>
    <message>
        <source>Refuse with stale_write if the change's version moved</source>
        <translation>Mit stale_write ablehnen, wenn sich die Version der Änderung geändert hat</translation>
    </message>
    <message>
        <source>--title must not be empty</source>
        <translation>--title darf nicht leer sein</translation>
    </message>
    <message>
        <source>--end must be after --start (windows are [start, end))</source>
        <translation>--end muss nach --start liegen (Zeitfenster sind [Beginn, Ende))</translation>
    </message>
    <message>
        <source>a change needs a title: pass --title T (or --template NAME)</source>
        <translation>eine Änderung braucht einen Titel: Übergeben Sie --title T (oder --template NAME)</translation>
    </message>
    <message>
        <source>Updated %1 (version %2, status %3).</source>
        <translation>%1 aktualisiert (Version %2, Status %3).</translation>
    </message>
    <message>
        <source>Create a draft change and print its number.</source>
        <translation>Eine Änderung als Entwurf anlegen und ihre Nummer ausgeben.</translation>
    </message>
    <message>
        <source>Edit a change; editing what was approved sends it back for approval.</source>
        <translation>Eine Änderung bearbeiten; wer Genehmigtes ändert, schickt sie erneut zur Genehmigung.</translation>
    </message>
    <message>
        <source>--override-freeze needs a justification</source>
        <translation>--override-freeze braucht eine Begründung</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <source>Further approvals are needed (see "change steps %1").</source>
        <translation>Weitere Genehmigungen sind nötig (siehe „change steps %1“).</translation>
    </message>
    <message>
        <source>A note kept with the audit event</source>
        <translation>Eine Notiz, die mit dem Audit-Ereignis gespeichert wird</translation>
    </message>
    <message>
        <source>Override an overridable freeze window (admin or owner)</source>
        <translation>Eine übersteuerbare Änderungssperre übersteuern (Administrator oder Inhaber)</translation>
    </message>
    <message>
        <source>Submit a draft for review (standard changes are approved at once).</source>
        <translation>Einen Entwurf zur Prüfung einreichen (Standardänderungen werden sofort genehmigt).</translation>
    </message>
    <message>
        <source>Approve the change's current approval step.</source>
        <translation>Die aktuelle Genehmigungsstufe der Änderung genehmigen.</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Warum sie abgelehnt wird</translation>
    </message>
    <message>
        <source>Reject a change in review.</source>
        <translation>Eine Änderung in Prüfung ablehnen.</translation>
    </message>
    <message>
        <source>Schedule an approved change.</source>
        <translation>Eine genehmigte Änderung einplanen.</translation>
    </message>
    <message>
        <source>Start a scheduled change (its dependencies must be done).</source>
        <translation>Eine eingeplante Änderung starten (ihre Abhängigkeiten müssen erledigt sein).</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Close a change in progress.</source>
        <translation>Eine Änderung in Umsetzung abschließen.</translation>
    </message>
    <message>
        <source>What broke</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Record that a change in progress was reversed.</source>
        <translation>Festhalten, dass eine Änderung in Umsetzung zurückgerollt wurde.</translation>
    </message>
    <message>
        <source>Reopen a completed change.</source>
        <translation>Eine abgeschlossene Änderung wieder öffnen.</translation>
    </message>
    <message>
        <source>Why it is not done</source>
        <translation>Warum sie nicht durchgeführt wird</translation>
    </message>
    <message>
        <source>Cancel a change that has not started.</source>
        <translation>Eine Änderung stornieren, die noch nicht begonnen hat.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RISIKO</translation>
    </message>
    <message>
        <source>PLANNED START</source>
        <translation>GEPLANTER BEGINN</translation>
    </message>
    <message>
        <source>ASSIGNEE</source>
        <translation>BEARBEITER</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>  (no approval steps)
</source>
        <translation>  (keine Genehmigungsstufen)
</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>  (no tasks; run "task generate CHG")
</source>
        <translation>  (keine Aufgaben; „task generate CHG“ ausführen)
</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>PFLICHT</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Closure code</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <source>Closure notes</source>
        <translation>Abschlussnotizen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Rollback reason</source>
        <translation>Rollback-Grund</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>Stornierungsgrund</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>Approval steps:</source>
        <translation>Genehmigungsstufen:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Kein Verlauf.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message>
        <source>(overridable)</source>
        <translation>(übersteuerbar)</translation>
    </message>
    <message>
        <source>No similar changes.</source>
        <translation>Keine ähnlichen Änderungen.</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>CLOSURE</source>
        <translation>ABSCHLUSS</translation>
    </message>
    <message>
        <source>SHARED ASSETS</source>
        <translation>GEMEINSAME ASSETS</translation>
    </message>
    <message>
        <source>Show a change with its approval steps and tasks.</source>
        <translation>Eine Änderung mit ihren Genehmigungsstufen und Aufgaben anzeigen.</translation>
    </message>
    <message>
        <source>Assigned to this user</source>
        <translation>Diesem Benutzer zugewiesen</translation>
    </message>
    <message>
        <source>At most N changes</source>
        <translation>Höchstens N Änderungen</translation>
    </message>
    <message>
        <source>List changes.</source>
        <translation>Änderungen auflisten.</translation>
    </message>
    <message>
        <source>The change's audit history, oldest first.</source>
        <translation>Der Prüfpfad der Änderung, älteste Einträge zuerst.</translation>
    </message>
    <message>
        <source>Overlapping changes on shared assets, freeze windows and dependency problems.</source>
        <translation>Überschneidende Änderungen an gemeinsamen Assets, Änderungssperren und Probleme mit Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Changes with shared assets or similar titles.</source>
        <translation>Änderungen mit gemeinsamen Assets oder ähnlichen Titeln.</translation>
    </message>
    <message>
        <source>At most N (default 10)</source>
        <translation>Höchstens N (Standard: 10)</translation>
    </message>
    <message>
        <source>The change's approval steps and decisions.</source>
        <translation>Die Genehmigungsstufen und Entscheidungen der Änderung.</translation>
    </message>
    <message>
        <source>no acting user: pass --as USER or set VIGILO_USER</source>
        <translation>kein handelnder Benutzer: Übergeben Sie --as BENUTZER oder setzen Sie VIGILO_USER</translation>
    </message>
    <message>
        <source>(your workspaces: %1)</source>
        <translation>(Ihre Arbeitsbereiche: %1)</translation>
    </message>
    <message>
        <source>no workspace selected: pass -w SLUG or set VIGILO_WORKSPACE</source>
        <translation>kein Arbeitsbereich gewählt: Übergeben Sie -w KÜRZEL oder setzen Sie VIGILO_WORKSPACE</translation>
    </message>
    <message>
        <source>invalid time for --%1: "%2"; expected ISO 8601 with a zone, e.g. 2026-12-01T08:00:00Z or 2026-12-01T09:00:00+01:00</source>
        <translation>Wert „%2“ für --%1 ist keine gültige Zeit: erwartet wird ISO 8601 mit Zone, z. B. 2026-12-01T08:00:00Z oder 2026-12-01T09:00:00+01:00</translation>
    </message>
    <message>
        <source>invalid change "%1": expected a number like CHG-00012 or 12</source>
        <translation>ungültige Änderung „%1“: erwartet wird eine Nummer wie CHG-00012 oder 12</translation>
    </message>
    <message>
        <source>invalid %1 "%2": expected a whole number from %3 to %4</source>
        <translation>ungültige Angabe für %1: „%2“; erwartet wird eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>invalid %1 "%2": use one of %3</source>
        <translation>ungültige Angabe für %1: „%2“; verwenden Sie eines von %3</translation>
    </message>
    <message>
        <source>The workspace (default $VIGILO_WORKSPACE)</source>
        <translation>Der Arbeitsbereich (Standard: $VIGILO_WORKSPACE)</translation>
    </message>
    <message>
        <source>Acting user (default $VIGILO_USER, else the login name)</source>
        <translation>Handelnder Benutzer (Standard: $VIGILO_USER, sonst der Anmeldename)</translation>
    </message>
    <message>
        <source>One JSON document on stdout</source>
        <translation>Ein JSON-Dokument auf stdout</translation>
    </message>
    <message>
        <source>The change: CHG-00012 or 12</source>
        <translation>Die Änderung: CHG-00012 oder 12</translation>
    </message>
    <message>
        <source>Database ready: %1 (%2, schema version %3)</source>
        <translation>Datenbank bereit: %1 (%2, Schemaversion %3)</translation>
    </message>
    <message>
        <source>invalid --seed "%1": expected a whole number from 0 to 4294967295</source>
        <translation>Wert „%1“ für --seed ist ungültig: erwartet wird eine ganze Zahl von 0 bis 4294967295</translation>
    </message>
    <message>
        <source>invalid --anchor "%1": expected a date like 2026-12-01</source>
        <translation>Wert „%1“ für --anchor ist ungültig: erwartet wird ein Datum wie 2026-12-01</translation>
    </message>
    <message>
        <source>Create or migrate the database file and say where it is.</source>
        <translation>Die Datenbankdatei anlegen oder migrieren und sagen, wo sie liegt.</translation>
    </message>
    <message>
        <source>At most N events (default 200)</source>
        <translation>Höchstens N Ereignisse (Standard: 200)</translation>
    </message>
    <message>
        <source>The workspace's latest audit events.</source>
        <translation>Die neuesten Audit-Ereignisse des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>How many changes (default 60)</source>
        <translation>Wie viele Änderungen (Standard: 60)</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same demo (default 42)</source>
        <translation>Startwert; derselbe Startwert ergibt dieselbe Demo (Standard: 42)</translation>
    </message>
    <message>
        <source>"Today" for the demo (default: the current UTC date)</source>
        <translation>„Heute“ für die Demo (Standard: das aktuelle Datum in UTC)</translation>
    </message>
    <message>
        <source>Build a realistic demo workspace "demo"; you become one of its owners.</source>
        <translation>Einen realistischen Demo-Arbeitsbereich „demo“ anlegen; Sie werden einer seiner Inhaber.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>error [%1]: %2</source>
        <translation>Fehler [%1]: %2</translation>
    </message>
    <message>
        <source>Run "vigilo-cli --help" for all commands.</source>
        <translation>„vigilo-cli --help“ zeigt alle Befehle.</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist or is not writable</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>no file at %1</source>
        <translation>keine Datei unter %1</translation>
    </message>
    <message>
        <source>the evidence pack %1 of %2 does not match: it was altered or the history it covers was changed</source>
        <translation>das Nachweispaket %1 von %2 stimmt nicht überein: Es wurde verändert, oder der Verlauf, den es umfasst, wurde geändert</translation>
    </message>
    <message>
        <source>Evidence pack of %1 verified: it matches the history up to event #%2.
</source>
        <translation>Nachweispaket von %1 geprüft: Es stimmt mit dem Verlauf bis Ereignis Nr. %2 überein.
</translation>
    </message>
    <message>
        <source>Where to write the PDF</source>
        <translation>Wohin das PDF geschrieben wird</translation>
    </message>
    <message>
        <source>Language of the pack (default: the workspace's)</source>
        <translation>Sprache des Pakets (Standard: die des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>An evidence pack exported by Vigilo</source>
        <translation>Ein von Vigilo exportiertes Nachweispaket</translation>
    </message>
    <message>
        <source>%1 task %2 is now %3: %4</source>
        <translation>%1, Aufgabe %2 hat jetzt den Status „%3“: %4</translation>
    </message>
    <message>
        <source>the comment text must not be empty</source>
        <translation>der Kommentartext darf nicht leer sein</translation>
    </message>
    <message>
        <source>Comment added to %1.</source>
        <translation>Kommentar zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>keine solche Datei: %1</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; attachments may be at most %3 bytes</source>
        <translation>%1 ist %2 Byte groß; Anhänge dürfen höchstens %3 Byte groß sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Attached %1 to %2 (%3 bytes, sha256 %4).</source>
        <translation>%1 an %2 angehängt (%3 Byte, SHA-256 %4).</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Keine Anhänge.</translation>
    </message>
    <message>
        <source>The task's sequence number</source>
        <translation>Die laufende Nummer der Aufgabe</translation>
    </message>
    <message>
        <source>Make one task per step of the implementation plan.</source>
        <translation>Eine Aufgabe je Schritt des Umsetzungsplans anlegen.</translation>
    </message>
    <message>
        <source>List the change's tasks.</source>
        <translation>Die Aufgaben der Änderung auflisten.</translation>
    </message>
    <message>
        <source>Start a task (the change must be in progress).</source>
        <translation>Eine Aufgabe beginnen (die Änderung muss in Umsetzung sein).</translation>
    </message>
    <message>
        <source>Mark a task done.</source>
        <translation>Eine Aufgabe als erledigt markieren.</translation>
    </message>
    <message>
        <source>Skip a task that is not required.</source>
        <translation>Eine Aufgabe überspringen, die nicht Pflicht ist.</translation>
    </message>
    <message>
        <source>The comment (quote it)</source>
        <translation>Der Kommentar (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>Comment on a change.</source>
        <translation>Eine Änderung kommentieren.</translation>
    </message>
    <message>
        <source>List a change's comments.</source>
        <translation>Die Kommentare einer Änderung auflisten.</translation>
    </message>
    <message>
        <source>The file to store with the change</source>
        <translation>Die Datei, die bei der Änderung gespeichert wird</translation>
    </message>
    <message>
        <source>Override the detected type</source>
        <translation>Den erkannten Typ überschreiben</translation>
    </message>
    <message>
        <source>Attach a file (kept in the database with its size and SHA-256).</source>
        <translation>Eine Datei anhängen (in der Datenbank gespeichert, mit Größe und SHA-256).</translation>
    </message>
    <message>
        <source>List a change's attachments.</source>
        <translation>Die Anhänge einer Änderung auflisten.</translation>
    </message>
    <message>
        <source>Created workspace %1 (%2); %3 is its owner.</source>
        <translation>Arbeitsbereich %1 (%2) angelegt; %3 ist sein Inhaber.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>GEBIETSSCHEMA</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No workspaces.</source>
        <translation>Keine Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>Added freeze window "%1" [%2, %3).</source>
        <translation>Änderungssperre „%1“ [%2, %3) hinzugefügt.</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>ÜBERSTEUERN</translation>
    </message>
    <message>
        <source>ASSETS</source>
        <translation>ASSETS</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>No freeze windows.</source>
        <translation>Keine Änderungssperren.</translation>
    </message>
    <message>
        <source>The member's user name</source>
        <translation>Der Benutzername des Mitglieds</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and '-'</source>
        <translation>Kleinbuchstaben, Ziffern und '-'</translation>
    </message>
    <message>
        <source>The workspace's name</source>
        <translation>Der Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>e.g. de_DE (default en_US)</source>
        <translation>z. B. de_DE (Standard: en_US)</translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation>Ihr Anzeigename</translation>
    </message>
    <message>
        <source>Create a workspace; the acting user becomes its owner.</source>
        <translation>Einen Arbeitsbereich anlegen; der handelnde Benutzer wird sein Inhaber.</translation>
    </message>
    <message>
        <source>Every workspace in the database, not only yours</source>
        <translation>Alle Arbeitsbereiche der Datenbank, nicht nur Ihre</translation>
    </message>
    <message>
        <source>List the workspaces you are a member of.</source>
        <translation>Die Arbeitsbereiche auflisten, in denen Sie Mitglied sind.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Add a member to the workspace.</source>
        <translation>Dem Arbeitsbereich ein Mitglied hinzufügen.</translation>
    </message>
    <message>
        <source>Change a member's role.</source>
        <translation>Die Rolle eines Mitglieds ändern.</translation>
    </message>
    <message>
        <source>Deactivate a member (history keeps their name).</source>
        <translation>Ein Mitglied deaktivieren (der Verlauf behält seinen Namen).</translation>
    </message>
    <message>
        <source>List the members.</source>
        <translation>Die Mitglieder auflisten.</translation>
    </message>
    <message>
        <source>The window's name</source>
        <translation>Der Name des Zeitfensters</translation>
    </message>
    <message>
        <source>Start (ISO 8601)</source>
        <translation>Beginn (ISO 8601)</translation>
    </message>
    <message>
        <source>End, exclusive (ISO 8601)</source>
        <translation>Ende, nicht eingeschlossen (ISO 8601)</translation>
    </message>
    <message>
        <source>Admins may override it with a justification</source>
        <translation>Administratoren dürfen sie mit Begründung übersteuern</translation>
    </message>
    <message>
        <source>Limit to this asset (default: workspace-wide)</source>
        <translation>Auf dieses Asset beschränken (Standard: ganzer Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Why the freeze exists</source>
        <translation>Warum die Änderungssperre besteht</translation>
    </message>
    <message>
        <source>Add a freeze window.</source>
        <translation>Eine Änderungssperre hinzufügen.</translation>
    </message>
    <message>
        <source>List the freeze windows.</source>
        <translation>Die Änderungssperren auflisten.</translation>
    </message>
    <message>
        <source>the evidence-pack helper %1 is missing; reinstall Vigilo</source>
        <translation>das Hilfsprogramm für Nachweispakete %1 fehlt; installieren Sie Vigilo neu</translation>
    </message>
    <message>
        <source>cannot run %1</source>
        <translation>%1 kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>%1 due: %2 delivered, %3 to retry later, %4 failed (see "webhook log --failed").</source>
        <translation>%1 fällig: %2 zugestellt, %3 später erneut zu versuchen, %4 fehlgeschlagen (siehe „webhook log --failed“).</translation>
    </message>
    <message>
        <source>the webhook helper %1 is missing; reinstall Vigilo</source>
        <translation>das Hilfsprogramm für Webhooks %1 fehlt; installieren Sie Vigilo neu</translation>
    </message>
    <message>
        <source>At most N deliveries (default 100)</source>
        <translation>Höchstens N Zustellungen (Standard: 100)</translation>
    </message>
    <message>
        <source>Give up on a receiver after SECS seconds (default 30)</source>
        <translation>Einen Empfänger nach SECS Sekunden aufgeben (Standard: 30)</translation>
    </message>
    <message>
        <source>Send the workspace's due webhook deliveries now (failed ones are retried later with backoff).</source>
        <translation>Die fälligen Webhook-Zustellungen des Arbeitsbereichs jetzt senden (fehlgeschlagene werden später in wachsenden Abständen erneut versucht).</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (overrunning)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Overrunning</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>yes: still in progress after its planned end %1</source>
        <translation>ja: nach dem geplanten Ende (%1) noch in Umsetzung</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the value of %1 (argument %2)</source>
        <translation>der Wert von %1 (Argument %2)</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: byte %2 at byte offset %3 ("%4"). Vigilo reads arguments as UTF-8: convert the text, e.g. with iconv -f latin1 -t utf-8.</source>
        <translation>%1 ist kein gültiges UTF-8: Byte %2 an Byte-Position %3 („%4“). Vigilo liest Argumente als UTF-8: Konvertieren Sie den Text, z. B. mit iconv -f latin1 -t utf-8.</translation>
    </message>
    <message numerus="yes">
        <source>round %1, step %2: %3 [%4] — %5, %n approvals needed</source>
        <translation>
            <numerusform>Runde %1, Stufe %2: %3 [%4] — %5, %n Genehmigung nötig</numerusform>
            <numerusform>Runde %1, Stufe %2: %3 [%4] — %5, %n Genehmigungen nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit trail of %1 fails verification: %n problems in %2 events</source>
        <translation>
            <numerusform>der Prüfpfad von %1 besteht die Prüfung nicht: %n Problem in %2 Ereignissen</numerusform>
            <numerusform>der Prüfpfad von %1 besteht die Prüfung nicht: %n Probleme in %2 Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n tasks for %1:
</source>
        <translation>
            <numerusform>%n Aufgabe für %1 erzeugt:
</numerusform>
            <numerusform>%n Aufgaben für %1 erzeugt:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %1 verified: %n events, hash chain intact.</source>
        <translation>
            <numerusform>Prüfpfad von %1 geprüft: %n Ereignis, Hashkette unversehrt.</numerusform>
            <numerusform>Prüfpfad von %1 geprüft: %n Ereignisse, Hashkette unversehrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>--justification needs a text</source>
        <translation>--justification braucht einen Text</translation>
    </message>
    <message>
        <source>Why it starts before or after its planned window (recorded as an exception)</source>
        <translation>Warum sie vor oder nach ihrem geplanten Zeitfenster beginnt (wird als Ausnahme protokolliert)</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Warum sie wieder geöffnet wird</translation>
    </message>
    <message>
        <source>change (indirect)</source>
        <translation>Änderung (indirekt)</translation>
    </message>
    <message>
        <source>--as works on a database file only: on a server you act as the account you signed in with (vigilo-cli login USER)</source>
        <translation>--as gilt nur für eine Datenbankdatei: Auf einem Server handeln Sie als das Konto, mit dem Sie sich angemeldet haben (vigilo-cli login BENUTZER)</translation>
    </message>
    <message>
        <source>this program cannot reach a server; run vigilo-cli (it hands servers to vigilo-cli-net)</source>
        <translation>Dieses Programm kann keinen Server erreichen; führen Sie vigilo-cli aus (es übergibt Server an vigilo-cli-net)</translation>
    </message>
    <message>
        <source>this command works on a database, not on a server: pass --db FILE or --db postgresql://...</source>
        <translation>Dieser Befehl arbeitet mit einer Datenbank, nicht mit einem Server: Geben Sie --db DATEI oder --db postgresql://... an</translation>
    </message>
    <message>
        <source>SQLite file, postgresql:// URL, or a team server vigilo://HOST:PORT (default $VIGILO_DB, else the per-user file)</source>
        <translation>SQLite-Datei, postgresql://-URL oder ein Teamserver vigilo://HOST:PORT (Standard: $VIGILO_DB, sonst die benutzereigene Datei)</translation>
    </message>
    <message>
        <source>the network helper %1 is missing; reinstall Vigilo</source>
        <translation>Das Netzwerkhilfsprogramm %1 fehlt; installieren Sie Vigilo neu</translation>
    </message>
    <message>
        <source>One-time enrollment code for %1 (valid until %2): %3
They choose their password with: vigilo-cli --db %4 login %1 --enrollment-code %3</source>
        <translation>Einmaliger Registrierungscode für %1 (gültig bis %2): %3
Die Person wählt ihr Passwort mit: vigilo-cli --db %4 login %1 --enrollment-code %3</translation>
    </message>
    <message>
        <source>--passphrase-stdin: line %1 of standard input is empty (%2)</source>
        <translation>--passphrase-stdin: Zeile %1 der Standardeingabe ist leer (%2)</translation>
    </message>
    <message>
        <source>%1 needed: pass it on standard input with --passphrase-stdin or set %2</source>
        <translation>%1 erforderlich: Übergeben Sie den Wert über die Standardeingabe mit --passphrase-stdin oder setzen Sie %2</translation>
    </message>
    <message>
        <source>Passphrase of %1's signing key: </source>
        <translation>Passphrase des Signaturschlüssels von %1: </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message numerus="yes">
        <source>Evidence pack of %1 written to %2
  %n pages, locale %3, history up to event #%4
  evidence digest (SHA-256): %5
  signed by %6 (SHA-256 %7)</source>
        <translation>
            <numerusform>Nachweispaket von %1 nach %2 geschrieben
  %n Seite, Gebietsschema %3, Verlauf bis Ereignis Nr. %4
  Hashwert der Nachweise (SHA-256): %5
  signiert von %6 (SHA-256 %7)</numerusform>
            <numerusform>Nachweispaket von %1 nach %2 geschrieben
  %n Seiten, Gebietsschema %3, Verlauf bis Ereignis Nr. %4
  Hashwert der Nachweise (SHA-256): %5
  signiert von %6 (SHA-256 %7)</numerusform>
        </translation>
    </message>
    <message>
        <source>--trust belongs to --offline: with the database the workspace's own trust list is used</source>
        <translation>--trust gehört zu --offline: Mit der Datenbank wird die eigene Vertrauensliste des Arbeitsbereichs verwendet</translation>
    </message>
    <message>
        <source>cannot read the trust bundle %1: %2</source>
        <translation>das Vertrauensbündel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the trust bundle %1</source>
        <translation>das Vertrauensbündel %1</translation>
    </message>
    <message>
        <source>the evidence pack %1 of %2 is intact, but its signer is not trusted: %3</source>
        <translation>das Nachweispaket %1 von %2 ist unversehrt, aber sein Unterzeichner ist nicht vertrauenswürdig: %3</translation>
    </message>
    <message>
        <source>the evidence pack %1 of %2 does not verify: it was altered, or the history it covers was changed</source>
        <translation>das Nachweispaket %1 von %2 besteht die Prüfung nicht: Es wurde verändert, oder der Verlauf, den es umfasst, wurde geändert</translation>
    </message>
    <message>
        <source>Evidence pack of %1 verified offline: signed, trusted, and its pages show its evidence up to event #%2.
</source>
        <translation>Nachweispaket von %1 offline geprüft: signiert, vertrauenswürdig, und seine Seiten zeigen seine Nachweise bis Ereignis Nr. %2.
</translation>
    </message>
    <message>
        <source>%1 already has a signing key (%2): pass --replace to make a new one; packs signed with the old one stay verifiable with its certificate</source>
        <translation>%1 hat bereits einen Signaturschlüssel (%2): Geben Sie --replace an, um einen neuen zu erzeugen; mit dem alten signierte Pakete bleiben mit dessen Zertifikat prüfbar</translation>
    </message>
    <message>
        <source>New passphrase for %1's signing key: </source>
        <translation>Neue Passphrase für den Signaturschlüssel von %1: </translation>
    </message>
    <message>
        <source>Created a signing key for %1 (ECDSA P-256, self-signed, valid %2 days).
</source>
        <translation>Signaturschlüssel für %1 erzeugt (ECDSA P-256, selbstsigniert, %2 Tage gültig).
</translation>
    </message>
    <message>
        <source>Key: %1 (encrypted, readable by you only)
Certificate: %2
Ask a workspace admin to trust it: vigilo-cli workspace trust add %2
</source>
        <translation>Schlüssel: %1 (verschlüsselt, nur für Sie lesbar)
Zertifikat: %2
Bitten Sie einen Administrator des Arbeitsbereichs, ihm zu vertrauen: `vigilo-cli workspace trust add %2`
</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Passwort von %1: </translation>
    </message>
    <message>
        <source>Imported the signing key of %1 from %2.
</source>
        <translation>Signaturschlüssel von %1 aus %2 importiert.
</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Workspace %1 now trusts this certificate for evidence packs:
</source>
        <translation>Der Arbeitsbereich %1 vertraut diesem Zertifikat jetzt für Nachweispakete:
</translation>
    </message>
    <message>
        <source>Revoked %1 as of %2: packs signed with it from then on fail verification.
</source>
        <translation>%1 mit Wirkung ab %2 widerrufen: Pakete, die ab diesem Zeitpunkt damit signiert werden, bestehen die Prüfung nicht.
</translation>
    </message>
    <message>
        <source>VALID UNTIL</source>
        <translation>GÜLTIG BIS</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>WIDERRUFEN</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>INHABER</translation>
    </message>
    <message>
        <source>This workspace trusts no certificate yet: an admin adds them with `workspace trust add CERT.pem`.</source>
        <translation>Dieser Arbeitsbereich vertraut noch keinem Zertifikat: Ein Administrator fügt Zertifikate mit `workspace trust add CERT.pem` hinzu.</translation>
    </message>
    <message>
        <source>Trust bundle of %1 written to %2.
List digest (SHA-256): %3
Give the auditor this digest by another channel (phone, signed mail) so they can check the file.
</source>
        <translation>Vertrauensbündel von %1 nach %2 geschrieben.
Hashwert der Liste (SHA-256): %3
Geben Sie diesen Hashwert dem Auditor auf einem anderen Weg (Telefon, signierte E-Mail), damit die Datei geprüft werden kann.
</translation>
    </message>
    <message>
        <source>the anchor of workspace "%1" cannot check workspace "%2": verify with -w %1</source>
        <translation>der Anker des Arbeitsbereichs „%1“ kann den Arbeitsbereich „%2“ nicht prüfen: Prüfen Sie mit -w %1</translation>
    </message>
    <message>
        <source>the audit trail of %1 fails verification: problems: %2, events checked: %3</source>
        <translation>der Prüfpfad von %1 besteht die Prüfung nicht: Probleme: %2, geprüfte Ereignisse: %3</translation>
    </message>
    <message>
        <source>Audit trail of %1 verified: %2 events, hash chain intact.</source>
        <translation>Prüfpfad von %1 geprüft: %2 Ereignisse, Hashkette unversehrt.</translation>
    </message>
    <message>
        <source>It holds every signed anchor seen (%1; the latest at event #%2).</source>
        <translation>Er enthält jeden bisher gesehenen signierten Anker (%1; der neueste bei Ereignis Nr. %2).</translation>
    </message>
    <message>
        <source>Signed the head of %1's audit chain: event #%2, %3.
Kept in %4.
</source>
        <translation>Kopf der Hashkette des Prüfpfads von %1 signiert: Ereignis Nr. %2, %3.
Gespeichert in %4.
</translation>
    </message>
    <message>
        <source>Published to %1: anyone can check the history against it with audit verify --anchor FILE.
</source>
        <translation>Veröffentlicht in %1: Jeder kann den Verlauf damit per audit verify --anchor FILE prüfen.
</translation>
    </message>
    <message>
        <source>`%1` with these options works on a local database file or with no database; run it without --server</source>
        <translation>`%1` arbeitet mit diesen Optionen mit einer lokalen Datenbankdatei oder ohne Datenbank; führen Sie den Befehl ohne --server aus</translation>
    </message>
    <message>
        <source>Read the passphrase from standard input (first line) instead of $VIGILO_KEY_PASSPHRASE or the terminal</source>
        <translation>Die Passphrase aus der Standardeingabe lesen (erste Zeile) statt aus $VIGILO_KEY_PASSPHRASE oder vom Terminal</translation>
    </message>
    <message>
        <source>Export a signed evidence pack (PDF/A-3 with its evidence embedded) for auditors.</source>
        <translation>Ein signiertes Nachweispaket (PDF/A-3 mit eingebetteten Nachweisen) für Auditoren exportieren.</translation>
    </message>
    <message>
        <source>Without the database: signature, certificate, evidence, pages and chain</source>
        <translation>Ohne die Datenbank: Signatur, Zertifikat, Nachweise, Seiten und Kette</translation>
    </message>
    <message>
        <source>With --offline: the trust bundle (workspace trust-bundle) or certificates to trust</source>
        <translation>Mit --offline: das Vertrauensbündel des Arbeitsbereichs (`workspace trust-bundle`) oder Zertifikate, denen vertraut werden soll</translation>
    </message>
    <message>
        <source>Check that an evidence pack is signed, unaltered and matches its history.</source>
        <translation>Prüfen, ob ein Nachweispaket signiert und unverändert ist und mit seinem Verlauf übereinstimmt.</translation>
    </message>
    <message>
        <source>The name in the certificate (default: your user name)</source>
        <translation>Der Name im Zertifikat (Standard: Ihr Benutzername)</translation>
    </message>
    <message>
        <source>The organisation in the certificate</source>
        <translation>Die Organisation im Zertifikat</translation>
    </message>
    <message>
        <source>How long the certificate is valid (default 730)</source>
        <translation>Wie lange das Zertifikat gültig ist, in Tagen (Standard: 730)</translation>
    </message>
    <message>
        <source>Replace your existing key</source>
        <translation>Ihren vorhandenen Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Create your signing key and a self-signed certificate (kept in your data folder, encrypted).</source>
        <translation>Ihren Signaturschlüssel und ein selbstsigniertes Zertifikat erstellen (verschlüsselt in Ihrem Datenordner gespeichert).</translation>
    </message>
    <message>
        <source>A PKCS#12 file from your organisation's PKI</source>
        <translation>Eine PKCS#12-Datei aus der PKI Ihrer Organisation</translation>
    </message>
    <message>
        <source>Read the file's password (first line) and the new passphrase (second line) from standard input</source>
        <translation>Das Passwort der Datei (erste Zeile) und die neue Passphrase (zweite Zeile) von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Import your signing key from a PKCS#12 file.</source>
        <translation>Ihren Signaturschlüssel aus einer PKCS#12-Datei importieren.</translation>
    </message>
    <message>
        <source>Show your signing certificate and where your key is.</source>
        <translation>Ihr Signaturzertifikat und den Speicherort Ihres Schlüssels anzeigen.</translation>
    </message>
    <message>
        <source>A member's certificate or your organisation's CA</source>
        <translation>Das Zertifikat eines Mitglieds oder das CA-Zertifikat Ihrer Organisation</translation>
    </message>
    <message>
        <source>Trust a certificate to sign this workspace's evidence packs (admins).</source>
        <translation>Einem Zertifikat für das Signieren der Nachweispakete dieses Arbeitsbereichs vertrauen (Administratoren).</translation>
    </message>
    <message>
        <source>The certificate's SHA-256 fingerprint</source>
        <translation>Der SHA-256-Fingerabdruck des Zertifikats</translation>
    </message>
    <message>
        <source>Why it is no longer trusted</source>
        <translation>Warum ihm nicht mehr vertraut wird</translation>
    </message>
    <message>
        <source>Refuse signatures from this time on (default: now), e.g. when the key was lost earlier</source>
        <translation>Signaturen ab diesem Zeitpunkt zurückweisen (Standard: jetzt), z. B. wenn der Schlüssel schon früher verloren ging</translation>
    </message>
    <message>
        <source>Revoke a trusted certificate (admins); final and audited.</source>
        <translation>Ein vertrauenswürdiges Zertifikat widerrufen (Administratoren); endgültig und protokolliert.</translation>
    </message>
    <message>
        <source>The certificates this workspace trusts, with their revocations.</source>
        <translation>Die Zertifikate, denen dieser Arbeitsbereich vertraut, mit ihren Widerrufen.</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>Wohin das Vertrauensbündel geschrieben wird</translation>
    </message>
    <message>
        <source>Export what an auditor needs to verify packs offline: the trusted certificates, their revocations and a digest.</source>
        <translation>Exportieren, was ein Auditor braucht, um Pakete offline zu prüfen: die vertrauenswürdigen Zertifikate, ihre Widerrufe und einen Hashwert.</translation>
    </message>
    <message>
        <source>A signed anchor (audit anchor --out) to check the history against</source>
        <translation>Ein signierter Anker (audit anchor --out), gegen den der Verlauf geprüft wird</translation>
    </message>
    <message>
        <source>An evidence pack whose signed chain head to check the history against</source>
        <translation>Ein Nachweispaket, gegen dessen signierten Kettenkopf der Verlauf geprüft wird</translation>
    </message>
    <message>
        <source>Check the workspace's hash-chained audit trail, and that it still holds every signed anchor you have seen.</source>
        <translation>Den per Hash verketteten Prüfpfad des Arbeitsbereichs prüfen und ob er noch jeden signierten Anker enthält, den Sie gesehen haben.</translation>
    </message>
    <message>
        <source>Also write the signed anchor to FILE, to publish it</source>
        <translation>Den signierten Anker zusätzlich in FILE schreiben, um ihn zu veröffentlichen</translation>
    </message>
    <message>
        <source>Sign the audit chain's head with your key and keep it in your anchor log.</source>
        <translation>Den Kettenkopf des Prüfpfads mit Ihrem Schlüssel signieren und in Ihrem Ankerprotokoll aufbewahren.</translation>
    </message>
    <message>
        <source>(decided by %1 on behalf of %2)</source>
        <translation>(entschieden von %1 in Vertretung von %2)</translation>
    </message>
    <message>
        <source>It holds every chain head the server signed (%1; the latest at event #%2).</source>
        <translation>Er enthält jeden vom Server signierten Kopf der Hash-Kette (%1; der neueste bei Ereignis #%2).</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Conditions of round %1 (earlier)</source>
        <translation>Auflagen der Runde %1 (früher)</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of meeting %1 (%2) written to %3
  %n pages, locale %4
  minutes digest (SHA-256): %5
  signed by %6 (SHA-256 %7)
</source>
        <translation>
            <numerusform>Protokoll der Sitzung %1 (%2) nach %3 geschrieben
  %n Seite, Gebietsschema %4
  Prüfsumme des Protokolls (SHA-256): %5
  signiert von %6 (SHA-256 %7)
</numerusform>
            <numerusform>Protokoll der Sitzung %1 (%2) nach %3 geschrieben
  %n Seiten, Gebietsschema %4
  Prüfsumme des Protokolls (SHA-256): %5
  signiert von %6 (SHA-256 %7)
</numerusform>
        </translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>Words that must each occur in the number, the title, or the assignee or requester (username or display name)</source>
        <translation>Wörter, die jeweils in der Nummer, im Titel oder beim Bearbeiter oder Antragsteller (Benutzername oder Anzeigename) vorkommen müssen</translation>
    </message>
    <message>
        <source>Built workspace "%1" in %2: %3 members, %4 assets with %7 relationships, %5 changes, %6 audit events.
Try: vigilo-cli --db %2 -w %1 change list</source>
        <translation>Arbeitsbereich „%1“ in %2 angelegt: %3 Mitglieder, %4 Assets mit %7 Beziehungen, %5 Änderungen, %6 Audit-Ereignisse.
Probieren Sie: vigilo-cli --db %2 -w %1 change list</translation>
    </message>
    <message>
        <source>Generate N more assets with about five relationships each, services made of components on hosts and databases (default 0; at most 50000)</source>
        <translation>N weitere Assets mit je etwa fünf Beziehungen erzeugen: Services aus Komponenten auf Hosts und Datenbanken (Standard 0; höchstens 50000)</translation>
    </message>
    <message>
        <source>Workspace %1 is now called %2.</source>
        <translation>Arbeitsbereich %1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>Evidence packs of %1 are now written in %2.</source>
        <translation>Nachweispakete von %1 werden jetzt in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>%1 wieder aktiviert.</translation>
    </message>
    <message>
        <source>The new name</source>
        <translation>Der neue Name</translation>
    </message>
    <message>
        <source>Rename the workspace (its slug stays).</source>
        <translation>Den Arbeitsbereich umbenennen (sein Kürzel bleibt).</translation>
    </message>
    <message>
        <source>e.g. de_DE or en_US</source>
        <translation>z. B. de_DE oder en_US</translation>
    </message>
    <message>
        <source>The language of the workspace's evidence packs (its locale).</source>
        <translation>Die Sprache der Nachweispakete des Arbeitsbereichs (seine Locale).</translation>
    </message>
    <message>
        <source>Reactivate a deactivated member.</source>
        <translation>Ein deaktiviertes Mitglied wieder aktivieren.</translation>
    </message>
    <message>
        <source>Signed %1 out everywhere; sessions ended: %2.</source>
        <translation>%1 überall abgemeldet; beendete Sitzungen: %2.</translation>
    </message>
    <message>
        <source>Removed freeze window %1 "%2" [%3, %4).</source>
        <translation>Änderungssperre %1 „%2“ [%3, %4) entfernt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sign a member out everywhere on a team server (a lost laptop): every session of theirs ends.</source>
        <translation>Ein Mitglied auf einem Team-Server überall abmelden (ein verlorener Laptop): Alle seine Sitzungen enden.</translation>
    </message>
    <message>
        <source>The window's id (freeze list)</source>
        <translation>Die ID der Sperre (freeze list)</translation>
    </message>
    <message>
        <source>Remove a freeze window (admins).</source>
        <translation>Eine Änderungssperre entfernen (Administratoren).</translation>
    </message>
</context>
<context>
    <name>vigilo::Server</name>
    <message>
        <source>digests: name at least one pack exported with pack.export.</source>
        <translation>digests: Nennen Sie mindestens ein mit pack.export exportiertes Paket.</translation>
    </message>
    <message>
        <source>digests: this connection did not export a pack with the digest %1; export the pack again (pack.export), then ask for the manifest.</source>
        <translation>digests: Über diese Verbindung wurde kein Paket mit dem Hashwert %1 exportiert; exportieren Sie das Paket erneut (pack.export) und fordern Sie dann das Manifest an.</translation>
    </message>
    <message>
        <source>digests: %1 is named twice.</source>
        <translation>digests: %1 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>vigilo::cli</name>
    <message>
        <source>invalid %1 "%2": expected one of %3</source>
        <translation>ungültige Angabe für %1: „%2“; erwartet wird eines von %3</translation>
    </message>
    <message>
        <source>invalid --step "%1": expected "NAME;ROLE;COUNT" or "NAME;user1,user2;COUNT" (COUNT is a number or all), for example "Security review;approver;1"</source>
        <translation>Wert „%1“ für --step ist ungültig: erwartet wird "NAME;ROLLE;ANZAHL" oder "NAME;benutzer1,benutzer2;ANZAHL" (ANZAHL ist eine Zahl oder all), zum Beispiel "Sicherheitsprüfung;approver;1"</translation>
    </message>
    <message>
        <source>invalid --step "%1": name a role (approver, admin, owner) or members</source>
        <translation>Wert „%1“ für --step ist ungültig: Nennen Sie eine Rolle (approver, admin, owner) oder Mitglieder</translation>
    </message>
    <message>
        <source>invalid approval count "%1" in --step: use a number from 1 or "all"</source>
        <translation>Anzahl der Genehmigungen „%1“ in --step ist ungültig: Verwenden Sie eine Zahl ab 1 oder "all"</translation>
    </message>
    <message>
        <source>type=%1</source>
        <translation>Typ=%1</translation>
    </message>
    <message>
        <source>priority=%1</source>
        <translation>Priorität=%1</translation>
    </message>
    <message>
        <source>risk=%1</source>
        <translation>Risiko=%1</translation>
    </message>
    <message>
        <source>asset=%1</source>
        <translation>Asset=%1</translation>
    </message>
    <message>
        <source>%1. %2%3  matches: %4
</source>
        <translation>%1. %2%3  trifft zu auf: %4
</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>every change</source>
        <translation>jede Änderung</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>Added approval policy:
</source>
        <translation>Genehmigungsrichtlinie hinzugefügt:
</translation>
    </message>
    <message>
        <source>No approval policies: every change gets the built-in matrix (emergency: 1 step; normal: 1 step, or 2 for high risk or critical priority).</source>
        <translation>Keine Genehmigungsrichtlinien: Jede Änderung erhält die eingebaute Matrix (Notfall: 1 Stufe; normal: 1 Stufe, oder 2 bei hohem Risiko oder kritischer Priorität).</translation>
    </message>
    <message>
        <source>Policy "%1" is active.</source>
        <translation>Richtlinie „%1“ ist aktiv.</translation>
    </message>
    <message>
        <source>Policy "%1" is inactive.</source>
        <translation>Richtlinie „%1“ ist inaktiv.</translation>
    </message>
    <message>
        <source>%1 is a standard change: pre-approved, no approval steps.</source>
        <translation>%1 ist eine Standardänderung: vorab genehmigt, keine Genehmigungsstufen.</translation>
    </message>
    <message>
        <source>%1 matches the policy "%2":
</source>
        <translation>%1 trifft auf die Richtlinie „%2“ zu:
</translation>
    </message>
    <message>
        <source>No policy matches %1; the built-in matrix (%2) applies:
</source>
        <translation>Keine Richtlinie trifft auf %1 zu; die eingebaute Matrix (%2) gilt:
</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>invalid --priority "%1": expected %2</source>
        <translation>Wert „%1“ für --priority ist ungültig: erwartet wird %2</translation>
    </message>
    <message>
        <source>invalid --risk "%1": expected %2</source>
        <translation>Wert „%1“ für --risk ist ungültig: erwartet wird %2</translation>
    </message>
    <message>
        <source>Added standard change template "%1". Use it with: vigilo-cli change create --template "%1"</source>
        <translation>Standardänderungsvorlage „%1“ hinzugefügt. Verwenden Sie sie mit: vigilo-cli change create --template "%1"</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>VORLAUF</translation>
    </message>
    <message>
        <source>ASSETS</source>
        <translation>ASSETS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No standard change templates yet.</source>
        <translation>Noch keine Standardänderungsvorlagen.</translation>
    </message>
    <message>
        <source>Template "%1" is active.</source>
        <translation>Vorlage „%1“ ist aktiv.</translation>
    </message>
    <message>
        <source>Template "%1" is retired.</source>
        <translation>Vorlage „%1“ ist stillgelegt.</translation>
    </message>
    <message>
        <source>%1  (weight %2)  %3
</source>
        <translation>%1  (Gewicht %2)  %3
</translation>
    </message>
    <message>
        <source>Risk assessment of %1

</source>
        <translation>Risikobewertung von %1

</translation>
    </message>
    <message>
        <source>Answered: %1 of %2 (a level is suggested from %3)
</source>
        <translation>Beantwortet: %1 von %2 (ab %3 wird eine Stufe vorgeschlagen)
</translation>
    </message>
    <message>
        <source>Score: %1
</source>
        <translation>Punktzahl: %1
</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Suggested risk level: %1
</source>
        <translation>Vorgeschlagene Risikostufe: %1
</translation>
    </message>
    <message>
        <source>- (answer more questions)</source>
        <translation>- (beantworten Sie weitere Fragen)</translation>
    </message>
    <message>
        <source>Current risk level: %1
</source>
        <translation>Aktuelle Risikostufe: %1
</translation>
    </message>
    <message>
        <source>Condition [%1]: %2
</source>
        <translation>Bedingung [%1]: %2
</translation>
    </message>
    <message>
        <source>
A level is suggested once %1 of the %2 questions are answered.</source>
        <translation>
Eine Stufe wird vorgeschlagen, sobald %1 der %2 Fragen beantwortet sind.</translation>
    </message>
    <message>
        <source>%1: %2 answered. Score %3, %4 of %5 answered.</source>
        <translation>%1: %2 beantwortet. Punktzahl %3, %4 von %5 beantwortet.</translation>
    </message>
    <message>
        <source>Suggested risk level: %1 (accept with: vigilo-cli risk accept %2).</source>
        <translation>Vorgeschlagene Risikostufe: %1 (übernehmen mit: vigilo-cli risk accept %2).</translation>
    </message>
    <message>
        <source>invalid --level "%1": expected %2</source>
        <translation>Wert „%1“ für --level ist ungültig: erwartet wird %2</translation>
    </message>
    <message>
        <source>%1 risk level is now %2.</source>
        <translation>Die Risikostufe von %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>invalid --choice "%1": expected LABEL=SCORE with a score from 0 to 100, for example "Never=100"</source>
        <translation>Wert „%1“ für --choice ist ungültig: erwartet wird BEZEICHNUNG=PUNKTE mit Punkten von 0 bis 100, zum Beispiel "Never=100"</translation>
    </message>
    <message>
        <source>Saved risk question "%1".</source>
        <translation>Risikofrage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Removed risk question "%1".</source>
        <translation>Risikofrage „%1“ entfernt.</translation>
    </message>
    <message>
        <source>invalid --day "%1": expected mon, tue, wed, thu, fri, sat or sun</source>
        <translation>Wert „%1“ für --day ist ungültig: erwartet wird mon, tue, wed, thu, fri, sat oder sun</translation>
    </message>
    <message>
        <source>invalid --start "%1": expected a local time like 02:00</source>
        <translation>Wert „%1“ für --start ist ungültig: erwartet wird eine Ortszeit wie 02:00</translation>
    </message>
    <message>
        <source>Added maintenance window for %1: %2.</source>
        <translation>Wartungsfenster für %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>ASSET</source>
        <translation>ASSET</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>ZEITFENSTER</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>Keine Wartungsfenster.</translation>
    </message>
    <message>
        <source>Match these change types</source>
        <translation>Diese Änderungstypen erfassen</translation>
    </message>
    <message>
        <source>Match these priorities</source>
        <translation>Diese Prioritäten erfassen</translation>
    </message>
    <message>
        <source>Match these risk levels</source>
        <translation>Diese Risikostufen erfassen</translation>
    </message>
    <message>
        <source>Match changes touching any of these assets</source>
        <translation>Änderungen erfassen, die eines dieser Assets betreffen</translation>
    </message>
    <message>
        <source>An approval step, in order</source>
        <translation>Eine Genehmigungsstufe, in Reihenfolge</translation>
    </message>
    <message>
        <source>Order among policies (lower first; default: last)</source>
        <translation>Reihenfolge unter den Richtlinien (niedrigere zuerst; Standard: zuletzt)</translation>
    </message>
    <message>
        <source>Add an approval policy (admins).</source>
        <translation>Eine Genehmigungsrichtlinie hinzufügen (Administratoren).</translation>
    </message>
    <message>
        <source>The approval policies, in matching order.</source>
        <translation>Die Genehmigungsrichtlinien in der Reihenfolge, in der sie geprüft werden.</translation>
    </message>
    <message>
        <source>Dry run: which approval steps the change would get, and who could decide them.</source>
        <translation>Probelauf: welche Genehmigungsstufen die Änderung erhielte und wer darüber entscheiden könnte.</translation>
    </message>
    <message>
        <source>Make a policy active.</source>
        <translation>Eine Richtlinie aktivieren.</translation>
    </message>
    <message>
        <source>Make a policy inactive.</source>
        <translation>Eine Richtlinie deaktivieren.</translation>
    </message>
    <message>
        <source>Title of the changes made from it</source>
        <translation>Titel der daraus angelegten Änderungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The pre-approved runbook (numbered lines)</source>
        <translation>Der vorab genehmigte Ablaufplan (nummerierte Zeilen)</translation>
    </message>
    <message>
        <source>The rollback plan</source>
        <translation>Der Rückfallplan</translation>
    </message>
    <message>
        <source>The test plan</source>
        <translation>Der Testplan</translation>
    </message>
    <message>
        <source>Affected asset</source>
        <translation>Betroffenes Asset</translation>
    </message>
    <message>
        <source>Priority (default low)</source>
        <translation>Priorität (Standard: low)</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Minimum lead time (default 4)</source>
        <translation>Mindestvorlaufzeit (Standard: 4)</translation>
    </message>
    <message>
        <source>Add a pre-approved standard change template (admins).</source>
        <translation>Eine vorab genehmigte Standardänderungsvorlage hinzufügen (Administratoren).</translation>
    </message>
    <message>
        <source>The standard change catalogue.</source>
        <translation>Der Katalog der Standardänderungen.</translation>
    </message>
    <message>
        <source>Retire a template (admins).</source>
        <translation>Eine Vorlage stilllegen (Administratoren).</translation>
    </message>
    <message>
        <source>Reactivate a template (admins).</source>
        <translation>Eine Vorlage wieder aktivieren (Administratoren).</translation>
    </message>
    <message>
        <source>The workspace's risk questionnaire.</source>
        <translation>Der Risikofragebogen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>A change's answers, score, suggested level and risk conditions.</source>
        <translation>Antworten, Punktzahl, vorgeschlagene Stufe und Risikobedingungen einer Änderung.</translation>
    </message>
    <message>
        <source>Answer one question of a change's risk assessment.</source>
        <translation>Eine Frage der Risikobewertung einer Änderung beantworten.</translation>
    </message>
    <message>
        <source>Choose this level instead of the suggestion</source>
        <translation>Diese Stufe statt des Vorschlags wählen</translation>
    </message>
    <message>
        <source>Why (required with a level other than the suggestion)</source>
        <translation>Warum (Pflicht bei einer anderen als der vorgeschlagenen Stufe)</translation>
    </message>
    <message>
        <source>Set the change's risk level to the suggestion, or override it with a reason.</source>
        <translation>Die Risikostufe der Änderung auf den Vorschlag setzen oder mit Begründung abweichend festlegen.</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <source>Its weight (default 1)</source>
        <translation>Ihr Gewicht (Standard: 1)</translation>
    </message>
    <message>
        <source>A choice, score 0 to 100</source>
        <translation>Eine Antwortmöglichkeit, Punkte 0 bis 100</translation>
    </message>
    <message>
        <source>Add or replace a question of the workspace's questionnaire (admins).</source>
        <translation>Eine Frage des Fragebogens des Arbeitsbereichs hinzufügen oder ersetzen (Administratoren).</translation>
    </message>
    <message>
        <source>Remove a question from the questionnaire (admins).</source>
        <translation>Eine Frage aus dem Fragebogen entfernen (Administratoren).</translation>
    </message>
    <message>
        <source>Weekday, in the time zone</source>
        <translation>Wochentag, in der Zeitzone</translation>
    </message>
    <message>
        <source>Local start time</source>
        <translation>Startzeit (Ortszeit)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>IANA time zone (default UTC)</source>
        <translation>IANA-Zeitzone (Standard: UTC)</translation>
    </message>
    <message>
        <source>Add a weekly maintenance window to an asset (admins).</source>
        <translation>Einem Asset ein wöchentliches Wartungsfenster hinzufügen (Administratoren).</translation>
    </message>
    <message>
        <source>Only this asset</source>
        <translation>Nur dieses Asset</translation>
    </message>
    <message>
        <source>The assets' maintenance windows.</source>
        <translation>Die Wartungsfenster der Assets.</translation>
    </message>
    <message>
        <source>the copy of %1 does not verify</source>
        <translation>die Kopie von %1 besteht die Prüfung nicht</translation>
    </message>
    <message>
        <source>Copied %1 rows (%2 audit events) to %3: %4</source>
        <translation>%1 Zeilen (%2 Audit-Ereignisse) nach %3 kopiert: %4</translation>
    </message>
    <message>
        <source>The source: a SQLite file or postgresql:// URL</source>
        <translation>Die Quelle: eine SQLite-Datei oder eine postgresql://-URL</translation>
    </message>
    <message>
        <source>The target: a postgresql:// URL or a SQLite file</source>
        <translation>Das Ziel: eine postgresql://-URL oder eine SQLite-Datei</translation>
    </message>
    <message>
        <source>Only this workspace (default: all)</source>
        <translation>Nur dieser Arbeitsbereich (Standard: alle)</translation>
    </message>
    <message>
        <source>Copy workspaces with their complete history to another database (run it as the server's schema owner); the copy's audit trail is verified.</source>
        <translation>Arbeitsbereiche mit ihrem vollständigen Verlauf in eine andere Datenbank kopieren (als Eigentümer des Schemas auf dem Server ausführen); der Prüfpfad der Kopie wird geprüft.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / week</source>
        <translation>%1 / Woche</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>… (%1 weitere)</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Zeitraum %1 – %2</translation>
    </message>
    <message>
        <source>, asset %1</source>
        <translation>, Asset %1</translation>
    </message>
    <message>
        <source>, type %1</source>
        <translation>, Typ %1</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>Definitionen:</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from muss vor --to liegen</translation>
    </message>
    <message>
        <source>invalid --by "%1": use week or month</source>
        <translation>Wert „%1“ für --by ist ungültig: Verwenden Sie week oder month</translation>
    </message>
    <message>
        <source>Per week:</source>
        <translation>Pro Woche:</translation>
    </message>
    <message>
        <source>Per month:</source>
        <translation>Pro Monat:</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>Column "%1" read as %2.</source>
        <translation>Spalte „%1“ gelesen als %2.</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>DATEIZEILE</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Assigned to this user</source>
        <translation>Diesem Benutzer zugewiesen</translation>
    </message>
    <message>
        <source>At most N changes</source>
        <translation>Höchstens N Änderungen</translation>
    </message>
    <message>
        <source>Start of the period (default: 28 days before --to)</source>
        <translation>Beginn des Zeitraums (Standard: 28 Tage vor --to)</translation>
    </message>
    <message>
        <source>End of the period, exclusive (default: now)</source>
        <translation>Ende des Zeitraums (nicht eingeschlossen; Standard: jetzt)</translation>
    </message>
    <message>
        <source>Only changes touching this asset</source>
        <translation>Nur Änderungen, die dieses Asset betreffen</translation>
    </message>
    <message>
        <source>Also the figures per week or month</source>
        <translation>Zusätzlich die Kennzahlen pro Woche oder Monat</translation>
    </message>
    <message>
        <source>DORA metrics of the workspace: failure rate, frequency, lead time, time to restore.</source>
        <translation>DORA-Kennzahlen des Arbeitsbereichs: Fehlerrate, Häufigkeit, Durchlaufzeit, Wiederherstellungszeit.</translation>
    </message>
    <message>
        <source>The iCalendar file to write</source>
        <translation>Die zu schreibende iCalendar-Datei</translation>
    </message>
    <message>
        <source>Export the scheduled and in-progress changes as an iCalendar file.</source>
        <translation>Die eingeplanten und laufenden Änderungen als iCalendar-Datei exportieren.</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>Die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>Export the (filtered) change list as CSV.</source>
        <translation>Die (gefilterte) Änderungsliste als CSV exportieren.</translation>
    </message>
    <message>
        <source>The CSV file: one new change per row</source>
        <translation>Die CSV-Datei: eine neue Änderung pro Zeile</translation>
    </message>
    <message>
        <source>Only validate and preview; write nothing</source>
        <translation>Nur prüfen und Vorschau zeigen; nichts schreiben</translation>
    </message>
    <message>
        <source>Create changes from a CSV file: all rows or, when any is invalid, none.</source>
        <translation>Änderungen aus einer CSV-Datei anlegen: alle Zeilen oder, wenn eine ungültig ist, keine.</translation>
    </message>
    <message>
        <source>Next free slot for %1: %2 to %3 (UTC).
Move it there with: vigilo-cli change edit %1 --start %2 --end %3</source>
        <translation>Nächstes freies Zeitfenster für %1: %2 bis %3 (UTC).
Verschieben mit: vigilo-cli change edit %1 --start %2 --end %3</translation>
    </message>
    <message>
        <source>Not before this time (default: now)</source>
        <translation>Nicht vor diesem Zeitpunkt (Standard: jetzt)</translation>
    </message>
    <message>
        <source>How far ahead to look (default 90 days)</source>
        <translation>Wie weit voraus gesucht wird (Standard: 90 Tage)</translation>
    </message>
    <message>
        <source>The earliest window of the change's length without conflicts, after its lead time.</source>
        <translation>Das früheste konfliktfreie Zeitfenster in der Länge der Änderung, nach ihrer Vorlaufzeit.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Added webhook %1 → %2 (%3; events: %4).</source>
        <translation>Webhook %1 → %2 hinzugefügt (%3; Ereignisse: %4).</translation>
    </message>
    <message>
        <source>Signing secret (shown only now; give it to the receiver): %1</source>
        <translation>Signaturgeheimnis (wird nur jetzt angezeigt; geben Sie es an den Empfänger weiter): %1</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>No webhooks.</source>
        <translation>Keine Webhooks.</translation>
    </message>
    <message>
        <source>Webhook %1 is on; its queued deliveries resume.</source>
        <translation>Webhook %1 ist aktiv; seine wartenden Zustellungen werden fortgesetzt.</translation>
    </message>
    <message>
        <source>Webhook %1 is off; its queued deliveries wait.</source>
        <translation>Webhook %1 ist pausiert; seine wartenden Zustellungen bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <source>Removed webhook %1 with its queue and delivery log.</source>
        <translation>Webhook %1 mit Warteschlange und Zustellprotokoll entfernt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>WEBHOOK</source>
        <translation>WEBHOOK</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>TRY</source>
        <translation>VERSUCH</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No delivery attempts.</source>
        <translation>Keine Zustellversuche.</translation>
    </message>
    <message>
        <source>delivery id</source>
        <translation>Zustellungs-ID</translation>
    </message>
    <message>
        <source>Delivery %1 (%2 to %3) is queued again; the next client run sends it (or run "webhook deliver").</source>
        <translation>Zustellung %1 (%2 an %3) ist wieder in der Warteschlange; der nächste laufende Client sendet sie (oder führen Sie „webhook deliver“ aus).</translation>
    </message>
    <message>
        <source>choose one channel: --webhook URL or --desktop</source>
        <translation>genau einen Kanal wählen: --webhook URL oder --desktop</translation>
    </message>
    <message>
        <source>You follow %1: Vigilo's window notifies you of every change touching it.</source>
        <translation>Sie folgen %1: Das Vigilo-Fenster benachrichtigt Sie über jede Änderung, die es betrifft.</translation>
    </message>
    <message>
        <source>You follow %1: every change touching it is posted to %2.</source>
        <translation>Sie folgen %1: Jede Änderung, die es betrifft, wird an %2 gesendet.</translation>
    </message>
    <message>
        <source>Signing secret (shown only now): %1</source>
        <translation>Signaturgeheimnis (wird nur jetzt angezeigt): %1</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Sie folgen %1 nicht mehr.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>You follow no assets.</source>
        <translation>Sie folgen keinen Assets.</translation>
    </message>
    <message>
        <source>The webhook's name</source>
        <translation>Der Name des Webhooks</translation>
    </message>
    <message>
        <source>Where to POST (http:// or https://)</source>
        <translation>Wohin per POST gesendet wird (http:// oder https://)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 signing secret, 16+ characters (default: generated and shown once)</source>
        <translation>HMAC-SHA256-Signaturgeheimnis, mindestens 16 Zeichen (Standard: erzeugt und einmal angezeigt)</translation>
    </message>
    <message>
        <source>Only these events (default: all): %1</source>
        <translation>Nur diese Ereignisse (Standard: alle): %1</translation>
    </message>
    <message>
        <source>Payload: Vigilo JSON (default) or a Slack incoming-webhook message</source>
        <translation>Nutzdaten: Vigilo-JSON (Standard) oder eine Nachricht für einen eingehenden Slack-Webhook</translation>
    </message>
    <message>
        <source>Register a webhook for the workspace's change events (admins).</source>
        <translation>Einen Webhook für die Änderungsereignisse des Arbeitsbereichs registrieren (Administratoren).</translation>
    </message>
    <message>
        <source>List the workspace's webhooks (secrets are never shown).</source>
        <translation>Die Webhooks des Arbeitsbereichs auflisten (Geheimnisse werden nie angezeigt).</translation>
    </message>
    <message>
        <source>Pause a webhook: new events are not queued, queued ones wait (admins).</source>
        <translation>Einen Webhook pausieren: Neue Ereignisse werden nicht eingereiht, bereits eingereihte warten (Administratoren).</translation>
    </message>
    <message>
        <source>Resume a paused webhook (admins).</source>
        <translation>Einen pausierten Webhook fortsetzen (Administratoren).</translation>
    </message>
    <message>
        <source>Remove a webhook with its queue and delivery log (admins).</source>
        <translation>Einen Webhook mit Warteschlange und Zustellprotokoll entfernen (Administratoren).</translation>
    </message>
    <message>
        <source>Only attempts that did not succeed</source>
        <translation>Nur Versuche, die nicht erfolgreich waren</translation>
    </message>
    <message>
        <source>At most N attempts (default 50)</source>
        <translation>Höchstens N Versuche (Standard: 50)</translation>
    </message>
    <message>
        <source>Show the delivery log, newest first (ID is what "webhook retry" takes).</source>
        <translation>Das Zustellprotokoll anzeigen, neueste zuerst („webhook retry“ erwartet die ID).</translation>
    </message>
    <message>
        <source>The delivery's ID from "webhook log"</source>
        <translation>Die ID der Zustellung aus „webhook log“</translation>
    </message>
    <message>
        <source>Queue a failed delivery again (admins).</source>
        <translation>Eine fehlgeschlagene Zustellung erneut einreihen (Administratoren).</translation>
    </message>
    <message>
        <source>The asset (service) to follow</source>
        <translation>Das Asset (der Dienst), dem Sie folgen möchten</translation>
    </message>
    <message>
        <source>Post its change events to this URL</source>
        <translation>Seine Änderungsereignisse an diese URL senden</translation>
    </message>
    <message>
        <source>Signing secret for --webhook (default: generated and shown once)</source>
        <translation>Signaturgeheimnis für --webhook (Standard: erzeugt und einmal angezeigt)</translation>
    </message>
    <message>
        <source>Payload for --webhook</source>
        <translation>Format der Nutzdaten für --webhook</translation>
    </message>
    <message>
        <source>Notify me in Vigilo's window</source>
        <translation>Mich im Vigilo-Fenster benachrichtigen</translation>
    </message>
    <message>
        <source>Follow an asset: every change touching it reaches you.</source>
        <translation>Einem Asset folgen: Jede Änderung, die es betrifft, erreicht Sie.</translation>
    </message>
    <message>
        <source>The asset to stop following</source>
        <translation>Das Asset, dem Sie nicht mehr folgen möchten</translation>
    </message>
    <message>
        <source>Stop following an asset.</source>
        <translation>Einem Asset nicht mehr folgen.</translation>
    </message>
    <message>
        <source>List the assets you follow.</source>
        <translation>Die Assets auflisten, denen Sie folgen.</translation>
    </message>
    <message>
        <source>invalid --dialect "%1": use %2</source>
        <translation>Wert „%1“ für --dialect ist ungültig: %2 verwenden</translation>
    </message>
    <message>
        <source>invalid --encoding "%1": use %2</source>
        <translation>Wert „%1“ für --encoding ist ungültig: %2 verwenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Semicolons and UTF-8 with BOM for Excel in German, or RFC 4180 (default: the one of your locale)</source>
        <translation>Semikolons und UTF-8 mit BOM für Excel auf Deutsch, oder RFC 4180 (Standard: der Ihres Gebietsschemas)</translation>
    </message>
    <message>
        <source>Read semicolons (excel-de) or commas (rfc4180); default: what the header line uses</source>
        <translation>Semikolons (excel-de) oder Kommas (rfc4180) lesen; Standard: was die Kopfzeile verwendet</translation>
    </message>
    <message>
        <source>The file's encoding (default: the dialect's)</source>
        <translation>Die Zeichenkodierung der Datei (Standard: die des Dialekts)</translation>
    </message>
    <message>
        <source>The file's encoding (default: UTF-8, with or without BOM)</source>
        <translation>Die Zeichenkodierung der Datei (Standard: UTF-8, mit oder ohne BOM)</translation>
    </message>
    <message>
        <source>Webhooks and subscriptions of %1 may now reach %2.</source>
        <translation>Webhooks und Abonnements von %1 dürfen jetzt %2 erreichen.</translation>
    </message>
    <message>
        <source>%1 is no longer allowed: deliveries to it are refused again.</source>
        <translation>%1 ist nicht mehr erlaubt: Zustellungen dorthin werden wieder abgelehnt.</translation>
    </message>
    <message>
        <source>No hosts allowed: webhooks reach public addresses only.</source>
        <translation>Keine Hosts erlaubt: Webhooks erreichen nur öffentliche Adressen.</translation>
    </message>
    <message>
        <source>A host name or IP address, e.g. 10.0.0.5</source>
        <translation>Ein Hostname oder eine IP-Adresse, z. B. 10.0.0.5</translation>
    </message>
    <message>
        <source>Let webhooks and subscriptions reach a loopback, private, link-local or metadata host, which they may not by default (admins; audited).</source>
        <translation>Webhooks und Abonnements einen Loopback-, privaten, Link-local- oder Metadaten-Host erreichen lassen, was standardmäßig nicht erlaubt ist (Administratoren; protokolliert).</translation>
    </message>
    <message>
        <source>A host on the list of allowed hosts</source>
        <translation>Ein Host auf der Liste der erlaubten Hosts</translation>
    </message>
    <message>
        <source>Take a host off the list of allowed webhook hosts (admins; audited).</source>
        <translation>Einen Host von der Liste der erlaubten Webhook-Hosts nehmen (Administratoren; protokolliert).</translation>
    </message>
    <message>
        <source>List the hosts webhooks may reach although they are not public.</source>
        <translation>Die Hosts auflisten, die Webhooks erreichen dürfen, obwohl sie nicht öffentlich sind.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar events to %1.</source>
        <translation>
            <numerusform>%n Kalendereintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Kalendereinträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n changes to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 geschrieben.</numerusform>
            <numerusform>%n Änderungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n Problem in %1; nichts wurde importiert.</numerusform>
            <numerusform>%n Probleme in %1; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes would be created; nothing was written.</source>
        <translation>
            <numerusform>Probelauf: %n Änderung würde angelegt; nichts wurde geschrieben.</numerusform>
            <numerusform>Probelauf: %n Änderungen würden angelegt; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n changes: %1</source>
        <translation>
            <numerusform>%n Änderung importiert: %1</numerusform>
            <numerusform>%n Änderungen importiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>   step %1: %2 — all approvals from %3
</source>
        <translation>   Stufe %1: %2 — alle Genehmigungen von %3
</translation>
    </message>
    <message numerus="yes">
        <source>   step %1: %2 — %n approvals from %3
</source>
        <translation>
            <numerusform>   Stufe %1: %2 — %n Genehmigung von %3
</numerusform>
            <numerusform>   Stufe %1: %2 — %n Genehmigungen von %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  step %1: %2 — %n approvals from %3; could decide now: %4
</source>
        <translation>
            <numerusform>  Stufe %1: %2 — %n Genehmigung von %3; könnte jetzt entscheiden: %4
</numerusform>
            <numerusform>  Stufe %1: %2 — %n Genehmigungen von %3; könnte jetzt entscheiden: %4
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n events verified)</source>
        <translation>
            <numerusform>%1 (%n Ereignis geprüft)</numerusform>
            <numerusform>%1 (%n Ereignisse geprüft)</numerusform>
        </translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>CRITICALITY</source>
        <translation>KRITIKALITÄT</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>ZEITZONE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Relies on:</source>
        <translation>Hängt ab von:</translation>
    </message>
    <message>
        <source>Relied on by:</source>
        <translation>Davon hängen ab:</translation>
    </message>
    <message>
        <source>Added asset %1 (%2).</source>
        <translation>Asset %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>No assets.</source>
        <translation>Keine Assets.</translation>
    </message>
    <message>
        <source>%1 of %2 matching assets shown.</source>
        <translation>%1 von %2 passenden Assets angezeigt.</translation>
    </message>
    <message>
        <source>nothing to change: give --kind, --owner, --criticality or --tz</source>
        <translation>Nichts zu ändern: Geben Sie --kind, --owner, --criticality oder --tz an</translation>
    </message>
    <message>
        <source>Updated asset %1 (%2, %3).</source>
        <translation>Asset %1 (%2, %3) aktualisiert.</translation>
    </message>
    <message>
        <source>name one relationship: --runs-on B, --depends-on B or --part-of B</source>
        <translation>Nennen Sie eine Beziehung: --runs-on B, --depends-on B oder --part-of B</translation>
    </message>
    <message>
        <source>Related: %1.</source>
        <translation>Verknüpft: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>No relationships.</source>
        <translation>Keine Beziehungen.</translation>
    </message>
    <message>
        <source>row %1 (line %2)%3: %4
</source>
        <translation>Datensatz %1 (Zeile %2)%3: %4
</translation>
    </message>
    <message>
        <source>Ignored columns: %1
</source>
        <translation>Ignorierte Spalten: %1
</translation>
    </message>
    <message>
        <source>Assets: %1 created, %2 updated. Relationships: %3 added, %4 already there.</source>
        <translation>Assets: %1 angelegt, %2 aktualisiert. Beziehungen: %3 hinzugefügt, %4 bereits vorhanden.</translation>
    </message>
    <message>
        <source>Dry run: </source>
        <translation>Probelauf: </translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Imported: </source>
        <translation>Importiert: </translation>
    </message>
    <message numerus="yes">
        <source>%1 works on %2; it affects %n other assets (followed up to %3 steps).
</source>
        <translation>
            <numerusform>%1 ändert %2; dies wirkt sich auf %n weiteres Asset aus (Beziehungen über bis zu %3 Schritte verfolgt).
</numerusform>
            <numerusform>%1 ändert %2; dies wirkt sich auf %n weitere Assets aus (Beziehungen über bis zu %3 Schritte verfolgt).
</numerusform>
        </translation>
    </message>
    <message>
        <source>no assets</source>
        <translation>keine Assets</translation>
    </message>
    <message>
        <source>DEPTH</source>
        <translation>TIEFE</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message>
        <source>EXCLUDED by %1 (%2): %3 — %4</source>
        <translation>AUSGESCHLOSSEN von %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>Excluded, no longer affected: %1 (by %2: %3)</source>
        <translation>Ausgeschlossen, nicht mehr betroffen: %1 (von %2: %3)</translation>
    </message>
    <message>
        <source>use --exclude or --include, not both</source>
        <translation>Verwenden Sie --exclude oder --include, nicht beides</translation>
    </message>
    <message>
        <source>--reason goes with --exclude ASSET</source>
        <translation>--reason gehört zu --exclude ASSET</translation>
    </message>
    <message>
        <source>Excluded %1 from the impact of %2: %3</source>
        <translation>%1 aus der Auswirkung von %2 ausgeschlossen: %3</translation>
    </message>
    <message>
        <source>%1 counts in the impact of %2 again.</source>
        <translation>%1 zählt wieder zur Auswirkung von %2.</translation>
    </message>
    <message>
        <source>service, host, database, network, certificate... (default service)</source>
        <translation>service, host, database, network, certificate ... (Standard: service)</translation>
    </message>
    <message>
        <source>The team or person responsible</source>
        <translation>Das verantwortliche Team oder die verantwortliche Person</translation>
    </message>
    <message>
        <source> (default medium)</source>
        <translation> (Standard: medium)</translation>
    </message>
    <message>
        <source>Its time zone, e.g. Europe/Berlin</source>
        <translation>Seine Zeitzone, z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>A runs on B (a host)</source>
        <translation>A läuft auf B (einem Host)</translation>
    </message>
    <message>
        <source>A depends on B</source>
        <translation>A hängt von B ab</translation>
    </message>
    <message>
        <source>A is part of B (a service made of components)</source>
        <translation>A ist Teil von B (einem Dienst aus Komponenten)</translation>
    </message>
    <message>
        <source>The asset's name</source>
        <translation>Der Name des Assets</translation>
    </message>
    <message>
        <source>The asset that runs on, depends on or is part of the other</source>
        <translation>Das Asset, das auf dem anderen läuft, von ihm abhängt oder Teil von ihm ist</translation>
    </message>
    <message>
        <source>Unique in the workspace</source>
        <translation>Eindeutig im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Add an asset.</source>
        <translation>Ein Asset hinzufügen.</translation>
    </message>
    <message>
        <source>In name, kind and owner (name prefixes first)</source>
        <translation>In Name, Art und Eigentümer (Namensanfänge zuerst)</translation>
    </message>
    <message>
        <source>Only this kind</source>
        <translation>Nur diese Art</translation>
    </message>
    <message>
        <source>Owner starts with</source>
        <translation>Eigentümer beginnt mit</translation>
    </message>
    <message>
        <source>At most N (1 to 1000)</source>
        <translation>Höchstens N (1 bis 1000)</translation>
    </message>
    <message>
        <source>List or search the assets.</source>
        <translation>Die Assets auflisten oder durchsuchen.</translation>
    </message>
    <message>
        <source>Show an asset with its relationships both ways.</source>
        <translation>Ein Asset mit seinen Beziehungen in beide Richtungen anzeigen.</translation>
    </message>
    <message>
        <source>Change an asset's kind, owner, criticality or time zone (admins).</source>
        <translation>Art, Eigentümer, Kritikalität oder Zeitzone eines Assets ändern (Administratoren).</translation>
    </message>
    <message>
        <source>Link two assets: A --runs-on B, --depends-on B or --part-of B (admins).</source>
        <translation>Zwei Assets verknüpfen: A --runs-on B, --depends-on B oder --part-of B (Administratoren).</translation>
    </message>
    <message>
        <source>Remove a link between two assets (admins).</source>
        <translation>Eine Verknüpfung zwischen zwei Assets entfernen (Administratoren).</translation>
    </message>
    <message>
        <source>List every relationship between assets.</source>
        <translation>Alle Beziehungen zwischen Assets auflisten.</translation>
    </message>
    <message>
        <source>CSV: name, kind, owner, criticality, time_zone, runs_on, depends_on, part_of</source>
        <translation>CSV: name, kind, owner, criticality, time_zone, runs_on, depends_on, part_of</translation>
    </message>
    <message>
        <source>Check and show what would happen; write nothing</source>
        <translation>Prüfen und anzeigen, was geschehen würde; nichts schreiben</translation>
    </message>
    <message>
        <source>Import assets and their relationships from CSV (all rows or none; admins).</source>
        <translation>Assets und ihre Beziehungen aus CSV importieren (alle Zeilen oder keine; Administratoren).</translation>
    </message>
    <message>
        <source>Follow relationships up to N steps (default 6)</source>
        <translation>Beziehungen über bis zu N Schritte verfolgen (Standard: 6)</translation>
    </message>
    <message>
        <source>List at most N affected assets (default 100)</source>
        <translation>Höchstens N betroffene Assets auflisten (Standard: 100)</translation>
    </message>
    <message>
        <source>Mark an affected asset as not affected (needs --reason)</source>
        <translation>Ein betroffenes Asset als nicht betroffen markieren (erfordert --reason)</translation>
    </message>
    <message>
        <source>Why it is not affected</source>
        <translation>Warum es nicht betroffen ist</translation>
    </message>
    <message>
        <source>Undo an exclusion</source>
        <translation>Einen Ausschluss aufheben</translation>
    </message>
    <message>
        <source>What the change affects through the asset relationships, and why.</source>
        <translation>Worauf sich die Änderung über die Asset-Beziehungen auswirkt, und warum.</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is not trusted by this system.
SHA-256 fingerprint: %3
Trust it from now on, if the server's operator confirms the fingerprint? [y/N] </source>
        <translation>Das Zertifikat von %1 (%2) wird von diesem System nicht als vertrauenswürdig eingestuft.
SHA-256-Fingerabdruck: %3
Ihm ab jetzt vertrauen, sofern der Betreiber des Servers den Fingerabdruck bestätigt? [y/N] </translation>
    </message>
    <message>
        <source>login signs in to a team server: pass --db vigilo://HOST:PORT</source>
        <translation>login meldet Sie an einem Teamserver an: Geben Sie --db vigilo://HOST:PORT an</translation>
    </message>
    <message>
        <source>cannot read the password from stdin</source>
        <translation>Das Passwort kann nicht von stdin gelesen werden</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Choose a password for %1 (at least 10 characters): </source>
        <translation>Wählen Sie ein Passwort für %1 (mindestens 10 Zeichen): </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Erneut eingeben: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>Die beiden Passwörter stimmen nicht überein; nichts wurde geändert</translation>
    </message>
    <message>
        <source>no terminal to read the password from: pipe it in with --password-stdin</source>
        <translation>Kein Terminal, von dem das Passwort gelesen werden kann: Übergeben Sie es per Pipe mit --password-stdin</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>Das Passwort darf nicht leer sein</translation>
    </message>
    <message>
        <source>signed in, but the system keychain could not keep the token (%1); the session was closed again. Sign in with --print-token and pass the token to later commands as $VIGILO_TOKEN.</source>
        <translation>Angemeldet, aber der Schlüsselbund des Systems konnte das Token nicht speichern (%1); die Sitzung wurde wieder beendet. Melden Sie sich mit --print-token an und übergeben Sie das Token an spätere Befehle als $VIGILO_TOKEN.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 until %3; the token is in the system keychain.</source>
        <translation>Bei %1 als %2 angemeldet bis %3; das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>logout signs out of a team server: pass --db vigilo://HOST:PORT</source>
        <translation>logout meldet Sie von einem Teamserver ab: Geben Sie --db vigilo://HOST:PORT an</translation>
    </message>
    <message>
        <source>you are not signed in to %1 (no $VIGILO_TOKEN and no token in the keychain)</source>
        <translation>Sie sind bei %1 nicht angemeldet (kein $VIGILO_TOKEN und kein Token im Schlüsselbund)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is signed out of %2 everywhere (%n sessions ended).</source>
        <translation>
            <numerusform>%1 ist überall von %2 abgemeldet (%n Sitzung beendet).</numerusform>
            <numerusform>%1 ist überall von %2 abgemeldet (%n Sitzungen beendet).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed out of %2.</source>
        <translation>%1 ist von %2 abgemeldet.</translation>
    </message>
    <message>
        <source>whoami asks a team server: pass --db vigilo://HOST:PORT</source>
        <translation>whoami fragt einen Teamserver ab: Geben Sie --db vigilo://HOST:PORT an</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2, signed in until %3
Workspaces: %4</source>
        <translation>%1 auf %2, angemeldet bis %3
Arbeitsbereiche: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>trust pins a team server's certificate: pass --db vigilo://HOST:PORT</source>
        <translation>trust hinterlegt das Zertifikat eines Teamservers als vertrauenswürdig: Geben Sie --db vigilo://HOST:PORT an</translation>
    </message>
    <message>
        <source>%1's certificate is no longer trusted by its fingerprint.</source>
        <translation>Dem Zertifikat von %1 wird nicht mehr anhand seines Fingerabdrucks vertraut.</translation>
    </message>
    <message>
        <source>vigilo+insecure:// has no certificate to trust</source>
        <translation>vigilo+insecure:// hat kein Zertifikat, dem vertraut werden könnte</translation>
    </message>
    <message>
        <source>%1 presents the certificate %2, not %3: nothing was trusted. Check the fingerprint with the server's operator.</source>
        <translation>%1 legt das Zertifikat %2 vor, nicht %3: Es wurde nichts als vertrauenswürdig eingestuft. Gleichen Sie den Fingerabdruck mit dem Betreiber des Servers ab.</translation>
    </message>
    <message>
        <source>%1 has a certificate this system trusts (%2); nothing to pin.</source>
        <translation>%1 hat ein Zertifikat, dem dieses System vertraut (%2); es gibt nichts zu hinterlegen.</translation>
    </message>
    <message>
        <source>Trusted %1 with the certificate %2 (pinned in %3).</source>
        <translation>%1 mit dem Zertifikat %2 als vertrauenswürdig eingestuft (hinterlegt in %3).</translation>
    </message>
    <message>
        <source>login, logout, whoami and trust work with a team server: pass --db vigilo://HOST:PORT</source>
        <translation>login, logout, whoami und trust funktionieren mit einem Team-Server: Geben Sie --db vigilo://HOST:PORT an</translation>
    </message>
    <message>
        <source>the network helper %1 is missing; reinstall Vigilo</source>
        <translation>das Netzwerk-Hilfsprogramm %1 fehlt; installieren Sie Vigilo neu</translation>
    </message>
    <message>
        <source>Your account on the server</source>
        <translation>Ihr Konto auf dem Server</translation>
    </message>
    <message>
        <source>Your one-time code: the first sign-in, where you choose your password</source>
        <translation>Ihr Einmalcode: für die erste Anmeldung, bei der Sie Ihr Passwort wählen</translation>
    </message>
    <message>
        <source>Read the password from stdin</source>
        <translation>Das Passwort von stdin lesen</translation>
    </message>
    <message>
        <source>Print the session token (for $VIGILO_TOKEN) instead of keeping it in the keychain</source>
        <translation>Das Sitzungstoken ausgeben (für $VIGILO_TOKEN), statt es im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>Sign in to a team server (--db vigilo://HOST:PORT).</source>
        <translation>An einem Team-Server anmelden (--db vigilo://HOST:PORT).</translation>
    </message>
    <message>
        <source>End every session of your account</source>
        <translation>Alle Sitzungen Ihres Kontos beenden</translation>
    </message>
    <message>
        <source>Sign out of the team server.</source>
        <translation>Vom Team-Server abmelden.</translation>
    </message>
    <message>
        <source>Who you are signed in as on the team server, and your workspaces.</source>
        <translation>Mit welchem Konto Sie am Team-Server angemeldet sind, und Ihre Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Trust the server's certificate if it has this fingerprint</source>
        <translation>Dem Zertifikat des Servers vertrauen, wenn es diesen Fingerabdruck hat</translation>
    </message>
    <message>
        <source>Stop trusting the pinned certificate</source>
        <translation>Dem hinterlegten Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Trust a team server's self-signed certificate by its fingerprint (pinned).</source>
        <translation>Dem selbstsignierten Zertifikat eines Team-Servers anhand seines Fingerabdrucks vertrauen (hinterlegt).</translation>
    </message>
    <message>
        <source>%1 → %2, from %3 until %4</source>
        <translation>%1 → %2, von %3 bis %4</translation>
    </message>
    <message>
        <source>Substitute set: %1.</source>
        <translation>Vertretung festgelegt: %1.</translation>
    </message>
    <message>
        <source>Cleared:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>No delegation in force or planned.</source>
        <translation>Keine Vertretung in Kraft oder geplant.</translation>
    </message>
    <message>
        <source>%1 approved (now %2).</source>
        <translation>%1 genehmigt (Status jetzt: %2).</translation>
    </message>
    <message>
        <source>%1 left untouched [%2]: %3</source>
        <translation>%1 unverändert gelassen [%2]: %3</translation>
    </message>
    <message>
        <source>--%1 takes %2 or %3, not "%4".</source>
        <translation>--%1 nimmt %2 oder %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Distinct people: on (one person decides at most one step of a change)</source>
        <translation>Verschiedene Personen: an (eine Person entscheidet höchstens eine Stufe einer Änderung)</translation>
    </message>
    <message>
        <source>Distinct people: off (one person may decide several steps)</source>
        <translation>Verschiedene Personen: aus (eine Person darf mehrere Stufen entscheiden)</translation>
    </message>
    <message>
        <source>Bulk approval: off</source>
        <translation>Sammelgenehmigung: aus</translation>
    </message>
    <message>
        <source>Bulk approval: risk up to %1; conflicts %2; emergency changes %3</source>
        <translation>Sammelgenehmigung: Risikostufe bis %1; Konflikte: %2; Notfalländerungen: %3</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>Filter "%1" saved.</source>
        <translation>Filter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No saved filter.</source>
        <translation>Kein gespeicherter Filter.</translation>
    </message>
    <message>
        <source>Filter "%1" deleted.</source>
        <translation>Filter „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>My open changes (I requested them)</source>
        <translation>Meine offenen Änderungen (von mir beantragt)</translation>
    </message>
    <message>
        <source>In review and awaiting my decision (or that of a member I stand in for)</source>
        <translation>In Prüfung und wartet auf meine Entscheidung (oder die eines Mitglieds, das ich vertrete)</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Planned window overlaps today (local time)</source>
        <translation>Geplantes Zeitfenster überschneidet sich mit heute (Ortszeit)</translation>
    </message>
    <message>
        <source>Start from my saved filter NAME</source>
        <translation>Von meinem gespeicherten Filter NAME ausgehen</translation>
    </message>
    <message>
        <source>Whose duties (default: yours; another member's: admins and owners)</source>
        <translation>Wessen Aufgaben (Standard: Ihre; die eines anderen Mitglieds: nur Admins und Eigentümer)</translation>
    </message>
    <message>
        <source>The member who stands in</source>
        <translation>Das Mitglied, das vertritt</translation>
    </message>
    <message>
        <source>Start (ISO 8601)</source>
        <translation>Beginn (ISO 8601)</translation>
    </message>
    <message>
        <source>End, exclusive (ISO 8601)</source>
        <translation>Ende, nicht eingeschlossen (ISO 8601)</translation>
    </message>
    <message>
        <source>Name a substitute who decides approvals due from you (or USER) in [from, to).</source>
        <translation>Eine Vertretung benennen, die in [from, to) die bei Ihnen (oder USER) anstehenden Genehmigungen entscheidet.</translation>
    </message>
    <message>
        <source>Only the delegations to this substitute</source>
        <translation>Nur die Vertretungen durch diese Person</translation>
    </message>
    <message>
        <source>End your (or USER's) delegations: a running one ends now, a planned one is removed.</source>
        <translation>Ihre Vertretungen (oder die von USER) beenden: Eine laufende endet jetzt, eine geplante wird entfernt.</translation>
    </message>
    <message>
        <source>Every member's (admins and owners)</source>
        <translation>Die aller Mitglieder (Admins und Eigentümer)</translation>
    </message>
    <message>
        <source>Delegations in force or planned that you gave or received.</source>
        <translation>Vertretungen in Kraft oder geplant, die Sie vergeben oder erhalten haben.</translation>
    </message>
    <message>
        <source>The changes: CHG-00012 or 12, one or more</source>
        <translation>Die Änderungen: CHG-00012 oder 12, eine oder mehrere</translation>
    </message>
    <message>
        <source>A note kept with each decision</source>
        <translation>Eine Notiz, die bei jeder Entscheidung gespeichert wird</translation>
    </message>
    <message>
        <source>Approve several changes, each only if it passes the workspace's bulk guard; the others are listed and left untouched (exit 1).</source>
        <translation>Mehrere Änderungen genehmigen, jede nur, wenn sie die Sammelgenehmigungsregel des Arbeitsbereichs erfüllt; die anderen werden aufgelistet und bleiben unverändert (Exit-Status 1).</translation>
    </message>
    <message>
        <source>One person decides at most one step of a change</source>
        <translation>Eine Person entscheidet höchstens eine Stufe einer Änderung</translation>
    </message>
    <message>
        <source>Allow bulk approval</source>
        <translation>Sammelgenehmigung erlauben</translation>
    </message>
    <message>
        <source>Whether changes with conflicts pass the bulk guard</source>
        <translation>Ob Änderungen mit Konflikten die Sammelgenehmigungsregel erfüllen</translation>
    </message>
    <message>
        <source>Whether emergency changes pass the bulk guard</source>
        <translation>Ob Notfalländerungen die Sammelgenehmigungsregel erfüllen</translation>
    </message>
    <message>
        <source>Show the workspace's approval settings, or change them (admins and owners; audited).</source>
        <translation>Die Genehmigungseinstellungen des Arbeitsbereichs anzeigen oder ändern (Admins und Eigentümer; protokolliert).</translation>
    </message>
    <message>
        <source>The filter's name</source>
        <translation>Der Name des Filters</translation>
    </message>
    <message>
        <source>Save the change list options as your filter NAME (use: change list --filter NAME).</source>
        <translation>Die Optionen von change list als Ihren Filter NAME speichern (Verwendung: change list --filter NAME).</translation>
    </message>
    <message>
        <source>Your saved filters.</source>
        <translation>Ihre gespeicherten Filter.</translation>
    </message>
    <message>
        <source>Delete your saved filter NAME.</source>
        <translation>Ihren gespeicherten Filter NAME löschen.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Voting members</source>
        <translation>Stimmberechtigte Mitglieder</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message numerus="yes">
        <source>%1% of the voting members (%n now)</source>
        <translation>
            <numerusform>%1% der stimmberechtigten Mitglieder (derzeit %n)</numerusform>
            <numerusform>%1% der stimmberechtigten Mitglieder (derzeit %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting members</source>
        <translation>
            <numerusform>%n stimmberechtigtes Mitglied</numerusform>
            <numerusform>%n stimmberechtigte Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>weekday %1 at %2 (%3), %4 minutes</source>
        <translation>Wochentag %1 um %2 (%3), %4 Minuten</translation>
    </message>
    <message>
        <source>Agenda rule</source>
        <translation>Tagesordnungsregel</translation>
    </message>
    <message>
        <source>%1 changes in review within %2 days, ordered by %3; %4 minutes an item</source>
        <translation>Änderungen (%1) mit dem Status „In Prüfung“ innerhalb von %2 Tagen, sortiert nach %3; %4 Minuten je Punkt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RISIKO</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>VORGABE</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (Nachtrag)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Meeting %1 of the CAB "%2" (%3)
</source>
        <translation>Sitzung %1 des CAB „%2“ (%3)
</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>%1 of %2 voting members present: %3</source>
        <translation>%1 von %2 stimmberechtigten Mitgliedern anwesend: %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Aktueller Punkt</translation>
    </message>
    <message>
        <source>Agenda%1:
</source>
        <translation>Tagesordnung%1:
</translation>
    </message>
    <message>
        <source> (frozen)</source>
        <translation> (festgeschrieben)</translation>
    </message>
    <message>
        <source>  (empty)
</source>
        <translation>  (leer)
</translation>
    </message>
    <message>
        <source>Attendance:
</source>
        <translation>Anwesenheit:
</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> durch %1</translation>
    </message>
    <message>
        <source>Late additions (admit with meeting admit):
</source>
        <translation>Nachträge (zulassen mit meeting admit):
</translation>
    </message>
    <message>
        <source>invalid --day "%1": use mon, tue, wed, thu, fri, sat or sun</source>
        <translation>Wert „%1“ für --day ist ungültig: Verwenden Sie mon, tue, wed, thu, fri, sat oder sun</translation>
    </message>
    <message>
        <source>Added CAB </source>
        <translation>CAB angelegt: </translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>VORSITZ</translation>
    </message>
    <message>
        <source>VOTING</source>
        <translation>STIMMBERECHTIGT</translation>
    </message>
    <message>
        <source>QUORUM</source>
        <translation>QUORUM</translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>TERMIN</translation>
    </message>
    <message>
        <source>No CABs yet (cab add).
</source>
        <translation>Noch keine CABs (cab add).
</translation>
    </message>
    <message>
        <source>Created meeting:
</source>
        <translation>Sitzung angelegt:
</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>GEPLANT FÜR</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>No meetings yet (meeting create).
</source>
        <translation>Noch keine Sitzungen (meeting create).
</translation>
    </message>
    <message>
        <source>invalid --%1 "%2": expected CHG=N, e.g. CHG-00012=2</source>
        <translation>Wert „%2“ für --%1 ist ungültig: erwartet CHG=N, z. B. CHG-00012=2</translation>
    </message>
    <message>
        <source>Use --absent or --represented-by, not both.</source>
        <translation>Verwenden Sie --absent oder --represented-by, nicht beides.</translation>
    </message>
    <message>
        <source>Give one of --conditions, --reason, --note or --question, as the decision needs.</source>
        <translation>Geben Sie eine der Optionen --conditions, --reason, --note oder --question an, wie es die Entscheidung verlangt.</translation>
    </message>
    <message>
        <source>invalid --vote "%1": expected USER=approve|reject|abstain</source>
        <translation>Wert „%1“ für --vote ist ungültig: erwartet USER=approve|reject|abstain</translation>
    </message>
    <message>
        <source>Recorded the CAB's decision on %1.
</source>
        <translation>Entscheidung des CAB über %1 festgehalten.
</translation>
    </message>
    <message>
        <source>Admitted %1 to the agenda.
</source>
        <translation>%1 zur Tagesordnung zugelassen.
</translation>
    </message>
    <message>
        <source>Wrote the minutes to %1
</source>
        <translation>Protokoll nach %1 geschrieben
</translation>
    </message>
    <message>
        <source>Now: %1 %2
</source>
        <translation>Jetzt: %1 %2
</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 s of %2 min</source>
        <translation>%1 s von %2 Min.</translation>
    </message>
    <message>
        <source>Who drives its meetings</source>
        <translation>Wer seine Sitzungen leitet</translation>
    </message>
    <message>
        <source>A voting member (approver or above)</source>
        <translation>Ein stimmberechtigtes Mitglied (Genehmiger oder höher)</translation>
    </message>
    <message>
        <source>An adviser (no vote)</source>
        <translation>Ein Berater (ohne Stimme)</translation>
    </message>
    <message>
        <source>Voting members needed: a number, or a share such as 50%</source>
        <translation>Nötige stimmberechtigte Mitglieder: eine Anzahl oder ein Anteil wie 50%</translation>
    </message>
    <message>
        <source>The weekly slot's day</source>
        <translation>Der Wochentag des wöchentlichen Termins</translation>
    </message>
    <message>
        <source>The slot's local time</source>
        <translation>Die Ortszeit des Termins</translation>
    </message>
    <message>
        <source>The slot's IANA time zone (default UTC)</source>
        <translation>Die IANA-Zeitzone des Termins (Standard UTC)</translation>
    </message>
    <message>
        <source>The slot's length (default 60)</source>
        <translation>Die Dauer des Termins (Standard 60)</translation>
    </message>
    <message>
        <source>Change types on the agenda (default normal, emergency)</source>
        <translation>Änderungstypen auf der Tagesordnung (Standard normal, emergency)</translation>
    </message>
    <message>
        <source>Windows starting within N days of the meeting (default 14)</source>
        <translation>Zeitfenster, die innerhalb von N Tagen nach der Sitzung beginnen (Standard 14)</translation>
    </message>
    <message>
        <source>Agenda order (default risk: high risk first)</source>
        <translation>Reihenfolge der Tagesordnung (Standard risk: hohes Risiko zuerst)</translation>
    </message>
    <message>
        <source>Each item's time box (default 10)</source>
        <translation>Zeitvorgabe je Punkt (Standard 10)</translation>
    </message>
    <message>
        <source>Define a change advisory board (admins). A policy step "NAME;cab:CAB;1" is then decided in its meetings.</source>
        <translation>Ein CAB festlegen (Admins). Über eine Richtlinienstufe „NAME;cab:CAB;1“ wird dann in seinen Sitzungen entschieden.</translation>
    </message>
    <message>
        <source>The workspace's CABs.</source>
        <translation>Die CABs des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>One CAB: members, quorum, slot and agenda rule.</source>
        <translation>Ein CAB: Mitglieder, Quorum, Termin und Tagesordnungsregel.</translation>
    </message>
    <message>
        <source>An ad hoc (emergency) meeting, now by default</source>
        <translation>Eine Ad-hoc-Sitzung (Notfall), standardmäßig jetzt</translation>
    </message>
    <message>
        <source>When it starts (default: the CAB's next slot)</source>
        <translation>Wann sie beginnt (Standard: der nächste Termin des CAB)</translation>
    </message>
    <message>
        <source>Create a meeting; its agenda is built from the CAB's rule.</source>
        <translation>Eine Sitzung anlegen; ihre Tagesordnung entsteht aus der Regel des CAB.</translation>
    </message>
    <message>
        <source>Only this CAB's</source>
        <translation>Nur die dieses CAB</translation>
    </message>
    <message>
        <source>The latest meetings, newest first.</source>
        <translation>Die letzten Sitzungen, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>A meeting: agenda, attendance, quorum and late additions.</source>
        <translation>Eine Sitzung: Tagesordnung, Anwesenheit, Quorum und Nachträge.</translation>
    </message>
    <message>
        <source>Put a change on the agenda</source>
        <translation>Eine Änderung auf die Tagesordnung setzen</translation>
    </message>
    <message>
        <source>Take a change off</source>
        <translation>Eine Änderung absetzen</translation>
    </message>
    <message>
        <source>Move an item</source>
        <translation>Einen Punkt verschieben</translation>
    </message>
    <message>
        <source>Set an item's time box</source>
        <translation>Die Zeitvorgabe eines Punkts festlegen</translation>
    </message>
    <message>
        <source>Build the agenda again from the CAB's rule</source>
        <translation>Die Tagesordnung neu aus der Regel des CAB aufbauen</translation>
    </message>
    <message>
        <source>Show a meeting's agenda, or edit it until the meeting starts (the chair).</source>
        <translation>Die Tagesordnung einer Sitzung anzeigen oder sie bis zum Beginn der Sitzung bearbeiten (der Vorsitz).</translation>
    </message>
    <message>
        <source>Start a meeting: its agenda is frozen (the chair).</source>
        <translation>Eine Sitzung beginnen: Ihre Tagesordnung wird festgeschrieben (der Vorsitz).</translation>
    </message>
    <message>
        <source>Started; the agenda is frozen.
</source>
        <translation>Begonnen; die Tagesordnung ist festgeschrieben.
</translation>
    </message>
    <message>
        <source>Record them absent</source>
        <translation>Als abwesend erfassen</translation>
    </message>
    <message>
        <source>Record them represented by a delegate</source>
        <translation>Als durch eine Vertretung vertreten erfassen</translation>
    </message>
    <message>
        <source>Record a CAB member's attendance: present unless told otherwise (the chair).</source>
        <translation>Die Anwesenheit eines CAB-Mitglieds erfassen: anwesend, sofern nicht anders angegeben (der Vorsitz).</translation>
    </message>
    <message>
        <source>The CAB's decision</source>
        <translation>Die Entscheidung des CAB</translation>
    </message>
    <message>
        <source>The conditions of an approval</source>
        <translation>Die Auflagen einer Genehmigung</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Warum sie abgelehnt wird</translation>
    </message>
    <message>
        <source>Why it is deferred</source>
        <translation>Warum sie vertagt wird</translation>
    </message>
    <message>
        <source>What the requester must answer</source>
        <translation>Was der Antragsteller beantworten muss</translation>
    </message>
    <message>
        <source>A voting member's vote</source>
        <translation>Die Stimme eines stimmberechtigten Mitglieds</translation>
    </message>
    <message>
        <source>Record the CAB's decision on an agenda item (the chair; quorum required).</source>
        <translation>Die Entscheidung des CAB über einen Tagesordnungspunkt festhalten (der Vorsitz; Quorum nötig).</translation>
    </message>
    <message>
        <source>Admit a late addition to a meeting in progress (the chair).</source>
        <translation>Einen Nachtrag zu einer laufenden Sitzung zulassen (der Vorsitz).</translation>
    </message>
    <message>
        <source>Close a meeting and write its minutes (the chair).</source>
        <translation>Eine Sitzung schließen und ihr Protokoll schreiben (der Vorsitz).</translation>
    </message>
    <message>
        <source>Closed; the minutes are written.
</source>
        <translation>Geschlossen; das Protokoll ist geschrieben.
</translation>
    </message>
    <message>
        <source>Write the Markdown to a file</source>
        <translation>Das Markdown in eine Datei schreiben</translation>
    </message>
    <message>
        <source>The meeting now: its current item with everything the room needs (--json).</source>
        <translation>Die Sitzung jetzt: ihr aktueller Punkt mit allem, was der Raum braucht (--json).</translation>
    </message>
    <message>
        <source>Write the minutes as a signed PDF, like an evidence pack</source>
        <translation>Das Protokoll als signiertes PDF schreiben, wie ein Nachweispaket</translation>
    </message>
    <message>
        <source>Language of the PDF (default: the workspace's)</source>
        <translation>Sprache des PDF (Standard: die des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>With --pdf: read your key's passphrase from standard input</source>
        <translation>Mit --pdf: die Passphrase Ihres Schlüssels von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>A closed meeting's minutes (Markdown; --json for the data; --pdf signed).</source>
        <translation>Das Protokoll einer geschlossenen Sitzung (Markdown; --json für die Daten; --pdf signiert).</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 durch %2 (%3)</translation>
    </message>
    <message>
        <source>Decision due on behalf of %1 (step "%2")</source>
        <translation>Entscheidung in Vertretung von %1 fällig (Stufe „%2“)</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Only events after this sequence number (default: all)</source>
        <translation>Nur Ereignisse nach dieser Laufnummer (Standard: alle)</translation>
    </message>
    <message>
        <source>At most N (default 50)</source>
        <translation>Höchstens N (Standard: 50)</translation>
    </message>
    <message>
        <source>Words that must each occur in the number, the title, or the assignee or requester (username or display name)</source>
        <translation>Wörter, die jeweils in der Nummer, im Titel oder beim Bearbeiter oder Antragsteller (Benutzername oder Anzeigename) vorkommen müssen</translation>
    </message>
    <message>
        <source>You follow %1: Vigilo's window notifies you of what others do with it.</source>
        <translation>Sie folgen %1: Das Vigilo-Fenster benachrichtigt Sie, was andere damit tun.</translation>
    </message>
    <message>
        <source>You follow no changes.</source>
        <translation>Sie folgen keinen Änderungen.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Stop following it</source>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <source>Follow a change: Vigilo's window notifies you of what others do with it.</source>
        <translation>Einer Änderung folgen: Das Vigilo-Fenster benachrichtigt Sie, was andere damit tun.</translation>
    </message>
    <message>
        <source>List the changes you follow.</source>
        <translation>Die Änderungen auflisten, denen Sie folgen.</translation>
    </message>
    <message>
        <source>Your notifications, oldest first: changes to the assets you follow on the desktop, the changes you follow, and decisions due from members you stand in for.</source>
        <translation>Ihre Benachrichtigungen, älteste zuerst: Änderungen an den Assets, denen Sie auf dem Desktop folgen, die Änderungen, denen Sie folgen, und fällige Entscheidungen von Mitgliedern, die Sie vertreten.</translation>
    </message>
    <message>
        <source>Removed maintenance window %1 of %2: %3.</source>
        <translation>Wartungsfenster %1 von %2 entfernt: %3.</translation>
    </message>
    <message>
        <source>Remove a maintenance window (admins).</source>
        <translation>Ein Wartungsfenster entfernen (Administratoren).</translation>
    </message>
</context>
<context>
    <name>vigilo::server</name>
    <message>
        <source>The server ran out of memory while hashing a password.</source>
        <translation>Dem Server ist beim Hashen eines Passworts der Arbeitsspeicher ausgegangen.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not "%1"</source>
        <translation>--set braucht KEY=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <source>no database: pass --db postgresql://... or --config FILE</source>
        <translation>keine Datenbank: Geben Sie --db postgresql://... oder --config FILE an</translation>
    </message>
    <message>
        <source>invalid --role "%1": use viewer, engineer, approver, admin or owner</source>
        <translation>Wert „%1“ für --role ist ungültig: Verwenden Sie viewer, engineer, approver, admin oder owner</translation>
    </message>
    <message>
        <source>there is no workspace "%1" yet: its first member is its owner (--role owner)</source>
        <translation>es gibt noch keinen Arbeitsbereich „%1“: Sein erstes Mitglied ist sein Inhaber (--role owner)</translation>
    </message>
    <message>
        <source>One-time enrollment code for %1 (valid until %2 UTC):
  %3
%1 chooses a password and signs in with:
  vigilo-cli --db %4 login %1 --enrollment-code %3
</source>
        <translation>Einmaliger Registrierungscode für %1 (gültig bis %2 UTC):
  %3
%1 wählt ein Passwort und meldet sich an mit:
  vigilo-cli --db %4 login %1 --enrollment-code %3
</translation>
    </message>
    <message>
        <source>Configuration OK: listen on %1 (%2), database %3 (schema version %4).
</source>
        <translation>Konfiguration in Ordnung: Adresse %1 (%2), Datenbank %3 (Schemaversion %4).
</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>no TLS, loopback only</source>
        <translation>kein TLS, nur Loopback</translation>
    </message>
    <message>
        <source>Settings file (key = value lines).</source>
        <translation>Einstellungsdatei (Zeilen der Form key = value).</translation>
    </message>
    <message>
        <source>The PostgreSQL database.</source>
        <translation>Die PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8443).</source>
        <translation>Adresse und Port (Standard: 127.0.0.1:8443).</translation>
    </message>
    <message>
        <source>PEM certificate; required off loopback.</source>
        <translation>PEM-Zertifikat; erforderlich, wenn die Adresse nicht Loopback ist.</translation>
    </message>
    <message>
        <source>PEM private key of the certificate.</source>
        <translation>Privater PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>Any setting of the configuration file.</source>
        <translation>Eine beliebige Einstellung der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Let signed-in users build the demo workspace.</source>
        <translation>Angemeldeten Benutzern erlauben, den Demo-Arbeitsbereich anzulegen.</translation>
    </message>
    <message>
        <source>Check the settings and the database, then exit.</source>
        <translation>Einstellungen und Datenbank prüfen, dann beenden.</translation>
    </message>
    <message>
        <source>enroll: make USER a member of this workspace (created, with USER as owner, when missing).</source>
        <translation>enroll: USER zum Mitglied dieses Arbeitsbereichs machen (fehlt er, wird er mit USER als Inhaber angelegt).</translation>
    </message>
    <message>
        <source>enroll: the member's role (default owner).</source>
        <translation>enroll: die Rolle des Mitglieds (Standard: owner).</translation>
    </message>
    <message>
        <source>enroll: the new workspace's locale.</source>
        <translation>enroll: das Gebietsschema des neuen Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>vigilo-server: libsodium could not be initialised.
</source>
        <translation>vigilo-server: libsodium konnte nicht initialisiert werden.
</translation>
    </message>
    <message>
        <source>usage: vigilo-server enroll USER [--workspace SLUG --role ROLE]</source>
        <translation>Aufruf: vigilo-server enroll USER [--workspace SLUG --role ROLE]</translation>
    </message>
    <message>
        <source>vigilo-server: unknown command "%1"; see --help
</source>
        <translation>vigilo-server: unbekannter Befehl „%1“; siehe --help
</translation>
    </message>
    <message>
        <source>vigilo-server %1 listening on %2:%3 (%4)
</source>
        <translation>vigilo-server %1 lauscht auf %2:%3 (%4)
</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1: %2</source>
        <translation>der TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (RSA or EC, without a passphrase).</source>
        <translation>%1 ist kein privater PEM-Schlüssel (RSA oder EC, ohne Passphrase).</translation>
    </message>
    <message>
        <source>  Subject: %1
  SHA-256: %2
  Valid:   %3 to %4
  Issuer:  %5
</source>
        <translation>  Inhaber:     %1
  SHA-256:     %2
  Gültig:      %3 bis %4
  Aussteller:  %5
</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>Workspace "%1" has no signing key on this server (%2).</source>
        <translation>Der Arbeitsbereich „%1“ hat auf diesem Server keinen Signaturschlüssel (%2).</translation>
    </message>
    <message>
        <source>Signing key of workspace %1 on this server:
</source>
        <translation>Signaturschlüssel des Arbeitsbereichs %1 auf diesem Server:
</translation>
    </message>
    <message>
        <source>  Key:     %1
</source>
        <translation>  Schlüssel:   %1
</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 3650, not "%1".</source>
        <translation>--days muss eine ganze Zahl von 1 bis 3650 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Vigilo server, workspace %1</source>
        <translation>Vigilo-Server, Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Workspace %1 now signs its evidence packs on this server with:
</source>
        <translation>Der Arbeitsbereich %1 signiert seine Nachweispakete auf diesem Server jetzt mit:
</translation>
    </message>
    <message>
        <source>  Key:     %1 (encrypted, readable by the server's user only)
The certificate is in the workspace's trust list; auditors get it with `vigilo-cli workspace trust-bundle`.
</source>
        <translation>  Schlüssel:   %1 (verschlüsselt, nur für den Benutzer des Servers lesbar)
Das Zertifikat steht in der Vertrauensliste des Arbeitsbereichs; Prüfer erhalten es mit `vigilo-cli workspace trust-bundle`.
</translation>
    </message>
    <message>
        <source>The Vigilo team server: JSON-RPC over WebSocket in front of PostgreSQL.
  vigilo-server --db postgresql://... --listen HOST:PORT [--tls-cert F --tls-key F]
  vigilo-server enroll USER [--workspace SLUG --role ROLE]   (prints a one-time code)
  vigilo-server methods                                      (the method reference)
  vigilo-server key create|show --workspace SLUG             (the workspace's signing key)
  vigilo-server key import FILE.p12 --workspace SLUG</source>
        <translation>Der Vigilo-Team-Server: JSON-RPC über WebSocket vor PostgreSQL.
  vigilo-server --db postgresql://... --listen HOST:PORT [--tls-cert F --tls-key F]
  vigilo-server enroll USER [--workspace SLUG --role ROLE]   (gibt einen Einmalcode aus)
  vigilo-server methods                                      (die Methodenreferenz)
  vigilo-server key create|show --workspace SLUG             (der Signaturschlüssel des Arbeitsbereichs)
  vigilo-server key import FILE.p12 --workspace SLUG</translation>
    </message>
    <message>
        <source>enroll: the new workspace's name; key create: the name in the certificate.</source>
        <translation>enroll: der Name des neuen Arbeitsbereichs; key create: der Name im Zertifikat.</translation>
    </message>
    <message>
        <source>enroll, key: print one JSON document.</source>
        <translation>enroll, key: ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>key create: how long the certificate is valid (default 730).</source>
        <translation>key create: wie lange das Zertifikat gültig ist (Standard 730).</translation>
    </message>
    <message>
        <source>key create: the organisation in the certificate.</source>
        <translation>key create: die Organisation im Zertifikat.</translation>
    </message>
    <message>
        <source>key create, key import: rotate the workspace's key (the old certificate stays trusted).</source>
        <translation>key create, key import: den Schlüssel des Arbeitsbereichs ersetzen (das alte Zertifikat bleibt vertrauenswürdig).</translation>
    </message>
    <message>
        <source>key import: read the PKCS#12 password from standard input (else $VIGILO_P12_PASSWORD).</source>
        <translation>key import: das PKCS#12-Kennwort von der Standardeingabe lesen (sonst $VIGILO_P12_PASSWORD).</translation>
    </message>
    <message>
        <source>enroll USER, key ..., or methods</source>
        <translation>enroll USER, key ... oder methods</translation>
    </message>
    <message>
        <source>usage: vigilo-server key create --workspace SLUG [--as ADMIN] [--name NAME] [--organization ORG] [--days N] [--replace]
       vigilo-server key import FILE.p12 --workspace SLUG [--as ADMIN] [--password-stdin] [--replace]
       vigilo-server key show --workspace SLUG</source>
        <translation>Aufruf: vigilo-server key create --workspace SLUG [--as ADMIN] [--name NAME] [--organization ORG] [--days N] [--replace]
        vigilo-server key import FILE.p12 --workspace SLUG [--as ADMIN] [--password-stdin] [--replace]
        vigilo-server key show --workspace SLUG</translation>
    </message>
    <message>
        <source>--as %1: only an admin or owner of workspace %2 changes its trust list.</source>
        <translation>--as %1: Nur ein Administrator oder Eigentümer des Arbeitsbereichs %2 ändert dessen Vertrauensliste.</translation>
    </message>
    <message>
        <source>Workspace "%1" is not visible to this login without a member: pass --as USERNAME (an admin or owner of the workspace) to publish the certificate in that member's name.</source>
        <translation>Der Arbeitsbereich „%1“ ist für diese Anmeldung ohne Mitglied nicht sichtbar: Geben Sie --as BENUTZERNAME an (einen Administrator oder Eigentümer des Arbeitsbereichs), um das Zertifikat im Namen dieses Mitglieds zu veröffentlichen.</translation>
    </message>
    <message>
        <source>no members found: run enroll --all-members with the schema owner's --db (the server's own login sees no workspace without a member bound)</source>
        <translation>keine Mitglieder gefunden: führen Sie enroll --all-members mit der --db des Eigentümers des Schemas aus (die eigene Anmeldung des Servers sieht ohne gebundenes Mitglied keinen Arbeitsbereich)</translation>
    </message>
    <message>
        <source>cannot read the database role</source>
        <translation>die Datenbankrolle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the database login %1 is a superuser (or bypasses row-level security): connect as a login of its own</source>
        <translation>die Datenbankanmeldung %1 ist ein Superuser (oder umgeht die Sicherheit auf Zeilenebene): verbinden Sie sich mit einer eigenen Anmeldung</translation>
    </message>
    <message>
        <source>the database login %1 owns the schema: the owner is for init and migrations only; connect as a login of its own</source>
        <translation>die Datenbankanmeldung %1 ist Eigentümer des Schemas: der Eigentümer ist nur für init und Migrationen da; verbinden Sie sich mit einer eigenen Anmeldung</translation>
    </message>
    <message>
        <source>the database login %1 is not in the group vigilo_server: run GRANT vigilo_server TO %1 as the schema's owner</source>
        <translation>die Datenbankanmeldung %1 gehört nicht zur Gruppe vigilo_server: führen Sie als Eigentümer des Schemas GRANT vigilo_server TO %1 aus</translation>
    </message>
    <message>
        <source>vigilo-server: create the server's login once, as the schema's owner: CREATE ROLE vigilo_app LOGIN PASSWORD '...' IN ROLE vigilo_server
</source>
        <translation>vigilo-server: legen Sie die Anmeldung des Servers einmal als Eigentümer des Schemas an: CREATE ROLE vigilo_app LOGIN PASSWORD '...' IN ROLE vigilo_server
</translation>
    </message>
    <message>
        <source>key create, key import: the admin or owner of the workspace in whose name the certificate is published (required with the server's own login).</source>
        <translation>key create, key import: der Administrator oder Eigentümer des Arbeitsbereichs, in dessen Namen das Zertifikat veröffentlicht wird (mit der eigenen Anmeldung des Servers erforderlich).</translation>
    </message>
    <message>
        <source>enroll: a one-time code for every member without a password (moving a team over; run with the schema owner's --db).</source>
        <translation>enroll: ein Einmalcode für jedes Mitglied ohne Passwort (Umzug eines Teams; mit der --db des Eigentümers des Schemas ausführen).</translation>
    </message>
</context>
<context>
    <name>vigilo::server::Accounts</name>
    <message>
        <source>Sign-in failed: wrong user name, password or enrollment code. An enrollment code works once, for 72 hours; ask for a new one if yours is used or expired.</source>
        <translation>Anmeldung fehlgeschlagen: falscher Benutzername, falsches Passwort oder falscher Registrierungscode. Ein Registrierungscode gilt einmal und 72 Stunden lang; fordern Sie einen neuen an, wenn Ihrer bereits verwendet wurde oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>The new password is too short: use at least %1 characters.</source>
        <translation>Das neue Passwort ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The new password is too long (at most 1024 characters).</source>
        <translation>Das neue Passwort ist zu lang (höchstens 1024 Zeichen).</translation>
    </message>
    <message>
        <source>The new password must not be the user name.</source>
        <translation>Das neue Passwort darf nicht der Benutzername sein.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this account or from this address: try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für dieses Konto oder von dieser Adresse: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für dieses Konto oder von dieser Adresse: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is not known to the server: sign in again (vigilo-cli login USER).</source>
        <translation>Diese Sitzung ist dem Server nicht bekannt: Melden Sie sich erneut an (vigilo-cli login USER).</translation>
    </message>
    <message>
        <source>The database was migrated by a newer Vigilo (schema version %1; this server understands up to %2): upgrade vigilo-server.</source>
        <translation>Die Datenbank wurde von einer neueren Vigilo-Version migriert (Schemaversion %1; dieser Server versteht bis %2): Aktualisieren Sie vigilo-server.</translation>
    </message>
    <message>
        <source>This session was signed out: sign in again (vigilo-cli login USER).</source>
        <translation>Diese Sitzung wurde abgemeldet: Melden Sie sich erneut an (vigilo-cli login USER).</translation>
    </message>
    <message>
        <source>This session expired on %1: sign in again (vigilo-cli login USER).</source>
        <translation>Diese Sitzung ist am %1 abgelaufen: Melden Sie sich erneut an (vigilo-cli login USER).</translation>
    </message>
</context>
<context>
    <name>vigilo::server::Server</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>too many connections; try again later</source>
        <translation>zu viele Verbindungen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>idle for too long; reconnect when you need the server</source>
        <translation>zu lange untätig; verbinden Sie sich neu, wenn Sie den Server brauchen</translation>
    </message>
    <message>
        <source>sign in first (hello with a token, or session.login)</source>
        <translation>melden Sie sich zuerst an (hello mit einem Token oder session.login)</translation>
    </message>
    <message>
        <source>Send JSON-RPC requests as text messages.</source>
        <translation>Senden Sie JSON-RPC-Anfragen als Textnachrichten.</translation>
    </message>
    <message>
        <source>The server could not answer: %1</source>
        <translation>Der Server konnte nicht antworten: %1</translation>
    </message>
    <message>
        <source>The server could not answer.</source>
        <translation>Der Server konnte nicht antworten.</translation>
    </message>
    <message>
        <source>too many refused requests</source>
        <translation>zu viele abgelehnte Anfragen</translation>
    </message>
    <message>
        <source>Too many requests on this connection: at most %1 per second.</source>
        <translation>Zu viele Anfragen auf dieser Verbindung: höchstens %1 pro Sekunde.</translation>
    </message>
    <message>
        <source>The message is %1 bytes; this server takes at most %2 bytes (sign in first for larger ones).</source>
        <translation>Die Nachricht ist %1 Bytes groß; dieser Server nimmt höchstens %2 Bytes an (melden Sie sich für größere zuerst an).</translation>
    </message>
    <message>
        <source>The message is not JSON: %1 at offset %2.</source>
        <translation>Die Nachricht ist kein JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>Send one JSON-RPC 2.0 request object per message (batches are not supported).</source>
        <translation>Senden Sie ein JSON-RPC-2.0-Anfrageobjekt pro Nachricht (Batches werden nicht unterstützt).</translation>
    </message>
    <message>
        <source>A request needs "jsonrpc": "2.0", an "id" (a number or a short string), a "method" and "params" as an object.</source>
        <translation>Eine Anfrage braucht "jsonrpc": "2.0", "id" (eine Zahl oder eine kurze Zeichenkette), "method" und "params" als Objekt.</translation>
    </message>
    <message>
        <source>The request id %1 was already used on this connection: a repeated request is not run again.</source>
        <translation>Die Anfrage-ID %1 wurde auf dieser Verbindung bereits verwendet: Eine wiederholte Anfrage wird nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Sign in first: send hello with your token, or session.login (vigilo-cli login USER).</source>
        <translation>Melden Sie sich zuerst an: Senden Sie hello mit Ihrem Token oder session.login (vigilo-cli login USER).</translation>
    </message>
    <message>
        <source>This server speaks protocol version %1 and the client %2: install matching versions of Vigilo.</source>
        <translation>Dieser Server spricht Protokollversion %1, der Client %2: Installieren Sie zueinander passende Versionen von Vigilo.</translation>
    </message>
    <message>
        <source>There is no method "%1".</source>
        <translation>Es gibt keine Methode „%1“.</translation>
    </message>
    <message>
        <source>The server has no room for a temporary file.</source>
        <translation>Der Server hat keinen Platz für eine temporäre Datei.</translation>
    </message>
    <message>
        <source>The server cannot read the pack it printed: %1</source>
        <translation>Der Server kann das von ihm gedruckte Paket nicht lesen: %1</translation>
    </message>
    <message>
        <source>The server cannot keep the pack to check it: %1</source>
        <translation>Der Server kann das Paket nicht zur Prüfung aufbewahren: %1</translation>
    </message>
    <message>
        <source>The server's signing key for workspace "%1" (%2) was revoked: the server's administrator makes a new one with `vigilo-server key create --workspace %1 --replace`.</source>
        <translation>Der Signaturschlüssel des Servers für den Arbeitsbereich „%1“ (%2) wurde widerrufen: Der Administrator des Servers erstellt einen neuen mit `vigilo-server key create --workspace %1 --replace`.</translation>
    </message>
</context>
<context>
    <name>vigilo::server::ServerConfig</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>allow_demo must be true or false, not "%1".</source>
        <translation>allow_demo muss true oder false sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>requests_per_second must be a number above 0, not "%1".</source>
        <translation>requests_per_second muss eine Zahl größer als 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>webhook_delivery must be background or on_request, not "%1".</source>
        <translation>webhook_delivery muss background oder on_request sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>unknown setting "%1"; known: %2</source>
        <translation>unbekannte Einstellung „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>cannot read the configuration %1: %2</source>
        <translation>die Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected "key = value"</source>
        <translation>%1, Zeile %2: „key = value“ erwartet</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>no database: pass --db postgresql://USER@HOST:PORT/DATABASE (or db = ... in the configuration)</source>
        <translation>keine Datenbank: Geben Sie --db postgresql://USER@HOST:PORT/DATABASE an (oder db = ... in der Konfiguration)</translation>
    </message>
    <message>
        <source>the database must be PostgreSQL (postgresql://USER@HOST:PORT/DATABASE), not "%1"</source>
        <translation>die Datenbank muss PostgreSQL sein (postgresql://USER@HOST:PORT/DATABASE), nicht „%1“</translation>
    </message>
    <message>
        <source>listen must be HOST:PORT with an IP address (or localhost), e.g. 127.0.0.1:8443 or 0.0.0.0:8443, not "%1"</source>
        <translation>listen muss HOST:PORT mit einer IP-Adresse (oder localhost) sein, z. B. 127.0.0.1:8443 oder 0.0.0.0:8443, nicht „%1“</translation>
    </message>
    <message>
        <source>TLS is required on the non-loopback address %1: pass --tls-cert FILE --tls-key FILE</source>
        <translation>TLS ist auf der Nicht-Loopback-Adresse %1 erforderlich: Geben Sie --tls-cert FILE --tls-key FILE an</translation>
    </message>
    <message>
        <source>TLS needs both a certificate (--tls-cert) and its key (--tls-key)</source>
        <translation>TLS braucht sowohl ein Zertifikat (--tls-cert) als auch seinen Schlüssel (--tls-key)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (or cannot be read).</source>
        <translation>%1 enthält kein PEM-Zertifikat (oder kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>state_dir needs a folder (e.g. /var/lib/vigilo).</source>
        <translation>state_dir braucht einen Ordner (z. B. /var/lib/vigilo).</translation>
    </message>
</context>
<context>
    <name>vigilo::server::ServerKeys</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2): the server's own user must own it (chown it to the user vigilo-server runs as).</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2): Sie muss dem Benutzer des Servers gehören (übertragen Sie sie mit chown an den Benutzer, unter dem vigilo-server läuft).</translation>
    </message>
    <message>
        <source>%1 can be read by other users: the server does not sign with a key others could copy. Run: chmod %2 %1</source>
        <translation>%1 ist für andere Benutzer lesbar: Der Server signiert nicht mit einem Schlüssel, den andere kopieren könnten. Führen Sie aus: chmod %2 %1</translation>
    </message>
    <message>
        <source>%1 holds signing keys but no signing_passphrase_file is set: the server cannot unlock them.</source>
        <translation>%1 enthält Signaturschlüssel, aber signing_passphrase_file ist nicht gesetzt: Der Server kann sie nicht entsperren.</translation>
    </message>
    <message>
        <source>This server has no signing_passphrase_file in its configuration: its administrator names a file (mode 600) holding the passphrase that protects the workspaces' signing keys.</source>
        <translation>Die Konfiguration dieses Servers enthält kein signing_passphrase_file: Der Administrator des Servers gibt dort eine Datei (Modus 600) an, die die Passphrase der Signaturschlüssel der Arbeitsbereiche enthält.</translation>
    </message>
    <message>
        <source>Cannot read the signing passphrase file %1: %2</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Workspace "%1" has no signing key on this server yet: the server's administrator creates one with `vigilo-server key create --workspace %1` (or imports the organisation's with `vigilo-server key import FILE.p12 --workspace %1`).</source>
        <translation>Der Arbeitsbereich „%1“ hat auf diesem Server noch keinen Signaturschlüssel: Der Administrator des Servers erstellt einen mit `vigilo-server key create --workspace %1` (oder importiert den der Organisation mit `vigilo-server key import FILE.p12 --workspace %1`).</translation>
    </message>
    <message>
        <source>Workspace "%1" already has a signing key on this server (%2): pass --replace to rotate it; its certificate stays trusted for the packs it signed.</source>
        <translation>Der Arbeitsbereich „%1“ hat auf diesem Server bereits einen Signaturschlüssel (%2): Geben Sie --replace an, um ihn zu ersetzen; sein Zertifikat bleibt für die damit signierten Nachweispakete vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Der Schlüsselordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot keep the old key in %1.</source>
        <translation>Der alte Schlüssel kann nicht in %1 aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ActionBar</name>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Cancel change…</source>
        <translation>Änderung stornieren…</translation>
    </message>
    <message>
        <source>Complete change…</source>
        <translation>Änderung abschließen…</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ActivityModel</name>
    <message>
        <source>Event #%1, %2 UTC</source>
        <translation>Ereignis Nr. %1, %2 UTC</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ActivityTab</name>
    <message>
        <source>Newest first. The history is append-only and hash-chained; events: %1.</source>
        <translation>Neueste zuerst. Der Verlauf wird nur fortgeschrieben und ist per Hash verkettet; Ereignisse: %1.</translation>
    </message>
    <message>
        <source>The history of %1 cannot be read: %2</source>
        <translation>Der Verlauf von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AdminForm</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Eingabe konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AdminPage</name>
    <message>
        <source>You can look at this page; changing it is for admins and owners.</source>
        <translation>Sie können diese Seite ansehen; ändern dürfen sie nur Administratoren und Inhaber.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AdministrationWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation>Verwaltung — %1</translation>
    </message>
    <message>
        <source>Workspace %1 (%2), signed in as %3</source>
        <translation>Arbeitsbereich %1 (%2), angemeldet als %3</translation>
    </message>
    <message>
        <source>The administration data cannot be read: %1</source>
        <translation>Die Verwaltungsdaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Workspace %1 (%2), signed in as %3, %4</source>
        <translation>Arbeitsbereich %1 (%2), angemeldet als %3, %4</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ApprovalQueueModel</name>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Open approval steps</source>
        <translation>Offene Genehmigungsstufen</translation>
    </message>
    <message>
        <source>%1 (%2/%3, %4+)</source>
        <translation>%1 (%2/%3, %4+)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>You may approve or reject the current step.</source>
        <translation>Sie dürfen die aktuelle Stufe genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>You can decide</source>
        <translation>Sie können entscheiden</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ApprovalQueuePage</name>
    <message>
        <source>Approval queue</source>
        <translation>Genehmigungswarteschlange</translation>
    </message>
    <message>
        <source>Show every change in review</source>
        <translation>Alle Änderungen in Prüfung anzeigen</translation>
    </message>
    <message>
        <source>No change is waiting for approval.</source>
        <translation>Keine Änderung wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision. Changes you requested, or whose current step needs another role, are not listed here.</source>
        <translation>Nichts wartet auf Ihre Entscheidung. Änderungen, die Sie selbst beantragt haben oder deren aktuelle Stufe eine andere Rolle braucht, werden hier nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The approval queue cannot be read: %1</source>
        <translation>Die Genehmigungswarteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every change in review, by planned start. %n changes.</source>
        <translation>
            <numerusform>Alle Änderungen in Prüfung, nach geplantem Beginn. %n Änderung.</numerusform>
            <numerusform>Alle Änderungen in Prüfung, nach geplantem Beginn. %n Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes in review that you can decide now, by planned start. %n changes.</source>
        <translation>
            <numerusform>Änderungen in Prüfung, über die Sie jetzt entscheiden können, nach geplantem Beginn. %n Änderung.</numerusform>
            <numerusform>Änderungen in Prüfung, über die Sie jetzt entscheiden können, nach geplantem Beginn. %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Ausgewählte genehmigen …</translation>
    </message>
    <message>
        <source>Approve the selected changes with one comment; each must pass the workspace's bulk approval guard (Ctrl+click or Shift+click selects several).</source>
        <translation>Die ausgewählten Änderungen mit einem Kommentar genehmigen; jede muss die Prüfung der Sammelgenehmigung des Arbeitsbereichs bestehen (Strg+Klick oder Umschalt+Klick wählt mehrere aus).</translation>
    </message>
    <message>
        <source>Bulk approval</source>
        <translation>Sammelgenehmigung</translation>
    </message>
    <message>
        <source>Loading the approval queue…</source>
        <translation>Die Genehmigungswarteschlange wird geladen …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ApprovalStepModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Policy "%1"</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <source>Built-in matrix</source>
        <translation>Eingebaute Matrix</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation>Wer entscheiden darf</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ApprovalsTab</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entscheidungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A standard change is pre-approved: it has no approval steps.</source>
        <translation>Eine Standardänderung ist vorab genehmigt: Sie hat keine Genehmigungsstufen.</translation>
    </message>
    <message>
        <source>Approval steps are created when the change is submitted for review.</source>
        <translation>Die Genehmigungsstufen werden angelegt, wenn die Änderung zur Prüfung eingereicht wird.</translation>
    </message>
    <message>
        <source>Approval round %1 (an edit after approval asked for approval again).</source>
        <translation>Genehmigungsrunde %1 (eine Bearbeitung nach der Genehmigung hat erneut eine Genehmigung angefordert).</translation>
    </message>
    <message>
        <source>Approval round %1.</source>
        <translation>Genehmigungsrunde %1.</translation>
    </message>
    <message>
        <source>The approvals of %1 cannot be read: %2</source>
        <translation>Die Genehmigungen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading the approvals of %1…</source>
        <translation>Die Genehmigungen von %1 werden gelesen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetDetailPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Add &amp;relationship…</source>
        <translation>Be&amp;ziehung hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected relationship</source>
        <translation>Die gewählte Beziehung entfernen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Add &amp;window…</source>
        <translation>&amp;Wartungsfenster hinzufügen …</translation>
    </message>
    <message>
        <source>No asset selected</source>
        <translation>Kein Asset gewählt</translation>
    </message>
    <message>
        <source>Choose an asset in the table to see what it runs on, depends on and is part of, and what relies on it.</source>
        <translation>Wählen Sie ein Asset in der Tabelle, um zu sehen, worauf es läuft, wovon es abhängt, wovon es Teil ist und was davon abhängt.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Criticality: %1</source>
        <translation>Kritikalität: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Loading the relationships…</source>
        <translation>Die Beziehungen werden geladen …</translation>
    </message>
    <message>
        <source>None: any time is outside a window</source>
        <translation>Keine: jede Zeit liegt außerhalb eines Wartungsfensters</translation>
    </message>
    <message>
        <source>The relationships cannot be read: %1</source>
        <translation>Die Beziehungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (added by %2)</source>
        <translation>%1 (hinzugefügt von %2)</translation>
    </message>
    <message>
        <source>No relationships yet.</source>
        <translation>Noch keine Beziehungen.</translation>
    </message>
    <message>
        <source>Remove w&amp;indow…</source>
        <translation>E&amp;ntfernen …</translation>
    </message>
    <message>
        <source>Remove the selected maintenance window</source>
        <translation>Das gewählte Wartungsfenster entfernen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetDialog</name>
    <message>
        <source>Edit asset %1</source>
        <translation>Asset %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <source>e.g. payments-api</source>
        <translation>z. B. payments-api</translation>
    </message>
    <message>
        <source>The team or person responsible</source>
        <translation>Das verantwortliche Team oder die verantwortliche Person</translation>
    </message>
    <message>
        <source>A change that affects a critical asset is flagged in its risk.</source>
        <translation>Eine Änderung, die ein kritisches Asset betrifft, wird in ihrem Risiko markiert.</translation>
    </message>
    <message>
        <source>Its maintenance windows are in this time zone; empty: none set.</source>
        <translation>Seine Wartungsfenster gelten in dieser Zeitzone; leer: keine gesetzt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetImportDialog</name>
    <message>
        <source>As the file says (comma or semicolon, UTF-8)</source>
        <translation>Wie in der Datei (Komma oder Semikolon, UTF-8)</translation>
    </message>
    <message>
        <source>RFC 4180 (comma, UTF-8)</source>
        <translation>RFC 4180 (Komma, UTF-8)</translation>
    </message>
    <message>
        <source>Excel, German (semicolon, UTF-8)</source>
        <translation>Excel, deutsch (Semikolon, UTF-8)</translation>
    </message>
    <message>
        <source>Excel, German (semicolon, Windows-1252)</source>
        <translation>Excel, deutsch (Semikolon, Windows-1252)</translation>
    </message>
    <message>
        <source>Import assets from CSV</source>
        <translation>Assets aus CSV importieren</translation>
    </message>
    <message>
        <source>One asset a row. Columns: name (required), kind, owner, criticality, time_zone, and the relationships runs_on, depends_on and part_of (names separated by “;”). An existing asset is updated, a new name is created. All rows or none: nothing is written unless every row is valid.</source>
        <translation>Ein Asset je Zeile. Spalten: name (Pflicht), kind, owner, criticality, time_zone und die Beziehungen runs_on, depends_on und part_of (Namen durch „;“ getrennt). Ein vorhandenes Asset wird aktualisiert, ein neuer Name wird angelegt. Alle Zeilen oder keine: Es wird nichts geschrieben, solange nicht jede Zeile gültig ist.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose a file: Vigilo checks every row before anything is written.</source>
        <translation>Wählen Sie eine Datei: Vigilo prüft jede Zeile, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nichts kann importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: the file has %n problems. Correct them and choose the file again.</source>
        <translation>
            <numerusform>Nichts kann importiert werden: Die Datei hat %n Problem. Beheben Sie es und wählen Sie die Datei erneut.</numerusform>
            <numerusform>Nichts kann importiert werden: Die Datei hat %n Probleme. Beheben Sie sie und wählen Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n rows checked.</source>
        <translation>
            <numerusform>%n Zeile geprüft.</numerusform>
            <numerusform>%n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assets to create</source>
        <translation>
            <numerusform>%n Asset wird angelegt</numerusform>
            <numerusform>%n Assets werden angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n wird aktualisiert</numerusform>
            <numerusform>%n werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationships to add</source>
        <translation>
            <numerusform>%n Beziehung wird hinzugefügt</numerusform>
            <numerusform>%n Beziehungen werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ist schon vorhanden</numerusform>
            <numerusform>%n sind schon vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetModel</name>
    <message>
        <source>None (any time is outside a window)</source>
        <translation>Keine (jeder Zeitpunkt liegt außerhalb eines Fensters)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetPicker</name>
    <message>
        <source>Search assets</source>
        <translation>Assets suchen</translation>
    </message>
    <message>
        <source>Matching assets</source>
        <translation>Passende Assets</translation>
    </message>
    <message>
        <source>The assets cannot be read: %1</source>
        <translation>Die Assets können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 (%2): click, Delete or Backspace removes it</source>
        <translation>%1 (%2): Klick, Entf oder Rücktaste entfernt es</translation>
    </message>
    <message>
        <source>Loading the assets…</source>
        <translation>Die Assets werden geladen …</translation>
    </message>
    <message>
        <source>This workspace has no assets yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Assets.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assets match.</source>
        <translation>
            <numerusform>%1 von %n Asset passt.</numerusform>
            <numerusform>%1 von %n Assets passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, kind or owner…</source>
        <translation>Nach Name, Art oder Eigentümer suchen …</translation>
    </message>
    <message numerus="yes">
        <source>%n assets: search by name, kind or owner; Up and Down move, Enter adds.</source>
        <translation>
            <numerusform>%n Asset: nach Name, Art oder Eigentümer suchen; Auf und Ab wählen, Eingabe fügt hinzu.</numerusform>
            <numerusform>%n Assets: nach Name, Art oder Eigentümer suchen; Auf und Ab wählen, Eingabe fügt hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click here or enter a name to search the inventory.</source>
        <translation>Hier klicken oder einen Namen eingeben, um im Bestand zu suchen.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetPickerModel</name>
    <message>
        <source>%1  · %2</source>
        <translation>%1  · %2</translation>
    </message>
    <message>
        <source>  · %1</source>
        <translation>  · %1</translation>
    </message>
    <message>
        <source>%1: %2, criticality %3, owner %4</source>
        <translation>%1: %2, Kritikalität %3, Eigentümer %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Get a desktop notification for every change touching this asset</source>
        <translation>Eine Desktop-Benachrichtigung für jede Änderung erhalten, die dieses Asset betrifft</translation>
    </message>
    <message>
        <source>Follow asset</source>
        <translation>Asset folgen</translation>
    </message>
    <message>
        <source>You follow: %1.</source>
        <translation>Sie folgen: %1.</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>F&amp;olgen</translation>
    </message>
    <message>
        <source>Unf&amp;ollow</source>
        <translation>Nicht mehr f&amp;olgen</translation>
    </message>
    <message>
        <source>The assets cannot be read: %1</source>
        <translation>Die Assets können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search name, kind, owner</source>
        <translation>Name, Art, Eigentümer suchen</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation>Assets suchen</translation>
    </message>
    <message>
        <source>&amp;Add asset…</source>
        <translation>Asset &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add an asset to the inventory</source>
        <translation>Ein Asset zum Bestand hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>What changes touch, what runs on and depends on what. Scheduling outside an asset's maintenance windows is flagged as a conflict. %n assets.</source>
        <translation>
            <numerusform>Was Änderungen betreffen, was worauf läuft und wovon abhängt. Eine Planung außerhalb der Wartungsfenster eines Assets wird als Konflikt markiert. %n Asset.</numerusform>
            <numerusform>Was Änderungen betreffen, was worauf läuft und wovon abhängt. Eine Planung außerhalb der Wartungsfenster eines Assets wird als Konflikt markiert. %n Assets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relationship cannot be removed</source>
        <translation>Die Beziehung kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>This workspace has no assets yet. Add them one by one with “Add asset…”, or a whole inventory with its relationships from a CSV file with “Import CSV…”.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Assets. Fügen Sie sie einzeln mit „Asset hinzufügen …“ hinzu oder einen ganzen Bestand mit seinen Beziehungen aus einer CSV-Datei mit „CSV importieren …“.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Import assets and their relationships from a CSV file</source>
        <translation>Assets und ihre Beziehungen aus einer CSV-Datei importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported from CSV: %n assets created</source>
        <translation>
            <numerusform>Aus CSV importiert: %n Asset angelegt</numerusform>
            <numerusform>Aus CSV importiert: %n Assets angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationships added</source>
        <translation>
            <numerusform>%n Beziehung hinzugefügt</numerusform>
            <numerusform>%n Beziehungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation>Wartungsfenster entfernen</translation>
    </message>
    <message>
        <source>Remove the maintenance window %1 of %2?</source>
        <translation>Das Wartungsfenster %1 von %2 entfernen?</translation>
    </message>
    <message>
        <source>Changes on %1 are then checked against its other windows. The audit trail keeps the removed window.</source>
        <translation>Änderungen an %1 werden dann gegen seine übrigen Wartungsfenster geprüft. Der Prüfpfad behält das entfernte Fenster.</translation>
    </message>
    <message>
        <source>The maintenance window cannot be removed</source>
        <translation>Das Wartungsfenster kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AttachmentTableModel</name>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::AttachmentsTab</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Drop files here to attach them. They are kept in the database with their size and SHA-256.</source>
        <translation>Dateien hier ablegen, um sie anzuhängen. Sie werden mit Größe und SHA-256 in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be attached</source>
        <translation>%1 kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2. Check that it exists and that you may read it.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2. Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation>Dateien an %1 anhängen</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file cannot be saved</source>
        <translation>Die Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>The attachments of %1 cannot be read: %2</source>
        <translation>Die Anhänge von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Files kept with this change, with their size and SHA-256. %1</source>
        <translation>Zu dieser Änderung aufbewahrte Dateien, mit Größe und SHA-256. %1</translation>
    </message>
    <message>
        <source>Reading the attachments of %1…</source>
        <translation>Die Anhänge von %1 werden gelesen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::BatchExportDialog</name>
    <message>
        <source>Export evidence packs for an audit sample</source>
        <translation>Nachweispakete für eine Audit-Stichprobe exportieren</translation>
    </message>
    <message>
        <source>One signed evidence pack per change, and a signed manifest (manifest.csv and manifest.json: number, title, outcome, digest, file name) in the folder you choose.</source>
        <translation>Ein signiertes Nachweispaket pro Änderung und ein signiertes Manifest (manifest.csv und manifest.json: Nummer, Titel, Ergebnis, Hashwert, Dateiname) im Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The changes in the list as it is filtered now (%1)</source>
        <translation>Die Änderungen der Liste, wie sie gerade gefiltert ist (%1)</translation>
    </message>
    <message>
        <source>The changes planned to start in a period:</source>
        <translation>Die Änderungen mit geplantem Beginn in einem Zeitraum:</translation>
    </message>
    <message>
        <source>The workspace's (%1)</source>
        <translation>Sprache des Arbeitsbereichs (%1)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Folder for the evidence packs</source>
        <translation>Ordner für die Nachweispakete</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::BulkApprovalDialog</name>
    <message>
        <source>Approve selected changes</source>
        <translation>Ausgewählte Änderungen genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n changes at once: %1.</source>
        <translation>
            <numerusform>%n Änderung auf einmal genehmigen: %1.</numerusform>
            <numerusform>%n Änderungen auf einmal genehmigen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each one is approved only if it passes the workspace's bulk approval guard; the others are listed afterwards with the reason and left untouched.</source>
        <translation>Jede wird nur genehmigt, wenn sie die Prüfung der Sammelgenehmigung dieses Arbeitsbereichs besteht; die übrigen werden danach mit dem Grund aufgeführt und bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Comment for every approval (optional):</source>
        <translation>&amp;Kommentar zu jeder Genehmigung (optional):</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n changes</source>
        <translation>
            <numerusform>%n Änderung genehmigen</numerusform>
            <numerusform>%n Änderungen genehmigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::BulkApprovalResultDialog</name>
    <message>
        <source>Bulk approval</source>
        <translation>Sammelgenehmigung</translation>
    </message>
    <message>
        <source>%1 %2: now %3</source>
        <translation>%1 %2: jetzt „%3“</translation>
    </message>
    <message numerus="yes">
        <source>%n changes approved, each with its own decision in its history.</source>
        <translation>
            <numerusform>%n Änderung genehmigt, mit eigener Entscheidung in ihrem Verlauf.</numerusform>
            <numerusform>%n Änderungen genehmigt, jede mit eigener Entscheidung in ihrem Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused and left untouched.</source>
        <translation>
            <numerusform>%n Änderung abgewiesen und unverändert gelassen.</numerusform>
            <numerusform>%n Änderungen abgewiesen und unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Genehmigt:</translation>
    </message>
    <message>
        <source>Refused (approve these one by one after a review):</source>
        <translation>Abgewiesen (genehmigen Sie diese einzeln nach einer Prüfung):</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabAgendaTools</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set time box</source>
        <translation>Zeitvorgabe setzen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Den ausgewählten Punkt nach oben schieben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Den ausgewählten Punkt nach unten schieben (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Take the selected change off the agenda</source>
        <translation>Die ausgewählte Änderung von der Tagesordnung nehmen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Time box of the selected item</source>
        <translation>Zeitvorgabe des ausgewählten Punkts</translation>
    </message>
    <message>
        <source>CHG-00042 or 42</source>
        <translation>CHG-00042 oder 42</translation>
    </message>
    <message>
        <source>Change to add to the agenda</source>
        <translation>Änderung, die auf die Tagesordnung soll</translation>
    </message>
    <message>
        <source>%1 moved to position %2.</source>
        <translation>%1 an Position %2 verschoben.</translation>
    </message>
    <message>
        <source>%1 taken off the agenda.</source>
        <translation>%1 von der Tagesordnung genommen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has a time box of %n minutes.</source>
        <translation>
            <numerusform>%1 hat eine Zeitvorgabe von %n Minute.</numerusform>
            <numerusform>%1 hat eine Zeitvorgabe von %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the number of the change to add, e.g. CHG-00042 or 42.</source>
        <translation>Geben Sie die Nummer der Änderung ein, die hinzukommen soll, z. B. CHG-00042 oder 42.</translation>
    </message>
    <message>
        <source>%1 added to the agenda.</source>
        <translation>%1 auf die Tagesordnung gesetzt.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabAttendanceDialog</name>
    <message>
        <source>%1 of %2 voting present — quorum met (needs %3)</source>
        <translation>%1 von %2 Stimmberechtigten anwesend – Quorum erreicht (nötig: %3)</translation>
    </message>
    <message>
        <source>%1 of %2 voting present — quorum NOT met (needs %3)</source>
        <translation>%1 von %2 Stimmberechtigten anwesend – Quorum NICHT erreicht (nötig: %3)</translation>
    </message>
    <message>
        <source>Attendance — meeting %1</source>
        <translation>Anwesenheit – Sitzung %1</translation>
    </message>
    <message>
        <source>Who is in the room?</source>
        <translation>Wer ist anwesend?</translation>
    </message>
    <message>
        <source>%1 (voting)</source>
        <translation>%1 (stimmberechtigt)</translation>
    </message>
    <message>
        <source>%1 (adviser)</source>
        <translation>%1 (Berater)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Represented by…</source>
        <translation>Vertreten durch …</translation>
    </message>
    <message>
        <source>(choose a member)</source>
        <translation>(Mitglied wählen)</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabDecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Enter to confirm · Shift+Enter for a new line · Esc to go back</source>
        <translation>Eingabe bestätigt · Umschalt+Eingabe für eine neue Zeile · Esc geht zurück</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Mit Auflagen genehmigen</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Vertagen</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Mit Auflagen genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Vertagt</translation>
    </message>
    <message>
        <source>Sent back: needs information</source>
        <translation>Zurückgegeben: Rückfrage an den Antragsteller</translation>
    </message>
    <message>
        <source>Comment for the minutes (optional)</source>
        <translation>Kommentar für das Protokoll (optional)</translation>
    </message>
    <message>
        <source>The conditions (required): they appear on the change</source>
        <translation>Die Auflagen (erforderlich): Sie erscheinen an der Änderung</translation>
    </message>
    <message>
        <source>Why the CAB rejects it (required): the requester reads it</source>
        <translation>Warum das CAB sie ablehnt (erforderlich): Der Antragsteller liest es</translation>
    </message>
    <message>
        <source>Note for the next meeting (required)</source>
        <translation>Notiz für die nächste Sitzung (erforderlich)</translation>
    </message>
    <message>
        <source>The question for the requester (required)</source>
        <translation>Die Frage an den Antragsteller (erforderlich)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write the text first: the change and the minutes carry it.</source>
        <translation>Schreiben Sie zuerst den Text: Die Änderung und das Protokoll übernehmen ihn.</translation>
    </message>
    <message>
        <source>Votes (optional):</source>
        <translation>Stimmen (optional):</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Stimme von %1</translation>
    </message>
    <message>
        <source>No vote recorded</source>
        <translation>Keine Stimme erfasst</translation>
    </message>
    <message>
        <source>For</source>
        <comment>CAB vote</comment>
        <translation>Dafür</translation>
    </message>
    <message>
        <source>Against</source>
        <comment>CAB vote</comment>
        <translation>Dagegen</translation>
    </message>
    <message>
        <source>Abstains</source>
        <comment>CAB vote</comment>
        <translation>Enthält sich</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabItemCard</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Similar changes before</source>
        <translation>Frühere ähnliche Änderungen</translation>
    </message>
    <message>
        <source>No planned window</source>
        <translation>Kein geplantes Zeitfenster</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>Beantragt von %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translation>Assets: %1</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>No implementation plan</source>
        <translation>Kein Umsetzungsplan</translation>
    </message>
    <message>
        <source>No rollback plan</source>
        <translation>Kein Rückfallplan</translation>
    </message>
    <message>
        <source>No test plan</source>
        <translation>Kein Testplan</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Score %1/100 · %2 of %3 questions answered</source>
        <translation>Punktzahl %1/100 · %2 von %3 Fragen beantwortet</translation>
    </message>
    <message>
        <source>Questionnaire not answered</source>
        <translation>Fragebogen nicht beantwortet</translation>
    </message>
    <message>
        <source>None: nothing else touches these assets in this window.</source>
        <translation>Keine: Nichts anderes berührt diese Assets in diesem Zeitfenster.</translation>
    </message>
    <message>
        <source>No other asset depends on the assets of this change.</source>
        <translation>Kein anderes Asset hängt von den Assets dieser Änderung ab.</translation>
    </message>
    <message>
        <source>Critical assets affected: %1</source>
        <translation>Betroffene kritische Assets: %1</translation>
    </message>
    <message>
        <source>… and %1 more on the change's Impact tab</source>
        <translation>… und %1 weitere auf der Registerkarte „Auswirkungen“ der Änderung</translation>
    </message>
    <message>
        <source>No similar change before</source>
        <translation>Bisher keine ähnliche Änderung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Indirect: %1</source>
        <translation>Indirekt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n assets affected</source>
        <translation>
            <numerusform>%n Asset betroffen</numerusform>
            <numerusform>%n Assets betroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n excluded with a reason)</source>
        <translation>
            <numerusform>(%n mit Begründung ausgeschlossen)</numerusform>
            <numerusform>(%n mit Begründung ausgeschlossen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CabWindow</name>
    <message>
        <source>CAB mode — %1</source>
        <translation>CAB-Modus – %1</translation>
    </message>
    <message>
        <source>CAB · %1</source>
        <translation>CAB · %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>New ad-hoc meeting</source>
        <translation>Neue Ad-hoc-Sitzung</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Late additions</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Sitzung beginnen</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Anwesenheit …</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Protokoll exportieren …</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>meeting-%1-minutes.md</source>
        <translation>sitzung-%1-protokoll.md</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Protokoll nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>F11 full screen · Esc leave</source>
        <translation>F11 Vollbild · Esc verlassen</translation>
    </message>
    <message>
        <source>Meeting %1 of %2 created: its agenda can change until it starts.</source>
        <translation>Sitzung %1 von %2 angelegt: Ihre Tagesordnung kann sich bis zum Beginn ändern.</translation>
    </message>
    <message>
        <source>Meeting %1 started: its agenda is frozen.</source>
        <translation>Sitzung %1 hat begonnen: Ihre Tagesordnung ist festgeschrieben.</translation>
    </message>
    <message>
        <source>%1 admitted to the agenda.</source>
        <translation>%1 in die Tagesordnung aufgenommen.</translation>
    </message>
    <message>
        <source>Meeting %1 closed: its minutes are recorded.</source>
        <translation>Sitzung %1 geschlossen: Ihr Protokoll ist erfasst.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Meeting %1 has no minutes yet: they are written when it closes.</source>
        <translation>Sitzung %1 hat noch kein Protokoll: Es entsteht, wenn sie geschlossen wird.</translation>
    </message>
    <message>
        <source>The minutes cannot be written to %1: %2</source>
        <translation>Das Protokoll kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Meeting %1 · %2 · %3 · %4 · agenda: %5</source>
        <translation>Sitzung %1 · %2 · %3 · %4 · Tagesordnung: %5</translation>
    </message>
    <message>
        <source>No meeting yet: hold an ad-hoc meeting of a CAB below.</source>
        <translation>Noch keine Sitzung: Halten Sie unten eine Ad-hoc-Sitzung eines CAB ab.</translation>
    </message>
    <message>
        <source>No CAB in this workspace yet</source>
        <translation>Noch kein CAB in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 · meeting %2 · %3</source>
        <translation>%1 · Sitzung %2 · %3</translation>
    </message>
    <message>
        <source>The meeting has not started: its agenda can still change. Start it to freeze the agenda.</source>
        <translation>Die Sitzung hat nicht begonnen: Ihre Tagesordnung kann sich noch ändern. Beginnen Sie sie, um die Tagesordnung festzuschreiben.</translation>
    </message>
    <message>
        <source>Every item on the agenda is decided. Close the meeting to write its minutes.</source>
        <translation>Über jeden Punkt der Tagesordnung ist entschieden. Schließen Sie die Sitzung, um ihr Protokoll zu schreiben.</translation>
    </message>
    <message>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>(late addition)</source>
        <translation>(Nachtrag)</translation>
    </message>
    <message>
        <source>Nothing on the agenda</source>
        <translation>Nichts auf der Tagesordnung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Late additions (%1)</source>
        <translation>Nachträge (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 von %2 Min.</translation>
    </message>
    <message>
        <source>OVER TIME +%1 (time box %2 min)</source>
        <translation>ZEIT ÜBERSCHRITTEN +%1 (Zeitvorgabe %2 Min.)</translation>
    </message>
    <message>
        <source>Minutes as PDF…</source>
        <translation>Protokoll als PDF …</translation>
    </message>
    <message>
        <source>The minutes as a PDF in the workspace's language, signed with your key like evidence packs</source>
        <translation>Das Protokoll als PDF in der Sprache des Arbeitsbereichs, mit Ihrem Schlüssel signiert wie Nachweispakete</translation>
    </message>
    <message>
        <source>Export the minutes as PDF</source>
        <translation>Protokoll als PDF exportieren</translation>
    </message>
    <message>
        <source>meeting-%1-minutes.pdf</source>
        <translation>sitzung-%1-protokoll.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Signed minutes written to %1</source>
        <translation>Signiertes Protokoll nach %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n Min.)</numerusform>
            <numerusform>(%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening meeting %1…</source>
        <translation>Sitzung %1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Loading the meetings…</source>
        <translation>Die Sitzungen werden geladen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CalendarPage</name>
    <message>
        <source>Freeze window</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Only assets with changes</source>
        <translation>Nur Assets mit Änderungen</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Nächstes freies Zeitfenster</translation>
    </message>
    <message>
        <source>Open change</source>
        <translation>Änderung öffnen</translation>
    </message>
    <message>
        <source>Change calendar</source>
        <translation>Änderungskalender</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Zu heute springen (Pos1)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Hide the assets that have no change in the shown period</source>
        <translation>Assets ohne Änderung im angezeigten Zeitraum ausblenden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No change selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine Änderung ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a bar, or use the arrow keys, to see a change and its conflicts. Drag a bar sideways (or press Shift+Left/Right) to see what a new slot would conflict with before anything is saved; dropping it (or Enter) asks whether to save.</source>
        <translation>Klicken Sie auf einen Balken oder nutzen Sie die Pfeiltasten, um eine Änderung und ihre Konflikte zu sehen. Ziehen Sie einen Balken zur Seite (oder drücken Sie Umschalt+Links/Rechts), um zu sehen, womit ein neues Zeitfenster in Konflikt stünde, bevor etwas gespeichert wird; beim Loslassen (oder mit Eingabe) wird gefragt, ob gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;%3&lt;br&gt;Assets: %4</source>
        <translation>%1 · %2&lt;br&gt;%3&lt;br&gt;Assets: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <source>&lt;span style="color:#16a34a"&gt;No conflicts.&lt;/span&gt;</source>
        <translation>&lt;span style="color:#16a34a"&gt;Keine Konflikte.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style="color:#dc2626"&gt;Conflicts (%1):&lt;/b&gt;</source>
        <translation>&lt;b style="color:#dc2626"&gt;Konflikte (%1):&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Now: %3 (conflicts: %4)</source>
        <translation>%1 · %2&lt;br&gt;Derzeit: %3 (Konflikte: %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if %1 moved to %2?&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Was wäre, wenn %1 auf %2 verschoben würde?&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>The new slot has no conflicts.</source>
        <translation>Das neue Zeitfenster hat keine Konflikte.</translation>
    </message>
    <message>
        <source>Conflicts the new slot would have: %1. Nothing is saved until you drop the bar and choose Save.</source>
        <translation>Konflikte im neuen Zeitfenster: %1. Gespeichert wird erst, wenn Sie den Balken loslassen und „Speichern“ wählen.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation>%1 auf %2 verschieben?</translation>
    </message>
    <message>
        <source>Conflicts the new slot would have (%1):</source>
        <translation>Konflikte im neuen Zeitfenster (%1):</translation>
    </message>
    <message>
        <source>%1 cannot be moved</source>
        <translation>%1 kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 wurde auf %2 verschoben.</translation>
    </message>
    <message>
        <source>No free slot for %1</source>
        <translation>Kein freies Zeitfenster für %1</translation>
    </message>
    <message>
        <source>%1 view (Ctrl+wheel or +/− to zoom)</source>
        <translation>Ansicht %1 (Strg+Mausrad oder +/− zum Zoomen)</translation>
    </message>
    <message>
        <source>Find the earliest window without conflicts for the selected change</source>
        <translation>Das früheste konfliktfreie Zeitfenster für die ausgewählte Änderung finden</translation>
    </message>
    <message>
        <source>Status again: %1. The new window needs approval.</source>
        <translation>Status wieder: %1. Das neue Zeitfenster muss genehmigt werden.</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <source>One row per service, with the changes that affect it through its components and what they run on or depend on</source>
        <translation>Eine Zeile je Dienst, mit den Änderungen, die ihn über seine Komponenten betreffen und über das, worauf diese laufen oder wovon sie abhängen</translation>
    </message>
    <message>
        <source>Indirect: %1</source>
        <translation>Indirekt: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;The calendar cannot be read.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Der Kalender kann nicht gelesen werden.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Moving %1 to %2…</source>
        <translation>%1 wird auf %2 verschoben …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CalendarView</name>
    <message>
        <source>Change calendar</source>
        <translation>Änderungskalender</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No asset</source>
        <translation>Kein Asset</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Freeze window “%1”: %2</source>
        <translation>Änderungssperre „%1“: %2</translation>
    </message>
    <message>
        <source>Maintenance window of %1: %2</source>
        <translation>Wartungsfenster von %1: %2</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>No assets in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keine Assets.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>calendar week header</comment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>calendar month header</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Dienste (%1)</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Kein Dienst</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ChangeDetailView</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This change cannot be shown</source>
        <translation>Diese Änderung kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere while you were editing. Save to try your edits on top (you will be told if they collide), or &lt;a href='discard'&gt;discard your edits and show the new version&lt;/a&gt;.</source>
        <translation>%1 wurde anderswo geändert, während Sie bearbeitet haben. Speichern Sie, um Ihre Bearbeitungen auf die neue Version anzuwenden (Sie erfahren es, wenn sie kollidieren), oder &lt;a href='discard'&gt;verwerfen Sie Ihre Bearbeitungen und zeigen Sie die neue Version an&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>Beantragt von %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>Abgeschlossen (%1) von %2</translation>
    </message>
    <message>
        <source>Rolled back by %1 on %2</source>
        <translation>Zurückgerollt von %1 am %2</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Bearbeitungen</translation>
    </message>
    <message>
        <source>%1 has unsaved edits on the Details tab. Save them before you go on?</source>
        <translation>%1 hat nicht gespeicherte Bearbeitungen auf der Registerkarte „Details“. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>Approve "%1". A comment is optional; it is kept with your decision.</source>
        <translation>„%1“ genehmigen. Ein Kommentar ist optional; er wird mit Ihrer Entscheidung gespeichert.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Say why "%1" is rejected, so the requester knows what to fix.</source>
        <translation>Begründen Sie, warum „%1“ abgelehnt wird, damit der Antragsteller weiß, was zu korrigieren ist.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <source>What went wrong? The reason is required and goes into the audit pack.</source>
        <translation>Was ist schiefgegangen? Die Begründung ist erforderlich und kommt in das Nachweispaket.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <source>Cancel "%1"? A cancelled change is not done at all and cannot be reopened. A reason is optional.</source>
        <translation>„%1“ stornieren? Eine stornierte Änderung wird gar nicht durchgeführt und kann nicht wieder geöffnet werden. Eine Begründung ist optional.</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Änderung stornieren</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Registerkarte schließen</translation>
    </message>
    <message>
        <source>Close this tab and go back to the list; the change itself is not affected (Ctrl+W)</source>
        <translation>Diese Registerkarte schließen und zur Liste zurückkehren; die Änderung selbst bleibt unberührt (Strg+W)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 is overrunning: it is still in progress after its planned end (%2). Complete it, roll it back, or tell the people it affects.</source>
        <translation>%1 ist überfällig: Die Änderung ist nach ihrem geplanten Ende (%2) noch in Umsetzung. Schließen Sie sie ab, rollen Sie sie zurück, oder informieren Sie die Betroffenen.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>%1 wieder öffnen</translation>
    </message>
    <message>
        <source>Why is "%1" reopened? Closing it was recorded for the audit, so the reason is required and goes into the audit pack.</source>
        <translation>Warum wird „%1“ wieder geöffnet? Der Abschluss wurde im Prüfpfad festgehalten, daher ist die Begründung erforderlich und kommt in das Nachweispaket.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Start %1 outside its window</source>
        <translation>%1 außerhalb des Zeitfensters starten</translation>
    </message>
    <message>
        <source>%1

Write the justification below: it is recorded with the start as an exception.</source>
        <translation>%1

Geben Sie unten die Begründung ein: Sie wird zusammen mit dem Start als Ausnahme festgehalten.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>E&amp;xport evidence pack…</source>
        <translation>Nachweispaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A signed PDF of this change from intent to outcome, for auditors</source>
        <translation>Ein signiertes PDF dieser Änderung vom Vorhaben bis zum Ergebnis, für Auditoren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ChangeDetailsDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Minimum lead time</source>
        <translation>Mindestvorlaufzeit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Betroffene Assets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Closure notes</source>
        <translation>Abschlussnotizen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rollback reason</source>
        <translation>Rollback-Grund</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ChangeListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Still in progress after its planned end (%1).</source>
        <translation>Nach dem geplanten Ende (%1) noch in Umsetzung.</translation>
    </message>
    <message>
        <source>%1, overrunning</source>
        <translation>%1, überfällig</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ChangeListView</name>
    <message>
        <source>Search number, title or people…</source>
        <translation>Nummer, Titel oder Personen suchen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Show only changes in this status</source>
        <translation>Nur Änderungen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Show only changes of this type</source>
        <translation>Nur Änderungen dieses Typs anzeigen</translation>
    </message>
    <message>
        <source>Show only changes with this priority</source>
        <translation>Nur Änderungen mit dieser Priorität anzeigen</translation>
    </message>
    <message>
        <source>Show only changes with this risk level</source>
        <translation>Nur Änderungen mit dieser Risikostufe anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <source>Show only changes assigned to this person</source>
        <translation>Nur Änderungen anzeigen, die dieser Person zugewiesen sind</translation>
    </message>
    <message>
        <source>All assignees</source>
        <translation>Alle Bearbeiter</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CloseChangeDialog</name>
    <message>
        <source>How did the change go? The closure code and notes are kept in the audit trail and printed in the evidence pack.</source>
        <translation>Wie ist die Änderung verlaufen? Abschlusscode und Abschlussnotizen werden im Prüfpfad gespeichert und im Nachweispaket gedruckt.</translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation>Ergebnis wählen…</translation>
    </message>
    <message>
        <source>What was done, what was verified, anything unexpected</source>
        <translation>Was getan wurde, was geprüft wurde, was unerwartet war</translation>
    </message>
    <message>
        <source>Closure &amp;code:</source>
        <translation>Abschluss&amp;code:</translation>
    </message>
    <message>
        <source>Closure &amp;notes:</source>
        <translation>Abschluss&amp;notizen:</translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <source>Complete change</source>
        <translation>Änderung abschließen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>This column always shows.</source>
        <translation>Diese Spalte wird immer angezeigt.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::CommentsTab</name>
    <message>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation>Kommentar &amp;senden</translation>
    </message>
    <message>
        <source>No comments yet. Notes for the reviewers, questions, links to evidence: they all belong here.</source>
        <translation>Noch keine Kommentare. Hinweise für die Prüfer, Fragen, Links zu Nachweisen: All das gehört hierher.</translation>
    </message>
    <message>
        <source>The comment cannot be posted</source>
        <translation>Der Kommentar kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>The comments of %1 cannot be read: %2</source>
        <translation>Die Kommentare von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading the comments of %1…</source>
        <translation>Die Kommentare von %1 werden gelesen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ConflictBanner</name>
    <message>
        <source>Freeze</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Conflicts cannot be checked</source>
        <translation>Konflikte können nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>The planned window has %n conflicts</source>
        <translation>
            <numerusform>Das geplante Zeitfenster hat einen Konflikt</numerusform>
            <numerusform>Das geplante Zeitfenster hat %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Indirect overlap</source>
        <translation>Indirekte Überschneidung</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Require (encrypted)</source>
        <translation>Erzwingen (verschlüsselt)</translation>
    </message>
    <message>
        <source>Verify the server certificate</source>
        <translation>Serverzertifikat prüfen</translation>
    </message>
    <message>
        <source>Verify the certificate authority</source>
        <translation>Zertifizierungsstelle prüfen</translation>
    </message>
    <message>
        <source>Prefer (encrypt when offered)</source>
        <translation>Bevorzugen (verschlüsseln, wenn angeboten)</translation>
    </message>
    <message>
        <source>Disable (only on a trusted network)</source>
        <translation>Deaktivieren (nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>You act as this database user: on a server your login is who you are in the workspace. The password is never written to Vigilo's settings.</source>
        <translation>Sie handeln als dieser Datenbankbenutzer: Auf einem Server bestimmt Ihre Anmeldung, wer Sie im Arbeitsbereich sind. Das Passwort wird nie in die Einstellungen von Vigilo geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::DashboardPage</name>
    <message>
        <source>Delivery metrics</source>
        <translation>Kennzahlen der Auslieferung</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>&amp;Trend per</source>
        <translation>&amp;Trend pro</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Alle Assets</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>As&amp;set</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Deployments and change failure rate per period</source>
        <translation>Deployments und Änderungsfehlerrate pro Zeitraum</translation>
    </message>
    <message>
        <source>Lead time and time to restore per period</source>
        <translation>Durchlaufzeit und Wiederherstellungszeit pro Zeitraum</translation>
    </message>
    <message>
        <source>Click a card, a bar or a point to list the changes behind it. Times are in UTC weeks (from Monday) and calendar months.</source>
        <translation>Klicken Sie auf eine Karte, einen Balken oder einen Punkt, um die zugehörigen Änderungen aufzulisten. Zeiten sind in UTC-Wochen (ab Montag) und Kalendermonaten angegeben.</translation>
    </message>
    <message>
        <source>The first day of the range is after the last one: pick a first day on or before %1.</source>
        <translation>Der erste Tag des Zeitraums liegt nach dem letzten: Wählen Sie als ersten Tag den %1 oder einen früheren.</translation>
    </message>
    <message>
        <source>arrows compare with the period of the same length before</source>
        <translation>Pfeile vergleichen mit dem gleich langen Zeitraum davor</translation>
    </message>
    <message>
        <source>all assets</source>
        <translation>alle Assets</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>Asset %1</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>Änderungsart %1</translation>
    </message>
    <message>
        <source>all change types</source>
        <translation>alle Änderungstypen</translation>
    </message>
    <message>
        <source>Mean: %1.</source>
        <translation>Mittelwert: %1.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorzeitraum: %1</translation>
    </message>
    <message>
        <source>Deployments and change failure rate</source>
        <translation>Deployments und Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed or rolled back</source>
        <translation>Gescheitert oder zurückgerollt</translation>
    </message>
    <message>
        <source>Failure rate (%)</source>
        <translation>Fehlerrate (%)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1: %2 %3
Click to list the changes.</source>
        <translation>%1: %2 %3
Klicken Sie, um die Änderungen aufzulisten.</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Lead time and time to restore (median, days)</source>
        <translation>Durchlaufzeit und Wiederherstellungszeit (Median, Tage)</translation>
    </message>
    <message>
        <source>Lead time and time to restore (median, hours)</source>
        <translation>Durchlaufzeit und Wiederherstellungszeit (Median, Stunden)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>The assets cannot be read: %1</source>
        <translation>Die Assets können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Die Kennzahlen werden geladen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::DecisionTableModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::DetailsTab</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Bearbeitungen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Minimum hours between submission and the planned start</source>
        <translation>Mindestanzahl Stunden zwischen Einreichung und geplantem Beginn</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Be&amp;arbeiter:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Vorlaufzeit:</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>Geplantes Zeitfenster</translation>
    </message>
    <message>
        <source>The change has a planned window</source>
        <translation>Die Änderung hat ein geplantes Zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>e.g. CHG-00012, CHG-00015</source>
        <translation>z. B. CHG-00012, CHG-00015</translation>
    </message>
    <message>
        <source>Affected assets:</source>
        <translation>Betroffene Assets:</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>&amp;Hängt ab von:</translation>
    </message>
    <message>
        <source>What changes and why</source>
        <translation>Was sich ändert und warum</translation>
    </message>
    <message>
        <source>One step per line; each becomes an implementation task</source>
        <translation>Ein Schritt pro Zeile; jeder wird zu einer Umsetzungsaufgabe</translation>
    </message>
    <message>
        <source>How to undo it</source>
        <translation>Wie man sie rückgängig macht</translation>
    </message>
    <message>
        <source>How to verify it worked</source>
        <translation>Wie man prüft, dass sie funktioniert hat</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Implementation plan:</source>
        <translation>Umsetzungsplan:</translation>
    </message>
    <message>
        <source>Rollback plan:</source>
        <translation>Rückfallplan:</translation>
    </message>
    <message>
        <source>Test plan:</source>
        <translation>Testplan:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Beantragt von %1 am %2</translation>
    </message>
    <message>
        <source>updated %1 (version %2)</source>
        <translation>aktualisiert %1 (Version %2)</translation>
    </message>
    <message>
        <source>from the standard template "%1"</source>
        <translation>aus der Standardvorlage „%1“</translation>
    </message>
    <message>
        <source>This change is in review. Editing its window, assets, plans or type restarts the approval.</source>
        <translation>Diese Änderung ist in Prüfung. Wer Zeitfenster, Assets, Pläne oder Typ bearbeitet, startet die Genehmigung neu.</translation>
    </message>
    <message>
        <source>This change is %1. Editing its window, assets, plans or type sends it back for approval.</source>
        <translation>Status dieser Änderung: %1. Wer Zeitfenster, Assets, Pläne oder Typ bearbeitet, schickt sie zurück in die Genehmigung.</translation>
    </message>
    <message>
        <source>You can read this change; your role does not allow editing it.</source>
        <translation>Sie können diese Änderung lesen; Ihre Rolle erlaubt es nicht, sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>This change is %1: its details can no longer be edited.</source>
        <translation>Status dieser Änderung: %1. Ihre Details können nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be saved</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>"%1" is not a change number. Write the changes this one depends on as CHG-00012 or 12, separated by commas.</source>
        <translation>„%1“ ist keine Änderungsnummer. Schreiben Sie die Änderungen, von denen diese abhängt, als CHG-00012 oder 12, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>The members cannot be read: %1</source>
        <translation>Die Mitglieder können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::DrillDownDialog</name>
    <message>
        <source>%1 — changes behind the figure</source>
        <translation>%1 – Änderungen hinter der Kennzahl</translation>
    </message>
    <message>
        <source>Changes behind the figure</source>
        <translation>Änderungen hinter der Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed or rolled back</source>
        <translation>Abgeschlossen oder zurückgerollt</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeänderung</translation>
    </message>
    <message>
        <source>&amp;Open change</source>
        <translation>Änderung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>No change is behind this figure in the period.</source>
        <translation>Hinter dieser Kennzahl steht im Zeitraum keine Änderung.</translation>
    </message>
    <message>
        <source>Changes behind this figure: %1. Double-click one to open it.</source>
        <translation>Änderungen hinter dieser Kennzahl: %1. Doppelklicken Sie auf eine, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Loading the changes…</source>
        <translation>Die Änderungen werden geladen …</translation>
    </message>
    <message>
        <source>The changes cannot be read: %1</source>
        <translation>Die Änderungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::EmptyWorkspaceHint</name>
    <message>
        <source>This workspace has no changes yet</source>
        <translation>Dieser Arbeitsbereich hat noch keine Änderungen</translation>
    </message>
    <message>
        <source>New change…</source>
        <translation>Neue Änderung…</translation>
    </message>
    <message>
        <source>Add assets…</source>
        <translation>Assets hinzufügen…</translation>
    </message>
    <message>
        <source>Import changes from CSV…</source>
        <translation>Änderungen aus CSV importieren…</translation>
    </message>
    <message>
        <source>Start with what you plan to change: a change request says what, when, why and how to roll back, and goes through review and approval.

Add the assets your changes touch (services, hosts, databases) so that Vigilo can check conflicts and freeze windows, or import the changes you already track from a CSV file.</source>
        <translation>Beginnen Sie mit dem, was Sie ändern wollen: Ein Änderungsantrag sagt, was, wann, warum und wie zurückgerollt wird, und durchläuft Prüfung und Genehmigung.

Legen Sie die Assets an, die Ihre Änderungen betreffen (Dienste, Hosts, Datenbanken), damit Vigilo Konflikte und Änderungssperren prüfen kann, oder importieren Sie die Änderungen, die Sie bereits führen, aus einer CSV-Datei.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ErrorPresenter</name>
    <message>
        <source>%1 cannot be submitted</source>
        <translation>%1 kann nicht eingereicht werden</translation>
    </message>
    <message>
        <source>%1 cannot be approved</source>
        <translation>%1 kann nicht genehmigt werden</translation>
    </message>
    <message>
        <source>%1 cannot be rejected</source>
        <translation>%1 kann nicht abgelehnt werden</translation>
    </message>
    <message>
        <source>%1 cannot be scheduled</source>
        <translation>%1 kann nicht eingeplant werden</translation>
    </message>
    <message>
        <source>%1 cannot be started</source>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back</source>
        <translation>%1 kann nicht zurückgerollt werden</translation>
    </message>
    <message>
        <source>%1 cannot be reopened</source>
        <translation>%1 kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be cancelled</source>
        <translation>%1 kann nicht storniert werden</translation>
    </message>
    <message>
        <source>Someone else changed it</source>
        <translation>Jemand anderes hat sie geändert</translation>
    </message>
    <message>
        <source>Someone else changed this change while you were editing it.</source>
        <translation>Jemand anderes hat diese Änderung geändert, während Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation>Die Aktion konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be completed</source>
        <translation>%1 kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::EvidenceExport</name>
    <message>
        <source>The chain anchor was not recorded</source>
        <translation>Der Kettenanker wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>Evidence packs (*.pdf)</source>
        <translation>Nachweispakete (*.pdf)</translation>
    </message>
    <message>
        <source>The evidence pack of %1 was not exported</source>
        <translation>Das Nachweispaket von %1 wurde nicht exportiert</translation>
    </message>
    <message>
        <source>The changes could not be read</source>
        <translation>Die Änderungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The audit sample was not exported</source>
        <translation>Die Audit-Stichprobe wurde nicht exportiert</translation>
    </message>
    <message>
        <source>There is no change in the sample: widen the filter or the period.</source>
        <translation>Die Stichprobe enthält keine Änderung: Erweitern Sie den Filter oder den Zeitraum.</translation>
    </message>
    <message>
        <source>Exporting evidence packs…</source>
        <translation>Nachweispakete werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>%1 wird exportiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the server sent no pack</source>
        <translation>der Server hat kein Nachweispaket gesendet</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::EvidenceHistoryModel</name>
    <message>
        <source>Hash %1</source>
        <translation>Hashwert %1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::FirstRunDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Welcome to Vigilo</source>
        <translation>Willkommen bei Vigilo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Vigilo&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Vigilo&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Vigilo keeps every change request, its approvals and its history in a database. Where should yours live? You can open another one later from the File menu.</source>
        <translation>Vigilo speichert jeden Änderungsantrag mit seinen Genehmigungen und seinem Verlauf in einer Datenbank. Wo soll Ihre liegen? Eine andere können Sie später über das Menü „Datei“ öffnen.</translation>
    </message>
    <message>
        <source>&amp;Create a local workspace</source>
        <translation>Lokalen Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <source>Start your own workspace in a database file on this computer (%1). You become its owner.</source>
        <translation>Legen Sie Ihren eigenen Arbeitsbereich in einer Datenbankdatei auf diesem Computer an (%1). Sie werden sein Inhaber.</translation>
    </message>
    <message>
        <source>&amp;Open a shared file</source>
        <translation>Gemeinsame Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Use a Vigilo database file that your team keeps on a shared folder.</source>
        <translation>Verwenden Sie eine Vigilo-Datenbankdatei, die Ihr Team in einem freigegebenen Ordner ablegt.</translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation>&amp;Demo erkunden</translation>
    </message>
    <message>
        <source>Look around a realistic workspace with sample changes, approvals and history. Nothing you do there affects real work.</source>
        <translation>Sehen Sie sich in einem realistischen Arbeitsbereich mit Beispieländerungen, Genehmigungen und Verlauf um. Was Sie dort tun, wirkt sich nicht auf die echte Arbeit aus.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create a local workspace&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Lokalen Arbeitsbereich anlegen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workspace holds a team's changes, assets and members. It is saved in %1.</source>
        <translation>Ein Arbeitsbereich enthält die Änderungen, Assets und Mitglieder eines Teams. Er wird in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Platform Operations</source>
        <translation>Plattformbetrieb</translation>
    </message>
    <message>
        <source>platform-ops</source>
        <translation>plattformbetrieb</translation>
    </message>
    <message>
        <source>The short name used on the command line (vigilo-cli -w SLUG): lower-case letters, digits and '-'.</source>
        <translation>Das Kürzel für die Kommandozeile (vigilo-cli -w KÜRZEL): Kleinbuchstaben, Ziffern und '-'.</translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>&amp;Short name (slug):</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Language of evidence packs:</source>
        <translation>&amp;Sprache der Nachweispakete:</translation>
    </message>
    <message>
        <source>You sign in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Sie melden sich als &lt;b&gt;%1&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>C&amp;reate workspace</source>
        <translation>Arbeitsbereich an&amp;legen</translation>
    </message>
    <message>
        <source>Open a shared Vigilo database</source>
        <translation>Gemeinsame Vigilo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Vigilo databases (*.sqlite *.db *.vigilo);;All files (*)</source>
        <translation>Vigilo-Datenbanken (*.sqlite *.db *.vigilo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose an existing Vigilo database file.</source>
        <translation>%1 existiert nicht. Wählen Sie eine vorhandene Vigilo-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <source>Connect to a &amp;team server</source>
        <translation>Mit einem &amp;Team-Server verbinden</translation>
    </message>
    <message>
        <source>Join your team: sign in with the account or the enrollment code your administrator gave you.</source>
        <translation>Treten Sie Ihrem Team bei: Melden Sie sich mit dem Konto oder dem Registrierungscode an, den Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database &amp;directly (administrators)</source>
        <translation>Eine PostgreSQL-Datenbank &amp;direkt öffnen (Administratoren)</translation>
    </message>
    <message>
        <source>For the administrator of a team's database: connect with a PostgreSQL login. Members of a team sign in to its team server instead.</source>
        <translation>Für den Administrator der Datenbank eines Teams: mit einer PostgreSQL-Anmeldung verbinden. Mitglieder eines Teams melden sich stattdessen an seinem Team-Server an.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::FreezeAdminPage</name>
    <message>
        <source>Freeze windows</source>
        <translation>Änderungssperren</translation>
    </message>
    <message>
        <source>A freeze window blocks submitting and scheduling changes that overlap it. Admins and owners may override one that allows it, with a justification that is audited.</source>
        <translation>Eine Änderungssperre verhindert das Einreichen und Einplanen von Änderungen, die sie überschneiden. Administratoren und Inhaber dürfen eine Änderungssperre, die es erlaubt, mit einer protokollierten Begründung übergehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übergehen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>the whole workspace</source>
        <translation>den ganzen Arbeitsbereich</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>Add a freeze window</source>
        <translation>Änderungssperre hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Year-end freeze</source>
        <translation>z. B. Jahresendsperre</translation>
    </message>
    <message>
        <source>Admins and owners may &amp;override it, with a justification</source>
        <translation>Administratoren und Inhaber dürfen sie mit einer Begründung &amp;übergehen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends (not included):</source>
        <translation>&amp;Ende (nicht eingeschlossen):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation>&amp;Assets:</translation>
    </message>
    <message>
        <source>Freeze window %1 added.</source>
        <translation>Änderungssperre %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Remove freeze window</source>
        <translation>Änderungssperre entfernen</translation>
    </message>
    <message>
        <source>Remove the freeze window %1 (%2)?</source>
        <translation>Die Änderungssperre %1 (%2) entfernen?</translation>
    </message>
    <message>
        <source>Changes in that period can then be submitted and scheduled. The audit trail keeps the removed window, so a change refused or overridden because of it stays explained.</source>
        <translation>Änderungen in diesem Zeitraum können dann eingereicht und eingeplant werden. Der Prüfpfad behält die entfernte Änderungssperre, sodass eine ihretwegen abgelehnte oder übersteuerte Änderung erklärt bleibt.</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Freeze window %1 removed.</source>
        <translation>Änderungssperre %1 entfernt.</translation>
    </message>
    <message>
        <source>None chosen: the whole workspace. Search by name, kind or owner…</source>
        <translation>Keines gewählt: der ganze Arbeitsbereich. Nach Name, Art oder Eigentümer suchen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::FreezeOverrideDialog</name>
    <message>
        <source>Override the freeze for %1</source>
        <translation>Änderungssperre für %1 übersteuern</translation>
    </message>
    <message>
        <source>Why must this change go ahead during the freeze? The justification is kept in the audit trail.</source>
        <translation>Warum muss diese Änderung während der Sperre stattfinden? Die Begründung wird im Prüfpfad gespeichert.</translation>
    </message>
    <message>
        <source>Override freeze</source>
        <translation>Sperre übersteuern</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::FreezeWindowModel</name>
    <message>
        <source>%1 (in force now)</source>
        <translation>%1 (jetzt in Kraft)</translation>
    </message>
    <message>
        <source>Admins may override</source>
        <translation>Administratoren dürfen übersteuern</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Keine Übersteuerung</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::FreezeWindowsPage</name>
    <message>
        <source>Freeze windows</source>
        <translation>Änderungssperren</translation>
    </message>
    <message>
        <source>No freeze window is defined. Add one with “vigilo-cli freeze add”.</source>
        <translation>Es ist keine Änderungssperre festgelegt. Legen Sie eine mit „vigilo-cli freeze add“ an.</translation>
    </message>
    <message>
        <source>The freeze windows cannot be read: %1</source>
        <translation>Die Änderungssperren können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>A freeze window blocks submitting and scheduling changes that overlap it; admins may override one that allows it, with a justification. %n windows.</source>
        <translation>
            <numerusform>Eine Änderungssperre verhindert das Einreichen und Einplanen von Änderungen, die sie überschneiden; Administratoren dürfen eine Sperre, die es erlaubt, mit Begründung übersteuern. %n Änderungssperre.</numerusform>
            <numerusform>Eine Änderungssperre verhindert das Einreichen und Einplanen von Änderungen, die sie überschneiden; Administratoren dürfen eine Sperre, die es erlaubt, mit Begründung übersteuern. %n Änderungssperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the freeze windows…</source>
        <translation>Die Änderungssperren werden geladen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ImpactModel</name>
    <message>
        <source>Own asset</source>
        <translation>Eigenes Asset</translation>
    </message>
    <message>
        <source>The change works on %1.</source>
        <translation>Die Änderung wird an %1 vorgenommen.</translation>
    </message>
    <message>
        <source>Excluded by %1 on %2: %3</source>
        <translation>Ausgeschlossen von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Steps away</source>
        <translation>Schritte entfernt</translation>
    </message>
    <message>
        <source>Why it is affected</source>
        <translation>Warum betroffen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ImpactTab</name>
    <message>
        <source>&amp;Exclude…</source>
        <translation>&amp;Ausschließen…</translation>
    </message>
    <message>
        <source>Mark the selected asset as not affected by this change, with a reason (recorded in the history and the evidence pack)</source>
        <translation>Das ausgewählte Asset mit einer Begründung als nicht von dieser Änderung betroffen kennzeichnen (im Verlauf und im Nachweispaket festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Undo the exclusion: the selected asset counts in the impact again</source>
        <translation>Den Ausschluss aufheben: Das ausgewählte Asset zählt wieder zu den Auswirkungen</translation>
    </message>
    <message>
        <source>Reading the impact of %1…</source>
        <translation>Die Auswirkungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The impact of %1 cannot be read: %2</source>
        <translation>Die Auswirkungen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 names no assets: there is nothing to analyse.</source>
        <translation>%1 nennt keine Assets: Es gibt nichts zu analysieren.</translation>
    </message>
    <message>
        <source>Nothing else is affected through the relationships of the change's assets.</source>
        <translation>Über die Beziehungen der Assets dieser Änderung ist nichts weiter betroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n assets affected through the relationships.</source>
        <translation>
            <numerusform>%n Asset über die Beziehungen betroffen.</numerusform>
            <numerusform>%n Assets über die Beziehungen betroffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded with a reason.</source>
        <translation>
            <numerusform>%n mit Begründung ausgeschlossen.</numerusform>
            <numerusform>%n mit Begründung ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical: %1.</source>
        <translation>Kritisch: %1.</translation>
    </message>
    <message>
        <source>%1 is one of the change's own assets: edit the change's assets on the Details tab instead.</source>
        <translation>%1 ist eines der eigenen Assets der Änderung: Bearbeiten Sie stattdessen die Assets der Änderung auf der Registerkarte „Details“.</translation>
    </message>
    <message>
        <source>Exclude %1 from the impact of %2</source>
        <translation>%1 aus den Auswirkungen von %2 ausschließen</translation>
    </message>
    <message>
        <source>Why is %1 not affected by this change? %2

The reason is recorded with your name in the change's history and its evidence pack.</source>
        <translation>Warum ist %1 nicht von dieser Änderung betroffen? %2

Die Begründung wird mit Ihrem Namen im Verlauf der Änderung und in ihrem Nachweispaket festgehalten.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>%1 cannot be excluded</source>
        <translation>%1 kann nicht ausgeschlossen werden</translation>
    </message>
    <message>
        <source>%1 cannot be included again</source>
        <translation>%1 kann nicht wieder aufgenommen werden</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::KpiCard</name>
    <message>
        <source>Click to list the changes behind this figure.</source>
        <translation>Klicken Sie, um die Änderungen hinter dieser Kennzahl aufzulisten.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::MainWindow</name>
    <message>
        <source>Vigilo</source>
        <translation>Vigilo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Vigilo</source>
        <translation>Ü&amp;ber Vigilo</translation>
    </message>
    <message>
        <source>About Vigilo</source>
        <translation>Über Vigilo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace yet</source>
        <translation>Noch kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are signed in as &lt;b&gt;%1&lt;/b&gt;, but you are not a member of any workspace in &lt;i&gt;%2&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Create one from a terminal (you become its owner):&lt;/p&gt;&lt;p style="margin-left:16px"&gt;&lt;code&gt;vigilo-cli %3workspace create SLUG --name "NAME"&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or start with a realistic demo workspace:&lt;/p&gt;&lt;p style="margin-left:16px"&gt;&lt;code&gt;vigilo %3--demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or use the button below. Someone who owns a workspace can also add you with &lt;code&gt;vigilo-cli member add %1 --role engineer&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie sind als &lt;b&gt;%1&lt;/b&gt; angemeldet, aber in &lt;i&gt;%2&lt;/i&gt; kein Mitglied eines Arbeitsbereichs.&lt;/p&gt;&lt;p&gt;Legen Sie in einem Terminal einen an (Sie werden sein Inhaber):&lt;/p&gt;&lt;p style="margin-left:16px"&gt;&lt;code&gt;vigilo-cli %3workspace create KÜRZEL --name "NAME"&lt;/code&gt;&lt;/p&gt;&lt;p&gt;oder beginnen Sie mit einem realistischen Demo-Arbeitsbereich:&lt;/p&gt;&lt;p style="margin-left:16px"&gt;&lt;code&gt;vigilo %3--demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;oder verwenden Sie die Schaltfläche unten. Wer einen Arbeitsbereich besitzt, kann Sie auch mit &lt;code&gt;vigilo-cli member add %1 --role engineer&lt;/code&gt; hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workspace “%1” is not available</source>
        <translation>Arbeitsbereich „%1“ ist nicht verfügbar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick one of your workspaces in the toolbar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie in der Werkzeugleiste einen Ihrer Arbeitsbereiche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workspace “%1” cannot be opened</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Changes cannot be loaded</source>
        <translation>Die Änderungen können nicht geladen werden</translation>
    </message>
    <message>
        <source>Change cannot be shown</source>
        <translation>Die Änderung kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The demo workspace cannot be created</source>
        <translation>Der Demo-Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 database: %2</source>
        <translation>%1-Datenbank: %2</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>%1 in workspace %2</source>
        <translation>%1 im Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>Signed in as %1 · no workspace</source>
        <translation>Angemeldet als %1 · kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Genehmigungswarteschlange</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Freeze windows</source>
        <translation>Änderungssperren</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Updated: another workstation saved changes.</source>
        <translation>Aktualisiert: Ein anderer Arbeitsplatz hat Daten gespeichert.</translation>
    </message>
    <message>
        <source>%1 created as a draft.</source>
        <translation>%1 als Entwurf angelegt.</translation>
    </message>
    <message>
        <source>Suggest similar</source>
        <translation>Ähnliche vorschlagen</translation>
    </message>
    <message>
        <source>Select a change in the list (or open one) first: Vigilo looks for changes with the same assets or a similar title.</source>
        <translation>Wählen Sie zuerst eine Änderung in der Liste aus (oder öffnen Sie eine): Vigilo sucht nach Änderungen mit denselben Assets oder einem ähnlichen Titel.</translation>
    </message>
    <message>
        <source>&amp;New change…</source>
        <translation>&amp;Neue Änderung…</translation>
    </message>
    <message>
        <source>&amp;Switch workspace…</source>
        <translation>Arbeitsbereich &amp;wechseln…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>&amp;Approval queue</source>
        <translation>&amp;Genehmigungswarteschlange</translation>
    </message>
    <message>
        <source>A&amp;ssets</source>
        <translation>&amp;Assets</translation>
    </message>
    <message>
        <source>&amp;Freeze windows</source>
        <translation>Änderungs&amp;sperren</translation>
    </message>
    <message>
        <source>Suggest &amp;similar…</source>
        <translation>Ä&amp;hnliche vorschlagen…</translation>
    </message>
    <message>
        <source>&amp;Open change</source>
        <translation>Änderung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;nderung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No action is available to you now</source>
        <translation>Derzeit steht Ihnen keine Aktion zur Verfügung</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>The database answered %1.</source>
        <translation>Die Datenbank hat %1 geantwortet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when Vigilo starts the next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Vigilo.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigilo %1&lt;/h3&gt;&lt;p&gt;Plan, approve, run and evidence IT changes: one record from intent to outcome.&lt;/p&gt;&lt;p&gt;Build: %2&lt;br&gt;Qt %3 (built with Qt %4)&lt;/p&gt;&lt;p&gt;Licence: %5. Vigilo is free software: you may redistribute and modify it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigilo %1&lt;/h3&gt;&lt;p&gt;IT-Änderungen planen, genehmigen, durchführen und nachweisen: ein Datensatz vom Vorhaben bis zum Ergebnis.&lt;/p&gt;&lt;p&gt;Build: %2&lt;br&gt;Qt %3 (erstellt mit Qt %4)&lt;/p&gt;&lt;p&gt;Lizenz: %5. Vigilo ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder später, weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>Signed in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Change list and open changes</source>
        <translation>Änderungsliste und geöffnete Änderungen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search changes</source>
        <translation>Änderungen suchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>F&amp;ind changes…</source>
        <translation>Änderungen s&amp;uchen…</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>CA&amp;B mode</source>
        <translation>&amp;CAB-Modus</translation>
    </message>
    <message>
        <source>&amp;Webhooks…</source>
        <translation>Web&amp;hooks…</translation>
    </message>
    <message>
        <source>Where this workspace's change events are posted, and the delivery log</source>
        <translation>Wohin die Änderungsereignisse dieses Arbeitsbereichs gesendet werden, und das Zustellprotokoll</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>This window already shows %1.</source>
        <translation>Dieses Fenster zeigt bereits %1.</translation>
    </message>
    <message>
        <source>%1 is open in another Vigilo window; it was brought to the front.</source>
        <translation>%1 ist in einem anderen Vigilo-Fenster geöffnet; es wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt verwendeten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Changes — %1</source>
        <translation>Änderungen – %1</translation>
    </message>
    <message>
        <source>Print preview — changes</source>
        <translation>Druckvorschau – Änderungen</translation>
    </message>
    <message>
        <source>Print the change list</source>
        <translation>Änderungsliste drucken</translation>
    </message>
    <message>
        <source>Changes, approval queue, assets, freeze windows, dashboard and calendar</source>
        <translation>Änderungen, Genehmigungswarteschlange, Assets, Änderungssperren, Dashboard und Kalender</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Bearbeitungen</translation>
    </message>
    <message>
        <source>%1 has unsaved edits on the Details tab. Save them before the tab closes?</source>
        <translation>%1 hat nicht gespeicherte Bearbeitungen auf der Registerkarte „Details“. Vor dem Schließen der Registerkarte speichern?</translation>
    </message>
    <message>
        <source>Plan a new change</source>
        <translation>Eine neue Änderung planen</translation>
    </message>
    <message>
        <source>Read this workspace again from the database</source>
        <translation>Diesen Arbeitsbereich neu aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>Changes with the same assets or a similar title, and how they ended</source>
        <translation>Änderungen mit denselben Assets oder einem ähnlichen Titel, und wie sie endeten</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>Registerkarte &amp;schließen</translation>
    </message>
    <message>
        <source>Changes, Approval queue, Assets, Freeze windows, Dashboard, Calendar</source>
        <translation>Änderungen, Genehmigungswarteschlange, Assets, Änderungssperren, Dashboard, Kalender</translation>
    </message>
    <message>
        <source>New change</source>
        <translation>Neue Änderung</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Eine Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Print the change list, print preview</source>
        <translation>Die Änderungsliste drucken, Druckvorschau</translation>
    </message>
    <message>
        <source>Search the change list</source>
        <translation>Die Änderungsliste durchsuchen</translation>
    </message>
    <message>
        <source>Open the selected change</source>
        <translation>Die ausgewählte Änderung öffnen</translation>
    </message>
    <message>
        <source>Close the change tab</source>
        <translation>Die Registerkarte der Änderung schließen</translation>
    </message>
    <message>
        <source>Suggest similar changes</source>
        <translation>Ähnliche Änderungen vorschlagen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>CAB mode (Esc leaves)</source>
        <translation>CAB-Modus (Esc beendet ihn)</translation>
    </message>
    <message>
        <source>Open a Vigilo database file</source>
        <translation>Eine Vigilo-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Print the change list as filtered and sorted now</source>
        <translation>Die Änderungsliste so drucken, wie sie gerade gefiltert und sortiert ist</translation>
    </message>
    <message>
        <source>The workspaces you are a member of</source>
        <translation>Die Arbeitsbereiche, in denen Sie Mitglied sind</translation>
    </message>
    <message>
        <source>%1 database on a network file system (its locks depend on the file server): %2</source>
        <translation>%1-Datenbank auf einem Netzwerkdateisystem (ihre Sperren hängen vom Dateiserver ab): %2</translation>
    </message>
    <message>
        <source>This SQLite file is on a network file system. SQLite relies on the file server's locks there: if the server or a client breaks them, two writers can corrupt the file. Vigilo uses the rollback journal (not WAL) and writes one transaction at a time, which suits a few people; for more, use a team server (PostgreSQL).</source>
        <translation>Diese SQLite-Datei liegt auf einem Netzwerkdateisystem. SQLite verlässt sich dort auf die Sperren des Dateiservers: Wenn der Server oder ein Client sie verletzt, können zwei Schreiber die Datei beschädigen. Vigilo verwendet das Rollback-Journal (nicht WAL) und schreibt jeweils eine Transaktion, was für wenige Personen genügt; für mehr verwenden Sie einen Team-Server (PostgreSQL).</translation>
    </message>
    <message numerus="yes">
        <source>The database does not answer. Check that the file or server is available; Vigilo retries every %n seconds.</source>
        <translation>
            <numerusform>Die Datenbank antwortet nicht. Prüfen Sie, ob die Datei oder der Server verfügbar ist; Vigilo versucht es jede Sekunde erneut.</numerusform>
            <numerusform>Die Datenbank antwortet nicht. Prüfen Sie, ob die Datei oder der Server verfügbar ist; Vigilo versucht es alle %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n pages.</source>
        <translation>
            <numerusform>%n Seite gedruckt.</numerusform>
            <numerusform>%n Seiten gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open ev&amp;idence pack…</source>
        <translation>Nachwe&amp;ispaket öffnen…</translation>
    </message>
    <message>
        <source>View an evidence pack and verify it</source>
        <translation>Ein Nachweispaket ansehen und prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport evidence pack…</source>
        <translation>Nachweispaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A signed PDF of the change from intent to outcome, for auditors</source>
        <translation>Ein signiertes PDF der Änderung vom Vorhaben bis zum Ergebnis, für Auditoren</translation>
    </message>
    <message>
        <source>Export evidence packs for an au&amp;dit sample…</source>
        <translation>Nachweispakete für eine Audit-Stichprobe e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open an evidence pack</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence packs (*.pdf);;All files (*)</source>
        <translation>Nachweispakete (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Evidence pack of %1 written to %2. Your new signing key's certificate is %3: ask an admin to trust it.</source>
        <translation>Nachweispaket von %1 nach %2 geschrieben. Das Zertifikat Ihres neuen Signaturschlüssels ist %3: Bitten Sie einen Administrator, ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>Evidence pack of %1 written to %2.</source>
        <translation>Nachweispaket von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Audit sample written: %1 files in %2.</source>
        <translation>Audit-Stichprobe geschrieben: %1 Dateien in %2.</translation>
    </message>
    <message>
        <source>The CAB meeting on the projector, full screen</source>
        <translation>Die CAB-Sitzung auf dem Projektor, im Vollbild</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Full screen on and off</source>
        <translation>Vollbild ein und aus</translation>
    </message>
    <message>
        <source>Loading the changes…</source>
        <translation>Die Änderungen werden geladen …</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Team-Server: %1</translation>
    </message>
    <message>
        <source>Signed in to the team server %1; it decides every rule.</source>
        <translation>Angemeldet beim Team-Server %1; er entscheidet über jede Regel.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n changes</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad&amp;ministration…</source>
        <translation>Verwa&amp;ltung …</translation>
    </message>
    <message>
        <source>Members, freeze windows, approval policies, standard templates, the risk questionnaire and webhooks of this workspace; a new workspace</source>
        <translation>Mitglieder, Änderungssperren, Genehmigungsrichtlinien, Standardvorlagen, Risikofragebogen und Webhooks dieses Arbeitsbereichs; ein neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>%1 ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Notify me of what others do with %1</source>
        <translation>Mich benachrichtigen, was andere mit %1 tun</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>You follow %1: you are notified of what others do with it.</source>
        <translation>Sie folgen %1: Sie werden benachrichtigt, was andere damit tun.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Sie folgen %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Import changes from CSV</source>
        <translation>Änderungen aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problems.</source>
        <translation>
            <numerusform>Nichts wurde importiert: Die Datei hat %n Problem.</numerusform>
            <numerusform>Nichts wurde importiert: Die Datei hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n changes as drafts?</source>
        <translation>
            <numerusform>%n Änderung als Entwurf importieren?</numerusform>
            <numerusform>%n Änderungen als Entwürfe importieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes imported as drafts.</source>
        <translation>
            <numerusform>%n Änderung als Entwurf importiert.</numerusform>
            <numerusform>%n Änderungen als Entwürfe importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connec&amp;t to a PostgreSQL database (administrators)…</source>
        <translation>Mi&amp;t einer PostgreSQL-Datenbank verbinden (Administratoren) …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>workspace %1 on %2</source>
        <translation>Arbeitsbereich %1 auf %2</translation>
    </message>
    <message>
        <source>Evidence pack of %1 written to %2, signed by the server.</source>
        <translation>Nachweispaket von %1 nach %2 geschrieben, vom Server signiert.</translation>
    </message>
    <message>
        <source>The server prints and signs the evidence pack of %1…</source>
        <translation>Der Server erstellt und signiert das Nachweispaket von %1 …</translation>
    </message>
    <message>
        <source>Opening the workspace %1…</source>
        <translation>Der Arbeitsbereich %1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Audit sample written: %1 files in %2, signed by the server.</source>
        <translation>Audit-Stichprobe geschrieben: %1 Dateien in %2, vom Server signiert.</translation>
    </message>
    <message>
        <source>The server prints and signs the audit sample…</source>
        <translation>Der Server erstellt und signiert die Audit-Stichprobe …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::MaintenanceWindowDialog</name>
    <message>
        <source>Maintenance window for %1</source>
        <translation>Wartungsfenster für %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Jeden:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::MembersAdminPage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Each role has the rights of those below it: viewer (reads), engineer (creates and carries out changes), approver (decides), admin (manages the workspace), owner. A deactivated member can no longer sign in to this workspace; the history keeps their name.</source>
        <translation>Jede Rolle hat die Rechte der Rollen darunter: Betrachter (liest), Techniker (legt Änderungen an und setzt sie um), Genehmiger (entscheidet), Administrator (verwaltet den Arbeitsbereich), Inhaber. Ein deaktiviertes Mitglied kann sich in diesem Arbeitsbereich nicht mehr anmelden; der Verlauf behält seinen Namen.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>their sign-in name, e.g. jdoe</source>
        <translation>der Anmeldename, z. B. jdoe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>%1 is now a member (%2).</source>
        <translation>%1 ist jetzt Mitglied (%2).</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>Give %1 this one-time enrollment code to set their password on the server. It is shown only now.</source>
        <translation>Geben Sie %1 diesen einmaligen Registrierungscode, um das Passwort auf dem Server festzulegen. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Code: %1
Valid until: %2</source>
        <translation>Code: %1
Gültig bis: %2</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 cannot be reactivated</source>
        <translation>%1 kann nicht wieder aktiviert werden</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 cannot be deactivated</source>
        <translation>%1 kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>Überall &amp;abmelden …</translation>
    </message>
    <message>
        <source>End every session of %1 on this server</source>
        <translation>Alle Sitzungen von %1 auf diesem Server beenden</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>%1 überall abmelden?</translation>
    </message>
    <message>
        <source>Every session of %1 on this server ends at once, in every workspace: on a lost laptop, too. They sign in again with their password; the audit trail records who signed them out.</source>
        <translation>Alle Sitzungen von %1 auf diesem Server enden sofort, in jedem Arbeitsbereich: auch auf einem verlorenen Laptop. Die Person meldet sich mit ihrem Passwort erneut an; der Prüfpfad hält fest, wer sie abgemeldet hat.</translation>
    </message>
    <message>
        <source>%1 cannot be signed out</source>
        <translation>%1 kann nicht abgemeldet werden</translation>
    </message>
    <message>
        <source>%1 is signed out everywhere; sessions ended: %2.</source>
        <translation>%1 ist überall abgemeldet; beendete Sitzungen: %2.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::MessagePage</name>
    <message>
        <source>Create the demo workspace</source>
        <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird angelegt…</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::NewChangeDialog</name>
    <message>
        <source>New change — %1</source>
        <translation>Neue Änderung – %1</translation>
    </message>
    <message>
        <source>Suggest similar…</source>
        <translation>Ähnliche vorschlagen…</translation>
    </message>
    <message>
        <source>Earlier changes with a similar title, and how they ended</source>
        <translation>Frühere Änderungen mit ähnlichem Titel und wie sie ausgingen</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>What changes, in a few words (required)</source>
        <translation>Was sich ändert, in wenigen Worten (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Why, what it touches, who is affected</source>
        <translation>Warum, was sie berührt, wer betroffen ist</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>Be&amp;arbeiter:</translation>
    </message>
    <message>
        <source>Plan the window now</source>
        <translation>Zeitfenster jetzt planen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Minimum hours between submitting and the planned start. The default comes from the change type.</source>
        <translation>Mindestanzahl Stunden zwischen Einreichen und geplantem Beginn. Der Standardwert kommt vom Änderungstyp.</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Vorlaufzeit:</translation>
    </message>
    <message>
        <source>Affected &amp;assets:</source>
        <translation>Betroffene A&amp;ssets:</translation>
    </message>
    <message>
        <source>One step per line: 1. Drain node a …</source>
        <translation>Ein Schritt pro Zeile: 1. Knoten a leeren …</translation>
    </message>
    <message>
        <source>How to undo it if it goes wrong</source>
        <translation>Wie man sie rückgängig macht, wenn etwas schiefgeht</translation>
    </message>
    <message>
        <source>How you will know it worked</source>
        <translation>Woran Sie erkennen, dass sie funktioniert hat</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Plans:</source>
        <translation>Pläne:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>A title is required: say in a few words what changes.</source>
        <translation>Ein Titel ist erforderlich: Sagen Sie in wenigen Worten, was sich ändert.</translation>
    </message>
    <message>
        <source>The planned end must be after the planned start.</source>
        <translation>Das geplante Ende muss nach dem geplanten Beginn liegen.</translation>
    </message>
    <message>
        <source>The planned start is in the past.</source>
        <translation>Der geplante Beginn liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The planned start is only %1 h away, but this change needs %2 h of lead time: submitting it would be refused. Push the window out, lower the lead time, or make it an emergency change.</source>
        <translation>Der geplante Beginn ist nur %1 h entfernt, aber diese Änderung braucht %2 h Vorlaufzeit: Das Einreichen würde abgelehnt. Verschieben Sie das Zeitfenster nach hinten, verkürzen Sie die Vorlaufzeit oder machen Sie daraus eine Notfalländerung.</translation>
    </message>
    <message>
        <source>Without a planned window the change cannot be scheduled, and conflicts cannot be checked.</source>
        <translation>Ohne geplantes Zeitfenster kann die Änderung nicht eingeplant und nicht auf Konflikte geprüft werden.</translation>
    </message>
    <message>
        <source>No affected asset: other changes on the same systems cannot be detected.</source>
        <translation>Kein betroffenes Asset: Andere Änderungen an denselben Systemen können nicht erkannt werden.</translation>
    </message>
    <message>
        <source>No rollback plan yet: reviewers will ask for one.</source>
        <translation>Noch kein Rückfallplan: Die Prüfer werden danach fragen.</translation>
    </message>
    <message>
        <source>Ready to create as a draft.</source>
        <translation>Bereit, als Entwurf angelegt zu werden.</translation>
    </message>
    <message>
        <source>Plan a window to see what overlaps it.</source>
        <translation>Planen Sie ein Zeitfenster, um zu sehen, was sich damit überschneidet.</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Konflikte: keine</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Konflikte: %n</numerusform>
            <numerusform>Konflikte: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overlaps this window on these assets.</source>
        <translation>Nichts überschneidet sich mit diesem Zeitfenster auf diesen Assets.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Planned window:</source>
        <translation>Geplantes Zeitfenster:</translation>
    </message>
    <message>
        <source>The members cannot be read: %1</source>
        <translation>Die Mitglieder können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Discard the new change?</source>
        <translation>Neue Änderung verwerfen?</translation>
    </message>
    <message>
        <source>The new change has not been created yet. Save it as a draft, discard what you entered, or go back to the form?</source>
        <translation>Die neue Änderung ist noch nicht angelegt. Als Entwurf speichern, die Eingaben verwerfen oder zum Formular zurückkehren?</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <source>The standard templates cannot be read: %1</source>
        <translation>Die Standardvorlagen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>Vorla&amp;ge:</translation>
    </message>
    <message>
        <source>Indirect: %1</source>
        <translation>Indirekt: %1</translation>
    </message>
    <message>
        <source>Reading the templates and members…</source>
        <translation>Die Vorlagen und Mitglieder werden gelesen …</translation>
    </message>
    <message>
        <source>Conflicts: checking…</source>
        <translation>Konflikte: wird geprüft …</translation>
    </message>
    <message>
        <source>Conflicts cannot be checked: %1</source>
        <translation>Die Konflikte können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Nächstes freies Zeitfenster</translation>
    </message>
    <message>
        <source>Plan a window first: the next free slot keeps its length.</source>
        <translation>Planen Sie zuerst ein Zeitfenster: Das nächste freie Zeitfenster behält seine Länge.</translation>
    </message>
    <message>
        <source>Move the window to the earliest time, from its planned start on, at which it keeps its length without conflicts: no freeze, no other change on its assets, inside their maintenance windows, after the lead time</source>
        <translation>Das Zeitfenster auf den frühesten Zeitpunkt ab seinem geplanten Beginn verschieben, an dem es mit seiner Länge konfliktfrei ist: keine Änderungssperre, keine andere Änderung an seinen Assets, innerhalb ihrer Wartungsfenster, nach der Vorlaufzeit</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Moved to the next free slot: %1.</source>
        <translation>Auf das nächste freie Zeitfenster verschoben: %1.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::NotificationBar</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::PackViewerWindow</name>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signer and trust</source>
        <translation>Unterzeichner und Vertrauen</translation>
    </message>
    <message>
        <source>Evidence digest</source>
        <translation>Hashwert der Nachweise</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>History chain</source>
        <translation>Hashkette des Verlaufs</translation>
    </message>
    <message>
        <source>Evidence pack viewer</source>
        <translation>Nachweispaket-Betrachter</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Use a &amp;trust bundle…</source>
        <translation>&amp;Vertrauensbündel verwenden…</translation>
    </message>
    <message>
        <source>History embedded in the pack</source>
        <translation>Im Paket eingebetteter Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open evidence pack…</source>
        <translation>Nachweispaket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>the trust bundle %1</source>
        <translation>das Vertrauensbündel %1</translation>
    </message>
    <message>
        <source>%1 — Evidence pack viewer</source>
        <translation>%1 — Nachweispaket-Betrachter</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Workspace %1, history up to event #%2</source>
        <translation>Arbeitsbereich %1, Verlauf bis Ereignis Nr. %2</translation>
    </message>
    <message>
        <source>&lt;span style='color:#2e7d32'&gt;&lt;b&gt;Verified.&lt;/b&gt;&lt;/span&gt; Signed, trusted, unaltered; the pages show exactly the evidence embedded in the file.</source>
        <translation>&lt;span style='color:#2e7d32'&gt;&lt;b&gt;Geprüft.&lt;/b&gt;&lt;/span&gt; Signiert, vertrauenswürdig, unverändert; die Seiten zeigen genau die in der Datei eingebetteten Nachweise.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#e65100'&gt;&lt;b&gt;Intact, but the signer is not trusted.&lt;/b&gt;&lt;/span&gt; Load the workspace's trust bundle to check who signed it.</source>
        <translation>&lt;span style='color:#e65100'&gt;&lt;b&gt;Unversehrt, aber der Unterzeichner ist nicht vertrauenswürdig.&lt;/b&gt;&lt;/span&gt; Laden Sie das Vertrauensbündel des Arbeitsbereichs, um zu prüfen, wer es signiert hat.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#c62828'&gt;&lt;b&gt;Does not verify.&lt;/b&gt;&lt;/span&gt; The file was altered or is not a Vigilo evidence pack; see below.</source>
        <translation>&lt;span style='color:#c62828'&gt;&lt;b&gt;Prüfung fehlgeschlagen.&lt;/b&gt;&lt;/span&gt; Die Datei wurde verändert oder ist kein Vigilo-Nachweispaket; siehe unten.</translation>
    </message>
    <message>
        <source>No trust list loaded.</source>
        <translation>Keine Vertrauensliste geladen.</translation>
    </message>
    <message>
        <source>Trust: %1; certificates in it: %2.</source>
        <translation>Vertrauensquelle: %1; enthaltene Zertifikate: %2.</translation>
    </message>
    <message>
        <source>Use a trust bundle</source>
        <translation>Vertrauensbündel verwenden</translation>
    </message>
    <message>
        <source>Trust bundles and certificates (*.pem *.crt);;All files (*)</source>
        <translation>Vertrauensbündel und Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an evidence pack</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence packs (*.pdf);;All files (*)</source>
        <translation>Nachweispakete (*.pdf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::PersonalViewsPanel</name>
    <message>
        <source>Awaiting my decision</source>
        <translation>Wartet auf meine Entscheidung</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>My open changes</source>
        <translation>Meine offenen Änderungen</translation>
    </message>
    <message>
        <source>Today's changes</source>
        <translation>Heutige Änderungen</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Filter speichern …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>My views</source>
        <translation>Meine Ansichten</translation>
    </message>
    <message>
        <source>Save current filter as… (the change list's filters and the chosen view, under a name)</source>
        <translation>Aktuellen Filter speichern unter … (die Filter der Änderungsliste und die gewählte Ansicht, unter einem Namen)</translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation>Den ausgewählten gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Saved filters cannot be read</source>
        <translation>Gespeicherte Filter können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Saved filter "%1"</source>
        <translation>Gespeicherter Filter „%1“</translation>
    </message>
    <message>
        <source>Save current filter</source>
        <translation>Aktuellen Filter speichern</translation>
    </message>
    <message>
        <source>"Not assessed" and "Unassigned" cannot be saved in a filter. Choose another risk or assignee, or none, and save again.</source>
        <translation>„Nicht bewertet“ und „Nicht zugewiesen“ lassen sich nicht in einem Filter speichern. Wählen Sie ein anderes Risiko oder einen anderen Bearbeiter oder keinen und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
    </message>
    <message>
        <source>The filter was not saved</source>
        <translation>Der Filter wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The filter was not deleted</source>
        <translation>Der Filter wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Loading saved filters…</source>
        <translation>Gespeicherte Filter werden geladen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::PoliciesAdminPage</name>
    <message>
        <source>every change</source>
        <translation>jede Änderung</translation>
    </message>
    <message>
        <source>the CAB “%1”, in a meeting</source>
        <translation>das CAB „%1“, in einer Sitzung</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approval policies</source>
        <translation>Genehmigungsrichtlinien</translation>
    </message>
    <message>
        <source>When a change is submitted, the first active policy that matches it (top to bottom) gives its approval steps; when none matches, the built-in matrix does. A requester never approves their own change.</source>
        <translation>Beim Einreichen einer Änderung bestimmt die erste aktive Richtlinie, die passt (von oben nach unten), die Genehmigungsstufen; passt keine, gilt die eingebaute Matrix. Wer eine Änderung beantragt, genehmigt sie nie selbst.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Which steps would a change get?</source>
        <translation>Welche Stufen bekäme eine Änderung?</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Enter a change number, like CHG-00012 or 12.</source>
        <translation>Geben Sie eine Änderungsnummer ein, etwa CHG-00012 oder 12.</translation>
    </message>
    <message>
        <source>%1 is a standard change: pre-approved, no approval steps.</source>
        <translation>%1 ist eine Standardänderung: vorab genehmigt, ohne Genehmigungsstufen.</translation>
    </message>
    <message>
        <source>%1 matches the policy “%2”:</source>
        <translation>%1 passt zur Richtlinie „%2“:</translation>
    </message>
    <message>
        <source>No policy matches %1; the built-in matrix applies:</source>
        <translation>Keine Richtlinie passt zu %1; es gilt die eingebaute Matrix:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Add an approval policy</source>
        <translation>Genehmigungsrichtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Policy %1 added.</source>
        <translation>Richtlinie %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 cannot be activated</source>
        <translation>%1 kann nicht aktiviert werden</translation>
    </message>
    <message>
        <source>%1 cannot be deactivated</source>
        <translation>%1 kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>Policy %1 is active.</source>
        <translation>Richtlinie %1 ist aktiv.</translation>
    </message>
    <message>
        <source>Policy %1 is inactive.</source>
        <translation>Richtlinie %1 ist inaktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Step %1, %2: %n approvals from %3; could decide now: %4</source>
        <translation>
            <numerusform>Stufe %1, %2: %n Genehmigung von %3; könnte jetzt entscheiden: %4</numerusform>
            <numerusform>Stufe %1, %2: %n Genehmigungen von %3; könnten jetzt entscheiden: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::PolicyForm</name>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Wer entscheidet</translation>
    </message>
    <message>
        <source>Or these members</source>
        <translation>Oder diese Mitglieder</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Nötige Genehmigungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The policy applies to changes that match every row; an empty row matches anything.</source>
        <translation>Die Richtlinie gilt für Änderungen, die zu jeder Zeile passen; eine leere Zeile passt zu allem.</translation>
    </message>
    <message>
        <source>Change types:</source>
        <translation>Änderungstypen:</translation>
    </message>
    <message>
        <source>Priorities:</source>
        <translation>Prioritäten:</translation>
    </message>
    <message>
        <source>Risk levels:</source>
        <translation>Risikostufen:</translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation>&amp;Assets:</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>&amp;Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove s&amp;tep</source>
        <translation>S&amp;tufe entfernen</translation>
    </message>
    <message>
        <source>Steps, decided one after the other:</source>
        <translation>Stufen, nacheinander entschieden:</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>None chosen: any asset. Search by name, kind or owner…</source>
        <translation>Keines gewählt: jedes Asset. Nach Name, Art oder Eigentümer suchen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::RelationDialog</name>
    <message>
        <source>%1 runs on …</source>
        <translation>%1 läuft auf …</translation>
    </message>
    <message>
        <source>… runs on %1</source>
        <translation>… läuft auf %1</translation>
    </message>
    <message>
        <source>%1 depends on …</source>
        <translation>%1 hängt ab von …</translation>
    </message>
    <message>
        <source>… depends on %1</source>
        <translation>… hängt ab von %1</translation>
    </message>
    <message>
        <source>%1 is part of …</source>
        <translation>%1 ist Teil von …</translation>
    </message>
    <message>
        <source>… is part of %1</source>
        <translation>… ist Teil von %1</translation>
    </message>
    <message>
        <source>Relate %1</source>
        <translation>Beziehungen von %1</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation>&amp;Assets:</translation>
    </message>
    <message>
        <source>&amp;Relate</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::RiskAdminPage</name>
    <message>
        <source>Risk questionnaire</source>
        <translation>Risikofragebogen</translation>
    </message>
    <message>
        <source>Each question has a weight (1 to 10) and choices scored from 0 (no risk) to 100. A change's score is normalised to 0–100 and suggests a risk level once enough questions are answered.</source>
        <translation>Jede Frage hat ein Gewicht (1 bis 10) und Antworten mit Punkten von 0 (kein Risiko) bis 100. Die Punktzahl einer Änderung wird auf 0–100 normiert und schlägt eine Risikostufe vor, sobald genug Fragen beantwortet sind.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Choices, line %1: write each choice as “label = score”, for example “Never = 100”.</source>
        <translation>Antworten, Zeile %1: Schreiben Sie jede Antwort als „Text = Punkte“, zum Beispiel „Nie = 100“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit question %1</source>
        <translation>Frage %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. tested_in_staging</source>
        <translation>Kleinbuchstaben, Ziffern und _, z. B. tested_in_staging</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>am Ende</translation>
    </message>
    <message>
        <source>One choice per line, label = score (0 to 100):
Yes = 0
Partly = 50
No = 100</source>
        <translation>Eine Antwort pro Zeile, Text = Punkte (0 bis 100):
Ja = 0
Teilweise = 50
Nein = 100</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Antworten:</translation>
    </message>
    <message>
        <source>Question %1 saved.</source>
        <translation>Frage %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Remove the question %1 from the questionnaire?</source>
        <translation>Die Frage %1 aus dem Fragebogen entfernen?</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Question %1 removed.</source>
        <translation>Frage %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::RiskTab</name>
    <message>
        <source>Risk score</source>
        <translation>Risikopunktzahl</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Vorschlag ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Abweichend festlegen</translation>
    </message>
    <message>
        <source>Why the suggestion does not fit</source>
        <translation>Warum der Vorschlag nicht passt</translation>
    </message>
    <message>
        <source>Set &amp;level</source>
        <translation>Stufe &amp;festlegen</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Risk conditions</source>
        <translation>Risikobedingungen</translation>
    </message>
    <message>
        <source>Weight %1 of 10</source>
        <translation>Gewicht %1 von 10</translation>
    </message>
    <message>
        <source>The answer cannot be saved</source>
        <translation>Die Antwort kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered; a level is suggested from %3 answers.</source>
        <translation>%1 von %2 Fragen beantwortet; ab %3 Antworten wird eine Stufe vorgeschlagen.</translation>
    </message>
    <message>
        <source>Current level: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aktuelle Stufe: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; (score %2)</source>
        <translation>Vorschlag: &lt;b&gt;%1&lt;/b&gt; (Punktzahl %2)</translation>
    </message>
    <message>
        <source>None: no lead-time shortfall and no similar change that failed.</source>
        <translation>Keine: keine unterschrittene Vorlaufzeit und keine ähnliche Änderung, die gescheitert ist.</translation>
    </message>
    <message>
        <source>The suggestion cannot be accepted</source>
        <translation>Der Vorschlag kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>The risk level cannot be set</source>
        <translation>Die Risikostufe kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>No suggestion yet. Answers still needed: %1.</source>
        <translation>Noch kein Vorschlag. Noch benötigte Antworten: %1.</translation>
    </message>
    <message>
        <source>The risk assessment of %1 cannot be read: %2</source>
        <translation>Die Risikobewertung von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Current level: &lt;b&gt;Not assessed&lt;/b&gt;</source>
        <translation>Aktuelle Stufe: &lt;b&gt;Nicht bewertet&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::ServerSampleExport</name>
    <message>
        <source>The changes could not be read</source>
        <translation>Die Änderungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The audit sample was not exported</source>
        <translation>Die Audit-Stichprobe wurde nicht exportiert</translation>
    </message>
    <message>
        <source>There is no change in the sample: widen the filter or the period.</source>
        <translation>Die Stichprobe enthält keine Änderung: Erweitern Sie den Filter oder den Zeitraum.</translation>
    </message>
    <message>
        <source>Exporting evidence packs…</source>
        <translation>Nachweispakete werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>%1 wird exportiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>The evidence pack of %1 was not exported</source>
        <translation>Das Nachweispaket von %1 wurde nicht exportiert</translation>
    </message>
    <message>
        <source>The server signs the manifest…</source>
        <translation>Der Server signiert das Manifest …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::SigningKeyDialog</name>
    <message>
        <source>Create your signing key</source>
        <translation>Ihren Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <source>Unlock your signing key</source>
        <translation>Ihren Signaturschlüssel entsperren</translation>
    </message>
    <message>
        <source>Evidence packs are signed with your own key. There is none on this computer yet: create one (a self-signed certificate, valid for two years) or import the one your organisation issued you. The key stays in your data folder, encrypted with a passphrase; ask a workspace admin to trust its certificate afterwards.</source>
        <translation>Nachweispakete werden mit Ihrem eigenen Schlüssel signiert. Auf diesem Computer gibt es noch keinen: Erstellen Sie einen (ein selbstsigniertes Zertifikat, zwei Jahre gültig) oder importieren Sie den, den Ihre Organisation Ihnen ausgestellt hat. Der Schlüssel bleibt verschlüsselt mit einer Passphrase in Ihrem Datenordner; bitten Sie anschließend einen Administrator des Arbeitsbereichs, seinem Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Name in the certificate:</source>
        <translation>&amp;Name im Zertifikat:</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1's signing key to sign evidence packs in this session.</source>
        <translation>Geben Sie die Passphrase des Signaturschlüssels von %1 ein, um in dieser Sitzung Nachweispakete zu signieren.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation>PKCS#12 &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Signaturschlüssel importieren</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Passwort von %1:</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect the imported key first (at least 8 characters, twice).</source>
        <translation>Wählen Sie zuerst die Passphrase, die den importierten Schlüssel schützen soll (mindestens 8 Zeichen, zweimal eingeben).</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::SimilarChangesDialog</name>
    <message>
        <source>Changes like %1</source>
        <translation>Änderungen wie %1</translation>
    </message>
    <message>
        <source>Changes like “%1”</source>
        <translation>Änderungen wie „%1“</translation>
    </message>
    <message>
        <source>Suggest similar</source>
        <translation>Ähnliche vorschlagen</translation>
    </message>
    <message>
        <source>Open change</source>
        <translation>Änderung öffnen</translation>
    </message>
    <message>
        <source>No earlier change shares its assets or title words.</source>
        <translation>Keine frühere Änderung teilt ihre Assets oder Wörter im Titel.</translation>
    </message>
    <message>
        <source>Same assets or similar titles, best match first. Read how they ended: rollbacks and their reasons are the cheapest lessons.</source>
        <translation>Gleiche Assets oder ähnliche Titel, beste Übereinstimmung zuerst. Lesen Sie, wie sie ausgingen: Rollbacks und ihre Gründe sind die billigsten Lektionen.</translation>
    </message>
    <message>
        <source>Looking for similar changes…</source>
        <translation>Ähnliche Änderungen werden gesucht …</translation>
    </message>
    <message>
        <source>Similar changes cannot be read: %1</source>
        <translation>Ähnliche Änderungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::SimilarModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rollback reason</source>
        <translation>Rollback-Grund</translation>
    </message>
    <message>
        <source>Shared assets</source>
        <translation>Gemeinsame Assets</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::TaskTableModel</name>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Waits until its predecessors are done or skipped.</source>
        <translation>Wartet, bis ihre Vorgänger erledigt oder übersprungen sind.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::TasksTab</name>
    <message>
        <source>&amp;Generate implementation tasks</source>
        <translation>Umsetzungsaufgaben &amp;erzeugen</translation>
    </message>
    <message>
        <source>S&amp;tart task</source>
        <translation>Aufgabe &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Erle&amp;digt</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 von %2 beendet</translation>
    </message>
    <message>
        <source>Re&amp;generate tasks</source>
        <translation>Aufgaben &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>No tasks yet. Write an implementation plan on the Details tab (one step per line), then generate the tasks from it.</source>
        <translation>Noch keine Aufgaben. Schreiben Sie auf der Registerkarte „Details“ einen Umsetzungsplan (ein Schritt pro Zeile) und erzeugen Sie daraus die Aufgaben.</translation>
    </message>
    <message>
        <source>No tasks yet. Generate them from the implementation plan: one task per step, each after the one before.</source>
        <translation>Noch keine Aufgaben. Erzeugen Sie sie aus dem Umsetzungsplan: eine Aufgabe pro Schritt, jede nach der vorherigen.</translation>
    </message>
    <message>
        <source>Tasks cannot be generated for %1</source>
        <translation>Für %1 können keine Aufgaben erzeugt werden</translation>
    </message>
    <message>
        <source>Task #%1 cannot be started</source>
        <translation>Aufgabe Nr. %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Task #%1 cannot be marked done</source>
        <translation>Aufgabe Nr. %1 kann nicht als erledigt markiert werden</translation>
    </message>
    <message>
        <source>Task #%1 cannot be skipped</source>
        <translation>Aufgabe Nr. %1 kann nicht übersprungen werden</translation>
    </message>
    <message>
        <source>The runbook of %1 cannot be read: %2</source>
        <translation>Der Ablaufplan von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>One task per step of the implementation plan</source>
        <translation>Eine Aufgabe pro Schritt des Umsetzungsplans</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe aus.</translation>
    </message>
    <message>
        <source>Reading the runbook of %1…</source>
        <translation>Der Ablaufplan von %1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::TeamServerDialog</name>
    <message>
        <source>The session for %1 has ended: sign in again.</source>
        <translation>Die Sitzung bei %1 ist abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not signed in to %1: sign in with vigilo-cli --db %1 login USER, or pass a token as $VIGILO_TOKEN.</source>
        <translation>Sie sind bei %1 nicht angemeldet: Melden Sie sich mit vigilo-cli --db %1 login USER an, oder übergeben Sie ein Token als $VIGILO_TOKEN.</translation>
    </message>
    <message>
        <source>You did not sign in to %1.</source>
        <translation>Sie haben sich nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Token not kept</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <source>You are signed in, but the system keychain could not keep the session (%1): you will be asked again next time.</source>
        <translation>Sie sind angemeldet, aber der Schlüsselbund des Systems konnte die Sitzung nicht speichern (%1): Beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Mit einem Team-Server verbinden</translation>
    </message>
    <message>
        <source>Sign in to your team's Vigilo server with the account or the enrollment code your administrator gave you.</source>
        <translation>Melden Sie sich am Vigilo-Server Ihres Teams mit dem Konto oder dem Registrierungscode an, den Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>vigilo.example.com or vigilo://HOST:PORT</source>
        <translation>vigilo.example.com oder vigilo://HOST:PORT</translation>
    </message>
    <message>
        <source>The server's host name, or the whole address your administrator sent (vigilo://HOST:PORT).</source>
        <translation>Der Hostname des Servers oder die ganze Adresse, die Ihr Administrator geschickt hat (vigilo://HOST:PORT).</translation>
    </message>
    <message>
        <source>&amp;Encrypted (TLS)</source>
        <translation>&amp;Verschlüsselt (TLS)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;First sign-in: I have an enrollment code</source>
        <translation>&amp;Erste Anmeldung: Ich habe einen Registrierungscode</translation>
    </message>
    <message>
        <source>from your administrator, valid for 72 hours</source>
        <translation>von Ihrem Administrator, 72 Stunden gültig</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>Registrierungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>The address says whether the connection is encrypted: vigilo:// is, vigilo+insecure:// is not.</source>
        <translation>Die Adresse sagt, ob die Verbindung verschlüsselt ist: vigilo:// ist es, vigilo+insecure:// nicht.</translation>
    </message>
    <message>
        <source>Unencrypted connections are allowed only to this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Unverschlüsselte Verbindungen sind nur zu diesem Computer erlaubt (127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>Choose a pass&amp;word:</source>
        <translation>Passwort wä&amp;hlen:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Serveradresse: %1</translation>
    </message>
    <message>
        <source>enter the server's host name or its vigilo:// address.</source>
        <translation>Geben Sie den Hostnamen des Servers oder seine vigilo://-Adresse ein.</translation>
    </message>
    <message>
        <source>User: enter your user name.</source>
        <translation>Benutzer: Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enrollment code: enter the code your administrator gave you.</source>
        <translation>Registrierungscode: Geben Sie den Code ein, den Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>Password: choose a password.</source>
        <translation>Passwort: Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Passwort: Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Repeat the password: the two passwords differ.</source>
        <translation>Passwort wiederholen: Die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign %1 out of %2 on every computer and in every script? Each of them must sign in again.</source>
        <translation>%1 auf jedem Computer und in jedem Skript von %2 abmelden? Überall muss man sich dann erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>The server did not confirm the sign-out (%1). This computer no longer keeps your session; it ends when it expires.</source>
        <translation>Der Server hat die Abmeldung nicht bestätigt (%1). Dieser Computer speichert Ihre Sitzung nicht mehr; sie endet, wenn sie abläuft.</translation>
    </message>
    <message>
        <source>Connect to a te&amp;am server…</source>
        <translation>Mit einem &amp;Team-Server verbinden …</translation>
    </message>
    <message>
        <source>Sign in to your team's Vigilo server and open it in a new window</source>
        <translation>Am Vigilo-Server Ihres Teams anmelden und ihn in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out of %1 and close this window; the next start asks for your password</source>
        <translation>Von %1 abmelden und dieses Fenster schließen; beim nächsten Start wird nach Ihrem Passwort gefragt</translation>
    </message>
    <message>
        <source>Sign out e&amp;verywhere…</source>
        <translation>Überall a&amp;bmelden …</translation>
    </message>
    <message>
        <source>End every session of your account on this server, on every computer and in every script</source>
        <translation>Jede Sitzung Ihres Kontos auf diesem Server beenden, auf jedem Computer und in jedem Skript</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::TemplatePicker</name>
    <message>
        <source>A standard template makes a pre-approved standard change: it skips review and approval and keeps the template's plans and assets.</source>
        <translation>Eine Standardvorlage ergibt eine vorab genehmigte Standardänderung: Sie überspringt Prüfung und Genehmigung und behält die Pläne und Assets der Vorlage.</translation>
    </message>
    <message>
        <source>None: plan the change yourself</source>
        <translation>Keine: Änderung selbst planen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::TemplatesAdminPage</name>
    <message>
        <source>Standard templates</source>
        <translation>Standardvorlagen</translation>
    </message>
    <message>
        <source>Pre-approved standard changes. A change made from a template skips review and approval; its plans, assets and type are the template's, because that is what was approved. A retired template can no longer be used.</source>
        <translation>Vorab genehmigte Standardänderungen. Eine Änderung aus einer Vorlage überspringt Prüfung und Genehmigung; Pläne, Assets und Typ kommen aus der Vorlage, denn genau das wurde genehmigt. Eine stillgelegte Vorlage kann nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Stilllegen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>Add a standard template</source>
        <translation>Standardvorlage hinzufügen</translation>
    </message>
    <message>
        <source>a short unique name, e.g. cert-rotation</source>
        <translation>ein kurzer eindeutiger Name, z. B. cert-rotation</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>R&amp;isk level:</source>
        <translation>R&amp;isikostufe:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Vorlaufzeit:</translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation>&amp;Assets:</translation>
    </message>
    <message>
        <source>I&amp;mplementation plan:</source>
        <translation>&amp;Umsetzungsplan:</translation>
    </message>
    <message>
        <source>Rollback pla&amp;n:</source>
        <translation>Rüc&amp;kfallplan:</translation>
    </message>
    <message>
        <source>T&amp;est plan:</source>
        <translation>T&amp;estplan:</translation>
    </message>
    <message>
        <source>Template %1 added: New change offers it now.</source>
        <translation>Vorlage %1 hinzugefügt: „Neue Änderung“ bietet sie jetzt an.</translation>
    </message>
    <message>
        <source>%1 cannot be reactivated</source>
        <translation>%1 kann nicht wieder aktiviert werden</translation>
    </message>
    <message>
        <source>%1 cannot be retired</source>
        <translation>%1 kann nicht stillgelegt werden</translation>
    </message>
    <message>
        <source>Template %1 can be used again.</source>
        <translation>Vorlage %1 kann wieder verwendet werden.</translation>
    </message>
    <message>
        <source>Template %1 is retired.</source>
        <translation>Vorlage %1 ist stillgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::WebhookPump</name>
    <message>
        <source>%1 %2: %3 (%4, by %5)</source>
        <translation>%1 %2: %3 (%4, von %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n changes on assets you follow</source>
        <translation>
            <numerusform>%n Änderung an Assets, denen Sie folgen</numerusform>
            <numerusform>%n Änderungen an Assets, denen Sie folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: decision due on behalf of %3 (step "%4")</source>
        <translation>%1 %2: Entscheidung in Vertretung von %3 fällig (Stufe „%4“)</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions due on behalf of others</source>
        <translation>
            <numerusform>%n Entscheidung in Vertretung fällig</numerusform>
            <numerusform>%n Entscheidungen in Vertretung fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications</source>
        <translation>
            <numerusform>%n Benachrichtigung</numerusform>
            <numerusform>%n Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigilo::ui::WebhooksAdminPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Every change transition can be posted to other systems (chat, ticketing, monitoring) as signed JSON or a Slack message. The endpoints and the delivery log, with retries, are in the Webhooks window.</source>
        <translation>Jeder Statuswechsel einer Änderung kann an andere Systeme (Chat, Ticketsystem, Monitoring) gesendet werden, als signiertes JSON oder als Slack-Nachricht. Die Endpunkte und das Zustellprotokoll mit Wiederholungen stehen im Fenster „Webhooks“.</translation>
    </message>
    <message>
        <source>Open &amp;webhooks…</source>
        <translation>&amp;Webhooks öffnen …</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::WebhooksDialog</name>
    <message>
        <source>Webhooks — %1</source>
        <translation>Webhooks – %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Only admins and owners manage webhooks.</source>
        <translation>Nur Administratoren und Inhaber verwalten Webhooks.</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>E&amp;ndpunkte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Only &amp;failed attempts</source>
        <translation>Nur fehl&amp;geschlagene Versuche</translation>
    </message>
    <message>
        <source>Re&amp;try delivery</source>
        <translation>Zustellung &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Deliver now</source>
        <translation>&amp;Jetzt zustellen</translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation>&amp;Zustellprotokoll</translation>
    </message>
    <message>
        <source>Sending due deliveries…</source>
        <translation>Fällige Zustellungen werden gesendet…</translation>
    </message>
    <message>
        <source>Last run: %1 delivered, %2 to retry later, %3 failed.</source>
        <translation>Letzter Lauf: %1 zugestellt, %2 später erneut zu versuchen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 (%2's subscription)</source>
        <translation>%1 (Abonnement von %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed, waiting for an admin to retry</source>
        <translation>fehlgeschlagen, wartet auf erneuten Versuch durch einen Administrator</translation>
    </message>
    <message>
        <source>will be retried</source>
        <translation>wird erneut versucht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>This delivery now: %1</source>
        <translation>Stand dieser Zustellung: %1</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>leave empty to generate one</source>
        <translation>leer lassen, um eines zu erzeugen</translation>
    </message>
    <message>
        <source>Vigilo JSON</source>
        <translation>Vigilo-JSON</translation>
    </message>
    <message>
        <source>Slack message</source>
        <translation>Slack-Nachricht</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Events (none: all):</source>
        <translation>&amp;Ereignisse (keine: alle):</translation>
    </message>
    <message>
        <source>Added webhook %1.</source>
        <translation>Webhook %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added webhook %1. Its signing secret, shown only now: %2</source>
        <translation>Webhook %1 hinzugefügt. Sein Signaturgeheimnis, nur jetzt angezeigt: %2</translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation>Webhook entfernen</translation>
    </message>
    <message>
        <source>Remove %1 with its queued deliveries and delivery log?</source>
        <translation>%1 mit seinen wartenden Zustellungen und dem Zustellprotokoll entfernen?</translation>
    </message>
    <message>
        <source>Delivery of %1 to %2 is queued again.</source>
        <translation>Die Zustellung von %1 an %2 ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Every change transition is posted as JSON (or in Slack's format), signed with HMAC-SHA256 in the X-Vigilo-Signature header. Deliveries wait in the database until a receiver accepts them; any open Vigilo sends them.</source>
        <translation>Jeder Statuswechsel einer Änderung wird als JSON (oder im Slack-Format) gesendet, signiert mit HMAC-SHA256 im Header X-Vigilo-Signature. Zustellungen warten in der Datenbank, bis ein Empfänger sie annimmt; jedes geöffnete Vigilo sendet sie.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Every change transition is posted as JSON (or in Slack's format), signed with HMAC-SHA256 in the X-Vigilo-Signature header. The team server sends the deliveries and retries them until a receiver accepts them.</source>
        <translation>Jeder Statuswechsel einer Änderung wird als JSON (oder im Slack-Format) gesendet, signiert mit HMAC-SHA256 im Header X-Vigilo-Signature. Der Team-Server sendet die Zustellungen und wiederholt sie, bis ein Empfänger sie annimmt.</translation>
    </message>
    <message>
        <source>Loading the webhooks…</source>
        <translation>Die Webhooks werden geladen …</translation>
    </message>
    <message>
        <source>The webhooks could not be read: %1</source>
        <translation>Die Webhooks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The webhook was not added</source>
        <translation>Der Webhook wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was not paused</source>
        <translation>%1 wurde nicht pausiert</translation>
    </message>
    <message>
        <source>%1 was not resumed</source>
        <translation>%1 wurde nicht fortgesetzt</translation>
    </message>
    <message>
        <source>Webhook %1 resumed.</source>
        <translation>Webhook %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Webhook %1 paused.</source>
        <translation>Webhook %1 pausiert.</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 wurde nicht entfernt</translation>
    </message>
    <message>
        <source>Webhook %1 removed.</source>
        <translation>Webhook %1 entfernt.</translation>
    </message>
    <message>
        <source>The delivery was not queued again</source>
        <translation>Die Zustellung wurde nicht erneut in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>The deliveries were not sent</source>
        <translation>Die Zustellungen wurden nicht gesendet</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::WorkspaceAdminPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace's name, and the language its evidence packs are written in when an export names none. Its short name (slug) never changes: scripts and links use it.</source>
        <translation>Der Name des Arbeitsbereichs und die Sprache seiner Nachweispakete, wenn ein Export keine nennt. Sein Kürzel ändert sich nie: Skripte und Links verwenden es.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Short name (slug):</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <source>Language of evidence packs:</source>
        <translation>Sprache der Nachweispakete:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>Ihre Rolle:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Language of evidence packs…</source>
        <translation>&amp;Sprache der Nachweispakete …</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Rename the workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The workspace is now called %1.</source>
        <translation>Der Arbeitsbereich heißt jetzt %1.</translation>
    </message>
    <message>
        <source>Language of evidence packs</source>
        <translation>Sprache der Nachweispakete</translation>
    </message>
    <message>
        <source>Evidence packs of this workspace are written in this language unless the export names another. Changing it is recorded in the audit trail.</source>
        <translation>Nachweispakete dieses Arbeitsbereichs werden in dieser Sprache geschrieben, außer der Export nennt eine andere. Die Änderung wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Evidence packs are now written in %1.</source>
        <translation>Nachweispakete werden jetzt auf %1 geschrieben.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>You become the new workspace's owner. Nothing of this workspace is copied: add its members, freeze windows and policies there.</source>
        <translation>Sie werden Inhaber des neuen Arbeitsbereichs. Aus diesem Arbeitsbereich wird nichts übernommen: Fügen Sie Mitglieder, Änderungssperren und Richtlinien dort hinzu.</translation>
    </message>
    <message>
        <source>lower-case letters, digits and -, e.g. payments-ops</source>
        <translation>Kleinbuchstaben, Ziffern und -, z. B. payments-ops</translation>
    </message>
    <message>
        <source>&amp;Short name (slug):</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Language of evidence packs:</source>
        <translation>&amp;Sprache der Nachweispakete:</translation>
    </message>
</context>
<context>
    <name>vigilo::ui::format</name>
    <message>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
</context>
</TS>