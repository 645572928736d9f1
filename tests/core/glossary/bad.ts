<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The self-test of check-glossary: every message here breaks the glossary; its comment is the
     word the check must name. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>Rollback</source>
        <comment>Rückabwicklung</comment>
        <translation>Rückabwicklung</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>Art</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>Abgebrochen</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <comment>Zuständig</comment>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>End, exclusive</source>
        <comment>ausschließlich</comment>
        <translation>Ende, ausschließlich</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <comment>Zeit bis zur Wiederherstellung</comment>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Close tab</source>
        <comment>must be translated as</comment>
        <translation>Diese Änderung schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n freeze window(s)</source>
        <comment>must be translated as</comment>
        <translation>
            <numerusform>%n Änderungssperre</numerusform>
            <numerusform>%n Sperrzeiten</numerusform>
        </translation>
    </message>
</context>
</TS>
