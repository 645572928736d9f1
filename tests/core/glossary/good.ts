<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The self-test of check-glossary: every message here follows the glossary. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>%1 is overrunning. Complete it or roll it back.</source>
        <translation>%1 ist überfällig. Schließen Sie die Änderung ab oder rollen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>There is no workspace "%1" (see `vigilo-cli workspace list`).</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“ (siehe `vigilo-cli workspace list`).</translation>
    </message>
    <message numerus="yes">
        <source>%n freeze windows</source>
        <translation>
            <numerusform>%n Änderungssperre</numerusform>
            <numerusform>%n Änderungssperren</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished: Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
</context>
</TS>
