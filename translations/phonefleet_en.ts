<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionOptionsDialog</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n batch(es))</source>
        <translation>
            <numerusform> (%n batch)</numerusform>
            <numerusform> (%n batches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message numerus="yes">
        <source>Clear %n Alarm(s)</source>
        <translation>
            <numerusform>Clear %n Alarm</numerusform>
            <numerusform>Clear %n Alarms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared.</source>
        <translation>
            <numerusform>%n alarm cleared.</numerusform>
            <numerusform>%n alarms cleared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared; the others were not: %1</source>
        <translation>
            <numerusform>%n alarm cleared; the others were not: %1</numerusform>
            <numerusform>%n alarms cleared; the others were not: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Check Status of %n phone</numerusform>
            <numerusform>Check Status of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)…</source>
        <translation>
            <numerusform>Change Region of %n phone…</numerusform>
            <numerusform>Change Region of %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)…</source>
        <translation>
            <numerusform>Update Firmware of %n phone…</numerusform>
            <numerusform>Update Firmware of %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s)…</source>
        <translation>
            <numerusform>Reset %n phone…</numerusform>
            <numerusform>Reset %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)…</source>
        <translation>
            <numerusform>Update Configuration of %n phone…</numerusform>
            <numerusform>Update Configuration of %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)…</source>
        <translation>
            <numerusform>Send Message to %n phone…</numerusform>
            <numerusform>Send Message to %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)…</source>
        <translation>
            <numerusform>Approve %n phone…</numerusform>
            <numerusform>Approve %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)…</source>
        <translation>
            <numerusform>Delete %n phone…</numerusform>
            <numerusform>Delete %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Generate Configuration Files of %n phone</numerusform>
            <numerusform>Generate Configuration Files of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phones in regions you may only monitor are skipped: %n of the selection.</source>
        <translation>
            <numerusform>Phones in regions you may only monitor are skipped: %n of the selection.</numerusform>
            <numerusform>Phones in regions you may only monitor are skipped: %n of the selection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)…</source>
        <translation>
            <numerusform>Allow First Contact for %n phone…</numerusform>
            <numerusform>Allow First Contact for %n phones…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CfgFileWindow</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not deleted: %1</source>
        <translation>
            <numerusform>%n row not deleted: %1</numerusform>
            <numerusform>%n rows not deleted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the offline copy: the server cannot be reached</source>
        <translation>
            <numerusform>%n row from the offline copy: the server cannot be reached</numerusform>
            <numerusform>%n rows from the offline copy: the server cannot be reached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigFilesPage</name>
    <message numerus="yes">
        <source>Jobs now wait %n second(s) between two phones.</source>
        <translation>
            <numerusform>Jobs now wait %n second between two phones.</numerusform>
            <numerusform>Jobs now wait %n seconds between two phones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n phone(s); updated %1</source>
        <translation>
            <numerusform>%n phone; updated %1</numerusform>
            <numerusform>%n phones; updated %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message numerus="yes">
        <source>Adding %n demo user(s)…</source>
        <translation>
            <numerusform>Adding %n demo user…</numerusform>
            <numerusform>Adding %n demo users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated phone(s)…</source>
        <translation>
            <numerusform>Starting %n simulated phone…</numerusform>
            <numerusform>Starting %n simulated phones…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform>
            <numerusform>%n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n phone(s) shown</source>
        <translation>
            <numerusform>%1 of %n phone shown</numerusform>
            <numerusform>%1 of %n phones shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n selected</numerusform>
            <numerusform>, %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) at once</source>
        <translation>
            <numerusform>Reset %n phone at once</numerusform>
            <numerusform>Reset %n phones at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) at a set time</source>
        <translation>
            <numerusform>Reset %n phone at a set time</numerusform>
            <numerusform>Reset %n phones at a set time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) when idle</source>
        <translation>
            <numerusform>Reset %n phone when idle</numerusform>
            <numerusform>Reset %n phones when idle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Check Status of %n phone</numerusform>
            <numerusform>Check Status of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)</source>
        <translation>
            <numerusform>Update Configuration of %n phone</numerusform>
            <numerusform>Update Configuration of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)</source>
        <translation>
            <numerusform>Update Firmware of %n phone</numerusform>
            <numerusform>Update Firmware of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)</source>
        <translation>
            <numerusform>Send Message to %n phone</numerusform>
            <numerusform>Send Message to %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)</source>
        <translation>
            <numerusform>Change Region of %n phone</numerusform>
            <numerusform>Change Region of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Phone Type of %n phone(s)</source>
        <translation>
            <numerusform>Change Phone Type of %n phone</numerusform>
            <numerusform>Change Phone Type of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Language of %n phone(s)</source>
        <translation>
            <numerusform>Change Language of %n phone</numerusform>
            <numerusform>Change Language of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)</source>
        <translation>
            <numerusform>Approve %n phone</numerusform>
            <numerusform>Approve %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>Delete %n phone</numerusform>
            <numerusform>Delete %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset Passwords of %n user(s)</source>
        <translation>
            <numerusform>Reset Passwords of %n user</numerusform>
            <numerusform>Reset Passwords of %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Generate Configuration Files of %n phone</numerusform>
            <numerusform>Generate Configuration Files of %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)</source>
        <translation>
            <numerusform>Allow First Contact for %n phone</numerusform>
            <numerusform>Allow First Contact for %n phones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message numerus="yes">
        <source>%n line(s) saved to %1.</source>
        <translation>
            <numerusform>%n line saved to %1.</numerusform>
            <numerusform>%n lines saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n simulated phone(s) are booting; the dashboard follows them.</source>
        <translation>
            <numerusform>%n simulated phone are booting; the dashboard follows them.</numerusform>
            <numerusform>%n simulated phones are booting; the dashboard follows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManageDevicesPage</name>
    <message numerus="yes">
        <source>%n selected phone(s)</source>
        <translation>
            <numerusform>%n selected phone</numerusform>
            <numerusform>%n selected phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Phone(s)…</source>
        <translation>
            <numerusform>Delete %n Phone…</numerusform>
            <numerusform>Delete %n Phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>Restart %n Phone…</numerusform>
            <numerusform>Restart %n Phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Phone Type of %n Phone(s)</source>
        <translation>
            <numerusform>Change the Phone Type of %n Phone</numerusform>
            <numerusform>Change the Phone Type of %n Phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Language of %n Phone(s)</source>
        <translation>
            <numerusform>Change the Language of %n Phone</numerusform>
            <numerusform>Change the Language of %n Phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n Phone(s)</source>
        <translation>
            <numerusform>Change %n Phone</numerusform>
            <numerusform>Change %n Phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phone types of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Phone types of the %n phone listed.</numerusform>
            <numerusform>Phone types of the %n phones listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Languages of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Languages of the %n phone listed.</numerusform>
            <numerusform>Languages of the %n phones listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected phone(s) at a site of their region</source>
        <translation>
            <numerusform>Put the %n selected phone at a site of their region</numerusform>
            <numerusform>Put the %n selected phones at a site of their region</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Site of %n Phone(s)</source>
        <translation>
            <numerusform>Change the Site of %n Phone</numerusform>
            <numerusform>Change the Site of %n Phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at the site %1.</source>
        <translation>
            <numerusform>%n phone now at the site %1.</numerusform>
            <numerusform>%n phones now at the site %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at no site.</source>
        <translation>
            <numerusform>%n phone now at no site.</numerusform>
            <numerusform>%n phones now at no site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) not changed: %1</source>
        <translation>
            <numerusform>%n phone not changed: %1</numerusform>
            <numerusform>%n phones not changed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManageUsersPage</name>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users</source>
        <translation>
            <numerusform>The %n phone of the selected users</numerusform>
            <numerusform>The %n phones of the selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)…</source>
        <translation>
            <numerusform>Set the Region of %n User…</numerusform>
            <numerusform>Set the Region of %n Users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)…</source>
        <translation>
            <numerusform>Reset %n Password…</numerusform>
            <numerusform>Reset %n Passwords…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>Delete %n User…</numerusform>
            <numerusform>Delete %n Users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>Restart %n Phone…</numerusform>
            <numerusform>Restart %n Phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)</source>
        <translation>
            <numerusform>Set the Region of %n User</numerusform>
            <numerusform>Set the Region of %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to %1.</source>
        <translation>
            <numerusform>%n user moved to %1.</numerusform>
            <numerusform>%n users moved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the SIP Passwords of %n User(s)</source>
        <translation>
            <numerusform>Reset the SIP Passwords of %n User</numerusform>
            <numerusform>Reset the SIP Passwords of %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>Reset %n Password</numerusform>
            <numerusform>Reset %n Passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users.</source>
        <translation>
            <numerusform>The %n phone of the selected users.</numerusform>
            <numerusform>The %n phones of the selected users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n Phone(s)…</source>
        <translation>
            <numerusform>Update %n Phone…</numerusform>
            <numerusform>Update %n Phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n Phone(s)…</source>
        <translation>
            <numerusform>Send to %n Phone…</numerusform>
            <numerusform>Send to %n Phones…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>The merge: %n conflict(s) to settle</source>
        <translation>
            <numerusform>The merge: %n conflict to settle</numerusform>
            <numerusform>The merge: %n conflicts to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. Changed on both sides: %n place(s). Edit the merge below until no &lt;&lt;&lt;&lt;&lt;&lt;&lt; marker is left, or keep one side whole.</source>
        <translation>
            <numerusform>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. Changed on both sides: %n place. Edit the merge below until no &lt;&lt;&lt;&lt;&lt;&lt;&lt; marker is left, or keep one side whole.</numerusform>
            <numerusform>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. Changed on both sides: %n places. Edit the merge below until no &lt;&lt;&lt;&lt;&lt;&lt;&lt; marker is left, or keep one side whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineWork</name>
    <message numerus="yes">
        <source>Outbox: %n edit(s)</source>
        <translation>
            <numerusform>Outbox: %n edit</numerusform>
            <numerusform>Outbox: %n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) with unsaved text from the last session were opened again.</source>
        <translation>
            <numerusform>%n window with unsaved text from the last session were opened again.</numerusform>
            <numerusform>%n windows with unsaved text from the last session were opened again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) hold changes that are not saved:</source>
        <translation>
            <numerusform>%n window hold changes that are not saved:</numerusform>
            <numerusform>%n windows hold changes that are not saved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholdersPage</name>
    <message numerus="yes">
        <source>%n line(s) of %1 cannot be imported, so nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n line of %1 cannot be imported, so nothing was imported. Correct them and import the file again.</numerusform>
            <numerusform>%n lines of %1 cannot be imported, so nothing was imported. Correct them and import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <source>  … %n unchanged line(s) …</source>
        <translation>
            <numerusform>  … %n unchanged line …</numerusform>
            <numerusform>  … %n unchanged lines …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n file(s) changed</source>
        <translation>
            <numerusform>Generated: %n file changed</numerusform>
            <numerusform>Generated: %n files changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (see the Jobs panel)</source>
        <translation>
            <numerusform>, %n failed (see the Jobs panel)</numerusform>
            <numerusform>, %n failed (see the Jobs panel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform>
            <numerusform>%n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files of %n phone(s) made from this template left placeholders without a value (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>The files of %n phone made from this template left placeholders without a value (Unresolved Placeholders… lists them)</numerusform>
            <numerusform>The files of %n phones made from this template left placeholders without a value (Unresolved Placeholders… lists them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with unresolved placeholders (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>, %n with unresolved placeholders (Unresolved Placeholders… lists them)</numerusform>
            <numerusform>, %n with unresolved placeholders (Unresolved Placeholders… lists them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnresolvedPhonesDialog</name>
    <message numerus="yes">
        <source>The first %1 of %n phones are listed.</source>
        <translation>
            <numerusform>The first %1 of %n phones are listed.</numerusform>
            <numerusform>The first %1 of %n phones are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) with unresolved placeholders.</source>
        <translation>
            <numerusform>%n phone with unresolved placeholders.</numerusform>
            <numerusform>%n phones with unresolved placeholders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserImportWizard</name>
    <message numerus="yes">
        <source>%n line(s) read; %1 with a problem.</source>
        <translation>
            <numerusform>%n line read; %1 with a problem.</numerusform>
            <numerusform>%n lines read; %1 with a problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) can be imported.</source>
        <translation>
            <numerusform>All %n line can be imported.</numerusform>
            <numerusform>All %n lines can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be imported otherwise than written (shown in amber: read why).</source>
        <translation>
            <numerusform>%n line will be imported otherwise than written (shown in amber: read why).</numerusform>
            <numerusform>%n lines will be imported otherwise than written (shown in amber: read why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n line(s):</source>
        <translation>
            <numerusform>Imported %1 of %n line:</numerusform>
            <numerusform>Imported %1 of %n lines:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n user added</numerusform>
            <numerusform>%n users added</numerusform>
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
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n phone added</numerusform>
            <numerusform>%n phones added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) added.</source>
        <translation>
            <numerusform>%n region added.</numerusform>
            <numerusform>%n regions added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n line(s).</source>
        <translation>
            <numerusform>Not imported: %n line.</numerusform>
            <numerusform>Not imported: %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>Delete %n User…</numerusform>
            <numerusform>Delete %n Users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)?</source>
        <translation>
            <numerusform>Delete %n user?</numerusform>
            <numerusform>Delete %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete their %n phone(s) too (else they stay, without a user)</source>
        <translation>
            <numerusform>Delete their %n phone too (else they stay, without a user)</numerusform>
            <numerusform>Delete their %n phones too (else they stay, without a user)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted.</source>
        <translation>
            <numerusform>%n user deleted.</numerusform>
            <numerusform>%n users deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VendorImportWizard</name>
    <message numerus="yes">
        <source>%n part(s) of it cannot be read and will be skipped.</source>
        <translation>
            <numerusform>%n part of it cannot be read and will be skipped.</numerusform>
            <numerusform>%n parts of it cannot be read and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Templates.csv names %n tenant id(s) that Tenants.csv does not list: go on to say which tenant each one is.</source>
        <translation>
            <numerusform>Templates.csv names %n tenant id that Tenants.csv does not list: go on to say which tenant each one is.</numerusform>
            <numerusform>Templates.csv names %n tenant ids that Tenants.csv does not list: go on to say which tenant each one is.</numerusform>
        </translation>
    </message>
</context>
</TS>
